"""Article -> trips: who travelled, with what title, where and when, each fact with its words.

The rules are a careful reader's, applied sentence by sentence to the body and the photo
captions (never to headers or site boilerplate):

1. **People.** Titled full names ("Chinese Vice Premier Zhang Guoqing", "Xi Jinping, general
   secretary of the CPC Central Committee") make the roster; later mentions ("Zhang", "the
   premier", "he", "the visit") point back to it.
2. **Trip sentences.** A sentence reports a trip when its subject is a person on the roster and
   it says the person made a journey: a trip noun ("research trip", "inspection tour", "field
   study", "state visit") or a travel verb ("inspected", "visited", "toured", "arrived in")
   together with a region, a date range, or a place and a date.  Future tense ("will visit")
   makes the trip *planned*.  Meetings with no travel are not trips; a sentence about a
   companion ("took part in the inspection") is not the companion's trip.
3. **One journey, several sentences.** Trip sentences of one person whose days meet or lie
   within a few days of each other tell one trip ("arrived in Astana on Wednesday", "left Almaty
   on Friday after concluding a three-day state visit").  A stated length ("a three-day visit")
   with its first or last day gives the whole span; a start with no end ("began an inspection
   tour on Wednesday") keeps an open end.  A date inside a "since ..." clause dates that clause,
   not the trip.
4. **Regions and stops** are places the traveller is said to go to or be in: named after a
   travel or locative word ("in", "to", "visited", "tour of", "the city of") or listed with
   one.  Provinces and countries are regions (from trip sentences); cities, counties, towns
   and villages are stops (from trip sentences, sentences about the traveller, and captions).
   The dateline city is a stop only when the text puts the person there ("arrived here").
   Names inside organisations, people's names, demonyms and natural features are not places.
5. **Stop days**: the days given in the stop's sentences or captions; a dated caption that
   names no city but shows the same visit as a body sentence (shared content words) dates that
   sentence's city; a trip's only stop, named in the sentence that gives the trip's span, takes
   that span.
6. **Companions**: people who "accompanied", "took part in" or "joined" the trip, or who are
   named with the traveller as the trip's subject ("King Charles III and Queen Camilla").
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

import attrs
from attrs import field, frozen

from gazetteer import Gazetteer, Toponym
from gazetteer.model import Place, PlaceKind, PlaceRef, Resolved, Unresolved
from gazetteer.recognize import demonym_country
from gazetteer.resolve import NOT_A_PLACE_DIRECTION
from timeline._regex import Caseless, may_hold, words
from timeline._sentences import Sentence, split_sentences
from timeline.article import Article, ParagraphKind
from timeline.model import (
    DateMention,
    DateSpan,
    Document,
    Evidence,
    Person,
    Precision,
    Source,
    Stop,
    Trip,
    TripKind,
    TripStatus,
    Unknown,
)
from timeline.people import DEMONYMS, PersonMention, Roster, find_people
from timeline.temporal import NO_ANCHOR
from timeline.zh.language import is_chinese

__all__ = ["ExtractOptions", "extract_document", "extract_text", "warm_up"]


@frozen
class ExtractOptions:
    """Settings for extraction; vary with ``attrs.evolve``.

    Attributes:
        caption_link_min_words: content words a dated caption must share with a body sentence
            to lend that sentence's city its date.
        same_trip_gap_days: trip sentences of one person whose days are at most this far apart
            tell one trip.
    """

    caption_link_min_words: int = 3
    same_trip_gap_days: int = 3


_TRIP_WORDS: tuple[tuple[str, TripKind], ...] = (
    (
        r"research (?:trips?|tours?|visits?)|fact-finding (?:trips?|tours?|missions?)|field (?:study|studies|trips?)"
        r"|study tours?|investigation tours?|survey trips?|conduct(?:ed|ing)? (?:a )?(?:field )?research",
        TripKind.RESEARCH,
    ),
    (
        r"inspection (?:tours?|trips?|visits?)|inspections?|inspected|inspects|inspecting|inspect",
        TripKind.INSPECTION,
    ),
    (
        r"state visits?|official visits?|working visits?|goodwill visits?|visits?|visited|visiting"
        r"|paid an? (?:\w+ )?visit",
        TripKind.VISIT,
    ),
    (
        r"tours?|toured|touring|trips?|journeys?|travell?(?:ed|ing|s)? (?:\w+ ){0,4}?to|travel to|arrived in"
        r"|arrives in|arriving in|arrived here|arrived at|arrives at|went to|landed in|landed at|headed to"
        r"|fl(?:y|ew|ies|ying) to|will be in"
        r"|touched down in|touches down in"
        r"|(?:left|leaves|leave|leaving|departed|departs|depart|departing|set off|sets off) for"
        r"|reached"  # "reached Srinagar on Monday" (not "the middle reaches of the Yangtze")
        r"|stop(?:over)? in|stopped (?:over )?in"
        r"|(?:it['’]s|it is|it was|it will be|then|and) on ?to|next stop"  # "Thursday it's on to Saginaw"
        r"|(?:was|is|are|were|will be) back in"  # "was back in Iowa, with plans to meet voters"
        # "was in Kyiv on Monday for talks", "is due in Berlin on Friday", "flew into Berlin", "heads to
        # Tokyo", "was welcomed in Tokyo by ...", "spent two days in Tokyo"
        r"|(?:was|is) (?:also )?in|(?:is|are|was|were) (?:due|expected) (?:in|at)"
        r"|fl(?:ew|ies|y|ying) into|heads? to|heading to"
        r"|(?:was|were) (?:warmly )?(?:welcomed|received|greeted)(?: by [\w ]{1,40}?)? (?:in|at|to)"
        r"|spen(?:t|ds|d|ding) (?:\w+ )?(?:days?|nights?|hours?|weeks?) in"
        # "will hold a meet-and-greet in Goffstown on Monday": a campaign event in a town
        r"|(?:rally|rallies|town halls?|meet-and-greets?|roadshows?|road shows?) in"
        # "planned to campaign in the state", "was campaigning in Iowa", "crisscrossed Kinross High Street"
        r"|campaign(?:ed|ing|s)? in|crisscross(?:ed|es|ing)?"
        r"|vacations?|vacationing|vacationed"  # "went on a weeklong summer vacation on Wednesday"
        r"|return(?:ed|s|ing) (?:home )?from"  # "returned from Tokyo on Tuesday": the journey's end
        # "attended the G20 summit in Rome", "addressed the UN General Assembly in New York": an event
        # that leaders travel to
        r"|(?:attend(?:ed|s|ing)?|address(?:ed|es|ing)?|(?:took|takes|taking|take) part in"
        r"|participat(?:ed|es|ing|e) in) (?:the |a |an )?(?:[\w'’-]+ ){0,4}?(?:summit|general assembly"
        r"|funeral|inauguration|swearing-in|coronation|olympics|olympic games|world cup)",
        TripKind.OTHER,
    ),
)
# One scan finds every trip word; the first kind whose words match where it starts is its kind
# (the kinds' alternatives in order, as one alternation would try them).
_TRIP_TRIGGER = Caseless("|".join(rf"\b(?:{pattern})\b" for pattern, _ in _TRIP_WORDS))
_TRIP_KINDS = tuple((Caseless(rf"\b(?:{pattern})\b"), kind) for pattern, kind in _TRIP_WORDS)
# Every _TRIP_TRIGGER match holds one of these (in lower case): a cheap test before the scan.
_TRIP_STEMS = (
    "research", "fact-finding", "field stud", "field trip", "inspect", "visit", "tour", "trip", "journey",
    "travel", "arriv", "went to", "landed in", "landed at", "headed to", "fly to", "flew to", "flies to", "flying to",
    "will be in", "touche", "left for", "leaves for", "leaving for", "departed for", "departs for",
    "leave for", "depart for", "reached",
    "departing for", "off for", "stop", "campaign", "crisscross", "vacation", "on to", "onto", "back in",
    "rall", "town hall", "meet-and-greet", "roadshow", "road show", "was in", "is in", "were in", "are in",
    "also in", "due in", "due at", "expected in", "expected at", "into", "head", "welcomed", "received",
    "greeted", "spen", "return", "summit", "assembly", "funeral", "inaugura", "swearing", "coronation",
    "olympic", "world cup",
)  # fmt: skip
_KIND_RANK = {TripKind.RESEARCH: 3, TripKind.INSPECTION: 3, TripKind.VISIT: 2, TripKind.OTHER: 1}
# A trip noun ("research trip", "state visit") names the journey itself; a verb ("visited a
# factory") may name a stop within it.  Journey words decide a trip's kind over stop words.
_JOURNEY_WORDS = Caseless(
    r"\b(?:research (?:trip|tour|visit)|inspection (?:tour|trip|visit)|fact-finding|field (?:study|studies|trip)"
    r"|study tour|investigation tour|state visit|official visit|working visit|goodwill visit"
    r"|inspected (?:the )?(?:city|province|region|county)|trips?|tours?|vacations?"
    # "a three-day visit", "his 3-day visit": a visit with a stated length is a journey
    r"|(?:two|three|four|five|six|seven|eight|nine|ten)-day (?:\w+ )?(?:visits?|stays?)"
    r"|week-long (?:\w+ )?(?:visits?|stays?)"
    r"|day(?<=\d-day) (?:\w+ )?(?:visits?|stays?))\b"  # "3-day visit", from "day": letters first
)
_MOVED = Caseless(
    r"\b(?:arrived|arrives|arriving|landed|lands|touched down|flew|flies|travell?ed|travels|went|headed"
    r"|toured|tours|visited|visits|reached|reaches|stopped"
    r"|(?:to|will|would|shall) (?:also |first |then )?(?:visit|travel to|fly to|go to|tour))\b"  # "are set to visit Middlesbrough"
)
_PROGRAMME_LINE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"(?:,?\s+\d{4})?\s*[–—:-]\s+[a-z]"
)
_EARLIER_VISIT_BEFORE = Caseless(r"\b(?:last|previously|once|never|already)\s+$")
_TIMES_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) times|twice)\b", re.IGNORECASE
)
_REMOTE_BEFORE = Caseless(r"\b(?:online|virtual|video|remote)\s+(?:\w+\s+)?$")
_ATTRIBUTED = Caseless(r"\baccording to\b[^.;]{0,38}$")
_HE_OR_SHE = Caseless(r"\b(?:he|she)\b")
# "The last time she visited the city was during a 1953 tour": an earlier journey, with or without
# the report's own date to compare the year with
_HISTORY_BEFORE = Caseless(
    r"\b(?:the last time|last visited|last visit|previous visit|previously visited|first time since)\b[^.;!?,]*$"
)
_INVITER_BEFORE = Caseless(
    r"\b(?:(?:at|on|upon) the invitation of|invited by|at the request of)\s+(?:[\w.'’-]+\s+){0,6}$"
)
_OBJECT_BEFORE = Caseless(r"\b(?:with|to|by|for|met|meet|meets|and)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}$")
_POSSESSIVE_BEFORE_TRIP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}$")
# "was joined by", "was welcomed by": the person named next is the host or the companion
_AGENT_BEFORE = Caseless(
    r"\b(?:was|were|is|are|been|being) (?:\w+ )?(?:joined|accompanied|welcomed|received|greeted|hosted|met|"
    r"seen off|invited) by (?:[^.;!?]{0,80})$"
)
_HISTORY_SENTENCE = re.compile(
    r"^(?:(?:his|her|their|the) (?:last|previous|first|earlier) (?:visit|trip|tour|journey)\b|the last time\b"
    r"|last year\b|a year ago\b|in (?:19|20)\d\d,)",  # "Last year, Yoon ... stayed at his home in Seoul"
    re.IGNORECASE,
)
# "His tour", "her visit": the sentence opens on the trip already told, by its possessive
_BACK_REFERENCE = re.compile(
    r"^(?:his|her|their|the) (?:[\w-]+ ){0,2}$", re.IGNORECASE
)  # once per trip sentence
_VISIT_TO = Caseless(r"\bvisits? to\s+(?:the\s+)?")
_FUTURE = Caseless(
    r"\b(?:will|shall|is|are) (?:also )?(?:be )?(?:scheduled|expected|set|due|slated|going) to\b|\bwill\b"
    r"|\b(?:is|are) to\b|\bplans? to\b|\bplanned\b|\bupcoming\b|\bforthcoming\b"
)
_OPEN_START = Caseless(
    r"\b(?:began|begins|beginning|started|starts|starting|commenced|commences|commencing|commence|kicked off|kicking off|opened|launched|embarked on"
    r"|arrived|arrives|arriving|landed|lands|reached|touched down|touches down"
    r"|(?:left|leaves|leaving|departed|departs|set off|sets off|set out)\b[^.;]{0,60}?\bfor"
    r"|(?:left|leaves|leaving|set off|sets off|set out|went|goes|go) on (?:a|an|his|her|their)"
    r"|(?:left|leaves|leaving|departed|departs)\b[^.;]{0,60}?\bon (?:a|an|his|her|their) [^.;]{0,30}?"
    r"(?:visit|tour|trip|journey))\b"
)
_FROM_DAY = Caseless(r"\b(?:from|starting|beginning)\s+$")
_CLOSED_END = Caseless(r"\b(?:concluded|concludes|ended|ends|wrapped up|finished|until|through)\b")
# "left Tokyo on Friday" ends a stay; "left for Tokyo on Friday" starts one (_OPEN_START).
_END_CUE = Caseless(
    r"\b(?:concluded|concluding|concludes|wrapped up|wrapping up|ended|ending|ends"
    # "left Tokyo on Friday" ends a stay; "left for Tokyo", "left on a visit to Greece" start one
    # "left Islamabad on Saturday on a three-day visit to India" starts one too
    r"|(?:left|leaving|leaves)\b(?![^.;]{0,60}?\b(?:for|on (?:a|an|his|her|their) [^.;]{0,30}?"
    r"(?:visit|tour|trip|journey))\b)(?!\s+(?:on|today|yesterday|here)\b)"
    r"|to a close|at the end of|winding up|wound up|rounded off|flew home|returned home|return(?:ed|s|ing) from"
    r"|after (?:a|an|his|her|its|their|the) (?:[\w-]+ ){0,3}(?:visit|tour|trip|stay)"
    r"|(?:for|lasting) (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days (?:through|until|till|to)"
    r"|(?:visit|tour|trip|stay) (?:until|till|through))\b"  # "a three-day visit until Sunday"
)
# "a three-day visit": a stated length and one dated end give the whole span.
_DURATION = Caseless(
    r"\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day"
    r"|(?:for|lasting) (?P<m>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days"
    r"|(?P<w>week[- ]?long))\b"  # "a weeklong summer vacation": seven days
)
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


_COMPANION = Caseless(
    r"\b(?:accompanied|accompanying|took part|taking part|takes part|joined|also attended|were present"
    r"|was present|along with|together with)\b"
)
_COMPANION_NEEDS = ("accompan", " part", "joined", "attended", "present", "with")


def _companion_words(text: str) -> bool:
    """Whether the sentence says someone went along ("accompanied by", "took part")."""
    return may_hold(text, _COMPANION_NEEDS) and _COMPANION.search(text) is not None


# "Thursday it's on to Saginaw", "Then it was on to Kyoto", "Next stop: Busan": the journey's next leg,
# told without its traveller
_NEXT_LEG = re.compile(  # (read with .match at a sentence's start)
    r"(?:[\w,]+\s+){0,3}?(?:it['’]s|it is|it was|it will be|then|next)\s+(?:then\s+)?on\s*to\b"
    r"|(?:the\s+)?next stop\b",
    re.IGNORECASE,
)
# what may stand between a scene-setting phrase and the name that follows it: ", Prince "
_NAMED_NEXT = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){0,6}$")
# Who a sentence is about when it names nobody first: "He ...", "On Thursday he ...", "The visit ...".
_ANAPHOR = re.compile(
    r"^[\"“]?(?:(?:On|In|At|During|While|After|Later|Then|That)\b[^,.]{0,60}?,?\s+)?"
    # ("The July 6-8 visit will ...", not "The last county visit ...": an earlier one)
    r"(?:he|she|his|her|the (?!(?:last|previous|earlier|first|next|latest)\b)(?:[\w-]+ ){0,2}(?:visit|trip|tour|journey)"
    r"|the (?:inspection|couple|two leaders|convoy|motorcade"
    r"|entourage|royal couple|imperial couple)|this (?:visit|trip|tour|journey)"
    # "The rest of the royal tour was taken up with ... in nearby Lisburn"
    r"|the (?:rest|remainder|next leg|last leg|final leg|second leg|first leg) of (?:the|his|her|their)"
    r" (?:[\w-]+ )?(?:visit|trip|tour|journey))\b",
    re.IGNORECASE,
)
# "the Communist Party of China", "Bank of China": a name inside an organisation's is no place visited.
# Towns do not take "the" (The Hague names it in its own words); a building or a title does.
_THE_BEFORE = re.compile(r"(?<![A-Za-z])the\s+$")
_AREA_AFTER = re.compile(
    r"\s+(?:area|region|district|community|county|city|town|suburbs?|neighbou?rhood|municipality|metropolitan)\b"
)
_ORG_BEFORE = words(
    r"\b(?:Party|Bank|University|Academy|Association|Federation|Committee|Council|Congress|Institute|Ministry"
    r"|Embassy|Consulate|Chamber|Society|Union|League|Corporation|Group|Company|Museum|Library|Republic"
    r"|Palace|Abbey|Cathedral|Church|Castle|Tower|Houses|Tomb|Grave|Mausoleum|Monument|Memorial|Gate) of"
    r" (?:the )?$"
)
# "Dongting Lake", "Yangtze River": a natural feature or a facility named after a place is not the place.
_FEATURE_AFTER = re.compile(
    r"^\s+(?:Lake|River|Mountains?|Bay|Sea|Island|Islands|Strait|Gorges?|Valley|Desert|Plateau|Basin|Bridge"
    r"|Port|Airport|Station|Road|Street|Avenue|Park|University|Hospital|Dam|Reservoir|Canal|Harbour|Harbor"
    r"|Palace|Hall|Square|Temple|Abbey|Cathedral|Castle|Church|Cemetery|Mosque|Stadium|Fort)\b",
    re.IGNORECASE,
)
# A place the traveller goes to or is in is named after one of these words.
_CUE_BEFORE = Caseless(
    r"(?:\b(?:to|onto|in|into|at|across|through|throughout|around|inside|within|visited|visiting|visits|visit|inspected"
    r"|inspecting|inspects|inspect|toured|touring|tours|tour|reached|via|arrived|arriving|left|leaving|leaves"
    # "left for Tokyo": the destination; "left Beijing": the departure, no stop
    r"|(?:left|leaving|leaves|leave|departed|departing|depart|bound|headed|set off|set out) for"
    r"|(?:left|leaving|leaves|departed|departing)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2}\s+for"  # "left London for"
    r"|next stop (?:is|was|will be)"  # "Her next stop is Mombasa"
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
    r"|,\s*(?:the\s+)?(?:provincial\s+|regional\s+)?capital(?:\s+city)?\s+of\s+)(?:the\s+)?$"
)
# Villages and townships lie below the gazetteer's population threshold; they are kept, unresolved.
_SMALL_PLACE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) (?P<kind>[Vv]illage|[Tt]ownship|[Tt]own|[Dd]istrict|[Cc]ounty"
    r"|[Cc]onstituency|[Ss]ub-county)\b"
)
# "in Bududa, Manafa and Sironko Districts": several, the kind named once in the plural
_SMALL_PLACES = re.compile(
    r"\b(?P<names>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+)\s+"
    r"(?P<kind>[Vv]illages|[Tt]ownships|Districts|[Cc]ounties)\b"
    # "visited villages including Mankeli, Gangaloor, and Cherpal": the kind named first
    r"|\b(?P<kind2>villages|townships|districts|counties|towns)\s+(?:including|such as|like|namely|of)\s+"
    r"(?P<names2>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+)\b"
)
_NAME_IN_LIST = re.compile(r"[A-Z][a-z]+")
# one is in every match ("Township", "village")
_SMALL_PLACE_NEEDS = (
    " Village",
    " Town",
    " District",
    " County",
    " village",
    " town",
    " county",
    " district",
    " Counties",
    "onstituency",
    "ub-county",
    "villages ",
    "townships ",
    "districts ",
    "towns ",
    " counties",
)
# "Central Business District", "Economic Development Zone": kinds of area, not places' names.
_GENERIC_NAME = frozenset(
    """
    Central Business New Special Economic Development Industrial High Tech High-tech Free Trade Old Historic
    Scenic Pilot Demonstration Coastal Urban Rural Border The This That Each Every
    """.split()
)
# "arrived here", "left ... from the airport here", "planted a sapling in Raj Bhavan here": the
# dateline city
_ARRIVED_HERE = Caseless(
    r"\b(?:arrived|arrives|arriving|landed|lands|reached|left|leaving|visited|toured|stayed|spent|planted"
    r"|inaugurated|attended|addressed|was|were)\b[^.;\"“”]{0,60}?\bhere\b"
)
_ARRIVED_HERE_NEEDS = ("here",)
_STOPWORDS = frozenset(
    """
    a an the of in on at to for and or with by from as is was were be been its his her their this
    that these those which who during while also such other more most many several into about over
    after before he she it they them said says made make visits visited visit inspects inspected
    chinese china province city county region east west south north southwest southeast northwest
    northeast central photo xinhua
    """.split()
)
_WORDS = re.compile(r"[a-z][a-z-]+")
# a second-level division ("Henry County", "Cornwall") is visited as a city is; provinces and countries hold the trip
# (tuples, asked once per place: a tuple compares members by identity, a set hashes them in Python)
_STOP_KINDS = (PlaceKind.ADMIN2, PlaceKind.CITY, PlaceKind.COUNTY, PlaceKind.TOWN)
_REGION_KINDS = (PlaceKind.ADMIN1, PlaceKind.COUNTRY)


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


@attrs.define
class _StopDraft:
    place: PlaceRef
    order: float
    days: list[DateSpan] = field(factory=list)
    evidence: list[Evidence] = field(factory=list)
    in_span_sentence: bool = False
    link_words: set[str] = field(factory=set)

    def span(self) -> DateSpan | None:
        if not self.days:
            return None
        return DateSpan(min(d.start for d in self.days), max(d.end for d in self.days), Precision.DAY)


@attrs.define
class _TripDraft:
    person: Person
    kind: TripKind
    status: TripStatus
    rank: int
    units: list[_Unit] = field(factory=list)
    trip_units: set[int] = field(factory=set)
    spans: list[tuple[DateSpan, int, bool]] = field(factory=list)  # (span, unit index, open end)
    regions: dict[str, PlaceRef] = field(factory=dict)
    stops: dict[str, _StopDraft] = field(factory=dict)
    companions: dict[str, Person] = field(factory=dict)
    evidence: list[Evidence] = field(factory=list)
    # span() kept up to date as spans are appended (recomputing it each time is quadratic)
    _seen: int = field(default=0, init=False, repr=False)
    _day: list[dt.date] = field(factory=list, init=False, repr=False)  # [start, end] of day spans
    _all: list[dt.date] = field(factory=list, init=False, repr=False)  # [start, end] of all spans
    _first: Precision | None = field(default=None, init=False, repr=False)
    _open_ends: set[dt.date] = field(factory=set, init=False, repr=False)

    def span(self) -> DateSpan | None:
        for s, _, o in self.spans[self._seen :]:
            for box, on in ((self._all, True), (self._day, s.precision is Precision.DAY)):
                if on:
                    if box:
                        box[0], box[1] = min(box[0], s.start), max(box[1], s.end)
                    else:
                        box.extend((s.start, s.end))
            if self._first is None:
                self._first = s.precision
            if o:
                self._open_ends.add(s.end)
        self._seen = len(self.spans)
        if not self._all:
            return None
        start, end = self._day or self._all
        precision = Precision.DAY if self._day else self._first
        assert precision is not None
        return DateSpan(start, end, precision, end in self._open_ends)

    def span_units(self) -> set[int]:
        """The sentences whose dates make the trip's span."""
        span = self.span()
        return {
            i for s, i, _ in self.spans if span is not None and s.start == span.start and s.end == span.end
        }


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.default()


