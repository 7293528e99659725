"""The Chinese reader: article, dates, people, places and trips into the shared model."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from gazetteer.model import Place
from timeline.article import Article, ParagraphKind
from timeline.model import Dateline, DateMention, DateSpan, Document, Evidence, Precision, Source, Stop, Trip
from timeline.zh.article import ChineseArticle, read_article, roc_told_year
from timeline.zh.dates import find_dates
from timeline.zh.numerals import NUMERAL, number
from timeline.zh.people import KNOWN_NAMES, ZhMention, find_people
from timeline.zh.places import PlaceMention, find_places, place_before
from timeline.zh.trips import find_trips, roster_of

__all__ = ["extract_chinese", "extract_chinese_text"]

_READ = (ParagraphKind.BODY, ParagraphKind.CAPTION)


def _is_country(place: Any) -> bool:
    from gazetteer.model import PlaceKind, Resolved

    return isinstance(place.ref, Resolved) and place.ref.place.kind is PlaceKind.COUNTRY


# "2021年", and a year that ends an event's name ("经贸合作论坛2007;", "博览会2024。") (rule zh-text-year)
_YEAR = re.compile(r"(?<![\d０-９])((?:19|20)\d\d)年|(?<=[\u4e00-\u9fff])((?:19|20)\d\d)(?=[\s;；，,。、)）」”]|$)")


def _text_year(article: ChineseArticle) -> int | None:
    """Rule ``zh-text-year``: with no publication day, the one year the report's text names (``2021年泛珠三角...``),
    for its months and days; ``None`` where it names none or several."""
    if article.anchor is not None:
        return None
    found = [
        m for p in article.paragraphs if p.kind in _READ for m in _YEAR.finditer(article.simplified, p.start, p.end)
    ]
    # rule zh-since-year: "自缅甸军方2021年掌权以来": a year the text counts from is before the report's
    if any(_SINCE.match(article.simplified, m.end()) for m in found):
        return None
    years = {int(m[1] or m[2]) for m in found}
    # rule zh-roc-told-year: "今(113)年" names 2024
    years |= {
        y for p in article.paragraphs if p.kind in _READ
        for y in [roc_told_year(article.simplified[p.start : p.end])] if y is not None
    }  # fmt: skip
    return years.pop() if len(years) == 1 else None


_SINCE = re.compile(r"[^，,。；;！？\n]{0,8}?(?:以来|至今)")


# "明日(9月22日)": a relative day with its date in brackets
_APPOSED_DAY = re.compile(rf"(?P<rel>今天|今日|明天|明日|昨天|昨日)\s*[(（]\s*(?P<m>{NUMERAL})月(?P<d>{NUMERAL})日\s*[)）]")
_APPOSED_OFFSET = {"今天": 0, "今日": 0, "明天": 1, "明日": 1, "昨天": -1, "昨日": -1, "今": 0, "明": 1, "昨": -1}


def _apposed_anchor(article: ChineseArticle, year: int | None) -> dt.date | None:
    """Rule ``zh-apposed-anchor``: with no publication day, a relative day told with its date
    ("明日(9月22日)", in the year the text names) gives the report's day, for its other relative days."""
    if year is None:
        return None
    for p in article.paragraphs:
        if p.kind is ParagraphKind.BODY and (m := _APPOSED_DAY.search(article.simplified, p.start, p.end)):
            try:
                day = dt.date(year, number(m["m"]), number(m["d"]))
            except ValueError:
                return None
            return day - dt.timedelta(days=_APPOSED_OFFSET[m["rel"]])
    # "今(2)晚抵澳...于1月30日对中国进行正式访问": a day of the month alone in brackets, in the month of
    # the latest day the text names, or the month after where that day is later (the report is written
    # after the days it tells of)
    told = [
        (number(m["m"]), number(m["d"]))
        for p in article.paragraphs
        if p.kind is ParagraphKind.BODY
        for m in _MONTH_DAY.finditer(article.simplified, p.start, p.end)
    ]
    for p in article.paragraphs:
        if p.kind is ParagraphKind.BODY and told and (m := _APPOSED_DOM.search(article.simplified, p.start, p.end)):
            month, last_day = max(told)
            dom = number(m["d"])
            if dom < last_day:
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            try:
                day = dt.date(year, month, dom)
            except ValueError:
                return None
            return day - dt.timedelta(days=_APPOSED_OFFSET[m["rel"]])
    return None


_MONTH_DAY = re.compile(rf"(?<![\d０-９])(?P<m>{NUMERAL})月(?P<d>{NUMERAL})日")
_APPOSED_DOM = re.compile(rf"(?P<rel>今|明|昨)[天日]?\s*[(（]\s*(?P<d>{NUMERAL})\s*[)）]")


