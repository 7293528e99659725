"""Chinese date phrases -> :class:`~timeline.model.DateMention`, read against the anchor day.

Rules, each named in the evidence of the mentions it reads:

* ``zh-ymd``: ``2024年6月2日`` (ASCII, full-width or Chinese numerals: ``二〇二四年六月二日``).
* ``zh-md``: ``6月2日``; the year is the one that puts the day nearest the anchor.
* ``zh-d``: ``2日``; the month is the one that puts the day nearest the anchor.
* ``zh-range``: any of the three, then ``至/到/—/-/～`` and a later day, month-day or full date
  (``2日至4日``, ``6月2日至4日``, ``10月30日至11月2日``): one span with both ends.
* ``zh-ym``: ``2024年6月``, ``6月`` (with ``上旬``/``中旬``/``下旬`` narrowed to ten days): month precision.
* ``zh-year``: ``2024年``, ``今年``, ``去年``, ``明年``: year precision.
* ``zh-relative-day``: ``今天/今日`` the anchor, ``昨天/昨日`` the day before, ``前天`` two days before,
  ``明天`` the day after; ``当天/同日`` the last day mentioned before (else the anchor),
  ``次日/翌日`` the day after it.
* ``zh-week``: ``本周/这周/上周/下周``: week precision (Monday to Sunday).
* ``zh-weekday``: ``星期二/周二/週二/礼拜二``: the most recent such day on or before the anchor.
* ``zh-vague``: ``近日/日前/近期/前不久/不久前``: an Unknown whose reason names the interval it means
  (the fortnight up to the anchor), never a guessed day.

``上午/下午/晚/晚间/凌晨`` after a day are part of its words but do not change the span.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from timeline.model import DateMention, DateSpan, Evidence, Precision, Unknown
from timeline.zh.numerals import NUMERAL, number

__all__ = ["find_dates"]

_N = rf"(?:{NUMERAL})"
_YEAR = r"(?:\d{4}|[０-９]{4}|[〇零○一二三四五六七八九]{4})"
_PART = r"(?:(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|清晨|夜间|晚)(?![上间]))?"
_DAY = rf"(?:(?:(?P<@y>{_YEAR})年|(?P<@r>今年|去年|明年|前年))?(?P<@m>{_N})月)?(?P<@d>{_N})[日号]"
_SEP = r"\s*(?:至|到|—|–|-|－|～|~|〜)\s*"
_PATTERN = re.compile(
    rf"(?P<range>{_DAY.replace('@', 'a')}{_SEP}{_DAY.replace('@', 'b')}){_PART}"
    rf"|(?P<day>{_DAY.replace('@', 'c')}){_PART}"
    rf"|(?P<ym>(?:(?P<ymy>{_YEAR})年|(?P<ymr>今年|去年|明年|前年))?(?P<ymm>{_N})月(?P<third>上旬|中旬|下旬|初|底|末)?)(?![\d０-９一二三四五六七八九十]*[日号])"
    rf"|(?P<year>(?P<yy>{_YEAR})年|今年|去年|明年|前年)"
    r"|(?P<rel>今天|今日|昨天|昨日|前天|明天|当天|當天|同日|同一天|次日|翌日|第二天)"
    r"|(?P<week>本周|这周|這週|本週|上周|上週|下周|下週)"
    r"|(?P<wd>(?:星期|礼拜|禮拜|周|週)(?P<wdn>[一二三四五六日天]))"
    r"|(?P<vague>近日|日前|近期|前不久|不久前|近来)"
)
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_REL = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1}
_AFTER = ("次日", "翌日", "第二天")
_YEAR_OFFSET = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}
# a bare "日" or "号" after a number that is not a day: 24日 in "24小时" never matches; these
# follow a day-looking number that is part of something else ("第2日" is a day count)
_NOT_DAY_BEFORE = re.compile(r"[第每]$|[0-9０-９]$")


def _nearest(candidates: Iterator[dt.date], anchor: dt.date) -> dt.date | None:
    best = None
    for day in candidates:
        if best is None or abs((day - anchor).days) < abs((best - anchor).days):
            best = day
    return best


def _days_in_months(anchor: dt.date, day: int) -> Iterator[dt.date]:
    for shift in (-1, 0, 1):
        month0 = anchor.month - 1 + shift
        year, month = anchor.year + month0 // 12, month0 % 12 + 1
        if day <= calendar.monthrange(year, month)[1]:
            yield dt.date(year, month, day)


def _resolve_day(y: str | None, m: str | None, d: str, anchor: dt.date | None) -> dt.date | Unknown:
    try:
        day = number(d)
        month = number(m) if m else None
        year = number(y) if y else None
    except ValueError:
        return Unknown("not a number", d)
    if year is not None and month is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return Unknown(f"{year}-{month}-{day} is not a date")
    if anchor is None:
        return Unknown("no anchor date")
    if month is not None:
        if not 1 <= month <= 12:
            return Unknown(f"month {month} is not a month")
        found = _nearest(
            (dt.date(yr, month, day) for yr in (anchor.year - 1, anchor.year, anchor.year + 1)
             if day <= calendar.monthrange(yr, month)[1]),
            anchor,
        )  # fmt: skip
    else:
        found = _nearest(_days_in_months(anchor, day), anchor) if 1 <= day <= 31 else None
    return found if found is not None else Unknown(f"day {day} of month {month} is not a date")


def _month_span(y: str | None, m: str, third: str | None, anchor: dt.date | None) -> DateSpan | Unknown:
    try:
        month = number(m)
        year = number(y) if y else None
    except ValueError:
        return Unknown("not a number", m)
    if not 1 <= month <= 12:
        return Unknown(f"month {month} is not a month")
    if year is None:
        if anchor is None:
            return Unknown("no anchor date")
        year = min((anchor.year - 1, anchor.year, anchor.year + 1),
                   key=lambda yr: abs((dt.date(yr, month, 15) - anchor).days))  # fmt: skip
    last = calendar.monthrange(year, month)[1]
    first_day, last_day, precision = 1, last, Precision.MONTH
    if third in ("上旬", "初"):
        first_day, last_day = 1, 10
    elif third == "中旬":
        first_day, last_day = 11, 20
    elif third in ("下旬", "底", "末"):
        first_day = 21
    return DateSpan(dt.date(year, month, first_day), dt.date(year, month, last_day), precision)


def _year(m: re.Match[str], prefix: str, anchor: dt.date | None) -> str | None:
    """The year group of ``prefix``: written out, or 今年/去年 counted from the anchor."""
    if m[prefix + "y"]:
        return m[prefix + "y"]
    if m[prefix + "r"] and anchor is not None:
        return str(anchor.year + _YEAR_OFFSET[m[prefix + "r"]])
    return None


def _scan(text: str, start: int, end: int, anchor: dt.date | None) -> Iterator[tuple[int, int, str, DateSpan | Unknown]]:
    last: dt.date | None = None
    for m in _PATTERN.finditer(text, start, end):
        rule: str
        span: DateSpan | Unknown
        if (m["range"] or m["day"]) and _NOT_DAY_BEFORE.search(text, max(0, m.start() - 1), m.start()):
            continue
        if m["range"]:
            rule = "zh-range"
            first = _resolve_day(_year(m, "a", anchor), m["am"], m["ad"], anchor)
            if isinstance(first, dt.date):
                # the end takes the start's year and month where it does not give its own
                y = m["by"] or (m["am"] and str(first.year)) or (m["ay"] and str(first.year))
                if m["bm"]:
                    second = _resolve_day(m["by"] or str(first.year), m["bm"], m["bd"], anchor)
                else:
                    second = _resolve_day(y or str(first.year), str(first.month), m["bd"], anchor)
                if isinstance(second, dt.date) and second < first and not m["by"]:
                    second = _resolve_day(str(first.year + 1), m["bm"] or str(first.month), m["bd"], anchor)
                if isinstance(second, dt.date) and second >= first:
                    span = DateSpan(first, second)
                else:
                    span = second if isinstance(second, Unknown) else Unknown("a range that ends before it starts")
            else:
                span = first
        elif m["day"]:
            rule = "zh-ymd" if m["cy"] or m["cr"] else "zh-md" if m["cm"] else "zh-d"
            day = _resolve_day(_year(m, "c", anchor), m["cm"], m["cd"], anchor)
            span = DateSpan.day(day) if isinstance(day, dt.date) else day
        elif m["ym"]:
            rule = "zh-ym"
            span = _month_span(_year(m, "ym", anchor), m["ymm"], m["third"], anchor)
        elif m["year"]:
            rule = "zh-year"
            if m["yy"]:
                year = number(m["yy"])
            elif anchor is None:
                yield m.start(), m.end(), rule, Unknown("no anchor date")
                continue
            else:
                year = anchor.year + _YEAR_OFFSET[m["year"]]
            if not 1 <= year <= 9999:
                continue
            span = DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR)
        elif m["rel"]:
            rule = "zh-relative-day"
            word = m["rel"]
            if anchor is None:
                span = Unknown("no anchor date")
            elif word in _REL:
                span = DateSpan.day(anchor + dt.timedelta(days=_REL[word]))
            elif word in _AFTER:
                span = DateSpan.day((last or anchor) + dt.timedelta(days=1))
            else:  # 当天, 同日: the day last named
                span = DateSpan.day(last or anchor)
        elif m["week"]:
            rule = "zh-week"
            if anchor is None:
                span = Unknown("no anchor date")
            else:
                shift = -7 if m["week"][0] == "上" else 7 if m["week"][0] == "下" else 0
                monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=shift)
                span = DateSpan(monday, monday + dt.timedelta(days=6), Precision.WEEK)
        elif m["wd"]:
            rule = "zh-weekday"
            if anchor is None:
                span = Unknown("no anchor date")
            else:
                back = (anchor.weekday() - _WEEKDAYS[m["wdn"]]) % 7
                span = DateSpan.day(anchor - dt.timedelta(days=back))
        else:
            rule = "zh-vague"
            if anchor is None:
                span = Unknown(f"vague: {m['vague']} names no day, and there is no anchor date")
            else:
                since = anchor - dt.timedelta(days=14)
                span = Unknown(f"vague: {m['vague']} means some day between {since} and {anchor}, not which")
        if isinstance(span, DateSpan) and span.precision is Precision.DAY:
            last = span.end
        yield m.start(), m.end(), rule, span


def find_dates(
    text: str,
    anchor: dt.date | None,
    *,
    original: str | None = None,
    start: int = 0,
    end: int | None = None,
    source: str = "",
) -> tuple[DateMention, ...]:
    """Every Chinese date phrase in ``text[start:end]``, resolved against ``anchor``.

    Args:
        text: the (simplified) text scanned.
        anchor: the reference day; ``None`` leaves relative phrases unknown.
        original: the original text the offsets point into (default: ``text``); evidence is cut from it.
        start: where to start.
        end: where to stop (default: the end).
        source: the path or URL recorded in the evidence.
    """
    orig = text if original is None else original
    out = []
    for s, e, rule, span in _scan(text, start, len(text) if end is None else end, anchor):
        ev = Evidence.of(orig, s, e, rule, source=source)
        if isinstance(span, Unknown) and not span.text:
            span = Unknown(span.reason, ev.text)
        out.append(DateMention(ev.text, span, ev))
    return tuple(out)
