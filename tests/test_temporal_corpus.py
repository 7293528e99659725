"""The date corpus, in the style of ``ctparse/time/corpus.py``.

Each row: the canonical reading, the explicit anchor day, and several phrasings.  Every
phrasing is a sentence or phrase holding exactly one date expression; the test reads it with
:func:`find_dates` (tense read from the sentence) and compares the one mention it finds.

Canonical forms: ``2025-10-09`` one day; ``2025-10-09..2025-10-11`` a span of days;
``2013-W11`` an ISO week; ``2012-07`` a month; ``2013-Q1`` a quarter; ``2012`` a year;
``1990s`` a decade; ``1900..1999`` a longer run of years; ``?`` unresolved (an Unknown).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import DateSpan, Precision, Unknown
from timeline.temporal import Tense, find_dates, resolve_phrase


def canonical(span: DateSpan | Unknown) -> str:
    if isinstance(span, Unknown):
        return "?"
    if span.precision is Precision.WEEK:
        year, week, _ = span.start.isocalendar()
        return f"{year}-W{week:02d}"
    if span.precision is Precision.MONTH:
        if (span.start.year, span.start.month) != (span.end.year, span.end.month):
            return f"{span.start:%Y-%m}..{span.end:%Y-%m}"
        return f"{span.start:%Y-%m}"
    if span.precision is Precision.QUARTER:
        return f"{span.start.year}-Q{(span.start.month - 1) // 3 + 1}"
    if span.precision is Precision.YEAR and span.start.year == span.end.year:
        return str(span.start.year)
    if span.precision is Precision.DECADE and span.end.year - span.start.year == 9:
        return f"{span.start.year}s"
    if span.precision in (Precision.YEAR, Precision.DECADE):
        return f"{span.start.year}..{span.end.year}"
    if span.start == span.end:
        return span.start.isoformat()
    return f"{span.start.isoformat()}..{span.end.isoformat()}"


# (canonical, anchor, phrasings)
ROWS: list[tuple[str, str, tuple[str, ...]]] = [
    # --- the seeds' forms ---------------------------------------------------------------------
    (
        "2025-10-09..2025-10-11",
        "2025-10-11",
        ("made a research trip from Thursday to Saturday.", "The trip lasted from Thursday to Saturday."),
    ),
    (
        "2025-10-09",
        "2025-10-11",
        (
            "inspects a petrochemical base, Oct. 9, 2025.",
            "Oct. 9, 2025",
            "October 9, 2025",
            "9 October 2025",
            "2025-10-09",
            "Thursday, Oct. 9, 2025",
            "09-Oct-2025",
        ),
    ),
    (
        "2025-11-16..2025-11-19",
        "2025-11-19",
        (
            "during a trip from Nov. 16 to 19.",
            "from November 16 to 19",
            "Nov. 16-19",
            "between Nov. 16 and 19",
            "Nov. 16 through 19",
        ),
    ),
    (
        "2024-07-02..2024-07-03",
        "2024-07-03",
        (
            "from Tuesday to Wednesday",
            "a trip that began on Tuesday and concluded on Wednesday.",
            "a visit which started on Tuesday and ended on Wednesday",
            "on Tuesday and Wednesday",
        ),
    ),
    (
        "2024-09-02..2024-09-03",
        "2024-09-03",
        ("his research trip from Monday to Tuesday.", "between Monday and Tuesday"),
    ),
    ("2024-07-02", "2024-07-03", ("visits an AI company in Suzhou, July 2, 2024.", "July 2, 2024")),
    # --- ranges -------------------------------------------------------------------------------
    (
        "2024-11-30..2024-12-02",
        "2024-12-02",
        ("from Nov. 30 to Dec. 2", "Nov. 30 to Dec. 2", "between Nov. 30 and Dec. 2", "Nov. 30 - Dec. 2"),
    ),
    (
        "2024-12-28..2025-01-02",
        "2025-01-03",
        (
            "from Dec. 28, 2024 to Jan. 2, 2025",
            "from Dec. 28 to Jan. 2",
            "between Dec. 28 and Jan. 2",
            "Dec. 28 through Jan. 2",
        ),
    ),
    ("2024-12-28..2025-01-02", "2025-01-10", ("from Dec. 28, 2024 to Jan. 2", "Dec. 28 to Jan. 2, 2025")),
    (
        "2025-10-06..2025-10-08",
        "2025-10-12",
        ("between Monday and Wednesday", "from Monday to Wednesday", "Monday through Wednesday"),
    ),
    (
        "2024-07-03..2024-07-04",
        "2024-07-04",
        ("from Wednesday afternoon to Thursday morning", "from Wednesday evening to Thursday"),
    ),
    (
        "2025-09-15..2025-09-19",
        "2025-09-12",
        (
            "Rubio will travel to Japan Monday through Friday.",
            "The envoy is scheduled to visit from Monday to Friday.",
            "She is expected to tour the region from Monday to Friday.",
        ),
    ),
    ("2025-09-15..2025-09-16", "2025-09-12", ("Rubio will be in Tokyo on Monday and Tuesday.",)),
    ("2025-09-18..2025-09-19", "2025-09-12", ("where he is to meet leaders on Thursday and Friday.",)),
    ("2024-05-21..2024-05-22", "2024-05-23", ("during a research trip in Fuzhou on Tuesday and Wednesday.",)),
    (
        "2025-07-02..2025-07-03",
        "2025-07-03",
        ("a research trip to Yunnan on July 2 and 3.", "on July 2 and 3", "on 2 and 3 July"),
    ),
    (
        "2024-02-28..2024-02-29",
        "2024-02-29",
        ("an inspection in Hebei on Feb. 28 and 29.", "from Feb. 28 to 29"),
    ),
    (
        "2025-04-07..2025-04-12",
        "2025-03-31",
        (
            "will pay official visits from April 7 to 12.",
            "The visits are scheduled to run from April 7 to 12.",
        ),
    ),
    ("2025-10-04..2025-10-09", "2025-10-11", ("toured the region from Saturday to Thursday.",)),
    ("2025-10-04..2025-10-09", "2025-10-09", ("toured the region from Saturday to Thursday.",)),
    ("2024-12-28..2024-12-31", "2025-01-01", ("inspected Xinjiang from Saturday to Tuesday.",)),
    ("2024-12-30..2025-01-01", "2025-01-01", ("inspected Xinjiang from Monday to Wednesday.",)),
    ("2025-10-09..2025-10-11", "2025-10-12", ("from Thursday to Saturday",)),
    # told without tense on a Friday, Thursday to Saturday is the week that holds the day (session 10: it
    # was the week before, which no report means: "is visiting Japan from Thursday to Saturday")
    ("2025-10-09..2025-10-11", "2025-10-10", ("is in Japan from Thursday to Saturday",)),
    ("2025-10-02..2025-10-04", "2025-10-10", ("toured Japan from Thursday to Saturday.",)),
    ("2025-10-16..2025-10-18", "2025-10-12", ("He will travel from Thursday to Saturday.",)),
    ("2025-10-10", "2025-10-10", ("from Friday to Friday",)),
    (
        "2020..2024",
        "2025-10-14",
        ("From 2020 to 2024, added value rose.", "between 2020 and 2024", "2020-2024"),
    ),
    ("2009..2010", "2013-03-22", ("the swine flu pandemic of 2009-2010",)),
    ("1957..1958", "2013-03-22", ("the expedition of 1957-58",)),
    ("2024-03..2024-05", "2025-01-01", ("from March 2024 to May 2024",)),
    # --- single days --------------------------------------------------------------------------
    (
        "2024-12-29",
        "2025-01-03",
        ("In Kashgar on Dec. 29, Liu visited a hospital.", "on Dec. 29", "on December 29th"),
    ),
    ("2025-01-01", "2025-01-03", ("On Jan. 1, he inspected a gas-fired heating plant.", "Jan. 1")),
    ("2024-01-02", "2024-12-30", ("He toured the port on Jan. 2.",)),
    ("2025-01-02", "2024-12-30", ("He will tour the port on Jan. 2.",)),
    ("2024-02-29", "2025-03-01", ("He visited the site on Feb. 29.",)),
    ("2024-02-29", "2024-03-01", ("on Feb. 29", "Feb. 29, 2024", "29 February 2024", "2024-02-29")),
    ("2013-04-07", "2013-03-22", ("the closures will begin on April 7",)),
    ("2013-02-28", "2013-03-21", ("On Feb. 28, Deutsche Bank released a report.",)),
    (
        "2025-11-19",
        "2025-11-20",
        (
            "19 November 2025",
            "November 19, 2025",
            "Nov 19, 2025",
            "2025/11/19",
            "Wednesday, November 19, 2025",
        ),
    ),
    ("2025-12-31", "2026-01-02", ("on Dec. 31", "New Year's Eve, Dec. 31")),
    ("2025-01-01", "2024-12-31", ("The rules will take effect on Jan. 1.",)),
    # --- impossible dates -----------------------------------------------------------------------
    (
        "?",
        "2025-03-01",
        ("on Feb. 30", "Feb. 29, 2023", "April 31, 2025", "Nov. 31 to Dec. 2", "2025-02-30", "31 June 2025"),
    ),
    ("?", "2025-01-01", ("Dec. 31, 9999", "Jan. 1, 3001")),
    # --- relative days --------------------------------------------------------------------------
    ("2024-12-31", "2025-01-01", ("yesterday", "He arrived yesterday.")),
    ("2025-01-01", "2025-01-01", ("today", "He said today that")),
    ("2025-01-02", "2025-01-01", ("tomorrow", "He will arrive tomorrow.")),
    ("2024-02-29", "2024-03-01", ("yesterday",)),
    ("2024-12-30", "2025-01-02", ("three days ago", "3 days ago")),
    ("2025-01-01", "2024-12-31", ("He leaves tomorrow.",)),
    ("2025-10-10", "2025-10-11", ("last Friday", "He arrived last Friday.")),
    ("2025-10-03", "2025-10-10", ("last Friday", "He arrived last Friday.")),
    ("2025-10-17", "2025-10-11", ("next Friday", "He arrives next Friday.")),
    ("2025-10-04", "2025-10-11", ("last Saturday",)),
    ("2025-10-18", "2025-10-11", ("next Saturday",)),
    ("2025-10-10", "2025-10-11", ("this Friday",)),
    ("2024-12-30", "2025-01-01", ("on Monday", "He visited the plant on Monday.")),
    ("2025-02-28", "2025-03-01", ("on Friday",)),
    ("2024-02-29", "2024-03-02", ("on Thursday",)),
    ("2024-02-29", "2024-03-01", ("on Thursday",)),
    # --- weeks ------------------------------------------------------------------------------------
    ("2013-W11", "2013-03-22", ("last week", "the last week", "deaths were reported last week")),
    ("2013-W12", "2013-03-22", ("this week", "earlier this week", "later this week")),
    ("2013-W13", "2013-03-22", ("next week", "He will visit next week.")),
    ("2024-W52", "2025-01-03", ("last week",)),
    ("2025-W01", "2024-12-30", ("this week",)),
    ("2025-W02", "2024-12-31", ("next week",)),
    ("2024-W52", "2025-01-03", ("a week ago", "one week ago")),
    # --- months -----------------------------------------------------------------------------------
    ("2024-03", "2025-01-01", ("in March 2024", "March 2024", "early March 2024", "late March 2024")),
    ("2010-05", "2013-03-22", ("the raid in May 2010",)),
    ("2012-10", "2013-03-22", ("sold its stake in October",)),
    ("2012-08", "2013-03-22", ("told CNN in August", "State police arrested both men in early August")),
    ("2013-05", "2013-03-22", ("is due to be published in May.", "The book will appear in May.")),
    ("2012-07", "2013-03-22", ("went missing late last July", "last July")),
    ("2012-06", "2013-03-22", ("died last June",)),
    ("2025-01", "2024-12-30", ("next January",)),
    ("2012-12", "2013-03-22", ("started in early December",)),
    ("2013-03", "2013-03-21", ("this month", "earlier this month")),
    ("2013-02", "2013-03-21", ("Last month", "last month")),
    ("2024-12", "2025-01-03", ("last month",)),
    ("2025-01", "2024-12-30", ("next month",)),
    ("2024-12", "2025-02-14", ("two months ago",)),
    ("2024-02", "2024-03-01", ("last month",)),
    # --- quarters ---------------------------------------------------------------------------------
    ("2013-Q1", "2013-03-22", ("the first quarter",)),
    ("2012-Q4", "2013-03-22", ("in the fourth quarter",)),
    ("2023-Q3", "2025-01-01", ("the third quarter of 2023", "Q3 2023")),
    ("2024-Q4", "2025-01-03", ("last quarter",)),
    ("2025-Q1", "2025-01-03", ("this quarter",)),
    ("2024-Q3", "2024-12-30", ("this year's third quarter",)),
    # --- years, decades, centuries ----------------------------------------------------------------
    ("2012", "2013-03-22", ("in 2012", "early 2012", "late 2012", "mid-2012")),
    ("2013", "2013-03-22", ("this year", "earlier this year", "this fiscal year")),
    ("2024", "2025-01-03", ("last year", "a year ago")),
    ("2026", "2025-01-03", ("next year",)),
    ("2011", "2013-03-22", ("two years ago", "2 years ago")),
    ("2009", "2013-03-21", ("four years ago",)),
    ("1990s", "2013-03-22", ("the 1990s", "the early 1990s", "in the 1990s")),
    ("1900..1999", "2013-03-22", ("the 20th century", "the 20th Century", "the 20th-century")),
    ("1953", "2013-03-22", ("first conquered Everest in 1953",)),
    ("2030", "2013-03-21", ("to hit 400 million by 2030",)),
    # --- not calendar spans -----------------------------------------------------------------------
    ("?", "2013-03-22", ("last summer", "now", "currently", "the past", "at the time")),
]

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Anchors Monday 2025-10-06 to Sunday 2025-10-12; expected day of October for Monday..Sunday.
_PAST = {
    "2025-10-06": ("10-06", "09-30", "10-01", "10-02", "10-03", "10-04", "10-05"),
    "2025-10-07": ("10-06", "10-07", "10-01", "10-02", "10-03", "10-04", "10-05"),
    "2025-10-08": ("10-06", "10-07", "10-08", "10-02", "10-03", "10-04", "10-05"),
    "2025-10-09": ("10-06", "10-07", "10-08", "10-09", "10-03", "10-04", "10-05"),
    "2025-10-10": ("10-06", "10-07", "10-08", "10-09", "10-10", "10-04", "10-05"),
    "2025-10-11": ("10-06", "10-07", "10-08", "10-09", "10-10", "10-11", "10-05"),
    "2025-10-12": ("10-06", "10-07", "10-08", "10-09", "10-10", "10-11", "10-12"),
}
_FUTURE = {
    "2025-10-06": ("10-06", "10-07", "10-08", "10-09", "10-10", "10-11", "10-12"),
    "2025-10-07": ("10-13", "10-07", "10-08", "10-09", "10-10", "10-11", "10-12"),
    "2025-10-08": ("10-13", "10-14", "10-08", "10-09", "10-10", "10-11", "10-12"),
    "2025-10-09": ("10-13", "10-14", "10-15", "10-09", "10-10", "10-11", "10-12"),
    "2025-10-10": ("10-13", "10-14", "10-15", "10-16", "10-10", "10-11", "10-12"),
    "2025-10-11": ("10-13", "10-14", "10-15", "10-16", "10-17", "10-11", "10-12"),
    "2025-10-12": ("10-13", "10-14", "10-15", "10-16", "10-17", "10-18", "10-12"),
}
for _anchor, _days in _PAST.items():
    for _name, _day in zip(_WEEKDAYS, _days, strict=True):
        ROWS.append(
            (
                f"2025-{_day}",
                _anchor,
                (f"The minister visited the plant on {_name}.", f"On {_name}, he toured a farm.", _name),
            )
        )
for _anchor, _days in _FUTURE.items():
    for _name, _day in zip(_WEEKDAYS, _days, strict=True):
        ROWS.append(
            (
                f"2025-{_day}",
                _anchor,
                (f"He will visit the plant on {_name}.", f"The talks are scheduled to open on {_name}."),
            )
        )

CASES = [(expected, anchor, phrase) for expected, anchor, phrases in ROWS for phrase in phrases]


def test_the_corpus_is_large_enough() -> None:
    assert len(ROWS) >= 150


@pytest.mark.parametrize(("expected", "anchor", "phrase"), CASES)
def test_phrase_reads_as_canonical(expected: str, anchor: str, phrase: str) -> None:
    mentions = find_dates(phrase, dt.date.fromisoformat(anchor))
    assert len(mentions) == 1, [m.text for m in mentions]
    assert canonical(mentions[0].span) == expected, mentions[0]


@pytest.mark.parametrize(
    ("expected", "anchor", "phrase"),
    [c for c in CASES if " " not in c[2] or c[2].startswith(("from", "between", "on "))],
)
def test_resolve_phrase_agrees(expected: str, anchor: str, phrase: str) -> None:
    # A bare phrase carries no tense cue: the corpus's bare phrases are all past readings.
    assert canonical(resolve_phrase(phrase, dt.date.fromisoformat(anchor), tense=Tense.PAST)) == expected
