"""Offices, styles and the words around names that the parts of the people reader share ("Vice Premier", "His Majesty", demonyms)."""

from __future__ import annotations

import re

from timeline._regex import (
    letter_first,
    words,
)

# Offices, longest first so that "Vice Premier" wins over "Premier".
_OFFICES = sorted(
    (office.strip() for office in """
    Vice Premier|Vice-Premier|Vice-President|Vice-Chairman|Premier|Executive Vice Premier|Vice President|President|Prime Minister|Deputy Prime Minister
    |Deputy President|Inspector General|Inspector-General|Senior General
    |Chancellor|Vice Chancellor|Vice-Chancellor|Secretary of State|Secretary-General|Secretary General|Foreign Minister
    |Defense Minister|Defence Minister|Finance Minister|Commerce Minister|Trade Minister|Interior Minister
    |Minister of Foreign Affairs|Minister of Commerce|Minister|King|Queen|Crown Prince|Prince|Princess|Emperor
    |Chairman|Vice Chairman|Chairwoman|Chairperson|State Councilor|Governor|Mayor|Chief Executive|Sultan|Emir|Amir|Pope
    |Senator|Speaker|Party Secretary|General Secretary|Director|Commissioner|Ambassador|Special Envoy
    |Treasury Secretary|Defense Secretary|Commerce Secretary|Foreign Secretary|Home Secretary|Grand Duke
    |Chief Minister|Gov.|Sen.|Pres.|First Lady|First lady|first lady|First Gentleman|first gentleman|Minister of State
    |Emperor Emeritus|Pope Emeritus|Yang di-Pertuan Agong|Governor General|Governor-General
    |Chief of the Defence Staff|Chief of Defence Staff|Chief of the Defense Staff|Chief of Staff
    |Rep.|Representative|Congressman|Congresswoman|PM|CM|VP|FM|Secretary|Taoiseach|Tánaiste|Archbishop Emeritus|Archbishop
    |Home Minister|Health Minister|Education Minister|Agriculture Minister|Energy Minister|Justice Minister
    |Economy Minister|Environment Minister|Transport Minister|Tourism Minister|Culture Minister|Labour Minister
    |Information Minister|Industry Minister|Railways Minister|Railway Minister|Petroleum Minister|Oil Minister
    |External Affairs Minister|Home Affairs Minister|Defence Secretary|Health Secretary|Education Secretary
    |Energy Secretary|Interior Secretary|Agriculture Secretary|Transportation Secretary|Homeland Security Secretary
    |Minister of Defence|Minister of Defense|Minister of Finance|Minister of Health|Minister of Home Affairs
    |Minister of External Affairs|Minister of Trade|Minister of Interior|Minister of the Interior
    |Attorney General|Attorney-General|Chief Justice|State Counsellor|State Counselor|State Councillor|National Security Adviser
    |Majority Leader|Minority Leader|Army Chief|Chief of Army Staff|First Minister|Deputy First Minister
    |Deputy Crown Prince|Chief Adviser|Chief Advisor|Director-General|Director General|Managing Director|Executive Director
    |Sec.|Lt. Gov.|Lt. Governor|Lieutenant Governor|Amb.|High Commissioner|Press Secretary|Gov. Gen.|Gov.-Gen.
    |Leader of the Opposition|Leader of Opposition
    """.replace("\n", "").split("|") if office.strip()),
    key=len,
    reverse=True,
)

_OFFICE = "|".join(re.escape(o.strip()) for o in _OFFICES if o.strip())

# A name: two to four capitalised words ("Zhang Guoqing", "Kassym-Jomart Tokayev",
# "Ursula von der Leyen"), or one word with a regnal number ("Charles III").
# Capitals beyond ASCII too: "Erdoğan", "Łukasz", "Phạm Minh Chính", "Ólafur".
_UPPER = "A-Z" + "".join(
    c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper() and c.isalpha()
)

_WORD = rf"[{_UPPER}](?:[^\W\d_]|['’\-])+"

# ("Tamim bin Hamad Al Thani", "Seán Ó Briain": "Al" and "Ó" are particles, not names of their own)
_PARTICLE = r"(?:von|van|der|de|da|di|du|bin|bint|ibn|al|Al|El|la|le|del|dos|das|Ó|Ní|Nic|Ua)"

# "Joko “Jokowi” Widodo": a nickname in quotes between the names (dropped from the name)
_NICKNAME = r"[“\"][^\W\d_][\w'’-]*[”\"]"

