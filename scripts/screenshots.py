"""Screenshots of the map and the timeline page of the bundled reports, for the docs.

    python scripts/screenshots.py [OUT_DIR]

Reads ``fixtures/`` as ``timeline map fixtures`` and ``timeline timeline fixtures``
do, renders both pages with their defaults except ``tiles=None`` (the bundled
basemap alone, so the pictures do not depend on a tile server), opens them in
Debian's chromium through Playwright with every network request refused, as on
a machine with no internet, and writes ``map.png`` and ``timeline.png``
(1100 x 760) to OUT_DIR (default ``docs/images``).  Needs the ``browser``
extra and ``apt-get install chromium``.  Run it again whenever the pages
change, so the pictures stay current.
"""

# ruff: noqa: T201  (a command-line script reports what it did)
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.cli import read_batch  # noqa: E402
from timeline.itinerary import build_itinerary  # noqa: E402
from timeline.rendering import map_html, render_page  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "images"
    chromium = os.environ.get("TIMELINE_CHROMIUM") or shutil.which("chromium")
    if not chromium:
        print("chromium not found: apt-get install -y chromium (or set TIMELINE_CHROMIUM)")
        return 1
    from playwright.sync_api import sync_playwright

    itinerary = build_itinerary(read_batch([str(ROOT / "fixtures")]).documents)
    pages = {"map": map_html(itinerary, tiles=None), "timeline": render_page(itinerary, tiles=None)}
    out.mkdir(parents=True, exist_ok=True)
    refused: list[str] = []

    def refuse(route: Any) -> None:
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=ARGS)
        for name, text in pages.items():
            path = Path(tmp) / f"{name}.html"
            path.write_text(text, encoding="utf-8")
            context = browser.new_context(viewport={"width": 1100, "height": 760})
            context.route("**/*", refuse)
            page = context.new_page()
            page.goto(path.as_uri(), wait_until="load")
            page.wait_for_timeout(500)
            if name == "timeline":
                # Scroll the chart a little, to show its date axis staying on top.
                page.evaluate("() => { document.getElementById('tl-page-chart').scrollTop = 180; }")
                page.wait_for_timeout(100)
            page.screenshot(path=str(out / f"{name}.png"))
            context.close()
            print(f"{out / (name + '.png')}: {len(text.encode()) / 1000:.0f} KB page")
        browser.close()
    if refused:
        print(f"the pages asked for {len(refused)} URLs, e.g. {refused[0]}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
