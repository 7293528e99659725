"""Photo credits, captions and site boilerplate."""

from __future__ import annotations

import re

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
