"""Atoms joined into ranges ("from March 3 to 5", "Monday to Wednesday") and single dates, resolved: :func:`scan`."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from attrs import evolve

from timeline.model import DateSpan, Precision, Unknown
from timeline.temporal.atoms import _DAYISH, _NOTED_DAYS, _atoms, _with_day_notes
from timeline.temporal.patterns import (
    _BEGAN,
    _DAY_HEAD,
    _DAY_TAIL,
    _ENDED,
    _FROM,
    _ON,
    _PART_OF_DAY,
    _RANGE_CONN,
    _YEAR_TAIL,
    NO_ANCHOR,
    Tense,
)
from timeline.temporal.resolution import (
    Found,
    _Atom,
    _check_year,
    _day_number,
    _make_date,
    _month_of,
    _month_span,
    _nearest_month_day,
    _norm,
    _resolve_atom,
    _shift_month,
    _weekday_day,
    _weekday_of,
    _year_span,
)
from timeline.temporal.tense import _tense_at


def _spans_join(first: DateSpan, second: DateSpan, words: str) -> DateSpan | Unknown:
    if second.end < first.start:
        return Unknown(f"'{words}' ends before it starts", words)
    precision = first.precision if first.precision is second.precision else Precision.DAY
    return DateSpan(first.start, second.end, precision)


def _resolve_range(
    left: _Atom, right: _Atom, text: str, anchor: dt.date | None, tense: Tense | None, words: str
) -> tuple[DateSpan | Unknown, DateSpan | Unknown, DateSpan | Unknown]:
    """The span of "left .. right" and of each end, reading the two ends together."""
    lk, rk = left.kind, right.kind
    if lk == "wd" and rk == "wd":
        if anchor is None:
            unknown = Unknown(NO_ANCHOR, words)
            return unknown, unknown, unknown
        lwd, rwd = _weekday_of(left.fields["wd_n"]), _weekday_of(right.fields["wd_n"])
        lmod = _norm(left.fields.get("wd_mod") or "")
        if tense is Tense.FUTURE or lmod in ("next", "coming"):
            first = _weekday_day(lwd, anchor, Tense.FUTURE, lmod)
            last = first + dt.timedelta(days=(rwd - lwd) % 7)
        else:
            rmod = _norm(right.fields.get("wd_mod") or "")
            gap = dt.timedelta(days=(rwd - lwd) % 7)
            last = _weekday_day(rwd, anchor, Tense.PAST, rmod)
            first = last - gap
            # "is visiting Japan from Monday to Thursday" in a Wednesday report: nothing marks the
            # tense, and that week's Monday to Thursday holds the report's day: that week
            this_week = _weekday_day(lwd, anchor, Tense.PAST, lmod)
            if tense is None and not rmod and this_week + gap >= anchor:
                first, last = this_week, this_week + gap
        return DateSpan(first, last), DateSpan.day(first), DateSpan.day(last)
    if (lk == "wd") != (rk == "wd"):
        # "from Tuesday to Monday (July 17)", "from Monday (July 10) to Thursday": the dated end places
        # the weekday at the other end, within the week that follows or precedes it
        dated, weekday = (right, left) if lk == "wd" else (left, right)
        dated_day = _resolve_atom(dated, text, anchor, tense)
        if isinstance(dated_day, Unknown) or dated_day.days != 1:
            why = Unknown(dated_day.reason if isinstance(dated_day, Unknown) else "not one day", words)
            return why, why, why
        ahead = (_weekday_of(weekday.fields["wd_n"]) - dated_day.start.weekday()) % 7 or 7
        if lk == "wd":
            first_day = DateSpan.day(dated_day.start - dt.timedelta(days=(7 - ahead) % 7 or 7))
            return DateSpan(first_day.start, dated_day.start), first_day, dated_day
        last_day = DateSpan.day(dated_day.start + dt.timedelta(days=ahead))
        return DateSpan(dated_day.start, last_day.start), dated_day, last_day
    if lk == "ordd" and rk in ("dmy", "mdy") and not (left.fields.get("ordd_m") or left.fields.get("ordd_inst")):
        # "from 6th to 8th April 2024", "the 6th and 7th of May": the first day is of the second's month
        rspan = _resolve_atom(right, text, anchor, tense)
        if isinstance(rspan, DateSpan) and rspan.days == 1:
            last = rspan.start
            day = int(left.fields["ordd_d"])
            year, month = (last.year, last.month) if day <= last.day else _shift_month(last.year, last.month, -1)
            made = _make_date(year, month, day, words)
            if isinstance(made, Unknown):
                return made, made, rspan
            return DateSpan(made, last), DateSpan.day(made), rspan
    lspan = _resolve_atom(left, text, anchor, tense)
    rspan = _resolve_atom(right, text, anchor, tense)
    # ("September 7 to September 9, 2006" with no anchor: the end's year is the start's too)
    if isinstance(lspan, Unknown) and isinstance(rspan, DateSpan) and lk in ("mdy", "dmy") and _has_year(right):
        lspan = _before(left, rspan.start, words)
    elif isinstance(rspan, Unknown) and isinstance(lspan, DateSpan) and rk in ("mdy", "dmy") and _has_year(left):
        rspan = _after(right, lspan.start, words)
    if isinstance(lspan, Unknown) or isinstance(rspan, Unknown):
        reason = lspan if isinstance(lspan, Unknown) else rspan
        assert isinstance(reason, Unknown)
        return Unknown(reason.reason, words), lspan, rspan
    # A side without a year takes it from the other side: "Dec. 28, 2024 to Jan. 2".
    l_has_year = _has_year(left)
    r_has_year = _has_year(right)
    if lk in ("mdy", "dmy") and not l_has_year and (r_has_year or rk in _DAYISH):
        lspan = _before(left, rspan.start, words)
    elif rk in ("mdy", "dmy") and not r_has_year and l_has_year:
        rspan = _after(right, lspan.start, words)
    elif rk == "mon" and lk == "mon" and rspan.start < lspan.start:
        lspan = _month_span(rspan.start.year - 1, lspan.start.month)
    elif lk == "mon" and rk == "my":
        # "from March to April 2019", "from November to January 2019": the month takes the year after it
        year = rspan.start.year - (lspan.start.month > rspan.start.month)
        lspan = _check_year(year, words) or _month_span(year, lspan.start.month)
    elif lk == "my" and rk == "mon":
        # "from November 2018 to January": the month after takes the year before it
        year = lspan.start.year + (rspan.start.month < lspan.start.month)
        rspan = _check_year(year, words) or _month_span(year, rspan.start.month)
    if isinstance(lspan, Unknown):
        return Unknown(lspan.reason, words), lspan, rspan
    if isinstance(rspan, Unknown):
        return Unknown(rspan.reason, words), lspan, rspan
    return _spans_join(lspan, rspan, words), lspan, rspan


def _has_year(atom: _Atom) -> bool:
    return any(atom.fields.get(k) for k in ("iso_y", "dmyh_y", "mdy_y", "dmy_y", "my_y"))


def _md(atom: _Atom) -> tuple[int, int]:
    prefix = atom.kind
    return _month_of(atom.fields[f"{prefix}_m"]), _day_number(atom.fields[f"{prefix}_d"])


def _before(atom: _Atom, limit: dt.date, words: str) -> DateSpan | Unknown:
    month, day = _md(atom)
    made = _nearest_month_day(month, day, limit, Tense.PAST, words)
    return made if isinstance(made, Unknown) else DateSpan.day(made)


def _after(atom: _Atom, limit: dt.date, words: str) -> DateSpan | Unknown:
    month, day = _md(atom)
    made = _nearest_month_day(month, day, limit, Tense.FUTURE, words)
    return made if isinstance(made, Unknown) else DateSpan.day(made)


def _noted_weekday(atom: _Atom) -> str | None:
    """The weekday a month-day carries in its note or before it ("Monday (July 17)"), if any."""
    return atom.fields.get(f"{atom.kind}_wd") if atom.kind in _NOTED_DAYS else None


def _compatible(left: _Atom, right: _Atom) -> bool:
    if left.kind in _DAYISH and right.kind in _DAYISH:
        # ("from Tuesday to Monday (July 17)": a weekday and a day that names its own weekday)
        return (left.kind == "wd") == (right.kind == "wd") or _noted_weekday(
            right if left.kind == "wd" else left
        ) is not None
    if left.kind == "day" and right.kind in _DAYISH and right.kind != "wd":
        return True  # "from today until May 2"
    groups = ({"mon", "my"}, {"year"}, {"qtr"}, {"dec"})
    return any(left.kind in g and right.kind in g for g in groups)


def scan(
    text: str,
    anchor: dt.date | None,
    *,
    start: int = 0,
    end: int | None = None,
    default_tense: Tense | None = None,
    day_notes: bool = True,
) -> list[Found]:
    """Find and resolve every date expression in ``text[start:end]`` (offsets into ``text``).

    ``day_notes=False`` keeps a day and its bracketed note ("April 28 (Sat)") apart, as written.
    """
    stop = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    atoms = _atoms(text, start, stop)
    if day_notes:
        atoms = _with_day_notes(text, atoms, stop, anchor)
    out: list[Found] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        # The tense is read only where it can change the reading: this atom, alone or with the
        # next as a range (the most _try_range joins), and only against an anchor.
        tense = default_tense
        if tense is None and anchor is not None and any(_reads_tense(a) for a in atoms[i : i + 2]):
            tense = _tense_at(text, atom.start, atom.end, start, stop)
        try:
            qualified = _qualified(text, atoms, i, anchor, tense)
            if qualified is not None:
                out.append(qualified)
                i += 2
                continue
            found = _try_range(text, atoms, i, anchor, tense, start)
            if found is not None:
                item, used = found
                placed = _range_in_week(text, atoms, i, used, item, anchor, tense)
                if placed is not None:
                    item, used = placed, used + 1
                out.append(item)
                i += used
                continue
            if (
                atom.kind == "ordd"
                and _ORDD_SECOND.search(text, max(start, atom.start - 9), atom.start)
                and not (i > 0 and atoms[i - 1].kind == "ordd" and atom.start - atoms[i - 1].end < 14)
            ):
                i += 1  # "rose to the 3rd": no second end of a run of days without its first
                continue
            singles = _single(text, atom, anchor, tense, start, stop)
            if out and len(singles) == 1:
                singles[0] = _after_the_deed(text, atom, singles[0], out[-1])
            out.extend(singles)
            # an atom inside what was read ("on March 30 and 31, 2019": its year) is not one more
            covered = max(f.end for f in singles)
            while i + 1 < len(atoms) and atoms[i + 1].start < covered:
                i += 1
        except OverflowError:  # a day stepped past year 1 or 9999: said, but not on the calendar
            words = text[atom.start : atom.end]
            out.append(
                Found(
                    atom.start,
                    atom.end,
                    atom.start,
                    Unknown("beyond the calendar's years", words),
                    atom.kind,
                    (),
                )
            )
        i += 1
    return out


# "arrived in Accra on Monday ahead of a summit on Friday": what a deed comes ahead of lies after it
_AHEAD_OF_LINK = re.compile(
    r"^[^.;]{0,40}?\b(?:ahead of|before|prior to|in (?:the )?run-up to|in time for|to attend)\b"
    # (not a clause of its own: "to attend the summit, which opened on Sunday")
    r"(?:(?!\b(?:which|that|who|where|when)\b)[^.;,]){0,50}$",
    re.IGNORECASE,
)


def _after_the_deed(text: str, atom: _Atom, found: Found, earlier: Found) -> Found:
    """A weekday told as what a dated deed comes ahead of is the first such weekday after the deed's day.

    "arrived in Accra on Monday ahead of a summit on Friday", in a Wednesday report: the summit's Friday
    follows the Monday, whatever the past tense of the arrival would make of a Friday alone.
    """
    span, before = found.span, earlier.span
    if (
        atom.kind != "wd"
        or atom.fields.get("wd_mod")
        or not isinstance(span, DateSpan)
        or not isinstance(before, DateSpan)
        or before.precision is not Precision.DAY
        or before.days != 1
        or _AHEAD_OF_LINK.match(text[earlier.end : atom.start]) is None
    ):
        return found
    # (marked even where the tense already placed it: the journey lasts to it, see extract.spans)
    gap = (_weekday_of(atom.fields["wd_n"]) - before.start.weekday()) % 7 or 7
    return evolve(found, span=DateSpan.day(before.start + dt.timedelta(days=gap)), rule=f"{found.rule}-ahead")


_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+$")

_QUALIFIER_GAP = re.compile(r",?\s+(?:of\s+)?")  # ("on Tuesday of last week")


def _range_in_week(
    text: str,
    atoms: Sequence[_Atom],
    i: int,
    used: int,
    item: Found,
    anchor: dt.date | None,
    tense: Tense | None,
) -> Found | None:
    """A run of weekdays placed by the week after it: "from Wednesday to Friday next week", "Monday through
    Wednesday last week" (one mention, the days of that week)."""
    if used != 2 or i + 2 >= len(atoms) or anchor is None or not isinstance(item.span, DateSpan):
        return None
    left, right, after = atoms[i], atoms[i + 1], atoms[i + 2]
    if left.kind != "wd" or right.kind != "wd" or left.fields.get("wd_mod") or right.fields.get("wd_mod"):
        return None
    if after.kind != "rel" or after.fields.get("rel_adv") or not _QUALIFIER_GAP.fullmatch(text, right.end, after.start):
        return None
    if _norm(after.fields["rel_mod"]) not in ("last", "next", "this") or _norm(after.fields["rel_u"]) != "week":
        return None
    week = _resolve_atom(after, text, anchor, tense)
    first, last = _weekday_of(left.fields["wd_n"]), _weekday_of(right.fields["wd_n"])
    if not isinstance(week, DateSpan) or last < first:
        return None
    span = DateSpan(week.start + dt.timedelta(days=first), week.start + dt.timedelta(days=last), Precision.DAY)
    parts = tuple(
        (a, b, DateSpan.day(day)) for (a, b, _), day in zip(item.parts, (span.start, span.end), strict=False)
    )
    return Found(item.start, after.end, item.core_start, span, f"{item.rule}-week", parts)


