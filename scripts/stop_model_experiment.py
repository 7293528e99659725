"""Experiment: a token-level CRF that labels stop mentions, cross-validated on the development half.

Run from the repository root with the shared venv and ``python-crfsuite`` importable::

    PYTHONPATH=/path/holding/pycrfsuite .venv/bin/python scripts/stop_model_experiment.py oracle
    PYTHONPATH=/path/holding/pycrfsuite .venv/bin/python scripts/stop_model_experiment.py cv

``oracle`` classifies the development gold stops the reader misses on a matched trip (the name not
found as a place / found but resolved elsewhere / found and resolved right but not taken).  ``cv``
labels, for each read trip matched to a gold trip, every token of every body and caption sentence
BIO (``B-STOP``/``I-STOP``/``O``: a place mention that matches one of the trip's gold stops), trains
a linear-chain CRF on four of five folds grouped by report, and scores the held-out fifth with the
benchmark's own scorer after combining the model with the rules (add places the model gives a high
probability that the rules missed; drop rule stops the model strongly rejects).  Development half
only: the test half is never read here.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import bench_reports as bench  # noqa: E402

import timeline.extract.document as document_module  # noqa: E402
from gazetteer.model import PlaceRef, Resolved  # noqa: E402
from timeline.cli import read_one  # noqa: E402
from timeline.model import DateSpan, Document, Evidence, Precision, Stop, Trip, Unknown  # noqa: E402

# --- capturing the reader's units and drafts ------------------------------------------------

_CAPTURED: dict[str, Any] = {}
_orig_units = document_module._sentence_units
_orig_draft = document_module._draft_trips
_orig_build = document_module._build_trip


def _units_hook(*args: Any, **kwargs: Any) -> Any:
    units = _orig_units(*args, **kwargs)
    _CAPTURED["units"] = units
    return units


def _draft_hook(*args: Any, **kwargs: Any) -> Any:
    drafts = _orig_draft(*args, **kwargs)
    _CAPTURED["drafts"] = drafts
    _CAPTURED["built"] = []
    return drafts


def _build_hook(draft: Any, *args: Any, **kwargs: Any) -> Any:
    trip = _orig_build(draft, *args, **kwargs)
    _CAPTURED["built"].append((trip, draft))
    return trip


document_module._sentence_units = _units_hook  # type: ignore[assignment]
document_module._draft_trips = _draft_hook  # type: ignore[assignment]
document_module._build_trip = _build_hook  # type: ignore[assignment]


def capture(case: Path) -> dict[str, Any] | None:
    """Read one report; its document, text, units and each final trip's draft."""
    _CAPTURED.clear()
    doc = read_one(str(case / "article.txt"))
    if not isinstance(doc, Document):
        return None
    text = (case / "article.txt").read_bytes().decode("utf-8-sig")
    units = _CAPTURED.get("units", [])
    built = _CAPTURED.get("built", [])
    drafts = []
    for trip in doc.trips:
        draft = next((d for t, d in built if t.person.name == trip.person.name and t.evidence == trip.evidence), None)
        if draft is None:
            draft = next((d for t, d in built if t.person.name == trip.person.name), None)
        drafts.append(draft)
    return {"doc": doc, "text": text, "units": units, "drafts": drafts, "gold": bench.load_gold(case), "case": case}


def key(ref: PlaceRef) -> str:
    return f"id:{ref.place.geonameid}" if isinstance(ref, Resolved) else f"text:{bench.fold(ref.text)}"


class _Fake:
    def __init__(self, place: PlaceRef) -> None:
        self.place = place


def matched_gold(gstops: list[dict[str, Any]], rstops: list[Any]) -> tuple[set[int], dict[int, int]]:
    """The benchmark's stop matching: gold indices matched, and gold index -> read index."""
    used: set[int] = set()
    exact = {i: next((k for k, s in enumerate(rstops) if bench._stop_is(gs, s)), None) for i, gs in enumerate(gstops)}
    reserved = {k for k in exact.values() if k is not None}
    out: dict[int, int] = {}
    for i, gs in enumerate(gstops):
        j = exact[i] if exact[i] is not None and exact[i] not in used else None
        if j is None:
            j = next(
                (k for k, s in enumerate(rstops) if k not in used and k not in reserved and bench._stop_matches(gs, s)),
                None,
            )
        if j is not None:
            used.add(j)
            out[i] = j
    return set(out), out


# --- oracle ----------------------------------------------------------------------------------


