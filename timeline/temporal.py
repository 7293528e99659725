"""Date phrases -> :class:`~timeline.model.DateSpan`, always against an explicit reference day.

Two passes, as HeidelTime does.  The first finds expressions with compiled regular
expressions and records what they say (a month and day, a weekday, "last week") without
choosing a year.  The second resolves each one against the *anchor* (the dateline day, else
the publication day; never ``today()``) and the tense of the clause it sits in.

Conventions (``docs/dates.md`` has the full table):

* A bare weekday in a report of past events is the most recent such day on or before the
  anchor (the anchor's own weekday is the anchor); after "will", "is to", "is scheduled to",
  "is expected to" it is the first on or after.  "last Friday" is strictly before the anchor,
  "next Friday" strictly after, "this Friday" the Friday of the anchor's Monday-Sunday week.
* "from Saturday to Thursday" is one span ending on the most recent Thursday on or before the
  anchor and starting on the Saturday before it (2-7 days; "from Monday to Monday" is one day).
* A month-day without a year takes the year that puts it nearest the anchor on the side the
  tense allows (past: on or before; future: on or after).
* Ranges are one mention and one span, both ends inclusive.  An impossible date ("Feb. 30")
  is a mention whose span is :class:`~timeline.model.Unknown` with the reason.

>>> import datetime as dt
>>> [str(m.span.start) for m in find_dates("He left on Friday.", dt.date(2025, 10, 11))]
['2025-10-10']
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from attrs import evolve, frozen

from timeline._regex import folded
from timeline.model import DateMention, DateSpan, Evidence, Precision, Unknown

__all__ = ["CHAIN_PENDING", "Tense", "chain_days", "find_dates", "last_countable_day", "resolve_phrase"]

MIN_YEAR = 1000
"""Years outside ``MIN_YEAR..MAX_YEAR`` are not read as dates of news events."""
MAX_YEAR = 2999
# the reason a relative date ("on Thursday", "yesterday") stays unknown in a report with no day of its own
NO_ANCHOR = "no anchor date"
# "the next day" before chain_days has counted it from the day named before it
CHAIN_PENDING = "counts from a day named before it, and none is named before it"


class Tense(enum.Enum):
    """Which side of the anchor an expression without a year or direction falls on."""

    PAST = "past"
    FUTURE = "future"


# ---------------------------------------------------------------------------------------------
# Pass 1: patterns
# ---------------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "several": 3,
}  # fmt: skip
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4,
             "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}  # fmt: skip

# Month names are matched case-sensitively: "may" and "march" are also common words.
_MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_MON = rf"(?:{_MON_FULL}|{_MON_ABBR}\.?)(?![A-Za-z])"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR4 = r"\d{4}"
# weekdays cut short, and what may stand before the second of two joined by a dash ("Wed-Fri", "Tues.–Thurs.")
_WD_SHORTS = ("Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
_WD_SHORT = "(?:" + "|".join(sorted(_WD_SHORTS, key=len, reverse=True)) + ")"
_AFTER_WD_SHORT = "|".join(f"(?<={w}{stop}[-–])" for w in _WD_SHORTS for stop in ("", r"\."))
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUMWORD = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)"
_EDGE = (
    r"(?:(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]*)?"
)

# A country's own day, where the words name the country ("India's Republic Day", "Independence Day of
# Ghana", "Kenya's 60th Independence Day"): (country, kind) -> (month, day). Bare "Independence Day" names
# no country and is not read.
_NATIONAL_DAYS: dict[tuple[str, str], tuple[int, int]] = {
    ("unitedstates", "independence"): (7, 4), ("america", "independence"): (7, 4), ("us", "independence"): (7, 4),
    ("india", "independence"): (8, 15), ("pakistan", "independence"): (8, 14),
    ("bangladesh", "independence"): (3, 26), ("srilanka", "independence"): (2, 4),
    ("ghana", "independence"): (3, 6), ("nigeria", "independence"): (10, 1), ("kenya", "independence"): (12, 12),
    ("tanzania", "independence"): (12, 9), ("uganda", "independence"): (10, 9),
    ("zimbabwe", "independence"): (4, 18), ("namibia", "independence"): (3, 21),
    ("mozambique", "independence"): (6, 25), ("algeria", "independence"): (7, 5),
    ("indonesia", "independence"): (8, 17), ("philippines", "independence"): (6, 12),
    ("malaysia", "independence"): (8, 31), ("mexico", "independence"): (9, 16), ("brazil", "independence"): (9, 7),
    ("ukraine", "independence"): (8, 24),
    ("india", "republic"): (1, 26), ("turkey", "republic"): (10, 29), ("türkiye", "republic"): (10, 29),
    ("italy", "republic"): (6, 2),
    ("china", "national"): (10, 1), ("vietnam", "national"): (9, 2), ("singapore", "national"): (8, 9),
    ("malaysia", "national"): (8, 31), ("uae", "national"): (12, 2), ("saudiarabia", "national"): (9, 23),
    ("qatar", "national"): (12, 18), ("kuwait", "national"): (2, 25),
}  # fmt: skip
_DAY_COUNTRIES = (
    r"(?:the\s+)?(?:United\s+States|America|U\.?S\.?|India|Pakistan|Bangladesh|Sri\s+Lanka|Ghana|Nigeria|Kenya"
    r"|Tanzania|Uganda|Zimbabwe|Namibia|Mozambique|Algeria|Indonesia|Philippines|Malaysia|Mexico|Brazil|Ukraine"
    r"|Turkey|Türkiye|Italy|China|Vietnam|Singapore|UAE|Saudi\s+Arabia|Qatar|Kuwait)"
)

# The alternatives of _ATOMS, in order (the first that matches at a position wins), each the
# body of the group named after its kind.
_ATOM_PATTERNS = {
    "iso": r"""(?<![\d/.-])(?P<iso_y>\d{4})(?P<iso_sep>[-/])(?P<iso_m>\d{1,2})(?P=iso_sep)(?P<iso_d>\d{1,2})(?![\d/]|\.\d)""",
    # "10.03.2024": day, month, year with dots, as most of Europe writes them
    "dmyn": r"""(?<![\d.])(?P<dmyn_d>[12]\d|3[01]|0?[1-9])\.(?P<dmyn_m>1[0-2]|0?[1-9])\.(?P<dmyn_y>1[89]\d\d|20\d\d)(?!\w|\.\d)""",
    "dmyh": rf"""(?<![\d-])(?P<dmyh_d>\d{{1,2}})-(?P<dmyh_m>{_MON_ABBR}|{_MON_FULL})-(?P<dmyh_y>\d{{4}})(?!\d)""",
    "mdy": rf"""(?:(?P<mdy_wd>{_WD}),?\s+)?(?P<mdy_m>{_MON})\s*(?P<mdy_d>{_DAY})(?!\d|:\d)\b
        (?:(?:\s?,\s*|\s+)(?P<mdy_y>{_YEAR4})(?!\d|,\d))?""",  # ("8 February , 2002")
    "dmy": rf"""(?:(?P<dmy_wd>{_WD}),?\s+)?(?<![\d.,:])(?P<dmy_d>{_DAY})\s+(?:of\s+)?(?P<dmy_m>{_MON})
        (?:(?:\s?,\s*|\s+)(?P<dmy_y>{_YEAR4})(?!\d|,\d))?""",  # ("8 February , 2002")
    "my": rf"""{_EDGE}(?P<my_m>{_MON_FULL}|{_MON_ABBR}\.)(?:\s+of)?,?\s+(?P<my_y>{_YEAR4})(?!\d|,\d)""",
    "cent": r"""(?P<cent_n>\d{1,2})(?:st|nd|rd|th)[\s-]+[Cc]entury\b""",
    "dec": rf"""{_EDGE}(?P<dec_v>1[0-9]\d0|20\d0)'?s\b""",
    "qtr": rf"""(?:[Tt]he\s+)?(?:(?P<q_rel>this\s+year's|last\s+year's|next\s+year's)\s+)?(?:fiscal\s+)?
        (?P<q_ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter\b
        (?:\s+of\s+(?:(?P<q_y>{_YEAR4})|(?P<q_ry>this|last|next)\s+year))?
      | \b[Qq](?P<q_n>[1-4])(?:\s+|\s*/\s*)?(?P<q_y2>{_YEAR4})?\b""",
    # "in the next ten days", "within the coming two weeks": the days from the anchor on ("the past four
    # days" is left unread: whether it holds the report's own day the words do not say)
    "dur": rf"""(?P<dur_mod>(?i:the\s+(?:next|coming)))\s+(?P<dur_n>(?i:{_NUMWORD}))\s+
        (?P<dur_u>(?i:days|weeks))\b(?!\s+(?i:ago|later|earlier|before|after|of)\b)""",
    "ago": rf"""(?i:(?:nearly|almost|about|some|more\s+than)\s+)?(?P<ago_n>(?i:{_NUMWORD}))\s+
        (?P<ago_u>(?i:days?|weeks?|fortnights?|months?|years?|decades?))\s+(?P<ago_d>(?i:ago|from\s+now))""",
    # "the first week of March", "the last week of February 2019": seven days of the month (the last
    # seven for "last" or "final"), not the ISO week the bare "the last week" is
    # ("the first three days of March", "the last two days of 2010": so many days of the month or year)
    "wkof": rf"""(?:[Tt]he\s+)?(?P<wkof_o>first|second|third|fourth|last|final)\s+
        (?:week|(?P<wkof_n>two|three|four|five|six|seven|eight|nine|ten|[1-9]|1\d)\s+days)\s+of\s+
        (?:(?P<wkof_m>{_MON_FULL}|{_MON_ABBR}\.?)(?![A-Za-z])(?:,?\s+(?P<wkof_y>{_YEAR4})(?!\d))?
        |(?P<wkof_yy>{_YEAR4})(?!\d))""",
    "rel": r"""(?P<rel_adv>(?i:earlier|later|early|late|mid)[\s-]+)?
        (?P<rel_mod>(?i:this\s+past|this|last|next|the\s+past|the\s+last|the\s+coming|the\s+next|past|coming|current))\s+
        (?:fiscal\s+)?(?P<rel_u>(?i:week(?:end)?|month|year|quarter|decade|century))\b""",
    # "on Presidents Day", "Christmas Eve", "Good Friday 2019": a holiday's day (see _HOLIDAYS)
    "hol": rf"""(?P<hol_n>New\s+Year['’]?s['’]?\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Boxing\s+Day
        |(?:(?:St\.?|Saint)\s+)?Valentine['’]?s\s+Day|Halloween|Presidents['’]?\s+Day|President['’]s\s+Day
        |Martin\s+Luther\s+King(?:,?\s+Jr\.?)?(?:['’]s)?\s+Day|MLK\s+Day|Memorial\s+Day|Labor\s+Day|Columbus\s+Day
        |Veterans['’]?\s+Day|Thanksgiving\s+Day|(?<=[Oo]n\s)Thanksgiving
        |Easter\s+(?:Sunday|Monday)
        |Easter(?!\s+(?:Island|[Ee]ggs?|Rising|[Ww]eekend|[Hh]olidays?|[Ww]eek|[Bb]reak|[Vv]igil))
        |Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday|(?:St\.?|Saint)\s+Patrick['’]?s\s+Day|Bastille\s+Day
        |Canada\s+Day|Australia\s+Day|Waitangi\s+Day|Juneteenth|An[Zz][Aa][Cc]\s+Day|Armistice\s+Day|Remembrance\s+Day|May\s+Day
        |(?:the\s+)?Fourth\s+of\s+July|July\s+Fourth
        # ("India's Republic Day", "Kenya's 60th Independence Day", "National Day of Singapore": see _NATIONAL_DAYS)
        |(?P<hol_c>{_DAY_COUNTRIES})(?:['’]s?)?\s+(?:\d{{1,3}}(?:st|nd|rd|th)\s+)?(?P<hol_k>Independence|Republic|National)\s+Day
        |(?P<hol_k2>Independence|Republic|National)\s+Day\s+of\s+(?P<hol_c2>{_DAY_COUNTRIES}))(?![\w'’-])
        (?:,?\s+(?P<hol_y>\d{{4}})(?!\d))?""",
    # ("on Tues.", "on Thurs.": a weekday cut short, after "on" and with its full stop)
    # ("Wed-Fri", "Tues.–Thurs.": weekdays cut short on either side of a dash)
    "wd": rf"""(?P<wd_mod>(?i:this\s+past|last|next|this|past|coming)\s+)?(?P<wd_n>{_WD}
        |(?<=[Oo]n\s)(?:Mon|Tues?|Weds?|Thu|Thurs?|Fri|Sat|Sun)\.(?=[\s,;)]|$)
        |{_WD_SHORT}\.?(?=\s?[-–]\s?{_WD_SHORT}\b)
        |(?:{_AFTER_WD_SHORT}){_WD_SHORT}\b)""",
    "day": r"""(?i:(?:early|late)\s+)?(?P<day_w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow
        |yesterday|today|tonight|tomorrow|this\s+morning|this\s+afternoon|this\s+evening
        |last\s+night|last\s+evening))(?![\w-])""",
    # "the next day", "two days later": counted from the day the report named before (see chain_days)
    "chain": r"""(?P<chain_w>(?i:the\s+(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening)
        |the\s+day\s+(?:after|before)(?=\s*[,.;)]|\s+(?:he|she|they|it|and|when|as|with|to|in|at|on)\b)))(?![\w-])
      | (?P<chain_n>(?i:a|one|two|three|four|five|six|\d))\s+(?i:days?|weeks?)\s+(?P<chain_d>(?i:later|earlier|afterwards?))\b
      # "the same day", "that same day": the day named before ("Earlier in the day" is left to the
      # reading of stops, which orders by it)
      | (?P<chain_same>(?i:(?:the|that)\s+same\s+day))(?![\w-])""",
    # "over the weekend": the weekend nearest the anchor on the side the tense allows
    # ("spent the weekend in Normandy": a stay's)
    "wkend": r"""(?:(?<=[Oo]ver\s)|(?<=[Dd]uring\s)|(?<=[Aa]t\s)|(?<=[Oo]n\s)|(?<=spent\s)|(?<=spend\s)|(?<=spends\s)"""
    r"""|(?<=spending\s))(?P<wkend_w>the\s+weekend)\b""",
    # "on the 10th": a day of the anchor's month (or the month before or after, as the tense allows)
    # ("from the 10th to the 12th", "the 10th and 11th": the second end, kept only after the first)
    "ordd": r"""(?:(?<=[Oo]n\s)|(?<=[Bb]y\s)|(?<=[Uu]ntil\s)|(?<=[Ss]ince\s)|(?<=[Ff]rom\s)|(?<=[Tt]ill\s)
        |(?<=[Bb]etween\s)
        |(?<=\sto\s)|(?<=\sthrough\s)|(?<=\sand\s))
        (?:the\s+)?(?P<ordd_d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w-])
        (?:\s+of\s+(?P<ordd_m>this|last|next)\s+month\b
        # "on the 5th inst.", "on 28th ult.": this month's, last month's (as South Asian copy still writes)
        |\s+(?P<ordd_inst>inst|ult|prox)(?:ant|imo)?\b\.?
        |(?=\s*(?:[,.;:)]|$)|\s+(?:and|to|through|till|until|at|in|when|where|he|she|they|with|for|after|before
        |during|as|the|his|her|their)\b))""",
    # ("March-April 2019": a month before a hyphen and the next month)
    "mon": rf"""{_EDGE}(?P<mon_mod>(?i:last|next|this)\s+)?(?P<mon_n>{_MON_FULL}|Sept\.)(?!\w|-(?!{_MON_FULL}))""",
    "season": rf"""(?P<season_mod>(?i:last|next|this|early|late|this\s+past)\s+)
        (?i:spring|summer|autumn|fall|winter)\b
      | (?i:spring|summer|autumn|winter)\s+(?:of\s+)?{_YEAR4}(?!\d)""",
    "ref": r"""\b(?:[Nn]ow|[Cc]urrently|[Nn]owadays|[Rr]ecently|[Aa]t\s+present|[Aa]t\s+the\s+moment|
        [Tt]he\s+past|[Aa]t\s+the\s+time|[Tt]he\s+future)\b""",
    "year": rf"""(?:(?:fiscal|[Ff]iscal\s+year)\s+)?{_EDGE}(?<![\w$€£¥.,/:])(?<!\d-)
        (?P<year_v>1[0-9]\d\d|20\d\d)(?![\w%/:]|[.,]\d)""",
}
_KINDS = tuple(_ATOM_PATTERNS)
# The characters a match of each alternative can start with: a lower-cased ASCII letter, or "0"
# for any digit.  Each is read off the alternative's first words (say "the", "last", a weekday).
_ATOM_STARTS = {
    "iso": "0", "dmyn": "0", "dmyh": "0", "mdy": "adfjmnostw", "dmy": "0fmstw", "my": "adefjlmnost", "cent": "0",
    "dec": "0elmt", "qtr": "0flnqst", "wkof": "flst", "dur": "t", "ago": "0aefmnost", "rel": "celmnpt", "wd": "cflmnpstw",
    "hol": "abceghijklmnpqrstuvwfz", "day": "elty", "chain": "0afost", "wkend": "t", "ordd": "0t", "mon": "adefjlmnost", "season": "aelnstw", "ref": "acnrt", "year": "0eflmt",
}  # fmt: skip


