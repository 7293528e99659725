"""The command line's conventions (issue 18): --version, ``-`` for stdin, ``-o -`` for stdout,
-q and -v, --jobs 0, --published, a progress bar on a terminal, one-line errors for bad arguments.

Each test runs the real command (a subprocess, or ``main(argv)``) on the bundled fixtures and looks
at what a user would see: stdout, stderr, the exit status, the files left behind.
"""

from __future__ import annotations

import datetime as dt
import doctest
import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from importlib import metadata
from pathlib import Path

import pytest

import timeline
import timeline.cli
from timeline import Article
from timeline.cli import STDIN, iter_inputs, main, read_batch, with_published

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "002_4f72e164766651ba" / "article.txt"  # has its own publication date
UNDATED = FIXTURES / "114_li_qiang_shanxi_open_end" / "article.txt"  # no publication date line
N_FIXTURES = len(list(FIXTURES.glob("*/article.txt")))

# A report with no header date and a dateline without a year: nothing in it gives the year.
NO_YEAR = (
    "Premier visits port\n\n"
    "SHANGHAI, March 3 (Xinhua) -- Chinese Premier Li Qiang on Monday inspected the Yangshan port "
    "in Shanghai, east China.\n\nLi called for efforts to open wider.\n"
)


def _timeline(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=300,
        check=False,
    )


