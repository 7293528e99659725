"""Backend contract tests: one abstract suite, subclassed per backend.

The geopy backend runs against a real HTTP server on 127.0.0.1 that speaks
Nominatim's ``/search?format=json``, including its failures.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from geopy.adapters import URLLibAdapter
from geopy.geocoders import Nominatim

from gazetteer import Candidate, OfflineBackend, PlaceBackend
from gazetteer.errors import (
    BackendError,
    BackendRateLimited,
    BackendTimeout,
    BackendUnavailable,
    GazetteerError,
)
from gazetteer.geopy_backend import GeopyBackend, _kind
from gazetteer.model import PlaceKind

NINGBO: dict[str, Any] = {
    "place_id": 1799397, "lat": "29.8782", "lon": "121.5495", "name": "Ningbo", "place_rank": 16,
    "display_name": "Ningbo, Zhejiang, China", "address": {"country_code": "cn", "city": "Ningbo"},
}  # fmt: skip
ROSTOCK: dict[str, Any] = {
    "place_id": 2844588, "lat": "54.0887", "lon": "12.1405", "name": "Rostock", "place_rank": 16,
    "display_name": "Rostock, Mecklenburg-Vorpommern, Germany", "address": {"country_code": "de"},
}  # fmt: skip


class _Nominatim(BaseHTTPRequestHandler):
    """Answers /search like Nominatim; some queries fail on purpose."""

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        # the client may have given up waiting (the timeout test)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._write(status, body, headers)

    def _write(self, status: int, body: bytes, headers: dict[str, str] | None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = parse_qs(url.query)
        q = query.get("q", [""])[0]
        codes = query.get("countrycodes", [""])[0]
        if url.path != "/search":
            self._send(404, b"[]")
        elif q == "slow":
            time.sleep(1.5)
            self._send(200, b"[]")
        elif q == "busy":
            self._send(429, b'{"error": "rate"}', {"Retry-After": "7"})
        elif q == "broken":
            self._send(500, b"internal error")
        elif q == "garbage":
            self._send(200, b"{not json")
        else:
            rows = [r for r in (NINGBO, ROSTOCK) if r["name"].lower() == q.lower()]
            if codes:
                rows = [r for r in rows if r["address"]["country_code"] in codes.split(",")]
            self._send(200, json.dumps(rows).encode())


@pytest.fixture(scope="module")
def nominatim_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class BackendContract:
    """What every PlaceBackend must do. Subclasses provide ``backend``."""

    @pytest.fixture
    def backend(self) -> PlaceBackend:
        raise NotImplementedError

    def test_is_a_place_backend(self, backend: PlaceBackend) -> None:
        assert isinstance(backend, PlaceBackend)

    def test_known_name(self, backend: PlaceBackend) -> None:
        found = backend.lookup("Ningbo")
        assert found, "Ningbo must be found"
        assert all(isinstance(c, Candidate) and c.backend == backend.name for c in found)
        best = found[0].place
        assert best.name == "Ningbo"
        assert abs(best.lat - 29.88) < 0.5
        assert abs(best.lon - 121.55) < 0.5

    def test_unknown_name_is_empty(self, backend: PlaceBackend) -> None:
        assert list(backend.lookup("Qwxzplace")) == []

    def test_blank_name_is_empty(self, backend: PlaceBackend) -> None:
        assert list(backend.lookup("   ")) == []

    def test_country_filter(self, backend: PlaceBackend) -> None:
        assert all(c.place.country == "DE" for c in backend.lookup("Rostock", country="DE"))
        assert list(backend.lookup("Rostock", country="CN")) == []

    def test_near_orders_by_distance(self, backend: PlaceBackend) -> None:
        found = backend.lookup("Rostock", near=(54.0, 12.0))
        assert found
        assert found[0].place.country == "DE"


class TestOfflineBackend(BackendContract):
    @pytest.fixture
    def backend(self) -> PlaceBackend:
        return OfflineBackend()

    def test_many_namesakes_best_first(self, backend: PlaceBackend) -> None:
        found = backend.lookup("Suzhou")
        assert {c.place.admin1 for c in found if c.place.country == "CN"} >= {"01", "04"}
        assert found[0].place.geonameid == 1886760  # the Jiangsu city, by population


class TestGeopyBackend(BackendContract):
    @pytest.fixture
    def backend(self, nominatim_server: str) -> PlaceBackend:
        geocoder = Nominatim(
            user_agent="timeline-tests",
            domain=nominatim_server,
            scheme="http",
            timeout=0.5,
            adapter_factory=URLLibAdapter,
        )
        return GeopyBackend(geocoder, min_delay_seconds=0.0)

    def test_timeout(self, backend: GeopyBackend) -> None:
        with pytest.raises(BackendTimeout) as info:
            backend.lookup("slow")
        assert isinstance(info.value, TimeoutError)
        assert isinstance(info.value, GazetteerError)
        assert info.value.__cause__ is not None

    def test_rate_limited_with_retry_after(self, backend: GeopyBackend) -> None:
        with pytest.raises(BackendRateLimited) as info:
            backend.lookup("busy")
        assert info.value.retry_after == 7
        assert isinstance(info.value, BackendUnavailable)
        assert info.value.__cause__ is not None

    def test_server_error(self, backend: GeopyBackend) -> None:
        with pytest.raises(BackendUnavailable) as info:
            backend.lookup("broken")
        assert isinstance(info.value, ConnectionError)
        assert info.value.backend == "nominatim"

    def test_malformed_json(self, backend: GeopyBackend) -> None:
        with pytest.raises(BackendError) as info:
            backend.lookup("garbage")
        assert not isinstance(info.value, BackendUnavailable)
        assert info.value.__cause__ is not None


def test_unreachable_server_is_unavailable() -> None:
    # a port nobody listens on: bind one, close it, then call it
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    geocoder = Nominatim(
        user_agent="timeline-tests",
        domain=f"127.0.0.1:{port}",
        scheme="http",
        timeout=0.5,
        adapter_factory=URLLibAdapter,
    )
    with pytest.raises(BackendUnavailable):
        GeopyBackend(geocoder, min_delay_seconds=0.0).lookup("Ningbo")


@pytest.mark.parametrize(
    ("rank", "kind"),
    [
        (4, PlaceKind.COUNTRY),
        (8, PlaceKind.ADMIN1),
        (12, PlaceKind.ADMIN2),
        (16, PlaceKind.CITY),
        (30, PlaceKind.TOWN),
    ],
)
def test_nominatim_place_rank_gives_the_kind(rank: int, kind: PlaceKind) -> None:
    assert _kind({"place_rank": rank}) is kind