def _starts_guard(kind: str) -> str:
    """A look-ahead for the characters ``kind`` can start with (see _ATOM_STARTS): a character that is
    neither an ASCII letter nor a digit lets every alternative through."""
    letters = "".join(sorted(set(_ATOM_STARTS[kind]) - {"0"}))
    digits = r"\d" if "0" in _ATOM_STARTS[kind] else ""
    return rf"(?=[{letters}{letters.upper()}{digits}]|[^A-Za-z\d])"


# Each alternative behind its _starts_guard: the engine drops at once those that cannot start where it
# is (the same matches; a pattern compiled per first letter cost 20-40 ms each, on first use)
_ATOMS = re.compile("|".join(f"{_starts_guard(k)}(?P<{k}>{v})" for k, v in _ATOM_PATTERNS.items()), re.VERBOSE)

# Prepositions and verbs that precede a bare month name used as a date ("in May", "last July").
_MONTH_CUE = re.compile(
    r"(?:\b(?:in|on|since|until|till|by|through|from|to|during|before|after|of|between|and|or|"
    r"throughout|late|early|mid|last|next|this|than)[\s-]*)$",
    re.IGNORECASE,
)
# A month named as an event's ("The August visit", "his May trip"): a determiner before it (see
# _DETERMINER_BEFORE) and one of these nouns after it
_MONTH_EVENT_AFTER = re.compile(
    r"\s+(?:(?:state|official|royal|papal)\s+)?(?:visits?|trips?|tours?|journey|summit|talks|meetings?"
    r"|conference|session|ceremony|festival|elections?|polls?|launch)\b"
)
# What follows a bare year that makes it a count, not a year ("2000 people").
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|yuan|dollars|euros|tons|tonnes|km|kilometers|people|units|"
    r"points|troops|workers|residents|students|cases|[a-z]+s\s+(?:of|per)\b)",
    re.IGNORECASE,
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:No|no|number|Number|about|over|nearly|some|than|top)\.?\s+|[$€£¥#]\s*"
    # "a VVIP flight (BG-2030)": a code of capitals and digits ("FY-2020" is a fiscal year)
    r"|\b(?!FY-)[A-Z]{2,3}-)$"
)

# A day number that continues a month-day: "Nov. 16 to 19", "July 2 and 3", "Nov. 16-19, 2025".
_DAY_TAIL = re.compile(
    # "March 12, 13 and 14": a list of day numbers before the last "and"
    rf"(?P<mid>(?:,\s*{_DAY}(?!\d))+(?=,?\s*and\s))?"
    rf"(?P<conn>,?\s*(?:-|–|to|through|thru|until|till|and)\s*)(?P<d>{_DAY})(?![\d:.,]\d)\b"
    rf"(?!\s*(?:%|percent|per\b|p\.m|a\.m|[ap]m\b|hours?\b|days?\b|years?\b|people\b|of\b))"
    rf"(?:,?\s+(?P<y>{_YEAR4})(?!\d|,\d))?"
)
# ("10/11 March": two days with a slash; "10, 11 and 12 March": a list of days before the month)
_DAY_HEAD = re.compile(
    rf"(?<![\d.,/])(?P<list>(?:{_DAY},\s*)+)?(?P<d>{_DAY})\s*(?P<conn>-|–|/|to|through|until|till|and)\s*$"
)
_YEAR_TAIL = re.compile(r"(?P<conn>[-–/])(?P<y>\d{2}|\d{4})(?![\w%])")

# What may join two expressions into one range.
_RANGE_CONN = re.compile(
    # ("from Thursday, March 7, to Saturday, March 9": a comma closing the first day's date before "to")
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?:-|–|—|to|through|thru|until|till|and|to\s+the"
    r"|,\s*(?:to|through|until|till))\s*$",
    re.IGNORECASE,
)
_BEGAN = re.compile(
    r"(?:\b(?:that|which)\s+)?\b(?:began|started|opened|kicked\s+off|commenced|got\s+under\s+way)\s+(?:on\s+)?$"
)
_ENDED = re.compile(
    r"\s*,?\s+and\s+(?:(?:was|were)\s+)?(?:ended|concluded|finished|wrapped\s+up|closed|ran\s+(?:until|through))"
    r"\s+(?:on\s+)?$"
)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)\b")
_FROM = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+$")
_ON = re.compile(r"\b(?:[Oo]n|[Oo]n\s+both)\s+$")

# Tense cues, read backwards from an expression to the start of its sentence: the nearest wins.
_CUES = re.compile(
    r"\b(?P<fut>will|shall|won['’]t|would|(?:is|are|was|were|['’]s|['’]re)\s+(?:(?:also|then|now|on)\s+)?(?:to|"
    r"(?:scheduled|expected|set|due|slated|going|planning|poised|planned)\s+to)|(?:plans?|intends?)\s+to|"
    r"been\s+(?:scheduled|expected|set|due|slated)\s+to|"  # "had been due to arrive on Thursday"
    # "accepted an invitation to visit Japan in May": ahead of the accepting
    r"invitations?\s+(?:[\w'’-]+\s+){0,5}?to|"
    r"(?:scheduled|slated|set|due|planned)\s+(?:for|on)|upcoming|forthcoming"
    r"|look(?:s|ing)?\s+forward\s+to|must(?!\s+have)"  # "looking forward to his visit in February"
    r"|(?:expected|due)\s+(?:in|at|back|home)"  # "is due back on Friday", "is expected home on Sunday"
    # "She continues her campaign trail Sunday": a movement told in the present is a schedule
    r"|continues|heads|travels|flies|proceeds|resumes|holds|attends|addresses|returns|begins|starts|ends|concludes"
    r"|leaves|departs|arrives|moves"  # "She leaves for Seoul on Thursday", "On Tuesday, she moves to Nyamira"
    r"|[Nn]ext\s+(?:[Ss]top|[Ll]eg|[Dd]estination)"  # "Roe visits Riga, next stop Vilnius on Wednesday": the leg ahead
    r"|(?<!was )(?<!were )(?<!been )scheduled)\b|['’]ll\b"  # "has several tours scheduled, including ..."
    # "He is visiting Lyon on Friday", "is leaving for Riga on Sunday": a journey told in the present
    # progressive with its day is an arrangement ahead (unless a past verb after it tells otherwise)
    r"|\b(?P<prog>(?:is|are|['’]s|['’]re)\s+(?:(?:also|now|then)\s+)?(?:visiting|travell?ing|leaving|heading|flying"
    r"|going|arriving|departing|returning|touring|attending|hosting|meeting|making|paying|embarking|setting\s+off))\b"
    r"|\b(?P<past>said|says|told|was|were|had|did|went|made|met|came|left|arrived|began|held|took|gave|"
    r"saw|spoke|won|lost|sent|paid|flew|drove|rode|led|spent|brought|wrote|ran|became|oversaw|undertook"
    r"|swept|kept|found|sat|stood|shook|set\s+(?:off|out)|took\s+off|[a-z]{3,}ed)\b"
)
# "PM to visit India from 21st", "Chinese premier to tour Africa next week": a subject of a few words,
# then "to" and a verb, with no tensed verb before it, as headlines tell what is to come
# ("Minister To Visit Russia On Tuesday": in a headline in title case, "To" and a verb of what leaders do;
# "Minister Returns To Moscow" goes to a place)
_HEADLINE_TO = re.compile(
    # ("Governor Roe talking to flood victims on Friday": a caption's participle, "to" its preposition)
    # ("PM going to visit Lusaka on Friday": "going to" still tells what is to come)
    r"\W*(?:[A-Za-z][\w.'’-]*,?\s+){1,6}?(?:(?:(?<!ing\s)(?<!ING\s)|(?<=going\s))to\s+[a-z]{2,}\b|To\s+(?:Visit|Tour|Meet|Attend|Travel|Hold|Host"
    r"|Make|Pay|Lead|Open|Inaugurate|Sign|Address|Leave|Arrive|Head|Launch|Begin|Start|Embark|Fly|Inspect"
    r"|Chair|Join|Discuss|Receive|Unveil|Call|Grace|Honou?r|Commission|Campaign|Represent|Deliver|Speak|Be)\b)"
)
# Participles that news copy uses as adjectives, hardly ever as a clause's verb ("COVID-19 related
# measures", "a Dhaka based group", "the United Nations"), so they mark no tense
_ADJECTIVE_ED = frozenset(
    "related based united limited detailed advanced skilled talented renowned esteemed distinguished"
    " sophisticated experienced armed concerned interested qualified".split()
)
# "comprised of", "hosted by": a participle set after a noun, no tense of its own
_PARTICIPLE_PHRASE = re.compile(r" (?:of|by)\b")
_PARTICIPLES_BEFORE_OF_OR_BY = frozenset(
    "composed comprised hosted organised organized sponsored chaired headed".split()
)
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his)\s+$")  # ("the trip that started": "that" opens a clause)
_ATTRIBUTION_TAIL = re.compile(r",\s*(?:[\w'’.-]+\s+){1,5}(?:said|says|reported|added)[.!?]?[\"'”’]?\s*$")
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+$")
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:just\s+|now\s+)?(?:arrived|landed|begun|started|come|reached|kicked off)\b[^.;]*$"
)
_PASSIVE = re.compile(r"\b(?:be|been|being|will|to)\s+$")
_ABBREV_END = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z])\.$")
# "... until Sunday.Air Force One landed": sentences a scrape ran together end there too
# A line break ends a sentence unless it breaks one mid-clause (hard-wrapped copy: "on\nTuesday",
# "Alpha,\nIllinois on Wednesday").
_SENTENCE_STOP = re.compile(r"[.!?](?=[\"'”’)]*\s+[A-Z\"“])|(?<=[a-z]{3})[.!?](?=[A-Z][a-z])|(?<![a-z,])\n")
_SENTENCE_START = re.compile(
    r"(?:[.!?][\"'”’)]*\s+(?=[A-Z\"“])|(?<=[a-z]{3})[.!?](?=[A-Z][a-z])|(?<![a-z,])\n)"
)


@frozen
class _Atom:
    """One expression as found, before resolution."""

    start: int
    end: int
    kind: str
    fields: dict[str, Any]


@frozen
class Found:
    """An expression and its reading (private to the package; the benchmark reads its parts).

    Attributes:
        start: where the mention starts, with a governing "on"/"from"/"between".
        end: one past its last character.
        core_start: where the date words themselves start (TimeML's extent).
        span: the resolved span, or Unknown with the reason.
        rule: the rule that read it.
        parts: for a range, each end as (start, end, span); empty otherwise.
    """

    start: int
    end: int
    core_start: int
    span: DateSpan | Unknown
    rule: str
    parts: tuple[tuple[int, int, DateSpan | Unknown], ...] = ()


# ---------------------------------------------------------------------------------------------
# Pass 2: resolution helpers
# ---------------------------------------------------------------------------------------------


def _month_of(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _weekday_of(name: str) -> int:
    return _WEEKDAYS[name[:3].lower()]


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month_span(year: int, month: int) -> DateSpan:
    last = calendar.monthrange(year, month)[1]
    return DateSpan(dt.date(year, month, 1), dt.date(year, month, last), Precision.MONTH)


def _year_span(year: int) -> DateSpan:
    return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR)


def _week_span(day: dt.date) -> DateSpan:
    monday = day - dt.timedelta(days=day.weekday())
    return DateSpan(monday, monday + dt.timedelta(days=6), Precision.WEEK)


