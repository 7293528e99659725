"""The article model: :class:`Article`, its :class:`Paragraph` lines and their :class:`ParagraphKind`."""

from __future__ import annotations

import codecs
import datetime as dt
import enum
import re

from attrs import frozen

from timeline.article.patterns import _WEEKDAY_NAMES
from timeline.errors import ArticleError
from timeline.model import Dateline, DateMention, DateSpan, Document, Evidence, Precision, Unknown
from timeline.temporal import CHAIN_PENDING, chain_days, find_dates, last_countable_day, scan


class ParagraphKind(enum.Enum):
    """What a paragraph is to the reader."""

    HEADER = "header"
    BODY = "body"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"


@frozen
class Paragraph:
    """One paragraph (one non-blank line) and its offsets in the article text.

    Attributes:
        start: offset of its first non-blank character.
        end: offset one past its last non-blank character.
        text: exactly ``article.text[start:end]``.
        kind: header, body, caption or boilerplate.
    """

    start: int
    end: int
    text: str
    kind: ParagraphKind

    def __attrs_post_init__(self) -> None:
        # one check for the whole object (an article makes one per line), as the model's hot classes do
        if not (
            isinstance(self.start, int)
            and isinstance(self.end, int)
            and isinstance(self.text, str)
            and isinstance(self.kind, ParagraphKind)
        ):
            raise TypeError(
                f"bad Paragraph fields: {self.start!r}, {self.end!r}, {self.text!r}, {self.kind!r}"
            )


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")

_MARKUP = re.compile(
    r"<(?:!doctype|html|head|body|div|p|br|span|script|style|table|tr|td|ul|li|img|meta|link|a)\b[^<>]*>|</[a-z]+\s*>",
    re.IGNORECASE,
)

_HTML_TAG = re.compile(r"<(?:!doctype|html|script)\b", re.IGNORECASE)

_TWO_LETTERS = re.compile(r"[^\W\d_]{2,}")

# "today, Thursday, May 29, 2025", "today (29 May 2025)": the date that follows is the report's day
_TODAY_BEFORE = re.compile(r"\btoday\b[\s,(]*(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[\s,]*)?$", re.IGNORECASE)

# (article, its anchor) for the undated articles read last, newest first; found by identity (an
# article's anchor is read from its captions and lead, and asked for once per sentence)
_ANCHORS: list[tuple[Article, dt.date | Unknown]] = []

_ANCHORS_KEPT = 4


