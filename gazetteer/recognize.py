"""Finding toponyms in raw text, with the descriptors a careful reader would use.

No statistical model: capitalised word sequences are matched against the
gazetteer's names (longest first), and each match is read with its descriptor:

* a kind word after the name ("Zhejiang Province", "Zhoushan City",
  "Xinjiang Uygur Autonomous Region", "Hong Kong Special Administrative Region");
* a place noun before it ("the city of Ningbo", "the port city of Tianjin");
* a region before it ("east China's Zhejiang Province", "China's Hainan");
* a parent after it ("Fuzhou, capital of Fujian Province", "Rostock, Germany",
  "Springfield, Ill.", "Yuzhong District of Chongqing").

Matches are kept or dropped by general evidence: a descriptor, a parent, a
locative word before ("in", "near", "from"), the weight of the best candidate
(a country, a first-level division or a large city), and against: a title
before (a person's name), a longer capitalised name around it (an organisation),
the same word written in lower case elsewhere in the text (a common word), a
stop-list of capitalised words that are rarely places in news.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from attrs import field, frozen
from attrs.validators import ge, instance_of, optional

from gazetteer._aliases import STATE_ABBREVIATIONS
from gazetteer._text import name_key
from gazetteer._words import (
    CONNECTORS,
    DEMONYMS,
    DIRECTIONS,
    ETHNIC,
    KIND_PHRASES,
    LOCATIVE,
    NOT_PLACES,
    PLACE_NOUNS,
    STARTERS,
    TITLES,
)
from gazetteer.index import PlaceIndex
from gazetteer.model import PlaceKind

__all__ = ["Toponym", "demonym_country", "find_toponyms", "toponym_at"]


@frozen
class Toponym:
    """One place mention in a text, with its descriptor.

    Attributes:
        start: offset of the whole mention, descriptor included
            (``"east China's Zhejiang Province"``).
        end: end offset of the whole mention.
        text: ``text[start:end]``.
        name: the bare name, as written (``"Zhejiang"``).
        kind_hint: the kind the descriptor asks for (``ADMIN1`` for "Province",
            ``CITY`` for "the city of"), or ``None``.
        parent: the enclosing place named with it (``"Jiangsu"`` in "Suzhou, east
            China's Jiangsu Province"), or ``None``.
        name_start: offset of the bare name.
        name_end: end offset of the bare name.
        region: the country named in the descriptor (``"China"`` in "east China's
            Zhejiang Province"), or ``None``.
    """

    start: int = field(validator=[instance_of(int), ge(0)])
    end: int = field(validator=instance_of(int))
    text: str = field(validator=instance_of(str))
    name: str = field(validator=instance_of(str))
    kind_hint: PlaceKind | None = field(default=None, validator=optional(instance_of(PlaceKind)))
    parent: str | None = field(default=None, validator=optional(instance_of(str)))
    name_start: int = field(default=-1, validator=instance_of(int))
    name_end: int = field(default=-1, validator=instance_of(int))
    region: str | None = field(default=None, validator=optional(instance_of(str)))

    def __attrs_post_init__(self) -> None:
        """Check the offsets are ordered."""
        if self.end < self.start:
            raise ValueError(f"end {self.end} < start {self.start}")
        if self.name_start >= 0 and not (self.start <= self.name_start <= self.name_end <= self.end):
            raise ValueError("the bare name must lie inside the mention")


_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’\-]*(?<![’'\-])|\d+")
_POSSESSIVE = ("'s", "’s")
_ABBREV = re.compile(r"(?:[A-Z]\.\s?){2,}|[A-Z][A-Za-z]{1,5}\.(?:\s?[A-Z][a-z]{0,3}\.)?")
_PLACE_NOUN_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:(?!(?:to|in|of|at|from|the|an?|and|for|by|on|with|into|visited?|near)\b)"
    r"[a-z][\w-]*\s+){0,2}?\b(" + "|".join(PLACE_NOUNS) + r")\s+of\s+$",
    re.IGNORECASE,
)
_REGION_BEFORE = re.compile(
    r"(?:\b(" + "|".join(sorted(DIRECTIONS, key=len, reverse=True)) + r")\s+)?"
    r"\b([A-Z][\w]*(?:\s[A-Z][\w]*)?)['’]s\s+$",
    re.IGNORECASE,
)
_PARENT_AFTER = re.compile(
    r"^\s*,\s*(?:(?:the\s+)?(?:provincial\s+|state\s+)?capital(?:\s+city)?\s+of\s+"
    r"|(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?(?:city|town|village|county|district|suburb|port)\s+(?:in|of)\s+"
    r"|in\s+)?"
)
_OF = re.compile(r"^\s+of\s+")
# what _REGION_BEFORE's "['’]s" matches, IGNORECASE included ("ſ" folds to "s" in re)
_POSSESSIVE_ANY_CASE = tuple(q + s for q in "'’" for s in "sSſ")
_ABBREV_KEYS = frozenset(
    name_key(a) for (country, code), abbrs in STATE_ABBREVIATIONS.items() for a in (*abbrs, code)
)
_MAX_TOKENS = 6
_DIVISION_POPULATION = 50_000
_SPEECH = frozenset(
    {"said", "says", "told", "added", "noted", "stressed", "urged", "called", "asked", "replied", "wrote"}
)
_STRONG_POPULATION = 100_000
_WEAK_POPULATION = 1_000


class _Tok(NamedTuple):
    # a tuple, not an attrs class: a report makes hundreds of these and reads them in the inner loops
    start: int
    end: int
    word: str
    possessive: bool
    lower: str  # ``word.lower()``, read once per token instead of once per comparison
    cap: bool  # the word opens with a capital


def _tokens_in(text: str, pos: int = 0, endpos: int | None = None) -> list[_Tok]:
    """Tokenise ``text[pos:endpos]`` (offsets stay those of ``text``)."""
    toks = []
    for m in _TOKEN.finditer(text, pos, len(text) if endpos is None else endpos):
        start, end = m.span()
        word = m.group()
        poss = word.endswith(_POSSESSIVE)
        if poss:
            end -= 2
            word = word[:-2]
        toks.append(_Tok(start, end, word, poss, word.lower(), word[0].isupper()))
    return toks


class _Doc:
    """A text tokenised once, with the windows after each mention cut from those tokens.

    A window ``text[pos:endpos]`` tokenised afresh gives the text's own tokens, except
    at its two ends: a token running across ``pos`` (the "'s" of a possessive name)
    and one running past ``endpos`` (cut short). Those windows, and only those ends,
    are tokenised again, so every window is exactly what tokenising the slice gives.
    """

    __slots__ = ("_starts", "kinds", "text", "toks")

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens_in(text)
        self._starts = [t.start for t in self.toks]
        # _kind_after on self.toks, by token: a pure function of the tokens, asked for again and again
        self.kinds: dict[int, tuple[int, PlaceKind | None]] = {}

    def window(self, pos: int, endpos: int) -> list[_Tok]:
        """Return the tokens of ``text[pos:endpos]``, as :func:`_tokens_in` would."""
        toks = self.toks
        i = bisect.bisect_left(self._starts, pos)
        if i > 0 and toks[i - 1].end + 2 * toks[i - 1].possessive > pos:
            return _tokens_in(self.text, pos, endpos)
        k = i
        while k < len(toks) and toks[k].end + 2 * toks[k].possessive <= endpos:
            k += 1
        window = toks[i:k]
        if k < len(toks) and toks[k].start < endpos:
            window += _tokens_in(self.text, toks[k].start, endpos)
        return window


def _window(text: str, pos: int, endpos: int, doc: _Doc | None) -> list[_Tok]:
    endpos = min(endpos, len(text))
    return _tokens_in(text, pos, endpos) if doc is None else doc.window(pos, endpos)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


# KIND_PHRASES by first word, each list in the order of KIND_PHRASES (longest first)
_KINDS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], PlaceKind]]] = {}
for _words, _kind in KIND_PHRASES:
    _KINDS_BY_FIRST.setdefault(_words[0], []).append((_words, _kind))
_NO_KIND: tuple[int, PlaceKind | None] = (0, None)


def _kind_after(toks: list[_Tok], j: int, text: str) -> tuple[int, PlaceKind | None]:
    """Read a kind phrase starting at token ``j``; return the tokens it takes and its kind."""
    k = j
    n = len(toks)
    if k < n and toks[k].lower in ETHNIC and not toks[k - 1].possessive:
        k += 1
    if k >= n or not toks[k].cap:
        return _NO_KIND
    for words, kind in _KINDS_BY_FIRST.get(toks[k].lower, ()):
        end = k + len(words)
        if end > n:
            continue
        if any(toks[k + i].lower != w for i, w in enumerate(words)):
            continue
        if any(text[toks[i - 1].end : toks[i].start] != " " for i in range(j, end)):
            continue
        if not any(toks[i].possessive for i in range(j - 1, end - 1)):
            return end - j, kind
    return _NO_KIND


def _kind_memo(
    toks: list[_Tok], j: int, text: str, memo: dict[int, tuple[int, PlaceKind | None]]
) -> tuple[int, PlaceKind | None]:
    found = memo.get(j)
    if found is None:
        found = memo[j] = _kind_after(toks, j, text)
    return found


@functools.lru_cache(maxsize=16_384)
def _key_weight(index: PlaceIndex, key: str) -> tuple[int, int]:
    """:func:`_best_weight` of the rows of a name key (asked for again and again, and slow to read)."""
    return _best_weight(index, index.rows_for_key(key))


def _best_weight(index: PlaceIndex, rows: list[int]) -> tuple[int, int]:
    """Return (kind strength, population) of the strongest candidate: 2 country, 1 admin1, 0 other."""
    best = (0, 0)
    for r in rows[:200]:
        f = index.fields(r)
        population = int(f[7] or 0)
        # a division counts as weighty only with people in it (not a parish of 300 on the Isle of Man)
        strength = (
            2 if f[2] == "country" else 1 if f[2] == "admin1" and population >= _DIVISION_POPULATION else 0
        )
        best = max(best, (strength, population))
    return best


def _descriptor_before(index: PlaceIndex, text: str, start: int) -> tuple[int, PlaceKind | None, str | None]:
    """Read "the city of" or "east China's" before a name; return (new start, kind, region)."""
    tail = text[max(0, start - 60) : start]
    offset = start - len(tail)
    # both patterns end in a word and spaces at the end of the tail: look at that word before
    # scanning the whole tail with them (most names have neither descriptor)
    last = tail.rstrip()
    if len(last) == len(tail):
        return start, None, None
    m = _REGION_BEFORE.search(tail) if last.endswith(_POSSESSIVE_ANY_CASE) else None
    if m:
        region = m.group(2)
        rows = index.rows_for_name(region)
        if any(index.fields(r)[2] in ("country", "admin1") for r in rows):
            return offset + m.start(), None, region
    m = _PLACE_NOUN_BEFORE.search(tail) if last[-2:].lower() == "of" else None
    if m and m.group(1).lower() != "capital":
        return offset + m.start(), PLACE_NOUNS[m.group(1).lower()], None
    return start, None, None


def _parent_after(
    index: PlaceIndex, text: str, end: int, doc: _Doc | None = None
) -> tuple[str, int, int, PlaceKind | None] | None:
    """Find an enclosing place written after a mention ("Suzhou, east China's Jiangsu Province")."""
    after = text[end : end + 120]
    m = _PARENT_AFTER.match(after)
    of = _OF.match(after)
    if m and m.end() > 0 and after[: m.end()].strip():
        pos = end + m.end()
    elif of:
        pos = end + of.end()
    else:
        return None
    # an abbreviation ("Ill.", "N.Y.") names a state only right after the comma
    am = _ABBREV.match(text, pos)
    if am and not of and name_key(am.group()) in _ABBREV_KEYS:
        rows = index.rows_for_name(am.group())
        if any(index.fields(r)[2] == "admin1" for r in rows):
            stop = am.end()
            return am.group(), pos, stop, PlaceKind.ADMIN1
    toks = _window(text, pos, pos + 100, doc)
    # skip "east China's"
    i = 0
    if i < len(toks) and toks[i].lower in DIRECTIONS:
        i += 1
    if i < len(toks) and toks[i].possessive:
        i += 1
    match = _match_at(index, text, toks, i, {})
    if match is None:
        return None
    n_tok, name_end_tok, kind = match
    name = text[toks[i].start : toks[name_end_tok - 1].end]
    rows = index.rows_for_name(name)
    if kind in (PlaceKind.ADMIN1, PlaceKind.COUNTRY) or any(
        index.fields(r)[2] in ("admin1", "country") for r in rows
    ):
        return name, toks[i].start, toks[i + n_tok - 1].end, kind
    return None


def _match_at(
    index: PlaceIndex, text: str, toks: list[_Tok], i: int, kinds: dict[int, tuple[int, PlaceKind | None]]
) -> tuple[int, int, PlaceKind | None] | None:
    """Longest name at token ``i``: (tokens taken incl. kind words, end token of the bare name, kind).

    ``kinds`` memoises :func:`_kind_after` on ``toks`` (the same cut is read for every
    candidate end and again for the next ``i``).
    """
    if i >= len(toks) or not toks[i].cap:
        return None
    j = i + 1
    limit = min(len(toks), i + _MAX_TOKENS)
    while j < limit:
        prev, tok = toks[j - 1], toks[j]
        if prev.possessive or text[prev.end : tok.start] not in (" ", "-"):
            break
        if not (tok.cap or tok.word in CONNECTORS):
            break
        j += 1
    words = [t.word for t in toks[i:j]]
    for stop in range(j, i, -1):
        if not toks[stop - 1].cap:
            continue  # a name does not end on a connector
        # "Jiangsu Province" written with its kind word: the bare name is shorter
        for cut in range(stop - 1, i, -1):
            taken, kind = _kind_memo(toks, cut, text, kinds)
            if (
                kind is not None
                and cut + taken == stop
                and index.rows_for_key(name_key(" ".join(words[: cut - i])))
            ):
                return stop - i, cut, kind
        if index.rows_for_key(name_key(" ".join(words[: stop - i]))):
            taken, kind = _kind_memo(toks, stop, text, kinds)
            return stop - i + taken, stop, kind
    return None


def toponym_at(index: PlaceIndex, text: str, start: int, end: int) -> Toponym:
    """Read the descriptor around a name already found at ``text[start:end]``.

    Args:
        index: the place index (for the names of regions and parents).
        text: the whole text.
        start: offset of the name.
        end: end offset of the name.

    Returns:
        The mention with its kind hint, region and parent.
    """
    return _toponym_at(index, text, start, end, None)


def _toponym_at(index: PlaceIndex, text: str, start: int, end: int, doc: _Doc | None) -> Toponym:
    name = text[start:end]
    shifted = _window(text, end, end + 60, doc)
    kind: PlaceKind | None = None
    stop = end
    taken, kind = _kind_after(
        [_Tok(start, end, name, False, name.lower(), _capitalised(name)), *shifted], 1, text
    )
    if taken:
        stop = shifted[taken - 1].end
    else:
        # the name may carry its kind word ("Jiangsu Province" given as one span)
        inner = _window(text, start, end, doc)
        for cut in range(len(inner) - 1, 0, -1):
            n, k = _kind_after(inner, cut, text)
            if k is not None and cut + n == len(inner):
                kind, end = k, inner[cut - 1].end
                name = text[start:end]
                break
    begin, noun_kind, region = _descriptor_before(index, text, start)
    kind = kind or noun_kind
    parent_info = _parent_after(index, text, stop, doc)
    parent = parent_info[0] if parent_info else None
    return Toponym(
        start=begin, end=stop, text=text[begin:stop], name=name, kind_hint=kind, parent=parent,
        name_start=start, name_end=end, region=region,
    )  # fmt: skip


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?\n:;—-"


def _iter_matches(index: PlaceIndex, doc: _Doc) -> Iterator[tuple[int, int, int, PlaceKind | None]]:
    text, toks = doc.text, doc.toks
    i = 0
    while i < len(toks):
        match = _match_at(index, text, toks, i, doc.kinds) if toks[i].cap else None
        if match is None:
            i += 1
            continue
        taken, name_stop, kind = match
        yield i, name_stop, i + taken, kind
        i += taken


def _plain(text: str, start: int, end: int, kind: PlaceKind | None) -> Toponym:
    """A mention with no descriptor: the name is the whole span."""
    word = text[start:end]
    return Toponym(start=start, end=end, text=word, name=word, kind_hint=kind, name_start=start, name_end=end)


def _contains(outer: Toponym, inner: Toponym) -> bool:
    longer = outer.end - outer.start > inner.end - inner.start
    return outer is not inner and outer.start <= inner.start and inner.end <= outer.end and longer


def demonym_country(word: str) -> str | None:
    """Return the country code a demonym names ("Russian", "Palestinians"), or ``None``."""
    key = name_key(word)
    for k in (key, key[:-1] if key.endswith("s") else key):
        code = DEMONYMS.get(k)
        if code:
            return code
    return None


def find_toponyms(
    index: PlaceIndex, text: str, *, nested: bool = False, demonyms: bool = False
) -> list[Toponym]:
    """Find every toponym in a text, in text order.

    Args:
        index: the place index.
        text: the text.
        nested: also return the countries inside descriptors ("China" in "east
            China's Zhejiang Province") as toponyms of their own.

    Returns:
        The mentions, each with its descriptor; overlapping mentions only when
        ``nested`` is set.
        demonyms: also return demonyms ("Russian", "Palestinians") as mentions of
            their country, as some annotated corpora count them.
    """
    doc = _Doc(text)
    toks = doc.toks
    lower_words = {t.word for t in toks if t.word.islower()}
    persons: set[str] = set()
    for a, b in itertools.pairwise(toks):
        # "Premier Li Qiang": remember the names that follow titles
        if a.lower.rstrip(".") in TITLES and b.cap and text[a.end : b.start] in (" ", ". "):
            persons.add(b.word)
        # "Marco Rubio" ... "Rubio said": a surname after a first name that is no place
        if (
            a.cap
            and b.cap
            and text[a.end : b.start] == " "
            and not a.possessive
            and not _sentence_initial(text, a.start)
            and a.lower not in STARTERS
            and not index.rows_for_name(f"{a.word} {b.word}")
            and _key_weight(index, name_key(a.word)) < (1, _STRONG_POPULATION)
        ):
            persons.add(b.word)
    found: list[Toponym] = []
    regions: list[Toponym] = []
    taken_until = -1
    for i, name_stop, stop, kind in _iter_matches(index, doc):
        first, last = toks[i], toks[name_stop - 1]
        if first.start < taken_until:
            continue
        name = text[first.start : last.end]
        key = name_key(name)
        strength, population = _key_weight(index, key)
        n_words = name_stop - i
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[stop] if stop < len(toks) else None
        adjacent_next = nxt is not None and text[toks[stop - 1].end : nxt.start] == " "
        adjacent_prev = prev is not None and text[prev.end : first.start] == " " and not prev.possessive
        strong = strength > 0 or population >= _STRONG_POPULATION
        locative = prev is not None and prev.lower in LOCATIVE and not prev.cap
        # evidence against, first what needs no descriptor (most matches end here)
        if key in _ABBREV_KEYS and strength < 2:
            continue  # abbreviations count only as parents ("Springfield, Ill.")
        if n_words == 1 and kind is None and demonym_country(first.word) is not None:
            continue  # "Kazakh officials": a demonym, returned only when asked for
        if n_words == 1 and kind is None and (key in NOT_PLACES or (first.word in persons and not strong)):
            continue
        if not strong and nxt is not None and adjacent_next and nxt.lower in _SPEECH and kind is None:
            continue  # "Rubio said": people speak, small towns rarely do
        if not strong and " and " in name:
            continue  # "King and Queen": a conjunction inside a name needs a weighty place
        if prev is not None and prev.lower.rstrip(".") in TITLES and adjacent_prev:
            continue
        if (
            adjacent_prev
            and prev is not None
            and prev.cap
            and not (_sentence_initial(text, prev.start) and prev.lower in STARTERS)
            and not strong
        ):
            continue  # the tail of a longer name ("Zhang Guoqing", "-- Xi Jinping")
        if n_words == 1 and len(key) <= 3 and not strong:
            continue
        topo = _toponym_at(index, text, first.start, last.end, doc)
        cue = (
            kind is not None
            or topo.kind_hint is not None
            or topo.region is not None
            or topo.parent is not None
        )
        longer = adjacent_next and nxt is not None and nxt.cap and kind is None
        if longer and not (strong or cue):
            continue  # the head of a longer name ("Lancaster Hotel", "by Andreas Rinke")
        if n_words == 1 and first.lower in lower_words and not cue:
            continue  # a common word that happens to be a place name
        initial = _sentence_initial(text, first.start)
        line_start = text.rfind("\n", 0, first.start) + 1
        line_end = text.find("\n", topo.end)
        alone = (
            not text[line_start : first.start].strip()
            and not text[topo.end : None if line_end < 0 else line_end].strip()
        )
        if alone and strength == 0 and not cue:
            continue  # a word alone on its line is a heading or a menu item, not a mention
        weak = initial or population < _WEAK_POPULATION or (first.word.isupper() and len(key) <= 4)
        if weak and not (cue or strong or locative):
            continue
        if nested and topo.region is not None:
            r_start = topo.start + text[topo.start : topo.name_start].find(topo.region)
            if r_start >= topo.start:
                r_end = r_start + len(topo.region)
                regions.append(_plain(text, r_start, r_end, None))
        found.append(topo)
        taken_until = topo.end
    # a name inside another mention's descriptor ("China" in "east China's Jiangsu") is no mention of its own
    found = [t for t in found if not any(_contains(u, t) for u in found)]
    # a parent written as an abbreviation is a toponym too ("Springfield, Ill.")
    extra: list[Toponym] = list(regions)
    for t in found:
        if t.parent is not None:
            info = _parent_after(index, text, t.end, doc)
            if info and not any(u.name_start == info[1] for u in found):
                extra.append(_plain(text, info[1], info[2], PlaceKind.ADMIN1))
    if demonyms:
        spans = [(t.start, t.end) for t in found]
        for i, tok in enumerate(toks):
            if not tok.cap or demonym_country(tok.word) is None:
                continue
            end = tok.end
            if i + 1 < len(toks) and text[tok.end : toks[i + 1].start] == " ":
                two = f"{tok.word} {toks[i + 1].word}"  # "South African", "Sri Lankan"
                if name_key(two) in DEMONYMS:
                    end = toks[i + 1].end
            if not any(s < end and tok.start < e for s, e in spans):
                extra.append(_plain(text, tok.start, end, PlaceKind.COUNTRY))
    return sorted([*found, *extra], key=lambda t: (t.start, t.end))
