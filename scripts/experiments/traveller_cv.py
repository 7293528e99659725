"""Experiment (session 21): five folds grouped by report over the dev half's people (scikit-learn).

Run in a venv of its own holding scikit-learn and numpy (not the project's)::

    python scripts/experiments/traveller_cv.py /tmp/trav.json /tmp/decisions   # writes one decisions file per model

It reads the rows ``scripts/experiments/traveller_experiment.py dump`` wrote, trains on four folds and predicts
the fifth, and writes decisions (force a person the rules gave no trip when p >= HI; drop one they
gave a trip when p < LO) for ``traveller_experiment.py score``.  Person-level figures are printed too.
"""

# ruff: noqa: T201  (an experiment script: it prints its figures)
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
out = Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
names = sorted(rows[0]["x"])
X = np.array([[r["x"][n] for n in names] for r in rows])
y = np.array([r["label"] for r in rows])
groups = np.array([r["case"] for r in rows])
rules = X[:, names.index("rules_trip")]

models = {
    "logreg": lambda: make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000)),
    "logreg_c01": lambda: make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=2000)),
    "logreg_bal": lambda: make_pipeline(
        StandardScaler(), LogisticRegression(C=0.3, max_iter=2000, class_weight="balanced")
    ),
    "logreg_l1": lambda: make_pipeline(
        StandardScaler(), LogisticRegression(C=0.1, l1_ratio=1.0, solver="liblinear", max_iter=2000)
    ),
    "gbm": lambda: GradientBoostingClassifier(
        n_estimators=150, max_depth=2, learning_rate=0.05, random_state=0
    ),
}
print(
    f"rules as a classifier: acc {np.mean(rules == y):.3f}  "
    f"fp {int(np.sum((rules == 1) & (y == 0)))}  fn {int(np.sum((rules == 0) & (y == 1)))}"
)
for name, make in models.items():
    p = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(X, y, groups):
        model = make().fit(X[train], y[train])
        p[test] = model.predict_proba(X[test])[:, 1]
    pred = (p >= 0.5).astype(int)
    print(
        f"{name:<11} acc {np.mean(pred == y):.3f}  fp {int(np.sum((pred == 1) & (y == 0)))}  "
        f"fn {int(np.sum((pred == 0) & (y == 1)))}"
    )
    for hi, lo in (
        (0.5, 0.5),
        (0.7, 0.3),
        (0.8, 0.2),
        (0.9, 0.1),
        (2.0, 0.5),
        (2.0, 0.3),
        (2.0, 0.2),
        (0.5, -1),
        (0.7, -1),
    ):
        decisions: dict[str, dict[str, list[str]]] = {}
        forced = dropped = 0
        for r, pi, ri in zip(rows, p, rules, strict=True):
            d = decisions.setdefault(r["case"], {"force": [], "drop": []})
            if ri == 0 and pi >= hi:
                d["force"].append(r["person"])
                forced += 1
            if ri == 1 and pi < lo:
                d["drop"].append(r["person"])
                dropped += 1
        good_f = sum(
            1 for r, pi, ri in zip(rows, p, rules, strict=True) if ri == 0 and pi >= hi and r["label"]
        )
        good_d = sum(
            1 for r, pi, ri in zip(rows, p, rules, strict=True) if ri == 1 and pi < lo and not r["label"]
        )
        tag = f"{name}_hi{hi}_lo{lo}"
        (out / f"{tag}.json").write_text(json.dumps(decisions), encoding="utf-8")
        print(f"   {tag:<26} force {forced} ({good_f} right)  drop {dropped} ({good_d} right)")
    if name == "logreg":
        coef = make().fit(X, y)[-1].coef_[0]
        for n, c in sorted(zip(names, coef, strict=True), key=lambda t: -abs(t[1]))[:12]:
            print(f"      {n:<20} {c:+.2f}")


# Separate models for the two decisions: among the people the rules gave a trip, which are no
# traveller (drop); among the others, which are (force).  Each trained only on its own side.
print("-- separate models per side")
for side, keep, flip in (("drop", 1, 0), ("force", 0, 1)):
    idx = np.where(rules == keep)[0]
    Xs, ys, gs = X[idx], y[idx], groups[idx]
    for name, make in models.items():
        p = np.zeros(len(ys))
        for train, test in GroupKFold(n_splits=5).split(Xs, ys, gs):
            if len(set(ys[train])) < 2:
                p[test] = keep
                continue
            p[test] = make().fit(Xs[train], ys[train]).predict_proba(Xs[test])[:, 1]
        for t in (0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9):
            chosen = (p < t) if side == "drop" else (p >= t)
            right = int(np.sum(chosen & (ys == flip)))
            decisions = {}
            for i in np.where(chosen)[0]:
                r = rows[idx[i]]
                decisions.setdefault(r["case"], {"force": [], "drop": []})[side].append(r["person"])
            (out / f"side_{side}_{name}_{t}.json").write_text(json.dumps(decisions), encoding="utf-8")
            print(f"   {side} {name:<11} t={t}: {int(chosen.sum())} changed, {right} right")
