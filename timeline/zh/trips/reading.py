"""The reading of a Chinese report's sentences into trip drafts (:func:`find_trips`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from gazetteer.model import PlaceKind, Resolved, Unresolved
from timeline.model import (
    DateMention,
    DateSpan,
    Evidence,
    Person,
    Precision,
    Source,
    Trip,
    TripKind,
    TripStatus,
    Unknown,
)
from timeline.zh.article import ChineseArticle
from timeline.zh.dates import UNANCHORED
from timeline.zh.numerals import NUMERAL, number
from timeline.zh.people import BODIES, ZhMention
from timeline.zh.places import PlaceMention
from timeline.zh.script import to_simplified
from timeline.zh.trips.build import _build, _country_prefix
from timeline.zh.trips.clauses import (
    _before_title,
    _clause_of,
    _in_speech,
    _listed_with,
    _name_at,
    _next_clause,
    _quoted,
    _sentences,
)
from timeline.zh.trips.draft import _Draft
from timeline.zh.trips.home import (
    _abroad,
    _away_from_seat,
    _back_home,
    _dateline_day,
    _dateline_host,
    _dateline_places,
    _drop_home_stop,
    _filed_away,
    _headline_days,
    _host_office,
    _in_home_capital,
    _long_ago,
    _outlet_city,
    _venue_beijing,
    _visit_dateline,
)
from timeline.zh.trips.meetings import _co_leaders, _cochaired, _met_guest, _visitor
from timeline.zh.trips.patterns import (
    _BEIJING,
    _BEIJING_CITY,
    _CLAUSE_MARK,
    _COME_TO,
    _HOME_GOING,
    _LENGTH,
    _MEETING,
    _NEAR,
    _PLANNED,
    _PREVIOUS_LEG,
    _REMOTE,
    _RETURN_LEG,
    _SAR_HEAD,
    _SURNAME_OFFICES,
    _TRIP_WORDS,
    _VISITOR_BEFORE,
    _called_off,
    _is_called_off,
)
from timeline.zh.trips.places import (
    _capital_city,
    _city_of,
    _is_city_province,
    _list_bounds,
    _place_chains,
    _place_key,
)
from timeline.zh.trips.stop_days import (
    _arrived_village,
    _day_last_named,
    _respectively,
    _same_days,
    _stop_days,
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

_EVENT_AT = re.compile(r"(?:[0-9０-９]{1,2}日|[今昨前]天|当天|近日)?(?:凌晨|上午|下午|晚间|晚)?(?:发生|遭遇|遭受)")

_AIDED_BEFORE = re.compile(r"(?:支援|援助|驰援|捐助|捐赠|援建|协助)(?:了|给)?[^，,。；赴到往抵]{0,4}$")

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
# ("5年前，习近平首次京外考察，选择了广东": years or months before, counted, rule zh-years-before)
_PAST_STRETCH = re.compile(
    r"^(?:今年以来|去年以来|近年来|近年|多年来|此前|以往|过去|[^，,。；]{0,8}大以来"
    r"|[0-9０-９一二三四五六七八九十两数几多]{1,3}(?:年|个多?月)(?:多)?前)[，,]"
)

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

_NEXT_TIME = re.compile(r"下(?:周|週|星期|礼拜)[一二三四五六日天]")

_PLANNED_AFTER = re.compile(r"都将|也将|还将|将会|将于|即将|预计将")

# "在对法国进行国事访问前夕，习近平...": the subject's visit still to come (rule zh-eve)
_EVE = re.compile(r"^(?:在|于)?[^，,。；]{0,24}?(?:访问|出访|之行|访)(?:即将开始之际|前夕|之前|前)[，,]")

# "之后，习近平还将前往华盛顿继续访问": the legs still to come of a trip under way (rule zh-going-on)
_GOING_ON = re.compile(r"还将|随后将|之后将|接着将|继而将|下一站|继续")

# "根据行程规划，蔡英文...抵达": a sentence told from the itinerary is of a planned trip (rule zh-itinerary)
_ITINERARY = re.compile(r"(?:根据|按照|按)[^，,。；]{0,4}(?:行程|日程|计划|部署)|行程(?:规划|安排)[，,]")

_ENDED = re.compile(r"结束|圆满完成|回国|返回")

_LENGTH_ENDED = re.compile(
    rf"^\s*(?:在|于)?为期(?:{NUMERAL})(?:天|日)的[^，,。；]{{0,12}}?(?:访问|行程|之行|访华)[^，,。；]{{0,8}}?(?:结束|圆满结束)[后後]?[，,]"
)

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

# "16日下午到村后": the day of coming to the village already named
_TO_VILLAGE = re.compile(r"[日天晚午早](?:到|进|抵)村")

# "隔天飞往巴拉圭": a clause of leaving, whose day ends the stay before it
# "转往重庆", "启程前往西安": moving on from the stop before (rule zh-moved-on)
_MOVED_ON = re.compile(r"(?:转往|转赴|转抵|移师|启程前往|启程赴|动身前往)$")

# "视频察看...口岸实时情况", "通过视频连线": a place seen from afar is not gone to
# "据香港特区政府新闻公报": the source a report is told from, its place no place of the trip (rule zh-attribution)
_ATTRIBUTION = re.compile(r"^[【\[]?[^，,。；]{0,12}?据[^，,。；]{0,30}(?:报道|消息|公报|报|称|介绍|透露|统计|发布|显示)$")

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

_OUR_CITY = re.compile(r"(?:来到|前来|来|到|赴|莅临)(?P<our>我市|本市)(?=[^，,。；]{0,2}?(?:考察|调研|视察|检查|访问|参观|督导|指导))")

_FROM_BEFORE = re.compile(r"[从由自]$")

_SET_OFF_AFTER = re.compile(r"[^，,。；从由自]{0,8}?(?:启程|出发|起飞|动身)")

# "会谈后，习近平前往...", "随后，李强来到...": a sentence told right after the one before
# "这是某某首次访问", "此访是", "此次访问": a sentence about the visit already told
_THIS_VISIT = re.compile(r"这是|此访|此次|本次|此行|这次|首次|第[一二三四五六七八九十\d]+次")

# "外交部发言人6日宣布：...将于10日访问": the day of the announcement is not the trip's
# "发言人某某介绍，省长某某定于4月18日至25日率团赴台": the briefing's day is not the trip's (rule zh-announced)
_ANNOUNCED = re.compile(r"宣布|公布|发布消息|答记者问|介绍说|介绍(?=[，,：:])|透露|表示|证实|指出|[^小]说(?=[，,：:])")

# "来到这里", "走进这里": the place named before (rule zh-here)
_HERE = re.compile(r"(?:来到|到了|回到|走进|前往|赶到|赶往|抵达|到达)(?P<here>这里|此地|那里)")

_VILLAGE_OPENING = re.compile(r"(?:^|(?<=\s))(?P<v>[\u4e00-\u9fff]{2,4}?[村屯])(?:是|，是|,是|位于|地处)")

# "在某县某乡某村一户农民家，": a sentence opening (after its day) on where, before its first clause ends
_SCENE = re.compile(r"^\s*(?:[0-9０-９一二三四五六七八九十]{1,3}日(?:上午|下午|晚上)?[，,])?在(?P<at>[^，,。；]{2,24}?)[，,]")

_THEN = re.compile(r"^(?:随后|之后|其后|接着|紧接着|然后|会后|会谈后|会见后|活动结束后)")

# "李强说，去年他曾到深圳考察": a journey of the past told as background (rule zh-past)
_BACKGROUND = re.compile(r"曾(?:经|多次|先后|两次|数次|几次|到|赴|来|在|于|前往|专程|亲自|亲)")

_ONE_JOURNEY_DAYS = 60

_INVITED = re.compile(r"应邀|受邀")

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
    scene: tuple[int, list[PlaceMention]] = (0, [])  # a scene's paragraph end and places (rule zh-scene)
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
        para_end = next((para.end for para in article.paragraphs if para.start <= s < para.end), e)
        if scene[1] and (s >= scene[0] or any(not q.is_region for q in s_places)):
            scene = (0, [])  # the scene is over at its paragraph's end or at a place named after it
        elif scene[1] and current is not None and (
            (who and all(key == current.key for _, key in who)) or (not who and _PRONOUN.search(sentence))
        ):
            # rule zh-scene: "在某县某村一户农民家，主人某某说……。听到这些，王五对他说": a paragraph opening on
            # where a local's story is told sets the scene the traveller then comes into
            s_places = [*s_places, *scene[1]]
            scene = (0, [])
        if current is not None and not who and (scene_at := _SCENE.match(sentence)) is not None:
            set_in = [q for q in s_places if not q.is_region and s + scene_at.start("at") < q.end <= s + scene_at.end()]
            if set_in and not _TRIP_WORDS.search(sentence):
                scene = (para_end, set_in)
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
        # (a sentence opening on a stretch of past time tells other journeys: rule zh-past)
        elif current is not None and not _BACKGROUND.search(sentence) and not _PAST_STRETCH.match(sentence) and not _back_home(current, simp, s_places) and (
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
            draft.end_days.extend(home_day)
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


# a sentence about a visit still to come ("他将于下周访问"), whose days are no stay where the traveller is
# "次日，李强前往泗水考察": a going somewhere the table does not know ends the stay all the same
_GOING = re.compile(r"前往|来到|抵达|到达|飞抵|飞往|赴|转往|离开|启程|返回|返抵|回到")

_PLANNED_ONLY = re.compile(r"将于[^，,。；]{0,12}(?:访问|前往|出访|赴|抵达)")

_DONE = re.compile(r"已经|已|了|曾|昨|刚刚|日前|近日|前天")