def oracle(folders: list[Path]) -> None:
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for case in folders:
        cap = capture(case)
        if cap is None:
            continue
        doc, gold, units = cap["doc"], cap["gold"], cap["units"]
        read = list(doc.trips)
        matches = bench._match_trips(gold.get("trips", []), read)
        for g, i in zip(gold.get("trips", []), matches, strict=False):
            if i is None:
                counts["gold stops on unmatched trips"] += len(g.get("stops", []))
                continue
            trip, draft = read[i], cap["drafts"][i]
            got, _ = matched_gold(g.get("stops", []), list(trip.stops))
            for gi, gs in enumerate(g.get("stops", [])):
                if gi in got:
                    continue
                right = [(u, t) for u in units for t, r, _ in u.places if bench._stop_matches(gs, _Fake(r))]
                label = gs.get("name") or gs.get("text") or ""
                named = [
                    (u, t)
                    for u in units
                    for t, r, _ in u.places
                    if bench.fold(label) and bench.fold(label) in bench.fold(t.text)
                ]
                if right:
                    own = draft is not None and any(u.index in {x.index for x in draft.units} for u, _ in right)
                    subj = any(u.subject is not None and u.subject.name == trip.person.name for u, _ in right)
                    trip_s = draft is not None and any(u.index in draft.trip_units for u, _ in right)
                    kind = "right, not taken"
                    counts[kind] += 1
                    counts[f"  .. in a sentence joined to the trip: {own}"] += 1
                    counts[f"  .. traveller is a subject of a mention's sentence: {subj}"] += 1
                    counts[f"  .. in a trip sentence: {trip_s}"] += 1
                    u, t = right[0]
                    ex = f"{case.name}: {label} | {u.sentence.text[:160]!r}"
                elif named:
                    kind = "recognised, resolved elsewhere"
                    counts[kind] += 1
                    u, t = named[0]
                    r = next(r for tt, r, _ in u.places if tt is t)
                    ex = f"{case.name}: {label} -> {r.place.name if isinstance(r, Resolved) else 'unresolved'}"
                else:
                    kind = "not recognised as a place"
                    counts[kind] += 1
                    where = cap["text"].find(label)
                    ex = f"{case.name}: {label} | {cap['text'][max(0, where - 60) : where + 60]!r}"
                examples.setdefault(kind, []).append(ex)
    for k, v in counts.items():
        print(f"{v:5d}  {k}")
    for kind, exs in examples.items():
        print("==", kind)
        for e in exs[:12]:
            print("   ", e)


# --- features --------------------------------------------------------------------------------

USE_RULE = True  # the rules' own choice as a feature (--no-rule: the model reads the words only)
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def shape(word: str) -> str:
    s = re.sub(r"[A-Z]", "X", word)
    s = re.sub(r"[a-z]", "x", s)
    s = re.sub(r"\d", "d", s)
    return re.sub(r"(.)\1+", r"\1\1", s)


def sentence_items(cap: dict[str, Any], trip_i: int) -> list[dict[str, Any]]:
    """Per sentence: tokens, features and the place mention each token belongs to, for one read trip."""
    doc, units = cap["doc"], cap["units"]
    trip: Trip = doc.trips[trip_i]
    draft = cap["drafts"][trip_i]
    rule_keys = {key(s.place) for s in trip.stops}
    region_keys = {key(r) for r in trip.regions} if hasattr(trip, "regions") else set()
    own = {u.index for u in draft.units} if draft is not None else set()
    trip_units = set(draft.trip_units) if draft is not None else set()
    n = max(1, len(units))
    out = []
    for u in units:
        s = u.sentence
        toks = [(m.start() + s.start, m.end() + s.start, m.group()) for m in _TOKEN.finditer(s.text)]
        if not toks:
            continue
        mention_of: list[int | None] = []
        places = list(u.places)
        for a, b, _ in toks:
            mention_of.append(next((k for k, (t, _, _) in enumerate(places) if t.start <= a and b <= t.end), None))
        subj = u.subject
        sfeat = [
            f"cap={u.caption}",
            "subj=traveller" if subj is not None and subj.name == trip.person.name else ("subj=none" if subj is None else "subj=other"),
            f"own={u.index in own}",
            f"tripsent={u.index in trip_units}",
            f"tripword={u.trip_word[0].value if u.trip_word else None}",
            f"dates={min(len(u.dates), 2)}",
            f"pos={min(4, 5 * u.index // n)}",
            f"npl={min(len(places), 3)}",
        ]
        quotes = 0
        feats = []
        for k, (a, b, w) in enumerate(toks):
            if w in "\"“”":
                quotes += 1
            f = [
                "bias",
                "w=" + w.lower(),
                "sh=" + shape(w),
                "suf=" + w[-3:].lower(),
                f"title={w[:1].isupper()}",
                f"inq={quotes % 2 == 1}",
                *sfeat,
            ]
            for d in (-3, -2, -1, 1, 2, 3):
                j = k + d
                ww = toks[j][2].lower() if 0 <= j < len(toks) else ("<s>" if j < 0 else "</s>")
                f.append(f"w{d:+d}=" + ww)
            f.append("w-2-1=" + "|".join(toks[j][2].lower() if j >= 0 else "<s>" for j in (k - 2, k - 1)))
            m = mention_of[k]
            if m is None:
                f.append("pl=O")
            else:
                t, r, gov = places[m]
                first = mention_of[k - 1] != m if k > 0 else True
                kind = r.place.kind.value if isinstance(r, Resolved) else "unres"
                f += [
                    "pl=" + ("B" if first else "I"),
                    "plk=" + kind,
                    f"gov={gov}",
                    *(
                        [
                            f"rule={key(r) in rule_keys}",
                            f"region={key(r) in region_keys}",
                            f"rule&k={key(r) in rule_keys}&{kind}",
                        ]
                        if USE_RULE
                        else []
                    ),
                    f"gov&subj={gov}&{sfeat[1]}",
                    f"hint={t.kind_hint.value if t.kind_hint else None}",
                    f"abroad={isinstance(r, Resolved) and r.place.country != 'CN'}",
                ]
            feats.append(f)
        out.append({"unit": u, "toks": toks, "mention_of": mention_of, "places": places, "feats": feats})
    return out


