"""The command line: ``timeline extract | map | timeline | export``.

The only module that reads and writes user files.  A batch never stops on one bad file: each
failure is reported on stderr as ``path: reason`` and listed under ``errors`` in the JSON.
Exit status: 0 when every file was read, 1 when some failed, 2 on bad usage.

The usual conventions hold: ``-`` as a path reads one report from standard input (its source is
``<stdin>``), ``-o -`` writes to standard output, ``-q`` and ``-v`` say less and more on stderr,
``--jobs 0`` uses every CPU, and a progress bar is drawn on stderr when it is a terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import signal
import stat
import sys
import threading
import time
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn, TextIO

from timeline.errors import ArticleError
from timeline.model import Document, Extraction, FileError, Itinerary
from timeline.output import AtomicFile, encode

if TYPE_CHECKING:  # (multiprocessing is imported only where workers start)
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

    from timeline.article import Article

__all__ = ["STDIN", "iter_inputs", "iter_results", "main", "read_batch", "read_one", "with_published"]

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024  # a wire report is a few KB; anything this large is not one


GENERATOR = "timeline"  # the generator mark on every page timeline writes
_MARK = f'<meta name="generator" content="{GENERATOR}">'
_MARK_BYTES = b'<meta name="generator" content="timeline'
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
OWN_OUTPUT = "written by timeline (its own output), not an article"


class _Stdin(str):
    """The input ``-``: standard input, named ``<stdin>`` wherever its source is given."""

    __slots__ = ()


STDIN: str = _Stdin("<stdin>")
"""The input that ``-`` names (one report read from standard input); its source is ``<stdin>``.

