"""A Chinese report read into its parts: header, headline, dateline, body, captions, boilerplate.

The reader works on the simplified text (same length as the original, see :mod:`.script`) and
cuts every piece of evidence from the original.  Rules, each named in the evidence it makes:

* ``zh-header-datetime``: a header line with a date (``2016-01-10 06:39:32``, ``2024年06月05日 08:28``,
  ``发布时间：...``) gives the publication day and time; ``来源：中国青年网`` on a header line gives
  the publisher; ``zh-short-year``: ``发布日期:08-12-22 14:38`` (a two-digit year after a date label
  or before a time) is 2008.
* ``zh-boilerplate``: breadcrumbs (``当前位置：新闻 > 中国新闻 > 正文``), ``责任编辑``, ``参与评论()人``,
  page marks ``(1)``, share and print links are boilerplate.
* ``zh-caption``: a line with a photographer's credit (``新华社记者 某某 摄``, ``（新华社发）``) is a
  photo caption.
* ``zh-headline``: the first line before the body that is not a header or boilerplate and does not
  end as a sentence.
* ``zh-dateline``: ``新华社北京10月11日电（记者 张三 李四）``, ``人民网北京6月5日电``,
  ``本报北京6月5日电``; ``央视网消息`` and ``本报讯`` are datelines with an agency and no place
  or day.  The dateline's year is the publication year, or the year before when the day would
  fall more than a week after publication (rule ``zh-dateline-year``).
* ``zh-byline``: a Taiwan paper's byline ``联合报／ 记者某某／台南即时报导`` is a dateline with its
  agency and place and no day.
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

from timeline.article import Paragraph, ParagraphKind, clock
from timeline.model import Dateline, Evidence, Unknown
from timeline.zh.language import Language, detect
from timeline.zh.numerals import NUMERAL, number
from timeline.zh.script import to_simplified

__all__ = ["ChineseArticle", "read_article"]

_DATE_TIME = re.compile(
    r"(?P<y>\d{4})\s*(?:年|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)
# "发布日期:08-12-22 14:38:23": a two-digit year after a date label, or before a time (rule zh-short-year)
# rule zh-roc-told-year: "本(九十三)年", "今(113)年": this year, told in the Republic of China's calendar
ROC_TOLD_YEAR = re.compile(rf"[本今]\s*[(（]\s*(?P<y>{NUMERAL})\s*[)）]\s*年")


def roc_told_year(simp: str) -> int | None:
    """The one year of the Common Era the text tells as this year of the Republic of China's calendar
    (rule ``zh-roc-told-year``), ``None`` where it tells none or several."""
    years = {number(m["y"]) + 1911 for m in ROC_TOLD_YEAR.finditer(simp) if 1 <= number(m["y"]) <= 200}
    return years.pop() if len(years) == 1 else None


_SHORT_DATE = re.compile(
    r"(?:(?:发布|更新|出版)?(?:日期|时间)[:：]\s*)(?P<y>\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"
    r"|(?<![\d-])(?P<y2>\d{2})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})\s+\d{1,2}:\d{2}"
)
_HEADER_CUE = re.compile(
    r"发布时间|发布日期|日期[:：]|时间[:：]|来源[:：]|作者[:：]|编辑[:：]|字号|打印|^\s*[\[(（]?\s*\d{4}[-年/.]\d{1,2}"
    r"|^\s*https?://\S+\s+\d{4}"
)
# the scraped copy's own date token, as in the English reports: " date 2026-02-03 《新华社》报道，..."
_DATE_TOKEN = re.compile(r"\s*date (?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\s+")
_SOURCE = re.compile(r"来源[:：]\s*(?P<src>[^\s　|｜]{2,20})")
_BOILERPLATE = re.compile(
    r"^(?:当前位置|您的位置|你的位置|首页\s*[>＞]|责任编辑|编辑[:：]|参与评论|分享到|扫一扫|打印本页|关闭窗口|"
    r"【纠错】|【字体|字号[:：]|上一篇|下一篇|相关新闻|相关阅读|版权所有|版权声明|免责声明|点击排行|更多|返回顶部|来源[:：])"
    r"|^[（(]\s*\d{1,2}\s*[)）]$|^\[?\s*责任编辑|^\s*[>＞]|\s[>＞]\s.*\s[>＞]\s|^第?\s*\d+\s*页$|参与评论\s*[(（]\s*\d*\s*[)）]\s*人"
)
# rule zh-related-list: "相关新闻", "延伸阅读：": the page's list of other reports; its headlines after
# the body are furniture, not the report's
_RELATED = re.compile(
    r"^[【\[]?\s*(?:相关新闻|相关阅读|相关报道|相关链接|相关文章|相关稿件|延伸阅读|推荐阅读|热点推荐|热门推荐|精彩推荐|"
    r"今日推荐|专题推荐|更多新闻|更多阅读|猜你喜欢|往期回顾|热门新闻|热点新闻|最新新闻|热门文章|图片新闻|新闻排行|阅读排行"
    # as written in traditional script, where a simplified page quotes it so
    r"|相關新聞|相關閱讀|相關報道|相關報導|延伸閱讀|推薦閱讀|熱點推薦|熱門推薦|更多新聞)"
    r"\s*[】\]]?\s*[:：]?\s*$"
)
_EDITED = re.compile(r"^\s*(?:【纠错】|[【\[(（]?\s*责任编辑|[【\[(（]?\s*责编)")
# "资料图片", "档案照片": a file photo's caption tells of another day (rule zh-file-photo)
_FILE_PHOTO = re.compile(r"资料图片|资料照|资料图|档案照片|档案图片|资料相片")
_CAPTION = re.compile(
    r"(?:记者|通讯员)\s*\S{2,4}(?:\s+\S{2,4})*\s*摄|[（(](?:新华社|人民网|中新社)发[^)）]{0,20}[)）]|摄[)）]?\s*$"
)
_AGENCIES = (
    "新华社|中新社|中新网|人民网|新华网|本报|央视网|中国新闻网|人民日报|光明网|中国日报网|央广网|国际在线"
    # Hong Kong, Macao and Taiwan agencies (read in simplified form)
    "|中评社|中评网|中通社|香港中通社|中央社|大公网|文汇网|澳门日报|澳广视"
    # foreign agencies in Chinese copy
    "|路透社|路透|法新社|美联社|共同社|韩联社|塔斯社|俄新社|卫星社|彭博社|德新社|埃菲社|安莎社|朝中社|越通社"
)
# before a place and a day only: a paper by its kind ("光明日报北京6月5日电"; "广州日报讯" alone is no dateline)
_DATED_AGENCIES = _AGENCIES + "|[\u4e00-\u9fff]{2,4}?(?:日报|晚报|早报|时报|商报)"
# rule zh-dateline-app: "央视新闻客户端北京6月4日消息", "澎湃新闻北京6月4日电": a news app's or site's dateline
_DATED_AGENCIES += "|[\u4e00-\u9fff]{2,6}?客户端|央视新闻|澎湃新闻|中国新闻周刊|环球时报|环球网"
# rule zh-dateline-site: "中广网北京3月5日消息", "东方网上海6月4日电": a news site by its kind before a place and a day
_DATED_AGENCIES += "|[\u4e00-\u9fff]{1,4}?网"
# rule zh-dateline-reporter: "中央社记者王五台北5日电": the reporter's name between agency and place
_REPORTER = r"(?:(?:特派|驻[\u4e00-\u9fff]{1,4})?记者\s*(?P<reporter>[\u4e00-\u9fff]{2,4}(?:\s*[、,，]\s*[\u4e00-\u9fff]{2,4})*?)\s*)?"
_DATELINE = re.compile(
    rf"^[【\[〔（(]?据?(?P<agency>{_DATED_AGENCIES})\s*{_REPORTER}(?P<place>[\u4e00-\u9fff]{{2,12}}?)?\s*"
    # rule zh-dateline-roundup: "中央社北京16日综合外电报导", a roundup of foreign wires filed from the place
    rf"(?:(?P<m>{NUMERAL})月)?(?P<d>{NUMERAL})日\s*(?:专电|电|讯|消息|综合外电报[导道]|综合报[导道])"
    r"[】\]〕）)]?(?:\s*[（(][^）)]{0,40}[）)])?"
    rf"|^[【\[]?(?P<agency2>{_AGENCIES})(?:消息|讯|快讯)[】\]]?"
    # rule zh-dateline-tag: "【明报专讯】", "【大公报讯】": an outlet's tag, no place or day
    r"|^【(?P<agency3>[\u4e00-\u9fff]{2,6}?)(?:专讯|讯|快讯)】"
    # "香港商报网讯（记者 某某）", "联合早报网讯": a website's tag, no place or day
    r"|^(?P<agency5>[\u4e00-\u9fff]{2,6}?网)讯(?:\s*[（(][^）)]{0,40}[）)])?"
    # rule zh-dateline-no-day: "新华社北京电", "新华社电（记者 某某）": an agency's dateline with no day
    rf"|^[【\[〔（(]?据?(?P<agency6>{_AGENCIES})(?P<place6>[\u4e00-\u9fff]{{2,8}}?)?(?:专电|电)(?![视话脑])"
    r"[】\]〕）)]?(?:\s*[（(][^）)]{0,40}[）)])?"
    # rule zh-dateline-reporter: "〔记者王五／台北报导〕": a reporter's byline with the place filed from
    # "【联合报／记者王五／台北即时报导】": the same with the paper's name first
    r"|^[〔\[【（(](?:(?P<agency4>[\u4e00-\u9fff]{2,8}?)\s*[／/]\s*)?(?:特派|驻[\u4e00-\u9fff]{1,4}|实习)?记者\s*[\u4e00-\u9fff]{2,4}(?:\s*[、,，]\s*[\u4e00-\u9fff]{2,4})*"
    r"\s*[／/]\s*(?P<place4>[\u4e00-\u9fff]{2,6}?)(?:即时|连线|综合)?报[导道][〕\]】）)]"
)
# "联合报／ 记者某某／台南即时报导": a Taiwan paper's byline, its agency and the place filed from (rule zh-byline)
_BYLINE = re.compile(
    r"^(?P<agency>[\u4e00-\u9fff]{2,8}?)\s*[／/]\s*(?:特派|驻[\u4e00-\u9fff]{1,4}|实习)?记者\s*[\u4e00-\u9fff]{2,4}"
    r"(?:\s*[、,，]\s*[\u4e00-\u9fff]{2,4})*\s*[／/]\s*(?P<place>[\u4e00-\u9fff]{2,6}?)\s*(?:即时|连线|综合)?报[导道]\s*$"
)
_SENTENCE_END = re.compile(r"[。！？!?；]\s*[”’」』]?$")
_QUESTION_END = re.compile(r"[？?]\s*$")
# a mirror's pinyin gloss after a character, "中新网(wǎng)": blanked in the working text
_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]"
)
# a line that is only a date, as a trailer prints it: "2022年12月20日(星期二)"
_DATE_LINE = re.compile(
    r"^\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:[（(]\s*(?:星期|周)[一二三四五六日天]\s*[)）])?\s*$"
)
# an English date among the header lines: "Nov 20, 2024"
_EN_DATE = re.compile(
    r"\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})\b"
)
# "3月 20, 2024", "十二月 5, 2023": a page's date in the English order with a Chinese month (rule zh-month-comma-year)
_ZH_MONTH_COMMA_YEAR = re.compile(
    r"(?<![\d年])(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月\s*(?P<d>[0-3]?\d),\s*(?P<y>\d{4})(?!\d)"
)
# "5 June 2024": an English date, day first
_EN_DATE_DAY_FIRST = re.compile(
    r"\b(?P<d>\d{1,2})\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?P<y>\d{4})\b"
)
# a date of the Republic of China's calendar on a header line: "中华民国113年6月5日", "113/06/05 10:21"
_ROC_DATE = re.compile(
    r"(?:(?:中华)?民国|(?<![\d-]))(?P<y>1[0-4]\d)(?:年|[-/.])(?P<m>\d{1,2})(?:月|[-/.])(?P<d>\d{1,2})(?![\d])"
)
# a trailer line that dates the report: "（新华社 2024年6月5日）", "【编辑:王五】 2024年06月05日 10:21",
# "发布时间：2024-06-05" (rule zh-trailer-date)
_ROC_TRAILER = re.compile(r"(?<=[)）。」”])\s*(?P<y>1[0-4]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\s*$")
_TRAILER = re.compile(r"^[（(【\[]|发布|时间|日期|编辑|来源|责编")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# a bracketed lead tag with a full date and no place, "【看中国2018年8月10日讯】": header matter
_LEAD_TAG = re.compile(
    r"^[【\[]\s*(?P<agency>[^】\]\d]{0,12}?)\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:电|讯)\s*[】\]]"
)
# a date opening a sentence, "2010年1月21日，", "2010年1月21日上午,": the lead's own day (rule zh-date-lead)
_DATE_LEAD = re.compile(
    r"\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?\s*(?:上午|下午|晚上|晚间|晚|中午|傍晚|早上|清晨)?\s*[，,]"
)
_DATELINE_LINES = 3  # a dateline is looked for in the first body lines (a caption or notice may come first)


@frozen
class ChineseArticle:
    """One Chinese report, its parts and their offsets in :attr:`text` (the original)."""

    text: str
    simplified: str
    language: Language
    source: str
    headline: str
    headline_evidence: Evidence | Unknown
    published: dt.date | Unknown
    published_time: dt.time | Unknown
    publisher: str
    dateline: Dateline | Unknown
    paragraphs: tuple[Paragraph, ...]

    @property
    def anchor(self) -> dt.date | None:
        """The dateline's day, else the publication day, else ``None``."""
        if isinstance(self.dateline, Dateline) and isinstance(self.dateline.date, dt.date):
            return self.dateline.date
        return self.published if isinstance(self.published, dt.date) else None