def labels_for(items: list[dict[str, Any]], gstops: list[dict[str, Any]]) -> list[list[str]]:
    out = []
    for it in items:
        good = {k for k, (_, r, _) in enumerate(it["places"]) if any(bench._stop_matches(gs, _Fake(r)) for gs in gstops)}
        ys = []
        for k, m in enumerate(it["mention_of"]):
            if m is None or m not in good:
                ys.append("O")
            else:
                ys.append("B-STOP" if k == 0 or it["mention_of"][k - 1] != m else "I-STOP")
        out.append(ys)
    return out


# --- cross-validation ------------------------------------------------------------------------


def combine(cap: dict[str, Any], trip_i: int, items: list[dict[str, Any]], probs: list[list[float]], t_add: float, t_drop: float, kinds: set[str]) -> Trip:
    """The read trip with model stops added and strongly rejected rule stops dropped."""
    trip: Trip = cap["doc"].trips[trip_i]
    best: dict[str, tuple[float, Any, Any, Any]] = {}
    for it, ps in zip(items, probs, strict=True):
        for k, m in enumerate(it["mention_of"]):
            if m is None or (k > 0 and it["mention_of"][k - 1] == m):
                continue
            t, r, _ = it["places"][m]
            kk = key(r)
            if kk not in best or ps[k] > best[kk][0]:
                best[kk] = (ps[k], t, r, it["unit"])
    stops = [s for s in trip.stops if key(s.place) not in best or best[key(s.place)][0] >= t_drop]
    have = {key(s.place) for s in stops} | {key(s.place) for s in trip.stops}
    for kk, (p, t, r, u) in sorted(best.items(), key=lambda x: x[1][1].start):
        kind = r.place.kind.value if isinstance(r, Resolved) else "unres"
        if kk in have or p < t_add or kind not in kinds:
            continue
        if isinstance(r, Resolved) and any(
            isinstance(s.place, Resolved)
            and bench.km(r.place.lat, r.place.lon, s.place.place.lat, s.place.place.lon) <= bench.STOP_KM
            for s in stops
        ):
            continue  # as good as a stop already taken
        have.add(kk)
        days = [d.span for d in u.dates if isinstance(d.span, DateSpan) and d.span.precision is Precision.DAY]
        span: Any = days[0] if len(days) == 1 else Unknown("no date given")
        ev = Evidence(t.start, t.end, cap["text"][t.start : t.end], "stop-model")
        stops.append(Stop(place=r, span=span, evidence=(ev,)))
    return attrs.evolve(trip, stops=tuple(stops))


def score_caps(caps: list[dict[str, Any]], trips_for: dict[str, dict[int, Trip]]) -> bench.Tally:
    total = bench.Tally()
    for cap in caps:
        doc = cap["doc"]
        new = trips_for.get(cap["case"].name, {})
        trips = tuple(new.get(i, t) for i, t in enumerate(doc.trips))
        newdoc = attrs.evolve(doc, trips=trips)
        bench.read_one = lambda _path, _d=newdoc: _d  # type: ignore[assignment]
        tally, _ = bench.score_report(cap["case"])
        total.add(tally)
    return total