A file that happens to be called ``<stdin>`` is still a file: this is a marked string, told apart
by its type, not by its text."""


def iter_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, str | None]]:
    """``(path, problem)`` for every input: files named, and article files under directories.

    ``-`` is standard input, listed (once) as :data:`STDIN`; a file named ``-`` is ``./-``.
    Directories are walked in sorted order, without recursion (any depth); a directory inside
    itself (a symlink loop) is reported once as a problem, not followed.  A file or directory
    named twice (or named and also found in a directory named) is listed once.  A path that cannot be looked at
    (a directory the user may not enter) is one problem, ``path: reason``.  A page timeline
    wrote (it carries the generator mark) is listed with a problem, never read as an article.
    """
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()
    stdin_seen = False
    for raw in paths:
        if isinstance(raw, str) and raw == "-":
            if not stdin_seen:
                stdin_seen = True
                yield STDIN, None
            continue
        path = str(Path(raw))
        try:
            info = os.stat(path)
        except FileNotFoundError:
            if os.path.islink(path):  # a dangling link: reading it says why
                yield from _once(path, None, seen_files)
            else:
                yield path, "no such file or directory"
            continue
        except OSError as err:
            yield path, _reason(err)
            continue
        if stat.S_ISDIR(info.st_mode):
            for found, why in _walk(path, seen_dirs):
                yield from _once(found, why, seen_files)
        else:
            yield from _once(path, None, seen_files)


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


def _once(path: str, why: str | None, seen: set[str]) -> Iterator[tuple[str, str | None]]:
    key = os.path.normpath(os.path.abspath(path))
    if key in seen:
        return
    seen.add(key)
    if why is None and path.lower().endswith((".html", ".htm")) and _is_own_output(path):
        why = OWN_OUTPUT
    yield path, why


def _is_own_output(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False  # reading it will say why
    return _MARK_BYTES in head


def _walk(root: str, seen: set[tuple[int, int]]) -> Iterator[tuple[str, str | None]]:
    """Depth first, in sorted order, with an explicit stack (no recursion limit).

    A directory inside itself (a symlink to an ancestor) is a problem, reported once; one
    already listed by another way (named twice, or a symlink to a sibling) is skipped quietly.
    """
    stack: list[tuple[Iterator[os.DirEntry[str]], tuple[int, int]]] = []
    ancestors: set[tuple[int, int]] = set()

    def enter(directory: str) -> Iterator[tuple[str, str | None]]:
        try:
            info = os.stat(directory)  # its identity, whatever the path (realpath is O(depth))
        except OSError as err:
            yield directory, f"cannot list directory: {_reason(err)}"
            return
        real = (info.st_dev, info.st_ino)
        if real in ancestors:
            yield directory, "directory inside itself (symlink loop); not followed"
            return
        if real in seen:
            return  # listed already
        seen.add(real)
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as err:
            yield directory, f"cannot list directory: {_reason(err)}"
            return
        stack.append((iter(entries), real))
        ancestors.add(real)

    yield from enter(root)
    while stack:
        entries, real = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            ancestors.discard(real)
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from enter(entry.path)
        elif entry.name.lower().endswith(ARTICLE_SUFFIXES) and not entry.name.startswith("."):
            yield entry.path, None


def read_one(path: str, *, published: dt.date | None = None) -> Document | FileError:
    """Read and extract one file; any failure becomes a :class:`FileError` with the reason.

    Args:
        path: the file, or :data:`STDIN` for one report read from standard input (HTML when it
            begins with ``<``, else text).
        published: the publication day to assume where the report gives none (an archive
            whose pages lost their header); a report's own date always wins.  See
            :func:`with_published`.
    """
    from timeline.article import Article
    from timeline.extract import extract_document

    try:
        if isinstance(path, _Stdin):
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                return FileError(path, f"input too large to be an article (over {MAX_BYTES:,} bytes)")
            is_html = data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
        else:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                return FileError(path, "not a regular file (a device, pipe or socket is never read)")
            size = info.st_size
            if size > MAX_BYTES:
                return FileError(path, f"file too large to be an article ({size:,} bytes)")
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
            is_html = path.lower().endswith((".html", ".htm"))
        if is_html:  # bytes: the page's own charset (a BOM, <meta charset>) decides how it is read
            article = Article.from_html(data, source=str(path))
        else:
            article = Article.from_bytes(data, source=str(path))
        if published is not None:
            article = with_published(article, published)
        return extract_document(article)
    except ArticleError as err:
        return FileError(path, err.reason)
    except OSError as err:
        return FileError(path, err.strerror or str(err))
    except Exception as err:
        return FileError(path, f"unexpected error while reading ({type(err).__name__}: {err})")


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATELINE_DAY = (  # compiled on first use (re's cache), not when the command line starts
    r"(?i:\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?!\d)"
    r"|\b(?P<day2>\d{1,2})\s+(?P<month2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)


def with_published(article: Article, day: dt.date) -> Article:
    """``article`` with ``day`` as its publication date, where the report gives none.

    For an archive whose pages lost the header line that dates them.  A report that has its own
    publication date is returned unchanged.  A dateline that gives a month and day but no year
    (and that nothing else in the report gave a year) takes its year from ``day``, as it would
    from a header date: the dateline is on or before the publication day.

    >>> from timeline import Article
    >>> article = Article.from_text("SHANGHAI, March 3 (Xinhua) -- Premier Li Qiang visited a port on Monday.")
    >>> article.published
    Unknown(reason='no publication date found', text='')
    >>> dated = with_published(article, dt.date(2025, 3, 4))
    >>> str(dated.published), str(dated.dateline.date)
    ('2025-03-04', '2025-03-03')
    """
    import attrs

    from timeline.model import Dateline, Unknown

    if not isinstance(article.published, Unknown):
        return article
    dateline = article.dateline
    if isinstance(dateline, Dateline) and isinstance(dateline.date, Unknown):
        words = dateline.evidence.text[len(dateline.place) :]
        found = re.search(_DATELINE_DAY, words)
        if found is not None:
            from timeline.article.datelines import _dateline_year  # the reader's own rule for the year

            month = _MONTHS.index((found.group("month") or found.group("month2")).lower()[:3]) + 1
            number = int(found.group("day") or found.group("day2"))
            date = _dateline_year(month, number, day, article.text, article.source)
            if isinstance(date, dt.date):
                dateline = attrs.evolve(dateline, date=date)
    return attrs.evolve(article, published=day, dateline=dateline)


class _Report:
    """What is said on stderr while a batch is read: per-file lines, the progress bar, a summary.

    ``verbosity`` -1 (``-q``) says nothing per file; 0 names each file that could not be read
    (``path: reason``); 1 (``-v``) also names each file read, with its trips, and ends with a
    summary.  The bar (``tqdm``) is drawn only where ``stream`` is a terminal, and never with
    ``-q``; it counts every input, so it ends at N/N.
    """

    def __init__(self, stream: TextIO, total: int, *, verbosity: int, progress: bool | None) -> None:
        self.stream = stream
        self.verbosity = verbosity
        self.started = time.monotonic()
        self.counts = {"read": 0, "errors": 0, "trips": 0}
        self.bar: Any = None
        if progress is None:
            progress = verbosity >= 0 and total > 1 and _isatty(stream)
        if progress:
            self.bar = _progress_bar(total, stream)

    def say(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream)

    def result(self, result: Document | FileError) -> None:
        if isinstance(result, FileError):
            self.counts["errors"] += 1
            if self.verbosity >= 0:
                self.say(f"{result.path}: {result.reason}")
        else:
            self.counts["read"] += 1
            self.counts["trips"] += len(result.trips)
            if self.verbosity >= 1:
                trips = len(result.trips)
                stops = sum(len(trip.stops) for trip in result.trips)
                what = (
                    f"{trips} trip{'s' * (trips != 1)}, {stops} stop{'s' * (stops != 1)}"
                    if trips
                    else "no trip"
                )
                self.say(f"{result.path}: {what}")
        if self.bar is not None:
            self.bar.update(1)

    def finish(self, how: str) -> None:
        self.close()
        if self.verbosity >= 1:
            read, errors, trips = self.counts["read"], self.counts["errors"], self.counts["trips"]
            seconds = time.monotonic() - self.started
            print(
                f"timeline: {read} read, {errors} not read, {trips} trip{'s' * (trips != 1)}"
                f" in {seconds:.2f} s ({how})",
                file=self.stream,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


def _progress_bar(total: int, stream: TextIO) -> Any:
    """A tqdm bar on ``stream``, or None where tqdm cannot be imported (installed without it)."""
    try:
        from tqdm import tqdm  # imported here: the bar is drawn only on a terminal
    except ImportError:  # pragma: no cover - a dependency, but an install may have left it out
        return None

    class Bar(tqdm):  # type: ignore[misc]
        monitor_interval = 0  # no monitor thread: workers are forked, and fork wants one thread

    try:
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, ValueError, OSError):
        size = os.terminal_size((0, 0))
    # A terminal that gives no size (a bare pseudo-terminal says 0 by 0) would get no bar at all.
    sized: dict[str, Any] = (
        {"dynamic_ncols": True} if size.columns and size.lines else {"ncols": 80, "nrows": 24}
    )
    return Bar(total=total, file=stream, unit="report", **sized)


def iter_results(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    stderr: TextIO | None = None,
    published: dt.date | None = None,
) -> Iterator[Document | FileError]:
    """Read every input, yielding each result in input order as soon as it is ready.

    Failures are also reported on ``stderr`` as ``path: reason``.  Nothing is kept: a stream of
    any length runs in constant memory.  ``jobs`` is capped by the number of files and of CPUs;
    0 means one worker per CPU.  ``published`` is the publication day to assume for reports
    that give none (see :func:`with_published`).
    """
    return _results(list(iter_inputs(paths)), jobs=jobs, stderr=stderr, published=published)


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _results(
    inputs: list[tuple[str, str | None]],
    *,
    jobs: int,
    stderr: TextIO | None,
    published: dt.date | None = None,
    verbosity: int = 0,
    progress: bool | None = None,
) -> Iterator[Document | FileError]:
    err = sys.stderr if stderr is None else stderr
    # Standard input is read here, in this process, when its turn comes; files may go to workers.
    readable = [p for p, why in inputs if why is None and not isinstance(p, _Stdin)]
    jobs = max(1, min(jobs or _cpus(), len(readable), _cpus()))
    results: Generator[Document | FileError, None, None]
    if jobs > 1:
        results = _parallel(readable, jobs, published)
    else:
        results = (read_one(path, published=published) for path in readable)
    report = _Report(err, len(inputs), verbosity=verbosity, progress=progress)
    try:
        for path, why in inputs:
            if why is not None:
                result: Document | FileError = FileError(path, why)
            elif isinstance(path, _Stdin):
                result = read_one(path, published=published)
            else:
                result = next(results)
            report.result(result)
            yield result
        how = f"{jobs} worker{'s' * (jobs != 1)}, {_start_method()}" if jobs > 1 else "1 process"
        report.finish(how)
    finally:
        report.close()
        results.close()  # stops the workers, whatever ended the loop


# ---------------------------------------------------------------------------------------------
# Worker processes.  Not concurrent.futures: a pool there breaks as a whole when one worker dies
# and cannot say which file killed it.  Here each worker has its own pipe and one file at a
# time, so a death is charged to that file alone and the worker is replaced.

WORKER_DIED = "worker died while reading"


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this worker when the parent dies, however it dies (even SIGKILL)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _worker(conn: Connection, parent: int, published: dt.date | None = None) -> None:
    # Ctrl-C reaches the whole process group; the parent decides, and stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    _die_with_parent(parent)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path = task
        conn.send((index, read_one(path, published=published)))


class _Worker:
    def __init__(self, context: BaseContext, published: dt.date | None = None) -> None:
        ours, theirs = context.Pipe()
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_worker, args=(theirs, os.getpid(), published), daemon=True
        )
        self.process.start()
        theirs.close()
        self.conn = ours
        self.task: tuple[int, str] | None = None

    def stop(self, *, now: bool) -> None:
        if not now:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def _death(process: BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            return f"{WORKER_DIED} (killed by {signal.Signals(-code).name})"
        except ValueError:
            return f"{WORKER_DIED} (signal {-code})"
    return f"{WORKER_DIED} (exit status {code})"


def _start_method() -> str:
    """``fork`` where the platform has it, else ``spawn``: chosen here, never the default.

    Forked workers share the gazetteer the parent loaded before starting them (copy on write),
    so none loads its own.  The default start method differs by platform and Python version
    (``forkserver`` on Linux from Python 3.14, ``spawn`` on macOS and Windows), so it is named.
    Where there is no fork, each spawned worker loads the gazetteer once, on its first file.
    """
    import multiprocessing

    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _parallel(
    paths: list[str], jobs: int, published: dt.date | None = None
) -> Generator[Document | FileError, None, None]:
    """Results in input order, read by ``jobs`` worker processes; at most a window ahead."""
    import multiprocessing
    from multiprocessing.connection import wait

    method = _start_method()
    frozen = False
    if method == "fork":
        import gc

        from timeline.extract import warm_up

        warm_up()  # load the gazetteer once here, so that forked workers share it
        # what is loaded, out of the collector's reach while the workers run: their collections
        # neither walk it nor write to its pages (which the fork shares until one is written)
        frozen = gc.get_freeze_count() == 0
        if frozen:
            gc.freeze()
    context = multiprocessing.get_context(method)
    workers = [_Worker(context, published) for _ in range(jobs)]
    window = jobs * 8  # how far ahead of the next result to yield work is handed out
    done: dict[int, Document | FileError] = {}
    handed = 0  # paths[:handed] have been given to a worker
    finished = False
    try:
        for index in range(len(paths)):
            while index not in done:
                for worker in workers:
                    if worker.task is None and handed < min(len(paths), index + window):
                        worker.task = (handed, paths[handed])
                        worker.conn.send(worker.task)
                        handed += 1
                busy = [w for w in workers if w.task is not None]
                by_handle: dict[Any, _Worker] = {}
                for worker in busy:
                    by_handle[worker.conn] = worker
                    by_handle[worker.process.sentinel] = worker
                for handle in wait(list(by_handle)):
                    worker = by_handle[handle]
                    if worker.task is None:
                        continue  # already handled through its other handle
                    try:
                        if worker.conn.poll():
                            got, result = worker.conn.recv()
                            done[got] = result
                            worker.task = None
                            continue
                    except (EOFError, OSError):
                        worker.process.join(5)  # its pipe closed: it is dying
                        if worker.process.is_alive():  # pragma: no cover - closed its pipe, lives on
                            worker.process.kill()
                    if worker.process.is_alive():
                        continue
                    worker.process.join()
                    at, path = worker.task  # type: ignore[misc]  # mypy forgets the check above
                    done[at] = FileError(path, _death(worker.process))
                    worker.task = None
                    worker.conn.close()
                    workers[workers.index(worker)] = _Worker(context, published)
            yield done.pop(index)
        finished = True
    finally:
        for worker in workers:
            worker.stop(now=not finished)
        if frozen:
            import gc

            gc.unfreeze()  # (the caller's process collects as before)


def read_batch(
    paths: Sequence[str], *, jobs: int = 1, stderr: TextIO | None = None, published: dt.date | None = None
) -> Extraction:
    """Read every input into one :class:`Extraction`; order is input order whatever ``jobs`` is.

    ``jobs`` and ``published`` are as for :func:`iter_results`.
    """
    return _batch(list(iter_inputs(paths)), jobs=jobs, stderr=stderr, published=published)


def _batch(
    inputs: list[tuple[str, str | None]], *, jobs: int, stderr: TextIO | None, **options: Any
) -> Extraction:
    documents: list[Document] = []
    errors: list[FileError] = []
    for result in _results(inputs, jobs=jobs, stderr=stderr, **options):
        if isinstance(result, FileError):
            errors.append(result)
        else:
            documents.append(result)
    return Extraction(tuple(documents), tuple(dict.fromkeys(errors)))


def _itinerary(extraction: Extraction) -> Itinerary:
    from timeline.itinerary import build_itinerary

    return build_itinerary(extraction.documents)


class _Parser(argparse.ArgumentParser):
    """Bad usage is one line on stderr (``timeline map: error: ...``) and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


