"""The place index: normalisation, lookup, nearest place on the sphere, loading."""

from __future__ import annotations

import math
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import index as index_module
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


# -- the prebuilt index (gazetteer/data/index.bin) -------------------------------------------------


def _tables() -> tuple[bytes, bytes]:
    data = resources.files("gazetteer").joinpath("data")
    return data.joinpath("places.tsv").read_bytes(), data.joinpath("names.tsv").read_bytes()


def test_shipped_index_matches_the_shipped_tables() -> None:
    places, names = _tables()
    shipped = resources.files("gazetteer").joinpath("data", "index.bin").read_bytes()
    assert shipped == index_module.build_index(places, names), "run python -m gazetteer.build --index"
    assert index_module._parse_index(shipped, places, names) is not None


def test_an_index_made_from_other_tables_is_not_used() -> None:
    places, names = _tables()
    shipped = index_module.build_index(places, names)
    assert index_module._parse_index(shipped, places + b"x", names) is None
    assert index_module._parse_index(shipped, places, names.replace(b"beijing", b"peking", 1)) is None
    assert index_module._parse_index(shipped[:-4], places, names) is None
    assert index_module._parse_index(b"", places, names) is None


def test_computed_index_answers_as_the_shipped_one() -> None:
    shipped = load_index()
    places, names = _tables()
    computed = PlaceIndex(
        index_module._Lines(places, index_module._line_starts(places)),
        index_module._Lines(names, index_module._line_starts(names)),
    )
    assert len(computed) == len(shipped)
    assert computed._admin1 == shipped._admin1
    assert computed._countries == shipped._countries
    for name in ("Beijing", "Ningbo", "Paris", "Springfield", "Laurel County", "Xi'an", "nowhere at all"):
        assert computed.rows_for_name(name) == shipped.rows_for_name(name)
    for row in (0, 1, len(shipped) // 2, len(shipped) - 1):
        assert computed.place_at(row) == shipped.place_at(row)


@pytest.mark.parametrize("text", [b"", b"a\n", b"a", b"h\nk\n\nb\tc\n", b"h\nk\nx\ny", "é\nü\n".encode()])
def test_lines_read_like_a_split(text: bytes) -> None:
    want = text.decode().split("\n")
    if want[-1] == "":
        want.pop()
    lines = index_module._Lines(text, index_module._line_starts(text))
    assert list(lines) == want
    assert list(lines[1:]) == want[1:]
    assert lines.decoded == want


def test_by_id_finds_every_kind_of_row() -> None:
    index = load_index()
    for row in (0, 1, len(index) // 3, len(index) - 1):
        geonameid = int(index.fields(row)[0])
        place = index.by_id(geonameid)
        assert place is not None
        assert place.geonameid == geonameid
    assert index.by_id(-1) is None


def test_without_an_index_the_tables_still_load(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "_INDEX", "no-such-index.bin")
    computed = load_index.__wrapped__()
    shipped = load_index()
    assert computed is not shipped
    assert computed._admin1 == shipped._admin1
    assert computed.rows_for_name("Ningbo") == shipped.rows_for_name("Ningbo")


def _first_by_bisect(lines: list[str], prefix: str) -> str | None:
    import bisect

    i = bisect.bisect_left(lines, prefix)
    return lines[i] if i < len(lines) and lines[i].startswith(prefix) else None


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(st.sampled_from("ab é\t1ü"), max_size=5), max_size=40),
    prefixes=st.lists(st.text(st.sampled_from("ab é\t1ü\n"), max_size=4), max_size=12),
    block=st.integers(1, 5),
    skip=st.integers(0, 2),
)
def test_first_starting_finds_what_bisect_finds(
    words: list[str], prefixes: list[str], block: int, skip: int
) -> None:
    """A search of a block of the buffer, for any block size, is a binary search of the decoded lines."""
    lines = sorted(set(words))
    text = "".join(line + "\n" for line in ["h"] * skip + lines).encode()
    mapped = index_module._Lines(text, index_module._line_starts(text), skip=skip)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(index_module, "_BLOCK", block)
        for prefix in [*prefixes, *lines, *(line + "\t" for line in lines), *(line[:2] for line in lines)]:
            assert mapped.first_starting(prefix) == _first_by_bisect(lines, prefix), prefix


def test_first_starting_on_the_shipped_names() -> None:
    """Every 97th name of the shipped table, its neighbours' shapes and near misses: as bisect finds them."""
    names = load_index()._names
    assert isinstance(names, index_module._Lines)
    decoded = names.decoded
    for line in decoded[::97]:
        key = line[: line.index("\t")]
        for prefix in (key + "\t", key + " ", key[:-1] + "\t", key + "z\t", key[:3], "\ud800" + key):
            assert names.first_starting(prefix) == _first_by_bisect(decoded, prefix), prefix
    assert names.first_starting(decoded[0]) == decoded[0]
    assert names.first_starting(decoded[-1]) == decoded[-1]


@settings(max_examples=500)
@given(st.text(max_size=12) | st.text(st.characters(max_codepoint=127), max_size=12))
def test_name_key_skips_nfkd_only_where_it_changes_nothing(name: str) -> None:
    import unicodedata

    from gazetteer import _text

    folded = unicodedata.normalize("NFKD", name.translate(_text._FOLD))
    stripped = "".join(ch for ch in folded if not unicodedata.combining(ch))
    assert name_key(name) == _text._SPACES.sub(" ", stripped.translate(_text._FOLD).casefold()).strip()
