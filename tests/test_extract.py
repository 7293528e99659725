"""Trip extraction: properties over generated reports, and the reader's rules one by one."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer.model import Resolved, Unresolved
from timeline.errors import ArticleError
from timeline.extract import extract_text
from timeline.model import DateSpan, TripKind, TripStatus, Unknown

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

LEADERS = [
    ("Premier", "Li Qiang", "Li"),
    ("Vice Premier", "Ding Xuexiang", "Ding"),
    ("Vice Premier", "He Lifeng", "He"),
    ("Vice Premier", "Liu Guozhong", "Liu"),
    ("Vice Premier", "Zhang Guoqing", "Zhang"),
    ("President", "Xi Jinping", "Xi"),
]
# (city, its geonameid, province, the direction word Xinhua uses)
PLACES = [
    ("Ningbo", 1799397, "Zhejiang", "east"),
    ("Wenzhou", 1791388, "Zhejiang", "east"),
    ("Nanjing", 1799962, "Jiangsu", "east"),
    ("Wuxi", 1790923, "Jiangsu", "east"),
    ("Chengdu", 1815286, "Sichuan", "southwest"),
    ("Guiyang", 1809461, "Guizhou", "southwest"),
    ("Xi'an", 1790630, "Shaanxi", "northwest"),
    ("Harbin", 2037013, "Heilongjiang", "northeast"),
    ("Wuhan", 1791247, "Hubei", "central"),
    ("Kunming", 1804651, "Yunnan", "southwest"),
]


def _dateline_date(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}"


@st.composite
def reports(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    """A Xinhua-style report of one research trip, and what it says."""
    title, name, surname = draw(st.sampled_from(LEADERS))
    city, geonameid, province, direction = draw(st.sampled_from(PLACES))
    anchor = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2035, 12, 31)))
    length = draw(st.integers(min_value=1, max_value=4))
    end = anchor - dt.timedelta(days=draw(st.integers(min_value=0, max_value=2)))
    start = end - dt.timedelta(days=length - 1)
    published = anchor + dt.timedelta(days=draw(st.integers(min_value=0, max_value=2)))
    kind_words, kind = draw(
        st.sampled_from([("research trip", TripKind.RESEARCH), ("inspection tour", TripKind.INSPECTION)])
    )
    span_words = (
        f"on {WEEKDAYS[start.weekday()]}"
        if length == 1
        else f"from {WEEKDAYS[start.weekday()]} to {WEEKDAYS[end.weekday()]}"
    )
    text = (
        f"Chinese {title.lower()} calls for efforts to boost innovation\n\n"
        f"{published.isoformat()}\n\n"
        f"BEIJING, {_dateline_date(anchor)} (Xinhua) -- Chinese {title} {name} has called for efforts to "
        f"boost innovation in manufacturing.\n\n"
        f"{surname} made the remarks during a {kind_words} in {direction} China's {province} Province "
        f"{span_words}.\n\n"
        f"In the city of {city}, {surname} visited several enterprises and learned about their research "
        f"and development.\n\n"
        f"Efforts should be made to support small firms, {surname} said.\n"
    )
    return text, {
        "name": name,
        "title": title,
        "start": start,
        "end": end,
        "city": geonameid,
        "province": province,
        "kind": kind,
    }


@given(reports())
def test_generated_report_reads_back(report: tuple[str, dict[str, object]]) -> None:
    text, truth = report
    doc = extract_text(text, source="generated.txt")
    assert len(doc.trips) == 1, text
    trip = doc.trips[0]
    assert trip.person.name == truth["name"]
    assert trip.person.title is not None
    assert trip.person.title.name == truth["title"]
    assert trip.kind is truth["kind"]
    assert trip.status is TripStatus.MADE
    assert isinstance(trip.span, DateSpan), text
    assert (trip.span.start, trip.span.end) == (truth["start"], truth["end"]), text
    assert [r.place.name for r in trip.regions if isinstance(r, Resolved)] == [truth["province"]]
    assert [s.place.place.geonameid for s in trip.stops if isinstance(s.place, Resolved)] == [truth["city"]]
    for stop in trip.stops:
        if isinstance(stop.span, DateSpan):
            assert stop.span in trip.span
    for evidence in (*trip.evidence, *(e for s in trip.stops for e in s.evidence)):
        assert text[evidence.start : evidence.end] == evidence.text


@given(st.text(max_size=400))
def test_extraction_never_raises_on_arbitrary_text(text: str) -> None:
    try:
        doc = extract_text(text, source="fuzz.txt")
    except ArticleError as err:
        error = err
    else:
        error = None
    if error is not None:
        assert error.path == "fuzz.txt"
        assert error.reason
        return
    for trip in doc.trips:
        if isinstance(trip.span, DateSpan):
            assert trip.span.start <= trip.span.end


NEAR_MISSES = [
    "BEIJING, Feb. 30 (Xinhua) -- Premier Li Qiang made an inspection tour in Hebei Province from "
    "Saturday to Thursday.",
    "BEIJING, Nov. 31 (Xinhua) -- Premier Li Qiang visited Hebei Province from Nov. 31 to Dec. 2.",
    "BEIJING (Xinhua) -- Premier Li Qiang made a research trip in Hebei Province from Monday to Tuesday.",
    "BEIJING, Dec. 31, 9999 (Xinhua) -- Premier Li Qiang made a research trip in Hebei Province on Friday.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_never_raise(text: str) -> None:
    doc = extract_text(text, source="near.txt")
    for trip in doc.trips:
        assert isinstance(trip.span, DateSpan | Unknown)


def _one_trip(text: str) -> object:
    doc = extract_text(text, source="case.txt")
    assert len(doc.trips) == 1, [t.person.name for t in doc.trips]
    return doc.trips[0]


def test_meeting_in_the_capital_is_not_a_trip() -> None:
    doc = extract_text(
        "Premier meets business leaders\n\n2025-03-05\n\nBEIJING, March 4 (Xinhua) -- Chinese Premier Li Qiang "
        "met with foreign business leaders in Beijing on Tuesday and called for deeper cooperation.\n\n"
        "Li said China will continue to open up.\n",
        source="meeting.txt",
    )
    assert doc.trips == ()


def test_a_second_level_division_visited_is_a_stop() -> None:
    doc = extract_text(
        "Starmer tours flood-hit Cornwall\n\n2025-03-04\n\nLONDON, March 4 (Xinhua) -- British Prime Minister "
        "Keir Starmer visited Cornwall and Devon on Monday to see the damage left by the storms.\n\n"
        "In Truro, Starmer met emergency workers.\n",
        source="counties.txt",
    )
    assert len(doc.trips) == 1
    trip = doc.trips[0]
    assert trip.span == DateSpan(dt.date(2025, 3, 3), dt.date(2025, 3, 3))
    stops = [(s.place.place.name, s.place.place.kind.value) for s in trip.stops if isinstance(s.place, Resolved)]
    assert stops[:2] == [("Cornwall", "admin2"), ("Devon", "admin2")]
    assert ("Truro", "town") in stops


def test_planned_visit_is_marked_planned() -> None:
    doc = extract_text(
        "Premier to visit Kazakhstan\n\n2025-06-10\n\nBEIJING, June 10 (Xinhua) -- Chinese Premier Li Qiang "
        "will pay an official visit to Kazakhstan from June 16 to 18, a spokesperson announced on Tuesday.\n",
        source="planned.txt",
    )
    assert len(doc.trips) == 1
    trip = doc.trips[0]
    assert trip.status is TripStatus.PLANNED
    assert isinstance(trip.span, DateSpan)
    assert (trip.span.start, trip.span.end) == (dt.date(2025, 6, 16), dt.date(2025, 6, 18))


def test_companion_is_not_a_traveller() -> None:
    doc = extract_text(
        "Premier inspects flood control\n\n2025-07-10\n\nHEFEI, July 9 (Xinhua) -- Chinese Premier Li Qiang "
        "made an inspection tour in east China's Anhui Province from Tuesday to Wednesday.\n\n"
        "State Councilor Wu Zhenglong took part in the inspection.\n",
        source="companion.txt",
    )
    assert [t.person.name for t in doc.trips] == ["Li Qiang"]
    assert [c.name for c in doc.trips[0].companions] == ["Wu Zhenglong"]


def test_open_end_when_only_the_start_is_given() -> None:
    doc = extract_text(
        "Xi visits Shanxi\n\n2025-01-23\n\nTAIYUAN, Jan. 22 (Xinhua) -- Chinese President Xi Jinping on "
        "Wednesday began an inspection tour in north China's Shanxi Province.\n",
        source="open.txt",
    )
    trip = doc.trips[0]
    assert isinstance(trip.span, DateSpan)
    assert trip.span.start == dt.date(2025, 1, 22)
    assert trip.span.open_end


def test_no_date_gives_unknown_span_with_reason() -> None:
    doc = extract_text(
        "Vice premier stresses safety\n\nVice Premier Zhang Guoqing made a research trip to the city of "
        "Ningbo in east China's Zhejiang Province.\n",
        source="nodate.txt",
    )
    trip = doc.trips[0]
    assert isinstance(trip.span, Unknown)
    assert trip.span.reason


def test_a_caption_dated_a_week_before_the_trip_is_another_visit() -> None:
    doc = extract_text(
        "Premier inspects Anhui\n\n2025-07-10\n\nHEFEI, July 9 (Xinhua) -- Chinese Premier Li Qiang made an "
        "inspection tour in east China's Anhui Province from Tuesday to Wednesday.\n\n"
        "Chinese Premier Li Qiang visits a factory in Bengbu, east China's Anhui Province, July 2, 2025. "
        "(Xinhua/Li Tao)\n",
        source="conflict.txt",
    )
    tour, earlier = doc.trips
    assert tour.span == DateSpan(dt.date(2025, 7, 8), dt.date(2025, 7, 9))
    assert earlier.span == DateSpan(dt.date(2025, 7, 2), dt.date(2025, 7, 2))
    assert [s.place.text for s in earlier.stops] == ["Bengbu"]
    for trip in doc.trips:
        for stop in trip.stops:
            assert isinstance(stop.span, Unknown) or isinstance(trip.span, Unknown) or stop.span in trip.span


def _names(refs: object) -> list[str]:
    return [r.place.name if isinstance(r, Resolved) else r.text for r in refs]  # type: ignore[attr-defined]


def test_capital_of_province_names_the_region_and_the_stop() -> None:
    doc = extract_text(
        "Xi stresses development in Shaanxi\n2025-05-23 09:00\nXI'AN, May 22 (Xinhua) -- Chinese President "
        "Xi Jinping made the remarks during an inspection tour in Xi'an, capital of northwest China's Shaanxi "
        "Province, from Tuesday to Thursday.\n",
        source="xian.txt",
    )
    (trip,) = doc.trips
    assert _names(trip.regions) == ["Shaanxi"]
    assert [s.place.place.geonameid for s in trip.stops if isinstance(s.place, Resolved)] == [1790630]
    assert trip.span == DateSpan(dt.date(2025, 5, 20), dt.date(2025, 5, 22))


def test_a_bare_municipality_is_a_region_after_a_trip_noun_and_a_city_after_arrived_in() -> None:
    research = extract_text(
        "Premier urges consumption\n2025-03-20\nCHONGQING, March 19 (Xinhua) -- Chinese Premier Li Qiang has "
        "called for boosting consumption during his research trip in Chongqing from Monday to Tuesday.\n",
        source="cq.txt",
    )
    (trip,) = research.trips
    assert _names(trip.regions) == ["Chongqing"]
    assert trip.stops == ()
    visit = extract_text(
        "Macron arrives in Beijing\n2025-12-04\nBEIJING, Dec. 3 (AFP) -- French President Emmanuel Macron "
        "arrived in Beijing on Wednesday for a three-day state visit to China.\n",
        source="bj.txt",
    )
    (trip,) = visit.trips
    assert [
        (s.place.place.name, s.place.place.kind.value) for s in trip.stops if isinstance(s.place, Resolved)
    ] == [("Beijing", "city")]
    assert _names(trip.regions) == ["China"]


def test_the_cities_of_x_and_y_are_both_stops() -> None:
    doc = extract_text(
        "Vice premier inspects Guangdong\n2025-04-12\nGUANGZHOU, April 11 (Xinhua) -- Chinese Vice Premier Ding "
        "Xuexiang inspected the cities of Shenzhen and Zhuhai in south China's Guangdong Province from "
        "Wednesday to Friday.\n",
        source="gd.txt",
    )
    (trip,) = doc.trips
    assert _names(trip.stops[i].place for i in range(len(trip.stops))) == ["Shenzhen", "Zhuhai"]
    assert _names(trip.regions) == ["Guangdong"]


def test_a_district_the_gazetteer_lacks_is_kept_unresolved_with_the_reason() -> None:
    doc = extract_text(
        "Xi inspects Tianjin\nUpdated 19:41, 02-Feb-2024\nChinese President Xi Jinping on Thursday and Friday "
        "inspected north China's Tianjin Municipality, where he visited residents of a flood-hit village in "
        "Xiqing District.\n",
        source="tj.txt",
    )
    (trip,) = doc.trips
    (stop,) = trip.stops
    assert stop.place.text == "Xiqing District"
    assert isinstance(stop.place, Unresolved)
    assert "gazetteer" in stop.place.reason


def test_arrival_with_a_stated_length_gives_the_whole_visit() -> None:
    doc = extract_text(
        "Putin arrives in North Korea\nJune 19, 2024 2:10 AM GMT+9\nSEOUL, June 19 (Reuters) - Russian President "
        "Vladimir Putin arrived in Pyongyang early on Wednesday for a two-day state visit to North Korea.\n",
        source="putin.txt",
    )
    (trip,) = doc.trips
    assert trip.span == DateSpan(dt.date(2024, 6, 19), dt.date(2024, 6, 20))
    assert _names(trip.regions) == ["North Korea"]


def test_untitled_companions_and_a_family_name_that_is_a_pronoun() -> None:
    doc = extract_text(
        "Xi inspects Hainan\n2025-04-12 08:00\nHAIKOU, April 11 (Xinhua) -- Chinese President Xi Jinping inspected "
        "south China's Hainan Province from Wednesday to Friday.\n\nOn Thursday, Xi went to Haikou, the "
        "provincial capital, and visited a duty-free shopping center.\n\nHe was accompanied by Cai Qi and "
        "He Lifeng during the inspection.\n",
        source="hainan.txt",
    )
    (trip,) = doc.trips
    assert trip.person.name == "Xi Jinping"
    assert sorted(c.name for c in trip.companions) == ["Cai Qi", "He Lifeng"]


def test_reading_a_report_leaves_no_cycles_and_restores_the_collector() -> None:
    """extract_document pauses the cyclic collector while it reads (documented in
    timeline/extract/document.py): that holds only while reading makes no reference cycles, which
    would then wait for the next collection."""
    import gc
    from pathlib import Path

    from timeline.article import Article
    from timeline.extract import extract_document

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixtures.glob("*/article.txt"))[:6]]
    articles = [Article.from_text(text, source=f"{i}.txt") for i, text in enumerate(texts)]
    gc.collect()
    assert gc.isenabled()
    was = gc.get_threshold()
    try:
        gc.disable()  # (so that no collection runs in between and hides a cycle)
        for article in articles:
            extract_document(article)
        assert not gc.isenabled()  # a collector the caller turned off stays off
        assert gc.collect() == 0
    finally:
        gc.enable()
    extract_document(articles[0])
    assert gc.isenabled()
    assert gc.get_threshold() == was


def test_a_line_in_capitals_that_folds_to_itself_is_read_once() -> None:
    # (folding it gave an equal but new string, and the reader folded it again, without end)
    assert extract_text("0000000000000000000000000000Aऄ", source="fuzz.txt").trips == ()