def _quarter_span(year: int, quarter: int) -> DateSpan:
    first = 3 * (quarter - 1) + 1
    return DateSpan(dt.date(year, first, 1), _month_span(year, first + 2).end, Precision.QUARTER)


def _check_year(year: int, text: str) -> Unknown | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return Unknown(f"year {year} is out of range", text)
    return None


def _make_date(year: int, month: int, day: int, text: str) -> dt.date | Unknown:
    bad = _check_year(year, text)
    if bad is not None:
        return bad
    if not 1 <= month <= 12:
        return Unknown(f"month {month} is not a month", text)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return Unknown(f"{calendar.month_abbr[month]}. {day}, {year} is not a date", text)
    return dt.date(year, month, day)


def _nearest_month_day(
    month: int, day: int, anchor: dt.date, tense: Tense | None, text: str, slack: int = 0
) -> dt.date | Unknown:
    """The month-day nearest the anchor on the side the tense allows (in the past, up to ``slack``
    days after it: a report dated by one time zone tells a day already past in another)."""
    if (
        not 1 <= month <= 12
        or not 1 <= day <= 31
        or day > (29 if month == 2 else calendar.monthrange(2001, month)[1])
    ):
        return Unknown(
            f"{calendar.month_abbr[month] if 1 <= month <= 12 else month} {day} is not a date", text
        )
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1, anchor.year - 2, anchor.year + 2):
        if MIN_YEAR <= year <= MAX_YEAR and day <= calendar.monthrange(year, month)[1]:
            candidates.append(dt.date(year, month, day))
    if tense is Tense.PAST:
        before = [c for c in candidates if c <= anchor + dt.timedelta(days=slack)]
        if before:
            return max(before)
    elif tense is Tense.FUTURE:
        after = [c for c in candidates if c >= anchor]
        if after:
            return min(after)
    if not candidates:
        return Unknown(f"{calendar.month_abbr[month]}. {day} is not a date near {anchor.year}", text)
    # Unmarked tense: the nearest, the earlier on a tie.
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def _weekday_year(month: int, day: int, weekday: int, anchor: dt.date) -> dt.date | None:
    """ "Tuesday, November 9" with no year: the year, next to the anchor's, whose November 9 is a
    Tuesday (the nearest to the anchor), as a reader checks the weekday against the calendar."""
    fits = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            day_of = dt.date(year, month, day)
        except ValueError:
            continue
        if day_of.weekday() == weekday:
            fits.append(day_of)
    return min(fits, key=lambda c: (abs((c - anchor).days), c > anchor)) if fits else None


def _weekday_day(weekday: int, anchor: dt.date, tense: Tense | None, mod: str) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if mod in ("last", "past", "this past"):
        return anchor - dt.timedelta(days=back or 7)
    if mod in ("next", "coming"):
        return anchor + dt.timedelta(days=ahead or 7)
    if mod == "this":
        return anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=weekday)
    if tense is Tense.FUTURE:
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _bare_month(month: int, anchor: dt.date, tense: Tense | None, mod: str) -> DateSpan | Unknown:
    year = anchor.year
    if mod == "last":
        year = year if month < anchor.month else year - 1
    elif mod == "next":
        year = year if month > anchor.month else year + 1
    elif mod == "this":
        pass
    elif tense is Tense.PAST:
        year = year if month <= anchor.month else year - 1
    elif tense is Tense.FUTURE:
        year = year if month >= anchor.month else year + 1
    else:  # unmarked: the nearest month, the earlier on a tie
        year = year if abs(month - anchor.month) <= 6 else year - 1 if month > anchor.month else year + 1
    if not MIN_YEAR <= year <= MAX_YEAR:
        return Unknown(f"year {year} is out of range")
    return _month_span(year, month)


def _week_of_month(f: dict[str, Any], anchor: dt.date | None, tense: Tense | None, words: str) -> DateSpan | Unknown:
    """ "the first week of March": days 1-7 of the month (8-14 the second, ...; the last seven for "last");
    "the first three days of March", "the last two days of 2010": so many days of the month or year."""
    n = f.get("wkof_n")
    length = 7 if not n else int(n) if n.isdigit() else _NUMBERS[n.lower()]
    if f.get("wkof_yy"):
        year = int(f["wkof_yy"])
        bad = _check_year(year, words)
        if bad is not None:
            return bad
        whole: DateSpan | Unknown = _year_span(year)
        if not n:
            return Unknown("a week of a year names no month", words)
    elif f.get("wkof_y"):
        month = _month_of(f["wkof_m"])
        year = int(f["wkof_y"])
        bad = _check_year(year, words)
        if bad is not None:
            return bad
        whole = _month_span(year, month)
    elif anchor is None:
        return Unknown(NO_ANCHOR, words)
    else:
        whole = _bare_month(_month_of(f["wkof_m"]), anchor, tense, "")
    if isinstance(whole, Unknown):
        return whole
    order = f["wkof_o"].lower()
    if length > whole.days:
        return Unknown("more days than the month holds", words)
    if order in ("last", "final"):
        return DateSpan(whole.end - dt.timedelta(days=length - 1), whole.end, Precision.DAY)
    first = whole.start + dt.timedelta(days=length * (_ORDINALS[order] - 1))
    if first + dt.timedelta(days=length - 1) > whole.end:
        return Unknown("more days than the month holds", words)
    return DateSpan(first, first + dt.timedelta(days=length - 1), Precision.DAY)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _resolve_atom(atom: _Atom, text: str, anchor: dt.date | None, tense: Tense | None) -> DateSpan | Unknown:
    """Pass 2 for one expression."""
    f = atom.fields
    words = text[atom.start : atom.end]
    kind = atom.kind
    try:
        if kind in ("iso", "dmyn", "dmyh", "mdy", "dmy"):
            prefix = kind
            month = int(f[f"{prefix}_m"]) if kind in ("iso", "dmyn") else _month_of(f[f"{prefix}_m"])
            day = _day_number(f[f"{prefix}_d"])
            year_text = f.get(f"{prefix}_y")
            if year_text:
                made = _make_date(int(year_text), month, day, words)
            elif anchor is None:
                return Unknown("no anchor date to give the year", words)
            else:
                # ("arrived on March 14" in a report dated the 13th: the day after, not a year before)
                # ("yesterday (July 21)": a note's date is the nearest, whatever the tense)
                made = _nearest_month_day(month, day, anchor, None if f.get(f"{prefix}_note") else tense, words, slack=1)
                weekday = f.get(f"{prefix}_wd")
                if weekday and isinstance(made, dt.date) and made.weekday() != _weekday_of(weekday):
                    made = _weekday_year(month, day, _weekday_of(weekday), anchor) or made
            return made if isinstance(made, Unknown) else DateSpan.day(made)
        if kind == "my":
            year = int(f["my_y"])
            return _check_year(year, words) or _month_span(year, _month_of(f["my_m"]))
        if kind == "year":
            year = int(f["year_v"])
            return _check_year(year, words) or _year_span(year)
        if kind == "dec":
            year = int(f["dec_v"])
            return _check_year(year, words) or DateSpan(
                dt.date(year, 1, 1), dt.date(year + 9, 12, 31), Precision.DECADE
            )
        if kind == "cent":
            century = int(f["cent_n"])
            first = max(1, (century - 1) * 100)
            if not MIN_YEAR <= first <= MAX_YEAR - 99:
                return Unknown(f"the {century}th century is out of range", words)
            # The model has no century precision; a century is ten decades.
            return DateSpan(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), Precision.DECADE)
        if kind == "qtr":
            quarter = int(f["q_n"]) if f.get("q_n") else _ORDINALS[f["q_ord"].lower()]
            year_text = f.get("q_y") or f.get("q_y2")
            if year_text:
                year = int(year_text)
                return _check_year(year, words) or _quarter_span(year, quarter)
            if anchor is None:
                return Unknown(NO_ANCHOR, words)
            rel = _norm(f.get("q_ry") or f.get("q_rel") or "")
            if rel:
                offset = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
                return _quarter_span(anchor.year + offset, quarter)
            current = (anchor.month - 1) // 3 + 1
            if tense is not Tense.FUTURE:
                return _quarter_span(anchor.year if quarter <= current else anchor.year - 1, quarter)
            return _quarter_span(anchor.year if quarter >= current else anchor.year + 1, quarter)
        if kind == "wkof":
            return _week_of_month(f, anchor, tense, words)
        if kind == "hol":
            country = f.get("hol_c") or f.get("hol_c2")
            if country:
                country = "".join(c for c in country.lower().removeprefix("the").strip() if c.isalpha())
                fixed = _NATIONAL_DAYS.get((country, (f.get("hol_k") or f["hol_k2"]).lower()))
                if fixed is None:
                    return Unknown("no fixed day known for this country's holiday", words)
                return _holiday_span("", f.get("hol_y"), anchor, tense, words, fixed=fixed)
            return _holiday_span(f["hol_n"], f.get("hol_y"), anchor, tense, words)
        if kind == "chain":
            return Unknown(CHAIN_PENDING, words)  # chain_days counts it from the day named before
        if anchor is None:
            if kind in ("season", "ref"):
                return _unanchored(kind, words)
            return Unknown(NO_ANCHOR, words)
        if kind == "wd":
            mod = _norm(f.get("wd_mod") or "")
            return DateSpan.day(_weekday_day(_weekday_of(f["wd_n"]), anchor, tense, mod))
        if kind == "wkend":
            return _weekend(anchor, tense)
        if kind == "ordd":
            mod = _norm(f.get("ordd_m") or {"inst": "this", "ult": "last", "prox": "next"}.get(f.get("ordd_inst", ""), ""))
            return _day_of_month(int(f["ordd_d"]), mod, anchor, tense, words)
        if kind == "day":
            word = _norm(f["day_w"])
            offset = {
                "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
                "the day before yesterday": -2, "the day after tomorrow": 2,
                "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1, "last evening": -1,
            }[word]  # fmt: skip
            return DateSpan.day(anchor + dt.timedelta(days=offset))
        if kind == "mon":
            mod = _norm(f.get("mon_mod") or "")
            return _bare_month(_month_of(f["mon_n"]), anchor, tense, mod)
        if kind == "rel":
            return _relative(_norm(f["rel_mod"]), _norm(f["rel_u"]), anchor, words)
        if kind == "ago":
            return _ago(f, anchor, words)
        if kind == "dur":
            raw = _norm(f["dur_n"])
            if raw in ("a few", "several"):
                return Unknown("an inexact count of days", words)
            count = (int(raw) if raw.isdigit() else _NUMBERS.get(raw, 0)) * (7 if _norm(f["dur_u"]) == "weeks" else 1)
            if count < 1:
                return Unknown(f"'{words}' counts no days", words)
            return DateSpan(anchor, anchor + dt.timedelta(days=count - 1), Precision.DAY)
        return _unanchored(kind, words)
    except (ValueError, OverflowError) as err:  # a date arithmetic edge (year 1 or 9999)
        return Unknown(f"cannot resolve: {err}", words)


# Holidays by the words that name them (lower case, letters only): a fixed (month, day); the nth
# weekday of a month ((month, weekday, n), n = -1 for the last); or days from Easter Sunday (an int)
_HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int] | int] = {
    "newyearsday": (1, 1), "newyearseve": (12, 31), "christmasday": (12, 25), "christmaseve": (12, 24),
    "boxingday": (12, 26), "valentinesday": (2, 14), "halloween": (10, 31), "veteransday": (11, 11),
    "armisticeday": (11, 11), "remembranceday": (11, 11), "patricksday": (3, 17), "bastilleday": (7, 14),
    "canadaday": (7, 1), "australiaday": (1, 26), "waitangiday": (2, 6), "juneteenth": (6, 19), "anzacday": (4, 25), "mayday": (5, 1),
    # the United States' federal Mondays and Thursday
    "presidentsday": (2, 0, 3), "presidentday": (2, 0, 3), "kingday": (1, 0, 3), "mlkday": (1, 0, 3),
    "memorialday": (5, 0, -1), "laborday": (9, 0, 1), "columbusday": (10, 0, 2), "thanksgivingday": (11, 3, 4),
    "thanksgiving": (11, 3, 4),
    "easter": 0, "eastersunday": 0, "eastermonday": 1, "goodfriday": -2, "palmsunday": -7, "ashwednesday": -46,
}  # fmt: skip


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday(key: str | tuple[int, int], year: int) -> dt.date:
    rule = key if isinstance(key, tuple) else _HOLIDAYS[key]
    if isinstance(rule, int):
        return _easter(year) + dt.timedelta(days=rule)
    if len(rule) == 2:
        return dt.date(year, rule[0], rule[1])
    month, weekday, n = rule
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _holiday_span(
    name: str,
    year_text: str | None,
    anchor: dt.date | None,
    tense: Tense | None,
    words: str,
    *,
    fixed: tuple[int, int] | None = None,
) -> DateSpan | Unknown:
    """A holiday's day: in the year given, else the nearest the anchor on the side the tense allows."""
    key: str | tuple[int, int]
    if fixed is not None:
        key = fixed
    else:
        key = "".join(c for c in name.lower() if c.isalpha())
        key = "kingday" if key.startswith("martinlutherking") else key.removeprefix("saint").removeprefix("st")
        key = {"fourthofjuly": (7, 4), "thefourthofjuly": (7, 4), "julyfourth": (7, 4)}.get(key, key)
    if year_text:
        year = int(year_text)
        return _check_year(year, words) or DateSpan.day(_holiday(key, year))
    if anchor is None:
        return Unknown(NO_ANCHOR, words)
    years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if MIN_YEAR <= y <= MAX_YEAR]
    candidates = [_holiday(key, y) for y in years]
    if tense is Tense.PAST:
        before = [c for c in candidates if c <= anchor + dt.timedelta(days=1)]
        if before:
            return DateSpan.day(max(before))
    elif tense is Tense.FUTURE:
        after = [c for c in candidates if c >= anchor]
        if after:
            return DateSpan.day(min(after))
    return DateSpan.day(min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor)))


def _unanchored(kind: str, words: str) -> Unknown:
    if kind == "season":
        return Unknown("a season is not a calendar span", words)
    return Unknown("refers to the present, past or future in general, not to a calendar span", words)


