"""The command line under real signals, real pipes and real dying workers (Linux: reads /proc).

Each test runs ``python -m timeline`` as a child process and signals it, or its workers, with
``os.kill``.  What must hold: one line on stderr and no traceback; exit 130 (SIGINT), 143
(SIGTERM), 141 (a closed stdout); an ``-o`` file keeps its old content and no temporary file is
left; workers never outlive the parent; a worker that dies costs only the file it was reading.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "002_4f72e164766651ba" / "article.txt"
OLD = b'{"old": "content"}\n'

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)"),
]


needs_two_cpus = pytest.mark.skipif(
    len(os.sched_getaffinity(0)) < 2, reason="--jobs is capped by the CPUs: one CPU runs no workers"
)


def _timeline(*args: str, **kw: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "timeline", *args],
        stdout=kw.pop("stdout", subprocess.PIPE),
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
        **kw,
    )


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()  # fields from the state on


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None and int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry.name))
    return sorted(found)


def _cpu_ticks(pid: int) -> int:
    fields = _stat(pid)
    return 0 if fields is None else int(fields[11]) + int(fields[12])


def _alive(pid: int) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] != "Z"


def _wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


@pytest.fixture(scope="module")
def slow_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three reports of a few seconds each (a real report repeated to about 400 KB)."""
    folder = tmp_path_factory.mktemp("slow")
    text = SEED.read_text(encoding="utf-8")
    body = text.split("\n", 1)[1]
    big = text + body * (400_000 // len(body))
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(big, encoding="utf-8")
    return folder


def _busy_workers(proc: subprocess.Popen[bytes], count: int) -> list[int]:
    """The worker pids once ``count`` of them are reading (using CPU)."""
    _wait_for(lambda: len(_children(proc.pid)) >= count)
    workers = _children(proc.pid)[:count]
    start = {pid: _cpu_ticks(pid) for pid in workers}
    _wait_for(lambda: all(_cpu_ticks(pid) > start[pid] + 5 for pid in workers))
    return workers


@pytest.mark.parametrize(("signum", "status", "line"), [
    (signal.SIGTERM, 143, "timeline: terminated"),
    (signal.SIGINT, 130, "timeline: interrupted"),
])  # fmt: skip
@needs_two_cpus
@pytest.mark.parametrize("jsonl", [False, True])
def test_signal_leaves_old_output_and_no_workers(
    slow_dir: Path, tmp_path: Path, signum: int, status: int, line: str, jsonl: bool
) -> None:
    out = tmp_path / "out.json"
    out.write_bytes(OLD)
    proc = _timeline("extract", "--jobs", "2", *(["--jsonl"] if jsonl else []), str(slow_dir), "-o", str(out))
    workers = _busy_workers(proc, 2)
    os.kill(proc.pid, signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status
    assert err.decode().splitlines() == [line]
    assert out.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]  # no temporary file left
    _wait_for(lambda: not any(_alive(pid) for pid in workers), timeout=10)


def test_sigterm_while_serial(slow_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    out.write_bytes(OLD)
    proc = _timeline("map", str(slow_dir), "-o", str(out))
    start = _cpu_ticks(proc.pid)
    _wait_for(lambda: _cpu_ticks(proc.pid) > start + 200)  # well into the reading
    os.kill(proc.pid, signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err.decode()) == (143, "timeline: terminated\n")
    assert out.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


@needs_two_cpus
def test_workers_die_with_a_killed_parent(slow_dir: Path, tmp_path: Path) -> None:
    proc = _timeline("extract", "--jobs", "2", str(slow_dir), "-o", str(tmp_path / "out.json"))
    workers = _busy_workers(proc, 2)
    os.kill(proc.pid, signal.SIGKILL)  # no handler runs: only the kernel can stop the workers
    proc.communicate(timeout=60)
    _wait_for(lambda: not any(_alive(pid) for pid in workers), timeout=10)


@needs_two_cpus
def test_a_dead_worker_costs_only_its_file(slow_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = _timeline("extract", "--jobs", "2", str(slow_dir), "-o", str(out))
    victim = _busy_workers(proc, 2)[0]
    os.kill(victim, signal.SIGKILL)  # as the out-of-memory killer would
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert b"Traceback" not in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 2
    assert data["documents"][0]["trips"]
    [error] = data["errors"]
    assert error["reason"] == "worker died while reading (killed by SIGKILL)"
    assert err.decode() == f"{error['path']}: {error['reason']}\n"
    assert sorted([error["path"], *(d["path"] for d in data["documents"])]) == sorted(
        str(p) for p in slow_dir.iterdir()
    )


def test_jobs_are_capped_by_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(SEED.read_bytes())
    proc = _timeline("extract", "--jobs", "3000", str(tmp_path))
    most = 0
    while proc.poll() is None:
        most = max(most, len(_children(proc.pid)))
        time.sleep(0.01)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert most <= 2
    assert len(json.loads(out)["documents"]) == 2


@pytest.mark.parametrize("args", [["extract"], ["extract", "--jsonl"], ["extract", "--jsonl", "--jobs", "2"]])
def test_a_closed_stdout_ends_quietly(args: list[str]) -> None:
    reader, writer = os.pipe()
    proc = _timeline(*args, "fixtures", stdout=writer)
    os.close(writer)
    os.close(reader)  # like `| head -0`: every write the command makes meets a closed pipe
    _, err = proc.communicate(timeout=120)
    assert err == b""
    assert proc.returncode == 141
