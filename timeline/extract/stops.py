"""Stops filled into a draft: its sentences' places that are towns and cities, their days, and their
order; a dated caption that dates a body sentence's city."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from gazetteer import Toponym
from gazetteer.model import PlaceKind, PlaceRef, Resolved
from timeline._regex import Caseless, may_hold
from timeline.article import Article
from timeline.extract.cues import _ARRIVED_BARE, _ARRIVED_BARE_NEEDS, _ARRIVED_HERE, _ARRIVED_HERE_NEEDS
from timeline.extract.drafts import _StopDraft, _TripDraft
from timeline.extract.governed import _ARRIVAL
from timeline.extract.options import ExtractOptions
from timeline.extract.places import (
    _REGION_KINDS,
    _STOP_KINDS,
    _as_region,
    _city_rule,
    _countries_listed,
    _gazetteer,
    _journey_word_before,
    _key,
    _kind_of,
    _named_city,
)
from timeline.extract.spans import _journey_since, _nth_day
from timeline.extract.units import _evidence, _journey_ends, _quoted, _Unit
from timeline.model import DateMention, DateSpan, Evidence, Person, Precision, TripStatus

# "The final stop of the day happened in Marion County", "Her first stop was in Ocala": a sentence of
# the journey's own stop, whoever it names (or of where it ends)
_STOP_TOLD = re.compile(
    r"(?:the|his|her|their)\s+(?:first|second|third|next|last|final)\s+(?:stop|leg|destination|port of call)\b"
    r"(?:\s+(?:of|on)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:day|tour|trip|visit|journey|year|swing|week"
    r"|campaign))?\s+(?:was|is|will be|happened|took place|came|comes)\s+(?:in|at)\s"
    # "Their weeklong trip, which runs from March 25 to April 2, will conclude in Kigali": where it ends
    r"|(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:trip|tour|visit|journey)\b[^.;]{0,70}?\s(?:will\s+)?"
    r"(?:conclude|concludes|concluded|end|ends|ended|finish|finishes|finished|wrap up|wraps up|wrapped up)\s+(?:in|at)\s",
    re.IGNORECASE,
)
_HISTORY_SENTENCE = re.compile(
    r"^(?:(?:his|her|their|the) (?:last|previous|first|earlier) (?:visit|trip|tour|journey)\b|the last time\b"
    r"|last year\b|a year ago\b|in (?:19|20)\d\d,)",  # "Last year, Yoon ... stayed at his home in Seoul"
    re.IGNORECASE,
)
_STOPWORDS = frozenset(
    """
    a an the of in on at to for and or with by from as is was were be been its his her their this
    that these those which who during while also such other more most many several into about over
    after before he she it they them said says made make visits visited visit inspects inspected
    chinese china province city county region east west south north southwest southeast northwest
    northeast central photo xinhua
    """.split()
)
_WORDS = re.compile(r"[a-z][a-z-]+")
# the kinds of a place that a report may read as a province (see places._as_region)
_DIVISION_KINDS = (PlaceKind.ADMIN2, PlaceKind.CITY, PlaceKind.TOWN)


_IN_THE = re.compile(r"\s+in\s+(?:the\s+)?")
_DIVISION_WORDS = r"(?:[Dd]istrict|[Mm]unicipality|[Bb]lock|[Tt]ehsil|[Tt]aluka?|[Mm]andal|[Rr]egency|[Uu]pazila|[Cc]ounty|LGA)"
_DIVISION_WORD_END = re.compile(rf"\s{_DIVISION_WORDS}$")
_DIVISION_WORD_AFTER = re.compile(rf"\s+{_DIVISION_WORDS}\b")


def _content_words(text: str) -> set[str]:
    # (each distinct word tested once: a sentence may name one place thousands of times)
    return {w for w in set(_WORDS.findall(text.lower())) if len(w) > 2} - _STOPWORDS


def _unit_words(unit: _Unit) -> frozenset[str]:
    """:func:`_content_words` of the unit's sentence, read once for each sentence (see _Unit.scans)."""
    words = unit.scans.get("words")
    if words is None:
        words = unit.scans["words"] = frozenset(_content_words(unit.sentence.text))
    assert isinstance(words, frozenset)
    return words


def _stop_days(unit: _Unit, stops_named: int = 1) -> list[DateMention]:
    """The days of a sentence that may date one of its stops: a day, or two when it names one stop.

    Two days that a sentence gives to several places ("From Nov. 7 to 8, he inspected Meizhou
    and Guangzhou") date the journey, not each place.
    """
    most = 2 if stops_named == 1 else 1
    text, start = unit.sentence.text, unit.sentence.start
    setting_off = stops_named > 1 and may_hold(text, _SETS_OFF_NEEDS)
    return [
        m
        for m in unit.dates
        if isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY and m.span.days <= most
        # ("has been touring Ghana since Monday, visiting Kumasi": the journey's first day, not Kumasi's)
        and not _journey_since(text, m.evidence.start - start)
        and not (setting_off and _sets_off_on_a_tour(text, m.evidence.start - start, m.evidence.end - start))
    ]


# "embarks next Friday for a week-long trip to Accra, Lagos and Nairobi": the day the tour sets out
# on, not the day of each of its places (read only where the sentence names several stops)
_SETS_OFF_NEEDS = ("embark", "leav", "left", "depart", "set off", "set out", "sets off", "sets out")
_SETS_OFF_BEFORE = Caseless(
    r"\b(?:embark(?:s|ed)?|leaves|left|will leave|departs|departed|will depart|sets? (?:off|out))\s+(?:on\s+|next\s+|this\s+)?$"
)
_ON_A_TOUR_AFTER = re.compile(
    r"[^.;]{0,20}?\bfor\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:trip|tour|journey|visit)\s+(?:to|of|through|across)\b",
    re.IGNORECASE,
)


def _sets_off_on_a_tour(text: str, day_start: int, day_end: int) -> bool:
    """Whether the day at ``text[day_start:day_end]`` is told as the one a tour of several places sets out on."""
    return _SETS_OFF_BEFORE.search(text, max(0, day_start - 40), day_start) is not None and (
        _ON_A_TOUR_AFTER.match(text, day_end) is not None
    )


