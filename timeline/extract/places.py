"""Place mentions: which names found are places visited (not organisations', people's names,
features), the places the gazetteer misses (villages, airports' towns, "the <country> capital"),
and a province or country named bare read as the city that bears its name."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache

import attrs

from gazetteer import Gazetteer, Toponym
from gazetteer._text import name_key
from gazetteer.model import Place, PlaceKind, PlaceRef, Resolved, Unresolved
from gazetteer.recognize import demonym_country
from timeline._regex import Caseless, finditer_at_word_starts, letter_first, words
from timeline._sentences import Sentence
from timeline.article import Article, ParagraphKind
from timeline.model import Dateline
from timeline.people import DEMONYMS

# "the Communist Party of China", "Bank of China": a name inside an organisation's is no place visited.
# Towns do not take "the" (The Hague names it in its own words); a building or a title does.
_THE_BEFORE = re.compile(r"(?<![A-Za-z])the\s+$")
# an event named after the town that holds it: "the Hannover Fair", "the Jeju Forum"
_EVENT_AFTER = re.compile(
    r"\s+(?:International\s+)?(?:Fair|Forum|Festival|Expo|Summit|Show|Conference|Games|Marathon|Airshow|Biennale"
    r"|Carnival|Dialogue)\b"
)
# a seat of government named after the town that holds it: "the Harare State House"
_SEAT_AFTER = re.compile(r"\s+(?:State House|Government House|City Hall|Town Hall|Presidential Palace)\b")
# a public work named after the town it serves: "inspected the Tamale interchange project", "opened the
# Kilgoris Town main market" (the town is where the work was seen)
_WORKS_AFTER = re.compile(
    r"\s+(?:(?:[Tt]own|[Cc]ity)\s+)?(?:(?:main|central|new|old)\s+)?(?:market|interchange|flyover|bypass|by-pass"
    r"|bus park|bus terminal|water supply|sewerage|town roads?|township roads?)\b"
)
_AREA_AFTER = re.compile(
    r"\s+(?:area|region|district|community|county|city|town|suburbs?|neighbou?rhood|municipality|metropolitan)\b"
)
_ORG_BEFORE = words(
    r"\b(?:Party|Bank|University|Academy|Association|Federation|Committee|Council|Congress|Institute|Ministry"
    r"|Embassy|Consulate|Chamber|Society|Union|League|Corporation|Group|Company|Museum|Library|Republic"
    r"|Palace|Abbey|Cathedral|Church|Castle|Tower|Houses|Tomb|Grave|Mausoleum|Monument|Memorial|Gate"
    r"|Shrine|Sanctuary|Basilica) of"
    r" (?:the )?$"
)
# "laid a wreath at the monument to General San Martin", "a tribute to Bolivar": the person honoured, not
# a place named after them (read in the 30 characters before a name)
_HONOURED_BEFORE = re.compile(
    r"\b(?:monuments?|statues?|memorials?|tributes?|busts?|mausoleum|homage|wreaths?)\s+"
    r"(?:to|for|of|in\s+honou?r\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a university, a cathedral or a shrine of a town lies in it, and is read as it where a travel word
# governs it ("visited the University of Ibadan"); elsewhere it names the institution
_LOCATED_INSTITUTIONS = frozenset(
    "University Academy Museum Library Palace Abbey Cathedral Church Castle Tower Shrine Sanctuary Basilica".split()
)
# "visited the University of Ibadan": the place a travel word governs through the institution
_VISITED_INSTITUTION = re.compile(
    r"\b(?:visited|visiting|visits|visit|toured|touring|tours|tour|trip|at|to|arrived at|inspected) the"
    r" [\w'’-]+ of (?:the )?$",
    re.IGNORECASE,
)
# "Dongting Lake", "Yangtze River": a natural feature or a facility named after a place is not the place.
_FEATURE_AFTER = re.compile(
    r"^\s+(?:Lake|River|Mountains?|Bay|Sea|Island|Islands|Strait|Gorges?|Valley|Desert|Plateau|Basin|Bridge"
    r"|Port|Airport|Station|Road|Street|Avenue|Park|University|Hospital|Dam|Reservoir|Canal|Harbour|Harbor"
    r"|Palace|Hall|Square|Temple|Abbey|Cathedral|Castle|Church|Cemetery|Mosque|Stadium|Fort"
    r"|Bhawan|Bhavan"  # ("a function at Manas Bhawan": a hall, in Hindi)
    # ("talks at Hyderabad House", in Delhi; "Lancaster House", in London: a building named for a town)
    r"|(?-i:House))\b",
    re.IGNORECASE,
)
_NUCLEAR_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}\s+[Nn]uclear\b")
# Villages and townships lie below the gazetteer's population threshold; they are kept, unresolved.
_SMALL_PLACE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) (?P<kind>(?:Village|Township|Town|District|County|Constituency"
    # ("the Teso sub-region": a region, which holds the trip)
    r"|Sub-county|Sub-?region|Revenue Circle)\b"
    # ("visited Nowboicha revenue circle": a subdivision of a district, in India's north-east)
    r"|(?:village|township|town|district|county|constituency|sub-county|sub-?region|revenue circle)\b"
    # ("the Murray River town of Murrabit": the words before describe the town named after)
    r"(?! of\b))"
    # "the tiny town of Murrabit", "the fishing village of Lakeba": the kind named first
    r"|\b(?P<kind1>village|town|township|hamlet|settlement) of (?P<name1>[A-Z][a-z]+(?:-[a-z]+)*(?:[ -][A-Z][a-z]+)?)\b"
)
# "in Bududa, Manafa and Sironko Districts": several, the kind named once in the plural
_SMALL_PLACES = re.compile(
    r"\b(?P<names>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+)\s+"
    r"(?P<kind>[Vv]illages|[Tt]ownships|Districts|[Cc]ounties)\b"
    # "visited villages including Mankeli, Gangaloor, and Cherpal": the kind named first
    r"|\b(?P<kind2>villages|townships|districts|counties|towns)\s+(?:including|such as|like|namely|of)\s+"
    r"(?P<names2>[A-Z][a-z]+(?:-[a-z]+)*(?:,\s+[A-Z][a-z]+(?:-[a-z]+)*)*,?\s+and\s+[A-Z][a-z]+(?:-[a-z]+)*)\b"
)
_NAME_IN_LIST = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*")
# one is in every match ("Township", "village")
_SMALL_PLACE_NEEDS = (
    " Village",
    " Town",
    " District",
    " County",
    " village",
    " town",
    " county",
    " district",
    " Counties",
    "onstituency",
    "ub-county",
    "villages ",
    "townships ",
    "districts ",
    "towns ",
    " counties",
    "ub-region",
    "evenue circle",
    "evenue Circle",
    "ubregion",
    " hamlet",
    " settlement",
)
# "Central Business District", "Economic Development Zone": kinds of area, not places' names.
_GENERIC_NAME = frozenset(
    """
    Central Business New Special Economic Development Industrial High Tech High-tech Free Trade Old Historic
    Scenic Pilot Demonstration Coastal Urban Rural Border The This That Each Every
    """.split()
)
# a second-level division ("Henry County", "Cornwall") is visited as a city is; provinces and countries hold the trip
# (tuples, asked once per place: a tuple compares members by identity, a set hashes them in Python)
_STOP_KINDS = (PlaceKind.ADMIN2, PlaceKind.CITY, PlaceKind.COUNTY, PlaceKind.TOWN)
_REGION_KINDS = (PlaceKind.ADMIN1, PlaceKind.COUNTRY)


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.default()


def warm_up() -> None:
    """Load the gazetteer now rather than on the first report (before forking workers, say)."""
    _gazetteer().resolve("Beijing")


def _key(ref: PlaceRef) -> str:
    return f"id:{ref.place.geonameid}" if isinstance(ref, Resolved) else f"text:{ref.text.lower()}"


def _kind_of(ref: PlaceRef, toponym: Toponym) -> PlaceKind | None:
    if isinstance(ref, Resolved):
        return ref.place.kind
    return toponym.kind_hint


class _Spans:
    """Character spans, asked whether any overlaps a range: a binary search, not a scan."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span starts before ``end`` and ends after ``start``."""
        before = bisect.bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start


