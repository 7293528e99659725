"""Article -> trips: who travelled, with what title, where and when, each fact with its words.

The rules are a careful reader's, applied sentence by sentence to the body and the photo
captions (never to headers or site boilerplate):

1. **People.** Titled full names ("Chinese Vice Premier Zhang Guoqing", "Xi Jinping, general
   secretary of the CPC Central Committee") make the roster; later mentions ("Zhang", "the
   premier", "he") point back to it.
2. **Trip sentences.** A sentence reports a trip when its subject is a person on the roster and
   it says the person made a journey: a trip noun ("research trip", "inspection tour", "field
   study", "state visit") or a travel verb ("inspected", "visited", "toured", "arrived in")
   together with a place or a date.  Future tense ("will visit") makes the trip *planned*.
   Meetings with no travel are not trips.
3. **Span** from the trip sentences' dates; else from the stops' dates; else unknown with the
   reason.  "began a visit on Wednesday" with no end keeps an open end.
4. **Regions**: provinces and countries named in the trip sentences.  **Stops**: cities,
   counties, towns and villages named in the trip sentences, in sentences whose subject is the
   traveller, and in captions showing the traveller.  The dateline city is only a stop when the
   text puts the person there.
5. **Stop days**: a day in the same sentence or caption; a dated caption that names no city but
   describes the same visit as a body sentence (shared content words) dates that sentence's
   city; a trip's only stop, named with the trip's span, takes that span.
6. **Companions**: titled people who "took part in", "accompanied" or "joined" the trip.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import cache

import attrs
from attrs import field, frozen

from gazetteer import Gazetteer, ResolveContext, Toponym
from gazetteer.model import PlaceKind, PlaceRef, Resolved, Unresolved
from timeline._sentences import Sentence, split_sentences
from timeline.article import Article, ParagraphKind
from timeline.model import (
    DateMention,
    DateSpan,
    Document,
    Evidence,
    Person,
    Precision,
    Source,
    Stop,
    Trip,
    TripKind,
    TripStatus,
    Unknown,
)
from timeline.people import Roster, find_people

__all__ = ["ExtractOptions", "extract_document", "extract_text"]


@frozen
class ExtractOptions:
    """Settings for extraction; vary with ``attrs.evolve``.

    Attributes:
        caption_link_min_words: content words a dated caption must share with a body sentence
            to lend that sentence's city its date.
    """

    caption_link_min_words: int = 3


_TRIP_NOUNS: tuple[tuple[str, TripKind], ...] = (
    (r"research (?:trips?|tours?|visits?)|fact-finding (?:trips?|tours?|missions?)|field (?:study|studies|trips?)"
     r"|study tours?|investigation tours?|survey trips?|(?:conducted|conducting|conduct) (?:a )?(?:field )?research",
     TripKind.RESEARCH),
    (r"inspection (?:tours?|trips?|visits?)|inspections?|inspected|inspects|inspecting|inspect", TripKind.INSPECTION),
    (r"state visits?|official visits?|working visits?|goodwill visits?|visits?|visited|visiting|"
     r"paid a (?:\w+ )?visit", TripKind.VISIT),
    (r"tours?|toured|touring|trips?|journeys?|travell?(?:ed|ing|s)? to|travel to|arrived in|arrives in|arriving in"
     r"|went to|landed in|headed to|fl(?:y|ew|ies|ying) to|will be in", TripKind.OTHER),
)
_TRIP_TRIGGER = re.compile(
    "|".join(rf"(?P<k{i}>\b(?:{pattern})\b)" for i, (pattern, _) in enumerate(_TRIP_NOUNS)), re.IGNORECASE
)
_KIND_RANK = {TripKind.RESEARCH: 3, TripKind.INSPECTION: 3, TripKind.VISIT: 2, TripKind.OTHER: 1}
# A trip noun ("research trip") names the journey itself; a verb ("visited a factory") may name a
# stop within it.  Journey words decide a trip's kind over stop words.
_JOURNEY_WORDS = re.compile(
    r"\b(?:research (?:trip|tour|visit)|inspection (?:tour|trip|visit)|fact-finding|field (?:study|studies|trip)"
    r"|study tour|investigation tour|state visit|official visit|working visit|goodwill visit|visit to (?!an?\b|the\b)"
    r"|inspected (?:the )?(?:city|province|region|county)|trip|tour)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|is|are) (?:also )?(?:be )?(?:scheduled|expected|set|due|slated|going) to\b|\bwill\b"
    r"|\b(?:is|are) to\b|\bplans? to\b|\bplanned\b|\bupcoming\b|\bforthcoming\b",
    re.IGNORECASE,
)
_OPEN_START = re.compile(r"\b(?:began|begins|started|starts|kicked off|opened|launched|embarked on)\b", re.I)
_CLOSED_END = re.compile(r"\b(?:concluded|concludes|ended|ends|wrapped up|finished|until|through)\b", re.I)
# "a three-day visit": a stated length closes a span whose start alone is dated.
_DURATION = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\b", re.IGNORECASE
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# A date inside "since he took office in 2017" dates that clause, not the trip.
_SINCE_CLAUSE = re.compile(r"\b(?:since|after|before|when|ago)\b[^,;]*$", re.IGNORECASE)
# "Dongting Lake", "Yangtze River": a natural feature or a facility named after a place is not the place.
_FEATURE_AFTER = re.compile(
    r"^\s+(?:Lake|River|Mountains?|Bay|Sea|Island|Islands|Strait|Gorges?|Valley|Desert|Plateau|Basin|Bridge|"
    r"Port|Airport|Station|Road|Street|Avenue|Park|University|Hospital|Dam|Reservoir|Canal|Harbour|Harbor)\b"
)
_COMPANION = re.compile(
    r"\b(?:accompanied|took part|taking part|takes part|joined|also attended|were present|was present|"
    r"along with|together with)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^(?:[\"“]?(?:While [^,]+,\s*|During [^,]+,\s*|In [^,]+,\s*|On [^,]+,\s*|At [^,]+,\s*)?)"
                      r"(?:he|she)\b", re.IGNORECASE)
_STOPWORDS = frozenset(
    """a an the of in on at to for and or with by from as is was were be been its his her their this that
    these those which who during while also such other more most many several into about over after before
    he she it they them said says made make visits visited visit inspects inspected chinese china province
    city county region east west south north southwest southeast northwest northeast central photo xinhua""".split()
)
_WORDS = re.compile(r"[a-z][a-z-]+")
# "the Communist Party of China", "Bank of China": a name inside an organisation's is no place visited.
_ORG_BEFORE = re.compile(
    r"\b(?:Party|Bank|University|Academy|Association|Federation|Committee|Council|Congress|Institute|Ministry"
    r"|Embassy|Consulate|Chamber|Society|Union|League|Corporation|Group|Company|Museum|Library) of (?:the )?$"
)
_STOP_KINDS = frozenset({PlaceKind.CITY, PlaceKind.COUNTY, PlaceKind.TOWN})
_REGION_KINDS = frozenset({PlaceKind.ADMIN1, PlaceKind.COUNTRY})


@frozen
class _Unit:
    """A sentence of the body or a caption, with what was found in it."""

    sentence: Sentence
    caption: bool
    index: int
    subject: Person | None
    people: tuple[Person, ...]
    dates: tuple[DateMention, ...]
    places: tuple[tuple[Toponym, PlaceRef], ...]


@attrs.define
class _TripDraft:
    person: Person
    kind: TripKind
    status: TripStatus
    rank: int = 0
    units: list[_Unit] = field(factory=list)
    spans: list[tuple[DateSpan, Evidence]] = field(factory=list)
    open_end: bool = False
    regions: dict[str, tuple[PlaceRef, Evidence]] = field(factory=dict)
    stops: dict[str, _StopDraft] = field(factory=dict)
    companions: dict[str, Person] = field(factory=dict)
    evidence: list[Evidence] = field(factory=list)

    def span(self) -> DateSpan | None:
        if not self.spans:
            return None
        return DateSpan(
            min(s.start for s, _ in self.spans),
            max(s.end for s, _ in self.spans),
            Precision.DAY if all(s.precision is Precision.DAY for s, _ in self.spans) else self.spans[0][0].precision,
            self.open_end,
        )


@attrs.define
class _StopDraft:
    place: PlaceRef
    order: int
    span: DateSpan | None = None
    evidence: list[Evidence] = field(factory=list)
    in_trip_sentence: bool = False
    link_words: set[str] = field(factory=set)


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.default()


def _key(ref: PlaceRef) -> str:
    return f"id:{ref.place.geonameid}" if isinstance(ref, Resolved) else f"text:{ref.text.lower()}"


def _kind_of(ref: PlaceRef, toponym: Toponym) -> PlaceKind | None:
    if isinstance(ref, Resolved):
        return ref.place.kind
    return toponym.kind_hint


def _content_words(text: str) -> set[str]:
    return {w for w in _WORDS.findall(text.lower()) if w not in _STOPWORDS and len(w) > 2}


def _is_place_mention(article: Article, toponym: Toponym, names: Sequence[tuple[int, int]]) -> bool:
    """False for names inside organisations, people's names and natural features."""
    text = article.text
    if _ORG_BEFORE.search(text, max(0, toponym.start - 40), toponym.start):
        return False
    if _FEATURE_AFTER.match(text[toponym.end : toponym.end + 20]):
        return False
    return not any(start < toponym.end and toponym.start < end for start, end in names)