_ORDD_SECOND = re.compile(r"\s(?:to|through|and)\s+$")


def _qualified(
    text: str, atoms: Sequence[_Atom], i: int, anchor: dt.date | None, tense: Tense | None
) -> Found | None:
    """A weekday placed by the week after it, a month-day by the year after it: "on Tuesday last
    week" is the Tuesday of last week, "on March 12 last year" is in last year (one mention)."""
    if i + 1 >= len(atoms) or anchor is None:
        return None
    atom, after = atoms[i], atoms[i + 1]
    if after.kind != "rel" or after.fields.get("rel_adv"):
        return None
    if not _QUALIFIER_GAP.fullmatch(text, atom.end, after.start):
        return None
    mod, unit = _norm(after.fields["rel_mod"]), _norm(after.fields["rel_u"])
    if mod not in ("last", "next", "this") or unit not in ("week", "year"):
        return None
    whole = _resolve_atom(after, text, anchor, tense)
    if not isinstance(whole, DateSpan):
        return None
    if unit == "week" and atom.kind == "wd" and not atom.fields.get("wd_mod"):
        offset = (_weekday_of(atom.fields["wd_n"]) - whole.start.weekday()) % 7
        day: dt.date | Unknown = whole.start + dt.timedelta(days=offset)
    elif unit == "year" and atom.kind in ("mdy", "dmy") and not atom.fields.get(f"{atom.kind}_y"):
        month, number = _md(atom)
        day = _make_date(whole.start.year, month, number, text[atom.start : after.end])
    else:
        return None
    span: DateSpan | Unknown = DateSpan.day(day) if isinstance(day, dt.date) else day
    on_start = _prefix(text, atom.start, 0, _ON)
    return Found(on_start, after.end, atom.start, span, f"{atom.kind}-{unit}", ())


