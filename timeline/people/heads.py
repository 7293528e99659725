"""Heads of state and government, royal styles, and the forms a mention may be referred to by."""

from __future__ import annotations

import re

import attrs

from timeline.people.mentions import PersonMention


def is_head(title: str) -> bool:
    """Whether ``title`` is a head of state's or government's: "the Ghanaian leader" may be its holder."""
    return title in _HEADS


# Heads of state and of government: "the Ghanaian leader" is one of them
_HEADS = frozenset(
    "President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|Emperor|Taoiseach|First Minister".split("|")
)

# How reports refer back to an office-holder without the name ("the pontiff", "the monarch").
_STANDING = ("visiting", "federal", "incumbent", "outgoing", "new")

_STYLED = {
    "Pope": ["the pontiff", "the holy father", "His Holiness"],
    # "Their Majesties' aircraft touched down": a royal couple travels as one; the first named leads
    "King": [
        "the monarch",
        "His Majesty",
        "Their Majesties",
        "the royal couple",
        "the King and Queen",
        "the Royals",
    ],
    "Queen": ["the monarch", "Her Majesty", "Their Majesties", "the royal couple", "the Royals"],
    "Emperor": [
        "the monarch",
        "His Majesty",
        "Their Majesties",
        "the imperial couple",
        "the Emperor and Empress",
    ],
    "Sultan": ["the monarch", "the ruler", "His Majesty"],
    # "Crown Prince Jane and Crown Princess Ann ... Their Royal Highnesses then flew": the first named leads
    "Prince": ["His Royal Highness", "Their Royal Highnesses"],
    "Princess": ["Her Royal Highness", "Their Royal Highnesses"],
    # "Yang di-Pertuan Agong Jane Roe ... the King, who was driving himself": Malaysia's king
    "Yang Di-Pertuan Agong": ["the King", "the monarch", "His Majesty", "Her Majesty"],
    "Emir": ["the ruler"],
    "Amir": ["the ruler"],
    "President": ["the head of state"],
    # (keyed by the whole office: "Prime Minister" is "the premier", a "Foreign Minister" is not)
    "Prime Minister": ["the premier", "the head of government", "the PM"],
    # "Tamil Nadu Chief Minister M K Stalin ... the CM would take a chartered flight to Salem"
    "Chief Minister": ["the CM", "the chief minister"],
    # "Secretary of State Jane Roe ... The top diplomat then flew to Riga": a foreign minister's other names
    "Secretary of State": ["the secretary", "the top diplomat", "the chief diplomat"],
    "Foreign Minister": ["the top diplomat", "the chief diplomat"],
    "Foreign Secretary": ["the top diplomat", "the chief diplomat"],
    "Minister of Foreign Affairs": ["the top diplomat", "the chief diplomat"],
    "Vice President": ["the VP", "the vice-president"],
    "Deputy Prime Minister": ["the deputy premier", "the deputy PM"],
    "Representative": ["the congressman", "the congresswoman", "the lawmaker"],
    "Congressman": ["the lawmaker"],
    "Congresswoman": ["the lawmaker"],
    # "Ecumenical Patriarch Jane ... the Patriarch"
    "Patriarch": ["the patriarch"],
}


def _office_parts(title: str) -> list[str]:
    """The shorter offices a longer one is also called by."""
    # "Deputy Prime Minister and Foreign Minister": either office; "Lok Sabha Speaker": the speaker
    parts = title.split(" and ") if " and " in title else []
    parts += ["Speaker"] if title.endswith(" Speaker") else []
    # "External Affairs Minister X ... The minister is also scheduled to visit Osaka": the head
    # of a longer office (unless it is also someone else's: Roster.who then names nobody)
    head = title.split()[-1]
    # (a press secretary speaks for another: "the secretary" is never hers)
    parts += (
        [head]
        if head in ("Minister", "Secretary") and title not in ("Prime Minister", "Press Secretary") and " " in title
        else []
    )
    return parts


# the ranks a royal style opens on ("Prince" of "the Prince of Wales", "Princess" of "the Princess Royal")
_RANKS = frozenset(("Crown Prince", "Crown Princess", "Prince", "Princess", "Duke", "Duchess", "Earl", "Countess"))


def _style_rank(style: str) -> str:
    """The rank of a royal style given alone ("Prince" of "Prince of Wales"), or ``""``."""
    rank = style.split(" of ")[0] if " of " in style else style.removesuffix(" Royal")
    return rank if rank in _RANKS and rank != style else ""