def _relative(mod: str, unit: str, anchor: dt.date, words: str) -> DateSpan | Unknown:
    offset = -1 if mod in ("last", "past", "the past", "the last", "this past") else 0
    if mod in ("next", "the next", "coming", "the coming"):
        offset = 1
    if unit == "week":
        return _week_span(anchor + dt.timedelta(weeks=offset))
    if unit == "weekend":
        saturday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=5, weeks=offset)
        if offset == 0 and anchor.weekday() < 5 and mod == "this past":
            saturday -= dt.timedelta(weeks=1)
        return DateSpan(saturday, saturday + dt.timedelta(days=1), Precision.DAY)
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, offset)
        return _month_span(year, month)
    if unit == "year":
        return _year_span(anchor.year + offset)
    if unit == "quarter":
        year, month = _shift_month(anchor.year, anchor.month, 3 * offset)
        return _quarter_span(year, (month - 1) // 3 + 1)
    if unit == "decade":
        first = anchor.year // 10 * 10 + 10 * offset
        return DateSpan(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), Precision.DECADE)
    return Unknown(f"'{words}' is not a calendar span", words)


def _weekend(anchor: dt.date, tense: Tense | None) -> DateSpan:
    """ "over the weekend": the anchor's own if it falls on one, else the one before (the one after
    in the future)."""
    saturday = anchor - dt.timedelta(days=anchor.weekday() - 5)
    if anchor.weekday() < 5 and tense is not Tense.FUTURE:
        saturday -= dt.timedelta(weeks=1)
    return DateSpan(saturday, saturday + dt.timedelta(days=1), Precision.DAY)


def _day_of_month(day: int, mod: str, anchor: dt.date, tense: Tense | None, words: str) -> DateSpan | Unknown:
    """ "on the 10th": that day of the anchor's month; of the month before if it lies after the anchor
    in a report of past events (of the month after if before the anchor in the future)."""
    offset = {"last": -1, "next": 1, "this": 0}.get(mod)
    if offset is None:
        offset = -1 if day > anchor.day and tense is not Tense.FUTURE else 0
        offset = 1 if day < anchor.day and tense is Tense.FUTURE else offset
    year, month = _shift_month(anchor.year, anchor.month, offset)
    made = _make_date(year, month, day, words)
    return made if isinstance(made, Unknown) else DateSpan.day(made)


def _ago(f: dict[str, Any], anchor: dt.date, words: str) -> DateSpan | Unknown:
    raw = _norm(f["ago_n"])
    count = int(raw) if raw.isdigit() else _NUMBERS.get(raw, 0)
    if raw in ("a few", "several"):
        return Unknown("an inexact count of units ago", words)
    sign = 1 if "now" in _norm(f["ago_d"]) else -1
    unit = _norm(f["ago_u"]).rstrip("s")
    if unit == "day":
        return DateSpan.day(anchor + dt.timedelta(days=sign * count))
    if unit in ("week", "fortnight"):  # ("a fortnight ago": the week two weeks before)
        return _week_span(anchor + dt.timedelta(weeks=sign * count * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, sign * count)
        return _month_span(year, month)
    if unit == "year":
        return _year_span(anchor.year + sign * count)
    first = (anchor.year + sign * 10 * count) // 10 * 10
    return DateSpan(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), Precision.DECADE)


# ---------------------------------------------------------------------------------------------
# Pass 1: finding atoms, then ranges
# ---------------------------------------------------------------------------------------------


# Words that can head an expression.  Scanning is driven by them: the big pattern is only tried
# (anchored) at a trigger word and the few words before it, which keeps a report under a
# millisecond where an unanchored search tries every alternative at every character.
_TRIGGERS = frozenset(
    (
        "jan january feb february mar march apr april may jun june jul july aug august sep sept september"
        " oct october nov november dec december monday tuesday wednesday thursday friday saturday sunday"
        " yesterday today tonight tomorrow week weekend weeks month months year years quarter decade decades"
        " day days fortnight fortnights century now currently nowadays recently present moment past time future"
        " morning afternoon evening night"
        " spring summer autumn fall winter q"
        # holidays ("Christmas Eve", "Easter", "Good Friday", "Presidents Day") and weekdays cut short ("Tues.")
        " eve christmas easter halloween thanksgiving juneteenth mon tue tues wed weds thu thur thurs fri sat sun"
    ).split()
)
# Tokens are runs of digits or of ASCII letters; the big pattern is tried at up to _LOOK_BACK
# tokens before a trigger.
_LOOK_BACK = 4


_INITIALS = "taoswcmfpdnhbyrlegijkquvxz"  # by how often English words start with them


def _any_case(words: Iterable[str], cased: bool = True) -> str:
    """A pattern for ``words`` in any ASCII case, as a trie so that a mismatch fails at once.

    ``re.IGNORECASE`` is not used: it would also match "ſ" and "K" (Kelvin sign) for "s" and "k".
    With ``cased=False``, the words in lower case only (for lower-cased text), each branch
    opening on a plain letter, which the engine checks before it enters the branch.
    """
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[:1], []).append(word[1:])
    # Branches start with different letters, so their order changes nothing but the speed: the
    # letters that start English words most often come first.
    order = sorted(filter(None, heads), key=_INITIALS.index)
    branches = [f"{f'[{c.upper()}{c}]' if cased else c}{_any_case(heads[c], cased)}" for c in order]
    if not branches:
        return ""
    pattern = "(?:" + "|".join(branches) + ")"
    return pattern + "?" if "" in heads else pattern


def _next_trigger(cased: bool) -> re.Pattern[str]:
    """The next trigger token: skip whole runs of letters that are not trigger words (possessively,
    so a run is never split) and the non-token characters after them, then capture a digit run or
    a trigger word. The group is None only at the end of the range.

    Letters that start no trigger word open a run that is skipped unchecked. With ``cased=False``
    the pattern reads lower-cased text (:func:`timeline._regex.folded`), where it is quicker.
    """
    letter = "A-Za-z" if cased else "a-z"
    word = _any_case(_TRIGGERS, cased) + "(?![A-Za-z])"
    not_initial = "".join(
        c + c.upper() if cased else c for c in _INITIALS if c not in {w[0] for w in _TRIGGERS}
    )
    return re.compile(
        rf"[^{letter}\d]*+(?:(?:[{not_initial}]|(?!{word})[{letter}])[{letter}]*+[^{letter}\d]*+)*+"
        rf"(?P<trigger>\d+|{word})?"
    )


_NEXT_TRIGGER = _next_trigger(cased=True)
_NEXT_TRIGGER_FOLDED = _next_trigger(cased=False)
# Up to _LOOK_BACK tokens before a position, read in the reversed text: nearest first.
_TOKENS_BEFORE = re.compile(r"(?:[^A-Za-z\d]*+(\d++|[A-Za-z]++)" * _LOOK_BACK + ")?" * _LOOK_BACK)
# The first word of every alternative of _ATOMS that does not start with a digit.  A match that
# starts at a token other than the trigger begins with one of these words (whole, or glued to the
# next word after "early", "late", "mid"), or runs past the token into a non-ASCII letter that
# IGNORECASE equates with an ASCII one ("laſt").
_STARTERS = _TRIGGERS | frozenset(
    (
        "early late mid the this last next past coming current earlier later fiscal nearly almost"
        " about some more a an one two three four five six seven eight nine ten eleven twelve several"
        " first second third fourth final at"
        " new boxing valentine presidents president martin mlk memorial labor columbus veterans good palm ash st"
        " saint bastille canada australia waitangi anzac armistice remembrance july independence republic national"
        # countries whose own days are read ("India's Republic Day"; see _NATIONAL_DAYS)
        " united america u us india pakistan bangladesh sri ghana nigeria kenya tanzania uganda zimbabwe namibia"
        " mozambique algeria indonesia philippines malaysia mexico brazil ukraine turkey italy china vietnam"
        " singapore uae saudi qatar kuwait"
    ).split()
)
_GLUED = ("early", "late", "mid")


def _may_start(text: str, q: int, token_end: int) -> bool:
    """Whether an _ATOMS match could start at the token ``text[q:token_end]``."""
    word = text[q:token_end].lower()
    if word[0].isdigit():
        return _digits_may_start(text, q, token_end)
    return (
        word in _STARTERS
        or word.startswith(_GLUED)
        or (token_end < len(text) and not text[token_end].isascii())
    )


_DOTTED_DATE = re.compile(r"\.\d{1,2}\.\d{4}")


def _digits_may_start(text: str, q: int, token_end: int) -> bool:
    """Whether an _ATOMS match could start at the digit run ``text[q:token_end]``.

    Such a match reads four digits (a year, a decade, an ISO date), or one to three digits
    followed by a dash ("14-Nov-2024"), a space ("14 Nov", "3 weeks ago"), a dotted month and year
    ("10.03.2024") or an ordinal suffix ("14th", "1st quarter", "21st century").
    """
    length = token_end - q
    if length == 4:
        return True
    if length > 3 or token_end >= len(text):
        return False
    after = text[token_end]
    return (
        after in "-snrt"
        or after.isspace()
        or (after == "." and _DOTTED_DATE.match(text, token_end) is not None)
    )


def _atoms(text: str, start: int, end: int) -> list[_Atom]:
    """The expressions in ``text[start:end]``, in order and not overlapping.

    At each trigger token the big pattern is tried at the few tokens before it, earliest first,
    then at the trigger itself; the first match that runs past the trigger's start and that
    :func:`_accept` takes is the atom.
    """
    out: list[_Atom] = []
    done = start  # no atom may start before the end of the previous one
    reverse = ""
    # Token starts known to give no atom.  A match depends only on where it starts, so one that
    # ended before a trigger, or was refused, gives none for a later trigger either.
    barren: set[int] = set()
    lower = folded(text[start:end])
    if lower is None:
        triggers = ((t.start("trigger"), t.end()) for t in _NEXT_TRIGGER.finditer(text, start, end))
    else:  # the same matches, offset by start
        triggers = ((t.start("trigger"), t.end()) for t in _NEXT_TRIGGER_FOLDED.finditer(lower))
        triggers = ((-1 if a < 0 else a + start, b + start) for a, b in triggers)
    for a, trigger_end in triggers:
        if a < done:  # also the final match, which holds no trigger (-1)
            continue
        if not reverse:
            reverse = text[start:end][::-1]  # position p of text is end - p of reverse
        before = _TOKENS_BEFORE.match(reverse, end - a)
        assert before is not None  # every group is optional
        tried = [a]
        if text[a].isdigit() and not _digits_may_start(text, a, trigger_end):
            tried.clear()
            barren.add(a)
        for rev_start, rev_end in before.regs[1:]:  # the nearest token first
            q = end - rev_end
            if rev_end < 0 or q < done:
                break
            if q in barren:
                continue
            if _may_start(text, q, end - rev_start):
                tried.append(q)
            else:
                barren.add(q)
        for q in reversed(tried):
            match = _ATOMS.match(text, q, end)  # (each alternative behind its _starts_guard)
            atom = None if match is None or match.end() <= a else _accept(text, match)
            if atom is None:
                barren.add(q)
                continue
            out.append(atom)
            done = atom.end
            break
    return out


# "April 28 (Sat)", "July 4 (Monday)", "Monday (Oct. 3)": a day followed by a note in brackets that
# names the same day once more (a weekday, a month-day)
_DAY_NOTE_OPEN = re.compile(r"\s*\(\s*")
_DAY_NOTE_CLOSE = re.compile(r"\s*\)")
_DAY_APPOSITION = re.compile(r",\s*")
_NO_CLOSE = re.compile(r"")
_NOTE_WEEKDAY = re.compile(rf"\s*\(\s*(?P<wd>{_WD}|{_WD_SHORT})\.?\s*\)")
_NOTED_DAYS = frozenset({"mdy", "dmy"})


def _falls_on(atom: _Atom, text: str, anchor: dt.date | None, weekday: str) -> bool:
    """Whether the month-day ``atom`` reads as a day that is the weekday named."""
    span = _resolve_atom(atom, text, anchor, None)
    return isinstance(span, DateSpan) and span.days == 1 and span.start.weekday() == _weekday_of(weekday)


def _with_day_notes(text: str, atoms: list[_Atom], end: int, anchor: dt.date | None) -> list[_Atom]:
    """Each day with its bracketed note as one atom, where the note names the same day in other words.

    "from April 28 (Sat) to May 6 (Sun)" is a range of two month-days; "from Monday (Oct. 3) to
    Wednesday (Oct. 5)" one of the month-days the weekdays name. Only where the date falls on the
    weekday (else the two stay apart, as written).
    """
    if "(" not in text and "," not in text:
        return atoms
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if atom.kind in _NOTED_DAYS:
            note = _NOTE_WEEKDAY.match(text, atom.end, end)
            if note is not None and _falls_on(atom, text, anchor, note.group("wd")):
                out.append(_Atom(atom.start, note.end(), atom.kind, atom.fields))
                # (the weekday inside the brackets is no atom of its own)
                while i + 1 < len(atoms) and atoms[i + 1].start < note.end():
                    i += 1
                i += 1
                continue
        elif atom.kind == "day" and anchor is not None and i + 1 < len(atoms):
            # "concluded yesterday (July 21)", "arrived today (July 17)": the note dates the day word, as
            # the page was written or updated (its day, the nearest the report's, within two weeks)
            # ("started today, Tuesday November 9, a visit": the day named after a comma is the day word's)
            opening = _DAY_NOTE_OPEN.match(text, atom.end, end) or _DAY_APPOSITION.match(text, atom.end, end)
            inner = atoms[i + 1]
            closing = _DAY_NOTE_CLOSE.match(text, inner.end, end)
            if opening is not None and "(" not in opening.group():
                closing = _NO_CLOSE.match(text, inner.end, end)
            if opening is not None and opening.end() == inner.start and inner.kind in _NOTED_DAYS and closing is not None:
                noted = _Atom(atom.start, closing.end(), inner.kind, {**inner.fields, f"{inner.kind}_note": "1"})
                day = _resolve_atom(noted, text, anchor, None)
                if isinstance(day, DateSpan) and abs((day.start - anchor).days) <= 14:
                    out.append(noted)
                    i += 2
                    continue
        elif atom.kind == "wd" and not atom.fields.get("wd_mod") and i + 1 < len(atoms):
            opening = _DAY_NOTE_OPEN.match(text, atom.end, end)
            inner = atoms[i + 1]
            closing = _DAY_NOTE_CLOSE.match(text, inner.end, end)
            if (
                opening is not None
                and opening.end() == inner.start
                and inner.kind in _NOTED_DAYS
                and closing is not None
                and _falls_on(inner, text, anchor, atom.fields["wd_n"])
            ):
                fields = {**inner.fields, f"{inner.kind}_wd": atom.fields["wd_n"]}
                out.append(_Atom(atom.start, closing.end(), inner.kind, fields))
                i += 2
                continue
        out.append(atom)
        i += 1
    return out


