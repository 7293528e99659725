"""Found expressions resolved against the anchor: month-days to the nearest year, weekdays, weeks, holidays, "three days ago"."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from attrs import frozen

from timeline.model import DateSpan, Precision, Unknown
from timeline.temporal.patterns import (
    _MONTHS,
    _NATIONAL_DAYS,
    _NUMBERS,
    _ORDINALS,
    _WEEKDAYS,
    CHAIN_PENDING,
    NO_ANCHOR,
    Tense,
)

MIN_YEAR = 1000
"""Years outside ``MIN_YEAR..MAX_YEAR`` are not read as dates of news events."""

MAX_YEAR = 2999


@frozen
class _Atom:
    """One expression as found, before resolution."""

    start: int
    end: int
    kind: str
    fields: dict[str, Any]


@frozen
class Found:
    """An expression and its reading (private to the package; the benchmark reads its parts).

    Attributes:
        start: where the mention starts, with a governing "on"/"from"/"between".
        end: one past its last character.
        core_start: where the date words themselves start (TimeML's extent).
        span: the resolved span, or Unknown with the reason.
        rule: the rule that read it.
        parts: for a range, each end as (start, end, span); empty otherwise.
    """

    start: int
    end: int
    core_start: int
    span: DateSpan | Unknown
    rule: str
    parts: tuple[tuple[int, int, DateSpan | Unknown], ...] = ()


def _month_of(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _weekday_of(name: str) -> int:
    return _WEEKDAYS[name[:3].lower()]


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month_span(year: int, month: int) -> DateSpan:
    last = calendar.monthrange(year, month)[1]
    return DateSpan(dt.date(year, month, 1), dt.date(year, month, last), Precision.MONTH)


def _year_span(year: int) -> DateSpan:
    return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR)


def _week_span(day: dt.date) -> DateSpan:
    monday = day - dt.timedelta(days=day.weekday())
    return DateSpan(monday, monday + dt.timedelta(days=6), Precision.WEEK)


def _quarter_span(year: int, quarter: int) -> DateSpan:
    first = 3 * (quarter - 1) + 1
    return DateSpan(dt.date(year, first, 1), _month_span(year, first + 2).end, Precision.QUARTER)


def _check_year(year: int, text: str) -> Unknown | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return Unknown(f"year {year} is out of range", text)
    return None


def _make_date(year: int, month: int, day: int, text: str) -> dt.date | Unknown:
    bad = _check_year(year, text)
    if bad is not None:
        return bad
    if not 1 <= month <= 12:
        return Unknown(f"month {month} is not a month", text)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return Unknown(f"{calendar.month_abbr[month]}. {day}, {year} is not a date", text)
    return dt.date(year, month, day)


def _nearest_month_day(
    month: int, day: int, anchor: dt.date, tense: Tense | None, text: str, slack: int = 0
) -> dt.date | Unknown:
    """The month-day nearest the anchor on the side the tense allows (in the past, up to ``slack``
    days after it: a report dated by one time zone tells a day already past in another)."""
    if (
        not 1 <= month <= 12
        or not 1 <= day <= 31
        or day > (29 if month == 2 else calendar.monthrange(2001, month)[1])
    ):
        return Unknown(
            f"{calendar.month_abbr[month] if 1 <= month <= 12 else month} {day} is not a date", text
        )
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1, anchor.year - 2, anchor.year + 2):
        if MIN_YEAR <= year <= MAX_YEAR and day <= calendar.monthrange(year, month)[1]:
            candidates.append(dt.date(year, month, day))
    if tense is Tense.PAST:
        before = [c for c in candidates if c <= anchor + dt.timedelta(days=slack)]
        if before:
            return max(before)
    elif tense is Tense.FUTURE:
        after = [c for c in candidates if c >= anchor]
        if after:
            return min(after)
    if not candidates:
        return Unknown(f"{calendar.month_abbr[month]}. {day} is not a date near {anchor.year}", text)
    # Unmarked tense: the nearest, the earlier on a tie.
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def _weekday_year(month: int, day: int, weekday: int, anchor: dt.date) -> dt.date | None:
    """ "Tuesday, November 9" with no year: the year, next to the anchor's, whose November 9 is a
    Tuesday (the nearest to the anchor), as a reader checks the weekday against the calendar."""
    fits = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            day_of = dt.date(year, month, day)
        except ValueError:
            continue
        if day_of.weekday() == weekday:
            fits.append(day_of)
    return min(fits, key=lambda c: (abs((c - anchor).days), c > anchor)) if fits else None


def _weekday_day(weekday: int, anchor: dt.date, tense: Tense | None, mod: str) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if mod in ("last", "past", "this past"):
        return anchor - dt.timedelta(days=back or 7)
    if mod in ("next", "coming"):
        return anchor + dt.timedelta(days=ahead or 7)
    if mod == "this":
        return anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=weekday)
    if tense is Tense.FUTURE:
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _bare_month(month: int, anchor: dt.date, tense: Tense | None, mod: str) -> DateSpan | Unknown:
    year = anchor.year
    if mod == "last":
        year = year if month < anchor.month else year - 1
    elif mod == "next":
        year = year if month > anchor.month else year + 1
    elif mod == "this":
        pass
    elif tense is Tense.PAST:
        year = year if month <= anchor.month else year - 1
    elif tense is Tense.FUTURE:
        year = year if month >= anchor.month else year + 1
    else:  # unmarked: the nearest month, the earlier on a tie
        year = year if abs(month - anchor.month) <= 6 else year - 1 if month > anchor.month else year + 1
    if not MIN_YEAR <= year <= MAX_YEAR:
        return Unknown(f"year {year} is out of range")
    return _month_span(year, month)


def _week_of_month(f: dict[str, Any], anchor: dt.date | None, tense: Tense | None, words: str) -> DateSpan | Unknown:
    """ "the first week of March": days 1-7 of the month (8-14 the second, ...; the last seven for "last");
    "the first three days of March", "the last two days of 2010": so many days of the month or year."""
    n = f.get("wkof_n")
    length = 7 if not n else int(n) if n.isdigit() else _NUMBERS[n.lower()]
    if f.get("wkof_yy"):
        year = int(f["wkof_yy"])
        bad = _check_year(year, words)
        if bad is not None:
            return bad
        whole: DateSpan | Unknown = _year_span(year)
        if not n:
            return Unknown("a week of a year names no month", words)
    elif f.get("wkof_y"):
        month = _month_of(f["wkof_m"])
        year = int(f["wkof_y"])
        bad = _check_year(year, words)
        if bad is not None:
            return bad
        whole = _month_span(year, month)
    elif anchor is None:
        return Unknown(NO_ANCHOR, words)
    else:
        whole = _bare_month(_month_of(f["wkof_m"]), anchor, tense, "")
    if isinstance(whole, Unknown):
        return whole
    order = f["wkof_o"].lower()
    if length > whole.days:
        return Unknown("more days than the month holds", words)
    if order in ("last", "final"):
        return DateSpan(whole.end - dt.timedelta(days=length - 1), whole.end, Precision.DAY)
    first = whole.start + dt.timedelta(days=length * (_ORDINALS[order] - 1))
    if first + dt.timedelta(days=length - 1) > whole.end:
        return Unknown("more days than the month holds", words)
    return DateSpan(first, first + dt.timedelta(days=length - 1), Precision.DAY)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _resolve_atom(atom: _Atom, text: str, anchor: dt.date | None, tense: Tense | None) -> DateSpan | Unknown:
    """Pass 2 for one expression."""
    f = atom.fields
    words = text[atom.start : atom.end]
    kind = atom.kind
    try:
        if kind in ("iso", "dmyn", "dmyh", "mdy", "dmy"):
            prefix = kind
            month = int(f[f"{prefix}_m"]) if kind in ("iso", "dmyn") else _month_of(f[f"{prefix}_m"])
            day = _day_number(f[f"{prefix}_d"])
            year_text = f.get(f"{prefix}_y")
            if year_text:
                made = _make_date(int(year_text), month, day, words)
            elif anchor is None:
                return Unknown("no anchor date to give the year", words)
            else:
                # ("arrived on March 14" in a report dated the 13th: the day after, not a year before)
                # ("yesterday (July 21)": a note's date is the nearest, whatever the tense)
                made = _nearest_month_day(month, day, anchor, None if f.get(f"{prefix}_note") else tense, words, slack=1)
                weekday = f.get(f"{prefix}_wd")
                if weekday and isinstance(made, dt.date) and made.weekday() != _weekday_of(weekday):
                    made = _weekday_year(month, day, _weekday_of(weekday), anchor) or made
            return made if isinstance(made, Unknown) else DateSpan.day(made)
        if kind == "my":
            year = int(f["my_y"])
            return _check_year(year, words) or _month_span(year, _month_of(f["my_m"]))
        if kind == "year":
            year = int(f["year_v"])
            return _check_year(year, words) or _year_span(year)
        if kind == "dec":
            year = int(f["dec_v"])
            return _check_year(year, words) or DateSpan(
                dt.date(year, 1, 1), dt.date(year + 9, 12, 31), Precision.DECADE
            )
        if kind == "cent":
            century = int(f["cent_n"])
            first = max(1, (century - 1) * 100)
            if not MIN_YEAR <= first <= MAX_YEAR - 99:
                return Unknown(f"the {century}th century is out of range", words)
            # The model has no century precision; a century is ten decades.
            return DateSpan(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), Precision.DECADE)
        if kind == "qtr":
            quarter = int(f["q_n"]) if f.get("q_n") else _ORDINALS[f["q_ord"].lower()]
            year_text = f.get("q_y") or f.get("q_y2")
            if year_text:
                year = int(year_text)
                return _check_year(year, words) or _quarter_span(year, quarter)
            if anchor is None:
                return Unknown(NO_ANCHOR, words)
            rel = _norm(f.get("q_ry") or f.get("q_rel") or "")
            if rel:
                offset = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
                return _quarter_span(anchor.year + offset, quarter)
            current = (anchor.month - 1) // 3 + 1
            if tense is not Tense.FUTURE:
                return _quarter_span(anchor.year if quarter <= current else anchor.year - 1, quarter)
            return _quarter_span(anchor.year if quarter >= current else anchor.year + 1, quarter)
        if kind == "wkof":
            return _week_of_month(f, anchor, tense, words)
        if kind == "hol":
            country = f.get("hol_c") or f.get("hol_c2")
            if country:
                country = "".join(c for c in country.lower().removeprefix("the").strip() if c.isalpha())
                fixed = _NATIONAL_DAYS.get((country, (f.get("hol_k") or f["hol_k2"]).lower()))
                if fixed is None:
                    return Unknown("no fixed day known for this country's holiday", words)
                return _holiday_span("", f.get("hol_y"), anchor, tense, words, fixed=fixed)
            return _holiday_span(f["hol_n"], f.get("hol_y"), anchor, tense, words)
        if kind == "chain":
            return Unknown(CHAIN_PENDING, words)  # chain_days counts it from the day named before
        if anchor is None:
            if kind in ("season", "ref"):
                return _unanchored(kind, words)
            return Unknown(NO_ANCHOR, words)
        if kind == "wd":
            mod = _norm(f.get("wd_mod") or "")
            return DateSpan.day(_weekday_day(_weekday_of(f["wd_n"]), anchor, tense, mod))
        if kind == "wkend":
            return _weekend(anchor, tense)
        if kind == "ordd":
            mod = _norm(f.get("ordd_m") or {"inst": "this", "ult": "last", "prox": "next"}.get(f.get("ordd_inst", ""), ""))
            return _day_of_month(int(f["ordd_d"]), mod, anchor, tense, words)
        if kind == "day":
            word = _norm(f["day_w"])
            offset = {
                "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
                "the day before yesterday": -2, "the day after tomorrow": 2,
                "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1, "last evening": -1,
            }[word]  # fmt: skip
            return DateSpan.day(anchor + dt.timedelta(days=offset))
        if kind == "mon":
            mod = _norm(f.get("mon_mod") or "")
            return _bare_month(_month_of(f["mon_n"]), anchor, tense, mod)
        if kind == "rel":
            return _relative(_norm(f["rel_mod"]), _norm(f["rel_u"]), anchor, words)
        if kind == "ago":
            return _ago(f, anchor, words)
        if kind == "dur":
            raw = _norm(f["dur_n"])
            if raw in ("a few", "several"):
                return Unknown("an inexact count of days", words)
            count = (int(raw) if raw.isdigit() else _NUMBERS.get(raw, 0)) * (7 if _norm(f["dur_u"]) == "weeks" else 1)
            if count < 1:
                return Unknown(f"'{words}' counts no days", words)
            return DateSpan(anchor, anchor + dt.timedelta(days=count - 1), Precision.DAY)
        return _unanchored(kind, words)
    except (ValueError, OverflowError) as err:  # a date arithmetic edge (year 1 or 9999)
        return Unknown(f"cannot resolve: {err}", words)


# Holidays by the words that name them (lower case, letters only): a fixed (month, day); the nth
# weekday of a month ((month, weekday, n), n = -1 for the last); or days from Easter Sunday (an int)
_HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int] | int] = {
    "newyearsday": (1, 1), "newyearseve": (12, 31), "christmasday": (12, 25), "christmaseve": (12, 24),
    "boxingday": (12, 26), "valentinesday": (2, 14), "halloween": (10, 31), "veteransday": (11, 11),
    "armisticeday": (11, 11), "remembranceday": (11, 11), "patricksday": (3, 17), "bastilleday": (7, 14),
    "canadaday": (7, 1), "australiaday": (1, 26), "waitangiday": (2, 6), "juneteenth": (6, 19), "anzacday": (4, 25), "mayday": (5, 1),
    # the United States' federal Mondays and Thursday
    "presidentsday": (2, 0, 3), "presidentday": (2, 0, 3), "kingday": (1, 0, 3), "mlkday": (1, 0, 3),
    "memorialday": (5, 0, -1), "laborday": (9, 0, 1), "columbusday": (10, 0, 2), "thanksgivingday": (11, 3, 4),
    "thanksgiving": (11, 3, 4),
    "easter": 0, "eastersunday": 0, "eastermonday": 1, "goodfriday": -2, "palmsunday": -7, "ashwednesday": -46,
}  # fmt: skip


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday(key: str | tuple[int, int], year: int) -> dt.date:
    rule = key if isinstance(key, tuple) else _HOLIDAYS[key]
    if isinstance(rule, int):
        return _easter(year) + dt.timedelta(days=rule)
    if len(rule) == 2:
        return dt.date(year, rule[0], rule[1])
    month, weekday, n = rule
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _holiday_span(
    name: str,
    year_text: str | None,
    anchor: dt.date | None,
    tense: Tense | None,
    words: str,
    *,
    fixed: tuple[int, int] | None = None,
) -> DateSpan | Unknown:
    """A holiday's day: in the year given, else the nearest the anchor on the side the tense allows."""
    key: str | tuple[int, int]
    if fixed is not None:
        key = fixed
    else:
        key = "".join(c for c in name.lower() if c.isalpha())
        key = "kingday" if key.startswith("martinlutherking") else key.removeprefix("saint").removeprefix("st")
        key = {"fourthofjuly": (7, 4), "thefourthofjuly": (7, 4), "julyfourth": (7, 4)}.get(key, key)
    if year_text:
        year = int(year_text)
        return _check_year(year, words) or DateSpan.day(_holiday(key, year))
    if anchor is None:
        return Unknown(NO_ANCHOR, words)
    years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if MIN_YEAR <= y <= MAX_YEAR]
    candidates = [_holiday(key, y) for y in years]
    if tense is Tense.PAST:
        before = [c for c in candidates if c <= anchor + dt.timedelta(days=1)]
        if before:
            return DateSpan.day(max(before))
    elif tense is Tense.FUTURE:
        after = [c for c in candidates if c >= anchor]
        if after:
            return DateSpan.day(min(after))
    return DateSpan.day(min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor)))