def warm_up() -> None:
    """Load the gazetteer now rather than on the first report (before forking workers, say)."""
    _gazetteer().resolve("Beijing")


def _key(ref: PlaceRef) -> str:
    return f"id:{ref.place.geonameid}" if isinstance(ref, Resolved) else f"text:{ref.text.lower()}"


def _kind_of(ref: PlaceRef, toponym: Toponym) -> PlaceKind | None:
    if isinstance(ref, Resolved):
        return ref.place.kind
    return toponym.kind_hint


def _content_words(text: str) -> set[str]:
    return {w for w in _WORDS.findall(text.lower()) if w not in _STOPWORDS and len(w) > 2}


class _Spans:
    """Character spans, asked whether any overlaps a range: a binary search, not a scan."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span starts before ``end`` and ends after ``start``."""
        before = bisect.bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start


def _is_place_mention(text: str, toponym: Toponym, names: _Spans, ref: PlaceRef | None = None) -> bool:
    """False for names inside organisations, people's names, demonyms and natural features, and for
    a town's name used with "the" ("the White House", "the Grave of the Unknown Warrior")."""
    if toponym.name in DEMONYMS or toponym.text in DEMONYMS:
        return False
    start, end = toponym.start, toponym.end
    if (
        isinstance(ref, Resolved)
        and ref.place.kind in (PlaceKind.CITY, PlaceKind.TOWN)
        and toponym.kind_hint is None
        and _THE_BEFORE.search(text, max(0, start - 5), start)
        and not toponym.text.startswith(("The ", "the "))
        and not _AREA_AFTER.match(text, end)  # "the Greensburg area" is the place
    ):
        return False
    # quick tests first: a match of _ORG_BEFORE ends in "of " or "of the " (and a line break at
    # most), one of _FEATURE_AFTER opens with white space
    if "of " in text[max(0, start - 8) : start] and _ORG_BEFORE.search(text, max(0, start - 40), start):
        return False
    if text[end : end + 1].isspace() and _FEATURE_AFTER.match(text[end : end + 20]):
        # "Istanbul airport" is a building, but the town it is named after was read for it (airport-town)
        return isinstance(ref, Resolved) and ref.rule == "airport-town"
    return not names.overlaps(start, end)


