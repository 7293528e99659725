"""Session nd-zh: readings for the forms the new Chinese development reports (1196-1214) showed.

Every sentence here is made up (invented people and days, real places so that stops resolve), in the
shape of news copy, simplified and traditional.
"""

from __future__ import annotations

import datetime as dt

from gazetteer.model import Unresolved
from tests.zh.reading import stops_by_person as _stops9
from tests.zh.reading import trips_by_person as _all9
from timeline.model import DateSpan
from timeline.zh import extract_chinese_text
from timeline.zh.people import find_people

_LEAD = "省委书记省长蹲点调研\n"

# --- rules zh-separately-to, zh-separately-chains with a town between, zh-separately-range ----------------


def test_each_of_a_list_goes_to_a_village_of_their_own() -> None:
    text = (
        _LEAD
        + "6月1日至5日,省委书记钱立方、省长孙明远轻车简从,分别到丰县宋楼镇邱庄村和睢宁县官山镇沙庄村蹲点调研。"
    )
    assert _stops9(text) == {"钱立方": ["Fengcheng", "邱庄村"], "孙明远": ["Suicheng", "沙庄村"]}


def test_each_stays_at_their_own_place_over_the_range() -> None:
    text = (
        _LEAD + "6月1日至5日,省委书记钱立方、省长孙明远分别到丰县宋楼镇邱庄村和睢宁县官山镇沙庄村蹲点调研。"
    )
    trips = _all9(text)
    for name in ("钱立方", "孙明远"):
        assert [s.span for s in trips[name].stops] == [DateSpan(dt.date(2024, 6, 1), dt.date(2024, 6, 5))] * 2


def test_separately_to_needs_a_place_after_it() -> None:
    # "分别到会": no place, no journey
    assert _all9(_LEAD + "5日,省委书记钱立方、省长孙明远分别到会讲话。") == {}


# --- rule zh-old-county-town --------------------------------------------------------------------------------


def test_a_town_after_a_county_the_table_holds_only_from_geonames() -> None:
    text = _LEAD + "5日,市委书记钱立方到富阳市银湖镇东坞村调研。"
    trip = _all9(text)["钱立方"]
    assert [s.place.text for s in trip.stops] == ["富阳市", "东坞村"]
    assert isinstance(trip.stops[1].place, Unresolved)


# --- rule zh-aided-before with 协助 ---------------------------------------------------------------------------


def test_the_people_helped_from_afar_are_no_stop() -> None:
    text = _LEAD + "行政院长钱立方明日将前往花莲县勘灾,并尽全力协助台东的乡亲从灾害中复原。"
    trip = _all9(text)["钱立方"]
    assert trip.stops == ()
    assert [r.text for r in trip.regions] == ["花莲县"]


def test_the_people_helped_from_afar_traditional() -> None:
    text = "行政院長視察災區\n行政院長錢立方明日將前往花蓮縣勘災,並盡全力協助台東的鄉親從災害中復原。"
    assert _stops9(text) == {"錢立方": []}


# --- rule zh-relative-here ---------------------------------------------------------------------------------


def test_a_visit_under_way_here_is_at_the_dateline_city() -> None:
    text = (
        "议长会见钱立方\n"
        "新华社莫斯科9月1日电 俄罗斯国家杜马主席某某今天会见了正在这里进行正式友好访问的中国全国政协副主席钱立方。"
    )
    trip = _all9(text)["钱立方"]
    assert [s.place.text for s in trip.stops] == ["莫斯科"]
    assert trip.span == DateSpan.day(dt.date(2024, 9, 1)) or trip.span == DateSpan.day(dt.date(2023, 9, 1))


def test_a_visit_under_way_elsewhere_takes_no_dateline_city() -> None:
    text = (
        "议长会见钱立方\n"
        "新华社莫斯科9月1日电 俄罗斯国家杜马主席某某今天在圣彼得堡会见了正在圣彼得堡考察的中国全国政协副主席钱立方。"
    )
    assert "Moscow" not in _stops9(text).get("钱立方", [])


# --- rule zh-joint-bureau ----------------------------------------------------------------------------------


def test_a_bureau_named_for_two_fields_is_one_office() -> None:
    text = _LEAD + "保安及警务局局长钱立方将于6月12日至15日访问北京。"
    assert _all9(text)["钱立方"].person.title is not None
    assert _all9(text)["钱立方"].person.title.name == "保安及警务局局长"  # type: ignore[union-attr]


