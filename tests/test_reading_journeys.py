"""Reading rules for where a journey went and how long it lasted (issue 14), session 12.

Each report here is written for the test in the shape real reports take; none is a corpus report.
The report is dated Wednesday 2024-03-13 and filed from London.
"""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.model import Resolved
from timeline.extract import extract_text
from timeline.model import DateSpan


def _one_trip(
    body: str, dateline: str = "LONDON (Reuters) - "
) -> tuple[tuple[str, str] | None, list[tuple[str, str | None]]]:
    """The one trip's span and its resolved stops with their first days."""
    doc = extract_text(" date 2024-03-13 A report\n\n" + dateline + body + "\n")
    assert len(doc.trips) == 1, doc.trips
    trip = doc.trips[0]
    span = (trip.span.start.isoformat(), trip.span.end.isoformat()) if isinstance(trip.span, DateSpan) else None
    stops = [
        (s.place.place.name, s.span.start.isoformat() if isinstance(s.span, DateSpan) else None)
        for s in trip.stops
        if isinstance(s.place, Resolved)
    ]
    return span, stops


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Chancellor Jane Roe visited a wind farm near Husum in northern Germany on Monday.", "Husum"),
        ("President Jane Roe on Monday visited a refugee camp near Gulu in the north.", "Gulu"),
        ("Prime Minister Jane Roe toured a dam outside Mombasa on Monday.", "Mombasa"),
    ],
)
def test_a_place_near_a_town_puts_the_traveller_there(body: str, town: str) -> None:
    _, stops = _one_trip(body)
    assert [name for name, _ in stops] == [town]


def test_a_trip_outside_the_capital_is_not_in_it() -> None:
    # "outside" a place is not in it, so it is no cue: "destinations outside the capital"
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - Kenyan President Jane Roe on Monday went on a tour"
        " with stops mostly outside the capital.\n"
    )
    assert "the capital" not in [s.place.text for t in doc.trips for s in t.stops]


def test_a_town_that_only_locates_another_is_no_stop() -> None:
    # ", near Naples" places Pompei; the traveller went to Pompei, not to Naples
    _, stops = _one_trip("Pope Leo visited the sanctuary of Pompei, near Naples, on Monday.")
    assert "Naples" not in [name for name, _ in stops]


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Pope Leo arrived in Lisbon on Monday for a visit that includes a trip to the shrine of Fatima on Tuesday.",
         "Fátima"),
        ("President Jane Roe on Monday visited the University of Ibadan.", "Ibadan"),
        ("Prime Minister Jane Roe on Monday toured the port of Mombasa.", "Mombasa"),
    ],
)  # fmt: skip
def test_a_shrine_university_or_port_of_a_town_is_in_the_town(body: str, town: str) -> None:
    _, stops = _one_trip(body, "LISBON (Reuters) - " if "Lisbon" in body else "LONDON (Reuters) - ")
    assert town in [name for name, _ in stops]


@pytest.mark.parametrize(
    ("body", "town", "day"),
    [
        ("Prime Minister Jane Roe flew to Lae in Papua New Guinea on Monday.", "Lae", "2024-03-11"),
        ("President Jane Roe arrived in Ulm on Monday.", "Ulm", "2024-03-11"),
    ],
)
def test_a_town_with_a_three_letter_name_after_to_or_in(body: str, town: str, day: str) -> None:
    assert _one_trip(body)[1] == [(town, day)]


def test_a_three_letter_word_is_still_no_town() -> None:
    # a three-letter capitalised word not after "to" / "in", or a small place, stays a word
    _, stops = _one_trip("President Jane Roe arrived in Riga on Monday. Ulm officials said nothing.")
    assert [name for name, _ in stops] == ["Riga"]


def test_a_stated_length_counts_from_the_arrival_told_with_a_later_day() -> None:
    span, stops = _one_trip(
        "Pope Leo arrived in Lisbon on Monday for a five-day visit that will include a trip to Fatima on"
        " Wednesday.",
        "LISBON (Reuters) - ",
    )
    assert span == ("2024-03-11", "2024-03-15")
    assert stops == [("Lisbon", "2024-03-11"), ("Fátima", "2024-03-13")]


def test_a_stated_length_does_not_stretch_a_day_outside_the_journey() -> None:
    # a day of something else in the sentence (the summit after) keeps the length from counting
    span, _ = _one_trip("President Jane Roe arrived in Accra on Monday for a two-day visit, ahead of a summit on"
                        " March 20.")
    assert span is not None
    assert span[0] == "2024-03-11"
    assert dt.date.fromisoformat(span[1]) <= dt.date(2024, 3, 20)


def test_an_institution_of_a_town_not_visited_is_no_stop() -> None:
    _, stops = _one_trip("President Jane Roe, a graduate of the University of Ibadan, arrived in Riga on Monday.")
    assert [name for name, _ in stops] == ["Riga"]


@pytest.mark.parametrize("ground", ["a five-nation tour", "a two-country trip", "a multi-nation tour"])
def test_a_lead_filed_abroad_about_a_tour_of_several_nations_is_not_there(ground: str) -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nNAIROBI, March 13 (Reuters) - Indian Prime Minister Jane Roe will"
        f" embark on {ground} next week.\n"
    )
    assert [t.stops for t in doc.trips] == [()]


@pytest.mark.parametrize(
    ("body", "stops"),
    [
        ("Prime Minister Jane Roe left Tokyo on Monday for Washington.", [("Washington", "2024-03-11")]),
        ("Prime Minister Jane Roe departed Lagos early on Monday for Nairobi.", [("Nairobi", "2024-03-11")]),
    ],
)
def test_left_a_place_on_a_day_for_another_is_a_journey_there(body: str, stops: list[tuple[str, str]]) -> None:
    assert _one_trip(body)[1] == stops


def test_left_the_party_for_another_is_no_journey() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - Jane Roe left the ruling party on Monday for the"
        " opposition.\n"
    )
    assert doc.trips == ()


@pytest.mark.parametrize(
    ("return_sentence", "end"),
    [
        ("Roe will return to Japan on Saturday.", "2024-03-16"),
        ("She is due to fly home on Saturday.", "2024-03-16"),
        # the day of what the return is for, not of the return
        ("She is expected to return to Tokyo to chair a cabinet meeting on Saturday morning.", "2024-03-14"),
    ],
)
def test_a_return_ahead_ends_the_journey_on_its_day(return_sentence: str, end: str) -> None:
    span, _ = _one_trip(
        "Prime Minister Jane Roe left Tokyo on Wednesday for Washington, where she will meet President Ann Poe"
        " on Thursday. " + return_sentence
    )
    assert span == ("2024-03-13", end)


def test_a_surname_spelt_as_a_month_is_kept() -> None:
    from timeline.people import find_people

    assert [(m.name, m.title) for m in find_people("British Prime Minister Jane May has arrived in Accra.")] == [
        ("Jane May", "Prime Minister")
    ]
    assert [m.name for m in find_people("President Jane Roe May 5 met farmers.")] == ["Jane Roe"]


def test_has_arrived_with_no_day_is_the_report_s_day() -> None:
    span, stops = _one_trip("British Prime Minister Jane Roe has arrived in Accra for a state visit.")
    assert stops == [("Accra", "2024-03-13")]
    assert span is not None
    assert span[0] == "2024-03-13"


def test_a_welcome_told_after_the_arrival_is_on_its_day_at_the_building_s_town() -> None:
    _, stops = _one_trip(
        "Tanzanian President Jane Roe arrived in Kenya on Monday morning for a two-day State visit. Dr Roe,"
        " who was formally received by her host at State House, Nairobi, was accorded full military honours."
    )
    assert stops == [("Nairobi", "2024-03-11")]


def test_the_places_visited_told_without_the_traveller_are_the_journey_s() -> None:
    _, stops = _one_trip(
        "King Roderick III enjoyed a three-day stay in Yorkshire on Monday. Other locations visited include"
        " the Minster Academy in Selby and the Glass Centre in Sunderland."
    )
    assert {"Selby", "Sunderland"} <= {name for name, _ in stops}


def test_a_name_written_with_its_own_letters_is_that_place() -> None:
    _, stops = _one_trip("King Roderick III on Monday visited Røst.")
    assert [name for name, _ in stops] == ["Røst"]


def test_a_capital_named_as_its_municipality_is_the_city_filed_under_another_spelling() -> None:
    # GeoNames files the municipality as "Ulaanbaatar" and the city as "Ulan Bator"
    _, stops = _one_trip("Pope Leo arrived in Mongolia's capital, Ulaanbaatar, on Monday.")
    assert stops == [("Ulan Bator", "2024-03-11")]


def test_the_delegation_the_traveller_leads_goes_where_the_traveller_goes() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - Mayor Jane Roe, accompanied by business leaders, will"
        " visit two sister cities in Asia in November. The delegation will go to Nagasaki, Japan, and Changsha,"
        " China.\n"
    )
    assert [[s.place.text for s in t.stops] for t in doc.trips] == [["Nagasaki", "Changsha"]]


def test_a_building_then_its_town_in_brackets() -> None:
    _, stops = _one_trip(
        "Prime Minister Jane Roe on Monday visited workers at Tam Thang Industrial Park (Tam Ky City), and a"
        " car maker in Quang Ngai (Nui Thanh).",
        "HANOI (Reuters) - ",
    )
    assert {"Tam Kỳ", "Núi Thành"} <= {name for name, _ in stops}


def test_a_region_in_brackets_is_no_stop() -> None:
    _, stops = _one_trip(
        "President Jane Roe on Monday visited the Saykhunobod district (Syrdarya region).", "TASHKENT - "
    )
    assert "Sirdaryo" not in [name for name, _ in stops]


def test_a_hamlet_abroad_known_by_another_spelling_is_not_guessed() -> None:
    from gazetteer import Gazetteer

    found = {
        t.name: r
        for t, r in Gazetteer.default().resolve_document(
            "HANOI - The prime minister visited Tam Ky, then THACO Group in Chu Lai.", dateline="HANOI"
        )
    }
    assert not isinstance(found["Chu Lai"], Resolved)


def test_a_list_of_towns_the_gazetteer_lacks_written_with_accents() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nMAPUTO (Reuters) - President Jane Roe is embarking on a three-day visit"
        " to Nampula today, with stops in Liúpo, Muecate, Nacarôa and Mecuburi.\n"
    )
    texts = [s.place.text for t in doc.trips for s in t.stops]
    assert {"Liúpo", "Muecate", "Nacarôa", "Mecuburi"} <= set(texts)


def test_is_going_to_a_place_is_a_movement_under_way() -> None:
    doc = extract_text(
        " date 2024-03-12 A report\n\nLILONGWE (Reuters) - President Jane Roe is going to Tete, Mozambique"
        " for a day-return state visit. She left Kamuzu International Airport on Tuesday morning.\n"
    )
    assert [t.status.value for t in doc.trips] == ["made"]


def test_leaving_the_country_again_on_a_day_for_another_is_a_second_journey() -> None:
    doc = extract_text(
        " date 2024-03-12 A report\n\nLILONGWE (Reuters) - President Jane Roe left on Tuesday for Tete,"
        " Mozambique, for a day-return state visit. Roe is expected to leave the country again this Wednesday"
        " for Tanzania.\n"
    )
    assert [(t.status.value, t.span.start.isoformat()) for t in doc.trips if isinstance(t.span, DateSpan)] == [
        ("made", "2024-03-12"),
        ("planned", "2024-03-13"),
    ]


def test_at_the_vatican_is_vatican_city() -> None:
    _, stops = _one_trip("Prime Minister Jane Roe flew to Rome on Monday and met the Pope at the Vatican on Tuesday.")
    assert [name for name, _ in stops] == ["Rome", "Vatican City"]


