"""Reading rules for trips read where a report tells none of its own (session 21, gap-prec).

Each text is written for the test, with invented travellers, in the shapes real reports take.
"""

from __future__ import annotations

import pytest

from timeline.extract import extract_text


def _travellers(text: str) -> list[str]:
    doc = extract_text(" date 2024-03-06 " + text + "\n")
    return [t.person.name for t in doc.trips]


_MAIN = "Prime Minister Ada Bello arrived in Lusaka on Monday for a three-day state visit to Zambia. "


# --- "President Roe visited China earlier this year": another's earlier journey, told beside -----------


@pytest.mark.parametrize(
    "text",
    [
        _MAIN + "President Tomas Arkwright visited Kenya earlier this year and signed several trade deals.",
        _MAIN + "The last Zambian leader to visit the islands was President Tomas Arkwright in 2015.",
        _MAIN + "She said that the recent President Tomas Arkwright's state visit to Malawi opened new markets.",
        _MAIN + "Bello was following on from Foreign Minister Tomas Arkwright's visit to Africa for talks.",
        _MAIN + "President Tomas Arkwright toured Kenya and Uganda two years ago to promote trade.",
    ],
)
def test_anothers_earlier_journey_is_no_trip(text: str) -> None:
    names = _travellers(text)
    assert any("Bello" in name for name in names)
    assert not any("Arkwright" in name for name in names)


@pytest.mark.parametrize(
    "text",
    [
        # the journey the report tells, of a second traveller: no earlier time in its clause
        _MAIN + "President Tomas Arkwright flew to Nairobi on Tuesday for a two-day visit to Kenya.",
        # "back in" a place is a return, not a time long past
        _MAIN + "Meanwhile, President Tomas Arkwright was back in Kenya, with plans to meet voters in Nakuru.",
    ],
)
def test_a_second_travellers_own_journey_stays(text: str) -> None:
    assert any("Arkwright" in name for name in _travellers(text))


# --- "Back in 1998, he paid a visit to Harare": a sentence dated only by history -----------------------


@pytest.mark.parametrize(
    "text",
    [
        _MAIN + "Back in 1998, President Tomas Arkwright paid a visit to Harare to open the new embassy.",
        _MAIN + "No leader had gone abroad until 1931, when President Tomas Arkwright visited Malawi by train.",
        _MAIN + "Nevertheless, in 2019, President Tomas Arkwright flew to Nairobi for talks on the border.",
    ],
)
def test_a_journey_dated_only_by_history_is_no_trip(text: str) -> None:
    names = _travellers(text)
    assert any("Bello" in name for name in names)
    assert not any("Arkwright" in name for name in names)


def test_a_journey_with_its_own_day_beside_history_stays() -> None:
    text = _MAIN + "After the 2019 election, President Tomas Arkwright flew to Nairobi on Tuesday for talks."
    assert any("Arkwright" in name for name in _travellers(text))


# --- "João Lourenço", "Joao Manuel Goncalves Lourenco": one traveller under two forms of the name -------


@pytest.mark.parametrize(
    "text",
    [
        "President Joao Manuel Goncalves Lourenco arrived in Accra on Sunday for a four-day state visit to Ghana. "
        "President João Lourenço’s visit is aimed at strengthening trade between the two countries.",
        "President Ram Nath Kovind arrived in Bhubaneswar on Saturday for a three-day visit to Odisha. "
        "President Kovid on the third day of his visit went to Puri to pray at the temple.",
    ],
)
def test_one_traveller_under_two_forms_of_the_name(text: str) -> None:
    assert len(_travellers(text)) == 1


def test_two_travellers_of_one_surname_stay_two() -> None:
    text = (
        "President Joao Manuel Goncalves Lourenco arrived in Accra on Sunday for a four-day state visit to Ghana. "
        "Foreign Minister Maria Lourenco visited Kenya to open an embassy."
    )
    assert len(_travellers(text)) == 2


# --- "Earlier this year, Bello visited ...": a sentence set in a time long past --------------------------


def test_the_travellers_own_earlier_journey_is_no_second_trip() -> None:
    text = (
        "Secretary of State Ada Bello will visit Lebanon and Israel next week, the department said on Tuesday. "
        "Earlier this year, Bello visited several Gulf countries, including Jordan and Egypt, to discuss oil prices."
    )
    assert _travellers(text) == ["Ada Bello"]


def test_a_sentence_opening_on_a_past_time_with_its_own_day_stays() -> None:
    text = "Last year, President Tomas Arkwright flew to Nairobi on March 4 for a two-day visit to Kenya."
    assert any("Arkwright" in name for name in _travellers(text))