def _is_place_mention(text: str, toponym: Toponym, names: _Spans, ref: PlaceRef | None = None) -> bool:
    """False for names inside organisations, people's names, demonyms and natural features, and for
    a town's name used with "the" ("the White House", "the Grave of the Unknown Warrior")."""
    if toponym.name in DEMONYMS or toponym.text in DEMONYMS:
        # "the US President", "U.S. troops": a word of the country's people; "visited the US.", "the U.S. and
        # Belgium": the country itself (a bare code after "the", no noun after it)
        return (
            toponym.text in _COUNTRY_CODES_AS_NOUNS
            and text[max(0, toponym.start - 4) : toponym.start].lower() == "the "
            and (not _NOUN_AFTER.match(text, toponym.end) or _NOUN_AFTER_ENDS.match(text, toponym.end) is not None)
        )
    start, end = toponym.start, toponym.end
    if toponym.text[:5] == "Notre" and _OUR_LADY_OF.match(text, end):
        return False  # "Notre-Dame de Strasbourg": a church (of the town named after), no town of that name
    if (
        isinstance(ref, Resolved)
        and ref.place.kind in (PlaceKind.CITY, PlaceKind.TOWN)
        and toponym.kind_hint is None
        and "the" in text[max(0, start - 5) : start]  # (most names have no "the" before them)
        and _THE_BEFORE.search(text, max(0, start - 5), start)
        and not toponym.text.startswith(("The ", "the "))
        and not _AREA_AFTER.match(text, end)  # "the Greensburg area" is the place
        and not _EVENT_AFTER.match(text, end)  # "the Hannover Fair" is held there
        and not _SEAT_AFTER.match(text, end)  # "the Harare State House" stands there
        and not _WORKS_AFTER.match(text, end)  # "the Tamale interchange project" is seen there
    ):
        return False
    if (
        text[max(0, start - 3) : start] in ("to ", "of ")
        or text[max(0, start - 4) : start] in ("for ", "the ")
    ) and _HONOURED_BEFORE.search(text, max(0, start - 30), start):
        return False
    # quick tests first: a match of _ORG_BEFORE ends in "of " or "of the " (and a line break at
    # most), one of _FEATURE_AFTER opens with white space
    if "of " in text[max(0, start - 8) : start] and (org := _ORG_BEFORE.search(text, max(0, start - 40), start)):
        return org.group().split()[0] in _LOCATED_INSTITUTIONS and _VISITED_INSTITUTION.search(
            text, max(0, org.start() - 30), start
        ) is not None
    if "uclear" in text[end : end + 30] and _NUCLEAR_AFTER.match(text, end):
        return False  # "the Fukushima Dai-ichi nuclear complex": a plant named after a place, often far from it
    if text[end : end + 1].isspace() and _FEATURE_AFTER.match(text[end : end + 20]):
        # "Istanbul airport" is a building, but the town it is named after was read for it (airport-town);
        # "Lancaster Castle" stands in Lancaster
        if isinstance(ref, Unresolved):
            return ref.reason == _AIRPORT_TOWN_REASON
        return isinstance(ref, Resolved) and (
            ref.rule == "airport-town"
            or (ref.place.kind in (PlaceKind.CITY, PlaceKind.TOWN) and text.startswith(" Castle", end))
        )
    return not names.overlaps(start, end)


_OUR_LADY_OF = re.compile(r"\s+(?:de|du|des|of)\s+(?:la\s+)?[A-Z]")
_COUNTRY_CODES_AS_NOUNS = frozenset({"US", "U.S."})  # (the demonyms that are also a country's short name)
_NOUN_AFTER = re.compile(r"\s+[A-Za-z]")  # "the US President", "the U.S. government": the code as an adjective
_NOUN_AFTER_ENDS = re.compile(r"\s+(?:and|or|on|in|at|for|from|to|with|by|last|this|next|before|after|until|since)\b")


def _town_named(name: re.Match[str]) -> Toponym:
    """A town's mention: the matched words, their name as written."""
    return Toponym(
        start=name.start(),
        end=name.end(),
        text=name.group(),
        name=name.group(),
        kind_hint=PlaceKind.TOWN,
        name_start=name.start(),
        name_end=name.end(),
    )


