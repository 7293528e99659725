"""Text -> :class:`Article`: headline, publication date, dateline, body, captions, boilerplate.

The reader works on lines.  Each non-blank line is a paragraph whose offsets point into the
original text, so nothing done here (dropping a footer, skipping a caption) shifts an offset.

* The *header* is every line before the first body paragraph: section labels, breadcrumbs,
  the headline, a byline, a date line ("Updated: July 3, 2024 22:55 Xinhua", "Jan 3, 2025 |
  10:22 GMT", " date 2025-10-13 <headline>").  A date line is a short line that holds one full
  date and, once the date, time, labels ("Updated", "Source", "By ...") and separators are
  removed, few other words.
* The *dateline* opens the first body paragraph: an upper-case place, an optional date and an
  optional agency in brackets, then a dash ("CHONGQING, Nov. 19 (Xinhua) --", "WASHINGTON (AP)
  —").  Its year comes from the publication date, across the Dec/Jan boundary.
* *Captions* are paragraphs that end with a photo credit ("(Xinhua/Ding Haitao)",
  "[Photo/Xinhua]", "REUTERS/Name") or whose first sentence ends with a full date, as photo
  captions do ("... inspects a petrochemical base in Zhoushan, Oct. 9, 2025.").
* *Boilerplate* is site furniture: copyright and contact footers, "Mobile"/"Desktop",
  editor and source lines, "Recommended Reading", share buttons, reporting credits.
"""

from __future__ import annotations

import codecs
import datetime as dt
import enum
import itertools
import re
from typing import NamedTuple

from attrs import frozen

from timeline.errors import ArticleError
from timeline.model import Dateline, DateMention, DateSpan, Document, Evidence, Precision, Unknown
from timeline.temporal import CHAIN_PENDING, chain_days, find_dates, last_countable_day, scan

__all__ = ["Article", "Paragraph", "ParagraphKind"]


class ParagraphKind(enum.Enum):
    """What a paragraph is to the reader."""

    HEADER = "header"
    BODY = "body"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"


@frozen
class Paragraph:
    """One paragraph (one non-blank line) and its offsets in the article text.

    Attributes:
        start: offset of its first non-blank character.
        end: offset one past its last non-blank character.
        text: exactly ``article.text[start:end]``.
        kind: header, body, caption or boilerplate.
    """

    start: int
    end: int
    text: str
    kind: ParagraphKind

    def __attrs_post_init__(self) -> None:
        # one check for the whole object (an article makes one per line), as the model's hot classes do
        if not (
            isinstance(self.start, int)
            and isinstance(self.end, int)
            and isinstance(self.text, str)
            and isinstance(self.kind, ParagraphKind)
        ):
            raise TypeError(
                f"bad Paragraph fields: {self.start!r}, {self.end!r}, {self.text!r}, {self.kind!r}"
            )


# --- what is not an article ---------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
_MARKUP = re.compile(
    r"<(?:!doctype|html|head|body|div|p|br|span|script|style|table|tr|td|ul|li|img|meta|link|a)\b[^<>]*>|</[a-z]+\s*>",
    re.IGNORECASE,
)

# --- header --------------------------------------------------------------------------------------

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
    r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in sorted(_AGENCIES, key=len, reverse=True)) + r")(?![\w])"
)
_LABEL = re.compile(
    r"(?i:\b(?:last\s+)?(?:updated|published|posted|released|modified|date|time|source|editor|edit|by|from|"
    r"first\s+published|web\s+editor|print\s+edition)\b\s*:?)"
)
_TIME = re.compile(
    r"(?<![\d.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?"
    r"(?:\s*(?:GMT|UTC|BJT|CST|EST|EDT|PST|PDT|CET|CEST|BST|Beijing\s+time)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?)?"
)
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T(?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?")
_SEPARATORS = re.compile(r"[|·•/,;()\[\]–—-]+")
# A stored page's leading "date YYYY-MM-DD" token, and what follows it on its line.
# (" date 2022-11": some stored copies give the month only)
_DATE_TOKEN = re.compile(r"(?P<token>(?i:date)\s*:?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?))\s+(?=\S)")
_DATE_TOKEN_ALONE = re.compile(r"(?i:date)\s*:?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# At least so many _WORD matches: each skips to the next letter and takes the whole word.
_AT_LEAST_WORDS = {n: re.compile(rf"(?:[^A-Za-z]*+[A-Za-z][A-Za-z'’.&-]*+){{{n}}}") for n in (3, 6, 9, 12, 13, 40)}

# --- dateline ------------------------------------------------------------------------------------

# Capital letters of the Latin alphabets, accented ones too: "BRASÍLIA", "SÃO PAULO", "İSTANBUL", "ĐÀ NẴNG"
_UPPER = "A-Z" + "".join(
    c for c in map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))) if c.isupper() and c.isalpha()
)

