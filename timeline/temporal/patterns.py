"""The expressions the date reader finds, as compiled patterns, and the words they share."""

from __future__ import annotations

import enum
import re

# the reason a relative date ("on Thursday", "yesterday") stays unknown in a report with no day of its own
NO_ANCHOR = "no anchor date"

# "the next day" before chain_days has counted it from the day named before it
CHAIN_PENDING = "counts from a day named before it, and none is named before it"


class Tense(enum.Enum):
    """Which side of the anchor an expression without a year or direction falls on."""

    PAST = "past"
    FUTURE = "future"


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

_WD_SHORT = "(?:" + "|".join(sorted(_WD_SHORTS, key=lambda w: (-len(w), w))) + ")"

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
