"""The dateline that opens the body ("CHONGQING, Nov. 19 (Xinhua) --"), its agency, day and year."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from timeline.article.furniture import _has_caption_date, _has_credit, _is_boilerplate
from timeline.article.header import _looks_like_headline
from timeline.article.lines import _has_words, _is_sentence, _Line, _words
from timeline.article.patterns import (
    _AGENCIES,
    _AGENCY,
    _BYLINE_NOT_PLACE,
    _CAPS_AGENCY,
    _CAPS_PLACE,
    _COUNTRY_TITLES,
    _DATELINE,
    _DAY_WORDS,
    _IBERIAN_MONTH,
    _NOT_A_PLACE,
    _NOT_A_STOP_PLACE,
    _SENTENCE_END,
    _TITLE_PLACE,
    _UPPER,
)
from timeline.model import DateSpan, Unknown
from timeline.temporal import scan

# a word of a place in title case: "Nairobi", "Sana'a", "N'Djamena" (an apostrophe inside, not a possessive's "s")
_TITLE_WORD = r"[" + _UPPER + r"](?:[^\W\d_A-Z]+(?:['’](?!s\b)[^\W\d_A-Z]+)?|['’][A-Z][^\W\d_A-Z]+)"

_AGENCY_NAMES = "|".join(re.escape(a) for a in sorted(_AGENCIES, key=lambda w: (-len(w), w)))

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

# "Oct. 3 (UPI) -- President ...": the day and a wire agency's bracket with no place before them, as UPI
# opens its reports (the place is left empty)
_PLACELESS_DATELINE = re.compile(
    r"(?P<place>)(?P<region>)(?P<date>" + _MONTH_NAME + r"\s+\d{1,2}(?!\d)(?:,\s*(?P<year>\d{4}))?)"
    r"\s+\((?P<agency>" + _AGENCY_NAMES + r")\)\s*(?P<dash>--|—|–|―|-|:)\s*(?=[A-Z“\"])"
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
    r"(?P<agency>" + "|".join(re.escape(a) for a in sorted(_AGENCIES, key=lambda w: (-len(w), w)) if " " in a) + r")\s+"
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

# Outlets that put their own name in capitals where a dateline's place would stand ("ALBAWABA - ..."):
# the wires and a few syndicators and press-release services
_OUTLETS = frozenset(
    {a.upper() for a in _AGENCIES}
    | {"ALBAWABA", "AL BAWABA", "MENAFN", "ZAWYA", "NEWSWIRE", "PRNEWSWIRE", "GLOBE NEWSWIRE", "BUSINESS WIRE"}
)

# "(MENAFN- Kuwait News Agency (KUNA)) ABU DHABI, March 5 (KUNA) --": a syndication credit first
_CREDIT_FIRST = re.compile(r"\((?:[^()\n]|\([^()\n]*\)){2,80}\)\s+")


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
                # ("Davos, Switzerland - President ...": the place's country between the place and the hyphen)
                and not (
                    match.group("region").lstrip(", ").title() in _COUNTRY_TITLES
                    and _SPACED_HYPHEN_AFTER_PLACE.match(line.text, at + len(match.group("place") + match.group("region")))
                )
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
    if match is None:
        match = _PLACELESS_DATELINE.match(line.text, at)
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