def _unanchored(kind: str, words: str) -> Unknown:
    if kind == "season":
        return Unknown("a season is not a calendar span", words)
    return Unknown("refers to the present, past or future in general, not to a calendar span", words)


def _relative(mod: str, unit: str, anchor: dt.date, words: str) -> DateSpan | Unknown:
    offset = -1 if mod in ("last", "past", "the past", "the last", "this past") else 0
    if mod in ("next", "the next", "coming", "the coming"):
        offset = 1
    if unit == "week":
        return _week_span(anchor + dt.timedelta(weeks=offset))
    if unit == "weekend":
        saturday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=5, weeks=offset)
        if offset == 0 and anchor.weekday() < 5 and mod == "this past":
            saturday -= dt.timedelta(weeks=1)
        return DateSpan(saturday, saturday + dt.timedelta(days=1), Precision.DAY)
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, offset)
        return _month_span(year, month)
    if unit == "year":
        return _year_span(anchor.year + offset)
    if unit == "quarter":
        year, month = _shift_month(anchor.year, anchor.month, 3 * offset)
        return _quarter_span(year, (month - 1) // 3 + 1)
    if unit == "decade":
        first = anchor.year // 10 * 10 + 10 * offset
        return DateSpan(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), Precision.DECADE)
    return Unknown(f"'{words}' is not a calendar span", words)


