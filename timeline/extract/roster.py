"""The roster completed for extraction: people the headline names whom the body calls by office, and
home countries named with the office."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from gazetteer.model import PlaceKind
from timeline._regex import holds_word
from timeline.article import Article, ParagraphKind
from timeline.extract.places import _gazetteer
from timeline.model import Person, Unknown
from timeline.people import (
    OfficeAlone,
    PersonMention,
    Roster,
    headline_subject,
    is_head,
    mention_references,
    named_subjects,
    offices_alone,
    surname,
)

# "Republic of Azerbaijan", "Kingdom of Saudi Arabia", "Islamic Republic of Pakistan": a state's style
_STYLE = re.compile(
    r"^(?:the\s+)?(?:(?:Federal|Islamic|Democratic|People['’]s|Socialist|Arab|United|Hashemite|Sultanate)\s+)*"
    r"(?:Republic|Kingdom|State|Sultanate|Commonwealth|Federation|Principality|Grand Duchy|Emirate)\s+of\s+(?:the\s+)?"
)


def _home_countries(roster: Roster) -> None:
    """The traveller's country where the report names it with the office ("Prime Minister of Sri
    Lanka", "Azerbaijan's President") rather than with a demonym."""
    for mention in roster.mentions:
        person = roster.who(mention.name)
        if not mention.origin or person is None or person.name in roster.countries:
            continue
        countries = _gazetteer().lookup(mention.origin, kind=PlaceKind.COUNTRY)
        if not countries and " of " in mention.origin:
            # "President of the Republic of Azerbaijan", "the Kingdom of Saudi Arabia": the country's style
            countries = _gazetteer().lookup(_STYLE.sub("", mention.origin), kind=PlaceKind.COUNTRY)
        if len(countries) == 1:
            roster.countries[person.name] = countries[0].country


_WEIGHTY_PLACE = 100_000  # people: a town this big is what a bare one-word subject names


def _not_places(mentions: Sequence[PersonMention]) -> list[PersonMention]:
    """The mentions, less one-word subjects read without an office that name a country, a first-level
    division or a large city ("that Wellington makes a major effort": the city, not a person)."""
    words = {w for m in mentions if " " in m.name for w in m.name.split()}  # (a word of a full name is its)
    return [
        m
        for m in mentions
        if not (
            m.rule == "bare-subject"
            and not m.title
            and " " not in m.name
            and m.name not in words
            and any(
                p.name == m.name
                and (
                    p.kind in (PlaceKind.COUNTRY, PlaceKind.ADMIN1)
                    or (p.kind in (PlaceKind.CITY, PlaceKind.TOWN) and p.population >= _WEIGHTY_PLACE)
                )
                for p in _gazetteer().lookup(m.name)
            )
        )
    ]


def _named_only_above(
    article: Article, body: Sequence[PersonMention], above: Sequence[PersonMention]
) -> list[PersonMention]:
    """People the headline names whom the body calls only by their office.

    "PM Jane Roe arrives in Paris" over "The Prime Minister arrived in Paris on Monday": she is the
    one who arrived. "Jane Roe arrives in Paris" (or "Roe arrives in Paris") over "The Kenyan president
    arrived in Paris", where no one the body names holds that office: she is the Kenyan president.
    """
    named = {m.name for m in body if m.rule != "nameless-royal"} | {surname(m.name) for m in body}
    lower = None
    out = []
    alone: list[OfficeAlone] | None = None
    candidates = list(above)
    headline = article.headline_evidence
    if not isinstance(headline, Unknown) and not any(m.start >= headline.start for m in above if m.start < headline.end):
        opening = headline_subject(article.text, headline.start, headline.end)
        # ("Ghana in talks with lenders": a country, a state or a city, not a name)
        if opening is not None and not any(
            p.kind in (PlaceKind.COUNTRY, PlaceKind.ADMIN1, PlaceKind.CITY) for p in _gazetteer().lookup(opening.name)
        ):
            candidates.append(opening)
    untitled = [m for m in candidates if not m.title and m.name not in named]
    for mention in candidates:
        if mention.name in named or (not mention.title and len(untitled) != 1):
            continue
        lower = article.text.lower() if lower is None else lower
        # ("Pope Jane I visits Riga" over "The pontiff arrived": a style the body reads as a nameless royal)
        # ("Foreign Minister Jane Roe visits Riga" over "The minister arrived", "Queen Jane visits Riga"
        # over "Her Majesty arrived": a shorter office or a style of the one the headline gives)
        if (
            any(holds_word(lower, r, "-", "-") for r in mention_references(mention))
            or any(m.rule == "nameless-royal" and m.title == mention.title for m in body)
        ):
            out.append(mention)
            continue
        if alone is None:
            alone = [
                a
                for p in article.paragraphs
                if p.kind in (ParagraphKind.BODY, ParagraphKind.CAPTION)
                for a in offices_alone(article.text, p.start, p.end)
            ]
        fits = [
            a
            for a in alone
            # ("President Jane Roe visits Riga" over "The Kenyan leader arrived": a head's country's leader)
            if (a.title == mention.title or (not a.title and is_head(mention.title)) if mention.title else True)
            # (an office someone the body names holds, in the same country, is theirs; a leader, a head's)
            and not any(
                (m.title == a.title if a.title else is_head(m.title))
                and (not a.country or not m.country or m.country == a.country)
                for m in body
            )
        ]
        held = {a.title for a in fits if a.title}
        if fits and len(held) <= 1:
            out.append(
                attrs.evolve(
                    mention,
                    title=mention.title or next(iter(held), ""),
                    # ("Roe arrives in Riga" over "The Kenyan leader arrived": how the body calls her)
                    styles=(*mention.styles, *(a.style for a in fits if a.style and not mention.title and not held)),
                    country=mention.country or fits[0].country,
                    origin=mention.origin or fits[0].origin,
                )
            )
    return out


