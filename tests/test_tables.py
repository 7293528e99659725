"""timeline.tables: flat rows for pandas/polars/DuckDB, and the DuckDB recipe in docs/tables.md."""

from __future__ import annotations

import builtins
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from timeline import Article, Document, Extraction, build_itinerary, extract_document, to_json
from timeline.model import Person, Stop, Trip, Unresolved
from timeline.tables import COLUMNS, DATE_COLUMNS, to_dataframe, to_records
from timeline.testing import strategies

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "fixtures").glob("*/article.txt"))
RECIPE = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return [
        extract_document(Article.from_text(path.read_text(encoding="utf-8"), source=path.parent.name))
        for path in REPORTS
    ]


def test_one_row_per_stop_and_per_trip_without_stops(docs: list[Document]) -> None:
    rows = to_records(docs)
    trips = [trip for doc in docs for trip in doc.trips]
    assert len(rows) == sum(max(1, len(trip.stops)) for trip in trips)
    assert all(tuple(row) == COLUMNS for row in rows)
    assert {row["trip"] for row in rows} == set(range(len(trips)))
    for row in rows:
        trip = trips[row["trip"]]
        assert row["person"] == trip.person.name
        if row["stop"] is None:
            assert not trip.stops
            assert row["place"] is None
            assert row["resolved"] is None
        else:
            stop = trip.stops[row["stop"]]
            assert row["place"] == stop.label
            assert row["stop_start"] == stop.start
            assert row["resolved"] == (stop.location is not None)
        for column in DATE_COLUMNS:
            assert row[column] is None or type(row[column]) is dt.date
        json.dumps(row, default=str)  # plain values only


def test_rows_are_flat_and_typed(docs: list[Document]) -> None:
    scalar = (str, int, float, bool, dt.date, type(None))
    for row in to_records(docs):
        assert all(isinstance(value, scalar) for value in row.values()), row


def test_known_rows(docs: list[Document]) -> None:
    rows = to_records(docs)
    zhoushan = next(row for row in rows if row["place"] == "Zhoushan")
    assert zhoushan["person"] == "Zhang Guoqing"
    assert zhoushan["title"] == "Vice Premier"
    assert zhoushan["province"] == "Zhejiang"
    assert zhoushan["stop_start"] == dt.date(2025, 10, 9)
    assert zhoushan["regions"] == "Zhejiang"
    village = next(row for row in rows if row["place"] == "unresolved: Gusheng Village")
    assert village["resolved"] is False
    assert village["lat"] is None
    assert village["province"] is None
    assert any(row["stop"] is None for row in rows)  # trips without stops keep a row


def test_every_input_shape_gives_the_same_rows(docs: list[Document]) -> None:
    rows = to_records(docs)
    assert to_records(Extraction(tuple(docs))) == rows
    one_by_one = [row for doc in docs for row in to_records(doc)]  # trip numbers restart per call
    assert [{**row, "trip": 0} for row in one_by_one] == [{**row, "trip": 0} for row in rows]
    itinerary_rows = to_records(build_itinerary(docs))
    assert len(itinerary_rows) == len(rows)
    assert {row["person"] for row in itinerary_rows} == {row["person"] for row in rows}
    assert to_records([]) == []


def test_a_bare_trip_and_an_unresolved_stop() -> None:
    trip = Trip(Person("Someone"), stops=(Stop(Unresolved("Nowhere Village", "no such place")),))
    [row] = to_records(trip)
    assert row["source"] == ""
    assert row["place"] == "unresolved: Nowhere Village"
    assert row["trip_start"] is None
    assert row["stop_start"] is None
    assert row["evidence"] is None


def test_bad_input_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="to_records takes"):
        to_records("fixtures")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="to_records takes"):
        to_records([1, 2])  # type: ignore[list-item]


def test_to_dataframe(docs: list[Document]) -> None:
    pd = pytest.importorskip("pandas")
    frame = to_dataframe(docs)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == len(to_records(docs))
    for column in DATE_COLUMNS:
        assert pd.api.types.is_datetime64_any_dtype(frame[column])
    assert str(frame["stop"].dtype) == "Int64"
    assert frame.groupby("province").size()["Zhejiang"] >= 2


def test_to_dataframe_without_pandas_says_what_to_install(
    docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "pandas", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"pip install 'news-itinerary\[pandas\]'"):
        to_dataframe(docs)


def _recipe_code() -> str:
    section = RECIPE[RECIPE.index("## Many reports") :]
    [code] = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    return str(code)


def test_duckdb_recipe(docs: list[Document], tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    (tmp_path / "out").mkdir()
    lines = [f'{{"schema":"timeline/1","document":{to_json(doc, indent=None)}}}' for doc in docs]
    lines.append('{"schema":"timeline/1","error":{"path":"bad.txt","reason":"not UTF-8 text"}}')
    (tmp_path / "out" / "trips.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = _recipe_code()
    assert 'JSONL = "out/trips.jsonl"' in code
    code = code.replace('"out/trips.jsonl"', repr((tmp_path / "out" / "trips.jsonl").as_posix()))
    namespace: dict[str, Any] = {}
    exec(compile(code, "docs/tables.md", "exec"), namespace)

    rows = [row for row in to_records(docs) if row["stop"] is not None]
    july = sorted(
        (row["person"], row["stop_start"], row["place"])
        for row in rows
        if row["stop_start"] is not None and dt.date(2025, 7, 1) <= row["stop_start"] < dt.date(2025, 8, 1)
    )
    assert july
    assert namespace["who_went_where"] == july

    per_province = Counter((row["province"], row["country"]) for row in rows if row["province"])
    got = {(province, country): stops for province, country, stops, _ in namespace["stops_per_province"]}
    assert got == dict(per_province)
    con = namespace["con"]
    assert con.sql("SELECT count(*) FROM stops").fetchall()[0][0] == len(rows)
    trips = sum(len(doc.trips) for doc in docs)
    assert con.sql("SELECT count(*) FROM trips").fetchall()[0][0] == trips


def test_python_recipe(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pandas")
    section = RECIPE[RECIPE.index("## In Python") : RECIPE.index("## Many reports")]
    [code] = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {}
    exec(compile(code, "docs/tables.md", "exec"), namespace)
    assert len(namespace["rows"]) == len(namespace["frame"])
    assert "province" in capsys.readouterr().out


def test_module_doctest() -> None:
    import doctest

    import timeline.tables

    result = doctest.testmod(timeline.tables)
    assert result.attempted > 0
    assert result.failed == 0


@given(strategies.extractions())
def test_any_extraction_tabulates_and_displays(extraction: Extraction) -> None:
    rows = to_records(extraction)
    trips = [trip for doc in extraction.documents for trip in doc.trips]
    assert len(rows) == sum(max(1, len(trip.stops)) for trip in trips)
    assert all(tuple(row) == COLUMNS for row in rows)
    for obj in (extraction, extraction.itinerary(), *extraction.documents):
        assert "\n" not in repr(obj)
        assert len(repr(obj)) < 200
        assert obj._repr_html_().startswith("<table>")
    for trip in trips:
        assert trip.start is None or trip.start == trip.span.start  # type: ignore[union-attr]
        for stop in trip.stops:
            if stop.location is None:
                assert stop.label == f"unresolved: {stop.place.text}"
            else:
                assert stop.label == stop.location.name
