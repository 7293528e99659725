"""Which places of a sentence a travel or locative word governs ("visited Suzhou", "in Changsha"),
or the list such a place heads."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from gazetteer import Toponym
from gazetteer.model import PlaceKind, PlaceRef, Resolved
from timeline._regex import Caseless, may_hold
from timeline._sentences import Sentence
from timeline.extract.cues import _END_CUE
from timeline.extract.places import _EVENT_AFTER

# A place the traveller goes to or is in is named after one of these words.
_CUE_BEFORE = Caseless(
    r"(?:\b(?:to|onto|in|into|at|across|through|throughout|around|inside|within|near|visited|visiting|visits|visit|inspected"
    r"|inspecting|inspects|inspect|toured|touring|tours|tour|reached|reaches|reaching|entered|enters|entering|via|arrived|arriving|left|leaving|leaves"
    # "left for Tokyo": the destination; "left Beijing": the departure, no stop
    r"|(?:left|leaving|leaves|leave|departed|departing|depart|bound|headed|heads|heading|set off|set out) for"
    # "continuing the same evening for Washington", "continued on to Rome": the next leg
    # (not "the busy day continued for Camilla": a person)
    r"|continu(?:e|es|ed|ing) (?:(?:the same|that|later that) (?:day|morning|afternoon|evening|night) (?:on )?|on )(?:for|to)"
    r"|(?:left|leaving|leaves|leave|departed|departing|depart)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,4}\s+for"  # "left London for"
    # "Her next stop is Mombasa", "His first stop was Riyadh", "the final leg takes him to", "Next up is Seoul"
    # ("for her first destination of Lisbon")
    r"|(?:first|second|third|fourth|next|last|final|latest|only) (?:stop|leg|destination|port of call)"
    r" (?:is|was|will be|would be|of)|next (?:up|on (?:the|his|her|their) (?:itinerary|programme|program|schedule|agenda)) (?:is|was|will be)"
    # "Her itinerary includes Tokyo, where she will meet the emperor, and Hiroshima"
    r"|(?:itinerary|programme|program|schedule) (?:also )?(?:includes|included|will include|will also include)"
    # "Scheduled stops include Sudbury, Espanola and Wawa"
    r"|(?:stops|destinations)(?: (?:on|of|for) (?:the|her|his|their) (?:tour|trip|visit|journey))?"
    r" (?:also )?(?:include|included|will include|will also include)"
    r"|return(?:ed|s|ing)? (?:home )?from"  # "returned from Tokyo": where the journey went
    # "the cathedral of Notre-Dame de Strasbourg": Our Lady's church of the town, which stands there
    r"|notre[- ]dame (?:de|du|of)"
    # "opened the Kilgoris Town main market", "commissioned the Tamale interchange": a work of the town,
    # opened there (a town's name after "the" is a place only before such a work: places._WORKS_AFTER)
    r"|(?:opened|opens|opening|inaugurated|inaugurates|inaugurating|commissioned|commissions|commissioning)"
    # "dropped by Kamaishi", "after dropping by the city of Ofunato": a short call there
    r"|(?:dropp(?:ed|ing)|drops?|stopp(?:ed|ing)) by"
    # "The five-day tour took Premier Roe from Lanzhou to ...": where the tour itself began
    r"|(?:tour|trip|journey|visit|mission|inspection)s?,? (?:[\w,-]+ ){0,6}?(?:took|takes|will take) (?:[\w.'’-]+ ){1,3}from"
    # "Residents of Kumasi welcomed her", "lined the streets of Tamale": the crowd where she came
    r"|(?:residents|villagers|crowds|thousands|hundreds|locals|streets|chiefs|elders|well-?wishers) of"
    # "on the outskirts of Kumasi", "on the shores of Lake Volta"
    r"|on the (?:outskirts|edge|edges|fringes|banks|shores|coast|island) of)"
    r"|\b(?:tour|tours|trip|trips|inspection|inspections|visit|visits|study|studies|survey|surveys|view|city|cities|town|towns"
    r"|county|counties|village|villages|province|provinces) of)\s+(?:both\s+)?(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}?(?:parts?|areas?|districts|regions|much|most|several|some|streets|outskirts|cent(?:re|er)"
    # "a trip to the shrine of Fatima", "visited the University of Nairobi": a place in the town
    r"|heart|shrine|sanctuary|basilica|cathedral|university|port"
    # "visited the flood camps of Sukkur", "toured the hospitals of Kumasi": the town's own places
    r"|camps|hospitals|schools|sites|villages|markets|projects|settlements|neighbou?rhoods) of\s+(?:the\s+)?)?"  # "toured flood-hit areas of Sacramento County"  # "toured parts of West Pokot"
    # ("visited disaster hit areas of Almora", "the flood affected areas of Hoshangabad district": two words before)
    # ("visited the drought hit Lalitpur area": the hyphen left out)
    r"(?:[a-z]+-[a-z]+\s+|[a-z]{3,}ed\s+|[a-z]+\s+(?:hit|affected|ravaged|stricken|torn)\s+)?"  # "visited flood-hit Lyon", "war-torn Kyiv", "toured flooded Wenchi"
    # "in the city's suburban Jinshan District", "toured the state's remote Kern County"
    r"(?:(?:city|state|province|country|nation|region|county|island|capital|kingdom|municipality|prefecture)"
    r"['’]s\s+)?"
    r"(?:[a-z-]+(?:ern|ral)\s+|(?:north|south)(?:-?(?:east|west))?\s+|(?:east|west)\s+"
    r"|(?:suburban|remote|coastal|mountainous|outlying|inland|hilly|landlocked|nearby|restive|downtown|uptown|midtown"
    r"|greater|rural|urban|historic|tiny|small|neighbou?ring|picturesque|scenic|sleepy|bustling|industrial)\s+)?"
    # "in the capital Lima", "to the ancient city of Kyoto", "in the provincial capital, Changsha"
    # "arrived in Qatar's capital Doha"
    # "reached district headquarters Jagdalpur", "the divisional headquarters, Bilaspur": the town of the seat
    r"(?:(?:[a-z][\w-]*['’]s\s+)?(?:[a-z-]+\s+){0,2}?(?:capital|city|town|port|village|resort|metropolis|headquarters)"
    r"(?:\s+city)?(?:\s+of|,)?\s+)?$"
)
# an itinerary's lines: "Second stage, Sunday afternoon: Niamey", "Day 2: Kyoto", "Next stop: Dakar" (read
# only where the words before a place hold a colon)
_ITINERARY_LINE_BEFORE = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|next|last|final)\s+(?:stage|stop|leg|destination|port of call)"
    r"|(?:day|stage|leg)\s+(?:\d{1,2}|one|two|three|four|five|six))\b[^.;:]{0,30}:\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# "reached the last stop of her tour, Athens": the stop named after its description (read only where the
# words before a place end on a comma)
_STOP_OF_TOUR_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|next|last|final)\s+(?:stop|leg|destination|port of call)\s+(?:of|on|in)\s+"
    r"(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|visit|journey),\s+$",
    re.IGNORECASE,
)
# "started his tour from Rudraprayag", "kicked off the three-day visit from Kandy": where the journey began
# (read only where the words before a place end on "from")
_TOUR_FROM_BEFORE = re.compile(
    r"\b(?:start|started|starts|starting|began|begins|begin|beginning|commenced|commences|kicked off|kicks off)"
    r"\s+(?:(?:his|her|their|the|a)\s+)?(?:[\w-]+\s+){0,2}?(?:tour|trip|visit|journey|yatra|campaign|inspection)s?"
    r"\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NOT_CUE_BEFORE = Caseless(
    r"\b(?:according|due|thanks|next|compared|close|similar|related|contrary|up) to\s+(?:the\s+)?$"
    # "the Ambassador of Mongolia to the Holy See": where an envoy is accredited, no journey's end
    r"|\b(?:ambassadors?|envoys?|embassy|emissary|nuncio) (?:of (?:[\w'’-]+ ){1,3})?to\s+(?:the\s+)?$"
)
# "travel next to Buenos Aires": "next" of a journey is the next leg, not "beside"
_NEXT_LEG_BEFORE = Caseless(r"\b(?:travel|go|head|fly|move|proceed)(?:s|ed|ing)? next to\s+(?:the\s+)?$")
_LIST_BEFORE = re.compile(
    # "Varanasi, Sarnath, Bodh Gaya": a name the gazetteer lacks does not end the list;
    # "the Northern Province's Burera District": a place in the place just named
    r"^(?:,\s*(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s*|\s+(?=and\s|or\s)))?(?:and\s+|or\s+)?"
    r"|\s+(?:and|or)\s+|['’]s\s+"
    # "visited Kumasi's Manhyia Palace and Tamale": a building of the place just named, then the next place
    r"|['’]s\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:and|or)\s+(?:then\s+)?"
    # "to Jaipur, Agra and national capital New Delhi", "Kumasi and the regional capital, Tamale": the list's
    # last town, described
    r"|(?:,\s*|\s+)(?:and|or)\s+(?:the\s+)?(?:national|provincial|regional|state|district|county)\s+capital,?\s+"
    # "Kumasi (July 6), Tamale (July 7) and Bolgatanga (July 8)": an aside in brackets after each
    r"|\s*\([^()]{1,40}\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    # "the UAE (Dubai), Bahrain (Manama) and Qatar (Doha)": the list goes on past the bracket closed
    r"|\)\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)"
    # "visited Turkestan region and the city of Shymkent": the division word of the place just named
    r"|\s+(?:[Rr]egion|[Pp]rovince|[Dd]istrict|[Cc]ounty|[Oo]blast|[Gg]overnorate|[Pp]refecture)"
    r"(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:the\s+(?:city|town)\s+of\s+)?"
    # "N'Djamena, Chad; Djibouti, Djibouti; and Abuja, Nigeria": a list of places with their countries
    r"|\s*;\s*(?:and\s+)?"
    # "Xi'an, capital of northwest China's Shaanxi Province": the province of the place just named
    r"|,\s*(?:the\s+)?(?:provincial\s+|regional\s+)?capital(?:\s+city)?\s+of\s+"
    # "stops in Tokyo on Monday, Osaka on Wednesday and Kyoto on Thursday": a day after each
    # ("Tokyo on Monday morning and Yokohama in the afternoon")
    r"|\s+on\s+(?:[A-Z][a-z]+\.?|the\s+\d{1,2}(?:st|nd|rd|th))(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)"
    # "On Tuesday she toured Kumasi, and on Wednesday Tamale": the next day's place
    r"|,?\s+and\s+(?:then\s+)?on\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?\s+"
    # "His first stop is Riyadh, followed by Doha", "Tokyo and then Seoul"
    r"|,?\s+(?:(?:and\s+)?then|followed\s+by|(?:and\s+)?later|before\s+(?:heading|going|moving|travel+ing)\s+(?:on\s+)?to)\s+"
    # "Reno, Nev., later in the day and Las Vegas on Wednesday": the time of the place before, then the next
    r"|,?\s+(?:later\s+(?:in\s+the\s+day|that\s+day)|(?:in\s+the|that|this)\s+(?:morning|afternoon|evening))"
    r",?\s+and\s+"
    r")(?:the\s+)?$"
)

# "reached Guwahati on Thursday evening from an official trip to Japan": the place a journey came back
# to (read right after a place)
_BACK_FROM_A_TRIP_AFTER = re.compile(
    r"[^.;]{0,40}?\bfrom\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:trip|visit|tour|journey|mission)\b",
    re.IGNORECASE,
)

# "toured Moore on Sunday, a day after storms tore through": the place of another's deed (read in
# the words before a place; not "a day after touring", "two days after she flew to")
_AFTER_OTHERS_EVENT = re.compile(
    r"\b(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?|hours?)\s+after\s+"
    r"(?!(?:he|she|they|his|her|their|the\s+(?:president|minister|king|queen|pope|governor))\b)(?![a-z]+ing\b)"
    r"[^.;,]{0,50}$",
    re.IGNORECASE,
)
# "where a tornado ripped through parts of Monroe County", "floods that killed three people in Tomah": the
# place of a disaster's deed, not of a journey (read in the words before a place)
_EVENTS_PLACE_BEFORE = re.compile(
    r"\b(?:tornado(?:e?s)?|twisters?|storms?|floods?|floodwaters|fires?|wildfires?|bushfires?|hurricanes?|cyclones?"
    r"|typhoons?|(?:earth)?quakes?|blasts?|explosions?|landslides?|mudslides?)\s+(?:that\s+|which\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ripped|rips|tore|tears|swept|sweeps|struck|strikes|hit|hits|slammed|slams|battered|batters|ravaged|ravages"
    r"|pummell?ed|devastated|devastates|killed|kills|destroyed|destroys)"
    # (not "flood hit areas of Dibrugarh": the disaster's word describing the ground gone over)
    r"(?!\s+(?:areas?|regions?|districts?|villages?|communities|zones?|towns?|counties|places)\b)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:through|across|into|in|at)\s+)?(?:(?:parts|much|areas?|swaths?)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# every _EVENTS_PLACE_BEFORE match holds one of these (in lower case): a cheap test before the scan
_EVENTS_PLACE_NEEDS = (
    "tornado", "twister", "storm", "flood", "fire", "hurricane", "cyclone", "typhoon", "quake", "blast",
    "explosion", "landslide", "mudslide",
)  # fmt: skip
# "Tamale was the first stop on his tour", "Kyoto will be his last stop" (read right after a place)
_STOP_AFTER = re.compile(
    r"\s+(?:was|is|will be|became|would be)\s+(?:the|his|her|their)\s+(?:first|second|third|next|last|final)"
    r"\s+(?:stop|leg|destination|port of call)\b",
    re.IGNORECASE,
)
_STOP_AFTER_NEEDS = ("stop", "leg", "destination", "port of call")
# "York's Lord Mayor", "Britain's foreign secretary": the place of an office (read right after a place)
_OFFICE_AFTER = re.compile(
    r"['’]s?\s+(?:[a-z]+\s+){0,2}(?:lord\s+)?(?:mayor|mayoress|governor|president|premier|prime\s+minister"
    r"|minister|secretary|chancellor|king|queen|ambassador|envoy|leader|senator|chief\s+minister|head\s+of\s+state)\b",
    re.IGNORECASE,
)


_NAMED_FACILITY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[Ii]nternational\s+)?(?:[Aa]irport|[Aa]irfield|[Ss]tadium|[Hh]ospital|[Pp]ark)\b"
)
# "... in Jakarta last week": a time before the journey told (read right after a place)
_EARLIER_TIME_AFTER = re.compile(r"[^.;,]{0,25}?\blast (?:week|month|year|weekend)\b", re.IGNORECASE)
_AFTER_OR_SINCE_BEFORE = re.compile(r"\b(?:after|since)\b[^.;]*$", re.IGNORECASE)
# "to Tauranga's sister city", "to Britain's embassy in Paris": what the place owns lies elsewhere
# (read right after a place)
_ELSEWHERE_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?:sister|twin|partner|friendship)[\s-](?:city|cities|town|towns|province|state|region|county)"
    r"|['’]s?\s+(?:embassy|consulate|high commission|mission))\b"
    # "Samsung's chip plant in Pyeongtaek": the owner of a works that the sentence places in another town
    r"|['’]s\s+(?:[\w-]+\s+){0,3}?(?:plants?|factory|factories|facility|facilities|headquarters|campus|mills?|refinery"
    r"|offices?|stores?|works|warehouses?|shipyards?)\s+(?:in|at|near|outside)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)


# "left Beijing on Friday for Tokyo": the place left is where the journey began, not a stop
# ("left China at the end of a visit" is the place visited).
_LEFT_BEFORE = Caseless(r"\b(?:left|leaving|leaves|departed|departing)\s+(?:the\s+)?$")
_FOR_AFTER = re.compile(r"^[^.;]{0,60}?\bfor\b", re.IGNORECASE)  # anchored: no letter guard
# ("from Paris to Lyon": the place after "to" is where the journey went)
_FROM_BEFORE = Caseless(r"\bfrom\s+(?:the\s+)?(?:(?!to\b)[\w'’-]+\s+){0,4}(?:(?:at|in)\s+)?$")
# "evacuees from the town of Yendi", "who fled from Kumasi": where others came from (read before a place)
_OTHERS_FROM_BEFORE = Caseless(
    r"\b(?:evacuated|evacuees|fled|displaced|uprooted|relocated|refugees|hails?|hailed|hailing)"
    r"\s+from\s+(?:the\s+)?(?:(?!to\b)[\w'’-]+\s+){0,4}$"
)
_RETURNED_FROM_BEFORE = Caseless(r"\breturn(?:ed|s|ing)? (?:home )?from\s+(?:the\s+)?$")
_FLEW = Caseless(
    r"\b(?:flew|flown|flies|arrived|arrives|landed|lands|travell?ed|came|drove|sailed|returned)\b"
)
_TOPIC_IN_BEFORE = Caseless(
    r"\b(?:situation|crisis|war|conflict|fighting|violence|peace|stability|security|developments|unrest"
    r"|tensions?|elections?|attacks?|bombings?|insurgency|refugees|humanitarian \w+)\s+in\s+(?:the\s+)?$"
)
_DISTANCE = r"(?:some\s+|about\s+|around\s+|just\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+"
_LOCATING_BEFORE = re.compile(
    r",\s+(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,3}?(?:town|village|city|community|settlement|suburb|township|hamlet|port"
    r"|district|island|resort)\s+)?"
    # "Ejisu, a town near Kumasi", "Kwelumba, a village 20 km from Tamale", "Ejisu, about 20 km east of Kumasi":
    # the town that places the one named before it
    rf"(?:(?:{_DISTANCE})?(?:near|outside|(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of)|{_DISTANCE}from"
    # "Bucks County, a suburb of Philadelphia;": the city it lies by
    r"|(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:suburbs?|neighbou?rhood|part)\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the dam outside Khor Fakkan": by the town (not "outside the capital": anywhere but there)
# "received at State House, Nairobi", "at Tam Thang Industrial Park (Tam Ky City)": a building, then its town
_BUILDING_COMMA_BEFORE = re.compile(
    # ("at the Shuhada Memorial, Chinar Garden, Gilgit": a memorial in a garden, then their town)
    r"\b(?:[Aa]t|[Ii]n|[Oo]n|[Tt]o|[Vv]isited|[Tt]oured)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*,?\s+){0,4}"
    r"(?:House|Palace|Hall|Hotel|Cent(?:re|er)|Stadium|Square|Cathedral|Mosque|Church|Temple|University|Gardens?"
    r"|Hospital|School|College|Park|Lodge|Residence|Building|Complex|Base|Barracks|Museum|Memorial|Monument"
    r"|Office|Grounds?|Field|Academy|Institute|Plant|Factory|Mills?|Farm|Camp|Market"
    # "a sinkhole in Rockview Road, Amanzimtoti": a street, then its town
    r"|Road|Street|Avenue|Drive|Lane|Boulevard)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3})?(?:,\s+|\s+\()$"
    # "welcomed him at State House Entebbe", "at Government House Suva": the seat's town, no comma
    r"|\b(?:[Aa]t|[Ii]n|[Tt]o)\s+(?:the\s+)?(?:State|Government|Parliament)\s+House\s+$"
)
# "THACO Group in Chu Lai (Nui Thanh)": the place that holds the one just named
_PAREN_BEFORE = re.compile(r"^\s+\($")
_REGION_WORD_AFTER = re.compile(r"\s+(?:region|province|oblast|state|prefecture|governorate)\b", re.IGNORECASE)
# the words that put someone at an event named after the town that holds it (_EVENT_AFTER)
_EVENT_CUE_BEFORE = re.compile(
    r"\b(?:at|to|of|opened|opens|inaugurated|inaugurates|attended|attends|attending|attend|visited|visits|toured"
    r"|addressed|addresses|address|open|inaugurate)\s+(?:the\s+)?(?:\d{4}\s+|\d+(?:st|nd|rd|th)\s+)?$",
    re.IGNORECASE,
)
_EARLIER_RETURN_BEFORE = re.compile(
    # ("follows hot on the heels of his return from Zambia yesterday")
    r"\b(?:(?:days?|weeks?|months?|fortnight) after|heels of|follows|followed|following|shortly after|soon after"
    r"|just after|comes after|came after) (?:returning|(?:his|her|their) return|coming back|getting back) from"
    r"\s+(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:visit|trip|tour|journey)\s+(?:to|of|in)\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_EARLIER_EVENT_OPENING = re.compile(
    r"(?:[^\n]{0,80}?(?:--|—|–|\s-)\s+)?(?:just\s+|only\s+)?(?:an?|one|two|three|four|five|six|several|a few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:after|since)\b[^,;]{0,150},",
    re.IGNORECASE,
)
_OUTSIDE_BEFORE = re.compile(r"\boutside\s+$", re.IGNORECASE)
# "her first trip outside Tokyo in four years", "rarely travelled outside Lagos": anywhere but there
_JOURNEY_OUTSIDE_BEFORE = re.compile(
    # ("her first outside Accra since the election": the trip understood)
    r"\b(?:trips?|visits?|journeys?|tours?|travels?|travell?ed|forays?|outings?|ventured?|time|first|only)\s+outside"
    r"\s+(?:of\s+)?$",
    re.IGNORECASE,
)
# "departed the presidential wing of the airport in Ikeja": the airport left from, no stop (read in
# the sentence's last 160 characters before a place)
_LEFT_AIRPORT_BEFORE = re.compile(
    r"\b(?:departed|departs|departing|left|leaves|leaving)\s+(?:from\s+)?(?:the\s+)?(?:[\w'’.-]+\s+){0,10}?"
    r"(?:airport|airfield|airbase|air\s+base|airstrip|terminal)\s+(?:in|at|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LEFT_AIRPORT_NEEDS = ("depart", "left", "leav")
# "bade him farewell at", "was seen off at", "gave her a send-off at": where the traveller left from
_SEEN_OFF_BEFORE = re.compile(
    r"\b(?:farewell|send-?off|seen off|saw (?:him|her|them) off|see (?:him|her|them) off)\b[^.;]{0,40}?\bat\s+(?:the\s+)?$",
    re.IGNORECASE,
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
    r"\b(?:villages|towns|townships|districts|counties|cities|places|areas|communities|municipalities)"
    # ("the southern districts of Ruritania including Tamale and Kumasi": the region they lie in, then the list)
    r"(?: (?:of|in) (?:the )?[\w'’-]+(?: [\w'’-]+){0,2}?)?,?"
    r" (?:including|such as|like|namely)\s+$"
)
_LEFT_FOR_BEFORE = Caseless(
    r"\b(?:left|leaving|leaves|departed|departing|headed|set off|set out) for\s+(?:the\s+)?$"
)


# "visited three cities: ...", "a tour of four countries - ... :": places counted, then named
_COUNTED_COLON = re.compile(  # (read only in a sentence with a colon: no letter guard needed)
    # ("will be visiting the following communities: A, B and C")
    # ("a visit to three U.S. East Coast cities: Washington, New York and Philadelphia")
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|the\s+following|these|several|other)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:cities|towns|countries|nations|states|provinces|regions|counties|districts|prefectures|villages"
    r"|places|stops|locations|municipalities|communities|islands)\b[^.;:]{0,60}:",
    re.IGNORECASE,
)


_TOWN_KINDS = (PlaceKind.CITY, PlaceKind.TOWN)
# "Lagos's Surulere district", "Accra's Jamestown neighbourhood": a part of a town (read right after a place)
_CITY_PART_AFTER = re.compile(
    r"\s+(?:district|neighbou?rhood|quarter|suburb|ward|borough|precinct|area)\b", re.IGNORECASE
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
    # "A week after Jane Roe met Ann Poe in Abuja, ...": an opening clause of an earlier event
    earlier = _EARLIER_EVENT_OPENING.match(sentence.text) if " after " in sentence.text[:120] else None
    earlier_end = sentence.start + earlier.end() if earlier is not None else -1
    for i, (toponym, ref) in enumerate(places):
        before = text[max(sentence.start, toponym.start - 56) : toponym.start]
        cue = cues.get(before)
        if cue is None:
            cue = cues[before] = _cue_before(before)
        cued = cue.cued or (
            # "Upon his arrival at the Air Force Technical Area of Thiruvananthapuram Airport": the town
            # of the airport landed at
            isinstance(ref, Resolved)
            and ref.rule == "airport-town"
            # ("greeted him at the Istanbul International Airport upon his arrival": after it too)
            and _ARRIVAL.search(text, sentence.start, sentence.end) is not None
        )
        if cued and cue.left and (left_for := _FOR_AFTER.search(text[toponym.end : sentence.end])):
            # ("left Beijing for Tokyo": where the journey set out; not "leaving Tashkent for home" at
            # a tour's end: its last stop)
            cued = text.startswith(" home", toponym.end + left_for.end())
        if cued and cue.left_for and _END_CUE.search(sentence.text):
            cued = False  # "left for Delhi after a three-day visit": home, not a stop
        if not cued and _EVENT_AFTER.match(text, toponym.end) and _EVENT_CUE_BEFORE.search(before):
            cued = True  # "inaugurated the Hannover Fair", "at the opening of the Jeju Forum": held there
        if cued and toponym.start < earlier_end:
            cued = False  # (the place of the earlier event)
        if cued and toponym.text[:4].lower() == "the " and _OUTSIDE_BEFORE.search(before):
            cued = False  # "destinations mostly outside the capital": anywhere but there
        if (
            cued
            and "irport" in text[max(sentence.start, toponym.start - 20) : toponym.start]
            and any(w in sentence.text for w in _LEFT_AIRPORT_NEEDS)
            and _LEFT_AIRPORT_BEFORE.search(text, max(sentence.start, toponym.start - 160), toponym.start)
            # ("left the airport in Tamale after a two-day visit": the place visited)
            and not _END_CUE.search(sentence.text)
        ):
            cued = False  # "departed the presidential wing of the airport in Ikeja": where the journey set out
        if cued and cue.return_to:
            cued = False  # "is expected to return to Mexico City on Monday": home, not a stop
        if (
            cued
            and isinstance(ref, Resolved)
            and ref.rule == "airport-town"
            and ("off" in before or "farewell" in before)
            and _SEEN_OFF_BEFORE.search(before)
        ):
            cued = False  # "was given a farewell at Kumasi airport": the airport left from, no stop
        if cued and cue.from_ and _FLEW.search(text, sentence.start, toponym.start):
            cued = False  # "flew to Komatsu from Tokyo International Airport at Haneda": where he set out
        if cued and cue.from_ and _OTHERS_FROM_BEFORE.search(before):
            cued = False  # "met residents who had evacuated from the towns of Tamale and Yendi": their homes
        if not cued and toponym.start >= listed_from and not (cue.left or cue.return_to or cue.from_):
            cued = True
        if not cued and i > 0 and out[i - 1] and previous_end >= 0:
            between = text[previous_end : toponym.start]
            listed = lists.get(between)
            if listed is None:
                listed = lists[between] = _LIST_BEFORE.match(between) is not None
            if (
                listed
                and between[:1] in "'’"
                and isinstance(owner := places[i - 1][1], Resolved)
                and owner.place.kind in _TOWN_KINDS
                and (
                    _CITY_PART_AFTER.match(text, toponym.end) is not None
                    or _CITY_PART_AFTER.search(toponym.text) is not None  # ("Urumqi's Tianshan District")
                )
            ):
                listed = False  # "Lagos's Surulere district": a part of the town just named, not another stop
            cued = listed or (
                _PAREN_BEFORE.match(between) is not None
                and _REGION_WORD_AFTER.match(text, toponym.end) is None  # "(Syrdarya region)": a region
            )
        if (
            not cued
            and i > 1
            and out[i - 2]
            and not out[i - 1]
            # (the place before was no stop: the words before it place another, :data:`_LOCATING_BEFORE`)
            and _LOCATING_BEFORE.match(text, places[i - 2][0].end, places[i - 1][0].start)
            and _LIST_BEFORE.match(text[places[i - 1][0].end : toponym.start])
        ):
            cued = True  # "stops in Kumasi, north of Accra, and Tamale": the list goes on past the aside
        if not cued and may_hold(sentence.text, _STOP_AFTER_NEEDS) and _STOP_AFTER.match(text, toponym.end):
            cued = True  # "Tamale was the first stop of the tour"
        if cued and "after" in before and _AFTER_OTHERS_EVENT.search(before):
            cued = False  # "a day after storms tore through central Oklahoma": another's deed, not a journey
        if cued and may_hold(before, _EVENTS_PLACE_NEEDS) and _EVENTS_PLACE_BEFORE.search(before):
            cued = False  # "where a tornado ripped through parts of Monroe County": where the storm went
        if (
            cued
            and "last " in text[toponym.end : toponym.end + 40]
            and _EARLIER_TIME_AFTER.match(text, toponym.end)
            and _AFTER_OR_SINCE_BEFORE.search(before)
        ):
            cued = False  # "after he attended a summit in Jakarta last week": an earlier journey's place
        if cued and text[max(0, toponym.start - 3) : toponym.start] in ("'s ", "’s ") and _NAMED_FACILITY_AFTER.match(
            text, toponym.end
        ):
            cued = False  # "Port Moresby's Jackson's international airport": a facility's namesake, not a town
        if cued and _OFFICE_AFTER.match(text, toponym.end):
            cued = False  # "a visit to China, York's Lord Mayor Dave Taylor": the office's place, no stop
        if cued and "from" in text[toponym.end : toponym.end + 40] and _BACK_FROM_A_TRIP_AFTER.match(text, toponym.end):
            cued = False  # "after reaching Guwahati on Thursday from an official trip to Japan": home
        if cued and _ELSEWHERE_AFTER.match(text, toponym.end):
            cued = False  # "a delegation to Tauranga's sister city in China": the place is elsewhere
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
    """Read the words before a place (up to 56 characters, within its sentence)."""
    ends = _ending(before)
    cued = (
        _CUE_BEFORE.search(before) is not None
        and (
            not ends(_TO)
            or _NOT_CUE_BEFORE.search(before) is None
            or _NEXT_LEG_BEFORE.search(before) is not None
        )
    ) or (ends(_INCLUDING) and _KINDS_INCLUDING.search(before) is not None) or (
        ends(_OUTSIDE) and _OUTSIDE_BEFORE.search(before) is not None and _JOURNEY_OUTSIDE_BEFORE.search(before) is None
    ) or (ends(_FROM) and _TOUR_FROM_BEFORE.search(before) is not None) or (
        before.endswith(", ") and _STOP_OF_TOUR_BEFORE.search(before) is not None
    ) or (
        ":" in before and _ITINERARY_LINE_BEFORE.search(before) is not None
    ) or (
        ("," in before or "(" in before or "House " in before) and _BUILDING_COMMA_BEFORE.search(before) is not None
    )
    may_from = not before.isascii() or "from" in before.lower()
    if cued and (
        # "the situation in Palestine", "the war in Ukraine": talked about, not visited
        (ends(_IN) and _TOPIC_IN_BEFORE.search(before))
        # "furious about political gridlock back in Washington": home, not a stop
        or (ends(_IN) and _BACK_IN_BEFORE.search(before) and not _BE_BACK_IN_BEFORE.search(before))
        # "the sanctuary of Pompei, near Naples,": the town that locates the place visited
        or _LOCATING_BEFORE.search(before)
        # "a week after returning from a visit to Brasilia": an earlier journey's place
        or (may_from and _EARLIER_RETURN_BEFORE.search(before))
    ):
        return _NOT_CUED
    # (the exceptions are read for a place not cued too: an airport's town may be cued by the landing)
    return _CueBefore(
        cued,
        ends(_LEFT) and _LEFT_BEFORE.search(before) is not None,
        ends(_FOR) and _LEFT_FOR_BEFORE.search(before) is not None,
        ends(_TO) and _RETURN_TO_BEFORE.search(before) is not None,
        # ("returned from Tokyo": the place the journey went, not where it set out)
        may_from
        and _FROM_BEFORE.search(before) is not None
        and not (ends(_FROM) and _RETURNED_FROM_BEFORE.search(before) is not None),
    )


# The words the patterns read before a place end on (each then "\s+(?:the\s+)?$", or less): a
# pattern is searched only where the words before the place end on one of its own
_TO, _IN, _FOR, _FROM = ("to",), ("in",), ("for",), ("from",)
_LEFT = ("left", "leaving", "leaves", "departed", "departing")
_INCLUDING = ("including", "as", "like", "namely")
_OUTSIDE = ("outside",)


def _ending(before: str) -> Callable[[tuple[str, ...]], bool]:
    """For the words before a place: whether they may end on one of some words, then on "the" or not
    (in any case: the last word ends on one of them, or is "the" after one that does). Always
    true for a text with a letter other than ASCII (one re.IGNORECASE may equate with an ASCII one)."""
    if not before.isascii():
        return _ANY_ENDING
    tail = before.lower().rsplit(None, 2)
    last = tail[-1] if tail else ""
    prev = tail[-2] if len(tail) > 1 else ""
    if last != "the":
        return last.endswith
    return lambda words: prev.endswith(words) or last.endswith(words)


def _any_ending(words: tuple[str, ...]) -> bool:
    return True


_ANY_ENDING = _any_ending
