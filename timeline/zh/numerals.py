"""Chinese and full-width numerals -> int: ``十一`` 11, ``二十三`` 23, ``二〇二四`` 2024, ``１０`` 10.

>>> [number(s) for s in ("十一", "二十三", "二〇二四", "１０", "31", "三十", "廿二", "卅")]
[11, 23, 2024, 10, 31, 30, 22, 30]
"""

from __future__ import annotations

__all__ = ["NUMERAL", "number"]

_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}  # fmt: skip
NUMERAL = r"[0-9０-９]+|[〇零○一二两兩三四五六七八九十廿卅]+"
"""A regex for one number in any of the three notations."""


def number(text: str) -> int:
    """The value of ``text`` (ASCII, full-width or Chinese digits).

    Raises:
        ValueError: ``text`` is not a number.
    """
    text = text.translate({0xFF10 + i: 0x30 + i for i in range(10)})
    if text.isdigit():
        return int(text)
    if text[:1] in ("廿", "卅"):  # rule zh-nian-sa: 廿二 is 22, 卅一 31 (as days are written)
        tail = text[1:]
        if tail and (len(tail) > 1 or tail not in _DIGITS):
            raise ValueError(f"not a number: {text!r}")
        return (20 if text[0] == "廿" else 30) + (_DIGITS[tail] if tail else 0)
    if not text or any(ch not in _DIGITS and ch != "十" for ch in text):
        raise ValueError(f"not a number: {text!r}")
    if "十" not in text:  # digit by digit: 二〇二四
        return int("".join(str(_DIGITS[ch]) for ch in text))
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1:
        raise ValueError(f"not a number: {text!r}")
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[units] if units else 0)
