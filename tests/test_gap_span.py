"""Trip spans (gap-span): days the reader took into a trip that the trip does not hold, and lengths it
left out.  Every sentence is made up; none is a corpus report."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_text
from timeline.model import DateSpan


def _trip_spans(text: str) -> list[tuple[dt.date, dt.date] | None]:
    doc = extract_text(text)
    return [(t.span.start, t.span.end) if isinstance(t.span, DateSpan) else None for t in doc.trips]


# --- a deed of office at home, days before the journey, is no day of it -----------------------------


@pytest.mark.parametrize(
    "deed",
    [
        "Governor Mara Quill declared a state of emergency on Saturday ahead of the storm.",
        "On Saturday, Governor Quill signed an executive order releasing emergency funds.",
        "Governor Quill secured her party's nomination on Saturday.",
    ],
)
def test_an_act_of_office_before_the_journey_stays_out(deed: str) -> None:
    text = (
        " date 2031-03-10 Governor Mara Quill was in Dunmore, Vestland on Monday, March 10 to tour flood damage.\n\n"
        f"{deed}\n"
    )
    assert _trip_spans(text) == [(dt.date(2031, 3, 10), dt.date(2031, 3, 10))]


@pytest.mark.parametrize(
    "deed",
    [
        "On Saturday, Governor Quill met families in the shelters.",
        "Governor Quill was received by the mayor on Saturday.",
        "On Saturday, Governor Quill started campaigning in the northern counties.",
    ],
)
def test_a_deed_of_the_visit_before_the_day_told_joins_it(deed: str) -> None:
    text = (
        " date 2031-03-10 Governor Mara Quill was in Dunmore, Vestland on Monday, March 10 to tour flood damage.\n\n"
        f"{deed}\n"
    )
    assert _trip_spans(text) == [(dt.date(2031, 3, 8), dt.date(2031, 3, 10))]


def test_a_journey_told_by_its_end_keeps_the_deeds_before_it() -> None:
    text = (
        " date 2031-03-10 President Ilse Varga on Monday wrapped up her visit to Norland and left for home.\n\n"
        "On Saturday, President Varga signed the trade agreement.\n"
    )
    assert _trip_spans(text) == [(dt.date(2031, 3, 8), dt.date(2031, 3, 10))]


# --- a length whose end has no day counts on from a journey told to begin ------------------------------


@pytest.mark.parametrize(
    "length",
    [
        "She said she may stop in Tarnov on her way home at the end of the two-week tour.",
        "President Roe will return home after the two-week tour.",
    ],
)
def test_an_undated_end_of_a_length_counts_on_from_the_start(length: str) -> None:
    text = (
        " date 2031-05-02 President Ana Roe headed to Varnia for a state visit on Friday (May 2), starting a"
        " five-nation tour.\n\n"
        f"{length}\n"
    )
    assert _trip_spans(text) == [(dt.date(2031, 5, 2), dt.date(2031, 5, 15))]


def test_a_homecoming_after_the_tour_is_no_start_to_count_on_from() -> None:
    text = (
        " date 2031-05-05 President Ana Roe arrived in Lisbon early Monday after a whirlwind tour of Varnia.\n\n"
        "Before boarding her plane in Tarnov on Sunday night, President Roe thanked her hosts for the visit.\n\n"
        "The president's plane left at 7 p.m., capping a nine-day tour of Varnia and Ostmark.\n"
    )
    spans = _trip_spans(text)
    assert spans
    assert spans[0] is not None
    assert spans[0][1] <= dt.date(2031, 5, 5)


# --- a day that names an event is not the journey's, where the sentence tells its own ----------------


@pytest.mark.parametrize(
    "lead",
    [
        "Governor Mara Quill toured the areas hit by Tuesday's tornado in Dunmore on Wednesday.",
        "Governor Mara Quill on Wednesday visited Dunmore, where Tuesday’s floods destroyed the bridge.",
    ],
)
def test_a_day_naming_an_event_is_not_the_journeys(lead: str) -> None:
    assert _trip_spans(f" date 2031-03-13 {lead}\n") == [(dt.date(2031, 3, 12), dt.date(2031, 3, 12))]


def test_a_days_visit_named_by_its_day_still_dates_the_journey() -> None:
    text = " date 2031-03-13 During Tuesday's visit to Dunmore, Governor Mara Quill toured the flooded streets.\n"
    assert _trip_spans(text) == [(dt.date(2031, 3, 11), dt.date(2031, 3, 11))]
