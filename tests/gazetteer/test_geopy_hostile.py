"""The geopy backend against a hostile server on 127.0.0.1: every failure is one of its errors.

Replies of the wrong shape, JSON nested too deep, a reply trickled a byte at a time, absurd
``Retry-After`` values: each must come out as a documented :mod:`gazetteer.errors` error (or
no candidate), never as ``AttributeError``, ``TypeError`` or ``RecursionError``, and a call
must end by its deadline.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from geopy.adapters import URLLibAdapter
from geopy.geocoders import Nominatim

from gazetteer.errors import BackendError, BackendRateLimited, BackendTimeout, BackendUnavailable
from gazetteer.geopy_backend import MAX_RETRY_AFTER, GeopyBackend

NINGBO = {
    "place_id": 1799397, "lat": "29.8782", "lon": "121.5495", "name": "Ningbo", "place_rank": 16,
    "display_name": "Ningbo, Zhejiang, China", "address": {"country_code": "cn"},
}  # fmt: skip

REPLIES: dict[str, tuple[int, bytes, dict[str, str]]] = {
    "ints": (200, b"[1, 2, 3]", {}),
    "nulls": (200, b"[null]", {}),
    "object": (200, b'{"a": 1}', {}),
    "number": (200, b"42", {}),
    "deep": (200, b"[" * 100_000 + b"]" * 100_000, {}),
    "bad-id": (200, json.dumps([{**NINGBO, "place_id": "abc"}]).encode(), {}),
    "list-id": (200, json.dumps([{**NINGBO, "place_id": [1]}]).encode(), {}),
    "bad-lat": (200, json.dumps([{**NINGBO, "lat": "north"}]).encode(), {}),
    "far-lat": (200, json.dumps([{**NINGBO, "lat": "1e999"}]).encode(), {}),
    "not-utf8": (200, b'[{"name": "\xff"}]', {}),
    "2099": (429, b"{}", {"Retry-After": "Thu, 31 Dec 2099 23:59:59 GMT"}),
    "1999": (429, b"{}", {"Retry-After": "Fri, 31 Dec 1999 23:59:59 GMT"}),
    "huge": (429, b"{}", {"Retry-After": "99999999999"}),
    "junk": (429, b"{}", {"Retry-After": "soon"}),
    "seconds": (429, b"{}", {"Retry-After": "7"}),
    "503": (503, b"down", {}),
    "ningbo": (200, json.dumps([NINGBO]).encode(), {}),
}


class _Hostile(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        q = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            if q == "trickle":  # a byte every 0.5 s, 20 s in all: each read is quick, the whole is not
                body = b"[" + b" " * 38 + b"]"
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for byte in body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.5)
                return
            if q == "slow-headers":  # the status line, then headers a byte every 0.5 s
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                for byte in b"Content-Type: application/json\r\nX-Pad: " + b"x" * 40:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.5)
                return
            status, body, headers = REPLIES[q]
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def _geocoder(server: str, timeout: float = 2.0) -> Nominatim:
    return Nominatim(
        user_agent="timeline-tests",
        domain=server,
        scheme="http",
        timeout=timeout,
        adapter_factory=URLLibAdapter,
    )


@pytest.fixture
def backend(server: str) -> GeopyBackend:
    return GeopyBackend(_geocoder(server), min_delay_seconds=0.0)


@pytest.mark.parametrize("query", ["ints", "nulls", "object", "number", "deep"])
def test_a_reply_of_the_wrong_shape_is_a_backend_error(backend: GeopyBackend, query: str) -> None:
    with pytest.raises(BackendError) as info:
        backend.lookup(query)
    assert not isinstance(info.value, BackendUnavailable)
    assert info.value.__cause__ is not None
    assert "malformed" in info.value.reason


@pytest.mark.parametrize("query", ["bad-id", "list-id", "bad-lat", "far-lat", "not-utf8"])
def test_a_place_that_cannot_be_read_is_dropped(backend: GeopyBackend, query: str) -> None:
    try:
        found = backend.lookup(query)
    except BackendError:
        return  # refusing the reply is as good as dropping the place
    assert found == []


@pytest.mark.parametrize("query", ["trickle", "slow-headers"])
def test_one_deadline_covers_every_read(backend: GeopyBackend, query: str) -> None:
    start = time.monotonic()
    with pytest.raises(BackendTimeout) as info:
        backend.lookup(query)
    elapsed = time.monotonic() - start
    assert elapsed < 3.5  # timeout=2: not the 20 s the server would take
    assert isinstance(info.value, TimeoutError)


@pytest.mark.parametrize(
    ("query", "seconds"),
    [("2099", MAX_RETRY_AFTER), ("huge", MAX_RETRY_AFTER), ("1999", 0.0), ("junk", None), ("seconds", 7.0)],
)
def test_retry_after_is_read_and_capped(backend: GeopyBackend, query: str, seconds: float | None) -> None:
    with pytest.raises(BackendRateLimited) as info:
        backend.lookup(query)
    assert info.value.retry_after == seconds


def test_a_server_error_is_unavailable(backend: GeopyBackend) -> None:
    with pytest.raises(BackendUnavailable):
        backend.lookup("503")


def test_good_replies_still_read_and_the_callers_geocoder_is_untouched(server: str) -> None:
    geocoder = _geocoder(server)
    adapter = geocoder.adapter
    found = GeopyBackend(geocoder, min_delay_seconds=0.0).lookup("ningbo")
    assert [c.place.name for c in found] == ["Ningbo"]
    assert found[0].place.country == "CN"
    assert geocoder.adapter is adapter
