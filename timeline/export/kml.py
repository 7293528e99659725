"""KML 2.2: a Folder per person with a Placemark per stop, a LineString per leg, a mark per trip without stops."""

from __future__ import annotations

import datetime as dt
import html
import re

from gazetteer.model import Resolved
from timeline.export._common import describe_trip, place_name, stop_words, who
from timeline.export._numbering import Exportable, leg_id, numbered_stops, numbered_trips, stop_id, trip_id
from timeline.itinerary import legs
from timeline.model import DateSpan, Span, Trip, TripStatus

__all__ = ["LEG_STYLES", "to_kml"]

# Characters XML 1.0 cannot hold at all, even escaped; article text may carry them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

LEG_STYLES = {TripStatus.MADE: "leg-made", TripStatus.PLANNED: "leg-planned"}
"""The ``styleUrl`` (``#leg-made``, ``#leg-planned``) of a leg of a trip made, or planned."""

_STYLES = (
    # KML colours are aabbggrr: a made leg opaque and wide, a planned one half transparent and thin
    '<Style id="leg-made"><LineStyle><color>ffc0641e</color><width>3</width></LineStyle></Style>',
    '<Style id="leg-planned"><LineStyle><color>7fc0641e</color><width>2</width></LineStyle></Style>',
    '<Style id="trip"><IconStyle><color>ff7f7f7f</color></IconStyle></Style>',
)


def _xml(text: str) -> str:
    from xml.sax.saxutils import escape as xml_escape

    return xml_escape(_NOT_XML.sub("", text), {'"': "&quot;"})


def _description(text: str) -> str:
    """Viewers render a description as HTML: the words are HTML-escaped, then XML-escaped."""
    return f"<description>{_xml(html.escape(text, quote=False))}</description>"


def _time_span(begin: dt.date | None, end: dt.date | None) -> str:
    if begin is None and end is None:
        return ""
    parts = "".join(
        f"<{tag}>{day.isoformat()}</{tag}>"
        for tag, day in (("begin", begin), ("end", end))
        if day is not None
    )
    return f"<TimeSpan>{parts}</TimeSpan>"


def _span_days(span: Span) -> tuple[dt.date | None, dt.date | None]:
    return (span.start, span.end) if isinstance(span, DateSpan) else (None, None)


def _data(**fields: object) -> str:
    data = "".join(
        f'<Data name="{name}"><value>{_xml(str(value))}</value></Data>'
        for name, value in fields.items()
        if value is not None
    )
    return f"<ExtendedData>{data}</ExtendedData>"


def _sources(trip: Trip) -> str:
    return "; ".join(src.headline or src.path for src in trip.sources)


def _trip_marks(number: int, trip: Trip) -> list[str]:
    """The Placemarks of one trip: its stops, its legs, and the trip itself where no stop is on the map."""
    out: list[str] = []
    common = {"trip": number, "kind": trip.kind.value, "status": trip.status.value}
    stops = numbered_stops(trip)
    for index, seq, stop in stops:
        words = stop_words(stop, trip)
        description = "\n".join(x for x in (f"“{words}”" if words else "", _sources(trip)) if x)
        out.append(f'<Placemark id="{stop_id(number, index)}">')
        if isinstance(stop.place, Resolved):
            out.append(f"<name>{seq}. {_xml(place_name(stop))}</name>")
        else:
            out.append(f"<name>{_xml(place_name(stop))} (unresolved)</name>")
            description = "\n".join((f"place not found: {stop.place.reason}", description))
        out.append(_description(description))
        out.append(_time_span(*_span_days(stop.span)))
        out.append(_data(**common, stop=index, seq=seq))
        if isinstance(stop.place, Resolved):  # an unresolved stop has no geometry: listed, not drawn
            place = stop.place.place
            out.append(f"<Point><coordinates>{place.lon!r},{place.lat!r}</coordinates></Point>")
        out.append("</Placemark>")
    for leg_number, leg in enumerate(legs(trip), start=1):
        pa, pb = leg.origin_place, leg.destination_place
        planned = " (planned)" if trip.status is TripStatus.PLANNED else ""
        out.append(f'<Placemark id="{leg_id(number, leg_number)}">')
        out.append(f"<name>{_xml(pa.name)} → {_xml(pb.name)}{planned}</name>")
        out.append(_description(f"{leg.distance_km:.0f} km, {describe_trip(trip)}"))
        out.append(_time_span(_span_days(leg.origin.span)[0], _span_days(leg.destination.span)[1]))
        out.append(f"<styleUrl>#{LEG_STYLES[trip.status]}</styleUrl>")
        out.append(_data(**common, leg=leg_number))
        out.append(
            "<LineString><tessellate>1</tessellate><coordinates>"
            f"{pa.lon!r},{pa.lat!r} {pb.lon!r},{pb.lat!r}"
            "</coordinates></LineString>"
        )
        out.append("</Placemark>")
    if not any(isinstance(stop.place, Resolved) for _, _, stop in stops):
        # no stop on the map: the trip itself, at the points of its regions
        points = [r.place for r in trip.regions if isinstance(r, Resolved)]
        words = trip.evidence[0].text if trip.evidence else ""
        description = "\n".join(x for x in (f"“{words}”" if words else "", _sources(trip)) if x)
        out.append(f'<Placemark id="{trip_id(number)}">')
        out.append(f"<name>{_xml(who(trip))}: {_xml(describe_trip(trip))}</name>")
        out.append(_description(description))
        out.append(_time_span(*_span_days(trip.span)))
        out.append("<styleUrl>#trip</styleUrl>")
        out.append(_data(**common))
        geometry = [f"<Point><coordinates>{p.lon!r},{p.lat!r}</coordinates></Point>" for p in points]
        if len(geometry) > 1:
            out.append("<MultiGeometry>" + "".join(geometry) + "</MultiGeometry>")
        else:
            out.extend(geometry)
        out.append("</Placemark>")
    return [line for line in out if line]


def to_kml(source: Exportable) -> str:
    """A KML 2.2 document: a Folder per person holding every stop and leg of their trips.

    Each stop is a Placemark (``id`` ``trip-3-stop-0``, the numbering every export shares;
    its name is its map number and place), with a Point where the place is resolved and none
    where it is not; each leg between consecutive resolved stops is a LineString Placemark
    (``trip-3-leg-1``) styled ``#leg-made`` or, for a planned trip, ``#leg-planned`` (thinner and
    half transparent; ``status`` in its ExtendedData says it too); a trip with no stop on the
    map is one Placemark (``trip-3``) at its regions' points.  Each Placemark's ExtendedData
    holds ``trip``, ``kind``, ``status`` and ``stop``/``seq`` or ``leg``.

    Coordinates are written ``lon,lat`` (KML's order).  A dated stop has a ``TimeSpan`` whose
    ``begin`` and ``end`` are its first and last days; a leg's runs from its first stop's first
    day to its last stop's last day.  Viewers render a ``description`` as HTML, so the article's
    words in it are HTML-escaped before they are XML-escaped: they show as written (``<b>`` as
    ``<b>``), never as markup.
    """
    trips = numbered_trips(source)
    people = list(dict.fromkeys(trip.person.name for _, trip in trips))
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<kml xmlns="http://www.opengis.net/kml/2.2">',
        "<Document>",
        "<name>Itinerary</name>",
        *_STYLES,
    ]
    for person in people:
        out.append(f"<Folder><name>{_xml(person)}</name>")
        for number, trip in trips:
            if trip.person.name == person:
                out.extend(_trip_marks(number, trip))
        out.append("</Folder>")
    out += ["</Document>", "</kml>", ""]
    return "\n".join(out)
