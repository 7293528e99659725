"""The tense of the clause a date sits in, which decides the side of the anchor it falls on."""

from __future__ import annotations

import functools
import re

from timeline.temporal.patterns import (
    _ABBREV_END,
    _ADJECTIVE_ED,
    _ATTRIBUTION_TAIL,
    _CUES,
    _DETERMINER_BEFORE,
    _HEADLINE_TO,
    _PARTICIPLE_PHRASE,
    _PARTICIPLES_BEFORE_OF_OR_BY,
    _PASSIVE,
    _PERFECT,
    _SENTENCE_START,
    _SENTENCE_STOP,
    _UNTIL_BEFORE,
    Tense,
)


def _cue(window: str, last: bool) -> Tense | None:
    """The tense of the nearest cue in ``window`` (its last if ``last``, else its first)."""
    matches = _CUES.finditer(window)
    for match in reversed(list(matches)) if last else matches:
        word = match.group("past")
        if word is None:
            return Tense.FUTURE
        if _PASSIVE.search(window, 0, match.start()):
            continue  # "will be hosted", "will be held": the auxiliary, not the participle, carries the tense
        if word in _PARTICIPLES_BEFORE_OF_OR_BY and _PARTICIPLE_PHRASE.match(window, match.end()):
            continue  # "a summit hosted by the alliance, comprised of Chile, ...": a participle, not the clause's verb
        if word.endswith("ed") and (
            _DETERMINER_BEFORE.search(window, 0, match.start())
            # "will tour flood-affected districts": a participle joined by a hyphen is an adjective
            or window[match.start() - 1 : match.start()] == "-"
            or word in _ADJECTIVE_ED
        ):
            continue  # "would take a chartered flight": an adjective, no tense
        return Tense.PAST
    return None


_RANGE_ON = re.compile(
    r"\s*(?:to|through|thru|till|until|and|[-–—])\s*"
    r"(?=\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)


def _ends_progressive(window: str) -> bool:
    """Whether the last cue in ``window`` is a present progressive ("is visiting")."""
    cues = list(_CUES.finditer(window))
    return bool(cues) and cues[-1].group("prog") is not None


def _tense_at(text: str, pos: int, end: int, lower: int, upper: int) -> Tense | None:
    """The tense of the clause that holds ``text[pos:end]``, or None when nothing marks it.

    The nearest cue before the expression in its sentence wins ("will travel ... Monday through
    Friday, the State Department said Friday"); with none before it, the first cue after it
    ("On March 19, he walked ...").
    """
    window_start = max(lower, pos - 240)
    # (a few characters past the window let "him.On Saturday" end a sentence at the window's edge)
    before = text[window_start : pos + 3]
    return _tense_around(before, max(0, pos - window_start), text[end : min(upper, end + 200)])


# a saying whose reported clause opens on the date: "announced that on August 17 ..."
_SAID_THAT_END = re.compile(
    r"\b(?:said|says|announced|announces|stated|added|confirmed|revealed|indicated|told\s+[\w ]{1,30}?)\s+that"
    r"\s+(?:on|from|between|by|in)?\s*$"
)

# a day followed by the future verb of its clause ("the meeting Friday will ...")
_WILL_AFTER = re.compile(r",?\s+(?:will|shall)\s+(?!have\b)", re.IGNORECASE)

# a "that" opening a reported clause after the last verb before the day, with no verb in between
_THAT_AFTER_LAST_CUE = re.compile(r"\bthat\s(?:(?!\b(?:will|would|shall|is|are|was|were|has|have|had)\b)[^.;])*$")


@functools.lru_cache(maxsize=1024)  # a date written again and again has the same words around it
def _tense_around(before: str, at: int, after: str) -> Tense | None:
    """:func:`_tense_at` read from the words around the expression: ``before[:at]`` comes right
    before it (``before`` runs on a few characters), ``after`` right after it."""
    window = before[:at]
    cut = 0
    starts = _SENTENCE_START.finditer(before)
    for match in reversed([m for m in starts if m.end() <= len(window)]):  # the last sentence start
        # "Nov. 16" and "U.S. Secretary" do not end sentences.  (_ABBREV_END matches at most five
        # characters, ending at the period.)
        dot = match.start()
        if window[dot] == "." and _ABBREV_END.search(window, max(0, dot - 4), dot + 1):
            continue
        cut = match.end()
        break
    tense = _cue(window[cut:], last=True)
    if tense is Tense.PAST and "that" in window[cut:] and _SAID_THAT_END.search(window, cut):
        # "announced that on August 17 he will conclude the tour": the reported clause's own tense
        stop = _SENTENCE_STOP.search(after)
        own = _cue(after[: stop.start()] if stop else after, last=False)
        if own is not None:
            return own
    if tense is Tense.PAST and _WILL_AFTER.match(after) and _THAT_AFTER_LAST_CUE.search(window, cut):
        # "expressed hope that his meeting with the president Friday will ...": the reported clause's own
        # verb, right after its day, tells a day ahead of the saying
        return Tense.FUTURE
    if tense is Tense.FUTURE and _ends_progressive(window[cut:]):
        if _RANGE_ON.match(after):
            return None  # "is visiting Japan from Monday to Thursday": a stay that may hold the report's day
        # "is visiting Lyon, where on Monday he met ...": a past verb after the day outweighs the progressive
        stop = _SENTENCE_STOP.search(after)
        clause = after[: stop.start()] if stop else after
        tail = _ATTRIBUTION_TAIL.search(clause)  # ("..., officials said.": the saying, not the journey)
        if _cue(clause[: tail.start()] if tail else clause, last=False) is Tense.PAST:
            return Tense.PAST
    if tense is None and _HEADLINE_TO.match(window, cut):
        return Tense.FUTURE  # "PM to visit India from 21st": a headline's "to" is "is to"
    if tense is Tense.PAST and _UNTIL_BEFORE.search(window) and _PERFECT.search(window, cut):
        return Tense.FUTURE  # "has arrived for a three-day visit until Sunday": a stay still running
    if tense is not None:
        return tense
    if _UNTIL_BEFORE.search(window):
        return Tense.FUTURE  # "is in China through Friday": a stay told in the present ends ahead
    stop = _SENTENCE_STOP.search(after)
    after = after[: stop.start()] if stop else after
    # "... before the summit on December 14, Saudi state media said.": the attribution that closes
    # the sentence dates the saying, not the summit
    tail = _ATTRIBUTION_TAIL.search(after)
    return _cue(after[: tail.start()] if tail else after, last=False)
