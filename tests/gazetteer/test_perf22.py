"""perf22: short cuts that must read as the general path does."""

from __future__ import annotations

import difflib
import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import _text
from gazetteer._text import name_key
from gazetteer.resolve import _SPELLING_LIKENESS, _spelling_of


def _general_key(name: str) -> str:
    """name_key's general path, with no short cut."""
    folded = unicodedata.normalize("NFKD", name.translate(_text._FOLD))
    stripped = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.translate(_text._FOLD).casefold()).strip()


@settings(max_examples=800)
@given(st.text(alphabet="aZ9 .'-_/\t\x1c`’é", max_size=10) | st.text(max_size=10))
def test_name_key_short_cut_keys_as_the_general_path(name: str) -> None:
    assert name_key(name) == _general_key(name)


def test_name_key_of_plain_words() -> None:
    assert name_key("Port Lorin") == "port lorin"
    assert name_key("Port  Lorin ") == "port lorin"
    assert name_key("Lorin") == "lorin"


@given(st.text(alphabet="abcde", max_size=6), st.text(alphabet="abcde", max_size=6))
def test_spelling_of_tells_what_the_matcher_tells(written: str, own: str) -> None:
    ratio = difflib.SequenceMatcher(None, written, own).ratio()
    assert _spelling_of(written, own) == (ratio >= _SPELLING_LIKENESS)
    assert _spelling_of(written, written)
