"""TimelineJS 3 JSON: an event per dated trip and per dated stop, grouped by person."""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import Any

from gazetteer.model import Resolved
from timeline.export._common import place_name, stop_words
from timeline.export._numbering import Exportable, numbered_stops, numbered_trips, stop_id, trip_id
from timeline.model import DateSpan, Precision

__all__ = ["to_timelinejs"]


def _tljs_date(day: dt.date, precision: Precision) -> dict[str, str]:
    if precision in (Precision.YEAR, Precision.DECADE):
        return {"year": str(day.year)}
    if precision in (Precision.MONTH, Precision.QUARTER):
        return {"year": str(day.year), "month": str(day.month)}
    return {"year": str(day.year), "month": str(day.month), "day": str(day.day)}


def to_timelinejs(source: Exportable) -> str:
    """TimelineJS 3 JSON: an event per dated trip and per dated stop, grouped by person.

    ``unique_id`` is the numbering every export shares (``trip-3``, ``trip-3-stop-0``).  Dates
    known only to the month or year are given only that finely.  Text is HTML-escaped, since
    TimelineJS shows it as HTML.
    """
    events: list[dict[str, Any]] = []
    for number, trip in numbered_trips(source):
        who = html.escape(trip.person.name)
        if isinstance(trip.span, DateSpan):
            words = " … ".join(ev.text for ev in trip.evidence)
            events.append(
                {
                    "unique_id": trip_id(number),
                    "group": trip.person.name,
                    "start_date": _tljs_date(trip.span.start, trip.span.precision),
                    "end_date": _tljs_date(trip.span.end, trip.span.precision),
                    "text": {
                        "headline": f"{who}: {trip.kind.value} trip",
                        "text": f"<blockquote>{html.escape(words)}</blockquote>" if words else "",
                    },
                }
            )
        for index, seq, stop in numbered_stops(trip):
            span = stop.span
            if not isinstance(span, DateSpan):
                continue
            words = stop_words(stop, trip)
            event: dict[str, Any] = {
                "unique_id": stop_id(number, index),
                "group": trip.person.name,
                "start_date": _tljs_date(span.start, span.precision),
                "end_date": _tljs_date(span.end, span.precision),
                "text": {
                    "headline": (f"{seq}. " if seq else "") + html.escape(place_name(stop)),
                    "text": f"<blockquote>{html.escape(words)}</blockquote>" if words else "",
                },
            }
            if isinstance(stop.place, Resolved):
                event["location"] = {"lat": stop.place.place.lat, "lon": stop.place.place.lon}
            events.append(event)
    document = {"title": {"text": {"headline": "Itinerary"}}, "events": events}
    return json.dumps(document, ensure_ascii=False, indent=2)
