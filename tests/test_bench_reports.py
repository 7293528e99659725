"""The corpus scorer (tests/bench/bench_reports.py) keeps working, on a small slice."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_reports", ROOT / "tests" / "bench" / "bench_reports.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    return _scorer()


def _slice(tmp: Path, names: list[str]) -> Path:
    """Fixtures laid out as corpus folders (their expected.json is gold in the same format)."""
    for number, name in enumerate(names):
        folder = tmp / f"{number:03d}_{name}"
        folder.mkdir(parents=True)
        shutil.copy(ROOT / "fixtures" / name / "article.txt", folder / "article.txt")
        shutil.copy(ROOT / "fixtures" / name / "expected.json", folder / "gold.json")
    return tmp


FIXTURES = [
    "002_4f72e164766651ba",
    "003_0b045badc113223c",
    "108_merz_rostock_dateline_stop",
    "113_xi_kazakhstan_state_visit",
]


def test_exact_readings_score_one(scorer: ModuleType, tmp_path: Path) -> None:
    corpus = _slice(tmp_path, FIXTURES)
    tally = scorer.score(scorer.cases("all", "all", corpus))
    figures = tally.figures()
    assert tally.misses == []
    assert {m: f for m, f in figures.items() if f is not None} == {
        m: 1.0 for m, f in figures.items() if f is not None
    }
    assert tally.totals["traveller"] == 3
    assert tally.totals["stop_recall"] >= 4


def test_halves_split_by_number(scorer: ModuleType, tmp_path: Path) -> None:
    corpus = _slice(tmp_path, FIXTURES)
    assert [p.name[:3] for p in scorer.cases("dev", "en", corpus)] == ["000", "002"]
    assert [p.name[:3] for p in scorer.cases("test", "en", corpus)] == ["001", "003"]


def test_wrong_gold_is_counted_as_a_miss(scorer: ModuleType, tmp_path: Path) -> None:
    corpus = _slice(tmp_path, ["002_4f72e164766651ba", "003_0b045badc113223c"])
    gold_path = next(corpus.glob("000_*/gold.json"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold["trips"][0]["span"]["end"] = "2025-10-12"
    gold["trips"][0]["stops"].append({"name": "Hangzhou", "geonameid": 1808926, "start": None, "end": None})
    gold["trips"][0]["title"] = "Premier"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    no_trip = next(corpus.glob("001_*/gold.json"))
    gold = json.loads(no_trip.read_text(encoding="utf-8"))
    gold["trips"] = [{"person": "Someone Else", "kind": "visit", "span": None, "stops": []}]
    no_trip.write_text(json.dumps(gold), encoding="utf-8")
    tally = scorer.score(scorer.cases("all", "en", corpus))
    assert tally.hits["span"] == 0
    assert tally.totals["span"] == 2
    assert (tally.hits["stop_recall"], tally.totals["stop_recall"]) == (2, 3)
    assert (tally.hits["title"], tally.totals["title"]) == (0, 1)
    assert (tally.hits["traveller"], tally.totals["traveller"]) == (1, 2)
    assert any("missed stop Hangzhou" in m for m in tally.misses)


def test_names_and_titles_match_as_a_reader_would(scorer: ModuleType) -> None:
    assert scorer.same_person("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan")
    assert scorer.same_person("Francis", "Pope Francis")
    assert not scorer.same_person("Li Qiang", "Li Keqiang")
    key = scorer.title_key
    assert key("Chairman of the NPC Standing Committee") == key(
        "chairman of the National People's Congress Standing Committee"
    )
    assert key("General Secretary of the CPC Central Committee") == key(
        "general secretary of the Communist Party of China Central Committee"
    )
    assert key("Vice Premier") != key("Premier")
    assert scorer.km(39.9, 116.4, 39.9, 116.4) == 0.0
    assert 1000 < scorer.km(39.9042, 116.4074, 31.2304, 121.4737) < 1100


def test_a_batch_or_numbers_choose_the_reports(scorer: ModuleType, tmp_path: Path) -> None:
    corpus = _slice(tmp_path, FIXTURES)
    assert [p.name[:3] for p in scorer.cases("all", "en", corpus, [(1, 2)])] == ["001", "002"]
    assert [p.name[:3] for p in scorer.cases("test", "en", corpus, [(0, 0), (3, 9)])] == ["003"]
    assert scorer.parse_numbers("1266-1385, 1400") == [(1266, 1385), (1400, 1400)]
    with pytest.raises(Exception, match="not a range"):
        scorer.parse_numbers("12a")
    batches = tmp_path / "batches.json"
    batches.write_text(json.dumps({"_about": "x", "s1": [[0, 1]]}), encoding="utf-8")
    assert scorer.batch_numbers("s1", batches) == [(0, 1)]
    with pytest.raises(Exception, match="known: s1"):
        scorer.batch_numbers("s2", batches)


def test_the_shipped_batches_name_corpus_reports(scorer: ModuleType) -> None:
    numbers = {int(p.parent.name.split("_", 1)[0]) for p in (ROOT / "tests" / "corpus").glob("*/gold.json")}
    table = json.loads((ROOT / "tests" / "bench" / "batches.json").read_text(encoding="utf-8"))
    for name in (k for k in table if not k.startswith("_")):
        for first, last in scorer.batch_numbers(name):
            assert first <= last
            assert {first, last} <= numbers, name


def test_every_gold_agrees_with_itself(scorer: ModuleType) -> None:
    """A gold read back as a reading scores 1.0 on every measure: the two-annotator comparison is sound."""
    for folder in sorted(p.parent for p in (ROOT / "tests" / "corpus").glob("*/gold.json")):
        gold = scorer.load_gold(folder)
        tally = scorer.compare(folder.name, gold, scorer.reading_of_gold(gold))
        assert tally.misses == [], tally.misses


def test_a_second_reading_that_differs_is_scored_as_the_reader_is(scorer: ModuleType) -> None:
    folder = next((ROOT / "tests" / "corpus").glob("000_*"))
    gold = scorer.load_gold(folder)
    second = json.loads(json.dumps(gold))
    trip = second["trips"][0]
    trip["span"] = None
    trip["stops"] = [
        *trip["stops"][1:],
        {"status": "unresolved", "text": "Nowhere", "start": None, "end": None},
    ]
    tally = scorer.compare(folder.name, gold, scorer.reading_of_gold(second))
    assert tally.hits["span"] == 0
    assert tally.totals["stop_recall"] == len(gold["trips"][0]["stops"])
    assert tally.hits["stop_recall"] == tally.totals["stop_recall"] - 1
    assert tally.totals["stop_precision"] == tally.totals["stop_recall"]
    assert any("extra stop 'Nowhere'" in m for m in tally.misses)


def test_the_second_readings_name_corpus_reports() -> None:
    folder = ROOT / "tests" / "agreement"
    seconds = sorted(folder.glob("*.json"))
    assert len(seconds) >= 80
    for path in seconds:
        assert (ROOT / "tests" / "corpus" / path.stem / "gold.json").is_file(), path.name
        second = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(second.get("trips"), list), path.name
