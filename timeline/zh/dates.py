"""Chinese date phrases -> :class:`~timeline.model.DateMention`, read against the anchor day.

Rules, each named in the evidence of the mentions it reads:

* ``zh-ymd``: ``2024年6月2日`` (ASCII, full-width or Chinese numerals: ``二〇二四年六月二日``).
* ``zh-md``: ``6月2日``; the year is the one that puts the day nearest the anchor.
* ``zh-d``: ``2日``; the month is the one that puts the day nearest the anchor.
* ``zh-range``: any of the three, then ``至/到/—/-/～`` and a later day, month-day or full date
  (``2日至4日``, ``6月2日至4日``, ``10月30日至11月2日``): one span with both ends.
* ``zh-ym``: ``2024年6月``, ``6月`` (with ``上旬``/``中旬``/``下旬`` narrowed to ten days): month precision.
* ``zh-nth-day``: ``第一天``, ``第二天上午``: after a range, its days in order (else ``第二天`` is the next day).
* ``zh-month-part``: ``本月底``, ``下月初``, ``月底`` (this month): a part of a month told from the anchor.
* ``zh-year``: ``2024年``, ``今年``, ``去年``, ``明年``: year precision.
* ``zh-relative-day``: ``今天/今日`` the anchor, ``昨天/昨日`` the day before, ``前天/前日`` two days before (``昨晚``, ``今晨``, ``前晚`` likewise),
  ``明天/明日`` the day after, ``后天/后日`` two days after; ``当天/当晚/同日`` the last day mentioned
  before (else the anchor), ``次日/翌日/隔天`` the day after it.
* ``zh-week``: ``本周/这周/上周/下周``: week precision (Monday to Sunday).
* ``zh-weekday``: ``星期二/周二/週二/礼拜二``: the most recent such day on or before the anchor, or
  the next on or after it in a clause of what will be (``将``, ``会``, before or right after it:
  ``周一将``); ``下周二`` is that day of
  next week, and ``下周二和周三`` puts the second day in the same week.
* ``zh-apposed``: ``明日(十二月二十一日)``, ``今(17)晚``: a relative day with its date in brackets.
* ``zh-length``: ``为期四天``, ``9天8夜``: from the day last named, on (or back, after ``结束``).
* ``zh-part-of-day``: ``上午``, ``早上``, ``一早`` named alone: the day last named, else the anchor.
* ``zh-day-list``: ``3月5、6日``: two days of one month, one span.
* ``zh-lunar``: ``农历正月二十五``, ``腊月二十八``, ``大年初一``, ``除夕``: the solar day of that day of
  the Chinese calendar (``borax``), in the lunar year that puts it nearest the anchor.
* ``zh-vague``: ``近日/日前/近期/前不久/不久前``: an Unknown whose reason names the interval it means
  (the fortnight up to the anchor), never a guessed day.

``上午/下午/晚/晚间/凌晨`` after a day are part of its words but do not change the span.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from timeline.model import DateMention, DateSpan, Evidence, Precision, Unknown
from timeline.zh.numerals import NUMERAL, number

__all__ = ["find_dates"]

_N = rf"(?:{NUMERAL})"
_YEAR = r"(?:\d{4}|[０-９]{4}|[〇零○一二三四五六七八九]{4})"
_PART = r"(?:(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|清晨|夜间|晚)(?![上间]))?"
# "2号机场", "1号楼": a 号 before a noun numbers a thing; as a day it ends the phrase or comes before
# a part of the day, a range word or a verb of the trip
_HAO = r"(?:日|号(?![\u4e00-\u9fff])|号(?=[上下中晚早凌清夜傍至到起前后和及、在赴抵将于出举]))"
# rule zh-month-offset: "上月20日", "本月3日", "下个月3日": a day of the month before, this or the next
_DAY = (
    rf"(?:(?:(?P<@y>{_YEAR})年|(?P<@r>今年|去年|明年|前年))?(?P<@m>{_N})月"
    rf"|(?P<@o>本月|上月|下月|上个月|下个月|这个月|当月))?(?P<@d>{_N}){_HAO}"
)
# "明日(十二月二十一日)", "今(30日)": a relative day with the date in brackets is the bracketed date
_APPOSED = r"(?:(?P<@p>今天|今日|明天|明日|昨天|昨日|今|明|昨)\s*[(（]\s*)?"
# inside the brackets the 日 may be left out: "今(17)晚"
# (not "今(113)年": a year of the Republic of China's calendar, rule zh-roc-told-year)
_DAY_AS = _APPOSED + _DAY.replace(_HAO, rf"(?(@p)(?:{_HAO})?|{_HAO})") + r"(?(@p)\s*[)）](?:日(?!本)|(?!\s*年)))"
_SEP = r"\s*(?:起?至|起?到|—|–|-|－|～|~|〜)\s*"
_N_CN = r"(?:[0-9０-９]+|[一二两三四五六七八九十]+)"
# rule zh-lunar: "农历正月二十五", "腊月二十八", "大年初一", "除夕": a day of the Chinese calendar
_LDAY = r"初[一二三四五六七八九十]|廿[一二三四五六七八九]|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[0-9]{1,2}"
_LUNAR = (
    rf"(?P<lunar>(?:农历|阴历)(?:(?P<luy>{_YEAR})年)?(?P<lul>闰)?"
    rf"(?P<lum>正|冬|腊|十[一二]|[一二三四五六七八九十]|[0-9]{{1,2}})月(?P<lud>{_LDAY})日?"
    rf"|(?P<lum2>正|冬|腊)月(?P<lud2>{_LDAY})日?|大年(?P<lud3>初[一二三四五六七八九十]|三十)|(?P<eve>除夕))"
)
# Every match opens on one of these characters (a digit, a numeral, or the first character of a
# word of the alternatives below: 农阴正冬腊大除, 今去明前, 昨后當当同次翌第隔, 本这這上下, 星礼禮周週,
# 近日不, 为, 上下中晚傍凌早清夜一, 月). The lookahead rejects every other position at once, where the
# alternatives would each be entered in turn: the same matches, a seventh of the scanning.
_OPENS = r"(?=[\d○〇一七三上下不两中为九二五今傍兩八六农冬凌前十卅去同后周四夜大廿当日早明星昨晚本次正清當礼禮第翌腊近这這週阴除隔零月春元端重国劳圣平])"
# rule zh-holiday: "春节当天", "中秋节，...", "国庆节上午": a festival's day, of the Chinese calendar or the solar one,
# in the year that puts it nearest the anchor (not "春节前夕", "国庆期间": a stretch around it)
_HOLIDAY = (
    r"(?P<hol>春节|元宵节|端午节|中秋节|重阳节|七夕节?|元旦|国庆节|劳动节|圣诞节|平安夜)"
    r"(?=当天|这天|这一天|当日|上午|下午|晚上|前往|来到|[，,。])"
)
_HOLIDAY_DAYS = {
    "春节": (True, 1, 1), "元宵节": (True, 1, 15), "端午节": (True, 5, 5), "七夕": (True, 7, 7), "七夕节": (True, 7, 7),
    "中秋节": (True, 8, 15), "重阳节": (True, 9, 9), "元旦": (False, 1, 1), "劳动节": (False, 5, 1),
    "国庆节": (False, 10, 1), "圣诞节": (False, 12, 25), "平安夜": (False, 12, 24),
}  # fmt: skip
_PATTERN = re.compile(
    rf"{_OPENS}(?:{_LUNAR}{_PART}|{_HOLIDAY}{_PART}"
    # rule zh-day-list: "3月5、6日": two days of one month, one span
    rf"|(?P<dlist>(?:(?P<dly>{_YEAR})年)?(?:(?P<dlm>{_N})月)?(?P<dld1>{_N})(?:日|号)?(?:、{_N}(?:日|号)?){{0,5}}、(?P<dld2>{_N}){_HAO}){_PART}"
    rf"|(?P<range>{_DAY_AS.replace('@', 'a').replace(_HAO, _HAO + '?')}{_PART}{_SEP}{_DAY.replace('@', 'b')}){_PART}"
    rf"|(?P<day>{_DAY_AS.replace('@', 'c')}){_PART}"
    rf"|(?P<ym>(?:(?P<ymy>{_YEAR})年|(?P<ymr>今年|去年|明年|前年))?(?P<ymm>{_N})月(?P<third>上中旬|中下旬|上旬|中旬|下旬|初|中(?![国方外共央华]|[旬下])|底|末)?)(?![\d０-９一二三四五六七八九十]*[日号])"
    # rule zh-month-part: "本月底", "下月初", "月底": a part of this, the last or the next month
    r"|(?P<mpart>(?P<mpo>本月|上月|下月|上个月|下个月|这个月|当月)|(?<=[于在到至前，,。、；\s])月(?=[底初末]))"
    r"(?P<mpt>上中旬|中下旬|上旬|中旬|下旬|初|底|末)(?![\d０-９一二三四五六七八九十]*[日号])"
    rf"|(?P<year>(?P<yy>{_YEAR})年|今年|去年|明年|前年)"
    r"|(?P<nth>第(?P<nthn>[一二三四五六七])天)(?=上午|下午|晚上|中午|[，,])"
    r"|(?P<rel>今天|今日|昨天|昨日|前天|明天|明日|后天|后日|當天|当天|当晚|当夜|同日|同一天|次日|翌日|第二天|隔天|隔日"
    r"|昨晚|昨夜|今晨|今早|今晚|前晚|明晚|(?<![提])前日(?!本)"
    # rule zh-bare-today: "今赴屏东", "今抵北京": 今 alone before a word of going
    r"|(?<![至如迄而现當当古从從自於于截])今(?=赴|抵|到(?![会场期])|访|率团|出席|前往|启程|飞往|飞抵|南下|北上|出访|视察|考察|巡视))"
    rf"{_PART}"
    rf"|(?P<week>(?:本|这|這|上|下)(?:周|週|星期|礼拜|禮拜)(?P<wkd>[一二三四五六日天])?){_PART}"
    rf"|(?P<wd>(?:星期|礼拜|禮拜|周|週)(?P<wdn>[一二三四五六日天])){_PART}"
    r"|(?P<vague>近日|日前|近期|前不久|不久前|近来)"
    rf"|(?P<length>为期(?P<ln>{_N_CN})(?:天|日(?![电讯]))|为期(?P<lw>{_N_CN}|一)(?:周|个星期)|(?P<ln2>{_N_CN})天(?:{_N_CN})夜"
    # "六日起的五天", "5日起一连三天": a length counted on from the day just named
    rf"|(?:(?<=起的)|(?<=起一连)|(?<=起连续)|(?<=起一連)|(?<=起連續))(?P<ln3>{_N_CN})天"
    # rule zh-length-stay: "前往湖南考察三天": a count of days right after a verb of visiting, from the day named
    rf"|(?:(?<=考察)|(?<=访问)|(?<=调研)|(?<=视察)|(?<=停留)|(?<=逗留))(?P<ln4>{_N_CN})天(?![\d０-９])"
    r")"
    r"|(?P<part>上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|清晨|夜间|一大早|(?<![统同唯万])一早(?![日期])))"
)
# rule zh-weekday-range: "周一至周六(4月1日)", "周二(4日)至周四(6日)": a range of weekdays, each
# perhaps with its day in brackets; rule zh-weekday-apposed: "周四(30日)": a weekday and its day, one day
_WD_WORD = r"(?:星期|礼拜|禮拜|周|週)"
_WD_APPOSED = rf"\s*[(（]\s*(?P<@>(?:{_N}月)?{_N}(?:日|号))\s*[)）]"
_WD_TAIL = re.compile(
    rf"(?:{_WD_APPOSED.replace('@', 'a1')})?{_SEP}(?:[本这這上下]?{_WD_WORD}(?P<w2>[一二三四五六日天])"
    # a bare second weekday only where no word goes on ("周二到天津", "周五到三亚": places)
    r"|(?P<w2b>[一二三四五六])(?=[，,。、；;\s(（在访抵出举将期的]|$))"
    rf"(?:{_WD_APPOSED.replace('@', 'a2')})?"
)
_WD_ALONE = re.compile(_WD_APPOSED.replace("@", "a1"))
_MD = re.compile(rf"(?:(?P<m>{_N})月)?(?P<d>{_N})")
# "4日(周二)": a weekday in brackets after its day adds nothing
_WD_IN_BRACKETS = re.compile(r"[(（]\s*$")
# "16日结束为期四天的...之行": a length after an end word counts back from the day named
_ENDED_BEFORE = re.compile(r"(?:结束|完成|圆满结束)[^，,。；]{0,6}$")
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_REL = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1, "后天": 2, "后日": 2,
        "昨晚": -1, "昨夜": -1, "今晨": 0, "今早": 0, "今晚": 0, "前晚": -2, "明晚": 1, "前日": -2, "今": 0}  # fmt: skip
# "他会列席星期日的闭幕礼": a weekday in a clause of what will be is the next such day
_FUTURE_BEFORE = re.compile(r"(?:将|会|拟|计划|准备|要|定于|订于)[^，,。；;]*$")
# "他周一将与...会谈": a weekday right before a word of what will be is the next such day
_FUTURE_AFTER = re.compile(r"\s*(?:将|会|拟|要|还将|也将)")
# "到天津访问一日": a count of days after a verb of staying, not a day of the month
_STAY_BEFORE = re.compile(r"(?:访问|停留|逗留|考察|调研|视察|为期|历时|一连)$")
# "访问北京及天津五日": a count in Chinese numerals closing a clause of visiting
_STAY_CLAUSE = re.compile(r"(?:访问|停留|逗留|考察)[^，,。；;\d０-９]{0,8}$")
_CN_COUNT = re.compile(r"[一二两三四五六七八九十]+[日天]$")
# rule zh-length-programme: "展开7日调研行程", "开始三日之行": a count of days that opens a programme
_PROGRAMME_BEFORE = re.compile(r"(?:展开|开始|开启|进行)$")
# rule zh-length-run: "3日起一连七日", "连续三日": a run of days from the day last named
_RUN_BEFORE = re.compile(r"(?:一连|连续)$")
_PROGRAMME_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,2}?(?:行程|之行)")
_AFTER = ("次日", "翌日", "第二天", "隔天", "隔日")
_YEAR_OFFSET = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}
# a bare "日" or "号" after a number that is not a day: 24日 in "24小时" never matches; these
# follow a day-looking number that is part of something else ("第2日" is a day count)
_NOT_DAY_BEFORE = re.compile(r"[第每]$|[0-9０-９]$")


def _nearest(candidates: Iterator[dt.date], anchor: dt.date) -> dt.date | None:
    best = None
    for day in candidates:
        if best is None or abs((day - anchor).days) < abs((best - anchor).days):
            best = day
    return best


def _days_in_months(anchor: dt.date, day: int) -> Iterator[dt.date]:
    for shift in (-1, 0, 1):
        month0 = anchor.month - 1 + shift
        year, month = anchor.year + month0 // 12, month0 % 12 + 1
        if day <= calendar.monthrange(year, month)[1]:
            yield dt.date(year, month, day)


def _resolve_day(y: str | None, m: str | None, d: str, anchor: dt.date | None) -> dt.date | Unknown:
    try:
        day = number(d)
        month = number(m) if m else None
        year = number(y) if y else None
    except ValueError:
        return Unknown("not a number", d)
    if year is not None and month is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return Unknown(f"{year}-{month}-{day} is not a date")
    if anchor is None:
        # rule zh-day-unanchored: "22日" on a page with no date: the day is told, its month and year are not
        return Unknown(_NO_MONTH if month is None else _NO_YEAR)
    if month is not None:
        if not 1 <= month <= 12:
            return Unknown(f"month {month} is not a month")
        found = _nearest(
            (dt.date(yr, month, day) for yr in (anchor.year - 1, anchor.year, anchor.year + 1)
             if day <= calendar.monthrange(yr, month)[1]),
            anchor,
        )  # fmt: skip
    else:
        found = _nearest(_days_in_months(anchor, day), anchor) if 1 <= day <= 31 else None
    return found if found is not None else Unknown(f"day {day} of month {month} is not a date")


_NO_MONTH = "the day is given, its month and year are not"
_NO_YEAR = "the month and day are given, the year is not"
UNANCHORED = (_NO_MONTH, _NO_YEAR)


def _month_span(y: str | None, m: str, third: str | None, anchor: dt.date | None) -> DateSpan | Unknown:
    try:
        month = number(m)
        year = number(y) if y else None
    except ValueError:
        return Unknown("not a number", m)
    if not 1 <= month <= 12:
        return Unknown(f"month {month} is not a month")
    if year is None:
        if anchor is None:
            return Unknown("no anchor date")
        year = min((anchor.year - 1, anchor.year, anchor.year + 1),
                   key=lambda yr: abs((dt.date(yr, month, 15) - anchor).days))  # fmt: skip
    last = calendar.monthrange(year, month)[1]
    first_day, last_day, precision = 1, last, Precision.MONTH
    if third in ("上旬", "初"):
        first_day, last_day = 1, 10
    elif third in ("中旬", "中"):
        first_day, last_day = 11, 20
    elif third == "上中旬":
        first_day, last_day = 1, 20
    elif third == "中下旬":
        first_day = 11
    elif third in ("下旬", "底", "末"):
        first_day = 21
    return DateSpan(dt.date(year, month, first_day), dt.date(year, month, last_day), precision)


_MONTH_OFFSET = {"本月": 0, "这个月": 0, "当月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}


def _year_month(m: re.Match[str], prefix: str, anchor: dt.date | None) -> tuple[str | None, str | None]:
    """The year and month groups of ``prefix``, a month told from the anchor ("上月") made both."""
    offset = m[prefix + "o"]
    if offset and anchor is not None:
        month0 = anchor.month - 1 + _MONTH_OFFSET[offset]
        return str(anchor.year + month0 // 12), str(month0 % 12 + 1)
    return _year(m, prefix, anchor), m[prefix + "m"]


def _year(m: re.Match[str], prefix: str, anchor: dt.date | None) -> str | None:
    """The year group of ``prefix``: written out, or 今年/去年 counted from the anchor."""
    if m[prefix + "y"]:
        return m[prefix + "y"]
    if m[prefix + "r"] and anchor is not None:
        return str(anchor.year + _YEAR_OFFSET[m[prefix + "r"]])
    return None


_LUNAR_TO = re.compile(rf"\s*(?:至|到|—|–|-|～)\s*{_LUNAR}")
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}


def _lunar_day(word: str) -> int:
    return number(word[1:]) if word.startswith("初") else number(word)


def _lunar(m: re.Match[str], anchor: dt.date | None) -> DateSpan | Unknown:
    """The solar day of a day of the Chinese calendar (rule ``zh-lunar``): in the written lunar year,
    else in the one that puts it nearest the anchor; ``除夕`` is the last day of the twelfth month."""
    try:
        from borax.calendars.lunardate import LunarDate  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:  # pragma: no cover - borax is a dependency
        return Unknown("a lunar date, and no lunar calendar (borax) to read it")
    month_word = m["lum"] or m["lum2"] or ("正" if m["lud3"] else "腊")
    try:
        month = _LUNAR_MONTHS.get(month_word) or number(month_word)
        day = _lunar_day(m["lud"] or m["lud2"] or m["lud3"] or "三十")
        years = [number(m["luy"])] if m["luy"] else []
    except ValueError:
        return Unknown("not a number", m["lunar"])
    if not years:
        if anchor is None:
            return Unknown("no anchor date")
        years = [anchor.year - 1, anchor.year, anchor.year + 1]
    found: list[dt.date] = []
    for year in years:
        try:
            if m["eve"] or (m["lud3"] == "三十"):  # the last day of the year, whether the 29th or the 30th
                solar = LunarDate(year + 1, 1, 1).to_solar_date() - dt.timedelta(days=1)
            else:
                solar = LunarDate(year, month, day, 1 if m["lul"] else 0).to_solar_date()
        except (ValueError, KeyError, IndexError):
            continue
        found.append(solar)
    if not found:
        return Unknown(f"lunar month {month} day {day} is not a date")
    best = found[0] if anchor is None else min(found, key=lambda d: abs((d - anchor).days))
    return DateSpan.day(best)


def _holiday(word: str, anchor: dt.date | None) -> DateSpan | Unknown:
    """Rule ``zh-holiday``: the day of a festival nearest the anchor."""
    if anchor is None:
        return Unknown("no anchor date")
    lunar, month, day = _HOLIDAY_DAYS[word]
    found: list[dt.date] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            if lunar:
                from borax.calendars.lunardate import LunarDate  # type: ignore[import-untyped,import-not-found,unused-ignore]

                found.append(LunarDate(year, month, day).to_solar_date())
            else:
                found.append(dt.date(year, month, day))
        except (ValueError, KeyError, IndexError, ImportError):
            continue
    if not found:
        return Unknown(f"{word} is no day")
    return DateSpan.day(min(found, key=lambda d: abs((d - anchor).days)))


_NEAR_TOLD = dt.timedelta(days=2)
_TRIP_BEFORE_NTH = re.compile(r"(?:访|访问|行程|之旅|考察|调研|视察)(?:的)?$")


def _scan(
    text: str,
    start: int,
    end: int,
    anchor: dt.date | None,
    last: dt.date | None = None,
    text_year: int | None = None,
) -> Iterator[tuple[int, int, str, DateSpan | Unknown]]:
    def told_year(y: str | None, month: str | None) -> str | None:
        """Rule ``zh-text-year``: with no anchor, a month and day with no year are in the year the report names."""
        return str(text_year) if y is None and month and anchor is None and text_year is not None else y

    week: tuple[int, dt.date] | None = None  # where the last "下周二" ended, and its Monday
    begun: dt.date | None = None  # the first day of the span last named, where it was a range
    prev_end = -10  # where the day last read ended
    skip = 0  # the end of a lunar range read whole
    told: DateSpan | None = None  # the span last named with its month written out

    def in_told_month(day: dt.date | Unknown, d: str) -> dt.date | Unknown:
        """Rule ``zh-told-month``: "4月8日至10日...，9日在莫斯科": a day with no month that falls
        within the span last named with its month (or two days after it) is in that month."""
        if told is None or not isinstance(day, dt.date):
            return day
        for month_of in (told.start, told.end):
            try:
                candidate = dt.date(month_of.year, month_of.month, number(d))
            except ValueError:
                continue
            if told.start <= candidate <= told.end + _NEAR_TOLD:
                return candidate
        return day
    for m in _PATTERN.finditer(text, start, end):
        rule: str
        span: DateSpan | Unknown
        if (
            m["day"]
            and not m["cm"]
            and not m["co"]
            and not m["cp"]
            and (
                _RUN_BEFORE.search(text, max(0, m.start() - 2), m.start())
                or (
                    _PROGRAMME_BEFORE.search(text, max(0, m.start() - 2), m.start())
                    and _PROGRAMME_AFTER.match(text, m.end())
                )
            )
        ):
            # counted from the first day of the span last named ("3日至9日…一连7日")
            if last is not None and 1 <= (n := number(m["cd"])) <= 60:
                run_from = begun or last
                yield m.start(), m.end(), "zh-length", DateSpan(run_from, run_from + dt.timedelta(days=n - 1))
            continue
        if (m["range"] or m["day"]) and (
            _NOT_DAY_BEFORE.search(text, max(0, m.start() - 1), m.start())
            or _STAY_BEFORE.search(text, max(0, m.start() - 2), m.start())
        ):
            continue
        if (
            m["day"]
            and not m["cm"]
            and not m["co"]
            and not m["cp"]
            and _CN_COUNT.match(m.group())
            and _STAY_CLAUSE.search(text, max(0, m.start() - 12), m.start())
        ):
            # "后日起访问北京及天津五日": a count of days, the stay's length from the day last named
            if last is not None and 1 <= (n := number(m["cd"])) <= 60:
                yield m.start(), m.end(), "zh-length", DateSpan(last, last + dt.timedelta(days=n - 1))
            continue
        if m.start() < skip:
            continue
        if m["dlist"]:
            rule = "zh-day-list"
            first = _resolve_day(told_year(m["dly"], m["dlm"]), m["dlm"], m["dld1"], anchor)
            if not isinstance(first, dt.date):
                continue
            upto_day = _resolve_day(str(first.year), str(first.month), m["dld2"], anchor)
            if not isinstance(upto_day, dt.date) or upto_day < first:
                continue
            span = DateSpan(first, upto_day)
        elif m["hol"]:
            rule = "zh-holiday"
            span = _holiday(m["hol"], anchor)
        elif m["lunar"]:
            if m.start() - prev_end <= 2 and text[prev_end : m.start()] in ("", "的", "即", "，", ","):
                continue  # rule zh-lunar-apposed: "30日除夕": the same day, named twice
            rule = "zh-lunar"
            span = _lunar(m, anchor)
            # "从农历腊月二十八到大年初一": a range of two days of the Chinese calendar
            to = _LUNAR_TO.match(text, m.end(), end)
            upto = _lunar(to, anchor) if to is not None else None
            if isinstance(span, DateSpan) and isinstance(upto, DateSpan) and upto.start >= span.start:
                span, skip = DateSpan(span.start, upto.end), to.end() if to is not None else 0
                yield m.start(), skip, "zh-range", span
                last, begun = span.end, span.start
                continue
        elif m["range"]:
            rule = "zh-range"
            a_year, a_month = _year_month(m, "a", anchor)
            first = _resolve_day(told_year(a_year, a_month), a_month, m["ad"], anchor)
            if isinstance(first, dt.date):
                # the end takes the start's year and month where it does not give its own
                y = m["by"] or (a_month and str(first.year)) or (m["ay"] and str(first.year))
                if m["bm"]:
                    second = _resolve_day(m["by"] or str(first.year), m["bm"], m["bd"], anchor)
                else:
                    second = _resolve_day(y or str(first.year), str(first.month), m["bd"], anchor)
                if isinstance(second, dt.date) and second < first and not m["by"]:
                    second = _resolve_day(str(first.year + 1), m["bm"] or str(first.month), m["bd"], anchor)
                if isinstance(second, dt.date) and second >= first:
                    span = DateSpan(first, second)
                else:
                    span = (
                        second
                        if isinstance(second, Unknown)
                        else Unknown("a range that ends before it starts")
                    )
            else:
                span = first
        elif m["day"]:
            rule = "zh-ymd" if m["cy"] or m["cr"] else "zh-md" if m["cm"] or m["co"] else "zh-d"
            c_year, c_month = _year_month(m, "c", anchor)
            day = _resolve_day(told_year(c_year, c_month), c_month, m["cd"], anchor)
            if rule == "zh-d" and not m["cp"]:
                day = in_told_month(day, m["cd"])
            span = DateSpan.day(day) if isinstance(day, dt.date) else day
        elif m["ym"]:
            rule = "zh-ym"
            span = _month_span(told_year(_year(m, "ym", anchor), m["ymm"]), m["ymm"], m["third"], anchor)
        elif m["mpart"]:
            rule = "zh-month-part"
            if anchor is None:
                yield m.start(), m.end(), rule, Unknown("no anchor date")
                continue
            month0 = anchor.month - 1 + _MONTH_OFFSET.get(m["mpo"] or "本月", 0)
            span = _month_span(str(anchor.year + month0 // 12), str(month0 % 12 + 1), m["mpt"], anchor)
        elif m["year"]:
            rule = "zh-year"
            if m["yy"]:
                year = number(m["yy"])
            elif anchor is None:
                yield m.start(), m.end(), rule, Unknown("no anchor date")
                continue
            else:
                year = anchor.year + _YEAR_OFFSET[m["year"]]
            if not 1 <= year <= 9999:
                continue
            span = DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR)
        elif m["nth"]:
            # rule zh-nth-day: "6月3日至5日...第一天...第二天上午": the days of the range last named, in order
            rule = "zh-nth-day"
            nth = number(m["nthn"]) - 1
            base = last or anchor
            if begun is None and _TRIP_BEFORE_NTH.search(text, max(start, m.start() - 3), m.start()):
                continue  # "出访第二天，今天...": the count of the journey's days, no day after the last named
            if begun is not None:
                span = DateSpan.day(begun + dt.timedelta(days=nth))
            elif nth == 1 and base is not None:
                span = DateSpan.day(base + dt.timedelta(days=1))
            else:
                continue
            begun = span.start - dt.timedelta(days=nth)
            yield m.start(), m.end(), rule, span
            last, prev_end = span.end, m.end()
            continue
        elif m["rel"]:
            rule = "zh-relative-day"
            word = m["rel"]
            if anchor is None:
                span = Unknown("no anchor date")
            elif word in _REL:
                span = DateSpan.day(anchor + dt.timedelta(days=_REL[word]))
            elif word in _AFTER:
                span = DateSpan.day((last or anchor) + dt.timedelta(days=1))
            else:  # 当天, 当晚, 同日: the day last named
                span = DateSpan.day(last or anchor)
        elif m["week"]:
            rule = "zh-week"
            if anchor is None:
                span = Unknown("no anchor date")
            else:
                shift = -7 if m["week"][0] == "上" else 7 if m["week"][0] == "下" else 0
                monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=shift)
                tail = _WD_TAIL.match(text, m.end(), end) or _WD_ALONE.match(text, m.end(), end)
                told = (
                    _weekday_told(_WEEKDAYS[m["wkd"]], tail, anchor, True)
                    if m["wkd"] and tail is not None and tail["a1"]
                    else None
                )
                if told is None and m["wkd"] and tail is not None and "w2" in tail.re.groupindex:
                    # "下周一至周三": the second weekday in the first one's week or the next
                    first = monday + dt.timedelta(days=_WEEKDAYS[m["wkd"]])
                    w2 = _WEEKDAYS[tail["w2"] or tail["w2b"]]
                    told = DateSpan(first, first + dt.timedelta(days=(w2 - _WEEKDAYS[m["wkd"]]) % 7))
                if told is not None and tail is not None:
                    # rule zh-weekday-apposed: "下周日(5日)至下周六(11日)": the days in brackets hold
                    rule = "zh-weekday-range" if "w2" in tail.re.groupindex else "zh-weekday-apposed"
                    skip = tail.end()
                    yield m.start(), tail.end(), rule, told
                    last, prev_end = told.end, tail.end()
                    begun = told.start if told.start != told.end else None
                    continue
                if m["wkd"]:  # "下周二": that day of that week
                    span = DateSpan.day(monday + dt.timedelta(days=_WEEKDAYS[m["wkd"]]))
                    week = (m.end(), monday)
                else:
                    span = DateSpan(monday, monday + dt.timedelta(days=6), Precision.WEEK)
        elif m["wd"]:
            rule = "zh-weekday"
            tail = _WD_TAIL.match(text, m.end(), end) or _WD_ALONE.match(text, m.end(), end)
            if (
                anchor is not None
                and m.start() - prev_end <= 1
                and _WD_IN_BRACKETS.search(text, max(start, m.start() - 2), m.start())
            ):
                continue  # "4日(周二)": the day before holds
            if anchor is not None and tail is not None:
                future = bool(
                    _FUTURE_BEFORE.search(text, max(start, m.start() - 20), m.start())
                    or _FUTURE_AFTER.match(text, tail.end(), end)
                )
                told_day = _weekday_told(_WEEKDAYS[m["wdn"]], tail, anchor, future)
                if told_day is not None:
                    rule = "zh-weekday-range" if "w2" in tail.re.groupindex else "zh-weekday-apposed"
                    skip = tail.end()
                    yield m.start(), tail.end(), rule, told_day
                    last, prev_end = told_day.end, tail.end()
                    begun = told_day.start if told_day.start != told_day.end else None
                    continue
            if anchor is None:
                span = Unknown("no anchor date")
            elif week is not None and text[week[0] : m.start()].strip() in (
                "和",
                "、",
                "及",
                "至",
                "到",
                "或",
            ):
                # "下周二和周三": the second day is in the first one's week
                span = DateSpan.day(week[1] + dt.timedelta(days=_WEEKDAYS[m["wdn"]]))
            elif _FUTURE_BEFORE.search(text, max(start, m.start() - 20), m.start()) or _FUTURE_AFTER.match(
                text, m.end(), end
            ):
                ahead = (_WEEKDAYS[m["wdn"]] - anchor.weekday()) % 7
                span = DateSpan.day(anchor + dt.timedelta(days=ahead))
            else:
                back = (anchor.weekday() - _WEEKDAYS[m["wdn"]]) % 7
                span = DateSpan.day(anchor - dt.timedelta(days=back))
        elif m["length"]:
            rule = "zh-length"
            try:
                # rule zh-length-week: "为期一周" is seven days
                n = 7 * number(m["lw"]) if m["lw"] else number(m["ln"] or m["ln2"] or m["ln3"] or m["ln4"])
            except ValueError:
                continue
            if last is None or not 1 <= n <= 60:
                continue  # a length from no day named is no date
            back = _ENDED_BEFORE.search(text, max(start, m.start() - 12), m.start()) is not None
            days = dt.timedelta(days=n - 1)
            if begun is not None and not back:
                # rule zh-length-range: "6月10日至18日...为期九天": the length is the range's, from its first day
                span = DateSpan(begun, begun + days)
            else:
                span = DateSpan(last - days, last) if back else DateSpan(last, last + days)
            yield m.start(), m.end(), rule, span
            continue
        elif m["part"]:
            rule = "zh-part-of-day"  # a part of a day named alone: the day last named, else the anchor
            day_ = last or anchor
            if day_ is None:
                continue
            span = DateSpan.day(day_)
        else:
            rule = "zh-vague"
            if anchor is None:
                span = Unknown(f"vague: {m['vague']} names no day, and there is no anchor date")
            else:
                since = anchor - dt.timedelta(days=14)
                span = Unknown(f"vague: {m['vague']} means some day between {since} and {anchor}, not which")
        if isinstance(span, DateSpan) and span.precision is Precision.DAY:
            last = span.end
            begun = span.start if span.start != span.end else None
            prev_end = m.end()
            if rule in ("zh-md", "zh-ymd") or (rule == "zh-range" and m["am"]):
                told = span
        yield m.start(), m.end(), rule, span


def _weekday_day(text: str, anchor: dt.date, weekday: int | None) -> dt.date | None:
    """The day a bracketed date after a weekday names ("30日", "4月1日"), that weekday where two could be meant."""
    md = _MD.match(text)
    if md is None:
        return None
    day = _resolve_day(None, md["m"], md["d"], anchor)
    return day if isinstance(day, dt.date) and (weekday is None or day.weekday() == weekday) else None


def _weekday_told(w1: int, tail: re.Match[str], anchor: dt.date, future: bool) -> DateSpan | None:
    """Rules ``zh-weekday-range`` and ``zh-weekday-apposed``: the span of a weekday written with its
    day in brackets, or of two weekdays joined by 至 (the second on or after the first, within a
    week); a bracketed day that is not that weekday leaves the phrase to the plain readings."""
    groups = tail.re.groupindex
    first = _weekday_day(tail["a1"], anchor, w1) if tail["a1"] else None
    if "w2" not in groups:
        return DateSpan.day(first) if first is not None else None
    w2 = _WEEKDAYS[tail["w2"] or tail["w2b"]]
    second = _weekday_day(tail["a2"], anchor, w2) if tail["a2"] else None
    days = (w2 - w1) % 7
    if first is None and second is not None:
        first = second - dt.timedelta(days=days)
    if first is None:  # "周一至周六": the first weekday as it reads alone, the next such day if still to come
        ahead, back = (w1 - anchor.weekday()) % 7, (anchor.weekday() - w1) % 7
        first = anchor + dt.timedelta(days=ahead) if future else anchor - dt.timedelta(days=back)
    if second is None:
        second = first + dt.timedelta(days=days)
    if not 0 <= (second - first).days <= 6:
        return None
    return DateSpan(first, second)


def find_dates(
    text: str,
    anchor: dt.date | None,
    *,
    original: str | None = None,
    start: int = 0,
    end: int | None = None,
    source: str = "",
    last: dt.date | None = None,
    year: int | None = None,
) -> tuple[DateMention, ...]:
    """Every Chinese date phrase in ``text[start:end]``, resolved against ``anchor``.

    Args:
        text: the (simplified) text scanned.
        anchor: the reference day; ``None`` leaves relative phrases unknown.
        original: the original text the offsets point into (default: ``text``); evidence is cut from it.
        start: where to start.
        end: where to stop (default: the end).
        source: the path or URL recorded in the evidence.
        last: the day last named before ``start`` (``当天``, ``次日`` and a bare ``上午`` count from it).
        year: with no anchor, the one year the report names, for a month and day with none (rule ``zh-text-year``).
    """
    orig = text if original is None else original
    out = []
    for s, e, rule, span in _scan(text, start, len(text) if end is None else end, anchor, last, year):
        ev = Evidence.of(orig, s, e, rule, source=source)
        if isinstance(span, Unknown) and not span.text:
            span = Unknown(span.reason, ev.text)
        out.append(DateMention(ev.text, span, ev))
    return tuple(out)
