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
        "Foreign Minister Ada Bello will leave on Sunday for a ten-day tour of Peru, Chile and Bolivia. "
        "In Chile the minister will visit Valparaiso, partly to plan the 50th anniversary in 2030 of the treaty."
    )
    assert trips[0][1] is not None and "2030" not in trips[0][1]


def test_a_journey_opening_in_a_place_not_of_the_tour_stays_apart() -> None:
    trips = _trips(
        "Foreign Minister Ada Bello will leave on Sunday for a ten-day tour of Peru, Chile and Bolivia. "
        "In Ghana, Bello will attend the West African summit in Accra on April 20."
    )
    assert len(trips) == 2, trips
