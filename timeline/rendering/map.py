"""Itinerary -> :class:`folium.Map`: numbered stops, legs with arrows, a time slider.

A pure function: nothing is read or written.  The stops, legs and region labels
are not one folium object each.  Python writes them once, as one compact JSON
block (strings interned, coordinates to 5 decimals, about 1 m), and a small
script shipped in ``templates/itinerary.js`` builds the Leaflet layers in the
browser.  That keeps 10,000 stops under a third of a second of Python and
about a megabyte of HTML (see ``docs/rendering.md``).

Per person the page has one ``FeatureGroup`` (listed in the ``LayerControl``
with the person's colour) holding that person's badges, legs, region labels
and ``leaflet.timeline`` layer.  A ``TimelineSliderControl`` drives every
person's timeline: at the chosen day it rings exactly the stops active on it.

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
from timeline.model import DateSpan, Itinerary
from timeline.rendering._assets import asset_tags
from timeline.rendering._assets import script_text as _script_text
from timeline.rendering._common import day_number, describe_span, evidence_text, palette, source_href

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
    names = itinerary.people()
    colours = palette(len(names))
    person_index = {name: i for i, name in enumerate(names)}
    strings = _Strings()
    people: list[list[Any]] = []
    for name in names:
        first = next(t.person for t in itinerary.trips if t.person.name == name)
        title = first.title.name if first.title else ""
        people.append([html.escape(name), html.escape(title), colours[len(people)]])

    sources: list[list[int]] = []
    source_index: dict[tuple[str, str], int] = {}
    trips: list[list[Any]] = []
    stops: list[list[Any]] = []
    legs: list[int] = []
    regions: list[list[Any]] = []
    shared: dict[tuple[tuple[float, float], tuple[float, float]], list[int]] = {}
    raw_legs: list[tuple[int, int, int, tuple[Any, Any], bool]] = []

    for trip_no, trip in enumerate(itinerary.trips):
        person = person_index[trip.person.name]
        trip_sources = []
        for src in trip.sources:
            src_key = (src.path, src.headline)
            if src_key not in source_index:
                href = source_href(src.path)
                source_index[src_key] = len(sources)
                sources.append([strings(src.headline), strings(href) if href else -1, strings(src.path)])
            trip_sources.append(source_index[src_key])
        trips.append([person, strings(describe_span(trip.span)), trip_sources])

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
            stops.append(
                [
                    trip_no,
                    seq,
                    round(place.lat, 5),
                    round(place.lon, 5),
                    strings(place.name),
                    day_number(span.start) if isinstance(span, DateSpan) else None,
                    span.days - 1 if isinstance(span, DateSpan) else None,
                    strings(describe_span(span)),
                    strings(evidence) if evidence else -1,
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
        if not has_city:
            seen = set()
            for region in trip.regions:
                if isinstance(region, Resolved) and region.place.geonameid not in seen:
                    seen.add(region.place.geonameid)
                    place = region.place
                    regions.append([trip_no, round(place.lat, 5), round(place.lon, 5), strings(place.name)])

    # A leg two people share is drawn side by side; the sign follows the line's direction.
    shifts: list[list[float]] = []
    for a_index, _b_index, person, key, forward in raw_legs:
        legs.append(a_index)
        users = shared[key]
        if len(users) > 1:
            offset = (users.index(person) - (len(users) - 1) / 2) * _OFFSET_PX
            shifts.append([a_index, offset if forward else -offset])

    # The script fits the map to these bounds before it adds a layer, so that clusters are made
    # once, at the final zoom; it leaves room at the bottom for the slider, which then hides no stop.
    points = [(row[2], row[3]) for row in stops] + [(row[1], row[2]) for row in regions]
    bounds = None
    if points:
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        bounds = [[min(lats), min(lons)], [max(lats), max(lons)]]
    many = len(stops) > cluster_threshold
    payload = {
        "bounds": bounds,
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

    def __init__(self, names: list[str], mode: Assets, *, blank: bool) -> None:
        super().__init__()
        self._name = "TimelineAssets"
        css = _template_text("itinerary.css")
        if blank:
            css += ".leaflet-container { background: #eef0f2; }\n"
        self.tags = "\n".join(
            [
                asset_tags(names, mode),
                f"<style>{css}</style>",
                f"<script>{_script_text(_template_text('itinerary.js'))}</script>",
            ]
        )

    def parts(self) -> tuple[str, str, str]:
        return self.tags, "", ""


class _FitView(_RawMacro):
    """Fits the map to the stops at once, before any layer is added.

    Run right after the map is made, ahead of the tile layer and the stops: a
    later, animated ``fitBounds`` left the stops clustered at the first zoom
    while the map zoomed out, and re-clustering them when the animation ended
    took over a second at 10,000 stops; the first view's tiles were also
    fetched for nothing.
    """

    def __init__(self, bounds: list[list[float]], *, dated: bool) -> None:
        super().__init__()
        self._name = "TimelineFitView"
        self.bounds = bounds
        self.dated = dated

    def parts(self) -> tuple[str, str, str]:
        assert self._parent is not None, "add the view to a map first"
        args = f"{self._parent.get_name()}, {_json_for_script(self.bounds)}, {json.dumps(self.dated)}"
        return "", "", f"TimelineItinerary.fit({args});\n"


class _ItineraryLayer(_RawMacro):
    """The data block and the call that turns it into layers."""

    def __init__(self, data: str, groups: Sequence[folium.FeatureGroup]) -> None:
        super().__init__()
        self._name = "TimelineItinerary"
        self.data = data
        self.groups = list(groups)

    def parts(self) -> tuple[str, str, str]:
        name = self.get_name()
        assert self._parent is not None, "add the layer to a map first"
        body = f'<script type="application/json" class="tl-data" id="{name}_data">{self.data}</script>'
        groups = ", ".join(g.get_name() for g in self.groups)
        script = (
            f"var {name} = TimelineItinerary.build({self._parent.get_name()},\n"
            f'    JSON.parse(document.getElementById("{name}_data").textContent), [{groups}]);\n'
        )
        return "", body, script


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
    location, zoom = _NO_STOPS_VIEW
    if payload["bounds"]:  # start near the final view, so fewer tiles are fetched and dropped
        (south, west), (north, east) = payload["bounds"]
        location, zoom = [(south + north) / 2, (west + east) / 2], 6
    m = folium.Map(location=location, zoom_start=zoom, tiles=None, control_scale=True, height=height)
    # markercluster needs the map's own maxZoom, which a tile layer would otherwise give.
    m.options["max_zoom"] = 18
    if payload["bounds"]:
        dated = any(row[5] is not None for row in payload["stops"])
        _FitView(payload["bounds"], dated=dated).add_to(m)
    if tiles is not None:
        # One background needs no entry in the layer control.
        folium.TileLayer(tiles, control=False).add_to(m)
    # Instance lists: Map.add_js_link would change the class-level list for every later map.
    m.default_js = []
    m.default_css = []
    names = ["leaflet_css", "leaflet", "textpath", "polylineoffset", "timeline"]
    if payload["cluster"]:
        names += ["markercluster_css", "markercluster_default_css", "markercluster"]
    _Assets(names, assets, blank=tiles is None).add_to(m)

    groups = []
    for (name, _title, _colour), colour in zip(payload["people"], colours, strict=True):
        label = f'<span class="tl-swatch" style="background:{colour}"></span>{name}'
        group = folium.FeatureGroup(name=label)
        group.add_to(m)
        groups.append(group)
    layer = _ItineraryLayer(_json_for_script(payload), groups)
    layer.add_to(m)
    if groups:
        # Open, it lists every person; past eight it would hide a good part of the map.
        folium.LayerControl(collapsed=len(groups) > 8).add_to(m)
    return m, layer


def render_map(
    itinerary: Itinerary,
    *,
    tiles: str | None = "OpenStreetMap",
    assets: Assets = "cdn",
    cluster_threshold: int = DEFAULT_CLUSTER_THRESHOLD,
) -> folium.Map:
    """Draw an itinerary on a map.

    Args:
        itinerary: the trips to draw; unresolved stops have no place on the map
            and are left out (the exports keep them).
        tiles: a folium tile name or URL template; ``None`` for a blank
            background that needs no network.
        assets: ``"cdn"`` links Leaflet and its plugins from public CDNs;
            ``"inline"`` writes them into the page (one self-contained file).
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
    assets: Assets = "cdn",
    cluster_threshold: int = DEFAULT_CLUSTER_THRESHOLD,
) -> str:
    """The HTML page of :func:`render_map` (self-contained when ``assets="inline"``)."""
    m = render_map(itinerary, tiles=tiles, assets=assets, cluster_threshold=cluster_threshold)
    return str(m.get_root().render())
