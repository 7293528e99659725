"""The build's checks on its sources: label points that belong to another division, missing countries."""

from __future__ import annotations

from typing import Any

from gazetteer.build import _km, _misjoined_labels


def _city(name: str, lat: float, lon: float, country: str, admin1: str, population: int = 1000) -> dict[str, Any]:
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
