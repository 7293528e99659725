"""Experiment (session 21): a learned person-level "who travels" decision on top of the rules.

Run with the shared venv from the repository root::

    .venv/bin/python scripts/experiments/traveller_experiment.py dump  /tmp/trav.json   # features + labels, dev half
    .venv/bin/python scripts/experiments/traveller_experiment.py oracle                 # what a perfect decision could fix
    .venv/bin/python scripts/experiments/traveller_experiment.py score DECISIONS.json   # dev half with decisions applied

DECISIONS.json maps a report folder name to {"force": [names], "drop": [names]}: a forced person's
sentences with a trip word count as trip sentences; a dropped person's drafts are dropped.  The
training (scikit-learn, five folds grouped by report) runs in a separate venv:
``scripts/experiments/traveller_cv.py``.  Dev half only: never run on the test half's gold.

Findings (session 21; English dev half, 495 reports, 478 gold trips; rules 0.908 traveller,
0.916 trip precision, 0.789 span, 0.813 stop F1):

* Oracle.  Of the 44 traveller misses, 36 are people read in no trip at all (8 are splits or a
  second trip of someone read): 9 not on the roster, 3 on it but never a sentence's subject, 13
  the subject of no sentence with a trip word, 11 the subject of one.  Forcing drafting for every
  gold traveller fixes those 11: traveller 0.931 (445/478), trip precision 0.918.  Dropping every
  candidate who is no gold traveller removes 30 of the 40 extra trips: trip precision 0.977
  (434/444).  Both: 0.931 / 0.974.
* Model.  537 candidate people (subject of a sentence with a trip word, or drafted) in 446
  reports, 437 travellers; 46 features.  The rules as a person classifier: accuracy 0.926 (28
  false travellers, 12 missed).  Five folds grouped by report: logistic regression 0.894 (C=1),
  0.912 (C=0.1), 0.901 (balanced), 0.922 (L1, which keeps to the rules), boosting 0.903: none
  beats the rules.  Their overrides are wrong more often than right at every threshold (e.g.
  drop 22 people, 7 right; force 13, 2 right).
* Scored in the reader (held-out decisions, whole dev half): the best, a force-only model at 0.7,
  0.912 / 0.914 / 0.789 / 0.812 (3 trips added, 2 of them gold); dropping costs 2-3 points of traveller for
  under 1 point of precision (0.885 / 0.924).  Not integrated.
"""

# ruff: noqa: T201  (an experiment script: it prints its figures)
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import bench_reports as bench  # noqa: E402

import timeline.extract.document as document  # noqa: E402
import timeline.extract.drafting as drafting  # noqa: E402
from gazetteer.model import Resolved  # noqa: E402
from timeline.extract.trip_sentences import _called_off, _status  # noqa: E402
from timeline.model import DateSpan, Precision, TripStatus  # noqa: E402

_ORIG_UNITS = document._sentence_units
_ORIG_DRAFT = document._draft_trips
_ORIG_IS_TRIP = drafting._is_trip_sentence

STATE: dict[str, Any] = {"force": set(), "drop": set(), "capture": None}


def _units_hook(article: Any, roster: Any, dates: Any, places: Any, anchor: Any) -> Any:
    units = _ORIG_UNITS(article, roster, dates, places, anchor)
    if STATE["capture"] is not None:
        STATE["capture"].update(article=article, roster=roster, units=units, anchor=anchor)
    return units


def _forced_is_trip(unit: Any) -> bool:
    if _ORIG_IS_TRIP(unit):
        return True
    return (
        unit.subject is not None
        and unit.subject.name in STATE["force"]
        and unit.trip_word is not None
        and not unit.caption
        and not _called_off(unit.sentence.text)
    )


def _draft_hook(article: Any, units: Any, anchor: Any, options: Any) -> Any:
    drafts = _ORIG_DRAFT(article, units, anchor, options)
    if STATE["capture"] is not None:
        STATE["capture"]["drafts"] = drafts
    return [d for d in drafts if d.person.name not in STATE["drop"]]


document._sentence_units = _units_hook
document._draft_trips = _draft_hook
drafting._is_trip_sentence = _forced_is_trip


_TITLE_CLASSES = {
    "head": r"\b(?:president|king|queen|emperor|empress|sultan|emir|amir|pope|monarch|chairman|agong|prince|princess|duke|duchess|grand duke|governor-general)\b",
    "gov": r"\b(?:prime minister|premier|chancellor|taoiseach)\b",
    "minister": r"\b(?:minister|secretary|foreign|envoy|ambassador|commissioner)\b",
    "local": r"\b(?:governor|mayor|chief minister|mp|senator|lawmaker|councillor)\b",
    "vice": r"\b(?:vice|deputy)\b",
}
_QUOTE = re.compile(r"[\"“”]")
_SAID = re.compile(r"\b(?:said|says|told|added|noted|stressed|urged|called on)\b", re.IGNORECASE)


def _mentions(text: str, person: Any) -> list[int]:
    return document._name_mentions(text, person.name)


