"""HTML page -> :class:`~timeline.article.Article`: the page reduced to the text layout the reader reads.

A news page is read in three steps, with the standard library's ``html.parser`` only:

1. **Parse** the page into a small tree, forgiving as a browser is: unclosed ``<p>``, ``<li>``,
   ``<head>`` and ``<svg>`` end where a browser ends them; stray end tags are ignored; nesting
   of any depth is walked without recursion.
2. **Metadata.**  The *headline* is the article's ``<h1>`` (the one inside ``<article>`` or
   ``<main>`` first, never one in the navigation), else ``og:title``, JSON-LD ``headline`` or
   ``<title>``, the last two trimmed of a site's name (``"Xi visits Fujian | Xinhua"``).  The
   *publication date* is the first of: ``<meta property="article:published_time">``; JSON-LD
   ``datePublished`` of an article (``NewsArticle``, ``BlogPosting``, ..., also inside
   ``@graph`` and lists); the other common metas (``og:published_time``, ``datePublished``,
   ``pubdate``, ``publishdate``, ``dc.date``, ``dcterms.issued``, ``sailthru.date``, ...);
   ``itemprop="datePublished"`` on any element; the first ``<time datetime>`` in the article.
3. **Body.**  The article's root is its largest ``<article>``, else ``<main>``, else the element
   marked ``itemprop="articleBody"``, else ``<body>``.  Page furniture is skipped: ``nav``,
   ``aside``, ``footer``, ``menu``, ``form``, ``dialog``, a page ``header``, form controls, hidden
   elements, ARIA landmarks that are not content (``navigation``, ``banner``, ``contentinfo``,
   ``complementary``, ``search``, ``menu``, ``dialog``), and elements whose class or id names
   a menu, breadcrumbs, a share bar, a cookie banner, an advert, a newsletter box, comments or
   related links.  A wrapper holding the article itself is never skipped.  Block elements
   (``p``, ``div``, ``li``, headings, ...) are paragraphs; inline ones (``a``, ``b``, ``span``)
   join their text as a browser shows it; ``<br>`` breaks a line.  A ``<figcaption>`` is a
   caption paragraph: one without a photo credit gets ``[Photo]``, so the reader keeps it as a
   caption.

The text the :class:`Article` holds is then::

    <headline>

    Published: 2025-10-13T08:49:00+08:00

    <paragraph>

    <paragraph>
    ...

which :meth:`Article.from_text`'s rules read as the header (headline, publication date) and the
body (dateline, paragraphs, captions, boilerplate).  Every offset in the article and its evidence
points into that text, as for a plain-text report.

**Main-content extraction.**  ``read_html(page, main_content=True)`` takes the body paragraphs
from ``trafilatura`` (the ``html`` extra: ``pip install 'news-itinerary[html]'``), which finds an
article's text in full news pages with much furniture that no tag or class names; headline,
date and figure captions still come from the steps above.  Where ``trafilatura`` finds no
content, the built-in body is used.  It is opt-in, so the same page reads the same on every
machine; it is imported only when asked for.

Bad input raises :class:`~timeline.errors.ArticleError` naming the source and the problem: not
text, empty, binary data, bytes not in the page's charset, or no words once the markup is removed.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser

import attrs

from timeline.article import Article, ParagraphKind
from timeline.article.furniture import _has_credit
from timeline.article.reading import _read
from timeline.errors import ArticleError
from timeline.model import Evidence, Unknown

__all__ = ["Page", "Published", "parse_date", "parse_page", "read_html"]


# --- the tree --------------------------------------------------------------------------------------

_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr basefont bgsound frame".split()
)
# Start tags that end an open <p> (HTML's "closes a p element" list).
_CLOSES_P = frozenset(
    """address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer
    form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul li dd dt""".split()
)
_SCOPE = frozenset("html table td th caption template object marquee applet button".split())
# HTML start tags that break out of <svg>/<math> content (an unclosed <svg> ends at them).
_BREAKOUT = frozenset(
    """b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing
    menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var""".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())


class _Node:
    __slots__ = ("attrs", "children", "parent", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], parent: _Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[_Node | str] = []

    def get(self, name: str) -> str:
        return self.attrs.get(name, "")


class _TreeBuilder(HTMLParser):
    """The page as a tree of :class:`_Node`, closing elements as a browser would."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#document", {}, None)
        self._stack: list[_Node] = [self.root]
        self._open: dict[str, int] = {}  # how many elements of each tag are open
        self._foreign = 0  # open <svg> and <math> elements

    def _push(self, node: _Node) -> None:
        self._stack.append(node)
        self._open[node.tag] = self._open.get(node.tag, 0) + 1
        if node.tag in ("svg", "math"):
            self._foreign += 1

    def _pop_to(self, index: int) -> None:
        for node in self._stack[index:]:
            self._open[node.tag] -= 1
            if node.tag in ("svg", "math"):
                self._foreign -= 1
        del self._stack[index:]

    def close(self) -> None:
        # What is left unparsed at the end is an unclosed comment, declaration or tag, which a
        # browser drops ("<!-- ..." to the end of the page is a comment); html.parser would make
        # it text.
        if re.match(r"<[!?/A-Za-z]", self.rawdata):
            self.rawdata = ""
        super().close()

    def _find(self, tags: frozenset[str] | set[str], stop: frozenset[str]) -> int:
        """The index of the innermost open element among ``tags``, looking no further out than a
        ``stop`` element or 256 levels (so that a page of 100,000 unclosed tags stays linear)."""
        if not any(self._open.get(tag) for tag in tags):
            return -1
        for index in range(len(self._stack) - 1, max(0, len(self._stack) - 257), -1):
            tag = self._stack[index].tag
            if tag in tags:
                return index
            if tag in stop:
                break
        return -1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._foreign and tag in _BREAKOUT:
            index = self._find({"svg", "math"}, frozenset())
            while index > 0:  # the outermost open foreign element
                self._pop_to(index)
                index = self._find({"svg", "math"}, frozenset())
        if tag in _CLOSES_P:
            index = self._find({"p"}, _SCOPE)
            if index > 0:
                self._pop_to(index)
        if tag == "li":
            index = self._find({"li"}, _SCOPE | {"ul", "ol", "menu"})
            if index > 0:
                self._pop_to(index)
        elif tag in ("dt", "dd"):
            index = self._find({"dt", "dd"}, _SCOPE | {"dl"})
            if index > 0:
                self._pop_to(index)
        elif tag in _HEADINGS and self._stack[-1].tag in _HEADINGS:
            self._pop_to(len(self._stack) - 1)
        elif tag in ("tr", "td", "th"):
            index = self._find({"td", "th"} if tag != "tr" else {"tr", "td", "th"}, frozenset({"table"}))
            if index > 0:
                self._pop_to(index)
        elif tag == "option" and self._stack[-1].tag == "option":
            self._pop_to(len(self._stack) - 1)
        values = {name: value or "" for name, value in attrs}
        node = _Node(tag, values, self._stack[-1])
        self._stack[-1].children.append(node)
        if tag not in _VOID:
            self._push(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self._stack[-1].tag == tag:
            self._pop_to(len(self._stack) - 1)  # <div/> in foreign content or XHTML

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # "</br>" is a line break to a browser
            self._stack[-1].children.append(_Node("br", {}, self._stack[-1]))
            return
        if tag in _VOID or tag in ("html", "body", "head"):
            return
        index = self._find({tag}, frozenset())
        if index > 0:
            self._pop_to(index)

    def handle_data(self, data: str) -> None:
        children = self._stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)


