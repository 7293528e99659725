"""The combined page and the stand-alone timeline in a real headless chromium, offline."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from timeline.export import from_json
from timeline.model import DateSpan, Itinerary
from timeline.rendering import render_page, render_timeline

pytestmark = pytest.mark.browser

SAMPLE_FILE = Path(__file__).parent.parent / "rendering" / "sample_itinerary.json"
SAMPLE = from_json(SAMPLE_FILE.read_text(encoding="utf-8"), Itinerary)
ITIN = "Object.values(window).find(v => v && v.timelineItinerary).timelineItinerary"
DATED_BARS = sum(isinstance(t.span, DateSpan) for t in SAMPLE.trips) + sum(
    isinstance(s.span, DateSpan) for s in SAMPLE.stops()
)


def test_clicking_a_bar_moves_slider_and_map(open_html):
    loaded = open_html(render_page(SAMPLE), name="page")
    page = loaded.page
    assert page.locator("#tl-chart .tl-bar").count() == DATED_BARS
    before = loaded.eval(f"() => {{ const c = {ITIN}.map.getCenter(); return [c.lat, c.lng]; }}")
    bar = page.locator('#tl-chart .tl-bar[data-stop="3"]')  # Li Qiang's first stop, Suzhou
    assert "Suzhou" in bar.inner_text()
    bar.click()
    page.wait_for_timeout(1200)  # the fly animation takes 0.6 s
    after = loaded.eval(f"""() => {{ const it = {ITIN}, c = it.map.getCenter();
        return {{centre: [c.lat, c.lng], time: new Date(it.slider.time).toISOString().slice(0, 10),
                 target: [it.data.stops[3][2], it.data.stops[3][3]]}}; }}""")
    assert after["time"] == "2025-10-01"  # the bar's first day
    assert after["centre"] != before
    assert abs(after["centre"][0] - after["target"][0]) < 0.01
    assert abs(after["centre"][1] - after["target"][1]) < 0.01
    # The slider highlights the bars of the chosen day: Li's trip and its month-long Suzhou stop.
    on = page.locator("#tl-chart .tl-bar.tl-on").all_inner_texts()
    assert sorted(on) == sorted(["research trip", "1. Suzhou"])
    loaded.screenshot("page")
    assert loaded.problems == []


def test_moving_the_slider_highlights_active_bars(open_html):
    loaded = open_html(render_page(SAMPLE, tiles=None), name="page-slider")
    loaded.eval(f"() => {ITIN}.slider.setTime(Date.parse('2025-10-10T12:00:00Z'))")
    on = sorted(loaded.page.locator("#tl-chart .tl-bar.tl-on").all_inner_texts())
    assert on == sorted(
        ["inspection trip", "2. Zhoushan", "3. Hangzhou", "research trip", "1. Suzhou", "2. Ningbo"]
    )
    assert loaded.problems == []


def test_inline_page_works_with_every_request_refused(open_html):
    loaded = open_html(render_page(SAMPLE, tiles=None, assets="inline"), cdn=False, name="page-inline")
    assert loaded.eval("() => document.querySelectorAll('.leaflet-marker-icon.tl-stop').length") == 6
    assert loaded.page.locator("#tl-chart .tl-bar").count() == DATED_BARS
    assert loaded.problems == []
    assert loaded.served == []


def test_standalone_timeline(open_html):
    loaded = open_html(render_timeline(SAMPLE), cdn=False, name="timeline")
    page = loaded.page
    assert page.locator(".tl-row").count() == 2
    assert page.locator(".tl-bar").count() == DATED_BARS
    assert page.locator(".tl-bar.tl-fuzzy").count() == 2  # Li's month-precision trip and stop
    # Inclusive days: the one-day Ningbo stop is one day wide, the three-day trip three.
    widths = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.tl-bar')]
        .map(b => [b.textContent.trim() + '@' + b.dataset.trip, b.getBoundingClientRect().width]))""")
    assert widths["inspection trip@0"] == pytest.approx(3 * widths["1. Ningbo@0"], rel=0.02)
    hover = page.locator(".tl-bar", has_text="1. Ningbo").first.get_attribute("title")
    assert 'Zhang visited the port of Ningbo "Zhoushan" <b>' in hover  # text, shown as written
    loaded.screenshot("timeline")
    assert loaded.problems == []


def _crowd(itinerary: Itinerary, copies: int) -> Itinerary:
    """The sample's trips again under other names: more rows than the chart shows at once."""
    trips = list(itinerary.trips)
    for k in range(1, copies):
        for t in itinerary.trips:
            trips.append(attrs.evolve(t, person=attrs.evolve(t.person, name=f"{t.person.name} {k}")))
    return Itinerary(tuple(trips))


