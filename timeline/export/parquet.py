"""Apache Parquet: the rows of :func:`timeline.tables.to_records`, typed, in one file.

Needs pyarrow (``pip install 'news-itinerary[parquet]'``), imported only when a table is made.  The
columns are :data:`timeline.tables.COLUMNS`, in order; days are ``date32``, numbers ``int64`` or
``double``, ``resolved`` a boolean, the rest strings; what the report does not give is null.
``trip`` is the numbering every export shares when the input is an itinerary, as the command
line's is.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from timeline.model import SCHEMA
from timeline.tables import COLUMNS, Tabular, to_records

if TYPE_CHECKING:
    import pyarrow

__all__ = ["MISSING", "available", "schema", "to_arrow", "to_parquet"]

MISSING = "Parquet needs pyarrow, which is not installed: pip install 'news-itinerary[parquet]'"
"""The one-line message when pyarrow is missing."""

# Each column's Arrow type, by name: "date", "int", "float", "bool" or "str".
_TYPES = {
    "published": "date",
    "trip_start": "date",
    "trip_end": "date",
    "stop_start": "date",
    "stop_end": "date",
    "trip": "int",
    "stop": "int",
    "geonameid": "int",
    "lat": "float",
    "lon": "float",
    "resolved": "bool",
}


def available() -> bool:
    """Whether pyarrow can be imported (checked without importing it)."""
    return importlib.util.find_spec("pyarrow") is not None


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise ImportError(MISSING) from error
    return pa, pq


def schema() -> pyarrow.Schema:
    """The Arrow schema of the table: :data:`timeline.tables.COLUMNS` with their types.

    Raises:
        ImportError: pyarrow is not installed.
    """
    pa, _ = _pyarrow()
    types = {
        "date": pa.date32(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "str": pa.string(),
    }
    fields = [(name, types[_TYPES.get(name, "str")]) for name in COLUMNS]
    arrow_schema: pyarrow.Schema = pa.schema(fields, metadata={"timeline.schema": SCHEMA})
    return arrow_schema


def to_arrow(obj: Tabular | Iterable[Tabular]) -> pyarrow.Table:
    """The rows of :func:`timeline.tables.to_records` as a pyarrow ``Table`` (see the module).

    Raises:
        ImportError: pyarrow is not installed (``pip install 'news-itinerary[parquet]'``).
    """
    pa, _ = _pyarrow()
    table: pyarrow.Table = pa.Table.from_pylist(to_records(obj), schema=schema())
    return table


def to_parquet(obj: Tabular | Iterable[Tabular]) -> bytes:
    """The bytes of a Parquet file of :func:`to_arrow`'s table.

    Takes what :func:`timeline.tables.to_records` takes: a document, an itinerary, an extraction,
    a trip, or an iterable of them.  ``pyarrow.parquet.read_table(...).to_pylist()`` gives back
    the records.

    Raises:
        ImportError: pyarrow is not installed (``pip install 'news-itinerary[parquet]'``).
    """
    pa, pq = _pyarrow()
    sink = pa.BufferOutputStream()
    pq.write_table(to_arrow(obj), sink)
    data: bytes = sink.getvalue().to_pybytes()
    return data
