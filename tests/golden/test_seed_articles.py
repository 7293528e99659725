"""Golden: the five seed reports' article fields and date spans, written by hand from reading them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from timeline.article import Article, ParagraphKind
from timeline.model import Dateline, DateSpan, Unknown

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

D = dt.date
SEEDS: dict[str, dict[str, Any]] = {
    "000_acc867315aeaf4b7": {
        "headline": (
            "Chinese vice premier urges manufacturing sector shift toward digital, intelligent development"
        ),
        "published": D(2025, 11, 20),
        "time": dt.time(8, 49),
        "publisher": "Xinhua",
        "dateline": ("CHONGQING", D(2025, 11, 19), "Xinhua"),
        "dates": [("from Nov. 16 to 19", D(2025, 11, 16), D(2025, 11, 19))],
        "captions": 0,
    },
    "001_51b6e11b8c3e64d1": {
        "headline": "Chinese premier urges digital transformation of manufacturing sector",
        "published": D(2024, 7, 3),
        "time": dt.time(22, 55),
        "publisher": "Xinhua",
        "dateline": ("NANJING", D(2024, 7, 3), ""),
        "dates": [
            ("July 2, 2024", D(2024, 7, 2), D(2024, 7, 2)),
            ("from Tuesday to Wednesday", D(2024, 7, 2), D(2024, 7, 3)),
            ("that began on Tuesday and concluded on Wednesday", D(2024, 7, 2), D(2024, 7, 3)),
        ],
        "captions": 2,
        "boilerplate_first": "Copyright",
    },
    "002_4f72e164766651ba": {
        "headline": "Chinese vice premier urges efforts to boost growth of specialized enterprises",
        "published": D(2025, 10, 13),
        "time": None,
        "publisher": "Xinhua",
        "dateline": ("HANGZHOU", D(2025, 10, 11), "Xinhua"),
        "dates": [
            ("Oct. 9, 2025", D(2025, 10, 9), D(2025, 10, 9)),
            ("from Thursday to Saturday", D(2025, 10, 9), D(2025, 10, 11)),
            ("Oct. 10, 2025", D(2025, 10, 10), D(2025, 10, 10)),
        ],
        "captions": 2,
    },
    "003_0b045badc113223c": {
        "headline": "Deepen and solidify the transformation of the manufacturing industry",
        "published": D(2025, 10, 14),
        "time": None,
        "publisher": "Science and Technology Daily",
        "dateline": None,
        "dates": [("From 2020 to 2024", D(2020, 1, 1), D(2024, 12, 31))],
        "captions": 0,
        "boilerplate_first": "Edit:",
    },
    "004_2a0a5eab49f6c517": {
        "headline": "Chinese vice premier stresses accelerating development of high-tech industries",
        "published": D(2024, 9, 4),
        "time": None,
        "publisher": "Xinhua",
        "dateline": ("CHONGQING", D(2024, 9, 3), "Xinhua"),
        "dates": [("from Monday to Tuesday", D(2024, 9, 2), D(2024, 9, 3))],
        "captions": 0,
    },
}


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_article_fields(seed: str) -> None:
    want = SEEDS[seed]
    path = FIXTURES / seed / "article.txt"
    art = Article.from_bytes(path.read_bytes(), source=str(path))
    assert art.headline == want["headline"]
    assert art.published == want["published"]
    if want["time"] is None:
        assert isinstance(art.published_time, Unknown)
    else:
        assert art.published_time == want["time"]
    assert art.publisher == want["publisher"]
    if want["dateline"] is None:
        assert isinstance(art.dateline, Unknown)
        assert art.dateline.reason
        assert art.anchor == want["published"]
    else:
        assert isinstance(art.dateline, Dateline)
        assert (art.dateline.place, art.dateline.date, art.dateline.agency) == want["dateline"]
    found = {(m.text, m.span.start, m.span.end) for m in art.dates() if isinstance(m.span, DateSpan)}
    for date in want["dates"]:
        assert date in found, sorted(found)
    assert len(art.captions) == want["captions"]
    if "boilerplate_first" in want:
        boiler = [p for p in art.paragraphs if p.kind is ParagraphKind.BOILERPLATE]
        assert boiler
        assert boiler[0].text.startswith(want["boilerplate_first"])
        # Everything from the footer on is boilerplate; the body ends before it.
        assert all(p.end <= boiler[0].start for p in art.body)
    for p in art.paragraphs:
        assert art.text[p.start : p.end] == p.text
