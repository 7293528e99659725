"""The entry points: an article read into its document and trips, each step in turn."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections.abc import Iterator, Mapping

import attrs

from gazetteer.model import Place, Resolved, Unresolved
from gazetteer.resolve import NOT_A_PLACE_DIRECTION
from timeline._regex import word_starts
from timeline.article import Article, ParagraphKind
from timeline.extract.capitals import folded_capitals, restore_evidence
from timeline.extract.drafting import _draft_trips
from timeline.extract.drafts import _TripDraft
from timeline.extract.options import ExtractOptions
from timeline.extract.places import (
    _airport_towns,
    _capital_phrases,
    _dateline_capital,
    _gazetteer,
    _no_guess,
    _small_places,
    _unknown_towns,
)
from timeline.extract.roster import (
    _home_countries,
    _named_only_above,
    _not_places,
    _speakers_named,
    _untitled_by_office,
)
from timeline.extract.stops import _fill_places, _link_captions
from timeline.extract.trip_sentences import _called_off_journeys, _cancelled_places
from timeline.extract.trip_words import _DEED
from timeline.extract.trips import _build_trip, _companions
from timeline.extract.units import _sentence_units
from timeline.model import DateSpan, Document, Precision, Source, Trip, TripStatus, Unknown
from timeline.people import Roster, find_people
from timeline.zh.language import is_chinese


def extract_document(article: Article, options: ExtractOptions = ExtractOptions()) -> Document:
    """Everything the article reports: its fields, dates and trips."""
    with _collector_paused():
        return _extract_document(article, options)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while one report is read, then restore it.

    Reading a report makes many small objects that live until it is read (a mention, its
    resolution and its unit for each place named) and no cycles to collect; the collector would
    walk them again and again as they pile up (6% of the instructions of a report naming one place
    88,000 times). Reference counting still frees everything as usual; a collector the caller
    turned off stays off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _extract_document(article: Article, options: ExtractOptions, *, fold: bool = True) -> Document:
    if is_chinese(article.text):  # Chinese reports have their own reader (timeline/zh), same model
        from timeline.zh import extract_chinese

        return extract_chinese(article)
    folded = folded_capitals(article.text) if fold else article.text
    if folded != article.text:
        # copy in capitals, read in ordinary case (once: the folded copy is not folded again); the
        # evidence quotes the copy as written
        folded_article = attrs.evolve(article, text=folded)
        return restore_evidence(_extract_document(folded_article, options, fold=False), article.text)
    document = article.to_document()
    readable = (ParagraphKind.BODY, ParagraphKind.CAPTION)
    # (by kind, not "p not in body": that compared every paragraph with every other)
    body = _not_places(
        [m for p in article.paragraphs if p.kind in readable for m in find_people(article.text, p.start, p.end)]
    )
    elsewhere = [
        m for p in article.paragraphs if p.kind not in readable for m in find_people(article.text, p.start, p.end)
    ]
    roster = Roster.from_mentions(
        [*body, *_named_only_above(article, body, elsewhere), *_untitled_by_office(article, body), *_speakers_named(article)],
        elsewhere,
        article.text,
    )
    if not roster.people:
        return document
    _home_countries(roster)
    dateline = None if isinstance(article.dateline, Unknown) else article.dateline
    places = [
        (t, _no_guess(r))
        for t, r in _gazetteer().resolve_document(article.text, dateline=dateline.place if dateline else None)
        if not (isinstance(r, Unresolved) and r.reason == NOT_A_PLACE_DIRECTION)  # "the North East"
    ]
    places = places + _small_places(article, places) + _airport_towns(article, places)
    places += _unknown_towns(article, places)
    places += _capital_phrases(article)
    dateline_span = (dateline.evidence.start, dateline.evidence.end) if dateline else None
    dateline_place = next(
        ((t, r) for t, r in places if dateline_span and dateline_span[0] <= t.start < dateline_span[1]), None
    )
    anchor = article.anchor if isinstance(article.anchor, dt.date) else None
    units = _sentence_units(article, roster, document.dates, places, anchor)
    drafts = _draft_trips(article, units, anchor, options)
    cancelled = frozenset(_cancelled_places(units))
    source = Source(article.source, article.headline, article.published, article.publisher)
    trips = []
    # a national capital the report is filed from: home to those the report gives no other country
    here = _dateline_capital(dateline.place) if dateline else None
    for draft in drafts:
        home = roster.countries.get(draft.person.name, "")
        _fill_places(article, draft, dateline_span, dateline_place, cancelled, home)
        _link_captions(article, draft, options)
        _companions(draft)
        if _deeds_at_home(draft, home, here):
            continue
        if cancelled and draft.regions and not draft.stops and all(key in cancelled for key in draft.regions):
            continue  # "He was to visit India on April 26", after "cancelled his trip to India": the journey called off
        if cancelled and _called_off_journeys(draft.units, draft.trip_units):
            continue  # "has canceled his trip to Asia ... The trip was scheduled to begin Saturday"

        trips.append(_build_trip(draft, source, home))
    trips = _without_hosts(trips, article.text, roster.countries)
    return attrs.evolve(document, trips=tuple(_without_background(trips, anchor)))


_NEWS_DAYS = 10  # a journey that ended longer before its report than this is no news of it


def _without_background(trips: list[Trip], anchor: dt.date | None) -> list[Trip]:
    """The trips, less journeys made weeks before the report where it tells a recent or coming one.

    "Çavuşoğlu and Qureshi also met on March 29 in Dushanbe", in a report of April 24 on Qureshi's
    visit to Istanbul: an earlier meeting told as background, not a journey the report is about.
    """
    if anchor is None or anchor.toordinal() <= _NEWS_DAYS:
        return trips  # (no days before the first of the calendar)
    since = anchor - dt.timedelta(days=_NEWS_DAYS)

    def old(trip: Trip) -> bool:
        span = trip.span
        return (
            trip.status is TripStatus.MADE
            and isinstance(span, DateSpan)
            and span.precision in (Precision.DAY, Precision.WEEK, Precision.MONTH)
            and span.end < since
        )

    if not any(isinstance(t.span, DateSpan) and t.span.end >= since for t in trips):
        return trips
    return [t for t in trips if not old(t)]


# the words before a person that make them the one met, not the one travelling: "to meet President
# Ann Poe", "at the invitation of Ann Poe", "held talks with Pakistan army chief General Ann Poe"
_MET_BEFORE = re.compile(
    r"\b(?:meet|meets|met|meeting|talks\s+with|invitation\s+of|invited\s+by|hosted\s+by|received\s+by"
    r"|welcomed\s+by|greeted\s+by|calls?\s+on|called\s+on|audience\s+with)\b[^.;:()]{0,70}$",
    re.IGNORECASE,
)


def _countries(trip: Trip) -> set[str]:
    places = [s.place for s in trip.stops] + list(trip.regions)
    return {p.place.country for p in places if isinstance(p, Resolved) and p.place.country}


def _without_hosts(trips: list[Trip], text: str, homes: Mapping[str, str]) -> list[Trip]:
    """The trips, less those of the people another traveller goes to meet, where they are.

    "Then it's on to Accra to meet President Ann Poe on Thursday": Ann Poe is in the places of Jane
    Roe's journey, as the one met; she makes no journey of her own. One whose own country the
    report names, elsewhere than those places, travelled too (leaders met at a summit abroad).
    """
    if len(trips) < 2:
        return trips
    out = []
    for trip in trips:
        countries = _countries(trip)
        home = homes.get(trip.person.name, "")
        host = (
            (not home or home in countries)
            and any(
                other.person.name != trip.person.name and countries <= _countries(other) and _countries(other)
                for other in trips
            )
            and any(
                _MET_BEFORE.search(text, max(0, at - 80), at) is not None
                for at in _name_mentions(text, trip.person.name)
            )
        )
        if not host:
            out.append(trip)
    return out


def _name_mentions(text: str, name: str) -> list[int]:
    """Where a person's full name, or the last word of it, is written (where each starts)."""
    last = name.split()[-1]
    if len(last) <= 2:
        return []
    return word_starts(text, name, last) if last != name else word_starts(text, name)


