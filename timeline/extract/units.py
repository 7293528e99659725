"""Sentence units: each sentence of the body or a caption with its people, dates, places and trip
word, and who it is about (the subject; a pronoun or "the visit" pointing back; the guest a host
receives or meets)."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Sequence

import attrs
from attrs import field, frozen

from gazetteer import Toponym
from gazetteer.model import PlaceKind, PlaceRef, Resolved
from timeline._regex import Caseless, may_hold
from timeline._sentences import Sentence, split_sentences
from timeline.article import Article, ParagraphKind
from timeline.extract.cues import _FUTURE, _NEXT_LEG
from timeline.extract.governed import _governed
from timeline.extract.places import _is_place_mention, _kind_of, _Spans
from timeline.extract.roster import speakers
from timeline.extract.trip_words import (
    _DEED,
    _JOURNEY_NEEDS,
    _JOURNEY_WORDS,
    _TRIP_TRIGGER,
    _strongest_trip_word,
)
from timeline.model import Dateline, DateMention, DateSpan, Evidence, Person, Precision, TripKind, Unknown
from timeline.people import Roster, is_head
from timeline.people.names import _SPOUSE_STYLES
from timeline.temporal import NO_ANCHOR

_PROGRAMME_LINE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"(?:,?\s+\d{4})?\s*[–—:-]\s+[a-z]"
)
_ATTRIBUTED = Caseless(r"\baccording to\b[^.;]{0,38}$")
# "According to a programme released by Permanent Secretary Dr. Ann Poe, President Roe will arrive ...": the
# source named in the opening clause, before its comma, however long the clause
_ATTRIBUTED_CLAUSE = Caseless(r"\baccording to\b[^;,\n]{0,140}$")
_HE_OR_SHE = Caseless(r"\b(?:he|she)\b")
# "I travelled to Madrid", "On 9 May, I visited Moscow", "I will also travel": a speaker telling a deed
_I_SUBJECT = re.compile(
    r"(?<![\w'’-])I(?:\s+(?:also|then|will|shall|have|had|was|am|would|did|just|recently|subsequently|later))*"
    r"\s+(?=[a-z])"
)
# "The last time she visited the city was during a 1953 tour": an earlier journey, with or without
# the report's own date to compare the year with
_HISTORY_BEFORE = Caseless(
    r"\b(?:the last time|last visited|previously visited|first time since"
    # "His previous state visit to Bhutan came in June 2014", "her last official trip": an earlier journey
    r"|(?:last|previous|earlier) (?:[\w-]+ ){0,2}?(?:visit|trip|tour|journey)"
    # "His first official visit was in January": the first of them, told as past
    r"|(?:his|her|their) first (?:[\w-]+ ){0,2}?(?:visit|trip|tour|journey)\b[^.;!?,]{0,60}? (?:was|came))"
    r"\b[^.;!?,]*$"
)
# "after he assumed office as Chief Minister on May 7", "since being sworn in on": the day of
# another event than the journey (an office taken, a birth, a death, an election)
_OTHER_EVENT_BEFORE = Caseless(
    r"\b(?:(?:assumed|assumes|assuming|took|takes|taking|take) (?:the )?(?:office|power|charge|oath)"
    r"|(?:sworn|swore) in|(?:was|were|been|being|got) (?:re-?)?elected|came to power|coming to power"
    r"|was born|were born|died|passed away)\b(?: as [^.;!?,]{0,60}?)?\s+(?:on|in)?\s*$"
)
# "the Jan. 1 earthquake", "the May 12 quake": a day naming a disaster dates it, not a journey (read
# right after a day)
_DISASTER_AFTER = re.compile(
    r"\s+(?:[\w.]+-[\w-]+\s+|(?:deadly|massive|devastating|powerful|terror|terrorist)\s+)?(?:earthquakes?|quakes?|tsunamis?|floods?|flooding|storms?|typhoons?|cyclones?"
    r"|hurricanes?|tornado(?:e?s)?|landslides?|mudslides?|wildfires?|bushfires?|fires?|blasts?|explosions?|bombings?"
    r"|attacks?|disasters?|eruptions?)\b",
    re.IGNORECASE,
)
_DISASTER_NEEDS = ("quake", "tsunami", "flood", "storm", "typhoon", "cyclone", "hurricane", "tornado", "slide", "fire",
                   "blast", "explosion", "bombing", "attack", "disaster", "eruption")
# "At the invitation of President Ann Poe,", "As per the direction of Prime Minister Ann Poe,": the one
# who invited or sent the traveller (read in a small window)
_INVITER_BEFORE = re.compile(
    r"\b(?:(?:at|on|upon|under) the (?:invitation|request|behest|directions?|instructions?|orders?) of"
    r"|(?:as )?per the (?:directions?|instructions?|orders?) of|on behalf of|(?:invited|sent|directed) by"
    # "As a guest of President Ann Poe, Jane Roe will be in Ruritania": the host
    r"|as (?:a|the) (?:[\w-]+ )?guests? of)"
    r"\s+(?:[\w.'’-]+\s+){0,6}$",
    re.IGNORECASE,
)
_OBJECT_BEFORE = Caseless(r"\b(?:with|to|by|for|met|meet|meets|and|visited|visits|visit|visiting)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}$")
# between the two names of a pair ("King Tomas and Queen Ama"): "and", and a title or two
_PAIR_LINK = re.compile(r"\s+and\s+(?:[A-Z][\w.-]*\s+){0,2}$")
# "a state visit by a foreign leader": its traveller told by a common noun, not named
_BY_SOMEONE_AFTER = re.compile(r"\s+by\s+an?\s+[a-z]")
_INVITATION_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?invitation\b")
_POSSESSIVE_BEFORE_TRIP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}$")
# "the state visit by President Jane Roe": one journey named before its traveller, whose name and office
# follow "by" (not "his visit by visiting the Carter Center"; "trips by Jane Roe to Riga and ..." list
# others' journeys)
_TRIP_BY_BEFORE = re.compile(
    r"\b(?i:visit|trip|tour|journey|arrival)\s+(?:here\s+|to\s+[A-Z][\w'’-]*\s+)?by\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of)\s+){0,5}$"
)
# "Ann Poe told reporters that Jane Roe would travel to Lyon": the reported clause's subject travels
_SAID_THAT_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?[\w-]+|announced|confirmed|added|stated)\s+(?:on\s+[A-Z][a-z]+\s+)?"
    r"that\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,7}$"
)
# "Ann Poe said the secretary would also stop in Amman": the reported clause without its "that" (its
# subject then followed by its verb: see _CLAUSE_VERB_AFTER)
_SAID_BARE_BEFORE = re.compile(
    r"\b(?:said|says|told\s+reporters|announced|confirmed|added)\s+(?:on\s+[A-Z][a-z]+\s+)?"
    r"(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of)\s+){0,6}$"
)
# ", Vice Minister Ann Poe said.", "..." Ann Poe told reporters last week.": the speaker named after
# what is reported, the sentence ending on the speech word and a few words more (see _reported_by)
_TRAILING_ATTRIBUTION = re.compile(
    r"(?:[ -]?[A-Z][\w'’.-]*)*(?:,[^,.;]{1,80},)?\s+(?:said|says|told|added|noted|stated|explained|recalled)\b(?:\s+[\w'’-]+){0,4}"
    r"\s*[.!?\"”]*\s*$"
)
# "confirmed the Presidential visit to Choma", "ahead of the papal visit": the visit of the office the
# adjective names, not of the sentence's subject where the subject holds no such office
_OFFICE_VISIT_BEFORE = re.compile(
    r"\b(?:the|a|this|next\s+week['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s"
    r"|Saturday['’]s|Sunday['’]s)\s+(?P<office>[Pp]residential|[Rr]oyal|[Pp]apal|[Ii]mperial|[Vv]ice[- ][Pp]residential)"
    r"\s+(?:[\w-]+\s+)?$"
)
# "Minister Ann Poe confirmed the Presidential visit in Kabwe today": the town the speaker spoke in,
# a speech word before the visit and "in" after it ("the visit to Kabwe" is where it goes)
_TOLD_BEFORE_OFFICE_VISIT = re.compile(
    r"\b(?:confirmed|confirms|announced|announces|disclosed|discloses|revealed|reveals)\s+$", re.IGNORECASE
)
_IN_A_PLACE_AFTER = re.compile(r"\s+in\s+[A-Z]")
_OFFICE_OF_ADJECTIVE = {
    "presidential": ("President",), "royal": ("King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Earl", "Countess"),
    "papal": ("Pope",), "imperial": ("Emperor", "Empress"), "vice-presidential": ("Vice President",),
    "vice presidential": ("Vice President",),
}  # fmt: skip
# "during his visit", "on their trip": the journey of the one named in the sentence
_OWN_TRIP_BEFORE = re.compile(r"\b(?:his|her|their|my|our|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Ann Poe said the President will inspect dams": the reported clause's subject, an office named with
# "the", makes the journey, not the one who speaks of it
_SAID_THE_OFFICE_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?[\w-]+|added|stated|announced)\s+(?:that\s+)?the\s+"
    r"(?:[A-Z][\w-]*\s+){1,4}(?:will|would|is|was|shall|should|could|may|might)\b[^.;\"“”]{0,60}$"
)
# "Ann Poe said that although the secretary visits Riga every year, ...", "Ann Poe told reporters the
# minister toured a base": an office in lower case as the reported clause's subject, its journey verb
# next (the speaker does not call herself by an office)
_SAID_THE_OFFICE_DEED_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?[\w-]+|added|stated|announced|explained|noted)\s+(?:that\s+)?"
    r"(?:(?:although|though|while|since|because|as|when|if|once)\s+)?the\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<office>secretary|minister|president|premier|governor|chancellor|mayor|king|queen|prince|princess"
    r"|pope|pontiff|monarch|emperor|leader|chief|envoy|senator|ambassador)\s+"
    r"(?:(?:will|would|shall|should|could|may|might|is|was|has|had|also|then|later|first)\s+){0,2}$"
)
# "Jane Roe said in Nairobi that the trip would boost trade": the journey the report tells, not the
# speaker's (the trip word right after the reported clause's "that the")
_SAID_THAT_THE_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?[\w-]+|added|stated)\s+(?:(?:in|at|on)\s+[A-Z][\w'’-]*\s+){0,2}"
    r"(?P<that>that\s+)?(?:the|this)\s+(?:[\w-]+\s+)?$"
)
# (the trip word the reported clause's subject, its verb next: "that the trip would", not "that the
# visit to Lima would")
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:would|will|was|is|has|had|could|should|may|might|can|had)\b")
# "met Jane Roe, who is on a state visit,": a relative clause that makes its person the one travelling
_WHO_TRAVELS_AFTER = re.compile(
    r",\s+who\s+(?:(?:is|was|has been|had been|will be)\s+(?:on|visiting|touring|making|paying|in\s+[A-Z])"
    r"|arrived|arrives|landed|lands|flew|began|begins|started|starts)\b"
    # "met Prime Minister Jane Roe, visiting Ghana for the first time, in Accra": a participle of hers
    r"|,\s+(?:visiting|touring)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# "was joined by", "was welcomed by": the person named next is the host or the companion
_AGENT_BEFORE = Caseless(
    r"\b(?:was|were|is|are|been|being) (?:\w+ )?(?:joined|accompanied|welcomed|received|greeted|hosted|met|"
    # ("They were greeted at the airport by officials, including ... Ambassador Jane Roe": a list of hosts)
    r"seen off|invited)(?: (?:at|in|on|upon) [\w'’ -]{1,40}?)? by (?:[^.;!?]{0,250})$"
    # "The royals received a warm welcome from King Tomas as they arrived": the one welcoming hosts
    r"|\b(?:received|receives|receiving|was given|were given|got) (?:a |an )?(?:[\w'’-]+ ){0,2}?"
    r"(?:welcome|greeting|reception) from (?:[^.;!?]{0,60})$"
)
# Where the speech words of _SAID_BEFORE end, found once per report (a date is checked only near one).
_SPEECH_WORD = Caseless(
    r"\b(?:said|says|told|announced|stated|added|noted|confirmed|reported|tweeted|wrote)\b"
)
_SPEECH_NEEDS = (
    "said",
    "says",
    "told",
    "announced",
    "stated",
    "added",
    "noted",
    "confirmed",
    "reported",
    "tweeted",
    "wrote",
)


def _said_near(ends: Sequence[int], at: int) -> bool:
    """Whether a speech word ends within the 40 characters before ``at``."""
    i = bisect.bisect_right(ends, at)
    return i > 0 and at - ends[i - 1] <= 40


# "the regional boss said on Tuesday that ...": the day of the words, not of the journey
_SAID_BEFORE = Caseless(
    r"\b(?:said|says|told (?:\w+ ){0,2}|announced|stated|added|noted|confirmed|reported|tweeted|wrote)"
    r"(?:\s+(?:in|on|at) (?:a|an|the|its|his|her) [\w-]+)?\s+$"  # "said in a statement today"
)
# what may stand between a scene-setting phrase and the name that follows it: ", Prince "
_NAMED_NEXT = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){0,6}$")
# "visiting Kenyan President": the one named next is the visitor
_VISITING_BEFORE = re.compile(r"\b[Vv]isiting\s+(?:(?:[A-Z][\w.'’-]*|of)\s+){0,6}$")  # ("visiting Secretary of State Jane Roe")
# "Governor Jane Roe accompanied President Ann Poe on a tour of Kisumu": the one taken on the tour travels
_TAKEN_BEFORE = re.compile(
    r"\b(?:accompanied|accompanies|accompany|accompanying|escorted|escorts|took|takes|joined|joins|guided|guides)\s+"
    r"(?:(?:[A-Z][\w.'’-]*|of)\s+){0,6}$"
)
_ON_A_TOUR_AFTER = re.compile(
    r",?\s+on\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:tour|visit|trip|walkabout|journey)\b"
    # ("Ann Poe accompanied President Jane Roe to Gulu")
    r"|\s+to\s+(?:the\s+)?[A-Z]"
)
# a sentence opening on "he" or "she" (after a scene-setting phrase)
_PRONOUN_OPENING = re.compile(
    # ("After arriving in Sendai, the capital of Miyagi, the couple": an apposition set off in the opening)
    r"[\"“]?(?:(?:On|In|At|During|While|After|Later|Then)\b[^,.]{0,60}?(?:,\s+the\s+[^,.]{1,40}?)?,?\s+)?(?:[Hh]e|[Ss]he|[Tt]hey"
    # ("The delegation will stop in Hualien": the party of the one travelling, not the host last named)
    r"|[Tt]he (?:delegation|group|entourage|party|visitors?|guests?|(?:royal |imperial )?couple))\b"
)
# a deed done over a link: "by video link", "virtually", "remotely"
# every _BY_LINK match holds one of these (in lower case): a cheap test before the scan
_BY_LINK_NEEDS = ("video", "satellite", "virtually", "remotely")
_BY_LINK = Caseless(
    r"\b(?:by|via|over) (?:a )?(?:video|videolink|video link|video conference|videoconference|satellite)\b"
    r"|\bvirtually\b|\bremotely\b|\bin a video (?:message|address)\b"
)
# talks held at a distance: nobody travels
_AT_A_DISTANCE = Caseless(
    r"\b(?:phone|telephone|call|calls|video|virtual|virtually|online|letter|message|teleconference|remotely)\b"
)
# a welcome verb right before the one it welcomes, with the office between ("welcomed President X")
_WELCOMED_BEFORE = Caseless(
    r"\b(?:welcomed|welcomes|greeted|greets|cheered|cheer|welcome|greet|received|receives|hosted|hosts|host"
    r"|hosting)\s+"
    r"(?!by\s)(?:the\s+)?(?:[\w.'’-]+\s+){0,5}$"  # ("a dinner hosted by President X": X is the host)
)
# Who a sentence is about when it names nobody first: "He ...", "On Thursday he ...", "The visit ...".
_ANAPHOR = re.compile(
    r"^[\"“]?(?:(?:On|In|At|During|While|After|Later|Then|That)\b[^,.]{0,60}?(?:,\s+the\s+[^,.]{1,40}?)?,?\s+)?"
    # ("The July 6-8 visit will ...", not "The last county visit ...": an earlier one)
    # ("The Kembara Kenali Borneo tour": a tour's own name before the word)
    r"(?:he|she|they|his|her|the (?!(?:last|previous|earlier|first|next|latest)\b)(?:[\w-]+ ){0,3}(?:visit|trip|tour|journey)"
    r"|the (?:inspection|couple|two leaders|convoy|motorcade|delegation|group"
    r"|entourage|royal couple|imperial couple)|this (?:visit|trip|tour|journey)"
    # "The busy royals", "the royal visitors", "the visiting head of state": the party described
    r"|the (?:(?-i:[a-z])[\w-]* ){1,2}?(?:couple|pair|royals|visitors|guests|convoy|motorcade|delegation|entourage)"
    r"|the (?:couple|pair|royals|visitors|guests)|the visiting (?:(?-i:[a-z])[\w-]* ){0,2}?(?:head of state|head of government"
    r"|dignitary|dignitaries|leader|leaders|president|premier|prime minister|monarch|king|queen|royals|guests?)"
    # "The rest of the royal tour was taken up with ... in nearby Lisburn"
    r"|the (?:rest|remainder|next leg|last leg|final leg|second leg|first leg) of (?:the|his|her|their)"
    r" (?:[\w-]+ )?(?:visit|trip|tour|journey)"
    # "Other locations visited include ...", "Her itinerary also takes in ...": the journey's places
    r"|(?:other |further |more |the )?(?:locations|places|sites|stops|destinations|venues) (?:visited|toured"
    r"|on (?:the|his|her|their) (?:itinerary|programme|program|schedule))"
    r"|(?:the|his|her|their) (?:itinerary|programme|program|schedule))\b",
    re.IGNORECASE,
)


# a line telling a journey's day still ahead ("will return to Accra on", "is expected to arrive")
_AHEAD_LINE = re.compile(
    r"\b(?:will|(?:is|are) (?:expected|scheduled|due|set) to)\s+(?:return|be back|arrive|leave|depart|travel|fly)\b",
    re.IGNORECASE,
)


@frozen
class _Unit:
    """A sentence of the body or a caption, with what was found in it."""

    sentence: Sentence
    caption: bool
    index: int
    subject: Person | None
    people: tuple[Person, ...]
    dates: tuple[DateMention, ...]
    places: tuple[tuple[Toponym, PlaceRef, bool], ...]  # (mention, resolution, governed by a travel cue)
    trip_word: tuple[TripKind, int, int] | None  # see _strongest_trip_word (None without a subject)
    # others the sentence names as making the same journey, each on their own ("Presidents Ann Poe and
    # Tom Bako arrived"): travellers, not the subject's companions (see _fellow_travellers)
    fellows: tuple[Person, ...] = ()
    # what the later steps read of the whole sentence, read once (see _journey_ends): the stop filler
    # and the span rules read a sentence again for each trip it is part of
    scans: dict[str, object] = field(factory=dict, eq=False, repr=False)


def _journey_ends(unit: _Unit) -> list[int]:
    """Where each journey word of the unit's sentence ends (:data:`_JOURNEY_WORDS`), in text order.

    Read once for each sentence (a sentence hundreds of KB long was scanned once per trip and
    step); empty when the sentence has none, as ``_JOURNEY_WORDS.search`` then finds none.
    """
    ends = unit.scans.get("journey")
    if ends is None:
        text = unit.sentence.text
        found = _JOURNEY_WORDS.finditer(text) if may_hold(text, _JOURNEY_NEEDS) else ()
        ends = unit.scans["journey"] = [m.end() for m in found]
    assert isinstance(ends, list)
    return ends


def _is_background(mention: DateMention, anchor: dt.date | None, own_days: bool = False) -> bool:
    """A year, decade or century wholly before the report's own year dates history, not the trip.

    "Sun Yat-sen (1866-1925)", "last visited the city in 2015", "hit by last year's drought"; and a
    month over two months before the report's day.  A report with no day of its own that tells its
    journey in days counted from that day (``own_days``: "on Thursday", "yesterday") gives a bare
    year only to history: "the Queen's 1953 visit".
    """
    span = mention.span
    if not isinstance(span, DateSpan):
        return False
    if anchor is None:
        return own_days and span.precision in (Precision.YEAR, Precision.DECADE)
    if span.precision is Precision.MONTH:
        # "in July, he flew to Washington" in a January report: a month long past is history too
        return (anchor - span.end).days > 60
    if span.precision in (Precision.YEAR, Precision.DECADE) and span.start.year > anchor.year + _FAR_AHEAD:
        return True  # "Agenda 2063", "the Vision 2047 document": a plan's name, no journey's date
    return span.precision in (Precision.YEAR, Precision.DECADE) and span.end.year < anchor.year


_FAR_AHEAD = 5  # years: no journey is told that far ahead of its report


# "King Abdullah II on Wednesday received Oman Sultan Haitham ... at the start of his state visit":
# the host receives, the guest travels
_HOST_VERB = Caseless(
    r"\b(?:received|receives|welcomed|welcomes|greeted|greets|hosted|hosts|host|hosting"
    # "will welcome Prime Minister X to Australia", "laid out the red carpet for X", "after seeing off X":
    # the host's deeds toward the one who came
    r"|(?:will|would|shall) (?:welcome|receive|greet)|(?:laid|lays|lay|laying|rolled|rolls|roll|rolling) out the red carpet for"
    r"|(?:saw|sees|see|seeing) off)\b"
)


# "... welcomed him at Entebbe", "received them at the airport": the one received is the traveller
# last told of (the host named, the guest a pronoun)
_HOSTED_THEM = Caseless(
    r"\b(?:received|receives|welcomed|welcomes|greeted|greets|hosted|hosts|host|accompanied|escorted|met)\s+"
    # ("welcomed the high-ranking guest at the Dushanbe International Airport")
    r"(?:him|her|them|the\s+(?:[\w-]+\s+){0,2}?(?:guests?|visitors?))\s+(?:at|in|on arrival|upon arrival|to)\b"
)


# those named are of the traveller's party (see _COMPANION)
_IN_THE_PARTY = Caseless(
    r"\b(?:(?:is|are|was|were|will be) (?:also )?(?:among|part of|members? of) (?:the|his|her|their)"
    r" (?:[\w-]+ ){0,2}(?:delegation|entourage|party)"
    # ("Also in the delegation, Foreign Minister Ann Poe toured a factory")
    r"|also (?:in|with) (?:the|his|her|their) (?:[\w-]+ ){0,2}(?:delegation|entourage))\b"
)
# "The FIFA boss is leading a delegation that includes CAF President Ann Poe": those named after it go
# with the one leading it (where the sentence names no one before it: not "Roe's delegation includes")
_PARTY_INCLUDES = Caseless(
    r"\b(?:delegation|entourage) (?:that |which )?(?:includes|included|including|comprising|comprises|comprised)\b"
)
_IN_THE_PARTY_NEEDS = ("delegation", "entourage", "party")  # every _IN_THE_PARTY match holds one
# "accompanied by Foreign Minister Ann Poe": those named after it go with the subject, in the subject's party
_ACCOMPANIED_BY = re.compile(
    r"\b(?:[Aa]ccompanied by|[Jj]oined by|[Aa]ccompanying (?:him|her|them)|[Aa]long with|[Tt]ogether with)\s"
)
_ACCOMPANIED_NEEDS = ("ccompan", "oined by", "long with", "ogether with")


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
# days told from the moment of speaking: in a quotation, the speaker's, not the report's
_DEICTIC = re.compile(
    r"(?:(?:on|from|by|until)\s+)?(?:today|tonight|tomorrow|yesterday|now|this (?:morning|afternoon|evening|week))",
    re.IGNORECASE,
)


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quoted stretches of ``text[start:end]``: words someone said, not what the report tells."""
    return (
        [m.span() for m in _QUOTED.finditer(text, start, end)]
        if ('"' in text[start:end] or "“" in text[start:end])
        else []
    )


