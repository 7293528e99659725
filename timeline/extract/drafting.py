"""Trip sentences gathered into drafts: one journey told in several sentences, and the other
sentences about a traveller that belong to that journey."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

import attrs

from gazetteer.model import Resolved
from timeline._regex import Caseless, may_hold
from timeline.article import Article
from timeline.extract.cues import _END_CUE, _NEXT_LEG, _companion_words
from timeline.extract.drafts import _TripDraft
from timeline.extract.options import ExtractOptions
from timeline.extract.spans import (
    _date_from_the_report,
    _days_ahead,
    _days_on_the_way,
    _left_and_home_told,
    _only_the_end,
    _set_out_now,
    _set_out_today,
    _stated_length,
    _stays_until,
    _trip_span,
    _under_way_now,
)
from timeline.extract.stops import _STOP_TOLD, _may_be_a_stop
from timeline.extract.trip_sentences import _is_trip_sentence, _status
from timeline.extract.units import _evidence, _trip_kind, _Unit
from timeline.model import DateSpan, Person, Precision, TripStatus
from timeline.people.names import _folded

# "His tour", "her visit": the sentence opens on the trip already told, by its possessive
# "The journey through Sarawak ...", "Her tour ...": a sentence that opens on the journey itself
_TRIP_OPENING = re.compile(
    # ("Al-Sultan Abdullah's state visit, which began last Monday": the traveller's, by the possessive)
    r"(?:(?:his|her|their|the)|(?:[A-Z][\w'’-]*\s+){0,4}?[A-Z][\w-]*['’]s?)"
    r" (?!(?:last|previous|earlier|first|next|latest)\b)(?:[\w-]+ ){0,3}?(?:visit|tour|trip|journey|stay)\b",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(
    r"^(?:his|her|their|the) (?:[\w-]+ ){0,2}$", re.IGNORECASE
)  # once per trip sentence


# "is scheduled to return to Sri Lanka upon completion of his official tour", "will fly home after
# wrapping up the visit": the return that ends the journey told, ahead
_ENDS_THE_TOUR = re.compile(
    r"\b(?:will|(?:is|are) (?:scheduled|due|set|expected) to) (?:return|fly back|fly home|head home|head back)\b"
    r"[^.;]{0,60}?\b(?:(?:upon|on|after) (?:the )?(?:completion|conclusion|end) of"
    r"|after (?:concluding|completing|wrapping up|winding up))\s+(?:his|her|their|the|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:visit|tour|trip|journey|mission)\b",
    re.IGNORECASE,
)
# the journey told is over: the traveller is home again
_HOME_AGAIN = re.compile(
    r"\b(?:upon|on|after) (?:his|her|their) return\b|\breturned home\b|\b(?:is|was|are|were) back home\b",
    re.IGNORECASE,
)


# "will leave the country again on Wednesday", "travels abroad again": another journey from home
_SETS_OFF_AGAIN = re.compile(
    r"\b(?:leave|leaves|leaving|left|depart\w*|travel\w*|set(?:s|ting)? off|head\w*) (?:[\w'’-]+ ){0,3}?again\b",
    re.IGNORECASE,
)


def _arrived_for(
    draft: _TripDraft, current: DateSpan | None, span: DateSpan, status: TripStatus, gap: int
) -> bool:
    """A day made just before a planned journey's first day, or on one of its days: the journey made.

    "will commence his five-day visit on Wednesday ... arrived in Washington on Tuesday night"; "may stay
    in Bogor on Wednesday ... inspected dams in Bogor this morning" (a Wednesday report).
    """
    return (
        draft.status is TripStatus.PLANNED
        and status is TripStatus.MADE
        and current is not None
        and current.precision is Precision.DAY
        and span.precision is Precision.DAY
        and current.start - dt.timedelta(days=gap) <= span.start <= current.end
    )


def _mergeable(
    draft: _TripDraft,
    person: Person,
    span: DateSpan | None,
    status: TripStatus,
    gap: int,
    again: bool = False,
    anchor: dt.date | None = None,
    onward: bool = False,
    text: str = "",
) -> bool:
    if draft.person != person:
        return False
    current = draft.span()
    if again and status is TripStatus.PLANNED and draft.status is TripStatus.MADE:
        return False  # "is expected to leave the country again this Wednesday for Tanzania": a new journey
    if (
        status is TripStatus.PLANNED
        and draft.status is TripStatus.MADE
        and span is not None
        and current is not None
        and span.start > current.end
        and any(_HOME_AGAIN.search(u.sentence.text) for u in draft.units if u.index in draft.trip_units)
    ):
        return False  # "upon his return today ... before heading to South Korea on Sunday": a new journey
    if (
        span is not None
        and current is not None
        and span.precision is Precision.DAY
        and current.precision is Precision.DAY
        and span.days == 1
        and current.days == 1
        and abs((span.start - current.start).days) > gap - 1
        and not _A_STAY.search(text)
        and not _THIS_JOURNEY.search(text)
        and not any(_A_STAY.search(u.sentence.text) for u in draft.units if u.index in draft.trip_units)
    ):
        # "attended the summit in Warsaw yesterday ... will travel to Dublin on Friday": two day trips,
        # days apart, neither an arrival or a departure that would make one stay of them
        return False
    if draft.status is not status:
        # "arrived in Jakarta on Wednesday ... will travel to Rome on Friday": the journey goes on;
        # an undated "he will also visit Bukhara" is a leg of the journey the report is about
        if span is None:
            return True
        if _arrived_for(draft, current, span, status, gap):
            return True
        if (
            draft.status is TripStatus.MADE
            and current is None
            and status is TripStatus.PLANNED
            and span.precision is Precision.DAY
            and anchor is not None
            and anchor <= span.start
        ):
            told = [u for u in draft.units if u.index in draft.trip_units]
            if span.start <= anchor + dt.timedelta(days=gap) and not any(
                _HOME_AGAIN.search(u.sentence.text) for u in told
            ):
                # "Hu has arrived in the US ... is scheduled to arrive at the White House Wednesday morning
                # to begin his state visit": the journey made, told with no day, goes on in the days ahead
                return True
            if span.start <= anchor + _SET_OUT_AHEAD and any(_set_out_now(u) for u in told):
                # "has departed Abuja for a visit to Japan and Brazil ... will attend the conference from
                # August 20 to 22": the days ahead are the journey's set out on as the report is written
                return True
        if draft.status is not TripStatus.MADE or current is None or current.precision is not Precision.DAY:
            return False
        if span.precision is not Precision.DAY:
            # "arrived in Qatar on Wednesday ... is expected to visit Bahrain later this week"
            return span.start <= current.end + dt.timedelta(days=gap) and current.start <= span.end
        if (
            onward
            and _under_way_at(current, anchor)
            and anchor is not None
            and anchor <= span.start <= anchor + _NEXT_LEG_AHEAD
        ):
            # "arrived in Accra on Tuesday ... She will leave for Kumasi on Monday" (a Friday report): the
            # journey under way as the report is written goes on
            return True
        # ("Wen is to visit Uganda before winding up his eight-day trip that started on June 17": the days
        # told hold the whole journey made so far, of which it is the rest)
        return current.start <= span.start <= current.end + dt.timedelta(days=gap) or (
            span.start <= current.start and current.end <= span.end and span.days <= 31
        )
    if span is None or current is None:
        return True
    if span.precision is not Precision.DAY or current.precision is not Precision.DAY:
        return current.overlaps(span)
    slack = dt.timedelta(days=gap)
    return span.start <= current.end + slack and current.start <= span.end + slack


# an arrival or a departure: the ends of a stay that lasts between its days
_A_STAY = Caseless(
    r"\b(?:arriv(?:e|es|ed|ing|al)|leav(?:e|es|ing)|left|depart(?:s|ed|ing|ure)?|stay(?:s|ed|ing)?)\b"
)
# "his trip to the United States and meeting with President Bush Friday", "announced the visit by the
# President yesterday": the journey already told
_THIS_JOURNEY = Caseless(r"\b(?:his|her|their|this|the) (?:[\w-]+ ){0,2}?(?:visit|trip|journey|stay)\b")


# "She will leave for Kumasi on Monday", "will then fly on to Lima": on from where the traveller is
_ONWARD = re.compile(
    r"\b(?:will|is to|is due to|is scheduled to|is expected to|is set to)\s+(?:then\s+|later\s+)?"
    r"(?:leave for|depart for|proceed to|fly on to|travel on to|move on to|head on to|go on to)\b",
    re.IGNORECASE,
)
_NEXT_LEG_AHEAD = dt.timedelta(days=7)  # how far after the report's day a journey under way goes on
_SET_OUT_AHEAD = dt.timedelta(days=14)  # how far after the report's day a journey just set out on goes on


def _under_way_at(current: DateSpan, anchor: dt.date | None) -> bool:
    """Whether a journey made, last dated a few days before the report's day, may be under way."""
    return anchor is not None and current.start <= anchor and (anchor - current.end).days <= 4