def _valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def dateline_year(month: int | None, day: int, published: dt.date | Unknown) -> dt.date | Unknown:
    """The dateline's day in the publication year, or the year before (rule ``zh-dateline-year``);
    a day with no month ("台北5日电") is in the publication month or the one before."""
    if not isinstance(published, dt.date):
        return Unknown("no publication date to give the dateline its year", f"{month}月{day}日" if month else f"{day}日")
    if month is None:
        for shift in (0, -1, 1):
            month0 = published.month - 1 + shift
            day_ = _valid_date(published.year + month0 // 12, month0 % 12 + 1, day)
            if day_ is not None and -7 <= (published - day_).days <= 31:
                return day_
        return Unknown(f"{day}日 is not a day near the publication date", f"{day}日")
    for year in (published.year, published.year - 1, published.year + 1):
        day_ = _valid_date(year, month, day)
        if day_ is not None and -7 <= (published - day_).days <= 358:
            return day_
    return Unknown(f"{month}月{day}日 is not a day near the publication date", f"{month}月{day}日")


def _reporter_span(d: re.Match[str]) -> tuple[int, int]:
    """The place after the reporter's names ("记者王小明台北5日电": 台北), found by the place table:
    the last name is two to four characters (rule ``zh-dateline-reporter``); ``(0, 0)`` if none."""
    from timeline.zh.places import find_places

    line = d.string
    first = d.start("reporter") + d["reporter"].rfind("、") + 1
    end = d.end("place") if d["place"] else d.end("reporter")
    for at in range(first + 2, min(first + 5, end - 1)):
        found = find_places(line, line, at, end)
        if found and found[0].start == at:
            return at, end
    return d.span("place") if d["place"] else (0, 0)


def _dateline_of(d: re.Match[str], text: str, start: int, pub: dt.date | Unknown, source: str) -> Dateline:
    """The dateline a :data:`_DATELINE` match on the line that starts at ``start`` reads."""
    if d["agency3"] or d["place4"] or d["agency5"] or d["agency6"]:
        ev = Evidence.of(text, start, start + d.end(), "zh-dateline", source=source)
        group = "place4" if d["place4"] else "place6"
        place = text[start + d.start(group) : start + d.end(group)] if d[group] else ""
        if to_simplified(place) == "综合":  # "綜合報導" too: a roundup names no place
            place = ""
        tag = "agency3" if d["agency3"] else "agency6" if d["agency6"] else "agency4" if d["agency4"] else "agency5"
        agency = text[start + d.start(tag) : start + d.end(tag)] if d[tag] else ""
        return Dateline(place, Unknown("the dateline gives no day"), agency, ev)
    if d["agency"]:
        date = dateline_year(number(d["m"]) if d["m"] else None, number(d["d"]), pub)
        p_start, p_end = _reporter_span(d) if d["reporter"] else d.span("place")
        place_start = start + p_start
        # "新华网新西兰奥克兰11月19日电": the place as written, without its country
        from timeline.zh.places import country_names, find_places

        names = country_names()
        simp_place = d.string[p_start:p_end]
        # "巴西利亚" is a city, not Brazil and "利亚": a name the table reads whole keeps its country's characters
        whole = [(x.start, x.end) for x in find_places(simp_place, simp_place)] == [(0, len(simp_place))]
        for size in range(len(simp_place) - 2, 1, -1):
            if not whole and simp_place[:size] in names:
                place_start += size
                break
        place = text[place_start : start + p_end] if p_end > p_start else ""
    else:
        date, place = Unknown("the dateline gives no day"), ""
    ev = Evidence.of(text, start, start + d.end(), "zh-dateline", source=source)
    group = "agency" if d["agency"] else "agency2"
    return Dateline(place, date, text[start + d.start(group) : start + d.end(group)], ev)


def _fallback_published(simp: str, paragraphs: list[Paragraph], pub: Unknown) -> dt.date | Unknown:
    """A publication day from a trailer line that is only a date, else an English header date.

    Rule ``zh-trailer-date``: a line that is only a date (``2022年12月20日(星期二)``) dates the
    report; rule ``zh-english-date``: so does an English date (``Nov 20, 2024``) in the first
    two lines.
    """
    for p in reversed(paragraphs):
        m = _DATE_LINE.match(simp[p.start : p.end])
        if m is not None and (day := _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))) is not None:
            return day
    for p in paragraphs[-3:]:
        # rule zh-roc-trailer: a wire copy's closing stamp, the day in the Republic of China's calendar
        # as seven digits ("...(编辑:某某)1131128", "...相关部署。1060731"): 2024-11-28, 2017-07-31
        m = _ROC_TRAILER.search(simp, p.start, p.end)
        if m is not None and (day := _valid_date(int(m["y"]) + 1911, int(m["m"]), int(m["d"]))) is not None:
            return day
    for p in paragraphs[-3:]:
        line = simp[p.start : p.end]
        if len(line) <= 60 and not _SENTENCE_END.search(line) and _TRAILER.search(line):
            m = _DATE_TIME.search(line)
            if m is not None and (day := _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))) is not None:
                return day
    # rule zh-english-date-header: "16 October 2025 at 13:26" on a header line after a feed reader's lines
    head = paragraphs[:2] + [p for p in paragraphs[2:6] if p.kind is ParagraphKind.HEADER]
    for p in head:
        zm = _ZH_MONTH_COMMA_YEAR.search(simp, p.start, min(p.end, p.start + 300))
        if zm is not None and (day := _valid_date(int(zm["y"]), number(zm["m"]), int(zm["d"]))):
            return day
        for pattern in (_EN_DATE, _EN_DATE_DAY_FIRST):
            m = pattern.search(simp, p.start, min(p.end, p.start + 300))
            if m is not None and (day := _valid_date(int(m["y"]), _MONTHS.index(m["mon"]) + 1, int(m["d"]))):
                return day
    return pub


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip(" \t\u3000\xa0")
        if stripped:
            start = pos + body.index(stripped[0])
            out.append((start, start + len(stripped)))
        pos += len(raw)
    return out