# "stops in Sibu and Kuching before ending in Lundu on Sunday": a later clause's day is not theirs
# ("On Wednesday she visited Kyoto, and on Thursday she toured Osaka": the next clause's day)
# ("visited a clinic in Offa, and returned to Abuja on Tuesday": the day of the way home)
_LATER_CLAUSE = Caseless(
    r"\b(?:before|then|and later|followed by|return(?:s|ed|ing)?\s+(?:home|to)"
    r"|(?:flew|fly|flies|flying|head(?:s|ed|ing)?|went|go|goes|going)\s+(?:back|home))\b|\band\s+$"
)
# "left Tokyo on Friday at the end of a visit during which she toured Osaka": a clause of other days
_OTHER_DAYS_CLAUSE = Caseless(
    r"\b(?:during|in the course of) which\b"
    # "returned home on Friday after spending three days in Ghana, where she visited Kumasi"
    r"|\bafter (?:spending |a |an |his |her |their )?(?:[\w-]+ ){0,2}?(?:days|visit|tour|trip|stay)\b[^.;]{0,40}?"
    r"(?:where|during which)\b"
    # "began the second leg in Kumasi on Thursday, having spent two days in Accra": days before it
    r"|\b(?:having spent|after spending|after) (?:the )?(?:[\w-]+ ){0,2}?(?:days|nights)\b"
)
_OTHER_DAYS_NEEDS = ("which", "where", "spen", "after")
# "began a tour on Monday that takes him to Amman, Cairo and Riyadh": the places the journey will
# go to, not dated by the day it began (read only between a day and a place)
_ITINERARY_CLAUSE = re.compile(
    r"\b(?:that|which)\s+(?:will\s+|would\s+|is\s+to\s+)?(?:also\s+)?(?:takes?|taking|took)\s+(?:him|her|them|the\s+\w+)"
    r"\s+(?:to|through|across)\b"
    # "a five-day Asia trip that includes stops in Seoul and Manila"
    r"|\b(?:that|which)\s+(?:will\s+)?(?:also\s+)?(?:includes?|included)\s+(?:stops?|visits?|legs?)\s+(?:in|to)\b",
    re.IGNORECASE,
)
_ITINERARY_NEEDS = ("that", "which")  # every _ITINERARY_CLAUSE match holds one (a cheap test)


# "to come to Washington from April 23 to 25", "was in Kumasi between June 1 and 4": a range of up to a
# week written right after the one place a sentence names is the stay there
_RANGE_OPENS = re.compile(r",?\s+(?:from|between)\s+", re.IGNORECASE)


def _range_right_after(unit: _Unit, text: str, place_end: int) -> DateSpan | None:
    """The range of days (up to a week) that opens right after a place, with "from" or "between"."""
    for m in unit.dates:
        day = m.span
        if (
            isinstance(day, DateSpan)
            and day.precision is Precision.DAY
            and 2 < day.days <= 7
            and m.evidence.start - place_end <= 14
            # (the range's own words may open on its "from")
            and (opens := _RANGE_OPENS.match(text, place_end, m.evidence.end)) is not None
            and opens.end() >= m.evidence.start
        ):
            return day
    return None


def _day_near(
    days: Sequence[DateMention], at: int, text: str = "", start: int = 0, end: int | None = None
) -> DateSpan | None:
    """The day of ``days`` written nearest the offset ``at`` (the first of ``days`` among equals).

    A day written after a later clause opens ("before", "then") dates only that clause's places;
    ``text`` is the sentence, starting at offset ``start``.
    """
    if text and days:
        itinerary = may_hold(text, _ITINERARY_NEEDS)
        days = [
            m
            for m in days
            if (m.evidence.start < at or _LATER_CLAUSE.search(text, at - start, m.evidence.start - start) is None)
            and (
                m.evidence.start > at
                or not may_hold(text, _OTHER_DAYS_NEEDS)
                or _OTHER_DAYS_CLAUSE.search(text, m.evidence.end - start, at - start) is None
            )
            and (
                not itinerary
                or m.evidence.start > at
                or _ITINERARY_CLAUSE.search(text, m.evidence.end - start, at - start) is None
            )
        ]
        if "who" in text:
            days = [m for m in days if not _in_other_who_clause(text, m.evidence.start - start, at - start)]
    if not days:
        return None
    if end is None:
        span = min(days, key=lambda m: abs(m.evidence.start - at)).span
    else:
        # the fewest characters between the day's words and the place's: "Tamale (July 7) and Bolgatanga
        # (July 8)" gives Bolgatanga the day right after it, not the one that closes the place before
        span = min(days, key=lambda m: m.evidence.start - end if m.evidence.start >= end else abs(at - m.evidence.end)).span
    assert isinstance(span, DateSpan)
    return span


_WHO_CLAUSE = re.compile(r",\s*who\b[^,;]*")  # "Roe, who arrived in Tamale on Wednesday, visited ..."


def _in_other_who_clause(text: str, day: int, place: int) -> bool:
    """Whether a day at ``day`` of a sentence lies in a ", who ...," clause that the place at ``place``
    is outside of: the clause's day dates its own deed ("who arrived in Tamale on Wednesday"), not the
    main clause's ("visited Savelugu and Yendi before departing on Thursday")."""
    for a, b in _who_clauses(text):
        if a <= day < b:
            return not a <= place < b
    return False


def _home_capital(place: PlaceRef, home: str) -> bool:
    """Whether ``place`` is the capital of the traveller's own country (an arrival there is a return)."""
    if not home or not isinstance(place, Resolved) or place.place.country != home:
        return False
    return _is_national_capital(place)


def _outside_anothers_who_clause(
    unit: _Unit, places: list[tuple[Toponym, PlaceRef, bool]], person: Person
) -> list[tuple[Toponym, PlaceRef, bool]]:
    """The places not in a ", who ..." clause the sentence closes before it names the traveller: "After
    Ann Poe, who drew flak in Latur, it is Jane Roe's turn" tells of another's deed there."""
    text, start = unit.sentence.text, unit.sentence.start
    forms = [f for f in (person.name, *person.aliases) if len(f) > 3 and f[:1].isupper()]
    named = min((at for f in forms if (at := text.find(f)) >= 0), default=-1)
    if named < 0:
        return places
    clauses = [(a, b) for a, b in _who_clauses(text) if b <= named]
    return [p for p in places if not any(a <= p[0].start - start < b for a, b in clauses)]


