"""An optional online backend that wraps any geopy geocoder (Nominatim first).

Calls go through :class:`geopy.extra.rate_limiter.RateLimiter` (Nominatim's usage
policy asks for at most one request a second) and geopy's errors become
:mod:`gazetteer.errors` ones, chained with ``raise ... from``.

>>> from geopy.geocoders import Nominatim                       # doctest: +SKIP
>>> backend = GeopyBackend(Nominatim(user_agent="timeline"))    # doctest: +SKIP
>>> backend.lookup("Ningbo", country="CN")[0].place.name        # doctest: +SKIP
'Ningbo'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from geopy import exc as geopy_exc
from geopy.distance import geodesic
from geopy.extra.rate_limiter import RateLimiter

from gazetteer.errors import BackendError, BackendRateLimited, BackendTimeout, BackendUnavailable
from gazetteer.model import Candidate, Place, PlaceKind

__all__ = ["GeopyBackend"]

# Nominatim's place ranks (address levels) to our kinds: 5-9 state or province, 10-12 county,
# 13-16 city; other geocoders give no rank.
_RANK_KIND = (
    (4, PlaceKind.COUNTRY), (9, PlaceKind.ADMIN1), (12, PlaceKind.ADMIN2), (16, PlaceKind.CITY), (18, PlaceKind.COUNTY)
)  # fmt: skip


def _kind(raw: dict[str, Any]) -> PlaceKind:
    try:
        rank = int(raw.get("place_rank", 30))
    except (TypeError, ValueError):
        rank = 30
    for limit, kind in _RANK_KIND:
        if rank <= limit:
            return kind
    return PlaceKind.TOWN


class GeopyBackend:
    """Candidates from a geopy geocoder.

    Args:
        geocoder: any geopy geocoder (``Nominatim(user_agent=...)``, ...).
        name: the backend's name in candidates and errors.
        min_delay_seconds: the rate limiter's pause between calls.
        limit: how many candidates to ask for.
    """

    def __init__(
        self, geocoder: Any, *, name: str = "nominatim", min_delay_seconds: float = 1.0, limit: int = 5
    ) -> None:
        """Wrap ``geocoder`` (see the class docstring)."""
        self.name = name
        self._geocoder = geocoder
        self._limit = limit
        # swallow_exceptions=False: errors reach us and are translated; retries are the caller's choice
        self._geocode: Callable[..., Any] = RateLimiter(
            geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=0, swallow_exceptions=False
        )

    def lookup(
        self, name: str, *, country: str | None = None, near: tuple[float, float] | None = None
    ) -> Sequence[Candidate]:
        """Ask the geocoder for a name; see :class:`gazetteer.backends.PlaceBackend`.

        Raises:
            BackendRateLimited: the service refused for rate (``retry_after`` when it said).
            BackendTimeout: the service did not answer in time.
            BackendUnavailable: the service cannot be reached or failed.
            BackendError: any other geocoder failure (bad reply, bad query).
        """
        if not name.strip():
            return []
        kwargs: dict[str, Any] = {"exactly_one": False, "limit": self._limit}
        if country:
            kwargs["country_codes"] = [country.lower()]
        try:
            found = self._geocode(name, **kwargs)
        except geopy_exc.GeocoderRateLimited as err:
            raise BackendRateLimited(self.name, str(err), retry_after=err.retry_after) from err
        except geopy_exc.GeocoderTimedOut as err:
            raise BackendTimeout(self.name, str(err) or "timed out") from err
        except (geopy_exc.GeocoderUnavailable, geopy_exc.GeocoderServiceError) as err:
            if isinstance(err, geopy_exc.GeocoderParseError | geopy_exc.GeocoderQueryError):
                raise BackendError(self.name, str(err) or type(err).__name__) from err
            raise BackendUnavailable(self.name, str(err) or type(err).__name__) from err
        except geopy_exc.GeopyError as err:
            raise BackendError(self.name, str(err) or type(err).__name__) from err
        except ValueError as err:  # a reply that is not JSON
            raise BackendError(self.name, f"malformed reply: {err}") from err
        candidates = [c for c in (self._candidate(loc) for loc in (found or [])) if c is not None]
        if near is not None:
            candidates.sort(key=lambda c: geodesic(near, (c.place.lat, c.place.lon)).km)
        return candidates

    def _candidate(self, location: Any) -> Candidate | None:
        raw: dict[str, Any] = dict(getattr(location, "raw", {}) or {})
        try:
            address = raw.get("address") or {}
            code = str(address.get("country_code", "")).upper()
            place = Place(
                geonameid=int(raw.get("place_id", 0) or 0),
                name=str(raw.get("name") or str(location.address).split(",")[0]),
                kind=_kind(raw),
                country=code if len(code) == 2 and code.isalpha() else "",
                admin1="",
                lat=float(location.latitude),
                lon=float(location.longitude),
            )
        except (TypeError, ValueError):
            return None  # a reply we cannot read is dropped, not guessed
        return Candidate(place=place, matched=str(location.address), backend=self.name)
