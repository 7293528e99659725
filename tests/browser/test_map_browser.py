"""The map in a real headless chromium, offline: counts, slider, self-containment."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer.model import Resolved
from timeline.export import from_json
from timeline.model import DateSpan, Itinerary
from timeline.rendering.map import map_html

pytestmark = pytest.mark.browser

SAMPLE_FILE = Path(__file__).parent.parent / "rendering" / "sample_itinerary.json"
SAMPLE = from_json(SAMPLE_FILE.read_text(encoding="utf-8"), Itinerary)
RESOLVED = [s for s in SAMPLE.stops() if isinstance(s.place, Resolved)]
LEGS = sum(max(0, sum(isinstance(s.place, Resolved) for s in t.stops) - 1) for t in SAMPLE.trips)

COUNTS = """() => ({
  badges: document.querySelectorAll('.leaflet-marker-icon.tl-stop').length,
  regions: document.querySelectorAll('.leaflet-marker-icon.tl-region').length,
  legs: document.querySelectorAll('.leaflet-overlay-pane path.tl-leg').length,
  arrows: document.querySelectorAll('svg textPath').length,
  rings: document.querySelectorAll('.leaflet-overlay-pane path.tl-active').length,
  broken: [...document.images].filter(i => i.complete && i.naturalWidth === 0).length,
})"""

ITIN = "() => Object.values(window).find(v => v && v.timelineItinerary).timelineItinerary"


def test_markers_are_stops_and_lines_are_legs(open_html):
    loaded = open_html(map_html(SAMPLE, assets="cdn"), name="map")
    counts = loaded.eval(COUNTS)
    loaded.screenshot("map")
    assert counts["badges"] == len(RESOLVED) == 6
    assert counts["legs"] == LEGS == 4
    assert counts["arrows"] == LEGS
    assert counts["regions"] == 1  # Li Qiang's Guangdong trip has no city stop
    assert counts["broken"] == 0
    assert loaded.problems == []
    assert loaded.served  # the CDN files were asked for, and answered from npm
    legend = "() => document.querySelectorAll('.tl-legend .tl-legend-person').length"
    assert loaded.eval(legend) == 2  # one legend entry (and layer) per person


def test_slider_leaves_exactly_the_stops_of_that_day(open_html):
    loaded = open_html(map_html(SAMPLE, tiles=None), name="slider")
    data = loaded.eval(f"() => ({ITIN})().data")
    for day in ("2025-10-09", "2025-10-10", "2025-10-15", "2025-10-21"):
        shown = loaded.eval(
            f"""(day) => {{ const it = ({ITIN})();
                it.slider.setTime(Date.parse(day + 'T12:00:00Z'));
                return it.activeStops(); }}""",
            day,
        )
        rings = loaded.eval(COUNTS)["rings"]
        import datetime as dt

        when = dt.date.fromisoformat(day)
        expected = [
            i
            for i, row in enumerate(data["stops"])
            if row[5] is not None and row[5] <= (when - dt.date(1970, 1, 1)).days <= row[5] + row[6]
        ]
        truth = [
            s.place.text
            for s in RESOLVED
            if isinstance(s.span, DateSpan) and when in s.span
        ]
        assert [data["strings"][data["stops"][i][4]] for i in shown] == truth
        assert shown == expected
        assert rings == len(shown)
    loaded.screenshot("slider")
    assert loaded.problems == []


def test_inline_page_needs_no_network(open_html):
    loaded = open_html(map_html(SAMPLE, assets="inline", tiles=None), cdn=False, name="inline")
    counts = loaded.eval(COUNTS)
    loaded.screenshot("inline")
    assert loaded.problems == []
    assert loaded.served == []
    assert loaded.tiles == 0
    assert counts["badges"] == len(RESOLVED)
    assert counts["legs"] == LEGS
    assert counts["broken"] == 0


def test_popup_escapes_article_text(open_html):
    loaded = open_html(map_html(SAMPLE, tiles=None), name="popup")
    html = loaded.eval(
        """() => { const m = document.querySelector('.leaflet-marker-icon.tl-stop'); m.click();
                   return document.querySelector('.leaflet-popup-content').innerHTML; }"""
    )
    loaded.screenshot("popup")
    assert "1. Ningbo" in html
    assert "9 Oct 2025" in html
    # the other script beside the name (issue 15): the Chinese reader's leaders, the gazetteer's names
    assert 'Zhang Guoqing <span class="tl-other" lang="zh-Hans">张国清</span>, Vice Premier' in html
    assert '1. Ningbo <span class="tl-other" lang="zh-Hans">宁波</span>' in html
    assert "&lt;b&gt;" in html  # the quoted evidence is text, not markup
    assert "<b>" not in html
    assert "&lt;high-quality&gt;" in html
    assert 'href="https://english.news.cn/20251011/x.html"' in html
    assert loaded.problems == []


def test_clustered_map_without_tiles(open_html):
    loaded = open_html(map_html(SAMPLE, tiles=None, cluster_threshold=2), name="clustered")
    built = loaded.eval(f"() => ({ITIN})().markers.length")
    in_groups = loaded.eval(
        """() => { let n = 0; document.querySelectorAll('.leaflet-marker-icon');
            const it = Object.values(window).find(v => v && v.timelineItinerary).timelineItinerary;
            it.map.eachLayer(l => { if (l instanceof L.MarkerClusterGroup) n += l.getLayers().length; });
            return n; }"""
    )
    loaded.screenshot("clustered")
    assert built == in_groups == len(RESOLVED)
    assert loaded.problems == []
