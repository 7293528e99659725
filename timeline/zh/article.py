"""A Chinese report read into its parts: header, headline, dateline, body, captions, boilerplate.

The reader works on the simplified text (same length as the original, see :mod:`.script`) and
cuts every piece of evidence from the original.  Rules, each named in the evidence it makes:

* ``zh-header-datetime``: a header line with a date (``2016-01-10 06:39:32``, ``2024年06月05日 08:28``,
  ``发布时间：...``) gives the publication day and time; ``来源：中国青年网`` on a header line gives
  the publisher.
* ``zh-boilerplate``: breadcrumbs (``当前位置：新闻 > 中国新闻 > 正文``), ``责任编辑``, ``参与评论()人``,
  page marks ``(1)``, share and print links are boilerplate.
* ``zh-caption``: a line with a photographer's credit (``新华社记者 某某 摄``, ``（新华社发）``) is a
  photo caption.
* ``zh-headline``: the first line before the body that is not a header or boilerplate and does not
  end as a sentence.
* ``zh-dateline``: ``新华社北京10月11日电（记者 张三 李四）``, ``人民网北京6月5日电``,
  ``本报北京6月5日电``; ``央视网消息`` and ``本报讯`` are datelines with an agency and no place
  or day.  The dateline's year is the publication year, or the year before when the day would
  fall more than a week after publication (rule ``zh-dateline-year``).
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

from timeline.article import Paragraph, ParagraphKind, clock
from timeline.model import Dateline, Evidence, Unknown
from timeline.zh.language import Language, detect
from timeline.zh.numerals import NUMERAL, number
from timeline.zh.script import to_simplified

__all__ = ["ChineseArticle", "read_article"]

_DATE_TIME = re.compile(
    r"(?P<y>\d{4})\s*(?:年|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)
_HEADER_CUE = re.compile(
    r"发布时间|时间[:：]|来源[:：]|作者[:：]|编辑[:：]|字号|打印|^\s*\[?\d{4}[-年/.]\d{1,2}|^\s*https?://\S+\s+\d{4}"
)
# the scraped copy's own date token, as in the English reports: " date 2026-02-03 《新华社》报道，..."
_DATE_TOKEN = re.compile(r"\s*date (?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\s+")
_SOURCE = re.compile(r"来源[:：]\s*(?P<src>[^\s　|｜]{2,20})")
_BOILERPLATE = re.compile(
    r"^(?:当前位置|您的位置|你的位置|首页\s*[>＞]|责任编辑|编辑[:：]|参与评论|分享到|扫一扫|打印本页|关闭窗口|"
    r"【纠错】|【字体|字号[:：]|上一篇|下一篇|相关新闻|相关阅读|版权所有|点击排行|更多|返回顶部|来源[:：])"
    r"|^[（(]\s*\d{1,2}\s*[)）]$|^\[?\s*责任编辑|^\s*[>＞]|\s[>＞]\s.*\s[>＞]\s|^第?\s*\d+\s*页$|参与评论\s*[(（]\s*\d*\s*[)）]\s*人"
)
_CAPTION = re.compile(
    r"(?:记者|通讯员)\s*\S{2,4}(?:\s+\S{2,4})*\s*摄|[（(](?:新华社|人民网|中新社)发[^)）]{0,20}[)）]|摄[)）]?\s*$"
)
_AGENCIES = (
    "新华社|中新社|中新网|人民网|新华网|本报|央视网|中国新闻网|人民日报|光明网|中国日报网|央广网|国际在线"
)
_DATELINE = re.compile(
    rf"^[【\[〔]?(?P<agency>{_AGENCIES})(?P<place>[\u4e00-\u9fff]{{2,12}}?)\s*(?P<m>{NUMERAL})月(?P<d>{NUMERAL})日\s*(?:电|讯|消息)"
    r"[】\]〕]?(?:\s*[（(][^）)]{0,40}[）)])?"
    rf"|^[【\[]?(?P<agency2>{_AGENCIES})(?:消息|讯|快讯)[】\]]?"
)
_SENTENCE_END = re.compile(r"[。！？!?；]\s*[”’」』]?$")


@frozen
class ChineseArticle:
    """One Chinese report, its parts and their offsets in :attr:`text` (the original)."""

    text: str
    simplified: str
    language: Language
    source: str
    headline: str
    headline_evidence: Evidence | Unknown
    published: dt.date | Unknown
    published_time: dt.time | Unknown
    publisher: str
    dateline: Dateline | Unknown
    paragraphs: tuple[Paragraph, ...]

    @property
    def anchor(self) -> dt.date | None:
        """The dateline's day, else the publication day, else ``None``."""
        if isinstance(self.dateline, Dateline) and isinstance(self.dateline.date, dt.date):
            return self.dateline.date
        return self.published if isinstance(self.published, dt.date) else None


