"""GeoJSON (RFC 7946): a Point per resolved stop, a LineString per leg."""

from __future__ import annotations

from typing import Any

from gazetteer.model import Resolved
from timeline.export._numbering import Exportable, leg_id, numbered_stops, numbered_trips, stop_id
from timeline.itinerary import legs
from timeline.model import Stop, Unknown

__all__ = ["to_geojson"]


def _span_properties(stop: Stop) -> dict[str, Any]:
    span = stop.span
    if isinstance(span, Unknown):
        return {"start": None, "end": None, "precision": None, "date_unknown": span.reason}
    return {"start": span.start.isoformat(), "end": span.end.isoformat(), "precision": span.precision.value}


def to_geojson(source: Exportable) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection: a Point per resolved stop, a LineString per leg.

    Coordinates are ``[lon, lat]`` (WGS84).  Unresolved stops have no point and
    break no leg: a leg joins consecutive *resolved* stops of one trip.  Each feature's ``id``
    and its ``trip``, ``stop`` and ``leg`` properties are the numbering every export shares
    (``trip-0-stop-1``, ``trip-0-leg-1``: see ``docs/exports.md``).
    """
    features: list[dict[str, Any]] = []
    for number, trip in numbered_trips(source):
        person = {
            "person": trip.person.name,
            "title": trip.person.title.name if trip.person.title else None,
            "trip": number,
            "kind": trip.kind.value,
            "status": trip.status.value,
        }
        for index, seq, stop in numbered_stops(trip):
            if not isinstance(stop.place, Resolved):
                continue
            place = stop.place.place
            features.append(
                {
                    "type": "Feature",
                    "id": stop_id(number, index),
                    "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                    "properties": {
                        **person,
                        "stop": index,
                        "seq": seq,
                        "place": place.name,
                        "geonameid": place.geonameid,
                        **_span_properties(stop),
                        "evidence": [ev.text for ev in stop.evidence],
                        "sources": [src.path for src in trip.sources],
                    },
                }
            )
        for leg_number, leg in enumerate(legs(trip), start=1):
            pa, pb = leg.origin_place, leg.destination_place
            features.append(
                {
                    "type": "Feature",
                    "id": leg_id(number, leg_number),
                    "geometry": {"type": "LineString", "coordinates": [[pa.lon, pa.lat], [pb.lon, pb.lat]]},
                    "properties": {
                        **person,
                        "leg": leg_number,
                        "from": pa.name,
                        "to": pb.name,
                        "distance_km": round(leg.distance_km, 3),
                    },
                }
            )
    return {"type": "FeatureCollection", "features": features}