# a place in capitals: "NAIROBI", "SÃO PAULO", "CHENGDU/CHONGQING", "ST. PETERSBURG"
# ("KIGALI- President ...", "LILONGWE-(MaraviPost)-": a hyphen after the place is not in its name)
# ("ASTANA. KAZINFORM -": an agency in capitals after the place's full stop is no part of its name)
_CAPS_AGENCY = "|".join(sorted({re.escape(a.upper()) for a in _AGENCIES if " " not in a}, key=len, reverse=True))
_CAPS_PLACE = (
    # "ON BOARD AIR FORCE ONE —", "AT SEA ABOARD THE USS NIMITZ —", "IN THE SKIES OVER ALASKA —": a craft
    # or a journey where the place would stand, its words before the craft's name
    r"(?:(?:ON\s+BOARD|AT\s+SEA|EN\s+ROUTE|IN\s+THE\s+(?:SKIES|AIR))\s+(?=[A-Z]))?"
    "[" + _UPPER + "][" + _UPPER + ".'’/-]*(?:\\s+(?!(?:" + _CAPS_AGENCY + ")\\b)[" + _UPPER + "][" + _UPPER
    + ".'’/-]*){0,3}(?<!-)"
)
# a word of a place in title case: "Nairobi", "Sana'a", "N'Djamena" (an apostrophe inside, not a possessive's "s")
_TITLE_WORD = r"[" + _UPPER + r"](?:[^\W\d_A-Z]+(?:['’](?!s\b)[^\W\d_A-Z]+)?|['’][A-Z][^\W\d_A-Z]+)"
# a place in title case, particles inside: "Dar es Salaam", "Rio de Janeiro", "São Tomé"
_TITLE_PLACE = (
    r"(?:St\.\s+)?[" + _UPPER + r"][^\W\d_A-Z]+(?:[ -](?:(?:de|da|do|dos|das|del|des|du|di|es|el|al|la|le)[ -])?"
    r"[" + _UPPER + r"][^\W\d_A-Z]+){0,3}"
)
_AGENCY_NAMES = "|".join(re.escape(a) for a in sorted(_AGENCIES, key=len, reverse=True))
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
        (?:\s*(?P<dash>––|——|--|—|–|―|-|:)(?:\s+|(?<=[—–―])(?=[A-Z“"])|(?<=\)\s[-:])(?=[A-Z])|(?<=\)[-:])(?=[A-Z])
            |(?<=\d\s-)(?=[A-Z])|(?<=\d\s\s-)(?=[A-Z])|$)
        |\s+(?=[A-Z])|(?<=\))(?=[A-Z“"][a-z]))""",
    re.VERBOSE,
)

# "Thimphu: Prime Minister ...", "New Delhi — ...": a place in title case, then a colon or a dash.
_TITLE_DATELINE = re.compile(
    # "TEMPO.CO, Jakarta -": a news site's name first, then the place
    r"(?:(?P<site>[A-Za-z]+\.(?:co|com|net|org|id)(?:\.[a-z]{2})?|[A-Z]+\.(?:CO|COM|NET|ORG|ID))\s*,\s*)?"
    # "Brasília -", "Dar es Salaam —", "Rio de Janeiro, March 12 (AFP) -": particles inside the name
    # "Port-au-Prince", "Ho Chi Minh City", "St. Louis", "Washington DC"
    # ("Sana'a —", "N'Djamena, March 12 (AFP) -": an apostrophe inside the name, not a possessive's)
    # ("Port-of-Spain", "Ürümqi")
    r"(?P<place>(?:St\.\s+)?" + _TITLE_WORD + r"(?:(?:-of-|[ /-](?:(?:de|da|do|dos|das|del|des|du|di|es|el|al|la|le|upon|on"
    r"|sur|au|aux|en)[ -])?)" + _TITLE_WORD + r"){0,3}(?:\s+D\.?C\.?(?=[\s,]))?)"
    # "Ahmedabad (Gujarat) [India], May 27 (ANI):": the state and the country, bracketed (a bracket
    # in capitals or naming an agency is the agency: "Jakarta (ANTARA) -")
    # ("Nairobi (Capital News) -": a bracket naming a newsroom is the agency)
    r"(?:\s*(?!\((?:[A-Z]{2,10}|" + "|".join(re.escape(a) for a in _AGENCIES) + r")\))"
    r"(?!\([^()]*\b(?:News|Post|Times|Herald|Agency|Online|TV|Radio|Press|Daily|Tribune|Journal|Observer|Chronicle"
    r"|Gazette|Express|Monitor|Media|Wire|Service|Network|Broadcasting|Today)\b)"
    # ("New Delhi (The Hawk):": a name with its article in brackets is an outlet's, save a few countries')
    r"(?!\(The\s+(?!(?:Gambia|Bahamas|Netherlands|Philippines|Maldives|Seychelles|Comoros|Congo)\)))"
    r"\([A-Z][A-Za-z -]{2,30}(?<!-)\))?"
    # ("Dili (Timor-Leste):", "Manila, [Philippines], Oct 17 (ANI):": a hyphened country, a comma before the
    # bracket)
    r"(?:,?\s*\[[A-Z][A-Za-z -]{2,30}(?<!-)\])?"
    # "Kanazawa, Ishikawa Pref., Oct. 15 (Jiji Press)--", "Springfield, Ill. (AP) —", "Washington, D.C. —",
    # "Ottawa, ON, March 12"
    r"(?P<region>(?:,\s*(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+Pref\.|\s+Prefecture|\s+State|\s+Province|\.)?"
    # ("Karatown, UAE, March 12 (WAM) --", "Karatown, UAE (UrduPoint / WAM - 12 Mar, 2024) :": the country's initials)
    r"|(?:[A-Z]\.){2,3}|(?:UAE|USA|DRC|PNG|KSA|PRC|ROK|DPRK)(?![\w.])|[A-Z]{2}(?![\w.])))?)"
    # "Tokyo, Oct 21 (ANI): ...": a date may follow the place
    # ("Nairobi – March 12, 2024 – ...": set off by dashes; "Astana. March 12. KAZINFORM –": by full stops)
    r"(?:(?:,\s*|\.\s+(?=[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.\s)"
    r"|\s+(?:--|—|–|-)\s+(?=[A-Z0-9][\w.]*\s+\d{1,4}\b[^—–\n]{0,12}\s(?:--|—|–|-)\s))"
    # ("Kigali, Tuesday 12 March 2024 —": the weekday before the day)
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?!\d)"
    r"(?:st|nd|rd|th)?(?:,\s*(?P<year>\d{4}))?"
    # "Washington, 29 July 1997 (RFE/RL) - ...", "Abu Dhabi, 12th March 2024 (WAM) --"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(?P<year2>\d{4}))?"
    # "Lima, 6 jul (EFE).-", "Brasília, 6 set (Lusa) -": a Spanish or Portuguese month in lower case, as those
    # wires write it, before the agency's bracket
    r"|\d{1,2}\s+" + _IBERIAN_MONTH + r"(?:\s+(?:de\s+)?(?P<year3>\d{4}))?(?=\s*\()))?"
    # "Vatican City, Mar 12, 2024 / 10:15 am (CNA).": a filing time after the day
    # ("Lima, July 6, 2017 | 19:28 -": after a bar)
    r"(?:\s*[/|]\s*\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?)?"
    # "Jakarta, (ANTARA) -"; "Tehran, IRNA --" and "Accra, March 12, GNA -": an agency unbracketed
    r"(?:,?\s*\((?P<agency>[^()\n]{1,80})\)\.?|\.?\s*/(?P<slashed>[A-Za-z]{2,12})/\.?"
    # ("Astana. May 30. KazTAG –": an agency's name in mixed capitals)
    r"|(?:,|(?<=\d)\.|(?<=[A-Z]{2})\.|(?<=[A-Z]{2}\.))\s*(?P<bare>[A-Z]{3,10}|[A-Z][a-z]{1,6}[A-Z]{2,6})"
    r"(?=\s*(?:--|—|–|―|-))"
    # "Baku, March 12 AZERTAC President ...", "Baku, 12 March, AZERTAC": a wire agency in capitals after
    # the day, no dash
    r"|(?:(?<=\d)\s+|(?<=\d),\s*|(?<=[a-z]),\s*)(?P<after_day>" + _CAPS_AGENCY + r")(?=\s+[A-Z])"
    # "Jakarta, Detik.com -": a news site's name after the place
    r"|,\s*(?P<site_after>[A-Za-z]+\.(?:com|co|net|org|id)(?:\.[a-z]{2})?|[A-Z]+\.(?:CO|COM|NET|ORG|ID))"
    r"(?=\s*(?:--|—|–|―|-)\s))?"
    # "Nairobi (Reuters) March 12 -": the day after the agency's bracket
    r"(?:(?<=\))\s+(?P<date_after>" + _DAY_WORDS + r"))?"
    # ("Hong Kong (CNN)President ...": a scrape runs the agency's bracket into the lead)
    # ("Santo Domingo.- The presidency ...": a full stop before the hyphen, as Spanish-language wires write)
    # ("Lima, Jul. 6. Chilean President ...": a full stop after the day)
    r"(?:\s*(?:(?<=[a-z])\.(?=-\s))?(?P<dash>:|––|——|—|--|–|―|-)\s*|(?<=\d)\.(?:\s+|$)|\s+|(?<=\))(?=[A-Z“\"][a-z]))(?=[A-Z“\"]|$)"
)
# "Jakarta. President Joko Widodo ...", "Dar es Salaam. President ...": the place closed by a full stop
# (no date, no agency, no dash; see _stop_dateline)
_STOP_DATELINE = re.compile(
    r"(?P<place>[" + _UPPER + r"][^\W\d_]+(?:[ -](?:(?:de|da|do|dos|das|del|des|du|di|es|el|al|la|le)[ -])?"
    r"[" + _UPPER + r"][^\W\d_]+){0,2})\.(?P<region>)(?P<date>(?!))?(?P<dash>(?!))?\s+(?=[A-Z“\"][a-z])"
)
# A dateline on a line of its own, the lead on the next: "Huye, 12 March 2024", "Rome, Italy, Mar 12, 2024 /
# 08:45 am" (with its year), "BEIJING, March 12 Kyodo" (with its agency); see _dateline_alone
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_ALONE = re.compile(
    r"(?P<place>" + _TITLE_PLACE + "|" + _CAPS_PLACE + r")"
    r"(?P<region>(?:,\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}){0,2}?),\s*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?P<date>" + _MONTH_NAME + r"\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME + r",?(?:\s+(?P<year2>\d{4}))?)"
    r"(?:\s*[/,|–-]?\s*\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
    r"(?:,?\s+(?P<bare>" + _AGENCY_NAMES + r"))?\s*$"  # ("Baku, March 12, AZERTAC": a comma before it)
)
# "KARATOWN (WAM)", "Valmont (Reuters)": a place and a wire agency's bracket, alone on a line above the lead
_PLACE_AGENCY_ALONE = re.compile(
    r"(?P<place>" + _TITLE_PLACE + "|" + _CAPS_PLACE + r")(?P<region>)(?P<date>(?!))?(?P<dash>(?!))?"
    r"\s*\((?P<bare>" + _AGENCY_NAMES + r")\)\s*$"
)
# "UNB, Dhaka", "PTI | Chennai": a wire agency and the place it filed from, alone on a line above the lead
_AGENCY_PLACE = re.compile(
    r"(?P<agency>" + _AGENCY_NAMES + r")\s*[,|]\s*"
    r"(?P<place>" + _TITLE_PLACE + "|[" + _UPPER + r"]{3,}(?:\s+[" + _UPPER + r"]{2,}){0,2})"
    r"(?P<region>)(?P<date>(?!))?(?P<dash>(?!))?\s*(?:\|.*)?$"
)
# "Press Trust of India Vancouver": an agency's name of several words, a space, then the place
_LONG_AGENCY_PLACE = re.compile(
    r"(?P<agency>" + "|".join(re.escape(a) for a in sorted(_AGENCIES, key=len, reverse=True) if " " in a) + r")\s+"
    r"(?P<place>" + _TITLE_PLACE + "|[" + _UPPER + r"]{3,}(?:\s+[" + _UPPER + r"]{2,}){0,2})"
    r"(?P<region>)(?P<date>(?!))?(?P<dash>(?!))?\s*(?:\|.*)?$"
)
# "Published - March 12, 2024 06:58 pm IST - KARATOWN": a date line that closes on the place the report was filed
# from, in capitals after a dash (as some Indian dailies print it under the headline)
_PUBLISHED_PLACE = re.compile(
    # ("March 12, 2024 08:29 pm | Updated 08:29 pm IST - KARATOWN": the day first, without its label)
    r"(?P<agency>)(?:(?:Published|Updated)\s*[-–—:]\s*|(?=" + _MONTH_NAME + r"\s+\d{1,2},\s+\d{4}\s))"
    r"[^\n]*?\d{4}[^\n]*?\s[-–—|]\s*"
    r"(?P<place>[" + _UPPER + r"]{3,}(?:\s+[" + _UPPER + r"]{2,}){0,2})"
    r"(?P<region>)(?P<date>(?!))?(?P<dash>(?!))?\s*$"
)
# "Radio & TV Lorien, Valmont, 28/03/2024", "(Valmont Times, Ostra, 25/07/2016)": a newsroom, the place it filed
# from and the day, alone on a line above the lead (the newsroom named as one: a word of the trade in its name)
_NEWSROOM_PLACE = re.compile(
    r"\(?(?P<agency>[A-Z][\w.'’-]*(?:\s+(?:&\s+)?[A-Z][\w.'’-]*){0,4})\s*,\s*"
    r"(?P<place>" + _TITLE_WORD + r"(?:\s+" + _TITLE_WORD + r"){0,2}|[" + _UPPER + r"]{3,}(?:\s+[" + _UPPER + r"]{2,}){0,2})"
    r"(?P<region>)(?P<date>(?!))?(?P<dash>(?!))?\s*,\s*(?=[^()]{0,40}\d{4}\)?\s*$)"
)
_NEWSROOM_WORD = re.compile(
    r"\b(?:Radio|TV|Television|News|Broadcasting|Times|Post|Herald|Press|Daily|Tribune|Gazette|Journal|Chronicle"
    r"|Observer|Agency)\b"
)
# "By Jane Doe, Abuja", "From Jane Doe, Abuja", "By Jane Doe – Vatican City": a byline that names the place
# the report was filed from
_BYLINE_PLACE = re.compile(
    r"(?:By|From)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*(?:,|\s[–—-])\s*"
    r"(?P<place>" + _TITLE_PLACE + "|" + _CAPS_PLACE + r")(?P<region>)(?P<date>(?!))?(?P<dash>(?!))?\s*$"
)
# Words of a byline's second part that make it an office or a newsroom, not a place
_BYLINE_NOT_PLACE = frozenset(
    """
    The Editor Correspondent Correspondents Reporter Reporters Writer Writers Columnist Contributor Analyst Staff
    Bureau Chief Desk Team News Online Times Post Press Agency Agencies Service Digital Web Senior Political
    Diplomatic Special Our Associated Newsroom Report Radio Television Daily Weekly Herald Tribune Journal
    """.split()
)
# Outlets that put their own name in capitals where a dateline's place would stand ("ALBAWABA - ..."):
# the wires and a few syndicators and press-release services
_OUTLETS = frozenset(
    {a.upper() for a in _AGENCIES}
    | {"ALBAWABA", "AL BAWABA", "MENAFN", "ZAWYA", "NEWSWIRE", "PRNEWSWIRE", "GLOBE NEWSWIRE", "BUSINESS WIRE"}
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
# countries named by their initials after a place: "Abu Dhabi, UAE –", "Houston, USA –"
_COUNTRY_CODES = frozenset("UAE USA US UK DRC PNG KSA PRC ROK DPRK".split())
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


# --- captions and boilerplate ---------------------------------------------------------------------

_CREDIT = re.compile(
    r"""(?:\((?:[A-Z][\w.'’ -]*/[^()]{1,60}|[Pp]hotos?\s*(?:[:/]|by\b)[^()]{0,60}
            |[^()]{0,40}\b(?:[Pp]hoto|Getty\s+Images|[Ii]mage)s?\b[^()]{0,30})\)
        |\[(?:[Pp]hoto|[Ii]mage|[Vv]ideo)[^\[\]]{0,60}\]
        |\b[A-Z]{2,}/[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*$""",
    re.VERBOSE,
)
# A caption's first sentence ends with ", <full date>.": _CAPTION_DATE is that date from its comma
# (the comma at index 20 or later, before the first period).
_CAPTION_DATE = re.compile(  # (a weekday, a month or a digit after the comma: a guard, tried at every comma)
    r""",\s*(?=[MTWFSJAOND]|\d)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}
        |\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\.(?:\s|$)""",
    re.VERBOSE,
)
_CAPTION_ON_DATE = re.compile(
    r"""\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?
        (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}
        (?:\.\s+[A-Z][^.]{0,40}$|\.?\s*$)""",  # the line's end, or one credit after it
    re.VERBOSE,
)
_FOOTER_START = re.compile(
    r"""^(?:copyright\b|©|\(c\)\s|all\s+rights\s+reserved|edit(?:or)?\s*:|responsible\s+editor|
        special\s+statement|recommended\s+reading|related\s+(?:news|stories|articles)|more\s+from\b|
        most\s+(?:read|popular|viewed)|read\s+more\b|links\s*$|follow\s+us|about\s+us|contact\s+us|
        website\s+identification|registration\s+number|disclaimer)""",
    re.VERBOSE | re.IGNORECASE,
)
_BOILER_LINE = re.compile(
    r"""^(?:mobile|desktop|share|save|print|email|comments?|tweet|facebook|twitter|wechat|weibo|
        top|back\s+to\s+top|search\s+trends|app|download\s+the\s+app|_{3,}|-{3,}|\*{3,}|
        source\s*:.{0,80}|editor\s*:.{0,80}|\(with\s+input\s+from[^)]*\)|
        \((?:reporting|writing|editing|additional\s+reporting)\s+by[^)]*\)|
        (?:the\s+)?associated\s+press\s+writers?\b.{0,120}contributed.*|
        (?:copyright|©).*|without\s+written\s+authori[sz]ation.*|
        website\s+identification.*|registration\s+number.*|
        # page furniture around a headline: "Share this article", "3 min read", "Skip to main content"
        (?:share|save|print|email)\s+(?:this\s+)?(?:article|story|page|post)|
        listen\s+to\s+(?:this\s+)?(?:article|story)(?:\s*[\d:]+\s*(?:min(?:ute)?s?)?)?|
        \d{1,2}\s*(?:-|\s)?\s*min(?:ute)?s?\s+read|reading\s+time\s*:?.{0,20}|
        skip\s+to\s+(?:main\s+)?(?:content|navigation)|advertisement|font\s+size\s*:?.{0,20}|
        # links for screen readers and site menus: "Go to contents", "Go to the main site", "Navigation for News
        # Categories", "Menu Content", a site's name before "Skip Main Navigation"
        (?:[^\W\d][\w.'’-]*\s+){0,4}skip\s+(?:to\s+)?(?:the\s+)?(?:main\s+)?(?:content|navigation|menu)|
        go\s+to\s+(?:the\s+)?(?:main\s+)?(?:site|contents?|navigation|menu)|navigation\s+for\s+[\w\s&'’-]{0,40}|
        (?:main\s+)?menu(?:\s+content)?|
        (?:sign|log)\s+(?:in|up)\b.{0,60}|subscribe\b.{0,60}|
        # a cookie banner: "We use cookies to ...", "This site uses cookies ..."
        (?:we|this\s+(?:web)?site)\s+uses?\s+cookies\b.*|
        # a breadcrumb trail: "Home > News > World", "News » Africa » Kenya", "Home / World / Africa"
        # ("Home > News & Policies > Policies in Focus": an ampersand between a crumb's words)
        (?:[^\W\d][\w&'’-]*(?:\s(?:&|[^\W\d][\w&'’-]*)){0,2}\s+[>»›/]\s+){2,}
        [^\W\d][\w&'’-]*(?:\s(?:&|[^\W\d][\w&'’-]*)){0,2})$""",
    re.VERBOSE | re.IGNORECASE,
)
# The two boilerplate lines _BOILER_LINE leaves to these, as they need not start with a keyword.
# (IGNORECASE lets only "E"/"e" match "e", and so on for each letter of "erved" and "report".)
_CONTRIBUTED = re.compile(r"^.{0,80}contributed\s+to\s+this\s+report\.?$", re.IGNORECASE)
_ALL_RIGHTS = re.compile(r"all\s+rights\s+reserved", re.IGNORECASE)

_HTML_TAG = re.compile(r"<(?:!doctype|html|script)\b", re.IGNORECASE)
_TWO_LETTERS = re.compile(r"[^\W\d_]{2,}")
_YEAR_DIGITS = re.compile(r"\d{4}")
_ISO_TIME_TAIL = re.compile(r"T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
_SOURCE_IN_LINE = re.compile(r"(?i)\bsource\s*:\s*([^|\n]{2,60}?)\s*(?:\||$)")
_WEEKDAY_OR_SITE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\S+\.(?:com|cn|org|net)\S*"
    # a weekday cut short beside the day: "Fri, 29 May 2015 || Nigeria"
    r"|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?(?=\s*[,|]|\s+\d)"
)
_CREDIT_ALONE = re.compile(r"(?i:photos?|picture|image|credit)\s*[/:]\s*[^\s/:][^\n]{0,60}")
_NOT_HEADLINE = re.compile(r"(?i)(?:by|source|editor|updated|published|photo)\b")
_SOURCE_LINE = re.compile(r"(?i)source\s*:\s*(.{2,60})$")
_BY_LINE = re.compile(r"(?i)by\s+(.{2,60})$")
_DAY_DIGITS = re.compile(r"\d{1,2}")

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "today, Thursday, May 29, 2025", "today (29 May 2025)": the date that follows is the report's day
_TODAY_BEFORE = re.compile(r"\btoday\b[\s,(]*(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[\s,]*)?$", re.IGNORECASE)
_MONTH_WORD = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.IGNORECASE)


# (article, its anchor) for the undated articles read last, newest first; found by identity (an
# article's anchor is read from its captions and lead, and asked for once per sentence)
_ANCHORS: list[tuple[Article, dt.date | Unknown]] = []
_ANCHORS_KEPT = 4


class _Line(NamedTuple):
    start: int
    end: int
    text: str


@frozen
class Article:
    """One news report, read into its parts; every offset points into :attr:`text`.

    Build one with :meth:`from_text`, :meth:`from_html` or :meth:`from_bytes`.

    Attributes:
        text: the original text.
        source: the file path or URL it came from.
        headline: the headline, ``""`` where none was found.
        headline_evidence: where the headline is, or Unknown with the reason.
        published: the publication day, or Unknown with the reason.
        published_time: the publication time of day, or Unknown.
        publisher: the agency or site the header or dateline names, else ``""``.
        dateline: the dateline, or Unknown with the reason.
        paragraphs: every non-blank line, classified.
    """

    text: str
    source: str
    headline: str
    headline_evidence: Evidence | Unknown
    published: dt.date | Unknown
    published_time: dt.time | Unknown
    publisher: str
    dateline: Dateline | Unknown
    paragraphs: tuple[Paragraph, ...]

    # --- named constructors ----------------------------------------------------------------

    @classmethod
    def from_text(cls, text: str, *, source: str = "<string>") -> Article:
        """Read a plain-text report.

        Args:
            text: the report as scraped or written.
            source: the path or URL, kept in every piece of evidence.

        Raises:
            ArticleError: the text is empty, binary, or HTML markup rather than article text.
        """
        if not isinstance(text, str):
            raise ArticleError(source, f"expected text, got {type(text).__name__}")
        if not text.strip():
            raise ArticleError(source, "empty")
        if _CONTROL.search(text):
            raise ArticleError(source, "binary data or control characters, not article text")
        if len(_MARKUP.findall(text, 0, 200_000)) >= 2 or _HTML_TAG.search(text):
            raise ArticleError(source, "HTML markup, not article text")
        if not _TWO_LETTERS.search(text):
            raise ArticleError(source, "no words")
        return _read(text, source)

    @classmethod
    def from_html(cls, html: str | bytes, *, source: str = "<string>", main_content: bool = False) -> Article:
        """Read an HTML page: headline, publication date and body paragraphs, page furniture skipped.

        See :mod:`timeline.html_page`; ``main_content=True`` takes the body from ``trafilatura``
        (the ``html`` extra).

        Raises:
            ArticleError: empty, binary, or nothing readable once the markup is removed.
        """
        from timeline.html_page import read_html  # here: the HTML reader imports this module

        return read_html(html, source=source, main_content=main_content)

    @classmethod
    def from_bytes(cls, data: bytes, *, source: str) -> Article:
        """Read UTF-8 bytes (a BOM is allowed; UTF-16 with its BOM is decoded too).

        Raises:
            ArticleError: the bytes are not UTF-8 text, or the text is not an article.
        """
        try:
            if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                text = data.decode("utf-16")
            else:
                text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise ArticleError(source, "not UTF-8 text") from err
        return cls.from_text(text, source=source)

    # --- views -----------------------------------------------------------------------------

    @property
    def body(self) -> tuple[Paragraph, ...]:
        """The body paragraphs, in order."""
        return tuple(p for p in self.paragraphs if p.kind is ParagraphKind.BODY)

    @property
    def captions(self) -> tuple[Paragraph, ...]:
        """The photo captions, in order."""
        return tuple(p for p in self.paragraphs if p.kind is ParagraphKind.CAPTION)

    @property
    def anchor(self) -> dt.date | Unknown:
        """The day relative dates are read against: the dateline's, else the publication day."""
        if isinstance(self.dateline, Dateline) and isinstance(self.dateline.date, dt.date):
            return self.dateline.date
        if isinstance(self.published, dt.date):
            return self.published
        # (read once per article: the reader asks for it again and again, a sentence at a time)
        for seen, known in _ANCHORS:
            if seen is self:
                return known
        known = self._read_anchor()
        _ANCHORS.insert(0, (self, known))
        del _ANCHORS[_ANCHORS_KEPT:]
        return known

    def _read_anchor(self) -> dt.date | Unknown:
        """The anchor of a report that gives no dateline date and no publication date (see :attr:`anchor`)."""
        # "... Basilica, Monday, Sept. 28, 2015. Credit: AP": a news photo's caption that gives the weekday
        # with the date is of the report's own day (the latest such, if several)
        days = [
            found.span.start
            for caption in self.captions
            for found in scan(self.text, None, start=caption.start, end=caption.end)
            if isinstance(found.span, DateSpan)
            and found.span.days == 1
            and found.rule in ("mdy", "dmy")
            and _WEEKDAY_NAMES[found.span.start.weekday()] in self.text[found.core_start : found.end]
        ]
        if days:
            return max(days)
        # "has commenced a tour, beginning today, Thursday, May 29, 2025": the lead gives its own day
        for paragraph in self.body[:2]:
            for found in scan(self.text, None, start=paragraph.start, end=paragraph.end):
                if (
                    isinstance(found.span, DateSpan)
                    and found.span.days == 1
                    and found.rule in ("mdy", "dmy")
                    and _TODAY_BEFORE.search(self.text, max(paragraph.start, found.start - 24), found.start)
                ):
                    return found.span.start
        return Unknown("no dateline date and no publication date")

    def dates(self) -> tuple[DateMention, ...]:
        """Every date or date range in the headline, body and captions, read against :attr:`anchor`."""
        anchor: dt.date | Unknown | None = self.anchor
        anchor = anchor if isinstance(anchor, dt.date) else None
        hint = self._year_told() if anchor is None else None
        out: list[DateMention] = []
        if isinstance(self.headline_evidence, Evidence):
            ev = self.headline_evidence
            out.extend(find_dates(self.text, anchor, start=ev.start, end=ev.end, source=self.source, year_hint=hint))
        last_day: DateSpan | None = None  # "the next day" counts across paragraphs of the body
        week: DateMention | None = None  # and "next Thursday" after "next week" (temporal._in_the_week_told)
        for paragraph in self.paragraphs:
            if paragraph.kind is ParagraphKind.HEADER and len(paragraph.text) <= 48 and any(map(str.isdigit, paragraph.text)):
                # "11.11.2019 - 12.11.2019" alone under the headline: the days of the event, not of the page
                told = find_dates(self.text, anchor, start=paragraph.start, end=paragraph.end, source=self.source)
                if (
                    len(told) == 1
                    and isinstance(told[0].span, DateSpan)
                    and told[0].span.precision is Precision.DAY
                    and told[0].span.days > 1
                    and len(told[0].text) >= len(paragraph.text.strip()) - 1
                ):
                    out.extend(told)
            if paragraph.kind in (ParagraphKind.BODY, ParagraphKind.CAPTION):
                start = paragraph.start
                if (
                    isinstance(self.dateline, Dateline)
                    and paragraph.start <= self.dateline.evidence.start < paragraph.end
                ):  # (a byline may come first: "By Jane Smith NAIROBI, March 12 (Reuters) -")
                    start = self.dateline.evidence.end
                found = find_dates(
                    self.text, anchor, start=start, end=paragraph.end, source=self.source, year_hint=hint,
                    week_told=week if paragraph.kind is ParagraphKind.BODY else None,
                )
                if paragraph.kind is ParagraphKind.BODY:
                    week = next(
                        (
                            m
                            for m in reversed(found)
                            if isinstance(m.span, DateSpan)
                            and m.span.precision is Precision.WEEK
                            and m.evidence.rule != "ago"  # ("a week ago": days counted back, no week told)
                        ),
                        week,
                    )
                    if last_day is not None and any(
                        isinstance(m.span, Unknown) and m.span.reason == CHAIN_PENDING for m in found
                    ):
                        found = chain_days(found, last_day)
                    last_day = last_countable_day(found, last_day)
                out.extend(found)
        return tuple(out)

    def _year_told(self) -> dt.date | None:
        """The latest day written with its year in the page's top (its header lines and first three
        paragraphs of the body), for a report with no anchor: "Thursday, September 7 to Saturday,
        September 9, 2006" gives "on September 8" its year."""
        body = [p for p in self.paragraphs if p.kind is ParagraphKind.BODY][:3]
        top = body[-1].end if body else min(len(self.text), 2000)
        days = [
            found.span.end
            for found in scan(self.text, None, end=top)
            if isinstance(found.span, DateSpan) and found.span.precision is Precision.DAY
        ]
        return max(days) if days else None

    def to_document(self) -> Document:
        """The article's fields as a :class:`Document` (no trips yet)."""
        return Document(
            path=self.source,
            headline=self.headline,
            published=self.published,
            published_time=self.published_time,
            dateline=self.dateline,
            dates=self.dates(),
            trips=(),
        )


# --- the reader ------------------------------------------------------------------------------------


_AGENCY_CLOSE = re.compile(r"\((?:" + "|".join(re.escape(a) for a in _AGENCIES) + r")(?:/[^()]{0,40})?\)\s*$")


def _lines(text: str) -> list[_Line]:
    """The non-blank lines (split at "\\n" and "\\r"), without their surrounding blanks.

    A scraped ``date YYYY-MM-DD`` token that opens the first line is a line of its own: what
    follows it on that line may be the headline, the dateline or the lead sentence.
    """
    out: list[_Line] = []
    pos = 0
    for segment in text.replace("\r", "\n").split("\n"):
        stripped = segment.strip()
        if stripped:
            start = pos + len(segment) - len(segment.lstrip())
            token = _DATE_TOKEN.match(stripped) if not out else None
            if token is not None:
                out.append(_Line(start, start + len(token.group("token")), token.group("token")))
                start += token.end()
                stripped = stripped[token.end() :]
            out.append(_Line(start, start + len(stripped), stripped))
        pos += len(segment) + 1
    return out


_OPEN_END = re.compile(r"(?:\b(?:the|of|and|in|to|a|an|for|with|at|on|by|from|as|that|his|her|its|their)|,)$")
# (across a blank line: "by" ends a byline and a comma a list of names, not a cut clause)
_OPEN_END_WORD = re.compile(r"\b(?:the|of|and|in|to|a|an|for|with|at|on|from|as|that|his|her|its|their)$")
_LOWER_OPENING = re.compile(r"[a-z][a-z'’-]*\b(?![:/.@])")
# "RUSSIA: ...", "MS. DUDLEY: ...": a label in capitals opens an item or a speaker's turn, not a wrapped line
_CAPS_LABEL = re.compile(r"[A-Z][A-Z.'’&-]+(?:\s+[A-Z][A-Z.'’&-]+){0,3}:")
_BLANK_LAYOUT = 3  # breaks across a blank line found mid-clause: the copy is double-spaced throughout


def _join_wrapped(text: str, lines: list[_Line]) -> list[_Line]:
    """Hard-wrapped prose as one line: a line that breaks off mid-sentence runs on into the next.

    A line runs on when it has no closing punctuation and the next line starts in lower case, or
    when it ends on a word that never ends a sentence ("the", "of", a comma).  Across one blank
    line ("leaves here" / blank / "tomorrow for ..."), the same holds for a line of prose, and
    copy with several such breaks is double-spaced: its lines wrapped at a width run on too.
    """
    widths: list[int] = []  # the lengths of the lines found broken off
    blanks: list[int] = []  # those of them broken across a blank line
    out = _runs_on(text, lines, widths, 0, blanks)
    if len(widths) >= 3:
        # Copy wrapped at a width: a line as long as the wrapped ones, with no closing punctuation,
        # runs on too ("Chinese Premier Wen Jiabao told drought-stricken farmers\nTuesday the ...").
        out = _runs_on(text, lines, [], int(0.8 * sorted(widths)[len(widths) // 2]), blanks)
    return out


def _breaks(between: str) -> int:
    """How many line breaks the blanks between two lines hold ("\r\n", "\n" or "\r" each)."""
    return between.count("\n") + between.count("\r") - between.count("\r\n")


def _runs_on_blank(last: str, line: str) -> bool:
    """Whether a line of prose cut mid-clause runs on across one blank line into the next."""
    if _OPEN_END_WORD.search(last, max(0, len(last) - 8)) is not None:
        return len(last) >= 20 and line[:1].isalnum()
    return (
        len(last) >= 40
        and _LOWER_OPENING.match(line) is not None
        and not line.startswith(("by ", "www"))
        and _has_words(last, 6)
        and _has_words(line, 3)  # ("issue 23 August 2008" under a title is a date line)
    )


def _runs_on(
    text: str, lines: list[_Line], widths: list[int], wrapped_width: int, blanks: list[int]
) -> list[_Line]:
    """:func:`_join_wrapped`'s one pass; lines of ``wrapped_width`` or more run on when they may."""
    out: list[_Line] = []
    for line in lines:
        if out:
            last = out[-1]
            breaks = _breaks(text[last.end : line.start])
            broken = max(text.rfind("\n", last.start, last.end), text.rfind("\r", last.start, last.end))
            tail = text[broken + 1 if broken >= 0 else last.start : last.end]  # its last physical line
            if breaks == 1 and not _SENTENCE_END.search(last.text) and (
                (len(last.text) >= 40 and line.text[:1].islower())
                or (len(last.text) >= 20 and _OPEN_END.search(last.text))
                or (
                    wrapped_width
                    and len(tail) >= wrapped_width
                    and line.text[:1].isalpha()
                    and _CAPS_LABEL.match(line.text) is None
                )
            ):
                widths.append(len(tail))
                out[-1] = _Line(last.start, line.end, text[last.start : line.end])
                continue
            if breaks == 2 and not _SENTENCE_END.search(last.text) and (
                _runs_on_blank(tail, line.text)
                or (
                    wrapped_width
                    and len(blanks) >= _BLANK_LAYOUT
                    and len(tail) >= wrapped_width
                    and line.text[:1].isalnum()
                    and _DATELINE.match(line.text) is None
                    and _CAPS_LABEL.match(line.text) is None
                )
            ):
                widths.append(len(tail))
                if not wrapped_width:
                    blanks.append(len(tail))
                out[-1] = _Line(last.start, line.end, text[last.start : line.end])
                continue
        out.append(line)
    return out


# A caption's last words: a credit label and the names after it ("... 2015. Credit: AP / Name")
_CREDIT_LABEL = re.compile(
    r"(?:(?<=[.)])\s+|^)(?:Photo\s+credit|Credit|Photo|Picture|Image|Photograph)s?\s*:\s*[^.:;]{2,60}$"
)


_CREDIT_BY = re.compile(r"(?:[.)]\s*[—–-]?\s*|^)(?:Photo|Picture|Image|Photograph)s?\s+by\s+[^.:;]{2,60}$")
# "... on Friday. – UB Photos", "... in Patna. - PTI Photo": a dash, the agency's name, its word for a photo
_CREDIT_DASH = re.compile(r"[.)]\s*[—–-]\s*(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Photo|Pic|Picture|Photograph)s?\s*$")
_PHOTO_WORDS = ("Photo", "Photos", "Pic", "Pics", "Picture", "Pictures", "Photograph", "Photographs")


def _has_credit(text: str) -> bool:
    """``_CREDIT.search(text)``, tried only where a credit can start.

    A credit in brackets holds no bracket of its kind, so it starts at the last "(" or "[";
    "AGENCY/Name" holds no other "/", so it starts at the capitals before the last "/".
    """
    last = text.rstrip()[-1:]
    opening = text.rfind("(") if last == ")" else text.rfind("[") if last == "]" else -1
    if opening >= 0 and _CREDIT.match(text, opening):
        return True
    # "... Basilica, Monday, Sept. 28, 2015. Credit: AP / Riccardo De Luca", "... Photo: Reuters"
    label = text.rfind(":")
    if label > 0 and _CREDIT_LABEL.search(text, max(0, label - 20)) is not None:
        return True
    # "... at Putrajaya March 13, 2019.— Picture by Yusof Mat Isa", "... Photo by Jane Roe"
    by = text.rfind(" by ")
    if by > 0 and _CREDIT_BY.search(text, max(0, by - 24)) is not None:
        return True
    if text.rstrip().endswith(_PHOTO_WORDS) and _CREDIT_DASH.search(text) is not None:
        return True
    slash = text.rfind("/")
    if slash < 0:
        return False
    start = slash
    while start > 0 and "A" <= text[start - 1] <= "Z":
        start -= 1
    return _CREDIT.match(text, start) is not None


def _is_boilerplate(text: str) -> bool:
    """Whether a line (no line breaks) is site furniture: _BOILER_LINE, or a contribution
    credit, or a rights notice anywhere in it."""
    if _BOILER_LINE.match(text):
        return True
    lower = text.lower()
    return bool(
        ("report" in lower and _CONTRIBUTED.match(text)) or ("erved" in lower and _ALL_RIGHTS.search(text))
    )


def _has_caption_date(text: str) -> bool:
    """Whether the first sentence ends with a full date, as a photo caption's does.

    ("..., Oct. 9, 2025." after a comma, or "... shake hands in Ottawa on April 15, 2015", the line's
    end or a credit after it.)
    """
    # a match opens on a comma after the 20th character and before the first period: the first
    # match found tells (one scan, not one attempt per comma)
    dot = text.find(".")
    if dot > 20:
        # (tried at each comma from there to the period: the leftmost match opens before the period
        # exactly when one of them matches; a search would scan the rest of a long line too)
        comma = text.find(",", 20, dot)
        while comma >= 0:
            if _CAPTION_DATE.match(text, comma) is not None:
                return True
            comma = text.find(",", comma + 1, dot)
    # (a photo line is short: the date ending it is in its last few hundred characters)
    return "on " in text and _CAPTION_ON_DATE.search(text, max(0, len(text) - 120)) is not None


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _has_words(text: str, count: int, pos: int = 0) -> bool:
    """``len(_words(text[pos:])) >= count``, without listing them (count is one of _AT_LEAST_WORDS)."""
    return _AT_LEAST_WORDS[count].match(text, pos) is not None


def _is_sentence(line: _Line) -> bool:
    """A line of running prose: a long sentence, or a very long line whatever its last character."""
    return _has_words(line.text, 40) or (_has_words(line.text, 12) and bool(_SENTENCE_END.search(line.text)))


@frozen
class _DateLine:
    day: dt.date
    time: dt.time | Unknown
    publisher: str
    evidence: Evidence


def clock(hour: int, minute: int, second: int = 0) -> dt.time | Unknown:
    """A header's time of day, or why it is none ("23:59:60", a leap second, is 23:59:59)."""
    if second == 60 and (hour, minute) == (23, 59):
        second = 59
    if 0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60:
        return dt.time(hour, minute, second)
    return Unknown(f"{hour:02d}:{minute:02d}:{second:02d} is not a time of day")


_TRAILER_START = re.compile(
    r"\(|(?i:(?:first\s+)?(?:published|posted|updated)\b)"
    # "May 22, 2005 8:13 PM" over "Posted By:": a blog's date line under the post
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b"
    # "5 March 2019" closing a release, the day first
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\s*$"
)


_UPDATE_WORD = re.compile(r"(?i:updated|modified|edited|revised)")
# "Updated: March 7, 2019" above "Published: March 5, 2019": the first day the page gives is its update's
_UPDATE_LABEL = re.compile(r"(?i:(?:last\s+)?(?:updated|modified|edited|revised))\b")
_PUBLISH_LABEL = re.compile(
    r"(?i:(?:first\s+|originally\s+)?(?:published|posted|released|created)(?:\s+on)?|date\s+(?:published|posted))\b"
)
# "SOURCE: state.gov 2005/396 Press Statement Richard Boucher, Spokesman Washington, DC April 8, 2005":
# a release's source line closing the report, its day last
_SOURCE_TRAILER = re.compile(
    # "This article was first published on March 12, 2024.": a closing note of the day
    r"(?i:source\s*:|this\s+(?:article|story|report)\s+(?:(?:was|is)\s+)?(?:first\s+|originally\s+)?"
    r"(?:published|appeared)\b)"
)


def _date_ending(text: str, line: _Line, source: str) -> _DateLine | None:
    """The full date that ends a short line (nothing but punctuation after it), as its publication day."""
    if len(line.text) > 160:
        return None
    tail = max(line.start, line.end - 40)
    found = [
        f for f in scan(text, None, start=tail, end=line.end)
        if isinstance(f.span, DateSpan) and f.span.days == 1 and f.rule in ("mdy", "dmy", "iso")
    ]  # fmt: skip
    if not found or text[found[-1].end : line.end].strip(" .)") or not isinstance(found[-1].span, DateSpan):
        return None
    evidence = Evidence.of(text, found[-1].core_start, found[-1].end, "published", source=source)
    return _DateLine(found[-1].span.start, Unknown("no time given"), "", evidence)


# a month written in capitals next to a number: "09 MAR 2019", "MARCH 9, 2019"
_TWO_DIGIT_YEAR = re.compile(r"\d[./-]\d\d(?!\d)|[a-z]-\d\d(?!\d)")
_CAPS_MONTH = re.compile(
    r"(?<=\d )(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{0,6}\b"
    r"|\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{0,6}(?=\.? \d)"
)


_GLUED_MONTH = re.compile(
    r"(?<=[A-Za-z])[a-z](?=(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b)"
)
_MONTH_STOP = re.compile(
    r"\b(January|February|March|April|June|July|August|September|October|November|December)\.(?=\s*[0-3]?\d\b)"
)
_SPACED_COMMA = re.compile(r"(?<=[A-Za-z\d]) ,(?=\d{4}\b)")
_GLUED_CLOCK = re.compile(
    r"(\s)((?:19|20)\d\d)(?=[0-2]?\d:[0-5]\d"
    # "Published On 12 Mar 202412 Mar 2024": a scrape runs the day, shown twice, into its year
    r"|[0-3]?\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d)"
)


def _date_line(text: str, line: _Line, source: str) -> _DateLine | None:
    """Read a header line as a publication date line, if it is one."""
    if len(line.text) > 160:
        return _date_field(text, line, source)
    if not _YEAR_DIGITS.search(line.text):
        # a full date (iso, mdy, dmy, dmyh) without an anchor has a four-digit year; a header's numeric
        # date may have two ("05.03.19")
        return _numeric_date_line(text, line, source) if _TWO_DIGIT_YEAR.search(line.text) else None
    original = text  # (the evidence quotes it; the date is read in a copy with the same offsets)
    if line.text.isupper():  # "JULY 21, 2022": read as "July 21, 2022" (same length, same offsets)
        text = text[: line.start] + line.text.title() + text[line.end :]
    elif _CAPS_MONTH.search(line.text):
        # "Posted On: 09 MAR 2019 5:20PM by PIB Delhi": a month in capitals by its day or year
        text = text[: line.start] + _CAPS_MONTH.sub(lambda m: m.group().title(), line.text) + text[line.end :]
    if _GLUED_MONTH.search(line.text):
        # "Jane DoeMarch 6, 2019": a scrape runs the byline into the day; the name's last letter is not read
        text = text[: line.start] + _GLUED_MONTH.sub(" ", text[line.start : line.end]) + text[line.end :]
    glued = _GLUED_CLOCK.search(line.text)
    if glued is not None:
        # "March 5, 20192:22 PM ET": a scrape runs the clock into the year; read as "March 5,2019 2:22 PM ET"
        patched = _GLUED_CLOCK.sub(r"\2\1", text[line.start : line.end])
        text = text[: line.start] + patched + text[line.end :]
    if _MONTH_STOP.search(line.text):
        # "Posted April. 15, 2008 03:08": a full stop after a month written in full (a space, same offsets)
        text = text[: line.start] + _MONTH_STOP.sub(r"\1 ", text[line.start : line.end]) + text[line.end :]
    if " ," in line.text:  # "05 March ,2019": the comma before the year set off the wrong side
        text = text[: line.start] + _SPACED_COMMA.sub(", ", text[line.start : line.end]) + text[line.end :]
    found = [f for f in scan(text, None, start=line.start, end=line.end) if isinstance(f.span, DateSpan)]
    days = [f for f in found if f.span.days == 1 and f.rule in ("iso", "mdy", "dmy", "dmyh")]  # type: ignore[union-attr]
    if not days:
        return _numeric_date_line(text, line, source)
    if len(days) > 1:
        # "March 16, 2024 09:12 pm | Updated March 17, 2024 08:00 am": the day first published, not the update
        days = [
            d for i, d in enumerate(days)
            if not _UPDATE_WORD.search(text, days[i - 1].end if i else line.start, d.core_start)
        ]  # fmt: skip
    if len(days) != 1:
        return None
    day = days[0]
    assert isinstance(day.span, DateSpan)
    rest = text[line.start : day.core_start] + " " + text[day.end : line.end]
    time_match = _ISO_TIME.search(line.text) or _TIME.search(rest)
    when: dt.time | Unknown = Unknown("no time given")
    if time_match:
        hour, minute = int(time_match.group("h")), int(time_match.group("m"))
        second = int(time_match.group("s") or 0)
        ampm = (time_match.groupdict().get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        when = clock(hour, minute, second)
        if not _ISO_TIME.search(line.text):
            rest = rest.replace(time_match.group(), " ")
    rest = _ISO_TIME_TAIL.sub(" ", rest)
    named = _AGENCY.search(line.text)
    publisher = named.group() if named else ""
    source_label = _SOURCE_IN_LINE.search(line.text)
    if source_label and not publisher:
        publisher = source_label.group(1).strip()
    if len(_residue_words(rest)) > 6 and not (
        # "By Jane Doe, Senior Political Correspondent, The Courier March 12, 2024", "Posted by Jane Doe on
        # Tuesday, March 12, 2024 at 4:11 PM in World, Africa": a byline or a posting line names its day
        _BYLINE_OPEN.match(line.text)
        # "March 12, 2024 by Jane Doe in World News with 3 comments": the day, then its byline
        or (
            _BYLINE_AFTER_DAY.match(text, day.end, line.end)
            and not text[line.start : day.core_start].strip(" |·•-–—,")
        )
        # "November 4, 2009 Sheikh Jaber arrives in Tokyo to be honored by Emperor": the page's day with its
        # year opens the headline's line (a headline ends on no full stop)
        or (
            not text[line.start : day.start].strip()
            and _YEAR_DIGITS.search(text, day.core_start, day.end) is not None
            and not line.text.rstrip().endswith((".", "?", "!", '"', "”"))
        )
    ):
        # "By Jane Smith and John Doe, Staff Writers | March 12, 2024 at 3:00 p.m.": the day has a
        # field of its own between " | " bars
        # "Museveni Returns To Uganda After Official Visit - 04-Apr-2025": a headline, a dash, and the
        # day that ends the line
        bars = [text.rfind(" | ", line.start, day.core_start)]
        if not text[day.end : line.end].strip(" .,"):
            bars += [text.rfind(f" {dash} ", line.start, day.core_start) for dash in "-–—"]
        field_start = max(line.start, max(bars) + 3)
        bar = text.find(" | ", day.end, line.end)
        field_end = line.end if bar < 0 else bar
        field = text[field_start : day.core_start] + " " + text[day.end : field_end]
        if (field_start == line.start and field_end == line.end) or len(_residue_words(field)) > 6:
            return None
    end = day.end
    if glued is not None and end == line.start + glued.end(2) - 1:
        end += 1  # the year's last digit, in the text as written
    evidence = Evidence.of(original, day.core_start, end, "published", source=source)
    return _DateLine(day.span.start, when, publisher, evidence)


# a byline or a posting line: "By Jane Doe, ...", "Posted by Jane Doe on ...", "Written by ...", "Filed by ..."
_BYLINE_OPEN = re.compile(r"(?:By|BY|(?:Posted|Written|Filed|Published)\s+(?:by|By|BY))\s+[A-Z]")
_BYLINE_AFTER_DAY = re.compile(r",?\s+(?:by|By|BY)\s+[A-Z]")


def _date_field(text: str, line: _Line, source: str) -> _DateLine | None:
    """A long header line of fields between " | " bars, one of them its day ("Home | News | World | Roe visits
    Lyon | March 12, 2024 | Jane Doe | Comments (0) | Share ..."): the one field that reads as a date line."""
    if len(line.text) > 600 or " | " not in line.text or not _YEAR_DIGITS.search(line.text):
        return None
    found: list[_DateLine] = []
    at = 0
    for field in line.text.split(" | "):
        if _YEAR_DIGITS.search(field) and len(field) <= 160:
            lead = len(field) - len(field.lstrip())
            sub = _Line(line.start + at + lead, line.start + at + len(field.rstrip()), field.strip())
            dated = _date_line(text, sub, source) if sub.text else None
            if dated is not None:
                found.append(dated)
        at += len(field) + 3
    return found[0] if len({d.day for d in found}) == 1 else None


_STAMP_LEAD = re.compile(r"[|·•\s-]*")
_STAMP_TIME = re.compile(r",?\s*(?:at\s+)?(?=\d{1,2}[:.]\d\d)")


# A clock time with its zone: "15:35 GMT", "3:05 PM IST", "10.32 UTC"
_CLOCK_ZONE = re.compile(
    r"(?<![\d.])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s*(?P<ampm>[AaPp])\.?[Mm]\.?)?\s*"
    r"(?:GMT|UTC|IST|ET|EST|EDT|CET|CEST|BST|PST|PDT|CST|JST|KST|WIB|SAST|EAT|WAT|CAT|BJT|HKT|SGT|AEST|AEDT)\b"
)


def _opening_stamp(text: str, line: _Line, source: str) -> _DateLine | None:
    """A page run into one line that opens with its time stamp: "| Thursday, 2 May, 2002, 15:35 GMT
    Queen continues ...". The full date must open the line and a clock time must follow it."""
    lead = _STAMP_LEAD.match(line.text).end()  # type: ignore[union-attr]
    head_end = min(line.end, line.start + lead + 60)
    if not _CLOCK_ZONE.search(text, line.start + lead, min(line.end, head_end + 40)):
        return None  # no stamp without its clock (a cheap look before the date grammar)
    found = [
        f for f in scan(text, None, start=line.start + lead, end=head_end)
        if isinstance(f.span, DateSpan) and f.span.days == 1 and f.rule in ("mdy", "dmy")
    ]  # fmt: skip
    if not found or found[0].start != line.start + lead or not isinstance(found[0].span, DateSpan):
        return None
    if not _STAMP_TIME.match(text, found[0].end, line.end):
        return None
    time_match = _CLOCK_ZONE.search(text, found[0].end, min(line.end, found[0].end + 40))
    if time_match is None:  # "March 12, 2024 at 9:00 the minister arrived": a sentence, not a stamp
        return None
    hour = int(time_match["h"]) % 12 + (12 if (time_match["ampm"] or "").lower() == "p" else 0)
    if not time_match["ampm"]:
        hour = int(time_match["h"])
    when = clock(hour, int(time_match["m"]), int(time_match["s"] or 0))
    evidence = Evidence.of(text, found[0].core_start, found[0].end, "published", source=source)
    return _DateLine(found[0].span.start, when, "", evidence)


def _residue_words(rest: str) -> list[str]:
    """The words of a date line left once its time, labels, agencies, weekdays and sites are gone."""
    residue = _WEEKDAY_OR_SITE.sub(" ", _AGENCY.sub(" ", _LABEL.sub(" ", _TIME.sub(" ", rest))))
    return _words(_SEPARATORS.sub(" ", residue))


# Header-only layouts the date grammar leaves alone: "14.06.2018" (day first), "2009-March-02".
_HEADER_DMY = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.])")
# "2017.10.03": year, month and day with dots (the year first, the month next)
_HEADER_YMD_DOT = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)\.(?P<m>[01]?\d)\.(?P<d>[0-3]?\d)(?![\d.])")
# "2024年3月12日": a date in Chinese or Japanese numerals on an English page
_HEADER_YMD_CJK = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日")
_CJK_HEADER_MOST = 40  # characters: a longer line with such a date is running text
_HEADER_YMONTHD = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<mon>[A-Z][a-z]{2,8})-(?P<d>[0-3]?\d)(?!\d)")
# "Thu, 04/28/2011 - 02:18": month first where the second number cannot be a month
_HEADER_MDY_SLASH = re.compile(
    r"(?<![\d/-])(?P<m>[01]?\d)(?P<sep>[/-])(?P<d>1[3-9]|2\d|3[01])(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/-])"
)


# "08/02/2006 - 4h51": day and month in an order only the report's own dates can tell
# "Published on 16-03-2024": the same with hyphens
_HEADER_SLASH = re.compile(
    r"(?<![\d/-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/-])"
)
# Two-digit years, in header lines only: "05.03.19" (day first, with dots), "5-Mar-19", and "05/03/19" or
# "3-5-19", whose order the weekday, the clock or the time zone after it must tell, as for four digits
_HEADER_DMY_YY = re.compile(r"(?<![\d.:])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<yy>\d\d)(?![\d.:])")
_HEADER_DMONY_YY = re.compile(
    r"(?<![\d-])(?P<d>[0-3]?\d)-(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}-(?P<yy>\d\d)(?![\d-])"
)
_HEADER_SLASH_YY = re.compile(
    r"(?<![\d/:-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<yy>\d\d)(?![\d/:-])"
)
_MONTH_DAY = re.compile(
    r"\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>[0-3]?\d)\b"
    r"|\b(?P<d2>[0-3]?\d)\s+(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)


def _slash_order(a: int, b: int, year: int, text: str) -> tuple[int, int] | None:
    """(month, day) of "a/b/year": day first where a cannot be a month, month first where b cannot;
    else the reading nearest the days the report itself names ("Sunday, February 12"), if any."""
    readings = [(m, d) for m, d in ((b, a), (a, b)) if _valid(year, m, d)]
    if len(set(readings)) == 1:
        return readings[0]
    named = []
    for match in _MONTH_DAY.finditer(text, 0, 20_000):
        month = _MONTH_NUM[(match["mon"] or match["mon2"])[:3].lower()]
        day = int(match["d"] or match["d2"])
        if _valid(year, month, day):
            named.append(dt.date(year, month, day))
    if not named or not readings:
        return None

    def gap(reading: tuple[int, int]) -> int:
        return min(abs((dt.date(year, *reading) - day).days) for day in named)

    best = sorted(readings, key=gap)
    return best[0] if gap(best[0]) <= 31 and gap(best[0]) < gap(best[1]) else None


_WEEKDAY_WORD = re.compile(r"\b(?P<day>Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[a-z]*)\b\.?")


def _weekday_order(a: int, b: int, year: int, line: str) -> tuple[int, int] | None:
    """(month, day) of "Tue, 10/03/2017": the one reading that falls on the weekday the line names."""
    named = _WEEKDAY_WORD.search(line)
    if named is None:
        return None
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun").index(named["day"])
    fits = {(m, d) for m, d in ((b, a), (a, b)) if _valid(year, m, d) and dt.date(year, m, d).weekday() == weekday}
    return fits.pop() if len(fits) == 1 else None


# "10/3/2017 5:20:00 PM": a twelve-hour clock with seconds after a slashed date, the US layout
_US_CLOCK = re.compile(r"\s+\d{1,2}:\d\d:\d\d\s?[AP]M\b")


def _clock_order(a: int, b: int, year: int, after: str) -> tuple[int, int] | None:
    """(month, day) of "10/3/2017 5:20:00 PM": month first, as pages in the US layout write it."""
    return (a, b) if _US_CLOCK.match(after) and _valid(year, a, b) else None


# "03/05/2019 02:22 PM EST", "05/03/2019 22:08 IST": the time zone after the day names the country the page
# writes for, and so its order (North America month first; South Asia, Europe, Africa, Australia day first)
_ZONE_AFTER = re.compile(
    r"\s*[-–|,]?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*\(?"
    r"(?:(?P<mdy>EST|EDT|CDT|MST|MDT|PST|PDT|ET|PT)|(?P<dmy>IST|PKT|BST|CET|CEST|EET|EEST|MSK|SAST|EAT|WAT|CAT"
    r"|AEST|AEDT|AWST|NZST|NZDT|GST|WIB|MYT|NPT))\b"
)


def _zone_order(a: int, b: int, year: int, after: str) -> tuple[int, int] | None:
    """(month, day) of "a/b/year" by the time zone that follows it (see _ZONE_AFTER)."""
    zone = _ZONE_AFTER.match(after)
    if zone is None:
        return None
    month, day = (a, b) if zone["mdy"] else (b, a)
    return (month, day) if _valid(year, month, day) else None


# "05/03/2019 - 16:11": an hour past noon on a 24-hour clock, which pages in the US layout (month first,
# twelve-hour clock) do not write ("22:08 GMT", "22:08 UTC": wires of any country stamp so, and tell nothing)
_CLOCK_24 = re.compile(
    r"\s*[-–|,]?\s*(?:at\s+)?(?:1[3-9]|2[0-3])[:.h][0-5]\d(?!\d)(?!\s*(?:[AaPp]\.?[Mm]\b|GMT|UTC|Z\b))"
)


def _clock24_order(a: int, b: int, year: int, after: str) -> tuple[int, int] | None:
    """(month, day) of "05/03/2019 - 16:11": day first, by the 24-hour clock after it."""
    return (b, a) if _CLOCK_24.match(after) and _valid(year, b, a) else None


def _numeric_date_line(text: str, line: _Line, source: str) -> _DateLine | None:
    """A header line whose only date is written "14.06.2018", "2009-March-02" or "04/28/2011"."""
    matches = (
        list(_HEADER_DMY.finditer(line.text))
        or list(_HEADER_YMONTHD.finditer(line.text))
        or list(_HEADER_YMD_DOT.finditer(line.text))
        # (a header's, not a sentence's: "2012年3月14日，全國兩會，溫家寶舉行..." opens a paragraph)
        or (list(_HEADER_YMD_CJK.finditer(line.text)) if len(line.text) <= _CJK_HEADER_MOST else [])
        or list(_HEADER_MDY_SLASH.finditer(line.text))
        or list(_HEADER_SLASH.finditer(line.text))
        # two-digit years: "05.03.19", "5-Mar-19", "05/03/19 11:48 IST"
        or list(_HEADER_DMY_YY.finditer(line.text))
        or list(_HEADER_DMONY_YY.finditer(line.text))
        or list(_HEADER_SLASH_YY.finditer(line.text))
    )
    if len({m.group() for m in matches}) != 1:
        return None  # ("Updated: 19-05-2021 22:08 IST | Created: 19-05-2021 22:08 IST": one day, twice)
    found = matches[0]
    named = found.groupdict()
    # a two-digit year is of this century up to 69 ("19": 2019), else of the last ("98": 1998)
    year = int(found["y"]) if "y" in named else (2000 if int(found["yy"]) < 70 else 1900) + int(found["yy"])
    if "a" in named:
        order = (
            _weekday_order(int(found["a"]), int(found["b"]), year, line.text)
            or _clock_order(int(found["a"]), int(found["b"]), year, line.text[found.end() :])
            or _zone_order(int(found["a"]), int(found["b"]), year, line.text[found.end() :])
            or _clock24_order(int(found["a"]), int(found["b"]), year, line.text[found.end() :])
            or _slash_order(int(found["a"]), int(found["b"]), year, text)
        )
        if order is None:
            return None
        month, day = order
    else:
        month = int(found["m"]) if "m" in named else _MONTH_NUM.get(found["mon"][:3].lower(), 0)
        day = int(found["d"])
    if not _valid(year, month, day):
        return None
    before, after = line.text[: found.start()], line.text[found.end() :]
    if " | " in before and " | " not in after:
        # "Le Drian visits troops in Mali | Africa | DW | 07.03.2013": the date has a field of its own
        before = before.rsplit(" | ", 1)[1]
    rest = _TIME.sub(" ", before + " " + after)
    residue = _WEEKDAY_OR_SITE.sub(" ", _AGENCY.sub(" ", _LABEL.sub(" ", rest)))
    if len(_words(_SEPARATORS.sub(" ", residue))) > 6:
        return None
    time_match = _TIME.search(line.text, found.end())
    when: dt.time | Unknown = Unknown("no time given")
    if time_match:
        hour = int(time_match["h"])
        ampm = (time_match["ampm"] or "").lower().replace(".", "")
        hour = hour % 12 + 12 if ampm == "pm" else (hour % 12 if ampm == "am" else hour)  # "5:20:00 PM"
        when = clock(hour, int(time_match["m"]), int(time_match["s"] or 0))
    start = line.start + found.start()
    evidence = Evidence.of(text, start, line.start + found.end(), "published", source=source)
    agency = _AGENCY.search(line.text)
    return _DateLine(dt.date(year, month, day), when, agency.group() if agency else "", evidence)


# "Roe arrives in Riga - The Daily Nation", "... | World News", "... - Xinhua | English.news.cn": the
# site's name after the headline (a dash or a bar, then a few words in capitals or a web address)
_SITE_WORD = r"(?:[A-Z][\w.&'’-]*|[a-z][\w-]*(?:\.[a-z][\w-]*)*\.[a-z]{2,6})"
_SITE_SUFFIX = re.compile(
    rf"\s+(?:\||[-–—])\s+(?:The\s+)?{_SITE_WORD}(?:\s+(?:{_SITE_WORD}|of|and|&))*"
    rf"(?:\s+\|\s+{_SITE_WORD}(?:\s+(?:{_SITE_WORD}|of|and|&))*)*$"
)


_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


def _without_site(line: _Line) -> _Line:
    """``line`` without the site's name after a headline (see :data:`_SITE_SUFFIX`)."""
    if not (" | " in line.text or " - " in line.text or " – " in line.text or " — " in line.text):
        return line
    found = _SITE_SUFFIX.search(line.text)
    if found is None or len(_words(found.group())) > 6 or len(_words(line.text[: found.start()])) < 4:
        return line
    if found.group().lstrip()[0] != "|" and not _LOWER_WORD.search(line.text, 0, found.start()):
        return line  # "Roe Arrives In Riga - Talks Begin Today": a headline in title case goes on after a dash
    return _Line(line.start, line.start + found.start(), line.text[: found.start()])


# "Jane Roe, Staff Correspondent, Karatown", "Jane Roe, Karatown": a byline that does not open on "By" (a name
# of two to four words, a comma, the writer's post or the place)
_UNSIGNED_BYLINE = re.compile(
    r"(?:[" + _UPPER + r"][\w.'’-]*\s+){1,3}[" + _UPPER + r"][\w'’-]+,\s+"
    r"(?P<role>(?:[A-Z][\w.'’-]*\s+){0,3}(?:Correspondent|Reporter|Writer|Editor|Bureau\s+Chief|Staff)(?:,\s*|$))?"
    r"(?P<place>" + _TITLE_PLACE + r")?(?P<region>)(?P<date>(?!))?(?P<dash>(?!))?"
)
# "Karatown Executive Council Office", "Office of the Press Secretary", "Government of Eldoria": an office that
# issues the release, named in title case above its headline
_ISSUER = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w'’.&-]*\s+){0,5}(?:Office|Bureau|Secretariat|Department|Ministry|Council|Directorate"
    r"|Division|Commission|Presidency)"
    r"|(?:Office|Bureau|Department|Ministry|Government|Embassy|Secretariat)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w'’.-]*){0,4}"
)
# "NewsWorldPope Leo Visit": a site's breadcrumb trail scraped into one run (words glued, a capital touching a
# word of three letters or more)
_GLUED_WORDS = re.compile(r"[a-z]{3}[A-Z][a-z]")
# "Five tips for a good trip - November 6, 2020": another story's title and day, as a sidebar lists them
_LISTED_STORY = re.compile(
    r".*[A-Za-z?!’'\")]\s+[-–—|]\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})"
)


def _sidebar(lines: list[_Line], body_index: int) -> set[int]:
    """The header lines that list other stories with their days ("Tips for ... - November 6, 2020"), two or
    more with different titles: neither their days nor their titles are the page's."""
    listed = {i for i in range(body_index) if _LISTED_STORY.fullmatch(lines[i].text) and _has_words(lines[i].text, 6)}
    return listed if len(listed) >= 2 else set()


def _unsigned_byline(line: _Line) -> re.Match[str] | None:
    """ "Jane Roe, Staff Correspondent, Karatown", "Jane Roe, Karatown": a byline with no "By" (see
    _UNSIGNED_BYLINE); a place and its country ("Karatown, Ruritania") is no byline."""
    match = _UNSIGNED_BYLINE.fullmatch(line.text) if len(line.text) <= 80 else None
    if match is None or _LOWER_WORD.search(line.text) or not (match.group("role") or match.group("place")):
        return None
    place = match.group("place") or ""
    if place in _COUNTRY_TITLES or _AGENCY.fullmatch(place) or any(
        w.title() in _BYLINE_NOT_PLACE or w.title() in _NOT_A_PLACE or w.title() in _NOT_A_STOP_PLACE
        for w in place.replace("-", " ").split()
    ):
        return None
    return match


def _not_the_title(lines: list[_Line], index: int, body_index: int) -> bool:
    """Whether a header line that reads as a headline is something else above it: an unsigned byline, the name
    under a photo that the lead opens with, or (when a headline follows it) the office issuing the release or a
    breadcrumb trail run together."""
    text = lines[index].text
    if index + 1 < len(lines) and len(text) <= 60 and lines[index + 1].text.startswith(text + " "):
        return True  # "President Jane Roe" over "President Jane Roe left for ...": a photo's name line
    if _ISSUER.fullmatch(text) is not None or len(_GLUED_WORDS.findall(text)) >= 2:
        return any(
            _looks_like_headline(lines[k])
            and not _ISSUER.fullmatch(lines[k].text)
            and len(_GLUED_WORDS.findall(lines[k].text)) < 2
            and not _DATE_TOKEN_ALONE.match(lines[k].text)
            for k in range(index + 1, body_index)
        )
    return False


def _looks_like_headline(line: _Line) -> bool:
    words = _words(line.text)
    if len(words) < 3 or len(words) > 30 or " | " in line.text or line.text.count("|") >= 2:
        return False
    if _NOT_HEADLINE.match(line.text):
        return False
    if _is_boilerplate(line.text) or _FOOTER_START.match(line.text):
        return False
    return not (len(words) > 20 and _SENTENCE_END.search(line.text))


# "(MENAFN- Kuwait News Agency (KUNA)) ABU DHABI, March 5 (KUNA) --": a syndication credit first
_CREDIT_FIRST = re.compile(r"\((?:[^()\n]|\([^()\n]*\)){2,80}\)\s+")


# ("KATHMANDU, Nepal (March 12, 2024) —", "(12 March 2024)": the year too, or the day first)
_BRACKETED_DAY = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
    r"(?:,?\s+(?P<year>\d{4}))?"
)

