"""Start-up benchmark: wall time of ``timeline extract ONE_REPORT`` from a cold interpreter.

Run from the repository root::

    .venv/bin/python tests/bench/bench_startup.py [--rounds 15] [--compare REV ...] [--tree DIR ...]
        [--no-working-tree]

Prints a table and writes ``tests/bench/results/startup.json``. Targets (issue 18): the command
under 0.35 s wall, the gazetteer loaded in under 0.1 s.

* Wall times are of fresh processes, run in interleaved rounds so that a busy machine slows every
  command alike; the peer is ``python -c pass`` in the same rounds, and each figure is also given
  as a ratio to it (the ratio is steadier than the seconds across machines and loads). The CPU
  time (user + system) of each process is given too: on a machine that other work shares, it
  moves less than the wall time.
* ``extract``: ``python -c "from timeline.cli import main; main()" extract REPORT -o OUT`` (what
  the ``timeline`` script runs), on the README's report ``fixtures/002_*``.
* ``import cli``: ``import timeline.cli`` alone (what every command pays before it reads).
* Phases, inside one fresh interpreter each round: imports, gazetteer load
  (``gazetteer.index.load_index``), the first report (cold: regular expressions compiled,
  caches filled), the same report again (warm: the reading time proper) and the JSON writing.
* Bytecode: as installed by pip, a user's modules come with their ``.pyc`` files. The children
  therefore run with a bytecode cache (``PYTHONPYCACHEPREFIX``, a temporary directory, so that
  the tree is not written to; ``PYTHONDONTWRITEBYTECODE`` dropped) after one unmeasured warm-up
  run of each command. ``--no-bytecode`` measures instead with every module of the tree compiled
  from source on each run (``PYTHONDONTWRITEBYTECODE=1``, as in some development shells): the
  package's own modules then cost about twice as much to import.
* ``--compare REV`` (repeatable) also times a checkout of REV (a temporary ``git worktree``) in
  the same rounds, for a before/after from one run; ``--no-working-tree`` leaves out the working
  tree (to time clean commits only).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "tests" / "bench" / "results" / "startup.json"
TARGET_EXTRACT_S = 0.35
TARGET_GAZETTEER_S = 0.1

PHASES = r"""
import sys, time, json
t0 = time.perf_counter()
import timeline.cli
from timeline.cli import read_one
t1 = time.perf_counter()
from gazetteer.index import load_index
load_index()
t2 = time.perf_counter()
doc = read_one(sys.argv[1])
t3 = time.perf_counter()
doc = read_one(sys.argv[1])
t4 = time.perf_counter()
from timeline.export import to_json
from timeline.model import Extraction
to_json(Extraction(documents=(doc,), errors=()))
t5 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "gazetteer load": t2 - t1, "first report": t3 - t2,
                  "warm report": t4 - t3, "json": t5 - t4}))
"""


def _report() -> Path:
    return next(p for p in sorted((ROOT / "fixtures").glob("002_*/article.txt")))


_ENV: dict[str, str] = {}


def _environment(bytecode: bool, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONPYCACHEPREFIX")}
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _wall(argv: list[str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of ``argv``."""
    env = _ENV
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _phases(tree: Path, report: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", PHASES, str(report)],
        cwd=tree,
        env=_ENV,
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


@contextmanager
def _checkout(rev: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "-q", "--detach", str(tree), rev], cwd=ROOT, check=True)
        try:
            yield tree
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)


def _summary(samples: list[tuple[float, float]], peer: float) -> dict[str, float]:
    walls = [wall for wall, _ in samples]
    return {
        "median_s": statistics.median(walls),
        "min_s": min(walls),
        "max_s": max(walls),
        "ratio_to_python": statistics.median(walls) / peer,
        "cpu_median_s": statistics.median(cpu for _, cpu in samples),
    }


