"""Where candidates come from: the :class:`PlaceBackend` protocol and the offline backend."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from gazetteer.index import PlaceIndex, load_index
from gazetteer.model import Candidate, Place

__all__ = ["OfflineBackend", "PlaceBackend"]


@runtime_checkable
class PlaceBackend(Protocol):
    """Anything that offers candidate places for a name."""

    name: str

    def lookup(
        self, name: str, *, country: str | None = None, near: tuple[float, float] | None = None
    ) -> Sequence[Candidate]:
        """Return candidates for a name, best first.

        Args:
            name: the name as written.
            country: only places in this country (ISO alpha-2).
            near: a (lat, lon) point; candidates nearer it come first.

        Raises:
            BackendError: when the backend cannot answer (never for an unknown name,
                which gives an empty sequence).
        """
        ...


class OfflineBackend:
    """Candidates from the shipped table; never fails, never touches the network."""

    name = "offline"

    def __init__(self, index: PlaceIndex | None = None) -> None:
        """Use ``index``, or the shipped table when ``None``."""
        self._index = index

    def lookup(
        self, name: str, *, country: str | None = None, near: tuple[float, float] | None = None
    ) -> Sequence[Candidate]:
        """Return the table's places bearing a name, best first (see :class:`PlaceBackend`)."""
        from gazetteer.resolve import Gazetteer

        index = self._index or load_index()
        places = Gazetteer(index).lookup(name, country=country)
        if near is not None:
            places = sorted(places, key=lambda p: _chord(p, near))
        return [Candidate(place=p, matched=name, backend=self.name) for p in places]


def _chord(place: Place, point: tuple[float, float]) -> float:
    import math

    def unit(lat: float, lon: float) -> tuple[float, float, float]:
        phi, lam = math.radians(lat), math.radians(lon)
        return (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))

    a, b = unit(place.lat, place.lon), unit(*point)
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True))