def _deeds_at_home(draft: _TripDraft, home: str, here: Place | None) -> bool:
    """Whether the trip is only deeds done in the traveller's own capital: no journey at all.

    "Chinese President Xi Jinping met students in Beijing on Tuesday": he was at home. Where the
    report names no country of the traveller's, a capital it is filed from (``here``) is taken as
    home: "BEIJING - Premier Li Qiang met business leaders in Beijing".
    """
    capital = _gazetteer().capital(home) if home else here
    if capital is not None and not home:
        home = capital.country
    if capital is None or not draft.stops:
        return False
    trip_units = [u for u in draft.units if u.index in draft.trip_units]
    deeds = all(
        u.trip_word is not None and _DEED.match(u.sentence.text, u.trip_word[1]) is not None for u in trip_units
    )
    at_home = all(
        isinstance(s.place, Resolved) and s.place.place.geonameid == capital.geonameid for s in draft.stops.values()
    ) and all(not isinstance(r, Resolved) or r.place.country == home for r in draft.regions.values())
    return deeds and at_home


def extract_text(
    text: str, *, source: str = "<string>", options: ExtractOptions = ExtractOptions()
) -> Document:
    """Read ``text`` as an article and extract it.

    Raises:
        ArticleError: the text is not an article.
    """
    return extract_document(Article.from_text(text, source=source), options)
