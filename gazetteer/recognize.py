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
import sys
from array import array
from collections.abc import Callable, Iterator, MutableSequence, Sequence

import attrs
from attrs import frozen

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

    start: int
    end: int
    text: str
    name: str
    kind_hint: PlaceKind | None = None
    parent: str | None = None
    name_start: int = -1
    name_end: int = -1
    region: str | None = None

    def __attrs_post_init__(self) -> None:
        """Check the types and that the offsets are ordered, in one pass (a report makes dozens)."""
        if not (
            isinstance(self.start, int)
            and isinstance(self.end, int)
            and isinstance(self.name_start, int)
            and isinstance(self.name_end, int)
            and isinstance(self.text, str)
            and isinstance(self.name, str)
            and (self.kind_hint is None or isinstance(self.kind_hint, PlaceKind))
            and (self.parent is None or isinstance(self.parent, str))
            and (self.region is None or isinstance(self.region, str))
        ):
            raise TypeError(f"bad Toponym fields: {self!r}")
        if self.start < 0:
            raise ValueError(f"start {self.start} is negative")
        if self.end < self.start:
            raise ValueError(f"end {self.end} < start {self.start}")
        if self.name_start >= 0 and not (self.start <= self.name_start <= self.name_end <= self.end):
            raise ValueError("the bare name must lie inside the mention")


# A token is an abbreviation ("U.S."), a word (a letter, then word characters, apostrophes and
# hyphens, not ending on one of those: "Xi'an", "China's") or a number, as in
#     (?:[A-Z]\.){2,}|[^\W\d_][\w'’\-]*(?<![’'\-])|\d+
# The pattern below finds the same tokens (tests/gazetteer/test_recognize.py checks it) but opens with
# one character class, so that the regex engine skips the text between tokens quickly.
_TOKEN = re.compile(r"[^\W_](?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=\d)\d*|[\w'’\-]*(?<![’'\-]))")
# the same tokens, kept by re.split between the text around them: [gap, token, gap, ..., gap]
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_POSSESSIVES = ("'s", "’s")
_ABBREV = re.compile(r"(?:[A-Z]\.\s?){2,}|[A-Z][A-Za-z]{1,5}\.(?:\s?[A-Z][a-z]{0,3}\.)?")
_PLACE_NOUN_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:(?!(?:to|in|of|at|from|the|an?|and|for|by|on|with|into|visited?|near)\b)"
    r"\b[a-z][\w-]*\s+){0,2}?\b(" + "|".join(PLACE_NOUNS) + r")\s+of\s+$",
    re.IGNORECASE,
)
# the end of _PLACE_NOUN_BEFORE, matched where the noun must start: a quick test before the search
_NOUN_OF_END = re.compile(r"\b(?:" + "|".join(PLACE_NOUNS) + r")\s+of\s+$", re.IGNORECASE)
_NOUN_LENGTHS = sorted({len(noun) for noun in PLACE_NOUNS})
# the most whitespace-separated chunks a match of _PLACE_NOUN_BEFORE spans: "the", two words, the noun, "of"
_NOUN_CHUNKS = 4 + max(len(noun.split()) for noun in PLACE_NOUNS)
_REGION_BEFORE = re.compile(
    r"(?:\b(" + "|".join(sorted(DIRECTIONS, key=lambda w: (-len(w), w))) + r")\s+)?"
    r"\b([A-Z][\w]*(?:\s[A-Z][\w]*)?)['’]s\s+$",
    re.IGNORECASE,
)
# matched at a position (``pattern.match(text, pos, endpos)``), so with no "^"
# ...and of _REGION_BEFORE: a direction and a name of two words ("east South Korea's")
_REGION_CHUNKS = 2 + max(len(direction.split()) for direction in DIRECTIONS)
_PARENT_AFTER = re.compile(
    # "Bali [Indonesia], November 14 (ANI)", "Nanning (Guangxi)": a parent in brackets too
    r"\s*[\[(]\s*(?=[A-Z])"
    r"|\s*,\s*(?:(?:the\s+)?(?:provincial\s+|state\s+)?capital(?:\s+city)?\s+of\s+"
    r"|(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?(?:city|town|village|county|district|suburb|port)\s+(?:in|of)\s+"
    r"|in\s+)?"
    # "Shannon in Ireland", "Kisumu in western Kenya", "Shannon in the southwestern part of Ireland"
    r"|\s+in\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?part\s+of\s+(?:the\s+)?)?(?=[A-Za-z])"
)
_OF = re.compile(r"\s+of\s+")
_COMMA_OR_OF = re.compile(r"\s*[,\[(]|\s+of\s|\s+in\s")  # what _PARENT_AFTER or _OF needs
# what _REGION_BEFORE's "['’]s" matches, IGNORECASE included ("ſ" folds to "s" in re)
_POSSESSIVE_ANY_CASE = tuple(q + s for q in "'’" for s in "sSſ")
_ABBREV_KEYS = frozenset(
    name_key(a) for (country, code), abbrs in STATE_ABBREVIATIONS.items() for a in (*abbrs, code)
)
# lower-cased tokens whose ``rstrip(".")`` is a title (a token ends in at most one full stop)
_TITLE_FORMS = frozenset(f for t in TITLES for f in (t, t + ".") if f.rstrip(".") in TITLES)
_JOINERS = (" ", "-")
# "St. Petersburg", "Mt. Kenya", "Ft. Worth": an abbreviated first word joins the next with its period
_ABBREVIATED_HEADS = frozenset({"St", "Ste", "Mt", "Ft", "Pt"})
# locative words that place what follows ("of", "for", "by", "and" join a saint to a church or a name too)
_PLACE_LOCATIVE = LOCATIVE - {"of", "for", "by", "and", "against", "over", "off"}
# heads of the names of physical features and ships, which are named after places
_NAMED_AFTER_HEADS = frozenset(
    {"Lake", "Mount", "Mt", "Loch", "Lough", "HMS", "USS", "HMAS", "HMCS", "HMNZS", "RMS", "INS", "PNS"}
)


def _joined(text: str, words: Sequence[str], ends: Sequence[int], starts: Sequence[int], j: int) -> bool:
    """Whether token ``j`` continues the name that token ``j - 1`` is part of, by what lies between."""
    gap = text[ends[j - 1] : starts[j]]
    return gap in _JOINERS or (gap == ". " and words[j - 1] in _ABBREVIATED_HEADS)
_MAX_TOKENS = 6
_DIVISION_POPULATION = 50_000
_SPEECH = frozenset(
    {"said", "says", "told", "added", "noted", "stressed", "urged", "called", "asked", "replied", "wrote"}
)
# words before "to" that address a person ("prayed to St. Jude"), not go to a place
_ADDRESSED_TO = _SPEECH | frozenset(
    {"spoke", "speak", "talked", "prayed", "pray", "prayers", "dedicated", "devoted", "tribute", "letter"}
)
_STRONG_POPULATION = 100_000
_WEAK_POPULATION = 1_000
_SHORT_NAME_POPULATION = 50_000  # a three-letter name after a locative word


