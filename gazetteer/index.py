"""The shipped place table, loaded once and looked up by name, id or position.

The table is two text files under ``gazetteer/data`` (see :mod:`gazetteer.build`):
``places.tsv`` (one place a line, sorted by GeoNames id) and ``names.tsv`` (one
name key a line, sorted, with the row numbers of the places it names). Loading
splits both into lists of lines and nothing more; a row becomes a
:class:`~gazetteer.model.Place` only when asked for, and a name is found by
binary search, so a cold load stays well under half a second.

Nearest-place lookup converts latitude and longitude to 3-D unit vectors and
searches a grid of latitude-longitude cells around the query, so the answer is
right on the sphere (near the poles and across the antimeridian too).
"""

from __future__ import annotations

import bisect
import functools
import math
from collections.abc import Collection, Iterator
from importlib import resources

from gazetteer._text import name_key
from gazetteer.errors import GazetteerDataError
from gazetteer.model import Place, PlaceKind

__all__ = ["PlaceIndex", "load_index"]

_PLACES = "places.tsv"
_NAMES = "names.tsv"
_COLUMNS = "geonameid\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tdivision\taliases"
_CELL_DEG = 2.0  # grid cell size for nearest-place search
# name keys whose rows an index keeps: the recogniser asks for the same few hundred names (and the
# same capitalised non-names) in report after report, each a binary search over half a million lines
_KEY_CACHE = 16_384


def _read(resource: str) -> list[str]:
    try:
        text = resources.files("gazetteer").joinpath("data", resource).read_text(encoding="utf-8")
    except (OSError, ValueError) as err:
        raise GazetteerDataError(f"gazetteer/data/{resource}", f"cannot read: {err}") from err
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].startswith("# generated"):
        raise GazetteerDataError(f"gazetteer/data/{resource}", "missing the generated header")
    if lines[-1] == "":
        lines.pop()
    return lines


def _unit(lat: float, lon: float) -> tuple[float, float, float]:
    phi, lam = math.radians(lat), math.radians(lon)
    return (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))