def _sentence_units(article: Article, roster: Roster, mentions: Sequence[DateMention],
                    places: Sequence[tuple[Toponym, PlaceRef]]) -> list[_Unit]:
    alias = roster.alias_pattern()
    names = [(m.start(), m.end()) for m in alias.finditer(article.text)] if alias is not None else []
    places = [(t, r) for t, r in places if _is_place_mention(article, t, names)]
    units: list[_Unit] = []
    topic: Person | None = roster.people[0] if len(roster.people) == 1 else None
    for paragraph in article.paragraphs:
        if paragraph.kind not in (ParagraphKind.BODY, ParagraphKind.CAPTION):
            continue
        caption = paragraph.kind is ParagraphKind.CAPTION
        for sentence in split_sentences(article.text, paragraph.start, paragraph.end):
            people: list[Person] = []
            first_at = len(article.text)
            if alias is not None:
                for match in alias.finditer(article.text, sentence.start, sentence.end):
                    who = roster.who(match.group())
                    if who is None:
                        who = next((p for p in roster.people if match.group().lower() == p.name.lower()), None)
                    if who is not None and who not in people:
                        people.append(who)
                        first_at = min(first_at, match.start())
            subject: Person | None = None
            if people:
                subject = people[0]
                # "he" opening the sentence before any name refers back to the topic
                if _PRONOUN.match(sentence.text) and topic is not None and first_at > sentence.start + 40:
                    subject = topic
            elif _PRONOUN.match(sentence.text) or re.search(r"\b(?:he|she)\b", sentence.text[:60], re.I):
                subject = topic
            if subject is not None and not caption:
                topic = subject
            units.append(
                _Unit(
                    sentence,
                    caption,
                    len(units),
                    subject,
                    tuple(people),
                    tuple(m for m in mentions if sentence.start <= m.evidence.start < sentence.end),
                    tuple((t, r) for t, r in places if sentence.start <= t.start < sentence.end),
                )
            )
    return units