def _small_places(
    article: Article, known: Sequence[tuple[Toponym, PlaceRef]]
) -> list[tuple[Toponym, PlaceRef]]:
    """Villages and townships the gazetteer does not hold, kept as unresolved places."""
    out: list[tuple[Toponym, PlaceRef]] = []
    paragraphs = [
        p
        for p in article.paragraphs
        if p.kind in (ParagraphKind.BODY, ParagraphKind.CAPTION)
        and any(kind in p.text for kind in _SMALL_PLACE_NEEDS)
    ]
    if not paragraphs:
        return out  # no paragraph names a village or a district: the known places need no index
    known_names = _Spans((t.name_start, t.name_end) for t, _ in known)
    known_unresolved = _Spans((t.start, t.end) for t, r in known if isinstance(r, Unresolved))
    known_spans = _Spans((t.start, t.end) for t, _ in known)
    for paragraph in paragraphs:
        for match in _SMALL_PLACE.finditer(article.text, paragraph.start, paragraph.end):
            # "Gangzhongping Village of Xiejiapu Town": the known town does not hide the village in it
            if known_names.overlaps(match.start(), match.end()) or known_unresolved.overlaps(
                match.start(), match.end()
            ):
                continue
            if match.group("name").split()[0].split("-")[0] in _GENERIC_NAME:
                continue
            toponym = Toponym(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                name=match.group("name"),
                kind_hint=PlaceKind.TOWN,
                name_start=match.start("name"),
                name_end=match.end("name"),
            )
            reason = f"no {match.group('kind').lower()} of that name in the gazetteer (below its population threshold)"
            out.append((toponym, Unresolved(match.group(), reason)))
        for match in _SMALL_PLACES.finditer(article.text, paragraph.start, paragraph.end):
            group = "names" if match.group("names") else "names2"
            kind = (
                (match.group("kind") or match.group("kind2"))
                .lower()
                .removesuffix("s")
                .replace("countie", "county")
            )
            for name in _NAME_IN_LIST.finditer(article.text, match.start(group), match.end(group)):
                if name.group() in _GENERIC_NAME or known_spans.overlaps(name.start(), name.end()):
                    continue
                toponym = Toponym(
                    start=name.start(),
                    end=name.end(),
                    text=name.group(),
                    name=name.group(),
                    kind_hint=PlaceKind.TOWN,
                    name_start=name.start(),
                    name_end=name.end(),
                )
                reason = f"no {kind} of that name in the gazetteer (below its population threshold)"
                out.append((toponym, Unresolved(name.group(), reason)))
    return out


# "arrived at Paro International airport": the town an airport is named after
# "went to Ntcheu District Hospital": likewise a district hospital
_AIRPORT = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?: (?!International\b|District\b)[A-Z][\w'’-]+)?)"
    r"(?: International)?(?: District)? (?:[Aa]irport|Hospital)\b"
)
_TOWN_KINDS = (PlaceKind.CITY, PlaceKind.TOWN)


