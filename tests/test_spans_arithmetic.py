"""A stated length and one dated end give the whole span (span18): the arithmetic, across month and
year ends, in many shapes of copy. Every sentence is made up for the test."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import extract_text
from timeline.model import DateSpan

_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}

_ENDS = (
    "Prime Minister Tom Reilly returned home on {d} from a {n}-day visit to Fiji.",
    "Prime Minister Tom Reilly, who returned on {d} from a {n}-day visit to Fiji, spoke to reporters.",
    "Prime Minister Tom Reilly wound up a {n}-day tour of Fiji on {d}.",
    "Prime Minister Tom Reilly ended a {n}-day state visit to Fiji on {d}.",
    "Prime Minister Tom Reilly on {d} concluded a {n}-day official visit to Fiji.",
    "Prime Minister Tom Reilly flew home on {d} as he wrapped up a {n}-day trip to Fiji.",
    "Prime Minister Tom Reilly toured Fiji for {n} days through {d}.",
    "Prime Minister Tom Reilly returned to Canberra on {d} after a {n}-day visit to Fiji.",
)
_STARTS = (
    "President Ana Ruiz left for a {n}-day tour of Asia on {d}.",
    "President Ana Ruiz arrived in Hanoi on {d} for a {n}-day state visit.",
    "President Ana Ruiz began a {n}-day visit to Vietnam on {d}.",
    "President Ana Ruiz on {d} kicked off a {n}-day tour of Vietnam.",
    "President Ana Ruiz set off on {d} on a {n}-day tour of Vietnam.",
)
_STARTS_AHEAD = (
    "President Ana Ruiz will travel to Vietnam on {d} for a {n}-day official visit.",
    "President Ana Ruiz will arrive in Hanoi on {d} for a {n}-day visit.",
    "President Ana Ruiz will pay a {n}-day state visit to Vietnam from {d}.",
)
_DAYS = st.dates(dt.date(1992, 1, 1), dt.date(2032, 12, 31))


def _span(lead: str, published: dt.date) -> tuple[dt.date, dt.date] | None:
    doc = extract_text(f" date {published} SUVA, {published:%B} {published.day} (AP) - {lead}\n")
    assert len(doc.trips) == 1
    span = doc.trips[0].span
    return (span.start, span.end) if isinstance(span, DateSpan) else None


def _day_words(day: dt.date, weekday: bool) -> str:
    return f"{day:%A}" if weekday else f"{day:%B} {day.day}"


@settings(max_examples=60, deadline=None)
@given(_DAYS, st.integers(2, 9), st.sampled_from(_ENDS), st.integers(0, 5), st.booleans())
def test_a_length_and_its_last_day_give_the_first(end: dt.date, n: int, form: str, later: int, weekday: bool) -> None:
    lead = form.format(d=_day_words(end, weekday), n=_WORDS[n])
    assert _span(lead, end + dt.timedelta(days=later)) == (end - dt.timedelta(days=n - 1), end)


@settings(max_examples=60, deadline=None)
@given(_DAYS, st.integers(2, 9), st.sampled_from(_STARTS), st.integers(0, 2), st.booleans())
def test_a_length_and_its_first_day_give_the_last(start: dt.date, n: int, form: str, later: int, weekday: bool) -> None:
    lead = form.format(d=_day_words(start, weekday), n=_WORDS[n])
    assert _span(lead, start + dt.timedelta(days=later)) == (start, start + dt.timedelta(days=n - 1))


@settings(max_examples=60, deadline=None)
@given(_DAYS, st.integers(2, 9), st.sampled_from(_STARTS_AHEAD), st.integers(1, 5), st.booleans())
def test_a_length_and_its_first_day_ahead_give_the_last(
    start: dt.date, n: int, form: str, earlier: int, weekday: bool
) -> None:
    lead = form.format(d=_day_words(start, weekday), n=_WORDS[n])
    assert _span(lead, start - dt.timedelta(days=earlier)) == (start, start + dt.timedelta(days=n - 1))