def _trip_kind(text: str) -> tuple[TripKind, int, int] | None:
    """The kind of the strongest trip word in ``text``, where it is, and its strength; or ``None``."""
    best: tuple[TripKind, int, int] | None = None
    for match in _TRIP_TRIGGER.finditer(text):
        for i, (_, kind) in enumerate(_TRIP_NOUNS):
            if match.group(f"k{i}"):
                rank = _KIND_RANK[kind] + (2 if _JOURNEY_WORDS.match(text, match.start()) else 0)
                if best is None or rank > best[2]:
                    best = (kind, match.start(), rank)
                break
    return best


def _is_trip_sentence(unit: _Unit) -> bool:
    if unit.subject is None:
        return False
    found = _trip_kind(unit.sentence.text)
    if found is None:
        return False
    has_region = any(_kind_of(r, t) in _REGION_KINDS for t, r in unit.places)
    has_place = bool(unit.places)
    has_range = any(isinstance(m.span, DateSpan) and m.span.days > 1 for m in unit.dates)
    journey = _JOURNEY_WORDS.search(unit.sentence.text) is not None
    # A visit to a company is a stop inside a trip; a trip names a region, a journey, or a date range.
    return has_region or has_range or (journey and (has_place or bool(unit.dates))) or (
        has_place and bool(unit.dates)
    )


