"""timeline: read news reports of journeys into a typed, checked record of trips.

>>> from timeline import DateSpan
>>> import datetime as dt
>>> DateSpan(dt.date(2025, 10, 9), dt.date(2025, 10, 11)).days
3
"""

from timeline.errors import TimelineError
from timeline.export import from_json, to_geojson, to_json
from timeline.model import DateSpan, Document, Evidence, Extraction, Itinerary, Stop, Trip, Unknown

__all__ = [
    "DateSpan",
    "Document",
    "Evidence",
    "Extraction",
    "Itinerary",
    "Stop",
    "TimelineError",
    "Trip",
    "Unknown",
    "from_json",
    "to_geojson",
    "to_json",
]


def __dir__() -> list[str]:
    return list(__all__)
