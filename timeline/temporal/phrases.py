"""One phrase resolved on its own (:func:`resolve_phrase`), with ``dateparser`` for what the grammar does not read."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from timeline.model import DateSpan, Precision, Unknown
from timeline.temporal.patterns import Tense
from timeline.temporal.resolution import _month_span, _week_span, _year_span
from timeline.temporal.scanning import scan


@functools.lru_cache(maxsize=32)
def _dateparser(anchor: dt.date, tense: Tense) -> Any:
    """One dateparser parser per (anchor, tense): its settings are built once, not per call."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(anchor, dt.time(12)),
            "PREFER_DATES_FROM": "past" if tense is Tense.PAST else "future",
            "RETURN_TIME_AS_PERIOD": False,
            "REQUIRE_PARTS": [],
            "STRICT_PARSING": False,
        },
    )


_DP_PERIOD = {"day": Precision.DAY, "week": Precision.WEEK, "month": Precision.MONTH, "year": Precision.YEAR}


def resolve_phrase(phrase: str, anchor: dt.date, *, tense: Tense = Tense.PAST) -> DateSpan | Unknown:
    """Resolve one date phrase against ``anchor``.

    The phrase is read with the same rules as :func:`find_dates` (the tense given here, not
    read from context).  If those rules find nothing, ``dateparser`` normalises the phrase as a
    fallback.

    Args:
        phrase: a date or date range ("from Thursday to Saturday", "Oct. 9, 2025").
        anchor: the reference day.
        tense: which side of the anchor an expression without a direction falls on.

    Returns:
        The span, or :class:`Unknown` with the reason.
    """
    found = scan(phrase, anchor, default_tense=tense)
    if found:
        best = max(found, key=lambda f: f.end - f.start)
        if best.end - best.core_start >= len(phrase.strip()) // 2:
            return best.span
    if not phrase.strip():
        return Unknown("empty phrase", phrase)
    try:
        data = _dateparser(anchor, tense).get_date_data(phrase)
    except Exception as err:
        return Unknown(f"not a date phrase ({type(err).__name__})", phrase)
    when = getattr(data, "date_obj", None)
    if when is None:
        return Unknown("not a date phrase", phrase)
    precision = _DP_PERIOD.get(getattr(data, "period", "day") or "day", Precision.DAY)
    day = when.date()
    if precision is Precision.MONTH:
        return _month_span(day.year, day.month)
    if precision is Precision.YEAR:
        return _year_span(day.year)
    if precision is Precision.WEEK:
        return _week_span(day)
    return DateSpan.day(day)