def _status(unit: _Unit, anchor: dt.date | None) -> TripStatus:
    text = unit.sentence.text
    found = _trip_kind(text)
    before = text[: found[1]] if found else text
    if _FUTURE.search(before):
        return TripStatus.PLANNED
    spans = [m.span for m in unit.dates if isinstance(m.span, DateSpan)]
    if anchor is not None and spans and min(s.start for s in spans) > anchor:
        return TripStatus.PLANNED
    return TripStatus.MADE


def _trip_span(unit: _Unit) -> tuple[DateSpan, Evidence, bool] | None:
    """The span a trip sentence gives, its evidence, and whether the end is left open."""
    text = unit.sentence.text
    spans = [
        (m.span, m.evidence)
        for m in unit.dates
        if isinstance(m.span, DateSpan)
        and not _SINCE_CLAUSE.search(text, 0, m.evidence.start - unit.sentence.start)
    ]
    if not spans:
        return None
    span, evidence = max(spans, key=lambda pair: (pair[0].precision is Precision.DAY, pair[0].days))
    if span.days == 1 and span.precision is Precision.DAY and _OPEN_START.search(text):
        duration = _DURATION.search(text)
        if duration is not None:
            n = duration.group("n").lower()
            days = int(n) if n.isdigit() else _NUMBERS[n]
            return DateSpan(span.start, span.start + dt.timedelta(days=days - 1)), evidence, False
        open_end = _CLOSED_END.search(text, evidence.end - unit.sentence.start) is None
        return span, evidence, open_end
    return span, evidence, False


def _evidence(article: Article, unit: _Unit, rule: str) -> Evidence:
    return Evidence.of(article.text, unit.sentence.start, unit.sentence.end, rule, source=article.source)


def _mergeable(draft: _TripDraft, person: Person, span: DateSpan | None, status: TripStatus) -> bool:
    if draft.person != person or draft.status is not status:
        return False
    current = draft.span()
    if span is None or current is None:
        return True
    if span.precision is not Precision.DAY or current.precision is not Precision.DAY:
        return current.overlaps(span)
    # Day-by-day sentences ("arrived on Wednesday", "on Friday visited Almaty") tell one journey.
    return span.start <= current.end + dt.timedelta(days=1) and current.start <= span.end + dt.timedelta(days=1)


def _draft_trips(article: Article, units: Sequence[_Unit], anchor: dt.date | None) -> list[_TripDraft]:
    drafts: list[_TripDraft] = []
    owner: dict[int, _TripDraft] = {}
    for unit in units:
        if not _is_trip_sentence(unit):
            continue
        assert unit.subject is not None
        found = _trip_kind(unit.sentence.text)
        assert found is not None
        kind, _, rank = found
        status = _status(unit, anchor)
        got = _trip_span(unit)
        span = got[0] if got else None
        draft = next((d for d in reversed(drafts) if _mergeable(d, unit.subject, span, status)), None)
        if draft is None:
            draft = _TripDraft(unit.subject, kind, status, rank)
            drafts.append(draft)
        elif rank > draft.rank:
            draft.kind, draft.rank = kind, rank
        draft.units.append(unit)
        draft.evidence.append(_evidence(article, unit, "trip-sentence" if not unit.caption else "trip-caption"))
        if got is not None:
            draft.spans.append((got[0], got[1]))
            draft.open_end = draft.open_end or got[2]
        owner[unit.index] = draft
    # Sentences after a trip sentence, about the same person, belong to the nearest trip before them.
    current: dict[str, _TripDraft] = {}
    for unit in units:
        if unit.index in owner:
            current[owner[unit.index].person.name] = owner[unit.index]
            continue
        if unit.subject is None:
            continue
        draft_for = current.get(unit.subject.name)
        if draft_for is None:
            # a caption or an early sentence before the trip sentence: the person's only trip
            mine = [d for d in drafts if d.person == unit.subject and d.status is TripStatus.MADE]
            draft_for = mine[0] if len(mine) == 1 else None
        if draft_for is not None:
            owner[unit.index] = draft_for
            draft_for.units.append(unit)
    for draft in drafts:
        draft.units.sort(key=lambda u: u.index)
    return drafts


