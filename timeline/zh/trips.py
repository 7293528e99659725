"""Chinese report -> trips: traveller, kind, status, span, regions, stops, companions.

Rules, each named in the evidence they make:

* ``zh-sentence``: sentences end at ``。！？；`` or a line end.
* ``zh-trip-<kind>``: a sentence reports a trip when a roster person (by name, or by a title
  only they hold) comes before a trip word: ``考察/视察/检查`` inspection, ``调研`` research,
  ``访问/国事访问/出访/到访/慰问`` visit, ``出席/抵达/前往/来到/深入/先后/途经/赴`` other; an
  "other" word needs a place in the sentence.  A person named only after ``陪同/一同/随同``
  or ``会见`` is not the subject.
* ``zh-planned``: ``将/将于/拟/即将/计划`` before the trip word makes the trip planned.
* ``zh-about``: a later sentence with no trip subject of its own but naming the traveller (or
  ``他/她``) adds its places and days to the trip.
* ``zh-span``: the trip's days are the union of the day-precise dates of its sentences; with
  none, a vague phrase (``近日``) gives an Unknown with its reason.
* ``zh-stop``: a city, county or foreign city in the trip's sentences is a stop; a province or
  country is a region; the stop's days are those of its sentence, else the trip's when it is
  the only stop.
* ``zh-companion``: people named in a trip sentence before ``陪同``/``一同``/``随同`` go along.

Rules added for the subject and the kind of a trip:

* ``zh-adjacent``: the person named right before the trip word is its subject ("欢迎习近平到访").
* ``zh-host``, ``zh-partner``: a person named in ``受/应...邀请`` or after ``与/同/和`` is a host
  or a partner, not the traveller; ``时任`` marks a past office told as background.
* ``zh-during``: "访问期间，..." tells the programme of a trip already told (not a new planned
  trip), and its subject is the person after the clause.
* ``zh-attend-at-home``: ``出席`` a meeting in Beijing is no journey.
* ``zh-speech``, ``zh-hedge``, ``zh-plan``: a trip word in what the subject says (``表示``,
  ``指出``), after ``有意/可能``, or before ``计划/规划`` is no trip.
* ``zh-others-visit``: "对...的访问表示欢迎" welcomes another's visit.
* ``zh-visitor``: "会见来访的日本首相某某": the visitor's trip, at the dateline's city.
* ``zh-relative``: "正在四川视察灾情的国家副主席某某": that person's trip (told in passing).
* ``zh-itinerary``: a sentence told from the itinerary ("根据行程规划") is of a planned trip.
* ``zh-about`` also takes a sentence about the delegation (``代表团``, ``一行``).
* Words: ``述职``, ``探访``, ``走访``, ``访港/访华...`` (visit) and ``抵港...`` (arrival).

And for stops: ``zh-stop-day`` (a stop's days are its clause's; see :func:`_stop_days`),
``zh-only-stop`` (the only stop, dated by its arrival alone, spans the trip), ``zh-district`` (a
district of a city stop is part of it, unless written right after its city: ``杭州余杭区``) and a municipality or SAR after an arrival word with only
places between is the city arrived in.

And from the later development reports: ``zh-companion-under`` ("王五在赵六陪同下": only those
between 在 and 陪同下 go along) and ``zh-headline-place`` (a trip the body places nowhere is where its
headline puts it, see :func:`_headline_places`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

import attrs
from attrs import define, field

from gazetteer.model import PlaceKind, PlaceRef, Resolved, Unresolved
from timeline.article import ParagraphKind
from timeline.model import (
    DateMention,
    DateSpan,
    Evidence,
    Person,
    Precision,
    Source,
    Stop,
    Trip,
    TripKind,
    TripStatus,
    Unknown,
)
from timeline.zh.article import ChineseArticle
from timeline.zh.dates import UNANCHORED
from timeline.zh.numerals import NUMERAL, number
from timeline.zh.people import BODIES, KNOWN_NAMES, ZhMention, person_of
from timeline.zh.places import PlaceMention
from timeline.zh.script import to_simplified

__all__ = ["find_trips"]

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
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
_TALKED_OF = re.compile(r"(?:谈及|谈到|提及|提到|回顾|总结|分享)[^，,。；]{0,12}$")
# "出访计划", "访问规划": trips in general, planned or not, are no trip
_PLAN_AFTER = re.compile(r"(?:计划|规划|安排|构想)")
# "有意安排出访", "可能会": a hedged or reported intention is no trip (rule zh-hedge)
_HEDGE = re.compile(
    r"有意|考虑|或将|可能|传将|据传|臆测"
    # rule zh-negated: "县长朱立伦因为救灾不会出席", "取消前往": a journey denied or called off
    r"|不会|不能|不再|无法|未能|没有|未曾|取消|婉拒|尚未|仍未|从未|并未"
    # rule zh-many-times: "12次赴地方考察", "多次视察": a count of journeys, not one
    r"|(?<![第首这此每])(?:[0-9０-９]+|[一二两三四五六七八九十]+|多|数|几|屡)次(?:赴|到|来|前往|深入|莅临)?[^，,。；]{0,4}$"
    # rule zh-past: "曾到宁波考察", "曾多次到宁波调研": a past journey told as background
    r"|曾(?:经|多次|先后|两次|数次|几次|到|赴|来|在|于|前往|专程|亲自|亲)"
)
# "魏小东表示，...开展调研": a trip word in what the subject says is not the subject's trip (rule zh-speech)
_SPEECH = re.compile(r"表示|指出|强调|认为|说|称|要求|希望")
# "李家超出席活动后表示，他将于下周率团访问东盟": the speaker's own journey to come (rule zh-own-plan)
_OWN_PLAN = re.compile(r"(?:表示|说|称|透露)[，,：:]\s*(?:他|她|本人)?(?:将|会|计划|准备|打算|还将|也将|稍后|明天|下周)[^，,。；]*$")
# "对麻生首相首次对中国的正式访问表示欢迎": a visit the subject welcomes is another's (rule zh-others-visit)
# "对考察团一行来潜参观考察表示欢迎": the group's visit, welcomed by the host
_OTHERS_VISIT = re.compile(r"对[^，,。；]{0,20}(?:的[^，,。；]{0,4}|一行[^，,。；]{0,6})$")
_WELCOMED = re.compile(r"[^，,。；]{0,3}?(?:表示|致以)?(?:热烈|诚挚)?(?:欢迎|感谢|祝贺)")
# "与正在四川视察灾情的国家副主席习近平会面": a trip told in a clause on its traveller (rule zh-relative)
_RELATIVE_TRIP = re.compile(
    r"正在[^，,。；的]{0,10}?(?:(?P<inspection>考察|视察|检查)|(?P<research>调研)|(?P<visit>访问|出访))[^，,。；的]{0,8}的$"
)
_HERE_WORD = re.compile(r"这里|此间|当地")
# "会见来访的日本首相麻生太郎": the one who came is on a visit (rule zh-visitor)
# rule zh-visitor-clause: "同来华进行国事访问的越南国家主席某某": the guest visiting China
# rule zh-guest-of-province: "会见来浙考察的某某", "前来我省访问的": a guest come to a province or a city
# by its one-character name (浙, 川, 闽, 甬...) or to "our province" is the one on a journey, not the host
_COME_TO = r"(?:前来|来)(?:华|京|我国|我省|我市|我区|我州|我县|本省|本市|[港澳台浙苏沪粤川蜀渝湘鄂豫冀鲁晋陕秦甘陇青宁新藏蒙桂琼滇黔赣皖闽吉辽黑津甬杭深穗厦汉邕榕蓉筑昆]|广东|四川|福建|浙江)"
_VISITOR_BEFORE = re.compile(
    rf"(?:来访|到访|访港|访澳|访台|来港|来澳|来台)的$|{_COME_TO}[^，,。；的]{{0,12}}的$|(?:正在|在)(?:中国|我国|华|京)[^，,。；的]{{0,10}}访问的$"
)
_VISITOR_CLAUSE = re.compile(
    rf"{_VISITOR_BEFORE.pattern}"
    # "同首次对华进行国事访问的法国总统某某": a guest's visit to China told by 对华 / 访华
    r"|(?:首次|再次|正在)?对(?:华|中国|我国)[^，,。；的]{0,12}的$|访华的$"
)
# rule zh-greeter: "首相某某夫妇来到舷梯前，同习近平热情握手", "来到人民大会堂外迎接": the host who steps out to
# greet a guest makes no journey, nor does the rest of that sentence; "总理某某欢迎金某对中国进行正式友好访问":
# the visit welcomed is the guest's, not the host's
_WELCOMED_VISIT = re.compile(r"对[^，,。；]{2,40}?(?:表示|致以)(?:热烈|诚挚|衷心)?的?(?:欢迎|感谢|祝贺)")
_GREETER = re.compile(
    r"来到了?[^，,。；]{0,10}?(?:前|外|旁|门口|下)[，,]?[^。；]{0,20}?(?:迎接|欢迎|送行|等候)[^。；]*"
    r"|来到了?(?:舷梯|机舱|专机|车)(?:前|旁|下|口)[^。；]*"
    r"|欢迎[^，,。；]{1,16}?对[^，,。；]{1,14}?进行[^，,。；]{0,8}访问"
    # rule zh-receiver: "区长某某热情接待了考察团一行，副区长某某陪同考察": the rest of a sentence on receiving
    # guests is theirs, and the hosts' 陪同考察 is no journey of the hosts'
    r"|接待了?[^，,。；]{0,16}?(?:一行|团(?:一行)?|客人|客商|嘉宾)(?:[，,][^，,。；]*?陪同[^，,。；]*)?"
)
_GUEST_CLAUSE = re.compile(rf"(?:会见|会晤|接见|宴请|欢迎|同|与|和)了?(?:{_COME_TO}[^，,。；的]{{0,12}}|来访|到访)的")
_UNLIKE_BEFORE = re.compile(
    r"(?:异于|不同于|有别于|不同於|一改|不像)(?:往年|前几年|前些年|以往|过去|往常|历年|去年|上次|上回)[^，,。；;！？\n]*$"
)
# rule zh-called-off: the traveller's plan called off or put off ("王五取消视察行程", "王五已决定推迟访问");
# not denied ("不会取消访问"), past ("曾取消"), or a rumour ("取消访问的传言")
_CALLED_OFF = re.compile(
    r"(?:取消|推迟|延后|延期|暂缓|改期)(?:了|原定的|原订的|原本的|此次|这次|本次)?"
    r"[^，,。；;！？\n]{0,4}?(?:视察|考察|调研|访问|出访|行程|之行|访台|访华|访美|访日)"
    r"(?!的(?:传言|传闻|消息|报道|说法))"
)
_EVENT_AT = re.compile(r"(?:[0-9０-９]{1,2}日|[今昨前]天|当天|近日)?(?:凌晨|上午|下午|晚间|晚)?(?:发生|遭遇|遭受)")
_AIDED_BEFORE = re.compile(r"(?:支援|援助|驰援|捐助|捐赠|援建|协助)(?:了|给)?[^，,。；赴到往抵]{0,4}$")
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
# "访问期间，李克强将同...": the programme of the trip under way, not a new trip
# "期间，李家超会跟...会面": a sentence opening on 期间/其间 alone is of the trip under way too
_DURING = re.compile(r"^[^，,。]{0,12}?(?:访问|访|出访|此行|行程|考察|调研)期间|^(?:期间|其间)")
# between a name and the trip word it is the subject of: "欢迎习近平到访", "李强将赴"
# "欢迎马克宏的到访": the visit of the one named before 的 (rule zh-adjacent-of)
_ADJACENT = re.compile(r"^(?:将|已|也|还|即将|首次|再次|正式|一行|夫妇|伉俪|的)?$")
_VISIT_OF = re.compile(
    r"^(?:将|已|也|还|即将|首次|再次)?(?:于[^，,。；]{0,10})?对[^，,。；]{1,14}?进行(?:国事|正式|工作|友好|私人|官方|国事)?$"
)
_INVITED_WHEN = re.compile(r"再次|早日|年内|明年|择时|择机|方便时|适时|今后|有机会")
_INVITED_LATER = re.compile(r"早日|年内|明年|择时|择机|方便时|适时|今后|有机会")
_WELCOME_BEFORE = re.compile(r"(?:欢迎|邀请|期待)(?:[^，,。；]{0,6}(?:总统|总理|首相|主席|国王|国务卿|部长|外长|外相|议长))?$")
# "今年以来，习近平先后赴四川考察": a stretch of past time, its journeys background (rule zh-past)
_PAST_STRETCH = re.compile(r"^(?:今年以来|去年以来|近年来|近年|多年来|此前|以往|过去|[^，,。；]{0,8}大以来)[，,]")
# "时任国家主席胡锦涛": a past office, told as background
_FORMER = re.compile(r"时任|前任")
# rule zh-after-earlier: "继前总统某某之后", "继上周总理某某结束访美行程后": the one before, told as a measure
_EARLIER = re.compile(r"继")
_EARLIER_END = re.compile(r"[^，,。；]{0,24}?(?:之后|后)")
# rule zh-after-earlier-trip: "继8月前往拉萨出席庆祝活动后，再度率团抵达乌鲁木齐": a dated journey before
# is background (an undated one, "继访问广州之后", is an earlier leg of the same tour)
_EARLIER_CLAUSE = re.compile(r"继[^，,。；]{0,40}?(?:之后|后)(?=[，,])")
_EARLIER_WHEN = re.compile(r"[0-9０-９一二三四五六七八九十]+月|上月|上个月|上周|去年|前年|年初|此前")
_REFERENCE = re.compile(r"(?:学习|贯彻|落实|领会|按照|根据|遵照|传达|遵循|转达|转交|带来)$")
# "陪同总理孙八访华", "共同出席": 同 in a word of going along or of sameness is no partner's "with"
_INSTITUTION_AFTER = re.compile(r"办公室|办|府|署|发言人|官邸|职务|选举|任期")
# "习近平特别代表、国家副主席某某": the envoy travels, not the sender (rule zh-special-envoy)
_ENVOY_AFTER = re.compile(r"的?(?:主席|总统|总理)?(?:特使|(?:特别)?代表(?=[、，,和与及]))")
_HELD_THERE = re.compile(r"(?:新任|当选)?(?:总统|总理|首相|国王|女王)(?:的)?(?:就职|就任|葬礼|国葬|加冕)")
_PARTNER = re.compile(r"(?:与|(?<![陪随一共协会如不相赞认连])同|和|跟)[^，,。；]{0,2}$")
_BEIJING = 2038349  # the municipality: at home for the central leadership, where 出席 is no journey
_BEIJING_CITY = 1816670
# rule zh-planned-by-schedule: "预定本月底访问", "预计8日出发": a journey on the schedule is still to come
_PLANNED = re.compile(r"将于|即将|将|拟|计划|定于|订于|原定|原订|预定|预计")
_NEXT_TIME = re.compile(r"下(?:周|週|星期|礼拜)[一二三四五六日天]")
_PLANNED_AFTER = re.compile(r"都将|也将|还将|将会|将于|即将|预计将")
# "在对法国进行国事访问前夕，习近平...": the subject's visit still to come (rule zh-eve)
_EVE = re.compile(r"^(?:在|于)?[^，,。；]{0,24}?(?:访问|出访|之行|访)(?:即将开始之际|前夕|之前|前)[，,]")
# "之后，习近平还将前往华盛顿继续访问": the legs still to come of a trip under way (rule zh-going-on)
_GOING_ON = re.compile(r"还将|随后将|之后将|接着将|继而将|下一站|继续")
# "根据行程规划，蔡英文...抵达": a sentence told from the itinerary is of a planned trip (rule zh-itinerary)
_ITINERARY = re.compile(r"(?:根据|按照|按)[^，,。；]{0,4}(?:行程|日程|计划|部署)|行程(?:规划|安排)[，,]")
# "16日结束为期四天的蒙古国之行": a stated length, counted back from an end or on from a start
_LENGTH = re.compile(rf"为期(?:(?P<n>{NUMERAL})(?:天|日)|(?P<w>{NUMERAL})(?:周|个星期))")
_ENDED = re.compile(r"结束|圆满完成|回国|返回")
_LENGTH_ENDED = re.compile(
    rf"^\s*(?:在|于)?为期(?:{NUMERAL})(?:天|日)的[^，,。；]{{0,12}}?(?:访问|行程|之行|访华)[^，,。；]{{0,8}}?(?:结束|圆满结束)[后後]?[，,]"
)
_MEETING = re.compile(r"会谈|会见|会晤|会面|共同出席|共同会见记者|欢迎仪式|欢迎宴会|宴请")
_WITH_HIM = re.compile(r"[同与和跟][他她](?![们們])")
# rule zh-join-local: "市委书记某某、市长某某参加调研": the hosts take part in the trip under way
_JOIN = re.compile(
    r"会合代表团|加入代表团|随团|随代表团|参与[^，,。；]{0,12}(?:访问|考察)|参加(?:调研|考察|视察|检查|慰问|活动)"
)
_COMPANION = re.compile(r"陪同|一同|随同|随行")
_JOINED = re.compile(r"[同和与跟](?=[^，,。；]{2,40}一同)")
_UNDER = re.compile(r"在(?=[^，,。；]{2,60}?(?:陪同|陪伴)下)")
# "胡锦涛和随行的某某等，来到": the people named after it, in its clause, go along
# rule zh-companion-list: "随行官员有某某、某某", "随行人员包括": those listed go along
_COMPANION_AFTER = re.compile(r"(?:随行|随同|陪同)(?:的|(?:官员|人员|成员|者)?(?:有|包括|还有|计有))")
_MET = re.compile(r"(?:会见|会晤|接见|宴请|迎接|欢迎)(?:了|来访的)?$")
_SENT = re.compile(r"(?:请|派|责成|委派|指派|委请|派遣)[^，,。；请派]{0,10}$")
_NOT_SUBJECT = re.compile(r"会见|会谈|接见|看望了?$|(?<![在由])陪同$")
_PURPOSE = re.compile(r"^(?:为了|为)(?:参加|出席|参与|同|与|和|进行|推动|加强|深化)[^，,。；]{0,40}[，,]")
# "他们": they, not the traveller (rule zh-plural)
# "离开悉尼时，...到机场送行": a sentence that opens on leaving a place, its subject the traveller's (rule zh-leaving)
_LEFT = re.compile(r"^(?:在|当|于)?(?:离开|离别|告别)")
# "经深圳前赴成都", "取道香港返回": a place passed through on the way is no stop (rule zh-transit)
# "随后返回北京", "回到北京": the way home; "乘专机离开北京": the place left, not yet a stop of the trip
_HOME_BEFORE = re.compile(r"(?:返回|回到|返抵|飞返|返京|回国)$")
_DEPARTED_BEFORE = re.compile(r"离开$")
_LATER_CLAUSE = re.compile(r"^(?:随后|之后|此后|其后|然后|接着)?(?:还|并|也|又)?将(?:赴|前往|转往|转赴|访问|出席)")
_SEPARATELY = re.compile(r"分别(?:赴|前往|到|在|来到|抵达)")
_HOME_AFTER = re.compile(r"[，,]?(?:启程|返回|乘专机)?(?:回国|返国|返京|返港|返澳|回台)")
# "首站，李强抵达惠灵顿": the first stop of a journey told over a range, on its first day (rule zh-first-stop)
_FIRST_STOP = re.compile(r"^(?:首站|第一站)")
# rule zh-set-out-airport: "从柏林某某机场乘专机前往中国": the city of the airport flown from, and a
# plane taken from a place to another, is where the journey set out
_SET_OUT = re.compile(
    r"(?:[\u4e00-\u9fff]{0,8}?机场)?(?:(?:乘专机|乘机|乘车|乘坐[^，,。；]{0,6})?(?:出发|起飞|启程|动身)"
    r"|(?:乘专机|乘机|乘坐[^，,。；]{0,6}?(?:飞机|专机|航班))(?:前往|飞往|飞赴|赴|飞抵))"
)
# "前往桃园机场搭机", "前往某某国际机场办理登机手续": the airport of departure is no stop
_AIRPORT_DEPARTURE = re.compile(r"[\u4e00-\u9fff]{0,6}?机场(?:搭机|登机|办理登机|搭乘|乘机|出发|起飞)")
_TRANSIT_BEFORE = re.compile(r"(?:经由|取道|经)$")
# "经停迪拜", "在多哈中转": a plane change on the way is no stop, whatever follows ("过境" is often a stay)
_STOPOVER = re.compile(r"(?:经停|中转|转机)$")
_STOPOVER_AFTER = re.compile(r"(?:短暂)?(?:经停|中转|转机|转乘)")  # "在迪拜转机": the place before it
_TRANSIT_AFTER = re.compile(r"(?:前赴|前往|来到|赴|飞往|飞抵|抵达|到达|返回|回到|进入|转往|转赴|回国|返港|返京|回台|返台|返国|返澳)")
_NEXT_LEG = re.compile(
    rf"^(?:随后|之后|此后|其后|紧接着|接着|然后|继而|随即|当天|当日|当晚|次日|翌日|第二天"
    # "；下午，来到滨海新区": a later part of the day named before
    rf"|上午|下午|中午|傍晚|晚上|晚间"
    # "；6月15日至17日对塔吉克斯坦进行国事访问": a leg told over its own days
    rf"|(?:(?:{NUMERAL})月)?(?:{NUMERAL})日(?:(?:至|到)(?:(?:{NUMERAL})月)?(?:{NUMERAL})日)?)"
    r"(?:上午|下午|晚上|晚间|中午|傍晚)?[，,]?(?:又|还|再|将|则|便|即)?"
    r"(?:前往|来到|抵达|到达|飞抵|转赴|转往|赶赴|赴|访问|考察|视察|调研|深入|走访|到(?![0-9０-９一二三四五六七八九十])|对[^，,。；]{1,12}?进行"
    # "；4日至5日，在沈阳、大连调研": where the leg's work was done
    r"|在[^，,。；]{1,16}?(?:调研|考察|视察|访问|检查))"
)
_PRONOUN = re.compile(r"[他她](?![们們])")
# rule zh-report-continues: "某某已启动准备工作。据报导指出,22日将赴某地视察": a sentence naming no one, that
# opens (after a word of report and a day) on the trip, continues the one last named
_CONTINUED = re.compile(
    r"(?:据(?:报导|报道|媒体报道|了解|悉|介绍|消息)(?:指出|称|显示)?\s*[，,:：]?\s*)?"
    rf"(?:(?:{NUMERAL}|今|明|翌|次)[日天](?:[上下]午|晚上?|早上)?|[上下]午|晚上?)?\s*[，,]?\s*"
    r"(?:(?:马上|随即|立即|随后|接着)?(?:展开|开始|启动)[^，,。；他她]{0,10}行程\s*[，,]\s*)?"
    r"(?:马上|随即|立即|随后|接着|还|也|又|再)?(?:将于?|拟于?|计划|准备|预定|预计)?\s*"
)
_PRONOUN_SUBJECT = re.compile(r"(?:此次|这次|本次|今年|今天|[^，,。；]{0,10}[，,])?[他她](?![们們])")
_KINDS = {
    "inspection": TripKind.INSPECTION,
    "research": TripKind.RESEARCH,
    "visit": TripKind.VISIT,
    "other": TripKind.OTHER,
}


@define
class _Draft:
    person: Person
    key: str
    status: TripStatus
    kind: TripKind
    evidence: list[Evidence] = field(factory=list)
    spans: list[DateSpan] = field(factory=list)
    vague: list[DateMention] = field(factory=list)
    weeks: list[DateSpan] = field(factory=list)  # "上周", "下周": the week the trip is told in
    parts: list[DateSpan] = field(factory=list)  # parts of a month told alone (rule zh-month-part-span)
    regions: dict[str, PlaceRef] = field(factory=dict)
    stops: dict[str, tuple[PlaceRef, list[Evidence], list[DateSpan]]] = field(factory=dict)
    companions: dict[str, Person] = field(factory=dict)
    stated: DateSpan | None = None  # the days a stated length gives ("为期四天")
    about_spans: list[DateSpan] = field(factory=list)  # the days of sentences only about the trip
    parents: dict[str, str] = field(factory=dict)  # a district stop's key -> its city's adcode
    adcodes: dict[str, str] = field(factory=dict)  # adcode -> stop key
    last_stop: str | None = None  # the stop named last, left by a move on to the next (rule zh-moved-on)
    unanchored: list[DateMention] = field(factory=list)  # "22日" with no date to read it by
    dateless: set[str] = field(factory=set)  # stops told only in sentences that name no day at all


# "16日下午到村后": the day of coming to the village already named
_TO_VILLAGE = re.compile(r"[日天晚午早](?:到|进|抵)村")


def _arrived_village(draft: _Draft, day: DateSpan) -> None:
    """Rule ``zh-arrived-village``: "甲、乙分别到某县某村蹲点" over a range, then "乙16日下午到村": the
    stops of the village stay dated only by the range told of both are of the day of coming."""
    last = draft.stops.get(draft.last_stop or "")
    if last is None or not isinstance(last[0], Unresolved) or not last[0].text.endswith("村"):
        return
    ranges = set(last[2])
    if len(ranges) != 1 or not (span := next(iter(ranges))).start < day.start <= span.end:
        return
    for _, _, days in draft.stops.values():
        if set(days) == ranges:
            days[:] = [day]


def _same_days(
    drafts: dict[tuple[str, TripStatus], _Draft],
    current: _Draft,
    s_dates: Sequence[DateMention],
    who: Sequence[tuple[int, str]],
) -> _Draft | None:
    """The one other trip whose days are exactly the range the sentence tells (rule ``zh-about-same-days``)."""
    told = {d.span for d in s_dates if isinstance(d.span, DateSpan) and d.span.precision is Precision.DAY}
    if who or len(told) != 1 or (span := next(iter(told))).days < 2 or span in current.spans:
        return None
    others = [d for d in drafts.values() if d is not current and span in d.spans]
    return others[0] if len(others) == 1 else None


def _day_last_named(dates: Sequence[DateMention], before: int) -> DateSpan | None:
    """The last day (a span of day precision) written before ``before``, a stated length aside."""
    days = [
        d.span
        for d in dates
        if d.evidence.start < before
        and d.evidence.rule != "zh-length"
        and isinstance(d.span, DateSpan)
        and d.span.precision is Precision.DAY
    ]
    return days[-1] if days else None


def _stop_days(
    simp: str,
    s: int,
    e: int,
    place: PlaceMention,
    day_dates: Sequence[DateMention],
    others: Sequence[PlaceMention] = (),
) -> list[DateSpan]:
    """The days of a stop named in the sentence ``simp[s:e]`` (rule ``zh-stop-day``).

    The days of its own clause where that names one, else the sentence's; a stated length
    (``为期四天``) is the trip's, not the stop's; a place in a leg already over ("在结束岘港之行后")
    or on the way home ("回程过境休斯敦") takes none; a clause of leaving that follows with a day of its own ("隔天飞往巴拉圭") ends the stay.
    """
    cuts = [s] + [m.end() for m in _CLAUSE_MARK.finditer(simp, s, e)] + [e]
    at = next(i for i in range(len(cuts) - 1) if cuts[i] <= place.start < cuts[i + 1] or i == len(cuts) - 2)
    clause = simp[cuts[at] : cuts[at + 1]]
    if _PREVIOUS_LEG.search(clause) or _RETURN_LEG.search(clause):
        return []
    dated = [d for d in day_dates if d.evidence.rule != "zh-length" and isinstance(d.span, DateSpan)]
    own = [
        d.span for d in dated if cuts[at] <= d.evidence.start < cuts[at + 1] and isinstance(d.span, DateSpan)
    ]
    if not own and _LATER_CLAUSE.search(clause):
        return []  # rule zh-later-leg: "5日抵达上海，...随后将赴厦门": a leg still to come takes no day told before
    if not own and at > 0 and _GOING_TO.match(clause) and _LEFT_PLACE.search(simp, cuts[at - 1], cuts[at]):
        return []  # rule zh-left-for: "3日晚离开北京，前往莫斯科": the day is the leaving's, not the arrival's
    if not own:
        # rule zh-range-not-stop: a range told in another clause is the journey's, not this place's; rule
        # zh-home-day: "...在深圳、广州调研，3日晚返京": the day of going home is no day of the places before
        return [
            d.span
            for d in dated
            if isinstance(d.span, DateSpan)
            and d.span.days == 1
            and not _HOME_GOING.search(
                simp,
                max(c for c in cuts if c <= d.evidence.start),
                min((c for c in cuts if c > d.evidence.start), default=e),
            )
        ]
    # "至9月28日访问四川省成都市，以及重庆市和陕西省西安市": the list goes on in a clause opening on 以及
    list_end = cuts[at + 2] if at + 2 < len(cuts) and _LIST_GOES_ON.match(simp, cuts[at + 1]) else cuts[at + 1]
    # "后日起访问北京及天津五日": a day the journey starts from (起) is the list's, as a range is
    starts = any(
        simp[d.evidence.end : d.evidence.end + 1] == "起" for d in dated if cuts[at] <= d.evidence.start < cuts[at + 1]
    )
    # rule zh-set-out-list: "5日启程前往利雅得及阿布扎比": the day of setting out is no day of the list's
    set_out = _SET_OUT_LIST.search(simp, s, place.start) is not None
    # rule zh-list-lasting: "今日率团赴广州、深圳考察，为期两天": a day told with a length of several days is
    # the first of the journey over the list, no day of each place's
    lasting = (
        (length := _LENGTH.search(simp, s, e)) is not None
        and (bool(length["w"]) or number(length["n"] or "一") > 1)
        and any(
            not o.is_region and _place_key(o.ref) != _place_key(place.ref) and cuts[at] <= o.start < cuts[at + 1]
            for o in others
        )
    )
    if (starts or set_out or lasting or any(x.days > 1 for x in own)) and any(
        o is not place
        and (not o.is_region or _is_city_province(o.ref) or (_is_country_ref(place.ref) and _is_country_ref(o.ref)))
        and cuts[at] <= o.start < list_end
        for o in others
    ):
        return []  # rule zh-range-not-stop: "6月1日至9日先后到访堪培拉、悉尼": the range is the list's
    if at + 2 < len(cuts) and _LEAVING.match(simp, cuts[at + 1], cuts[at + 2]):
        own += [
            d.span
            for d in dated
            if cuts[at + 1] <= d.evidence.start < cuts[at + 2] and isinstance(d.span, DateSpan)
        ]
    return own


def _respectively(
    sentence: str, places: Sequence[PlaceMention], day_dates: Sequence[DateMention]
) -> dict[int, DateSpan]:
    """Rule ``zh-respectively``: "25日和26日，习近平在广元市、德阳市分别考察": as many days as places,
    told with 分别, pair in order (a place's start -> its day)."""
    if "分别" not in sentence:
        return {}
    stops = [p for p in places if not p.is_region]
    singles: list[DateSpan] = []
    for d in day_dates:
        if not isinstance(d.span, DateSpan) or d.evidence.rule == "zh-length":
            continue
        if d.span.days == 1:
            singles.append(d.span)
        elif d.evidence.rule == "zh-day-list":  # "5日、6日": two days, one each
            singles += [DateSpan.day(d.span.start), DateSpan.day(d.span.end)]
    days = list(dict.fromkeys(singles))
    if len(stops) < 2 or len(days) != len(stops):
        return {}
    return {p.start: day for p, day in zip(stops, days, strict=True)}


# an arrival word before a place in the same clause, with only places and list marks between:
# "抵达乌兰巴托", "到北京述职", "将到访广东广州、海南博鳌和北京"
_ARRIVAL_BEFORE = re.compile(
    # "访问了北京、上海": the verb's 了 between it and the places
    r"(?:(?:抵达|到达|飞抵|前往|赴|来到|到访|访问|抵|到|访|转往|转赴|转抵|飞往|飞赴|移师)了?|(?<![现正])在"
    # "首站新加坡", "下一站是吉隆坡": a stop of an itinerary
    r"|(?:首站|第[一二三四五六七八九]站|下一站|最后一站|末站|一站)(?:是|为|抵达)?)[、和及与]*$"
)
_CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?]")
# "隔天飞往巴拉圭": a clause of leaving, whose day ends the stay before it
# "转往重庆", "启程前往西安": moving on from the stop before (rule zh-moved-on)
_MOVED_ON = re.compile(r"(?:转往|转赴|转抵|移师|启程前往|启程赴|动身前往)$")
_HOME_GOING = re.compile(r"返港|返京|回京|返澳|返台|回台|回国|返国|启程回|返回北京|回到北京|返抵")
_LIST_GOES_ON = re.compile(r"\s*(?:以及|及|和|还有|并)")
_GOING_TO = re.compile(r"\s*(?:随即|随后|并|然后)?(?:前往|飞往|飞赴|赴|转赴|转往)")
_LEFT_PLACE = re.compile(r"离开|离京|离港|离澳|离台|启程|出发")
_SET_OUT_LIST = re.compile(r"(?:启程|出发|动身)(?:前往|赴|飞往|飞赴)")
_LEAVING = re.compile(r"[^，,。；]{0,10}?(?:飞往|离开|启程|转往|转赴|前往|飞赴)")
# "在结束岘港之行后": a leg already over when the sentence's day comes
_PREVIOUS_LEG = re.compile(r"结束[^，,。；]{0,20}(?:之行|访问|行程)[后後]")
# "回程过境休斯敦": the way home comes after the day the sentence names
_RETURN_LEG = re.compile(r"回程|返程|归程|回国途中")
# "视频察看...口岸实时情况", "通过视频连线": a place seen from afar is not gone to
# "据香港特区政府新闻公报": the source a report is told from, its place no place of the trip (rule zh-attribution)
_ATTRIBUTION = re.compile(r"^[【\[]?[^，,。；]{0,12}?据[^，,。；]{0,30}(?:报道|消息|公报|报|称|介绍|透露|统计|发布|显示)$")
_REMOTE = re.compile(r"视频|连线|远程|云端|线上|通电话|通话")


