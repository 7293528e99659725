"""The map and timeline HTML, for any itinerary: one marker per resolved stop, one line per leg."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given

from gazetteer.model import Place, PlaceKind, Resolved
from timeline.errors import UsageError
from timeline.export import from_json
from timeline.model import DateSpan, Evidence, Itinerary, Person, Source, Stop, Trip
from timeline.rendering import map_html, render_map, render_page, render_timeline
from timeline.rendering._assets import ASSETS
from timeline.rendering._names import han, place_names
from timeline.testing import strategies as tst

SAMPLE = from_json((Path(__file__).parent / "sample_itinerary.json").read_text(encoding="utf-8"), Itinerary)
DATA = re.compile(r'<script type="application/json" class="tl-data"\s+id="[^"]+">(.*?)</script>', re.S)


def data_of(page: str) -> dict:
    blocks = DATA.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def resolved_by_trip(itinerary: Itinerary):
    return [[s for s in t.stops if isinstance(s.place, Resolved)] for t in itinerary.trips]


@given(tst.itineraries())
def test_one_marker_per_resolved_stop_and_one_line_per_leg(itinerary):
    data = data_of(map_html(itinerary, tiles=None))
    per_trip = resolved_by_trip(itinerary)
    expected = [(i, s) for i, stops in enumerate(per_trip) for s in stops]
    assert len(data["stops"]) == len(expected)
    assert len(data["legs"]) == sum(max(0, len(stops) - 1) for stops in per_trip)
    for row, (trip_no, stop) in zip(data["stops"], expected, strict=True):
        place = stop.place.place
        assert row[0] == trip_no
        assert (row[2], row[3]) == (round(place.lat, 5), round(place.lon, 5))  # [lat, lon] as Leaflet wants
        assert -90 <= row[2] <= 90
        assert -180 <= row[3] <= 180
        names = place_names(stop.place)  # the words as written in Chinese characters, else the gazetteer's name
        assert data["strings"][row[4]] == html.escape(names.label)
        assert row[9] == -1 if not names.other else data["strings"][row[9]] == html.escape(names.other)
        if not han(stop.place.text):
            assert names.label == place.name
        elif len(stop.place.text) > 1:
            assert names.label == stop.place.text
    for a in data["legs"]:  # a leg runs from stop a to stop a + 1
        assert data["stops"][a][0] == data["stops"][a + 1][0]  # within its trip
        assert data["stops"][a + 1][1] == data["stops"][a][1] + 1  # between consecutive stops
    assert data["cluster"] is (len(expected) > 500)


@given(tst.itineraries())
def test_article_text_is_escaped(itinerary):
    data = data_of(map_html(itinerary, tiles=None))
    for text in data["strings"]:
        assert "<" not in text
        assert ">" not in text
        assert '"' not in text


def test_numbers_and_dates_of_the_sample():
    data = data_of(map_html(SAMPLE))
    rows = [(r[1], data["strings"][r[4]], data["strings"][r[7]]) for r in data["stops"]]
    assert rows == [
        (1, "Ningbo", "9 Oct 2025"),
        (2, "Zhoushan", "10 Oct 2025"),
        (3, "Hangzhou", "10–11 Oct 2025"),
        (1, "Suzhou", "Oct 2025"),
        (2, "Ningbo", "10 Oct 2025"),
        (3, "Zhoushan", "date unknown"),
    ]
    # Both people go from Ningbo to Zhoushan: the two lines are drawn side by side.
    assert data["legs"] == [0, 1, 3, 4]
    offsets = dict(data["shifts"])
    assert offsets[0] != 0
    assert offsets[4] == -offsets[0]
    assert 1 not in offsets  # Zhoushan-Hangzhou is Zhang's alone
    assert [data["strings"][g[3]] for g in data["regions"]] == ["Guangdong"]


def test_script_end_tag_in_text_cannot_escape_the_data_block():
    nasty = "</script><script>alert(1)</script>"
    place = Place(1, nasty, PlaceKind.CITY, "CN", "", 30.0, 120.0)
    trip = Trip(
        Person(nasty),
        stops=(Stop(Resolved(nasty, place, "unique"), DateSpan.day(dt.date(2025, 1, 1)),
                    (Evidence(0, len(nasty), nasty, "t"),)),),
        sources=(Source("javascript:alert(1)", nasty),),
    )
    itinerary = Itinerary((trip,))
    for page in (map_html(itinerary), render_page(itinerary), render_timeline(itinerary)):
        assert "<script>alert(1)" not in page
        assert 'href="javascript:' not in page
    assert data_of(map_html(Itinerary((trip,))))["sources"][0][1] == -1  # no link for a non-web path


def test_cdn_page_links_only_what_it_uses():
    page = map_html(SAMPLE, assets="cdn")
    links = re.findall(r'(?:src|href)="(https://[^"]+\.(?:js|css))"', page)
    used = ("leaflet_css", "leaflet", "textpath", "polylineoffset", "timeline")
    assert sorted(links) == sorted(ASSETS[n].url for n in used)
    assert "jquery" not in page
    assert "bootstrap" not in page


@pytest.mark.parametrize("render", [map_html, render_page])
def test_default_page_is_self_contained(render):
    page = render(SAMPLE)  # the defaults: inline assets, tiles over the bundled basemap
    assert not re.search(r'<script[^>]+src=|<link[^>]+href=', page)
    assert not re.search(r"url\(\s*[\"']?(https?:|//)", page)  # stylesheet images are data URIs
    assert 'class="tl-basemap"' in page
    # (the browser tests load these pages with every request refused)
    assert len(page) < 650_000
    cdn = render(SAMPLE, assets="cdn")
    assert len(cdn) < len(page) - 150_000  # --cdn: a smaller file that links the scripts


def test_clustering_past_the_threshold():
    data = data_of(map_html(SAMPLE, cluster_threshold=2))
    assert data["cluster"] is True
    assert data["arrows"] is False
    assert "leaflet.markercluster" in map_html(SAMPLE, cluster_threshold=2)


def test_bad_arguments():
    with pytest.raises(UsageError):
        render_map(SAMPLE, assets="local")  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        render_map(SAMPLE, cluster_threshold=-1)


def test_empty_itinerary_renders():
    assert data_of(map_html(Itinerary(())))["stops"] == []
    assert "No trips to show." in render_timeline(Itinerary(()))


@given(tst.itineraries())
def test_timeline_bar_per_dated_trip_and_stop(itinerary):
    page = render_timeline(itinerary)
    bars = re.findall(r'<div class="tl-bar tl-(trip|stop)', page)
    assert bars.count("trip") == sum(isinstance(t.span, DateSpan) for t in itinerary.trips)
    assert bars.count("stop") == sum(isinstance(s.span, DateSpan) for s in itinerary.stops())
    for left, width in re.findall(r"left:([\d.]+)%;width:([\d.]+)%", page):
        assert 0 <= float(left) <= 100
        assert 0 < float(width) <= 100.0001
        assert float(left) + float(width) <= 100.0001


def _later(itinerary: Itinerary, days: int) -> Itinerary:
    """The itinerary plus a copy of its trips ``days`` later: the sample's bars become narrow."""
    shift = dt.timedelta(days=days)

    def moved(span):
        return attrs.evolve(span, start=span.start + shift, end=span.end + shift) if isinstance(span, DateSpan) else span

    copies = tuple(
        attrs.evolve(t, span=moved(t.span), stops=tuple(attrs.evolve(s, span=moved(s.span)) for s in t.stops))
        for t in itinerary.trips
    )
    return Itinerary(itinerary.trips + copies)


