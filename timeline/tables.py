"""Trips as a flat table: one row per stop, and one per trip that has no stops.

:func:`to_records` needs nothing beyond the standard library; :func:`to_dataframe` needs pandas
(``pip install 'news-itinerary[pandas]'``).  Every row has the same keys, in the order of
:data:`COLUMNS`, so the rows load as they are into pandas, polars, DuckDB or :mod:`csv`.  What the
report does not give is ``None`` (the reason stays in the model: ``trip.span``, ``stop.place``).

>>> from timeline import Article, extract_document
>>> text = (
...     "Premier inspects Anhui\\n\\n2025-07-10\\n\\nHEFEI, July 9 (Xinhua) -- Chinese Premier Li Qiang made an "
...     "inspection tour in east China's Anhui Province from Tuesday to Wednesday.\\n"
... )
>>> [row] = to_records(extract_document(Article.from_text(text)))
>>> row["person"], row["trip_start"].isoformat(), row["regions"], row["stop"]
('Li Qiang', '2025-07-08', 'Anhui', None)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from gazetteer.model import PlaceKind, Resolved
from timeline.model import DateSpan, Document, Extraction, Itinerary, Stop, Trip

if TYPE_CHECKING:
    import pandas

__all__ = ["COLUMNS", "DATE_COLUMNS", "to_dataframe", "to_records"]

COLUMNS: tuple[str, ...] = (
    "source",  # the article's path or URL
    "headline",
    "published",  # date or None
    "trip",  # 0-based number of the trip in the input
    "person",
    "title",  # the office the report gives, or None
    "kind",  # inspection, research, visit, other
    "status",  # made, planned
    "trip_start",  # date or None
    "trip_end",
    "trip_precision",  # day, week, month, ... or None
    "regions",  # the regions' labels joined by "; "
    "stop",  # 0-based number of the stop within its trip; None on the row of a trip with no stops
    "place",  # the stop's label: the name, or "unresolved: TEXT"
    "place_text",  # the words as written
    "resolved",  # bool, or None on a trip's own row
    "geonameid",
    "place_kind",  # country, admin1, admin2, city, county, town
    "country",  # ISO 3166-1 alpha-2 code
    "province",  # name of the first-level division the stop is in (or is)
    "lat",
    "lon",
    "stop_start",  # date or None
    "stop_end",
    "stop_precision",
    "evidence",  # the words that put the person there (the stop's first evidence, else the trip's)
)
"""The keys of every row, in order."""

DATE_COLUMNS: tuple[str, ...] = ("published", "trip_start", "trip_end", "stop_start", "stop_end")
"""The columns that hold a :class:`datetime.date` or ``None``."""

Tabular = Document | Itinerary | Extraction | Trip
"""What :func:`to_records` takes: one of these, or an iterable of them."""


def to_records(obj: Tabular | Iterable[Tabular]) -> list[dict[str, Any]]:
    """One flat dict per stop, and one per trip with no stops, in input order.

    Args:
        obj: a :class:`Document`, :class:`Itinerary`, :class:`Extraction` or :class:`Trip`, or an
            iterable of any of them.

    Returns:
        The rows, each with the keys of :data:`COLUMNS` in that order.
    """
    rows: list[dict[str, Any]] = []
    for number, (trip, doc) in enumerate(_trips(obj)):
        rows.extend(_trip_rows(trip, doc, number))
    return rows


def to_dataframe(obj: Tabular | Iterable[Tabular]) -> pandas.DataFrame:
    """The rows of :func:`to_records` as a pandas ``DataFrame``, date columns as ``datetime64``.

    Raises:
        ImportError: pandas is not installed (``pip install 'news-itinerary[pandas]'``).
    """
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError(
            "to_dataframe needs pandas, which is not installed: pip install 'news-itinerary[pandas]' "
            "(or use to_records, which needs nothing)"
        ) from error
    frame = pd.DataFrame.from_records(to_records(obj), columns=list(COLUMNS))
    for column in DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column])
    # nullable integer and boolean columns, so that a trip's own row (no stop) keeps them whole
    for column, dtype in (("stop", "Int64"), ("geonameid", "Int64"), ("resolved", "boolean")):
        frame[column] = frame[column].astype(dtype)
    return frame


def _trips(obj: Tabular | Iterable[Tabular]) -> Iterable[tuple[Trip, Document | None]]:
    if isinstance(obj, Document):
        yield from ((trip, obj) for trip in obj.trips)
    elif isinstance(obj, Extraction):
        yield from ((trip, doc) for doc in obj.documents for trip in doc.trips)
    elif isinstance(obj, Itinerary):
        yield from ((trip, None) for trip in obj.trips)
    elif isinstance(obj, Trip):
        yield obj, None
    elif isinstance(obj, Iterable) and not isinstance(obj, str | bytes):
        for item in obj:
            if not isinstance(item, Document | Itinerary | Extraction | Trip):
                raise TypeError(
                    f"to_records takes documents, itineraries, extractions or trips, not {item!r:.80}"
                )
            yield from _trips(item)
    else:
        raise TypeError(f"to_records takes documents, itineraries, extractions or trips, not {obj!r:.80}")


def _span_fields(span: object) -> tuple[dt.date | None, dt.date | None, str | None]:
    if isinstance(span, DateSpan):
        return span.start, span.end, span.precision.value
    return None, None, None


def _trip_rows(trip: Trip, doc: Document | None, number: int) -> list[dict[str, Any]]:
    if doc is not None:
        source, headline = doc.path, doc.headline
        published = doc.published if isinstance(doc.published, dt.date) else None
    elif trip.sources:
        first = trip.sources[0]
        source, headline = first.path, first.headline
        published = first.published if isinstance(first.published, dt.date) else None
    else:
        source, headline, published = "", "", None
    trip_start, trip_end, trip_precision = _span_fields(trip.span)
    head: dict[str, Any] = {
        "source": source,
        "headline": headline,
        "published": published,
        "trip": number,
        "person": trip.person.name,
        "title": trip.person.title.name if trip.person.title is not None else None,
        "kind": trip.kind.value,
        "status": trip.status.value,
        "trip_start": trip_start,
        "trip_end": trip_end,
        "trip_precision": trip_precision,
        "regions": "; ".join(trip.places),
    }
    trip_words = trip.evidence[0].text if trip.evidence else None
    if not trip.stops:
        return [{**head, **dict.fromkeys(COLUMNS[12:]), "evidence": trip_words}]
    return [{**head, **_stop_fields(index, stop, trip_words)} for index, stop in enumerate(trip.stops)]


def _stop_fields(index: int, stop: Stop, trip_words: str | None) -> dict[str, Any]:
    start, end, precision = _span_fields(stop.span)
    place = stop.location
    return {
        "stop": index,
        "place": stop.label,
        "place_text": stop.place.text,
        "resolved": isinstance(stop.place, Resolved),
        "geonameid": place.geonameid if place is not None else None,
        "place_kind": place.kind.value if place is not None else None,
        "country": (place.country or None) if place is not None else None,
        "province": _province(place.kind, place.country, place.admin1, place.name)
        if place is not None
        else None,
        "lat": place.lat if place is not None else None,
        "lon": place.lon if place is not None else None,
        "stop_start": start,
        "stop_end": end,
        "stop_precision": precision,
        "evidence": stop.evidence[0].text if stop.evidence else trip_words,
    }


def _province(kind: PlaceKind, country: str, admin1: str, name: str) -> str | None:
    if kind is PlaceKind.ADMIN1:
        return name
    if kind is PlaceKind.COUNTRY or not (country and admin1):
        return None
    from gazetteer.index import load_index

    division = load_index().admin1(country, admin1)
    return division.name if division is not None else None
