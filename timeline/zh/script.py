"""Traditional -> simplified, character for character, so offsets never move.

OpenCC's ``t2s`` conversion is loaded once per process.  Its phrase rules can change a text's
length (rarely); a line whose length changes is converted again one character at a time, so the
simplified text always has the same length as the original and every offset found in it is an
offset into the original (rule ``same-length``).

>>> to_simplified("國務院總理李強")
'国务院总理李强'
"""

from __future__ import annotations

import functools
from typing import Protocol, cast

__all__ = ["to_simplified"]


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@functools.cache
def _converter() -> _Converter:
    import opencc

    return cast(_Converter, opencc.OpenCC("t2s"))


def _line(conv: _Converter, line: str) -> str:
    out = conv.convert(line)
    if len(out) == len(line):
        return out
    chars = []
    for ch in line:
        one = conv.convert(ch)
        chars.append(one if len(one) == 1 else ch)
    return "".join(chars)


def to_simplified(text: str) -> str:
    """``text`` in simplified script, with exactly its length (offsets carry over unchanged)."""
    conv = _converter()
    whole = conv.convert(text)
    if len(whole) == len(text):
        return whole
    return "".join(_line(conv, line) for line in text.splitlines(keepends=True))