def _quoted(simp: str, s: int, at: int) -> bool:
    """Whether ``at`` lies inside quotation marks opened in the sentence from ``s``."""
    before = simp[s:at]
    return before.count("“") > before.count("”") or before.count("「") > before.count("」")


def _next_clause(simp: str, at: int, e: int) -> str:
    """The clause after the one ``at`` is in, when that one is only a day ("5日，李强启程回国")."""
    mark = _CLAUSE_MARK.search(simp, at, e)
    if mark is None or mark.start() - at > 2:
        return ""
    end = _CLAUSE_MARK.search(simp, mark.end(), e)
    return simp[mark.end() : end.start() if end else e]


# "他强调，", "李家超表示：": what follows is what was said
_SPEECH_MARK = re.compile(r"(?<![据报消息])(?:表示|指出|强调|要求|希望|认为|说)[，,：:]")
_GOING_TOLD = re.compile(r"前往|来到|抵|到|去|访|考察|视察|调研|赴|走进|深入|乘|飞|行程")


def _in_speech(simp: str, s: int, e: int, place: PlaceMention) -> bool:
    """Whether ``place`` is named in what someone said (after "强调，") with no going or visiting told
    between the words of saying and the end of the place's clause (rule ``zh-speech-place``)."""
    marks = list(_SPEECH_MARK.finditer(simp, s, place.start))
    if not marks:
        return False
    end = _CLAUSE_MARK.search(simp, place.end, e)
    said = simp[marks[-1].end() : end.start() if end else e]
    return _GOING_TOLD.search(said) is None


