"""The text as lines with offsets: hard-wrapped lines joined, words and sentences counted."""

from __future__ import annotations

import re
from typing import NamedTuple

from timeline.article.patterns import _DATELINE, _SENTENCE_END

# A stored page's leading "date YYYY-MM-DD" token, and what follows it on its line.
# (" date 2022-11": some stored copies give the month only)
_DATE_TOKEN = re.compile(r"(?P<token>(?i:date)\s*:?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?))\s+(?=\S)")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*")

# At least so many _WORD matches: each skips to the next letter and takes the whole word.
_AT_LEAST_WORDS = {n: re.compile(rf"(?:[^A-Za-z]*+[A-Za-z][A-Za-z'’.&-]*+){{{n}}}") for n in (3, 6, 9, 12, 13, 40)}


class _Line(NamedTuple):
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    """The non-blank lines (split at "\\n" and "\\r"), without their surrounding blanks.

    A scraped ``date YYYY-MM-DD`` token that opens the first line is a line of its own: what
    follows it on that line may be the headline, the dateline or the lead sentence.
    """
    out: list[_Line] = []
    pos = 0
    for segment in text.replace("\r", "\n").split("\n"):
        stripped = segment.strip()
        if stripped:
            start = pos + len(segment) - len(segment.lstrip())
            token = _DATE_TOKEN.match(stripped) if not out else None
            if token is not None:
                out.append(_Line(start, start + len(token.group("token")), token.group("token")))
                start += token.end()
                stripped = stripped[token.end() :]
            out.append(_Line(start, start + len(stripped), stripped))
        pos += len(segment) + 1
    return out


# (a compound's last part is no open word: "the swearing-in", "a sit-in", "the add-on" end a line whole)
_OPEN_END = re.compile(r"(?:(?<![-‐‑])\b(?:the|of|and|in|to|a|an|for|with|at|on|by|from|as|that|his|her|its|their)|,)$")

# (across a blank line: "by" ends a byline and a comma a list of names, not a cut clause)
_OPEN_END_WORD = re.compile(r"(?<![-‐‑])\b(?:the|of|and|in|to|a|an|for|with|at|on|from|as|that|his|her|its|their)$")

_LOWER_OPENING = re.compile(r"[a-z][a-z'’-]*\b(?![:/.@])")

# "RUSSIA: ...", "MS. DUDLEY: ...": a label in capitals opens an item or a speaker's turn, not a wrapped line
_CAPS_LABEL = re.compile(r"[A-Z][A-Z.'’&-]+(?:\s+[A-Z][A-Z.'’&-]+){0,3}:")

_BLANK_LAYOUT = 3  # breaks across a blank line found mid-clause: the copy is double-spaced throughout


def _join_wrapped(text: str, lines: list[_Line]) -> list[_Line]:
    """Hard-wrapped prose as one line: a line that breaks off mid-sentence runs on into the next.

    A line runs on when it has no closing punctuation and the next line starts in lower case, or
    when it ends on a word that never ends a sentence ("the", "of", a comma).  Across one blank
    line ("leaves here" / blank / "tomorrow for ..."), the same holds for a line of prose, and
    copy with several such breaks is double-spaced: its lines wrapped at a width run on too.
    """
    widths: list[int] = []  # the lengths of the lines found broken off
    blanks: list[int] = []  # those of them broken across a blank line
    out = _runs_on(text, lines, widths, 0, blanks)
    if len(widths) >= 3:
        # Copy wrapped at a width: a line as long as the wrapped ones, with no closing punctuation,
        # runs on too ("Chinese Premier Wen Jiabao told drought-stricken farmers\nTuesday the ...").
        out = _runs_on(text, lines, [], int(0.8 * sorted(widths)[len(widths) // 2]), blanks)
    return out


def _breaks(between: str) -> int:
    """How many line breaks the blanks between two lines hold ("\r\n", "\n" or "\r" each)."""
    return between.count("\n") + between.count("\r") - between.count("\r\n")


def _runs_on_blank(last: str, line: str) -> bool:
    """Whether a line of prose cut mid-clause runs on across one blank line into the next."""
    if _OPEN_END_WORD.search(last, max(0, len(last) - 8)) is not None:
        return len(last) >= 20 and line[:1].isalnum()
    return (
        len(last) >= 40
        and _LOWER_OPENING.match(line) is not None
        and not line.startswith(("by ", "www"))
        and _has_words(last, 6)
        and _has_words(line, 3)  # ("issue 23 August 2008" under a title is a date line)
    )


def _runs_on(
    text: str, lines: list[_Line], widths: list[int], wrapped_width: int, blanks: list[int]
) -> list[_Line]:
    """:func:`_join_wrapped`'s one pass; lines of ``wrapped_width`` or more run on when they may."""
    out: list[_Line] = []
    for line in lines:
        if out:
            last = out[-1]
            breaks = _breaks(text[last.end : line.start])
            broken = max(text.rfind("\n", last.start, last.end), text.rfind("\r", last.start, last.end))
            tail = text[broken + 1 if broken >= 0 else last.start : last.end]  # its last physical line
            if breaks == 1 and not _SENTENCE_END.search(last.text) and (
                (len(last.text) >= 40 and line.text[:1].islower())
                or (len(last.text) >= 20 and _OPEN_END.search(last.text))
                or (
                    wrapped_width
                    and len(tail) >= wrapped_width
                    and line.text[:1].isalpha()
                    and _CAPS_LABEL.match(line.text) is None
                )
            ):
                widths.append(len(tail))
                out[-1] = _Line(last.start, line.end, text[last.start : line.end])
                continue
            if breaks == 2 and not _SENTENCE_END.search(last.text) and (
                _runs_on_blank(tail, line.text)
                or (
                    wrapped_width
                    and len(blanks) >= _BLANK_LAYOUT
                    and len(tail) >= wrapped_width
                    and line.text[:1].isalnum()
                    and _DATELINE.match(line.text) is None
                    and _CAPS_LABEL.match(line.text) is None
                )
            ):
                widths.append(len(tail))
                if not wrapped_width:
                    blanks.append(len(tail))
                out[-1] = _Line(last.start, line.end, text[last.start : line.end])
                continue
        out.append(line)
    return out


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _has_words(text: str, count: int, pos: int = 0) -> bool:
    """``len(_words(text[pos:])) >= count``, without listing them (count is one of _AT_LEAST_WORDS)."""
    return _AT_LEAST_WORDS[count].match(text, pos) is not None


def _is_sentence(line: _Line) -> bool:
    """A line of running prose: a long sentence, or a very long line whatever its last character."""
    return _has_words(line.text, 40) or (_has_words(line.text, 12) and bool(_SENTENCE_END.search(line.text)))
