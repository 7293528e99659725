"""Reading rules for stops and stop days learnt from the new development reports (session 20).

Each report here is made up for the test (invented people, real towns the gazetteer knows); none is
a corpus report.  The report is dated Wednesday 2024-03-13.
"""

from __future__ import annotations

from gazetteer.model import Resolved
from timeline.extract import extract_text
from timeline.model import DateSpan


def _trips(body: str, dateline: str = "LONDON (Reuters) - ") -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Each trip's traveller with its resolved stops and their first days."""
    doc = extract_text(" date 2024-03-13 A report\n\n" + dateline + body + "\n")
    return [
        (
            trip.person.name,
            [
                (s.place.place.name, s.span.start.isoformat() if isinstance(s.span, DateSpan) else None)
                for s in trip.stops
                if isinstance(s.place, Resolved)
            ],
        )
        for trip in doc.trips
    ]


def _stops(body: str, dateline: str = "LONDON (Reuters) - ") -> list[tuple[str, str | None]]:
    trips = _trips(body, dateline)
    assert len(trips) == 1, trips
    return trips[0][1]


def test_a_disasters_day_is_not_the_visits_day() -> None:
    # "the Jan. 1 earthquake": the day names the quake; the visit told after it is still the report's
    stops = _stops(
        "Prime Minister Jane Roe on Saturday visited northern Ghana, which was hit by the Jan. 1 earthquake.\n\n"
        "Roe inspected the city of Tamale, where homes built after the Jan. 1 earthquake were flooded.\n\n"
        "She met victims in Tamale.",
        dateline="ACCRA, March 9 (Reuters) - ",
    )
    assert [name for name, _ in stops] == ["Tamale"]


def test_districts_of_a_region_including_a_list() -> None:
    # "the southern districts of X including A and B": the list is of the places visited
    stops = _stops(
        "Prime Minister Jane Roe will visit the flood-affected northern districts of Ghana including Tamale"
        " and Bolgatanga tomorrow."
    )
    assert [name for name, _ in stops] == ["Tamale", "Bolgatanga"]


def test_where_evacuees_came_from_is_no_stop() -> None:
    stops = _stops(
        "President Jane Roe on Monday visited a housing complex in Tamale and met residents who had evacuated"
        " from the towns of Bolgatanga and Yendi after the floods."
    )
    assert [name for name, _ in stops] == ["Tamale"]


def test_the_first_stop_after_an_arrival_is_of_that_day() -> None:
    stops = _stops(
        "Queen Jane Roe arrived in Accra on Monday afternoon. Her first stop was in nearby Tema, where she"
        " visited a hospital."
    )
    assert ("Tema", "2024-03-11") in stops


def test_a_visit_told_right_after_a_dated_one_is_of_its_day() -> None:
    stops = _stops(
        "President Jane Roe met flood victims on Monday as she began a three-day visit to Ghana.\n\n"
        "Roe visited a housing complex in Tamale and met residents."
    )
    assert stops == [("Tamale", "2024-03-11")]


def test_a_visit_told_after_a_day_still_ahead_is_not_of_it() -> None:
    # "will return home on Friday. Before that, she visited Kumasi": another day
    stops = _stops(
        "President Jane Roe arrived in Accra on Monday.\n\n"
        "Roe will fly home on Friday.\n\n"
        "Prior to leaving for Ghana, Roe visited a school in Kumasi."
    )
    assert ("Kumasi", "2024-03-15") not in stops


def test_a_counted_list_after_several_words_names_the_stops() -> None:
    # "a visit to three U.S. East Coast cities: A, B and C"
    stops = _stops(
        "President Jane Roe began a six-day visit to West Africa on Tuesday."
        " Ghana is the first leg of her visit to three West African port cities: Accra, Lagos and Dakar."
    )
    assert [name for name, _ in stops] == ["Accra", "Lagos", "Dakar"]


def test_an_air_base_beside_a_city_visited_is_its_airport() -> None:
    stops = _stops(
        "President Jane Roe arrived on Tuesday at Andrews Air Force Base in Maryland, beginning a visit to"
        " the United States. Washington is the first stop of her visit.",
        dateline="NEW YORK (Reuters) - ",
    )
    assert [name for name, _ in stops] == ["Washington"]


def test_a_revenue_circle_is_a_place_visited() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nGUWAHATI (PTI) - Governor Jane Roe on Tuesday visited Kalabari revenue"
        " circle, which bore the brunt of the floods, and met people in relief camps.\n"
    )
    assert [s.place.text for t in doc.trips for s in t.stops] == ["Kalabari revenue circle"]


def test_a_nuclear_plant_named_after_a_place_is_not_that_place() -> None:
    stops = _stops(
        "Prime Minister Jane Roe on Monday visited an evacuation centre in Sendai. She also toured the damaged"
        " Niigata Kashiwazaki nuclear plant.",
        dateline="TOKYO (Reuters) - ",
    )
    assert [name for name, _ in stops] == ["Sendai"]


def test_a_cancelled_aerial_survey_is_no_stop() -> None:
    stops = _stops(
        "Chief Minister Jane Roe conducted an aerial survey of Tamale on Wednesday. She cancelled her aerial"
        " survey of flood-hit villages of Kumasi district due to bad weather.",
        dateline="ACCRA (Reuters) - ",
    )
    assert [name for name, _ in stops] == ["Tamale"]


def test_a_list_goes_on_past_a_suburb_of_aside() -> None:
    # "A, a suburb of B; C and D": B places A; the list goes on with C
    stops = _stops(
        "President Jane Roe on Monday visited Tema, a suburb of Accra; Kumasi, and Tamale.",
        dateline="LAGOS (Reuters) - ",
    )
    assert [name for name, _ in stops] == ["Tema", "Kumasi", "Tamale"]
