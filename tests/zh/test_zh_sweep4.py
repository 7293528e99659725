"""Session zh4: readings from a fourth sweep of fresh real Chinese pages (kept outside the repository).

The failure forms were tallied on real pages; every sentence here is made up for the test (invented
people and days, real places so that stops resolve) in the shape of news copy, simplified and traditional.
"""

from __future__ import annotations

from tests.zh.reading import stops_by_person as _trips

# --- rule zh-special-envoy ----------------------------------------------------------------------------


def test_the_special_envoy_travels_not_the_sender() -> None:
    text = "外交部发言人宣布,国家主席周文海特别代表、全国政协副主席钱立方将于5月9日出席在开罗举行的总统就职典礼。"
    trips = _trips(text)
    assert "钱立方" in trips
    assert "周文海" not in trips


def test_the_special_envoy_in_traditional_script() -> None:
    text = "應邀請,國家主席周文海特別代表、國家副主席錢立方將率團赴巴西出席總統就職典禮。"
    trips = _trips(text)
    assert "錢立方" in trips
    assert "周文海" not in trips


def test_a_sender_with_an_unnamed_envoy_has_no_trip() -> None:
    text = "发言人今早宣布,应邀请,国家主席周文海特别代表、国家副主席将赴巴西出席于8日举行的新任总统就职典礼。"
    assert "周文海" not in _trips(text)


# --- rule zh-after-earlier ----------------------------------------------------------------------------


def test_the_one_before_is_a_measure_not_a_traveller() -> None:
    text = "继上周国务院总理孙大伟结束访美行程后,中国立即派出企业家代表团访美。"
    assert "孙大伟" not in _trips(text)


def test_the_one_before_in_traditional_script() -> None:
    text = "這是繼前總統金成浩之後韓國總統時隔6年再次訪問中國。韓國總統朴英洙將於6月14日至17日對中國進行國事訪問。"
    trips = _trips(text)
    assert "金成浩" not in trips
    assert "朴英洙" in trips
    assert "時隔" not in trips
    assert "时隔" not in trips


def test_a_name_holding_the_character_is_still_a_traveller() -> None:
    assert _trips("省长李继明3日到宁波考察,之后到舟山调研。")["李继明"] == ["Ningbo", "Zhoushan"]


def test_the_traveller_after_the_one_before_keeps_the_trip() -> None:
    assert _trips("新华社电 继上月总理孙大伟访问法国之后,副总理钱立方3日抵达巴黎进行正式访问。") == {
        "钱立方": ["Paris"]
    }


# --- rule zh-after-earlier-trip -----------------------------------------------------------------------


def test_an_earlier_dated_journey_gives_no_stop() -> None:
    text = (
        "新华社乌鲁木齐6月3日电 中共中央总书记王大海继5月10日至11日前往拉萨出席庆祝活动后,"
        "今天下午再度率领中央代表团抵达乌鲁木齐。"
    )
    assert _trips(text)["王大海"] == ["Ürümqi"]


def test_an_earlier_leg_of_the_same_tour_stays_a_stop() -> None:
    assert _trips("新华社电 总理王大伟继访问广州之后,5日抵达深圳考察。")["王大伟"] == [
        "Guangzhou",
        "Shenzhen",
    ]


# --- rule zh-past (曾亲赴) ----------------------------------------------------------------------------


def test_a_journey_once_made_in_person_is_background() -> None:
    text = "总书记王大海上个月也曾亲赴拉萨出席大会。总书记王大海3日下午率中央代表团乘专机抵达乌鲁木齐。"
    assert _trips(text)["王大海"] == ["Ürümqi"]


# --- rule zh-own-ground -------------------------------------------------------------------------------


def test_work_on_one_s_own_ground_is_no_journey() -> None:
    text = "5月31日,开发区管委会副主任郭明带队到辖区商场、加油站、小区,实地调研安全生产工作。"
    assert _trips(text) == {}


def test_a_district_s_own_bureau_is_no_journey() -> None:
    assert _trips("本报讯 4月2日,副区长孙立明到区市场监管局调研食品安全工作。") == {}


def test_own_ground_within_a_named_place_keeps_the_stop() -> None:
    assert _trips("本报讯 4月2日,副省长孙立明到宁波调研,先后走访辖区企业。")["孙立明"] == ["Ningbo"]