def person_features(cap: dict[str, Any], person: Any, trips: list[Any]) -> dict[str, float]:
    """What the reader already knows of one person of one report, as numbers."""
    article, roster, units = cap["article"], cap["roster"], cap["units"]
    drafts = cap.get("drafts", [])
    n_units = max(1, len(units))
    mine = [u for u in units if u.subject is not None and u.subject.name == person.name]
    tw = [u for u in mine if u.trip_word is not None]
    trip_units = [u for u in mine if _ORIG_IS_TRIP(u)]
    named_in = [u for u in units if person in u.people]
    anchor = cap["anchor"]
    planned = [u for u in tw if _status(u, anchor) is TripStatus.PLANNED]
    home = roster.countries.get(person.name, "")
    resolved_countries = [
        r.place.country
        for u in tw
        for _, r, g in u.places
        if g and isinstance(r, Resolved) and r.place.country
    ]
    all_mentions = Counter(m.name for m in roster.mentions)
    total_mentions = max(1, sum(all_mentions.values()))
    my_mentions = all_mentions.get(person.name, 0)
    ranks = sorted(all_mentions.values(), reverse=True)
    headline = (article.headline or "").lower() if isinstance(article.headline, str) else ""
    last = person.name.split()[-1].lower()
    title = (person.title.name if person.title else "").lower()
    text = article.text
    met = sum(
        1
        for at in _mentions(text, person)
        if document._MET_BEFORE.search(text, max(0, at - 80), at) is not None
    )
    first_subject = min((u.index for u in mine), default=n_units) / n_units
    first_named = min((u.index for u in named_in), default=n_units) / n_units
    my_drafts = [d for d in drafts if d.person.name == person.name]
    others_drafted = len({d.person.name for d in drafts if d.person.name != person.name})
    f: dict[str, float] = {
        "rules_trip": float(any(t.person.name == person.name for t in trips)),
        "rules_drafts": float(len(my_drafts)),
        "others_drafted": float(others_drafted),
        "n_roster": float(len(roster.people)),
        "subject_units": float(len(mine)),
        "subject_share": len(mine) / n_units,
        "tripword_units": float(len(tw)),
        "trip_units": float(len(trip_units)),
        "tw_governed": float(sum(1 for u in tw if any(p[2] for p in u.places))),
        "tw_dated": float(sum(1 for u in tw if u.dates)),
        "tw_dayed": float(
            sum(
                1
                for u in tw
                if any(isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY for m in u.dates)
            )
        ),
        "tw_planned_share": len(planned) / len(tw) if tw else 0.0,
        "tw_quoted": float(sum(1 for u in tw if _QUOTE.search(u.sentence.text))),
        "said_share": sum(1 for u in mine if _SAID.search(u.sentence.text)) / len(mine) if mine else 0.0,
        "tw_called_off": float(sum(1 for u in tw if _called_off(u.sentence.text))),
        "tw_first": float(any(u.index == 0 for u in tw)),
        "subject_first": float(any(u.index == 0 for u in mine)),
        "first_subject_pos": first_subject,
        "first_named_pos": first_named,
        "named_units": float(len(named_in)),
        "named_share": len(named_in) / n_units,
        "in_headline": float(bool(last) and last in headline),
        "mention_share": my_mentions / total_mentions,
        "top_mentioned": float(bool(ranks) and my_mentions == ranks[0]),
        "first_on_roster": float(bool(roster.people) and roster.people[0].name == person.name),
        "has_title": float(person.title is not None),
        "home_known": float(bool(home)),
        "places_abroad": float(sum(1 for c in resolved_countries if home and c != home)),
        "places_home": float(sum(1 for c in resolved_countries if home and c == home)),
        "met_cues": float(met),
        "caption_units": float(sum(1 for u in mine if u.caption)),
        "fellow": float(sum(1 for u in units if person in u.fellows)),
    }
    tw_all = [u for u in units if u.subject is not None and u.trip_word is not None]
    per_person = Counter(u.subject.name for u in units if u.subject is not None and _ORIG_IS_TRIP(u))
    place_words = {t.text.lower() for u in units for t, _, _ in u.places if len(t.text) > 3}
    raw_title = person.title.name if person.title else ""
    f.update(
        {
            "first_tw_subject": float(bool(tw_all) and tw_all[0].subject.name == person.name),
            "tw_share": len(tw) / len(tw_all) if tw_all else 0.0,
            "top_drafter": float(
                bool(per_person) and per_person.get(person.name, 0) == max(per_person.values())
            ),
            "report_called_off": float(any(_called_off(u.sentence.text) for u in units)),
            "report_trip_units": float(sum(per_person.values())),
            "aliases": float(len(person.aliases)),
            "named_early": float(any(at < 400 for at in _mentions(text, person))),
            "title_names_place": float(any(w in raw_title.lower() for w in place_words)),
            "met_share": met / max(1, len(_mentions(text, person))),
        }
    )
    for cls, pattern in _TITLE_CLASSES.items():
        f["title_" + cls] = float(re.search(pattern, title) is not None)
    return f


