"""A trip being read: its person, kind, status, sentences, places and days."""

from __future__ import annotations

from attrs import define, field

from gazetteer.model import PlaceRef
from timeline.model import (
    DateMention,
    DateSpan,
    Evidence,
    Person,
    TripKind,
    TripStatus,
)


@define
class _Draft:
    person: Person
    key: str
    status: TripStatus
    kind: TripKind
    evidence: list[Evidence] = field(factory=list)
    spans: list[DateSpan] = field(factory=list)
    vague: list[DateMention] = field(factory=list)
    weeks: list[DateSpan] = field(factory=list)  # "上周", "下周": the week the trip is told in
    parts: list[DateSpan] = field(factory=list)  # parts of a month told alone (rule zh-month-part-span)
    regions: dict[str, PlaceRef] = field(factory=dict)
    stops: dict[str, tuple[PlaceRef, list[Evidence], list[DateSpan]]] = field(factory=dict)
    companions: dict[str, Person] = field(factory=dict)
    stated: DateSpan | None = None  # the days a stated length gives ("为期四天")
    about_spans: list[DateSpan] = field(factory=list)  # the days of sentences only about the trip
    parents: dict[str, str] = field(factory=dict)  # a district stop's key -> its city's adcode
    adcodes: dict[str, str] = field(factory=dict)  # adcode -> stop key
    last_stop: str | None = None  # the stop named last, left by a move on to the next (rule zh-moved-on)
    unanchored: list[DateMention] = field(factory=list)  # "22日" with no date to read it by
    dateless: set[str] = field(factory=set)  # stops told only in sentences that name no day at all
    end_days: list[DateSpan] = field(factory=list)  # days told in a clause of going home (rule zh-known-by-end)