@frozen
class Article:
    """One news report, read into its parts; every offset points into :attr:`text`.

    Build one with :meth:`from_text`, :meth:`from_html` or :meth:`from_bytes`.

    Attributes:
        text: the original text.
        source: the file path or URL it came from.
        headline: the headline, ``""`` where none was found.
        headline_evidence: where the headline is, or Unknown with the reason.
        published: the publication day, or Unknown with the reason.
        published_time: the publication time of day, or Unknown.
        publisher: the agency or site the header or dateline names, else ``""``.
        dateline: the dateline, or Unknown with the reason.
        paragraphs: every non-blank line, classified.
    """

    text: str
    source: str
    headline: str
    headline_evidence: Evidence | Unknown
    published: dt.date | Unknown
    published_time: dt.time | Unknown
    publisher: str
    dateline: Dateline | Unknown
    paragraphs: tuple[Paragraph, ...]

    # --- named constructors ----------------------------------------------------------------

    @classmethod
    def from_text(cls, text: str, *, source: str = "<string>") -> Article:
        """Read a plain-text report.

        Args:
            text: the report as scraped or written.
            source: the path or URL, kept in every piece of evidence.

        Raises:
            ArticleError: the text is empty, binary, or HTML markup rather than article text.
        """
        if not isinstance(text, str):
            raise ArticleError(source, f"expected text, got {type(text).__name__}")
        if not text.strip():
            raise ArticleError(source, "empty")
        if _CONTROL.search(text):
            raise ArticleError(source, "binary data or control characters, not article text")
        if len(_MARKUP.findall(text, 0, 200_000)) >= 2 or _HTML_TAG.search(text):
            raise ArticleError(source, "HTML markup, not article text")
        if not _TWO_LETTERS.search(text):
            raise ArticleError(source, "no words")
        from timeline.article.reading import _read  # here: the reader builds this module's classes

        return _read(text, source)

    @classmethod
    def from_html(cls, html: str | bytes, *, source: str = "<string>", main_content: bool = False) -> Article:
        """Read an HTML page: headline, publication date and body paragraphs, page furniture skipped.

        See :mod:`timeline.html_page`; ``main_content=True`` takes the body from ``trafilatura``
        (the ``html`` extra).

        Raises:
            ArticleError: empty, binary, or nothing readable once the markup is removed.
        """
        from timeline.html_page import read_html  # here: the HTML reader imports this module

        return read_html(html, source=source, main_content=main_content)

    @classmethod
    def from_bytes(cls, data: bytes, *, source: str) -> Article:
        """Read UTF-8 bytes (a BOM is allowed; UTF-16 with its BOM is decoded too).

        Raises:
            ArticleError: the bytes are not UTF-8 text, or the text is not an article.
        """
        try:
            if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                text = data.decode("utf-16")
            else:
                text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise ArticleError(source, "not UTF-8 text") from err
        return cls.from_text(text, source=source)

    # --- views -----------------------------------------------------------------------------

    @property
    def body(self) -> tuple[Paragraph, ...]:
        """The body paragraphs, in order."""
        return tuple(p for p in self.paragraphs if p.kind is ParagraphKind.BODY)

    @property
    def captions(self) -> tuple[Paragraph, ...]:
        """The photo captions, in order."""
        return tuple(p for p in self.paragraphs if p.kind is ParagraphKind.CAPTION)

    @property
    def anchor(self) -> dt.date | Unknown:
        """The day relative dates are read against: the dateline's, else the publication day."""
        if isinstance(self.dateline, Dateline) and isinstance(self.dateline.date, dt.date):
            return self.dateline.date
        if isinstance(self.published, dt.date):
            return self.published
        # (read once per article: the reader asks for it again and again, a sentence at a time)
        for seen, known in _ANCHORS:
            if seen is self:
                return known
        known = self._read_anchor()
        _ANCHORS.insert(0, (self, known))
        del _ANCHORS[_ANCHORS_KEPT:]
        return known

    def _read_anchor(self) -> dt.date | Unknown:
        """The anchor of a report that gives no dateline date and no publication date (see :attr:`anchor`)."""
        # "... Basilica, Monday, Sept. 28, 2015. Credit: AP": a news photo's caption that gives the weekday
        # with the date is of the report's own day (the latest such, if several)
        days = [
            found.span.start
            for caption in self.captions
            for found in scan(self.text, None, start=caption.start, end=caption.end)
            if isinstance(found.span, DateSpan)
            and found.span.days == 1
            and found.rule in ("mdy", "dmy")
            and _WEEKDAY_NAMES[found.span.start.weekday()] in self.text[found.core_start : found.end]
        ]
        if days:
            return max(days)
        # "has commenced a tour, beginning today, Thursday, May 29, 2025": the lead gives its own day
        for paragraph in self.body[:2]:
            for found in scan(self.text, None, start=paragraph.start, end=paragraph.end):
                if (
                    isinstance(found.span, DateSpan)
                    and found.span.days == 1
                    and found.rule in ("mdy", "dmy")
                    and _TODAY_BEFORE.search(self.text, max(paragraph.start, found.start - 24), found.start)
                ):
                    return found.span.start
        return Unknown("no dateline date and no publication date")

    def dates(self) -> tuple[DateMention, ...]:
        """Every date or date range in the headline, body and captions, read against :attr:`anchor`."""
        anchor: dt.date | Unknown | None = self.anchor
        anchor = anchor if isinstance(anchor, dt.date) else None
        hint = self._year_told() if anchor is None else None
        out: list[DateMention] = []
        if isinstance(self.headline_evidence, Evidence):
            ev = self.headline_evidence
            out.extend(find_dates(self.text, anchor, start=ev.start, end=ev.end, source=self.source, year_hint=hint))
        last_day: DateSpan | None = None  # "the next day" counts across paragraphs of the body
        week: DateMention | None = None  # and "next Thursday" after "next week" (temporal._in_the_week_told)
        for paragraph in self.paragraphs:
            if paragraph.kind is ParagraphKind.HEADER and len(paragraph.text) <= 48 and any(map(str.isdigit, paragraph.text)):
                # "11.11.2019 - 12.11.2019" alone under the headline: the days of the event, not of the page
                told = find_dates(self.text, anchor, start=paragraph.start, end=paragraph.end, source=self.source)
                if (
                    len(told) == 1
                    and isinstance(told[0].span, DateSpan)
                    and told[0].span.precision is Precision.DAY
                    and told[0].span.days > 1
                    and len(told[0].text) >= len(paragraph.text.strip()) - 1
                ):
                    out.extend(told)
            if paragraph.kind in (ParagraphKind.BODY, ParagraphKind.CAPTION):
                start = paragraph.start
                if (
                    isinstance(self.dateline, Dateline)
                    and paragraph.start <= self.dateline.evidence.start < paragraph.end
                ):  # (a byline may come first: "By Jane Smith NAIROBI, March 12 (Reuters) -")
                    start = self.dateline.evidence.end
                found = find_dates(
                    self.text, anchor, start=start, end=paragraph.end, source=self.source, year_hint=hint,
                    week_told=week if paragraph.kind is ParagraphKind.BODY else None,
                )
                if paragraph.kind is ParagraphKind.BODY:
                    week = next(
                        (
                            m
                            for m in reversed(found)
                            if isinstance(m.span, DateSpan)
                            and m.span.precision is Precision.WEEK
                            and m.evidence.rule != "ago"  # ("a week ago": days counted back, no week told)
                        ),
                        week,
                    )
                    if last_day is not None and any(
                        isinstance(m.span, Unknown) and m.span.reason == CHAIN_PENDING for m in found
                    ):
                        found = chain_days(found, last_day)
                    last_day = last_countable_day(found, last_day)
                out.extend(found)
        return tuple(out)

    def _year_told(self) -> dt.date | None:
        """The latest day written with its year in the page's top (its header lines and first three
        paragraphs of the body), for a report with no anchor: "Thursday, September 7 to Saturday,
        September 9, 2006" gives "on September 8" its year."""
        body = [p for p in self.paragraphs if p.kind is ParagraphKind.BODY][:3]
        top = body[-1].end if body else min(len(self.text), 2000)
        days = [
            found.span.end
            for found in scan(self.text, None, end=top)
            if isinstance(found.span, DateSpan) and found.span.precision is Precision.DAY
        ]
        return max(days) if days else None

    def to_document(self) -> Document:
        """The article's fields as a :class:`Document` (no trips yet)."""
        return Document(
            path=self.source,
            headline=self.headline,
            published=self.published,
            published_time=self.published_time,
            dateline=self.dateline,
            dates=self.dates(),
            trips=(),
        )