def _airport_towns(
    article: Article, known: Sequence[tuple[Toponym, PlaceRef]]
) -> list[tuple[Toponym, PlaceRef]]:
    """Towns named only in their airport's (or district hospital's) name, where the report's places
    say which town.

    Only a name one town bears in the countries the report already places (so "Wattay International
    Airport", named after no town, and "Lincoln Airport" among many Lincolns add nothing).
    """
    if "irport" not in article.text and "Hospital" not in article.text:
        return []
    spans = _Spans((t.start, t.end) for t, _ in known)
    countries = {r.place.country for _, r in known if isinstance(r, Resolved) and r.place.country}
    out: list[tuple[Toponym, PlaceRef]] = []
    for paragraph in article.paragraphs:
        if paragraph.kind not in (ParagraphKind.BODY, ParagraphKind.CAPTION) or (
            "irport" not in paragraph.text and "Hospital" not in paragraph.text
        ):
            continue
        for match in _AIRPORT.finditer(article.text, paragraph.start, paragraph.end):
            # a place found inside the facility's name ("Ntcheu District" of the hospital) hides nothing
            if spans.overlaps(match.start("name"), match.end("name")) and not any(
                match.start() <= t.start and t.end < match.end() for t, _ in known if t.start == match.start()
            ):
                continue
            # the town's own name, not an alias ("Reagan International airport" is no town "Reagan")
            named = [
                p
                for p in _gazetteer().lookup(match.group("name"))
                if p.kind in _TOWN_KINDS and p.name.casefold() == match.group("name").casefold()
            ]
            # a town of the countries the report places, or, where it places none, the only town so named
            towns = [p for p in named if p.country in countries] if countries else named
            if len(towns) != 1:
                continue
            toponym = Toponym(
                start=match.start("name"),
                end=match.end("name"),
                text=match.group("name"),
                name=match.group("name"),
                kind_hint=PlaceKind.CITY,
                name_start=match.start("name"),
                name_end=match.end("name"),
            )
            out.append((toponym, Resolved(match.group("name"), towns[0], "airport-town")))
    return out


# "arrived in the UAE capital", "in the Indonesian capital on Monday": a country's capital named by
# the country (or its people), with no name after it ("the Qatari capital Doha" names it)
_CAPITAL_PHRASE = re.compile(
    r"\bthe (?P<country>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)(?:['’]s)? capital\b(?!,? (?:city )?[A-Z])"
)


def _capital_phrases(article: Article) -> list[tuple[Toponym, PlaceRef]]:
    """Capitals named only as "the <country> capital": the country's capital city."""
    if "capital" not in article.text:
        return []
    out: list[tuple[Toponym, PlaceRef]] = []
    for paragraph in article.paragraphs:
        if paragraph.kind not in (ParagraphKind.BODY, ParagraphKind.CAPTION) or "capital" not in paragraph.text:
            continue
        for match in _CAPITAL_PHRASE.finditer(article.text, paragraph.start, paragraph.end):
            who = match.group("country")
            code = demonym_country(who) or next(
                (p.country for p in _gazetteer().lookup(who, kind=PlaceKind.COUNTRY)), None
            )
            capital = _gazetteer().capital(code) if code else None
            if capital is None:
                continue
            toponym = Toponym(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                name=capital.name,
                kind_hint=PlaceKind.CITY,
                name_start=match.start("country"),
                name_end=match.end(),
            )
            out.append((toponym, Resolved(match.group(), capital, "capital-phrase")))
    return out


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
    r"\b(?:villages|towns|townships|districts|counties|cities|places|areas) (?:including|such as|like|namely)\s+$"
)
_LEFT_FOR_BEFORE = Caseless(
    r"\b(?:left|leaving|leaves|departed|departing|headed|set off|set out) for\s+(?:the\s+)?$"
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
    for i, (toponym, ref) in enumerate(places):
        before = text[max(sentence.start, toponym.start - 40) : toponym.start]
        cue = cues.get(before)
        if cue is None:
            cue = cues[before] = _cue_before(before)
        cued = cue.cued or (
            # "Upon his arrival at the Air Force Technical Area of Thiruvananthapuram Airport": the town
            # of the airport landed at
            isinstance(ref, Resolved)
            and ref.rule == "airport-town"
            and _ARRIVAL.search(text, sentence.start, toponym.start) is not None
        )
        if cued and cue.left and _FOR_AFTER.search(text[toponym.end : sentence.end]):
            cued = False
        if cued and cue.left_for and _END_CUE.search(sentence.text):
            cued = False  # "left for Delhi after a three-day visit": home, not a stop
        if cued and cue.return_to:
            cued = False  # "is expected to return to Mexico City on Monday": home, not a stop
        if cued and cue.from_ and _FLEW.search(text, sentence.start, toponym.start):
            cued = False  # "flew to Komatsu from Tokyo International Airport at Haneda": where he set out
        if not cued and i > 0 and out[i - 1] and previous_end >= 0:
            between = text[previous_end : toponym.start]
            listed = lists.get(between)
            if listed is None:
                listed = lists[between] = _LIST_BEFORE.match(between) is not None
            cued = listed
        out.append(cued)
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
    return span.precision in (Precision.YEAR, Precision.DECADE) and span.end.year < anchor.year


# "King Abdullah II on Wednesday received Oman Sultan Haitham ... at the start of his state visit":
# the host receives, the guest travels
_HOST_VERB = Caseless(r"\b(?:received|receives|welcomed|welcomes|greeted|greets|hosted|hosts)\b")


_OWNER = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:opponent|rival|wife|husband|spouse|son|daughter|counterpart|envoy|deputy)\b"
)


def _name_end(names: Sequence[tuple[int, int]], start: int) -> int:
    """Where the name that starts at ``start`` ends."""
    at = bisect.bisect_left(names, (start, -1))
    return names[at][1] if at < len(names) and names[at][0] == start else start


_PARTICIPLE_OPENING = re.compile(
    r"(?:As well as|After|Before|Besides|While|Following|Apart from|In addition to)\s+[a-z]+ing\b[^,.;]{0,80},\s+"
)
_MET = Caseless(r"\bmet\s+(?:with\s+)?(?:[\w'’.-]+\s+){0,5}$")


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
            if sentence.start <= t.start < sentence.end and isinstance(r, Resolved) and r.place.kind in _STOP_KINDS
        }
        if home and len(where) == 1 and home not in where and host_home in ("", *where):
            return guest
        return None
    return None


_BY_BEFORE = Caseless(r"\bby\s+(?:[\w.-]+\s+){0,4}$")
_PASSIVE_BEFORE = Caseless(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+\s+)?$")


def _guest_of(
    text: str, host: Person, people: Sequence[Person], starts: Sequence[int], end: int
) -> Person | None:
    """The person the sentence's subject receives or welcomes: the one travelling."""
    at = starts[people.index(host)]
    later = [(p, s) for p, s in zip(people, starts, strict=True) if s > at and p != host]
    if not later:
        return None
    guest, guest_at = later[0]
    verb = _HOST_VERB.search(text, at, guest_at)
    if verb is None or _PASSIVE_BEFORE.search(text, max(at, verb.start() - 24), verb.start()):
        return None  # "Prince Mohammed was welcomed to the UAE by Sheikh Mohamed": the host comes after
    return guest


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
    mentions = [
        m
        for m in mentions
        if not _is_background(m, anchor, own_days)
        and not _HISTORY_BEFORE.search(text, max(0, m.evidence.start - 120), m.evidence.start)
        and not (
            _said_near(said, m.evidence.start)
            and _SAID_BEFORE.search(text, max(0, m.evidence.start - 40), m.evidence.start)
        )
    ]
    alias = roster.alias_pattern()
    names = [(m.start(), m.end()) for m in alias.finditer(text)] if alias is not None else []
    name_starts = [start for start, _ in names]
    name_spans = _Spans(names)
    places = sorted(
        [(t, r) for t, r in places if _is_place_mention(text, t, name_spans, r)],
        key=lambda pair: pair[0].start,
    )
    place_starts = [t.start for t, _ in places]
    mention_starts = [m.evidence.start for m in mentions]
    in_order = all(a <= b for a, b in itertools.pairwise(mention_starts))
    units: list[_Unit] = []
    topic: Person | None = roster.people[0] if len(roster.people) == 1 else None
    for paragraph in article.paragraphs:
        if paragraph.kind not in (ParagraphKind.BODY, ParagraphKind.CAPTION):
            continue
        caption = paragraph.kind is ParagraphKind.CAPTION
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
                        or not _ATTRIBUTED.search(text, max(lo, at - 40), at)
                    )
                    # "Stefanik's opponent Tedra Cobb was campaigning": the one named after a possessive
                    and not (len(people) > 1 and _OWNER.match(text, _name_end(names, at)))
                    # "At the invitation of President Ann Poe, President Jane Roe will visit": the host
                    and not (
                        len(people) > 1
                        and "nvit" in sentence.text
                        and _INVITER_BEFORE.search(text, max(lo, at - 60), at)
                    )
                ),
                people[0] if people else None,
            )
            if (
                subject is not None
                and len(people) > 1
                and ("eceive" in sentence.text or "elcome" in sentence.text or "host" in sentence.text)
            ):
                subject = _guest_of(text, subject, people, starts, hi) or subject
            if subject is not None and len(people) > 1 and (opening := _PARTICIPLE_OPENING.match(sentence.text)):
                # "As well as meeting Xi, Hun Manet is expected to hold talks": the one after the comma
                subject = next((p for p, s in zip(people, starts, strict=True) if s >= lo + opening.end()), subject)
            if subject is not None and len(people) > 1 and " met" in sentence.text:
                subject = _foreign_guest(text, sentence, subject, people, starts, roster, places) or subject
            if subject is not None and _AGENT_BEFORE.search(
                text, max(lo, starts[people.index(subject)] - 100), starts[people.index(subject)]
            ):
                # "There, the British monarch was joined by First Minister David Trimble": he is the host
                subject = None

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
                            _BY_BEFORE.search(
                                text, max(lo, starts[people.index(subject)] - 40), starts[people.index(subject)]
                            )
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
            if subject is not None and not caption:
                topic = subject
            mine = places[bisect.bisect_left(place_starts, lo) : bisect.bisect_left(place_starts, hi)]
            dates = (
                mentions[bisect.bisect_left(mention_starts, lo) : bisect.bisect_left(mention_starts, hi)]
                if in_order
                else [m for m in mentions if lo <= m.evidence.start < hi]
            )
            trip_word = None if subject is None else _strongest_trip_word(sentence, mine)
            if trip_word is not None and len(people) > 1:
                # "Aso expressed the hope that Dr. Singh's visit to Japan will ...": the visit is Singh's
                at = lo + trip_word[1]
                for name_start, name_end in names[
                    bisect.bisect_left(name_starts, lo) : bisect.bisect_left(name_starts, at)
                ]:
                    owner = roster.who(text[name_start:name_end])
                    if owner is not None and _POSSESSIVE_BEFORE_TRIP.match(text, name_end, at):
                        subject = owner
            units.append(
                _Unit(
                    sentence,
                    caption,
                    len(units),
                    subject,
                    tuple(people),
                    tuple(dates),
                    tuple((t, r, g) for (t, r), g in zip(mine, _governed(text, sentence, mine), strict=True)),
                    # only a sentence with a subject can tell a trip (see _is_trip_sentence)
                    trip_word,
                )
            )
    return units


