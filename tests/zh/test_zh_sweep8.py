"""Session zh8: readings for the forms zh7 noticed on fresh pages (kept outside the repository).

Every sentence here is made up (invented people and days, real places so that stops resolve), in the
shape of news copy, simplified and traditional.
"""

from __future__ import annotations

from gazetteer.model import Unresolved
from tests.zh.reading import stops_by_person as _trips
from tests.zh.reading import trips_by_person as _all
from timeline.model import Unknown

# --- rule zh-home-gone-to -------------------------------------------------------------------------------


def test_the_seat_named_after_a_word_of_going_is_a_stop_traditional() -> None:
    assert _trips("行政院長錢立方22日赴臺北新北視察。") == {"錢立方": ["Taipei", "New Taipei City"]}


def test_the_seat_named_after_a_word_of_going_in_a_list() -> None:
    assert _trips("行政院長錢立方22日前往臺北市、新北市視察。") == {"錢立方": ["Taipei", "New Taipei City"]}


def test_the_seat_left_from_is_still_no_stop() -> None:
    assert _trips("行政院長錢立方22日在臺北出席活動後前往新北視察。") == {"錢立方": ["New Taipei City"]}


def test_the_seat_gone_to_alone_before_a_journey_on_is_still_no_stop() -> None:
    # the seat named alone after a word of going, not the first of a list of places
    assert _trips("行政院長錢立方22日赴臺北出席活動,隨後前往新竹視察。") == {"錢立方": ["Hsinchu"]}


def test_the_seat_returned_to_is_still_no_stop() -> None:
    assert _trips("行政院長錢立方22日回到臺北後,轉赴新北視察。") == {"錢立方": ["New Taipei City"]}


# --- rule zh-abbrev-stay ----------------------------------------------------------------------------------


def test_a_one_character_name_of_a_stay_stays_unresolved() -> None:
    trip = _all("市长钱立方在宁期间,考察了博物馆和工业园。")["钱立方"]
    assert len(trip.stops) == 1
    ref = trip.stops[0].place
    assert isinstance(ref, Unresolved)
    assert ref.text == "宁"
    assert "several places" in ref.reason


def test_a_one_character_name_of_a_stay_traditional() -> None:
    trip = _all("3月8日,市委書記錢立方率團來青考察。在青期間,錢立方一行參觀了博物館。")["錢立方"]
    assert [s.place.text for s in trip.stops] == ["青"]
    assert all(isinstance(s.place, Unresolved) for s in trip.stops)


def test_a_masked_delegation_name_keeps_its_home_out() -> None:
    # "率安吉县**代表团": the words masked on the page do not make the delegation's county a stop
    assert _trips("5月3日,县委书记钱立方率安吉县**代表团来宁考察。") == {"钱立方": ["宁"]}


# --- rule zh-day-unanchored ------------------------------------------------------------------------------


def test_a_bare_day_with_no_page_date_says_the_month_and_year_are_missing() -> None:
    span = _all("省长钱立方22日赴宜昌考察。", None)["钱立方"].span
    assert isinstance(span, Unknown)
    assert span.reason == "the day is given, its month and year are not"


def test_a_month_and_day_with_no_page_date_say_the_year_is_missing() -> None:
    span = _all("省長錢立方6月22日赴宜昌考察。", None)["錢立方"].span
    assert isinstance(span, Unknown)
    assert span.reason == "the month and day are given, the year is not"


def test_no_day_at_all_is_still_no_date_given() -> None:
    span = _all("省长钱立方赴宜昌考察。", None)["钱立方"].span
    assert isinstance(span, Unknown)
    assert span.reason == "no date given"


# --- rule zh-two-cities -----------------------------------------------------------------------------------


def test_two_prefectures_run_together_before_a_visit_are_two_stops() -> None:
    assert _trips("8日,省委书记钱立方赴宜昌荆州调研。") == {"钱立方": ["Yichang", "Jingzhou"]}


def test_two_prefectures_run_together_counted_traditional() -> None:
    assert _trips("8日,省委書記錢立方赴溫州台州兩市考察。") == {"錢立方": ["Wenzhou", "Taizhou"]}


def test_two_prefectures_naming_a_port_stay_one_place() -> None:
    assert _trips("8日,省委书记钱立方考察宁波舟山港。") == {"钱立方": ["Ningbo"]}


# --- rule zh-tw-two-counties ------------------------------------------------------------------------------


def test_a_county_of_taiwan_after_a_city_is_the_next_stop() -> None:
    assert _trips("行政院長錢立方22日赴台中彰化視察。") == {"錢立方": ["Taichung", "Chang-hua"]}


def test_a_county_of_taiwan_after_a_city_simplified() -> None:
    assert _trips("行政院长钱立方22日赴台中南投视察。") == {"钱立方": ["Taichung", "Nantou"]}


def test_a_district_after_its_city_is_still_the_stop() -> None:
    trip = _all("行政院长钱立方22日赴台中市北屯区视察。")["钱立方"]
    assert [s.place.text for s in trip.stops] == ["北屯区"]
