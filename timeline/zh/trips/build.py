"""Trip drafts built into trips: one journey or many, names and titles as written."""

from __future__ import annotations

import datetime as dt
import re

from timeline.model import (
    DateSpan,
    Precision,
    Source,
    Stop,
    Trip,
    TripKind,
    TripStatus,
    Unknown,
)
from timeline.zh.article import ChineseArticle
from timeline.zh.people import ZhMention
from timeline.zh.script import to_simplified
from timeline.zh.trips.draft import _Draft
from timeline.zh.trips.patterns import _NEAR
from timeline.zh.trips.places import _is_country_ref, _place_key

_GAP = dt.timedelta(days=14)


def _one_journey(spans: list[DateSpan], anchor: dt.date | None) -> list[DateSpan]:
    """Rule ``zh-one-journey``: days in runs more than a fortnight apart are journeys told apart; the
    run nearest the report's day is the one it tells of."""
    if anchor is None or len(spans) < 2:
        return spans
    runs: list[list[DateSpan]] = []
    for x in sorted(spans, key=lambda x: x.start):
        if runs and x.start - max(y.end for y in runs[-1]) <= _GAP:
            runs[-1].append(x)
        else:
            runs.append([x])
    if len(runs) == 1:
        return spans

    def distance(run: list[DateSpan]) -> int:
        first, last = min(y.start for y in run), max(y.end for y in run)
        return 0 if first <= anchor <= last else min(abs((first - anchor).days), abs((last - anchor).days))

    return min(runs, key=distance)


def _build(d: _Draft, source: Source, anchor: dt.date | None = None) -> Trip:
    span: DateSpan | Unknown
    d.spans = _one_journey(d.spans, anchor)
    if d.spans:
        # rule zh-about-days: a day of a sentence only about the trip ("他指出，3月15日召开的会议...") counts
        # where it lies within three days of the days the trip's own sentences name
        first, last = min(x.start for x in d.spans), max(x.end for x in d.spans)
        d.spans.extend(x for x in d.about_spans if first - _NEAR <= x.start and x.end <= last + _NEAR)
    else:
        d.spans.extend(d.about_spans)
    if d.stated is not None:
        span = d.stated
    elif d.spans and all(x in d.end_days for x in d.spans):
        # rule zh-known-by-end: "将于二月十一日返港", "7日晚乘专机离开圣地亚哥，启程回国": a journey whose only
        # day is that of going home is known by its end alone; its start is not told
        span = Unknown("only the day of going home is given")
    elif d.spans:
        span = DateSpan(min(x.start for x in d.spans), max(x.end for x in d.spans))
    elif d.weeks:
        span = DateSpan(min(x.start for x in d.weeks), max(x.end for x in d.weeks), Precision.WEEK)
    elif d.parts:
        span = DateSpan(min(x.start for x in d.parts), max(x.end for x in d.parts), Precision.MONTH)
    elif d.vague:
        span = d.vague[0].span
    elif d.unanchored:  # rule zh-day-unanchored
        span = d.unanchored[0].span
    else:
        span = Unknown("no date given")
    stops = []
    # rule zh-district: a district of a city that is a stop of the trip is part of that stop
    kept = {k: v for k, v in d.stops.items() if d.parents.get(k) not in d.adcodes}
    for ref, evidence, spans in kept.values():
        stop_span: DateSpan | Unknown = Unknown("no date given")
        if (
            len(kept) == 1
            and isinstance(span, DateSpan)
            and span.precision is Precision.DAY
            and all(x.days == 1 for x in spans)
            and (spans or len(d.regions) <= 1)  # not one city-state of a list of countries with no day of its own
            # not the one stop told of a journey over several countries ("访问老挝、柬埔寨和越南")
            and sum(1 for r in d.regions.values() if _is_country_ref(r)) <= 1
        ):
            stop_span = span  # rule zh-only-stop: the only stop, dated by its arrival alone, spans the trip
            first = min((x.start for x in spans), default=span.start)
            if span.start < first <= span.end and d.kind not in (TripKind.RESEARCH, TripKind.INSPECTION):
                # rule zh-only-stop-arrival: "3日从柏林乘专机前往中国，4日抵达北京": a visit's only city, from
                # its arrival on (a tour of research's one day told is one of its days there)
                stop_span = DateSpan(first, span.end)
        elif spans:
            stop_span = DateSpan(min(x.start for x in spans), max(x.end for x in spans))
        elif (
            d.status is TripStatus.MADE
            and isinstance(span, DateSpan)
            and span.precision is Precision.DAY
            and span.days == 1
            and d.kind in (TripKind.RESEARCH, TripKind.INSPECTION)
            and _place_key(ref) in d.dateless
        ):
            # rule zh-one-day-stop: a tour of inspection or research of one day, a stop told with no day
            # of its own (no later or earlier leg, no plan): that day
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
    # "澳门特区行政长官": the region's name is not part of the office (but "澳门特首" is one word)
    r"(?:(?:香港|澳门|澳門)(?:特别行政区|特別行政區|特区|特區)(?:政府)?)?"
)

