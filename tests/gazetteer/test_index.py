"""The place index: normalisation, lookup, nearest place on the sphere, loading."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer._text import name_key
from gazetteer.errors import GazetteerDataError
from gazetteer.index import PlaceIndex, load_index
from gazetteer.model import PlaceKind

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Xi'an", "Xian"), ("Ürümqi", "Urumqi"), ("Winston-Salem", "winston salem"), ("XI’AN", "xian"),
     ("St. Louis", "st louis"), ("Kraków", "Krakow"), ("Øresund", "Oresund")],
)  # fmt: skip
def test_name_key_folds(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_load_is_cached() -> None:
    assert load_index() is load_index()


def test_malformed_table_fails_loudly() -> None:
    with pytest.raises(GazetteerDataError):
        PlaceIndex(["# generated", "wrong\tcolumns"], ["# generated", "key\trows"])


def _brute_nearest(lat: float, lon: float, kinds: set[str] | None) -> float:
    index = load_index()
    phi, lam = math.radians(lat), math.radians(lon)
    q = (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))
    best = math.inf
    for row in index.rows():
        f = index.fields(row)
        if kinds is not None and f[2] not in kinds:
            continue
        p, l_ = math.radians(float(f[5])), math.radians(float(f[6]))
        v = (math.cos(p) * math.cos(l_), math.cos(p) * math.sin(l_), math.sin(p))
        best = min(best, sum((x - y) ** 2 for x, y in zip(q, v, strict=True)))
    return best


@settings(max_examples=8, deadline=None)
@given(
    st.floats(-90, 90, allow_nan=False),
    st.floats(-180, 180, allow_nan=False),
    st.sampled_from([None, (PlaceKind.COUNTRY,), (PlaceKind.ADMIN1, PlaceKind.CITY)]),
)
def test_nearest_matches_brute_force(lat: float, lon: float, kinds: tuple[PlaceKind, ...] | None) -> None:
    place = load_index().nearest(lat, lon, kinds=kinds)
    phi, lam = math.radians(lat), math.radians(lon)
    q = (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))
    p, l_ = math.radians(place.lat), math.radians(place.lon)
    v = (math.cos(p) * math.cos(l_), math.cos(p) * math.sin(l_), math.sin(p))
    got = sum((x - y) ** 2 for x, y in zip(q, v, strict=True))
    want = _brute_nearest(lat, lon, None if kinds is None else {k.value for k in kinds})
    assert got == pytest.approx(want, abs=1e-12)


def test_nearest_rejects_points_off_the_globe() -> None:
    with pytest.raises(ValueError, match="not a point"):
        load_index().nearest(91.0, 0.0)


def test_cold_load_in_a_fresh_interpreter() -> None:
    # correctness of a cold start only; its speed is measured by tests/bench/bench_geo.py
    code = "from gazetteer import Gazetteer; print(Gazetteer.default().lookup('Ningbo')[0].geonameid)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1799397"
