"""Names on the pages in the report's script, and the other script for popups and tooltips.

A Chinese report writes names in Chinese characters: its people are labelled as written (李强,
李強) with their pinyin (Li Qiang) beside, and its places as written (宁波, 濟南) with the
gazetteer's name (Ningbo, Jinan).  An English report's people and places are labelled in Latin
letters, and the other script is the Chinese name where one is known: a place's from the
gazetteer's Chinese names (``gazetteer/data/zh_names.tsv``, by GeoNames id), a person's from a
Chinese report of the same person in the batch, else from the leaders the Chinese reader knows by
name.  Nothing is guessed from the sound of a name.

>>> from gazetteer.model import PlaceKind
>>> place_names(Resolved("宁波", Place(1799397, "Ningbo", PlaceKind.CITY, "CN", "02", 29.9, 121.5), "zh-longest"))
Names(label='宁波', other='Ningbo', lang='zh-Hans', other_lang='en')
>>> place_names(Resolved("the city of Ningbo", Place(1799397, "Ningbo", PlaceKind.CITY, "CN", "02", 29.9, 121.5), "unique"))
Names(label='Ningbo', other='宁波', lang='', other_lang='zh-Hans')
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Iterable

from attrs import frozen

from gazetteer.model import Place, PlaceRef, Resolved
from timeline.model import Person, Trip

__all__ = [
    "LANG_CODES",
    "Names",
    "PersonNames",
    "chinese_place_name",
    "han",
    "lang_code",
    "people",
    "person_key",
    "place_names",
    "trip_lang",
]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

LANG_CODES: tuple[tuple[str, str], ...] = (
    ("", ""),
    ("zh-Hans", "en"),
    ("zh-Hant", "en"),
    ("", "zh-Hans"),
    ("", "zh-Hant"),
)
"""The (label, other) ``lang`` pairs the map's data gives as one number (its index)."""

# levels whose short name is the name to show (宁波 for 宁波市; a county keeps its full name, 安吉县)
_SHORT_LEVELS = ("province", "prefecture", "country", "foreign-city")
# where a county's seat is joined to its city's record (定海区 and 舟山市 both Zhoushan), the city wins
_RANK = {"province": 0, "country": 0, "prefecture": 1, "foreign-city": 1, "county": 2}


@frozen
class Names:
    """A label in the report's script and the same name in the other script.

    Attributes:
        label: as the page shows it.
        other: the other script, empty where none is known.
        lang: ``"zh-Hans"`` or ``"zh-Hant"`` for a Chinese label; empty for Latin letters
            (the page's own language).
        other_lang: the language of ``other`` (``"en"`` beside a Chinese label).
    """

    label: str
    other: str = ""
    lang: str = ""
    other_lang: str = ""

    @property
    def code(self) -> int:
        """The index of ``(lang, other_lang)`` in :data:`LANG_CODES` (0 where there is no other)."""
        pair = (self.lang, self.other_lang if self.other else "")
        return LANG_CODES.index(pair) if pair in LANG_CODES else 0


@frozen
class PersonNames(Names):
    """A person's names, with the key that makes 李强 and Li Qiang one person, and the title."""

    key: str = ""
    title: str = ""


def han(text: str) -> bool:
    """Whether ``text`` holds a Chinese character."""
    return _HAN.search(text) is not None


def lang_code(text: str) -> str:
    """``"zh-Hant"`` or ``"zh-Hans"`` for text in Chinese characters (traditional where characters
    found only in traditional script outnumber those found only in simplified, as the reader
    decides a report's script), else ``""``."""
    chars = _HAN.findall(text)
    if not chars:
        return ""
    from timeline.zh.language import _SIMP, _TRAD

    trad = sum(1 for ch in chars if ch in _TRAD)
    simp = sum(1 for ch in chars if ch in _SIMP)
    return "zh-Hant" if trad > simp else "zh-Hans"


def trip_lang(trip: Trip) -> str:
    """The script of a trip's Chinese words (its traveller, evidence and headlines): a name is too
    short to tell 林郑月娥 from 林鄭月娥 by, the sentences around it are not.  ``""`` for none."""
    parts = [trip.person.name, *(ev.text for ev in trip.evidence), *(src.headline for src in trip.sources)]
    return lang_code("".join(parts))


