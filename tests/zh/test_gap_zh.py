"""Session gap-zh: readings for causes seen in several Chinese development reports.

Every sentence here is made up (invented people and days, real places so that stops resolve), in the
shape of news copy, simplified and traditional.
"""

from __future__ import annotations

import datetime as dt

from tests.zh.reading import trips_by_person
from timeline.model import DateSpan, Unknown
from timeline.zh import extract_chinese_text
from timeline.zh.article import read_article

# --- rule zh-known-by-end -------------------------------------------------------------------------------


def test_a_journey_dated_only_by_going_home_has_no_span() -> None:
    text = "行政长官钱立方前往哈尔滨出席亚洲冬季运动会开幕式。钱立方将于二月十一日返港。"
    trip = trips_by_person(text, dt.date(2025, 2, 4))["钱立方"]
    assert isinstance(trip.span, Unknown)


def test_a_journey_dated_only_by_going_home_traditional() -> None:
    text = "行政長官錢立方前往哈爾濱出席亞洲冬季運動會開幕式。錢立方將於二月十一日返港。"
    trip = trips_by_person(text, dt.date(2025, 2, 4))["錢立方"]
    assert isinstance(trip.span, Unknown)


def test_a_journey_with_its_start_and_its_way_home_keeps_both() -> None:
    text = "行政长官钱立方将于二月八日前往哈尔滨出席亚洲冬季运动会开幕式,并于二月十一日返港。"
    trip = trips_by_person(text, dt.date(2025, 2, 4))["钱立方"]
    assert isinstance(trip.span, DateSpan)
    assert (trip.span.start, trip.span.end) == (dt.date(2025, 2, 8), dt.date(2025, 2, 11))


# --- rule zh-roc-told-year ------------------------------------------------------------------------------


def test_a_year_told_in_the_roc_calendar_dates_a_report_with_no_day() -> None:
    text = "雲林縣副縣長錢立方於今(113)年12月2日前往花蓮縣進行縣政交流。"
    doc = extract_chinese_text(text, published=None)
    trip = {t.person.name: t for t in doc.trips}["錢立方"]
    assert isinstance(trip.span, DateSpan)
    assert trip.span.start == dt.date(2024, 12, 2)


def test_a_year_told_in_the_roc_calendar_in_chinese_numerals() -> None:
    text = "監察委員錢立方於本(九十三)年六月十七日赴花蓮縣巡察。"
    doc = extract_chinese_text(text, published=None)
    trip = {t.person.name: t for t in doc.trips}["錢立方"]
    assert isinstance(trip.span, DateSpan)
    assert trip.span.start == dt.date(2004, 6, 17)


def test_the_roc_year_in_brackets_is_no_day() -> None:
    text = "雲林縣副縣長錢立方於今(113)年前往花蓮縣進行縣政交流。"
    doc = extract_chinese_text(text, published=dt.date(2024, 12, 5))
    assert not any(d.text.startswith("今(113)") and d.text != "今(113)年" for d in doc.dates)


def test_a_two_digit_header_year_is_of_the_roc_year_the_text_tells() -> None:
    text = "監委巡察花蓮縣\n\n日期:93-06-24\n\n監察委員錢立方於本(九十三)年六月十七日赴花蓮縣巡察。"
    assert read_article(text).published == dt.date(2004, 6, 24)


def test_a_two_digit_header_year_with_no_roc_year_told_stays_of_the_century() -> None:
    text = "監委巡察花蓮縣\n\n日期:93-06-24\n\n監察委員錢立方於六月十七日赴花蓮縣巡察。"
    assert read_article(text).published == dt.date(1993, 6, 24)