# "(UrduPoint / WAM - 02nd Apr, 2020)": an agency's bracket that closes on the day
_AGENCY_DAY = re.compile(
    r"(?P<agency>[^-–—]*?[A-Za-z][^-–—]*?)\s*[-–—]\s*(?P<day>" + _BRACKETED_DAY.pattern + ")"
    # "PAPEETE, Tahiti (Tahitipresse, Dec. 31) -": the agency, a comma, then the day
    r"|(?P<agency2>[A-Za-z][^,()]{1,40}?)\s*,\s*(?P<day2>" + _BRACKETED_DAY.pattern.replace("<year>", "<year2>") + ")"
)  # fmt: skip


def _agency(match: re.Match[str]) -> str:
    named = match.groupdict()
    agency = (
        named.get("agency") or named.get("slashed") or named.get("bare") or named.get("stopped")
        or named.get("after_day") or named.get("site_after")
    )  # fmt: skip
    return (agency or named.get("site") or "").strip()


# "NAIROBI, Tuesday (Reuters) -": a weekday where the day would stand
_REGION_WEEKDAY = re.compile(r",\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


_DOTTED_DAY = re.compile(r"(\d{1,2})([./])(\d{1,2})[./](\d{4})")
_GUILLEMETS = re.compile(r"«([^«»]+)»")


def _numeric_day(found: re.Match[str], published: dt.date | Unknown, words: str) -> dt.date | Unknown:
    """ "18.04.2024" (day first) and "06/07/2017" (day first, or month first when that reading alone
    falls within a week of the publication day, as American copy writes it)."""
    first, sep, second, year = found.groups()
    readings = [(int(first), int(second))]
    if sep == "/":
        readings.append((int(second), int(first)))
    days = [dt.date(int(year), m, d) for d, m in readings if _valid(int(year), m, d)]
    if not days:
        return Unknown(f"{words} is not a date", words)
    if len(days) == 2 and isinstance(published, dt.date):
        near = [d for d in days if abs((published - d).days) <= 7]
        if len(near) == 1:
            return near[0]
    if len(days) == 2 and days[0] != days[1] and not isinstance(published, dt.date):
        return Unknown(f"{words} may be read day first or month first", words)
    return days[0]


def _date_words(match: re.Match[str]) -> str | None:
    """The dateline's day as written: before the agency ("NAIROBI, March 12 (Reuters)") or after it
    ("Nairobi (Reuters) March 12 -")."""
    named = match.groupdict()
    return named.get("date") or named.get("date_after")


# "By Jane Smith NAIROBI, March 12 (Reuters) -": a byline run into the dateline in capitals
# "Associated Press WriterTORONTO (AP) --", "Staff Correspondent NAIROBI -": a byline's last words, the
# place in capitals run into them or after them
_WRITER_FIRST = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}(?:Writer|Correspondent|Reporter)\s*(?=[A-Z]{3,}\b)")
# "November 4, 2009 Sheikh Jaber arrives ...": a day with its year opening a line
_DAY_OPENING = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?)\s+\d{4}\s+(?=[A-Z])"
)
_TIME_FIRST = re.compile(r"\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s*\|\s*(?=[A-Z])")
_BYLINE_FIRST = re.compile(r"By\s+(?:[A-Z][a-z][\w.'’-]*,?\s+){1,3}(?=[A-Z]{3,}\b)")


