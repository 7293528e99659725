"""Itinerary -> HTML timeline, and the page that links it to the map.

The timeline is a jinja2 template shipped in ``templates/``: one row per
person, one bar per trip and per dated stop on an axis of days.  Spans are
inclusive (a one-day stop is one day wide); a span known only to the month or
year is drawn over that whole month or year, hatched, so it does not pass for
exact days.  Hovering a bar shows the evidence.  No script is needed to read it.

:func:`render_page` puts the map above the timeline in one page: clicking a bar
moves the time slider to its first day and flies the map to the stop (or to the
trip's stops); moving the slider highlights the bars active on that day.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import cache
from typing import Any, Literal

import attrs
import jinja2
from attrs import frozen
from branca.element import Figure

from gazetteer.model import Resolved
from timeline.model import DateSpan, Itinerary, Precision, Unknown
from timeline.rendering._common import describe_span, evidence_text, palette
from timeline.rendering._names import han, person_key, place_names, trip_lang
from timeline.rendering._names import people as people_names
from timeline.rendering.map import DEFAULT_CLUSTER_THRESHOLD, _build, _Raw, _style_text, _template_text

__all__ = ["render_page", "render_timeline"]

Assets = Literal["cdn", "inline"]


# Bar labels.  A bar too narrow for its label shows the label beside it (after it, or before it
# near the axis's end), and the lanes are packed so that no label covers another bar.  Whether a
# label fits is decided here, on an axis never narrower than _MIN_AXIS_PX (the chart scrolls
# sideways below that): wider screens only leave more room.  _CHAR_PX is a generous average
# advance of 13 px system-ui (bold for trips), so an estimate errs towards "does not fit"; a Chinese
# character (any East Asian wide or full-width one) is a square, _WIDE_PX.
_MIN_AXIS_PX = 760.0
_CHAR_PX = {"trip": 8.0, "stop": 7.4}
_WIDE_PX = 14.0


def _text_px(text: str, kind: Literal["trip", "stop"]) -> float:
    narrow = _CHAR_PX[kind]
    return sum(_WIDE_PX if unicodedata.east_asian_width(ch) in "WF" else narrow for ch in text)

_PAD_PX = 12.0  # the bar's own padding and border, or the gap between bar and outside label


@frozen
class _Bar:
    kind: Literal["trip", "stop"]
    label: str
    hover: str
    words: str  # the dates in words ("9–11 Oct 2025"), for screen readers
    start: dt.date
    end: dt.date
    fuzzy: bool
    left: float  # percent of the axis
    width: float
    lane: int = 0
    trip: int = 0
    stop: int | None = None  # index among the map's stops; None when not on the map
    outside: Literal["", "after", "before"] = ""  # where the label goes when the bar is too narrow
    lang: str = ""  # the label's lang attribute: "zh-Hans" or "zh-Hant" for a name in Chinese characters

    @property
    def extent(self) -> tuple[float, float]:
        """What the bar and its label cover, in percent of the axis (for lane packing)."""
        label = (_text_px(self.label, self.kind) + _PAD_PX) / _MIN_AXIS_PX * 100
        if self.outside == "after":
            return self.left, self.left + self.width + label
        if self.outside == "before":
            return self.left - label, self.left + self.width
        return self.left, self.left + self.width


def _place_label(bar: _Bar) -> _Bar:
    """Put the label beside a bar that is too narrow for it, on the side with room."""
    need = (_text_px(bar.label, bar.kind) + _PAD_PX) / _MIN_AXIS_PX * 100
    if bar.width >= need:
        return bar
    side: Literal["after", "before"] = "after" if bar.left + bar.width + need <= 100 else "before"
    return attrs.evolve(bar, outside=side)


@frozen
class _Row:
    person: str  # the name as the first report writes it
    other: str  # the same name in the other script (pinyin, or Chinese characters), or ""
    lang: str  # the name's lang attribute, "" for Latin letters
    title: str
    title_lang: str
    colour: str
    lanes: int
    bars: tuple[_Bar, ...]
    undated: tuple[str, ...]


@frozen
class _Layout:
    rows: tuple[_Row, ...]
    ticks: tuple[tuple[float, str], ...]
    first: dt.date | None
    last: dt.date | None


def _pack(bars: list[_Bar], first_lane: int) -> tuple[list[_Bar], int]:
    """Greedy lanes: a bar goes in the first lane whose last bar (and label) ended before it starts.

    Extents are in percent of the axis; a bar whose last day is the day before the next bar's
    first day ends exactly where that one starts, so the two share a lane.
    """
    ends: list[float] = []
    out = []
    for bar in sorted(bars, key=lambda b: (b.extent, b.start, b.end)):
        lo, hi = bar.extent
        for lane, end in enumerate(ends):
            if end <= lo + 1e-9:
                ends[lane] = hi
                break
        else:
            lane = len(ends)
            ends.append(hi)
        out.append(attrs.evolve(bar, lane=first_lane + lane))
    return out, len(ends)


def _ticks(first: dt.date, days: int) -> list[tuple[float, str]]:
    """Axis labels: days, weeks, months or years; at most about 16 (months: 10), so none overlap."""
    candidates: list[tuple[int, str]] = []
    if days <= 16:
        candidates = [(d, "%d %b") for d in range(days)]
    elif days <= 120:
        step = 7
        candidates = [(d, "%d %b") for d in range(0, days, step)]
    else:
        months = []
        day = first.replace(day=1)
        while (day - first).days < days:
            if day >= first:
                months.append((day - first).days)
            day = (day + dt.timedelta(days=32)).replace(day=1)
        step = max(1, -(-len(months) // 10))  # "Sep 2025" takes about 60 px of the 760 px axis
        if len(months) > 14 * 12:
            candidates = [(d, "%Y") for d in months if (first + dt.timedelta(days=d)).month == 1]
        else:
            candidates = [(d, "%b %Y") for d in months[::step]]
    out = []
    for d, fmt in candidates:
        if d / days > 0.93:  # a label that far right would run off the axis
            continue
        day = first + dt.timedelta(days=d)
        out.append((d / days * 100, f"{day.day} {day:%b}" if fmt == "%d %b" else f"{day:{fmt}}"))
    return out


def _layout(itinerary: Itinerary) -> _Layout:
    spans = [t.span for t in itinerary.trips] + [s.span for s in itinerary.stops()]
    dated = [s for s in spans if isinstance(s, DateSpan)]
    first = min((s.start for s in dated), default=None)
    last = max((s.end for s in dated), default=None)
    days = (last - first).days + 1 if first and last else 1
    names = people_names(itinerary.trips)
    colours = palette(len(names))
    bars: dict[str, list[_Bar]] = {p.key: [] for p in names}
    undated: dict[str, list[str]] = {p.key: [] for p in names}
    person_of = {p.key: p for p in names}
    map_index = 0

    def bar(kind: Literal["trip", "stop"], label: str, hover: str, span: DateSpan, **kw: Any) -> _Bar:
        assert first is not None
        return _place_label(
            _Bar(
                kind=kind,
                label=label,
                hover=hover,
                words=describe_span(span),
                start=span.start,
                end=span.end,
                fuzzy=span.precision is not Precision.DAY,
                left=(span.start - first).days / days * 100,
                width=span.days / days * 100,
                **kw,
            )
        )

    for trip_no, trip in enumerate(itinerary.trips):
        who = person_key(trip.person)
        lang = trip_lang(trip)
        named = person_of[who]
        name = f"{named.label} ({named.other})" if named.other else named.label
        title = f"{name}, {trip.person.title}" if trip.person.title else name
        headline = trip.sources[0].headline if trip.sources else ""
        if isinstance(trip.span, DateSpan):
            words = f"{trip.kind.value} trip, {describe_span(trip.span)}"
            hover = "\n".join(x for x in (title, words, evidence_text(None, trip), headline) if x)
            bars[who].append(bar("trip", f"{trip.kind.value} trip", hover, trip.span, trip=trip_no))
        elif not any(isinstance(s.span, DateSpan) for s in trip.stops):
            # An undated trip still shows: in the row's "date unknown" line, with where it went.
            where = [place_names(s.place, lang).label for s in trip.stops if isinstance(s.place, Resolved)] or [
                place_names(r, lang).label for r in trip.regions if isinstance(r, Resolved)
            ]
            undated[who].append(f"{trip.kind.value} trip" + (f" to {', '.join(where)}" if where else ""))
        seq = 0
        for stop in trip.stops:
            resolved = isinstance(stop.place, Resolved)
            place = place_names(stop.place, lang)
            if resolved:
                seq += 1
            label = f"{seq}. {place.label}" if resolved else f"{place.label} (not on the map)"
            if isinstance(stop.span, Unknown):
                undated[who].append(label)
            else:
                quote = evidence_text(stop, trip)
                heading = f"{label} ({place.other})" if place.other else label
                hover = "\n".join(
                    x for x in (heading, describe_span(stop.span), title, f"“{quote}”" if quote else "") if x
                )
                bars[who].append(
                    bar(
                        "stop", label, hover, stop.span, trip=trip_no, stop=map_index if resolved else None,
                        lang=place.lang,
                    )
                )
            if resolved:
                map_index += 1

    rows = []
    for named, colour in zip(names, colours, strict=True):
        key = named.key
        trip_bars, trip_lanes = _pack([b for b in bars[key] if b.kind == "trip"], 0)
        stop_bars, stop_lanes = _pack([b for b in bars[key] if b.kind == "stop"], trip_lanes)
        rows.append(
            _Row(
                person=named.label,
                other=named.other,
                lang=named.lang,
                title=named.title,
                title_lang=named.lang if han(named.title) else "",
                colour=colour,
                lanes=max(1, trip_lanes + stop_lanes),
                bars=tuple(trip_bars + stop_bars),
                undated=tuple(undated[key]),
            )
        )
    ticks = tuple(_ticks(first, days)) if first else ()
    return _Layout(rows=tuple(rows), ticks=ticks, first=first, last=last)


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("timeline.rendering", "templates"),
        autoescape=True,  # every article string is escaped unless marked otherwise
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def _chart(itinerary: Itinerary) -> tuple[str, str]:
    """The chart's ``<style>`` text and its HTML."""
    layout = _layout(itinerary)
    template = _environment().get_template("timeline.html.j2")
    module = template.make_module({})
    return _style_text("timeline.css"), str(module.chart(layout))  # type: ignore[attr-defined]