def _clause_of(simp: str, s: int, e: int, at: int) -> str:
    """The clause of the sentence ``simp[s:e]`` that holds the offset ``at``."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(simp, s, at)), default=s)
    end = _CLAUSE_MARK.search(simp, at, e)
    return simp[start : end.start() if end else e]


# a sentence told of the delegation or party the traveller leads
# "双方在某地举行会谈", "两国元首共同出席": both sides, the traveller among them (rule zh-both-sides)
# "此访为期五天": the visit under way, by a word for it (rule zh-this-trip)
# "调研组先后赴岳阳、常德": the working group the traveller leads, by its name (rule zh-led-group)
_PARTY = re.compile(
    r"代表团|一行|^[^，,。；]{0,12}?(?:调研|考察|访问)(?:组|团)|^[^，,。；]{0,8}?(?:双方|宾主|两国元首|两国领导人)|^(?:此访|此行|此次访问|这次访问|本次访问|此次出访|这次出访)"
    # rule zh-programme-told: "行程初步安排5天4夜，拟参访...": the programme of the trip under way
    r"|^(?:整个|全部|此次|这次|本次)?行程[^，,。；]{0,4}?(?:安排|计划|为期|为|共|包括)"
)
# "受中国总理李强邀请", "应...邀请": the host, not the traveller
_HOST_BEFORE = re.compile(r"[受应][^，,。；]{0,12}$")
_HOST_AFTER = re.compile(r"[^，,。；]{0,4}邀")  # used with match(pos)
# "应塞尔维亚总统某某、匈牙利总理某某邀请": everyone named between 应/受 and 邀请 is a host
_HOST_BRACKET = re.compile(r"[受应](?!邀)[^，,。；：:]{2,120}?邀[请约]")


def _is_city_province(ref: PlaceRef) -> bool:
    return (
        isinstance(ref, Resolved)
        and ref.place.kind is PlaceKind.ADMIN1
        and ref.place.division in ("Municipality", "Special Administrative Region")
    )


def _city_of(ref: Resolved) -> Resolved | None:
    """The city of a city-province (Beijing the municipality -> Beijing the city)."""
    from timeline.extract.places import _gazetteer

    cities = [
        c
        for c in _gazetteer().lookup(ref.place.name, kind=PlaceKind.CITY, country=ref.place.country)
        if c.admin1 == ref.place.admin1 or not ref.place.admin1  # Macao's region has no admin1 code
    ]
    return Resolved(ref.text, cities[0], "zh-municipality-as-city") if cities else None


def _is_country_ref(ref: PlaceRef) -> bool:
    """A country (``新加坡`` before it is read as its city): in a list of countries over a range, rule
    ``zh-range-not-stop`` dates none of them."""
    return isinstance(ref, Resolved) and (ref.place.kind is PlaceKind.COUNTRY or ref.rule == "zh-city-state")


def _city_state(ref: Resolved) -> Resolved | None:
    """Rule ``zh-city-state``: a country that is one city ("抵达新加坡") is that city too."""
    from timeline.extract.places import _gazetteer

    cities = _gazetteer().lookup(ref.place.name, kind=PlaceKind.CITY, country=ref.place.country)
    same = [c for c in cities if c.name == ref.place.name]
    return Resolved(ref.text, same[0], "zh-city-state") if same else None


_BESIDES_BEFORE = re.compile(r"除(?:了)?[、和及]*$")
_BESIDES_AFTER = re.compile(r"[^，,。；]{0,12}?(?:以|之)?外[，,]?(?:还|也|并|又)")


_LIST_MARK = re.compile(r"、|和|及|与")


def _list_bounds(place: PlaceMention, others: Sequence[PlaceMention], simp: str) -> tuple[int, int]:
    """Where the run of places ``place`` is written in begins and ends: places right after one another
    ("新疆乌鲁木齐") or joined by list marks ("武汉、宜昌"), for a word before or after the whole run
    (rule ``zh-transit``: "途经新疆乌鲁木齐，前往", "途经武汉、宜昌，来到")."""
    lead, tail = place.start, place.end
    moved = True
    while moved:
        moved = False
        for o in others:
            if o.end == lead or (o.end == lead - 1 and _LIST_MARK.match(simp, o.end)):
                lead, moved = o.start, True
            if o.start == tail or (o.start == tail + 1 and _LIST_MARK.match(simp, tail)):
                tail, moved = o.end, True
    return lead, tail


def _capital_city(
    place: PlaceMention, simplified: str, others: Sequence[PlaceMention] = ()
) -> Resolved | None:
    """A city-province named as the place arrived in ("抵达乌兰巴托", "飞抵北京"): the city; so is a
    country that is one city after an arrival word ("抵达新加坡", rule ``zh-city-state``).

    Abroad, a municipality is its capital city; at home only after an arrival word ("在北京考察"
    names the municipality as a trip's region), with only other places and list marks between
    ("到访广东广州、海南博鳌和北京"); Hong Kong and Macao count as municipalities.
    """
    ref = place.ref
    state = isinstance(ref, Resolved) and ref.place.kind is PlaceKind.COUNTRY
    if not isinstance(ref, Resolved) or not (state or _is_city_province(ref)):
        return None
    before = simplified[max(0, place.start - 20) : place.start]
    clause = _CLAUSE_MARK.split(before)[-1]
    # the words between an arrival word and the place are other places and list marks only
    start = place.start - len(clause)
    blanked = list(clause)
    for other in others:
        for i in range(max(other.start, start), min(other.end, place.start)):
            blanked[i - start] = "、"
    if (
        (state or ref.place.country in ("CN", "HK", "MO"))
        and not _ARRIVAL_BEFORE.search("".join(blanked))
        # rule zh-besides: "除北京外，还将访问上海": the place set beside the places gone to is gone to too
        and not (_BESIDES_BEFORE.search("".join(blanked)) and _BESIDES_AFTER.match(simplified, place.end))
    ):
        return None
    return _city_state(ref) if state else _city_of(ref)


# rule zh-led-guest: "会见某某率领的山西省党政代表团", "与某某率领的考察团座谈": the one who leads a
# visiting group met or talked with is the one on a journey, not the host
# rule zh-head-of-group: "会见了以某某为团长的某市党政代表团一行": the head of the group, as its leader
_LED_GUEST = re.compile(r"(?:率领的|带领的|为团长的|为首的)[^，,。；]{0,16}?(?:代表团|考察团|访问团|调研组|考察组|客人)")
# rule zh-met-party: "会见了某省副省长某某一行": the one met with his party (一行) is on a journey, not the host
_PARTY_AFTER = re.compile(r"(?:及其?随行人员|夫妇|及夫人[^，,。；一]{0,8})?一行")
_MEETS_LED = re.compile(r"(?:会见|会晤|接见|宴请|看望|欢迎)了?[^，,。；]{0,20}$|[同与和][^，,。；]{0,20}$")


def _visitor(
    simp: str, s: int, e: int, mentions: Sequence[ZhMention], roster: dict[str, Person]
) -> tuple[int, str] | None:
    """A person named after "来访的" in ``simp[s:e]``, or leading a group met there (rule
    ``zh-led-guest``), as (position in the sentence, roster key)."""
    for m in mentions:
        if (
            s <= m.start < e
            and m.name in roster
            and _VISITOR_BEFORE.search(simp, max(0, m.start - 18), m.start)
        ):
            return m.name_start - s, m.name
    for m in mentions:
        if (
            s <= m.start < e
            and m.name in roster
            and (_LED_GUEST.match(simp, m.end) or _PARTY_AFTER.match(simp, m.end))
            and _MEETS_LED.search(simp, max(s, m.start - 20), m.start)
        ):
            return m.name_start - s, m.name
    return None


# "某市某镇某村": the town written between a county and its village, which the village stands for
_TOWN_BETWEEN = re.compile(r"[\u4e00-\u9fff]{1,4}[镇乡]")


def _place_chains(simp: str, places: Sequence[PlaceMention]) -> list[list[PlaceMention]]:
    """The places of a list, each item the places run together ("某市某镇"), items parted by 和/、/及/与;
    none where anything else stands between two places."""
    chains: list[list[PlaceMention]] = []
    for p in sorted(places, key=lambda x: x.start):
        if chains and (p.start == chains[-1][-1].end or _TOWN_BETWEEN.fullmatch(simp, chains[-1][-1].end, p.start)):
            chains[-1].append(p)
        elif not chains or simp[chains[-1][-1].end : p.start] in ("和", "、", "及", "与", "以及"):
            chains.append([p])
        else:
            return []
    return chains


_OUR_CITY = re.compile(r"(?:来到|前来|来|到|赴|莅临)(?P<our>我市|本市)(?=[^，,。；]{0,2}?(?:考察|调研|视察|检查|访问|参观|督导|指导))")
_HELD = re.compile(r"在[^，,。；]{2,24}?(?:召开|举行|举办)")
_COCHAIR = re.compile(r"共同主持|联合主持|共同主办")


def _cochaired(
    article: ChineseArticle,
    mentions: Sequence[ZhMention],
    roster: dict[str, Person],
    foreign: set[str],
    places: Sequence[PlaceMention],
    dates: Sequence[DateMention],
    drafts: dict[tuple[str, TripStatus], _Draft],
    source: str,
) -> None:
    """Rule ``zh-cochaired``: "某会10月31日在某国某城举行。会议由中国某部长某某和某国某部长某某共同主持":
    one of ours who chairs a meeting held abroad, told only by the meeting, went there for it, on its days
    (or will go, where the meeting is told ahead)."""
    simp, text = article.simplified, article.text
    sents = _sentences(article)
    for i, (s, e) in enumerate(sents):
        if _COCHAIR.search(simp, s, e) is None:
            continue
        held = None
        for hs, he in [(s, e)] + ([sents[i - 1]] if i else []):
            held = _HELD.search(simp, hs, he)
            if held is not None:
                break
        if held is None:
            continue
        where = [
            p
            for p in places
            if held.start() <= p.start < held.end()
            and isinstance(p.ref, Resolved)
            and p.ref.place.country != "CN"
            and (not p.is_region or _is_country_ref(p.ref))
        ]
        where = [p for p in where if not p.is_region] or where
        if len(where) != 1:
            continue
        place = where[0]
        ref: PlaceRef = place.ref
        if _is_country_ref(ref) and isinstance(ref, Resolved):
            ref = _city_state(ref) or ref
            if _is_country_ref(ref) and not (isinstance(ref, Resolved) and ref.rule == "zh-city-state"):
                continue  # a country alone names no stop
        lo, hi = min(hs, s), max(he, e)
        status = TripStatus.PLANNED if _PLANNED.search(simp, lo, hi) else TripStatus.MADE
        # the meeting's days: those of the clause that tells where it is held
        clause = max((m.end() for m in _CLAUSE_MARK.finditer(simp, hs, held.start())), default=hs)
        days = [
            d.span
            for d in dates
            if clause <= d.evidence.start < held.end()
            and isinstance(d.span, DateSpan)
            and d.span.precision is Precision.DAY
        ]
        for m in mentions:
            if not (s <= m.start < e and m.name in roster and m.name not in foreign and m.titles):
                continue
            if any(k == m.name for k, _ in drafts):
                continue
            draft = _Draft(roster[m.name], m.name, status, TripKind.OTHER)
            draft.evidence.append(Evidence.of(text, s, e, "zh-cochaired", source=source))
            ev = Evidence.of(text, place.start, place.end, "zh-cochaired", source=source)
            draft.stops[_place_key(ref)] = (ref, [ev], list(days))
            draft.spans.extend(days)
            drafts[(m.name, status)] = draft


def _co_leaders(
    simp: str, s: int, visitor: tuple[int, str], mentions: Sequence[ZhMention], roster: dict[str, Person]
) -> list[tuple[int, str]]:
    """Rule ``zh-co-leaders``: the titled names listed right before the leader of a group met
    ("由甲市委书记某某、市长某某率领的代表团"), each one more leader of it."""
    at = next((m for m in mentions if m.name_start - s == visitor[0]), None)
    if at is None or not _LED_GUEST.match(simp, at.end):
        return []
    out: list[tuple[int, str]] = []
    while True:
        prev = next((m for m in mentions if m.end + 1 == at.start and simp[m.end] in "、和与及"), None)
        if prev is None or prev.name not in roster or prev.name == visitor[1]:
            return out
        out.append((prev.name_start - s, prev.name))
        at = prev


# "为越南国家主席某某举行欢迎宴会": the guest of the banquet
_GUEST_MET = re.compile(r"(?:会见|会晤|接见|宴请|看望|欢迎)了?$|[同与和为](?:来访的)?$")
_IN_CHINA = re.compile(r"人民大会堂|钓鱼台|中南海|在京|在北京")


def _met_guest(
    simp: str,
    s: int,
    e: int,
    mentions: Sequence[ZhMention],
    roster: dict[str, Person],
    foreign: set[str],
    places: Sequence[PlaceMention],
    article: ChineseArticle,
) -> tuple[int, str] | None:
    """Rule ``zh-met-guest``: "李强5日在京会见澳大利亚总理阿尔巴尼斯": a foreign officer met (or
    talked with) in China by one of ours is on a visit there; as (position in the sentence, roster key)."""
    if not _MEETING.search(simp, s, e) or _REMOTE.search(simp, s, e):
        return None  # rule zh-remote: "以视频方式会见普京": met by video link, not there
    in_china = _IN_CHINA.search(simp, s, e) is not None or any(
        isinstance(p.ref, Resolved) and p.ref.place.country == "CN" for p in places
    )
    abroad = {
        p.ref.place.country
        for p in places
        if isinstance(p.ref, Resolved) and p.ref.place.country not in ("CN", "HK", "MO", "TW", "")
    }
    if abroad and not in_china and len(abroad) == 1:
        return _met_guest_abroad(simp, s, e, mentions, roster, foreign, abroad.pop())
    if abroad or not in_china:
        return None
    beijing = _IN_CHINA.search(simp, s, e) is not None or any(
        isinstance(p.ref, Resolved) and p.ref.place.geonameid in (_BEIJING, _BEIJING_CITY) for p in places
    )
    for m in mentions:
        if (
            s <= m.start < e
            and m.name in roster
            and (
                m.name in foreign
                # rule zh-met-chief-executive: "习近平在京会见香港特别行政区行政长官某某": a chief executive met
                # in Beijing came there
                or (beijing and bool(m.titles) and _SAR_HEAD.search(to_simplified(m.titles[0])) is not None)
            )
            and _GUEST_MET.search(simp, max(s, m.start - 5), m.start)
        ):
            return m.name_start - s, m.name
    return None


def _met_guest_abroad(
    simp: str,
    s: int,
    e: int,
    mentions: Sequence[ZhMention],
    roster: dict[str, Person],
    foreign: set[str],
    country: str,
) -> tuple[int, str] | None:
    """Rule ``zh-met-guest-abroad``: "韩国总统某某在首尔会见美国国务卿某某": an officer of another country met
    in the host's country is on a visit there (the guest's country from its office)."""
    from timeline.zh.places import find_places

    for m in mentions:
        if not (s <= m.start < e and m.name in roster and m.name in foreign and m.titles):
            continue
        if not _GUEST_MET.search(simp, max(s, m.start - 5), m.start):
            continue
        title = simp[m.start : m.name_start]
        own = {
            p.ref.place.country
            for p in find_places(title, title)
            if isinstance(p.ref, Resolved) and p.ref.place.kind is PlaceKind.COUNTRY
        }
        hosts = [
            h
            for h in mentions
            if s <= h.start < m.start and h.name in foreign and h.name != m.name
        ]
        if len(own) == 1 and country not in own and hosts:
            return m.name_start - s, m.name
    return None


# rule zh-venue: the seats of state receptions and talks are in Beijing
_VENUE = re.compile(r"人民大会堂|钓鱼台国宾馆|钓鱼台|中南海")


def _venue_beijing(draft: _Draft, simp: str, s: int, e: int, text: str, source: str) -> None:
    """Rule ``zh-venue``: a guest met or feted at 人民大会堂, 钓鱼台 or 中南海 is in Beijing, where the
    dateline names no city of the visit."""
    venue = _VENUE.search(simp, s, e)
    if venue is None or draft.stops:
        return
    from timeline.extract.places import _gazetteer

    city = next(
        (c for c in _gazetteer().lookup("Beijing", kind=PlaceKind.CITY, country="CN") if c.geonameid == _BEIJING_CITY),
        None,
    )
    if city is not None:
        ref = Resolved(text[venue.start() : venue.end()], city, "zh-venue")
        ev = Evidence.of(text, venue.start(), venue.end(), "zh-venue", source=source)
        draft.stops.setdefault(_place_key(ref), (ref, [ev], []))


_FROM_BEFORE = re.compile(r"[从由自]$")
_SET_OFF_AFTER = re.compile(r"[^，,。；从由自]{0,8}?(?:启程|出发|起飞|动身)")
_LOCAL_KINDS = (PlaceKind.CITY, PlaceKind.COUNTY, PlaceKind.TOWN)
_MEET_WORD = re.compile(r"会见|会晤|接见|宴请|看望|欢迎|会谈|座谈")


def _host_office(
    draft: _Draft,
    simp: str,
    s: int,
    visitor: tuple[int, str],
    mentions: Sequence[ZhMention],
    s_places: Sequence[PlaceMention],
    text: str,
    source: str,
    outlet: tuple[Resolved, Evidence] | None = None,
) -> bool:
    """Rule ``zh-host-office``: "拉萨市委书记某某会见了某某一行": a visitor met where the sentence names no
    city is in the city of the host's office (the host receives at home); whether a stop was given."""
    from timeline.zh.places import find_places

    if any(isinstance(p.ref, Resolved) and p.ref.place.kind in _LOCAL_KINDS for p in s_places):
        return False
    at = s + visitor[0]
    met = [m.start() for m in _MEET_WORD.finditer(simp, s, at)]
    if not met:
        return False
    # the host is named before the word of meeting ("由扬州市委书记某某、市长某某率领的": not hosts)
    hosts = [h for h in mentions if s <= h.start and h.end <= met[-1] and h.name != visitor[1] and h.name_start > h.start]
    if not hosts:
        return False
    host = hosts[-1]
    title = simp[host.start : host.name_start]
    # the last office named before the name: "自治区党委常委、拉萨市委书记"
    office = re.split(r"[、，,]", title)[-1]
    for k in range(len(office) - 1, 1, -1):
        for p in reversed(find_places(office[:k], office[:k])):
            if p.end != k or not isinstance(p.ref, Resolved):
                continue
            ref = (_city_of(p.ref) or p.ref) if _is_city_province(p.ref) else p.ref
            if ref.place.kind not in _LOCAL_KINDS:
                continue
            at0 = host.start + title.rfind(office) + p.start
            ev = Evidence.of(text, at0, at0 + p.end - p.start, "zh-host-office", source=source)
            draft.stops.setdefault(_place_key(ref), (ref, [ev], []))
            return True
    # rule zh-outlet-city: "市长某某会见了...": a city's office named with no city is the outlet's city's
    if outlet is not None and re.match(r"(?:常务)?副?市(?:长|委)", office):
        draft.stops.setdefault(_place_key(outlet[0]), (outlet[0], [outlet[1]], []))
        return True
    return False