def test_a_country_at_the_end_of_a_journey_stays_a_country() -> None:
    _, stops = _one_trip("Prime Minister Jane Roe flew to Kuwait on Monday.")
    assert stops == []


def test_where_an_envoy_is_accredited_is_no_destination() -> None:
    _, stops = _one_trip(
        "Pope Leo arrived in Ulaanbaatar on Monday, welcomed by the Ambassador of Mongolia to the Holy See.",
        "ULAANBAATAR - ",
    )
    assert "Vatican City" not in [name for name, _ in stops]


def test_a_sentence_that_opens_on_a_place_puts_its_subject_s_deed_there() -> None:
    span, stops = _one_trip("In Kyiv on Tuesday, Polish President Jane Roe met Ukrainian leaders and laid a wreath.")
    assert (span, stops) == (("2024-03-12", "2024-03-12"), [("Kyiv", "2024-03-12")])


def test_an_opening_that_names_no_place_tells_no_journey() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nWARSAW (Reuters) - In a statement on Tuesday, Polish President Jane Roe"
        " met the press.\n"
    )
    assert doc.trips == ()


def test_a_deed_at_home_told_after_an_opening_is_no_journey() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - In Warsaw on Tuesday, Polish President Jane Roe met"
        " business leaders.\n"
    )
    assert doc.trips == ()


def test_will_go_to_a_place_is_a_journey_there() -> None:
    span, stops = _one_trip("After Tokyo, Prime Minister Jane Roe will go to Seoul on Thursday.")
    assert (span, stops) == (("2024-03-14", "2024-03-14"), [("Seoul", "2024-03-14")])


def test_a_place_a_verb_governs_after_the_journey_s_clause_keeps_its_own_day() -> None:
    _, stops = _one_trip("Prime Minister Jane Roe, who is on a week-long tour of Asia, visited Hanoi on Monday.")
    assert stops == [("Hanoi", "2024-03-11")]


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Prime Minister Jane Roe began a visit to Germany on Monday. She inaugurated the Hannover Fair.",
         "Hannover"),
        ("Governor Jane Roe will lead a trade mission to Korea. She will deliver remarks at the opening ceremony"
         " of the Jeju Forum.", "Jeju City"),
    ],
)
def test_an_event_named_after_its_town_puts_its_guest_there(body: str, town: str) -> None:  # fmt: skip
    _, stops = _one_trip(body)
    assert [name for name, _ in stops] == [town]


def test_a_town_named_like_its_county_written_with_town() -> None:
    _, stops = _one_trip("President Jane Roe will then head to Homa Bay town on Monday to open a market.", "NAIROBI - ")
    assert [name for name, _ in stops] == ["Homa Bay"]


def test_where_a_journey_begins_and_ends_are_its_first_and_last_days() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - President Jane Roe will make a tour of Borneo from"
        " March 20 to 24. The tour starts in Tawau and ends in Kuching. She will also visit Sibu.\n"
    )
    (trip,) = doc.trips
    days = {
        s.place.place.name: (s.span.start.isoformat() if isinstance(s.span, DateSpan) else None)
        for s in trip.stops
        if isinstance(s.place, Resolved)
    }
    assert days == {"Tawau": "2024-03-20", "Kuching": "2024-03-24", "Sibu": None}


def test_the_first_stop_is_the_journey_s_first_day() -> None:
    span, stops = _one_trip(
        "President Jane Roe will travel to Ghana and Togo from March 18 to 20. Her first stop will be Accra."
    )
    assert span == ("2024-03-18", "2024-03-20")
    assert stops == [("Accra", "2024-03-18")]


@pytest.mark.parametrize(
    "body",
    [
        "Pope Leo will travel to Turkey from March 20 to 23 and then to Lebanon until March 25, the Vatican said.",
        "Pope Leo will be in Turkey from March 20 and in Lebanon from March 23 to 25.",
        "Pope Leo will travel to Turkey on March 20 and stay in Lebanon until March 25.",
    ],
)
def test_legs_told_one_after_another_make_one_journey(body: str) -> None:
    assert _one_trip(body)[0] == ("2024-03-20", "2024-03-25")


def test_a_day_far_from_a_range_is_not_its_leg() -> None:
    span, _ = _one_trip("Pope Leo will travel to Turkey from March 20 to 23, a month before a synod on April 30.")
    assert span == ("2024-03-20", "2024-03-23")


@pytest.mark.parametrize(
    "history",
    [
        "Roe visited Cusco in 2019 as foreign minister.",
        "Her predecessor, John Poe, toured Cusco in 2015.",
        "Roe, who studied in Cusco in the 1990s, met students.",
        "She arrived a week after returning from a visit to Cusco.",
    ],
)
def test_a_place_of_an_earlier_journey_is_not_this_one_s(history: str) -> None:
    _, stops = _one_trip("President Jane Roe arrived in Lima on Tuesday. " + history, "LIMA (Reuters) - ")
    assert "Cusco" not in [name for name, _ in stops]


def test_returned_home_from_a_stated_length_counts_back() -> None:
    span, _ = _one_trip("President Jane Roe returned to Nairobi on Tuesday night from a two-day trip to Accra.")
    assert span == ("2024-03-11", "2024-03-12")


def test_started_the_tour_in_a_town_is_the_tour_s_first_day() -> None:
    doc = extract_text(
        " date 2024-03-15 A report\n\nNAIROBI (Reuters) - President Jane Roe on Thursday began a three-day"
        " development tour of Western Kenya. The President, who started the tour in Kakamega, will end the tour"
        " in Eldoret.\n"
    )
    (trip,) = doc.trips
    assert [(s.place.text, s.span.start.isoformat()) for s in trip.stops if isinstance(s.span, DateSpan)] == [
        ("Kakamega", "2024-03-14"),
        ("Eldoret", "2024-03-16"),
    ]


def test_the_second_day_of_a_visit_told_by_its_arrival_only() -> None:
    span, stops = _one_trip(
        "President Jane Roe arrived in Accra on Monday. On the second day of her visit, she went to Kumasi."
    )
    assert span == ("2024-03-11", "2024-03-12")
    assert stops == [("Accra", "2024-03-11"), ("Kumasi", "2024-03-12")]


def test_a_guest_s_visit_to_a_municipality_is_to_its_city() -> None:
    _, stops = _one_trip(
        "Hungarian Prime Minister Jane Roe, on a two-day visit to Beijing, met President Xi Jinping on Monday.",
        "BEIJING (Xinhua) -- ",
    )
    assert [name for name, _ in stops] == ["Beijing"]


def test_an_invitation_accepted_is_a_journey_planned() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - Prime Minister Jane Roe has accepted an invitation to"
        " visit Japan from May 5 to 7, 2024.\n"
    )
    assert [(t.status.value, t.span.start.isoformat()) for t in doc.trips if isinstance(t.span, DateSpan)] == [
        ("planned", "2024-05-05")
    ]
    declined = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - Japan extended an invitation to Prime Minister Jane Roe"
        " to visit Tokyo from May 5 to 7, 2024.\n"
    )
    assert declined.trips == ()


def test_a_month_of_an_invitation_accepted_is_ahead() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - Prime Minister Jane Roe has accepted an invitation to"
        " visit Japan in May.\n"
    )
    assert [(t.status.value, t.span.start.isoformat()) for t in doc.trips if isinstance(t.span, DateSpan)] == [
        ("planned", "2024-05-01")
    ]


def test_would_travel_told_by_officials_is_ahead() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - Prime Minister Jane Roe would travel to Japan from"
        " March 20 to 22, officials said.\n"
    )
    assert [t.status.value for t in doc.trips] == ["planned"]


def test_the_day_of_a_saying_does_not_date_the_journey_told() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - Foreign Minister Jane Roe told students in Leeds on"
        " Monday that she would travel to Lebanon and Israel from March 20 to 22.\n"
    )
    assert [(t.span.start.isoformat(), t.span.end.isoformat()) for t in doc.trips if isinstance(t.span, DateSpan)] == [
        ("2024-03-20", "2024-03-22")
    ]


def test_only_words_after_the_journey_say_it_is_not_on_the_agenda() -> None:
    _, stops = _one_trip("While the budget is uncertain, Prime Minister Jane Roe arrived in Tokyo on Monday.")
    assert stops == [("Tokyo", "2024-03-11")]
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - A visit by Prime Minister Jane Roe to Tokyo on Monday"
        " is not on the agenda, officials said.\n"
    )
    assert doc.trips == ()


def test_a_visit_in_a_clause_about_the_one_met_is_theirs() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nACCRA (Reuters) - Ghanaian President Ann Poe met Kenyan President Jane Roe,"
        " who is on a state visit, in Accra on Monday.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Jane Roe"]


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Jane Roe travelled through Kumasi and Techiman on her way to Tamale on Monday.",
        "Prime Minister Jane Roe's convoy passed through Kumasi on Monday.",
    ],
)
def test_passing_through_a_town_is_a_journey_there(body: str) -> None:
    _, stops = _one_trip(body, "ACCRA (Reuters) - ")
    assert ("Kumasi", "2024-03-11") in stops


def test_surveying_damage_in_a_town_is_a_journey_there() -> None:
    _, stops = _one_trip("Governor Jane Roe surveyed storm damage in Lake Charles and Sulphur on Monday.", "BATON ROUGE - ")
    assert stops == [("Lake Charles", "2024-03-11"), ("Sulphur", "2024-03-11")]


def test_continuing_a_stated_tour_holds_the_report_s_day_and_its_length() -> None:
    span, _ = _one_trip(
        "King Roderick III and his wife are continuing their grand three-day tour of Canada from Iqaluit to"
        " Wellington."
    )
    assert span == ("2024-03-13", "2024-03-15")


def test_a_full_stop_after_an_abbreviation_closes_no_dateline() -> None:
    from timeline.article import Article

    article = Article.from_text(
        "Mayor Jane Roe will visit two sister cities in Asia in November, an aide said on Tuesday.\n\n"
        "The St. Paul Area Chamber of Commerce will send members along with the mayor.\n"
    )
    assert not hasattr(article.dateline, "place")


def test_a_tour_that_starts_on_a_weekday_and_ends_on_an_earlier_named_one_ends_the_week_after() -> None:
    span, _ = _one_trip(
        "President Jane Roe's week-long tour of the north will start in Kumasi on Monday and end in Tamale on"
        " Sunday.",
        "ACCRA (Reuters) - ",
    )
    assert span == ("2024-03-18", "2024-03-24")


def test_moves_to_on_a_weekday_in_a_programme_is_ahead() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nACCRA (Reuters) - On Monday, President Jane Roe will be in Kumasi. On"
        " Tuesday, she moves to Tamale.\n"
    )
    assert [(t.status.value, t.span.end.isoformat()) for t in doc.trips if isinstance(t.span, DateSpan)] == [
        ("planned", "2024-03-19")
    ]


def test_an_office_elect_in_capitals_is_the_title() -> None:
    from timeline.people import find_people

    found = find_people("Colombian President-Elect Jane Roe will begin a Latin American tour next week.")
    assert [(m.name, m.title) for m in found] == [("Jane Roe", "President-Elect")]


def test_a_place_named_for_a_royal_is_no_royal() -> None:
    from timeline.people import find_people

    found = find_people("Prince Edward County shares its name with Prince Roderick's brother, Prince Edward.")
    assert [(m.name, m.title) for m in found] == [("Roderick", "Prince"), ("Edward", "Prince")]


def test_the_place_of_an_earlier_event_in_an_opening_clause_is_no_stop() -> None:
    _, stops = _one_trip("A week after Ann Poe met Jim Doe in Abuja, President Jane Roe arrived in Accra on Monday.")
    assert stops == [("Accra", "2024-03-11")]


