"""Header lines that give the dateline or the publication day in layouts met on several outlets (made-up text)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.model import Dateline

LEAD = (
    "The foreign minister arrived in the capital on Saturday for two days of talks with his counterpart "
    "on trade, energy and the security of the border region."
)


def article(*lines: str) -> Article:
    return Article.from_text("\n\n".join(lines), source="test.txt")


def test_place_and_day_line_above_the_issuers_lines_is_the_dateline() -> None:
    # a release: the place and its day, then the office issuing it, then the lead
    read = article(
        "Joint Press Conference",
        "Valmont, Ruritania, March 9, 2019",
        "As released by the Office of the Spokesman",
        "Ministry of Foreign Affairs",
        LEAD,
    )
    assert isinstance(read.dateline, Dateline)
    assert read.dateline.place == "Valmont"
    assert read.dateline.date == dt.date(2019, 3, 9)
    assert read.published == dt.date(2019, 3, 9)


def test_place_and_day_line_right_over_the_lead_still_opens_the_body() -> None:
    read = article("Minister arrives for talks", "Valmont, 9 March 2019", LEAD)
    assert isinstance(read.dateline, Dateline)
    assert read.dateline.place == "Valmont"
    assert read.dateline.date == dt.date(2019, 3, 9)


def test_a_day_without_its_year_in_the_header_makes_no_dateline() -> None:
    # ("Valmont, March 9" with no year: a sidebar's entry as likely as a dateline)
    read = article("Minister arrives for talks", "Valmont, March 9", "Ministry of Foreign Affairs", LEAD)
    assert not isinstance(read.dateline, Dateline)


@pytest.mark.parametrize("text", ["B(Xinhua)", "Suzhou (Xinhua)", "Suzhou (Xinhua)\n\nThe premier visited Suzhou."])
def test_a_place_and_agency_alone_on_a_line_is_read_without_error(text: str) -> None:
    # the dateline-alone patterns include one with no year groups (found by tests/test_fuzz.py)
    Article.from_text(text)
