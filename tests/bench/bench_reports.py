"""Score ``timeline extract`` on the real-report corpus (``tests/corpus/``), per half.

Run from the repository root::

    .venv/bin/python tests/bench/bench_reports.py [--half dev|test|all] [--lang en|zh|all] [--show]
        [--batch NAME | --numbers 1266-1385,1400]

Even-numbered reports are the development half, odd-numbered the test half (``docs/corpus.md``).
Each report is read exactly as the CLI reads a file (:func:`timeline.cli.read_one`) and compared
with its hand-written ``gold.json``.  The measures (``docs/corpus.md`` repeats them):

* **published**, **dateline**: exact, over every report (``null`` must be ``null``); the dateline
  compares its place (case and a country tag ignored), its date and its agency.
* **date phrases**: a gold phrase is found when a read date's words overlap it and it resolves to
  the same first and last day.
* **traveller recall**: a gold trip whose person (case and accents ignored, one name's words
  within the other's) is the person of some read trip.
* **trip precision**: read trips matched one-to-one to a gold trip of the same person, over all
  read trips (a read trip in a report with no trip is always wrong).
* **title**: on matched trips; case, word order, "of the" and CPC/NPC/CPPCC spelled out or not
  are ignored.
* **span exact**: over gold trips; the matched read trip has the same first and last day
  (``null`` for ``null``).
* **stops**: recall over every gold stop, precision over the stops of matched read trips; a stop
  matches a gold stop of its trip with the same GeoNames id or within 25 km (an unresolved gold
  stop: the same words).  **stop day**: matched stops with the same first and last day.
* **evidence**: every read trip, stop and date carries evidence whose text is the article's text
  at its offsets.

Writes ``tests/bench/results/reports.json`` (only when the whole corpus is scored); ``--show`` lists
every miss. ``--batch NAME`` scores only the reports a session added (``tests/bench/batches.json``), the
truest measure of reading reports no one here had read when that session began; ``--numbers`` takes
ranges of report numbers.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gazetteer.model import Resolved  # noqa: E402
from timeline.cli import read_one  # noqa: E402
from timeline.model import DateSpan, Document, Evidence, Precision, Trip, Unknown  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
RESULTS = Path(__file__).resolve().parent / "results" / "reports.json"
BATCHES = Path(__file__).resolve().parent / "batches.json"
STOP_KM = 25.0
MEASURES = (
    "published", "dateline", "dates", "traveller", "trip_precision", "title", "span",
    "stop_precision", "stop_recall", "stop_f1", "stop_day", "evidence",
)  # fmt: skip
_ABBREVIATIONS = {
    "cpc": "communist party of china",
    "npc": "national people's congress",
    "cppcc": "chinese people's political consultative conference",
    "u.s.": "united states",
    "us": "united states",
    "uk": "united kingdom",
}


# --- normalising ---------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case, accents and punctuation dropped, spaces single."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    return " ".join(re.sub(r"[^\w']+", " ", text).split())


def same_person(gold: str, read: str) -> bool:
    """One name's words within the other's ("Francis" / "Pope Francis"), case and accents aside."""
    g, r = set(fold(gold).split()), set(fold(read).split())
    return bool(g and r) and (g <= r or r <= g)


def title_key(title: str | None) -> tuple[str, ...] | None:
    """A title's words, sorted, abbreviations spelled out, "of"/"the"/"and" dropped."""
    if title is None:
        return None
    words: list[str] = []
    for word in fold(title).split():
        words.extend(_ABBREVIATIONS.get(word, word).split())
    return tuple(sorted(w for w in words if w not in {"of", "the", "and", "s"}))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def span_pair(span: DateSpan | Unknown) -> tuple[str, str] | None:
    return None if isinstance(span, Unknown) else (span.start.isoformat(), span.end.isoformat())


def day_pair(span: DateSpan | Unknown) -> tuple[str, str] | None:
    """A trip's or stop's first and last day; None when the text gives no days (only a month, say).

    Gold trips and stops hold days or null (`docs/corpus.md`), never a month written as days.
    """
    if isinstance(span, DateSpan) and span.precision is not Precision.DAY:
        return None
    return span_pair(span)


def gold_pair(span: dict[str, Any] | None) -> tuple[str, str] | None:
    return None if span is None else (span["start"], span["end"])


# --- one report --------------------------------------------------------------------------