# -- session 13 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Foreign Minister Omar Saleh began a regional tour on Monday that takes him to Amman, Cairo and Riyadh.",
        "Foreign Minister Omar Saleh on Monday began a week-long tour which will take him to Amman, Cairo and Riyadh.",
    ],
)
def test_places_a_tour_will_take_the_traveller_to_are_not_dated_by_its_first_day(body: str) -> None:
    _, stops = _one_trip(body)
    assert stops == [("Amman", None), ("Cairo", None), ("Riyadh", None)]


def test_a_visit_begun_on_a_day_dates_its_place() -> None:
    assert _one_trip("Foreign Minister Omar Saleh began a visit to Amman on Monday.")[1] == [("Amman", "2024-03-11")]


@pytest.mark.parametrize(("town", "day"), [("Kitui", "2024-03-11"), ("Siaya", "2024-03-12")])
def test_a_town_named_like_its_county_is_a_stop(town: str, day: str) -> None:
    body = f"President Jane Roe visited Mombasa on Sunday and {town} on {'Monday' if day.endswith('11') else 'Tuesday'}."
    _, stops = _one_trip(body, "NAIROBI (Reuters) - ")
    assert (town, day) in stops


@pytest.mark.parametrize(
    "body",
    [
        "Foreign Minister Omar Saleh will travel to Lusaka, Zambia; Harare, Zimbabwe; and Maputo, Mozambique, March 20-24.",
        "Foreign Minister Omar Saleh visited Lusaka, Zambia; Harare, Zimbabwe; and Maputo, Mozambique last week.",
    ],
)
def test_a_semicolon_list_of_towns_with_their_countries_is_one_list(body: str) -> None:
    _, stops = _one_trip(body)
    assert [name for name, _ in stops] == ["Lusaka", "Harare", "Maputo"]


@pytest.mark.parametrize(
    ("body", "office_place"),
    [
        ("After a four-city visit to China, York's Lord Mayor Jane Roe said trade would grow.", "York"),
        ("After a tour of Nakuru and Eldoret, Mombasa's governor Jane Roe flew home on Monday.", "Mombasa"),
    ],
)
def test_the_place_of_an_office_is_no_stop(body: str, office_place: str) -> None:
    _, stops = _one_trip(body)
    assert office_place not in [name for name, _ in stops]


@pytest.mark.parametrize(
    "opening",
    [
        "As per the direction of Prime Minister Ravi Karki,",
        "On the instructions of President Ravi Karki,",
        "On behalf of President Ravi Karki,",
        "At the request of President Ravi Karki,",
    ],
)
def test_who_sent_the_traveller_does_not_travel(opening: str) -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nKATHMANDU (RSS) - "
        + opening
        + " Health Minister Sunita Rai visited flood-hit Pokhara on Monday.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Sunita Rai"]


def test_a_day_told_as_the_nth_day_of_a_visit_dates_its_beginning() -> None:
    span, _ = _one_trip("President Joseph Okello held talks in Accra on Tuesday, the third day of his state visit to Ghana.")
    assert span == ("2024-03-10", "2024-03-12")


def test_two_days_written_after_one_of_several_places_are_its_own() -> None:
    _, stops = _one_trip("President Joseph Okello was in Accra on Sunday and Monday, before travelling to Kumasi on Tuesday.")
    assert stops == [("Accra", "2024-03-10"), ("Kumasi", "2024-03-12")]


def test_two_days_after_the_last_of_a_list_still_date_the_journey() -> None:
    _, stops = _one_trip("President Joseph Okello toured Accra and Kumasi on Monday and Tuesday.")
    assert stops == [("Accra", None), ("Kumasi", None)]


def test_a_visit_under_way_that_runs_until_a_day_holds_the_report_day() -> None:
    # the report is dated Wednesday 2024-03-13
    span, _ = _one_trip("Prime Minister Anna Kowal is in Tokyo on a visit that runs until Saturday.")
    assert span == ("2024-03-13", "2024-03-16")


@pytest.mark.parametrize(
    "body",
    [
        "President Joseph Okello headed north to Tamale on Monday.",
        "President Joseph Okello flew west to Tamale on Monday.",
        "President Joseph Okello went upcountry to Tamale on Monday.",
    ],
)
def test_a_direction_between_the_travel_verb_and_to(body: str) -> None:
    assert _one_trip(body, "ACCRA (GNA) - ")[1] == [("Tamale", "2024-03-11")]


@pytest.mark.parametrize(
    "body",
    [
        "President Joseph Okello ended his three-day tour of the north in Tamale on Tuesday.",
        "President Joseph Okello's three-day tour of the north ended on Tuesday in Tamale.",
        "President Joseph Okello wound up his three-day visit to the region in Tamale on Tuesday.",
    ],
)
def test_where_a_journey_of_stated_length_ended_holds_its_last_day_only(body: str) -> None:
    span, stops = _one_trip(body, "ACCRA (GNA) - ")
    assert span == ("2024-03-10", "2024-03-12")
    assert stops == [("Tamale", "2024-03-12")]


@pytest.mark.parametrize(
    "body",
    [
        "President Joseph Okello's first stop was Tamale, where he opened a hospital on Monday.",
        "Tamale was the first stop on President Joseph Okello's three-day tour of the north on Monday.",
    ],
)
def test_the_first_stop_of_a_tour_is_a_stop(body: str) -> None:
    assert _one_trip(body, "ACCRA (GNA) - ")[1] == [("Tamale", "2024-03-11")]


@pytest.mark.parametrize(
    "body",
    [
        "President Joseph Okello, who visited China in 2019, met the Chinese ambassador in Accra on Monday.",
        "President Joseph Okello, who last toured Europe in 2021, chaired a cabinet meeting on Monday.",
    ],
)
def test_a_journey_of_history_in_a_who_clause_makes_no_trip(body: str) -> None:
    assert extract_text(" date 2024-03-13 A report\n\nACCRA (GNA) - " + body + "\n").trips == ()


def test_a_journey_a_year_of_history_names_is_no_trip_of_the_report() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nACCRA (GNA) - President Joseph Okello met the Chinese ambassador in"
        " Accra on Monday. The two discussed the president's 2019 visit to Beijing and a trade fair.\n"
    )
    assert doc.trips == ()


def test_where_a_tour_concluded_with_an_event_holds_its_last_day() -> None:
    span, stops = _one_trip(
        "President Joseph Okello yesterday concluded a three-day tour of the Ashanti Region with a durbar in Kumasi.",
        "ACCRA (GNA) - ",
    )
    assert span == ("2024-03-10", "2024-03-12")
    assert stops == [("Kumasi", "2024-03-12")]


def test_expected_with_a_time_word_before_it() -> None:
    _, stops = _one_trip("President Joseph Okello is tomorrow expected in Kumasi, where he will open a hospital.", "ACCRA (GNA) - ")
    assert stops == [("Kumasi", "2024-03-14")]


def test_places_a_tour_will_also_take_the_traveller_to_are_not_dated_by_its_start() -> None:
    _, stops = _one_trip(
        "Pope Peter II landed in Manila on Monday at the start of a 10-day Asian tour that will also take"
        " him to Jakarta and Dili."
    )
    assert stops == [("Manila", "2024-03-11"), ("Jakarta", None), ("Dili", None)]


def test_no_plans_for_the_traveller_to_visit_is_no_trip() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLUSAKA (ZNBC) - Presidential spokesman Isaac Chipo says there were no plans"
        " for President Edgar Banda to visit Southern Province this week.\n"
    )
    assert doc.trips == ()


def test_plans_for_the_traveller_to_visit_make_a_planned_trip() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLUSAKA (ZNBC) - The spokesman announced plans for President Edgar Banda"
        " to visit Livingstone on Wednesday.\n"
    )
    assert [(t.person.name, t.status.value) for t in doc.trips] == [("Edgar Banda", "planned")]


def test_the_dateline_town_left_from_is_no_stop() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nSEPANG, March 13 (Bernama) - President Jane Roe departed for Cambodia at 2pm"
        " today after a three-day state visit to Malaysia.\n"
    )
    [trip] = doc.trips
    assert trip.stops == ()


@pytest.mark.parametrize("house", ["State House", "Government House"])
def test_the_town_written_after_a_state_house_is_a_stop(house: str) -> None:
    _, stops = _one_trip(
        f"King Sobhuza III was welcomed at {house} Entebbe on Monday by President Yoweri Okot.", "KAMPALA (AP) - "
    )
    assert stops == [("Entebbe", "2024-03-11")]


@pytest.mark.parametrize(
    ("body", "stops"),
    [
        (
            "Premier Li Wen visited Hangzhou and Ningbo on March 9 and 10, respectively.",
            [("Hangzhou", "2024-03-09"), ("Ningbo", "2024-03-10")],
        ),
        (
            "Premier Li Wen visited Hangzhou, Ningbo and Wenzhou on March 9, 10 and 11, respectively.",
            [("Hangzhou", "2024-03-09"), ("Ningbo", "2024-03-10"), ("Wenzhou", "2024-03-11")],
        ),
        (
            "Premier Li Wen visited Hangzhou and Ningbo on Monday and Tuesday respectively.",
            [("Hangzhou", "2024-03-11"), ("Ningbo", "2024-03-12")],
        ),
    ],
)
def test_places_and_days_respectively(body: str, stops: list[tuple[str, str]]) -> None:
    assert _one_trip(body, "HANGZHOU (Xinhua) -- ")[1] == stops


def test_the_place_of_anothers_deed_a_day_before_is_no_stop() -> None:
    span, stops = _one_trip(
        "Gov. Maria Lopez toured tornado damage in Moore and Norman on Sunday, a day after storms tore"
        " through central Oklahoma.",
        "OKLAHOMA CITY (AP) — ",
    )
    assert span == ("2024-03-10", "2024-03-10")
    assert stops == [("Moore", "2024-03-10"), ("Norman", "2024-03-10")]


def test_stops_a_trip_includes_are_not_dated_by_its_first_day() -> None:
    _, stops = _one_trip(
        "President Dan Harper arrived in Tokyo on Sunday, kicking off a five-day Asia trip that includes stops"
        " in Seoul and Manila."
    )
    assert stops == [("Tokyo", "2024-03-10"), ("Seoul", None), ("Manila", None)]


def test_a_journey_under_way_goes_on_to_the_place_the_traveller_will_leave_for() -> None:
    # the report is dated Wednesday 2024-03-13
    doc = extract_text(
        " date 2024-03-13 A report\n\nLOME (AFP) - Foreign Minister Ama Boateng arrived in Accra on Monday for a"
        " visit. She will leave for Kumasi on Friday.\n"
    )
    [trip] = doc.trips
    assert isinstance(trip.span, DateSpan)
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 3, 11), dt.date(2024, 3, 15))
    assert [s.place.place.name for s in trip.stops if isinstance(s.place, Resolved)] == ["Accra", "Kumasi"]


def test_a_later_visit_told_ahead_is_another_journey() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLOME (AFP) - Foreign Minister Ama Boateng arrived in Accra on Monday for a"
        " visit. She will visit Japan in May.\n"
    )
    assert len(doc.trips) == 2


# -- session 14 spans ---------------------------------------------------------------------------
# (the report is dated Wednesday 2024-03-13)


