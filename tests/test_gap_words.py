"""Trip words for the ways a report tells a journey that the vocabulary missed (session 21, gap-words).

Each text is written for the test, with invented travellers, in the shapes real reports take.
"""

from __future__ import annotations

import pytest

from gazetteer.model import Resolved
from timeline._sentences import split_sentences
from timeline.extract import extract_text
from timeline.extract.trip_words import _strongest_trip_word


def _trips(text: str) -> list[tuple[str, list[str]]]:
    """Each trip's person and stops (an unresolved stop by its words)."""
    doc = extract_text(" date 2024-03-06 " + text + "\n")
    return [
        (t.person.name, [s.place.place.name if isinstance(s.place, Resolved) else s.place.text for s in t.stops])
        for t in doc.trips
    ]


def _trip_word(sentence: str) -> str | None:
    """The strongest trip word's first words in one sentence (no places given)."""
    found = _strongest_trip_word(next(iter(split_sentences(sentence, 0, len(sentence)))), [])
    return None if found is None else sentence[found[1] :].split(" ", 1)[0]


# --- "will inaugurate a clinic in Kisumu": a deed ahead, told by its bare verb --------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("On Saturday he plans to inaugurate the new district office in Kumasi.", "inaugurate"),
        ("She is expected to unveil a statue of the founder at the square in Tamale.", "unveil"),
        ("The governor will officiate the closing ceremony of the games at the stadium in Ho.", "officiate"),
        ("The bishop will celebrate Mass in Tamale.", "celebrate"),
        ("He will also preside over a graduation in Kumasi.", "preside"),
        ("The president will commission the rebuilt bridge in Ho.", "will"),
        ("The minister is due to launch a housing scheme in Tamale.", "to"),
    ],
)
def test_the_bare_verb_of_a_deed_ahead_is_a_trip_word(text: str, word: str) -> None:
    assert _trip_word(text) == word


@pytest.mark.parametrize(
    "text",
    [
        "The High Commission in Accra issued a statement on Monday.",
        "The launch of the report in Accra drew a large crowd.",
        "The chair in the hall was empty.",
    ],
)
def test_the_noun_of_the_same_word_is_no_trip_word(text: str) -> None:
    assert _trip_word(text) is None


def test_a_deed_ahead_in_a_town_makes_a_planned_trip() -> None:
    text = (
        "Foreign Minister Kofi Mensah presented his new book to students at the weekend."
        " On Saturday, Foreign Minister Kofi Mensah will inaugurate the ministry's new liaison office in Kumasi."
    )
    assert _trips(text) == [("Kofi Mensah", ["Kumasi"])]


def test_a_deed_ahead_in_the_own_capital_is_no_trip() -> None:
    text = "Ghanaian President Ama Owusu will inaugurate a new children's hospital in Accra on Monday."
    assert _trips(text) == []


# --- "Roe lands in Tokyo", "is expected to land in Tokyo tonight": the arrival now or ahead ---------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("President Ada Bello lands in Kumasi for talks with the chiefs.", "lands"),
        ("She finally lands in Tamale after a long delay.", "lands"),
        ("The prime minister is expected to land in Kumasi later tonight.", "to"),
        ("The delegation will land at Tamale airport on Monday.", "will"),
    ],
)
def test_an_arrival_by_air_now_or_ahead_is_a_trip_word(text: str, word: str) -> None:
    assert _trip_word(text) == word


@pytest.mark.parametrize(
    "text",
    [
        "The minister promised to return the ancestral lands in Kumasi to the families.",
        "The school was built on ten acres of land at a cost of two million cedis.",
    ],
)
def test_land_owned_is_no_arrival(text: str) -> None:
    assert _trip_word(text) is None


def test_an_arrival_ahead_makes_a_trip_to_the_town() -> None:
    text = "Ghanaian President Ama Owusu is expected to land in Lagos on Thursday evening for talks."
    assert _trips(text) == [("Ama Owusu", ["Lagos"])]
