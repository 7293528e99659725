"""The one converter between the model and JSON, and the exports: GeoJSON, CSV, iCalendar, KML, TimelineJS, Parquet.

``to_json`` / ``from_json`` are lossless for every model type: what is written
reads back equal.  Two conventions keep the JSON easy for scripts to read:

* a fact that is :class:`~timeline.model.Unknown` is written as ``null`` in its
  field, with the reason beside it under ``<field>_unknown``;
* a place is one flat object tagged ``"status": "resolved"`` (with the
  GeoNames record's fields) or ``"status": "unresolved"`` (with the reason and
  the candidates weighed).

>>> import datetime as dt
>>> from timeline.model import DateSpan
>>> span = DateSpan(dt.date(2025, 10, 9), dt.date(2025, 10, 11))
>>> from_json(to_json(span), DateSpan) == span
True

One module per format: :mod:`~timeline.export.json` (the converter), :mod:`~timeline.export.geojson`,
:mod:`~timeline.export.csv`, :mod:`~timeline.export.ics`, :mod:`~timeline.export.kml`,
:mod:`~timeline.export.timelinejs` and :mod:`~timeline.export.parquet` (pyarrow, an optional
extra).  Every format numbers trips and stops the same way (:mod:`timeline.export._numbering`).
"""

from timeline.export.csv import CSV_COLUMNS, to_csv
from timeline.export.geojson import to_geojson
from timeline.export.ics import to_ics
from timeline.export.json import converter, from_json, to_json, unstructure
from timeline.export.kml import to_kml
from timeline.export.parquet import to_parquet
from timeline.export.timelinejs import to_timelinejs

__all__ = [
    "CSV_COLUMNS",
    "converter",
    "from_json",
    "to_csv",
    "to_geojson",
    "to_ics",
    "to_json",
    "to_kml",
    "to_parquet",
    "to_timelinejs",
    "unstructure",
]