def _weekend(anchor: dt.date, tense: Tense | None) -> DateSpan:
    """ "over the weekend": the anchor's own if it falls on one, else the one before (the one after
    in the future)."""
    saturday = anchor - dt.timedelta(days=anchor.weekday() - 5)
    if anchor.weekday() < 5 and tense is not Tense.FUTURE:
        saturday -= dt.timedelta(weeks=1)
    return DateSpan(saturday, saturday + dt.timedelta(days=1), Precision.DAY)


def _day_of_month(day: int, mod: str, anchor: dt.date, tense: Tense | None, words: str) -> DateSpan | Unknown:
    """ "on the 10th": that day of the anchor's month; of the month before if it lies after the anchor
    in a report of past events (of the month after if before the anchor in the future)."""
    offset = {"last": -1, "next": 1, "this": 0}.get(mod)
    if offset is None:
        offset = -1 if day > anchor.day and tense is not Tense.FUTURE else 0
        offset = 1 if day < anchor.day and tense is Tense.FUTURE else offset
    year, month = _shift_month(anchor.year, anchor.month, offset)
    made = _make_date(year, month, day, words)
    return made if isinstance(made, Unknown) else DateSpan.day(made)


def _ago(f: dict[str, Any], anchor: dt.date, words: str) -> DateSpan | Unknown:
    raw = _norm(f["ago_n"])
    count = int(raw) if raw.isdigit() else _NUMBERS.get(raw, 0)
    if raw in ("a few", "several"):
        return Unknown("an inexact count of units ago", words)
    sign = 1 if "now" in _norm(f["ago_d"]) else -1
    unit = _norm(f["ago_u"]).rstrip("s")
    if unit == "day":
        return DateSpan.day(anchor + dt.timedelta(days=sign * count))
    if unit in ("week", "fortnight"):  # ("a fortnight ago": the week two weeks before)
        return _week_span(anchor + dt.timedelta(weeks=sign * count * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, sign * count)
        return _month_span(year, month)
    if unit == "year":
        return _year_span(anchor.year + sign * count)
    first = (anchor.year + sign * 10 * count) // 10 * 10
    return DateSpan(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), Precision.DECADE)


# Words that can head an expression.  Scanning is driven by them: the big pattern is only tried
# (anchored) at a trigger word and the few words before it, which keeps a report under a
# millisecond where an unanchored search tries every alternative at every character.
_TRIGGERS = frozenset(
    (
        "jan january feb february mar march apr april may jun june jul july aug august sep sept september"
        " oct october nov november dec december monday tuesday wednesday thursday friday saturday sunday"
        " yesterday today tonight tomorrow week weekend weeks month months year years quarter decade decades"
        " day days fortnight fortnights century now currently nowadays recently present moment past time future"
        " morning afternoon evening night"
        " spring summer autumn fall winter q"
        # holidays ("Christmas Eve", "Easter", "Good Friday", "Presidents Day") and weekdays cut short ("Tues.")
        " eve christmas easter halloween thanksgiving juneteenth mon tue tues wed weds thu thur thurs fri sat sun"
    ).split()
)

# Tokens are runs of digits or of ASCII letters; the big pattern is tried at up to _LOOK_BACK
# tokens before a trigger.
_LOOK_BACK = 4

_INITIALS = "taoswcmfpdnhbyrlegijkquvxz"  # by how often English words start with them