_NAME = (
    # "Tuilaepa Dr. Sa’ilele Malielegaoi": a doctor's style inside the name (dropped by _clean_name);
    # "George W. Bush", "Ferdinand R. Marcos": a middle initial ("Michael D Higgins": without its stop,
    # as British and Irish copy writes it; not "A" or "I", which may be words)
    # "Faisal bin Salman al-Rashid": a lower-case article joined to the name by a hyphen
    # ("Sultan Muhammad V": a regnal number of one letter, which no word of a name is)
    rf"(?:{_WORD}(?:\s+(?:{_NICKNAME}\s+)?(?:{_PARTICLE}\s+)*(?:Dr\.\s+|[A-Z]\.\s+|(?![AI]\s)[A-Z]\s+(?=[A-Z][a-z]))?(?:[ae]l-)?{_WORD}){{1,3}}"
    r"(?:\s+V(?![\w.'’-]))?"
    # "M K Stalin", "M.K. Stalin", "K. Chandrashekar Rao": initials first
    rf"|(?:[A-Z](?:\.\s?|\s)){{1,3}}{_WORD}(?:\s+{_WORD}){{0,2}}"
    rf"|{_WORD}\s+(?:I{{1,3}}|IV|V|VI{{0,3}}|IX|X)\b)"
)

_COURTESY = frozenset("Madame Madam Mrs Mr Ms Mme Dr Mister Miss Sir Dame".split())

# Words of an office: "Former President Jane Roe visited" opens with an office, not a name
_OFFICE_WORDS = frozenset(
    "Former Late President Prime Minister Premier Governor Chancellor Mayor Senator Vice Deputy Secretary Chief"
    .split()
)

# offices that are no one's name when written alone ("President then traveled to Tamale")
_LONE_OFFICES = frozenset({"President", "Premier", "Governor", "Minister", "Senator"})

# Words of offices the office list lacks: "Field Marshal Jane Roe", "Cardinal Jane Roe", "Lok Sabha
# Speaker Jane Roe" (read off a name written alone before a journey verb)
_UNLISTED_OFFICE_WORDS = frozenset(
    "Speaker Representative Marshal Admiral Colonel Cardinal Patriarch Ayatollah Supreme Justice Attorney"
    " Duke Duchess Consort Counsellor Councillor Councilor Commander Commander-in-Chief Adviser Advisor"
    " Envoy Rabbi Imam Bishop Archbishop Metropolitan Mufti Baroness Baron Ambassador Commissioner Chairman"
    " Chairwoman Chairperson Leader Emir Amir Sultan Princess Prince Crown King Queen Pope Emperor Empress".split()
)

# "Crown Prince He": no royal's one name (He Lifeng is a vice premier, though: only for royals)
_PRONOUNS = frozenset("He She It They We His Her Its Their Our".split())

# Words that are capitalised but never part of a name following a title.
_NOT_NAME = frozenset(
    """
    The A An On In At For To From And Of With By During After Before While When Friday Monday
    Tuesday Wednesday Thursday Saturday Sunday Has Had Is Was Will Said Says Visited Inspected Also
    Air Force One Two Three
    Who Which That This January February March April May June July August September October November
    December Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec Province City County Municipality
    Region General Minister Secretary Council Office House Palace Government Administration
    State National Federal Republic Emeritus Consort Dowager Mother Assembly Parliament Senate Congress Committee
    Royal Hurricane Typhoon Cyclone Storm Tropical Team Club United Real Flight
    Airport Airways Airlines International Bank Group Company Corporation University College Hospital School
    Market Stadium Holdings Limited Ltd Inc Foundation Institute Agency Authority Ministry Department Union
    Association Society Museum Station Board Commission Service Fund Centre Center Trust Network Media News
    Times Television Radio
    Arrives Visits Meets Departs Returns Begins Leaves Tours Travels Flies Lands Embarks Concludes Wraps Ends Pays
    """.split()
)

# case-sensitive and opening on the offices' letters (no guard): see letter_first
_OFFICE_AT_WORD_START = letter_first(rf"\b(?:{_OFFICE})")

