"""Drafts built into trips: regions, stops (not the airport of a city visited, nor home on a journey
abroad), stop spans and companions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

import attrs

from gazetteer.model import Place, PlaceKind, PlaceRef, Resolved
from timeline.extract.cues import _companion_words
from timeline.extract.drafts import _StopDraft, _TripDraft
from timeline.extract.places import _gazetteer, _key
from timeline.extract.units import _trip_kind
from timeline.model import DateSpan, Precision, Source, Stop, Trip, Unknown


def _companions(draft: _TripDraft) -> None:
    for unit in draft.units:
        if _companion_words(unit.sentence.text):
            for person in unit.people:
                if person != draft.person and person not in unit.fellows:
                    draft.companions.setdefault(person.name, person)
        if unit.index in draft.trip_units:
            # "King Charles III and Queen Camilla have brought their state visit ...": co-subjects
            found = _trip_kind(unit)
            head = unit.sentence.text[: found[1]] if found else ""
            if " and " in head:
                for person in unit.people[1:]:
                    if person == draft.person or person in unit.fellows:
                        continue  # ("Presidents Ann Poe and Tom Bako arrived": each travels on their own)
                    if person.name in head or any(a in head for a in person.aliases):
                        draft.companions.setdefault(person.name, person)


def _regions(draft: _TripDraft, stops: Sequence[_StopDraft], home: str) -> list[PlaceRef]:
    # A continent ("Europe's defence industry") is no region of a trip.
    regions = [r for r in draft.regions.values() if not (isinstance(r, Resolved) and not r.place.country)]
    named_within = {
        r.place.country for r in regions if isinstance(r, Resolved) and r.place.kind is PlaceKind.ADMIN1
    } | {s.place.place.country for s in stops if isinstance(s.place, Resolved)}
    has_admin1 = any(isinstance(r, Resolved) and r.place.kind is PlaceKind.ADMIN1 for r in regions)
    # "east China's Zhejiang Province" names China only to place Zhejiang; a leader touring at home
    # has no country region.
    return [
        r
        for r in regions
        if not (
            isinstance(r, Resolved)
            and r.place.kind is PlaceKind.COUNTRY
            and r.place.country in named_within
            and (r.place.country == home or has_admin1)
        )
    ]


def _abroad(stops: Sequence[_StopDraft], home: str, regions: Iterable[PlaceRef] = ()) -> list[_StopDraft]:
    """On a journey abroad, the places at home are where it began and ended, not stops.

    "Zelensky left Kyiv for Helsinki", "before returning to Colombo": dropped where the trip also
    has a stop in another country; a trip wholly at home keeps them all.
    """

    def country(stop: _StopDraft) -> str:
        return stop.place.place.country if isinstance(stop.place, Resolved) else ""

    away = any(country(s) not in ("", home) for s in stops) or any(
        isinstance(r, Resolved) and r.place.country not in ("", home) for r in regions
    )
    if not home or not away:
        return list(stops)
    return [s for s in stops if country(s) != home]


_AIR_BASE_NAME = re.compile(r"\b(?:Air Force Base|Air Base|Airbase|Air Station|Airport|Airfield)$")


def _served_airports(stops: list[_StopDraft]) -> list[_StopDraft]:
    """An airport's town beside a city of the trip is that city's airport ("landed at Ciampino
    airport" on a visit to Rome, "Marka Airport" in Amman), not a stop of its own."""

    def place(stop: _StopDraft) -> Place | None:
        return stop.place.place if isinstance(stop.place, Resolved) else None

    def served(stop: _StopDraft) -> bool:
        here = place(stop)
        return (
            here is not None
            and isinstance(stop.place, Resolved)
            # ("arrived at Andrews Air Force Base" on a visit to Washington: a place named as an air base)
            and (stop.place.rule == "airport-town" or _AIR_BASE_NAME.search(here.name) is not None)
            and any(
                (there := place(other)) is not None
                and other is not stop
                and _gazetteer().distance_km(here, there) <= 40
                # (the city the airport serves is the larger: "the Baton Rouge airport" on a visit to
                # Zachary names the city landed in)
                and there.population > here.population
                for other in stops
            )
        )

    return [s for s in stops if not served(s)]


def _in_time_order(stops: list[_StopDraft]) -> list[_StopDraft]:
    """Dated stops by day, then as written; a stop with no day comes before the next dated stop the
    report names after it ("stops in Sibu and Kuching before ending in Lundu on Sunday"), or last."""
    first_day = {id(s): min((d.start for d in s.days), default=None) for s in stops}
    by_text = sorted(stops, key=lambda s: s.order)
    keys: dict[int, dt.date] = {}
    next_day = dt.date.max
    for stop in reversed(by_text):
        day = first_day[id(stop)]
        next_day = day if day is not None else next_day
        keys[id(stop)] = day if day is not None else next_day
    return sorted(stops, key=lambda s: (keys[id(s)], first_day[id(s)] is not None, s.order))


_SEAT_REACH_KM = 30  # farther from a province's seat than this, a place is not in the seat's town


def _provinces_named_like_their_seats(draft: _TripDraft, stops: list[_StopDraft]) -> list[_StopDraft]:
    """A bare name of both a town and its province, where the journey's other places (two or more)
    lie in that province away from the town, is the province: "a visit to Nampula, with stops in
    Liupo, Monapo and Mecuburi". It becomes a region of the trip, not a stop."""
    if len(stops) < 3:
        return stops
    kept = []
    for stop in stops:
        here = stop.place.place if isinstance(stop.place, Resolved) else None
        if here is None or here.kind not in (PlaceKind.CITY, PlaceKind.TOWN) or stop.place.text != here.name:
            kept.append(stop)
            continue
        others = [s.place.place for s in stops if s is not stop and isinstance(s.place, Resolved)]
        province = next(
            (
                p
                for p in _gazetteer().lookup(here.name, kind=PlaceKind.ADMIN1, country=here.country)
                if p.admin1 == here.admin1
            ),
            None,
        )
        if (
            province is not None
            and others
            and all(o.country == here.country and o.admin1 == here.admin1 for o in others)
            and any(_gazetteer().distance_km(here, o) > _SEAT_REACH_KM for o in others)
        ):
            region = Resolved(stop.place.text, province, "province-of-its-stops")
            draft.regions.setdefault(_key(region), region)
            continue
        kept.append(stop)
    return kept


def _build_trip(draft: _TripDraft, source: Source, home: str) -> Trip:
    span = draft.span()
    stops = _in_time_order(_served_airports(_abroad(list(draft.stops.values()), home, draft.regions.values())))
    stops = _provinces_named_like_their_seats(draft, stops)
    # (not where the journey is told to begin or end: "the tour ended in Bolgatanga on Thursday")
    if span is not None and len(stops) == 1 and stops[0].in_span_sentence and not (stops[0].opens or stops[0].closes):
        own = stops[0].span()
        if own is None or own in span:
            # "a research trip to the city of Suzhou from Tuesday to Wednesday": there the whole trip
            stops[0].days = [attrs.evolve(span, open_end=False)]
    ended = span if draft.end_only else None
    if ended is not None:
        span = None  # (its places are not on the day it ended unless the text says so)
    elif span is None:
        dated = [d for s in stops for d in s.days]
        if dated:
            span = DateSpan(min(d.start for d in dated), max(d.end for d in dated), Precision.DAY)
    return Trip(
        person=draft.person,
        kind=draft.kind,
        span=span
        if span is not None
        else Unknown(f"the report tells only the day the trip ended, {ended.end}")
        if ended is not None
        else Unknown("the report gives no date for the trip"),
        status=draft.status,
        regions=tuple(_regions(draft, stops, home)),
        stops=tuple(Stop(s.place, _stop_span(s, span), tuple(dict.fromkeys(s.evidence))) for s in stops),
        companions=tuple(draft.companions.values()),
        evidence=tuple(dict.fromkeys(draft.evidence)),
        sources=(source,),
    )


def _stop_span(stop: _StopDraft, trip: DateSpan | None) -> DateSpan | Unknown:
    """The stop's days; a day outside the trip's span is a conflict the text leaves open, not a fact."""
    span = stop.span()
    if (
        span is None
        and trip is not None
        and trip.days == 1
        and trip.precision is Precision.DAY
        and not trip.open_end
    ):
        return trip  # a one-day trip: every stop of it is on that day
    if span is None and trip is not None and trip.precision is Precision.DAY and stop.opens != stop.closes:
        # "His trip will begin in Beijing": the journey's first day; "ends in Telok Melano": its last
        if stop.opens:
            return DateSpan(trip.start, trip.start)
        if not trip.open_end:
            return DateSpan(trip.end, trip.end)
    if span is None:
        return Unknown("the report gives no day for this stop")
    if trip is not None and not trip.open_end and span not in trip:
        return Unknown(f"the report dates this stop {span.start}..{span.end}, outside the trip's span", "")
    return span
