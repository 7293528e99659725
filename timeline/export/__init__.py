"""The one converter between the model and JSON, and the exports: GeoJSON, CSV, iCalendar, KML, TimelineJS, Parquet.

``to_json`` / ``from_json`` are lossless for every model type (the conventions of the JSON, and an
example, are in :mod:`timeline.export.json`).

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
