"""The one numbering of trips and stops that every export writes.

A trip's number is its position in the itinerary exported, counting from 0 (as
:func:`timeline.tables.to_records` numbers it, so a Parquet table agrees with the other formats).
A stop's number is its position in its trip, counting from 0, every stop counted, resolved or
not, dated or not; its map number (``seq``), the badge the map shows, counts only the resolved
stops of its trip, from 1.  A leg's number counts from 1 within its trip.  The ids built from
them (``trip-3``, ``trip-3-stop-0``, ``trip-3-leg-1``) are the same in GeoJSON, KML,
iCalendar and TimelineJS.

>>> from timeline.model import Itinerary, Person, Trip
>>> trips = Itinerary((Trip(Person("A")), Trip(Person("B"))))
>>> [(number, trip.person.name) for number, trip in numbered_trips(trips)]
[(0, 'A'), (1, 'B')]
>>> trip_id(3), stop_id(3, 0), leg_id(3, 1)
('trip-3', 'trip-3-stop-0', 'trip-3-leg-1')
"""

from __future__ import annotations

from collections.abc import Iterable

from gazetteer.model import Resolved
from timeline.model import Extraction, Itinerary, Stop, Trip

__all__ = [
    "FIRST_TRIP",
    "Exportable",
    "leg_id",
    "numbered_stops",
    "numbered_trips",
    "stop_id",
    "trip_id",
]

Exportable = Itinerary | Extraction | Trip | Iterable[Trip]
"""What every export takes: an itinerary, an extraction (its trips, unmerged), a trip or trips."""

FIRST_TRIP = 0
"""The number of the first trip."""


def _trips(source: Exportable) -> tuple[Trip, ...]:
    if isinstance(source, Trip):
        return (source,)
    if isinstance(source, Extraction):
        return source.itinerary().trips
    if isinstance(source, Itinerary):
        return source.trips
    return tuple(source)


def numbered_trips(source: Exportable) -> list[tuple[int, Trip]]:
    """Every trip of ``source`` with its number, in order."""
    return list(enumerate(_trips(source), start=FIRST_TRIP))


def numbered_stops(trip: Trip) -> list[tuple[int, int | None, Stop]]:
    """``(number, seq, stop)`` for every stop of ``trip``: ``seq`` is ``None`` for an unresolved stop."""
    out: list[tuple[int, int | None, Stop]] = []
    seq = 0
    for number, stop in enumerate(trip.stops):
        if isinstance(stop.place, Resolved):
            seq += 1
            out.append((number, seq, stop))
        else:
            out.append((number, None, stop))
    return out


def trip_id(trip: int) -> str:
    """The id of trip number ``trip``."""
    return f"trip-{trip}"


def stop_id(trip: int, stop: int) -> str:
    """The id of stop number ``stop`` of trip number ``trip``."""
    return f"{trip_id(trip)}-stop-{stop}"


def leg_id(trip: int, leg: int) -> str:
    """The id of leg number ``leg`` (from 1) of trip number ``trip``."""
    return f"{trip_id(trip)}-leg-{leg}"