# "Xinhua News Agency BEIJING, March 12 --": the agency's name run into a place in capitals
_AGENCY_FIRST = re.compile(r"(?P<agency>" + _AGENCY_NAMES + r")\s*[,:]?\s+(?=[" + _UPPER + r"]{2})")
# "12 March 2024, NEW DELHI -", "Tuesday, March 12, 2024 | KAMPALA:": the full day first, then the place
_DATE_FIRST = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?)"
    r"\s+(?P<year>\d{4})\s*(?:,|\||--|—|–|-)\s*(?=[" + _UPPER + r"])"
)


_LEAD_DAY = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?)"
    # ("July 24, 2015Air Force One landed ...": a scrape runs the date line into the lead, no space between)
    # ("Monday, 12 January 2009 16:26The Taoiseach ...": the clock too, run into the lead)
    r"\s+(?P<year>\d{4})(?:\s*(?:--|—|–|-|:)\s+|(?:\s+[0-2]?\d:[0-5]\d)?(?=[" + _UPPER + r"][a-z]))(?=[" + _UPPER + r"])"
)


_STRAY_FIRST = re.compile(r"[,;·•|]+[ \t]*(?=[A-Z])")
# "Minister Lan welcomes her counterpart (R) (Photo: VNA)Hanoi (VNA) – ...", "... at the airport. Yonhap SEOUL ― ...":
# a scrape runs a photo's caption, closed by its credit, into the dateline
_CAPTION_FIRST = re.compile(
    r"[^\n]{20,400}?(?:\((?:Photo|Photos|Picture|Image|File\s+photo)\s*:\s*[^()\n]{1,40}\)[ \t]*(?=[A-Z])"
    r"|[.!?][ \t]+(?:" + _AGENCY_NAMES + r")[ \t]+(?=[" + _UPPER + r"]{3,}\b)"
    # "... at the palace. ― Bernama picKARATOWN, April 24 — ...": a credit after a dash, "pic" or "photo" closing it
    r"|[.!?][ \t]*[—―–-][ \t]*(?:" + _AGENCY_NAMES + r")[ \t]+(?:pic|photo|picture)[ \t]*(?=[" + _UPPER + r"]{3,}\b))"
)