def _small_places(
    article: Article, known: Sequence[tuple[Toponym, PlaceRef]]
) -> list[tuple[Toponym, PlaceRef]]:
    """Villages and townships the gazetteer does not hold, kept as unresolved places."""
    out: list[tuple[Toponym, PlaceRef]] = []
    paragraphs = [
        p
        for p in article.paragraphs
        if p.kind in (ParagraphKind.BODY, ParagraphKind.CAPTION)
        and any(kind in p.text for kind in _SMALL_PLACE_NEEDS)
    ]
    if not paragraphs:
        return out  # no paragraph names a village or a district: the known places need no index
    known_names = _Spans((t.name_start, t.name_end) for t, _ in known)
    known_unresolved = _Spans((t.start, t.end) for t, r in known if isinstance(r, Unresolved))
    known_spans = _Spans((t.start, t.end) for t, _ in known)
    for paragraph in paragraphs:
        for match in _SMALL_PLACE.finditer(article.text, paragraph.start, paragraph.end):
            name_group, kind_group = ("name", "kind") if match.group("name") else ("name1", "kind1")
            if name_group == "name1" and (
                known_spans.overlaps(*match.span(name_group)) or _gazetteer().lookup(match.group(name_group))
            ):
                continue  # ("the town of Kumasi": the gazetteer's)
            # "Gangzhongping Village of Xiejiapu Town": the known town does not hide the village in it
            if known_names.overlaps(match.start(), match.end()) or known_unresolved.overlaps(
                match.start(), match.end()
            ):
                continue
            if match.group(name_group).split()[0].split("-")[0] in _GENERIC_NAME:
                continue
            start = match.start() if name_group == "name" else match.start(name_group)
            toponym = Toponym(
                start=start,
                end=match.end(),
                text=article.text[start : match.end()],
                name=match.group(name_group),
                kind_hint=PlaceKind.ADMIN1 if "region" in match.group(kind_group).lower() else PlaceKind.TOWN,
                name_start=match.start(name_group),
                name_end=match.end(name_group),
            )
            reason = f"no {match.group(kind_group).lower()} of that name in the gazetteer (below its population threshold)"
            out.append((toponym, Unresolved(toponym.text, reason)))
        for match in _SMALL_PLACES.finditer(article.text, paragraph.start, paragraph.end):
            group = "names" if match.group("names") else "names2"
            kind = (
                (match.group("kind") or match.group("kind2"))
                .lower()
                .removesuffix("s")
                .replace("countie", "county")
            )
            # "Ash and Elm counties": the divisions of the list the gazetteer holds say whose divisions
            listed = [
                r.place
                for t, r in known
                if isinstance(r, Resolved) and match.start(group) <= t.start < match.end(group)
                and r.place.kind in (PlaceKind.ADMIN2, PlaceKind.COUNTY)
            ]
            for name in _NAME_IN_LIST.finditer(article.text, match.start(group), match.end(group)):
                if name.group() in _GENERIC_NAME or known_spans.overlaps(name.start(), name.end()):
                    continue
                if (division := _listed_division(name.group(), listed)) is not None:
                    toponym = attrs.evolve(_town_named(name), kind_hint=PlaceKind.COUNTY)
                    out.append((toponym, Resolved(name.group(), division, "listed-division")))
                    continue
                reason = f"no {kind} of that name in the gazetteer (below its population threshold)"
                out.append((_town_named(name), Unresolved(name.group(), reason)))
    return out


def _listed_division(name: str, listed: Sequence[Place]) -> Place | None:
    """The division a bare name stands for in a list of divisions named in the plural ("toured Ash
    and Elm counties"), where the gazetteer holds it only with its kind's word ("Ash County"): the one
    record so named, of the kind, country and province of the list's divisions it holds."""
    homes = {(p.kind, p.country, p.admin1, p.division) for p in listed if p.division}
    if len(homes) != 1:
        return None
    ((kind, country, admin1, division),) = homes
    same = [
        p
        for p in _gazetteer().lookup(f"{name} {division}")
        if p.kind is kind and (p.country, p.admin1) == (country, admin1)
    ]
    return same[0] if len(same) == 1 else None


# "stop-overs in Githurai and Kenol", "drove on to Naro Moru": the towns a journey moved to, named
# right after the movement (a list of them too)
# a capitalised word of a town's name, its letters beyond ASCII too ("Liúpo", "Nacarôa")
_NAME_WORD = r"[A-Z\u00c0-\u00de](?:[a-z]|[^\W\d_\x00-\x7f])+"
# a name's lower-case parts after a hyphen ("Yadan-yodin", "Geed-balaad", "Sar-e-shat"), not a word made
# of the name ("Nairobi-based", "Gaza-bound", "flood-hit")
_NAME_TAIL = r"(?:-(?!(?:based|bound|born|led|backed|hit|affected|area|era|style|run|owned|made|funded|wide|level)\b)[a-z]+)*"
_TOWN_NAME = rf"{_NAME_WORD}{_NAME_TAIL}(?:[ -]{_NAME_WORD}{_NAME_TAIL})?"
_MOVED_TO = re.compile(
    "(?:"
    + letter_first(
        # every inflection of the verbs of arriving and moving on, with the word that leads to the town
        r"\b(?:arriv(?:e|es|ed|ing) (?:in|at)|land(?:s|ed|ing)? (?:in|at)|touch(?:es|ed|ing)? down (?:in|at)"
        r"|stop-?overs? (?:in|at)|stops? (?:over )?(?:in|at)|stopp(?:ed|ing) (?:over )?(?:in|at)|reach(?:es|ed|ing)?"
        r"|travel(?:s|led|ed|ling|ing)? (?:on )?to|fl(?:y|ies|ew|ying|own) (?:on )?to"
        r"|dr(?:ive|ives|ove|iving|iven) (?:on )?to|(?:go|goes|going|went|gone) (?:on )?to"
        r"|head(?:s|ed|ing)? (?:on )?(?:to|for)|mov(?:e|es|ed|ing) on to|proceed(?:s|ed|ing)? (?:on )?to"
        r"|cross(?:es|ed|ing)? into|depart(?:s|ed|ing)? (?:to|for)|(?:leav(?:e|es|ing)|left) for"
        r"|continu(?:e|es|ed|ing) on to"
        # "his next stop was Kelmaro and Tusanga", "the first stop is at Wadibora": the stops a tour named
        r"|(?:first|next|last|final|second|third|fourth|fifth|only|other) stops? (?:was|were|is|are|will be)(?: (?:in|at))?"
        # "other villages the President visited included Zendobi and Qulmanta"
        r"|visited (?:also )?includ(?:ed|e|es)"
        # "inspected the flood-hit areas of Kandora and Misheli": the ground a disaster struck, gone over
        r"|(?:hit|affected|stricken|ravaged|devastated|flooded|submerged|submergence) (?:areas?|villages|parts"
        r"|places|communities|localities) (?:of|in|including|such as|like))"
    )
    + rf")\s+(?P<list>{_TOWN_NAME}(?:(?:,\s+|,?\s+and\s+){_TOWN_NAME})*)"
)
_MOVED_TO_NEEDS = ("arriv", "land", "down ", "stop", "reach", "to ", "for ", "into ", "includ", "area", "villages ",
                   "parts ", "places ", "communities ", "localities ")
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|announced|stated|explained)\b")
_LISTED_NAME = re.compile(_TOWN_NAME)
# capitalised words that follow a movement but name no town
_NOT_A_TOWN = frozenset(
    """
    Mass Church Parliament Congress Senate Court School Hospital Heaven Power Office Camp Base Headquarters Wat
    Mount Lake Temple Mosque Cathedral Palace Stadium University College Airport Station State House Hall
    January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday President Prime Minister King Queen Prince Princess Pope
    Market Field Airfield Airbase Terminal Hotel Centre Center Square Park Plant Factory Farm Mall Barracks
    Academy Government National International Forward Road Street Avenue Drive Lane Boulevard
    """.split()
)
# a third capitalised word: the two read are the head of a longer name ("Kuta Beach Hotel", "Camp Blue
# Ridge Base"), a building's or a body's, not a town's
_LONGER_NAME_AFTER = re.compile(r" [A-Z][a-z]")