def test_narrow_bars_put_their_label_beside_them():
    wide = render_timeline(SAMPLE)
    outside = re.compile(r'class="tl-bar tl-(?:trip|stop)[^"]*tl-out-(after|before)"')
    # A month on the axis: Li's month-long bars hold their labels, the few days' bars do not.
    assert len(outside.findall(wide)) == wide.count('<div class="tl-bar ') - 2
    narrow = render_timeline(_later(SAMPLE, 400))
    sides = outside.findall(narrow)
    assert "after" in sides  # the first trips' labels follow their bars
    assert "before" in sides  # the last ones, near the axis's end, precede them
    assert re.search(r'<span class="tl-label">1\. Ningbo</span>', narrow)


@given(tst.itineraries())
def test_bars_and_their_labels_never_overlap_in_a_lane(itinerary):
    from timeline.rendering.timeline import _layout

    for row in _layout(itinerary).rows:
        lanes: dict[int, list[tuple[float, float]]] = {}
        for bar in row.bars:
            lanes.setdefault(bar.lane, []).append(bar.extent)
        for extents in lanes.values():
            extents.sort()
            for (_, hi), (lo, _) in itertools.pairwise(extents):
                assert hi <= lo + 1e-6


FIXTURES = from_json((Path(__file__).parent / "fixtures_itinerary.json").read_text(encoding="utf-8"), Itinerary)


