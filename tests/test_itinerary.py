"""Itinerary building: order, legs, and one trip however many reports tell it."""

from __future__ import annotations

import datetime as dt

from hypothesis import given

from gazetteer.model import Resolved
from timeline.cli import read_one
from timeline.itinerary import build_itinerary, legs, merge_trips, order_stops
from timeline.model import DateSpan, Document, Itinerary, Person, Source, Stop, Trip, Unknown
from timeline.testing import strategies as tst


def _stop(place_index: int, day: int | None) -> Stop:
    place = tst._REAL_PLACES[place_index]
    span = DateSpan.day(dt.date(2025, 10, day)) if day else Unknown("no day")
    return Stop(Resolved(place.name, place, "unique"), span)


def test_stops_order_by_day_then_text() -> None:
    stops = [_stop(0, 10), _stop(1, 9), _stop(2, None), _stop(3, 9)]
    ordered = order_stops(stops)
    assert [s.place.place.name for s in ordered] == ["Zhoushan", "Nanjing", "Ningbo", "Suzhou"]  # type: ignore[union-attr]


def test_legs_join_consecutive_resolved_stops_with_distance() -> None:
    trip = Trip(Person("Zhang Guoqing"), stops=[_stop(1, 9), _stop(0, 10)])
    (leg,) = legs(trip)
    assert leg.origin_place.name == "Zhoushan"
    assert leg.destination_place.name == "Ningbo"
    assert 50 < leg.distance_km < 90  # Zhoushan to Ningbo is about 70 km


def test_the_same_trip_from_two_reports_is_merged() -> None:
    person = Person("Zhang Guoqing")
    a = Trip(
        person,
        span=DateSpan(dt.date(2025, 10, 9), dt.date(2025, 10, 11)),
        stops=[_stop(1, 9)],
        sources=[Source("a.txt")],
    )
    b = Trip(
        person,
        span=DateSpan(dt.date(2025, 10, 10), dt.date(2025, 10, 11)),
        stops=[_stop(0, 10), _stop(1, 9)],
        sources=[Source("b.txt")],
    )
    other = Trip(person, span=DateSpan(dt.date(2025, 12, 1), dt.date(2025, 12, 2)), sources=[Source("c.txt")])
    itinerary = build_itinerary([a, other, b])
    assert len(itinerary.trips) == 2
    merged = itinerary.trips[0]
    assert [s.path for s in merged.sources] == ["a.txt", "b.txt"]
    assert [s.place.place.name for s in merged.stops] == ["Zhoushan", "Ningbo"]  # type: ignore[union-attr]
    assert merged.span == DateSpan(dt.date(2025, 10, 9), dt.date(2025, 10, 11))
    assert merge_trips(a, b).sources == merged.sources


def test_seed_reports_build_one_itinerary_per_person() -> None:
    docs = [
        read_one(f"fixtures/{name}/article.txt")
        for name in (
            "000_acc867315aeaf4b7",
            "002_4f72e164766651ba",
            "004_2a0a5eab49f6c517",
            "001_51b6e11b8c3e64d1",
        )
    ]
    assert all(isinstance(d, Document) for d in docs)
    itinerary = build_itinerary(d for d in docs if isinstance(d, Document))
    assert itinerary.people() == ("Zhang Guoqing", "Li Qiang")
    zhang = itinerary.of("Zhang Guoqing").trips
    starts = [t.span.start for t in zhang if isinstance(t.span, DateSpan)]
    assert starts == sorted(starts)
    assert len(zhang) == 3


@given(tst.itineraries(real_places=True))
def test_building_keeps_every_trip_or_merges_it(itinerary: Itinerary) -> None:
    built = build_itinerary(itinerary.trips)
    assert len(built.trips) <= len(itinerary.trips)
    assert {t.person.name for t in built.trips} == {t.person.name for t in itinerary.trips}
    for trip in built.trips:
        dated = [s.span.start for s in trip.stops if isinstance(s.span, DateSpan)]
        assert dated == sorted(dated)
        assert len(legs(trip)) == max(0, sum(isinstance(s.place, Resolved) for s in trip.stops) - 1)