@pytest.mark.parametrize(
    ("body", "span", "stops"),
    [
        ("Kenyan President Jane Roe has been touring Ghana since Monday, visiting Kumasi and Tamale.",
         ("2024-03-11", "2024-03-13"), [("Kumasi", None), ("Tamale", None)]),
        ("Kenyan President Jane Roe, who has been in Ghana since Monday, visited Kumasi on Tuesday.",
         ("2024-03-11", "2024-03-13"), [("Kumasi", "2024-03-12")]),
        ("Kenyan President Jane Roe, in Ghana since Monday for a state visit, met farmers in Kumasi.",
         ("2024-03-11", "2024-03-13"), [("Kumasi", None)]),
    ],
)  # fmt: skip
def test_a_journey_under_way_since_a_day_runs_to_the_report_day(
    body: str, span: tuple[str, str], stops: list[tuple[str, str | None]]
) -> None:
    assert _one_trip(body) == (span, stops)


def test_a_stay_due_to_end_on_a_day_ends_the_journey_there() -> None:
    span, _ = _one_trip("Kenyan President Jane Roe, who arrived in Ghana on Monday for a state visit, is due to leave on Thursday.")
    assert span == ("2024-03-11", "2024-03-14")


@pytest.mark.parametrize(
    "body",
    [
        "Kenyan President Jane Roe returned home on Tuesday after spending three days in Ghana, where she visited Kumasi"
        " and Tamale.",
        "Kenyan President Jane Roe returned to Nairobi on Tuesday after three days in Ghana, where she visited Kumasi and"
        " Tamale.",
        "Kenyan President Jane Roe spent three days in Ghana, leaving on Tuesday.",
    ],
)
def test_days_spent_before_the_day_named_end_on_it(body: str) -> None:
    span, stops = _one_trip(body)
    assert span == ("2024-03-10", "2024-03-12")
    assert all(day is None for _, day in stops)


@pytest.mark.parametrize(
    ("body", "stops"),
    [
        ("Kenyan President Jane Roe ended her four-nation tour in Accra on Tuesday.", [("Accra", "2024-03-12")]),
        ("Kenyan President Jane Roe on Tuesday ended a tour of Ghana that took her to Kumasi and Tamale.",
         [("Kumasi", None), ("Tamale", None)]),
        ("Kenyan President Jane Roe flew home on Tuesday after visits to Ghana and Togo. In Kumasi she met farmers.",
         [("Kumasi", None)]),
    ],
)  # fmt: skip
def test_a_journey_told_only_by_its_end_has_no_span(body: str, stops: list[tuple[str, str | None]]) -> None:
    assert _one_trip(body) == (None, stops)


def test_a_one_day_journey_told_by_its_end_is_that_day() -> None:
    span, _ = _one_trip("Kenyan President Jane Roe concluded a one-day visit to Ghana on Tuesday.")
    assert span == ("2024-03-12", "2024-03-12")


def test_a_visit_told_to_run_until_a_day_reaches_it() -> None:
    span, _ = _one_trip("Kenyan President Jane Roe arrived in Ghana on Monday. Her visit runs until Thursday.")
    assert span == ("2024-03-11", "2024-03-14")


@pytest.mark.parametrize(
    "body",
    [
        "Kenyan President Jane Roe on Tuesday began the second leg of her tour in Tamale, having spent two days in Kumasi.",
        "Kenyan President Jane Roe arrived in Tamale on Tuesday after two days in Kumasi.",
    ],
)
def test_a_place_of_days_spent_before_the_day_named_is_not_dated_by_it(body: str) -> None:
    span, stops = _one_trip(body)
    assert dict(stops) == {"Tamale": "2024-03-12", "Kumasi": None}
    assert span == ("2024-03-11", "2024-03-12")


@pytest.mark.parametrize(
    ("body", "stops"),
    [
        ("Kenyan President Jane Roe left Accra on Tuesday for home after a state visit to Ghana during which she"
         " toured Kumasi.", [("Accra", "2024-03-12"), ("Kumasi", None)]),
        ("Kenyan President Jane Roe arrived back in Nairobi on Tuesday after visits to Ghana and Togo.", []),
    ],
)  # fmt: skip
def test_leaving_for_home_or_arriving_back_tells_only_the_end(body: str, stops: list[tuple[str, str | None]]) -> None:
    assert _one_trip(body) == (None, stops)


def test_a_day_that_opens_the_next_clause_is_not_the_place_before_it() -> None:
    _, stops = _one_trip("Kenyan President Jane Roe toured Japan. On Monday she visited Kyoto, and on Tuesday she toured Osaka.")
    assert stops == [("Kyoto", "2024-03-11"), ("Osaka", "2024-03-12")]


def test_places_a_visit_included_are_not_dated_by_the_day_it_ended() -> None:
    span, stops = _one_trip(
        "Kenyan President Jane Roe left Tokyo on Tuesday, wrapping up a four-day visit to Japan that included stops in"
        " Kyoto and Osaka."
    )
    assert span == ("2024-03-09", "2024-03-12")
    assert dict(stops) == {"Tokyo": "2024-03-12", "Kyoto": None, "Osaka": None}


def test_on_the_nth_day_of_a_tour_after_its_day() -> None:
    span, _ = _one_trip("Kenyan President Jane Roe was in Kyoto on Tuesday, on the third day of a week-long tour of Japan.")
    assert span == ("2024-03-10", "2024-03-16")


@pytest.mark.parametrize(
    ("body", "stops"),
    [
        ("Kenyan President Jane Roe spent Monday and Tuesday in Kumasi before flying to Tamale.",
         {"Kumasi": ("2024-03-11", "2024-03-12"), "Tamale": None}),
        ("Kenyan President Jane Roe was in Kumasi from Sunday until Tuesday, when she left for Tamale.",
         {"Kumasi": ("2024-03-10", "2024-03-12"), "Tamale": None}),
        ("Kenyan President Jane Roe arrived in Kumasi on Sunday and stayed until Tuesday.",
         {"Kumasi": ("2024-03-10", "2024-03-12")}),
        ("Kenyan President Jane Roe arrived in Kumasi on Sunday and left the city on Tuesday.",
         {"Kumasi": ("2024-03-10", "2024-03-12")}),
    ],
)  # fmt: skip
def test_a_stay_runs_from_its_first_day_to_its_last(body: str, stops: dict[str, tuple[str, str] | None]) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nLONDON (Reuters) - " + body + "\n")
    (trip,) = doc.trips
    got = {
        s.place.place.name: (s.span.start.isoformat(), s.span.end.isoformat()) if isinstance(s.span, DateSpan) else None
        for s in trip.stops
        if isinstance(s.place, Resolved)
    }
    assert got == stops


@pytest.mark.parametrize(
    "body",
    [
        "Kenyan President Jane Roe wrapped up the first leg of her tour in Ghana on Tuesday and flew to Togo.",
        "Kenyan President Jane Roe concluded her visit to Ghana on Tuesday and headed to Togo, the next stop of her tour.",
        "Kenyan President Jane Roe returned to Kumasi on Tuesday, twenty years after she studied there.",
    ],
)
def test_a_leg_ended_or_a_return_to_a_place_is_no_journeys_end(body: str) -> None:
    span, _ = _one_trip(body)
    assert span == ("2024-03-12", "2024-03-12")


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Kenyan President Jane Roe ended a three-day state visit to Ghana on Tuesday (March 12), concluding a"
         " week-long tour of West Africa.", ("2024-03-06", "2024-03-12")),
        ("Kenyan President Jane Roe will begin a three-day visit to Ghana on Monday, the first leg of a week-long"
         " tour of West Africa.", ("2024-03-18", "2024-03-24")),
        ("Kenyan President Jane Roe arrived in Togo on Monday for a two-day visit, the second leg of a week-long"
         " tour of West Africa.", ("2024-03-11", "2024-03-12")),
    ],
)  # fmt: skip
def test_the_journey_is_the_longest_length_a_sentence_states(body: str, span: tuple[str, str]) -> None:
    assert _one_trip(body)[0] == span


def test_the_day_of_a_who_clause_dates_only_its_own_place() -> None:
    _, stops = _one_trip(
        "Kenyan President Jane Roe ended a visit to Ghana's north. Roe, who arrived in Tamale on Monday, visited"
        " Savelugu and Yendi before departing on Tuesday evening."
    )
    assert dict(stops) == {"Tamale": "2024-03-11", "Savelugu": None, "Yendi": None}


@pytest.mark.parametrize(
    "body",
    [
        "Kenyan President Jane Roe will wrap up her five-day visit to Ghana on Friday.",
        "Kenyan President Jane Roe, who is on a five-day visit to Ghana, is due to fly home on Friday.",
        "Kenyan President Jane Roe departs Ghana on Friday after a five-day visit.",
    ],
)
def test_a_stated_length_counts_back_from_an_end_ahead(body: str) -> None:
    assert _one_trip(body)[0] == ("2024-03-11", "2024-03-15")


@pytest.mark.parametrize(
    "body",
    [
        "Kenyan President Jane Roe, who has been in office since Monday, visited Kumasi on Tuesday.",
        "Kenyan President Jane Roe, who had been in hospital since Monday, visited Kumasi on Tuesday.",
    ],
)
def test_since_a_day_in_office_is_no_journey_under_way(body: str) -> None:
    assert _one_trip(body) == (("2024-03-12", "2024-03-12"), [("Kumasi", "2024-03-12")])


# --- session 14 (lead): hosts and the places in a possessive's district ---


@pytest.mark.parametrize(
    ("body", "stops"),
    [
        (
            "King Harald Quist arrived in Uganda on Monday for a four-day state visit. President Omar Tolu"
            " welcomed him at Entebbe before the motorcade drove to Kampala.",
            ["Entebbe", "Kampala"],
        ),
        (
            "Prime Minister Ann Poe arrived in Ghana on Monday for a two-day visit. President John Mensah"
            " will host her in Kumasi on Tuesday.",
            ["Kumasi"],
        ),
        (
            "On Monday President Ann Poe arrived in Ghana on a state visit. President John Mensah welcomed the"
            " high-ranking guest at the Kumasi International Airport.",
            ["Kumasi"],
        ),
    ],
)
def test_the_place_where_a_host_receives_the_traveller_is_a_stop(body: str, stops: list[str]) -> None:
    _, read = _one_trip(body, "NAIROBI (Reuters) - ")
    assert [name for name, _ in read] == stops


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Party Secretary Wang Hu inspected a farm during a tour in the city's suburban Songjiang District"
         " on Monday.", "Songjiang"),
        ("Governor Ann Poe toured the state's remote Kern County on Monday.", "Kern County"),
        ("Governor Ann Poe visited nearby Fresno on Monday.", "Fresno"),
    ],
)
def test_a_place_after_its_owners_possessive_or_a_plain_adjective_is_governed(body: str, town: str) -> None:
    _, read = _one_trip(body, "SHANGHAI (Xinhua) -- " if "Wang" in body else "SACRAMENTO (AP) — ")
    assert [name for name, _ in read] == [town]


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Residents of Kumasi on Monday welcomed President Ann Poe, who toured the new market.", "Kumasi"),
        ("Thousands of residents lined the streets of Tamale on Monday to welcome President Ann Poe.", "Tamale"),
        ("Crowds in Ho cheered President Ann Poe on Monday.", "Ho"),
        ("President Ann Poe was on Monday in Kumasi to commission a hospital.", "Kumasi"),
    ],
)
def test_a_crowd_welcoming_the_traveller_puts_her_in_its_town(body: str, town: str) -> None:
    span, read = _one_trip(body, "ACCRA (GNA) - ")
    assert span == ("2024-03-11", "2024-03-11")
    assert read == [(town, "2024-03-11")]


def test_a_crowd_welcome_names_no_journey_without_a_traveller() -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nACCRA (GNA) - Residents of Kumasi on Monday welcomed the rains.\n")
    assert doc.trips == ()