# "landed at Wakaya International Airport": the town an airport arrived at is named after, where the
# gazetteer lacks it (one word: "Jomo Kenyatta", "Ninoy Aquino" name people)
_ARRIVED_AT_AIRPORT = re.compile(
    "(?:"
    + letter_first(r"\b(?:arriv(?:e|es|ed|ing|al)|land(?:s|ed|ing)?|touch(?:es|ed|ing)? down) at (?:the )?")
    + rf")(?P<name>{_NAME_WORD})(?: International)? (?:[Aa]irport|Airbase|Air Base|Airfield)\b"
)

_IN_TOWN_AFTER = re.compile(r"\s+in\s+|,\s+")  # (read right after a name: the town that holds it)
_AIRPORT_TOWN_REASON = "the town of the airport arrived at; no town of that name in the gazetteer"
# "Kwelumba, a fishing village near Tamale", "Ejisu, about 20 km east of Kumasi": a name the words after
# it say is a town's (the kind word its head: not "a village elder")
_APPOSED_TOWN = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ -]{_NAME_WORD})?),\s+"
    r"(?:an?\s+(?:[a-z-]+\s+){0,3}?(?:town|village|community|settlement|suburb|township|hamlet|island|port|resort)"
    r"(?=\s+(?:(?:near|in|on|of|outside|about|some|just|where|which|that|known|located|situated|famous)\b|\d)|\s*[,.;)])"
    r"|(?:some\s+|about\s+|around\s+|just\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+"
    r"(?:from|(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of)\b)"
)
_APPOSED_TOWN_NEEDS = (", a", ", an", " km ", " kilomet", " miles ")
# "a dam at Kpalugu in the Savelugu District", "reached Nagdha in Nawagarh block": a name placed in a
# named division, after a word of being there, is a town of it (where the gazetteer lacks it)
_IN_NAMED_DIVISION = re.compile(
    "(?:"
    + letter_first(r"\b(?:at|in|reach(?:es|ed|ing)?|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|village|town)")
    + rf")\s+(?P<name>{_NAME_WORD}(?:[ -]{_NAME_WORD})?)\s+in\s+(?:the\s+)?(?:{_NAME_WORD}[ -]){{1,3}}"
    r"(?:[Dd]istrict|[Mm]unicipality|[Bb]lock|[Tt]ehsil|[Tt]aluka?|[Mm]andal|[Rr]egency|[Uu]pazila|[Ss]ub-?[Cc]ounty"
    r"|[Cc]ounty|Local Government Area|LGA)\b"
)
# "At Ombelo, the President opened a market", "At Farigan he laid a foundation stone": a sentence that
# opens on the town its doer was at (the doer named right after: not "At Christmas, families gather")
_AT_OPENING = re.compile(
    rf"At\s+(?P<name>{_TOWN_NAME}),?\s+(?:the\s+(?:[A-Z][a-z]+|president|prime minister|governor|minister|king"
    r"|queen|premier|pope|chancellor|leader|delegation|visitors?|couple)|he|she|they)\s+[a-z]"
)
_NOT_AT_A_TOWN = frozenset("Christmas Easter Ramadan Eid Diwali Passover Hanukkah Thanksgiving Halloween Noon Midnight".split())
_IN_NAMED_DIVISION_NEEDS = (" District", " district", " Municipality", " block", " Block", " ehsil", " aluk", " andal",
                            " egency", " pazila", " ounty", " Local Government", " LGA")