# "Prime Minister Dr. Manmohan Singh": a courtesy between the office and the name
_HONORIFIC = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Mme|Sen|Rep|Hon|Gen|Lt\.? Gen|Maj\.? Gen|Brig\.? Gen|Col|Lt\.? Col|Adm|Prof|Engr?)\.?|Professor"
    # "Chief of the Defence Staff General Jane Roe", "Army chief General Jane Roe": a military rank
    r"|(?:Lieutenant |Major |Brigadier )?General|Brigadier|(?:Vice |Rear )?Admiral|(?:Air Chief |Air |Field )?Marshal"
    r"|Colonel|Senator"  # ("The Kebbi State Governor, Senator Jane Roe": a style kept from an earlier office)
    # Malay and Bruneian styles: "Prime Minister Datuk Seri Anwar Ibrahim", "Crown Prince Pengiran Muda
    # Mahkota Al-Muhtadee Billah"
    r"|Pengiran Muda Mahkota|Pengiran Anak|Pengiran Muda|Pengiran|Datuk Seri|Dato['’]? Seri|Dato['’]? Sri"
    r"|Tan Sri|Datuk|Dato['’]?|Tunku|Tengku"
    # Cambodian styles: "Prime Minister Samdech Moha Bovor Thipadei Hun Manet"
    r"|Samdech Moha Bovor Thipadei|Samdech Akka Moha Sena Padei Techo|Samdech Techo|Samdech"
    # "Governor-General Dame Jane Roe" (a sheikh keeps the style: "Sheikh Hasina" is her name)
    r"|Sir|Dame"
    # "President His Highness Sheikh Mohamed ...", "President H.E. Jane Roe", "Prime Minister Shri
    # Narendra Modi", "President Smt. Droupadi Murmu": styles of address, not names
    r"|(?:His|Her) (?:Highness|Majesty|Excellency)|H\.\s?E\.|Shri|Smt\.?|Shrimati"
    # "Former President Chief Jane Roe": a chieftaincy style before a full name (not an office's "Chief")
    r"|Chief(?=\s+[A-Z][a-z]+\s+[A-Z][a-z])"
    # "Prime Minister Dr. the Rt Hon. Jane Roe": parliamentary styles, after another or alone
    r"|(?:the\s+)?(?:Rt\.?\s+Hon\.?|Right Honourable|Hon\.?)"
    # "State Counsellor Daw Jane Roe": a Burmese style
    r"|Daw(?=\s+[A-Z][a-z]+\s+[A-Z]))"
)

# Styles before a name written alone (Malay, South Asian, West African, academic, parliamentary)
_LEADING_STYLE = re.compile(
    # ("The Rt Hon Jane Roe": the article of the style)
    r"(?:The\s+(?=Rt|Right|Hon|Most))?(?:(?:Datuk Seri|Dato['’]? Seri|Dato['’]? Sri|Tan Sri|Datuk|Dato['’]?|Tun|Professor|Prof|Dr|Shri|Smt"
    r"|H\.\s?E\.|Rt\.? Hon\.?|Right Honourable|Right Honorable|Hon\.?|Most Rev\.?|Alhaji|Hajia|Samdech|Daw"
    # "Chief Jane Roe arrived": a chieftaincy style before a full name
    r"|Chief(?=\s+[A-Z][a-z]+\s+[A-Z][a-z]))\s+)+"
)

_STYLE_OF_ADDRESS = re.compile(r"H\.\s?E\.\s+")

# "On Thursday, His Excellency the Honourable Jane Roe AC departed": a governor's style before a full
# name, wherever in the sentence (a governor's programme names its holder so, and by no office)
_EXCELLENCY_NAMED = re.compile(
    r"(?<![\w-])(?:His|Her) Excellency,?\s+(?:the\s+(?:Honourable|Honorable|Hon\.?)\s+)?"
    r"(?P<name>[A-Z][a-z\u00e0-\u024f'’-]+(?:\s+(?:de|van|von|du|da|del|di|la|le)){0,2}"
    r"(?:\s+[A-Z][a-z\u00e0-\u024f'’-]+){1,3})"
    # (letters of honours after the name: "AC", "AO", "CVO", "KC")
    r"(?=(?:\s+(?:AC|AO|AM|AK|AD|CVO|MVO|KC|QC|GCMG|KCMG|CMG|CBE|KBE|OBE|GNZM|ONZ))*[\s,.;])"
)

# "Chavez'", "Samia's": a possessive ending is not part of a name
_POSSESSIVE = re.compile(r"(?:['’]s?)$")

