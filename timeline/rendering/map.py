"""Itinerary -> :class:`folium.Map`: numbered stops, legs with arrows, a time slider.

A pure function: nothing is read or written.  The stops, legs and region labels
are not one folium object each.  Python writes them once, as one compact JSON
block (strings interned, coordinates to 5 decimals, about 1 m), and a small
script shipped in ``templates/itinerary.js`` builds the Leaflet layers in the
browser.  That keeps 10,000 stops under a third of a second of Python and
about a megabyte of HTML (see ``docs/rendering.md``).

Under the stops lies a bundled vector basemap (Natural Earth countries and
China's provinces, see ``_basemap.py``), so the page reads with no network;
online tiles, when given, are a layer over it that the legend can switch off.
Per person the page has one ``FeatureGroup`` holding that person's badges,
legs, region markers and ``leaflet.timeline`` layer; the legend lists people
(click a name to zoom to that person's stops) and says what the marks mean.
A ``TimelineSliderControl`` filters: a stop or leg shows once the slider has
passed its first day (undated stops always show), the trip under way is
highlighted, and the stops active on the day are ringed.  Labels are placed
so that none covers another or a badge.

>>> from timeline.model import Itinerary
>>> m = render_map(Itinerary(()), tiles=None)
>>> type(m).__name__
'Map'
"""

from __future__ import annotations

import html
import importlib.resources
import json
from collections.abc import Sequence
from functools import cache
from typing import Any, Literal

import folium
from branca.element import Element, Figure, MacroElement

from gazetteer.model import PlaceKind, Resolved
from timeline.errors import UsageError
from timeline.model import DateSpan, Itinerary, TripStatus
from timeline.rendering._assets import asset_tags
from timeline.rendering._assets import script_text as _script_text
from timeline.rendering._basemap import basemap_text, outline_ref
from timeline.rendering._common import day_number, describe_span, evidence_text, palette, source_href
from timeline.rendering._names import people as people_names
from timeline.rendering._names import person_key, place_names, trip_lang

__all__ = ["DEFAULT_CLUSTER_THRESHOLD", "map_html", "render_map"]

DEFAULT_CLUSTER_THRESHOLD = 500
"""Past this many stops, badges cluster and legs lose their arrows (drawn on a canvas)."""

Assets = Literal["cdn", "inline"]

_CITY_KINDS = (PlaceKind.ADMIN2, PlaceKind.CITY, PlaceKind.COUNTY, PlaceKind.TOWN)
_OFFSET_PX = 5.0
_NO_STOPS_VIEW = ([20.0, 0.0], 2)


@cache
def _template_text(name: str) -> str:
    return (importlib.resources.files("timeline.rendering") / "templates" / name).read_text(encoding="utf-8")


def _style_text(name: str) -> str:
    """A page part's style sheet after the fonts every part shares (``fonts.css``)."""
    return _template_text("fonts.css") + _template_text(name)