class Tally:
    """Hits and totals per measure, and the misses behind them."""

    def __init__(self) -> None:
        self.hits: dict[str, int] = dict.fromkeys(MEASURES, 0)
        self.totals: dict[str, int] = dict.fromkeys(MEASURES, 0)
        self.misses: list[str] = []

    def count(self, measure: str, ok: bool, case: str, miss: str) -> None:
        self.totals[measure] += 1
        if ok:
            self.hits[measure] += 1
        else:
            self.misses.append(f"{case}: {measure}: {miss}")

    def add(self, other: Tally) -> None:
        for m in MEASURES:
            self.hits[m] += other.hits[m]
            self.totals[m] += other.totals[m]
        self.misses.extend(other.misses)

    def figures(self) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        for m in MEASURES:
            out[m] = round(self.hits[m] / self.totals[m], 3) if self.totals[m] else None
        p, r = out["stop_precision"], out["stop_recall"]
        if p is None or r is None:
            out["stop_f1"] = None
        else:
            out["stop_f1"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
        return out


@dataclass(frozen=True)
class ReadStop:
    """A stop as plain values: the words read, the gazetteer record (if resolved), the days."""

    text: str
    geonameid: int | None = None
    name: str = ""
    lat: float = 0.0
    lon: float = 0.0
    days: tuple[str, str] | None = None


@dataclass(frozen=True)
class ReadTrip:
    person: str
    title: str | None
    days: tuple[str, str] | None
    stops: list[ReadStop] = field(default_factory=list)


@dataclass(frozen=True)
class Reading:
    """One reading of a report as plain values: the reader's, or a second annotator's gold."""

    published: str | None
    dateline: dict[str, Any] | None
    dates: list[tuple[str, tuple[str, str] | None]]
    trips: list[ReadTrip]


def _dateline(doc: Document) -> dict[str, Any] | None:
    if isinstance(doc.dateline, Unknown):
        return None
    date = doc.dateline.date
    return {
        "place": doc.dateline.place,
        "date": None if isinstance(date, Unknown) else date.isoformat(),
        "agency": doc.dateline.agency,
    }


def read_stop(stop: Any) -> ReadStop:
    """A read stop (anything with a ``place`` and, usually, a ``span``) as plain values."""
    place = stop.place
    days = day_pair(stop.span) if hasattr(stop, "span") else None
    if isinstance(place, Resolved):
        rec = place.place
        return ReadStop(place.text, rec.geonameid, rec.name, rec.lat, rec.lon, days)
    return ReadStop(place.text, days=days)


def read_trip(trip: Trip) -> ReadTrip:
    """A read trip as plain values."""
    title = trip.person.title.name if trip.person.title else None
    return ReadTrip(trip.person.name, title, day_pair(trip.span), [read_stop(s) for s in trip.stops])


def reading_of(doc: Document) -> Reading:
    """The reader's document as plain values."""
    published = None if isinstance(doc.published, Unknown) else doc.published.isoformat()
    dates = [(m.text, span_pair(m.span)) for m in doc.dates]
    return Reading(published, _dateline(doc), dates, [read_trip(t) for t in doc.trips])


def reading_of_gold(gold: dict[str, Any]) -> Reading:
    """A hand-written gold as a reading (for comparing two annotators)."""
    trips = []
    for g in gold.get("trips", []):
        stops = []
        for s in g.get("stops", []):
            days = (s["start"], s["end"]) if s.get("start") else None
            if s.get("status") == "unresolved":
                stops.append(ReadStop(s["text"], days=days))
            else:
                stops.append(
                    ReadStop(
                        s["name"], s.get("geonameid"), s["name"], s.get("lat", 0.0), s.get("lon", 0.0), days
                    )
                )
        trips.append(ReadTrip(g["person"], g.get("title"), gold_pair(g.get("span")), stops))
    dates = [(d["text"], (d["start"], d["end"])) for d in gold.get("dates", [])]
    return Reading(gold.get("published"), gold.get("dateline"), dates, trips)


def _place_key(place: str) -> str:
    return fold(place.split(",")[0])


def _stop_is(gold: dict[str, Any], stop: ReadStop) -> bool:
    """The same gazetteer record, or the same unresolved words."""
    if gold.get("status") == "unresolved":
        return fold(gold["text"]) == fold(stop.text)
    return stop.geonameid is not None and stop.geonameid == gold.get("geonameid")


def _stop_matches(gold: dict[str, Any], stop: ReadStop) -> bool:
    if gold.get("status") == "unresolved":
        return fold(gold["text"]) in fold(stop.text) or (
            stop.geonameid is not None and fold(stop.name) in fold(gold["text"])
        )
    if stop.geonameid is None:
        return False
    if stop.geonameid == gold.get("geonameid"):
        return True
    if "lat" in gold and "lon" in gold:
        return km(gold["lat"], gold["lon"], stop.lat, stop.lon) <= STOP_KM
    return False


def _evidence_ok(evidence: Iterable[Evidence], text: str) -> bool:
    items = list(evidence)
    return bool(items) and all(text[e.start : e.end] == e.text for e in items)


def _match_trips(gold_trips: list[dict[str, Any]], read: list[ReadTrip]) -> list[int | None]:
    """For each gold trip, the index of its read trip (same person; the closest span first)."""
    taken: set[int] = set()
    out: list[int | None] = []
    for g in gold_trips:
        candidates = [i for i, t in enumerate(read) if i not in taken and same_person(g["person"], t.person)]
        if not candidates:
            out.append(None)
            continue
        want = gold_pair(g.get("span"))
        best = min(candidates, key=lambda i: (read[i].days != want, i))
        taken.add(best)
        out.append(best)
    return out


def load_gold(case: Path) -> dict[str, Any]:
    """A report's gold, or a clear error naming the file."""
    path = case / "gold.json"
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise SystemExit(f"{path}: cannot read the gold: {err}") from err
    if not isinstance(gold, dict):
        raise SystemExit(f"{path}: the gold is not a JSON object")
    return gold


def score_report(case: Path) -> tuple[Tally, dict[str, Any]]:
    """Read one corpus report and compare it with its gold."""
    gold = load_gold(case)
    name = case.name
    result = read_one(str(case / "article.txt"))
    if not isinstance(result, Document):
        tally = Tally()
        tally.misses.append(f"{name}: not read: {result.reason}")
        tally.count("published", False, name, "not read")
        return tally, gold
    doc = result
    tally = compare(name, gold, reading_of(doc))
    text = (case / "article.txt").read_bytes().decode("utf-8-sig")
    for t in doc.trips:
        tally.count("evidence", _evidence_ok(t.evidence, text), name, f"trip {t.person.name}: evidence")
        for s in t.stops:
            tally.count("evidence", _evidence_ok(s.evidence, text), name, f"stop {s.place.text}: evidence")
    for m in doc.dates:
        tally.count("evidence", _evidence_ok([m.evidence], text), name, f"date {m.text}: evidence")
    return tally, gold


def compare(name: str, gold: dict[str, Any], reading: Reading) -> Tally:
    """Every measure but evidence, for one reading of one report against its gold."""
    tally = Tally()
    published = reading.published
    tally.count(
        "published", published == gold.get("published"), name, f"{published} != {gold.get('published')}"
    )

    dl, gdl = reading.dateline, gold.get("dateline")
    dl_ok = (dl is None and gdl is None) or (
        dl is not None
        and gdl is not None
        and _place_key(dl["place"]) == _place_key(gdl["place"])
        and dl["date"] == gdl.get("date")
        and fold(dl["agency"] or "") == fold(gdl.get("agency") or "")
    )
    tally.count("dateline", dl_ok, name, f"{dl} != {gdl}")

    for gd in gold.get("dates", []):
        want = (gd["start"], gd["end"])
        found = any(
            pair == want and (fold(text) in fold(gd["text"]) or fold(gd["text"]) in fold(text))
            for text, pair in reading.dates
        )
        near = [
            (text, pair)
            for text, pair in reading.dates
            if fold(text) in fold(gd["text"]) or fold(gd["text"]) in fold(text)
        ]
        tally.count("dates", found, name, f"{gd['text']!r} {want}; read {near}")

    gold_trips: list[dict[str, Any]] = gold.get("trips", [])
    read = reading.trips
    matches = _match_trips(gold_trips, read)
    matched_read = {i for i in matches if i is not None}
    for i, t in enumerate(read):
        tally.count("trip_precision", i in matched_read, name, f"extra trip: {t.person} {t.days}")
    for g, i in zip(gold_trips, matches, strict=False):
        tally.count(
            "traveller",
            i is not None,
            name,
            f"no trip for {g['person']}; read {[t.person for t in read]}",
        )
        trip = read[i] if i is not None else None
        if trip is not None:
            tally.count(
                "title",
                title_key(trip.title) == title_key(g.get("title")),
                name,
                f"{g['person']}: {trip.title!r} != {g.get('title')!r}",
            )
        got = trip.days if trip is not None else "no trip"
        tally.count(
            "span",
            got == gold_pair(g.get("span")),
            name,
            f"{g['person']}: {got} != {gold_pair(g.get('span'))}",
        )
        gstops: list[dict[str, Any]] = g.get("stops", [])
        rstops = trip.stops if trip is not None else []
        used: set[int] = set()
        # exact matches (same record, same unresolved words) first, then the nearest within STOP_KM:
        # a stop matched by distance must not take the stop another gold stop names exactly
        exact = {
            i: next((k for k, s in enumerate(rstops) if _stop_is(gs, s)), None) for i, gs in enumerate(gstops)
        }
        reserved = {k for k in exact.values() if k is not None}
        for i, gs in enumerate(gstops):
            j = exact[i] if exact[i] is not None and exact[i] not in used else None
            if j is None:
                j = next(
                    (
                        k
                        for k, s in enumerate(rstops)
                        if k not in used and k not in reserved and _stop_matches(gs, s)
                    ),
                    None,
                )
            label = gs.get("name") or gs.get("text")
            tally.count(
                "stop_recall",
                j is not None,
                name,
                f"{g['person']}: missed stop {label}; read {[s.text for s in rstops]}",
            )
            if j is not None:
                used.add(j)
                tally.count(
                    "stop_day",
                    rstops[j].days == ((gs["start"], gs["end"]) if gs.get("start") else None),
                    name,
                    f"{g['person']}: {label} day {rstops[j].days} != {gs.get('start')}..{gs.get('end')}",
                )
        if trip is not None:
            for k, s in enumerate(rstops):
                tally.count("stop_precision", k in used, name, f"{g['person']}: extra stop {s.text!r}")
    return tally


# --- the corpus ----------------------------------------------------------------------------


def parse_numbers(text: str) -> list[tuple[int, int]]:
    """Report-number ranges from "1266-1385,1400" (inclusive)."""
    out = []
    for part in text.split(","):
        first, _, last = part.strip().partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            raise argparse.ArgumentTypeError(f"not a range of report numbers: {part!r}")
        out.append((int(first), int(last or first)))
    return out


def batch_numbers(name: str, batches: Path = BATCHES) -> list[tuple[int, int]]:
    """The report-number ranges of a named batch in ``batches.json``."""
    table = json.loads(batches.read_text(encoding="utf-8"))
    if name.startswith("_") or name not in table:
        known = ", ".join(k for k in table if not k.startswith("_"))
        raise argparse.ArgumentTypeError(f"no batch {name!r} in {batches.name} (known: {known})")
    return [(int(a), int(b)) for a, b in table[name]]


def cases(
    half: str, lang: str, corpus: Path = CORPUS, numbers: list[tuple[int, int]] | None = None
) -> list[Path]:
    """The corpus folders of one half ("dev" even, "test" odd, or "all") and language, within ``numbers``."""
    out = []
    for folder in sorted(p.parent for p in corpus.glob("*/gold.json")):
        number = int(folder.name.split("_", 1)[0])
        if (half == "dev" and number % 2) or (half == "test" and not number % 2):
            continue
        if numbers is not None and not any(a <= number <= b for a, b in numbers):
            continue
        if lang != "all":
            gold_lang = load_gold(folder).get("language", "en")
            if not gold_lang.startswith(lang):
                continue
        out.append(folder)
    return out


def score(folders: list[Path]) -> Tally:
    """Score every folder."""
    total = Tally()
    for folder in folders:
        tally, _ = score_report(folder)
        total.add(tally)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--half", choices=["dev", "test", "all"], default="all")
    parser.add_argument("--lang", choices=["en", "zh", "all"], default="en")
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--no-save", action="store_true")
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--batch", type=batch_numbers, help="only the reports a session added (batches.json)")
    chosen.add_argument("--numbers", type=parse_numbers, help="only these report numbers: 1266-1385,1400")
    args = parser.parse_args(argv)
    numbers = args.batch or args.numbers
    halves = ["dev", "test"] if args.half == "all" else [args.half]
    results: dict[str, Any] = {"lang": args.lang, "halves": {}}
    for half in halves:
        folders = cases(half, args.lang, args.corpus, numbers)
        t0 = time.perf_counter()
        tally = score(folders)
        seconds = time.perf_counter() - t0
        figures = tally.figures()
        results["halves"][half] = {
            "reports": len(folders),
            "figures": figures,
            "counts": {m: [tally.hits[m], tally.totals[m]] for m in MEASURES},
            "seconds": round(seconds, 2),
        }
        print(f"== {half}: {len(folders)} reports ({seconds:.1f} s)")
        for m in MEASURES:
            f = figures[m]
            count = f"{tally.hits[m]}/{tally.totals[m]}" if m != "stop_f1" else ""
            print(f"  {m:<15} {'-' if f is None else f'{f:.3f}':>6}  {count}")
        if args.show:
            for miss in tally.misses:
                print("   ", miss)
    if not args.no_save and numbers is None:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
