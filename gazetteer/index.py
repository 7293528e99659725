"""The shipped place table, loaded once and looked up by name, id or position.

The table is two text files under ``gazetteer/data`` (see :mod:`gazetteer.build`):
``places.tsv`` (one place a line, sorted by GeoNames id) and ``names.tsv`` (one
name key a line, sorted, with the row numbers of the places it names). A row
becomes a :class:`~gazetteer.model.Place` only when asked for, and a name is
found by binary search.

Loading is fast because nothing is parsed up front: both files are memory-mapped
and ``index.bin``, written beside them by the build, gives where each line starts
and the rows of the countries and first-level divisions. The index names the
size and CRC-32 of the tables it was made from; when it is missing or does not
match them (a table edited by hand, a partial checkout), the same index is
computed from the tables in memory instead: slower (a few tenths of a second),
never wrong. ``python -m gazetteer.build --index`` rewrites it from the tables.

Nearest-place lookup converts latitude and longitude to 3-D unit vectors and
searches a grid of latitude-longitude cells around the query, so the answer is
right on the sphere (near the poles and across the antimeridian too).
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import mmap
import re
import sys
import zlib
from array import array
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, overload

from gazetteer._text import name_key
from gazetteer.errors import GazetteerDataError
from gazetteer.model import Place, PlaceKind

__all__ = ["PlaceIndex", "build_index", "load_index"]

_PLACES = "places.tsv"
_NAMES = "names.tsv"
_INDEX = "index.bin"
_CAPITALS = "capitals.tsv"
# short words the table spells out ("St." Saint, "Ste." Sainte, "Mt." Mount, "Ft." Fort), in name keys
_SPELL_OUT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_ABBREVIATED = re.compile(r"\b(st|ste|mt|ft)\b")
# kind words a second-level division's name carries whole in the table, which a report may leave off
_BARE_KIND_WORDS = ("parish", "county", "borough", "district")
_INDEX_MAGIC = b"gazetteer-index 1\n"
_COLUMNS = "geonameid\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tdivision\taliases"
_CELL_DEG = 2.0  # grid cell size for nearest-place search
_BLOCK = 64  # lines a name search reads in one block (:meth:`_Lines.first_starting`)
# name keys whose rows an index keeps: the recogniser asks for the same few hundred names (and the
# same capitalised non-names) in report after report, each a binary search over half a million lines
_KEY_CACHE = 16_384

_HERE = Path(__file__).parent

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def _data(resource: str) -> Traversable:
    """A shipped data file: a plain path where the package is a directory (importing
    ``importlib.resources`` costs more than the load), else through ``importlib.resources``."""
    path = _HERE / "data" / resource
    if path.is_file():
        return path
    from importlib import resources

    return resources.files("gazetteer").joinpath("data", resource)


def _read(resource: str) -> list[str]:
    try:
        text = _data(resource).read_text(encoding="utf-8")
    except (OSError, ValueError) as err:
        raise GazetteerDataError(f"gazetteer/data/{resource}", f"cannot read: {err}") from err
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].startswith("# generated"):
        raise GazetteerDataError(f"gazetteer/data/{resource}", "missing the generated header")
    if lines[-1] == "":
        lines.pop()
    return lines


class _Lines(Sequence[str]):
    """The lines of a UTF-8 buffer, each decoded only when asked for (a list of ``str`` in effect).

    ``starts`` holds where each line starts and, last, one past the end of the final line's newline.
    """

    def __init__(self, buffer: bytes | mmap.mmap, starts: array[int], skip: int = 0) -> None:
        self._buffer = buffer
        self._starts = starts
        self._skip = skip
        self._len = len(starts) - 1 - skip

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[str]: ...
    def __getitem__(self, i: int | slice) -> str | Sequence[str]:
        if isinstance(i, slice):
            start, stop, step = i.indices(self._len)
            if step == 1 and stop == self._len:  # a tail (the table without its header): a view
                return _Lines(self._buffer, self._starts, self._skip + start)
            return [self[j] for j in range(start, stop, step)]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("line out of range")
        j = i + self._skip
        return self._buffer[self._starts[j] : self._starts[j + 1] - 1].decode("utf-8")

    def first_starting(self, prefix: str) -> str | None:
        """The first line that starts with ``prefix`` in lines sorted as text, else ``None``: what
        ``bisect_left`` finds, but with one search of a block of the buffer in C instead of a
        decoded line per probe (a new report's new words are each a probe of half a million lines).

        UTF-8 bytes sort as the text's code points do, so the blocks' first lines, kept as bytes,
        are bisected as they stand; the line sought is in the block whose first line is the last at
        or before ``prefix``, or is the next block's first line.
        """
        if not prefix:
            return self[0] if self._len else None
        if "\n" in prefix:  # no line holds a newline: what bisect would not find
            return None
        try:
            probe = prefix.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no line of UTF-8 starts with it
            return None
        heads = self._heads
        b = bisect.bisect_right(heads, probe) - 1
        lo = self._skip + max(b, 0) * _BLOCK
        hi = min(lo + _BLOCK + 1, self._skip + self._len)
        starts = self._starts
        chunk = self._buffer[starts[lo] : starts[hi] - 1]
        if chunk.startswith(probe):
            at = 0
        else:
            at = chunk.find(b"\n" + probe)
            if at < 0:
                return None
            at += 1
        end = chunk.find(b"\n", at)
        return (chunk[at:] if end < 0 else chunk[at:end]).decode("utf-8")

    @functools.cached_property
    def _heads(self) -> list[bytes]:
        """The first line of every block of ``_BLOCK`` lines, as bytes (a few hundred KB for the names)."""
        buffer, starts = self._buffer, self._starts
        return [
            buffer[starts[j] : starts[j + 1] - 1] for j in range(self._skip, self._skip + self._len, _BLOCK)
        ]

    @functools.cached_property
    def decoded(self) -> list[str]:
        """Every line at once (for a full scan; one decode and split of the whole buffer)."""
        start, end = self._starts[self._skip], self._starts[-1] - 1
        return self._buffer[start:end].decode("utf-8").split("\n") if self._len else []


def _line_starts(buffer: bytes | mmap.mmap) -> array[int]:
    """Where each line of ``buffer`` starts, then one past the end (as if it ended in a newline)."""
    starts = array("I", [0])
    starts.extend(m.end() for m in re.finditer(b"\n", buffer))
    if starts[-1] != len(buffer):  # no final newline: the last line ends at the end of the buffer
        starts.append(len(buffer) + 1)
    return starts


def _table_of(lines: Sequence[str], kind: str, width: int) -> list[tuple[list[str], int]]:
    marker = f"\t{kind}\t"
    return [(line.split("\t", width)[3:width], i) for i, line in enumerate(lines) if marker in line]


def _lookups(place_rows: Sequence[str]) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    """The rows of the first-level divisions, by (country, code), and of the countries, by code."""
    admin1: dict[tuple[str, str], int] = {}
    for (country, code), i in _table_of(place_rows, "admin1", 5):
        admin1.setdefault((country, code), i)
    countries: dict[str, int] = {}
    for (code,), i in _table_of(place_rows, "country", 4):
        countries.setdefault(code, i)
    return admin1, countries


def _as_le(starts: array[int]) -> bytes:
    if sys.byteorder == "big":  # pragma: no cover - the file is little-endian everywhere
        starts = array("I", starts)
        starts.byteswap()
    return starts.tobytes()


def build_index(places: bytes, names: bytes) -> bytes:
    """Return the ``index.bin`` for the given ``places.tsv`` and ``names.tsv`` (their bytes).

    Layout: a magic line, a JSON line (each table's size, CRC-32 and line count; the rows of
    countries and first-level divisions), then each table's line starts as little-endian
    unsigned 32-bit integers, places first.
    """
    place_starts, name_starts = _line_starts(places), _line_starts(names)
    admin1, countries = _lookups(_Lines(places, place_starts, skip=2).decoded)
    header = {
        "places": {"bytes": len(places), "crc32": zlib.crc32(places), "starts": len(place_starts)},
        "names": {"bytes": len(names), "crc32": zlib.crc32(names), "starts": len(name_starts)},
        "admin1": [[country, code, row] for (country, code), row in admin1.items()],
        "countries": countries,
    }
    text = json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _INDEX_MAGIC + text.encode("utf-8") + b"\n" + _as_le(place_starts) + _as_le(name_starts)


class _Loaded:
    """The parts of the index file that :class:`PlaceIndex` needs."""

    def __init__(self, place_starts: array[int], name_starts: array[int], header: dict[str, object]) -> None:
        self.place_starts = place_starts
        self.name_starts = name_starts
        admin1 = header["admin1"]
        countries = header["countries"]
        if not isinstance(admin1, list) or not isinstance(countries, dict):
            raise TypeError("malformed index header")
        self.admin1 = {(str(c), str(a)): int(r) for c, a, r in admin1}
        self.countries = {str(c): int(r) for c, r in countries.items()}


def _parse_index(data: bytes, places: bytes | mmap.mmap, names: bytes | mmap.mmap) -> _Loaded | None:
    """The index in ``data`` if it was made from exactly these tables, else ``None``."""
    if not data.startswith(_INDEX_MAGIC) or array("I").itemsize != 4:
        return None
    end = data.find(b"\n", len(_INDEX_MAGIC))
    try:
        header = json.loads(data[len(_INDEX_MAGIC) : end])
        tables = [(header["places"], places), (header["names"], names)]
        for meta, buffer in tables:
            if meta["bytes"] != len(buffer) or meta["crc32"] != zlib.crc32(buffer):
                return None
        arrays = []
        offset = end + 1
        for meta, _ in tables:
            count = int(meta["starts"])
            starts = array("I")
            starts.frombytes(data[offset : offset + 4 * count])
            if len(starts) != count:
                return None
            if sys.byteorder == "big":  # pragma: no cover
                starts.byteswap()
            arrays.append(starts)
            offset += 4 * count
        return _Loaded(arrays[0], arrays[1], header)
    except (ValueError, KeyError, TypeError):
        return None


def _map(resource: str) -> bytes | mmap.mmap:
    """The bytes of a data file: memory-mapped where it is a plain file, else read."""
    where = _data(resource)
    try:
        if isinstance(where, Path):
            with open(where, "rb") as handle:
                try:
                    return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
                except (ValueError, OSError):  # an empty file, or a file system without mmap
                    pass
        return where.read_bytes()
    except OSError as err:
        raise GazetteerDataError(f"gazetteer/data/{resource}", f"cannot read: {err}") from err


def _unit(lat: float, lon: float) -> tuple[float, float, float]:
    phi, lam = math.radians(lat), math.radians(lon)
    return (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))


class PlaceIndex:
    """Name, id and nearest-place lookup over the shipped table.

    Build it with :func:`load_index` (cached); the constructor takes the raw lines
    so that tests can build a small index.
    """

    def __init__(self, place_lines: Sequence[str], name_lines: Sequence[str]) -> None:
        """Wrap the lines of ``places.tsv`` and ``names.tsv`` (headers included)."""
        if len(place_lines) < 2 or place_lines[1] != _COLUMNS:
            raise GazetteerDataError("gazetteer/data/places.tsv", "unexpected columns")
        self._rows: Sequence[str] = place_lines[2:]
        self._names: Sequence[str] = name_lines[2:]
        self._places: dict[int, Place] = {}
        self._lookup_tables: tuple[dict[tuple[str, str], int], dict[str, int]] | None = None
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

    def _all_rows(self) -> list[str]:
        """Every row as text, for a full scan (a mapped table decodes once, on first use)."""
        return self._rows.decoded if isinstance(self._rows, _Lines) else list(self._rows)

    # -- names --------------------------------------------------------------
    def rows_for_key(self, key: str) -> list[int]:
        """Return the rows named by a key already normalised with :func:`name_key`."""
        return list(self._cached_rows(key))

    def _search_rows(self, key: str) -> tuple[int, ...]:
        if not key or "\t" in key:
            return ()
        found = self._exact_rows(key)
        if found:
            return found
        # "St. Tammany", "Ste. Genevieve", "Mt. Pleasant", "Ft. Myers": the table spells the word out
        spelled = _spelled_out(key)
        if spelled != key:
            found = self._exact_rows(spelled)
            if found:
                return found
        if " " in spelled and _first_starting(self._names, spelled + " ") is not None:
            # "West Feliciana", "Saint Tammany": a name of two words or more the table holds only whole
            # with its kind word ("West Feliciana Parish"), as a report writes it where the kind is plain
            for word in _BARE_KIND_WORDS:
                found = tuple(
                    r for r in self._exact_rows(f"{spelled} {word}") if self.fields(r)[2] == "admin2"
                )
                if found:
                    return found
        return ()

    def _exact_rows(self, key: str) -> tuple[int, ...]:
        probe = key + "\t"
        line = _first_starting(self._names, probe)
        if line is not None:
            return tuple(int(r) for r in line[len(probe) :].split(" "))
        return ()

    def rows_for_name(self, name: str) -> list[int]:
        """Return the rows a name (as written) may refer to."""
        return self.rows_for_key(name_key(name))

    def has_prefix(self, key: str) -> bool:
        """Tell whether some name key starts with ``key`` (its short words spelled out) followed by a space."""
        if _first_starting(self._names, key + " ") is not None:
            return True
        spelled = _spelled_out(key)
        return spelled != key and _first_starting(self._names, spelled + " ") is not None

    def keys(self) -> Iterator[str]:
        """Yield every name key, in order."""
        names = self._names.decoded if isinstance(self._names, _Lines) else self._names
        for line in names:
            yield line[: line.index("\t")]

    # -- ids ----------------------------------------------------------------
    def by_id(self, geonameid: int) -> Place | None:
        """Return the place with a GeoNames id (the coarsest record if two share it)."""
        i = bisect.bisect_left(self._rows, geonameid, key=_row_id)
        if i < len(self._rows) and _row_id(self._rows[i]) == geonameid:
            return self.place_at(i)
        return None

    @property
    def _admin1(self) -> dict[tuple[str, str], int]:
        return self._lookups()[0]

    @property
    def _countries(self) -> dict[str, int]:
        return self._lookups()[1]

    def _lookups(self) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
        if self._lookup_tables is None:
            self._lookup_tables = _lookups(self._all_rows())
        return self._lookup_tables

    def admin1(self, country: str, code: str) -> Place | None:
        """Return the first-level division ``country.code`` (``"CN"``, ``"02"``: Zhejiang)."""
        row = self._admin1.get((country, code))
        return None if row is None else self.place_at(row)

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
        for i, line in enumerate(self._all_rows()):
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
def load_capitals() -> frozenset[int]:
    """The geonameids of national capitals (``capitals.tsv``; empty if the file is missing)."""
    try:
        lines = _data(_CAPITALS).read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(int(line.split("\t")[1]) for line in lines[2:] if line.count("\t") == 2)


@functools.cache
def load_capitals_by_country() -> dict[str, int]:
    """Each country's capital (``capitals.tsv``): ISO alpha-2 code -> geonameid."""
    try:
        lines = _data(_CAPITALS).read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    rows = (line.split("\t") for line in lines[2:] if line.count("\t") == 2)
    return {code: int(geonameid) for code, geonameid, _ in rows}


@functools.cache
def load_index() -> PlaceIndex:
    """Load the shipped table once (later calls return the same index).

    Raises:
        GazetteerDataError: when the data files are missing or malformed.
    """
    places, names = _map(_PLACES), _map(_NAMES)
    for resource, buffer in ((_PLACES, places), (_NAMES, names)):
        if buffer[:11] != b"# generated":
            raise GazetteerDataError(f"gazetteer/data/{resource}", "missing the generated header")
    try:
        data = _data(_INDEX).read_bytes()
    except OSError:
        data = b""
    loaded = _parse_index(data, places, names)
    if loaded is None:  # no index, or one made from other tables: compute it (slower, same result)
        return PlaceIndex(_Lines(places, _line_starts(places)), _Lines(names, _line_starts(names)))
    index = PlaceIndex(_Lines(places, loaded.place_starts), _Lines(names, loaded.name_starts))
    index._lookup_tables = (loaded.admin1, loaded.countries)
    return index


def _spelled_out(key: str) -> str:
    """``key`` with its short words spelled out ("st tammany" -> "saint tammany"); a cheap test first,
    as most keys hold none."""
    if "t" not in key:
        return key
    return _ABBREVIATED.sub(lambda m: _SPELL_OUT[m.group(1)], key)


def _first_starting(lines: Sequence[str], prefix: str) -> str | None:
    """The first of sorted ``lines`` that starts with ``prefix``, else ``None``."""
    if isinstance(lines, _Lines):
        return lines.first_starting(prefix)
    i = bisect.bisect_left(lines, prefix)
    return lines[i] if i < len(lines) and lines[i].startswith(prefix) else None


def _row_id(line: str) -> int:
    return int(line[: line.index("\t")])