# the offices a body names its traveller by alone ("特首今日启程", "總統今天抵達")
_BODY_OFFICE = re.compile(r"国家主席|总书记|国务院总理|委员长|行政长官|特首|总理")


def _headline_known(article: ChineseArticle, start: int, end: int) -> list[ZhMention]:
    """Rule ``zh-headline-name`` for a headline naming a known leader with no office ("李家超今起访中东"):
    the one leader it names, with the office the body names alone first."""
    simp = article.simplified
    named = [k for k in KNOWN_NAMES if k in simp[start:end]]
    named = [k for k in named if not any(k != o and k in o for o in named)]
    if len(named) != 1:
        return []
    office = next(
        (m for p in article.paragraphs if p.kind is ParagraphKind.BODY for m in [_BODY_OFFICE.search(simp, p.start, p.end)] if m),
        None,
    )
    if office is None:
        return []
    at = simp.index(named[0], start, end)
    return [ZhMention(named[0], (office.group(),), at, at + len(named[0]), at)]


def _extract(article: ChineseArticle) -> Document:
    year = _text_year(article)
    anchor = article.anchor or _apposed_anchor(article, year)
    dates: list[DateMention] = []
    if isinstance(article.headline_evidence, Evidence):
        ev = article.headline_evidence
        dates.extend(find_dates(article.simplified, anchor, original=article.text, start=ev.start, end=ev.end,
                                source=article.source, year=year))  # fmt: skip
    last: dt.date | None = None  # the day last named in the body carries over paragraphs
    for p in article.paragraphs:
        if p.kind in _READ:
            start = p.start
            if hasattr(article.dateline, "evidence") and article.dateline.evidence.start == p.start:
                start = article.dateline.evidence.end
                last = None  # the story starts at its dateline: a day named in a lead caption is not carried
            found = find_dates(article.simplified, anchor, original=article.text, start=start, end=p.end,
                               source=article.source, last=last if p.kind is ParagraphKind.BODY else None,
                               year=year)  # fmt: skip
            dates.extend(found)
            if p.kind is ParagraphKind.BODY:
                for d in found:
                    if (
                        isinstance(d.span, DateSpan)
                        and d.span.precision is Precision.DAY
                        and d.evidence.rule != "zh-length"
                    ):
                        last = d.span.end
    document = Document(
        path=article.source, headline=article.headline, published=article.published,
        published_time=article.published_time, dateline=article.dateline, dates=tuple(dates),
    )  # fmt: skip
    mentions = [
        m
        for p in article.paragraphs
        if p.kind in _READ
        for m in find_people(article.simplified, p.start, p.end)
        # a caption's leader named alone ("■某某视察...时") is the picture's, not a trip the body tells
        if m.titles or p.kind is ParagraphKind.BODY
    ]
    if isinstance(article.headline_evidence, Evidence) and not mentions:
        # rule zh-headline-name: a body that names only an office ("行政长官今日率团启程") takes the
        # name from the headline ("李家超率团访问中东")
        ev = article.headline_evidence
        mentions = [m for m in find_people(article.simplified, ev.start, ev.end) if m.titles]
        if not mentions:
            mentions = _headline_known(article, ev.start, ev.end)
    if not mentions:
        return document
    roster, titles = roster_of(mentions, article)
    # rule zh-name-place: a place's name inside a person's name is no place ("韩国瑜" is not Korea)
    names = [(m.name_start, m.name_start + len(m.name)) for m in mentions]
    # rule zh-dotted-name: "总统欧内斯特·巴伊·科罗马…除北京外，科罗马还将": the last part of a name of parts,
    # wherever written alone, is the person (罗马 is no Rome there)
    for part in {re.split("[·•]", m.name)[-1] for m in mentions if "·" in m.name or "•" in m.name}:
        if len(part) >= 2:
            at = article.simplified.find(part)
            while at >= 0:
                names.append((at, at + len(part)))
                at = article.simplified.find(part, at + len(part))
    # rule zh-name-place-everywhere: "李长春十分高兴": a named person's full name wherever written, where
    # the reader found no mention of it, holds no place either (长春 is no Changchun there)
    for full in {m.name for m in mentions if len(m.name) >= 3}:
        at = article.simplified.find(full)
        while at >= 0:
            names.append((at, at + len(full)))
            at = article.simplified.find(full, at + len(full))
    offices = [(m.start, m.name_start) for m in mentions if m.start < m.name_start]
    read_places: list[PlaceMention] = []
    town_anchor: Place | None = None  # the place in China named last, for a town of a later paragraph (zh-pinyin-town)
    for p in article.paragraphs:
        if p.kind in _READ:
            here = find_places(article.simplified, article.text, p.start, p.end, town_anchor)
            read_places.extend(here)
            town_anchor = place_before(here, p.end, town_anchor)
    places = [
        pl
        for pl in read_places
        if not any(a < pl.end and pl.start < b for a, b in names)
        # rule zh-title-country: "美国总统布什抵达北京": the country of an office is not where one went
        and not (
            pl.is_region
            and any(a <= pl.start < b for a, b in offices)
            # "台湾地区领导人赖清德出访": the region of the office, as the country's
            and (_is_country(pl) or article.simplified.startswith("地区领导人", pl.end))
        )
    ]
    # rule zh-hometown-hall: "拜访了潮州会馆、恩平公所": a place before 会馆/公所/同乡会 names the association of
    # those from there, met where they live, not where one went
    places = [p for p in places if not article.simplified.startswith(_HOMETOWN_HALL, p.end)]
    # rule zh-named-home: "来到老党员李北海家中": the name is someone's, there and wherever else it is written
    simp = article.simplified
    homes = {simp[p.start - 1 : p.end] for p in places if _named_home(simp, p.start, p.end)}
    places = [p for p in places if not (p.start > 0 and simp[p.start - 1 : p.end] in homes)]
    source = Source(article.source, article.headline, article.published, article.publisher)
    trips = find_trips(article, roster, titles, mentions, dates, places, source)
    return attrs.evolve(document, trips=tuple(trips))


