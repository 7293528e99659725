"""Reading rules for places found by a sweep of fresh reports (issue 14, causes 5 and 6).

Each sentence is written for the test, with invented travellers, in the shapes real reports take.
"""

from __future__ import annotations

import unicodedata

import pytest

from gazetteer.model import Resolved
from timeline.extract import extract_text
from timeline.model import Unknown


def _read(text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    """The one trip's stops (name, first day) and its regions' names."""
    doc = extract_text(" date 2024-03-06 " + text + "\n")
    assert len(doc.trips) == 1
    trip = doc.trips[0]
    stops = [
        (
            s.place.place.name if isinstance(s.place, Resolved) else s.label,
            None if isinstance(s.span, Unknown) else s.span.start.isoformat(),
        )
        for s in trip.stops
    ]
    regions = [r.place.name for r in trip.regions if isinstance(r, Resolved)]
    return stops, regions


def _stops(text: str) -> list[str]:
    return [name for name, _ in _read(text)[0]]


# --- "the flood affected areas of X district": two words before "areas of" --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ada Bello on Monday visited disaster hit areas of Champawat and Almora districts.",
        "Governor Ada Bello on Monday toured the flood affected areas of Champawat and Almora districts.",
        "Governor Ada Bello on Monday inspected the worst hit areas of Champawat and Almora.",
    ],
)
def test_areas_of_places_after_two_describing_words(text: str) -> None:
    assert _read(text)[0] == [("Champawat", "2024-03-04"), ("Almora", "2024-03-04")]


# --- a place the report reads as a province is a region ---------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a province the gazetteer files at the second level (the Philippines' provinces)
        ("President Leo Santos on Tuesday visited the storm-hit province of Catanduanes.", "Catanduanes"),
        ("President Leo Santos on Wednesday visited flooded areas in Misamis Occidental.", "Misamis Occidental"),
        # a city's name written as its division's
        ("President Ivan Orlov on Tuesday travelled to the Kursk region, where he met volunteers.", "Kursk Oblast"),
        ("President Kemal Aras on Tuesday visited Kahramanmaras province and met rescue crews.", "Kahramanmaraş"),
    ],
)
def test_a_place_written_as_a_province_is_a_region(text: str, region: str) -> None:
    stops, regions = _read(text)
    assert stops == []
    assert region in regions


def test_an_aside_that_names_the_province() -> None:
    stops = _stops(
        "President Kemal Aras on Tuesday visited Gaziantep. Aras, who then flew to Kahramanmaras, the province at"
        " the centre of the quake, met rescue crews."
    )
    assert "Kahramanmaraş" not in stops


def test_the_city_stays_a_stop_without_a_division_word() -> None:
    assert _stops("President Ivan Orlov on Tuesday travelled to Kursk, where he met volunteers.") == ["Kursk"]


# --- a country in a list of countries is the country, not the city named after it ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ravi Menon on Sunday began a tour of Qatar, Switzerland and Mexico, starting in Doha.",
        "Prime Minister Ravi Menon on Sunday visited Mexico and Peru.",
        "Prime Minister Ravi Menon on Sunday left for a tour of Guatemala, Belize and Honduras.",
    ],
)
def test_a_country_listed_with_countries_is_no_city(text: str) -> None:
    stops, _ = _read(text)
    assert not {"Mexico City", "Guatemala City"} & {name for name, _ in stops}


def test_a_city_state_listed_with_a_country_is_still_its_city() -> None:
    assert "Singapore" in _stops("Prime Minister Ravi Menon on Sunday visited Malaysia and Singapore.")


def test_a_country_named_alone_as_a_destination_is_its_city() -> None:
    assert _stops("Prime Minister Ravi Menon on Sunday arrived in Djibouti for talks.") == ["Djibouti"]


# --- the town of an airport landed at; the airport of a farewell --------------------------------


def test_the_city_of_an_airport_landed_at_beside_a_smaller_town() -> None:
    stops = _stops(
        "President Dan Ford on Tuesday arrived at the Baton Rouge airport and then left for a tour of"
        " flooded homes in Zachary."
    )
    assert stops == ["Baton Rouge", "Zachary"]


def test_an_airport_town_beside_the_larger_city_it_serves_is_no_stop() -> None:
    assert _stops("President Dan Ford on Monday landed at Ciampino airport and then drove to Rome for talks.") == [
        "Rome"
    ]


def test_the_airport_of_a_farewell_is_no_stop() -> None:
    stops = _stops(
        "President Kofi Mensah concluded a two-day visit to the region on Tuesday. He was given a warm farewell at"
        " Kumasi airport by the regional minister after touring Obuasi."
    )
    assert "Kumasi" not in stops