def _unknown_towns(
    article: Article, known: Sequence[tuple[Toponym, PlaceRef]]
) -> list[tuple[Toponym, PlaceRef]]:
    """Towns the gazetteer does not hold, kept as unresolved places where the words around them say
    they are towns: a journey moved to them, the words after them call them one ("X, a village near
    Y"), or an airport arrived at bears their name."""
    out: list[tuple[Toponym, PlaceRef]] = []
    known_spans: _Spans | None = None
    known_towns: set[int] | None = None

    def unknown_town(start: int, end: int, not_here: frozenset[str] = frozenset()) -> bool:
        """Whether the words at ``start:end`` may name a town the gazetteer lacks: no common or
        generic word among them (nor one of ``not_here``), no place found there, no record by the name."""
        nonlocal known_spans
        name = article.text[start:end]
        words = name.replace("-", " ").split()
        if any(w in _NOT_A_TOWN or w in _GENERIC_NAME or w in _NOT_A_LISTED_TOWN or w in not_here for w in words):
            return False
        if known_spans is None:
            known_spans = _Spans((t.start, t.end) for t, _ in known)
        return not (known_spans.overlaps(start, end) or _gazetteer().lookup(name))

    for paragraph in article.paragraphs:
        if paragraph.kind not in (ParagraphKind.BODY, ParagraphKind.CAPTION):
            continue
        moved = any(cue in paragraph.text for cue in _MOVED_TO_NEEDS)
        for match in finditer_at_word_starts(_MOVED_TO, article.text, paragraph.start, paragraph.end) if moved else ():
            for name in _LISTED_NAME.finditer(article.text, match.start("list"), match.end("list")):
                words = name.group().replace("-", " ").split()
                if any(w in _NOT_A_TOWN or w in _GENERIC_NAME for w in words):
                    continue
                if _FEATURE_AFTER.match(article.text, name.end()) or _LONGER_NAME_AFTER.match(article.text, name.end()):
                    continue  # "arrived in Githurai Stadium": a building
                if _SPEAKS_AFTER.match(article.text, name.end()):
                    continue  # "arrived in Kampala, Museveni said": a speaker
                if known_spans is None:
                    known_spans = _Spans((t.start, t.end) for t, _ in known)
                if known_spans.overlaps(name.start(), name.end()) or _gazetteer().lookup(name.group()):
                    continue
                if article.text[match.start() : match.start("list")].rstrip().endswith(" at") and (inside := _IN_TOWN_AFTER.match(article.text, name.end())):
                    if known_towns is None:
                        known_towns = {t.start for t, r in known if _kind_of(r, t) in _TOWN_KINDS}
                    if inside.end() in known_towns:
                        continue  # "arrived at Holyroodhouse in Edinburgh": a building of the town named after
                if article.text.startswith(("'s ", "’s "), name.end()):
                    # "arrived in Chattisgarh's Bastar district": the region of the place after it, no town
                    region = attrs.evolve(_town_named(name), kind_hint=PlaceKind.ADMIN1)
                    out.append((region, Unresolved(name.group(), "a region holding the place after it; not in the gazetteer")))
                    continue
                out.append((_town_named(name), Unresolved(name.group(), "no town of that name in the gazetteer")))
        if any(needle in paragraph.text for needle in _APPOSED_TOWN_NEEDS):
            for match in _APPOSED_TOWN.finditer(article.text, paragraph.start, paragraph.end):
                if unknown_town(*match.span("name")):
                    toponym = _town_named_span(article.text, *match.span("name"))
                    reason = "a town by the words after it; no town of that name in the gazetteer"
                    out.append((toponym, Unresolved(match.group("name"), reason)))
        if " in " in paragraph.text and any(n in paragraph.text for n in _IN_NAMED_DIVISION_NEEDS):
            for match in finditer_at_word_starts(_IN_NAMED_DIVISION, article.text, paragraph.start, paragraph.end):
                if unknown_town(*match.span("name")):
                    toponym = _town_named_span(article.text, *match.span("name"))
                    reason = "a town of the division named after it; no town of that name in the gazetteer"
                    out.append((toponym, Unresolved(match.group("name"), reason)))
        if "At " in paragraph.text:
            for match in _AT_OPENING.finditer(article.text, paragraph.start, paragraph.end):
                before = article.text[max(paragraph.start, match.start() - 2) : match.start()]
                if match.start() != paragraph.start and before not in (". ", "! ", "? ", ".\n", '" '):
                    continue  # (not a sentence's first word)
                if unknown_town(*match.span("name"), not_here=_NOT_AT_A_TOWN):
                    toponym = _town_named_span(article.text, *match.span("name"))
                    reason = "a town its doer was at; no town of that name in the gazetteer"
                    out.append((toponym, Unresolved(match.group("name"), reason)))
        if " at " in paragraph.text and "ir" in paragraph.text:
            for match in _ARRIVED_AT_AIRPORT.finditer(article.text, paragraph.start, paragraph.end):
                if known_spans is None:
                    known_spans = _Spans((t.start, t.end) for t, _ in known)
                name_span = match.span("name")
                if known_spans.overlaps(*name_span) or _gazetteer().lookup(match.group("name")):
                    continue
                toponym = _town_named_span(article.text, *name_span)
                out.append((toponym, Unresolved(match.group("name"), _AIRPORT_TOWN_REASON)))
    out.extend(_towns_of_places(article, known, unknown_town))
    return out + _listed_beside(article, [*known, *out])


# "Barguna's Patharghata", "miners in Luanshya’s Mpatamato": one name the gazetteer lacks, owned by a
# town or district it holds, is a town of it (not "Kumasi's Manhyia Palace", "Lagos's Ada Bello": more
# capitalised words after it)
# ("Auckland's Samoan community", "Rome's St. Peter's": a people, a word cut short) the name ends the phrase
_OWNED_TOWN_AFTER = re.compile(
    rf"['’]s\s+(?P<name>{_NAME_WORD}{_NAME_TAIL})"
    r"(?=\s*[,;:)]|\.(?:\s|$)|\s+(?:and|or|to|in|on|at|for|where|with|from|before|after|while)\b|\s*$)"
)
_OWNER_KINDS = (PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.COUNTY, PlaceKind.ADMIN2)


def _towns_of_places(
    article: Article, known: Sequence[tuple[Toponym, PlaceRef]], unknown_town: Callable[[int, int], bool]
) -> list[tuple[Toponym, PlaceRef]]:
    """Towns the gazetteer lacks, named as a town or district's own ("Barguna's Patharghata")."""
    text = article.text
    body = [(p.start, p.end) for p in article.paragraphs if p.kind in (ParagraphKind.BODY, ParagraphKind.CAPTION)]
    out: list[tuple[Toponym, PlaceRef]] = []
    for toponym, ref in known:
        if text[toponym.end : toponym.end + 1] not in ("'", "’") or _kind_of(ref, toponym) not in _OWNER_KINDS:
            continue
        if not isinstance(ref, Resolved) or not any(a <= toponym.start < b for a, b in body):
            continue
        owned = _OWNED_TOWN_AFTER.match(text, toponym.end)
        if owned is None or len(owned.group("name")) < 4 or not unknown_town(*owned.span("name")):
            continue
        reason = "a town of the place named before it; no town of that name in the gazetteer"
        out.append((_town_named_span(text, *owned.span("name")), Unresolved(owned.group("name"), reason)))
    return out


