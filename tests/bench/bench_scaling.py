"""Cost against report size: time and peak memory on big and pathological reports.

    .venv/bin/python tests/bench/bench_scaling.py [--sizes 0.1 1 4 20] [--timeout 300] [--only NAME ...]
        [--tree DIR ...] [--save PATH]

Every pass over a report should be O(n log n) at worst, so cost per MB should not grow with the
size.  Each case runs in a fresh interpreter (``--child``): the text is built in memory, then
``Article.from_text`` and ``extract_document`` read it; the child reports the CPU time of that
reading and its peak RSS (``ru_maxrss``, imports and gazetteer included).  A case that exceeds
``--timeout`` is killed and shown as such (the cost is then at least that).

Cases:

* ``real``: the fixture ``002`` (a Xinhua report of a research trip) with its body repeated to
  0.1, 1, 4 and 20 MB (``--sizes``, in MB of UTF-8).
* pathological, at 100 KB and 800 KB, each inside a real report's last paragraph:
  ``beijing`` (``"Beijing, "`` repeated: one place named over and over), ``commas``,
  ``capitals`` (capitalised words that are no place), ``dates`` ("Oct. 11, "), ``digits``,
  ``longwords`` (words of 5,000 letters).

``--tree DIR`` (repeatable) also reads every case with another copy of the code (a directory
holding ``timeline/``, ``gazetteer/`` and ``tests/bench/``: a proposed change, say), interleaved
with this tree's runs case by case, so that the two are compared within one run; rows carry
``tree`` (``"."`` for this one) and the checks are given per tree.

Targets (issue 16): cost per MB at 20 MB within 1.5x of that at 100 KB; a 20 MB report under
700 MB peak RSS; 800 KB of ``"Beijing, "`` under 2 s.

Prints a table and writes ``tests/bench/results/scaling.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "tests" / "bench" / "results" / "scaling.json"
SEED = ROOT / "fixtures" / "002_4f72e164766651ba" / "article.txt"
TARGETS = {"per_mb_ratio_20mb_over_100kb": 1.5, "peak_rss_mb_20mb": 700, "beijing_800kb_s": 2.0}
PATHOLOGICAL = {
    "beijing": "Beijing, ",
    "commas": ", ",
    "capitals": "Wuzhen Qiao Lantern Market ",
    "dates": "Oct. 11, ",
    "digits": "1234567890 ",
    "longwords": "x" * 5000 + " ",
}
PATHOLOGICAL_KB = (100, 800)


def build(kind: str, size: int) -> str:
    """The text of a case: about ``size`` bytes of UTF-8."""
    seed = SEED.read_text(encoding="utf-8")
    if kind == "real":
        body = seed.split("\n", 1)[1]
        copies = max(0, (size - len(seed.encode())) // len(body.encode()))
        return seed + body * copies
    unit = PATHOLOGICAL[kind]
    return seed + "\n\nZhang visited " + unit * max(1, (size - len(seed)) // len(unit)) + "and Ningbo.\n"


def child(kind: str, size: int) -> dict[str, Any]:
    """Runs in a fresh interpreter: read one case, report CPU time and peak RSS."""
    from timeline.article import Article
    from timeline.extract import extract_document, warm_up

    warm_up()
    text = build(kind, size)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu = time.process_time()
    wall = time.perf_counter()
    document = extract_document(Article.from_text(text, source=f"{kind}-{size}"))
    return {
        "kind": kind,
        "bytes": len(text.encode()),
        "cpu_s": round(time.process_time() - cpu, 3),
        "wall_s": round(time.perf_counter() - wall, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_before_mb": round(rss_before, 1),
        "trips": len(document.trips),
    }


def run(kind: str, size: int, timeout: float, tree: Path = ROOT) -> dict[str, Any]:
    """Read one case in a fresh interpreter, with the code of ``tree``."""
    script = tree / "tests" / "bench" / "bench_scaling.py"
    command = [sys.executable, str(script), "--child", kind, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False, cwd=tree)
    except subprocess.TimeoutExpired:
        return {"kind": kind, "bytes": size, "timeout_s": timeout}
    if done.returncode != 0:
        return {"kind": kind, "bytes": size, "failed": done.stderr.strip().splitlines()[-1:]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    mb = int(result["bytes"]) / 1e6
    result["cpu_s_per_mb"] = round(float(result["cpu_s"]) / mb, 3)
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes", type=float, nargs="+", default=[0.1, 1, 4, 20], help="real-report sizes in MB"
    )
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds before a case is killed")
    parser.add_argument("--only", nargs="*", default=None, help="case kinds to run (real, beijing, ...)")
    parser.add_argument(
        "--tree",
        type=Path,
        action="append",
        default=[],
        help="another copy of the code, read in the same run",
    )
    parser.add_argument("--save", type=Path, default=RESULTS, help="where the JSON goes")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "BYTES"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return 0
    kinds = args.only or ["real", *PATHOLOGICAL]
    trees = [ROOT, *(t.resolve() for t in args.tree)]
    rows: list[dict[str, Any]] = []
    for kind in kinds:
        sizes = (
            [int(mb * 1e6) for mb in args.sizes] if kind == "real" else [kb * 1000 for kb in PATHOLOGICAL_KB]
        )
        for size in sizes:
            for tree in trees:
                row = run(kind, size, args.timeout, tree)
                if args.tree:
                    row["tree"] = "." if tree == ROOT else str(tree)
                rows.append(row)
                print(json.dumps(row), flush=True)
    result = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "targets": TARGETS,
        "rows": rows,
        "checks": checks(rows)
        if not args.tree
        else {
            label: checks([r for r in rows if r["tree"] == label])
            for label in dict.fromkeys(r["tree"] for r in rows)
        },
    }
    print_table(result)
    args.save.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


def checks(rows: list[dict[str, Any]]) -> dict[str, Any]:
    def find(kind: str, size: int) -> dict[str, Any] | None:
        return next(
            (r for r in rows if r["kind"] == kind and abs(int(r["bytes"]) - size) < size * 0.05), None
        )

    out: dict[str, Any] = {}
    small, big = find("real", 100_000), find("real", 20_000_000)
    if small and big and "cpu_s_per_mb" in small and "cpu_s_per_mb" in big:
        out["per_mb_ratio_20mb_over_100kb"] = round(
            float(big["cpu_s_per_mb"]) / float(small["cpu_s_per_mb"]), 2
        )
    if big and "peak_rss_mb" in big:
        out["peak_rss_mb_20mb"] = big["peak_rss_mb"]
    beijing = find("beijing", 800_000)
    if beijing:
        out["beijing_800kb_s"] = beijing.get("cpu_s", f">{beijing.get('timeout_s')}")
    return out


def print_table(result: dict[str, Any]) -> None:
    print("\n| case | tree | bytes | CPU s | CPU s / MB | peak RSS MB |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for row in result["rows"]:
        head = f"| {row['kind']} | {row.get('tree', '.')} | {row['bytes']:,}"
        if "timeout_s" in row:
            print(f"{head} | > {row['timeout_s']} (killed) | | |")
        elif "failed" in row:
            print(f"{head} | failed: {row['failed']} | | |")
        else:
            print(f"{head} | {row['cpu_s']} | {row['cpu_s_per_mb']} | {row['peak_rss_mb']} |")
    print(f"\nchecks: {json.dumps(result['checks'])}  targets: {json.dumps(result['targets'])}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
