"""Titled names in the text ("Chinese Vice Premier Zhang Guoqing", "Xi Jinping, general secretary of ..."), offices named alone, and the headline's subject."""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections.abc import Iterator, Sequence

import attrs
from attrs import frozen

from timeline._regex import (
    finditer_at_word_starts,
    first_letters,
    follows_a_word,
    holds_word,
    letter_first,
    words,
)
from timeline.people.names import _NAME_AFTER_OFFICE, _ROMAN, _SPOUSE_STYLES
from timeline.people.offices import (
    _BARE_SUBJECT,
    _BARE_WORD,
    _COURTESY,
    _EXCELLENCY_NAMED,
    _FULL_NAME_ALONE,
    _HE_OR_SHE_AFTER,
    _HONORIFIC,
    _JOURNEY_VERB,
    _JOURNEY_VERB_MORE,
    _JOURNEY_VERBS,
    _LEADING_STYLE,
    _LONE_OFFICES,
    _MONARCH_ALONE,
    _MONARCH_NEEDS,
    _MONARCH_PRONOUNS,
    _MORE_VERB_AT,
    _NAME,
    _NICKNAME,
    _NOT_NAME,
    _OFFICE,
    _OFFICE_SCAN,
    _OFFICE_WORDS,
    _OPENING,
    _POSSESSIVE,
    _PRONOUNS,
    _ROLES,
    _ROYAL,
    _ROYAL_NEEDS,
    _STYLE_OF_ADDRESS,
    _TITLED,
    _TITLED_SURNAME,
    _UNLISTED_OFFICE_WORDS,
)


def _monarch_by_office(text: str, word: str) -> str:
    """The office of the one monarch the report calls only by it ("the King"), where ``word`` is a
    name of one word the report goes on to call by that monarch's pronoun in its sentence or the next
    ("Charles shook hands as he made his way"); else ``""``."""
    if not any(n in text for n in _MONARCH_NEEDS):
        return ""
    offices = {m.group(1) for m in _MONARCH_ALONE.finditer(text)}
    if len(offices) != 1:
        return ""
    office = next(iter(offices))
    if re.search(rf"(?<![\w-]){office}\s+[A-Z]", text):
        return ""  # ("King Tomas" named: the office alone is his, and the word someone else)
    pronoun = _MONARCH_PRONOUNS[office]
    for at in re.finditer(rf"(?<![\w'’-]){re.escape(word)}\s+(?=[a-z])", text):
        window = re.match(r"[^.!?\n]*[.!?]?[^.!?\n]*", text[at.end() : at.end() + 300])
        if window is not None and re.search(rf"\b{pronoun}\b", window.group(), re.IGNORECASE):
            return office
    return ""


_INITIAL_BEFORE = re.compile(r"(?:^|[\s.])[A-Z]$")

_INITIAL_AT = re.compile(r"[A-Z]\.\s")

_BASE_FORMS = frozenset(("visit", "tour", "arrive", "travel to"))

_AUX_BEFORE = re.compile(
    r"\b(?:will|would|also|then|first|to|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+$"
)

# the word before a journey verb: a name's last is capitalised ("Roe", "Tuesday", "MP", "Jr."), an
# aside ends on a comma ("Jane Roe, 64, arrived"), or one of the words _BARE_SUBJECT lets follow a name
_WORD_BEFORE = re.compile(r"([^\s,]+|,)\s+$")

_LINKS_BEFORE_VERB = frozenset(
    ", has had will would also then later first to who scheduled expected due set slated he she".split(" ")
)


def _more_verbs_after_names(text: str, start: int, stop: int) -> list[tuple[int, str]]:
    """(start, words) of each of _JOURNEY_VERBS_MORE right after a capitalised word, in text order."""
    out = []
    for space in _MORE_VERB_AT.finditer(text, start, stop):
        at = space.start()
        before = text.rfind(" ", start, at) + 1 or start
        verb = _JOURNEY_VERB_MORE.match(text, at + 1, stop) if text[before : before + 1].isupper() else None
        if verb is not None:
            out.append((at + 1, verb.group()))
    return out