def _dateline_at(line: _Line) -> re.Match[str] | None:
    """The dateline that opens ``line`` (after a syndication credit, a byline, the agency's name or the
    full day), if one does."""
    credit = (
        _CREDIT_FIRST.match(line.text) or _BYLINE_FIRST.match(line.text) or _AGENCY_FIRST.match(line.text)
        or _DATE_FIRST.match(line.text)
    )  # fmt: skip
    if credit is None:
        credit = _TIME_FIRST.match(line.text)  # "19:28 | Lima, Jul. 6.": the filing time first
    if credit is None:
        credit = _WRITER_FIRST.match(line.text)  # "Associated Press WriterTORONTO (AP) --": a byline's end
    if credit is None:
        credit = _STRAY_FIRST.match(line.text)  # ", DAR ES SALAAM, Jul 1 -": a scrape's stray comma first
    if credit is None and (caption := _CAPTION_FIRST.match(line.text)) is not None:
        # a caption run into the dateline: only an agency's bracket or a long dash tells a dateline there
        match = _dateline_match(line, caption.end())
        if match is not None and (_agency(match) or match.group("dash") in _LONG_DASHES):
            return match
    for at in (0, credit.end()) if credit else (0,):
        # ("18 August 2005, COLOGNE, GERMANY - ...": the day before the place dates it)
        match = _dateline_match(line, at, dated=at > 0 and credit is not None and credit.re is _DATE_FIRST)
        if match is not None:
            return match
    return None


