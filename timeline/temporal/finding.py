"""Date phrases of a document (:func:`find_dates`): years told once for the rest, weekdays pinned by their dates, days counted on from a day named before (:func:`chain_days`)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from attrs import evolve

from timeline.model import DateMention, DateSpan, Evidence, Precision, Unknown
from timeline.temporal.patterns import _NUMBERS, _WEEKDAYS, CHAIN_PENDING, NO_ANCHOR
from timeline.temporal.resolution import Found, _shift_month
from timeline.temporal.scanning import scan


def find_dates(
    text: str,
    anchor: dt.date | None,
    *,
    start: int = 0,
    end: int | None = None,
    source: str = "",
    year_hint: dt.date | None = None,
    week_told: DateMention | None = None,
) -> tuple[DateMention, ...]:
    """Every date and date range in ``text[start:end]``, resolved against ``anchor``.

    Args:
        text: the whole text; offsets in the result point into it.
        anchor: the reference day (dateline, else publication day); ``None`` leaves relative
            expressions unknown with the reason "no anchor date".
        start: where to start scanning.
        end: where to stop scanning (default: the end of ``text``).
        source: the path or URL recorded in each mention's evidence.
        year_hint: with no anchor, a day the report writes with its year, elsewhere than in
            ``text[start:end]``: a month and day without a year take the year nearest it.
        week_told: a week the text told before ``start`` ("next week", in an earlier paragraph):
            "next Thursday" after it is that week's Thursday (see ``_in_the_week_told``).

    Returns:
        One :class:`DateMention` per expression or range, in text order.  Its evidence names
        the rule that read it; a mention that could not be resolved has an ``Unknown`` span.
    """
    mentions: list[DateMention] = []
    founds = list(scan(text, anchor, start=start, end=end))
    for found in _with_years_told(text, anchor, founds, start, end, year_hint):
        evidence = Evidence.of(text, found.start, found.end, found.rule, source=source)
        span = found.span
        if anchor is None and isinstance(span, Unknown) and span.reason.startswith("no anchor"):
            span = Unknown(NO_ANCHOR, evidence.text)
        mention = DateMention(evidence.text, span, evidence)
        pinned = _pinned_by_note(text, mentions[-1], mention, source) if mentions else None
        if pinned is None and mentions and mentions[-1].evidence.rule == "hol":
            pinned = _holiday_dated(text, mentions[-1], mention, source)
        if pinned is None and mentions:
            pinned = _weekday_beside_date(text, mentions[-1], mention, source)
        if pinned is None and mentions:
            pinned = _month_of_a_year_told(text, mentions[-1], mention, source)
        if pinned is not None:
            mentions[-1] = pinned
        else:
            mentions.append(mention)
    mentions = _weekday_dated_after(text, mentions, source) if "(" in text else mentions
    return chain_days(_in_the_week_told(text, _weekday_numbered(text, mentions, anchor, source), week_told, anchor))


def _with_years_told(
    text: str, anchor: dt.date | None, founds: list[Found], start: int, end: int | None, hint: dt.date | None
) -> list[Found]:
    """With no anchor, a month and day without a year ("on September 7") takes the year of the days the
    report writes with theirs ("Thursday, September 7 to Saturday, September 9, 2006"): the one of the
    nearest year-stamped day, within half a year of it. Weekdays and other relative words stay unknown."""
    if anchor is not None:
        return founds
    founds = _in_the_year_told(text, founds, start, end)
    if not any(isinstance(f.span, Unknown) and f.rule in ("mdy", "dmy") for f in founds):
        return founds
    told = [f.span.end for f in founds if isinstance(f.span, DateSpan) and f.span.precision is Precision.DAY]
    hint = max(told) if told else hint
    if hint is None:
        return founds
    # (the atoms as the first reading took them: a note the hint's year would join stays apart)
    again = {
        (f.start, f.end): f for f in scan(text, hint, start=start, end=end, day_notes=False) if f.rule in ("mdy", "dmy")
    }
    out = []
    for found in founds:
        other = again.get((found.start, found.end))
        if isinstance(found.span, Unknown) and found.rule in ("mdy", "dmy") and other is not None:
            span = other.span
            if isinstance(span, DateSpan) and span.days == 1:
                day = span.start
                for year in (day.year - 1, day.year + 1):
                    moved = _valid_day(year, day.month, day.day) and dt.date(year, day.month, day.day)
                    if moved and abs((moved - hint).days) < abs((day - hint).days):
                        day = moved
                if abs((day - hint).days) <= 183:
                    found = evolve(found, span=DateSpan.day(day))
        out.append(found)
    return out


def _in_the_year_told(text: str, founds: list[Found], start: int, end: int | None) -> list[Found]:
    """With no anchor and no day written with its year, a month and day (or a range of them) without a
    year takes the year written before it in its sentence: "In 2003, she visited Tahiti from July 25
    to 28" is July 25-28, 2003."""
    years = [f for f in founds if isinstance(f.span, DateSpan) and f.span.precision is Precision.YEAR]
    if not years:
        return founds
    out = []
    for found in founds:
        if isinstance(found.span, Unknown) and found.span.reason.startswith("no anchor date to give the year"):
            year = next(
                (
                    y.span.start.year
                    for y in reversed(years)
                    if isinstance(y.span, DateSpan)
                    and y.end <= found.start
                    and _SENTENCE_END.search(text, y.end, found.start) is None
                ),
                None,
            )
            if year is not None:
                again = next(
                    (
                        f
                        for f in scan(text, dt.date(year, 7, 1), start=found.start, end=found.end, day_notes=False)
                        if (f.start, f.end) == (found.start, found.end)
                    ),
                    None,
                )
                if again is not None and isinstance(again.span, DateSpan) and again.span.start.year == year:
                    found = evolve(found, span=again.span)
        out.append(found)
    return out


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")