# party and military-commission posts in a chain: "中共中央政治局常委、国务院总理" is the premier
# rule zh-member-post: a seat on a committee ("咸宁市委常委、常务副市长", "省政协常委、省政协提案委主任") and a
# party office of the centre ("中央港澳工作办公室主任、国务院港澳事务办公室主任") give way to the office after it
_PARTY_POST = re.compile(r"中共|政治局|书记处|中央委员|军委|^中央(?!人民政府)|(?<!国务)(?:常委|委员|党组成员)$")


def _country_prefix(title: str) -> int:
    """How many leading characters of ``title`` name a country ("新加坡总理": 3), else 0."""
    from timeline.zh.places import country_names

    names = country_names()
    from timeline.zh.people import STATE_FORM

    for size in range(min(8, len(title) - 2), 1, -1):
        if title[:size] in names:
            form = re.compile(STATE_FORM).match(to_simplified(title), size)
            # rule zh-state-form: "尼日利亚联邦共和国总统": the country's full name, not the office
            return form.end() if form is not None and form.end() < len(title) - 1 else size
    # a country's ruling party by its short name ("越共中央总书记"), as the foreign reading has it
    party = re.match(r"越共|老挝人革党|古共", title)
    return party.end() if party else 0


def _as_written(mention: ZhMention, article: ChineseArticle) -> tuple[str, ...]:
    """The mention's offices in the report's own script (offsets are shared).

    Rule ``zh-title``: a country's name ("中国", "新加坡") and a special region's ("澳门特区") are not
    part of the office; party and military-commission posts give way to a state office in the
    same chain ("中共中央政治局常委、国务院总理" is "国务院总理").
    """
    if mention.start == mention.name_start:  # rule zh-name-title: the office follows the name
        after = article.text[mention.name_start + len(mention.name) : mention.end]
        return (after,) if after else ()  # rule zh-bare-known: no office
    written = article.text[mention.start : mention.name_start]
    simp = article.simplified[mention.start : mention.name_start]
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^、，,]+", simp)]
    if not parts:
        return mention.titles
    first_start, first_end = parts[0]
    cut = len(_NOT_OFFICE.match(simp[first_start:first_end])[0])  # type: ignore[index]
    cut += _country_prefix(simp[first_start + cut : first_end])
    parts[0] = (first_start + cut, first_end)
    parts = [(a, b) for a, b in parts if b > a]
    state = [(a, b) for a, b in parts if not _PARTY_POST.search(simp[a:b])]
    if any(simp.startswith("现任", a) for a, _ in parts):
        # rule zh-now-holds: "前总理、现任国务资政某某": the office held now, not the one before
        parts = [(a + 2 * simp.startswith("现任", a), b) for a, b in parts if not simp.startswith("前", a)]
        state = [(a, b) for a, b in state if not simp.startswith("前", a)]
        state = [(a + 2 * simp.startswith("现任", a), b) for a, b in state]
    return tuple(written[a:b] for a, b in (state or parts))
