"""The real-report corpus (tests/corpus/, docs/corpus.md): every gold file is well formed.

These checks read the gold and the article text only; they never run the reader.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gazetteer.index import load_index

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
CASES = sorted(p.parent for p in CORPUS.glob("*/gold.json"))
KINDS = {"inspection", "research", "visit", "other"}
STATUSES = {"made", "planned"}


def _day(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_gold_is_well_formed(case: Path) -> None:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    article = _folded((case / "article.txt").read_bytes().decode("utf-8-sig"))
    index = load_index()
    assert gold["url"].startswith(("http://", "https://")), "the source address is recorded"
    number, _, slug = case.name.partition("_")
    assert number.isdigit()
    assert len(number) >= 3
    assert slug
    _day(gold.get("published"))
    if gold.get("dateline") is not None:
        assert set(gold["dateline"]) >= {"place", "date", "agency"}
        _day(gold["dateline"]["date"])
    for date in gold.get("dates", []):
        assert _folded(date["text"]) in article, f"date text {date['text']!r} is not in the article"
        assert _day(date["start"]) <= _day(date["end"])  # type: ignore[operator]
    for trip in gold["trips"]:
        assert trip["kind"] in KINDS
        assert trip.get("status", "made") in STATUSES
        span = trip.get("span")
        start, end = (_day(span["start"]), _day(span["end"])) if span else (None, None)
        if span:
            assert start <= end  # type: ignore[operator]
        for place in trip.get("regions", []):
            if place.get("status") == "unresolved":
                continue
            record = index.by_id(place["geonameid"])
            assert record is not None, f"region {place} is not in the gazetteer"
            assert record.name == place["name"], f"region {place} is {record.name} in the gazetteer"
        for stop in trip.get("stops", []):
            if stop.get("status") == "unresolved":
                assert _folded(stop["text"]) in article
            else:
                record = index.by_id(stop["geonameid"])
                assert record is not None, f"stop {stop} is not in the gazetteer"
                assert record.name == stop["name"], f"stop {stop} is {record.name} in the gazetteer"
            if stop.get("start") and span:
                assert start <= _day(stop["start"]) <= _day(stop["end"]) <= end, f"stop {stop} outside {span}"  # type: ignore[operator]


def test_corpus_has_two_halves() -> None:
    numbers = [int(c.name.split("_", 1)[0]) for c in CASES]
    assert len(numbers) == len(set(numbers)), "every report has its own number"
    if len(CASES) >= 10:
        assert any(n % 2 == 0 for n in numbers)
        assert any(n % 2 for n in numbers)


def test_no_reserved_report() -> None:
    check = ROOT.parent / "shared" / "reserved" / "check.py"
    if not check.exists():
        pytest.skip("../shared/reserved/check.py is not beside this checkout")
    done = subprocess.run(
        [sys.executable, str(check), str(CORPUS), str(ROOT / "fixtures")],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
