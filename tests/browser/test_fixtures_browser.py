"""The command line's pages for the bundled reports, in a real headless chromium, offline.

This is what a reader gets from README's main command: `timeline map fixtures -o map.html` and
`timeline timeline fixtures -o page.html`, here written by ``main()`` and opened with every CDN
request answered from npm and every tile stubbed (or, for the default self-contained page, every
request refused).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer.model import Resolved
from timeline.cli import main, read_batch
from timeline.itinerary import build_itinerary

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ITINERARY = build_itinerary(read_batch([str(FIXTURES)]).documents)
RESOLVED_STOPS = sum(isinstance(s.place, Resolved) for s in ITINERARY.stops())
LEGS = sum(max(0, sum(isinstance(s.place, Resolved) for s in t.stops) - 1) for t in ITINERARY.trips)
COUNTS = """() => ({
  badges: document.querySelectorAll('.leaflet-marker-icon.tl-stop').length,
  legs: document.querySelectorAll('.leaflet-overlay-pane path.tl-leg').length,
  layers: document.querySelectorAll('.tl-legend .tl-legend-person').length,
})"""


@pytest.mark.parametrize("inline", [False, True], ids=["cdn", "inline"])
def test_map_of_the_fixtures(open_html, tmp_path: Path, inline: bool) -> None:
    out = tmp_path / "map.html"
    argv = ["map", str(FIXTURES), "-o", str(out), *(["--tiles", "none"] if inline else ["--cdn"])]
    assert main(argv) == 0
    loaded = open_html(out.read_text(encoding="utf-8"), cdn=not inline, name=f"fixtures-map-{int(inline)}")
    counts = loaded.eval(COUNTS)
    loaded.screenshot(f"fixtures-map-{'inline' if inline else 'cdn'}")
    assert counts["badges"] == RESOLVED_STOPS > 20
    assert counts["legs"] == LEGS
    assert counts["layers"] == len(ITINERARY.people())
    assert loaded.problems == []


def test_linked_page_of_the_fixtures(open_html, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    assert main(["timeline", str(FIXTURES), "-o", str(out)]) == 0
    loaded = open_html(out.read_text(encoding="utf-8"), name="fixtures-page")
    page = loaded.page
    assert loaded.eval(COUNTS)["badges"] == RESOLVED_STOPS
    assert page.locator("#tl-chart .tl-bar").count() > len(ITINERARY.trips)
    page.locator("#tl-chart .tl-bar").first.click()
    page.wait_for_timeout(800)
    loaded.screenshot("fixtures-page")
    assert loaded.problems == []