def _strongest_trip_word(
    sentence: Sentence, places: Sequence[tuple[Toponym, PlaceRef]]
) -> tuple[TripKind, int, int] | None:
    """The kind of the strongest trip word in the sentence, where it is, and its strength."""
    text = sentence.text
    if not may_hold(text, _TRIP_STEMS):
        return None
    best: tuple[TripKind, int, int] | None = None
    for match in _TRIP_TRIGGER.finditer(text):
        if _REMOTE_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # "an online visit to Iwate": no journey
        if _EARLIER_VISIT_BEFORE.search(text, max(0, match.start() - 16), match.start()) or (
            _TIMES_AFTER.match(text, match.end())
        ):
            continue  # "last visited France in 2019", "has visited France three times": earlier journeys
        kind = next(kind for words, kind in _TRIP_KINDS if words.match(match.string, match.start()))
        journey = _JOURNEY_WORDS.match(text, match.start()) is not None
        visit_to = _VISIT_TO.match(text, match.start())
        if visit_to is not None:
            # "a visit to the port city of Tianjin" is a journey; "a visit to an AI company" is not
            at = sentence.start + visit_to.end()
            journey = journey or any(-5 <= t.start - at <= 25 for t, _ in places)
        rank = _KIND_RANK[kind] + (2 if journey else 0)
        if best is None or rank > best[2]:
            best = (kind, match.start(), rank)
    return best


def _trip_kind(unit: _Unit) -> tuple[TripKind, int, int] | None:
    """The sentence's strongest trip word (found once, when the sentence was read)."""
    return unit.trip_word


# "has canceled a planned visit to Paris", "called off his trip": the journey is not made nor planned
_CANCELLED = Caseless(
    r"\b(?:cancell?(?:ed|ing|s)?|called off|calls off|calling off|postpone[ds]?|postponing|scrapped|scraps)\b"
    r"[^.;]{0,40}?\b(?:visit|trip|tour|journey|travel|vacation|stop)"
)


def _called_off(text: str) -> bool:
    return (
        any(w in text for w in ("ancel", "off", "postpone", "scrap")) and _CANCELLED.search(text) is not None
    )


def _cancelled_places(units: Sequence[_Unit]) -> set[str]:
    """The places of journeys the report says were called off (they are no stop anywhere in it)."""
    out: set[str] = set()
    for unit in units:
        text = unit.sentence.text
        if ("ancel" in text or "off" in text or "postpone" in text or "scrap" in text) and _CANCELLED.search(
            text
        ):
            out.update(_key(r) for _, r, _ in unit.places)
    return out


_MADE_A_VISIT = Caseless(
    r"\b(?:made|makes|paid|pays|paying|making) (?:a|an|his|her|their) (?:[\w-]+ ){0,2}visit\b"
)


# "was campaigning in three counties", "toured five provinces": places counted, not named
_COUNTED_PLACES = Caseless(
    r"\b(?:in|to|of|across|through|toured|visited|visits|visiting|touring)\s+(?:the\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+)?"
    r"(?:countries|nations|states|provinces|regions|counties|districts|cities|towns|prefectures|emirates)\b"
)


def _is_trip_sentence(unit: _Unit) -> bool:
    if unit.subject is None or _trip_kind(unit) is None:
        return False
    if _called_off(unit.sentence.text):
        return False  # "has canceled a planned visit to Paris": no journey
    governed = [(t, r) for t, r, g in unit.places if g]
    has_region = any(_kind_of(r, t) in _REGION_KINDS for t, r in governed) or (
        _COUNTED_PLACES.search(unit.sentence.text) is not None
    )
    has_range = any(isinstance(m.span, DateSpan) and m.span.days > 1 for m in unit.dates)
    journey = _JOURNEY_WORDS.search(unit.sentence.text) is not None
    # A visit to a company is a stop inside a trip; a trip names a region, a journey, or a date range.
    if has_region or has_range or (journey and bool(governed or unit.dates)) or (governed and unit.dates):
        return True
    if _MADE_A_VISIT.search(unit.sentence.text) and any(isinstance(m.span, DateSpan) for m in unit.dates):
        return True  # "made their first visit Wednesday to the Tohoku region": a dated visit made
    # "He landed in Baton Rouge", "flew to Jaipur": a movement to a named town is a trip, dated or not
    return _MOVED.search(unit.sentence.text) is not None and (
        any(_kind_of(r, t) in _STOP_KINDS for t, r in governed)
        or _ARRIVED_HERE.search(unit.sentence.text) is not None  # "arrived here": the dateline city
    )


def _status(unit: _Unit, anchor: dt.date | None) -> TripStatus:
    found = _trip_kind(unit)
    text = unit.sentence.text
    before = text[: found[1]] if found else text
    future = _FUTURE.search(before)
    # "arrives this morning in Algiers, where he will meet ..., on the first stage of a trip": the
    # arrival, told before any "will", makes the journey one under way
    if future and not _OPEN_START.search(text, 0, future.start()):
        return TripStatus.PLANNED
    spans = [m.span for m in unit.dates if isinstance(m.span, DateSpan)]
    if anchor is not None and spans and min(s.start for s in spans) > anchor:
        return TripStatus.PLANNED
    return TripStatus.MADE


def _trip_span(unit: _Unit) -> tuple[DateSpan, bool] | None:
    """The span a trip sentence gives, and whether its end is left open."""
    text = unit.sentence.text
    spans = [
        (m.span, m.evidence)
        for m in unit.dates
        if isinstance(m.span, DateSpan)
        and not _since_clause_before(text, m.evidence.start - unit.sentence.start)
    ]
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
    duration = _DURATION.search(text)
    days = 0
    if duration is not None:
        n = (duration.group("n") or duration.group("m") or "seven").lower()
        days = int(n) if n.isdigit() else _NUMBERS[n]
    if days > 1 and _END_CUE.search(text):
        return DateSpan(span.start - dt.timedelta(days=days - 1), span.start), False
    # "a three-day state visit to France from Monday": the day it starts from
    if _OPEN_START.search(text) or _FROM_DAY.search(text, 0, evidence.start - unit.sentence.start):
        if days > 1:
            return DateSpan(span.start, span.start + dt.timedelta(days=days - 1)), False
        return span, _CLOSED_END.search(text, evidence.end - unit.sentence.start) is None
    return span, False


def _evidence(article: Article, unit: _Unit, rule: str) -> Evidence:
    return Evidence.of(article.text, unit.sentence.start, unit.sentence.end, rule, source=article.source)


def _arrived_for(
    draft: _TripDraft, current: DateSpan | None, span: DateSpan, status: TripStatus, gap: int
) -> bool:
    """A day made just before a planned journey's first day: the arrival for it.

    "will commence his five-day visit on Wednesday ... arrived in Washington on Tuesday night".
    """
    return (
        draft.status is TripStatus.PLANNED
        and status is TripStatus.MADE
        and current is not None
        and current.precision is Precision.DAY
        and span.precision is Precision.DAY
        and current.start - dt.timedelta(days=gap) <= span.start < current.start
    )


def _mergeable(
    draft: _TripDraft, person: Person, span: DateSpan | None, status: TripStatus, gap: int
) -> bool:
    if draft.person != person:
        return False
    current = draft.span()
    if draft.status is not status:
        # "arrived in Jakarta on Wednesday ... will travel to Rome on Friday": the journey goes on;
        # an undated "he will also visit Bukhara" is a leg of the journey the report is about
        if span is None:
            return True
        if _arrived_for(draft, current, span, status, gap):
            return True
        if draft.status is not TripStatus.MADE or current is None or current.precision is not Precision.DAY:
            return False
        if span.precision is not Precision.DAY:
            # "arrived in Qatar on Wednesday ... is expected to visit Bahrain later this week"
            return span.start <= current.end + dt.timedelta(days=gap) and current.start <= span.end
        return current.start <= span.start <= current.end + dt.timedelta(days=gap)
    if span is None or current is None:
        return True
    if span.precision is not Precision.DAY or current.precision is not Precision.DAY:
        return current.overlaps(span)
    slack = dt.timedelta(days=gap)
    return span.start <= current.end + slack and current.start <= span.end + slack


