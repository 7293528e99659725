"""Start-up stays light: importing the package loads only what the command at hand needs.

The timings are in tests/bench/bench_startup.py; these tests keep the structure that makes them
possible (lazy package attributes, optional and heavy dependencies imported on use).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("geopy", "requests", "folium", "jinja2", "dask", "pandas", "pyarrow", "duckdb", "tqdm", "icalendar")


def _loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


@pytest.mark.parametrize(
    "code",
    [
        "import timeline",
        "import timeline.model",
        "import timeline.errors",
        "import timeline.itinerary",
        "from timeline import Document, Stop, TimelineError",
    ],
)
def test_import_loads_no_heavy_dependency(code: str) -> None:
    loaded = _loaded_after(code)
    assert not {name for name in HEAVY if name in loaded}


def test_package_import_does_not_load_the_reader() -> None:
    loaded = _loaded_after("import timeline")
    assert not {"timeline.extract", "timeline.export", "timeline.article"} & loaded


def test_a_name_is_bound_on_first_use() -> None:
    import timeline
    from timeline.extract import extract_document

    assert timeline.extract_document is extract_document
    assert "extract_document" in vars(timeline)
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        timeline.nothing  # noqa: B018
