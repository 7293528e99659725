"""Chinese place names: the shipped ``data/zh_names.tsv`` (built by :mod:`gazetteer.build_zh`), loaded once.

>>> entry = next(e for e in load_zh_names() if e.zh == "浙江省")
>>> entry.place.name, entry.short
('Zhejiang', '浙江')
"""

from __future__ import annotations

import functools

from attrs import frozen

from gazetteer.errors import GazetteerDataError
from gazetteer.index import _read
from gazetteer.model import Place

__all__ = ["ZhName", "load_zh_names"]

_COLUMNS = "zh\tshort\tlevel\tadcode\tgeonameid\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tdivision"


@frozen
class ZhName:
    """One Chinese name of a place.

    Attributes:
        zh: the full name (``浙江省``, ``宁波市``, ``美国``).
        short: the name without its division word (``浙江``, ``宁波``); equal to ``zh`` where none.
        level: ``province``, ``prefecture``, ``county`` (from cpca), ``geonames`` (a GeoNames
            alternate name), ``country`` or ``foreign-city`` (written by hand).
        adcode: China's six-digit division code, ``""`` where not from cpca.
        place: the GeoNames record, with geonameid 0 where no GeoNames record was joined
            (the point is then cpca's).
    """

    zh: str
    short: str
    level: str
    adcode: str
    place: Place


@functools.cache
def load_zh_names() -> tuple[ZhName, ...]:
    """Every row of ``zh_names.tsv``, read once per process.

    Raises:
        GazetteerDataError: the file is missing or malformed.
    """
    lines = _read("zh_names.tsv")
    if lines[1] != _COLUMNS:
        raise GazetteerDataError("gazetteer/data/zh_names.tsv", "unexpected columns")
    names = []
    keys = _COLUMNS.split("\t")
    for line in lines[2:]:
        row = dict(zip(keys, line.split("\t"), strict=True))
        names.append(ZhName(row["zh"], row["short"], row["level"], row["adcode"], Place.from_row(row)))
    return tuple(names)
