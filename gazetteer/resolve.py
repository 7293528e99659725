"""Choosing among namesakes, by the descriptor and then by the rest of the document.

Order of evidence (the first rule that narrows the candidates is returned as
``Resolved.rule``; later rules may narrow further):

1. ``demonym`` ("Canadian" is Canada) and ``country-name`` (a country's name with
   no descriptor is the country: "China" in a US report is not China, Maine;
   except a same-named division of the document's country: Georgia, USA).
2. ``descriptor-kind``: the kind word ("Jilin Province" vs "Jilin City"; "Henry
   County" is a second-level division, as is "Pangasinan Province" where no
   first-level division bears the name).
3. ``county-state``: "Laurel County" is the county (``admin2``) in a state that has
   one so named (where the table lacks it, a same-named place there, else the state).
   The state is the one named with it or in the report (``county-state``), else
   the dateline's, the inferred focus state or the state of places already
   placed (``county-context``), else the most populous namesake's
   (``county-population``).
4. ``descriptor-province``: a parent named with it ("Suzhou, east China's Jiangsu
   Province", "Rostock, Germany", "Springfield, Ill."); not when the name is itself a
   country or division 300 times weightier than its namesake there ("Mexico, China,
   Japan" is a list), unless the parent is abbreviated ("Washington, D.C.").
5. ``descriptor-country``: the country in the descriptor ("east China's Suzhou").
6. ``document-province``: a first-level division named elsewhere in the report,
   unless a country or division of the name itself is 300 times weightier.
7. ``dateline-province``: the dateline's division.
8. ``focus-province`` and ``focus-country``: inferred from the names of the
   document (each spreads one vote over its candidates' divisions and countries,
   by weight); an inferred focus yields to a namesake 300 times more
   populous (London, not London, Ohio).
9. ``nearby``: in the second pass of :meth:`Gazetteer.resolve_all`, a candidate
   within 200 km of a place the first pass settled firmly.
10. ``population``: the weightiest candidate (log population, countries +4,
    divisions +1). ``unique`` when only one place bears the name.

Before these: ``demonym`` also covers continental words and unions ("European",
"the EU": the continent); ``part-name`` places an unknown name built on a known
weighty one at that place ("Colorado State University", "Dubai World Cup"; not
physical features such as "Lake Ontario"). After them, in
:meth:`Gazetteer.resolve_all` only, ``descriptor-parent`` (the parent after a place, "Utica, New York", is
the division holding it), ``listed-division`` (a division listed beside a division of its country is that
division: "Pennsylvania and Delaware"), ``descriptor-city`` (a name before a comma and a city is the
namesake in the city's first-level division: "Santa Fe, Cebu") and ``document-place``: a name the table does not
know ("Royal Street", "Lee Academy") goes to the settlement the report names most.

A bare name that is both a first-level division and a city goes to the division
when the division is a Municipality (Chongqing, Beijing, Shanghai, Tianjin:
Chinese reports use the bare name for the whole municipality, "in Chongqing"),
and to the city when the city has 500,000 people or more and the division is
not a city-province. A kind word, "the city of", or the dateline position
(datelines name cities) chooses the city record.
"""

from __future__ import annotations

import difflib
import functools
import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs
from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of, optional

from gazetteer._text import name_key
from gazetteer._words import CONTINENTAL, DEMONYMS, DIRECTIONS
from gazetteer.index import PlaceIndex, load_capitals, load_capitals_by_country, load_index
from gazetteer.model import Place, PlaceKind, Resolved, Unresolved
from gazetteer.recognize import Toponym, demonym_country, find_toponyms, toponym_at

__all__ = ["NOT_A_PLACE_DIRECTION", "Gazetteer", "ResolveContext"]

NOT_A_PLACE_DIRECTION = "a direction, not a place's name"  # the reason given for "the North East"

_SETTLEMENTS = (PlaceKind.CITY, PlaceKind.COUNTY, PlaceKind.TOWN)
_SAME_POINT = 0.03  # degrees (about 3 km): a first-level division placed at its seat's point
_MAX_CANDIDATES = 400
# rules that settle a place firmly enough to anchor the others in a second pass
_FIRM = frozenset(
    {
        "unique",
        "descriptor-kind",
        "descriptor-province",
        "descriptor-country",
        "document-province",
        "county-state",
    }
)
# rules that decide before ``ResolveContext.nearby`` is read: the second pass would decide the same
_BEFORE_NEARBY = frozenset({"demonym", "country-name"})
_REGIONAL = frozenset({"document-province", "dateline-province", "focus-province"})
_REGIONS = (PlaceKind.COUNTRY, PlaceKind.ADMIN1)
_BIG = 100_000
_WEAK_ALIAS_POPULATION = 1_000  # a hamlet abroad known here only by another of its names
_CITY_OVER_STATE = 500_000  # a city this big is what its bare name means, over a same-named state
# an inferred focus yields to a namesake 300 times more populous (chosen on the dev half)
_DWARF = math.log(300)
_WRAPPER = re.compile(
    r"^(?:the\s+)?(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Emirate)\s+of\s+(?:the\s+)?"
    r"|\s+(?:Uygur|Uyghur|Uighur|Zhuang|Hui)\b",
    re.IGNORECASE,
)
# head words of physical features: "Lake Ontario" or "Niger Delta" is not at Ontario or Niger
_FEATURE_WORDS = frozenset(
    {
        "lake", "river", "delta", "gulf", "sea", "ocean", "mountain", "mountains", "island", "islands",
        "peninsula", "creek", "strait", "basin", "desert", "bay",
    }
)  # fmt: skip
_SPELL_OUT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_SPELLED = re.compile(r"\b(st|ste|mt|ft)\b")
_COUNTY_WORD = re.compile(r"\s(?:County|Parish|Borough)$")
# the demonyms as document_context looks for them in a text ("Chinese ")
_DEMONYMS_WRITTEN = tuple((f"{word.title()} ", code) for word, code in DEMONYMS.items() if code)
# a capitalised word and a space, and the next such word if one follows ("North ", "Korean "): every
# place one of these strings occurs in a text, the word (or two) found there is that string
_TITLE_WORD = r"[A-Z][a-z]+ "
_TITLE_WORDS = re.compile(f"({_TITLE_WORD})(?=({_TITLE_WORD})?)")
# ...with whether each is one or two such words (then looked for in the set of them)
_DEMONYMS_LOOKED_FOR = tuple(
    (written, code, re.fullmatch(f"(?:{_TITLE_WORD}){{1,2}}", written) is not None)
    for written, code in _DEMONYMS_WRITTEN
)
# ...as document_context reads them: by the title words of a text, or else in the text
_DEMONYM_WORDS = {written: code for written, code, as_words in _DEMONYMS_LOOKED_FOR if as_words}
_DEMONYMS_ELSEWHERE = tuple(
    (written, code) for written, code, as_words in _DEMONYMS_LOOKED_FOR if not as_words
)
_VOTERS = 30  # candidates of one name that vote for the document's country and division
# what follows a country used as a nationality ("US President", "UK officials"), and its vote
_NATIONALITY_AFTER = re.compile(
    r"\s+(?:President|Vice President|Prime Minister|Secretary|Ambassador|Embassy|Special Envoy|Envoy"
    r"|Senator|Congress|Army|Navy|Air Force|officials?|delegation|government|administration|forces|troops)\b"
)
_NATIONALITY_VOTE = 0.25
# how much weightier (in log population: about twentyfold) a place bearing a name only as another name altogether
# must be to outrank one bearing it as its own ("Thai Nguyen" is the Vietnamese city, not Taiyuan, whose
# Vietnamese name it also is; "Canton" is still Guangzhou against Canton, Ohio); an old spelling of a place's
# own name needs only about sevenfold ("Odessa": Odesa, not Odessa, Texas)
_OWN_NAME_MARGIN = 3.0
_SPELLING_LIKENESS = 0.6
_BESIDE_KM = 50.0  # a namesake this near a place the report has placed is the one meant, over others farther
_REGION_VOTES = 0.5  # votes a division needs to become the document's inferred focus (chosen on the dev half)
_REGION_MARGIN = 0.25  # ...and its lead over the runner-up (chosen on the dev half)