def test_a_prefecture_written_whole_is_a_region() -> None:
    stops, regions = _read("Emperor Ken Sato on Tuesday travelled to Nara Prefecture for a three-day stay.")
    assert stops == []
    assert "Nara" in regions


# --- a town named only at the head of its market's, trading centre's or hall's name ----------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("President Budi Hartono on Thursday visited Langgur Market in Maluku Province to hand out aid.", "Langgur"),
        (
            "President Amos Kibet on Saturday opened a water project at Kagio Trading Centre before addressing"
            " residents at Karatina in Kirinyaga County.",
            "Kagio",
        ),
        (
            # (the sentence's first word is not part of the name)
            "At Kagio Trading Centre, President Amos Kibet on Saturday opened a water project before addressing"
            " residents at Karatina in Kirinyaga County.",
            "Kagio",
        ),
        ("King Arthur Penrose on Monday attended a reception at Bradford Town Hall and then went on to Leeds.", "Bradford"),
    ],
)
def test_the_town_a_market_or_hall_is_named_after(text: str, town: str) -> None:
    assert town in _stops(text)


def test_a_market_named_after_no_town_adds_none() -> None:
    # ("Central" names no town of the country the report places)
    assert _stops("President Budi Hartono on Thursday visited Central Market in Jakarta.") == ["Jakarta"]


# --- home: a city at the national capital is the capital; a building's name in Hindi ------------


def test_leaving_for_a_city_at_the_national_capital_is_going_home() -> None:
    stops = _stops(
        "President Ram Prasad on Saturday arrived in Jabalpur for a two-day visit. On Sunday he will go to"
        " Damoh, and he will leave for Delhi later that day."
    )
    assert "Delhi" not in stops
    assert {"Jabalpur", "Damoh"} <= set(stops)


def test_a_village_the_gazetteer_lacks_does_not_keep_home_a_stop() -> None:
    stops = _stops(
        "President Ram Prasad on Saturday arrived in Jabalpur. On Sunday he will visit Kelwara village before"
        " he will leave for New Delhi."
    )
    assert not {"Delhi", "New Delhi"} & set(stops)


def test_a_bhawan_is_a_building_not_a_town() -> None:
    stops = _stops(
        "President Ram Prasad arrived in Jabalpur on Saturday for a two-day visit. He will inaugurate a"
        " conference at Manas Bhawan in the city before noon."
    )
    assert stops == ["Jabalpur"]


# --- a journey's legs told by their order, and where a tour began ----------------------------


def test_a_destination_named_by_its_order_and_the_leg_continued_for() -> None:
    assert _stops(
        "Prime Minister Ana Costa left Madrid on Saturday for her first destination of Lisbon, continuing the same"
        " evening for Washington."
    ) == ["Lisbon", "Washington"]


@pytest.mark.parametrize(
    "text",
    [
        "Chief Minister Ravi Kumar on Monday started his tour from Almora and then visited Champawat.",
        "Chief Minister Ravi Kumar on Monday began his tour in Almora and then visited Champawat.",
        "Chief Minister Ravi Kumar on Monday kicked off the flood tour from Almora and then visited Champawat.",
    ],
)
def test_the_place_a_tour_started_from_is_a_stop(text: str) -> None:
    assert _stops(text) == ["Almora", "Champawat"]


def test_the_last_stop_of_a_tour_named_after_a_comma() -> None:
    assert _stops("Prime Minister Ana Costa on Sunday reached the last stop of her tour, Athens.") == ["Athens"]


def test_an_itinerary_line_with_a_colon() -> None:
    assert _stops(
        "Chancellor Hans Vogel began a three-day tour of West Africa on Saturday. First stop: Dakar, where he met the"
        " president."
    ) == ["Dakar"]


# --- reference points and departure places are no stops --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Queen Lina on Tuesday made her first visit outside Copenhagen this year, touring Odense.",
        "Queen Lina, who has rarely travelled outside Copenhagen, on Tuesday toured Odense.",
        "Queen Lina's trip to Odense on Tuesday was her first outside Copenhagen since the wedding.",
    ],
)
def test_a_journey_outside_a_town_is_not_in_it(text: str) -> None:
    assert _stops(text) == ["Odense"]


def test_the_airport_departed_from_is_no_stop() -> None:
    assert _stops(
        "President Kofi Mensah, who departed the presidential wing of the international airport in Kumasi at 4pm,"
        " was received at the airport in Tamale by the regional minister on Monday."
    ) == ["Tamale"]


