"""Who travels where the report names the traveller in a form the people reader missed (session 21,
gap-roster): a middle initial without its stop, and a phrase set before the subject naming the one met.

Each report here is made up for the test; none is a corpus report.
"""

from __future__ import annotations

import pytest

from timeline.extract import extract_text
from timeline.people import find_people


def _trips(body: str) -> list[tuple[str, list[str]]]:
    doc = extract_text(f" date 2021-03-03 A report\n\nACCRA, March 3 (Reuters) - {body}\n")
    return [(t.person.name, [s.label for s in t.stops]) for t in doc.trips]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Tomas K Bako arrived in Lyon on Monday.", "Tomas K Bako"),
        ("Governor Ama J. Poe toured Gulu on Monday.", "Ama J. Poe"),
        # (a given name the gazetteer also knows as a province stays the name's)
        ("President Paul M. Lane arrived in Lyon on Monday.", "Paul M. Lane"),
    ],
)
def test_a_middle_initial_with_or_without_its_stop_is_the_names(text: str, name: str) -> None:
    assert [m.name for m in find_people(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Bako A Visit To Lyon",  # ("A": a word of a headline, no initial)
        "President Tomas Bako I Think So",
    ],
)
def test_a_or_i_between_capitalised_words_is_no_initial(text: str) -> None:
    assert all(" A " not in m.name and " I " not in m.name for m in find_people(text))


def test_a_traveller_named_with_a_middle_initial_without_its_stop_travels() -> None:
    body = "Irish President Tomas K Bako arrived in Lyon on Tuesday for a two-day state visit to France."
    assert [p for p, _ in _trips(body)] == ["Tomas K Bako"]


def test_the_one_met_in_a_phrase_before_the_subject_is_not_the_subject() -> None:
    body = (
        "Kenyan President Jane Roe left Nairobi on Tuesday for visits to France and Spain. Roe will hold talks"
        " with French President Tom Bako on Friday. Prior to the summit with Bako, Roe plans to visit Lyon on"
        " Thursday. On her way back, Roe is to visit Madrid on Saturday."
    )
    trips = _trips(body)
    assert [p for p, _ in trips] == ["Jane Roe"]
    assert {"Lyon", "Madrid"} <= set(trips[0][1])


def test_the_one_met_after_the_clause_verb_is_not_the_subject() -> None:
    body = (
        "Following the summit, the President travels to Japan for meetings with Prime Minister Tom Bako and"
        " then moves on to Korea. President Jane Roe of Kenya said so on Monday."
    )
    assert "Tom Bako" not in [p for p, _ in _trips(body)]
