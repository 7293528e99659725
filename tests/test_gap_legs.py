"""Reading rules for one journey's legs and for two journeys of one traveller (session 21, gap-legs).

Each text is written for the test, with invented travellers, in the shapes real reports take.
"""

from __future__ import annotations

import pytest

from timeline.extract import extract_text


def _trips(text: str) -> list[tuple[str, str | None]]:
    doc = extract_text(" date 2024-03-06 " + text + "\n")
    out = []
    for t in doc.trips:
        span = getattr(t.span, "start", None)
        out.append((t.person.name, None if span is None else f"{t.span.start}..{t.span.end}"))  # type: ignore[union-attr]
    return out


# --- "In Chile she will open a fair": a leg of the tour named, whatever other date it gives ----------


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ada Bello will leave on Sunday for a ten-day tour of Peru, Chile and Bolivia. "
        "In Chile the minister will visit Valparaiso, partly to plan the 50th anniversary in 2030 of the treaty.",
        "Foreign Minister Ada Bello is to leave on Monday on a visit to Kenya, Uganda and Rwanda. "
        "In Uganda, Minister Bello will attend the regional trade meeting in May 2024 in Kampala.",
    ],
)
def test_a_leg_set_in_a_place_of_the_tour_is_the_tour(text: str) -> None:
    trips = _trips(text)
    assert len(trips) == 1, trips


def test_a_leg_keeps_the_tours_days() -> None:
    trips = _trips(
        "Foreign Minister Ada Bello is to leave on Monday on a visit to Kenya, Uganda and Rwanda. "
        "In Uganda, Minister Bello will attend the regional trade meeting in May 2024 in Kampala."
    )
    assert trips == [("Ada Bello", "2024-03-11..2024-03-11")]


def test_a_journey_opening_in_a_place_not_of_the_tour_stays_apart() -> None:
    trips = _trips(
        "Foreign Minister Ada Bello will leave on Sunday for a ten-day tour of Peru, Chile and Bolivia. "
        "In Ghana, Bello will attend the West African summit in Accra on April 20."
    )
    assert len(trips) == 2, trips


# --- "attended the summit in Oslo yesterday ... will travel to Riga on Friday": two day trips ----------


@pytest.mark.parametrize(
    "text",
    [
        # (the report's day is Wednesday 6 March 2024)
        "Prime Minister Ada Bello attended the Nordic summit in Oslo yesterday. "
        "On Friday, Prime Minister Bello will travel to Riga to attend the Baltic council.",
        "Governor Ada Bello will visit Ondo State on Monday, March 11, as part of her tour of the southern states. "
        "Ondo will be the first state on the tour, as Governor Bello will be going to Ekiti State on Thursday, March 14.",
    ],
)
def test_single_days_apart_are_two_journeys(text: str) -> None:
    assert len(_trips(text)) == 2, _trips(text)


@pytest.mark.parametrize(
    "text",
    [
        # an arrival starts a stay that lasts until the later day
        "Prime Minister Ada Bello arrived in Oslo on Saturday. "
        "Prime Minister Bello will hold talks with the Norwegian king in Oslo on Wednesday next week.",
        # the journey already told, by its possessive
        "Prime Minister Ada Bello toured Oslo on Friday. "
        "Bello said her visit and the meeting with the king in Bergen on Monday would deepen ties.",
    ],
)
def test_a_stay_or_the_journey_told_stays_one(text: str) -> None:
    assert len(_trips(text)) == 1, _trips(text)


# --- "Governor Poe, who held two rallies in Ohio on Monday, will return ...": an earlier journey ------


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ada Bello, who held two campaign rallies in Kano on Monday, will return to the state on "
        "Saturday for three more rallies in Wudil and Gaya.",
        "President Ada Bello, who recently ended a tour of the Northern Region, will travel to the Volta "
        "Region on Monday on the next leg of her campaign tour.",
        "President Ada Bello's visit to Nampula follows hot on the heels of her return from Zambia yesterday, "
        "where she opened a trade fair.",
    ],
)
def test_an_earlier_journey_in_a_clause_is_a_trip_of_its_own(text: str) -> None:
    assert len(_trips(text)) == 2, _trips(text)


def test_a_clause_naming_no_place_adds_no_journey() -> None:
    text = (
        "President Ada Bello, who held talks with the cabinet on Monday, will travel to the Volta "
        "Region on Friday for a two-day working visit."
    )
    assert len(_trips(text)) == 1, _trips(text)
