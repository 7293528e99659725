"""Session zh7: readings for the forms zh6 noticed on fresh pages (kept outside the repository).

Every sentence here is made up (invented people and days, real places so that stops resolve), in the
shape of news copy, simplified and traditional.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.zh.reading import place_name as _names
from tests.zh.reading import stops_by_person as _trips
from tests.zh.reading import trips_by_person as _all
from timeline import extract_text
from timeline.model import DateSpan, TripStatus

# --- rule zh-date-lead --------------------------------------------------------------------------------


def test_a_text_opening_on_its_date_is_read_with_a_page_date() -> None:
    text = "2011年3月14日，省委书记钱立方在宜昌市考察。"
    trip = _all(text, dt.date(2011, 3, 16))["钱立方"]
    assert [_names(s.place) for s in trip.stops] == ["Yichang"]
    assert trip.span == DateSpan.day(dt.date(2011, 3, 14))


def test_a_text_opening_on_its_date_is_read_with_no_page_date() -> None:
    text = "2011年3月14日上午,省委书记钱立方到宜昌市调研。"
    trip = _all(text, None)["钱立方"]
    assert trip.span == DateSpan.day(dt.date(2011, 3, 14))


def test_a_text_opening_on_its_date_in_traditional_script() -> None:
    text = "2011年3月14日，省委書記錢立方在宜昌市考察。"
    assert _trips(text, None) == {"錢立方": ["Yichang"]}


def test_a_file_opening_on_its_date(tmp_path: Path) -> None:
    path = tmp_path / "lead.txt"
    path.write_text("2011年3月14日，省委书记钱立方在宜昌市考察。\n", encoding="utf-8")
    doc = extract_text(path.read_text(encoding="utf-8"), source=str(path))
    assert [t.person.name for t in doc.trips] == ["钱立方"]


def test_a_header_date_line_stays_a_header() -> None:
    text = "宜昌新闻\n2011年3月14日 星期一\n3月13日，省委书记钱立方在宜昌市考察。"
    trip = _all(text, None)["钱立方"]
    assert trip.span == DateSpan.day(dt.date(2011, 3, 13))


# --- the dateline's year: the page's date known ----------------------------------------------------------


def test_a_dateline_month_after_the_page_date_is_the_year_before() -> None:
    # a page dated in January filing "7月6日电" reports a July before it: a report is not filed half a
    # year after its page's date
    text = "页面\n2019-01-20 10:02:46\n新华网福州7月6日电 省委书记钱立方将于7月8日率团访问台湾。"
    trip = _all(text, None)["钱立方"]
    assert isinstance(trip.span, DateSpan)
    assert trip.span.start == dt.date(2018, 7, 8)


# --- rule zh-outlet-city ----------------------------------------------------------------------------------


def test_our_city_is_the_city_the_outlet_is_named_for() -> None:
    text = "来源：安阳日报\n本报讯 6月3日,莱阳市委书记孙明远率党政代表团到我市考察。"
    assert _trips(text) == {"孙明远": ["Anyang"]}


def test_our_city_by_the_newspaper_line_in_traditional_script() -> None:
    text = "【報紙名稱】:安陽日報\n本報訊 6月3日,萊陽市委書記孫明遠率黨政代表團來我市考察。"
    assert _trips(text) == {"孫明遠": ["Anyang"]}


def test_our_city_by_a_city_government_site() -> None:
    text = "当前位置：黄石市人民政府网 > 新闻\n6月3日,莱阳市委书记孙明远率党政代表团到我市考察。"
    assert _trips(text) == {"孙明远": ["Huangshi"]}


def test_a_national_outlet_gives_no_city() -> None:
    text = "来源：光明日报\n本报讯 6月3日,莱阳市委书记孙明远率党政代表团到我市考察。"
    assert _trips(text) == {"孙明远": []}


def test_two_outlets_of_two_cities_give_none() -> None:
    text = "来源：安阳日报\n编辑：黄石日报\n本报讯 6月3日,莱阳市委书记孙明远率党政代表团到我市考察。"
    assert _trips(text) == {"孙明远": []}


def test_a_mayor_named_with_no_city_receives_in_the_outlets_city() -> None:
    text = "2024年06月04日07:20  安阳日报\n本报讯 昨天上午,市长周文海会见了由莱阳市委书记钱立方率领的党政代表团一行。"
    assert _trips(text) == {"钱立方": ["Anyang"]}


def test_a_mayor_with_no_outlet_city_gives_no_stop() -> None:
    text = "本报讯 6月3日上午,市长周文海会见了由莱阳市委书记钱立方率领的党政代表团一行。"
    assert _trips(text) == {"钱立方": []}


# --- rule zh-report-continues -------------------------------------------------------------------------


def test_a_reported_plan_naming_no_one_continues_the_last_named() -> None:
    text = "候任行政院长陈立方已经启动防汛准备工作。据报导指出,6日将赴宜昌市进行防汛视察。"
    trip = _all(text)["陈立方"]
    assert trip.status is TripStatus.PLANNED
    assert [_names(s.place) for s in trip.stops] == ["Yichang"]


def test_a_reported_programme_then_the_trip_in_traditional_script() -> None:
    text = "省委書記孫明遠部署防汛工作。據了解,6日馬上展開第一個行程,將赴宜昌市檢查防汛。"
    assert _trips(text) == {"孫明遠": ["Yichang"]}


def test_a_sentence_with_its_own_subject_is_not_continued() -> None:
    text = "省委书记孙明远部署防汛工作。考察团6日将赴宜昌市检查防汛。"
    assert _trips(text) == {}


def test_a_clause_of_other_words_before_the_trip_is_not_continued() -> None:
    text = "省委书记孙明远部署防汛工作。据了解,防汛物资6日将运往宜昌市。"
    assert _trips(text) == {}


# --- rule zh-tw-two-cities ------------------------------------------------------------------------------


def test_two_of_taiwans_cities_run_together_are_two_stops() -> None:
    text = "行政院长陈立方6日将赴台南高雄进行视察。"
    assert _trips(text) == {"陈立方": ["Tainan", "Kaohsiung"]}


def test_a_district_after_its_city_stays_the_stop() -> None:
    text = "行政院長陳立方6日將赴高雄市左營區視察。"
    assert _trips(text) == {"陳立方": ["左營區"]}


# --- rule zh-hometown-hall ------------------------------------------------------------------------------


def test_a_hometown_hall_is_no_stop() -> None:
    text = "6月3日,驻温哥华总领事孙明远先后拜访了潮州会馆、恩平公所和海南同乡会。"
    assert _trips(text) == {"孙明远": ["Vancouver"]}


def test_the_place_itself_is_still_a_stop() -> None:
    text = "6月3日,省委书记孙明远先后到潮州、恩平调研。"
    assert _trips(text) == {"孙明远": ["Chaozhou", "Encheng"]}  # Enping by its seat
