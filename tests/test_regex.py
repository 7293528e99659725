"""The first-letter guard never changes what a word-list pattern matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import extract, people
from timeline._regex import first_letters, may_hold, word_start_alternatives, words

FIXTURE_TEXT = "\n".join(p.read_text() for p in sorted(Path("fixtures").glob("*/article.txt")))
GUARDED = [
    (module, name)
    for module in (extract, people)
    for name, value in sorted(vars(module).items())
    if isinstance(value, re.Pattern) and value.pattern.startswith(("(?=[", r"\b(?=["))
]


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    body = pattern.pattern.removeprefix(r"\b")
    body = body[body.index("])") + 2 :]
    return re.compile(body, pattern.flags)


def test_the_hot_patterns_are_guarded() -> None:
    names = {name for _, name in GUARDED}
    assert {"_TRIP_TRIGGER", "_JOURNEY_WORDS", "_CUE_BEFORE"} <= names


def test_titled_matches_as_with_a_leading_word_boundary() -> None:
    # _TITLED opens on the offices' letters (word_start_alternatives), not on a guard
    plain = re.compile(
        people._TITLED.pattern.replace(f"(?:{people._OFFICE_AT_WORD_START})", rf"\b(?:{people._OFFICE})")
    )
    assert plain.pattern != people._TITLED.pattern
    for text in (FIXTURE_TEXT, FIXTURE_TEXT.lower(), FIXTURE_TEXT.upper()):
        assert [(m.span(), m.groups()) for m in people._TITLED.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]


@given(
    st.lists(st.from_regex(r"[a-zA-Zé][a-z .-]{0,6}", fullmatch=True), min_size=1, max_size=5),
    st.text(alphabet="abcé .-_ABC1\n", max_size=40),
)
def test_word_start_alternatives_match_as_a_leading_boundary(literals: list[str], text: str) -> None:
    fast = re.compile(word_start_alternatives(literals))
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, literals)) + ")")
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


@pytest.mark.parametrize(
    "pattern",
    ["[ab]c", "a?b", r"\d+", "(?:a|b)?c", "x|", r"(?P<n>\w)", "(?:a)*b"],
)
def test_no_guard_when_the_first_letter_is_not_plain(pattern: str) -> None:
    assert first_letters(pattern) == ""


NEEDED = [
    *((re.compile(pattern, re.IGNORECASE), extract._TRIP_STEMS) for pattern, _ in extract._TRIP_WORDS),
    (_unguarded(extract._COMPANION), extract._COMPANION_NEEDS),
    (_unguarded(extract._ARRIVED_HERE), extract._ARRIVED_HERE_NEEDS),
]


@pytest.mark.parametrize(("pattern", "needles"), NEEDED, ids=[p.pattern[:30] for p, _ in NEEDED])
def test_every_match_holds_a_needle(pattern: re.Pattern[str], needles: tuple[str, ...]) -> None:
    # may_hold(text, needles) is False only where the pattern cannot match, so the scan is skipped
    @given(st.from_regex(pattern).filter(str.isascii))
    def check(text: str) -> None:
        match = pattern.search(text)
        assert match is not None
        assert may_hold(match.group(), needles), match.group()

    check()


@given(st.from_regex(_unguarded(people._ROYAL)))
def test_every_royal_title_holds_a_needle(text: str) -> None:
    match = _unguarded(people._ROYAL).search(text)
    assert match is not None
    assert any(needle in match.group() for needle in people._ROYAL_NEEDS)


@given(st.text(), st.lists(st.text(alphabet="abckK -", max_size=3), min_size=1, max_size=3))
def test_may_hold_is_never_wrong_to_skip(text: str, needles: list[str]) -> None:
    pattern = re.compile("|".join(re.escape(n) for n in needles if n) or "(?!)", re.IGNORECASE)
    if pattern.search(text) and all(n == n.lower() for n in needles):
        assert may_hold(text, tuple(needles))


_NAME_WORDS = st.sampled_from(
    ["Zhang", "Guoqing", "Li", "Qiang", "Émile", "Ömer", "O'Neill", "Kelly", "ſun", "İlham"]
)


@given(
    st.lists(st.lists(_NAME_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=4),
    st.lists(st.tuples(_NAME_WORDS | _VOCABULARY, st.sampled_from([" ", "", "-", "'s ", "\n"])), max_size=30),
)
def test_the_roster_pattern_matches_as_without_its_guard(
    names: list[str], parts: list[tuple[str, str]]
) -> None:
    from timeline.model import Person
    from timeline.people import Roster

    pattern = Roster(people=tuple(Person(name) for name in names)).alias_pattern()
    assert pattern is not None
    plain = re.compile(pattern.pattern[pattern.pattern.index("(?<!") :], pattern.flags)
    text = "".join(w + sep for w, sep in parts)
    for variant in (text, text.lower(), text.upper()):
        assert [m.span() for m in pattern.finditer(variant)] == [m.span() for m in plain.finditer(variant)]
