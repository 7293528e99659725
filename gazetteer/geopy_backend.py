"""An optional online backend that wraps any geopy geocoder (Nominatim first).

Calls go through :class:`geopy.extra.rate_limiter.RateLimiter` (Nominatim's usage
policy asks for at most one request a second) and every failure becomes one of
:mod:`gazetteer.errors` (chained with ``raise ... from``): geopy's errors, and a reply
geopy cannot read (``[1, 2, 3]``, ``[null]``, JSON nested too deep).  The geocoder's
``timeout`` is one deadline for the whole call (connect, headers and every read of the
body), not a limit per read that a server sending a byte at a time can stretch for ever;
``Retry-After`` (seconds or an HTTP date) is capped at :data:`MAX_RETRY_AFTER` seconds.

>>> from geopy.geocoders import Nominatim                       # doctest: +SKIP
>>> backend = GeopyBackend(Nominatim(user_agent="timeline"))    # doctest: +SKIP
>>> backend.lookup("Ningbo", country="CN")[0].place.name        # doctest: +SKIP
'Ningbo'
"""

from __future__ import annotations

import contextlib
import copy
import http.client
import json
import socket
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

from geopy import exc as geopy_exc
from geopy.adapters import AdapterHTTPError, BaseSyncAdapter
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


MAX_RETRY_AFTER = 60.0  # seconds: a server asking for longer (a date in 2099) is not waited for
MAX_REPLY_BYTES = 16 * 1024 * 1024  # a geocoding reply is a few KB


def _shut(sock: socket.socket) -> None:
    """Wake a read blocked on ``sock`` (from the deadline's timer thread)."""
    with contextlib.suppress(OSError):  # already closed: nothing to wake
        sock.shutdown(socket.SHUT_RDWR)


class _DeadlineAdapter(BaseSyncAdapter):  # type: ignore[misc]
    """geopy's transport with one deadline per request.

    geopy's own adapters give the timeout to the socket, where it bounds each read: a reply
    trickled a byte at a time never times out.  Here a timer shuts the socket down when the
    deadline passes, whatever the request is doing.  No proxies (the backend keeps the
    geocoder's adapter when it has some).
    """

    def __init__(self, *, proxies: Any = None, ssl_context: Any = None) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)
        self._ssl_context = ssl_context

    def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
        text = self.get_text(url, timeout=timeout, headers=headers)
        try:
            return json.loads(text)
        except (ValueError, RecursionError) as err:  # RecursionError: nested too deep
            raise geopy_exc.GeocoderParseError(f"malformed JSON reply: {type(err).__name__}") from err

    def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
        parts = urlsplit(url)
        deadline = time.monotonic() + timeout
        connection: http.client.HTTPConnection
        if parts.scheme == "https":
            connection = http.client.HTTPSConnection(
                parts.hostname or "", parts.port, timeout=timeout, context=self._ssl_context
            )
        else:
            connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
        timer: threading.Timer | None = None
        response: http.client.HTTPResponse | None = None
        try:
            connection.connect()
            assert connection.sock is not None
            timer = threading.Timer(max(0.0, deadline - time.monotonic()), _shut, (connection.sock,))
            timer.daemon = True
            timer.start()
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            connection.request("GET", target, headers=headers)
            response = connection.getresponse()
            body = response.read(MAX_REPLY_BYTES + 1)
        except (OSError, http.client.HTTPException) as err:
            if isinstance(err, TimeoutError) or time.monotonic() >= deadline:
                raise geopy_exc.GeocoderTimedOut(f"no complete reply within {timeout} s") from err
            raise geopy_exc.GeocoderUnavailable(str(err) or type(err).__name__) from err
        finally:
            if timer is not None:
                timer.cancel()
            if response is not None:
                response.close()
            connection.close()
        if time.monotonic() >= deadline:  # the timer cut the reply short
            raise geopy_exc.GeocoderTimedOut(f"no complete reply within {timeout} s")
        if len(body) > MAX_REPLY_BYTES:
            raise geopy_exc.GeocoderParseError(f"reply larger than {MAX_REPLY_BYTES:,} bytes")
        text = body.decode(response.headers.get_content_charset() or "utf-8", errors="replace")
        if response.status >= 400:
            raise AdapterHTTPError(
                f"HTTP {response.status}",
                status_code=response.status,
                headers={k.lower(): v for k, v in response.getheaders()},
                text=text,
            )
        return text


def _with_deadline(geocoder: Any) -> Any:
    """A copy of ``geocoder`` that uses :class:`_DeadlineAdapter`, when it can."""
    if not isinstance(getattr(geocoder, "adapter", None), BaseSyncAdapter) or getattr(
        geocoder, "proxies", None
    ):
        return geocoder  # an async adapter, or proxies: keep what the caller built
    clone = copy.copy(geocoder)
    clone.adapter = _DeadlineAdapter(ssl_context=getattr(geocoder, "ssl_context", None))
    return clone


def _retry_after(value: Any) -> float | None:
    """geopy's ``retry_after`` (from seconds or an HTTP date), within 0 to :data:`MAX_RETRY_AFTER`."""
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return None
    if seconds != seconds:  # NaN
        return None
    return min(MAX_RETRY_AFTER, max(0.0, seconds))


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
        # a copy with one deadline per call; the caller's geocoder is left as it was
        self._geocoder = _with_deadline(geocoder)
        self._limit = limit
        # swallow_exceptions=False: errors reach us and are translated; retries are the caller's choice
        self._geocode: Callable[..., Any] = RateLimiter(
            self._geocoder.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=0,
            swallow_exceptions=False,
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
            raise BackendRateLimited(self.name, str(err), retry_after=_retry_after(err.retry_after)) from err
        except geopy_exc.GeocoderTimedOut as err:
            raise BackendTimeout(self.name, str(err) or "timed out") from err
        except (geopy_exc.GeocoderUnavailable, geopy_exc.GeocoderServiceError) as err:
            if isinstance(err, geopy_exc.GeocoderParseError | geopy_exc.GeocoderQueryError):
                raise BackendError(self.name, str(err) or type(err).__name__) from err
            raise BackendUnavailable(self.name, str(err) or type(err).__name__) from err
        except geopy_exc.GeopyError as err:
            raise BackendError(self.name, str(err) or type(err).__name__) from err
        except Exception as err:  # geopy reading a reply of the wrong shape ([1, 2, 3], [null])
            raise BackendError(self.name, f"malformed reply ({type(err).__name__}: {err})") from err
        try:
            locations = list(found or [])
        except TypeError as err:
            raise BackendError(self.name, f"malformed reply (not a list: {type(found).__name__})") from err
        candidates = [c for c in (self._candidate(loc) for loc in locations) if c is not None]
        if near is not None:
            candidates.sort(key=lambda c: geodesic(near, (c.place.lat, c.place.lon)).km)
        return candidates

    def _candidate(self, location: Any) -> Candidate | None:
        try:
            raw: dict[str, Any] = dict(getattr(location, "raw", {}) or {})
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
        except (TypeError, ValueError, AttributeError, OverflowError):
            return None  # a reply we cannot read is dropped, not guessed
        return Candidate(place=place, matched=str(location.address), backend=self.name)
