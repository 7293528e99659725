"""Exports, for any itinerary: every trip and stop, coordinates in range and in each format's order."""

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
from timeline.itinerary import legs
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
def test_csv_row_per_stop_and_per_trip_without_stops(itinerary):
    rows = list(csv.DictReader(io.StringIO(to_csv(itinerary), newline="")))
    expected = [(number, None, None) for number, trip in enumerate(itinerary.trips) if not trip.stops]
    expected += [
        (number, index, stop)
        for number, trip in enumerate(itinerary.trips)
        for index, stop in enumerate(trip.stops)
    ]
    assert len(rows) == len(expected)
    assert list(rows[0]) == list(CSV_COLUMNS) if rows else True
    by_key = {(int(row["trip"]), int(row["stop"]) if row["stop"] else None): row for row in rows}
    assert len(by_key) == len(rows)  # (trip, stop) names one row
    for number, index, stop in expected:
        row = by_key[number, index]
        trip = itinerary.trips[number]
        assert (row["kind"], row["status"]) == (trip.kind.value, trip.status.value)
        for column in ("person", "title", "place", "source"):  # no cell a spreadsheet would run
            assert row[column][:1] not in ("=", "+", "-", "@", "\t", "\r")
        span = trip.span if stop is None else stop.span
        if stop is None:
            assert row["lat"] == row["lon"] == row["seq"] == ""
        elif isinstance(stop.place, Resolved):
            assert float(row["lat"]) == stop.place.place.lat
            assert float(row["lon"]) == stop.place.place.lon
            assert -90 <= float(row["lat"]) <= 90
            assert -180 <= float(row["lon"]) <= 180
            assert row["place"] == _as_cell(stop.place.place.name)
        else:
            assert row["lat"] == row["lon"] == row["seq"] == ""
            assert row["place"] == _as_cell(stop.place.text)
        if isinstance(span, DateSpan):
            assert (row["start"], row["end"]) == (span.start.isoformat(), span.end.isoformat())
        else:
            assert row["start"] == row["end"] == ""


def _days(trip):
    """The days an ICS trip event covers: the trip's, else its dated stops'."""
    if isinstance(trip.span, DateSpan):
        return trip.span.start, trip.span.end
    spans = [s.span for s in trip.stops if isinstance(s.span, DateSpan)]
    return (min(s.start for s in spans), max(s.end for s in spans)) if spans else None


@given(tst.itineraries())
def test_ics_event_per_trip_and_per_dated_stop_with_exclusive_end(itinerary):
    text = to_ics(itinerary)
    cal = icalendar.Calendar.from_ical(text)
    events = {str(e["X-TIMELINE-ID"]): e for e in cal.walk("VEVENT")}
    journals = {str(j["X-TIMELINE-ID"]): j for j in cal.walk("VJOURNAL")}
    uids = [str(e["UID"]) for e in (*cal.walk("VEVENT"), *cal.walk("VJOURNAL"))]
    assert len(set(uids)) == len(uids)
    expected_events = 0
    for number, trip in enumerate(itinerary.trips):
        days = _days(trip)
        if days is None:  # no day at all: a journal entry, never left out
            entry = journals[f"trip-{number}"]
            assert "DTSTART" not in entry
        else:
            expected_events += 1
            entry = events[f"trip-{number}"]
            assert entry.decoded("DTSTART") == days[0]
            assert entry.decoded("DTEND") == days[1] + dt.timedelta(days=1)  # exclusive
        description = str(entry["DESCRIPTION"])
        undated = [s for s in trip.stops if not isinstance(s.span, DateSpan)]
        if undated:
            assert "Undated stops: " in description
        for index, stop in enumerate(trip.stops):
            if not isinstance(stop.span, DateSpan):
                assert f"trip-{number}-stop-{index}" not in events
                continue
            expected_events += 1
            event = events[f"trip-{number}-stop-{index}"]
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            assert type(start) is dt.date  # all-day
            assert start == stop.span.start
            assert end == stop.span.end + dt.timedelta(days=1)  # exclusive
            assert (end - start).days == stop.span.days
            if days is not None:
                assert str(event["RELATED-TO"]) == str(entry["UID"])
            if isinstance(stop.place, Resolved):
                geo = event["GEO"]  # (not .decoded("GEO"): icalendar before 7.2 cannot decode a parsed GEO)
                lat, lon = geo.latitude, geo.longitude
                assert (lat, lon) == (stop.place.place.lat, stop.place.place.lon)
            else:
                assert "GEO" not in event
    assert len(events) == expected_events
    assert len(journals) == sum(_days(trip) is None for trip in itinerary.trips)
    assert to_ics(itinerary) == text  # stable: same itinerary, same UIDs and stamps


def _data(mark):
    return {d.get("name"): d.findtext(f"{KML}value") for d in mark.iter(f"{KML}Data")}


@given(tst.itineraries())
def test_kml_placemark_per_stop_linestring_per_leg(itinerary):
    root = ET.fromstring(to_kml(itinerary).encode())
    folders = root.findall(f"{KML}Document/{KML}Folder")
    assert [f.findtext(f"{KML}name") for f in folders] == list(itinerary.people())
    by_id = {}
    for folder in folders:
        for mark in folder.findall(f"{KML}Placemark"):
            by_id[mark.get("id")] = mark
            assert _data(mark)["trip"] is not None
            number = int(_data(mark)["trip"])
            assert itinerary.trips[number].person.name == folder.findtext(f"{KML}name")
    expected = set()
    for number, trip in enumerate(itinerary.trips):
        for index, stop in enumerate(trip.stops):
            mark = by_id[f"trip-{number}-stop-{index}"]
            expected.add(mark.get("id"))
            point = mark.findtext(f"{KML}Point/{KML}coordinates")
            if isinstance(stop.place, Resolved):
                lon, lat = (float(x) for x in point.split(","))
                assert (lat, lon) == (stop.place.place.lat, stop.place.place.lon)
            else:
                assert point is None  # listed, not drawn
            span = mark.find(f"{KML}TimeSpan")
            if isinstance(stop.span, DateSpan):
                assert span.findtext(f"{KML}begin") == stop.span.start.isoformat()
                assert span.findtext(f"{KML}end") == stop.span.end.isoformat()
            else:
                assert span is None
        for leg_number, leg in enumerate(legs(trip), start=1):
            mark = by_id[f"trip-{number}-leg-{leg_number}"]
            expected.add(mark.get("id"))
            line = [
                tuple(float(x) for x in pair.split(","))
                for pair in mark.findtext(f"{KML}LineString/{KML}coordinates").split()
            ]
            a, b = leg.origin_place, leg.destination_place
            assert line == [(a.lon, a.lat), (b.lon, b.lat)]
            assert mark.findtext(f"{KML}styleUrl") == f"#leg-{trip.status.value}"
            assert _data(mark)["status"] == trip.status.value
        if not any(isinstance(s.place, Resolved) for s in trip.stops):
            expected.add(by_id[f"trip-{number}"].get("id"))  # the trip itself, at its regions
    assert set(by_id) == expected


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
