"""The first pass: the expressions in a stretch of text, as atoms that record what each says."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from timeline._regex import folded
from timeline.model import DateSpan
from timeline.temporal.patterns import (
    _ATOMS,
    _DETERMINER_BEFORE,
    _KINDS,
    _MONTH_CUE,
    _MONTH_EVENT_AFTER,
    _NOT_YEAR_AFTER,
    _NOT_YEAR_BEFORE,
    _WD,
    _WD_SHORT,
)
from timeline.temporal.resolution import _INITIALS, _LOOK_BACK, _TRIGGERS, _Atom, _resolve_atom, _weekday_of


def _any_case(words: Iterable[str], cased: bool = True) -> str:
    """A pattern for ``words`` in any ASCII case, as a trie so that a mismatch fails at once.

    ``re.IGNORECASE`` is not used: it would also match "ſ" and "K" (Kelvin sign) for "s" and "k".
    With ``cased=False``, the words in lower case only (for lower-cased text), each branch
    opening on a plain letter, which the engine checks before it enters the branch.
    """
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[:1], []).append(word[1:])
    # Branches start with different letters, so their order changes nothing but the speed: the
    # letters that start English words most often come first.
    order = sorted(filter(None, heads), key=_INITIALS.index)
    branches = [f"{f'[{c.upper()}{c}]' if cased else c}{_any_case(heads[c], cased)}" for c in order]
    if not branches:
        return ""
    pattern = "(?:" + "|".join(branches) + ")"
    return pattern + "?" if "" in heads else pattern


def _next_trigger(cased: bool) -> re.Pattern[str]:
    """The next trigger token: skip whole runs of letters that are not trigger words (possessively,
    so a run is never split) and the non-token characters after them, then capture a digit run or
    a trigger word. The group is None only at the end of the range.

    Letters that start no trigger word open a run that is skipped unchecked. With ``cased=False``
    the pattern reads lower-cased text (:func:`timeline._regex.folded`), where it is quicker.
    """
    letter = "A-Za-z" if cased else "a-z"
    word = _any_case(_TRIGGERS, cased) + "(?![A-Za-z])"
    not_initial = "".join(
        c + c.upper() if cased else c for c in _INITIALS if c not in {w[0] for w in _TRIGGERS}
    )
    return re.compile(
        rf"[^{letter}\d]*+(?:(?:[{not_initial}]|(?!{word})[{letter}])[{letter}]*+[^{letter}\d]*+)*+"
        rf"(?P<trigger>\d+|{word})?"
    )


_NEXT_TRIGGER = _next_trigger(cased=True)

_NEXT_TRIGGER_FOLDED = _next_trigger(cased=False)

# Up to _LOOK_BACK tokens before a position, read in the reversed text: nearest first.
_TOKENS_BEFORE = re.compile(r"(?:[^A-Za-z\d]*+(\d++|[A-Za-z]++)" * _LOOK_BACK + ")?" * _LOOK_BACK)

# The first word of every alternative of _ATOMS that does not start with a digit.  A match that
# starts at a token other than the trigger begins with one of these words (whole, or glued to the
# next word after "early", "late", "mid"), or runs past the token into a non-ASCII letter that
# IGNORECASE equates with an ASCII one ("laſt").
_STARTERS = _TRIGGERS | frozenset(
    (
        "early late mid the this last next past coming current earlier later fiscal nearly almost"
        " about some more a an one two three four five six seven eight nine ten eleven twelve several"
        " first second third fourth final at"
        " new boxing valentine presidents president martin mlk memorial labor columbus veterans good palm ash st"
        " saint bastille canada australia waitangi anzac armistice remembrance july independence republic national"
        # countries whose own days are read ("India's Republic Day"; see _NATIONAL_DAYS)
        " united america u us india pakistan bangladesh sri ghana nigeria kenya tanzania uganda zimbabwe namibia"
        " mozambique algeria indonesia philippines malaysia mexico brazil ukraine turkey italy china vietnam"
        " singapore uae saudi qatar kuwait"
    ).split()
)

_GLUED = ("early", "late", "mid")


def _may_start(text: str, q: int, token_end: int) -> bool:
    """Whether an _ATOMS match could start at the token ``text[q:token_end]``."""
    word = text[q:token_end].lower()
    if word[0].isdigit():
        return _digits_may_start(text, q, token_end)
    return (
        word in _STARTERS
        or word.startswith(_GLUED)
        or (token_end < len(text) and not text[token_end].isascii())
    )


_DOTTED_DATE = re.compile(r"\.\d{1,2}\.\d{4}")


def _digits_may_start(text: str, q: int, token_end: int) -> bool:
    """Whether an _ATOMS match could start at the digit run ``text[q:token_end]``.

    Such a match reads four digits (a year, a decade, an ISO date), or one to three digits
    followed by a dash ("14-Nov-2024"), a space ("14 Nov", "3 weeks ago"), a dotted month and year
    ("10.03.2024") or an ordinal suffix ("14th", "1st quarter", "21st century").
    """
    length = token_end - q
    if length == 4:
        return True
    if length > 3 or token_end >= len(text):
        return False
    after = text[token_end]
    return (
        after in "-snrt"
        or after.isspace()
        or (after == "." and _DOTTED_DATE.match(text, token_end) is not None)
    )


def _atoms(text: str, start: int, end: int) -> list[_Atom]:
    """The expressions in ``text[start:end]``, in order and not overlapping.

    At each trigger token the big pattern is tried at the few tokens before it, earliest first,
    then at the trigger itself; the first match that runs past the trigger's start and that
    :func:`_accept` takes is the atom.
    """
    out: list[_Atom] = []
    done = start  # no atom may start before the end of the previous one
    reverse = ""
    # Token starts known to give no atom.  A match depends only on where it starts, so one that
    # ended before a trigger, or was refused, gives none for a later trigger either.
    barren: set[int] = set()
    lower = folded(text[start:end])
    if lower is None:
        triggers = ((t.start("trigger"), t.end()) for t in _NEXT_TRIGGER.finditer(text, start, end))
    else:  # the same matches, offset by start
        triggers = ((t.start("trigger"), t.end()) for t in _NEXT_TRIGGER_FOLDED.finditer(lower))
        triggers = ((-1 if a < 0 else a + start, b + start) for a, b in triggers)
    for a, trigger_end in triggers:
        if a < done:  # also the final match, which holds no trigger (-1)
            continue
        if not reverse:
            reverse = text[start:end][::-1]  # position p of text is end - p of reverse
        before = _TOKENS_BEFORE.match(reverse, end - a)
        assert before is not None  # every group is optional
        tried = [a]
        if text[a].isdigit() and not _digits_may_start(text, a, trigger_end):
            tried.clear()
            barren.add(a)
        for rev_start, rev_end in before.regs[1:]:  # the nearest token first
            q = end - rev_end
            if rev_end < 0 or q < done:
                break
            if q in barren:
                continue
            if _may_start(text, q, end - rev_start):
                tried.append(q)
            else:
                barren.add(q)
        for q in reversed(tried):
            match = _ATOMS.match(text, q, end)  # (each alternative behind its _starts_guard)
            atom = None if match is None or match.end() <= a else _accept(text, match)
            if atom is None:
                barren.add(q)
                continue
            out.append(atom)
            done = atom.end
            break
    return out


# "April 28 (Sat)", "July 4 (Monday)", "Monday (Oct. 3)": a day followed by a note in brackets that
# names the same day once more (a weekday, a month-day)
_DAY_NOTE_OPEN = re.compile(r"\s*\(\s*")

_DAY_NOTE_CLOSE = re.compile(r"\s*\)")

_DAY_APPOSITION = re.compile(r",\s*")

_NO_CLOSE = re.compile(r"")

_NOTE_WEEKDAY = re.compile(rf"\s*\(\s*(?P<wd>{_WD}|{_WD_SHORT})\.?\s*\)")

_NOTED_DAYS = frozenset({"mdy", "dmy"})


def _falls_on(atom: _Atom, text: str, anchor: dt.date | None, weekday: str) -> bool:
    """Whether the month-day ``atom`` reads as a day that is the weekday named."""
    span = _resolve_atom(atom, text, anchor, None)
    return isinstance(span, DateSpan) and span.days == 1 and span.start.weekday() == _weekday_of(weekday)


def _with_day_notes(text: str, atoms: list[_Atom], end: int, anchor: dt.date | None) -> list[_Atom]:
    """Each day with its bracketed note as one atom, where the note names the same day in other words.

    "from April 28 (Sat) to May 6 (Sun)" is a range of two month-days; "from Monday (Oct. 3) to
    Wednesday (Oct. 5)" one of the month-days the weekdays name. Only where the date falls on the
    weekday (else the two stay apart, as written).
    """
    if "(" not in text and "," not in text:
        return atoms
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if atom.kind in _NOTED_DAYS:
            note = _NOTE_WEEKDAY.match(text, atom.end, end)
            if note is not None and _falls_on(atom, text, anchor, note.group("wd")):
                out.append(_Atom(atom.start, note.end(), atom.kind, atom.fields))
                # (the weekday inside the brackets is no atom of its own)
                while i + 1 < len(atoms) and atoms[i + 1].start < note.end():
                    i += 1
                i += 1
                continue
        elif atom.kind == "day" and anchor is not None and i + 1 < len(atoms):
            # "concluded yesterday (July 21)", "arrived today (July 17)": the note dates the day word, as
            # the page was written or updated (its day, the nearest the report's, within two weeks)
            # ("started today, Tuesday November 9, a visit": the day named after a comma is the day word's)
            opening = _DAY_NOTE_OPEN.match(text, atom.end, end) or _DAY_APPOSITION.match(text, atom.end, end)
            inner = atoms[i + 1]
            closing = _DAY_NOTE_CLOSE.match(text, inner.end, end)
            if opening is not None and "(" not in opening.group():
                closing = _NO_CLOSE.match(text, inner.end, end)
            if opening is not None and opening.end() == inner.start and inner.kind in _NOTED_DAYS and closing is not None:
                noted = _Atom(atom.start, closing.end(), inner.kind, {**inner.fields, f"{inner.kind}_note": "1"})
                day = _resolve_atom(noted, text, anchor, None)
                if isinstance(day, DateSpan) and abs((day.start - anchor).days) <= 14:
                    out.append(noted)
                    i += 2
                    continue
        elif atom.kind == "wd" and not atom.fields.get("wd_mod") and i + 1 < len(atoms):
            opening = _DAY_NOTE_OPEN.match(text, atom.end, end)
            inner = atoms[i + 1]
            closing = _DAY_NOTE_CLOSE.match(text, inner.end, end)
            if (
                opening is not None
                and opening.end() == inner.start
                and inner.kind in _NOTED_DAYS
                and closing is not None
                and _falls_on(inner, text, anchor, atom.fields["wd_n"])
            ):
                fields = {**inner.fields, f"{inner.kind}_wd": atom.fields["wd_n"]}
                out.append(_Atom(atom.start, closing.end(), inner.kind, fields))
                i += 2
                continue
        out.append(atom)
        i += 1
    return out


def _accept(text: str, match: re.Match[str]) -> _Atom | None:
    kind = match.lastgroup
    if kind is None:
        return None
    a, b = match.span()
    if kind == "mon":
        name = match.group("mon_n")
        before = text[max(0, a - 24) : a]
        if (
            match.group("mon_mod") is None
            and match.group() == name
            and not _MONTH_CUE.search(before)
            and not (_DETERMINER_BEFORE.search(before) and _MONTH_EVENT_AFTER.match(text, b))
        ):
            return None
        if name == "May" and re.match(r"\s+(?:I|we|you|he|she|it|they|be|not|have)\b", text[b : b + 6]):
            return None
    elif kind == "year":
        if _NOT_YEAR_AFTER.match(text, b) or _NOT_YEAR_BEFORE.search(text[max(0, a - 10) : a]):
            return None
    elif kind == "ref" and re.match(
        r"\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten)", text[b : b + 10]
    ):
        # "the past five years" is a duration, not a reference to the past.
        return None
    # Only the groups of the alternative that matched can hold text: they follow its own group.
    names = _GROUP_NAMES[kind]
    first = match.re.groupindex[kind] - 1
    values = match.groups()[first : first + len(names)]
    fields = {k: v for k, v in zip(names, values, strict=True) if v is not None}
    return _Atom(a, b, kind, fields)


# Each alternative's named groups (all groups of _ATOMS are named), its own first, in order.
_ALL_NAMES = sorted(_ATOMS.groupindex, key=_ATOMS.groupindex.__getitem__)
assert len(_ALL_NAMES) == _ATOMS.groups

_GROUP_NAMES = {
    kind: tuple(_ALL_NAMES[_ALL_NAMES.index(kind) : _ALL_NAMES.index(following) if following else None])
    for kind, following in zip(_KINDS, (*_KINDS[1:], ""), strict=True)
}

_DAYISH = frozenset({"iso", "dmyn", "dmyh", "mdy", "dmy", "wd", "ordd"})
