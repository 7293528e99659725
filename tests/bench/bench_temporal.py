"""TempEval-3 DATE extraction and value accuracy: timeline.temporal against dateparser.search_dates.

Run from the repository root::

    .venv/bin/python tests/bench/bench_temporal.py [--data ../shared/benchmarks/tempeval3/test.jsonl]

Definitions (``docs/dates.md`` repeats them):

* Gold: the TIMEX3 of type DATE in each document (the DCT is not among them).
* Predictions: every expression a system finds.  A range is scored as its two ends, as TimeML
  annotates them ("2009-2010" is two timexes); our extents are the date words without the
  governing "on"/"from" that :class:`~timeline.model.DateMention` keeps.  A prediction that
  matches no gold DATE is a false positive, whatever it overlaps.
* Strict match: same start and end offsets.  Relaxed match: the extents overlap.  Each gold
  and each prediction is matched at most once, in text order.
* Value accuracy, end to end: over the gold DATEs whose value is a calendar span (YYYY-MM-DD,
  YYYY-Www, YYYY-MM, YYYY-Qn, YYYY, a decade YYY, a century YY), the share whose relaxed match
  resolves to the same first and last day as the gold value (so a day inside the right month is
  wrong: the granularity must be kept).  A gold timex with no match counts as wrong.  Both
  systems resolve against the DCT.  search_dates returns a datetime without granularity, so its
  span is read with dateparser's own ``DateDataParser.get_date_data(...).period`` on the matched
  words (outside its timing).
* ms per document: wall time of finding and resolving, best of three passes, same process.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from timeline.model import DateSpan, Unknown  # noqa: E402
from timeline.temporal import scan  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "tempeval3" / "test.jsonl"
if not DEFAULT_DATA.exists():
    DEFAULT_DATA = Path("/work/shared/benchmarks/tempeval3/test.jsonl")
RESULTS = Path(__file__).resolve().parent / "results" / "temporal.json"

Span = tuple[dt.date, dt.date]


def gold_span(value: str) -> Span | None:
    """The calendar span a TIMEX3 value names, or None when it names none."""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-W(\d{1,2})", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(m[1]), int(m[2])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, q = int(m[1]), int(m[2])
        last = 3 * q
        return dt.date(year, last - 2, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
    if m := re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    if re.fullmatch(r"\d{3}", value):
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):
        return dt.date(int(value) * 100, 1, 1), dt.date(int(value) * 100 + 99, 12, 31)
    return None


Pred = tuple[int, int, Span | None]


def ours(text: str, dct: dt.date) -> list[Pred]:
    out: list[Pred] = []
    for found in scan(text, dct):
        if found.parts:
            for start, end, span in found.parts:
                out.append((start, end, _pair(span)))
        else:
            out.append((found.core_start, found.end, _pair(found.span)))
    return out


def _pair(span: DateSpan | Unknown) -> Span | None:
    return (span.start, span.end) if isinstance(span, DateSpan) else None


def peer_find(text: str, dct: dt.date, search_dates: Any) -> list[tuple[int, int, str, dt.datetime]]:
    base = dt.datetime.combine(dct, dt.time(12))
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out = []
    cursor = 0
    for words, when in found:
        at = text.find(words, cursor)
        if at < 0:
            at = text.find(words)
        if at < 0:
            continue
        out.append((at, at + len(words), words, when))
        cursor = at + len(words)
    return out


def peer_values(raw: list[tuple[int, int, str, dt.datetime]], dct: dt.date, parser: Any) -> list[Pred]:
    out: list[Pred] = []
    for start, end, words, when in raw:
        period = getattr(parser.get_date_data(words), "period", "day") or "day"
        day = when.date()
        span: Span
        if period == "year":
            span = (dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
        elif period == "month":
            span = (day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]))
        elif period == "week":
            monday = day - dt.timedelta(days=day.weekday())
            span = (monday, monday + dt.timedelta(days=6))
        else:
            span = (day, day)
        out.append((start, end, span))
    return out


def score(docs: list[dict[str, Any]], preds: list[list[Pred]]) -> dict[str, float]:
    tp_strict = tp_relaxed = n_pred = n_gold = 0
    value_total = value_right = 0
    for doc, pred in zip(docs, preds, strict=True):
        gold = [t for t in doc["timexes"] if t["type"] == "DATE"]
        n_gold += len(gold)
        n_pred += len(pred)
        used: set[int] = set()
        for g in gold:
            match = None
            for i, (ps, pe, _span) in enumerate(pred):
                if i not in used and ps < g["end"] and g["start"] < pe:
                    match = i
                    if (ps, pe) == (g["start"], g["end"]):
                        break
            want = gold_span(g["value"])
            if want is not None:
                value_total += 1
            if match is None:
                continue
            used.add(match)
            tp_relaxed += 1
            ps, pe, span = pred[match]
            if (ps, pe) == (g["start"], g["end"]):
                tp_strict += 1
            if want is not None and span == want:
                value_right += 1

    def f1(tp: int) -> float:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    return {
        "gold_dates": n_gold,
        "predicted": n_pred,
        "strict_f1": round(100 * f1(tp_strict), 1),
        "relaxed_f1": round(100 * f1(tp_relaxed), 1),
        "relaxed_precision": round(100 * tp_relaxed / n_pred, 1) if n_pred else 0.0,
        "relaxed_recall": round(100 * tp_relaxed / n_gold, 1) if n_gold else 0.0,
        "value_gold": value_total,
        "value_right": value_right,
        "value_accuracy": round(100 * value_right / value_total, 1) if value_total else 0.0,
    }


def _timed(fn: Any, docs: list[dict[str, Any]]) -> tuple[list[Any], float]:
    best = float("inf")
    out: list[Any] = []
    for _ in range(3):
        began = time.perf_counter()
        out = [fn(d["text"], dt.date.fromisoformat(d["dct"])) for d in docs]
        best = min(best, time.perf_counter() - began)
    return out, 1000 * best / len(docs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--misses", action="store_true", help="list the gold values we got wrong")
    args = parser.parse_args(argv)
    docs = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]

    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    search_dates("warm-up on Friday", languages=["en"])  # load dateparser's data before timing
    ours_preds, ours_ms = _timed(ours, docs)
    peer_raw, peer_ms = _timed(lambda text, dct: peer_find(text, dct, search_dates), docs)
    dp = DateDataParser(languages=["en"])
    peer_preds = []
    for doc, raw in zip(docs, peer_raw, strict=True):
        dct = dt.date.fromisoformat(doc["dct"])
        dp = DateDataParser(
            languages=["en"], settings={"RELATIVE_BASE": dt.datetime.combine(dct, dt.time(12))}
        )
        peer_preds.append(peer_values(raw, dct, dp))

    rows = {
        "timeline.temporal": {**score(docs, ours_preds), "ms_per_doc": round(ours_ms, 3)},
        "dateparser.search_dates": {**score(docs, peer_preds), "ms_per_doc": round(peer_ms, 3)},
    }
    header = (
        f"{'system':26} {'strict F1':>9} {'relaxed F1':>10} {'P':>6} {'R':>6} {'value acc':>14} {'ms/doc':>8}"
    )
    print(f"TempEval-3 {args.data.name}: {len(docs)} documents, DATE timexes only")
    print(header)
    print("-" * len(header))
    for name, r in rows.items():
        value = f"{r['value_accuracy']:.1f} ({r['value_right']}/{r['value_gold']})"
        print(
            f"{name:26} {r['strict_f1']:>9.1f} {r['relaxed_f1']:>10.1f} {r['relaxed_precision']:>6.1f}"
            f" {r['relaxed_recall']:>6.1f} {value:>14} {r['ms_per_doc']:>8.3f}"
        )
    speedup = peer_ms / ours_ms if ours_ms else float("inf")
    print(f"speed-up over search_dates: {speedup:.1f}x")
    if args.misses:
        _print_misses(docs, ours_preds)
    if args.data.name == "test.jsonl":
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "benchmark": "TempEval-3 platinum test (DATE timexes)",
            "command": "python tests/bench/bench_temporal.py",
            "documents": len(docs),
            "systems": rows,
            "speedup": round(speedup, 1),
        }
        RESULTS.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


def _print_misses(docs: list[dict[str, Any]], preds: list[list[Pred]]) -> None:
    for doc, pred in zip(docs, preds, strict=True):
        for g in doc["timexes"]:
            if g["type"] != "DATE":
                continue
            want = gold_span(g["value"])
            hits = [p for p in pred if p[0] < g["end"] and g["start"] < p[1]]
            if not hits or (want is not None and all(h[2] != want for h in hits)):
                got = [(doc["text"][h[0] : h[1]], h[2]) for h in hits]
                print(f"  MISS {doc['dct']} {g['text']!r} {g['value']} -> {got}")
        gold_ranges = [(g["start"], g["end"]) for g in doc["timexes"] if g["type"] == "DATE"]
        for ps, pe, span in pred:
            if not any(ps < ge and gs < pe for gs, ge in gold_ranges):
                print(f"  FP   {doc['dct']} {doc['text'][ps:pe]!r} {span}")


if __name__ == "__main__":
    raise SystemExit(main())