def _fill_places(article: Article, draft: _TripDraft, dateline_span: tuple[int, int] | None) -> None:
    trip_units = {id(u) for u in draft.units if any(e.start == u.sentence.start for e in draft.evidence)}
    for unit in draft.units:
        in_trip_sentence = id(unit) in trip_units
        for toponym, ref in unit.places:
            kind = _kind_of(ref, toponym)
            if kind in _REGION_KINDS:
                if in_trip_sentence and _key(ref) not in draft.regions:
                    evidence = Evidence.of(article.text, toponym.start, toponym.end, "trip-region",
                                           source=article.source)
                    draft.regions[_key(ref)] = (ref, evidence)
                continue
            if kind not in _STOP_KINDS and kind is not None:
                continue
            if dateline_span is not None and dateline_span[0] <= toponym.start < dateline_span[1]:
                continue  # the dateline says where the report was filed, not where anyone went
            if unit.subject != draft.person and not in_trip_sentence:
                continue
            rule = "stop-caption" if unit.caption else ("stop-trip-sentence" if in_trip_sentence else "stop-sentence")
            stop = draft.stops.get(_key(ref))
            if stop is None:
                stop = _StopDraft(ref, unit.index)
                draft.stops[_key(ref)] = stop
            stop.evidence.append(_evidence(article, unit, rule))
            stop.in_trip_sentence = stop.in_trip_sentence or in_trip_sentence
            stop.link_words |= _content_words(unit.sentence.text)
            day = _day_in(unit, toponym)
            if day is not None and (stop.span is None or day.days < stop.span.days):
                stop.span = day


def _day_in(unit: _Unit, toponym: Toponym) -> DateSpan | None:
    """A day-precision date in the sentence that dates the stop (nearest to the place)."""
    candidates = [
        m for m in unit.dates if isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY
    ]
    if not candidates:
        return None
    if len(candidates) > 1:
        candidates.sort(key=lambda m: abs(m.evidence.start - toponym.start))
    span = candidates[0].span
    assert isinstance(span, DateSpan)
    # A long range in a trip sentence spans the trip, not the stop.
    return span if span.days <= 2 or unit.caption else None


def _link_captions(article: Article, draft: _TripDraft, options: ExtractOptions) -> None:
    """Date a body stop from a dated caption that names no city but shows the same visit."""
    for unit in draft.units:
        if not unit.caption or any(_kind_of(r, t) in _STOP_KINDS for t, r in unit.places):
            continue
        days = [m for m in unit.dates if isinstance(m.span, DateSpan) and m.span.days == 1]
        if len(days) != 1:
            continue
        words = _content_words(unit.sentence.text)
        scored = sorted(
            ((len(words & stop.link_words), key) for key, stop in draft.stops.items() if stop.span is None),
            reverse=True,
        )
        if not scored or scored[0][0] < options.caption_link_min_words:
            continue
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            continue  # two cities fit equally well: do not guess
        stop = draft.stops[scored[0][1]]
        span = days[0].span
        assert isinstance(span, DateSpan)
        stop.span = span
        stop.evidence.append(
            Evidence.of(article.text, unit.sentence.start, unit.sentence.end, "stop-date-from-caption",
                        source=article.source)
        )


def _companions(draft: _TripDraft, roster: Roster) -> None:
    for unit in draft.units:
        if not _COMPANION.search(unit.sentence.text):
            continue
        for person in unit.people:
            if person != draft.person:
                draft.companions.setdefault(person.name, person)


