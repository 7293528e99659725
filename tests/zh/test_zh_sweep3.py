"""Session zh3: readings from a third sweep of fresh real Chinese pages (kept outside the repository).

The failure forms were tallied on real pages; every sentence here is made up for the test (invented
people and days, real places so that stops resolve) in the shape of news copy, simplified and traditional.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import DateSpan
from timeline.zh import extract_chinese_text
from timeline.zh.dates import find_dates
from timeline.zh.people import find_people
from timeline.zh.script import to_simplified

PUB = dt.date(2024, 6, 5)


def _people(text: str) -> list[str]:
    return [m.name for m in find_people(to_simplified(text))]


def _spans(text: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {t.person.name: (t.start, t.end) for t in extract_chinese_text(text, published=PUB).trips}


# --- rule zh-military-offices --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "新华社北京5月15日电 中央军委委员、总参谋长韩立川率解放军代表团于15日离京赴法国进行正式访问。",
            "韩立川",
        ),
        ("國防部官員12日表示,總參謀長韓立川將於5月15日至22日對德國進行正式訪問。", "韓立川"),
        ("3日,南部战区司令员邵永年赴海南三亚调研部队建设。", "邵永年"),
    ],
)
def test_a_military_office_before_a_name_makes_the_traveller(text: str, who: str) -> None:
    assert who in _spans(text)


def test_a_general_s_trip_takes_its_announced_days() -> None:
    text = "国防部官员12日表示,总参谋长韩立川将于5月15日至22日对德国进行正式访问。"
    assert _spans(text)["韩立川"] == (dt.date(2024, 5, 15), dt.date(2024, 5, 22))


def test_a_gap_of_years_after_an_office_is_no_name() -> None:
    # rule zh-surname-word: "总参谋长时隔7年后再次访美": 时隔 opens the sentence going on
    text = "新闻观察:解放军总参谋长时隔9年后再次访问德国。"
    assert "时隔" not in _people(text)


# --- rule zh-name-boundary ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("美国总统约翰逊乘“空军一号”专机抵达上海,开始对中国进行国事访问。", "约翰逊"),
        ("美國總統羅伯遜乘“空軍一號”專機抵達北京。", "罗伯逊"),
        ("法国总统杜邦星期三抵达北京,开始对中国进行国事访问。", "杜邦"),
        ("德国总理施密特周二抵达广州访问。", "施密特"),
        ("法国总理杜兰周二抵达广州访问。", "杜兰"),
        ("美国总统杜兰乘“空军一号”专机抵达上海。", "杜兰"),
        ("省长王明乘“复兴号”列车抵达宜昌调研。", "王明"),
    ],
)
def test_a_foreign_name_ends_before_a_verb_of_travel_or_a_weekday(text: str, name: str) -> None:
    names = _people(text)
    assert names[:1] == [name]


def test_an_office_then_since_is_no_name() -> None:
    text = "这是田中一郎今年10月就任日本外长以来,首次访问中国。日本外长田中一郎将于12月25日访华。"
    names = _people(text)
    assert "以来" not in names
    assert "田中一郎" in names


def test_a_host_s_name_ends_before_invitation() -> None:
    text = "应外交部长周明远邀请,意大利外长罗西将于3月2日至4日对中国进行正式访问。"
    assert "周明远" in _people(text)
    assert "周明远邀" not in _people(text)


# --- rule zh-foreign-minister (a ministry of a longer name; the United Kingdom by its full name) --------


@pytest.mark.parametrize(
    ("text", "who", "first"),
    [
        (
            "外交部发言人今天宣布,英国外交和联邦事务大臣约翰·史密斯将于6月24日至29日对中国进行正式访问。",
            "约翰·史密斯",
            24,
        ),
        (
            "外交部發言人今天表示,應外交部長楊明遠邀請,大不列顛及北愛爾蘭聯合王國外交和聯邦事務大臣彼得·格林將于本月二十日至二十一日對中國進行正式訪問。",
            "彼得·格林",
            20,
        ),
    ],
)
def test_a_minister_of_a_long_named_ministry_is_the_traveller(text: str, who: str, first: int) -> None:
    spans = {to_simplified(k): v for k, v in _spans(text).items()}
    assert spans[who][0] == dt.date(2024, 6, first)


# --- rules zh-length-programme, zh-length-run, zh-length-stay (调研/视察) -------------------------------


@pytest.mark.parametrize(
    ("text", "who", "span"),
    [
        # a count of days that opens a programme is a length, not the 7th of the month
        ("中央港澳办主任卢志刚3日下午抵达澳门,展开7日调研行程。", "卢志刚", (3, 9)),
        ("中央港澳辦主任盧志剛3日下午抵達澳門,展開七日的調研行程。", "盧志剛", (3, 9)),
        # a run of days from the day last named
        ("省长万家明3日起一连七日在湖北调研,先后来到宜昌、荆州。", "万家明", (3, 9)),
        ("省长万家明3日起连续三日在湖北宜昌调研。", "万家明", (3, 5)),
        # from the first day of a range already named, not from its last
        ("3日至9日,省长万家明在湖北调研,一连7日走访宜昌、荆州。", "万家明", (3, 9)),
    ],
)
def test_a_count_of_days_is_a_length(text: str, who: str, span: tuple[int, int]) -> None:
    start, end = _spans(text)[who]
    assert (start, end) == (dt.date(2024, 6, span[0]), dt.date(2024, 6, span[1]))


def test_a_day_count_after_a_verb_of_research_is_no_day_of_the_month() -> None:
    # "抵澳调研7日": seven days of research, not the 7th
    days = [
        d.span
        for d in find_dates("卢志刚抵澳调研7日", anchor=PUB)
        if isinstance(d.span, DateSpan) and d.span.start == dt.date(2024, 6, 7)
    ]
    assert days == []


@pytest.mark.parametrize(
    "text",
    [
        "省长万家明7日开始调研,先后来到宜昌、荆州。",  # a day, then 开始: the day it began
        "省长万家明7日赴宜昌调研。",
    ],
)
def test_a_day_before_the_verb_stays_a_day(text: str) -> None:
    assert _spans(text)["万家明"][0] == dt.date(2024, 6, 7)