def _draft_trips(
    article: Article, units: Sequence[_Unit], anchor: dt.date | None, options: ExtractOptions
) -> list[_TripDraft]:
    drafts: list[_TripDraft] = []
    owner: dict[int, _TripDraft] = {}
    for unit in units:
        if not _is_trip_sentence(unit):
            continue
        assert unit.subject is not None
        if _companion_words(unit.sentence.text) and all(d.person != unit.subject for d in drafts) and drafts:
            continue  # "State Councilor Wu took part in the inspection": a companion, not a traveller
        found = _trip_kind(unit)
        assert found is not None
        kind, _, rank = found
        status = _status(unit, anchor)
        got = _trip_span(unit)
        span = got[0] if got else None
        draft = next(
            (
                d
                for d in reversed(drafts)
                if _mergeable(d, unit.subject, span, status, options.same_trip_gap_days)
            ),
            None,
        )
        if draft is None and _NEXT_LEG.match(unit.sentence.text):
            # "Thursday it's on to Saginaw": the next leg of the journey being told
            draft = next((d for d in reversed(drafts) if d.person == unit.subject), None)
        if draft is None and _BACK_REFERENCE.search(unit.sentence.text, 0, found[1]):
            # "His tour is focusing on ... before the summit on December 14": the tour already told
            draft = next((d for d in reversed(drafts) if d.person == unit.subject), None)
            told = draft.span() if draft is not None else None
            if span is not None and told is not None and span.start > told.end:
                got = None  # a day after the tour told is the summit's it leads to, not the tour's
        if draft is None:
            draft = _TripDraft(unit.subject, kind, status, rank)
            drafts.append(draft)
        elif span is not None and _arrived_for(draft, draft.span(), span, status, options.same_trip_gap_days):
            draft.status = TripStatus.MADE  # the journey is under way
        elif rank > draft.rank:
            draft.kind, draft.rank = kind, rank
        draft.units.append(unit)
        draft.trip_units.add(unit.index)
        draft.evidence.append(_evidence(article, unit, "trip-caption" if unit.caption else "trip-sentence"))
        if got is not None:
            draft.spans.append((got[0], unit.index, got[1]))
        owner[unit.index] = draft
    # Other sentences about a traveller belong to that person's nearest trip before them.
    current: dict[str, _TripDraft] = {}
    last: _TripDraft | None = None
    for unit in units:
        if unit.index in owner:
            last = current[owner[unit.index].person.name] = owner[unit.index]
            continue
        draft_for: _TripDraft | None = None
        if unit.subject is not None:
            draft_for = current.get(unit.subject.name)
            if draft_for is None:
                # a caption or an early sentence before the trip sentence: the person's only trip
                mine = [d for d in drafts if d.person == unit.subject and d.status is TripStatus.MADE]
                if not mine:
                    # "Xi met Hun Manet in Beijing on Friday ... He will then travel to Nanning": the journey
                    # told ahead is the one already under way
                    mine = [d for d in drafts if d.person == unit.subject]
                draft_for = mine[0] if len(mine) == 1 else None
        if draft_for is None and _companion_words(unit.sentence.text):
            draft_for = next((d for d in drafts if d.person in unit.people), last)
        if draft_for is not None:
            owner[unit.index] = draft_for
            draft_for.units.append(unit)
    for draft in drafts:
        draft.units.sort(key=lambda u: u.index)
        if not draft.spans:
            _date_from_the_report(draft, anchor)
        _stated_length(draft)
        _days_ahead(draft)
        _days_on_the_way(draft, anchor)
        _under_way_now(draft, anchor)
    return drafts


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
    reach = dt.timedelta(days=3)
    for unit in draft.units:
        if unit.index in draft.trip_units or unit.subject != draft.person or unit.caption:
            continue
        text = unit.sentence.text
        if _FUTURE.search(text):
            continue
        days = {
            m.span
            for m in unit.dates
            if isinstance(m.span, DateSpan)
            and not _since_clause_before(text, m.evidence.start - unit.sentence.start)
            # "In an interview published yesterday, Crown Prince Sultan emphasized ...": the paper's day
            and not _published_before(text, m.evidence.start - unit.sentence.start)
        }
        if len(days) != 1:
            continue
        day = days.pop()
        if day.precision is not Precision.DAY or day.days != 1 or (anchor is not None and day.start > anchor):
            continue
        if span.start - reach <= day.start < span.start or span.end < day.start <= span.end + reach:
            draft.spans.append((day, unit.index, False))


_CONTINUES = Caseless(
    r"\bcontinu(?:es|ing|e)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:trail|tour|trip|visit|journey|campaign|swing)\b"
)


_ENDS_AHEAD = Caseless(
    r"\b(?:ends|concludes|wraps up|(?:will|is (?:scheduled|due|set|expected) to) (?:end|conclude|wrap up))\b"
)


def _days_ahead(draft: _TripDraft) -> None:
    """A journey under way runs through the days the report still gives it.

    "Erdogan started his Gulf tour on Monday ... His last stop will be the UAE on Wednesday";
    "will hold talks ... before returning to Japan on Thursday": the trip reaches Wednesday, Thursday.
    Only a trip made with an open end, only the traveller's own later sentences that speak of the
    future, and only days within two weeks of the start.
    """
    span = draft.span()
    if span is None or span.precision is not Precision.DAY or draft.status is not TripStatus.MADE:
        return
    first = min(draft.trip_units)
    latest: tuple[dt.date, int] | None = None
    for unit in draft.units:
        if unit.index <= first or unit.subject != draft.person or unit.caption:
            continue
        text = unit.sentence.text
        # "She continues her campaign trail Sunday": the journey goes on, whatever its end looked like;
        # "The visit ends on Friday": its end, still to come
        goes_on = _CONTINUES.search(text) is not None or _ENDS_AHEAD.search(text) is not None
        if not span.open_end and not goes_on:
            continue
        if not _FUTURE.search(text) and not goes_on:
            continue  # "His tour ... before the summit on December 14": not a day of the tour's own
        for mention in unit.dates:
            day = mention.span
            if not isinstance(day, DateSpan) or day.precision is not Precision.DAY or day.days > 7:
                continue
            if _since_clause_before(text, mention.evidence.start - unit.sentence.start):
                continue
            within = span.end < day.end <= span.start + dt.timedelta(days=14)
            if within and (latest is None or day.end > latest[0]):
                latest = (day.end, unit.index)
    if latest is not None:
        draft.spans.append((DateSpan(span.start, latest[0]), latest[1], True))


def _stated_length(draft: _TripDraft) -> None:
    """A trip dated by fewer days than one of its sentences gives it: the stated length counts.

    "arrived in Tashkent on Monday ... Erdogan is in Uzbekistan on a three-day official visit":
    Monday to Wednesday; "wound up a three-day tour" counts back from the day instead.
    """
    span = draft.span()
    if span is None or span.precision is not Precision.DAY:
        return
    # the longest length stated: "a three-day working visit" to Ghana "begins a week long journey"
    best: tuple[int, DateSpan, int] | None = None
    for unit in draft.units:
        if unit.index not in draft.trip_units or any(
            # (a month or year in it dates something else: "in the November 2012 election")
            isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY
            for m in unit.dates
        ):
            continue
        duration = _DURATION.search(unit.sentence.text)
        if duration is None:
            continue
        n = (duration.group("n") or duration.group("m") or "seven").lower()
        days = int(n) if n.isdigit() else _NUMBERS[n]
        if not span.days < days <= 31 or (best is not None and days <= best[0]):
            continue
        length = dt.timedelta(days=days - 1)
        if _END_CUE.search(unit.sentence.text):
            if span.open_end:
                continue  # a journey told to have begun does not end where its start was told
            best = (days, DateSpan(span.end - length, span.end), unit.index)
        else:
            best = (days, DateSpan(span.start, span.start + length), unit.index)
    if best is not None:
        draft.spans.append((best[1], best[2], False))


def _date_from_the_report(draft: _TripDraft, anchor: dt.date | None) -> None:
    """An undated trip takes the day of the traveller's first dated sentence about it.

    "President Bush on Wednesday got his first look ... Starting a day's tour, Bush circled over
    Greensburg": the tour is on Wednesday. Only a sentence with one day or range, and for a trip made,
    not after the report's own day.
    """
    for unit in draft.units:
        if unit.subject != draft.person or unit.caption:
            continue
        days = {
            m.span
            for m in unit.dates
            if isinstance(m.span, DateSpan)
            and m.span.precision is Precision.DAY
            and not _since_clause_before(unit.sentence.text, m.evidence.start - unit.sentence.start)
        }
        if len(days) != 1:
            continue
        day = days.pop()
        if day.days > 31 or (draft.status is TripStatus.MADE and anchor is not None and day.start > anchor):
            continue
        draft.spans.append((day, unit.index, False))
        return


def _under_way_now(draft: _TripDraft, anchor: dt.date | None) -> None:
    """A journey the report tells as under way as it is written holds the report's day.

    "President Kikwete, who is currently in Kenya on a state visit"; "Tuilaepa, who is in Fiji for an
    official visit" welcomed there on Sunday, in a Wednesday report: Sunday to Wednesday.  Only a trip
    made, undated or ending less than a week before the report's day.
    """
    if anchor is None or draft.status is not TripStatus.MADE:
        return
    span = draft.span()
    if span is not None and not (
        span.precision is Precision.DAY and span.end < anchor <= span.end + dt.timedelta(days=6)
    ):
        return
    for unit in draft.units:
        if (
            unit.index in draft.trip_units
            and unit.subject == draft.person
            and not unit.caption
            and _UNDER_WAY_NOW.search(unit.sentence.text)
        ):
            draft.spans.append((DateSpan(anchor, anchor), unit.index, False))
            return


# "is currently in Kenya on a state visit", "are touring flooded areas": a journey under way as the
# report is written
_UNDER_WAY_NOW = Caseless(
    r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:in\b|on (?:a|an|his|her|their)\b|touring\b|visiting\b"
    r"|travell?ing\b)"
)


def _stop_days(unit: _Unit, stops_named: int = 1) -> list[DateMention]:
    """The days of a sentence that may date one of its stops: a day, or two when it names one stop.

    Two days that a sentence gives to several places ("From Nov. 7 to 8, he inspected Meizhou
    and Guangzhou") date the journey, not each place.
    """
    most = 2 if stops_named == 1 else 1
    return [
        m
        for m in unit.dates
        if isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY and m.span.days <= most
    ]


# "stops in Sibu and Kuching before ending in Lundu on Sunday": a later clause's day is not theirs
_LATER_CLAUSE = Caseless(r"\b(?:before|then|and later|followed by)\b")