def test_the_airport_left_after_a_visit_is_the_place_visited() -> None:
    assert _stops("President Kofi Mensah left the airport in Tamale on Monday after a two-day visit to the north.") == [
        "Tamale"
    ]


def test_a_place_left_mid_tour_abroad_stays_a_stop() -> None:
    assert _stops(
        "President Rui Alves of Brazil visited Buenos Aires on Monday. His departure from Buenos Aires to Montevideo"
        " takes place on Tuesday."
    ) == ["Buenos Aires", "Montevideo"]


# --- streets, people honoured and parts of a town are not towns -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Deputy President Sam Dube on Wednesday visited a sinkhole in Rockview Road, Amanzimtoti.",
        "Deputy President Sam Dube on Wednesday visited a sinkhole on Marine Drive, Amanzimtoti.",
    ],
)
def test_a_street_then_its_town(text: str) -> None:
    assert _stops(text) == ["eManzimtoti"]


@pytest.mark.parametrize(
    "text",
    [
        "President Rui Alves on Monday laid a wreath at the monument to General Jose de San Martin in Buenos Aires.",
        "President Rui Alves on Monday visited Buenos Aires and laid a wreath at the statue of General Jose de San Martin.",
    ],
)
def test_a_person_honoured_is_not_the_town_named_after_them(text: str) -> None:
    assert _stops(text) == ["Buenos Aires"]


@pytest.mark.parametrize(
    "text",
    [
        "President Ada Obi on Monday visited Lagos's Surulere district, where she opened a clinic.",
        "President Ada Obi on Monday toured Accra's Jamestown neighbourhood.",
    ],
)
def test_a_part_of_a_town_is_the_town(text: str) -> None:
    assert len(_stops(text)) == 1


def test_a_town_of_a_town_named_with_a_possessive_stays_a_stop() -> None:
    assert len(_stops("Prime Minister Rina Das on Monday inspected areas including Pirojpur's Mathbaria.")) == 2


# --- the day of the way home is not the last stop's --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ada Bello on Monday visited a school in Ilorin and a clinic in Offa, and returned to Abuja on Tuesday.",
        "Governor Ada Bello on Monday visited a school in Ilorin and a clinic in Offa before flying home on Tuesday.",
    ],
)
def test_a_return_clause_keeps_its_day(text: str) -> None:
    assert _read(text)[0] == [("Ilorin", "2024-03-04"), ("Offa", "2024-03-04")]


def test_a_day_that_continued_for_a_person_names_no_place() -> None:
    assert _stops(
        "Prince Olaf on Tuesday visited Llandovery. The busy day continued for Camilla as she toured a school."
    ) == ["Llandovery"]


def _folded(names: list[str]) -> list[str]:
    return ["".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c)) for n in names]


# --- "at Kpalugu in the Savelugu District": a town named in its division (sweep-stops3) --------


@pytest.mark.parametrize(
    ("text", "town", "division"),
    [
        (
            "TAMALE, May 3 (GNA) -- President Kofi Ansah on Tuesday inspected a dam at Kpabiligu in the "
            "Savelugu District.",
            "unresolved: Kpabiligu",
            "Savelugu",
        ),
        (
            "RAIPUR, May 3 -- Chief Minister Vinod Sahu on Tuesday reached Dhamnagudi in Pandaria block "
            "and opened a school.",
            "unresolved: Dhamnagudi",
            "Pandaria",
        ),
        (
            "LUCKNOW, May 3 -- Minister Arun Tiwari on Tuesday visited Sonpurwa in Jalaun district and met "
            "farmers.",
            "unresolved: Sonpurwa",
            "Jalaun",
        ),
    ],
)
def test_a_town_named_in_its_division_is_the_stop_not_the_division(text: str, town: str, division: str) -> None:
    stops = _folded(_stops(text))
    assert town in stops
    assert not any(division in s for s in stops)


def test_a_division_named_alone_stays_a_stop() -> None:
    # no town before it: the division is where the traveller went
    stops = _folded(_stops("LUCKNOW, May 3 -- Minister Arun Tiwari on Tuesday visited Jalaun district and met farmers."))
    assert stops
    assert "Jalaun" in stops[0]


def test_a_person_in_a_division_is_no_town() -> None:
    stops = _stops(
        "TAMALE, May 3 (GNA) -- President Kofi Ansah on Tuesday visited Tamale and met Chief Executive "
        "Officer in the Savelugu District."
    )
    assert not any("Officer" in s for s in stops)