@pytest.mark.parametrize(
    ("body", "person", "title"),
    [
        ("Harbourton mayor Ann Poe visited Wellington on Monday.", "Ann Poe", "Mayor"),
        ("Labour senator Ann Poe flew to Jakarta on Monday.", "Ann Poe", "Senator"),
        ("The minister Ann Poe toured the hospital in Mombasa on Monday.", "Ann Poe", "Minister"),
    ],
)
def test_a_lower_case_office_after_a_place_or_party_names_the_traveller(body: str, person: str, title: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nSYDNEY (AAP) - " + body + "\n")
    [trip] = doc.trips
    assert trip.person.name == person
    assert trip.person.title is not None
    assert trip.person.title.name == title


def test_they_after_a_delegation_is_the_traveller_and_a_sister_city_is_elsewhere() -> None:
    _, stops = _one_trip(
        "Harbourton mayor Ann Poe will lead a delegation to Harbourton's sister city in China next month."
        " They will arrive in Beijing on April 3 and visit Shanghai before returning home on April 12.",
        "TAURANGA (NZH) - ",
    )
    assert [name for name, _ in stops] == ["Beijing", "Shanghai"]


def test_a_spouse_sharing_the_surname_is_not_the_office_holder() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nKAMPALA (Monitor) - President Tolu's tour of the north went on. On Monday,"
        " President Tolu was joined by the First Lady, Jane Amara Tolu, as they toured Gulu.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Tolu"]


@pytest.mark.parametrize(
    "body",
    [
        "President Ann Poe toured the Teso sub-region on Monday.",
        "President Ann Poe's six-day tour of the Teso sub-region began on Monday.",
        "President Ann Poe visited Kalaki district on Monday.",
    ],
)
def test_a_name_the_gazetteer_lacks_before_a_kind_word_is_an_unresolved_place(body: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nKAMPALA (Monitor) - " + body + "\n")
    [trip] = doc.trips
    assert trip.span is not None


def test_the_party_after_a_host_is_the_travellers() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nTAIPEI (CNA) — President Ann Poe will be in Taiwan for a state visit from"
        " March 20-22. President Lin Mei will meet the delegation and host a banquet. The delegation will also"
        " attend a dinner hosted by Foreign Minister John Wu. The group will stop in Hualien to visit a park.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Ann Poe"]
    assert [s.place.place.name for s in doc.trips[0].stops if isinstance(s.place, Resolved)] == ["Hualien City"]


def test_a_speaker_on_anothers_visit_and_a_possessors_trip() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nTOKYO (Kyodo) - Prime Minister Ann Poe will pay an official visit to Japan"
        " from March 20 to 22 for talks with Prime Minister John Roe and Foreign Minister Karl Moe. Moe said the"
        " visit will deepen relations. The visit sets the stage for Roe's official trip to Moscow in the fall.\n"
    )
    trips = {t.person.name: t for t in doc.trips}
    assert set(trips) == {"Ann Poe", "John Roe"}
    assert [s.place.place.name for s in trips["John Roe"].stops if isinstance(s.place, Resolved)] == ["Moscow"]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Lakeside Mayor Jane Roe and Governor General Ann Poe are touring flooded areas of Gatineau.", "Ann Poe"),
        ("Nairobi Governor Jane Roe and President Ann Poe toured Nairobi on Monday.", "Ann Poe"),
    ],
)
def test_of_two_subjects_the_one_holding_office_in_the_place_toured_is_its_host(body: str, person: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nOTTAWA (CP) - " + body.replace("Lakeside", "Gatineau") + "\n")
    assert [t.person.name for t in doc.trips] == [person]
    assert [s.place.place.name for s in doc.trips[0].stops if isinstance(s.place, Resolved)] in (["Gatineau"], ["Nairobi"])


def test_a_lead_about_a_journey_ahead_to_the_datelines_country_puts_no_one_there() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nTAIPEI (CNA) — The foreign ministry on Wednesday welcomed the forthcoming"
        " arrival of President Ann Poe, who will be in Taiwan for a state visit from March 20-22.\n"
    )
    [trip] = doc.trips
    assert trip.status.value == "planned"
    assert trip.stops == ()


def test_the_place_left_for_home_at_a_tours_end_is_its_last_stop() -> None:
    _, stops = _one_trip(
        "Prime Minister Karl Moe wrapped up a tour of Central Asia on Monday, leaving Tashkent for home after"
        " talks with President Shavkat Mirziyoyev."
    )
    assert stops == [("Tashkent", "2024-03-11")]
    _, stops = _one_trip("Prime Minister Karl Moe left London on Monday for Tokyo.")
    assert stops == [("Tokyo", "2024-03-11")]


def test_a_province_named_like_its_seat_whose_places_are_the_stops_is_a_region() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nMAPUTO (AIM) - President Ann Poe is embarking on a three-day visit to"
        " Nampula today, with stops in Monapo, Ribaue and Malema. Her visit follows hot on the heels of her"
        " return from Zambia yesterday, where she opened a trade fair.\n"
    )
    trip = next(t for t in doc.trips if any(isinstance(s.place, Resolved) for s in t.stops))
    assert [s.place.place.name for s in trip.stops if isinstance(s.place, Resolved)] == ["Monapo", "Ribáuè", "Malema"]
    assert "Nampula" in [r.place.name for r in trip.regions if isinstance(r, Resolved)]
    assert "Zambia" not in [r.place.name for r in trip.regions if isinstance(r, Resolved)]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("The Minister for Commerce and Supplies Ravi Kumar Bista visited Dang.", "Ravi Kumar Bista",
         "Minister for Commerce and Supplies"),
        ("Minister for Trade and Industry Ann Mary Poe visited Dang.", "Ann Mary Poe", "Minister for Trade and Industry"),
        ("Minister for Lands and Natural Resources Grace Ama Boateng visited Ho.", "Grace Ama Boateng",
         "Minister for Lands and Natural Resources"),
    ],
)
def test_a_portfolio_ends_where_its_nouns_end(sentence: str, name: str, title: str) -> None:
    from timeline.people import find_people

    [mention] = find_people(sentence)
    assert (mention.name, mention.title) == (name, title)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Governor Tom Vale flew by helicopter to tour Mason City, Elk Porte and Clear Lake on Monday.",
         ["Mason City", "Elk Porte", "Clear Lake"]),
        ("Prime Minister Ann Poe met civil servants in Nabouwalo, Labasa and Waiyeva on Monday.",
         ["Nabouwalo", "Labasa", "Waiyeva"]),
    ],
)
def test_a_name_the_gazetteer_lacks_listed_beside_a_town_is_a_town(body: str, names: list[str]) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nSUVA (AP) — " + body + "\n")
    [trip] = doc.trips
    read = [s.place.place.name if isinstance(s.place, Resolved) else s.place.text for s in trip.stops]
    assert [n for n in read if n in names] == [n for n in names if n in read]
    assert set(names) - {"Mason City", "Clear Lake", "Labasa"} <= set(read)


def test_a_speaker_after_a_town_is_no_town() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nNAIROBI (AP) — President Ann Poe arrived in Kampala, Okello said on Monday.\n"
    )
    [trip] = doc.trips
    assert [s.place.text for s in trip.stops] == ["Kampala"]


def test_an_appositive_name_with_its_second_comma_left_out_and_a_spouse_after_a_courtesy() -> None:
    doc = extract_text(
        " date 2017-06-27 A report\n\nThe President, Kofi Ama Mensah arrived in Lusaka, Zambia on Monday evening"
        " to begin a three-day state visit.\n\nPresident Mensah was accompanied by his wife, Mrs Adwoa Mensah.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Kofi Ama Mensah"]
    assert [c.name for c in doc.trips[0].companions] == ["Adwoa Mensah"]


def test_a_stay_of_a_stated_length_and_heads_for_are_journey_words() -> None:
    _, stops = _one_trip(
        "Thousands lined the route taken by Pope Leo XIV from the airport to the Cameroonian capital of"
        " Yaounde on Monday as the pontiff arrived for a week-long stay on the continent. On Wednesday the"
        " pontiff heads for Luanda, the Angolan capital.",
        "ROME (AP) — ",
    )
    assert [name for name, _ in stops] == ["Yaoundé", "Luanda"]


def test_a_large_place_read_as_a_bare_subject_is_no_person() -> None:
    doc = extract_text(
        " date 2023-09-15 A report\n\nWELLINGTON (RNZ) - Mayor Ann Poe will leave on Sunday for a tour of China."
        " \"It is high time that Wellington makes a major effort,\" she says. The delegation will visit Beijing"
        " and Wellington sister-city Xiamen.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Ann Poe"]
    assert "Wellington" not in [s.place.text for s in doc.trips[0].stops]


def test_a_seat_of_government_named_after_its_town_is_in_that_town() -> None:
    _, stops = _one_trip(
        "President Ann Poe arrived in Zimbabwe on Monday for a two-day visit and held talks at the Harare"
        " State House.",
        "LILONGWE (Reuters) - ",
    )
    assert [name for name, _ in stops] == ["Harare"]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Bauchi State Governor, Sen Ann Mary Poe on Wednesday inaugurated a road.", "Ann Mary Poe", "State Governor"),
        ("Sen. Ann Poe visited Kumasi.", "Ann Poe", "Senator"),
        ("Governor Hon. Ann Poe visited Kumasi.", "Ann Poe", "Governor"),
    ],
)
def test_a_legislators_courtesy_is_no_part_of_the_name(sentence: str, name: str, title: str) -> None:
    from timeline.people import find_people

    [mention] = find_people(sentence)
    assert (mention.name, mention.title) == (name, title)


def test_those_among_the_travellers_delegation_are_companions() -> None:
    doc = extract_text(
        " date 2022-03-11 A report\n\nLIMA (EFE) - On Thursday, President Ann Poe arrived in Santiago to meet"
        " President-elect John Roe. First Lady Mary Poe and Foreign Minister Karl Moe are among the Peruvian"
        " delegation arriving in Chile.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Ann Poe"]
    assert [c.name for c in doc.trips[0].companions] == ["Mary Poe", "Karl Moe"]


def test_the_couple_is_the_travellers_party_after_a_companion_is_named_alone() -> None:
    doc = extract_text(
        " date 2019-11-08 A report\n\nTOKYO (Kyodo) - Emperor Kenji and Empress Aiko on Thursday visited Marumori"
        " in Miyagi Prefecture. Empress Aiko spoke with a farmer. The couple then went to Motomiya to view a"
        " collapsed embankment.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Kenji"]
    assert [s.place.place.name for s in doc.trips[0].stops if isinstance(s.place, Resolved)] == ["Marumori", "Motomiya"]


def test_a_journey_made_weeks_before_the_report_beside_a_recent_one_is_background() -> None:
    doc = extract_text(
        " date 2021-04-24 A report\n\nISTANBUL (APP) - Foreign Minister Ann Poe arrived in Istanbul on Friday for"
        " a two-day visit. Foreign Minister Karl Moe visited Ankara on March 29 for talks with her.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Ann Poe"]


def test_a_report_of_one_earlier_journey_keeps_it() -> None:
    doc = extract_text(
        " date 2021-04-24 A report\n\nISTANBUL (APP) - Foreign Minister Karl Moe visited Ankara on March 29 for"
        " talks, the ministry said in a review of the month.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Karl Moe"]


def test_an_earlier_events_place_and_a_facilitys_namesake_are_no_stops() -> None:
    _, stops = _one_trip(
        "Prime Minister Ann Poe arrived in Beijing on Monday for a visit, after she attended a summit in Jakarta"
        " last week.",
        "PHNOM PENH (AP) — ",
    )
    assert [name for name, _ in stops] == ["Beijing"]
    _, stops = _one_trip(
        "Prime Minister Ann Poe touched down at Port Moresby's Jackson's international airport on Monday.",
        "SYDNEY (AAP) - ",
    )
    assert [name for name, _ in stops] == ["Port Moresby"]


