"""The gazetteer's values: places, candidates, and the result of resolving a name.

A name either resolves (:class:`Resolved`, with the rule that decided it) or it
does not (:class:`Unresolved`, with the reason and the candidates that were
weighed).  Neither is an exception, and neither is ever ``None``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs
from attrs import field, frozen
from attrs.validators import and_, ge, in_, instance_of, le, matches_re

__all__ = ["Candidate", "Place", "PlaceKind", "PlaceRef", "Resolved", "Unresolved"]


class PlaceKind(enum.Enum):
    """What sort of place a record is, coarsest first."""

    COUNTRY = "country"
    ADMIN1 = "admin1"  # province, municipality, autonomous region, SAR, state
    ADMIN2 = "admin2"  # second-level division: US county, UK county or council area, prefecture, district
    CITY = "city"  # prefecture-level and other cities
    COUNTY = "county"  # counties, districts, county-level cities
    TOWN = "town"  # towns, townships, villages, other populated places


@frozen
class Place:
    """One gazetteer record.

    Attributes:
        geonameid: the GeoNames id.
        name: the English name (``"Ningbo"``).
        kind: see :class:`PlaceKind`.
        country: ISO 3166-1 alpha-2 code (``"CN"``); empty for no country.
        admin1: the GeoNames first-level division code within ``country``
            (``"02"`` for Zhejiang); empty where there is none or for a country.
        lat: latitude in degrees, WGS84.
        lon: longitude in degrees, WGS84.
        population: as GeoNames gives it; 0 where unknown.
        division: for admin1 and admin2 records, the division's type as written
            (``"Province"``, ``"Municipality"``, ``"Autonomous Region"``; ``"County"``,
            ``"Council area"``, ``"Metropolitan city"``), where known; else empty.
    """

    geonameid: int = field(validator=and_(instance_of(int), ge(0)))
    name: str = field(validator=instance_of(str))
    kind: PlaceKind = field(validator=instance_of(PlaceKind))
    country: str = field(validator=matches_re(r"^([A-Z]{2})?$"))
    admin1: str = field(validator=instance_of(str))
    lat: float = field(converter=float, validator=and_(ge(-90.0), le(90.0)))
    lon: float = field(converter=float, validator=and_(ge(-180.0), le(180.0)))
    population: int = field(default=0, validator=and_(instance_of(int), ge(0)))
    division: str = field(default="", validator=instance_of(str))

    @classmethod
    def from_row(cls, row: dict[str, str]) -> Place:
        """Build a place from one row of ``gazetteer/data/places.tsv``."""
        return cls(
            geonameid=int(row["geonameid"]),
            name=row["name"],
            kind=PlaceKind(row["kind"]),
            country=row["country"],
            admin1=row["admin1"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            population=int(row.get("population") or 0),
            division=row.get("division", ""),
        )


@frozen
class Candidate:
    """A place a backend offers for a name, and how it matched.

    Attributes:
        place: the record.
        matched: the name or alias that matched.
        backend: which backend offered it (``"offline"``, ``"nominatim"``).
    """

    place: Place = field(validator=instance_of(Place))
    matched: str = field(validator=instance_of(str))
    backend: str = field(default="offline", validator=instance_of(str))


@frozen
class Resolved:
    """A name placed on the map.

    Attributes:
        text: the words in the text (``"the city of Ningbo"``).
        place: the chosen record.
        rule: the rule that chose it among namesakes (``"descriptor-province"``,
            ``"document-province"``, ``"dateline-province"``, ``"focus-country"``,
            ``"population"``, ``"unique"``).
    """

    text: str = field(validator=instance_of(str))
    place: Place = field(validator=instance_of(Place))
    rule: str = field(validator=instance_of(str))
    status: str = field(default="resolved", validator=in_(["resolved"]), repr=False)


def _places_tuple(places: Iterable[Place]) -> tuple[Place, ...]:
    return tuple(places)


@frozen
class Unresolved:
    """A name that could not be placed, kept with the reason and what was weighed.

    Attributes:
        text: the words in the text.
        reason: why it was not placed (``"no such place"``, ``"ambiguous: ..."``).
        candidates: the records weighed, best first; may be empty.
    """

    text: str = field(validator=instance_of(str))
    reason: str = field(validator=instance_of(str))
    candidates: tuple[Place, ...] = field(default=(), converter=_places_tuple)
    status: str = field(default="unresolved", validator=in_(["unresolved"]), repr=False)

    @candidates.validator
    def _check_candidates(
        self, attribute: attrs.Attribute[tuple[Place, ...]], value: tuple[Place, ...]
    ) -> None:
        for place in value:
            if not isinstance(place, Place):
                raise TypeError(f"candidates must be Place records, not {type(place).__name__}")


PlaceRef = Resolved | Unresolved
"""What a place mention becomes: resolved or not, never ``None``."""
