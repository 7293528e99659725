"""Map and timeline labels in the report's script, the other script in popups and tooltips, the
system's CJK fonts and no web font (issue 15, item 7)."""

from __future__ import annotations

import datetime as dt
import html
import json
import re

import pytest

from gazetteer.model import Place, PlaceKind, Resolved
from timeline.model import DateSpan, Evidence, Itinerary, Person, Source, Stop, Title, Trip, TripKind
from timeline.rendering import map_html, render_page, render_timeline
from timeline.rendering._names import LANG_CODES

NINGBO = Place(1799397, "Ningbo", PlaceKind.CITY, "CN", "02", 29.8782, 121.5494)
ZHOUSHAN = Place(1886762, "Zhoushan", PlaceKind.CITY, "CN", "02", 29.9887, 122.2049)
ZHEJIANG = Place(1784764, "Zhejiang", PlaceKind.ADMIN1, "CN", "02", 29.1084, 119.97, division="Province")
DAY = dt.date(2025, 10, 9)


def _trip(person: Person, stops: list[tuple[str, Place]], region: str, sentence: str, path: str) -> Trip:
    evidence = (Evidence(0, len(sentence), sentence, "t"),)
    return Trip(
        person,
        kind=TripKind.INSPECTION,
        span=DateSpan(DAY, DAY + dt.timedelta(days=len(stops) - 1)),
        regions=(Resolved(region, ZHEJIANG, "unique"),),
        stops=tuple(
            Stop(Resolved(text, place, "unique"), DateSpan.day(DAY + dt.timedelta(days=i)), evidence)
            for i, (text, place) in enumerate(stops)
        ),
        evidence=evidence,
        sources=(Source(path, sentence[:20], DAY),),
    )


CHINESE = _trip(
    Person("李强", Title("国务院总理"), ("Li Qiang", "总理"), pinyin="Li Qiang"),
    [("宁波", NINGBO), ("舟山", ZHOUSHAN)],
    "浙江",
    "中共中央政治局常委、国务院总理李强9日在浙江宁波考察，10日来到舟山。",
    "zh.txt",
)
TRADITIONAL = _trip(
    Person("李強", Title("國務院總理"), ("Li Qiang",), pinyin="Li Qiang"),
    [("寧波", NINGBO)],
    "浙江",
    "國務院總理李強9日在浙江寧波考察，強調要推動高質量發展，這是他今年第三次來到浙江。",
    "zht.txt",
)
ENGLISH = _trip(
    Person("Li Qiang", Title("Premier"), ("Li", "the premier")),
    [("the city of Ningbo", NINGBO), ("Zhoushan", ZHOUSHAN)],
    "Zhejiang",
    "Chinese Premier Li Qiang inspected the city of Ningbo in Zhejiang Province.",
    "en.txt",
)


def data_of(page: str) -> dict:
    (block,) = re.findall(r'<script type="application/json" class="tl-data"\s+id="[^"]+">(.*?)</script>', page, re.S)
    return json.loads(block)  # type: ignore[no-any-return]


def _stops(page: str) -> list[tuple[str, str, tuple[str, str]]]:
    data = data_of(page)
    strings = data["strings"]
    return [
        (strings[r[4]], strings[r[9]] if r[9] >= 0 else "", LANG_CODES[r[10]]) for r in data["stops"]
    ]


def test_a_chinese_report_is_labelled_in_chinese_with_the_gazetteer_name_in_the_popup() -> None:
    data = data_of(map_html(Itinerary((CHINESE,)), tiles=None))
    assert data["people"] == [["李强", "国务院总理", data["people"][0][2], "Li Qiang", 1]]
    assert _stops(map_html(Itinerary((CHINESE,)), tiles=None)) == [
        ("宁波", "Ningbo", ("zh-Hans", "en")),
        ("舟山", "Zhoushan", ("zh-Hans", "en")),
    ]


def test_an_english_report_is_labelled_in_english_with_the_chinese_name_in_the_popup() -> None:
    page = map_html(Itinerary((ENGLISH,)), tiles=None)
    data = data_of(page)
    # 李强: the Chinese reader's leaders, by pinyin; 宁波: the gazetteer's Chinese names
    assert data["people"] == [["Li Qiang", "Premier", data["people"][0][2], "李强", 3]]
    assert _stops(page) == [("Ningbo", "宁波", ("", "zh-Hans")), ("Zhoushan", "舟山", ("", "zh-Hans"))]


