"""How far two careful human readers agree: a second, blind gold scored against the corpus gold.

Run from the repository root::

    .venv/bin/python tests/bench/bench_agreement.py [--show]

``tests/agreement/<NNN_slug>.json`` holds a second reading of corpus report ``NNN_slug``, written
by another annotator from the article alone (never seeing the first gold or the reader's output;
``tests/agreement/README.md``).  It is scored against ``tests/corpus/<NNN_slug>/gold.json`` with
the very measures of ``bench_reports.py`` (the first gold as reference, the second as the reading),
and the reader is scored on the same reports beside it.  The annotators' figure is the ceiling a
measure can be trusted to: a reader cannot be shown to do better than two humans agree.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reports import (
    CORPUS,
    MEASURES,
    ROOT,
    Tally,
    compare,
    load_gold,
    reading_of_gold,
    score_report,
)

AGREEMENT = ROOT / "tests" / "agreement"
RESULTS = Path(__file__).resolve().parent / "results" / "agreement.json"


def second_readings(folder: Path = AGREEMENT) -> list[tuple[Path, dict[str, Any]]]:
    """(corpus folder, second gold) for every second reading; a clear error for a stray file."""
    out = []
    for path in sorted(folder.glob("*.json")):
        case = CORPUS / path.stem
        if not (case / "gold.json").is_file():
            raise SystemExit(f"{path}: no corpus report {path.stem!r} for this second reading")
        try:
            second = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            raise SystemExit(f"{path}: cannot read the second reading: {err}") from err
        out.append((case, second))
    return out


def group_of(case: Path, gold: dict[str, Any]) -> str:
    """ "en dev", "zh test"...: the language and the half of a corpus report."""
    lang = "zh" if str(gold.get("language", "en")).startswith("zh") else "en"
    half = "test" if int(case.name.split("_", 1)[0]) % 2 else "dev"
    return f"{lang} {half}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--show", action="store_true", help="list every disagreement")
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args(argv)
    humans: dict[str, Tally] = {}
    reader: dict[str, Tally] = {}
    counts: dict[str, int] = {}
    for case, second in second_readings():
        gold = load_gold(case)
        group = group_of(case, gold)
        for key in (group, group.split()[0] + " all"):
            humans.setdefault(key, Tally()).add(compare(case.name, gold, reading_of_gold(second)))
            reader.setdefault(key, Tally()).add(score_report(case)[0])
            counts[key] = counts.get(key, 0) + 1
    results: dict[str, Any] = {}
    for key in sorted(humans):
        h, r = humans[key].figures(), reader[key].figures()
        results[key] = {"reports": counts[key], "annotators": h, "reader": r}
        print(f"== {key}: {counts[key]} reports   annotators | reader")
        for m in MEASURES:
            if m == "evidence":
                continue
            fh, fr = h[m], r[m]
            cell = f"{fh:.3f}" if fh is not None else "-"
            cellr = f"{fr:.3f}" if fr is not None else "-"
            print(f"  {m:<15} {cell:>6} | {cellr:>6}")
        if args.show:
            for miss in humans[key].misses:
                print("   ", miss)
    if not args.no_save:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
