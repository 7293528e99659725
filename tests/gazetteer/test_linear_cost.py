"""The linear-cost forms in ``gazetteer.recognize`` give what the plain scans gave.

Speed itself is measured in ``tests/bench/bench_scaling.py``; here only the answers are checked.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gazetteer.recognize import _Lines


def _alone_by_scanning(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : None if line_end < 0 else line_end].strip()


@given(st.text(alphabet=" \n\t\r\u2028\u00a0ab", max_size=40), st.data())
def test_alone_on_its_line(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _Lines(text).alone(start, end) == _alone_by_scanning(text, start, end)
