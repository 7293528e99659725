"""Offline gazetteer: places from GeoNames, found in text and resolved by context.

>>> from gazetteer import Gazetteer
>>> gz = Gazetteer.default()
>>> gz.resolve("Fuzhou, capital of Fujian Province").place.admin1
'07'
"""

from gazetteer.backends import OfflineBackend, PlaceBackend
from gazetteer.errors import GazetteerError
from gazetteer.model import Candidate, Place, PlaceKind, Resolved, Unresolved
from gazetteer.recognize import Toponym
from gazetteer.resolve import Gazetteer, ResolveContext

__all__ = [
    "Candidate",
    "Gazetteer",
    "GazetteerError",
    "OfflineBackend",
    "Place",
    "PlaceBackend",
    "PlaceKind",
    "ResolveContext",
    "Resolved",
    "Toponym",
    "Unresolved",
]


def __dir__() -> list[str]:
    return list(__all__)
