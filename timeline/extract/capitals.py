"""Copy written all in capitals (radio and wire scripts: "IOWA GOVERNOR KIM REYNOLDS TOURED FLOOD
DAMAGE IN WESTERN IOWA SUNDAY."), read in ordinary case: the readers of names, places and days look for
capitalised words among lower-case ones.

The folded text has the same length as the original, so every offset holds; the evidence quoted is
put back in the original's letters (:func:`restore_evidence`).
"""

from __future__ import annotations

import re
from typing import Any, TypeVar, cast

import attrs

from timeline.model import Evidence

__all__ = ["folded_capitals", "restore_evidence"]

# a line of some length with no lower-case letter: the quick test (most reports have none); the stored
# copy's leading " date YYYY-MM-DD" token is no part of the line's copy
_DATE_TOKEN = re.compile(r"^ ?date \d{4}-\d\d-\d\d\s")
_CAPITAL_LINE = re.compile(r"^(?: ?date \d{4}-\d\d-\d\d\s)?[^a-z\n]{30,}$", re.MULTILINE)
# "DAKAR, Nov 12 (AFP) - PRIME MINISTER JANE ROE ARRIVED IN DAKAR ON WEDNESDAY FOR TALKS." over copy in
# ordinary case: a lead sentence in capitals (eight words or more, to its full stop; a headline in
# capitals has none)
_CAPITAL_SENTENCE = re.compile(
    r"(?<![\w'’-])[A-Z][A-Z'’-]*(?:[ ,]+(?:[A-Z][A-Z'’-]*|\d[\d,.:-]*(?![\w-]))){7,}[ ,]*[.!?](?=\s|$)"
)
# (a sentence in capitals holds one of these: the quick test)
_CAPITAL_SENTENCE_NEEDS = (" THE ", " TO ", " IN ", " ON ")
_LOWER_WORD = re.compile(r"[a-z]{4}")
_LETTERS = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$|^\s*$|[-–—]\s+$")

# Common English words of news copy, written in lower case in ordinary text: function words, common
# verbs and nouns. A word not here, and not read as one by its ending, keeps its capital (a name, a
# place, a day, an office).
_COMMON = frozenset(
    """
    a about above across after again against ago all along already also although always am among an and
    another any are around as at back be because been before being below between both but by can could
    did do does doing done down during each either else even ever every few for from further had has have
    having he her here hers herself him himself his how however i if in into is it its itself just last
    later least less like many may me might more most much must my near neither never new next no nor not
    now of off on once one only onto or other others our ours out over own per same she should since so
    some still such than that the their theirs them themselves then there these they this those though
    through throughout to today tomorrow too toward towards under until up upon us very via was we were
    what when where whether which while who whom whose why will with within without would yesterday yet
    you your
    two three four five six seven eight nine ten eleven twelve first second third several many
    say says said tell tells told ask asks asked see saw seen go goes went gone come comes came get got
    make makes made take takes took taken give gives gave given meet meets met visit visits tour tours
    arrive arrives leave leaves left fly flies flew flown return returns head heads plan plans hold holds
    held attend attends open opens keep keeps kept show shows help helps thank thanks start starts end
    ends stop stops view views survey surveys speak speaks spoke call calls drive drives drove driven
    talk talks need needs want wants know knows knew think thinks thought look looks feel feels felt
    bring brings brought include includes remain remains continue continues lead leads led stay stays
    way day days week weeks month months year years time times morning afternoon evening night
    people residents officials leaders members staff workers farmers families family home homes house
    houses town towns city cities village villages county counties state states area areas region
    place places street streets road roads water flood floods flooding damage storm storms fire fires
    rain river rivers bridge community communities school schools hospital office government country
    disaster emergency relief aid support response recovery work plan trip visit tour event meeting
    local federal national public quick quickly still well very good great big small high low long
    short full free few more most other such whole part parts feet foot mile miles percent number
    basement basements several many impressed amazing stricken surveyed declaration level levels
    trade road economy security peace deal agreement summit talks cooperation investment energy health
    power fuel price prices tax money budget law court police army troops war border election vote
    campaign rally crowd crowds supporters party news report press media statement speech visitors
    guests delegation team farm farms factory plant project projects site sites centre center port
    airport station market markets business businesses company companies industry jobs job children
    women men students church temple palace hall building buildings camp camps victim victims
    affected hit killed injured dead missing hard new old young major minor key top main early late
    travel inspect depart land reach unveil address sign launch chair lay pay review receive welcome greet
    discuss announce promise pledge join mark celebrate vote wrap conclude begin began end move form arm
    kill declare deliver tweet post share praise urge warn vow order approve attack arrest rescue evacuate
    damage destroy
    """.split()
)
# endings of common words that a name rarely has (a word read so is written in lower case)
_COMMON_ENDING = re.compile(
    r"(?:ing|ings|ly|tion|tions|ment|ments|ness|ities|ies|ated|ized|ised|ened|ored|ured|eled|lled|tted|pped|rred"
    r"|cked|shed|ched)$"
)
_NAME_ENDING = re.compile(r"(?:jing|ling|ning|ping|ying|zing|ming)$")  # ("Beijing", "Harbin"): Chinese towns