def _build_trip(draft: _TripDraft, source: Source, home: str) -> Trip:
    span = draft.span()
    stops = sorted(draft.stops.values(), key=lambda s: (s.span.start if s.span else dt.date.max, s.order))
    if (
        span is not None
        and len(stops) == 1
        and stops[0].in_trip_sentence
        and (stops[0].span is None or stops[0].span in span)
    ):
        # "a research trip to the city of Suzhou from Tuesday to Wednesday": there the whole trip
        stops[0].span = attrs.evolve(span, open_end=False)
    if span is None:
        dated = [s.span for s in stops if s.span is not None]
        if dated:
            span = DateSpan(min(d.start for d in dated), max(d.end for d in dated), Precision.DAY)
    trip_span: DateSpan | Unknown = span if span is not None else Unknown("the report gives no date for the trip")
    regions = [
        ref for ref, _ in draft.regions.values() if not (isinstance(ref, Resolved) and not ref.place.country)
    ]  # a continent ("Europe's defence industry") is no region of a trip
    named_within = {
        r.place.country for r in regions if isinstance(r, Resolved) and r.place.kind is PlaceKind.ADMIN1
    } | {s.place.place.country for s in stops if isinstance(s.place, Resolved)}
    regions = [
        r
        for r in regions
        if not (
            isinstance(r, Resolved)
            and r.place.kind is PlaceKind.COUNTRY
            and r.place.country in named_within
            # "east China's Zhejiang Province" names China only to place Zhejiang; a leader touring
            # at home has no country region
            and (r.place.country == home or any(isinstance(o, Resolved) and o.place.kind is PlaceKind.ADMIN1
                                                 for o in regions))
        )
    ]
    return Trip(
        person=draft.person,
        kind=draft.kind,
        span=trip_span,
        status=draft.status,
        regions=tuple(regions),
        stops=tuple(
            Stop(
                s.place,
                s.span if s.span is not None else Unknown("the report gives no day for this stop"),
                tuple(dict.fromkeys(s.evidence)),
            )
            for s in stops
        ),
        companions=tuple(draft.companions.values()),
        evidence=tuple(dict.fromkeys(draft.evidence)),
        sources=(source,),
    )


def extract_document(article: Article, options: ExtractOptions = ExtractOptions()) -> Document:
    """Everything the article reports: its fields, dates and trips."""
    document = article.to_document()
    roster = Roster.from_mentions(
        m for p in article.paragraphs if p.kind in (ParagraphKind.BODY, ParagraphKind.CAPTION)
        for m in find_people(article.text, p.start, p.end)
    )
    if not roster.people:
        return document
    dateline_place = article.dateline.place if not isinstance(article.dateline, Unknown) else None
    dateline_span = (
        None
        if isinstance(article.dateline, Unknown)
        else (article.dateline.evidence.start, article.dateline.evidence.end)
    )
    places = _gazetteer().resolve_document(article.text, dateline=dateline_place)
    anchor = article.anchor if isinstance(article.anchor, dt.date) else None
    units = _sentence_units(article, roster, document.dates, places)
    drafts = _draft_trips(article, units, anchor)
    source = Source(
        article.source,
        article.headline,
        article.published,
        article.publisher,
    )
    trips = []
    for draft in drafts:
        _fill_places(article, draft, dateline_span)
        _link_captions(article, draft, options)
        _companions(draft, roster)
        trips.append(_build_trip(draft, source, roster.countries.get(draft.person.name, "")))
    return attrs.evolve(document, trips=tuple(trips))


def extract_text(text: str, *, source: str = "<string>", options: ExtractOptions = ExtractOptions()) -> Document:
    """Read ``text`` as an article and extract it.

    Raises:
        ArticleError: the text is not an article.
    """
    return extract_document(Article.from_text(text, source=source), options)


def companions_of(trips: Iterable[Trip]) -> set[str]:
    """Everyone who travelled as a companion on any of ``trips``."""
    return {c.name for trip in trips for c in trip.companions}


# ResolveContext is part of the gazetteer API the extractor relies on; keep the import honest.
_ = ResolveContext
