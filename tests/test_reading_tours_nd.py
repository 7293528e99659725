"""Reading rules for the stops of tours of several towns, from the new development reports (session 20,
nd-tour).

Each text is written for the test, with invented travellers, in the shapes real reports take.
"""

from __future__ import annotations

import pytest

from gazetteer.model import Resolved
from timeline.extract import extract_text


def _stops(text: str) -> list[str]:
    """The one trip's stops, by name (an unresolved stop by its words)."""
    doc = extract_text(" date 2024-03-06 " + text + "\n")
    assert len(doc.trips) == 1
    return [s.place.place.name if isinstance(s.place, Resolved) else s.place.text for s in doc.trips[0].stops]


# --- "a trip to Ghana (Accra), Nigeria (Lagos) and Kenya (Nairobi)": cities in brackets --------


@pytest.mark.parametrize(
    "text",
    [
        "President Ada Bello leaves on Friday for a week-long trip to Ghana (Kumasi), Nigeria (Lagos) and Kenya (Mombasa).",
        "President Ada Bello will tour Ghana (Kumasi), Nigeria (Lagos), and Kenya (Mombasa) next week.",
    ],
)
def test_cities_in_brackets_after_their_countries(text: str) -> None:
    assert _stops(text) == ["Kumasi", "Lagos", "Mombasa"]


# --- "visited Ashanti region and the city of Tamale": a list past a division word ---------------


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Prime Minister Ada Bello paid a working visit to Kumasi region and the city of Tamale this week.", ["Kumasi", "Tamale"]),
        ("Prime Minister Ada Bello on Monday toured Kumasi district and Tamale.", ["Kumasi", "Tamale"]),
    ],
)
def test_a_list_past_a_division_word(text: str, towns: list[str]) -> None:
    assert _stops(text) == towns


def test_a_place_after_a_division_word_without_a_list_is_no_stop() -> None:
    text = "Prime Minister Ada Bello on Monday toured Kumasi district, said officials from Tamale."
    assert _stops(text) == ["Kumasi"]


# --- "embarks on Friday for a trip to A, B and C": the day it sets out dates no stop ---------------


def _stop_days(text: str) -> dict[str, str | None]:
    doc = extract_text(" date 2024-03-06 " + text + "\n")
    assert len(doc.trips) == 1
    return {
        (s.place.place.name if isinstance(s.place, Resolved) else s.place.text): (
            s.span.start.isoformat() if hasattr(s.span, "start") else None
        )
        for s in doc.trips[0].stops
    }


def test_the_day_a_tour_sets_out_dates_none_of_its_places() -> None:
    text = (
        "President Ada Bello leaves on Friday for a week-long tour of Ghana (Kumasi), Nigeria (Lagos) and Kenya "
        "(Mombasa). Bello is scheduled to arrive in Kumasi on Saturday."
    )
    assert _stop_days(text) == {"Kumasi": "2024-03-09", "Lagos": None, "Mombasa": None}


def test_the_day_of_a_visit_to_one_place_still_dates_it() -> None:
    text = "President Ada Bello leaves on Friday for a two-day visit to Kumasi."
    assert _stop_days(text) == {"Kumasi": "2024-03-08"}


def test_the_day_of_several_places_visited_still_dates_them() -> None:
    text = "President Ada Bello on Friday visited Kumasi and Tamale."
    assert _stop_days(text) == {"Kumasi": "2024-03-01", "Tamale": "2024-03-01"}  # (the Friday past)


# --- "President then traveled to Tamale": the office written without "the" is no one's name -------


def test_an_office_written_alone_opening_a_sentence_is_no_traveller() -> None:
    text = (
        "Ghanaian President Ada Bello on Monday embarked on a tour of the north. His first destination was "
        "the airport in Tamale.\n\nPresident then traveled to Bolgatanga, where he opened a clinic."
    )
    doc = extract_text(" date 2024-03-06 " + text + "\n")
    assert [t.person.name for t in doc.trips] == ["Ada Bello"]
    assert [s.place.place.name for s in doc.trips[0].stops if isinstance(s.place, Resolved)][:1] == ["Tamale"]