def _json_for_script(data: Any) -> str:
    """JSON that may sit inside a ``<script>`` element ("</" cannot end it early)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


class _Strings:
    """Interned, HTML-escaped strings: the JSON holds each text once."""

    def __init__(self) -> None:
        self.table: list[str] = []
        self._index: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        found = self._index.get(text)
        if found is None:
            found = self._index[text] = len(self.table)
            self.table.append(html.escape(text, quote=True))
        return found


def _payload(itinerary: Itinerary, cluster_threshold: int) -> tuple[dict[str, Any], list[str]]:
    """The compact data ``itinerary.js`` reads, and the people's colours."""
    # one entry per person however many scripts name them (李强 and Li Qiang), labelled as the
    # first report writes the name, the other script beside it
    names = people_names(itinerary.trips)
    colours = palette(len(names))
    person_index = {p.key: i for i, p in enumerate(names)}
    strings = _Strings()
    people: list[list[Any]] = [
        [html.escape(p.label), html.escape(p.title), colour, html.escape(p.other), p.code]
        for p, colour in zip(names, colours, strict=True)
    ]

    sources: list[list[int]] = []
    source_index: dict[tuple[str, str], int] = {}
    trips: list[list[Any]] = []
    stops: list[list[Any]] = []
    legs: list[int] = []
    regions: list[list[Any]] = []
    shared: dict[tuple[tuple[float, float], tuple[float, float]], list[int]] = {}
    raw_legs: list[tuple[int, int, int, tuple[Any, Any], bool]] = []
    days: list[int] = []
    divisions: dict[int, list[Any]] = {}

    for trip_no, trip in enumerate(itinerary.trips):
        person = person_index[person_key(trip.person)]
        trip_sources = []
        for src in trip.sources:
            src_key = (src.path, src.headline)
            if src_key not in source_index:
                href = source_href(src.path)
                source_index[src_key] = len(sources)
                sources.append([strings(src.headline), strings(href) if href else -1, strings(src.path)])
            trip_sources.append(source_index[src_key])
        dated = isinstance(trip.span, DateSpan)
        trips.append(
            [
                person,
                strings(describe_span(trip.span)),
                trip_sources,
                1 if trip.status is TripStatus.PLANNED else 0,
                day_number(trip.span.start) if isinstance(trip.span, DateSpan) else None,
                trip.span.days - 1 if isinstance(trip.span, DateSpan) else None,
                strings(f"{trip.kind.value} trip"),
            ]
        )
        if dated:
            assert isinstance(trip.span, DateSpan)
            days.extend((day_number(trip.span.start), day_number(trip.span.end)))

        lang = trip_lang(trip)
        previous: int | None = None
        has_city = False
        seq = 0
        for stop in trip.stops:
            if not isinstance(stop.place, Resolved):
                continue
            place = stop.place.place
            has_city = has_city or place.kind in _CITY_KINDS
            span = stop.span
            evidence = evidence_text(stop, trip)
            seq += 1  # numbered in itinerary order, as the exports number them
            if isinstance(span, DateSpan):
                days.extend((day_number(span.start), day_number(span.end)))
            named = place_names(stop.place, lang)
            stops.append(
                [
                    trip_no,
                    seq,
                    round(place.lat, 5),
                    round(place.lon, 5),
                    strings(named.label),
                    day_number(span.start) if isinstance(span, DateSpan) else None,
                    span.days - 1 if isinstance(span, DateSpan) else None,
                    strings(describe_span(span)),
                    strings(evidence) if evidence else -1,
                    strings(named.other) if named.other else -1,
                    named.code,
                ]
            )
            index = len(stops) - 1
            if previous is not None:
                a = (stops[previous][2], stops[previous][3])
                b = (stops[index][2], stops[index][3])
                key = (a, b) if a <= b else (b, a)
                users = shared.setdefault(key, [])
                if person not in users:
                    users.append(person)
                raw_legs.append((previous, index, person, key, a <= b))
            previous = index
        seen = set()
        for region in trip.regions:
            if not isinstance(region, Resolved) or region.place.geonameid in seen:
                continue
            seen.add(region.place.geonameid)
            place = region.place
            named = place_names(region, lang)
            if not has_city:
                regions.append(
                    [
                        trip_no,
                        round(place.lat, 5),
                        round(place.lon, 5),
                        strings(named.label),
                        outline_ref(place),
                        strings(named.other) if named.other else -1,
                        named.code,
                    ]
                )
            elif place.kind is PlaceKind.ADMIN1:
                divisions.setdefault(
                    place.geonameid,
                    [round(place.lat, 5), round(place.lon, 5), strings(named.label), named.code],
                )

    # A leg two people share is drawn side by side; the sign follows the line's direction.
    shifts: list[list[float]] = []
    for a_index, _b_index, person, key, forward in raw_legs:
        legs.append(a_index)
        users = shared[key]
        if len(users) > 1:
            offset = (users.index(person) - (len(users) - 1) / 2) * _OFFSET_PX
            shifts.append([a_index, offset if forward else -offset])

    # The script fits the map to the view before it adds a layer, so that clusters are made
    # once, at the final zoom; it leaves room for the controls, which then hide no stop.
    points = [(row[2], row[3]) for row in stops] + [(row[1], row[2]) for row in regions]
    region_names = {row[3] for row in regions}
    many = len(stops) > cluster_threshold
    payload = {
        "bounds": _box(points),
        "view": _box(_densest(points)),
        "days": [min(days), max(days)] if days else None,
        "divisions": [d for d in divisions.values() if d[2] not in region_names],
        "people": people,
        "strings": strings.table,
        "sources": sources,
        "trips": trips,
        "stops": stops,
        "legs": legs,
        "shifts": shifts,
        "regions": regions,
        "cluster": many,
        "arrows": not many,
    }
    return payload, colours