def _visit_dateline(draft: _Draft, article: ChineseArticle) -> None:
    """A visitor's stop: the dateline's city where the report is filed from one (rule ``zh-visitor``)."""
    dateline = article.dateline
    if not hasattr(dateline, "evidence") or not getattr(dateline, "place", ""):
        return
    ev = dateline.evidence
    for ref in _dateline_places(article):
        if isinstance(ref, Resolved) and ref.place.kind in (PlaceKind.CITY, PlaceKind.COUNTY, PlaceKind.TOWN):
            draft.stops.setdefault(_place_key(ref), (ref, [ev], []))


def _dateline_places(article: ChineseArticle) -> list[PlaceRef]:
    """The places the dateline names, a city-province read as its city."""
    from timeline.zh.places import find_places

    ev = getattr(article.dateline, "evidence", None)
    if ev is None:
        return []
    out: list[PlaceRef] = []
    for p in find_places(article.simplified, article.text, ev.start, ev.end):
        ref = p.ref
        if isinstance(ref, Resolved) and _is_city_province(ref):
            ref = _city_of(ref) or ref
        out.append(ref)
    return out


# rule zh-outlet-city: "邢台日报", "深圳商报", "宜昌市人民政府网": a local outlet's name opens on its city,
# the one 我市/本市 and a city's office named with no city ("市长某某会见") are of
_OUTLET = re.compile(r"日报|晚报|早报|商报|时报|特区报|都市报|新闻网|人民政府网|政府网|广播电视台|电视台")


def _outlet_city(article: ChineseArticle) -> tuple[Resolved, Evidence] | None:
    """The one city the outlet's name opens on, in the page's header and trailer lines; ``None`` if none
    or several."""
    from timeline.zh.places import find_places

    simp = article.simplified
    found: dict[str, tuple[Resolved, Evidence]] = {}
    for p in article.paragraphs:
        if p.kind not in (ParagraphKind.HEADER, ParagraphKind.BOILERPLATE) and not (
            hasattr(article.dateline, "evidence") and article.dateline.evidence.start == p.start
        ):
            continue
        for m in _OUTLET.finditer(simp, p.start, p.end):
            for k in range(5, 1, -1):  # the longest name right before the outlet's word
                a = m.start() - k
                if a < p.start or not all("\u4e00" <= c <= "\u9fff" for c in simp[a : m.start()]):
                    continue
                name = simp[a : m.start()]
                places = [q for q in find_places(name, name) if q.start == 0 and q.end == len(name)]
                if len(places) != 1 or not isinstance(places[0].ref, Resolved):
                    continue
                ref = places[0].ref
                ref = (_city_of(ref) or ref) if _is_city_province(ref) else ref
                if ref.place.kind not in (PlaceKind.CITY, PlaceKind.COUNTY):
                    continue
                ev = Evidence.of(article.text, a, m.end(), "zh-outlet-city", source=article.source)
                found.setdefault(_place_key(ref), (ref, ev))
                break
    return next(iter(found.values())) if len(found) == 1 else None


# "对中国进行国事访问", "访华", "来华": a visit to China
_CHINA_VISIT = re.compile(r"对(?:中国|华|我国)[^，,。；]{0,8}访问|访华|来华|访问中国|访问我国")


def _dateline_day(draft: _Draft, article: ChineseArticle) -> None:
    """Rule ``zh-dateline-day``: a journey the body gives no day of, to the place the report is filed
    from ("新华社拉萨6月5日电 ...抵达拉萨"), is there on the dateline's day."""
    dateline = article.dateline
    day = getattr(dateline, "date", None)
    if not isinstance(day, dt.date) or not hasattr(dateline, "evidence") or not getattr(dateline, "place", ""):
        return
    if draft.spans or draft.stated or draft.weeks or draft.parts or draft.vague or draft.about_spans:
        return
    for ref in _dateline_places(article):
        stop = draft.stops.get(_place_key(ref))
        if stop is not None and not stop[2]:
            draft.spans.append(DateSpan.day(day))
            stop[2].append(DateSpan.day(day))
            return


def _headline_days(draft: _Draft, article: ChineseArticle, dates: Sequence[DateMention]) -> None:
    """Rule ``zh-headline-days``: a trip the body gives no day of ("国务院总理李强在海南调研") takes
    the days its headline names with the traveller and a trip word ("李强12月30日至1月1日在海南调研")."""
    if draft.spans or draft.stated or draft.weeks or draft.parts or draft.vague or draft.about_spans:
        return
    ev = article.headline_evidence
    if not isinstance(ev, Evidence):
        return
    simp = article.simplified
    name = simp.find(draft.key, ev.start, ev.end)
    if name < 0 or _TRIP_WORDS.search(simp, name + len(draft.key), ev.end) is None:
        return
    days = [
        d.span
        for d in dates
        if ev.start <= d.evidence.start < ev.end
        and isinstance(d.span, DateSpan)
        and d.span.precision is Precision.DAY
        and d.evidence.rule != "zh-length"
    ]
    draft.spans.extend(days)


def _dateline_host(draft: _Draft, article: ChineseArticle) -> None:
    """Rule ``zh-dateline-host``: a visit made to a country the body names no city of is at the
    dateline's city where the report is filed from that country ("新华社雅加达12日电 ...结束对印度
    尼西亚的访问"; "新华社北京电 ...对中国进行国事访问" of a foreign guest)."""
    from timeline.zh.places import find_places

    dateline = article.dateline
    if not hasattr(dateline, "evidence") or not getattr(dateline, "place", ""):
        return
    abroad = {
        r.place.country
        for r in draft.regions.values()
        if isinstance(r, Resolved) and r.place.kind is PlaceKind.COUNTRY and r.place.country != "CN"
    }
    if any(_CHINA_VISIT.search(article.simplified, ev.start, ev.end) for ev in draft.evidence):
        abroad.add("CN")
    if not abroad:
        return
    ev = dateline.evidence
    for p in find_places(article.simplified, article.text, ev.start, ev.end):
        ref = p.ref
        if isinstance(ref, Resolved) and (_is_city_province(ref) or ref.place.kind is PlaceKind.COUNTRY):
            ref = (_city_of(ref) if _is_city_province(ref) else _city_state(ref)) or ref
        if (
            isinstance(ref, Resolved)
            and ref.place.kind in (PlaceKind.CITY, PlaceKind.COUNTY, PlaceKind.TOWN)
            and ref.place.country in abroad
        ):
            here = Evidence.of(article.text, ev.start, ev.end, "zh-dateline-host", source=ev.source)
            draft.stops.setdefault(_place_key(ref), (ref, [here], []))
            return


# "会谈后，习近平前往...", "随后，李强来到...": a sentence told right after the one before
# "这是某某首次访问", "此访是", "此次访问": a sentence about the visit already told
_THIS_VISIT = re.compile(r"这是|此访|此次|本次|此行|这次|首次|第[一二三四五六七八九十\d]+次")
# "外交部发言人6日宣布：...将于10日访问": the day of the announcement is not the trip's
# "发言人某某介绍，省长某某定于4月18日至25日率团赴台": the briefing's day is not the trip's (rule zh-announced)
_ANNOUNCED = re.compile(r"宣布|公布|发布消息|答记者问|介绍说|介绍(?=[，,：:])|透露|表示|证实|指出|[^小]说(?=[，,：:])")
# "来到这里", "走进这里": the place named before (rule zh-here)
_HERE = re.compile(r"(?:来到|到了|回到|走进|前往|赶到|赶往|抵达|到达)(?P<here>这里|此地|那里)")
_VILLAGE_OPENING = re.compile(r"(?:^|(?<=\s))(?P<v>[\u4e00-\u9fff]{2,4}?[村屯])(?:是|，是|,是|位于|地处)")
_THEN = re.compile(r"^(?:随后|之后|其后|接着|紧接着|然后|会后|会谈后|会见后|活动结束后)")
# "李强说，去年他曾到深圳考察": a journey of the past told as background (rule zh-past)
_BACKGROUND = re.compile(r"曾(?:经|多次|先后|两次|数次|几次|到|赴|来|在|于|前往|专程|亲自|亲)")
_ABROAD_AT = re.compile(r"(?:当地时间)?(?:[^，,。；]{0,12}?)在$")


_PAPER_AFTER = re.compile(r"[^，,。；]{0,6}?(?:《|主流媒体|媒体|报纸|报刊|杂志)")


def _abroad(sentence: str, s: int, at: int, places: Sequence[PlaceMention]) -> re.Match[str] | None:
    """Rule ``zh-abroad``: "习近平6日在巴黎同马克龙举行会谈": one of ours in a place abroad is on a
    journey there, whatever the verb; the ``在`` before the place stands for the trip word."""
    for p in places:
        ref = p.ref
        if (
            isinstance(ref, Resolved)
            and ref.place.country not in ("CN", "HK", "MO", "TW", "")
            and p.start - s > at
            and _ABROAD_AT.search(sentence, at, p.start - s)
            and not _CLAUSE_MARK.search(sentence, at, p.start - s)
            # rule zh-paper-abroad: "在法国《费加罗报》发表署名文章": a paper of the place, not a stay there
            and not _PAPER_AFTER.match(sentence, p.end - s)
        ):
            return re.compile("在").match(sentence, p.start - s - 1)
    return None


# rule zh-away-from-seat: what a central leader does at a place ("在杭州会见", "在天津出席", "在西安主持")
_DOING_AT = re.compile(
    r"[^，,。；：:]{0,24}?(?:会见|会晤|会谈|接见|出席|主持|举行|宴请|召开|参加|致辞|发表(?:主旨)?(?:讲话|演讲))"
)
_NOT_DOING_AT = re.compile(r"工作|任职|任[^务]|学习|生活|插队|期间")


def _away_from_seat(
    sentence: str, s: int, at: int, places: Sequence[PlaceMention], title: str
) -> PlaceMention | None:
    """Rule ``zh-away-from-seat``: "习近平4日在杭州会见...", "李强在天津出席...": a leader of the central
    government meeting, attending or presiding in a place of China other than Beijing went there; the
    ``在`` before the place stands for the trip word (as ``zh-abroad``)."""
    if not _CENTRAL.search(title) or _NOT_CENTRAL.search(title) or _REMOTE.search(sentence):
        return None
    for p in places:
        ref = p.ref
        if (
            isinstance(ref, Resolved)
            and ref.place.country == "CN"
            and ref.place.kind is not PlaceKind.COUNTRY
            and ref.place.admin1 != "22"  # Beijing, the seat
            and p.start - s > at
            and _ABROAD_AT.search(sentence, at, p.start - s)
            and not _CLAUSE_MARK.search(sentence, at, p.start - s)
            and _DOING_AT.match(sentence, p.end - s) is not None
            and not _NOT_DOING_AT.search(sentence, p.end - s, p.end - s + 4)
        ):
            return p
    return None


_DOING_RIGHT_AFTER = re.compile(
    r"[^，,。；：:在]{0,12}?(?:会见|会晤|接见|出席|主持|宴请)"
)


def _filed_away(
    sentence: str, name_end: int, title: str, article: ChineseArticle
) -> tuple[PlaceMention, re.Match[str]] | None:
    """Rule ``zh-away-from-seat``: the dateline's city of China other than Beijing, for a central leader
    whose doing right after the name names no place ("新华社天津6月4日电 李强4日出席...开幕式")."""
    from timeline.zh.places import find_places

    if not _CENTRAL.search(title) or _NOT_CENTRAL.search(title) or _REMOTE.search(sentence):
        return None
    ev = getattr(article.dateline, "evidence", None)
    if ev is None or not getattr(article.dateline, "place", ""):
        return None
    doing = _DOING_RIGHT_AFTER.match(sentence, name_end)
    if doing is None:
        return None
    for p in find_places(article.simplified, article.text, ev.start, ev.end):
        ref = p.ref
        if isinstance(ref, Resolved) and _is_city_province(ref):
            ref = _city_of(ref) or ref
        if (
            isinstance(ref, Resolved)
            and ref.place.country == "CN"
            and ref.place.kind in (PlaceKind.CITY, PlaceKind.COUNTY, PlaceKind.TOWN)
            and ref.place.admin1 != "22"
        ):
            return attrs.evolve(p, ref=ref), doing
    return None


_LONG_AGO = dt.timedelta(days=90)
_ONE_JOURNEY_DAYS = 60


def _long_ago(dates: Sequence[DateMention], anchor: dt.date | None) -> bool:
    """Rule ``zh-long-ago``: "2012年12月，习近平在广东考察时指出": a journey whose every date ends a
    season or more before the report's day is background to it, not news."""
    spans = [d.span for d in dates if isinstance(d.span, DateSpan) and d.evidence.rule != "zh-length"]
    return anchor is not None and bool(spans) and all(x.end < anchor - _LONG_AGO for x in spans)


def _back_home(draft: _Draft, simp: str, places: Sequence[PlaceMention]) -> bool:
    """Rule ``zh-back-home``: "5日，李强在北京主持召开座谈会" after a trip to Jiangsu: a sentence that
    puts the traveller in Beijing, where the trip went nowhere near, is of the days at home."""
    beijing = [
        p
        for p in places
        if isinstance(p.ref, Resolved) and p.ref.place.admin1 == "22" and p.ref.place.country == "CN"
        and simp[p.start - 1 : p.start] == "在"
    ]
    return bool(beijing) and len(beijing) == len(places) and not any(
        isinstance(r, Resolved) and r.place.admin1 == "22" and r.place.country == "CN"
        for r in [*draft.regions.values(), *(v[0] for v in draft.stops.values())]
    )


# offices of the central leadership, whose home is Beijing
_CENTRAL = re.compile(r"中共|中央|国务院|全国人大|全国政协|总书记|国家主席|国家副主席|国务委员|委员长")
_NOT_CENTRAL = re.compile(r"行政长官|特首|特区")


# the heads of Taiwan's, Hong Kong's and Macao's governments, and their seats (GeoNames ids)
_TW_HEAD = re.compile(r"^(?:副?总统|行政院长|立法院长|院长)$")
_TAIPEI = frozenset({1668338, 1668341, 7280290})
_SAR_HEAD = re.compile(r"行政长官|特首")
_HONG_KONG = frozenset({1819729, 1819730})
_MACAO = frozenset({1821274, 1821275})


_MACAO_HEADS = frozenset({"贺一诚", "岑浩辉", "何厚铧", "崔世安", "賀一誠", "岑浩輝", "何厚鏵"})
_HONG_KONG_HEADS = frozenset({"李家超", "林郑月娥", "梁振英", "曾荫权", "董建华", "林鄭月娥", "曾蔭權", "董建華"})