def _accept(text: str, match: re.Match[str]) -> _Atom | None:
    kind = match.lastgroup
    if kind is None:
        return None
    a, b = match.span()
    if kind == "mon":
        name = match.group("mon_n")
        before = text[max(0, a - 24) : a]
        if (
            match.group("mon_mod") is None
            and match.group() == name
            and not _MONTH_CUE.search(before)
            and not (_DETERMINER_BEFORE.search(before) and _MONTH_EVENT_AFTER.match(text, b))
        ):
            return None
        if name == "May" and re.match(r"\s+(?:I|we|you|he|she|it|they|be|not|have)\b", text[b : b + 6]):
            return None
    elif kind == "year":
        if _NOT_YEAR_AFTER.match(text, b) or _NOT_YEAR_BEFORE.search(text[max(0, a - 10) : a]):
            return None
    elif kind == "ref" and re.match(
        r"\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten)", text[b : b + 10]
    ):
        # "the past five years" is a duration, not a reference to the past.
        return None
    # Only the groups of the alternative that matched can hold text: they follow its own group.
    names = _GROUP_NAMES[kind]
    first = match.re.groupindex[kind] - 1
    values = match.groups()[first : first + len(names)]
    fields = {k: v for k, v in zip(names, values, strict=True) if v is not None}
    return _Atom(a, b, kind, fields)


# Each alternative's named groups (all groups of _ATOMS are named), its own first, in order.
_ALL_NAMES = sorted(_ATOMS.groupindex, key=_ATOMS.groupindex.__getitem__)
assert len(_ALL_NAMES) == _ATOMS.groups
_GROUP_NAMES = {
    kind: tuple(_ALL_NAMES[_ALL_NAMES.index(kind) : _ALL_NAMES.index(following) if following else None])
    for kind, following in zip(_KINDS, (*_KINDS[1:], ""), strict=True)
}


_DAYISH = frozenset({"iso", "dmyn", "dmyh", "mdy", "dmy", "wd", "ordd"})


def _cue(window: str, last: bool) -> Tense | None:
    """The tense of the nearest cue in ``window`` (its last if ``last``, else its first)."""
    matches = _CUES.finditer(window)
    for match in reversed(list(matches)) if last else matches:
        word = match.group("past")
        if word is None:
            return Tense.FUTURE
        if _PASSIVE.search(window, 0, match.start()):
            continue  # "will be hosted", "will be held": the auxiliary, not the participle, carries the tense
        if word in _PARTICIPLES_BEFORE_OF_OR_BY and _PARTICIPLE_PHRASE.match(window, match.end()):
            continue  # "a summit hosted by the alliance, comprised of Chile, ...": a participle, not the clause's verb
        if word.endswith("ed") and (
            _DETERMINER_BEFORE.search(window, 0, match.start())
            # "will tour flood-affected districts": a participle joined by a hyphen is an adjective
            or window[match.start() - 1 : match.start()] == "-"
            or word in _ADJECTIVE_ED
        ):
            continue  # "would take a chartered flight": an adjective, no tense
        return Tense.PAST
    return None


