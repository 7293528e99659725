"""What several exports write the same way: place names, the words that support a stop, who travelled."""

from __future__ import annotations

from gazetteer.model import Resolved
from timeline.model import DateSpan, Precision, Stop, Trip, TripStatus

__all__ = ["describe_trip", "place_name", "stop_words", "trip_days", "who"]

_PRECISIONS = list(Precision)  # finest first


def place_name(stop: Stop) -> str:
    """The place's name, or the words as written where it is unresolved."""
    return stop.place.place.name if isinstance(stop.place, Resolved) else stop.place.text


def stop_words(stop: Stop, trip: Trip) -> str:
    """The words that put the person at the stop, else the words that report the trip."""
    evidence = stop.evidence or trip.evidence
    return " … ".join(ev.text for ev in evidence)


def who(trip: Trip) -> str:
    """``"Zhang Guoqing, Vice Premier"``: the name, then the title where the report gives one."""
    return f"{trip.person.name}, {trip.person.title}" if trip.person.title else trip.person.name


def describe_trip(trip: Trip) -> str:
    """``"research trip to Zhejiang"``, ``"visit trip to Vietnam, Laos (planned)"``."""
    text = f"{trip.kind.value} trip"
    if trip.regions:
        text += " to " + ", ".join(
            region.place.name if isinstance(region, Resolved) else region.text for region in trip.regions
        )
    if trip.status is TripStatus.PLANNED:
        text += " (planned)"
    return text


def trip_days(trip: Trip) -> DateSpan | None:
    """The trip's days: its span, else the days its dated stops cover, else ``None``."""
    if isinstance(trip.span, DateSpan):
        return trip.span
    spans = [stop.span for stop in trip.stops if isinstance(stop.span, DateSpan)]
    if not spans:
        return None
    coarsest = max(spans, key=lambda span: _PRECISIONS.index(span.precision)).precision
    return DateSpan(min(s.start for s in spans), max(s.end for s in spans), coarsest)
