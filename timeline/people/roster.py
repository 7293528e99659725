"""The people a report is about, and the later mentions ("Zhang", "the premier") that point back to them."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs
from attrs import field, frozen

from timeline._regex import (
    Caseless,
    _folded_loosely,
    first_letters,
    folded,
)
from timeline.model import Person, Title
from timeline.people.heads import (
    _COUPLE_AT,
    _HEADS,
    _RANKS,
    _STANDING,
    _STYLED,
    _in_passing,
    _office_parts,
    _sheikh_forms,
    _style_heads,
    _style_rank,
    _styles_told,
    mention_references,
)
from timeline.people.mentions import (
    _AMBIGUOUS_SURNAMES,
    _DEMONYMS_OF,
    _MAJESTIES,
    _MONARCHS,
    _STYLE_AFTER_NEEDS,
    PersonMention,
)
from timeline.people.names import (
    _JOINED_ARTICLE,
    _compound_surnames,
    _folded,
    _spellings,
    _titles_agree,
    _words_within,
    surname,
)
from timeline.people.offices import _NOT_NAME, _OFFICE_WORDS, _OFFICES


@frozen
class Roster:
    """The people of one report and every way it refers to them."""

    people: tuple[Person, ...] = field(factory=tuple)
    mentions: tuple[PersonMention, ...] = field(factory=tuple)
    countries: dict[str, str] = field(factory=dict)

    @classmethod
    def from_mentions(
        cls, mentions: Iterable[PersonMention], elsewhere: Iterable[PersonMention] = (), text: str = ""
    ) -> Roster:
        """Group mentions by name; the first office given is the person's title.

        ``elsewhere`` are mentions outside the body (a headline, a photo line before it): they add no one,
        but say which country a person of the body serves ("Indonesian President Joko Widodo"). ``text``,
        the report the mentions are in, says which royals are named only in passing and which style a
        sentence gives a name ("Prince Jane is the Duke of Kent").
        """
        titles: dict[str, str] = {}
        countries: dict[str, str] = {}
        order: list[str] = []
        kept = list(mentions)
        if text and any(n in text for n in _STYLE_AFTER_NEEDS):
            kept = _styles_told(text, kept)
        # "The Queen" stands for a monarch only where the report names no one holding the office
        named = {m.title for m in kept if m.rule != "nameless-royal"}
        # ("Her Majesty", "Their Majesties", "The Duke of Kent" are a named monarch's or peer's, where the
        # report calls one so: a style of that person, not someone else)
        styled = {r for m in kept if m.rule != "nameless-royal" for r in mention_references(m)}
        # ("His Majesty" where the report names a sultan, an emir or a king by another style: theirs)
        royal = any(t in _MONARCHS or t.split()[0] in _MONARCHS for t in named if t)
        # ("The Emperor arrived in Naha ... Their Majesties visited Itoman": a style of address of the one
        # monarch the report calls by office alone is his, not another monarch's)
        unnamed = {m.title for m in kept if m.rule == "nameless-royal" and m.name not in _MAJESTIES}
        addressed = {s for t in unnamed if len(unnamed) == 1 for s in _STYLED.get(t, ()) if s in _MAJESTIES}
        # "The Prince of Wales visited Leeds. Prince Tomas toured a youth centre": a royal style the report
        # gives alone stands for the one person it names with the style's rank (not where it names two)
        # (a royal named only in passing, never a sentence's subject, is no other candidate: "Prince Jane
        # flew in; the gifts were for Prince Tomas")
        ranked: dict[str, set[str]] = {}
        royals = [m for m in kept if m.rule != "nameless-royal" and m.title in _RANKS]
        passing = {m.name for m in royals} - {m.name for m in royals if not (text and _in_passing(text, m.start))}
        for m in royals:
            if m.name not in passing:
                ranked.setdefault(m.title, set()).add(m.name)
        if ranked:
            merged: dict[str, list[str]] = {}
            for m in kept:
                rank = _style_rank(m.title) if m.rule == "nameless-royal" else ""
                # ("The Duke and Duchess of Lira toured Gulu. Prince Tomas and Ama then ...": a peer couple's
                # style is the one prince the report names, where it names no duke)
                if rank in ("Duke", "Earl") and not ranked.get(rank) and _COUPLE_AT.match(text, m.start):
                    rank = "Prince"
                if rank and len(ranked.get(rank, ())) == 1:
                    merged.setdefault(next(iter(ranked[rank])), []).append(m.title)
            if merged:
                styled |= {f"the {s}".lower() for styles in merged.values() for s in styles}
                kept = [
                    attrs.evolve(m, styles=(*m.styles, *merged[m.name]))
                    if m.rule != "nameless-royal" and m.name in merged and m.title in _RANKS
                    else m
                    for m in kept
                ]
        kept = [
            m
            for m in kept
            if m.rule != "nameless-royal"
            or (
                m.title not in named
                and m.name.lower() not in styled
                and not (royal and m.name in _MAJESTIES)
                and m.name not in addressed
            )
        ]
        # "On Monday the Queen toured Leeds ... The Queen later flew to York": one monarch, however the
        # sentence writes its article (the form written first)
        royal_forms: dict[str, str] = {}
        for m in kept:
            if m.rule == "nameless-royal":
                royal_forms.setdefault(m.name.lower(), m.name)
        kept = [
            attrs.evolve(m, name=royal_forms[m.name.lower()])
            if m.rule == "nameless-royal" and royal_forms[m.name.lower()] != m.name
            else m
            for m in kept
        ]
        # "President Bush" and "George W. Bush" in one report: one person, by the full name
        full: dict[str, str] = {}
        for mention in kept:  # the surname first, then any other word of the name ("President Samia")
            if len(mention.name.split()) > 1:
                full.setdefault(surname(mention.name), mention.name)
        for mention in kept:
            for word in mention.name.split()[:-1] if len(mention.name.split()) > 1 else ():
                full.setdefault(word, mention.name)
        # "President López Obrador" after "Andrés Manuel López Obrador": the compound surname of a longer name
        compound: dict[str, str] = {}
        for mention in kept:
            for form in _compound_surnames(mention.name):
                compound.setdefault(form.lower(), mention.name)  # ("Van der Leyen" opening a sentence)
        kept = [
            attrs.evolve(m, name=compound[m.name.lower()])
            if len(m.name.split()) > 1 and m.name.lower() in compound
            else m
            for m in kept
        ]
        # "Sheikh Mohamed" after "Sheikh Mohamed bin Zayed Al Nahyan", "Nana Akufo-Addo" after "Nana Addo
        # Dankwa Akufo-Addo": a shorter name whose words open one longer name and follow in its order
        longer = {m.name for m in kept if len(m.name.split()) > 2}
        within = {
            m.name: [n for n in longer if n != m.name and _words_within(m.name, n)]
            for m in kept
            if len(m.name.split()) > 1
        }
        aka: dict[str, list[str]] = {name: [] for name in longer}  # the shorter names, ways to call the longer one
        for name, targets in within.items():
            if len(targets) == 1:
                aka[targets[0]].append(name)
        kept = [
            attrs.evolve(m, name=within[m.name][0]) if len(within.get(m.name, ())) == 1 else m for m in kept
        ]
        # ("President Jan Roe ... Mr Jan Peter Roe ... President Roe": the surname alone is the one person's,
        # read by the longer name the shorter one is folded into, not by the shorter)
        full = {word: within[name][0] if len(within.get(name, ())) == 1 else name for word, name in full.items()}
        # "President Museveni" beside "First Lady Janet Kataaha Museveni": the spouse's name is not his
        held: dict[str, set[str]] = {}
        for m in kept:
            if m.title and len(m.name.split()) > 1:
                held.setdefault(m.name, set()).add(m.title)
        full = {
            word: name
            for word, name in full.items()
            if not any(
                m.name == word and m.title and held.get(name) and all(not _titles_agree(m.title, t) for t in held[name])
                for m in kept
            )
        }
        # "President Rajapakse" after "President Mahinda Rajapaksa": a surname spelt with another last letter,
        # under the same office, where one name on the roster alone is so close
        for m in kept:
            if len(m.name.split()) == 1 and m.name not in full and len(m.name) >= 6 and m.title:
                near = {
                    name
                    for word, name in full.items()
                    if len(word) == len(m.name) and word[:-1] == m.name[:-1] and word != m.name
                    and held.get(name) and any(_titles_agree(m.title, t) for t in held[name])
                }
                if len(near) == 1:
                    full[m.name] = next(iter(near))
        # "Gov. Parson and First Lady Parson" after "Governor Mike Parson" and "First Lady Teresa Parson": a
        # surname two on the roster share is, under an office, the one of them who holds it
        by_office: dict[int, str] = {}
        for i, m in enumerate(kept):
            if len(m.name.split()) == 1 and m.name not in full and m.title:
                agree = {
                    name
                    for name, offices in held.items()
                    if surname(name) == m.name and any(_titles_agree(m.title, t) for t in offices)
                }
                if len(agree) == 1:
                    by_office[i] = next(iter(agree))
        if by_office:
            kept = [attrs.evolve(m, name=by_office[i]) if i in by_office else m for i, m in enumerate(kept)]
        short: dict[str, list[str]] = {}  # "Samia" of "President Samia": a way to call the full name
        for m in kept:
            if len(m.name.split()) == 1 and m.name in full:
                short.setdefault(full[m.name], []).append(m.name)
        kept = [
            attrs.evolve(m, name=full[m.name]) if len(m.name.split()) == 1 and m.name in full else m
            for m in kept
        ]
        # "Joko “Jokowi” Widodo" ... "Jokowi will visit three countries": the nickname is the person
        called = {m.nickname: m.name for m in kept if m.nickname}
        kept = [attrs.evolve(m, name=called[m.name]) if m.name in called else m for m in kept]
        origins: dict[str, str] = {}
        for mention in (*kept, *elsewhere):
            if mention.country and mention.name not in countries:
                countries[mention.name] = mention.country
            if mention.origin and mention.name not in origins and not mention.origin.startswith("the "):
                origins[mention.name] = mention.origin
        for mention in kept:
            if mention.name not in titles:
                order.append(mention.name)
                titles[mention.name] = mention.title
            elif not titles[mention.name] and mention.title:
                titles[mention.name] = mention.title
        styles: dict[str, list[str]] = {}
        for m in kept:
            styles.setdefault(m.name, []).extend(m.styles)
        nicknames: dict[str, list[str]] = {}
        for m in kept:
            if m.nickname:
                nicknames.setdefault(m.name, []).append(m.nickname)
        # A shorter name that is the start of a longer one is the same person ("Xi" vs "Xi Jinping").
        people = []
        # "Yingluck left Bangkok", "Jacinda said": a given name alone, where no one else on the roster has it
        given_counts: dict[str, int] = {}
        for name in order:
            for word in set(name.split()):
                given_counts[word] = given_counts.get(word, 0) + 1
        for name in order:
            title = titles[name]
            aliases = [] if surname(name) in _AMBIGUOUS_SURNAMES else [surname(name)]
            given = name.split()[0]
            if (
                len(name.split()) == 2  # (of a longer name, the first word may be a place's: "Istanbul Kamal Annan")
                and len(given) >= 4
                and given[:1].isupper()
                and given[1:].islower()
                and given_counts.get(given) == 1
                and given not in _NOT_NAME
                and given not in _OFFICE_WORDS
                and given not in _GIVEN_NOT_ALONE
                and given not in _OFFICE_NAME_WORDS
            ):
                aliases.append(given)
            aliases += _compound_surnames(name)
            aliases += short.get(name, [])
            aliases += _spellings(surname(name))
            aliases += nicknames.get(name, [])
            aliases += aka.get(name, [])
            # "Erdogan" of "Erdoğan", "Lopez Obrador" of "López Obrador": the same name in plain letters
            aliases += [_folded(a) for a in (name, *aliases) if not a.isascii()]
            # "Sisi" of "al-Sisi": the surname without its article
            if _JOINED_ARTICLE.match(surname(name)) and surname(name) not in _AMBIGUOUS_SURNAMES:
                aliases.append(_JOINED_ARTICLE.sub("", surname(name)))
            # "Prince Jane Roe, the Duke of Kent,": "the Duke of Kent", "the Duke"
            aliases += [f"the {style}" for style in styles.get(name, ())]
            aliases += [f"the {form}" for style in styles.get(name, ()) for form in _style_heads(style)]
            sheikh = _sheikh_forms(name)
            aliases += [*sheikh[:1], *(f"the {s.lower()}" for s in sheikh[1:])]
            if title:
                aliases += [f"the {title.lower()}", f"{title} {surname(name)}"]
                parts = _office_parts(title)
                aliases += [f"the {part.lower()}" for part in parts] + [f"{part} {surname(name)}" for part in parts]
                # "the Turkish president": the office with the nationality the report gave it
                aliases += [
                    f"the {demonym} {title.lower()}"
                    for demonym in _DEMONYMS_OF.get(countries.get(name, ""), ())
                ]
                # "Ghanaian President Jane Roe ... the Ghanaian leader": a head of state or government is
                # the country's leader
                if title in _HEADS:
                    aliases += [f"the {demonym} leader" for demonym in _DEMONYMS_OF.get(countries.get(name, ""), ())]
                    aliases += [f"{origins[name]}'s leader", f"{origins[name]}’s leader"] if name in origins else []
                aliases += [f"{title} {word}" for word in short.get(name, [])]
                aliases += _STYLED.get(title.split()[-1], []) + _STYLED.get(title, [])
                # "the visiting president", "the federal president": the office with a word of standing
                aliases += [f"the {word} {title.lower()}" for word in _STANDING]
                # "Italy's prime minister": the office with the country's possessive the report gave it
                if name in origins:
                    aliases += [f"{origins[name]}'s {title.lower()}", f"{origins[name]}’s {title.lower()}"]
                    aliases += [f"{origins[name]}{s} {word} {title.lower()}" for s in ("'s", "’s") for word in _STANDING]
                    # "Uttar Pradesh Chief Minister Jane Roe ... The Uttar Pradesh Chief Minister visited": the
                    # office with the place it is held of before it
                    aliases.append(f"the {origins[name]} {title.lower()}")
            people.append(Person(name, Title(title) if title else None, tuple(dict.fromkeys(aliases))))
        return cls(tuple(people), tuple(kept), countries)

    def who(self, words: str) -> Person | None:
        """The person that ``words`` (a name, surname, or "the premier") refers to, if exactly one."""
        words = _AGED.sub("", words.strip())
        hits = [p for p in self.people if words == p.name]
        if not hits:
            hits = [p for p in self.people if words in p.aliases]
        if not hits and (
            words.lower().startswith("the ")
            # "Chinese legislator Zhao Leji": an office in lower case before the surname ("Legislator Zhao")
            or (" " in words and words.rsplit(None, 1)[-1][:1].isupper())
        ):
            hits = [p for p in self.people if words.lower() in (a.lower() for a in p.aliases)]
        if not hits and words[:1] in "Hh" and (style := words.title()) in _MAJESTIES:
            # ("his majesty", "His majesty": the style of address as some copy writes it)
            hits = [p for p in self.people if style == p.name or style in p.aliases]
        # "Macron" with Emmanuel and Brigitte Macron on the roster: the report's first-named person
        return hits[0] if hits else None

    def alias_pattern(self) -> Caseless | re.Pattern[str] | None:
        """A pattern matching any name or alias of anyone on the roster, longest first."""
        return _alias_pattern(self._alias_forms()) if self.people else None

    def alias_spans(self, text: str) -> list[tuple[int, int]]:
        """Where :meth:`alias_pattern` matches in ``text``, found without compiling it.

        A roster is new with nearly every report, and compiling its pattern was a quarter of the
        time a report took to read; each name is looked for with ``str.find`` instead.
        """
        if not self.people:
            return []
        lower = folded(text)
        if lower is None and all(f.isascii() for f in self._alias_forms()):
            lower = _folded_loosely(text)  # ("İ", "ı" as "i": ASCII names' spans are the same there)
        if lower is None:  # (lower case would move offsets: the pattern, as before)
            return [m.span() for m in _alias_pattern(self._alias_forms()).finditer(text)]
        return _alias_spans(self._alias_forms(), lower)

    def _alias_forms(self) -> tuple[str, ...]:
        forms = {p.name for p in self.people}
        for person in self.people:
            forms.update(person.aliases)
        return tuple(sorted(forms, key=lambda f: (-len(f), f)))


_AGED = re.compile(r"(?<=^[Tt]he )\d{1,3}-year-old ")

_OFFICE_NAME_WORDS = frozenset(word for office in _OFFICES for word in office.split())

# Words that open names but stand for no one alone (honorifics, a patronymic's parts, common given names
# shared by many in the news)
_GIVEN_NOT_ALONE = frozenset(
    "Sheikh Shaikh Sayyid Syed Sultan Prince Princess King Queen Emir Amir Datuk Dato Tun Tan Sri Haji Hajji Pope"
    " Saint Shah Mohammed Mohammad Muhammad Mohamed Muhammadu Abdul Abdullah Ahmed Ahmad Ali Hassan Hussein John"
    " James Mary Maria".split()
)

_AGE_BEFORE = re.compile(r"the \d{1,3}-year-old \Z")  # (searched right before a name: "the 76-year-old monarch")


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"  # (what ``\w`` matches)


def _alias_spans(forms: tuple[str, ...], lower: str) -> list[tuple[int, int]]:
    """What ``_alias_pattern(forms).finditer`` finds in the lower-cased text ``lower``.

    Each form is found with ``str.find`` and kept where the pattern's edges hold (no word
    character, apostrophe or hyphen before it; none after it but a possessive "'s"); then, as
    the pattern's alternation does, the first of the text and, at one place, the longest.
    """
    found: list[tuple[int, int, int]] = []  # (start, rank, end)
    size = len(lower)
    for rank, form in enumerate(forms):
        key = form.lower()
        aged = key[:4] == "the "
        needle = key[4:] if aged else key
        if not needle:
            continue
        at = lower.find(needle)
        while at != -1:
            end = at + len(needle)
            start: int | None = at
            if aged:
                if lower[max(0, at - 4) : at] == "the ":
                    start = at - 4
                else:
                    age = _AGE_BEFORE.search(lower, max(0, at - 20), at)
                    start = age.start() if age is not None else None
            if (
                start is not None
                and (start == 0 or not (_is_word(c := lower[start - 1]) or c in "'’-"))
                and (end == size or not (_is_word(c := lower[end]) or c == "-"))
                and not (
                    end + 1 < size
                    and lower[end] in "'’"
                    and _is_word(lower[end + 1])
                    and not (lower[end + 1] == "s" and (end + 2 == size or not _is_word(lower[end + 2])))
                )
            ):
                found.append((start, rank, end))
            at = lower.find(needle, at + 1)
    found.sort()
    spans: list[tuple[int, int]] = []
    reached = 0
    for start, _, end in found:
        if start >= reached:
            spans.append((start, end))
            reached = end
    return spans


@functools.lru_cache(maxsize=1024)
def _alias_pattern(forms: tuple[str, ...]) -> Caseless | re.Pattern[str]:
    """The pattern for these names, longest first (the same people recur from report to report).

    Names in ASCII are matched in the lower-cased report, each opening on its first letter
    (:class:`timeline._regex.Caseless`): it is scanned over the whole report.
    """
    # ("the 76-year-old monarch": an age between "the" and the office)
    alternatives = "|".join(
        rf"{re.escape(f[:4])}(?:\d{{1,3}}-year-old )?{re.escape(f[4:])}" if f[:4].lower() == "the " else re.escape(f)
        for f in forms
    )
    # "the prime minister's aircraft", "Their Majesties' aircraft" are theirs; "O'Brien" is not "O"
    pattern = rf"(?<![\w'’-])(?:{alternatives})(?![\w-])(?!['’](?!s\b)\w)"
    if all(f.isascii() for f in forms):
        return Caseless(pattern.lower(), located=False)  # (one per report: no word-start locator)
    guard = first_letters(alternatives, ignorecase=True)
    return re.compile(guard + pattern, re.IGNORECASE)
