"""A day told by its place in the journey ("the second day of his visit"), counted from the trip's first day."""

from __future__ import annotations

import datetime as dt

from timeline.extract.spans import _nth_day
from timeline.model import DateSpan

TRIP = DateSpan(dt.date(2023, 7, 11), dt.date(2023, 7, 17))


def _day(text: str, trip: DateSpan = TRIP) -> tuple[dt.date, dt.date] | None:
    found = _nth_day(text, trip)
    return None if found is None else (found.start, found.end)


def test_the_first_days_counted_are_a_range_from_the_first() -> None:
    text = "During the first two days of the visit, Poe will travel to Marrow Point and Quessant."
    assert _day(text) == (dt.date(2023, 7, 11), dt.date(2023, 7, 12))
    assert _day("the first three days of his tour") == (dt.date(2023, 7, 11), dt.date(2023, 7, 13))
    # (not past the trip's last day, nor on a trip whose end is not known)
    assert _day(text, DateSpan(dt.date(2023, 7, 11), dt.date(2023, 7, 11))) is None
    assert _day(text, DateSpan(dt.date(2023, 7, 11), dt.date(2023, 7, 12), open_end=True)) is None


def test_the_travellers_own_day_in_a_place() -> None:
    assert _day("On his first day in the area, the President led a cabinet meeting.") == (
        dt.date(2023, 7, 11),
        dt.date(2023, 7, 11),
    )
    assert _day("On her second day in Quessant, Poe met farmers.") == (
        dt.date(2023, 7, 12),
        dt.date(2023, 7, 12),
    )


def test_a_first_day_in_office_is_no_day_of_the_journey() -> None:
    assert _day("On her first day in office, she signed the order.") is None
    assert _day("On his first day in power, he named a cabinet.") is None


def test_the_forms_read_before_still_read() -> None:
    assert _day("On the second day of his visit, he went to Paro.") == (
        dt.date(2023, 7, 12),
        dt.date(2023, 7, 12),
    )
    assert _day("On Day 3, the President toured Damongo.") == (dt.date(2023, 7, 13), dt.date(2023, 7, 13))
    assert _day("on the final day of his 3-day visit") == (dt.date(2023, 7, 17), dt.date(2023, 7, 17))
