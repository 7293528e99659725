"""Header lines that give the publication date and time, in the many layouts sites print."""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

from timeline.article.datelines import _valid
from timeline.article.lines import _Line, _words
from timeline.article.patterns import _AGENCY, _LABEL, _MONTH_NUM, _YEAR_DIGITS
from timeline.model import DateSpan, Evidence, Unknown
from timeline.temporal import scan

_TIME = re.compile(
    r"(?<![\d.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?"
    r"(?:\s*(?:GMT|UTC|BJT|CST|EST|EDT|PST|PDT|CET|CEST|BST|Beijing\s+time)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?)?"
)

_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T(?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?")

_SEPARATORS = re.compile(r"[|·•/,;()\[\]–—-]+")

_ISO_TIME_TAIL = re.compile(r"T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")

_SOURCE_IN_LINE = re.compile(r"(?i)\bsource\s*:\s*([^|\n]{2,60}?)\s*(?:\||$)")

_WEEKDAY_OR_SITE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\S+\.(?:com|cn|org|net)\S*"
    # a weekday cut short beside the day: "Fri, 29 May 2015 || Nigeria"
    r"|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?(?=\s*[,|]|\s+\d)"
)


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