def read_article(text: str, *, source: str = "<string>", published: dt.date | None = None) -> ChineseArticle:
    """Read a Chinese report (simplified or traditional) into its parts.

    Args:
        text: the report.
        source: its path or URL.
        published: the publication day where the header gives none (a caller that knows it).
    """
    language = detect(text)
    simp = to_simplified(text) if language == "zh-Hant" else text
    simp = _GLOSS.sub(lambda g: " " * len(g.group()), simp)  # rule zh-gloss: same length
    roc_year = roc_told_year(simp)
    header_date = published
    pub: dt.date | Unknown = Unknown("no publication date in the header")
    published_time: dt.time | Unknown = Unknown("no publication time in the header")
    publisher = ""
    headline = ""
    headline_ev: Evidence | Unknown = Unknown("no headline found")
    dateline: Dateline | Unknown = Unknown("no dateline")
    paragraphs: list[Paragraph] = []
    body_started = False
    related = False  # past the heading of a list of other reports (rule zh-related-list)
    body_lines = 0
    for number_, (start, end) in enumerate(_lines(simp)):
        token = _DATE_TOKEN.match(simp, start, end) if number_ == 0 else None
        if token is not None:
            day = _valid_date(int(token["y"]), int(token["m"]), int(token["d"]))
            if day is not None:
                pub = day
            paragraphs.append(Paragraph(start, token.end(), text[start : token.end()], ParagraphKind.HEADER))
            start = token.end()
            if start >= end:
                continue
        tag = _LEAD_TAG.match(simp[start:end])
        if tag is not None:  # rule zh-lead-tag
            day = _valid_date(int(tag["y"]), int(tag["m"]), int(tag["d"]))
            if day is not None and isinstance(pub, Unknown):
                pub = day
            if day is not None and isinstance(dateline, Unknown) and re.fullmatch(_AGENCIES, tag["agency"]):
                # rule zh-dateline-full-date: "【共同社2010年8月21日电】": an agency's dateline with its year
                agency = text[start + tag.start("agency") : start + tag.end("agency")]
                ev = Evidence.of(text, start, start + tag.end(), "zh-dateline", source=source)
                dateline = Dateline("", day, agency, ev)
                publisher = publisher or agency
            paragraphs.append(
                Paragraph(start, start + tag.end(), text[start : start + tag.end()], ParagraphKind.HEADER)
            )
            start += tag.end()
            while start < end and simp[start] in " \t\u3000":
                start += 1
            if start >= end:
                continue
        line = simp[start:end]
        kind = ParagraphKind.BODY
        if body_started and (_RELATED.match(line) or _EDITED.search(line)):
            related = True  # the editor's credit ends the report too: short lines after it are the page's
        if _BOILERPLATE.search(line) or (related and (_RELATED.match(line) or not _SENTENCE_END.search(line))):
            kind = ParagraphKind.BOILERPLATE
        elif (
            not body_started
            and (cue := _HEADER_CUE.search(line)) is not None
            and len(line) < 120
            # rule zh-trailer-in-line: "...在天津调研。（编辑：王五）": an editor's trailer after a sentence
            # of the body, on its line, does not make it a header
            and "。" not in line[: cue.start()]
            # rule zh-date-lead: "2010年1月21日，某某在某市考察。": a sentence opening on its date is the body
            and not (cue.start() == 0 and _DATE_LEAD.match(line) and _SENTENCE_END.search(line))
        ):
            kind = ParagraphKind.HEADER
        elif _CAPTION.search(line) and len(line) < 300:
            kind = ParagraphKind.BOILERPLATE if _FILE_PHOTO.search(line) else ParagraphKind.CAPTION
        if kind is ParagraphKind.BODY and not body_started and headline and line in headline:
            kind = ParagraphKind.HEADER  # rule zh-headline-repeat: the headline again, or its part
        if (
            kind is ParagraphKind.BODY
            and not body_started
            and line.startswith(("——", "--"))
            and len(line) <= 80
        ):
            kind = ParagraphKind.HEADER  # a subtitle
        # every header line before the body is read for the date and publisher, whichever rule made
        # it a header: "--subtitle 2019-02-12" dates the report as the subtitle and the date on two
        # lines do (rule zh-header-datetime)
        if kind in (ParagraphKind.HEADER, ParagraphKind.BOILERPLATE) and not body_started:
            m = _DATE_TIME.search(line)
            if m and isinstance(pub, Unknown):
                day = _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
                if day is not None:
                    pub = day
                    if m["H"]:
                        published_time = clock(int(m["H"]), int(m["M"]), int(m["S"] or 0))
            short = _SHORT_DATE.search(line) if m is None and isinstance(pub, Unknown) else None
            if short is not None:  # rule zh-short-year: "08-12-22" is 2008, "98-12-22" 1998
                y, mo, d_ = (int(short[g] or short[g + "2"]) for g in ("y", "m", "d"))
                # rule zh-roc-told-year: "日期:93-06-24" over a text telling "本(九十三)年" is of 2004
                century = 1911 if roc_year is not None and y + 1911 == roc_year else 1900 if y >= 70 else 2000
                day = _valid_date(y + century, mo, d_)
                pub = day if day is not None else pub
            roc = _ROC_DATE.search(line) if isinstance(pub, Unknown) else None
            if roc is not None:  # rule zh-roc-year: "中华民国113年6月5日", "113/06/05" is 2024
                day = _valid_date(int(roc["y"]) + 1911, int(roc["m"]), int(roc["d"]))
                pub = day if day is not None else pub
            s = _SOURCE.search(line)
            if s and not publisher:
                publisher = text[start + s.start("src") : start + s.end("src")]
        byline = _BYLINE.match(line) if isinstance(dateline, Unknown) and len(line) <= 40 else None
        if byline is not None:  # rule zh-byline: a dateline with no day
            ev = Evidence.of(text, start, end, "zh-byline", source=source)
            dateline = Dateline(
                text[start + byline.start("place") : start + byline.end("place")],
                Unknown("the byline gives no day"),
                text[start + byline.start("agency") : start + byline.end("agency")],
                ev,
            )
            publisher = publisher or dateline.agency
            paragraphs.append(Paragraph(start, end, text[start:end], ParagraphKind.HEADER))
            continue
        if kind is ParagraphKind.BODY and body_started and isinstance(dateline, Unknown):
            body_lines += 1
            d = _DATELINE.match(line) if body_lines <= _DATELINE_LINES else None
            if d is not None:  # rule zh-dateline, after a notice or a lead caption
                dateline = _dateline_of(d, text, start, pub, source)
                publisher = publisher or dateline.agency
        if kind is ParagraphKind.BODY and not body_started:
            d = _DATELINE.match(line)
            headline_line = not (d and isinstance(dateline, Unknown)) and (
                not _SENTENCE_END.search(line) and len(line) <= 60
            )
            if header_date is not None and isinstance(pub, Unknown) and not headline_line:
                pub = header_date  # the caller's day, where no header line before the body gave one
            if d and isinstance(dateline, Unknown):
                body_started = True
                dateline = _dateline_of(d, text, start, pub, source)
                publisher = publisher or dateline.agency
            elif (not _SENTENCE_END.search(line) and len(line) <= 60) or (
                # rule zh-question-headline: "总书记为何去这里？", a short question opening the page, is its headline
                not headline and len(line) <= 40 and _QUESTION_END.search(line) is not None
            ):
                # before the body: the headline (the last short line before the lead is the main one
                # where a kicker line comes first), subheads and date lines
                kind = ParagraphKind.HEADER
                m = _DATE_TIME.search(line)
                roc = _ROC_DATE.search(line) if m is None else None
                if m:  # a date line ("Published: 2008-12-22" from a page) is never the headline
                    day = _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
                    pub = day if day is not None and isinstance(pub, Unknown) else pub
                elif roc is not None and headline:  # rule zh-roc-year, on a date line after the headline
                    day = _valid_date(int(roc["y"]) + 1911, int(roc["m"]), int(roc["d"]))
                    pub = day if day is not None and isinstance(pub, Unknown) else pub
                elif not headline:
                    headline = text[start:end]
                    headline_ev = Evidence.of(text, start, end, "zh-headline", source=source)
            else:
                body_started = True
                body_lines = 1
        paragraphs.append(Paragraph(start, end, text[start:end], kind))
    if (
        isinstance(dateline, Dateline)
        and not dateline.place
        and isinstance(dateline.date, Unknown)
        and to_simplified(dateline.agency) == "本报"
    ):
        # rule zh-own-news-tag: "本报讯" names no paper, place or day: no dateline
        dateline = Unknown("本报讯 names no paper, place or day")
    if isinstance(pub, Unknown) and header_date is not None:
        pub = header_date
    if isinstance(pub, Unknown):
        pub = _fallback_published(simp, paragraphs, pub)
        if isinstance(pub, dt.date) and isinstance(dateline, Dateline) and isinstance(dateline.date, Unknown):
            d = _DATELINE.match(simp[dateline.evidence.start : dateline.evidence.end])
            if d is not None:
                dateline = _dateline_of(d, text, dateline.evidence.start, pub, source)
    return ChineseArticle(
        text, simp, language, source, headline, headline_ev, pub, published_time, publisher,
        dateline, tuple(paragraphs),
    )  # fmt: skip