def _places(places: Iterable[Place]) -> tuple[Place, ...]:
    return tuple(places)


# the kind words a name takes when a list's plural gave it its kind (see recognize._listed_kinds)
_KIND_SUFFIXES = {
    PlaceKind.COUNTY: ("County", "District", "Regency", "Parish"),
    PlaceKind.ADMIN1: ("Province", "State"),
    PlaceKind.CITY: ("Prefecture",),
}


@frozen
class ResolveContext:
    """What the rest of a document says, for choosing among namesakes.

    Attributes:
        document_regions: first-level divisions named elsewhere in the report.
        dateline: the dateline place as written (``"HANGZHOU"``), if any.
        dateline_parent: the parent the dateline names with it ("Bali [Indonesia]"), if any.
        focus_country: ISO code of the country the document is about (``"CN"``).
        nearby: places already placed in the document, for coherence.
        beside: those and the places placed by the report's regions, for choosing the namesake a few miles
            from them over one farther off.
        focus_region: the first-level division the document's names point to most
            (inferred, so weaker than ``document_regions``).
        dateline_place: the dateline's place as the rest of the document chose it among its namesakes
            (else it is read from ``dateline`` alone).
    """

    document_regions: tuple[Place, ...] = field(
        default=(), converter=_places, validator=deep_iterable(instance_of(Place))
    )
    dateline: str | None = field(default=None, validator=optional(instance_of(str)))
    dateline_parent: str | None = field(default=None, validator=optional(instance_of(str)))
    focus_country: str | None = field(default=None, validator=optional(instance_of(str)))
    nearby: tuple[Place, ...] = field(
        default=(), converter=_places, validator=deep_iterable(instance_of(Place))
    )
    focus_region: Place | None = field(default=None, validator=optional(instance_of(Place)))
    beside: tuple[Place, ...] = field(default=(), converter=_places, validator=deep_iterable(instance_of(Place)))
    dateline_place: Place | None = field(default=None, validator=optional(instance_of(Place)))


_LOOKUP_CACHE = (
    4_096  # names whose sorted candidates a gazetteer keeps (a report asks for each several times)
)


class _Prior(NamedTuple):
    """The candidates of a name before its descriptor and its document (see :meth:`Gazetteer.resolve`)."""

    known: bool  # the table knows the name (or the name without its wrapper, "Republic of")
    places: tuple[Place, ...]  # its candidates, best first (an acronym's only weighty ones)
    bare: tuple[Place, ...]  # those a bare name (no kind word) is chosen among


# what resolve reads of a mention: its text, name, kind hint, parent, region and where its name starts
_Written = tuple[str, str, PlaceKind | None, str | None, str | None, int]


def _written(topo: Toponym) -> _Written:
    """Return what :meth:`Gazetteer.resolve` reads of a mention (its offsets in the text aside)."""
    name_at = topo.name_start - topo.start if topo.name_start >= 0 else -1
    return (topo.text, topo.name, topo.kind_hint, topo.parent, topo.region, name_at)


def _spelling_of(written: str, own: str) -> bool:
    """Whether a name is a spelling of a place's own name ("Odessa" of Odesa, "Kharkov" of Kharkiv), not
    another name altogether ("Thai Nguyen" of Taiyuan, "Canton" of Guangzhou): most letters shared in order."""
    # (a name written as the place's own, as most are, is likeness 1.0: no matcher built for it)
    return written == own or difflib.SequenceMatcher(None, written, own).ratio() >= _SPELLING_LIKENESS


def _weight(place: Place) -> float:
    """Prior for a bare name: log population, countries and divisions lifted."""
    kind = place.kind  # compared by identity: hashing an enum member is slow
    return math.log1p(place.population) + (
        4.0 if kind is PlaceKind.COUNTRY else 1.0 if kind is PlaceKind.ADMIN1 else 0.0
    )


def _kind_ok(place: Place, hint: PlaceKind) -> bool:
    if hint is PlaceKind.COUNTY and place.kind is PlaceKind.ADMIN2:
        return True  # "Henry County", "Yavatmal District": a second-level division
    if hint in _SETTLEMENTS:
        return place.kind in _SETTLEMENTS
    return place.kind is hint


def _kinded(places: Sequence[Place], hint: PlaceKind) -> list[Place]:
    """Return the places of the kind a descriptor asks for.

    "Province" asks for a first-level division, or a second-level one where no
    first-level division bears the name (the Philippines' and Italy's provinces).
    "County" asks for the first-level county named after its town where there is one
    ("Bungoma County": Kenya's county, not Bungoma town; not "the Yongsan District of Seoul").
    """
    if hint is PlaceKind.COUNTY:
        named_after_town = [
            d for d in places
            if d.kind is PlaceKind.ADMIN1
            and any(s.kind in _SETTLEMENTS and _seat_of(s, d) and s.population < _CITY_OVER_STATE for s in places)
        ]  # fmt: skip
        if named_after_town:
            return named_after_town
    kept = [p for p in places if _kind_ok(p, hint)]
    if not kept and hint is PlaceKind.ADMIN1:
        kept = [p for p in places if p.kind is PlaceKind.ADMIN2]
    return kept


def _seats_over_divisions(pool: list[Place]) -> list[Place]:
    """Drop a division that yields to a same-named place in it (for a bare name).

    A bare name is the place rather than a division named after it: a prefecture,
    district or county bearing its seat's name is the seat (see ``_seat_of``; a hamlet of
    the name does not make "Cornwall" a hamlet).
    """
    divisions = [p for p in pool if p.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2)]
    if not divisions:
        return pool
    seats = [p for p in pool if p.kind in _SETTLEMENTS]
    dropped = [d for d in divisions if any(_seat_of(s, d) for s in seats)]
    return [p for p in pool if p not in dropped] if dropped else pool


def _seat_of(seat: Place, division: Place) -> bool:
    """Whether a same-named settlement is the division's seat, for a bare name.

    A second-level division's seat holds a tenth of its people. A first-level division is
    placed at its seat only where it is a municipality or county named after its town (Kenya's
    counties, Slovenia's municipalities, Puerto Rico's municipios): there the bare name is the town.
    """
    if (seat.country, seat.admin1) != (division.country, division.admin1):
        return False
    if division.kind is PlaceKind.ADMIN2:
        return 10 * seat.population >= division.population
    return abs(seat.lat - division.lat) < _SAME_POINT and abs(seat.lon - division.lon) < _SAME_POINT


