"""The default map page as a person sees it on a machine with no network (issue 17).

Every page here is loaded with every request refused (``cdn=False, tiles=False``):
the scripts are inline, the basemap is bundled, and tiles that cannot load leave
the basemap showing.  ``FIXTURES`` is the itinerary of the bundled reports
(``fixtures/``), stored so that these tests do not move with the extractor.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gazetteer.model import Resolved
from timeline.export import from_json
from timeline.model import Itinerary
from timeline.rendering import map_html

pytestmark = pytest.mark.browser

HERE = Path(__file__).parent.parent / "rendering"
FIXTURES = from_json((HERE / "fixtures_itinerary.json").read_text(encoding="utf-8"), Itinerary)
SAMPLE = from_json((HERE / "sample_itinerary.json").read_text(encoding="utf-8"), Itinerary)
ITIN = "Object.values(window).find(v => v && v.timelineItinerary).timelineItinerary"
EPOCH = dt.date(1970, 1, 1)

# Pixels of the basemap's canvas painted in the land colour (#f7f4ec), out of all its pixels.
LAND_SHARE = """() => {
  const c = document.querySelector('.leaflet-tl-base-pane canvas'), g = c.getContext('2d');
  const d = g.getImageData(0, 0, c.width, c.height).data;
  let land = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (Math.abs(d[i] - 247) < 3 && Math.abs(d[i + 1] - 244) < 3 && Math.abs(d[i + 2] - 236) < 3) land++;
  }
  return land / (d.length / 4);
}"""

# Every visible label and badge, as boxes in page pixels.
BOXES = """() => {
  const seen = el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.display !== 'none' && s.visibility !== 'hidden' ? r : null; };
  const grab = sel => [...document.querySelectorAll(sel)].map(el => ({text: el.textContent, r: seen(el)}))
    .filter(x => x.r).map(x => ({text: x.text, l: x.r.left, t: x.r.top, r: x.r.right, b: x.r.bottom}));
  return {
    labels: grab('.tl-stop .tl-name, .tl-region:not(.tl-squeezed) span, .tl-maplabel span'),
    badges: grab('.tl-stop .tl-badge'),
    controls: grab('.leaflet-control'),
  };
}"""

# The country and province names on screen.
PLACE_LABELS = """() => {
  const shown = sel => [...document.querySelectorAll(sel)].filter(el => {
    const r = el.getBoundingClientRect(), s = getComputedStyle(el.parentNode);
    return r.width > 0 && s.display !== 'none' && s.visibility !== 'hidden'; }).map(el => el.textContent);
  return {countries: shown('.tl-maplabel.tl-country span'), divisions: shown('.tl-maplabel.tl-division span')};
}"""


def overlaps(a: dict, b: dict, slack: float = 0.5) -> bool:
    return a["l"] < b["r"] - slack and b["l"] < a["r"] - slack and a["t"] < b["b"] - slack and b["t"] < a["b"] - slack


def resolved(itinerary: Itinerary) -> list[tuple[int, object]]:
    return [(n, s) for n, t in enumerate(itinerary.trips) for s in t.stops if isinstance(s.place, Resolved)]


def test_default_page_offline_shows_basemap_markers_and_legs(open_html):
    loaded = open_html(map_html(FIXTURES), cdn=False, tiles=False, name="offline-default")
    counts = loaded.eval(
        """() => ({badges: document.querySelectorAll('.leaflet-marker-icon.tl-stop').length,
                  legs: document.querySelectorAll('path.tl-leg').length,
                  planned: document.querySelectorAll('path.tl-leg.tl-planned').length,
                  regions: document.querySelectorAll('.tl-region').length,
                  outlines: document.querySelectorAll('path.tl-region-outline').length,
                  attribution: document.querySelector('.leaflet-control-attribution').textContent})"""
    )
    loaded.screenshot("offline-default")
    assert loaded.problems == []
    assert loaded.served == []
    assert loaded.refused_tiles > 0  # the page asked for tiles, got none, and still reads
    assert counts["badges"] == len(resolved(FIXTURES))
    legs = sum(max(0, sum(isinstance(s.place, Resolved) for s in t.stops) - 1) for t in FIXTURES.trips)
    assert counts["legs"] == legs
    assert counts["planned"] == 1  # Rubio's planned Tokyo - Kuala Lumpur leg is dashed
    # Trips with no city stop: Chongqing (twice), Guizhou with Chongqing, Vietnam with Laos.
    assert counts["regions"] == 6
    assert counts["outlines"] == 6
    assert "Natural Earth" in counts["attribution"]
    assert "OpenStreetMap" in counts["attribution"]
    assert loaded.eval(LAND_SHARE) > 0.2  # land is drawn, not a grey void


def test_no_tiles_option_draws_the_basemap_and_asks_for_nothing(open_html):
    loaded = open_html(map_html(SAMPLE, tiles=None), cdn=False, tiles=False, name="offline-none")
    assert loaded.problems == []
    assert loaded.refused_tiles == 0
    assert loaded.eval(LAND_SHARE) > 0.2
    assert loaded.page.locator(".tl-tiles-toggle").count() == 0


def test_first_view_is_where_most_stops_are_and_controls_cover_none(open_html):
    loaded = open_html(map_html(FIXTURES), cdn=False, tiles=False, name="first-view")
    view = loaded.eval(f"""() => {{ const it = {ITIN}, b = it.map.getBounds();
        return {{zoom: it.map.getZoom(), inView: it.data.stops.filter(r => b.contains([r[2], r[3]])).length}}; }}""")
    china = [s for _n, s in resolved(FIXTURES) if s.place.place.country == "CN"]  # type: ignore[attr-defined]
    assert view["zoom"] >= 4  # not the world view that Wellington and Rostock would force
    assert view["inView"] >= len(china) - 2  # Kashgar and Korla, far west, may fall outside
    boxes = loaded.eval(BOXES)
    covered = [(b, c) for b in boxes["badges"] for c in boxes["controls"] if overlaps(b, c)]
    assert covered == []


def test_slider_shows_the_trail_so_far_and_keeps_undated_stops(open_html):
    loaded = open_html(map_html(SAMPLE, tiles=None), cdn=False, tiles=False, name="slider-filter")
    data = loaded.eval(f"() => {ITIN}.data")
    undated = [i for i, r in enumerate(data["stops"]) if r[5] is None]
    assert undated  # the sample's Zhoushan stop has no date
    for day in ("2025-10-01", "2025-10-09", "2025-10-10", "2025-10-21"):
        n = (dt.date.fromisoformat(day) - EPOCH).days
        got = loaded.eval(
            f"""(day) => {{ const it = {ITIN}; it.slider.setTime(Date.parse(day + 'T12:00:00Z'));
                return {{shown: it.shownStops(),
                        dom: [...document.querySelectorAll('.leaflet-marker-icon.tl-stop')].length,
                        undated: document.querySelectorAll('.leaflet-marker-icon.tl-stop.tl-undated').length,
                        legs: document.querySelectorAll('path.tl-leg').length,
                        current: document.querySelectorAll('path.tl-leg.tl-current').length}}; }}""",
            day,
        )
        expected = [i for i, r in enumerate(data["stops"]) if r[5] is None or r[5] <= n]
        assert got["shown"] == expected, day
        assert got["dom"] == len(expected), day
        assert got["undated"] == len(undated)
        on = set(expected)
        assert got["legs"] == sum(a in on and a + 1 in on for a in data["legs"]), day
        current = [t for t, tr in enumerate(data["trips"]) if tr[4] is not None and tr[4] <= n <= tr[4] + tr[5]]
        assert got["current"] == sum(data["stops"][a][0] in current and a in on and a + 1 in on for a in data["legs"])
    # 9 Oct: Ningbo (Zhang's first stop), Li's Suzhou (known only as "October") and the undated Zhoushan.
    loaded.eval(f"() => {ITIN}.slider.setTime(Date.parse('2025-10-09T12:00:00Z'))")
    names = loaded.page.locator(".leaflet-marker-icon.tl-stop").evaluate_all("ms => ms.map(m => m.title)")
    assert sorted(names) == ["1. Ningbo", "1. Suzhou", "3. Zhoushan"]
    loaded.screenshot("slider-filter")
    assert loaded.problems == []


def test_play_walks_day_by_day_from_the_start(open_html):
    loaded = open_html(map_html(SAMPLE, tiles=None), cdn=False, tiles=False, name="slider-play")
    days = loaded.eval(f"""() => {{ const it = {ITIN}, out = [];
        it.slider.play(); out.push(it.slider.time); it.slider.pause();
        it.slider.play(); out.push(it.slider.time); it.slider.pause();
        return out.map(t => new Date(t).toISOString().slice(0, 10)); }}""")
    data = loaded.eval(f"() => {ITIN}.data")
    first = EPOCH + dt.timedelta(days=data["days"][0])
    assert days == [str(first + dt.timedelta(days=1)), str(first + dt.timedelta(days=2))]
    assert loaded.problems == []


@pytest.mark.parametrize("zoom_by", [0, 1, 2, -1])
def test_labels_never_overlap(open_html, zoom_by):
    loaded = open_html(map_html(FIXTURES), cdn=False, tiles=False, name=f"labels-{zoom_by}")
    if zoom_by:
        loaded.eval(f"() => {{ const m = {ITIN}.map; m.setZoom(m.getZoom() + {zoom_by}, {{animate: false}}); }}")
        loaded.page.wait_for_timeout(200)
    boxes = loaded.eval(BOXES)
    labels, badges = boxes["labels"], boxes["badges"]
    clashes = [(a["text"], b["text"]) for i, a in enumerate(labels) for b in labels[i + 1 :] if overlaps(a, b)]
    assert clashes == []
    under = [(a["text"], b["text"]) for a in labels for b in badges if overlaps(a, b)]
    assert under == []
    names = [x["text"] for x in labels]
    assert len(names) >= (8 if zoom_by <= 0 else 4)  # the labels are there, not all hidden
    if zoom_by == 0:
        assert {"Zhoushan", "Chengdu", "Beijing"} <= set(names)  # stop names, at the first view
        assert {"Laos", "Vietnam"} <= set(names)  # a trip with no stops: its regions, at their points
    shown = loaded.eval(PLACE_LABELS)
    if zoom_by == 0:
        assert "China" in shown["countries"]  # country names where the country is big enough
    if zoom_by in (0, 1):
        # The provinces the trips touch are named where there is room, beside their point if need be.
        touched = set(loaded.eval(f"() => {{ const d = {ITIN}.data; return d.divisions.map(x => d.strings[x[2]]); }}"))
        assert set(shown["divisions"]) <= touched
        assert len(shown["divisions"]) >= (3 if zoom_by == 0 else 5), shown
    loaded.screenshot(f"labels-{zoom_by}")
    assert loaded.problems == []


def test_legend_explains_and_zooms_to_a_person(open_html):
    loaded = open_html(map_html(FIXTURES), cdn=False, tiles=False, name="legend")
    page = loaded.page
    people = page.locator(".tl-legend .tl-legend-person")
    assert people.count() == len(FIXTURES.people())
    key = page.locator(".tl-legend-key").inner_text()
    for words in ("order of stops", "journey made", "journey planned", "no date", "no place named"):
        assert words in key
    # Liu Guozhong went to Xinjiang and Hubei: his button fits the map to his stops.
    page.locator(".tl-legend-zoom", has_text="Liu Guozhong").click()
    page.wait_for_timeout(1000)
    inside = loaded.eval(f"""() => {{ const it = {ITIN}, b = it.map.getBounds(),
        me = it.data.people.findIndex(p => p[0] === 'Liu Guozhong');
        return it.data.stops.filter(r => it.data.trips[r[0]][0] === me).map(r => b.contains([r[2], r[3]])); }}""")
    assert inside
    assert all(inside)
    # Unticking a person hides that person's badges.
    before = page.locator(".leaflet-marker-icon.tl-stop").count()
    page.locator('.tl-legend input[aria-label="show Liu Guozhong"]').uncheck()
    assert page.locator(".leaflet-marker-icon.tl-stop").count() == before - 3
    assert loaded.problems == []


def test_clicking_a_region_zooms_to_its_outline(open_html):
    loaded = open_html(map_html(FIXTURES), cdn=False, tiles=False, name="region-click")
    page = loaded.page
    before = loaded.eval(f"() => {ITIN}.map.getZoom()")
    page.locator(".tl-region", has_text="Laos").first.dispatch_event("click")
    page.wait_for_timeout(1200)
    after = loaded.eval(f"""() => {{ const it = {ITIN}, c = it.map.getCenter();
        return {{zoom: it.map.getZoom(), popup: document.querySelector('.leaflet-popup-content').textContent,
                 lat: c.lat, lon: c.lng}}; }}""")
    assert after["zoom"] > before
    assert after["zoom"] <= 7  # the region's outline, not a 20 km view of nothing
    assert 10 < after["lat"] < 24  # Vietnam and Laos
    assert 100 < after["lon"] < 110
    assert "Zhao Leji" in after["popup"]
    assert "planned" in after["popup"]
    loaded.screenshot("region-click")
    assert loaded.problems == []


def _edge_cases() -> dict[str, Itinerary]:
    import attrs

    from timeline.model import Unknown

    def undated(t):
        return attrs.evolve(t, span=Unknown("test"), stops=tuple(attrs.evolve(s, span=Unknown("test")) for s in t.stops))

    no_stops = [t for t in FIXTURES.trips if not any(isinstance(s.place, Resolved) for s in t.stops)]
    return {
        "empty": Itinerary(()),
        "one-trip": Itinerary(SAMPLE.trips[:1]),
        "undated": Itinerary(tuple(undated(t) for t in SAMPLE.trips)),
        "regions-only": Itinerary(tuple(no_stops)),
    }


@pytest.mark.parametrize("case", ["empty", "one-trip", "undated", "regions-only"])
def test_odd_itineraries_load_cleanly(open_html, case):
    from timeline.rendering import render_page

    itinerary = _edge_cases()[case]
    for name, page in (("map", map_html(itinerary)), ("page", render_page(itinerary))):
        loaded = open_html(page, cdn=False, tiles=False, name=f"edge-{case}-{name}")
        got = loaded.eval("""() => ({badges: document.querySelectorAll('.leaflet-marker-icon.tl-stop').length,
            regions: document.querySelectorAll('.tl-region').length,
            slider: !!document.querySelector('.leaflet-timeline-control')})""")
        assert got["badges"] == len(resolved(itinerary))
        assert got["slider"] == (case not in ("empty", "undated"))
        assert loaded.eval(LAND_SHARE) > 0.05  # the basemap is there even with nothing on it
        assert loaded.problems == [], (case, name)
