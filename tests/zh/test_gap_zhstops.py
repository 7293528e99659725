"""Session gap-zhstops: readings for causes of stop misses seen in several Chinese development reports.

Every sentence here is made up (invented people and days, real places so that stops resolve), in the
shape of news copy, simplified and traditional.
"""

from __future__ import annotations

import datetime as dt

from tests.zh.reading import stops_by_person

# --- rule zh-pinyin-town --------------------------------------------------------------------------------


def test_a_town_the_table_lacks_is_the_geonames_town_of_its_pinyin() -> None:
    text = "江苏省委书记钱立方6日来到苏州市吴江区同里镇,察看古镇保护情况。"
    assert stops_by_person(text, dt.date(2024, 6, 7))["钱立方"] == ["Suzhou", "Songlong", "Tongli"]


def test_a_town_on_the_map_stays_before_its_village() -> None:
    text = "6月5日,江苏委书记钱立方在苏州市吴中区甪直镇澄墩村调研。"
    assert stops_by_person(text, dt.date(2024, 6, 7))["钱立方"] == ["Suzhou", "Guoxiang", "Luzhi", "澄墩村"]


def test_a_town_on_the_map_stays_before_its_village_traditional() -> None:
    text = "6月5日,江蘇委書記錢立方在蘇州市吳中區甪直鎮澄墩村調研。"
    assert stops_by_person(text, dt.date(2024, 6, 7))["錢立方"] == ["Suzhou", "Guoxiang", "Luzhi", "澄墩村"]


def test_a_town_geonames_lacks_still_gives_way_to_its_village() -> None:
    text = "6月5日,江苏委书记钱立方来到苏州市吴中区某甲镇澄墩村调研。"
    assert stops_by_person(text, dt.date(2024, 6, 7))["钱立方"] == ["Suzhou", "Guoxiang", "澄墩村"]


def test_a_town_gone_to_takes_the_province_named_in_an_earlier_paragraph() -> None:
    text = (
        "6月4日至5日,江苏省委书记钱立方在苏州市吴中区调研。\n\n"
        "5日上午,钱立方来到甪直镇澄墩村,察看河道整治情况。"
    )
    assert stops_by_person(text, dt.date(2024, 6, 7))["钱立方"] == ["Luzhi", "澄墩村", "Suzhou", "Guoxiang"]


def test_a_town_gone_to_with_no_province_named_stays_unresolved() -> None:
    text = "5日上午,省委书记钱立方来到甪直镇澄墩村,察看河道整治情况。"
    assert stops_by_person(text, dt.date(2024, 6, 7))["钱立方"] == ["澄墩村"]


def test_a_town_of_that_pinyin_far_from_the_place_named_before_it_is_not_taken() -> None:
    # GeoNames' one Jingshan of Anhui lies some 200 km from Huaiyuan: not the town of that county
    text = "6月4日至5日,安徽省委书记钱立方在怀远县调研。\n\n5日上午,钱立方来到荆山镇,察看河道整治情况。"
    assert stops_by_person(text, dt.date(2024, 6, 7))["钱立方"] == ["荆山镇", "Huaiyuan Chengguanzhen"]


# --- rule zh-scene --------------------------------------------------------------------------------------


def test_a_paragraph_opening_on_a_local_s_home_sets_the_scene_the_traveller_comes_into() -> None:
    text = (
        "6月4日,安徽省委书记钱立方来到怀远县调研。\n\n"
        "在怀远县某甲乡西湖村一户农民家,主人赵大山说,今年的麦子收成不错。听到这些,钱立方对他说,还要把秋种抓紧。"
    )
    assert "西湖村" in stops_by_person(text, dt.date(2024, 6, 7))["钱立方"]


def test_a_scene_with_no_traveller_after_it_in_its_paragraph_is_no_stop() -> None:
    text = (
        "6月4日,安徽省委书记钱立方来到怀远县调研。\n\n"
        "在怀远县某甲乡西湖村一户农民家,主人赵大山说,今年的麦子收成不错。\n\n"
        "钱立方说,还要把秋种抓紧。"
    )
    assert "西湖村" not in stops_by_person(text, dt.date(2024, 6, 7))["钱立方"]


# --- rule zh-town-community -----------------------------------------------------------------------------


def test_a_community_right_after_its_town_is_the_place_not_the_town() -> None:
    text = "6月4日,安徽省委书记钱立方来到怀远县某甲镇东风社区,看望受灾群众。"
    assert stops_by_person(text, dt.date(2024, 6, 7))["钱立方"] == ["Huaiyuan Chengguanzhen", "东风社区"]
