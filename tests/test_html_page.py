"""HTML pages as input (timeline/html_page.py): the same report as a page reads as its text does.

Pages are built here (and the bundled reports wrapped into news pages by
``tests/bench/bench_pipeline.py``'s ``as_html_page``): headline, publication date and trips equal
the text version's; page furniture never reaches the body; each metadata source is read; bad
input is one :class:`ArticleError` naming the source and the problem, never another exception.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import html_page
from timeline.article import Article, ParagraphKind
from timeline.errors import ArticleError
from timeline.export import unstructure
from timeline.extract import extract_document
from timeline.html_page import parse_date, parse_page, read_html
from timeline.model import Dateline, Document, Evidence, Unknown

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "fixtures").glob("*/article.txt"))
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*/article.txt"))

BODY = (
    "HANGZHOU, Oct. 11 (Xinhua) -- Chinese Vice Premier Zhang Guoqing has called for further work to "
    "augment the growth of enterprises, during a research trip in east China's Zhejiang Province from "
    "Thursday to Saturday."
)
SECOND = "In the city of Ningbo, Zhang visited several such enterprises and talked with their staff."


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_pipeline", ROOT / "tests" / "bench" / "bench_pipeline.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


as_html_page = _bench().as_html_page


def page(body: str, head: str = "", title: str = "Vice premier urges growth of firms | Xinhua") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body>{body}</body></html>"
    )


def _trips(document: Document) -> list[Any]:
    """What a reader cares about in the trips, independent of offsets."""
    data = unstructure(document)
    return [
        (t["person"]["name"], t["kind"], t["status"], t["span"],
         [(s["place"].get("name") or s["place"].get("text"), s["span"]) for s in t["stops"]],
         [r.get("name") or r.get("text") for r in t["regions"]])
        for t in data["trips"]
    ]  # fmt: skip


def _evidence(value: object) -> list[dict[str, Any]]:
    """Every evidence record in an unstructured document."""
    out: list[dict[str, Any]] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if {"start", "end", "text", "rule"} <= item.keys():
                out.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return out


def _assert_offsets(article: Article) -> None:
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
    if isinstance(article.headline_evidence, Evidence):
        ev = article.headline_evidence
        assert article.text[ev.start : ev.end] == ev.text == article.headline
    for ev in _evidence(unstructure(extract_document(article))):
        assert article.text[ev["start"] : ev["end"]] == ev["text"], ev


# --- the bundled reports as pages -----------------------------------------------------------------


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.parent.name)
def test_fixture_as_page_reads_as_its_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    plain = Article.from_text(text, source=str(path))
    markup = as_html_page(text)
    assert "<nav" in markup
    assert "application/ld+json" in markup
    read = Article.from_html(markup, source=str(path) + ".html")
    assert read.headline == plain.headline
    assert read.published == plain.published
    assert read.published_time == plain.published_time or (
        isinstance(read.published_time, Unknown) and isinstance(plain.published_time, Unknown)
    )
    assert type(read.dateline) is type(plain.dateline)
    if isinstance(plain.dateline, Dateline):
        assert isinstance(read.dateline, Dateline)
        assert (read.dateline.place, read.dateline.date) == (plain.dateline.place, plain.dateline.date)
    assert _trips(extract_document(read)) == _trips(extract_document(plain))
    _assert_offsets(read)
    # the page's furniture and scripts are not in the text
    for furniture in ("Business", "We use cookies", "Most read", "Lhasa", "Sanya", "Tweet", "Search"):
        assert furniture not in read.text or furniture in text


def test_corpus_as_pages_read_as_their_text() -> None:
    """The 200-odd real reports of tests/corpus: the same trips as pages, but where the wrapper
    cannot make a faithful page (the text's headline sits below long paragraphs, which a page
    puts above its <h1> only when it was scraped out of order)."""
    compared = 0
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        plain = Article.from_text(text, source=str(path))
        read = Article.from_html(as_html_page(text), source=str(path))
        if plain.headline:  # (a page collapses runs of spaces, as HTML does)
            assert read.headline == " ".join(plain.headline.split()), path
        assert read.published == plain.published or isinstance(plain.published, Unknown), path
        head = plain.headline_evidence
        out_of_order = isinstance(head, Evidence) and any(
            p.end <= head.start and len(p.text) > 40 for p in plain.paragraphs
        )
        # (nor where a header line, a date say, sits below the body's first paragraph: a page puts the
        # article's header lines above its body)
        first_body = next((p.start for p in plain.paragraphs if p.kind is ParagraphKind.BODY), None)
        out_of_order = out_of_order or any(
            p.kind is ParagraphKind.HEADER and first_body is not None and p.start > first_body
            for p in plain.paragraphs
        )
        if not out_of_order:
            assert _trips(extract_document(read)) == _trips(extract_document(plain)), path
            compared += 1
    assert compared >= 0.95 * len(CORPUS)


# --- furniture ---------------------------------------------------------------------------------------

FURNITURE = [
    "<nav><a href='/'>Home</a> <a>NAVWORD</a></nav>",
    "<header class='site'><a href='/'>HEADERWORD Daily</a></header>",
    "<aside><h2>Most read</h2><p>ASIDEWORD: President Xi Jinping inspected Sanya on Friday.</p></aside>",
    "<footer><p>FOOTERWORD Copyright 2025</p></footer>",
    "<form><label>FORMWORD</label><input value='x'><button>BUTTONWORD</button></form>",
    "<menu><li>MENUWORD</li></menu>",
    "<div role='navigation'>ROLENAVWORD</div>",
    "<div role='banner'>BANNERWORD</div>",
    "<div role='contentinfo'>CONTENTINFOWORD</div>",
    "<div class='cookie-banner'>COOKIEWORD We use cookies to give you the best experience.</div>",
    "<div id='gdpr-consent'>CONSENTWORD</div>",
    "<ul class='share-bar'><li>SHAREWORD Facebook</li></ul>",
    "<div class='breadcrumbs'>CRUMBWORD &gt; China</div>",
    "<div class='newsletter-signup'>NEWSLETTERWORD</div>",
    "<section class='related-stories'><p>RELATEDWORD Li Qiang visited Lhasa on Monday.</p></section>",
    "<div hidden>HIDDENWORD</div>",
    "<div aria-hidden='true'>ARIAHIDDENWORD</div>",
    "<div style='display: none'>DISPLAYNONEWORD</div>",
    "<script>document.write('SCRIPTWORD President Xi visited Sanya');</script>",
    "<style>.STYLEWORD { color: red }</style>",
    "<noscript>NOSCRIPTWORD</noscript>",
    "<template><p>TEMPLATEWORD</p></template>",
    "<svg><title>SVGWORD</title><path d='M0'/></svg>",
    "<select><option>OPTIONWORD</option></select>",
    "<iframe>IFRAMEWORD</iframe>",
]


def test_furniture_does_not_leak_into_the_body() -> None:
    furniture = "".join(FURNITURE)
    inside = "".join(f for f in FURNITURE if not f.startswith("<header"))  # an article's <header> is its own
    body = (
        f"{furniture}<main><article>{inside}<h1>Vice premier urges growth of firms</h1>"
        f"<p>{BODY}</p>{inside}<p>{SECOND}</p></article>{furniture}</main>{furniture}"
    )
    art = Article.from_html(page(body), source="furniture.html")
    assert art.headline == "Vice premier urges growth of firms"
    assert BODY in art.text
    assert SECOND in art.text
    for word in ("Sanya", "Lhasa", "cookies", "Copyright", "Most read", "Facebook"):
        assert word not in art.text
    for snippet in FURNITURE:
        marker = re.search(r"[A-Z]+WORD", snippet)
        assert marker is not None
        assert marker.group() not in art.text, snippet
    assert [p.text for p in art.body] == [BODY, SECOND]


def test_a_page_wrapped_in_a_form_or_a_sidebar_class_is_still_read() -> None:
    # ASP.NET pages wrap the whole page in a <form>; some themes give <body>'s wrapper a sidebar class
    for wrapper in ("<form id='aspnetForm'>{}</form>", "<div class='page has-sidebar nav-open'>{}</div>"):
        body = wrapper.format(
            f"<nav>Home</nav><h1>Vice premier urges growth</h1><p>{BODY}</p><p>{SECOND}</p>"
        )
        art = Article.from_html(page(body), source="w.html")
        assert [p.text for p in art.body] == [BODY, SECOND], wrapper
        assert "Home" not in art.text


def test_the_article_header_keeps_its_byline_and_date() -> None:
    body = (
        "<header><h1>Site Name</h1></header><article><header><h1>Vice premier urges growth</h1>"
        "<p>Source: Xinhua | Updated: 2025-10-13 08:49</p></header>"
        f"<p>{BODY}</p></article>"
    )
    art = Article.from_html(page(body, title="Vice premier urges growth"), source="h.html")
    assert art.headline == "Vice premier urges growth"
    assert art.published == dt.date(2025, 10, 13)
    assert art.published_time == dt.time(8, 49)
    assert "Site Name" not in art.text


# --- paragraphs, inline text, captions ------------------------------------------------------------------


def test_blocks_are_paragraphs_and_inline_tags_join_words() -> None:
    body = (
        "<article><h1>Vice <em>premier</em> urges growth</h1>"
        "<p>HANGZHOU, Oct. 11 (Xinhua) -- Chinese Vice Premier <a href='/z'>Zhang</a> <b>Guoqing</b>"
        " has called for further work to augment the growth of enterprises in the province.</p>"
        "<div>First block of text that stands on its own line.</div><div>Second block of text.</div>"
        "<p>A line<br>broken with br.</p><ul><li>one item</li><li>two item</ul></article>"
    )
    art = Article.from_html(page(body), source="i.html")
    assert art.headline == "Vice premier urges growth"
    texts = [p.text for p in art.paragraphs]
    assert any("Chinese Vice Premier Zhang Guoqing has called" in t for t in texts)
    assert "First block of text that stands on its own line." in texts
    assert "Second block of text." in texts
    assert "one item" in texts
    assert "two item" in texts
    assert "A line\nbroken with br." in art.text
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == "HANGZHOU"


def test_figure_captions_stay_captions() -> None:
    body = (
        "<article><h1>Vice premier urges growth of firms</h1>"
        "<figure><img src='a.jpg'><figcaption>Zhang Guoqing inspects a petrochemical base in Zhoushan "
        "City, east China's Zhejiang Province, Oct. 9, 2025. (Xinhua/Jiang Han)</figcaption></figure>"
        f"<p>{BODY}</p>"
        "<figure><img src='b.jpg'><figcaption>Zhang Guoqing talks with workers at a firm in Ningbo."
        f"</figcaption></figure><p>{SECOND}</p>"
        "<div class='wp-caption-text'>Workers at a battery plant in Ningbo listen to the vice premier.</div>"
        "</article>"
    )
    art = Article.from_html(page(body), source="c.html")
    captions = [p.text for p in art.captions]
    assert captions == [
        "Zhang Guoqing inspects a petrochemical base in Zhoushan City, east China's Zhejiang Province, "
        "Oct. 9, 2025. (Xinhua/Jiang Han)",
        "Zhang Guoqing talks with workers at a firm in Ningbo. [Photo]",
        "Workers at a battery plant in Ningbo listen to the vice premier. [Photo]",
    ]
    assert [p.text for p in art.body] == [BODY, SECOND]


def test_what_a_browser_shows_is_read() -> None:
    """The HTML cases of issue 16: no </head>, an unclosed <svg>, quoted markup, UTF-16 bytes."""
    no_head_end = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Vice premier urges growth</title>"
        f"<p>{BODY}</p></html>"
    )
    assert Article.from_html(no_head_end, source="a.html").body[0].text == BODY
    unclosed_svg = (
        f"<html><body><h1>Vice premier urges growth</h1><svg><path d='M0'><p>{BODY}</p></body></html>"
    )
    assert Article.from_html(unclosed_svg, source="b.html").body[0].text == BODY
    quoted = page(f"<p>{BODY}</p><p>Officials wrote &lt;html&gt; and &lt;p&gt; on the board, he said.</p>")
    art = Article.from_html(quoted, source="c.html")
    assert "Officials wrote <html> and <p> on the board, he said." in [p.text for p in art.paragraphs]
    data = codecs.BOM_UTF16_LE + page(f"<p>{BODY}</p>").encode("utf-16-le")
    assert Article.from_html(data, source="d.html").body[0].text == BODY
    latin = f"<html><head><meta charset='iso-8859-1'></head><p>{BODY} Café à Zürich.</p>".encode("latin-1")
    assert "Café à Zürich" in Article.from_html(latin, source="e.html").text


def test_a_text_without_markup_reads_as_text() -> None:
    text = "A headline about a research trip\n\nOctober 13, 2025\n\n" + BODY
    art = Article.from_html(text, source="t.html")
    assert art.headline == "A headline about a research trip"
    assert art.published == dt.date(2025, 10, 13)


# --- metadata ---------------------------------------------------------------------------------------

LD_ARTICLE = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H", "datePublished": "2024-03-01T08:30:00+08:00"}'
DATES = {
    "article:published_time": ('<meta property="article:published_time" content="2024-03-01T08:30:00+08:00">', True),
    "og:published_time": ('<meta property="og:published_time" content="2024-03-01T08:30:00Z">', True),
    "itemprop datePublished meta": ('<meta itemprop="datePublished" content="2024-03-01">', False),
    "name pubdate": ('<meta name="pubdate" content="20240301">', False),
    "name publishdate": ('<meta name="publishdate" content="2024/03/01">', False),
    "dc.date": ('<meta name="DC.date" content="2024-03-01">', False),
    "dcterms.issued": ('<meta name="dcterms.issued" content="2024-03-01T08:30:00">', True),
    "sailthru.date": ('<meta name="sailthru.date" content="Fri, 01 Mar 2024 08:30:00 +0800">', True),
    "json-ld": (f'<script type="application/ld+json">{LD_ARTICLE}</script>', True),
    "json-ld list": (f'<script type="application/ld+json">[{{"@type": "WebSite"}}, {LD_ARTICLE}]</script>', True),
    "json-ld @graph": (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage",'
        ' "name": "x"}, {"@type": ["NewsArticle", "Article"], "datePublished": "2024-03-01T08:30:00+08:00"}]}'
        "</script>", True),
    "json-ld with a control character": (
        '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "a\tb",'
        ' "datePublished": "2024-03-01"}</script>', False),
}  # fmt: skip


@pytest.mark.parametrize("source", DATES, ids=list(DATES))
def test_each_metadata_source_gives_the_publication_date(source: str) -> None:
    head, timed = DATES[source]
    art = Article.from_html(
        page(f"<article><h1>Vice premier urges growth</h1><p>{BODY}</p></article>", head), source="m.html"
    )
    assert art.published == dt.date(2024, 3, 1)
    if timed:
        assert art.published_time == dt.time(8, 30)
    else:
        assert isinstance(art.published_time, Unknown)
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.date == dt.date(2023, 10, 11)  # its year from the publication date


@pytest.mark.parametrize(
    "markup",
    [
        '<article><time datetime="2024-03-01T08:30">March 1</time><p>{body}</p></article>',
        '<article><p>Published <time pubdate datetime="2024-03-01">March 1</time></p><p>{body}</p></article>',
        '<article><span itemprop="datePublished" content="2024-03-01">March 1</span><p>{body}</p></article>',
        "<article><p>By Xinhua</p><time>March 1, 2024</time><p>{body}</p></article>",
    ],
)
def test_time_elements_in_the_article_give_the_date(markup: str) -> None:
    art = Article.from_html(page(markup.format(body=BODY)), source="t.html")
    assert art.published == dt.date(2024, 3, 1)


def test_the_published_time_meta_comes_first() -> None:
    head = (
        '<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2024-03-01">'
        f'<script type="application/ld+json">{LD_ARTICLE.replace("2024-03-01", "2021-01-01")}</script>'
    )
    body = f'<article><time datetime="2022-01-01">x</time><p>{BODY}</p></article>'
    assert Article.from_html(page(body, head), source="p.html").published == dt.date(2024, 3, 1)
    head = head.replace("article:published_time", "article:modified_time")  # not a publication date
    assert Article.from_html(page(body, head), source="p.html").published == dt.date(2021, 1, 1)


def test_the_date_line_is_in_the_text_as_evidence() -> None:
    head = '<meta property="article:published_time" content="2025-10-13T08:49:00+08:00">'
    art = Article.from_html(page(f"<h1>Vice premier urges growth</h1><p>{BODY}</p>", head), source="e.html")
    assert art.text.startswith("Vice premier urges growth\n\nPublished: 2025-10-13T08:49:00+08:00\n\n")
    assert art.published_time == dt.time(8, 49)
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.date == dt.date(2025, 10, 11)
    _assert_offsets(art)


HEADLINES = {
    "h1 in the article, not the logo's": ("<header><h1>Xinhua</h1></header><article><h1>Real headline here</h1>", "x"),
    "title less ' | Site'": ("<article>", "Real headline here | Xinhua"),
    "title less ' - Site'": ("<article>", "Real headline here - China Daily"),
    "title less ' — Site | Section'": ("<article>", "Real headline here — Xinhua | World"),
    "title less 'Site | ' with og:site_name": ("<article>", "Xinhua | Real headline here"),
    "title less '-Xinhua' glued on": ("<article>", "Real headline here-Xinhua"),
    "og:title before title": ('<meta property="og:title" content="Real headline here"><article>', "Other"),
}  # fmt: skip


@pytest.mark.parametrize("case", HEADLINES, ids=list(HEADLINES))
def test_headline_sources(case: str) -> None:
    start, title = HEADLINES[case]
    head = '<meta property="og:site_name" content="Xinhua">'
    if start.startswith("<meta"):
        head, start = head + start.split(">", 1)[0] + ">", start.split(">", 1)[1]
    art = Article.from_html(page(f"{start}<p>{BODY}</p></article>", head, title=title), source="h.html")
    assert art.headline == "Real headline here"
    assert isinstance(art.headline_evidence, Evidence)
    assert art.text[art.headline_evidence.start : art.headline_evidence.end] == "Real headline here"
    assert art.paragraphs[0].kind is ParagraphKind.HEADER


def test_a_short_h1_is_still_the_headline() -> None:
    art = Article.from_html(page(f"<h1>Xi in Fujian</h1><p>{BODY}</p>", title="Xinhua"), source="s.html")
    assert art.headline == "Xi in Fujian"
    assert art.text.count("Xi in Fujian") == 1


def test_parse_page_reports_where_each_fact_came_from() -> None:
    head = f'<script type="application/ld+json">{LD_ARTICLE}</script><meta property="og:site_name" content="Xinhua">'
    parsed = parse_page(page(f"<p>{BODY}</p>", head, title="Vice premier urges growth | Xinhua"))
    assert parsed.headline == "Vice premier urges growth"
    assert parsed.headline_from == "<title>"
    assert parsed.published is not None
    assert parsed.published.source == "json-ld NewsArticle"
    assert parsed.published.zone == "+08:00"
    assert parsed.site == "Xinhua"
    assert parsed.paragraphs == (BODY,)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-13", (dt.date(2025, 10, 13), None, "")),
        ("2025-10-13T08:49:00.000Z", (dt.date(2025, 10, 13), dt.time(8, 49), "Z")),
        ("2025-10-13 08:49:00+0800", (dt.date(2025, 10, 13), dt.time(8, 49), "+08:00")),
        ("2016-12-31T23:59:60Z", (dt.date(2016, 12, 31), dt.time(23, 59, 59), "Z")),
        ("2025-10-13T12:99", (dt.date(2025, 10, 13), None, "")),
        ("20251013", (dt.date(2025, 10, 13), None, "")),
        ("Mon, 13 Oct 2025 08:49:00 GMT", (dt.date(2025, 10, 13), dt.time(8, 49), "Z")),
        ("Oct. 13, 2025", (dt.date(2025, 10, 13), None, "")),
        ("13 October 2025", (dt.date(2025, 10, 13), None, "")),
        ("2025-02-30", None),
        ("0001-01-01", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date(value: str, expected: tuple[dt.date, dt.time | None, str] | None) -> None:
    found = parse_date(value)
    assert (None if found is None else (found.day, found.time, found.zone)) == expected


# --- bad input ----------------------------------------------------------------------------------------

BAD: list[tuple[object, str]] = [
    ("", r"^src\.html: empty$"),
    (" \n\t ", r"^src\.html: empty$"),
    ("<html></html>", r"no words"),
    ("<html><head><title></title></head><body>  </body></html>", r"no words"),
    ("<html><head><script>var x = 'Xi visited Fuzhou';</script></head><body><style>b{}</style></body></html>", r"no words"),
    ("<p>" + "\x00\x01\x02" * 50 + "</p>", r"binary data"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"binary data"),
    (b"<p>caf\xe9 \xff\xfe</p>", r"not UTF-8 text"),
    (b"<meta charset='utf-8'><p>\xc3</p>", r"not UTF-8 text"),
    (42, r"expected HTML text, got int"),
    ("<!-- an unclosed comment <p>Xi visited Fuzhou on Monday.</p>", r"no words|empty"),
    ("<p>12 34 56 -- !!</p>", r"no words"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "reason"), BAD, ids=[str(i) for i in range(len(BAD))])
def test_bad_pages_give_one_clear_error(data: object, reason: str) -> None:
    with pytest.raises(ArticleError, match=reason) as caught:
        Article.from_html(data, source="src.html")  # type: ignore[arg-type]
    assert caught.value.path == "src.html"


_TAGS = st.sampled_from(
    ["p", "div", "br", "h1", "title", "head", "body", "html", "script", "style", "svg", "math", "nav", "article",
     "main", "figure", "figcaption", "time", "meta", "li", "ul", "table", "td", "tr", "pre", "header", "footer",
     "template", "textarea", "b", "a", "span", "form", "noscript", "iframe", "!--", "!DOCTYPE html", "?xml"]
)  # fmt: skip
_ATTRS = st.sampled_from(
    ["", ' class="share"', ' role="navigation"', " hidden", ' datetime="2024-03-01T08:99"',
     ' property="article:published_time" content="2016-12-31T23:59:60Z"', ' itemprop="datePublished" content="x"',
     ' type="application/ld+json"', ' charset="utf-16"', ' style="display:none"', ' id="cookie-consent"']
)  # fmt: skip
_TEXT = st.sampled_from(
    [BODY, "Xi visited Fuzhou on Monday.", "&lt;html&gt;", "&amp;", "&#0;", "&#x10FFFF;", "&bogus;", " ", "\n",
     '{"@type": "NewsArticle", "datePublished": "9999-12-31T23:59:59"}', "[[[[", "Oct. 13, 2025", "<", ">",
     "BEIJING, Feb. 30 (Xinhua) --", "2025-10-13", "\x00", "\u2028", "\ufeff", "Zhang"]
)  # fmt: skip


@st.composite
def html_ish(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(f"<{draw(_TAGS)}{draw(_ATTRS)}>")
        elif kind == 1:
            parts.append(f"</{draw(_TAGS)}>")
        elif kind == 2:
            parts.append(draw(_TEXT))
        else:
            parts.append(draw(st.text(max_size=20)))
    return "".join(parts)


@given(html_ish(), st.booleans())
def test_any_html_ish_input_gives_an_article_or_an_article_error(markup: str, as_bytes: bool) -> None:
    data: str | bytes = markup.encode("utf-8", "surrogatepass") if as_bytes else markup
    try:
        art = Article.from_html(data, source="fuzz.html")
    except ArticleError as err:
        error = err
    else:
        error = None
    if error is not None:
        assert error.path == "fuzz.html"
        assert error.reason
        return
    for paragraph in art.paragraphs:
        assert art.text[paragraph.start : paragraph.end] == paragraph.text
    art.to_document()


# --- trafilatura, the `html` extra ---------------------------------------------------------------------


def test_main_content_with_trafilatura() -> None:
    pytest.importorskip("trafilatura")
    text = FIXTURES[2].read_text(encoding="utf-8")
    plain = Article.from_text(text, source="t")
    read = Article.from_html(as_html_page(text), source="t.html", main_content=True)
    assert read.headline == plain.headline
    assert read.published == plain.published
    assert _trips(extract_document(read)) == _trips(extract_document(plain))
    assert read.captions  # the figure captions trafilatura leaves out are put back
    for furniture in ("We use cookies", "Most read", "Sanya", "Tweet"):
        assert furniture not in read.text
    _assert_offsets(read)
    # a page trafilatura finds nothing in falls back to the built-in body
    short = page(f"<h1>Vice premier urges growth</h1><p>{BODY}</p>")
    assert Article.from_html(short, source="s.html", main_content=True).body[0].text == BODY


def test_main_content_without_trafilatura_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    with pytest.raises(ImportError, match=r"news-itinerary\[html\]"):
        read_html(page(f"<p>{BODY}</p>"), main_content=True)
    assert Article.from_html(page(f"<p>{BODY}</p>"), source="x.html").body[0].text == BODY


def test_trafilatura_is_not_imported_unless_asked_for() -> None:
    import subprocess

    code = (
        "import sys; from timeline import Article; "
        f"Article.from_html({page(f'<p>{BODY}</p>')!r}); "
        "print('trafilatura' in sys.modules, 'timeline.html_page' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.split() == ["False", "True"]


def test_public_names() -> None:
    assert html_page.__all__ == sorted(html_page.__all__)
    for name in html_page.__all__:
        assert hasattr(html_page, name)


def test_escaped_text_stays_text() -> None:
    art = Article.from_html(
        page(f"<p>{html.escape(BODY)}</p><p>{html.escape('Tom & Jerry <3 visits')}</p>"), source="x"
    )
    assert "Tom & Jerry <3 visits" in art.text


def test_a_teaser_article_is_not_taken_for_the_report() -> None:
    teasers = "".join(
        f"<article><h2>Other story {i}</h2><p>Teaser about a leader's visit to Lhasa, story {i}.</p></article>"
        for i in range(3)
    )
    body = (
        f"<h1>Vice premier urges growth</h1><div class='content'><p>{BODY}</p><p>{SECOND}</p></div>{teasers}"
    )
    art = Article.from_html(page(body), source="teasers.html")
    assert [p.text for p in art.body][:2] == [BODY, SECOND]


def test_a_headline_that_reads_as_a_sentence_keeps_the_date_a_date() -> None:
    headline = (
        "Will the economy of the country recover from the slump this year as its leaders travel far and wide?"
    )
    body = (
        "Premier Li Qiang visited the city of Fuzhou in Fujian Province on Tuesday and met local officials "
        "and business owners, state media said in a report."
    )
    head = '<meta property="article:published_time" content="2025-10-13">'
    art = Article.from_html(page(f"<h1>{headline}</h1><p>{body}</p>", head), source="q.html")
    assert art.headline == headline
    assert art.published == dt.date(2025, 10, 13)
    date_line = next(p for p in art.paragraphs if p.text.startswith("Published:"))
    assert date_line.kind is ParagraphKind.HEADER
    assert all(m.text != "2025-10-13" for m in art.dates())
    _assert_offsets(art)


WORDPRESS = """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>PM Modi visits Varanasi, inaugurates projects worth Rs 3,880 crore &#8211; India News Daily</title>
<meta property="og:site_name" content="India News Daily"><meta property="article:published_time" content="2024-04-11T09:12:44+00:00">
<link rel='stylesheet' href='x.css'><script>window.dataLayer=[];</script></head>
<body class="post-template-default single single-post postid-1 has-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">India News Daily</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li>Home</li><li>Politics</li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1" class="post-1 post type-post status-publish format-standard hentry category-politics">
<header class="entry-header"><h1 class="entry-title">PM Modi visits Varanasi, inaugurates projects worth Rs 3,880 crore</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2024-04-11T09:12:44+00:00">April 11, 2024</time></span><span class="byline"> by <a>Staff</a></span></div></header>
<div class="entry-content">
<p><strong>VARANASI, April 11 (PTI) --</strong> Prime Minister Narendra Modi on Thursday arrived in Varanasi, his parliamentary constituency, on a two-day visit during which he will inaugurate projects worth Rs 3,880 crore.</p>
<div class="wp-block-image"><figure class="aligncenter"><img src="a.jpg"><figcaption class="wp-element-caption">PM Modi at the Kashi Vishwanath temple in Varanasi on April 11, 2024. (PTI Photo)</figcaption></figure></div>
<p>On Friday, Modi will travel to Mirzapur and address a rally, officials said.</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li>Twitter</li><li>Facebook</li></ul></div>
<div class="jp-relatedposts"><h3>Related</h3><p>Modi in Lucknow: earlier visit to Lucknow last year</p></div>
</div><footer class="entry-footer"><span class="cat-links">Posted in Politics</span></footer></article>
<div id="comments" class="comments-area"><h2>2 thoughts on this</h2><p>Great visit to Kanpur!</p></div>
</main></div><aside id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul><li>Shah visits Patna</li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress</div></footer></div>
<div id="cookie-notice" role="dialog">We use cookies <a>OK</a></div></body></html>"""


def test_a_wordpress_page() -> None:
    """A theme's usual markup: masthead, menus, entry header and meta, a block image, a share
    block, related posts, comments, widgets, a cookie notice."""
    art = Article.from_html(WORDPRESS, source="wp.html")
    assert art.headline == "PM Modi visits Varanasi, inaugurates projects worth Rs 3,880 crore"
    assert art.published == dt.date(2024, 4, 11)
    assert art.published_time == dt.time(9, 12, 44)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == ("VARANASI", "PTI")
    assert [p.text[:30] for p in art.captions] == ["PM Modi at the Kashi Vishwanat"]
    for furniture in (
        "Skip to content",
        "Politics",
        "Share this",
        "Lucknow",
        "Kanpur",
        "Patna",
        "WordPress",
        "cookies",
    ):
        assert furniture not in art.text, furniture
    (trip,) = extract_document(art).trips
    assert trip.who == "Prime Minister Narendra Modi"
    assert [stop.label for stop in trip.stops] == ["Varanasi", "Mirzāpur"]
