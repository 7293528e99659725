"""README's "As a library" code runs, as written, on every bundled report, and prints what README says.

Undated stops and unresolved places are read through the plain accessors (``stop.start``,
``stop.label``), so the loop needs no type checks; the reports in ``fixtures/`` and ``tests/corpus/``
include both.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

from timeline import Article, Document, Extraction, Itinerary, build_itinerary, extract_document

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE_PATH = "fixtures/002_4f72e164766651ba/article.txt"
REPORTS = sorted((ROOT / "fixtures").glob("*/article.txt"))
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*/article.txt"))


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def _library_code() -> str:
    blocks = re.findall(r"```python\n(.*?)```", _section("As a library"), flags=re.DOTALL)
    assert len(blocks) == 1, "README's library section should hold one python block"
    return str(blocks[0])


def _printed_output() -> str:
    section = _section("As a library")
    match = re.search(r"prints\n\n```\n(.*?)```", section, flags=re.DOTALL)
    assert match is not None
    return match.group(1)


def _run(code: str, report: Path, cwd: Path) -> str:
    assert EXAMPLE_PATH in code
    code = code.replace(EXAMPLE_PATH, report.as_posix())
    out = io.StringIO()
    old = Path.cwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
    finally:
        os.chdir(old)
    return out.getvalue()


def test_readme_example_prints_what_readme_says(tmp_path: Path) -> None:
    printed = _run(_library_code(), ROOT / EXAMPLE_PATH, tmp_path)
    assert printed == _printed_output()
    assert (tmp_path / "out" / "002.json").stat().st_size > 0
    assert (tmp_path / "out" / "002.html").stat().st_size > 0


def test_bundled_reports_include_undated_and_unresolved_stops() -> None:
    """The reports the loop is run over do exercise both cases that once crashed it."""
    stops = [
        stop
        for path in REPORTS
        for trip in extract_document(Article.from_text(path.read_text(encoding="utf-8"))).trips
        for stop in trip.stops
    ]
    assert any(stop.start is None for stop in stops)
    assert any(stop.label.startswith("unresolved: ") for stop in stops)


@pytest.mark.parametrize("report", REPORTS, ids=lambda path: path.parent.name)
def test_readme_loop_runs_on_every_fixture(report: Path, tmp_path: Path) -> None:
    printed = _run(_library_code(), report, tmp_path)
    doc = extract_document(Article.from_text(report.read_text(encoding="utf-8")))
    assert len(printed.splitlines()) == len(doc.trips) + sum(len(trip.stops) for trip in doc.trips)
    assert (tmp_path / "out" / "002.json").exists()


def test_readme_loop_runs_on_the_corpus(tmp_path: Path) -> None:
    """The printing loop (without the file writes) over every report in tests/corpus."""
    code = _library_code()
    loop = code[code.index("for trip in doc.trips:") : code.index('Path("out")')]
    for report in CORPUS:
        doc = extract_document(Article.from_text(report.read_text(encoding="utf-8"), source=report.name))
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(loop, {"doc": doc})
        assert "None -" not in out.getvalue(), report


def test_accessors_agree_with_the_full_facts() -> None:
    for path in REPORTS:
        for trip in extract_document(Article.from_text(path.read_text(encoding="utf-8"))).trips:
            assert (trip.start, trip.end) == (
                (None, None) if trip.start is None else (trip.span.start, trip.span.end)  # type: ignore[union-attr]
            )
            assert trip.who.endswith(trip.person.name)
            for stop in trip.stops:
                if stop.location is None:
                    assert stop.label == f"unresolved: {stop.place.text}"
                else:
                    assert stop.label == stop.location.name
                if stop.start is None:
                    assert stop.end is None
                else:
                    assert stop.end is not None
                    assert stop.start <= stop.end


def test_reprs_are_short_and_html_is_a_table() -> None:
    docs = [
        extract_document(Article.from_text(path.read_text(encoding="utf-8"), source=path.parent.name))
        for path in REPORTS
    ]
    itinerary = build_itinerary(docs)
    extraction = Extraction(tuple(docs))
    objects: list[Document | Itinerary | Extraction] = [*docs, itinerary, extraction]
    for obj in objects:
        assert len(repr(obj)) < 200
        assert "\n" not in repr(obj)
        html = obj._repr_html_()
        assert html.startswith("<table>")
        assert html.endswith("</table>")
    assert repr(itinerary) == f"<Itinerary {len(itinerary.trips)} trips of {len(itinerary.people())} people>"
    assert repr(extraction) == f"<Extraction 25 documents, {len(itinerary.trips)} trips, 0 errors>"
    assert repr(docs[2]).startswith("<Document '002_4f72e164766651ba' ")
    html = itinerary._repr_html_()
    assert html.count("<tr>") == 1 + len(itinerary.trips) + sum(len(t.stops) for t in itinerary.trips)
    assert "unresolved: Gusheng Village" in html
    assert "Vice Premier Zhang Guoqing" in html


def test_html_is_escaped() -> None:
    from timeline.model import Person, Trip

    trip = Trip(Person("<b>x</b>"))
    assert "<b>" not in trip._repr_html_()
    assert "&lt;b&gt;x&lt;/b&gt;" in trip._repr_html_()
    assert repr(trip) == "<Trip &lt;b&gt;x&lt;/b&gt;, other, undated, 0 stops>".replace("&lt;", "<").replace(
        "&gt;", ">"
    )