class _Toks:
    """Tokens as parallel lists, one fact a list (a report has hundreds of tokens).

    ``ends`` stop before a possessive "'s" (``poss`` tells which), ``lowers`` are the
    words lower-cased and ``caps`` tell which words open with a capital.
    """

    __slots__ = ("caps", "ends", "lowers", "poss", "starts", "words")

    def __init__(
        self,
        starts: MutableSequence[int],
        ends: MutableSequence[int],
        words: list[str],
        poss: list[bool],
        lowers: list[str],
        caps: list[bool],
    ) -> None:
        self.starts = starts
        self.ends = ends
        self.words = words
        self.poss = poss
        self.lowers = lowers
        self.caps = caps

    def columns(
        self,
    ) -> tuple[MutableSequence[int], MutableSequence[int], list[str], list[bool], list[str], list[bool]]:
        """The six lists, for unpacking into locals in the hot loops."""
        return self.starts, self.ends, self.words, self.poss, self.lowers, self.caps

    def __len__(self) -> int:
        return len(self.starts)

    def cut(self, i: int, k: int) -> _Toks:
        """Return tokens ``i`` to ``k`` (exclusive)."""
        return _Toks(
            self.starts[i:k],
            self.ends[i:k],
            self.words[i:k],
            self.poss[i:k],
            self.lowers[i:k],
            self.caps[i:k],
        )

    def extend(self, more: _Toks) -> None:
        """Append the tokens of ``more``."""
        self.starts.extend(more.starts)  # a list or an array (_split_long), in either order
        self.ends.extend(more.ends)
        self.words += more.words
        self.poss += more.poss
        self.lowers += more.lowers
        self.caps += more.caps


# A text longer than this is split a part at a time, its offsets kept in arrays and its words
# shared (_split_long): a list of every token, gap and offset of 20 MB of text takes 900 MB.
_LONG = 1 << 20
_SPACE = re.compile(r"\s")


class _LowerCase(dict[str, str]):
    """Each word's lower case, made once per distinct word."""

    def __missing__(self, word: str) -> str:
        lower = self[word] = word.lower()
        return lower


def _split(text: str, pos: int = 0, endpos: int | None = None) -> tuple[_Toks, MutableSequence[int]]:
    """Tokenise ``text[pos:endpos]``; return the tokens and where each match ends ("'s" included)."""
    last = len(text) if endpos is None else endpos
    starts: MutableSequence[int]
    raw_ends: MutableSequence[int]
    if last - pos <= _LONG:
        parts = _TOKEN_SPLIT.split(text[pos:endpos] if pos or endpos is not None else text)
        words = parts[1::2]
        offsets = list(itertools.accumulate(map(len, parts), initial=pos))  # where each part starts
        starts = offsets[1:-1:2]
        raw_ends = offsets[2::2]
    else:
        starts, raw_ends, words = _split_long(text, pos, last)
    ends = raw_ends
    poss = [False] * len(words)
    # a possessive token ends in "'s" (and does not start with its apostrophe)
    for at in itertools.chain.from_iterable(
        _find_all(text, possessive, pos, last) for possessive in _POSSESSIVES
    ):
        k = bisect.bisect_left(raw_ends, at + 2)
        if k < len(raw_ends) and raw_ends[k] == at + 2 and starts[k] < at:
            if ends is raw_ends:
                ends = raw_ends[:]
            poss[k] = True
            words[k] = words[k][:-2]
            ends[k] -= 2
    lowers = list(map(str.lower, words) if last - pos <= _LONG else map(_LowerCase().__getitem__, words))
    caps = [w[0].isupper() for w in words]
    return _Toks(starts, ends, words, poss, lowers, caps), raw_ends


def _split_long(text: str, pos: int, last: int) -> tuple[array[int], array[int], list[str]]:
    """Where each token of ``text[pos:last]`` starts and ends, and its word, read a part at a time.

    Each part ends on white space, which no token holds: its tokens are the text's. The words
    are shared (one string for each distinct word) and the offsets are machine integers.
    """
    starts, ends = array("q"), array("q")
    words: list[str] = []
    same: dict[str, str] = {}
    at = pos
    while at < last:
        cut = min(last, at + _LONG)
        if cut < last:
            space = _SPACE.search(text, cut, last)
            cut = space.start() if space else last
        parts = _TOKEN_SPLIT.split(text[at:cut])
        offsets = array("q", itertools.accumulate(map(len, parts), initial=at))
        starts.extend(offsets[1:-1:2])
        ends.extend(offsets[2::2])
        tokens = parts[1::2]
        words.extend(map(same.setdefault, tokens, tokens))
        at = cut
    return starts, ends, words


def _find_all(text: str, sub: str, pos: int, endpos: int) -> Iterator[int]:
    """Yield where ``sub`` occurs in ``text[pos:endpos]``, not overlapping (for a rare string, quicker than re)."""
    at = text.find(sub, pos, endpos)
    while at >= 0:
        yield at
        at = text.find(sub, at + len(sub), endpos)


def _tokens_in(text: str, pos: int = 0, endpos: int | None = None) -> _Toks:
    """Tokenise ``text[pos:endpos]`` (offsets stay those of ``text``)."""
    return _split(text, pos, endpos)[0]


