"""Session zh19: readings found by probing made-up Chinese copy (simplified and traditional).

Every sentence is written for the test in the shape of news copy (Xinhua, People's Daily, provincial
papers, government sites, Hong Kong, Macao and Taiwan outlets); none is copied from the corpus.  The
first tests pin the rules added in the session; ``PROBES`` keeps the wider set of shapes tried, with
the traveller and stops a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.model import Resolved, Unresolved
from timeline.zh import extract_chinese_text

PUB = dt.date(2024, 6, 5)


def _names(ref: Resolved | Unresolved) -> str:
    return ref.place.name if isinstance(ref, Resolved) else ref.text


def _trips(text: str) -> dict[str, list[str]]:
    return {t.person.name: [_names(s.place) for s in t.stops] for t in extract_chinese_text(text, published=PUB).trips}


# --- rule zh-away-from-seat --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "stop"),
    [
        ("新华社大连6月4日电 国务院总理王五4日在大连会见世界经济论坛主席甲乙丙。", "王五", "Dalian"),
        ("新华社三亚6月4日电 全国人大常委会委员长王五4日在三亚主持召开座谈会。", "王五", "Sanya"),
        ("新华社西安6月4日电 国家主席王五4日在西安主持首届中国－中亚峰会并发表主旨讲话。", "王五", "Xi’an"),
        ("新华社昆明6月4日电 中共中央政治局常委、全国政协主席王五4日在昆明会见缅甸客人。", "王五", "Kunming"),
        ("中央社台北4日電 中國國家主席王五今天在廈門會見台商代表。", "王五", "Xiamen"),
        ("香港文汇报讯 国家主席王五4日在深圳出席庆祝大会并发表重要讲话。", "王五", "Shenzhen"),
        # filed from the city, no place in the sentence
        ("新华社天津6月4日电 国务院总理王五4日上午出席夏季达沃斯论坛开幕式并致辞。", "王五", "Tianjin"),
        ("新華社天津6月4日電 國務院總理王五4日上午出席夏季達沃斯論壇開幕式並致辭。", "王五", "Tianjin"),
    ],
)
def test_a_central_leader_meeting_or_attending_away_from_beijing_went_there(text, name, stop):
    (trip,) = extract_chinese_text(text, published=PUB).trips
    assert trip.person.name == name
    assert [_names(s.place) for s in trip.stops] == [stop]
    assert str(trip.span.start) == "2024-06-04"


@pytest.mark.parametrize(
    "text",
    [
        "新华社杭州6月4日电 国家主席王五4日在杭州会见巴西总统甲乙丙。",
        "新华社广州6月4日电 国家主席王五4日在广州同法国总统甲乙丙举行非正式会晤。",
        "新華社杭州6月4日電 國家主席王五4日在杭州會見巴西總統甲乙丙。",
    ],
)
def test_the_host_away_from_beijing_and_the_guest_met_both_travel(text):
    trips = _trips(text)
    assert set(trips) == {"王五", "甲乙丙"}
    assert trips["王五"] == trips["甲乙丙"]


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京6月4日电 国务院总理王五4日在北京出席国务院常务会议。",
        "新华社上海6月4日电 国务院总理王五4日在北京出席国务院常务会议。",
        "新华社杭州6月4日电 国家主席王五4日以视频方式在北京会见出席论坛的代表。",
        "新华社天津6月4日电 国务院总理王五4日以视频方式出席夏季达沃斯论坛开幕式。",
        "新华社杭州6月4日电 王五在浙江工作期间，曾多次到宁波调研。",
        "新华社上海6月4日电 国家主席王五4日致信祝贺第七届进博会开幕。",
        "新华社杭州6月4日电 浙江省委书记王五4日在杭州会见日本客人。",
        "新华社天津6月4日电 天津市委书记王五4日出席夏季达沃斯论坛开幕式。",
    ],
)
def test_no_journey_at_home_by_video_or_of_a_local_leader(text):
    assert "王五" not in _trips(text)