class _Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: object,
        values: object,
        option_string: str | None = None,
    ) -> None:
        import timeline

        print(f"timeline {timeline.__version__}")
        parser.exit()


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of workers (0 for one per CPU)")
    return jobs


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _tiles_problem(tiles: str) -> str | None:
    """Why ``--tiles`` cannot be used (said before any file is read), or None."""
    if tiles.lower() == "none":
        return None
    import warnings

    import folium

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "needs an API key" and the like: the page will say so
        try:
            folium.TileLayer(tiles)
        except (ValueError, KeyError, TypeError):
            return (
                f"argument --tiles: {tiles!r} is not a tile provider; give a name folium knows "
                "(OpenStreetMap, CartoDB.Positron, Esri.WorldImagery...) or 'none' for the bundled basemap alone"
            )
    return None


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="timeline",
        description="Read news reports of journeys into trips; write JSON, maps and timelines.",
    )
    parser.add_argument("--version", action=_Version, help="print the installed version and exit")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "paths",
            nargs="+",
            help="article files (.txt, .html), directories of them, or - for standard input",
        )
        p.add_argument(
            "-j", "--jobs", type=_jobs, default=1, help="worker processes (default 1; 0 for one per CPU)"
        )
        p.add_argument(
            "--published",
            type=_day,
            default=None,
            metavar="DATE",
            help="publication date (YYYY-MM-DD) for reports that give none, as in archives; a report's own date wins",
        )
        talk = p.add_mutually_exclusive_group()
        talk.add_argument(
            "-q",
            "--quiet",
            dest="verbosity",
            action="store_const",
            const=-1,
            default=0,
            help="no per-file lines and no progress bar on stderr (errors are still listed in the output)",
        )
        talk.add_argument(
            "-v",
            "--verbose",
            dest="verbosity",
            action="store_const",
            const=1,
            help="a line for every file read, with its trips, and a summary at the end",
        )

    p = sub.add_parser("extract", help="write the JSON record of every report (stdout by default)")
    common(p)
    p.add_argument("-o", "--output", default=None, help="output JSON file, or - for stdout (the default)")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="stream JSON Lines, one document or error a line, in constant memory (for large corpora)",
    )

    for name, what in (("map", "an itinerary map"), ("timeline", "a timeline linked to a map")):
        p = sub.add_parser(name, help=f"write {what} as HTML")
        common(p)
        p.add_argument("-o", "--output", required=True, help="output HTML file, or - for stdout")
        p.add_argument(
            "--tiles",
            default="OpenStreetMap",
            help="online tile layer drawn over the bundled basemap, or 'none' for the basemap alone (no request)",
        )
        p.add_argument(
            "--cdn",
            action="store_true",
            help="link Leaflet and its plugins from CDNs: a smaller file that needs the network",
        )
        p.add_argument("--inline", action="store_true", help=argparse.SUPPRESS)  # the default since issue 17

    p = sub.add_parser("export", help="write GeoJSON, CSV, iCalendar, KML, TimelineJS or Parquet")
    common(p)
    p.add_argument(
        "-f", "--format", required=True, choices=["geojson", "csv", "ics", "kml", "timelinejs", "parquet"]
    )
    p.add_argument("-o", "--output", default=None, help="output file (default: stdout)")
    return parser


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so that every ``finally`` runs and no partial file stays.

    A ``BaseException``, like ``KeyboardInterrupt``: the per-file ``except Exception`` in
    :func:`read_one` must not take it for a bad file.
    """


def _on_signal(signum: int, frame: object) -> None:
    # One shot: a second signal while cleaning up must not interrupt the cleanup.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if signum == signal.SIGTERM:
        raise _Terminated
    raise KeyboardInterrupt


class _CannotWrite(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Output:
    """Where the result goes: stdout, or an :class:`AtomicFile` opened before any work."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self._file = None if path is None else AtomicFile(path)

    def write(self, text: str | bytes) -> None:
        data = encode(text) if isinstance(text, str) else text  # bytes: a binary format (Parquet)
        if self._file is None:
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is None:  # a replaced sys.stdout (tests, notebooks) takes text
                sys.stdout.write(data.decode("utf-8"))
            else:
                sys.stdout.flush()
                buffer.write(data)
            return
        try:
            self._file.write(data)
        except OSError as err:
            raise _CannotWrite(_reason(err)) from err

    def commit(self) -> None:
        if self._file is None:
            sys.stdout.flush()
            return
        try:
            self._file.commit()
        except OSError as err:
            raise _CannotWrite(_reason(err)) from err

    def discard(self) -> None:
        if self._file is not None:
            self._file.discard()