def _bare_subjects(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """Sentence openings "Name[, aside,] verb" for each journey verb in ``text[start:stop]``."""
    verbs = [(m.start(), m.group()) for m in finditer_at_word_starts(_JOURNEY_VERB, text, start, stop)]
    more = _more_verbs_after_names(text, start, min(stop, start + 300))  # (in a paragraph's opening)
    if more:  # (both in text order: merged, as heapq.merge would, at a fraction of its cost)
        verbs = sorted(verbs + more)
    for verb_start, verb in verbs:
        if verb in _BASE_FORMS and not _AUX_BEFORE.search(text, max(start, verb_start - 12), verb_start):
            continue  # "the visit", "a tour": a noun (the verb's bare form follows "will", "to")
        word = _WORD_BEFORE.search(text, max(start, verb_start - 30), verb_start)
        last = word.group(1) if word else ""
        if word is not None and not (
            last[0].isupper() or last.rpartition("-")[2][:1].isupper() or last in _LINKS_BEFORE_VERB
            or last.endswith(")")  # ("Jane Roe (pictured) arrived": see _BARE_SUBJECT)
        ):
            continue  # "two visits", "it arrived": no name ("al-Roe"), nor a word that may follow one, before it
        lo = max(start, verb_start - 120)
        # (not between initials: "J. D. Vance arrived")
        openings = [
            m.end()
            for m in _OPENING.finditer(text, lo, verb_start)
            if text[m.start() : m.start() + 1] != "."
            or not _INITIAL_AT.match(text, m.end())
            or not _INITIAL_BEFORE.search(text, max(0, m.start() - 2), m.start())
        ]
        if lo == start:
            openings.insert(0, start)
        for opening in openings[-2:]:
            found = _BARE_SUBJECT.fullmatch(text, opening, verb_start)
            if found is not None:
                yield found
                break


# "The King this morning visited Cardiff", "Her Majesty on Tuesday opened ...": the court circular's
# time of day (or the day) between the royal and the verb
_TIME_BEFORE_VERB = (
    r"(?:(?:(?:this|yesterday|on \w+day) (?:morning|afternoon|evening)|today|yesterday|tonight"
    r"|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?"
)

# "The Queen visited the city of Londonderry": a monarch the report never names (kept only where
# no one named holds the office: see Roster.from_mentions)
_NAMELESS_ROYAL = re.compile(
    # (its "T" before the look-behind on what precedes it, "(?<![\w-].)": the engine skips to the "T"s)
    r"(?P<name>[Tt](?<![\w-].)he (?P<office>Queen|King|Pope|Emperor|Empress"
    # styles that stand for the name: "The Prince of Wales visited Cardiff", "The Princess Royal",
    # "the Dalai Lama", "the Aga Khan"
    # ("The Prince and Princess of Wales visited Cardiff": a couple styled as one; the first named leads)
    # ("The Crown Prince of Denmark arrived")
    r"|(?:Crown Prince|Crown Princess|Prince|Princess|Duke|Duchess|Earl|Countess)(?: and (?:Princess|Duchess|Countess))?"
    r" of [A-Z][a-z]+(?: [A-Z][a-z]+)?"
    r"|Princess Royal|Dalai Lama|Aga Khan|[Pp]ontiff|Holy Father))"
    # "The King and The Queen Consort will then travel to Edinburgh": the first named leads
    # ("the Queen and Prince Philip toured Falmouth")
    r"(?:\s+and\s+(?:[Tt]he\s+)?(?:Queen|King|Prince|Princess|Emperor|Empress|Duke|Duchess|Earl|Countess)"
    # ("The Queen and the Duke of Edinburgh arrived": the consort's style with its "of")
    r"(?:\s+Consort|\s+Royal|\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|\s+[A-Z][a-z]+)?)?"
    # ("The King and Queen have arrived in France": a couple's verb in the plural)
    rf"(?:,[^,.;\n]{{3,80}},)?\s+(?:(?:has|have|had|was|were|is|are|will|would|also|then|later)\s+)*{_TIME_BEFORE_VERB}"
    rf"(?=(?:{_JOURNEY_VERBS})\b)"
)

# "Crowds turned out to welcome the Queen to Welshpool", "the Queen's visit to Welshpool": a monarch the
# report never names, welcomed to a town or visiting it (kept as _NAMELESS_ROYAL's are)
_NAMELESS_ROYAL_COMES = re.compile(
    r"(?:(?<=welcome )|(?<=welcomed )|(?<=greet )|(?<=greeted )|(?<=cheer )|(?<=cheered ))"
    r"(?P<name>the (?P<office>Queen|King|Emperor|Empress))\s+to\s+(?:[a-z]+\s+)?[A-Z]"
    r"|(?<![\w-])(?P<name2>[Tt]he (?P<office2>Queen|King|Emperor|Empress))['’]s\s+(?:[\w-]+\s+){0,2}?(?:visit|tour)\s+to\s+[A-Z]"
)

# "The Duke and Duchess of Kent had a busy day on their tour": a couple's style names two royals
# whatever verb follows (a sentence's opening: "met the Duke and Duchess of Kent" is the one met)
_COUPLE_STYLE = re.compile(
    r"(?P<name>The (?P<office>(?:Crown Prince|Prince|Duke|Earl) and (?:Crown Princess|Princess|Duchess|Countess)"
    r" of [A-Z][a-z]+(?: [A-Z][a-z]+)?))(?![\w-])"
)

# "Her Majesty visited Leeds", "Their Majesties will travel to Oslo": a monarch named by the style of
# address alone (a king's for "His" and "Their", a queen's for "Her"; dropped where the report names
# one of that office or the style is a named monarch's: see Roster.from_mentions)
_MAJESTY = re.compile(
    # ("His majesty departed", "her majesty visited": the style in lower case, as some copy writes it)
    r"(?<![\w-])(?P<name>(?:His|Her|his|her) [Mm]ajesty|Their Majesties)(?:,[^,.;\n]{3,80},)?"
    rf"\s+(?:(?:has|had|was|were|is|are|will|would|also|then|later)\s+)*{_TIME_BEFORE_VERB}(?=(?:{_JOURNEY_VERBS})\b)"
)

_MAJESTIES = frozenset(("His Majesty", "Her Majesty", "Their Majesties"))

# Offices of those styled "Majesty"
_MONARCHS = frozenset(
    "King Queen Emperor Empress Sultan Emir Amir Yang Grand Crown Prince Princess Shah Tsar Maharaja".split()
)

# Words of styles of address: "Her Majesty", "His Holiness", "Her Royal Highness" are no names
_ADDRESS_WORDS = frozenset("Majesty Majesties Highness Highnesses Holiness Excellency Eminence".split())

# What every _NAMELESS_ROYAL match holds: "the", a space and the style's first word (a cheap test)
_NAMELESS_ROYAL_NEEDS = (
    "he Queen", "he King", "he Pope", "he Emp", "he Crown", "he Prince", "he Duke", "he Duch", "he Earl",
    "he Countess", "he Dalai", "he Aga", "he Pontiff", "he pontiff", "he Holy",
)  # fmt: skip

# "Cai Qi, a member of ...", "his wife, Brigitte Macron": a person the text names without an office.
# (each way with the words every match of it holds: see _untitled)
_UNTITLED_WAYS = (
    (rf"(?P<name>{_NAME})(?:\s+\([^()\n]{{1,20}}\))?,\s+(?:also\s+)?a member of\b", ("a member of",)),
    (rf"\b(?:his|her) (?:wife|husband|spouse),\s+(?P<kin>{_NAME})", ("wife,", "husband,", "spouse,")),
    (rf"\b(?:accompanied|joined) by\s+(?P<by>{_NAME})", ("accompanied by", "joined by")),
    # "Prime Minister Imran Khan called his Bangladesh counterpart Sheikh Hasina": the same office
    (rf"\b(?:his|her|their)\s+(?:[A-Z][\w.-]*\s+){{0,2}}counterparts?,?\s+(?P<cp>{_NAME})", ("counterpart",)),
    # "Stefanik's opponent Democrat Tedra Cobb", "Republican challenger John Doe": a party's candidate
    # "Republican presidential candidate Donald Trump", "presidential hopeful Jane Roe"
    (
        rf"\b(?:(?:Democrat|Democratic|Republican|Labour|Conservative|Liberal|Independent)\s+"
        rf"(?:(?:presidential|Senate|gubernatorial|mayoral|congressional|parliamentary|party)\s+)?"
        rf"|(?:[Pp]residential|[Gg]ubernatorial|[Mm]ayoral)\s+(?=(?:candidate|nominee|hopeful|contender)\b))"
        # ("Conservative Leader Jane Roe": the party's leader; the office's word is no part of her name)
        rf"(?:(?:candidate|challenger|nominee|hopeful|incumbent|contender|front-?runner|[Ll]eader)\s+)?(?P<party>{_NAME})",
        (
            "Democrat", "Republican", "Labour", "Conservative", "Liberal", "Independent", "residential",
            "ubernatorial", "ayoral",
        ),
    ),
)  # fmt: skip

_UNTITLED = re.compile("(?:" + "|".join(way for way, _ in _UNTITLED_WAYS) + ")")


@functools.cache
def _untitled_way(i: int) -> re.Pattern[str]:
    """One way of _UNTITLED, compiled alone (on first use)."""
    return re.compile(f"(?:{_UNTITLED_WAYS[i][0]})")


class _Ways:
    """Ways of _UNTITLED each compiled alone, scanned as their alternation would be: at the leftmost
    place one matches, the first of them that matches there (a pattern per set of ways cost 10-20 ms to
    compile, and a new report often marks a new set)."""

    __slots__ = ("_patterns",)

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self._patterns = patterns

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        patterns = self._patterns
        found = [p.search(text, pos, endpos) for p in patterns]  # each way's next match
        while True:
            best = None
            for m in found:  # (the leftmost; the first way among those that start there)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end()  # (no way matches an empty text: each holds a name)
            for i, m in enumerate(found):
                if m is not None and m.start() < pos:
                    found[i] = patterns[i].search(text, pos, endpos)


@functools.cache
def _untitled_of(ways: tuple[bool, ...]) -> re.Pattern[str] | _Ways:
    """_UNTITLED with only the ways marked (the others dropped: the same matches where they cannot match)."""
    patterns = tuple(_untitled_way(i) for i, on in enumerate(ways) if on)
    return patterns[0] if len(patterns) == 1 else _Ways(patterns)


def _untitled(segment: str) -> re.Pattern[str] | _Ways | None:
    """_UNTITLED for a text, without the ways whose words it lacks (the name before "a member of",
    tried at every capital, is the costly one); None where none can match."""
    ways = tuple(any(needle in segment for needle in needles) for _, needles in _UNTITLED_WAYS)
    return _untitled_of(ways) if any(ways) else None


# "Zhao Leji, a member of the Standing Committee of ... and chairman of the National People's
# Congress Standing Committee, ...": the office that follows the membership clause (read from the
# end of "a member of").
_OFFICE_AFTER_MEMBERSHIP = re.compile(
    r"[^;.]{0,240}?(?:\s+and|,\s+who\s+is)\s+(?:also\s+)?(?:the\s+)?(?:Chinese\s+|Chinese\s+vice\s+)?"
    r"(?P<office>executive vice premier|vice premier|premier|vice president|president|vice chairman|chairman"
    r"|chairwoman|secretary|state councilor|director|head|minister)"
    r"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+|and\s+|for\s+)*(?:[A-Z][\w.'’-]*|\([A-Z]{2,}\))){0,10}))?"
    r"(?=\s*[,;]|\s+(?:has|had|was|is|made|paid|said|visited|inspected|conducted|on|in|during)\b)"
)

# "accompanied by Cai Qi and He Lifeng": the names listed after the first.
_MORE_NAMES = re.compile(rf"^(?:,\s*|\s+and\s+|,\s+and\s+)(?P<name>{_NAME})")

# "Sens. Kamala Harris of California, Cory Booker of New Jersey and Amy Klobuchar of Minnesota":
# one office in the plural before a list of names, each with its "of" place
_PLURAL_OFFICES = {
    "Sens.": "Senator", "Senators": "Senator", "Reps.": "Representative", "Govs.": "Governor",
    "Governors": "Governor", "Presidents": "President", "Prime Ministers": "Prime Minister",
}  # fmt: skip

_PLURAL_NEEDS = ("Sens.", "Senators", "Reps.", "Govs.", "Governors", "Presidents", "Prime Ministers")

_PLURAL_OFFICE = re.compile(
    r"\b(?P<office>" + "|".join(re.escape(o) for o in _PLURAL_OFFICES) + r")(?=\s+[A-Z])"
)

_LISTED_NAME = re.compile(
    rf"(?P<last>,?\s+and\s+)?(?:,\s*|\s+)?(?P<name>{_NAME})(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
)

# What every _UNTITLED match contains, looked for (cheaply) before the pattern is run.
_UNTITLED_NEEDS = (
    "a member of",
    "wife,",
    "husband,",
    "spouse,",
    "accompanied by",
    "joined by",
    "counterpart",
    "Democrat",
    "Republican",
    "Labour ",
    "Conservative ",
    "Liberal ",
    "Independent ",
    "residential ",
    "ubernatorial ",
    "ayoral ",
)

# A family name that is also an English word opening sentences ("He Lifeng" / "He said") is no alias.
_AMBIGUOUS_SURNAMES = frozenset({"He", "She", "We", "It", "An", "So", "Do"})

# "Ruritania's first female president", "the new prime minister": words of standing before an office
_STANDING_WORDS = (
    r"(?:(?:first|new|newly elected|newly appointed|current|incumbent|outgoing|female|woman|long-serving"
    r"|longtime|veteran|then|former|ruling|reigning|interim|acting|\d{2}-year-old)\s+){0,3}"
)

_APPOSITION = re.compile(
    # ("Jane Roe, Chinese vice premier,": a nationality may stand before the office)
    # ("Jane Roe, Kenya's president,": or the country's possessive)
    # ("Jane Roe, Sri Lanka's president,", "Jane Roe, the U.N. secretary-general,": a country of two words)
    # ("Jane Roe Jr., the president,": the suffix is not the name)
    # ("Jane Roe, who is Ghana's foreign minister,": a relative clause giving the office)
    rf"(?P<name>{_NAME})(?:,?\s+(?:Jr|Sr)\.?)?,\s+(?P<who>who\s+is\s+)?(?P<also>also\s+)?(?:the\s+)?"
    rf"(?:(?:[A-Z][\w.'’-]*\s+){{1,2}}|(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['’]s\s+)??{_STANDING_WORDS}"
    rf"(?P<office>(?:{_OFFICE.lower()}|general secretary|secretary|chairman|chairwoman|chief|head of state"
    rf"|head of government|head|leader)"
    r"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+|and\s+|for\s+)*(?:[A-Z][\w.'’-]*|\([A-Z]{2,}\))){0,9}))?)"
    r"(?=[,.;]|\s+and\s|\s+on\s|\s+has\s|\s+said\s|\s+since\s)"
)

# Words of a body, not a country: "president of the European Commission" keeps its "of"
_BODY_WORDS = frozenset(
    "Committee Commission Council Party Bank Union Organization Organisation Assembly Congress Conference"
    " Fund Forum Board Agency Authority Group Court Senate Parliament Association Federation League Ministry"
    " Department Office University Company Corporation Institute Academy Foundation Movement Front Church"
    " Standing Central National People's Community Staff Affairs Security Defence Defense Forces Army".split()
)


def _a_body(of: str) -> bool:
    """Whether the words after an office's "of" name a body it heads, not the country it is held of
    (nor a state's style: "the People's Republic of China", "the United Arab Emirates")."""
    if _STATE_STYLE.match(of):
        return False
    words = of.removeprefix("the ").split()
    return len(words) > 3 or any(w in _BODY_WORDS for w in words) or "(" in of


_STATE_STYLE = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w'’]*\s+){0,3}(?:Republic|Kingdom|Federation|Emirates|Sultanate|Commonwealth|States)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})?$"
)


def _of_country(office: str, of: str | None) -> str:
    """The office without the country it is held of ("the president of Ghana" is the President), but
    with the body it heads ("president of the European Commission")."""
    if of is None or _a_body(of):
        return office
    head = office[: office.rfind(of)].rstrip() if of in office else office
    return head.removesuffix(" of").rstrip() if head.endswith(" of") else office


