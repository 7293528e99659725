"""Hypothesis strategies for every model type (needs the ``testing`` extra).

Every strategy builds its values through the real constructors, so the model's
validators run on each example.  Dates lie between 1990 and 2040 unless the
bounds say otherwise; places are drawn from a small fixed set of real
coordinates when ``real_places`` is true, else anywhere on the globe.
Examples shrink towards short texts, one-day spans and few stops.
"""

from __future__ import annotations

import datetime as dt
import string

from hypothesis import strategies as st

from gazetteer.model import Place, PlaceKind, PlaceRef, Resolved, Unresolved
from timeline.model import (
    Dateline,
    DateMention,
    DateSpan,
    Document,
    Evidence,
    Extraction,
    FileError,
    Itinerary,
    Person,
    Precision,
    Source,
    Stop,
    Title,
    Trip,
    TripKind,
    TripStatus,
    Unknown,
)

__all__ = [
    "date_mentions",
    "date_spans",
    "datelines",
    "documents",
    "evidence",
    "extractions",
    "itineraries",
    "people",
    "place_refs",
    "places",
    "sources",
    "spans",
    "stops",
    "trips",
    "unknowns",
]

_MIN = dt.date(1990, 1, 1)
_MAX = dt.date(2040, 12, 31)

# Free text includes quotes, angle brackets and ampersands so that escaping is exercised.
_TEXT = st.text(alphabet=string.ascii_letters + string.digits + " .,'\"<>&-—中国", max_size=40)
_NAME = st.text(alphabet=string.ascii_letters + " '-", min_size=1, max_size=24)


def _check_bounds(min_value: dt.date, max_value: dt.date) -> None:
    if min_value > max_value:
        raise ValueError(f"min_value {min_value} is after max_value {max_value}")


def unknowns() -> st.SearchStrategy[Unknown]:
    """An :class:`Unknown` with any reason and tried text."""
    return st.builds(Unknown, reason=_TEXT, text=_TEXT)


@st.composite
def evidence(draw: st.DrawFn, *, source: str | None = None) -> Evidence:
    """Evidence whose text is the slice of a generated article its offsets name."""
    before = draw(st.text(max_size=30))
    words = draw(st.text(max_size=30))
    rule = draw(st.sampled_from(["trip-sentence", "caption-date", "stop-in-city", "dateline"]))
    src = source if source is not None else draw(st.sampled_from(["", "a.txt", "fixtures/x/article.txt"]))
    return Evidence(len(before), len(before) + len(words), words, rule, src)


@st.composite
def date_spans(
    draw: st.DrawFn, *, min_value: dt.date = _MIN, max_value: dt.date = _MAX, max_days: int = 31
) -> DateSpan:
    """A span inside ``[min_value, max_value]`` of at most ``max_days`` days, any precision."""
    _check_bounds(min_value, max_value)
    start = draw(st.dates(min_value=min_value, max_value=max_value))
    length = draw(st.integers(min_value=0, max_value=max(0, min(max_days - 1, (max_value - start).days))))
    precision = draw(st.sampled_from(Precision))
    open_end = draw(st.booleans())
    return DateSpan(start, start + dt.timedelta(days=length), precision, open_end)


def spans(**kwargs: dt.date | int) -> st.SearchStrategy[DateSpan | Unknown]:
    """A :func:`date_spans` value, or sometimes :class:`Unknown`."""
    return st.one_of(date_spans(**kwargs), unknowns())  # type: ignore[arg-type]


def places(*, real_places: bool = False) -> st.SearchStrategy[Place]:
    """A gazetteer :class:`Place`; coordinates anywhere valid, or a few real Chinese cities."""
    if real_places:
        return st.sampled_from(_REAL_PLACES)
    return st.builds(
        Place,
        geonameid=st.integers(min_value=1, max_value=12_000_000),
        name=_NAME,
        kind=st.sampled_from(PlaceKind),
        country=st.sampled_from(["CN", "US", "DE", ""]),
        admin1=st.sampled_from(["", "02", "04", "18", "33"]),
        lat=st.floats(min_value=-90, max_value=90, allow_nan=False),
        lon=st.floats(min_value=-180, max_value=180, allow_nan=False),
        population=st.integers(min_value=0, max_value=30_000_000),
        division=st.sampled_from(["", "Province", "Municipality"]),
    )


_REAL_PLACES = [
    Place(1799397, "Ningbo", PlaceKind.CITY, "CN", "02", 29.87819, 121.54945, 3491597),
    Place(1886762, "Zhoushan", PlaceKind.CITY, "CN", "02", 29.98869, 122.20488, 882932),
    Place(1886760, "Suzhou", PlaceKind.CITY, "CN", "04", 31.30408, 120.59538, 4327066),
    Place(1799962, "Nanjing", PlaceKind.CITY, "CN", "04", 32.06167, 118.77778, 7165292),
    Place(1814906, "Chongqing", PlaceKind.CITY, "CN", "33", 29.56026, 106.55771, 7457600),
    Place(1808926, "Hangzhou", PlaceKind.CITY, "CN", "02", 30.29365, 120.16142, 6241971),
    Place(1809858, "Guangzhou", PlaceKind.CITY, "CN", "30", 23.11667, 113.25, 11071424),
]


