"""The recogniser's and resolver's quick paths give what their plain versions give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import Gazetteer, PlaceKind
from gazetteer import recognize as rec
from gazetteer import resolve as res
from gazetteer.model import Place

# the token pattern as first written (rec._TOKEN is the same, arranged to scan faster)
PLAIN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’\-]*(?<![’'\-])|\d+")
TRICKY = (
    "U.S. U.S.A U.Sx A1b2 ²³ foo_bar _x x_ don't rock-'s China's-' ’S 12ab ab12 O'Neill's É.U. "
    "U.S.’s -- 3.5 east China's Zhejiang Province, the city of Ningbo. Xi'an's well-known  \n"
)
ALPHABET = st.sampled_from([*"aZ.'’-_ s1²É\n,", "'s", "U.S.", "China's ", "of "])
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)


def plain_tokens(text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[object, ...]]:
    """The tokens as the recogniser first read them: (start, end, word, possessive, lower, capital)."""
    toks = []
    for m in PLAIN_TOKEN.finditer(text, pos, len(text) if endpos is None else endpos):
        start, end = m.span()
        word = m.group()
        poss = word.endswith(("'s", "’s"))
        if poss:
            end -= 2
            word = word[:-2]
        toks.append((start, end, word, poss, word.lower(), word[0].isupper()))
    return toks


def as_tuples(toks: rec._Toks) -> list[tuple[object, ...]]:
    return list(zip(toks.starts, toks.ends, toks.words, toks.poss, toks.lowers, toks.caps, strict=True))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_tokens_are_the_plain_tokens(text: str) -> None:
    assert rec._TOKEN.findall(text) == PLAIN_TOKEN.findall(text)
    assert as_tuples(rec._tokens_in(text)) == plain_tokens(text)


def test_every_window_is_the_slice_tokenised() -> None:
    doc = rec._Doc(TRICKY)
    for pos in range(len(TRICKY)):
        for endpos in range(pos, min(len(TRICKY), pos + 25) + 1):
            assert as_tuples(doc.window(pos, endpos)) == plain_tokens(TRICKY, pos, endpos), (pos, endpos)
            toks, at = doc.view(pos, endpos, 4)
            assert as_tuples(toks)[at : at + 4] == plain_tokens(TRICKY, pos, endpos)[:4], (pos, endpos)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["the", "city", "of", "east", "China's", "x.Korea's", "port", " ", "\n"]), max_size=12
    )
)
def test_descriptor_searches_start_late_enough(words: list[str]) -> None:
    tail = " ".join(words) + " "
    last = tail.rstrip()
    for pattern, chunks in (
        (rec._REGION_BEFORE, rec._REGION_CHUNKS),
        (rec._PLACE_NOUN_BEFORE, rec._NOUN_CHUNKS),
    ):
        full, late = pattern.search(tail), pattern.search(tail, rec._chunks_start(last, chunks))
        assert (full and (full.span(), full.groups())) == (late and (late.span(), late.groups()))


def test_title_words_tell_where_demonyms_are_written() -> None:
    text = "North Korean troops and South Africans met Chinese, not Chinese officials; SriLankan Sri Lankan "
    written = res._title_words(text)
    for demonym, _code, as_words in res._DEMONYMS_LOOKED_FOR:
        if as_words:
            assert (demonym in written) == (demonym in text), demonym


def test_within_and_left_out_are_the_plain_filters() -> None:
    gz = Gazetteer.default()
    pool = gz.lookup("Springfield") + gz.lookup("Georgia") + gz.lookup("China")
    parents: list[Place] = [p for p in pool if p.kind in (PlaceKind.ADMIN1, PlaceKind.COUNTRY)][:5]
    parents.append(pool[0])
    want = [p for p in pool if any(res._inside(p, q) or p == q for q in parents)]
    assert res._within(pool, parents) == want
    keep = pool[::3]
    assert list(res._left_out(pool, keep)) == [p for p in pool if p not in keep]


def test_a_day_or_month_after_a_small_town_ends_its_name() -> None:
    # AP style writes the day with no "on": "toured Watertown Saturday"
    gazetteer = Gazetteer.default()
    for text in ("She held a rally in Watertown Saturday.", "He toured Watertown March 5 and left."):
        assert [t.text for t in gazetteer.find(text)] == ["Watertown"]


def test_capitals_in_brackets_after_a_dateline_are_an_agency_not_a_state() -> None:
    gazetteer = Gazetteer.default()
    read = [(t.text, getattr(r, "place", None)) for t, r in gazetteer.resolve_document("LONDON (PA) - The King visited Lancaster.")]
    assert [text for text, _ in read] == ["LONDON", "Lancaster"]
    assert all(place is not None and place.country == "GB" for _, place in read)
    assert [t.text for t, _ in gazetteer.resolve_document("Springfield (Ill.) - The governor spoke.")] == ["Springfield", "Ill."]


def test_a_participle_opening_the_sentence_is_no_part_of_the_towns_name() -> None:
    from timeline.extract.places import _gazetteer

    found = [t.name for t, _ in _gazetteer().resolve_document("Visiting Jinja on Tuesday, Minister Ann Roe met troops.")]
    assert found == ["Jinja"]


def test_a_countrys_name_that_reads_as_a_plural_demonym_is_the_country() -> None:
    # ("the Philippines" less its "s" is the demonym "Philippine": the country's own name is no demonym)
    gazetteer = Gazetteer.default()
    found = [t.name for t in gazetteer.find("The president arrived in the Philippines on Monday.")]
    assert found == ["Philippines"]
    assert [t.name for t in gazetteer.find("Philippine officials met him in Lira.")] == ["Lira"]


_RUN_WORDS = st.sampled_from(
    ["New", "York", "City", "San", "Jose", "Del", "Monte", "Saint", "Louis", "President", "Xi", "Jinping",
     "of", "the", "Port", "Moresby", "Mount", "Kenya", "Xi'an", "-", "Cape", "Town", "Zzyzx", "Qqq"]
)  # fmt: skip


@settings(max_examples=60)
@given(st.lists(_RUN_WORDS, min_size=2, max_size=6))
def test_the_runs_of_words_known_are_those_looked_up_one_by_one(words: list[str]) -> None:
    # (the runs past one no name goes on from are not looked up: none of them is known)
    index = Gazetteer.default().index
    assert rec._known_runs.__wrapped__(index, tuple(words)) == tuple(
        bool(index.rows_for_name(" ".join(words[:m]))) for m in range(1, len(words) + 1)
    )