def _reads_tense(atom: _Atom) -> bool:
    """Whether resolving ``atom`` may read the tense: a weekday, a bare month, "the weekend", and a
    month-day, day of the month or quarter without a year or a "this/last/next year" (the other kinds
    never pass it on)."""
    f = atom.fields
    if atom.kind in ("mdy", "dmy"):
        return not f.get(f"{atom.kind}_y")
    if atom.kind == "qtr":
        return not (f.get("q_y") or f.get("q_y2") or f.get("q_ry") or f.get("q_rel"))
    if atom.kind == "ordd":
        return not (f.get("ordd_m") or f.get("ordd_inst"))
    if atom.kind == "hol":
        return not f.get("hol_y")
    return atom.kind in ("wd", "mon", "wkend")


def _prefix(text: str, pos: int, lower: int, pattern: re.Pattern[str]) -> int:
    match = pattern.search(text[max(lower, pos - 40) : pos])
    return pos - (len(text[max(lower, pos - 40) : pos]) - match.start()) if match else pos


def _try_range(
    text: str, atoms: Sequence[_Atom], i: int, anchor: dt.date | None, tense: Tense | None, lower: int
) -> tuple[Found, int] | None:
    if i + 1 >= len(atoms):
        return None
    left, right = atoms[i], atoms[i + 1]
    gap = text[left.end : right.start]
    if len(gap) > 40 or not _compatible(left, right):
        return None
    began = _BEGAN.search(text[max(lower, left.start - 40) : left.start])
    if began and _ENDED.fullmatch(gap):
        mstart = left.start - (min(40, left.start - lower) - began.start())
        return _range_found(text, left, right, anchor, tense, mstart, "range-began-ended"), 2
    conn = _RANGE_CONN.fullmatch(gap)
    if not conn:
        return None
    word = gap.strip().lstrip(",").strip().lower()
    from_start = _prefix(text, left.start, lower, _FROM)
    has_from = from_start < left.start
    on_start = _prefix(text, left.start, lower, _ON)
    if word == "and" and not has_from:
        # "on Tuesday and Wednesday" is one span when the days follow each other; otherwise two.
        found = _range_found(text, left, right, anchor, tense, on_start, "range-and")
        if isinstance(found.span, DateSpan) and found.span.days == 2 and left.kind in _DAYISH:
            return found, 2
        # "in March and April 2019": months that follow each other, the year after the second
        if (
            isinstance(found.span, DateSpan)
            and left.kind == "mon"
            and right.kind == "my"
            and found.span.precision is Precision.MONTH
            and (found.span.end.year * 12 + found.span.end.month) - (found.span.start.year * 12 + found.span.start.month) == 1
        ):
            return found, 2
        if left.kind == "mon" and right.kind == "my" and not left.fields.get("mon_mod"):
            # "in March and June 2019": two months, the first of the year the second gives
            rspan = _resolve_atom(right, text, anchor, tense)
            month = _month_of(left.fields["mon_n"])
            if isinstance(rspan, DateSpan) and month < rspan.start.month:
                span = _month_span(rspan.start.year, month)
                return Found(left.start, left.end, left.start, span, "mon-year-after", ()), 1
        return None
    if word == "and" and text[from_start : left.start].lower().startswith("from"):
        return None
    if (
        left.kind in ("year", "dec", "qtr", "mon", "my")
        and not has_from
        and word not in ("-", "–", "to", "through")
    ):
        return None
    mstart = from_start if has_from else left.start
    rule = "range-from-to" if has_from else "range"
    found = _range_found(text, left, right, anchor, tense, mstart, rule)
    return found, 2