def _day_near(days: Sequence[DateMention], at: int, text: str = "", start: int = 0) -> DateSpan | None:
    """The day of ``days`` written nearest the offset ``at`` (the first of ``days`` among equals).

    A day written after a later clause opens ("before", "then") dates only that clause's places;
    ``text`` is the sentence, starting at offset ``start``.
    """
    if text and days:
        days = [
            m
            for m in days
            if m.evidence.start < at or _LATER_CLAUSE.search(text, at - start, m.evidence.start - start) is None
        ]
    if not days:
        return None
    span = min(days, key=lambda m: abs(m.evidence.start - at)).span
    assert isinstance(span, DateSpan)
    return span


def _fill_places(
    article: Article,
    draft: _TripDraft,
    dateline: tuple[int, int] | None,
    dateline_place: tuple[Toponym, PlaceRef] | None,
    cancelled: frozenset[str] = frozenset(),
) -> None:
    span_units = draft.span_units()
    last_day: DateSpan | None = None
    # what a place reads as (its city, its key), once for each reference and rule: a sentence may
    # name one place thousands of times, all with one reference (by id: they outlive this call)
    readings: dict[tuple[int, str | None], tuple[PlaceRef, str]] = {}
    for unit in draft.units:
        in_trip_sentence = unit.index in draft.trip_units
        own_days = [
            m.span for m in unit.dates if isinstance(m.span, DateSpan) and m.span.precision is Precision.DAY
        ]
        same_day = None
        if not own_days and last_day is not None and (_SAME_DAY.search(unit.sentence.text) or _PROGRAMME_NEXT.match(unit.sentence.text)):
            same_day = last_day
        if not own_days:
            same_day = _nth_day(unit.sentence.text, draft.span()) or same_day
        if own_days and own_days[-1].days == 1:
            last_day = own_days[-1]
        if unit.subject != draft.person and not in_trip_sentence:
            continue
        if _HISTORY_SENTENCE.search(unit.sentence.text):
            continue  # "His last visit was to Bishop Auckland in April 2022": an earlier journey
        quoted = _quoted(article.text, unit.sentence.start, unit.sentence.end)
        places = [(t, r) for t, r, governed in unit.places if governed]
        if quoted:
            places = [(t, r) for t, r in places if not any(a <= t.start < b for a, b in quoted)]
        if (
            dateline_place is not None
            and may_hold(unit.sentence.text, _ARRIVED_HERE_NEEDS)
            and _ARRIVED_HERE.search(unit.sentence.text)
        ):
            places.append(dateline_place)  # "arrived here": the dateline city
        if not places:
            continue
        stops_named = sum(1 for t, r in places if (kind := _kind_of(r, t)) is None or kind in _STOP_KINDS)
        days = _stop_days(unit, stops_named)
        # once per sentence, not once per place in it (a sentence may name thousands)
        journey_ends = [m.end() for m in _JOURNEY_WORDS.finditer(unit.sentence.text)]
        words = _content_words(unit.sentence.text)
        unit_evidence: Evidence | None = None
        for toponym, found in places:
            city_rule = _city_rule(toponym, found, unit.sentence, journey_ends)
            reading = readings.get((id(found), city_rule))
            if reading is None:
                city = _named_city(found, city_rule) if city_rule and isinstance(found, Resolved) else None
                reading = readings[id(found), city_rule] = (city or found, _key(city or found))
            ref, key = reading
            kind = _kind_of(ref, toponym)
            if kind in _REGION_KINDS:
                if in_trip_sentence:
                    draft.regions.setdefault(key, ref)
                continue
            if kind not in _STOP_KINDS and kind is not None:
                continue
            if (
                dateline is not None
                and dateline[0] <= toponym.start < dateline[1]
                and toponym is not (dateline_place[0] if dateline_place else None)
            ):
                continue  # the dateline says where the report was filed, not where anyone went
            if cancelled and (key in cancelled or _key(found) in cancelled):
                continue  # a place of a journey called off
            rule = (
                "stop-caption"
                if unit.caption
                else ("stop-trip-sentence" if in_trip_sentence else "stop-sentence")
            )
            stop = draft.stops.get(key)
            if stop is None:
                # "Earlier in the day, he visited ...": before the stops of that day
                order: float = unit.index
                if same_day is not None and _EARLIER.search(unit.sentence.text):
                    that_day = [s.order for s in draft.stops.values() if same_day in s.days]
                    order = min(that_day, default=order + 0.5) - 0.5
                stop = draft.stops[key] = _StopDraft(ref, order)
            if unit_evidence is None:
                unit_evidence = _evidence(article, unit, rule)  # one per sentence: the rule is the sentence's
            if not stop.evidence or stop.evidence[-1] is not unit_evidence:
                stop.evidence.append(unit_evidence)
            if unit.index in span_units:
                # "a research trip to the city of Suzhou ...": the place the journey itself went to
                at = toponym.start - unit.sentence.start
                stop.in_span_sentence = stop.in_span_sentence or _journey_word_before(journey_ends, at, 45)
            stop.link_words |= words
            day = _day_near(days, toponym.start, unit.sentence.text, unit.sentence.start) or same_day
            if day is not None:
                stop.days.append(day)


# "On the second day of his visit, ...": a day counted from the trip's first.
_NTH_DAY = Caseless(
    r"\bthe (?P<n>first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th|5th|final|last) day of"
    r" (?:his|her|their|the|its) (?:[\w-]+ ){0,2}(?:visit|tour|trip|stay|journey)"
)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}  # fmt: skip


def _nth_day(text: str, trip: DateSpan | None) -> DateSpan | None:
    """The day "the third day of his visit" names, when the trip's days are known."""
    found = _NTH_DAY.search(text) if trip is not None and "day of" in text else None
    if found is None or trip is None or trip.open_end or trip.precision is not Precision.DAY:
        return None
    n = found.group("n").lower()
    day = trip.end if n in ("final", "last") else trip.start + dt.timedelta(days=_ORDINAL[n] - 1)
    return DateSpan(day, day) if day <= trip.end else None


# "Earlier in the day, he ...": a sentence dated by the one before it.
_SAME_DAY = Caseless(
    r"\b(?:earlier|later) (?:in the day|that day|on the same day)|\bthe same day\b|\bthat (?:morning|afternoon|evening)\b"
)
# a programme's next line: "At 10.10 am, he will fly to Thrissur", "After the programme, ..." (.match)
_PROGRAMME_NEXT = re.compile(
    r"(?:at|by|around|from) \d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|hrs\b|hours\b)"
    r"|(?:after|following) the (?:programme|program|ceremony|meeting|event|function|talks|visit)\b",
    re.IGNORECASE,
)
_EARLIER = Caseless(r"\bearlier\b")
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quoted stretches of ``text[start:end]``: words someone said, not what the report tells."""
    return (
        [m.span() for m in _QUOTED.finditer(text, start, end)]
        if ('"' in text[start:end] or "“" in text[start:end])
        else []
    )


def _no_guess(ref: PlaceRef) -> PlaceRef:
    """A name the gazetteer does not know stays unresolved, with its best guess as a candidate."""
    if isinstance(ref, Resolved) and ref.rule == "document-place":
        return Unresolved(
            ref.text, "not in the gazetteer; the report's main place is only a guess", [ref.place]
        )
    return ref


def _named_for(city: str, region: str) -> bool:
    """The city bears the region's name: "Bukhara", "Singapore", "New York City", "Mexico City"."""
    return city in (region, f"{region} City")


def _journey_word_before(ends: Sequence[int], at: int, within: int) -> bool:
    """Whether a journey word ends in ``[at - within, at]`` (``ends``: where each ends, sorted)."""
    i = bisect.bisect_right(ends, at)
    return i > 0 and at - ends[i - 1] <= within


_COMPASS_BEFORE = Caseless(
    r"\b(?:north|south|east|west|central|northern|southern|eastern|western|(?:north|south)-?(?:east|west)(?:ern)?)\s+$"
)


def _city_rule(
    toponym: Toponym, ref: PlaceRef, sentence: Sentence, journey_ends: Sequence[int]
) -> str | None:
    """The rule by which a municipality, province or country named bare is the city that bears its
    name ("arrived in Beijing", "visit Bukhara"); ``None`` where it is the region.

    "Beijing Municipality", and a bare municipality that a trip noun governs ("a research trip
    in Chongqing"), are the region, as "a research trip in Zhejiang" names a province.
    """
    if not isinstance(ref, Resolved):
        return None
    kind = ref.place.kind
    at = toponym.start - sentence.start
    if (
        kind is PlaceKind.ADMIN1
        and toponym.kind_hint is None
        and not _journey_word_before(journey_ends, at, 8)
    ):
        return "municipality-as-city"
    if (
        kind is PlaceKind.COUNTRY
        and not _journey_word_before(journey_ends, at, 8)
        # "a tour in southeastern Mexico": a part of the country, not its capital
        and not _COMPASS_BEFORE.search(sentence.text, max(0, at - 24), at)
    ):
        # "a final stop in Singapore", "arrived in Djibouti": a city-state, or a capital named as its country
        return "country-as-city"
    return None


def _named_city(region: Resolved, rule: str) -> Resolved | None:
    """``region`` read as the city that bears its name, by ``rule``; ``None`` if no city does."""
    city = _city_named_for(region.place)
    return None if city is None else Resolved(region.text, city, rule)


@lru_cache(maxsize=4096)
def _city_named_for(region: Place) -> Place | None:
    """The city in ``region`` (a country or province) that bears its name, if one does."""
    for city in _gazetteer().lookup(region.name, kind=PlaceKind.CITY, country=region.country):
        if _named_for(city.name, region.name) and (
            region.kind is PlaceKind.COUNTRY or city.admin1 == region.admin1
        ):
            return city
    return None


