"""The general reading rules behind the real-report corpus (issue 14), one test or table each.

Each sentence here is written for the test in the shape real reports take; none is a corpus report.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_text
from timeline.model import Dateline, DateSpan, Unknown
from timeline.people import find_people

# --- header: the scraped date token ----------------------------------------------------------


def test_date_token_then_lead_sentence_on_one_line() -> None:
    article = Article.from_text(
        " date 2019-03-02 Prime Minister Jane Doe on Saturday arrived in Hanoi for a two-day official visit,"
        " her office said in a statement.\n"
    )
    assert article.published == dt.date(2019, 3, 2)
    assert article.headline == ""
    assert any(p.text.startswith("Prime Minister Jane Doe") for p in article.paragraphs)


def test_date_token_then_dateline_on_one_line() -> None:
    article = Article.from_text(
        " date 2021-05-10 LIMA (AP) — The president arrived in Lima on Monday and met the mayor of the city"
        " and several ministers.\n"
    )
    assert article.published == dt.date(2021, 5, 10)
    assert isinstance(article.dateline, Dateline)
    assert (article.dateline.place, article.dateline.agency) == ("LIMA", "AP")


def test_date_token_then_headline_keeps_the_headline() -> None:
    article = Article.from_text(
        " date 2025-10-13 Vice premier urges efforts\n\nBEIJING, Oct. 11 (Xinhua) -- " + "word " * 20
    )
    assert article.published == dt.date(2025, 10, 13)
    assert article.headline == "Vice premier urges efforts"


# --- names and titles ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Turkish President Recep Tayyip Erdoğan arrived in Budapest.", "Recep Tayyip Erdoğan", "President"),
        ("President Luiz Inácio Lula da Silva arrived in Beijing.", "Luiz Inácio Lula da Silva", "President"),
        ("Mexican President Andrés Manuel López Obrador said.", "Andrés Manuel López Obrador", "President"),
        ("Vietnamese Prime Minister Phạm Minh Chính visited Laos.", "Phạm Minh Chính", "Prime Minister"),
        ("Polish President Andrzej Świątek spoke.", "Andrzej Świątek", "President"),
    ],
)
def test_names_with_letters_beyond_ascii(sentence: str, name: str, title: str) -> None:
    assert [(m.name, m.title) for m in find_people(sentence)] == [(name, title)]


def test_a_name_beyond_ascii_travels() -> None:
    doc = extract_text(
        " date 2023-06-05 ANKARA (AP) — Turkish President Recep Tayyip Erdoğan arrived in Budapest on Monday"
        " for a two-day official visit to Hungary, his office said.\n"
    )
    assert [t.person.name for t in doc.trips] == ["Recep Tayyip Erdoğan"]
    assert doc.trips[0].span == DateSpan(dt.date(2023, 6, 5), dt.date(2023, 6, 6))


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (
            "Zhang Dejiang, a member of the Standing Committee of the Political Bureau of the Communist Party of"
            " China Central Committee and chairman of the National People's Congress Standing Committee, made",
            "Chairman of the National People's Congress Standing Committee",
        ),
        (
            "Zhang Dejiang, a member of the Standing Committee of the Political Bureau of the CPC Central"
            " Committee and Chinese premier, visited",
            "Premier",
        ),
        ("Zhang Dejiang, a member of the Standing Committee of the Political Bureau, accompanied", ""),
    ],
)
def test_office_after_the_membership_clause(lead: str, title: str) -> None:
    assert [(m.name, m.title) for m in find_people(lead)] == [("Zhang Dejiang", title)]


def test_unknown_stays_unknown_without_a_date() -> None:
    doc = extract_text(
        "Prime Minister Jane Doe visited Hanoi and Haiphong during a tour of Vietnam, officials said.\n"
    )
    assert all(isinstance(t.span, Unknown) for t in doc.trips)
