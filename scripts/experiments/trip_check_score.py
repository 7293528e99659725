"""Score the English dev half with some read trips dropped (the cross-validated drops of a trip check).

Run from the repository root with the project's venv::

    .venv/bin/python scripts/experiments/trip_check_score.py DROPS.json

DROPS.json maps a report folder name to the indices of its read trips to drop (as the reader
orders them).  The figures are the bench's own (``tests/bench/bench_reports.py``), with those trips
removed before scoring; an empty mapping gives the rules' figures.
"""

# ruff: noqa: T201  (a command-line script reports what it did)

from __future__ import annotations

import json
import sys
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import bench_reports  # noqa: E402

from timeline.model import Document  # noqa: E402

_read_one = bench_reports.read_one


def main() -> int:
    drops: dict[str, list[int]] = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))

    def read_one(path: str) -> object:
        doc = _read_one(path)
        gone = set(drops.get(Path(path).parent.name, []))
        if isinstance(doc, Document) and gone:
            doc = attrs.evolve(doc, trips=tuple(t for i, t in enumerate(doc.trips) if i not in gone))
        return doc

    bench_reports.read_one = read_one  # type: ignore[assignment]
    tally = bench_reports.score(bench_reports.cases("dev", "en"))
    figures = tally.figures()
    for m in (
        "traveller",
        "trip_precision",
        "title",
        "span",
        "stop_precision",
        "stop_recall",
        "stop_f1",
        "stop_day",
    ):
        print(f"  {m:15s} {figures[m]}  {tally.hits[m]}/{tally.totals[m]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
