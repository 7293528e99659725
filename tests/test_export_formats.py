"""The exports of the bundled reports, as the command line writes them, parsed back.

Every trip and stop of the fixtures' itinerary is in each format (a trip with no stops too, and
the planned visit), KML draws the legs, and every format numbers trips and stops the same way:
``trip`` N and stop M of the CSV are ``trip-N``/``trip-N-stop-M`` in GeoJSON, iCalendar, KML and
TimelineJS, and trip N of the Parquet table.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import icalendar
import pytest

from gazetteer.model import Resolved
from timeline.cli import iter_inputs, main, read_batch
from timeline.export import CSV_COLUMNS, to_csv, to_parquet
from timeline.itinerary import build_itinerary, legs
from timeline.model import DateSpan, Itinerary, Trip, TripStatus
from timeline.tables import COLUMNS, to_records

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
KML = "{http://www.opengis.net/kml/2.2}"
FORMATS = ("geojson", "csv", "ics", "kml", "timelinejs")


@pytest.fixture(scope="module")
def itinerary() -> Itinerary:
    """The fixtures' itinerary, read as the command line reads it."""
    extraction = read_batch([path for path, _ in iter_inputs([str(FIXTURES)])])
    return build_itinerary(extraction.documents)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """``timeline export fixtures --format F -o FILE``, for every text format."""
    folder = tmp_path_factory.mktemp("exports")
    out = {}
    for fmt in FORMATS:
        path = folder / f"out.{fmt}"
        assert main(["export", str(FIXTURES), "--format", fmt, "-o", str(path)]) == 0
        out[fmt] = path.read_text(encoding="utf-8")
    return out


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _calendar(text: str) -> list[Any]:
    return list(icalendar.Calendar.from_ical(text).walk())


def _ics_ids(text: str) -> dict[str, Any]:
    """Every VEVENT and VJOURNAL by its shared id (X-TIMELINE-ID)."""
    entries = [c for c in _calendar(text) if c.name in ("VEVENT", "VJOURNAL")]
    ids = {str(entry["X-TIMELINE-ID"]): entry for entry in entries}
    assert len(ids) == len(entries)
    return ids


def _kml_marks(text: str) -> dict[str, tuple[str, ET.Element]]:
    """Every Placemark by id, with the name of the person's Folder it is in."""
    root = ET.fromstring(text.encode())
    return {
        mark.get("id", ""): (folder.findtext(f"{KML}name") or "", mark)
        for folder in root.findall(f"{KML}Document/{KML}Folder")
        for mark in folder.findall(f"{KML}Placemark")
    }


def _kml_data(mark: ET.Element) -> dict[str, str | None]:
    return {d.get("name"): d.findtext(f"{KML}value") for d in mark.iter(f"{KML}Data")}


def test_the_fixtures_have_what_these_tests_are_about(itinerary: Itinerary) -> None:
    trips = itinerary.trips
    assert len(trips) >= 20
    assert any(not trip.stops for trip in trips)  # provincial trips with no stop named
    assert any(trip.status is TripStatus.PLANNED and not trip.stops for trip in trips)  # Vietnam and Laos
    assert any(not isinstance(stop.place, Resolved) for stop in itinerary.stops())
    assert sum(len(legs(trip)) for trip in trips) >= 10


