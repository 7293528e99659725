"""Who a Chinese report is about: its roster of people with their titles (:func:`roster_of`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.model import (
    Person,
)
from timeline.zh.article import ChineseArticle
from timeline.zh.people import KNOWN_NAMES, ZhMention, person_of
from timeline.zh.trips.build import _as_written, _country_prefix
from timeline.zh.trips.patterns import _SURNAME_OFFICES

_SURNAME_SHORT = {"国家主席": "主席", "行政长官": "特首"}

# offices one person of a country holds at a time (rule zh-same-office)
_SOLE_OFFICE = re.compile(r"总统|总理|首相|国王|女王|国家主席|外长|外交部长|国务卿")


def roster_of(
    mentions: Sequence[ZhMention], article: ChineseArticle
) -> tuple[dict[str, Person], dict[str, str]]:
    """The people of the report (by name as written in the simplified text) and the titles only one holds."""
    roster: dict[str, Person] = {}
    holders: dict[str, set[str]] = {}
    for m in mentions:
        if m.name in roster and (roster[m.name].title is not None or not m.titles):
            continue  # the first mention with an office gives the person's
        original = article.text[m.name_start : m.name_start + len(m.name)]
        roster[m.name] = person_of(m.name, _as_written(m, article), original)
        for t in m.titles:
            for short in re.findall(r"总书记|国家主席|总理|副总理|委员长|主席|行政长官|特首", t)[-1:]:
                holders.setdefault(short, set()).add(m.name)
                if short in ("行政长官", "特首"):  # the chief executive, by either word
                    holders.setdefault("特首" if short == "行政长官" else "行政长官", set()).add(m.name)
    titles = {t: next(iter(names)) for t, names in holders.items() if len(names) == 1}
    # rule zh-surname-office: "习主席", "李总理", "赖总统", "贺特首": a surname and the office of one
    # person of the report is that person (a Chinese name of two or three characters)
    surnamed: dict[str, set[str]] = {}
    for m in mentions:
        if not m.titles or not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", m.name):
            continue
        for short in re.findall(_SURNAME_OFFICES, m.titles[-1])[-1:]:
            for word in {short, _SURNAME_SHORT.get(short, short)}:
                surnamed.setdefault(m.name[0] + word, set()).add(m.name)
    for word, names in surnamed.items():
        if len(names) == 1 and word not in roster and word not in titles:
            titles[word] = next(iter(names))
    # rule zh-same-office: "马来西亚总理安瓦尔" then "马来西亚总理安华": a country's one head of state or
    # government, written twice in one report under two transliterations, is one person
    first_holder: dict[str, str] = {}
    for m in mentions:
        if len(m.titles) != 1 or not _SOLE_OFFICE.fullmatch(m.titles[0][_country_prefix(m.titles[0]) :]):
            continue
        if not _country_prefix(m.titles[0]) or m.titles[0].startswith("中国"):
            continue
        holder = first_holder.setdefault(m.titles[0], m.name)
        if holder != m.name and m.name in roster and not (m.name in KNOWN_NAMES and holder in KNOWN_NAMES):
            roster.pop(m.name)
            titles.setdefault(m.name, holder)
    # rule zh-short-name: "弗拉基米尔·普京" then "普京", "林郑月娥" then "林郑": one person by both names
    for name in list(roster):
        shorts = [name.rsplit("·", 1)[-1].rsplit("•", 1)[-1]] if ("·" in name or "•" in name) else []
        if len(name) == 4 and name[:2] not in roster and re.fullmatch(r"[\u4e00-\u9fff]{4}", name):
            shorts.append(name[:2])  # a married name of two surnames, written short (林郑, 范徐)
        for short in shorts:
            if short != name and len(short) >= 2:
                roster.pop(short, None)
                titles.setdefault(short, name)
    return roster, titles