# "President Bush", "Gov. Cooper": an office before a surname alone, in reports that may never
# give the full name. Royal offices go by one name already (_ROYAL below).
_SURNAME_OFFICE = "|".join(
    re.escape(o)
    for o in _OFFICES
    if o.strip()
    and o.split()[0]
    not in (
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Crown",
        "Pope",
        "Emperor",
        "Sultan",
        "Emir",
        "Amir",
        "Grand",
    )
)

_TITLED_SURNAME = re.compile(
    letter_first(rf"\b(?:{_SURNAME_OFFICE})").join(("(?P<office>", ")"))
    # ("Prime Minister al-Sudani", "President von der Leyen": a surname that opens on its article or particles)
    + rf"\s+(?:{_HONORIFIC}\s+)?(?P<name>(?:[ae]l-|(?:(?:von|van|der|den|de|da|du|del|la|le)\s+){{1,2}})?{_WORD})"
    + rf"(?![\w'’-]|\s+(?:{_NICKNAME}|[{_UPPER}]))"
)

# (letters first, a capital and a small letter each opening its own offices: "First Lady", "first lady")
_OFFICE_SCAN = re.compile(letter_first(rf"\b(?:{_OFFICE})", cased=True))

# Roles set off after an office, read as no name: "The Duke of Kent, Royal Patron, visited"
_ROLES = frozenset("Patron Patroness Founder Co-Founder Trustee Colonel-in-Chief Chair President Member".split())

# Trades and callings written before a name: "pop star", "singer", "footballer" (see _BARE_SUBJECT)
_TRADE = (
    r"(?:super)?star|singer(?:-songwriter)?|musician|rapper|band|footballer|striker|midfielder|defender"
    r"|goalkeeper|player|athlete|cricketer|boxer|golfer|sprinter|actor|actress|comedian|artist|hitmaker"
)

# A style of address set off by its own comma before the name ("His Excellency, Mr Jan Roe")
_STYLE_SET_OFF = r"(?:His|Her) (?:Excellency|Highness),\s+"

# An office's short form in brackets: "(CM)", "(LoP)", "(KCR)"
_SHORT_FORM = r"\([A-Z][A-Za-z]?[A-Z][A-Za-z]{0,2}\)"

_TITLED = re.compile(
    rf"(?P<office>(?:{_OFFICE_AT_WORD_START}))(?P<elect>-(?:[Ee]lect|[Dd]esignate))?"  # "President-elect Evo Morales"
    # "Leader of the Opposition (LoP) in the National Assembly Jane Roe": the chamber whose opposition she leads
    rf"(?:(?<=Opposition)(?:\s+(?P<short>{_SHORT_FORM}))?\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,2}}"
    r"(?:Sabha|Senate|House|Assembly|Parliament|Council|Legislature)\b)?"
    # "Minister of State for Rural Development and Communications Dr Pemmasani Chandrasekhar"
    # "President of the Republic of Azerbaijan Ilham Aliyev": an "of" inside the country's style
    # (a courtesy after it is not part of it: "... for Rural Development Dr Jane Roe")
    # ("High Commissioner to India Jane Roe", "Ambassador to Ghana Jane Roe": an envoy's country after "to")
    rf"(?:\s+(?P<prep>of|for|(?:(?<=Commissioner\s)|(?<=Ambassador\s)|(?<=Envoy\s))to(?!\s+(?:Visit|Travel|Tour|Meet|Attend|Head|Lead|Hold|Be|Discuss|Arrive)\b))\s+(?P<of>(?:the\s+)?[A-Z][\w.]*(?:\s+(?:and\s+|&\s+|of\s+(?:the\s+)?)?"
    rf"(?!(?:Dr|Mr|Mrs|Ms|Mme|Prof|Gen|Shri|Smt)\b)[A-Z][\w.]*(?:(?<=[a-z])-[A-Z][a-z]+(?=\s+[A-Z]))?){{0,9}}))?"
    # "The President, Sheikh Mohamed, toured": the name set off by commas
    # ("The US Vice President, Kamala Harris and Second Gentleman Douglas Emhoff have arrived")
    # ("The President, Nana Addo Dankwah Akufo-Addo arrived in Lusaka": the second comma left out)
    # ("The President, Mr. Jane Roe, arrived": a courtesy before the name set off)
    rf"(?:\s+|,\s+(?=(?:{_HONORIFIC}\s+|{_STYLE_SET_OFF}){{0,2}}(?:{_NAME})(?:,|\s+and\s+[A-Z]|\s+(?:has|have|had|was|were|is|are|will|[a-z]{{2,}}ed|arrives"
    rf"|visits|tours|leaves|met|left|flew|began|held|paid|went|came|made|took|led|spoke|told"
    rf"|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)))"
    # ("Chief Minister (CM) Jane Roe", "Leader of the Opposition (LoP) Jane Roe": the office's short form)
    rf"(?:(?P<short2>{_SHORT_FORM})\s+)?"
    # ("The President of Ruritania, His Excellency, Mr Jan Roe, will": the style set off by commas too)
    rf"(?:{_HONORIFIC}\s+|{_STYLE_SET_OFF}){{0,2}}(?P<name>{_NAME})"
)

