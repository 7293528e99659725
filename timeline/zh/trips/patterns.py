"""Words and patterns of Chinese trip sentences shared by the parts of the reading, and the calling off of a journey."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from timeline.model import (
    TripStatus,
)
from timeline.zh.numerals import NUMERAL
from timeline.zh.trips.draft import _Draft

_TRIP_WORDS = re.compile(
    r"(?:(?P<inspection>考察|视察|检查|察看|巡视|勘灾|会勘|访视|视导|督导|督查)|(?P<research>调研|调查研究)"
    r"|(?P<visit>国事访问|正式访问|访问|参访|出巡|出访|到访|造访|走访|慰问(?!电|函)|探访|述职|访(?=[港澳京沪台华美俄日韩英法德欧非陆])|来(?=华(?!为)))"
    r"|(?P<other>出席|抵达|前往|来到|深入|先后|途经|过境(?!免签|签证|货|运输|贸易|旅客|人员)|飞抵|飞往|飞赴|赶到|赶赴|奔赴|直奔|赴|南下|北上|之行|抵(?=[港澳京沪台陆])"
    # rule zh-day-to: "今日到台南祈福", "5日上午到宁波": a day, then 到 and where (not "4日到6日", "今天到会")
    # "轻车简从到台南", "专程到嘉义", "亲自到保定": a word of manner, then 到 and where
    # rule zh-separately-to: "甲、乙分别到某县某村": each went to a place of their own
    r"|(?:(?<=[日天晚午早])|(?<=专程|冒雨|简从|亲自|再次|专门|特地|特意|连夜|冒着|分别))到(?![0-9０-９一二两三四五六七八九十〇零今明本月年底期时场会任位了过此这那])))"
    # rule zh-trip-noun: "接见访问团", "慰问金", "调研组": a group or a thing named for a trip is no trip
    r"(?![团组队金品信])"
    # rule zh-trip-fruits: "落实访非成果", "访问成果": the fruits of a journey made before, no journey
    r"(?![^，,。；]{0,2}?(?:成果|共识))"
)

# "会见来访的日本首相麻生太郎": the one who came is on a visit (rule zh-visitor)
# rule zh-visitor-clause: "同来华进行国事访问的越南国家主席某某": the guest visiting China
# rule zh-guest-of-province: "会见来浙考察的某某", "前来我省访问的": a guest come to a province or a city
# by its one-character name (浙, 川, 闽, 甬...) or to "our province" is the one on a journey, not the host
_COME_TO = r"(?:前来|来)(?:华|京|我国|我省|我市|我区|我州|我县|本省|本市|[港澳台浙苏沪粤川蜀渝湘鄂豫冀鲁晋陕秦甘陇青宁新藏蒙桂琼滇黔赣皖闽吉辽黑津甬杭深穗厦汉邕榕蓉筑昆]|广东|四川|福建|浙江)"

_VISITOR_BEFORE = re.compile(
    rf"(?:来访|到访|访港|访澳|访台|来港|来澳|来台)的$|{_COME_TO}[^，,。；的]{{0,12}}的$|(?:正在|在)(?:中国|我国|华|京)[^，,。；的]{{0,10}}访问的$"
)

# rule zh-called-off: the traveller's plan called off or put off ("王五取消视察行程", "王五已决定推迟访问");
# not denied ("不会取消访问"), past ("曾取消"), or a rumour ("取消访问的传言")
_CALLED_OFF = re.compile(
    r"(?:取消|推迟|延后|延期|暂缓|改期)(?:了|原定的|原订的|原本的|此次|这次|本次)?"
    r"[^，,。；;！？\n]{0,4}?(?:视察|考察|调研|访问|出访|行程|之行|访台|访华|访美|访日)"
    r"(?!的(?:传言|传闻|消息|报道|说法))"
)

_CLAUSE_START = re.compile(r"[，,。；;！？!?\n]")


def _called_off(simp: str) -> list[tuple[int, int]]:
    """The clauses that call a journey off, as (clause start, end of the calling off)."""
    out = []
    for m in _CALLED_OFF.finditer(simp):
        if re.search(r"[不未没无曾否]", simp[max(0, m.start() - 3) : m.start()]):
            continue
        start = m.start()
        while start > 0 and not _CLAUSE_START.match(simp, start - 1):
            start -= 1
        out.append((start, m.end()))
    return out


def _is_called_off(d: _Draft, status: TripStatus, offs: Sequence[tuple[int, int]], simp: str) -> bool:
    """Whether a plan is called off: its traveller named in the clause that calls it off, or the calling off
    told in the plan's own sentence; a journey told only in the calling off is none either."""
    if all(any(a <= ev.start < b or ev.start < a < ev.end for a, b in offs) for ev in d.evidence):
        return True
    if status is not TripStatus.PLANNED:
        return False
    for a, b in offs:
        if d.key in simp[a:b]:
            return True
        if any(ev.start < a and not re.search(r"[。；;！？!?\n]", simp[ev.start : a]) for ev in d.evidence):
            return True
    return False


_BEIJING = 2038349  # the municipality: at home for the central leadership, where 出席 is no journey

_BEIJING_CITY = 1816670

# rule zh-planned-by-schedule: "预定本月底访问", "预计8日出发": a journey on the schedule is still to come
_PLANNED = re.compile(r"将于|即将|将|拟|计划|定于|订于|原定|原订|预定|预计")

# "16日结束为期四天的蒙古国之行": a stated length, counted back from an end or on from a start
_LENGTH = re.compile(rf"为期(?:(?P<n>{NUMERAL})(?:天|日)|(?P<w>{NUMERAL})(?:周|个星期))")

_MEETING = re.compile(r"会谈|会见|会晤|会面|共同出席|共同会见记者|欢迎仪式|欢迎宴会|宴请")

_CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?]")

_HOME_GOING = re.compile(r"返港|返京|回京|返澳|返台|回台|回国|返国|启程回|返回北京|回到北京|返抵")

# "在结束岘港之行后": a leg already over when the sentence's day comes
_PREVIOUS_LEG = re.compile(r"结束[^，,。；]{0,20}(?:之行|访问|行程)[后後]")

# "回程过境休斯敦": the way home comes after the day the sentence names
_RETURN_LEG = re.compile(r"回程|返程|归程|回国途中")

_REMOTE = re.compile(r"视频|连线|远程|云端|线上|通电话|通话")

_SAR_HEAD = re.compile(r"行政长官|特首")

_NEAR = dt.timedelta(days=3)

_SURNAME_OFFICES = r"总书记|国家主席|副总理|总理|委员长|副主席|主席|副总统|总统|首相|行政长官|特首|省长|市长|书记|部长|院长"
