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
