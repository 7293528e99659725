"""The command line: ``timeline extract | map | timeline | export``.

The only module that reads and writes user files.  A batch never stops on one bad file: each
failure is reported on stderr as ``path: reason`` and listed under ``errors`` in the JSON.
Exit status: 0 when every file was read, 1 when some failed, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Literal, TextIO

from timeline.errors import ArticleError
from timeline.model import Document, Extraction, FileError, Itinerary

__all__ = ["iter_inputs", "iter_results", "main", "read_batch", "read_one"]

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024  # a wire report is a few KB; anything this large is not one


def iter_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, str | None]]:
    """``(path, problem)`` for every input: files named, and article files under directories.

    Directories are walked in sorted order; a directory reached twice (a symlink loop) is
    reported once as a problem, not followed.
    """
    seen_dirs: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, seen_dirs)
        elif path.exists() or path.is_symlink():
            yield str(path), None
        else:
            yield str(path), "no such file or directory"


def _walk(root: Path, seen: set[str]) -> Iterator[tuple[str, str | None]]:
    try:
        real = os.path.realpath(root)
    except OSError as err:  # pragma: no cover - realpath rarely fails
        yield str(root), f"cannot resolve directory: {err.strerror or err}"
        return
    if real in seen:
        yield str(root), "directory visited twice (symlink loop); not followed"
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as err:
        yield str(root), f"cannot list directory: {err.strerror or err}"
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen)
        elif path.suffix.lower() in ARTICLE_SUFFIXES and not entry.name.startswith("."):
            yield str(path), None


def read_one(path: str) -> Document | FileError:
    """Read and extract one file; any failure becomes a :class:`FileError` with the reason."""
    from timeline.article import Article
    from timeline.extract import extract_document

    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return FileError(path, "not a regular file (a device, pipe or socket is never read)")
        size = info.st_size
        if size > MAX_BYTES:
            return FileError(path, f"file too large to be an article ({size:,} bytes)")
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        if path.lower().endswith((".html", ".htm")):
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                return FileError(path, "not UTF-8 text")
            article = Article.from_html(text, source=path)
        else:
            article = Article.from_bytes(data, source=path)
        return extract_document(article)
    except ArticleError as err:
        return FileError(path, err.reason)
    except OSError as err:
        return FileError(path, err.strerror or str(err))
    except Exception as err:
        return FileError(path, f"unexpected error while reading ({type(err).__name__}: {err})")


def _progress(
    items: Iterable[Document | FileError], total: int, stream: TextIO
) -> Iterable[Document | FileError]:
    if total <= 5 or not stream.isatty():
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        return items
    return tqdm(items, total=total, file=stream, unit="report")  # type: ignore[no-any-return]


def iter_results(
    paths: Sequence[str], *, jobs: int = 1, stderr: TextIO | None = None
) -> Iterator[Document | FileError]:
    """Read every input, yielding each result in input order as soon as it is ready.

    Failures are also reported on ``stderr`` as ``path: reason``.  Nothing is kept: a stream of
    any length runs in constant memory.
    """
    err = sys.stderr if stderr is None else stderr
    inputs = list(iter_inputs(paths))
    readable = [p for p, why in inputs if why is None]
    with ExitStack() as stack:
        results: Iterable[Document | FileError]
        if jobs > 1 and len(readable) > 1:
            from timeline.extract import warm_up

            warm_up()  # load the gazetteer once here, so that forked workers share it
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=jobs))
            results = pool.map(read_one, readable, chunksize=max(1, min(64, len(readable) // (jobs * 8))))
        else:
            results = map(read_one, readable)
        ready = iter(_progress(results, len(readable), err))
        for path, why in inputs:
            result = FileError(path, why) if why is not None else next(ready)
            if isinstance(result, FileError):
                print(f"{result.path}: {result.reason}", file=err)
            yield result


def read_batch(paths: Sequence[str], *, jobs: int = 1, stderr: TextIO | None = None) -> Extraction:
    """Read every input into one :class:`Extraction`; order is input order whatever ``jobs`` is."""
    documents: list[Document] = []
    errors: list[FileError] = []
    for result in iter_results(paths, jobs=jobs, stderr=stderr):
        if isinstance(result, FileError):
            errors.append(result)
        else:
            documents.append(result)
    return Extraction(tuple(documents), tuple(dict.fromkeys(errors)))


def _write_lines(results: Iterable[Document | FileError], out: str | None) -> int:
    """Write JSON Lines, one document or error a line; returns the exit status."""
    from timeline.export import unstructure
    from timeline.model import SCHEMA

    status = 0
    with ExitStack() as stack:
        if out is None or out == "-":
            stream: TextIO = sys.stdout
        else:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            stream = stack.enter_context(open(out, "w", encoding="utf-8"))
        for result in results:
            key = "error" if isinstance(result, FileError) else "document"
            status = 1 if isinstance(result, FileError) else status
            line = {"schema": SCHEMA, key: unstructure(result)}
            stream.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
    return status


def _write(text: str, out: str | None) -> None:
    if out is None or out == "-":
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
        return
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(text, encoding="utf-8")


def _itinerary(extraction: Extraction) -> Itinerary:
    from timeline.itinerary import build_itinerary

    return build_itinerary(extraction.documents)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Read news reports of journeys into trips; write JSON, maps and timelines.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="+", help="article files (.txt, .html) or directories of them")
        p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")

    p = sub.add_parser("extract", help="write the JSON record of every report (stdout by default)")
    common(p)
    p.add_argument("-o", "--output", default=None, help="output JSON file (default: stdout)")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="stream JSON Lines, one document or error a line, in constant memory (for large corpora)",
    )

    for name, what in (("map", "an itinerary map"), ("timeline", "a timeline linked to a map")):
        p = sub.add_parser(name, help=f"write {what} as HTML")
        common(p)
        p.add_argument("-o", "--output", required=True, help="output HTML file")
        p.add_argument(
            "--tiles", default="OpenStreetMap", help="tile layer name, or 'none' for a blank background"
        )
        p.add_argument(
            "--inline", action="store_true", help="one self-contained HTML file that needs no network"
        )

    p = sub.add_parser("export", help="write GeoJSON, CSV, iCalendar, KML or TimelineJS")
    common(p)
    p.add_argument("-f", "--format", required=True, choices=["geojson", "csv", "ics", "kml", "timelinejs"])
    p.add_argument("-o", "--output", default=None, help="output file (default: stdout)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) if exit_.code in (0, None) else 2
    if args.jobs < 1:
        print("timeline: --jobs must be at least 1", file=sys.stderr)
        return 2
    if args.command == "extract" and args.jsonl:
        return _write_lines(iter_results(args.paths, jobs=args.jobs), args.output)
    extraction = read_batch(args.paths, jobs=args.jobs)
    status = 1 if extraction.errors else 0

    if args.command == "extract":
        from timeline.export import to_json

        _write(to_json(extraction), args.output)
    elif args.command in ("map", "timeline"):
        from timeline.rendering import map_html, render_page

        tiles = None if args.tiles.lower() == "none" else args.tiles
        assets: Literal["cdn", "inline"] = "inline" if args.inline else "cdn"
        itinerary = _itinerary(extraction)
        if args.command == "map":
            html = map_html(itinerary, tiles=tiles, assets=assets)
        else:
            html = render_page(itinerary, tiles=tiles, assets=assets)
        _write(html, args.output)
    else:
        from timeline import export

        itinerary = _itinerary(extraction)
        if args.format == "geojson":
            text = json.dumps(export.to_geojson(itinerary), ensure_ascii=False, indent=2)
        else:
            text = getattr(export, f"to_{args.format}")(itinerary)
        _write(text, args.output)
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