def _valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def dateline_year(month: int, day: int, published: dt.date | Unknown) -> dt.date | Unknown:
    """The dateline's day in the publication year, or the year before (rule ``zh-dateline-year``)."""
    if not isinstance(published, dt.date):
        return Unknown("no publication date to give the dateline its year", f"{month}月{day}日")
    for year in (published.year, published.year - 1, published.year + 1):
        day_ = _valid_date(year, month, day)
        if day_ is not None and -7 <= (published - day_).days <= 358:
            return day_
    return Unknown(f"{month}月{day}日 is not a day near the publication date", f"{month}月{day}日")


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip(" \t\u3000\xa0")
        if stripped:
            start = pos + body.index(stripped[0])
            out.append((start, start + len(stripped)))
        pos += len(raw)
    return out


def read_article(text: str, *, source: str = "<string>", published: dt.date | None = None) -> ChineseArticle:
    """Read a Chinese report (simplified or traditional) into its parts.

    Args:
        text: the report.
        source: its path or URL.
        published: the publication day where the header gives none (a caller that knows it).
    """
    language = detect(text)
    simp = to_simplified(text) if language == "zh-Hant" else text
    header_date = published
    pub: dt.date | Unknown = Unknown("no publication date in the header")
    published_time: dt.time | Unknown = Unknown("no publication time in the header")
    publisher = ""
    headline = ""
    headline_ev: Evidence | Unknown = Unknown("no headline found")
    dateline: Dateline | Unknown = Unknown("no dateline")
    paragraphs: list[Paragraph] = []
    body_started = False
    for number_, (start, end) in enumerate(_lines(simp)):
        token = _DATE_TOKEN.match(simp, start, end) if number_ == 0 else None
        if token is not None:
            day = _valid_date(int(token["y"]), int(token["m"]), int(token["d"]))
            if day is not None:
                pub = day
            paragraphs.append(Paragraph(start, token.end(), text[start : token.end()], ParagraphKind.HEADER))
            start = token.end()
            if start >= end:
                continue
        line = simp[start:end]
        kind = ParagraphKind.BODY
        if _BOILERPLATE.search(line):
            kind = ParagraphKind.BOILERPLATE
        elif not body_started and _HEADER_CUE.search(line) and len(line) < 120:
            kind = ParagraphKind.HEADER
        elif _CAPTION.search(line) and len(line) < 300:
            kind = ParagraphKind.CAPTION
        if kind in (ParagraphKind.HEADER, ParagraphKind.BOILERPLATE) and not body_started:
            m = _DATE_TIME.search(line)
            if m and isinstance(pub, Unknown):
                day = _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
                if day is not None:
                    pub = day
                    if m["H"]:
                        published_time = clock(int(m["H"]), int(m["M"]), int(m["S"] or 0))
            s = _SOURCE.search(line)
            if s and not publisher:
                publisher = text[start + s.start("src") : start + s.end("src")]
        if kind is ParagraphKind.BODY and not body_started:
            if header_date is not None and isinstance(pub, Unknown):
                pub = header_date
            d = _DATELINE.match(line)
            if d and isinstance(dateline, Unknown):
                body_started = True
                agency = d["agency"] or d["agency2"]
                if d["agency"]:
                    date = dateline_year(number(d["m"]), number(d["d"]), pub)
                    try:
                        place = text[start + d.start("place") : start + d.end("place")]
                    except TypeError:  # pragma: no cover
                        place = ""
                else:
                    date, place = Unknown("the dateline gives no day"), ""
                ev = Evidence.of(text, start, start + d.end(), "zh-dateline", source=source)
                dateline = Dateline(place, date, text[start : start + len(agency)], ev)
                publisher = publisher or dateline.agency
            elif not _SENTENCE_END.search(line) and len(line) <= 60:
                # before the body: the headline (the last short line before the lead is the main one
                # where a kicker line comes first), subheads and date lines
                kind = ParagraphKind.HEADER
                m = _DATE_TIME.search(line)
                if m and isinstance(pub, Unknown):
                    day = _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
                    pub = day if day is not None else pub
                elif not headline:
                    headline = text[start:end]
                    headline_ev = Evidence.of(text, start, end, "zh-headline", source=source)
            else:
                body_started = True
        paragraphs.append(Paragraph(start, end, text[start:end], kind))
    return ChineseArticle(
        text, simp, language, source, headline, headline_ev, pub, published_time, publisher,
        dateline, tuple(paragraphs),
    )  # fmt: skip