@lru_cache(maxsize=256)
def _who_clauses(text: str) -> tuple[tuple[int, int], ...]:
    """Where each ", who ..." clause of a sentence starts and ends (read once per sentence)."""
    return tuple(m.span() for m in _WHO_CLAUSE.finditer(text))


def _fill_places(
    article: Article,
    draft: _TripDraft,
    dateline: tuple[int, int] | None,
    dateline_place: tuple[Toponym, PlaceRef] | None,
    cancelled: frozenset[str] = frozenset(),
    home: str = "",
) -> None:
    span_units = draft.span_units()
    trip_span = draft.span()
    last_day: DateSpan | None = None
    dated_at = -2  # the sentence that told last_day
    arrival_day = False
    here: _StopDraft | None = None  # the stop the traveller was last dated at, as the text goes
    # what a place reads as (its city, its key), once for each reference and rule: a sentence may
    # name one place thousands of times, all with one reference (by id: they outlive this call)
    readings: dict[tuple[int, str | None], tuple[PlaceRef, str]] = {}
    # national capitals told only as where the traveller left for or went back to, after other stops
    homeward: set[str] = set()
    stayed: set[str] = set()
    for unit in draft.units:
        in_trip_sentence = unit.index in draft.trip_units
        own_days = [
            m.span for m in unit.dates if isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY
        ]
        same_day = None
        if not own_days and last_day is not None and (
            (may_hold(unit.sentence.text, _SAME_DAY_NEEDS) and _SAME_DAY.search(unit.sentence.text))
            or _PROGRAMME_NEXT.match(unit.sentence.text)
            or (arrival_day and _RECEIVED.search(unit.sentence.text))
            # "arrived in Accra on Thursday. Her first stop was in nearby Tema": the arrival's day
            or (arrival_day and "first" in unit.sentence.text and _FIRST_STOP.search(unit.sentence.text))
        ):
            same_day = last_day
        if not own_days:
            nth = _nth_day(unit.sentence.text, trip_span)
            if nth is not None and trip_span is not None and nth.end > trip_span.end and draft.status is TripStatus.MADE:
                draft.spans.append((nth, unit.index, False))  # the journey reaches the day counted
            same_day = nth or same_day
        if (
            not own_days
            and same_day is None
            and draft.status is TripStatus.MADE
            and isinstance(article.anchor, dt.date)
            and "ha" in unit.sentence.text
            and _JUST_ARRIVED.search(unit.sentence.text)
        ):
            # "British Prime Minister Theresa May has arrived in Nairobi": just now, on the report's day
            same_day = DateSpan(article.anchor, article.anchor)
        if (
            not own_days
            and same_day is None
            and last_day is not None
            and dated_at == unit.index - 1
            and draft.status is TripStatus.MADE
            # (a day told still ahead dates a plan: "will return on Thursday. Before that he visited India")
            and not (isinstance(article.anchor, dt.date) and last_day.end > article.anchor)
            and may_hold(unit.sentence.text, _VISITED_NEXT_NEEDS)
            and _VISITED_NEXT.search(unit.sentence.text)
            and not _NOT_THAT_DAY.search(unit.sentence.text)
        ):
            # "met evacuees on Saturday. The couple visited a housing complex in Tamale": the visit told
            # right after a dated one, with no day of its own, is of that day
            same_day = last_day
        if own_days and own_days[-1].days == 1:
            last_day = own_days[-1]
            dated_at = unit.index
        # (the day told last was an arrival's: a welcome told next, undated, was that day's)
        arrival_day = bool(own_days) and _ARRIVAL.search(unit.sentence.text) is not None
        if unit.subject != draft.person and not in_trip_sentence and not (
            unit.subject is None and _STOP_TOLD.match(unit.sentence.text)
        ):
            continue
        if _HISTORY_SENTENCE.search(unit.sentence.text):
            continue  # "His last visit was to Bishop Auckland in April 2022": an earlier journey
        quoted = _quoted(article.text, unit.sentence.start, unit.sentence.end)
        # (the unit's own triples, not new pairs: a sentence may name a place thousands of times)
        places = [p for p in unit.places if p[2]]
        if "for" in unit.sentence.text:
            places.extend(_left_for_home(unit, home))
            places.sort(key=lambda p: p[0].start)
        if " from " in unit.sentence.text and (setting_out := home or _country_of(dateline_place)):
            places.extend(_came_from_abroad(unit, setting_out))
            places.sort(key=lambda p: p[0].start)
        if quoted:
            places = [p for p in places if not any(a <= p[0].start < b for a, b in quoted)]
        if places and ", who" in unit.sentence.text:
            places = _outside_anothers_who_clause(unit, places, draft.person)
        if here is not None and (own_days or same_day) and not unit.caption:  # (a photo's day is its place's)
            dated: list[tuple[int, DateSpan | None]] = [
                (m.evidence.start, m.span)
                for m in unit.dates
                if isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY
            ]
            _stay(here, unit, dated or [(unit.sentence.start, same_day)], draft.stops, trip_span)
        if (
            dateline_place is not None
            and may_hold(unit.sentence.text, _ARRIVED_HERE_NEEDS)
            and _ARRIVED_HERE.search(unit.sentence.text)
            # ("arrived here after concluding a five-nation tour", filed from the traveller's own capital:
            # home)
            and not _home_capital(dateline_place[1], home)
        ):
            places.append((*dateline_place, True))  # "arrived here": the dateline city
        elif (
            dateline_place is not None
            and not places
            and in_trip_sentence
            and unit.subject == draft.person
            and may_hold(unit.sentence.text, _ARRIVED_BARE_NEEDS)
            and _ARRIVED_BARE.search(unit.sentence.text)
            and not _home_capital(dateline_place[1], home)
        ):
            places.append((*dateline_place, True))  # "arrived Tuesday for a state visit": where it is filed from
        if not places:
            continue
        stops_named = sum(1 for t, r, _ in places if _may_be_a_stop(t, r))
        days = _stop_days(unit, stops_named)
        respective = _respective_days(unit, places) if stops_named > 1 and "respectively" in unit.sentence.text else {}
        # "was in Accra on Tuesday and Wednesday, before travelling to Kumasi": two days written right
        # after one of several places are that place's
        two_days = (
            [
                (m.evidence.start, m.span)
                for m in unit.dates
                if isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY and m.span.days == 2
            ]
            if stops_named > 1 and len(unit.dates) > 1
            else []
        )
        # "spent Tuesday and Wednesday in Kumasi before flying to Tamale", "was in Kumasi from Monday
        # until Wednesday, when she left for Tamale": days written right next to one of several places
        # are its stay
        stays = (
            [
                (m.evidence.start, m.evidence.end, m.span)
                for m in unit.dates
                if isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY and 1 < m.span.days <= 7
            ]
            if stops_named > 1
            else []
        )
        # once per sentence, not once per place in it (a sentence may name thousands)
        journey_ends = _journey_ends(unit)
        words = _unit_words(unit)
        unit_evidence: Evidence | None = None
        ends_told: bool | None = None  # whether the sentence may tell where the journey begins or ends
        parent_of: Toponym | None = None  # the place just named, whose descriptor this one may be
        child: PlaceRef | None = None  # what it reads as
        # (what is the same for every place of the sentence, read once: a sentence may name thousands)
        text, s_text, s_start = article.text, unit.sentence.text, unit.sentence.start
        rule = "stop-caption" if unit.caption else ("stop-trip-sentence" if in_trip_sentence else "stop-sentence")
        in_span = unit.index in span_units
        dateline_toponym = dateline_place[0] if dateline_place else None
        listed = _countries_listed(text, places) if len(places) > 1 else set()
        plan_unmade = _plan_given_up(s_text, s_start) if may_hold(s_text, _PLAN_NEEDS) else None
        for toponym, found, _ in places:
            start = toponym.start
            # "visited Utica, New York,": the state that places Utica, not New York City
            described = (
                parent_of is not None
                and parent_of.parent == toponym.name
                and text[parent_of.end : start].strip() == ","
                # ("visited Mombasa, Kisumu and Nakuru": a county named like its town that does not
                # hold the place before it is the next of a list, not that place's descriptor)
                and (not isinstance(child, Resolved) or found is child or _holds(found, child))
            )
            # "a dam at Kpalugu in the Savelugu District": the division that holds the town just named is
            # where that town lies, not a stop of its own
            container = (
                parent_of is not None
                and _IN_THE.fullmatch(text, parent_of.end, start) is not None
                and (_DIVISION_WORD_END.search(toponym.text) is not None or _DIVISION_WORD_AFTER.match(text, toponym.end) is not None)
                and child is not None
                and _may_be_a_stop(parent_of, child)
            )
            parent_of, child = toponym, found
            if container:
                continue
            city_rule = (
                None if described or start in listed else _city_rule(toponym, found, unit.sentence, journey_ends)
            )
            if (
                city_rule is None
                and not described
                and home
                and isinstance(found, Resolved)
                and found.place.kind is PlaceKind.ADMIN1
                and found.place.country != home
                and toponym.kind_hint is None
            ):
                # "Orbán, on a two-day visit to Beijing": a guest's visit to a municipality is to its city
                city_rule = "municipality-as-city"
            reading = readings.get((id(found), city_rule))
            if reading is None:
                city = _named_city(found, city_rule) if city_rule and isinstance(found, Resolved) else None
                reading = readings[id(found), city_rule] = (city or found, _key(city or found))
            ref, key = reading
            kind = ref.place.kind if isinstance(ref, Resolved) else toponym.kind_hint  # (_kind_of, inline)
            if kind in _DIVISION_KINDS and (region := _as_region(ref, toponym, text)) is not None:
                # "the province of Catanduanes", "the Kursk region": a region, as a state is
                if in_trip_sentence:
                    draft.regions.setdefault(_key(region), region)
                continue
            if kind in _REGION_KINDS:
                if in_trip_sentence:
                    draft.regions.setdefault(key, ref)
                continue
            if kind not in _STOP_KINDS and kind is not None:
                continue
            if dateline is not None and dateline[0] <= start < dateline[1] and toponym is not dateline_toponym:
                continue  # the dateline says where the report was filed, not where anyone went
            if cancelled and (key in cancelled or _key(found) in cancelled):
                continue  # a place of a journey called off
            if plan_unmade is not None and plan_unmade[0] <= start < plan_unmade[1]:
                continue  # "originally planned to end in Tampa, but changed course": a plan given up
            stop = draft.stops.get(key)
            if (
                isinstance(ref, Resolved)
                and ref.place.kind is PlaceKind.CITY
                and _HOMEWARD.search(text, max(s_start, start - 30), start)
                # ("left for Accra, where she meets the president": the next leg)
                and not _ONWARD.search(text, toponym.end, min(unit.sentence.end, toponym.end + 80))
                and (stop is None and draft.stops)
                and _is_national_capital(ref)
                # the traveller's own capital; where the report does not say whose, one of the country
                # the journey's stops are in (a domestic tour's way home, not a journey's next leg abroad)
                and (
                    ref.place.country == home
                    if home
                    # (a village the gazetteer lacks says nothing of the country: "Jalhari village")
                    else all(
                        other.place.place.country == ref.place.country
                        for other in draft.stops.values()
                        if isinstance(other.place, Resolved)
                    )
                    and any(isinstance(other.place, Resolved) for other in draft.stops.values())
                )
            ):
                homeward.add(key)
            else:
                stayed.add(key)
            if stop is None:
                # "Earlier in the day, he visited ...": before the stops of that day
                order: float = unit.index
                if same_day is not None and _EARLIER.search(s_text):
                    that_day = [s.order for s in draft.stops.values() if same_day in s.days]
                    order = min(that_day, default=order + 0.5) - 0.5
                stop = draft.stops[key] = _StopDraft(ref, order)
            if unit_evidence is None:
                unit_evidence = _evidence(article, unit, rule)  # one per sentence: the rule is the sentence's
            if not stop.evidence or stop.evidence[-1] is not unit_evidence:
                stop.evidence.append(unit_evidence)
            if in_span:
                # "a research trip to the city of Suzhou ...": the place the journey itself went to
                at = start - s_start
                # (not "on a week-long tour of Asia, visited Hanoi on Monday": another clause's place)
                stop.in_span_sentence = stop.in_span_sentence or (
                    _journey_word_before(journey_ends, at, 45)
                    and _OWN_VERB.search(unit.sentence.text, _last_end_before(journey_ends, at), at) is None
                )
            stop.link_words |= words
            if ends_told is None:
                ends_told = (in_trip_sentence or unit.subject == draft.person) and may_hold(
                    unit.sentence.text, _ENDS_NEEDS
                )
            if ends_told:
                before = article.text[max(unit.sentence.start, toponym.start - 90) : toponym.start]
                stop.opens = stop.opens or _OPENS_IN.search(before) is not None
                stop.closes = stop.closes or _CLOSES_IN.search(before) is not None
            day = (_day_near(days, start, s_text, s_start, toponym.end) if days else None) or same_day
            if two_days:
                day = next((span for at, span in two_days if 0 <= at - toponym.end <= 2), day)
            if day is None and stops_named == 1 and may_hold(s_text, (" from ", " between ")):
                day = _range_right_after(unit, text, toponym.end)
            if (
                stays
                and not _LIST_GOES_ON.match(text, toponym.end)
                and not _LIST_ENDS.search(text, max(s_start, start - 6), start)
            ):
                day = next(
                    (
                        span
                        for at, end, span in stays
                        if 0 <= at - toponym.end <= 2 or _STAY_IN.fullmatch(text, end, toponym.start)
                    ),
                    day,
                )
            day = respective.get(toponym.start, day)
            if day is not None and "day" in s_text:
                told, day = day, _days_apart(day, days, unit, start)
                if day != told and draft.status is TripStatus.MADE:
                    draft.spans.append((day, unit.index, False))  # the journey's days reach it too
            if day is not None:
                stop.days.append(day)
                here = stop
                if stops_named == 1 and day.days == 1 and may_hold(s_text, _STAYED_UNTIL_NEEDS):
                    # "arrived in Kumasi on Monday and stayed until Wednesday", "... left the city on
                    # Wednesday": the stay's last day
                    until = _stayed_until(unit, toponym.end, day)
                    if until is not None:
                        stop.days.append(until)

    for key in homeward - stayed:
        del draft.stops[key]  # "... before leaving for Dhaka": the traveller's way home, no stop


