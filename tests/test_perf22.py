"""perf22: quicker forms that must find what the forms they replace found."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline._regex import may_hold
from timeline.people import mentions, offices


def _more_verbs_by_word(text: str, start: int, stop: int) -> list[tuple[int, str]]:
    """_more_verbs_after_names as it was: a substring search for each word."""
    out = []
    for word in offices._MORE_VERB_WORDS:
        at = text.find(word, start, stop)
        while at >= 0:
            before = text.rfind(" ", start, at) + 1 or start
            verb = offices._JOURNEY_VERB_MORE.match(text, at + 1, stop) if text[before : before + 1].isupper() else None
            if verb is not None:
                out.append((at + 1, verb.group()))
            at = text.find(word, at + 1, stop)
    return sorted(out)


_SOUP = st.lists(
    st.sampled_from(
        ["Lorin", "Vasko", "Ann", "Poe", "is", "was", "in", "has", "been", "set", "sets", "off", "out", "heads",
         "headed", "a", "his", "the", "made", "paid", "expected", "due", "at", "ended", "laid", "wreath", ",", "."]
    ),
    max_size=14,
).map(" ".join)


@settings(max_examples=400)
@given(_SOUP, st.integers(0, 30), st.integers(0, 90))
def test_more_verbs_in_one_scan_as_by_each_word(text: str, start: int, stop: int) -> None:
    assert mentions._more_verbs_after_names(text, start, stop) == _more_verbs_by_word(text, start, stop)


def test_more_verbs_after_a_name() -> None:
    text = "Ann Poe is in Lorin. Vasko headed a team and Poe set off at dawn"
    assert mentions._more_verbs_after_names(text, 0, len(text)) == [(8, "is in"), (27, "headed"), (49, "set off")]


def test_parallel_read_unfreezes_what_it_froze(tmp_path: Path) -> None:
    import gc

    from timeline.cli import read_batch
    from timeline.export import to_json

    paths = []
    for i, body in enumerate(("Lorin, May 3 - Prime Minister Ann Poe arrived in Paris on Monday.", "Vasko visited Rome.")):
        path = tmp_path / f"r{i}.txt"
        path.write_text(f"Report {i}\n\n{body}\n", encoding="utf-8")
        paths.append(str(path))
    before = gc.get_freeze_count()
    two = read_batch(paths, jobs=2)
    assert gc.get_freeze_count() == before
    assert to_json(two) == to_json(read_batch(paths, jobs=1))


def test_guards_hold_what_their_patterns_match() -> None:
    from timeline.extract import governed, spans, units

    cases = [
        (spans._HOME_CUE, spans._HOME_CUE_NEEDS, ["She RETURNED to Lorin", "he got back on Monday", "flew home"]),
        (
            governed._EVENTS_PLACE_BEFORE,
            governed._EVENTS_PLACE_NEEDS,
            ["where a tornado ripped through parts of ", "after Wildfires that destroyed much of the ", "Earthquake hit "],
        ),
        (
            units._IN_THE_PARTY,
            units._IN_THE_PARTY_NEEDS,
            ["Ann Poe is also among the large Lorin delegation", "also with his entourage", "were part of the party"],
        ),
    ]
    for pattern, needles, texts in cases:
        for text in texts:
            assert pattern.search(text) is not None, text
            assert may_hold(text, needles), text
        assert not may_hold("Vasko went to Lorin on Monday.", needles)