class Gazetteer:
    """Offline gazetteer: name lookup, recognition and resolution over the shipped table.

    Use :meth:`default` for the shared instance.
    """

    def __init__(self, index: PlaceIndex) -> None:
        """Wrap a place index (usually :func:`gazetteer.index.load_index`)."""
        self._index = index
        # per instance, so that the cache goes with the index it was filled from
        self._candidates = functools.lru_cache(maxsize=_LOOKUP_CACHE)(self._lookup_all)
        self._priors = functools.lru_cache(maxsize=_LOOKUP_CACHE)(self._prior)
        self._votes = functools.lru_cache(maxsize=_LOOKUP_CACHE)(self._vote_shares)
        self._capitals: dict[str, Place | None] = {}  # by country code (a report asks two or three times)

    @classmethod
    def default(cls) -> Gazetteer:
        """Return the shared gazetteer over the shipped table (loaded once)."""
        return _default()

    @property
    def index(self) -> PlaceIndex:
        """The underlying place index."""
        return self._index

    # -- lookup -------------------------------------------------------------
    def lookup(self, name: str, *, kind: PlaceKind | None = None, country: str | None = None) -> list[Place]:
        """Return the places a name may refer to, best first (by kind and population).

        Args:
            name: the name as written; case, accents, apostrophes and hyphens do not count.
            kind: only places of this kind.
            country: only places in this country (ISO alpha-2).
        """
        places = self._candidates(name)
        if kind is None and country is None:
            return list(places)
        # the sort is stable, so filtering the sorted candidates keeps the order filtering first gives
        return [
            p
            for p in places
            if (kind is None or p.kind is kind) and (country is None or p.country == country)
        ]

    def _lookup_all(self, name: str) -> tuple[Place, ...]:
        rows = self._index.rows_for_name(name)
        if not rows:
            # "St. Kitts and Nevis", "Mt. Pleasant", "Ft. Worth": the table spells the word out
            spelled = _SPELLED.sub(lambda m: _SPELL_OUT[m.group(1).casefold()], name_key(name))
            rows = self._index.rows_for_name(spelled) if spelled != name_key(name) else rows
        places = [self._index.place_at(r) for r in rows[:_MAX_CANDIDATES]]
        return tuple(sorted(places, key=lambda p: (-_weight(p), p.geonameid)))

    def place(self, geonameid: int) -> Place | None:
        """Return the place with a GeoNames id, or ``None``."""
        return self._index.by_id(geonameid)

    def admin1(self, country: str, code: str) -> Place | None:
        """Return the first-level division record ``country.code``, or ``None``."""
        return self._index.admin1(country, code)

    def country(self, code: str) -> Place | None:
        """Return the country record for an ISO alpha-2 code, or ``None``."""
        return self._index.country(code)

    def capital(self, code: str) -> Place | None:
        """Return the capital city of the country with an ISO alpha-2 code, or ``None``."""
        if code in self._capitals:
            return self._capitals[code]
        geonameid = load_capitals_by_country().get(code)
        found = self._capitals[code] = self._index.by_id(geonameid) if geonameid is not None else None
        return found

    def nearest(self, lat: float, lon: float, *, kinds: Sequence[PlaceKind] | None = None) -> Place:
        """Return the place nearest a point on the sphere (optionally only of some kinds)."""
        return self._index.nearest(lat, lon, kinds=kinds)

    @staticmethod
    def distance_km(a: Place, b: Place) -> float:
        """Return the geodesic distance between two places in kilometres (WGS84)."""
        from geopy.distance import geodesic

        return float(geodesic((a.lat, a.lon), (b.lat, b.lon)).km)

    # -- recognition --------------------------------------------------------
    def find(self, text: str, *, nested: bool = False, demonyms: bool = False) -> list[Toponym]:
        """Find every toponym in a text, with its descriptor, in text order.

        Args:
            text: the text.
            nested: also return the country inside a descriptor ("China" in "east
                China's Zhejiang Province") as a mention of its own.
            demonyms: also return demonyms ("Russian") as mentions of their country.
        """
        return find_toponyms(self._index, text, nested=nested, demonyms=demonyms)

    def toponym_at(self, text: str, start: int, end: int) -> Toponym:
        """Read the descriptor around a name known to be at ``text[start:end]``."""
        return toponym_at(self._index, text, start, end)

    # -- resolution ---------------------------------------------------------
    def _parse(self, mention: str) -> Toponym:
        found = self.find(mention)
        stripped = mention.strip()
        if found and not any(ch.isupper() for ch in mention[: found[0].start]):
            return found[0]
        begin = mention.find(stripped) if stripped else 0
        return toponym_at(self._index, mention, begin, begin + len(stripped))

    def _prior(self, name: str) -> _Prior:
        """What a name gives before its descriptor and its document (kept per name by ``_priors``)."""
        places = self.lookup(name)
        if not places:
            # "Republic of Armenia", "Ningxia Hui": the table knows the name without its wrapper
            bare = _WRAPPER.sub("", name)
            places = self.lookup(bare) if bare != name else []
        known = bool(places)
        if name.isupper() and len(name_key(name)) <= 3:
            # an acronym ("EU", "NSW") is no small town's name
            places = [p for p in places if p.kind in _REGIONS or p.population >= _BIG]
        pool = _seats_over_divisions(places)
        # a big city outranks a division named after it that is not a city-province, whichever of them bears
        # the name as its own ("Kiev", "Odessa": the oblasts' own names, the cities' old spellings; the city
        # lies in the division or by it, as Kyiv by Kiev Oblast; not Hengyang, once also "Henan", for Henan)
        # (a spelling of the city's own name, not another name altogether: "Bahia" is the state, though
        # Salvador, its capital, was once so called too)
        initial = name_key(name)[:1]
        cities = [
            p for p in pool
            if p.kind is PlaceKind.CITY and p.population >= _CITY_OVER_STATE and name_key(p.name)[:1] == initial
        ]  # fmt: skip
        named_after = [
            s for s in pool
            if s.kind is PlaceKind.ADMIN1 and s.division != "Municipality"
            and any(c.country == s.country and (c.admin1 == s.admin1 or _close(c, s, 150.0)) for c in cities)
        ]  # fmt: skip
        if named_after:
            pool = [p for p in pool if p not in named_after]
        # a bare name prefers places that bear it as their own name over aliases
        # ("St. Petersburg" is Saint Petersburg's own name written short, as it is the Florida city's)
        key = _saint_key(name_key(name))
        own = [p for p in pool if _saint_key(name_key(p.name)) == key]
        # (a place that bears it as another name altogether, not a spelling of its own, needs more: "Thai Nguyen"
        # is Vietnam's city, though Taiyuan is ten times bigger and so called in Vietnamese; "Odessa" is Odesa)
        margin = 2.0 if not pool or _spelling_of(key, _saint_key(name_key(pool[0].name))) else _OWN_NAME_MARGIN
        if own and len(own) < len(pool) and _weight(own[0]) + margin >= _weight(pool[0]):
            pool = own
        # a big city outranks a same-named division that is not a city-province ("New York")
        states = [p for p in pool if p.kind is PlaceKind.ADMIN1 and p.division != "Municipality"]
        cities = [p for p in pool if p.kind is PlaceKind.CITY and p.population >= _CITY_OVER_STATE]
        if cities and states and any(c.country == s.country for c in cities for s in states):
            pool = [p for p in pool if p not in states]
        return _Prior(known, tuple(places), tuple(pool))

    def _vote_shares(self, name: str) -> tuple[tuple[Place, ...], tuple[float, ...]]:
        """A name's voting candidates and the share of its one vote each casts, by weight (kept per name)."""
        places = self.lookup(name)[:_VOTERS]
        shares = [math.exp(_weight(p) / 2) for p in places]
        total = sum(shares)
        return tuple(places), tuple(share / total for share in shares)

    def _parent_places(self, name: str) -> list[Place]:
        return [p for p in self.lookup(name) if p.kind in (PlaceKind.ADMIN1, PlaceKind.COUNTRY)]

    def _dateline_place(self, dateline: str, parent: str | None = None) -> Place | None:
        # the dateline's own name over aliases: ISLAMABAD is Islamabad, not Chattogram (once "Islamabad")
        prior = self._prior(dateline)
        if parent is not None:
            # "Bali [Indonesia], November 14 (ANI)": the place of the dateline's parent (a division if
            # the parent holds no settlement of the name)
            within = _within(list(prior.places), self._parent_places(parent))
            if within:
                return next((p for p in within if p.kind in _SETTLEMENTS), within[0])
        places = [p for p in prior.bare if p.kind in _SETTLEMENTS] or [
            p for p in prior.places if p.kind in _SETTLEMENTS
        ]
        return places[0] if places else None

    def _dateline_among(self, dateline: str, here: Place, divisions: dict[tuple[str, str], float]) -> Place:
        """A small town's dateline ("COLFAX -") among namesakes of like size: the one in the division the
        report's other names point to (Sacramento and Placer County: California's), not the largest.

        The division needs half a vote from the other names and a lead of a quarter over the largest
        namesake's; a namesake 300 times lighter than the largest, or a city of 100,000 datelined, holds.
        """
        if here.population >= _BIG:
            return here
        own, shares = self._votes(dateline)
        others: defaultdict[tuple[str, str], float] = defaultdict(float, divisions)
        for p, share in zip(own, shares, strict=True):
            if p.kind is not PlaceKind.COUNTRY and p.admin1:
                others[(p.country, p.admin1)] -= share
        namesakes = [p for p in self._prior(dateline).bare if p.kind in _SETTLEMENTS and p.admin1]
        best = max(namesakes, key=lambda p: (others[(p.country, p.admin1)], -namesakes.index(p)), default=here)
        votes = others[(best.country, best.admin1)]
        if (
            best != here
            and votes >= _REGION_VOTES
            and votes >= others[(here.country, here.admin1)] + _REGION_MARGIN
            and _weight(here) - _weight(best) <= _DWARF
        ):
            return best
        return here

    def _continent(self, name: str) -> Place | None:
        key = name_key(name)
        title = CONTINENTAL.get(key) or (CONTINENTAL.get(key[:-1]) if key.endswith("s") else None)
        if title is None:
            return None
        found = [p for p in self.lookup(title) if p.kind is PlaceKind.COUNTRY and p.division == "Continent"]
        return found[0] if found else None

    def _part_name(self, name: str) -> str | None:
        """Return the longest known place name inside an unknown name, or ``None``.

        "Colorado State University", "Dubai World Cup", "Port of Los Angeles": an
        institution, event or facility named after its place. Not for physical
        features ("Lake Ontario" is not in Ontario's middle), not for a part that
        is only a direction ("South" of "South Ossetia"), and only for a part that
        is a place's own name (not an alias) and a weighty place. A part that opens
        with a direction word ("Central District") is skipped.
        """
        words = name.split()
        if any(w.casefold() in _FEATURE_WORDS for w in words):
            return None
        for size in range(len(words) - 1, 0, -1):
            for begin in range(len(words) - size + 1):
                part = words[begin : begin + size]
                if not all(w[:1].isupper() for w in part) or part[0].casefold() in DIRECTIONS:
                    continue
                key = name_key(" ".join(part))
                found = [p for p in self.lookup(" ".join(part)) if name_key(p.name) == key]
                if any(p.kind in _REGIONS or p.population >= _BIG for p in found):
                    return " ".join(part)
        return None

    def _county_names(self, topo: Toponym) -> tuple[str, ...]:
        """Return the states that have a county of this name ("Laurel County", "Rapides Parish")."""
        if topo.kind_hint is PlaceKind.COUNTY:
            # (Louisiana's counties are parishes: "Livingston and Ascension parishes")
            states = self._index.county_states(f"{topo.name} County") + self._index.county_states(f"{topo.name} Parish")
            return tuple(sorted(set(states)))
        if topo.kind_hint is None and _county_word(topo.name):
            return self._index.county_states(topo.name)
        return ()

    def _county_state(
        self, topo: Toponym, counties: Sequence[str], context: ResolveContext
    ) -> tuple[str | None, str]:
        """Choose the state of a county among those that have one so named, and say how.

        A state named with it or elsewhere in the report settles it (``county-state``);
        else the dateline's state, the inferred focus state, or the state of most
        places already placed (``county-context``); else none (``county-population``).
        """
        named = [*(self._parent_places(topo.parent) if topo.parent else ()), *context.document_regions]
        for q in named:
            if q.kind is PlaceKind.ADMIN1 and q.country == "US" and q.admin1 in counties:
                return q.admin1, "county-state"
        if len(counties) == 1:
            return counties[0], "county-state"
        here = (
            context.dateline_place or self._dateline_place(context.dateline, context.dateline_parent)
            if context.dateline
            else None
        )
        inferred = [here, context.focus_region]
        for q in inferred:
            if q is not None and q.country == "US" and q.admin1 in counties:
                return q.admin1, "county-context"
        near = [q.admin1 for q in context.nearby if q.country == "US" and q.admin1 in counties]
        if near:
            return max(sorted(set(near)), key=near.count), "county-context"
        return None, "county-population"

    def resolve(self, mention: Toponym | str, context: ResolveContext | None = None) -> Resolved | Unresolved:
        """Place a mention, choosing among namesakes by descriptor and context.

        Args:
            mention: a :class:`Toponym` from :meth:`find`, or the words as written
                (``"Fuzhou, capital of Fujian Province"``).
            context: what the rest of the document says.

        Returns:
            :class:`Resolved` with the rule that chose, or :class:`Unresolved` with the reason.
        """
        context = context or ResolveContext()
        try:
            topo = mention if isinstance(mention, Toponym) else self._parse(str(mention))
        except (ValueError, TypeError) as err:  # attrs validation of odd input
            return Unresolved(str(mention), f"cannot read: {err}")
        text = topo.text or topo.name
        if (
            context.dateline
            and topo.kind_hint is None
            and topo.name.isupper()
            and name_key(topo.name) == name_key(context.dateline)
        ):
            topo = attrs.evolve(topo, kind_hint=PlaceKind.CITY)  # the dateline itself: datelines name cities
        if (
            topo.parent is None
            and topo.region is None
            and topo.kind_hint is None  # "Northern Province", "Central District": named divisions
            and all(w in DIRECTIONS for w in name_key(topo.name).replace("-", " ").split())
        ):
            # "the North East", "the South": a direction names a part of somewhere already in mind
            return Unresolved(text, NOT_A_PLACE_DIRECTION)
        code = demonym_country(topo.name)
        if code and topo.kind_hint in (None, PlaceKind.COUNTRY):
            # "Canadian" is Canada, not Canadian, Texas
            country = self._index.country(code)
            if country is not None:
                return Resolved(text, country, "demonym")
        continent = self._continent(topo.name)
        if continent is not None and topo.kind_hint is None:
            # "European", "the EU": the continent (GeoNames files unions and continental adjectives there)
            return Resolved(text, continent, "demonym")
        prior = self._priors(topo.name)
        if not prior.known and topo.kind_hint is None:
            # "Seoul Central District Court", "Colorado State University": a name the table does not
            # know, built on one it does; the longest such part, if it is a weighty place
            part = self._part_name(topo.name)
            if part is not None:
                found = self.resolve(attrs.evolve(topo, name=part, parent=None, region=None), context)
                return Resolved(text, found.place, "part-name") if isinstance(found, Resolved) else found
        places = list(prior.places)
        counties = self._county_names(topo) if context.focus_country in (None, "US") else ()
        if not places and not counties:
            return Unresolved(text, "no such place")
        rule: str | None = None
        pool = places
        if topo.kind_hint is not None:
            # a name written whole with its kind word ("Mexico City") beats the bare name's namesakes
            full = self.lookup(text[topo.name_start - topo.start :] if topo.name_start >= 0 else text)
            if text == topo.name:  # the kind from a list's plural ("Warren and Saratoga counties")
                listed = [p for word in _KIND_SUFFIXES.get(topo.kind_hint, ()) for p in self.lookup(f"{text} {word}")]
                full = listed or full
            exact = _kinded(full, topo.kind_hint)
            # ...even where the kind word means another kind there: "Ishikawa Prefecture" is Japan's
            # first-level division, though a Chinese prefecture is a city
            exact = exact or [p for p in full if p.kind in _REGIONS]
            kinded = exact or _kinded(pool, topo.kind_hint)
            # ...and a name written whole ("Henry County") is those places, however many bear the bare name
            if kinded and (len(kinded) < len(pool) or (exact and exact != pool)):
                pool, rule = kinded, "descriptor-kind"
            else:
                # the kind word narrows nothing: the bare name's choice ("Visakhapatnam District", where the
                # table has only cities of the name, is the city of that very name, not a bigger one also so known)
                pool = list(prior.bare) or pool
        else:
            pool = list(prior.bare)

        if topo.parent is not None and "." not in topo.parent and topo.kind_hint in (None, *_REGIONS):
            # "Mexico, China, Japan": a list, not a China in Japan; "Victoria, British Columbia" stays one
            # place, as does any parent written as an abbreviation ("Washington, D.C."). A list holds places of
            # one kind: the weightier namesake must be one that could stand beside the parent ("Victoria,
            # Seychelles" is the town: a state of Australia is no country's neighbour; "Mexico, Missouri":
            # nor is Mexico's state of México a US state's)
            parents = self._parent_places(topo.parent)
            inside = _within(pool, parents)
            # (all the name's places: a bare name's pool may have left the division out for a big city)
            listed = [p for p in places if p in inside or any(_alike(p, q) for q in parents)]
            if inside and _unless_division_dwarfs(listed, inside, topo.name) is listed:
                topo = attrs.evolve(topo, parent=None)

        # a country's name is the country unless the descriptor says otherwise (China, not China, Maine)
        if topo.kind_hint in (None, PlaceKind.COUNTRY) and topo.parent is None:
            key = name_key(topo.name)
            countries = [p for p in pool if p.kind is PlaceKind.COUNTRY and p.population > 0]
            # ...except a division of the same name in the document's country (Georgia, USA)
            home = [
                p for p in pool
                if p.kind is PlaceKind.ADMIN1 and p.country == context.focus_country
                and name_key(p.name) == key
            ]  # fmt: skip
            named = bool(countries) and (name_key(countries[0].name) == key or countries[0] == pool[0])
            if named and not (home and countries[0].country != context.focus_country):
                return Resolved(text, countries[0], "country-name")

        def narrow(name: str, keep: list[Place]) -> None:
            nonlocal pool, rule
            if keep and len(keep) < len(pool):
                pool = keep
                if rule is None or rule == "descriptor-kind":
                    rule = name

        if len(pool) > 1 and not topo.name.isascii() and any(c.isalpha() and not c.isascii() for c in topo.name):
            # "Røst" is Røst, Norway, not Rust, Austria: letters beyond ASCII are written on purpose
            written_as = topo.name.casefold()
            narrow("spelling", [p for p in pool if p.name.casefold() == written_as])

        if counties:
            # "Laurel County": the table has no US counties, but knows which states have one so named
            code, how = self._county_state(topo, counties, context)
            keep = (code,) if code else counties
            inside = [p for p in pool if p.country == "US" and p.admin1 in keep]
            if inside:
                narrow(how, inside)
            else:
                code = code or (counties[0] if len(counties) == 1 else None)
                state = self._index.admin1("US", code) if code else None
                if state is not None:
                    return Resolved(text, state, how if len(counties) > 1 else "county-state")
                states = [s for s in (self._index.admin1("US", c) for c in counties) if s is not None]
                return Unresolved(text, "a US county, not in the table", states)
        if len(pool) > 1:  # else no rule below can narrow it further
            if topo.parent is not None:
                parents = self._parent_places(topo.parent)
                narrow("descriptor-province", _within(pool, parents))
            if topo.region is not None:
                regions = self._parent_places(topo.region)
                narrow("descriptor-country", [p for p in pool if any(_inside(p, q) for q in regions)])
            if context.document_regions:
                narrow(
                    "document-province",
                    # a division named elsewhere yields to a country or division of this very name that is
                    # 300 times weightier (Nevada, not Nevada, Ohio, in a list of states)
                    _unless_capital(
                        pool,
                        _unless_division_dwarfs(pool, _within(pool, context.document_regions), topo.name),
                    ),
                )
            if context.dateline:
                here = context.dateline_place or self._dateline_place(context.dateline, context.dateline_parent)
                if here is not None:
                    same = [p for p in pool if (p.country, p.admin1) == (here.country, here.admin1)]
                    # (a division of the name 300 times weightier holds, as for document-province: "Nevada" in
                    # a report datelined in Ohio is the state, not Nevada, Ohio)
                    narrow(
                        "dateline-province",
                        _unless_division_dwarfs(pool, [p for p in same if p.kind is not PlaceKind.COUNTRY], topo.name),
                    )
            if context.focus_region is not None:
                region = context.focus_region
                narrow(
                    "focus-province",
                    # a region the report names outright yields to a capital as document-province does;
                    # one inferred from town names (Athens among Decatur and Macon) holds
                    _unless_division_dwarfs(
                        pool,
                        _unless_dwarfed(
                            pool,
                            [p for p in pool if _inside(p, region) or p == region],
                            capitals=region in context.document_regions,
                            name=topo.name,
                        ),
                        topo.name,
                    ),
                )
            if context.focus_country:
                narrow(
                    "focus-country",
                    # a national capital is lifted a hundredfold against a country inferred from names
                    _unless_dwarfed(
                        pool, [p for p in pool if p.country == context.focus_country], capitals=True, name=topo.name
                    ),
                )
            if context.nearby and len(pool) > 1:
                # coherence: among what is left, prefer a candidate near what the document has placed
                near = [p for p in pool if any(_close(p, q) for q in context.nearby)]
                # (a town among the document's towns is no province abroad of its name, however weighty:
                # "Baki" among Gebiley and Dila is the Somali town, not Azerbaijan's Baki)
                rivals = pool
                if topo.kind_hint is None and len(near) == 1 and near[0].kind in _SETTLEMENTS:
                    rivals = [p for p in pool if p.kind is not PlaceKind.ADMIN1 or p.country == near[0].country]
                kept = _unless_dwarfed(rivals, near, name=topo.name)
                narrow("nearby", kept if kept is near else pool)
            if context.beside and len(pool) > 1:
                # and of the namesakes left, the one beside the report's places: a village a few miles from
                # its towns over a larger namesake a county away ("Staveley" among Windermere and Ambleside)
                # (the places of other names only: a name's own namesakes do not vouch for one another)
                others = [q for q in context.beside if q not in pool]
                beside = [p for p in pool if any(_close(p, q, _BESIDE_KM) for q in others)]
                narrow("nearby", _unless_dwarfed(pool, beside, name=topo.name))
        best = pool[0]  # the weightiest: pool keeps the order of lookup
        if rule is None:
            rule = "unique" if len(places) == 1 else "population"
        if (
            rule in ("unique", "population")
            and context.focus_country
            and best.country != context.focus_country
            and best.kind in _SETTLEMENTS
            and best.population < _WEAK_ALIAS_POPULATION
            and name_key(best.name) != name_key(topo.name)
        ):
            # "THACO Group in Chu Lai" in a report on Vietnam is not Qulai, China, a hamlet filed under
            # that spelling among its other names: a guess, not a reading
            return self._at_home(text, places, context.focus_country, pool, topo.name)
        if (
            topo.parent is None
            and topo.region is None
            and context.focus_country
            and best.country != context.focus_country
            and all(w in DIRECTIONS for w in name_key(topo.name).replace("-", " ").split())
        ):
            # "the Central District of the state" in a report on Nigeria: a division named by a direction is one
            # of the report's country, not a namesake abroad (Israel's Central District)
            return Unresolved(text, f"no division of that name in {context.focus_country}", list(pool[:5]))
        if (
            rule in ("unique", "population")
            and topo.kind_hint is PlaceKind.ADMIN1
            and best.kind in _SETTLEMENTS
            and context.focus_country
            and best.country != context.focus_country
        ):
            # "the Tarno and Vesk regions" in a report on another country: a town abroad that bears the name
            # is no region of it; the region the table lacks is left unplaced
            return self._at_home(text, places, context.focus_country, pool, topo.name)
        if (
            rule == "population"
            and context.focus_country
            and best.country != context.focus_country
            and best.kind in _SETTLEMENTS
            and best.population < _BIG
            # ...but a national capital is no guess: "São Tomé" is the capital, whatever towns of Brazil
            # bear its name (the focus itself inferred from those namesakes)
            and best.geonameid not in load_capitals()
        ):
            # a small town abroad, chosen among namesakes only for its size, in a report about another
            # country: a guess, not a reading ("Centre Square", Saskatchewan, in a report on Middlesbrough)
            return self._at_home(text, places, context.focus_country, pool, topo.name)
        return Resolved(text, best, rule)

    @staticmethod
    def _at_home(
        text: str, places: Sequence[Place], focus: str, pool: Sequence[Place], name: str
    ) -> Resolved | Unresolved:
        """A settlement of the report's country that bears the name as another of its names, rather than a
        guess abroad ("Sudbury" in a report on Ontario is Greater Sudbury, not Sudbury, Suffolk; not a hamlet
        so known), or as its own name, however few the table counts there ("Chainpur", Nepal, whose population
        it does not give), else unresolved (``focus-country``)."""
        key = name_key(name)
        home = [
            p for p in places
            if p.country == focus and p.kind in _SETTLEMENTS
            and (p.population >= _WEAK_ALIAS_POPULATION or name_key(p.name) == key)
        ]  # fmt: skip
        if home:
            return Resolved(text, home[0], "focus-country")
        return Unresolved(text, f"no place of that name in {focus}", list(pool[:5]))

    def _resolve_alike(
        self,
        topo: Toponym,
        written: _Written,
        context: ResolveContext,
        alike: dict[_Written, Resolved | Unresolved],
    ) -> Resolved | Unresolved:
        """:meth:`resolve`, once for the mentions of one context written alike (``alike`` keeps them;
        ``written`` is :func:`_written` of ``topo``)."""
        found = alike.get(written)
        if found is None:
            found = alike[written] = self.resolve(topo, context)
        return found

    def document_context(
        self, text: str, toponyms: Sequence[Toponym], *, dateline: str | None = None
    ) -> ResolveContext:
        """Build the context a document gives: its divisions, its dateline, its focus country."""
        regions: list[Place] = []
        countries: defaultdict[str, float] = defaultdict(float)
        divisions: defaultdict[tuple[str, str], float] = defaultdict(float)
        seen: set[str] = set()
        divisions_named: list[list[Place]] = []  # each division named as such: its namesakes, weightiest first
        # "US President Joe Biden begins a visit to Ireland": a country written only as someone's
        # nationality ("US President", "British officials") says little about where the report is
        keys = [name_key(t.name) for t in toponyms]
        # (looked for after the names of countries only: a report may name a town thousands of times)
        first_named = dict(zip(reversed(keys), reversed(toponyms), strict=True))  # each key's first mention
        country_keys = {
            key for key, t in first_named.items() if (found := self._votes(t.name)[0]) and found[0].kind is PlaceKind.COUNTRY
        }
        as_nationality = Counter(
            key
            for t, key in zip(toponyms, keys, strict=True)
            if key in country_keys and _NATIONALITY_AFTER.match(text, t.end)
        )
        times_named = Counter(keys)
        for t, key in zip(toponyms, keys, strict=True):
            if key in seen:
                continue
            seen.add(key)
            places, shares = self._votes(t.name)
            if places and places[0].kind is PlaceKind.COUNTRY and as_nationality[key] == times_named[key]:
                shares = tuple(share * _NATIONALITY_VOTE for share in shares)
            counties = self._county_names(t)
            for state in counties:
                # "Greene County": a vote for each state that has one, shared
                divisions[("US", state)] += 1 / len(counties)
            if not places:
                code = demonym_country(t.name)
                if code:
                    countries[code] += 1
                continue
            first = places[0]
            # a division named as such ("Jiangsu Province", or a name that is only a division)
            named = t.kind_hint is PlaceKind.ADMIN1 or all(p.kind is PlaceKind.ADMIN1 for p in places)
            if first.kind is PlaceKind.ADMIN1 and named:
                divisions_named.append([p for p in places if p.kind is PlaceKind.ADMIN1])
            # each distinct name spreads one vote over where its candidates are, by their weight
            for p, share in zip(places, shares, strict=True):
                if p.country:
                    countries[p.country] += share
                if p.kind is not PlaceKind.COUNTRY and p.admin1 and not counties:
                    divisions[(p.country, p.admin1)] += share
        # each demonym written adds half a vote (in any order: the halves are alike)
        for written in _title_words(text).intersection(_DEMONYM_WORDS):
            countries[_DEMONYM_WORDS[written]] += 0.5
        for written, code in _DEMONYMS_ELSEWHERE:
            if written in text:
                countries[code] += 0.5
        dateline_key = name_key(dateline) if dateline else None
        parent = (
            next((t.parent for t, key in zip(toponyms, keys, strict=True) if t.parent and key == dateline_key), None)
            if dateline
            else None
        )
        here = None
        if dateline:
            here = self._dateline_place(dateline, parent)
            if here is not None and parent is None:
                here = self._dateline_among(dateline, here, divisions)
            if here is not None:
                countries[here.country] += 1
                divisions[(here.country, here.admin1)] += 1
        focus = max(sorted(countries), key=lambda c: countries[c]) if countries else None
        for namesakes in divisions_named:
            # "Central Region" in a report on Ghana is Ghana's, not Uganda's weightier namesake; "Punjab"
            # among Bihar's towns is India's: the name itself is no evidence for its weightiest division
            home = [p for p in namesakes if p.country == focus]
            chosen = (home or namesakes)[0]
            if chosen not in regions:
                regions.append(chosen)
        focus_region = None
        if divisions:
            (top, votes), *rest = sorted(divisions.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
            if votes >= _REGION_VOTES and (not rest or votes >= rest[0][1] + _REGION_MARGIN):
                focus_region = self._index.admin1(*top)
        return ResolveContext(
            document_regions=tuple(regions), dateline=dateline, dateline_parent=parent, focus_country=focus or None,
            focus_region=focus_region, dateline_place=here,
        )  # fmt: skip

    def resolve_document(
        self, text: str, *, dateline: str | None = None
    ) -> list[tuple[Toponym, Resolved | Unresolved]]:
        """Find every toponym in a document and resolve each in the document's context.

        Args:
            text: the document.
            dateline: the dateline place as written (``"HANGZHOU"``); found in the
                text when it opens a line as ``PLACE, Month day``.

        Returns:
            Each mention with its resolution, in text order.
        """
        toponyms = self.find(text)
        if dateline is None:
            dateline = dateline_of(text)
        return list(zip(toponyms, self.resolve_all(text, toponyms, dateline=dateline), strict=True))

    def resolve_all(
        self, text: str, toponyms: Sequence[Toponym], *, dateline: str | None = None
    ) -> list[Resolved | Unresolved]:
        """Resolve the mentions of one document together.

        Two passes: the first resolves every mention in the document's context; the
        second resolves again with the places the first pass settled firmly (by a
        descriptor, or because the name is unique) as anchors, so that an ambiguous
        name goes to the namesake near them (``nearby``).

        Args:
            text: the document.
            toponyms: its mentions (from :meth:`find` or :meth:`toponym_at`).
            dateline: the dateline place as written, if any.

        Returns:
            One resolution per mention, in the same order.
        """
        context = self.document_context(text, toponyms, dateline=dateline)
        alike: dict[_Written, Resolved | Unresolved] = {}
        writtens = [_written(t) for t in toponyms]  # read once for both passes
        # (the memo looked up inline: a report may name one place thousands of times)
        first = [
            found if (found := alike.get(w)) is not None else self._resolve_alike(t, w, context, alike)
            for t, w in zip(toponyms, writtens, strict=True)
        ]
        anchors = tuple(
            dict.fromkeys(
                r.place for r in first
                if isinstance(r, Resolved) and r.rule in _FIRM and r.place.kind in _SETTLEMENTS
            )
        )  # fmt: skip
        # the places a region of the report placed stand beside it too, for the namesake a few miles off
        beside = tuple(
            dict.fromkeys(
                r.place for r in first
                if isinstance(r, Resolved) and r.rule in _FIRM | _REGIONAL and r.place.kind in _SETTLEMENTS
            )
        )  # fmt: skip
        if anchors or beside:
            anchored = attrs.evolve(context, nearby=anchors, beside=beside)
            alike = {}
            first = [
                (found if (found := alike.get(w)) is not None else self._resolve_alike(t, w, anchored, alike))
                if isinstance(r, Resolved) and r.rule not in _FIRM and r.rule not in _BEFORE_NEARBY
                else r
                for t, w, r in zip(toponyms, writtens, first, strict=True)
            ]
        return _local_features(toponyms, self._listed_divisions(text, toponyms, first))

    def _listed_divisions(
        self, text: str, toponyms: Sequence[Toponym], results: list[Resolved | Unresolved]
    ) -> list[Resolved | Unresolved]:
        """Rule ``listed-division``: a bare name that is a first-level division, listed next to a first-level
        division of the same country, is that division ("rallies in Pennsylvania and Delaware" in a report
        datelined in Ohio: the state, not Delaware, Ohio; "Ohio, Nevada and Arizona").

        A list holds things of one kind: its items are joined only by a comma, "and", "or" or "&".
        """
        out = list(results)
        for i, (topo, found) in enumerate(zip(toponyms, results, strict=True)):
            if i and isinstance(found, Resolved) and found.place.kind is PlaceKind.CITY:
                # "Santa Fe, Cebu": a city after a comma that the name before has no place in, but a namesake
                # in the city's first-level division, is the city's province (a city-and-province name); the
                # name before is that namesake, not one abroad
                before, held = toponyms[i - 1], out[i - 1]
                if (
                    before.parent is None
                    and before.kind_hint is None
                    and _PARENT_JOINT.fullmatch(text, before.end, topo.start)
                    and not (
                        isinstance(held, Resolved)
                        # (a city of its own country, or a big city abroad beside it in a list: "Washington,
                        # London and Paris")
                        and (held.place.country == found.place.country or held.place.kind is PlaceKind.CITY)
                    )
                ):
                    near = [
                        p for p in self._priors(before.name).places
                        if p.kind in _SETTLEMENTS and p.country == found.place.country
                        and p.admin1 == found.place.admin1 and p.geonameid != found.place.geonameid
                    ]  # fmt: skip
                    if near:
                        out[i - 1] = Resolved(before.text, near[0], "descriptor-city")
                # the parent of the name before it ("Utica, New York"; "Kiev, Ukraine"): the division or
                # country that holds that place, whatever a bare name of it would be
                before, held = toponyms[i - 1], out[i - 1]
                if (
                    isinstance(held, Resolved)
                    and held.rule == "descriptor-province"
                    and before.parent is not None
                    and name_key(before.parent) == name_key(topo.name)
                    and _PARENT_JOINT.fullmatch(text, before.end, topo.start)
                ):
                    holders = [q for q in self._parent_places(topo.name) if _inside(held.place, q)]
                    if holders:
                        out[i] = Resolved(found.text, holders[0], "descriptor-parent")
                        continue
            if (
                not isinstance(found, Resolved)
                or found.place.kind in _REGIONS
                or topo.kind_hint is not None
                or found.rule == "descriptor-province"  # "Delaware, Ohio" read as a town in its state holds
                or found.place.geonameid in load_capitals()  # "in Washington and Virginia": the capital
            ):
                continue
            key = name_key(topo.name)
            divisions = [
                p for p in self._priors(topo.name).places if p.kind is PlaceKind.ADMIN1 and name_key(p.name) == key
            ]
            if not divisions:
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(toponyms):
                    continue
                other = out[j]
                if not isinstance(other, Resolved) or other.place.kind is not PlaceKind.ADMIN1:
                    continue
                a, b = (toponyms[j], topo) if j < i else (topo, toponyms[j])
                if not _LIST_JOINT.fullmatch(text, a.end, b.start):
                    continue
                same = [d for d in divisions if d.country == other.place.country]
                if same:
                    out[i] = Resolved(found.text, same[0], "listed-division")
                    break
        return out


def _local_features(
    toponyms: Sequence[Toponym], results: list[Resolved | Unresolved]
) -> list[Resolved | Unresolved]:
    """Place a name the table does not know at the report's main place (``document-place``).

    "Royal Street", "Lee Academy", "Third Presbyterian Church": a street, a building
    or a neighbourhood of a local report lies in the town the report is about, taken
    as the settlement it names most often. A name with a physical-feature word
    ("Neches River") and a county that is not in the table stay unresolved.
    """
    settled = [r.place for r in results if isinstance(r, Resolved) and r.place.kind in _SETTLEMENTS]
    if not settled:
        return results
    # the most named, the first named among equals (a count per place, not a scan per place)
    counts = Counter(settled)
    home = max(counts, key=counts.__getitem__)
    return [
        Resolved(r.text, home, "document-place")
        if isinstance(r, Unresolved) and not r.candidates and r.reason != NOT_A_PLACE_DIRECTION
        and not any(w.casefold() in _FEATURE_WORDS for w in t.name.split())
        else r
        for t, r in zip(toponyms, results, strict=True)
    ]  # fmt: skip


_SAINT = re.compile(r"^(?:st|saint)(?= )|^(?:ste|sainte)(?= )")


def _saint_key(key: str) -> str:
    """A name key with its leading "st"/"ste" written out ("st petersburg" -> "saint petersburg")."""
    return _SAINT.sub(lambda m: "sainte" if m.group().startswith("ste") else "saint", key) if key[:2] == "st" else key


@functools.lru_cache(maxsize=_LOOKUP_CACHE)
def _county_word(name: str) -> bool:
    """Tell whether a name ends with "County", "Parish" or "Borough" (asked for each mention)."""
    return _COUNTY_WORD.search(name) is not None


def _title_words(text: str) -> set[str]:
    """Return every capitalised word of a text with the space after it, alone and with the next one.

    A string of one or two such words ("Chinese ", "South African ") occurs in the
    text exactly when it is in this set.
    """
    pairs = _TITLE_WORDS.findall(text)
    return {*map(operator.itemgetter(0), pairs), *map("".join, pairs)}


def dateline_of(text: str) -> str | None:
    """Return the dateline place of a report ("HANGZHOU, Oct. 11 (Xinhua) --"), or ``None``."""
    m = re.search(
        r"(?m)^\s*([A-Z][A-Z .'\-]{2,40}?)(?:,\s*[A-Z][a-z]+\.?)?\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b", text
    )
    return m.group(1).strip() if m else None


_CAPITAL_LIFT = math.log(100)
_PARENT_JOINT = re.compile(r"\s*,\s*")  # between a place and its parent ("Utica, New York")
# what joins the items of a list ("Ohio, Nevada and Utah", "Iowa or Ohio", "Ohio & Utah")
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)")


