"""What the map, the timeline and the combined page share: colours, date words, evidence."""

from __future__ import annotations

import colorsys
import datetime as dt

from timeline.model import DateSpan, Precision, Stop, Trip, Unknown

__all__ = ["EPOCH", "day_number", "describe_span", "evidence_text", "palette", "source_href"]

EPOCH = dt.date(1970, 1, 1)

# Tableau 10: distinct, and readable as white-on-colour badges.
_TABLEAU = (
    "#4e79a7",
    "#e15759",
    "#59a14f",
    "#f28e2b",
    "#b07aa1",
    "#76b7b2",
    "#edc948",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)


def palette(n: int) -> list[str]:
    """``n`` distinct colours: Tableau 10, then hues a golden angle apart."""
    out = list(_TABLEAU[:n])
    for i in range(len(out), n):
        r, g, b = colorsys.hls_to_rgb((i * 0.618033988749895) % 1.0, 0.42, 0.65)
        out.append(f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}")
    return out


def day_number(day: dt.date) -> int:
    """Days since 1970-01-01 (what JavaScript's ``Date.UTC(...) / 86400000`` gives)."""
    return (day - EPOCH).days


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def describe_span(span: DateSpan | Unknown) -> str:
    """Short English words for a span: "9-11 Oct 2025", "Oct 2025", "date unknown"."""
    if isinstance(span, Unknown):
        return "date unknown"
    start, end = span.start, span.end
    if span.precision is Precision.MONTH:
        words = f"{start:%b %Y}" if (start.year, start.month) == (end.year, end.month) else (
            f"{start:%b %Y} – {end:%b %Y}"
        )
    elif span.precision is Precision.YEAR:
        words = str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    elif span.precision is Precision.DECADE:
        words = f"the {start.year // 10 * 10}s"
    elif span.precision is Precision.QUARTER:
        words = f"Q{(start.month - 1) // 3 + 1} {start.year}"
    elif span.precision is Precision.WEEK:
        words = f"week of {_day(start)}"
    elif start == end:
        words = _day(start)
    elif (start.year, start.month) == (end.year, end.month):
        words = f"{start.day}–{end.day} {start:%b %Y}"
    elif start.year == end.year:
        words = f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    else:
        words = f"{_day(start)} – {_day(end)}"
    if span.open_end:
        words = f"from {words} (end not given)"
    return words


def evidence_text(stop: Stop | None, trip: Trip) -> str:
    """The words that put the person at the stop, else the words that report the trip."""
    evidence = stop.evidence if stop is not None and stop.evidence else trip.evidence
    return " … ".join(ev.text for ev in evidence)


def source_href(path: str) -> str | None:
    """A link target for a source path: web addresses only (never ``javascript:`` and the like)."""
    return path if path.startswith(("https://", "http://")) else None
