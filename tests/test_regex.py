"""The fast forms of the word-list patterns (a first-letter guard, letters first, lower-cased
text) never change what they match."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from timeline import _regex, extract, people, temporal
from timeline._regex import (
    Caseless,
    _group_shape,
    _group_shape_of,
    _letter_first_group,
    first_letters,
    folded,
    letter_first,
    may_hold,
    words,
)
from timeline.extract import cues, governed, places, spans, stops, trip_words, units
from timeline.people import mentions as people_mentions
from timeline.people import offices as people_offices
from timeline.temporal import atoms as temporal_atoms

FIXTURE_TEXT = "\n".join(p.read_text() for p in sorted(Path("fixtures").glob("*/article.txt")))
# the reader's patterns live in the modules of the package timeline.extract: one module defines each,
# and the others that use it import it (counted once)
EXTRACT = [
    importlib.import_module(m.name) for m in pkgutil.iter_modules(extract.__path__, "timeline.extract.")
]
# and those of the people reader, a module per part of the package timeline.people
PEOPLE = [importlib.import_module(m.name) for m in pkgutil.iter_modules(people.__path__, "timeline.people.")]
TEMPORAL = [importlib.import_module(m.name) for m in pkgutil.iter_modules(temporal.__path__, "timeline.temporal.")]


def _patterns(modules: list[object], kind: type) -> list[tuple[object, str]]:
    """(module, name) of each object of ``kind`` bound in ``modules``, once each."""
    seen: set[int] = set()
    out = []
    for module in modules:
        for name, value in sorted(vars(module).items()):
            if isinstance(value, kind) and id(value) not in seen:
                seen.add(id(value))
                out.append((module, name))
    return out


GUARDED = [
    (module, name)
    for module, name in _patterns([*EXTRACT, *PEOPLE], re.Pattern)
    if getattr(module, name).pattern.startswith(("(?=[", r"\b(?=["))
]


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    body = pattern.pattern.removeprefix(r"\b")
    body = body[body.index("])") + 2 :]
    return re.compile(body, pattern.flags)


CASELESS = _patterns([*EXTRACT, *PEOPLE], Caseless)


def test_the_hot_patterns_are_fast() -> None:
    assert {"_TRIP_TRIGGER", "_JOURNEY_WORDS", "_CUE_BEFORE", "_COMPANION"} <= {name for _, name in CASELESS}
    for module, name in CASELESS:  # each opens on letters, so the engine can skip to them
        pattern = getattr(module, name).folded.pattern
        # (the engine takes the first-letter set from inside a leading group too)
        assert pattern.removeprefix("(?:")[:1].isalpha() or name == "_DURATION", name
    # a long tail after a long word list is written once, not once per word
    assert len(governed._CUE_BEFORE.folded.pattern) < 2 * len(governed._CUE_BEFORE.pattern.pattern)
    assert places._ORG_BEFORE.pattern.startswith("P(?<!")  # a case-sensitive word list, letters first


def test_titled_matches_as_with_a_leading_word_boundary() -> None:
    # _TITLED opens on the offices' letters (letter_first), not on a guard
    plain = re.compile(
        people_offices._TITLED.pattern.replace(f"(?:{people_offices._OFFICE_AT_WORD_START})", rf"\b(?:{people_offices._OFFICE})")
    )
    assert plain.pattern != people_offices._TITLED.pattern
    for text in (FIXTURE_TEXT, FIXTURE_TEXT.lower(), FIXTURE_TEXT.upper()):
        assert [(m.span(), m.groups()) for m in people_offices._TITLED.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]


@given(
    st.lists(st.from_regex(r"[a-zA-Zé][a-z .-]{0,6}", fullmatch=True), min_size=1, max_size=5),
    st.text(alphabet="abcé .-_ABC1\n", max_size=40),
)
def test_letter_first_literals_match_as_with_a_leading_boundary(literals: list[str], text: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, literals)) + ")")
    fast = re.compile(letter_first(plain.pattern))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(("module", "name"), GUARDED, ids=[n for _, n in GUARDED])
def test_guarded_pattern_matches_as_the_plain_one_on_the_fixtures(module: object, name: str) -> None:
    pattern = getattr(module, name)
    plain = _unguarded(pattern)
    for text in (FIXTURE_TEXT, FIXTURE_TEXT.lower(), FIXTURE_TEXT.upper()):
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]


# text made of the patterns' own words, odd cases and odd neighbours
_VOCABULARY = st.sampled_from(
    "visit visits visited research trip tour toured inspection inspected conduct conducted field study "
    "state official arrived landed flew fly will is are plans to in of the city Province Party Bank "
    "accompanied by Premier Vice President King Queen Zhang Guoqing ſtudy K ß İ ı - , . ' ’ \n".split(" ")
)


@given(st.lists(st.tuples(_VOCABULARY, st.sampled_from([" ", "", "-", ", ", "\n"])), max_size=30))
def test_guarded_patterns_match_as_the_plain_ones_on_word_soup(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts)
    for module, name in GUARDED:
        pattern = getattr(module, name)
        plain = _unguarded(pattern)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], name


@given(
    st.lists(st.from_regex(r"[a-zA-Z]{1,6}", fullmatch=True), min_size=1, max_size=5), st.text(max_size=40)
)
def test_words_matches_as_re_compile(alternatives: list[str], text: str) -> None:
    pattern = r"\b(?:" + "|".join(alternatives) + r")\b"
    for flags in (0, re.IGNORECASE):
        guarded = words(pattern, flags)
        assert guarded.pattern != pattern  # plain words get a guard
        assert [m.span() for m in guarded.finditer(text)] == [
            m.span() for m in re.compile(pattern, flags).finditer(text)
        ]


@given(
    st.lists(st.from_regex(r"[a-z]{1,5}( [a-z]{1,3})?", fullmatch=True), min_size=2, max_size=8),
    st.lists(st.tuples(st.sampled_from(["to", "tour", "in", "into", "the", "of", "a", "i", "t"]),
                       st.sampled_from([" ", "", "-", "\n", "'s "])), max_size=12),
)  # fmt: skip
def test_letter_first_group_matches_as_the_plain_pattern(
    words_: list[str], parts: list[tuple[str, str]]
) -> None:
    tail = r"\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:city|town|port)(?:\s+of|,)?\s+)?$"
    pattern = r"(?:\b(?:" + "|".join(words_[:-1]) + r")|\b(?:" + words_[-1] + ") of)" + tail * 6
    grouped_form = _letter_first_group(pattern)
    assert grouped_form is not None
    assert len(grouped_form) < 2 * len(pattern)  # the tail written once, not once per word
    plain, spread, grouped = (re.compile(p) for p in (pattern, letter_first(pattern), grouped_form))
    text = "".join(w + sep for w, sep in parts)
    for end in range(len(text) + 1):
        want = plain.search(text, 0, end)
        for fast in (spread, grouped):
            got = fast.search(text, 0, end)
            assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize(
    "pattern",
    ["[ab]c", "a?b", r"\d+", "(?:a|b)?c", "x|", r"(?P<n>\w)", "(?:a)*b"],
)
def test_no_guard_when_the_first_letter_is_not_plain(pattern: str) -> None:
    assert first_letters(pattern) == ""


NEEDED = [
    *((re.compile(pattern, re.IGNORECASE), trip_words._TRIP_STEMS) for pattern, _ in trip_words._TRIP_WORDS),
    (cues._COMPANION.pattern, cues._COMPANION_NEEDS),
    (cues._ARRIVED_HERE.pattern, cues._ARRIVED_HERE_NEEDS),
    (trip_words._JOURNEY_WORDS.pattern, trip_words._JOURNEY_NEEDS),
    (spans._DURATION.pattern, spans._DURATION_NEEDS),
    (spans._ENDS_AHEAD.pattern, spans._ENDS_AHEAD_NEEDS),
    (units._BY_LINK.pattern, units._BY_LINK_NEEDS),
    (stops._SAME_DAY.pattern, stops._SAME_DAY_NEEDS),
    (units._NOT_MADE_AFTER, units._NOT_MADE_NEEDS),
    (trip_words._TIMES_AFTER, trip_words._TIMES_NEEDS),
]


@pytest.mark.parametrize(("pattern", "needles"), NEEDED, ids=[p.pattern[:30] for p, _ in NEEDED])
def test_every_match_holds_a_needle(pattern: re.Pattern[str], needles: tuple[str, ...]) -> None:
    # may_hold(text, needles) is False only where the pattern cannot match, so the scan is skipped
    @given(st.from_regex(pattern, alphabet=st.characters(max_codepoint=127)))
    def check(text: str) -> None:
        match = pattern.search(text)
        assert match is not None
        assert may_hold(match.group(), needles), match.group()

    check()


@given(st.from_regex(people_mentions._LOWER_OFFICE))
def test_every_office_in_lower_case_holds_a_needle(text: str) -> None:
    # a paragraph with none of _LOWER_OFFICE_NEEDS (case and all) is not scanned for those offices
    match = people_mentions._LOWER_OFFICE.search(text)
    assert match is not None
    assert any(needle in match.group() for needle in people_mentions._LOWER_OFFICE_NEEDS)


@given(st.from_regex(_unguarded(people_offices._ROYAL)))
def test_every_royal_title_holds_a_needle(text: str) -> None:
    match = _unguarded(people_offices._ROYAL).search(text)
    assert match is not None
    assert any(needle in match.group() for needle in people_offices._ROYAL_NEEDS)


@given(st.text(), st.lists(st.text(alphabet="abckK -", max_size=3), min_size=1, max_size=3))
def test_may_hold_is_never_wrong_to_skip(text: str, needles: list[str]) -> None:
    pattern = re.compile("|".join(re.escape(n) for n in needles if n) or "(?!)", re.IGNORECASE)
    if pattern.search(text) and all(n == n.lower() for n in needles):
        assert may_hold(text, tuple(needles))


@given(st.text(alphabet="abcdeisv tx-", max_size=40), st.lists(st.text(alphabet="abcdeisv t", max_size=5), max_size=8))
def test_may_hold_holds_as_every_needle_would(text: str, needles: list[str]) -> None:
    # (the needles that hold another are left out: the rest say the same)
    assert may_hold(text, tuple(needles)) == any(n in text.lower() for n in needles)


_SOUP = "Ab_é1 ,;:)-'’.\n\t\u00a0x"


@given(
    st.text(alphabet=_SOUP, max_size=30),
    st.text(alphabet=_SOUP, min_size=1, max_size=4),
    st.sampled_from([("", ""), ("-", "-"), ("'’-", "-")]),
)
@example("Roe, Jane Roe-Poe", "Roe", ("'’-", "-"))
def test_holds_word_tells_what_its_pattern_finds(text: str, word: str, sides: tuple[str, str]) -> None:
    # (the per-name search, without compiling a pattern for each name)
    before, after = sides
    pattern = rf"(?<![\w{re.escape(before)}]){re.escape(word)}(?![\w{re.escape(after)}])"
    assert _regex.holds_word(text, word, before, after) == (re.search(pattern, text) is not None)


@given(st.text(alphabet=_SOUP, max_size=30), st.text(alphabet=_SOUP, min_size=1, max_size=4))
@example("said Okello. Okello met", "Okello")
@example("Jr.  Jr.x", "Jr.")
def test_follows_a_word_tells_what_its_pattern_finds(text: str, word: str) -> None:
    pattern = rf"[\w,;:)]\s+{re.escape(word)}\b"
    assert _regex.follows_a_word(text, word) == (re.search(pattern, text) is not None)


@given(
    st.text(alphabet=_SOUP + "JRo", max_size=30),
    st.text(alphabet=_SOUP + "JRo", min_size=1, max_size=5),
    st.text(alphabet=_SOUP + "JRo", min_size=1, max_size=3),
)
@example("Jane Roe met Roe, then Jane Roe-Poe", "Jane Roe", "Roe")
@example("RoRoRo Ro", "RoRo", "Ro")
def test_word_starts_are_where_the_words_pattern_matches(text: str, first: str, second: str) -> None:
    words = (first, second) if first != second else (first,)
    pattern = "|".join(rf"\b{re.escape(w)}\b" for w in words)
    assert _regex.word_starts(text, *words) == [m.start() for m in re.finditer(pattern, text)]


def test_may_hold_leaves_out_the_needles_that_hold_another() -> None:
    assert _regex._fewest(("visits", "visit", "tour", "detour", "go to", "go")) == ("visit", "tour", "go")


_BEFORE_WORDS = st.sampled_from(
    "to in for from left leaving departed the outside including such as like namely back home was return returned"
    " situation war near , according up ambassador of next travel flew visited visit tour toured capital city"
    " Onto INTO The FOR From Tokyo Nairobi's flood-hit ı İ é".split(" ")
)


@given(st.lists(st.tuples(_BEFORE_WORDS, st.sampled_from([" ", "  ", "\n", ", ", "-", ""])), max_size=12))
def test_the_words_before_a_place_read_as_every_pattern_would(parts: list[tuple[str, str]]) -> None:
    # the patterns read before a place are searched only where the words end on one of their own:
    # the same reading as searching every one
    before = "".join(w + sep for w, sep in parts)[-56:]
    g = governed
    cued = (
        g._CUE_BEFORE.search(before) is not None
        and (g._NOT_CUE_BEFORE.search(before) is None or g._NEXT_LEG_BEFORE.search(before) is not None)
    ) or g._KINDS_INCLUDING.search(before) is not None or g._OUTSIDE_BEFORE.search(before) is not None or (
        ("," in before or "(" in before or "House " in before) and g._BUILDING_COMMA_BEFORE.search(before) is not None
    )
    if cued and (
        g._TOPIC_IN_BEFORE.search(before)
        or (g._BACK_IN_BEFORE.search(before) and not g._BE_BACK_IN_BEFORE.search(before))
        or g._LOCATING_BEFORE.search(before)
        or g._EARLIER_RETURN_BEFORE.search(before)
    ):
        expected = g._NOT_CUED
    else:
        expected = g._CueBefore(
            cued,
            g._LEFT_BEFORE.search(before) is not None,
            g._LEFT_FOR_BEFORE.search(before) is not None,
            g._RETURN_TO_BEFORE.search(before) is not None,
            g._FROM_BEFORE.search(before) is not None and g._RETURNED_FROM_BEFORE.search(before) is None,
        )
    assert g._cue_before(before) == expected


_CAPITALS_WORDS = st.sampled_from(
    "XI LI WANG ZHOU AB ABCDE MACRON DUVALIER LÓPEZ AKUFO-ADDO Jinping Wenhao Jin-ping President Mr Ms the"
    " McDonald O'Neil Zé Éb ß x 9 _ ' ’ - . ! — A".split(" ")
)


@given(st.lists(st.tuples(_CAPITALS_WORDS, st.sampled_from([" ", " ", "\n", ". ", "- ", "— ", "", "-"])), max_size=12))
@example([("Mr", " "), ("LI", " "), ("Wenhao", " ")])
@example([("XI", " "), ("Jinping", " ")])
@example([("AB", ". "), ("XI", " "), ("Jinping", "")])
def test_names_in_capitals_are_found_as_the_patterns_with_a_leading_lookbehind_would(parts: list[tuple[str, str]]) -> None:
    # the two scans for a surname in capitals open on a capital and check what comes before it after that
    # (or in Python): the same names as the patterns that open on the lookbehind
    from timeline.extract import capitals

    letters = "A-Z\u00c0-\u00d6\u00d8-\u00de"
    surname = re.compile(
        rf"(?<![\w'’-])(?P<before>[A-Z][a-z\u00df-\u024f'’-]+) (?P<name>[{letters}][{letters}'’-]{{3,}}"
        rf"(?: [{letters}][{letters}'’-]{{3,}})?)(?![\w'’-])(?! [A-Z]{{2}})"
    )
    family = re.compile(
        r"(?:(?<=[.!?] )|(?<=^)|(?<=\n)|(?<=[-–—] )|(?P<before>(?<![\w'’-])[A-Z][a-z]+) )"
        r"(?P<name>[A-Z]{2,4}) (?=[A-Z][a-z\u00df-\u024f'’-]+(?![\w'’-])(?! [A-Z]))",
        re.MULTILINE,
    )
    text = "".join(w + sep for w, sep in parts)
    found = [(m.start(), m.group()[:-1], capitals._family_before(text, m.start())) for m in capitals._FAMILY_IN_CAPITALS.finditer(text)]
    assert [(at, name, before or None) for at, name, before in found if before is not None] == [
        (m.start("name"), m.group("name"), m.group("before")) for m in family.finditer(text)
    ]
    assert [(m.span(), m.groupdict()) for m in capitals._SURNAME_IN_CAPITALS.finditer(text)] == [
        (m.span(), m.groupdict()) for m in surname.finditer(text)
    ]


_NAME_WORDS = st.sampled_from(
    ["Zhang", "Guoqing", "Li", "Qiang", "Émile", "Ömer", "O'Neill", "Kelly", "ſun", "İlham"]
)


@given(
    st.lists(st.lists(_NAME_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=4),
    st.lists(st.tuples(_NAME_WORDS | _VOCABULARY, st.sampled_from([" ", "", "-", "'s ", "\n"])), max_size=30),
)
def test_the_roster_pattern_matches_as_the_plain_one(names: list[str], parts: list[tuple[str, str]]) -> None:
    from timeline.model import Person
    from timeline.people import Roster

    roster = Roster(people=tuple(Person(name) for name in names))
    pattern = roster.alias_pattern()
    assert pattern is not None
    forms = {f for person in roster.people for f in (person.name, *person.aliases)}
    alternatives = "|".join(map(re.escape, sorted(forms, key=lambda f: (-len(f), f))))
    # a name ends before a letter, a hyphen or an apostrophe that goes on into a word ("O'Neill"), save
    # the possessive "'s" (a closing quote after it, "'Zhang' said", ends it too)
    plain = re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w-])(?!['’](?!s\b)\w)", re.IGNORECASE)
    assert isinstance(pattern, Caseless) == all(form.isascii() for form in forms)
    text = "".join(w + sep for w, sep in parts)
    for variant in (text, text.lower(), text.upper()):
        assert [m.span() for m in pattern.finditer(variant)] == [m.span() for m in plain.finditer(variant)]



_ASCII_NAME_WORDS = st.sampled_from(["Zhang", "Guoqing", "Li", "Kelly", "Isik", "Recep", "Tayyip"])
_ODD_NAME_WORDS = st.sampled_from(
    ["Zhang", "Guoqing", "Li", "Kelly", "Işık", "İsik", "Recep", "Tayyıp", "ſun", "\u212aelly", "met", "in"]
)


@given(
    st.lists(st.lists(_ASCII_NAME_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=3),
    st.lists(st.tuples(_ODD_NAME_WORDS, st.sampled_from([" ", "", "-", "'s ", "\n"])), min_size=1, max_size=20),
)
def test_ascii_names_in_a_text_folded_cannot_lower_are_found_as_the_pattern_finds_them(
    names: list[str], parts: list[tuple[str, str]]
) -> None:
    # ASCII names are looked for in the text loosely folded ("İ", "ı" as "i"): the pattern's spans
    from timeline.model import Person
    from timeline.people import Roster

    roster = Roster(people=tuple(Person(name) for name in names))
    text = "".join(w + sep for w, sep in parts) + " İ"
    pattern = roster.alias_pattern()
    assert pattern is not None
    assert roster.alias_spans(text) == [m.span() for m in pattern.finditer(text)]

@pytest.mark.parametrize(("module", "name"), CASELESS, ids=[n for _, n in CASELESS])
def test_caseless_pattern_matches_as_with_ignorecase_on_the_fixtures(module: object, name: str) -> None:
    pattern: Caseless = getattr(module, name)
    for text in (FIXTURE_TEXT, FIXTURE_TEXT.lower(), FIXTURE_TEXT.upper()):
        assert folded(text) is not None
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), tuple(g and g.lower() for g in m.groups())) for m in pattern.pattern.finditer(text)
        ]


@given(st.lists(st.tuples(_VOCABULARY, st.sampled_from([" ", "", "-", ", ", "\n", "é", "“"])), max_size=30))
def test_caseless_patterns_match_as_with_ignorecase_on_word_soup(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts)
    for module, name in CASELESS:
        pattern: Caseless = getattr(module, name)
        exact = pattern.pattern
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in exact.finditer(text)], name
        for at in (0, len(text) // 2):
            found, expected = pattern.search(text, at), exact.search(text, at)
            assert (found and found.span()) == (expected and expected.span()), name
            found, expected = pattern.match(text, at), exact.match(text, at)
            assert (found and found.span()) == (expected and expected.span()), name
            assert pattern.match_end(text, at) == (expected and expected.end()), name


_ODD_FOLDS = st.sampled_from(["\u0131", "\u0130", "\u017f", "\u212a"])  # ı İ ſ K: IGNORECASE takes them for i i s k


@given(
    st.lists(st.tuples(_VOCABULARY, st.sampled_from([" ", "", "-", ", ", "\n", "é", "“"])), min_size=1, max_size=30),
    st.lists(st.tuples(st.integers(0, 400), _ODD_FOLDS), min_size=1, max_size=4),
)
def test_caseless_patterns_match_as_with_ignorecase_where_folded_cannot_lower(
    parts: list[tuple[str, str]], odd: list[tuple[int, str]]
) -> None:
    # a text with a letter that IGNORECASE equates with an ASCII one is read with the IGNORECASE
    # pattern, which a miss in the loosely folded text spares compiling: the same matches either way
    chars = list("".join(w + sep for w, sep in parts))
    for at, letter in odd:
        at %= len(chars)
        if chars[at].lower() in "iskİı":
            chars[at] = letter
        else:
            chars.insert(at, letter)
    text = "".join(chars)
    assert folded(text) is None
    for module, name in CASELESS:
        pattern: Caseless = getattr(module, name)
        exact = re.compile(pattern._source, pattern._flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in exact.finditer(text)], name
        for at in (0, len(text) // 2):
            found, expected = pattern.search(text, at), exact.search(text, at)
            assert (found and found.span()) == (expected and expected.span()), name
            found, expected = pattern.match(text, at), exact.match(text, at)
            assert (found and found.span()) == (expected and expected.span()), name
            assert pattern.match_end(text, at) == (expected and expected.end()), name


def test_a_miss_in_a_text_folded_cannot_lower_compiles_nothing() -> None:
    pattern = Caseless(r"\b(?:state )?visits?\b")
    assert pattern.search("Talks in İstanbul") is None
    assert list(pattern.finditer("Talks in İstanbul")) == []
    assert pattern.match("İstanbul talks") is None
    assert pattern._compiled is None  # (no IGNORECASE pattern was needed)
    assert pattern.match_end("Vıſits to İstanbul") == 6  # (where a match ends: read loosely folded)
    assert pattern.match_end("Talks in İstanbul") is None
    assert pattern.match_end("STATE VISIT") == 11
    assert pattern._compiled is None
    assert pattern.search("A Vıſit to İstanbul").span() == (2, 7)  # (found: read with IGNORECASE)
    assert pattern.search("A State \u212aing vısıts").span() == (13, 19)


def test_folded_refuses_what_ignorecase_would_equate_with_ascii() -> None:
    assert folded("A State Visit") == "a state visit"
    assert folded("Visit — “Hangzhou”") == "visit — “hangzhou”"
    for odd in ("ſtate", "vısit", "İzmir", "\u212aing"):  # long s, dotless i, dotted I, Kelvin sign
        assert folded(odd) is None, odd


@given(st.text())
def test_folded_keeps_every_position(text: str) -> None:
    lower = folded(text)
    if lower is not None:
        assert len(lower) == len(text)
        for a, b in zip(text, lower, strict=True):
            assert (a == b) or (a.isascii() and a.lower() == b) or not (a.isascii() or b.isascii())


def test_a_long_text_is_found_again_by_identity() -> None:
    # a long report is folded tens of thousands of times: a cache that found it by equality
    # compared it, character by character, with the equal text it first saw on every call, which
    # made reading it quadratic (issue 16, the "Oct. 11, " shape)
    first = "Oct. 11, Ningbo " * 600
    again = "".join(list(first))
    assert again is not first
    assert again == first
    assert len(again) > 4096
    assert folded(first) == first.lower()
    assert folded(again) == first.lower()
    assert any(seen is again for seen, _ in _regex._LONG_FOLDED)
    assert any(seen is first for seen, _ in _regex._LONG_FOLDED)
    assert folded("Long ſ text " * 500) is None  # a long text folds as a short one does


def test_caseless_wants_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Caseless(r"\bVisit\b")
    assert Caseless(r"\b(?P<n>\d+)-day\b").search("a 3-Day visit") is not None


_LETTERS_FIRST = st.lists(
    st.tuples(
        st.booleans(),
        st.lists(st.from_regex(r"[a-cA][a-c ]{0,3}", fullmatch=True), min_size=1, max_size=3),
        st.sampled_from(["", r"\b", " a", "(?:b|c)?"]),
    ),
    min_size=1,
    max_size=4,
)


@given(_LETTERS_FIRST, st.text(alphabet="abcA _-\n", max_size=40))
@example([(False, ["aa", "A"], "(?:b|c)?"), (False, ["a"], "")], "Ab")  # "a" and "A" both open one
def test_letter_first_matches_as_the_plain_pattern(
    alternatives: list[tuple[bool, list[str], str]], text: str
) -> None:
    # alternatives like \b(?:ab|c a)\b or c(?:b|c)?, some opening on a group, some bounded
    pattern = "|".join(
        (r"\b" if bounded else "") + (f"(?:{'|'.join(inner)})" if len(inner) > 1 else inner[0]) + tail
        for bounded, inner, tail in alternatives
    )
    fast = letter_first(pattern)
    for flags in (0, re.IGNORECASE):
        plain = re.compile(pattern, flags)
        assert [m.span() for m in re.compile(fast, flags).finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        assert [m.span() for m in words(pattern, flags).finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_letter_first_gathers_alternatives_by_letter() -> None:
    assert (
        letter_first(r"\b(?:visits?|tour(?:ed)?|trip)\b")
        == r"v(?<!\w.)(?:isits?\b)|t(?<!\w.)(?:our(?:ed)?\b|rip\b)"
    )
    assert letter_first(r"\bvisit|via") == r"\bvisit|via"  # "v" opens a bounded and an unbounded one
    assert letter_first(r"\d+|visit") == r"\d+|visit"  # an alternative that opens on no letter


# alternatives sharing their first letters, some opening on a group, a class or nothing after them
_TREE_ALTERNATIVES = st.lists(
    st.tuples(
        st.booleans(),
        st.from_regex(r"[ab][ab ,-]{0,3}", fullmatch=True),
        st.sampled_from(["", r"\b", "a?", "(?:b|a )?", "[ab]", "b*", "(?:a|)"]),
    ),
    min_size=1,
    max_size=7,
)


@given(_TREE_ALTERNATIVES, st.text(alphabet="abA ,-\n", max_size=40))
@example([(True, "ab", ""), (True, "a", "b*"), (True, "ab", "a")], "ab aba abb")
def test_letter_first_as_a_prefix_tree_matches_as_the_plain_pattern(
    alternatives: list[tuple[bool, str, str]], text: str
) -> None:
    pattern = "|".join((r"\b" if bounded else "") + word + tail for bounded, word, tail in alternatives)
    plain = re.compile(pattern)
    tree = re.compile(letter_first(pattern, tree=True))
    for pos in range(len(text) + 1):
        assert [m.span() for m in tree.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]
        found, expected = tree.match(text, pos), plain.match(text, pos)
        assert (found and found.span()) == (expected and expected.span())


def test_letter_first_as_a_prefix_tree_follows_the_letters() -> None:
    assert letter_first(r"\b(?:visits?|visited|vetoed)\b", tree=True) == (
        r"v(?<!\w.)(?:i(?:s(?:i(?:t(?:s?\b|ed\b))))|etoed\b)"
    )
    # an alternative opening on a class keeps its place: those after it are gathered apart
    assert letter_first(r"\b(?:abc|a[xy]|abd|abe)", tree=True) == r"a(?<!\w.)(?:bc|[xy]|b(?:d|e))"


@given(
    st.lists(
        st.tuples(_VOCABULARY, st.sampled_from([" ", "", "-", ", ", "\n", "2025", "é", "٣"])), max_size=30
    )
)
def test_the_folded_trigger_scan_finds_what_the_cased_one_finds(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts) + " Monday MAY 2024 mar. Jan"
    lower = folded(text)
    if lower is None:
        return
    cased = [(m.start("trigger"), m.end()) for m in temporal_atoms._NEXT_TRIGGER.finditer(text)]
    assert [(m.start("trigger"), m.end()) for m in temporal_atoms._NEXT_TRIGGER_FOLDED.finditer(lower)] == cased
    assert len(cased) >= 5


@pytest.mark.parametrize(
    "pattern",
    [
        "a(b)c",
        r"(?P<n>\d+)-(?P=n)",
        r"\((?:x)(?=y)(?<!z)(?<=w)(?i:q)[(](?P<m>r)",
        r"(?:a|(b))(c(d))",
        *(getattr(module, name)._source for module, name in _patterns([*EXTRACT, *PEOPLE, *TEMPORAL], Caseless)),
    ],
)  # fmt: skip
def test_group_shape_read_from_the_syntax_is_re_compiles(pattern: str) -> None:
    # Caseless checks its fast form's groups against the pattern's without compiling the pattern
    assert _group_shape(pattern) == _group_shape_of(re.compile(pattern))


_WORD_LISTS = st.lists(st.from_regex(r"[a-zA-Z][a-z]{0,5}(?: [a-z]{1,4})?", fullmatch=True), min_size=1, max_size=12)


@given(
    _WORD_LISTS,
    st.text(alphabet="abcdefghijklmnoptuvwABCé .,-'’_1\n“", max_size=60),
    st.integers(-2, 62),
    st.integers(0, 64),
)
@example(["visit", "tour", "trip", "arrive", "left", "flew"], "a visit, a tour; flew", 0, 64)
def test_a_word_list_is_found_as_well_through_its_locator(
    words_: list[str], text: str, pos: int, endpos: int
) -> None:
    # the locator finds the matches after the gaps between words; a match at the text's start is
    # tried on its own: the same matches, at the same places, from any pos to any endpos
    pattern = re.compile(letter_first(r"\b(?:" + "|".join(map(re.escape, words_)) + r")\b", cased=True))
    locator = _regex.word_start_locator(pattern)
    letters = {w[0] for w in words_}
    assert (locator is None) == (len(letters) < _regex._LOCATE_FROM)
    locator = locator or re.compile(f"[^A-Za-z0-9_](?:{pattern.pattern})")  # (the same with few letters)
    for at in (pos, 0, len(text) // 2):
        found = _regex._search_at_word_starts(pattern, locator, text, at, endpos)
        expected = pattern.search(text, at, endpos)
        assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in _regex._finditer_located(pattern, locator, text, pos, endpos)] == [
        m.span() for m in pattern.finditer(text, pos, endpos)
    ]
    assert [m.span() for m in _regex.finditer_at_word_starts(pattern, text, pos, endpos)] == [
        m.span() for m in pattern.finditer(text, pos, endpos)
    ]


def test_only_letters_first_word_lists_get_a_locator() -> None:
    many = r"\b(?:alpha|beta|gamma|delta|epsilon|zeta|eta)\b"
    assert _regex.word_start_locator(re.compile(letter_first(many))) is not None
    assert _regex.word_start_locator(re.compile(many)) is None  # not letters first
    assert _regex.word_start_locator(re.compile(letter_first(many), re.IGNORECASE)) is None
    assert _regex.word_start_locator(re.compile(letter_first(r"\b(?:alpha|beta)\b"))) is None  # few letters
    # a look-behind that refuses only some marks before the letter does not keep word characters out
    assert _regex.word_start_locator(re.compile("|".join(f"{c}(?<!['-].)x" for c in "abcdefg"))) is None
    assert _regex.word_start_locator(re.compile("|".join(rf"{c}(?<![^\w].)x" for c in "abcdefg"))) is None
    assert _regex.word_start_locator(people_offices._JOURNEY_VERB) is not None


def test_the_office_scan_finds_what_offices_at_a_word_start_are() -> None:
    # letters first in both cases ("First Lady", "first lady"), found through its locator
    plain = re.compile(rf"\b(?:{people_offices._OFFICE})")
    assert _regex.word_start_locator(people_offices._OFFICE_SCAN) is not None
    texts = (FIXTURE_TEXT, FIXTURE_TEXT.lower(), FIXTURE_TEXT.upper(), "first lady Jane Roe, First Lady Ann Poe")
    for text in texts * 2:  # (the locator is made once the scan has read enough: before and after)
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in people_offices._OFFICE_SCAN.finditer(text)] == spans
        found = _regex.finditer_at_word_starts(people_offices._OFFICE_SCAN, text)
        assert [m.span() for m in found] == spans
    assert _regex._LOCATORS[id(people_offices._OFFICE_SCAN)][1] is not None
    # the trip words are too long a pattern to compile again: their locator is made with them
    trigger = trip_words._TRIP_TRIGGER.folded
    assert len(trigger.pattern) > _regex._LOCATE_MAX_LEN
    assert _regex._LOCATORS[id(trigger)][1] is not None
    lower = FIXTURE_TEXT.lower()
    spans = [m.span() for m in trigger.finditer(lower)]
    assert spans
    assert [m.span() for m in _regex.finditer_at_word_starts(trigger, lower)] == spans


def test_a_long_word_list_gets_the_locator_re_would_compile() -> None:
    # compile_located writes the locator's code from the pattern's own: what re.compile makes of
    # "[^A-Za-z0-9_](?:PATTERN)", groups and all
    from re import _compiler, _parser  # type: ignore[attr-defined]

    words_ = [f"{c}{w}" for c in "abcdefghijklmnopqrstuvwxyz" for w in ("ork", "isit", "our(?:ed)?", "ay")]
    sources = (
        trip_words._TRIP_TRIGGER.folded.pattern,
        letter_first(r"\b(?:" + "|".join(words_) + r")\b"),
        letter_first(r"\b(?:(a)lpha|b(?P<x>eta)|gamma|delta|epsilon|zeta|eta)\b"),
    )
    for source in sources:
        parsed = _parser.parse(source, 0)
        flags = parsed.state.flags
        code = _compiler._code(parsed, flags)
        expected = _compiler._code(_parser.parse(f"[^A-Za-z0-9_](?:{source})", 0), flags)
        assert _regex._locator_code(parsed, code, flags) == expected
    long_list = letter_first(r"\b(?:" + "|".join(words_ * 40) + r")\b")
    assert len(long_list) > _regex._LOCATE_MAX_LEN
    pattern = _regex.compile_located(long_list)
    assert pattern.pattern == long_list
    assert pattern.groups == re.compile(long_list).groups
    locator = _regex._LOCATORS[id(pattern)][1]
    assert locator is not None
    assert locator.pattern == f"[^A-Za-z0-9_](?:{long_list})"
    text = "Bork visited, a tour toured; zay-way xwork 2day _may. Ray"
    assert [(m.span(), m.group()) for m in _regex.finditer_at_word_starts(pattern, text)] == [
        (m.span(), m.group()) for m in re.finditer(long_list, text)
    ]
    assert [m.span() for m in re.finditer(long_list, text)] != []
    # a short pattern, or one of another shape, is compiled as it is
    assert id(_regex.compile_located("ab|cd")) not in _regex._LOCATORS


def test_the_untitled_ways_are_the_untitled_pattern() -> None:
    assert people_mentions._UNTITLED.pattern == "(?:" + "|".join(way for way, _ in people_mentions._UNTITLED_WAYS) + ")"
    samples = [
        FIXTURE_TEXT,
        "Jane Roe, also a member of the council, and his wife, Ann Poe, joined by Tom Lee, met his Ruritanian"
        " counterpart Bo Lin and Republican candidate Joe Doe; gubernatorial hopeful Al Bee spoke.",
    ]
    for text in samples:
        ways = people_mentions._untitled(text)
        assert ways is not None
        assert [m.span() for m in ways.finditer(text)] == [m.span() for m in people_mentions._UNTITLED.finditer(text)]
    assert people_mentions._untitled("Jane Roe visited Ruritania.") is None


_UNTITLED_WORDS = st.sampled_from(
    [
        "Jane Roe", "Ann Poe", "Tom Lee", "Bo Lin", ",", "a member of the council", "also a member of", "(MP)",
        "his wife,", "her husband,", "their spouse,", "accompanied by", "joined by", "his Ruritanian counterpart",
        "her counterparts", "Republican candidate", "Democrat", "Labour nominee", "presidential hopeful",
        "gubernatorial", "and", "met", "said", ".", "\n",
    ]
)


@given(st.lists(_UNTITLED_WORDS, max_size=40).map(" ".join), st.integers(0, 20))
def test_the_untitled_ways_scanned_one_by_one_find_what_their_alternation_finds(text: str, start: int) -> None:
    # the ways a text holds the words of, each compiled alone and scanned as their alternation would be
    ways = people_mentions._untitled(text)
    if ways is None:
        assert people_mentions._UNTITLED.search(text) is None
        return
    assert [(m.span(), {k: v for k, v in m.groupdict().items() if v}) for m in ways.finditer(text, start)] == [
        (m.span(), {k: v for k, v in m.groupdict().items() if v}) for m in people_mentions._UNTITLED.finditer(text, start)
    ]


@pytest.mark.parametrize(("way", "needles"), people_mentions._UNTITLED_WAYS, ids=[w[:30] for w, _ in people_mentions._UNTITLED_WAYS])
def test_every_untitled_way_holds_its_words(way: str, needles: tuple[str, ...]) -> None:
    # a way whose words a text lacks is dropped from the scan (people_mentions._untitled)
    pattern = re.compile(way)

    @given(st.from_regex(pattern, alphabet=st.characters(max_codepoint=127)))
    def check(text: str) -> None:
        match = pattern.search(text)
        assert match is not None
        assert any(needle in match.group() for needle in needles), match.group()

    check()


@given(st.from_regex(people_mentions._NAMELESS_ROYAL, alphabet=st.characters(max_codepoint=127)))
def test_every_nameless_royal_holds_a_needle(text: str) -> None:
    # a paragraph with none of _NAMELESS_ROYAL_NEEDS is not scanned for "The Queen visited"
    match = people_mentions._NAMELESS_ROYAL.search(text)
    assert match is not None
    assert any(needle in match.group() for needle in people_mentions._NAMELESS_ROYAL_NEEDS), match.group()


def test_the_apposition_cue_finds_what_offices_in_their_order_find() -> None:
    # its offices gathered by their first letter: the same matches as the plain alternation
    offices = f"{people_offices._OFFICE.lower()}|general secretary|secretary|chairman|chairwoman|chief|head|leader"
    grouped = f"(?:{letter_first(offices)})"
    assert people_mentions._APPOSITION_CUE.pattern.endswith(grouped)
    plain = re.compile(people_mentions._APPOSITION_CUE.pattern.removesuffix(grouped) + f"(?:{offices})")
    samples = [
        FIXTURE_TEXT,
        "Jane Roe, the prime minister, and Ann Poe, Ruritania's foreign minister, met Bo Lin, a secretary,"
        " with Al Bee, also the new head of state, and Tom Lee, who is the first lady's chief of staff.",
    ]
    for text in samples:
        assert [m.span() for m in people_mentions._APPOSITION_CUE.finditer(text)] == [m.span() for m in plain.finditer(text)]



def test_the_apposition_of_cue_finds_what_offices_in_their_order_find() -> None:
    plain = re.compile(people_mentions._APPOSITION_OF_CUE.pattern.replace(people_mentions._OFFICE_BY_LETTER, people_offices._OFFICE))
    assert plain.pattern != people_mentions._APPOSITION_OF_CUE.pattern
    samples = [
        FIXTURE_TEXT,
        "Jane Roe, Prime Minister of Ruritania, met Ann Poe, the Vice President and Foreign Minister of Bo,"
        " Al Bee, first lady of Tomania, and Tom Lee, Minister for Rural Development and Communications, and Sen.,",
    ]
    for text in samples:
        assert [(m.span(), m.groups()) for m in people_mentions._APPOSITION_OF_CUE.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]


@given(_WORD_LISTS, st.text(alphabet="abcdefghijklmnoptuvwABCé .,-'’_1\n“", max_size=60), st.integers(-2, 62))
def test_a_word_list_before_a_tail_is_found_as_well_through_its_locator(
    words_: list[str], text: str, pos: int
) -> None:
    # "(?:a(?<!\w.)...|b(?<!\w.)...)REST" (places._MOVED_TO): the group's letters open every match
    pattern = re.compile(
        "(?:" + letter_first(r"\b(?:" + "|".join(map(re.escape, words_)) + ")", cased=True) + r")\s+(?P<after>[a-z]+)"
    )
    locator = _regex.word_start_locator(pattern) or re.compile(f"[^A-Za-z0-9_](?:{pattern.pattern})")
    assert [(m.span(), m.groups()) for m in _regex._finditer_located(pattern, locator, text, pos, len(text))] == [
        (m.span(), m.groups()) for m in pattern.finditer(text, pos)
    ]


def test_the_towns_moved_to_are_found_through_a_locator() -> None:
    assert _regex.word_start_locator(places._MOVED_TO) is not None
    text = FIXTURE_TEXT + "\nShe flew on to Nairobi, then drove to Naro Moru and Nanyuki; stop-overs in Githurai and Kenol."
    assert [(m.span(), m.groups()) for m in _regex.finditer_at_word_starts(places._MOVED_TO, text)] == [
        (m.span(), m.groups()) for m in places._MOVED_TO.finditer(text)
    ]
    assert _regex.word_start_locator(re.compile(r"(?:a(?<!\w.)x|b(?<!\w.)y|c(?<!\w.)z|d(?<!\w.)w|e(?<!\w.)v|f(?<!\w.)u)?q")) is None


def _syntax_by_characters(pattern: str) -> list[tuple[int, str, int]]:
    """The grouping syntax read one character at a time (what ``_regex._syntax`` reads with a regex)."""
    out, depth, i, in_class = [], 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()|":
            depth += (c == "(") - (c == ")")
            out.append((i, c, depth))
        i += 1
    return out


@given(st.text(alphabet="ab()|[]\\?:-", max_size=40))
def test_the_syntax_scan_reads_groups_as_a_character_scan_does(pattern: str) -> None:
    assert list(_regex._syntax(pattern)) == _syntax_by_characters(pattern)


def test_the_syntax_scan_skips_escapes_and_classes() -> None:
    assert list(_regex._syntax(r"(a|\(b)[(|)]|c")) == [(0, "(", 1), (2, "|", 1), (6, ")", 0), (12, "|", 0)]