def test_a_bureau_named_for_two_fields_after_a_word_traditional() -> None:
    text = "局長訪京\n局長甲將訪問北京;而保安及警務局常任秘書長錢立方於6月15日至17日率團訪問貴州。"
    title = _all9(text)["錢立方"].person.title
    assert title is not None
    assert title.name == "保安及警務局常任秘書長"


def test_two_officers_joined_by_ji_stay_two() -> None:
    found = find_people("6月5日,市长王大明及财政局局长孙小红到访宁波。")
    assert [(m.name, m.titles) for m in found] == [("王大明", ("市长",)), ("孙小红", ("财政局局长",))]


# --- rules zh-now-holds and zh-capacity ---------------------------------------------------------------------


def test_the_office_held_now_is_the_title() -> None:
    text = "资政访华\n新加坡前总理、现任国务资政钱立方昨日(4日)起到中国进行6天访问。他已抵达江苏苏州。"
    title = _all9(text)["钱立方"].person.title
    assert title is not None
    assert title.name == "国务资政"


def test_in_an_office_s_capacity_is_no_name() -> None:
    text = "资政访华\n这是钱立方首次以国务资政身份访问中国,他上次到中国是去年3月,以总理身份访华。"
    assert set(_all9(text)) <= {"钱立方"}
    doc = extract_chinese_text("资政访华\n他上次以总理身分访华。", published=dt.date(2024, 6, 5))
    assert all(t.person.name != "身分" for t in doc.trips)


# --- rule zh-arrived-village ----------------------------------------------------------------------------------


def test_the_day_of_coming_to_the_village_dates_the_stay() -> None:
    text = (
        _LEAD
        + "6月1日至5日,省委书记钱立方、省长孙明远分别到丰县宋楼镇邱庄村和睢宁县官山镇沙庄村蹲点调研。"
        + "村民们说,孙省长2日下午到村后没有休息,就开始走访农户。"
    )
    trips = _all9(text)
    assert [s.span for s in trips["孙明远"].stops] == [DateSpan.day(dt.date(2024, 6, 2))] * 2
    assert [s.span for s in trips["钱立方"].stops] == [DateSpan(dt.date(2024, 6, 1), dt.date(2024, 6, 5))] * 2


def test_a_day_outside_the_range_leaves_the_stay() -> None:
    text = (
        _LEAD
        + "6月1日至5日,省委书记钱立方、省长孙明远分别到丰县宋楼镇邱庄村和睢宁县官山镇沙庄村蹲点调研。"
        + "村民们说,孙省长9日下午到村后没有休息,就开始走访农户。"
    )
    spans = [s.span for s in _all9(text)["孙明远"].stops]
    assert DateSpan.day(dt.date(2024, 6, 9)) not in spans


# --- rules zh-town-after-task, zh-club, 会勘 (forms of the fresh pages) ----------------------------------------


def test_a_township_after_what_is_done_there() -> None:
    text = "縣長會勘道路\n縣長錢立方10日下午前往會勘國姓鄉九件道路改善工程。"
    trip = _all9(text)["錢立方"]
    assert [s.place.text for s in trip.stops] == ["國姓鄉"]
    assert trip.kind.value == "inspection"


def test_a_township_after_an_inspection_word_simplified() -> None:
    assert _stops9("县长视察\n县长钱立方10日前往视察国姓乡道路工程。") == {"钱立方": ["国姓乡"]}


def test_a_club_named_after_a_city_is_no_stop() -> None:
    text = "市长访问巴西\n市长钱立方6月5日率团访问巴西,并与巴西圣保罗足球俱乐部签署青少年足球合作协议。"
    assert "São Paulo" not in _stops9(text)["钱立方"]


# --- rule zh-about-same-days ------------------------------------------------------------------------------


def test_the_party_told_by_the_days_of_the_earlier_trip_is_of_that_trip() -> None:
    text = (
        "局长访京\n"
        "保安局局长钱立方将于6月12日至15日访问北京;而保安局常任秘书长孙明远于6月15日至17日率团访问贵州。\n"
        "代表团于6月12日至15日到访北京,与中央部委官员会面。其后,代表团于6月15日至17日与贵州省官员会面。"
    )
    trips = _all9(text)
    assert _stops9(text)["孙明远"] == []
    sun = trips["孙明远"].span
    assert isinstance(sun, DateSpan)
    assert sun.start == dt.date(2024, 6, 15)