def _home(
    title: str, simplified_title: str, article: ChineseArticle, draft_key: str = ""
) -> tuple[frozenset[int], tuple[str, ...]]:
    """The seat of the traveller's own government (GeoNames ids, and the dateline's words for it)."""
    if _CENTRAL.search(simplified_title) and not _NOT_CENTRAL.search(simplified_title):
        return frozenset({_BEIJING, _BEIJING_CITY}), ("北京", "京")
    taiwan = article.language == "zh-Hant" or getattr(article.dateline, "place", "") in ("台北", "臺北")
    if taiwan and _TW_HEAD.match(simplified_title):
        return _TAIPEI, ("台北", "臺北")
    if _SAR_HEAD.search(simplified_title):
        dateline = getattr(article.dateline, "place", "") + getattr(article.dateline, "agency", "")
        macao = draft_key in _MACAO_HEADS or "澳门" in simplified_title or (
            draft_key not in _HONG_KONG_HEADS and "香港" not in simplified_title and "澳" in to_simplified(dateline)
        )
        return (_MACAO, ("澳门", "澳門")) if macao else (_HONG_KONG, ("香港",))
    return frozenset(), ()


_HOME_GONE_TO = re.compile(r"(?<![回返])(?:前往|赴|到|来到|抵达|转赴|飞赴|飞往)$")


def _home_gone_to(article: ChineseArticle, ev: Evidence, words: str) -> bool:
    """Whether the words naming the seat are written, in the evidence, right after a word of going and
    before another place of the same list ("赴台北新北", "前往台北市、新北市")."""
    from timeline.zh.places import find_places

    simp = article.simplified
    at = ev.text.find(words) if len(words) > 1 else -1  # "赴港": a one-character name tells no seat gone to
    while at >= 0:
        a = ev.start + at
        b = a + len(words)
        if _HOME_GONE_TO.search(simp, max(0, a - 3), a):
            nxt = b + 1 if simp[b : b + 1] in ("、", "和", "及", "与") else b
            if any(p.start == nxt for p in find_places(simp, article.text, nxt, min(len(simp), nxt + 8))):
                return True
        at = ev.text.find(words, at + 1)
    return False


def _drop_home_stop(draft: _Draft, article: ChineseArticle, foreign: bool) -> None:
    """Rule ``zh-home-not-stop``: the seat of the traveller's own government is no stop of a journey that
    goes elsewhere ("李家超今日在港出席活动后启程前往北京": Beijing, not Hong Kong)."""
    if foreign or draft.person.title is None:
        return
    ids, _ = _home(draft.person.title.name, to_simplified(draft.person.title.name), article, draft.key)
    home = [
        k
        for k, v in draft.stops.items()
        if isinstance(v[0], Resolved)
        and v[0].place.geonameid in ids
        # rule zh-home-gone-to: "赴台北新北视察": the seat named right after a word of going, first of
        # a list of places gone to, is a stop like the others
        and not any(_home_gone_to(article, ev, v[0].text) for ev in v[1])
    ]
    if home and len(home) < len(draft.stops):
        for k in home:
            del draft.stops[k]


def _in_home_capital(draft: _Draft, article: ChineseArticle, foreign: bool) -> bool:
    """Rule ``zh-home-capital``: a leader's doings at the seat of their own government only (Beijing for
    the central leadership, Taipei for Taiwan's president and premier, Hong Kong or Macao for their
    chief executives): every place named is that city (no district), or none is named and the report is
    filed from there (for a central leader, or an attendance: ``出席``)."""
    if foreign or draft.status is not TripStatus.MADE or draft.person.title is None:
        return False
    title = draft.person.title.name
    ids, words = _home(title, to_simplified(title), article, draft.key)
    if not ids:
        return False
    refs = [*draft.regions.values(), *(v[0] for v in draft.stops.values())]
    if refs:
        return all(isinstance(r, Resolved) and r.place.geonameid in ids for r in refs)
    central = _BEIJING in ids
    return (central or draft.kind is TripKind.OTHER) and getattr(article.dateline, "place", "") in words


# "安华(Anwar Ibrahim)、": a name's gloss in Latin letters, then the list mark
_LIST_SEP = re.compile(r"(?:\s*[（(][A-Za-z][^（()）]{0,40}[）)])?(?:、|以及)")
_INVITED = re.compile(r"应邀|受邀")


def _linked(simp: str, prev: ZhMention, nxt: ZhMention) -> bool:
    """Whether ``nxt`` is the next name of a list after ``prev``: a name sharing its offices (its mention
    opens on the ``、``), a name right after ``、``, or a name with offices of its own after ``、``/``以及``."""
    if nxt.start == prev.end:
        return simp[nxt.start] == "、"
    sep = _LIST_SEP.match(simp, prev.end)
    return sep is not None and nxt.start == sep.end() and (bool(nxt.titles) or sep.group() == "、")


def _listed_with(
    simp: str, at: int, mentions: Sequence[ZhMention], roster: dict[str, Person], titles: dict[str, str]
) -> list[str]:
    """The people of the list of names the mention at ``at`` is one of (rules ``zh-shared-title`` and
    ``zh-titled-list``: "副总理何立峰、丁薛祥", "新加坡总理某某、马来西亚总理某某"), in order."""
    ordered = sorted(mentions, key=lambda x: x.start)
    i = next((n for n, x in enumerate(ordered) if x.start <= at < x.end), None)
    if i is None:
        return []
    first = last = i
    while first > 0 and _linked(simp, ordered[first - 1], ordered[first]):
        first -= 1
    while last + 1 < len(ordered) and _linked(simp, ordered[last], ordered[last + 1]):
        last += 1
    names = [x.name for x in ordered[first : last + 1]]
    return [n if n in roster else titles[n] for n in names if n in roster or n in titles]


def _name_at(sentence: str, pos: int, roster: dict[str, Person], titles: dict[str, str]) -> str:
    """The roster name or title that starts at ``pos``."""
    for name in sorted(list(roster) + list(titles), key=len, reverse=True):
        if sentence.startswith(name, pos):
            return name
    return ""


def _before_title(
    simp: str, at: int, mentions: Sequence[ZhMention], word: re.Pattern[str], *, chain: bool = True
) -> bool:
    """Whether ``word`` is in the three characters before the titled mention whose name starts at
    ``at`` (or in its titles too, with ``chain``)."""
    for m in mentions:
        if m.name_start == at:
            return word.search(simp, max(0, m.start - 3), m.name_start if chain else m.start) is not None
    return word.search(simp, max(0, at - 3), at) is not None


def _place_key(ref: PlaceRef) -> str:
    return f"id:{ref.place.geonameid}" if isinstance(ref, Resolved) else f"text:{ref.text}"


def _sentences(article: ChineseArticle) -> list[tuple[int, int]]:
    out = []
    for p in article.paragraphs:
        if p.kind.value not in ("body", "caption"):
            continue
        start = p.start
        if hasattr(article.dateline, "evidence") and article.dateline.evidence.start == p.start:
            start = article.dateline.evidence.end
        for m in _SENTENCE.finditer(article.simplified, start, p.end):
            if m.group().strip():
                out.extend(_each_to(article.simplified, m.start(), m.end()))
    return out


# "胡锦涛去吉林，温家宝去江苏，曾庆红去贵州": a list of people, each gone to a place of their own
_EACH_TO = re.compile(r"[^，,；;。]{2,40}?(?:赴|去|前往|到)[\u4e00-\u9fff]{2,8}(?:[、和及][\u4e00-\u9fff]{2,8})*[，,；;。]?$")


def _each_to(simp: str, start: int, end: int) -> list[tuple[int, int]]:
    """Rule ``zh-each-to``: a sentence listing three or more people, each clause one of them gone to a
    place of their own ("副省长甲赴汕尾，副省长乙赴梅州，..."), is read clause by clause, each its own
    traveller's."""
    cuts = [start] + [start + m.end() for m in re.finditer(r"[，,；;]", simp[start:end])]
    if cuts[-1] != end:
        cuts.append(end)
    clauses = list(itertools.pairwise(cuts))
    each = [i for i, (a, b) in enumerate(clauses) if _EACH_TO.fullmatch(simp, a, b)]
    if len(each) < 3:
        return [(start, end)]
    first, last = each[0], each[-1]
    out = []
    if clauses[first][0] > start:
        out.append((start, clauses[first][0]))
    out.extend(clauses[first:last])
    out.append((clauses[last][0], end))
    return out


# "来到省委办公厅总值班室", "视察中央灾害应变中心": the government's own organ, by no place's name (not
# "湖北省政府应急指挥中心", which names where it is)
_AT_DESK = re.compile(
    r"视频|(?<=[到察查在往至访进走，,、\s])(?:省委|市委|区委|县委|省政府|市政府|区政府|县政府|中央|政府)[^，,。；]{0,8}?"
    r"(?:办公厅|办公室|值班室|应变中心|指挥部|指挥中心|应急中心|机关)"
    # rule zh-own-ground: "带队到辖区商超", "先后到区住建局、区公安分局": the traveller's own ground and bureaus
    r"|辖区|辖内|(?<=[到察查在往至访进走，,、\s])[区县][\u4e00-\u9fff]{1,4}?(?:分局|局)"
)


def _at_desk(draft: _Draft, simp: str) -> bool:
    """Rule ``zh-at-desk``: every sentence of the journey is of work by video or at the government's own desks."""
    # the sentences that tell the going ("zh-trip-*"), not those told about it after ("zh-about")
    told = [ev for ev in draft.evidence if ev.rule.startswith("zh-trip")] or list(draft.evidence)
    return bool(told) and all(_AT_DESK.search(simp, ev.start, ev.end) for ev in told)


