"""Words and patterns the parts of the article reader share: agencies, labels, months, places in capitals."""

from __future__ import annotations

import re

_AGENCIES = (
    "Xinhua", "Xinhua News Agency", "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse",
    "Bloomberg", "CGTN", "CCTV", "China Daily", "chinadaily.com.cn", "People's Daily", "Global Times",
    "China News Service", "CNS", "Kyodo", "Yonhap", "TASS", "dpa", "DPA", "ANI", "PTI", "Bernama", "UPI",
    "BBC", "CNN", "Nanfang Daily", "ECNS", "Sputnik", "Anadolu", "EFE", "ANSA", "AAP", "Jiji",
    # national agencies: South Asia, the Gulf and Middle East, Africa, South-East Asia, the former USSR, Latin America
    "UNB", "BSS", "IANS", "APP", "IRNA", "MNA", "WAM", "SPA", "KUNA", "QNA", "BNA", "MENA", "SANA", "NNA", "GNA",
    "VNA", "PNA", "ANTARA", "Antara", "KCNA", "KPL", "AKP", "Kazinform", "Ukrinform", "Interfax", "RIA Novosti",
    "BelTA", "Azertag", "AZERTAC", "Armenpress", "Press Trust of India", "Indo-Asian News Service", "Prensa Latina", "Pajhwok", "Montsame",
)  # fmt: skip

_AGENCY = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in sorted(_AGENCIES, key=lambda w: (-len(w), w))) + r")(?![\w])"
)

_LABEL = re.compile(
    r"(?i:\b(?:last\s+)?(?:updated|published|posted|released|modified|date|time|source|editor|edit|by|from|"
    r"first\s+published|web\s+editor|print\s+edition)\b\s*:?)"
)

_DATE_TOKEN_ALONE = re.compile(r"(?i:date)\s*:?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?)")

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")

# Capital letters of the Latin alphabets, accented ones too: "BRASÍLIA", "SÃO PAULO", "İSTANBUL", "ĐÀ NẴNG"
_UPPER = "A-Z" + "".join(
    c for c in map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))) if c.isupper() and c.isalpha()
)

# a place in capitals: "NAIROBI", "SÃO PAULO", "CHENGDU/CHONGQING", "ST. PETERSBURG"
# ("KIGALI- President ...", "LILONGWE-(MaraviPost)-": a hyphen after the place is not in its name)
# ("ASTANA. KAZINFORM -": an agency in capitals after the place's full stop is no part of its name)
_CAPS_AGENCY = "|".join(sorted({re.escape(a.upper()) for a in _AGENCIES if " " not in a}, key=lambda w: (-len(w), w)))

_CAPS_PLACE = (
    # "ON BOARD AIR FORCE ONE —", "AT SEA ABOARD THE USS NIMITZ —", "IN THE SKIES OVER ALASKA —": a craft
    # or a journey where the place would stand, its words before the craft's name
    r"(?:(?:ON\s+BOARD|AT\s+SEA|EN\s+ROUTE|IN\s+THE\s+(?:SKIES|AIR))\s+(?=[A-Z]))?"
    "[" + _UPPER + "][" + _UPPER + ".'’/-]*(?:\\s+(?!(?:" + _CAPS_AGENCY + ")\\b)[" + _UPPER + "][" + _UPPER
    + ".'’/-]*){0,3}(?<!-)"
)

# a place in title case, particles inside: "Dar es Salaam", "Rio de Janeiro", "São Tomé"
_TITLE_PLACE = (
    r"(?:St\.\s+)?[" + _UPPER + r"][^\W\d_A-Z]+(?:[ -](?:(?:de|da|do|dos|das|del|des|du|di|es|el|al|la|le)[ -])?"
    r"[" + _UPPER + r"][^\W\d_A-Z]+){0,3}"
)

# a month in Spanish or Portuguese, lower case, cut short or in full ("jul", "set.", "octubre", "março")
_IBERIAN_MONTH = r"(?:ene|feb|fev|mar|abr|may|mai|jun|jul|ago|sep|set|oct|out|nov|dic|dez)[a-zç]*\.?"

# a day and its month, either order, the year if given: "March 12", "Mar. 12, 2024", "12th March 2024"
_DAY_WORDS = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
    r"(?:,?\s+\d{4}(?!\d))?"
)

_CAPS_MONTHS = (
    "(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    "|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)(?![A-Z])"
)

