"""Reading rules for the stops of trips the reader finds (session 21, gap-stops).

Each text is written for the test, with invented travellers, in the shapes real reports take.
"""

from __future__ import annotations

import pytest

from gazetteer.model import Resolved
from timeline.extract import extract_text


def _stops(text: str) -> list[tuple[str, str | None]]:
    doc = extract_text(" date 2024-03-06 " + text + "\n")
    return [
        (s.place.text, s.place.place.name if isinstance(s.place, Resolved) else None)
        for t in doc.trips
        for s in t.stops
    ]


# --- "toured Ash and Elm counties": a bare name in a list of divisions is the division ---------------


@pytest.mark.parametrize(
    ("text", "name", "division"),
    [
        (
            "Governor Tomas Arkwright of North Carolina on Tuesday toured storm damage in Alleghany and "
            "Watauga counties before he arrived in Greensboro.",
            "Alleghany",
            "Alleghany County",
        ),
        (
            "Governor Ada Bello of Tennessee visited Scott, Morgan and Roane counties on Monday to "
            "announce road grants.",
            "Scott",
            "Scott County",
        ),
    ],
)
def test_a_name_listed_before_a_plural_division_word_is_that_division(text: str, name: str, division: str) -> None:
    assert (name, division) in _stops(text)


def test_a_name_of_no_such_division_stays_unresolved() -> None:
    text = (
        "Governor Ada Bello of Tennessee visited Zorbleton, Morgan and Roane counties on Monday to "
        "announce road grants."
    )
    assert ("Zorbleton", "Zorbleton County") not in _stops(text)
    assert all(division is None or "Zorbleton" not in division for _, division in _stops(text))


# --- "reached Lyon from Geneva": a town abroad the traveller came from is an earlier leg ----------------


def test_a_town_abroad_come_from_is_an_earlier_stop() -> None:
    text = (
        "NAIROBI, March 6 - British Prime Minister Tomas Arkwright arrived in Nairobi on Wednesday on "
        "the second leg of his African tour. Mr Arkwright landed at the airport aboard a chartered "
        "jet from Accra, Ghana, at 7am."
    )
    assert "Accra" in [name for name, _ in _stops(text)]


def test_a_town_of_the_travellers_own_country_come_from_is_no_stop() -> None:
    text = (
        "KANAZAWA, March 6 - Japanese Prime Minister Ada Bello arrived in Kanazawa on Wednesday for a "
        "two-day visit to Ishikawa. She flew to Komatsu Airport from Tokyo International Airport at "
        "Haneda in the morning."
    )
    assert "Tokyo" not in [name for name, _ in _stops(text)]


# --- "Barguna's Patharghata": a name the gazetteer lacks, owned by a town it holds, is a town of it ------


def test_a_town_owned_by_a_known_town_is_a_stop() -> None:
    text = (
        "President Ada Bello on Tuesday inspected flood-hit areas including Tamale's Zorbagu and "
        "Kumasi's Nkwantalo to assess the damage."
    )
    names = [name for name, _ in _stops(text)]
    assert "Zorbagu" in names
    assert "Nkwantalo" in names


@pytest.mark.parametrize(
    "text",
    [
        # a people, not a town
        "President Ada Bello on Tuesday visited Tamale and thanked Kumasi's Zorbagu community for its help.",
        # a building: more capitalised words follow
        "President Ada Bello on Tuesday visited Tamale and toured Kumasi's Zorbagu Palace.",
    ],
)
def test_an_owned_name_that_is_no_town_is_no_stop(text: str) -> None:
    assert "Zorbagu" not in [name for name, _ in _stops(text)]



def test_a_departure_and_destination_in_one_phrase_give_no_came_from_stop() -> None:
    # "from X to Y" tells where the journey told set out from, not an earlier leg
    stops = _stops(
        "BEIJING, May 3 (Xinhua) -- President Jane Roe travelled by train from Geneva to Lyon on Tuesday, "
        "and on Wednesday she landed in Nice from Lisbon."
    )
    names = [name for _, name in stops]
    assert "Geneva" not in names
    assert "Lyon" in names