# Royals go by one name: "Queen Camilla", "Pope Leo XIV", "Crown Prince Mohammed".
_ROYAL = words(
    # (on one line: "Saudi Arabia's Crown Prince\n\nHe later met" names no one)
    # ("Crown Princess Victoria", "Queen Consort Camilla", "Grand Duke Henri")
    r"\b(?P<office>King|Queen Consort|Queen|Crown Prince|Crown Princess|Prince|Princess|Grand Duke|Grand Duchess"
    r"|Pope Emeritus|Pope|Emperor Emeritus|Emperor|Empress"
    r"|Sultan|Emir|Amir|Ecumenical Patriarch|Patriarch|Catholicos)[ \t]+"
    r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+(?:I{1,3}|IV|V|VI{0,3}|IX|X|XI{0,3}|XIV|XV|XVI))?)\b"
    # ("Prince Edward County", "King George Island", "Queen Elizabeth Hospital": a place named for a royal)
    r"(?!\s+(?:County|Island|Islands|Street|Road|Avenue|Hospital|Park|Sound|Bay|Land|Square|Bridge|Airport"
    r"|Harbour|Harbor|Station|Stadium|Hall|Centre|Center|School|College|University|Barracks|Dock|Docks)\b)"
)

_ROYAL_NEEDS = (
    "King",
    "Queen",
    "Prince",
    "Pope",
    "Emperor",
    "Empress",
    "Sultan",
    "Emir",
    "Amir",
    "Grand Du",
    "Patriarch",
    "Catholicos",
)  # one is in every match

# "Musharraf, who is accompanied by his wife, flew to Jaipur": a surname alone as the subject of
# a journey, where the report names the traveller so (a word it capitalises mid-sentence too).
_JOURNEY_VERBS_FIRST = (
    r"flew|arrived|landed|visited|toured|travelled|traveled|left for|departed for|reached|inspected"
    r"|touched down|returned|wrapped up|concluded|visit|travel to|tour|arrive"  # the last four after "will"
    # the present of headlines and leads ("Jane Roe arrives in Riga"), "is on a three-day visit"
    r"|arrives|visits|travels|tours|lands|flies|departs|departed|leaves|wraps up|concludes|returns|reaches"
    r"|is visiting|was visiting|(?:is|was|will be) on (?=a |an |his |her )|will be in"
    # "Jane Roe is flying to Jakarta today", "was travelling to Lagos": a journey under way
    r"|(?:is|was) (?:flying|travelling|traveling|heading|jetting) (?=to |for |into |off |out |home )"
)

# more ways to set out ("jetted into", "headed to", "embarked on a visit", "paid a visit"), looked for
# only right after a capitalised word (the name's last, or a weekday's: the letters they open on are
# common, so a scan for them alone would be slow)
_JOURNEY_VERBS_MORE = (
    r"heads|headed|jetted|jets|embarked on|embarks on|set off|sets off|set out|kicked off|kicks off"
    r"|(?:began|begins|started|starts|paid|pays|made|makes)(?= (?:a|an|his|her|their|the) )"
    r"|stopped over|stops over"
    # "Jane Roe is in Accra", "has been in Ghana since Monday", "is expected in Accra", "was accorded a
    # welcome", "ended a state visit", "laid a wreath": where the name alone opens the paragraph
    r"|(?:is|was) (?:also )?in(?= [A-Z])|(?:has|had) been in(?= [A-Z])"
    r"|(?:is|was) (?:expected|due) (?:in|at)(?= [A-Z])|was (?:accorded|given)(?= (?:a|an) )"
    r"|(?:ended|ends)(?= (?:a|an|his|her|their) )|laid a wreath"
)

