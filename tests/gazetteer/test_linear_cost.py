"""The linear-cost forms in ``gazetteer.recognize`` give what the plain scans gave.

Speed itself is measured in ``tests/bench/bench_scaling.py``; here only the answers are checked.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import gazetteer.recognize as rec
import gazetteer.resolve as res
from gazetteer import Gazetteer
from gazetteer.index import load_index
from gazetteer.model import Place, Resolved, Unresolved
from gazetteer.recognize import Toponym, _Lines


def _alone_by_scanning(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : None if line_end < 0 else line_end].strip()


@given(st.text(alphabet=" \n\t\r\u2028\u00a0ab", max_size=40), st.data())
def test_alone_on_its_line(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _Lines(text).alone(start, end) == _alone_by_scanning(text, start, end)


_PIECES = [
    "Beijing",
    "China's",
    "U.S.",
    "A.B.C.",
    "x-y",
    "12ab",
    "'tis",
    "Xi'an",
    " ",
    ", ",
    "\n",
    "\u00a0",
    "é",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60), st.integers(1, 40), st.data())
def test_a_long_text_split_a_part_at_a_time_gives_the_same_tokens(
    pieces: list[str], part: int, data: st.DataObject
) -> None:
    text = "".join(pieces)
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.none() | st.integers(pos, len(text)))
    whole, whole_ends = rec._split(text, pos, endpos)
    long_form = rec._LONG
    try:
        rec._LONG = part  # every text is "long": split in parts of about ``part`` characters
        parts, parts_ends = rec._split(text, pos, endpos)
    finally:
        rec._LONG = long_form
    assert _columns(parts) == _columns(whole)
    assert list(parts_ends) == list(whole_ends)


def _columns(toks: rec._Toks) -> list[list[object]]:
    return [list(column) for column in toks.columns()]


def test_a_parent_read_once_for_a_text_written_again_is_the_same() -> None:
    index = load_index()
    text = (
        "Zhang visited " + "Beijing, " * 40 + "Suzhou, east China's Jiangsu Province, and Springfield, Ill. "
    )
    text += "Fuzhou, capital of Fujian Province. " + "A.B." * 80 + ", Albany, N.Y."
    doc = rec._Doc(text)
    for end in range(len(text)):
        read, _ = rec._read_parent_after(index, text, end, None)
        if rec._COMMA_OR_OF.match(text, end, end + 120):
            assert doc.parent_after(index, end) == read, end
            assert doc.parent_after(index, end) == read, end  # the second time, from the memo


def test_the_report_place_is_the_most_named_then_the_first_named() -> None:
    gazetteer = Gazetteer.default()
    a, b = (gazetteer.lookup(name)[0] for name in ("Springfield", "Dayton"))

    def home(named: list[Place]) -> Place:
        mentions = [*named, None]  # then a street the table does not know
        toponyms = [Toponym(0, 1, "x", "x", name_start=0, name_end=1) for _ in mentions]
        results: list[Resolved | Unresolved] = [
            Resolved("x", p, "population") if p else Unresolved("Royal Street", "no such place")
            for p in mentions
        ]
        last = res._local_features(toponyms, results)[-1]
        assert isinstance(last, Resolved)
        assert last.rule == "document-place"
        return last.place

    assert home([a, b, b]) == b
    assert home([a, b, b, a]) == a  # as many: the first named
    assert home([b, a, a, b]) == b


# pieces of text in which places are read with descriptors, kinds, parents, people and headings
_MENTION_PIECES = [
    "Beijing",
    "Beijing, ",
    "Springfield, Ill.",
    "Suzhou, east China's Jiangsu Province",
    "the city of Ningbo",
    "Zhejiang Province",
    "Marco Rubio said",
    "Premier Li",
    "Paris",
    " of ",
    "Georgia",
    "Jordan",
    "A.B.",
    " and ",
    ", ",
    ". ",
    "\n",
    " ",
    "the ",
    "President ",
    ", China",
    "east China's Jiangsu Province",
    "Zhejiang",
    " Province",
    "Springfield",
    ", Ill",
    "Paris, France",
]


def _read_afresh(find: Callable[[], list[Toponym]]) -> list[Toponym]:
    """What ``find`` gives with find_toponyms's memo off: every mention read afresh."""
    read_afresh = rec._READ_AFRESH
    try:
        rec._READ_AFRESH = sys.maxsize  # (no name is read more often: no mention looked up)
        return find()
    finally:
        rec._READ_AFRESH = read_afresh


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_MENTION_PIECES), min_size=1, max_size=40), st.integers(1, 30))
def test_a_mention_read_once_for_its_context_reads_as_read_afresh(pieces: list[str], times: int) -> None:
    """The memo of find_toponyms (a mention read once for each distinct text around it) changes
    nothing: every mention is what reading it afresh gives, and each passes Toponym's checks."""
    index = load_index()
    text = "".join(pieces) * times
    memoised = rec.find_toponyms(index, text, nested=True, demonyms=True)
    afresh = _read_afresh(lambda: rec.find_toponyms(index, text, nested=True, demonyms=True))
    assert memoised == afresh
    for t in memoised:
        assert attrs.evolve(t) == t  # (Toponym's __init__ checks the fields _made skipped)
        assert text[t.start : t.end] == t.text


_FILLER = "The talks went on for a long while, and then the party moved on again. "
_BEFORES = [
    "",
    "the city of ",
    "east China's ",
    "President ",
    "Marco ",
    "visited ",
    "in the ",
    "\n",
    "Bank of ",
]
_NAMES = ["Beijing", "Paris", "Zhejiang", "Georgia", "Springfield"]
_AFTERS = [
    *("", ", China", ", Hebei Province", " Province", ", Ill.", " said", " of France", " Hotel", "\n"),
    *(", north China's Hebei Province", ", north China's Shanxi Province", ", the capital of France"),
]


def test_names_alike_in_different_words_read_as_read_afresh() -> None:
    """Every name with every word before and after it (the same words on one side, others on the
    other, again and again) reads as read afresh."""
    index = load_index()
    text = _FILLER + "".join(
        f"{before}{name}{after}. {_FILLER}" for before in _BEFORES for name in _NAMES for after in _AFTERS
    )
    memoised = rec.find_toponyms(index, text)
    afresh = _read_afresh(lambda: rec.find_toponyms(index, text))
    assert len(memoised) > len(_BEFORES) * len(_AFTERS)
    assert memoised == afresh