def _link_captions(article: Article, draft: _TripDraft, options: ExtractOptions) -> None:
    """Date a body stop from a dated caption that names no city but shows the same visit."""
    for unit in draft.units:
        if not unit.caption or any(_kind_of(r, t) in _STOP_KINDS for t, r, _ in unit.places):
            continue
        days = [m for m in unit.dates if isinstance(m.span, DateSpan) and m.span.days == 1]
        if len(days) != 1:
            continue
        words = _content_words(unit.sentence.text)
        scored = sorted(
            ((len(words & stop.link_words), key) for key, stop in draft.stops.items() if not stop.days),
            reverse=True,
        )
        if not scored or scored[0][0] < options.caption_link_min_words:
            continue
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            continue  # two cities fit equally well: do not guess
        stop = draft.stops[scored[0][1]]
        span = days[0].span
        assert isinstance(span, DateSpan)
        stop.days.append(span)
        stop.evidence.append(_evidence(article, unit, "stop-date-from-caption"))


def _companions(draft: _TripDraft) -> None:
    for unit in draft.units:
        if _companion_words(unit.sentence.text):
            for person in unit.people:
                if person != draft.person:
                    draft.companions.setdefault(person.name, person)
        if unit.index in draft.trip_units:
            # "King Charles III and Queen Camilla have brought their state visit ...": co-subjects
            found = _trip_kind(unit)
            head = unit.sentence.text[: found[1]] if found else ""
            if " and " in head:
                for person in unit.people[1:]:
                    if person.name in head or any(a in head for a in person.aliases):
                        draft.companions.setdefault(person.name, person)


def _regions(draft: _TripDraft, stops: Sequence[_StopDraft], home: str) -> list[PlaceRef]:
    # A continent ("Europe's defence industry") is no region of a trip.
    regions = [r for r in draft.regions.values() if not (isinstance(r, Resolved) and not r.place.country)]
    named_within = {
        r.place.country for r in regions if isinstance(r, Resolved) and r.place.kind is PlaceKind.ADMIN1
    } | {s.place.place.country for s in stops if isinstance(s.place, Resolved)}
    has_admin1 = any(isinstance(r, Resolved) and r.place.kind is PlaceKind.ADMIN1 for r in regions)
    # "east China's Zhejiang Province" names China only to place Zhejiang; a leader touring at home
    # has no country region.
    return [
        r
        for r in regions
        if not (
            isinstance(r, Resolved)
            and r.place.kind is PlaceKind.COUNTRY
            and r.place.country in named_within
            and (r.place.country == home or has_admin1)
        )
    ]


def _abroad(stops: Sequence[_StopDraft], home: str, regions: Iterable[PlaceRef] = ()) -> list[_StopDraft]:
    """On a journey abroad, the places at home are where it began and ended, not stops.

    "Zelensky left Kyiv for Helsinki", "before returning to Colombo": dropped where the trip also
    has a stop in another country; a trip wholly at home keeps them all.
    """

    def country(stop: _StopDraft) -> str:
        return stop.place.place.country if isinstance(stop.place, Resolved) else ""

    away = any(country(s) not in ("", home) for s in stops) or any(
        isinstance(r, Resolved) and r.place.country not in ("", home) for r in regions
    )
    if not home or not away:
        return list(stops)
    return [s for s in stops if country(s) != home]


def _served_airports(stops: list[_StopDraft]) -> list[_StopDraft]:
    """An airport's town beside a city of the trip is that city's airport ("landed at Ciampino
    airport" on a visit to Rome, "Marka Airport" in Amman), not a stop of its own."""

    def place(stop: _StopDraft) -> Place | None:
        return stop.place.place if isinstance(stop.place, Resolved) else None

    def served(stop: _StopDraft) -> bool:
        here = place(stop)
        return (
            here is not None
            and isinstance(stop.place, Resolved)
            and stop.place.rule == "airport-town"
            and any(
                (there := place(other)) is not None
                and other is not stop
                and _gazetteer().distance_km(here, there) <= 40
                for other in stops
            )
        )

    return [s for s in stops if not served(s)]


def _in_time_order(stops: list[_StopDraft]) -> list[_StopDraft]:
    """Dated stops by day, then as written; a stop with no day comes before the next dated stop the
    report names after it ("stops in Sibu and Kuching before ending in Lundu on Sunday"), or last."""
    first_day = {id(s): min((d.start for d in s.days), default=None) for s in stops}
    by_text = sorted(stops, key=lambda s: s.order)
    keys: dict[int, dt.date] = {}
    next_day = dt.date.max
    for stop in reversed(by_text):
        day = first_day[id(stop)]
        next_day = day if day is not None else next_day
        keys[id(stop)] = day if day is not None else next_day
    return sorted(stops, key=lambda s: (keys[id(s)], first_day[id(s)] is not None, s.order))


def _build_trip(draft: _TripDraft, source: Source, home: str) -> Trip:
    span = draft.span()
    stops = _in_time_order(_served_airports(_abroad(list(draft.stops.values()), home, draft.regions.values())))
    if span is not None and len(stops) == 1 and stops[0].in_span_sentence:
        own = stops[0].span()
        if own is None or own in span:
            # "a research trip to the city of Suzhou from Tuesday to Wednesday": there the whole trip
            stops[0].days = [attrs.evolve(span, open_end=False)]
    if span is None:
        dated = [d for s in stops for d in s.days]
        if dated:
            span = DateSpan(min(d.start for d in dated), max(d.end for d in dated), Precision.DAY)
    return Trip(
        person=draft.person,
        kind=draft.kind,
        span=span if span is not None else Unknown("the report gives no date for the trip"),
        status=draft.status,
        regions=tuple(_regions(draft, stops, home)),
        stops=tuple(Stop(s.place, _stop_span(s, span), tuple(dict.fromkeys(s.evidence))) for s in stops),
        companions=tuple(draft.companions.values()),
        evidence=tuple(dict.fromkeys(draft.evidence)),
        sources=(source,),
    )


def _stop_span(stop: _StopDraft, trip: DateSpan | None) -> DateSpan | Unknown:
    """The stop's days; a day outside the trip's span is a conflict the text leaves open, not a fact."""
    span = stop.span()
    if (
        span is None
        and trip is not None
        and trip.days == 1
        and trip.precision is Precision.DAY
        and not trip.open_end
    ):
        return trip  # a one-day trip: every stop of it is on that day
    if span is None:
        return Unknown("the report gives no day for this stop")
    if trip is not None and not trip.open_end and span not in trip:
        return Unknown(f"the report dates this stop {span.start}..{span.end}, outside the trip's span", "")
    return span


def _home_countries(roster: Roster) -> None:
    """The traveller's country where the report names it with the office ("Prime Minister of Sri
    Lanka", "Azerbaijan's President") rather than with a demonym."""
    for mention in roster.mentions:
        person = roster.who(mention.name)
        if not mention.origin or person is None or person.name in roster.countries:
            continue
        countries = _gazetteer().lookup(mention.origin, kind=PlaceKind.COUNTRY)
        if len(countries) == 1:
            roster.countries[person.name] = countries[0].country


def _named_only_above(
    article: Article, body: Sequence[PersonMention], above: Sequence[PersonMention]
) -> list[PersonMention]:
    """People the headline names whom the body calls only by their office.

    "PM Jane Roe arrives in Paris" over "The Prime Minister arrived in Paris on Monday": she is the
    one who arrived.
    """
    named = {m.name for m in body}
    lower = None
    out = []
    for mention in above:
        if mention.name in named or not mention.title:
            continue
        lower = article.text.lower() if lower is None else lower
        if f"the {mention.title.lower()}" in lower:
            out.append(mention)
    return out


def extract_document(article: Article, options: ExtractOptions = ExtractOptions()) -> Document:
    """Everything the article reports: its fields, dates and trips."""
    if is_chinese(article.text):  # Chinese reports have their own reader (timeline/zh), same model
        from timeline.zh import extract_chinese

        return extract_chinese(article)
    document = article.to_document()
    readable = (ParagraphKind.BODY, ParagraphKind.CAPTION)
    # (by kind, not "p not in body": that compared every paragraph with every other)
    body = [m for p in article.paragraphs if p.kind in readable for m in find_people(article.text, p.start, p.end)]
    elsewhere = [
        m for p in article.paragraphs if p.kind not in readable for m in find_people(article.text, p.start, p.end)
    ]
    roster = Roster.from_mentions([*body, *_named_only_above(article, body, elsewhere)], elsewhere)
    if not roster.people:
        return document
    _home_countries(roster)
    dateline = None if isinstance(article.dateline, Unknown) else article.dateline
    places = [
        (t, _no_guess(r))
        for t, r in _gazetteer().resolve_document(article.text, dateline=dateline.place if dateline else None)
        if not (isinstance(r, Unresolved) and r.reason == NOT_A_PLACE_DIRECTION)  # "the North East"
    ]
    places = places + _small_places(article, places) + _airport_towns(article, places)
    places += _capital_phrases(article)
    dateline_span = (dateline.evidence.start, dateline.evidence.end) if dateline else None
    dateline_place = next(
        ((t, r) for t, r in places if dateline_span and dateline_span[0] <= t.start < dateline_span[1]), None
    )
    anchor = article.anchor if isinstance(article.anchor, dt.date) else None
    units = _sentence_units(article, roster, document.dates, places, anchor)
    drafts = _draft_trips(article, units, anchor, options)
    cancelled = frozenset(_cancelled_places(units))
    source = Source(article.source, article.headline, article.published, article.publisher)
    trips = []
    for draft in drafts:
        _fill_places(article, draft, dateline_span, dateline_place, cancelled)
        _link_captions(article, draft, options)
        _companions(draft)
        trips.append(_build_trip(draft, source, roster.countries.get(draft.person.name, "")))
    return attrs.evolve(document, trips=tuple(trips))


def extract_text(
    text: str, *, source: str = "<string>", options: ExtractOptions = ExtractOptions()
) -> Document:
    """Read ``text`` as an article and extract it.

    Raises:
        ArticleError: the text is not an article.
    """
    return extract_document(Article.from_text(text, source=source), options)