# "on Friday (14)", "on Friday, the 14th", "Friday 14th": a weekday with its day of the month after it
_DAY_NUMBER_AFTER = re.compile(r"\s*\((?P<n>[0-3]?\d)(?:st|nd|rd|th)?\)|,?\s+(?:the\s+)?(?P<o>[0-3]?\d)(?:st|nd|rd|th)\b")


def _weekday_numbered(
    text: str, mentions: list[DateMention], anchor: dt.date | None, source: str
) -> list[DateMention]:
    """A weekday followed by its day of the month ("on Friday (14)", "Friday, the 14th") is the day of that
    number, in the anchor's month or the one either side, that falls on the weekday: the nearest the anchor."""
    if anchor is None:
        return mentions
    out: list[DateMention] = []
    for mention in mentions:
        named = _ENDS_ON_WEEKDAY.search(mention.text)
        after = _DAY_NUMBER_AFTER.match(text, mention.evidence.end) if named is not None else None
        if named is not None and after is not None and isinstance(mention.span, DateSpan) and mention.span.days == 1:
            number = int(after["n"] or after["o"])
            wanted = _WEEKDAYS[named.group("day")[:3].lower()]
            fits = []
            for offset in (-1, 0, 1):
                year, month = _shift_month(anchor.year, anchor.month, offset)
                if _valid_day(year, month, number) and dt.date(year, month, number).weekday() == wanted:
                    fits.append(dt.date(year, month, number))
            if fits:
                day = min(fits, key=lambda d: abs((d - anchor).days))
                evidence = Evidence.of(text, mention.evidence.start, after.end(), mention.evidence.rule, source=source)
                mention = DateMention(evidence.text, DateSpan.day(day), evidence)
        out.append(mention)
    return out


# "on Tuesday (11.04.17)": a weekday with its date written after it in brackets, day first or month first
_SHORT_DATE_AFTER = re.compile(r"\s*\((?P<a>[0-3]?\d)[./](?P<b>[0-3]?\d)[./](?P<y>\d{2}|\d{4})\)")


def _weekday_dated_after(text: str, mentions: list[DateMention], source: str) -> list[DateMention]:
    """A weekday followed by its date in brackets ("Tuesday (11.04.17)") is that date, read day first or
    month first, whichever falls on the weekday (only one may)."""
    out: list[DateMention] = []
    for mention in mentions:
        named = _ENDS_ON_WEEKDAY.search(mention.text)
        after = _SHORT_DATE_AFTER.match(text, mention.evidence.end) if named is not None else None
        if named is not None and after is not None:
            year = int(after["y"]) + (2000 if len(after["y"]) == 2 else 0)
            a, b = int(after["a"]), int(after["b"])
            wanted = _WEEKDAYS[named.group("day")[:3].lower()]
            fits = {
                dt.date(year, month, day)
                for day, month in ((a, b), (b, a))
                if _valid_day(year, month, day) and dt.date(year, month, day).weekday() == wanted
            }
            if len(fits) == 1:
                evidence = Evidence.of(text, mention.evidence.start, after.end(), "wd-dated", source=source)
                mention = DateMention(evidence.text, DateSpan.day(fits.pop()), evidence)
        out.append(mention)
    return out


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


