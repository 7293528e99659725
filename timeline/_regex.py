"""A cheap guard for word-list patterns, the pipeline's hottest regular expressions.

A pattern such as ``\\b(?:visits?|toured|trips?)\\b`` scanned over a report tries every
alternative at every character.  A lookahead on the letters the alternatives can start with
(``(?=[vVtT])``) rejects almost every position at once; it never changes what matches,
because every match starts with one of those letters.

>>> first_letters("visits?|toured|trips?", ignorecase=True)
'(?=[TVtv])'
>>> first_letters(r"\\b(?:visits?|toured)\\b", ignorecase=True)
'\\\\b(?=[TVtv])'
>>> first_letters(r"\\b(?:is|are) to\\b|\\bplans? to")
'\\\\b(?=[aip])'
>>> first_letters("[ab]c")  # a class: no guard
''
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections.abc import Iterator
from typing import Any

from timeline._pattern_store import engine_code, kept

__all__ = [
    "Caseless",
    "compile_located",
    "finditer_at_word_starts",
    "first_letters",
    "folded",
    "letter_first",
    "may_hold",
    "word_start_locator",
    "words",
]


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Yield ``(index, char, depth)`` for the pattern's grouping syntax: each ``(``, ``)`` and ``|``
    that is not escaped and not inside a class.

    ``depth`` is the group depth after the character (an opening parenthesis counts itself).
    """
    depth = 0
    for token in _SYNTAX_TOKENS.finditer(pattern):
        c = token.group()
        if c in "()|":
            depth += (c == "(") - (c == ")")
            yield token.start(), c, depth


# What _syntax reads: an escape (skipped with the character it escapes), a class (skipped up to its first
# ``]`` not escaped, or to the end), or a parenthesis or bar (only escapes and classes are skipped;
# every other character is passed over by the scan)
_SYNTAX_TOKENS = re.compile(r"\\.?|\[(?:\\.?|[^\]\\])*\]?|[()|]", re.DOTALL)


def _alternatives(pattern: str) -> list[str]:
    """Split ``pattern`` at its top-level ``|`` (not inside groups, classes or escapes)."""
    cuts = [i for i, c, depth in _syntax(pattern) if c == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise([-1, *cuts, len(pattern)])]


def _closing(pattern: str) -> int:
    """The index of the ``)`` closing the group that opens ``pattern``, or -1."""
    return next((i for i, c, depth in _syntax(pattern) if c == ")" and depth == 0), -1)


def _heads(pattern: str) -> tuple[set[str], bool] | None:
    """The letters a match of ``pattern`` can start with, and whether every match opens on ``\\b``.

    ``None`` when the start of a match is not that plain.
    """
    letters: set[str] = set()
    bounded = True
    for alternative in _alternatives(pattern):
        head = alternative.removeprefix(r"\b")
        starts_bounded = head != alternative
        inner = None
        if head.startswith("(?:"):
            inner = 3
        elif head.startswith("(?P<"):
            inner = head.find(">") + 1
        if inner is not None:
            end = _closing(head)
            if end < 0 or head[end + 1 : end + 2] in ("?", "*", "{"):
                return None  # an optional group: the match may start after it
            found = _heads(head[inner:end])
            if found is None:
                return None
            letters |= found[0]
            bounded = bounded and (starts_bounded or found[1])
            continue
        if not head[:1].isascii() or not head[:1].isalpha() or head[1:2] in ("?", "*", "{"):
            return None
        letters.add(head[0])
        bounded = bounded and starts_bounded
    return letters, bounded


def first_letters(*patterns: str, ignorecase: bool = False) -> str:
    """A guard on the letters a match of any of ``patterns`` can start with.

    Alternatives and leading groups (``(?:...)``, ``(?P<name>...)``) are followed down to their
    first literal.  When every alternative opens on ``\\b`` the guard does too (the cheapest
    test, and it fails inside words).  Returns ``""`` (no guard) when an alternative may start
    with anything but an ASCII letter (a class, an escape other than a leading ``\\b``, an
    optional part), so the guard is always a necessary condition of a match.
    """
    letters: set[str] = set()
    bounded = True
    for pattern in patterns:
        found = _heads(pattern)
        if found is None:
            return ""
        letters |= found[0]
        bounded = bounded and found[1]
    if ignorecase:
        letters = {c for letter in letters for c in (letter.lower(), letter.upper())}
    boundary = r"\b" if bounded else ""
    return f"{boundary}(?=[{''.join(sorted(letters))}])"