_RANGE_ON = re.compile(
    r"\s*(?:to|through|thru|till|until|and|[-–—])\s*"
    r"(?=\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)


def _ends_progressive(window: str) -> bool:
    """Whether the last cue in ``window`` is a present progressive ("is visiting")."""
    cues = list(_CUES.finditer(window))
    return bool(cues) and cues[-1].group("prog") is not None


def _tense_at(text: str, pos: int, end: int, lower: int, upper: int) -> Tense | None:
    """The tense of the clause that holds ``text[pos:end]``, or None when nothing marks it.

    The nearest cue before the expression in its sentence wins ("will travel ... Monday through
    Friday, the State Department said Friday"); with none before it, the first cue after it
    ("On March 19, he walked ...").
    """
    window_start = max(lower, pos - 240)
    # (a few characters past the window let "him.On Saturday" end a sentence at the window's edge)
    before = text[window_start : pos + 3]
    return _tense_around(before, max(0, pos - window_start), text[end : min(upper, end + 200)])


# a saying whose reported clause opens on the date: "announced that on August 17 ..."
_SAID_THAT_END = re.compile(
    r"\b(?:said|says|announced|announces|stated|added|confirmed|revealed|indicated|told\s+[\w ]{1,30}?)\s+that"
    r"\s+(?:on|from|between|by|in)?\s*$"
)


# a day followed by the future verb of its clause ("the meeting Friday will ...")
_WILL_AFTER = re.compile(r",?\s+(?:will|shall)\s+(?!have\b)", re.IGNORECASE)
# a "that" opening a reported clause after the last verb before the day, with no verb in between
_THAT_AFTER_LAST_CUE = re.compile(r"\bthat\s(?:(?!\b(?:will|would|shall|is|are|was|were|has|have|had)\b)[^.;])*$")


@functools.lru_cache(maxsize=1024)  # a date written again and again has the same words around it
def _tense_around(before: str, at: int, after: str) -> Tense | None:
    """:func:`_tense_at` read from the words around the expression: ``before[:at]`` comes right
    before it (``before`` runs on a few characters), ``after`` right after it."""
    window = before[:at]
    cut = 0
    starts = _SENTENCE_START.finditer(before)
    for match in reversed([m for m in starts if m.end() <= len(window)]):  # the last sentence start
        # "Nov. 16" and "U.S. Secretary" do not end sentences.  (_ABBREV_END matches at most five
        # characters, ending at the period.)
        dot = match.start()
        if window[dot] == "." and _ABBREV_END.search(window, max(0, dot - 4), dot + 1):
            continue
        cut = match.end()
        break
    tense = _cue(window[cut:], last=True)
    if tense is Tense.PAST and "that" in window[cut:] and _SAID_THAT_END.search(window, cut):
        # "announced that on August 17 he will conclude the tour": the reported clause's own tense
        stop = _SENTENCE_STOP.search(after)
        own = _cue(after[: stop.start()] if stop else after, last=False)
        if own is not None:
            return own
    if tense is Tense.PAST and _WILL_AFTER.match(after) and _THAT_AFTER_LAST_CUE.search(window, cut):
        # "expressed hope that his meeting with the president Friday will ...": the reported clause's own
        # verb, right after its day, tells a day ahead of the saying
        return Tense.FUTURE
    if tense is Tense.FUTURE and _ends_progressive(window[cut:]):
        if _RANGE_ON.match(after):
            return None  # "is visiting Japan from Monday to Thursday": a stay that may hold the report's day
        # "is visiting Lyon, where on Monday he met ...": a past verb after the day outweighs the progressive
        stop = _SENTENCE_STOP.search(after)
        clause = after[: stop.start()] if stop else after
        tail = _ATTRIBUTION_TAIL.search(clause)  # ("..., officials said.": the saying, not the journey)
        if _cue(clause[: tail.start()] if tail else clause, last=False) is Tense.PAST:
            return Tense.PAST
    if tense is None and _HEADLINE_TO.match(window, cut):
        return Tense.FUTURE  # "PM to visit India from 21st": a headline's "to" is "is to"
    if tense is Tense.PAST and _UNTIL_BEFORE.search(window) and _PERFECT.search(window, cut):
        return Tense.FUTURE  # "has arrived for a three-day visit until Sunday": a stay still running
    if tense is not None:
        return tense
    if _UNTIL_BEFORE.search(window):
        return Tense.FUTURE  # "is in China through Friday": a stay told in the present ends ahead
    stop = _SENTENCE_STOP.search(after)
    after = after[: stop.start()] if stop else after
    # "... before the summit on December 14, Saudi state media said.": the attribution that closes
    # the sentence dates the saying, not the summit
    tail = _ATTRIBUTION_TAIL.search(after)
    return _cue(after[: tail.start()] if tail else after, last=False)


def _spans_join(first: DateSpan, second: DateSpan, words: str) -> DateSpan | Unknown:
    if second.end < first.start:
        return Unknown(f"'{words}' ends before it starts", words)
    precision = first.precision if first.precision is second.precision else Precision.DAY
    return DateSpan(first.start, second.end, precision)


def _resolve_range(
    left: _Atom, right: _Atom, text: str, anchor: dt.date | None, tense: Tense | None, words: str
) -> tuple[DateSpan | Unknown, DateSpan | Unknown, DateSpan | Unknown]:
    """The span of "left .. right" and of each end, reading the two ends together."""
    lk, rk = left.kind, right.kind
    if lk == "wd" and rk == "wd":
        if anchor is None:
            unknown = Unknown(NO_ANCHOR, words)
            return unknown, unknown, unknown
        lwd, rwd = _weekday_of(left.fields["wd_n"]), _weekday_of(right.fields["wd_n"])
        lmod = _norm(left.fields.get("wd_mod") or "")
        if tense is Tense.FUTURE or lmod in ("next", "coming"):
            first = _weekday_day(lwd, anchor, Tense.FUTURE, lmod)
            last = first + dt.timedelta(days=(rwd - lwd) % 7)
        else:
            rmod = _norm(right.fields.get("wd_mod") or "")
            gap = dt.timedelta(days=(rwd - lwd) % 7)
            last = _weekday_day(rwd, anchor, Tense.PAST, rmod)
            first = last - gap
            # "is visiting Japan from Monday to Thursday" in a Wednesday report: nothing marks the
            # tense, and that week's Monday to Thursday holds the report's day: that week
            this_week = _weekday_day(lwd, anchor, Tense.PAST, lmod)
            if tense is None and not rmod and this_week + gap >= anchor:
                first, last = this_week, this_week + gap
        return DateSpan(first, last), DateSpan.day(first), DateSpan.day(last)
    if (lk == "wd") != (rk == "wd"):
        # "from Tuesday to Monday (July 17)", "from Monday (July 10) to Thursday": the dated end places
        # the weekday at the other end, within the week that follows or precedes it
        dated, weekday = (right, left) if lk == "wd" else (left, right)
        dated_day = _resolve_atom(dated, text, anchor, tense)
        if isinstance(dated_day, Unknown) or dated_day.days != 1:
            why = Unknown(dated_day.reason if isinstance(dated_day, Unknown) else "not one day", words)
            return why, why, why
        ahead = (_weekday_of(weekday.fields["wd_n"]) - dated_day.start.weekday()) % 7 or 7
        if lk == "wd":
            first_day = DateSpan.day(dated_day.start - dt.timedelta(days=(7 - ahead) % 7 or 7))
            return DateSpan(first_day.start, dated_day.start), first_day, dated_day
        last_day = DateSpan.day(dated_day.start + dt.timedelta(days=ahead))
        return DateSpan(dated_day.start, last_day.start), dated_day, last_day
    if lk == "ordd" and rk in ("dmy", "mdy") and not (left.fields.get("ordd_m") or left.fields.get("ordd_inst")):
        # "from 6th to 8th April 2024", "the 6th and 7th of May": the first day is of the second's month
        rspan = _resolve_atom(right, text, anchor, tense)
        if isinstance(rspan, DateSpan) and rspan.days == 1:
            last = rspan.start
            day = int(left.fields["ordd_d"])
            year, month = (last.year, last.month) if day <= last.day else _shift_month(last.year, last.month, -1)
            made = _make_date(year, month, day, words)
            if isinstance(made, Unknown):
                return made, made, rspan
            return DateSpan(made, last), DateSpan.day(made), rspan
    lspan = _resolve_atom(left, text, anchor, tense)
    rspan = _resolve_atom(right, text, anchor, tense)
    # ("September 7 to September 9, 2006" with no anchor: the end's year is the start's too)
    if isinstance(lspan, Unknown) and isinstance(rspan, DateSpan) and lk in ("mdy", "dmy") and _has_year(right):
        lspan = _before(left, rspan.start, words)
    elif isinstance(rspan, Unknown) and isinstance(lspan, DateSpan) and rk in ("mdy", "dmy") and _has_year(left):
        rspan = _after(right, lspan.start, words)
    if isinstance(lspan, Unknown) or isinstance(rspan, Unknown):
        reason = lspan if isinstance(lspan, Unknown) else rspan
        assert isinstance(reason, Unknown)
        return Unknown(reason.reason, words), lspan, rspan
    # A side without a year takes it from the other side: "Dec. 28, 2024 to Jan. 2".
    l_has_year = _has_year(left)
    r_has_year = _has_year(right)
    if lk in ("mdy", "dmy") and not l_has_year and (r_has_year or rk in _DAYISH):
        lspan = _before(left, rspan.start, words)
    elif rk in ("mdy", "dmy") and not r_has_year and l_has_year:
        rspan = _after(right, lspan.start, words)
    elif rk == "mon" and lk == "mon" and rspan.start < lspan.start:
        lspan = _month_span(rspan.start.year - 1, lspan.start.month)
    elif lk == "mon" and rk == "my":
        # "from March to April 2019", "from November to January 2019": the month takes the year after it
        year = rspan.start.year - (lspan.start.month > rspan.start.month)
        lspan = _check_year(year, words) or _month_span(year, lspan.start.month)
    elif lk == "my" and rk == "mon":
        # "from November 2018 to January": the month after takes the year before it
        year = lspan.start.year + (rspan.start.month < lspan.start.month)
        rspan = _check_year(year, words) or _month_span(year, rspan.start.month)
    if isinstance(lspan, Unknown):
        return Unknown(lspan.reason, words), lspan, rspan
    if isinstance(rspan, Unknown):
        return Unknown(rspan.reason, words), lspan, rspan
    return _spans_join(lspan, rspan, words), lspan, rspan


def _has_year(atom: _Atom) -> bool:
    return any(atom.fields.get(k) for k in ("iso_y", "dmyh_y", "mdy_y", "dmy_y", "my_y"))


def _md(atom: _Atom) -> tuple[int, int]:
    prefix = atom.kind
    return _month_of(atom.fields[f"{prefix}_m"]), _day_number(atom.fields[f"{prefix}_d"])


def _before(atom: _Atom, limit: dt.date, words: str) -> DateSpan | Unknown:
    month, day = _md(atom)
    made = _nearest_month_day(month, day, limit, Tense.PAST, words)
    return made if isinstance(made, Unknown) else DateSpan.day(made)


def _after(atom: _Atom, limit: dt.date, words: str) -> DateSpan | Unknown:
    month, day = _md(atom)
    made = _nearest_month_day(month, day, limit, Tense.FUTURE, words)
    return made if isinstance(made, Unknown) else DateSpan.day(made)


def _noted_weekday(atom: _Atom) -> str | None:
    """The weekday a month-day carries in its note or before it ("Monday (July 17)"), if any."""
    return atom.fields.get(f"{atom.kind}_wd") if atom.kind in _NOTED_DAYS else None


def _compatible(left: _Atom, right: _Atom) -> bool:
    if left.kind in _DAYISH and right.kind in _DAYISH:
        # ("from Tuesday to Monday (July 17)": a weekday and a day that names its own weekday)
        return (left.kind == "wd") == (right.kind == "wd") or _noted_weekday(
            right if left.kind == "wd" else left
        ) is not None
    if left.kind == "day" and right.kind in _DAYISH and right.kind != "wd":
        return True  # "from today until May 2"
    groups = ({"mon", "my"}, {"year"}, {"qtr"}, {"dec"})
    return any(left.kind in g and right.kind in g for g in groups)


def scan(
    text: str,
    anchor: dt.date | None,
    *,
    start: int = 0,
    end: int | None = None,
    default_tense: Tense | None = None,
    day_notes: bool = True,
) -> list[Found]:
    """Find and resolve every date expression in ``text[start:end]`` (offsets into ``text``).

    ``day_notes=False`` keeps a day and its bracketed note ("April 28 (Sat)") apart, as written.
    """
    stop = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    atoms = _atoms(text, start, stop)
    if day_notes:
        atoms = _with_day_notes(text, atoms, stop, anchor)
    out: list[Found] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        # The tense is read only where it can change the reading: this atom, alone or with the
        # next as a range (the most _try_range joins), and only against an anchor.
        tense = default_tense
        if tense is None and anchor is not None and any(_reads_tense(a) for a in atoms[i : i + 2]):
            tense = _tense_at(text, atom.start, atom.end, start, stop)
        try:
            qualified = _qualified(text, atoms, i, anchor, tense)
            if qualified is not None:
                out.append(qualified)
                i += 2
                continue
            found = _try_range(text, atoms, i, anchor, tense, start)
            if found is not None:
                item, used = found
                placed = _range_in_week(text, atoms, i, used, item, anchor, tense)
                if placed is not None:
                    item, used = placed, used + 1
                out.append(item)
                i += used
                continue
            if (
                atom.kind == "ordd"
                and _ORDD_SECOND.search(text, max(start, atom.start - 9), atom.start)
                and not (i > 0 and atoms[i - 1].kind == "ordd" and atom.start - atoms[i - 1].end < 14)
            ):
                i += 1  # "rose to the 3rd": no second end of a run of days without its first
                continue
            singles = _single(text, atom, anchor, tense, start, stop)
            if out and len(singles) == 1:
                singles[0] = _after_the_deed(text, atom, singles[0], out[-1])
            out.extend(singles)
            # an atom inside what was read ("on March 30 and 31, 2019": its year) is not one more
            covered = max(f.end for f in singles)
            while i + 1 < len(atoms) and atoms[i + 1].start < covered:
                i += 1
        except OverflowError:  # a day stepped past year 1 or 9999: said, but not on the calendar
            words = text[atom.start : atom.end]
            out.append(
                Found(
                    atom.start,
                    atom.end,
                    atom.start,
                    Unknown("beyond the calendar's years", words),
                    atom.kind,
                    (),
                )
            )
        i += 1
    return out


# "arrived in Accra on Monday ahead of a summit on Friday": what a deed comes ahead of lies after it
_AHEAD_OF_LINK = re.compile(
    r"^[^.;]{0,40}?\b(?:ahead of|before|prior to|in (?:the )?run-up to|in time for|to attend)\b"
    # (not a clause of its own: "to attend the summit, which opened on Sunday")
    r"(?:(?!\b(?:which|that|who|where|when)\b)[^.;,]){0,50}$",
    re.IGNORECASE,
)


def _after_the_deed(text: str, atom: _Atom, found: Found, earlier: Found) -> Found:
    """A weekday told as what a dated deed comes ahead of is the first such weekday after the deed's day.

    "arrived in Accra on Monday ahead of a summit on Friday", in a Wednesday report: the summit's Friday
    follows the Monday, whatever the past tense of the arrival would make of a Friday alone.
    """
    span, before = found.span, earlier.span
    if (
        atom.kind != "wd"
        or atom.fields.get("wd_mod")
        or not isinstance(span, DateSpan)
        or not isinstance(before, DateSpan)
        or before.precision is not Precision.DAY
        or before.days != 1
        or _AHEAD_OF_LINK.match(text[earlier.end : atom.start]) is None
    ):
        return found
    # (marked even where the tense already placed it: the journey lasts to it, see extract.spans)
    gap = (_weekday_of(atom.fields["wd_n"]) - before.start.weekday()) % 7 or 7
    return evolve(found, span=DateSpan.day(before.start + dt.timedelta(days=gap)), rule=f"{found.rule}-ahead")


_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+$")
_QUALIFIER_GAP = re.compile(r",?\s+(?:of\s+)?")  # ("on Tuesday of last week")


def _range_in_week(
    text: str,
    atoms: Sequence[_Atom],
    i: int,
    used: int,
    item: Found,
    anchor: dt.date | None,
    tense: Tense | None,
) -> Found | None:
    """A run of weekdays placed by the week after it: "from Wednesday to Friday next week", "Monday through
    Wednesday last week" (one mention, the days of that week)."""
    if used != 2 or i + 2 >= len(atoms) or anchor is None or not isinstance(item.span, DateSpan):
        return None
    left, right, after = atoms[i], atoms[i + 1], atoms[i + 2]
    if left.kind != "wd" or right.kind != "wd" or left.fields.get("wd_mod") or right.fields.get("wd_mod"):
        return None
    if after.kind != "rel" or after.fields.get("rel_adv") or not _QUALIFIER_GAP.fullmatch(text, right.end, after.start):
        return None
    if _norm(after.fields["rel_mod"]) not in ("last", "next", "this") or _norm(after.fields["rel_u"]) != "week":
        return None
    week = _resolve_atom(after, text, anchor, tense)
    first, last = _weekday_of(left.fields["wd_n"]), _weekday_of(right.fields["wd_n"])
    if not isinstance(week, DateSpan) or last < first:
        return None
    span = DateSpan(week.start + dt.timedelta(days=first), week.start + dt.timedelta(days=last), Precision.DAY)
    parts = tuple(
        (a, b, DateSpan.day(day)) for (a, b, _), day in zip(item.parts, (span.start, span.end), strict=False)
    )
    return Found(item.start, after.end, item.core_start, span, f"{item.rule}-week", parts)
_ORDD_SECOND = re.compile(r"\s(?:to|through|and)\s+$")


def _qualified(
    text: str, atoms: Sequence[_Atom], i: int, anchor: dt.date | None, tense: Tense | None
) -> Found | None:
    """A weekday placed by the week after it, a month-day by the year after it: "on Tuesday last
    week" is the Tuesday of last week, "on March 12 last year" is in last year (one mention)."""
    if i + 1 >= len(atoms) or anchor is None:
        return None
    atom, after = atoms[i], atoms[i + 1]
    if after.kind != "rel" or after.fields.get("rel_adv"):
        return None
    if not _QUALIFIER_GAP.fullmatch(text, atom.end, after.start):
        return None
    mod, unit = _norm(after.fields["rel_mod"]), _norm(after.fields["rel_u"])
    if mod not in ("last", "next", "this") or unit not in ("week", "year"):
        return None
    whole = _resolve_atom(after, text, anchor, tense)
    if not isinstance(whole, DateSpan):
        return None
    if unit == "week" and atom.kind == "wd" and not atom.fields.get("wd_mod"):
        offset = (_weekday_of(atom.fields["wd_n"]) - whole.start.weekday()) % 7
        day: dt.date | Unknown = whole.start + dt.timedelta(days=offset)
    elif unit == "year" and atom.kind in ("mdy", "dmy") and not atom.fields.get(f"{atom.kind}_y"):
        month, number = _md(atom)
        day = _make_date(whole.start.year, month, number, text[atom.start : after.end])
    else:
        return None
    span: DateSpan | Unknown = DateSpan.day(day) if isinstance(day, dt.date) else day
    on_start = _prefix(text, atom.start, 0, _ON)
    return Found(on_start, after.end, atom.start, span, f"{atom.kind}-{unit}", ())


def _reads_tense(atom: _Atom) -> bool:
    """Whether resolving ``atom`` may read the tense: a weekday, a bare month, "the weekend", and a
    month-day, day of the month or quarter without a year or a "this/last/next year" (the other kinds
    never pass it on)."""
    f = atom.fields
    if atom.kind in ("mdy", "dmy"):
        return not f.get(f"{atom.kind}_y")
    if atom.kind == "qtr":
        return not (f.get("q_y") or f.get("q_y2") or f.get("q_ry") or f.get("q_rel"))
    if atom.kind == "ordd":
        return not (f.get("ordd_m") or f.get("ordd_inst"))
    if atom.kind == "hol":
        return not f.get("hol_y")
    return atom.kind in ("wd", "mon", "wkend")


def _prefix(text: str, pos: int, lower: int, pattern: re.Pattern[str]) -> int:
    match = pattern.search(text[max(lower, pos - 40) : pos])
    return pos - (len(text[max(lower, pos - 40) : pos]) - match.start()) if match else pos


def _try_range(
    text: str, atoms: Sequence[_Atom], i: int, anchor: dt.date | None, tense: Tense | None, lower: int
) -> tuple[Found, int] | None:
    if i + 1 >= len(atoms):
        return None
    left, right = atoms[i], atoms[i + 1]
    gap = text[left.end : right.start]
    if len(gap) > 40 or not _compatible(left, right):
        return None
    began = _BEGAN.search(text[max(lower, left.start - 40) : left.start])
    if began and _ENDED.fullmatch(gap):
        mstart = left.start - (min(40, left.start - lower) - began.start())
        return _range_found(text, left, right, anchor, tense, mstart, "range-began-ended"), 2
    conn = _RANGE_CONN.fullmatch(gap)
    if not conn:
        return None
    word = gap.strip().lstrip(",").strip().lower()
    from_start = _prefix(text, left.start, lower, _FROM)
    has_from = from_start < left.start
    on_start = _prefix(text, left.start, lower, _ON)
    if word == "and" and not has_from:
        # "on Tuesday and Wednesday" is one span when the days follow each other; otherwise two.
        found = _range_found(text, left, right, anchor, tense, on_start, "range-and")
        if isinstance(found.span, DateSpan) and found.span.days == 2 and left.kind in _DAYISH:
            return found, 2
        # "in March and April 2019": months that follow each other, the year after the second
        if (
            isinstance(found.span, DateSpan)
            and left.kind == "mon"
            and right.kind == "my"
            and found.span.precision is Precision.MONTH
            and (found.span.end.year * 12 + found.span.end.month) - (found.span.start.year * 12 + found.span.start.month) == 1
        ):
            return found, 2
        if left.kind == "mon" and right.kind == "my" and not left.fields.get("mon_mod"):
            # "in March and June 2019": two months, the first of the year the second gives
            rspan = _resolve_atom(right, text, anchor, tense)
            month = _month_of(left.fields["mon_n"])
            if isinstance(rspan, DateSpan) and month < rspan.start.month:
                span = _month_span(rspan.start.year, month)
                return Found(left.start, left.end, left.start, span, "mon-year-after", ()), 1
        return None
    if word == "and" and text[from_start : left.start].lower().startswith("from"):
        return None
    if (
        left.kind in ("year", "dec", "qtr", "mon", "my")
        and not has_from
        and word not in ("-", "–", "to", "through")
    ):
        return None
    mstart = from_start if has_from else left.start
    rule = "range-from-to" if has_from else "range"
    found = _range_found(text, left, right, anchor, tense, mstart, rule)
    return found, 2


def _range_found(
    text: str, left: _Atom, right: _Atom, anchor: dt.date | None, tense: Tense | None, mstart: int, rule: str
) -> Found:
    end = right.end
    if right.kind == "wd":
        part = _PART_OF_DAY.match(text, end)
        end = part.end() if part else end
    words = text[mstart:end]
    span, lspan, rspan = _resolve_range(left, right, text, anchor, tense, words)
    parts = ((left.start, left.end, lspan), (right.start, right.end, rspan))
    return Found(mstart, end, left.start, span, rule, parts)


def _single(
    text: str, atom: _Atom, anchor: dt.date | None, tense: Tense | None, lower: int, stop: int
) -> list[Found]:
    span = _resolve_atom(atom, text, anchor, tense)
    on_start = (
        _prefix(text, atom.start, lower, _ON) if atom.kind in _DAYISH or atom.kind in ("day", "hol") else atom.start
    )
    # A day number continuing a month-day: "from Nov. 16 to 19", "on July 2 and 3".
    if atom.kind in ("mdy", "dmy") and not atom.fields.get(f"{atom.kind}_y"):
        tail = _DAY_TAIL.match(text, atom.end, stop)
        if tail and tail.group("mid") and not _consecutive_list(atom, tail):
            tail = None  # "on March 2, 9 and 16": separate days, read one by one
        if tail and tail.end() <= stop:
            return _day_tail(text, atom, tail, anchor, tense, lower, span, on_start)
    if atom.kind == "dmy":
        head = _DAY_HEAD.search(text[max(lower, atom.start - 30) : atom.start])
        if head and isinstance(span, DateSpan):
            first_day = _day_number(head.group("d"))
            conn = head.group("conn").lower()
            listed = [_day_number(d) for d in _LIST_DAY.findall(head.group("list") or "")]
            if listed and all(b == a + 1 for a, b in itertools.pairwise([*listed, first_day, span.start.day])):
                first_day, conn = listed[0], "-"  # a run of days listed one by one
            elif listed:
                head = None
        if (
            head
            and isinstance(span, DateSpan)
            and first_day < span.start.day
            and (
                conn not in ("and", "/")
                or first_day + 1 == span.start.day
                # "between 5 and 7 March": the two ends of one span
                or (
                    conn == "and"
                    and _BETWEEN_BEFORE.search(text, max(lower, atom.start - 40), atom.start - len(head.group()))
                    is not None
                )
            )
        ):
            if tense is Tense.PAST and anchor is not None and not atom.fields.get("dmy_y"):
                # in the past tense the range's start gives its year, as "March 12-14" does
                # ("toured the region 12-14 March" in a report of the 13th: a tour under way)
                began = _nearest_month_day(span.start.month, first_day, anchor, tense, text[atom.start : atom.end])
                if isinstance(began, dt.date) and began.year != span.start.year:
                    ended = _make_date(began.year, span.start.month, span.start.day, text[atom.start : atom.end])
                    span = DateSpan.day(ended) if isinstance(ended, dt.date) else span
            head_start = atom.start - (min(30, atom.start - lower) - head.start())
            from_start = _prefix(text, head_start, lower, _FROM)
            mstart = from_start if from_start < head_start else _prefix(text, head_start, lower, _ON)
            first = span.start.replace(day=first_day)
            first_len = len(head.group("list").split(",")[0]) if head.group("list") else len(head.group("d"))
            parts = (
                (head_start, head_start + first_len, DateSpan.day(first)),
                (atom.start, atom.end, span),
            )
            return [Found(mstart, atom.end, head_start, DateSpan(first, span.end), "range-days", parts)]
    if atom.kind == "year":
        tail = _YEAR_TAIL.match(text, atom.end, stop)
        if tail and isinstance(span, DateSpan):
            second = tail.group("y")
            year = int(second) if len(second) == 4 else span.start.year // 100 * 100 + int(second)
            if span.start.year < year <= span.start.year + 50:
                words = text[atom.start : tail.end()]
                from_start = _prefix(text, atom.start, lower, _FROM)
                rspan = _year_span(year)
                whole = DateSpan(span.start, rspan.end, Precision.YEAR)
                parts = ((atom.start, atom.end, span), (tail.start("y"), tail.end(), rspan))
                del words
                return [Found(from_start, tail.end(), atom.start, whole, "range-years", parts)]
    return [Found(on_start, atom.end, atom.start, span, atom.kind, ())]


def _consecutive_list(atom: _Atom, tail: re.Match[str]) -> bool:
    listed = (_day_number(d) for d in _LIST_DAY.findall(tail.group("mid")))
    days = [_md(atom)[1], *listed, _day_number(tail.group("d"))]
    return all(b == a + 1 for a, b in itertools.pairwise(days))


_LIST_DAY = re.compile(r"\d{1,2}")


def _day_tail(
    text: str,
    atom: _Atom,
    tail: re.Match[str],
    anchor: dt.date | None,
    tense: Tense | None,
    lower: int,
    span: DateSpan | Unknown,
    on_start: int,
) -> list[Found]:
    conn = tail.group("conn").strip().lower()
    month, first_day = _md(atom)
    last_day = _day_number(tail.group("d"))
    from_start = _prefix(text, atom.start, lower, _FROM)
    mstart = from_start if from_start < atom.start else on_start
    words = text[mstart : tail.end()]
    between = text[from_start : atom.start].lower().startswith("between")
    if tail.group("mid"):
        conn = "-"  # a run of consecutive days (checked by the caller)
    if conn == "and" and last_day != first_day + 1 and not between:
        # "on July 2 and 5": two days, two mentions.
        second_atom = _Atom(
            tail.start("d"),
            tail.end("d"),
            atom.kind,
            {f"{atom.kind}_m": atom.fields[f"{atom.kind}_m"], f"{atom.kind}_d": tail.group("d")},
        )
        second = _resolve_atom(second_atom, text, anchor, tense)
        return [
            Found(on_start, atom.end, atom.start, span, atom.kind, ()),
            Found(tail.start("d"), tail.end("d"), tail.start("d"), second, f"{atom.kind}-continued", ()),
        ]
    year_text = tail.group("y")
    if year_text:
        year = int(year_text)
        first: dt.date | Unknown = _make_date(year, month, first_day, words)
        last: dt.date | Unknown = _make_date(year, month, last_day, words)
    elif anchor is None:
        unknown = Unknown("no anchor date to give the year", words)
        return [Found(mstart, tail.end(), atom.start, unknown, "range-days", ())]
    else:
        # The range's year is the one that puts its end nearest the anchor on the tense's side;
        # in the past tense, its start: "visited China from August 18-20" in a report of the 18th
        # is a visit under way.
        if tense is Tense.PAST:
            first = _nearest_month_day(month, first_day, anchor, tense, words)
            last = first if isinstance(first, Unknown) else _make_date(first.year, month, last_day, words)
        else:
            last = _nearest_month_day(month, last_day, anchor, tense, words)
            first = last if isinstance(last, Unknown) else _make_date(last.year, month, first_day, words)
    if isinstance(first, Unknown) or isinstance(last, Unknown):
        reason = first if isinstance(first, Unknown) else last
        assert isinstance(reason, Unknown)
        whole: DateSpan | Unknown = Unknown(reason.reason, words)
        parts: tuple[tuple[int, int, DateSpan | Unknown], ...] = ()
    elif last < first:
        whole = Unknown(f"'{words}' ends before it starts", words)
        parts = ()
    else:
        whole = DateSpan(first, last)
        parts = (
            (atom.start, atom.end, DateSpan.day(first)),
            (tail.start("d"), tail.end(), DateSpan.day(last)),
        )
    return [Found(mstart, tail.end(), atom.start, whole, "range-days", parts)]


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def find_dates(
    text: str,
    anchor: dt.date | None,
    *,
    start: int = 0,
    end: int | None = None,
    source: str = "",
    year_hint: dt.date | None = None,
    week_told: DateMention | None = None,
) -> tuple[DateMention, ...]:
    """Every date and date range in ``text[start:end]``, resolved against ``anchor``.

    Args:
        text: the whole text; offsets in the result point into it.
        anchor: the reference day (dateline, else publication day); ``None`` leaves relative
            expressions unknown with the reason "no anchor date".
        start: where to start scanning.
        end: where to stop scanning (default: the end of ``text``).
        source: the path or URL recorded in each mention's evidence.
        year_hint: with no anchor, a day the report writes with its year, elsewhere than in
            ``text[start:end]``: a month and day without a year take the year nearest it.
        week_told: a week the text told before ``start`` ("next week", in an earlier paragraph):
            "next Thursday" after it is that week's Thursday (see ``_in_the_week_told``).

    Returns:
        One :class:`DateMention` per expression or range, in text order.  Its evidence names
        the rule that read it; a mention that could not be resolved has an ``Unknown`` span.
    """
    mentions: list[DateMention] = []
    founds = list(scan(text, anchor, start=start, end=end))
    for found in _with_years_told(text, anchor, founds, start, end, year_hint):
        evidence = Evidence.of(text, found.start, found.end, found.rule, source=source)
        span = found.span
        if anchor is None and isinstance(span, Unknown) and span.reason.startswith("no anchor"):
            span = Unknown(NO_ANCHOR, evidence.text)
        mention = DateMention(evidence.text, span, evidence)
        pinned = _pinned_by_note(text, mentions[-1], mention, source) if mentions else None
        if pinned is None and mentions and mentions[-1].evidence.rule == "hol":
            pinned = _holiday_dated(text, mentions[-1], mention, source)
        if pinned is None and mentions:
            pinned = _weekday_beside_date(text, mentions[-1], mention, source)
        if pinned is None and mentions:
            pinned = _month_of_a_year_told(text, mentions[-1], mention, source)
        if pinned is not None:
            mentions[-1] = pinned
        else:
            mentions.append(mention)
    mentions = _weekday_dated_after(text, mentions, source) if "(" in text else mentions
    return chain_days(_in_the_week_told(text, _weekday_numbered(text, mentions, anchor, source), week_told, anchor))


def _with_years_told(
    text: str, anchor: dt.date | None, founds: list[Found], start: int, end: int | None, hint: dt.date | None
) -> list[Found]:
    """With no anchor, a month and day without a year ("on September 7") takes the year of the days the
    report writes with theirs ("Thursday, September 7 to Saturday, September 9, 2006"): the one of the
    nearest year-stamped day, within half a year of it. Weekdays and other relative words stay unknown."""
    if anchor is not None:
        return founds
    founds = _in_the_year_told(text, founds, start, end)
    if not any(isinstance(f.span, Unknown) and f.rule in ("mdy", "dmy") for f in founds):
        return founds
    told = [f.span.end for f in founds if isinstance(f.span, DateSpan) and f.span.precision is Precision.DAY]
    hint = max(told) if told else hint
    if hint is None:
        return founds
    # (the atoms as the first reading took them: a note the hint's year would join stays apart)
    again = {
        (f.start, f.end): f for f in scan(text, hint, start=start, end=end, day_notes=False) if f.rule in ("mdy", "dmy")
    }
    out = []
    for found in founds:
        other = again.get((found.start, found.end))
        if isinstance(found.span, Unknown) and found.rule in ("mdy", "dmy") and other is not None:
            span = other.span
            if isinstance(span, DateSpan) and span.days == 1:
                day = span.start
                for year in (day.year - 1, day.year + 1):
                    moved = _valid_day(year, day.month, day.day) and dt.date(year, day.month, day.day)
                    if moved and abs((moved - hint).days) < abs((day - hint).days):
                        day = moved
                if abs((day - hint).days) <= 183:
                    found = evolve(found, span=DateSpan.day(day))
        out.append(found)
    return out


def _in_the_year_told(text: str, founds: list[Found], start: int, end: int | None) -> list[Found]:
    """With no anchor and no day written with its year, a month and day (or a range of them) without a
    year takes the year written before it in its sentence: "In 2003, she visited Tahiti from July 25
    to 28" is July 25-28, 2003."""
    years = [f for f in founds if isinstance(f.span, DateSpan) and f.span.precision is Precision.YEAR]
    if not years:
        return founds
    out = []
    for found in founds:
        if isinstance(found.span, Unknown) and found.span.reason.startswith("no anchor date to give the year"):
            year = next(
                (
                    y.span.start.year
                    for y in reversed(years)
                    if isinstance(y.span, DateSpan)
                    and y.end <= found.start
                    and _SENTENCE_END.search(text, y.end, found.start) is None
                ),
                None,
            )
            if year is not None:
                again = next(
                    (
                        f
                        for f in scan(text, dt.date(year, 7, 1), start=found.start, end=found.end, day_notes=False)
                        if (f.start, f.end) == (found.start, found.end)
                    ),
                    None,
                )
                if again is not None and isinstance(again.span, DateSpan) and again.span.start.year == year:
                    found = evolve(found, span=again.span)
        out.append(found)
    return out


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


# "on Friday (14)", "on Friday, the 14th", "Friday 14th": a weekday with its day of the month after it
_DAY_NUMBER_AFTER = re.compile(r"\s*\((?P<n>[0-3]?\d)(?:st|nd|rd|th)?\)|,?\s+(?:the\s+)?(?P<o>[0-3]?\d)(?:st|nd|rd|th)\b")


def _weekday_numbered(
    text: str, mentions: list[DateMention], anchor: dt.date | None, source: str
) -> list[DateMention]:
    """A weekday followed by its day of the month ("on Friday (14)", "Friday, the 14th") is the day of that
    number, in the anchor's month or the one either side, that falls on the weekday: the nearest the anchor."""
    if anchor is None:
        return mentions
    out: list[DateMention] = []
    for mention in mentions:
        named = _ENDS_ON_WEEKDAY.search(mention.text)
        after = _DAY_NUMBER_AFTER.match(text, mention.evidence.end) if named is not None else None
        if named is not None and after is not None and isinstance(mention.span, DateSpan) and mention.span.days == 1:
            number = int(after["n"] or after["o"])
            wanted = _WEEKDAYS[named.group("day")[:3].lower()]
            fits = []
            for offset in (-1, 0, 1):
                year, month = _shift_month(anchor.year, anchor.month, offset)
                if _valid_day(year, month, number) and dt.date(year, month, number).weekday() == wanted:
                    fits.append(dt.date(year, month, number))
            if fits:
                day = min(fits, key=lambda d: abs((d - anchor).days))
                evidence = Evidence.of(text, mention.evidence.start, after.end(), mention.evidence.rule, source=source)
                mention = DateMention(evidence.text, DateSpan.day(day), evidence)
        out.append(mention)
    return out


# "on Tuesday (11.04.17)": a weekday with its date written after it in brackets, day first or month first
_SHORT_DATE_AFTER = re.compile(r"\s*\((?P<a>[0-3]?\d)[./](?P<b>[0-3]?\d)[./](?P<y>\d{2}|\d{4})\)")


def _weekday_dated_after(text: str, mentions: list[DateMention], source: str) -> list[DateMention]:
    """A weekday followed by its date in brackets ("Tuesday (11.04.17)") is that date, read day first or
    month first, whichever falls on the weekday (only one may)."""
    out: list[DateMention] = []
    for mention in mentions:
        named = _ENDS_ON_WEEKDAY.search(mention.text)
        after = _SHORT_DATE_AFTER.match(text, mention.evidence.end) if named is not None else None
        if named is not None and after is not None:
            year = int(after["y"]) + (2000 if len(after["y"]) == 2 else 0)
            a, b = int(after["a"]), int(after["b"])
            wanted = _WEEKDAYS[named.group("day")[:3].lower()]
            fits = {
                dt.date(year, month, day)
                for day, month in ((a, b), (b, a))
                if _valid_day(year, month, day) and dt.date(year, month, day).weekday() == wanted
            }
            if len(fits) == 1:
                evidence = Evidence.of(text, mention.evidence.start, after.end(), "wd-dated", source=source)
                mention = DateMention(evidence.text, DateSpan.day(fits.pop()), evidence)
        out.append(mention)
    return out


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


_BARE_WEEKDAY = re.compile(r"(?i)(?:on\s+)?(?P<day>mon|tues|wednes|thurs|fri|satur|sun)day$")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")


_WEEKDAY_RANGE = re.compile(
    r"(?i)(?:from\s+|between\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:to|through|until|till|and|-|–)\s*"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
)


def _in_the_week_told(
    text: str, mentions: list[DateMention], week: DateMention | None = None, anchor: dt.date | None = None
) -> list[DateMention]:
    """A bare weekday told after a week in its sentence is that week's day: "will visit five districts
    next week: Kisii on Monday, ... and Siaya on Friday" (Friday of next week, not the report's).
    ``week``: one told before the mentions (in an earlier paragraph)."""
    out: list[DateMention] = []
    if week is not None and week.evidence.rule == "ago":
        week = None  # ("took office a week ago": a count of days back, not a week the text tells of)
    for mention in mentions:
        span = mention.span
        if isinstance(span, DateSpan) and span.precision is Precision.WEEK:
            if mention.evidence.rule != "ago":
                week = mention
        elif (
            week is not None
            and isinstance(week.span, DateSpan)
            and isinstance(span, DateSpan)
            and span.days == 1
            and not (week.span.start <= span.start <= week.span.end)
            and week.evidence.end <= mention.evidence.start
            and (named := _BARE_WEEKDAY.fullmatch(mention.text)) is not None
            and mention.evidence.start - week.evidence.end <= 200
            and not _SENTENCE_BREAK.search(text, week.evidence.end, mention.evidence.start + 1)
        ):
            wanted = _WEEKDAYS[named.group("day")[:3].lower()]
            day = week.span.start + dt.timedelta(days=(wanted - week.span.start.weekday()) % 7)
            if day <= week.span.end:
                mention = DateMention(mention.text, DateSpan.day(day), mention.evidence)
        elif (
            week is not None
            and anchor is not None
            and isinstance(week.span, DateSpan)
            and isinstance(span, DateSpan)
            and _NEXT_WEEK.search(week.text) is not None
            # (read as the days ahead of the report in its own week: the journey next week is told)
            and anchor < span.start
            and span.end < week.span.start
            and week.span.start <= span.start + dt.timedelta(days=7)
            and span.end + dt.timedelta(days=7) <= week.span.end
            and week.evidence.end <= mention.evidence.start
            and mention.evidence.start - week.evidence.end <= 300
            and (_BARE_WEEKDAY.fullmatch(mention.text) or _WEEKDAY_RANGE.fullmatch(mention.text)) is not None
        ):
            # "will visit China next week. She arrives in Beijing on Thursday", "next week, from Thursday
            # to Saturday": the days of the week told, not the ones left of the report's own week
            moved = DateSpan(span.start + dt.timedelta(days=7), span.end + dt.timedelta(days=7))
            mention = DateMention(mention.text, moved, mention.evidence)
        elif (
            week is not None
            and anchor is not None
            and isinstance(week.span, DateSpan)
            and isinstance(span, DateSpan)
            and span.days == 1
            and _NEXT_WEEK.search(week.text) is not None
            and span.start < week.span.start
            and anchor < week.span.start
            and week.evidence.end <= mention.evidence.start
            and mention.evidence.start - week.evidence.end <= 600
            and (named := _BARE_WEEKDAY.fullmatch(mention.text)) is not None
            and _PAST_CLAUSE.search(text, *_clause_around(text, mention.evidence.start)) is None
        ):
            # "will tour the state next week ... The first stops are Tuesday in Ashby": a weekday in a
            # clause told in no past tense, after a week ahead, is that week's, not one gone by
            wanted = _WEEKDAYS[named.group("day")[:3].lower()]
            day = week.span.start + dt.timedelta(days=(wanted - week.span.start.weekday()) % 7)
            if day <= week.span.end:
                mention = DateMention(mention.text, DateSpan.day(day), mention.evidence)
        elif (
            week is not None
            and isinstance(week.span, DateSpan)
            and isinstance(span, DateSpan)
            and span.days == 1
            and span.start < _LAST_WEEK_START
            and span.start + dt.timedelta(days=7) <= week.span.end
            and week.span.start <= span.start + dt.timedelta(days=7)
            and _NEXT_WEEK.search(week.text) is not None
            and (named := _NEXT_WEEKDAY.fullmatch(mention.text)) is not None
            and mention.evidence.start - week.evidence.end <= 600
        ):
            # "will begin his tour of the North next week ... the tour will begin next Thursday": the
            # Thursday of the week told, not the one before it
            mention = DateMention(mention.text, DateSpan.day(span.start + dt.timedelta(days=7)), mention.evidence)
        out.append(mention)
    return out


_NEXT_WEEK = re.compile(r"\bnext week\b", re.IGNORECASE)
# a clause told in the past: "announced the tour Friday", "was in Ashby on Tuesday"
_PAST_CLAUSE = re.compile(
    r"\b(?:\w+ed|was|were|had|did|met|went|took|made|said|told|spoke|left|came|saw|gave|held|began|flew|ago"
    r"|last|earlier)\b",
    re.IGNORECASE,
)


def _clause_around(text: str, at: int) -> tuple[int, int]:
    """Where the sentence or clause holding ``text[at]`` begins and ends (at a ".", ";" or line break)."""
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(".", at), text.find(";", at), text.find("\n", at)) if i >= 0]
    return start, min(ends, default=len(text))