def find_trips(
    article: ChineseArticle,
    roster: dict[str, Person],
    titles: dict[str, str],
    mentions: Sequence[ZhMention],
    dates: Sequence[DateMention],
    places: Sequence[PlaceMention],
    source: Source,
) -> list[Trip]:
    """The trips the article reports, one per traveller and status."""
    simp, text = article.simplified, article.text
    name_re = (
        re.compile("|".join(sorted(list(roster) + list(titles), key=len, reverse=True))) if roster else None
    )
    drafts: dict[tuple[str, TripStatus], _Draft] = {}
    surname_words = {
        w for w, key in titles.items() if w[0] == key[0] and re.fullmatch(_SURNAME_OFFICES, w[1:]) is not None
    }
    foreign = {m.name for m in mentions if m.titles and _country_prefix(m.titles[0]) and not m.titles[0].startswith("中国")}
    body_officers = {m.name for m in mentions if m.titles and m.titles[0].startswith(BODIES)}
    current: _Draft | None = None
    met: dict[str, list[DateSpan]] = {}  # the days a person was met as a partner, before any trip of theirs
    group: list[_Draft] = []  # the trip under way and those of the names sharing its subject's office
    separately = False  # whether the names of the group went each to a place of their own (分别)
    last_named: str | None = None  # the subject of the last sentence naming one, for a pronoun with no trip yet
    prev_places: list[PlaceMention] = []  # the stops a sentence names, for 这里 in the next (rule zh-here)
    for s, e in _sentences(article):
        sentence = simp[s:e]
        co_drafts: list[_Draft] = []
        who: list[tuple[int, str]] = []
        if name_re is not None:
            for m in name_re.finditer(sentence):
                key = m.group() if m.group() in roster else titles[m.group()]
                if m.group() not in roster and any(
                    x.name_start < s + m.start() < x.end for x in mentions if x.start == x.name_start
                ):
                    continue  # the office after a name ("习近平总书记") is that mention, read at the name
                if m.group() not in roster and _INSTITUTION_AFTER.match(sentence, m.end()):
                    continue  # rule zh-institution: "行政长官办公室表示": the office's bureau, not its holder
                who.append((m.start(), key))
        companion_at = _COMPANION.search(sentence)
        # rule zh-companion-under: "王五在省委书记赵六陪同下考察": only those between 在 and 陪同下 go along
        under = _UNDER.search(sentence)
        companion_from = under.start() if under is not None else 0
        if companion_at is not None and under is None:
            # rule zh-companion-clause: "卓荣泰今天南下屏东县，...，县长周春米陪同": where the clause of 陪同
            # names who goes along, those named in the clauses before are not companions
            clause = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, companion_at.start())), default=0)
            if any(clause <= pos < companion_at.start() for pos, _ in who):
                # rule zh-companion-list: "副县长某某，县政协副主席某某陪同调研": a clause that is only a
                # titled name, right before, is an item of the list of those going along
                while clause > 0:
                    before = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, clause - 1)), default=0)
                    ends = {x.end - s for x in mentions if s + before <= x.start < s + clause}
                    if clause - 1 not in ends or _TRIP_WORDS.search(sentence, before, clause - 1) or any(
                        d.evidence.start < s + clause - 1 and s + before < d.evidence.end for d in dates
                    ):
                        break
                    clause = before
                companion_from = clause
            if companion_at.group() == "一同":
                # rule zh-together: "习近平同李强、赵乐际一同来到": the first named, before 同/和/与, goes
                # with the others; only those after the joining word go along
                first = next((pos for pos, _ in who if companion_from <= pos < companion_at.start()), None)
                if first is not None:
                    joined = next(
                        (x.end - s for x in mentions if x.start <= s + first < x.end),
                        first + len(_name_at(sentence, first, roster, titles)),
                    )
                    if joined < companion_at.start() and _JOINED.match(sentence, joined):
                        companion_from = joined + 1
                    elif joined < companion_at.start():
                        # rule zh-together-apart: "某某抵达甲地，并和总理某某在某馆，一同出席": the one the
                        # joining word names, a clause or two on, is the partner; the first still goes
                        partner = next(
                            (
                                x.start - s
                                for x in mentions
                                if s + joined < x.start < s + companion_at.start()
                                and simp[x.start - 1] in "同和与跟"
                                and simp[x.start - 2] in "并还又，,"
                                and not _TRIP_WORDS.search(sentence, x.end - s, companion_at.start())
                                and len(_CLAUSE_MARK.findall(sentence, x.end - s, companion_at.start())) <= 1
                            ),
                            None,
                        )
                        mark = _CLAUSE_MARK.search(sentence, joined, companion_at.start())
                        if partner is not None:
                            companion_from = partner - 1
                        elif mark is not None and _TRIP_WORDS.search(sentence, joined, mark.start()):
                            # "某某来到某市调研,市委书记甲和市长乙,一同调研": the first went in a clause of
                            # his own; those named after it go along
                            companion_from = mark.end()
        # rule zh-companion-after: "胡锦涛和随行的某某等": those named after "随行的" go along
        along = _COMPANION_AFTER.search(sentence)
        if along is not None:
            companion_at = None
            clause_end = _CLAUSE_MARK.search(sentence, along.end())
            along_span = (along.start(), clause_end.start() if clause_end else len(sentence))
        trip_word = _TRIP_WORDS.search(sentence)
        relative = [
            (r.start() - s, r.end() - s)
            for m in mentions
            if s <= m.start < e and (r := _RELATIVE_TRIP.search(simp, max(s, m.start - 24), m.start))
        ]
        relative += [  # the trip word of a clause on a visiting guest is the guest's (rule zh-visitor-clause)
            (r.start() - s, r.end() - s)
            for m in mentions
            if s <= m.start < e and (r := _VISITOR_CLAUSE.search(simp, max(s, m.start - 18), m.start))
        ]
        # "会见来华访问的新加坡总理": a guest's clause, named or not, holds no trip of the host's
        relative += [(r.start(), r.end()) for r in _GUEST_CLAUSE.finditer(sentence)]
        relative += [(r.start(), r.end()) for r in _GREETER.finditer(sentence)]  # rule zh-greeter
        # rule zh-welcomed-visit: "某某对某大使在...后即来川访问表示欢迎": the visit welcomed is the guest's
        welcomed = [(r.start(), r.end()) for r in _WELCOMED_VISIT.finditer(sentence)]
        relative += welcomed
        earlier = [
            (r.start(), r.end())
            for r in _EARLIER_CLAUSE.finditer(sentence)
            if _TRIP_WORDS.search(r.group()) and _EARLIER_WHEN.search(r.group())
        ]
        relative += earlier  # rule zh-after-earlier-trip
        while trip_word and any(a <= trip_word.start() < b for a, b in relative):
            trip_word = _TRIP_WORDS.search(sentence, trip_word.end())  # the clause's trip is its traveller's
        s_places = [
            p
            for p in places
            if s <= p.start < e
            and not _ATTRIBUTION.match(_clause_of(simp, s, e, p.start).strip())
            # rule zh-unlike-before: "异于前几年到福建过年": the years it is set against are background
            and not _UNLIKE_BEFORE.search(simp, max(s, p.start - 16), p.start)
            and not any(a <= p.start - s < b for a, b in earlier)  # rule zh-after-earlier-trip
            and not any(a <= p.start - s < b for a, b in welcomed)  # rule zh-welcomed-visit
            # rule zh-event-place: "四川某地1日发生6.1级地震", "支援青海某地地震灾区": where something befell, or
            # what is aided from afar, is not where the traveller went
            and not _EVENT_AT.match(simp, p.end)
            and not _AIDED_BEFORE.search(simp, max(s, p.start - 8), p.start)
            # rule zh-set-off-from: "从东京羽田机场启程", "由台北出发": the place set off from is no stop
            and not (
                _FROM_BEFORE.search(simp, max(s, p.start - 1), p.start) and _SET_OFF_AFTER.match(simp, p.end)
            )
        ]
        ours = _OUR_CITY.search(sentence)
        if ours is not None and not any(not p.is_region for p in s_places):
            # rule zh-our-city: "率代表团到我市考察": 我市 is the city of the outlet, the one its dateline names
            own_city = [
                r
                for r in _dateline_places(article)
                if isinstance(r, Resolved) and r.place.kind in (PlaceKind.CITY, PlaceKind.COUNTY)
            ]
            if not own_city and (outlet := _outlet_city(article)) is not None:
                own_city = [outlet[0]]  # rule zh-outlet-city: the dateline names no city
            if len(own_city) == 1:
                a, b = s + ours.start("our"), s + ours.end("our")
                ref_ours = Resolved(text[a:b], own_city[0].place, "zh-our-city")
                s_places = [*s_places, PlaceMention(a, b, ref_ours, "")]
        here = _HERE.search(sentence)
        if here is not None and not any(not p.is_region for p in s_places) and prev_places:
            # rule zh-here: "田洞村是一个自然村。除夕上午，温家宝来到这里": 这里 after a word of going is the
            # place the sentence before named last
            at = s + here.start("here")
            s_places = [*s_places, attrs.evolve(prev_places[-1], start=at, end=at + 2)]
        prev_places = [p for p in s_places if not p.is_region and p.start >= s]
        if (opening := _VILLAGE_OPENING.search(sentence)) is not None and not prev_places:
            # "小岗村是改革的发源地。...来到这里": a village a sentence opens on, telling what it is
            a, b = s + opening.start("v"), s + opening.end("v")
            prev_places = [PlaceMention(a, b, Unresolved(text[a:b], "a village the table does not hold"), "")]
        s_dates = [
            d
            for d in dates
            if s <= d.evidence.start < e
            and not _ATTRIBUTION.match(_clause_of(simp, s, e, d.evidence.start).strip())
            # rule zh-quoted-day: "“听说今天...”": a relative day in what someone said is of their day
            and not (d.evidence.rule == "zh-relative-day" and _quoted(simp, s, d.evidence.start))
        ]
        subject = None
        eligible = []
        hosts = list(_HOST_BRACKET.finditer(sentence))
        for pos, key in who:
            if (
                companion_at
                and companion_from <= pos < companion_at.start()
                and key != (current.key if current else None)
            ):
                continue  # 蔡奇陪同: a companion, not the subject
            if along is not None and along_span[0] <= pos < along_span[1]:
                continue
            # rule zh-purpose: "为参加会议并与政府要员会谈，外相某某抵达": the purpose told first names no partner
            purpose = _PURPOSE.match(sentence)
            from_ = purpose.end() if purpose is not None and purpose.end() <= pos else 0
            if _NOT_SUBJECT.search(sentence, from_, pos) or _before_title(simp, s + pos, mentions, _FORMER):
                continue
            if _before_title(simp, s + pos, mentions, _PARTNER, chain=False):
                continue  # rule zh-partner: "与广东省委书记黄坤明会面"
            if _before_title(simp, s + pos, mentions, _REFERENCE, chain=False):
                continue  # rule zh-reference: "学习贯彻习近平总书记重要讲话": their words, not them
            name = _name_at(sentence, pos, roster, titles)
            if _HOST_BEFORE.search(sentence, 0, pos) and _HOST_AFTER.match(sentence, pos + len(name)):
                continue  # rule zh-host: "受中国总理李强邀请"
            if any(b.start() < pos < b.end() for b in hosts):
                continue  # rule zh-host: "应某国总统某某、某国总理某某邀请": every name in the bracket
            name_end = next((x.end - s for x in mentions if x.start <= s + pos < x.end), pos + len(name))
            m_start = min((x.start for x in mentions if x.start <= s + pos < x.end), default=s + pos)
            if _EARLIER.search(simp, max(s, m_start - 3), s + pos) and _EARLIER_END.match(sentence, name_end):
                continue  # rule zh-after-earlier: "继前总统某某之后"
            if _ENVOY_AFTER.match(sentence, name_end):
                continue  # rule zh-envoy: "国家主席习近平特使、副委员长某某": the envoy travels, not the sender
            eligible.append((pos, key))
        during = _DURING.match(sentence)
        if during and any(pos >= during.end() for pos, _ in eligible):
            # rule zh-during: "X访问期间，Y...": the clause dates the sentence, Y is its subject
            eligible = [(pos, key) for pos, key in eligible if pos >= during.end()]
        subject = eligible[0] if eligible else None
        if (
            not who
            and current is None
            and last_named is not None
            and trip_word is not None
            and (pronoun := _PRONOUN_SUBJECT.match(sentence)) is not None
            and pronoun.end() <= trip_word.start()
        ):
            # rule zh-pronoun-first: "李强曾于2019年访问德国。此次他将于12日访问德国": the one last named
            subject = (pronoun.end() - 1, last_named)
        elif (
            not who
            and current is None
            and last_named is not None
            and trip_word is not None
            and trip_word.start() > 0
            and _CONTINUED.fullmatch(sentence, 0, trip_word.start())
        ):
            subject = (trip_word.start() - 1, last_named)  # rule zh-report-continues
        if eligible:
            last_named = eligible[0][1]
        seat = None  # the place a central leader is at away from Beijing (rule zh-away-from-seat)
        if subject and trip_word is None and subject[1] not in foreign and not any(k == subject[1] for k, _ in drafts):
            trip_word = _abroad(sentence, s, subject[0], s_places)  # rule zh-abroad
            title_of = roster[subject[1]].title
            if trip_word is None and title_of is not None:
                seat = _away_from_seat(sentence, s, subject[0], s_places, to_simplified(title_of.name))
                if seat is not None:
                    trip_word = re.compile("在").match(sentence, seat.start - s - 1)
        draft = None
        if (
            subject
            and trip_word
            and trip_word.start() < subject[0]
            and (opening := _LENGTH_ENDED.match(sentence)) is not None
            and trip_word.start() < opening.end() <= subject[0]
        ):
            # rule zh-length-ended: "为期四日的访问昨日结束，马克龙乘专机离开北京": the visit told first is the
            # subject's, named after it
            subject = (0, subject[1])
        if subject and trip_word and trip_word.start() < subject[0]:
            trip_word = _TRIP_WORDS.search(sentence, subject[0])  # "在结束岘港之行后，胡锦涛...抵达河内"
        if subject and trip_word:
            # rule zh-adjacent: the person named right before the trip word is its subject
            for pos, key in eligible[1:]:
                name_end = pos + len(_name_at(sentence, pos, roster, titles))
                if pos < trip_word.start() and (
                    _ADJACENT.match(sentence[name_end : trip_word.start()])
                    # rule zh-visit-of: "欢迎越南国家主席某某对中国进行国事访问": the one named before 对...进行
                    or _VISIT_OF.match(sentence[name_end : trip_word.start()])
                ):
                    subject = (pos, key)
                    if (
                        _WELCOME_BEFORE.search(sentence, max(0, pos - 8), pos)
                        # a time still to be chosen ("欢迎某某适时访华") makes it an invitation, whatever day
                        # or place the sentence names (the day it was said)
                        and (
                            (not s_dates and not s_places)
                            or _INVITED_LATER.search(sentence, pos, trip_word.start()) is not None
                            # "同拜登通电话，欢迎拜登访华": a welcome in the call itself
                            or _REMOTE.search(sentence) is not None
                        )
                        and not any(k == key for k, _ in drafts)
                        and (_REMOTE.search(simp) or _INVITED_WHEN.search(sentence, pos, trip_word.start()))
                    ):
                        # rule zh-invitation: "（通电话。）习近平欢迎特朗普访华", "欢迎某某年内访华": a welcome
                        # with no day or place of its own, in a call or for a time to come, of one with no trip
                        # told, is an invitation, not a journey
                        trip_word = None
                    break
        if subject and trip_word:
            # rule zh-sent: "院长某某指示秘书长某某了解灾情，并请政务委员某某率队视察": the one asked or sent
            # to go is the traveller, not the one who asks
            for pos, key in eligible[1:]:
                name_end = pos + len(_name_at(sentence, pos, roster, titles))
                if (
                    subject[0] < pos
                    and name_end <= trip_word.start()
                    and _SENT.search(sentence, max(0, pos - 12), pos) is not None
                    and _CLAUSE_MARK.search(sentence, name_end, trip_word.start()) is None
                ):
                    subject = (pos, key)
                    break
        if subject and trip_word and trip_word.start() > subject[0] and (
            _MEETING.search(sentence) or _REMOTE.search(sentence) or _INVITED_LATER.search(sentence)
        ):
            # rule zh-welcomed-guest: "会见德国总理某某，欢迎某某访华": the foreign guest met and welcomed,
            # named right before the trip word, is its subject; a time still to come ("明年再次访华") or a
            # call makes it an invitation, and the meeting tells the visit (rule zh-met-guest)
            for pos, key in who:
                if not (subject[0] <= pos < trip_word.start() and key in foreign):
                    continue
                name_end = pos + len(_name_at(sentence, pos, roster, titles))
                gap = sentence[name_end : trip_word.start()]
                if _WELCOME_BEFORE.search(sentence, max(0, pos - 8), pos) and (
                    _ADJACENT.match(gap) or _ADJACENT.match(_INVITED_LATER.sub("", gap, count=1))
                ):
                    subject = (pos, key)
                    if _REMOTE.search(simp, s, e) or _INVITED_LATER.search(sentence, pos, trip_word.start()):
                        trip_word = None
                    break
        if subject and trip_word and during:
            told = [d for (k, _), d in drafts.items() if k == subject[1]]
            if told:  # rule zh-during: the programme of a trip already told, not a new trip
                trip_word = None
                current = told[-1]
        if (
            subject
            and seat is None
            and not s_places
            and subject[1] not in foreign
            and (trip_word is None or trip_word.group() == "出席")
            and (title_at := roster[subject[1]].title) is not None
            and (
                filed := _filed_away(
                    sentence,
                    next((x.end - s for x in mentions if x.start <= s + subject[0] < x.end), subject[0] + len(subject[1])),
                    to_simplified(title_at.name),
                    article,
                )
            )
            is not None
        ):
            # rule zh-away-from-seat: "新华社天津电 李强4日出席夏季达沃斯论坛开幕式": filed from a city of China
            # other than Beijing, a central leader's doing with no place named is there
            seat, doing = filed
            s_places = [seat]
            if trip_word is None:
                trip_word = doing
        # rule zh-invited-guest: "科特迪瓦总理某某将应邀出席年会": a foreign officer invited to attend comes
        # to attend, where the sentence names no place
        invited = bool(
            subject
            and trip_word
            and trip_word.group() == "出席"
            and trip_word.start() > subject[0]
            and (subject[1] in foreign or subject[1] in body_officers)
            and _INVITED.search(sentence, subject[0], trip_word.start())
        )
        if (
            subject
            and trip_word
            and not invited
            and trip_word.group() == "出席"
            # rule zh-attend-away: a chief executive or a foreign officer attending in Beijing is away from home
            and not (
                (
                    subject[1] in foreign
                    or _SAR_HEAD.search(to_simplified(getattr(roster[subject[1]].title, "name", "")))
                )
                and any(isinstance(p.ref, Resolved) and p.ref.place.geonameid in (_BEIJING, _BEIJING_CITY) for p in s_places)
            )
            and not [
                p
                for p in s_places
                if not (isinstance(p.ref, Resolved) and p.ref.place.geonameid == _BEIJING)
                # "出席美国友人座谈会": a country named in what is attended, not where
                and not (
                    p.is_region
                    and p.start - s > trip_word.start()
                    and simp[p.start - 1] != "在"
                    # rule zh-held-abroad: "出席巴拉圭总统就职典礼": a foreign leader's ceremony is held there
                    and not _HELD_THERE.match(simp, p.end)
                )
            ]
        ):
            # rule zh-attend-at-home: attending a meeting in Beijing is no journey; a later trip word may be one
            # ("出席活动后表示，他将于下周率团访问东盟")
            trip_word = _TRIP_WORDS.search(sentence, trip_word.end())
            while trip_word is not None and (
                trip_word.group() == "出席" or any(a <= trip_word.start() < b for a, b in relative)
            ):
                # "出席欢迎仪式，欢迎来华进行国事访问的某某": the guest's clause holds no trip of the host's
                trip_word = _TRIP_WORDS.search(sentence, trip_word.end())
            if trip_word is not None:
                # rule zh-welcome-after-attend: "出席欢迎仪式，欢迎巴西总统某某来华国事访问": the trip word found
                # after the host's attendance is the guest's, named right before it (as zh-adjacent)
                for pos, key in eligible[1:]:
                    name_end = pos + len(_name_at(sentence, pos, roster, titles))
                    if subject[0] < pos < trip_word.start() and (
                        _ADJACENT.match(sentence[name_end : trip_word.start()])
                        or _VISIT_OF.match(sentence[name_end : trip_word.start()])
                    ):
                        subject = (pos, key)
                        break
        if subject and trip_word and trip_word.start() > subject[0]:
            between = sentence[subject[0] : trip_word.start()]
            if (
                _PLAN_AFTER.match(sentence, trip_word.end())
                or _HEDGE.search(between)
                # rule zh-past: "李强此前曾赴河南", "今年以来，习近平先后赴四川、湖南考察"
                or between.endswith("曾")
                or _PAST_STRETCH.match(sentence)
                or (
                    _SPEECH.search(between)
                    and not (current is not None and current.key == subject[1])
                    and not _OWN_PLAN.search(between)
                )
                or (
                    _OTHERS_VISIT.search(sentence, subject[0], trip_word.start())
                    and _WELCOMED.match(sentence, trip_word.end())
                )
                or _long_ago(s_dates, article.anchor)
                # rule zh-talked-of: "谈及上月出访友邦的成果": a journey talked of, not one told
                or _TALKED_OF.search(between)
            ):
                trip_word = None
        if subject and trip_word and current is not None and _JOIN.search(sentence, subject[0], trip_word.end()):
            # rule zh-join: "委员某某、某某将会合代表团，参与对贵州的访问": they go along on the trip under way
            for _, key in eligible:
                if key != current.key:
                    current.companions.setdefault(key, roster[key])
            trip_word = None
            subject = None
        eve = _EVE.match(sentence)
        if subject and eve and subject[0] >= eve.end() and (eve_word := _TRIP_WORDS.search(sentence, 0, eve.end())):
            kind = _KINDS[eve_word.lastgroup or "other"]
            draft = drafts.setdefault((subject[1], TripStatus.PLANNED), _Draft(roster[subject[1]], subject[1], TripStatus.PLANNED, kind))
            draft.evidence.append(Evidence.of(text, s, e, "zh-eve", source=source.path))
            current = draft
            # only the places of the clause on the visit are the trip's; the day is the subject's doing
            s_places = [p for p in s_places if p.start - s < eve.end()]
            s_dates = []
            trip_word = None
            subject = None
        visitor = _visitor(simp, s, e, mentions, roster)
        if visitor is None and (seat is not None or not (subject and trip_word and trip_word.start() > subject[0])):
            visitor = _met_guest(simp, s, e, mentions, roster, foreign, s_places, article)
        if visitor is not None and seat is not None and subject is not None and visitor[1] != subject[1]:
            # rule zh-away-from-seat: "习近平在杭州会见巴西总统某某": the guest is on a visit, and the host
            # went to the place too
            host = drafts.setdefault(
                (subject[1], TripStatus.MADE), _Draft(roster[subject[1]], subject[1], TripStatus.MADE, TripKind.OTHER)
            )
            host.evidence.append(Evidence.of(text, s, e, "zh-away-from-seat", source=source.path))
            met_days = [d.span for d in s_dates if isinstance(d.span, DateSpan) and d.span.precision is Precision.DAY]
            stop = host.stops.setdefault(
                _place_key(seat.ref),
                (seat.ref, [Evidence.of(text, seat.start, seat.end, "zh-away-from-seat", source=source.path)], []),
            )
            stop[2].extend(met_days)
            host.spans.extend(met_days)
            trip_word = None
        if visitor is not None and not (subject and trip_word and trip_word.start() > subject[0]):
            subject, trip_word = visitor, None
            # rule zh-co-leaders: "由甲市委书记某某、市长某某率领的代表团": each named before 率领的 leads
            guests = [(visitor, "zh-visitor")]
            guests += [(co_lead, "zh-co-leaders") for co_lead in _co_leaders(simp, s, visitor, mentions, roster)]
            visits: list[_Draft] = []
            for guest, rule in guests:
                made = drafts.get((guest[1], TripStatus.MADE))
                if made is None:
                    made = _Draft(roster[guest[1]], guest[1], TripStatus.MADE, TripKind.VISIT)
                    drafts[(guest[1], TripStatus.MADE)] = made
                    if not _host_office(
                        made, simp, s, guest, mentions, s_places, text, source.path, _outlet_city(article)
                    ):
                        _visit_dateline(made, article)
                _venue_beijing(made, simp, s, e, text, source.path)
                made.evidence.append(Evidence.of(text, s, e, rule, source=source.path))
                visits.append(made)
            draft = current = visits[0]
            co_drafts.extend(visits[1:])
            if co_drafts:
                group = [draft, *co_drafts]
                separately = False
        if subject and trip_word and trip_word.start() > subject[0]:
            kind = _KINDS[trip_word.lastgroup or "other"]
            # rule zh-planned-first: "将" tells of what will be only before the first trip word
            # ("某某一早前往将军区视察": the place's 将 after 前往 is no plan)
            first_word = trip_word.start()
            if kind is TripKind.OTHER and not s_places:
                # "南下某县，先后造访...": a word of going with no place read gives way to a later visit word
                later = next(
                    (w for w in _TRIP_WORDS.finditer(sentence, trip_word.end()) if w.lastgroup != "other"),
                    None,
                )
                if later is not None:
                    trip_word, kind = later, _KINDS[later.lastgroup or "other"]
            if kind is TripKind.OTHER and s_places:
                # rule zh-later-kind: "南下屏东县，视察灾情": a word of going, then what was done there
                later = next(
                    (w for w in _TRIP_WORDS.finditer(sentence, trip_word.end()) if w.lastgroup != "other"),
                    None,
                )
                kind = _KINDS[later.lastgroup or "other"] if later is not None else kind
            if kind is not TripKind.OTHER or s_places or invited:
                # "部长某某将陪同总理孙八访华": the 将 of those going along is the traveller's too
                led = companion_at is not None and companion_at.start() < subject[0]
                plan_from = companion_from if led and companion_at is not None else subject[0]
                # rule zh-planned-after: "在洛杉矶过境停留时间都将超过24小时": a plan told in the trip word's clause
                clause_end = _CLAUSE_MARK.search(sentence, trip_word.end())
                planned = (
                    _PLANNED.search(sentence, plan_from, first_word)
                    # rule zh-next-time: "下星期二至五访问北京": a day of next week, still to come, where the
                    # report has no day of its own to place the time by (with one, rule zh-future-day reads it)
                    or (article.anchor is None and _NEXT_TIME.search(sentence, plan_from, first_word))
                    or _PLANNED_AFTER.search(sentence, trip_word.end(), clause_end.start() if clause_end else len(sentence))
                    or _ITINERARY.search(sentence, 0, trip_word.start())
                )
                told_days = [d.span for d in s_dates if isinstance(d.span, DateSpan) and d.span.precision is Precision.DAY]
                anchor = article.anchor
                # rule zh-future-day: "林郑月娥下周二前往上海": a day still to come, of no trip under way, is planned
                future = (
                    bool(told_days)
                    and anchor is not None
                    and all(x.start > anchor for x in told_days)
                    and (subject[1], TripStatus.MADE) not in drafts
                )
                status = TripStatus.PLANNED if planned or future else TripStatus.MADE
                if (
                    status is TripStatus.PLANNED
                    and (subject[1], TripStatus.MADE) in drafts
                    and (
                        _GOING_ON.search(sentence, 0, trip_word.start())
                        or not told_days
                        or _next_days(told_days, drafts[(subject[1], TripStatus.MADE)].spans)
                    )
                ):
                    # "接下来4天，李家超将率团依次到访深圳、东莞": with no day of its own, the plan of the trip under way
                    status = TripStatus.MADE  # rule zh-going-on: the later legs of the trip under way
                if (
                    status is TripStatus.MADE
                    and (subject[1], TripStatus.PLANNED) in drafts
                    and (subject[1], TripStatus.MADE) not in drafts
                    and not any(isinstance(d.span, DateSpan) and d.span.precision is Precision.DAY for d in s_dates)
                    and (_THIS_VISIT.search(sentence) or not _DONE.search(sentence))
                ):
                    # rule zh-this-visit: "这是李强首次访问印尼", "此访是...": the visit announced; and
                    # rule zh-programme: "陈总统一行先抵达夏威夷": with no day of its own and nothing told as
                    # done, a sentence of one whose only trip is planned is its programme
                    status = TripStatus.PLANNED
                draft = drafts.get((subject[1], status))
                if draft is None and any(sentence.startswith(w, subject[0]) for w in surname_words):
                    # "陈总统一行...": a surname and an office go on with a trip told, and start none
                    draft = next((d for (k, _), d in drafts.items() if k == subject[1]), None)
                if draft is None:
                    draft = _Draft(roster[subject[1]], subject[1], status, kind)
                    drafts[(subject[1], status)] = draft
                elif kind is not TripKind.OTHER and draft.kind is TripKind.OTHER:
                    draft.kind = kind
                draft.evidence.append(Evidence.of(text, s, e, f"zh-trip-{kind.value}", source=source.path))
                if not draft.spans and _THEN.match(sentence) and not any(
                    isinstance(d.span, DateSpan) and d.span.precision is Precision.DAY for d in s_dates
                ):
                    # rule zh-then: "5日在北京出席会议。随后，李强前往雄安": the day last named
                    last = _day_last_named(dates, s)
                    draft.spans.extend([last] if last is not None else [])
                current = draft
                # rule zh-shared-title: "副总理何立峰、丁薛祥在天津调研": each name of the list travels
                # rule zh-titled-list: "新加坡总理某某、马来西亚总理某某将出席": each of a list of titled names
                listed = {k for _, k in eligible}
                for key in _listed_with(simp, s + subject[0], mentions, roster, titles):
                    if key == subject[1] or key not in listed:
                        continue
                    co = drafts.setdefault((key, status), _Draft(roster[key], key, status, kind))
                    if kind is not TripKind.OTHER and co.kind is TripKind.OTHER:
                        co.kind = kind
                    co.evidence.append(Evidence.of(text, s, e, f"zh-trip-{kind.value}", source=source.path))
                    co_drafts.append(co)
                if co_drafts:
                    # rule zh-separately: "丁薛祥、何立峰分别赴四川、广东": each goes alone, one place each
                    separately = _SEPARATELY.search(sentence) is not None
                if not co_drafts and group and group[0] is draft and not separately:
                    co_drafts = group[1:]  # "何立峰先后来到...": the list's trip goes on
                group = [draft, *co_drafts]
        elif current is not None and (companion_at or along is not None) and not subject:
            draft = current  # 蔡奇陪同考察, 随行官员有某某: the trip's companions
            draft.evidence.append(Evidence.of(text, s, e, "zh-companion", source=source.path))
        elif current is not None and not _BACKGROUND.search(sentence) and not _back_home(current, simp, s_places) and (
            (subject and subject[1] == current.key)
            or (not who and (_PRONOUN.search(sentence) or _PARTY.search(sentence) or _DURING.match(sentence)))
            # rule zh-about-partner: "他还将...并与市委书记某某共进晚餐": the people named are partners only
            or (who and not eligible and _PRONOUN.match(sentence))
            or (not eligible and _LEFT.match(sentence))
            # rule zh-next-leg: "随后访问法国", "次日，转赴上海": a leg told with its subject left out
            or (not who and (trip_word is not None or s_places) and _NEXT_LEG.match(sentence))
            # rule zh-met: "总理某某在吉隆坡会见朱某": the host meets the traveller where they are
            or any(key == current.key and _MET.search(sentence, 0, pos) for pos, key in who)
            # rule zh-met-partner: "王毅5日同布林肯举行会谈", "王毅同他举行会谈": the traveller met there
            or (
                trip_word is None
                and _MEETING.search(sentence) is not None
                and (
                    _WITH_HIM.search(sentence) is not None
                    or any(
                        key == current.key and _before_title(simp, s + pos, mentions, _PARTNER, chain=False)
                        for pos, key in who
                    )
                )
            )
        ):
            # rule zh-about-same-days: "甲5月12日至15日访问北京；乙15日至17日访问贵州。代表团12日至15日...":
            # a sentence on the party told by the days of another's trip, not of the trip under way, is of that
            draft = _same_days(drafts, current, s_dates, who) or current
            draft.evidence.append(Evidence.of(text, s, e, "zh-about", source=source.path))
            if group and group[0] is current and draft is current and not separately:
                co_drafts = group[1:]
                for co in co_drafts:
                    co.evidence.append(Evidence.of(text, s, e, "zh-about", source=source.path))
        for mention in mentions:  # rule zh-relative
            at = mention.start
            rel = _RELATIVE_TRIP.search(simp, max(s, at - 24), at) if s <= at < e else None
            if rel is None or mention.name not in roster or (mention.name, TripStatus.MADE) in drafts:
                continue
            other = _Draft(
                roster[mention.name], mention.name, TripStatus.MADE, _KINDS[rel.lastgroup or "other"]
            )
            other.evidence.append(
                Evidence.of(text, rel.start(), mention.end, "zh-relative", source=source.path)
            )
            for p in places:
                if rel.start() <= p.start < rel.end() and p.is_region:
                    other.regions.setdefault(_place_key(p.ref), p.ref)
            if _HERE_WORD.search(rel.group()):
                _visit_dateline(other, article)  # rule zh-relative-here: "正在这里访问的某某": the dateline's city
            drafts[(mention.name, TripStatus.MADE)] = other
        if draft is None:
            if trip_word is None and _MEETING.search(sentence):
                for pos, key in who:
                    if _before_title(simp, s + pos, mentions, _PARTNER, chain=False) or _before_title(
                        simp, s + pos, mentions, _MET, chain=False
                    ):
                        met.setdefault(key, []).extend(
                            d.span for d in s_dates if isinstance(d.span, DateSpan) and d.span.precision is Precision.DAY
                        )
            continue
        announced = _ANNOUNCED.search(sentence)
        if announced is not None and subject is not None and subject[0] > announced.start():
            s_dates = [d for d in s_dates if d.evidence.start - s > announced.start()]  # rule zh-announced
        own_plan = _OWN_PLAN.search(sentence, 0, trip_word.start()) if trip_word is not None else None
        if own_plan is not None and subject is not None and subject[0] < own_plan.start():
            s_dates = [d for d in s_dates if d.evidence.start - s > own_plan.start()]  # rule zh-own-plan
        all_places = s_places
        targets = [draft, *co_drafts]
        regions_told = [p for p in all_places if p.is_region]
        paired_regions = separately and len(targets) > 1 and len(regions_told) == len(targets) == len(all_places)
        # rule zh-separately-chains: "甲、乙分别到某市某镇和某县某镇": each goes to one of the places the list
        # names, a place run into the one before it (a town after its city) going with it
        chains = _place_chains(simp, all_places) if separately and len(targets) > 1 and not paired_regions else []
        paired_chains = len(chains) == len(targets)
        for i, target in enumerate(targets):
            draft = target
            s_places = [regions_told[i]] if paired_regions else chains[i] if paired_chains else all_places
            day_dates = [d for d in s_dates if isinstance(d.span, DateSpan) and d.span.precision.value == "day"]
            day_spans = [d.span for d in day_dates if isinstance(d.span, DateSpan)]
            if draft.evidence and draft.evidence[-1].rule == "zh-about" and draft.evidence[-1].start == s:
                draft.about_spans.extend(day_spans)  # rule zh-about-days: kept where near the trip's own days
            else:
                draft.spans.extend(day_spans)
            length = _LENGTH.search(sentence)
            if (
                draft.stated is None
                and len(day_dates) == 1
                and day_dates[0].evidence.rule == "zh-length"
                and draft.spans
                and day_spans[0].start == min(x.start for x in draft.spans)
            ):
                # rule zh-length-after: "...6月3日离开北京，前往...。此访为期五天": the length of the trip told,
                # from its first day
                draft.stated = day_spans[0]
            if length is not None and len(day_spans) == 1 and day_spans[0].days == 1 and draft.stated is None:
                count = 7 * number(length["w"]) if length["w"] else number(length["n"])
                days = dt.timedelta(days=count - 1)
                day = day_spans[0].start
                ended = _ENDED.search(sentence) is not None
                draft.stated = DateSpan(day - days, day) if ended else DateSpan(day, day + days)
            draft.vague.extend(
                d for d in s_dates if isinstance(d.span, Unknown) and d.evidence.rule == "zh-vague"
            )
            draft.unanchored.extend(d for d in s_dates if isinstance(d.span, Unknown) and d.span.reason in UNANCHORED)
            draft.weeks.extend(  # rule zh-week-span: a trip told only by its week ("上周", "下周") spans it
                d.span for d in s_dates if isinstance(d.span, DateSpan) and d.span.precision is Precision.WEEK
            )
            draft.parts.extend(  # rule zh-month-part-span: a trip told only by a part of a month ("6月底") spans it
                d.span
                for d in s_dates
                if isinstance(d.span, DateSpan) and d.span.precision is Precision.MONTH and d.span.days < 28
            )
            ev = Evidence.of(text, s, e, "zh-stop", source=source.path)
            if not s_places and len(day_spans) == 1 and day_spans[0].days == 1 and _TO_VILLAGE.search(sentence):
                _arrived_village(draft, day_spans[0])
            paired = _respectively(sentence, s_places, day_dates)
            # rule zh-separately-range: "6月1日至5日，甲、乙分别到某县某村": each stays at their own place over
            # the range told
            chain_range = (
                [day_dates[0].span]
                if paired_chains
                and len(day_dates) == 1
                and isinstance(day_dates[0].span, DateSpan)
                and day_dates[0].span.days > 1
                and day_dates[0].evidence.rule != "zh-length"
                else []
            )
            then_day: list[DateSpan] = []
            if not day_dates and _FIRST_STOP.match(sentence) and draft.spans:
                then_day = [DateSpan.day(min(x.start for x in draft.spans))]
            if not day_dates and _THEN.match(sentence) and not _PLANNED.search(sentence):
                # rule zh-then-stop: "随后，习近平来到长沙市岳麓区": the stop is on the day last named
                last = _day_last_named(dates, s)
                then_day = [last] if last is not None and last.days == 1 else []  # a day, not a range told before
            for p in s_places:
                if _REMOTE.search(_clause_of(simp, s, e, p.start)):
                    continue  # rule zh-remote: "视频察看阿拉山口口岸": a place seen by video link is no stop
                if _in_speech(simp, s, e, p):
                    continue  # rule zh-speech-place: "他强调，要推动郑州、洛阳协调发展": places of what was said
                lead, tail = _list_bounds(p, s_places, simp)
                if _TRANSIT_BEFORE.search(simp, max(s, lead - 2), lead) and _TRANSIT_AFTER.match(
                    simp, tail + (simp[tail : tail + 1] in "，,")
                ):
                    continue  # rule zh-transit: "经深圳前赴成都": passed through on the way
                if _STOPOVER.search(simp, max(s, p.start - 4), p.start) or (
                    simp[p.start - 1 : p.start] == "在" and _STOPOVER_AFTER.match(simp, p.end)
                ):
                    continue  # rule zh-stopover: "经停迪拜": a stopover on the way
                if _HOME_BEFORE.search(simp, max(s, p.start - 3), p.start) or (
                    _DEPARTED_BEFORE.search(simp, max(s, p.start - 3), p.start)
                    and not _LEFT.match(sentence)
                    # "乘专机离开珀斯回国": the place left for home is where the journey ended (rule zh-left-for-home)
                    and not _HOME_AFTER.match(simp, p.end)
                    and _place_key(p.ref) not in draft.stops
                    and _place_key(p.ref) not in draft.regions
                ):
                    continue  # rule zh-departure: "离开北京，前往俄罗斯", "随后返回北京": home, no stop
                if simp[p.start - 1 : p.start] == "从" and _SET_OUT.match(simp, p.end):
                    continue  # rule zh-set-out: "从北京出发": the place set out from
                if "机场" in simp[p.end : p.end + 8] and _AIRPORT_DEPARTURE.match(simp, p.end):
                    continue  # rule zh-airport-departure: "前往桃园机场搭机": the airport flown from
                city = _capital_city(p, simp, s_places) if p.is_region else None
                if city is not None:
                    draft.regions.setdefault(_place_key(p.ref), p.ref)
                    p = attrs.evolve(p, ref=city)
                if p.is_region:
                    draft.regions.setdefault(_place_key(p.ref), p.ref)
                else:
                    ref_key = _place_key(p.ref)
                    left = draft.stops.get(draft.last_stop or "") if draft.last_stop != ref_key else None
                    if left is not None and _MOVED_ON.search(simp, max(s, p.start - 4), p.start):
                        # rule zh-moved-on: "9月24日转往重庆": the stop told before is left that day
                        moved = [x for x in _stop_days(simp, s, e, p, day_dates, s_places) if x.days == 1]
                        stay = left[2]
                        if len(moved) == 1 and stay and dt.timedelta(0) < moved[0].start - max(x.end for x in stay) <= _NEAR:
                            stay.append(moved[0])
                    draft.last_stop = ref_key
                    if ref_key not in draft.stops:
                        draft.stops[ref_key] = (p.ref, [], [])
                        # "杭州余杭区": a district written right after its city is a stop of its own
                        after_city = any(o.end == p.start and o.adcode for o in s_places)
                        # (a prefecture written with 地区, "喀什地区", is no district: its code ends in 00)
                        if p.adcode and p.original_suffix == "区" and not after_city and not p.adcode.endswith("00"):
                            draft.parents[ref_key] = p.adcode[:4] + "00"
                        if p.adcode:
                            draft.adcodes[p.adcode] = ref_key
                    draft.stops[ref_key][1].append(ev)
                    draft.stops[ref_key][2].extend(
                        [paired[p.start]]
                        if p.start in paired
                        else then_day or chain_range or _stop_days(simp, s, e, p, day_dates, s_places)
                    )
                    if (
                        not s_dates
                        and not then_day
                        and not _PLANNED.search(sentence)
                        and not _PREVIOUS_LEG.search(sentence)
                        and not _RETURN_LEG.search(sentence)
                    ):
                        draft.dateless.add(ref_key)
            going_home = _HOME_GOING.search(sentence)
            home_day = [
                d.span
                for d in day_dates
                if going_home is not None
                and isinstance(d.span, DateSpan)
                and d.span.days == 1
                and _HOME_GOING.search(_clause_of(simp, s, e, d.evidence.start) + _next_clause(simp, d.evidence.end, e))
            ]
            if len(home_day) == 1 and draft.last_stop in draft.stops:
                # rule zh-home-leg: "9月28日经深圳返港": the stop told last is left the day of going home
                stay = draft.stops[draft.last_stop][2]
                if stay and dt.timedelta(0) < home_day[0].start - max(x.end for x in stay) <= _NEAR:
                    stay.append(home_day[0])
            if (
                not s_places
                and draft.last_stop in draft.stops
                and not _PLANNED_ONLY.search(sentence)
                and not _GOING.search(sentence)
            ):
                # rule zh-stay: "3日，王五出席商务论坛": a day of the traveller's with no place named is at
                # the stop told last, until a move on is told
                stay = draft.stops[draft.last_stop][2]
                for x in day_spans:
                    if x.days == 1 and stay and dt.timedelta(0) < x.start - max(y.end for y in stay) <= _NEAR:
                        stay.append(x)
            if companion_at or along is not None:
                for pos, key in who:
                    if (
                        companion_from <= pos < companion_at.start()
                        if companion_at
                        else along_span[0] <= pos < along_span[1]
                    ) and key != draft.key:
                        draft.companions.setdefault(key, roster[key])
    _cochaired(article, mentions, roster, foreign, places, dates, drafts, source.path)
    for draft in drafts.values():
        if draft.status is TripStatus.MADE and draft.key in met:
            # rule zh-met-partner: a meeting with the traveller told before the trip is of its days
            draft.spans.extend(met[draft.key])
        if not draft.stops:
            _headline_places(draft, article)
        if not draft.stops and draft.status is TripStatus.MADE:
            _dateline_host(draft, article)
        _headline_days(draft, article, dates)
        if draft.status is TripStatus.MADE:
            _dateline_day(draft, article)
    # rule zh-plan-then-made: "某某将对中国进行正式访问。某某今日抵达广州": a plan with no day and no place
    # of its own, of one whose journey the report tells as under way, is that journey announced
    for (key, status), d in list(drafts.items()):
        made = drafts.get((key, TripStatus.MADE))
        if (
            status is TripStatus.PLANNED
            and made is not None
            and not (d.spans or d.stops or d.weeks or d.parts)
            and set(d.regions) <= set(made.regions)
        ):
            made.evidence.extend(d.evidence)
            if made.kind is TripKind.OTHER:
                made.kind = d.kind
            for k, ref in d.regions.items():
                made.regions.setdefault(k, ref)
            del drafts[(key, status)]
    # rule zh-called-off: "王五原拟17日前往台中视察……王五取消视察行程": a plan its traveller later calls off or
    # puts off is no journey, nor is the calling off
    offs = _called_off(article.simplified)
    if offs:
        drafts = {k: d for k, d in drafts.items() if not _is_called_off(d, k[1], offs, article.simplified)}
    # rule zh-home-capital: a central leader's doings in Beijing alone ("贾庆林来到新华社看望慰问") are no journey
    drafts = {k: d for k, d in drafts.items() if not _in_home_capital(d, article, k[0] in foreign)}
    for (key, status), d in drafts.items():
        _drop_home_stop(d, article, key in foreign)
        if key in foreign and status is TripStatus.MADE and not d.stops:
            # rule zh-venue: a foreign guest's trip told at a state venue ("在人民大会堂举行仪式，欢迎某某访华")
            for ev in d.evidence:
                _venue_beijing(d, article.simplified, ev.start, ev.end, text, source.path)
    # rule zh-at-desk: work told with no place at all, by video or at the government's own desks
    # ("通过视频系统检查调度", "来到省委办公厅总值班室检查", "视察中央灾害应变中心"), is work at home
    drafts = {k: d for k, d in drafts.items() if d.stops or not _at_desk(d, article.simplified)}
    # rule zh-many-journeys: days spread over months are several journeys told as background, not one trip
    # (over a year's end: a lunar day or a stray date within one year is no reason to drop a journey)
    return [_build(d, source, article.anchor) for d in drafts.values() if not _many_journeys(d.spans)]


