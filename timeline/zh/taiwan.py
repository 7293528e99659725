"""Taiwan's counties, cities and their townships and districts, which the place table mostly lacks.

Rules, each named in the reason of the :class:`~gazetteer.model.Unresolved` it makes:

* ``zh-tw-county``: a county of Taiwan (``屏东县``, ``宜兰``, ``花莲县``) is a region of the trip,
  unresolved where the table has no record of it (GeoNames holds few of Taiwan's divisions).
* ``zh-tw-district``: a township or district written right after its county or city
  (``高雄市左营区``, ``花莲县光复乡``, ``宜兰县冬山乡、罗东镇``) is a stop of its own words, and the
  county or city before it is then the trip's region, not a stop.

The text read is the simplified one (a traditional report is read in simplified form).
"""

from __future__ import annotations

import re

__all__ = ["TW_COUNTY", "district_after", "next_in_list"]

# Taiwan's counties (the cities with a GeoNames record are read from the place table)
_COUNTIES = (
    "新竹县|苗栗县|彰化县|南投县|云林县|嘉义县|屏东县|宜兰县|花莲县|台东县|澎湖县"
    # the short names that are no ordinary word and name no place elsewhere
    "|苗栗|云林|屏东|宜兰|花莲|澎湖"
    # the outlying islands' counties: Kinmen and Lienchiang (Matsu)
    "|金门县|连江县|金门(?!大桥)|马祖"
)
TW_COUNTY = re.compile(rf"(?:{_COUNTIES})(?![\u4e00-\u9fff]{{0,1}}(?:市|县)(?:长|政府|议会))")
_SUFFIX = "区乡镇市"
# words of a division word that are no township's name: "市区", "灾区", "山区", "乡镇"
_NOT_NAME = re.compile(r"^(?:市|县|灾|山|郊|辖|城|全|各|该|本|两|偏|乡|镇|地|景|园|社|小|特|老|新|重灾|受灾|沿海|偏远)$|[区市县]$")
_LIST = re.compile(r"[、和及与]")


def district_after(simplified: str, at: int, stop: int) -> tuple[int, int] | None:
    """The township or district that starts at ``at`` (``左营区`` in ``高雄市左营区视察``), longest
    name first (one to three characters and a division word), else ``None``."""
    for size in (3, 2, 1):
        end = at + size + 1
        if end > stop or simplified[end - 1] not in _SUFFIX:
            continue
        name = simplified[at : end - 1]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", name) or _NOT_NAME.search(name):
            continue
        if name[0] in "和及与在到的":
            continue  # "彰化县和台中市": a list mark or a word, then the next place
        if size == 1 and not (name in "东西南北中" and simplified[end - 1] == "区"):
            continue  # "台南与乡亲见面": a one-character township is only a city's 东区, 北区...
        if simplified.startswith(("长", "政府", "议会", "民", "亲", "土", "愁"), end):
            return None  # "左营区长", "光复乡民", "台南乡亲": an office or the people, not the place
        return at, end
    return None


def next_in_list(simplified: str, end: int, stop: int) -> int | None:
    """Where the next item of a list of townships starts ("冬山乡、罗东镇"), else ``None``."""
    if end < stop and _LIST.match(simplified, end):
        return end + 1
    return None
