"""JSON round trips are lossless; GeoJSON is valid RFC 7946."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer.model import Place, Resolved, Unresolved
from timeline.errors import ExportError
from timeline.export import from_json, to_geojson, to_json
from timeline.itinerary import legs
from timeline.model import (
    Dateline,
    DateMention,
    DateSpan,
    Document,
    Evidence,
    Extraction,
    Itinerary,
    Person,
    Source,
    Stop,
    Trip,
    Unknown,
)
from timeline.testing import strategies as tst

ROUND_TRIPS: list[tuple[type, st.SearchStrategy[Any]]] = [
    (Evidence, tst.evidence()),
    (DateSpan, tst.date_spans()),
    (Unknown, tst.unknowns()),
    (Place, tst.places()),
    (Person, tst.people()),
    (Stop, tst.stops()),
    (Source, tst.sources()),
    (Trip, tst.trips()),
    (Itinerary, tst.itineraries()),
    (DateMention, tst.date_mentions()),
    (Dateline, tst.datelines()),
    (Document, tst.documents()),
    (Extraction, tst.extractions()),
]


@pytest.mark.parametrize(("cls", "strategy"), ROUND_TRIPS, ids=[c.__name__ for c, _ in ROUND_TRIPS])
def test_json_round_trip(cls: type, strategy: st.SearchStrategy[Any]) -> None:
    @given(strategy)
    def check(value: Any) -> None:
        text = to_json(value)
        assert from_json(text, cls) == value
        assert to_json(from_json(text, cls)) == text  # and byte-stable

    check()


@given(tst.place_refs())
def test_place_refs_round_trip_through_a_stop(ref: Resolved | Unresolved) -> None:
    stop = Stop(ref)
    assert from_json(to_json(stop), Stop) == stop
    data = json.loads(to_json(stop))
    assert data["place"]["status"] == ("resolved" if isinstance(ref, Resolved) else "unresolved")


def test_unknown_is_null_with_its_reason_beside_it() -> None:
    doc = Document("a.txt", "Headline", Unknown("no publication date found"))
    data = json.loads(to_json(doc))
    assert data["published"] is None
    assert data["published_unknown"]["reason"] == "no publication date found"
    assert data["dateline"] is None


@pytest.mark.parametrize(
    "text",
    ["not json", "[]", '{"path": 3}', '{"person": {"name": "X"}, "kind": "holiday"}', '{"start": "x"}'],
)
def test_bad_json_raises_export_error(text: str) -> None:
    with pytest.raises(ExportError):
        from_json(text, Trip)


def _check_position(position: Any) -> None:
    assert isinstance(position, list)
    assert len(position) == 2
    lon, lat = position
    assert -180 <= lon <= 180
    assert -90 <= lat <= 90


@given(tst.itineraries())
def test_geojson_is_valid_rfc7946(itinerary: Itinerary) -> None:
    collection = json.loads(json.dumps(to_geojson(itinerary)))
    assert collection["type"] == "FeatureCollection"
    points = [f for f in collection["features"] if f["geometry"]["type"] == "Point"]
    lines = [f for f in collection["features"] if f["geometry"]["type"] == "LineString"]
    resolved = [[s for s in trip.stops if isinstance(s.place, Resolved)] for trip in itinerary.trips]
    assert len(points) == sum(len(r) for r in resolved)
    assert len(lines) == sum(max(0, len(r) - 1) for r in resolved)
    assert len(lines) == sum(len(legs(trip)) for trip in itinerary.trips)
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        if geometry["type"] == "Point":
            _check_position(geometry["coordinates"])
        else:
            assert len(geometry["coordinates"]) >= 2
            for position in geometry["coordinates"]:
                _check_position(position)


@given(tst.trips(real_places=True))
def test_geojson_puts_longitude_first(trip: Trip) -> None:
    points = [f for f in to_geojson(trip)["features"] if f["geometry"]["type"] == "Point"]
    places = [s.place.place for s in trip.stops if isinstance(s.place, Resolved)]
    for feature, place in zip(points, places, strict=True):
        assert feature["geometry"]["coordinates"] == [place.lon, place.lat]
        assert feature["properties"]["place"] == place.name


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.tuples(children, children)
        | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=25,
)


@given(_JSON_VALUES, st.sampled_from([0, 1, 2, 4]))
def test_indented_writer_is_json_dumps_byte_for_byte(value: Any, indent: int) -> None:
    # to_json writes indented JSON with its own writer; json.dumps is the reference
    from timeline.export.json import _dumps_indented, _NotPlain

    expected = json.dumps(value, ensure_ascii=False, indent=indent)
    try:
        assert _dumps_indented(value, " " * indent) == expected
    except _NotPlain:
        assert "NaN" in expected or "Infinity" in expected  # only what json itself spells oddly


@given(tst.trips())
def test_to_json_is_json_dumps_of_the_unstructured_value(trip: Trip) -> None:
    from timeline.export import unstructure

    assert to_json(trip) == json.dumps(unstructure(trip), ensure_ascii=False, indent=2)


@pytest.mark.parametrize(("cls", "strategy"), ROUND_TRIPS, ids=[c.__name__ for c, _ in ROUND_TRIPS])
@pytest.mark.parametrize("indent", [None, 0, 2, 4])
def test_model_writers_are_json_dumps_of_the_unstructured_value(
    cls: type, strategy: st.SearchStrategy[Any], indent: int | None
) -> None:
    # to_json writes model values with generated writers; json.dumps of unstructure is the reference
    from timeline.export import unstructure

    @given(strategy)
    def check(value: Any) -> None:
        assert to_json(value, indent=indent) == json.dumps(
            unstructure(value), ensure_ascii=False, indent=indent
        )

    check()


@given(tst.place_refs(), st.sampled_from([None, 2]))
def test_place_ref_writers_are_json_dumps_of_the_unstructured_value(
    ref: Resolved | Unresolved, indent: int | None
) -> None:
    from timeline.export import unstructure

    for value in (ref, Stop(ref)):
        assert to_json(value, indent=indent) == json.dumps(
            unstructure(value), ensure_ascii=False, indent=indent
        )


def test_a_value_the_writers_do_not_expect_takes_the_general_way() -> None:
    from timeline.export import unstructure

    class Offset(int):
        pass

    evidence = Evidence(Offset(1), 3, "ab", "rule")  # an int subclass passes the validators
    for indent in (None, 2):
        assert to_json(evidence, indent=indent) == json.dumps(
            unstructure(evidence), ensure_ascii=False, indent=indent
        )


# -- the package: one module per format, the same public names as the one module it was ----------

PUBLIC = [
    "CSV_COLUMNS", "converter", "from_json", "to_csv", "to_geojson", "to_ics", "to_json", "to_kml",
    "to_timelinejs", "unstructure",
]  # fmt: skip
MODULES = {
    "CSV_COLUMNS": "csv", "to_csv": "csv", "to_geojson": "geojson", "to_ics": "ics", "to_kml": "kml",
    "to_timelinejs": "timelinejs", "to_parquet": "parquet",
    "converter": "json", "from_json": "json", "to_json": "json", "unstructure": "json",
}  # fmt: skip


def test_the_package_exports_what_the_module_did_from_one_module_per_format() -> None:
    import importlib

    import timeline.export as export

    assert set(PUBLIC) <= set(export.__all__)
    assert set(export.__all__) == set(MODULES)
    for name, module in MODULES.items():
        assert getattr(export, name) is getattr(importlib.import_module(f"timeline.export.{module}"), name)


@given(tst.itineraries())
def test_csv_and_the_table_rows_number_trips_alike(itinerary: Itinerary) -> None:
    import csv
    import io

    from timeline.export import to_csv
    from timeline.tables import to_records

    rows = list(csv.DictReader(io.StringIO(to_csv(itinerary), newline="")))
    records = to_records(itinerary)
    assert [(int(r["trip"]), r["stop"]) for r in rows] == [
        (r["trip"], "" if r["stop"] is None else str(r["stop"])) for r in records
    ]
