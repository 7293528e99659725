"""The header above the body: site names, sidebars, bylines, which line is the headline."""

from __future__ import annotations

import re

from timeline.article.furniture import _is_boilerplate
from timeline.article.lines import _has_words, _Line, _words
from timeline.article.patterns import (
    _AGENCY,
    _BYLINE_NOT_PLACE,
    _COUNTRY_TITLES,
    _DATE_TOKEN_ALONE,
    _FOOTER_START,
    _NOT_A_PLACE,
    _NOT_A_STOP_PLACE,
    _SENTENCE_END,
    _TITLE_PLACE,
    _UPPER,
)

_NOT_HEADLINE = re.compile(r"(?i)(?:by|source|editor|updated|published|photo)\b")

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