def test_a_speakers_today_in_a_quotation_is_no_day_of_the_journey() -> None:
    doc = extract_text(
        " date 2022-08-28 A report\n\nBOGOTA (EFE) - President Ann Poe visited El Tarra on Friday. She proposed talks"
        " with “those who commit violence today to lay down their weapons.”\n"
    )
    [trip] = doc.trips
    assert isinstance(trip.span, DateSpan)
    assert (trip.span.start, trip.span.end) == (dt.date(2022, 8, 26), dt.date(2022, 8, 26))


def test_an_office_with_an_age_refers_back_and_a_castle_stands_in_its_town() -> None:
    doc = extract_text(
        " date 2023-06-10 A report\n\nLONDON (Reuters) - King Charles III visited Lancaster Castle on Friday. The"
        " 74-year-old monarch then arrived in Preston, where he performed his Duke of Lancaster duties.\n"
    )
    [trip] = doc.trips
    assert [s.place.place.name for s in trip.stops if isinstance(s.place, Resolved)] == ["Lancaster", "Preston"]
    assert all(s.place.place.country == "GB" for s in trip.stops if isinstance(s.place, Resolved))


def test_a_craft_between_the_verb_and_the_way_and_a_place_left_for_are_journeys() -> None:
    _, stops = _one_trip(
        "Pope Leo XIV flew in a military helicopter from the Jordan valley to the airport. From there he left"
        " on a Royal Jordanian plane straight to Tel Aviv.",
        "AMMAN (AP) — ",
    )
    assert [name for name, _ in stops] == ["Tel Aviv"]


def test_a_journey_of_an_earlier_month_beside_a_recent_one_is_background() -> None:
    doc = extract_text(
        " date 2003-10-19 A report\n\nISLAMABAD (IRNA) - Crown Prince Karim Osman arrived in Islamabad on Saturday"
        " for a two-day visit. President Ann Poe visited Riyadh in June this year.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Karim Osman"]


def test_a_journey_in_a_since_clause_is_the_past_and_an_arrival_since_is_not() -> None:
    doc = extract_text(
        " date 2024-05-20 A report\n\nNAIROBI (AP) - Kenyans said President Ann Poe had not been seen publicly"
        " since she traveled to China in April.\n"
    )
    assert doc.trips == ()
    doc = extract_text(
        " date 2024-05-20 A report\n\nNAIROBI (AP) - President Ann Poe has held talks every day since she"
        " arrived in Beijing on Saturday.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Ann Poe"]


def test_a_drop_capital_right_after_the_stored_days_token_is_folded() -> None:
    doc = extract_text(" date 2021-05-19 PRINCE Edward visited Caledon on Monday, touring the estate.\n")
    assert [t.person.name for t in doc.trips] == ["Edward"]


# --- session 15 (lead) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Ann Poe began her day in Cairns before flying to Townsville.",
        "Prime Minister Ann Poe opened a school in Cairns, then proceeded to Townsville.",
        "Prime Minister Ann Poe met farmers in Cairns before heading to Townsville.",
        "Prime Minister Ann Poe was in Cairns before driving to Townsville.",
    ],
)
def test_a_movement_in_its_participle_or_past_forms_tells_an_undated_trip(body: str) -> None:
    span, stops = _one_trip(body)
    assert span is None
    assert [name for name, _ in stops] == ["Cairns", "Townsville"]


@pytest.mark.parametrize(
    "body",
    [
        "Secretary of State Ann Poe flew to Seoul on Monday, where she is expected to hold talks.",
        "Minister Ann Poe drove to Seoul on Monday, where she will open a plant.",
        "Minister Ann Poe led a delegation to Seoul on Monday, where she is due to sign a deal.",
    ],
)
def test_an_irregular_past_verb_dates_its_day_before_a_where_clause_ahead(body: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nLONDON (Reuters) - " + body + "\n")
    (trip,) = doc.trips
    assert trip.status.value == "made"
    assert isinstance(trip.span, DateSpan)
    assert trip.span.start == dt.date(2024, 3, 11)


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Ann Roe will not be able to travel to Chile next week, a joint statement said.",
        "Prime Minister Ann Roe will no longer be visiting Chile in December, the ministry said.",
        "Prime Minister Ann Roe would be unable to visit Chile in December, her office said.",
    ],
)
def test_a_journey_the_traveller_cannot_or_no_longer_will_make_is_no_trip(body: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nLONDON (Reuters) - " + body + "\n")
    assert doc.trips == ()


def test_a_plan_told_after_the_journey_was_called_off_is_that_journey() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - Prime Minister Ann Roe on Monday cancelled her trip to"
        " Chile because of the floods.\n\nShe was to visit Chile on April 26.\n"
    )
    assert doc.trips == ()


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Minister of State Roe travelled to Chile on Monday for talks.", "Minister of State"),
        ("Deputy Prime Minister Roe travelled to Chile on Monday for talks.", "Deputy Prime Minister"),
        ("High Commissioner Roe travelled to Chile on Monday for talks.", "High Commissioner"),
        ("Special Envoy Roe travelled to Chile on Monday for talks.", "Special Envoy"),
    ],
)
def test_an_office_of_several_words_before_a_bare_surname_names_the_traveller(body: str, title: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nLONDON (Reuters) - " + body + "\n")
    assert [(t.person.name, t.person.title.name if t.person.title else None) for t in doc.trips] == [("Roe", title)]


@pytest.mark.parametrize(
    "body",
    [
        "With crowds waiting, Pope Leo arrived Tuesday for a week of festivities with the young.",
        "President Ann Roe arrived on Tuesday for talks with the prime minister.",
    ],
)
def test_an_arrival_told_by_its_day_alone_arrives_where_the_report_is_filed(body: str) -> None:
    span, stops = _one_trip(body, "OTTAWA (AP) -- ")
    assert span == ("2024-03-12", "2024-03-12")
    assert [name for name, _ in stops] == ["Ottawa"]


def test_an_arrival_in_the_travellers_own_capital_is_a_return_not_a_stop() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nOTTAWA (AP) -- Canadian Prime Minister Ann Roe visited Lima on Monday."
        " Roe arrived Tuesday after the two-day trip.\n"
    )
    assert [s.place.place.name for t in doc.trips for s in t.stops if isinstance(s.place, Resolved)] == ["Lima"]


def test_a_byline_run_into_the_dateline_place_is_not_part_of_it() -> None:
    from timeline.article import Article, Dateline

    art = Article.from_text(
        "Pope lands\n\nAssociated Press WriterOTTAWA (AP) -- Pope Leo arrived Tuesday for a week of festivities"
        " with the young pilgrims of the country.\n",
        source="x",
    )
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == ("OTTAWA", "AP")


@pytest.mark.parametrize(
    "second",
    [
        "Scheduled stops include Cairns, Mackay and Townsville.",
        "Scheduled stops include more than a dozen communities, including Cairns, Mackay and Townsville.",
        "Stops on the tour will include Cairns, Mackay and Townsville.",
    ],
)
def test_a_journeys_stops_listed_in_a_sentence_of_their_own(second: str) -> None:
    _, stops = _one_trip("Premier Ann Roe on Monday began a week-long tour of the north. " + second, "BRISBANE - ")
    assert [name for name, _ in stops] == ["Cairns", "Mackay", "Townsville"]


def test_an_abbreviated_saint_does_not_end_a_sentence() -> None:
    from timeline._sentences import split_sentences

    text = "Stops include Blind River, Sault Ste. Marie and Wawa. She returns on Friday."
    assert [s.text for s in split_sentences(text)] == [
        "Stops include Blind River, Sault Ste. Marie and Wawa.",
        "She returns on Friday.",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Governor Ann Roe toured damaged areas of the northern peninsula on Tuesday.",
        "Governor Ann Roe on Tuesday visited flood-hit communities along the river.",
        "Governor Ann Roe will inspect drought-stricken districts on Friday.",
    ],
)
def test_ground_gone_over_on_a_day_is_a_journey(body: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nLANSING (AP) - " + body + "\n")
    assert [t.person.name for t in doc.trips] == ["Ann Roe"]


def test_an_arrival_told_as_a_noun_names_a_stop() -> None:
    _, stops = _one_trip(
        "Prime Minister Ann Roe will visit quake-hit areas on Monday. She will be welcomed by officials upon her"
        " arrival in Muzaffarabad."
    )
    assert [name for name, _ in stops] == ["Muzaffarābād"]


def test_a_speaker_quoting_anothers_journey_is_no_traveller() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nPAPEETE (AP) - Governor Tom Bako met President Ann Roe in Papeete on"
        " Monday.\n\nAdded Bako: \"Before going on vacation to Canada, Ann Roe sent me a letter.\n"
    )
    assert "Tom Bako" not in [t.person.name for t in doc.trips]


def test_a_speakers_own_journey_in_a_quotation_is_still_told() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (AP) - Prime Minister Ann Roe said: \"I will travel to Paris on"
        " Friday to meet the president.\"\n"
    )
    assert [t.person.name for t in doc.trips] == ["Ann Roe"]


# -- session 15 spans ---------------------------------------------------------------------------
# (the report is dated Wednesday 2024-03-13)


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Zambian President Tom Banda on Tuesday, on the last day of his three-day visit to Malawi, toured a farm"
         " in Zomba.", ("2024-03-10", "2024-03-12")),
        ("On the final day of his four-day tour of Malawi on Tuesday, Zambian President Tom Banda opened a clinic"
         " in Zomba.", ("2024-03-09", "2024-03-12")),
        ("Zambian President Tom Banda opened a clinic in Zomba on Tuesday on the closing day of a two-day visit.",
         ("2024-03-11", "2024-03-12")),
        ("Zambian President Tom Banda on Wednesday toured a farm in Zomba on the second day of his visit to Malawi.",
         ("2024-03-12", "2024-03-13")),
        ("Zambian President Tom Banda on Tuesday wrapped up the second day of his three-day visit to Malawi.",
         ("2024-03-11", "2024-03-13")),
    ],
)  # fmt: skip
def test_the_day_a_sentence_counts_in_the_visit_places_the_visit(body: str, span: tuple[str, str]) -> None:
    read, _ = _one_trip(body, "LILONGWE (AFP) - ")
    assert read == span


def test_a_last_day_with_no_length_tells_the_journey_only_by_its_end() -> None:
    read, stops = _one_trip(
        "Zambian President Tom Banda toured a farm in Zomba on Tuesday, the final day of his visit to Malawi.",
        "LILONGWE (AFP) - ",
    )
    assert read is None
    assert stops == [("Zomba", "2024-03-12")]


def test_days_spent_from_a_day_run_from_it() -> None:
    read, _ = _one_trip("Zambian President Tom Banda is spending three days in Malawi from Monday.", "LILONGWE (AFP) - ")
    assert read == ("2024-03-11", "2024-03-13")


@pytest.mark.parametrize(
    "body",
    [
        "Zambian President Tom Banda arrived in Malawi on Monday, ahead of a regional summit on Friday.",
        "Zambian President Tom Banda arrived in Malawi on Monday to attend a regional summit on Friday.",
        "Zambian President Tom Banda flew to Malawi on Monday before the regional summit slated for Friday.",
    ],
)
def test_a_journey_lasts_to_the_event_it_came_ahead_of(body: str) -> None:
    read, _ = _one_trip(body, "LILONGWE (AFP) - ")
    assert read == ("2024-03-11", "2024-03-15")