def _alike(place: Place, parent: Place) -> bool:
    """Whether a place could stand beside ``parent`` in a list: a country beside a country, a first-level
    division beside one of the same country (or a place inside it, which is no list but its parent's)."""
    if place.kind is PlaceKind.COUNTRY:
        return parent.kind is PlaceKind.COUNTRY
    if place.kind is PlaceKind.ADMIN1:
        return parent.kind is PlaceKind.ADMIN1 and place.country == parent.country
    return True


def _unless_division_dwarfs(pool: list[Place], keep: list[Place], name: str) -> list[Place]:
    """Keep ``keep`` (a part of ``pool``) unless a country or division bearing ``name`` is 300 times weightier."""
    if not keep or len(keep) == len(pool):
        return keep  # nothing kept, or nothing left out
    key = name_key(name)
    inside = max(_weight(p) for p in keep)
    regions = (p for p in _left_out(pool, keep) if p.kind in _REGIONS and name_key(p.name) == key)
    return pool if any(_weight(p) - inside > _DWARF for p in regions) else keep


def _unless_dwarfed(
    pool: list[Place], keep: list[Place], *, capitals: bool = False, name: str | None = None
) -> list[Place]:
    """Keep ``keep`` unless a candidate left out is 300 times weightier (London, not London, Ohio).

    ``pool`` is in the order of :meth:`Gazetteer.lookup` (weightiest first) and ``keep``
    a part of it, so the weightiest of each comes first. Where the first kept bears ``name`` as its
    own name, a place that bears it only as another of its names does not count ("Wawa" in a report on
    Ontario is Wawa, Ontario, not Warsaw, which Poles also call Wawa).
    """
    if not keep or len(keep) == len(pool):
        return keep  # nothing kept, or nothing left out
    if name is not None and name_key(keep[0].name) == (key := name_key(name)):
        rivals = [p for p in pool if name_key(p.name) == key or p in keep]
        return keep if _unless_dwarfed(rivals, keep, capitals=capitals) is keep else pool
    inside = _weight(keep[0])
    left_out = next(_left_out(pool, keep), None)
    outside = -math.inf if left_out is None else _weight(left_out)
    if capitals and left_out is not None:
        return _unless_capital(pool, keep) if outside - inside <= _DWARF else pool
    return pool if outside - inside > _DWARF else keep