_DATELINE = re.compile(
    r"""(?P<place>""" + _CAPS_PLACE + r""")
        # "NAIROBI (Kenya), March 12 —": the country in brackets, in title case (an agency is in capitals)
        (?:\s*\((?!(?:Xinhua|Reuters|Bernama|Kyodo|Yonhap|Anadolu|Sputnik|Jiji)\))[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\)(?=,))?
        (?P<region>(?:,\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}){0,2}?)
        # "NAIROBI – March 12, 2024 – ...": the day set off by dashes; "ASTANA. March 12. KAZINFORM –"
        (?:(?:,\s*|(?<=\.)\s+|\s+(?:--|—|–|-)\s+(?=[A-Z0-9][\w.]*\s+\d{1,4}\b[^—–\n]{0,12}\s(?:--|—|–|-)\s)
            # ("NAIROBI March 12 (Reuters) -": no comma before the day)
            |\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b))
            # ("NAIROBI, Kenya, Tuesday March 12, 2024 —", "NAIROBI, Tue Mar 12 (Reuters) -": the weekday before the day)
            (?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tues?|Weds?|Thu|Thurs?|Fri|Sat|Sun)\.?,?\s+)?
            # ("WINDHOEK, 05 MAR (NAMPA) -", "LUSAKA, MARCH 5 -": the month in capitals)
            (?P<date>(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|""" + _CAPS_MONTHS + r""")\.?\s+\d{1,2}(?!\d)
            (?:st|nd|rd|th)?(?:(?:,\s*|\s+)(?P<year>\d{4})(?!\d))?   # "NAIROBI, Kenya, Mar 5 2019 (Xinhua)"
            # "ABU DHABI, 12th March, 2024 (WAM) --": the day first
            |\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|""" + _CAPS_MONTHS + r""")\.?
            (?:,?\s+(?P<year2>\d{4}))?
            # "LIMA, 6 jul (EFE).-": a Spanish or Portuguese month in lower case before the agency's bracket
            |\d{1,2}\s+""" + _IBERIAN_MONTH + r"""(?:\s+(?:de\s+)?(?P<year3>\d{4}))?(?=\s*\()
            # "DUSHANBE, 18.04.2024 /NIAT «Khovar»/.": day, month and year with dots (day first)
            |\d{1,2}\.\d{1,2}\.\d{4}(?=\s*/)
            # "LIMA, 06/07/2017 -": day, month and year with slashes, before a dash or the agency's bracket
            |\d{1,2}/\d{1,2}/\d{4}(?=\s*(?:--|—|–|-|\()))(?:(?<=\d)\.(?=\s+[A-Z])
            (?:\s+(?P<bare>[A-Z]{3,10})(?=\s*(?:--|—|–|―|-)\s))?)?)?
        # "LONDON — (AP) —": the agency between dashes
        # ("ACCRA, March 12, (GNA) -": a comma before the bracket; "MADRID, March 12 (EFE).-": a stop before the dash)
        \s*(?:,?\s*(?:(?:--|—|–|-)\s*)?\((?P<agency>[^()\n]{1,80})\)\.?|\.?\s*/(?P<slashed>[A-Za-z]{2,12}|[A-Z][^/\n]{1,28})/\.?   # "(Xinhua)", ". /TASS/.", "/NIAT «Khovar»/"
        # "ASTANA. KAZINFORM -": an agency in capitals after the place's full stop
        |(?<=[A-Z]\.)\s*(?P<stopped>""" + _CAPS_AGENCY + r""")(?=\s*(?:--|—|–|―|-)\s)
        # "BAKU, March 12 AZERTAC President ...": a wire agency in capitals after the day, no dash;
        # "SYDNEY, AAP - ...": after a comma
        |(?:(?<=\d)\s+|,\s*)(?P<after_day>""" + _CAPS_AGENCY + r""")(?=\s+[A-Z]|\s*(?:--|—|–|―|-)\s)
        # "JAKARTA, KOMPAS.com -": a news site's name after the place
        |,\s*(?P<site>[A-Za-z]+\.(?:com|co|net|org|id)(?:\.[a-z]{2})?|[A-Z]+\.(?:CO|COM|NET|ORG|ID))(?=\s*(?:--|—|–|―|-)\s))?
        # "NAIROBI (Reuters) March 12 -": the day after the agency's bracket
        (?:(?<=\))\s+(?P<date_after>""" + _DAY_WORDS + r"""))?
        # "OTTAWA—Prime Minister ...": a long dash may touch the words
        # (or ends the line: "NAIROBI, March 12 (Reuters) -" on a line of its own)
        # "WASHINGTON (CNN)President ...": a scrape runs the agency's bracket into the lead
        # ("NAIROBI (Reuters) -President ...": a hyphen touching the lead after the agency's bracket)
        # ("PESHAWAR, (UrduPoint / APP - 16th May, 2021 ) :KP Minister ...": a colon touching the lead after it)
        # ("BANGKOK, 18 June 2012 -Minister ...": a hyphen touching the lead after the day)
        # ("PORT MORESBY, Papua New Guinea (AP) _ Pope ...": the AP's archive sets its long dash as a spaced
        # underscore, after the agency's bracket)
        (?:\s*(?P<dash>––|——|--|—|–|―|-|:|(?<=\)\s)_(?=\s))(?:\s+|(?<=[—–―])(?=[A-Z“"])|(?<=\)\s[-:])(?=[A-Z])|(?<=\)[-:])(?=[A-Z])
            |(?<=\d\s-)(?=[A-Z])|(?<=\d\s\s-)(?=[A-Z])|$)
        |\s+(?=[A-Z])|(?<=\))(?=[A-Z“"][a-z]))""",
    re.VERBOSE,
)

