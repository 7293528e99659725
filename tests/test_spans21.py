"""Trip spans (span21): ordinal day ranges that take the month of their second end, a return told in
the present ("returns to Norland on Saturday"), and the day of a closing attribution ("..., officials
told reporters on Friday."), which dates the telling and not the trip. Every sentence is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_text
from timeline.model import DateSpan
from timeline.temporal import scan


def _trip_spans(text: str) -> list[tuple[dt.date, dt.date] | None]:
    doc = extract_text(text)
    return [(t.span.start, t.span.end) if isinstance(t.span, DateSpan) else None for t in doc.trips]


def _read(text: str, anchor: dt.date | None) -> list[tuple[dt.date, dt.date] | None]:
    return [(f.span.start, f.span.end) if isinstance(f.span, DateSpan) else None for f in scan(text, anchor)]


@pytest.mark.parametrize("anchor", [None, dt.date(2031, 4, 1), dt.date(2031, 5, 20)])
def test_an_ordinal_day_range_takes_the_month_and_year_of_its_end(anchor: dt.date | None) -> None:
    assert _read("The minister will visit Varnia from 6th to 8th April 2031.", anchor) == [
        (dt.date(2031, 4, 6), dt.date(2031, 4, 8))
    ]
    assert _read("She will tour the province on the 6th and 7th of May 2031.", anchor) == [
        (dt.date(2031, 5, 6), dt.date(2031, 5, 7))
    ]


def test_an_ordinal_first_day_past_the_last_is_of_the_month_before() -> None:
    assert _read("The tour runs from the 28th to 2nd March 2031.", None) == [(dt.date(2031, 2, 28), dt.date(2031, 3, 2))]


def test_an_ordinal_day_range_without_a_year_takes_the_anchor_year() -> None:
    # (before: the first day was read alone as the anchor's month, "6th" of March)
    assert _read("The governor will visit the islands from 6th to 8th April.", dt.date(2031, 4, 1)) == [
        (dt.date(2031, 4, 6), dt.date(2031, 4, 8))
    ]


def test_a_trip_dated_by_an_ordinal_day_range_with_no_publication_date() -> None:
    text = (
        "TARNOV: Prime Minister Olek Brandt will leave for Varnia on Saturday.\n\n"
        "The foreign office said that the prime minister will visit Varnia from 6th to 8th April 2031.\n"
    )
    assert _trip_spans(text) == [(dt.date(2031, 4, 6), dt.date(2031, 4, 8))]


@pytest.mark.parametrize(
    "ret",
    [
        "Prime Minister Vask returns to the Lorian Islands on Saturday 6 July 2030.",
        "Dr Vask returns to the country on Saturday July 6.",
        "Prime Minister Vask is returning home on July 6.",
    ],
)
def test_a_return_told_in_the_present_ends_a_journey_ahead(ret: str) -> None:
    text = (
        " date 2030-06-30 Prime Minister Dr. Arlen Vask will travel to Norvik, Saint Lucia on Monday, 1 July 2030"
        " for the meeting of the heads of government.\n\n"
        f"{ret}\n"
    )
    assert _trip_spans(text) == [(dt.date(2030, 7, 1), dt.date(2030, 7, 6))]


def test_a_present_return_weeks_away_does_not_stretch_the_trip() -> None:
    text = (
        " date 2030-06-30 Prime Minister Dr. Arlen Vask will travel to Norvik, Saint Lucia on Monday, 1 July 2030"
        " for the meeting of the heads of government.\n\n"
        "Prime Minister Vask returns to the Lorian Islands on August 20.\n"
    )
    assert _trip_spans(text) == [(dt.date(2030, 7, 1), dt.date(2030, 7, 1))]


@pytest.mark.parametrize(
    "tail",
    [
        "diplomatic sources told the Courier on Friday.",
        "officials said on Friday.",
        "a spokesman for the ministry confirmed Friday.",
    ],
)
def test_the_day_of_a_closing_attribution_is_not_a_day_of_the_trip(tail: str) -> None:
    text = (
        " date 2031-11-08 ORSK, Nov 7: Prime Minister Halim Qadir will embark on a tour of Varnia, Tessa and Lund"
        " on Nov 21, with talks in Tessa on Nov 23.\n\n"
        f"He will first go to Varnia, then Tessa, and from there he will proceed to Lund, {tail}\n"
    )
    spans = _trip_spans(text)
    assert spans
    assert all(s is None or s[0] >= dt.date(2031, 11, 21) for s in spans)


def test_a_day_inside_the_sentence_before_its_attribution_still_counts() -> None:
    text = (
        " date 2031-11-08 ORSK, Nov 7: Prime Minister Halim Qadir will arrive in Varnia on Nov 21 for a"
        " three-day visit, officials said.\n"
    )
    assert _trip_spans(text) == [(dt.date(2031, 11, 21), dt.date(2031, 11, 23))]


def test_the_day_right_before_a_verb_of_saying_dates_the_saying() -> None:
    text = (
        " date 2031-09-11 LORN (AP) - Governor Ada Pell plans her first trade mission with an eight-day visit"
        " to Varnia and Tessa.\n\n"
        "Pell's office on Wednesday said the trip will start Saturday in Varnia City.\n\n"
        "Pell's trip is to end Sept. 20.\n"
    )
    assert _trip_spans(text) == [(dt.date(2031, 9, 13), dt.date(2031, 9, 20))]


def test_a_length_told_to_have_started_on_a_day_counts_on_from_it_despite_an_end_word() -> None:
    text = (
        " date 2030-06-23 Premier Tor Halvard arrived in Marsk on Thursday afternoon for a two-day official"
        " visit to Lorvania.\n\n"
        "Halvard is to visit Tessaly before winding up his eight-day trip that started on June 17.\n"
    )
    assert _trip_spans(text) == [(dt.date(2030, 6, 17), dt.date(2030, 6, 24))]


def test_a_winding_up_day_with_a_length_still_counts_back() -> None:
    text = " date 2030-06-25 Premier Tor Halvard on Monday wound up his eight-day trip to Lorvania.\n"
    assert _trip_spans(text) == [(dt.date(2030, 6, 17), dt.date(2030, 6, 24))]