def measure(trees: dict[str, Path], rounds: int, *, bytecode: bool = True) -> dict[str, object]:
    report = _report()
    scratch = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    _ENV.clear()
    _ENV.update(_environment(bytecode, scratch / "pycache"))
    argv = [sys.executable, "-c", "import sys; from timeline.cli import main; sys.exit(main())"]
    commands = {
        label: {
            "import cli": [sys.executable, "-c", "import timeline.cli"],
            "extract": [*argv, "extract", str(report), "-o", str(scratch / f"out{i}.json")],
        }
        for i, label in enumerate(trees)
    }
    for label, tree in trees.items():  # warm-up, unmeasured: fills the bytecode cache
        _wall(commands[label]["extract"], tree)
    walls: dict[str, list[tuple[float, float]]] = {"python -c pass": []}
    phases: dict[str, dict[str, list[float]]] = {}
    for _ in range(rounds):
        walls["python -c pass"].append(_wall([sys.executable, "-c", "pass"], ROOT))
        for label, tree in trees.items():
            for name, cmd in commands[label].items():
                walls.setdefault(f"{label}: {name}", []).append(_wall(cmd, tree))
            for phase, seconds in _phases(tree, report).items():
                phases.setdefault(label, {}).setdefault(phase, []).append(seconds)
    peer = statistics.median(wall for wall, _ in walls["python -c pass"])
    return {
        "report": str(report.relative_to(ROOT)),
        "bytecode_cache": bytecode,
        "rounds": rounds,
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg(),
        "wall": {name: _summary(samples, peer) for name, samples in walls.items()},
        "phases_median_s": {
            label: {phase: statistics.median(v) for phase, v in by_phase.items()}
            for label, by_phase in phases.items()
        },
    }


def _print(result: dict[str, object]) -> None:
    wall = result["wall"]
    assert isinstance(wall, dict)
    print(
        f"report {result['report']}, {result['rounds']} rounds, bytecode cache {result['bytecode_cache']}, "
        f"load average {result['load_average']}"
    )
    print(f"{'command':32} {'median s':>9} {'min s':>7} {'x python':>9} {'cpu s':>7}")
    for name, s in wall.items():
        print(
            f"{name:32} {s['median_s']:9.3f} {s['min_s']:7.3f} {s['ratio_to_python']:9.1f}"
            f" {s['cpu_median_s']:7.3f}"
        )
    phases = result["phases_median_s"]
    assert isinstance(phases, dict)
    for label, by_phase in phases.items():
        print(f"{label} phases (median s): " + ", ".join(f"{k} {v:.3f}" for k, v in by_phase.items()))
    for label in phases:
        extract = wall[f"{label}: extract"]["median_s"]
        load = phases[label]["gazetteer load"]
        print(
            f"{label}: extract {extract:.3f} s (target < {TARGET_EXTRACT_S}: "
            f"{'met' if extract < TARGET_EXTRACT_S else 'NOT met'}), gazetteer load {load:.3f} s "
            f"(target < {TARGET_GAZETTEER_S}: {'met' if load < TARGET_GAZETTEER_S else 'NOT met'})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument(
        "--compare", metavar="REV", action="append", default=[], help="also time this revision (repeatable)"
    )
    parser.add_argument(
        "--tree", metavar="DIR", action="append", default=[], type=Path, help="also time this checkout"
    )
    parser.add_argument("--no-working-tree", action="store_true", help="time only --compare and --tree")
    parser.add_argument("--no-save", action="store_true", help="print only; leave results/startup.json")
    parser.add_argument(
        "--no-bytecode", action="store_true", help="compile every module from source each run"
    )
    args = parser.parse_args(argv)
    with ExitStack() as stack:
        trees = {rev: stack.enter_context(_checkout(rev)) for rev in args.compare}
        trees.update({str(tree): tree.resolve() for tree in args.tree})
        if not args.no_working_tree:
            trees["working tree"] = ROOT
        if not trees:
            parser.error("nothing to time: --no-working-tree needs --compare or --tree")
        result = measure(trees, args.rounds, bytecode=not args.no_bytecode)
    _print(result)
    if not args.no_save:
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