def test_csv_has_a_row_per_stop_and_per_trip_without_stops(
    itinerary: Itinerary, outputs: dict[str, str]
) -> None:
    rows = _csv_rows(outputs["csv"])
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == sum(max(1, len(trip.stops)) for trip in itinerary.trips)
    by_trip: dict[int, list[dict[str, str]]] = {}
    for row in rows:
        by_trip.setdefault(int(row["trip"]), []).append(row)
    assert sorted(by_trip) == list(range(len(itinerary.trips)))  # every trip
    for number, trip in enumerate(itinerary.trips):
        got = by_trip[number]
        assert {row["person"] for row in got} == {trip.person.name}
        assert {row["status"] for row in got} == {trip.status.value}
        if not trip.stops:
            [row] = got
            assert row["stop"] == row["seq"] == ""
            assert row["place"] == "; ".join(trip.places)
            assert (row["start"], row["end"]) == (
                trip.start.isoformat() if trip.start else "",
                trip.end.isoformat() if trip.end else "",
            )
        else:
            assert [int(row["stop"]) for row in got] == list(range(len(trip.stops)))
            for row, stop in zip(got, trip.stops, strict=True):
                assert row["start"] == (stop.start.isoformat() if stop.start else "")  # undated: empty
                assert row["place"] == (stop.location.name if stop.location else stop.place.text)
    planned = [row for row in rows if row["status"] == "planned" and row["stop"] == ""]
    assert any("Vietnam" in row["place"] and "Laos" in row["place"] for row in planned)


def test_csv_keeps_an_undated_stop_with_empty_dates(itinerary: Itinerary) -> None:
    import attrs

    from timeline.model import Unknown

    trip = next(trip for trip in itinerary.trips if len(trip.stops) >= 2)
    undated = attrs.evolve(trip.stops[1], span=Unknown("no date given"))
    rows = _csv_rows(to_csv(attrs.evolve(trip, stops=(trip.stops[0], undated))))
    assert [row["stop"] for row in rows] == ["0", "1"]
    assert rows[1]["start"] == rows[1]["end"] == rows[1]["precision"] == ""
    assert rows[1]["place"] == trip.stops[1].label


def _days(trip: Trip) -> tuple[dt.date, dt.date] | None:
    """The days a trip's calendar event covers: the trip's, else its dated stops'."""
    if isinstance(trip.span, DateSpan):
        return trip.span.start, trip.span.end
    spans = [stop.span for stop in trip.stops if isinstance(stop.span, DateSpan)]
    return (min(s.start for s in spans), max(s.end for s in spans)) if spans else None


def test_ics_has_an_all_day_event_per_trip_and_per_dated_stop(
    itinerary: Itinerary, outputs: dict[str, str]
) -> None:
    entries = _ics_ids(outputs["ics"])
    expected = set()
    for number, trip in enumerate(itinerary.trips):
        event = entries[f"trip-{number}"]
        expected.add(f"trip-{number}")
        days = _days(trip)
        if days is None:  # no day anywhere: a journal entry, with no start
            assert event.name == "VJOURNAL"
            assert "DTSTART" not in event
        else:
            assert event.name == "VEVENT"
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            assert type(start) is dt.date  # all-day
            assert (start, end) == (days[0], days[1] + dt.timedelta(days=1))  # DTEND exclusive
        assert str(event["SUMMARY"]).startswith(f"{trip.person.name}: ")
        for index, stop in enumerate(trip.stops):
            if isinstance(stop.span, DateSpan):
                stop_event = entries[f"trip-{number}-stop-{index}"]
                expected.add(f"trip-{number}-stop-{index}")
                assert stop_event.decoded("DTSTART") == stop.span.start
                assert stop_event.decoded("DTEND") == stop.span.end + dt.timedelta(days=1)
                assert str(stop_event["RELATED-TO"]) == str(event["UID"])
    assert set(entries) == expected
    planned = [
        str(e["SUMMARY"])
        for e in entries.values()
        if "(planned)" in str(e["SUMMARY"]) and "Laos" in str(e["SUMMARY"])
    ]
    assert planned  # the planned Vietnam/Laos visit, which has no stops


def test_ics_notes_undated_stops_in_the_trips_description(itinerary: Itinerary) -> None:
    import attrs

    from timeline.export import to_ics
    from timeline.model import Unknown

    trip = next(trip for trip in itinerary.trips if len(trip.stops) >= 2)
    undated = attrs.evolve(trip.stops[1], span=Unknown("no date given"))
    entries = _ics_ids(to_ics(attrs.evolve(trip, stops=(trip.stops[0], undated))))
    assert set(entries) == {"trip-0", "trip-0-stop-0"}  # no event for the undated stop, but:
    description = str(entries["trip-0"]["DESCRIPTION"])
    assert f"Undated stops: {trip.stops[1].label}" in description.splitlines()