# "He originally planned to finish in Tampa, but changed course", "had been scheduled to stop in Ocala
# but ...": a plan the sentence then says was given up (its places up to the "but" are no stops)
_PLAN_GIVEN_UP = re.compile(
    r"\b(?:originally|initially|had|first)\s+(?:(?:planned|intended|hoped|meant)\s+to"
    r"|been\s+(?:scheduled|due|expected|set)\s+to)\b"
    r"|\bwas\s+(?:originally\s+|initially\s+)?(?:to\s+have|supposed\s+to)\b",
    re.IGNORECASE,
)
_PLAN_NEEDS = ("planned", "intended", "hoped", "meant", "scheduled", "due", "expected", "set to", "to have", "supposed")
_PLAN_BUT = re.compile(r"[^.;]*?(?:,?\s+but\b(?!\s+also\b)|\binstead\b)")


def _plan_given_up(text: str, start: int) -> tuple[int, int] | None:
    """Where the places of a plan the sentence says was given up lie (article offsets), if it tells one."""
    plan = _PLAN_GIVEN_UP.search(text)
    if plan is None:
        return None
    but = _PLAN_BUT.match(text, plan.end())
    return None if but is None else (start + plan.end(), start + but.end())


# "before leaving for Dhaka", "flew back to Tokyo", "returned to Abuja": (read right before a capital)
_HOMEWARD = re.compile(
    r"\b(?:leaves?|leaving|left|heads?|headed|heading|returns?|returned|returning|back)\s+(?:back\s+)?(?:for|to)"
    r"(?:\s+the\s+capital,?)?\s+$",
    re.IGNORECASE,
)