def _told_in_two_sentences(units: Sequence[_Unit]) -> set[int]:
    """Sentences that tell one journey between them: its day in one and its town in the next.

    "Princess Anne visited a hospital on Friday. She opened its new wing in Worcester.": neither is a
    trip sentence alone (a dated visit with no place; a place with no day), both are together. The
    two follow each other, have the same subject and a trip word each.
    """
    found: set[int] = set()
    for first, second in itertools.pairwise(units):
        if (
            first.subject is None
            or first.subject != second.subject
            or second.index != first.index + 1
            or first.trip_word is None
            or second.trip_word is None
            or first.caption
            or second.caption
        ):
            continue
        dated = [u for u in (first, second) if _days_told(u) and not any(p[2] for p in u.places)]
        placed = [
            u for u in (first, second) if not u.dates and any(p[2] and _may_be_a_stop(p[0], p[1]) for p in u.places)
        ]
        if (
            len(dated) == 1
            and len(placed) == 1
            and dated[0] is not placed[0]
            and not (_is_trip_sentence(first) or _is_trip_sentence(second))
        ):
            found.update((first.index, second.index))
    return found


def _name_words(name: str) -> list[str]:
    """A name's words, lower case, their accents dropped ("João Lourenço" -> joao, lourenco)."""
    return re.findall(r"[a-z]+", _folded(name).lower())  # (the people reader's folding: "Yıldırım" too)


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter more ("Kovid", "Kovind"): a slip of the pen."""
    return len(b) == len(a) + 1 and any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def _same_named(short: Person, full: Person) -> bool:
    """Whether ``short`` is another form of ``full``'s name: the same first and last names, their
    accents aside ("João Lourenço", "Joao Manuel Goncalves Lourenco"); or the same office and a
    surname one letter short ("President Kovid", "President Ram Nath Kovind")."""
    a, b = _name_words(short.name), _name_words(full.name)  # (none for a name in Chinese characters)
    if not a or not b or a == b or len(a) > len(b):
        return False
    if len(a) >= 2 and a[0] == b[0] and a[-1] == b[-1]:
        return True
    same_office = short.title is not None and full.title is not None and short.title.name == full.title.name
    return len(a) == 1 and same_office and len(a[0]) >= 4 and _one_letter_apart(a[0], b[-1])


def _one_person_one_name(drafts: list[_TripDraft], owner: dict[int, _TripDraft]) -> list[_TripDraft]:
    """The drafts, an undated one of a person named in another form (see :func:`_same_named`) joined
    to the trip of that person's fuller name: one traveller, not two."""
    out = list(drafts)
    for draft in drafts:
        if draft.spans:
            continue
        fuller = [d for d in out if d is not draft and _same_named(draft.person, d.person)]
        if len({d.person.name for d in fuller}) != 1:
            continue
        into = fuller[0]
        into.units.extend(draft.units)
        into.trip_units.update(draft.trip_units)
        into.evidence.extend(draft.evidence)
        for index, told in owner.items():
            if told is draft:
                owner[index] = into
        out.remove(draft)
    return out