# --- "inspected the Tamale interchange project": a public work named after its town (sweep-stops3) ---


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "ACCRA (GNA) -- President Kofi Ansah on Saturday commissioned a clinic at Yendi and inspected the "
            "Bolgatanga interchange project.",
            "Bolgatanga",
        ),
        (
            "NAIROBI -- President Daniel Kamau on Monday opened a school at Kisii and toured the Nakuru "
            "flyover works.",
            "Nakuru",
        ),
    ],
)
def test_a_public_work_named_after_its_town_puts_the_traveller_there(text: str, town: str) -> None:
    assert town in _stops(text)


def test_a_town_named_before_its_government_is_still_no_stop() -> None:
    # "the Accra government" names the government, not a place the traveller went to
    stops = _stops("KUMASI (GNA) -- President Kofi Ansah on Saturday met the Accra government officials in Kumasi.")
    assert stops == ["Kumasi"]


def test_a_month_cut_short_after_a_town_is_no_town() -> None:
    # "in Regina, Jan. 26": a caption's date, not a town listed beside Regina
    stops = _stops(
        "OTTAWA -- Prime Minister Paul Martin spoke at a town hall in Regina, Jan. 26, and later visited Moose Jaw."
    )
    assert not any("Jan" in s for s in stops)
    assert "Regina" in stops


# --- route words: "reached district headquarters X", "and national capital X" ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Chief Minister Ada Bello visited Raipur on Monday and reached district headquarters Bilaspur on Tuesday.",
        "Chief Minister Ada Bello visited Raipur on Monday and reached the district headquarters, Bilaspur, on Tuesday.",
    ],
)
def test_town_named_after_headquarters_is_a_stop(text: str) -> None:
    assert _read(text)[0] == [("Raipur", "2024-03-04"), ("Bilāspur", "2024-03-05")]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("President Ivo Marek on Monday visited Jaipur, Agra and national capital New Delhi.", "New Delhi"),
        ("President Ivo Marek on Monday visited Kumasi, Obuasi and the regional capital Sunyani.", "Sunyani"),
    ],
)
def test_described_capital_ends_a_list_of_towns(text: str, last: str) -> None:
    stops = _stops(text)
    assert len(stops) == 3
    assert unicodedata.normalize("NFKD", stops[-1]).encode("ascii", "ignore").decode() in (last, "Delhi")


# --- "dropping by (the city of) X": a short call ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Empress Mina Oda visited Sendai on Monday. In the afternoon, she dropped by the city of Kamaishi.",
        "Empress Mina Oda visited Sendai on Monday. In the afternoon, she dropped by Kamaishi.",
        "Empress Mina Oda on Monday moved to Sendai after dropping by the city of Kamaishi.",
    ],
)
def test_dropping_by_a_town_is_a_stop(text: str) -> None:
    assert "Kamaishi" in _stops(text)


# --- a town inside a landmark's address: "the X Memorial, Y Garden, Town" ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ada Bello visited Skardu on Monday. On Tuesday she laid a wreath at the Heroes Memorial, Chinar Garden, Gilgit.",
        "Governor Ada Bello visited Skardu on Monday. On Tuesday she laid a wreath at Jinnah Garden, Gilgit.",
    ],
)
def test_town_after_a_garden_and_its_memorial(text: str) -> None:
    assert _read(text)[0] == [("Skardu", "2024-03-04"), ("Gilgit", "2024-03-05")]


# --- a short town name the finder takes for a surname, in a list of towns ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ada Bello on Monday made stops in Pittsfield, Lee, and Holyoke.",
        "Governor Ada Bello on Monday toured Holyoke, Lee and Pittsfield.",
    ],
)
def test_short_town_name_in_a_list_of_towns_of_its_state(text: str) -> None:
    stops = _stops(text)
    assert "Lee" in stops
    assert len(stops) == 3


def test_a_list_of_divisions_adds_no_town_read_as_a_name() -> None:
    # ("Durg and Bastar district": the division's list, not a town beside it)
    assert "Lee" not in _stops("Governor Ada Bello on Monday visited Holyoke. She spoke of Lee and Berkshire counties.")


# --- a plan the sentence says was given up ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Bello campaigned in Dayton on Monday. She originally planned to finish up with a rally in Ocala"
        " and a dinner at Naples, but changed course at the last minute, heading instead to a rally in Toledo, Ohio.",
        "Senator Ada Bello campaigned in Dayton on Monday. She had been scheduled to stop in Ocala but flew to Toledo instead.",
    ],
)
def test_places_of_a_plan_given_up_are_no_stops(text: str) -> None:
    stops = _stops(text)
    assert "Ocala" not in stops
    assert "Naples" not in stops
    assert "Toledo" in stops