_OWNER = re.compile(
    # ("King Charles' younger sister": the apostrophe alone after a name ending in s)
    r"(?:['’]s|(?<=s)['’])\s+(?:[a-z]+\s+)?(?:opponent|rival|wife|husband|spouse|son|daughter|counterpart|envoy"
    r"|deputy|sister|brother|mother|father|widow|niece|nephew|grandson|granddaughter|spokesman|spokeswoman"
    r"|spokesperson)\b"
)


def _reported_by(
    text: str,
    lo: int,
    hi: int,
    trip_word: tuple[TripKind, int, int],
    subject: Person,
    people: Sequence[Person],
    starts: Sequence[int],
    names: Sequence[tuple[int, int]],
) -> tuple[tuple[TripKind, int, int] | None, Person]:
    """The trip word and subject of a sentence whose subject, not the report's traveller, only
    reports the journey the report is about.

    "Talks will be held during the state visit, Vice Minister Ann Poe said.": the speaker, named after
    what is reported, makes no journey of it (not "During her visit, Ann Poe said ...", hers). "Ann Poe
    said the President will inspect dams": the office reported on travels, not the speaker (the
    sentence's place and day are the speaker's, so it is no sentence of the traveller's either).
    """
    at = lo + trip_word[1]
    if subject in people:
        named = starts[people.index(subject)]
        if (
            at < named
            and _TRAILING_ATTRIBUTION.match(text, _name_end(names, named), hi)
            and not _OWN_TRIP_BEFORE.search(text, max(lo, at - 40), at)
        ):
            return None, subject
    if _SAID_THE_OFFICE_BEFORE.search(text, max(lo, at - 120), at) is not None:
        return None, subject
    return trip_word, subject


