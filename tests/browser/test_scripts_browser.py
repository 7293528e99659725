"""Chinese and English names on the map and the chart in a real browser (issue 15, item 7): the label
is text in the report's script with its ``lang``, set in a system CJK font (no font is fetched), the
other script is in the popup and the tooltip."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from timeline.model import DateSpan, Itinerary, Person, Trip
from timeline.rendering import map_html, render_page

# the itineraries of the rendering tests (a Chinese and an English report of Li Qiang's trip)
_spec = importlib.util.spec_from_file_location(
    "_scripts_pages", Path(__file__).parent.parent / "rendering" / "test_scripts_pages.py"
)
assert _spec is not None
assert _spec.loader is not None
_pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_pages)
CHINESE, ENGLISH = _pages.CHINESE, _pages.ENGLISH

pytestmark = pytest.mark.browser

ITIN = "Object.values(window).find(v => v && v.timelineItinerary).timelineItinerary"
# Wang Yi's trip: a second person, labelled in English, so that both scripts are on one map
WANG = Trip(
    Person("Wang Yi", ENGLISH.person.title),
    span=DateSpan.day(dt.date(2025, 10, 20)),
    stops=ENGLISH.stops[1:],
    sources=ENGLISH.sources,
)
NAMES = """() => [...document.querySelectorAll('.tl-stop .tl-name')].map(el => ({
  text: el.textContent, lang: el.getAttribute('lang'), font: getComputedStyle(el).fontFamily,
  shown: el.getBoundingClientRect().width > 0 && !el.classList.contains('tl-off')}))"""
POPUP = """(i) => { ITIN.openStop(i); const p = [...document.querySelectorAll('.tl-popup')].pop();
  return {place: p.querySelector('.tl-pop-place').textContent, person: p.querySelector('.tl-pop-person').textContent,
          other: [...p.querySelectorAll('.tl-other')].map(el => [el.textContent, el.getAttribute('lang')])}; }""".replace("ITIN", ITIN)


def test_map_labels_in_the_report_script_and_popups_in_both(open_html) -> None:  # type: ignore[no-untyped-def]
    loaded = open_html(map_html(Itinerary((CHINESE, WANG)), tiles=None), cdn=False, tiles=False, name="scripts-map")
    assert loaded.problems == []  # no font (or anything else) was asked for
    names = loaded.eval(NAMES)
    assert [(n["text"], n["lang"]) for n in names] == [("宁波", "zh-Hans"), ("舟山", "zh-Hans"), ("Zhoushan", None)]
    assert all(n["shown"] for n in names if n["lang"]), names  # the Chinese labels are text on the page
    zh_font = names[0]["font"]
    assert zh_font.startswith('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC"'), zh_font
    assert names[2]["font"].startswith("system-ui"), names[2]["font"]

    assert loaded.eval(POPUP, 0) == {
        "place": "1. 宁波 Ningbo",
        "person": "李强 Li Qiang, 国务院总理",
        "other": [["Ningbo", "en"], ["Li Qiang", "en"]],
    }
    assert loaded.eval(POPUP, 2) == {
        "place": "1. Zhoushan 舟山",
        "person": "Wang Yi 王毅, Premier",
        "other": [["舟山", "zh-Hans"], ["王毅", "zh-Hans"]],
    }
    legend = loaded.eval("() => [...document.querySelectorAll('.tl-legend-zoom')].map(b => b.textContent)")
    assert legend == ["李强", "Wang Yi"]
    loaded.screenshot("scripts-map")


def test_chart_labels_in_the_report_script(open_html) -> None:  # type: ignore[no-untyped-def]
    loaded = open_html(render_page(Itinerary((CHINESE, WANG)), tiles=None), cdn=False, tiles=False,
                       name="scripts-page")  # fmt: skip
    assert loaded.problems == []
    rows = loaded.eval("""() => [...document.querySelectorAll('#tl-chart .tl-who')].map(el => ({
      title: el.title, name: el.querySelector('[lang]') ? el.querySelector('[lang]').textContent : el.textContent}))""")
    assert rows[0] == {"title": "Li Qiang", "name": "李强"}
    assert rows[1]["title"] == "王毅"
    labels = loaded.eval("""() => [...document.querySelectorAll('#tl-chart .tl-label')].map(el => ({
      text: el.textContent, lang: el.getAttribute('lang'), width: el.getBoundingClientRect().width,
      font: getComputedStyle(el).fontFamily}))""")
    chinese = [x for x in labels if x["lang"] == "zh-Hans"]
    assert [x["text"] for x in chinese] == ["1. 宁波", "2. 舟山"]
    assert all(x["width"] > 0 and x["font"].startswith('"Noto Sans CJK SC"') for x in chinese)
    loaded.screenshot("scripts-page")