def cv(folders: list[Path], folds: int, c1: float, c2: float) -> None:
    import pycrfsuite

    caps = [c for c in (capture(f) for f in folders) if c is not None]
    print(f"{len(caps)} reports captured", flush=True)
    # per read trip: items, and labels where the trip matches a gold trip
    data: list[tuple[int, dict[str, Any], int, list[dict[str, Any]], list[list[str]] | None]] = []
    for ci, cap in enumerate(caps):
        read = list(cap["doc"].trips)
        gtrips = cap["gold"].get("trips", [])
        matches = bench._match_trips(gtrips, read)
        gold_of = {i: g for g, i in zip(gtrips, matches, strict=False) if i is not None}
        for ti in range(len(read)):
            items = sentence_items(cap, ti)
            ys = labels_for(items, gold_of[ti].get("stops", [])) if ti in gold_of else None
            data.append((ci, cap, ti, items, ys))
    fold_of = {ci: ci % folds for ci in range(len(caps))}
    probs_all: dict[tuple[int, int], list[list[float]]] = {}
    for f in range(folds):
        trainer = pycrfsuite.Trainer(verbose=False)
        for ci, _cap, _ti, items, ys in data:
            if fold_of[ci] == f or ys is None:
                continue
            for it, y in zip(items, ys, strict=True):
                trainer.append([{x: 1.0 for x in fs} for fs in it["feats"]], y)
        trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 150, "feature.possible_transitions": True})
        model = f"/tmp/learn-stop-fold{f}.crf"
        trainer.train(model)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        for ci, _cap, ti, items, _ys in data:
            if fold_of[ci] != f:
                continue
            ps = []
            for it in items:
                tagger.set([{x: 1.0 for x in fs} for fs in it["feats"]])
                tagger.tag()
                ps.append([tagger.marginal("B-STOP", k) for k in range(len(it["toks"]))])
            probs_all[(ci, ti)] = ps
        print(f"fold {f} trained", flush=True)
    base = score_caps(caps, {})
    show("rules alone", base)
    diag = Counter()
    for ci, cap, ti, items, ys in data:
        new = combine(cap, ti, items, probs_all[(ci, ti)], 0.5, 0.0, {"city", "county", "town", "admin2", "unres"})
        old = {key(s.place) for s in cap["doc"].trips[ti]}  if False else {key(s.place) for s in cap["doc"].trips[ti].stops}
        gtrips = cap["gold"].get("trips", [])
        matches = bench._match_trips(gtrips, list(cap["doc"].trips))
        g = next((g for g, i in zip(gtrips, matches, strict=False) if i == ti), None)
        for s in new.stops:
            if key(s.place) in old:
                continue
            if g is None:
                diag["added on unmatched trip"] += 1
                continue
            hit = [gs for gs in g.get("stops", []) if bench._stop_matches(gs, s)]
            diag[f"added, matches a gold stop: {bool(hit)}"] += 1
            if len(diag) < 400 and not hit:
                print("   wrong add:", cap["case"].name, s.place.text, "|", s.evidence[0].text)
    print(diag)
    missed_p: list[float] = []
    for ci, cap, ti, items, ys in data:
        if ys is None:
            continue
        old = {key(s.place) for s in cap["doc"].trips[ti].stops}
        for it, y, ps in zip(items, ys, probs_all[(ci, ti)], strict=True):
            for k, lab in enumerate(y):
                if lab == "B-STOP":
                    r = it["places"][it["mention_of"][k]][1]
                    if key(r) not in old:
                        missed_p.append(ps[k])
    missed_p.sort()
    print("B-STOP mentions of places the rules missed:", len(missed_p), "probabilities (deciles):",
          [round(missed_p[int(q * (len(missed_p) - 1) / 10)], 2) for q in range(11)] if missed_p else [])
    for kinds in ({"city", "county", "town"}, {"city", "county", "town", "admin2", "unres"}):
        for t_add in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
            for t_drop in (0.0, 0.05, 0.1, 0.2):
                trips_for: dict[str, dict[int, Trip]] = {}
                for ci, cap, ti, items, _ys in data:
                    trips_for.setdefault(cap["case"].name, {})[ti] = combine(cap, ti, items, probs_all[(ci, ti)], t_add, t_drop, kinds)
                show(f"add>={t_add} drop<{t_drop} kinds={'+'.join(sorted(kinds))}", score_caps(caps, trips_for))


def show(label: str, tally: bench.Tally) -> None:
    f = tally.figures()
    h, t = tally.hits, tally.totals
    print(
        f"{label:<55} P {f['stop_precision']:.3f} ({h['stop_precision']}/{t['stop_precision']}) "
        f"R {f['stop_recall']:.3f} ({h['stop_recall']}/{t['stop_recall']}) F1 {f['stop_f1']:.3f} "
        f"day {f['stop_day']:.3f} ({h['stop_day']}/{t['stop_day']})",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["oracle", "cv"])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--no-rule", action="store_true")
    args = parser.parse_args()
    global USE_RULE
    USE_RULE = not args.no_rule
    folders = bench.cases("dev", "en")  # development half only
    if args.limit:
        folders = folders[: args.limit]
    if args.what == "oracle":
        oracle(folders)
    else:
        cv(folders, args.folds, args.c1, args.c2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