# what the traveller will do at a place left for: a leg of the journey, not the way home
_ONWARD = re.compile(
    r"\b(?:where|meet|meets|meeting|talks|visit|visits|attend|attends|summit|conference|sign|signs|hold|holds"
    r"|address|addresses|stay|stays|spend|spends|tour|tours)\b",
    re.IGNORECASE,
)


# a city at the national capital is the capital ("Delhi" for New Delhi, the seat within it)
_AT_THE_CAPITAL_KM = 15


def _is_national_capital(ref: Resolved) -> bool:
    capital = _gazetteer().capital(ref.place.country) if ref.place.country else None
    return capital is not None and (
        capital.geonameid == ref.place.geonameid
        or (
            ref.place.kind is PlaceKind.CITY
            and _gazetteer().distance_km(capital, ref.place) <= _AT_THE_CAPITAL_KM
        )
    )


_LIST_GOES_ON = re.compile(r",|\s+(?:and|or)\s")  # (read with .match right after a place)
_LIST_ENDS = re.compile(r"(?:,|\b(?:and|or))\s*$")  # (read right before a place: the last of a list)
_STAY_IN = re.compile(r"\s+(?:in|at)\s+(?:the\s+(?:city|town)\s+of\s+)?")  # (fullmatch between days and place)
_STAYED_UNTIL_NEEDS = ("until", "till", "through", "left", "depart", "leav")
_STAYED_UNTIL = re.compile(  # (read in a window right before a later day)
    r"\b(?:stayed|stays|staying|remained|remains|(?:will|to)\s+(?:stay|remain))\s+(?:there\s+|on\s+)?"
    r"(?:until|till|through)\s+$"
    r"|\b(?:left|leaves|leaving|departed|departs|departing|(?:will|to)\s+(?:leave|depart))\s+"
    r"(?:the\s+(?:city|town|capital|country)|there|it)\s+$",
    re.IGNORECASE,
)


