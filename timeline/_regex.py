"""A cheap guard for word-list patterns, the pipeline's hottest regular expressions.

A pattern such as ``\\b(?:visits?|toured|trips?)\\b`` scanned over a report tries every
alternative at every character.  A lookahead on the letters the alternatives can start with
(``(?=[vVtT])``) rejects almost every position at once; it never changes what matches,
because every match starts with one of those letters.

>>> first_letters("visits?|toured|trips?", ignorecase=True)
'(?=[TVtv])'
>>> first_letters(r"\\b(?:visits?|toured)\\b", ignorecase=True)
'\\\\b(?=[TVtv])'
>>> first_letters(r"\\b(?:is|are) to\\b|\\bplans? to")
'\\\\b(?=[aip])'
>>> first_letters("[ab]c")  # a class: no guard
''
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

__all__ = ["first_letters", "may_hold", "word_start_alternatives", "words"]


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Yield ``(index, char, depth)`` for the pattern's own syntax: not escapes, not inside classes.

    ``depth`` is the group depth after the character (an opening parenthesis counts itself).
    """
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _alternatives(pattern: str) -> list[str]:
    """Split ``pattern`` at its top-level ``|`` (not inside groups, classes or escapes)."""
    cuts = [i for i, c, depth in _syntax(pattern) if c == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise([-1, *cuts, len(pattern)])]


def _closing(pattern: str) -> int:
    """The index of the ``)`` closing the group that opens ``pattern``, or -1."""
    return next((i for i, c, depth in _syntax(pattern) if c == ")" and depth == 0), -1)


def _heads(pattern: str) -> tuple[set[str], bool] | None:
    """The letters a match of ``pattern`` can start with, and whether every match opens on ``\\b``.

    ``None`` when the start of a match is not that plain.
    """
    letters: set[str] = set()
    bounded = True
    for alternative in _alternatives(pattern):
        head = alternative.removeprefix(r"\b")
        starts_bounded = head != alternative
        inner = None
        if head.startswith("(?:"):
            inner = 3
        elif head.startswith("(?P<"):
            inner = head.find(">") + 1
        if inner is not None:
            end = _closing(head)
            if end < 0 or head[end + 1 : end + 2] in ("?", "*", "{"):
                return None  # an optional group: the match may start after it
            found = _heads(head[inner:end])
            if found is None:
                return None
            letters |= found[0]
            bounded = bounded and (starts_bounded or found[1])
            continue
        if not head[:1].isascii() or not head[:1].isalpha() or head[1:2] in ("?", "*", "{"):
            return None
        letters.add(head[0])
        bounded = bounded and starts_bounded
    return letters, bounded


def first_letters(*patterns: str, ignorecase: bool = False) -> str:
    """A guard on the letters a match of any of ``patterns`` can start with.

    Alternatives and leading groups (``(?:...)``, ``(?P<name>...)``) are followed down to their
    first literal.  When every alternative opens on ``\\b`` the guard does too (the cheapest
    test, and it fails inside words).  Returns ``""`` (no guard) when an alternative may start
    with anything but an ASCII letter (a class, an escape other than a leading ``\\b``, an
    optional part), so the guard is always a necessary condition of a match.
    """
    letters: set[str] = set()
    bounded = True
    for pattern in patterns:
        found = _heads(pattern)
        if found is None:
            return ""
        letters |= found[0]
        bounded = bounded and found[1]
    if ignorecase:
        letters = {c for letter in letters for c in (letter.lower(), letter.upper())}
    boundary = r"\b" if bounded else ""
    return f"{boundary}(?=[{''.join(sorted(letters))}])"


def words(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` with the :func:`first_letters` guard in front when it has one."""
    guard = first_letters(pattern, ignorecase=bool(flags & re.IGNORECASE))
    return re.compile(f"{guard}(?:{pattern})" if guard else pattern, flags)


def may_hold(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold a match of a case-insensitive pattern each match of which
    contains one of ``needles`` (ASCII, written in lower case): a cheap test before the scan.

    Exact for ASCII text; other text always may (``IGNORECASE`` folds more than ``lower()``:
    "ſ" matches "s").
    """
    if not text.isascii():
        return True
    lower = text.lower()
    return any(needle in lower for needle in needles)


def word_start_alternatives(literals: Iterable[str]) -> str:
    """``\\b(?:lit1|lit2|...)`` for literals that open on a letter, written so a scan is fast.

    Each literal is written ``V(?<!\\w.)ice Premier``: the word-boundary test follows the first
    letter, so the alternation opens on plain letters and a case-sensitive pattern that starts
    with it lets the regex engine skip to those letters in C (a leading ``\\b`` or lookahead
    makes it try every position). The order of the literals is kept.
    """
    out = []
    for literal in literals:
        if not literal[:1].isalpha():
            raise ValueError(f"{literal!r} does not open on a letter")
        out.append(re.escape(literal[0]) + r"(?<!\w.)" + re.escape(literal[1:]))
    return "|".join(out)