def folded_capitals(text: str) -> str:
    """``text`` with its lines in capitals written in ordinary case, where such lines make most of the
    text's letters; the same length (``text`` itself where it has none)."""
    # (the quick test: ordinary copy has a word in lower case within a few letters of a third of the way
    # in, and of two thirds)
    third = len(text) // 3
    if (
        _LOWER_WORD.search(text, third, third + 200) is not None
        and _LOWER_WORD.search(text, 2 * third, 2 * third + 200) is not None
    ) or _CAPITAL_LINE.search(text) is None:
        return _folded_names(_folded_sentences(text))
    lines = text.split("\n")
    token = _DATE_TOKEN.match(lines[0])
    skip = token.end() if token else 0  # (the date token opening the first line)
    capital = [
        bool(_LETTERS.search(line, skip if i == 0 else 0)) and not any(c.islower() for c in line[skip if i == 0 else 0 :])
        for i, line in enumerate(lines)
    ]
    letters = [len(_LETTERS.findall(line)) for line in lines]
    if sum(n for n, c in zip(letters, capital, strict=True) if c) * 2 < sum(letters):
        # (a headline or a heading in capitals over ordinary copy)
        return _folded_names(_folded_sentences(text))
    folded = "\n".join(
        (line[:skip] + _folded_line(line[skip:]) if i == 0 else _folded_line(line)) if c else line
        for i, (line, c) in enumerate(zip(lines, capital, strict=True))
    )
    return text if folded == text else folded  # (``text`` itself where folding changed nothing)


# "Emmanuel MACRON arrived", "President Jane DUVALIER", "Prime Minister DUVALIER said", "Andrés Manuel
# LÓPEZ OBRADOR": a surname in capitals after a given name or an office, as some official copy writes it
# (one or two words of four letters or more that read as words, no capital word after them; not a
# regnal number, "Charles III", nor letters that stand for a body, "GAC", "SARL")
_CAPITAL_LETTERS = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_SURNAME_IN_CAPITALS = re.compile(
    rf"(?P<before>[A-Z](?<![\w'’-].)[a-z\u00df-\u024f'’-]+) (?P<name>[{_CAPITAL_LETTERS}][{_CAPITAL_LETTERS}'’-]{{3,}}"
    rf"(?: [{_CAPITAL_LETTERS}][{_CAPITAL_LETTERS}'’-]{{3,}})?)(?![\w'’-])(?! [A-Z]{{2}})"
)
# "XI Jinping arrived", "President LI Wenhao": a family name in capitals before a given name of one word,
# at a line's start, after a sentence's end or a dash and a space, or after a capitalised word (see
# :func:`_family_before`; the scan opens on the capital, the word before is checked after)
_FAMILY_IN_CAPITALS = re.compile(
    r"[A-Z](?<![^\n ].)[A-Z]{1,3} (?=[A-Z][a-z\u00df-\u024f'’-]+(?![\w'’-])(?! [A-Z]))"
)
_NOT_BEFORE_WORD = re.compile(r"[\w'’-]")
_VOWEL = re.compile("[AEIOUYÀ-ÖØ-Þ]")
_ROMAN = re.compile(r"[IVXLC]+")
# a family name of one syllable, as romanised East Asian names are ("XI", "WANG", "MOON"; not "TNI", "AM")
_SYLLABLE = re.compile(r"(?:CH|ZH|SH|TS|[B-DF-HJ-NP-TV-Z])[AEIOUY]{1,2}[A-Z]{0,2}")


