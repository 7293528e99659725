"""Who travels where the report names the traveller in a form the people reader missed (session 21,
gap-roster): a middle initial without its stop, and a phrase set before the subject naming the one met.

Each report here is made up for the test; none is a corpus report.
"""

from __future__ import annotations

import pytest

from timeline.extract import extract_text
from timeline.people import find_people, named_subjects


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


def test_an_untitled_name_opening_the_report_holds_the_office_written_alone() -> None:
    body = (
        "Jane Roe says the damage is heartbreaking as she spends the week in towns hit by the floods.\n\n"
        "The premier flew to Gulu on Tuesday, where hundreds of homes are under water."
    )
    trips = _trips(body)
    assert [p for p, _ in trips] == ["Jane Roe"]
    assert "Gulu" in trips[0][1]


def test_an_untitled_name_after_that_holds_the_office_written_alone() -> None:
    body = (
        "It was with some reluctance that Jane Roe set off on Tuesday for a five-day trip to France.\n\n"
        "The Prime Minister dislikes travel at the best of times."
    )
    assert [p for p, _ in _trips(body)] == ["Jane Roe"]


def test_two_untitled_names_leave_the_office_written_alone_to_no_one() -> None:
    body = (
        "Jane Roe says the damage is heartbreaking. Tom Bako says the roads are closed.\n\n"
        "The premier flew to Gulu on Tuesday, where hundreds of homes are under water."
    )
    assert _trips(body) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jane Roe says the damage is heartbreaking.", ["Jane Roe"]),
        ("It was then that Jane Roe set off for Lyon.", ["Jane Roe"]),
        ("Jane Roe and Tom Bako met.", []),  # (a pair: no one subject)
        ("Jane Roe of the Unity Party spoke.", []),
        ("Prime Minister Jane Roe said so.", []),  # (an office before it: the titled reading's)
        ("On Monday Jane Roe said so.", []),
    ],
)
def test_a_full_name_opening_a_sentence_before_its_verb_is_a_named_subject(text: str, names: list[str]) -> None:
    assert [m.name for m in named_subjects(text)] == names


def test_a_dateline_dash_opens_the_leads_named_subject() -> None:
    assert [m.name for m in named_subjects("ACCRA, March 3 (Reuters) - Jane Roe says so.")] == ["Jane Roe"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("President Jane Roe Arrives In Lyon For Talks", ["Jane Roe"]),
        ("Pope Tomas Begins Six Day Visit to Ruritania", ["Tomas"]),
        ("Roe Visits Lyon", []),
        ("Bako Returns To Gulu After Summit", []),
    ],
)
def test_a_headlines_capitalised_verb_is_no_part_of_a_name(text: str, names: list[str]) -> None:
    assert [m.name for m in find_people(text)] == names


def test_a_headline_verb_leaves_the_traveller_one_person() -> None:
    doc = extract_text(
        "Pope Tomas Begins Six Day Visit to Native Ruritania\n\n"
        "Pope Tomas arrived in Lyon on Saturday, where he began a six-day tour of the region.\n\n"
        "The pope then visited Nice.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Tomas"]
