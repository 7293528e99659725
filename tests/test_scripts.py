"""Names in both scripts in the JSON (issue 15, item 7): a Chinese report's people carry the name as
written and its pinyin, its places the name as written beside the gazetteer's; English reports lose
and rename nothing; JSON written before the pinyin field reads back."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given

from gazetteer.model import Place, PlaceKind, Resolved
from timeline.export import from_json, to_json, unstructure
from timeline.extract import extract_text
from timeline.model import Document, Extraction, Person, Title
from timeline.testing import strategies as tst
from timeline.zh.reader import extract_chinese_text

SIMPLIFIED = (
    "新华社宁波10月9日电　中共中央政治局常委、国务院总理李强9日在浙江宁波考察，10日来到舟山。\n"
    "李强强调，要推动高质量发展。\n"
)
TRADITIONAL = (
    "新華社寧波10月9日電　中共中央政治局常委、國務院總理李強9日在浙江寧波考察，10日來到舟山。\n"
    "李強強調，要推動高質量發展。\n"
)
ENGLISH = (
    "2025-10-11\n"
    "NINGBO, Oct. 9 (Xinhua) -- Chinese Premier Li Qiang on Thursday inspected the city of Ningbo"
    " in east China's Zhejiang Province.\n"
)


@pytest.fixture(scope="module")
def chinese() -> Document:
    return extract_chinese_text(SIMPLIFIED, source="zh.txt", published=dt.date(2025, 10, 11))


def _trip_json(doc: Document) -> dict:
    (trip,) = json.loads(to_json(doc))["trips"]
    return trip


def test_a_chinese_report_writes_the_name_as_written_and_its_pinyin(chinese: Document) -> None:
    trip = _trip_json(chinese)
    assert trip["person"]["name"] == "李强"
    assert trip["person"]["pinyin"] == "Li Qiang"
    assert trip["person"]["title"] == "国务院总理"
    assert trip["person"]["aliases"][0] == "Li Qiang"  # as before: the itinerary merges by it


def test_a_chinese_report_writes_each_place_as_written_beside_the_gazetteer_name(chinese: Document) -> None:
    trip = _trip_json(chinese)
    assert [(s["place"]["text"], s["place"]["name"]) for s in trip["stops"]] == [
        ("宁波", "Ningbo"),
        ("舟山", "Zhoushan"),
    ]
    assert [(r["text"], r["name"]) for r in trip["regions"]] == [("浙江", "Zhejiang")]


def test_a_traditional_report_keeps_its_script() -> None:
    doc = extract_chinese_text(TRADITIONAL, source="zht.txt", published=dt.date(2025, 10, 11))
    trip = _trip_json(doc)
    assert (trip["person"]["name"], trip["person"]["pinyin"]) == ("李強", "Li Qiang")
    assert [(s["place"]["text"], s["place"]["name"]) for s in trip["stops"]] == [
        ("寧波", "Ningbo"),
        ("舟山", "Zhoushan"),
    ]


def test_an_english_report_loses_and_renames_nothing() -> None:
    doc = extract_text(ENGLISH, source="en.txt")
    trip = _trip_json(doc)
    assert trip["person"]["name"] == "Li Qiang"
    assert trip["person"]["pinyin"] == ""  # a name in Latin letters has none
    assert trip["person"]["title"] == "Premier"
    (stop,) = trip["stops"]
    assert (stop["place"]["text"], stop["place"]["name"]) == ("the city of Ningbo", "Ningbo")


@pytest.mark.parametrize("indent", [2, None])
def test_chinese_and_english_documents_round_trip(chinese: Document, indent: int | None) -> None:
    batch = Extraction((chinese, extract_text(ENGLISH, source="en.txt")))
    text = to_json(batch, indent=indent)
    assert from_json(text, Extraction) == batch
    assert json.loads(text) == unstructure(batch)  # the fast writer and cattrs agree
    assert "李强" in text  # Chinese is written as it is, not escaped
    assert "\\u" not in text


@given(tst.people())
def test_people_round_trip_with_or_without_pinyin(person: Person) -> None:
    assert from_json(to_json(person), Person) == person
    assert json.loads(to_json(person))["pinyin"] == person.pinyin


def test_json_written_before_the_pinyin_field_reads_back() -> None:
    old = '{"name": "李强", "title": "国务院总理", "aliases": ["Li Qiang", "总理"]}'
    person = from_json(old, Person)
    assert person == Person("李强", Title("国务院总理"), ("Li Qiang", "总理"))
    assert person.pinyin == ""


def test_a_place_as_written_round_trips() -> None:
    ref = Resolved("宁波", Place(1799397, "Ningbo", PlaceKind.CITY, "CN", "02", 29.8782, 121.5494), "zh-longest")
    data = json.loads(to_json(ref))
    assert (data["text"], data["name"]) == ("宁波", "Ningbo")
    assert from_json(to_json(ref), Resolved) == ref