_BARE_WEEKDAY = re.compile(r"(?i)(?:on\s+)?(?P<day>mon|tues|wednes|thurs|fri|satur|sun)day$")

_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")

_WEEKDAY_RANGE = re.compile(
    r"(?i)(?:from\s+|between\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:to|through|until|till|and|-|–)\s*"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
)


def _in_the_week_told(
    text: str, mentions: list[DateMention], week: DateMention | None = None, anchor: dt.date | None = None
) -> list[DateMention]:
    """A bare weekday told after a week in its sentence is that week's day: "will visit five districts
    next week: Kisii on Monday, ... and Siaya on Friday" (Friday of next week, not the report's).
    ``week``: one told before the mentions (in an earlier paragraph)."""
    out: list[DateMention] = []
    if week is not None and week.evidence.rule == "ago":
        week = None  # ("took office a week ago": a count of days back, not a week the text tells of)
    for mention in mentions:
        span = mention.span
        if isinstance(span, DateSpan) and span.precision is Precision.WEEK:
            if mention.evidence.rule != "ago":
                week = mention
        elif (
            week is not None
            and isinstance(week.span, DateSpan)
            and isinstance(span, DateSpan)
            and span.days == 1
            and not (week.span.start <= span.start <= week.span.end)
            and week.evidence.end <= mention.evidence.start
            and (named := _BARE_WEEKDAY.fullmatch(mention.text)) is not None
            and mention.evidence.start - week.evidence.end <= 200
            and not _SENTENCE_BREAK.search(text, week.evidence.end, mention.evidence.start + 1)
        ):
            wanted = _WEEKDAYS[named.group("day")[:3].lower()]
            day = week.span.start + dt.timedelta(days=(wanted - week.span.start.weekday()) % 7)
            if day <= week.span.end:
                mention = DateMention(mention.text, DateSpan.day(day), mention.evidence)
        elif (
            week is not None
            and anchor is not None
            and isinstance(week.span, DateSpan)
            and isinstance(span, DateSpan)
            and _NEXT_WEEK.search(week.text) is not None
            # (read as the days ahead of the report in its own week: the journey next week is told)
            and anchor < span.start
            and span.end < week.span.start
            and week.span.start <= span.start + dt.timedelta(days=7)
            and span.end + dt.timedelta(days=7) <= week.span.end
            and week.evidence.end <= mention.evidence.start
            and mention.evidence.start - week.evidence.end <= 300
            and (_BARE_WEEKDAY.fullmatch(mention.text) or _WEEKDAY_RANGE.fullmatch(mention.text)) is not None
        ):
            # "will visit China next week. She arrives in Beijing on Thursday", "next week, from Thursday
            # to Saturday": the days of the week told, not the ones left of the report's own week
            moved = DateSpan(span.start + dt.timedelta(days=7), span.end + dt.timedelta(days=7))
            mention = DateMention(mention.text, moved, mention.evidence)
        elif (
            week is not None
            and anchor is not None
            and isinstance(week.span, DateSpan)
            and isinstance(span, DateSpan)
            and span.days == 1
            and _NEXT_WEEK.search(week.text) is not None
            and span.start < week.span.start
            and anchor < week.span.start
            and week.evidence.end <= mention.evidence.start
            and mention.evidence.start - week.evidence.end <= 600
            and (named := _BARE_WEEKDAY.fullmatch(mention.text)) is not None
            and _PAST_CLAUSE.search(text, *_clause_around(text, mention.evidence.start)) is None
        ):
            # "will tour the state next week ... The first stops are Tuesday in Ashby": a weekday in a
            # clause told in no past tense, after a week ahead, is that week's, not one gone by
            wanted = _WEEKDAYS[named.group("day")[:3].lower()]
            day = week.span.start + dt.timedelta(days=(wanted - week.span.start.weekday()) % 7)
            if day <= week.span.end:
                mention = DateMention(mention.text, DateSpan.day(day), mention.evidence)
        elif (
            week is not None
            and isinstance(week.span, DateSpan)
            and isinstance(span, DateSpan)
            and span.days == 1
            and span.start < _LAST_WEEK_START
            and span.start + dt.timedelta(days=7) <= week.span.end
            and week.span.start <= span.start + dt.timedelta(days=7)
            and _NEXT_WEEK.search(week.text) is not None
            and (named := _NEXT_WEEKDAY.fullmatch(mention.text)) is not None
            and mention.evidence.start - week.evidence.end <= 600
        ):
            # "will begin his tour of the North next week ... the tour will begin next Thursday": the
            # Thursday of the week told, not the one before it
            mention = DateMention(mention.text, DateSpan.day(span.start + dt.timedelta(days=7)), mention.evidence)
        out.append(mention)
    return out


