"""Trip spans and stop days: rules drawn from the new development reports (session 20, nd-span2).

Every text is made up (invented names and places where possible).
"""

from __future__ import annotations

import pytest

from timeline.extract import extract_text


def _nd2_trips(text: str) -> list[tuple[str, str, str, list[tuple[str, str, str]]]]:
    """Each trip's traveller, first and last day, and its stops with their days."""
    doc = extract_text(text)
    return [
        (
            t.person.name,
            str(t.start),
            str(t.end),
            [(getattr(s.place, "text", ""), str(s.start), str(s.end)) for s in t.stops],
        )
        for t in doc.trips
    ]


@pytest.mark.parametrize("where", ["in Kitwe", "on the Copperbelt"])
def test_a_journey_under_way_with_a_length_reaches_back_to_the_report_day(where: str) -> None:
    # a Wednesday report: "is in X for a five-day visit ... will open a hospital on Sunday": the
    # visit runs from the report's day to Sunday, not Sunday alone
    text = (
        " date 2024-04-10 President Tomas Velder is "
        + where
        + " for a five-day working visit, which will see"
        " him attend a business forum in Kitwe.\n\nVelder will also open a hospital in Ndola on Sunday.\n"
    )
    trips = _nd2_trips(text)
    assert [t[:3] for t in trips] == [("Tomas Velder", "2024-04-10", "2024-04-14")]
    assert ("Ndola", "2024-04-14", "2024-04-14") in trips[0][3]


def test_a_day_ahead_past_the_stated_length_is_not_stretched_back() -> None:
    # a day nine days ahead of a three-day visit under way: the report's day does not join it
    text = (
        " date 2024-04-10 President Tomas Velder is in Kitwe for a three-day working visit.\n\n"
        "Velder will also open a hospital in Ndola on April 19.\n"
    )
    assert all(t[1] != "2024-04-10" or t[2] != "2024-04-19" for t in _nd2_trips(text))


@pytest.mark.parametrize(
    ("days", "want"),
    [
        ("from June 1 to 3", ("2019-06-01", "2019-06-03")),
        ("between June 1 and 4", ("2019-06-01", "2019-06-04")),
    ],
)
def test_a_range_right_after_the_one_place_dates_the_stay_there(days: str, want: tuple[str, str]) -> None:
    text = " date 2019-06-10 President Tomas Velder was in Kumasi " + days + " for talks with the king.\n"
    trips = _nd2_trips(text)
    assert trips[0][3] == [("Kumasi", *want)]


def test_a_tours_range_before_a_later_place_does_not_date_it() -> None:
    # the range follows the region toured; the town visited after it has no days of its own
    text = (
        " date 2019-06-10 President Tomas Velder toured Ostravia from June 1 to 6, visiting Kumasi where he"
        " opened a school.\n"
    )
    trips = _nd2_trips(text)
    assert trips[0][1:3] == ("2019-06-01", "2019-06-06")
    assert trips[0][3] == [("Kumasi", "None", "None")]


def test_spending_the_day_somewhere_is_the_day_told_just_before() -> None:
    # "wraps up her visit on Saturday. She will spend the day at a fundraiser in Kumasi": Saturday too
    text = (
        " date 2022-07-16 Governor Alma Verdi wraps up her three-day visit to Ostravia on Saturday.\n\n"
        "She will spend the day at a party fundraiser in Kumasi.\n\n"
        "Verdi arrived in Accra on Thursday afternoon and flew to Kumasi on Friday.\n"
    )
    trips = _nd2_trips(text)
    assert ("Kumasi", "2022-07-15", "2022-07-16") in trips[0][3]
