"""Date phrases -> :class:`~timeline.model.DateSpan`, always against an explicit reference day.

Two passes, as HeidelTime does.  The first finds expressions with compiled regular
expressions and records what they say (a month and day, a weekday, "last week") without
choosing a year.  The second resolves each one against the *anchor* (the dateline day, else
the publication day; never ``today()``) and the tense of the clause it sits in.

Conventions (``docs/dates.md`` has the full table):

* A bare weekday in a report of past events is the most recent such day on or before the
  anchor (the anchor's own weekday is the anchor); after "will", "is to", "is scheduled to",
  "is expected to" it is the first on or after.  "last Friday" is strictly before the anchor,
  "next Friday" strictly after, "this Friday" the Friday of the anchor's Monday-Sunday week.
* "from Saturday to Thursday" is one span ending on the most recent Thursday on or before the
  anchor and starting on the Saturday before it (2-7 days; "from Monday to Monday" is one day).
* A month-day without a year takes the year that puts it nearest the anchor on the side the
  tense allows (past: on or before; future: on or after).
* Ranges are one mention and one span, both ends inclusive.  An impossible date ("Feb. 30")
  is a mention whose span is :class:`~timeline.model.Unknown` with the reason.

>>> import datetime as dt
>>> [str(m.span.start) for m in find_dates("He left on Friday.", dt.date(2025, 10, 11))]
['2025-10-10']

The package's parts: :mod:`~timeline.temporal.patterns` (the expressions), :mod:`~timeline.temporal.atoms`
(the first pass), :mod:`~timeline.temporal.resolution` (against the anchor), :mod:`~timeline.temporal.tense`,
:mod:`~timeline.temporal.scanning` (ranges and single dates: :func:`scan`),
:mod:`~timeline.temporal.finding` (a document's phrases: :func:`find_dates`) and
:mod:`~timeline.temporal.phrases` (one phrase: :func:`resolve_phrase`).
"""

from __future__ import annotations

from timeline.temporal.finding import chain_days, find_dates, last_countable_day
from timeline.temporal.patterns import CHAIN_PENDING, NO_ANCHOR, Tense
from timeline.temporal.phrases import resolve_phrase
from timeline.temporal.resolution import MAX_YEAR, MIN_YEAR
from timeline.temporal.scanning import scan

__all__ = [
    "CHAIN_PENDING",
    "MAX_YEAR",
    "MIN_YEAR",
    "NO_ANCHOR",
    "Tense",
    "chain_days",
    "find_dates",
    "last_countable_day",
    "resolve_phrase",
    "scan",
]