def words(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, written to scan quickly, with the same matches.

    A case-sensitive pattern whose alternatives all open on a letter is compiled in its
    :func:`letter_first` form; any other gets the :func:`first_letters` guard in front when it
    has one.
    """
    if not flags & re.IGNORECASE:
        fast = letter_first(pattern)
        if fast != pattern:
            compiled = re.compile(fast, flags)
            plain = re.compile(pattern, flags)
            if compiled.groups == plain.groups and compiled.groupindex == plain.groupindex:
                return compiled
    guard = first_letters(pattern, ignorecase=bool(flags & re.IGNORECASE))
    return re.compile(f"{guard}(?:{pattern})" if guard else pattern, flags)


def may_hold(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold a match of a case-insensitive pattern each match of which
    contains one of ``needles`` (ASCII, written in lower case): a cheap test before the scan.

    Exact for ASCII text; other text always may (``IGNORECASE`` folds more than ``lower()``:
    "ſ" matches "s").
    """
    if not text.isascii():
        return True
    return any(map(text.lower().__contains__, _fewest(needles)))


def _wordlike(c: str) -> bool:
    """Whether the character ``c`` is one ``\\w`` matches in a text (a letter, a digit or "_")."""
    return c.isalnum() or c == "_"


def holds_word(text: str, word: str, not_before: str = "", not_after: str = "") -> bool:
    """Whether ``text`` holds ``word`` with neither a word character nor one of ``not_before``
    right before it, nor a word character or one of ``not_after`` right after it: what
    ``re.search(rf"(?<![\\w{not_before}]){re.escape(word)}(?![\\w{not_after}])", text)`` tells,
    without compiling a pattern for each word (a new report's names are each a new word).
    """
    if not word:
        return True
    size = len(word)
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + size : at + size + 1]
        if not (before and (_wordlike(before) or before in not_before)) and not (
            after and (_wordlike(after) or after in not_after)
        ):
            return True
        at = text.find(word, at + 1)
    return False


def follows_a_word(text: str, word: str, ends: str = ",;:)") -> bool:
    """Whether ``text`` holds ``word`` after spaces that follow a word character or one of ``ends``,
    with a word boundary right after it: what ``re.search(rf"[\\w{ends}]\\s+{re.escape(word)}\\b",
    text)`` tells, without compiling a pattern for each word."""
    if not word:
        return re.search(rf"[\w{re.escape(ends)}]\s+\b", text) is not None
    size = len(word)
    last_word = _wordlike(word[-1])
    at = text.find(word, 1)
    while at >= 0:
        after = text[at + size : at + size + 1]
        # "\b" after the word: a word character on one side of it only
        if (bool(after) and _wordlike(after)) != last_word:
            space = at
            while space > 0 and text[space - 1].isspace():
                space -= 1
            if space < at and space > 0 and (_wordlike(text[space - 1]) or text[space - 1] in ends):
                return True
        at = text.find(word, at + 1)
    return False


def _boundary(text: str, at: int) -> bool:
    """Whether ``\\b`` holds at ``at`` in ``text``: a word character on one side only."""
    return (at > 0 and _wordlike(text[at - 1])) != (at < len(text) and _wordlike(text[at]))


