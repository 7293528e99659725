"""Session sweep-zh: readings from a sweep of fresh real Chinese pages (kept outside the repository).

The failure forms were tallied on real pages; every sentence here is made up for the test (invented
people, places and days) in the shape of news copy, simplified and traditional.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.zh.reading import PUB
from tests.zh.reading import stops_by_person as _trips
from timeline.zh import extract_chinese_text


def _titles(text: str) -> dict[str, str]:
    return {
        t.person.name: t.person.title.name if t.person.title else ""
        for t in extract_chinese_text(text, published=PUB).trips
    }


# --- rule zh-greeter ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新华社奥斯陆6月4日电 国家主席王五4日抵达奥斯陆，开始对挪威进行国事访问。挪威国王甲乙夫妇、首相贝林夫妇"
        "来到舷梯前，同王五和夫人热情握手，热烈欢迎王五对挪威进行国事访问。",
        "新華社利馬6月4日電 國家主席王五4日抵達利馬，開始對秘魯進行國事訪問。秘魯總統卡洛斯夫婦來到舷梯旁，"
        "同王五親切握手。",
        "新华社罗马6月4日电 国务院总理王五4日抵达罗马，开始对意大利进行正式访问。意大利总理马里奥来到机场贵宾厅外迎接，"
        "欢迎王五到访。",
    ],
)
def test_the_host_who_steps_out_to_greet_a_guest_makes_no_journey(text: str) -> None:
    trips = _trips(text)
    assert list(trips) == ["王五"]


def test_a_host_coming_out_to_meet_a_guest_in_beijing_is_no_traveller() -> None:
    text = "中评社北京6月4日电 国家主席王五来到了人民大会堂外迎接芬兰总统维卡宁车队抵达，并同维卡宁一起检阅了三军仪仗队。"
    assert "王五" not in _trips(text)


def test_a_leader_coming_to_a_district_and_shaking_hands_is_still_on_a_journey() -> None:
    text = "新华社长沙6月4日电 国务院总理王五4日来到长沙市岳麓区，同当地群众握手交谈。"
    assert "Changsha" in _trips(text)["王五"]


# --- rule zh-visitor-clause: 对华 ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京6月4日电 国家主席王五4日下午在人民大会堂同首次对华进行国事访问的挪威首相贝林举行会谈。",
        "新華社北京6月4日電 國家主席王五4日在人民大會堂同正在對華進行國事訪問的智利總統卡洛斯舉行會談。",
        "新华社北京6月4日电 国务院总理王五4日在钓鱼台国宾馆会见访华的新西兰总理希普金。",
    ],
)
def test_the_host_of_a_guest_visiting_china_makes_no_journey(text: str) -> None:
    assert "王五" not in _trips(text)


# --- rule zh-day-before-title ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("中央社台北4日電 2024年6月4日行政院長林志成前往台中港視察碼頭工程，聽取港務公司簡報。", "林志成", "行政院長"),
        ("中央社台北9日電 行政院長林志成今(9)日下午前往宜蘭縣視察颱風災情。", "林志成", "行政院長"),
    ],
)
def test_the_day_of_a_date_is_no_part_of_the_office_after_it(text: str, name: str, title: str) -> None:
    titles = _titles(text)
    assert titles.get(name) == title


def test_japan_opening_an_office_is_kept() -> None:
    titles = _titles("新华社北京6月4日电 日本首相山田一郎4日抵达北京访问。")
    assert titles.get("山田一郎", "").endswith("首相")


# --- rule zh-sent -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "not_who"),
    [
        ("行政院长林志成今(28)日上午指示行政院秘书长王明达了解灾情，并请政务委员陈建宏率队前往南部视察。", "陈建宏", "林志成"),
        ("新华社北京6月4日电 国务院总理陈立华4日派国务委员王明达赶赴四川灾区指导救灾。", "王明达", "陈立华"),
        ("中央社台北4日電 行政院長林志成今天責成政務委員陳建宏率隊前往花蓮縣視察災情。", "陳建宏", "林志成"),
    ],
)
def test_the_one_sent_to_go_is_the_traveller(text: str, who: str, not_who: str) -> None:
    titles = _titles(text)
    assert who in titles
    assert not_who not in titles
    assert not titles[who].startswith(("请", "派", "并", "責", "责"))


def test_one_who_asks_locals_to_speak_is_still_the_traveller() -> None:
    text = "新华社成都6月4日电 国务院总理陈立华4日在成都考察，请当地干部介绍情况。"
    assert "陈立华" in _trips(text)


# --- rules zh-lodge and zh-village-name -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "华通社澳门4日电 国务院港澳办主任王五4日抵达澳门，开展考察调研。王五一行在澳门期间下榻新竹苑。",
        "【Now新聞台】國家主席王五下午抵達澳門。王五的車隊隨後離開機場，轉到下榻的新竹苑。",
    ],
)
def test_a_residence_named_after_a_place_is_not_in_it(text: str) -> None:
    stops = _trips(text)["王五"]
    assert "Macau" in stops
    assert "Hsinchu" not in stops


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("湖北日报讯 6月4日，省长王五来到嘉鱼县，走访农家。在马鞍山村四组低保户家里，王五详细询问年货准备情况。", "Ma’anshan"),
        ("浙江日报讯 6月4日，省长王五来到安吉县，在湖州村看望困难群众。", "Huzhou"),
    ],
)
def test_a_village_named_like_a_city_is_not_the_city(text: str, absent: str) -> None:
    stops = _trips(text)["王五"]
    assert absent not in stops


def test_the_host_who_welcomes_a_guests_visit_makes_no_journey() -> None:
    text = (
        "新华社北京6月4日电 国务院总理王五4日下午在人民大会堂与蒙古国总理巴特尔举行会谈。"
        "王五欢迎巴特尔对中国进行正式访问。"
    )
    assert "王五" not in _trips(text)


# --- rule zh-event-place ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "went", "absent"),
    [
        ("新华社成都6月4日电 6月3日至4日，国家主席王五在四川绵阳、德阳考察。四川雅安1日发生6.1级地震，王五考察时"
         "要求做好恢复重建。", "Mianyang", "Ya'an"),
        ("新华社大连6月4日电 国务院副总理王五3日至4日来到辽宁大连、营口考察，途中专程察看了支援青海玉树地震灾区物资"
         "抢运情况。", "Dalian", "Yushu"),
    ],
)
def test_where_something_befell_or_is_aided_is_no_stop(text: str, went: str, absent: str) -> None:
    stops = _trips(text)["王五"]
    assert went in stops
    assert absent not in stops


def test_a_disaster_area_gone_to_is_a_stop() -> None:
    text = "新华社西宁6月4日电 国务院总理王五4日赶赴青海玉树地震灾区，看望受灾群众。"
    assert "Yushu" in _trips(text)["王五"]


# --- rule zh-each-to ----------------------------------------------------------------------------------


def test_a_list_of_people_each_gone_to_a_place_of_their_own() -> None:
    text = (
        "江南日报讯 春节前夕，省领导分赴各地看望慰问困难群众。省委常委、秘书长王五赴温州，"
        "副省长赵六赴台州，副省长孙七赴丽水、衢州，开展了慰问活动。"
    )
    trips = _trips(text)
    assert trips["王五"] == ["Wenzhou"]
    assert trips["赵六"] == ["Taizhou"]
    assert set(trips["孙七"]) == {"Lishui", "Quzhou"}


def test_one_travellers_clauses_of_going_are_not_split() -> None:
    text = "新华社杭州6月4日电 国务院副总理王五4日赴温州考察，在温州瓯海区调研，随后前往台州。"
    trips = _trips(text)
    assert set(trips["王五"]) >= {"Wenzhou", "Taizhou"}


# --- rule zh-since-year -------------------------------------------------------------------------------


def test_a_year_counted_from_is_not_the_reports_year() -> None:
    text = (
        "外长王五访东南亚抵达万象\n"
        "中国外长王五7月2日抵达万象，展开访问东南亚多国的旅程。这是自该国2019年修宪以来，中国外长首次到访。"
    )
    trips = extract_chinese_text(text).trips
    assert trips
    assert all(t.start is None or t.start.year != 2019 for t in trips)


def test_a_year_named_alone_still_dates_the_months() -> None:
    text = "外长王五访东南亚\n中国外长王五7月2日抵达万象，展开访问东南亚多国的旅程。2019年东盟外长会在万象举行。"
    trips = extract_chinese_text(text).trips
    assert trips
    assert trips[0].start == dt.date(2019, 7, 2)
