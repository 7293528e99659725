"""Session zh19: readings found by probing made-up Chinese copy (simplified and traditional).

Every sentence is written for the test in the shape of news copy (Xinhua, People's Daily, provincial
papers, government sites, Hong Kong, Macao and Taiwan outlets); none is copied from the corpus.  The
first tests pin the rules added in the session; ``PROBES`` keeps the wider set of shapes tried, with
the traveller and stops a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.model import Resolved, Unresolved
from timeline.zh import extract_chinese_text

PUB = dt.date(2024, 6, 5)


def _names(ref: Resolved | Unresolved) -> str:
    return ref.place.name if isinstance(ref, Resolved) else ref.text


def _trips(text: str) -> dict[str, list[str]]:
    return {t.person.name: [_names(s.place) for s in t.stops] for t in extract_chinese_text(text, published=PUB).trips}


# --- rule zh-away-from-seat --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "stop"),
    [
        ("新华社大连6月4日电 国务院总理王五4日在大连会见世界经济论坛主席甲乙丙。", "王五", "Dalian"),
        ("新华社三亚6月4日电 全国人大常委会委员长王五4日在三亚主持召开座谈会。", "王五", "Sanya"),
        ("新华社西安6月4日电 国家主席王五4日在西安主持首届中国－中亚峰会并发表主旨讲话。", "王五", "Xi’an"),
        ("新华社昆明6月4日电 中共中央政治局常委、全国政协主席王五4日在昆明会见缅甸客人。", "王五", "Kunming"),
        ("中央社台北4日電 中國國家主席王五今天在廈門會見台商代表。", "王五", "Xiamen"),
        ("香港文汇报讯 国家主席王五4日在深圳出席庆祝大会并发表重要讲话。", "王五", "Shenzhen"),
        # filed from the city, no place in the sentence
        ("新华社天津6月4日电 国务院总理王五4日上午出席夏季达沃斯论坛开幕式并致辞。", "王五", "Tianjin"),
        ("新華社天津6月4日電 國務院總理王五4日上午出席夏季達沃斯論壇開幕式並致辭。", "王五", "Tianjin"),
    ],
)
def test_a_central_leader_meeting_or_attending_away_from_beijing_went_there(text, name, stop):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == name
    assert [_names(s.place) for s in trip.stops] == [stop]
    assert str(trip.span.start) == "2024-06-04"


@pytest.mark.parametrize(
    "text",
    [
        "新华社杭州6月4日电 国家主席王五4日在杭州会见巴西总统甲乙丙。",
        "新华社广州6月4日电 国家主席王五4日在广州同法国总统甲乙丙举行非正式会晤。",
        "新華社杭州6月4日電 國家主席王五4日在杭州會見巴西總統甲乙丙。",
    ],
)
def test_the_host_away_from_beijing_and_the_guest_met_both_travel(text):
    trips = _trips(text)
    assert set(trips) == {"王五", "甲乙丙"}
    assert trips["王五"] == trips["甲乙丙"]


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京6月4日电 国务院总理王五4日在北京出席国务院常务会议。",
        "新华社上海6月4日电 国务院总理王五4日在北京出席国务院常务会议。",
        "新华社杭州6月4日电 国家主席王五4日以视频方式在北京会见出席论坛的代表。",
        "新华社天津6月4日电 国务院总理王五4日以视频方式出席夏季达沃斯论坛开幕式。",
        "新华社杭州6月4日电 王五在浙江工作期间，曾多次到宁波调研。",
        "新华社上海6月4日电 国家主席王五4日致信祝贺第七届进博会开幕。",
        "新华社杭州6月4日电 浙江省委书记王五4日在杭州会见日本客人。",
        "新华社天津6月4日电 天津市委书记王五4日出席夏季达沃斯论坛开幕式。",
    ],
)
def test_no_journey_at_home_by_video_or_of_a_local_leader(text):
    assert "王五" not in _trips(text)


# --- rule zh-besides ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京6月4日电 应国务院总理王五邀请，新西兰总理甲乙丙将于6月10日至13日对中国进行正式访问，除北京外，还将访问上海。",
        "新华社北京6月4日电 应国家主席王五邀请，巴西总统甲乙丙将于6月10日至14日对我国进行国事访问，除北京外，还将前往上海。",
        "新華社北京6月4日電 應國家主席王五邀請，巴西總統甲乙丙將於6月10日至14日對我國進行國事訪問，除北京以外，還將前往上海。",
    ],
)
def test_the_city_set_beside_the_places_gone_to_is_gone_to(text):
    assert _trips(text)["甲乙丙"] == ["Beijing", "Shanghai"]


def test_a_visit_to_woguo_is_at_the_datelines_city():
    text = "新华社北京6月4日电 应国家主席王五邀请，越南国家主席甲乙丙于6月3日至6日对我国进行国事访问。"
    assert _trips(text)["甲乙丙"] == ["Beijing"]


# --- rule zh-home-day --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京6月4日电 6月1日至3日，国务院总理王五在广东深圳、广州调研，3日晚返京。",
        "新华社北京6月4日电 6月1日至3日，国务院总理王五在广东深圳、广州调研，3日晚回京。",
        "新華社北京6月4日電 6月1日至3日，國務院總理王五在廣東深圳、廣州調研，3日晚返京。",
    ],
)
def test_the_day_of_going_home_dates_no_place_of_the_list(text):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [(_names(s.place), s.start) for s in trip.stops] == [("Shenzhen", None), ("Guangzhou", None)]
    assert (str(trip.span.start), str(trip.span.end)) == ("2024-06-01", "2024-06-03")


# --- rule zh-transit over a run of places ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        ("新华社北京6月4日电 国务院总理王五6月3日途经新疆乌鲁木齐，前往哈萨克斯坦出席会议。", []),
        ("新華社北京6月4日電 國務院總理王五6月3日途經新疆烏魯木齊，前往哈薩克斯坦出席會議。", []),
        ("新华社北京6月4日电 国务院副总理王五6月1日至3日在湖北调研，途经武汉、宜昌，来到恩施州。", ["Enshi"]),
    ],
)
def test_places_passed_through_before_a_word_of_going_are_no_stops(text, stops):
    assert _trips(text)["王五"] == stops


# --- names and trip words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("新华社北京6月4日电 应国家主席王五邀请，土库曼斯坦总统甲乙丙丁戊己庚将于6月6日至9日对中国进行国事访问。", "甲乙丙丁戊己庚"),
        ("新华社北京6月4日电 俄罗斯国家杜马主席甲乙丙4日抵达北京，开始对中国进行正式友好访问。", "甲乙丙"),
        ("新华社北京6月4日电 赵乐际4日同来华进行正式友好访问的俄罗斯联邦委员会主席马特维甲乙举行会谈。", "马特维甲乙"),
    ],
)
def test_long_foreign_names_and_chairs_of_foreign_houses(text, name):
    assert name in _trips(text)


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("自由時報 總統王五今天上午輕車簡從到台南市關廟區探視受災民眾。", "關廟區"),
        ("中央社台北4日電 總統王五今天專程到嘉義縣朴子市參拜。", "朴子市"),
        ("新华社北京6月4日电 6月3日，国务院总理王五亲自到河北保定督导防汛工作。", "Baoding"),
    ],
)
def test_a_word_of_manner_before_dao_is_a_journey(text, stop):
    assert _trips(text)["王五"] == [stop]


def test_dao_after_an_ordinary_word_is_no_journey():
    assert not _trips("新华社北京6月4日电 国务院总理王五4日主持会议，要求各地到位。")


# --- wider shapes tried in the session ---------------------------------------------------------------

PROBES = [
    ("新华社北京6月4日电 应国家主席习近平邀请，哈萨克斯坦共和国总统托卡耶夫于6月3日至5日对我国进行国事访问。", "托卡耶夫", ["Beijing"]),
    ("新华社北京6月4日电 国家主席习近平4日在人民大会堂同来华进行国事访问的塞内加尔总统法耶举行会谈。", "法耶", ["Beijing"]),
    ("新華社北京6月4日電 應國家主席習近平邀請，越南國家主席蘇林於6月3日至5日對中國進行國事訪問。", "蘇林", ["Beijing"]),
    ("人民日报北京6月5日电 6月4日上午，国家主席习近平在人民大会堂东门外广场举行欢迎仪式，欢迎埃及总统塞西对我国进行国事访问。", "塞西", ["Beijing"]),
    ("新华社北京6月4日电 国家主席习近平4日在北京会见来华进行正式访问的新西兰总理拉克森。", "拉克森", ["Beijing"]),
    ("新华社北京6月4日电 应中共中央总书记、国家主席习近平邀请，越共中央总书记阮富仲于6月3日至5日对我国进行正式访问。", "阮富仲", ["Beijing"]),
    ("新华社北京6月4日电 全国政协主席王沪宁4日在人民大会堂会见来华访问的柬埔寨参议院主席洪森。", "洪森", ["Beijing"]),
    ("中央社台北4日電 行政院長卓榮泰今天冒雨前往花蓮縣光復鄉視察災後復原情形。", "卓榮泰", ["光復鄉"]),
    ("聯合報 台中市長盧秀燕昨天率團赴日本東京訪問，為期五天。", "盧秀燕", ["Tokyo"]),
    ("香港01 行政長官李家超今日（4日）啟程前往廣州，出席粵港合作聯席會議。", "李家超", ["Guangzhou"]),
    ("澳門日報 行政長官岑浩輝昨日率團抵達北京，展開為期三天的訪問。", "岑浩輝", ["Beijing"]),
    ("新华社长沙6月4日电 湖南省委书记沈晓明4日专程来到湘西州花垣县十八洞村调研。", "沈晓明", ["Huayuan", "十八洞村"]),
    ("大众日报讯 6月3日至4日，省委书记林武深入潍坊、淄博两市调研。", "林武", ["Weifang", "Zibo"]),
    ("新华社拉萨6月4日电 西藏自治区党委书记王君正4日深入那曲市色尼区调研。", "王君正", ["Nagqu"]),
    ("广西日报讯 6月3日，自治区主席蓝天立在百色市调研。", "蓝天立", ["Baise"]),
    ("中国政府网 6月3日至4日，国务院副总理张国清在辽宁大连、鞍山调研。", "张国清", ["Dalian", "Anshan"]),
    ("新华社银川6月4日电 宁夏回族自治区党委书记李邑飞4日到吴忠市调研。", "李邑飞", ["Wuzhong"]),
    ("新华社北京6月4日电 国务院副总理何立峰6月2日至4日先后赴江苏南京、无锡、常州调研。", "何立峰", ["Nanjing", "Wuxi", "Changzhou"]),
    ("新華社北京6月4日電 國務院副總理何立峰6月2日至4日先後赴江蘇南京、無錫、常州調研。", "何立峰", ["Nanjing", "Wuxi", "Changzhou"]),
    ("新华社南宁6月4日电 国务院总理李强4日在南宁出席中国－东盟博览会开幕式，会见越南总理甲乙丙。", "李强", ["Nanning"]),
    ("新华社杭州6月4日电 国务院总理李强4日在杭州出席会议，随后前往宁波调研。", "李强", ["Hangzhou", "Ningbo"]),
    ("新华社上海6月4日电 正在我国进行国事访问的法国总统马克龙4日抵达上海。", "马克龙", ["Shanghai"]),
    # 在京: the guest came, the host did not go
    ("人民日报北京6月4日电 全国人大常委会委员长赵乐际4日在京会见匈牙利国会主席甲乙丙。", "甲乙丙", ["Beijing"]),
]

NO_TRIP = [
    "新华社北京6月4日电 国务院总理李强4日在京出席全国科技大会。",
    "新华社杭州6月4日电 第十届世界互联网大会4日在杭州开幕，国家主席习近平发来贺信。",
    "新华社杭州6月4日电 二十年前，习近平在杭州主持召开座谈会，提出“八八战略”。",
    "新华社北京6月4日电 国家主席习近平4日在人民大会堂出席欢迎仪式。",
]


@pytest.mark.parametrize(("text", "name", "stops"), PROBES)
def test_probe_shapes(text, name, stops):
    trips = _trips(text)
    assert trips[name] == stops
    assert len(trips) == 1


@pytest.mark.parametrize("text", NO_TRIP)
def test_probe_shapes_with_no_journey(text):
    assert not extract_chinese_text(text, published=PUB).trips


# --- rule zh-met-chief-executive ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京6月4日电 国家主席王五4日在京会见香港特别行政区行政长官林晓东。",
        "新華社北京12月4日電 國家主席王五4日在北京會見來京述職的澳門特別行政區行政長官林曉東。",
        "新华社北京6月4日电 国务院总理王五4日在中南海紫光阁会见香港特区行政长官林晓东。",
    ],
)
def test_a_chief_executive_met_in_beijing_came_there(text):
    ((name, stops),) = _trips(text).items()
    assert name in ("林晓东", "林曉東")
    assert stops == ["Beijing"]


def test_a_chief_executive_meeting_at_home_makes_no_journey():
    assert not _trips("香港01 行政長官林曉東今日在禮賓府會見國務院港澳辦主任王五。")
