"""Real-browser fixtures: Debian's chromium driven by Playwright, with no network.

Every request the page makes is answered here: a CDN URL from the npm release
in ``$TIMELINE_NODE_MODULES`` (default ``tests/browser/assets/node_modules``;
fill it with ``cd tests/browser/assets && npm ci --ignore-scripts``), a map
tile with a flat PNG, anything else is refused and recorded as a problem.
``$TIMELINE_CHROMIUM`` names the browser (default: ``chromium`` on PATH).
Never ``playwright install``: the browser is the distribution's.

The tests skip, with the reason, only where chromium, Playwright or the npm
files are missing.  Screenshots go to ``tests/browser/artifacts/`` (gitignored).
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from timeline.rendering._assets import ASSETS

HERE = Path(__file__).resolve().parent
ARTIFACTS = HERE / "artifacts"
NODE_MODULES = Path(os.environ.get("TIMELINE_NODE_MODULES", HERE / "assets" / "node_modules"))
CHROMIUM = os.environ.get("TIMELINE_CHROMIUM") or shutil.which("chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
VIEWPORT = {"width": 1100, "height": 760}

_TILE = re.compile(r"/\d+/\d+/\d+(@2x)?\.(png|jpe?g|webp)$")
_TYPES = {".js": "application/javascript", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml"}


def _missing() -> str | None:
    if not CHROMIUM or not Path(CHROMIUM).exists():
        return "chromium not found: apt-get install -y chromium (or set TIMELINE_CHROMIUM)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright not installed: pip install -e '.[browser]'"
    absent = [a.npm_path for a in ASSETS.values() if not (NODE_MODULES / a.npm_path).is_file()]
    if absent:
        return (
            f"npm assets missing under {NODE_MODULES} ({absent[0]}...): "
            "cd tests/browser/assets && npm ci --ignore-scripts (or set TIMELINE_NODE_MODULES)"
        )
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = _missing()
    for item in items:
        if "browser" in item.keywords and reason:
            item.add_marker(pytest.mark.skip(reason=reason))


def resolve(url: str) -> tuple[bytes, str] | None:
    """The npm file that answers a CDN URL (the JS/CSS, and images a stylesheet names)."""
    parts = urlsplit(url)
    bare = f"{parts.scheme}://{parts.netloc}{parts.path}"
    for asset in ASSETS.values():
        if bare == asset.url:
            path = NODE_MODULES / asset.npm_path
            break
        if bare.startswith(asset.cdn_root):
            path = NODE_MODULES / asset.package / (asset.npm_root + bare[len(asset.cdn_root) :])
            if path.is_file():
                break
    else:
        return None
    if not path.is_file():
        return None
    return path.read_bytes(), _TYPES.get(path.suffix, "application/octet-stream")


def blank_png(size: int = 256, rgb: tuple[int, int, int] = (228, 233, 238)) -> bytes:
    """A flat PNG, standing in for map tiles."""
    raw = (b"\x00" + bytes(rgb) * size) * size

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


@dataclass
class Loaded:
    """A page loaded offline, with what went wrong while loading it."""

    page: Any
    problems: list[str] = field(default_factory=list)
    served: list[str] = field(default_factory=list)
    tiles: int = 0
    refused_tiles: int = 0
    seconds: float = 0.0

    def eval(self, js: str, arg: Any = None) -> Any:
        return self.page.evaluate(js, arg)

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        return path


def _failed(loaded: Loaded, request: Any, tiles: bool) -> None:
    # Leaflet drops the tiles of a view it leaves (fitBounds right after load); chromium reports
    # those as aborted.  Only a tile may be cancelled that way; every other failure counts.
    if _TILE.search(urlsplit(request.url).path) and (request.failure == "net::ERR_ABORTED" or not tiles):
        return
    loaded.problems.append(f"failed: {request.url} ({request.failure})")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def open_html(browser: Any, tmp_path: Path) -> Iterator[Callable[..., Loaded]]:
    """Write HTML to a file and load it; ``cdn=False`` refuses every CDN request too."""
    contexts: list[Any] = []
    tile = blank_png()

    def _open(
        text: str, *, cdn: bool = True, tiles: bool = True, name: str = "page", viewport: dict[str, int] | None = None
    ) -> Loaded:
        """``tiles=False`` refuses tile requests too, as a machine with no network does; those
        refusals (and chromium's console line for each) are counted in ``refused_tiles``, not
        as problems: the page is meant to work without its tiles."""
        context = browser.new_context(viewport=viewport or VIEWPORT)
        contexts.append(context)
        loaded = Loaded(page=None)

        def handle(route: Any) -> None:
            url = route.request.url
            if url.startswith(("file:", "data:", "blob:")):
                route.continue_()
                return
            found = resolve(url) if cdn else None
            if found:
                loaded.served.append(url)
                # file:// pages have origin "null": fonts and the like need CORS.
                route.fulfill(status=200, body=found[0], content_type=found[1],
                              headers={"Access-Control-Allow-Origin": "*"})
            elif _TILE.search(urlsplit(url).path) and not tiles:
                loaded.refused_tiles += 1
                route.abort()
            elif _TILE.search(urlsplit(url).path):
                loaded.tiles += 1
                route.fulfill(status=200, body=tile, content_type="image/png")
            else:
                loaded.problems.append(f"request refused: {url}")
                route.abort()

        context.route("**/*", handle)
        page = context.new_page()
        def console(m: Any) -> None:
            if m.type != "error":
                return
            where = urlsplit((m.location or {}).get("url", "")).path
            if not tiles and _TILE.search(where):
                return
            loaded.problems.append(f"console: {m.text}")

        page.on("console", console)
        page.on("pageerror", lambda e: loaded.problems.append(f"pageerror: {e}"))
        page.on("requestfailed", lambda r: _failed(loaded, r, tiles))
        path = tmp_path / f"{name}.html"
        path.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load")
        if tiles:
            page.wait_for_load_state("networkidle")
        else:
            # Chromium sometimes keeps a refused tile "in flight" for Playwright's networkidle;
            # with nothing else to fetch, the load event and a moment after it suffice.
            page.wait_for_timeout(300)
        loaded.seconds = time.perf_counter() - t0
        loaded.page = page
        return loaded

    yield _open
    for context in contexts:
        context.close()