def _holds(person: Person, offices: Sequence[str]) -> bool:
    """Whether the person's title holds one of the offices ("President" of "Kenyan President")."""
    # ("President" is not a vice president's office)
    return person.title is not None and any(
        re.search(rf"(?<!Vice )(?<!Vice-)\b{o}\b", person.title.name) is not None for o in offices
    )


def _name_end(names: Sequence[tuple[int, int]], start: int) -> int:
    """Where the name that starts at ``start`` ends."""
    at = bisect.bisect_left(names, (start, -1))
    return names[at][1] if at < len(names) and names[at][0] == start else start


_PARTICIPLE_OPENING = re.compile(
    r"(?:[^\n]{0,80}?(?:--|—|–|\s-)\s+)?"  # (after the dateline, in a lead)
    r"(?:(?:As well as|After|Before|Besides|While|Following|Apart from|In addition to)\s+[a-z]+ing\b"
    # "Prior to the summit with Ann Poe, Jane Roe plans to meet ...": a phrase set before the subject,
    # naming the one met; the one after the comma is the subject
    r"|(?:Prior to|Ahead of|After|Before|Following|Besides|Apart from|In addition to)\s+(?:the|a|an|his|her|their)\s"
    # "Accompanied by Foreign Minister Ann Poe, Prime Minister Jane Roe visited": the one after the comma
    r"|(?:Accompanied|Escorted|Joined|Flanked|Welcomed|Greeted|Received|Hosted) by\b)[^,;]{0,80},\s+"
)
_CLAUSE_SUBJECT_REACH = 40  # the subject after an opening phrase: its office's words at most before its name
_MET_NEEDS = (" met", " meets", "talks", "talked", "conferred")  # (the words _MET needs)
# ("held talks with", "conferred with": a meeting too)
_MET = Caseless(
    r"\b(?:met|meets|(?:held|holds|hold|holding) (?:[\w-]+ )?talks|talked|conferred)\s+(?:with\s+)?"
    r"(?:[\w'’.-]+\s+){0,5}$"
)


def _foreign_guest(
    text: str,
    sentence: Sentence,
    host: Person,
    people: Sequence[Person],
    starts: Sequence[int],
    roster: Roster,
    places: Sequence[tuple[Toponym, PlaceRef]],
) -> Person | None:
    """The one met, from abroad, where the sentence places the meeting: the one travelling.

    "President Xi Jinping met Cambodian Prime Minister Hun Manet in Beijing on Friday": the report
    gives Hun Manet another country than Beijing's, and Xi none that differs from it.
    """
    at = starts[people.index(host)]
    for guest, guest_at in zip(people, starts, strict=True):
        if guest_at <= at or guest == host:
            continue
        # "met" and then only the guest's office and nationality before the name
        if not _MET.search(text, max(at, guest_at - 80), guest_at):
            return None
        home = roster.countries.get(guest.name, "")
        host_home = roster.countries.get(host.name, "")
        where = {
            r.place.country
            for t, r in places
            # (where they met is told right after the one met: "met Hun Manet in Beijing")
            if guest_at < t.start < min(sentence.end, guest_at + 80)
            and not _CLAUSE_BREAK.search(text, guest_at, t.start)
            and isinstance(r, Resolved)
            and r.place.country
        }
        if home and len(where) == 1 and home not in where and host_home in ("", *where):
            return guest
        return None
    return None


# "President Ann Poe and Kenyan President Jane Roe toured Kumasi": a second subject joined by "and"
# (read from the first subject's mention: only capitalised words, the office's and the name's, before "and")
_AND_THEN_NAMED = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,8}and\s+(?:(?:his|her|the|visiting)\s+)*(?:(?:[A-Z][\w.'’-]*|of)\s+){0,5}$"
)


def _joint_guest(
    text: str,
    sentence: Sentence,
    first: Person,
    people: Sequence[Person],
    starts: Sequence[int],
    roster: Roster,
    places: Sequence[tuple[Toponym, PlaceRef]],
) -> Person | None:
    """Of two subjects joined by "and", the one from abroad where the sentence places them.

    "Ghanaian President Ann Poe and Kenyan President Jane Roe toured Kumasi": the report gives Poe
    Kumasi's country and Roe another: Roe travels.
    """
    at = starts[people.index(first)]
    later = [(p, s) for p, s in zip(people, starts, strict=True) if s > at and p != first]
    if not later:
        return None
    second, second_at = later[0]
    if not _AND_THEN_NAMED.match(text, at, second_at):
        return None
    # "Queen Letizia and King Felipe visited Cieza": the king is the monarch, the queen his consort
    if first.title is not None and second.title is not None and (first.title.name, second.title.name) == (
        "Queen",
        "King",
    ):
        return second
    # "Gatineau Mayor Jane Roe and Governor General Ann Poe toured Gatineau": the office of the place
    # toured is its host's
    seat = next((m.origin for m in roster.mentions if m.origin and roster.who(m.name) == first), "")
    if seat and not any(m.origin == seat for m in roster.mentions if roster.who(m.name) == second) and any(
        t.name == seat or t.text == seat for t, _ in places if second_at < t.start < sentence.end
    ):
        return second
    home, guest_home = roster.countries.get(first.name, ""), roster.countries.get(second.name, "")
    where = {
        r.place.country
        for t, r in places
        if second_at < t.start < sentence.end and isinstance(r, Resolved) and r.place.country
    }
    if home and guest_home and home != guest_home and where == {home}:
        return second
    return None


# the subject's verb, right after the name, hosting or meeting the party from abroad (see _sentence_units)
_HOSTS_THE_PARTY = re.compile(
    r"(?:,[^,.;]{3,80},)?\s+(?:(?:also|later|then|on\s+\w+day|\w+ly)\s+)?"
    r"(?:(?:hosted|hosts|hosting|gave|gives|threw|throws|held|holds|offered|offers)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}"
    r"(?:dinner|banquet|luncheon|lunch|reception|breakfast)\s+(?:for|in\s+honou?r\s+of)"
    r"|(?:met|meets|received|receives|welcomed|welcomes|greeted|greets|hosted|hosts))"
    r"\s+the\s+(?:visiting\s+)?(?:[\w-]+\s+){0,2}(?:delegation|guests?|visitors?|entourage)\b",
    re.IGNORECASE,
)
_HOSTS_THE_PARTY_NEEDS = ("delegation", "guest", "visitor", "entourage")


# ", who is in Nairobi for medical treatment,": an aside on where the one named is, set between commas
_WHO_IS_IN_ASIDE = re.compile(
    r",\s+who\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:currently\s+|now\s+|still\s+)?in\s+"
    # (told with its purpose, not "who is in Nairobi for a state visit": the journey itself)
    r"[A-Z][^,;.]{0,40}?\s+for\s+(?:(?!\b(?:visit|trip|tour|journey|talks|summit)\b)[^,;.]){1,60},"
)


_BY_BEFORE = Caseless(r"\bby\s+(?:[\w.-]+\s+){0,4}$")
_VISIT_OF_BEFORE = Caseless(r"\b(?:visit|trip|tour|journey)\s+of\s+(?:[\w.'’-]+\s+){0,4}$")
_HOSTED_BY_BEFORE = Caseless(
    r"\b(?:hosted|given|organi[sz]ed|thrown|offered|held|chaired|arranged|welcomed|received|greeted|accompanied"
    r"|joined|attended|addressed|opened)\s+by\s+(?:[\w.-]+\s+){0,4}$"
)
# the clause's verb, after "The visit": a "by" past it is no "the visit by"
_CLAUSE_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|could|may|might)\b")


def _by_after_the_verb(text: str, after: int, name_at: int) -> bool:
    """Whether the "by" before the name lies past the verb of a clause that opens on "The visit" ("The visit
    has stirred interest given campaigns led by Jane Roe"), not in a passive ("was made by Jane Roe")."""
    by = text.rfind(" by ", after, name_at)
    if by < 0 or _PASSIVE_BEFORE.search(text, max(after, by - 30), by + 1):
        return False
    return _CLAUSE_VERB.search(text, after, by) is not None


_POSSESSIVE_TRIP_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|journey)\b", re.IGNORECASE)
_PASSIVE_BEFORE = Caseless(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+\s+)?$")