# Words of a byline's second part that make it an office or a newsroom, not a place
_BYLINE_NOT_PLACE = frozenset(
    """
    The Editor Correspondent Correspondents Reporter Reporters Writer Writers Columnist Contributor Analyst Staff
    Bureau Chief Desk Team News Online Times Post Press Agency Agencies Service Digital Web Senior Political
    Diplomatic Special Our Associated Newsroom Report Radio Television Daily Weekly Herald Tribune Journal
    """.split()
)

# Countries' names (not the city-states, whose names are their capitals'): a country alone where the place
# would stand, with no day and no agency, is a kicker ("Italy: Ailing Pope ...", "Kenya: ..."), not the place
# a report was filed from
_COUNTRIES = frozenset(
    """
    Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bangladesh Barbados
    Belarus Belgium Belize Benin Bhutan Bolivia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada
    Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Dominica Ecuador Egypt Eritrea
    Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guinea Guyana
    Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan
    Kenya Kiribati Kosovo Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Madagascar
    Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Micronesia Moldova Mongolia Montenegro Morocco
    Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine
    Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Slovakia
    Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga
    Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen
    Zambia Zimbabwe Africa Asia Europe Americas Oceania
    """.split()
) | frozenset(
    {"South Africa", "South Sudan", "North Korea", "South Korea", "New Zealand", "Sri Lanka", "Saudi Arabia",
     "United States", "United Kingdom", "Burkina Faso", "Costa Rica", "El Salvador", "Sierra Leone", "Timor-Leste",
     "East Timor", "Cape Verde", "Ivory Coast", "Papua New Guinea", "Dominican Republic", "Central African Republic",
     "Equatorial Guinea", "North Macedonia", "Bosnia and Herzegovina", "Trinidad and Tobago", "Solomon Islands",
     "Marshall Islands", "United Arab Emirates", "Latin America", "Middle East", "East Africa", "West Africa"}
)

_COUNTRY_TITLES = frozenset(c.title() for c in _COUNTRIES)

# What opens a sentence of one or two words: not a place
_NOT_A_STOP_PLACE = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Weds Thu Thur Thurs Fri Sat Sun
    January February March April May June July August September October November December Today Yesterday
    Tomorrow Tonight Meanwhile Yes Well Okay Background Context Overview Preview Recap Explainer Welcome Hello
    Thanks Indeed Exactly Agreed Enough Sorry Really Absolutely Certainly Sure Right Wow Again Finally
    Prof Capt Supt Brig Cmdr Dept Corp Govt Assoc Intl Natl Univ Bros Messrs Mme Mlle Sens Reps Esq
    """.split()
)

_NOT_A_PLACE = frozenset(
    """
    Updated Published Posted Source Editor Note Notes Photo Photos Video Watch Read Also Related Update
    Breaking Exclusive Opinion Analysis Comment Editorial Summary Highlights Tags Share By Date Time
    Location Caption Image Credit Listen Advertisement Sponsored Subscribe Topics Filed Category Key
    Reporting Writing Editing Story Live Latest Recommended Trending Important Warning Disclaimer Q A
    Editor Breaking Alert Flash Urgent Correction Clarification Exclusive Special Report Wrap Factbox
    News Headlines Profile Interview Feature Features World Nation National International Politics Business
    Economy Sport Sports Lifestyle Entertainment Health Science Technology Tech Culture Travel Education
    Environment Local Regional File Nato Asean Opec Brics Ecowas Sadc Saarc
    Details Detail Background Context Quote Quotes Reference Facts Agenda Itinerary Schedule Programme Program
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """.split()
)

_FOOTER_START = re.compile(
    r"""^(?:copyright\b|©|\(c\)\s|all\s+rights\s+reserved|edit(?:or)?\s*:|responsible\s+editor|
        special\s+statement|recommended\s+reading|related\s+(?:news|stories|articles)|more\s+from\b|
        most\s+(?:read|popular|viewed)|read\s+more\b|links\s*$|follow\s+us|about\s+us|contact\s+us|
        website\s+identification|registration\s+number|disclaimer)""",
    re.VERBOSE | re.IGNORECASE,
)

_YEAR_DIGITS = re.compile(r"\d{4}")

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_MONTH_NUM = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
} | {"ene": 1, "fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dic": 12, "dez": 12}
