"""Run every benchmark in this folder, one after another; each prints its table and saves JSON.

Usage: ``.venv/bin/python tests/bench/run.py [NAME ...]`` (names: temporal, geo, map, reports, agreement, pipeline, startup,
json, scaling).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BENCHES = ["temporal", "geo", "map", "reports", "agreement", "pipeline", "startup", "json", "scaling"]


def main(argv: list[str]) -> int:
    names = argv or BENCHES
    status = 0
    for name in names:
        script = HERE / f"bench_{name}.py"
        if not script.exists():
            print(f"== {name}: {script.name} is missing", file=sys.stderr)
            status = 1
            continue
        print(f"== {name}", flush=True)
        done = subprocess.run([sys.executable, str(script)], cwd=ROOT, check=False)
        status = status or done.returncode
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
