"""Drafts of a trip and its stops, as the report's sentences add to them."""

from __future__ import annotations

import datetime as dt

import attrs
from attrs import field

from gazetteer.model import PlaceRef
from timeline.extract.units import _Unit
from timeline.model import DateSpan, Evidence, Person, Precision, TripKind, TripStatus


@attrs.define
class _StopDraft:
    place: PlaceRef
    order: float
    days: list[DateSpan] = field(factory=list)
    evidence: list[Evidence] = field(factory=list)
    in_span_sentence: bool = False
    # "the trip will begin in Beijing", "ends in Telok Melano": the journey's first or last place
    opens: bool = False
    closes: bool = False
    link_words: set[str] = field(factory=set)

    def span(self) -> DateSpan | None:
        if not self.days:
            return None
        return DateSpan(min(d.start for d in self.days), max(d.end for d in self.days), Precision.DAY)


@attrs.define
class _TripDraft:
    person: Person
    kind: TripKind
    status: TripStatus
    rank: int
    units: list[_Unit] = field(factory=list)
    trip_units: set[int] = field(factory=set)
    spans: list[tuple[DateSpan, int, bool]] = field(factory=list)  # (span, unit index, open end)
    regions: dict[str, PlaceRef] = field(factory=dict)
    stops: dict[str, _StopDraft] = field(factory=dict)
    companions: dict[str, Person] = field(factory=dict)
    evidence: list[Evidence] = field(factory=list)
    # the report dates the journey only by the day it ended ("ended her tour on Thursday")
    end_only: bool = False
    # span() kept up to date as spans are appended (recomputing it each time is quadratic)
    _seen: int = field(default=0, init=False, repr=False)
    _day: list[dt.date] = field(factory=list, init=False, repr=False)  # [start, end] of day spans
    _all: list[dt.date] = field(factory=list, init=False, repr=False)  # [start, end] of all spans
    _first: Precision | None = field(default=None, init=False, repr=False)
    _open_ends: set[dt.date] = field(factory=set, init=False, repr=False)

    def span(self) -> DateSpan | None:
        for s, _, o in self.spans[self._seen :]:
            for box, on in ((self._all, True), (self._day, s.precision is Precision.DAY)):
                if on:
                    if box:
                        box[0], box[1] = min(box[0], s.start), max(box[1], s.end)
                    else:
                        box.extend((s.start, s.end))
            if self._first is None:
                self._first = s.precision
            if o:
                self._open_ends.add(s.end)
        self._seen = len(self.spans)
        if not self._all:
            return None
        start, end = self._day or self._all
        precision = Precision.DAY if self._day else self._first
        assert precision is not None
        return DateSpan(start, end, precision, end in self._open_ends)

    def span_units(self) -> set[int]:
        """The sentences whose dates make the trip's span."""
        span = self.span()
        return {
            i for s, i, _ in self.spans if span is not None and s.start == span.start and s.end == span.end
        }
