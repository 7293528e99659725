"""Session zh6: readings for the forms the zh4 and zh5 passes left (pages kept outside the repository).

Every sentence here is made up (invented people and days, real places so that stops resolve), in the
shape of news copy, simplified and traditional.
"""

from __future__ import annotations

import datetime as dt

from gazetteer.model import Unresolved
from tests.zh.reading import PUB
from tests.zh.reading import place_name as _names
from tests.zh.reading import stops_by_person as _trips
from tests.zh.reading import trips_by_person as _all
from timeline.model import TripStatus
from timeline.zh import extract_chinese_text
from timeline.zh.people import find_people

# --- rule zh-together-apart ---------------------------------------------------------------------------


def test_a_visitor_joined_by_a_host_a_clause_on_still_travels() -> None:
    text = "芬兰总理罗德曼3日抵达北京,开始访问,并和国务院副总理孙明远在钓鱼台,一同出席经贸论坛开幕式。"
    trips = _all(text)
    assert list(trips) == ["罗德曼"]
    assert [_names(s.place) for s in trips["罗德曼"].stops] == ["Beijing"]


def test_a_visitor_joined_by_a_host_in_traditional_script() -> None:
    text = "芬蘭總理羅德曼3日抵達北京,開始訪問,並和國務院副總理孫明遠在釣魚臺,一同出席經貿論壇開幕式。"
    assert list(_trips(text)) == ["羅德曼"]


def test_a_list_of_those_going_along_stays_companions() -> None:
    text = "6月3日,省委书记孙明远来到宜昌市调研,市委书记钱立新和市长赵华,一同调研。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == "孙明远"
    assert [p.name for p in trip.companions] == ["钱立新", "赵华"]


# --- rule zh-co-leaders -------------------------------------------------------------------------------


def test_each_of_two_leaders_before_led_travels() -> None:
    text = "6月3日上午,拉萨市委书记周文海会见了由丽江市委书记钱立方、市长赵立新率领的党政代表团一行。"
    assert _trips(text) == {"钱立方": ["Lhasa"], "赵立新": ["Lhasa"]}


def test_each_of_two_leaders_before_led_in_traditional_script() -> None:
    text = "6月3日上午,拉薩市委書記周文海會見了由麗江市委書記錢立方、市長趙立新率領的黨政代表團一行。"
    trips = _all(text)
    assert set(trips) == {"錢立方", "趙立新"}
    assert trips["錢立方"].start == trips["趙立新"].start == dt.date(2024, 6, 3)


def test_a_lone_leader_before_led_stays_one() -> None:
    text = "6月3日上午,拉萨市委书记周文海会见了由丽江市委书记钱立方率领的党政代表团一行。"
    assert _trips(text) == {"钱立方": ["Lhasa"]}


# --- rule zh-welcomed-visit ---------------------------------------------------------------------------


def test_a_host_who_welcomes_a_visit_does_not_travel() -> None:
    text = (
        "6月3日,省长孙明远在成都会见了芬兰驻华大使罗德曼。"
        "孙明远对罗德曼大使在芬兰总统访华后即来川访问表示欢迎,并介绍四川发展情况。"
    )
    assert _trips(text) == {"罗德曼": ["Chengdu"]}


def test_a_host_who_welcomes_a_visit_in_traditional_script() -> None:
    text = (
        "6月3日,省長孫明遠在成都會見了芬蘭駐華大使羅德曼。"
        "孫明遠對羅德曼大使在芬蘭總統訪華後即來川訪問表示歡迎,並介紹四川發展情況。"
    )
    assert list(_trips(text)) == ["羅德曼"]


# --- rule zh-cochaired --------------------------------------------------------------------------------


def test_one_of_ours_chairing_a_meeting_held_abroad_went_there() -> None:
    text = (
        "6月3日电,第9次中国-东盟部长会晤6月3日在马来西亚吉隆坡举行。"
        "会议由中国商务部长孙明远和马来西亚贸易部长罗德曼共同主持。"
    )
    trips = _all(text)
    assert list(trips) == ["孙明远"]
    assert [_names(s.place) for s in trips["孙明远"].stops] == ["Kuala Lumpur"]
    assert trips["孙明远"].start == dt.date(2024, 6, 3)


def test_a_meeting_abroad_told_ahead_is_a_planned_journey() -> None:
    text = (
        "新華社北京6月1日電 外交部發言人甲明6月1日宣佈,第9屆中美商貿聯委會將於6月21日至23日在美國華盛頓舉行。"
        "國務院副總理孫明遠將與美國商務部長羅德曼共同主持。"
    )
    trip = _all(text)["孫明遠"]
    assert trip.status is TripStatus.PLANNED
    assert (trip.start, trip.end) == (dt.date(2024, 6, 21), dt.date(2024, 6, 23))
    assert [_names(s.place) for s in trip.stops] == ["Washington"]


def test_a_meeting_chaired_at_home_is_no_journey_of_ours() -> None:
    text = "6月3日电,第9次中国-东盟部长会晤6月3日在北京举行。会议由中国商务部长孙明远和马来西亚贸易部长罗德曼共同主持。"
    assert "孙明远" not in _trips(text)


# --- offices: zh-consul, zh-office-in-charge ----------------------------------------------------------


def test_a_consul_general_is_an_office() -> None:
    assert [(m.titles, m.name) for m in find_people("驻奥克兰总领事孙明远前往汉密尔顿考察。")] == [
        (("驻奥克兰总领事",), "孙明远")
    ]
    assert [m.name for m in find_people("副总领事孙明远前往汉密尔顿考察。")] == ["孙明远"]