def _next_days(told: Sequence[DateSpan], made: Sequence[DateSpan]) -> bool:
    """Whether the days ``told`` follow within a week the days of the trip under way ("连战今天抵达南京。
    连战6日将前往西安": the next leg, told as a plan)."""
    if not made:
        return False
    first, last = min(x.start for x in made), max(x.end for x in made)
    return all(first <= x.start <= last + dt.timedelta(days=7) for x in told)


def _many_journeys(spans: Sequence[DateSpan]) -> bool:
    if not spans:
        return False
    first, last = min(x.start for x in spans), max(x.end for x in spans)
    return (last - first).days + 1 > _ONE_JOURNEY_DAYS and first.year != last.year


def _headline_places(draft: _Draft, article: ChineseArticle) -> None:
    """Rule ``zh-headline-place``: a trip the body places nowhere is where its headline puts it.

    The headline names the traveller, then a place and a trip word ("某某在上海考察"); a city or
    county there is the stop, a province or country a region, and a municipality or special
    region, the trip's only place, its city.
    """
    from timeline.zh.places import find_places

    ev = article.headline_evidence
    if not isinstance(ev, Evidence):
        return
    simp = article.simplified
    name = simp.find(draft.key, ev.start, ev.end)
    if name < 0:
        return
    word = _TRIP_WORDS.search(simp, name + len(draft.key), ev.end)
    if word is None:
        return
    found = [
        p
        for p in find_places(simp, article.text, name, word.start())
        if not _REMOTE.search(simp, name, word.start())
    ]
    here = Evidence.of(article.text, ev.start, ev.end, "zh-headline-place", source=ev.source)
    for p in found:
        if p.is_region:
            city = _city_of(p.ref) if isinstance(p.ref, Resolved) and _is_city_province(p.ref) else None
            draft.regions.setdefault(_place_key(p.ref), p.ref)
            if city is not None and len(found) == 1:
                draft.stops[_place_key(city)] = (city, [here], [])
        else:
            draft.stops.setdefault(_place_key(p.ref), (p.ref, [here], []))


