"""Machine instructions per report for the benchmark stream: a measure that does not move with the machine.

CPU time on a shared virtual machine moves by a third from hour to hour; the number of
instructions the pipeline executes does not (valgrind's callgrind counts them, to 0.1%). The
stream is ``bench_pipeline.reports``: each report bytes -> ``Article.from_bytes`` ->
``extract_document`` -> ``to_json``. Two runs, both after the same warm-up (imports, gazetteer,
one pass over the fixtures), one with N reports and one with none; the difference over N is the
cost of a report. Needs ``valgrind`` (Debian: ``apt-get install valgrind``); takes about a minute.

    .venv/bin/python tests/bench/bench_instructions.py [N] [--corpus]

With ``--corpus`` the N reports are the corpus's first N English reports (``tests/corpus``), each
read once: real reports, each naming its own people and places, where the fixtures' stream repeats
25 reports whose per-report work (a roster's name pattern, say) the warm-up has already cached.
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
for source, data in list({stream}):
    to_json(extract_document(Article.from_bytes(data, source=source)))
"""

_CORPUS_STREAM = """[
    (str(p), p.read_bytes())
    for p in sorted(__import__("pathlib").Path({corpus!r}).glob("*/article.txt"))
    if not __import__("timeline.zh", fromlist=["is_chinese"]).is_chinese(p.read_text(encoding="utf-8"))
][:{n}]"""


def instructions(n: int, corpus: bool = False) -> int:
    """Instructions executed by a child that warms up and then streams ``n`` reports."""
    stream = _CORPUS_STREAM.format(corpus=str(ROOT / "tests" / "corpus"), n=n) if corpus else f"reports({n})"
    code = _CHILD.format(root=str(ROOT), bench=str(ROOT / "tests" / "bench"), stream=stream)
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
    corpus = "--corpus" in argv
    numbers = [a for a in argv if a != "--corpus"]
    n = int(numbers[0]) if numbers else 108
    per_report = (instructions(n, corpus) - instructions(0, corpus)) / n
    stream = "corpus reports" if corpus else "reports"
    print(f"{per_report / 1e6:.3f} M instructions per report ({n} {stream})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