def test_clicking_a_marker_picks_its_bar_and_scrolls_to_it(open_html):
    crowd = _crowd(SAMPLE, 6)
    loaded = open_html(render_page(crowd, tiles=None), name="page-marker")
    # The last person's last dated stop: far down the chart.
    last = max(
        int(s)
        for s in loaded.page.locator("#tl-chart .tl-bar[data-stop]").evaluate_all(
            "bs => bs.map(b => b.dataset.stop)"
        )
    )
    hidden = loaded.eval(
        """(i) => { const b = document.querySelector('#tl-chart .tl-bar[data-stop="' + i + '"]'),
        box = document.getElementById('tl-page-chart').getBoundingClientRect(), r = b.getBoundingClientRect();
        return r.top >= box.bottom; }""",
        last,
    )
    assert hidden  # the test means something: the bar starts out of view
    marker = loaded.page.evaluate_handle(f"(i) => {ITIN}.markers[i].getElement()", last).as_element()
    marker.dispatch_event("click")  # what a click on the badge sends Leaflet
    loaded.page.wait_for_timeout(300)
    picked = loaded.eval("""() => [...document.querySelectorAll('#tl-chart .tl-bar.tl-picked')].map(b => {
        const box = document.getElementById('tl-page-chart').getBoundingClientRect(), r = b.getBoundingClientRect();
        return {stop: b.dataset.stop, text: b.textContent, seen: r.top >= box.top && r.bottom <= box.bottom}; })""")
    assert picked == [{"stop": str(last), "text": "2. Ningbo", "seen": True}]
    assert loaded.eval("() => document.querySelector('.leaflet-popup-content').textContent").startswith(
        "2. Ningbo"
    )
    # A bar click picks that bar instead.
    loaded.page.locator('#tl-chart .tl-bar[data-stop="0"]').click()
    assert loaded.eval("() => [...document.querySelectorAll('.tl-picked')].map(b => b.dataset.stop)") == ["0"]
    loaded.screenshot("page-marker")
    assert loaded.problems == []


LABELS = """() => {
  const out = [];
  for (const lane of document.querySelectorAll('#tl-chart .tl-lane')) {
    const bars = [...lane.querySelectorAll('.tl-bar')];
    const boxes = bars.map(b => ({bar: b.getBoundingClientRect(), label: b.querySelector('.tl-label').getBoundingClientRect()}));
    const axis = lane.getBoundingClientRect();
    bars.forEach((b, i) => {
      const label = b.querySelector('.tl-label'), box = boxes[i].label;
      const inside = !b.className.includes('tl-out-');
      const cut = inside ? b.scrollWidth > b.clientWidth + 1 : false;
      const clash = boxes.some((o, j) => j !== i && Math.abs(o.bar.top - box.top) < 2 &&
        [o.bar, o.label].some(r => r.left < box.right - 1 && box.left < r.right - 1));
      out.push({text: label.textContent, cut, clash, off: box.left < axis.left - 1 || box.right > axis.right + 1,
                empty: box.width < 1});
    });
  }
  return out;
}"""


def test_every_bar_label_can_be_read(open_html):
    # A year and more on the axis: most bars are a few pixels wide.
    from timeline.model import DateSpan as Span

    later = []
    for t in SAMPLE.trips:

        def moved(span):
            import datetime as dt

            shift = dt.timedelta(days=400)
            return (
                attrs.evolve(span, start=span.start + shift, end=span.end + shift)
                if isinstance(span, Span)
                else span
            )

        later.append(
            attrs.evolve(
                t, span=moved(t.span), stops=tuple(attrs.evolve(s, span=moved(s.span)) for s in t.stops)
            )
        )
    itinerary = Itinerary(SAMPLE.trips + tuple(later))
    for name, page in (
        ("timeline-narrow", render_timeline(itinerary)),
        ("page-narrow", render_page(itinerary, tiles=None)),
    ):
        loaded = open_html(page, cdn=name.startswith("page"), name=name)
        labels = loaded.eval(LABELS)
        assert len(labels) == 2 * DATED_BARS
        bad = [x for x in labels if x["cut"] or x["clash"] or x["off"] or x["empty"]]
        assert bad == []
        loaded.screenshot(name)
        assert loaded.problems == []


FIXTURES = from_json((SAMPLE_FILE.parent / "fixtures_itinerary.json").read_text(encoding="utf-8"), Itinerary)


def test_date_axis_stays_in_view_when_the_chart_scrolls(open_html):
    loaded = open_html(render_page(FIXTURES), cdn=False, tiles=False, name="page-sticky-axis")
    got = loaded.eval("""() => { const panel = document.getElementById('tl-page-chart');
        const axis = document.querySelector('#tl-chart .tl-axis');
        const lanes = panel.scrollHeight, before = axis.getBoundingClientRect().top;
        panel.scrollTop = panel.scrollHeight;  // to the last person
        const box = panel.getBoundingClientRect(), after = axis.getBoundingClientRect();
        return {lanes, height: box.height, top: box.top, before, after: after.top,
                ticks: axis.querySelectorAll('span').length}; }""")
    assert got["lanes"] > 2 * got["height"]  # the chart is much taller than its panel
    assert got["ticks"] >= 4
    assert got["before"] == pytest.approx(got["top"], abs=2)  # the axis heads the chart...
    assert got["after"] == pytest.approx(got["top"], abs=2)  # ...and stays there when it scrolls
    loaded.screenshot("page-sticky-axis")
    assert loaded.problems == []
    standalone = open_html(render_timeline(FIXTURES), cdn=False, tiles=False, name="timeline-sticky-axis")
    top = standalone.eval("""() => { window.scrollTo(0, document.body.scrollHeight);
        return [window.scrollY, document.querySelector('.tl-axis').getBoundingClientRect().top]; }""")
    assert top[0] > 0
    assert top[1] == pytest.approx(0, abs=2)