# "a gift for Prince Tomas", "with Prince Tomas and Princess Ann": a name after a preposition (and the
# names listed with it) is named in passing, not as one who acts
_IN_PASSING = re.compile(
    r"(?<![\w'’-])(?:for|to|of|with|by|from|about|including|like)\s+"
    r"(?:(?:[A-Z][\w'’-]*\s+)+(?:and\s+|,\s+))*(?:[Tt]he\s+)?$"
)

_COUPLE_AT = re.compile(r"[Tt]he (?:Duke and Duchess|Earl and Countess) of ")


def _in_passing(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a preposition (of its own or of a list it closes)."""
    return _IN_PASSING.search(text, max(0, start - 80), start) is not None


# "Prince Jane is the Duke of Kent", "Jane Roe, who is also the Duke of Kent": a style a sentence gives a
# name; "the Duke of Kent, Prince Jane Roe,": a style set before the name (see also _STYLE_AFTER)
_PEERAGE = (
    r"(?P<style>(?:Crown Prince|Crown Princess|Duke|Duchess|Earl|Countess|Marquess|Marchioness|Prince|Princess)"
    r"\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)

_NAME_WORDS = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"

_STYLE_TOLD = re.compile(
    rf"(?<![\w'’-]){_NAME_WORDS}(?:,\s+who)?\s+(?:is|was|has been|became)\s+(?:also\s+)?the\s+{_PEERAGE}(?![\w-])"
    rf"|(?<![\w'’-])[Tt]he\s+{_PEERAGE.replace('style', 'before')},\s+{_NAME_WORDS.replace('name', 'named')},"
)


def _styles_told(text: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """The mentions, with the styles the report gives the names by a sentence or a style set before them."""
    told: dict[str, list[str]] = {}
    names = {m.name for m in mentions if m.rule != "nameless-royal"}
    for match in _STYLE_TOLD.finditer(text):
        words = (match.group("name") or match.group("named")).split()
        style = match.group("style") or match.group("before")
        # the person so named: the whole name, or its last words ("Prince Jane" of "Jane")
        person = next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in names), None)
        if person is None:  # ("Jane is the Duke of Kent" of "Jane Roe": a first name of one named person)
            owners = {n for n in names if n.split()[0] == words[-1]} if len(words) == 1 else set()
            person = next(iter(owners)) if len(owners) == 1 else None
        if person is not None and style not in told.get(person, ()):
            told.setdefault(person, []).append(style)
    if not told:
        return mentions
    return [
        attrs.evolve(m, styles=(*m.styles, *(s for s in told[m.name] if s not in m.styles)))
        if m.rule != "nameless-royal" and m.name in told
        else m
        for m in mentions
    ]


def _style_heads(style: str) -> list[str]:
    """A peer's style without its place: "Duke" of "Duke of Kent"; "Duke and Duchess" and "Duke" of "Duke
    and Duchess of Kent"."""
    if " of " not in style:
        return []
    held = style.split(" of ")[0]
    return [held, held.split()[0]] if " and " in held else [held]


def _sheikh_forms(name: str) -> list[str]:
    """"Sheikh Jane bin Roe Al Doe ... Sheikh Jane later flew", "the sheikh": the style with the given
    name, and the style alone (the style and the name, where it is the whole name, is the name:
    "Sheikh Hasina")."""
    words = name.split()
    return [f"{words[0]} {words[1]}", words[0]] if len(words) > 2 and words[0] in ("Sheikh", "Sheikha") else []


def mention_references(mention: PersonMention) -> tuple[str, ...]:
    """How a report may call the person of ``mention`` without the name, in lower case: the office
    ("the foreign minister", "the minister"), a monarch's styles ("her majesty", "the royal couple",
    "the pontiff") and a peer's style given beside the name ("the duke of kent", "the duke")."""
    out = [f"the {style}".lower() for style in mention.styles]
    out += [f"the {form}".lower() for style in mention.styles for form in _style_heads(style)]
    out += [f"the {s.lower()}" for s in _sheikh_forms(mention.name)[1:]]
    title = mention.title
    if title:
        out += [f"the {title.lower()}", *(f"the {part.lower()}" for part in _office_parts(title))]
        out += [a.lower() for a in (*_STYLED.get(title.split()[-1], []), *_STYLED.get(title, []))]
    return tuple(dict.fromkeys(out))