_JOURNEY_VERBS = f"{_JOURNEY_VERBS_FIRST}|{_JOURNEY_VERBS_MORE}"

_JOURNEY_VERB = re.compile(letter_first(rf"\b(?:{_JOURNEY_VERBS_FIRST})\b"))

_JOURNEY_VERB_MORE = re.compile(rf"(?:{_JOURNEY_VERBS_MORE})\b")

# the words each of _JOURNEY_VERBS_MORE opens on, spaced on both sides
_MORE_VERB_WORDS = tuple(
    f" {w} " for w in "heads headed jetted jets embarked embarks set sets kicked kicks began begins started"
    " starts paid pays made makes stopped stops is was has had ended ends laid".split()
)

# the space before each of them, in one scan (a space before two words is one space: at most one of
# them is followed by a space there, so each place is found once, as a search for each word finds it)
_MORE_VERB_AT = re.compile(
    r" (?=(?:" + "|".join(sorted((w.strip() for w in _MORE_VERB_WORDS), key=lambda w: (-len(w), w))) + r") )"
)

# ("O'Neill", "McConnell", "DeSantis", "N'Guesso": a capital inside the word after a prefix)
_NAME_PREFIX = r"(?:[A-Z]['’]|Mac|Mc|De|Di|Le|La|Du)"

_BARE_WORD = rf"{_NAME_PREFIX}?[{_UPPER}][a-z\u00e0-\u024f\u1e00-\u1eff'’-]+(?:-[{_UPPER}][a-z\u00e0-\u024f\u1e00-\u1eff'’-]+)?"

_INITIALS = (
    r"(?:(?!U\.[SKN]\.|E\.U\.)[A-Z]\.(?:\s?[A-Z]\.){0,2}"
    # "M K Stalin", "A Revanth Reddy", "JD Vance": initials without their stops (not a body's letters)
    r"|[A-Z](?:\s[A-Z]){0,2}(?=\s[A-Z][a-z])|(?!US|UK|UN|EU|AU)[A-Z]{2}(?=\s[A-Z][a-z]))"
)

_BARE_PARTICLE = r"(?:bin|bint|ibn|al|Al|el|von|van|der|den|de|da|di|du|del|dos|das|la|le)"

# What opens the sentence before the verb: the name, an aside between commas, "has"/"had".
_BARE_SUBJECT = re.compile(
    # "Tennis star Jane Roe", "Ruritanian singer-songwriter Jane Roe", "Footballer Jane Roe": a trade or a
    # calling before the name, no part of it (who is known for it, not by office, travels to play or sing)
    rf"(?:(?:[\w'’.&-]+\s+){{0,4}}?(?i:{_TRADE})\s+)?"
    # "Japan's Fumio Kishida", "Kenya's Ruto": a country's possessive before the name; "Mr. Kishida",
    # "His Highness Sheikh Tamim bin Hamad Al Thani": a courtesy or a style
    rf"(?:(?P<owner>[{_UPPER}][\w.-]*['’]s)\s+)?(?:(?P<style>(?:His|Her) (?:Majesty|Highness|Excellency)|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)?"
    # ("Charles de Gaulle", "Ursula von der Leyen": particles; "Kassym-Jomart Tokayev": a capital after a hyphen)
    # ("J.D. Vance", "George W. Bush": initials, not a country's: "U.S. Marines")
    # ('Joko "Jokowi" Widodo': a nickname in quotes, dropped from the name)
    rf"(?P<name>(?:(?:{_BARE_WORD}|{_INITIALS})\s+(?:{_NICKNAME}\s+)?(?:{_BARE_PARTICLE}\s+){{0,2}}){{0,4}}"
    # ("Abdel Fattah al-Sisi": an article joined by a hyphen; "Netumbo Nandi-Ndaitwah": a capital after it;
    # "Mswati III": a regnal number)
    rf"(?:[aeAE]l-)?{_NAME_PREFIX}?[{_UPPER}][a-z\u00e0-\u024f\u1e00-\u1eff'’‘-]{{2,}}(?:-[{_UPPER}][a-z\u00e0-\u024f\u1e00-\u1eff'’-]+)?"
    r"(?:\s+(?:II|III|IV|VI|VII|VIII))?)"
    # "Jane Roe MP", "Jane Roe, QC,", "Jane Roe Jr.": letters after the name
    r"(?:,?\s+(?:MP|MEP|MLA|MPP|MNA|MHA|QC|KC|OBE|CBE|KBE|GCMG)\b,?|,?\s+(?:Jr|Sr)\.?(?=\s))?"
    # "Jane Roe (pictured) arrived", "Jane Roe (C) arrives": a note on the picture
    r"(?:\s+\((?:pictured|pictured above|above|centre|center|C|L|R|left|right|second left|second right)\))?"
    # ("Jane Roe, who arrived in Riga on Tuesday, met ...": the relative clause's subject)
    r"(?:,[^,.;\n]{3,80},)?(?:,?\s+who)?\s+(?:has\s+|had\s+|(?:will|would)\s+(?:also\s+|then\s+|first\s+)?"
    # "Kishida then travelled to Osaka", "Anwar later flew to Ipoh": an adverb of sequence before the verb
    r"|(?:also|then|later|first)\s+"
    # "Michelle Obama is scheduled to arrive in Mexico on Tuesday"
    r"|(?:is|was|are|were)\s+(?:scheduled|expected|due|set|slated)\s+to\s+"
    # "Okello said he would first visit Gulu", "Okello told reporters on Monday that she will travel to
    # Lira": the speaker's own journey, told with the speaker's pronoun
    r"|(?P<said>said|says|told\s+reporters|announced)\s+(?:(?:on|late|early)\s+[A-Z]?[a-z]+\s+)?(?:that\s+)?(?:he|she)\s+"
    r"(?:(?:would|will|had|has|was|is|planned\s+to|plans\s+to|intends\s+to|hopes\s+to)\s+)?"
    r"(?:(?:also|first|then|soon|later|personally)\s+)?)?"
    # "Jane Roe on Tuesday arrived in Riga": the day between the name and the verb
    r"(?:(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
)

