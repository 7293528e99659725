"""Session zh18: readings found by probing made-up Chinese copy (simplified and traditional).

Every sentence is written for the test in the shape of news copy (Xinhua, People's Daily, CCTV,
Hong Kong, Macao and Taiwan papers); none is copied from the corpus.  The first tests pin the rules
added in the session; ``PROBES`` keeps the wider set of shapes tried, with the traveller and stops a
careful reader gives them, so that a later rule that breaks a general reading shows here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.model import Resolved, Unresolved
from timeline.zh import extract_chinese_text

PUB = dt.date(2024, 6, 5)


def _names(ref: Resolved | Unresolved) -> str:
    return ref.place.name if isinstance(ref, Resolved) else ref.text


def _trips(text: str) -> list[tuple[str, list[str]]]:
    return [(t.person.name, [_names(s.place) for s in t.stops]) for t in extract_chinese_text(text, published=PUB).trips]


# --- rules of the session ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("新华社北京6月4日电 法国总统甲乙丙今抵北京，开始对中国的国事访问。", "甲乙丙"),
        ("新華社北京6月4日電 法國總統甲乙丙今抵北京，開始對中國的國事訪問。", "甲乙丙"),
        ("新加坡总理丁戊己今晨抵达北京，开始正式访问。", "丁戊己"),
        ("美国国务卿庚辛壬昨抵上海，开始访华行程。", "庚辛壬"),
    ],
)
def test_a_foreign_name_ends_at_jin_or_zuo_before_a_word_of_going(text, name):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == name


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京6月4日电 国家主席王五4日出席欢迎仪式，欢迎巴西总统甲乙丙来华国事访问。随后两国元首举行会谈。",
        "新华社北京6月4日电 6月4日下午，国家主席王五在北京人民大会堂出席欢迎仪式，欢迎法国总统甲乙丙对中国进行国事访问。",
        "新華社北京6月4日電 國家主席王五4日出席歡迎儀式，歡迎巴西總統甲乙丙來華進行國事訪問。",
        "新华社北京6月4日电 国务院总理王五4日出席欢迎仪式，欢迎新西兰总理甲乙丙来华进行正式访问。",
    ],
)
def test_the_guest_welcomed_after_the_host_attends_a_ceremony_is_on_a_visit(text):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == "甲乙丙"
    assert str(trip.span.start) == "2024-06-04"
    assert [_names(s.place) for s in trip.stops] == ["Beijing"]


def test_a_ceremony_attended_with_no_guest_travelling_is_no_trip():
    assert not extract_chinese_text("新华社北京6月4日电 国家主席王五3日出席欢迎仪式，欢迎巴西总统甲乙丙。", published=PUB).trips
    assert not extract_chinese_text("新华社北京6月4日电 国家主席王五3日出席活动，会见各界代表。", published=PUB).trips


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        ("新华社成都6月4日电 6月3日，省委书记王五到甘孜州泸定县调研。", ["Luqiao"]),
        ("新華社成都6月4日電 6月3日，省委書記王五到涼山州昭覺縣調研。", ["Xincheng"]),
        ("新华社长春6月4日电 6月3日，省长王五来到延边州珲春市调研。", ["Hunchun"]),
    ],
)
def test_an_autonomous_prefecture_by_its_short_name_and_zhou(text, stops):
    ((_, read),) = _trips(text)
    assert read == stops


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        ("新华社合肥6月4日电 省委书记王五一行先后察看了怀远县龙亢镇新湖村、荆山镇白莲村的建设情况。", ["Huaiyuan Chengguanzhen", "新湖村", "白莲村"]),
        ("新華社合肥6月4日電 6月3日，省委書記王五先後來到懷遠縣龍亢鎮新湖村、荊山鎮白蓮村。", ["Huaiyuan Chengguanzhen", "新湖村", "白蓮村"]),
        ("新华社合肥6月4日电 6月3日，省委书记王五先后来到怀远县龙亢镇新湖村和荆山镇白莲村。", ["Huaiyuan Chengguanzhen", "新湖村", "白莲村"]),
        # a village whose name holds a city's (黄山) is the village
        ("新华社合肥6月4日电 6月3日，省委书记王五先后察看了当涂县博望镇三杨新村、姑孰镇黄山村的建设。", ["Gushu", "三杨新村", "黄山村"]),
        # towns alone stay towns
        ("新华社合肥6月4日电 6月3日，省委书记王五先后来到荆山镇、龙亢镇调研。", ["荆山镇", "龙亢镇"]),
    ],
)
def test_a_town_before_its_village_in_a_later_item_of_a_list(text, stops):
    ((_, read),) = _trips(text)
    assert read == stops


def test_a_town_written_after_its_county_is_that_countys():
    ((_, read),) = _trips("新华社兰州6月4日电 6月3日，省长王五来到临夏县城关镇考察。")
    assert read == ["Hanji", "城关镇"]
    ((_, read),) = _trips("新華社蘭州6月4日電 6月3日，省長王五來到臨夏縣城關鎮考察。")
    assert read == ["Hanji", "城關鎮"]
    # the table's own 城关镇 of that county stays
    ((_, read),) = _trips("新华社兰州6月4日电 6月3日，省长王五来到成县城关镇考察。")
    assert read == ["Chengxian Chengguanzhen"]


def test_a_japanese_or_korean_city_written_with_its_shi():
    text = "中央社前橋4日電 縣長王五今天率團訪問日本群馬縣，先後前往前橋市、館林市及太田市，拜會當地首長。"
    ((_, read),) = _trips(text)
    assert read == ["Maebashi", "Tatebayashi", "Ōta"]
    ((_, read),) = _trips("新华社首尔6月4日电 国家副主席王五4日抵达韩国庆州市，出席会议。")
    assert read == ["Gyeongju"]
    # the bare name is no place, and an ordinary word with 市 ("新城市") stays a word
    assert _trips("新华社合肥6月4日电 6月3日，省长王五来到新城市建设工地调研。") == [("王五", [])]


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        ("新华社南宁6月4日电 东兰县长乐镇田坝村是一个偏远的山村。6月3日上午，总理王五来到这里，看望村民。", ["田坝村"]),
        ("新華社南寧6月4日電 東蘭縣長樂鎮田壩村是一個偏遠的山村。6月3日上午，總理王五來到這裡，看望村民。", ["田壩村"]),
        ("新华社南宁6月4日电 6月3日，总理王五来到东兰县。田坝村是当地最偏远的山村。当天下午，王五又来到这里看望群众。", ["Donglan", "田坝村"]),
        ("新华社合肥6月4日电 小岗村是中国农村改革的发源地。6月3日，省委书记王五来到这里调研。", ["小岗村"]),
        # 这里 in what is said, with no going, is no place gone to
        ("新华社合肥6月4日电 6月3日，省委书记王五在合肥调研。他说，这里是科技创新的高地。", ["Hefei"]),
    ],
)
def test_zhe_li_after_a_word_of_going_is_the_place_named_before(text, stops):
    ((_, read),) = _trips(text)
    assert read == stops


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        ("新华社合肥6月4日电 6月3日，省长王五先后来到肥东、肥西、长丰等地，调研防汛工作。", ["Dianbu", "Shangpai", "长丰"]),
        ("新华社福州6月4日电 省委书记王五深入闽侯、连江、罗源等县，察看灾情。", ["Zhuqi", "Lianjiang", "Fengshan"]),
        ("新华社合肥6月4日电 6月3日，省长王五先后来到合肥、肥东等地调研。", ["Hefei", "Dianbu"]),
        ("新华社杭州6月4日电 6月2日至3日，省委书记王五在德清和安吉两县调研。", ["Deqing", "安吉"]),
        # ordinary words that are also districts' short names stay words
        ("新华社北京6月4日电 6月3日，总理王五来到长安、新城等地考察。", []),
    ],
)
def test_counties_by_their_short_names_in_a_list_closed_by_deng_di(text, stops):
    ((_, read),) = _trips(text)
    assert read == stops


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京6月4日电 全国政协主席王五6月1日至4日在新疆调研。他先后来到喀什地区、和田地区，深入农村。",
        "新華社北京6月4日電 全國政協主席王五6月1日至4日在新疆調研。他先後來到喀什地區、和田地區，深入農村。",
    ],
)
def test_a_prefecture_written_with_diqu_is_no_district_of_a_city(text):
    ((_, read),) = _trips(text)
    assert read == ["Kashgar", "Gujangbagh"]


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京6月4日电 国家主席王五4日在北京会见德国总理甲乙丙，欢迎甲乙丙访华。",
        "新华社北京6月4日电 国家主席王五4日在北京会见德国总理甲乙丙，欢迎甲乙丙明年再次访华。",
        "新华社北京6月4日电 国家主席王五4日在北京会见德国总理甲乙丙，邀请甲乙丙明年再次访华。",
        "新华社北京6月4日电 国家主席王五4日在人民大会堂同法国总统甲乙丙举行会谈。王五欢迎甲乙丙再次访华。",
    ],
)
def test_a_guest_met_in_beijing_and_welcomed_to_visit_again_is_on_a_visit(text):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == "甲乙丙"
    assert str(trip.span.start) == "2024-06-04"


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京6月4日电 外交部发言人赵六4日表示，欢迎美国国务卿甲乙丙适时访华。",
        "新华社北京6月4日电 国家主席王五4日同美国总统甲乙丙通电话，欢迎甲乙丙访华。",
        "新华社北京6月4日电 国家主席王五4日同巴西总统甲乙丙通电话，欢迎甲乙丙早日访华。",
    ],
)
def test_a_welcome_for_a_time_to_come_or_in_a_call_is_an_invitation(text):
    assert not extract_chinese_text(text, published=PUB).trips


def test_a_day_told_with_a_length_of_several_days_dates_none_of_a_list():
    text = "澳門日報 行政長官王五今日率團赴廣州、深圳考察，為期兩天。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (str(trip.span.start), str(trip.span.end)) == ("2024-06-05", "2024-06-06")
    assert [s.start for s in trip.stops] == [None, None]
    # one place with a length: the only stop spans the trip, as before
    (trip,) = extract_chinese_text("新华社北京6月4日电 国务院总理王五4日抵达悉尼，开始为期三天的访问。", published=PUB).trips
    assert [(str(s.start), str(s.end)) for s in trip.stops] == [("2024-06-04", "2024-06-06")]


def test_a_radio_station_named_for_its_city_is_no_place():
    text = "香港電台 行政長官王五今早啟程前往新加坡進行訪問，明日前往馬來西亞吉隆坡。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert "Hong Kong" not in [r.place.name for r in trip.regions if isinstance(r, Resolved)]


# --- the wider probes: shapes a careful reader reads as below ----------------------------------------

PROBES = [
    ("新华社北京6月4日电 应国家主席习近平邀请，巴西总统卢拉将于6月10日至14日对中国进行国事访问。", "卢拉", []),
    ("新华社上海6月4日电 国务院总理李强3日抵达上海，开始在上海调研。4日，李强来到浦东新区张江科学城。", "李强", ["Shanghai", "Pudong"]),
    ("中央社东京4日电 总统府秘书长王五今天抵达日本大阪，随后前往京都、奈良参访。", "王五", ["Osaka", "Kyoto"]),
    ("新华社北京6月4日电 国家主席习近平将于6月10日至12日对哈萨克斯坦进行国事访问，并出席在阿斯塔纳举行的上海合作组织峰会。", "习近平", ["Astana"]),
    ("人民网北京6月4日电 全国人大常委会委员长赵乐际6月1日至4日在四川调研，先后来到成都、绵阳、德阳等地。", "赵乐际", ["Chengdu", "Mianyang", "Deyang"]),
    ("新华社长沙6月4日电 中共中央总书记、国家主席、中央军委主席习近平近日在湖南考察。3日下午，习近平来到常德市，考察了河堤加固工程。", "习近平", ["Changde"]),
    ("新华社北京6月4日电 国家主席习近平4日在北京人民大会堂同来华进行国事访问的越南国家主席苏林举行会谈。", "苏林", ["Beijing"]),
    ("央视网消息：6月3日至4日，中共中央政治局常委、国务院总理李强在江苏南京、苏州调研。", "李强", ["Nanjing", "Suzhou"]),
    ("中央社台北4日電 總統賴清德今天前往台南市安南區視察，並到七股區關心漁民。", "賴清德", ["安南區", "七股區"]),
    ("新华社仰光6月4日电 国务院总理李强3日晚乘专机抵达缅甸首都内比都，开始对缅甸进行正式访问。", "李强", ["Nay Pyi Taw"]),
    ("新华社达卡6月4日电 中共中央政治局常委、全国政协主席王沪宁4日抵达孟加拉国首都达卡，开始对孟加拉国进行正式友好访问。", "王沪宁", ["Dhaka"]),
    ("新华社北京6月4日电 国家副主席韩正6月1日至3日在吉林延边朝鲜族自治州珲春市、延吉市考察。", "韩正", ["Hunchun", "Yanji"]),
    ("新华社伦敦6月4日电 国家主席习近平4日抵达伦敦，开始对英国进行国事访问。5日，习近平前往曼彻斯特参观。", "习近平", ["London", "Manchester"]),
    ("新华社东京6月4日电 国务院总理李强4日抵达日本东京，开始对日本进行为期三天的正式访问。6日，李强前往大阪。", "李强", ["Tokyo", "Osaka"]),
    ("人民日报北京6月4日电 全国政协主席王沪宁6月1日至3日在西藏调研。他先后来到拉萨、林芝、日喀则，看望慰问各族干部群众。", "王沪宁", ["Lhasa", "Nyingchi", "Rikaze"]),
    ("新华社雅加达6月4日电 国务院总理李强当地时间4日下午乘专机抵达雅加达，开始对印度尼西亚进行正式访问。", "李强", ["Jakarta"]),
    ("新华社北京6月4日电 总理李强2日至4日访问新西兰和澳大利亚。他先后到访惠灵顿、奥克兰、堪培拉和珀斯。", "李强", ["Wellington", "Auckland", "Canberra", "Perth"]),
    ("新华社莫斯科6月4日电 国家主席习近平当地时间4日晚抵达莫斯科伏努科沃机场，开始对俄罗斯进行国事访问。", "习近平", ["Moscow"]),
    ("聯合報 副總統蕭美琴昨（3）日抵達捷克首都布拉格，展開為期4天的訪問。", "蕭美琴", ["Prague"]),
    ("新华社北京6月4日电 6月3日至4日，中共中央政治局常委、国务院副总理丁薛祥在黑龙江调研。3日，他来到哈尔滨市；4日，他来到大庆市。", "丁薛祥", ["Harbin", "Daqing"]),
    ("新華社北京6月4日電 全國人大常委會委員長趙樂際6月1日至4日在內蒙古調研，先後來到呼和浩特、包頭、鄂爾多斯。", "趙樂際", ["Hohhot", "Baotou", "Ordos"]),
    ("新华社济南6月4日电 6月3日上午，中共中央政治局常委、全国人大常委会委员长赵乐际来到山东省青岛市，考察港口建设。下午，赵乐际前往烟台市。4日，他来到威海市。", "赵乐际", ["Qingdao", "Yantai", "Weihai"]),
]

NO_TRIP = [
    "新华社北京6月4日电 国家主席习近平4日同美国总统拜登通电话。拜登表示，期待年内访问中国。",
    "新华社北京6月4日电 国务院总理李强4日主持召开国务院常务会议，研究部署防汛工作。",
    "新华社北京6月4日电 中共中央政治局4日召开会议，中共中央总书记习近平主持会议。",
    "新华社北京6月4日电 国务院总理李强4日在北京出席中国发展高层论坛开幕式并发表主旨演讲。",
    "中央社台北4日電 總統賴清德今天在總統府接見美國聯邦參議員訪問團。",
    "香港商報網訊 特首李家超今日出席立法會答問會，回應議員提問。",
    "新华社北京6月4日电 回顾2013年，习近平首次出访俄罗斯，开启了中国特色大国外交的新篇章。",
    "新华社北京6月4日电 国家主席习近平4日在北京同俄罗斯总统普京举行视频会晤。",
    "新华社北京6月4日电 据新华社报道，2019年4月，习近平在重庆考察时指出，要推动高质量发展。",
]


@pytest.mark.parametrize(("text", "name", "stops"), PROBES)
def test_probe_shapes(text, name, stops):
    ((who, read),) = _trips(text)
    assert (who, read) == (name, stops)


@pytest.mark.parametrize("text", NO_TRIP)
def test_probe_shapes_with_no_journey(text):
    assert not extract_chinese_text(text, published=PUB).trips
