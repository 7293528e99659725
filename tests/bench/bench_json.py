"""JSON writing benchmark: the present writer against ``orjson`` on the fixtures' output.

Run from the repository root (``orjson`` is no dependency; install it anywhere on the path)::

    .venv/bin/python tests/bench/bench_json.py [--repeat 200] [--orjson-path DIR]

Reads the fixtures once (``fixtures/*/article.txt``), then times, on the same documents:

* ``to_json`` (indent 2): ``timeline.export.to_json(doc)``, the present writer (generated
  per-class writers over the model, no intermediate dicts), one call a document, and once on the
  whole batch (an ``Extraction``, what ``timeline extract`` writes);
* ``stdlib``: ``json.dumps(unstructure(doc), ensure_ascii=False, indent=2)``, the plain way;
* ``orjson``: ``orjson.dumps(unstructure(doc), option=OPT_INDENT_2).decode()`` (orjson writes
  dicts, so the model is unstructured by the package's converter first; the time counts both);
* JSON Lines (``timeline extract --jsonl``): ``json.dumps(line, ensure_ascii=False,
  separators=(",", ":"))`` against ``orjson.dumps(line)``, both over the same unstructured line.

Each candidate's output is compared byte for byte with the present writer's, per document and
for the batch. Prints a table and writes ``tests/bench/results/json.json``. Per-document
figures are the median over ``--repeat`` passes of the best of 3 (µs per document).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline import Article, extract_document  # noqa: E402
from timeline.export import to_json, unstructure  # noqa: E402
from timeline.model import SCHEMA, Document, Extraction  # noqa: E402

RESULTS = ROOT / "tests" / "bench" / "results" / "json.json"


def _documents() -> list[Document]:
    paths = sorted((ROOT / "fixtures").glob("*/article.txt"))
    return [
        extract_document(Article.from_bytes(p.read_bytes(), source=str(p.relative_to(ROOT)))) for p in paths
    ]


def _per_call_us(fn: Callable[[], object], calls: int, repeat: int) -> float:
    """Median over ``repeat`` passes of the best of 3 timings of ``fn``, in µs per call."""
    passes = []
    for _ in range(repeat):
        best = min(_timed(fn) for _ in range(3))
        passes.append(best / calls * 1e6)
    return statistics.median(passes)


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(repeat: int, orjson: Any) -> dict[str, Any]:
    docs = _documents()
    batch = Extraction(documents=tuple(docs), errors=())
    present = [to_json(d) for d in docs]
    present_batch = to_json(batch)
    lines = [{"schema": SCHEMA, "document": unstructure(d)} for d in docs]
    present_lines = [json.dumps(line, ensure_ascii=False, separators=(",", ":")) for line in lines]

    candidates: dict[str, tuple[Callable[[Any], str], Callable[[Any], str] | None]] = {
        "to_json (present)": (to_json, None),
        "stdlib json over unstructure": (
            lambda obj: json.dumps(unstructure(obj), ensure_ascii=False, indent=2),
            None,
        ),
    }
    if orjson is not None:
        indent = orjson.OPT_INDENT_2
        candidates["orjson over unstructure"] = (
            lambda obj: orjson.dumps(unstructure(obj), option=indent).decode(),
            None,
        )

    result: dict[str, Any] = {
        "documents": len(docs),
        "bytes_per_document": statistics.mean(len(t.encode()) for t in present),
        "batch_bytes": len(present_batch.encode()),
        "orjson": None if orjson is None else orjson.__version__,
        "python": sys.version.split()[0],
        "indented": {},
        "jsonl": {},
    }
    for name, (write, _) in candidates.items():
        per_doc = _per_call_us(lambda write=write: [write(d) for d in docs], len(docs), repeat)
        batch_ms = _per_call_us(lambda write=write: write(batch), 1, max(1, repeat // 10)) / 1000
        identical = [write(d) for d in docs] == present and write(batch) == present_batch
        result["indented"][name] = {"us_per_doc": per_doc, "batch_ms": batch_ms, "byte_identical": identical}

    jsonl: dict[str, Callable[[Any], str]] = {
        "json.dumps (present)": lambda line: json.dumps(line, ensure_ascii=False, separators=(",", ":")),
    }
    if orjson is not None:
        jsonl["orjson.dumps"] = lambda line: orjson.dumps(line).decode()
    for name, write in jsonl.items():
        per_line = _per_call_us(lambda write=write: [write(line) for line in lines], len(lines), repeat)
        identical = [write(line) for line in lines] == present_lines
        result["jsonl"][name] = {"us_per_line_after_unstructure": per_line, "byte_identical": identical}
    unstructure_us = _per_call_us(lambda: [unstructure(d) for d in docs], len(docs), repeat)
    result["unstructure_us_per_doc"] = unstructure_us
    return result


def _print(result: dict[str, Any]) -> None:
    print(
        f"{result['documents']} documents, {result['bytes_per_document']:.0f} bytes each on average; "
        f"batch {result['batch_bytes']:,} bytes; orjson {result['orjson']}; Python {result['python']}"
    )
    print(f"{'indent 2':34} {'µs/doc':>8} {'batch ms':>9}  byte-identical")
    for name, row in result["indented"].items():
        print(f"{name:34} {row['us_per_doc']:8.1f} {row['batch_ms']:9.2f}  {row['byte_identical']}")
    print(f"{'JSON Lines (after unstructure)':34} {'µs/line':>8}")
    for name, row in result["jsonl"].items():
        print(f"{name:34} {row['us_per_line_after_unstructure']:8.1f}            {row['byte_identical']}")
    print(f"unstructure alone: {result['unstructure_us_per_doc']:.1f} µs/doc")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--orjson-path", type=Path, help="a directory holding orjson (pip install --target)")
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args(argv)
    if args.orjson_path:
        sys.path.insert(0, str(args.orjson_path))
    try:
        import orjson
    except ImportError:
        print("orjson is not installed: only the present writer and stdlib json are timed", file=sys.stderr)
        orjson = None
    result = measure(args.repeat, orjson)
    _print(result)
    if not args.no_save:
        RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