def test_an_office_in_charge_of_affairs_apart_from_its_country() -> None:
    text = "新西兰负责经济事务的副国务卿罗德曼将于6月8日访问北京。"
    assert [m.name for m in find_people(text)] == ["罗德曼"]
    trip = _all(text)["罗德曼"]
    assert trip.status is TripStatus.PLANNED
    assert [_names(s.place) for s in trip.stops] == ["Beijing"]


# --- rule zh-separately-chains ------------------------------------------------------------------------


def test_two_travellers_each_to_a_place_of_their_own() -> None:
    text = "6月15日至19日,山东省委书记孙明远、省长赵立新分别到莱阳市和沂水县调研。"
    assert _trips(text) == {"孙明远": ["Laiyang"], "赵立新": ["Yishui"]}


def test_two_travellers_each_to_a_town_of_a_county() -> None:
    text = "6月15日至19日,山東省委書記孫明遠、省長趙立新分別到萊陽市沈家鎮和沂水縣王莊鎮調研。"
    trips = _trips(text)
    assert trips["孫明遠"][0] == "Laiyang"
    assert trips["趙立新"][0] == "Yishui"
    assert len(trips["孫明遠"]) == len(trips["趙立新"]) == 2


def test_two_travellers_and_three_places_go_to_all() -> None:
    text = "6月15日至19日,山东省委书记孙明远、省长赵立新分别到莱阳市、沂水县和临沂市调研。"
    trips = _trips(text)
    assert trips["孙明远"] == trips["赵立新"] == ["Laiyang", "Yishui", "Linyi"]


# --- rule zh-our-city ---------------------------------------------------------------------------------


def test_our_city_is_the_datelines_city() -> None:
    text = "本报邢台6月3日讯 6月3日,莱阳市委书记孙明远率党政代表团到我市考察。"
    assert _trips(text) == {"孙明远": ["Xingtai"]}


def test_our_city_in_traditional_script() -> None:
    text = "本報邢台6月3日訊 6月3日,萊陽市委書記孫明遠率黨政代表團來我市考察。"
    assert _trips(text) == {"孫明遠": ["Xingtai"]}


def test_our_city_with_no_city_in_the_dateline_stays_unread() -> None:
    text = "本报讯 6月3日,莱阳市委书记孙明远率党政代表团到我市考察。"
    assert _trips(text) == {"孙明远": []}


# --- rule zh-programme-told; lengths ------------------------------------------------------------------


def test_the_programme_of_a_planned_trip_told_after_it() -> None:
    text = (
        "新华网福州6月6日电 山东省委书记孙明远将于6月7日率山东省考察团访问澳洲。"
        "行程初步安排5天4夜,拟参访悉尼、墨尔本、堪培拉等城市。"
    )
    trip = _all(text)["孙明远"]
    assert trip.status is TripStatus.PLANNED
    assert (trip.start, trip.end) == (dt.date(2024, 6, 7), dt.date(2024, 6, 11))
    assert [_names(s.place) for s in trip.stops] == ["Sydney", "Melbourne", "Canberra"]


def test_the_programme_told_in_traditional_script() -> None:
    text = (
        "新華網福州6月6日電 山東省委書記孫明遠將於6月7日率山東省考察團訪問澳洲。"
        "行程初步安排7天6夜,擬參訪悉尼、墨爾本等城市。"
    )
    trip = _all(text)["孫明遠"]
    assert (trip.start, trip.end) == (dt.date(2024, 6, 7), dt.date(2024, 6, 13))
    assert [_names(s.place) for s in trip.stops] == ["Sydney", "Melbourne"]


def test_days_and_nights_and_a_run_of_days_are_lengths() -> None:
    for text, end in (
        ("本报台北6月21日电 山东省省长孙明远21日抵达台北,开始7天6夜的访问。", dt.date(2024, 6, 27)),
        ("本报台北6月21日电 山东省省长孙明远21日起一连七日在台北访问。", dt.date(2024, 6, 27)),
    ):
        trip = _all(text, dt.date(2024, 6, 21))["孙明远"]
        assert (trip.start, trip.end) == (dt.date(2024, 6, 21), end)


def test_today_with_its_date_in_brackets() -> None:
    text = "特区政府财经事务局副秘书长黄明远今日(六月五日)率领代表团,前赴长沙市进行为期五天的考察访问。"
    trip = _all(text)["黄明远"]
    assert (trip.start, trip.end) == (dt.date(2024, 6, 5), dt.date(2024, 6, 9))


# --- rule zh-abbrev-unresolved ------------------------------------------------------------------------


def test_an_ambiguous_one_character_name_after_coming_is_kept_unresolved() -> None:
    text = "6月3日,山东省委书记孙明远率团来宁考察,先后参观了产业园。"
    trip = _all(text)["孙明远"]
    (stop,) = trip.stops
    assert isinstance(stop.place, Unresolved)
    assert stop.place.text == "宁"
    assert "Ningxia or Nanjing" in stop.place.reason


def test_an_ambiguous_one_character_name_in_traditional_script() -> None:
    text = "6月3日,山東省委書記孫明遠率團赴蘇調研。"
    (stop,) = _all(text)["孫明遠"].stops
    assert isinstance(stop.place, Unresolved)
    assert stop.place.text == "蘇"


def test_a_one_character_word_after_coming_that_is_no_place() -> None:
    assert _trips("6月3日,山东省委书记孙明远表示,要迎来新考验,带来新调整。") == {}