def _leg_of_tour(unit: _Unit, drafts: Sequence[_TripDraft]) -> _TripDraft | None:
    """The tour a sentence set in one of its named places tells a leg of.

    "The minister will tour Peru, Chile and Bolivia next week. In Chile she will open a trade fair
    marking the treaty's 2030 jubilee.": the second sentence opens in a place the traveller's latest
    trip sentence lists among several, so it is that tour's leg, whatever other date it gives.
    """
    assert unit.subject is not None
    tour = next((d for d in reversed(drafts) if d.person == unit.subject), None)
    if tour is None:
        return None
    text = unit.sentence.text
    if text[:3].lower() != "in ":
        return None
    opening = next(
        (
            p[1].place.geonameid
            for p in unit.places
            if isinstance(p[1], Resolved)
            and re.match(r"in (?:the )?" + re.escape(p[0].name) + r"\b", text, re.IGNORECASE)
        ),
        None,
    )
    if opening is None:
        return None
    for told in tour.units:
        if told.index not in tour.trip_units:
            continue
        named = {p[1].place.geonameid for p in told.places if isinstance(p[1], Resolved)}
        if len(named) >= 2 and opening in named:
            return tour
    return None


# "President Poe, who held two rallies in Ohio on Monday, will return to the state on Saturday"; "the visit
# came after he made an aerial survey of Ayr and Troon"; "follows hot on the heels of her return from Chad":
# an earlier journey of the traveller, told in a clause of the sentence about the present one
_EARLIER_CLAUSE = Caseless(
    r"(?:who (?:recently |just |also )?(?:ended|concluded|completed|held|made|paid|toured|visited|undertook|led)\b"
    r"[^,;]{3,150}?(?=,)"
    r"|\b(?:came|comes|follows|followed) (?:[a-z]+ ){0,4}?after (?:he|she|they) [^,;.]{3,150}"
    r"|\bon the heels of (?:his|her|their) [^,;.]{3,150})"
)

