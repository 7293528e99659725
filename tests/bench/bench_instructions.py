"""Machine instructions per report for the benchmark stream: a measure that does not move with the machine.

CPU time on a shared virtual machine moves by a third from hour to hour; the number of
instructions the pipeline executes does not (valgrind's callgrind counts them, to 0.1%). The
stream is ``bench_pipeline.reports``: each report bytes -> ``Article.from_bytes`` ->
``extract_document`` -> ``to_json``. Two runs, both after the same warm-up (imports, gazetteer,
one pass over the fixtures), one with N reports and one with none; the difference over N is the
cost of a report. Needs ``valgrind`` (Debian: ``apt-get install valgrind``); takes about a minute.

    .venv/bin/python tests/bench/bench_instructions.py [N]
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import sys
sys.path[:0] = [{root!r}, {bench!r}]
from bench_pipeline import FIXTURES, reports
from timeline.article import Article
from timeline.export import to_json
from timeline.extract import extract_document
for source, data in reports(len(FIXTURES)):
    to_json(extract_document(Article.from_bytes(data, source=source)))
for source, data in list(reports({n})):
    to_json(extract_document(Article.from_bytes(data, source=source)))
"""


def instructions(n: int) -> int:
    """Instructions executed by a child that warms up and then streams ``n`` reports."""
    code = _CHILD.format(root=str(ROOT), bench=str(ROOT / "tests" / "bench"), n=n)
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--trace-children=yes", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", code],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    counts = [int(c) for c in re.findall(r"Collected : (\d+)", done.stderr)]
    return max(counts)


def main(argv: list[str]) -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    n = int(argv[0]) if argv else 108
    per_report = (instructions(n) - instructions(0)) / n
    print(f"{per_report / 1e6:.3f} M instructions per report ({n} reports)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
