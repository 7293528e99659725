"""Name normalisation shared by the build and the index.

One function, :func:`name_key`, turns a written name into the key the index is
sorted by: case, accents, apostrophes, full stops and hyphens do not count, so
"Xi'an", "Xian" and "XI'AN" share a key, as do "Ürümqi" and "Urumqi" and
"Winston-Salem" and "Winston Salem".
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["is_latin_key", "name_key"]

# Letters that NFKD does not split into a base letter and a mark.
_FOLD = str.maketrans(
    {
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th",
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h",
        "’": "", "‘": "", "'": "", "ʼ": "", "`": "", "´": "", "ʻ": "", ".": "",
        "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "_": " ", "/": " ",
    }
)  # fmt: skip
_SPACES = re.compile(r"\s+")
_LATIN_KEY = re.compile(r"^[a-z0-9 &(),]+$")


# Reports name the same few places again and again (131,000 calls for 500 reports, most of them
# repeats); the bound keeps a long stream of new names from growing the cache without limit.
@functools.lru_cache(maxsize=16_384)
def name_key(name: str) -> str:
    """Return the lookup key of a name.

    Args:
        name: a name as written (``"Xi'an"``, ``"Ürümqi"``, ``"Winston-Salem"``).

    Returns:
        The key (``"xian"``, ``"urumqi"``, ``"winston salem"``); empty for a name
        with no letters or digits.
    """
    if name.isascii() and (
        name.isalnum()
        or (
            name.replace(" ", "").isalnum()
            and "  " not in name
            and name[0] != " "
            and name[-1] != " "
        )
    ):
        # letters and digits, words one space apart (most names): no character to fold or drop,
        # no space to squeeze; ASCII case-folds as it lowers (a fifth of the general path's time)
        return name.lower()
    translated = name.translate(_FOLD)
    if translated.isascii():  # most names: NFKD leaves ASCII as it is, with no marks to strip
        stripped = translated
    else:
        folded = unicodedata.normalize("NFKD", translated)
        stripped = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.translate(_FOLD).casefold()).strip()


def is_latin_key(key: str) -> bool:
    """Tell whether a key is written in plain Latin letters (so it can match English text)."""
    return bool(_LATIN_KEY.match(key))