def word_starts(text: str, *words: str) -> list[int]:
    """Where the matches of ``\\bW1\\b|\\bW2\\b|...`` (each ``re.escape``-d) start, as ``re.finditer``
    finds them (leftmost, the first word first at one place, none overlapping), without compiling
    a pattern for each set of words (a traveller's name)."""
    words = tuple(w for w in words if w)
    if len(words) != len(set(words)) or not words:
        raise ValueError("words must be distinct and not empty")
    at_each: dict[int, int] = {}  # where a word matches -> the end of the first word that does
    for word in reversed(words):
        at = text.find(word)
        while at >= 0:
            if _boundary(text, at) and _boundary(text, at + len(word)):
                at_each[at] = at + len(word)
            at = text.find(word, at + 1)
    starts: list[int] = []
    taken = 0
    for at in sorted(at_each):
        if at >= taken:
            starts.append(at)
            taken = at_each[at]
    return starts


# id(needles) -> (needles, the fewest of them that say the same: see _fewest)
_FEWEST: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _fewest(needles: tuple[str, ...]) -> tuple[str, ...]:
    """``needles`` without those that hold another ("visits" where "visit" is one): a text holds
    one of them exactly when it holds one of the rest (the trip words' stems lose a sixth)."""
    known = _FEWEST.get(id(needles))
    if known is not None and known[0] is needles:
        return known[1]
    fewest = tuple(n for n in needles if not any(o in n and o != n for o in needles))
    if len(_FEWEST) > 256:  # (tuples made on the fly would each leave an entry)
        _FEWEST.clear()
    _FEWEST[id(needles)] = (needles, fewest)
    return fewest


# What a match may not follow, written before an alternative: "\b" (before a letter) or a
# negative lookbehind on one character class, such as "(?<![\w'’-])".
_NOT_AFTER = re.compile(r"\\b|\(\?<!(\\w|\[(?:\\.|[^\]\\])+\])\)")


def _not_after(alternative: str) -> tuple[str, str, str]:
    """Split off what ``alternative`` may not follow: the prefix as written, its class, the rest."""
    found = _NOT_AFTER.match(alternative)
    if found is None:
        return "", "", alternative
    return found.group(), found.group(1) or r"\w", alternative[found.end() :]


