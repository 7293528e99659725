"""Chinese reading: each rule on a sentence written in the shape of Xinhua copy."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer.model import Resolved
from timeline import Article, extract_document
from timeline.model import DateSpan, Precision, TripKind, TripStatus, Unknown
from timeline.zh import detect, extract_chinese_text, pinyin_name, read_article
from timeline.zh.dates import find_dates
from timeline.zh.numerals import number
from timeline.zh.people import find_people
from timeline.zh.places import find_places
from timeline.zh.script import to_simplified

ANCHOR = dt.date(2024, 6, 5)

XINHUA = """习近平在广东考察
2024-06-05 08:28:01  来源：新华网
当前位置：新闻 > 中国新闻 > 正文
新华社广州6月5日电（记者 张三 李四）中共中央总书记、国家主席、中央军委主席习近平6月3日至4日在广东考察。
中共中央政治局委员、中央办公厅主任蔡奇陪同考察。
3日下午，习近平来到深圳市，考察了前海。
4日上午，习近平前往汕头市，在小公园开埠区考察。
图为习近平在深圳考察。新华社记者 王五 摄
责任编辑：赵六
"""


# --- language -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("国务院总理李强近日在广东考察调研。", "zh-Hans"),
        ("國務院總理李強近日在廣東考察調研。", "zh-Hant"),
        ("Premier Li Qiang visited Guangdong on Monday.", "en"),
        ("Xi Jinping (习近平) visited Guangdong, the report said in English throughout.", "en"),
    ],
)
def test_language_cjk_share_and_script_specific(text, lang):
    assert detect(text) == lang


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=200))
def test_language_ascii_is_never_chinese(text):
    assert detect(text) == "en"


# --- script ---------------------------------------------------------------------------------


@given(st.text(alphabet="國務院總理李強廣東視察調研當天週二，。\n abc", max_size=80))
def test_script_same_length_keeps_offsets(text):
    assert len(to_simplified(text)) == len(text)


# --- numerals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("十", 10), ("十一", 11), ("二十三", 23), ("三十一", 31), ("二〇二四", 2024), ("１２", 12)],
)
def test_numerals(text, value):
    assert number(text) == value


# --- article --------------------------------------------------------------------------------


def test_article_header_headline_dateline_captions():
    art = read_article(XINHUA, source="x.txt")
    assert art.headline == "习近平在广东考察"
    assert art.published == dt.date(2024, 6, 5)
    assert art.published_time == dt.time(8, 28, 1)
    assert art.publisher == "新华网"
    assert art.dateline.place == "广州"
    assert art.dateline.agency == "新华社"
    assert art.dateline.date == dt.date(2024, 6, 5)
    assert art.dateline.evidence.rule == "zh-dateline"
    kinds = [p.kind.value for p in art.paragraphs]
    assert kinds == [
        "header",
        "header",
        "boilerplate",
        "body",
        "body",
        "body",
        "body",
        "caption",
        "boilerplate",
    ]


@pytest.mark.parametrize(
    ("line", "place", "day"),
    [
        (
            "新华社北京10月11日电（记者 张三 李四）国务院总理李强11日在京会见外宾。",
            "北京",
            dt.date(2023, 10, 11),
        ),
        ("人民网北京6月5日电 据报道，", "北京", dt.date(2024, 6, 5)),
        ("本报北京6月5日电 记者报道，", "北京", dt.date(2024, 6, 5)),
        ("新华社杭州十月十一日电 据报道，", "杭州", dt.date(2023, 10, 11)),
    ],
)
def test_article_dateline_year_from_publication(line, place, day):
    art = read_article(f"发布时间：2024年06月05日 08:28\n{line}\n")
    assert art.dateline.place == place
    assert art.dateline.date == day


def test_article_agency_only_dateline():
    art = read_article("发布时间：2024年06月05日 08:28\n央视网消息：国务院总理李强近日在广东考察。\n")
    assert art.dateline.agency == "央视网"
    assert isinstance(art.dateline.date, Unknown)


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "rule", "start", "end"),
    [
        ("2024年6月2日", "zh-ymd", "2024-06-02", "2024-06-02"),
        ("二〇二四年六月二日", "zh-ymd", "2024-06-02", "2024-06-02"),
        ("6月2日", "zh-md", "2024-06-02", "2024-06-02"),
        ("2日下午", "zh-d", "2024-06-02", "2024-06-02"),
        ("2日至4日", "zh-range", "2024-06-02", "2024-06-04"),
        ("6月2日至4日", "zh-range", "2024-06-02", "2024-06-04"),
        ("10月30日至11月2日", "zh-range", "2024-10-30", "2024-11-02"),
        ("12月28日至1月3日", "zh-range", "2023-12-28", "2024-01-03"),
        ("今天", "zh-relative-day", "2024-06-05", "2024-06-05"),
        ("昨天", "zh-relative-day", "2024-06-04", "2024-06-04"),
        ("前天", "zh-relative-day", "2024-06-03", "2024-06-03"),
        ("星期二", "zh-weekday", "2024-06-04", "2024-06-04"),
        ("週二", "zh-weekday", "2024-06-04", "2024-06-04"),
        ("上周", "zh-week", "2024-05-27", "2024-06-02"),
        ("今年6月上旬", "zh-ym", "2024-06-01", "2024-06-10"),
        ("去年", "zh-year", "2023-01-01", "2023-12-31"),
    ],
)
def test_dates_rules(phrase, rule, start, end):
    (mention,) = find_dates(phrase, ANCHOR)
    assert mention.evidence.rule == rule
    assert isinstance(mention.span, DateSpan)
    assert (str(mention.span.start), str(mention.span.end)) == (start, end)


def test_dates_same_day_and_next_day_follow_the_last_day():
    spans = [m.span for m in find_dates("6月2日上午抵达，当天下午考察，次日离开。", ANCHOR)]
    assert [s.start for s in spans] == [dt.date(2024, 6, 2), dt.date(2024, 6, 2), dt.date(2024, 6, 3)]


@pytest.mark.parametrize("word", ["近日", "日前", "近期"])
def test_dates_vague_is_unknown_with_its_interval(word):
    (mention,) = find_dates(word, ANCHOR)
    assert isinstance(mention.span, Unknown)
    assert mention.span.reason.startswith("vague")
    assert "2024-06-05" in mention.span.reason


def test_dates_month_precision():
    (mention,) = find_dates("2024年6月", ANCHOR)
    assert mention.span.precision is Precision.MONTH


@given(st.integers(1, 12), st.integers(1, 28))
def test_dates_month_day_evidence_is_the_slice(month, day):
    text = f"某人{month}月{day}日在某地。"
    (mention,) = find_dates(text, ANCHOR)
    assert text[mention.evidence.start : mention.evidence.end] == mention.evidence.text == f"{month}月{day}日"
    assert (mention.span.start.month, mention.span.start.day) == (month, day)


# --- people ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "中共中央总书记、国家主席、中央军委主席习近平近日在广东考察",
            "习近平",
            ("中共中央总书记", "国家主席", "中央军委主席"),
        ),
        ("国务院总理李强在浙江调研", "李强", ("国务院总理",)),
        (
            "中共中央政治局常委、全国人大常委会委员长赵乐际6月3日在四川调研",
            "赵乐际",
            ("中共中央政治局常委", "全国人大常委会委员长"),
        ),
        ("省委书记王浩陪同", "王浩", ("省委书记",)),
        ("会见了国家主席习近平", "习近平", ("国家主席",)),
    ],
)
def test_people_titled_name(text, name, titles):
    (mention,) = find_people(text)
    assert (mention.name, mention.titles) == (name, titles)


@pytest.mark.parametrize(
    ("zh", "py"),
    [("李强", "Li Qiang"), ("习近平", "Xi Jinping"), ("赵乐际", "Zhao Leji"), ("欧阳修", "Ouyang Xiu")],
)
def test_people_pinyin(zh, py):
    assert pinyin_name(zh) == py


# --- places ---------------------------------------------------------------------------------


def test_places_province_and_city_run_together():
    text = "在浙江宁波考察，随后前往浙江省杭州市。"
    found = find_places(text, text)
    assert [text[p.start : p.end] for p in found] == ["浙江", "宁波", "浙江省", "杭州市"]
    assert [p.ref.place.name for p in found] == ["Zhejiang", "Ningbo", "Zhejiang", "Hangzhou"]
    assert found[1].ref.rule == "zh-preceding-province"
    assert found[0].is_region
    assert not found[1].is_region


def test_places_foreign_countries_and_capitals():
    text = "出访俄罗斯并抵达莫斯科"
    assert [p.ref.place.name for p in find_places(text, text)] == ["Russia", "Moscow"]


def test_places_are_found_as_well_skipping_to_the_characters_names_open_on(monkeypatch):
    # find_places skips in one scan to the next character a name opens on: the same places as trying
    # every character ("抵达曼谷": 达 ends 抵达, no Dammam; names run together, a span's edges)
    import re

    from timeline.zh import places

    texts = ["在浙江宁波考察，随后前往浙江省杭州市。", "他抵达曼谷后飞往莫斯科和巴黎。", "莅临沂水县某镇余村", "abc宁波", "宁波"]
    spans = [(t, a, b) for t in texts for a, b in ((0, None), (1, None), (2, len(t) - 1))]
    fast = [[(p.start, p.end, repr(p.ref)) for p in find_places(t, t, a, b)] for t, a, b in spans]
    monkeypatch.setattr(places, "_openers", lambda: re.compile(r"[\s\S]"))
    slow = [[(p.start, p.end, repr(p.ref)) for p in find_places(t, t, a, b)] for t, a, b in spans]
    assert fast == slow
    assert any(fast)


# --- trips ----------------------------------------------------------------------------------


def test_trip_inspection_with_span_stops_companion():
    doc = extract_chinese_text(XINHUA, source="x.txt")
    (trip,) = doc.trips
    assert trip.person.name == "习近平"
    assert trip.person.aliases[0] == "Xi Jinping"
    assert trip.kind is TripKind.INSPECTION
    assert trip.status is TripStatus.MADE
    assert trip.span == DateSpan(dt.date(2024, 6, 3), dt.date(2024, 6, 4))
    assert [r.place.name for r in trip.regions] == ["Guangdong"]
    assert [(s.place.place.name, s.span.start.day) for s in trip.stops] == [("Shenzhen", 3), ("Shantou", 4)]
    assert [c.name for c in trip.companions] == ["蔡奇"]
    for ev in trip.evidence + tuple(e for s in trip.stops for e in s.evidence):
        assert XINHUA[ev.start : ev.end] == ev.text


def test_trip_research_and_vague_span():
    doc = extract_chinese_text("新华社成都6月5日电 国务院总理李强近日在四川成都调研。", published=ANCHOR)
    (trip,) = doc.trips
    assert trip.kind is TripKind.RESEARCH
    assert isinstance(trip.span, Unknown)
    assert trip.span.reason.startswith("vague")
    assert [s.place.place.name for s in trip.stops] == ["Chengdu"]


def test_trip_planned():
    doc = extract_chinese_text(
        "新华社北京6月5日电 外交部发言人宣布，国家主席习近平将于6月10日至12日对哈萨克斯坦进行国事访问。",
        published=ANCHOR,
    )
    (trip,) = doc.trips
    assert trip.status is TripStatus.PLANNED
    assert trip.kind is TripKind.VISIT
    assert trip.span == DateSpan(dt.date(2024, 6, 10), dt.date(2024, 6, 12))
    assert [r.place.name for r in trip.regions] == ["Kazakhstan"]


def test_trip_meeting_is_no_trip():
    doc = extract_chinese_text("新华社北京6月5日电 国家主席习近平5日在人民大会堂会见外宾。", published=ANCHOR)
    assert doc.trips == ()


def test_traditional_report_offsets_into_original():
    text = "新華社廣州6月5日電 國務院總理李強6月3日至4日在廣東深圳考察。\n"
    doc = extract_chinese_text(text, published=ANCHOR)
    (trip,) = doc.trips
    assert trip.person.name == "李強"
    assert trip.person.aliases[0] == "Li Qiang"
    assert [s.place.place.name for s in trip.stops] == ["Shenzhen"]
    assert trip.evidence[0].text == text[trip.evidence[0].start : trip.evidence[0].end]
    assert "國務院" in trip.evidence[0].text
    assert doc.dateline.place == "廣州"


def test_pipeline_dispatches_chinese():
    doc = extract_document(Article.from_text(XINHUA, source="x.txt"))
    assert doc.trips
    assert doc.trips[0].person.name == "习近平"
    assert isinstance(doc.trips[0].stops[0].place, Resolved)


# --- merging with English -------------------------------------------------------------------


def test_chinese_and_english_reports_of_one_trip_merge():
    from timeline.itinerary import build_itinerary

    zh = extract_document(Article.from_text(XINHUA, source="zh.txt"))
    en_text = (
        "Xi inspects Guangdong\n"
        "SHENZHEN, June 4 (Xinhua) -- Chinese President Xi Jinping, also general secretary of the Communist"
        " Party of China Central Committee, inspected the city of Shenzhen in south China's Guangdong"
        " Province on Monday.\n"
    )
    en = extract_document(Article.from_text(f"2024-06-04\n{en_text}", source="en.txt"))
    assert en.trips, "the English reader found the trip"
    itinerary = build_itinerary([zh, en])
    (trip,) = itinerary.trips
    assert {s.path for s in trip.sources} == {"zh.txt", "en.txt"}
    assert trip.person.name == "习近平"


def test_date_token_kicker_and_date_line_before_the_lead() -> None:
    from timeline.zh.article import read_article

    token = read_article(" date 2026-02-03 《新華社》報道，國務院總理李強星期一（2月2日）在山東調研。\n")
    assert token.published == dt.date(2026, 2, 3)
    kicker = read_article(
        "进一步加强和改进党的建设\n孙春兰赴三明市调研\nhttp://wmf.fjsen.com 2009-12-17 18:03   来源:福建日报\n"
        "12月15日至16日，孙春兰在三明市调研。\n"
    )
    assert kicker.published == dt.date(2009, 12, 17)


def test_titles_as_written_without_the_country() -> None:
    doc = extract_document(
        Article.from_text(
            "據新華網報道，中國國務院總理李克強31日中午乘專機抵達首爾，開始對韓國進行正式訪問。\n"
        )
    )
    assert doc.trips
    assert doc.trips[0].person.title is not None
    assert doc.trips[0].person.title.name == "國務院總理"


def test_a_stated_length_a_foreign_capital_and_slogan_place_names() -> None:
    doc = extract_document(
        Article.from_text(
            " date 2016-07-19 国务院总理李克强16日结束为期四天的蒙古国之行返回北京。\n"
            "李克强总理13日抵达乌兰巴托，出席亚欧首脑会议并对蒙古国进行正式访问，签署合作文件，推动友好交流。\n"
        )
    )
    (trip,) = doc.trips
    assert trip.span == DateSpan(dt.date(2016, 7, 13), dt.date(2016, 7, 16))
    assert [s.place.place.name for s in trip.stops if isinstance(s.place, Resolved)] == ["Ulan Bator"]


@pytest.mark.parametrize(
    "header",
    [
        "——推动乡村振兴再上新台阶2023-09-16\n",  # the date ends the subtitle line
        "——推动乡村振兴再上新台阶\n2023-09-16\n",  # the date on a line of its own
        "2023-09-16\n——推动乡村振兴再上新台阶\n",  # the date before the subtitle
        "\n  --推动乡村振兴再上新台阶 2023-09-16  \n\n",  # blank lines, indent, a hyphen dash
    ],
)
def test_a_date_on_a_subtitle_line_dates_the_report_whatever_the_layout(header: str) -> None:
    text = (
        "王某到江西赣州调研\n"
        + header
        + "来源:某某日报\n原标题:推动乡村振兴再上新台阶\n\n"
        "  9月15日,省委书记王某到赣州市,深入农村、企业等地进行调研。\n"
    )
    article = read_article(text)
    assert article.published == dt.date(2023, 9, 16)
    assert article.headline == "王某到江西赣州调研"
    (trip,) = extract_chinese_text(text).trips
    assert trip.span == DateSpan(dt.date(2023, 9, 15), dt.date(2023, 9, 15))
