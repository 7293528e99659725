"""Whether a sentence tells a trip, whether that trip is made or planned, and which journeys the
report says were called off."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from timeline._regex import Caseless
from timeline.extract.cues import _ARRIVED_BARE, _ARRIVED_HERE, _FUTURE, _MODAL_BEFORE, _OPEN_START
from timeline.extract.places import _REGION_KINDS, _STOP_KINDS, _key, _kind_of
from timeline.extract.units import _journey_ends, _trip_kind, _Unit
from timeline.model import DateSpan, TripStatus

_MOVED = Caseless(
    r"\b(?:arrived|arrives|arriving|landed|lands|touched down|flew|flies|travell?ed|travels|went|headed"
    # "before flying to Cairns", "proceeded to Migori": the movement in its other forms
    r"|flying|heading|travell?ing|proceed(?:ed|s|ing)|drove|driving|sailed|sailing"
    r"|toured|tours|visited|visits|reached|reaches|stopped|spent|spends|left|leaves|departed"  # "spent two days in Kyoto"
    # "accompanied President Jane Roe to Gulu": a movement with the one accompanied
    r"|accompanied|accompanies|accompanying|accompany"
    # "crowds turned out to welcome the Queen to Welshpool", "the Queen's visit to Welshpool": the one welcomed
    # to a town, or whose visit to it is told, went there
    r"|(?:welcome|welcomed|welcoming|greet|greeted) (?:[\w'’.-]+ ){1,4}?to|s(?<=['’]s) (?:[\w-]+ ){0,2}?(?:visit|tour) to"
    # "made another campaign stop in Kingston", "will campaign for Tom Poe in Kingston", "will start her day
    # in Kingston": campaigning or a day told in a town puts the traveller there
    r"|(?:campaign|whistle-?stop) stops?|(?:made|makes|making|make) (?:a|an|another|his|her|their) (?:[\w-]+ ){0,2}?stops?"
    r"|campaign(?:ed|ing|s)? (?:for (?:[\w'’.-]+ ){1,4}?)?(?:in|across|through)"
    r"|(?:start|starts|started|starting|begin|begins|began|beginning|wrap up|wraps up|wrapped up|wrapping up)"
    r" (?:a|an|the|his|her|their) (?:[\w'’-]+ ){0,2}?day"
    # "is in Paris for talks", "During his stay in Paris": where the traveller is
    r"|(?:is|are|was|were) (?:now |currently |also )?(?:in|visiting|touring)|stay|stayed|stays|staying"
    # "has extended his visit to Lyon", "cut short her trip to Lyon": a journey lengthened or shortened is made
    r"|(?:extended|extends|extending|cut short|cuts short|curtailed|curtails) (?:his|her|their|the) (?:[\w-]+ )?(?:visit|trip|tour)"
    r"|(?:to|will|would|shall) (?:also |first |then )?(?:visit|travel to|fly to|go to|tour"
    # "is due to arrive shortly in Kitwe": an arrival ahead
    r"|arrive (?:shortly |soon |later )?in))\b"  # "are set to visit Middlesbrough"
)


# "has canceled a planned visit to Paris", "called off his trip": the journey is not made nor planned
_CANCELLED = Caseless(
    r"\b(?:cancell?(?:ed|ing|s)?|called off|calls off|calling off|postpone[ds]?|postponing|scrapped|scraps)\b"
    r"[^.;]{0,40}?\b(?:visit|trip|tour|journey|travel|vacation|stop|aerial survey)"
    # "Her visit to Japan, scheduled for March 20-22, has been postponed"
    r"|\b(?:visit|trip|tour|journey|travel)\b[^.;]{0,60}?\b(?:has been|have been|had been|was|were|is|are|been)"
    r" (?:cancell?ed|called off|postponed|scrapped|put off|shelved)\b"
    # "will no longer be visiting Guyana as planned"
    r"|\bno longer (?:be )?(?:visit|travel|tour|go|com)(?:ing|s|es)?\b"
    # a journey denied: "the trip isn't planned", "no plans for a visit", "did not include a trip to Lira"
    r"|\b(?:visit|trip|tour|journey)\b (?:is|was|are|were)(?:n['’]t| not) (?:planned|scheduled|happening|on)\b"
    r"|\bno plans? (?:for|to) (?:a |an |any )?(?:[\w-]+ ){0,2}?(?:visit|trip|tour|travel|go)"
    r"|\b(?:did|does|do)(?:n['’]t| not) include (?:a|any) (?:visit|trip|tour|stop)\b"
)


_CANCEL_NEEDS = ("ancel", "off", "postpone", "scrap", "shelved", "no longer", "n't", "not ", "no plan")  # one is in every _CANCELLED match


def _called_off(text: str) -> bool:
    return (
        any(w in text for w in _CANCEL_NEEDS)
        and _CANCELLED.search(text) is not None
    )


def _cancelled_places(units: Sequence[_Unit]) -> set[str]:
    """The places of journeys the report says were called off (they are no stop anywhere in it)."""
    out: set[str] = set()
    for unit in units:
        text = unit.sentence.text
        if any(w in text for w in _CANCEL_NEEDS) and _CANCELLED.search(
            text
        ):
            out.update(_key(r) for _, r, _ in unit.places)
    return out


# "The trip was scheduled to begin Saturday", "was due to fly to Lima": a plan told in the past, which in a
# report of that journey's calling off is the journey called off
_PLANNED_BEFORE = Caseless(
    r"\b(?:was|were|had been) (?:originally |initially |also )?(?:scheduled|due|set|slated|supposed|expected|planning)"
    r" to\b|\b(?:was|were) to (?:visit|travel|fly|go|leave|depart|attend|tour|begin|start|arrive)\b"
)

# "had been due to arrive in Paris on Thursday following a visit to Berlin": a leg before the plan, made
_LEG_MADE_BEFORE = Caseless(
    r"\b(?:following|after) (?:a|an|his|her|their) (?:[\w-]+ )?(?:visit|trip|tour|stop)\b"
)


def _called_off_journeys(units: Sequence[_Unit], trip_units: set[int]) -> bool:
    """Whether the sentences ``trip_units`` of a traveller tell only a journey the report says was called
    off: "has canceled his trip to Asia ... The trip was scheduled to begin Saturday"."""
    off = {u.index for u in units if _called_off(u.sentence.text)}
    return bool(off) and all(
        u.index in off
        or (_PLANNED_BEFORE.search(u.sentence.text) is not None and _LEG_MADE_BEFORE.search(u.sentence.text) is None)
        for u in units
        if u.index in trip_units
    )


# "leaves for the African Union summit", "departed for the UN General Assembly": a departure for a
# gathering that leaders travel to is a journey even where the report names no place
_LEFT_FOR_GATHERING = Caseless(
    r"\b(?:left|leaves|leave|leaving|departed|departs|depart|departing|set off|sets off|heads|headed|heading)"
    r" for (?:the |a |an |this year['’]s |next week['’]s )?(?:[\w'’.-]+ ){0,5}?"
    r"(?:summit|conference|forum|assembly|funeral|inauguration|coronation|olympics|olympic games)\b"
)


_MADE_A_VISIT = Caseless(
    r"\b(?:made|makes|paid|pays|paying|making) (?:a|an|his|her|their) (?:[\w-]+ ){0,2}visit\b"
)


# "was campaigning in three counties", "toured five provinces": places counted, not named
_COUNTED_PLACES = Caseless(
    r"\b(?:in|to|of|across|through|toured|visited|visits|visiting|touring)\s+(?:the\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+)?"
    r"(?:countries|nations|states|provinces|regions|counties|districts|cities|towns|prefectures|emirates)\b"
)


# "visited the province", "toured the state": the region the sentence names elsewhere, called back
# (a journey told as made: "will be visiting the country more frequently" is a habit ahead)
_REGION_VISITED_BACK = Caseless(
    r"\b(?:toured|visited|arrived in|flew to|travell?ed to|went to)\s+"
    r"the\s+(?:province|state|region|island|country|prefecture)\b"
)


# "toured damaged areas of the Upper Peninsula", "visited flood-hit communities": ground gone over,
# not a building in one's own town
_GROUND_VISITED = Caseless(
    r"\b(?:tour|toured|tours|touring|visit|visited|visits|visiting|inspect|inspected|inspects|inspecting)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:areas|communities|villages|towns|districts|regions|counties|provinces|settlements)\b"
)


# "held a rally in Gulu", "opened his campaign rally in Lira": the rally's own place (see _is_trip_sentence)
_RALLY_IN = Caseless(r"\b(?:held|holds|hold|holding|opened|opens|open|addressed|addresses|address|led|leads|lead)"
                     r" (?:a |an |the |his |her |their )?(?:[\w-]+ ){0,2}?rall(?:y|ies) (?:in|at)\b")


# "Mr Poe's trip has given him ...", "said that his visit will open ...", "the state visit by President Poe":
# the journey named as the traveller's own (not an earlier or a later one)
# (read where the sentence's trip word starts: "state visit", "trip", not "visited")
_OWN_JOURNEY_NOUN = re.compile(
    r"(?:(?:state|official|working|goodwill|research|inspection|study|fact-finding|field) )?"
    r"(?:visit|trip|tour|journey)s?\b(?!-| of duty)",
    re.IGNORECASE,
)
_POSSESSOR_BEFORE = re.compile(r"(?:\b(his|her|their)|([\w.-]+)['’]s?) (?:[\w-]+ ){0,2}?$", re.IGNORECASE)
_EARLIER_OR_LATER = Caseless(r"\b(?:last|previous|earlier|former|past|prior|recent|next|latest|other|second|third)\b")
_BY_AFTER = re.compile(r"\s+by\s+(?:[\w.'’-]+\s+){0,5}?", re.IGNORECASE)


def _own_journey_told(unit: _Unit) -> bool:
    """Whether the sentence names the subject's own journey by its noun, undated: "Mr Poe's trip has
    given him first-hand experience", "said that his visit will boost trade", "coincide with the state
    visit by President Poe to the Kingdom".  The journey is the traveller's even where the sentence
    names no place and no day (the report's other sentences, dateline or headline, say where)."""
    if unit.trip_word is None or unit.subject is None or unit.dates:
        return False
    text = unit.sentence.text
    at = unit.trip_word[1]
    noun = _OWN_JOURNEY_NOUN.match(text, at)
    if noun is None:
        return False
    person = unit.subject
    forms = [f for f in (person.name, *person.aliases) if len(f) > 2 and f[:1].isupper()]
    owner = _POSSESSOR_BEFORE.search(text, max(0, at - 60), at)
    if owner is not None:
        if _EARLIER_OR_LATER.search(owner.group()):
            return False  # "his last visit", "her next trip": another journey
        if owner.group(1) is not None:
            # "Ann Poe said that her visit ...": the pronoun is the subject's where the sentence names the
            # subject before it and no one else ("During his visit, Poe will meet Bako"; "thanked the
            # envoy for his visit")
            return (
                bool(unit.people)
                and all(p == person for p in unit.people)
                and any(0 <= text.find(form) < owner.start() for form in forms)
            )
        word = owner.group(2)
        return any(word in form.split() for form in forms)  # "Mr Poe's trip"
    by = _BY_AFTER.match(text, noun.end())
    if by is None:
        return False
    after = text[noun.end() : by.end() + 40]
    return any(form in after for form in forms)  # "the state visit by President Poe"


def _is_trip_sentence(unit: _Unit) -> bool:
    if unit.subject is None or _trip_kind(unit) is None:
        return False
    if _speaker_quotes_anothers_journey(unit):
        return False
    if _called_off(unit.sentence.text):
        return False  # "has canceled a planned visit to Paris": no journey
    governed = [p for p in unit.places if p[2]]  # (the unit's triples: no new tuple for each place)
    has_region = any(_kind_of(r, t) in _REGION_KINDS for t, r, _ in governed) or (
        _COUNTED_PLACES.search(unit.sentence.text) is not None
        or (bool(unit.dates) and _GROUND_VISITED.search(unit.sentence.text) is not None)
        # "Days after the typhoon battered Catanduanes, she visited the province": the region named before
        or (
            _REGION_VISITED_BACK.search(unit.sentence.text) is not None
            and bool(unit.places)
        )
    )
    has_range = any(isinstance(m.span, DateSpan) and m.span.days > 1 for m in unit.dates)
    journey = bool(_journey_ends(unit))
    # A visit to a company is a stop inside a trip; a trip names a region, a journey, or a date range.
    if has_region or has_range or (journey and bool(governed or unit.dates)) or (governed and unit.dates):
        return True
    if _MADE_A_VISIT.search(unit.sentence.text) and any(isinstance(m.span, DateSpan) for m in unit.dates):
        return True  # "made their first visit Wednesday to the Tohoku region": a dated visit made
    if governed and "rall" in unit.sentence.text and _RALLY_IN.search(unit.sentence.text):
        return True  # "opened his first rally in Rwampara District": a campaign rally held in a named place
    if _LEFT_FOR_GATHERING.search(unit.sentence.text):
        return True  # "left for the African Union summit on Friday": a journey, though no place is named
    if _own_journey_told(unit):
        return True  # "Mr Poe's trip has given him first-hand experience": the traveller's own journey
    # "He landed in Baton Rouge", "flew to Jaipur": a movement to a named town is a trip, dated or not
    return _MOVED.search(unit.sentence.text) is not None and (
        any(_kind_of(r, t) in _STOP_KINDS for t, r, _ in governed)
        or _ARRIVED_HERE.search(unit.sentence.text) is not None  # "arrived here": the dateline city
        # "arrived Tuesday for a week of festivities": a dated arrival that names no place (it is the
        # dateline's, if the report has one)
        or (bool(unit.dates) and not governed and _ARRIVED_BARE.search(unit.sentence.text) is not None)
    )


def _speaker_quotes_anothers_journey(unit: _Unit) -> bool:
    """ 'Added Flosse: "Before going on vacation to Canada, Jacques Chirac sent me a letter"': the trip
    word lies inside a quotation that names someone else, so the one quoted is no traveller of it."""
    text = unit.sentence.text
    if unit.trip_word is None or unit.subject is None or not ('"' in text or "“" in text):
        return False
    at = unit.trip_word[1]
    opened = max(text.rfind('"', 0, at), text.rfind("“", 0, at))
    if opened <= 0 or (text.count('"', 0, at) + text.count("“", 0, at) + text.count("”", 0, at)) % 2 == 0:
        return False  # the trip word is not inside a quotation opened after the sentence's start
    speaker = unit.subject
    if not any(form in text[:opened] for form in (speaker.name, *speaker.aliases) if len(form) > 2):
        return False  # the quotation is not set off after the subject's name
    quoted = text[opened:]
    return any(
        p != speaker and any(form in quoted for form in (p.name, *p.aliases) if len(form) > 2 and form[:1].isupper())
        for p in unit.people
    )


def _status(unit: _Unit, anchor: dt.date | None) -> TripStatus:
    found = _trip_kind(unit)
    text = unit.sentence.text
    before = text[: found[1]] if found else text
    # ("is going to Tete for a state visit": a movement under way, not "going to" a deed ahead)
    future = next((m for m in _FUTURE.finditer(before) if not _going_to_a_place(m, text)), None)
    # "arrives this morning in Algiers, where he will meet ..., on the first stage of a trip": the
    # arrival, told before any "will", makes the journey one under way
    # (read in the whole sentence: "welcomed the forthcoming arrival" looks past the future word)
    if future and not ((opening := _OPEN_START.search(text)) is not None and opening.end() <= future.start()):
        return TripStatus.PLANNED
    if found and _MODAL_BEFORE.search(before):
        return TripStatus.PLANNED
    # ("a four-day visit to Japan that ends on Thursday": a journey under way, its end ahead)
    spans = [
        m.span
        for m in unit.dates
        if isinstance(m.span, DateSpan) and not _END_BEFORE.search(text, 0, m.evidence.start - unit.sentence.start)
    ]
    if anchor is not None and spans and min(s.start for s in spans) > anchor:
        return TripStatus.PLANNED
    return TripStatus.MADE


def _going_to_a_place(future: re.Match[str], text: str) -> bool:
    """Whether a future's "going to" is followed by a name: a movement, not a deed ahead."""
    return future.group().lower().endswith("going to") and text[future.end() :].lstrip()[:1].isupper()


# the words before a day that ends a journey: "that ends on Thursday", "until Friday"
_END_BEFORE = Caseless(
    r"\b(?:ends|end|ending|concludes|conclude|concluding|closes|close|wraps up|until|till|through)\s+(?:on\s+)?$"
)