def _stayed_until(unit: _Unit, after: int, day: DateSpan) -> DateSpan | None:
    """A later day of the sentence, written after the place, that its stay lasted until."""
    start = unit.sentence.start
    for m in unit.dates:
        span = m.span
        if (
            m.evidence.start >= after
            and isinstance(span, DateSpan)
            and span.precision is Precision.DAY
            and span.days == 1
            and 0 < (span.start - day.end).days <= _STAY_REACH
            and _STAYED_UNTIL.search(unit.sentence.text, max(0, m.evidence.start - start - 40), m.evidence.start - start)
        ):
            return span
    return None


def _may_be_a_stop(toponym: Toponym, ref: PlaceRef) -> bool:
    """Whether a place of a sentence may be a stop: a settlement or county, or of a kind unknown."""
    kind = _kind_of(ref, toponym)
    return kind is None or kind in _STOP_KINDS


def _respective_days(unit: _Unit, places: Sequence[tuple[Toponym, PlaceRef, bool]]) -> dict[int, DateSpan]:
    """"visited Hangzhou and Ningbo on Oct 9 and 10, respectively": each place its day, in order.

    By the place's offset; empty unless the places and the days are as many.
    """
    days: list[DateSpan] = []
    for m in unit.dates:
        span = m.span
        if not isinstance(span, DateSpan) or span.precision is not Precision.DAY:
            continue
        if 1 < span.days <= 7 and (" and " in m.evidence.text or "," in m.evidence.text):
            # "on Oct 9 and 10", "on Oct 9, 10 and 11": a list of days, read as their run
            days.extend(DateSpan.day(span.start + dt.timedelta(days=i)) for i in range(span.days))
        elif span.days == 1:
            days.append(span)
    named = [t.start for t, r, _ in places if _may_be_a_stop(t, r)]
    return dict(zip(named, days, strict=True)) if len(days) == len(named) else {}


# a verb of the traveller's own between a journey word and a place: the place is that verb's
_OWN_VERB = re.compile(r",\s+(?:\w+\s+)?(?:visited|arrived|toured|went|flew|travell?ed|reached|landed|met)\b")


def _last_end_before(ends: Sequence[int], at: int) -> int:
    """The last of ``ends`` (sorted) at or before ``at``; 0 if none."""
    i = bisect.bisect_right(ends, at)
    return ends[i - 1] if i > 0 else 0


def _left_for_home(unit: _Unit, home: str) -> list[tuple[Toponym, PlaceRef, bool]]:
    """The place abroad the traveller left for home, or left at the end of a stay there: a stop,
    not where the journey began.

    "Xi Jinping left Istanbul of Turkey for China on Wednesday afternoon, wrapping up his visits":
    Istanbul was visited ("left Beijing for Tokyo" is where a journey began: no stop).
    """
    text, start = unit.sentence.text, unit.sentence.start
    at = {t.start: r for t, r, _ in unit.places}
    out: list[tuple[Toponym, PlaceRef, bool]] = []
    for toponym, ref, governed in unit.places:
        if governed or not isinstance(ref, Resolved) or (home and ref.place.country == home):
            continue
        offset = toponym.start - start
        if not _LEFT_PLACE_BEFORE.search(text[max(0, offset - 30) : offset]):
            continue
        bound = _FOR_WHERE.match(text, toponym.end - start)
        if bound is None:
            continue
        where = at.get(start + bound.start("where")) if bound.group("where") else None
        if (
            (home and bound.group("home"))
            or (home and isinstance(where, Resolved) and where.place.country == home)
            # "left Pretoria Thursday for Maputo ... after a two-day state visit": the place visited
            or _VISIT_ENDED.search(text, toponym.end - start) is not None
        ):
            out.append((toponym, ref, True))
    return out


# "arrived in Lyon from Geneva", "landed ... from Porto, Portugal": the place the traveller came from
_CAME_FROM_BEFORE = re.compile(
    r"\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|reach(?:es|ed|ing)?|fl(?:y|ies|ew|own|ying)|came|comes|coming"
    r"|travell?(?:ed|ing)|drove|sailed)\b[^.;]{0,120}?\bfrom\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "from Paris to Lyon", "from Paris, France, to Lyon": a journey's departure and destination in one phrase
_FROM_TO_AFTER = re.compile(r"(?:,\s*[A-Z][\w.' -]{0,30},?)?\s+to\s+(?:the\s+)?[A-Z]")


def _country_of(place: tuple[Toponym, PlaceRef] | None) -> str:
    return place[1].place.country if place is not None and isinstance(place[1], Resolved) else ""


def _came_from_abroad(unit: _Unit, home: str) -> list[tuple[Toponym, PlaceRef, bool]]:
    """The town abroad the traveller came from on the way to the next: an earlier leg of the
    journey, a stop ("reached Lyon from Geneva on the second leg of his tour"). A town of the
    traveller's own country (``home``; unknown, the country the report is filed from) came from is
    where the journey set out ("flew to Oslo from Bergen"): no stop."""
    text, start = unit.sentence.text, unit.sentence.start
    out: list[tuple[Toponym, PlaceRef, bool]] = []
    for toponym, ref, governed in unit.places:
        if governed or not isinstance(ref, Resolved) or ref.place.country == home:
            continue
        if ref.place.kind not in (PlaceKind.CITY, PlaceKind.TOWN):
            continue
        offset = toponym.start - start
        if _FROM_TO_AFTER.match(text, toponym.end - start):
            continue  # "travelled from Paris to Lyon": the departure of the journey told, no stop
        if _CAME_FROM_BEFORE.search(text[max(0, offset - 160) : offset]):
            out.append((toponym, ref, True))
    return out


# "after a two-day state visit", "at the end of her visit", "wrapping up his tour": a stay ended
_VISIT_ENDED = re.compile(
    r"\b(?:after|at the end of|concluding|wrapping up|winding up|ending) (?:a|an|his|her|their|the)"
    r" (?:[\w-]+ ){0,3}?(?:visit|tour|stay|trip)\b",
    re.IGNORECASE,
)
# "... for home", "... of Turkey for China": where the traveller left a place for
_FOR_WHERE = re.compile(r"[^.;]{0,40}?\bfor\s+(?:(?P<home>home)\b|(?:the\s+)?(?P<where>[A-Z]))")


# "a day after touring Naivasha", "two days before she flew to Lamu": a place's day counted from
# the day the sentence names
_DAYS_APART = re.compile(  # (read only between a day and a place: no letter guard)
    r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<way>after|before)\s+"
    # (the traveller's own deed: "a day after touring", "two days before she flew"; not "a day after
    # storms tore through Oklahoma")
    r"(?:he|she|they|his|her|their|\w+ing)\b[^.;,]{0,60}$",
    re.IGNORECASE
)
_DAYS_APART_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _days_apart(day: DateSpan, days: Sequence[DateMention], unit: _Unit, at: int) -> DateSpan:
    """The day of the place at ``at``: ``day``, or counted from it when a count of days stands
    between the day's words and the place ("visited Nakuru on Tuesday, a day after touring Naivasha")."""
    told = [m for m in days if m.span == day and m.evidence.end <= at]
    if not told:
        return day
    start = unit.sentence.start
    found = _DAYS_APART.search(unit.sentence.text, told[-1].evidence.end - start, at - start)
    if found is None:
        return day
    n = found.group("n").lower()
    count = int(n) if n.isdigit() else _DAYS_APART_COUNT[n]
    shift = dt.timedelta(days=-count if found.group("way").lower() == "after" else count)
    try:
        return DateSpan(day.start + shift, day.end + shift, day.precision)
    except OverflowError:
        return day  # (a day counted past the calendar's ends stays the day told)


