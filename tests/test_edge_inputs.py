"""Any text in, only the project's own errors out: header times and datelines at the edges.

``Article.from_text``, ``extract_document`` and every exporter must return, or raise a
:class:`~timeline.errors.TimelineError` (which the command line reports as ``path: reason``);
a builtin error (``ValueError`` from ``dt.time(23, 59, 60)``, ``OverflowError`` from a date
before year 1 or after 9999) loses the whole report as "unexpected error".

The examples below are the cases that once failed (a leap second, minute 99, years 1 and 9999).
"""

from __future__ import annotations

import calendar
import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from timeline import export
from timeline.article import Article
from timeline.errors import TimelineError
from timeline.extract import extract_document
from timeline.itinerary import build_itinerary

RANGES = [
    "from Monday to Wednesday", "last week", "on Sunday", "next Friday", "over the weekend",
    "from Dec. 30 to Jan. 2", "on the second day of the visit", "three days ago", "in two weeks",
]  # fmt: skip
HEADERS = [
    "{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
    "{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}",
    "Source: Xinhua | {y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d} | Editor: huaxia",
    "Updated: {mon} {d}, {y:04d} {h:02d}:{mi:02d} Xinhua",
    "{mon} {d}, {y:04d} | {h:02d}:{mi:02d} GMT",
    "Xinhua) {h:02d}:{mi:02d}, {month} {d}, {y:04d}",
]


def _article(header: str, year: int, month: int, day: int, when: str) -> str:
    mon = calendar.month_abbr[month]
    return (
        f"Premier visits coast\n\n{header}\n\n"
        f"BEIJING, {mon}. {day}, {year:04d} (Xinhua) -- Premier Li Qiang visited Ningbo {when}, "
        f"and went on to Zhoushan, east China's Zhejiang Province.\n"
    )


def _read_everything(text: str) -> None:
    try:
        document = extract_document(Article.from_text(text, source="edge.txt"))
    except TimelineError:
        return
    json.loads(export.to_json(document))
    itinerary = build_itinerary([document])
    export.to_geojson(itinerary)
    export.to_csv(itinerary)
    export.to_kml(itinerary)
    export.to_ics(itinerary)
    export.to_timelinejs(itinerary)


@given(
    header=st.sampled_from(HEADERS),
    year=st.sampled_from([1, 2, 1999, 2016, 2024, 9998, 9999]),
    month=st.integers(1, 12),
    day=st.integers(1, 31),
    hour=st.sampled_from([0, 12, 23, 24, 25, 99]),
    minute=st.sampled_from([0, 59, 60, 99]),
    second=st.sampled_from([0, 59, 60, 61, 99]),
    when=st.sampled_from(RANGES),
)
@example(header=HEADERS[0], year=2016, month=12, day=31, hour=23, minute=59, second=60, when=RANGES[0])
@example(header=HEADERS[1], year=2016, month=12, day=31, hour=12, minute=99, second=0, when=RANGES[0])
@example(header=HEADERS[3], year=1, month=1, day=1, hour=0, minute=0, second=0, when=RANGES[0])
@example(header=HEADERS[3], year=9999, month=12, day=31, hour=0, minute=0, second=0, when=RANGES[3])
def test_only_own_errors(
    header: str, year: int, month: int, day: int, hour: int, minute: int, second: int, when: str
) -> None:
    day = min(day, calendar.monthrange(year, month)[1])
    line = header.format(
        y=year, mo=month, d=day, h=hour, mi=minute, s=second,
        mon=calendar.month_abbr[month], month=calendar.month_name[month],
    )  # fmt: skip
    _read_everything(_article(line, year, month, day, when))


@pytest.mark.parametrize("when", RANGES)
@pytest.mark.parametrize(("year", "month", "day"), [(1, 1, 1), (1, 1, 5), (9999, 12, 25), (9999, 12, 30)])
def test_every_range_at_the_calendar_s_ends(year: int, month: int, day: int, when: str) -> None:
    # each range phrase against a report day at either end of the calendar: the reading and every
    # export stay inside it (found: "next Friday" near 9999-12-31 gave an ICS end past the last day)
    line = HEADERS[0].format(y=year, mo=month, d=day, h=0, mi=0, s=0)
    _read_everything(_article(line, year, month, day, when))