def _office_country(alone: OfficeAlone) -> str:
    """The country code of an office written alone: its demonym's, or its owner's ("Indonesia's president")."""
    if alone.country or not alone.origin:
        return alone.country
    countries = _gazetteer().lookup(alone.origin, kind=PlaceKind.COUNTRY)
    return countries[0].country if len(countries) == 1 else ""


def _untitled_by_office(article: Article, body: Sequence[PersonMention]) -> list[PersonMention]:
    """The one person the body names without an office, given the office the body writes alone.

    "Indonesia's new president headed to China ... Prabowo said he would first visit Beijing": where the
    report names one person with no office, and an office written alone ("the Kenyan president",
    "Indonesia's new president") is held by no one it names in that country, the office is that person's.
    """
    titled = [m for m in body if m.title]
    words = {w for m in titled for w in m.name.split()}
    untitled = {
        m.name: m
        for m in body
        if not m.title and m.rule not in ("nameless-royal", "speaker-line") and not set(m.name.split()) & words
    }
    if not untitled:
        # "Jane Roe says the damage is heartbreaking ... The premier flew to Moree": where the body gives
        # no name without an office but the full names opening its sentences, the one such name
        untitled = {m.name: m for m in _named_subjects(article) if not set(m.name.split()) & words}
    if len(untitled) != 1:
        return []
    (mention,) = untitled.values()
    if any(m.title for m in body if m.name == mention.name):
        return []
    fits = []
    for p in article.paragraphs:
        if p.kind not in (ParagraphKind.BODY, ParagraphKind.CAPTION):
            continue
        for alone in offices_alone(article.text, p.start, p.end):
            if not alone.title:
                continue
            country = _office_country(alone)
            if not any(
                m.title == alone.title and (not country or not m.country or m.country == country) for m in titled
            ):
                fits.append((alone, country))
    if len({a.title for a, _ in fits}) != 1:
        return []
    alone, country = fits[0]
    return [attrs.evolve(mention, title=alone.title, country=mention.country or country, origin=mention.origin or alone.origin)]


def _named_subjects(article: Article) -> list[PersonMention]:
    """The untitled full names opening the body's sentences (:func:`~timeline.people.named_subjects`), less
    those that name places ("New South Wales has ...")."""
    return [
        m
        for p in article.paragraphs
        if p.kind in (ParagraphKind.BODY, ParagraphKind.CAPTION)
        for m in named_subjects(article.text, p.start, p.end)
        if not _gazetteer().lookup(m.name)
    ]


# A transcript's speaker: a line that is a name with a note in brackets, as a parliament's record gives it
# ("Jane Roe (Lira North, Unity Party)"; a photo caption glued before it is no part of the name), or a
# label opening a paragraph ("SECRETARY ROE:", "The Prime Minister (Mrs Jane Roe):")
_NAME_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’-]+"
_SPEAKER_LINE = re.compile(rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,3}})\s*\([^()\n]{{3,80}}\)\s*$")
_SPEAKER_LABEL = re.compile(
    r"(?P<label>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*(?:\((?P<inner>[^()\n]{3,60})\))?:\s+(?=\S)"
)


def _speaker_line(article: Article, start: int, end: int) -> re.Match[str] | None:
    """The speaker's name of a line that is a name with a note in brackets (see :data:`_SPEAKER_LINE`)."""
    if end - start > 120 or article.text[start:end].rstrip().endswith((".", "?", "!")):
        return None
    return _SPEAKER_LINE.search(article.text, start, end)


def _speakers_named(article: Article) -> list[PersonMention]:
    """The speakers of a transcript who are named only on their line ("Jane Roe (Lira North, Unity Party)"):
    people of the report, who may tell their own journeys ("I travelled to Madrid on 28 April")."""
    out = []
    for paragraph in article.paragraphs:
        line = _speaker_line(article, paragraph.start, paragraph.end)
        if line is not None:
            at, end = line.start("name"), line.end("name")
            out.append(PersonMention(at, end, line.group("name"), "", "speaker-line", at, end))
    return out


def speakers(article: Article, roster: Roster) -> dict[int, Person]:
    """The speaker of each paragraph of a transcript, by the paragraph's start: the person of the last
    speaker's line or label before it (or opening it) whom the roster knows. Empty for other reports."""
    out: dict[int, Person] = {}
    speaker: Person | None = None
    for paragraph in article.paragraphs:
        line = _speaker_line(article, paragraph.start, paragraph.end)
        label = None if line is not None else _SPEAKER_LABEL.match(article.text, paragraph.start, paragraph.end)
        words = (
            [line.group("name")]
            if line is not None
            else [label.group("inner") or "", label.group("label")]
            if label is not None
            else []
        )
        if words:
            speaker = None
            for said in words:
                said = _COURTESY_OPENING.sub("", said.strip())
                if not said:
                    continue
                # ("SECRETARY ROE", "PRESIDENT NAZARBAYEV": a label in capitals read as a name is written)
                said = said.title() if said.isupper() else said
                speaker = roster.who(said) or roster.who(said.split()[-1])
                if speaker is not None:
                    break
        if speaker is not None:
            out[paragraph.start] = speaker
    return out


_COURTESY_OPENING = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Madam|Sir|Dame)\.?\s+")