# What every _APPOSITION match contains after the name: a cheap scan (it opens on a literal comma).
_APPOSITION_CUE = re.compile(
    rf",\s+(?:who\s+is\s+)?(?:also\s+)?(?:the\s+)?(?:(?:[A-Z][\w.'’-]*\s+){{1,2}}|(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['’]s\s+)?"
    # (the offices gathered by their first letter: at each comma the engine tries those of one letter)
    rf"{_STANDING_WORDS}(?:{letter_first(f'{_OFFICE.lower()}|general secretary|secretary|chairman|chairwoman|chief|head|leader')})"
)

# "Jane Roe, Kenyan Foreign Minister, arrived", "Prince Jane Roe, Saudi Deputy Crown Prince,": an
# office in capitals set off by commas after the name (found from the office; the name before it)
# (tried at every comma of a paragraph: its office opens on a guard of the letters offices open on,
# and the words before it are read without backtracking, "++" and "*+", which finds the same: the
# letters of such a word are never a space or an apostrophe)
_CAPITAL_APPOSITION_CUE = re.compile(
    rf",\s+(?:the\s+)?(?:[A-Z][a-z]++\s+|[A-Z][\w.-]*+['’]s\s+)??(?P<office>{first_letters(_OFFICE)}(?:{_OFFICE}))(?=,)"
)

_NAME_ENDING = re.compile(rf"(?<![\w'’.-])(?P<name>{_NAME})$")

# "H.E Imran Khan, Prime Minister of Pakistan has arrived", "Jane Roe, the President of Kenya,": an
# office in capitals after the name, with the country it is held of
_APPOSITION_OF = re.compile(
    # ("Jane Roe, Minister for Foreign Affairs and Trade, arrived": "for" a portfolio)
    # ("Jane Roe, Vice President and Prime Minister of Ruritania,": two offices held of one country)
    rf"(?P<name>{_NAME}),\s+(?:the\s+)?(?P<office>(?:{_OFFICE})(?:\s+and\s+(?:{_OFFICE}))?)\s+(?P<prep>of|for)\s+"
    # ("Jane Roe, Secretary of the CPC Ruritania Provincial Committee and Chairman of the Standing
    # Committee of Ruritania Provincial People's Congress,": a second office held of its own body)
    r"(?P<of>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?|and\s+[A-Z][\w.'’-]*\s+of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){0,12})"
    r"(?=\s*,|\s+(?:has|had|is|was|will|who|arrived|left|visited|reached|landed)\b)"
)

_OFFICE_BY_LETTER = letter_first(_OFFICE, cased=True)  # (the offices gathered by their first letter)

_APPOSITION_OF_CUE = re.compile(
    rf",\s+(?:the\s+)?(?:{_OFFICE_BY_LETTER})(?:\s+and\s+(?:{_OFFICE_BY_LETTER}))?\s+(?:of|for)\s+(?:the\s+)?[A-Z]"
)

# "German Chancellor", "U.S. Secretary of State": the traveller's own country.
DEMONYMS = {
    "Chinese": "CN",
    "German": "DE",
    "French": "FR",
    "British": "GB",
    "U.S.": "US",
    "US": "US",
    "American": "US",
    "Indian": "IN",
    "Russian": "RU",
    "Japanese": "JP",
    "Korean": "KR",
    "South Korean": "KR",
    "Kazakh": "KZ",
    "Italian": "IT",
    "Spanish": "ES",
    "Canadian": "CA",
    "Australian": "AU",
    "Brazilian": "BR",
    "Mexican": "MX",
    "Vietnamese": "VN",
    "Lao": "LA",
    "Pakistani": "PK",
    "Turkish": "TR",
    "Iranian": "IR",
    "Egyptian": "EG",
    "South African": "ZA",
    "Nigerian": "NG",
    "Indonesian": "ID",
    "Malaysian": "MY",
    "Thai": "TH",
    "Singaporean": "SG",
    "Philippine": "PH",
    "Polish": "PL",
    "Dutch": "NL",
    "Belgian": "BE",
    "Swiss": "CH",
    "Austrian": "AT",
    "Swedish": "SE",
    "Norwegian": "NO",
    "Danish": "DK",
    "Finnish": "FI",
    "Greek": "GR",
    "Portuguese": "PT",
    "Hungarian": "HU",
    "Serbian": "RS",
    "Ukrainian": "UA",
    "Israeli": "IL",
    "Saudi": "SA",
    "Emirati": "AE",
    "Argentine": "AR",
    "Chilean": "CL",
    "Peruvian": "PE",
    "Colombian": "CO",
    "Cuban": "CU",
    "Irish": "IE",
    "Mongolian": "MN",
    "Uzbek": "UZ",
    "Kyrgyz": "KG",
    "Tajik": "TJ",
    "Turkmen": "TM",
    "Cambodian": "KH",
    "Nepali": "NP",
    "Sri Lankan": "LK",
    "Bangladeshi": "BD",
    "Kenyan": "KE",
    "Ethiopian": "ET",
    "Algerian": "DZ",
    "Moroccan": "MA",
    # (more of the countries whose leaders travel in the reports)
    "Nepalese": "NP", "Bhutanese": "BT", "Maldivian": "MV", "Afghan": "AF", "Iraqi": "IQ", "Syrian": "SY",
    "Lebanese": "LB", "Jordanian": "JO", "Palestinian": "PS", "Qatari": "QA", "Kuwaiti": "KW",
    "Bahraini": "BH", "Omani": "OM", "Yemeni": "YE", "Tunisian": "TN", "Libyan": "LY", "Sudanese": "SD",
    "Ghanaian": "GH", "Ugandan": "UG", "Tanzanian": "TZ", "Rwandan": "RW", "Zambian": "ZM",
    "Zimbabwean": "ZW", "Mozambican": "MZ", "Angolan": "AO", "Namibian": "NA", "Senegalese": "SN",
    "Ivorian": "CI", "Cameroonian": "CM", "Malian": "ML", "Gambian": "GM", "Liberian": "LR",
    "Somali": "SO", "Djiboutian": "DJ", "Eritrean": "ER", "Malawian": "MW", "Venezuelan": "VE",
    "Bolivian": "BO", "Ecuadorian": "EC", "Uruguayan": "UY", "Paraguayan": "PY", "Panamanian": "PA",
    "Guatemalan": "GT", "Honduran": "HN", "Salvadoran": "SV", "Nicaraguan": "NI", "Haitian": "HT",
    "Jamaican": "JM", "Czech": "CZ", "Slovak": "SK", "Slovenian": "SI", "Croatian": "HR", "Albanian": "AL",
    "Bulgarian": "BG", "Romanian": "RO", "Moldovan": "MD", "Belarusian": "BY", "Lithuanian": "LT",
    "Latvian": "LV", "Estonian": "EE", "Armenian": "AM", "Azerbaijani": "AZ", "Icelandic": "IS",
    "Maltese": "MT", "Cypriot": "CY", "Fijian": "FJ", "Taiwanese": "TW", "North Korean": "KP",
    "Bruneian": "BN", "Myanmar": "MM", "Burmese": "MM", "Laotian": "LA", "Kazakhstani": "KZ",
    "Tajikistani": "TJ", "Uzbekistani": "UZ", "Slovakian": "SK",
}  # fmt: skip

_DEMONYMS_OF: dict[str, tuple[str, ...]] = {}
for _demonym, _code in DEMONYMS.items():
    _DEMONYMS_OF[_code] = (*_DEMONYMS_OF.get(_code, ()), _demonym)  # "the U.S. secretary of state" too

_DEMONYM_BEFORE = re.compile(
    r"(?:^|[\s(“\"])(" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=lambda w: (-len(w), w))) + r")\s+$"
)


@frozen
class PersonMention:
    """A full mention of a person: the name, the office the text gives, and where."""

    start: int
    end: int
    name: str
    title: str
    rule: str
    name_start: int
    name_end: int
    country: str = ""
    nickname: str = ""  # "Jokowi" of "Joko (Jokowi) Widodo" or "Joko Widodo (Jokowi)"
    origin: str = ""  # the country named with the office: "Sri Lanka" of "Prime Minister of Sri Lanka"
    styles: tuple[str, ...] = ()  # "Duke of Kent" of "Prince Jane Roe, the Duke of Kent,": a style set beside the name


_NICKNAME_IN_NAME = re.compile(rf"\s+{_NICKNAME}(?=\s)")

# "Al-Muhtadee Billah Sultan Hassanal Bolkiah": a royal style inside a run of names opens the
# father's name (a patronymic), not more of the person's own
_STYLE_INSIDE = frozenset("Sultan King Queen Prince Princess Emir Emperor".split())


def _clean_name(name: str) -> str:
    words = [w for w in _NICKNAME_IN_NAME.sub("", name).split() if w != "Dr."]
    if len(words) >= 3 and words[0].rstrip(".") in _COURTESY:
        words = words[1:]  # "Mrs Theresa May, the Prime Minister,": the courtesy is no part of the name
    possessive = next((i for i, w in enumerate(words) if w[-2:] in ("'s", "’s")), None)
    if possessive is not None:
        # "President Jane Roe's visit", "Secretary Rice’s Travel to ...": the name ends at its possessive
        words = [*words[:possessive], words[possessive][:-2]]
    # ("President Dr Jane Roe Chief Adviser Dr John Doe": an office opens the next person, not more name)
    cut = next((i for i, w in enumerate(words) if i >= 2 and (w in _STYLE_INSIDE or w in _OFFICE_WORDS)), len(words))
    words = words[:cut]
    # ("Pope Jane Begins Six Day Visit", "Jane Roe Arrives In Lyon": a headline's capitalised verb ends the name)
    words = words[: next((i for i, w in enumerate(words) if i >= 1 and w in _HEADLINE_VERBS), len(words))]
    while words and words[-1] in _NOT_NAME:
        if len(words) == 2 and words[-1] in _MONTH_SURNAMES:
            break  # "Theresa May": a surname spelt as a month, not "Theresa" before a date
        words.pop()
    return " ".join(words)


_MONTH_SURNAMES = frozenset("May June April August".split())

