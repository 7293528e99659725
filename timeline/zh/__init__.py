"""Chinese reports, simplified and traditional, read into the same model as English ones.

>>> import datetime as dt
>>> doc = extract_chinese_text(
...     "新华社杭州10月11日电 国务院总理李强10日在浙江杭州考察。",
...     source="x", published=dt.date(2024, 10, 11))
>>> trip = doc.trips[0]
>>> trip.person.name, trip.person.aliases[0], str(trip.span.start)
('李强', 'Li Qiang', '2024-10-10')
"""

from __future__ import annotations

import datetime as dt

import attrs

from timeline.article import Article, ParagraphKind
from timeline.model import DateMention, Document, Evidence, Source
from timeline.zh.article import ChineseArticle, read_article
from timeline.zh.dates import find_dates
from timeline.zh.language import detect, is_chinese
from timeline.zh.people import find_people, pinyin_name
from timeline.zh.places import find_places
from timeline.zh.trips import find_trips, roster_of

__all__ = ["detect", "extract_chinese", "extract_chinese_text", "is_chinese", "pinyin_name", "read_article"]

_READ = (ParagraphKind.BODY, ParagraphKind.CAPTION)


def _extract(article: ChineseArticle) -> Document:
    anchor = article.anchor
    dates: list[DateMention] = []
    if isinstance(article.headline_evidence, Evidence):
        ev = article.headline_evidence
        dates.extend(find_dates(article.simplified, anchor, original=article.text, start=ev.start, end=ev.end,
                                source=article.source))  # fmt: skip
    for p in article.paragraphs:
        if p.kind in _READ:
            start = p.start
            if hasattr(article.dateline, "evidence") and article.dateline.evidence.start == p.start:
                start = article.dateline.evidence.end
            dates.extend(find_dates(article.simplified, anchor, original=article.text, start=start, end=p.end,
                                    source=article.source))  # fmt: skip
    document = Document(
        path=article.source, headline=article.headline, published=article.published,
        published_time=article.published_time, dateline=article.dateline, dates=tuple(dates),
    )  # fmt: skip
    mentions = [m for p in article.paragraphs if p.kind in _READ for m in find_people(article.simplified, p.start, p.end)]
    if not mentions:
        return document
    roster, titles = roster_of(mentions, article)
    places = [pl for p in article.paragraphs if p.kind in _READ for pl in find_places(article.simplified, article.text, p.start, p.end)]
    source = Source(article.source, article.headline, article.published, article.publisher)
    trips = find_trips(article, roster, titles, mentions, dates, places, source)
    return attrs.evolve(document, trips=tuple(trips))


def extract_chinese(article: Article) -> Document:
    """Read an article the English reader has split, as Chinese (its text and source only)."""
    return _extract(read_article(article.text, source=article.source))


def extract_chinese_text(text: str, *, source: str = "<string>", published: dt.date | None = None) -> Document:
    """Read Chinese ``text``; ``published`` stands in for a header date where the text has none."""
    return _extract(read_article(text, source=source, published=published))