_EARLIER_CLAUSE_NEEDS = ("who ", "after ", "heels of")


def _earlier_in_a_clause(unit: _Unit, next_index: int) -> tuple[_Unit, _Unit] | None:
    """The sentence about the present journey, and its clause that tells an earlier one (with the places
    and dates of each), when a clause names a place of the earlier journey."""
    text = unit.sentence.text
    if unit.caption or not may_hold(text, _EARLIER_CLAUSE_NEEDS):
        return None
    found = _EARLIER_CLAUSE.search(text)
    if found is None or (found.group().lower().startswith("who") and text[: found.start()][-2:] != ", "):
        return None  # (a relative clause set off by commas: "Governor Poe, who held ...,")
    lo, hi = unit.sentence.start + found.start(), unit.sentence.start + found.end()
    inside = tuple(p for p in unit.places if lo <= p[0].start < hi)
    if not inside:
        return None
    dates_in = tuple(m for m in unit.dates if lo <= m.evidence.start < hi)
    main = attrs.evolve(
        unit,
        places=tuple(p for p in unit.places if not lo <= p[0].start < hi),
        dates=tuple(m for m in unit.dates if not lo <= m.evidence.start < hi),
    )
    clause = attrs.evolve(unit, index=next_index, places=inside, dates=dates_in, fellows=())
    return main, clause


def _days_told(unit: _Unit) -> bool:
    return any(isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY for m in unit.dates)


