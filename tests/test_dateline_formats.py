"""Wire formats of the dateline: each the way an agency or a paper sets it, read with invented reports."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.model import Unknown


def _article(text: str) -> Article:
    return Article.from_text(text, source="wire.txt")


def test_an_archive_long_dash_set_as_a_spaced_underscore() -> None:
    # the AP's archive of the 1990s and 2000s sets the dateline's long dash as " _ "
    article = _article(
        "KARATOWN, Velmora (AP) _ President Adra Tolvane toured flooded villages on Monday and promised aid "
        "to the farmers of the northern districts.\n"
    )
    assert not isinstance(article.dateline, Unknown)
    assert (article.dateline.place, article.dateline.agency) == ("KARATOWN", "AP")
    assert article.dateline.evidence.text == "KARATOWN, Velmora (AP) _ "


def test_an_underscore_is_no_dash_without_the_agency_bracket() -> None:
    article = _article(
        "KARATOWN _ President Adra Tolvane toured flooded villages on Monday and promised aid.\n"
    )
    assert isinstance(article.dateline, Unknown)


def test_a_day_and_an_agency_with_no_place() -> None:
    # "Oct. 3 (UPI) -- President ...": UPI opens its reports with the day and its bracket
    article = _article(
        " date 2024-10-03\nOct. 3 (UPI) -- President Adra Tolvane planned on touring the storm damage in "
        "Quessant on Thursday after visiting two other towns.\n"
    )
    assert not isinstance(article.dateline, Unknown)
    assert (article.dateline.place, article.dateline.agency) == ("", "UPI")
    assert article.dateline.date == dt.date(2024, 10, 3)


def test_a_day_before_an_unknown_bracket_is_no_dateline() -> None:
    article = _article(
        "Oct. 3 (Friday) -- President Adra Tolvane planned on touring the storm damage in Quessant on "
        "Thursday after visiting two other towns.\n"
    )
    assert isinstance(article.dateline, Unknown)


def test_a_place_and_its_country_before_a_spaced_hyphen() -> None:
    # "Davos, Switzerland - President ...": the country between the place and the hyphen
    article = _article(
        " date 2026-01-13 Quessant, Switzerland - President Adra Tolvane will join dozens of leaders at the "
        "forum in Quessant next week, the organisers said.\n"
    )
    assert not isinstance(article.dateline, Unknown)
    assert article.dateline.place == "Quessant"


def test_a_word_and_a_region_that_is_no_country_stay_the_lead() -> None:
    article = _article(
        "Rising, Falling - President Adra Tolvane will join dozens of leaders at the forum in Quessant next "
        "week, the organisers said.\n"
    )
    assert isinstance(article.dateline, Unknown)
