"""Exports, for any itinerary: one record per stop, coordinates in range and in each format's order."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET

import icalendar
from hypothesis import given

from gazetteer.model import Resolved
from timeline.export import CSV_COLUMNS, to_csv, to_geojson, to_ics, to_kml, to_timelinejs
from timeline.model import DateSpan, Itinerary
from timeline.testing import strategies as tst

KML = "{http://www.opengis.net/kml/2.2}"


def resolved(itinerary: Itinerary):
    return [s for s in itinerary.stops() if isinstance(s.place, Resolved)]


@given(tst.itineraries())
def test_geojson_point_per_resolved_stop_lon_lat(itinerary):
    points = [f for f in to_geojson(itinerary)["features"] if f["geometry"]["type"] == "Point"]
    stops = resolved(itinerary)
    assert len(points) == len(stops)
    for feature, stop in zip(points, stops, strict=True):
        lon, lat = feature["geometry"]["coordinates"]
        assert (lat, lon) == (stop.place.place.lat, stop.place.place.lon)
        assert -90 <= lat <= 90
        assert -180 <= lon <= 180


def _as_cell(text):
    """What a text becomes in a CSV cell: one that opens like a formula gets a leading quote."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@given(tst.itineraries())
def test_csv_row_per_stop(itinerary):
    rows = list(csv.DictReader(io.StringIO(to_csv(itinerary), newline="")))
    stops = itinerary.stops()
    assert len(rows) == len(stops)
    assert list(rows[0]) == list(CSV_COLUMNS) if rows else True
    for row, stop in zip(rows, stops, strict=True):
        for column in ("person", "title", "place", "source"):  # no cell a spreadsheet would run
            assert row[column][:1] not in ("=", "+", "-", "@", "\t", "\r")
        if isinstance(stop.place, Resolved):
            assert float(row["lat"]) == stop.place.place.lat
            assert float(row["lon"]) == stop.place.place.lon
            assert -90 <= float(row["lat"]) <= 90
            assert -180 <= float(row["lon"]) <= 180
            assert row["place"] == _as_cell(stop.place.place.name)
        else:
            assert row["lat"] == row["lon"] == row["seq"] == ""
            assert row["place"] == _as_cell(stop.place.text)
        if isinstance(stop.span, DateSpan):
            assert (row["start"], row["end"]) == (stop.span.start.isoformat(), stop.span.end.isoformat())
        else:
            assert row["start"] == row["end"] == ""


@given(tst.itineraries())
def test_ics_event_per_dated_stop_with_exclusive_end(itinerary):
    text = to_ics(itinerary)
    cal = icalendar.Calendar.from_ical(text)
    events = list(cal.walk("VEVENT"))
    dated = [s for s in itinerary.stops() if isinstance(s.span, DateSpan)]
    assert len(events) == len(dated)
    assert len({str(e["UID"]) for e in events}) == len(events)
    for event, stop in zip(events, dated, strict=True):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date  # all-day
        assert start == stop.span.start
        assert end == stop.span.end + dt.timedelta(days=1)  # exclusive
        assert (end - start).days == stop.span.days
        if isinstance(stop.place, Resolved):
            geo = event["GEO"]  # (not .decoded("GEO"): icalendar before 7.2 cannot decode a parsed GEO)
            lat, lon = geo.latitude, geo.longitude
            assert (lat, lon) == (stop.place.place.lat, stop.place.place.lon)
        else:
            assert "GEO" not in event
    assert to_ics(itinerary) == text  # stable: same itinerary, same UIDs and stamps


@given(tst.itineraries())
def test_kml_placemark_per_resolved_stop_lon_lat(itinerary):
    root = ET.fromstring(to_kml(itinerary).encode())
    folders = root.findall(f"{KML}Document/{KML}Folder")
    assert [f.findtext(f"{KML}name") for f in folders] == list(itinerary.people())
    marks = [m for f in folders for m in f.findall(f"{KML}Placemark")]
    stops = resolved(itinerary)
    assert len(marks) == len(stops)
    by_id = {m.get("id"): m for m in marks}
    for trip_no, trip in enumerate(itinerary.trips):
        seq = 0
        for stop in trip.stops:
            if not isinstance(stop.place, Resolved):
                continue
            seq += 1
            mark = by_id[f"trip{trip_no}-stop{seq}"]
            lon, lat = (float(x) for x in mark.findtext(f"{KML}Point/{KML}coordinates").split(","))
            assert (lat, lon) == (stop.place.place.lat, stop.place.place.lon)
            span = mark.find(f"{KML}TimeSpan")
            if isinstance(stop.span, DateSpan):
                assert span.findtext(f"{KML}begin") == stop.span.start.isoformat()
                assert span.findtext(f"{KML}end") == stop.span.end.isoformat()
            else:
                assert span is None


@given(tst.itineraries())
def test_timelinejs_event_per_dated_trip_and_stop(itinerary):
    doc = json.loads(to_timelinejs(itinerary))
    dated = sum(isinstance(s.span, DateSpan) for s in itinerary.stops())
    dated += sum(isinstance(t.span, DateSpan) for t in itinerary.trips)
    assert len(doc["events"]) == dated
    for event in doc["events"]:
        assert "<" not in event["text"]["headline"]  # escaped: TimelineJS shows it as HTML
        start = [int(event["start_date"].get(k, 1)) for k in ("year", "month", "day")]
        end = [int(event["end_date"].get(k, 1)) for k in ("year", "month", "day")]
        assert start <= end