# A headline's verbs, capitalised with its other words (see _clean_name)
_HEADLINE_VERBS = frozenset(
    "Arrives Visits Meets Departs Returns Begins Leaves Tours Travels Flies Lands Embarks Concludes Wraps Ends Pays".split()
)

_QUOTED_NICKNAME = re.compile(r"[“\"](?P<nick>[^\W\d_][\w'’-]*)[”\"]")

_BRACKETED_NICKNAME = re.compile(r"\s*\((?P<nick>[A-Z][a-z][\w'’-]+)\)")


def _nickname(name: str, text: str, end: int) -> str:
    """The name the report also uses: "Joko “Jokowi” Widodo", "Joko Widodo (Jokowi)"."""
    found = _QUOTED_NICKNAME.search(name) or _BRACKETED_NICKNAME.match(text, end)
    return found.group("nick") if found else ""


# Royal styles a name may carry beside an office it holds ("Prince Jane Roe, Saudi Deputy Crown Prince,")
_STYLE_TITLES = frozenset({"Prince", "Princess"})

_ABBREVIATION = re.compile(r"\s+\([A-Z]{2,}\)")

_SPELLED_OUT = {
    "Gov.": "Governor", "Sen.": "Senator", "Pres.": "President", "Rep.": "Representative",
    "Sec.": "Secretary", "Lt. Gov.": "Lieutenant Governor", "Lt. Governor": "Lieutenant Governor",
    "Amb.": "Ambassador", "Gov. Gen.": "Governor General", "Gov.-Gen.": "Governor General",
    # "PM Modi arrived in Dhaka", "CM Mamata Banerjee toured the district"
    "PM": "Prime Minister", "CM": "Chief Minister", "VP": "Vice President", "FM": "Foreign Minister",
}  # fmt: skip


def _office(office: str, of: str | None, prep: str = "of") -> str:
    """The office in title case, with its "of" (or "for") part where the office needs one to mean anything."""
    office = _SPELLED_OUT.get(office, office)
    title = " ".join(
        # ("secretary-general" is the Secretary-General)
        w if w.isupper() or w in ("of", "the", "and") else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
        for w in office.split()
    )
    title = _ABBREVIATION.sub("", title)  # "the Communist Party of China (CPC) Central Committee"
    of = _ABBREVIATION.sub("", of) if of else of
    # ("Deputy Prime Minister and Minister for Foreign Affairs": the last of two offices takes the "for")
    if of and title.rpartition(" and ")[2] in (
        "Secretary", "Minister", "Chairman", "Chairwoman", "Vice Chairman", "Governor", "Mayor",
        "Party Secretary", "Director", "Head", "Minister of State", "Ambassador", "High Commissioner", "Envoy",
        "Special Envoy",
    ):  # fmt: skip
        title = f"{title} {prep} {of}"  # "Minister for Agriculture" as the report writes it
    return title


# "Azerbaijan's President Heidar Aliyev": the country before the office
_POSSESSOR_BEFORE = re.compile(r"(?:^|[\s(“\"])((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)['’]s\s+$")

_NAME_BEFORE = re.compile(r"(?:^|[\s(“\"])((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)\s+$")


def _origin(text: str, match: re.Match[str], of: str | None) -> str:
    """The words naming the office-holder's country: "of Sri Lanka" after the office, "Azerbaijan's" before."""
    if of:
        return of.removeprefix("the ")
    before = _POSSESSOR_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None:
        # "Pakistan President Pervez Musharraf": a country's name used as the office's adjective
        # (only a name the gazetteer knows as a country counts: see extract.roster._home_countries)
        before = _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
        # ("Kenyan PM Jane Roe": a nationality, read as the mention's country, is no country's name)
        if before is not None and before.group(1) in DEMONYMS:
            return ""
    return before.group(1) if before else ""


# "Deputy Prime Minister and Foreign Minister Ishaq Dar": two offices joined before one name
_JOINT_OFFICE = re.compile(rf"(?<![\w-])(?P<first>{_OFFICE})\s+and\s+$")

# "Lok Sabha Speaker Om Birla", "Dewan Rakyat Speaker": the chamber a speaker presides over
_CHAMBER = re.compile(r"(?<![\w'’-])((?:[A-Z][a-z]+ ){1,2})$")

# "Deputy Crown Prince", "Lord Mayor", "Cabinet Secretary", "Union Minister", "Acting President",
# "Foreign Affairs Minister": words that qualify the office after them are part of it
_OFFICE_QUALIFIER = re.compile(
    r"(?<![\w'’.-])((?:(?:Deputy|Vice|Lord|Cabinet|Chief|State|Union|Senior|Acting|Interim|Party|Foreign Affairs"
    r"|Home Affairs|Provincial|Regional|Federal) )+)$"
)

# the nouns of ministers' portfolios ("Minister for Commerce and Supplies", "Minister of Women, Children
# and Social Welfare"), and the words that join them
_PORTFOLIO_NOUNS = frozenset(
    """Affairs Agriculture Aviation Children Civil Climate Commerce Communications Community Cooperation
    Culture Defence Defense Development Digital Economy Economic Education Employment Energy Enterprise
    Environment Equality Finance Fisheries Foreign Forestry Gender Governance Health Heritage Higher Home
    Housing Industry Industries Information Infrastructure Innovation Interior Internal International
    Investment Irrigation Justice Labour Labor Land Lands Livestock Local Mines Mining National Natural
    Petroleum Planning Police Public Regional Relations Religious Resources Roads Rural Safety Science
    Security Services Social Sport Sports Supplies Supply Technology Tourism Trade Training Transport
    Treasury Urban Veterans Water Welfare Women Works Youth Arts Government Family Cabinet Overseas
    Power Railways Shipping Ports Highways Telecommunications Textiles Tribal Minority Minorities""".split()
)

_PORTFOLIO_JOINERS = frozenset(("and", "of", "the", "&", "for"))


def _portfolio_words(words: Sequence[str]) -> int:
    """How many of ``words`` (after "Minister for") are the portfolio's: its nouns and joiners, ending
    on a noun; all of them where a word is neither (the portfolio is read as written)."""
    count = 0
    for i, word in enumerate(words):
        bare = word.strip(",")
        if bare in _PORTFOLIO_NOUNS:
            count = i + 1
        elif "-" in bare and i + 1 < len(words) and words[i + 1].strip(",") in _PORTFOLIO_NOUNS:
            continue  # "Fisheries and Inter-Island Affairs": a joined word qualifying the next noun
        elif bare not in _PORTFOLIO_JOINERS:
            return count if count else len(words)
    return len(words)


# a courtesy title opening a name read without an office ("his wife, Mrs Jane Roe")
_COURTESY_OPENING = re.compile(r"(?:Mrs|Mr|Ms|Mme|Madam|Madame|Dr|Lady|Dame|Sir)\.?\s+(?=[A-Z])")


def _opens_on_common_word(name: str) -> bool:
    """Whether a name's first word is a common word ("The", "On"), not a name's; a letter before two
    names is an initial, not the article ("Chief Minister A Revanth Reddy")."""
    words = name.split()
    if words[0] in _MONTH_GIVEN_NAMES and len(words) >= 2 and words[1][:1].isupper() and words[1] not in _NOT_NAME:
        return False  # "Prime Minister Jan Fischer", "President June Carter": a given name spelt as a month
    return words[0] in _NOT_NAME and not (len(words[0]) == 1 and len(words) >= 3)


_MONTH_GIVEN_NAMES = _MONTH_SURNAMES | {"Jan"}

_NAME_AT = re.compile(_NAME)

# Divisions and countries whose names are also given names ("Sabah Al Ahmad Al Sabah", "Victoria Ann Roe")
_GIVEN_LIKE_PLACES = frozenset(
    "Georgia Victoria Virginia Carolina Jordan Chad Israel Sabah Maria Santa Salvador Washington".split()
)


def _jurisdiction_words(words: Sequence[str]) -> int:
    """How many of a titled name's first words name a first-level division or a country (1 or 2), where
    at least two words are left for the name; else 0."""
    if len(words) < 3 or words[0] in _GIVEN_LIKE_PLACES:
        return 0
    if re.fullmatch(r"[A-Z]\.?", words[1]):
        return 0  # "President Michael D. Higgins": a word a middle initial follows is a given name
    from gazetteer import Gazetteer, PlaceKind  # (the people reader needs the gazetteer only here)

    gazetteer = Gazetteer.default()
    for n in (2, 1):
        if len(words) - n >= 2 and any(
            p.kind in (PlaceKind.ADMIN1, PlaceKind.COUNTRY) for p in gazetteer.lookup(" ".join(words[:n]))
        ):
            return n
    return 0


