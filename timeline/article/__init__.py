"""Text -> :class:`Article`: headline, publication date, dateline, body, captions, boilerplate.

The reader works on lines.  Each non-blank line is a paragraph whose offsets point into the
original text, so nothing done here (dropping a footer, skipping a caption) shifts an offset.

* The *header* is every line before the first body paragraph: section labels, breadcrumbs,
  the headline, a byline, a date line ("Updated: July 3, 2024 22:55 Xinhua", "Jan 3, 2025 |
  10:22 GMT", " date 2025-10-13 <headline>").  A date line is a short line that holds one full
  date and, once the date, time, labels ("Updated", "Source", "By ...") and separators are
  removed, few other words.
* The *dateline* opens the first body paragraph: an upper-case place, an optional date and an
  optional agency in brackets, then a dash ("CHONGQING, Nov. 19 (Xinhua) --", "WASHINGTON (AP)
  —").  Its year comes from the publication date, across the Dec/Jan boundary.
* *Captions* are paragraphs that end with a photo credit ("(Xinhua/Ding Haitao)",
  "[Photo/Xinhua]", "REUTERS/Name") or whose first sentence ends with a full date, as photo
  captions do ("... inspects a petrochemical base in Zhoushan, Oct. 9, 2025.").
* *Boilerplate* is site furniture: copyright and contact footers, "Mobile"/"Desktop",
  editor and source lines, "Recommended Reading", share buttons, reporting credits.

The package's parts: :mod:`~timeline.article.document` (the model), :mod:`~timeline.article.reading`
(the reading of the lines), :mod:`~timeline.article.lines`, :mod:`~timeline.article.header`,
:mod:`~timeline.article.date_lines` (header dates), :mod:`~timeline.article.datelines`,
:mod:`~timeline.article.furniture` (credits, captions, boilerplate) and
:mod:`~timeline.article.patterns` (words they share).
"""

from __future__ import annotations

from timeline.article.date_lines import clock
from timeline.article.document import Article, Paragraph, ParagraphKind
from timeline.model import Dateline

__all__ = ["Article", "Dateline", "Paragraph", "ParagraphKind", "clock"]
