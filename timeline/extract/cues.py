"""Cues read by more than one part of the reader: tense ("will visit"), a journey's start and end,
its next leg, companions ("accompanied by") and the dateline city ("arrived here")."""

from __future__ import annotations

import re

from timeline._regex import Caseless, may_hold

_FUTURE = Caseless(
    r"\b(?:will|shall|is|are) (?:also )?(?:be )?(?:scheduled|expected|set|due|slated|going) to\b|\bwill\b"
    r"|\b(?:is|are) to\b|\bplans? to\b|\bplanned\b|\bupcoming\b|\bforthcoming\b"
    r"|\bplans? for (?:[\w.'’-]+ ){1,6}?to\b"  # "announced plans for President Jane Roe to visit"
)
# "could visit Japan later this year", "may travel to Kenya": ahead, if at all (read
# right before the trip word)
# ("would travel to Japan later this month, officials said": told ahead in reported speech)
_MODAL_BEFORE = Caseless(r"\b(?:could|may|might|would)\s+(?:also\s+|soon\s+|first\s+|then\s+)?$")
_OPEN_START = Caseless(
    r"\b(?:began|begins|beginning|started|starts|starting|commenced|commences|commencing|commence|kicked off|kicking off|opened|launched|embarked on"
    r"|arrived|arrives|arriving|landed|lands|reached|touched down|touches down|greeted"
    # ("welcomed the forthcoming arrival of": a journey ahead, not one begun)
    r"|welcomed(?! (?:the |a |an )?(?:forthcoming|upcoming|planned|expected|coming|impending|proposed|announced)\b)"
    # "will arrive in Hanoi on Thursday for a two-day visit", "is due to begin a tour on Monday"
    r"|(?:will|to|shall|would) (?:also |first )?(?:arrive|land|begin|start|commence|kick off|set off|set out|embark on)"
    r"|(?:left|leaves|leave|leaving|departed|departs|depart|set off|sets off|set out)\b[^.;]{0,60}?\bfor(?! home\b)"
    r"|(?:left|leaves|leaving|set off|sets off|set out|went|goes|go) on (?:a|an|his|her|their)"
    r"|(?:left|leaves|leaving|departed|departs)\b[^.;]{0,60}?\bon (?:a|an|his|her|their) [^.;]{0,30}?"
    r"(?:visit|tour|trip|journey))\b"
)
# "left Tokyo on Friday" ends a stay; "left for Tokyo on Friday" starts one (_OPEN_START).
_END_CUE = Caseless(
    r"\b(?:concluded|concluding|concludes|wrapped up|wrapping up|ended|ending|ends|completed|completing|completes"
    # "left Tokyo on Friday" ends a stay; "left for Tokyo", "left on a visit to Greece" start one
    # "left Islamabad on Saturday on a three-day visit to India" starts one too
    # ("affected by left wing extremism": a side in politics, no departure)
    # "left Lusaka on March 3 to start a weeklong visit to Spain" starts one too
    r"|(?:left|leaving|leaves)\b(?![- ]wing\b)(?![^.;]{0,60}?\b(?:for|(?:on|to (?:start|begin|kick off|embark on))"
    r" (?:a|an|his|her|their) [^.;]{0,30}?(?:visit|tour|trip|journey))\b)(?!\s+(?:on|today|yesterday|here)\b)"
    r"|to a close|at the end of|winding up|wound up|rounded off|flew home|returned home|return(?:ed|s|ing) from"
    # "returned to Nairobi on Wednesday night from a two-day trip to Accra"
    r"|return(?:ed|s|ing) to\b[^.;]{0,50}?\bfrom"
    r"|after (?:a|an|his|her|its|their|the) (?:[\w-]+ ){0,3}(?:visit|tour|trip|stay)"
    r"|(?:for|lasting) (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days (?:through|until|till|to)"
    r"|(?:visit|tour|trip|stay) (?:until|till|through))\b"  # "a three-day visit until Sunday"
)


_COMPANION = Caseless(
    r"\b(?:accompanied|accompanying|took part|taking part|takes part|joined|also attended|were present"
    r"|was present|along with|together with"
    # "First Lady Jane Roe and Minister Ann Poe are among the Peruvian delegation": the traveller's party
    r"|among (?:the|his|her|their) (?:[\w-]+ ){0,2}(?:delegation|entourage|party)"
    r"|(?:part|members?) of (?:the|his|her|their) (?:[\w-]+ ){0,2}(?:delegation|entourage))\b"
)
_COMPANION_NEEDS = ("accompan", "part", "joined", "attended", "present", "with", "among", "member")


def _companion_words(text: str) -> bool:
    """Whether the sentence says someone went along ("accompanied by", "took part")."""
    return may_hold(text, _COMPANION_NEEDS) and _COMPANION.search(text) is not None


# "Thursday it's on to Saginaw", "Then it was on to Kyoto", "Next stop: Busan": the journey's next leg,
# told without its traveller
_NEXT_LEG = re.compile(  # (read with .match at a sentence's start)
    r"(?:[\w,]+\s+){0,3}?(?:it['’]s|it is|it was|it will be|then|next)\s+(?:then\s+)?on\s*to\b"
    r"|(?:the\s+)?next stop\b|next (?:up|on (?:the|his|her|their) (?:itinerary|programme|program|schedule|agenda))\b"
    # "Kumasi was her next stop", "Tamale will be the last stop of the tour": a place, then what it was
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:was|is|will be|became|would be)\s+(?:his|her|their|the)\s+"
    r"(?:first|second|third|fourth|next|last|final)\s+(?:stop|destination|leg|port of call)\b"
    # "Scheduled stops include Sudbury and Wawa", "Her itinerary includes Lyon": the journey's places
    r"|(?:[\w'’-]+\s+){0,2}?(?:stops|itinerary|destinations)\b[^.;]{0,40}?\b(?:include|includes|included|are|were)\b",
    re.IGNORECASE,
)
# "arrived here", "left ... from the airport here", "planted a sapling in Raj Bhavan here": the
# dateline city
_ARRIVED_HERE = Caseless(
    r"\b(?:arrived|arrives|arriving|landed|lands|reached|left|leaving|visited|toured|stayed|spent|planted"
    r"|inaugurated|attended|addressed|was|were"
    # "met Prime Minister Raj Kumar here on Thursday": a deed done where the report is filed from
    r"|met|meets|held|holds|signed|signs|opened|opens|laid|lays|attends|addresses|visits|tours|delivered|delivers"
    r"|gave|gives)\b[^.;\"“”]{0,60}?\bhere\b"
)
_ARRIVED_HERE_NEEDS = ("here",)
# "TORONTO (AP) -- Pope John Paul II arrived Tuesday for a week of festivities": an arrival that names
# no place arrives where the report is filed from
_ARRIVED_BARE = Caseless(
    r"\b(?:arrived|arrives|landed|lands|touched down)\b(?![^.;,]{0,40}?\b(?:in|at|to|into|home|back|from|here|there)\b)"
)
_ARRIVED_BARE_NEEDS = ("arrive", "land", "touched")