def _flat_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern``, a leading non-capturing group spread over its own.

    ``\\b(?:a|b)c|d`` gives ``\\bac``, ``\\bbc`` and ``d``: tried in that order, they match
    what the pattern matches, as the pattern does (a leftmost alternative wins in both).
    """
    out: list[str] = []
    for alternative in _alternatives(pattern):
        prefix, _, head = _not_after(alternative)
        end = _closing(head) if head.startswith("(?:") else -1
        if end < 0 or head[end + 1 : end + 2] in ("?", "*", "+", "{"):
            out.append(alternative)
            continue
        rest = head[end + 1 :]
        out += _flat_alternatives("|".join(prefix + inner + rest for inner in _alternatives(head[3:end])))
    return out


def letter_first(pattern: str, *, cased: bool = False, tree: bool = False) -> str:
    """``pattern`` rewritten so that its alternatives open on plain letters, one per letter.

    Leading groups are spread over their alternatives (:func:`_flat_alternatives`), those that
    open on the same letter are gathered behind it, and what a match may not follow (a leading
    ``\\b``, or a lookbehind such as ``(?<![\\w'-])``) moves behind the letter as ``(?<!\\w.)``
    (``(?<![\\w'-].)``). A case-sensitive pattern whose alternatives all open on a letter lets
    the engine skip, in C, to the letters that can start a match and pick the alternative by its
    first letter; a leading ``\\b`` or group makes it enter every alternative at every position.
    The matches do not change, with or without ``re.IGNORECASE``: at any one position only the
    alternatives that open on its letter can match, and they are tried in their order.

    >>> letter_first(r"\\b(?:visits?|tour(?:ed)?|trip)\\b")
    'v(?<!\\\\w.)(?:isits?\\\\b)|t(?<!\\\\w.)(?:our(?:ed)?\\\\b|rip\\\\b)'

    Spreading copies what follows a leading group into each of its alternatives; where that
    would make the pattern many times longer (a long tail after a long word list), the group is
    rewritten in place instead and the tail written once (:func:`_letter_first_group`): the
    same matches, tried in the same order, and a pattern that compiles in a fraction of the time.

    With ``cased``, for a pattern only ever compiled without ``re.IGNORECASE``, a letter and its
    other case may each open alternatives ("First Lady", "first lady"): a position holds one of the
    two, so only that one's alternatives can match there, in their order.

    >>> letter_first(r"\\b(?:First Lady|first lady|Foreign Minister)", cased=True)
    'F(?<!\\\\w.)(?:irst Lady|oreign Minister)|f(?<!\\\\w.)(?:irst lady)'

    With ``tree``, for a pattern only ever compiled case-sensitively and without ``re.VERBOSE``, the
    alternatives behind each letter are gathered further by the characters they go on with
    (:func:`_prefix_tree`): at a word's start the engine follows the word's letters instead of
    trying each alternative of its first letter in turn.

    >>> letter_first(r"\\b(?:visits?|visited|vetoed)\\b", tree=True)
    'v(?<!\\\\w.)(?:i(?:s(?:i(?:t(?:s?\\\\b|ed\\\\b))))|etoed\\\\b)'
    """
    # (rewritten by an earlier run while the reader is imported: see timeline._pattern_store)
    return kept(("letter_first", pattern, cased, tree), lambda: _letter_first(pattern, cased, tree))


def _letter_first(pattern: str, cased: bool, tree: bool) -> str:
    spread = _letter_first_spread(pattern, cased, tree)
    if len(spread) > _MAX_SPREAD * len(pattern):
        grouped = _letter_first_group(pattern, tree)
        if grouped is not None:
            return grouped
    return spread


# How many times longer than the pattern its spread form may grow before the group is rewritten
# in place (see letter_first): only a long tail after a long word list comes near it.
_MAX_SPREAD = 8


def _letter_first_group(pattern: str, tree: bool = False) -> str | None:
    """``(?:A|B...)REST`` as ``(?:letter_first(A|B...))REST``, when the pattern is one such
    alternative (its leading group not repeated nor optional) and the group's alternatives all
    open on letters; else ``None``.

    At any position only the group's alternatives that open on the letter there can match, in
    their order, each followed by ``REST`` as before: the matches are those of ``pattern``.
    """
    if len(_alternatives(pattern)) != 1 or not pattern.startswith("(?:"):
        return None
    end = _closing(pattern)
    if end < 0 or pattern[end + 1 : end + 2] in ("?", "*", "+", "{"):
        return None
    inner = pattern[3:end]
    rewritten = letter_first(inner, tree=tree)
    if rewritten == inner:
        return None
    return f"(?:{rewritten}){pattern[end + 1 :]}"


def _letter_first_spread(pattern: str, cased: bool = False, tree: bool = False) -> str:
    heads: dict[tuple[str, str], list[str]] = {}
    for alternative in _flat_alternatives(pattern):
        _, not_after, head = _not_after(alternative)
        letter = head[:1]
        if not (letter.isascii() and letter.isalpha()) or head[1:2] in ("?", "*", "+", "{"):
            return pattern  # an alternative that may open on anything: no gathering
        heads.setdefault((letter, not_after), []).append(head[1:])
    if len({letter if cased else letter.lower() for letter, _ in heads}) < len(heads):
        # a letter opening alternatives with different things before them, or in both cases
        # (under re.IGNORECASE both would be tried at one position, in their order)
        return pattern
    return "|".join(
        letter
        + (f"(?<!{not_after}.)" if not_after else "")
        + "(?:"
        + (_prefix_tree(rests) if tree and _group_shape("|".join(rests))[0] == 0 else "|".join(rests))
        + ")"
        for (letter, not_after), rests in heads.items()
    )


# The characters an alternative may open on to be gathered with others behind them (see _prefix_tree):
# each matches itself alone in a pattern compiled case-sensitively without re.VERBOSE
_PLAIN_HEADS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -,'’")


def _prefix_tree(alternatives: list[str]) -> str:
    """The alternation of ``alternatives`` (holding no capturing group), those that open on the same
    plain character (:data:`_PLAIN_HEADS`, not made optional or repeated) gathered behind it, and so
    on down: ``visits?|visited|vetoed`` as ``v(?:i(?:s(?:i(?:t(?:s?|ed))))|etoed)``.

    The same matches, tried in the same order, for a pattern compiled case-sensitively without
    ``re.VERBOSE``: at any position only the alternatives that open on its character can match, and
    they keep their order. An alternative that opens otherwise (a group, a class, an escape, an empty
    one) may match where any other does: the others are gathered only between two such.
    """
    out: list[str] = []
    run: dict[str, list[str]] = {}

    def gather() -> None:
        for head, rests in run.items():
            out.append(head + (rests[0] if len(rests) == 1 else f"(?:{_prefix_tree(rests)})"))
        run.clear()

    for alternative in alternatives:
        head = alternative[:1]
        if head in _PLAIN_HEADS and alternative[1:2] not in ("?", "*", "+", "{"):
            run.setdefault(head, []).append(alternative[1:])
        else:
            gather()
            out.append(alternative)
    gather()
    return "|".join(out)


def _group_shape(pattern: str) -> tuple[int, dict[str, int]]:
    """The number of capturing groups of ``pattern`` and the index of each named one, read from
    its syntax (as ``re.compile`` gives them in ``groups`` and ``groupindex``; not for
    ``re.VERBOSE`` patterns, whose comments may hold parentheses)."""
    count, names = 0, {}
    for i, c, _ in _syntax(pattern):
        if c != "(":
            continue
        if pattern.startswith("(?P<", i):
            count += 1
            names[pattern[i + 4 : pattern.index(">", i)]] = count
        elif not pattern.startswith("(?", i):
            count += 1
    return count, names


def _group_shape_of(compiled: re.Pattern[str]) -> tuple[int, dict[str, int]]:
    return compiled.groups, dict(compiled.groupindex)


# The characters that re.IGNORECASE equates with an ASCII letter, or whose lower case is one
# ("İ", dotless "ı", long "ſ", the Kelvin sign): every other character keeps what it is (a word
# character, a digit, a space, no ASCII letter) when lower-cased.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


# (a text up to this long is folded through an lru_cache, a longer one found again by identity)
_SHORT_MAX = 4096


def folded(text: str) -> str | None:
    # a whole report is searched again and again in small windows: fold it once; a sentence is
    # searched by pattern after pattern: fold it once too (nine calls in ten fold a text seen last)
    return _folded_long(text) if len(text) > _SHORT_MAX else _folded_short(text)


# (text, folded) for the long texts folded last, newest first.  Looked up by identity: a dict
# key equal to but not the same object as the text is compared character by character on every
# hit, and a report a few hundred KB long is searched tens of thousands of times (quadratic).
_LONG_FOLDED: list[tuple[str, str | None]] = []
_LONG_KEPT = 8


def _folded_long(text: str) -> str | None:
    for seen, lower in _LONG_FOLDED:
        if seen is text:
            return lower
    # a new object: fold it once (or take the fold of an equal text) and find it by identity next
    lower = next((lower for seen, lower in _LONG_FOLDED if seen == text), None) or _folded(text)
    _LONG_FOLDED.insert(0, (text, lower))
    del _LONG_FOLDED[_LONG_KEPT:]
    return lower


@functools.lru_cache(maxsize=32)
def _folded_short(text: str) -> str | None:
    return _folded(text)


# The ASCII letter ``re.IGNORECASE`` equates each of _FOLDS_TO_ASCII with
_ASCII_FOLDS = str.maketrans(dict(zip(_FOLDS_TO_ASCII, "iisk", strict=True)))


@functools.lru_cache(maxsize=8)
def _folded_loosely(text: str) -> str | None:
    """For a text :func:`folded` cannot lower: ``text`` lower-cased, each of _FOLDS_TO_ASCII
    written as the ASCII letter it matches ("İ" and "ı" as "i"): a case-sensitive pattern written
    in lower case matches there where the same pattern with ``re.IGNORECASE`` matches in ``text``
    (the same spans; only the groups' text differs), so a miss there is a miss in ``text``.
    """
    lower = text.translate(_ASCII_FOLDS).lower()
    return lower if len(lower) == len(text) else None


def _folded(text: str) -> str | None:
    """``text.lower()`` where it changes nothing but the case of ASCII letters, else None.

    There, a case-sensitive pattern written in lower case finds in it what the same pattern with
    ``re.IGNORECASE`` finds in ``text`` (the same spans).
    """
    lower = text.lower()
    if text.isascii():
        return lower
    if len(lower) != len(text) or any(c in text for c in _FOLDS_TO_ASCII):
        return None
    return lower


# The fewest first letters a letters-first pattern opens on for its matches to be found through a
# locator (see word_start_locator): with fewer, the engine's own skip to those letters is quicker.
_LOCATE_FROM = 6
# What opens each alternative of a letters-first pattern: its letter, and a look-behind that refuses
# a word character before it ("\\w", or a class holding it)
_LETTER_NOT_AFTER_WORD = re.compile(r"([A-Za-z])\(\?<!(?:\\w|\[(?!\^)(?:\\.|[^\]\\])*\\w(?:\\.|[^\]\\])*\])\.\)")


def word_start_locator(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a letters-first pattern (:func:`letter_first`) each alternative of which (or of its
    leading group's, :func:`_letter_first_group`) opens on a letter after no word character, a pattern that finds the character before each of its matches
    (one that is not an ASCII letter, digit nor underscore; a match at the text's start has none).

    The engine tries a pattern that opens on many letters at nearly every letter of a text, and
    gives up on all but a word's first; the locator is tried only after the spaces and marks
    between words, where every match but one at the text's start opens: the same matches
    (:func:`finditer_at_word_starts`), found in far fewer tries. ``None`` for a pattern of another
    shape, or one that opens on fewer than :data:`_LOCATE_FROM` letters (the engine's own skip to
    them is quicker), or one compiled with ``re.IGNORECASE`` or ``re.VERBOSE``.

    Compiling the locator costs about what compiling the pattern did: :func:`finditer_at_word_starts`
    makes it only for a pattern of at most :data:`_LOCATE_MAX_LEN` characters, once the pattern has
    scanned :data:`_LOCATE_AFTER` times its own length of text (a pattern only ever matched at a
    place, or scanned over little text, gets none; a stream of reports pays it back within a few,
    and a command that reads one report pays about 1% more instructions).
    """
    if not _locatable(pattern.pattern, pattern.flags):
        return None
    return re.compile(f"{_GAP}(?:{pattern.pattern})", pattern.flags)


def _locatable(source: str, flags: int) -> bool:
    """Whether a pattern ``source`` compiled with ``flags`` gets a locator (see :func:`word_start_locator`)."""
    if flags & (re.VERBOSE | re.IGNORECASE):
        return False
    letters = set()
    alternatives = _alternatives(source)
    if len(alternatives) == 1 and alternatives[0].startswith("(?:"):  # "(?:a...|b...)REST": its group's
        end = _closing(alternatives[0])
        if end > 0 and alternatives[0][end + 1 : end + 2] not in ("?", "*", "+", "{"):
            alternatives = _alternatives(alternatives[0][3:end])
    for alternative in alternatives:
        opening = _LETTER_NOT_AFTER_WORD.match(alternative)
        if opening is None:
            return False
        letters.add(opening.group(1))
    return len(letters) >= _LOCATE_FROM


# What a locator finds before a match: a character that is no ASCII letter, digit nor underscore
_GAP = "[^A-Za-z0-9_]"


def compile_located(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``; a pattern too long to compile twice (more than
    :data:`_LOCATE_MAX_LEN` characters) that :func:`word_start_locator` would give a locator gets it
    now, at almost no cost, for :func:`finditer_at_word_starts` to use from its first scan.

    The locator ``[^A-Za-z0-9_](?:PATTERN)`` is compiled without reading the pattern again: the
    engine's code for it is the code of its first character's class, followed by the pattern's
    own code, behind an information block for the whole (this is what ``re.compile`` itself makes
    of it, written from the pattern's parse: ``tests/test_regex.py`` compares the two). Where the
    ``re`` module's internals are not as expected, the pattern simply gets no locator.
    """
    if len(source) <= _LOCATE_MAX_LEN or not _locatable(source, flags):
        return re.compile(source, flags)
    try:
        pattern, locator = _compile_with_locator(source, flags)
    except Exception:  # (another version of the re module's internals: no locator)
        return re.compile(source, flags)
    _LOCATORS[id(pattern)] = (pattern, locator, -1)
    return pattern


def _compile_with_locator(source: str, flags: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern ``source`` and its locator, compiled from one parse (see :func:`compile_located`)."""
    import _sre  # type: ignore[import-not-found]

    def code() -> tuple[int, list[int], list[int], tuple[Any, ...]]:
        parsed, (final, pattern_code, *groups) = engine_code(source, flags)
        located = [int(c) for c in _locator_code(parsed, pattern_code, final)]
        return final, pattern_code, located, tuple(groups)

    # (compiled by an earlier run while the reader is imported: see timeline._pattern_store)
    final, pattern_code, located, groups = kept(("located", source, int(flags)), code)
    pattern = _sre.compile(source, final, pattern_code, *groups)
    return pattern, _sre.compile(f"{_GAP}(?:{source})", final, located, *groups)


def _locator_code(parsed: Any, code: list[int], flags: int) -> list[int]:
    """The engine's code for ``[^A-Za-z0-9_](?:PATTERN)``, from the pattern's parse and code."""
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

    gap = _parser.parse(_GAP, flags).data[0]
    whole = _parser.SubPattern(parsed.state, [gap, (_constants.SUBPATTERN, (None, 0, 0, parsed))])
    located: list[int] = []
    _compiler._compile_info(located, whole, flags)
    _compiler._compile(located, [gap], flags)
    if code[0] != _constants.INFO:
        raise ValueError("no information block")
    return located + code[code[1] + 1 :]  # (the pattern's own code, its information block left out)


def _search_at_word_starts(
    pattern: re.Pattern[str], locator: re.Pattern[str], text: str, pos: int, endpos: int
) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, found through its :func:`word_start_locator`: a match
    at the text's start, or else the one right after the first character the locator finds (the
    same match: the same pattern, tried at the same place; only ``pos`` of the match differs)."""
    if pos <= 0:
        found = pattern.match(text, 0, endpos)
        if found is not None:
            return found
        pos = 1
    before = locator.search(text, pos - 1, endpos)
    return None if before is None else pattern.match(text, before.start() + 1, endpos)


# A locator is made for a pattern of at most this many characters (compiling the 12,000 of the trip
# words again costs what a thousand reports' scans save) ...
_LOCATE_MAX_LEN = 4096
# ... once it has scanned this many times its own length of text
_LOCATE_AFTER = 2
# id(pattern) -> (pattern, its locator or None once decided, characters scanned before)
_LOCATORS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None, int]] = {}


def finditer_at_word_starts(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, found through its :func:`word_start_locator` once
    it has one (see there), else by ``pattern.finditer`` itself: the same matches either way."""
    known = _LOCATORS.get(id(pattern))
    if known is None or known[0] is not pattern:  # (an id is only reused after its pattern is gone)
        known = (pattern, None, 0 if len(pattern.pattern) <= _LOCATE_MAX_LEN else -1)
    _, locator, scanned = known
    if locator is None and scanned >= 0:
        scanned += max(0, min(endpos, len(text)) - max(pos, 0))
        if scanned > _LOCATE_AFTER * len(pattern.pattern):
            locator, scanned = word_start_locator(pattern), -1
        _LOCATORS[id(pattern)] = (pattern, locator, scanned)
    if locator is None:
        return pattern.finditer(text, pos, endpos)
    return _finditer_located(pattern, locator, text, pos, endpos)


def _finditer_located(
    pattern: re.Pattern[str], locator: re.Pattern[str], text: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    # (no match is empty: each opens on a letter)
    while (found := _search_at_word_starts(pattern, locator, text, pos, endpos)) is not None:
        yield found
        pos = found.end()


class Caseless:
    """A case-insensitive pattern that scans text quickly.

    Written in lower case, it is compiled twice: with ``re.IGNORECASE``, and case-sensitive in
    its :func:`letter_first` form, for the lower-cased text (:func:`folded`). The two find the
    same spans; the second lets the engine skip to the letters that can start a match instead
    of folding every character it compares.

    A match is a match in the lower-cased text, when :func:`folded` gives one: its spans are
    those of ``text``, its groups may be lower case.

    >>> Caseless(r"\\b(?:state )?visits?\\b").search("A State Visit to Spain").span()
    (2, 13)
    """

    __slots__ = ("_compiled", "_flags", "_located", "_source", "folded")

    def __init__(self, pattern: str, flags: int = 0, *, located: bool = True) -> None:
        for c in re.sub(r"\\.|\(\?P", "", pattern):
            if (c.isascii() and c.isupper()) or (not c.isascii() and not c.lower() == c == c.upper()):
                raise ValueError(f"a Caseless pattern is written in lower case: {c!r} in {pattern!r}")
        self._source = pattern
        self._located = located  # (False for a pattern made per report: no locator, see finditer)
        self._flags = flags | re.IGNORECASE
        self._compiled: re.Pattern[str] | None = None
        fast = letter_first(pattern, tree=not flags & re.VERBOSE)
        # (a long word list gets its locator with it, see compile_located)
        folded = (compile_located if located else re.compile)(fast, flags & ~re.IGNORECASE)
        if fast != pattern and (flags & re.VERBOSE or _group_shape(pattern) != _group_shape_of(folded)):
            _LOCATORS.pop(id(folded), None)
            folded = re.compile(pattern, flags & ~re.IGNORECASE)  # a spread group would repeat a group
        self.folded = folded

    @property
    def pattern(self) -> re.Pattern[str]:
        """The pattern compiled with ``re.IGNORECASE``, for text :func:`folded` cannot lower.

        Compiled on first use: most reports never need it, and compiling every one of them with
        ``re.IGNORECASE`` at import was a tenth of the start-up's regular-expression work.
        """
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def _misses(self, text: str, pos: int, endpos: int, *, whole: bool = True) -> bool:
        """Whether the pattern surely finds nothing in a text :func:`folded` cannot lower (read
        loosely folded: most such texts need no :attr:`pattern`, and compiling it is what costs)."""
        loose = _folded_loosely(text)
        if loose is None:
            return False
        return (self.folded.search if whole else self.folded.match)(loose, pos, endpos) is None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.search`` (in the lower-cased text where it can)."""
        lower = _folded_short(text) if len(text) <= _SHORT_MAX else _folded_long(text)  # (folded, inline)
        if lower is None:
            return None if self._misses(text, pos, endpos) else self.pattern.search(text, pos, endpos)
        return self.folded.search(lower, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.match`` (in the lower-cased text where it can)."""
        lower = _folded_short(text) if len(text) <= _SHORT_MAX else _folded_long(text)  # (folded, inline)
        if lower is None:
            return None if self._misses(text, pos, endpos, whole=False) else self.pattern.match(text, pos, endpos)
        return self.folded.match(lower, pos, endpos)

    def match_end(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> int | None:
        """Where :meth:`match` ends, or None: read in the text loosely folded where :func:`folded`
        cannot lower it (the same spans, see :func:`_folded_loosely`), so that :attr:`pattern` is not
        compiled only to tell where a match ends."""
        lower = _folded_short(text) if len(text) <= _SHORT_MAX else _folded_long(text)
        if lower is None:
            lower = _folded_loosely(text)
            if lower is None:
                found = self.pattern.match(text, pos, endpos)
                return None if found is None else found.end()
        found = self.folded.match(lower, pos, endpos)
        return None if found is None else found.end()

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """As ``re.Pattern.finditer`` (in the lower-cased text where it can)."""
        lower = _folded_short(text) if len(text) <= _SHORT_MAX else _folded_long(text)  # (folded, inline)
        if lower is None:
            return iter(()) if self._misses(text, pos, endpos) else self.pattern.finditer(text, pos, endpos)
        if not self._located:
            return self.folded.finditer(lower, pos, endpos)
        return finditer_at_word_starts(self.folded, lower, pos, endpos)