def test_a_traditional_report_is_labelled_in_its_own_script() -> None:
    page = map_html(Itinerary((TRADITIONAL,)), tiles=None)
    data = data_of(page)
    assert data["people"][0][0] == "李強"
    assert LANG_CODES[data["people"][0][4]] == ("zh-Hant", "en")
    assert _stops(page) == [("寧波", "Ningbo", ("zh-Hant", "en"))]
    chart = render_timeline(Itinerary((TRADITIONAL,)))
    assert '<span lang="zh-Hant">李強</span>' in chart
    assert '<span class="tl-label" lang="zh-Hant">1. 寧波</span>' in chart


def test_one_person_in_both_scripts_is_one_row_labelled_as_first_written() -> None:
    later = Trip(ENGLISH.person, span=DateSpan.day(dt.date(2025, 12, 1)), stops=ENGLISH.stops[:1],
                 sources=(Source("en2.txt"),))  # fmt: skip
    data = data_of(map_html(Itinerary((CHINESE, later)), tiles=None))
    assert [p[0] for p in data["people"]] == ["李强"]
    assert [t[0] for t in data["trips"]] == [0, 0]
    assert _stops(map_html(Itinerary((CHINESE, later)), tiles=None))[-1] == ("Ningbo", "宁波", ("", "zh-Hans"))
    chart = render_timeline(Itinerary((CHINESE, later)))
    assert chart.count('class="tl-row"') == 1


def test_the_timeline_labels_in_the_report_script_and_hovers_the_other() -> None:
    chart = render_timeline(Itinerary((CHINESE,)))
    assert '<div class="tl-who" title="Li Qiang">' in chart
    assert '<span lang="zh-Hans">李强</span><small lang="zh-Hans">国务院总理</small>' in chart
    assert '<span class="tl-label" lang="zh-Hans">1. 宁波</span>' in chart
    hovers = [html.unescape(t) for t in re.findall(r'title="([^"]*)"', chart)]
    assert any(h.startswith("1. 宁波 (Ningbo)\n9 Oct 2025\n李强 (Li Qiang), 国务院总理") for h in hovers)

    english = render_timeline(Itinerary((ENGLISH,)))
    assert '<div class="tl-who" title="李强">' in english
    assert '<span class="tl-label">1. Ningbo</span>' in english
    assert 'lang="zh' not in english.split("<body")[1].replace('title="李强"', "")
    hovers = [html.unescape(t) for t in re.findall(r'title="([^"]*)"', english)]
    assert any(h.startswith("1. Ningbo (宁波)\n9 Oct 2025\nLi Qiang (李强), Premier") for h in hovers)


def test_chinese_labels_are_measured_as_wide_characters() -> None:
    from timeline.rendering.timeline import _text_px

    assert _text_px("1. 宁波市", "stop") == pytest.approx(3 * 7.4 + 3 * 14.0)
    assert _text_px("1. Ningbo", "stop") == pytest.approx(9 * 7.4)


@pytest.mark.parametrize("render", [
    lambda it: map_html(it, tiles=None), lambda it: render_page(it, tiles=None), render_timeline,
])  # fmt: skip
def test_pages_use_system_cjk_fonts_and_no_web_font(render) -> None:  # type: ignore[no-untyped-def]
    page = render(Itinerary((CHINESE, TRADITIONAL, ENGLISH)))
    assert "@font-face" not in page
    assert not re.search(r"\.(woff2?|ttf|otf)\b", page)
    assert "fonts.googleapis" not in page
    assert '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC"' in page
    assert ':lang(zh-Hant) { --tl-font: "Noto Sans CJK TC"' in page
    assert render(Itinerary((CHINESE, TRADITIONAL, ENGLISH))) == page  # the same bytes run to run


def test_popups_and_tooltips_carry_the_other_script() -> None:
    script = map_html(Itinerary(()), tiles=None)
    # the page script writes the other script beside the name in the stop popup, the tooltip and
    # the trip popup's traveller (the data above gives it)
    assert "named(r[1] + '. ' + S[r[4]], other(r[9]), r[10])" in script
    assert "function personHtml(p) { return named(p[0], p[3], p[4])" in script