def _guest_of(
    text: str, host: Person, people: Sequence[Person], starts: Sequence[int], end: int
) -> Person | None:
    """The person the sentence's subject receives or welcomes: the one travelling."""
    at = starts[people.index(host)]
    later = [(p, s) for p, s in zip(people, starts, strict=True) if s > at and p != host]
    if not later:
        return None
    verb = _HOST_VERB.search(text, at, later[0][1])
    if (
        verb is None
        and _GAVE_BEFORE.search(text, max(at, later[0][1] - 60), later[0][1]) is not None
        and _A_WELCOME_AFTER.match(text, _name_end_after(text, later[0][1], end)) is not None
    ):
        return later[0][0]  # "President Ann Poe offered Kenyan President Jane Roe a warm welcome": Roe came
    if verb is None and " and " in text[at : later[0][1] + 80]:
        # ("Governor X and Ambassador Y received the minister": the one named after the verb, past a
        # co-host; not "... and her host for the day, Y": a noun)
        verb = next(
            (
                v
                for v in _HOST_VERB.finditer(text, later[0][1], later[-1][1])
                if not _DETERMINER_BEFORE.search(text, max(at, v.start() - 8), v.start())
            ),
            None,
        )
    if verb is None or _PASSIVE_BEFORE.search(text, max(at, verb.start() - 24), verb.start()):
        return None  # "Prince Mohammed was welcomed to the UAE by Sheikh Mohamed": the host comes after
    if text.startswith((" by ", " from "), verb.end()):
        # ("received from Pope Tom Bako a copy of his letter": a gift, not a guest)
        return None  # "will visit Putrajaya to attend a retreat hosted by Prime Minister X": X is the host
    return next((p for p, s in later if s >= verb.end()), None)


# "offered Kenyan President Jane Roe a warm welcome", "accorded him a red-carpet reception"
_GAVE_BEFORE = Caseless(r"\b(?:offered|offers|gave|gives|extended|extends|accorded|accords)\s+(?:[\w.'’-]+\s+){0,5}$")
# (matched at one place only, so no Caseless: a scan pattern opens on letters)
_A_WELCOME_AFTER = re.compile(r"\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:welcome|reception)\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def _name_end_after(text: str, start: int, end: int) -> int:
    """Where the capitalised words of a name that starts at ``start`` end (``end`` at most)."""
    name = _NAME_WORD.match(text, start, end)
    return start if name is None else name.end()


_SPOKE_OF_THE_BEFORE = Caseless(
    r"\b(?:announced|announces|confirmed|confirms|welcomed|welcomes|hailed|hails|praised|praises|highlighted|highlights"
    r"|described|describes|lauded|lauds|applauded|applauds)\s+(?:(?:the|its)\s+[\w-]+\s+of\s+)?(?:the|this)\s+(?:[\w-]+\s+){0,2}$"
)
# (the journey named alone: not "confirmed the Presidential visit to Gulu", news of where it goes)
_TRIP_NOUN = Caseless(r"(?:visit|trip|tour|journey)\b(?!\s+(?:to|of|in|by)\b)")
# the meal or the talks had with the one named: "a lunch with the Queen", "an audience with Pope Tom Bako"
_TAKEN_WITH_BEFORE = Caseless(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:lunch|luncheon|dinner|breakfast|tea|banquet|audience|meeting|talks)\s+with\s+"
    r"(?:[\w.'’-]+\s+){0,4}$"
)
_THE_BEFORE_VISITING = re.compile(r"\b(?:the|a|an|our|their|his|her|its)\s+$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:his|her|their|its|the|a|our|my)\s+$", re.IGNORECASE)


# a journey's ground told in words (see the dateline-abroad rule in _sentence_units)
_GROUND_TOLD = re.compile(
    r"\b(?i:tours?|trips?|journeys?|visits?|swing)\s+(?i:of|to|across|through|around)\b"
    r"|\b(?:[A-Z][a-z]+an|Gulf|[Rr]egional|[Oo]verseas|[Ff]oreign|[Nn]ationwide|[Pp]rovincial)\s+"
    r"(?:tour|trip|swing|journey)\b"
    # "a five-nation tour", "a two-country trip", "a multi-nation swing": ground beyond any one city
    r"|\b(?i:[a-z\d]+-(?:nation|country|state|city|stop|leg)|multi-?(?:nation|country|state|city))\s+"
    r"(?:(?i:[a-z]+)\s+)?(?i:tour|trip|swing|journey|visit)"
)