_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}")
# ("Tokyo- Japan's Emperor ...": the hyphen touching the place, as "KIGALI- " in capitals)
_SPACED_HYPHEN_AFTER_PLACE = re.compile(r"(?: - |\.- |- )(?=[A-Z])")
# ("Anti- Government protests ...", "Pro- Western ...": a prefix cut off by a scrape, not a place)
_HYPHEN_PREFIXES = frozenset("Anti Pro Post Pre Non Semi Self Sino Euro Afro Pan Neo Ex Co Mid Multi Inter Trans".split())


_SITE_NAME = re.compile(r"[A-Za-z]\.(?:CO|COM|NET|ORG|ID)\b", re.IGNORECASE)
# "KORU.NZ - Prime Minister ...": a site's name in capitals with its country's domain, where the place would stand
_CAPS_SITE_NAME = re.compile(r"[A-Z]{2,}\.[A-Z]{2}\b")
# a doubled long dash ("KARATOWN –– ...", as some papers set it) is a long dash
_LONG_DASHES = ("--", "—", "–", "―", "––", "——")


def _dateline_match(line: _Line, at: int, *, dated: bool = False) -> re.Match[str] | None:
    match = _DATELINE.match(line.text, at)
    if match is not None and (_SITE_NAME.search(match.group("place")) or _CAPS_SITE_NAME.search(match.group("place"))):
        match = None  # "TEMPO.CO, Jakarta –": a site's name, then the place
    if match is not None and match.group("dash") is None and not _agency(match) and not _date_words(match):
        # no dash: only "New Delhi, June 16 (IANS) President ..." with its agency, or "WASHINGTON, Aug 15
        # President ..." with its day
        match = None
    if (
        match is not None
        and match.group("dash") is not None
        and match.group("place").split()[0].title().rstrip("'’S") in _NOT_A_PLACE
    ):
        match = None  # "EXCLUSIVE — ...", "UPDATE: ...": a label, whatever the dash
    if match is not None and " ".join(match.group("place").split()) in _OUTLETS:
        match = None  # "ALBAWABA - ...", "XINHUA — ...": the outlet signs where the place would stand
    if match is None or not (
        _agency(match)
        or _date_words(match)
        or (dated and match.group("dash") is not None)
        or match.group("dash") in _LONG_DASHES
        # "GUIYANG - Chinese Premier ...", "PHUKET: The residents ...": a place in capitals, a plain
        # hyphen or a colon
        or (
            match.group("dash") in ("-", ":")
            and len(match.group("place")) >= 4
            # ("NAIROBI, Tuesday: ...": a weekday where the day would stand)
            and (
                not match.group("region")
                or _REGION_WEEKDAY.fullmatch(match.group("region")) is not None
                # "SANTIAGO, Chile - ...": the place's country after it ("NAIROBI, KENYA: ..." in capitals)
                or match.group("region").lstrip(", ").title() in _COUNTRY_TITLES
                # "KAROTA, VALMONT DISTRICT: ...": the place's district or province in capitals
                or _CAPS_UNIT.fullmatch(match.group("region").lstrip(", ")) is not None
                # "HOUGHTON, Mich. - ...", "CONCORD, N.H. - ...": a state cut short, as American wires write it
                or _STATE_ABBREVIATION.fullmatch(match.group("region").lstrip(", ")) is not None
            )
        )
    ):
        match = _TITLE_DATELINE.match(line.text, at)
        if match is not None and (
            match.group("place").split()[0].split("-")[0] in _NOT_A_PLACE
            # "Tanzania: President Samia to Visit Kigoma Region": a headline (but "19:28 | Lima, Jul. 6." is
            # a dateline with its day on a line of its own)
            or (not _is_sentence(line) and not (_date_words(match) and match.end() >= len(line.text.rstrip())))
            # a plain hyphen (or none) after a word in title case is a dateline only with a date or an agency
            or (match.group("dash") is None and not (_date_words(match) or _agency(match)))
            # "Pretoria - President Jacob Zuma on Wednesday ...": a spaced hyphen after one or two words
            or (
                match.group("dash") == "-"
                and not (_date_words(match) or _agency(match))
                and not _SPACED_HYPHEN_AFTER_PLACE.match(line.text, at + len(match.group("place")))
            )
            or (match.group("dash") == "-" and match.group("place") in _HYPHEN_PREFIXES)
        ):
            match = None
    if (
        match is not None
        and not _date_words(match)
        and _agency(match)
        and _initials(match.group("place")) == _agency(match).replace(".", "")
    ):
        match = None  # "Jamaica Labour Party (JLP) Leader ...": a name and its initials, not a place and an agency
    if match is None:
        match = _stop_dateline(line, at)
    if (
        match is not None
        and not _date_words(match)
        and not _agency(match)
        and not dated
        and not match.group("region")  # ("LEBANON, N.H. —": a town with its state)
        and " ".join(match.group("place").split()).title() in _COUNTRY_TITLES
    ):
        match = None  # "Italy: Ailing Pope ...": a country alone is a kicker
    return match