def _titled_mention(text: str, match: re.Match[str]) -> PersonMention | None:
    """The mention a _TITLED match makes, unless its name is one word or not a name."""
    name = _clean_name(match.group("name"))
    name_start = match.start("name")
    of = match.group("of")
    country_words = _country_words(of) if of and _office(match.group("office"), None) in _OF_A_COUNTRY else len(of or "")
    if of and country_words < len(of.split()):
        # "President of Kenya Jane Mary Roe", "High Commissioner to India Jane Mary Roe": a country is one
        # word, or two that open as countries' names do ("South Africa"); the words after it are the name's
        name_start = match.start("of") + len(" ".join(of.split()[:country_words])) + 1
        name = _clean_name(text[name_start : match.end("name")])
        of = " ".join(of.split()[:country_words])
    if of and match.group("prep") == "for" and (portfolio := _portfolio_words(of.split())) < len(of.split()):
        # "Minister for Commerce and Supplies Sunil Bahadur Thapa": the portfolio's words are a
        # ministry's nouns; the name begins at the first word that is none
        name_start = match.start("of") + len(" ".join(of.split()[:portfolio])) + 1
        name = _clean_name(text[name_start : match.end("name")])
        of = " ".join(of.split()[:portfolio])
    if name.startswith("of ") and (comma := text.find(", ", name_start, match.end("name"))) > 0:
        # "Minister for Foreign Affairs of Japan, Kamikawa Yoko": the country set off by its comma is the
        # office's; the name follows it
        name_start = comma + 2
        name = _clean_name(text[name_start : match.end("name")])
    if (lead := _jurisdiction_words(name.split())) and not of:
        # "Chief Minister Punjab Maryam Nawaz", "Governor Sindh Kamran Tessori": the office's province
        # or country written between it and the name is no part of the name
        name_start += len(" ".join(name.split()[:lead])) + 1
        whole = _NAME_AT.match(text, name_start)  # (the name may run on past the words read with the place)
        name = _clean_name(text[name_start : max(match.end("name"), whole.end() if whole else 0)])
    if len(name.split()) < 2 and not _ROMAN.match(name.split()[-1] if name else ""):
        return None
    if name.split()[-1] in _ROLES:
        return None  # "The Prince of Wales, Joint Patron, the Royal Foundation, ...": a role, not a name
    if not name or (_opens_on_common_word(name) and name.split()[0] not in _NAME_AFTER_OFFICE):
        return None
    demonym = _DEMONYM_BEFORE.search(text, max(0, match.start() - 20), match.start())
    title = _office(match.group("office"), of, match.group("prep") or "of") + (match.group("elect") or "")
    at = match.start()
    qualifier = _OFFICE_QUALIFIER.search(text, max(0, at - 40), at)
    if qualifier is not None:
        title, at = f"{qualifier.group(1)}{title}", qualifier.start()
    if (
        text.endswith("and ", 0, at)
        # (not "the Maldivian President and First Lady Jane Roe": the president's spouse, named alone)
        and title.lower() not in _SPOUSE_STYLES
        and (joint := _JOINT_OFFICE.search(text, max(0, at - 50), at))
    ):
        # "Deputy Prime Minister and Foreign Minister", "Party General Secretary and State President"
        first_qualifier = _OFFICE_QUALIFIER.search(text, max(0, joint.start() - 40), joint.start())
        first = _office(joint.group("first"), None)
        title = f"{first_qualifier.group(1) if first_qualifier else ''}{first} and {title}"
    elif qualifier is None and title == "Speaker" and (chamber := _CHAMBER.search(text, max(0, at - 30), at)):
        words = [w for w in chamber.group(1).split() if w not in DEMONYMS]
        if words and not any(w in _NOT_NAME or w in _OFFICE_WORDS for w in words):
            title = f"{' '.join(words)} Speaker"  # "Lok Sabha Speaker Om Birla"
    return PersonMention(
        match.start(),
        name_start + len(name),
        name,
        title,
        "title-before-name",
        name_start,
        name_start + len(name),
        DEMONYMS[demonym.group(1)] if demonym else "",
        # ("Leader of the Opposition (LoP) Jane Roe ... the LoP arrived": the office's short form calls her)
        _nickname(match.group("name"), text, match.end("name")) or (match.group("short") or match.group("short2") or "")[1:-1],
        # (an envoy's country after "to" is the host's: the envoy's own is the possessive before the office)
        _origin(text, match, of if match.group("prep") != "to" else None),
    )


# Offices held of a country (or, for an envoy, to one): "President of Kenya", "Ambassador to Ghana"
_OF_A_COUNTRY = frozenset(
    "President|Prime Minister|Vice President|Deputy Prime Minister|King|Queen|Emir|Amir|Sultan|Emperor"
    "|Crown Prince|Ambassador|High Commissioner|Envoy|Special Envoy".split("|")
)

# Countries' names of more than one word, by their opening words ("South Africa", "Papua New Guinea")
_LONG_COUNTRIES = (
    "South Africa", "South Korea", "North Korea", "South Sudan", "North Macedonia", "New Zealand", "Saudi Arabia",
    "Sri Lanka", "United States", "United Kingdom", "United Arab Emirates", "Costa Rica", "El Salvador",
    "Sierra Leone", "Burkina Faso", "Cape Verde", "Czech Republic", "East Timor", "Papua New Guinea",
    "Solomon Islands", "Marshall Islands", "Dominican Republic", "San Marino", "Puerto Rico", "Equatorial Guinea",
    "Ivory Coast", "Saint Lucia", "Vatican City", "Hong Kong",
)  # fmt: skip


def _country_words(of: str) -> int:
    """How many words of an office's "of" part name a country, where a name follows: one, or the
    words of a country's longer name; every word for a body's ("of the Regional Development Bank"),
    for one led by "the" ("of the Republic of Azerbaijan") or one holding "and" ("of Trinidad and Tobago")."""
    words = of.split()
    if words[0] == "the" or len(words) == 1 or any(w in _BODY_WORDS or not w[:1].isupper() for w in words):
        return len(words)
    return next((len(c.split()) for c in _LONG_COUNTRIES if of.startswith(c + " ") or of == c), 1)


# Offices written in lower case, as many British, Australian and Indian papers write them: "French
# president Emmanuel Macron", "the prime minister, Boris Johnson,", "Australia's foreign minister
# Penny Wong". Only after "the", a nationality or a possessive, and before a full name.
_LOWER_OFFICES = sorted(
    """prime minister|deputy prime minister|president|vice president|vice-president|chancellor
    |foreign minister|foreign secretary|defence minister|defense minister|defence secretary
    |defense secretary|secretary of state|secretary-general|secretary general|governor-general
    |governor general|governor|chief minister|first minister|premier|finance minister|home secretary
    |home minister|health minister|trade minister|interior minister|external affairs minister
    |crown prince|first lady|leader|chief|foreign policy chief|head of state|chief adviser|top diplomat|chief diplomat
    |legislator|top legislator|lawmaker|top lawmaker|political advisor|top political advisor|political adviser
    |top political adviser|emir|sultan|deputy president|army chief|military chief|mayor|deputy mayor|lord mayor|senator|congressman|congresswoman|minister""".replace("\n", "").split("|"),
    key=len,
    reverse=True,
)

_LOWER_OFFICE = words(r"\b(?:" + "|".join(re.escape(o.strip()) for o in _LOWER_OFFICES) + r")\b")  # (letters first: quick to scan)

# every office of _LOWER_OFFICES holds one of these: a paragraph with none is not scanned for them
_LOWER_OFFICE_NEEDS = (
    "minister", "president", "chancellor", "secretary", "governor", "premier", "crown prince", "first lady",
    "leader", "chief", "head of state", "diplomat", "legislator", "lawmaker", "advis", "sultan", "emir", "mayor", "senator", "congress",
)  # fmt: skip

# "Prime minister Narendra Modi arrived": a paragraph opening on an office of two words or more
_OPENING_OFFICES = tuple(o.strip()[0].upper() + o.strip()[1:] for o in _LOWER_OFFICES if " " in o.strip())

_OPENING_OFFICE = re.compile(r"\b(?:" + "|".join(re.escape(o) for o in _OPENING_OFFICES) + r")\b")

# ("Ex-president Jane Roe": a former office joined by a hyphen)
_BEFORE_LOWER_OFFICE = re.compile(
    rf"(?:(?:\b(?:the|The|former|Former)|\b[A-Z][\w.'’-]*)\s+{_STANDING_WORDS}|(?<![\w-])[Ee]x-)$"
)

_GLUED_AFTER = r"(?<=[a-z])(?:participated|travell?ed|arrived|visited|toured|left|who|with)\b"

_NAME_AFTER_LOWER_OFFICE = re.compile(
    # "Nigeria's president-elect, Jane Roe, arrived": the office not yet taken up
    r"(?P<elect>-(?:elect|designate))?"
    # "the president of Ghana, Jane Roe,": the office's country before the name set off by commas
    rf"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})(?=,))?"
    # ("Pakistan's army chief, Gen. Jane Roe,", "the president, Jane Roe Jr.,")
    # ("..., as well as Qatar's emir, Sheikh Jane Roe.": the name closing the sentence)
    # ("the president of Ruritania, Jane Roeparticipated in": a word a page scrape glued to the name)
    rf"(?:\s+|,\s+(?=(?:{_HONORIFIC}\s+)?(?:{_NAME})(?:,?\s+(?:Jr|Sr)\.?)?(?:,|\.(?:\s|$)|{_GLUED_AFTER}"
    # ("Nigeria's president-elect, Jane Roe arrived in Accra": the second comma left out before the verb)
    r"|\s+(?:arrived|arrives|visited|visits|toured|tours|left|leaves|departed|departs|flew|travell?ed)\b)))"
    rf"(?:{_HONORIFIC}\s+)?(?P<name>{_NAME})"
)

# "Army chief Jane Roe": the force a chief heads is the office (a body's is not: "NATO chief" is
# no office of that name)
_CHIEF_OF = re.compile(r"(?<![\w'’.-])(Army|Navy|Naval|Air Force|Police|Military|Defence|Defense) $")

# "Opposition leader Jane Roe": the leader of the opposition (of a majority, of a minority)
_LEADER_OF = re.compile(r"(?<![\w'’.-])(Opposition|Majority|Minority|opposition|majority|minority) $")

# "French opposition leader Jane Roe", "the far-right leader Jane Roe": a leader's side, in lower case,
# between the nationality (or "the") and the office
_LEADER_SIDE = re.compile(
    r"(?<![\w'’.-])(?:opposition|majority|minority|far-right|far-left|hard-right|hard-left|right-wing|left-wing"
    r"|centre-right|center-right|centre-left|center-left|nationalist|populist|separatist|rebel|party) $"
)

# "on her first trip abroad as president", "his first visit as the new foreign minister"
_AS_OFFICE = re.compile(
    # ("his first visit as US President": the country before the office)
    rf"\b(?:her|his)\s+(?:[a-z-]+\s+){{0,5}}as\s+(?:the\s+)?(?:new\s+)?(?:[A-Z][\w.]*\s+)?"
    rf"(?P<office>{_OFFICE}|" + "|".join(re.escape(o.strip()) for o in _LOWER_OFFICES) + r")\b(?!\s+of\b)"
)

_CLOCK_BEFORE = re.compile(r"(?<![\d-])\d{1,2}(?:[.:]\d{2})?[ \t]*$")


