"""Session zh5: readings for the forms the zh4 sweep left (pages kept outside the repository).

Every sentence here is made up (invented people and days, real places so that stops resolve), in the
shape of news copy, simplified and traditional.
"""

from __future__ import annotations

from gazetteer.model import Unresolved
from tests.zh.reading import place_name as _names
from tests.zh.reading import stops_by_person as _trips
from timeline.zh import extract_chinese_text
from timeline.zh.people import find_people
from timeline.zh.places import PlaceMention, find_places


def _places(text: str) -> list[PlaceMention]:
    return find_places(text, text)




# --- rule zh-head-of-group ----------------------------------------------------------------------------


def test_the_head_of_a_group_met_is_the_traveller() -> None:
    text = "5月12日下午,拉萨市委书记周文海会见了以丽江市委书记钱立方为团长的丽江市党政代表团一行。"
    assert _trips(text) == {"钱立方": ["Lhasa"]}


def test_the_head_of_a_group_in_traditional_script() -> None:
    text = "5月12日下午,拉薩市委書記周文海會見了以麗江市委書記錢立方為團長的麗江市黨政代表團一行。"
    assert _trips(text) == {"錢立方": ["Lhasa"]}


# --- rule zh-met-party --------------------------------------------------------------------------------


def test_the_one_met_with_his_party_is_the_traveller() -> None:
    text = "14日上午,省委书记周文海在长沙会见甘肃省人大常委会主任钱立方一行,双方交换了意见。"
    assert _trips(text) == {"钱立方": ["Changsha"]}


def test_a_minority_name_met_with_his_party() -> None:
    text = "14日上午,省委書記周文海在長沙會見新疆維吾爾自治區人大常委會主任阿不都·熱合曼一行。"
    assert _trips(text) == {"阿不都·熱合曼": ["Changsha"]}


def test_a_princess_met_with_her_party() -> None:
    text = "昨日,省长周文海在成都会见了泰国公主玛哈蓬一行。"
    assert _trips(text) == {"玛哈蓬": ["Chengdu"]}


def test_the_host_who_goes_with_his_party_is_no_guest() -> None:
    trips = _trips("省长周文海一行3日到宁波考察,并会见了市长钱立方。")
    assert trips == {"周文海": ["Ningbo"]}


# --- rule zh-host-office ------------------------------------------------------------------------------


def test_a_guest_met_where_no_city_is_named_is_in_the_host_city() -> None:
    text = "上海市委书记周文海6日会见了青岛市委书记钱立方率领的青岛市党政考察团一行。"
    assert _trips(text) == {"钱立方": ["Shanghai"]}


def test_the_meeting_city_wins_over_the_host_office() -> None:
    text = "14日上午,舟山市市长周文海在杭州会见了宁波市副市长钱立方一行。"
    assert _trips(text) == {"钱立方": ["Hangzhou"]}


def test_a_deputy_office_names_the_guest_home_not_a_stop() -> None:
    text = "14日上午,舟山市长周文海亲切会见了宁波市副市长钱立方一行。"
    assert _trips(text) == {"钱立方": ["Zhoushan"]}


# --- rule zh-abbrev-more ------------------------------------------------------------------------------


def test_a_one_character_city_after_a_word_of_being_there() -> None:
    assert _trips("市委书记周文海3日在甬调研港口建设。") == {"周文海": ["Ningbo"]}
    assert _trips("3日,国务委员周文海抵穗后即赴企业调研。") == {"周文海": ["Guangzhou"]}


def test_a_one_character_city_met_in_traditional_script() -> None:
    assert _trips("3日,省長周文海在蓉會見了泰國公主瑪哈蓬一行。") == {"瑪哈蓬": ["Chengdu"]}


def test_a_one_character_province_reads_as_the_province() -> None:
    found = [_names(p.ref) for p in _places("广东省委书记周文海率团来湘考察。")]
    assert any("Hunan" in n for n in found)


def test_an_ambiguous_one_character_name_is_left_unresolved() -> None:
    # zh6 (rule zh-abbrev-unresolved): kept as a place, unresolved with its reason, never guessed
    for text in ("周文海3日来宁考察。", "周文海3日来淮检查防汛工作。", "周文海3日来青调研。"):
        short = [p for p in _places(text) if p.end - p.start == 1]
        assert short
        assert all(isinstance(p.ref, Unresolved) for p in short)


