"""Chinese place names in text -> :class:`~gazetteer.model.PlaceRef`.

Rules, each named in the ``rule`` of the :class:`~gazetteer.model.Resolved` it makes:

* ``zh-longest``: at each position the longest name of the table wins (``浙江省宁波市`` is
  ``浙江省`` then ``宁波市``, never ``江省``).  Provinces, prefectures, countries and capitals
  match by full or short name (``浙江``, ``宁波``); counties and districts by full name only
  (``安吉县``), since many short county names are ordinary words.
* ``zh-preceding-province``: a name right after a province (``浙江宁波``, ``浙江省宁波市``) is
  the namesake in that province.
* ``zh-document-province``: else the namesake in a province the report names.
* ``zh-rank``: else the highest division (province, prefecture, county), then the most people.
* a division with no GeoNames record is :class:`~gazetteer.model.Unresolved` with the reason.
"""

from __future__ import annotations

import functools
from collections import defaultdict

from attrs import frozen

from gazetteer.model import PlaceKind, PlaceRef, Resolved, Unresolved
from gazetteer.zh_names import ZhName, load_zh_names

__all__ = ["PlaceMention", "find_places"]

_SHORT_LEVELS = frozenset({"province", "prefecture", "country", "foreign-city"})
_RANK = {"province": 0, "country": 0, "prefecture": 1, "foreign-city": 1, "geonames": 2, "county": 3}
# short names that are ordinary words far more often than places
_NOT_NAMES = frozenset(
    {"中国", "南方", "北方", "东方", "西方", "中央", "全国", "国家", "人民", "和平", "长安", "新城"}
    # places named for a slogan or an institution (合作市, 友好区, 青年乡): as bare words, the word
    | {"合作", "友好", "青年", "中心", "团结", "胜利", "发展", "建设", "红旗", "光明", "新华", "前进", "向阳"}
    | {"东风", "解放", "幸福", "文明", "民主", "和谐", "创新", "开放", "改革", "工业", "农业", "科技", "经济"}
)


@frozen
class PlaceMention:
    """A place name in the text, where it is, and what it names."""

    start: int
    end: int
    ref: PlaceRef
    province: str  # the admin1 code in China where resolved there, else ""

    @property
    def is_region(self) -> bool:
        """A province or country (a trip's region), not a stop."""
        return isinstance(self.ref, Resolved) and self.ref.place.kind in (PlaceKind.ADMIN1, PlaceKind.COUNTRY)


@functools.cache
def _table() -> tuple[dict[str, tuple[ZhName, ...]], int]:
    table: dict[str, list[ZhName]] = defaultdict(list)
    for entry in load_zh_names():
        table[entry.zh].append(entry)
        if entry.level in _SHORT_LEVELS and entry.short != entry.zh and len(entry.short) >= 2:
            table[entry.short].append(entry)
        if entry.level == "geonames" and entry.place.kind in (
            PlaceKind.ADMIN1,
            PlaceKind.ADMIN2,
            PlaceKind.CITY,
        ):
            table[entry.short].append(entry)
    for word in _NOT_NAMES:
        table.pop(word, None)
    return {k: tuple(v) for k, v in table.items()}, max(map(len, table))


def warm_up() -> None:
    """Load the table now (it is loaded once per process in any case)."""
    _table()


def _choose(name: str, entries: tuple[ZhName, ...], before: str, provinces: set[str]) -> tuple[PlaceRef, str]:
    joined = [e for e in entries if e.place.geonameid]
    if not joined:
        e = entries[0]
        return Unresolved(name, f"no GeoNames record for {e.zh} (adcode {e.adcode})"), e.place.admin1
    rule = "zh-rank"
    pool = joined
    if before and (near := [e for e in joined if e.place.country == "CN" and e.place.admin1 == before]):
        pool, rule = near, "zh-preceding-province"
    elif len({e.place.geonameid for e in joined}) > 1 and (
        near := [e for e in joined if e.place.country == "CN" and e.place.admin1 in provinces]
    ):
        pool, rule = near, "zh-document-province"
    elif len({e.place.geonameid for e in joined}) == 1:
        rule = "zh-longest"
    best = min(pool, key=lambda e: (_RANK.get(e.level, 4), -e.place.population))
    admin1 = best.place.admin1 if best.place.country == "CN" else ""
    return Resolved(name, best.place, rule), admin1


def find_places(simplified: str, original: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Every place name in ``simplified[start:end]`` (offsets shared with ``original``)."""
    table, longest = _table()
    stop = len(simplified) if end is None else end
    found: list[tuple[int, int, tuple[ZhName, ...]]] = []
    i = start
    while i < stop - 1:
        for size in range(min(longest, stop - i), 1, -1):
            entries = table.get(simplified[i : i + size])
            if entries:
                found.append((i, i + size, entries))
                i += size
                break
        else:
            i += 1
    provinces = {
        e.place.admin1 for _, _, es in found for e in es if e.level == "province" and e.place.country == "CN"
    }
    out: list[PlaceMention] = []
    for s, e, entries in found:
        before = ""
        if out and out[-1].end == s and out[-1].is_region and isinstance(out[-1].ref, Resolved):
            before = out[-1].ref.place.admin1 if out[-1].ref.place.kind is PlaceKind.ADMIN1 else ""
        ref, admin1 = _choose(original[s:e], entries, before, provinces)
        out.append(PlaceMention(s, e, ref, admin1))
    return out