_NEAR = dt.timedelta(days=3)
# a sentence about a visit still to come ("他将于下周访问"), whose days are no stay where the traveller is
# "次日，李强前往泗水考察": a going somewhere the table does not know ends the stay all the same
_GOING = re.compile(r"前往|来到|抵达|到达|飞抵|飞往|赴|转往|离开|启程|返回|返抵|回到")
_PLANNED_ONLY = re.compile(r"将于[^，,。；]{0,12}(?:访问|前往|出访|赴|抵达)")


_GAP = dt.timedelta(days=14)


def _one_journey(spans: list[DateSpan], anchor: dt.date | None) -> list[DateSpan]:
    """Rule ``zh-one-journey``: days in runs more than a fortnight apart are journeys told apart; the
    run nearest the report's day is the one it tells of."""
    if anchor is None or len(spans) < 2:
        return spans
    runs: list[list[DateSpan]] = []
    for x in sorted(spans, key=lambda x: x.start):
        if runs and x.start - max(y.end for y in runs[-1]) <= _GAP:
            runs[-1].append(x)
        else:
            runs.append([x])
    if len(runs) == 1:
        return spans

    def distance(run: list[DateSpan]) -> int:
        first, last = min(y.start for y in run), max(y.end for y in run)
        return 0 if first <= anchor <= last else min(abs((first - anchor).days), abs((last - anchor).days))

    return min(runs, key=distance)


def _build(d: _Draft, source: Source, anchor: dt.date | None = None) -> Trip:
    span: DateSpan | Unknown
    d.spans = _one_journey(d.spans, anchor)
    if d.spans:
        # rule zh-about-days: a day of a sentence only about the trip ("他指出，3月15日召开的会议...") counts
        # where it lies within three days of the days the trip's own sentences name
        first, last = min(x.start for x in d.spans), max(x.end for x in d.spans)
        d.spans.extend(x for x in d.about_spans if first - _NEAR <= x.start and x.end <= last + _NEAR)
    else:
        d.spans.extend(d.about_spans)
    if d.stated is not None:
        span = d.stated
    elif d.spans:
        span = DateSpan(min(x.start for x in d.spans), max(x.end for x in d.spans))
    elif d.weeks:
        span = DateSpan(min(x.start for x in d.weeks), max(x.end for x in d.weeks), Precision.WEEK)
    elif d.parts:
        span = DateSpan(min(x.start for x in d.parts), max(x.end for x in d.parts), Precision.MONTH)
    elif d.vague:
        span = d.vague[0].span
    elif d.unanchored:  # rule zh-day-unanchored
        span = d.unanchored[0].span
    else:
        span = Unknown("no date given")
    stops = []
    # rule zh-district: a district of a city that is a stop of the trip is part of that stop
    kept = {k: v for k, v in d.stops.items() if d.parents.get(k) not in d.adcodes}
    for ref, evidence, spans in kept.values():
        stop_span: DateSpan | Unknown = Unknown("no date given")
        if (
            len(kept) == 1
            and isinstance(span, DateSpan)
            and span.precision is Precision.DAY
            and all(x.days == 1 for x in spans)
            and (spans or len(d.regions) <= 1)  # not one city-state of a list of countries with no day of its own
            # not the one stop told of a journey over several countries ("访问老挝、柬埔寨和越南")
            and sum(1 for r in d.regions.values() if _is_country_ref(r)) <= 1
        ):
            stop_span = span  # rule zh-only-stop: the only stop, dated by its arrival alone, spans the trip
            first = min((x.start for x in spans), default=span.start)
            if span.start < first <= span.end and d.kind not in (TripKind.RESEARCH, TripKind.INSPECTION):
                # rule zh-only-stop-arrival: "3日从柏林乘专机前往中国，4日抵达北京": a visit's only city, from
                # its arrival on (a tour of research's one day told is one of its days there)
                stop_span = DateSpan(first, span.end)
        elif spans:
            stop_span = DateSpan(min(x.start for x in spans), max(x.end for x in spans))
        elif (
            d.status is TripStatus.MADE
            and isinstance(span, DateSpan)
            and span.precision is Precision.DAY
            and span.days == 1
            and d.kind in (TripKind.RESEARCH, TripKind.INSPECTION)
            and _place_key(ref) in d.dateless
        ):
            # rule zh-one-day-stop: a tour of inspection or research of one day, a stop told with no day
            # of its own (no later or earlier leg, no plan): that day
            stop_span = span
        stops.append(Stop(ref, stop_span, tuple(dict.fromkeys(evidence))))
    stops.sort(key=lambda st: st.span.start if isinstance(st.span, DateSpan) else dt.date.max)
    return Trip(
        person=d.person, kind=d.kind, span=span, status=d.status, regions=tuple(d.regions.values()),
        stops=tuple(stops), companions=tuple(d.companions.values()),
        evidence=tuple(dict.fromkeys(d.evidence)), sources=(source,),
    )  # fmt: skip


# "中国国家主席", "图为中华民国总统": the country and the caption's "pictured" are not the office
_NOT_OFFICE = re.compile(
    r"^(?:图为|圖為)?(?:中华人民共和国|中華人民共和國|中华民国|中華民國|中国|中國|大陆|大陸)?"
    # "澳门特区行政长官": the region's name is not part of the office (but "澳门特首" is one word)
    r"(?:(?:香港|澳门|澳門)(?:特别行政区|特別行政區|特区|特區)(?:政府)?)?"
)


# party and military-commission posts in a chain: "中共中央政治局常委、国务院总理" is the premier
# rule zh-member-post: a seat on a committee ("咸宁市委常委、常务副市长", "省政协常委、省政协提案委主任") and a
# party office of the centre ("中央港澳工作办公室主任、国务院港澳事务办公室主任") give way to the office after it
_PARTY_POST = re.compile(r"中共|政治局|书记处|中央委员|军委|^中央(?!人民政府)|(?<!国务)(?:常委|委员|党组成员)$")


def _country_prefix(title: str) -> int:
    """How many leading characters of ``title`` name a country ("新加坡总理": 3), else 0."""
    from timeline.zh.places import country_names

    names = country_names()
    from timeline.zh.people import STATE_FORM

    for size in range(min(8, len(title) - 2), 1, -1):
        if title[:size] in names:
            form = re.compile(STATE_FORM).match(to_simplified(title), size)
            # rule zh-state-form: "尼日利亚联邦共和国总统": the country's full name, not the office
            return form.end() if form is not None and form.end() < len(title) - 1 else size
    # a country's ruling party by its short name ("越共中央总书记"), as the foreign reading has it
    party = re.match(r"越共|老挝人革党|古共", title)
    return party.end() if party else 0


def _as_written(mention: ZhMention, article: ChineseArticle) -> tuple[str, ...]:
    """The mention's offices in the report's own script (offsets are shared).

    Rule ``zh-title``: a country's name ("中国", "新加坡") and a special region's ("澳门特区") are not
    part of the office; party and military-commission posts give way to a state office in the
    same chain ("中共中央政治局常委、国务院总理" is "国务院总理").
    """
    if mention.start == mention.name_start:  # rule zh-name-title: the office follows the name
        after = article.text[mention.name_start + len(mention.name) : mention.end]
        return (after,) if after else ()  # rule zh-bare-known: no office
    written = article.text[mention.start : mention.name_start]
    simp = article.simplified[mention.start : mention.name_start]
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^、，,]+", simp)]
    if not parts:
        return mention.titles
    first_start, first_end = parts[0]
    cut = len(_NOT_OFFICE.match(simp[first_start:first_end])[0])  # type: ignore[index]
    cut += _country_prefix(simp[first_start + cut : first_end])
    parts[0] = (first_start + cut, first_end)
    parts = [(a, b) for a, b in parts if b > a]
    state = [(a, b) for a, b in parts if not _PARTY_POST.search(simp[a:b])]
    if any(simp.startswith("现任", a) for a, _ in parts):
        # rule zh-now-holds: "前总理、现任国务资政某某": the office held now, not the one before
        parts = [(a + 2 * simp.startswith("现任", a), b) for a, b in parts if not simp.startswith("前", a)]
        state = [(a, b) for a, b in state if not simp.startswith("前", a)]
        state = [(a + 2 * simp.startswith("现任", a), b) for a, b in state]
    return tuple(written[a:b] for a, b in (state or parts))


_DONE = re.compile(r"已经|已|了|曾|昨|刚刚|日前|近日|前天")
_SURNAME_SHORT = {"国家主席": "主席", "行政长官": "特首"}
_SURNAME_OFFICES = r"总书记|国家主席|副总理|总理|委员长|副主席|主席|副总统|总统|首相|行政长官|特首|省长|市长|书记|部长|院长"


# offices one person of a country holds at a time (rule zh-same-office)
_SOLE_OFFICE = re.compile(r"总统|总理|首相|国王|女王|国家主席|外长|外交部长|国务卿")


def roster_of(
    mentions: Sequence[ZhMention], article: ChineseArticle
) -> tuple[dict[str, Person], dict[str, str]]:
    """The people of the report (by name as written in the simplified text) and the titles only one holds."""
    roster: dict[str, Person] = {}
    holders: dict[str, set[str]] = {}
    for m in mentions:
        if m.name in roster and (roster[m.name].title is not None or not m.titles):
            continue  # the first mention with an office gives the person's
        original = article.text[m.name_start : m.name_start + len(m.name)]
        roster[m.name] = person_of(m.name, _as_written(m, article), original)
        for t in m.titles:
            for short in re.findall(r"总书记|国家主席|总理|副总理|委员长|主席|行政长官|特首", t)[-1:]:
                holders.setdefault(short, set()).add(m.name)
                if short in ("行政长官", "特首"):  # the chief executive, by either word
                    holders.setdefault("特首" if short == "行政长官" else "行政长官", set()).add(m.name)
    titles = {t: next(iter(names)) for t, names in holders.items() if len(names) == 1}
    # rule zh-surname-office: "习主席", "李总理", "赖总统", "贺特首": a surname and the office of one
    # person of the report is that person (a Chinese name of two or three characters)
    surnamed: dict[str, set[str]] = {}
    for m in mentions:
        if not m.titles or not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", m.name):
            continue
        for short in re.findall(_SURNAME_OFFICES, m.titles[-1])[-1:]:
            for word in {short, _SURNAME_SHORT.get(short, short)}:
                surnamed.setdefault(m.name[0] + word, set()).add(m.name)
    for word, names in surnamed.items():
        if len(names) == 1 and word not in roster and word not in titles:
            titles[word] = next(iter(names))
    # rule zh-same-office: "马来西亚总理安瓦尔" then "马来西亚总理安华": a country's one head of state or
    # government, written twice in one report under two transliterations, is one person
    first_holder: dict[str, str] = {}
    for m in mentions:
        if len(m.titles) != 1 or not _SOLE_OFFICE.fullmatch(m.titles[0][_country_prefix(m.titles[0]) :]):
            continue
        if not _country_prefix(m.titles[0]) or m.titles[0].startswith("中国"):
            continue
        holder = first_holder.setdefault(m.titles[0], m.name)
        if holder != m.name and m.name in roster and not (m.name in KNOWN_NAMES and holder in KNOWN_NAMES):
            roster.pop(m.name)
            titles.setdefault(m.name, holder)
    # rule zh-short-name: "弗拉基米尔·普京" then "普京", "林郑月娥" then "林郑": one person by both names
    for name in list(roster):
        shorts = [name.rsplit("·", 1)[-1].rsplit("•", 1)[-1]] if ("·" in name or "•" in name) else []
        if len(name) == 4 and name[:2] not in roster and re.fullmatch(r"[\u4e00-\u9fff]{4}", name):
            shorts.append(name[:2])  # a married name of two surnames, written short (林郑, 范徐)
        for short in shorts:
            if short != name and len(short) >= 2:
                roster.pop(short, None)
                titles.setdefault(short, name)
    return roster, titles