def _range_found(
    text: str, left: _Atom, right: _Atom, anchor: dt.date | None, tense: Tense | None, mstart: int, rule: str
) -> Found:
    end = right.end
    if right.kind == "wd":
        part = _PART_OF_DAY.match(text, end)
        end = part.end() if part else end
    words = text[mstart:end]
    span, lspan, rspan = _resolve_range(left, right, text, anchor, tense, words)
    parts = ((left.start, left.end, lspan), (right.start, right.end, rspan))
    return Found(mstart, end, left.start, span, rule, parts)


def _single(
    text: str, atom: _Atom, anchor: dt.date | None, tense: Tense | None, lower: int, stop: int
) -> list[Found]:
    span = _resolve_atom(atom, text, anchor, tense)
    on_start = (
        _prefix(text, atom.start, lower, _ON) if atom.kind in _DAYISH or atom.kind in ("day", "hol") else atom.start
    )
    # A day number continuing a month-day: "from Nov. 16 to 19", "on July 2 and 3".
    if atom.kind in ("mdy", "dmy") and not atom.fields.get(f"{atom.kind}_y"):
        tail = _DAY_TAIL.match(text, atom.end, stop)
        if tail and tail.group("mid") and not _consecutive_list(atom, tail):
            tail = None  # "on March 2, 9 and 16": separate days, read one by one
        if tail and tail.end() <= stop:
            return _day_tail(text, atom, tail, anchor, tense, lower, span, on_start)
    if atom.kind == "dmy":
        head = _DAY_HEAD.search(text[max(lower, atom.start - 30) : atom.start])
        if head and isinstance(span, DateSpan):
            first_day = _day_number(head.group("d"))
            conn = head.group("conn").lower()
            listed = [_day_number(d) for d in _LIST_DAY.findall(head.group("list") or "")]
            if listed and all(b == a + 1 for a, b in itertools.pairwise([*listed, first_day, span.start.day])):
                first_day, conn = listed[0], "-"  # a run of days listed one by one
            elif listed:
                head = None
        if (
            head
            and isinstance(span, DateSpan)
            and first_day < span.start.day
            and (
                conn not in ("and", "/")
                or first_day + 1 == span.start.day
                # "between 5 and 7 March": the two ends of one span
                or (
                    conn == "and"
                    and _BETWEEN_BEFORE.search(text, max(lower, atom.start - 40), atom.start - len(head.group()))
                    is not None
                )
            )
        ):
            if tense is Tense.PAST and anchor is not None and not atom.fields.get("dmy_y"):
                # in the past tense the range's start gives its year, as "March 12-14" does
                # ("toured the region 12-14 March" in a report of the 13th: a tour under way)
                began = _nearest_month_day(span.start.month, first_day, anchor, tense, text[atom.start : atom.end])
                if isinstance(began, dt.date) and began.year != span.start.year:
                    ended = _make_date(began.year, span.start.month, span.start.day, text[atom.start : atom.end])
                    span = DateSpan.day(ended) if isinstance(ended, dt.date) else span
            head_start = atom.start - (min(30, atom.start - lower) - head.start())
            from_start = _prefix(text, head_start, lower, _FROM)
            mstart = from_start if from_start < head_start else _prefix(text, head_start, lower, _ON)
            first = span.start.replace(day=first_day)
            first_len = len(head.group("list").split(",")[0]) if head.group("list") else len(head.group("d"))
            parts = (
                (head_start, head_start + first_len, DateSpan.day(first)),
                (atom.start, atom.end, span),
            )
            return [Found(mstart, atom.end, head_start, DateSpan(first, span.end), "range-days", parts)]
    if atom.kind == "year":
        tail = _YEAR_TAIL.match(text, atom.end, stop)
        if tail and isinstance(span, DateSpan):
            second = tail.group("y")
            year = int(second) if len(second) == 4 else span.start.year // 100 * 100 + int(second)
            if span.start.year < year <= span.start.year + 50:
                words = text[atom.start : tail.end()]
                from_start = _prefix(text, atom.start, lower, _FROM)
                rspan = _year_span(year)
                whole = DateSpan(span.start, rspan.end, Precision.YEAR)
                parts = ((atom.start, atom.end, span), (tail.start("y"), tail.end(), rspan))
                del words
                return [Found(from_start, tail.end(), atom.start, whole, "range-years", parts)]
    return [Found(on_start, atom.end, atom.start, span, atom.kind, ())]