# a journey denied, wished for or offered: "will not attend", "has no plans to visit", "hoped to visit",
# "invited Prime Minister X to visit"
_NOT_MADE_BEFORE = Caseless(
    r"\b(?:(?:will|would|did|does|do|is|are|was|were|could|can|has|have|had) not|won['’]t|wouldn['’]t|didn['’]t"
    r"|doesn['’]t|don['’]t|isn['’]t|aren['’]t|wasn['’]t|cannot|can['’]t|never|no plans? to|no plans? for (?:[\w.'’-]+ ){1,6}?to|not planning to"
    # "will no longer be visiting Guyana", "would be unable to travel"
    r"|no longer|unable to"
    r"|hope[sd]? to|hoping to|wants? to|wanted to|wish(?:es|ed)? to|would like to|keen to"
    # "expressed the hope of visiting Lira", "his desire to visit Gulu": a wish
    r"|hopes? of|desire to"
    r"|look(?:s|ed|ing)? forward to|invit(?:ed|es|ing) (?:[\w.'’-]+ ){1,6}?to|invitations? (?:[\w.'’-]+ ){0,6}?to"
    r"|discuss(?:ed|es|ing)? (?:an?|the|his|her|their)(?: possible| planned| future)?"
    # "is considering a visit to Japan", "ruled out a trip", "recalled her 2015 visit"
    r"|(?:consider|mull|weigh|contemplat|explor|eye)(?:s|es|ed|d|ing)? (?:an?|the|his|her|their)"
    r"(?: possible| planned| future)?|rul(?:ed|es|ing|e) out (?:an?|the|any)|recall(?:s|ed|ing)? (?:his|her|their)"
    r"(?: (?:19|20)\d\d| first| previous| last| earlier)*"
    # "refuted media reports about Secretary Jane Roe's travel to China", "denied reports of a visit"
    r"|(?:refut|deni|dismiss|reject|deny|denies)(?:ed|es|s|ing)? (?:[\w-]+ ){0,2}?(?:reports?|claims?|rumou?rs?)"
    r" (?:about|of|on|that)(?: [\w.'’-]+){0,6}?)"
    # ("will not be able to travel to India")
    r"\s+(?:(?:be able to|be|go|also|personally|again)\s+){0,2}$"
)
_ACCEPTED_BEFORE = re.compile(r"\baccept(?:ed|s|ing)?\s+(?:an?\s+|the\s+|[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# "A visit by X to Japan is not on the agenda", "Her trip to Japan remains uncertain": no journey
_NOT_MADE_AFTER = re.compile(  # (matched at the trip word's end: no letter guard)
    r"[^.;]{0,80}?\b(?:is|are|was|were|remains?|remained|seems?|seemed|looks?|looked) (?:still )?"
    r"(?:not on the (?:agenda|cards|table)|uncertain|unlikely|in doubt|unconfirmed|not confirmed|doubtful"
    r"|off the table|not planned|not expected)\b",
    re.IGNORECASE,
)
# every _NOT_MADE_AFTER match holds one of these (in lower case): a cheap test before the match
_NOT_MADE_NEEDS = (
    "not on the ", "uncertain", "unlikely", "in doubt", "unconfirmed", "not confirmed", "doubtful", "off the table",
    "not planned", "not expected",
)  # fmt: skip


_WHO_IS_ON_BEFORE_TRIP = re.compile(
    r",\s+(?:\d{1,3},\s+)?who\s+(?:is|was|are|were|has been|had been)\s+(?:currently\s+|now\s+)?(?:on|in|visiting)"
    r"\s+(?:an?\s+|his\s+|her\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}$"
)


def _trip_word_end(text: str, at: int) -> int:
    """Where the trip word found at ``at`` ends."""
    end = _TRIP_TRIGGER.match_end(text, at)
    return end if end is not None else at


def _history_in_clause(text: str, at: int, history: Sequence[int], reach: int) -> bool:
    """Whether a date of history follows ``at`` within ``reach`` characters, in its own clause: the
    trip word of "who visited Beijing last year" (an earlier journey, not this one), the place of
    "toured Arequipa in 2015" (an earlier journey's place)."""
    i = bisect.bisect_left(history, at)
    if i > 0 and at - history[i - 1] <= 6 and text[history[i - 1] : at].rstrip().isdigit():
        return True  # "the president's 2019 visit to Beijing": a year written before the trip word
    return i < len(history) and history[i] - at <= reach and not _CLAUSE_BREAK.search(text, at, history[i])


# a time before the report's own ("last month", "two years ago", "the previous year")
_LONG_AGO = re.compile(
    r"(?i:(?:in\s+)?(?:last|the\s+previous|the\s+past)\s+(?:year|month)|(?:\w+\s+){1,2}(?:years?|months?|decades?)\s+ago)"
)
# a day counted from the report's ("on Thursday", "yesterday", "this week") or written in figures
_OWN_DAY = re.compile(
    r"(?i:(?:on|from|by|until)\s+)?(?i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|tomorrow"
    r"|this\s|next\s|\d)"
)
# (not "since last year", "until last month": the span reaches the report's time)
_SINCE_BEFORE = re.compile(r"\b(?i:since|until|till|from|through)\s+$")


def _told_long_ago(text: str, at: int, long_ago: Sequence[int], dated: Sequence[int]) -> bool:
    """Whether the trip word at ``at`` is dated by a time long before the report's own (:data:`_LONG_AGO`),
    later in its clause with no other date between: "his visit to Fiji for the games last month"."""
    i = bisect.bisect_left(long_ago, at)
    if i == len(long_ago) or long_ago[i] - at > 90 or _CLAUSE_BREAK.search(text, at, long_ago[i]):
        return False
    for j in range(bisect.bisect_left(dated, at), bisect.bisect_left(dated, long_ago[i])):
        if _OWN_DAY.match(text, dated[j]):
            return False  # ("arrived on Thursday, a year after his last visit": the journey's own day first)
    return not _SINCE_BEFORE.search(text, max(0, long_ago[i] - 8), long_ago[i])


_DEPARTED = re.compile(r"\b(?:departed|departs|departing|left|leaves|leaving|flew out|flew home|headed home)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.()\u2014\u2013]| - ")
# "the president's 2019 visit to Beijing": the place of a journey a year of history names (read right
# after the year)
_DATED_JOURNEY_TO = re.compile(r"\d{4}\s+(?:[\w-]+\s+){0,2}?(?:visits?|trips?|tours?|journeys?)\s+(?:to|of)\s+(?:the\s+)?$")


def _of_a_dated_journey(text: str, at: int, history: Sequence[int]) -> bool:
    """Whether the place at ``at`` is where a journey of history went ("his 2019 visit to Beijing")."""
    i = bisect.bisect_left(history, at)
    return i > 0 and at - history[i - 1] <= 40 and _DATED_JOURNEY_TO.match(text, history[i - 1], at) is not None
# a time before the journey the report tells, in the trip word's clause: "visited China earlier this year",
# "made a state visit last year" (read right after the trip word) ...
_EARLIER_AFTER = re.compile(
    r"[^,;:.()!?]{0,90}?\b(?:earlier this year|earlier in the year"
    r"|last (?:month|year|summer|spring|autumn|fall|winter)|(?:months|years) ago|a (?:month|year) ago"
    r"|back in (?:the )?\d{4})\b",
    re.IGNORECASE,
)
# ... or right before it: "Recent President Poe's visit", "following on from Minister Moe's visit", "after his
# visit to", "The last leader to visit ... was"
_EARLIER_BEFORE = Caseless(
    r"\b(?:recent|recently|earlier|previously|following on from|the last (?:[\w-]+ ){0,3}?to)"
    r"\b[^,;:.()!?]{0,50}$"
)


def _earlier_journey(text: str, at: int, hi: int) -> bool:
    """Whether the trip word at ``at`` tells a journey made before the one the report is about: a time
    long past in its clause, or an earlier-journey word before it."""
    if _EARLIER_BEFORE.search(text, max(0, at - 60), at) is not None:
        return True
    return _EARLIER_AFTER.match(text, at, hi) is not None


# a sentence opening on a time long before the report's: "Earlier this year, ...", "Back in 1991, ..."
_OPENS_LONG_PAST = re.compile(
    r"(?:earlier this year|earlier in the year|last year|(?:[\w-]+ )?years ago|back in (?:the )?\d{4}s?),",
    re.IGNORECASE,
)


def _history_before(history: Sequence[int], lo: int, at: int) -> bool:
    """Whether a date of history is written in the sentence before its trip word at ``at``."""
    i = bisect.bisect_left(history, lo)
    return i < len(history) and history[i] < at


# ", who visited", ", who had last toured": a relative clause about the person (read right before a trip word)
_WHO_BEFORE = re.compile(r",\s+(?:who|which)\s+(?:has\s+|had\s+)?(?:also\s+|last\s+|once\s+|previously\s+)?$")


def _sentence_units(
    article: Article,
    roster: Roster,
    mentions: Sequence[DateMention],
    places: Sequence[tuple[Toponym, PlaceRef]],
    anchor: dt.date | None = None,
) -> list[_Unit]:
    text = article.text
    said = [m.end() for m in _SPEECH_WORD.finditer(text)] if may_hold(text, _SPEECH_NEEDS) else []
    own_days = anchor is None and any(
        isinstance(m.span, Unknown) and m.span.reason == NO_ANCHOR for m in mentions
    )
    background = [_is_background(m, anchor, own_days) for m in mentions]
    disasters = may_hold(text, _DISASTER_NEEDS)
    # (a report with no day of its own that tells its journey in days: "last month", "two years ago"
    # date earlier journeys; see _told_long_ago)
    long_ago = (
        sorted(m.evidence.start for m in mentions if _LONG_AGO.fullmatch(m.evidence.text) is not None)
        if own_days
        else []
    )
    # where the dates of history are ("who visited Beijing last year"): see _history_in_clause
    history = sorted(m.evidence.start for m, old in zip(mentions, background, strict=True) if old)
    mentions = [
        m
        for m, old in zip(mentions, background, strict=True)
        if not old
        and not _HISTORY_BEFORE.search(text, max(0, m.evidence.start - 120), m.evidence.start)
        and not _OTHER_EVENT_BEFORE.search(text, max(0, m.evidence.start - 100), m.evidence.start)
        and not (disasters and _DISASTER_AFTER.match(text, m.evidence.end))
        and not (
            _said_near(said, m.evidence.start)
            and _SAID_BEFORE.search(text, max(0, m.evidence.start - 40), m.evidence.start)
        )
    ]
    names = roster.alias_spans(text)
    name_starts = [start for start, _ in names]
    name_spans = _Spans(names)
    places = sorted(
        [pair for pair in places if _is_place_mention(text, pair[0], name_spans, pair[1])],
        key=lambda pair: pair[0].start,
    )
    place_starts = [t.start for t, _ in places]
    mention_starts = [m.evidence.start for m in mentions]
    in_order = all(a <= b for a, b in itertools.pairwise(mention_starts))
    dateline = article.dateline if isinstance(article.dateline, Dateline) else None
    units: list[_Unit] = []
    topic: Person | None = roster.people[0] if len(roster.people) == 1 else None
    traveller: Person | None = None  # the subject of the last sentence that tells a journey
    spoken = speakers(article, roster) if ":" in text or "(" in text else {}  # a transcript's speakers
    party: dict[Person, Person] = {}  # those who go with a traveller ("accompanied by"), and with whom
    for paragraph in article.paragraphs:
        if paragraph.kind not in (ParagraphKind.BODY, ParagraphKind.CAPTION):
            continue
        # ("The prime minister is expected to return to the island on April 3, 2022.": a line ending on a
        # full date, as a photo's caption does, but telling a journey's day still ahead: no photo shows that)
        caption = paragraph.kind is ParagraphKind.CAPTION and not _AHEAD_LINE.search(
            text, paragraph.start, min(paragraph.end, paragraph.start + 300)
        )
        for sentence in split_sentences(text, paragraph.start, paragraph.end):
            lo, hi = sentence.start, sentence.end
            people: list[Person] = []
            starts: list[int] = []
            for name_start, name_end in names[
                bisect.bisect_left(name_starts, lo) : bisect.bisect_left(name_starts, hi)
            ]:
                who = roster.who(text[name_start:name_end]) if name_end <= hi else None
                if who is not None and who not in people:
                    people.append(who)
                    starts.append(name_start)
            # "According to the commissioner, X, the head of state is expected ...": not the subject
            subject: Person | None = next(
                (
                    p
                    for p, at in zip(people, starts, strict=True)
                    if (
                        "ccording to" not in sentence.text
                        or not (
                            _ATTRIBUTED.search(text, max(lo, at - 40), at)
                            or _ATTRIBUTED_CLAUSE.search(text, max(lo, at - 150), at)
                        )
                    )
                    # "Stefanik's opponent Tedra Cobb was campaigning": the one named after a possessive
                    and not (len(people) > 1 and _OWNER.match(text, _name_end(names, at)))
                    # "At the invitation of President Ann Poe, President Jane Roe will visit": the host
                    and not (len(people) > 1 and _INVITER_BEFORE.search(text, max(lo, at - 60), at))
                ),
                people[0] if people else None,
            )
            if (
                (speaker := spoken.get(paragraph.start)) is not None
                and (me := _I_SUBJECT.search(sentence.text)) is not None
                and (not starts or lo + me.start() < starts[0])
            ):
                # "Jane Roe (Lira North): ... I travelled to Madrid to meet Prime Minister Poe": the speaker
                subject = speaker
                if speaker in people:
                    del starts[people.index(speaker)]
                    people.remove(speaker)
                people.insert(0, speaker)
                starts.insert(0, lo + me.start())
            if (
                len(people) == 1
                and subject is not None
                and subject != traveller
                and _INVITER_BEFORE.search(text, max(lo, starts[0] - 60), starts[0])
                and _HE_OR_SHE.search(text, lo, starts[0])
            ):
                # "She arrived in Tokyo at the invitation of her counterpart Jane Roe": the one who invites is
                # the host; "she" travels (read below as the one the report is about)
                subject = None
            if (
                subject is not None
                and len(people) == 1
                and starts[0] - lo < 60
                and _OWNER.match(text, _name_end(names, starts[0]))
            ):
                subject = None  # "King Charles' younger sister stepped out to visit": she goes, unnamed
            spouse_welcomed = False
            if (
                subject is not None
                and len(people) > 1
                and any(w in sentence.text for w in ("eceive", "eception", "elcome", "host", "greet", "red carpet", " off "))
            ):
                subject = _guest_of(text, subject, people, starts, hi) or subject
                # "received the Maldivian President and First Lady Jane Roe": the spouse welcomed is of the
                # party of the one the report tells travelling (see below)
                spouse_welcomed = subject.title is not None and subject.title.name.lower() in _SPOUSE_STYLES
            if (
                subject is not None
                and len(people) > 1
                and (opening := _PARTICIPLE_OPENING.match(sentence.text))
            ):
                # "As well as meeting Xi, Hun Manet is expected to hold talks": the one after the comma,
                # opening the clause (not "..., the President travels to Japan to meet Jane Roe": met)
                subject = next(
                    (
                        p
                        for p, s in zip(people, starts, strict=True)
                        if lo + opening.end() <= s <= lo + opening.end() + _CLAUSE_SUBJECT_REACH
                    ),
                    subject,
                )
            if subject is not None and len(people) > 1 and " and " in sentence.text:
                here = places[bisect.bisect_left(place_starts, lo) : bisect.bisect_left(place_starts, hi)]
                subject = _joint_guest(text, sentence, subject, people, starts, roster, here) or subject
            if subject is not None and len(people) > 1 and any(w in sentence.text for w in _MET_NEEDS):
                here = places[bisect.bisect_left(place_starts, lo) : bisect.bisect_left(place_starts, hi)]
                subject = _foreign_guest(text, sentence, subject, people, starts, roster, here) or subject
            if subject is not None and _AGENT_BEFORE.search(
                text, max(lo, starts[people.index(subject)] - 300), starts[people.index(subject)]
            ):
                # "There, the British monarch was joined by First Minister David Trimble": he is the host
                subject = None
            if (
                subject is not None
                and subject != traveller
                and may_hold(sentence.text, _HOSTS_THE_PARTY_NEEDS)
                and _HOSTS_THE_PARTY.match(text, _name_end(names, starts[people.index(subject)]), hi)
            ):
                # "Governor Ann Poe hosted a dinner for the delegation", "met the visiting delegation": the
                # host, not a traveller (the sentence is the traveller's, where one is told of)
                subject = traveller

            if (
                subject is not None
                and topic is not None
                and topic != subject
                and not caption
                and (pronoun := _HE_OR_SHE.search(text, lo, starts[people.index(subject)])) is not None
                and _OBJECT_BEFORE.search(text, pronoun.end(), starts[people.index(subject)])
            ):
                # "In July, he flew to Washington for talks with Biden": "he" travels, Biden is met
                subject = topic
            if (
                (
                    topic is not None
                    and not caption
                    and (anaphor := _ANAPHOR.match(sentence.text)) is not None
                    # "The state visit to Cambodia by General Secretary To Lam": the one named is its traveller
                    and not (
                        subject is not None
                        and subject in people
                        and (
                            (
                                _BY_BEFORE.search(
                                    text,
                                    max(lo, starts[people.index(subject)] - 40),
                                    starts[people.index(subject)],
                                )
                                # ("The delegation will attend a banquet hosted by Foreign Minister X": a host)
                                and not _HOSTED_BY_BEFORE.search(
                                    text,
                                    max(lo, starts[people.index(subject)] - 50),
                                    starts[people.index(subject)],
                                )
                                # ("The visit has stirred interest given campaigns led by Jane Roe": the
                                # "by" after the clause's verb is no "visit by")
                                and not _by_after_the_verb(text, lo + anaphor.end(), starts[people.index(subject)])
                            )
                            # "The visit of Crown Prince Tom Bako to Ghana is significant": his
                            or _VISIT_OF_BEFORE.search(
                                text,
                                max(lo, starts[people.index(subject)] - 50),
                                starts[people.index(subject)],
                            )
                            # "The trip sets the stage for Roe's official trip to Moscow": the possessor's
                            or _POSSESSIVE_TRIP_AFTER.match(text, _name_end(names, starts[people.index(subject)]))
                            # "During the visit, Prince Al-Muhtadee Billah also paid a call": the visit
                            # sets the scene, the one named after it is the subject
                            or _NAMED_NEXT.match(text, lo + anaphor.end(), starts[people.index(subject)])
                        )
                    )
                )
                or (subject is None and _HE_OR_SHE.search(sentence.text, 0, 80))
                # "December 17, 2024 – visit farmers in Bududa": a line of the traveller's programme
                or (subject is None and _PROGRAMME_LINE.match(sentence.text))
                or (subject is None and not caption and _NEXT_LEG.match(sentence.text))
            ):
                subject = topic
                if traveller is not None and subject is not None and _PRONOUN_OPENING.match(sentence.text):
                    # "French President Ann Poe welcomed her ... She will travel to Lyon": "she" is the one
                    # travelling, not the host last named
                    subject = traveller
            if (
                subject is not None
                and traveller is not None
                and subject != traveller
                and traveller not in people
                and not caption
                and (
                    # "President Ann Poe welcomed him at State House Entebbe": the one welcomed travels
                    (subject in people and _HOSTED_THEM.search(text, starts[people.index(subject)], hi) is not None)
                    # "First Lady Lilia Paredes and Minister Cesar Landa are among the Peruvian delegation":
                    # the traveller's companions, in the traveller's sentence
                    or (may_hold(sentence.text, _IN_THE_PARTY_NEEDS) and _IN_THE_PARTY.search(sentence.text) is not None)
                    or spouse_welcomed
                    or (
                        ("delegation" in sentence.text or "entourage" in sentence.text)
                        and (includes := _PARTY_INCLUDES.search(text, lo, hi)) is not None
                        and includes.end() <= starts[0]
                    )
                )
            ):
                subject = traveller
            if (
                subject is not None
                and traveller is not None
                and subject != traveller
                and len(people) == 1
                and not caption
                and " with " in sentence.text
                and _TAKEN_WITH_BEFORE.search(text, max(lo, starts[0] - 50), starts[0])
            ):
                # "First visit of the day: a lunch with the Queen.": the one the traveller lunches with is
                # the host, not a traveller
                subject = traveller
            if subject is not None and subject in party and not caption and subject != traveller:
                # "President Jane Roe arrived in Gulu, accompanied by Foreign Minister Ann Poe ... Poe met traders
                # in Lira": the deeds of one of the traveller's party are the party's, not a journey of their own
                subject = party[subject]
            if subject is not None and not caption:
                topic = subject
            mine = places[bisect.bisect_left(place_starts, lo) : bisect.bisect_left(place_starts, hi)]
            dates = (
                mentions[bisect.bisect_left(mention_starts, lo) : bisect.bisect_left(mention_starts, hi)]
                if in_order
                else [m for m in mentions if lo <= m.evidence.start < hi]
            )
            if dates and (quoted := _quoted(text, lo, hi)):
                # ("talks with “those who commit violence today”": the speaker's today, not the report's)
                dates = [
                    m
                    for m in dates
                    if not (
                        _DEICTIC.fullmatch(m.evidence.text)
                        and any(a <= m.evidence.start < b for a, b in quoted)
                    )
                ]
            # "addressed the summit in Rome by video link": no deed done there
            remote = (
                subject is not None
                and may_hold(sentence.text, _BY_LINK_NEEDS)
                and _BY_LINK.search(sentence.text) is not None
            )
            if subject is not None and len(people) > 1 and "visiting" in sentence.text:
                # "Ann Poe held talks with visiting Kenyan President Jane Roe": the one visiting travels
                for p, at in zip(people, starts, strict=True):
                    if p != subject and _VISITING_BEFORE.search(text, max(lo, at - 50), at):
                        subject = p
                        break
            if subject is not None and len(people) > 1 and (" on " in sentence.text or " to " in sentence.text):
                # "Jane Roe accompanied President Ann Poe on a tour of Kisumu" (or "to Kisumu"): the one taken
                # on it travels
                for p, at in zip(people, starts, strict=True):
                    if (
                        p != subject
                        and _TAKEN_BEFORE.search(text, max(lo, at - 60), at)
                        and _ON_A_TOUR_AFTER.match(text, _name_end(names, at))
                    ):
                        subject = p
                        break
            trip_word = None if subject is None else _strongest_trip_word(sentence, mine)
            if (
                trip_word is not None
                and subject != traveller
                and sentence.text.startswith("visiting", trip_word[1])
                # (not "the visiting Secretary of State Karl Brandt toured Jinja": the one named after it)
                and not (subject in people and starts[people.index(subject)] > lo + trip_word[1])
                and _THE_BEFORE_VISITING.search(text, max(lo, lo + trip_word[1] - 12), lo + trip_word[1])
            ):
                # "President Ann Poe will host a banquet in honour of the visiting Kenyan president": the
                # visit is the guest's, the one the report last told travelling (if any), not the host's
                subject = traveller
                trip_word = None if subject is None else trip_word
            if (
                trip_word is not None
                and traveller is not None
                and subject != traveller
                and _SPOKE_OF_THE_BEFORE.search(text, max(lo, lo + trip_word[1] - 60), lo + trip_word[1])
                and _TRIP_NOUN.match(sentence.text, trip_word[1])
            ):
                # "Zelenskyy announced the visit Thursday", "He highlighted the symbolism of the visit": the
                # journey told before, another's; no journey of the one who speaks of it
                trip_word = None
            if (
                trip_word is not None
                and history
                and (not dates or _WHO_BEFORE.search(text, max(lo, lo + trip_word[1] - 30), lo + trip_word[1]))
                and _history_in_clause(text, lo + trip_word[1], history, 50)
            ):
                # ("Roe, who visited China in 2019, met the ambassador on Tuesday": the clause's journey
                # is history, whatever the sentence's own day)
                trip_word = None
            if (
                trip_word is not None
                and long_ago
                and traveller is not None
                and subject != traveller
                and _told_long_ago(text, lo + trip_word[1], long_ago, mention_starts)
            ):
                # ("told her of his visit to Fiji last month", "during his visit to Riga in November last
                # year": another's earlier journey, where the report's own is told in days)
                trip_word = None
            if (
                trip_word is not None
                and (said_the := _SAID_THAT_THE_BEFORE.search(text, max(lo, lo + trip_word[1] - 80), lo + trip_word[1]))
                and _CLAUSE_VERB_AFTER.match(text, _trip_word_end(text, lo + trip_word[1]))
                # ("Moe said the visit will deepen ties", the visit another's told before; not "Roe's office
                # said the trip will start Saturday", Roe's own)
                and (said_the.group("that") or (traveller is not None and subject != traveller))
            ):
                trip_word = None  # "said in Nairobi that the trip would boost trade": no journey of the speaker's
            if trip_word is not None and traveller is not None and subject is not None and subject != traveller:
                office = _SAID_THE_OFFICE_DEED_BEFORE.search(text, max(lo, lo + trip_word[1] - 100), lo + trip_word[1])
                if office is not None:
                    # ("Press Secretary Ann Poe said the secretary visits Riga every year": the office the
                    # traveller holds is hers; another office's journey is none of the speaker's)
                    title = traveller.title.name.lower() if traveller.title else ""
                    if office.group("office") in title.split():
                        subject = traveller
                    else:
                        trip_word = None
                else:
                    trip_word, subject = _reported_by(text, lo, hi, trip_word, subject, people, starts, names)
            if (
                trip_word is not None
                and subject is not None
                and (adjective := _OFFICE_VISIT_BEFORE.search(text, max(lo, lo + trip_word[1] - 40), lo + trip_word[1]))
                and not _holds(subject, _OFFICE_OF_ADJECTIVE[adjective.group("office").lower()])
            ):
                # "Minister Ann Poe confirmed the Presidential visit to Choma": the president's, where the report
                # names one
                holders = [p for p in roster.people if _holds(p, _OFFICE_OF_ADJECTIVE[adjective.group("office").lower()])]
                told_where = _TOLD_BEFORE_OFFICE_VISIT.search(text, max(lo, adjective.start() - 30), adjective.start())
                if told_where is not None and _IN_A_PLACE_AFTER.match(text, _trip_word_end(text, lo + trip_word[1]), hi):
                    trip_word = None  # the town the speaker spoke in: no journey of the speaker's, nor the visit's stop
                elif len(holders) == 1:
                    subject = holders[0]
                else:
                    trip_word = None
            if trip_word is not None and (
                (
                    (not_made := _NOT_MADE_BEFORE.search(text, max(lo, lo + trip_word[1] - 70), lo + trip_word[1]))
                    # ("has accepted an invitation to visit Japan in May": a journey planned)
                    and not _ACCEPTED_BEFORE.search(text, max(lo, not_made.start() - 30), not_made.start())
                )
                or (
                    may_hold(sentence.text, _NOT_MADE_NEEDS)
                    and _NOT_MADE_AFTER.match(text, _trip_word_end(text, lo + trip_word[1]), hi)
                )
            ):
                trip_word = None  # "will not attend the summit in Lima", "hoped to visit Japan": no journey
            aside = (
                _WHO_IS_IN_ASIDE.match(text, _name_end(names, starts[people.index(subject)]), hi)
                if trip_word is not None and subject in people and ", who " in sentence.text
                else None
            )
            if aside is not None and any(aside.start() <= m.evidence.start < aside.end() for m in dates):
                aside = None  # ("who was in Nairobi on Monday for talks": a day of the journey)
            if aside is not None and trip_word is not None and aside.start() <= lo + trip_word[1] < aside.end():
                # "Former president Tom Bako, who is in Nairobi for medical treatment, praised the plan": where
                # the subject is, told in an aside, is no journey of this report's (the clause after it may
                # tell one: "..., flew to Mombasa on Tuesday")
                rest = Sentence(aside.end(), hi, text[aside.end() : hi])
                after = _strongest_trip_word(rest, [(t, r) for t, r in mine if t.start >= aside.end()])
                trip_word = None if after is None else (after[0], after[1] + aside.end() - lo, after[2])
            if remote and trip_word is not None and _DEED.match(sentence.text, trip_word[1]):
                trip_word = None
            if (
                trip_word is None
                and subject is not None
                and subject in people
                and any(w in sentence.text for w in ("elcom", "reet", "heer", "eceive", "host"))
                and not _AT_A_DISTANCE.search(sentence.text)
            ):
                # "Crowds in Sungkai welcomed the King", "Macron welcomed Scholz in Paris": the one
                # welcomed is the guest, come there
                at = starts[people.index(subject)]
                welcomed = _WELCOMED_BEFORE.search(text, max(lo, at - 60), at)
                if welcomed is not None and "credential" not in text[welcomed.start() : at]:
                    trip_word = (TripKind.OTHER, welcomed.start() - lo, 1)
            if trip_word is None and subject is not None and subject in people and mine and "In " in sentence.text:
                # "In Kyiv on Tuesday, Polish President Jane Roe met Ukrainian leaders": put there first
                trip_word = _deed_after_place_opening(sentence.text, starts[people.index(subject)] - lo, mine, lo)
            if trip_word is not None and len(people) > 1:
                # "Aso expressed the hope that Dr. Singh's visit to Japan will ...": the visit is Singh's
                at = lo + trip_word[1]
                pair_first: Person | None = None  # (the one named before, for "A and B's visit")
                prev_end = lo
                for name_start, name_end in names[
                    bisect.bisect_left(name_starts, lo) : bisect.bisect_left(name_starts, at)
                ]:
                    owner = roster.who(text[name_start:name_end])
                    if owner is not None and (
                        # (not "accepted Roe's invitation to come to Lira": the one who invites hosts)
                        (_POSSESSIVE_BEFORE_TRIP.match(text, name_end, at) and not _INVITATION_AFTER.match(text, name_end, hi))
                        # "met Kenyan President X, who is on a state visit, in Accra": the visit is X's
                        or _WHO_IS_ON_BEFORE_TRIP.match(text, name_end, at)
                    ):
                        # "King Tomas and Queen Ama's visit to Lira": the pair's, led by the first named
                        paired = pair_first is not None and _PAIR_LINK.match(text, prev_end, name_start) is not None
                        subject = pair_first if paired and pair_first is not None else owner
                    pair_first, prev_end = owner, name_end
                # "said the state visit by Jane Roe would ...", "met Jane Roe, who is on a state visit": hers
                for p, p_at in zip(people, starts, strict=True):
                    if p == subject or p_at < lo:
                        continue
                    by = _TRIP_BY_BEFORE.search(text, max(lo, p_at - 70), p_at)
                    relative = _WHO_TRAVELS_AFTER.match(text, _name_end(names, p_at))
                    # ("told reporters that Jane Roe would travel": the trip word after the one reported)
                    reported = p_at < at and (
                        _SAID_THAT_BEFORE.search(text, max(lo, p_at - 80), p_at) is not None
                        or (
                            _SAID_BARE_BEFORE.search(text, max(lo, p_at - 60), p_at) is not None
                            and _CLAUSE_VERB_AFTER.match(text, _name_end(names, p_at)) is not None
                        )
                    )
                    if (
                        (by is not None and abs(by.start() - at) <= 20)
                        or (relative is not None and relative.start() <= at <= relative.end() + 60)
                        or reported
                    ):
                        subject = p
                        break
            if (
                trip_word is not None
                and traveller is not None
                and subject is not None
                and subject != traveller
                and _BY_SOMEONE_AFTER.match(text, _trip_word_end(text, lo + trip_word[1]), hi)
            ):
                # "This will be the first state visit by a foreign leader since Roe's election": the visit
                # of the traveller told before, not of the one named in passing
                subject = traveller
            governed = _governed(text, sentence, mine)
            if aside is not None:
                # (nor is the place of the aside a stop: "who is in London for a conference")
                governed = [g and not aside.start() <= t.start < aside.end() for (t, _), g in zip(mine, governed, strict=True)]
            if (
                subject is not None
                and dateline is not None
                and not caption
                and lo <= dateline.evidence.end <= hi
                and not _AT_A_DISTANCE.search(sentence.text)  # "received a telephone call from ..."
            ):
                # "PARIS, March 11 (PTI) - Indian Prime Minister Narendra Modi on Monday held talks with ...":
                # the lead of a report filed from a city abroad for its subject puts the subject there
                home = roster.countries.get(subject.name, "")
                # ("TOKYO - Prime Minister Jane Roe met Japanese Prime Minister Fumio Kishida": the one met is
                # at home there, so the other is the guest)
                hosts = {roster.countries.get(p.name, "") for p in people if p != subject} - {"", home}
                # (not where the lead names the place itself: "met business leaders in Shanghai", nor where
                # it names another country: "LONDON - Olaf Scholz wrapped up a visit to Japan")
                filed_in = {
                    r.place.country
                    for t, r in mine
                    if dateline.evidence.start <= t.start < dateline.evidence.end and isinstance(r, Resolved)
                }
                named = any(
                    g
                    and (
                        _kind_of(r, t) is not PlaceKind.COUNTRY
                        or (isinstance(r, Resolved) and r.place.country not in filed_in)
                    )
                    for (t, r), g in zip(mine, governed, strict=True)
                ) or (
                    # nor where it tells the journey's ground in words no place is read from: "began a tour
                    # of the north", "a tour of Gulf states", "his African tour"
                    not any(governed) and _GROUND_TOLD.search(sentence.text) is not None
                ) or (
                    # nor where the traveller leaves from there: "SEPANG - Moon departed for Cambodia today
                    # after a three-day state visit to Malaysia" (the airport left from)
                    _DEPARTED.search(sentence.text) is not None
                ) or (
                    # nor where the journey to the dateline's country is ahead: "TAIPEI - The ministry
                    # welcomed the forthcoming arrival of President X, who will be in Taiwan from Feb. 14"
                    any(
                        g and isinstance(r, Resolved) and r.place.kind is PlaceKind.COUNTRY and r.place.country in filed_in
                        for (_, r), g in zip(mine, governed, strict=True)
                    )
                    and _FUTURE.search(text, lo, lo + trip_word[1] if trip_word is not None else hi) is not None
                )
                for i, (toponym, ref) in enumerate(mine):
                    if (
                        not named
                        and dateline.evidence.start <= toponym.start < dateline.evidence.end
                        and isinstance(ref, Resolved)
                        and ref.place.kind in (PlaceKind.CITY, PlaceKind.TOWN)
                        and ref.place.country
                        and (ref.place.country != home if home else ref.place.country in hosts)
                    ):
                        governed[i] = True
                        trip_word = trip_word or (TripKind.OTHER, toponym.start - lo, 0)
            if history and any(governed):
                # "Roe visited Cusco in 2019", "who studied in Madrid in the 1990s": a place of history
                governed = [
                    g and not _history_in_clause(text, t.end, history, 40) and not _of_a_dated_journey(text, t.start, history)
                    for (t, _), g in zip(mine, governed, strict=True)
                ]
            if (
                trip_word is not None
                and traveller is not None
                and subject != traveller
                and _earlier_journey(text, lo + trip_word[1], hi)
            ):
                # ("President Roe visited China earlier this year", "following on from Minister Moe's visit to
                # Africa": another's earlier journey, told beside the journey the report is about)
                trip_word = None
            if (
                trip_word is not None
                and history
                and not any(isinstance(m.span, DateSpan) for m in dates)
                and _history_before(history, lo, lo + trip_word[1])
            ):
                # ("Back in 1991, the Amir paid a visit to Beijing", "in July, he flew to Washington" in a
                # January report: a sentence dated only by history tells an earlier journey)
                trip_word = None
            if (
                trip_word is not None
                and _OPENS_LONG_PAST.match(sentence.text) is not None
                and not any(isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY for m in dates)
            ):
                # ("Earlier this year, Roe visited several Gulf countries": a sentence set in a time long past
                # tells an earlier journey, whoever made it)
                trip_word = None
            if trip_word is not None and subject is not None and not caption:
                traveller = subject
            if (
                subject is not None
                and len(people) > 1
                and not caption
                and may_hold(sentence.text, _ACCOMPANIED_NEEDS)
                and (by := _ACCOMPANIED_BY.search(sentence.text)) is not None
            ):
                for p, at in zip(people, starts, strict=True):
                    if p != subject and at >= lo + by.end() and p not in party:
                        party[p] = subject
            if (
                traveller is not None
                and subject == traveller
                and may_hold(sentence.text, _IN_THE_PARTY_NEEDS)
                and _IN_THE_PARTY.search(sentence.text) is not None
            ):
                for p in people:
                    if p != traveller and p not in party:
                        party[p] = traveller
            fellows = (
                _fellow_travellers(text, sentence, subject, people, starts, names, roster, lo + trip_word[1], mine)
                if trip_word is not None and subject is not None and len(people) > 1
                else []
            )
            units.append(
                _Unit(
                    sentence,
                    caption,
                    len(units),
                    subject,
                    tuple(people),
                    tuple(dates),
                    tuple((t, r, g) for (t, r), g in zip(mine, governed, strict=True)),
                    # only a sentence with a subject can tell a trip (see _is_trip_sentence)
                    trip_word,
                    tuple(fellows),
                )
            )
            if (
                trip_word is None
                and people
                and not caption
                and len(units) > 1
                and (told := units[-2]).trip_word is not None
                and told.subject is not None
                and told.sentence.end <= lo
                and not text[told.sentence.end : lo].count("\n\n") > 1
                and (others := _OTHERS_TOO.match(sentence.text)) is not None
            ):
                # "Jane Roe arrived in Gulu on Tuesday. Other leaders included Tom Bako, as well as Ivo Mensah.":
                # those named made the journey just told, each on their own
                fellows = [p for p in people if p != told.subject]
                units[-1] = attrs.evolve(
                    units[-1],
                    subject=fellows[0],
                    dates=told.dates,
                    places=told.places,
                    trip_word=(told.trip_word[0], others.start("verb"), told.trip_word[2]),
                    fellows=tuple(fellows[1:]),
                ) if fellows else units[-1]
                fellows = fellows[1:]
                subject, trip_word, dates = units[-1].subject, units[-1].trip_word, list(told.dates)
            for fellow in fellows:
                # "Presidents Ann Poe and Tom Bako arrived in Gulu": each makes the journey of the sentence
                units.append(
                    _Unit(
                        sentence, caption, len(units), fellow, tuple(people), tuple(dates), units[-1].places,
                        trip_word, tuple(p for p in (subject, *fellows) if p is not None and p != fellow),
                    )
                )  # fmt: skip
    return units


# "Other leaders included ...", "Other dignitaries who came were ...": more who made the journey just told
_OTHERS_TOO = re.compile(
    r"(?:Other|Also|Among other)\s+(?:[\w-]+\s+){0,2}?(?:leaders|dignitaries|heads of state|heads of government"
    r"|guests|royals|visitors|presidents|monarchs)\b[^.;]{0,40}?\b(?P<verb>included|include|including|were|are)\b"
)
# "Presidents Ann Poe, Tom Bako and Ivo Mensah arrived": an office in the plural before a list of names
_PLURAL_HEADS_BEFORE = re.compile(
    r"\b(?:Presidents|Prime Ministers|Premiers|Chancellors|Kings|Emirs|Sultans|Governors|Govs\.)\s+$"
)
# "Jane Roe and Prince Tomas were among those who arrived", "among the leaders attending": each came
_AMONG_THOSE = Caseless(
    r"\bamong\s+(?:those|the\s+(?:[\w-]+\s+){0,2}(?:leaders|dignitaries|guests|heads of state|heads of"
    r" government|royals|mourners|visitors|attendees|officials))\b"
)
# between two names of one list: "and", a comma, "as well as", with the second's office ("and Prime
# Minister", ", as well as Rwanda's president,")
_LIST_LINK = re.compile(
    r"(?:,\s*|\s+)(?:and\s+|as\s+well\s+as\s+|&\s+)?(?:(?:the|of|and|as|well|his|her|their|[A-Z][\w.'’-]*|[\w-]+['’]s"
    r"|ruling|president|prime|minister|premier|chancellor|emir|amir|king|sultan|leader|crown|prince|vice"
    r"|counterpart|governor)[\s,]+)*"
)
# "Among those who arrived in Gulu were ...", "Leaders attending the summit included ...", "Also arriving
# were ...": a list of those who came, after the journey word (read up to the first name)
_LISTED_AFTER = re.compile(
    r"\b(?:among those|also (?:arriving|attending|present|visiting|travelling|traveling)|leaders|heads of state"
    r"|heads of government|dignitaries|guests|royals)\b[^;]{0,120}?\b(?:were|are|included|include|including)\s+"
    r"(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "President Ann Poe arrived in Gulu, as did Prime Minister Tom Bako": the one named after it came too
_AS_DID_BEFORE = re.compile(r",\s+as\s+did\s+(?:[\w'’.-]+\s+){0,4}$")
# a royal couple travels as one: "King Tomas and Queen Ann" (the consort is a companion)
_CONSORTS = frozenset(
    {frozenset(("King", "Queen")), frozenset(("Emperor", "Empress")), frozenset(("Prince", "Princess"))}
)


def _fellow_travellers(
    text: str,
    sentence: Sentence,
    subject: Person,
    people: Sequence[Person],
    starts: Sequence[int],
    names: Sequence[tuple[int, int]],
    roster: Roster,
    trip_at: int,
    places: Sequence[tuple[Toponym, PlaceRef]],
) -> list[Person]:
    """Others named with the subject before the sentence's journey word who make the journey each on
    their own: a list under an office in the plural ("Presidents Ann Poe, Tom Bako and Ivo Mensah
    arrived"), those "among those who arrived", or heads of state or government of other countries
    ("President Ann Poe and Prime Minister Tom Bako of Kenya arrived for the summit"). A spouse, a minister
    or the consort of a royal named with the subject travels with the subject (a companion); a head at
    home where the sentence places them is the host.
    """
    if subject not in people:
        return []
    at = starts[people.index(subject)]
    listed = (
        at >= trip_at
        and _LISTED_AFTER.search(text, sentence.start, at) is not None
        # ("Among those who welcomed her in Gulu were ...": the hosts)
        and _HOST_VERB.search(text, sentence.start, at) is None
    )
    if at >= trip_at and not listed:
        return [
            p
            for p, p_at in zip(people, starts, strict=True)
            if p_at > at and p != subject and _AS_DID_BEFORE.search(text, max(sentence.start, p_at - 60), p_at)
        ]
    plural = listed or _PLURAL_HEADS_BEFORE.search(text, max(sentence.start, at - 20), at) is not None
    among = "among" in sentence.text and _AMONG_THOSE.search(text, at, sentence.end) is not None
    where = {r.place.country for t, r in places if t.start > at and isinstance(r, Resolved) and r.place.country}
    fellows: list[Person] = []
    end = _name_end(names, at)
    for person, person_at in zip(people, starts, strict=True):
        if person_at < end or person == subject or set(person.name.split()) & set(subject.name.split()):
            continue  # (a name read over the subject's own, or one of its words, is the subject's)
        if _AS_DID_BEFORE.search(text, max(sentence.start, person_at - 60), person_at):
            fellows.append(person)  # ("..., as did Prime Minister Tom Bako")
            continue
        if (person_at > trip_at and not listed) or _LIST_LINK.fullmatch(text, end, person_at) is None:
            break
        end = _name_end(names, person_at)
        titles = frozenset((subject.title.name if subject.title else "", person.title.name if person.title else ""))
        heads = (
            all(is_head(t) for t in titles)
            and titles not in _CONSORTS
            and roster.countries.get(subject.name, "?") != roster.countries.get(person.name, "!")
            and roster.countries.get(person.name, "") not in where
        )
        if plural or among or heads:
            fellows.append(person)
    return fellows


# "In Kyiv on Tuesday, ...", "NAIROBI (Reuters) - In Kisumu, ...": a sentence that opens on a place
_PLACE_OPENING = re.compile(
    r"(?:^|(?:--|—|–|\s-|:)\s+)(?:On \w+(?: \w+)?,?\s+)?In (?:the )?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"(?:,? (?:on|last|this|late|early) \w+(?: \w+)?)?,\s+"
)
# ...then a deed of its subject
_DEED_VERB = re.compile(
    r"\b(?:met|meets|laid|lays|held|holds|attended|attends|addressed|addresses|opened|opens|signed|signs|toured|tours"
    r"|inaugurated|inaugurates|unveiled|unveils|visited|visits|paid|pays|launched|launches|chaired|chairs|presided"
    r"|presides|will (?:meet|lay|hold|attend|address|open|sign|tour|inaugurate|unveil|visit|pay|launch|chair))\b"
)


def _deed_after_place_opening(
    sentence: str, subject_at: int, places: Sequence[tuple[Toponym, PlaceRef]], lo: int
) -> tuple[TripKind, int, int] | None:
    """A deed done at the place a sentence opens on ("In Kyiv on Tuesday, Jane Roe met ..."): where it
    is done, as a trip word, or ``None``."""
    opening = _PLACE_OPENING.search(sentence, 0, subject_at + 1)
    if opening is None or opening.end() > subject_at + 1 or sentence[opening.end() : subject_at].count(",") > 1:
        return None
    at = opening.start("place")
    if not any(t.start - lo == at for t, _ in places):
        return None  # the opening names no place ("In a statement, ...")
    deed = _DEED_VERB.search(sentence, subject_at)
    if deed is None or deed.start() - subject_at > 80:
        return None
    return (TripKind.OTHER, deed.start(), 1)


def _trip_kind(unit: _Unit) -> tuple[TripKind, int, int] | None:
    """The sentence's strongest trip word (found once, when the sentence was read)."""
    return unit.trip_word


def _evidence(article: Article, unit: _Unit, rule: str) -> Evidence:
    return Evidence.of(article.text, unit.sentence.start, unit.sentence.end, rule, source=article.source)