def test_places_counted_then_named_after_a_colon_are_stops() -> None:
    _, stops = _one_trip("Queen Ann visited three municipalities on Monday: Vordingborg, Randers and Fredericia.")
    assert [name for name, _ in stops] == ["Vordingborg", "Randers", "Fredericia"]


def test_a_time_of_day_between_two_places_does_not_end_their_list() -> None:
    _, stops = _one_trip(
        "President Ann Roe will speak in Columbus before heading west to Reno, Nev., later in the day and"
        " Las Vegas on Wednesday.",
        "COLUMBUS, Ohio -- ",
    )
    assert [name for name, _ in stops] == ["Columbus", "Reno", "Las Vegas"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "President Ann Roe visited Accra on Mar. 11 and Kumasi on Mar. 12.",
            [("Accra", "2024-03-11"), ("Kumasi", "2024-03-12")],
        ),
        (
            "On Monday President Ann Roe toured Kumasi, and on Tuesday Tamale.",
            [("Kumasi", "2024-03-11"), ("Tamale", "2024-03-12")],
        ),
    ],
)
def test_each_place_with_its_own_day_in_a_list(body: str, expected: list[tuple[str, str]]) -> None:
    _, stops = _one_trip(body)
    assert stops == expected


def test_a_departure_told_with_set_off_is_past_before_a_clause_ahead() -> None:
    span, _ = _one_trip(
        "President Ann Roe set off on Monday on a five-day tour of West Africa that will take her to Ghana and Togo."
    )
    assert span == ("2024-03-11", "2024-03-15")


def test_places_named_after_the_following_and_a_colon_are_stops() -> None:
    _, stops = _one_trip(
        "Premier Ann Roe begins a week-long tour of the north on Monday. She will also be visiting the following"
        " communities: Cairns, Mackay and Townsville.",
        "BRISBANE - ",
    )
    assert [name for name, _ in stops] == ["Cairns", "Mackay", "Townsville"]


@pytest.mark.parametrize("opening", ["On the second day,", "On Day 2,", "On day two,"])
def test_the_tours_day_counted_at_a_sentences_opening(opening: str) -> None:
    _, stops = _one_trip(
        "President Ann Roe began a two-day tour of the region on Monday in Cairns. "
        + opening
        + " she will visit the barracks in Mackay.",
        "BRISBANE - ",
    )
    assert ("Mackay", "2024-03-12") in stops


# --- session 16 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("places", ["the flood camps of", "the hospitals of", "the relief camps in", "schools of"])
def test_a_towns_own_places_visited_put_the_traveller_in_the_town(places: str) -> None:
    _, stops = _one_trip(f"Chief Minister Ann Roe on Sunday visited {places} Sukkur.", "KARACHI: ")
    assert stops == [("Sukkur", "2024-03-10")]


@pytest.mark.parametrize(
    "body",
    [
        "Princess Amara visited a hospital on Tuesday. She opened its new wing in Worcester.",
        "Governor Ann Roe toured a flood shelter on Tuesday. She later inspected the levee in Worcester.",
        # (the place first, its day in the next sentence)
        "Governor Ann Roe opened a clinic in Worcester. She visited the wards on Tuesday.",
    ],
)
def test_a_journey_told_by_its_day_in_one_sentence_and_its_town_in_the_next(body: str) -> None:
    span, stops = _one_trip(body)
    assert span == ("2024-03-12", "2024-03-12")
    assert [name for name, _ in stops] == ["Worcester"]


def test_a_day_and_a_town_in_sentences_about_two_people_make_no_journey() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - Governor Ann Roe visited a shelter on Tuesday."
        " Mayor Tom Bako opened a clinic in Worcester.\n"
    )
    assert [t.person.name for t in doc.trips if t.stops] == []


def test_a_sister_named_by_her_brother_is_not_her_brother() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - King Tomas' younger sister visited a hospital"
        " in Worcester on Tuesday.\n"
    )
    assert [t.person.name for t in doc.trips] == []


@pytest.mark.parametrize(
    "body",
    [
        "Officials were told President Ann Roe would fly into Lira this weekend, but her office said the trip isn't planned.",
        "President Ann Roe has no plans to visit Lira this weekend, her office said on Tuesday.",
        "Her office said on Tuesday that President Ann Roe's schedule did not include a trip to Lira.",
    ],
)
def test_a_journey_denied_is_no_trip(body: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nKAMPALA (Reuters) - " + body + "\n")
    assert [t.person.name for t in doc.trips] == []


@pytest.mark.parametrize(
    "body",
    [
        "Premier Ann Roe's tour this week took her from Lanzhou to Xi'an.",
        "The three-day trip took Premier Ann Roe from Lanzhou to Xi'an.",
    ],
)
def test_where_the_tour_took_the_traveller_from_is_a_stop(body: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nBEIJING, March 13 (Xinhua) -- " + body + "\n")
    assert [s.label for t in doc.trips for s in t.stops] == ["Lanzhou", "Xi’an"]  # (the gazetteer's spelling)


def _travellers(body: str) -> list[str]:
    """Who the report's trips are of, in order."""
    doc = extract_text(" date 2024-03-13 A report\n\nLONDON (Reuters) - " + body + "\n")
    return [t.person.name for t in doc.trips]


@pytest.mark.parametrize(
    "body",
    [
        # the speaker named after what is reported: ", X said."
        "US President Alma Verdi arrived in Ostravia, beginning a three-day state visit to Ruritania. Apart from"
        " formal talks commensurate with a state visit, informal meetings will be arranged for the presidents of"
        " the two countries, Kettle said. Verdi will meet Vice Foreign Minister Rob Kettle.",
        # a quotation about "this visit", its speaker named after it
        'President Alma Verdi arrived in Ostravia on Monday for a three-day state visit. Her office said the visit'
        ' would focus on trade. "Through this state visit, we plan to widen trade," Principal Deputy Adviser Rob'
        " Kettle told reporters last week.",
        # "X said the President will ...": the office reported on travels, not the speaker
        "President Alma Verdi begins a three-day tour of Northland on Monday. Speaking in Lakeside town"
        " yesterday, Governor Rob Kettle said the President will inspect dams and roads during the tour.",
    ],
)
def test_one_who_only_reports_the_journey_makes_none(body: str) -> None:
    assert set(_travellers(body)) == {"Alma Verdi"}


@pytest.mark.parametrize(
    "body",
    [
        # the one who invites, the only one named in the sentence of "she"
        "Prime Minister Alma Verdi flew to Tokyo on Monday. Japan rolled out a red carpet to welcome her when she"
        " arrived in Tokyo on a four-day visit at the invitation of her Japanese counterpart Rob Kettle.",
        # "As a guest of X, Y will be in ...": the host
        "Prime Minister Alma Verdi left Lakeside on Monday for a state visit to Ostravia. As a guest of"
        " President Rob Kettle, Verdi will be in Ostravia from Monday to Thursday.",
    ],
)
def test_the_host_who_invites_makes_no_journey(body: str) -> None:
    assert set(_travellers(body)) == {"Alma Verdi"}


def test_one_who_speaks_of_his_own_visit_travels() -> None:
    # (not a trailing attribution: "his visit" is the speaker's)
    assert _travellers(
        "President Alma Verdi arrived in Ostravia on Monday. During his visit to Northland on Tuesday, Governor"
        " Rob Kettle met farmers, he said."
    )[:1] == ["Alma Verdi"]


def test_a_journey_made_undated_goes_on_in_the_days_just_ahead() -> None:
    # a Wednesday report: the arrival told with no day, the state visit to begin on Thursday
    doc = extract_text(
        " date 2024-03-13 A report\n\nWASHINGTON (Reuters) - President Alma Verdi has arrived in the United States"
        " for a high-profile visit. Verdi landed at an air base outside Washington. Verdi was to have dinner with"
        " the vice president on Wednesday evening. Verdi is scheduled to arrive at the White House on Thursday"
        " morning to begin her official state visit.\n"
    )
    assert [(t.person.name, str(t.start), str(t.end)) for t in doc.trips] == [
        ("Alma Verdi", "2024-03-13", "2024-03-14")
    ]


def test_a_day_made_on_a_planned_day_is_the_journey_made() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLAKESIDE (Reuters) - \"We may stay in Lakeside,\" President Alma Verdi said"
        " here on Wednesday. President Verdi inspected a number of dam projects in Lakeside regency this morning.\n"
    )
    assert [(t.person.name, str(t.start), str(t.end), t.status.value, t.kind.value) for t in doc.trips] == [
        ("Alma Verdi", "2024-03-13", "2024-03-13", "made", "inspection")
    ]


# --- session 17 (sweep-trip2: fresh pages) ----------------------------------------------------------------


def _spans(text: str) -> list[tuple[str, str, str]]:
    """Each trip's traveller, first and last day, of a report given whole."""
    doc = extract_text(text)
    return [(t.person.name, str(t.start), str(t.end)) for t in doc.trips]


@pytest.mark.parametrize(
    "line",
    [
        "The President will return to Ostravia on Friday, 16 February 2024.",
        "The president is expected to return to the island on February 16, 2024.",
        "Verdi will return home on Friday, February 16, 2024.",
    ],
)
def test_a_line_telling_the_return_ahead_with_its_full_date_is_no_photo_caption(line: str) -> None:
    # a one-line paragraph ending on a full date, as a photo's caption does, but of a day still ahead
    text = (
        " date 2024-02-11 President Alma Verdi left Ostravia on Sunday, 11 February 2024, to lead the"
        " delegation to the summit in Addis Ababa, Ethiopia.\n\n" + line + "\n"
    )
    assert _spans(text) == [("Alma Verdi", "2024-02-11", "2024-02-16")]


@pytest.mark.parametrize(
    "second",
    [
        "Prime Minister Verdi will be in Kenya until Thursday.",
        "She will stay in Kenya until March 21.",
        "The visit, which comes at the invitation of President Rob Kettle, will continue until March 21.",
    ],
)
def test_a_stay_until_a_day_told_after_the_arrival_ends_the_same_journey(second: str) -> None:
    # one journey, not a second one on the day the stay lasts until
    text = (
        " date 2024-03-15 Prime Minister Alma Verdi arrived in Nairobi last night for her first official visit."
        "\n\n" + second + "\n"
    )
    assert _spans(text) == [("Alma Verdi", "2024-03-14", "2024-03-21")]


def test_a_stay_until_a_day_far_from_the_journey_is_not_its_end() -> None:
    # (a day weeks away is not the end of the stay told: no journey stretched to it)
    text = (
        " date 2024-03-15 Prime Minister Alma Verdi arrived in Nairobi last night for her first official visit."
        "\n\nShe will be in Kenya until May 30.\n"
    )
    assert ("Alma Verdi", "2024-03-14", "2024-05-30") not in _spans(text)


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Alma Verdi left Ostravia this afternoon to attend the Annual Meeting of Heads of"
        " Government in Nassau, Bahamas.",
        "Prime Minister Alma Verdi left the country on Wednesday to participate in a meeting of leaders in"
        " Nassau.",
        "President Alma Verdi departed the island this morning to take part in the Regional Council in Nassau.",
    ],
)
def test_a_departure_to_attend_a_gathering_is_a_journey(body: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\n" + body + "\n")
    assert [(t.person.name, [s.label for s in t.stops]) for t in doc.trips] == [("Alma Verdi", ["Nassau"])]


@pytest.mark.parametrize(
    "body",
    [
        "Alma Verdi left the party in 2019 to join the opposition.",
        "Alma Verdi left the meeting early to attend to family matters.",
    ],
)
def test_leaving_a_party_or_a_room_is_no_journey(body: str) -> None:
    assert extract_text(" date 2024-03-13 A report\n\n" + body + "\n").trips == ()


@pytest.mark.parametrize(
    "body",
    [
        # "will welcome X to <country>": the one welcomed travels
        "Prime Minister Rob Kettle will welcome Kenyan President Alma Verdi to Ghana on 20 March 2024 for an"
        " official visit.",
        # "laid out the red carpet for X"
        "Prime Minister Rob Kettle on Wednesday laid out the red carpet for Kenyan President Alma Verdi as"
        " Kenya's leader paid her first visit to Ghana.",
    ],
)
def test_the_host_who_welcomes_the_guest_makes_no_journey(body: str) -> None:
    assert set(_travellers(body)) == {"Alma Verdi"}


def test_ones_own_trade_mission_is_a_journey() -> None:
    # "is just home from her final trade mission": the mission's ground not named after it
    assert _travellers(
        "Gov. Alma Verdi is just home from her final trade mission, with deals signed in China and Vietnam."
    ) == ["Alma Verdi"]


def test_a_trade_mission_team_is_no_journey_of_the_speaker() -> None:
    assert _travellers("Gov. Alma Verdi said her trade mission team had hired two staff.") == []


# Session 18 (sweep-trip3): forms found on fresh pages, probed with made-up copy.


@pytest.mark.parametrize(
    "body",
    [
        # "... a retreat hosted by X": X hosts; the one going is the subject
        "Prime Minister Alma Verdi will kick off a two-day visit to Putrajaya on Monday to attend a leaders'"
        " retreat hosted by Prime Minister Rob Kettle.",
        "President Alma Verdi arrived in Lagos on Monday for a state banquet hosted by President Rob Kettle.",
        "Chancellor Alma Verdi flew to Nairobi on Monday for a summit hosted by President Rob Kettle, her office"
        " said.",
    ],
)
def test_the_host_of_a_gathering_hosted_by_them_makes_no_journey(body: str) -> None:
    assert _travellers(body) == ["Alma Verdi"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a journey under way, told in the progressive, by a name with no office before it
        ("Alma Verdi is flying to Jakarta today for talks with President Rob Kettle.", "Alma Verdi"),
        ("Alma Verdi is flying to Jakarta today.", "Alma Verdi"),
        ("Tom Okello was travelling to Lagos on Monday when the news broke.", "Tom Okello"),
        ("Tom Okello is heading to Accra for a three-day visit.", "Tom Okello"),
    ],
)
def test_a_journey_told_in_the_progressive_is_the_untitled_subject_s(body: str, name: str) -> None:
    assert _travellers(body) == [name]


