"""Meetings that are not the traveller's journey: visitors, co-chaired meetings, guests met at home or abroad."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer.model import PlaceKind, PlaceRef, Resolved
from timeline.model import (
    DateMention,
    DateSpan,
    Evidence,
    Person,
    Precision,
    TripKind,
    TripStatus,
)
from timeline.zh.article import ChineseArticle
from timeline.zh.people import ZhMention
from timeline.zh.places import PlaceMention
from timeline.zh.script import to_simplified
from timeline.zh.trips.clauses import _sentences
from timeline.zh.trips.draft import _Draft
from timeline.zh.trips.patterns import (
    _BEIJING,
    _BEIJING_CITY,
    _CLAUSE_MARK,
    _MEETING,
    _PLANNED,
    _REMOTE,
    _SAR_HEAD,
    _VISITOR_BEFORE,
)
from timeline.zh.trips.places import _city_state, _is_country_ref, _place_key

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