class PlaceIndex:
    """Name, id and nearest-place lookup over the shipped table.

    Build it with :func:`load_index` (cached); the constructor takes the raw lines
    so that tests can build a small index.
    """

    def __init__(self, place_lines: list[str], name_lines: list[str]) -> None:
        """Wrap the lines of ``places.tsv`` and ``names.tsv`` (headers included)."""
        if len(place_lines) < 2 or place_lines[1] != _COLUMNS:
            raise GazetteerDataError("gazetteer/data/places.tsv", "unexpected columns")
        self._rows = place_lines[2:]
        self._names = name_lines[2:]
        self._places: dict[int, Place] = {}
        self._cached_rows = functools.lru_cache(maxsize=_KEY_CACHE)(self._search_rows)
        self._cached_states = functools.lru_cache(maxsize=_KEY_CACHE)(self._search_states)

    def __len__(self) -> int:
        """Return the number of places."""
        return len(self._rows)

    # -- rows ---------------------------------------------------------------
    def fields(self, row: int) -> list[str]:
        """Return the raw fields of one row (see :data:`gazetteer.build.COLUMNS`)."""
        return self._rows[row].split("\t")

    def place_at(self, row: int) -> Place:
        """Return the place in one row."""
        place = self._places.get(row)
        if place is None:
            f = self.fields(row)
            try:
                place = Place(
                    geonameid=int(f[0]), name=f[1], kind=PlaceKind(f[2]), country=f[3], admin1=f[4],
                    lat=float(f[5]), lon=float(f[6]), population=int(f[7] or 0), division=f[8],
                )  # fmt: skip
            except (ValueError, TypeError, IndexError) as err:
                raise GazetteerDataError("gazetteer/data/places.tsv", f"bad row {row}: {err}") from err
            self._places[row] = place
        return place

    def aliases_at(self, row: int) -> list[str]:
        """Return the aliases of the place in one row."""
        text = self.fields(row)[9]
        return text.split("|") if text else []

    def rows(self) -> range:
        """Return every row number."""
        return range(len(self._rows))

    # -- names --------------------------------------------------------------
    def rows_for_key(self, key: str) -> list[int]:
        """Return the rows named by a key already normalised with :func:`name_key`."""
        return list(self._cached_rows(key))

    def _search_rows(self, key: str) -> tuple[int, ...]:
        if not key or "\t" in key:
            return ()
        probe = key + "\t"
        i = bisect.bisect_left(self._names, probe)
        if i < len(self._names) and self._names[i].startswith(probe):
            return tuple(int(r) for r in self._names[i][len(probe) :].split(" "))
        return ()

    def rows_for_name(self, name: str) -> list[int]:
        """Return the rows a name (as written) may refer to."""
        return self.rows_for_key(name_key(name))

    def has_prefix(self, key: str) -> bool:
        """Tell whether some name key starts with ``key`` followed by a space."""
        probe = key + " "
        i = bisect.bisect_left(self._names, probe)
        return i < len(self._names) and self._names[i].startswith(probe)

    def keys(self) -> Iterator[str]:
        """Yield every name key, in order."""
        for line in self._names:
            yield line[: line.index("\t")]

    # -- ids ----------------------------------------------------------------
    @functools.cached_property
    def _ids(self) -> list[int]:
        return [int(line[: line.index("\t")]) for line in self._rows]

    def by_id(self, geonameid: int) -> Place | None:
        """Return the place with a GeoNames id (the coarsest record if two share it)."""
        i = bisect.bisect_left(self._ids, geonameid)
        if i < len(self._ids) and self._ids[i] == geonameid:
            return self.place_at(i)
        return None

    @functools.cached_property
    def _admin1(self) -> dict[tuple[str, str], int]:
        table: dict[tuple[str, str], int] = {}
        for i, line in enumerate(self._rows):
            if "\tadmin1\t" in line:
                f = line.split("\t", 5)
                table.setdefault((f[3], f[4]), i)
        return table

    def admin1(self, country: str, code: str) -> Place | None:
        """Return the first-level division ``country.code`` (``"CN"``, ``"02"``: Zhejiang)."""
        row = self._admin1.get((country, code))
        return None if row is None else self.place_at(row)

    @functools.cached_property
    def _countries(self) -> dict[str, int]:
        table: dict[str, int] = {}
        for i, line in enumerate(self._rows):
            if "\tcountry\t" in line:
                f = line.split("\t", 4)
                table.setdefault(f[3], i)
        return table

    def country(self, code: str) -> Place | None:
        """Return the country record for an ISO alpha-2 code."""
        row = self._countries.get(code)
        return None if row is None else self.place_at(row)

    # -- US counties ----------------------------------------------------------
    def county_states(self, name: str) -> tuple[str, ...]:
        """Return the US states (postal codes) that have a county of this name ("Laurel County")."""
        return self._cached_states(name_key(name))

    def _search_states(self, key: str) -> tuple[str, ...]:
        rows = (self.fields(r) for r in self.rows_for_key(key))
        return tuple(sorted({f[4] for f in rows if f[2] == "admin2" and f[3] == "US"}))

    # -- nearest ------------------------------------------------------------
    @functools.cached_property
    def _grid(self) -> tuple[dict[tuple[int, int], list[int]], list[tuple[float, float, float]]]:
        grid: dict[tuple[int, int], list[int]] = {}
        vectors: list[tuple[float, float, float]] = []
        for i, line in enumerate(self._rows):
            f = line.split("\t", 7)
            lat, lon = float(f[5]), float(f[6])
            vectors.append(_unit(lat, lon))
            grid.setdefault(self._cell(lat, lon), []).append(i)
        return grid, vectors

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return (math.floor((lat + 90.0) / _CELL_DEG), math.floor((lon + 180.0) / _CELL_DEG))

    def nearest(self, lat: float, lon: float, *, kinds: Collection[PlaceKind] | None = None) -> Place:
        """Return the place nearest a point (by chord length between unit vectors).

        Args:
            lat: latitude in degrees.
            lon: longitude in degrees.
            kinds: only places of these kinds; every kind when ``None``.

        Raises:
            ValueError: for a point off the globe, or when no place has one of ``kinds``.
        """
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise ValueError(f"not a point on the globe: lat={lat}, lon={lon}")
        wanted = None if kinds is None else {k.value for k in kinds}
        grid, vectors = self._grid
        q = _unit(lat, lon)
        n_lat, n_lon = int(180 / _CELL_DEG), int(360 / _CELL_DEG)
        c_lat, c_lon = self._cell(lat, lon)
        best, best_d = -1, math.inf
        ring = 0
        while ring <= n_lat:
            for d_lat in range(-ring, ring + 1):
                row = c_lat + d_lat
                if not 0 <= row < n_lat + 1:
                    continue
                lon_span = range(-ring, ring + 1) if abs(d_lat) == ring else (-ring, ring)
                for d_lon in {(c_lon + d) % n_lon for d in lon_span}:
                    for i in grid.get((row, d_lon), ()):
                        if wanted is not None and self._rows[i].split("\t", 3)[2] not in wanted:
                            continue
                        v = vectors[i]
                        d = (v[0] - q[0]) ** 2 + (v[1] - q[1]) ** 2 + (v[2] - q[2]) ** 2
                        if d < best_d:
                            best, best_d = i, d
            # every unsearched cell lies at least `ring` cells away: stop once the best beats that
            if best >= 0:
                gap = math.radians(min(90.0, ring * _CELL_DEG))
                polar = math.radians(min(90.0, abs(lat) + (ring + 1) * _CELL_DEG))
                # chord lower bounds: across `gap` of latitude, or `gap` of longitude at worst latitude
                reach = min(2 * math.sin(gap / 2), math.cos(polar) * math.sin(gap))
                if best_d <= reach**2:
                    break
            ring += 1
        if best < 0:
            raise ValueError("no place of the requested kinds")
        return self.place_at(best)


@functools.cache
def load_index() -> PlaceIndex:
    """Load the shipped table once (later calls return the same index).

    Raises:
        GazetteerDataError: when the data files are missing or malformed.
    """
    return PlaceIndex(_read(_PLACES), _read(_NAMES))
