"""The days of a stop: its clause's, its arrival's, or the days told respectively (rules ``zh-stop-day``, ``zh-only-stop``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer.model import Unresolved
from timeline.model import (
    DateMention,
    DateSpan,
    Precision,
    TripStatus,
)
from timeline.zh.numerals import number
from timeline.zh.places import PlaceMention
from timeline.zh.trips.draft import _Draft
from timeline.zh.trips.patterns import _CLAUSE_MARK, _HOME_GOING, _LENGTH, _PREVIOUS_LEG, _RETURN_LEG
from timeline.zh.trips.places import _is_city_province, _is_country_ref, _place_key

_LATER_CLAUSE = re.compile(r"^(?:随后|之后|此后|其后|然后|接着)?(?:还|并|也|又)?将(?:赴|前往|转往|转赴|访问|出席)")


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


_LIST_GOES_ON = re.compile(r"\s*(?:以及|及|和|还有|并)")

_GOING_TO = re.compile(r"\s*(?:随即|随后|并|然后)?(?:前往|飞往|飞赴|赴|转赴|转往)")

_LEFT_PLACE = re.compile(r"离开|离京|离港|离澳|离台|启程|出发")

_SET_OUT_LIST = re.compile(r"(?:启程|出发|动身)(?:前往|赴|飞往|飞赴)")

_LEAVING = re.compile(r"[^，,。；]{0,10}?(?:飞往|离开|启程|转往|转赴|前往|飞赴)")