# a sentence's start, or a reported clause's ("the State Department said that Blinken would travel")
# (or a dateline's dash: "Washington (CNN) - Michelle Obama is scheduled to arrive")
# (or a dateline's end: "JAKARTA: Jane Roe", "NAIROBI - Jane Roe", "NAIROBI, March 15 - Jane Roe")
_OPENING = re.compile(
    r"(?:^|[.!?][”\"]?\s|\n|\bthat\s|\)\s*[-–—]{1,2}\s|(?<=[A-Z]{2}):\s|(?:(?<=[A-Z]{2})|(?<=\d))\s*[-–—]{1,2}\s"
    # ("Before leaving, Okello said he would visit Gulu": a speaker after an opening phrase)
    r"|,\s(?=[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\ssaid\s(?:that\s)?(?:he|she)\s))",
    re.MULTILINE,
)

# "Xi Jinping returned to Beijing": two or three capitalised words with no common word among them
# are a full name, even where the report writes it only once
# ("Charles de Gaulle", "Lula da Silva": particles between the words)
_FULL_NAME_ALONE = re.compile(
    rf"{_BARE_WORD}(?:\s+(?:{_BARE_PARTICLE}\s+){{0,2}}(?:[aeAE]l-)?{_BARE_WORD}){{1,2}}"
    # "J.D. Vance", "George W. Bush": initials for a given name or a middle one
    rf"|{_INITIALS}\s*{_BARE_WORD}(?:\s+{_BARE_WORD})?|{_BARE_WORD}\s+{_INITIALS}\s+{_BARE_WORD}"
)

# a pronoun of one person after a bare one-word subject (see find_people)
# (the next sentence opens on "He" or "She": "Help arrived in Gulu, he said" is no one's arrival)
# (nor where the sentence itself says "he" or "she": "Help arrived in Gulu, he said. He thanked ...")
_HE_OR_SHE_AFTER = re.compile(r"(?:(?!\b(?:he|she)\b)[^.!?\n])*[.!?][”\"]?[ \t]+(?:He|She)\s")

# a monarch the report calls by the office alone: "the King", "The Queen" (not "the King of Spain", nor
# "King Tomas")
_MONARCH_ALONE = re.compile(r"(?<![\w-])[Tt]he (King|Queen|Emperor|Empress)(?![\w-])(?! of\b)(?!\s+[A-Z])")

_MONARCH_NEEDS = ("he King", "he Queen", "he Emperor", "he Empress")

_MONARCH_PRONOUNS = {"King": "he", "Emperor": "he", "Queen": "she", "Empress": "she"}
