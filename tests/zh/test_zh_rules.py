"""Chinese reading rules added for issue 15's development misses, one test (or a few) per rule.

Every sentence here is written for the test in the shape of Chinese news copy; none is copied
from the corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.model import Resolved, Unresolved
from timeline.model import Dateline, DateSpan, TripKind, TripStatus, Unknown
from timeline.zh import extract_chinese_text, read_article
from timeline.zh.dates import find_dates
from timeline.zh.people import find_people
from timeline.zh.places import find_places

ANCHOR = dt.date(2024, 6, 5)  # a Wednesday
PUB = dt.date(2024, 6, 5)


def _days(text: str, anchor: dt.date = ANCHOR) -> list[tuple[str, str, str]]:
    return [
        (m.text, str(m.span.start), str(m.span.end))
        for m in find_dates(text, anchor)
        if isinstance(m.span, DateSpan)
    ]


def _names(ref: Resolved | Unresolved) -> str:
    return ref.place.name if isinstance(ref, Resolved) else ref.text


# --- article: datelines, publication day --------------------------------------------------------


def test_dateline_of_a_hong_kong_agency_with_a_slash():
    art = read_article("中评社广州6月4日电/省长王五今天在广州会见客人。", published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place, art.dateline.date) == (
        "中评社",
        "广州",
        dt.date(2024, 6, 4),
    )


def test_dateline_after_a_copyright_notice_and_a_lead_caption():
    text = (
        "省长考察水利工程\n2024年06月05日 10:00 来源：中国新闻网\n"
        "6月4日，省长王五来到大坝。中新社发 赵六 摄\n"
        "版权声明：凡标注有字样的图片版权均属本网，未经授权，不得转载使用。\n"
        "中新社合肥六月五日电（记者 孙七）四日，省长王五在安徽考察水利工程。\n"
    )
    art = read_article(text)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.place, art.dateline.date) == ("合肥", dt.date(2024, 6, 5))


def test_dateline_through_a_mirrors_pinyin_gloss():
    art = read_article("中新網(wǎng)上海六月四日電 (記者 周八)市長王五四日在上海會見來賓。", published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place) == ("中新網", "上海")


def test_dateline_place_without_its_country_and_a_dateline_with_no_place():
    art = read_article("新华网法国巴黎6月4日电 总理王五4日抵达巴黎。", published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == "巴黎"
    art = read_article("中新网6月4日电 据报道，特首王五今日启程。", published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == ""


def test_headline_repeated_and_subtitle_are_header_lines():
    text = (
        "奋勇前进！ ——写在大会闭幕之际\n奋勇前进！\n——写在大会闭幕之际\n"
        "( 2024-06-05 ) 稿件来源：某某日报\n"
        "新华社北京6月4日电（记者 王五）大会4日闭幕。\n"
    )
    art = read_article(text)
    assert art.published == dt.date(2024, 6, 5)
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.date == dt.date(2024, 6, 4)


def test_published_from_a_trailer_date_line():
    art = read_article("特首将访问内地\n特首王五将于明日启程。\n2023年3月7日(星期二)\n")
    assert art.published == dt.date(2023, 3, 7)


def test_published_from_an_english_header_date():
    art = read_article("总统抵达首都 Mar 3, 2021 总统王五乘专机抵达首都。")
    assert art.published == dt.date(2021, 3, 3)


def test_bracketed_lead_tag_dates_the_report_but_is_no_dateline():
    doc = extract_chinese_text("【某某网2019年5月6日讯】总统王五8日将出访巴拉圭。")
    assert doc.published == dt.date(2019, 5, 6)
    assert isinstance(doc.dateline, Unknown)
    assert [str(t.span.start) for t in doc.trips if isinstance(t.span, DateSpan)] == ["2019-05-08"]


def test_file_photo_caption_is_not_read():
    text = "资料图片：3月2日，特首王五在北京考察。新华社记者 赵六 摄\n特首王五今日在本港出席活动。\n"
    doc = extract_chinese_text(text, published=PUB)
    assert doc.trips == ()


# --- dates ----------------------------------------------------------------------------------------


def test_relative_day_with_its_date_in_brackets_and_a_range_over_a_part_of_day():
    assert _days("将于明日(六月六日)下午至八日访问", dt.date(2024, 6, 5)) == [
        ("明日(六月六日)下午至八日", "2024-06-06", "2024-06-08")
    ]
    assert _days("今(5)晚启程") == [("今(5)晚", "2024-06-05", "2024-06-05")]


def test_range_whose_first_day_leaves_out_its_ri():
    assert _days("于(12至14日)访问") == [("12至14日", "2024-06-12", "2024-06-14")]


def test_hao_before_a_noun_is_no_day():
    assert _days("专机降落在首都3号机场，入住1号楼") == []
    assert _days("12号下午抵达") == [("12号下午", "2024-06-12", "2024-06-12")]


def test_part_of_day_alone_is_the_day_last_named_across_paragraphs():
    text = "新华社北京6月5日电 4日，总理王五来到天津考察。\n上午，王五来到港口。\n"
    doc = extract_chinese_text(text, published=PUB)
    parts = [(d.text, str(d.span.start)) for d in doc.dates if isinstance(d.span, DateSpan)]
    assert ("上午", "2024-06-04") in parts


def test_part_of_day_alone_starts_from_the_dateline_not_a_lead_caption():
    text = "资料：5月1日，王五在会场。\n新华社北京6月5日电 早上，总理王五抵达天津。\n"
    doc = extract_chinese_text(text, published=PUB)
    parts = [(d.text, str(d.span.start)) for d in doc.dates if isinstance(d.span, DateSpan)]
    assert ("早上", "2024-06-05") in parts


def test_stated_length_counts_on_or_back_from_the_day_named():
    assert ("为期五天", "2024-06-01", "2024-06-05") in _days("5日结束为期五天的访问")
    assert ("为期三天", "2024-06-07", "2024-06-09") in _days("7日启程，开始为期三天的访问")
    assert ("6天5夜", "2024-06-10", "2024-06-15") in _days("10日出访，共计6天5夜")


def test_weekday_of_next_week_and_a_second_weekday_in_that_week():
    assert _days("下周二和周四访问") == [
        ("下周二", "2024-06-11", "2024-06-11"),
        ("周四", "2024-06-13", "2024-06-13"),
    ]


def test_weekday_in_a_clause_of_what_will_be_is_ahead():
    assert _days("他会出席星期五的典礼") == [("星期五", "2024-06-07", "2024-06-07")]
    assert _days("他出席了星期一的典礼") == [("星期一", "2024-06-03", "2024-06-03")]


def test_day_after_tomorrow_and_the_next_day():
    assert _days("后日起访问，隔天返回") == [
        ("后日", "2024-06-07", "2024-06-07"),
        ("隔天", "2024-06-08", "2024-06-08"),
    ]


def test_a_count_of_days_after_visiting_is_no_day():
    assert _days("到天津访问一日") == []
    assert _days("访问上海及杭州三日") == []


# --- people ---------------------------------------------------------------------------------------


def test_foreign_name_after_a_country_and_an_office():
    names = [m.name for m in find_people("主席会见了来访的法国总统马克西姆。应泰国总理巴育邀请")]
    assert names == ["马克西姆", "巴育"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("中共中央政治局常委、国务院副总理王五在天津考察。", "国务院副总理"),
        ("新加坡总理王五在天津考察。", "总理"),
        ("澳门特区行政长官王五在广州考察。", "行政长官"),
        ("会后，而澳门特首王五在广州考察。", "澳门特首"),
    ],
)
def test_title_without_party_posts_countries_or_the_region(text, title):
    doc = extract_chinese_text(text, published=PUB)
    assert doc.trips
    assert doc.trips[0].person.title is not None
    assert doc.trips[0].person.title.name == title


# --- places ---------------------------------------------------------------------------------------


def test_foreign_cities_and_countries_missing_from_the_generated_table():
    found = [_names(p.ref) for p in find_places("过境洛杉矶后飞往巴拉圭", "过境洛杉矶后飞往巴拉圭")]
    assert found == ["Los Angeles", "Paraguay"]


def test_county_level_city_by_its_short_name_and_a_town_after_it():
    text = "前往义乌小商镇视察"
    places = find_places(text, text)
    assert next(_names(p.ref) for p in places) == "Yiwu"
    assert isinstance(places[1].ref, Unresolved)
    assert places[1].ref.text == "小商镇"


def test_county_with_no_geonames_record_resolves_to_its_seat():
    (place,) = find_places("来到三台县", "来到三台县")
    assert isinstance(place.ref, Resolved)
    assert place.ref.rule == "zh-county-seat"
    # a county the table joins to its seat town by pinyin (Jiaokui for 彝良县) reads it directly
    (place,) = find_places("来到彝良县", "来到彝良县")
    assert isinstance(place.ref, Resolved)
    assert (place.ref.place.name, place.ref.rule) == ("Jiaokui", "zh-longest")


def test_abbreviation_after_arriving():
    (place,) = find_places("王五已抵港，", "王五已抵港，")
    assert isinstance(place.ref, Resolved)
    assert place.ref.place.name == "Hong Kong"


# --- trips ----------------------------------------------------------------------------------------


def _trip(text: str, published: dt.date = PUB):
    doc = extract_chinese_text(text, published=published)
    return doc.trips


def test_duty_visit_planned_with_the_capital_as_the_city_arrived_in():
    (trip,) = _trip("行政长官王五将于6日到北京述职。")
    assert (trip.kind, trip.status) == (TripKind.VISIT, TripStatus.PLANNED)
    assert [s.place.place.name for s in trip.stops if isinstance(s.place, Resolved)] == ["Beijing"]


def test_programme_during_the_visit_is_the_trip_under_way():
    trips = _trip("总理王五4日抵达首尔，开始正式访问。访问期间，王五将出席论坛。")
    assert [(t.person.name, t.status) for t in trips] == [("王五", TripStatus.MADE)]


def test_during_clause_of_one_traveller_then_another_subject():
    trips = _trip("秘书长李六将随同出访。总统王五访问期间，李六走访洛杉矶。")
    assert [t.person.name for t in trips] == ["李六"]
    assert [s.place.place.name for s in trips[0].stops if isinstance(s.place, Resolved)] == ["Los Angeles"]


def test_person_right_before_the_trip_word_is_its_subject():
    trips = _trip("巴西总统卢某和巴西政府欢迎主席王五到访。")
    assert [t.person.name for t in trips] == ["王五"]


def test_host_and_partner_are_not_travellers():
    trips = _trip(
        "应法国总统马克西姆邀请，总理王五将访问法国。总理王五将与省委书记赵六会面，并出席在广州的午宴。"
    )
    assert {t.person.name for t in trips} == {"王五"}


def test_past_office_is_background():
    assert _trip("时任国家主席王五访港时曾出席典礼。") == ()


def test_attending_a_meeting_in_beijing_is_no_journey():
    assert _trip("大会在北京人民大会堂闭幕，国家主席王五出席。") == ()


@pytest.mark.parametrize(
    "text",
    [
        "市政协主席王五表示，要深入开展调研协商。",
        "外界关注总统王五今年的出访计划。",
        "报道称总统王五有意出访南美。",
    ],
)
def test_speech_plans_and_hedges_are_no_trip(text):
    assert _trip(text) == ()


def test_visitor_met_on_arrival_and_the_welcomed_visit_is_not_the_hosts():
    text = (
        "新华社北京6月5日电 国家主席王五5日在人民大会堂会见来访的法国总统马克西姆。\n"
        "王五对马克西姆总统的国事访问表示欢迎。\n"
    )
    (trip,) = _trip(text)
    assert (trip.person.name, trip.kind) == ("马克西姆", TripKind.VISIT)
    assert [s.place.place.name for s in trip.stops if isinstance(s.place, Resolved)] == ["Beijing"]


def test_stop_days_by_clause_and_a_clause_of_leaving():
    (trip,) = _trip(
        "总理王五3日至4日访问葡萄牙里斯本，随后转往法国，至9日返回。王五10日抵达洛杉矶，次日飞往巴西。"
    )
    days = {
        s.place.place.name: (str(s.span.start), str(s.span.end))
        for s in trip.stops
        if isinstance(s.span, DateSpan)
    }
    assert days["Lisbon"] == ("2024-06-03", "2024-06-04")
    assert days["Los Angeles"] == ("2024-06-10", "2024-06-11")


def test_previous_leg_takes_no_day():
    (trip,) = _trip("在结束岘港之行后，主席王五6日抵达河内。")
    days = {s.place.place.name: s.span for s in trip.stops}
    assert isinstance(days["Da Nang"], Unknown)
    assert isinstance(days["Hanoi"], DateSpan)


def test_only_stop_dated_by_its_arrival_spans_the_trip():
    (trip,) = _trip("总理王五8日结束为期四天的访问。总理王五5日抵达河内。")
    (stop,) = trip.stops
    assert isinstance(stop.span, DateSpan)
    assert (stop.span.start, stop.span.end) == (dt.date(2024, 6, 5), dt.date(2024, 6, 8))


def test_district_of_a_city_stop_is_part_of_it():
    (trip,) = _trip("省委书记王五赴三明市调研。随后，王五来到梅列区一个社区。")
    assert len(trip.stops) == 1


def test_itinerary_tells_of_a_planned_trip():
    (trip,) = _trip("根据行程规划，总统王五在12日抵达洛杉矶。")
    assert trip.status is TripStatus.PLANNED


def test_delegation_sentence_adds_to_the_trip():
    (trip,) = _trip("市委书记王五率代表团赴浙江考察。代表团将考察嘉兴、宁波等市。")
    assert {s.place.place.name for s in trip.stops if isinstance(s.place, Resolved)} == {"Jiaxing", "Ningbo"}


def test_a_count_of_days_closing_a_clause_of_visiting_is_the_stays_length():
    assert ("三日", "2024-06-07", "2024-06-09") in _days("后日起访问上海及杭州三日")


def test_trip_told_in_a_clause_on_its_traveller():
    trips = _trip("特首王五晚上将与正在广西考察灾情的国家副主席赵六会面。")
    assert [(t.person.name, t.kind) for t in trips] == [("赵六", TripKind.INSPECTION)]


def test_town_run_together_after_its_province_by_pinyin():
    text = "将到访江苏同里和苏州"
    places = find_places(text, text)
    assert [(text[p.start : p.end], _names(p.ref)) for p in places] == [
        ("江苏", "Jiangsu"),
        ("同里", "Tongli"),
        ("苏州", "Suzhou"),
    ]
    assert [p.ref.rule for p in places if isinstance(p.ref, Resolved)][1] == "zh-pinyin-place"


def test_town_named_after_an_arrival_verb():
    text = "随即驱车赶往震中所在地石门镇。"
    (place,) = find_places(text, text)
    assert isinstance(place.ref, Unresolved)
    assert place.ref.text == "石门镇"


def test_return_leg_takes_no_day():
    (trip,) = _trip("总统王五12日将出访巴拉圭，去程过境洛杉矶，回程过境休斯敦。")
    days = {s.place.place.name: s.span for s in trip.stops}
    assert isinstance(days["Los Angeles"], DateSpan)
    assert isinstance(days["Houston"], Unknown)


# --- rules added for the second round of development misses -----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("胡锦涛总书记今天在贵州考察。", "胡锦涛", "总书记"),
        ("陈国栋总统今晚将搭机前往巴拉圭访问。", "陈国栋", "总统"),
        ("陳國棟總統今晚將搭機前往巴拉圭訪問。", "陳國棟", "總統"),
    ],
)
def test_name_with_its_office_after_it(text, name, title):
    (trip,) = _trip(text)
    assert trip.person.name == name
    assert trip.person.title is not None
    assert trip.person.title.name == title


def test_a_word_and_a_country_before_an_office_is_no_name():
    assert [m.name for m in find_people("应韩国总理王五的邀请")] == ["王五"]


def test_qiang_ends_a_name_only_before_diao():
    assert [m.name for m in find_people("中央组织部部长贺国强等来到工厂。")] == ["贺国强"]
    assert [m.name for m in find_people("省长王国强调，要做好工作。")] == ["王国"]


def test_those_named_after_suixing_de_go_along():
    (trip,) = _trip("6月4日，总书记王五和随行的中央书记处书记赵六等，来到延安的工厂考察。")
    assert trip.person.name == "王五"
    assert [c.name for c in trip.companions] == ["赵六"]


def test_dateline_quoted_by_another_paper():
    art = read_article("据新华社延安6月4日电王五总书记同当地群众一起过节。", published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place, art.dateline.date) == (
        "新华社",
        "延安",
        dt.date(2024, 6, 4),
    )


def test_county_named_after_an_arrival_verb():
    text = "他踏雪来到黄土县沿河镇。"
    assert next(p.ref.text for p in find_places(text, text) if isinstance(p.ref, Unresolved)) == "黄土县"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("南韩总统王五", "South Korea"),
        ("访问帛琉", "Palau"),
        ("访问吐瓦鲁", "Tuvalu"),
        ("义大利总理", "Italy"),
    ],
)
def test_hong_kong_and_taiwan_forms_of_country_names(text, country):
    assert [_names(p.ref) for p in find_places(text, text)] == [country]


def test_hong_kong_form_of_a_country_is_cut_off_the_title():
    (trip,) = _trip("南韩总统王五周日抵达北京，展开国事访问。", published=dt.date(2024, 6, 2))
    assert trip.person.title is not None
    assert trip.person.title.name == "总统"


def test_weekday_right_before_a_word_of_what_will_be_is_ahead():
    # the anchor is a Wednesday: "周一将" is next Monday, "周一" alone last Monday
    assert _days("他周一将与总理会谈。") == [("周一", "2024-06-10", "2024-06-10")]
    assert _days("他周一与总理会谈。") == [("周一", "2024-06-03", "2024-06-03")]


@pytest.mark.parametrize("text", ["要打造向西开放的桥头堡。", "推动合作项目实质性启动。"])
def test_a_bare_township_alternate_name_is_a_word(text):
    assert find_places(text, text) == []


def test_a_place_seen_by_video_link_is_no_stop():
    (trip,) = _trip("6月4日，总理王五在新疆乌鲁木齐市调研，视频察看霍尔果斯口岸实时情况。")
    assert [_names(s.place) for s in trip.stops] == ["Ürümqi"]


def test_a_place_in_an_outlets_name_is_no_place():
    text = "广州日报讯 省长王五率团访问马来西亚。"
    assert [_names(p.ref) for p in find_places(text, text)] == ["Malaysia"]


def test_a_foreign_city_before_zhou_is_the_state():
    text = "抵达美国华盛顿州最大城市西雅图"
    assert [_names(p.ref) for p in find_places(text, text)] == ["United States", "Seattle"]


def test_legs_still_to_come_belong_to_the_trip_under_way():
    text = "6月4日，国家主席王五抵达西雅图，开始对美国进行国事访问。之后，王五还将前往纽约继续访问。"
    (trip,) = _trip(text)
    assert trip.status is TripStatus.MADE
    assert [_names(s.place) for s in trip.stops] == ["Seattle", "New York City"]


def test_a_holders_representative_is_not_the_holder():
    names = [m.name for m in find_people("美国总统马克西姆代表、市长赵六来到舷梯前。")]
    assert names == ["赵六"]


def test_a_leader_whose_words_are_studied_is_not_the_subject():
    text = "6月4日，市政协召开会议。会议深入学习贯彻习近平总书记重要讲话精神，围绕产业开展调研。"
    assert _trip(text) == ()


def test_the_host_meets_the_traveller_where_the_traveller_is():
    text = "2日至4日，省长王五率团访问马来西亚。4日上午，马来西亚总理马哈迪在吉隆坡会见王五。"
    (trip,) = _trip(text)
    assert trip.person.name == "王五"
    assert [_names(s.place) for s in trip.stops] == ["Kuala Lumpur"]


def test_a_word_of_going_with_no_place_read_gives_way_to_a_later_visit_word():
    (trip,) = _trip("王小五总统今天南下某某县，先后造访两座古庙参香。")
    assert trip.person.name == "王小五"
    assert trip.kind is TripKind.VISIT
    assert trip.span == DateSpan(PUB, PUB)


# --- rules from the development reports 586-608 --------------------------------------------------


def test_a_mirrors_pinyin_glosses_are_read_as_if_absent():
    text = "6月4日，美国总统(tǒng)马克西姆将抵达(dá)北京进行访问(wèn)。"
    doc = extract_chinese_text(text, published=PUB)
    (trip,) = doc.trips
    assert trip.person.name == "马克西姆"
    (stop,) = trip.stops
    assert _names(stop.place) == "Beijing"
    for ev in (*trip.evidence, *stop.evidence, *(d.evidence for d in doc.dates)):
        assert text[ev.start : ev.end] == ev.text


def test_a_header_date_with_a_two_digit_year():
    art = read_article("省长考察水利工程\n发布日期:09-03-12 10:21:05 某某网\n3月11日，省长王五来到大坝。\n")
    assert art.published == dt.date(2009, 3, 12)


def test_the_person_before_zai_is_the_subject_those_in_its_peidong_xia_go_along():
    (trip,) = _trip("4日，国务院副总理王五在省委书记赵六陪同下就防汛工作进行调研。")
    assert trip.person.name == "王五"
    assert [p.name for p in trip.companions] == ["赵六"]


def test_a_trip_placed_nowhere_in_the_body_is_where_its_headline_puts_it():
    text = "王五在天津调研港口建设\n2日至3日，国务院副总理王五就港口建设进行调研。他强调，要做好规划。\n"
    (trip,) = _trip(text)
    assert [_names(s.place) for s in trip.stops] == ["Tianjin"]
    assert trip.stops[0].span == DateSpan(dt.date(2024, 6, 2), dt.date(2024, 6, 3))


def test_days_written_with_nian_and_sa():
    assert _days("省长王明十一月廿二至廿五日访问日本。", dt.date(2024, 11, 28)) == [
        ("十一月廿二至廿五日", "2024-11-22", "2024-11-25")
    ]
    assert _days("卅日，省长王五返回。", dt.date(2024, 11, 30)) == [("卅日", "2024-11-30", "2024-11-30")]


def test_a_taiwan_papers_byline_is_a_dateline_with_no_day():
    art = read_article(
        "市长巡视堤防\n联合报／ 记者王小明／高雄即时报导\n市长王五今天前往堤防巡视。\n", published=PUB
    )
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place) == ("联合报", "高雄")
    assert isinstance(art.dateline.date, Unknown)


def test_jiang_after_the_first_trip_word_is_no_plan():
    (trip,) = _trip("市长王五今天前往将军区视察防汛准备。")
    assert trip.status is TripStatus.MADE


def test_yi_zao_is_early_on_the_day():
    assert _days("市长王五一早前往港口。") == [("一早", "2024-06-05", "2024-06-05")]
    assert _days("两岸统一早日实现。") == []


# --- session rules: subjects, partners, both sides, words that are no place or no name ----------


def _stops(text: str) -> dict[str, list[str]]:
    doc = extract_chinese_text(text, published=PUB)
    return {t.person.name: [_names(s.place) for s in t.stops] for t in doc.trips}


def test_welcoming_anothers_visit_is_that_ones_trip():
    doc = extract_chinese_text(
        "新华社北京6月4日电 国家主席王五4日在人民大会堂隆重欢迎法国总统马克龙的到访。", published=PUB
    )
    assert [(t.person.name, t.kind) for t in doc.trips] == [("马克龙", TripKind.VISIT)]


def test_moving_on_to_a_municipality_makes_it_a_stop_and_a_partner_does_not_hide_the_pronoun():
    text = (
        "新华社北京6月4日电 法国总统马克龙4日抵达北京，开始对中国进行国事访问。"
        "马克龙5日将与总理王五会谈；他还将出席企业家论坛，其后转往上海访问，并跟上海市委书记赵六共进晚餐。"
    )
    assert _stops(text) == {"马克龙": ["Beijing", "Shanghai"]}


def test_people_named_after_gen_are_partners_not_part_of_the_title():
    (m,) = find_people("他还将出席论坛，并跟上海市委书记赵六共进晚餐。")
    assert (m.name, m.titles) == ("赵六", ("上海市委书记",))


def test_both_sides_meeting_somewhere_is_the_travellers_stop():
    text = (
        "新华社成都6月4日电 法国总统马克龙3日抵达成都，开始在四川的访问。双方4日在成都都江堰举行非正式会晤。"
    )
    assert _stops(text)["马克龙"][-1] in ("Dujiangyan", "都江堰")  # a county-level city, unresolved


def test_they_is_not_the_traveller():
    text = "新华社北京6月4日电 法国总统马克龙3日抵达北京访问。外国领导人很少在他们离开北京后前往广州。"
    assert _stops(text) == {"马克龙": ["Beijing"]}


def test_an_office_with_no_name_before_a_verb_is_no_person():
    assert [m.name for m in find_people("时隔六年再有韩国总统到访，日本首相将出席。")] == []
    assert [m.name for m in find_people("韩国总统李明4日抵达北京。")] == ["李明"]


def test_place_names_inside_set_phrases_are_no_places():
    for text in (
        "要促进长治久安。",
        "会见中外来宾。",
        "祝一路平安顺利。",
        "工作四平八稳。",
        "求大同存小异。",
    ):
        assert find_places(text, text) == [], text
    assert [_names(p.ref) for p in find_places("来到广西来宾考察", "来到广西来宾考察")] == [
        "Guangxi",
        "Laibin",
    ]


def test_a_place_passed_through_on_the_way_is_no_stop():
    text = "新华社成都6月4日电 特首王五3日率团经深圳前往成都，4日在成都出席合作会议。"
    assert _stops(text) == {"王五": ["Chengdu"]}


def test_a_sentence_opening_on_leaving_a_place_is_the_travellers():
    text = (
        "新华社北京6月4日电 国家主席王五4日抵达奥克兰，开始对新西兰进行国事访问。"
        "王五是在结束对澳大利亚的访问后抵达的。离开悉尼时，澳方官员到机场送行。"
    )
    assert sorted(_stops(text)["王五"]) == ["Auckland", "Sydney"]


# --- probes of common shapes of news copy (session zh-probe) -------------------------------------


@pytest.mark.parametrize(
    ("text", "agency", "place", "date"),
    [
        ("中央社記者王五台北5日電 總統王六今天出席活動。", "中央社", "台北", dt.date(2024, 6, 5)),
        ("（中央社記者王小明、李大同高雄4日電）市長王六今天出席活動。", "中央社", "高雄", dt.date(2024, 6, 4)),
        ("新华社北京4日电 总理王六4日出席活动。", "新华社", "北京", dt.date(2024, 6, 4)),
        ("〔記者王五／台南報導〕市長王六昨日出席活動。", "", "台南", None),
        ("【明報專訊】特首王六昨日出席活動。", "明報", "", None),
    ],
)
def test_datelines_of_taiwan_and_hong_kong_papers_and_a_day_without_its_month(text, agency, place, date):
    art = read_article(text, published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place) == (agency, place)
    assert art.dateline.date == date if date else isinstance(art.dateline.date, Unknown)


def test_taiwan_cities_foreign_cities_and_every_country_have_chinese_names():
    found = {
        _names(p.ref)
        for p in find_places(*(["总统前往台南、高雄市和新竹，随后飞抵川崎，再访问巴巴多斯。"] * 2))
    }
    assert {"Tainan", "Kaohsiung", "Hsinchu", "Kawasaki", "Barbados"} <= found


def test_an_ordinary_word_is_no_foreign_city_or_country():
    assert find_places(*(["沿海地区的汉堡店和蒙古族群众"] * 2)) == []


def test_a_place_in_an_office_or_a_government_is_no_stop():
    doc = extract_chinese_text("台南市长王五今天前往高雄视察。台南市政府提供。", published=PUB)
    assert [_names(s.place) for s in doc.trips[0].stops] == ["Kaohsiung"]


def test_districts_in_the_list_of_places_gone_to():
    doc = extract_chinese_text("市长王五今天一早前往北门区渔港、将军区渔港及开发区视察。", published=PUB)
    assert [_names(s.place) for s in doc.trips[0].stops] == ["北门区", "将军区"]


def test_a_leader_of_a_region_is_a_title():
    doc = extract_chinese_text("台湾地区领导人王五5日前往高雄。", published=PUB)
    assert [t.person.name for t in doc.trips] == ["王五"]


def test_a_municipality_a_trip_is_in_is_its_city():
    doc = extract_chinese_text("新华社北京6月5日电 国务院副总理王五4日在天津调研。", published=PUB)
    assert [_names(s.place) for s in doc.trips[0].stops] == ["Tianjin"]


def test_a_city_state_arrived_in_is_a_stop_but_not_in_a_title():
    doc = extract_chinese_text("特首王五昨日率团抵达新加坡访问。", published=PUB)
    assert [_names(s.place) for s in doc.trips[0].stops] == ["Singapore"]
    doc = extract_chinese_text("新加坡总理王五将于6月8日访问广州，并与在粤新加坡人会面。", published=PUB)
    assert [_names(s.place) for s in doc.trips[0].stops] == ["Guangzhou"]


def test_foreign_ministers_are_read_and_a_name_ends_at_a_day():
    doc = extract_chinese_text("美国国务卿布林克4日抵达北京，开始访问。", published=PUB)
    assert [(t.person.name, t.person.title.name if t.person.title else "") for t in doc.trips] == [
        ("布林克", "国务卿")
    ]
    names = [m.name for m in find_people("英国外交大臣王尔德今天抵达。澳大利亚总督代表到机场送行。")]
    assert names == ["王尔德"]


def test_a_guest_visiting_china_is_the_traveller_not_the_host():
    text = "新华社北京6月5日电 国家主席王五5日在人民大会堂同来华进行国事访问的越南国家主席阮六举行会谈。"
    doc = extract_chinese_text(text, published=PUB)
    assert [(t.person.name, [_names(s.place) for s in t.stops]) for t in doc.trips] == [("阮六", ["Beijing"])]


def test_a_stopover_is_no_stop():
    doc = extract_chinese_text("总理王五4日经停迪拜，随后转赴利雅得。", published=PUB)
    assert [_names(s.place) for s in doc.trips[0].stops] == ["Riyadh"]


def test_a_leg_told_with_its_subject_left_out_is_the_trips():
    doc = extract_chinese_text("总理王五4日抵达巴黎。次日，前往柏林考察。", published=PUB)
    assert [_names(s.place) for s in doc.trips[0].stops] == ["Paris", "Berlin"]


def test_a_place_inside_a_persons_name_is_no_place():
    doc = extract_chinese_text("立法院長韓國華今天前往高雄市視察。", published=PUB)
    (trip,) = doc.trips
    assert [_names(r) for r in trip.regions] == []
    assert [_names(s.place) for s in trip.stops] == ["Kaohsiung"]


def test_surnames_common_in_hong_kong_macao_and_taiwan_and_a_name_before_a_presidents_office():
    doc = extract_chinese_text("澳門特區行政長官岑六今天率團抵達北京。", published=PUB)
    assert [t.person.name for t in doc.trips] == ["岑六"]
    doc = extract_chinese_text("韓國華院長今天南下高雄，視察農業。", published=PUB)
    assert [(t.person.name, [_names(s.place) for s in t.stops]) for t in doc.trips] == [("韓國華", ["Kaohsiung"])]


def test_a_past_journey_told_as_background_is_no_trip_and_a_known_name_is_no_title():
    text = "新华社北京6月5日电 总理王五4日在浙江宁波考察。2019年，习近平总书记曾到宁波考察。"
    doc = extract_chinese_text(text, published=PUB)
    assert [t.person.name for t in doc.trips] == ["王五"]
    assert [m.name for m in find_people("习近平总书记曾到宁波考察")] == ["习近平"]


# --- session zh-probe3: made-up shapes of news copy -------------------------------------------------


def test_one_office_over_a_list_of_names_gives_each_a_trip():
    text = "新华社北京6月5日电 国务院副总理王五、赵六4日在天津调研。王五先后来到港口和企业。"
    doc = extract_chinese_text(text, published=PUB)
    assert [(t.person.name, [_names(s.place) for s in t.stops]) for t in doc.trips] == [
        ("王五", ["Tianjin"]),
        ("赵六", ["Tianjin"]),
    ]
    assert [m.name for m in find_people("省委书记王五、副省长赵六在宁波考察。")] == ["王五", "赵六"]
    assert [m.titles for m in find_people("省委书记王五、副省长赵六在宁波考察。")][1] == ("副省长",)


def test_those_joining_the_delegation_go_along():
    text = "特首王五4日率团抵达成都访问。另外，委员赵六、钱七将会合代表团，参与对贵州的访问。"
    doc = extract_chinese_text(text, published=PUB)
    assert [t.person.name for t in doc.trips] == ["王五"]
    assert [c.name for c in doc.trips[0].companions] == ["赵六", "钱七"]


def test_a_trip_told_only_by_its_week_spans_the_week():
    doc = extract_chinese_text("新华社北京6月5日电 上周，总理王五在浙江宁波考察。", published=PUB)
    (trip,) = doc.trips
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 5, 27), dt.date(2024, 6, 2))
    assert isinstance(trip.stops[0].span, Unknown)
    doc = extract_chinese_text("新华社北京6月5日电 总理王五拟于下周访问日本。", published=PUB)
    assert (doc.trips[0].span.start, doc.trips[0].span.end) == (dt.date(2024, 6, 10), dt.date(2024, 6, 16))


def test_a_meeting_with_the_traveller_is_a_day_of_the_trip():
    before = "新华社北京6月5日电 外长王五5日在北京同美国国务卿布林克举行会谈。布林克4日抵达北京，对中国进行访问。"
    after = "新华社北京6月5日电 美国国务卿布林克4日抵达北京，对中国进行访问。外长王五5日在北京同他举行会谈。"
    for text in (before, after):
        (trip,) = extract_chinese_text(text, published=PUB).trips
        assert (trip.person.name, trip.span.start, trip.span.end) == ("布林克", dt.date(2024, 6, 4), dt.date(2024, 6, 5))


def test_a_visit_with_no_city_named_is_at_the_datelines_city():
    text = "新华社雅加达6月5日电 总理王五当地时间5日结束对印度尼西亚的正式访问，乘专机回国。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Jakarta"]
    text = "新华社北京6月5日电 主席王五4日在人民大会堂同俄罗斯总统普京举行会谈。普京是应邀于3日至5日对中国进行国事访问。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, [_names(s.place) for s in trip.stops]) == ("普京", ["Beijing"])
    text = "新华社杭州6月5日电 总理王五5日在浙江考察。"
    assert extract_chinese_text(text, published=PUB).trips[0].stops == ()


def test_a_village_after_its_county_or_town_is_a_stop():
    doc = extract_chinese_text("省委书记王五5日来到湖州市安吉县天荒坪镇余村，察看村容村貌。", published=PUB)
    # the town between the county and the village is no stop of its own (rule zh-town-village)
    assert [_names(s.place) for s in doc.trips[0].stops][-2:] == ["安吉县", "余村"]
    assert "新农村" not in {p.ref.text for p in find_places(*(["安吉县新农村建设"] * 2))}


def test_a_short_county_name_after_its_province_or_prefecture():
    doc = extract_chinese_text("新华社福州6月5日电 副总理王五5日在福建平潭调研。", published=PUB)
    assert [s.place.text for s in doc.trips[0].stops] == ["平潭"]
    doc = extract_chinese_text("副总理王五5日在福州长乐调研。", published=PUB)
    assert "Fuzhou" in [_names(s.place) for s in doc.trips[0].stops]


def test_a_place_in_an_organisations_name_is_no_place():
    assert find_places(*(["出席上海合作组织峰会，弘扬上海精神"] * 2)) == []
    doc = extract_chinese_text("新华社北京6月5日电 主席王五4日出席上海合作组织峰会。", published=PUB)
    assert doc.trips == ()


def test_lunar_dates_and_a_lunar_range():
    anchor = dt.date(2024, 3, 6)
    assert _days("农历正月二十五，总理王五来到济南。", anchor) == [("农历正月二十五", "2024-03-05", "2024-03-05")]
    assert _days("大年初一上午", anchor) == [("大年初一上午", "2024-02-10", "2024-02-10")]
    assert _days("除夕", anchor) == [("除夕", "2024-02-09", "2024-02-09")]
    assert _days("从农历腊月二十八到大年初一", anchor) == [("农历腊月二十八到大年初一", "2024-02-07", "2024-02-10")]
    assert _days("農曆臘月廿九", anchor) == []  # read on the simplified text only
    assert _days("农历腊月廿九", anchor) == [("农历腊月廿九", "2024-02-08", "2024-02-08")]


def test_a_sentence_told_right_after_takes_the_day_last_named():
    text = "新华社北京6月5日电 总理王五4日在北京出席会议。随后，王五前往河北保定考察。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 4), dt.date(2024, 6, 4))


def test_a_past_journey_in_a_later_sentence_is_no_stop():
    text = "新华社北京6月5日电 总理王五4日在广东广州调研。王五说，去年他曾到深圳考察。此前，王五曾在江苏苏州考察。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Guangzhou"]


def test_one_of_ours_in_a_place_abroad_is_on_a_journey_but_not_a_foreign_leader_at_home():
    text = "新华社巴黎6月5日电 国家主席王五4日在巴黎同法国总统马克龙举行会谈。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, [_names(s.place) for s in trip.stops]) == ("王五", ["Paris"])
    text = "新华社巴黎6月5日电 法国总统马克龙4日在巴黎会见中国外长王五。"
    assert extract_chinese_text(text, published=PUB).trips == ()
    text = "新华社北京6月5日电 国家主席王五4日在人民大会堂出席美国友人座谈会。"
    assert extract_chinese_text(text, published=PUB).trips == ()


def test_a_host_accompanying_ends_a_foreign_name():
    assert [m.name for m in find_people("习近平是在法国总统马克宏陪同下抵达巴黎的。")] == ["马克宏"]
    assert [m.name for m in find_people("应印度尼西亚总统邀请，总理王五将访问。")] == ["王五"]


def test_the_place_left_and_the_way_home_are_no_stops():
    text = "新华社北京6月5日电 主席王五4日在北京出席活动。当晚，王五乘专机离开北京，前往俄罗斯进行国事访问。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(r) for r in trip.regions] == ["Russia"]
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 4), dt.date(2024, 6, 4))
    text = "新华社北京6月5日电 委员长王五3日至4日在河南郑州调研。随后王五返回北京。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(r) for r in trip.regions] == ["Henan"]
    text = "总理王五4日抵达柏林。5日，王五离开柏林，前往巴黎。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Berlin", "Paris"]


def test_an_announced_visit_is_one_planned_trip_not_dated_by_the_announcement():
    text = (
        "新华社北京6月5日电 外交部发言人5日宣布：应印度尼西亚总统邀请，国务院总理王五将于6月10日至12日"
        "对印度尼西亚进行正式访问。这是王五担任总理后首次访问印尼。"
    )
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.status, trip.span.start, trip.span.end) == (TripStatus.PLANNED, dt.date(2024, 6, 10), dt.date(2024, 6, 12))


def test_a_guest_met_by_a_host_is_there_that_day():
    text = "新华社北京6月5日电 国家副主席王五4日在人民大会堂会见美国国务卿布林克。布林克此访是他今年第二次访华。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, trip.span.start, [_names(s.place) for s in trip.stops]) == (
        "布林克",
        dt.date(2024, 6, 4),
        ["Beijing"],
    )


def test_a_foreign_citys_short_name_run_on_into_a_longer_name_is_no_place():
    assert [_names(p.ref) for p in find_places(*(["出席在天津举行的夏季达沃斯论坛"] * 2))] == ["Tianjin"]


def test_macao_arrived_in_is_its_city_and_an_offices_country_is_no_region():
    text = "新华社澳门6月5日电 国家主席王五5日乘专机抵达澳门，出席庆祝大会。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Macau"]
    text = "新华社北京6月5日电 美国总统布朗今天上午抵达北京，开始对中国进行工作访问。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(r) for r in trip.regions] == ["Beijing"]


def test_more_offices_foreign_forms_and_a_leader_named_alone():
    cases = {
        "外长王五5日抵达莫斯科。": [("王五", ("外长",))],
        "海协会会长张六5日抵达台北。": [("张六", ("海协会会长",))],
        "美国前总统卡特5日抵达北京。": [("卡特", ("美国前总统",))],
        "联合国秘书长古特雷斯5日抵达北京。": [("古特雷斯", ("联合国秘书长",))],
        "俄罗斯总统弗拉基米尔·普京5日抵达北京。": [("弗拉基米尔·普京", ("俄罗斯总统",))],
        "这是中国外长连续36年年初首访非洲。": [],
        "蔡英文今天出访巴拉圭。": [("蔡英文", ())],
        "学习习近平新时代中国特色社会主义思想": [],
    }
    for text, people in cases.items():
        assert [(m.name, m.titles) for m in find_people(text)] == people, text
    doc = extract_chinese_text("〔记者王五／台北报导〕蔡英文今天出访巴拉圭。总统蔡英文在机场致词。", published=PUB)
    assert [(t.person.name, t.person.title.name if t.person.title else "") for t in doc.trips] == [("蔡英文", "总统")]


def test_two_days_of_a_month_and_evenings_and_mornings_told_relatively():
    anchor = dt.date(2024, 3, 6)
    assert _days("3月5、6日，总理王五在湖南考察。", anchor) == [("3月5、6日", "2024-03-05", "2024-03-06")]
    assert _days("昨晚", anchor) == [("昨晚", "2024-03-05", "2024-03-05")]
    assert _days("今晨", anchor) == [("今晨", "2024-03-06", "2024-03-06")]
    assert _days("前日", anchor) == [("前日", "2024-03-04", "2024-03-04")]
    assert _days("前日本首相某某", anchor) == []


def test_the_first_stop_of_an_itinerary_is_a_stop():
    text = "【明报专讯】特首王五昨日率团启程前往东盟访问，首站新加坡，其后转往马来西亚吉隆坡。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Singapore", "Kuala Lumpur"]


def test_a_guest_come_to_china_visits_and_a_spokesmans_day_is_not_the_trips():
    text = "新华社北京6月5日电 总理王五5日在北京会见越南总理范明政。范明政是来华出席论坛的。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, [_names(s.place) for s in trip.stops]) == ("范明政", ["Beijing"])
    text = "新华社北京6月5日电 外交部发言人毛宁5日表示，美国国务卿布林克将于下周访华。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 10), dt.date(2024, 6, 16))


def test_those_accompanying_severally_are_named_whole():
    doc = extract_chinese_text("总理王五5日在杭州考察。省委书记赵六、省长钱七分别陪同。", published=PUB)
    assert [c.name for c in doc.trips[0].companions] == ["赵六", "钱七"]


def test_a_websites_tag_is_a_dateline_with_no_place():
    art = read_article("香港商报网讯（记者 张三）特首王五今日率团访问广州。", published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place) == ("香港商报网", "")


def test_on_the_eve_of_a_visit_the_visit_is_planned():
    text = "新华社北京6月5日电 在对法国进行国事访问前夕，国家主席王五5日在法国《费加罗报》发表署名文章。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.status, [_names(r) for r in trip.regions], trip.span) == (
        TripStatus.PLANNED,
        ["France"],
        Unknown("no date given"),
    )


# --- session zh10: probing shapes of news copy ------------------------------------------------------


def test_a_stated_length_after_a_range_is_the_ranges():
    assert ("为期九天", "2024-06-10", "2024-06-18") in _days("将于6月10日至18日进行为期九天的国事访问")
    text = "新华社北京6月5日电 国家主席王五将于6月10日至18日对俄罗斯进行为期九天的国事访问。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 10), dt.date(2024, 6, 18))


def test_a_range_over_a_list_of_cities_dates_none_of_them():
    text = "新华社北京6月5日电 总理王五6月1日至4日对澳大利亚进行正式访问，先后到访堪培拉、悉尼和珀斯。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Canberra", "Sydney", "Perth"]
    assert all(isinstance(s.span, Unknown) for s in trip.stops)


def test_a_port_named_after_two_cities_is_in_the_first():
    text = "新华社杭州6月5日电 总书记王五4日在浙江考察。他先后来到宁波舟山港穿山港区、宁波市海曙区等地。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Ningbo"]
    assert [_names(p.ref) for p in find_places("来到宁波舟山港", "来到宁波舟山港")] == ["Ningbo"]


def test_those_named_in_the_clauses_before_accompanying_are_not_companions():
    text = "〔记者张三／屏东报导〕行政院长卓荣泰今天南下屏东，视察灾情，县长周春米陪同。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, [c.name for c in trip.companions]) == ("卓荣泰", ["周春米"])
    text = "外长王五、部长赵六，以及官员将陪同总理孙八访华。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, trip.status) == ("孙八", TripStatus.PLANNED)
    assert [c.name for c in trip.companions] == ["王五", "赵六"]


def test_a_trip_denied_is_no_trip_and_an_office_building_is_no_name():
    assert extract_chinese_text("县长赵六因为救灾不会出席在桃园举行的活动。", published=PUB).trips == ()
    assert [m.name for m in find_people("新加坡总理公署宣布，总理孙八将访华。")] == ["孙八"]


def test_a_day_still_to_come_is_a_planned_trip():
    text = "特首王五将于下周二和周三访问上海及杭州。王五下周二前往上海，出席晚宴。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.status is TripStatus.PLANNED
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 11), dt.date(2024, 6, 12))


def _stops_and_regions(text: str) -> tuple[list[str], list[str]]:
    (trip,) = extract_chinese_text(text, published=PUB).trips
    return [_names(s.place) for s in trip.stops], [_names(r) for r in trip.regions]


def test_a_township_of_taiwan_after_its_county_or_city_is_the_stop():
    assert _stops_and_regions("中央社记者王小明高雄5日电 总统赖清德今天到高雄市左营区视察部队。") == (
        ["左营区"],
        ["Kaohsiung"],
    )
    assert _stops_and_regions("行政院長卓榮泰今天上午前往宜蘭縣冬山鄉、羅東鎮勘災。") == (
        ["冬山鄉", "羅東鎮"],
        ["宜蘭縣"],
    )


def test_a_county_of_taiwan_is_a_region_and_townships_gone_to_are_stops():
    text = "行政院长卓荣泰今天南下屏东县，视察南州乡及林边乡淹水情形，县长周春米陪同。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.kind is TripKind.INSPECTION
    assert ([_names(s.place) for s in trip.stops], [_names(r) for r in trip.regions]) == (
        ["南州乡", "林边乡"],
        ["屏东县"],
    )
    assert _stops_and_regions("台中市长卢秀燕今天到大甲区视察农损。")[0] == ["大甲区"]
    assert [_names(p.ref) for p in find_places("访问团到大湾区城市", "访问团到大湾区城市")] == []


def test_a_taiwan_county_after_the_reporter_is_the_datelines_place():
    art = read_article("中央社记者林七花莲5日电 行政院长卓荣泰今天前往花莲县光复乡。", published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == "花莲"


def test_a_leaders_own_journey_to_come_told_after_an_event_at_home():
    text = "【大公报讯】行政长官王五今日（5日）出席活动后表示，他将于下周率团访问东盟。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.status, trip.span.start, trip.span.end) == (
        TripStatus.PLANNED,
        dt.date(2024, 6, 10),
        dt.date(2024, 6, 16),
    )


def test_the_source_told_from_is_no_place_and_shen_ru_ends_a_name():
    text = "中新网6月5日电 据香港特区政府新闻公报，行政长官王五5日率团启程前往中东，访问沙特阿拉伯和卡塔尔。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(r) for r in trip.regions] == ["Saudi Arabia", "Qatar"]
    assert [m.name for m in find_people("省委书记张三深入丽水市调研")] == ["张三"]


def test_a_journey_long_before_the_report_is_background():
    text = "人民网北京6月5日电 2012年12月，总书记王五在广东考察时指出，要敢于啃硬骨头。"
    assert extract_chinese_text(text, published=PUB).trips == ()


def test_days_spread_over_years_are_several_journeys_not_one_trip():
    text = (
        "总统王五在2020年5月20日就职后，于当年8月13日首次出访，前往巴拉圭。"
        "王五于2024年6月1日第二次出访，前往危地马拉。"
    )
    assert extract_chinese_text(text, published=PUB).trips == ()


def test_a_hotel_or_forum_named_after_a_place_is_not_in_it():
    text = "部长王五4日抵达新加坡，出席香格里拉对话会，下榻香格里拉饭店。"
    assert [_names(p.ref) for p in find_places(text, text)] == ["Singapore"]
    text = "特首王五抵达上海，参观进博会香港馆。"
    assert [_names(p.ref) for p in find_places(text, text)] == ["Shanghai"]


def test_a_delegation_received_at_home_is_no_trip():
    text = "中央社记者王五台北5日电 总统赖清德今天在总统府接见美国联邦众议员访问团。"
    assert extract_chinese_text(text, published=PUB).trips == ()


def test_a_day_of_last_or_next_month():
    assert _days("上月20日至22日访问") == [("上月20日至22日", "2024-05-20", "2024-05-22")]
    assert _days("下个月3日") == [("下个月3日", "2024-07-03", "2024-07-03")]
    assert _days("上月20日", dt.date(2024, 1, 5)) == [("上月20日", "2023-12-20", "2023-12-20")]


def test_with_no_publication_day_the_one_year_the_text_names_dates_months_and_days():
    text = "行政长官王五明日(9月22日)至9月28日访问成都，并于9月24日出席2021年泛珠三角会议。"
    (trip,) = extract_chinese_text(text).trips
    assert (trip.span.start, trip.span.end) == (dt.date(2021, 9, 22), dt.date(2021, 9, 28))
    text = "行政长官王五9月22日访问成都。2003年和2012年他曾到访。"
    (trip,) = extract_chinese_text(text).trips
    assert isinstance(trip.span, Unknown)


def test_a_plan_with_no_day_of_its_own_is_of_the_trip_under_way():
    text = (
        "行政长官王五今日(5日)下午率团抵达深圳，开始为期4天的访问。"
        "接下来4天，王五将率领访问团依次到访东莞、佛山和广州。"
    )
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.status is TripStatus.MADE
    assert [_names(s.place) for s in trip.stops] == ["Shenzhen", "Dongguan", "Foshan", "Guangzhou"]


def test_a_mountains_or_a_waters_side_is_no_province():
    text = "前往徐州凤凰山东麓淮海战役烈士纪念塔，来到黄河北岸的村庄，在山东考察"
    assert [text[p.start : p.end] for p in find_places(text, text)] == ["徐州", "山东"]


def test_a_new_area_after_its_province_is_a_stop():
    text = "新华社北京6月5日电 6月3日至4日，总书记王五在河北雄安新区、天津考察。"
    stops, regions = _stops_and_regions(text)
    assert (stops, regions) == (["雄安新区", "Tianjin"], ["Hebei", "Tianjin"])


def test_a_header_date_in_the_text_wins_over_the_callers_day():
    text = "总书记考察到徐州\n2017年12月13日 23:36\n总书记王五周二到江苏徐州考察。"
    doc = extract_chinese_text(text, published=PUB)
    assert doc.published == dt.date(2017, 12, 13)
    assert str(doc.trips[0].span.start) == "2017-12-12"


def test_days_and_places_told_respectively_pair_in_order():
    text = "【本报综合报道】据人民网五日消息：三日下午和四日下午，总书记王五在四川省广元市、德阳市分别考察。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    days = [(_names(s.place), str(s.span.start), str(s.span.end)) for s in trip.stops if isinstance(s.span, DateSpan)]
    assert days == [("Guangyuan", "2024-06-03", "2024-06-03"), ("Deyang", "2024-06-04", "2024-06-04")]
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 3), dt.date(2024, 6, 4))


def test_a_day_back_in_beijing_is_not_the_trips():
    text = "新华社北京6月5日电 总理王五6月3日至4日在江苏调研。4日上午，他前往南京。5日，王五在北京主持召开座谈会。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 3), dt.date(2024, 6, 4))
    assert [_names(s.place) for s in trip.stops] == ["Nanjing"]


def test_more_foreign_cities_and_taiwans_forms():
    cases = {
        "抵达华府": "Washington",
        "前往马久罗": "Majuro",
        "抵达里昂": "Lyon",
        "到访济州岛": "Jeju City",
        "抵达努尔苏丹": "Astana",
        "抵达亚特兰大": "Atlanta",
    }
    for text, name in cases.items():
        assert [_names(p.ref) for p in find_places(text, text)] == [name], text


@pytest.mark.parametrize(
    "text",
    [
        "总统出访\n中华民国113年6月5日\n中央社记者王五台北5日电 总统赖清德今天出访巴拉圭。",
        "总统出访\n113/06/05 10:21\n中央社记者王五台北5日电 总统赖清德今天出访巴拉圭。",
        "新华社巴黎6月5日电 主席王五5日抵达巴黎。\n（新华社 2024年6月5日）",
        "新华社巴黎6月5日电 主席王五5日抵达巴黎。\n【编辑:赵六】 2024年06月05日 10:21",
        "新华社巴黎6月5日电 主席王五5日抵达巴黎。\n发布时间：2024-06-05",
        "5 June 2024\n新华社巴黎6月5日电 主席王五5日抵达巴黎。",
    ],
)
def test_publication_day_from_taiwans_calendar_a_trailer_or_an_english_day(text):
    art = read_article(text)
    assert art.published == dt.date(2024, 6, 5)
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.date == dt.date(2024, 6, 5)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("路透北京6月5日电---中国国家主席王五5日抵达巴黎。", "路透"),
        ("法新社北京6月5日电 中国国家主席王五5日抵达巴黎。", "法新社"),
        ("光明日报北京6月5日电（记者 赵六）总理王五5日在天津调研。", "光明日报"),
        ("经济日报北京6月5日讯（记者 赵六）总理王五5日在天津调研。", "经济日报"),
    ],
)
def test_datelines_of_foreign_agencies_and_papers(text, agency):
    art = read_article(text, published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place, art.dateline.date) == (agency, "北京", dt.date(2024, 6, 5))


def test_a_papers_tag_with_no_place_or_day_is_no_dateline():
    assert isinstance(read_article("广州日报讯 19日至21日，省长王五率团访问马来西亚。", published=PUB).dateline, Unknown)


def test_a_central_leaders_doings_in_beijing_alone_are_no_journey():
    for text in (
        "新华社北京6月5日电 中共中央政治局常委、全国政协主席王五5日来到新华社，看望慰问新闻工作者。",
        "新华社北京6月5日电 国务院总理王五5日在北京调研。",
    ):
        assert extract_chinese_text(text, published=PUB).trips == (), text
    (trip,) = extract_chinese_text("新华社北京6月5日电 香港特区行政长官王五5日抵达北京述职。", published=PUB).trips
    assert trip.person.name == "王五"
    (trip,) = extract_chinese_text("新华社北京6月5日电 总书记王五5日在北京考察，先后来到东城区、朝阳区。", published=PUB).trips
    assert trip.kind is TripKind.INSPECTION


def test_taiwans_president_and_hong_kongs_chief_executive_at_home_make_no_journey():
    for text in (
        "中央社記者王五台北5日電 總統賴清德今天出席鳳凰獎頒獎典禮，表揚義消人員。",
        "中央社記者王五台北5日電 總統賴清德今天在台北出席國慶大會。",
        "【明报专讯】行政长官王五今日出席在香港会展中心举行的论坛。",
    ):
        assert extract_chinese_text(text, published=PUB).trips == (), text
    (trip,) = extract_chinese_text("中央社記者王五台北5日電 總統賴清德今天前往台南視察。", published=PUB).trips
    assert trip.kind is TripKind.INSPECTION


def test_a_foreign_officer_met_in_china_is_on_a_visit_there():
    text = "新华社北京6月5日电 国务院总理王五5日在京会见澳大利亚总理阿尔巴尼斯。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, trip.kind, [_names(s.place) for s in trip.stops]) == (
        "阿尔巴尼斯",
        TripKind.VISIT,
        ["Beijing"],
    )
    text = "新华社巴黎6月5日电 国家主席王五5日在巴黎会见法国总理阿塔尔。"
    assert [t.person.name for t in extract_chinese_text(text, published=PUB).trips] == ["王五"]


def test_a_transit_stay_is_a_stop_and_a_plan_told_after_it_is_planned():
    text = "中央社記者王五檀香山5日電 總統賴清德今天過境夏威夷檀香山，停留兩天。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Honolulu"]
    text = "总统王五12日将出访巴拉圭。王五在洛杉矶、休士顿过境停留时间都将超过24小时。"
    assert [t.status for t in extract_chinese_text(text, published=PUB).trips] == [TripStatus.PLANNED]
    text = "总统王五就任至今仍未过境美国本土，外长赵六今天表示，确实有规划。"
    assert extract_chinese_text(text, published=PUB).trips == ()


def test_visa_free_transit_is_no_journey():
    text = "总理王五5日在上海调研。王五来到浦东机场，了解144小时过境免签政策实施情况。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == "王五"


def test_a_village_gone_to_is_a_stop():
    for text, village in (("总书记王五来到梁家河村", "梁家河村"), ("王五走进下姜村", "下姜村"), ("王五来到余村", "余村")):
        assert [_names(p.ref) for p in find_places(text, text)] == [village], text
    assert find_places("王五来到贫困村，走访农村", "王五来到贫困村，走访农村") == []


def test_a_year_named_in_passing_does_not_date_the_days_after_it():
    found = find_dates("大坪村是王五一九九九年来过的地方。二月十七日一大早，王五再次来到大坪村。", None)
    assert [(m.text, isinstance(m.span, DateSpan)) for m in found][:2] == [("一九九九年", True), ("二月十七日", False)]


def test_flying_to_and_hurrying_to_are_journeys_and_an_autonomous_county_by_its_short_name():
    text = "新华社北京5月13日电 5月12日下午，总理王五在飞往四川的专机上主持召开会议。当晚，王五赶到都江堰市，察看灾情。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.kind, [_names(s.place) for s in trip.stops]) == (TripKind.INSPECTION, ["都江堰市"])
    text = "总理王五3日下午抵达云南思茅，随即乘车赶赴宁洱县地震灾区。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Pu'er City", "Ning’er"]


def test_a_stated_length_in_weeks_or_days_written_ri():
    assert ("为期一周", "2024-06-05", "2024-06-11") in _days("5日起进行为期一周的访问")
    assert ("为期5日", "2024-06-05", "2024-06-09") in _days("5日开始为期5日的访问")
    (trip,) = extract_chinese_text("特首王五5日起访问成都、重庆，为期一周。", published=PUB).trips
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 5), dt.date(2024, 6, 11))


def test_an_envoy_travels_not_the_sender_and_a_ceremony_of_a_foreign_leader_is_held_there():
    text = "新华社巴西利亚6月5日电 应巴西政府邀请，国家主席赵六特使、全国人大常委会副委员长王五5日出席巴西总统就职仪式。"
    doc = extract_chinese_text(text, published=PUB)
    assert isinstance(doc.dateline, Dateline)
    assert doc.dateline.place == "巴西利亚"
    assert [(t.person.name, [_names(s.place) for s in t.stops]) for t in doc.trips] == [("王五", ["Brasília"])]
    text = "中央社記者王五台北5日電 總統特使、前副總統陳建仁今天率團出席巴拉圭總統就職典禮。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(r) for r in trip.regions] == ["Paraguay"]
    assert [m.name for m in find_people("应邀出席俄罗斯总统就职仪式的主席特使、国家副主席韩正")] == ["韩正"]


def test_two_days_each_written_whole_and_parts_of_a_month():
    assert _days("3月5日、6日在湖南考察", dt.date(2024, 3, 6)) == [("3月5日、6日", "2024-03-05", "2024-03-06")]
    months = [(m.text, str(m.span.start), str(m.span.end)) for m in find_dates("8月中下旬，8月中", ANCHOR)]
    assert months == [("8月中下旬", "2024-08-11", "2024-08-31"), ("8月中", "2024-08-11", "2024-08-20")]
    text = "3日、4日，总书记王五在四川省广元市、德阳市分别考察。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [str(s.span.start) for s in trip.stops if isinstance(s.span, DateSpan)] == ["2024-06-03", "2024-06-04"]


def test_a_lunar_day_named_with_its_day_is_that_day_and_the_way_home_is_no_stop():
    assert [m.text for m in find_dates("预计30日除夕当天清晨返国", dt.date(2024, 2, 5))] == ["30日", "当天清晨"]
    text = "(中央社记者王五台北5日电)总统李四今天晚间将启程出访，依序将访问宏都拉斯，最后取道洛杉矶回台，预计12日除夕当天清晨返国。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.status, trip.span.start, trip.span.end, trip.stops) == (
        TripStatus.PLANNED,
        dt.date(2024, 6, 5),
        dt.date(2024, 6, 12),
        (),
    )


def test_a_stray_day_within_one_year_does_not_drop_a_journey():
    text = "总统李四5日出访危地马拉。李四2月9日曾表示支持。"
    assert [t.person.name for t in extract_chinese_text(text, published=PUB).trips] == ["李四"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中央社記者王五台北5日電 副總統當選人蕭美琴今天啟程訪問美國。", "蕭美琴"),
        ("新华社罗马6月5日电 教宗方济各5日抵达印度尼西亚首都雅加达。", "方济各"),
        ("中央社記者王五台北5日電 海基會董事長張三今天率團前往上海。", "張三"),
        ("中央社記者王五台北5日電 外交部次長田中光今天啟程前往巴拉圭。", "田中光"),
    ],
)
def test_more_offices_of_travellers(text, name):
    assert [t.person.name for t in extract_chinese_text(text, published=PUB).trips] == [name]


def test_the_place_set_out_from_is_no_stop():
    text = "新华社北京6月5日电 国家主席王五5日上午从北京出发，乘专机抵达阿斯塔纳。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Astana"]


def test_a_foreign_name_and_its_short_form_are_one_person():
    text = (
        "新华社北京5月16日电 俄罗斯总统弗拉基米尔·普京5月16日至17日对中国进行国事访问。"
        "普京16日抵达北京。17日，普京前往哈尔滨。"
    )
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, [_names(s.place) for s in trip.stops]) == ("弗拉基米尔·普京", ["Beijing", "Harbin"])
    text = "特首林郑月娥将于下周二访问上海。林郑下周三转往杭州。"
    assert [t.person.name for t in extract_chinese_text(text, published=PUB).trips] == ["林郑月娥"]


def test_a_far_day_in_a_sentence_only_about_the_trip_is_another_events():
    text = "新华社北京6月5日电 总理王五4日至5日在湖南调研。他指出，5月20日召开的会议作出部署。6日上午，他还来到长沙。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 4), dt.date(2024, 6, 6))


def test_days_weeks_apart_are_another_journey_and_the_one_near_the_report_is_told():
    text = "新华社北京6月5日电 总理王五5月3日在湖南考察。王五6月4日至5日在广东调研。"
    trips = extract_chinese_text(text, published=PUB).trips
    assert [(t.span.start, t.span.end) for t in trips] == [(dt.date(2024, 6, 4), dt.date(2024, 6, 5))]


def test_more_leaders_named_alone_and_a_representative_is_not_the_principal():
    text = "中央社记者王五台北5日电 国民党前主席连战今天抵达南京。连战6日将前往西安。"
    assert [t.person.name for t in extract_chinese_text(text, published=PUB).trips] == ["连战"]
    text = (
        "新华社西雅图6月5日电 国家主席王五5日抵达西雅图。王五说，期待同奥巴马总统会谈。"
        "美国总统奥巴马代表、华盛顿州州长英斯利来到舷梯前，欢迎王五到访。"
    )
    assert [t.person.name for t in extract_chinese_text(text, published=PUB).trips] == ["王五"]


def test_hong_kongs_chief_executive_visiting_macao_is_a_journey_and_its_programme_one_trip():
    text = "行政長官李家超明天率團訪問澳門。期間李家超會跟澳門行政長官岑浩輝會面，並到訪當地基建設施。即日下午返港。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, trip.status, [_names(s.place) for s in trip.stops]) == (
        "李家超",
        TripStatus.PLANNED,
        ["Macau"],
    )


def test_a_scheduled_visit_is_planned():
    text = "新华社北京6月5日电 外交部发言人宣布，国家主席王五定于6月10日至12日对法国进行国事访问。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, trip.status) == ("王五", TripStatus.PLANNED)
    (trip,) = extract_chinese_text("行政长官王五订于星期四访问广州和深圳。", published=PUB).trips
    assert (trip.status, trip.span.start) == (TripStatus.PLANNED, dt.date(2024, 6, 6))


def test_given_names_with_characters_that_also_open_words():
    assert [m.name for m in find_people("国家安全部部长陈一新5日抵达")] == ["陈一新"]
    assert [m.name for m in find_people("总理王五一行抵达")] == ["王五"]
    assert [m.name for m in find_people("部长张三正在湖南考察")] == ["张三"]


def test_hong_kong_by_its_one_character_after_zai():
    (trip,) = extract_chinese_text("国务院总理王五今日在港考察，视察港珠澳大桥。", published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Hong Kong"]
    assert find_places("在港口", "在港口") == []


def test_the_travellers_own_seat_is_no_stop_of_a_journey_elsewhere():
    (trip,) = extract_chinese_text("【明报专讯】特首李家超今日在港出席活动后，启程前往北京述职。", published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Beijing"]
    text = "新华社北京6月5日电 4日，国务院总理王五在北京出席会议后前往天津调研。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Tianjin"]


def test_a_county_by_its_former_name_after_its_prefecture_keeps_its_division_word():
    text = "来到延安市安塞县"
    # the prefecture right before its county is no place of its own (rule zh-prefecture-before-county)
    assert [text[p.start : p.end] for p in find_places(text, text)] == ["安塞县"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("中央社記者王五台北5日電 行政院長卓榮泰今天到宜蘭勘災。", TripKind.INSPECTION),
        ("中央社記者王五台北5日電 國民黨主席朱立倫今天率團赴美參訪。", TripKind.VISIT),
        ("中央社記者王五花蓮5日電 總統賴清德今天到花蓮縣光復鄉訪視災民。", TripKind.INSPECTION),
    ],
)
def test_taiwans_words_for_inspecting_and_visiting(text, kind):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.kind is kind


def test_an_agencys_dateline_with_no_day():
    art = read_article("新华社北京电 国务院总理王五5日在天津调研。", published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place) == ("新华社", "北京")
    assert isinstance(art.dateline.date, Unknown)
    assert isinstance(read_article("新华社电视台报道，总理王五5日在天津调研。", published=PUB).dateline, Unknown)


def test_a_count_of_journeys_is_no_trip():
    text = "人民网北京12月25日电 2020年总书记王五12次赴地方考察，从云南、北京、湖北，到宁夏、吉林、安徽。"
    assert extract_chinese_text(text, published=PUB).trips == ()
    (trip,) = extract_chinese_text("新华社北京6月5日电 国务院总理王五5日首次访问老挝。", published=PUB).trips
    assert trip.kind is TripKind.VISIT


def test_a_stop_told_next_with_no_day_of_its_own_is_on_the_day_last_named():
    text = (
        "新华社长沙3月21日电 3月18日至21日，总书记王五在湖南考察，先后来到常德、长沙等地。"
        "19日上午，王五来到湖南第一师范学院考察。随后，王五来到长沙市岳麓区，考察岳麓书院。"
        "之后，王五还将前往岳阳。"
    )
    (trip,) = extract_chinese_text(text, published=dt.date(2024, 3, 21)).trips
    days = {_names(s.place): s.span for s in trip.stops}
    assert days["Changsha"] == DateSpan.day(dt.date(2024, 3, 19))
    assert isinstance(days["Yueyang"], Unknown)


def test_companions_named_alone():
    text = "新华社长沙3月21日电 3月18日，总书记王五在湖南常德考察。蔡奇、何立峰陪同考察。"
    (trip,) = extract_chinese_text(text, published=dt.date(2024, 3, 21)).trips
    assert [c.name for c in trip.companions] == ["蔡奇", "何立峰"]


def test_a_body_naming_only_the_office_takes_the_name_from_the_headline():
    text = "特首李家超今率团访问中东\n2024-06-05 10:00\n【明报专讯】行政长官今日率团启程前往沙特阿拉伯利雅得，展开为期六天的访问。"
    (trip,) = extract_chinese_text(text).trips
    assert (trip.person.name, [_names(s.place) for s in trip.stops]) == ("李家超", ["Riyadh"])


def test_the_offices_bureau_is_not_its_holder():
    text = "行政长官办公室表示，行政长官王五明日(6月6日)至6月8日访问成都。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 6), dt.date(2024, 6, 8))


def test_a_relative_day_in_what_someone_said_and_a_tomb_named_after_a_person():
    text = (
        "新华社河内11月17日电 国家主席王五16日中午抵达河内。"
        "司机指着胡志明墓附近的主席府说，“听说今天王五主席要和我们的阮主席会晤。”"
    )
    (trip,) = extract_chinese_text(text, published=dt.date(2006, 11, 17)).trips
    assert (trip.span.start, trip.span.end) == (dt.date(2006, 11, 16), dt.date(2006, 11, 16))
    assert [_names(s.place) for s in trip.stops] == ["Hanoi"]


# --- session zh-probe11 ---------------------------------------------------------------------------


def test_local_hosts_taking_part_are_no_trip_of_their_own():
    text = "新华社北京6月4日电 国务院副总理王五4日在上海调研。上海市委书记赵六、市长龚正参加调研。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == "王五"
    assert [c.name for c in trip.companions] == ["赵六", "龚正"]


def test_a_university_named_after_a_place_is_no_stop():
    text = "新华社北京6月5日电 国务院总理王五4日在广州考察。随后来到中山大学。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Guangzhou"]


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京6月5日电 国家主席王五4日乘专机离开北京，途经乌鲁木齐，前往哈萨克斯坦阿斯塔纳。",
        "新华社北京6月5日电 外交部长王五4日在乌鲁木齐转机，前往哈萨克斯坦阿斯塔纳访问。",
    ],
)
def test_a_city_passed_through_or_changed_planes_in_is_no_stop(text):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Astana"]


def test_a_pronoun_with_no_trip_yet_is_the_one_last_named():
    text = "新华社北京6月4日电 回顾历史，国务院总理王五曾于2019年访问德国。此次他将于6月12日启程访问德国。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, trip.status) == ("王五", TripStatus.PLANNED)
    assert trip.span == DateSpan.day(dt.date(2024, 6, 12))


def test_an_editors_trailer_on_the_line_of_the_lead_leaves_it_the_body():
    text = "新华社北京6月4日电 国务院总理王五4日在天津调研。（编辑：赵六）"
    doc = extract_chinese_text(text, published=PUB)
    assert isinstance(doc.dateline, Dateline)
    assert doc.dateline.place == "北京"
    (trip,) = doc.trips
    assert [_names(s.place) for s in trip.stops] == ["Tianjin"]


def test_a_news_apps_dateline_and_a_bracketed_taiwan_byline():
    art = read_article("央视新闻客户端北京6月4日消息 国务院总理王五4日在天津调研。", published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place, art.dateline.date) == ("央视新闻客户端", "北京", dt.date(2024, 6, 4))
    art = read_article("【聯合報／記者王某某／台北即時報導】總統王五今天南下高雄視察。", published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place) == ("聯合報", "台北")


def test_met_by_video_link_is_no_visit():
    text = "新华社北京6月4日电 国家主席王五4日晚在北京以视频方式会见俄罗斯总统普京。"
    assert extract_chinese_text(text, published=PUB).trips == ()


def test_a_stop_moved_on_from_or_last_before_going_home_is_left_that_day():
    text = "新华社北京6月5日电 国务院总理王五2日抵达柏林，对德国进行正式访问。4日，王五转往巴黎。5日，王五结束访问启程回国。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    days = {_names(s.place): (s.span.start, s.span.end) for s in trip.stops if isinstance(s.span, DateSpan)}
    assert days == {
        "Berlin": (dt.date(2024, 6, 2), dt.date(2024, 6, 4)),
        "Paris": (dt.date(2024, 6, 4), dt.date(2024, 6, 5)),
    }


def test_a_range_over_a_list_going_on_in_a_clause_of_its_own_and_a_relative_day_told_with_its_date():
    text = (
        "行政长官王五明日(6月6日)至6月9日访问北京，以及天津，出席2024年的活动。"
        "王五明日前往北京，8日转往天津，9日返港。"
    )
    (trip,) = extract_chinese_text(text).trips
    days = {_names(s.place): (s.span.start, s.span.end) for s in trip.stops if isinstance(s.span, DateSpan)}
    assert days == {
        "Beijing": (dt.date(2024, 6, 6), dt.date(2024, 6, 8)),
        "Tianjin": (dt.date(2024, 6, 8), dt.date(2024, 6, 9)),
    }


def test_a_day_a_journey_over_a_list_starts_from_dates_none_of_it():
    text = "行政长官王五6月6日起访问北京及天津五日。王五又会在下星期二到天津访问一日。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    days = {_names(s.place): s.span for s in trip.stops}
    assert isinstance(days["Beijing"], Unknown)
    assert days["Tianjin"] == DateSpan.day(dt.date(2024, 6, 11))


def test_a_guest_who_came_to_visit_and_a_plan_told_without_a_pronoun():
    (trip,) = extract_chinese_text("【明报专讯】行政长官王五今日在礼宾府会见到访的新加坡总理黄循财。", published=PUB).trips
    assert trip.person.name == "黄循财"
    text = "中央社记者赵六台北4日电 行政院长王五今天表示，将于下周前往高雄视察灾情。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, trip.status) == ("王五", TripStatus.PLANNED)


# --- session zh-probe12 ----------------------------------------------------------------------------


def test_an_autonomous_prefecture_with_no_geonames_record_is_its_seat():
    (trip,) = extract_chinese_text("6月3日至4日，省委书记王五在阿坝藏族羌族自治州调研。", published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Barkam"]


def test_a_city_state_in_a_list_of_countries_over_a_range_takes_no_day():
    text = "外交部发言人宣布，总理王五将于6月20日至24日先后访问新加坡、马来西亚。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 20), dt.date(2024, 6, 24))
    assert [(_names(s.place), s.span) for s in trip.stops] == [("Singapore", Unknown("no date given"))]


def test_a_part_of_a_month_told_from_the_report_day():
    assert _days("将于本月底访问") == [("本月底", "2024-06-21", "2024-06-30")]
    assert _days("将于下月初访问") == [("下月初", "2024-07-01", "2024-07-10")]
    assert _days("于月底前往") == [("月底", "2024-06-21", "2024-06-30")]
    assert _days("不忘岁月初心") == []


def test_a_planned_trip_told_by_a_part_of_a_month_spans_it():
    (trip,) = extract_chinese_text("外交部宣布，总理王五将于7月上旬访问德国。", published=PUB).trips
    assert (trip.status, trip.span.start, trip.span.end) == (
        TripStatus.PLANNED, dt.date(2024, 7, 1), dt.date(2024, 7, 10)
    )


def test_a_district_newer_than_the_table_after_its_prefecture_is_read_by_pinyin():
    (trip,) = extract_chinese_text("省委书记王五4日来到杭州市临平区调研。", published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Hangzhou", "Linping"]


def test_a_district_right_after_its_city_is_a_stop_of_its_own():
    (trip,) = extract_chinese_text("4日，主席王五在杭州余杭区一处园区调研。", published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Hangzhou", "Linping"]


def test_a_day_of_the_travellers_with_no_place_is_at_the_stop_told_last():
    text = "韩国总统王五2日抵达北京，开始国事访问。3日，王五出席商务论坛。4日，王五前往上海。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [(_names(s.place), str(s.span.start), str(s.span.end)) for s in trip.stops] == [
        ("Beijing", "2024-06-02", "2024-06-03"),
        ("Shanghai", "2024-06-04", "2024-06-04"),
    ]


def test_invited_is_no_part_of_a_foreign_name():
    assert [m.name for m in find_people("韩国总统王五应邀于2日抵达北京")] == ["王五"]


def test_a_leg_told_over_its_own_days_with_no_subject():
    text = "主席王五将于6月10日至14日对哈萨克斯坦进行国事访问；6月15日至17日对塔吉克斯坦进行国事访问。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 10), dt.date(2024, 6, 17))
    assert [_names(r) for r in trip.regions] == ["Kazakhstan", "Tajikistan"]


def test_the_nth_day_of_a_range_told_before():
    text = "6月3日至5日，主席王五在广西考察。第一天，王五来到桂林市。第二天上午，王五前往柳州市。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [(_names(s.place), str(s.span.start)) for s in trip.stops] == [
        ("Guilin", "2024-06-03"),
        ("Liuzhou", "2024-06-04"),
    ]
    assert _days("4日到达。第二天，他离开。") == [("4日", "2024-06-04", "2024-06-04"), ("第二天", "2024-06-05", "2024-06-05")]


def test_the_first_stop_of_a_tour_is_on_its_first_day_and_the_place_left_for_home_is_a_stop():
    text = (
        "总理王五6月1日至4日出访新西兰、澳大利亚。首站，王五抵达惠灵顿，开始正式访问。"
        "2日，王五离开惠灵顿，抵达阿德莱德。4日，王五结束访问，乘专机离开珀斯回国。"
    )
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [(_names(s.place), str(s.span.start), str(s.span.end)) for s in trip.stops] == [
        ("Wellington", "2024-06-01", "2024-06-02"),
        ("Adelaide", "2024-06-02", "2024-06-02"),
        ("Perth", "2024-06-04", "2024-06-04"),
    ]


def test_leaders_who_go_separately_each_have_their_own_place():
    text = "副总理王五、赵六分别赴四川、广东调研。6月3日，王五在成都市考察；6月4日，赵六在深圳市调研。"
    trips = extract_chinese_text(text, published=PUB).trips
    assert [(t.person.name, [_names(r) for r in t.regions], [_names(s.place) for s in t.stops]) for t in trips] == [
        ("王五", ["Sichuan"], ["Chengdu"]),
        ("赵六", ["Guangdong"], ["Shenzhen"]),
    ]


def test_a_foreign_office_before_a_verb_is_no_name_and_a_guests_clause_no_trip_of_the_host():
    assert [m.name for m in find_people("总理王五同到访的德国总理举行会谈")] == ["王五"]
    assert extract_chinese_text("总理王五5日在中南海会见来华访问的新加坡总理。", published=PUB).trips == ()


def test_a_journey_with_no_day_to_the_datelines_place_is_on_the_datelines_day():
    text = "新华社拉萨6月5日电 全国政协主席王五率中央代表团抵达拉萨，出席纪念活动。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.span.start, trip.span.end) == (dt.date(2024, 6, 5), dt.date(2024, 6, 5))
    assert [(_names(s.place), str(s.span.start)) for s in trip.stops] == [("Lhasa", "2024-06-05")]


def test_a_leg_still_to_come_takes_no_day_told_before():
    text = "主席王五5日率团抵达上海，展开为期五天的参访行程，随后将赴厦门出席论坛。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [(_names(s.place), s.span) for s in trip.stops][1] == ("Xiamen", Unknown("no date given"))


def test_a_going_to_a_place_the_table_lacks_ends_the_stay_all_the_same():
    text = "总统王五2日抵达北京，开始国事访问。3日，王五前往某某园区参观。4日，王五来到上海。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [(_names(s.place), str(s.span.end)) for s in trip.stops] == [("Beijing", "2024-06-02"), ("Shanghai", "2024-06-04")]


# --- session zh13: probing with made-up copy -----------------------------------------------------


def test_everyone_named_between_ying_and_yaoqing_is_a_host():
    text = (
        "外交部发言人赵六5日宣布：应塞尔维亚总统某某维奇、匈牙利总统某某克和总理某某班邀请，"
        "国家主席王五将于6月20日至25日对塞尔维亚、匈牙利进行国事访问。"
    )
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, trip.status, str(trip.span.start)) == ("王五", TripStatus.PLANNED, "2024-06-20")


def test_a_division_word_that_opens_a_word_names_no_place():
    text = "会议提出开拓新市场、扩大新区域合作。"
    assert [p.ref.text for p in find_places(text, text)] == []
    text = "省长王五5日到新市镇调研。"
    assert [p.ref.text for p in find_places(text, text)] != []


def test_the_day_of_setting_out_for_a_list_of_places_dates_none_of_them():
    text = "特首王五今日（5日）启程前往多哈及迪拜，进行为期五天的访问。代表团明日抵达多哈，8日转往迪拜，9日返港。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [(_names(s.place), str(s.span.start), str(s.span.end)) for s in trip.stops] == [
        ("Doha", "2024-06-06", "2024-06-08"),
        ("Dubai", "2024-06-08", "2024-06-09"),
    ]


def test_a_province_named_like_its_prefecture_before_a_city_of_it():
    text = "副总理王五4日在吉林长春检查工作。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Changchun"]


def test_a_message_of_sympathy_is_no_visit():
    text = "国家主席王五4日就某国发生洪灾向巴基斯坦总统某某致慰问电。"
    assert extract_chinese_text(text, published=PUB).trips == ()


def test_a_foreign_name_ends_at_yesterday():
    assert [m.name for m in find_people("德国总理朔尔茨昨日（4日）抵达北京。")] == ["朔尔茨"]


def test_a_stop_of_a_one_day_tour_told_with_no_day_is_on_that_day():
    text = "4日，省委书记王五到宣城市调研。王五先后来到泾县、旌德县，察看茶叶生产。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert {str(s.span.start) for s in trip.stops} == {"2024-06-04"}
    assert len(trip.stops) == 3
    # a visit abroad of one day: a place told with no day may be another leg
    text = "总统王五4日抵达奥克兰。离开惠灵顿时，总理某某到机场送行。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [(_names(s.place), s.span) for s in trip.stops if _names(s.place) == "Wellington"] in (
        [("Wellington", Unknown("no date given"))],
        [],
    )


def test_a_later_part_of_the_day_told_without_its_subject_is_the_next_leg():
    text = "6月4日上午，副总理王五在营口港考察；下午，来到鞍山市。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [str(s.span.start) for s in trip.stops] == ["2024-06-04", "2024-06-04"]
    assert len(trip.stops) == 2


def test_a_trip_the_body_gives_no_day_of_takes_the_headlines_days():
    text = (
        "王五12月29日至31日在云南调研\n2024-01-03 09:12:00　来源：某某网\n"
        "新华社昆明1月2日电 副总理王五在云南调研，先后来到昆明、大理。\n"
    )
    (trip,) = extract_chinese_text(text).trips
    assert (str(trip.span.start), str(trip.span.end)) == ("2023-12-29", "2023-12-31")


def test_a_foreign_office_before_a_meeting_word_names_no_one():
    assert [m.name for m in find_people("代表团首站抵达金边，并与柬埔寨首相会面。")] == []
    assert [m.name for m in find_people("并与柬埔寨首相某某森会面。")] == ["某某森"]


def test_the_one_stop_told_of_a_journey_over_several_countries_does_not_span_it():
    text = "特首王五4日率团启程访问泰国、老挝和越南，为期六天。代表团5日抵达曼谷。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (str(trip.span.start), str(trip.span.end)) == ("2024-06-04", "2024-06-09")
    assert [(_names(s.place), str(s.span.start), str(s.span.end)) for s in trip.stops] == [
        ("Bangkok", "2024-06-05", "2024-06-05")
    ]


def test_places_named_in_what_the_traveller_said_are_no_stops():
    text = "6月4日，省委书记王五到洛阳市调研。王五强调，要学习江苏经验，推动郑州、开封协同发展。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Luoyang"]
    assert [_names(r) for r in trip.regions] in ([], ["Henan"])
    # what was said of a journey is the journey's
    text = "特首王五4日率团访问深圳。王五表示，代表团傍晚已抵达东莞。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Shenzhen", "Dongguan"]


def test_a_word_of_going_does_not_lend_its_last_character_to_a_place():
    text = "总理王五4日抵达曼谷，随后莅临沂水县。各方参加纳税人大会。"
    assert [_names(p.ref) for p in find_places(text, text)] == ["Bangkok", "Yishui"]


def test_short_forms_that_are_ordinary_words_name_no_place():
    text = "在这一重要关口，要推动自由贸易，践行绿水青山就是金山银山理念，构建新安全格局。"
    assert [p.ref.text for p in find_places(text, text)] == []


def test_a_district_named_by_an_ordinary_word_is_a_place_only_after_its_city():
    text = "王五察看城区排水和矿区复垦情况。"
    assert [p.ref.text for p in find_places(text, text)] == []
    text = "王五来到阳泉市矿区。"
    assert [p.ref.text for p in find_places(text, text)] == ["阳泉市", "矿区"]


def test_visiting_the_mainland_is_a_visit():
    text = "国民党副主席王五今天率团访陆，将前往厦门交流。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.kind, trip.status, str(trip.span.start)) == (TripKind.VISIT, TripStatus.MADE, "2024-06-05")


def test_a_name_then_a_former_office():
    assert [(m.name, m.titles) for m in find_people("马英九前总统今天抵达厦门。")] == [("马英九", ("前总统",))]


def test_a_journey_talked_of_is_no_journey_told():
    text = "总统王五今天在总统府接受专访，谈及上月出访友邦的成果。"
    assert extract_chinese_text(text, published=PUB).trips == ()


def test_a_day_with_no_month_within_the_span_last_named_is_in_its_month():
    text = "主席王五将于7月8日至10日访问俄罗斯，9日在莫斯科出席活动。发言人5日表示欢迎。"
    assert _days(text) == [
        ("7月8日至10日", "2024-07-08", "2024-07-10"),
        ("9日", "2024-07-09", "2024-07-09"),
        ("5日", "2024-06-05", "2024-06-05"),
    ]


def test_the_nth_day_of_a_journey_is_a_count_not_the_day_after():
    assert _days("总统王五出访第二天，今天在某国出席国宴。") == [("今天", "2024-06-05", "2024-06-05")]


def test_a_speaker_of_a_house_and_a_procurator_general_are_offices():
    assert [m.name for m in find_people("美国众议院议长某某西16日抵达东京。")] == ["某某西"]
    assert [m.name for m in find_people("最高人民检察院检察长王五16日在江苏调研。")] == ["王五"]


def test_a_surname_and_the_office_of_one_person_is_that_person():
    text = "国家主席王五4日抵达莫斯科。5日，王主席前往圣彼得堡。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [(_names(s.place), str(s.span.start)) for s in trip.stops] == [
        ("Moscow", "2024-06-04"),
        ("Saint Petersburg", "2024-06-05"),
    ]


def test_a_surname_and_an_office_go_on_with_the_trip_told_and_start_none():
    text = "总统王五今天晚间即将搭机前往中美洲，进行为期六天的访问。王总统一行先抵达夏威夷，再直飞巴拿马。"
    trips = extract_chinese_text(text, published=PUB).trips
    assert [(t.person.name, t.status) for t in trips] == [("王五", TripStatus.PLANNED)]


def test_a_city_under_a_county_gone_to_is_a_stop():
    text = "总统王五今天前往嘉义县视察。王总统先后到访朴子市与东石乡，慰问渔民。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [s.place.text for s in trip.stops] == ["朴子市", "东石乡"]


def test_one_named_after_accompany_is_not_the_subject():
    text = "原订要陪同王总统出访的县长赵六因灾情取消行程。国家主席王五5日抵达巴黎。"
    trips = extract_chinese_text(text, published=PUB).trips
    assert [(t.person.name, str(t.span.start)) for t in trips] == [("王五", "2024-06-05")]


# --- session zh14: reports no one here wrote ------------------------------------------------------


def test_a_news_site_by_its_kind_before_a_place_and_a_day_is_a_dateline():
    art = read_article("东方网上海6月4日消息(记者赵六)市长王五4日到嘉定区调研。", published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place, art.dateline.date) == ("东方网", "上海", dt.date(2024, 6, 4))


def test_dateline_of_a_short_country_name_after_the_reporter():
    art = read_article("(中央社记者赵小六圣克里斯多福4日电)总统王五今天抵达圣克里斯多福。", published=PUB)
    assert isinstance(art.dateline, Dateline)
    assert art.dateline.place == "圣克里斯多福"


def test_investigation_and_research_is_a_research_trip():
    text = "副总理王五3日到5日在吉林省长春、通化等地，就春耕生产情况进行调查研究。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.kind is TripKind.RESEARCH
    assert [_names(s.place) for s in trip.stops] == ["Changchun", "Tonghua"]


def test_a_day_then_to_and_a_place_is_a_journey():
    text = "总统王五今日到嘉义市城隍庙参香，并向民众致意。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert ([_names(s.place) for s in trip.stops], str(trip.span.start)) == (["Chiayi City"], "2024-06-05")
    # a range of days and "to the meeting" are no journey
    assert extract_chinese_text("总统王五4日到6日在府内办公。主席赵六今天到会讲话。", published=PUB).trips == ()


def test_a_one_character_township_is_only_a_citys_quarter():
    text = "总统王五今日到嘉义市城隍庙参香。他说，今天回到嘉义与乡亲见面，也到嘉义乡亲家中拜访。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Chiayi City"]


def test_the_town_between_a_county_and_its_village_is_no_stop():
    text = "省长王五5日来到宁波市象山县石浦镇东门村，察看渔港建设。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert "石浦镇" not in [s.place.text for s in trip.stops]
    assert "东门村" in [s.place.text for s in trip.stops]


def test_a_range_of_weekdays_with_the_last_day_in_brackets():
    anchor = dt.date(2024, 6, 3)  # a Monday
    assert _days("总理赵六将从周一至周五(6月7日)访华。", anchor) == [
        ("周一至周五(6月7日)", "2024-06-03", "2024-06-07")
    ]
    assert _days("他将于周二(4日)至周四(6日)访问越南。", anchor) == [
        ("周二(4日)至周四(6日)", "2024-06-04", "2024-06-06")
    ]
    assert _days("总统王五周一至周三在河内访问。", dt.date(2024, 6, 5)) == [("周一至周三", "2024-06-03", "2024-06-05")]


def test_a_weekday_with_its_day_in_brackets_is_one_day():
    assert _days("他将于周五(7日)出席开幕式。") == [("周五(7日)", "2024-06-07", "2024-06-07")]
    # a day with its weekday in brackets: the day holds
    assert _days("6日(周四)抵达") == [("6日", "2024-06-06", "2024-06-06")]
    # a bracketed day that is not that weekday leaves each to its plain reading
    assert [t for t, _, _ in _days("他将于周五(9日)出席开幕式。")] == ["周五", "9日"]


def test_each_of_a_list_of_titled_guests_travels():
    text = "越南国家主席阮某某、老挝国家主席通某某以及世界银行行长班某某将应邀出席在昆明举行的博览会开幕式。"
    trips = extract_chinese_text(text, published=PUB).trips
    assert sorted(t.person.name for t in trips) == ["班某某", "通某某", "阮某某"]
    assert all(t.status is TripStatus.PLANNED for t in trips)


def test_a_list_of_titled_names_each_of_their_own_office():
    text = "国务院副总理王五、全国政协副主席赵六5日在广州调研。"
    trips = extract_chinese_text(text, published=PUB).trips
    assert [(t.person.name, str(t.span.start)) for t in trips] == [("王五", "2024-06-05"), ("赵六", "2024-06-05")]


def test_a_foreign_officer_invited_to_attend_comes_with_no_place_named():
    text = "法国总统某某龙、德国总理某某茨将应邀出席论坛。"
    trips = extract_chinese_text(text, published=PUB).trips
    assert [(t.person.name, t.status) for t in trips] == [
        ("某某龙", TripStatus.PLANNED),
        ("某某茨", TripStatus.PLANNED),
    ]
    # with no invitation, attending names no journey
    assert extract_chinese_text("法国总统某某龙将出席论坛。", published=PUB).trips == ()


def test_one_countrys_head_of_government_under_two_transliterations_is_one_person():
    text = "泰国总理赛某某将出席论坛。应国务院总理王五邀请，泰国总理塞某某(Somchai Wong)将对中国进行正式访问。"
    trips = extract_chinese_text(text, published=PUB).trips
    assert [t.person.name for t in trips] == ["赛某某"]
    assert trips[0].kind is TripKind.VISIT


def test_a_plan_with_no_day_or_place_of_its_own_is_the_journey_under_way():
    text = "应国务院总理王五邀请，泰国总理赵六将对中国进行正式访问。赵六今天下午抵达广州。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.status, trip.kind, str(trip.span.start)) == (TripStatus.MADE, TripKind.VISIT, "2024-06-05")
    # a plan elsewhere stays a plan
    text = "总统王五将访问日本。王五昨天抵达首尔，开始对韩国的访问。"
    assert [t.status for t in extract_chinese_text(text, published=PUB).trips] == [
        TripStatus.PLANNED,
        TripStatus.MADE,
    ]


def test_of_namesake_districts_the_one_within_the_city_written_before_it():
    text = "王五来到大同市城关区。"  # no such district: the table's 城关区 are Lhasa's and Lanzhou's
    assert [p.ref.text for p in find_places(text, text)][:1] == ["大同市"]
    for city, code in (("兰州市", "620102"), ("拉萨市", "540102")):
        text = f"王五来到{city}城关区。"
        place = find_places(text, text)[1]
        assert place.adcode == code


def test_a_community_gone_to_is_a_stop_and_one_after_its_district_is_not():
    text = "市委书记王五先后到静安区某某路菜场、曹家渡社区学校、文化中心视察调研。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [s.place.text for s in trip.stops] == ["静安区", "曹家渡社区"]
    text = "市委书记王五来到花木社区，看望居民。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [s.place.text for s in trip.stops] == ["花木社区"]
    # a kind of community is no place; nor is a community written after its district (part of it)
    text = "市委书记王五到嘉定区调研，要求加强城乡社区治理。王五随后来到普陀区长风社区。"
    assert "城乡社区" not in [p.ref.text for p in find_places(text, text)]
    assert "长风社区" not in [p.ref.text for p in find_places(text, text)]


def test_a_taiwan_town_by_its_bare_name_after_its_county_or_going():
    text = "总统王五前往云林北港、西螺参香。"
    assert [(_names(p.ref), p.is_region) for p in find_places(text, text)] == [
        ("云林", True),
        ("Beigang", False),
        ("Xiluo", False),
    ]
    text = "总统王五来到云林县。随后来到北港朝天宫参拜。"
    assert "Beigang" in [_names(p.ref) for p in find_places(text, text)]
    # with no place of Taiwan named, the bare name is no place ("田中" is a surname too)
    assert find_places("王五到田中家里做客。", "王五到田中家里做客。") == []


def test_a_town_known_as_a_venue_is_a_place_but_not_in_a_forums_name():
    text = "总理王五前往博鳌，出席博鳌亚洲论坛年会。"
    assert [(p.ref.text, _names(p.ref)) for p in find_places(text, text)] == [("博鳌", "Bo'ao")]


def test_a_header_date_with_a_chinese_month_in_english_order():
    art = read_article("总理考察海南\n3月 20, 2024 10:21\n国务院总理王五19日在海南调研。\n")
    assert art.published == dt.date(2024, 3, 20)


def test_a_prefecture_written_right_before_its_county_is_no_stop():
    text = "省委书记王五5日来到丽水市松阳县，察看古村落保护。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [s.place.text for s in trip.stops] == ["松阳县"]
    # a city before its district stays (the district is the city's own)
    text = "省委书记王五5日来到丽水市莲都区，察看古村落保护。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert "丽水市" in [s.place.text for s in trip.stops]


def test_municipalities_visited_with_the_verbs_le_are_their_cities():
    text = "葡萄牙总理某某斯4日起对中国进行正式访问。一行访问了北京、上海，广州是这次行程的最后一站。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert {"Beijing", "Shanghai"} <= {_names(s.place) for s in trip.stops}


def test_a_taiwan_city_listed_with_a_county_is_the_county():
    text = "总统王五一连跑了嘉义及云林，首先到东石乡。"
    assert [(p.ref.text, p.is_region) for p in find_places(text, text)] == [
        ("嘉义", True),
        ("云林", True),
        ("东石乡", False),
    ]
    # a list mark is no township's first character
    text = "院长王五到彰化县和台中市视察。"
    assert [p.ref.text for p in find_places(text, text)] == ["彰化县", "台中市"]


def test_an_envoy_with_de_travels_not_the_sender():
    text = "国家主席王五的特使、国务院副总理赵六昨日抵达莫斯科，出席总统就职典礼。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == "赵六"


def test_taiwans_outlying_counties_are_regions():
    text = "立法院长王五今日前往金门，视察防务。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [r.text for r in trip.regions] == ["金门"]
    assert find_places("参观金门大桥", "参观金门大桥") == []


# --- session zh15: probing with made-up copy ------------------------------------------------------


def test_names_joined_by_tong_before_yitong_the_first_travels_the_others_go_along():
    text = "新华社北京6月4日电 总书记王五同总理孙六、委员长赵七一同来到河北省保定市考察。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == "王五"
    assert [c.name for c in trip.companions] == ["孙六", "赵七"]
    text = "總理周八和部長吳九一同前往廣東深圳調研。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, [c.name for c in trip.companions]) == ("周八", ["吳九"])


@pytest.mark.parametrize(
    "verb", ["结束对越南的访问", "乘专机抵达", "启程前往", "飞抵巴黎", "随后前往", "走访企业", "察看灾情", "慰问群众", "返回北京", "带领调研组深入"]
)
def test_a_name_of_two_ends_before_a_word_of_going(verb):
    (m,) = find_people("国务院总理钱明" + verb + "。")
    assert m.name == "钱明"
    assert [x.name for x in find_people("省长钱启明今天考察。")] == ["钱启明"]


def test_weekdays_of_a_named_week_with_their_days_in_brackets():
    assert _days("下周日(9日)至下周六(15日)访问") == [("下周日(9日)至下周六(15日)", "2024-06-09", "2024-06-15")]
    assert _days("本周五（7日）抵达") == [("本周五（7日）", "2024-06-07", "2024-06-07")]
    assert _days("下周一至周三访问") == [("下周一至周三", "2024-06-10", "2024-06-12")]
    # a place after 到 is no second weekday
    assert _days("他周二到天津访问") == [("周二", "2024-06-04", "2024-06-04")]
    assert _days("下星期二到天津") == [("下星期二", "2024-06-11", "2024-06-11")]


def test_a_length_counted_on_from_the_day_just_named_and_a_range_with_qi():
    assert _days("六日起的五天") == [("六日", "2024-06-06", "2024-06-06"), ("五天", "2024-06-06", "2024-06-10")]
    assert _days("8日起一连三天") == [("8日", "2024-06-08", "2024-06-08"), ("三天", "2024-06-08", "2024-06-10")]
    assert _days("6月6日起至10日") == [("6月6日起至10日", "2024-06-06", "2024-06-10")]
    assert _days("6月5、6、7日") == [("6月5、6、7日", "2024-06-05", "2024-06-07")]


def test_taiwan_townships_after_their_county_are_not_mainland_namesakes():
    text = "行政院长王五今日赴花莲县视察，先后到秀林乡、吉安乡。"
    places = [(p.ref.text, _names(p.ref)) for p in find_places(text, text)]
    assert places == [("花莲县", "花莲县"), ("秀林乡", "Xiulin"), ("吉安乡", "吉安乡")]
    text = "总统王五今天前往屏东县东港镇视察。"
    assert [p.ref.text for p in find_places(text, text)] == ["屏东县", "东港镇"]
    assert all(isinstance(p.ref, Unresolved) for p in find_places(text, text))
    # the city itself stays where no township is written
    text = "省长王五今天到江西吉安考察。"
    assert [_names(p.ref) for p in find_places(text, text)] == ["Jiangxi", "Ji’an"]


def test_townships_gone_into_and_a_count_of_villages_is_no_place():
    text = "县委书记王五深入城关镇、溪口乡调研，走访了三个村。"
    assert [p.ref.text for p in find_places(text, text)] == ["城关镇", "溪口乡"]
    text = "要深入开展代表联系基层、联系社区的活动。"
    assert find_places(text, text) == []


def test_a_new_section_of_a_zone_is_a_place_and_a_memorial_named_after_a_person_is_none():
    text = "市委书记王五来到浦东新区临港新片区，调研重点企业。"
    assert [p.ref.text for p in find_places(text, text)] == ["浦东新区", "临港新片区"]
    text = "省委书记王五来到漳州市东山县，参观了谷文昌纪念馆。"
    assert [p.ref.text for p in find_places(text, text)] == ["东山县"]


def test_the_region_of_taiwans_leader_by_office_is_no_region_of_the_trip():
    text = "台湾地区领导人王五5日出访巴拉圭。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [r.text for r in trip.regions] == ["巴拉圭"]


@pytest.mark.parametrize(
    "body",
    [
        "国家主席王五5日在人民大会堂出席欢迎仪式，欢迎来华进行国事访问的越南国家主席某林。",
        "国家主席王五5日在人民大会堂举行欢迎仪式，欢迎越南国家主席某林对中国进行国事访问。",
        "国家主席王五和夫人5日在人民大会堂为越南国家主席某林举行欢迎宴会。",
    ],
)
def test_a_guest_welcomed_or_feted_in_beijing_is_on_a_visit_not_the_host(body):
    (trip,) = extract_chinese_text("新华社北京6月5日电 " + body, published=PUB).trips
    assert (trip.person.name, trip.kind) == ("某林", TripKind.VISIT)
    assert [_names(s.place) for s in trip.stops] == ["Beijing"]


def test_a_leg_told_by_its_days_and_where_the_work_was_done():
    text = "委员长王五于6月1日至5日在吉林、辽宁调研。6月1日至3日，王五在长春、吉林市调研；4日至5日，在沈阳、大连调研。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Changchun", "Jilin", "Shenyang", "Dalian"]


def test_the_length_of_the_visit_told_in_a_sentence_of_its_own():
    text = "国家主席王五6月3日离开北京，前往哈萨克斯坦、塔吉克斯坦进行国事访问。此访为期五天。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.start, trip.end) == (dt.date(2024, 6, 3), dt.date(2024, 6, 7))


def test_with_no_publication_day_a_year_ending_an_events_name_and_a_day_in_brackets():
    text = (
        "某国总理某某斯今(3)日抵达澳门，展开两天访问。某某斯明日上午出席中葡合作博览会2019。"
        "某某斯是于4月28日起对中国进行正式访问。"
    )
    doc = extract_chinese_text(text)
    days = {m.text: m.span for m in doc.dates if isinstance(m.span, DateSpan)}
    assert days["4月28日"] == DateSpan.day(dt.date(2019, 4, 28))
    assert days["今(3)日"] == DateSpan.day(dt.date(2019, 5, 3))  # after 28 April: the month after
    assert days["明日上午"] == DateSpan.day(dt.date(2019, 5, 4))


def test_a_place_whose_party_committee_opens_an_office_is_no_name():
    people = find_people("省委常委、杭州市委书记钱七参加调研。省委常委、常务副省长孙八陪同。")
    assert [(m.name, m.titles) for m in people] == [
        ("钱七", ("省委常委", "杭州市委书记")),
        ("孙八", ("省委常委", "常务副省长")),
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("美国加州州长某森今日抵达北京，展开访问。", "某森", "加州州长"),
        ("澳大利亚维多利亚州州长某鲁斯5日抵达北京。", "某鲁斯", "维多利亚州州长"),
        ("美国国会参议院多数党领袖某默率团抵达上海。", "某默", "国会参议院多数党领袖"),
        ("新加坡国务资政某显5日抵达北京。", "某显", "国务资政"),
        ("沙特王储某罕·本·某勒曼5日抵达北京。", "某罕·本·某勒曼", "王储"),
    ],
)
def test_foreign_governors_leaders_of_houses_senior_ministers_and_names_of_three_parts(text, name, title):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (trip.person.name, str(trip.person.title)) == (name, title)


@pytest.mark.parametrize("heading", ["相关新闻", "延伸阅读：", "【热点推荐】", "相關新聞：", "【责任编辑：赵六】"])
def test_the_pages_list_of_other_reports_after_the_body_is_no_report(heading):
    text = (
        "王五在江西调研\n2024-06-05 08:00 来源：某某网\n"
        "某某社南昌6月5日电 国务院副总理王五4日至5日在江西调研。他先后来到南昌、九江。\n"
        f"{heading}\n孙六抵达巴黎开始对法国进行国事访问\n· 委员长赵七在吉林调研 2024-06-01\n"
    )
    doc = extract_chinese_text(text)
    assert [t.person.name for t in doc.trips] == ["王五"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("越共中央总书记某林5日抵达北京。", "某林", "越共中央总书记"),
        ("老挝人民革命党中央总书记、国家主席某伦5日抵达北京。", "某伦", "老挝人民革命党中央总书记、国家主席"),
        ("古巴共产党中央第一书记、国家主席某斯-某内尔5日抵达北京。", "某斯-某内尔", "古巴共产党中央第一书记、国家主席"),
    ],
)
def test_foreign_party_leaders_and_chains_of_foreign_offices(text, name, title):
    (m,) = find_people(text)
    assert (m.name, "、".join(m.titles)) == (name, title)


def test_world_leaders_named_alone():
    doc = extract_chinese_text("中央社記者王五華盛頓5日電 川普今天抵達北京，展開訪問。", published=PUB)
    assert [t.person.name for t in doc.trips] == ["川普"]


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京6月5日电 总理王五5日主持召开国务院常务会议，部署防汛工作。王五此前曾赴河南检查防汛。",
        "新华社北京6月5日电 总书记王五5日主持召开会议。会议指出，要做好防汛工作。今年以来，王五先后赴四川、湖南考察。",
        "新华社北京6月5日电 国家主席王五同美国总统某普5日通电话。某普表示，期待明年访问中国。王五欢迎某普访华。",
        "新华社北京6月5日电 总理王五5日会见美国商界代表。王五欢迎美国总统某普年内访华。",
    ],
)
def test_journeys_of_a_past_stretch_and_invitations_are_no_trips(text):
    assert extract_chinese_text(text, published=PUB).trips == ()


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("中央社記者5日電 英相某凱爾今天抵達北京訪問。", "某凱爾", "英相"),
        ("日相某田文雄今天抵达华府。", "某田文雄", "日相"),
        ("美国务卿某林肯今天抵达北京。", "某林肯", "美国务卿"),
        ("友邦巴拉圭总统某恩今天率团抵台访问。", "某恩", "巴拉圭总统"),
    ],
)
def test_a_country_by_one_character_before_its_office(text, name, title):
    (m,) = find_people(text)
    assert (m.name, m.titles) == (name, (title,))
    assert find_people("今日相约北京。中日首相会谈。") == []


def test_a_street_named_after_a_city_is_not_in_it_and_a_leg_told_with_dao():
    text = "总理王五5日在上海调研。他来到南京路步行街，又沿长安街前行。随后到黄河边的兰考县。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Shanghai", "Lankao"]


def test_a_festivals_day_nearest_the_report():
    anchor = dt.date(2024, 2, 12)
    assert _days("春节当天，省长王五来到", anchor)[0] == ("春节", "2024-02-10", "2024-02-10")
    assert _days("元宵节，他来到", anchor) == [("元宵节", "2024-02-24", "2024-02-24")]
    assert _days("元旦，总理王五", anchor) == [("元旦", "2024-01-01", "2024-01-01")]
    # a stretch around the festival names no day
    assert _days("春节前夕，王五来到", anchor) == []
    assert _days("国庆节期间", anchor) == []


def test_the_day_of_leaving_for_a_place_is_not_the_day_there():
    text = (
        "新华社北京6月8日电 国家主席王五3日晚乘专机离开北京，前往莫斯科。"
        "当地时间4日上午，王五抵达莫斯科。6日，王五抵达圣彼得堡。"
    )
    (trip,) = extract_chinese_text(text, published=dt.date(2024, 6, 8)).trips
    days = {_names(s.place): (s.start, s.end) for s in trip.stops}
    assert days["Moscow"] == (dt.date(2024, 6, 4), dt.date(2024, 6, 4))


def test_a_prefecture_written_right_before_its_county_level_city_is_no_stop():
    text = "副总理王五5日来到嘉兴市桐乡市，察看企业。"
    assert [p.ref.text for p in find_places(text, text)] == ["桐乡市"]


def test_a_known_leader_named_alone_in_the_headline_and_by_office_in_the_body():
    text = "李家超今起访中东\n2024-06-05 某某报\n特首今日启程前往沙特，为期六天。\n"
    (trip,) = extract_chinese_text(text).trips
    assert (trip.person.name, trip.start, trip.end) == ("李家超", dt.date(2024, 6, 5), dt.date(2024, 6, 10))


def test_two_foreign_offices_joined_by_jian_before_the_name():
    (trip,) = extract_chinese_text("新西兰副总理兼外交部长彼得斯将于6月11日至13日访华。", published=PUB).trips
    assert (trip.person.name, trip.person.title.name if trip.person.title else None) == ("彼得斯", "副总理兼外交部长")


def test_a_count_of_days_right_after_a_verb_of_visiting_is_the_trips_length():
    (trip,) = extract_chinese_text("行政长官王五将于六月十二日率领经贸代表团，启程前往湖南考察三天。", published=PUB).trips
    assert (trip.span.start.isoformat(), trip.span.end.isoformat()) == ("2024-06-12", "2024-06-14")


# --- session zh16: probing with made-up copy ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("自治区政协主席巴特木尔一行4日来到通辽市调研。", "巴特木尔"),
        ("市委常委、宣传部部长其木格乌兰带领调研组4日深入包头市。", "其木格乌兰"),
        ("盟委书记苏和巴雅尔4日深入多伦县调研。", "苏和巴雅尔"),
        ("全国人大常委会副委员长次仁多吉4日在昌都调研。", "次仁多吉"),
        ("全國政協副主席帕巴拉格桑朗杰4日在昌都調研。", "帕巴拉格桑朗杰"),
        ("自治区主席艾力·吐尔逊4日深入喀什市调研。", "艾力·吐尔逊"),
        ("县委书记买买提·阿不都热合曼5日走访了和田市。", "买买提·阿不都热合曼"),
    ],
)
def test_a_mongolian_tibetan_or_uyghur_name_after_an_office(text, name):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == name
    # a Han name keeps its surname and one or two characters
    (m,) = find_people("省委书记王小明4日在杭州调研。")
    assert m.name == "王小明"


@pytest.mark.parametrize(
    "text",
    [
        "国务院总理王五4日在人民大会堂宴请某某国总理某赛。",
        "國家主席王五4日在釣魚台國賓館會見某某國總統某林肯。",
        "国家主席王五4日在中南海会见越共中央总书记某林。",
    ],
)
def test_a_guest_met_or_feted_at_a_state_venue_is_in_beijing(text):
    text = text.replace("某某国", "新加坡").replace("某某國", "新加坡")
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.kind is TripKind.VISIT
    assert trip.person.name != "王五"
    assert [_names(s.place) for s in trip.stops] == ["Beijing"]


def test_a_chief_executive_or_a_foreign_officer_attending_in_beijing_is_away():
    (trip,) = extract_chinese_text("香港某报讯 行政长官王五4日在北京出席论坛。", published=PUB).trips
    assert (trip.person.name, [_names(s.place) for s in trip.stops]) == ("王五", ["Beijing"])
    # one of the central leadership attending in Beijing is at home
    assert extract_chinese_text("新华社北京6月4日电 国务院副总理王五4日在北京出席论坛。", published=PUB).trips == ()


def test_a_foreign_name_ends_before_lai_hua_and_a_sultan_is_an_office():
    (m,) = [m for m in find_people("欢迎巴西总统某拉来华国事访问。") if m.titles]
    assert m.name == "某拉"
    (trip,) = extract_chinese_text("文莱苏丹某桑纳尔4日抵达北京。", published=PUB).trips
    assert (trip.person.name, trip.person.title.name if trip.person.title else None) == ("某桑纳尔", "苏丹")


def test_a_signed_article_in_a_paper_abroad_is_no_journey():
    assert extract_chinese_text("国家主席王五4日在秘鲁《晨报》发表题为《友谊》的署名文章。", published=PUB).trips == ()
    assert extract_chinese_text("總理王五在新西蘭主流媒體發表署名文章。", published=PUB).trips == ()
    # one of ours in a city abroad is still on a journey there
    (trip,) = extract_chinese_text("国家主席王五3日在利马同秘鲁总统某某举行会谈。", published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Lima"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("新华社北京6月5日电 为期三日的访问昨日结束，智利总统某瑞克乘专机离开上海。", "2024-06-02", "2024-06-04"),
        ("新华社北京6月5日电 為期兩天的訪華行程4日結束後，秘魯總統某蒂娜乘專機回國。", "2024-06-03", "2024-06-04"),
    ],
)
def test_a_visit_of_a_length_told_ended_before_its_traveller_is_named(text, start, end):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert (str(trip.span.start), str(trip.span.end)) == (start, end)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("国务院总理王五4日抵达瑞士达沃斯，出席年会。", "Davos"),
        ("国家主席王五4日抵达巴布亚新几内亚首都莫尔斯比港。", "Port Moresby"),
        ("國務院總理王五4日抵達塞爾維亞斯梅代雷沃，參觀鋼廠。", "Smederevo"),
        ("国务院副总理王五4日抵达印尼泗水。", "Surabaya"),
    ],
)
def test_venues_abroad_written_bare(text, city):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == [city]
    # a forum named after the town, held elsewhere, is not there
    (trip,) = extract_chinese_text("国务院总理王五4日在天津出席夏季达沃斯论坛。", published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Tianjin"]


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        ("浙江某报6月4日讯 省委书记王五4日在杭州会见来浙考察的新加坡副总理某金勇。", "某金勇"),
        ("6月4日，省委书记王五、省长赵六在福州会见了来闽调研的国务院副总理刘七。", "刘七"),
        ("6月4日，市委書記王五在寧波會見來甬考察的香港特區行政長官李八一行。", "李八"),
        ("6月4日，省长王五会见了前来我省访问的越南副总理某某。", "某某"),
    ],
)
def test_a_guest_come_to_a_province_travels_not_the_host(text, guest):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == guest


def test_jin_alone_before_a_word_of_going_is_today():
    assert _days("行政院長王五今赴台中視察。") == [("今", "2024-06-05", "2024-06-05")]
    assert _days("总统王五今到嘉义县视察。") == [("今", "2024-06-05", "2024-06-05")]
    # words ending in 今 ("至今", "如今") and 今到会 are no day
    assert _days("至今赴京人数") == []
    assert _days("如今到访的人多了") == []
    assert _days("代表今到会") == []


def test_a_town_named_for_a_side_of_the_seat_after_its_county():
    text = "总书记王五来到某某市东城镇光明村。".replace("某某市", "和龙市")
    assert [p.ref.text for p in find_places(text, text)] == ["和龙市", "光明村"]
    text = "省长王五来到和龙市西城镇。"
    assert [p.ref.text for p in find_places(text, text)] == ["和龙市", "西城镇"]
    # 城镇 as a word is no town
    text = "和龙市新城镇化建设"
    assert [p.ref.text for p in find_places(text, text)] == ["和龙市"]


def test_a_guest_welcomed_at_a_state_venue_with_no_dateline_is_in_beijing():
    text = "国务院总理王五4日在人民大会堂东门外广场举行仪式，欢迎新西兰总理某克森访华。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == "某克森"
    assert [_names(s.place) for s in trip.stops] == ["Beijing"]


@pytest.mark.parametrize(
    "text",
    [
        "行政院长王五原拟17日前往台中视察，因豪雨取消视察行程。",
        "行政院長王五原擬5日到台南視察，發言人今天表示，王五取消視察行程，將等大雨過後再行安排。",
        "总理王五原定6日访问德国。外交部今天宣布，王五已决定推迟访问。",
        "總統王五原訂下週訪問日本，因颱風延後行程。",
    ],
)
def test_a_plan_called_off_is_no_trip(text):
    assert not extract_chinese_text(text, published=PUB).trips


def test_a_plan_not_called_off_stands():
    # denied, past, or a rumour: the plan stands; 原 before a word of planning ends the name
    for text in (
        "总统王五将于下周访问日本。发言人说，王五不会取消访问。",
        "总统王五将于下周访问日本。王五说，取消访问的传言不实。",
        "总理王五6日将访问德国。此前，王五曾取消访问法国。",
        "總統王五原訂下週訪問日本。",
    ):
        (trip,) = extract_chinese_text(text, published=PUB).trips
        assert trip.person.name == "王五"
        assert trip.status is TripStatus.PLANNED


def test_places_of_the_years_set_against_are_background():
    for text in (
        "6月4日，国家主席王五在北京前门大街看望群众。异于前几年到福建过年，王五今年选择北京。",
        "6月4日，國家主席王五在北京前門大街看望群眾。不同於往年赴江西考察，王五今年留在北京。",
    ):
        assert not extract_chinese_text(text, published=PUB).trips


def test_a_long_list_of_hosts_between_ying_and_yaoqing():
    text = (
        "外交部发言人赵六4日宣布，应肯尼亚外交与国际贸易部长甲乙、苏丹外交部长丙丁、喀麦隆对外关系部长戊己、"
        "赤道几内亚外交与合作部长庚辛、刚果(金)外交与国际合作部长壬癸邀请，中国外交部长王五将于6月10日至17日"
        "对肯尼亚、苏丹、喀麦隆、赤道几内亚和刚果(金)进行正式访问。"
    )
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == "王五"
    assert "Democratic Republic of the Congo" in [_names(r) for r in trip.regions]


def test_the_fruits_of_a_journey_are_no_journey():
    text = "中国外交部长王五将于6月10日至17日对肯尼亚进行正式访问。王五外长此访旨在落实国家主席赵六、国务院总理孙七访非成果。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == "王五"
    assert not extract_chinese_text("6月4日，国务院总理王五在北京会见客人，双方同意落实访问成果。", published=PUB).trips
    (trip,) = extract_chinese_text("國務院總理王五6月4日抵達內羅畢訪問，鞏固國家主席趙六訪非成果。", published=PUB).trips
    assert trip.person.name == "王五"


def test_the_two_congos():
    (trip,) = extract_chinese_text("外交部長王五將於6月10日至17日對剛果（布）、剛果（金）進行正式訪問。", published=PUB).trips
    assert [_names(r) for r in trip.regions] == ["Republic of the Congo", "Democratic Republic of the Congo"]


def test_those_listed_after_suixing_guanyuan_you_go_along():
    for text, names in (
        ("特首王五將於下周四領團訪問福建。其他隨行官員有特首辦主任李七及工業貿易署署長趙八等。", ["李七", "趙八"]),
        ("国务院总理王五6月4日抵达柏林访问。随行人员包括外交部长李七、商务部长赵八。", ["李七", "赵八"]),
    ):
        (trip,) = extract_chinese_text(text, published=PUB).trips
        assert trip.person.name == "王五"
        assert [c.name for c in trip.companions] == names


def test_a_delegation_welcomed_by_its_host():
    text = (
        "6月4日，由宁波市委常委、副市长王五带领的宁波市政府考察团一行来我市考察。"
        "市长赵六代表市委、市政府对考察团一行来我市参观考察表示欢迎。"
    )
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == "王五"
    assert trip.stops == ()  # 宁波市委, 宁波市政府: the group's own city, by its offices
    assert [p.ref.text for p in find_places("省委书记王五到温州市委调研。", "省委书记王五到温州市委调研。")] == ["温州市"]


def test_a_surname_before_a_place_name_then_jiazhong_is_a_person():
    text = (
        "6月3日，省委书记王五到河源市东源县看望慰问困难群众。王五来到77岁的困难老党员李北海家中，详细询问老人的收入。"
        "李北海说，日子好过了。"
    )
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert "Beihai" not in [_names(s.place) for s in trip.stops]
    (trip,) = extract_chinese_text("6月3日，省委書記王五到河源市東源縣看望慰問困難群眾。王五來到老黨員張南京家裡，詳細詢問。", published=PUB).trips
    assert "Nanjing" not in [_names(s.place) for s in trip.stops]
    (trip,) = extract_chinese_text("6月3日，省委书记王五来到北海。", published=PUB).trips
    assert [_names(s.place) for s in trip.stops] == ["Beihai"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("新华社北京6月4日电 应国家主席王五的邀请，尼日利亚联邦共和国总统甲乙丙·丁戊己于4日上午抵达北京，开始国事访问。", "总统"),
        ("新華社北京6月4日電 應國家主席王五的邀請，沙特阿拉伯王國國王丙丁於4日上午抵達北京，開始對中國進行國事訪問。", "國王"),
        ("新华社北京6月4日电 法国总统甲乙丙·丁戊己于4日上午抵达北京，开始对中国进行国事访问。", "总统"),
    ],
)
def test_a_country_by_its_full_name_before_an_office(text, title):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.title is not None
    assert trip.person.title.name == title
    assert [_names(s.place) for s in trip.stops] == ["Beijing"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("6月4日，由宁波市委常委、常务副市长王五带领的考察团来到温州考察。", "常务副市长"),
        ("6月4日，安徽省政协常委、省政协提案委主任王五到黄山调研。", "省政协提案委主任"),
        ("6月4日，中央港澳工作辦公室主任、國務院港澳事務辦公室主任王五抵達澳門考察。", "國務院港澳事務辦公室主任"),
        # a seat alone stays the title; a state councillor's seat is an office
        ("6月4日，省委常委王五到温州调研。", "省委常委"),
        ("6月4日，国务委员、外交部长王五抵达柏林访问。", "国务委员、外交部长"),
    ],
)
def test_a_seat_on_a_committee_gives_way_to_the_office_after_it(text, title):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.title is not None
    assert trip.person.title.name == title


def test_a_foreign_agencys_lead_tag_with_a_full_date_is_its_dateline():
    art = read_article("【共同社2010年8月21日電】外相甲乙丙丁抵達上海。")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place, art.dateline.date) == ("共同社", "", dt.date(2010, 8, 21))
    # a site's tag stays header matter
    assert not isinstance(read_article("【看中国2018年8月10日讯】外相王五抵达上海。").dateline, Dateline)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("【共同社2024年6月4日电】为参加会议并与政府要员会谈，国土交通相甲乙丙丁4日抵达上海。", "国土交通相"),
        ("【共同社2024年6月4日電】防衛相甲乙丙丁4日抵達新加坡。", "防衛相"),
        ("为出席峰会并同各国领导人会谈，国务院总理王五4日抵达雅加达。", "国务院总理"),
    ],
)
def test_a_japanese_cabinet_office_and_a_purpose_told_first(text, title):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.title is not None
    assert trip.person.title.name == title


def test_greetings_conveyed_are_no_journey_and_ju_xinhuashe_dian():
    text = "6月4日，主任王五抵达澳门考察。王五转达国家主席赵六对澳门同胞的亲切问候，并深入了解澳门发展现况。"
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == "王五"
    art = read_article("據新華社電（記者 王五）2月12日，總理王五來到廣西壯族自治區看望慰問各族群眾。")
    assert isinstance(art.dateline, Dateline)
    assert (art.dateline.agency, art.dateline.place) == ("新華社", "")


def test_a_town_before_its_village_or_hamlet_is_no_stop():
    for text, stops in (
        ("6月4日，总理王五又来到巴马镇赐福村，看望库区移民。", ["赐福村"]),
        ("6月4日，總理王五來到巴馬鎮賜福村看望移民。", ["賜福村"]),
        ("6月5日一大早，总理王五又来到百色市田阳县百育镇那藏屯看望村民。", ["Tianzhou", "那藏屯"]),
        ("6月5日，總理王五來到東蘭縣東蘭鎮田洞村好言屯看望群眾。", ["Donglan", "田洞村"]),
        ("6月5日，总理王五来到巴马镇看望群众。", ["巴马镇"]),
    ):
        (trip,) = extract_chinese_text(text, published=PUB).trips
        assert [_names(s.place) for s in trip.stops] == stops


def test_japanese_cabinet_ministers_by_office_alone():
    text = "11人预定出访，其中副首相兼财务大臣甲乙丙丁将访问印度和斯里兰卡；防卫大臣戊己庚辛出访美国；外务大臣壬癸子丑出访墨西哥。"
    trips = extract_chinese_text(text, published=PUB).trips
    assert [(t.person.name, t.person.title.name if t.person.title else None) for t in trips] == [
        ("甲乙丙丁", "副首相兼财务大臣"),
        ("戊己庚辛", "防卫大臣"),
        ("壬癸子丑", "外务大臣"),
    ]


def test_an_officer_of_another_country_met_in_the_hosts_capital_is_on_a_visit():
    for text in ("韩国总统甲乙丙4日在首尔会见美国国务卿丁戊己。", "韓國總統甲乙丙4日在首爾會見美國國務卿丁戊己。"):
        (trip,) = extract_chinese_text(text, published=PUB).trips
        assert trip.person.name == "丁戊己"
        assert [_names(s.place) for s in trip.stops] == ["Seoul"]
    # the host's own officer, or an officer of no country, is no visitor
    assert not extract_chinese_text("法国总统甲乙丙4日在巴黎会见法国总理丁戊己。", published=PUB).trips
    assert not extract_chinese_text("韩国总统甲乙丙4日在首尔会见联合国秘书长丁戊己。", published=PUB).trips