def _lower_titled(text: str, start: int, stop: int, found: dict[int, PersonMention]) -> None:
    """Add the full names that follow an office in lower case (see :data:`_LOWER_OFFICE`)."""
    # (only where the paragraph opens: "Prime minister Narendra Modi on Monday arrived ...")
    opening = _OPENING_OFFICE.match(text, start, stop)
    segment = text[start:stop]
    offices = (
        finditer_at_word_starts(_LOWER_OFFICE, text, start, stop)
        if any(w in segment for w in _LOWER_OFFICE_NEEDS)
        else ()
    )
    for office in itertools.chain((opening,) if opening else (), offices):
        before = office.start()
        if office is not opening and office.group() == "leader":
            side = _LEADER_SIDE.search(text, max(start, before - 14), before)
            before = side.start() if side is not None else before
        if office is not opening and not _BEFORE_LOWER_OFFICE.search(text, max(start, before - 30), before):
            continue
        after = _NAME_AFTER_LOWER_OFFICE.match(text, office.end(), stop)
        if after is None:
            continue
        name = _clean_name(after.group("name"))
        name_start = after.start("name")
        if (
            len(name.split()) < 2
            or _opens_on_common_word(name)
            or name_start in found
            or any(m.start <= name_start < m.end for m in found.values())
        ):
            continue
        demonym = _DEMONYM_BEFORE.search(text, max(0, office.start() - 20), office.start())
        of = after.group("of")
        title = _office(office.group(), None if of is None or _a_body(of) else of) + (
            f"-{after.group('elect')[1:]}" if after.group("elect") else ""
        )
        if of is not None and _a_body(of):
            title = f"{title} of {of}"  # "the president of the European Commission, Jane Roe,"
        chief_of = (
            _CHIEF_OF.search(text, max(0, office.start() - 20), office.start())
            if office.group() == "chief"
            else _LEADER_OF.search(text, max(0, office.start() - 20), office.start())
            if office.group() == "leader"
            else None
        )
        if chief_of is not None:
            title = f"{chief_of.group(1)[:1].upper()}{chief_of.group(1)[1:]} {title}"  # "Army chief Jane Roe" is the Army Chief
        found[name_start] = PersonMention(
            office.start(),
            name_start + len(name),
            name,
            title,
            "lower-title-before-name",
            name_start,
            name_start + len(name),
            DEMONYMS[demonym.group(1)] if demonym else "",
        )


def _capital_appositions(text: str, start: int, stop: int, found: dict[int, PersonMention]) -> None:
    """Add "Jane Roe, Kenyan Foreign Minister," (see :data:`_CAPITAL_APPOSITION_CUE`); a royal style
    read before the name ("Prince Jane Roe, Saudi Deputy Crown Prince,") gives way to the office."""
    for cue in _CAPITAL_APPOSITION_CUE.finditer(text, start, stop):
        before = _NAME_ENDING.search(text, max(start, cue.start() - 80), cue.start())
        if before is None:
            continue
        name = _clean_name(before.group("name"))
        name_start = before.start("name")
        words = name.split()
        if len(words) < 2 or any(
            (w in _NOT_NAME and not (w in _MONTH_SURNAMES and len(words) == 2 and w == words[-1]))
            or (w.isupper() and len(w) > 1)
            for w in words
        ):
            continue  # "the CPC Central Committee, Director ...": a body, not a name ("Theresa May" is one)
        title = _office(cue.group("office"), None)
        overlapping = [k for k, m in found.items() if m.start < name_start + len(name) and name_start < m.end]
        if any(found[k].title and found[k].title not in _STYLE_TITLES for k in overlapping):
            continue  # "Chinese President Xi Jinping, ..." is already read with its title
        if overlapping:
            for key in overlapping:
                found[key] = attrs.evolve(found[key], title=title)
            continue
        found[name_start] = PersonMention(
            name_start, cue.end(), name, title, "name-then-office", name_start, name_start + len(name)
        )


# "PRESIDENT JANE ROE arrived in Riga": an office and a name in capitals opening a lead (read as
# if written in sentence case; the words go on in lower case, so it is no headline)
# (its first capital before its "\b", written "(?<!\w.)" after it: the engine skips to the capitals)
_CAPS_RUN = re.compile(r"[A-Z](?<!\w.)[A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’.-]*){2,7}(?=,?\s+[a-z])")

_CAPS_WORD = re.compile(r"[A-Z][A-Z'’.]*")


def _capitals_led(text: str, start: int, stop: int, found: dict[int, PersonMention]) -> None:
    """Add the office-and-name runs in capitals (see :data:`_CAPS_RUN`)."""
    for run in _CAPS_RUN.finditer(text, start, min(stop, start + 160)):  # (a lead's opening)
        cased = _CAPS_WORD.sub(lambda w: w.group()[0] + w.group()[1:].lower(), run.group())
        match = _TITLED.search(cased)
        if match is None or match.end() != len(cased):
            continue
        mention = _titled_mention(cased, match)
        if mention is None:
            continue
        at = run.start()
        if any(m.start < at + mention.end and at + mention.start < m.end for m in found.values()):
            continue
        found[at + mention.name_start] = attrs.evolve(
            mention,
            name=text[at + mention.name_start : at + mention.name_end],  # (as the report spells it)
            start=at + mention.start,
            end=at + mention.end,
            name_start=at + mention.name_start,
            name_end=at + mention.name_end,
            rule="capitals-title-before-name",
        )