def read_case(case: Path) -> tuple[dict[str, Any], list[Any]]:
    """Read one report (hooks on), returning what was captured and the trips read."""
    cap: dict[str, Any] = {}
    STATE["capture"] = cap
    try:
        result = bench.read_one(str(case / "article.txt"))
    finally:
        STATE["capture"] = None
    trips = list(getattr(result, "trips", ()))
    return cap, trips


def candidates(cap: dict[str, Any]) -> list[Any]:
    """Roster people who are the subject of a sentence with a trip word, or who have a draft."""
    if "units" not in cap:
        return []
    names = {u.subject.name for u in cap["units"] if u.subject is not None and u.trip_word is not None}
    names |= {d.person.name for d in cap.get("drafts", [])}
    return [p for p in cap["roster"].people if p.name in names]


def dump(out: Path, half: str = "dev") -> None:
    """Features of every candidate person; labels from the gold on the dev half only (-1 elsewhere)."""
    rows = []
    for case in bench.cases(half, "en"):
        cap, trips = read_case(case)
        gold = bench.load_gold(case) if half == "dev" else {}
        for person in candidates(cap):
            label = (
                -1
                if half != "dev"
                else any(bench.same_person(g["person"], person.name) for g in gold.get("trips", []))
            )
            rows.append(
                {
                    "case": case.name,
                    "person": person.name,
                    "label": int(label),
                    "x": person_features(cap, person, trips),
                }
            )
    out.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print(
        f"{len(rows)} people, {sum(r['label'] for r in rows)} travellers, {len({r['case'] for r in rows})} reports"
    )


def score(decisions: dict[str, dict[str, list[str]]], half: str = "dev") -> bench.Tally:
    total = bench.Tally()
    for case in bench.cases(half, "en"):
        d = decisions.get(case.name, {})
        STATE["force"], STATE["drop"] = set(d.get("force", [])), set(d.get("drop", []))
        try:
            tally, _ = bench.score_report(case)
        finally:
            STATE["force"], STATE["drop"] = set(), set()
        total.add(tally)
    return total


def show(tally: bench.Tally, label: str) -> None:
    f = tally.figures()
    print(
        f"{label:<28} traveller {f['traveller']:.3f} ({tally.hits['traveller']}/{tally.totals['traveller']})"
        f"  trip_prec {f['trip_precision']:.3f} ({tally.hits['trip_precision']}/{tally.totals['trip_precision']})"
        f"  span {f['span']:.3f}  stop_f1 {f['stop_f1']:.3f}  title {f['title']:.3f}"
    )


def oracle() -> None:
    """Perfect person-level decisions: force every gold traveller on the roster, drop every other."""
    force_dec: dict[str, dict[str, list[str]]] = {}
    drop_dec: dict[str, dict[str, list[str]]] = {}
    miss_kinds: Counter[str] = Counter()
    for case in bench.cases("dev", "en"):
        gold = bench.load_gold(case)
        cap, trips = read_case(case)
        gold_people = [g["person"] for g in gold.get("trips", [])]
        read_names = [t.person.name for t in trips]
        roster = cap["roster"].people if "roster" in cap else ()
        units = cap.get("units", [])
        for g in gold.get("trips", []):
            if any(bench.same_person(g["person"], n) for n in read_names):
                continue  # (a split is not a person-level miss)
            on = [p for p in roster if bench.same_person(g["person"], p.name)]
            if not on:
                miss_kinds["not on roster"] += 1
                continue
            subj = [u for u in units if u.subject is not None and u.subject.name in {p.name for p in on}]
            tw = [u for u in subj if u.trip_word is not None]
            if not subj:
                miss_kinds["on roster, never a subject"] += 1
            elif not tw:
                miss_kinds["subject, no trip word"] += 1
            else:
                miss_kinds["subject with trip word"] += 1
        force = [p.name for p in candidates(cap) if any(bench.same_person(g, p.name) for g in gold_people)]
        drop = [p.name for p in candidates(cap) if not any(bench.same_person(g, p.name) for g in gold_people)]
        force_dec[case.name] = {"force": force}
        drop_dec[case.name] = {"drop": drop}
    print("person-level misses (gold person read in no trip):", dict(miss_kinds))
    show(score({}), "rules")
    show(score(force_dec), "oracle force")
    show(score(drop_dec), "oracle drop")
    both = {k: {"force": force_dec[k]["force"], "drop": drop_dec[k]["drop"]} for k in force_dec}
    show(score(both), "oracle force+drop")


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(Path(sys.argv[2]), *sys.argv[3:4])
    elif sys.argv[1] == "oracle":
        oracle()
    elif sys.argv[1] == "score":  # score DECISIONS.json [half]: figures only (never --show on the test half)
        half = sys.argv[3] if len(sys.argv) > 3 else "dev"
        show(score(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")), half), f"{half} {sys.argv[2]}")
