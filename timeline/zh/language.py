"""Which language and script a report is in: English, simplified or traditional Chinese.

Rules (each named in :func:`detect`'s docstring):

* ``cjk-share``: a text is Chinese when Han characters are at least a quarter of its letters
  (over its first 6,000 characters, so a long English report costs one short scan).
* ``script-specific``: among Chinese texts, traditional when characters found only in traditional
  script outnumber those found only in simplified script (two small hand-made sets of the
  commonest such characters in news copy); ties go to simplified.

>>> detect("国务院总理李强近日在广东考察")
'zh-Hans'
>>> detect("國務院總理李強近日在廣東考察")
'zh-Hant'
>>> detect("Premier Li Qiang visited Guangdong")
'en'
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Language", "detect", "is_chinese"]

Language = Literal["en", "zh-Hans", "zh-Hant"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_SCAN = 6000
_SHARE = 0.25
# pairs (traditional, simplified) of the commonest characters that differ, in news copy
_PAIRS = (
    "國国 會会 時时 這这 說说 來来 為为 與与 發发 經经 對对 於于 們们 區区 總总 書书 記记 長长 東东 開开"
    " 關关 灣湾 華华 門门 問问 進进 過过 還还 產产 業业 當当 縣县 鄉乡 鎮镇 習习 強强 訪访 調调 議议 際际"
    " 員员 務务 黨党 軍军 學学 實实 現现 後后 從从 動动 場场 將将 機机 個个 無无 陽阳 廣广 灣湾 龍龙 門门"
    " 陸陆 歲岁 這这 歡欢 慶庆 劉刘 張张 陳陈 楊杨 趙赵 黃黄 吳吴 鄧邓 葉叶 蘇苏 蔣蒋 韓韩 馬马 錢钱 圖图"
    " 館馆 體体 電电 號号 視视 義义 興兴 濟济 車车 協协 廳厅 處处 辦办 級级 區区 網网 報报 讓让 參参 陪陪"
)
_TRAD = frozenset(p[0] for p in _PAIRS.split() if p[0] != p[1])
_SIMP = frozenset(p[1] for p in _PAIRS.split() if p[0] != p[1])
# counted by runs and by pattern, in C: the same counts as a loop over the characters
_HAN_RUN = re.compile(_HAN.pattern + "+")
_LETTER_RUN = re.compile(_LETTER.pattern + "+")
_TRAD_CHAR = re.compile("[" + "".join(sorted(_TRAD)) + "]")
_SIMP_CHAR = re.compile("[" + "".join(sorted(_SIMP)) + "]")


def _count(runs: re.Pattern[str], text: str) -> int:
    return sum(map(len, runs.findall(text)))


def is_chinese(text: str) -> bool:
    """Whether ``text`` reads as Chinese (rule ``cjk-share``); cheap on English text."""
    head = text[:_SCAN]
    if head.isascii():  # no Han character (and no scan: most English reports are plain ASCII)
        return False
    han = _count(_HAN_RUN, head)
    if not han:
        return False
    return han >= _SHARE * (han + _count(_LETTER_RUN, head))


def detect(text: str) -> Language:
    """``"en"``, ``"zh-Hans"`` or ``"zh-Hant"``, by rules ``cjk-share`` and ``script-specific``."""
    if not is_chinese(text):
        return "en"
    head = text[:_SCAN]
    trad = len(_TRAD_CHAR.findall(head))
    simp = len(_SIMP_CHAR.findall(head))
    return "zh-Hant" if trad > simp else "zh-Hans"