def _appositions_of(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """The _APPOSITION_OF matches, each read only before a cue (its name ends where the cue opens)."""
    for cue in _APPOSITION_OF_CUE.finditer(text, start, stop):
        lo = max(start, cue.start() - 100)
        for match in _APPOSITION_OF.finditer(text, lo, stop):
            if match.start() > cue.start():
                break
            if match.end("name") == cue.start() and not text[match.start() - 1 : match.start()].isalnum():
                yield match
                break


# "PRIME Minister Kevin Rudd has arrived": a lead's first word set in capitals (a drop cap)
# (the capital first, then what may come before it: a line's start or a dash and a space; opening on a
# class, the scan skips in C to the capitals instead of trying the line's start at every character)
# (at a line's start, after a dash, or after the stored page's " date YYYY-MM-DD " token on the first line)
_DROP_CAP = re.compile(
    r"(?P<first>[A-Z])(?:(?<![^\n].)|(?<=[-—–] .)|(?<=^ date \d{4}-\d\d-\d\d .))(?P<rest>[A-Z]{2,})(?=[ \t]+[A-Z][a-z])"
)


@functools.lru_cache(maxsize=8)  # (one text is read many times, a window at a time)
def _drop_caps_folded(text: str) -> str:
    """``text`` with a line's first word in capitals before a capitalised word written as a word
    ("PRIME Minister" as "Prime Minister"); the same length, so offsets hold."""
    if _DROP_CAP.search(text) is None:
        return text
    return _DROP_CAP.sub(lambda m: m.group("first") + m.group("rest").lower(), text)


def find_people(text: str, start: int = 0, end: int | None = None) -> list[PersonMention]:
    """Titled full-name mentions in ``text[start:end]``, in text order."""
    text = _drop_caps_folded(text)
    stop = len(text) if end is None else end
    found: dict[int, PersonMention] = {}
    # One scan for offices; at each, the full name (_TITLED) or else the surname (_TITLED_SURNAME).
    taken = start
    for office_at in finditer_at_word_starts(_OFFICE_SCAN, text, start, stop):
        if office_at.start() < taken:
            continue
        if office_at.group() == "PM" and _CLOCK_BEFORE.search(text, max(0, office_at.start() - 8), office_at.start()):
            continue  # "at 5 PM Eastern Time": a time, not a prime minister
        match = _TITLED.match(text, office_at.start(), stop)
        if match is not None:
            taken = match.end()
            mention = _titled_mention(text, match)
            if mention is not None:
                found[mention.name_start] = mention
                continue
        match = _TITLED_SURNAME.match(text, office_at.start(), stop)
        if match is None:
            continue
        taken = max(taken, match.end())
        name_start = match.start("name")
        name = _POSSESSIVE.sub("", match.group("name"))
        if name in _NOT_NAME or name in DEMONYMS or name.isupper() or name_start in found or name in _COURTESY:
            continue  # (nor a courtesy: "Prime Minister Dr" of a style the name reading did not take)
        if any(m.start <= name_start < m.end for m in found.values()):
            continue
        if _jurisdiction_words([name, "", ""]):
            continue  # "the CM Punjab", "Governor Sindh said": the office's province, not a surname
        demonym = _DEMONYM_BEFORE.search(text, max(0, match.start() - 20), match.start())
        found[name_start] = PersonMention(
            match.start(),
            name_start + len(name),
            name,
            _office(match.group("office"), None),
            "title-before-surname",
            name_start,
            name_start + len(name),
            DEMONYMS[demonym.group(1)] if demonym else "",
        )
    _capitals_led(text, start, stop, found)
    _lower_titled(text, start, stop, found)
    segment = text[start:stop]
    royal = _ROYAL.finditer(text, start, stop) if any(t in segment for t in _ROYAL_NEEDS) else ()
    for match in royal:
        name_start = match.start("name")
        name = match.group("name")
        if (
            name in _NOT_NAME
            or name in _PRONOUNS
            or any(m.start <= name_start < m.end for m in found.values())
        ):
            continue
        found[name_start] = PersonMention(
            match.start(), match.end(), name, match.group("office"), "royal-title", name_start, match.end()
        )
    untitled_ways = _untitled(segment) if any(n in segment for n in _UNTITLED_NEEDS) else None
    untitled = untitled_ways.finditer(text, start, stop) if untitled_ways is not None else ()
    for match in untitled:
        found_groups = match.groupdict()
        group = next(g for g in ("name", "kin", "by", "cp", "party") if found_groups.get(g))
        spans = [(match.start(group), match.end(group))]
        if group == "by":
            end = match.end(group)
            while (more := _MORE_NAMES.match(text[end:stop])) is not None:
                spans.append((end + more.start("name"), end + more.end("name")))
                end += more.end()
        for name_start, name_end in spans:
            if (courtesy := _COURTESY_OPENING.match(text, name_start, name_end)) is not None:
                name_start = courtesy.end()  # "his wife, Mrs Rebecca Akufo-Addo": the name after the courtesy
            name = _clean_name(text[name_start:name_end])
            if len(name.split()) < 2 or name.split()[0] in _NOT_NAME:
                continue
            if any(w in _ADDRESS_WORDS for w in name.split()):
                continue  # "his counterpart, His Excellency President Jan Roe": a style, the name follows
            if re.search(r"['’]s\b", text[name_start:name_end]):
                continue  # "joined by Northern Ireland Assembly's First Minister": a body's, not a name
            if group == "by" and _OFFICE_SCAN.match(text, name_start + len(name) + 1, stop):
                # "accompanied by Ruritanian Deputy Prime Minister and Energy Minister Ann Poe": the words
                # run into an office, whose holder is named after it; they are no name
                continue
            if any(m.start < name_start + len(name) and name_start < m.end for m in found.values()):
                continue
            office = _OFFICE_AFTER_MEMBERSHIP.match(text, match.end(), stop) if group == "name" else None
            title = _office(office.group("office"), office.group("of")) if office else ""
            if group == "cp":  # the office of the person whose counterpart this is, named just before
                before = [m for m in found.values() if m.end <= match.start() and match.start() - m.end < 200]
                title = max(before, key=lambda m: m.end).title if before else ""
            found[name_start] = PersonMention(
                name_start,
                name_start + len(name),
                name,
                title,
                "office-after-membership" if office else f"untitled-{group}",
                name_start,
                name_start + len(name),
            )
    for match in _bare_subjects(text, start, stop):
        name_start, name = match.start("name"), match.group("name")
        words = name.split()
        if len(words) > 1 and words[0].rstrip(".") in _COURTESY:
            # "Madame Barrow visited ...": the surname of someone the report names in full
            name_start += len(words[0]) + 1
            name, words = " ".join(words[1:]), words[1:]
        styled_as = _LEADING_STYLE.match(name)
        if styled_as and len(name) > styled_as.end():
            # "Datuk Seri Anwar Ibrahim", "Professor Dr Jane Roe", "Alhaji Atiku Abubakar": styles, not the name
            name_start += styled_as.end()
            name = name[styled_as.end() :]
            words = name.split()
        if '"' in name or "“" in name:
            name = _NICKNAME_IN_NAME.sub("", name)
            words = name.split()
        # ("A Revanth Reddy arrived": the letter is an initial where two names follow and the last recurs)
        article_initial = (
            len(words) >= 3 and words[0] == "A" and len(re.findall(rf"\b{re.escape(words[-1])}\b", text)) > 1
        )
        if any(w in _NOT_NAME or w in DEMONYMS for w in words[1 if article_initial else 0 :]) or name_start in found:
            continue
        if any(w in _ADDRESS_WORDS for w in words):
            continue  # "Her Majesty visited": a style of address (see _MAJESTY), not a name
        if any(w in _OFFICE_WORDS for w in words[:-1]):
            continue  # "Former President Jane Roe": the office's own mention reads the name
        held = ""
        last = max((i for i, w in enumerate(words[:-1]) if w in _UNLISTED_OFFICE_WORDS), default=-1)
        if last >= 0:
            # "Field Marshal Jane Roe", "Lok Sabha Speaker Jane Roe": an office the list lacks before the name
            if len(words) - last - 1 < 2:
                continue
            held = " ".join(words[: last + 1])
            name_start += len(held) + 1
            name, words = " ".join(words[last + 1 :]), words[last + 1 :]
            if name_start in found:
                continue
        if _POSSESSIVE.search(name):
            continue  # "that Gustavo Petro's visit ...": the visit, not him, is the subject
        if len(words) == 1 and name in _LONE_OFFICES:
            continue  # "President then traveled to Tamale": the office, written without "the", no name
        # ("Ex-president Jane Roe": a mention inside the words read as a name already holds it)
        if any(m.start < match.end("name") and name_start < m.end for m in found.values()):
            continue
        if (
            not match.group("style")
            and not _FULL_NAME_ALONE.fullmatch(name)
            and not follows_a_word(text, words[-1])
            # "Okello arrived in Gulu on Monday ... He met traders": one word the report goes on to call
            # "He" or "She" in the next sentence (not "Officials arrived ... They met")
            and not (len(words) == 1 and not name.endswith("s") and _HE_OR_SHE_AFTER.match(text, match.end(), match.end() + 300))
            # "... to catch a glimpse of the King. Charles crisscrossed the High Street as he made his way":
            # one word the report calls "he" or "she", where it calls a monarch only by the office
            and not (len(words) == 1 and (monarch := _monarch_by_office(text, name)))
        ):
            continue  # a common word opening a sentence ("Officials visited"), not a name
        if len(words) == 1 and not held and not match.group("style") and (monarch := _monarch_by_office(text, name)):
            held = monarch
        if not held:
            # "Michelle Obama ... on her first solo official trip as first lady": the office she travels as
            limit = min(stop, match.end() + 240)
            sentence_end = text.find(".", match.end(), limit)
            limit = sentence_end if sentence_end >= 0 else limit
            held_as = _AS_OFFICE.search(text, match.end(), limit) if text.find(" as ", match.end(), limit) >= 0 else None
            held = _office(held_as.group("office"), None) if held_as else ""
        found[name_start] = PersonMention(
            name_start, match.end("name"), name, held, "bare-subject", name_start, match.end("name")
        )
    nameless = (
        _NAMELESS_ROYAL.finditer(text, start, stop) if any(n in segment for n in _NAMELESS_ROYAL_NEEDS) else ()
    )
    couples = (
        [
            m
            for m in _COUPLE_STYLE.finditer(text, start, stop)
            if m.start() == start or text[m.start() - 1] == "\n" or text[max(0, m.start() - 2) : m.start()] in (". ", "! ", "? ")
        ]
        if " and " in segment
        else []
    )
    comes = _NAMELESS_ROYAL_COMES.finditer(text, start, stop) if any(n in segment for n in _MONARCH_NEEDS) else ()
    for match in itertools.chain(nameless, couples, comes):
        group = "name" if match.group("name") is not None else "name2"
        name_start = match.start(group)
        if any(m.start <= name_start < m.end for m in found.values()):
            continue
        royal_office: str = match.group("office") or match.group("office2")
        royal_office = "Pope" if royal_office.lower() in ("pontiff", "holy father") else royal_office  # the Pope
        royal_name = match.group(group)
        if " and " in royal_office:  # "The Prince and Princess of Wales": the Prince of Wales
            held, _, realm = royal_office.partition(" of ")
            royal_office = f"{held.split()[0]} of {realm}"
            royal_name = f"{royal_name[:4]}{royal_office}"
        found[name_start] = PersonMention(
            name_start, match.end(group), royal_name, royal_office, "nameless-royal",
            name_start, match.end(group),
        )  # fmt: skip
    majesty = _MAJESTY.finditer(text, start, stop) if "ajest" in segment else ()
    for match in majesty:
        name_start = match.start("name")
        if any(m.start <= name_start < m.end for m in found.values()):
            continue
        style = match.group("name").title()  # ("His majesty": the style as it is written in full)
        found[name_start] = PersonMention(
            name_start, match.end("name"), style, "Queen" if style.startswith("Her") else "King",
            "nameless-royal", name_start, match.end("name"),
        )  # fmt: skip
    appositions = _APPOSITION.finditer(text, start, stop) if _APPOSITION_CUE.search(segment) else ()
    for match in appositions:
        name = _clean_name(match.group("name"))
        name_start = match.start("name")
        words = name.split()
        if len(words) > 2 and words[0].rstrip(".") in _COURTESY:
            # "Sir John Doe, the prime minister,": the style is not part of the name
            name_start += len(words[0]) + 1
            name, words = " ".join(words[1:]), words[1:]
        if len(words) < 2 or _opens_on_common_word(name) or (name_start in found and found[name_start].title):
            continue
        if any(w.isupper() and len(w) > 2 for w in words):  # "the CPC Central Committee, who is ...": a body
            continue
        if any(
            m.start < name_start + len(name) and name_start < m.end and m.title for m in found.values()
        ):
            continue  # "Chinese President Xi Jinping, also ..." is already read with its title
        # "Li Qiang, also a member of ..." never reaches here; "X, also president of Y" is a second office.
        found[name_start] = PersonMention(
            name_start,
            match.end(),
            name,
            # ("X, also president of Y": a second office; "X, who is also Y's president": the one given)
            "" if match.group("also") and not match.group("who") else _office(_of_country(match.group("office"), match.group("of")), None),
            "name-then-office",
            name_start,
            name_start + len(name),
        )
    _capital_appositions(text, start, stop, found)
    for match in _appositions_of(text, start, stop):
        name = _clean_name(match.group("name"))
        name_start = match.start("name")
        styled = _STYLE_OF_ADDRESS.match(name)
        if styled:  # "H.E. Jane Roe, President of the Republic of ...": the style is not the name
            name, name_start = name[styled.end() :], name_start + styled.end()
        words = name.split()
        if len(words) < 2 or name != match.group("name")[match.group("name").find(name) :] or any(w in _NOT_NAME or w.isupper() for w in words):
            continue  # "the CPC Central Committee, Director of ...": a body, not a name
        if any(m.start < name_start + len(name) and name_start < m.end and m.title for m in found.values()):
            continue
        found[name_start] = PersonMention(
            name_start,
            match.end(),
            name,
            _office(match.group("office"), match.group("of"), match.group("prep")),
            "name-then-office",
            name_start,
            name_start + len(name),
            # (the country it is held of: not a portfolio it is "for")
            origin=match.group("of").removeprefix("the ") if match.group("prep") == "of" else "",
        )
    plural = _PLURAL_OFFICE.finditer(text, start, stop) if any(o in segment for o in _PLURAL_NEEDS) else ()
    for match in plural:
        held = _PLURAL_OFFICES[match.group("office")]
        at = match.end("office")
        while (one := _LISTED_NAME.match(text, at, stop)) is not None:
            name = _clean_name(one.group("name"))
            name_start = one.start("name")
            if len(name.split()) >= 2 and not any(
                m.start < one.end("name") and name_start < m.end for m in found.values()
            ):
                found[name_start] = PersonMention(
                    name_start, one.end("name"), name, held, "plural-office", name_start, one.end("name")
                )
            at = one.end()
            if one.group("last"):
                break
    if "Excellency" in segment:
        for match in _EXCELLENCY_NAMED.finditer(text, start, stop):
            name, name_start = match.group("name"), match.start("name")
            words = name.split()
            if (
                any(w in _NOT_NAME or w in DEMONYMS or w in _OFFICE_WORDS or w in _ADDRESS_WORDS for w in words)
                or any(m.start < match.end("name") and name_start < m.end for m in found.values())
            ):
                continue
            found[name_start] = PersonMention(
                match.start(), match.end("name"), name, "", "excellency", name_start, match.end("name")
            )
    if any(w in segment for w in _STYLE_AFTER_NEEDS):
        for key, mention in list(found.items()):
            styled = _STYLE_AFTER.match(text, mention.name_end, stop)
            if styled is not None and mention.rule != "nameless-royal":
                if " and " in styled.group("style"):
                    # the couple's style is the first named's: "Prince Jane and Princess Ann, the Duke and ..."
                    first = max((m for m in found.values() if m.end <= mention.start), key=lambda m: m.end, default=None)
                    if first is not None and _AND_BETWEEN.fullmatch(text, first.name_end, mention.start):
                        key, mention = first.name_start, found[first.name_start]
                found[key] = attrs.evolve(mention, styles=(*mention.styles, styled.group("style")))
    return [_unglued(text, found[k]) for k in sorted(found)]


# "Javier Mileiparticipated in", "Claudia Sheinbaum Pardoleft Mexico City": a page scrape that dropped the
# space after a name glues the next word to it. Words no name ends on are cut off wherever they are
# glued; short ones ("Wilson", "Hussein") only where the name's word stands alone elsewhere in the report.
_GLUED_WORDS = (
    "participated", "travelled", "traveled", "arrived", "visited", "toured", "which", "whose", "with", "left",
    "said", "who",
)  # fmt: skip

_GLUED_SHORT = ("and", "in", "on", "at")


def _unglued(text: str, mention: PersonMention) -> PersonMention:
    """The mention without a word a page scrape glued to one of its name's words (see :data:`_GLUED_WORDS`):
    the name ends on that word's stem ("Jane Roein Gulu" is Jane Roe)."""
    words = mention.name.split()
    if len(words) < 2:
        return mention
    at = mention.name_start
    for i, word in enumerate(words):
        found = text.find(word, at, mention.name_end)
        at = found + len(word) if found >= 0 else at
        if i == 0 or found < 0 or not word[-1:].islower():
            continue
        for tail in (*_GLUED_WORDS, *_GLUED_SHORT):
            stem = word[: -len(tail)]
            if not word.endswith(tail) or len(stem) < 4 or not stem[-1].isalpha():
                continue
            if tail in _GLUED_SHORT and not holds_word(text, stem, "'’-", "-"):
                continue
            name_end = found + len(stem)
            return attrs.evolve(
                mention,
                name=" ".join((*words[:i], stem)),
                name_end=name_end,
                end=name_end if mention.end == mention.name_end else mention.end,
            )
    return mention
    last = mention.name.rsplit(" ", 1)[1]
    for tail in (*_GLUED_WORDS, *_GLUED_SHORT):
        stem = last[: -len(tail)]
        if (
            not last.endswith(tail)
            or len(stem) < 4
            or not stem[-1].isalpha()
            or text[mention.name_end - len(tail) : mention.name_end] != tail
        ):
            continue
        if tail in _GLUED_SHORT and not holds_word(text, stem, "'’-", "-"):
            continue
        cut = len(tail)
        return attrs.evolve(
            mention,
            name=mention.name[:-cut],
            name_end=mention.name_end - cut,
            end=mention.end - cut if mention.end == mention.name_end else mention.end,
        )
    return mention


# "Prince Jane Roe, the Duke of Kent, arrived": a peer's style set beside the name is another way to
# call the person ("The Duke of Kent later flew to ...", "the Duke")
_STYLE_AFTER = re.compile(
    r",\s+(?:the\s+)?(?P<style>(?:Duke|Duchess|Earl|Countess|Marquess|Marchioness|Prince|Princess)"
    # ("Prince Jane and Princess Ann, the Duke and Duchess of Kent,": a couple's style, the first named's)
    r"(?:\s+and\s+(?:Duchess|Countess|Marchioness|Princess))?\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=,|\s+(?:has|had|was|is|will|arrived|visited|toured|flew)\b)"
)

_AND_BETWEEN = re.compile(r"\s+and\s+(?:[A-Z][a-z]+\s+){0,2}")

_STYLE_AFTER_NEEDS = ("Duke of", "Duchess of", "Earl of", "Countess of", "Marquess of", "Marchioness of", "Prince of", "Princess of")

# "The Kenyan president arrived", "Italy's prime minister will", "The head of state toured": an office
# standing alone for its holder, with the holder's country (a demonym, or the country's possessive)
_OFFICE_ALONE = re.compile(
    r"(?<![\w'’-])(?:[Tt]he\s+(?:(?P<demonym>"
    + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=lambda w: (-len(w), w)))
    + r")\s+)?|(?P<owner>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+)"
    # ("Indonesia's new president headed to China": a word of standing before the office)
    r"(?:(?:new|newly elected|incoming|outgoing|visiting)\s+)?"
    r"(?P<office>(?i:"
    + "|".join(re.escape(o.strip()) for o in _LOWER_OFFICES if o.strip() not in ("chief", "lawmaker"))
    + r"|pontiff|monarch))"
    # (the office alone: no name after it, no "of" to complete it)
    r"(?=,|\s+(?!of\b|and\b)[a-z])"
)


