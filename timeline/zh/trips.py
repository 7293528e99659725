"""Chinese report -> trips: traveller, kind, status, span, regions, stops, companions.

Rules, each named in the evidence they make:

* ``zh-sentence``: sentences end at ``。！？；`` or a line end.
* ``zh-trip-<kind>``: a sentence reports a trip when a roster person (by name, or by a title
  only they hold) comes before a trip word: ``考察/视察/检查`` inspection, ``调研`` research,
  ``访问/国事访问/出访/到访/慰问`` visit, ``出席/抵达/前往/来到/深入/先后/途经/赴`` other; an
  "other" word needs a place in the sentence.  A person named only after ``陪同/一同/随同``
  or ``会见`` is not the subject.
* ``zh-planned``: ``将/将于/拟/即将/计划`` before the trip word makes the trip planned.
* ``zh-about``: a later sentence with no trip subject of its own but naming the traveller (or
  ``他/她``) adds its places and days to the trip.
* ``zh-span``: the trip's days are the union of the day-precise dates of its sentences; with
  none, a vague phrase (``近日``) gives an Unknown with its reason.
* ``zh-stop``: a city, county or foreign city in the trip's sentences is a stop; a province or
  country is a region; the stop's days are those of its sentence, else the trip's when it is
  the only stop.
* ``zh-companion``: people named in a trip sentence before ``陪同``/``一同``/``随同`` go along.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs
from attrs import define, field

from gazetteer.model import PlaceKind, PlaceRef, Resolved
from timeline.model import (
    DateMention,
    DateSpan,
    Evidence,
    Person,
    Source,
    Stop,
    Trip,
    TripKind,
    TripStatus,
    Unknown,
)
from timeline.zh.article import ChineseArticle
from timeline.zh.numerals import NUMERAL, number
from timeline.zh.people import ZhMention, person_of
from timeline.zh.places import PlaceMention

__all__ = ["find_trips"]

_SENTENCE = re.compile(r"[^。！？!?；\n]+[。！？!?；]?")
_TRIP_WORDS = re.compile(
    r"(?P<inspection>考察|视察|检查)|(?P<research>调研)|(?P<visit>国事访问|正式访问|访问|出访|到访|慰问)"
    r"|(?P<other>出席|抵达|前往|来到|深入|先后|途经|赴|之行)"
)
_PLANNED = re.compile(r"将于|即将|将|拟|计划")
# "16日结束为期四天的蒙古国之行": a stated length, counted back from an end or on from a start
_LENGTH = re.compile(rf"为期(?P<n>{NUMERAL})天")
_ENDED = re.compile(r"结束|圆满完成|回国|返回")
_COMPANION = re.compile(r"陪同|一同|随同|随行")
_NOT_SUBJECT = re.compile(r"会见|会谈|接见|看望了?$")
_PRONOUN = re.compile(r"他|她")
_KINDS = {
    "inspection": TripKind.INSPECTION,
    "research": TripKind.RESEARCH,
    "visit": TripKind.VISIT,
    "other": TripKind.OTHER,
}


@define
class _Draft:
    person: Person
    key: str
    status: TripStatus
    kind: TripKind
    evidence: list[Evidence] = field(factory=list)
    spans: list[DateSpan] = field(factory=list)
    vague: list[DateMention] = field(factory=list)
    regions: dict[str, PlaceRef] = field(factory=dict)
    stops: dict[str, tuple[PlaceRef, list[Evidence], list[DateSpan]]] = field(factory=dict)
    companions: dict[str, Person] = field(factory=dict)
    stated: DateSpan | None = None  # the days a stated length gives ("为期四天")


_ARRIVAL_BEFORE = re.compile(r"(?:抵达|到达|飞抵|前往|赴|来到)$")


def _capital_city(place: PlaceMention, simplified: str) -> Resolved | None:
    """A city-province named as the place arrived in ("抵达乌兰巴托", "飞抵北京"): the city.

    Abroad, a municipality is its capital city; at home only after an arrival word ("在北京考察"
    names the municipality as a trip's region).
    """
    ref = place.ref
    if not (
        isinstance(ref, Resolved)
        and ref.place.kind is PlaceKind.ADMIN1
        and ref.place.division == "Municipality"
    ):
        return None
    if ref.place.country == "CN" and not _ARRIVAL_BEFORE.search(
        simplified, max(0, place.start - 3), place.start
    ):
        return None
    from timeline.extract import _gazetteer

    cities = [
        c
        for c in _gazetteer().lookup(ref.place.name, kind=PlaceKind.CITY, country=ref.place.country)
        if c.admin1 == ref.place.admin1
    ]
    return Resolved(ref.text, cities[0], "zh-municipality-as-city") if cities else None


def _place_key(ref: PlaceRef) -> str:
    return f"id:{ref.place.geonameid}" if isinstance(ref, Resolved) else f"text:{ref.text}"


def _sentences(article: ChineseArticle) -> list[tuple[int, int]]:
    out = []
    for p in article.paragraphs:
        if p.kind.value not in ("body", "caption"):
            continue
        start = p.start
        if hasattr(article.dateline, "evidence") and article.dateline.evidence.start == p.start:
            start = article.dateline.evidence.end
        for m in _SENTENCE.finditer(article.simplified, start, p.end):
            if m.group().strip():
                out.append((m.start(), m.end()))
    return out


def find_trips(
    article: ChineseArticle,
    roster: dict[str, Person],
    titles: dict[str, str],
    mentions: Sequence[ZhMention],
    dates: Sequence[DateMention],
    places: Sequence[PlaceMention],
    source: Source,
) -> list[Trip]:
    """The trips the article reports, one per traveller and status."""
    simp, text = article.simplified, article.text
    name_re = (
        re.compile("|".join(sorted(list(roster) + list(titles), key=len, reverse=True))) if roster else None
    )
    drafts: dict[tuple[str, TripStatus], _Draft] = {}
    current: _Draft | None = None
    for s, e in _sentences(article):
        sentence = simp[s:e]
        who: list[tuple[int, str]] = []
        if name_re is not None:
            for m in name_re.finditer(sentence):
                key = m.group() if m.group() in roster else titles[m.group()]
                who.append((m.start(), key))
        companion_at = _COMPANION.search(sentence)
        trip_word = _TRIP_WORDS.search(sentence)
        s_places = [p for p in places if s <= p.start < e]
        s_dates = [d for d in dates if s <= d.evidence.start < e]
        subject = None
        for pos, key in who:
            if companion_at and pos < companion_at.start() and key != (current.key if current else None):
                continue  # 蔡奇陪同: a companion, not the subject
            if _NOT_SUBJECT.search(sentence, 0, pos):
                continue
            subject = (pos, key)
            break
        draft = None
        if subject and trip_word and trip_word.start() < subject[0]:
            trip_word = _TRIP_WORDS.search(sentence, subject[0])  # "在结束岘港之行后，胡锦涛...抵达河内"
        if subject and trip_word and trip_word.start() > subject[0]:
            kind = _KINDS[trip_word.lastgroup or "other"]
            if kind is not TripKind.OTHER or s_places:
                planned = _PLANNED.search(sentence, subject[0], trip_word.start())
                status = TripStatus.PLANNED if planned else TripStatus.MADE
                draft = drafts.get((subject[1], status))
                if draft is None:
                    draft = _Draft(roster[subject[1]], subject[1], status, kind)
                    drafts[(subject[1], status)] = draft
                elif kind is not TripKind.OTHER and draft.kind is TripKind.OTHER:
                    draft.kind = kind
                draft.evidence.append(Evidence.of(text, s, e, f"zh-trip-{kind.value}", source=source.path))
                current = draft
        elif current is not None and companion_at and not subject:
            draft = current  # 蔡奇陪同考察: the trip's companions
            draft.evidence.append(Evidence.of(text, s, e, "zh-companion", source=source.path))
        elif current is not None and (
            (subject and subject[1] == current.key) or (not who and _PRONOUN.search(sentence))
        ):
            draft = current
            draft.evidence.append(Evidence.of(text, s, e, "zh-about", source=source.path))
        if draft is None:
            continue
        day_spans = [
            d.span for d in s_dates if isinstance(d.span, DateSpan) and d.span.precision.value == "day"
        ]
        draft.spans.extend(day_spans)
        length = _LENGTH.search(sentence)
        if length is not None and len(day_spans) == 1 and day_spans[0].days == 1 and draft.stated is None:
            days = dt.timedelta(days=number(length["n"]) - 1)
            day = day_spans[0].start
            ended = _ENDED.search(sentence) is not None
            draft.stated = DateSpan(day - days, day) if ended else DateSpan(day, day + days)
        draft.vague.extend(
            d for d in s_dates if isinstance(d.span, Unknown) and d.evidence.rule == "zh-vague"
        )
        ev = Evidence.of(text, s, e, "zh-stop", source=source.path)
        for p in s_places:
            city = _capital_city(p, simp) if p.is_region else None
            if city is not None:
                p = attrs.evolve(p, ref=city)
            if p.is_region:
                draft.regions.setdefault(_place_key(p.ref), p.ref)
            else:
                ref_key = _place_key(p.ref)
                if ref_key not in draft.stops:
                    draft.stops[ref_key] = (p.ref, [], [])
                draft.stops[ref_key][1].append(ev)
                draft.stops[ref_key][2].extend(day_spans)
        if companion_at:
            for pos, key in who:
                if pos < companion_at.start() and key != draft.key:
                    draft.companions.setdefault(key, roster[key])
    return [_build(d, source) for d in drafts.values()]


def _build(d: _Draft, source: Source) -> Trip:
    span: DateSpan | Unknown
    if d.stated is not None:
        span = d.stated
    elif d.spans:
        span = DateSpan(min(x.start for x in d.spans), max(x.end for x in d.spans))
    elif d.vague:
        span = d.vague[0].span
    else:
        span = Unknown("no date given")
    stops = []
    for ref, evidence, spans in d.stops.values():
        stop_span: DateSpan | Unknown = Unknown("no date given")
        if spans:
            stop_span = DateSpan(min(x.start for x in spans), max(x.end for x in spans))
        elif len(d.stops) == 1:
            stop_span = span
        stops.append(Stop(ref, stop_span, tuple(dict.fromkeys(evidence))))
    stops.sort(key=lambda st: st.span.start if isinstance(st.span, DateSpan) else dt.date.max)
    return Trip(
        person=d.person, kind=d.kind, span=span, status=d.status, regions=tuple(d.regions.values()),
        stops=tuple(stops), companions=tuple(d.companions.values()),
        evidence=tuple(dict.fromkeys(d.evidence)), sources=(source,),
    )  # fmt: skip


# "中国国家主席", "图为中华民国总统": the country and the caption's "pictured" are not the office
_NOT_OFFICE = re.compile(
    r"^(?:图为|圖為)?(?:中华人民共和国|中華人民共和國|中华民国|中華民國|中国|中國|大陆|大陸)?"
)


def _as_written(mention: ZhMention, article: ChineseArticle) -> tuple[str, ...]:
    """The mention's offices in the report's own script (offsets are shared), country words dropped."""
    written = article.text[mention.start : mention.name_start]
    titles = tuple(t for t in re.split(r"[、，,]", written) if t) or mention.titles
    first = _NOT_OFFICE.sub("", titles[0]) if titles else ""
    return ((first,) if first else ()) + titles[1:]


def roster_of(
    mentions: Sequence[ZhMention], article: ChineseArticle
) -> tuple[dict[str, Person], dict[str, str]]:
    """The people of the report (by name as written in the simplified text) and the titles only one holds."""
    roster: dict[str, Person] = {}
    holders: dict[str, set[str]] = {}
    for m in mentions:
        if m.name in roster:
            continue
        original = article.text[m.name_start : m.name_start + len(m.name)]
        roster[m.name] = person_of(m.name, _as_written(m, article), original)
        for t in m.titles:
            for short in re.findall(r"总书记|国家主席|总理|副总理|委员长|主席", t)[-1:]:
                holders.setdefault(short, set()).add(m.name)
    titles = {t: next(iter(names)) for t, names in holders.items() if len(names) == 1}
    return roster, titles
