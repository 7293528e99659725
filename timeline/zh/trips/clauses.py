"""Sentences and clauses: quotation, reported speech, the clause of a word, lists and names told with a person."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from timeline.model import (
    Person,
)
from timeline.zh.article import ChineseArticle
from timeline.zh.people import ZhMention
from timeline.zh.places import PlaceMention
from timeline.zh.trips.patterns import _CLAUSE_MARK

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")


def _quoted(simp: str, s: int, at: int) -> bool:
    """Whether ``at`` lies inside quotation marks opened in the sentence from ``s``."""
    before = simp[s:at]
    return before.count("“") > before.count("”") or before.count("「") > before.count("」")


def _next_clause(simp: str, at: int, e: int) -> str:
    """The clause after the one ``at`` is in, when that one is only a day ("5日，李强启程回国")."""
    mark = _CLAUSE_MARK.search(simp, at, e)
    if mark is None or mark.start() - at > 2:
        return ""
    end = _CLAUSE_MARK.search(simp, mark.end(), e)
    return simp[mark.end() : end.start() if end else e]


# "他强调，", "李家超表示：": what follows is what was said
_SPEECH_MARK = re.compile(r"(?<![据报消息])(?:表示|指出|强调|要求|希望|认为|说)[，,：:]")

_GOING_TOLD = re.compile(r"前往|来到|抵|到|去|访|考察|视察|调研|赴|走进|深入|乘|飞|行程")


def _in_speech(simp: str, s: int, e: int, place: PlaceMention) -> bool:
    """Whether ``place`` is named in what someone said (after "强调，") with no going or visiting told
    between the words of saying and the end of the place's clause (rule ``zh-speech-place``)."""
    marks = list(_SPEECH_MARK.finditer(simp, s, place.start))
    if not marks:
        return False
    end = _CLAUSE_MARK.search(simp, place.end, e)
    said = simp[marks[-1].end() : end.start() if end else e]
    return _GOING_TOLD.search(said) is None


def _clause_of(simp: str, s: int, e: int, at: int) -> str:
    """The clause of the sentence ``simp[s:e]`` that holds the offset ``at``."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(simp, s, at)), default=s)
    end = _CLAUSE_MARK.search(simp, at, e)
    return simp[start : end.start() if end else e]


# "安华(Anwar Ibrahim)、": a name's gloss in Latin letters, then the list mark
_LIST_SEP = re.compile(r"(?:\s*[（(][A-Za-z][^（()）]{0,40}[）)])?(?:、|以及)")


def _linked(simp: str, prev: ZhMention, nxt: ZhMention) -> bool:
    """Whether ``nxt`` is the next name of a list after ``prev``: a name sharing its offices (its mention
    opens on the ``、``), a name right after ``、``, or a name with offices of its own after ``、``/``以及``."""
    if nxt.start == prev.end:
        return simp[nxt.start] == "、"
    sep = _LIST_SEP.match(simp, prev.end)
    return sep is not None and nxt.start == sep.end() and (bool(nxt.titles) or sep.group() == "、")


def _listed_with(
    simp: str, at: int, mentions: Sequence[ZhMention], roster: dict[str, Person], titles: dict[str, str]
) -> list[str]:
    """The people of the list of names the mention at ``at`` is one of (rules ``zh-shared-title`` and
    ``zh-titled-list``: "副总理何立峰、丁薛祥", "新加坡总理某某、马来西亚总理某某"), in order."""
    ordered = sorted(mentions, key=lambda x: x.start)
    i = next((n for n, x in enumerate(ordered) if x.start <= at < x.end), None)
    if i is None:
        return []
    first = last = i
    while first > 0 and _linked(simp, ordered[first - 1], ordered[first]):
        first -= 1
    while last + 1 < len(ordered) and _linked(simp, ordered[last], ordered[last + 1]):
        last += 1
    names = [x.name for x in ordered[first : last + 1]]
    return [n if n in roster else titles[n] for n in names if n in roster or n in titles]


def _name_at(sentence: str, pos: int, roster: dict[str, Person], titles: dict[str, str]) -> str:
    """The roster name or title that starts at ``pos``."""
    for name in sorted(list(roster) + list(titles), key=len, reverse=True):
        if sentence.startswith(name, pos):
            return name
    return ""


def _before_title(
    simp: str, at: int, mentions: Sequence[ZhMention], word: re.Pattern[str], *, chain: bool = True
) -> bool:
    """Whether ``word`` is in the three characters before the titled mention whose name starts at
    ``at`` (or in its titles too, with ``chain``)."""
    for m in mentions:
        if m.name_start == at:
            return word.search(simp, max(0, m.start - 3), m.name_start if chain else m.start) is not None
    return word.search(simp, max(0, at - 3), at) is not None


def _sentences(article: ChineseArticle) -> list[tuple[int, int]]:
    out = []
    for p in article.paragraphs:
        if p.kind.value not in ("body", "caption"):
            continue
        start = p.start
        if hasattr(article.dateline, "evidence") and article.dateline.evidence.start == p.start:
            start = article.dateline.evidence.end
        for m in _SENTENCE.finditer(article.simplified, start, p.end):
            if m.group().strip():
                out.extend(_each_to(article.simplified, m.start(), m.end()))
    return out


# "胡锦涛去吉林，温家宝去江苏，曾庆红去贵州": a list of people, each gone to a place of their own
_EACH_TO = re.compile(r"[^，,；;。]{2,40}?(?:赴|去|前往|到)[\u4e00-\u9fff]{2,8}(?:[、和及][\u4e00-\u9fff]{2,8})*[，,；;。]?$")


def _each_to(simp: str, start: int, end: int) -> list[tuple[int, int]]:
    """Rule ``zh-each-to``: a sentence listing three or more people, each clause one of them gone to a
    place of their own ("副省长甲赴汕尾，副省长乙赴梅州，..."), is read clause by clause, each its own
    traveller's."""
    cuts = [start] + [start + m.end() for m in re.finditer(r"[，,；;]", simp[start:end])]
    if cuts[-1] != end:
        cuts.append(end)
    clauses = list(itertools.pairwise(cuts))
    each = [i for i, (a, b) in enumerate(clauses) if _EACH_TO.fullmatch(simp, a, b)]
    if len(each) < 3:
        return [(start, end)]
    first, last = each[0], each[-1]
    out = []
    if clauses[first][0] > start:
        out.append((start, clauses[first][0]))
    out.extend(clauses[first:last])
    out.append((clauses[last][0], end))
    return out