# "left London for New York on September 19", "From Jakarta, he will travel to Rome on Friday",
# "before leaving for Washington tomorrow": the day the traveller left the place he was at
_LEAVING = Caseless(r"\b(?:left|leaves|leave|leaving|departed|departs|departing)\b")
_LEFT_PLACE_BEFORE = re.compile(  # (read in a window of 30 characters: no letter guard)
    r"(?:\b(?:left|leaves|leave|leaving|departed|departs|departing)|^from)\s+(?:the\s+)?$", re.IGNORECASE
)
# "returned home on Sunday", "arrived back in Dhaka", "a virtual town hall on Friday": a day not
# (or not shown to be) spent where the traveller was
_ELSEWHERE = Caseless(
    r"\b(?:return\w*|back|home|arriv\w+|flew|fly|flies|headed|heads|heading|virtual\w*|online|video\w*|remotely"
    r"|telephone\w*|phone\w*)\b"
)
_STAY_REACH = 7  # days: a stay longer than this is more than the text can vouch for by itself


def _stay(
    here: _StopDraft,
    unit: _Unit,
    days: list[tuple[int, DateSpan | None]],
    stops: dict[str, _StopDraft],
    trip: DateSpan | None,
) -> None:
    """Keep the traveller where he was on a later day that the text places there.

    A sentence of the traveller's with one later day and no new town ("On the second day, Sunday,
    his main meeting will be with ...") is spent at the stop last dated; so is the day he leaves it
    ("On September 19, she left London for New York", "today before leaving for Washington
    tomorrow": the day written nearest the leaving): a stop runs from the day he came to the day he
    left.  ``days`` are the sentence's days with where each is written.
    """
    known = [(at, day) for at, day in days if day is not None]
    if not known or any(day.days != 1 for _, day in known):
        return
    text, start = unit.sentence.text, unit.sentence.start

    def near(at: int) -> DateSpan:
        return min(known, key=lambda d: abs(d[0] - at))[1]

    def lengthen(stop: _StopDraft, day: DateSpan) -> None:
        last = max(d.end for d in stop.days)
        if last < day.start and (day.start - last).days <= _STAY_REACH and (trip is None or day in trip):
            stop.days.append(day)

    for toponym, found, governed in unit.places:
        # the place left, by name: "left London for New York", "From Jakarta, ... travel to Rome"
        if governed or not isinstance(found, Resolved):
            continue
        left = stops.get(_key(found))
        at = toponym.start - start
        if left is not None and left.days and _LEFT_PLACE_BEFORE.search(text[max(0, at - 30) : at]):
            lengthen(left, near(toponym.start))
            return
    leaving = _LEAVING.search(text)
    if leaving is not None:
        # "today before leaving for Washington tomorrow": a day written after the leaving is its day
        after = [day for at, day in known if at >= start + leaving.end()]
        lengthen(here, after[0] if after else near(start + leaving.start()))  # the day he left
        return
    one_day = len({day for _, day in known}) == 1  # ("On the second day, Sunday, ...": one day)
    if one_day and unit.subject is not None and _ELSEWHERE.search(text) is None and _only_around(here, unit):
        lengthen(here, known[0][1])


def _only_around(here: _StopDraft, unit: _Unit) -> bool:
    """Whether every place the sentence puts anyone at ("in the USA", "at the Villa") holds ``here``.

    A sentence that names no place, or only the country or province of the stop, is no move; one
    that names another place ("His last stop will be the United Arab Emirates on Wednesday"), or
    a building or place the gazetteer does not know, may tell of somewhere else.
    """
    text, start = unit.sentence.text, unit.sentence.start
    at = {t.start: ref for t, ref, _ in unit.places}
    for _, ref, governed in unit.places:
        if governed and not _holds(ref, here.place):
            return False
    for m in _PLACE_NAMED.finditer(text):
        named = at.get(start + m.start("name"))
        if named is None or not _holds(named, here.place):
            return False
    return True


def _holds(region: PlaceRef, place: PlaceRef) -> bool:
    """Whether ``region`` is ``place`` or the country or province it lies in."""
    if not isinstance(region, Resolved) or not isinstance(place, Resolved):
        return False
    a, b = region.place, place.place
    if a.geonameid == b.geonameid:
        return True
    if a.kind is PlaceKind.COUNTRY:
        return a.country == b.country
    return a.kind is PlaceKind.ADMIN1 and (a.country, a.admin1) == (b.country, b.admin1)


