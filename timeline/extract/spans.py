"""Span reasoning: the days a trip sentence gives, and the days a draft takes from its other
sentences (a stated length, the days on the way and ahead, a journey under way as the report is
written); a date in a "since ..." clause dates that clause, not the trip."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from timeline._regex import Caseless, may_hold
from timeline.extract.cues import _END_CUE, _FUTURE, _OPEN_START
from timeline.extract.drafts import _TripDraft
from timeline.extract.trip_sentences import _called_off
from timeline.extract.units import _journey_ends, _Unit
from timeline.model import DateSpan, Evidence, Precision, TripStatus

_SET_OUT = Caseless(r"\b(?:travel|travels|travelled|traveled|fly|flies|flew)\b")
# "a three-day state visit to France from Monday": the day it starts from
_FROM_DAY = Caseless(r"\b(?:from|starting|beginning)\s+$")
_UNTIL_DAY = Caseless(
    r"\b(?:until|till|through)\s+(?:the\s+)?$"
    # "will start in Kisumu on Monday and end in Homa Bay on Sunday": the day it ends
    r"|\b(?:end|ends|ending|ended|conclude|concludes|concluding|concluded|finish|finishes|finished|wind up|winds up"
    r"|wound up|wrapped up)\s+"
    r"(?:in\s+(?:[\w'’-]+\s+){1,3})?(?:on\s+)?$"
    # "who arrived on Tuesday, is due to leave on Saturday": the last day of the stay, ahead
    r"|\b(?:will|(?:is|are)\s+(?:due|expected|scheduled|set)\s+to)\s+(?:leave|depart|return home|fly home|head home)"
    r"\s+(?:(?:[\w'’-]+\s+){0,3}?on\s+)?$"
)
_WEEKDAY_ONLY = re.compile(r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)
_CLOSED_END = Caseless(r"\b(?:concluded|concludes|ended|ends|wrapped up|finished|until|through)\b")
# "a three-day visit": a stated length and one dated end give the whole span.
_DURATION = Caseless(
    r"\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day"
    # ("will spend three days in Kenya beginning Saturday", "visiting Kenya and Uganda over six days")
    r"|(?:for|lasting|spend|spends|spending|spent|after|over) (?P<m>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days"
    r"|(?P<w>week[- ]?long)"  # "a weeklong summer vacation": seven days
    r"|(?P<k>two|three|four|2|3|4)-week"  # "a two-week tour of Asia": fourteen days
    r"|(?P<f>fortnight[- ]?long)"
    r"|(?P<h>24|36|48|72)-hour)\b"  # "a 48-hour visit": two days
)
_LENGTH_BEHIND = re.compile(r"(?:spent|spending|after)\b", re.IGNORECASE)  # (read at a _DURATION match)
# every _DURATION match holds one of these (in lower case): a cheap test before the scan, which reads
# the sentence at every word (its named groups keep it from opening on letters)
_DURATION_NEEDS = ("-day", " days", "week", "-hour", "fortnight")


def _duration(text: str) -> re.Match[str] | None:
    """The longest length a sentence states (``_DURATION``), with no scan of a sentence that cannot hold one.

    "ended a three-day state visit on Thursday, concluding a week-long tour": the journey is the
    tour; not where the shorter length is a later leg's ("the second leg of a week-long tour").
    """
    if not may_hold(text, _DURATION_NEEDS):
        return None
    found = list(_DURATION.finditer(text))
    if len(found) > 1 and _LATER_LEG.search(text) is None:
        return max(found, key=_stated_days)
    return found[0] if found else None


# "will wrap up her visit on Sunday", "is due to fly home on Sunday", "departs Ghana on Sunday": the
# day named ends the journey (ahead of the report)
_ENDS_THEN = Caseless(
    r"\b(?:will|(?:is|are) (?:due|expected|set|scheduled) to)\s+(?:wrap up|end|conclude|finish|wind up"
    r"|fly (?:back|home)|return home|head home)\b"
    # (not "is scheduled to leave for Japan on May 20": where a journey begins)
    r"|\b(?:(?:will|(?:is|are) (?:due|expected|set|scheduled) to)\s+(?:leave|depart)|departs|leaves)\b"
    r"(?![^.;]{0,40}?\bfor\b(?!\s+home\b))"
)
# "returned on Thursday from a four-day visit", "flew back to Delhi on Monday from a tour": the day
# named ends the journey the length counts back from
_BACK_FROM = Caseless(
    r"\b(?:returned|returns|returning|flew back|flies back|came back|comes back|got back|arrived back)\b"
    # ("arrived back today following a three-day trip": so does a homecoming after it)
    r"[^.;]{0,50}?\b(?:from|after|following)\s+(?:a|an|his|her|their|the|its)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:visit|tour|trip|journey|mission|swing|stay)\b"
)
_LATER_LEG = Caseless(r"\b(?:second|third|fourth|fifth|middle|final|last) (?:leg|stage|stop)\b")


def _stated_days(duration: re.Match[str]) -> int:
    """The days a _DURATION match states."""
    if duration.group("h"):
        return (int(duration.group("h")) + 23) // 24
    if duration.group("k"):
        k = duration.group("k").lower()
        return 7 * (int(k) if k.isdigit() else _NUMBERS[k])
    if duration.group("f"):
        return 14
    n = (duration.group("n") or duration.group("m") or "seven").lower()
    return int(n) if n.isdigit() else _NUMBERS[n]
_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# A date inside "since he took office in 2017" dates that clause, not the trip.
# "since 2019", "two years ago", "since she came into power, on March 19, 2021"
_SINCE_CLAUSE = Caseless(r"\b(?:since|ago)\b[^,;]*(?:,\s*(?:on\s+)?)?$")
# The same test, read once per sentence (a long sentence of dates made it quadratic):
_SINCE_WORD = Caseless(r"\b(?:since|ago)\b")
_SINCE_AT_END = Caseless(r"\b(?:since|ago)$")
_SINCE_TAIL = re.compile(r"\s*(?:on\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _since_marks(sentence: str) -> tuple[list[int], list[int], list[int]]:
    """Where each "since" or "ago" starts and ends in a sentence, and where each "," or ";" is."""
    found = list(_SINCE_WORD.finditer(sentence))
    separators = [i for i, c in enumerate(sentence) if c in ",;"] if found else []
    return [m.start() for m in found], [m.end() for m in found], separators


def _since_clause_before(sentence: str, end: int) -> bool:
    """Whether ``_SINCE_CLAUSE.search(sentence, 0, end)`` matches, without scanning the sentence again.

    A match opens on a "since"/"ago" and runs to ``end`` over no "," or ";" but one final comma
    (", on "): if one opens a match, the last one before ``end`` does.
    """
    if end <= 0:
        return False
    if _SINCE_AT_END.search(sentence, max(0, end - 5), end):
        return True  # the word ends right at ``end`` (a word cut there ends there)
    _, ends, separators = _since_marks(sentence)
    k = bisect.bisect_right(ends, end)
    if k == 0:
        return False
    word_end = ends[k - 1]
    j = bisect.bisect_left(separators, word_end)
    if j == len(separators) or separators[j] >= end:
        return True
    return (
        sentence[separators[j]] == ","
        and (j + 1 == len(separators) or separators[j + 1] >= end)
        and _SINCE_TAIL.match(sentence, separators[j] + 1, end) is not None
    )


# "has been touring Ghana since Monday", "who has been in Kenya since Sunday": a journey begun on
# the day after "since" and under way as the report is written (read in a window before the day)
_JOURNEY_SINCE = re.compile(
    r"(?:\b(?:has|have|had)\s+been\s+(?:\w+\s+)?|(?:^|[,(])\s*(?:who\s+is\s+|currently\s+)?)"
    # (a place: "in Ghana", "in the country"; not "in office since Monday")
    r"(?:(?:in|at)\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:country|city|region|capital|state|kingdom|province)\b)"
    r"|(?:touring|visiting|travell?ing|staying|campaigning|on (?:a|an|his|her|their))\b)[^.;]{0,80}?"
    r"\bsince\s+(?:(?:early|late|last)\s+)?$",
    re.IGNORECASE,
)


def _journey_since(text: str, at: int) -> bool:
    """Whether the date at ``at`` of a sentence is the day a journey under way began ("has been in
    Ghana since Monday")."""
    return "since" in text and _JOURNEY_SINCE.search(text, max(0, at - 140), at) is not None


def _plus(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``, or None past the calendar's ends (years 1 and 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


# "returned to Abuja on Friday before embarking on the London trip on Sunday": the day of coming home
# from an earlier journey, then the day of setting out on this one
_CAME_HOME_BEFORE = re.compile(r"\b(?:returned|came back|arrived back|flew back|got back)\b[^.;]{0,60}$", re.IGNORECASE)
_SETS_OUT_AFTER = re.compile(
    r"\b(?:before|then|and)\s+(?:embark(?:ing|ed)?|leaving|left|depart(?:ing|ed)|set(?:ting)? (?:off|out)"
    r"|fl(?:ying|ew) (?:to|for)|travell?(?:ing|ed) to|head(?:ing|ed) (?:to|for))\b",
    re.IGNORECASE,
)


_ONE_DAY_OF_A_GATHERING = re.compile(
    r"\b(?:opening|closing) ceremon(?:y|ies) of\b[^.;]{0,80}?\b(?:which|that)\s+(?:will\s+)?"
    r"(?:take place|takes place|run|runs|be held|is held|is being held)\s+(?:from\s+|between\s+)?$",
    re.IGNORECASE,
)


def _a_gatherings_days(text: str, at: int) -> bool:
    """Whether the range at ``at`` of a sentence is a gathering's whose opening or closing ceremony
    the traveller attends."""
    return "ceremon" in text and _ONE_DAY_OF_A_GATHERING.search(text, max(0, at - 120), at) is not None


def _without_an_earlier_homecoming(
    text: str, offset: int, spans: list[tuple[DateSpan, Evidence]]
) -> list[tuple[DateSpan, Evidence]]:
    """A sentence's days without the day of a homecoming told before setting out again on a later day.

    "returned to Abuja on Friday before embarking on the London trip on Sunday": the journey is
    Sunday's; Friday ended another.
    """
    if len(spans) < 2 or not any(w in text for w in ("return", "back")):
        return spans
    kept = []
    for day, evidence in spans:
        at = evidence.start - offset
        later = [
            e
            for s, e in spans
            if s.precision is Precision.DAY and day.precision is Precision.DAY and s.start > day.end and e.start > evidence.end
        ]
        if (
            later
            and _CAME_HOME_BEFORE.search(text, max(0, at - 80), at) is not None
            and _SETS_OUT_AFTER.search(text, evidence.end - offset, later[0].start - offset) is not None
        ):
            continue
        kept.append((day, evidence))
    return kept


# "returned to Abuja on Sunday after leaving for Brazil on June 28": the day of setting out and the
# day of coming home, each read by the last cue before it (in a window of its own)
_HOME_CUE = re.compile(
    r"\b(?:returned|returning|came back|arrived back|flew back|got back|landed back|arrived home|flew home)\b",
    re.IGNORECASE,
)
_HOME_CUE_NEEDS = ("return", "back", "home")  # every _HOME_CUE match holds one (in lower case)
_LEFT_CUE = re.compile(
    r"\b(?:departing|departed|leaving|having left|(?:he|she|they) left|left (?:for|the country|home)"
    r"|left (?=(?-i:[A-Z]))|setting (?:off|out)|set (?:off|out)|embarking|emplaning)\b",
    re.IGNORECASE,
)


def _left_and_came_home(text: str, offset: int, spans: list[tuple[DateSpan, Evidence]]) -> DateSpan | None:
    """The whole journey a homecoming sentence gives with the day it set out on.

    "returned to the capital on Sunday, two weeks after departing for Lima on May 3": May 3 to
    Sunday. Only a day of setting out before the day of coming home, within a month.
    """
    if len(spans) < 2 or _HOME_CUE.search(text) is None:
        return None
    left: list[dt.date] = []
    home: list[dt.date] = []
    for day, evidence in spans:
        if day.precision is not Precision.DAY or day.days != 1:
            continue
        at = evidence.start - offset
        window = text[max(0, at - 90) : at]
        cues = [(m.end(), "home") for m in _HOME_CUE.finditer(window)] + [
            (m.end(), "left") for m in _LEFT_CUE.finditer(window)
        ]
        if not cues:
            continue
        (left if max(cues)[1] == "left" else home).append(day.start)
    if len(left) != 1 or len(home) != 1 or not 0 < (home[0] - left[0]).days <= 31:
        return None
    return DateSpan(left[0], home[0])


def _left_and_home_told(draft: _TripDraft) -> None:
    """A sentence of the traveller's that tells the day of setting out and the day of coming home
    gives the whole journey, when the days read so far lie between them.

    "visited Lima on May 8 ... She returned home on Sunday after leaving for Peru on May 3": May 3
    to Sunday. Only a trip made.
    """
    span = draft.span()
    if draft.status is not TripStatus.MADE or (span is not None and span.precision is not Precision.DAY):
        return
    for unit in draft.units:
        if unit.subject != draft.person or unit.caption or unit.index in draft.trip_units:
            continue
        text = unit.sentence.text
        if not may_hold(text, _HOME_CUE_NEEDS) or _HOME_CUE.search(text) is None:
            continue
        both = _left_and_came_home(text, unit.sentence.start, _days_told(unit))
        if both is not None and (span is None or (both.start <= span.start and span.end <= both.end)):
            draft.spans.append((both, unit.index, False))
            return


# "has departed Abuja for a two-nation visit", "have left for Geneva": a journey set out on as the
# report is written
_SET_OUT_NOW = re.compile(
    r"\b(?:has|have)\s+(?:(?:just|now)\s+)?(?:departed|left|set (?:off|out)|embarked)\b[^.;]{0,80}?\b(?:for|on)\b",
    re.IGNORECASE,
)


def _set_out_now(unit: _Unit) -> bool:
    """Whether a sentence tells, with no day of its own, a journey set out on as the report is written."""
    text = unit.sentence.text
    return (
        ("has" in text or "have" in text)
        and not any(isinstance(m.span, DateSpan) for m in unit.dates)
        and _SET_OUT_NOW.search(text) is not None
    )


def _set_out_today(draft: _TripDraft, anchor: dt.date | None) -> None:
    """A journey told as just set out on ("has departed Abuja for a visit to Japan") begins on the
    report's day, when the days it is given lie ahead of it (within two weeks)."""
    if anchor is None or draft.status is not TripStatus.MADE:
        return
    span = draft.span()
    if span is None or span.precision is not Precision.DAY or not anchor < span.start <= anchor + dt.timedelta(days=14):
        return  # (undated, it is left to the rules of a journey under way)
    for unit in draft.units:
        if unit.index in draft.trip_units and unit.subject == draft.person and not unit.caption and _set_out_now(unit):
            draft.spans.append((DateSpan(anchor, span.end), unit.index, False))
            return


def _stays_until(unit: _Unit) -> dt.date | None:
    """The day a sentence tells a stay lasts until, where it tells no other day ("will be in Suva until
    Thursday", "The visit will continue until December 17"): the end of a journey told before."""
    text = unit.sentence.text
    days = [m for m in unit.dates if isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY]
    if len(days) != 1 or days[0].span.days != 1:  # type: ignore[union-attr]
        return None
    at = days[0].evidence.start - unit.sentence.start
    if _UNTIL_DAY.search(text, 0, at) is None or not _FUTURE.search(text, 0, at):
        return None
    return days[0].span.start  # type: ignore[union-attr]


def _days_told(unit: _Unit) -> list[tuple[DateSpan, Evidence]]:
    """The dates a sentence tells of its own journey: not those of a "since" clause before them, nor
    the day of the telling, nor the day an event is named by where the sentence tells a day of its own
    ("toured the areas hit by Tuesday's tornado on Wednesday")."""
    text = unit.sentence.text
    told = [
        (m.span, m.evidence)
        for m in unit.dates
        if isinstance(m.span, DateSpan)
        and not _since_clause_before(text, m.evidence.start - unit.sentence.start)
        and not _day_of_saying(text, m.evidence.start - unit.sentence.start, m.evidence.end - unit.sentence.start)
    ]
    naming = [
        (s, e) for s, e in told if s.precision is Precision.DAY and _EVENTS_DAY.match(text, e.end - unit.sentence.start)
    ]
    if naming and any(s.precision is Precision.DAY and (s, e) not in naming for s, e in told):
        return [pair for pair in told if pair not in naming]
    return told


# "Tuesday's tornado", "Sunday's election": a day that names an event, right before its noun
_EVENTS_DAY = re.compile(r"['’]s\s+(?!(?:visit|tour|trip|journey|stay|arrival|departure)\b)[a-z]")


def _trip_span(unit: _Unit) -> tuple[DateSpan, bool] | None:
    """The span a trip sentence gives, and whether its end is left open."""
    text = unit.sentence.text
    since = [
        (m.span, m.evidence)
        for m in unit.dates
        if isinstance(m.span, DateSpan) and _journey_since(text, m.evidence.start - unit.sentence.start)
    ]
    spans = _days_told(unit)
    if since and since[0][0].precision is Precision.DAY and since[0][0].days == 1:
        # "has been touring Ghana since Monday": the day the journey began, still under way
        days_after = [s for s, _ in spans if s.precision is Precision.DAY and s.start > since[0][0].start]
        end = max((s.end for s in days_after), default=since[0][0].end)
        if (end - since[0][0].start).days <= 14:
            return DateSpan(since[0][0].start, end), True
    spans = _without_an_earlier_homecoming(text, unit.sentence.start, spans)
    if (both := _left_and_came_home(text, unit.sentence.start, spans)) is not None:
        return both, False
    # "to attend the opening ceremony of the Winter Games, which will take place from Feb. 4 to Feb. 20":
    # the gathering's days, of which the traveller attends one
    spans = [(s, e) for s, e in spans if s.days == 1 or not _a_gatherings_days(text, e.start - unit.sentence.start)]
    if not spans:
        return None
    # days first (the longest range of them); else the finest ("next week" over "April")
    span, evidence = max(
        spans,
        key=lambda pair: (
            pair[0].precision is Precision.DAY,
            pair[0].days if pair[0].precision is Precision.DAY else -pair[0].days,
        ),
    )
    days_named = sorted({s.start for s, _ in spans if s.precision is Precision.DAY and s.days == 1})
    # "arrived in Ghana on Monday ahead of a summit on Friday": the journey lasts at least to what it
    # came for (the day read as following the deed's, see temporal._after_the_deed)
    ahead = [s for s, e in spans if e.rule.endswith("-ahead") and s.precision is Precision.DAY]
    if ahead and days_named and 0 < (ahead[-1].end - days_named[0]).days <= 14:
        return DateSpan(days_named[0], ahead[-1].end), True
    # "arrived in Tokyo on Monday and will stay until Friday": a day the stay lasts until ends the
    # trip that a day before it began
    until = [
        (s, e)
        for s, e in spans
        if s.precision is Precision.DAY and _UNTIL_DAY.search(text, 0, e.start - unit.sentence.start) is not None
    ]
    bounds = [s.end for s, _ in until]
    begun = [d for d in days_named if d not in bounds]
    if bounds and begun and bounds[-1] < begun[0] and _WEEKDAY_ONLY.match(until[-1][1].text):
        # "arrived late Monday for a visit expected to last until Thursday": read in the past tense
        # of the arrival, the weekday a stay lasts until is still the one after the day it began
        later = _plus(bounds[-1], 7 * -(-(begun[0] - bounds[-1]).days // 7))
        if later is not None and (later - begun[0]).days < 7:
            days_named = sorted({*begun, later})
            bounds[-1] = later
    if bounds and days_named and days_named[0] < bounds[-1] and (bounds[-1] - days_named[0]).days <= 31:
        return DateSpan(days_named[0], bounds[-1]), False
    # "to Turkey from November 27 to 30 and then to Lebanon until December 2": from the range's start
    starts = sorted(s.start for s, _ in spans if s.precision is Precision.DAY and s.end not in bounds)
    if bounds and starts and starts[0] < bounds[-1] and (bounds[-1] - starts[0]).days <= 31:
        return DateSpan(starts[0], bounds[-1]), False
    # "in Turkey from November 27 and in Lebanon from November 30 to December 2": legs told one after
    # another, each a day or a range, make one journey from the first day to the last
    legs = sorted((s for s, _ in spans if s.precision is Precision.DAY), key=lambda s: (s.start, s.end))
    if (
        len(legs) > 1
        and any(leg.days > 1 for leg in legs)
        and all(0 < (b.start - a.end).days <= 3 for a, b in itertools.pairwise(legs))
        and (legs[-1].end - legs[0].start).days <= 14
    ):
        return DateSpan(legs[0].start, legs[-1].end), False
    if (
        span.days == 1
        and len(days_named) > 1
        and (days_named[-1] - days_named[0]).days <= 14
        # "Kamaishi on Monday and Fukushima on May 11": days far apart are two journeys
        and all((b - a).days <= 3 for a, b in itertools.pairwise(days_named))
    ):
        # "visited Osaka on Thursday and Kyoto on Friday": the trip runs from the first day to the last
        return DateSpan(days_named[0], days_named[-1]), False
    if span.days != 1 or span.precision is not Precision.DAY:
        return span, False
    if len(days_named) > 1 and not _END_CUE.search(text) and (opening := _OPEN_START.search(text)) is not None:
        # "upon his return today, ... the 11-day tour that began on Nov 9": the day the journey began
        begins = [
            (s, e)
            for s, e in spans
            if s.precision is Precision.DAY
            and s.days == 1
            and 0 <= e.start - unit.sentence.start - opening.end() <= 12
        ]
        if begins:
            span, evidence = begins[0]
    # "held talks on Wednesday, the second day of his state visit": the journey began the day before
    nth = _NTH_DAY_AFTER.match(text, evidence.end - unit.sentence.start) if "day of" in text else None
    if nth is not None and (n := _ORDINAL.get(nth.group("n").lower(), 1)) > 1:
        return DateSpan(span.start - dt.timedelta(days=n - 1), span.start), True
    duration = _duration(text)
    days = 0
    if duration is not None:
        days = _stated_days(duration)
    counted = _counted_day(text, span, days) if len(days_named) == 1 and len(spans) == 1 and "day of" in text else None
    if counted is not None:
        return counted
    if (
        days > 1
        and duration is not None
        and _LENGTH_BEGINS.fullmatch(text, duration.end(), evidence.start - unit.sentence.start) is not None
    ):
        # "before winding up his eight-day trip that started on June 17": the day the length counts from
        return DateSpan(span.start, span.start + dt.timedelta(days=days - 1)), False
    if days > 1 and (_END_CUE.search(text) or _ENDS_THEN.search(text) or _BACK_FROM.search(text)):
        # ("will wrap up her five-day visit on Sunday", "is due to fly home on Sunday": its last day, ahead)
        return DateSpan(span.start - dt.timedelta(days=days - 1), span.start), False
    if (
        days > 1
        and duration is not None
        and _LENGTH_BEHIND.match(duration.group(0))
        # ("is spending three days in Ghana from Monday": the days run from the day named)
        and not _FROM_DAY.search(text, 0, evidence.start - unit.sentence.start)
    ):
        # "returned to Nairobi on Thursday after three days in Ghana", "spent three days in Ghana,
        # leaving on Thursday": the days told lie behind the day named, which ends them
        return DateSpan(span.start - dt.timedelta(days=days - 1), span.start), _OPEN_START.search(text) is not None
    # "a three-day state visit to France from Monday": the day it starts from; "will travel to Japan on
    # Monday for a four-day visit": so is the day of setting out
    if days > 1 and _SET_OUT.search(text):
        return DateSpan(span.start, span.start + dt.timedelta(days=days - 1)), False
    if (_OPEN_START.search(text) and not _BACK_HOME.search(text)) or _FROM_DAY.search(
        text, 0, evidence.start - unit.sentence.start
    ):
        if days > 1:
            return DateSpan(span.start, span.start + dt.timedelta(days=days - 1)), False
        return span, _CLOSED_END.search(text, evidence.end - unit.sentence.start) is None
    return span, False


# "on Tuesday, the last day of her three-day visit", "met farmers on Wednesday on the second day of her
# visit": the one day a sentence names is the day it counts, wherever the count stands
_NTH_DAY_ANY = Caseless(
    r"\bthe (?P<n>first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th|5th|final|last|closing|opening)"
    r" day of (?:his|her|their|the|its|a|an) (?:[\w-]+ ){0,3}?(?:visit|tour|trip|stay|journey)\b"
)


def _counted_day(text: str, day: DateSpan, length: int) -> tuple[DateSpan, bool] | None:
    """The trip a sentence's one day gives when the sentence counts that day in the trip.

    "on Tuesday, the last day of her three-day visit": Sunday to Tuesday; "on Wednesday on the second
    day of her visit": from Tuesday, its end not told; "on the first day of a four-day tour on Monday":
    Monday to Thursday. A last day with no length is left to the rules of a journey told by its end.
    """
    found = _NTH_DAY_ANY.search(text)
    if found is None or day.precision is not Precision.DAY or day.days != 1:
        return None
    n = (found.group("n") or found.group("m") or _DAY_NUMBER_WORDS.get(found.group("d").lower(), "")).lower()
    if n in ("final", "last", "closing"):
        if length > 1:
            return DateSpan(day.start - dt.timedelta(days=length - 1), day.start), False
        return None
    k = 1 if n == "opening" else _ORDINAL[n]
    first = day.start - dt.timedelta(days=k - 1)
    if length >= k and length > 1:
        return DateSpan(first, first + dt.timedelta(days=length - 1)), False
    if k > 1:
        return DateSpan(first, day.start), True
    return None


# "told students in Iowa on Monday that he would travel ...": the day of the telling, not of the journey
_THAT_AFTER = re.compile(r"\s+that\b")
_SAYING_BEFORE = re.compile(
    r"\b(?:told|tells|said|says|announced|announces|stated|states|confirmed|confirms|revealed|reveals|disclosed)\b"
    r"[^.;,]{0,40}$",
    re.IGNORECASE,
)


# "On Thursday, Jane Roe had told reporters that her visit ...": a day opening the sentence, its
# subject's verb one of saying
_SAYER_AFTER = re.compile(
    r",?\s+(?:he|she|they|(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})\s+(?:had\s+|has\s+)?"
    r"(?:told|said|announced|stated|confirmed|revealed|disclosed)\b",
    re.IGNORECASE,
)


# "..., diplomatic sources told the paper on Friday.": a closing attribution, dated, ends the sentence
_SAID_TAIL = re.compile(
    r",\s*(?:[\w'’.-]+\s+){0,5}?(?:told|said|announced|stated|confirmed|revealed|disclosed)\b"
    r"(?:\s+(?!on\b)[\w'’.-]+){0,3}\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
# "The palace on Monday announced that ...": the day right before a verb of saying dates the saying
_SAID_NEXT = re.compile(r"\s+(?:told|said|announced|stated|confirmed|revealed|disclosed)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\s*[.!?]?[\"”’']?\s*$")


def _day_of_saying(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` of a sentence dates a saying ("said on Monday that ...",
    "On Thursday, Roe told reporters that ...", "..., officials told reporters on Friday.")."""
    if start <= 3 and _SAYER_AFTER.match(text, end) is not None:
        return True
    if _SAID_NEXT.match(text, end) is not None:
        return True  # "Rauner's office on Wednesday said the trip will start Saturday"
    if (
        _SENTENCE_END.match(text, end) is not None
        and may_hold(text, ("told", "said", "announced", "stated", "confirmed", "revealed", "disclosed"))
        and _SAID_TAIL.search(text, max(0, start - 80), start) is not None
    ):
        return True
    return _THAT_AFTER.match(text, end) is not None and _SAYING_BEFORE.search(text, max(0, start - 50), start) is not None


_PUBLISHED_BEFORE = Caseless(r"\b(?:published|aired|broadcast|released|issued)\s+$")


def _published_before(text: str, at: int) -> bool:
    """Whether "published" (or "aired", ...) stands right before ``text[at:]`` (a window, not the text)."""
    return _PUBLISHED_BEFORE.search(text, max(0, at - 24), at) is not None


def _days_on_the_way(draft: _TripDraft, anchor: dt.date | None) -> None:
    """The traveller's own dated deeds on the journey, a few days either side of its span, join it.

    "Murmu on Saturday left for home after wrapping up her three-nation visit ... On Friday, Murmu
    witnessed the signing of agreements": the visit ran from Friday. "arrived in Qatar on Wednesday
    ... Prince Mohammed was welcomed to the UAE on Tuesday": from Tuesday. Only a trip made, only
    sentences with the traveller as subject and one day, in the past of the report.
    """
    span = draft.span()
    if span is None or span.precision is not Precision.DAY or draft.status is not TripStatus.MADE:
        return
    # ("left for Japan on Friday on a three-day visit ... A cabinet meeting on Wednesday finalised his
    # delegation": a journey as long as its stated length already holds all its days)
    stated = _length_told(draft)
    if stated is not None and span.days >= stated:
        return
    reach = dt.timedelta(days=3)
    # ("On Saturday, Roe wrapped up her visit ... On Friday, she witnessed the signing of agreements": a
    # journey told by its end holds the deeds of the days before it)
    ended = any(
        u.index in draft.trip_units and (_END_CUE.search(u.sentence.text) or _BACK_FROM.search(u.sentence.text))
        for u in draft.units
    )
    for unit in draft.units:
        if unit.index in draft.trip_units or unit.subject != draft.person or unit.caption:
            continue
        text = unit.sentence.text
        # ("postpones visiting the flood-hit districts on Sunday": a journey put off gives it no day)
        if _FUTURE.search(text) or _called_off(text):
            continue
        days = {
            m.span
            for m in unit.dates
            if isinstance(m.span, DateSpan)
            and not _since_clause_before(text, m.evidence.start - unit.sentence.start)
            # "In an interview published yesterday, Crown Prince Sultan emphasized ...": the paper's day
            and not _published_before(text, m.evidence.start - unit.sentence.start)
            and not _task_asked_before(text, m.evidence.start - unit.sentence.start)
        }
        if len(days) != 1:
            continue
        day = days.pop()
        if day.precision is not Precision.DAY or day.days != 1 or (anchor is not None and day.start > anchor):
            continue
        if span.start - reach <= day.start < span.start and not ended and not _on_the_way(unit):
            # "was in Malden on Monday ... declared a state of emergency on Saturday": a deed before a
            # journey told from its start, naming no place and no setting out, is done at home
            continue
        if span.start - reach <= day.start < span.start or span.end < day.start <= span.end + reach:
            if stated is not None and (max(span.end, day.end) - min(span.start, day.start)).days >= stated:
                continue  # (not past the length the report states)
            draft.spans.append((day, unit.index, False))


# the deeds of a visit: going to see places and people, and being received by them
_VISIT_DEED = Caseless(
    r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|inspect(?:s|ed|ing)?|met|meets?|meeting|talks|received|welcomed"
    r"|greeted|hosted|audiences?|dinner|lunch|luncheon|banquet|attend(?:s|ed|ing)?|witness(?:es|ed|ing)?"
    r"|laid|addressed|opened|arrived|landed|stopped)\b"
)


def _on_the_way(unit: _Unit) -> bool:
    """Whether a sentence of the traveller's tells a deed of the journey: a place named, a journey
    word ("during the tour"), a setting out ("started campaigning in the swing states"), or a deed
    of a visit ("had dinner with the President", "was received by the Queen"); not an act of office
    done at home ("declared a state of emergency on Saturday")."""
    text = unit.sentence.text
    return (
        bool(unit.places)
        or bool(_journey_ends(unit))
        or _OPEN_START.search(text) is not None
        or _VISIT_DEED.search(text) is not None
    )


def _length_told(draft: _TripDraft) -> int | None:
    """The longest length the trip's own sentences state ("a three-day visit"), if any."""
    lengths = [
        _stated_days(found)
        for unit in draft.units
        if unit.index in draft.trip_units and (found := _duration(unit.sentence.text)) is not None
    ]
    return max(lengths) if lengths else None


_CONTINUES = Caseless(
    r"\bcontinu(?:es|ing|e)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:trail|tour|trip|visit|journey|campaign|swing)\b"
)


# every _ENDS_AHEAD match holds one of these (in lower case): a cheap test before the scan
_ENDS_AHEAD_NEEDS = ("end", "conclude", "wraps up", "wrap up", "until", "till", "through")
_ENDS_AHEAD = Caseless(
    r"\b(?:ends|concludes|wraps up|(?:will|is (?:scheduled|due|set|expected) to) (?:end|conclude|wrap up))\b"
    # "Her visit runs until Saturday"
    r"|\b(?:runs|lasts|will run|will last|is to run|is to last) (?:until|till|through)\b"
)
# "Ishiba will return to Japan on Sunday", "is due to fly home on Sunday": the journey's end, ahead,
# dated by a day told right after it (not "return to Mexico City to lead the meeting on Monday")
_RETURNS_AHEAD = re.compile(
    r"\b(?:will|(?:is|are) (?:scheduled|due|set|expected) to) (?:return (?:home|to)|fly (?:back|home)"
    r"|head (?:back|home)"
    # "will be back home on Friday"
    r"|be back home"
    # "will depart for his country on Wednesday", "is expected to leave Ghana on Wednesday": the last
    # day of the stay, ahead
    r"|(?:leave|depart) for (?:home|(?:his|her|their) (?:country|homeland))"
    r"|(?:leave|depart)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?=\s+on\s)"
    # "is due to leave on Monday" (not "will leave on Monday for Tokyo": a leg ahead)
    r"|(?:leave|depart)(?=\s+(?:(?:early|late)\s+)?on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?![^.;]{0,40}?\b(?:for|to)\b)))\b"
    # "is expected back in Marsk on Sunday"
    r"|\b(?:is|are) (?:expected|due) back (?:home|in)\b"
    # "Prime Minister Vask returns to Norland on Saturday 6 July": the present that tells the return ahead
    r"|\b(?:returns|(?:is|are) returning) (?:home|to)\b"
    # "will leave Tokyo on Nov. 1 and return on Nov. 3"
    r"|\b(?:and|then|before)\s+(?:return|returning|fly(?:ing)?\s+(?:back|home)|head(?:ing)?\s+(?:back|home))\b",
    re.IGNORECASE,
)
_RETURNS_AHEAD_NEEDS = ("return", "fly", "head", "leave", "depart", "back")
# "will leave Tokyo on Nov. 1 and return on Nov. 3": the day of setting out on a journey ahead
_LEAVES_AHEAD = re.compile(
    r"\b(?:will|(?:is|are) (?:scheduled|due|set|expected) to) (?:leave|depart)\b", re.IGNORECASE
)


def _single_days(unit: _Unit) -> Iterator[tuple[DateSpan, int]]:
    """The single days a sentence tells, each with its offset in the sentence."""
    for mention in unit.dates:
        day = mention.span
        if isinstance(day, DateSpan) and day.precision is Precision.DAY and day.days == 1:
            yield day, mention.evidence.start - unit.sentence.start


def _left_home_ahead(draft: _TripDraft, unit: _Unit, span: DateSpan) -> None:
    """The day a sentence of a journey ahead sets out on, a few days before its first day told."""
    leaves = _LEAVES_AHEAD.search(unit.sentence.text)
    if leaves is None:
        return
    for day, at in _single_days(unit):
        if 0 <= at - leaves.end() <= _RETURN_DAY_REACH and span.start - dt.timedelta(days=3) <= day.start < span.start:
            draft.spans.append((DateSpan(day.start, span.end), unit.index, False))
            return
_RETURN_DAY_REACH = 30  # characters from the return to its day


# "would hold talks with ...", "is expected to meet ...": a deed of the traveller's, ahead
_DEED_AHEAD = re.compile(
    r"\b(?:will|would|(?:is|are)\s+(?:expected|scheduled|due|set)\s+to)\s+(?:also\s+)?"
    r"(?:hold|meet|address|attend|sign|open|visit|tour|lay|inspect|deliver|hold talks|call on)\b",
    re.IGNORECASE,
)


def _deed_the_day_after(draft: _TripDraft, unit: _Unit, span: DateSpan) -> None:
    """A journey ahead told by one day reaches the next day when a sentence of the traveller's tells a
    deed ahead on it, with no day of its own beside."""
    days = list(_single_days(unit))
    if (
        span.days != 1
        or len(days) != 1
        or len(unit.dates) != 1
        or (days[0][0].start - span.end).days != 1
        or _DEED_AHEAD.search(unit.sentence.text) is None
    ):
        return
    draft.spans.append((DateSpan(span.start, days[0][0].start), unit.index, False))


def _days_ahead(draft: _TripDraft) -> None:
    """A journey under way runs through the days the report still gives it.

    "Erdogan started his Gulf tour on Monday ... His last stop will be the UAE on Wednesday";
    "will hold talks ... before returning to Japan on Thursday": the trip reaches Wednesday, Thursday.
    Only a trip made with an open end, only the traveller's own later sentences that speak of the
    future, and only days within two weeks of the start.
    """
    span = draft.span()
    if span is None or span.precision is not Precision.DAY:
        return
    planned = draft.status is TripStatus.PLANNED
    first = min(draft.trip_units)
    latest: tuple[dt.date, int] | None = None
    for unit in draft.units:
        if unit.index <= first or unit.subject != draft.person or unit.caption:
            continue
        text = unit.sentence.text
        # "She continues her campaign trail Sunday": the journey goes on, whatever its end looked like;
        # "The visit ends on Friday": its end, still to come
        goes_on = _CONTINUES.search(text) is not None or (
            may_hold(text, _ENDS_AHEAD_NEEDS) and _ENDS_AHEAD.search(text) is not None
        )
        returns = None if goes_on or not may_hold(text, _RETURNS_AHEAD_NEEDS) else _RETURNS_AHEAD.search(text)
        own_leg = any(governed for _, _, governed in unit.places)
        if planned and not own_leg and returns is None:
            # (a journey ahead reaches only the days of its own later legs: "On Tuesday, she moves to Tamale";
            # and of the traveller's deeds there the day after: "will arrive in Lusaka on Monday ... would
            # hold talks with the president on Tuesday")
            _deed_the_day_after(draft, unit, span)
            continue
        if planned and not own_leg and returns is not None:
            # "He will leave Tokyo on Nov. 1 and return on Nov. 3": the journey ahead runs from the
            # day of leaving home to the day of the return
            _left_home_ahead(draft, unit, span)
        if not span.open_end and not goes_on and returns is None and not planned:
            continue
        if not _FUTURE.search(text) and not goes_on and not planned and returns is None:
            continue  # "His tour ... before the summit on December 14": not a day of the tour's own
        for mention in unit.dates:
            day = mention.span
            if not isinstance(day, DateSpan) or day.precision is not Precision.DAY or day.days > 7:
                continue
            if (
                (not span.open_end or (planned and not own_leg))
                and returns is not None
                and not 0 <= mention.evidence.start - unit.sentence.start - returns.end() <= _RETURN_DAY_REACH
            ):
                continue
            if _since_clause_before(text, mention.evidence.start - unit.sentence.start) or _task_asked_before(
                text, mention.evidence.start - unit.sentence.start
            ):
                continue
            # ("is expected to return home on August 5", two and a half weeks on: the return told with
            # its day ends the stay, however long; other days ahead reach two weeks)
            told_return = (
                returns is not None
                and ("home" in returns.group(0).lower() or "back" in returns.group(0).lower())
                and 0 <= mention.evidence.start - unit.sentence.start - returns.end() <= _RETURN_DAY_REACH
            )
            within = span.end < day.end <= span.start + dt.timedelta(days=31 if told_return else 14)
            if within and (latest is None or day.end > latest[0]):
                latest = (day.end, unit.index)
    if latest is not None:
        draft.spans.append((DateSpan(span.start, latest[0]), latest[1], True))


_STAY = Caseless(r"\b(?:stay|stays|staying)\b")


def _stated_length(draft: _TripDraft) -> None:
    """A trip dated by fewer days than one of its sentences gives it: the stated length counts.

    "arrived in Tashkent on Monday ... Erdogan is in Uzbekistan on a three-day official visit":
    Monday to Wednesday; "wound up a three-day tour" counts back from the day instead.
    """
    span = draft.span()
    if span is None or span.precision is not Precision.DAY:
        return
    # "wound up her tour of western Kenya on Thursday. During the three-day tour, ...": the day told
    # is the journey's last, so the length counts back from it
    told = draft.span_units() if span.days == 1 else set()
    ended = any(
        u.index in told and (_END_CUE.search(u.sentence.text) or _BACK_FROM.search(u.sentence.text)) is not None
        for u in draft.units
    ) or any(
        # "will continue their tour on Saturday": the day told is no first day; the journey began
        # before it, so the length counts back from it
        u.index in told
        and _CONTINUES.search(u.sentence.text) is not None
        # (a day of its own: "are continuing their tour", told on the report's day, may have begun then)
        and any(isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY for m in u.dates)
        for u in draft.units
    )
    # "arrived on Monday, March 10, for a week-long visit that ends on Thursday, March 13": a first
    # day and a last day told as such hold against a length, which does not move the arrival back
    begun_told = span.days > 1 and any(
        u.index in draft.span_units() and _OPEN_START.search(u.sentence.text) is not None
        for u in draft.units
        if u.index in draft.trip_units
    )
    # ("arrived in Rome early Monday after a tour of the United States": the arrival told is the
    # journey's homecoming, not its start)
    homecoming = any(
        u.index in draft.trip_units and _HOME_AFTER.search(u.sentence.text) is not None for u in draft.units
    )
    # the longest length stated: "a three-day working visit" to Ghana "begins a week long journey"
    best: tuple[int, DateSpan, int] | None = None
    for unit in draft.units:
        # ("His four-day stay will be spent in Cologne": the traveller's journey, told after it began)
        own = unit.subject == draft.person and (
            bool(_journey_ends(unit)) or _STAY.search(unit.sentence.text) is not None
        )
        if (unit.index not in draft.trip_units and not own) or any(
            # (a month or year in it dates something else: "in the November 2012 election"; a day
            # of the journey does not: "arrived on Wednesday for a five-day visit that will include
            # a trip to Fatima on Saturday")
            isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY and not (span.start <= m.span.start and m.span.end <= span.end)
            for m in unit.dates
        ):
            continue
        duration = _duration(unit.sentence.text)
        if duration is None:
            continue
        days = _stated_days(duration)
        length = dt.timedelta(days=days - 1)
        opens = _first_day_of_the_length(unit, duration)
        if (
            opens is not None
            and 1 < days <= 31
            and span.start <= opens <= span.end
            and opens + length > span.end
            and (best is None or days > best[0])
        ):
            # "arrived tonight ahead of his two-day visit that begins tomorrow": the length counts from
            # the day the visit begins, the arrival before it
            best = (days, DateSpan(span.start, opens + length), unit.index)
            continue
        if not span.days < days <= 31 or (best is not None and days <= best[0]):
            continue
        if ended or _END_CUE.search(unit.sentence.text) or _BACK_FROM.search(unit.sentence.text):
            if span.open_end and not ended and not homecoming and not any(True for _ in _single_days(unit)):
                # "headed to China on Friday, starting a five-nation tour ... on his way back at the end
                # of the two-week tour": a length whose end has no day of its own counts on from the
                # day the journey was told to begin
                best = (days, DateSpan(span.start, span.start + length), unit.index)
                continue
            if span.open_end or begun_told:
                continue  # a journey told to have begun does not end where its start was told
            best = (days, DateSpan(span.end - length, span.end), unit.index)
        elif duration.group("w") is None or _week_counts_on(unit, duration):
            best = (days, DateSpan(span.start, span.start + length), unit.index)
    if best is not None:
        draft.spans.append((best[1], best[2], False))


_HOME_AFTER = Caseless(
    r"\b(?:arrived|arrives|landed|lands|touched down|touches down)\b[^.;]{0,60}?\b(?:after|following)\s+"
    r"(?:a|an|his|her|their|the|its)\s+(?:[\w'’-]+\s+){0,4}?(?:visit|tour|trip|journey|mission|swing)\b"
)


# "begins a week-long journey", "started a weeklong tour": the week told is the journey set out on
_BEGINS_THE_WEEK = re.compile(
    r"\b(?:begins?|began|beginning|starts?|started|starting|kick(?:s|ed|ing)? off|embark(?:s|ed|ing)? on"
    r"|set(?:s|ting)? (?:off|out) on)\s+(?:a|an|his|her|their|the|its)\s+$",
    re.IGNORECASE,
)


def _week_counts_on(unit: _Unit, duration: re.Match[str]) -> bool:
    """Whether "a week-long tour" counts seven days on from the trip's first day told.

    "Bush, who is on a week-long trip to Africa, departs for Botswana"; "has been on a week-long tour":
    a week told loosely, of a journey already under way, does not count on from a leg's day; it does
    when its sentence tells a day of its own ("will on Tuesday start a week-long tour") or that the
    journey begins with it ("which begins a week long journey").
    """
    if any(True for _ in _single_days(unit)):
        return True
    text = unit.sentence.text
    return _BEGINS_THE_WEEK.search(text, max(0, duration.start() - 40), duration.start()) is not None


# "a two-day visit that begins tomorrow", "a three-day tour starting on Monday": the day the length
# counts from (read after the length, in its clause)
_LENGTH_BEGINS = re.compile(
    r"[^.;]{0,80}?\b(?:(?:that|which) (?:begins|starts|will begin|will start|began|started|had begun|had started)"
    r"|beginning|starting)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _first_day_of_the_length(unit: _Unit, duration: re.Match[str]) -> dt.date | None:
    """The day a stated length is told to begin on, right after it in its sentence."""
    text = unit.sentence.text
    for day, at in _single_days(unit):
        if at >= duration.end() and _LENGTH_BEGINS.fullmatch(text, duration.end(), at) is not None:
            return day.start
    return None


# "asked the officials to convene a meeting on Saturday", "directed them to report by Monday": what
# the traveller asks others to do, on a day of its own
_TASK_ASKED = Caseless(
    r"\b(?:asked|directed|urged|instructed|ordered|requested|called on|called upon)\b[^.;]{0,80}?\bto\b[^.;,]*$"
)
_TASK_ASKED_NEEDS = ("asked", "directed", "urged", "instructed", "ordered", "requested", "called")


def _task_asked_before(text: str, at: int) -> bool:
    """Whether the words before ``at`` ask someone to do something the day at ``at`` dates."""
    head = text[:at]
    return may_hold(head, _TASK_ASKED_NEEDS) and _TASK_ASKED.search(head) is not None


def _date_from_the_report(draft: _TripDraft, anchor: dt.date | None) -> None:
    """An undated trip takes the day of the traveller's first dated sentence about it.

    "President Bush on Wednesday got his first look ... Starting a day's tour, Bush circled over
    Greensburg": the tour is on Wednesday. Only a sentence with one day or range, and for a trip made,
    not after the report's own day.
    """
    # (a dated photo caption of the traveller, where no sentence of the body gives a day: the photo's day)
    units = [u for u in draft.units if not u.caption] + [u for u in draft.units if u.caption]
    first: dt.date | None = None  # the first photo's day
    for unit in units:
        if unit.subject != draft.person or (unit.caption and draft.status is not TripStatus.MADE):
            continue
        days = {
            m.span
            for m in unit.dates
            if isinstance(m.span, DateSpan)
            and m.span.precision is Precision.DAY
            and not _since_clause_before(unit.sentence.text, m.evidence.start - unit.sentence.start)
            # ("asked the officials to convene a meeting on Saturday": the day of the task, not the visit)
            and not _task_asked_before(unit.sentence.text, m.evidence.start - unit.sentence.start)
            and not (m.span.days > 1 and _a_gatherings_days(unit.sentence.text, m.evidence.start - unit.sentence.start))
            # ("On Thursday, she had told reporters that her visit ...": the day of the telling)
            and not _day_of_saying(
                unit.sentence.text, m.evidence.start - unit.sentence.start, m.evidence.end - unit.sentence.start
            )
        }
        if len(days) != 1:
            continue
        day = days.pop()
        if day.days > 31 or (draft.status is TripStatus.MADE and anchor is not None and day.start > anchor):
            continue
        if not unit.caption:
            draft.spans.append((day, unit.index, False))
            return
        # (each dated photo vouches for its day: "Aug. 16" under one, "Aug. 17" under the next)
        if first is None or abs((day.start - first).days) <= 7:
            first = day.start if first is None else first
            draft.spans.append((day, unit.index, False))


def _under_way_now(draft: _TripDraft, anchor: dt.date | None) -> bool:
    """A journey the report tells as under way as it is written holds the report's day.

    "President Kikwete, who is currently in Kenya on a state visit"; "Tuilaepa, who is in Fiji for an
    official visit" welcomed there on Sunday, in a Wednesday report: Sunday to Wednesday.  Only a trip
    made, undated or ending less than a week before the report's day. Whether the trip was undated.
    """
    if anchor is None or draft.status is not TripStatus.MADE:
        return False
    span = draft.span()
    # ("is in Tokyo on a visit that runs until Sunday": only the last day is told, after the report's)
    runs_until = (
        span is not None and span.precision is Precision.DAY and span.days == 1 and 0 < (span.start - anchor).days <= 14
    )
    if span is not None and not runs_until and not (
        span.precision is Precision.DAY and span.end < anchor and (anchor - span.end).days <= 6
    ):
        return False
    for unit in draft.units:
        if (
            unit.index in draft.trip_units
            and unit.subject == draft.person
            and not unit.caption
            and (
                _UNDER_WAY_NOW.search(unit.sentence.text)
                # ("in Ghana since Monday for a state visit")
                or any(_journey_since(unit.sentence.text, m.evidence.start - unit.sentence.start) for m in unit.dates)
            )
            and (not runs_until or _ends_on_a_day(unit) or _within_the_length(unit, anchor, span))
        ):
            draft.spans.append((DateSpan(anchor, anchor), unit.index, False))
            return span is None
    return False


def _within_the_length(unit: _Unit, anchor: dt.date, ahead: DateSpan | None) -> bool:
    """Whether the one day ahead falls within the length the under-way sentence states, counted from
    the report's day ("is in Ghana for a five-day visit ... will open a hospital on Sunday")."""
    duration = _duration(unit.sentence.text)
    return ahead is not None and duration is not None and (ahead.start - anchor).days < _stated_days(duration)


def _ends_on_a_day(unit: _Unit) -> bool:
    """Whether a sentence's day is one a stay lasts until ("a visit that runs until Sunday")."""
    return any(
        _UNTIL_DAY.search(unit.sentence.text, 0, m.evidence.start - unit.sentence.start) is not None
        for m in unit.dates
        if isinstance(m.span, DateSpan)
    )


# "is currently in Kenya on a state visit", "are touring flooded areas": a journey under way as the
# report is written
_UNDER_WAY_NOW = Caseless(
    r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:in\b|on (?:a|an|his|her|their)\b"
    # "is on the Copperbelt for a five-day visit": a region told with "on the", for a journey
    r"|on the (?:[\w'’-]+\s+){1,3}?for (?:a|an|his|her|their)\b"
    r"|touring\b|visiting\b|travell?ing\b|continuing\b)"
    # "has been on a state visit to Ghana since Wednesday" (not "has been in office")
    r"|\b(?:has|have) been\s+(?:on (?:a|an|his|her|their)\b|touring\b|visiting\b|travell?ing\b)"  # "are continuing their three-day tour of Canada"
)


# "On the second day of his visit, ...": a day counted from the trip's first.
_NTH_DAY = Caseless(
    r"\bthe (?P<n>first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th|5th|final|last) day of"
    r" (?:his|her|their|the|its) (?:[\w-]+ ){0,2}(?:visit|tour|trip|stay|journey)"
    # "During the first two days of the visit": the first days, counted (before the alternatives opening on
    # other letters: letter_first gathers them by their first letter, and the groups keep their order)
    r"|\bthe first (?P<k>two|three|four) days of (?:his|her|their|the|its) (?:[\w-]+ ){0,2}(?:visit|tour|trip|stay|journey)"
    # "On the first day, he ...", "On Day 2, the President ...": the tour's day, set off by a comma
    r"|\bon (?:(?:the (?P<m>first|second|third|fourth|fifth|final|last) day|day (?P<d>one|two|three|four|five|[1-5]))\s*,"
    # "On his first day in the area, the President ...": the traveller's own day, counted (not "his first day in
    # office")
    r"|(?:his|her|their) (?P<o>first|second|third|fourth|fifth|final|last) day (?:in|at)\b(?! office| power))"
)
# ("on Wednesday, the second day of his visit": read right after the day)
_NTH_DAY_AFTER = re.compile(
    r",?\s+(?:which was\s+|on\s+)?the (?P<n>second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th) day of"
    r" (?:his|her|their|the|its|a|an) (?:[\w-]+ ){0,2}(?:visit|tour|trip|stay|journey)",
    re.IGNORECASE,
)
_DAY_NUMBER_WORDS = {"one": "first", "two": "second", "three": "third", "four": "fourth", "five": "fifth", "1": "first",
                     "2": "second", "3": "third", "4": "fourth", "5": "fifth"}  # fmt: skip
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}  # fmt: skip


def _nth_day(text: str, trip: DateSpan | None) -> DateSpan | None:
    """The day "the third day of his visit" names, when the trip's days are known."""
    found = _NTH_DAY.search(text) if trip is not None and ("day" in text or "Day" in text) else None
    if found is None or trip is None or trip.precision is not Precision.DAY:
        return None
    if found.group("k"):  # "the first two days of the visit": from the first day on
        last = trip.start + dt.timedelta(days=_ORDINAL[_DAY_NUMBER_WORDS[found.group("k").lower()]] - 1)
        return DateSpan(trip.start, last) if last <= trip.end and not trip.open_end else None
    n = (
        found.group("n") or found.group("m") or found.group("o") or _DAY_NUMBER_WORDS.get(found.group("d").lower(), "")
    ).lower()
    if trip.open_end and (trip.days > 1 or n in ("final", "last")):
        return None
    day = trip.end if n in ("final", "last") else trip.start + dt.timedelta(days=_ORDINAL[n] - 1)
    # ("arrived on Monday ... On the second day of her visit": a journey told by its first day only
    # reaches the day counted from it)
    return DateSpan(day, day) if day <= trip.end or trip.days == 1 else None


# "ended her four-nation tour in Accra on Thursday", "returned home on Friday after visits to Ghana
# and Togo": the day a journey ended (read with _OPEN_START: a journey whose beginning is told is not
# told by its end only)
_JOURNEY_ENDED = Caseless(
    r"\b(?:concluded|concludes|wrapped up|wrapping up|wraps up|ended|ending|ends|wound up|winding up|winds up"
    r"|completed|completing|rounded off|capping|capped)\s+(?:(?:a|an|his|her|their|the|its)\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:visit|visits|tour|trip|journey|swing|stay|mission)\b"
    r"|\b(?:flew|returned|headed|arrived|came)\s+(?:back\s+)?home\b|\b(?:arrived|flew|came) back\b"
    # "returned to Beijing on Saturday after concluding ...", not "returned to Kumasi, 20 years after"
    r"|\breturned\s+to\b[^.;,]{0,80}?\b(?:from|after)\b"
    # "left Accra on Friday for home"
    r"|\b(?:left|departed)\b[^.;]{0,40}?\bfor home\b"
    # "on Friday, the final day of her visit"
    r"|\bthe (?:final|last|closing) day of (?:his|her|their|the|its) (?:[\w'’-]+\s+){0,3}?(?:visit|tour|trip|journey|stay)\b"
)
# "wrapped up the first leg of her tour in Ghana on Tuesday and flew to Togo": one leg ended, the
# journey goes on
_GOES_ON = Caseless(
    r"\b(?:flew|headed|went|moved|travell?ed|proceeded|continued|left|departed|leaving|heading|flying)\s+(?:on\s+)?"
    r"(?:to|for)\b(?!\s+home\b)|\b(?:first|second|third|next|opening) (?:leg|stop|stage)\b"
)
# "arrived back in Nairobi on Friday", "landed home": the end of a journey, not the start of one
_BACK_HOME = Caseless(r"\b(?:arrived|arrives|landed|lands|reached|touched down)\s+(?:back|home)\b")
# "a one-day visit", "a day trip": a journey of one day, whose end is its start
_ONE_DAY = Caseless(r"\b(?:one-day|day-long|daylong|day trip|a day's|single-day)\b")


def _only_the_end(draft: _TripDraft) -> bool:
    """Whether the report dates a journey made only by the day it ended.

    "Jane Roe ended her four-nation tour in Accra on Thursday": the tour ended on Thursday; when it
    began the report does not say, so its span is not that one day (gold writes such a span null).
    """
    span = draft.span()
    if (
        span is None
        or draft.status is not TripStatus.MADE
        or span.precision is not Precision.DAY
        or span.days != 1
    ):
        return False
    told = {i for _, i, _ in draft.spans}
    units = [u for u in draft.units if u.index in told]
    if not units or any(_ONE_DAY.search(u.sentence.text) for u in draft.units if u.index in draft.trip_units):
        return False
    return all(
        _JOURNEY_ENDED.search(u.sentence.text) is not None
        and (_OPEN_START.search(u.sentence.text) is None or _BACK_HOME.search(u.sentence.text) is not None)
        and _GOES_ON.search(u.sentence.text) is None
        for u in units
    )