class _Lines:
    """Where each line's words begin and end, so that "alone on its line" costs a bisect.

    Scanning back and forth from each mention to its line's ends would cost the line's
    length for every mention: quadratic on one long line full of names.
    """

    __slots__ = ("first", "last", "starts")

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.first: list[int] = []  # where the line's first non-space character is (its end if none)
        self.last: list[int] = []  # where the line's last non-space character ends (its start if none)
        pos = 0
        for line in text.split("\n"):
            self.starts.append(pos)
            self.first.append(pos + len(line) - len(line.lstrip()))
            self.last.append(pos + len(line.rstrip()))
            pos += len(line) + 1

    def alone(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` has nothing but white space before and after it on its line(s)."""
        before = bisect.bisect_right(self.starts, start) - 1
        after = bisect.bisect_right(self.starts, end) - 1
        return self.first[before] >= start and self.last[after] <= end


class _Doc:
    """A text tokenised once, with the windows after each mention cut from those tokens.

    A window ``text[pos:endpos]`` tokenised afresh gives the text's own tokens, except
    at its two ends: a token running across ``pos`` (the "'s" of a possessive name)
    and one running past ``endpos`` (cut short). Those windows, and only those ends,
    are tokenised again, so every window is exactly what tokenising the slice gives.
    """

    __slots__ = ("_parent_memo", "_raw_ends", "parents", "read_past", "text", "toks")

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks, self._raw_ends = _split(text)
        # _parent_after by end offset: asked once while reading a mention, again for its parent
        self.parents: dict[int, tuple[str, int, int, PlaceKind | None] | None] = {}
        # _read_parent_after by the text it reads (offsets relative to its start): a name written
        # again and again ("Beijing, Beijing, ...") has the same text after it each time
        self._parent_memo: dict[str, tuple[str, int, int, PlaceKind | None] | None] = {}
        # whether a parent was read past text[end : end + _PARENT_REACH] (a run of initials)
        self.read_past = False

    def parent_after(self, index: PlaceIndex, end: int) -> tuple[str, int, int, PlaceKind | None] | None:
        """:func:`_read_parent_after` at ``end``, read once for each distinct text it reads."""
        key = self.text[end : end + _PARENT_REACH]
        memo = self._parent_memo
        if key in memo:
            found = memo[key]
            return None if found is None else (found[0], found[1] + end, found[2] + end, found[3])
        found, bounded = _read_parent_after(index, self.text, end, self)
        self.read_past = self.read_past or not bounded
        if bounded:
            if len(memo) >= _PARENT_MEMO:
                memo.clear()  # a long report of names each written once: keep the memory bounded
            memo[key] = None if found is None else (found[0], found[1] - end, found[2] - end, found[3])
        return found

    def view(self, pos: int, endpos: int, most: int) -> tuple[_Toks, int]:
        """Return tokens and an offset in them: from there, the first ``most`` tokens of the window.

        They are the text's own tokens when the window has that many whole ones (or
        the window itself, when it has fewer).
        """
        toks, raw_ends = self.toks, self._raw_ends
        i = bisect.bisect_left(toks.starts, pos)
        if (i == 0 or raw_ends[i - 1] <= pos) and bisect.bisect_right(raw_ends, endpos, i) - i >= most:
            return toks, i
        return self.window(pos, endpos, most), 0

    def window(self, pos: int, endpos: int, most: int | None = None) -> _Toks:
        """Return the tokens of ``text[pos:endpos]``, as :func:`_tokens_in` would.

        With ``most``, a window of more tokens may be cut after its first ``most``.
        """
        toks, raw_ends = self.toks, self._raw_ends
        i = bisect.bisect_left(toks.starts, pos)
        if i > 0 and raw_ends[i - 1] > pos:
            if toks.poss[i - 1] and raw_ends[i - 1] == pos + 2 <= endpos:
                # right after a possessive name: the "s" of its "'s" is a word of its own
                window = _Toks([pos + 1], [pos + 2], ["s"], [False], ["s"], [False])
                window.extend(self.window(pos + 2, endpos, most))
                return window
            return _tokens_in(self.text, pos, endpos)
        k = bisect.bisect_right(raw_ends, endpos, i)  # match ends only grow
        if most is not None and k - i >= most:
            return toks.cut(i, i + most)
        window = toks.cut(i, k)
        if k < len(raw_ends) and toks.starts[k] < endpos:
            # the start of a token cut short: a word of letters stays one token
            tail = self.text[toks.starts[k] : endpos]
            if tail.isalpha():
                window.starts.append(toks.starts[k])
                window.ends.append(endpos)
                window.words.append(tail)
                window.poss.append(False)
                window.lowers.append(tail.lower())
                window.caps.append(tail[0].isupper())
            else:
                window.extend(_tokens_in(self.text, toks.starts[k], endpos))
        return window


def _window(text: str, pos: int, endpos: int, doc: _Doc | None) -> _Toks:
    endpos = min(endpos, len(text))
    return _tokens_in(text, pos, endpos) if doc is None else doc.window(pos, endpos)


# KIND_PHRASES by first word, each list in the order of KIND_PHRASES (longest first)
_KINDS_BY_FIRST: dict[str, list[tuple[list[str], PlaceKind]]] = {}
for _words, _kind in KIND_PHRASES:
    _KINDS_BY_FIRST.setdefault(_words[0], []).append((list(_words), _kind))
_NO_KIND: tuple[int, PlaceKind | None] = (0, None)
# kind words read after a name in lower case too ("Migori county", "Kherson oblast"; not "Paris region")
# and the South and South-East Asian divisions, ordinary words in no other sense ("Blora regency", "Mithamoin
# upazila", "Kharian tehsil")
_LOWER_KINDS = frozenset(
    {"county", "oblast", "regency", "upazila", "tehsil", "taluk", "taluka", "mandal", "constituency"}
)
# the words a kind phrase may open with (ask _kind_after only at these)
_KIND_OPENERS = ETHNIC | _KINDS_BY_FIRST.keys()
# the most tokens a kind phrase reads: an ethnic word and the longest phrase
_KIND_TOKENS = 1 + max(len(words) for words, _ in KIND_PHRASES)
# the most tokens _parent_after reads: a direction, a region's "'s", a name and its kind phrase
_PARENT_TOKENS = 2 + _MAX_TOKENS + _KIND_TOKENS
# the most text _read_parent_after reads after a name: its connector (", capital of ", 120
# characters at most), then a window of 100 (an abbreviation, a run of initials, may run on)
_PARENT_REACH = 220
_DESCRIPTOR_REACH = 60  # how far before a name _descriptor_before reads
_UNREAD = object()  # a memo's answer for a text not read yet (None is a reading: no place)
_READ_AFRESH = 3  # find_toponyms reads a name this many times afresh before it looks in its memo
_PARENT_MEMO = 4096


def _kind_after(toks: _Toks, j: int, text: str) -> tuple[int, PlaceKind | None]:
    """Read a kind phrase starting at token ``j`` (>= 1); return the tokens it takes and its kind."""
    return _kind_from(toks, j, text, toks.ends[j - 1], toks.poss[j - 1])


def _kind_from(
    toks: _Toks, j: int, text: str, prev_end: int, prev_poss: bool
) -> tuple[int, PlaceKind | None]:
    """:func:`_kind_after` after a token that ends at ``prev_end`` (possessive or not)."""
    lowers = toks.lowers
    n = len(lowers)
    if j >= n:
        return _NO_KIND
    k = j
    if lowers[k] in ETHNIC and not prev_poss:
        k += 1
        if k >= n:
            return _NO_KIND
    phrases = _KINDS_BY_FIRST.get(lowers[k])
    if phrases is None or not (toks.caps[k] or lowers[k] in _LOWER_KINDS):
        return _NO_KIND
    starts, ends, poss = toks.starts, toks.ends, toks.poss
    for words, kind in phrases:
        end = k + len(words)
        if end > n or lowers[k:end] != words:
            continue
        if text[prev_end : starts[j]] != " " or any(
            text[ends[i - 1] : starts[i]] != " " for i in range(j + 1, end)
        ):
            continue
        if not prev_poss and not any(poss[j : end - 1]):
            return end - j, kind
    return _NO_KIND


@functools.lru_cache(maxsize=16_384)
def _key_weight(index: PlaceIndex, key: str) -> tuple[int, int]:
    """:func:`_best_weight` of the rows of a name key (asked for again and again, and slow to read)."""
    return _best_weight(index, index.rows_for_key(key))


@functools.lru_cache(maxsize=16_384)
def _known(index: PlaceIndex, name: str) -> bool:
    """Tell whether the index knows a name as written (asked for again and again)."""
    return bool(index.rows_for_name(name))


@functools.lru_cache(maxsize=16_384)
def _known_runs(index: PlaceIndex, words: tuple[str, ...]) -> tuple[bool, ...]:
    """Tell, for each run of ``words`` from the first, whether the index knows it as a name.

    Once no name of the index goes on past a run's key ("President Xi ..."), the longer runs,
    whose keys go on from it, are not looked up (asked only while two or more runs are left).
    """
    known: list[bool] = []
    dead = ""  # the key of a run no name goes on from, and a space
    for m in range(1, len(words) + 1):
        name = " ".join(words[:m])
        if dead and name_key(name).startswith(dead):
            known.append(False)
            continue
        known.append(_known(index, name))
        if not dead and len(words) - m >= 2 and (key := name_key(name)) and not index.has_prefix(key):
            dead = key + " "
    return tuple(known)


_DIVISION_KINDS = ("admin1", "country")


@functools.lru_cache(maxsize=16_384)
def _names_kind(index: PlaceIndex, name: str, kinds: tuple[str, ...]) -> bool:
    """Tell whether a name (as written) names a place of one of ``kinds`` (the table's kind
    column): asked for each parent and region read, again and again for the same names."""
    return any(index.fields(r)[2] in kinds for r in index.rows_for_name(name))


@functools.lru_cache(maxsize=16_384)
def _may_be_first_name(index: PlaceIndex, first: str, second: str) -> bool:
    """Tell whether "first second" may be a person's name: no weighty place, no place name together."""
    return _key_weight(index, name_key(first)) < (1, _STRONG_POPULATION) and not _known(
        index, f"{first} {second}"
    )


def _best_weight(index: PlaceIndex, rows: list[int]) -> tuple[int, int]:
    """Return (kind strength, population) of the strongest candidate: 2 country, 1 admin1, 0 other."""
    best = (0, 0)
    for r in rows[:200]:
        f = index.fields(r)
        if f[2] == "admin2":
            continue  # a second-level division's people are summed from its places: no evidence of a name
        population = int(f[7] or 0)
        # a division counts as weighty only with people in it (not a parish of 300 on the Isle of Man)
        strength = (
            2 if f[2] == "country" else 1 if f[2] == "admin1" and population >= _DIVISION_POPULATION else 0
        )
        best = max(best, (strength, population))
    return best


# the last letter of a descriptor's last word: "'s" (any case; "ſ" folds to "s" in re) or "of"
_DESCRIPTOR_LAST_LETTERS = frozenset("sSſfF")


def _descriptor_before(index: PlaceIndex, text: str, start: int) -> tuple[int, PlaceKind | None, str | None]:
    """Read "the city of" or "east China's" before a name; return (new start, kind, region)."""
    # both patterns end in a word and spaces right before the name: most names have neither
    if not text[start - 1 : start].isspace():
        return start, None, None
    # ... and that word is a possessive ("China's") or "of": its last letter tells most others
    before_space = text[start - 2 : start - 1]
    if not before_space.isspace() and before_space not in _DESCRIPTOR_LAST_LETTERS:
        return start, None, None
    tail = text[max(0, start - _DESCRIPTOR_REACH) : start]
    offset = start - len(tail)
    last = tail.rstrip()
    # each pattern's match lies in the last few whitespace-separated chunks: search from there
    m = (
        _REGION_BEFORE.search(tail, _chunks_start(last, _REGION_CHUNKS))
        if last.endswith(_POSSESSIVE_ANY_CASE)
        else None
    )
    if m:
        region = m.group(2)
        if _names_kind(index, region, _DIVISION_KINDS):
            return offset + m.start(), None, region
    m = (
        _PLACE_NOUN_BEFORE.search(tail, _chunks_start(last, _NOUN_CHUNKS))
        if last[-2:].lower() == "of" and _noun_before_of(tail, last)
        else None
    )
    if m and m.group(1).lower() != "capital" and not _kind_of_name_before(tail, m):
        return offset + m.start(), PLACE_NOUNS[m.group(1).lower()], None
    return start, None, None


def _kind_of_name_before(tail: str, m: re.Match[str]) -> bool:
    """Whether the noun of "X District of Y" is X's own kind (a name before it), not "the district of"."""
    if not m.group(1)[:1].isupper():
        return False
    words = tail[: m.start(1)].split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() not in ("in", "at", "to", "the", "from")


def _chunks_start(text: str, count: int) -> int:
    """Return where the last ``count`` whitespace-separated chunks of ``text`` start (0 if it has no more)."""
    head = text.rsplit(None, count)
    # head[1] opens right after the whitespace that ends head[0]
    return text.index(head[1], len(head[0])) if len(head) > count else 0


def _noun_before_of(tail: str, last: str) -> bool:
    """Tell whether a place noun ends the words before the final "of" (``last`` is ``tail.rstrip()``)."""
    before = last[:-2]
    noun_end = len(before.rstrip())  # _PLACE_NOUN_BEFORE ends with "noun\s+of\s+$"
    return noun_end < len(before) and any(
        _NOUN_OF_END.match(tail, noun_end - n) for n in _NOUN_LENGTHS if n <= noun_end
    )


def _parent_after(
    index: PlaceIndex, text: str, end: int, doc: _Doc | None = None
) -> tuple[str, int, int, PlaceKind | None] | None:
    """Find an enclosing place written after a mention ("Suzhou, east China's Jiangsu Province")."""
    if not _COMMA_OR_OF.match(text, end, end + 120):
        return None  # what most names have after them
    if doc is None:
        return _read_parent_after(index, text, end, doc)[0]
    if end not in doc.parents:
        doc.parents[end] = doc.parent_after(index, end)
    return doc.parents[end]


# "Co Mayo", "Co. Louth": the abbreviation of County before a county's name
_COUNTY_ABBREVIATED = re.compile(r"Co\.? [A-Z]")


def _read_parent_after(
    index: PlaceIndex, text: str, end: int, doc: _Doc | None
) -> tuple[tuple[str, int, int, PlaceKind | None] | None, bool]:
    """Read the parent after ``end``; return it and whether only ``text[end : end + _PARENT_REACH]``
    was read (so that the same text elsewhere gives the same parent, shifted)."""
    m = _PARENT_AFTER.match(text, end, end + 120)  # it needs a comma, so it matches something
    of = _OF.match(text, end, end + 120)
    if m:
        pos = m.end()
    elif of:
        pos = of.end()
    else:
        return None, True
    # an abbreviation ("Ill.", "N.Y.") names a state only right after the comma
    am = _ABBREV.match(text, pos)
    # a run of initials has no bound: the regex engine may have read past the reach
    bounded = am is None or am.end() + 2 < end + _PARENT_REACH
    if _COUNTY_ABBREVIATED.match(text, pos) is not None:
        return None, bounded  # "Ballina, Co Mayo": County, not Colorado
    if am and not of and name_key(am.group()) in _ABBREV_KEYS and _names_kind(index, am.group(), ("admin1",)):
        return (am.group(), pos, am.end(), PlaceKind.ADMIN1), bounded
    endpos = min(pos + 100, len(text))
    toks, i = (_tokens_in(text, pos, endpos), 0) if doc is None else doc.view(pos, endpos, _PARENT_TOKENS)
    # skip "east China's"
    if i < len(toks) and toks.lowers[i] in DIRECTIONS:
        i += 1
    if i < len(toks) and toks.poss[i]:
        i += 1
    match = _match_at(index, text, toks, i)
    if match is None:
        return None, bounded
    n_tok, name_end_tok, kind = match
    name = text[toks.starts[i] : toks.ends[name_end_tok - 1]]
    if m and "(" in m.group() and name.isupper() and len(name) <= 4 and text.startswith(")", toks.ends[name_end_tok - 1]):
        return None, bounded  # "LONDON (PA) -": capitals in brackets are an agency's, not a state's
    if kind in (PlaceKind.ADMIN1, PlaceKind.COUNTRY) or _names_kind(index, name, _DIVISION_KINDS):
        return (name, toks.starts[i], toks.ends[i + n_tok - 1], kind), bounded
    return None, bounded


# the kind words written in lower case after a small place's whole name ("Van Thach village")
_UNKNOWN_SETTLEMENT_KINDS = frozenset({"village", "township", "commune", "hamlet", "town", "county", "district"})
# kind words that end many a town's own name ("Cape Town", "Mexico City", "George Town")
_NAMED_WITH_KIND = frozenset({"town", "city"})


def _match_at(index: PlaceIndex, text: str, toks: _Toks, i: int) -> tuple[int, int, PlaceKind | None] | None:
    """Longest name at token ``i``: (tokens taken incl. kind words, end token of the bare name, kind)."""
    caps = toks.caps
    n = len(caps)
    if i >= n or not caps[i]:
        return None
    words = toks.words
    j = i + 1
    if j < n and (caps[j] or words[j] in CONNECTORS):
        starts, ends, poss = toks.starts, toks.ends, toks.poss
        limit = min(n, i + _MAX_TOKENS)
        while (
            j < limit
            and (caps[j] or words[j] in CONNECTORS)
            and not poss[j - 1]
            and _joined(text, words, ends, starts, j)
        ):
            j += 1
    lowers = toks.lowers
    if j == i + 1:  # one word (most capitalised words)
        if not _known(index, words[i]):
            return None
        taken, kind = _kind_after(toks, j, text) if j < n and lowers[j] in _KIND_OPENERS else _NO_KIND
        return 1 + taken, j, kind
    known = _known_runs(index, tuple(words[i:j]))  # known[m - 1]: the first m words name a place
    if True not in known:
        return None  # no run of these words is a known name (so for most runs)
    if not known[-1] and j < n and not caps[j] and lowers[j] in _UNKNOWN_SETTLEMENT_KINDS:
        return None  # "Van Thach village": a village the table lacks, not the "Van" its name begins with
    cuts = [cut for cut in range(j - 1, i, -1) if lowers[cut] in _KIND_OPENERS]  # kind words may start there
    for stop in range(j, i, -1):
        if not caps[stop - 1]:
            continue  # a name does not end on a connector
        # "Jiangsu Province" written with its kind word: the bare name is shorter
        for cut in cuts:
            if cut >= stop:
                continue
            if known[stop - i - 1] and lowers[cut] in _NAMED_WITH_KIND and cut + 1 == stop:
                continue  # "Cape Town", "Mexico City", "Kuwait City": the kind word is part of the name
            taken, kind = _kind_after(toks, cut, text)
            if kind is not None and cut + taken == stop and known[cut - i - 1]:
                return stop - i, cut, kind
        if known[stop - i - 1]:
            taken, kind = (
                _kind_after(toks, stop, text) if stop < n and lowers[stop] in _KIND_OPENERS else _NO_KIND
            )
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


def _toponym_at(
    index: PlaceIndex,
    text: str,
    start: int,
    end: int,
    doc: _Doc | None,
    one_token: bool = False,
    after: tuple[int, PlaceKind | None] | None = None,
) -> Toponym:
    """:func:`toponym_at`, with what the caller may know already.

    ``one_token`` when ``text[start:end]`` is known to tokenise as one token;
    ``after`` when the kind phrase after it is read already: :func:`_kind_phrase_after`.
    """
    name = text[start:end]
    stop, kind = _kind_phrase_after(text, end, doc) if after is None else after
    if stop == end and not one_token:
        # the name may carry its kind word ("Jiangsu Province" given as one span)
        inner = _window(text, start, end, doc)
        for cut in range(len(inner) - 1, 0, -1):
            n, k = _kind_after(inner, cut, text)
            if k is not None and cut + n == len(inner):
                if n == 1 and inner.lowers[cut] in _NAMED_WITH_KIND and _known(index, name):
                    break  # "Cape Town", "Kuwait City": a town's name that ends in a kind word
                kind, end = k, inner.ends[cut - 1]
                name = text[start:end]
                break
    begin, noun_kind, region = _descriptor_before(index, text, start)
    if noun_kind is not None and text.startswith(_POSSESSIVES, stop):
        # "the district of Angola's capital": the noun is of what the name possesses, not of the name
        begin, noun_kind = start, None
    kind = kind or noun_kind
    parent_info = _parent_after(index, text, stop, doc)
    parent = parent_info[0] if parent_info else None
    return _made(begin, stop, text[begin:stop], name, kind, parent, start, end, region)


def _kind_phrase_after(text: str, end: int, doc: _Doc | None) -> tuple[int, PlaceKind | None]:
    """Read a kind phrase right after a name that ends at ``end``; return where it ends and its kind.

    With no kind phrase, ``(end, None)``.
    """
    # the window after the name (its first tokens are all a kind phrase reads)
    endpos = min(end + 60, len(text))
    shifted, at = (_tokens_in(text, end, endpos), 0) if doc is None else doc.view(end, endpos, _KIND_TOKENS)
    # the name read as one token before the window
    taken, kind = _kind_from(shifted, at, text, end, False)
    return (shifted.ends[at + taken - 1], kind) if taken else (end, None)


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?\n:;—-"


def _iter_matches(index: PlaceIndex, doc: _Doc) -> Iterator[tuple[int, int, int, PlaceKind | None]]:
    text, toks = doc.text, doc.toks
    starts, ends, words, poss, lowers, caps = toks.columns()
    n = len(toks)
    i = 0
    for c in itertools.compress(range(n), caps):
        if c < i:
            continue
        j = c + 1
        if (
            j == n
            or not (caps[j] or words[j] in CONNECTORS)
            or poss[c]
            # (:func:`_joined`, inline: asked for each capitalised word)
            or not (
                (gap := text[ends[c] : starts[j]]) in _JOINERS or (gap == ". " and words[c] in _ABBREVIATED_HEADS)
            )
        ):
            # one word: what _match_at does then, inline (most capitalised words are alone, or
            # followed by one that does not continue their name: "Beijing, Shanghai")
            if _known(index, words[c]):
                taken, kind = _kind_after(toks, j, text) if j < n and lowers[j] in _KIND_OPENERS else _NO_KIND
                yield c, j, j + taken, kind
                i = j + taken
            continue
        match = _match_at(index, text, toks, c)
        if match is not None:
            taken, name_stop, kind = match
            yield c, name_stop, c + taken, kind
            i = c + taken


def _plain(text: str, start: int, end: int, kind: PlaceKind | None) -> Toponym:
    """A mention with no descriptor: the name is the whole span."""
    word = text[start:end]
    return _made(start, end, word, word, kind, None, start, end, None)


_new = object.__new__


def _slot_setter(field: str) -> Callable[[Toponym, object], None]:
    """The setter of a field's slot: a little quicker than ``object.__setattr__`` by name."""
    setter: Callable[[Toponym, object], None] = getattr(Toponym, field).__set__
    return setter


_set_start, _set_end = _slot_setter("start"), _slot_setter("end")
_set_text, _set_name = _slot_setter("text"), _slot_setter("name")
_set_kind_hint, _set_parent = _slot_setter("kind_hint"), _slot_setter("parent")
_set_name_start, _set_name_end = _slot_setter("name_start"), _slot_setter("name_end")
_set_region = _slot_setter("region")


def _made(
    start: int, end: int, text: str, name: str, kind_hint: PlaceKind | None, parent: str | None,
    name_start: int, name_end: int, region: str | None,
) -> Toponym:  # fmt: skip
    """A Toponym made by this module's readers, whose fields are right by construction.

    ``Toponym(...)`` checks every field (it is public); a report naming one place 88,000 times
    ("Beijing, Beijing, ...") spent a tenth of its time in those checks. The readers here pass
    offsets they took from the text and strings they cut from it, so the checks are skipped.
    """
    made: Toponym = _new(Toponym)
    _set_start(made, start)
    _set_end(made, end)
    _set_text(made, text)
    _set_name(made, name)
    _set_kind_hint(made, kind_hint)
    _set_parent(made, parent)
    _set_name_start(made, name_start)
    _set_name_end(made, name_end)
    _set_region(made, region)
    return made


@functools.lru_cache(maxsize=16_384)  # asked for each capitalised word, again and again
def demonym_country(word: str) -> str | None:
    """Return the country code a demonym names ("Russian", "Palestinians"), or ``None``."""
    key = name_key(word)
    for k in (key, key[:-1] if key.endswith("s") else key):
        code = DEMONYMS.get(k)
        if code:
            return code
    return None


class _MatchReader:
    """Reads each name :func:`_iter_matches` found: a mention (with its descriptor) or not a place."""

    __slots__ = ("_lines", "doc", "index", "persons", "word_set")

    def __init__(self, index: PlaceIndex, doc: _Doc, persons: set[str], word_set: set[str]) -> None:
        self.index, self.doc, self.persons, self.word_set = index, doc, persons, word_set
        self._lines: _Lines | None = None  # made on first need

    def read(self, i: int, name_stop: int, stop: int, kind: PlaceKind | None, listed: bool = False) -> Toponym | None:
        """The mention the match at tokens ``[i, stop)`` makes (its name ends at ``name_stop``), or
        ``None`` when the evidence is against a place.

        ``listed``: the name is listed beside places found ("Sørfold, Steigen and Moskenes",
        "Kaberamaido and Kalaki districts"); the list vouches for a small town, a short name or a
        name that is a common word too, as a descriptor does (:func:`_listed_places`)."""
        index, doc, persons, word_set = self.index, self.doc, self.persons, self.word_set
        text, toks = doc.text, doc.toks
        starts, ends, words, poss, lowers, caps = toks.columns()
        n_toks = len(toks)
        first_start, last_end = starts[i], ends[name_stop - 1]
        first_word = words[i]
        name = text[first_start:last_end]
        key = name_key(name)
        strength, population = _key_weight(index, key)
        n_words = name_stop - i
        prev = i - 1 if i > 0 else -1  # the token before, or -1
        nxt = stop if stop < n_toks else -1  # the token after, or -1
        adjacent_next = nxt >= 0 and text[ends[stop - 1] : starts[nxt]] == " "
        adjacent_prev = prev >= 0 and text[ends[prev] : first_start] == " " and not poss[prev]
        strong = strength > 0 or population >= _STRONG_POPULATION
        locative = prev >= 0 and lowers[prev] in LOCATIVE and not caps[prev]
        # evidence against, first what needs no descriptor (most matches end here)
        if key in _ABBREV_KEYS and strength < 2 and n_words == 1:
            return None  # abbreviations count only as parents ("Springfield, Ill.")
        if key == "co" and adjacent_next and caps[nxt]:
            return None  # "Ballina, Co Mayo", "Co. Louth": County, not Colorado
        if n_words == 1 and kind is None and strength < 2 and demonym_country(first_word) is not None:
            # "Kazakh officials": a demonym, returned only when asked for (not a country's own name that
            # reads as one in the plural: "the Philippines")
            return None
        if n_words == 1 and kind is None and (key in NOT_PLACES or (first_word in persons and not strong)):
            return None
        if not strong and adjacent_next and lowers[nxt] in _SPEECH and kind is None:
            return None  # "Rubio said": people speak, small towns rarely do
        if (
            not strong
            and n_words > 1
            and text[ends[i] : ends[i] + 1] == "."
            and first_word in _ABBREVIATED_HEADS
            and kind is None
            and not listed
            and not (
                locative
                and lowers[prev] in _PLACE_LOCATIVE
                and not (prev > 0 and lowers[prev] == "to" and lowers[prev - 1] in _ADDRESSED_TO)
            )
        ):
            # "St. Peter", "St. John": a saint, unless the place is weighty ("St. Petersburg"), written with
            # its kind ("St. Tammany Parish", "Ste. Genevieve County"), listed with places or gone to
            # ("toured Mt. Pleasant", "in Ft. Myers"; not "the Basilica of St. Peter", "prayed to St. Jude")
            return None
        if not strong and " and " in name:
            return None  # "King and Queen": a conjunction inside a name needs a weighty place
        if prev >= 0 and lowers[prev] in _TITLE_FORMS and adjacent_prev:
            return None
        if prev >= 0 and words[prev] in _NAMED_AFTER_HEADS and text[ends[prev] : first_start] in (" ", ". "):
            # "Lake Victoria", "Mount Kenya", "HMS Sheffield": a lake, a mountain or a ship named after a
            # place, not the place (a feature the table holds whole, "Lake Charles", matched longer)
            return None
        if (
            adjacent_prev
            and caps[prev]
            # ("Visiting Jinja on Tuesday, ...": a participle opening the sentence is no part of a name)
            and not (_sentence_initial(text, starts[prev]) and (lowers[prev] in STARTERS or _is_participle(lowers[prev])))
            and not strong
        ):
            return None  # the tail of a longer name ("Zhang Guoqing", "-- Xi Jinping")
        if (
            adjacent_prev
            and caps[prev]
            and lowers[prev] not in DIRECTIONS
            and lowers[prev] not in STARTERS  # ("Heads Straight To Central Region": a headline's capitals)
            and lowers[prev] not in LOCATIVE
            and not _sentence_initial(text, starts[prev])
            and all(w in DIRECTIONS for w in lowers[i:name_stop])
        ):
            # "Kombe South District", "Tarla Central Region": a compound name whose head the table lacks
            # (or names apart) is one division; its direction tail is no division of its own abroad
            return None
        short = (
            n_words == 1
            and len(key) <= 3
            and not strong
            and not (
                # "flew to Lae": a town of a short name, written as a name after "to" / "in"
                len(key) == 3 and locative and first_word.istitle() and population >= _SHORT_NAME_POPULATION
            )
        )
        if short and not (listed or (len(key) == 3 and first_word.istitle())):
            return None
        # the kind phrase after the name, as the match read it
        after = (ends[stop - 1], kind) if stop > name_stop else (last_end, None)
        topo = _toponym_at(index, text, first_start, last_end, doc, n_words == 1 and not poss[i], after)
        cue = (
            kind is not None
            or topo.kind_hint is not None
            or topo.region is not None
            or topo.parent is not None
            # "Occidental Mindoro Governor Ana Cruz", "the Kitui governor": the office of a place's head names
            # its place, which is no part of a longer name
            or (nxt >= 0 and lowers[nxt] in _PLACE_OFFICES and text[ends[stop - 1] : starts[nxt]] == " ")
        )
        if short and not (cue or listed):
            # "the town of Leh", "Ely, Cambridgeshire": a descriptor vouches for a short name
            return None
        vouched = cue or listed
        # ("Washington D.C.", "Austin TX": a state's abbreviation after a town places it, no longer name)
        # ("toured Watertown Saturday", "in Rochester March 5": a day's name after a town ends it)
        longer = (
            adjacent_next
            and caps[nxt]
            and kind is None
            and not _state_code(words[nxt])
            and lowers[nxt] not in _DAY_NAMES
            and not (listed and lowers[nxt] in _PLURAL_KINDS)  # "Manafa and Sironko Districts"
        )
        if longer and not (strong or cue):
            return None  # the head of a longer name ("Lancaster Hotel", "by Andreas Rinke")
        if (
            not strong
            and prev >= 0
            and lowers[prev] == "the"
            and _OF_THE_NAME.match(text, last_end) is not None
        ):
            return None  # "the Temple of the Tooth", "the Dome of the Rock": a building's longer name
        if n_words == 1 and lowers[i] in word_set and lowers[i].islower() and not vouched:
            return None  # a common word that happens to be a place name
        if strength == 0 and not vouched:
            if self._lines is None:
                self._lines = _Lines(text)
            if self._lines.alone(first_start, topo.end):
                return None  # a word alone on its line is a heading or a menu item, not a mention
        if not (vouched or strong or locative) and (
            # weak evidence: a sentence's first word, a small place, a short word in capitals
            _sentence_initial(text, first_start)
            or population < _WEAK_POPULATION
            or (first_word.isupper() and len(key) <= 4)
        ):
            return None
        return topo


_OF_THE_NAME = re.compile(r" of the [A-Z]")
# the offices of a place's own head written right after its name ("Cebu Governor", "Kisumu Mayor", "Ontario
# Premier", "Bulacan Vice Governor")
_PLACE_OFFICES = frozenset({"governor", "mayor", "premier", "vice-governor", "vice-mayor", "governor's", "mayor's"})


def _is_participle(word: str) -> bool:
    """Whether a word is a verb's -ing form ("visiting", "touring"), not a name ("Irving" is left out)."""
    return len(word) > 6 and word.endswith("ing") and word not in _ING_NAMES


_ING_NAMES = frozenset("sterling harding browning redding reading wellington kettering worthing".split())
# the names of days and months, which end a place's name rather than lengthen it
_DAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july"
    " august september october november december".split()
)


def _state_code(word: str) -> bool:
    """Whether ``word`` is a state's abbreviation written in capitals ("DC", "D.C.", "NSW")."""
    return word.replace(".", "").isupper() and name_key(word) in _ABBREV_KEYS


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
    starts, ends, words, _, _, caps = toks.columns()
    n_toks = len(toks)
    matches = list(_iter_matches(index, doc))
    # a single word with no kind word is dropped as a person's name or a common word
    singles = {words[i] for i, name_stop, _, kind in matches if name_stop == i + 1 and kind is None}
    persons = _persons(index, text, toks, singles)
    word_set = set(words)
    found: list[Toponym] = []
    regions: list[Toponym] = []
    taken_until = -1
    reader = _MatchReader(index, doc, persons, word_set)
    # A mention read once for each distinct text around it: a report that names one place again and
    # again in the same words ("Beijing, Beijing, ...") reads it once. :meth:`_MatchReader.read` looks
    # at the token before the match (and 3 characters before it), _DESCRIPTOR_REACH characters before
    # the name (its descriptor), and the token after it and _PARENT_REACH characters after it (a
    # parent place); the text-wide sets it asks (the words of the text, the names taken for people's)
    # are the same for every match. Two matches with the same text there (and the same token counts
    # and kind) read alike, shifted. No key where the reading may look further: near either end of
    # the text, or for a name with no weight (whether it stands alone on its line depends on the
    # whole line); nor for a name read at most _READ_AFRESH times (most reports name a place a few
    # times: no key for those).
    memo: dict[tuple[str, int, int, int, PlaceKind | None], tuple[Toponym, int] | None] = {}
    known: object  # a memo entry, or _UNREAD
    times_read: dict[str, int] = {}
    weighty: dict[str, bool] = {}  # whether a name as written has weight, asked once per name
    parents = doc.parents
    n_text = len(text)
    read_afresh = _READ_AFRESH  # (a test sets it past every count, to read each mention afresh)
    rejected: list[tuple[int, int, int, PlaceKind | None]] = []  # matches read as no place
    for i, name_stop, stop, kind in matches:
        first_start = starts[i]
        if first_start < taken_until:
            continue
        name = text[first_start : ends[name_stop - 1]]
        times = times_read[name] = times_read.get(name, 0) + 1
        key = None
        if times > read_afresh and i > 0 and stop < n_toks:
            has_weight = weighty.get(name)
            if has_weight is None:
                has_weight = weighty[name] = _key_weight(index, name_key(name))[0] != 0
            if has_weight:
                begin = min(first_start - _DESCRIPTOR_REACH, starts[i - 1] - 3)
                end = max(ends[stop - 1] + _PARENT_REACH, ends[stop] + 1)
                if begin >= 0 and end < n_text:
                    key = (text[begin:end], first_start - begin, name_stop - i, stop - i, kind)
        if key is None:
            topo = reader.read(i, name_stop, stop, kind)
        elif (known := memo.get(key, _UNREAD)) is _UNREAD:
            topo = reader.read(i, name_stop, stop, kind)
            if not doc.read_past:
                memo[key] = None if topo is None else (topo, begin)
        elif known is None:
            rejected.append((i, name_stop, stop, kind))
            continue
        else:
            # the mention read at the memo's text, moved by as much as this text is from that one
            was, by = known[0], begin - known[1]  # type: ignore[index]
            if was.parent is not None:
                info = parents[was.end]
                assert info is not None  # a mention's parent was read with it
                parents[was.end + by] = (info[0], info[1] + by, info[2] + by, info[3])
            topo = _made(
                was.start + by, was.end + by, was.text, was.name, was.kind_hint, was.parent,
                was.name_start + by, was.name_end + by, was.region,
            )  # fmt: skip
        if topo is None:
            rejected.append((i, name_stop, stop, kind))
            continue
        if nested and topo.region is not None:
            r_start = topo.start + text[topo.start : topo.name_start].find(topo.region)
            if r_start >= topo.start:
                r_end = r_start + len(topo.region)
                regions.append(_plain(text, r_start, r_end, None))
        found.append(topo)
        taken_until = topo.end
    found = _outermost(found)
    if rejected:
        found = _listed_places(reader, found, rejected)
    # a parent written as an abbreviation is a toponym too ("Springfield, Ill.")
    extra: list[Toponym] = list(regions)
    name_starts = {u.name_start for u in found}  # a set: one look-up per mention, not a scan
    for t in found:
        if t.parent is not None:
            info = doc.parents[t.end]  # read with the mention (_toponym_at), where it found the parent
            if info and info[1] not in name_starts:
                extra.append(_plain(text, info[1], info[2], PlaceKind.ADMIN1))
    if demonyms:
        # In text order, each ending after the one before (_outermost): the only mention that
        # can overlap [start, end) is the last one starting before ``end``; bisect finds it.
        found_starts = [t.start for t in found]
        for i in itertools.compress(range(n_toks), caps):
            word = words[i]
            if demonym_country(word) is None:
                continue
            start, end = starts[i], ends[i]
            if i + 1 < n_toks and text[end : starts[i + 1]] == " ":
                two = f"{word} {words[i + 1]}"  # "South African", "Sri Lankan"
                if name_key(two) in DEMONYMS:
                    end = ends[i + 1]
            before = bisect.bisect_left(found_starts, end)
            if before == 0 or found[before - 1].end <= start:
                extra.append(_plain(text, start, end, PlaceKind.COUNTRY))
    # (``found`` is in text order already, each starting after the one before: see _outermost)
    ordered = sorted([*found, *extra], key=lambda t: (t.start, t.end)) if extra else found
    return _listed_kinds(text, ordered)


# "Warren, Washington and Saratoga counties", "Hunan and Hubei provinces": a plural kind word after a
# list gives each name of the list its kind
_PLURAL_KINDS = {
    "counties": PlaceKind.COUNTY, "districts": PlaceKind.COUNTY, "regencies": PlaceKind.COUNTY,
    "provinces": PlaceKind.ADMIN1, "states": PlaceKind.ADMIN1, "prefectures": PlaceKind.CITY,
    "regions": PlaceKind.ADMIN1, "parishes": PlaceKind.COUNTY, "constituencies": PlaceKind.COUNTY,
}  # fmt: skip
# (in capitals only "Constituencies", which a report on Ghana writes so: "the Jomoro and Tano South Constituencies")
_PLURAL_KIND_AFTER = re.compile(
    r" (counties|districts|regencies|provinces|states|prefectures|regions|parishes|[Cc]onstituencies)\b"
)
_LIST_JOINER = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
_AFTER_LIST_JOINER = re.compile(r"(?:,|\band|&)\s*$")  # a list's joiner, read before its next name


# a name, then another capitalised one and a plural kind word: "Kaberamaido and Kalaki districts"
_LISTED_BEFORE_KIND = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*)?"
    r"\s(?:counties|districts|regencies|provinces|states|prefectures|municipalities|parishes|constituencies)\b",
    re.IGNORECASE,
)
# what lies between two names of one list: a joiner, or other names the table lacks, each between joiners
# ("Mason Falls, Oak Port and Liberty": Oak Port, unknown, does not break the list)
_LIST_GAP = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2}(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,3}"
)
_PLURAL_KIND_AFTER_ANY_CASE = re.compile(
    r"\s(?:counties|districts|regencies|provinces|states|prefectures|municipalities|parishes|constituencies)\b",
    re.IGNORECASE,
)


def _listed_places(
    reader: _MatchReader, found: list[Toponym], rejected: list[tuple[int, int, int, PlaceKind | None]]
) -> list[Toponym]:
    """Read again, as listed, the names read as no place that a list joins to a place found, or that a
    plural kind word follows ("Sørfold, Steigen, Røst and Moskenes", "Manafa and Sironko Districts"):
    a careful reader takes a small town listed among towns for a town. Repeated while a name is added
    (a list of several small towns)."""
    text = reader.doc.text
    starts, ends = reader.doc.toks.starts, reader.doc.toks.ends
    pending = rejected
    while pending:
        spans = [(t.start, t.end) for t in found]
        firsts = [start for start, _ in spans]
        left: list[tuple[int, int, int, PlaceKind | None]] = []
        added = False
        for match in pending:
            i, _, stop, _ = match
            start, end = starts[i], ends[stop - 1]
            k = bisect.bisect_left(firsts, start)
            if (k > 0 and spans[k - 1][1] > start) or (k < len(spans) and spans[k][0] < end):
                continue  # inside a mention found
            beside = (
                (k > 0 and _LIST_GAP.fullmatch(text, spans[k - 1][1], start) is not None)
                or (k < len(spans) and _LIST_GAP.fullmatch(text, end, spans[k][0]) is not None)
                or _PLURAL_KIND_AFTER_ANY_CASE.match(text, end) is not None
                or _LISTED_BEFORE_KIND.match(text, end) is not None
            )
            topo = reader.read(*match, listed=True) if beside else None
            if topo is None:
                left.append(match)
                continue
            bisect.insort(found, topo, key=lambda t: t.start)
            spans.insert(k, (topo.start, topo.end))
            firsts.insert(k, topo.start)
            added = True
        if not added:
            break
        pending = left
    return found


def _listed_kinds(text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """Give the names of a list the kind its plural kind word names (see _PLURAL_KINDS)."""
    if not any(word in text for word in _PLURAL_KINDS) and "Constituencies" not in text:
        return toponyms
    out = list(toponyms)
    for k, topo in enumerate(out):
        after = _PLURAL_KIND_AFTER.match(text, topo.end) if topo.kind_hint is None else None
        if after is None:
            continue
        kind = _PLURAL_KINDS[after.group(1).lower()]
        if not _AFTER_LIST_JOINER.search(text, max(0, topo.start - 6), topo.start):
            continue  # "all 99 Ohio counties": one name before a plural is the division that holds them
        j = k
        while j >= 0 and out[j].kind_hint is None:
            out[j] = attrs.evolve(out[j], kind_hint=kind)
            if j == 0 or not _LIST_JOINER.fullmatch(text, out[j - 1].end, out[j].start):
                break
            j -= 1
    return out


def _persons(index: PlaceIndex, text: str, toks: _Toks, among: set[str]) -> set[str]:
    """Return the words of ``among`` that name people: after a title, or a surname after a first name."""
    starts, ends, words, poss, lowers, caps = toks.columns()
    persons: set[str] = set()
    # a name is capitalised: look at those words only (a report has few), each with the word k before it
    for at in itertools.compress(range(len(toks)), caps):
        name = words[at]
        if at == 0 or name not in among:
            continue
        k = at - 1
        gap = text[ends[k] : starts[at]]
        if gap != " " and gap != ". ":
            continue  # (both readings below need one of these two between the words)
        if lowers[k] in _TITLE_FORMS:
            persons.add(name)  # "Premier Li Qiang": a name after a title
        elif (
            # "Marco Rubio" ... "Rubio said": a surname after a first name that is no place
            caps[k]
            and not poss[k]
            and lowers[k] not in STARTERS
            and gap == " "
            and not _sentence_initial(text, starts[k])
            and _may_be_first_name(index, words[k], name)
        ):
            persons.add(name)
    return persons


def _outermost(found: list[Toponym]) -> list[Toponym]:
    """Drop a mention inside another's descriptor ("China" in "east China's Jiangsu").

    ``found`` is in text order with each mention ending after the one before, so a
    mention lies inside another only if a later one starts at or before it.
    """
    kept = []
    later_start = sys.maxsize  # the least start of the mentions after t
    for t in reversed(found):
        if t.start < later_start:
            kept.append(t)
            later_start = t.start
    kept.reverse()
    return kept