def _box(points: Sequence[tuple[float, float]]) -> list[list[float]] | None:
    if not points:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


_CELL_DEG = 6.0
"""Stops closer than about this (in degrees) belong to one group for the first view."""


def _densest(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points of the largest group, where "most stops are", not the box around outliers.

    Points fall into cells of ``_CELL_DEG`` degrees; touching cells (eight neighbours) form
    one group.  When the largest group holds less than 40% of the points there is no main
    area and every point counts.  Linear in the number of points.
    """
    if len(points) < 3:
        return list(points)
    cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for lat, lon in points:
        cells.setdefault((int(lat // _CELL_DEG), int(lon // _CELL_DEG)), []).append((lat, lon))
    seen: set[tuple[int, int]] = set()
    best: list[tuple[float, float]] = []
    for start in sorted(cells):
        if start in seen:
            continue
        seen.add(start)
        todo, group = [start], []
        while todo:
            cell = todo.pop()
            group.extend(cells[cell])
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    near = (cell[0] + dy, cell[1] + dx)
                    if near in cells and near not in seen:
                        seen.add(near)
                        todo.append(near)
        if len(group) > len(best):
            best = group
    return best if len(best) * 5 >= len(points) * 2 else list(points)


class _Raw(Element):
    """Text put into the page as it is.

    ``branca.Element(text)`` compiles ``text`` as a jinja2 template: article
    text holding ``{{`` would be evaluated, and a megabyte of data takes a
    tenth of a second to compile.  This element never compiles its text.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class _RawMacro(MacroElement):
    """A macro element whose header, body and script parts are plain text (see :class:`_Raw`)."""

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]

    def parts(self) -> tuple[str, str, str]:
        """The ``<head>``, ``<body>`` and ``<script>`` texts (empty for none)."""
        raise NotImplementedError

    def render(self, **kwargs: Any) -> str:
        figure = self.get_root()
        assert isinstance(figure, Figure), "render the element inside a Figure"
        for text, target in zip(self.parts(), (figure.header, figure.html, figure.script), strict=True):
            if text:
                target.add_child(_Raw(text), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)
        return ""


class _Assets(_RawMacro):
    """The page's JS/CSS: linked from CDNs or inlined, plus the itinerary script and style."""

    def __init__(self, names: list[str], mode: Assets) -> None:
        super().__init__()
        self._name = "TimelineAssets"
        self.tags = "\n".join(
            [
                asset_tags(names, mode),
                f"<style>{_style_text('itinerary.css')}</style>",
                f"<script>{_script_text(_template_text('itinerary.js'))}</script>",
            ]
        )

    def parts(self) -> tuple[str, str, str]:
        return self.tags, "", ""


class _ItineraryLayer(_RawMacro):
    """The data blocks (itinerary and basemap) and the call that turns them into layers.

    The element ids derive from the layer's own name, which ``_number_ids`` makes
    the same on every run.
    """

    def __init__(self, data: str, groups: Sequence[folium.FeatureGroup]) -> None:
        super().__init__()
        self._name = "TimelineItinerary"
        self.data = data
        self.groups = list(groups)

    def parts(self) -> tuple[str, str, str]:
        name = self.get_name()
        assert self._parent is not None, "add the layer to a map first"
        body = (
            f'<script type="application/json" class="tl-data" id="{name}_data">{self.data}</script>\n'
            f'<script type="application/json" class="tl-basemap" id="{name}_basemap">{basemap_text()}</script>'
        )
        groups = ", ".join(g.get_name() for g in self.groups)
        script = (
            f"var {name} = TimelineItinerary.build({self._parent.get_name()},\n"
            f'    JSON.parse(document.getElementById("{name}_data").textContent), [{groups}],\n'
            f'    JSON.parse(document.getElementById("{name}_basemap").textContent));\n'
        )
        return "", body, script


def _tile_options(tiles: str) -> dict[str, Any]:
    """The URL template and Leaflet options of a folium tile name or URL."""
    layer = folium.TileLayer(tiles)
    options = {k: v for k, v in layer.options.items() if v is not None}
    camel = {
        "min_zoom": "minZoom",
        "max_zoom": "maxZoom",
        "max_native_zoom": "maxNativeZoom",
        "no_wrap": "noWrap",
        "detect_retina": "detectRetina",
    }
    return {"url": layer.tiles, "options": {camel.get(k, k): v for k, v in options.items()}}


def _build(
    itinerary: Itinerary,
    *,
    tiles: str | None,
    assets: Assets,
    cluster_threshold: int,
    height: str = "100%",
) -> tuple[folium.Map, _ItineraryLayer]:
    if assets not in ("cdn", "inline"):
        raise UsageError(f"assets must be 'cdn' or 'inline', not {assets!r}")
    if cluster_threshold < 0:
        raise UsageError(f"cluster_threshold must be >= 0, not {cluster_threshold}")
    payload, colours = _payload(itinerary, cluster_threshold)
    # Online tiles are a layer over the bundled basemap: where they cannot load, the basemap shows.
    payload["tiles"] = _tile_options(tiles) if tiles is not None else None
    location, zoom = _NO_STOPS_VIEW
    if payload["view"]:  # start near the final view; the script fits it before adding a layer
        (south, west), (north, east) = payload["view"]
        location, zoom = [(south + north) / 2, (west + east) / 2], 4
    m = folium.Map(location=location, zoom_start=zoom, tiles=None, control_scale=True, height=height)
    # markercluster needs the map's own maxZoom, which a tile layer would otherwise give.
    m.options["max_zoom"] = 18
    # Instance lists: Map.add_js_link would change the class-level list for every later map.
    m.default_js = []
    m.default_css = []
    names = ["leaflet_css", "leaflet", "textpath", "polylineoffset", "timeline"]
    if payload["cluster"]:
        names += ["markercluster_css", "markercluster_default_css", "markercluster"]
    _Assets(names, assets).add_to(m)

    groups = []
    for (name, *_rest), _c in zip(payload["people"], colours, strict=True):
        group = folium.FeatureGroup(name=name, control=False)
        group.add_to(m)
        groups.append(group)
    layer = _ItineraryLayer(_json_for_script(payload), groups)
    layer.add_to(m)
    _number_ids(m.get_root())
    return m, layer


def _number_ids(root: Element) -> None:
    """Number every element's id in tree order: folium's are random, and a page written twice
    from one itinerary should be the same bytes."""
    count = 0
    todo = [root]
    while todo:
        element = todo.pop(0)
        element._id = f"{count:04d}"
        count += 1
        todo.extend(element._children.values())


def render_map(
    itinerary: Itinerary,
    *,
    tiles: str | None = "OpenStreetMap",
    assets: Assets = "inline",
    cluster_threshold: int = DEFAULT_CLUSTER_THRESHOLD,
) -> folium.Map:
    """Draw an itinerary on a map.

    Args:
        itinerary: the trips to draw; unresolved stops have no place on the map
            and are left out (the exports keep them).
        tiles: a folium tile name or URL template, drawn over the bundled
            basemap when it loads; ``None`` for the basemap alone (no request).
        assets: ``"inline"`` (the default) writes Leaflet and its plugins into
            the page, one self-contained file; ``"cdn"`` links them from public
            CDNs for a smaller file that needs the network.
        cluster_threshold: past this many stops, badges cluster and legs are
            drawn on a canvas without arrows.

    Returns:
        The map; ``map_html`` gives its HTML text.

    Raises:
        UsageError: ``assets`` or ``cluster_threshold`` is not a valid value.
    """
    return _build(itinerary, tiles=tiles, assets=assets, cluster_threshold=cluster_threshold)[0]


def map_html(
    itinerary: Itinerary,
    *,
    tiles: str | None = "OpenStreetMap",
    assets: Assets = "inline",
    cluster_threshold: int = DEFAULT_CLUSTER_THRESHOLD,
) -> str:
    """The HTML page of :func:`render_map` (self-contained unless ``assets="cdn"``)."""
    m = render_map(itinerary, tiles=tiles, assets=assets, cluster_threshold=cluster_threshold)
    return str(m.get_root().render())
