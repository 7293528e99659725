"""Gazetteer benchmark: resolution given gold spans, recognition from raw text, cold load.

Run from the repository root::

    .venv/bin/python tests/bench/bench_geo.py [--corpora lgl,geowebnews] [--limit N]

Reads ``../shared/benchmarks/geo/*.jsonl`` (see its README), prints a table and
writes ``tests/bench/results/geo.json``.

* Resolution: every gold toponym with coordinates is read with its descriptor
  (``Gazetteer.toponym_at``) and resolved in its document's context
  (``Gazetteer.document_context``). Accuracy within 161 km (a toponym left
  unresolved counts wrong), median error, AUC of Gritta et al. 2018 (area under
  ln(1 + km) / ln(20039), lower is better; unanswered = 20039 km) and exact
  GeoNames id where the corpus gives one. Baseline: the most populous namesake in
  the same table. Distances: haversine on a 6371 km sphere. Accuracy is also
  reported on two halves of each corpus: ``dev`` (documents at even positions,
  counting from 0: the half the rules and thresholds were studied and chosen on)
  and ``held_out`` (odd positions: never used for tuning).
* Recognition: ``Gazetteer.find(text, nested=True)``; a prediction's span is the
  bare name plus any kind word ("Jiangsu Province"); strict = same span,
  lenient = overlapping spans (each gold and each prediction matched once).
* Cold load: a fresh interpreter imports the package and loads the table;
  wall time and peak RSS.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer, Resolved  # noqa: E402
from gazetteer.resolve import dateline_of  # noqa: E402

DATA = ROOT.parent / "shared" / "benchmarks" / "geo"
RESULTS = ROOT / "tests" / "bench" / "results" / "geo.json"
CORPORA = ("seeds", "lgl", "geowebnews", "trnews", "geovirus")
MAX_KM = 20039.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _auc(errors: list[float]) -> float:
    if not errors:
        return float("nan")
    scaled = sorted(math.log1p(e) / math.log1p(MAX_KM) for e in errors)
    # trapezoid over the sorted curve, x spread evenly on [0, 1]
    if len(scaled) == 1:
        return scaled[0]
    return sum((a + b) / 2 for a, b in itertools.pairwise(scaled)) / (len(scaled) - 1)


def _resolution(gz: Gazetteer, docs: list[dict[str, Any]]) -> dict[str, Any]:
    errors: list[float] = []
    halves: dict[str, list[float]] = {"dev": [], "held_out": []}
    base_errors: list[float] = []
    exact = exact_n = base_exact = 0
    started = time.perf_counter()
    for position, doc in enumerate(docs):
        text = doc["text"]
        gold = [t for t in doc["toponyms"] if t.get("lat") is not None]
        if not gold:
            continue
        toponyms = [gz.toponym_at(text, t["start"], t["end"]) for t in gold]
        results = gz.resolve_all(text, toponyms, dateline=dateline_of(text))
        for t, result in zip(gold, results, strict=True):
            if isinstance(result, Resolved):
                err = _km(t["lat"], t["lon"], result.place.lat, result.place.lon)
            else:
                err = MAX_KM
            errors.append(err)
            halves["held_out" if position % 2 else "dev"].append(err)
            candidates = sorted(gz.lookup(t["text"]), key=lambda p: -p.population)
            b = candidates[0] if candidates else None
            base_errors.append(MAX_KM if b is None else _km(t["lat"], t["lon"], b.lat, b.lon))
            if t.get("geonameid"):
                exact_n += 1
                exact += isinstance(result, Resolved) and result.place.geonameid == t["geonameid"]
                base_exact += b is not None and b.geonameid == t["geonameid"]
    elapsed = time.perf_counter() - started
    n = len(errors)

    def summary(errs: list[float], ex: int) -> dict[str, Any]:
        return {
            "acc161": round(sum(e <= 161 for e in errs) / n, 4) if n else None,
            "median_km": round(statistics.median(errs), 1) if n else None,
            "auc": round(_auc(errs), 4) if n else None,
            "exact_id": round(ex / exact_n, 4) if exact_n else None,
        }

    return {
        "toponyms": n,
        "ours": summary(errors, exact),
        "baseline_most_populous": summary(base_errors, base_exact),
        "ms_per_doc": round(1000 * elapsed / max(1, len(docs)), 2),
        "acc161_by_half": {
            half: round(sum(e <= 161 for e in errs) / len(errs), 4) if errs else None
            for half, errs in halves.items()
        },
    }


def _recognition(gz: Gazetteer, docs: list[dict[str, Any]]) -> dict[str, Any]:
    tp_s = tp_l_gold = tp_l_pred = n_gold = n_pred = 0
    started = time.perf_counter()
    for doc in docs:
        gold = [(t["start"], t["end"]) for t in doc["toponyms"]]
        pred = [(t.name_start, t.end) for t in gz.find(doc["text"], nested=True, demonyms=True)]
        n_gold += len(gold)
        n_pred += len(pred)
        tp_s += len(set(gold) & set(pred))
        tp_l_gold += sum(any(ps < ge and gs < pe for ps, pe in pred) for gs, ge in gold)
        tp_l_pred += sum(any(ps < ge and gs < pe for gs, ge in gold) for ps, pe in pred)
    elapsed = time.perf_counter() - started

    def prf(tp_p: int, tp_g: int) -> dict[str, float]:
        p = tp_p / n_pred if n_pred else 0.0
        r = tp_g / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}

    return {
        "gold": n_gold,
        "predicted": n_pred,
        "strict": prf(tp_s, tp_s),
        "lenient": prf(tp_l_pred, tp_l_gold),
        "ms_per_doc": round(1000 * elapsed / max(1, len(docs)), 2),
    }


def _cold_load() -> dict[str, float]:
    code = (
        "import time, resource\n"
        "t = time.perf_counter()\n"
        "from gazetteer import Gazetteer\n"
        "gz = Gazetteer.default(); gz.lookup('Ningbo')\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        seconds, rss = out.stdout.split()
        runs.append((float(seconds), float(rss)))
    return {"seconds": round(min(r[0] for r in runs), 3), "rss_mb": round(max(r[1] for r in runs), 1)}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the table and write the JSON results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default=",".join(CORPORA))
    parser.add_argument("--limit", type=int, default=0, help="documents per corpus (0: all)")
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        sys.stderr.write(f"{DATA}: benchmark data not found\n")
        return 2
    load = _cold_load()
    gz = Gazetteer.default()
    results: dict[str, Any] = {"cold_load": load, "corpora": {}}
    rows = []
    for name in args.corpora.split(","):
        with (DATA / f"{name}.jsonl").open(encoding="utf-8") as handle:
            docs = [json.loads(line) for line in handle if line.strip()]
        if args.limit:
            docs = docs[: args.limit]
        res = _resolution(gz, docs)
        rec = _recognition(gz, docs)
        results["corpora"][name] = {"docs": len(docs), "resolution": res, "recognition": rec}
        o, b = res["ours"], res["baseline_most_populous"]
        rows.append(
            f"{name:<11} {len(docs):>5} {res['toponyms']:>6} {o['acc161']!s:>7} "
            f"{res['acc161_by_half']['dev']!s:>7} {res['acc161_by_half']['held_out']!s:>7} {b['acc161']!s:>7} "
            f"{o['median_km']!s:>9} {o['auc']!s:>7} {o['exact_id']!s:>7} {res['ms_per_doc']:>7} "
            f"{rec['strict']['f1']:>7} {rec['lenient']['p']:>7} {rec['lenient']['r']:>7} "
            f"{rec['lenient']['f1']:>7}"
        )
    header = (
        f"{'corpus':<11} {'docs':>5} {'topos':>6} {'acc161':>7} {'dev':>7} {'held':>7} {'base':>7} "
        f"{'med_km':>9} {'AUC':>7} "
        f"{'exact':>7} {'ms/doc':>7} {'F1str':>7} {'P_len':>7} {'R_len':>7} {'F1len':>7}"
    )
    print(header)
    print("\n".join(rows))
    print(f"cold load: {load['seconds']} s, peak RSS {load['rss_mb']} MB")
    if not args.no_save and not args.limit:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