@functools.cache
def _chinese_place_names() -> dict[int, str]:
    """GeoNames id -> a Chinese name, from the gazetteer's table (read as plain text, no records made).

    China's divisions and the hand-written countries and cities first, the highest division joined
    to a record winning (their short name, 宁波 for 宁波市; a county's full name, 安吉县); a GeoNames
    alternate name only where it is also one of those names, so that a Japanese or traditional form
    is never taken for the simplified name.
    """
    text = (importlib.resources.files("gazetteer") / "data" / "zh_names.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.split("\n")[2:] if line]
    curated = {name for row in rows if row[2] != "geonames" for name in (row[0], row[1])}
    best: dict[int, tuple[int, str]] = {}  # id -> (rank, name): the highest division joined to it wins
    for zh, short, level, _adcode, geonameid, *_ in rows:
        if not geonameid or geonameid == "0":
            continue
        if level == "geonames":
            if zh not in curated:
                continue
            rank, name = len(_RANK), short if short in curated else zh
        else:
            rank, name = _RANK.get(level, len(_RANK) - 1), short if level in _SHORT_LEVELS else zh
        if int(geonameid) not in best or rank < best[int(geonameid)][0]:
            best[int(geonameid)] = (rank, name)
    return {geonameid: name for geonameid, (_, name) in best.items()}


def chinese_place_name(place: Place) -> str:
    """The Chinese name of a gazetteer record, or ``""`` where the table has none."""
    return _chinese_place_names().get(place.geonameid, "")


def place_names(ref: PlaceRef, lang: str = "") -> Names:
    """A place's label in the report's script (the words as written in a Chinese report), and the
    other script: the gazetteer's name beside a Chinese label, the Chinese name beside an English one.

    ``lang`` is the script of the report's Chinese (:func:`trip_lang`), where known; else the
    label's own characters tell it.
    """
    if not isinstance(ref, Resolved):
        return Names(ref.text, "", (lang or lang_code(ref.text)) if han(ref.text) else "", "")
    place = ref.place
    if han(ref.text):
        label = ref.text
        if len(label) < 2:  # an abbreviation (抵港): the name it stands for
            label = chinese_place_name(place) or label
        return Names(label, place.name, lang or lang_code(ref.text), "en")
    zh = chinese_place_name(place)
    return Names(place.name, zh, "", lang_code(zh) if zh else "")


def _pinyin_of(person: Person) -> str:
    if person.pinyin:
        return person.pinyin
    # JSON written before Person.pinyin: the Chinese reader put the pinyin first among the aliases
    if han(person.name) and person.aliases and person.aliases[0].isascii():
        return person.aliases[0]
    return ""


def person_key(person: Person) -> str:
    """What makes two people one: a Chinese name's pinyin, else the name (as the itinerary merges)."""
    return (_pinyin_of(person) or person.name).casefold()


@functools.cache
def _known_leaders() -> dict[str, str]:
    """Pinyin (casefolded) -> the Chinese name, for the leaders the Chinese reader knows by name."""
    from timeline.zh.people import _KNOWN, pinyin_name

    out: dict[str, str] = {}
    for name in _KNOWN:
        out.setdefault(pinyin_name(name).casefold(), name)
    return out


def people(trips: Iterable[Trip]) -> list[PersonNames]:
    """The travellers in order of first appearance, one per person however many scripts name them.

    The label is the name as the first report gives it; the other script is the pinyin beside a
    Chinese name, or the Chinese name beside a Latin one where a report in the batch or the
    Chinese reader's list of leaders gives it.
    """
    first: dict[str, Person] = {}
    chinese: dict[str, str] = {}
    words: dict[str, list[str]] = {}  # the Chinese words of the person's trips, for the script
    for trip in trips:
        key = person_key(trip.person)
        first.setdefault(key, trip.person)
        if han(trip.person.name):
            chinese.setdefault(key, trip.person.name)
            if trip.person.name == first[key].name:
                words.setdefault(key, []).extend(
                    [trip.person.name, *(ev.text for ev in trip.evidence), *(s.headline for s in trip.sources)]
                )
    out = []
    for key, person in first.items():
        title = person.title.name if person.title else ""
        if han(person.name):
            pinyin = _pinyin_of(person)
            lang = lang_code("".join(words.get(key, [person.name])))
            out.append(PersonNames(person.name, pinyin, lang, "en" if pinyin else "", key, title))
            continue
        zh = chinese.get(key) or _known_leaders().get(key, "")
        out.append(PersonNames(person.name, zh, "", lang_code(zh) if zh else "", key, title))
    return out

