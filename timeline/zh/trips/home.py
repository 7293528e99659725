"""Home and away: the traveller's seat, the dateline's city and day, journeys abroad, and home stops dropped."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from gazetteer.model import PlaceKind, PlaceRef, Resolved
from timeline.article import ParagraphKind
from timeline.model import (
    DateMention,
    DateSpan,
    Evidence,
    Precision,
    TripKind,
    TripStatus,
)
from timeline.zh.article import ChineseArticle
from timeline.zh.people import ZhMention
from timeline.zh.places import PlaceMention
from timeline.zh.script import to_simplified
from timeline.zh.trips.draft import _Draft
from timeline.zh.trips.patterns import _BEIJING, _BEIJING_CITY, _CLAUSE_MARK, _REMOTE, _SAR_HEAD, _TRIP_WORDS
from timeline.zh.trips.places import _city_of, _city_state, _is_city_province, _place_key

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
