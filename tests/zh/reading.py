"""What the Chinese reading tests ask of a report: its trips and their stops, keyed by traveller."""

from __future__ import annotations

import datetime as dt

from gazetteer.model import Resolved, Unresolved
from timeline.model import Trip
from timeline.zh import extract_chinese_text

PUB = dt.date(2024, 6, 5)


def place_name(ref: Resolved | Unresolved) -> str:
    """The gazetteer's name of a resolved place, the words as written of an unresolved one."""
    return ref.place.name if isinstance(ref, Resolved) else ref.text


def trips_by_person(text: str, published: dt.date | None = PUB) -> dict[str, Trip]:
    """Each trip the reader finds in ``text``, by its traveller's name."""
    return {t.person.name: t for t in extract_chinese_text(text, published=published).trips}


def stops_by_person(text: str, published: dt.date | None = PUB) -> dict[str, list[str]]:
    """Each traveller's stops, by name, in the reader's order."""
    return {name: [place_name(s.place) for s in t.stops] for name, t in trips_by_person(text, published).items()}