_LAST_WEEK_START = dt.date.max - dt.timedelta(days=7)  # (a week on from a later day is past the calendar)
_NEXT_WEEKDAY = re.compile(r"(?:on\s+)?next\s+(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)", re.IGNORECASE)


_CHAIN_COUNT = re.compile(r"(?i)\b(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\b")
_CHAIN_BACK = re.compile(r"(?i)\b(?:previous|preceding|before|earlier)\b")
_CHAIN_SAME = re.compile(r"(?i)\bsame\s+day\b")


def chain_days(mentions: Sequence[DateMention], before: DateSpan | None = None) -> tuple[DateMention, ...]:
    """Count "the next day", "the day before", "two days later" from the day named before them.

    The mentions are one stretch of text in order (a paragraph, or a report's body): each such
    phrase counts from the last day (or days: "the next day" after "March 3-5" is March 6) named
    before it that is known (``before``: the last day of the text before these mentions); with none,
    it stays unknown with :data:`CHAIN_PENDING` as the reason.
    """
    out: list[DateMention] = []
    last = before
    for mention in mentions:
        span = mention.span
        if isinstance(span, Unknown) and span.reason == CHAIN_PENDING and last is not None:
            count = _CHAIN_COUNT.search(mention.text)
            n = 1 if count is None else _NUMBERS.get(count["n"].lower()) or int(count["n"])
            if count is not None and count["unit"][0] in "wW":
                n *= 7  # "a week later"
            if _CHAIN_SAME.search(mention.text):
                n, base = 0, last.end
            elif _CHAIN_BACK.search(mention.text):
                n, base = -n, last.start
            else:
                base = last.end
            try:
                span = DateSpan.day(base + dt.timedelta(days=n))
            except OverflowError:
                pass
            else:
                mention = DateMention(mention.text, span, mention.evidence)
        if isinstance(span, DateSpan) and _countable(span):
            last = span
        out.append(mention)
    return tuple(out)


