"""CSV (RFC 4180): a row per stop, and a row per trip with no stops."""

from __future__ import annotations

import csv
import io

from gazetteer.model import Resolved
from timeline.export._common import place_name
from timeline.export._numbering import Exportable, numbered_stops, numbered_trips
from timeline.model import DateSpan, Trip

__all__ = ["CSV_COLUMNS", "to_csv"]

CSV_COLUMNS = (
    "person",
    "title",
    "trip",
    "stop",
    "seq",
    "kind",
    "status",
    "place",
    "lat",
    "lon",
    "start",
    "end",
    "precision",
    "source",
)
"""The CSV header, in order."""

# What a spreadsheet may take for the start of a formula (OWASP's list for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """A text cell no spreadsheet runs: one that opens like a formula gets a leading ``'``."""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def _regions(trip: Trip) -> str:
    return "; ".join(
        region.place.name if isinstance(region, Resolved) else region.text for region in trip.regions
    )


def to_csv(source: Exportable) -> str:
    """One row per stop (resolved or not, dated or not), and one per trip with no stops.

    Columns :data:`CSV_COLUMNS`, RFC 4180 quoting.  ``trip`` is the trip's number and ``stop``
    the stop's number within it (empty on the row of a trip with no stops), the numbering every
    export shares; ``seq`` is the stop's number on the map (empty for a stop with no place);
    ``kind`` and ``status`` are the trip's (``research``, ``planned``...).  ``place`` is the
    place's name, the words as written where unresolved, or, on a trip's own row, its regions
    joined with ``"; "``; ``lat``/``lon`` are WGS84 degrees, empty where unresolved and on a
    trip's row; ``start``/``end`` are ISO days, both inclusive (the stop's, or on a trip's row
    the trip's), empty where unknown; ``source`` lists the trip's article paths, ``" | "``-joined.
    A text cell (person, title, place, source) that starts with ``=``, ``+``, ``-``,
    ``@``, a tab or a carriage return is written with a leading ``'``, so that a
    spreadsheet shows it rather than running it as a formula (OWASP's rule).
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for number, trip in numbered_trips(source):
        head = (
            _cell(trip.person.name),
            _cell(trip.person.title.name if trip.person.title else ""),
            number,
        )
        kind = (trip.kind.value, trip.status.value)
        sources = _cell(" | ".join(src.path for src in trip.sources))
        if not trip.stops:
            span = trip.span if isinstance(trip.span, DateSpan) else None
            writer.writerow(
                (
                    *head,
                    "",
                    "",
                    *kind,
                    _cell(_regions(trip)),
                    "",
                    "",
                    "" if span is None else span.start.isoformat(),
                    "" if span is None else span.end.isoformat(),
                    "" if span is None else span.precision.value,
                    sources,
                )
            )
        for index, seq, stop in numbered_stops(trip):
            place = stop.place.place if isinstance(stop.place, Resolved) else None
            span = stop.span if isinstance(stop.span, DateSpan) else None
            writer.writerow(
                (
                    *head,
                    index,
                    "" if seq is None else seq,
                    *kind,
                    _cell(place_name(stop)),
                    "" if place is None else repr(place.lat),
                    "" if place is None else repr(place.lon),
                    "" if span is None else span.start.isoformat(),
                    "" if span is None else span.end.isoformat(),
                    "" if span is None else span.precision.value,
                    sources,
                )
            )
    return out.getvalue()
