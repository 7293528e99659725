"""Who travels and how many trips, in forms the new development reports (session 20) showed: an
arrival with its time set off, a pair's visit, a host who welcomes, an acquaintance of
long ago.

Each report here is made up for the test; none is a corpus report.
"""

from __future__ import annotations

from timeline.extract import extract_text
from timeline.people import find_people


def _trips(body: str) -> list[tuple[str, tuple[str, ...]]]:
    doc = extract_text(f" date 2024-05-02 A report\n\nKAMPALA, May 2 (Reuters) - {body}\n")
    return [(t.person.name, tuple(s.label for s in t.stops)) for t in doc.trips]


def test_an_arrival_with_its_time_set_off_by_commas_is_a_trip() -> None:
    body = (
        "President Tomas Okello arrived, this Saturday morning (27.Apr.2024), at the Old Fort, in Jinja,"
        " to attend a ceremony hosted by his counterpart."
    )
    assert [name for name, _ in _trips(body)] == ["Tomas Okello"]


def test_a_pairs_visit_is_the_first_named_ones_trip() -> None:
    body = (
        "King Tomas and Queen Ama began their state visit to Lira on Tuesday. The day marks the second day"
        " of King Tomas and Queen Ama's visit to Lira, which ends on Thursday."
    )
    assert [name for name, _ in _trips(body)] == ["Tomas"]


def test_the_one_who_welcomes_the_guests_is_no_traveller() -> None:
    body = (
        "The guests from Lira received a warm welcome from King Tomas as they arrived at a hotel in Jinja"
        " to open their three-day state visit. King Ivo of Lira began the visit on Tuesday in Jinja."
    )
    assert [name for name, _ in _trips(body)] == ["Ivo"]


def test_the_day_two_people_first_met_is_no_trip() -> None:
    # (an undated report: no day of its own puts 2014 in the past)
    body = "Pope Tomas arrived in Jinja on Tuesday. President Okello Bako and Tomas first met at the Vatican in March 2014."
    doc = extract_text(f"A report\n\nKAMPALA (Reuters) - {body}\n")
    assert [t.person.name for t in doc.trips] == ["Tomas"]


def test_a_lower_case_office_elect_with_the_name_set_off_by_one_comma() -> None:
    mentions = find_people("Lira's president-elect, Alhaji Tomas Okello arrived in Gulu on Tuesday for a visit.")
    assert [(m.name, m.title) for m in mentions] == [("Alhaji Tomas Okello", "President-elect")]


def test_a_guest_named_after_a_lower_case_office_travels_not_the_host() -> None:
    body = (
        "Lira's president-elect, Tomas Okello arrived in Jinja on Tuesday for a day's visit during which he"
        " will hold talks with President Ama Bako."
    )
    assert [name for name, _ in _trips(body)] == ["Tomas Okello"]


def test_attending_an_investiture_abroad_is_a_trip() -> None:
    body = "President Ama Bako is expected to attend the investiture of Tomas Okello in Gulu, Lira, next week."
    assert [name for name, _ in _trips(body)] == ["Ama Bako"]


def test_a_governors_style_names_the_holder_anywhere_in_the_sentence() -> None:
    text = "On Thursday, in the morning, His Excellency the Honourable Tomas de Okello AC departed for Gulu."
    assert [(m.name, m.rule) for m in find_people(text)] == [("Tomas de Okello", "excellency")]
    body = (
        "On Thursday, in the morning, Her Excellency the Honourable Ama Bako AC departed Government House for"
        " official travel to Gulu and Lira. In the afternoon, at Gulu, Her Excellency toured a school."
    )
    assert [name for name, _ in _trips(body)] == ["Ama Bako"]


def test_the_office_with_its_place_before_it_is_the_named_holder() -> None:
    body = (
        "After Ann Poe, who drew flak after a selfie in Lira, it is Gulu District Chairman Tomas Okello's turn."
        " The Gulu District Chairman visited the drought hit Jinja area in a helicopter."
    )
    assert _trips(body) == [("Tomas Okello", ("Jinja",))]


def test_accepting_an_invitation_to_come_is_the_guests_trip_not_the_inviters() -> None:
    body = (
        "President Ama Bako has accepted President Tomas Okello's invitation to come to Gulu from May 23 to 25."
        " This will be the first state visit by a foreign leader to Lira since Tomas Okello's election."
    )
    assert [name for name, _ in _trips(body)] == ["Ama Bako"]


def test_leaving_home_for_a_seminar_abroad_is_a_trip() -> None:
    body = 'Prime Minister Tomas Okello left Kampala today, May 2, for a seminar entitled "Our Future" in Lira.'
    assert [name for name, _ in _trips(body)] == ["Tomas Okello"]


def test_a_monarch_welcomed_to_a_town_and_never_named_travels() -> None:
    body = (
        "Crowds turned out in their thousands to welcome the Queen to Gulu town centre."
        " Many had waited for hours for a view of Her Majesty and the Duke of Lira after their visit to the market."
    )
    assert _trips(body) == [("the Queen", ("Gulu",))]


def test_the_possessive_visit_of_a_monarch_never_named_is_a_trip() -> None:
    body = "See more photos of the Queen's visit to Gulu. The monarch visited Jinja and Lira, where fans gathered."
    assert [name for name, _ in _trips(body)] == ["the Queen"]


def test_the_anniversary_of_a_visit_is_no_trip() -> None:
    body = (
        "President Ama Bako arrived in Gulu on Wednesday, beginning her three-day state visit to Lira."
        " This year marks the 45th anniversary of former U.S. President Tomas Okello's historic visit to Lira,"
        " which began relations between the two countries."
    )
    assert [name for name, _ in _trips(body)] == ["Ama Bako"]