def last_countable_day(mentions: Sequence[DateMention], before: DateSpan | None = None) -> DateSpan | None:
    """The last day (or run of days) in ``mentions`` that "the next day" after them counts from."""
    for mention in reversed(mentions):
        if isinstance(mention.span, DateSpan) and _countable(mention.span):
            return mention.span
    return before


def _countable(span: DateSpan) -> bool:
    return span.precision is Precision.DAY and span.days <= 31


_ENDS_ON_WEEKDAY = re.compile(r"(?i:(?P<day>mon|tues|wednes|thurs|fri|satur|sun)day)$")
_NOTE_OPEN = re.compile(r"\s*\($")


def _pinned_by_note(text: str, weekday: DateMention, note: DateMention, source: str) -> DateMention | None:
    """A weekday with its date in brackets after it is that date: "from Tuesday to Monday (July 17)".

    The note's day pins the weekday (a range keeps its length and ends there); the mention then runs
    through the closing bracket.  Only where the note's day falls on the weekday named.
    """
    named = _ENDS_ON_WEEKDAY.search(weekday.text)
    day = note.span
    close = note.evidence.end
    length = weekday.span.days if isinstance(weekday.span, DateSpan) else 1
    # ("on Friday and Saturday (March 15-16)": a run of days in the note, as long as the weekdays')
    if (
        named is None
        or not isinstance(day, DateSpan)
        or day.precision is not Precision.DAY
        or day.days not in (1, length)
        or day.end.weekday() != _WEEKDAYS[named.group("day")[:3].lower()]
        or not _NOTE_OPEN.match(text, weekday.evidence.end, note.evidence.start)
        or not text.startswith(")", close)
    ):
        return None
    span = DateSpan(day.end - dt.timedelta(days=length - 1), day.end)
    evidence = Evidence.of(
        text, weekday.evidence.start, close + 1, f"{weekday.evidence.rule}+date-note", source=source
    )
    return DateMention(evidence.text, span, evidence)


_WEEKDAY_BESIDE = re.compile(r",\s*|\s*\(\s*")
# ("next Tuesday, March 25": the date written wins over the weekday's arithmetic, where it falls on that day)
_WEEKDAY_WORD = re.compile(
    r"(?:[Oo]n\s+)?(?:(?:[Nn]ext|[Tt]his(?:\s+past)?|[Cc]oming|[Ll]ast|[Pp]ast)\s+)?(?P<day>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
)


def _weekday_beside_date(text: str, first: DateMention, second: DateMention, source: str) -> DateMention | None:
    """A weekday set beside a date, after it or cut short before it, is that date's day: "on March 12,
    Tuesday", "12 March (Tuesday)", "on Tues., March 12". Only where the date falls on the weekday named."""
    if first.evidence.rule == "wd":
        weekday, date = first, second
    elif second.evidence.rule == "wd":
        date, weekday = first, second
    else:
        return None
    gap = _WEEKDAY_BESIDE.fullmatch(text, first.evidence.end, second.evidence.start)
    named = _WEEKDAY_WORD.fullmatch(weekday.text)
    if (
        gap is None
        or named is None
        or date.evidence.rule not in ("mdy", "dmy", "iso")
        or not isinstance(date.span, DateSpan)
        or date.span.days != 1
        or date.span.start.weekday() != _WEEKDAYS[named.group("day").lower()]
    ):
        return None
    end = second.evidence.end
    if "(" in gap.group():
        if not text.startswith(")", end):
            return None
        end += 1
    evidence = Evidence.of(text, first.evidence.start, end, f"{date.evidence.rule}+wd", source=source)
    return DateMention(evidence.text, date.span, evidence)


_HOLIDAY_DATE_OPEN = re.compile(r",?\s*\(?\s*")
_YEAR_TOLD = re.compile(r"(?:this|last|next|the previous|the following) year", re.IGNORECASE)


def _month_of_a_year_told(text: str, first: DateMention, second: DateMention, source: str) -> DateMention | None:
    """A month with the year told after it is that month of that year: "in June last year", "in
    August this year" (one span, not the month beside the whole year)."""
    month, year = first.span, second.span
    if (
        not isinstance(month, DateSpan)
        or not isinstance(year, DateSpan)
        or month.precision is not Precision.MONTH
        or year.precision is not Precision.YEAR
        or text[first.evidence.end : second.evidence.start] != " "
        or not _YEAR_TOLD.fullmatch(second.text)
    ):
        return None
    start = month.start.replace(year=year.start.year)
    end = month.end.replace(year=year.start.year, day=calendar.monthrange(year.start.year, month.end.month)[1])
    evidence = Evidence.of(text, first.evidence.start, second.evidence.end, f"{first.evidence.rule}+year", source=source)
    return DateMention(evidence.text, DateSpan(start, end, Precision.MONTH), evidence)


def _holiday_dated(text: str, holiday: DateMention, date: DateMention, source: str) -> DateMention | None:
    """A holiday with its day after it is that day: "New Year's Eve, Dec. 31", "Easter (April 20)"."""
    gap = _HOLIDAY_DATE_OPEN.fullmatch(text, holiday.evidence.end, date.evidence.start)
    if gap is None or not isinstance(date.span, DateSpan) or date.span.days != 1:
        return None
    end = date.evidence.end + (1 if "(" in gap.group() and text.startswith(")", date.evidence.end) else 0)
    evidence = Evidence.of(text, holiday.evidence.start, end, f"hol+{date.evidence.rule}", source=source)
    return DateMention(evidence.text, date.span, evidence)


@functools.lru_cache(maxsize=32)
def _dateparser(anchor: dt.date, tense: Tense) -> Any:
    """One dateparser parser per (anchor, tense): its settings are built once, not per call."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(anchor, dt.time(12)),
            "PREFER_DATES_FROM": "past" if tense is Tense.PAST else "future",
            "RETURN_TIME_AS_PERIOD": False,
            "REQUIRE_PARTS": [],
            "STRICT_PARSING": False,
        },
    )


_DP_PERIOD = {"day": Precision.DAY, "week": Precision.WEEK, "month": Precision.MONTH, "year": Precision.YEAR}


def resolve_phrase(phrase: str, anchor: dt.date, *, tense: Tense = Tense.PAST) -> DateSpan | Unknown:
    """Resolve one date phrase against ``anchor``.

    The phrase is read with the same rules as :func:`find_dates` (the tense given here, not
    read from context).  If those rules find nothing, ``dateparser`` normalises the phrase as a
    fallback.

    Args:
        phrase: a date or date range ("from Thursday to Saturday", "Oct. 9, 2025").
        anchor: the reference day.
        tense: which side of the anchor an expression without a direction falls on.

    Returns:
        The span, or :class:`Unknown` with the reason.
    """
    found = scan(phrase, anchor, default_tense=tense)
    if found:
        best = max(found, key=lambda f: f.end - f.start)
        if best.end - best.core_start >= len(phrase.strip()) // 2:
            return best.span
    if not phrase.strip():
        return Unknown("empty phrase", phrase)
    try:
        data = _dateparser(anchor, tense).get_date_data(phrase)
    except Exception as err:
        return Unknown(f"not a date phrase ({type(err).__name__})", phrase)
    when = getattr(data, "date_obj", None)
    if when is None:
        return Unknown("not a date phrase", phrase)
    precision = _DP_PERIOD.get(getattr(data, "period", "day") or "day", Precision.DAY)
    day = when.date()
    if precision is Precision.MONTH:
        return _month_span(day.year, day.month)
    if precision is Precision.YEAR:
        return _year_span(day.year)
    if precision is Precision.WEEK:
        return _week_span(day)
    return DateSpan.day(day)