_NEXT_WEEK = re.compile(r"\bnext week\b", re.IGNORECASE)

# a clause told in the past: "announced the tour Friday", "was in Ashby on Tuesday"
_PAST_CLAUSE = re.compile(
    r"\b(?:\w+ed|was|were|had|did|met|went|took|made|said|told|spoke|left|came|saw|gave|held|began|flew|ago"
    r"|last|earlier)\b",
    re.IGNORECASE,
)


def _clause_around(text: str, at: int) -> tuple[int, int]:
    """Where the sentence or clause holding ``text[at]`` begins and ends (at a ".", ";" or line break)."""
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(".", at), text.find(";", at), text.find("\n", at)) if i >= 0]
    return start, min(ends, default=len(text))


_LAST_WEEK_START = dt.date.max - dt.timedelta(days=7)  # (a week on from a later day is past the calendar)

_NEXT_WEEKDAY = re.compile(r"(?:on\s+)?next\s+(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)", re.IGNORECASE)

_CHAIN_COUNT = re.compile(r"(?i)\b(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\b")

_CHAIN_BACK = re.compile(r"(?i)\b(?:previous|preceding|before|earlier)\b")

_CHAIN_SAME = re.compile(r"(?i)\bsame\s+day\b")


def chain_days(mentions: Sequence[DateMention], before: DateSpan | None = None) -> tuple[DateMention, ...]:
    """Count "the next day", "the day before", "two days later" from the day named before them.

    The mentions are one stretch of text in order (a paragraph, or a report's body): each such
    phrase counts from the last day (or days: "the next day" after "March 3-5" is March 6) named
    before it that is known (``before``: the last day of the text before these mentions); with none,
    it stays unknown with :data:`CHAIN_PENDING` as the reason.
    """
    out: list[DateMention] = []
    last = before
    for mention in mentions:
        span = mention.span
        if isinstance(span, Unknown) and span.reason == CHAIN_PENDING and last is not None:
            count = _CHAIN_COUNT.search(mention.text)
            n = 1 if count is None else _NUMBERS.get(count["n"].lower()) or int(count["n"])
            if count is not None and count["unit"][0] in "wW":
                n *= 7  # "a week later"
            if _CHAIN_SAME.search(mention.text):
                n, base = 0, last.end
            elif _CHAIN_BACK.search(mention.text):
                n, base = -n, last.start
            else:
                base = last.end
            try:
                span = DateSpan.day(base + dt.timedelta(days=n))
            except OverflowError:
                pass
            else:
                mention = DateMention(mention.text, span, mention.evidence)
        if isinstance(span, DateSpan) and _countable(span):
            last = span
        out.append(mention)
    return tuple(out)


def last_countable_day(mentions: Sequence[DateMention], before: DateSpan | None = None) -> DateSpan | None:
    """The last day (or run of days) in ``mentions`` that "the next day" after them counts from."""
    for mention in reversed(mentions):
        if isinstance(mention.span, DateSpan) and _countable(mention.span):
            return mention.span
    return before


def _countable(span: DateSpan) -> bool:
    return span.precision is Precision.DAY and span.days <= 31


_ENDS_ON_WEEKDAY = re.compile(r"(?i:(?P<day>mon|tues|wednes|thurs|fri|satur|sun)day)$")

_NOTE_OPEN = re.compile(r"\s*\($")