def _walk(node: _Node) -> Iterator[_Node]:
    """Every element under ``node`` (itself first), in document order, without recursion."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(child for child in reversed(current.children) if isinstance(child, _Node))


def _ancestors(node: _Node) -> Iterator[_Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def _inside(root: _Node, tags: frozenset[str]) -> set[int]:
    """The ids of the elements that have an ancestor among ``tags`` (one pass, any depth)."""
    out: set[int] = set()
    stack: list[tuple[_Node, bool]] = [(root, False)]
    while stack:
        node, within = stack.pop()
        if within:
            out.add(id(node))
        within = within or node.tag in tags
        stack.extend((child, within) for child in node.children if isinstance(child, _Node))
    return out


def _raw_text(node: _Node) -> str:
    """All the text under ``node``, as written (for scripts and titles)."""
    out: list[str] = []
    stack: list[_Node | str] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            out.append(current)
        else:
            stack.extend(reversed(current.children))
    return "".join(out)


# --- what is content -------------------------------------------------------------------------------

# Never shown as text, or never part of an article.
_NEVER = frozenset(
    """script style noscript template svg math iframe object embed canvas audio video map title
    button select option optgroup textarea input datalist output progress meter""".split()
)
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "menu", "form", "dialog", "header"})
_FURNITURE_ROLES = frozenset(
    "navigation banner contentinfo complementary search menu menubar toolbar dialog alertdialog".split()
)
# A class or id naming furniture: whole words ("nav", "menu", "ad") or, for names no article's
# wrapper carries, anywhere in it ("jp-relatedposts", "sharedaddy", "cookie-notice").
_FURNITURE_WORDS = re.compile(
    r"""(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|ads?|comments?|modal|toolbar|masthead|topbar|skip
        |footer|site-header|page-header|tags|widget|widget-area)(?:$|[\s_-])
        |related|share|sharing|social|cookie|consent|gdpr|breadcrumb|newsletter|subscribe|subscription
        |sidebar|advert|sponsor|promo|paywall|recommend|popup|outbrain|taboola""",
    re.VERBOSE | re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(?:caption|wp-caption-text|figcaption)(?:$|[\s_-])", re.IGNORECASE)
_MAIN_TAGS = frozenset({"article", "main"})


def _is_main(node: _Node) -> bool:
    return node.tag in _MAIN_TAGS or node.get("role").lower() == "main" or _is_article_body(node)


def _is_article_body(node: _Node) -> bool:
    return "articlebody" in node.get("itemprop").lower().split()


@attrs.frozen
class _Measure:
    """Per element: the length of its text and of its text in ``<p>`` elements (scripts and the
    like left out), and whether it holds the article."""

    length: dict[int, int]
    in_p: dict[int, int]
    holds_main: set[int]


def _measure(root: _Node) -> _Measure:
    length: dict[int, int] = {}
    in_p: dict[int, int] = {}
    holds: set[int] = set()
    order = list(_walk(root))
    for node in reversed(order):  # children before parents
        total = paragraphs = 0
        if node.tag not in _NEVER:
            for child in node.children:
                if isinstance(child, str):
                    total += len(child.strip())
                else:
                    total += length[id(child)]
                    paragraphs += in_p[id(child)]
        length[id(node)] = total
        in_p[id(node)] = total if node.tag == "p" else paragraphs
        if _is_main(node) or any(isinstance(c, _Node) and id(c) in holds for c in node.children):
            holds.add(id(node))
    return _Measure(length, in_p, holds)


def _skips(node: _Node, measure: _Measure, total: int, in_main: bool) -> bool:
    """Whether ``node`` is page furniture (or never shown)."""
    if node.tag in _NEVER:
        return True
    if id(node) in measure.holds_main or node.tag in ("html", "body"):
        return False
    if (
        "hidden" in node.attrs
        or node.get("aria-hidden").lower() == "true"
        or _HIDDEN_STYLE.search(node.get("style"))
    ):
        return True
    if node.tag in _FURNITURE_TAGS:
        if node.tag == "header":
            return not in_main  # an article's own header holds its byline and date
        if node.tag == "form":  # some sites wrap the whole page in a form
            return measure.length[id(node)] * 2 < total
        return True
    if node.get("role").lower() in _FURNITURE_ROLES:
        return True
    names = f"{node.get('class')} {node.get('id')}"
    return (
        bool(names.strip()) and bool(_FURNITURE_WORDS.search(names)) and measure.length[id(node)] * 2 < total
    )


# --- rendering the body ------------------------------------------------------------------------------

_BLOCKS = frozenset(
    """address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead
    tfoot tr ul caption legend html""".split()
)
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u00ad\u200b-\u200d\u2060\ufeff\ufffe\uffff]")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


@attrs.frozen
class _Block:
    text: str
    caption: bool


class _Renderer:
    """The visible text under a root, one paragraph per block, furniture skipped."""

    def __init__(self, measure: _Measure, total: int, *, furniture: bool, leave_out: set[int]) -> None:
        self._measure = measure
        self._total = total
        self._furniture = furniture  # skip page furniture (else only what is never shown)
        self._leave_out = leave_out
        self._parts: list[str] = []
        self.blocks: list[_Block] = []

    def _flush(self, caption: bool = False) -> None:
        raw = "".join(self._parts)
        self._parts.clear()
        lines = [_SPACE.sub(" ", _INVISIBLE.sub("", line)).strip() for line in raw.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            if caption and not _has_credit(text):
                text += " [Photo]"
            self.blocks.append(_Block(text, caption))

    def render(self, root: _Node, in_main: bool) -> list[_Block]:
        # Each stack item is a node to enter, a string to write, or an exit marker (node, in_main).
        stack: list[_Node | str | tuple[_Node, bool]] = [root]
        main_depth = [in_main]
        pre = 0
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                self._parts.append(item if pre else item.replace("\n", " "))
                continue
            if isinstance(item, tuple):
                node, _ = item
                main_depth.pop()
                if node.tag == "pre":
                    pre -= 1
                if node.tag in ("td", "th"):
                    self._parts.append(" ")
                elif node.tag == "figcaption" or _CAPTION_CLASS.search(node.get("class")):
                    self._flush(caption=True)
                elif node.tag in _BLOCKS:
                    self._flush()
                continue
            node = item
            inside = main_depth[-1]
            if id(node) in self._leave_out:
                continue
            if self._furniture and _skips(node, self._measure, self._total, inside):
                continue
            if not self._furniture and node.tag in _NEVER:
                continue
            if node.tag == "br":
                self._parts.append("\n")
                continue
            if node.tag in _VOID:
                continue
            caption = node.tag == "figcaption" or bool(_CAPTION_CLASS.search(node.get("class")))
            if node.tag in _BLOCKS or caption:
                self._flush()
            if node.tag == "pre":
                pre += 1
            main_depth.append(inside or _is_main(node))
            stack.append((node, inside))
            stack.extend(reversed(node.children))
        self._flush()
        return self.blocks


# --- metadata ----------------------------------------------------------------------------------------

_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "date_published",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.issued",
    "dcterms.created",
    "dcterms.date",
    "citation_publication_date",
    "date",
)
_ARTICLE_TYPES = frozenset(
    """Article NewsArticle ReportageNewsArticle AnalysisNewsArticle BackgroundNewsArticle OpinionNewsArticle
    ReviewNewsArticle AskPublicNewsArticle SatiricalArticle BlogPosting LiveBlogPosting SocialMediaPosting
    Report TechArticle ScholarlyArticle""".split()
)

_ISO = re.compile(
    r"""\s*(?P<y>\d{4})(?:(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})|(?P<m2>\d\d)(?P<d2>\d\d))(?!\d)
        (?:(?:T|\s+)(?P<H>\d{1,2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,]\d+)?)?
           \s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?""",
    re.VERBOSE | re.IGNORECASE,
)
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MDY = re.compile(r"(?i)\b(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b")
_DMY = re.compile(r"(?i)\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[A-Z][a-z]{2,8})\.?,?\s+(?P<y>\d{4})\b")


@attrs.frozen
class Published:
    """A publication date read from a page, and where it was found.

    Attributes:
        day: the publication day as the page states it (in the page's own time zone).
        time: the time of day, or ``None``.
        zone: ``"Z"``, ``"+08:00"`` or ``""`` where none is given.
        source: where it was found (``"meta article:published_time"``, ``"json-ld NewsArticle"``,
            ``"<time datetime>"``, ...).
    """

    day: dt.date
    time: dt.time | None
    zone: str
    source: str

    def line(self) -> str:
        """The header line :meth:`Article.from_text` reads as the publication date (and time)."""
        if self.time is None:
            return f"Published: {self.day.isoformat()}"
        return f"Published: {self.day.isoformat()}T{self.time.isoformat('seconds')}{self.zone}"


def parse_date(value: str, source: str = "") -> Published | None:
    """A date (and time) as pages write them: ISO 8601, RFC 2822, "Oct. 13, 2025", "13 October 2025"."""
    value = value.strip()[:100]
    if not value:
        return None
    iso = _ISO.match(value)
    if iso is not None:
        day = _date(int(iso["y"]), int(iso["m"] or iso["m2"]), int(iso["d"] or iso["d2"]))
        if day is None:
            return None
        when: dt.time | None = None
        zone = ""
        if iso["H"] is not None:
            hour, minute, second = int(iso["H"]), int(iso["M"]), int(iso["S"] or 0)
            if second == 60:
                second = 59  # a leap second
            if hour < 24 and minute < 60 and second < 60:
                when = dt.time(hour, minute, second)
                zone = _zone(iso["tz"] or "")
        return Published(day, when, zone, source)
    if value[:3].isalpha() and "," in value[:5]:  # RFC 2822: "Mon, 13 Oct 2025 08:49:00 +0800"
        try:
            stamp = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            stamp = None
        if stamp is not None:
            zone = "" if stamp.tzinfo is None else _zone(stamp.strftime("%z"))
            return Published(stamp.date(), stamp.time().replace(microsecond=0), zone, source)
    for pattern in (_MDY, _DMY):
        found = pattern.search(value)
        if found is not None:
            month = _MONTHS.get(found["mon"][:3].lower())
            day = _date(int(found["y"]), month or 0, int(found["d"]))
            if day is not None:
                return Published(day, None, "", source)
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    if not 1000 <= year <= 9999:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _zone(text: str) -> str:
    """A time zone as ``"Z"`` or ``"+08:00"``; ``""`` where none (or no valid one) is given."""
    text = text.upper()
    if text in ("Z", "UTC", "GMT"):
        return "Z"
    digits = text[1:].replace(":", "")
    if len(digits) == 2:
        digits += "00"
    if not text or len(digits) != 4 or not digits.isdigit() or int(digits[:2]) > 23 or int(digits[2:]) > 59:
        return ""
    return "Z" if digits == "0000" else f"{text[0]}{digits[:2]}:{digits[2:]}"


def _json_ld_items(text: str) -> Iterator[dict[str, object]]:
    """Every JSON object in a JSON-LD block (``@graph`` and lists included), at most 5,000."""
    text = text.strip()
    if text.startswith("<!--"):
        text = text[4:]
    if text.endswith("-->"):
        text = text[:-3]
    try:
        data = json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return
    stack: list[object] = [data]
    seen = 0
    while stack and seen < 5000:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "item"):
                inner = item.get(key)
                if isinstance(inner, list | dict):
                    stack.append(inner)


def _types(item: dict[str, object]) -> list[str]:
    value = item.get("@type")
    names = value if isinstance(value, list) else [value]
    return [re.split(r"[/:#]", name)[-1] for name in names if isinstance(name, str)]


def _ld_text(value: object) -> str:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@value", "")
    return value if isinstance(value, str) else ""


# Site names that titles glue on without spaces ("...-Xinhua"), besides the page's own og:site_name.
_SITES = ("Xinhua", "Xinhuanet", "China Daily", "Chinadaily.com.cn", "CGTN", "Global Times", "ECNS")
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—:»·•~]|-{1,2}|::)\s+")


def _trim_title(title: str, site: str) -> str:
    """A page title without the site's name: "Xi visits Fujian | Xinhua" -> "Xi visits Fujian"."""
    title = title.strip(" |–—:»·•~-")
    for name in (site, *_SITES):  # "Xi visits Fujian-Xinhua", "..._Xinhua": no spaces to split at
        if name and len(title) > len(name) + 10:
            glued = re.search(rf"\s*[|–—:»·•~_-]+\s*{re.escape(name)}\s*$", title, re.IGNORECASE)
            if glued is not None:
                return title[: glued.start()].strip()
    spans, at = [], 0
    for separator in _TITLE_SEPARATOR.finditer(title):
        spans.append((at, separator.start()))
        at = separator.end()
    spans.append((at, len(title)))
    if len(spans) < 2:
        return title

    def words(span: tuple[int, int]) -> int:
        return len(title[span[0] : span[1]].split())

    site_key = site.casefold().strip()
    named = [i for i, s in enumerate(spans) if site_key and title[s[0] : s[1]].casefold().strip() == site_key]
    if named:  # the site's own name: it and what follows it go ("Headline | Site | Section")
        spans = spans[: named[0]] if named[0] > 0 else spans[1:]
    if not spans:
        return ""
    # Trailing segments that are short (a site or section name) go, while what is left is longer.
    while (
        len(spans) > 1 and words(spans[-1]) <= 4 and spans[-1][1] - spans[-1][0] < spans[-2][1] - spans[0][0]
    ):
        spans = spans[:-1]
    # A leading site name ("Xinhua | Xi visits Fujian") goes when what follows is much longer.
    while (
        len(spans) > 1
        and words(spans[0]) <= 2
        and (spans[0][1] - spans[0][0]) * 3 < spans[-1][1] - spans[1][0]
    ):
        spans = spans[1:]
    return title[spans[0][0] : spans[-1][1]].strip()


def _clean(text: str) -> str:
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


# --- the page ----------------------------------------------------------------------------------------


@attrs.frozen
class Page:
    """What an HTML page says about its article, before the text is read.

    Attributes:
        headline: the headline (``""`` where the page has none).
        headline_from: where it was found (``"<h1>"``, ``"og:title"``, ``"json-ld headline"``,
            ``"<title>"`` or ``""``).
        published: the publication date, or ``None``.
        paragraphs: the body, one string a paragraph (captions included, marked ``[Photo]`` where
            they carry no credit).
        site: the site's name (``og:site_name`` or JSON-LD ``publisher``), else ``""``.
    """

    headline: str
    headline_from: str
    published: Published | None
    paragraphs: tuple[str, ...]
    site: str

    def text(self, *, date_first: bool = False) -> str:
        """The page as the text :meth:`Article.from_text` reads (see the module's docstring);
        ``date_first`` puts the date line above the headline."""
        lines = [self.headline] if self.headline else []
        if self.published is not None:
            lines.insert(0 if date_first else len(lines), self.published.line())
        paragraphs = list(self.paragraphs)
        while paragraphs and self.headline and _clean(paragraphs[0]) == self.headline:
            paragraphs.pop(0)  # the headline again, as the body's first block
        return "\n\n".join(lines + paragraphs)


def _parse(page: str, source: str) -> _Node:
    builder = _TreeBuilder()
    try:
        builder.feed(page)
        builder.close()
    except Exception as err:  # html.parser on badly broken markup (AssertionError, ValueError, ...)
        raise ArticleError(source, f"unreadable HTML ({type(err).__name__}: {err})") from err
    return builder.root


def parse_page(page: str, *, source: str = "<string>", main_content: bool = False) -> Page:
    """Read an HTML page's headline, publication date and body paragraphs.

    Args:
        page: the page's HTML.
        source: the path or URL, for error messages.
        main_content: take the body paragraphs from ``trafilatura`` (the ``html`` extra).

    Raises:
        ArticleError: the markup cannot be parsed at all.
        ImportError: ``main_content`` was asked for and ``trafilatura`` is not installed.
    """
    root = _parse(page, source)
    elements = list(_walk(root))
    measure = _measure(root)

    hidden = _inside(root, _NEVER)  # in a script, an <svg> (its <title>s), ...
    metas: dict[str, str] = {}
    json_ld: list[dict[str, object]] = []
    title = ""
    for node in elements:
        if node.tag == "meta":
            key = (
                node.get("property") or node.get("name") or node.get("itemprop") or node.get("http-equiv")
            ).lower()
            content = node.get("content")
            if key and content.strip() and key not in metas:
                metas[key] = content
        elif node.tag == "script" and "ld+json" in node.get("type").lower():
            json_ld.extend(_json_ld_items(_raw_text(node)))
        elif node.tag == "title" and not title and id(node) not in hidden:
            title = _clean(_raw_text(node))

    body = next((n for n in elements if n.tag == "body"), root)
    total = measure.length[id(body)]

    # The article's root: its largest <article>, else <main>, else itemprop=articleBody, else <body>.
    article_root = body
    for test in (
        lambda n: n.tag == "article",
        lambda n: n.tag == "main" or n.get("role").lower() == "main",
        _is_article_body,
    ):
        found = [n for n in elements if test(n) and id(n) not in hidden]
        if found:
            # the one with most text; it must hold half the page's paragraph text (so that a
            # teaser <article> of another story is not taken for the report), or, where the page
            # has no <p>, a fifth of its text
            best = max(found, key=lambda n: (measure.in_p[id(n)], measure.length[id(n)]))
            if measure.in_p[id(body)]:
                enough = measure.in_p[id(best)] * 2 >= measure.in_p[id(body)]
            else:
                enough = measure.length[id(best)] * 5 >= total
            if enough:
                article_root = best
                break

    site = _clean(metas.get("og:site_name", ""))
    article_ld = [item for item in json_ld if set(_types(item)) & _ARTICLE_TYPES]
    if not site:
        for item in article_ld:
            publisher = item.get("publisher")
            if isinstance(publisher, dict):
                site = _clean(_ld_text(publisher.get("name")))
            if site:
                break

    # Headline.
    headline, headline_from, h1_node = "", "", None
    aside = _inside(root, _NEVER | {"nav", "footer", "aside"})
    in_root = [n for n in _walk(article_root) if n.tag == "h1" and id(n) not in aside]
    anywhere = [n for n in elements if n.tag == "h1" and id(n) not in aside]
    for node in in_root + anywhere:
        text = _clean(_raw_text_visible(node))
        if _is_headline(text, site):
            headline, headline_from, h1_node = text, "<h1>", node
            break
    if not headline:
        candidates = [
            ("og:title", _trim_title(_clean(metas.get("og:title", "")), site)),
            (
                "json-ld headline",
                next((_clean(_ld_text(i.get("headline"))) for i in article_ld if i.get("headline")), ""),
            ),
            ("<title>", _trim_title(title, site)),
        ]
        for origin, text in candidates:
            if _is_headline(text, site):
                headline, headline_from = text, origin
                break

    # Publication date.
    published = _published(metas, article_ld, elements, article_root)

    # Body.
    leave_out = {id(h1_node)} if h1_node is not None else set()
    in_main = any(_is_main(a) for a in _ancestors(article_root)) or _is_main(article_root)
    blocks = _Renderer(measure, total, furniture=True, leave_out=leave_out).render(article_root, in_main)
    if not any(_LETTERS.search(b.text) for b in blocks):
        # nothing but furniture: read what is shown at all, rather than nothing
        blocks = _Renderer(measure, total, furniture=False, leave_out=leave_out).render(body, in_main)
    paragraphs = [b.text for b in blocks]
    if main_content:
        extracted = _main_content(page)
        if extracted and headline in extracted:
            extracted.remove(headline)  # it opens the text as the headline
        if extracted:
            paragraphs = _with_captions(extracted, blocks)
    return Page(headline, headline_from, published, tuple(paragraphs), site)


def _is_headline(text: str, site: str) -> bool:
    return bool(_LETTERS.search(text)) and len(text) <= 400 and text.casefold() != site.casefold()


def _raw_text_visible(node: _Node) -> str:
    """The text under ``node`` without scripts, styles and the like."""
    out: list[str] = []
    stack: list[_Node | str] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            out.append(current)
        elif current.tag == "br":
            out.append(" ")
        elif current.tag not in _NEVER:
            stack.extend(reversed(current.children))
    return "".join(out)


def _published(
    metas: dict[str, str], article_ld: list[dict[str, object]], elements: list[_Node], article_root: _Node
) -> Published | None:
    first = metas.get("article:published_time")
    if first is not None:
        found = parse_date(first, "meta article:published_time")
        if found is not None:
            return found
    for item in article_ld:
        value = _ld_text(item.get("datePublished")) or _ld_text(item.get("dateCreated"))
        found = parse_date(value, f"json-ld {(_types(item) or ['Article'])[0]}") if value else None
        if found is not None:
            return found
    for key in _PUBLISHED_META[1:]:
        if key in metas:
            found = parse_date(metas[key], f"meta {key}")
            if found is not None:
                return found
    for node in elements:
        if "datepublished" in node.get("itemprop").lower().split() or "pubdate" in node.attrs:
            value = node.get("datetime") or node.get("content") or _clean(_raw_text_visible(node))
            found = parse_date(value, "itemprop datePublished")
            if found is not None:
                return found
    for node in _walk(article_root):
        if node.tag == "time":
            value = node.get("datetime") or _clean(_raw_text_visible(node))
            found = parse_date(value, "<time datetime>")
            if found is not None:
                return found
    return None


def _main_content(page: str) -> list[str] | None:
    """The article's paragraphs as ``trafilatura`` finds them, or None where it finds none."""
    try:
        import trafilatura  # the `html` extra; imported only when asked for
    except ImportError as err:
        raise ImportError(
            "main_content=True needs trafilatura: pip install 'news-itinerary[html]' (or pip install trafilatura)"
        ) from err
    try:
        text = trafilatura.extract(
            page, include_comments=False, include_tables=False, include_images=False, deduplicate=False
        )
    except Exception:  # a third-party extractor on hostile markup: fall back to the built-in body
        return None
    if not isinstance(text, str):
        return None
    lines = [_clean(line) for line in text.splitlines()]
    return [line for line in lines if line] or None


def _with_captions(paragraphs: list[str], blocks: list[_Block]) -> list[str]:
    """``trafilatura``'s paragraphs with the built-in captions put back after the text they follow."""
    out = list(paragraphs)
    anchor = -1  # index in `out` after which the next caption goes
    for block in blocks:
        if block.caption:
            if block.text not in out:
                out.insert(anchor + 1, block.text)
                anchor += 1
        elif (last := block.text.rsplit("\n", 1)[-1]) in out[anchor + 1 :]:
            anchor = out.index(last, anchor + 1)  # (trafilatura makes each of its lines a paragraph)
    return out


# --- reading ------------------------------------------------------------------------------------------

_TAG = re.compile(r"<[A-Za-z!/?]")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _decode(data: bytes, source: str) -> str:
    """A page's bytes as text: by its BOM, else the charset it declares, else UTF-8."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise ArticleError(source, f"not {codec.removesuffix('-sig').upper()} text") from err
    if b"\x00" in data:
        raise ArticleError(source, "binary data, not an HTML page")
    codec, declared = "utf-8", _CHARSET.search(data, 0, 4096)
    if declared is not None:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            name = "utf-8"
        if not name.startswith(("utf-16", "utf-32")):  # browsers ignore those in a <meta>
            codec = name
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        reason = "not UTF-8 text" if codec == "utf-8" else f"not {codec} text (the charset the page declares)"
        raise ArticleError(source, reason) from err


def read_html(page: str | bytes, *, source: str = "<string>", main_content: bool = False) -> Article:
    """Read an HTML page into an :class:`Article` (what :meth:`Article.from_html` does).

    Args:
        page: the page as text, or as bytes (decoded by BOM, declared charset, else UTF-8).
        source: the path or URL, kept in every piece of evidence and named in errors.
        main_content: take the body from ``trafilatura`` (the ``html`` extra), for full pages.

    Raises:
        ArticleError: not text, empty, binary, not in its charset, or no words once the markup
            and page furniture are removed.
        ImportError: ``main_content`` was asked for and ``trafilatura`` is not installed.
    """
    if isinstance(page, bytes | bytearray):
        page = _decode(bytes(page), source)
    if not isinstance(page, str):
        raise ArticleError(source, f"expected HTML text, got {type(page).__name__}")
    if not page.strip():
        raise ArticleError(source, "empty")
    sample = page[:100_000]
    if "\x00" in sample or len(_BINARY.findall(sample)) * 100 > len(sample):
        raise ArticleError(source, "binary data, not an HTML page")
    if not _TAG.search(page):
        return Article.from_text(page, source=source)  # no markup at all: a text report
    parsed = parse_page(page, source=source, main_content=main_content)
    text = parsed.text()
    if not any(_LETTERS.search(p.removesuffix(" [Photo]")) for p in parsed.paragraphs):
        reason = "no words once the markup, scripts and page furniture are removed"
        raise ArticleError(source, reason if text else "empty once the markup is removed (no words)")
    article = _from_text(text, source)
    if parsed.headline and parsed.published is not None:
        date_line = len(parsed.headline) + 2
        if not any(p.start == date_line and p.kind is ParagraphKind.HEADER for p in article.paragraphs):
            # A headline that reads as a sentence opened the body, and took the date line with it
            # (a report without a dateline): the date line goes first, so that it stays a date.
            article = _from_text(parsed.text(date_first=True), source)
    return _with_page_facts(article, parsed)


def _from_text(text: str, source: str) -> Article:
    try:
        return Article.from_text(text, source=source)
    except ArticleError as err:
        if "markup" not in err.reason:
            raise
        # The page's text quotes markup ("&lt;html&gt;"): it is what a browser shows, so read it.
        return _read(text, source)


def _with_page_facts(article: Article, page: Page) -> Article:
    """The article with the page's own headline and date where the text rules did not read them."""
    changes: dict[str, object] = {}
    at = article.text.find(page.headline, 0, len(page.headline) + 60) if page.headline else -1
    if at >= 0 and article.headline != page.headline:
        changes["headline"] = page.headline
        changes["headline_evidence"] = Evidence.of(
            article.text, at, at + len(page.headline), "headline", source=article.source
        )
    if page.published is not None and isinstance(article.published, Unknown):
        changes["published"] = page.published.day
        if page.published.time is not None:
            changes["published_time"] = page.published.time
    return attrs.evolve(article, **changes) if changes else article  # type: ignore[arg-type]
