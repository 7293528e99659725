"""Chinese reports, simplified and traditional, read into the same model as English ones.

>>> import datetime as dt
>>> from timeline.zh import extract_chinese_text
>>> doc = extract_chinese_text(
...     "新华社杭州10月11日电 国务院总理李强10日在浙江杭州考察。",
...     source="x", published=dt.date(2024, 10, 11))
>>> trip = doc.trips[0]
>>> trip.person.name, trip.person.aliases[0], str(trip.span.start)
('李强', 'Li Qiang', '2024-10-10')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from timeline.zh.language import detect, is_chinese

if TYPE_CHECKING:
    from timeline.zh.article import read_article
    from timeline.zh.people import pinyin_name
    from timeline.zh.reader import extract_chinese, extract_chinese_text

__all__ = ["detect", "extract_chinese", "extract_chinese_text", "is_chinese", "pinyin_name", "read_article"]

# The reader and its tables load on first use: an English batch never imports them.
_LAZY = {
    "extract_chinese": "timeline.zh.reader",
    "extract_chinese_text": "timeline.zh.reader",
    "pinyin_name": "timeline.zh.people",
    "read_article": "timeline.zh.article",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from timeline._pattern_store import stored_patterns

        with stored_patterns("zh"):  # (the reader's patterns compiled from the store of an earlier run)
            module = importlib.import_module(_LAZY[name])
        return getattr(module, name)
    raise AttributeError(f"module 'timeline.zh' has no attribute {name!r}")
