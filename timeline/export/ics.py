"""iCalendar (RFC 5545): an all-day event per trip and per dated stop."""

from __future__ import annotations

import datetime as dt

from gazetteer.model import Resolved
from timeline.export._common import describe_trip, place_name, stop_words, trip_days, who
from timeline.export._numbering import Exportable, numbered_stops, numbered_trips, stop_id, trip_id
from timeline.model import DateSpan, Precision, Trip

__all__ = ["to_ics"]

_NO_DAY = dt.date(1970, 1, 1)  # the DTSTAMP of a trip with no day and no publication day


def _uid(*parts: object) -> str:
    import hashlib

    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode(), usedforsecurity=False).hexdigest()
    return f"{digest[:24]}@timeline"


def _stamp(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def _trip_lines(trip: Trip, days: DateSpan | None) -> list[str]:
    """The trip's description: who, what, its stops (dated, then the undated ones), the words, the sources."""
    lines = [who(trip), describe_trip(trip)]
    if days is None:
        lines.append("no day known for the trip or any of its stops")
    else:
        if not isinstance(trip.span, DateSpan):
            lines.append("days of the trip not given: these are the days of its stops")
        if days.precision is not Precision.DAY:
            lines.append(f"known only to the {days.precision.value}")
    stops = numbered_stops(trip)
    dated = [
        f"{place_name(stop)} ({stop.span.start.isoformat()}"
        + (f" to {stop.span.end.isoformat()})" if stop.span.end != stop.span.start else ")")
        for _, _, stop in stops
        if isinstance(stop.span, DateSpan)
    ]
    undated = [place_name(stop) for _, _, stop in stops if not isinstance(stop.span, DateSpan)]
    if dated:
        lines.append("Stops: " + "; ".join(dated))
    if undated:
        lines.append("Undated stops: " + "; ".join(undated))
    if not stops:
        lines.append("No stops reported")
    if trip.evidence:  # the first words that report the trip (each stop's own are in its event)
        lines.append(f"“{trip.evidence[0].text}”")
    lines += [src.headline or src.path for src in trip.sources]
    return lines


def to_ics(source: Exportable) -> str:
    """An iCalendar (RFC 5545) calendar: an all-day VEVENT per trip and per stop with known days.

    Every trip is there, with stops or without: its event runs over the trip's days (or, where
    the report gives none, the days its dated stops cover), and its ``DESCRIPTION`` lists its
    stops, the undated ones under ``Undated stops:``.  A trip with no day at all (nor any of
    its stops) cannot be an event, which needs a start: it is a ``VJOURNAL`` entry instead,
    with the same description.  ``DTEND`` is exclusive, the day after the last day.  ``GEO`` is
    given for resolved stops.  ``X-TIMELINE-ID`` is the numbering every export shares
    (``trip-3``, ``trip-3-stop-0``); a stop's event is ``RELATED-TO`` its trip's.  The ``UID``
    is a hash of the person, the trip and stop positions, the place and the days, so a
    re-export keeps it.  ``DTSTAMP`` (required) is the trip's latest publication day, else its
    first day (1970-01-01 when it has none), at midnight UTC: the export never reads the clock.
    """
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", "-//timeline//itinerary export//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for number, trip in numbered_trips(source):
        published = [src.published for src in trip.sources if isinstance(src.published, dt.date)]
        days = trip_days(trip)
        stamp = max(published) if published else (days.start if days is not None else _NO_DAY)
        summary = f"{trip.person.name}: {describe_trip(trip)}"
        entry = icalendar.Event() if days is not None else icalendar.Journal()
        trip_uid = _uid(trip.person.name, number, "trip", *((days.start, days.end) if days else ()))
        entry.add("uid", trip_uid)
        entry.add("dtstamp", _stamp(stamp))
        if days is not None:
            entry.add("dtstart", days.start)
            # (DTEND is the day after the last; the calendar's last day has none, so it ends itself)
            entry.add("dtend", days.end + dt.timedelta(days=1) if days.end < dt.date.max else days.end)
        entry.add("summary", summary)
        if trip.regions:
            entry.add(
                "location",
                ", ".join(r.place.name if isinstance(r, Resolved) else r.text for r in trip.regions),
            )
        entry.add("description", "\n".join(_trip_lines(trip, days)))
        entry.add("categories", [trip.kind.value, "trip"])
        entry.add("x-timeline-id", trip_id(number))
        cal.add_component(entry)
        for index, seq, stop in numbered_stops(trip):
            span = stop.span
            if not isinstance(span, DateSpan):
                continue  # listed in its trip's description
            name = place_name(stop)
            event = icalendar.Event()
            event.add("uid", _uid(trip.person.name, number, index, name, span.start, span.end))
            event.add("dtstamp", _stamp(max(published) if published else span.start))
            event.add("dtstart", span.start)
            event.add("dtend", span.end + dt.timedelta(days=1) if span.end < dt.date.max else span.end)
            event.add("summary", f"{trip.person.name}: {name}" + (f" (stop {seq})" if seq else ""))
            event.add("location", name)
            if isinstance(stop.place, Resolved):
                event.add("geo", (stop.place.place.lat, stop.place.place.lon))
            lines = [who(trip), describe_trip(trip)]
            if span.precision is not Precision.DAY:
                lines.append(f"known only to the {span.precision.value}")
            words = stop_words(stop, trip)
            if words:
                lines.append(f"“{words}”")
            lines += [src.headline or src.path for src in trip.sources]
            event.add("description", "\n".join(lines))
            event.add("categories", [trip.kind.value, "stop"])
            event.add("x-timeline-id", stop_id(number, index))
            event.add("related-to", trip_uid, parameters={"RELTYPE": "PARENT"})
            cal.add_component(event)
    return str(cal.to_ical().decode("utf-8"))