def _in_terminal(*args: str, columns: int = 100, rows: int = 24) -> tuple[int, bytes]:
    """Run the command with stdin, stdout and stderr on a pseudo-terminal; its status and output."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the command
        os.environ["PYTHONPATH"] = str(ROOT)
        os.chdir(ROOT)
        try:
            os.execv(sys.executable, [sys.executable, "-m", "timeline", *args])
        finally:
            os._exit(127)
    if columns:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out


def _documents(stdout: bytes) -> list[dict[str, object]]:
    data = json.loads(stdout)
    assert data["schema"] == "timeline/1"
    return list(data["documents"])


# --- --version -------------------------------------------------------------------------------


def test_version() -> None:
    done = _timeline("--version")
    assert done.returncode == 0
    assert done.stdout.decode() == f"timeline {metadata.version('news-itinerary')}\n"
    assert timeline.__version__ == metadata.version("news-itinerary")


# --- - (standard input) and -o - (standard output) -------------------------------------------


def test_stdin_report_gives_the_same_trips_as_the_file() -> None:
    from_file = _timeline("extract", str(SEED), "-o", "-")
    from_stdin = _timeline("extract", "-", "-o", "-", stdin=SEED.read_bytes())
    assert from_file.returncode == from_stdin.returncode == 0, from_stdin.stderr
    expected = json.loads(from_file.stdout.decode().replace(json.dumps(str(SEED))[1:-1], "<stdin>"))
    got = json.loads(from_stdin.stdout)
    assert got["documents"][0]["path"] == "<stdin>"
    assert got == expected
    assert got["documents"][0]["trips"]


def test_stdin_in_a_batch_keeps_its_place_and_is_read_once(tmp_path: Path) -> None:
    other = FIXTURES / "000_acc867315aeaf4b7" / "article.txt"
    done = _timeline("extract", "-j", "2", "-", str(other), "-", "-o", "-", stdin=SEED.read_bytes())
    assert done.returncode == 0, done.stderr
    assert [d["path"] for d in _documents(done.stdout)] == ["<stdin>", str(other)]
    assert [p for p, _ in iter_inputs(["-", "-"])] == [STDIN]
    # a file that happens to be named "<stdin>" (or "-", as ./-) is a file
    (tmp_path / "<stdin>").write_bytes(SEED.read_bytes())
    (tmp_path / "-").write_bytes(SEED.read_bytes())
    done = _timeline("extract", "<stdin>", "./-", "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [d["path"] for d in _documents(done.stdout)] == ["<stdin>", "-"]
    assert len(_documents(done.stdout)[0]["trips"]) == 1  # type: ignore[arg-type]


def test_an_html_page_on_stdin_is_read_as_html(tmp_path: Path) -> None:
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    page = tmp_path / "page.html"
    body = "".join(f"<p>{line}</p>\n" for line in lines)
    page.write_text(f"<!DOCTYPE html>\n<html><head><title>t</title></head><body>\n{body}</body></html>\n")
    from_file = _timeline("extract", str(page), "-o", "-")
    from_stdin = _timeline("extract", "-", "-o", "-", stdin=page.read_bytes())
    assert from_file.returncode == from_stdin.returncode == 0, from_stdin.stderr
    expected = json.loads(from_file.stdout.decode().replace(str(page), "<stdin>"))
    assert json.loads(from_stdin.stdout) == expected
    assert expected["documents"][0]["trips"]


def test_empty_stdin_is_a_reported_error_not_a_crash() -> None:
    done = _timeline("extract", "-", "-o", "-", stdin=b"")
    assert done.returncode == 1
    assert done.stderr.decode() == "<stdin>: empty\n"
    assert json.loads(done.stdout)["errors"] == [{"path": "<stdin>", "reason": "empty"}]


@pytest.mark.parametrize(
    ("args", "check"),
    [
        (["extract"], "json"),
        (["map", "--tiles", "none"], "html"),
        (["timeline", "--tiles", "none"], "html"),
        (["export", "--format", "geojson"], "json"),
        (["export", "--format", "csv"], "csv"),
    ],
    ids=["extract", "map", "timeline", "geojson", "csv"],
)
def test_dash_o_writes_any_output_to_stdout(args: list[str], check: str, tmp_path: Path) -> None:
    done = _timeline(*args, str(SEED), "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert list(tmp_path.iterdir()) == []  # no file named "-", no temporary file left
    text = done.stdout.decode("utf-8")
    if check == "json":
        assert json.loads(text)
    elif check == "html":
        assert text.lstrip().lower().startswith("<!doctype html>")
        assert '<meta name="generator" content="timeline">' in text
        assert text.rstrip().endswith("</html>")
    else:
        assert text.splitlines()[0].count(",") >= 3
        assert "Zhoushan" in text


def test_a_real_output_path_is_still_written_atomically(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old")
    done = _timeline("extract", str(SEED), "-o", str(out))
    assert done.returncode == 0
    assert done.stdout == b""
    assert json.loads(out.read_text())["documents"]
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


# --- -q and -v -------------------------------------------------------------------------------


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c.txt").write_text(NO_YEAR)
    return folder


def test_quiet_says_nothing_per_file_but_keeps_the_errors_in_the_output(mixed: Path) -> None:
    loud = _timeline("extract", str(mixed), "-o", "-")
    quiet = _timeline("extract", "-q", str(mixed), "-o", "-")
    assert loud.returncode == quiet.returncode == 1
    assert loud.stderr.decode() == f"{mixed / 'b_empty.txt'}: empty\n"
    assert quiet.stderr == b""
    assert json.loads(quiet.stdout) == json.loads(loud.stdout)
    assert json.loads(quiet.stdout)["errors"] == [{"path": str(mixed / "b_empty.txt"), "reason": "empty"}]


def test_quiet_still_says_why_it_cannot_write(mixed: Path, tmp_path: Path) -> None:
    done = _timeline("extract", "-q", str(mixed), "-o", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.decode() == f"timeline: cannot write {tmp_path}: Is a directory\n"


def test_verbose_names_every_file_and_sums_up(mixed: Path) -> None:
    done = _timeline("extract", "-v", str(mixed), "-o", "-")
    assert done.returncode == 1
    lines = done.stderr.decode().splitlines()
    assert lines[0] == f"{mixed / 'a.txt'}: 1 trip, 2 stops"
    assert lines[1] == f"{mixed / 'b_empty.txt'}: empty"
    assert lines[2] == f"{mixed / 'c.txt'}: 1 trip, 1 stop"
    assert re.fullmatch(r"timeline: 2 read, 1 not read, 2 trips in \d+\.\d\d s \(1 process\)", lines[3])
    assert len(lines) == 4


# --- --jobs 0 --------------------------------------------------------------------------------


def test_jobs_zero_means_every_cpu_and_gives_the_same_output() -> None:
    one = _timeline("extract", str(FIXTURES), "-o", "-")
    every = _timeline("extract", "--jobs", "0", "-v", str(FIXTURES), "-o", "-")
    assert one.returncode == every.returncode == 0, every.stderr
    assert every.stdout == one.stdout
    summary = every.stderr.decode().splitlines()[-1]
    cpus = len(os.sched_getaffinity(0))
    if cpus > 1:
        assert summary.endswith(f"({min(cpus, N_FIXTURES)} workers, fork)")
    else:
        assert summary.endswith("(1 process)")


def test_the_start_method_is_named_and_is_fork_where_there_is_fork() -> None:
    import multiprocessing

    assert timeline.cli._start_method() == "fork"
    assert "fork" in multiprocessing.get_all_start_methods()


# --- --published -----------------------------------------------------------------------------


def test_published_fills_only_reports_that_give_none() -> None:
    plain = _timeline("extract", str(SEED), str(UNDATED), "-o", "-")
    filled = _timeline("extract", "--published", "2025-05-15", str(SEED), str(UNDATED), "-o", "-")
    assert plain.returncode == filled.returncode == 0
    before, after = _documents(plain.stdout), _documents(filled.stdout)
    assert before[0] == after[0]  # its own date, 2025-10-13, wins
    assert after[0]["published"] == "2025-10-13"
    assert before[1]["published"] is None
    assert after[1]["published"] == "2025-05-15"
    assert after[1]["dateline"] == before[1]["dateline"]  # the report gave its dateline a year itself


def test_published_gives_a_yearless_dateline_its_year(tmp_path: Path) -> None:
    report = tmp_path / "no_year.txt"
    report.write_text(NO_YEAR)
    plain = _documents(_timeline("extract", str(report), "-o", "-").stdout)[0]
    filled = _documents(_timeline("extract", "--published", "2025-03-04", str(report), "-o", "-").stdout)[0]
    assert plain["published"] is None
    assert plain["dateline"]["date"] is None  # type: ignore[index]
    assert filled["published"] == "2025-03-04"
    assert filled["dateline"]["date"] == "2025-03-03"  # type: ignore[index]
    trip = filled["trips"][0]  # type: ignore[index]
    assert trip["span"]["start"] == trip["span"]["end"] == "2025-03-03"  # "on Monday"


def test_published_in_the_library() -> None:
    day = dt.date(2025, 5, 15)
    extraction = read_batch([str(SEED), str(UNDATED)], published=day)
    assert [str(d.published) for d in extraction.documents] == ["2025-10-13", "2025-05-15"]
    dated = Article.from_text(SEED.read_text(encoding="utf-8"))
    assert with_published(dated, day) is dated
    assert timeline.with_published is with_published
    failures, tried = doctest.testmod(timeline.cli)
    assert tried
    assert not failures


def test_published_with_jobs_reaches_the_workers(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(NO_YEAR)
    done = _timeline("extract", "-j", "2", "--published", "2025-03-04", str(tmp_path), "-o", "-")
    assert done.returncode == 0, done.stderr
    assert {d["published"] for d in _documents(done.stdout)} == {"2025-03-04"}


# --- the progress bar ------------------------------------------------------------------------


def _frames(out: bytes) -> list[str]:
    return [
        frame.strip()
        for frame in out.decode("utf-8", "replace").replace("\n", "\r").split("\r")
        if frame.strip()
    ]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_progress_bar_on_a_terminal_ends_at_n_of_n(jobs: str, tmp_path: Path) -> None:
    status, out = _in_terminal("extract", "-j", jobs, str(FIXTURES), "-o", str(tmp_path / "out.json"))
    assert status == 0, out
    frames = _frames(out)
    assert frames, out
    last = frames[-1]
    assert f"{N_FIXTURES}/{N_FIXTURES}" in last
    assert last.startswith("100%")
    assert "report/s" in last  # the rate
    assert re.search(r"\[\d\d:\d\d<\d\d:\d\d", last)  # elapsed < time left
    assert not any(f"{N_FIXTURES - 1}/{N_FIXTURES}" in frame for frame in frames[-1:])
    assert json.loads((tmp_path / "out.json").read_text())["documents"]


def test_progress_bar_on_a_terminal_that_gives_no_size(tmp_path: Path) -> None:
    status, out = _in_terminal("extract", str(FIXTURES), "-o", str(tmp_path / "out.json"), columns=0)
    assert status == 0
    assert f"{N_FIXTURES}/{N_FIXTURES}" in _frames(out)[-1]


def test_progress_bar_keeps_error_lines_whole(mixed: Path, tmp_path: Path) -> None:
    status, out = _in_terminal("extract", str(mixed), "-o", str(tmp_path / "out.json"))
    assert status == 1
    assert f"{mixed / 'b_empty.txt'}: empty" in _frames(out)
    assert "3/3" in _frames(out)[-1]


def test_no_progress_bar_with_quiet_or_off_a_terminal(tmp_path: Path) -> None:
    status, out = _in_terminal("extract", "-q", str(FIXTURES), "-o", str(tmp_path / "out.json"))
    assert status == 0
    assert out.strip() == b""
    piped = _timeline("extract", str(FIXTURES), "-o", str(tmp_path / "out.json"))
    assert piped.returncode == 0
    assert piped.stderr == b""


def test_the_progress_library_is_imported_only_for_a_bar() -> None:
    code = (
        "import sys\nfrom timeline.cli import main\n"
        f"status = main(['extract', {str(FIXTURES)!r}, '-o', '/dev/null'])\n"
        "print(status, 'tqdm' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False"]


# --- bad arguments: one line, exit 2, no traceback, nothing read or written ----------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["map", "--tiles", "bogus"], "argument --tiles: 'bogus' is not a tile provider"),
        (["timeline", "--tiles", "https://example.invalid/{z}/{x}/{y}.png"], "argument --tiles:"),
        (["extract", "--jobs", "-1"], "argument -j/--jobs: '-1' is not a number of workers"),
        (["extract", "--jobs", "many"], "argument -j/--jobs: 'many' is not a number of workers"),
        (["extract", "--published", "2025-02-30"], "argument --published: '2025-02-30' is not a date"),
        (["extract", "-q", "-v"], "not allowed with argument -q/--quiet"),
        (["export", "--format", "pdf"], "argument -f/--format: invalid choice: 'pdf'"),
        (["extract", "--frobnicate"], "unrecognized arguments: --frobnicate"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_two(
    args: list[str], words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.html"
    assert main([*args, str(SEED), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert words in lines[0]
    assert lines[0].startswith(f"timeline {args[0]}: error: ")
    assert lines[0].endswith(f"(see 'timeline {args[0]} --help')")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_no_command_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert capsys.readouterr().err == (
        "timeline: error: the following arguments are required: command (see 'timeline --help')\n"
    )


def test_bad_tiles_from_the_command_line_has_no_traceback(tmp_path: Path) -> None:
    done = _timeline("map", str(SEED), "-o", str(tmp_path / "m.html"), "--tiles", "bogus")
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert not (tmp_path / "m.html").exists()
