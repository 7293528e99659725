"""Sentence splitting that keeps offsets and knows news abbreviations ("Nov.", "U.S.", "Dr.")."""

from __future__ import annotations

import re

from attrs import frozen

__all__ = ["Sentence", "split_sentences"]

# A period after one of these does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun mr
    mrs ms dr prof gen col lt sgt capt gov govs sen sens rep reps rev st mt ft no nos vs etc inc ltd co corp
    jr sr ste pt
    u.s u.n u.k e.u a.m p.m d.c i.e e.g approx dept est fig
    """.split()
)

_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_END = re.compile(
    # (one mark first, then either ending: the engine skips to the marks instead of trying the
    # look-behind at every character; "*+" reads the marks without backtracking, which finds the same)
    r"[.!?](?:[.!?]*+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])"
    # "until Sunday.Air Force One landed": sentences a scrape ran together
    r"|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]))"
)


@frozen
class Sentence:
    """A sentence and its offsets in the article text."""

    start: int
    end: int
    text: str


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """The sentences of ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    out: list[Sentence] = []
    begin = start
    for match in _END.finditer(text, start, stop):
        if text[match.start()] == ".":
            token = _word_before(text, begin, match.start() + 1).lower().rstrip(".")
            if token in _ABBREVIATIONS or len(token) == 1 or _INITIALS.fullmatch(token):
                continue  # "Nov.", "U.S.", "WATERTOWN, N.Y. (WWNY) -"
        out.append(_make(text, begin, match.end()))
        begin = match.end()
    if text[begin:stop].strip():
        out.append(_make(text, begin, stop))
    return [s for s in out if s.text]


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _word_before(text: str, begin: int, end: int) -> str:
    """The run of ASCII letters and periods that ends ``text[begin:end]`` ("U.S.", "Nov.")."""
    first = end
    while first > begin and text[first - 1] in _WORD_CHARS:
        first -= 1
    return text[first:end]


def _make(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end])
