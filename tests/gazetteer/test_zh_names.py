"""Data integrity of gazetteer/data/zh_names.tsv (Chinese names joined to GeoNames)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from gazetteer.index import load_index
from gazetteer.model import PlaceKind
from gazetteer.zh_names import load_zh_names

_DATA = Path(__file__).resolve().parents[2] / "gazetteer" / "data"


def test_every_province_of_china_has_a_name_point_and_geonames_record():
    provinces = [e for e in load_zh_names() if e.level == "province"]
    assert len(provinces) == 34  # 23 provinces (Taiwan counted), 5 regions, 4 municipalities, 2 SARs
    assert all(e.place.geonameid and e.place.kind in (PlaceKind.ADMIN1, PlaceKind.COUNTRY) for e in provinces)


def test_prefecture_level_divisions_have_points_and_most_join_geonames():
    prefectures = [e for e in load_zh_names() if e.level == "prefecture"]
    assert len(prefectures) >= 330
    assert all(-90 <= e.place.lat <= 90 and 70 <= e.place.lon <= 140 for e in prefectures)
    assert sum(1 for e in prefectures if e.place.geonameid) >= 320


def test_every_county_level_division_has_a_name_and_a_point():
    counties = [e for e in load_zh_names() if e.level == "county"]
    assert len(counties) >= 2800
    assert all(e.zh and 3 <= e.place.lat <= 54 and 73 <= e.place.lon <= 135 for e in counties)  # China's extent


def test_every_joined_name_resolves_back_to_its_geonames_record():
    index = load_index()
    for entry in load_zh_names():
        if entry.place.geonameid:
            record = index.by_id(entry.place.geonameid)
            assert record is not None, entry
            # a country and its division may share an id (Taiwan): the same place, points a little apart
            assert record.country == entry.place.country, entry
            assert abs(record.lat - entry.place.lat) < 1, entry
            assert abs(record.lon - entry.place.lon) < 1, entry


def test_adcodes_are_unique_and_nested():
    codes = Counter(e.adcode for e in load_zh_names() if e.adcode)
    assert max(codes.values()) == 1
    provinces = {c[:2] for c in codes if c.endswith("0000")}
    assert all(c[:2] in provinces for c in codes)


def test_table_is_what_the_build_makes():
    cpca = pytest.importorskip("cpca")  # only where the cpca wheel is installed
    from gazetteer.build_zh import build

    adcodes = Path(cpca.__file__).parent / "resources" / "adcodes.csv"
    assert (_DATA / "zh_names.tsv").read_text(encoding="utf-8").splitlines() == build(adcodes)


def test_counties_with_no_record_of_their_own_join_their_seat_town_by_pinyin():
    from pypinyin import lazy_pinyin

    from gazetteer.build_zh import _seat_keys

    with (_DATA / "places.tsv").open(encoding="utf-8") as f:
        next(f)
        names = {
            line.split("\t")[0]: [line.split("\t")[1], *line.rstrip("\n").split("\t")[9].split("|")]
            for line in f
            if line.split("\t")[0].isdigit()
        }
    seats = [e for e in load_zh_names() if e.level == "county" and e.place.kind is PlaceKind.TOWN]
    assert len(seats) >= 1400
    for e in seats:
        keys = set().union(*(_seat_keys(a) for a in names[str(e.place.geonameid)]))
        wanted = {"".join(lazy_pinyin(e.short)), "".join(lazy_pinyin(e.zh.removesuffix("县")))}
        assert wanted & keys, e
    # counties the issue names, each joined to its seat
    seat_of = {e.zh: e.place.name for e in seats}
    assert seat_of["互助土族自治县"] == "Weiyuan"
    assert seat_of["睢县"] == "Sui Xian Chengguanzhen"
    assert {seat_of[c] for c in ("平陆县", "曲沃县", "襄汾县")} == {"Shengrenjian", "Lechang", "Xincheng"}


def test_namesake_counties_with_no_record_are_each_kept():
    counties = [e for e in load_zh_names() if e.level == "county"]
    assert len(counties) >= 2845  # every county-level division of cpca's table, namesakes included
    assert len({e.adcode for e in counties}) == len(counties)
    assert sum(1 for e in counties if not e.place.geonameid) <= 860


def test_a_record_far_from_a_divisions_seat_is_not_its_record():
    entries = load_zh_names()
    # GeoNames gives Ledu's seat (Nianbo) the name 海东市, 28 km from Haidong's seat: kept with cpca's point
    haidong = [e for e in entries if e.zh == "海东市"]
    assert haidong
    assert all(e.place.geonameid != 1799471 for e in haidong)
    # a county named after its prefecture is not the prefecture's city
    by_adcode = {e.adcode: e for e in entries if e.adcode}
    for county, prefecture in (("430421", "430400"), ("532529", "532500"), ("430121", "430100")):  # 衡阳县, 红河县, 长沙县
        assert by_adcode[county].place.geonameid != by_adcode[prefecture].place.geonameid
