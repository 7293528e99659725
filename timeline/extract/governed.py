"""Which places of a sentence a travel or locative word governs ("visited Suzhou", "in Changsha"),
or the list such a place heads."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from gazetteer import Toponym
from gazetteer.model import PlaceRef, Resolved
from timeline._regex import Caseless
from timeline._sentences import Sentence
from timeline.extract.cues import _END_CUE

# A place the traveller goes to or is in is named after one of these words.
_CUE_BEFORE = Caseless(
    r"(?:\b(?:to|onto|in|into|at|across|through|throughout|around|inside|within|visited|visiting|visits|visit|inspected"
    r"|inspecting|inspects|inspect|toured|touring|tours|tour|reached|via|arrived|arriving|left|leaving|leaves"
    # "left for Tokyo": the destination; "left Beijing": the departure, no stop
    r"|(?:left|leaving|leaves|leave|departed|departing|depart|bound|headed|set off|set out) for"
    r"|(?:left|leaving|leaves|departed|departing)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2}\s+for"  # "left London for"
    # "Her next stop is Mombasa", "His first stop was Riyadh", "the final leg takes him to", "Next up is Seoul"
    r"|(?:first|second|third|fourth|next|last|final|latest|only) (?:stop|leg|destination|port of call)"
    r" (?:is|was|will be|would be)|next up (?:is|was|will be)"
    # "Her itinerary includes Tokyo, where she will meet the emperor, and Hiroshima"
    r"|(?:itinerary|programme|program|schedule) (?:also )?(?:includes|included|will include|will also include)"
    r"|return(?:ed|s|ing)? (?:home )?from)"  # "returned from Tokyo": where the journey went
    r"|\b(?:tour|tours|trip|trips|inspection|inspections|visit|visits|study|studies|city|cities|town|towns"
    r"|county|counties|village|villages|province|provinces) of)\s+(?:both\s+)?(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+)?(?:parts?|areas?|districts|regions|much|most|several|some|streets|outskirts|cent(?:re|er)"
    r"|heart) of\s+(?:the\s+)?)?"  # "toured flood-hit areas of Sacramento County"  # "toured parts of West Pokot"
    r"(?:[a-z]+-[a-z]+\s+)?"  # "visited flood-hit Lyon", "war-torn Kyiv"
    r"(?:[a-z-]+(?:ern|ral)\s+|(?:north|south)(?:-?(?:east|west))?\s+|(?:east|west)\s+)?"
    # "in the capital Lima", "to the ancient city of Kyoto", "in the provincial capital, Changsha"
    # "arrived in Qatar's capital Doha"
    r"(?:(?:[a-z][\w-]*['’]s\s+)?(?:[a-z-]+\s+){0,2}?(?:capital|city|town|port|village|resort|metropolis)"
    r"(?:\s+city)?(?:\s+of|,)?\s+)?$"
)
_NOT_CUE_BEFORE = Caseless(
    r"\b(?:according|due|thanks|next|compared|close|similar|related|contrary|up) to\s+(?:the\s+)?$"
)
# "travel next to Buenos Aires": "next" of a journey is the next leg, not "beside"
_NEXT_LEG_BEFORE = Caseless(r"\b(?:travel|go|head|fly|move|proceed)(?:s|ed|ing)? next to\s+(?:the\s+)?$")
_LIST_BEFORE = re.compile(
    # "Varanasi, Sarnath, Bodh Gaya": a name the gazetteer lacks does not end the list;
    # "the Northern Province's Burera District": a place in the place just named
    r"^(?:,\s*(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s*|\s+(?=and\s|or\s)))?(?:and\s+|or\s+)?"
    r"|\s+(?:and|or)\s+|['’]s\s+"
    # "Xi'an, capital of northwest China's Shaanxi Province": the province of the place just named
    r"|,\s*(?:the\s+)?(?:provincial\s+|regional\s+)?capital(?:\s+city)?\s+of\s+"
    # "stops in Tokyo on Monday, Osaka on Wednesday and Kyoto on Thursday": a day after each
    # ("Tokyo on Monday morning and Yokohama in the afternoon")
    r"|\s+on\s+(?:[A-Z][a-z]+|the\s+\d{1,2}(?:st|nd|rd|th))(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)"
    # "His first stop is Riyadh, followed by Doha", "Tokyo and then Seoul"
    r"|,?\s+(?:(?:and\s+)?then|followed\s+by|(?:and\s+)?later|before\s+(?:heading|going|moving|travel+ing)\s+(?:on\s+)?to)\s+"
    r")(?:the\s+)?$"
)


# "left Beijing on Friday for Tokyo": the place left is where the journey began, not a stop
# ("left China at the end of a visit" is the place visited).
_LEFT_BEFORE = Caseless(r"\b(?:left|leaving|leaves|departed|departing)\s+(?:the\s+)?$")
_FOR_AFTER = re.compile(r"^[^.;]{0,60}?\bfor\b", re.IGNORECASE)  # anchored: no letter guard
# ("from Paris to Lyon": the place after "to" is where the journey went)
_FROM_BEFORE = Caseless(r"\bfrom\s+(?:the\s+)?(?:(?!to\b)[\w'’-]+\s+){0,4}(?:(?:at|in)\s+)?$")
_RETURNED_FROM_BEFORE = Caseless(r"\breturn(?:ed|s|ing)? (?:home )?from\s+(?:the\s+)?$")
_FLEW = Caseless(
    r"\b(?:flew|flown|flies|arrived|arrives|landed|lands|travell?ed|came|drove|sailed|returned)\b"
)
_TOPIC_IN_BEFORE = Caseless(
    r"\b(?:situation|crisis|war|conflict|fighting|violence|peace|stability|security|developments|unrest"
    r"|tensions?|elections?|attacks?|bombings?|insurgency|refugees|humanitarian \w+)\s+in\s+(?:the\s+)?$"
)
_BACK_IN_BEFORE = Caseless(r"\bback (?:home )?in\s+(?:the\s+)?$")
_BE_BACK_IN_BEFORE = Caseless(r"\b(?:was|is|are|were|be|been) back in\s+(?:the\s+)?$")
_RETURN_TO_BEFORE = Caseless(
    r"\b(?:return|returns|returned|returning|fl(?:ew|y|ies|ying) back|head(?:s|ed|ing)? back|(?:went|go|goes|going)"
    r" back) (?:home )?to\s+(?:the\s+)?$"
)
# "visited villages including Mankeli, Gangaloor and Cherpal": the first of a list of places of a kind
_KINDS_INCLUDING = Caseless(
    # ("five districts, including Salem": a comma before the list too)
    r"\b(?:villages|towns|townships|districts|counties|cities|places|areas),? (?:including|such as|like|namely)\s+$"
)
_LEFT_FOR_BEFORE = Caseless(
    r"\b(?:left|leaving|leaves|departed|departing|headed|set off|set out) for\s+(?:the\s+)?$"
)


# "visited three cities: ...", "a tour of four countries - ... :": places counted, then named
_COUNTED_COLON = re.compile(  # (read only in a sentence with a colon: no letter guard needed)
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+)?"
    r"(?:cities|towns|countries|nations|states|provinces|regions|counties|districts|prefectures|villages"
    r"|places|stops|locations)\b[^.;:]{0,60}:",
    re.IGNORECASE,
)


_ARRIVAL = Caseless(r"\b(?:arrival|arrived|arrives|arriving|landed|lands|landing|touched down|reached)\b")


def _governed(text: str, sentence: Sentence, places: Sequence[tuple[Toponym, PlaceRef]]) -> list[bool]:
    """For each place of a sentence, whether a travel or locative word governs it (or its list)."""
    out: list[bool] = []
    previous_end = -1
    # the words before a place decide most of it: read once for each distinct 40 characters
    # (a sentence naming one place again and again has the same words before each)
    cues: dict[str, _CueBefore] = {}
    lists: dict[str, bool] = {}
    # "traveled to four cities across the United States: Washington in the east, ...": a list told
    counted = _COUNTED_COLON.search(text, sentence.start, sentence.end) if ":" in sentence.text else None
    listed_from = counted.end() if counted is not None else sentence.end
    s_start, s_end = sentence.start, sentence.end
    last_cued = False  # whether the place before was governed
    for toponym, ref in places:
        start = toponym.start
        before = text[max(s_start, start - 40) : start]
        cue = cues.get(before)
        if cue is None:
            cue = cues[before] = _cue_before(before)
        cued = cue.cued or (
            # "Upon his arrival at the Air Force Technical Area of Thiruvananthapuram Airport": the town
            # of the airport landed at
            isinstance(ref, Resolved)
            and ref.rule == "airport-town"
            # ("greeted him at the Istanbul International Airport upon his arrival": after it too)
            and _ARRIVAL.search(text, s_start, s_end) is not None
        )
        if cued and (
            (cue.left and _FOR_AFTER.search(text[toponym.end : s_end]))
            # "left for Delhi after a three-day visit": home, not a stop
            or (cue.left_for and _END_CUE.search(sentence.text))
            # "is expected to return to Mexico City on Monday": home, not a stop
            or cue.return_to
            # "flew to Komatsu from Tokyo International Airport at Haneda": where he set out
            or (cue.from_ and _FLEW.search(text, s_start, start))
        ):
            cued = False
        if not cued:
            if start >= listed_from and not (cue.left or cue.return_to or cue.from_):
                cued = True
            elif last_cued:
                between = text[previous_end:start]
                listed = lists.get(between)
                if listed is None:
                    listed = lists[between] = _LIST_BEFORE.match(between) is not None
                cued = listed
        out.append(cued)
        last_cued = cued
        previous_end = toponym.end
    return out


class _CueBefore(NamedTuple):
    """What the words right before a place say (:func:`_governed`): whether a travel or locative
    word governs it, and which of the exceptions to that the words allow."""

    cued: bool
    left: bool  # "left Beijing ... for Tokyo"
    left_for: bool  # "left for Delhi after a visit"
    return_to: bool  # "return to Mexico City"
    from_: bool  # "flew to Komatsu from Tokyo"


_NOT_CUED = _CueBefore(False, False, False, False, False)


def _cue_before(before: str) -> _CueBefore:
    """Read the words before a place (up to 40 characters, within its sentence)."""
    cued = (
        _CUE_BEFORE.search(before) is not None
        and (_NOT_CUE_BEFORE.search(before) is None or _NEXT_LEG_BEFORE.search(before) is not None)
    ) or _KINDS_INCLUDING.search(before) is not None
    if cued and (
        # "the situation in Palestine", "the war in Ukraine": talked about, not visited
        _TOPIC_IN_BEFORE.search(before)
        # "furious about political gridlock back in Washington": home, not a stop
        or (_BACK_IN_BEFORE.search(before) and not _BE_BACK_IN_BEFORE.search(before))
    ):
        return _NOT_CUED
    # (the exceptions are read for a place not cued too: an airport's town may be cued by the landing)
    return _CueBefore(
        cued,
        _LEFT_BEFORE.search(before) is not None,
        _LEFT_FOR_BEFORE.search(before) is not None,
        _RETURN_TO_BEFORE.search(before) is not None,
        # ("returned from Tokyo": the place the journey went, not where it set out)
        _FROM_BEFORE.search(before) is not None and _RETURNED_FROM_BEFORE.search(before) is None,
    )