def place_refs(*, real_places: bool = False) -> st.SearchStrategy[PlaceRef]:
    """A resolved place or an unresolved mention with its reason and candidates."""
    resolved = st.builds(
        Resolved,
        text=_TEXT,
        place=places(real_places=real_places),
        rule=st.sampled_from(["unique", "population"]),
    )
    unresolved = st.builds(
        Unresolved,
        text=_TEXT,
        reason=_TEXT,
        candidates=st.lists(places(real_places=real_places), max_size=2).map(tuple),
    )
    return st.one_of(resolved, resolved, unresolved)


def people() -> st.SearchStrategy[Person]:
    """A person with or without a title, with a few aliases, with or without a pinyin name."""
    return st.builds(
        Person,
        name=_NAME,
        title=st.one_of(st.none(), st.builds(Title, _NAME)),
        aliases=st.lists(_NAME, max_size=2).map(tuple),
        pinyin=st.one_of(st.just(""), _NAME),
    )


@st.composite
def stops(draw: st.DrawFn, *, within: DateSpan | None = None, real_places: bool = False) -> Stop:
    """A stop; with ``within``, its span (when known) lies inside that span."""
    if within is not None:
        span: DateSpan | Unknown = draw(
            st.one_of(
                date_spans(min_value=within.start, max_value=within.end, max_days=within.days),
                unknowns(),
            )
        )
    else:
        span = draw(spans())
    return Stop(
        place=draw(place_refs(real_places=real_places)),
        span=span,
        evidence=tuple(draw(st.lists(evidence(), max_size=2))),
    )


def sources() -> st.SearchStrategy[Source]:
    """A source article reference."""
    return st.builds(
        Source,
        path=st.sampled_from(["a.txt", "b.txt", "https://example.org/x"]),
        headline=_TEXT,
        published=st.one_of(st.dates(min_value=_MIN, max_value=_MAX), unknowns()),
        publisher=st.sampled_from(["", "Xinhua", "Reuters"]),
    )


@st.composite
def trips(draw: st.DrawFn, *, max_stops: int = 5, real_places: bool = False) -> Trip:
    """A trip whose dated stops lie inside its span (when the span is known)."""
    span = draw(spans())
    within = span if isinstance(span, DateSpan) else None
    return Trip(
        person=draw(people()),
        kind=draw(st.sampled_from(TripKind)),
        span=span,
        status=draw(st.sampled_from(TripStatus)),
        regions=tuple(draw(st.lists(place_refs(real_places=real_places), max_size=2))),
        stops=tuple(draw(st.lists(stops(within=within, real_places=real_places), max_size=max_stops))),
        companions=tuple(draw(st.lists(people(), max_size=1))),
        evidence=tuple(draw(st.lists(evidence(), max_size=2))),
        sources=tuple(draw(st.lists(sources(), min_size=1, max_size=2))),
    )


def itineraries(
    *, max_trips: int = 4, max_stops: int = 5, real_places: bool = False
) -> st.SearchStrategy[Itinerary]:
    """An itinerary of a few trips of a few people."""
    return st.builds(
        Itinerary,
        trips=st.lists(trips(max_stops=max_stops, real_places=real_places), max_size=max_trips).map(tuple),
    )


def date_mentions() -> st.SearchStrategy[DateMention]:
    """A date mention, resolved or not."""
    return st.builds(DateMention, text=_TEXT, span=spans(), evidence=evidence())


def datelines() -> st.SearchStrategy[Dateline]:
    """A dateline with or without a known date."""
    return st.builds(
        Dateline,
        place=_NAME,
        date=st.one_of(st.dates(min_value=_MIN, max_value=_MAX), unknowns()),
        agency=st.sampled_from(["", "Xinhua", "Reuters", "AP"]),
        evidence=evidence(),
    )


def documents() -> st.SearchStrategy[Document]:
    """A document as the reader returns it."""
    return st.builds(
        Document,
        path=st.sampled_from(["a.txt", "b.txt"]),
        headline=_TEXT,
        published=st.one_of(st.dates(min_value=_MIN, max_value=_MAX), unknowns()),
        published_time=st.one_of(st.times(), unknowns()),
        dateline=st.one_of(datelines(), unknowns()),
        dates=st.lists(date_mentions(), max_size=3).map(tuple),
        trips=st.lists(trips(max_stops=3), max_size=2).map(tuple),
    )


def extractions() -> st.SearchStrategy[Extraction]:
    """A batch result: documents and file errors."""
    return st.builds(
        Extraction,
        documents=st.lists(documents(), max_size=2).map(tuple),
        errors=st.lists(st.builds(FileError, path=_NAME, reason=_TEXT), max_size=2).map(tuple),
    )
