"""Properties and edge cases of :mod:`timeline.temporal`."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.article import Article
from timeline.model import DateSpan, Unknown
from timeline.temporal import Tense, find_dates, resolve_phrase

ROOT = Path(__file__).resolve().parent.parent
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
anchors = st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2200, 12, 24))


@given(
    anchors, st.sampled_from(WEEKDAYS), st.sampled_from(WEEKDAYS), st.sampled_from(["to", "through", "until"])
)
def test_from_weekday_to_weekday_ends_on_or_before_the_anchor(
    anchor: dt.date, first: str, last: str, word: str
) -> None:
    (mention,) = find_dates(f"He toured the province from {first} {word} {last}.", anchor)
    span = mention.span
    assert isinstance(span, DateSpan)
    assert 1 <= span.days <= 7
    assert span.end <= anchor
    assert (anchor - span.end).days < 7
    assert span.start.strftime("%A") == first
    assert span.end.strftime("%A") == last


@given(anchors, st.sampled_from(WEEKDAYS), st.sampled_from(WEEKDAYS))
def test_future_weekday_range_starts_on_or_after_the_anchor(anchor: dt.date, first: str, last: str) -> None:
    (mention,) = find_dates(f"She will visit the region from {first} to {last}.", anchor)
    span = mention.span
    assert isinstance(span, DateSpan)
    assert 1 <= span.days <= 7
    assert anchor <= span.start < anchor + dt.timedelta(days=7)
    assert (span.start.strftime("%A"), span.end.strftime("%A")) == (first, last)


@given(anchors, st.sampled_from(WEEKDAYS))
def test_bare_weekday_is_within_the_week_before_the_anchor(anchor: dt.date, name: str) -> None:
    (mention,) = find_dates(f"The premier visited a farm on {name}.", anchor)
    assert isinstance(mention.span, DateSpan)
    assert mention.span.start.strftime("%A") == name
    assert 0 <= (anchor - mention.span.start).days < 7


@given(st.text(max_size=300), anchors)
def test_find_dates_never_raises_and_spans_are_ordered(text: str, anchor: dt.date) -> None:
    for mention in find_dates(text, anchor):
        assert mention.evidence.text == text[mention.evidence.start : mention.evidence.end]
        if isinstance(mention.span, DateSpan):
            assert mention.span.start <= mention.span.end


_PIECES = st.sampled_from(
    ["Nov.", "31", "Feb.", "30", "29", "from", "to", "and", "between", "Monday", "2024", "9999", "0000",
     "-", ",", "last", "next", "week", "May", "1957-58", "Q5", "00", "the", "1990s", "ago", "three", "years",
     "began on", "concluded on", "Friday", "2025-13-45", "Dec. 28,", "Jan. 2", "99th century", "on"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=12), st.one_of(st.none(), anchors))
def test_near_misses_never_raise(pieces: list[str], anchor: dt.date | None) -> None:
    text = " ".join(pieces)
    for mention in find_dates(text, anchor):
        if isinstance(mention.span, DateSpan):
            assert mention.span.start <= mention.span.end


@given(st.text(max_size=60), anchors, st.sampled_from(Tense))
def test_resolve_phrase_never_raises(phrase: str, anchor: dt.date, tense: Tense) -> None:
    result = resolve_phrase(phrase, anchor, tense=tense)
    assert isinstance(result, DateSpan | Unknown)


def test_no_anchor_leaves_relative_dates_unknown() -> None:
    mentions = find_dates("He arrived on Friday and left on Oct. 9, 2025.", None)
    assert mentions[0].span == Unknown("no anchor date", "on Friday")
    assert mentions[1].span == DateSpan.day(dt.date(2025, 10, 9))


def test_evidence_offsets_point_into_the_whole_text() -> None:
    text = "HEADER\n\nHe toured Zhejiang from Thursday to Saturday."
    start = text.index("He")
    (mention,) = find_dates(text, dt.date(2025, 10, 11), start=start, source="a.txt")
    assert mention.evidence.text == "from Thursday to Saturday"
    assert text[mention.evidence.start : mention.evidence.end] == mention.text
    assert mention.evidence.rule == "range-from-to"
    assert mention.evidence.source == "a.txt"


def test_end_bounds_the_scan() -> None:
    text = "on Monday. on Tuesday."
    mentions = find_dates(text, dt.date(2025, 10, 11), end=text.index("."))
    assert [m.text for m in mentions] == ["on Monday"]


def test_tense_is_read_per_clause() -> None:
    text = "Rubio will travel to Japan Monday through Friday, the State Department said Friday."
    trip, said = find_dates(text, dt.date(2025, 9, 12))
    assert trip.span == DateSpan(dt.date(2025, 9, 15), dt.date(2025, 9, 19))
    assert said.span == DateSpan.day(dt.date(2025, 9, 12))


def test_cue_after_the_date_when_none_before() -> None:
    (mention,) = find_dates("On March 19, he walked into a rice paddy.", dt.date(2024, 12, 30))
    assert mention.span == DateSpan.day(dt.date(2024, 3, 19))


def test_impossible_dates_carry_a_reason() -> None:
    (mention,) = find_dates("on Feb. 30", dt.date(2025, 3, 1))
    assert isinstance(mention.span, Unknown)
    assert "not a date" in mention.span.reason
    (mention,) = find_dates("Dec. 31, 9999", dt.date(2025, 3, 1))
    assert isinstance(mention.span, Unknown)
    assert "out of range" in mention.span.reason


def test_non_consecutive_and_gives_two_mentions() -> None:
    mentions = find_dates("He was there on Monday and Thursday.", dt.date(2025, 10, 11))
    assert [m.span for m in mentions] == [
        DateSpan.day(dt.date(2025, 10, 6)),
        DateSpan.day(dt.date(2025, 10, 9)),
    ]
    mentions = find_dates("on July 2 and 5", dt.date(2025, 7, 10))
    assert [m.span for m in mentions] == [
        DateSpan.day(dt.date(2025, 7, 2)),
        DateSpan.day(dt.date(2025, 7, 5)),
    ]


def test_counts_are_not_years() -> None:
    text = "More than 2000 people and 1500 yuan, page No. 1999, $2010."
    assert find_dates(text, dt.date(2025, 1, 1)) == ()


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("Prices may rise, and he may leave.", dt.date(2025, 1, 1)) == ()


def test_resolve_phrase_falls_back_to_dateparser() -> None:
    # Neither form is one of our rules: dateparser normalises them.
    assert resolve_phrase("in 3 days", dt.date(2025, 1, 15)) == DateSpan.day(dt.date(2025, 1, 18))
    assert resolve_phrase("15.01.2025", dt.date(2025, 1, 1)) == DateSpan.day(dt.date(2025, 1, 15))
    assert isinstance(resolve_phrase("no date here", dt.date(2025, 1, 15)), Unknown)
    assert isinstance(resolve_phrase("", dt.date(2025, 1, 15)), Unknown)


_FROZEN = textwrap.dedent(
    """
    import datetime, json, sys, time
    OFFSET = {offset}
    real_time = time.time
    time.time = lambda: real_time() + OFFSET
    time.time_ns = lambda: int((real_time() + OFFSET) * 1e9)

    class FrozenDateTime(datetime.datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.datetime.fromtimestamp(time.time(), tz)

        @classmethod
        def today(cls):
            return cls.now()

        @classmethod
        def utcnow(cls):
            return datetime.datetime.fromtimestamp(time.time(), datetime.timezone.utc).replace(tzinfo=None)

    datetime.datetime = FrozenDateTime
    sys.path.insert(0, {root!r})
    from timeline.model import DateSpan
    from timeline.temporal import find_dates, resolve_phrase
    anchor = datetime.date(2025, 10, 11)
    phrases = json.loads(sys.argv[1])
    out = {{"today": datetime.date.today().isoformat(), "found": [], "resolved": []}}
    for p in phrases:
        out["found"].append([[m.text, str(m.span)] for m in find_dates(p, anchor)])
        out["resolved"].append(str(resolve_phrase(p, anchor)))
    print(json.dumps(out))
    """
)


def _run_with_clock(offset_seconds: float, phrases: list[str]) -> dict[str, object]:
    code = _FROZEN.format(offset=offset_seconds, root=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(phrases)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.slow
def test_results_do_not_depend_on_the_wall_clock() -> None:
    phrases = [
        "from Thursday to Saturday", "last week", "this year", "in October", "two years ago", "Oct. 9",
        "next Friday", "yesterday", "He will arrive on Monday.", "3 days ago", "the first quarter",
        "a fortnight ago", "Friday 3pm",
    ]  # fmt: skip
    two_years = 2 * 365.25 * 86400
    now = _run_with_clock(0, phrases)
    past = _run_with_clock(-two_years, phrases)
    future = _run_with_clock(two_years, phrases)
    # The patch took: each child saw a different today.
    assert len({now["today"], past["today"], future["today"]}) == 3
    for other in (past, future):
        assert other["found"] == now["found"]
        assert other["resolved"] == now["resolved"]


@given(
    st.from_regex(r"\d{1,6}", fullmatch=True),
    st.text(alphabet="-–:.,/%'snrtdhQ 0\n\u00a0abeyok", max_size=12),
)
def test_a_digit_run_refused_by_the_precheck_starts_no_atom(digits: str, rest: str) -> None:
    from timeline.temporal.atoms import _digits_may_start
    from timeline.temporal.patterns import _ATOMS

    text = digits + rest
    if not _digits_may_start(text, 0, len(digits)):
        assert _ATOMS.match(text) is None



def _plain_atoms() -> re.Pattern[str]:
    from timeline.temporal.patterns import _ATOM_PATTERNS

    return re.compile("|".join(f"(?P<{k}>{v})" for k, v in _ATOM_PATTERNS.items()), re.VERBOSE)


def _same_atom(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None and b is None) or (
        a is not None and b is not None and (a.span(), a.lastgroup, a.groupdict()) == (b.span(), b.lastgroup, b.groupdict())
    )


def test_the_atoms_behind_their_first_characters_match_as_the_plain_alternation_on_the_fixtures() -> None:
    # each alternative of _ATOMS opens on a look-ahead for the characters it can start with: the same
    # match as the alternation without them, at every position of every fixture
    from timeline.temporal.patterns import _ATOMS

    plain = _plain_atoms()
    text = "\n".join(p.read_text() for p in sorted(Path("fixtures").glob("*/article.txt")))
    for at in range(len(text)):
        assert _same_atom(_ATOMS.match(text, at), plain.match(text, at)), text[at : at + 40]


@given(
    st.lists(
        st.sampled_from(
            "the last next this early late mid on in of Monday Tue. March Sept. May 2024 1999 12 3rd 5th 21st"
            " 10:30 a.m. 2024-05-03 03/05/2024 week weekend days ago later earlier Christmas Eid spring Q3 fiscal"
            " year now the past 1990s century two three first ١٢ – - , . ( ) é İ".split(" ")
        ),
        max_size=8,
    ).map(" ".join)
)
def test_the_atoms_behind_their_first_characters_match_as_the_plain_alternation(text: str) -> None:
    from timeline.temporal.patterns import _ATOMS

    plain = _plain_atoms()
    for at in range(len(text)):
        assert _same_atom(_ATOMS.match(text, at), plain.match(text, at))

# --- days counted from the day before them; the weekend; the day of the month; dotted dates ------


def _read(text: str, anchor: dt.date = dt.date(2024, 3, 13)) -> list[tuple[str, str]]:
    return [
        (m.text, f"{m.span.start}..{m.span.end}" if isinstance(m.span, DateSpan) else m.span.reason)
        for m in find_dates(text, anchor)
    ]


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), st.integers(1, 6))
def test_days_later_count_from_the_day_named_before(day: dt.date, n: int) -> None:
    words = ["a", "two", "three", "four", "five", "six"][n - 1]
    text = f"He arrived on {day:%B} {day.day}, {day.year}. {words.capitalize()} day{'s' * (n > 1)} later he left."
    later = find_dates(text, dt.date(2100, 1, 1))[-1].span
    assert isinstance(later, DateSpan)
    assert later.start == later.end == day + dt.timedelta(days=n)


def test_the_next_day_and_the_day_before() -> None:
    assert _read("He arrived on Monday. He went to Lyon the next day.")[-1] == (
        "the next day",
        "2024-03-12..2024-03-12",
    )
    assert _read("She left on March 3-5. The following morning she flew home.")[-1] == (
        "The following morning",
        "2024-03-06..2024-03-06",
    )
    assert _read("He spoke on Tuesday. The previous day, he toured Lyon.")[-1][1] == "2024-03-11..2024-03-11"
    # with no day named before, it stays unknown with the reason; "the day before the summit" is not one
    assert _read("The day before, he met her.")[0][1].startswith("counts from a day named before it")
    assert _read("He met her the day before the summit.") == []
    assert _read("He met her the day before yesterday.") == [
        ("the day before yesterday", "2024-03-11..2024-03-11")
    ]


def test_the_next_day_counts_across_paragraphs_of_a_report() -> None:
    from timeline.article import Article

    article = Article.from_text(
        " date 2024-03-13 A visit\n\nLYON, March 12 (Reuters) - Jane Roe arrived on Monday.\n\n"
        "The next day she toured a factory.\n"
    )
    assert [(m.text, str(m.span.start)) for m in article.dates() if isinstance(m.span, DateSpan)][-1] == (
        "The next day",
        "2024-03-12",
    )


def test_the_weekend_is_the_one_the_tense_points_to() -> None:
    assert _read("He visited Lyon over the weekend.") == [("the weekend", "2024-03-09..2024-03-10")]
    assert _read("He will visit Lyon at the weekend.") == [("the weekend", "2024-03-16..2024-03-17")]
    # on a Sunday, "the weekend" is the one under way
    assert _read("He visited Lyon over the weekend.", dt.date(2024, 3, 17)) == [
        ("the weekend", "2024-03-16..2024-03-17")
    ]


def test_the_day_of_the_month() -> None:
    assert _read("He visited Lyon on the 10th.") == [("on the 10th", "2024-03-10..2024-03-10")]
    assert _read("He visited Lyon on the 20th.") == [
        ("on the 20th", "2024-02-20..2024-02-20")
    ]  # past: before
    assert _read("He will visit Lyon on the 10th.") == [("on the 10th", "2024-04-10..2024-04-10")]
    assert _read("It happened on the 5th of last month.") == [
        ("on the 5th of last month", "2024-02-05..2024-02-05")
    ]
    # an ordinal that counts something else is no date
    assert _read("They marked the 10th anniversary on the 10th floor.") == []


def test_dotted_day_month_year() -> None:
    assert _read("He visited Lyon on 10.03.2024.") == [("on 10.03.2024", "2024-03-10..2024-03-10")]
    assert _read("Growth was 3.5 percent; version 1.2.2024x shipped.") == []


def test_a_present_tense_schedule_looks_ahead() -> None:
    assert _read("The visit ends on Friday.") == [("on Friday", "2024-03-15..2024-03-15")]


def test_an_iso_day_at_a_sentence_end() -> None:
    # the full stop after "2024-03-12" ends the sentence; it is not a fourth part of the date
    assert _read("Roe arrived in Lyon on 2024-03-12.") == [("on 2024-03-12", "2024-03-12..2024-03-12")]


def test_a_weekday_or_month_day_placed_by_the_week_or_year_after_it() -> None:
    assert _read("Roe arrived in Lyon on Tuesday last week.") == [
        ("on Tuesday last week", "2024-03-05..2024-03-05")
    ]
    assert _read("Roe will be back on Friday next week.") == [("on Friday next week", "2024-03-22..2024-03-22")]
    assert _read("Roe visited Lyon on March 12 last year.") == [
        ("on March 12 last year", "2023-03-12..2023-03-12")
    ]
    # a weekday that already has its own "last" stays two mentions
    assert len(_read("Roe arrived last Tuesday, last week.")) == 2


def test_a_list_of_consecutive_day_numbers_is_one_run() -> None:
    assert _read("Roe was in Lyon on March 12, 13 and 14.") == [
        ("on March 12, 13 and 14", "2024-03-12..2024-03-14")
    ]
    assert _read("Roe was in Lyon on March 10, 11, and 12.") == [
        ("on March 10, 11, and 12", "2024-03-10..2024-03-12")
    ]
    # days apart are not a run; a count after a date is no day
    assert _read("He was there on March 2, 9 and 16.")[0] == ("on March 2", "2024-03-02..2024-03-02")
    assert _read("On March 12, 13 people died.") == [("On March 12", "2024-03-12..2024-03-12")]


def test_the_same_day_counts_from_the_day_before_it() -> None:
    art = Article.from_text(
        "Roe visits Lyon\nMarch 14, 2024\nPrime Minister Jane Roe arrived in Lyon on Tuesday for a two-day visit.\n"
        "The same day she met the mayor. The next day she went to Paris."
    )
    assert [(m.text, m.span.start if isinstance(m.span, DateSpan) else None) for m in art.dates()] == [
        ("on Tuesday", dt.date(2024, 3, 12)),
        ("The same day", dt.date(2024, 3, 12)),
        ("The next day", dt.date(2024, 3, 13)),
    ]


def test_a_day_of_the_month_without_the() -> None:
    assert _read("He arrived on 10th, officials said.") == [("on 10th", "2024-03-10..2024-03-10")]
    assert _read("He will tour the region from 20th.") == [("20th", "2024-03-20..2024-03-20")]
    assert _read("He lives on 21st Street and came 3rd in the race.") == []


def test_a_weekday_range_told_without_tense_holds_the_report_day() -> None:
    # the report is dated Wednesday 2024-03-13: "from Monday to Thursday" is that week's
    assert _read("Jane Roe is visiting Japan from Monday to Thursday.") == [
        ("from Monday to Thursday", "2024-03-11..2024-03-14")
    ]
    # told in the past, or a range wholly before the report day, as before
    assert _read("Jane Roe visited Japan from Monday to Thursday.") == [
        ("from Monday to Thursday", "2024-03-04..2024-03-07")
    ]
    assert _read("Jane Roe is in Japan from Sunday to Tuesday.") == [
        ("from Sunday to Tuesday", "2024-03-10..2024-03-12")
    ]


def test_until_a_weekday_in_a_sentence_of_no_tense_is_ahead() -> None:
    assert _read("Jane Roe is in China through Friday.") == [("Friday", "2024-03-15..2024-03-15")]
    assert _read("Jane Roe stayed in China through Friday.") == [("Friday", "2024-03-08..2024-03-08")]


def test_the_weekend_spent_somewhere() -> None:
    assert _read("He spent the weekend in Normandy.") == [("the weekend", "2024-03-09..2024-03-10")]
    assert _read("He will spend the weekend in Normandy.") == [("the weekend", "2024-03-16..2024-03-17")]
    assert _read("The weekend was quiet.") == []


def test_weeks_later_count_from_the_day_named_before() -> None:
    assert _read("She arrived on Monday. A week later she went to Lyon.")[-1] == (
        "A week later",
        "2024-03-18..2024-03-18",
    )
    assert _read("She left on Friday, and two weeks earlier had been in Lyon.")[-1] == (
        "two weeks earlier",
        "2024-02-23..2024-02-23",
    )


def test_a_past_range_with_the_day_first_takes_its_year_from_its_start() -> None:
    # the report is dated Wednesday 2024-03-13: a tour of the 12th to the 14th is under way
    assert _read("She toured the region 12-14 March.") == [("12-14 March", "2024-03-12..2024-03-14")]
    assert _read("She toured the region March 12-14.") == [("March 12-14", "2024-03-12..2024-03-14")]
    assert _read("She toured the region 20-22 March.") == [("20-22 March", "2023-03-20..2023-03-22")]


def test_a_past_day_just_after_the_report_day_is_of_its_year() -> None:
    assert _read("She arrived on March 14.") == [("on March 14", "2024-03-14..2024-03-14")]
    assert _read("She arrived on March 20.") == [("on March 20", "2023-03-20..2023-03-20")]


def test_a_year_inside_a_read_date_is_not_read_again() -> None:
    assert _read("She toured the region on March 30 and 31, 2019.") == [
        ("on March 30 and 31, 2019", "2019-03-30..2019-03-31")
    ]


def test_a_month_takes_the_year_of_the_month_after_it() -> None:
    assert _read("She toured from March to April 2019.") == [("from March to April 2019", "2019-03-01..2019-04-30")]
    assert _read("She toured from November to January 2019.") == [
        ("from November to January 2019", "2018-11-01..2019-01-31")
    ]
    assert _read("She toured from November 2018 to January.") == [
        ("from November 2018 to January", "2018-11-01..2019-01-31")
    ]
    assert _read("She toured in March-April 2019.") == [("March-April 2019", "2019-03-01..2019-04-30")]
    assert _read("She toured in March and April 2019.") == [("March and April 2019", "2019-03-01..2019-04-30")]


def test_a_participle_after_an_article_is_no_past_tense() -> None:
    # "would take a chartered flight ... on Thursday": "chartered" qualifies the flight
    found = find_dates(
        "Sources said the minister would take a chartered flight to Salem on Thursday.", dt.date(2021, 5, 19)
    )
    assert [(m.text, m.span.start) for m in found if isinstance(m.span, DateSpan)] == [
        ("on Thursday", dt.date(2021, 5, 20))
    ]


def test_a_run_of_days_of_the_month_by_their_ordinals() -> None:
    assert _read("The talks ran from the 10th to the 12th.") == [("from the 10th to the 12th", "2024-03-10..2024-03-12")]
    assert _read("The talks ran from the 10th through the 12th.") == [
        ("from the 10th through the 12th", "2024-03-10..2024-03-12")
    ]
    assert _read("She visited on the 10th and 11th.") == [("on the 10th and 11th", "2024-03-10..2024-03-11")]
    assert _read("She came on the 5th and the 9th.") == [
        ("on the 5th", "2024-03-05..2024-03-05"),
        ("the 9th", "2024-03-09..2024-03-09"),
    ]
    assert _read("The team rose to the 3rd.") == []


def test_days_listed_or_slashed_before_their_month() -> None:
    assert _read("She was in Riga on 10/11 March.") == [("on 10/11 March", "2024-03-10..2024-03-11")]
    assert _read("She was in Riga on 10, 11 and 12 March.") == [("on 10, 11 and 12 March", "2024-03-10..2024-03-12")]
    assert _read("She was in Riga on 2, 5 and 9 March.") == [("9 March", "2024-03-09..2024-03-09")]


def test_a_month_takes_the_year_of_a_later_month_joined_to_it() -> None:
    assert _read("She visited Riga in March and June 2019.") == [
        ("March", "2019-03-01..2019-03-31"),
        ("June 2019", "2019-06-01..2019-06-30"),
    ]


def test_a_fortnight_ago_is_two_weeks_ago() -> None:
    assert _read("She visited the city a fortnight ago.") == [("a fortnight ago", "2024-02-26..2024-03-03")]


def test_a_run_of_days_in_a_note_pins_the_weekdays_before_it() -> None:
    assert _read("She visits on Friday and Saturday (March 15-16).") == [
        ("on Friday and Saturday (March 15-16)", "2024-03-15..2024-03-16")
    ]
    assert _read("She was there between the 10th and 12th.") == [("between the 10th and 12th", "2024-03-10..2024-03-12")]


def test_a_participle_after_be_or_a_hyphen_or_used_as_an_adjective_marks_no_past() -> None:
    # "will be held": the auxiliary carries the tense, whatever the participle's form
    assert _read("The forum will be held 18-20 March.") == [("18-20 March", "2024-03-18..2024-03-20")]
    assert _read("The forum is to be held on 2 March.") == [("on 2 March", "2025-03-02..2025-03-02")]
    assert _read("The forum was held on 20 March.") == [("on 20 March", "2023-03-20..2023-03-20")]
    # "flood-affected", "health related": adjectives between the future and its day
    assert _read("The governor will tour storm-affected towns on Friday.") == [("on Friday", "2024-03-15..2024-03-15")]
    assert _read("She would review drought related projects from March 20 to 21.") == [
        ("from March 20 to 21", "2024-03-20..2024-03-21")
    ]
    assert _read("The governor toured storm-affected towns on Friday.") == [("on Friday", "2024-03-08..2024-03-08")]


def test_a_holiday_is_its_day_nearest_the_anchor_on_the_tenses_side() -> None:
    # (anchor: Wednesday 2024-03-13)
    assert _read("The senator spoke in Reno on Presidents Day.") == [("on Presidents Day", "2024-02-19..2024-02-19")]
    assert _read("The senator will speak in Reno on Memorial Day.") == [("on Memorial Day", "2024-05-27..2024-05-27")]
    assert _read("The bishop will preach on Good Friday.") == [("on Good Friday", "2024-03-29..2024-03-29")]
    assert _read("The bishop preached on Christmas Eve.") == [("on Christmas Eve", "2023-12-24..2023-12-24")]
    assert _read("The mayor toured the ward on New Year's Day.") == [("on New Year's Day", "2024-01-01..2024-01-01")]
    assert _read("The mayor will march on St. Patrick's Day.") == [("on St. Patrick's Day", "2024-03-17..2024-03-17")]
    assert _read("The governor spoke on Thanksgiving Day 2019.") == [
        ("on Thanksgiving Day 2019", "2019-11-28..2019-11-28")
    ]
    assert _read("The mayor spoke at Easter 2025.") == [("Easter 2025", "2025-04-20..2025-04-20")]
    # the day written after the holiday is its day
    assert _read("The mayor spoke on New Year's Eve, Dec. 31.", dt.date(2024, 1, 2)) == [
        ("on New Year's Eve, Dec. 31", "2023-12-31..2023-12-31")
    ]
    # not a holiday
    assert _read("The envoy flew to Easter Island.") == []
    assert _read("The mayor bought Easter eggs.") == []


def test_a_weekday_cut_short_after_on() -> None:
    assert _read("The envoy landed on Tues. and left on Thurs., officials said.") == [
        ("on Tues.", "2024-03-12..2024-03-12"),
        ("on Thurs.", "2024-03-07..2024-03-07"),
    ]
    assert _read("The envoy will land on Fri.") == [("on Fri.", "2024-03-15..2024-03-15")]
    assert _read("The envoy told The Sun.") == []
    assert _read("The envoy sat in the sun.") == []


def test_a_range_whose_first_date_closes_on_a_comma() -> None:
    assert _read("The envoy will tour the coast from Friday, March 15, to Sunday, March 17.") == [
        ("from Friday, March 15, to Sunday, March 17", "2024-03-15..2024-03-17")
    ]
    assert _read("The envoy landed on March 15, to a warm welcome.", dt.date(2024, 3, 16)) == [
        ("on March 15", "2024-03-15..2024-03-15")
    ]


def test_the_next_days_from_the_anchor() -> None:
    assert _read("The envoy will tour three ports in the next ten days.") == [
        ("the next ten days", "2024-03-13..2024-03-22")
    ]
    assert _read("The envoy will travel within the coming two weeks.") == [("the coming two weeks", "2024-03-13..2024-03-26")]
    assert _read("The envoy spent the next two days of the tour in Riga.") == []
    assert _read("The envoy toured the coast over the past four days.") == []


def test_a_headlines_to_and_a_verb_tells_what_is_to_come() -> None:
    # (anchor: Wednesday 2024-03-13)
    assert _read("Envoy to tour the coast from 11th") == [("11th", "2024-04-11..2024-04-11")]
    assert _read("Northern governor to open the bridge on March 2") == [("on March 2", "2025-03-02..2025-03-02")]
    # a place after "to" is no verb; a tensed verb before "to" tells the tense
    assert _read("Flights to Riga on Friday were full.") == [("on Friday", "2024-03-08..2024-03-08")]
    assert _read("The envoy went to see the bridge on March 2.") == [("on March 2", "2024-03-02..2024-03-02")]


def test_a_bare_weekday_after_a_week_told_is_that_week_s() -> None:
    found = find_dates(
        "Jane Roe will visit five districts next week: Kisii on Monday and Siaya on Friday. On Friday she spoke.",
        dt.date(2024, 3, 15),
    )
    days = [(m.text, m.span.start.isoformat()) for m in found if isinstance(m.span, DateSpan) and m.span.days == 1]
    assert days == [("on Monday", "2024-03-18"), ("on Friday", "2024-03-22"), ("On Friday", "2024-03-15")]


def test_a_weekday_beside_its_date_is_one_mention() -> None:
    # (anchor: Wednesday 2024-03-13; March 5, 2024 was a Tuesday)
    assert _read("The envoy landed on March 5, Tuesday, for talks.") == [("on March 5, Tuesday", "2024-03-05..2024-03-05")]
    assert _read("The envoy landed on 5 March (Tuesday) for talks.") == [("on 5 March (Tuesday)", "2024-03-05..2024-03-05")]
    assert _read("The envoy landed on Tues., March 5.") == [("on Tues., March 5", "2024-03-05..2024-03-05")]
    # a weekday that is not the date's stays its own mention
    assert len(_read("The envoy landed on March 5, Friday was a holiday.")) == 2


def test_the_date_written_wins_over_next_weekday_arithmetic() -> None:
    # (anchor: Wednesday 2024-03-13; "next Tuesday" by arithmetic is March 19, but March 26 is written)
    assert _read("The envoy will land next Tuesday, March 26, for talks.") == [
        ("next Tuesday, March 26", "2024-03-26..2024-03-26")
    ]
    assert _read("The envoy will land next Tuesday, March 19, for talks.") == [
        ("next Tuesday, March 19", "2024-03-19..2024-03-19")
    ]
    assert _read("The envoy landed last Monday, March 4, for talks.") == [("last Monday, March 4", "2024-03-04..2024-03-04")]
    # a date that is not the weekday's stays its own mention
    assert len(_read("The envoy will land next Tuesday, March 27, for talks.")) == 2


def test_the_nth_week_of_a_month_is_seven_days_of_it() -> None:
    assert _read("The envoy toured the coast in the first week of March.") == [
        ("the first week of March", "2024-03-01..2024-03-07")
    ]
    assert _read("The envoy will tour the coast in the second week of April.") == [
        ("the second week of April", "2024-04-08..2024-04-14")
    ]
    assert _read("The envoy toured the coast in the last week of February 2023.") == [
        ("the last week of February 2023", "2023-02-22..2023-02-28")
    ]


def test_weekdays_cut_short_either_side_of_a_dash() -> None:
    assert _read("The envoy will be in Riga Thu-Sat.") == [("Thu-Sat", "2024-03-14..2024-03-16")]
    assert _read("The envoy was in Riga Mon.–Tues. for talks.") == [("Mon.–Tues", "2024-03-11..2024-03-12")]
    assert _read("The envoy met the Sun-Times editors.") == []


def test_may_day_is_the_first_of_may() -> None:
    assert _read("The envoy will march with workers on May Day.") == [("on May Day", "2024-05-01..2024-05-01")]


def test_a_country_s_own_day_where_the_words_name_the_country() -> None:
    # (anchor: Wednesday 2024-03-13)
    assert _read("The envoy will attend India's Republic Day parade.") == [("India's Republic Day", "2025-01-26..2025-01-26")]
    assert _read("The envoy attended Kenya's 60th Independence Day fete.") == [
        ("Kenya's 60th Independence Day", "2023-12-12..2023-12-12")
    ]
    assert _read("The envoy spoke on the National Day of Singapore 2019.") == [
        ("National Day of Singapore 2019", "2019-08-09..2019-08-09")
    ]
    assert _read("The envoy marched on the Fourth of July.") == [("on the Fourth of July", "2023-07-04..2023-07-04")]
    # with no country named, the day differs by country and is not read
    assert _read("The envoy spoke on Independence Day.") == []


def test_weekdays_placed_by_the_week_after_them() -> None:
    # (anchor: Wednesday 2024-03-13)
    assert _read("The envoy toured Riga on Tuesday of last week.") == [("on Tuesday of last week", "2024-03-05..2024-03-05")]
    assert _read("The envoy toured Riga Monday through Wednesday last week.") == [
        ("Monday through Wednesday last week", "2024-03-04..2024-03-06")
    ]
    assert _read("The envoy will tour Riga from Wednesday to Friday next week.") == [
        ("from Wednesday to Friday next week", "2024-03-20..2024-03-22")
    ]


def test_between_two_days_before_their_month() -> None:
    assert _read("The envoy toured Riga between 5 and 7 March.") == [("between 5 and 7 March", "2024-03-05..2024-03-07")]
    assert _read("The envoy toured Riga on 5 and 7 March.") == [("7 March", "2024-03-07..2024-03-07")]


def test_the_next_stop_is_a_leg_ahead() -> None:
    # (anchor: Wednesday 2024-03-13)
    assert _read("Roe Visits Riga, Next Stop Vilnius On Friday") == [("On Friday", "2024-03-15..2024-03-15")]
    assert _read("Her next leg takes her to Vilnius on Friday.") == [("on Friday", "2024-03-15..2024-03-15")]


def test_the_first_or_last_days_of_a_month_or_year() -> None:
    # (session 14: so many days of a month or a year, not the whole month)
    assert _read("The envoy toured the coast in the first three days of March.") == [
        ("the first three days of March", "2024-03-01..2024-03-03")
    ]
    assert _read("The envoy toured the coast in the last two days of February.") == [
        ("the last two days of February", "2024-02-28..2024-02-29")
    ]
    assert _read("The envoy toured the coast during the first 10 days of 2011.") == [
        ("the first 10 days of 2011", "2011-01-01..2011-01-10")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe is visiting Lyon on Friday.",
        "Jane Roe is travelling to Lyon on Friday.",
        "Jane Roe is leaving for Lyon on Friday.",
        "Jane Roe's heading to Lyon on Friday.",
        "Leaders are meeting in Lyon on Friday.",
        "Jane Roe is visiting Lyon on Friday, officials said.",
        "Jane Roe flew to Riga on Monday and is due back on Friday.",
        "Jane Roe is expected home on Friday.",
    ],
)
def test_a_journey_told_in_the_present_progressive_with_its_day_is_ahead(sentence: str) -> None:
    # the report is dated Wednesday 2024-03-13
    assert _read(sentence)[-1] == ("on Friday", "2024-03-15..2024-03-15")


def test_a_past_verb_after_the_day_outweighs_a_progressive_before_it() -> None:
    assert _read("Jane Roe is visiting Lyon, where on Monday she met the mayor.") == [
        ("on Monday", "2024-03-11..2024-03-11")
    ]
    assert _read("Jane Roe, who is visiting Lyon, met the mayor on Monday.") == [
        ("on Monday", "2024-03-11..2024-03-11")
    ]


def test_a_day_of_this_last_or_next_month_in_the_old_commercial_shorthand() -> None:
    # the report is dated Wednesday 2024-03-13
    assert _read("The envoy arrived here on the 4th inst. for talks.") == [("on the 4th inst.", "2024-03-04..2024-03-04")]
    assert _read("She left Lyon on 28th ult., officials said.") == [("on 28th ult.", "2024-02-28..2024-02-28")]
    assert _read("The board meets on the 2nd prox.") == [("on the 2nd prox.", "2024-04-02..2024-04-02")]
    assert _read("He toured it on the 4th institute day.") == []


def test_a_weekday_with_its_day_of_the_month_after_it() -> None:
    # the report is dated Wednesday 2024-03-13
    assert _read("Jane Roe arrived in Lyon on Monday (11) and will leave on Friday (15).") == [
        ("on Monday (11)", "2024-03-11..2024-03-11"),
        ("on Friday (15)", "2024-03-15..2024-03-15"),
    ]
    assert _read("She met the mayor on Friday, the 8th, and flew home.") == [("on Friday, the 8th", "2024-03-08..2024-03-08")]
    assert _read("She toured the port on Thursday 29th.") == [("on Thursday 29th", "2024-02-29..2024-02-29")]
    # a number the weekday does not fall on is no day of the month: the weekday alone
    assert _read("She met the mayor on Friday (14).") == [("on Friday", "2024-03-08..2024-03-08")]


def test_a_reported_clause_opening_on_its_date_takes_its_own_tense() -> None:
    # the report is dated Wednesday 2024-03-13
    assert _read("The president announced that on March 27 and 28 he will conclude his tours.") == [
        ("on March 27 and 28", "2024-03-27..2024-03-28")
    ]
    assert _read("The president said that on March 1 he had concluded his tours.") == [
        ("on March 1", "2024-03-01..2024-03-01")
    ]


def test_a_month_with_its_year_told_after_it_is_one_span() -> None:
    # the report is dated Wednesday 2024-03-13
    assert _read("She visited Riyadh in June last year.") == [("June last year", "2023-06-01..2023-06-30")]
    assert _read("She will visit Riyadh in August this year.") == [("August this year", "2024-08-01..2024-08-31")]
    assert _read("She visited Riyadh in February last year.") == [("February last year", "2023-02-01..2023-02-28")]


def test_next_weekday_after_next_week_is_that_weeks_day() -> None:
    # the report is dated Wednesday 2024-03-13
    assert _read("The tour of the north begins next week. Officials said it will begin next Thursday.") == [
        ("next week", "2024-03-18..2024-03-24"),
        ("next Thursday", "2024-03-21..2024-03-21"),
    ]
    assert _read("Officials said the tour will begin next Thursday.") == [("next Thursday", "2024-03-14..2024-03-14")]


def test_a_past_verb_after_that_opens_a_relative_clause_not_an_adjective() -> None:
    # "the trip that started on June 17", in a sentence that tells a leg ahead: the day is past
    text = "Roe is to visit Lima before winding up her eight-day tour that started on June 17."
    (found,) = find_dates(text, dt.date(2006, 6, 23))
    assert isinstance(found.span, DateSpan)
    assert found.span.start == dt.date(2006, 6, 17)


def test_a_range_whose_end_alone_gives_the_year_needs_no_anchor() -> None:
    (found,) = find_dates("Thursday, September 7 to Saturday, September 9, 2006", None)
    assert found.span == DateSpan(dt.date(2006, 9, 7), dt.date(2006, 9, 9))


@pytest.mark.parametrize(
    "text",
    [
        "The premier arrived in Lusaka on Monday ahead of a summit on Friday.",
        "The premier landed in Lusaka on Monday, days before the trade fair opens on Friday.",
        "The premier flew to Lusaka on Monday to attend a summit on Friday.",
        "The premier reached Lusaka on Monday prior to talks slated for Friday.",
    ],
)
def test_a_weekday_a_dated_deed_comes_ahead_of_follows_the_deed(text: str) -> None:
    # the report is dated Wednesday 2024-03-13; told alone in the past, Friday would be March 8
    assert [span for _, span in _read(text)] == ["2024-03-11..2024-03-11", "2024-03-15..2024-03-15"]


def test_a_weekday_after_a_deed_without_a_link_keeps_its_tense() -> None:
    assert [span for _, span in _read("The premier arrived in Lusaka on Monday and met the mayor on Friday.")] == [
        "2024-03-11..2024-03-11",
        "2024-03-08..2024-03-08",
    ]


def test_a_weekday_in_a_clause_of_its_own_after_the_deed_keeps_its_tense() -> None:
    assert [span for _, span in _read("The premier arrived in Lusaka on Monday to attend the fair, which opened on Sunday.")] == [
        "2024-03-11..2024-03-11",
        "2024-03-10..2024-03-10",
    ]


def test_the_irregular_past_of_a_journey_sets_the_tense_of_its_day() -> None:
    assert _read("The premier flew to Lusaka on Monday before the summit slated for Friday.")[0] == (
        "on Monday",
        "2024-03-11..2024-03-11",
    )
    assert _read("The premier spent Monday in Lusaka.") == [("Monday", "2024-03-11..2024-03-11")]


def test_a_participle_set_after_a_noun_marks_no_tense() -> None:
    # "will attend a summit hosted by the alliance, comprised of four states, ... on Thursday": ahead
    text = "Roe will also attend a summit hosted by the alliance, comprised of four states, in Cali on Thursday."
    (found,) = find_dates(text, dt.date(2013, 5, 21))
    assert isinstance(found.span, DateSpan)
    assert found.span.start == dt.date(2013, 5, 23)


# --- a day with its weekday or date in brackets, at either end of a range (span18) --------------


@pytest.mark.parametrize(
    ("text", "anchor", "phrase", "days"),
    [
        ("The minister tours Peru from April 28 (Sat) to May 6 (Sun).", dt.date(2018, 4, 20),
         "from April 28 (Sat) to May 6 (Sun)", "2018-04-28..2018-05-06"),
        ("He is in Lyon from 28 April (Saturday) to 6 May (Sunday).", dt.date(2018, 4, 20),
         "from 28 April (Saturday) to 6 May (Sunday)", "2018-04-28..2018-05-06"),
        ("She visits Oslo between Oct 3 (Mon.) and Oct 5 (Wed.).", dt.date(2011, 9, 28),
         "between Oct 3 (Mon.) and Oct 5 (Wed.)", "2011-10-03..2011-10-05"),
        ("The envoy will be in Quito from Monday (Oct. 3) to Wednesday (Oct. 5).", dt.date(2011, 9, 28),
         "from Monday (Oct. 3) to Wednesday (Oct. 5)", "2011-10-03..2011-10-05"),
        # across a year's end
        ("The governor tours the islands from Friday (Dec. 30) to Monday (Jan. 2).", dt.date(2022, 12, 27),
         "from Friday (Dec. 30) to Monday (Jan. 2)", "2022-12-30..2023-01-02"),
        # a weekday at one end, placed by the dated other end
        ("The mission ran from Tuesday to Monday (July 17).", dt.date(2023, 7, 18),
         "from Tuesday to Monday (July 17)", "2023-07-11..2023-07-17"),
        ("She is in Accra from Monday (July 10) to Thursday.", dt.date(2023, 7, 7),
         "from Monday (July 10) to Thursday", "2023-07-10..2023-07-13"),
        ("He stopped in Rome on Monday (May 7).", dt.date(2018, 5, 9), "on Monday (May 7)", "2018-05-07..2018-05-07"),
    ],
)
def test_a_day_and_its_bracketed_note_are_one_day_even_in_a_range(
    text: str, anchor: dt.date, phrase: str, days: str
) -> None:
    assert _read(text, anchor) == [(phrase, days)]


def test_a_bracketed_weekday_the_date_does_not_fall_on_is_no_note() -> None:
    # April 28, 2018 was a Saturday: "(Fri)" is not its note, so the range is not read as one
    read = _read("The minister tours Peru from April 28 (Fri) to May 6 (Sun).", dt.date(2018, 4, 20))
    assert ("from April 28 (Fri) to May 6 (Sun)", "2018-04-28..2018-05-06") not in read


@given(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), st.integers(0, 12))
def test_a_range_of_bracketed_days_runs_from_the_first_to_the_last(first: dt.date, length: int) -> None:
    last = first + dt.timedelta(days=length)
    text = f"She tours the coast from {first:%B} {first.day} ({first:%a}) to {last:%B} {last.day} ({last:%a})."
    read = find_dates(text, first - dt.timedelta(days=5))
    assert [(m.span.start, m.span.end) for m in read if isinstance(m.span, DateSpan)] == [(first, last)]


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        # the report is dated 2016-07-17; the note was written when the page was updated
        ("The official visit concluded yesterday (July 21).", "yesterday (July 21)", "2016-07-21..2016-07-21"),
        ("She arrived in Suva today (July 17) for talks.", "today (July 17)", "2016-07-17..2016-07-17"),
        ("He flew out yesterday (16 July).", "yesterday (16 July)", "2016-07-16..2016-07-16"),
    ],
)
def test_a_day_word_with_its_date_in_brackets_is_that_date(text: str, phrase: str, days: str) -> None:
    assert _read(text, dt.date(2016, 7, 17)) == [(phrase, days)]


def test_a_bracketed_date_far_from_the_day_word_is_no_note() -> None:
    read = _read("He met the envoy yesterday (March 3).", dt.date(2016, 7, 17))
    assert ("yesterday", "2016-07-16..2016-07-16") in read


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        # the report is dated Wednesday 2013-06-12: next week is 17-23 June
        ("She will visit China next week. She arrives in Beijing on Thursday.", "on Thursday", "2013-06-20..2013-06-20"),
        ("She will visit China next week, from Thursday to Saturday.", "from Thursday to Saturday", "2013-06-20..2013-06-22"),
        # a day behind the report stays in its own week
        ("She will visit China next week. On Monday she met the ambassador.", "On Monday", "2013-06-10..2013-06-10"),
    ],
)
def test_weekdays_ahead_after_next_week_are_that_weeks(text: str, phrase: str, days: str) -> None:
    assert (phrase, days) in _read(text, dt.date(2013, 6, 12))


def test_weekdays_ahead_without_next_week_stay_in_the_reports_week() -> None:
    assert _read("She will arrive in Beijing on Thursday.", dt.date(2013, 6, 12)) == [
        ("on Thursday", "2013-06-13..2013-06-13")
    ]


def test_a_day_without_a_year_takes_the_year_written_before_it_in_its_sentence() -> None:
    text = "In 2003, President Ann Poe made an official visit to Tahiti from July 25 to 28. She met Lui Tane on July 27."
    spans = [(m.text, m.span) for m in find_dates(text, None)]
    assert spans[1] == ("from July 25 to 28", DateSpan(dt.date(2003, 7, 25), dt.date(2003, 7, 28)))
    assert spans[2] == ("on July 27", DateSpan.day(dt.date(2003, 7, 27)))
    # (a year in another sentence gives none: "In 2003 ... . On July 27 ..." stays unknown without an anchor)
    other = [m.span for m in find_dates("She was elected in 2003. She will visit Tahiti on July 27.", None)]
    assert isinstance(other[1], Unknown)


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 1, 1)), st.integers(1, 40), st.sampled_from(["next", "this", "coming"]))
def test_a_weekday_with_its_date_written_is_that_date(anchor: dt.date, ahead: int, mod: str) -> None:
    day = anchor + dt.timedelta(days=ahead)
    text = f"The envoy will land {mod} {day:%A}, {day:%B} {day.day}, for talks."
    found = [m for m in find_dates(text, anchor) if isinstance(m.span, DateSpan)]
    assert [(m.span.start, m.span.end) for m in found] == [(day, day)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("body", "word", "want"),
    [
        # a weekday in a clause told in no past tense, after a week ahead, is that week's
        (
            "Governor Lia Stone will tour the state next week to meet farmers.\n\n"
            "Stone announced the tour on Monday. She said farm incomes had fallen.\n\n"
            "Her first stops are Tuesday in Ashby and Brill.\n",
            "Tuesday",
            dt.date(2024, 4, 9),
        ),
        (
            "Mayor Ray Pike will visit the coast next week.\n\n"
            "Pike took office a week ago after the council vote.\n\n"
            "His first visits are Monday in Corran.\n",
            "Monday",
            dt.date(2024, 4, 8),
        ),
        (
            "Governor Lia Stone will tour the state next week to meet farmers.\n\n"
            "Stone announced the tour on Monday.\n",
            "on Monday",
            dt.date(2024, 4, 1),
        ),
        (
            "Governor Lia Stone will tour the state next week. She visited Ashby on Monday.\n",
            "on Monday",
            dt.date(2024, 4, 1),
        ),
    ],
)
def test_a_weekday_after_a_week_ahead_is_that_weeks_unless_told_past(body: str, word: str, want: dt.date) -> None:
    art = Article.from_text(f" date 2024-04-03 Tour\n\n{body}")
    days = [m.span.start for m in art.dates() if m.text == word and isinstance(m.span, DateSpan)]
    assert days == [want]


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        # a weekday with its date in brackets is that date, day first or month first as the weekday fits
        ("Queen Ann Roe opened a school in Ashby on Monday (10.04.17).", "on Monday (10.04.17)", dt.date(2017, 4, 10)),
        ("Queen Ann Roe opened a school in Ashby on Friday (3/9/2021).", "on Friday (3/9/2021)", dt.date(2021, 9, 3)),
        ("King Olaf Berg toured Brill on Saturday (11.04.2020) with his son.", "on Saturday (11.04.2020)", dt.date(2020, 4, 11)),
        # (a date that falls on no such weekday is left as it is)
        ("Queen Ann Roe opened a school in Ashby on Monday (11.04.17).", "on Monday", None),
    ],
)
def test_a_weekday_with_its_date_in_brackets_is_that_date(text: str, phrase: str, want: dt.date | None) -> None:
    found = [m for m in find_dates(text, None) if m.text.startswith("on ")]
    assert [m.text for m in found] == [phrase]
    assert (found[0].span.start if isinstance(found[0].span, DateSpan) else None) == want


# --- dates5: fresh-page date phrases ------------------------------------------------------------


def _read5(text: str, anchor: dt.date) -> list[tuple[str, tuple[dt.date, dt.date] | None]]:
    from timeline.model import DateSpan as _Span
    from timeline.temporal import scan as _scan

    return [
        (text[f.start : f.end], (f.span.start, f.span.end) if isinstance(f.span, _Span) else None)
        for f in _scan(text, anchor)
    ]


def test_day_word_takes_the_day_named_after_its_comma() -> None:
    d = dt.date(2019, 3, 13)
    got = _read5("The Duke of Orsk began today, Tuesday March 12, a four-day tour of Vesna.", d)
    assert got == [("today, Tuesday March 12", (dt.date(2019, 3, 12), dt.date(2019, 3, 12)))]


def test_weekday_picks_the_year_of_a_month_day() -> None:
    d = dt.date(2022, 2, 10)
    got = _read5("Governor Ola Brandt landed in Port Kell on Tuesday, November 9.", d)
    assert got == [("on Tuesday, November 9", (dt.date(2021, 11, 9), dt.date(2021, 11, 9)))]


def test_waitangi_day_and_juneteenth_are_days() -> None:
    got = _read5("Minister Rua Tane flies to Fiji on Waitangi Day.", dt.date(2024, 2, 1))
    assert got == [("on Waitangi Day", (dt.date(2024, 2, 6), dt.date(2024, 2, 6)))]
    got = _read5("The mayor spoke in Tulsa on Juneteenth.", dt.date(2021, 6, 25))
    assert got == [("on Juneteenth", (dt.date(2021, 6, 19), dt.date(2021, 6, 19)))]


def test_month_named_as_an_event_is_a_month() -> None:
    got = _read5("The September visit includes a ceremony in Lorn.", dt.date(2018, 6, 13))
    assert got == [("September", (dt.date(2018, 9, 1), dt.date(2018, 9, 30)))]
    assert _read5("The August body met in Lorn.", dt.date(2018, 6, 13)) == []


def test_looking_forward_to_reads_ahead() -> None:
    got = _read5("Dale said he was looking forward to Premier Oru visiting Kell again, in March.", dt.date(2023, 12, 1))
    assert got == [("March", (dt.date(2024, 3, 1), dt.date(2024, 3, 31)))]
