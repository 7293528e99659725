"""Which places a trip sentence names: cities of provinces, countries, city-states, capitals, chains of places."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer.model import PlaceKind, PlaceRef, Resolved
from timeline.zh.places import PlaceMention
from timeline.zh.trips.patterns import _CLAUSE_MARK

# an arrival word before a place in the same clause, with only places and list marks between:
# "抵达乌兰巴托", "到北京述职", "将到访广东广州、海南博鳌和北京"
_ARRIVAL_BEFORE = re.compile(
    # "访问了北京、上海": the verb's 了 between it and the places
    r"(?:(?:抵达|到达|飞抵|前往|赴|来到|到访|访问|抵|到|访|转往|转赴|转抵|飞往|飞赴|移师)了?|(?<![现正])在"
    # "首站新加坡", "下一站是吉隆坡": a stop of an itinerary
    r"|(?:首站|第[一二三四五六七八九]站|下一站|最后一站|末站|一站)(?:是|为|抵达)?)[、和及与]*$"
)


def _is_city_province(ref: PlaceRef) -> bool:
    return (
        isinstance(ref, Resolved)
        and ref.place.kind is PlaceKind.ADMIN1
        and ref.place.division in ("Municipality", "Special Administrative Region")
    )


def _city_of(ref: Resolved) -> Resolved | None:
    """The city of a city-province (Beijing the municipality -> Beijing the city)."""
    from timeline.extract.places import _gazetteer

    cities = [
        c
        for c in _gazetteer().lookup(ref.place.name, kind=PlaceKind.CITY, country=ref.place.country)
        if c.admin1 == ref.place.admin1 or not ref.place.admin1  # Macao's region has no admin1 code
    ]
    return Resolved(ref.text, cities[0], "zh-municipality-as-city") if cities else None


def _is_country_ref(ref: PlaceRef) -> bool:
    """A country (``新加坡`` before it is read as its city): in a list of countries over a range, rule
    ``zh-range-not-stop`` dates none of them."""
    return isinstance(ref, Resolved) and (ref.place.kind is PlaceKind.COUNTRY or ref.rule == "zh-city-state")


def _city_state(ref: Resolved) -> Resolved | None:
    """Rule ``zh-city-state``: a country that is one city ("抵达新加坡") is that city too."""
    from timeline.extract.places import _gazetteer

    cities = _gazetteer().lookup(ref.place.name, kind=PlaceKind.CITY, country=ref.place.country)
    same = [c for c in cities if c.name == ref.place.name]
    return Resolved(ref.text, same[0], "zh-city-state") if same else None


_BESIDES_BEFORE = re.compile(r"除(?:了)?[、和及]*$")

_BESIDES_AFTER = re.compile(r"[^，,。；]{0,12}?(?:以|之)?外[，,]?(?:还|也|并|又)")

_LIST_MARK = re.compile(r"、|和|及|与")


def _list_bounds(place: PlaceMention, others: Sequence[PlaceMention], simp: str) -> tuple[int, int]:
    """Where the run of places ``place`` is written in begins and ends: places right after one another
    ("新疆乌鲁木齐") or joined by list marks ("武汉、宜昌"), for a word before or after the whole run
    (rule ``zh-transit``: "途经新疆乌鲁木齐，前往", "途经武汉、宜昌，来到")."""
    lead, tail = place.start, place.end
    moved = True
    while moved:
        moved = False
        for o in others:
            if o.end == lead or (o.end == lead - 1 and _LIST_MARK.match(simp, o.end)):
                lead, moved = o.start, True
            if o.start == tail or (o.start == tail + 1 and _LIST_MARK.match(simp, tail)):
                tail, moved = o.end, True
    return lead, tail


def _capital_city(
    place: PlaceMention, simplified: str, others: Sequence[PlaceMention] = ()
) -> Resolved | None:
    """A city-province named as the place arrived in ("抵达乌兰巴托", "飞抵北京"): the city; so is a
    country that is one city after an arrival word ("抵达新加坡", rule ``zh-city-state``).

    Abroad, a municipality is its capital city; at home only after an arrival word ("在北京考察"
    names the municipality as a trip's region), with only other places and list marks between
    ("到访广东广州、海南博鳌和北京"); Hong Kong and Macao count as municipalities.
    """
    ref = place.ref
    state = isinstance(ref, Resolved) and ref.place.kind is PlaceKind.COUNTRY
    if not isinstance(ref, Resolved) or not (state or _is_city_province(ref)):
        return None
    before = simplified[max(0, place.start - 20) : place.start]
    clause = _CLAUSE_MARK.split(before)[-1]
    # the words between an arrival word and the place are other places and list marks only
    start = place.start - len(clause)
    blanked = list(clause)
    for other in others:
        for i in range(max(other.start, start), min(other.end, place.start)):
            blanked[i - start] = "、"
    if (
        (state or ref.place.country in ("CN", "HK", "MO"))
        and not _ARRIVAL_BEFORE.search("".join(blanked))
        # rule zh-besides: "除北京外，还将访问上海": the place set beside the places gone to is gone to too
        and not (_BESIDES_BEFORE.search("".join(blanked)) and _BESIDES_AFTER.match(simplified, place.end))
    ):
        return None
    return _city_state(ref) if state else _city_of(ref)


# "某市某镇某村": the town written between a county and its village, which the village stands for
_TOWN_BETWEEN = re.compile(r"[\u4e00-\u9fff]{1,4}[镇乡]")


def _place_chains(simp: str, places: Sequence[PlaceMention]) -> list[list[PlaceMention]]:
    """The places of a list, each item the places run together ("某市某镇"), items parted by 和/、/及/与;
    none where anything else stands between two places."""
    chains: list[list[PlaceMention]] = []
    for p in sorted(places, key=lambda x: x.start):
        if chains and (p.start == chains[-1][-1].end or _TOWN_BETWEEN.fullmatch(simp, chains[-1][-1].end, p.start)):
            chains[-1].append(p)
        elif not chains or simp[chains[-1][-1].end : p.start] in ("和", "、", "及", "与", "以及"):
            chains.append([p])
        else:
            return []
    return chains


def _place_key(ref: PlaceRef) -> str:
    return f"id:{ref.place.geonameid}" if isinstance(ref, Resolved) else f"text:{ref.text}"