# "at the Maitama District Hospital", "in Owerri", "visit the National Memorial Chorten": a place
# the sentence puts someone at
_PLACE_NAMED = re.compile(r"\b(?:[Aa]t|[Ii]n|visit|visits|visited|visiting|tour|toured|touring) (?:the )?(?P<name>[A-Z])")


# ("ended his three-day tour of the north in Bolgatanga": what the journey was of, before its place)
_OF_WHERE = r"(?:(?:of|to|through)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?"
# "His trip will begin in Beijing", "The tour ... starts in Tawau", "The first stop is Milwaukee": the
# journey's first place; "ends in Telok Melano", "His last stop will be Seoul": its last
_OPENS_IN = re.compile(
    r"\b(?:(?:(?:trip|tour|visit|journey)(?:\s+[\w,-]+){0,5}?|it|he|she|they)\s+(?:will\s+)?(?:begins?|began|starts?|started"
    r"|kicks? off"
    r"|kicked off|opens?|opened)|(?:will|to)\s+(?:begin|start|kick off|open))\s+(?:\w+\s+){0,2}?(?:in|at|with)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?$"
    r"|\bfirst (?:stop|leg|destination|port of call)(?:\s+\w+){0,4}?\s+(?:is|was|will be|in)\s+(?:the\s+)?$"
    # "who started the tour in Kakamega"
    r"|\b(?:began|begins|begin|started|starts|start|kicked off|kicks off|opened|opens) (?:the|his|her|their|a|an)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey)\s+" + _OF_WHERE + r"(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ENDS_NEEDS = ("begin", "began", "start", "kick", "open", "first", "end", "conclu", "wrap", "wound", "winds", "last", "final")
_CLOSES_IN = re.compile(
    r"\b(?:(?:(?:trip|tour|visit|journey)(?:\s+[\w,-]+){0,5}?|it)\s+(?:will\s+)?(?:ends?|ended|concludes?|concluded"
    r"|wraps? up|wrapped up)"
    r"|(?:will|to)\s+(?:end|conclude|wrap up))\s+(?:\w+\s+){0,2}?(?:in|at|with)\s+(?:the\s+)?(?:[\w-]+\s+)?$"
    r"|\b(?:last|final) (?:stop|leg|destination|port of call)(?:\s+\w+){0,4}?\s+(?:is|was|will be|in)\s+(?:the\s+)?$"
    # "will end the tour in Busia", "wrapped up her visit in Mombasa"
    r"|\b(?:ended|ends|end|concluded|concludes|conclude|wrapped up|wraps up|wrap up|wound up|winds up|closed|closes)"
    r" (?:the|his|her|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey)\s+" + _OF_WHERE
    # ("concluded a three-day tour of the region with a durbar in Kumasi")
    + r"(?:with\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}?(?:in|at|to)|in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "who was formally received by his host at State House, Nairobi": the welcome on arrival, the
# arrival's day
_RECEIVED = re.compile(
    r"\b(?:was|were) (?:\w+ )?(?:received|welcomed|greeted)\b|\b(?:was|were) accorded\b"
    # "Prime Minister Imran Khan received him at the airbase": the host's welcome of the one arrived
    r"|\b(?:received|welcomed|greeted|met)\s+(?:him|her|them)\b",
    re.IGNORECASE,
)
# "Earlier in the day, he ...": a sentence dated by the one before it.
# every _SAME_DAY match holds one of these (in lower case): a cheap test before the scan
_SAME_DAY_NEEDS = ("earlier", "later", "same day", "that morning", "that afternoon", "that evening", "the day")
# "British Prime Minister Theresa May has arrived in Nairobi", "Biden has touched down on Irish soil":
# just now, on the report's day
_JUST_ARRIVED = re.compile(
    r"\b(?:has|have) (?:just |now )?(?:arrived|landed|touched down)\b(?![^.;]{0,40}?\b(?:on|last|yesterday)\b)",
    re.IGNORECASE,
)
_VISITED_NEXT = Caseless(r"\b(?:visited|toured|inspected|stopped (?:at|in|by))\b")
_VISITED_NEXT_NEEDS = ("visited", "toured", "inspected", "stopped")
# (not a sentence that tells another time: "will", "later", "earlier", "next")
_NOT_THAT_DAY = Caseless(r"\b(?:will|would|later|earlier|next|previously|prior|before|after|last|ago|since)\b")
_FIRST_STOP = re.compile(r"\bfirst (?:stop|port of call|engagement|event)\b", re.IGNORECASE)
_SAME_DAY = Caseless(
    r"\b(?:earlier|later) (?:in the day|that day|on the same day)|\bthe same day\b|\bthat (?:morning|afternoon|evening)\b"
    # "wraps up her visit on Saturday. She will spend the day at a fundraiser on Nantucket": that day
    r"|\bspen(?:d|ds|t|ding) the (?:rest of the )?day\b"
)
# a programme's next line: "At 10.10 am, he will fly to Thrissur", "After the programme, ..." (.match)
_PROGRAMME_NEXT = re.compile(
    r"(?:at|by|around|from) \d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|hrs\b|hours\b)"
    r"|(?:after|following) the (?:programme|program|ceremony|meeting|event|function|talks|visit)\b",
    re.IGNORECASE,
)
_EARLIER = Caseless(r"\bearlier\b")


def _link_captions(article: Article, draft: _TripDraft, options: ExtractOptions) -> None:
    """Date a body stop from a dated caption that names no city but shows the same visit."""
    for unit in draft.units:
        if not unit.caption or any(_kind_of(r, t) in _STOP_KINDS for t, r, _ in unit.places):
            continue
        days = [m for m in unit.dates if isinstance(m.span, DateSpan) and m.span.days == 1]
        if len(days) != 1:
            continue
        words = _unit_words(unit)
        scored = sorted(
            ((len(words & stop.link_words), key) for key, stop in draft.stops.items() if not stop.days),
            reverse=True,
        )
        if not scored or scored[0][0] < options.caption_link_min_words:
            continue
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            continue  # two cities fit equally well: do not guess
        stop = draft.stops[scored[0][1]]
        span = days[0].span
        assert isinstance(span, DateSpan)
        stop.days.append(span)
        stop.evidence.append(_evidence(article, unit, "stop-date-from-caption"))
