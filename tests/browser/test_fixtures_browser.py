"""The command line's pages for the bundled reports, in a real headless chromium, offline.

This is what a reader gets from README's main command: `timeline map fixtures -o map.html` and
`timeline timeline fixtures -o page.html`, here written by ``main()`` and opened with every CDN
request answered from npm and every tile stubbed (`--cdn`), or, for the default self-contained
pages, every request refused, tiles included.
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


# Pixels of the basemap's canvas painted in the land colour, out of all its pixels.
LAND_SHARE = """() => {
  const c = document.querySelector('.leaflet-tl-base-pane canvas'), d = c.getContext('2d')
    .getImageData(0, 0, c.width, c.height).data;
  let land = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (Math.abs(d[i] - 247) < 3 && Math.abs(d[i + 1] - 244) < 3 && Math.abs(d[i + 2] - 236) < 3) land++;
  }
  return land / (d.length / 4);
}"""


@pytest.mark.parametrize("flags", [["--cdn"], ["--tiles", "none"], []], ids=["cdn", "inline", "default"])
def test_map_of_the_fixtures(open_html, tmp_path: Path, flags: list[str]) -> None:
    out = tmp_path / "map.html"
    assert main(["map", str(FIXTURES), "-o", str(out), *flags]) == 0
    name = {"--cdn": "cdn", "--tiles": "inline"}.get(flags[0], "x") if flags else "default"
    # README's command with no flags: one file that reads with every request refused, tiles too.
    offline = "--cdn" not in flags
    loaded = open_html(out.read_text(encoding="utf-8"), cdn=not offline, tiles=not offline, name=f"fixtures-map-{name}")
    counts = loaded.eval(COUNTS)
    loaded.screenshot(f"fixtures-map-{name}")
    assert counts["badges"] == RESOLVED_STOPS > 20
    assert counts["legs"] == LEGS
    assert counts["layers"] == len(ITINERARY.people())
    assert loaded.problems == []
    if offline:
        assert loaded.served == []
        assert loaded.eval(LAND_SHARE) > 0.2  # the bundled basemap, not a grey void
    if not flags:
        assert loaded.refused_tiles > 0  # it asked for OpenStreetMap tiles, got none, and still reads


def test_linked_page_of_the_fixtures(open_html, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    assert main(["timeline", str(FIXTURES), "-o", str(out)]) == 0
    # The default page, with every request refused (tiles too), as on a machine with no network.
    loaded = open_html(out.read_text(encoding="utf-8"), cdn=False, tiles=False, name="fixtures-page")
    page = loaded.page
    counts = loaded.eval(COUNTS)
    assert counts["badges"] == RESOLVED_STOPS
    assert counts["legs"] == LEGS
    assert loaded.eval(LAND_SHARE) > 0.1
    assert loaded.served == []
    assert page.locator("#tl-chart .tl-bar").count() > len(ITINERARY.trips)
    page.locator("#tl-chart .tl-bar").first.click()
    page.wait_for_timeout(800)
    loaded.screenshot("fixtures-page")
    assert loaded.problems == []