@pytest.mark.parametrize(
    "body",
    [
        # "His previous state visit ... came in June 2014": another journey's month, not this one's
        "New Delhi: Prime Minister Alma Verdi will on Saturday arrive in Bhutan for a two-day state visit. This"
        " will be her second visit to the country. Her previous state visit to Bhutan came in June 2014, just"
        " days after she was sworn in.",
        # "His first official visit was in January": the first of her visits, told as past
        "Prime Minister Alma Verdi will visit Singapore from Sunday for a two-day retreat. It will be Ms Verdi's"
        " third visit to Singapore since she took office. Her first official visit was in January 2023, and she"
        " was here again in September for a summit.",
        # "her last official trip": with words between "last" and "trip"
        "Prime Minister Alma Verdi will visit Oslo from Sunday. Her last official trip to Norway was in 2019.",
    ],
)
def test_the_date_of_an_earlier_visit_does_not_date_the_journey(body: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\n" + body + "\n")
    assert [t.person.name for t in doc.trips] == ["Alma Verdi"]
    assert all(t.start is None or t.start.year == 2024 for t in doc.trips), doc.trips


def test_the_first_visit_ahead_keeps_its_own_day() -> None:
    # "began her first official visit ... on May 3": this journey's first visit, and its day
    span, _ = _one_trip("Prime Minister Alma Verdi began her first official visit to Lagos on March 11.")
    assert span == ("2024-03-11", "2024-03-11")


@pytest.mark.parametrize(
    "body",
    [
        "The King and Queen have arrived in France to a guard of honour as they begin a three-day state visit.",
        "The Emperor and Empress have arrived in Lisbon for a state visit.",
    ],
)
def test_a_royal_couple_named_by_office_with_a_plural_verb_travels(body: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\n" + body + "\n")
    assert len(doc.trips) == 1, doc.trips
    assert doc.trips[0].person.name in ("The King", "The Emperor")


# Session 19 (trip4): forms found on a fresh-page sweep, probed with made-up copy.


@pytest.mark.parametrize(
    "body",
    [
        # "The tour has stirred interest given campaigns led by X": the "by" after the clause's verb is no
        # "the tour by X"; "He" is still the one touring
        "President Alma Verdi is at the Coast for a three-day tour. The tour has stirred interest given campaigns"
        " in the region led by Deputy President Tom Okello. He arrived in Mombasa on Tuesday.",
        "President Alma Verdi is at the Coast for a three-day tour. The visit has raised hopes among traders backed"
        " by Senator Tom Okello. She arrived in Mombasa on Tuesday.",
    ],
)
def test_a_by_past_the_verb_of_the_visit_names_no_traveller(body: str) -> None:
    assert _travellers(body) == ["Alma Verdi"]


def test_the_visit_made_by_a_named_traveller_is_still_theirs() -> None:
    # a passive "was made by": the one named makes the visit
    assert _travellers("The visit to Mombasa was made by President Tom Okello on Tuesday.") == ["Tom Okello"]


@pytest.mark.parametrize(
    "body",
    [
        # "X and Y were in Lagos": a stay told of two, with no journey verb
        "Chief Minister Alma Verdi and Health Minister Tom Okello were in Lagos to meet party leaders on Tuesday.",
        "Governor Alma Verdi and her deputy were in Lagos on Tuesday for talks.",
    ],
)
def test_a_stay_told_in_the_plural_is_a_journey(body: str) -> None:
    assert _travellers(body)[:1] == ["Alma Verdi"]


@pytest.mark.parametrize(
    "body",
    [
        # "when we were in Africa": the speaker's party, in a quote; no journey of the one named
        'The call with Senator Tom Okello could hardly be set up today, Alma Verdi said on Friday. "We learned'
        ' of it when we were in Ghana," she told reporters.',
        "Ministers said prices had risen while they were in Accra last month, according to Tom Okello.",
    ],
)
def test_a_stay_told_by_we_or_when_is_no_journey(body: str) -> None:
    assert "Tom Okello" not in _travellers(body)


@pytest.mark.parametrize(
    "body",
    [
        # "has extended his visit to X", "cut short her trip to X": the journey is made
        "Chief Minister T. Ravi Kumar has extended his visit to Nairobi, giving rise to talk of a deal.",
        "President Tom Okello cut short his trip to Nairobi.",
        "Governor Alma Verdi curtailed her tour of Nairobi after the floods.",
    ],
)
def test_a_journey_lengthened_or_cut_short_is_made(body: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nLONDON (Reuters) - " + body + "\n")
    assert len(doc.trips) == 1, doc.trips
    assert [s.label for s in doc.trips[0].stops] == ["Nairobi"]


# Session 19 (sweep-trip5): a journey called off, then told as the plan it was.


@pytest.mark.parametrize(
    "body",
    [
        "President Jane Roe has cancelled her first official visit to South America, her office said on"
        " Tuesday. The president was scheduled to fly to Quito this week, followed by a stop in Lima.",
        "Prime Minister Jane Roe's trip to Asia has been called off, her spokesman said. Her travel to Hanoi and"
        " Manila has been cancelled. The trip was due to begin on Saturday.",
    ],
)
def test_a_plan_told_after_its_calling_off_is_no_journey(body: str) -> None:
    doc = extract_text(" date 2024-03-13 A report\n\nLONDON (Reuters) - " + body + "\n")
    assert doc.trips == ()


def test_a_leg_made_before_a_called_off_plan_stays() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nLONDON (Reuters) - President Jane Roe has called off a planned visit to"
        " Oslo, her office said on Wednesday. Roe had been due to arrive in Oslo on Thursday following a visit"
        " to Stockholm on Wednesday.\n"
    )
    stops = [s.place.text for t in doc.trips for s in t.stops]
    assert "Stockholm" in stops
    assert "Oslo" not in stops


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Prince Tomas has carried out a series of engagements in Truro today, visiting a school and a farm.", "Truro"),
        ("Princess Amara undertook a day of engagements in Bristol on Tuesday.", "Bristol"),
        ("Prince Tomas carried out engagements in Exeter on Monday.", "Exeter"),
    ],
)
def test_a_royal_s_engagements_in_a_town_put_the_royal_there(body: str, town: str) -> None:
    _, stops = _one_trip(body)
    assert [name for name, _ in stops] == [town]


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Premier Jane Roe made another campaign stop in Kingston.", "Kingston"),
        ("Premier Jane Roe made a quick stop in Belleville on her way east.", "Belleville"),
        ("Premier Tom Bako will campaign for Ann Poe in Kingston.", "Kingston"),
        ("Premier Jane Roe will start her day in Belleville.", "Belleville"),
        ("President Jane Roe is due to arrive shortly in Kitwe, where she will open a clinic.", "Kitwe"),
    ],
)
def test_a_campaign_stop_a_day_begun_or_an_arrival_soon_in_a_town_is_a_journey_there(body: str, town: str) -> None:
    _, stops = _one_trip(body, "TORONTO (Reuters) - ")
    assert [name for name, _ in stops][:1] == [town]


def test_bus_stops_or_a_day_told_in_a_town_is_no_journey() -> None:
    doc = extract_text(
        " date 2024-03-13 A report\n\nTORONTO (Reuters) - Premier Jane Roe said the bus stops in Kingston were"
        " too few. She said the day in Belleville was warm.\n"
    )
    assert doc.trips == ()


def test_left_wing_is_no_departure() -> None:
    _, stops = _one_trip(
        "Chief Minister Jane Roe on Friday left for New Delhi to attend a meeting of States affected by left"
        " wing extremism.",
        "HYDERABAD (Reuters) - ",
    )
    assert [name for name, _ in stops] == ["Delhi"]  # (the gazetteer names New Delhi so)


def test_an_opening_with_an_apposition_before_the_couple_is_the_royals() -> None:
    _, stops = _one_trip(
        "Emperor Tomas and Empress Ana of Norland began a two-day visit to Norway on Monday. After arriving in"
        " Bergen, the capital of Hordaland, the couple moved to the town of Voss by helicopter.",
        "OSLO (Reuters) - ",
    )
    assert [name for name, _ in stops] == ["Bergen", "Voss"]


@pytest.mark.parametrize(
    "told",
    [
        "Provincial Minister Ann Poe has confirmed the Presidential visit in Kabwe today.",
        "Provincial Minister Ann Poe announced the Presidential visit in Kabwe on Tuesday.",
        "Provincial Minister Ann Poe confirmed the Presidential visit in Kabwe.",
    ],
)
def test_a_visit_confirmed_in_a_town_is_told_there_not_made_there(told: str) -> None:
    _, stops = _one_trip(
        "President Tom Bako is expected in Central Province tomorrow for a two-day working visit. President Bako"
        " will arrive in Kapiri Mposhi in the morning. " + told,
        "LUSAKA (Reuters) - ",
    )
    assert "Kabwe" not in [name for name, _ in stops]


def test_a_presidential_visit_confirmed_to_a_town_is_made_there() -> None:
    _, stops = _one_trip(
        "Provincial Minister Ann Poe has confirmed the Presidential visit to Kabwe on Friday. President Tom Bako"
        " will open a clinic.",
        "LUSAKA (Reuters) - ",
    )
    assert [name for name, _ in stops] == ["Kabwe"]
