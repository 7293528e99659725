"""Trips -> itinerary: stops in order, legs between them, one trip however many reports tell it.

>>> from timeline.model import Itinerary
>>> build_itinerary([]).trips
()
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable

import attrs
from attrs import frozen

from gazetteer.model import Place, PlaceRef, Resolved
from timeline.model import DateSpan, Document, Itinerary, Person, Stop, Trip, TripStatus, Unknown

__all__ = ["Leg", "build_itinerary", "legs", "merge_trips", "order_stops"]


@frozen
class Leg:
    """Travel between two consecutive resolved stops of a trip."""

    origin: Stop
    destination: Stop
    distance_km: float

    @property
    def origin_place(self) -> Place:
        """The place the leg starts from."""
        assert isinstance(self.origin.place, Resolved)
        return self.origin.place.place

    @property
    def destination_place(self) -> Place:
        """The place the leg ends at."""
        assert isinstance(self.destination.place, Resolved)
        return self.destination.place.place


def legs(trip: Trip) -> list[Leg]:
    """Consecutive resolved stops of ``trip`` joined, with the geodesic distance in km.

    Unresolved stops have no coordinates: they neither start nor end a leg, nor break one.
    """
    # imported here: geopy's package import pulls in requests and every geocoder (~0.1-0.2 s), which
    # only the commands that draw legs (map, timeline, exports) should pay for
    from geopy.distance import geodesic

    resolved = [stop for stop in trip.stops if isinstance(stop.place, Resolved)]
    out = []
    for a, b in itertools.pairwise(resolved):
        pa, pb = a.place.place, b.place.place  # type: ignore[union-attr]
        out.append(Leg(a, b, geodesic((pa.lat, pa.lon), (pb.lat, pb.lon)).km))
    return out


def _start(stop: Stop) -> dt.date:
    return stop.span.start if isinstance(stop.span, DateSpan) else dt.date.max


def order_stops(stops: Iterable[Stop]) -> tuple[Stop, ...]:
    """Stops by first day, then in the order given (undated stops after the dated ones)."""
    return tuple(sorted(stops, key=_start))  # sorted() is stable: text order breaks ties


def _place_key(ref: PlaceRef) -> str:
    return f"id:{ref.place.geonameid}" if isinstance(ref, Resolved) else f"text:{ref.text.lower()}"


def _better_span(a: DateSpan | Unknown, b: DateSpan | Unknown) -> DateSpan | Unknown:
    """The more informative of two spans for the same stop: known beats unknown, shorter beats longer."""
    if isinstance(a, Unknown):
        return b
    if isinstance(b, Unknown):
        return a
    return a if a.days <= b.days else b


def _merge_stops(stops: Iterable[Stop]) -> tuple[Stop, ...]:
    merged: dict[str, Stop] = {}
    for stop in stops:
        key = _place_key(stop.place)
        if key in merged:
            old = merged[key]
            merged[key] = attrs.evolve(
                old,
                span=_better_span(old.span, stop.span),
                evidence=tuple(dict.fromkeys(old.evidence + stop.evidence)),
            )
        else:
            merged[key] = stop
    return order_stops(merged.values())


def _union(a: DateSpan | Unknown, b: DateSpan | Unknown) -> DateSpan | Unknown:
    if isinstance(a, Unknown):
        return b
    if isinstance(b, Unknown):
        return a
    return DateSpan(min(a.start, b.start), max(a.end, b.end), a.precision, a.open_end and b.open_end)


def merge_trips(a: Trip, b: Trip) -> Trip:
    """One trip from two reports of it: all sources, evidence, regions, stops and companions kept."""
    regions = {_place_key(r): r for r in a.regions + b.regions}
    companions = {c.name: c for c in a.companions + b.companions}
    return attrs.evolve(
        a,
        kind=a.kind if a.kind.value != "other" else b.kind,
        span=_union(a.span, b.span),
        regions=tuple(regions.values()),
        stops=_merge_stops(a.stops + b.stops),
        companions=tuple(companions.values()),
        evidence=tuple(dict.fromkeys(a.evidence + b.evidence)),
        sources=tuple(dict.fromkeys(a.sources + b.sources)),
    )


def _person_key(person: Person) -> str:
    """The name to compare people by: a Chinese name's pinyin (its first alias), so 李强 is Li Qiang."""
    if not person.name.isascii() and person.aliases and person.aliases[0].isascii():
        return person.aliases[0].casefold()
    return person.name.casefold()


def _same_trip(a: Trip, b: Trip) -> bool:
    """Same person (by name, or a Chinese name's pinyin), same status, and spans that share a day."""
    if _person_key(a.person) != _person_key(b.person) or a.status is not b.status:
        return False
    if isinstance(a.span, DateSpan) and isinstance(b.span, DateSpan):
        return a.span.overlaps(b.span)
    return False


def build_itinerary(documents: Iterable[Document | Trip]) -> Itinerary:
    """Every trip of ``documents``, the same trip from several reports merged into one.

    Trips are ordered by person (first appearance), then by start day; undated trips last.
    """
    trips: list[Trip] = []
    for item in documents:
        for trip in (item,) if isinstance(item, Trip) else item.trips:
            trip = attrs.evolve(trip, stops=order_stops(trip.stops))
            for i, known in enumerate(trips):
                if _same_trip(known, trip):
                    trips[i] = merge_trips(known, trip)
                    break
            else:
                trips.append(trip)
    people = {name: i for i, name in enumerate(dict.fromkeys(t.person.name for t in trips))}
    trips.sort(
        key=lambda t: (
            people[t.person.name],
            t.span.start if isinstance(t.span, DateSpan) else dt.date.max,
            t.status is TripStatus.PLANNED,
        )
    )
    return Itinerary(tuple(trips))