def _draft_trips(
    article: Article, units: Sequence[_Unit], anchor: dt.date | None, options: ExtractOptions
) -> list[_TripDraft]:
    drafts: list[_TripDraft] = []
    owner: dict[int, _TripDraft] = {}
    paired = _told_in_two_sentences(units)
    earlier: list[_TripDraft] = []
    for unit in units:
        if not (_is_trip_sentence(unit) or unit.index in paired):
            continue
        assert unit.subject is not None
        if (split := _earlier_in_a_clause(unit, len(units) + len(earlier))) is not None:
            # the earlier journey told in a clause is a trip of its own, made; the sentence tells the present one
            unit, clause = split
            traveller = unit.subject
            assert traveller is not None
            found = _trip_kind(clause)
            assert found is not None
            before = _TripDraft(traveller, found[0], TripStatus.MADE, found[2])
            before.units.append(clause)
            before.trip_units.add(clause.index)
            before.evidence.append(_evidence(article, clause, "trip-sentence"))
            if (got := _trip_span(clause)) is not None:
                before.spans.append((got[0], clause.index, got[1]))
            earlier.append(before)
        assert unit.subject is not None
        if _companion_words(unit.sentence.text) and all(d.person != unit.subject for d in drafts) and drafts:
            continue  # "State Councilor Wu took part in the inspection": a companion, not a traveller
        found = _trip_kind(unit)
        assert found is not None
        kind, _, rank = found
        status = _status(unit, anchor)
        got = _trip_span(unit)
        span = got[0] if got else None
        again = "again" in unit.sentence.text and _SETS_OFF_AGAIN.search(unit.sentence.text) is not None
        onward = status is TripStatus.PLANNED and _ONWARD.search(unit.sentence.text) is not None
        draft = next(
            (
                d
                for d in reversed(drafts)
                if _mergeable(
                    d, unit.subject, span, status, options.same_trip_gap_days, again, anchor, onward,
                    unit.sentence.text,
                )
            ),
            None,
        )
        if span is not None and (until := _stays_until(unit)) is not None:
            # "arrived in Suva last night ... will be in Fiji until Thursday": the stay told before
            # lasts until that day, one journey (within two weeks of its start)
            stay = draft or next((d for d in reversed(drafts) if d.person == unit.subject), None)
            told = stay.span() if stay is not None else None
            if told is not None and told.start < until <= told.start + dt.timedelta(days=14):
                draft, got = stay, (DateSpan(told.start, until), False)
        if draft is None and status is TripStatus.PLANNED and span is not None and _ENDS_THE_TOUR.search(unit.sentence.text):
            # "left this morning on a visit to Japan and the Philippines ... is scheduled to return to
            # Sri Lanka upon completion of his official tour on the 30th": the return ends the journey
            # under way (within two weeks of its start)
            under_way = next((d for d in reversed(drafts) if d.person == unit.subject), None)
            told = under_way.span() if under_way is not None else None
            if (
                under_way is not None
                and told is not None
                and under_way.status is TripStatus.MADE
                and told.precision is Precision.DAY
                and span.precision is Precision.DAY
                and span.days == 1
                and told.end < span.start <= told.start + dt.timedelta(days=14)
            ):
                draft, got = under_way, (DateSpan(told.start, span.start), False)
        if draft is None and _NEXT_LEG.match(unit.sentence.text):
            # "Thursday it's on to Saginaw": the next leg of the journey being told
            draft = next((d for d in reversed(drafts) if d.person == unit.subject), None)
        if draft is None and (
            _BACK_REFERENCE.search(unit.sentence.text, 0, found[1]) or _TRIP_OPENING.match(unit.sentence.text)
        ):
            # "His tour is focusing on ... before the summit on December 14": the tour already told;
            # "The journey through Sarawak will also include stops in Sibu": so is the journey
            draft = next((d for d in reversed(drafts) if d.person == unit.subject), None)
            told = draft.span() if draft is not None else None
            if (
                span is not None
                and told is not None
                and span.start > told.end
                and not _END_CUE.search(unit.sentence.text)
            ):
                # a day after the tour told is the summit's it leads to, not the tour's (unless it is
                # the day the tour ends: "before concluding with a trip to Lundu on September 13")
                got = None
        if draft is None and (tour := _leg_of_tour(unit, drafts)) is not None:
            # "... will tour Peru, Chile and Bolivia ... In Chile she will open a fair marking the
            # jubilee in 2030": a leg of the tour; a date coarser than the tour's days is not the leg's
            draft, told = tour, tour.span()
            if (
                got is not None
                and told is not None
                and told.precision is Precision.DAY
                and got[0].precision is not Precision.DAY
            ):
                got = None
        if draft is None:
            draft = _TripDraft(unit.subject, kind, status, rank)
            drafts.append(draft)
        elif span is not None and _arrived_for(draft, draft.span(), span, status, options.same_trip_gap_days):
            draft.status = TripStatus.MADE  # the journey is under way
            if rank > draft.rank:
                draft.kind, draft.rank = kind, rank
        elif rank > draft.rank:
            draft.kind, draft.rank = kind, rank
        draft.units.append(unit)
        draft.trip_units.add(unit.index)
        draft.evidence.append(_evidence(article, unit, "trip-caption" if unit.caption else "trip-sentence"))
        if got is not None:
            draft.spans.append((got[0], unit.index, got[1]))
        owner[unit.index] = draft
    drafts = _one_person_one_name(drafts, owner)
    drafts.extend(earlier)
    # Other sentences about a traveller belong to that person's nearest trip before them.
    current: dict[str, _TripDraft] = {}
    last: _TripDraft | None = None
    for unit in units:
        if unit.index in owner:
            last = current[owner[unit.index].person.name] = owner[unit.index]
            continue
        draft_for: _TripDraft | None = None
        if unit.subject is not None:
            draft_for = current.get(unit.subject.name)
            if draft_for is None:
                # a caption or an early sentence before the trip sentence: the person's only trip
                mine = [d for d in drafts if d.person == unit.subject and d.status is TripStatus.MADE]
                if not mine:
                    # "Xi met Hun Manet in Beijing on Friday ... He will then travel to Nanning": the journey
                    # told ahead is the one already under way
                    mine = [d for d in drafts if d.person == unit.subject]
                draft_for = mine[0] if len(mine) == 1 else None
        if draft_for is None and _companion_words(unit.sentence.text):
            draft_for = next((d for d in drafts if d.person in unit.people), last)
        if draft_for is None and unit.subject is None and last is not None and _STOP_TOLD.match(unit.sentence.text):
            draft_for = last  # "The final stop of the day was in Kokomo": the journey just told

        if draft_for is not None:
            owner[unit.index] = draft_for
            draft_for.units.append(unit)
    for draft in drafts:
        draft.units.sort(key=lambda u: u.index)
        _left_and_home_told(draft)
        _set_out_today(draft, anchor)
        if not draft.spans:
            _date_from_the_report(draft, anchor)
        _stated_length(draft)
        _days_ahead(draft)
        _days_on_the_way(draft, anchor)
        if _under_way_now(draft, anchor):
            # the report's day found for a journey undated: its stated length and days ahead count from it
            _stated_length(draft)
            _days_ahead(draft)
        draft.end_only = _only_the_end(draft)
    return drafts
