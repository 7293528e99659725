"""Session sweep-zh2: readings from a second sweep of fresh real Chinese pages (kept outside the repository).

The failure forms were tallied on real pages; every sentence here is made up for the test (invented
people and days, real places so that stops resolve) in the shape of news copy, simplified and traditional.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.zh.reading import PUB
from tests.zh.reading import stops_by_person as _trips
from timeline.model import TripStatus
from timeline.zh import extract_chinese_text


def _status(text: str) -> dict[str, TripStatus]:
    return {t.person.name: t.status for t in extract_chinese_text(text, published=PUB).trips}


# --- rule zh-led-group --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "stops"),
    [
        (
            "4月3日至8日,全国政协副主席王大明率专题调研组在湖南调研。调研组先后赴岳阳、常德等市,实地查看农田建设。",
            "王大明",
            ["Yueyang", "Changde"],
        ),
        (
            "3日,副省长孙小川率考察团赴浙江考察。考察团先后来到湖州、嘉兴,了解产业发展情况。",
            "孙小川",
            ["Huzhou", "Jiaxing"],
        ),
        (
            "5月2日至4日,全國政協副主席林一舟率調研組在江西調研。調研組先後赴九江、上饒,察看河湖治理情況。",
            "林一舟",
            ["Jiujiang", "Shangrao"],
        ),
    ],
)
def test_the_group_a_traveller_leads_goes_where_the_traveller_goes(text: str, who: str, stops: list[str]) -> None:
    assert _trips(text)[who] == stops


def test_a_group_the_traveller_does_not_lead_is_not_the_travellers() -> None:
    text = "4月3日至8日,全国政协副主席王大明在湖南调研。省委第一督导组先后赴岳阳、常德等市督导。"
    assert _trips(text)["王大明"] == []


# --- rule zh-led-guest --------------------------------------------------------------------------------


def test_the_leader_of_a_visiting_group_met_by_the_host_is_the_traveller() -> None:
    text = (
        "昨天下午,省委书记张一山在广州与山西省委书记李二水率领的山西省党政代表团座谈。"
        "山西省党政代表团于3日—5日在广州、东莞、深圳考察。"
    )
    trips = _trips(text)
    assert "张一山" not in trips
    assert trips["李二水"] == ["Guangzhou", "Dongguan", "Shenzhen"]


def test_a_group_led_by_the_subject_himself_is_no_guest() -> None:
    trips = _trips("3日,省委书记张一山率领的代表团在杭州考察。")
    assert trips == {"张一山": ["Hangzhou"]}


# --- rule zh-planned-by-schedule ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "行政长官王大明预定本月底访问新加坡、泰国和越南。",
        "行政長官王大明預定本月底訪問新加坡、泰國。",
        "总统王大明预计8日上午出发,访问巴拉圭。",
    ],
)
def test_a_journey_on_the_schedule_is_planned(text: str) -> None:
    assert _status(text) == {"王大明": TripStatus.PLANNED}


def test_an_estimate_after_the_journey_is_no_plan_of_it() -> None:
    assert _status("部长王大明3日到湖州考察,预计投资100亿元的项目已开工。") == {"王大明": TripStatus.MADE}


# --- rule zh-byline-name ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本网讯 湖北日报记者蔡朝阳报道:25日,省长王大明来到嘉鱼县,走访农家。",
        "本报讯(记者王南京)25日,省长王大明来到嘉鱼县,走访农家。",
        "本報訊(記者 王南京 李四)25日,省長王大明來到嘉魚縣,走訪農家。",
    ],
)
def test_a_reporters_name_holds_no_place(text: str) -> None:
    stops = _trips(text)["王大明"]
    assert "Chaoyang" not in stops
    assert "Nanjing" not in stops
    assert len(stops) == 1


# --- rules zh-town-village-arrived, zh-village-list ---------------------------------------------------


def test_a_town_and_its_village_gone_into_is_the_village() -> None:
    assert _trips("5月18日,副厅长王大明深入慈周寨镇北李庄村看望慰问困难群众。")["王大明"] == ["北李庄村"]


@pytest.mark.parametrize(
    "text",
    [
        "5月28日上午,县长王大明先后来到桃园村、杨家庄村、西坡村,详细查看了河道。",
        "5月28日上午,县长王大明先后来到桃园村、杨家庄村和西坡村,详细查看了河道。",
        "5月28日上午,縣長王大明先後來到桃園村、楊家莊村、西坡村,詳細查看了河道。",
    ],
)
def test_every_village_of_a_list_gone_to_is_a_stop(text: str) -> None:
    assert len(_trips(text)["王大明"]) == 3


def test_a_list_of_villages_ends_at_a_word_that_is_no_village() -> None:
    assert _trips("5月28日,县长王大明来到桃园村、村民家中。")["王大明"] == ["桃园村"]


def test_some_towns_are_no_town() -> None:
    assert _trips("5月28日,县长王大明深入部分乡镇督导。")["王大明"] == []


# --- rule zh-at-desk ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1月22日,省委书记王大明、省长李小川来到省委办公厅总值班室,检查全省春节值班值守情况。",
        "4月3日,北京市委书记王大明一早通过视频系统检查调度疫情防控和服务保障工作。",
        "11日,總統王大明視察中央災害應變中心,聽取颱風整備簡報。",
    ],
)
def test_work_by_video_or_at_the_governments_own_desks_is_no_journey(text: str) -> None:
    assert _trips(text) == {}


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        ("4月3日,国务院副总理王大明来到湖北省政府应急指挥中心,检查防汛工作。", []),
        ("4月3日,省委书记王大明来到宜昌市应急指挥中心,检查防汛工作。", ["Yichang"]),
    ],
)
def test_a_command_centre_that_names_its_place_is_gone_to(text: str, stops: list[str]) -> None:
    assert _trips(text) == {"王大明": stops}


# --- rule zh-receiver ---------------------------------------------------------------------------------


def test_the_hosts_who_receive_a_group_make_no_journey() -> None:
    text = (
        "4月3日,由上海某某联合会副主席刘大海率队的投资考察团一行40余人来我区开展投资考察活动。"
        "期间,区长张小山热情接待了考察团一行,副区长江存富陪同考察。考察团一行还先后到五横乡、罗岭镇进行了实地考察。"
    )
    trips = _trips(text)
    assert "张小山" not in trips
    assert trips["刘大海"] == ["五横乡", "罗岭镇"]


def test_a_host_who_goes_on_after_receiving_guests_makes_a_journey() -> None:
    assert _trips("4月3日,省长张小山在杭州接待了来访的客人,随后赴湖州考察。")["张小山"][-1] == "Huzhou"


# --- rule zh-group-home -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        (
            "5月24日至28日,宁波市委书记王大明率宁波市党政代表团赴贵州省考察。代表团一行来到凯里、都匀。",
            ["Kaili", "Duyun"],
        ),
        ("5月24日至28日,溫州市委書記王大明率溫州市黨政代表團赴貴州省考察。代表團一行來到凱里。", ["Kaili"]),
        ("3日,国务院副总理王大明率中国政府代表团抵达莫斯科。", ["Moscow"]),
    ],
)
def test_the_place_that_names_a_delegation_is_its_home(text: str, stops: list[str]) -> None:
    assert _trips(text)["王大明"] == stops


# --- rule zh-companion-list ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "5月10日,省政协研究室主任王大明一行来舒调研乡村振兴工作。县委常委、副县长李小川,县政协副主席周增云陪同调研。",
        "5月10日,省政協研究室主任王大明一行來舒調研鄉村振興工作。縣委常委、副縣長李小川,縣政協副主席周增云陪同調研。",
    ],
)
def test_every_titled_name_of_a_list_before_pei_tong_goes_along(text: str) -> None:
    assert list(_trips(text)) == ["王大明"]


def test_a_clause_that_tells_a_journey_before_pei_tong_is_the_travellers() -> None:
    trips = _trips("5月8日,省长王大明南下宜昌市,察看灾情,市长周春米陪同。")
    assert list(trips) == ["王大明"]


# --- rule zh-township-namesake ------------------------------------------------------------------------


def test_a_foreign_citys_name_opening_a_township_is_no_foreign_city() -> None:
    assert _trips("5月10日,副省长王大明先后赴柏林乡、千人桥镇开展实地调研。")["王大明"] != ["Berlin"]
    assert _trips("5月10日,国家主席王大明抵达柏林,对德国进行国事访问。")["王大明"] == ["Berlin"]


# --- rule zh-more-offices -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("5月12日,州委常委、副州长王大明在县领导陪同下,来到凯里市看望慰问困难群众。", "王大明"),
        ("5月18日,省政府办公厅秘书二处副处长李小川带领调研组来到都匀市调研。", "李小川"),
        ("5月21日上午,省農業農村廳二級巡視員周一舟一行到聊城市調研。", "周一舟"),
    ],
)
def test_offices_of_prefectures_and_departments_name_a_traveller(text: str, who: str) -> None:
    assert list(_trips(text)) == [who]


# --- rule zh-roc-trailer ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "(中央社記者張三台北28日電)總統王大明將於30日出發,率團前往巴拉圭。(編輯:李四)1131128",
            dt.date(2024, 11, 28),
        ),
        ("(中央社記者張三台北31日電)總統王大明今天下午將前往屏東縣勘災。隨後也將到林邊了解受災情形。1060731", dt.date(2017, 7, 31)),
    ],
)
def test_a_wire_copys_closing_stamp_dates_the_report(text: str, day: dt.date) -> None:
    assert extract_chinese_text(text, published=None).published == day


def test_a_number_that_is_no_stamp_dates_nothing() -> None:
    doc = extract_chinese_text("總統王大明今天下午將前往屏東縣勘災,預算共1131128元", published=None)
    assert not isinstance(doc.published, dt.date)
