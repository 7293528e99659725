"""Reading rules for stops found by a sweep of domestic tours through villages (session 20, stops5).

Each text is written for the test, with invented travellers and villages (names the gazetteer lacks),
in the shapes real reports take.
"""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, ResolveContext
from gazetteer.model import Resolved
from timeline.extract import extract_text

_OPENING = "President Ada Bello on Monday toured Nyeri County. "


def _stops(text: str) -> list[str]:
    """The one trip's stops, by name (an unresolved stop by its words)."""
    doc = extract_text(" date 2024-03-06 " + text + "\n")
    assert len(doc.trips) == 1
    return [s.place.place.name if isinstance(s.place, Resolved) else s.place.text for s in doc.trips[0].stops]


# --- "his next stop was X and Y": the stops a tour names ----------------------------------------


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("His first stop was Wadibora, where he met the elders.", ["Wadibora"]),
        ("The President's next stop was Kelmaro and Tusanga.", ["Kelmaro", "Tusanga"]),
        ("Her last stop will be at Ombelo.", ["Ombelo"]),
    ],
)
def test_a_village_named_as_a_stop(text: str, towns: list[str]) -> None:
    assert _stops(_OPENING + text) == towns


def test_a_stop_that_is_no_village_adds_none() -> None:
    assert _stops(_OPENING + "His next stop was a school in the county.") == []


# --- "other villages the President visited included A, B and C" ---------------------------------


def test_villages_listed_as_those_visited() -> None:
    text = _OPENING + "Other villages the President visited included Zendobi, Qulmanta and Borrikeh."
    assert _stops(text) == ["Zendobi", "Qulmanta", "Borrikeh"]


# --- "At X, the President laid a stone": a sentence that opens on its town ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "At Farigan, the President laid the foundation stone for a clinic.",
        "At Farigan he laid the foundation stone for a clinic.",
    ],
)
def test_a_sentence_opening_on_the_village_it_happened_at(text: str) -> None:
    assert _stops(_OPENING + text) == ["Farigan"]


@pytest.mark.parametrize(
    "text",
    [
        "At Christmas, the President laid the foundation stone for a clinic.",
        "At Farigan Motors Limited he laid the foundation stone for a clinic.",
        "He said: at Farigan, they laid the foundation stone for a clinic.",
    ],
)
def test_a_sentence_opening_on_no_village(text: str) -> None:
    assert _stops(_OPENING + text) == []


# --- a village's name with a hyphen and lower-case letters after it ------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The President made a stop-over at Sendeli-bari where he met traders.", "Sendeli-bari"),
        ("He reached villages including Kuravonda, Melsingo and Yadan-yodin.", "Yadan-yodin"),
        ("He later flew to the village of Sar-e-shat.", "Sar-e-shat"),
    ],
)
def test_a_village_name_with_a_lower_case_part(text: str, town: str) -> None:
    assert _stops(_OPENING + text)[-1] == town


def test_a_word_made_of_a_name_is_not_its_tail() -> None:
    assert _stops(_OPENING + "He later flew to Dabareen-based farms.") == ["Dabareen"]


# --- "inspected the flood-affected areas of X, Y and Z" -------------------------------------------


def test_villages_a_disaster_struck_gone_over() -> None:
    text = "Minister Kofi Mensah on Thursday inspected the flood-affected areas of Wadibora, Kelmaro and Tusanga."
    assert _stops(text) == ["Wadibora", "Kelmaro", "Tusanga"]


def test_a_disaster_struck_areas_named_by_no_town() -> None:
    text = _OPENING + "He then went over the storm-hit areas of the county with officials."
    assert _stops(text) == []


# --- a kind word that narrows nothing leaves the bare name's choice ------------------------------


def test_a_district_named_after_its_city_is_that_city_not_a_bigger_namesake() -> None:
    gz = Gazetteer.default()
    bare = gz.resolve("Visakhapatnam")
    assert isinstance(bare, Resolved)
    district = gz.resolve("Visakhapatnam District")
    assert isinstance(district, Resolved)
    assert district.place == bare.place


# --- "arrived in X's Y district": the region X holds the place after it ---------------------------


def test_a_name_owning_the_place_after_it_is_no_stop() -> None:
    text = "President Ada Bello on Monday arrived in Kelmaro's Nyeri district on a two-day visit."
    assert _stops(text) == ["Nyeri"]


# --- a town of the report's country that bears the name as its own, its population not given ------


def test_a_town_at_home_of_unknown_population_over_a_namesake_abroad() -> None:
    found = Gazetteer.default().resolve("Chainpur", ResolveContext(focus_country="NP"))
    assert isinstance(found, Resolved)
    assert (found.place.name, found.place.country) == ("Chainpur", "NP")


# --- a town among the report's towns is no province abroad of its name ------------------------------


def test_a_town_listed_among_towns_is_not_a_weightier_province_abroad() -> None:
    text = "President Ada Bello on Monday toured the west. He first travelled to Gebiley, Dila and Baki."
    doc = extract_text(" date 2024-03-06 " + text + "\n")
    places = [s.place.place for s in doc.trips[0].stops if isinstance(s.place, Resolved)]
    assert [(p.name, p.country) for p in places][-1] == ("Baki", "SO")