def _open_output(path: str | None, inputs: list[tuple[str, str | None]]) -> _Output:
    """The output, checked before any work.

    Raises:
        _CannotWrite: it is one of the inputs, a directory, or cannot be created.
    """
    if path is None or path == "-":
        return _Output(None)
    try:
        info: os.stat_result | None = os.stat(path)
    except OSError:
        info = None
    if info is not None and stat.S_ISREG(info.st_mode):
        for name, why in inputs:
            if why is None:
                try:
                    other = os.stat(name)
                except OSError:
                    continue
                if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
                    raise _CannotWrite("it is also an input, and would be overwritten before it is read")
    try:
        return _Output(path)
    except OSError as err:
        raise _CannotWrite(_reason(err)) from err


def _marked(html: str) -> str:
    """The page with timeline's generator mark, so that a later run never reads it as an article."""
    head = _HEAD.search(html)
    if head is None:
        return f"{_MARK}\n{html}"
    return f"{html[: head.end()]}{_MARK}{html[head.end() :]}"


def _quiet_stdout() -> None:
    """After a closed pipe: send what is left to /dev/null, so that exit says nothing either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # a replaced sys.stdout (tests) has no descriptor
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    0 when every file was read, 1 when some could not be, 2 on bad usage or an output that cannot
    be written (``timeline: cannot write PATH: reason``, said before any file is read), 130 on
    SIGINT (Ctrl-C), 143 on SIGTERM, 141 when stdout was closed (``| head``).  On a signal the
    workers are stopped and no output is left half written: an ``-o`` file keeps its old content.
    """
    parser = _parser()
    try:
        args, unknown = parser.parse_known_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) if exit_.code in (0, None) else 2
    # the handlers first: checking --tiles imports folium, which may take seconds on a cold machine
    handlers: dict[signal.Signals, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            handlers[signum] = signal.signal(signum, _on_signal)
    try:
        problem = _tiles_problem(args.tiles) if args.command in ("map", "timeline") else None
        if unknown:  # said by the command's parser, not the top one: "timeline map: ... --help"
            problem = f"unrecognized arguments: {' '.join(unknown)}"
        if problem is not None:
            print(
                f"timeline {args.command}: error: {problem} (see 'timeline {args.command} --help')",
                file=sys.stderr,
            )
            return 2
        return _run(args)
    except KeyboardInterrupt:
        print("timeline: interrupted", file=sys.stderr)
        return 130
    except _Terminated:
        print("timeline: terminated", file=sys.stderr)
        return 143
    except BrokenPipeError:
        _quiet_stdout()
        return 141
    finally:
        for signum, handler in handlers.items():
            signal.signal(signum, handler)


def _run(args: argparse.Namespace) -> int:
    if args.command == "export" and args.format == "parquet":  # refused before any work
        from timeline.export.parquet import MISSING, available

        if not available():
            print(f"timeline: {MISSING}", file=sys.stderr)
            return 2
    inputs = list(iter_inputs(args.paths))
    try:
        output = _open_output(args.output, inputs)
    except _CannotWrite as err:
        print(f"timeline: cannot write {args.output}: {err.reason}", file=sys.stderr)
        return 2
    try:
        status = _produce(args, inputs, output)
        output.commit()
    except _CannotWrite as err:
        print(f"timeline: cannot write {args.output}: {err.reason}", file=sys.stderr)
        return 2
    finally:
        output.discard()  # nothing left after a commit; the temporary file after anything else
    return status


def _options(args: argparse.Namespace) -> dict[str, Any]:
    return {"published": args.published, "verbosity": args.verbosity}


def _produce(args: argparse.Namespace, inputs: list[tuple[str, str | None]], output: _Output) -> int:
    if args.command == "extract" and args.jsonl:
        from timeline.export import unstructure
        from timeline.model import SCHEMA

        status = 0
        for result in _results(inputs, jobs=args.jobs, stderr=None, **_options(args)):
            key = "error" if isinstance(result, FileError) else "document"
            status = 1 if isinstance(result, FileError) else status
            line = {"schema": SCHEMA, key: unstructure(result)}
            output.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
        return status

    extraction = _batch(inputs, jobs=args.jobs, stderr=None, **_options(args))
    if args.command == "extract":
        from timeline.export import to_json

        text = to_json(extraction)
    elif args.command in ("map", "timeline"):
        from timeline.rendering import map_html, render_page

        tiles = None if args.tiles.lower() == "none" else args.tiles
        assets: Literal["cdn", "inline"] = "cdn" if args.cdn else "inline"
        itinerary = _itinerary(extraction)
        if args.command == "map":
            text = _marked(map_html(itinerary, tiles=tiles, assets=assets))
        else:
            text = _marked(render_page(itinerary, tiles=tiles, assets=assets))
    else:
        from timeline import export

        itinerary = _itinerary(extraction)
        if args.format == "geojson":
            text = json.dumps(export.to_geojson(itinerary), ensure_ascii=False, indent=2)
        elif args.format == "parquet":  # bytes, written as they are
            output.write(export.to_parquet(itinerary))
            return 1 if extraction.errors else 0
        else:
            text = getattr(export, f"to_{args.format}")(itinerary)
    output.write(text if text.endswith("\n") else text + "\n")
    return 1 if extraction.errors else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