def test_a_plan_kept_keeps_its_place() -> None:
    assert "Ocala" in _stops("Senator Ada Bello campaigned in Dayton on Monday. She had planned to stop in Ocala and did so on Tuesday.")


# --- "The final stop of the day happened in X": the journey's own stop ------------------------


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("Governor Ada Bello toured factories in Marion on Monday. The final stop of the day happened in Grant County at a paper mill.", "Grant County"),
        ("Governor Ada Bello toured factories in Marion on Monday. The last stop of her tour was in Kokomo.", "Kokomo"),
    ],
)
def test_a_sentence_of_the_journeys_last_stop(text: str, last: str) -> None:
    assert _stops(text) == ["Marion", last]


def test_a_stop_of_something_else_is_not_the_journeys() -> None:
    text = "Governor Ada Bello toured factories in Marion on Monday. The final stop of the relay was in Kokomo."
    assert _stops(text) == ["Marion"]


def test_where_their_trip_will_conclude_is_a_stop() -> None:
    text = (
        "Later this month, Vice President Ada Bello and her husband Tom Bello will embark on their first official"
        " trip to Africa. They will begin their journey in Nairobi, Kenya, before travelling to Kampala, Uganda."
        " Their weeklong trip, which runs from March 25 to April 2, will conclude in Kigali, Rwanda."
    )
    assert _stops(text)[-1] == "Kigali"


# --- a work of a town opened there: "opened the Kisii Town main market" ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Ada Bello visited Narok on Monday. On Tuesday she opened the Kilgoris Town main market.",
        "President Ada Bello visited Narok on Monday. On Tuesday she commissioned the Kilgoris bypass.",
    ],
)
def test_opening_a_towns_work_puts_the_traveller_there(text: str) -> None:
    assert _read(text)[0] == [("Narok", "2024-03-04"), ("Kilgoris", "2024-03-05")]


def test_opening_a_towns_office_is_not_there() -> None:
    text = "President Ada Bello visited Narok on Monday. On Tuesday she opened the Kisii office of the Red Cross."
    assert _stops(text) == ["Narok"]


# --- "Notre-Dame de X": Our Lady's church of the town X ---------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("President Ada Bello visited Metz on Monday. On Tuesday she heard a concert in the cathedral of Notre-Dame de Strasbourg.", "Strasbourg"),
        ("President Ada Bello visited Metz on Monday. On Tuesday she attended Mass at Notre-Dame de Paris.", "Paris"),
    ],
)
def test_notre_dame_of_a_town_is_that_town(text: str, town: str) -> None:
    assert _read(text)[0] == [("Metz", "2024-03-04"), (town, "2024-03-05")]


# --- "visited Kumasi's Manhyia Palace and Tamale": a building of a town does not end the list ---


@pytest.mark.parametrize(
    "text",
    [
        "President Ada Bello on Monday visited Kumasi's Manhyia Palace and Tamale.",
        "President Ada Bello on Monday toured Kumasi's Kejetia Market and then Tamale.",
    ],
)
def test_list_goes_on_past_a_towns_building(text: str) -> None:
    assert _stops(text) == ["Kumasi", "Tamale"]


# --- the place of a disaster's deed is no stop ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ada Bello visited Sparta on Monday. She made a short detour to survey the aftermath where a tornado"
        " ripped through parts of Monroe and Juneau counties.",
        "Governor Ada Bello visited Sparta on Monday, where floods killed three people in Tomah.",
    ],
)
def test_where_a_storm_went_is_no_stop(text: str) -> None:
    assert _stops(text) == ["Sparta"]


def test_ground_a_disaster_word_describes_is_visited() -> None:
    text = "Governor Ada Bello on Monday made an aerial survey of flood hit areas of Tomah and Sparta."
    assert _stops(text) == ["Tomah", "Sparta"]


# --- "Samsung's chip plant in Pyeongtaek": the works' owner is no place -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Ada Bello on Monday visited Samsung's semiconductor plant in Pyeongtaek.",
        "President Ada Bello on Monday toured Samsung's new factory at Pyeongtaek.",
    ],
)
def test_owner_of_a_works_placed_elsewhere_is_no_stop(text: str) -> None:
    assert _stops(text) == ["Pyeongtaek"]


def test_a_towns_own_works_keep_the_town() -> None:
    assert _stops("President Ada Bello on Monday visited Ulsan's Hyundai plant.") == ["Ulsan"]