def test_kml_has_every_stop_and_a_linestring_per_leg_in_a_folder_per_person(
    itinerary: Itinerary, outputs: dict[str, str]
) -> None:
    marks = _kml_marks(outputs["kml"])
    root = ET.fromstring(outputs["kml"].encode())
    folders = [f.findtext(f"{KML}name") for f in root.findall(f"{KML}Document/{KML}Folder")]
    assert folders == list(itinerary.people())
    lines = [mark for _, mark in marks.values() if mark.find(f"{KML}LineString") is not None]
    assert len(lines) == sum(len(legs(trip)) for trip in itinerary.trips) > 0
    for number, trip in enumerate(itinerary.trips):
        for index, stop in enumerate(trip.stops):
            person, mark = marks[f"trip-{number}-stop-{index}"]
            assert person == trip.person.name
            has_point = mark.find(f"{KML}Point") is not None
            assert has_point == isinstance(stop.place, Resolved)
        for leg_number, leg in enumerate(legs(trip), start=1):
            person, mark = marks[f"trip-{number}-leg-{leg_number}"]
            assert person == trip.person.name
            coordinates = (mark.findtext(f"{KML}LineString/{KML}coordinates") or "").split()
            assert [tuple(float(x) for x in c.split(",")) for c in coordinates] == [
                (leg.origin_place.lon, leg.origin_place.lat),
                (leg.destination_place.lon, leg.destination_place.lat),
            ]
            planned = trip.status is TripStatus.PLANNED
            assert mark.findtext(f"{KML}styleUrl") == ("#leg-planned" if planned else "#leg-made")
        if not any(isinstance(stop.place, Resolved) for stop in trip.stops):
            person, mark = marks[f"trip-{number}"]  # the trip itself, at its regions' points
            assert person == trip.person.name
            points = mark.findall(f".//{KML}Point")
            assert len(points) == sum(isinstance(region, Resolved) for region in trip.regions)
    styles = {mark.findtext(f"{KML}styleUrl") for mark in lines}
    assert styles == {"#leg-made", "#leg-planned"}  # Rubio's planned Tokyo -> Kuala Lumpur
    ids = {s.get("id") for s in root.iter(f"{KML}Style")}
    assert {"leg-made", "leg-planned"} <= ids


def _numbering(fmt: str, text: str) -> tuple[dict[int, str], dict[tuple[int, int], str]]:
    """(trip number -> person, (trip, stop) -> place) as one format writes them."""
    trips: dict[int, str] = {}
    stops: dict[tuple[int, int], str] = {}

    def parse_id(value: str) -> tuple[int, int | None]:
        parts = value.split("-")
        assert parts[0] == "trip"
        return int(parts[1]), (int(parts[3]) if len(parts) == 4 and parts[2] == "stop" else None)

    if fmt == "csv":
        for row in _csv_rows(text):
            trips[int(row["trip"])] = row["person"]
            if row["stop"]:
                stops[int(row["trip"]), int(row["stop"])] = row["place"]
    elif fmt == "geojson":
        for feature in json.loads(text)["features"]:
            props = feature["properties"]
            trips[props["trip"]] = props["person"]
            if "stop" in props:
                assert parse_id(feature["id"]) == (props["trip"], props["stop"])
                stops[props["trip"], props["stop"]] = props["place"]
    elif fmt == "ics":
        for key, entry in _ics_ids(text).items():
            number, stop = parse_id(key)
            person = str(entry["SUMMARY"]).partition(": ")[0]
            trips[number] = person
            if stop is not None:
                stops[number, stop] = str(entry["LOCATION"])
    elif fmt == "kml":
        for key, (person, mark) in _kml_marks(text).items():
            number, stop = parse_id(key)
            assert _kml_data(mark)["trip"] == str(number)
            trips[number] = person
            if stop is not None:
                assert _kml_data(mark)["stop"] == str(stop)
                name = mark.findtext(f"{KML}name") or ""
                stops[number, stop] = (
                    name.split(". ", 1)[1] if ". " in name else name.removesuffix(" (unresolved)")
                )
    elif fmt == "timelinejs":
        for event in json.loads(text)["events"]:
            number, stop = parse_id(event["unique_id"])
            trips[number] = event["group"]
            if stop is not None:
                headline = event["text"]["headline"]
                stops[number, stop] = headline.split(". ", 1)[1] if ". " in headline else headline
    return trips, stops


