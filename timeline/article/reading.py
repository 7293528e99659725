"""Text -> :class:`~timeline.article.Article`: the lines classified into header, headline, dateline, body, captions and boilerplate."""

from __future__ import annotations

import datetime as dt
import re

from timeline.article.date_lines import (
    _BYLINE_OPEN,
    _PUBLISH_LABEL,
    _SOURCE_TRAILER,
    _TRAILER_START,
    _UPDATE_LABEL,
    _date_ending,
    _date_line,
    _DateLine,
    _opening_stamp,
    _residue_words,
)
from timeline.article.datelines import (
    _AGENCY_FIRST,
    _DATE_FIRST,
    _DAY_OPENING,
    _DOTTED_DAY,
    _GUILLEMETS,
    _LEAD_DAY,
    _REGION_WEEKDAY,
    _agency,
    _agency_place,
    _byline_place,
    _caps_place_alone,
    _date_words,
    _dateline_alone,
    _dateline_year,
    _first_body,
    _numeric_day,
    _valid,
)
from timeline.article.document import Article, Paragraph, ParagraphKind
from timeline.article.furniture import _has_caption_date, _has_credit, _is_boilerplate
from timeline.article.header import (
    _looks_like_headline,
    _not_the_title,
    _sidebar,
    _unsigned_byline,
    _without_site,
)
from timeline.article.lines import _has_words, _is_sentence, _join_wrapped, _Line, _lines
from timeline.article.patterns import (
    _AGENCIES,
    _AGENCY,
    _DATE_TOKEN_ALONE,
    _FOOTER_START,
    _LABEL,
    _MONTH_NUM,
    _SENTENCE_END,
    _WEEKDAY_NAMES,
    _YEAR_DIGITS,
)
from timeline.model import Dateline, DateSpan, Evidence, Unknown
from timeline.temporal import scan

# countries named by their initials after a place: "Abu Dhabi, UAE –", "Houston, USA –"
_COUNTRY_CODES = frozenset("UAE USA US UK DRC PNG KSA PRC ROK DPRK".split())

_CREDIT_ALONE = re.compile(r"(?i:photos?|picture|image|credit)\s*[/:]\s*[^\s/:][^\n]{0,60}")

_SOURCE_LINE = re.compile(r"(?i)source\s*:\s*(.{2,60})$")

_BY_LINE = re.compile(r"(?i)by\s+(.{2,60})$")

_DAY_DIGITS = re.compile(r"\d{1,2}")

_AGENCY_CLOSE = re.compile(r"\((?:" + "|".join(re.escape(a) for a in _AGENCIES) + r")(?:/[^()]{0,40})?\)\s*$")

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

_MONTH_WORD = re.compile(r"[A-Za-z]{3}")


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
    if filed_from is None and dateline_match is None:
        # "Astana, Kazakhstan, April 15, 2000" in the header of a release, the issuing office's lines between
        # it and the lead: a place and its day with its year on a line of their own are the dateline
        for index in range(body_index):
            alone = _dateline_alone(lines[index])
            groups = alone.groupdict() if alone is not None else {}  # ("Suzhou (Xinhua)" has no year groups)
            if alone is not None and (groups.get("year") or groups.get("year2")) and kinds[index] is ParagraphKind.HEADER:
                filed_from = (lines[index], alone)
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