# a mirror's pinyin gloss after a character, "总统(tǒng)", "会(huì )": read as if absent (rule zh-gloss)
_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*\s?[)）]"
)


def _unglossed(text: str) -> tuple[str, list[int]] | None:
    """``text`` without its pinyin glosses and, for each of its offsets, the original's; ``None`` if none."""
    pieces: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _GLOSS.finditer(text):
        pieces.append(text[pos : m.start()])
        index.extend(range(pos, m.start()))
        pos = m.end()
    if not pieces:
        return None
    pieces.append(text[pos:])
    index.extend(range(pos, len(text) + 1))
    return "".join(pieces), index


def _remap(obj: Any, text: str, index: list[int]) -> Any:
    """``obj`` with every evidence moved from the unglossed text back to ``text``."""
    if isinstance(obj, Evidence):
        start = index[obj.start]
        end = index[obj.end - 1] + 1 if obj.end > obj.start else start
        return Evidence.of(text, start, end, obj.rule, source=obj.source)
    if isinstance(obj, tuple):
        items = tuple(_remap(x, text, index) for x in obj)
        return obj if all(a is b for a, b in zip(items, obj, strict=True)) else items
    if isinstance(obj, (Document, Trip, Stop, DateMention, Dateline)):
        changes = {}
        for a in attrs.fields(type(obj)):
            value = getattr(obj, a.name)
            new = _remap(value, text, index)
            if new is not value:
                changes[a.alias or a.name] = new
        return attrs.evolve(obj, **changes) if changes else obj
    return obj


def _read(text: str, source: str, published: dt.date | None) -> Document:
    """Read ``text``; a mirror's pinyin glosses are read as if absent, evidence cut from ``text``."""
    clean = _unglossed(text)
    if clean is None:
        return _extract(read_article(text, source=source, published=published))
    doc = _extract(read_article(clean[0], source=source, published=published))
    remapped: Document = _remap(doc, text, clean[1])
    return remapped


def extract_chinese(article: Article) -> Document:
    """Read an article the English reader has split, as Chinese: its text and source, and its
    publication day where the text gives none (a page's date read from its markup)."""
    published = article.published if isinstance(article.published, dt.date) else None
    return _read(article.text, article.source, published)


def extract_chinese_text(
    text: str, *, source: str = "<string>", published: dt.date | None = None
) -> Document:
    """Read Chinese ``text``; ``published`` stands in for a header date where the text has none."""
    return _read(text, source, published)


_HOMETOWN_HALL = ("会馆", "公所", "同乡会", "同乡联谊会", "乡亲会", "宗亲会")

# rule zh-named-home: "来到老党员李北海家中": a surname, then a place's name, then 家中 is someone's name
_HOME_AFTER_NAME = ("家中", "家里", "家看望", "家慰问", "同志家")


def _named_home(simplified: str, start: int, end: int) -> bool:
    from timeline.zh.people import surname_chars

    return (
        start > 0
        and simplified[start - 1] in surname_chars()
        and end - start <= 2
        and simplified.startswith(_HOME_AFTER_NAME, end)
    )
