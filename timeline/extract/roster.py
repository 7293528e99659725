"""The roster completed for extraction: people the headline names whom the body calls by office, and
home countries named with the office."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer.model import PlaceKind
from timeline.article import Article
from timeline.extract.places import _gazetteer
from timeline.people import PersonMention, Roster

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


def _named_only_above(
    article: Article, body: Sequence[PersonMention], above: Sequence[PersonMention]
) -> list[PersonMention]:
    """People the headline names whom the body calls only by their office.

    "PM Jane Roe arrives in Paris" over "The Prime Minister arrived in Paris on Monday": she is the
    one who arrived.
    """
    named = {m.name for m in body}
    lower = None
    out = []
    for mention in above:
        if mention.name in named or not mention.title:
            continue
        lower = article.text.lower() if lower is None else lower
        if f"the {mention.title.lower()}" in lower:
            out.append(mention)
    return out