# "VALMONT DISTRICT", "KESTREL PROVINCE": a district, province or county in capitals after the place
_CAPS_UNIT = re.compile(r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?\s+(?:DISTRICT|PROVINCE|COUNTY|REGION|STATE|DIVISION)")


def _initials(words: str) -> str:
    """The initials of a name of two words or more ("Northern Harmony Party": "NHP"), else ""."""
    parts = [w for w in re.split(r"[\s/-]+", words) if w[:1].isupper()]
    return "".join(w[0] for w in parts) if len(parts) >= 2 else ""


def _stop_dateline(line: _Line, at: int) -> re.Match[str] | None:
    """ "Jakarta. President ...": a place of four letters or more, its words capitalised, closed by a full
    stop and followed by a sentence, as Indonesian and East African papers open their reports."""
    match = _STOP_DATELINE.match(line.text, at)
    if match is None or len(match.group("place")) < 4 or not _is_sentence(line):
        return None
    words = match.group("place").replace("-", " ").split()
    if any(w.title() in _NOT_A_PLACE or w.title() in _NOT_A_STOP_PLACE for w in words):
        return None
    if words[0] == "The" or words[-1] in _ABBREVIATIONS_BEFORE_A_NAME:
        return None  # "The St. Paul Area Chamber ...": the stop ends an abbreviation, not a place
    return match


_ABBREVIATIONS_BEFORE_A_NAME = frozenset(
    "St Ste Mt Ft Pt Dr Mr Mrs Ms Gen Sen Rep Gov Col Lt Sgt Capt Prof Pres Hon Rev Amb Adm Brig Maj Supt Insp Cmdr".split()
)


def _dateline_alone(line: _Line) -> re.Match[str] | None:
    """A line that is only a place and its day, with the year or an agency (see _DATELINE_ALONE), or only a
    place and an agency's bracket (see _PLACE_AGENCY_ALONE)."""
    if len(line.text) > 80:
        return None
    match = _PLACE_AGENCY_ALONE.match(line.text)
    if match is not None and " " in match.group("place") and not match.group("place").isupper():
        match = None  # "Jane Smith (Reuters)": a byline; a place so alone is in capitals, or one word
    if match is None and not any(c.isdigit() for c in line.text):
        return None
    if match is None:
        match = _DATELINE_ALONE.match(line.text)
        if match is None or not (match.group("year") or match.group("year2") or match.group("bare")):
            return None
    words = match.group("place").replace("-", " ").split()
    if any(w.title() in _NOT_A_PLACE or w.title() in _NOT_A_STOP_PLACE for w in words):
        return None
    if match.group("region") and _NEWSROOM_WORD.search(match.group("place")):
        return None  # "Valmont Times, Valmont, March 28, 2024": a newsroom, then its place (see _agency_place)
    return match


def _agency_place(line: _Line) -> re.Match[str] | None:
    """ "UNB, Dhaka", "PTI | Chennai | Updated: ...": a wire agency and its place (see _AGENCY_PLACE)."""
    if len(line.text) > 120:
        return None
    match = _AGENCY_PLACE.match(line.text) or _LONG_AGENCY_PLACE.match(line.text) or _PUBLISHED_PLACE.match(line.text)
    if match is None and (newsroom := _NEWSROOM_PLACE.match(line.text)) and _NEWSROOM_WORD.search(newsroom["agency"]):
        match = newsroom  # "Radio & TV Lorien, Valmont, 28/03/2024"
    if match is None or any(
        w.title() in _NOT_A_PLACE or w.title() in _BYLINE_NOT_PLACE for w in match.group("place").split()
    ):
        return None
    if match.group("place").upper() in _AGENCIES_IN_CAPITALS:
        return None  # "March 12, 2024 | PTI": the wire that carries it, not a place
    return match


def _byline_place(line: _Line) -> re.Match[str] | None:
    """ "By Jane Doe, Abuja": the byline's place (see _BYLINE_PLACE), not an office, a newsroom or an agency."""
    match = _BYLINE_PLACE.match(line.text) if len(line.text) <= 80 else None
    if match is None or _AGENCY.fullmatch(match.group("place")):
        return None
    words = match.group("place").replace("-", " ").split()
    if any(w.title() in _BYLINE_NOT_PLACE or w.title() in _NOT_A_PLACE or w.title() in _NOT_A_STOP_PLACE
           for w in words):  # fmt: skip
        return None
    return match


# "ANKARA" alone on a line over the lead: a place in capitals, one word (or two joined by a slash)
_CAPS_ALONE = re.compile(
    r"(?P<place>[" + _UPPER + r"]{4,}(?:/[" + _UPPER + r"]{4,})?)(?P<region>)(?P<date>(?!))?(?P<dash>(?!))?\s*$"
)
# the labels of a site's sections and furniture, which stand alone on a line in capitals as such a place would
_SECTION_WORDS = frozenset(
    """
    Home Menu Search Login Logout Register Newsletter Newsletters Podcast Podcasts Gallery Galleries Print Email
    Comments More Close Top Popular Archive Archives Contact About Events Weather Markets Money Media Press
    Release Releases Statement Statements Speech Speeches Transcript Blog Blogs Column Columns Letters Review
    Reviews Books Music Film Movies Arts Style Fashion Food Jobs Careers Shop Games Traffic Multimedia Infographic
    Africa Asia Europe Americas America Oceania Antarctica Arctic Diplomacy Defence Defense Security Society
    Government Parliament Elections Election Crime Justice Courts Religion Faith Agriculture Energy Climate
    Agencies Agency Staff Desk Newsdesk Bureau Correspondent Reporter Team Admin Wires Wire Featured Premium Insight
    """.split()
)

_AGENCIES_IN_CAPITALS = frozenset(a.upper() for a in _AGENCIES)


def _caps_place_alone(line: _Line) -> re.Match[str] | None:
    """ "ANKARA" on a line of its own (see _CAPS_ALONE): not a section's label, a country, a month or an agency."""
    match = _CAPS_ALONE.match(line.text)
    if match is None:
        return None
    for word in match.group("place").split("/"):
        titled = word.title().replace("\u0307", "")  # ("TÜRKİYE": the dot of the capital İ falls in title case)
        if (
            titled in _NOT_A_PLACE
            or titled in _NOT_A_STOP_PLACE
            or titled in _SECTION_WORDS
            or titled in _COUNTRY_TITLES
            or titled in _SPEAKER_TITLES
            or word in _AGENCIES_IN_CAPITALS
        ):
            return None
    return match


# "MARK WILLACY: As the cultural heart ...", "INDONESIAN OFFICIAL: Welcome": a transcript's speaker
_SPEAKER = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s")


# offices and forms of address that open a transcript speaker's name in capitals
_SPEAKER_TITLES = frozenset(
    """
    President Vice Prime Premier Secretary Minister Mayor Governor Senator Ambassador Chancellor King Queen Prince
    Princess Pope Spokesman Spokeswoman Spokesperson Moderator Chairman Chairwoman Speaker General Admiral Mr Mrs Ms
    Dr Sir Question Questioner Participant Reporter Interviewer Host Anchor Audience
    """.split()
)


def _speakers_take_turns(lines: list[_Line]) -> bool:
    """Whether lines open on two or more speakers' names that take turns, as a transcript's do.

    Two speakers follow one another, or one comes back: a place in capitals opening a related story's
    teaser far below the lead ("KATHMANDU: Prime Minister ...") makes no transcript of the page.
    """
    speakers = [(index, m.group(1)) for index, ln in enumerate(lines) if (m := _SPEAKER.match(ln.text))]
    if len({name for _, name in speakers}) < 2:
        return False
    names = [name for _, name in speakers]
    return len(set(names)) < len(names) or any(b[0] == a[0] + 1 for a, b in itertools.pairwise(speakers))


# A lead's finite verb in the past tense ("made", "visited"; not "the affected areas", "a Dhaka based group")
_PAST_VERB = re.compile(
    r"(?<![Tt]he )(?<![Aa] )(?<![Aa]n )\b(?:made|met|went|left|took|held|gave|spoke|paid|flew|led|spent|brought|came"
    r"|began|undertook|oversaw|was|were|had|said|told|(?!(?:related|based|united|limited|detailed|advanced|skilled"
    r"|renowned|esteemed|distinguished|experienced|armed|concerned|interested|qualified|affected|needed|used)\b)"
    r"[a-z]{3,}ed)\b"
)
_LEAD_END = re.compile(r"[a-z]{2}\.[\"'”’)]*$")


def _reads_as_lead(line: _Line) -> bool:
    """A line too short for :func:`_is_sentence` that still reads as the lead, not a headline: eight words
    or more, a verb in the past tense and a full stop at its end ("Progressive Senator Jane Roe made another
    campaign stop in Fairview." under a scraped date token); a headline tells in the present and ends bare."""
    return (
        _has_words(line.text, 6)
        and len(_words(line.text)) >= 8
        and _LEAD_END.search(line.text) is not None
        and _PAST_VERB.search(line.text) is not None
    )


def _first_body(text: str, lines: list[_Line]) -> tuple[int, re.Match[str] | None]:
    """The index of the first body line and, if it opens with one, its dateline match."""
    # the first twelve lines, or as far as the first line of running prose when site menus run longer
    reach = 12
    if len(lines) > 12 and not any(_is_sentence(line) for line in lines[:12]):
        reach = next((i + 1 for i in range(12, min(len(lines), 60)) if _is_sentence(lines[i])), 12)
    transcript: bool | None = None  # whether lines open on speakers' names (read when first needed)
    for index, line in enumerate(lines[:reach]):
        match = _dateline_at(line)
        if match is not None and match.group("dash") == ":" and not (_agency(match) or _date_words(match)):
            if transcript is None:
                transcript = _speakers_take_turns(lines)
            if transcript:
                match = None  # "LINDA MOTTRAM: After three days in Indonesia ...": a speaker, not a place
        if (
            match is not None
            and match.group("dash") == ":"
            and not (_agency(match) or _date_words(match))
            and match.group("place").split()[0].rstrip(".").title() in _SPEAKER_TITLES
        ):
            match = None  # "PRESIDENT OKONJO: Thank you ...": a speaker named by the office, not a place
        words = 3 if match and (_agency(match) or _date_words(match)) else 6
        if match and _has_words(line.text, words, match.end()) and not _has_credit(line.text):
            return index, match
        if (
            match
            and match.end() == len(line.text.rstrip())
            and (
                (match.group("dash") and (_agency(match) or _date_words(match)))
                # "WASHINGTON —", "NAIROBI, March 12": a place in capitals with a long dash or its day
                or match.group("dash") in _LONG_DASHES
                or (match.group("dash") is None and _date_words(match))
            )
            and index + 1 < len(lines)
            and _is_sentence(lines[index + 1])
            and _dateline_at(lines[index + 1]) is None
        ):
            return index, match  # "NAIROBI, March 12 (Reuters) -" on a line of its own, the lead below
        alone = _dateline_alone(line)
        if alone is not None and index + 1 < len(lines):
            # ("New Delhi, February 11, 2016" over a second headline, then the lead)
            lead = index + 2 if index + 2 < len(lines) and _looks_like_headline(lines[index + 1]) else index + 1
            if (
                _is_sentence(lines[lead])
                # ("Tokyo, Tue, 21 Oct 2008 ANI" over "Tokyo, Oct 21 (ANI):")
                and _dateline_at(lines[lead]) is None
            ):
                return index, alone  # "Huye, 12 March 2024" on a line of its own, the lead below
    for index, line in enumerate(lines):
        if (
            (
                _is_sentence(line)
                # (not past a shorter sentence above it, which the last reading below takes for the lead)
                or (
                    _reads_as_lead(line)
                    and not any(_has_words(ln.text, 6) and _SENTENCE_END.search(ln.text) for ln in lines[1:index])
                )
            )
            and not _has_credit(line.text)
            and not _has_caption_date(line.text)
            and not _is_boilerplate(line.text)  # a cookie banner before the headline
        ):
            return index, None
    for index, line in enumerate(lines):
        if _is_sentence(line):
            return index, None
    # A short report of short sentences ("Pope Leo arrived in Lyon on Tuesday for a two-day visit."):
    # the first sentence of six words or more after the headline
    for index, line in enumerate(lines[1:], 1):
        if _has_words(line.text, 6) and _SENTENCE_END.search(line.text) and not _is_boilerplate(line.text):
            return index, None
    return len(lines), None


def _dateline_year(
    month: int,
    day: int,
    published: dt.date | Unknown,
    text: str,
    source: str,
    stored_month: tuple[int, int] | None = None,
) -> dt.date | Unknown:
    """The dateline's day, its year from the publication day (or the month of a scraped " date 2022-11"
    token, or the report's own full dates)."""
    reference: dt.date | None = published if isinstance(published, dt.date) else None
    if reference is None and stored_month is not None:
        # " date 2022-11" then "Karatown, Nov 10 (PTI)": the year that puts the day nearest that month
        middle = dt.date(stored_month[0], stored_month[1], 15)
        near = [dt.date(y, month, day) for y in (middle.year - 1, middle.year, middle.year + 1) if _valid(y, month, day)]
        if near:
            return min(near, key=lambda c: abs((c - middle).days))
    if reference is None:
        years = [
            f.span.start for f in scan(text, None)
            if isinstance(f.span, DateSpan) and f.span.days == 1 and f.rule in ("iso", "mdy", "dmy", "dmyh")
        ]  # fmt: skip
        if not years:
            return Unknown("no publication date or dated mention to give the dateline a year")
        reference = years[0]
        # A dated mention may fall either side of the dateline: take the nearest year.
        candidates = [
            dt.date(y, month, day)
            for y in (reference.year - 1, reference.year, reference.year + 1)
            if _valid(y, month, day)
        ]
        if not candidates:
            return Unknown(f"{month}/{day} is not a date")
        return min(candidates, key=lambda c: abs((c - reference).days))
    # A dateline is on or before its publication day (allowing a day or two for time zones).
    limit = reference + dt.timedelta(days=2)
    for year in (limit.year, limit.year - 1):
        if _valid(year, month, day) and dt.date(year, month, day) <= limit:
            return dt.date(year, month, day)
    return Unknown(f"{month}/{day} is not a date near {reference.isoformat()}")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


_MONTH_WORD = re.compile(r"[A-Za-z]{3}")
_MONTH_NUM = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
} | {"ene": 1, "fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dic": 12, "dez": 12}