def _reads_as_a_surname(word: str, text: str) -> bool:
    """Whether a word in capitals reads as a surname: four letters or more, not a regnal number nor a
    known acronym, with two vowels or more or written in ordinary case elsewhere in the report."""
    return (
        len(word) >= 4
        and word not in _ACRONYMS
        and _ROMAN.fullmatch(word) is None
        and (len(_VOWEL.findall(word)) >= 2 or f"{word[0]}{word[1:].lower()}" in text)
    )
# words in capitals read as words: bodies and things, not names
_ACRONYMS = frozenset(
    "US USA UK EU UN AU UAE WHO IMF NATO OPEC ASEAN APEC BRICS FIFA UEFA NASA AIDS COVID SARS OECD AI CEO CFO"
    " MEP MP MPS GOP ANC BJP UNICEF UNESCO UNHCR ICC ICJ OAS SADC ECOWAS IAEA INTERPOL EURO AFP DPA EFE ANSA"
    " TASS KYODO YONHAP BERNAMA XINHUA PTI IANS AAP".split()
)


def _family_before(text: str, at: int) -> str | None:
    """What a family name in capitals at ``at`` may follow: "" at a line's start or after a sentence's
    end or a dash and a space, the capitalised word before it ("President"), else None."""
    if at == 0 or text[at - 1] == "\n":
        return ""
    if at < 2:
        return None
    if text[at - 2] in ".!?-–—":
        return ""
    start = at - 1  # (the word before: capital, lower-case letters, the space)
    while start > 0 and "a" <= text[start - 1] <= "z":
        start -= 1
    if start == at - 1 or start == 0 or not "A" <= text[start - 1] <= "Z":
        return None
    if start >= 2 and _NOT_BEFORE_WORD.match(text[start - 2]):
        return None
    return text[start - 1 : at - 1]


def _folded_names(text: str) -> str:
    """``text`` with names written with a surname in capitals (see :data:`_SURNAME_IN_CAPITALS` and
    :data:`_FAMILY_IN_CAPITALS`) in ordinary case; the same length."""
    found = [
        (m.start("name"), m.group("name"))
        for m in _SURNAME_IN_CAPITALS.finditer(text)
        if m.group("before").lower() not in _COMMON
        and all(_reads_as_a_surname(w, text) for w in m.group("name").split())
    ]
    for m in _FAMILY_IN_CAPITALS.finditer(text):
        name = m.group()[:-1]
        if _SYLLABLE.fullmatch(name) and name not in _ACRONYMS:
            before = _family_before(text, m.start())
            if before is not None and before.lower() not in _COMMON:
                found.append((m.start(), name))
    if not found:
        return text
    chars = list(text)
    for at, name in found:
        for word in re.finditer(r"\S+", name):
            for i in range(at + word.start() + 1, at + word.end()):
                chars[i] = chars[i].lower() if chars[i] not in "'’-" else chars[i]
            for hyphen in re.finditer(r"[-'’]", word.group()):  # ("AKUFO-ADDO": each part's capital)
                j = at + word.start() + hyphen.end()
                if j < at + word.end():
                    chars[j] = text[j]
    folded = "".join(chars)
    return folded if len(folded) == len(text) else text