def render_timeline(itinerary: Itinerary, *, assets: Assets = "inline") -> str:
    """The itinerary as a stand-alone HTML timeline page.

    Args:
        itinerary: the trips to draw.
        assets: accepted for symmetry with :func:`render_page`; the timeline
            loads no external file either way.

    Returns:
        A complete HTML document.
    """
    del assets  # the timeline has no JS/CSS dependency to link or inline
    css, chart = _chart(itinerary)
    page = _environment().get_template("timeline.html.j2")
    return page.render(css=css, page_chart=chart)


def render_page(
    itinerary: Itinerary,
    *,
    tiles: str | None = "OpenStreetMap",
    assets: Assets = "inline",
    cluster_threshold: int = DEFAULT_CLUSTER_THRESHOLD,
) -> str:
    """The map above the timeline in one HTML page, linked both ways.

    Args:
        itinerary: the trips to draw.
        tiles: as for :func:`timeline.rendering.render_map`.
        assets: ``"cdn"`` or ``"inline"`` (one self-contained file).
        cluster_threshold: as for :func:`timeline.rendering.render_map`.

    Returns:
        A complete HTML document.
    """
    m, layer = _build(
        itinerary, tiles=tiles, assets=assets, cluster_threshold=cluster_threshold, height="62%"
    )
    css, chart = _chart(itinerary)
    figure = m.get_root()
    assert isinstance(figure, Figure)
    # _Raw, not folium.Element: the chart holds article text, which jinja2 must never evaluate.
    figure.header.add_child(_Raw(f"<style>{css}</style>"), name="timeline_chart_css")
    figure.html.add_child(_Raw(f'<div id="tl-page-chart">{chart}</div>'), name="timeline_chart")
    link = _template_text("link.js").replace("__ITINERARY__", layer.get_name())
    figure.script.add_child(_Raw(link), name="timeline_link")
    return str(figure.render())