def _unless_capital(pool: list[Place], keep: list[Place]) -> list[Place]:
    """Keep ``keep`` unless a national capital left out outweighs it 300 times, lifted as a capital
    ("Washington" in a report that names Pennsylvania is still the capital)."""
    if not keep or len(keep) == len(pool):
        return keep
    capitals = load_capitals()
    inside = _weight(keep[0])
    lifted = (_weight(p) + _CAPITAL_LIFT for p in _left_out(pool, keep) if p.geonameid in capitals)
    return pool if any(w - inside > _DWARF for w in lifted) else keep


def _left_out(pool: list[Place], keep: list[Place]) -> Iterator[Place]:
    """Yield the places of ``pool`` not in ``keep``, telling most apart by identity."""
    same = {id(q) for q in keep}
    ids = {q.geonameid for q in keep}  # an equal place has the same id
    return (p for p in pool if id(p) not in same and (p.geonameid not in ids or p not in keep))


def _within(pool: list[Place], parents: Sequence[Place]) -> list[Place]:
    """Return ``[p for p in pool if any(_inside(p, q) or p == q for q in parents)]``, quicker.

    Inside or equal to a country is in its country; inside a division is in its
    division and no division itself; equal to a place has its country and division.
    """
    countries = {q.country for q in parents if q.kind is PlaceKind.COUNTRY}
    divisions = {(q.country, q.admin1) for q in parents if q.kind is PlaceKind.ADMIN1}
    where = {(q.country, q.admin1) for q in parents}
    kept = []
    for p in pool:
        if p.country in countries:
            kept.append(p)
            continue
        at = (p.country, p.admin1)
        if at in where and ((at in divisions and p.kind is not PlaceKind.ADMIN1) or p in parents):
            kept.append(p)
    return kept


def _inside(place: Place, parent: Place) -> bool:
    if parent.kind is PlaceKind.COUNTRY:
        return place.country == parent.country and place != parent
    if parent.kind is PlaceKind.ADMIN1:
        return (
            place.country == parent.country
            and place.admin1 == parent.admin1
            and place.kind is not PlaceKind.ADMIN1
        )
    return False


def _close(a: Place, b: Place, km: float = 200.0) -> bool:
    if a == b:
        return False
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    d = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(d))) <= km


@functools.cache
def _default() -> Gazetteer:
    return Gazetteer(load_index())
