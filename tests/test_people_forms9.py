"""Who travels where a report names hosts, companions and speakers beside the traveller (session 20, trip9).

Each report here is made up for the test; none is a corpus report.
"""

from __future__ import annotations

import pytest

from timeline.extract import extract_text


def _travellers(body: str) -> list[str]:
    doc = extract_text(f" date 2021-03-03 A report\n\nACCRA, March 3 (Reuters) - {body}\n")
    return [t.person.name for t in doc.trips]


@pytest.mark.parametrize(
    "body",
    [
        "Ghanaian President Ann Poe offered Kenyan President Jane Roe a warm welcome at Jubilee House on"
        " Tuesday, at the start of a state visit.",
        "President Ann Poe gave Kenyan President Jane Roe a red-carpet reception at Kotoka airport on Tuesday,"
        " at the start of a three-day state visit.",
    ],
)
def test_the_one_given_a_welcome_travels_not_the_host(body: str) -> None:
    assert _travellers(body) == ["Jane Roe"]


def test_one_a_gift_is_received_from_is_no_guest() -> None:
    body = (
        "President Jane Roe of Kenya toured Ghana and Italy last week. While at the Vatican, Roe received from"
        " Pope Tom Bako a copy of his 2015 letter on the climate."
    )
    doc = extract_text(f" date 2021-03-03 A report\n\nACCRA, March 3 (Reuters) - {body}\n")
    assert [(t.person.name, [s.label for s in t.stops]) for t in doc.trips] == [("Jane Roe", ["Vatican City"])]


def test_those_a_delegation_includes_go_with_its_leader() -> None:
    body = (
        "FIFA president Jane Roe arrived in Accra on Wednesday for a two-day visit. The FIFA boss is leading a"
        " delegation that includes CAF president Ann Poe and FIFA secretary-general Tom Bako. The visit is part"
        " of a tour of West Africa by the FIFA boss."
    )
    assert _travellers(body) == ["Jane Roe"]


def test_the_leader_named_before_the_delegation_is_still_its_leader() -> None:
    body = (
        "Kenyan President Jane Roe arrived in Accra on Wednesday for a two-day visit. Roe's delegation"
        " includes Foreign Minister Ann Poe. Roe will then travel to Lome on Friday."
    )
    assert _travellers(body) == ["Jane Roe"]


def test_a_host_honouring_the_visiting_guest_makes_no_journey() -> None:
    body = (
        "Sultan Jane Roe of Kenya arrived in Accra on Tuesday to begin a three-day state visit to Ghana."
        " President Ann Poe will also host a state banquet in honour of the visiting Kenyan Sultan and her"
        " delegation."
    )
    assert _travellers(body) == ["Jane Roe"]


def test_the_visit_of_one_named_is_theirs_not_the_speakers() -> None:
    body = (
        "Crown Prince Tom Bako of Kenya arrived in Accra on Saturday for a two-day visit to Ghana."
        " President Ann Poe held talks with the crown prince on Sunday."
        ' "The visit of Crown Prince Tom Bako to Ghana is significant at this juncture," Prime Minister Sam'
        " Oko said in a statement."
    )
    assert _travellers(body) == ["Tom Bako"]


def test_one_who_announces_the_visit_makes_no_journey() -> None:
    body = (
        "Prime Minister Jane Roe of Kenya made a lightning visit to Accra on Saturday. Roe arrived in the"
        " Ghanaian capital by train. Ghanaian President Ann Poe announced the visit on Thursday in an address"
        " to leaders gathered for a summit in Lagos. She highlighted the symbolism of the visit."
    )
    assert _travellers(body) == ["Jane Roe"]


def test_a_shared_surname_under_an_office_is_the_one_who_holds_it() -> None:
    body = (
        "Lira Governor Tomas Velkov and his wife First Lady Ama Velkov will be visiting Europe next week."
        " From March 10 to 17, Gov. Velkov and First Lady Velkov will travel to Sweden and Germany."
    )
    assert _travellers(body) == ["Tomas Velkov"]


def test_the_country_an_office_is_of_set_off_by_a_comma_is_no_part_of_the_name() -> None:
    body = (
        "Deputy Prime Minister Ama Osei and visiting Minister for Foreign Affairs of Ruritania, Tomas Velkov,"
        " held bilateral talks in Accra on Sunday. Velkov arrived in Ghana on Sunday at the invitation of Osei."
    )
    assert _travellers(body) == ["Tomas Velkov"]


def test_a_building_named_for_a_town_is_no_stop_in_that_town() -> None:
    body = (
        "Kenyan President Jane Roe arrived in Ghana on Sunday on a five-day state visit. President Ann Poe"
        " and Roe held talks at Kumasi House in Accra on Monday."
    )
    doc = extract_text(f" date 2021-03-03 A report\n\nACCRA, March 3 (Reuters) - {body}\n")
    assert [(t.person.name, [s.label for s in t.stops]) for t in doc.trips] == [("Jane Roe", ["Accra"])]


def test_the_spouse_welcomed_beside_the_traveller_is_of_the_party() -> None:
    body = (
        "President Jane Roe of Ruritania arrived in Ghana on Sunday on a five-day visit. President Ann Poe"
        " received the Ruritanian President and First Lady Ama Roe as they arrived at Jubilee House in Accra."
    )
    assert _travellers(body) == ["Jane Roe"]


def test_the_one_a_traveller_lunches_with_is_the_host() -> None:
    body = (
        "President Jane Roe of Ruritania arrived in Accra on Monday for a three-day state visit. First visit of"
        " the day: a lunch with President Ann Poe. Later, she toured the Kumasi market."
    )
    assert _travellers(body) == ["Jane Roe"]


def test_the_one_a_traveller_visited_is_no_traveller() -> None:
    text = (
        "President Tom Bako of Ruritania arrived in London on Monday for a three-day state visit. Queen Amara"
        " was waiting for him at the palace. It is the first official visit of Bako to Britain. Last year, he"
        " visited Queen Amara once, but that was not a state visit."
    )
    assert [t.person.name for t in extract_text(text).trips] == ["Tom Bako"]