def _folded_sentences(text: str) -> str:
    """``text`` with its lead sentences in capitals (see :data:`_CAPITAL_SENTENCE`) written in ordinary
    case; ``text`` itself where it has none."""
    if not any(n in text for n in _CAPITAL_SENTENCE_NEEDS) or _CAPITAL_SENTENCE.search(text) is None:
        return text
    out, at = [], 0
    for sentence in _CAPITAL_SENTENCE.finditer(text):
        if not any(w.lower() in _COMMON for w in _WORD.findall(sentence.group())):
            continue  # (a list of names or acronyms, not a sentence)
        out += [text[at : sentence.start()], _folded_line(sentence.group())]
        at = sentence.end()
    return "".join([*out, text[at:]]) if out else text


# words of a place's name after a name ("Missouri Valley", "Pacific Junction", "Woodbury County")
_PLACE_WORDS = frozenset(
    "county city town village river valley junction bridge lake mount island islands park beach falls springs"
    " district province bay harbor harbour creek heights hills point port".split()
)


def _folded_line(line: str) -> str:
    out = []
    at = 0
    named = False  # (whether the word before kept its capital)
    for word in _WORD.finditer(line):
        between = line[at : word.start()]
        out.append(between)
        opening = _SENTENCE_END.search(line, 0, word.start()) is not None
        folded = _folded_word(word.group(), opening)
        if line[word.start() - 1 : word.start()] == "(" and line[word.end() : word.end() + 1] == ")":
            folded = word.group()  # ("(AP)", "(PTI)": an agency's letters)
        if named and between == " " and folded.lower() in _PLACE_WORDS:
            folded = word.group()[0] + folded[1:]
        out.append(folded)
        # ("Woodbury County town of Hornick": a place word after a place word is a common one)
        named = folded[0].isupper() and not opening and folded.lower() not in _PLACE_WORDS
        at = word.end()
    out.append(line[at:])
    folded = "".join(out)
    return folded if len(folded) == len(line) else line


def _folded_word(word: str, opening: bool) -> str:
    lower = word.lower()
    if len(lower) != len(word):
        return word
    bare = re.sub(r"['’]s?$", "", lower)
    common = (
        bare in _COMMON
        or (bare.endswith("s") and bare[:-1] in _COMMON)
        or (bare.endswith("es") and bare[:-2] in _COMMON)
        or (bare.endswith("ed") and (bare[:-2] in _COMMON or bare[:-1] in _COMMON))
        or (len(bare) > 5 and _COMMON_ENDING.search(bare) is not None and not _NAME_ENDING.search(bare))
    )
    if len(word) == 1 and word != "A":
        return word  # (an initial)
    if common and not opening:
        return lower
    return word[0] + lower[1:]


_T = TypeVar("_T")


def restore_evidence(value: _T, text: str) -> _T:
    """``value`` (a document, a trip, any attrs record) with every quoted text read again from ``text``
    at its offsets: the original letters where the reading was done on the folded copy."""
    return cast(_T, _restored(value, text))


def _restored(value: Any, text: str) -> Any:
    if isinstance(value, Evidence):
        return attrs.evolve(value, text=text[value.start : value.end])
    if isinstance(value, tuple):
        return tuple(_restored(v, text) for v in value)
    if isinstance(value, list):
        return [_restored(v, text) for v in value]
    if attrs.has(type(value)):
        changes = {}
        for a in attrs.fields(type(value)):
            if not a.init:
                continue
            old = getattr(value, a.name)
            new = _restored(old, text)
            if new is not old:
                changes[a.alias] = new
        return attrs.evolve(value, **changes) if changes else value
    return value