def _consecutive_list(atom: _Atom, tail: re.Match[str]) -> bool:
    listed = (_day_number(d) for d in _LIST_DAY.findall(tail.group("mid")))
    days = [_md(atom)[1], *listed, _day_number(tail.group("d"))]
    return all(b == a + 1 for a, b in itertools.pairwise(days))


_LIST_DAY = re.compile(r"\d{1,2}")


def _day_tail(
    text: str,
    atom: _Atom,
    tail: re.Match[str],
    anchor: dt.date | None,
    tense: Tense | None,
    lower: int,
    span: DateSpan | Unknown,
    on_start: int,
) -> list[Found]:
    conn = tail.group("conn").strip().lower()
    month, first_day = _md(atom)
    last_day = _day_number(tail.group("d"))
    from_start = _prefix(text, atom.start, lower, _FROM)
    mstart = from_start if from_start < atom.start else on_start
    words = text[mstart : tail.end()]
    between = text[from_start : atom.start].lower().startswith("between")
    if tail.group("mid"):
        conn = "-"  # a run of consecutive days (checked by the caller)
    if conn == "and" and last_day != first_day + 1 and not between:
        # "on July 2 and 5": two days, two mentions.
        second_atom = _Atom(
            tail.start("d"),
            tail.end("d"),
            atom.kind,
            {f"{atom.kind}_m": atom.fields[f"{atom.kind}_m"], f"{atom.kind}_d": tail.group("d")},
        )
        second = _resolve_atom(second_atom, text, anchor, tense)
        return [
            Found(on_start, atom.end, atom.start, span, atom.kind, ()),
            Found(tail.start("d"), tail.end("d"), tail.start("d"), second, f"{atom.kind}-continued", ()),
        ]
    year_text = tail.group("y")
    if year_text:
        year = int(year_text)
        first: dt.date | Unknown = _make_date(year, month, first_day, words)
        last: dt.date | Unknown = _make_date(year, month, last_day, words)
    elif anchor is None:
        unknown = Unknown("no anchor date to give the year", words)
        return [Found(mstart, tail.end(), atom.start, unknown, "range-days", ())]
    else:
        # The range's year is the one that puts its end nearest the anchor on the tense's side;
        # in the past tense, its start: "visited China from August 18-20" in a report of the 18th
        # is a visit under way.
        if tense is Tense.PAST:
            first = _nearest_month_day(month, first_day, anchor, tense, words)
            last = first if isinstance(first, Unknown) else _make_date(first.year, month, last_day, words)
        else:
            last = _nearest_month_day(month, last_day, anchor, tense, words)
            first = last if isinstance(last, Unknown) else _make_date(last.year, month, first_day, words)
    if isinstance(first, Unknown) or isinstance(last, Unknown):
        reason = first if isinstance(first, Unknown) else last
        assert isinstance(reason, Unknown)
        whole: DateSpan | Unknown = Unknown(reason.reason, words)
        parts: tuple[tuple[int, int, DateSpan | Unknown], ...] = ()
    elif last < first:
        whole = Unknown(f"'{words}' ends before it starts", words)
        parts = ()
    else:
        whole = DateSpan(first, last)
        parts = (
            (atom.start, atom.end, DateSpan.day(first)),
            (tail.start("d"), tail.end(), DateSpan.day(last)),
        )
    return [Found(mstart, tail.end(), atom.start, whole, "range-days", parts)]