# "tour Mason City, Elk Port and Independence", "in Nabouwalu, Savusavu and Waiyevo": a name the
# gazetteer lacks, listed beside a town it holds, is a town of the list (read after and before a town)
_LISTED_AFTER = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<name>{_NAME_WORD}(?:[ -]{_NAME_WORD})?)"
    r"(?=\s*,|\s+and\s|\s+(?:in|on|districts|counties|constituencies)\b|\s*[.;(]|\s*$)"
)
_LISTED_BEFORE = re.compile(
    rf"(?:\b(?:in|to|of|at|visit|visited|visiting|toured|tour|touring)\s+|,\s*)(?P<name>{_NAME_WORD}(?:[ -]{_NAME_WORD})?)"
    r"(?:,\s*|\s+and\s+)$"
)
# words of a name listed beside towns that make it no town: a style, a building, a division's kind
_NOT_A_LISTED_TOWN = frozenset(
    """Mr Mrs Ms Dr Sir Madam Co Hotel Centre Center Club Hall House School College University Hospital
    Church Mosque Temple Stadium Airport Province Region Prefecture State Ministry Company Group Bank Office
    Council Assembly Court Embassy Museum Institute Foundation Road Street Avenue Drive Lane Boulevard
    Garden Gardens Memorial Monument
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()  # ("in Winnipeg, Jan. 26": a month cut short)
)
_LISTING_KINDS = (PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.COUNTY, PlaceKind.ADMIN2)
_LIST_OF_DIVISIONS = re.compile(
    r"\s+(?:[Dd]istricts?|[Cc]ount(?:y|ies)|[Bb]locks?|[Tt]ehsils?|[Pp]rovinces?|[Rr]egions?|[Ss]tates?|[Pp]refectures?)\b"
)


def _listed_beside(
    article: Article, known: Sequence[tuple[Toponym, PlaceRef]]
) -> list[tuple[Toponym, PlaceRef]]:
    """Names the gazetteer lacks listed beside a town it holds (or one already kept unresolved)."""
    text = article.text
    body = [(p.start, p.end) for p in article.paragraphs if p.kind in (ParagraphKind.BODY, ParagraphKind.CAPTION)]
    taken = _Spans((t.start, t.end) for t, _ in known)
    out: list[tuple[Toponym, PlaceRef]] = []
    added: set[int] = set()

    def keep(match: re.Match[str], beside: PlaceRef, beside_end: int) -> bool:
        name = match.group("name")
        if match.start("name") in added:
            return True  # (listed beside another town of the list already)
        words = name.replace("-", " ").split()
        if (
            any(w in _NOT_A_TOWN or w in _GENERIC_NAME or w in _NOT_A_LISTED_TOWN for w in words)
            or _FEATURE_AFTER.match(text, match.end("name"))
        ):
            return False
        if taken.overlaps(match.start("name"), match.end("name")):
            return False
        if found := _gazetteer().lookup(name):
            # "stops in New Bedford, Lee, and Holyoke": a short name the finder took for a person's,
            # listed beside a town, is the one town of that name in the same state or province
            # (not "Durg and Bastar district": a list of divisions, the name maybe a division's too)
            if _LIST_OF_DIVISIONS.match(text, beside_end) or _LIST_OF_DIVISIONS.match(text, match.end("name")):
                return False
            same = [
                p
                for p in found
                if isinstance(beside, Resolved)
                and p.kind in _TOWN_KINDS
                and p.name == name
                and (p.country, p.admin1) == (beside.place.country, beside.place.admin1)
            ]
            if len(same) != 1:
                return False
            added.add(match.start("name"))
            out.append((_town_named_span(text, match.start("name"), match.end("name")), Resolved(name, same[0], "listed-town")))
            return True
        added.add(match.start("name"))
        out.append((_town_named_span(text, match.start("name"), match.end("name")), Unresolved(name, "no town of that name in the gazetteer")))
        return True

    starts = [a for a, _ in body]
    for toponym, ref in known:
        # (most places are followed by neither a comma nor "and", nor follow one: no scan for those)
        after_words = text[toponym.end : toponym.end + 8].lstrip()
        listed_after = after_words.startswith(",") or (after_words.startswith("and") and after_words[3:4].isspace())
        before_words = text[max(0, toponym.start - 8) : toponym.start].rstrip()
        listed_before = before_words.endswith(",") or (before_words.endswith("and") and before_words[-4:-3].isspace())
        if not (listed_after or listed_before):
            continue
        kind = ref.place.kind if isinstance(ref, Resolved) else toponym.kind_hint
        paragraph = bisect.bisect_right(starts, toponym.start) - 1
        if kind not in _LISTING_KINDS or paragraph < 0 or toponym.start >= body[paragraph][1]:
            continue
        begin, end = body[paragraph]
        at = toponym.end
        while listed_after and (after := _LISTED_AFTER.match(text, at, end)) is not None and keep(after, ref, toponym.end):
            at = after.end("name")
        at = toponym.start
        while listed_before and (before := _LISTED_BEFORE.search(text, max(begin, at - 60), at)) is not None and keep(before, ref, toponym.end):
            at = before.start("name")
    return out


def _town_named_span(text: str, start: int, end: int) -> Toponym:
    """A town's mention at ``text[start:end]``."""
    return Toponym(
        start=start, end=end, text=text[start:end], name=text[start:end], kind_hint=PlaceKind.TOWN,
        name_start=start, name_end=end,
    )  # fmt: skip


# "arrived at Paro International airport": the town an airport is named after
# "went to Ntcheu District Hospital": likewise a district hospital
_AIRPORT = re.compile(
    # (not a sentence's first word: "At Kagio Trading Centre, ...")
    r"\b(?!(?:At|In|To|From|On|Near|Outside|The|Then|And|But)\b)"
    r"(?P<name>[A-Z][\w'’-]+(?: (?!International\b|District\b|(?:Town|City) Hall\b|Trading\b)[A-Z][\w'’-]+)?)"
    r"(?: International)?(?: District)? (?:[Aa]irport|Hospital|Castle"  # ("visited Lancaster Castle")
    # "visited Langgur Market", "at Kagio Trading Centre", "Bradford Town Hall": a town's market, trading
    # centre or hall stands in it
    r"|(?:[a-z]+ )?[Mm]arket|Trading Cent(?:re|er)|Town Hall|City Hall)\b"
)
_TOWN_KINDS = (PlaceKind.CITY, PlaceKind.TOWN)
_TOWN_FACILITY = re.compile(r"(?:[Mm]arket|Trading Cent(?:re|er)|Town Hall|City Hall)$")
# one is in every match of _AIRPORT (a cheap test first)
_FACILITY_WORDS = ("irport", "Hospital", "Castle", "arket", "Trading Cent", " Hall")


def _airport_towns(
    article: Article, known: Sequence[tuple[Toponym, PlaceRef]]
) -> list[tuple[Toponym, PlaceRef]]:
    """Towns named only in their airport's (or district hospital's, market's, town hall's, lodge's)
    name, where the report's places say which town.

    Only a name one town bears in the countries the report already places (so "Wattay International
    Airport", named after no town, and "Lincoln Airport" among many Lincolns add nothing).
    """
    if not any(word in article.text for word in _FACILITY_WORDS):
        return []
    spans = _Spans((t.start, t.end) for t, _ in known)
    countries = {r.place.country for _, r in known if isinstance(r, Resolved) and r.place.country}
    out: list[tuple[Toponym, PlaceRef]] = []
    for paragraph in article.paragraphs:
        if paragraph.kind not in (ParagraphKind.BODY, ParagraphKind.CAPTION) or not any(
            word in paragraph.text for word in _FACILITY_WORDS
        ):
            continue
        for match in _AIRPORT.finditer(article.text, paragraph.start, paragraph.end):
            # a place found inside the facility's name ("Ntcheu District" of the hospital) hides nothing
            if spans.overlaps(match.start("name"), match.end("name")) and not any(
                match.start() <= t.start and t.end < match.end() for t, _ in known if t.start == match.start()
            ):
                continue
            # the town's own name, not an alias ("Reagan International airport" is no town "Reagan")
            named = [
                p
                for p in _gazetteer().lookup(match.group("name"))
                if p.kind in _TOWN_KINDS and p.name.casefold() == match.group("name").casefold()
            ]
            # a town of the countries the report places, or, where it places none, the only town so named
            towns = [p for p in named if p.country in countries] if countries else named
            if len(towns) != 1:
                continue
            toponym = Toponym(
                start=match.start("name"),
                end=match.end("name"),
                text=match.group("name"),
                name=match.group("name"),
                kind_hint=PlaceKind.CITY,
                name_start=match.start("name"),
                name_end=match.end("name"),
            )
            # (a market's or a hall's town is where the traveller was, whatever larger city lies near:
            # not an airport that serves that city, see trips._served_airports)
            rule = "facility-town" if _TOWN_FACILITY.search(match.group(), match.end("name") - match.start()) else "airport-town"
            out.append((toponym, Resolved(match.group("name"), towns[0], rule)))
    return out


# "arrived in the UAE capital", "in the Indonesian capital on Monday": a country's capital named by
# the country (or its people), with no name after it ("the Qatari capital Doha" names it)
_CAPITAL_PHRASE = re.compile(
    r"\bthe (?P<country>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)(?:['’]s)? capital\b(?!,? (?:city )?[A-Z])"
)


def _capital_phrases(article: Article) -> list[tuple[Toponym, PlaceRef]]:
    """Capitals named only as "the <country> capital": the country's capital city."""
    if "capital" not in article.text:
        return []
    out: list[tuple[Toponym, PlaceRef]] = []
    for paragraph in article.paragraphs:
        if paragraph.kind not in (ParagraphKind.BODY, ParagraphKind.CAPTION) or "capital" not in paragraph.text:
            continue
        for match in _CAPITAL_PHRASE.finditer(article.text, paragraph.start, paragraph.end):
            who = match.group("country")
            code = demonym_country(who) or next(
                (p.country for p in _gazetteer().lookup(who, kind=PlaceKind.COUNTRY)), None
            )
            capital = _gazetteer().capital(code) if code else None
            if capital is None:
                continue
            toponym = Toponym(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                name=capital.name,
                kind_hint=PlaceKind.CITY,
                name_start=match.start("country"),
                name_end=match.end(),
            )
            out.append((toponym, Resolved(match.group(), capital, "capital-phrase")))
        if "the capital" in paragraph.text and isinstance(article.dateline, Dateline):
            # "arrived in the capital on Tuesday" under "NAIROBI, March 12": the dateline's capital
            here = _dateline_capital(article.dateline.place)
            for match in _BARE_CAPITAL.finditer(article.text, paragraph.start, paragraph.end):
                if here is None:
                    break
                toponym = Toponym(
                    start=match.start(),
                    end=match.end(),
                    text=match.group(),
                    name=here.name,
                    kind_hint=PlaceKind.CITY,
                    name_start=match.start(),
                    name_end=match.end(),
                )
                out.append((toponym, Resolved(match.group(), here, "capital-phrase")))
    return out


# "the capital" with no country: the dateline's city, where that is a national capital
_BARE_CAPITAL = re.compile(r"\bthe capital\b(?!,? (?:city )?[A-Z]| of\b| city of\b)")


def _dateline_capital(name: str) -> Place | None:
    """The national capital a dateline names, if it names one."""
    for place in _gazetteer().lookup(name):
        if place.kind in (PlaceKind.CITY, PlaceKind.TOWN) and place.country:
            capital = _gazetteer().capital(place.country)
            if capital is not None and capital.geonameid == place.geonameid:
                return capital
    return None


def _no_guess(ref: PlaceRef) -> PlaceRef:
    """A name the gazetteer does not know stays unresolved, with its best guess as a candidate."""
    if isinstance(ref, Resolved) and ref.rule == "document-place":
        return Unresolved(
            ref.text, "not in the gazetteer; the report's main place is only a guess", [ref.place]
        )
    return ref


def _named_for(city: str, region: str) -> bool:
    """The city bears the region's name: "Bukhara", "Singapore", "New York City", "Mexico City",
    "Saint Petersburg" for "St.-Petersburg"."""
    if city in (region, f"{region} City"):
        return True
    key = _saint(name_key(region))
    return _saint(name_key(city)) in (key, f"{key} city")


def _saint(key: str) -> str:
    """A name key with "st" written out ("st petersburg" and "saint petersburg" are one name)."""
    return f"saint {key[3:]}" if key.startswith("st ") else key


def _journey_word_before(ends: Sequence[int], at: int, within: int) -> bool:
    """Whether a journey word ends in ``[at - within, at]`` (``ends``: where each ends, sorted)."""
    i = bisect.bisect_right(ends, at)
    return i > 0 and at - ends[i - 1] <= within


_TOWN_WORD_AFTER = re.compile(r"\s+(?:town|city|township)\b")
_COMPASS_BEFORE = Caseless(
    r"\b(?:north|south|east|west|central|northern|southern|eastern|western|(?:north|south)-?(?:east|west)(?:ern)?)\s+$"
)


def _city_rule(
    toponym: Toponym, ref: PlaceRef, sentence: Sentence, journey_ends: Sequence[int]
) -> str | None:
    """The rule by which a municipality, province or country named bare is the city that bears its
    name ("arrived in Beijing", "visit Bukhara"); ``None`` where it is the region.

    "Beijing Municipality", and a bare municipality that a trip noun governs ("a research trip
    in Chongqing"), are the region, as "a research trip in Zhejiang" names a province.
    """
    if not isinstance(ref, Resolved):
        return None
    kind = ref.place.kind
    at = toponym.start - sentence.start
    if kind is PlaceKind.ADMIN1 and toponym.kind_hint is None and _TOWN_WORD_AFTER.match(sentence.text, at + len(toponym.text)):
        return "town-named"  # "head to Homa Bay town": the town, not the county named like it
    if (
        kind is PlaceKind.ADMIN1
        and toponym.kind_hint is None
        and not _journey_word_before(journey_ends, at, 8)
        # ("visited Hatay province", "the Kursk region": the division, as written)
        and _DIVISION_WORD_AFTER.match(sentence.text, at + len(toponym.text)) is None
    ):
        return "municipality-as-city"
    if (
        kind is PlaceKind.COUNTRY
        and not _journey_word_before(journey_ends, at, 8)
        # "a tour in southeastern Mexico": a part of the country, not its capital
        and not _COMPASS_BEFORE.search(sentence.text, max(0, at - 24), at)
    ):
        # "a final stop in Singapore", "arrived in Djibouti": a city-state, or a capital named as its country
        return "country-as-city"
    return None


# "the Kursk region", "Hatay province", "Nara Prefecture": the name is written as a division's
# (read right after a place; not "the Region Government", "Oblast Council": an office's name)
_DIVISION_WORD_AFTER = re.compile(
    r"\s+(?:[Rr]egion|[Pp]rovince|[Oo]blast|[Pp]refecture|[Gg]overnorate|[Kk]rai|[Oo]krug)\b(?!\s+[A-Z])"
    # "Kahramanmaras, the province at the epicentre": an aside that says what it is
    r"|,\s+(?:the|a)\s+(?:[a-z-]+\s+)?(?:province|region|prefecture|oblast|governorate)\b"
)
_DIVISION_WORD_END = re.compile(r"\s(?:Region|Province|Oblast|Prefecture|Governorate|Krai|Okrug)$", re.IGNORECASE)
_PROVINCE_DIVISIONS = frozenset({"Province"})


def _division_written(text: str, toponym: Toponym) -> bool:
    """Whether the report writes the place as a first-level division ("the Kursk region", "Hatay
    province", "Nara Prefecture")."""
    return (
        _DIVISION_WORD_AFTER.match(text, toponym.end) is not None
        or _DIVISION_WORD_END.search(toponym.text) is not None
    )


def _as_region(ref: PlaceRef, toponym: Toponym, text: str) -> Resolved | None:
    """The region a place stands for where the report reads it as one, else ``None``.

    A province filed as a second-level division ("Catanduanes", "the province of Albay": the
    Philippines' provinces) is a region as a state is; a city or town written as a division ("the
    Kursk region", "Nara Prefecture") is the division that bears its name, where the gazetteer has one.
    """
    if not isinstance(ref, Resolved):
        return None
    place = ref.place
    if place.kind is PlaceKind.ADMIN2 and place.division in _PROVINCE_DIVISIONS:
        return ref
    if place.kind in _TOWN_KINDS and _division_written(text, toponym):
        # (the name as written, "Nara" of "Nara Prefecture", may be the city's without its suffix: "Nara-shi")
        name = _DIVISION_WORD_END.sub("", toponym.text)
        key = name_key(name)
        for region in _gazetteer().lookup(name, kind=PlaceKind.ADMIN1, country=place.country):
            # the division that holds the city and bears its name ("Kursk Oblast" holds Kursk)
            if region.admin1 == place.admin1 and (name_key(region.name) == key or name_key(region.name).startswith(f"{key} ")):
                return Resolved(ref.text, region, "division-named")
    return None


# the words between two places of one list: "Qatar, Switzerland", "the U.S. and Mexico"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*;\s*(?:and\s+)?)(?:the\s+)?")


def _countries_listed(text: str, places: Sequence[tuple[Toponym, PlaceRef, bool]]) -> set[int]:
    """Where each country named in a list with another country starts ("a tour of Afghanistan,
    Qatar and Mexico"): such a country is the country, not the city that bears its name."""

    def country(ref: PlaceRef) -> bool:
        return isinstance(ref, Resolved) and ref.place.kind is PlaceKind.COUNTRY

    out: set[int] = set()
    for (a, ref_a, _), (b, ref_b, _) in itertools.pairwise(places):
        if country(ref_a) and country(ref_b) and _LIST_JOIN.fullmatch(text, a.end, b.start):
            out.update(t.start for t, ref in ((a, ref_a), (b, ref_b)) if not _city_state(ref))
    return out


def _city_state(ref: PlaceRef) -> bool:
    """A country whose city of the same name holds most of its people ("Singapore", "Djibouti")."""
    if not isinstance(ref, Resolved):
        return False
    city = _city_named_for(ref.place)
    return city is not None and city.population * 2 >= ref.place.population


def _named_city(region: Resolved, rule: str) -> Resolved | None:
    """``region`` read as the city that bears its name, by ``rule``; ``None`` if no city does."""
    city = _city_named_for(region.place, towns=rule == "town-named")
    return None if city is None else Resolved(region.text, city, rule)


_CITY_STATE_POPULATION = 50_000


@lru_cache(maxsize=4096)
def _city_named_for(region: Place, towns: bool = False) -> Place | None:
    """The city in ``region`` (a country or province) that bears its name, if one does (or the town,
    with ``towns``)."""
    cities = _gazetteer().lookup(region.name, kind=PlaceKind.CITY, country=region.country)
    if towns:
        cities = cities + _gazetteer().lookup(region.name, kind=PlaceKind.TOWN, country=region.country)
    for city in cities:
        if _named_for(city.name, region.name) and (
            region.kind is PlaceKind.COUNTRY or city.admin1 == region.admin1
        ):
            return city
    if region.kind is PlaceKind.COUNTRY and region.population < _CITY_STATE_POPULATION:
        # "at the Vatican": a state of one town is that town (Vatican City, filed as a town)
        for town in _gazetteer().lookup(region.name, kind=PlaceKind.TOWN, country=region.country):
            if name_key(town.name) == f"{name_key(region.name)} city":
                return town
    # "Ulaanbaatar" is the municipality, and the city filed as "Ulan Bator": the one the name also names
    inside = [c for c in cities if region.kind is PlaceKind.ADMIN1 and c.admin1 == region.admin1]
    return inside[0] if len(inside) == 1 else None
