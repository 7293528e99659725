"""Experiment: a token-level CRF that labels stop mentions, cross-validated on the development half.

Run from the repository root with the shared venv and ``python-crfsuite`` importable::

    PYTHONPATH=/path/holding/pycrfsuite .venv/bin/python scripts/experiments/stop_model_experiment.py oracle
    PYTHONPATH=/path/holding/pycrfsuite .venv/bin/python scripts/experiments/stop_model_experiment.py cv \
        [--no-rule] [--where] [--c1 1.0 --c2 0.1] [--probs /tmp/probs.pkl]

``oracle`` classifies the development gold stops the reader misses on a matched trip (the name not
found as a place / found but resolved elsewhere / found and resolved right but not taken).  ``cv``
labels, for each read trip matched to a gold trip, every token of every body and caption sentence
BIO (``B-STOP``/``I-STOP``/``O``: a place mention that matches one of the trip's gold stops), trains
a linear-chain CRF on four of five folds grouped by report, and scores the held-out fifth with the
benchmark's own scorer after combining the model with the rules (add places the model gives a high
probability that the rules missed; drop rule stops the model strongly rejects).  Development half
only: the test half is never read here.

Results (session 21, 495 English development reports, 941 gold stops; rules alone P .877 R .757
F1 .813, stop day .812):

* oracle: of the 229 gold stops missed, 53 are on gold trips with no read trip, 76 are names never
  found as places, 3 are found but resolved elsewhere, 97 are found and resolved right but not taken
  (54 in sentences joined to the trip, 43 not; 35 in a trip sentence; in 62 the traveller is the
  subject of a sentence naming them).
* CRF with the rules' choice as a feature (c1 .1 / 1.0): the model follows the rules; adding places
  the rules missed at any threshold from .3 to .9 adds mostly wrong ones (c1 .1 at .5: 59 added, 3
  of them gold stops) and dropping rule stops below .05-.2 changes 0-3 stops: best F1 .813 (= rules), no setting above.
* CRF on the words alone (``--no-rule``), added to the rules: c1 .1: best F1 .787 (at .9; at .5 242
  places added, 32 gold stops); c1 1.0: best F1 .807 (at .9, drop < .1; at .5 250 added, 37 gold);
  adding only from sentences joined to the trip or with the traveller as subject: best .808.
* the same with the place's country/province against the rules' regions and stops (``--where``):
  at .5 148 added, 23 gold; best F1 .812 (near the trip, add at .8-.9, drop < .1).
* the model alone (rule stops replaced by the model's, ``--no-rule``): best F1 .717 (c1 1.0, at .5:
  P .709 R .725), with ``--where`` .743 (at .5: P .770 R .717); stop day .66-.68 against the rules' .81.

Decision: not integrated; stop F1 never rose above the rules'.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import bench_reports as bench  # noqa: E402

import timeline.extract.document as document_module  # noqa: E402
from gazetteer.model import PlaceKind, PlaceRef, Resolved  # noqa: E402
from timeline.cli import read_one  # noqa: E402
from timeline.model import DateSpan, Document, Evidence, Precision, Stop, Trip, Unknown  # noqa: E402


def out(*parts: object, flush: bool = False) -> None:
    """One line to standard output (a script's table, as the benchmarks write theirs)."""
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    if flush:
        sys.stdout.flush()


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
        draft = next(
            (d for t, d in built if t.person.name == trip.person.name and t.evidence == trip.evidence), None
        )
        if draft is None:
            draft = next((d for t, d in built if t.person.name == trip.person.name), None)
        drafts.append(draft)
    return {
        "doc": doc,
        "text": text,
        "units": units,
        "drafts": drafts,
        "gold": bench.load_gold(case),
        "case": case,
    }


def key(ref: PlaceRef) -> str:
    return f"id:{ref.place.geonameid}" if isinstance(ref, Resolved) else f"text:{bench.fold(ref.text)}"


class _Fake:
    def __init__(self, place: PlaceRef) -> None:
        self.place = place


def matched_gold(gstops: list[dict[str, Any]], rstops: list[Any]) -> tuple[set[int], dict[int, int]]:
    """The benchmark's stop matching: gold indices matched, and gold index -> read index."""
    used: set[int] = set()
    exact = {
        i: next((k for k, s in enumerate(rstops) if bench._stop_is(gs, bench.read_stop(s))), None)
        for i, gs in enumerate(gstops)
    }
    reserved = {k for k in exact.values() if k is not None}
    out: dict[int, int] = {}
    for i, gs in enumerate(gstops):
        j = exact[i] if exact[i] is not None and exact[i] not in used else None
        if j is None:
            j = next(
                (
                    k
                    for k, s in enumerate(rstops)
                    if k not in used and k not in reserved and bench._stop_matches(gs, bench.read_stop(s))
                ),
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
        matches = bench._match_trips(gold.get("trips", []), [bench.read_trip(t) for t in read])
        for g, i in zip(gold.get("trips", []), matches, strict=False):
            if i is None:
                counts["gold stops on unmatched trips"] += len(g.get("stops", []))
                continue
            trip, draft = read[i], cap["drafts"][i]
            got, _ = matched_gold(g.get("stops", []), list(trip.stops))
            for gi, gs in enumerate(g.get("stops", [])):
                if gi in got:
                    continue
                right = [
                    (u, t)
                    for u in units
                    for t, r, _ in u.places
                    if bench._stop_matches(gs, bench.read_stop(_Fake(r)))
                ]
                label = gs.get("name") or gs.get("text") or ""
                named = [
                    (u, t)
                    for u in units
                    for t, r, _ in u.places
                    if bench.fold(label) and bench.fold(label) in bench.fold(t.text)
                ]
                if right:
                    own = draft is not None and any(
                        u.index in {x.index for x in draft.units} for u, _ in right
                    )
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
                    ex = (
                        f"{case.name}: {label} -> {r.place.name if isinstance(r, Resolved) else 'unresolved'}"
                    )
                else:
                    kind = "not recognised as a place"
                    counts[kind] += 1
                    where = cap["text"].find(label)
                    ex = f"{case.name}: {label} | {cap['text'][max(0, where - 60) : where + 60]!r}"
                examples.setdefault(kind, []).append(ex)
    for k, v in counts.items():
        out(f"{v:5d}  {k}")
    for kind, exs in examples.items():
        out("==", kind)
        for e in exs[:12]:
            out("   ", e)


# --- features --------------------------------------------------------------------------------

WHERE = False  # --where: the place's country and province against the rules' regions and stops
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
    # where the rules put the trip: the countries and provinces of its regions and stops
    known = [r.place for r in (*trip.regions, *(x.place for x in trip.stops)) if isinstance(r, Resolved)]
    countries = {p.country for p in known}
    provinces = {(p.country, p.admin1) for p in known if p.kind is not PlaceKind.COUNTRY}
    n = max(1, len(units))
    out = []
    for u in units:
        s = u.sentence
        toks = [(m.start() + s.start, m.end() + s.start, m.group()) for m in _TOKEN.finditer(s.text)]
        if not toks:
            continue
        mention_of: list[int | None] = []
        places = list(u.places)
        for a, b, _w in toks:
            mention_of.append(
                next((k for k, (t, _, _) in enumerate(places) if t.start <= a and b <= t.end), None)
            )
        subj = u.subject
        sfeat = [
            f"cap={u.caption}",
            "subj=traveller"
            if subj is not None and subj.name == trip.person.name
            else ("subj=none" if subj is None else "subj=other"),
            f"own={u.index in own}",
            f"tripsent={u.index in trip_units}",
            f"tripword={u.trip_word[0].value if u.trip_word else None}",
            f"dates={min(len(u.dates), 2)}",
            f"pos={min(4, 5 * u.index // n)}",
            f"npl={min(len(places), 3)}",
        ]
        quotes = 0
        feats = []
        for k, (_a, _b, w) in enumerate(toks):
            if w in '"“”':
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
                    *(
                        [
                            f"samecountry={r.place.country in countries if countries else None}",
                            f"sameprov={(r.place.country, r.place.admin1) in provinces if provinces else None}",
                        ]
                        if WHERE and isinstance(r, Resolved)
                        else []
                    ),
                ]
            feats.append(f)
        out.append({"unit": u, "toks": toks, "mention_of": mention_of, "places": places, "feats": feats})
    return out


def labels_for(items: list[dict[str, Any]], gstops: list[dict[str, Any]]) -> list[list[str]]:
    out = []
    for it in items:
        good = {
            k
            for k, (_, r, _) in enumerate(it["places"])
            if any(bench._stop_matches(gs, bench.read_stop(_Fake(r))) for gs in gstops)
        }
        ys = []
        for k, m in enumerate(it["mention_of"]):
            if m is None or m not in good:
                ys.append("O")
            else:
                ys.append("B-STOP" if k == 0 or it["mention_of"][k - 1] != m else "I-STOP")
        out.append(ys)
    return out


# --- cross-validation ------------------------------------------------------------------------


def combine(
    cap: dict[str, Any],
    trip_i: int,
    items: list[dict[str, Any]],
    probs: list[list[float]],
    t_add: float,
    t_drop: float,
    kinds: set[str],
    near: bool = False,
) -> Trip:
    """The read trip with model stops added and strongly rejected rule stops dropped.

    ``near``: add only places named in a sentence joined to the trip or whose subject is its traveller.
    """
    trip: Trip = cap["doc"].trips[trip_i]
    draft = cap["drafts"][trip_i]
    own = {u.index for u in draft.units} if draft is not None else set()
    best: dict[str, tuple[float, Any, Any, Any]] = {}
    for it, ps in zip(items, probs, strict=True):
        u = it["unit"]
        if near and u.index not in own and (u.subject is None or u.subject.name != trip.person.name):
            continue
        for k, m in enumerate(it["mention_of"]):
            if m is None or (k > 0 and it["mention_of"][k - 1] == m):
                continue
            t, r, _ = it["places"][m]
            kk = key(r)
            if kk not in best or ps[k] > best[kk][0]:
                best[kk] = (ps[k], t, r, it["unit"])
    stops = [s for s in trip.stops if key(s.place) not in best or best[key(s.place)][0] >= t_drop]
    # (the model alone, t_drop above 1: the rule stops it saw are gone and may come back as its own)
    have = {key(s.place) for s in stops} | ({key(s.place) for s in trip.stops} if t_drop <= 1 else set())
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


def cv(folders: list[Path], folds: int, c1: float, c2: float, probs_file: str = "") -> None:
    import pycrfsuite

    caps = [c for c in (capture(f) for f in folders) if c is not None]
    out(f"{len(caps)} reports captured", flush=True)
    # per read trip: items, and labels where the trip matches a gold trip
    data: list[tuple[int, dict[str, Any], int, list[dict[str, Any]], list[list[str]] | None]] = []
    for ci, cap in enumerate(caps):
        read = list(cap["doc"].trips)
        gtrips = cap["gold"].get("trips", [])
        matches = bench._match_trips(gtrips, [bench.read_trip(t) for t in read])
        gold_of = {i: g for g, i in zip(gtrips, matches, strict=False) if i is not None}
        for ti in range(len(read)):
            items = sentence_items(cap, ti)
            ys = labels_for(items, gold_of[ti].get("stops", [])) if ti in gold_of else None
            data.append((ci, cap, ti, items, ys))
    fold_of = {ci: ci % folds for ci in range(len(caps))}
    probs_all: dict[tuple[int, int], list[list[float]]] = {}
    if probs_file and Path(probs_file).exists():
        with open(probs_file, "rb") as handle:
            probs_all = pickle.load(handle)
    for f in range(folds if not probs_all else 0):
        trainer = pycrfsuite.Trainer(verbose=False)
        for ci, _cap, _ti, items, ys in data:
            if fold_of[ci] == f or ys is None:
                continue
            for it, y in zip(items, ys, strict=True):
                trainer.append([dict.fromkeys(fs, 1.0) for fs in it["feats"]], y)
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
                tagger.set([dict.fromkeys(fs, 1.0) for fs in it["feats"]])
                tagger.tag()
                ps.append([tagger.marginal("B-STOP", k) for k in range(len(it["toks"]))])
            probs_all[(ci, ti)] = ps
        out(f"fold {f} trained", flush=True)
    if probs_file and not Path(probs_file).exists():
        with open(probs_file, "wb") as handle:
            pickle.dump(probs_all, handle)
    base = score_caps(caps, {})
    show("rules alone", base)
    diag: Counter[str] = Counter()
    for ci, cap, ti, items, _ys in data:
        new = combine(
            cap, ti, items, probs_all[(ci, ti)], 0.5, 0.0, {"city", "county", "town", "admin2", "unres"}
        )
        old = {key(s.place) for s in cap["doc"].trips[ti].stops}
        gtrips = cap["gold"].get("trips", [])
        matches = bench._match_trips(gtrips, [bench.read_trip(t) for t in cap["doc"].trips])
        g = next((g for g, i in zip(gtrips, matches, strict=False) if i == ti), None)
        for s in new.stops:
            if key(s.place) in old:
                continue
            if g is None:
                diag["added on unmatched trip"] += 1
                continue
            hit = [gs for gs in g.get("stops", []) if bench._stop_matches(gs, bench.read_stop(s))]
            diag[f"added, matches a gold stop: {bool(hit)}"] += 1
            if len(diag) < 400 and not hit:
                out("   wrong add:", cap["case"].name, s.place.text, "|", s.evidence[0].text)
    out(diag)
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
    out(
        "B-STOP mentions of places the rules missed:",
        len(missed_p),
        "probabilities (deciles):",
        [round(missed_p[int(q * (len(missed_p) - 1) / 10)], 2) for q in range(11)] if missed_p else [],
    )
    all_kinds = {"country", "admin1", "city", "county", "town", "admin2", "unres"}
    grid = (
        [
            (all_kinds, t, 1.01, False) for t in (0.3, 0.4, 0.5, 0.6, 0.7)
        ]  # the model alone (rule stops it saw dropped)
        + [
            (k, a, d, n)
            for n in (False, True)
            for k in ({"city", "county", "town"}, {"city", "county", "town", "admin2", "unres"})
            for a in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
            for d in (0.0, 0.1)
        ]
    )
    if True:
        for kinds, t_add, t_drop, near in grid:
            trips_for: dict[str, dict[int, Trip]] = {}
            for ci, cap, ti, items, _ys in data:
                trips_for.setdefault(cap["case"].name, {})[ti] = combine(
                    cap, ti, items, probs_all[(ci, ti)], t_add, t_drop, kinds, near
                )
            label = "model alone" if t_drop > 1 else f"drop<{t_drop} kinds={'+'.join(sorted(kinds))}"
            show(f"add>={t_add} {label}{' near' if near else ''}", score_caps(caps, trips_for))


def show(label: str, tally: bench.Tally) -> None:
    f = tally.figures()
    h, t = tally.hits, tally.totals
    out(
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
    parser.add_argument("--where", action="store_true")
    parser.add_argument(
        "--probs", default="", help="a file of held-out probabilities: read if it exists, else written"
    )
    args = parser.parse_args()
    global USE_RULE, WHERE
    WHERE = args.where
    USE_RULE = not args.no_rule
    folders = bench.cases("dev", "en")  # development half only
    if args.limit:
        folders = folders[: args.limit]
    if args.what == "oracle":
        oracle(folders)
    else:
        cv(folders, args.folds, args.c1, args.c2, args.probs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
