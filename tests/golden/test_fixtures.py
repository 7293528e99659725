"""Golden tests: every fixture's report read as its hand-written ``expected.json`` says.

``expected.json`` is a projection of the extractor's JSON (see ``fixtures/README.md``): the
headline, publication day, dateline, the trip-relevant date expressions, and the trips with
person, title, kind, status, span, regions, stops and companions.  ``--update-golden``
rewrites the files from the current output and fails the run, so that a rewrite is always
looked at before it is committed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gazetteer.model import Resolved
from timeline.cli import read_one
from timeline.model import DateSpan, Document, Stop, Trip, Unknown

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
CASES = sorted(p.parent for p in FIXTURES.glob("*/expected.json"))


def _span(span: DateSpan | Unknown) -> dict[str, Any] | None:
    if isinstance(span, Unknown):
        return None
    return {"start": span.start.isoformat(), "end": span.end.isoformat(), "open_end": span.open_end}


def _stop(stop: Stop) -> dict[str, Any]:
    span = _span(stop.span)
    place: dict[str, Any]
    if isinstance(stop.place, Resolved):
        place = {"name": stop.place.place.name, "geonameid": stop.place.place.geonameid}
    else:
        place = {"status": "unresolved", "text": stop.place.text}
    return {**place, "start": span["start"] if span else None, "end": span["end"] if span else None}


def _trip(trip: Trip) -> dict[str, Any]:
    return {
        "person": trip.person.name,
        "title": trip.person.title.name if trip.person.title else None,
        "kind": trip.kind.value,
        "status": trip.status.value,
        "span": _span(trip.span),
        "regions": [
            {"name": r.place.name, "geonameid": r.place.geonameid}
            if isinstance(r, Resolved)
            else {"status": "unresolved", "text": r.text}
            for r in trip.regions
        ],
        "stops": [_stop(s) for s in trip.stops],
        "companions": [c.name for c in trip.companions],
    }


def project(doc: Document) -> dict[str, Any]:
    """The golden view of a document."""
    dateline = None
    if not isinstance(doc.dateline, Unknown):
        date = doc.dateline.date
        dateline = {
            "place": doc.dateline.place,
            "date": None if isinstance(date, Unknown) else date.isoformat(),
            "agency": doc.dateline.agency,
        }
    return {
        "headline": doc.headline,
        "published": None if isinstance(doc.published, Unknown) else doc.published.isoformat(),
        "dateline": dateline,
        "dates": [
            {
                "text": m.text,
                "start": None if isinstance(m.span, Unknown) else m.span.start.isoformat(),
                "end": None if isinstance(m.span, Unknown) else m.span.end.isoformat(),
            }
            for m in doc.dates
        ],
        "trips": [_trip(t) for t in doc.trips],
    }


def _trip_fields(trip: dict[str, Any]) -> dict[str, Any]:
    """The compared fields of an expected trip (optional lists default to empty)."""
    return {
        "person": trip["person"],
        "title": trip.get("title"),
        "kind": trip["kind"],
        "status": trip.get("status", "made"),
        "span": None
        if trip.get("span") is None
        else {
            "start": trip["span"]["start"],
            "end": trip["span"]["end"],
            "open_end": trip["span"].get("open_end", False),
        },
        "regions": trip.get("regions", []),
        "stops": [
            {**s, "start": s.get("start"), "end": s.get("end")}
            if s.get("status") != "unresolved"
            else {"status": "unresolved", "text": s["text"], "start": s.get("start"), "end": s.get("end")}
            for s in trip.get("stops", [])
        ],
        "companions": sorted(trip.get("companions", [])),  # who came along; the order means nothing
    }


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_reads_as_expected(case: Path, request: pytest.FixtureRequest) -> None:
    result = read_one(str(case / "article.txt"))
    assert isinstance(result, Document), f"{case.name}: {result}"
    actual = project(result)
    expected_path = case / "expected.json"
    if request.config.getoption("--update-golden"):
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.fail(f"rewrote {expected_path}: review the diff, then run again without --update-golden")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))

    assert actual["headline"] == expected["headline"]
    assert actual["published"] == expected["published"]
    assert actual["dateline"] == expected["dateline"]
    for date in expected.get("dates", []):
        # The same words (a reader may or may not count the preposition: "on Tuesday" / "Tuesday"), same days.
        assert any(
            (d["start"], d["end"]) == (date["start"], date["end"])
            and (d["text"] in date["text"] or date["text"] in d["text"])
            for d in actual["dates"]
        ), f"date {date} not read; read: {actual['dates']}"
    assert [_trip_fields(t) for t in actual["trips"]] == [_trip_fields(t) for t in expected["trips"]]


def test_there_are_enough_fixtures() -> None:
    assert len(CASES) >= 20, "the five seeds and at least fifteen fixtures of our own"