# "Jane Roe says it is heartbreaking", "so it was that Jane Roe set off for Lyon": a full name opening a
# sentence (or the clause after "that") with a verb after it (the word after it in lower case, no word
# that only joins or places: "Jane Roe and ...", "Jane Roe of ...")
_NAMED_SUBJECT = re.compile(
    rf"(?P<name>{_BARE_WORD}(?:\s+{_BARE_WORD}){{1,2}})\s+(?!(?:of|and|or|in|on|at|to|for|from|with|by|the|a|an"
    r"|who|which|whose)\b)[a-z]{2,}\b"
)
_THAT_CLAUSE = re.compile(r"\bthat\s+(?=[A-Z])")
# "ACCRA, March 3 (Reuters) - Jane Roe says": the dateline's dash opens the lead's sentence
_DATELINE_DASH = re.compile(r"(?:\)|(?<=[A-Z]{2}))\s*[-–—]{1,2}\s+(?=[A-Z])")


def named_subjects(text: str, start: int = 0, end: int | None = None) -> list[PersonMention]:
    """Full names without an office that open a sentence of ``text[start:end]``, or the clause after "that",
    with a verb after them (see :data:`_NAMED_SUBJECT`): who the sentence is about, where the report gives
    the person an office only apart from the name ("the premier flew to Moree")."""
    from timeline._sentences import split_sentences  # (only the roster's last resort reads sentences)

    stop = len(text) if end is None else end
    out = []
    for sentence in split_sentences(text, start, stop):
        opening = sentence.start + len(sentence.text) - len(sentence.text.lstrip("\"“‘' "))
        dash = _DATELINE_DASH.search(text, sentence.start, min(sentence.end, sentence.start + 80))
        ats = [
            opening,
            *([dash.end()] if dash else []),
            *(m.end() for m in _THAT_CLAUSE.finditer(text, sentence.start, sentence.end)),
        ]
        for at in ats:
            match = _NAMED_SUBJECT.match(text, at, sentence.end)
            if match is None:
                continue
            name = match.group("name")
            words = name.split()
            if (
                not _FULL_NAME_ALONE.fullmatch(name)
                or any(w in _NOT_NAME or w in DEMONYMS or w in _OFFICE_WORDS or w in _ADDRESS_WORDS for w in words)
                or _opens_on_common_word(name)
            ):
                continue
            out.append(PersonMention(at, match.end("name"), name, "", "named-subject", at, match.end("name")))
    return out


@frozen
class OfficeAlone:
    """An office written without its holder's name ("the Kenyan president"), as an office title
    ("" for a country's leader: a head of state or government, of no one office)."""

    start: int
    title: str
    country: str
    origin: str
    style: str = ""  # "Kenyan leader": how the report calls the holder of no one office


def offices_alone(text: str, start: int = 0, end: int | None = None) -> list[OfficeAlone]:
    """The offices in ``text[start:end]`` written for their holders, without a name (see _OFFICE_ALONE)."""
    out = []
    for match in _OFFICE_ALONE.finditer(text, start, len(text) if end is None else end):
        office = match.group("office").lower()
        if office == "leader":
            # "The Kenyan leader arrived", "Kenya's leader": a head of state or government, of no one
            # office ("the leader" alone may lead a party or a delegation)
            if match.group("demonym"):
                out.append(OfficeAlone(match.start(), "", DEMONYMS[match.group("demonym")], "", match.group()[4:]))
            continue
        title = {"pontiff": "Pope", "head of state": "President", "monarch": "King"}.get(office) or _office(office, None)
        demonym = match.group("demonym")
        out.append(
            OfficeAlone(match.start(), title, DEMONYMS[demonym] if demonym else "", match.group("owner") or "")
        )
    return out


# "Meloni visits Ghana", "Italy's Meloni to visit Ghana", "Erdoğan arrives in Ghana": a headline opening
# on one name, the subject of its journey verb
_HEADLINE_SUBJECT = re.compile(
    rf"(?:(?P<owner>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s)\s+)?(?P<name>(?:[ae]l-)?{_BARE_WORD})\s+"
    r"(?=(?:to\s+(?:visit|travel|tour|arrive)|arrives|arrived|visits|visited|heads|jets|lands|landed|tours|toured"
    r"|begins|began|wraps up|concludes|embarks|leaves|departs|flies|reaches|kicks off)\b"
    r"|in\s+(?!Talks\b|Row\b|Bid\b|Call\b)[A-Z])"  # ("Roe in Uganda", not "Roe in parliament", "Roe in Talks")
)


def headline_subject(text: str, start: int, end: int) -> PersonMention | None:
    """The one name a headline opens on as the subject of a journey (see _HEADLINE_SUBJECT)."""
    match = _HEADLINE_SUBJECT.match(text, start, end)
    if match is None:
        return None
    name = match.group("name")
    if name in _NOT_NAME or name in DEMONYMS or name in _OFFICE_WORDS or name.isupper():
        return None
    return PersonMention(match.start(), match.end("name"), name, "", "headline-subject", match.start("name"), match.end("name"))
