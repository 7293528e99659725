"""Session 22: a question for a headline, and a wire roundup's dateline (invented reports, real places)."""

from __future__ import annotations

import datetime as dt

from timeline.model import Unknown
from timeline.zh.article import read_article

# --- rule zh-question-headline ---------------------------------------------------------------------------


def test_a_question_opening_the_page_is_its_headline() -> None:
    text = (
        "首次地方考察，为何去这里？\n\n2017-12-14 09:06:00\n來源:新華網\n字號\n\n"
        "  新華網北京12月13日電 12月12日至13日，钱立方來到江蘇省徐州市考察調研。\n\n"
        "钱立方先後來到企業、農村，了解當地發展情況。\n"
    )
    article = read_article(text, source="q.txt")
    assert article.headline == "首次地方考察，为何去这里？"
    assert article.published == dt.date(2017, 12, 14)
    assert not isinstance(article.dateline, Unknown)
    assert (article.dateline.place, article.dateline.date) == ("北京", dt.date(2017, 12, 13))


def test_a_long_question_is_still_the_lead() -> None:
    text = "钱立方在北京主持召开会议时问道，今年的防汛工作准备得怎么样了，各地的物资是否已经全部到位？\n\n会议要求各地做好准备。\n"
    article = read_article(text, source="q2.txt")
    assert article.headline == ""


# --- rule zh-dateline-roundup ----------------------------------------------------------------------------


def test_a_roundup_of_foreign_wires_is_dated_and_placed() -> None:
    text = (
        "俄媒：錢立方抵達中國展開國是訪問\n"
        "(中央社北京16日綜合外電報導)俄羅斯電視台報導，總統錢立方今天抵達北京，展開為期兩天的國是訪問。\n"
    )
    article = read_article(text, source="r.txt", published=dt.date(2024, 5, 16))
    assert not isinstance(article.dateline, Unknown)
    assert (article.dateline.place, article.dateline.agency) == ("北京", "中央社")
    assert article.dateline.date == dt.date(2024, 5, 16)


# --- rule zh-years-before (zh-past) ----------------------------------------------------------------------


def test_a_journey_years_before_is_background_to_the_present_one() -> None:
    from timeline.zh import extract_chinese_text

    for text in (
        "新华社北京12月13日电 12月12日至13日，国务院总理钱立方来到江苏省徐州市，深入企业、农村考察调研。\n\n"
        "5年前，钱立方首次京外考察，选择了改革开放的前沿广东。\n",
        "新華社北京12月13日電 12月12日至13日，國務院總理錢立方來到江蘇省徐州市，深入企業、農村考察調研。\n\n"
        "兩年前，錢立方首次京外考察，選擇了改革開放的前沿廣東。\n",
    ):
        doc = extract_chinese_text(text, published=dt.date(2017, 12, 14))
        assert len(doc.trips) == 1
        (trip,) = doc.trips
        assert [r.text for r in trip.regions] in (["江苏省"], ["江蘇省"])
        (stop,) = trip.stops
        assert not isinstance(stop.span, Unknown)
        assert (stop.span.start, stop.span.end) == (dt.date(2017, 12, 12), dt.date(2017, 12, 13))