def test_every_format_numbers_trips_and_stops_the_same(itinerary: Itinerary, outputs: dict[str, str]) -> None:
    truth_trips = {number: trip.person.name for number, trip in enumerate(itinerary.trips)}
    truth_stops = {
        (number, index): stop.location.name if stop.location else stop.place.text
        for number, trip in enumerate(itinerary.trips)
        for index, stop in enumerate(trip.stops)
    }
    for fmt in FORMATS:
        trips, stops = _numbering(fmt, outputs[fmt])
        assert trips.items() <= truth_trips.items(), fmt
        assert stops.items() <= truth_stops.items(), fmt
        if fmt in ("csv", "ics", "kml"):  # every trip
            assert trips == truth_trips, fmt
    # TimelineJS places the dated trips
    timelinejs_trips, _ = _numbering("timelinejs", outputs["timelinejs"])
    assert timelinejs_trips == {n: p for n, p in truth_trips.items() if itinerary.trips[n].start is not None}
    # GeoJSON draws resolved stops only, so it has the trips with a resolved stop
    geojson_trips, _ = _numbering("geojson", outputs["geojson"])
    assert set(geojson_trips) == {
        n for n, trip in enumerate(itinerary.trips) if any(isinstance(s.place, Resolved) for s in trip.stops)
    }
    # every stop is in CSV and KML under the same number
    assert _numbering("csv", outputs["csv"])[1] == truth_stops
    assert _numbering("kml", outputs["kml"])[1] == truth_stops


def test_parquet_round_trips_to_the_records(itinerary: Itinerary, tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    out = tmp_path / "trips.parquet"
    assert main(["export", str(FIXTURES), "--format", "parquet", "-o", str(out)]) == 0
    table = pq.read_table(out)
    assert table.column_names == list(COLUMNS)
    assert table.schema.field("trip_start").type == pa.date32()
    assert table.schema.field("stop").type == pa.int64()
    assert table.schema.field("resolved").type == pa.bool_()
    records = to_records(itinerary)
    assert table.to_pylist() == records
    assert table.num_rows == sum(max(1, len(trip.stops)) for trip in itinerary.trips)
    # the same trip numbers as the CSV
    csv_trips = {(int(row["trip"]), row["person"]) for row in _csv_rows(to_csv(itinerary))}
    assert {(row["trip"], row["person"]) for row in records} == csv_trips
    assert pq.read_table(io.BytesIO(to_parquet(itinerary))).to_pylist() == records


def test_without_pyarrow_parquet_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parquet = importlib.import_module("timeline.export.parquet")
    monkeypatch.setattr(parquet, "available", lambda: False)
    out = tmp_path / "trips.parquet"
    assert main(["export", str(FIXTURES), "--format", "parquet", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"timeline: {parquet.MISSING}\n"
    assert "pip install 'news-itinerary[parquet]'" in err
    assert not list(tmp_path.iterdir())  # refused before any work: not even a temporary file
    # the library says the same, as an ImportError
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"^Parquet needs pyarrow, which is not installed"):
        to_parquet(Itinerary())
