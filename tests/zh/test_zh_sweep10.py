"""Session nd-zh2: readings for the forms the new Chinese development reports (1246-1264) showed.

Every sentence here is made up (invented people and days, real places so that stops resolve), in the
shape of news copy, simplified and traditional.
"""

from __future__ import annotations

import datetime as dt

from tests.zh.reading import stops_by_person as _stops10
from tests.zh.reading import trips_by_person as _all10
from timeline.model import DateSpan, Unknown
from timeline.zh.article import read_article

_PUB10 = dt.date(2024, 6, 5)

# --- rule zh-ji-town -----------------------------------------------------------------------------------


def test_a_town_named_for_its_market_holds_its_village() -> None:
    text = "6月3日,省委书记钱立方来到凤台县申集镇后李村,看望受灾群众。"
    assert _stops10(text)["钱立方"][-1] == "后李村"


def test_a_market_town_as_a_kind_is_no_town() -> None:
    text = "6月3日,省委书记钱立方来到凤台县中心集镇建设工地,看望施工人员。"
    assert "中心集镇" not in _stops10(text)["钱立方"]


# --- rule zh-name-end-verb ----------------------------------------------------------------------------


def test_a_foreign_name_ends_before_a_verb_of_the_journeys_course() -> None:
    for verb in ("结束", "开启", "展开", "开始"):
        text = f"智利总统博拉诺{verb}对中国的国事访问。"
        assert list(_all10(text)) == ["博拉诺"], verb


def test_a_foreign_name_ends_before_a_time_zone() -> None:
    text = "德国总理莫林茨北京时间6月4日抵达北京,开始对中国的访问。"
    trips = _all10(text)
    assert list(trips) == ["莫林茨"]
    assert trips["莫林茨"].span == DateSpan.day(dt.date(2024, 6, 4))


# --- rules zh-set-out-airport, zh-only-stop-arrival ------------------------------------------------------------


def test_the_airport_flown_from_is_no_stop_and_the_city_is_from_the_arrival() -> None:
    text = "德国总理莫林茨于6月3日傍晚从汉堡国际机场乘专机前往中国,4日抵达北京,开始为期一天的访问。"
    (trip,) = _all10(text).values()
    assert [s.place.place.name for s in trip.stops] == ["Beijing"]  # type: ignore[union-attr]
    assert trip.span == DateSpan(dt.date(2024, 6, 3), dt.date(2024, 6, 4))
    assert trip.stops[0].span == DateSpan.day(dt.date(2024, 6, 4))


# --- rule zh-english-date-header ------------------------------------------------------------------------


def test_an_english_date_after_a_feed_readers_lines_is_the_report_day() -> None:
    text = (
        "Normal view\nThere are new articles available, click to refresh the page.\n"
        "Yesterday — 4 June 2024Main stream\n某国总理预计本月下旬访问新加坡\n4 June 2024 at 13:26\n"
        "某国总理王明远预计将在本月下旬访问新加坡。\n"
    )
    assert read_article(text).published == dt.date(2024, 6, 4)


# --- rule zh-name-place-everywhere -----------------------------------------------------------------------


def test_a_travellers_name_holds_no_place_where_the_reader_found_no_mention() -> None:
    text = "6月1日至3日,省委书记王长春先后到赤峰、通辽调研。得知收入不断增加,王长春十分高兴。"
    assert _stops10(text) == {"王长春": ["Chifeng", "Tongliao"]}


# --- rule zh-gacha -------------------------------------------------------------------------------------------


def test_a_herders_village_after_its_league() -> None:
    text = "6月2日,省委书记钱立方来到锡林郭勒盟阿拉腾宝力格嘎查牧民家中。"
    assert _stops10(text)["钱立方"][-1] == "阿拉腾宝力格嘎查"


# --- rule zh-own-news-tag -----------------------------------------------------------------------------------


def test_our_papers_tag_is_no_dateline() -> None:
    for tag in ("本报讯", "本報訊", "【本報訊】"):
        art = read_article(f"{tag}6月3日,省长孙明远到嘉鱼县调研。", published=_PUB10)
        assert isinstance(art.dateline, Unknown), tag


# --- rule zh-announced (a briefing) ------------------------------------------------------------------------


def test_the_day_of_a_briefing_is_not_the_trips() -> None:
    text = "在今天上午举行的发布会上,发言人钱立方介绍,江西省省长孙明远定于6月18日至25日率团访问台湾。"
    trip = _all10(text)["孙明远"]
    assert trip.span == DateSpan(dt.date(2024, 6, 18), dt.date(2024, 6, 25))


# --- rules from the fresh pages: zh-airport-departure, zh-country-short-day, a roundup byline ---------------


def test_the_airport_flown_from_for_the_trip_is_no_stop() -> None:
    text = "6月3日,台南市长孙明远率团前往桃园机场搭机,启程访问日本东京。"
    assert "Taoyuan" not in _stops10(text)["孙明远"]


def test_a_day_before_ri_xiang_is_no_japanese_premier() -> None:
    text = "台南市长孙明远与高雄市长钱立方10日相偕出访日本。"
    assert "偕出" not in _all10(text)


def test_a_roundup_byline_in_traditional_script_names_no_place() -> None:
    art = read_article("【記者王南京/綜合報導】台中市長孫明遠24日率團前往日本。", published=_PUB10)
    assert not getattr(art.dateline, "place", "")