def _read(text: str, source: str) -> Article:
    lines = _join_wrapped(text, _lines(text))
    body_index, dateline_match = _first_body(text, lines)
    kinds: list[ParagraphKind] = [ParagraphKind.BODY] * len(lines)

    # Header: everything before the first body line, except captions.
    headline = ""
    headline_evidence: Evidence | Unknown = Unknown("no headline found")
    published: dt.date | Unknown = Unknown("no publication date found")
    published_time: dt.time | Unknown = Unknown("no publication time found")
    publisher = ""
    stored: dt.date | None = None  # the scraped token's day, while no header date line has replaced it
    stored_month: tuple[int, int] | None = None  # a scraped token's year and month, when it gives no day
    filed_from: tuple[_Line, re.Match[str]] | None = None  # a header line naming the agency and the place
    updated_line = False  # the header's date line so far is labelled as an update
    banner: int | None = None  # the line of a bare date above the headline: perhaps the site's banner
    sidebar = _sidebar(lines, body_index)
    for index in range(body_index):
        line = lines[index]
        kinds[index] = ParagraphKind.HEADER
        if index in sidebar:
            continue  # other stories' titles and days
        if (
            _has_credit(line.text)
            or (_has_caption_date(line.text) and _has_words(line.text, 13))
            or (
                _AGENCY_CLOSE.search(line.text)
                and _has_words(line.text, 12)
                and not _is_boilerplate(line.text)
            )
        ):
            # a photo caption before the dateline: "... from Aug. 11 to 15. (Xinhua)"
            kinds[index] = ParagraphKind.CAPTION
            continue
        if filed_from is None and (filed := _agency_place(line) or _byline_place(line)) is not None:
            filed_from = (line, filed)  # "PTI | Chennai | Updated: ...": read as a date line too, below
        scraped = _DATE_TOKEN_ALONE.fullmatch(line.text) if index == 0 else None
        if scraped is not None:
            if len(scraped.group("date")) == 7:
                # " date 2022-11": the month the page was stored, no day; it gives the dateline its year
                stored_month = (int(scraped.group("date")[:4]), int(scraped.group("date")[5:]))
            elif isinstance(published, Unknown) and _iso_ok(scraped.group("date")):
                published = dt.date.fromisoformat(scraped.group("date"))
                stored = published
            continue
        if updated_line and isinstance(published, dt.date) and _PUBLISH_LABEL.match(line.text.lstrip(" -|·•")):
            # "Updated: March 7, 2019" then "Published: March 5, 2019": the day first published, not the update
            first = _date_line(text, line, source)
            if first is not None and first.day <= published:
                published, published_time = first.day, first.time
                publisher = publisher or first.publisher
                updated_line = False
                continue
        if (
            banner is not None
            and isinstance(published, dt.date)
            and any(_looks_like_headline(lines[k]) for k in range(banner + 1, index))
        ):
            # "Tue | Nov 19, 2024" above the masthead, the headline, then "Published: Thursday | November 5,
            # 2015": the site's banner shows the day the page was read; the article's own date is under its
            # headline (on or before the banner's day)
            own = _date_line(text, line, source)
            if (
                own is not None
                and own.day <= published
                # a bare day, a "Published" line or a byline (not "Related: Roe opens bridge, March 2, 2019")
                and (
                    _is_bare_date(text, line, own)
                    or _PUBLISH_LABEL.match(line.text.lstrip(" -|·•")) is not None
                    or _BYLINE_OPEN.match(line.text) is not None
                )
            ):
                published, published_time = own.day, own.time
                publisher = publisher or own.publisher
                banner = None
                continue
        if isinstance(published, Unknown) or (stored is not None and published == stored):
            date_line = _date_line(text, line, source)
            if date_line is not None and stored is not None and date_line.day > stored:
                date_line = None  # a page is stored on or after the day it was published
            if date_line is not None:
                # " date 2018-08-06" then "5 August 2018": the page's own date, not the day it was stored
                stored = None
                published, published_time = date_line.day, date_line.time
                publisher = publisher or date_line.publisher
                opening = _DAY_OPENING.match(line.text)
                if not headline and opening is not None and opening.end() < len(line.text):
                    # "November 4, 2009 Sheikh Jaber arrives in Tokyo": the rest of the line is the headline
                    told = _Line(line.start + opening.end(), line.end, line.text[opening.end() :])
                    if _looks_like_headline(told):
                        headline = told.text
                        headline_evidence = Evidence.of(text, told.start, told.end, "headline", source=source)
                updated_line = bool(
                    _UPDATE_LABEL.match(line.text.lstrip(" -|·•")) and not _PUBLISH_LABEL.search(line.text)
                )
                banner = index if _is_bare_date(text, line, date_line) else None
                continue
            ago = _DAYS_AGO_LINE.fullmatch(line.text) if stored is not None else None
            if ago is not None and stored is not None:
                # " date 2019-03-07" then "Updated 2 days ago": counted back from the day the page was stored
                count = int(ago["n"]) if ago["n"].isdigit() else _COUNT_WORDS[ago["n"].lower()]
                published = stored - dt.timedelta(days=count * (7 if ago["unit"].lower().startswith("week") else 1))
                stored = None
                continue
        label = _SOURCE_LINE.match(line.text)
        if label:
            publisher = publisher or label.group(1).strip()
            continue
        by = _BY_LINE.match(line.text)
        if by:
            named = _AGENCY.fullmatch(by.group(1).strip())
            publisher = publisher or (named.group() if named else "")
            continue
        # (right over the lead, where a byline stands: "Royal Tour, Day Two" higher up is a headline)
        unsigned = _unsigned_byline(line) if not headline and index + 1 == body_index else None
        if unsigned is not None:
            # "Jane Roe, Karatown" over the lead: the writer and the place filed from
            if filed_from is None and unsigned.group("place"):
                filed_from = (line, unsigned)
            continue
        if (
            not headline
            and _looks_like_headline(titled := _without_site(line))
            and not _not_the_title(lines, index, body_index)
            # a photo's caption above its credit alone on a line ("Photo/RNZ pool", "Photo: Jane Roe")
            and not (index + 1 < len(lines) and _CREDIT_ALONE.fullmatch(lines[index + 1].text))
        ):
            headline = titled.text
            headline_evidence = Evidence.of(text, titled.start, titled.end, "headline", source=source)
            continue
        alone = _AGENCY.fullmatch(line.text)
        if alone:
            publisher = publisher or alone.group()

    if filed_from is None and dateline_match is None:
        # "ANKARA" alone on a line over the lead (the headline repeated between, as some sites print it): the
        # place the report was filed from
        for index in range(body_index - 1, max(-1, body_index - 3), -1):
            if (caps := _caps_place_alone(lines[index])) is not None:
                filed_from = (lines[index], caps)
                break
            if _is_sentence(lines[index]) or not _looks_like_headline(lines[index]):
                break
    date_under_standfirst = -1
    if filed_from is None and dateline_match is None:
        # "By Jane Doe – Vatican City" under a standfirst that reads as a sentence: the byline's place is the dateline
        for index in range(body_index + 1, min(len(lines), body_index + 4)):
            if _is_sentence(lines[index]):
                break
            if (filed := _agency_place(lines[index]) or _byline_place(lines[index])) is not None:
                filed_from = (lines[index], filed)
                break
    if isinstance(published, Unknown) and dateline_match is None:
        # "Headline / a standfirst that reads as a sentence / By Jane Doe | March 6, 2019 / the lead": the
        # standfirst opens the body, and the date line under it (a byline or a photo credit between) is the header's
        for index in range(body_index + 1, min(len(lines), body_index + 4)):
            line = lines[index]
            if _has_credit(line.text) or (
                not _is_sentence(line) and len(line.text) <= 60 and not _YEAR_DIGITS.search(line.text)
            ):
                continue  # a photo's caption, a byline
            under = _date_line(text, line, source) if not _is_sentence(line) else None
            if under is not None:
                published, published_time = under.day, under.time
                publisher = publisher or under.publisher
                date_under_standfirst = index
            break

    if isinstance(published, Unknown) or (stored is not None and published == stored):
        # a trailer such as "(Xinhua News Agency May 3, 2007)" closes some reports, before any footer; under a
        # scraped token, "First published on March 5, 2019" is the page's own day (on or before the token's)
        footer = next(
            (i for i in range(body_index + 1, len(lines)) if _FOOTER_START.match(lines[i].text)), len(lines)
        )
        before_footer = range(max(body_index + 1, footer - 3), footer)
        closing = range(max(body_index + 1, len(lines) - 3), len(lines))
        for line in [lines[i] for i in (*before_footer, *(i for i in closing if i not in before_footer))]:
            # "(Xinhua News Agency May 3, 2007)", "First Published: Jul 02 2016 | 10:28 PM IST"
            # ("New Delhi, 5 March 2019": a release signed off with its place and day)
            trailer = (
                _date_line(text, line, source)
                if _TRAILER_START.match(line.text) or _dateline_alone(line) is not None
                else None
            )
            if trailer is None and _SOURCE_TRAILER.match(line.text):
                # "Source: Xinhua | 2019-03-06 14:22:33 | Editor: Li Xia"
                trailer = _date_ending(text, line, source) or _date_line(text, line, source)
            if trailer is not None and stored is not None and trailer.day > stored:
                trailer = None  # a page is stored on or after the day it was published
            if trailer is not None:
                published, published_time = trailer.day, trailer.time
                publisher = publisher or trailer.publisher
                break

    if isinstance(published, Unknown) and lines:
        stamp = _opening_stamp(text, lines[0], source)
        if stamp is not None:
            published, published_time = stamp.day, stamp.time
    if isinstance(published, Unknown) and body_index < len(lines):
        # "March 12, 2024 — The President ...", "Tuesday, 12 March 2024: The Presidency ...": a release
        # whose lead opens with its full day and a dash or colon (not a comma: "March 5, 2024, NATO said"), or
        # a date line run into the lead by a scrape ("July 24, 2015Air Force One landed ...")
        lead = lines[body_index]
        opened = _LEAD_DAY.match(lead.text)
        if opened is not None:
            found = [
                f for f in scan(text, None, start=lead.start + opened.start("date"), end=lead.start + opened.end("year"))
                if isinstance(f.span, DateSpan) and f.span.days == 1 and f.rule in ("mdy", "dmy")
            ]  # fmt: skip
            if len(found) == 1 and isinstance(found[0].span, DateSpan):
                published = found[0].span.start

    # Dateline.
    dateline: Dateline | Unknown = Unknown("no dateline")
    if dateline_match is not None:
        line = lines[body_index]
        prefix = line.text[: dateline_match.start()]
        # "12 March 2024, NEW DELHI -": the day first; "Xinhua News Agency BEIJING, March 12": the agency first
        date_first = _DATE_FIRST.match(line.text) if prefix else None
        agency_first = _AGENCY_FIRST.match(line.text) if prefix else None
        date_first = date_first if date_first is not None and date_first.end() == len(prefix) else None
        agency_first = agency_first if agency_first is not None and agency_first.end() == len(prefix) else None
        ev = Evidence.of(
            text,
            line.start + (0 if date_first or agency_first else dateline_match.start()),
            line.start + dateline_match.end(),
            "dateline",
            source=source,
        )
        date_words = _date_words(dateline_match)
        agency = _agency(dateline_match) or (agency_first.group("agency") if agency_first else "")
        if not date_words and date_first is not None:
            date_words = f"{date_first.group('date')} {date_first.group('year')}"
        bracketed = _BRACKETED_DAY.fullmatch(agency) if not date_words else None
        if bracketed is not None:
            date_words, agency = agency, ""  # "KOTA KINABALU (Mar 22):": the day in brackets
        elif not date_words and (dated := _AGENCY_DAY.fullmatch(agency.strip())) is not None:
            # "RIYADH, (UrduPoint / WAM - 02nd Apr, 2020)": the agency, a dash, then the day
            # ("(Tahitipresse, Dec. 31)": a comma)
            date_words = dated.group("day") or dated.group("day2")
            agency = (dated.group("agency") or dated.group("agency2")).strip()
            bracketed = _BRACKETED_DAY.fullmatch(date_words)
        if agency in _COUNTRY_CODES:
            agency = ""  # "Abu Dhabi, UAE – ...": the place's country, not an agency
        if (quoted := _GUILLEMETS.search(agency)) is not None:
            agency = quoted.group(1)  # "NIAT «Khovar»": the agency's name in its quotation marks
        if "/" in agency and _AGENCY.fullmatch(last := agency.rsplit("/", 1)[1].strip()):
            agency = last  # "(UrduPoint / Pakistan Point News / WAM - ...)": the sites that carry it, then the wire
        day_value: dt.date | Unknown = Unknown("the dateline gives no date")
        if date_words and (dotted := _DOTTED_DAY.fullmatch(date_words)) is not None:
            day_value = _numeric_day(dotted, published, date_words)
            if isinstance(published, Unknown) and isinstance(day_value, dt.date):
                published = day_value
            date_words = ""
        if date_words:
            month = _MONTH_NUM[_MONTH_WORD.search(date_words).group()[:3].lower()]  # type: ignore[union-attr]
            day_number = int(_DAY_DIGITS.search(date_words).group())  # type: ignore[union-attr]
            written_year = _YEAR_DIGITS.search(date_words)
            year_text = (
                dateline_match.groupdict().get("year")
                or dateline_match.groupdict().get("year2")
                or dateline_match.groupdict().get("year3")
                or (bracketed.group("year") if bracketed is not None else None)
                # "Nairobi (Reuters) March 12, 2024 -", "12 March 2024, NEW DELHI -": the year in the day's words
                or (written_year.group() if written_year else None)
            )
            if year_text:
                year = int(year_text)
                day_value = (
                    dt.date(year, month, day_number)
                    if _valid(year, month, day_number)
                    else Unknown(f"{date_words} is not a date", date_words)
                )
                if isinstance(published, Unknown) and isinstance(day_value, dt.date):
                    # "Washington, 29 July 1997 (RFE/RL) -": a dated, year-stamped filing is the report's day
                    published = day_value
            elif not _valid(2000, month, day_number):
                day_value = Unknown(f"{date_words} is not a date", date_words)
            else:
                day_value = _dateline_year(month, day_number, published, text, source, stored_month)
        elif (weekday := _REGION_WEEKDAY.search(dateline_match.groupdict().get("region") or "")) is not None:
            # "NAIROBI, Tuesday (Reuters) -": the latest such weekday on or before the publication day
            if isinstance(published, dt.date):
                back = (published.weekday() - _WEEKDAY_NAMES.index(weekday.group(1))) % 7
                day_value = published - dt.timedelta(days=back)
            else:
                day_value = Unknown("a weekday without a publication day to place it", weekday.group(1))
        place = dateline_match.group("place").strip()
        if place.endswith(".") and place.count(".") == 1:
            place = place[:-1]  # "ASTANA. March 12.": the stop after the place
        dateline = Dateline(place, day_value, agency, ev)
        if not publisher and agency:
            publisher = agency

    if isinstance(dateline, Unknown) and filed_from is not None:
        # "UNB, Dhaka", "PTI | Chennai | Updated: 19-05-2021 22:08 IST" above the headline or the lead: the
        # dateline, with the day of its own line if it gives one
        line, filed = filed_from
        rest = filed.end("place")
        on_line = (
            _date_line(text, _Line(line.start + rest, line.end, line.text[rest:]), source)
            if rest < len(line.text)
            # ("Published - March 12, 2024 06:58 pm IST - KARATOWN": the day before the place)
            else _date_line(text, _Line(line.start, line.start + filed.start("place"), line.text[: filed.start("place")]), source)
            if filed.start("place") > 0
            else None
        )
        ev = Evidence.of(text, line.start, line.start + rest, "dateline", source=source)
        day_of_line: dt.date | Unknown = on_line.day if on_line else Unknown("the dateline gives no date")
        agency = filed.groupdict().get("agency") or ""
        dateline = Dateline(filed.group("place").strip(), day_of_line, agency, ev)
        publisher = publisher or agency

    if isinstance(published, Unknown) and not lines:
        published = Unknown("no text")

    # Body, captions and boilerplate.
    in_footer = False
    for index in range(body_index, len(lines)):
        line = lines[index]
        if in_footer or _FOOTER_START.match(line.text) or _is_boilerplate(line.text):
            in_footer = in_footer or bool(_FOOTER_START.match(line.text))
            kinds[index] = ParagraphKind.BOILERPLATE
            source_line = _SOURCE_LINE.match(line.text)
            if source_line and not publisher:
                publisher = source_line.group(1).strip()
        elif index != body_index and (
            _has_credit(line.text) or (_has_caption_date(line.text) and _has_words(line.text, 9))
        ):
            kinds[index] = ParagraphKind.CAPTION
    if date_under_standfirst >= 0:
        kinds[date_under_standfirst] = ParagraphKind.HEADER
    # Trailing short lines that are not sentences are site furniture ("Search Trends", "Links").
    for index in range(len(lines) - 1, body_index, -1):
        if kinds[index] is not ParagraphKind.BODY:
            continue
        if not _has_words(lines[index].text, 9) and not _SENTENCE_END.search(lines[index].text):
            kinds[index] = ParagraphKind.BOILERPLATE
        else:
            break

    paragraphs = tuple(
        Paragraph(line.start, line.end, line.text, kind) for line, kind in zip(lines, kinds, strict=True)
    )
    return Article(
        text=text,
        source=source,
        headline=headline,
        headline_evidence=headline_evidence,
        published=published,
        published_time=published_time,
        publisher=publisher,
        dateline=dateline,
        paragraphs=paragraphs,
    )


def _is_bare_date(text: str, line: _Line, date_line: _DateLine) -> bool:
    """A date line that is only the day (a weekday, a clock, a city beside it), with no label, byline or
    agency: "Tue | Nov 19, 2024", "Montevideo, March 12th 2024 - 13:37 UTC", "• Tuesday, 12 March 2024"."""
    if _LABEL.search(line.text) or _AGENCY.search(line.text) or date_line.publisher:
        return False
    rest = text[line.start : date_line.evidence.start] + " " + text[date_line.evidence.end : line.end]
    return len(_residue_words(rest)) <= 1


# "2 days ago", "Updated 3 days ago", "Published a week ago": a page's age when it was stored
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DAYS_AGO_LINE = re.compile(
    r"(?i:(?:(?:last\s+)?(?:updated|published|posted)\s*:?\s*)?(?P<n>\d{1,2}|a|an|one|two|three|four|five|six)\s+"
    r"(?P<unit>days?|weeks?)\s+ago)\.?"
)


def _iso_ok(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True
