"""Article reading: header grammar, datelines, captions, boilerplate, bad input."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.article import Article, ParagraphKind
from timeline.errors import ArticleError
from timeline.model import Dateline, DateSpan, Document, Evidence, Unknown

BODY = (
    "Chinese Premier Li Qiang has called for greater efforts to expand domestic demand and consolidate "
    "the momentum of economic recovery, during a research trip on Tuesday and Wednesday."
)


def article(*lines: str) -> Article:
    return Article.from_text("\n\n".join(lines), source="test.txt")


@pytest.mark.parametrize(
    ("line", "day", "time"),
    [
        ("Updated: July 3, 2024 22:55 Xinhua", "2024-07-03", "22:55"),
        ("Xinhua) 08:49, November 20, 2025", "2025-11-20", "08:49"),
        ("October 13, 2025", "2025-10-13", None),
        ("2025-10-14", "2025-10-14", None),
        ("13 October 2025", "2025-10-13", None),
        ("Oct 13, 2025 | 10:22 GMT", "2025-10-13", "10:22"),
        ("Monday, October 13, 2025", "2025-10-13", None),
        ("Published: 2025-10-13T08:15:00+08:00", "2025-10-13", "08:15"),
        ("2025-10-13T08:15:00Z", "2025-10-13", "08:15"),
        ("By ZHAO LEI | chinadaily.com.cn | Updated: 2024-05-23 07:32", "2024-05-23", "07:32"),
        ("Updated 21:14, 14-Nov-2024", "2024-11-14", "21:14"),
        ("Updated 5:47 PM EDT, September 12, 2025", "2025-09-12", "17:47"),
        ("Source: Xinhua | 2025-03-31 16:20:48 | Editor: huaxia", "2025-03-31", "16:20"),
        ("Published 13 Oct 2025, 10:22 BST", "2025-10-13", "10:22"),
    ],
)
def test_header_date_lines(line: str, day: str, time: str | None) -> None:
    art = article("Premier calls for greater efforts to expand domestic demand", line, BODY)
    assert art.published == dt.date.fromisoformat(day)
    if time is None:
        assert isinstance(art.published_time, Unknown)
    else:
        assert isinstance(art.published_time, dt.time)
        assert art.published_time.strftime("%H:%M") == time
    assert art.headline == "Premier calls for greater efforts to expand domestic demand"


def test_scraped_date_prefix_is_not_part_of_the_headline() -> None:
    art = article(" date 2024-09-04 Chinese vice premier stresses high-tech industries", BODY)
    assert art.headline == "Chinese vice premier stresses high-tech industries"
    assert art.published == dt.date(2024, 9, 4)
    assert isinstance(art.headline_evidence, object)


@pytest.mark.parametrize(
    ("opening", "place", "day", "agency"),
    [
        ("CHONGQING, Nov. 19 (Xinhua) -- ", "CHONGQING", dt.date(2025, 11, 19), "Xinhua"),
        ("NANJING, Nov. 19 -- ", "NANJING", dt.date(2025, 11, 19), ""),
        ("BEIJING, Nov. 19 (Reuters) - ", "BEIJING", dt.date(2025, 11, 19), "Reuters"),
        ("WASHINGTON (AP) — ", "WASHINGTON", None, "AP"),
        ("HONG KONG, Nov. 18 (Xinhua) -- ", "HONG KONG", dt.date(2025, 11, 18), "Xinhua"),
        ("LHASA, Tibet, Nov. 18 (Xinhua) -- ", "LHASA", dt.date(2025, 11, 18), "Xinhua"),
        ("UNITED NATIONS, Nov. 18 (Xinhua) -- ", "UNITED NATIONS", dt.date(2025, 11, 18), "Xinhua"),
        ("ROSTOCK, Germany, Aug 14 (Reuters) - ", "ROSTOCK", dt.date(2025, 8, 14), "Reuters"),
        ("NANCHANG — ", "NANCHANG", None, ""),
    ],
)
def test_datelines(opening: str, place: str, day: dt.date | None, agency: str) -> None:
    art = article("A headline about a research trip", "November 20, 2025", opening + BODY)
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == place
    assert art.dateline.agency == agency
    if day is None:
        assert isinstance(art.dateline.date, Unknown)
        assert art.anchor == dt.date(2025, 11, 20)
    else:
        assert art.dateline.date == day
        assert art.anchor == day
    assert art.text[art.dateline.evidence.start : art.dateline.evidence.end] == art.dateline.evidence.text


def test_dateline_year_crosses_new_year() -> None:
    art = article(
        "A headline about a research trip", "January 2, 2025", "BEIJING, Dec. 30 (Reuters) - " + BODY
    )
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.date == dt.date(2024, 12, 30)


def test_impossible_dateline_date_is_unknown() -> None:
    art = article("A headline about a research trip", "March 2, 2025", "BEIJING, Feb. 30 (Xinhua) -- " + BODY)
    assert isinstance(art.dateline, Dateline)
    assert isinstance(art.dateline.date, Unknown)


def test_dateline_without_publication_date_takes_year_from_a_dated_caption() -> None:
    art = article(
        "Premier begins inspection tour",
        "TAIYUAN, May 14 (Xinhua) -- " + BODY,
        "Li Qiang visits a control center in Taiyuan, May 14, 2025. (Xinhua/Ding Haitao)",
    )
    assert isinstance(art.published, Unknown)
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.date == dt.date(2025, 5, 14)


def test_no_dateline_and_no_date_are_unknown_with_reasons() -> None:
    art = article("A headline about a research trip", BODY)
    assert isinstance(art.dateline, Unknown)
    assert art.dateline.reason
    assert isinstance(art.published, Unknown)
    assert art.published.reason
    assert isinstance(art.anchor, Unknown)
    assert all(isinstance(m.span, Unknown) for m in art.dates())


def test_captions_and_boilerplate_are_kept_apart() -> None:
    caption = "Li Qiang visits a workshop in Suzhou, July 2, 2024. Li made a trip. [Photo/Xinhua]"
    art = article(
        "Chinese premier urges digital transformation",
        "Updated: July 3, 2024 22:55 Xinhua",
        caption,
        "NANJING, July 3 -- " + BODY,
        "Zhang visits a plant in Ningbo, Oct. 10, 2025. (Xinhua/Jiang Han)",
        "Copyright© www.gov.cn | About us | Contact us",
        "Mobile",
        "Desktop",
    )
    kinds = [(p.kind, p.text[:12]) for p in art.paragraphs]
    assert kinds[2][0] is ParagraphKind.CAPTION
    assert kinds[3][0] is ParagraphKind.BODY
    assert kinds[4][0] is ParagraphKind.CAPTION
    assert [k for k, _ in kinds[5:]] == [ParagraphKind.BOILERPLATE] * 3
    assert art.publisher == "Xinhua"
    for p in art.paragraphs:
        assert art.text[p.start : p.end] == p.text
    assert len(art.body) == 1
    assert len(art.captions) == 2


def test_to_document_carries_the_fields() -> None:
    art = article(
        "A headline about a research trip", "October 13, 2025", "HANGZHOU, Oct. 11 (Xinhua) -- " + BODY
    )
    doc = art.to_document()
    assert isinstance(doc, Document)
    assert doc.published == dt.date(2025, 10, 13)
    assert doc.trips == ()
    spans = [m.span for m in doc.dates]
    assert DateSpan(dt.date(2025, 10, 7), dt.date(2025, 10, 8)) in spans


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("abc\x00def ghi", "control"),
        ("<html><body><p>Hi there</p></body></html>", "HTML"),
        ("<p>One</p><p>Two</p>", "HTML"),
        ("1234 5678 !!!", "no words"),
    ],
)
def test_not_an_article(text: str, reason: str) -> None:
    with pytest.raises(ArticleError) as info:
        Article.from_text(text, source="bad.txt")
    assert info.value.path == "bad.txt"
    assert reason in info.value.reason


def test_from_bytes() -> None:
    text = "A headline about a research trip\n\nOctober 13, 2025\n\n" + BODY
    assert Article.from_bytes(codecs.BOM_UTF8 + text.encode(), source="a").published == dt.date(2025, 10, 13)
    assert (
        Article.from_bytes(text.encode("utf-16"), source="a").headline == "A headline about a research trip"
    )
    with pytest.raises(ArticleError, match="not UTF-8"):
        Article.from_bytes("Café olé".encode("latin-1") + b"\xff\xfe\xfa", source="a")


def test_from_html() -> None:
    html = (
        "<html><head><title>A headline about a research trip</title><style>p {color: red}</style>"
        "<script>var x = 'Oct. 1, 2020';</script></head><body><p>October 13, 2025</p>"
        f"<p>HANGZHOU, Oct. 11 (Xinhua) -- {BODY}</p></body></html>"
    )
    art = Article.from_html(html, source="page.html")
    assert art.headline == "A headline about a research trip"
    assert art.published == dt.date(2025, 10, 13)
    assert isinstance(art.dateline, Dateline)
    assert "var x" not in art.text


@given(st.text(max_size=400))
def test_arbitrary_text_reads_or_raises_article_error(text: str) -> None:
    try:
        art = Article.from_text(text)
    except ArticleError:
        return
    for p in art.paragraphs:
        assert art.text[p.start : p.end] == p.text
    art.to_document()


_LINES = st.sampled_from(
    ["BEIJING, Feb. 30 (Xinhua) --", "WASHINGTON (AP) —", "Updated: 9999-99-99", " date 2025-13-01 x y z",
     "Oct. 9, 2025", "From Monday to", "Copyright", "(Xinhua/Li)", "[Photo/Xinhua]", "By Reuters",
     "Source:", "HONG KONG, Dec. 31, 2024 (Reuters) - It said so on Friday and Saturday in 1999.", "",
     "He toured Zhejiang from Thursday to Saturday, Nov. 31 to Dec. 2.", "date 2024-02-29 Leap headline"]
)  # fmt: skip


@given(st.lists(_LINES, min_size=1, max_size=8))
def test_near_miss_articles_never_crash(lines: list[str]) -> None:
    try:
        art = Article.from_text("\n".join(lines))
    except ArticleError:
        return
    art.to_document()


@pytest.mark.parametrize(
    ("opening", "place", "day", "agency"),
    [
        ("Hanoi (VNA) – ", "Hanoi", None, "VNA"),
        ("Dhaka, March 12 (UNB) – ", "Dhaka", dt.date(2024, 3, 12), "UNB"),
        ("Springfield, Ill. (AP) — ", "Springfield", None, "AP"),
        ("Washington, D.C. — ", "Washington", None, ""),
        ("Dar es Salaam — ", "Dar es Salaam", None, ""),
        ("Rio de Janeiro, March 12 (AFP) - ", "Rio de Janeiro", dt.date(2024, 3, 12), "AFP"),
        ("Jakarta (ANTARA) - ", "Jakarta", None, "ANTARA"),
        ("Jakarta, (ANTARA) - ", "Jakarta", None, "ANTARA"),
        ("Brussels, 12 March – ", "Brussels", dt.date(2024, 3, 12), ""),
        ("Vatican City, Mar 12, 2024 / 10:15 am (CNA). ", "Vatican City", dt.date(2024, 3, 12), "CNA"),
        ("TEMPO.CO, Jakarta - ", "Jakarta", None, "TEMPO.CO"),
        ("Tehran, IRNA -- ", "Tehran", None, "IRNA"),
        ("Accra, March 12, GNA - ", "Accra", dt.date(2024, 3, 12), "GNA"),
        ("Ottawa, ON, March 12, 2024 /CNW/ - ", "Ottawa", dt.date(2024, 3, 12), "CNW"),
    ],
)
def test_title_case_datelines_of_many_shapes(opening: str, place: str, day: dt.date | None, agency: str) -> None:
    # an en dash, particles in the name, a state abbreviation, a bracket alone, a site or a bare agency
    art = Article.from_text(
        "Roe visits Lyon\nMarch 12, 2024\n"
        f"{opening}Prime Minister Jane Roe arrived in Lyon on Tuesday for a two-day visit, officials said."
    )
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == place
    assert art.dateline.agency == agency
    assert (art.dateline.date if isinstance(art.dateline.date, dt.date) else None) == day


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("Published on 16-03-2024", dt.date(2024, 3, 16)),  # day first with hyphens: 16 is no month
        ("Posted 03-16-2024 09:12", dt.date(2024, 3, 16)),  # month first with hyphens
        ("March 16, 2024 09:12 pm | Updated March 17, 2024 08:00 am", dt.date(2024, 3, 16)),
        ("Updated: 17 Mar 2024 | First published 16 Mar 2024", dt.date(2024, 3, 16)),
    ],
)
def test_header_day_first_published_not_updated(header: str, day: dt.date) -> None:
    art = Article.from_text(
        f"Roe visits Lyon\n{header}\nPrime Minister Jane Roe arrived in Lyon on Tuesday for a two-day visit."
    )
    assert art.published == day


def test_the_page_date_under_a_scraped_token_wins() -> None:
    # " date YYYY-MM-DD" is the day the page was stored; the page's own date line, on or before it, is the day
    art = Article.from_text(
        " date 2024-03-13 12 March 2024\n\nThe Daily Example\n\nRoe visits Lyon for trade talks\n\n"
        "Prime Minister Jane Roe arrived in Lyon on Tuesday for a two-day visit, officials said."
    )
    assert art.published == dt.date(2024, 3, 12)
    later = Article.from_text(
        " date 2024-03-13 14 March 2024\n\nRoe visits Lyon for trade talks\n\n"
        "Prime Minister Jane Roe arrived in Lyon on Tuesday for a two-day visit, officials said."
    )
    assert later.published == dt.date(2024, 3, 13)


def test_a_date_in_its_own_field_between_bars() -> None:
    art = Article.from_text(
        "Roe visits Lyon\nBy Jane Smith and John Doe, Staff Writers | March 12, 2024 at 3:00 p.m.\n"
        "Prime Minister Jane Roe arrived in Lyon on Tuesday for a two-day visit, officials said."
    )
    assert art.published == dt.date(2024, 3, 12)
    assert Article.from_text(
        "Roe visits Lyon for trade talks | World News | 12 March 2024\n\n"
        "Prime Minister Jane Roe arrived in Lyon on Tuesday for a two-day visit, officials said."
    ).published == dt.date(2024, 3, 12)


def test_a_page_run_into_one_line_opens_with_its_stamp() -> None:
    art = Article.from_text(
        "| Tuesday, 12 March, 2024, 3.05 pm GMT Roe visits Lyon Prime Minister Jane Roe arrived in Lyon on "
        "Tuesday for a two-day visit, officials said."
    )
    assert art.published == dt.date(2024, 3, 12)
    assert art.published_time == dt.time(15, 5)
    # a sentence that opens with a date and an hour is no stamp
    plain = Article.from_text("March 12, 2024 at 9:00 the prime minister arrived in Lyon for a visit, officials said.")
    assert isinstance(plain.published, Unknown)


def test_a_short_report_of_short_sentences_has_a_body() -> None:
    art = Article.from_text(
        "Pope visits Lyon\nMarch 14, 2024\nPope Leo arrived in Lyon on Tuesday for a two-day visit."
    )
    assert [p.kind for p in art.paragraphs] == [ParagraphKind.HEADER, ParagraphKind.HEADER, ParagraphKind.BODY]
    assert art.headline == "Pope visits Lyon"


def test_a_headline_line_ending_in_its_day() -> None:
    art = Article.from_text(
        "Roe Returns To Kenya After Official Visit To South Sudan\n\n"
        "Roe Returns To Kenya After Official Visit To South Sudan - 04-Apr-2025\n\n"
        "President Jane Roe has today returned to Kenya after completing an official visit, officials said."
    )
    assert art.published == dt.date(2025, 4, 4)


def test_a_bracketed_state_is_no_agency_and_a_site_is_no_place() -> None:
    body = "Chief Minister Jane Roe on Wednesday began a district tour ahead of the polls, officials said."
    state = Article.from_text(f"Roe starts district tour\nAug 29, 2012\nBerhampore (West Bengal): {body}")
    assert isinstance(state.dateline, Dateline)
    assert (state.dateline.place, state.dateline.agency) == ("Berhampore", "")
    site = Article.from_text(f"Roe starts district tour\nAug 29, 2012\nTEMPO.CO, Jakarta – {body}")
    assert isinstance(site.dateline, Dateline)
    assert (site.dateline.place, site.dateline.agency) == ("Jakarta", "TEMPO.CO")


def test_a_credited_caption_with_its_weekday_anchors_an_undated_report() -> None:
    art = Article.from_text(
        "Roe back in Kenya after a tour of Europe\n\n"
        "President Jane Roe waves as she arrives at the airport in Nairobi, Tuesday, March 12, 2024. Credit: AP / John Doe\n\n"
        "President Jane Roe arrived home early Tuesday after a week-long tour of Europe, officials said."
    )
    assert [p.kind for p in art.paragraphs][1] is ParagraphKind.CAPTION
    assert isinstance(art.published, Unknown)
    assert art.anchor == dt.date(2024, 3, 12)
    # a caption's date without its weekday may be any day of a tour: no anchor
    bare = Article.from_text(
        "Roe back in Kenya after a tour of Europe\n\n"
        "President Jane Roe waves as she arrives at the airport in Nairobi, March 12, 2024. Credit: AP / John Doe\n\n"
        "President Jane Roe arrived home early Tuesday after a week-long tour of Europe, officials said."
    )
    assert isinstance(bare.anchor, Unknown)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("By Jane Smith NAIROBI, March 12 (Reuters) - ", "NAIROBI", "Reuters"),
        ("Washington DC, Mar 12 (IANS) ", "Washington DC", "IANS"),
        ("Port-au-Prince, Haiti (AP) — ", "Port-au-Prince", "AP"),
        ("St. Louis (AP) — ", "St. Louis", "AP"),
        ("Ho Chi Minh City (VNA) – ", "Ho Chi Minh City", "VNA"),
        ("NAIROBI, March 12 (Reuters) -\n", "NAIROBI", "Reuters"),  # the dateline on a line of its own
    ],
)
def test_more_dateline_shapes(opening: str, place: str, agency: str) -> None:
    art = Article.from_text(
        "Roe visits Lyon\nMarch 12, 2024\n"
        f"{opening}Prime Minister Jane Roe arrived in Lyon on Tuesday for a two-day visit, officials said."
    )
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == (place, agency)
    assert [m.text for m in art.dates()] == ["on Tuesday"]


_BODY = (
    "\n\nPrime Minister Jane Roe arrived in Hanoi on Monday for a two-day official visit, her office said in a"
    " statement on the day.\n"
)


def test_a_month_in_capitals_beside_its_day_in_a_header_line() -> None:
    art = Article.from_text("Roe arrives in Hanoi\nPosted On: 09 MAR 2019 5:20PM by PIB Delhi" + _BODY)
    assert (art.published, art.published_time) == (dt.date(2019, 3, 9), dt.time(17, 20))
    assert art.headline == "Roe arrives in Hanoi"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Tue, 10/03/2017 - 17:20", dt.date(2017, 10, 3)),  # 10 March 2017 was a Friday
        ("Fri, 10/03/2017 - 17:20", dt.date(2017, 3, 10)),
    ],
)
def test_the_weekday_tells_the_order_of_day_and_month(line: str, day: dt.date) -> None:
    assert Article.from_text(f"Roe arrives in Hanoi\n{line}" + _BODY).published == day


def test_day_and_month_stay_unread_without_a_weekday_or_dates_to_tell_them() -> None:
    assert isinstance(Article.from_text("Roe arrives in Hanoi\n05-03-2019" + _BODY).published, Unknown)


def test_a_source_line_closing_a_release_gives_its_day() -> None:
    art = Article.from_text(
        "Secretary Roe's Travel to Latin America\n"
        "Secretary of State Jane Roe will travel to Latin America, April 26-30, 2005. During this time, she will"
        " visit Brazil, Colombia and Chile.\n"
        "SOURCE: state.gov 2005/396 Press Statement John Doe, Spokesman Washington, DC April 8, 2005\n"
        "No comments:\n"
    )
    assert art.published == dt.date(2005, 4, 8)


def test_a_source_line_whose_date_does_not_end_it_gives_none() -> None:
    art = Article.from_text(
        "Secretary Roe's Travel to Latin America\n"
        "Secretary of State Jane Roe will travel to Latin America, April 26-30, 2005. During this time, she will"
        " visit Brazil, Colombia and Chile.\n"
        "Source: a statement of April 8, 2005 from the department of state and its spokesman\n"
    )
    assert isinstance(art.published, Unknown)


@pytest.mark.parametrize(
    ("line", "day", "time"),
    [
        ("10/3/2017 5:20:00 PM", dt.date(2017, 10, 3), dt.time(17, 20)),  # the US layout: month first
        ("3/10/2017 5:20:00 AM", dt.date(2017, 3, 10), dt.time(5, 20)),
        ("14.06.2018 12:05 am", dt.date(2018, 6, 14), dt.time(0, 5)),
    ],
)
def test_a_twelve_hour_clock_after_a_numeric_date(line: str, day: dt.date, time: dt.time) -> None:
    art = Article.from_text(f"Roe arrives in Hanoi\n{line}" + _BODY)
    assert (art.published, art.published_time) == (day, time)


def test_year_month_and_day_with_dots() -> None:
    assert Article.from_text("Roe arrives in Hanoi\n2017.10.03" + _BODY).published == dt.date(2017, 10, 3)


@pytest.mark.parametrize(
    "opening",
    [
        "ABU DHABI, 12th March, 2024 (WAM) -- ",
        "Abu Dhabi, 12th March 2024 (WAM) -- ",
        "ABU DHABI, March 12th (WAM) -- ",
    ],
)
def test_a_dateline_day_with_its_ordinal_or_before_its_month(opening: str) -> None:
    art = Article.from_text(
        f"Roe visits Lyon\nMarch 12, 2024\n{opening}Prime Minister Jane Roe arrived in Lyon on Tuesday, officials said."
    )
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place.upper(), art.dateline.date, art.dateline.agency) == (
        "ABU DHABI",
        dt.date(2024, 3, 12),
        "WAM",
    )
    assert [m.text for m in art.dates()] == ["on Tuesday"]


@pytest.mark.parametrize(
    "furniture",
    [
        "Home > News > World",
        "News » Africa » Kenya",
        "Home / World / Africa",
        "Share this article",
        "Listen to this article",
        "3 min read",
        "Skip to main content",
        "Sign in to read this article",
        "Font size: A A A",
        "We use cookies to improve your experience. By continuing you accept our use of cookies.",
    ],
)
def test_page_furniture_above_the_headline_is_not_the_headline(furniture: str) -> None:
    art = Article.from_text(f"{furniture}\nRoe arrives in Hanoi\nMarch 12, 2024" + _BODY)
    assert (art.headline, art.published) == ("Roe arrives in Hanoi", dt.date(2024, 3, 12))
    assert [m.text for m in art.dates()] == ["on Monday"]


def test_a_closing_note_of_first_publication_gives_the_day() -> None:
    art = Article.from_text(
        "Roe arrives in Hanoi" + _BODY + "This article was first published on March 12, 2024.\n"
    )
    assert art.published == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    "opening",
    [
        "KATHMANDU, Nepal (March 12, 2024) — ",
        "KATHMANDU (12 March 2024) — ",
        "KATHMANDU, Nepal, March 12. ",
    ],
)
def test_a_dateline_day_in_brackets_with_its_year_or_closed_by_a_full_stop(opening: str) -> None:
    art = Article.from_text(
        f"Roe visits Lyon\nMarch 12, 2024\n{opening}Prime Minister Jane Roe arrived in Lyon on Tuesday, officials said."
    )
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == ("KATHMANDU", dt.date(2024, 3, 12), "")
    assert [m.text for m in art.dates()] == ["on Tuesday"]


@pytest.mark.parametrize(
    ("opening", "place", "day", "agency"),
    [
        ("NAIROBI – March 12, 2024 – ", "NAIROBI", dt.date(2024, 3, 12), ""),
        ("Nairobi - March 12, 2024 - ", "Nairobi", dt.date(2024, 3, 12), ""),
        ("LONDON — (AP) — ", "LONDON", None, "AP"),
        ("Astana. March 12. KAZINFORM – ", "Astana", dt.date(2024, 3, 12), "KAZINFORM"),
        ("ASTANA. March 12. KAZINFORM - ", "ASTANA", dt.date(2024, 3, 12), "KAZINFORM"),
    ],
)
def test_a_dateline_day_or_agency_set_off_by_dashes_or_full_stops(
    opening: str, place: str, day: dt.date | None, agency: str
) -> None:
    art = Article.from_text(
        f"Roe visits Lyon\nMarch 12, 2024\n{opening}Prime Minister Jane Roe arrived in Lyon on Tuesday for talks"
        " with the leaders of the region on trade and security."
    )
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == place
    assert art.dateline.agency == agency
    assert (art.dateline.date == day) if day else isinstance(art.dateline.date, Unknown)


def test_a_day_after_a_dash_that_opens_the_sentence_is_no_dateline_day() -> None:
    art = Article.from_text(
        "Roe visits Lyon\nMarch 12, 2024\nLYON – March 11 was the day Prime Minister Jane Roe arrived in Lyon"
        " for talks with the leaders of the region on trade."
    )
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == "LYON"
    assert isinstance(art.dateline.date, Unknown)


@pytest.mark.parametrize(
    "line",
    [
        "Roe arrives in Hanoi for talks - The Daily Courier",
        "Roe arrives in Hanoi for talks | World News",
        "Roe arrives in Hanoi for talks – Courier Africa",
        "Roe arrives in Hanoi for talks - Courier | english.courier.com",
    ],
)
def test_the_sites_name_after_a_headline_is_not_the_headline(line: str) -> None:
    art = Article.from_text(f"{line}\nMarch 12, 2024" + _BODY)
    assert art.headline == "Roe arrives in Hanoi for talks"
    assert isinstance(art.headline_evidence, Evidence)
    assert art.headline_evidence.text == "Roe arrives in Hanoi for talks"


def test_a_headline_in_title_case_goes_on_after_a_dash() -> None:
    art = Article.from_text("Roe Arrives In Hanoi - Talks Begin Today\nMarch 12, 2024" + _BODY)
    assert art.headline == "Roe Arrives In Hanoi - Talks Begin Today"


@pytest.mark.parametrize("line", ["2024年3月12日", "Published: 2024年3月12日 10:15"])
def test_a_date_in_chinese_numerals_on_an_english_page(line: str) -> None:
    art = Article.from_text(f"Roe arrives in Hanoi\n{line}" + _BODY)
    assert art.published == dt.date(2024, 3, 12)


def test_a_dateline_place_in_capitals_with_its_country_in_brackets() -> None:
    art = Article.from_text(
        "Roe visits Lyon\nMarch 12, 2024\nNAIROBI (Kenya), March 12 — Prime Minister Jane Roe arrived in Lyon on"
        " Tuesday for talks with the leaders of the region on trade and security."
    )
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == ("NAIROBI", dt.date(2024, 3, 12), "")
    art = Article.from_text(
        "Roe visits Lyon\nMarch 12, 2024\nNAIROBI, March 12 (Xinhua) — Prime Minister Jane Roe arrived in Lyon on"
        " Tuesday for talks with the leaders of the region on trade and security."
    )
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.agency == "Xinhua"


def test_a_paragraph_opening_on_a_cjk_date_is_no_header() -> None:
    # a date in Chinese numerals is a header's on a short line, not a paragraph's first words
    body = "2012年3月14日，全國兩會，某某舉行任內最後一次中外記者會，回憶當年訪港的往事，真情表白令全場動容。"
    article = Article.from_text("某某與香港\n\n" + body + "\n")
    assert not isinstance(article.published, dt.date)


_LEAD = (
    "Prime Minister Jane Roe arrived in Lyon on Tuesday for talks with the leaders of the region on trade"
    " and security, officials said."
)


@pytest.mark.parametrize(
    ("opening", "place", "day", "agency"),
    [
        # accented capitals in a place written in capitals
        ("BRASÍLIA, March 12 (Reuters) - ", "BRASÍLIA", dt.date(2024, 3, 12), "Reuters"),
        ("SÃO PAULO (Reuters) - ", "SÃO PAULO", None, "Reuters"),
        ("ŁÓDŹ, Poland (AP) — ", "ŁÓDŹ", None, "AP"),
        ("İZMIR (AA) - ", "İZMIR", None, "AA"),
        ("ĐÀ NẴNG, March 12 (VNA) – ", "ĐÀ NẴNG", dt.date(2024, 3, 12), "VNA"),
        # a comma before the agency's bracket; a full stop between the bracket and the dash
        ("TAMALE, March 12, (GNA) - ", "TAMALE", dt.date(2024, 3, 12), "GNA"),
        ("SEVILLA, March 12 (EFE).- ", "SEVILLA", dt.date(2024, 3, 12), "EFE"),
        # the year after the day without a comma
        ("MOMBASA, Kenya, Mar 12 2024 (Xinhua) -- ", "MOMBASA", dt.date(2024, 3, 12), "Xinhua"),
        # a scrape runs the agency's bracket into the lead
        ("Hong Kong (CNN)", "Hong Kong", None, "CNN"),
        ("PERTH (CNN)", "PERTH", None, "CNN"),
        # the weekday before a day written day first
        ("Huye, Tuesday 12 March 2024 — ", "Huye", dt.date(2024, 3, 12), ""),
        # the day inside the agency's bracket, after a dash
        # (the sites that carry the report, then the wire: the wire is the agency)
        ("MULTAN, (UrduPoint / Pakistan Point News / APP - 12th Mar, 2024) ", "MULTAN", dt.date(2024, 3, 12),
         "APP"),
        ("QUETTA (APP - 12th March, 2024) ", "QUETTA", dt.date(2024, 3, 12), "APP"),
        # a place closed by a full stop, as Indonesian and East African papers open their reports
        ("Surabaya. ", "Surabaya", None, ""),
        ("Dar es Salaam. ", "Dar es Salaam", None, ""),
        ("MWANZA. ", "MWANZA", None, ""),
    ],
)
def test_dateline_shapes_of_regional_papers_and_scrapes(
    opening: str, place: str, day: dt.date | None, agency: str
) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{opening}{_LEAD}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == (place, agency)
    assert (art.dateline.date == day) if day else isinstance(art.dateline.date, Unknown)
    assert art.text[art.dateline.evidence.start : art.dateline.evidence.end] == art.dateline.evidence.text


@pytest.mark.parametrize(
    "opening",
    [
        "Tuesday. ",
        "Meanwhile. ",
        "Prof. ",
        "Mr. ",
        "Yes. ",
    ],
)
def test_a_word_closed_by_a_full_stop_that_is_no_place(opening: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{opening}{_LEAD}")
    assert isinstance(art.dateline, Unknown)


@pytest.mark.parametrize(
    ("line", "place", "day", "agency"),
    [
        ("Huye, 12 March 2024", "Huye", dt.date(2024, 3, 12), ""),
        ("Assisi, Italy, Mar 12, 2024 / 08:45 am", "Assisi", dt.date(2024, 3, 12), ""),
        ("Kampala, Tuesday, March 12, 2024", "Kampala", dt.date(2024, 3, 12), ""),
        ("SEOUL, March 12 Kyodo", "SEOUL", dt.date(2024, 3, 12), "Kyodo"),
    ],
)
def test_a_dateline_on_a_line_of_its_own_above_the_lead(line: str, place: str, day: dt.date, agency: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{line}\n{_LEAD}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == (place, day, agency)
    assert art.headline == "Roe visits Lyon"
    assert [m.text for m in art.dates() if m.evidence.start > art.dateline.evidence.end] == ["on Tuesday"]


@pytest.mark.parametrize("line", ["Sun, 12 Mar 2024, 3:43pm", "Updated, 12 March 2024", "Tuesday, 12 March 2024"])
def test_a_date_line_is_no_dateline_on_a_line_of_its_own(line: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\n{line}\n{_LEAD}")
    assert isinstance(art.dateline, Unknown)
    assert art.published == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("line", "place", "day", "agency"),
    [
        ("BSS, Rajshahi", "Rajshahi", None, "BSS"),
        ("IANS | Bhopal | Updated: 12-03-2024 22:08 IST | Created: 12-03-2024 22:08 IST", "Bhopal",
         dt.date(2024, 3, 12), "IANS"),
    ],
)
def test_an_agency_and_its_place_on_a_header_line(line: str, place: str, day: dt.date | None, agency: str) -> None:
    art = Article.from_text(f"{line}\nRoe visits Lyon\n{_LEAD}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == (place, agency)
    assert (art.dateline.date == day) if day else isinstance(art.dateline.date, Unknown)
    assert art.headline == "Roe visits Lyon"
    if day:
        assert art.published == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("03/05/2024 02:22 PM EST", dt.date(2024, 3, 5)),
        ("Posted 03/05/2024 at 2:22 p.m. PDT", dt.date(2024, 3, 5)),
        ("05/03/2024 22:08 IST", dt.date(2024, 3, 5)),
        ("05-03-2024 | 10:15 AEDT", dt.date(2024, 3, 5)),
        ("Updated: 05/03/2024 - 14:22 (CET)", dt.date(2024, 3, 5)),
    ],
)
def test_the_time_zone_after_a_numeric_day_tells_its_order(line: str, day: dt.date) -> None:
    art = Article.from_text(f"Roe visits Lyon\n{line}\n{_LEAD}")
    assert art.published == day


def test_a_numeric_day_with_a_zone_that_names_no_country_stays_unread() -> None:
    art = Article.from_text(f"Roe visits Lyon\n05/03/2024 22:08 GMT\n{_LEAD}")
    assert isinstance(art.published, Unknown)


@pytest.mark.parametrize(
    ("line", "day", "time"),
    [
        ("March 5, 20242:22 PM ET", dt.date(2024, 3, 5), dt.time(14, 22)),
        ("March 5, 202411:05 AM UTCUpdated 2 years ago", dt.date(2024, 3, 5), dt.time(11, 5)),
        ("Published: 05 March ,2024: 02:22 PM GST", dt.date(2024, 3, 5), dt.time(14, 22)),
    ],
)
def test_a_header_date_run_into_its_clock_or_with_a_stray_comma(line: str, day: dt.date, time: dt.time) -> None:
    art = Article.from_text(f"Roe visits Lyon\n{line}\n{_LEAD}")
    assert (art.published, art.published_time) == (day, time)
    assert art.headline == "Roe visits Lyon"


_STANDFIRST = "The envoy's first visit to the region in a decade is expected to turn on fishing rights and ports."
_MORE = "Roe will also meet business leaders and open a clinic on the northern coast before she flies home."


@pytest.mark.parametrize(
    "lines",
    [
        [_STANDFIRST, "By Jane Doe | March 12, 2024", _LEAD, _MORE, _MORE],
        [_STANDFIRST, "Jane Doe, Staff Writer", "Published March 12, 2024, 10:15 am", _LEAD, _MORE, _MORE],
        [_STANDFIRST, "Roe at a summit in Lyon last year. (Photo: Courier)", "12 March 2024", _LEAD, _MORE, _MORE],
    ],
)
def test_the_date_line_under_a_standfirst_is_the_headers(lines: list[str]) -> None:
    art = Article.from_text("\n".join(["Roe visits Lyon", *lines]))
    assert art.published == dt.date(2024, 3, 12)
    assert art.headline == "Roe visits Lyon"
    assert _STANDFIRST in [p.text for p in art.body]
    assert not [m for m in art.dates() if m.text.endswith("2024")]


def test_a_programme_line_under_the_standfirst_is_no_date_line() -> None:
    # (a day without its year, then the business of the day)
    art = Article.from_text("\n".join(["Roe visits Lyon", _STANDFIRST, "Tuesday, March 12: talks in Lyon", _LEAD, _MORE]))
    assert isinstance(art.published, Unknown)


@pytest.mark.parametrize(
    "trailer",
    [
        ["Published: March 12, 2024", "Copyright 2024 The Courier. All rights reserved.", "Share", "Tweet"],
        ["(Courier News Agency March 12, 2024)", "Editor: Jo Poe"],
        ["Source: Courier | 2024-03-12 14:22:33 | Editor: Jo Poe"],
    ],
)
def test_a_closing_date_line_before_the_footer_or_with_its_editor(trailer: list[str]) -> None:
    art = Article.from_text("\n".join(["Roe visits Lyon", _LEAD, _MORE, _MORE, *trailer]))
    assert art.published == dt.date(2024, 3, 12)


def test_a_byline_run_into_the_day() -> None:
    art = Article.from_text(f"Roe visits Lyon\nJane DoeMarch 12, 2024\n{_LEAD}")
    assert art.published == dt.date(2024, 3, 12)
    art = Article.from_text(f"Roe visits Lyon\nBy Jane Doe, CourierPublished 12 Mar 2024\n{_LEAD}")
    assert art.published == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("MZUZU (Reuters) -", "MZUZU", "Reuters"),  # a hyphen touching the lead after the agency's bracket
        ("MZUZU- ", "MZUZU", ""),  # a hyphen after the place is not in its name
        ("MZUZU-(Nyasa Times)- ", "MZUZU", "Nyasa Times"),
        ("Mzuzu (Nyasa Times) - ", "Mzuzu", "Nyasa Times"),  # a bracket naming a newsroom is the agency
        ("By Jane Doe, MZUZU, March 12 (Reuters) - ", "MZUZU", "Reuters"),  # a byline with a comma first
    ],
)
def test_dateline_hyphens_newsrooms_and_bylines(opening: str, place: str, agency: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{opening}{_LEAD}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == (place, agency)


def test_a_bracketed_state_after_a_place_in_title_case_is_still_no_agency() -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\nMzuzu (Northern Region), March 12 (AFP) - {_LEAD}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == ("Mzuzu", "AFP")


@pytest.mark.parametrize(
    "lines",
    [
        ["Roe visits Lyon", "By Jane Doe, Mzuzu", _LEAD],
        ["Roe visits Lyon", "From Jane Doe, Mzuzu", _LEAD],
        [_STANDFIRST, "By Jane Doe – Mzuzu", _LEAD, _MORE],
    ],
)
def test_a_byline_that_names_its_place(lines: list[str]) -> None:
    art = Article.from_text("\n".join(lines))
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == ("Mzuzu", "")


@pytest.mark.parametrize(
    "byline",
    ["By Jane Doe, Reuters", "By Jane Doe, Staff Writer", "By Jane Doe, Courier Post", "By Jane Doe, The Courier"],
)
def test_a_byline_that_names_a_newsroom_or_an_office_gives_no_dateline(byline: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\n{byline}\n{_LEAD}")
    assert isinstance(art.dateline, Unknown)


def test_a_place_and_day_line_over_a_lead_with_its_own_dateline_is_not_the_dateline() -> None:
    art = Article.from_text(f"Roe visits Lyon\nSEOUL, Tue, 12 Mar 2024 ANI\nSeoul, Mar 12 (ANI): {_LEAD}")
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.evidence.text.startswith("Seoul, Mar 12 (ANI)")
    assert "Mar 12" not in [m.text for m in art.dates()]


def test_an_agency_in_capitals_after_the_place_s_full_stop() -> None:
    article = Article.from_text(
        " date 2021-12-06 A headline\n\nNUR-SULTAN. KAZINFORM – Kazakh President Jane Roe held talks with"
        " the visiting Uzbek president in the capital.\n"
    )
    assert isinstance(article.dateline, Dateline)
    assert (article.dateline.place, article.dateline.agency) == ("NUR-SULTAN", "KAZINFORM")


@given(st.text(alphabet="aZé .,'’&-1\n", max_size=60))
def test_at_least_words_counts_as_listing_the_words(text: str) -> None:
    # the line tests ask "so many words or more" without listing a long line's words
    from timeline.article.lines import _AT_LEAST_WORDS, _has_words, _words

    for count in _AT_LEAST_WORDS:
        assert _has_words(text, count) == (len(_words(text)) >= count)


@pytest.mark.parametrize(
    "lead",
    [
        "Governor Ama Boateng has begun a two-region tour, beginning today, Tuesday, June 3, 2025, in Tamale.",
        "Governor Ama Boateng is in Tamale today (3 June 2025) for the first day of a two-region tour.",
        "Governor Ama Boateng today, June 3, 2025, began a two-region tour in Tamale.",
    ],
)
def test_a_lead_that_dates_today_anchors_a_page_with_no_date(lead: str) -> None:
    article = Article.from_text("Boateng tours the north\n" + lead + "\nShe will be in Bolgatanga on Thursday, June 5.\n")
    assert article.anchor == dt.date(2025, 6, 3)
    assert dt.date(2025, 6, 5) in [m.span.start for m in article.dates() if isinstance(m.span, DateSpan)]


def test_a_full_date_not_said_to_be_today_anchors_nothing() -> None:
    article = Article.from_text("Boateng looks back\nGovernor Ama Boateng recalled her tour of June 3, 2019, in Tamale.\nMore.\n")
    assert isinstance(article.anchor, Unknown)


@pytest.mark.parametrize("credit", ["— Picture by Ana Lim", " Photo by Ana Lim", " (Photo by Ana Lim)"])
def test_a_first_line_with_a_photo_by_credit_is_a_caption_not_a_headline(credit: str) -> None:
    text = (
        "President Jane Roe (left) and Prime Minister Ann Poe (right) at a press conference in Lusaka March 3, 2019."
        + credit
        + "\n\nLUSAKA, March 4 — President Jane Roe left for Harare today after a two-day visit.\n"
    )
    article = Article.from_text(text)
    assert article.captions
    assert not (isinstance(article.headline, str) and article.headline.startswith("President Jane Roe (left)"))


@pytest.mark.parametrize("credit", [" – KB Photos", " - PTI Photo", " — Daily Star Pic"])
def test_a_line_under_the_date_token_closed_by_a_dashed_photo_credit_is_a_caption(credit: str) -> None:
    text = (
        " date 2021-07-10 \n\nGovernor Ama Boateng talking to farmers at a village in Kotoko district on Friday."
        + credit
        + "\n\nBoateng visited two relief camps and met the district officials.\n"
    )
    article = Article.from_text(text)
    assert [c.text.startswith("Governor Ama Boateng talking") for c in article.captions] == [True]
    assert article.headline == ""


def test_a_headline_ending_in_photo_words_without_a_dash_is_still_a_headline() -> None:
    text = " date 2021-07-10 \n\nGovernor unveils new photos\n\nGovernor Ama Boateng visited two relief camps on Friday.\n"
    assert Article.from_text(text).headline == "Governor unveils new photos"

_VISIT = "Prime Minister Jane Roe arrived in Lyon for a two-day visit, officials said."


@pytest.mark.parametrize(
    ("opening", "place", "day", "agency"),
    [
        # the full day first, then the place
        ("12 March 2024, NEW DELHI - ", "NEW DELHI", dt.date(2024, 3, 12), ""),
        ("March 12, 2024, NAIROBI — ", "NAIROBI", dt.date(2024, 3, 12), ""),
        ("12 March 2024 | KAMPALA: ", "KAMPALA", dt.date(2024, 3, 12), ""),
        ("Tuesday, 12 March 2024, Kigali - ", "Kigali", dt.date(2024, 3, 12), ""),
        # the agency's full name run into the place
        ("Xinhua News Agency BEIJING, March 12 -- ", "BEIJING", dt.date(2024, 3, 12), "Xinhua News Agency"),
        # the day after the agency's bracket
        ("Nairobi (Reuters) March 12 - ", "Nairobi", dt.date(2024, 3, 12), "Reuters"),
        ("LAGOS (AFP) March 12, 2024 - ", "LAGOS", dt.date(2024, 3, 12), "AFP"),
        # a wire agency in capitals after the day, no dash
        ("BAKU, March 12 AZERTAC ", "BAKU", dt.date(2024, 3, 12), "AZERTAC"),
        # an apostrophe inside the place's name
        ("Sana'a, March 12 (SABA) - ", "Sana'a", dt.date(2024, 3, 12), "SABA"),
        ("N'Djamena, March 12 (AFP) - ", "N'Djamena", dt.date(2024, 3, 12), "AFP"),
        ("Sana’a — ", "Sana’a", None, ""),
        # a news site's name after the place
        ("JAKARTA, KOMPAS.com - ", "JAKARTA", None, "KOMPAS.com"),
        ("Jakarta, Detik.com - ", "Jakarta", None, "Detik.com"),
        # a weekday before the day, or where the day would stand
        ("NAIROBI, Kenya, Tuesday March 12, 2024 — ", "NAIROBI", dt.date(2024, 3, 12), ""),
        ("NAIROBI, Monday (Reuters) - ", "NAIROBI", dt.date(2024, 3, 11), "Reuters"),
    ],
)
def test_datelines_in_the_shapes_of_other_wires(opening: str, place: str, day: dt.date | None, agency: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{opening}{_VISIT}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == (place, agency)
    assert (art.dateline.date if isinstance(art.dateline.date, dt.date) else None) == day
    assert art.text[art.dateline.evidence.start : art.dateline.evidence.end] == art.dateline.evidence.text


def test_a_dateline_that_opens_with_the_full_day_gives_the_publication_day() -> None:
    art = Article.from_text(f"Roe visits Lyon\n5 March 2019, NEW DELHI - {_VISIT}")
    assert art.published == dt.date(2019, 3, 5)
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.evidence.text.startswith("5 March 2019")


def test_a_sentence_opening_with_a_full_day_is_no_dateline() -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\nMarch 5, 2024, NATO said it would meet. {_VISIT}")
    assert isinstance(art.dateline, Unknown)


@pytest.mark.parametrize(
    "opening", ["ALBAWABA - ", "MENAFN — ", "XINHUA -- ", "EXCLUSIVE — ", "UPDATE: ", "BREAKING — "]
)
def test_an_outlet_or_a_label_where_the_place_would_stand_is_no_dateline(opening: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{opening}{_VISIT}")
    assert isinstance(art.dateline, Unknown)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("12.03.24", dt.date(2024, 3, 12)),  # dots: day first
        ("Updated: 12-Mar-24", dt.date(2024, 3, 12)),
        ("Updated 12/03/24 11:48 IST", dt.date(2024, 3, 12)),  # a South Asian zone: day first
        ("Posted: 3/12/24 4:11 PM EST", dt.date(2024, 3, 12)),  # a North American zone: month first
        ("Mon, 04/03/24", dt.date(2024, 3, 4)),  # the weekday tells (April 3 was a Wednesday)
        ("31/12/98", dt.date(1998, 12, 31)),  # 31 is no month; '98 is of the last century
    ],
)
def test_header_dates_with_two_digit_years(line: str, day: dt.date) -> None:
    art = Article.from_text(f"Roe visits Lyon\n{line}\n{_VISIT}")
    assert art.published == day


def test_a_two_digit_year_date_in_no_order_the_line_tells_is_left_unread() -> None:
    art = Article.from_text(f"Roe visits Lyon\n05/03/19\n{_VISIT}")
    assert isinstance(art.published, Unknown)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("Baku, 12 March, AZERTAC ", "Baku", "AZERTAC"),  # a comma, then the wire agency, no dash
        ("SYDNEY, AAP - ", "SYDNEY", "AAP"),  # a wire agency in capitals after a comma
        ("Lyon/Grenoble — ", "Lyon/Grenoble", ""),  # two places in title case, a slash between
    ],
)
def test_an_agency_after_a_comma_and_places_joined_by_a_slash(opening: str, place: str, agency: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{opening}{_VISIT}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == (place, agency)


def test_a_header_day_shown_twice_and_run_into_its_year() -> None:
    art = Article.from_text(f"Roe visits Lyon\nPublished On 12 Mar 202412 Mar 2024\n{_VISIT}")
    assert art.published == dt.date(2024, 3, 12)


def test_a_day_first_dates_a_place_in_capitals_with_its_country() -> None:
    art = Article.from_text(f"Roe visits Lyon\n12 March 2024, GRENOBLE, FRANCE - {_VISIT}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date) == ("GRENOBLE", dt.date(2024, 3, 12))


def test_a_full_stop_before_the_hyphen_of_a_title_case_dateline() -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\nSanta Clara.- {_VISIT}")
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == "Santa Clara"


def test_an_agency_s_long_name_then_its_place_on_a_header_line() -> None:
    art = Article.from_text(f"Roe visits Lyon\nPress Trust of India Grenoble\nMarch 12, 2024\n{_VISIT}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == ("Grenoble", "Press Trust of India")
    staff = Article.from_text(f"Roe visits Lyon\nAssociated Press Staff\nMarch 12, 2024\n{_VISIT}")
    assert isinstance(staff.dateline, Unknown)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Issued on: 04/03/2024 - 16:11", dt.date(2024, 3, 4)),  # an hour past noon on a 24-hour clock: day first
        ("Published on : 04/03/2024 - 21:05", dt.date(2024, 3, 4)),
        ("All News 14:22 March 04, 2024", dt.date(2024, 3, 4)),  # a clock's minutes are no day
    ],
)
def test_header_dates_read_by_their_clock(line: str, day: dt.date) -> None:
    art = Article.from_text(f"Roe visits Lyon\n{line}\n{_VISIT}")
    assert art.published == day


def test_a_numeric_date_with_a_morning_clock_tells_no_order() -> None:
    art = Article.from_text(f"Roe visits Lyon\nIssued on: 04/03/2024 - 09:11\n{_VISIT}")
    assert isinstance(art.published, Unknown)


@pytest.mark.parametrize(
    "opening", ["Portugal: ", "GHANA — ", "South Africa: ", "Africa: ", "NEWS ANALYSIS — ", "POLITICS — ", "FILE PHOTO: "]
)
def test_a_country_alone_or_a_section_where_the_place_would_stand_is_a_kicker(opening: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{opening}{_VISIT}")
    assert isinstance(art.dateline, Unknown)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("SINGAPORE — ", "SINGAPORE"),
        ("Kuwait: ", "Kuwait"),
        ("ACCRA, Ghana — ", "ACCRA"),
        ("GHANA, March 12 (Xinhua) -- ", "GHANA"),
        ("LEBANON, N.H. — ", "LEBANON"),  # a town named for a country, with its state
    ],
)
def test_a_city_state_a_city_with_its_country_or_a_dated_country_is_still_a_dateline(opening: str, place: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{opening}{_VISIT}")
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == place


@pytest.mark.parametrize(("opening", "place"), [("Port-of-Spain — ", "Port-of-Spain"), ("Ürümqi — ", "Ürümqi")])
def test_title_case_places_hyphenated_with_of_or_opening_on_an_accented_capital(opening: str, place: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{opening}{_VISIT}")
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == place


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2 days ago", dt.date(2024, 3, 10)),
        ("Updated 3 days ago", dt.date(2024, 3, 9)),
        ("Published a week ago", dt.date(2024, 3, 5)),
        ("5 hours ago", dt.date(2024, 3, 12)),  # (hours: the day stored is the best the words give)
    ],
)
def test_a_page_s_age_counts_back_from_the_day_it_was_stored(line: str, day: dt.date) -> None:
    art = Article.from_text(f" date 2024-03-12\nRoe visits Lyon\n{line}\n{_VISIT}")
    assert art.published == day


def test_a_dateline_below_a_long_site_menu() -> None:
    menu = "\n".join(["Home", "World", "Africa", "Asia", "Europe", "Americas", "Business", "Sport", "Opinion", "Video",
                      "Podcasts", "More", "Subscribe", "Sign in"])  # fmt: skip
    art = Article.from_text(f"{menu}\nRoe visits Lyon\nMarch 12, 2024\nLYON, March 12 (Reuters) - {_VISIT}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == ("LYON", "Reuters")
    assert art.headline == "Roe visits Lyon"


@pytest.mark.parametrize(
    "header",
    [
        "By Jane Doe, Senior Political Correspondent, The Courier March 12, 2024",  # a byline names its day
        "Posted by Jane Doe on Tuesday, March 12, 2024 at 4:11 PM in World News, Africa, Politics",
        "March 12, 2024 by Jane Doe in World News with 3 comments",  # the day, then its byline
        "Home | News | World | Europe | France | Politics | Roe visits Lyon | March 12, 2024 | Jane Doe | Comments (0)"
        " | Share this article on Facebook and Twitter | Print | Email | Font size",  # a long line of fields
    ],
)
def test_header_lines_with_many_words_that_still_name_the_day(header: str) -> None:
    art = Article.from_text(f"{header}\n{_VISIT}\nRoe will also meet business leaders before she flies home.")
    assert art.published == dt.date(2024, 3, 12)


@pytest.mark.parametrize("closing", ["Lyon, 12 March 2024", "12 March 2024"])
def test_a_release_signed_off_with_its_place_and_day(closing: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\n{_VISIT}\nRoe will also meet business leaders before she flies home.\n{closing}")
    assert art.published == dt.date(2024, 3, 12)


def test_the_page_s_own_date_some_lines_under_the_stored_day() -> None:
    lines = [" date 2024-03-15", "Roe visits Lyon", "Jane Doe", "Staff Writer", "Photo: Jane Doe", "Share", "Mar 12, 2024"]
    art = Article.from_text("\n".join([*lines, _VISIT]))
    assert art.published == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    "opening", ["LYON March 12 (Reuters) - ", "LYON, Tue Mar 12 (Reuters) - ", "LYON, Tue. March 12 (Reuters) - "]
)
def test_a_dateline_day_without_its_comma_or_after_a_weekday_cut_short(opening: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{opening}{_VISIT}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == ("LYON", dt.date(2024, 3, 12), "Reuters")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Updated: March 14, 2024", "Published: March 12, 2024"),
        ("Last updated on 14 Mar 2024, 08:10 IST", "First published on 12 Mar 2024, 17:45 IST"),
        ("Modified: 2024-03-14 08:10", "Posted: 2024-03-12 17:45"),
    ],
)
def test_a_header_s_update_line_yields_to_its_published_line_below(first: str, second: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\n{first}\n{second}\n{_VISIT}")
    assert art.published == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    "closing",
    [
        "First published on March 12, 2024",
        "This article was first published in The Courier on 12 March 2024.",
        "This story first appeared in The Courier on March 12, 2024.",
        "(The Courier, March 12, 2024)",
    ],
)
def test_a_closing_note_of_the_day_first_published_under_a_stored_day(closing: str) -> None:
    art = Article.from_text(
        f" date 2024-03-16 Roe visits Lyon\n{_VISIT}\nRoe will also meet business leaders before she flies home.\n{closing}"
    )
    assert art.published == dt.date(2024, 3, 12)


def test_a_closing_note_after_the_stored_day_is_not_the_publication_day() -> None:
    art = Article.from_text(f" date 2024-03-10 Roe visits Lyon\n{_VISIT}\nFirst published on March 12, 2024")
    assert art.published == dt.date(2024, 3, 10)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("ON BOARD AIR FORCE ONE — ", "ON BOARD AIR FORCE ONE", ""),
        ("AT SEA ABOARD THE USS KESTREL — ", "AT SEA ABOARD THE USS KESTREL", ""),
        ("IN THE SKIES OVER GREENLAND (AP) — ", "IN THE SKIES OVER GREENLAND", "AP"),
        ("EN ROUTE TO LYON (Reuters) - ", "EN ROUTE TO LYON", "Reuters"),
    ],
)
def test_a_craft_or_a_journey_where_the_place_would_stand(opening: str, place: str, agency: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{opening}{_VISIT}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == (place, agency)


@pytest.mark.parametrize(
    "opening", ["LYON, 12 MAR (AFP) - ", "LYON, MAR 12 (AFP) - ", "LYON, 12 MARCH 2024 (AFP) - ", "LYON, MARCH 12 (AFP) - "]
)
def test_a_dateline_s_month_in_capitals(opening: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{opening}{_VISIT}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == ("LYON", dt.date(2024, 3, 12), "AFP")


def test_a_weekday_in_capitals_opening_the_lead_is_no_dateline() -> None:
    art = Article.from_text(f"Roe visits Lyon\nTUESDAY, MARCH 12, 2024 - {_VISIT} She will meet the mayor.")
    assert isinstance(art.dateline, Unknown)


@pytest.mark.parametrize("opening", ["March 12, 2024 — ", "Tuesday, 12 March 2024: ", "12th March, 2024 -- "])
def test_a_lead_opening_with_its_full_day_and_a_dash_dates_the_page(opening: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\n{opening}{_VISIT} She will meet the mayor on Wednesday.")
    assert art.published == dt.date(2024, 3, 12)


def test_a_lead_opening_with_a_full_day_and_a_comma_does_not_date_the_page() -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 5, 2024, NATO said it would meet. {_VISIT}")
    assert isinstance(art.published, Unknown)


@pytest.mark.parametrize("line", ["LYON —", "LYON --", "LYON, France —"])
def test_a_place_in_capitals_with_a_long_dash_on_a_line_of_its_own(line: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\n{line}\n{_VISIT} She will meet the mayor on Wednesday.")
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == "LYON"


def test_a_label_with_a_long_dash_on_a_line_of_its_own_is_no_dateline() -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 12, 2024\nANALYSIS —\n{_VISIT} She will meet the mayor on Wednesday.")
    assert isinstance(art.dateline, Unknown)


def test_the_page_s_own_date_under_a_long_run_of_furniture_below_the_stored_day() -> None:
    furniture = ["Home", "News", "World", "Europe", "Share", "Tweet", "Email", "Print", "Jane Doe", "Staff Writer"]
    art = Article.from_text("\n".join([" date 2024-03-15", "Roe visits Lyon", *furniture, "Mar 12, 2024", _VISIT]))
    assert art.published == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("opening", "day", "agency"),
    [("LYON, Tuesday: ", dt.date(2024, 3, 12), ""), ("LYON March 12th (Reuters) - ", dt.date(2024, 3, 12), "Reuters")],
)
def test_a_weekday_before_a_colon_or_an_ordinal_day_without_its_comma(opening: str, day: dt.date, agency: str) -> None:
    art = Article.from_text(f"Roe visits Lyon\nMarch 13, 2024\n{opening}{_VISIT}")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == ("LYON", day, agency)


def test_a_dateline_with_a_dotted_day_and_a_slashed_agency_in_quotation_marks() -> None:
    article = Article.from_text(
        "Presidents meet\nTASHKENT, 18.04.2024 /UzA «Dunyo»/. On April 18, the President arrived in Samarkand.\n",
        source="x",
    )
    assert isinstance(article.dateline, Dateline)
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (
        "TASHKENT", dt.date(2024, 4, 18), "Dunyo"
    )
    assert article.published == dt.date(2024, 4, 18)


_PORT_LEAD = " Governor Ann Roe arrived on Thursday for a two-day visit to the northern port, officials said.\n"


@pytest.mark.parametrize(
    ("opening", "place", "day"),
    [
        ("08:15 | Valdivia, Mar. 14.", "Valdivia", dt.date(2024, 3, 14)),  # the filing time first
        ("Valdivia, March 14, 2024 | 08:15 -", "Valdivia", dt.date(2024, 3, 14)),  # the filing time after
        ("VALDIVIA, 14/03/2024 -", "VALDIVIA", dt.date(2024, 3, 14)),  # slashed, day first
        ("VALDIVIA, 03/14/2024 -", "VALDIVIA", dt.date(2024, 3, 14)),  # slashed, month first
        # both readings are dates: the one within a week of the publication day
        ("VALDIVIA, 03/12/2024 -", "VALDIVIA", dt.date(2024, 3, 12)),
        ("VALDIVIA, 12/03/2024 -", "VALDIVIA", dt.date(2024, 3, 12)),
    ],
)
def test_a_dateline_with_its_filing_time_or_a_slashed_day(opening: str, place: str, day: dt.date) -> None:
    art = Article.from_text(" date 2024-03-15\nA report on the visit\n" + opening + _PORT_LEAD, source="x")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date) == (place, day)


def test_a_slashed_day_read_both_ways_without_a_publication_day_is_unknown() -> None:
    art = Article.from_text("A report on the visit\nVALDIVIA, 03/12/2024 -" + _PORT_LEAD, source="x")
    assert isinstance(art.dateline, Dateline)
    assert isinstance(art.dateline.date, Unknown)
    assert "day first or month first" in art.dateline.date.reason


@pytest.mark.parametrize("dash", [" -", ":"])
def test_a_place_in_capitals_with_its_country_and_a_plain_hyphen_is_a_dateline(dash: str) -> None:
    art = Article.from_text(" date 2024-03-15\nA report on the visit\nVALDIVIA, Chile" + dash + _PORT_LEAD, source="x")
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == "VALDIVIA"


def test_a_transcripts_speaker_in_capitals_is_no_dateline() -> None:
    art = Article.from_text(
        "Roe's last day\n\nMorning Show - Friday, 8 March , 2024  00:00:00\n\nANN ROE: After three days in Chile,"
        " the Prime Minister is heading home hopeful, she says.\n\nJOHN DOE: As the heart of the island, the city"
        " means many things.\n",
        source="x",
    )
    assert isinstance(art.dateline, Unknown)
    assert art.published == dt.date(2024, 3, 8)  # (a space before the year's comma)


def test_a_day_with_its_year_opening_the_headlines_line_is_the_publication_day() -> None:
    art = Article.from_text(
        "March 12, 2024 Governor Roe arrives in Valdivia for talks\nGovernor Ann Roe arrived here on Tuesday and"
        " is scheduled to meet the mayor on Wednesday, officials said.\n",
        source="x",
    )
    assert art.published == dt.date(2024, 3, 12)
    assert art.headline == "Governor Roe arrives in Valdivia for talks"


def test_a_dateline_alone_over_a_second_headline_then_the_lead() -> None:
    art = Article.from_text(
        "Governor Roe arrives on a visit\n\nValdivia, March 12, 2024\n\nMayor receives the governor on arrival\n"
        "Governor Ann Roe arrived here last night on her first visit to the port, officials said on Tuesday.\n",
        source="x",
    )
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date) == ("Valdivia", dt.date(2024, 3, 12))


def test_a_report_with_no_anchor_gives_its_days_the_year_it_writes_at_its_top() -> None:
    art = Article.from_text(
        "Prime Minister visits Finland\n\nThursday, September 7 to Saturday, September 9, 2006\n\nPrime Minister"
        " Ann Roe left Tokyo on September 7 to attend the summit. On the afternoon of September 8 she met"
        " the president, and on Friday she toured the harbour.\n",
        source="x",
    )
    read = {m.text: m.span for m in art.dates()}
    assert read["on September 7"] == DateSpan.day(dt.date(2006, 9, 7))
    assert read["September 8"] == DateSpan.day(dt.date(2006, 9, 8))
    assert isinstance(read["on Friday"], Unknown)  # (a weekday needs the report's own day)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("VALDIVIA, Chile (Surnoticias, Mar. 14) -", "VALDIVIA", "Surnoticias"),
        ("VALDIVIA (Surnoticias, 14 March ) -", "VALDIVIA", "Surnoticias"),
    ],
)
def test_an_agencys_bracket_closing_on_its_day_after_a_comma(opening: str, place: str, agency: str) -> None:
    art = Article.from_text(" date 2024-03-15\nA report on the visit\n" + opening + _PORT_LEAD, source="x")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency, art.dateline.date) == (place, agency, dt.date(2024, 3, 14))


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Valdivia, 14 mar (EFE).-", dt.date(2024, 3, 14)),
        ("Valdivia, 2 set (Lusa) -", dt.date(2023, 9, 2)),
        ("VALDIVIA, 14 mar (EFE).-", dt.date(2024, 3, 14)),
        ("Valdivia, 1 ene 2024 (EFE).-", dt.date(2024, 1, 1)),
    ],
)
def test_a_spanish_or_portuguese_month_in_lower_case_before_the_agency(opening: str, day: dt.date) -> None:
    art = Article.from_text(" date 2024-03-15\nA report on the visit\n" + opening + _PORT_LEAD, source="x")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place.upper(), art.dateline.date) == ("VALDIVIA", day)


def test_a_dateline_of_its_own_line_with_a_comma_before_its_agency() -> None:
    art = Article.from_text("A report on the visit\n\nValdivia, March 14, AZERTAC\n\n" + _PORT_LEAD.lstrip(" -"), source="x")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == ("Valdivia", "AZERTAC")


def test_a_title_case_dateline_with_its_day_alone_on_a_line_after_the_filing_time() -> None:
    art = Article.from_text(
        " date 2024-03-15\nA report on the visit\n\n08:15 | Valdivia, Mar. 14.\n\n" + _PORT_LEAD.lstrip(" -"), source="x"
    )
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date) == ("Valdivia", dt.date(2024, 3, 14))


@pytest.mark.parametrize("state", ["Mich.", "Ore.", "N.H."])
def test_a_place_in_capitals_with_its_state_cut_short_and_a_plain_hyphen(state: str) -> None:
    art = Article.from_text(" date 2024-03-15\nA report on the visit\nMARQUETTE, " + state + " -" + _PORT_LEAD, source="x")
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == "MARQUETTE"


@pytest.mark.parametrize("speaker", ["PRESIDENT OKONJO", "SECRETARY ROE", "MR. DOE"])
def test_a_speaker_named_by_the_office_is_no_dateline(speaker: str) -> None:
    art = Article.from_text(
        "Press availability\nValdivia, Chile, March 14, 2024\nAs released by the Office of the Spokesman\n\n"
        + speaker + ": Thank you all for coming here today to see the new port and its cranes.\n",
        source="x",
    )
    assert not (isinstance(art.dateline, Dateline) and art.dateline.place == speaker)


@pytest.mark.parametrize(
    ("line", "agency", "day"),
    [
        ("Radio & TV Lorien, Valmont, 28/03/2024", "Radio & TV Lorien", dt.date(2024, 3, 28)),
        ("(Radio & TV Lorien, Valmont, 25/07/2016)", "Radio & TV Lorien", dt.date(2016, 7, 25)),
        ("Valmont Times, Valmont, March 28, 2024", "Valmont Times", dt.date(2024, 3, 28)),
    ],
)
def test_a_newsroom_its_place_and_day_on_a_line_above_the_lead(line: str, agency: str, day: dt.date) -> None:
    art = Article.from_text(
        f"Mayor returns home today\n\n{line}\n\nMayor Jane Roe departed Ostra this morning and spends most of"
        " the day in Ruthen, after two weeks on the island.\n",
        source="x",
    )
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency, art.dateline.date) == ("Valmont", agency, day)


@pytest.mark.parametrize("stray", [", ", "| ", "; ", "• "])
def test_a_scrapes_stray_mark_before_the_dateline_is_no_part_of_it(stray: str) -> None:
    text = f"Minister arrives in Lira\n\nJuly 1, 2013 11:58 am\n\n{stray}LIRA, Jul 1 – Minister Ann Poe arrived on Monday.\n"
    article = Article.from_text(text, source="t.txt")
    assert isinstance(article.dateline, Dateline)
    assert (article.dateline.place, article.dateline.date) == ("LIRA", dt.date(2013, 7, 1))


@pytest.mark.parametrize("close", [" ) :", ") :", " ):", ") : "])
def test_a_colon_after_the_agencys_bracket_may_touch_the_lead(close: str) -> None:
    text = (
        f"MARVELLE, (Ostra Wire / Valmont Daily - 16th May, 2021{close}Health Minister Ann Poe visited three"
        " hospitals in the city on Sunday and met the staff on duty.\n"
    )
    art = Article.from_text(text, source="t.txt")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date) == ("MARVELLE", dt.date(2021, 5, 16))
    assert art.dateline.agency == "Ostra Wire / Valmont Daily"
    assert art.published == dt.date(2021, 5, 16)


@pytest.mark.parametrize("label", ["Details", "Background", "Context", "Quote", "Agenda", "Itinerary"])
def test_a_label_before_a_colon_is_no_dateline(label: str) -> None:
    text = (
        " date 2025-05-31 Chancellor Ann Poe will travel to Velora next week for her first visit since taking office.\n\n"
        f"{label}: Poe will travel to Velora on 4 June, and her talks with President Lan are set for Thursday.\n"
    )
    art = Article.from_text(text, source="t.txt")
    assert isinstance(art.dateline, Unknown)


@pytest.mark.parametrize(
    "header",
    [
        "Minister to begin tour of three countries on Sunday\n\nKARATOWN\n\n",
        # the headline printed again under the place, as some sites do
        "Minister holds call with counterpart\nMinister holds call with counterpart\nKARATOWN\n"
        "Minister holds call with counterpart\n",
    ],
)
def test_a_place_in_capitals_alone_over_the_lead_is_the_dateline(header: str) -> None:
    text = header + "Foreign Minister Ann Poe on Dec. 23 held her first talks with her counterpart from Velora.\n"
    art = Article.from_text(text, source="t.txt")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == ("KARATOWN", "")
    assert isinstance(art.dateline.date, Unknown)
    assert text[art.dateline.evidence.start : art.dateline.evidence.end] == "KARATOWN"


@pytest.mark.parametrize(
    "label", ["WORLD", "POLITICS", "DIPLOMACY", "AFRICA", "GERMANY", "TÜRKİYE", "REUTERS", "UPDATE", "AGENCIES", "STAFF"]
)
def test_a_sections_label_or_a_country_in_capitals_over_the_lead_is_no_dateline(label: str) -> None:
    text = (
        f"Minister holds call with counterpart\n{label}\n"
        "Foreign Minister Ann Poe on Dec. 23 held her first talks with her counterpart from Velora.\n"
    )
    assert isinstance(Article.from_text(text, source="t.txt").dateline, Unknown)


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        (
            "Minister Lan welcomes her counterpart (R) (Photo: NTA)Velora (NTA) – Minister Lan on March 4 afternoon"
            " hosted a welcome ceremony for her counterpart, who is on an official visit until March 7.",
            "Velora",
            "NTA",
        ),
        (
            "The two leaders wave to crowds lining the road from the airport. Yonhap KARATOWN/VELORIA ― President"
            " Ann Poe began talks with her counterpart on Tuesday, after her arrival earlier in the day.",
            "KARATOWN/VELORIA",
            "",
        ),
    ],
)
def test_a_caption_run_into_the_dateline_is_no_part_of_it(paragraph: str, place: str, agency: str) -> None:
    text = f"Leaders meet in the capital\n\n{paragraph}\n\nThe talks are to end on Wednesday with a joint statement.\n"
    art = Article.from_text(text, source="t.txt")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == (place, agency)
    assert art.dateline.evidence.text.startswith(place)


def test_a_caption_with_a_place_and_a_plain_hyphen_after_its_credit_is_no_dateline() -> None:
    text = (
        "Leaders meet in the capital\n\nThe two leaders at the palace on Tuesday (Photo: NTA) Velora - a city of"
        " gardens - welcomed the visitors with flowers and music along the road from the airport.\n"
    )
    assert isinstance(Article.from_text(text, source="t.txt").dateline, Unknown)


# Fresh-page sweep (sweep-pub): a country in brackets after the place is the place's, not the agency


@pytest.mark.parametrize(
    ("opening", "place", "day", "agency"),
    [
        ("Velora (Karo-Nessa): ", "Velora", None, ""),
        ("Velora (Karo-Nessa), Mar 4 (NTA): ", "Velora", dt.date(2019, 3, 4), "NTA"),
        ("Velora, [Karonia], Mar 4 (NTA): ", "Velora", dt.date(2019, 3, 4), "NTA"),
        ("Velora [Karonia], Mar 4 (NTA): ", "Velora", dt.date(2019, 3, 4), "NTA"),
    ],
)
def test_a_bracketed_country_after_a_title_case_place_is_no_agency(
    opening: str, place: str, day: dt.date | None, agency: str
) -> None:
    text = (
        " date 2019-03-05 Visiting leader reaches the capital\n\n" + opening + "President Ann Poe arrived in the"
        " city on Monday for a two-day state visit.\n\nShe was received at the airport by the governor.\n"
    )
    art = Article.from_text(text, source="t.txt")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == (place, agency)
    assert (art.dateline.date if isinstance(art.dateline.date, dt.date) else None) == day


@pytest.mark.parametrize("gap", [" -", "  -"])
def test_a_hyphen_touching_the_lead_after_the_datelines_day(gap: str) -> None:
    text = (
        "Cabinet meets in the provinces\n\nKARATOWN, 4 March 2013" + gap + "Minister Ann Poe said on Monday that"
        " the cabinet would meet in a different province every month.\n\nThe next meeting is in April.\n"
    )
    art = Article.from_text(text, source="t.txt")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date) == ("KARATOWN", dt.date(2013, 3, 4))
    assert art.published == dt.date(2013, 3, 4)


def test_a_hyphen_touching_a_title_case_place_opens_a_dateline() -> None:
    text = (
        "The Gazette\n\nMarch 9, 2019\n\nVelora- The king and queen returned to the capital on Friday from a"
        " three-day trip to the coast.\n\nThey were welcomed by crowds.\n"
    )
    art = Article.from_text(text, source="t.txt")
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == "Velora"


@pytest.mark.parametrize("lead", ["Anti- Government protests spread on Friday across the south.", "Velora-Karonia ties grew."])
def test_a_hyphened_word_opening_the_lead_is_no_dateline(lead: str) -> None:
    text = "Protests in the south\n\nMarch 9, 2019\n\n" + lead + " More were planned for the weekend, they said.\n"
    assert isinstance(Article.from_text(text, source="t.txt").dateline, Unknown)


@pytest.mark.parametrize(
    ("line", "place", "day"),
    [
        ("Published - March 9, 2019 06:58 pm IST - KARATOWN", "KARATOWN", dt.date(2019, 3, 9)),
        ("Updated - March 10, 2019 11:02 am IST - NEW VELORA", "NEW VELORA", dt.date(2019, 3, 10)),
    ],
)
def test_a_date_line_closing_on_the_place_in_capitals_gives_the_dateline(line: str, place: str, day: dt.date) -> None:
    text = (
        "Minister to open the new port on Monday\n\n" + line + "\n\nOfficials prepare for the visit\n\nMinister Ann"
        " Poe will arrive in the city on Monday to open the new port, officials said.\n"
    )
    art = Article.from_text(text, source="t.txt")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date) == (place, day)


@pytest.mark.parametrize("closing", ["EDITORIAL", "OPINION"])
def test_a_date_line_closing_on_a_label_gives_no_dateline(closing: str) -> None:
    text = (
        "Minister to open the new port on Monday\n\nUpdated - March 9, 2019 06:58 pm IST - " + closing + "\n\n"
        "Minister Ann Poe will arrive in the city on Monday to open the new port, officials said.\n"
    )
    assert isinstance(Article.from_text(text, source="t.txt").dateline, Unknown)


def test_a_date_line_run_into_the_lead_by_a_scrape_is_the_publication_day() -> None:
    text = (
        "Leader lands in the capital\nMarch 9, 2019The presidential jet landed late on Friday at the airport,"
        " where the host welcomed her.\nCrowds lined the route to the hotel.\n"
    )
    assert Article.from_text(text, source="t.txt").published == dt.date(2019, 3, 9)
    # a comma after the year opens a sentence and dates nothing
    plain = text.replace("2019The", "2019, the")
    assert isinstance(Article.from_text(plain, source="t.txt").published, Unknown)


def test_next_weekday_after_next_week_told_in_an_earlier_paragraph() -> None:
    # (span18) the report is dated Wednesday 2017-02-15: "next week" is 20-26 February, and "next
    # Thursday" in a later paragraph is that week's Thursday, not the one the day after the report
    article = Article.from_text(
        " date 2017-02-15 SUVA - Prime Minister Josaia Vatu will begin his first tour of the North next week.\n\n"
        "He will visit the provinces of Bua and Macuata.\n\n"
        "A divisional officer said the tour will begin next Thursday in Labasa.\n"
    )
    read = {m.text: (m.span.start, m.span.end) for m in article.dates() if isinstance(m.span, DateSpan)}
    assert read["next Thursday"] == (dt.date(2017, 2, 23), dt.date(2017, 2, 23))
    # a "next Thursday" with no week told before it stays the coming Thursday
    alone = Article.from_text(" date 2017-02-15 SUVA - A divisional officer said the tour will begin next Thursday.\n")
    assert [(m.span.start, m.span.end) for m in alone.dates() if isinstance(m.span, DateSpan)] == [
        (dt.date(2017, 2, 16), dt.date(2017, 2, 16))
    ]


def test_a_range_of_days_alone_under_the_headline_is_a_date_of_the_event() -> None:
    art = Article.from_text(
        "Prime Minister's working visit to Ruritania\n\n03.05.2021 - 05.05.2021\n\nPrime Minister Jane Roe has arrived"
        " in Ruritania on a working visit.\n",
        source="x",
    )
    assert [(m.text, m.span) for m in art.dates()] == [
        ("03.05.2021 - 05.05.2021", DateSpan(dt.date(2021, 5, 3), dt.date(2021, 5, 5)))
    ]


LEAD = "Minister Jane Roe toured the flooded valley of Karota on Monday, meeting farmers and officials."


@pytest.mark.parametrize(
    ("banner", "own", "day"),
    [
        ("Wed | Mar 13, 2024", "Published: Tuesday | March 5, 2019 | 12:00 AM", dt.date(2019, 3, 5)),
        ("Valmont, March 13th 2024 - 09:12 UTC", "Monday, March 4th 2019 - 08:56 UTC", dt.date(2019, 3, 4)),
        ("• Wednesday, 13 March 2024", "Published Date : March 5, 2019", dt.date(2019, 3, 5)),
        ("Wed | Mar 13, 2024", "Posted on March 5, 2019 by Jane Doe", dt.date(2019, 3, 5)),
        ("Wed | Mar 13, 2024", "By Jane Doe | March 5, 2019 10:22 AM", dt.date(2019, 3, 5)),
        # the article's own date is on or before the day the page was read
        ("Wed | Mar 13, 2024", "Published: March 20, 2024", dt.date(2024, 3, 13)),
        # a dated line that is neither bare, nor published, nor a byline is no date of the article's
        ("March 5, 2019", "Related: Roe opens bridge, March 2, 2019", dt.date(2019, 3, 5)),
        # an update's label is no banner
        ("Updated: March 13, 2024", "March 5, 2019", dt.date(2024, 3, 13)),
    ],
)
def test_a_site_date_banner_above_the_headline_yields_to_the_article_date_under_it(
    banner: str, own: str, day: dt.date
) -> None:
    read = article(banner, "Minister Jane Roe tours the flooded valley of Karota", own, LEAD)
    assert read.published == day
    assert read.headline == "Minister Jane Roe tours the flooded valley of Karota"


def test_a_site_date_banner_yields_past_a_site_name_read_as_the_headline() -> None:
    read = article(
        "Valmont Herald, en Español", "Valmont, March 13th 2024 - 09:12 UTC",
        "Minister tours the flooded valley", "Monday, March 4th 2019 - 08:56 UTC", LEAD,
    )  # fmt: skip
    assert read.published == dt.date(2019, 3, 4)


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("KAROTA, NIGERIA: President Jane Roe arrived in Karota on Wednesday for a two-day visit.", "KAROTA"),
        ("KAROTA, KESTREL DISTRICT: President Jane Roe arrived in Karota on Wednesday for a visit.", "KAROTA"),
        ("KAROTA, KESTREL PROVINCE - President Jane Roe arrived in Karota on Wednesday for a visit.", "KAROTA"),
        # kickers in capitals are no place with its country or district
        ("BREAKING, UPDATE: President Jane Roe arrived in Karota on Wednesday for a two-day visit.", None),
        ("WATCH, LISTEN: President Jane Roe arrived in Karota on Wednesday for a two-day visit.", None),
    ],
)
def test_a_place_in_capitals_with_its_country_or_district_in_capitals_and_a_colon(lead: str, place: str | None) -> None:
    dateline = article("Minister opens bridge in the hills", lead).dateline
    assert (dateline.place if isinstance(dateline, Dateline) else None) == place


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Northern Harmony Party (NHP) Leader Jane Roe began her tour on Saturday with a stop in Karota.", None),
        ("United Valmont Front (UVF) - The party's leader Jane Roe began her tour in Karota on Saturday.", None),
        ("Progressive Union (P.U.) leader Jane Roe began her tour on Saturday with a stop in Karota.", None),
        # a bracket that is no initials of the words before it is still the agency
        ("Kuala Valmont (Bernama) - President Jane Roe began her tour on Saturday in Karota.", "Kuala Valmont"),
        ("Port Karota (KNA) - President Jane Roe began her tour on Saturday in Karota.", "Port Karota"),
    ],
)
def test_a_name_and_its_initials_in_brackets_are_no_place_and_agency(lead: str, place: str | None) -> None:
    dateline = article("Minister opens bridge in the hills", lead).dateline
    assert (dateline.place if isinstance(dateline, Dateline) else None) == place


@pytest.mark.parametrize("code", ["UAE", "USA"])
def test_a_country_by_its_initials_after_the_place_is_no_agency(code: str) -> None:
    lead = f"Karota, {code} – President Jane Roe began her tour on Saturday in Karota, officials said."
    dateline = article("Minister opens bridge in the hills", lead).dateline
    assert isinstance(dateline, Dateline)
    assert (dateline.place, dateline.agency) == ("Karota", "")


def test_a_related_storys_teaser_in_capitals_makes_no_transcript_of_the_page() -> None:
    # a place in capitals opens the lead; a related story's teaser far below opens on another place
    art = Article.from_text(
        " date 2024-03-15\nGovernor tours the border post\n\nKAROTA: Governor Ann Roe, who arrived in Karota this"
        " morning, is scheduled to inspect the new border post on Friday.\n\nShe is accompanied by the minister"
        " for roads and senior officials of the province.\n\nPublish Date : 15 March 2024 10:47 AM\n\n"
        "Council approves the budget\n\nVALDIVIA: The city council approved the budget on Thursday after a long"
        " debate.\n",
        source="x",
    )
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == "KAROTA"


def test_speakers_who_come_back_make_a_transcript_though_lines_part_them() -> None:
    art = Article.from_text(
        " date 2024-03-15\nRoe's last day\n\nANN ROE: After three days in Chile, the Prime Minister is heading home"
        " hopeful, she says.\n\nThe visit ended with a dinner.\n\nJOHN DOE: As the heart of the island, the city"
        " means many things.\n\nThe talks went on.\n\nANN ROE: The minister left the island on Friday morning.\n",
        source="x",
    )
    assert isinstance(art.dateline, Unknown)


# Fourth fresh-page sweep (hdr3)


@pytest.mark.parametrize("title", ["Pres.", "Hon.", "Rev.", "Amb."])
def test_a_title_cut_short_opening_the_lead_is_no_place(title: str) -> None:
    # "Pres. Roe will be here tomorrow": the full stop ends the title's abbreviation, not a place
    lead = f"Prime Minister {title} Jane Roe will be here tomorrow for the opening of the Karota bridge, officials said."
    assert isinstance(article("Roe set here tomorrow", lead).dateline, Unknown)
    lead = f"{title} Jane Roe will be here tomorrow for the opening of the Karota bridge, officials said."
    assert isinstance(article("Roe set here tomorrow", lead).dateline, Unknown)


@pytest.mark.parametrize("site", ["KORU.NZ", "VALNEWS.VN"])
def test_a_sites_name_with_its_countrys_domain_is_no_place(site: str) -> None:
    lead = f"{site} - Prime Minister Jane Roe on March 15 visited workers of the Karota port on duty over the holiday."
    assert isinstance(article("Prime Minister visits port workers", lead).dateline, Unknown)


@pytest.mark.parametrize("dash", ["––", "——"])
def test_a_doubled_long_dash_after_the_place_is_a_long_dash(dash: str) -> None:
    lead = f"KAROTA {dash} Prime Minister Jane Roe arrived in Karota on Sunday at the start of a four-day visit."
    dateline = article("Roe in Karota", lead).dateline
    assert isinstance(dateline, Dateline)
    assert dateline.place == "KAROTA"


def test_a_month_token_splits_off_and_gives_the_dateline_its_year() -> None:
    # " date 2022-11" (the month only) then the dateline on the same line: the token's month gives the year
    art = Article.from_text(
        " date 2022-11 Karota, Nov 10 (PTI) President Jane Roe was given a rousing welcome on Thursday as she"
        " arrived at the Karota airport on a two-day visit.\n",
        source="x",
    )
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == ("Karota", dt.date(2022, 11, 10), "PTI")
    assert isinstance(art.published, Unknown)  # a month is no publication day
    # a day late in the year under a token of January: the year before
    art = Article.from_text(
        " date 2023-01 Karota, Dec 30 (PTI) President Jane Roe arrived at the Karota airport on Friday on a two-day"
        " visit to the state.\n",
        source="x",
    )
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.date == dt.date(2022, 12, 30)


@pytest.mark.parametrize(("line", "place", "agency"), [("KAROTA (WAM)", "KAROTA", "WAM"), ("Valmont (Reuters)", "Valmont", "Reuters")])
def test_a_place_and_an_agencys_bracket_alone_on_a_line_is_the_dateline(line: str, place: str, agency: str) -> None:
    lead = "President Jane Roe arrived in Valmont on Thursday on a state visit, and was welcomed at the airport."
    dateline = article(line, lead).dateline
    assert isinstance(dateline, Dateline)
    assert (dateline.place, dateline.agency) == (place, agency)
    # not a label or a heading in brackets, nor a byline's name
    assert isinstance(article("Opinion (Reuters Breakingviews)", lead).dateline, Unknown)
    assert isinstance(article("Jane Smith (Reuters)", lead).dateline, Unknown)


@pytest.mark.parametrize(
    ("lead", "day", "agency"),
    [
        ("Karota, UAE, March 12 (WAM) -- ", None, "WAM"),
        ("Karota, UAE (UrduPoint / Pakistan Point News - 15 May, 2025) : ", dt.date(2025, 5, 15), "UrduPoint / Pakistan Point News"),
    ],
)
def test_a_place_in_title_case_with_its_countrys_initials_then_the_day_or_agency(
    lead: str, day: dt.date | None, agency: str
) -> None:
    dateline = article("Minister opens bridge", lead + "President Jane Roe arrived in Karota on Thursday.").dateline
    assert isinstance(dateline, Dateline)
    assert (dateline.place, dateline.agency) == ("Karota", agency)
    if day is not None:
        assert dateline.date == day


def test_a_caption_credit_closed_by_pic_run_into_the_dateline() -> None:
    lead = (
        "Sultan Ahmad attended a banquet held for his coronation at the Istana Valmont. ― Reuters picKAROTA, April 24"
        " — Sultan Ahmad attended a royal banquet held here tonight."
    )
    dateline = article("Sultan attends royal banquet", lead).dateline
    assert isinstance(dateline, Dateline)
    assert dateline.place == "KAROTA"


def test_a_date_line_without_its_label_closing_on_the_place_in_capitals() -> None:
    art = article(
        "Chief Minister makes surprise visit to hospital",
        "March 12, 2024 08:29 pm | Updated 08:29 pm IST - KAROTA",
        "Chief Minister Jane Roe made a surprise visit to the Karota Government Hospital on Tuesday.",
    )
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date, art.published) == ("KAROTA", dt.date(2024, 3, 12), dt.date(2024, 3, 12))
    # a wire agency or a section's label closing the line is no place
    for tail in ("PTI", "EDITORIAL", "NEWS"):
        art = article("Minister opens bridge", f"Mar 12, 2024 | {tail}", "Minister Jane Roe opened the Karota bridge on Tuesday.")
        assert isinstance(art.dateline, Unknown)


# Fifth fresh-page sweep (sweep-hdr4)
@pytest.mark.parametrize(
    "furniture",
    [
        "Go to contents",
        "Go to the main site",
        "Navigation for Regional Categories",
        "Menu Content",
        "The Karota Courier Skip Main Navigation",
        "Home > Stories & Features > Regional Focus",
    ],
)
def test_screen_reader_links_and_site_menus_are_no_headline(furniture: str) -> None:
    art = article(furniture, "Governor Jane Roe opens the Karota bridge", LEAD)
    assert art.headline == "Governor Jane Roe opens the Karota bridge"


def test_a_banner_yields_to_the_article_date_beside_a_weekday_cut_short() -> None:
    # "Fri, 29 May 2015 || Nigeria,": a weekday cut short and a country beside the article's own day
    art = article("Tue, 12 Mar 2024", "Governor Jane Roe opens the Karota bridge", "By:", "Fri, 8 May 2015   ||   Karota,", LEAD)
    assert art.published == dt.date(2015, 5, 8)


def test_a_date_line_and_its_clock_run_into_the_lead() -> None:
    art = article("Premier begins trade mission", "Tuesday, 5 March 2019 14:05The Premier is travelling to Karota for a week.")
    assert art.published == dt.date(2019, 3, 5)
    # a sentence opening on a date and an hour, with a space, is no date line
    art = article("Premier begins trade mission", "March 5, 2019 14:05 The Premier is travelling to Karota for a week.")
    assert isinstance(art.published, Unknown)


def test_a_photo_caption_above_its_credit_is_no_headline() -> None:
    art = article(
        "Regional Radio",
        "Island leaders on Karota.",
        "Photo/Jane Roe",
        "Live from the forum: leaders retreat to Karota",
        LEAD,
    )
    assert art.headline == "Live from the forum: leaders retreat to Karota"


def test_a_full_stop_after_a_month_in_a_header_line() -> None:
    art = Article.from_text("Roe arrives in Hanoi\nPosted October. 07, 2011 09:15," + _BODY)
    assert art.published == dt.date(2011, 10, 7)


# --- hdr5: a lead under the scraped token, bylines without "By", issuers, breadcrumbs, sidebars ---------------


@pytest.mark.parametrize(
    "lead",
    [
        "Opposition Leader Mara Tessel made another campaign stop in Fennick-Lowe.",
        "Governor Ivo Brandt visited three flooded villages in the Karota valley.",
        "Mr Brandt inaugurated several new clinics in the districts he toured.",
    ],
)
def test_a_past_tense_sentence_under_the_date_token_is_the_lead(lead: str) -> None:
    art = Article.from_text(f" date 2023-05-30 {lead}\n\n{LEAD}\n")
    assert art.headline == ""
    assert art.body[0].text == lead


@pytest.mark.parametrize(
    "headline",
    [
        "Opposition leader Mara Tessel makes another campaign stop in Fennick",  # present, no full stop
        "Tessel to tour Fennick and Orrin on campaign trail",
        "Flooded villages visited",  # too short for a lead
        "Why Governor Brandt visited three flooded villages in the valley?",
    ],
)
def test_a_headline_under_the_date_token_stays_the_headline(headline: str) -> None:
    art = Article.from_text(f" date 2023-05-30 {headline}\n\n{LEAD}\n")
    assert art.headline == headline


def test_a_short_sentence_before_a_past_one_stays_the_lead() -> None:
    # "... will visit the coast next week." is taken for the lead; a past sentence after it does not skip it
    art = Article.from_text(
        " date 2024-04-03 Tour\n\nMayor Ray Pike will visit the coast next week.\n\n"
        "Pike took office a week ago after the council vote.\n"
    )
    assert art.body[0].text == "Mayor Ray Pike will visit the coast next week."


@pytest.mark.parametrize(
    ("byline", "place"),
    [
        ("Tomas Velde, Staff Correspondent, Karota", None),  # the lead's own dateline comes first
        ("Tomas Velde, Karota", "Karota"),
        ("Adaeze Okonkwo-Bright, Port Orrin", "Port Orrin"),
    ],
)
def test_a_byline_without_by_is_no_headline(byline: str, place: str | None) -> None:
    lead = ("Orrin, March 5, 2024: " if place is None else "") + LEAD
    art = Article.from_text(f" date 2024-03-05 {byline}\n\n{lead}\n")
    assert art.headline == ""
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == (place or "Orrin")


def test_a_place_and_its_country_is_no_byline() -> None:
    art = article("Governor Jane Roe opens the Karota bridge", "Karota, Ghana", LEAD)
    assert not (isinstance(art.dateline, Dateline) and art.dateline.place == "Ghana")


def test_a_name_line_that_the_lead_opens_with_is_no_headline() -> None:
    art = article("President Ivo Brandt", "President Ivo Brandt left for Karota yesterday afternoon for a three-day state visit to the islands.")
    assert art.headline == ""


@pytest.mark.parametrize(
    "issuer",
    ["Karota Executive Council Office", "Office of the Press Secretary", "Press Information Bureau", "Government of Karota"],
)
def test_the_issuing_office_above_a_release_is_no_headline(issuer: str) -> None:
    art = article(issuer, "Premiers meet in Orrin for annual forum", LEAD)
    assert art.headline == "Premiers meet in Orrin for annual forum"
    # alone, with no headline under it, the line stays
    assert article(issuer, LEAD).headline == issuer


def test_a_breadcrumb_run_together_is_no_headline() -> None:
    art = article("NewsKarota CityGovernor Roe Visit", "Governor Roe arrives in Karota, greeted by the mayor", LEAD)
    assert art.headline == "Governor Roe arrives in Karota, greeted by the mayor"
    # one capital inside a word is a name's ("McArdle", "DeVore")
    assert article("DeVore meets McArdle in Karota", LEAD).headline == "DeVore meets McArdle in Karota"


def test_a_sidebar_of_other_stories_and_their_days_gives_no_date() -> None:
    art = article(
        "Five ways to pack for a long weekend - November 6, 2020",
        "Seven tips for a garden party in the rain - November 3, 2020",
        "Governor Roe to visit flood-hit Karota on Aug 23",
        LEAD,
    )
    assert isinstance(art.published, Unknown)
    assert art.headline == "Governor Roe to visit flood-hit Karota on Aug 23"
    # one such line is the page's own title and day
    assert article("Governor Roe tours flood-hit Karota - March 5, 2024", LEAD).published == dt.date(2024, 3, 5)


def test_a_dateline_with_full_stops_and_an_agency_in_mixed_capitals() -> None:
    art = article("Ministers meet in Orrin", "Karota. May 30. KarTAG – " + LEAD)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == ("Karota", "KarTAG")


@pytest.mark.parametrize(("bracket", "agency"), [("The Lantern", "The Lantern"), ("The Gambia", "")])
def test_an_outlets_name_in_brackets_after_the_place(bracket: str, agency: str) -> None:
    art = article("Minister tours the valley", f"Orrin ({bracket}): " + LEAD)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.agency) == ("Orrin", agency)


@pytest.mark.parametrize(
    ("headline", "day"),
    [
        ("Foreign Minister To Visit Karota On Tuesday", dt.date(2020, 12, 29)),
        ("Foreign Minister to visit Karota on Tuesday", dt.date(2020, 12, 29)),
        ("Foreign Minister Returns To Karota On Tuesday", dt.date(2020, 12, 22)),  # "To" a place: no future
    ],
)
def test_a_title_case_headline_with_to_and_a_verb_is_ahead(headline: str, day: dt.date) -> None:
    art = Article.from_text(f" date 2020-12-28 {headline}\n\nThe minister spoke to reporters in the capital about the plans for the week.\n")
    days = [m.span.start for m in art.dates() if m.text.lower() == "on tuesday" and isinstance(m.span, DateSpan)]
    assert days == [day]