def test_a_one_character_name_inside_words_is_no_place() -> None:
    assert _places("改革开放以来湘企发展很快。") == []
    assert _trips("副省长周文海3日到川渝两地调研。")["周文海"] == []


# --- rule zh-our-place --------------------------------------------------------------------------------


def test_our_province_then_a_river_is_no_governor() -> None:
    for text in ("6日,副省长周文海到仙桃检查我省长江防汛工作。", "6日,副省長周文海到仙桃檢查我省長江防汛工作。"):
        assert not [m for m in find_people(text.replace("長", "长")) if m.name.startswith("江")]
        assert "江防汛" not in _trips(text)
    assert list(_trips("6日,副省长周文海到仙桃检查我省长江防汛工作。")) == ["周文海"]


# --- rule zh-name-boundary (a name of parts ends before 将) ------------------------------------------


def test_a_name_of_parts_ends_before_will() -> None:
    for text in ("美国国防部长马丁·杰克逊将于下周访问新加坡。", "美國國防部長馬丁·傑克遜將於下週訪問新加坡。"):
        trips = _trips(text)
        assert len(trips) == 1
        assert not next(iter(trips)).endswith(("将", "將"))
        assert next(iter(trips.values())) == ["Singapore"]


# --- rule zh-dotted-name ------------------------------------------------------------------------------


def test_the_last_part_of_a_name_written_alone_is_no_city() -> None:
    text = "塞拉利昂总统欧内斯特·巴伊·科罗马3日抵达北京进行国事访问。除北京外,科罗马还将赴上海参观访问。"
    assert _trips(text) == {"欧内斯特·巴伊·科罗马": ["Beijing", "Shanghai"]}


# --- rule zh-facility-name ----------------------------------------------------------------------------


def test_a_sluice_named_after_a_place_is_no_stop_there() -> None:
    assert _trips("副省长周文海23日到三河闸检查防汛工作。") == {"周文海": []}
    assert _trips("副省長周文海23日到三河閘檢查防汛工作。") == {"周文海": []}


def test_a_district_opening_on_the_sluice_character_stays() -> None:
    assert _trips("市长周文海3日到上海闸北区调研。")["周文海"][0] == "Shanghai"


# --- rule zh-assistant-office -------------------------------------------------------------------------


def test_an_assistant_minister_leads_the_group() -> None:
    assert _trips("5月9日,由财政部部长助理周文海带领的检查组到宜昌检查防汛工作。") == {"周文海": ["Yichang"]}


# --- rule zh-next-time --------------------------------------------------------------------------------


def test_days_of_next_week_are_still_to_come_without_a_report_day() -> None:
    for text in ("行政长官周文海下星期二至五访问北京,期间会列席会议。", "行政長官周文海下星期二至五訪問北京。"):
        doc = extract_chinese_text(text, published=None)
        assert [t.status.value for t in doc.trips] == ["planned"]


# --- zh5 sweep: forms found on the fresh pages -------------------------------------------------------


def test_the_one_met_with_his_wife_and_party() -> None:
    text = "昨日,省委书记周文海在蓉会见中国国民党荣誉主席钱立方及夫人李美华女士一行。"
    assert _trips(text) == {"钱立方": ["Chengdu"]}


def test_a_state_governor_met_is_on_a_visit() -> None:
    text = "11日下午,省委書記周文海在廣州會見澳大利亞新南威爾士州州督瑪麗·史密斯。"
    assert _trips(text) == {"瑪麗·史密斯": ["Guangzhou"]}


def test_a_deputy_secretary_of_state_ends_before_from() -> None:
    trips = _trips("美国副国务卿米勒从香港抵达北京,参加在北京举行的对话。")
    assert trips == {"米勒": ["Beijing"]}


# --- rule zh-set-off-from -----------------------------------------------------------------------------


def test_the_place_set_off_from_is_no_stop() -> None:
    for text in (
        "日本外务大臣山本太郎1日下午从东京羽田机场启程,下午抵达北京。",
        "日本外務大臣山本太郎1日下午從東京羽田機場啟程,下午抵達北京。",
    ):
        assert _trips(text) == {"山本太郎": ["Beijing"]}
    assert _trips("省长周文海3日从杭州出发,前往宁波考察。") == {"周文海": ["Ningbo"]}


def test_a_place_held_before_the_next_leg_stays() -> None:
    assert _trips("省长周文海3日在杭州出席会议后,4日到宁波考察。") == {"周文海": ["Hangzhou", "Ningbo"]}
