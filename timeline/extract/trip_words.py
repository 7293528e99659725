"""The words that tell a journey ("state visit", "inspected", "arrived in"), their kinds, and the
strongest of them in a sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer import Toponym
from gazetteer.model import PlaceRef
from timeline._regex import Caseless, may_hold
from timeline._sentences import Sentence
from timeline.model import TripKind

_TRIP_WORDS: tuple[tuple[str, TripKind], ...] = (
    (
        r"research (?:trips?|tours?|visits?)|fact-finding (?:trips?|tours?|missions?)|field (?:study|studies|trips?)"
        r"|study tours?|investigation tours?|survey trips?|conduct(?:ed|ing)? (?:a )?(?:field )?research",
        TripKind.RESEARCH,
    ),
    (
        r"inspection (?:tours?|trips?|visits?)|inspections?|inspected|inspects|inspecting|inspect"
        # "made an aerial survey of flood-hit areas": a flight over them
        r"|aerial (?:surveys?|views?|tours?)",
        TripKind.INSPECTION,
    ),
    (
        r"state visits?|official visits?|working visits?|goodwill visits?|visits?|visited|visiting"
        r"|paid an? (?:\w+ )?visit",
        TripKind.VISIT,
    ),
    (
        r"tours?|toured|touring|trips?|journeys?|travell?(?:ed|ing|s)? (?:\w+ ){0,4}?to|travel to"
        # ("is due to arrive shortly in Kitwe": a word of when between)
        r"|(?:arrived|arrives|arriving|arrive) (?:shortly |soon |later |safely )?in|arrived here|arrived at|arrives at|arrive at|went to|landed in|landed at"
        # "upon his arrival in Muzaffarabad": the arrival told as a noun
        r"|arrival (?:in|at)"
        # "arrived, this Saturday morning (22.Apr.2023), at the monastery in Lisbon": a time set off between
        r"|(?:arrived|arrives), [^,;\n]{1,48}?, (?:in|at)"
        # "arrived Tuesday for a week of festivities": an arrival told by its day (where: the dateline's)
        r"|(?:arrived|arrives)(?= (?:on |late |early )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
        r"|(?:will|to|would|shall) (?:then |also |first |next )?go (?:on )?to|goes (?:on )?to"  # "will go to Seoul"
        r"|headed to"
        # "has accepted President Roe's invitation to come to Lira": a visit to come
        r"|invitation to come to|invited (?:[\w'’.-]+ ){0,4}?to come to"
        # "Ann Poe accompanied President Jane Roe to Gulu": the journey of the one accompanied (see units)
        r"|accompan(?:ied|ies|y|ying) (?!by\b)(?:[\w.'’-]+ ){1,6}?to"
        # "headed north to Tamale", "flew west to Lima": a direction before the place
        r"|(?:headed|heads|heading|went|goes|drove|flew|fly|flies|travell?ed|moved|moves|sailed)"
        r" (?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|upcountry|inland) to"
        r"|fl(?:y|ew|ies|ying) (?:on )?to|will be in"  # ("flew on to Nairobi": the next leg)
        # "flew from Tokyo to Osaka": the journey's next leg
        r"|(?:fl(?:y|ew|ies|ying)|drove|drives|went|goes|headed|heads|moved|moves|sailed|travell?(?:ed|ing|s)?)"
        r" (?:on )?from (?:[\w'’.-]+ ){1,4}?to"
        r"|touched down in|touches down in|touched down at|touches down at"
        # "Roe lands in Tokyo", "is expected to land in Tokyo tonight": the arrival in the present or
        # ahead (not "their ancestral lands in Kenya", "acres of land at a cost": see _strongest_trip_word)
        r"|lands (?:in|at)|(?:to|will|would|shall|then) land (?:in|at)"
        # "flew in a military helicopter from Wadi Kharrar to Amman": the craft between the verb and the way
        r"|(?:fl(?:ew|ies|y|ying)|travell?(?:ed|ing|s)?|went|goes|left|leaves) (?:in|aboard|on|by) (?:a |an |the |his |her )?"
        r"(?:[\w-]+ ){0,3}?(?:helicopter|plane|aircraft|jet|airplane|aeroplane|chopper|airliner)"
        r" (?:from (?:[\w'’.-]+ ){1,4}?)?(?:\w+ )?to"
        # "left for the African Union summit": a departure for a gathering abroad, where no place is named
        r"|(?:left|leaves|leave|leaving|departed|departs|depart|departing|set off|sets off|heads|headed|heading)"
        r" for (?:the |a |an |this year['’]s |next week['’]s )?(?:[\w'’.-]+ ){0,5}?"
        r"(?:summit|conference|forum|assembly|funeral|inauguration|investiture|coronation|olympics|olympic games)"
        r"|(?:left|leaves|leave|leaving|departed|departs|depart|departing|set off|sets off|heads|headed|heading) for"
        # "left Hanoi today, June 3, for a seminar in Japan": a departure from a place for a gathering
        r"|(?:left|leaves|departed|departs) (?:[\w'’.,-]+ ){1,6}?for (?:a |an |the )?(?:[\w'’.-]+ ){0,3}?"
        r"(?:seminar|symposium|conference|summit|forum|congress|convention)"
        # "left Tokyo on Thursday for Washington": the place after "for" (see _strongest_trip_word)
        r"|(?:left|leaves|leave|leaving|departed|departs|depart|departing) (?:[\w'’.-]+ ){1,5}?for"
        r"|reached"  # "reached Srinagar on Monday" (not "the middle reaches of the Yangtze")
        r"|stops?(?:over)? in|stop-?overs? in|stopped (?:over )?in|stopping (?:over )?in"
        r"|(?:it['’]s|it is|it was|it will be|then|and) on ?to|next stop"
        # "His first stop was Tamale", "Tamale was the last stop of the tour"
        r"|(?:first|second|third|last|final) (?:stop|leg|destination|port of call)"  # "Thursday it's on to Saginaw"
        # "Scheduled stops include Sudbury, Espanola and Wawa", "Her itinerary includes Lyon"
        r"|(?:stops|itinerary|destinations)(?: (?:on|of|for) (?:the|her|his|their) (?:tour|trip|visit|journey))?"
        r" (?:will )?(?:include|includes|included|including|are|were)"
        r"|(?:was|is|are|were|will be) back in"  # "was back in Iowa, with plans to meet voters"
        # "was in Kyiv on Monday for talks", "is due in Berlin on Friday", "flew into Berlin", "heads to
        # Tokyo", "was welcomed in Tokyo by ...", "spent two days in Tokyo"
        r"|(?:was|is|were|are) (?:also )?in|(?:was|is) on (?:mon|tues|wednes|thurs|fri|satur|sun)day in|(?:is|are|was|were) (?:today |tomorrow |now |also )?(?:due|expected) (?:in|at)"
        r"|(?:stay|stays|stayed|staying|sojourn) in"  # "During his stay in Paris"
        # "arrived for a week-long stay on the continent": a stay of a stated length is a journey
        r"|(?:(?:two|three|four|five|six|seven|eight|nine|ten|week|fortnight|month)-(?:day|week|long)|weeklong)"
        r" (?:[\w-]+ )?(?:stay|sojourn)"
        r"|fl(?:ew|ies|y|ying) into|heads? to|heading to"
        r"|(?:was|were) (?:warmly )?(?:welcomed|received|greeted|hosted)(?: by [\w ]{1,40}?)? (?:in|at|to)"
        # "spent two days in Tokyo", "spent Monday and Tuesday in Arizona", "spent the weekend in Normandy"
        # (not money: "spent $2 million in Iowa")
        r"|spen(?:t|ds|d|ding) (?![$£€\d]|(?:[\w'’-]+ ){0,2}?(?:millions?|billions?|money|dollars)\b)"
        r"(?:[\w'’-]+ ){0,3}?in"
        # "will hold a meet-and-greet in Goffstown on Monday": a campaign event in a town
        r"|(?:rally|rallies|town halls?|meet-and-greets?|roadshows?|road shows?) in"
        # "planned to campaign in the state", "was campaigning in Iowa", "crisscrossed Kinross High Street"
        r"|campaign(?:ed|ing|s)? (?:in|across|through)|crisscross(?:ed|es|ing)?"
        # "will campaign for Tom Poe in Kingston": campaigning for a candidate there
        r"|campaign(?:ed|ing|s)? for (?:[\w'’.-]+ ){1,4}?in"
        # "will start her day in Kingston", "wrapped up a busy day of engagements in Lyon": a day spent there
        r"|(?:start|starts|started|starting|begin|begins|began|beginning|end|ends|ended|ending|wrap up|wraps up"
        r"|wrapped up|wrapping up|spend|spends|spent|spending) (?:a|an|the|his|her|their) (?:[\w'’-]+ ){0,2}?day"
        r" (?:of (?:[\w'’-]+ ){1,3}?)?in"
        # "stumped in Des Moines", "rallied supporters in", "courted voters in", "a campaign swing through",
        # "hit the campaign trail in", "headline a fundraiser in", "spoke to supporters in"
        r"|(?:stumped|stumps|stumping|stump) (?:in|across|through)"
        r"|(?:rallied|rallies|rallying|courted|courts|courting|wooed|woos|wooing|spoke to|speaks to|speaking to)"
        r" (?:[\w'’-]+ ){0,2}?(?:supporters|voters|crowds?|backers|the faithful) (?:in|at)"
        r"|campaign (?:swing|stops?|trail|trip|event|rally) (?:through|in|across|to)"
        r"|(?:headlined|headlines|headline|headlining) (?:a |an |the )?(?:[\w'’-]+ ){0,2}?(?:fundraiser|rally|event|dinner)"
        r" (?:in|at)"
        # "held events in Utica and Rome": a campaign's
        r"|(?:held|holds|hold|holding) (?:a |an )?(?:campaign )?(?:events?|rall(?:y|ies)|roundtables?) in"
        r"|vacations?|vacationing|vacationed"  # "went on a weeklong summer vacation on Wednesday"
        r"|return(?:ed|s|ing) (?:home )?from"  # "returned from Tokyo on Tuesday": the journey's end
        # "attended the G20 summit in Rome", "addressed the UN General Assembly in New York": an event
        # that leaders travel to
        r"|(?:attend(?:ed|s|ing)?|address(?:ed|es|ing)?|(?:took|takes|taking|take) part in"
        r"|participat(?:ed|es|ing|e) in|join(?:ed|s|ing)? (?:other )?(?:[\w'’-]+ ){0,2}?at"
        r"|represent(?:ed|s|ing)? (?:[\w'’.-]+ ){1,3}?at|(?:was|were|is|are) among (?:the )?(?:[\w'’-]+ ){0,2}?at)"
        r" (?:the |a |an )?(?:[\w'’-]+ ){0,4}?(?:summit|general assembly"
        r"|funeral|inauguration|investiture|swearing-in|coronation|olympics|olympic games|world cup|wedding|climate talks)"
        # "led the U.S. delegation to the inauguration in Buenos Aires", "headed a delegation to Tokyo"
        r"|(?:led|leads|lead|leading|headed|heads|head|heading) (?:the |a |an |his |her )?(?:[\w.'’-]+ ){0,3}?"
        r"(?:delegation|mission to)"  # "will lead a trade mission to Korea"
        # "left Accra on Saturday to attend the Assembly of the Union in Addis Ababa", "departed the island this
        # morning to participate in the meeting": a departure for a gathering is a journey
        r"|(?:left|leaves|departed|departs) (?:[\w'’.,()-]+ ){0,8}?to (?:attend|participate in|take part in)"
        # "left Sunday for a week-long trade mission to Tokyo": a mission abroad is a journey
        r"|(?:trade|business|investment|economic|diplomatic|peace|goodwill|solidarity) missions? to"
        # "is concluding his Japanese trade mission", "is just home from her final trade mission": one's own
        # mission, its ground named before it or not at all
        r"|(?:his|her|their) (?:[\w'’-]+ ){0,3}?(?:trade|business|investment) missions?(?! team| staff| office)"
        # "was accorded a ceremonial welcome in Lyon", "received a warm welcome": the guest's
        r"|(?:received|receives|given|gave|gives|accorded|extended) (?:a |an )?(?:[\w'’-]+ ){0,3}?(?:welcome|reception)"
        # "Residents of Kumasi welcomed President X", "thousands lined the streets to greet her": a crowd
        # welcomes the one who came
        r"|(?:residents|crowds?|thousands|hundreds|villagers|locals|supporters|well-?wishers|schoolchildren"
        r"|pupils|worshippers|throngs?) (?:[\w'’,-]+ ){0,8}?(?:welcomed|greeted|cheered|to welcome|to greet|to cheer)"
        # "drove to Lyon", "took a train to Lyon", "came to Lyon", "swung through Lyon": a movement
        r"|(?:drove|drives|driving|motored|rode|sailed|came|comes|coming) to"
        r"|(?:took|takes|taking|take) (?:a |the )?(?:[\w-]+ )?(?:train|flight|plane|helicopter|boat|ferry|bus|car) to"
        r"|(?:swung|swings|swinging) through|(?:dropped|drops|dropping|stopped|stops|stopping) by"
        # "carried out a series of engagements in Wales", "undertook engagements across Cornwall": a royal's
        # day of visits there
        r"|(?:carried|carries|carrying|carry|undertook|undertakes|undertaking|undertake)(?: out)? "
        r"(?:a |an |the )?(?:(?:series|number|round|day|programme|program) of )?(?:[\w'’-]+ ){0,2}?engagements?"
        r" (?:in|across|around|throughout)"
        # "surveyed storm damage in Lake Charles", "assessed the flood situation in Sylhet": seen there
        r"|(?:surveyed|surveys|surveying|assessed|assesses|assessing) (?:[\w'’-]+ ){0,4}?(?:in|at|across)"
        # "travelled through Kumasi and Techiman on her way to Tamale", "her convoy passed through Kumasi"
        r"|(?:travell?ed|travels|travell?ing|passed|passes|passing|drove|drives|driving) through"
        # "inaugurated a hospital in Lyon", "laid the foundation stone ... in Lyon": a deed done there
        # (see _DEED: not in the traveller's own capital)
        # ("will inaugurate a clinic in Lyon", "to officiate the closing ceremony in Lyon": the deed ahead)
        r"|(?:inaugurated|inaugurates|inaugurating|inaugurate|unveiled|unveils|unveiling|unveil|opened|opens"
        r"|commissioned|commissions|dedicated|dedicates|dedicate|laid|lays|laying|officiated|officiates|officiating"
        r"|officiate) (?:at )?(?:the |a |an )?(?:[\w'’“”\"-]+ ){0,6}?(?:in|at)"
        # "will commission roads in Mbale", "to launch a housing project in Gichugu": the verb told as
        # one (not the noun: "the High Commission in Delhi", "the launch of the report in Lyon")
        r"|(?:to|will|would|shall|also|and) (?:commission|launch|chair) (?:the |a |an )?(?:[\w'’“”\"-]+ ){0,6}?(?:in|at)"
        # "prayed at a mosque in Lyon", "celebrated Mass in Lyon", "delivered a speech in Lyon"
        r"|(?:prayed|prays|celebrated|celebrates|celebrate|delivered|delivers|presided over"
        r"|presides over|preside over|paid homage|pays homage|paid tribute|pays tribute|met|meets|paid obeisance"
        r"|pays obeisance|offered prayers|offers prayers) (?:the |a |an )?(?:[\w'’-]+ ){0,5}?(?:in|at)"
        # "held talks with President X in Paris": a meeting held there
        r"|(?:held|holds) (?:[\w-]+ )?talks (?:with )?(?:[\w'’.-]+ ){0,6}?(?:in|at)"
        # "attended a church service in Nyeri", "chaired a cabinet meeting in Mombasa", "launched a road
        # project in Kisumu", "paid a courtesy call on the governor in Machakos" (not "speaking in": remarks
        # are made at home as often as away)
        r"|(?:attended|attends|chaired|chairs|launched|launches|paid a courtesy call"
        r"|pays a courtesy call) (?:on |to |at )?(?:the |a |an )?(?:[\w'’-]+ ){0,5}?(?:in|at)",
        TripKind.OTHER,
    ),
)
# The deeds among the trip words: done in a town, they put the traveller there, unless the town is
# the capital of the traveller's own country ("Chinese President Xi Jinping met students in Beijing")
_DEED = re.compile(
    r"(?:inaugurat|unveil|open|commission|dedicat|laid|lay|pray|celebrat|deliver|presid|paid|pays|met\b|meets|held\b|holds\b"
    r"|offer|attend|address|took part|takes part|taking part|take part|participat|join|represent|was among"
    r"|were among|is among|are among|chair|launch|paid a courtesy|pays a courtesy|officiat"
    r"|(?:to|will|would|shall|also|and) (?:commission|launch|chair))",
    re.IGNORECASE,
)
# One scan finds every trip word; the first kind whose words match where it starts is its kind
# (the kinds' alternatives in order, as one alternation would try them).
_TRIP_TRIGGER = Caseless("|".join(rf"\b(?:{pattern})\b" for pattern, _ in _TRIP_WORDS))
_TRIP_KINDS = tuple((Caseless(rf"\b(?:{pattern})\b"), kind) for pattern, kind in _TRIP_WORDS)
# Every _TRIP_TRIGGER match holds one of these (in lower case): a cheap test before the scan.
_TRIP_STEMS = (
    "research", "aerial", "accompan", "fact-finding", "field stud", "field trip", "inspect", "visit", "tour", "trip", "journey",
    "travel", "arriv", "come to", "went to", "landed in", "landed at", "headed to", "fly to", "flew to", "flies to", "flying to",
    "will be in", "touche", "go to", "go on to", "goes to", "goes on to", "left for", "leaves for", "leaving for", "departed for", "departs for",
    "leave for", "depart for", "reached", "left ", "leaves ", "leave ", "leaving ", "departed ", "departs ", "depart ",
    "departing ",
    "departing for", "off for", "stop", "campaign", "engagement", "crisscross", "vacation", "on to", "onto", "back in",
    "rall", "town hall", "meet-and-greet", "roadshow", "road show", "was in", "is in", "day in", "were in", "are in",
    "also in", "due in", "due at", "expected in", "expected at", "into", "head", "welcomed", "received", "hosted",
    "greeted", "spen", "stay", "sojourn", "flew from", "fly from", "flies from", "flying from", "drove from",
    "drives from", "went from", "goes from", "headed from", "heads from", "moved from", "moves from", "sailed from",
    "on from", " leg", "destination", "itinerar", "port of call", "north to", "south to", "east to", "west to", "upcountry to", "inland to", "return", "summit", "assembly", "funeral", "inaugura", "swearing", "coronation",
    "olympic", "world cup", "welcome", "reception", "event", "roundtable", "wedding", "climate talks", "delegation", "mission",
    "stump", "day in", "day of ", "supporters", "cheer", "greet", "voters", "crowd", "backers", "faithful", "headlin", "obeisance", "prayers", "drove to", "drives to", "driving to", "motored to", "rode to",
    "helicopter", "plane", "aircraft", "jet", "chopper", "airliner",
    "sailed to", "came to", "comes to", "coming to", "train to", "flight to", "plane to", "helicopter to", "boat to",
    "ferry to", "bus to", "car to", "through", "dropped by", "drops by", "dropping by", "stopped by", "stops by", "stopping by", "inaugura",
    "unveil", "opened", "opens", "commission", "dedicat", "laid", "lays", "laying", "pray", "celebrat", "deliver",
    "presid", "homage", "survey", "assess", "tribute", "met ", "meets", "talks", "attend", "chair", "launch", "courtesy call",
    "officiat", "lands in", "lands at", "land in", "land at",
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
# every _JOURNEY_WORDS match holds one of these (in lower case): a cheap test before the scan
_JOURNEY_NEEDS = ("trip", "tour", "visit", "stay", "vacation", "fact-finding", "field stud", "inspected")
_EARLIER_VISIT_BEFORE = Caseless(r"\b(?:last|previously|once|never|already)\s+$")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:he|she|they|the\s+\w+)\s+$", re.IGNORECASE)
_TIMES_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) times|twice)\b", re.IGNORECASE
)
_TIMES_NEEDS = ("times", "twice")  # every _TIMES_AFTER match holds one (in lower case)
_LEFT_PLACE_FOR = re.compile(r"(?:left|leaves|leave|leaving|departed|departs|depart|departing) \S+ (?:\S+ )*?for$")
_WE_OR_WHEN_BEFORE = re.compile(r"\b(?:we|you|when|if|while)\s+$", re.IGNORECASE)
_REMOTE_BEFORE = Caseless(r"\b(?:online|virtual|video|remote)\s+(?:\w+\s+)?$")
# ("the 45th anniversary of former U.S. President Jane Roe's visit": the words between may hold a dot)
_ANNIVERSARY_BEFORE = Caseless(r"\banniversar(?:y|ies) of\b[^;]{0,80}$")
_OF_DUTY = re.compile(r"s? of duty\b", re.IGNORECASE)  # (read right after "tour")
# "Jane Roe lands in Tokyo", "She finally lands in Tokyo": the verb right after its subject, a name
# or a pronoun (read just before "lands")
_LANDS_AFTER_ITS_SUBJECT = re.compile(
    r"(?:\b[A-Z][\w'’.-]*|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t))\s+(?:(?:also|finally|then|later|first|now|today|tomorrow)\s+)?$"
)
_VISIT_TO = Caseless(r"\bvisits? to\s+(?:the\s+)?")


def _strongest_trip_word(
    sentence: Sentence, places: Sequence[tuple[Toponym, PlaceRef]]
) -> tuple[TripKind, int, int] | None:
    """The kind of the strongest trip word in the sentence, where it is, and its strength."""
    text = sentence.text
    if not may_hold(text, _TRIP_STEMS):
        return None
    best: tuple[TripKind, int, int] | None = None
    times = may_hold(text, _TIMES_NEEDS)  # (else no _TIMES_AFTER in the sentence)
    anniversary = "anniversar" in text
    duty = "duty" in text
    for match in _TRIP_TRIGGER.finditer(text):
        if _REMOTE_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # "an online visit to Iwate": no journey
        if (
            _EARLIER_VISIT_BEFORE.search(text, max(0, match.start() - 16), match.start())
            or (times and _TIMES_AFTER.match(text, match.end()))
            # "had not been seen publicly since he travelled to China in April": a journey of the past
            or (match.group()[:3].lower() in ("tra", "vis", "wen", "fle") and _SINCE_BEFORE.search(text, max(0, match.start() - 16), match.start()))
        ):
            continue  # "last visited France in 2019", "has visited France three times": earlier journeys
        if duty and match.group()[:4].lower() == "tour" and (
            text.endswith("duty ", max(0, match.start() - 5), match.start())
            or _OF_DUTY.match(text, match.end())
        ):
            continue  # "after the end of his duty tour of the country", "a tour of duty": a posting, no journey
        if anniversary and _ANNIVERSARY_BEFORE.search(text, max(0, match.start() - 90), match.start()):
            continue  # "marks the 45th anniversary of Jane Roe's visit to China": a journey remembered
        if match.group()[:3].lower() == "met" and text.endswith("first ", max(0, match.start() - 6), match.start()):
            continue  # "Ann Poe and Tom Bako first met in Gulu in 2014": when they got acquainted, history
        if match.group()[:4].lower() in ("were", "are ") and _WE_OR_WHEN_BEFORE.search(
            text, max(0, match.start() - 8), match.start()
        ):
            continue  # "when we were in Africa": the speaker's party, or a time told by a stay
        if (
            match.group().endswith(" for")
            and _LEFT_PLACE_FOR.match(match.group())
            and not any(0 <= t.start - sentence.start - match.end() <= 6 for t, _ in places)
        ):
            continue  # "left the party for the opposition": no place after "for", no journey
        if match.group()[:5].lower() == "lands" and not _LANDS_AFTER_ITS_SUBJECT.search(
            text, max(0, match.start() - 40), match.start()
        ):
            continue  # "returned their ancestral lands in Kenya": the ground owned, no arrival
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
