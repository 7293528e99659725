"""Dump every trip the reader outputs on the English dev half, with its label and its word features.

Run from the repository root with the project's venv::

    .venv/bin/python scripts/experiments/trip_check_dump.py /tmp/trip_check_candidates.json

Each candidate: the report, the trip's index, ``label`` (1 = matched to a gold trip by the bench's
person matching, 0 = extra), whether the report has any gold trip, and ``features`` (a list of
feature names: words and word bigrams of the trip's evidence, of the headline and of the first two
body sentences (``e:``, ``h:``, ``f:``), of up to six body sentences naming the traveller (``m:``),
lower-cased with numbers, the traveller's name and other capitalised words masked, and a few reader
facts (``x:``: status, span known, stops, regions, kind, evidence count, trips in the report, person
in the first sentences or headline, title class, first traveller named, most evidence)).
Only even-numbered (development) reports are read.
"""

# ruff: noqa: T201  (a command-line script reports what it did)

from __future__ import annotations

import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from bench_reports import _match_trips, cases, load_gold, read_trip  # noqa: E402

from timeline.article import Article  # noqa: E402
from timeline.article.document import ParagraphKind  # noqa: E402
from timeline.extract import extract_document  # noqa: E402
from timeline.model import DateSpan, Document, Trip  # noqa: E402

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


def words(text: str, person: str = "") -> list[str]:
    """Lower-cased tokens; numbers -> <num>, the traveller's name words -> <who>, other capitalised -> <cap>."""
    own = {w.lower() for w in person.split() if len(w) > 1}
    out: list[str] = []
    for i, match in enumerate(_TOKEN.finditer(text)):
        tok = match.group()
        low = tok.lower()
        if tok.isdigit():
            out.append("<num>")
        elif low in own:
            out.append("<who>")
        elif tok[0].isupper() and i > 0 and low not in _KEEP:
            out.append("<cap>")
        else:
            out.append(low)
    # one mask for a run of masks ("<cap> <cap> <cap>" -> "<cap>")
    squeezed: list[str] = []
    for w in out:
        if not (squeezed and w == squeezed[-1] and w.startswith("<")):
            squeezed.append(w)
    return squeezed


# capitalised words that are wording, not names
_KEEP = {
    "president", "premier", "minister", "prime", "king", "queen", "pope", "secretary", "chairman",
    "vice", "general", "he", "she", "they", "the", "in", "on", "at", "during", "after", "before",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip


def grams(prefix: str, toks: list[str]) -> list[str]:
    """Unigrams and bigrams, each with the prefix."""
    out = [f"{prefix}:{t}" for t in toks]
    out += [f"{prefix}:{a}_{b}" for a, b in itertools.pairwise(toks)]
    return out


def body_sentences(article: Article) -> list[str]:
    """The body's sentences, in order (a rough split)."""
    out: list[str] = []
    for p in article.paragraphs:
        if p.kind is ParagraphKind.BODY:
            out.extend(s for s in _SENTENCE_END.split(p.text) if s.strip())
    return out


def features(article: Article, doc: Document, trip: Trip) -> list[str]:
    """The feature names of one read trip."""
    name = trip.person.name
    last = name.split()[-1].lower()
    first_two = body_sentences(article)[:2]
    feats: list[str] = []
    for e in trip.evidence:
        feats += grams("e", words(e.text, name))
    feats += grams("h", words(article.headline, name))
    feats += grams("f", words(" ".join(first_two), name))
    sentences = body_sentences(article)
    about = [i for i, s in enumerate(sentences) if last in s.lower()]
    for i in about[:6]:
        feats += grams("m", words(sentences[i], name))
    feats.append(f"x:mentions={min(len(about), 5)}")
    feats.append(f"x:first_at={min(about[0], 4) if about else 'none'}")
    firsts = sorted(
        (
            min(
                [i for i, s in enumerate(sentences) if t.person.name.split()[-1].lower() in s.lower()] or [99]
            ),
            k,
        )
        for k, t in enumerate(doc.trips)
    )
    feats.append(f"x:first_traveller={firsts[0][1] == list(doc.trips).index(trip)}")
    most = max(len(t.evidence) for t in doc.trips)
    feats.append(f"x:most_evidence={len(trip.evidence) == most}")
    feats.append(f"x:status={trip.status.value}")
    feats.append(f"x:span={'known' if isinstance(trip.span, DateSpan) else 'unknown'}")
    feats.append(f"x:stops={min(len(trip.stops), 3)}")
    feats.append(f"x:regions={min(len(trip.regions), 2)}")
    feats.append(f"x:kind={trip.kind.value}")
    feats.append(f"x:evidence={min(len(trip.evidence), 4)}")
    feats.append(f"x:trips={min(len(doc.trips), 3)}")
    feats.append(f"x:in_first={any(last in s.lower() for s in first_two)}")
    feats.append(f"x:in_headline={last in article.headline.lower()}")
    title = trip.person.title.name.lower() if trip.person.title else ""
    klass = next(
        (k for k in ("president", "premier", "prime minister", "minister", "king", "queen", "pope", "secretary")
         if k in title),
        "other" if title else "none",
    )  # fmt: skip
    feats.append(f"x:title={klass}")
    return sorted(set(feats))


def main() -> int:
    out_path = Path(sys.argv[1])
    rows: list[dict[str, Any]] = []
    for case in cases("dev", "en"):
        gold = load_gold(case)
        data = (case / "article.txt").read_bytes()
        article = Article.from_bytes(data, source=str(case / "article.txt"))
        doc = extract_document(article)
        read = list(doc.trips)
        matched = {
            i for i in _match_trips(gold.get("trips", []), [read_trip(t) for t in read]) if i is not None
        }
        for i, trip in enumerate(read):
            rows.append(
                {
                    "report": case.name,
                    "index": i,
                    "label": int(i in matched),
                    "gold_trips": len(gold.get("trips", [])),
                    "features": features(article, doc, trip),
                }
            )
        if not read:
            rows.append({"report": case.name, "index": -1, "label": -1, "gold_trips": len(gold.get("trips", [])),
                         "features": []})  # fmt: skip
    out_path.write_text(json.dumps(rows), encoding="utf-8")
    print(len([r for r in rows if r["index"] >= 0]), "trips;", sum(r["label"] == 0 for r in rows), "extra")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