@pytest.mark.parametrize("render", [map_html, render_page, render_timeline])
def test_pages_are_the_same_bytes_run_to_run(render):
    assert render(FIXTURES) == render(FIXTURES)
    assert not re.search(r"_[0-9a-f]{32}\b", render(FIXTURES))  # no random folium ids left


def test_first_view_is_where_most_stops_are():
    # Thirty stops in China, one trip to Wellington and one to Rostock: the view is China's.
    data = data_of(map_html(FIXTURES))
    (south, west), (north, east) = data["view"]
    assert 15 < south < north < 45
    assert 95 < west < east < 125
    (all_south, all_west), (_n, all_east) = data["bounds"]
    assert all_south < -40  # Wellington
    assert all_west < 15  # Rostock, Rome
    assert all_east > 170


def test_basemap_is_bundled_small_and_sourced():
    from timeline.rendering._basemap import basemap_text

    text = basemap_text()
    assert len(text.encode()) < 400_000
    basemap = json.loads(text)
    names = {row[0] for row in basemap["countries"]}
    assert {"China", "Vietnam", "Laos", "New Zealand", "Germany", "Kazakhstan"} <= names
    assert len(basemap["admin1"]["CHN"]) >= 31  # China's provinces, municipalities and regions
    sources = (Path(__file__).parents[2] / "timeline" / "rendering" / "data" / "SOURCES.md").read_text()
    assert "Natural Earth" in sources
    assert "public domain" in sources


def test_regions_of_trips_without_stops_have_outlines():
    data = data_of(map_html(FIXTURES))
    regions = {data["strings"][g[3]]: g[4] for g in data["regions"]}
    assert set(regions) == {"Chongqing", "Guizhou", "Vietnam", "Laos"}
    assert all(ref is not None for ref in regions.values())
    # Zhao Leji's visit is planned: its legs would be dashed, and the legend says so.
    assert [t[3] for t in data["trips"]].count(1) == 2


@pytest.mark.parametrize("command", ["map", "timeline"])
def test_command_line_pages_are_self_contained_unless_cdn(tmp_path, command):
    from timeline.cli import main

    report = Path(__file__).parents[2] / "fixtures" / "002_4f72e164766651ba"
    pages = {}
    for flags in ([], ["--cdn"]):
        out = tmp_path / f"{command}{len(flags)}.html"
        assert main([command, str(report), "-o", str(out), "-q", *flags]) == 0
        pages[bool(flags)] = out.read_text(encoding="utf-8")
    default, cdn = pages[False], pages[True]
    assert not re.search(r'<script[^>]+src=|<link[^>]+href=', default)  # scripts and styles inline
    assert 'class="tl-basemap"' in default  # the basemap, always
    assert 'class="tl-basemap"' in cdn
    links = re.findall(r'(?:src|href)="(https://[^"]+\.(?:js|css))"', cdn)
    used = ("leaflet_css", "leaflet", "textpath", "polylineoffset", "timeline")
    assert sorted(links) == sorted(ASSETS[n].url for n in used)
    assert len(cdn) < len(default) - 150_000