def test_clicking_a_bar_opens_its_popup_on_the_map(open_html):
    loaded = open_html(render_page(FIXTURES), cdn=False, tiles=False, name="page-bar-popup")
    page = loaded.page
    bar = page.locator("#tl-chart .tl-bar.tl-stop", has_text="Zhangzhou").first
    stop = int(bar.get_attribute("data-stop"))
    bar.click()
    page.wait_for_timeout(1600)
    got = loaded.eval(f"""(i) => {{ const it = {ITIN};
        return {{popup: document.querySelector('.leaflet-popup-content').textContent,
                 picked: it.markers[i].getElement().classList.contains('tl-picked'),
                 inView: it.map.getBounds().contains(it.markers[i].getLatLng())}}; }}""", stop)
    assert got["popup"].startswith("1. Zhangzhou")
    assert "Xi Jinping" in got["popup"]
    assert got["picked"]  # the badge is highlighted
    assert got["inView"]
    # A trip with no stops: its bar zooms to the region's outline, not to a point.
    page.locator('#tl-chart .tl-row[data-person="Zhao Leji"] .tl-bar.tl-trip').click()
    page.wait_for_timeout(1600)
    got = loaded.eval(f"""() => {{ const it = {ITIN}, c = it.map.getCenter();
        return {{popup: document.querySelector('.leaflet-popup-content').textContent, zoom: it.map.getZoom(),
                 lat: c.lat, lon: c.lng}}; }}""")
    assert got["popup"].startswith("visit trip: Vietnam, Laos")
    assert 4 <= got["zoom"] <= 7
    assert 10 < got["lat"] < 24
    loaded.screenshot("page-bar-popup")
    assert loaded.problems == []


def test_bars_are_reachable_by_keyboard(open_html):
    loaded = open_html(render_page(SAMPLE), cdn=False, tiles=False, name="page-keyboard")
    page = loaded.page
    assert page.locator("#tl-chart .tl-bar:not([tabindex='0'])").count() == 0
    # Tab from the page's start reaches the bars (after the map's own controls).
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('tl-bar')"):
            break
    else:
        pytest.fail("Tab never reached a bar")
    page.locator('#tl-chart .tl-bar[data-stop="0"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(1600)
    popup = loaded.eval("() => document.querySelector('.leaflet-popup-content').textContent")
    assert popup.startswith("1. Ningbo")
    assert loaded.eval(f"() => {ITIN}.slider._playing") is not True  # Enter on a bar is not "play"
    assert loaded.problems == []


def test_page_is_usable_375_px_wide(open_html):
    loaded = open_html(render_page(FIXTURES), cdn=False, tiles=False, name="page-375",
                       viewport={"width": 375, "height": 740})
    page = loaded.page
    got = loaded.eval(f"""() => {{ const it = {ITIN}, b = it.map.getBounds();
        return {{doc: document.documentElement.scrollWidth,
                 legendOpen: !document.querySelector('.tl-legend').classList.contains('tl-collapsed'),
                 inView: it.data.stops.filter(r => b.contains([r[2], r[3]])).length,
                 chart: document.getElementById('tl-page-chart').scrollWidth}}; }}""")
    assert got["doc"] <= 375  # the page itself never scrolls sideways...
    assert got["chart"] > 375  # ...the chart does, inside its panel
    assert not got["legendOpen"]  # the legend is a button until asked for
    assert got["inView"] >= 20
    # Scrolled sideways, the names stay at the left edge and the bars can still be tapped.
    loaded.eval("() => { document.getElementById('tl-page-chart').scrollLeft = 300; }")
    who = loaded.eval("() => document.querySelector('#tl-chart .tl-who').getBoundingClientRect().left")
    assert who == pytest.approx(0, abs=2)
    bar = page.locator("#tl-chart .tl-bar.tl-stop", has_text="Zhoushan").first
    bar.scroll_into_view_if_needed()
    bar.click()
    page.wait_for_timeout(1600)
    assert "Zhoushan" in loaded.eval("() => document.querySelector('.leaflet-popup-content').textContent")
    boxes = loaded.eval("""() => [...document.querySelectorAll('.leaflet-control')].map(c => c.getBoundingClientRect())
        .map(r => [r.left, r.right])""")
    assert all(left >= 0 and right <= 375 for left, right in boxes)  # no control runs off the screen
    loaded.page.locator(".tl-legend-toggle").click()
    assert loaded.page.locator(".tl-legend-body").is_visible()
    loaded.screenshot("page-375")
    assert loaded.problems == []
