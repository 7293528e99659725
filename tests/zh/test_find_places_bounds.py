"""``find_places`` reads ``simplified[start:end]`` whatever ``end`` is: an end past the text is the text's end."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.zh.places import find_places

_PIECES = st.sampled_from(["福建", "平潭", "福州", "长乐", "延安市", "安塞", "县", "区", "市", "考察", "，", "在", "。"])


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=8), start=st.integers(0, 30), past=st.integers(0, 30))
def test_an_end_past_the_text_reads_to_the_text_end(pieces: list[str], start: int, past: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    found = find_places(text, text, start, len(text) + past)
    assert found == find_places(text, text, start, len(text))
    assert all(start <= m.start <= m.end <= len(text) for m in found)