def _pinned_by_note(text: str, weekday: DateMention, note: DateMention, source: str) -> DateMention | None:
    """A weekday with its date in brackets after it is that date: "from Tuesday to Monday (July 17)".

    The note's day pins the weekday (a range keeps its length and ends there); the mention then runs
    through the closing bracket.  Only where the note's day falls on the weekday named.
    """
    named = _ENDS_ON_WEEKDAY.search(weekday.text)
    day = note.span
    close = note.evidence.end
    length = weekday.span.days if isinstance(weekday.span, DateSpan) else 1
    # ("on Friday and Saturday (March 15-16)": a run of days in the note, as long as the weekdays')
    if (
        named is None
        or not isinstance(day, DateSpan)
        or day.precision is not Precision.DAY
        or day.days not in (1, length)
        or day.end.weekday() != _WEEKDAYS[named.group("day")[:3].lower()]
        or not _NOTE_OPEN.match(text, weekday.evidence.end, note.evidence.start)
        or not text.startswith(")", close)
    ):
        return None
    span = DateSpan(day.end - dt.timedelta(days=length - 1), day.end)
    evidence = Evidence.of(
        text, weekday.evidence.start, close + 1, f"{weekday.evidence.rule}+date-note", source=source
    )
    return DateMention(evidence.text, span, evidence)


_WEEKDAY_BESIDE = re.compile(r",\s*|\s*\(\s*")

# ("next Tuesday, March 25": the date written wins over the weekday's arithmetic, where it falls on that day)
_WEEKDAY_WORD = re.compile(
    r"(?:[Oo]n\s+)?(?:(?:[Nn]ext|[Tt]his(?:\s+past)?|[Cc]oming|[Ll]ast|[Pp]ast)\s+)?(?P<day>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
)


def _weekday_beside_date(text: str, first: DateMention, second: DateMention, source: str) -> DateMention | None:
    """A weekday set beside a date, after it or cut short before it, is that date's day: "on March 12,
    Tuesday", "12 March (Tuesday)", "on Tues., March 12". Only where the date falls on the weekday named."""
    if first.evidence.rule == "wd":
        weekday, date = first, second
    elif second.evidence.rule == "wd":
        date, weekday = first, second
    else:
        return None
    gap = _WEEKDAY_BESIDE.fullmatch(text, first.evidence.end, second.evidence.start)
    named = _WEEKDAY_WORD.fullmatch(weekday.text)
    if (
        gap is None
        or named is None
        or date.evidence.rule not in ("mdy", "dmy", "iso")
        or not isinstance(date.span, DateSpan)
        or date.span.days != 1
        or date.span.start.weekday() != _WEEKDAYS[named.group("day").lower()]
    ):
        return None
    end = second.evidence.end
    if "(" in gap.group():
        if not text.startswith(")", end):
            return None
        end += 1
    evidence = Evidence.of(text, first.evidence.start, end, f"{date.evidence.rule}+wd", source=source)
    return DateMention(evidence.text, date.span, evidence)


_HOLIDAY_DATE_OPEN = re.compile(r",?\s*\(?\s*")

_YEAR_TOLD = re.compile(r"(?:this|last|next|the previous|the following) year", re.IGNORECASE)


def _month_of_a_year_told(text: str, first: DateMention, second: DateMention, source: str) -> DateMention | None:
    """A month with the year told after it is that month of that year: "in June last year", "in
    August this year" (one span, not the month beside the whole year)."""
    month, year = first.span, second.span
    if (
        not isinstance(month, DateSpan)
        or not isinstance(year, DateSpan)
        or month.precision is not Precision.MONTH
        or year.precision is not Precision.YEAR
        or text[first.evidence.end : second.evidence.start] != " "
        or not _YEAR_TOLD.fullmatch(second.text)
    ):
        return None
    start = month.start.replace(year=year.start.year)
    end = month.end.replace(year=year.start.year, day=calendar.monthrange(year.start.year, month.end.month)[1])
    evidence = Evidence.of(text, first.evidence.start, second.evidence.end, f"{first.evidence.rule}+year", source=source)
    return DateMention(evidence.text, DateSpan(start, end, Precision.MONTH), evidence)


def _holiday_dated(text: str, holiday: DateMention, date: DateMention, source: str) -> DateMention | None:
    """A holiday with its day after it is that day: "New Year's Eve, Dec. 31", "Easter (April 20)"."""
    gap = _HOLIDAY_DATE_OPEN.fullmatch(text, holiday.evidence.end, date.evidence.start)
    if gap is None or not isinstance(date.span, DateSpan) or date.span.days != 1:
        return None
    end = date.evidence.end + (1 if "(" in gap.group() and text.startswith(")", date.evidence.end) else 0)
    evidence = Evidence.of(text, holiday.evidence.start, end, f"hol+{date.evidence.rule}", source=source)
    return DateMention(evidence.text, date.span, evidence)
