"""timeline: read news reports of journeys into a typed, checked record of trips.

>>> from timeline import Article, extract_document
>>> text = (
...     "Premier inspects Anhui\\n\\n2025-07-10\\n\\nHEFEI, July 9 (Xinhua) -- Chinese Premier Li Qiang made an "
...     "inspection tour in east China's Anhui Province from Tuesday to Wednesday.\\n"
... )
>>> trip = extract_document(Article.from_text(text)).trips[0]
>>> trip.person.name, str(trip.span.start), str(trip.span.end)
('Li Qiang', '2025-07-08', '2025-07-09')
"""

import functools
import importlib
import typing

if typing.TYPE_CHECKING:
    from timeline.article import Article
    from timeline.cli import with_published
    from timeline.errors import ArticleError, TimelineError
    from timeline.export import from_json, to_geojson, to_json
    from timeline.extract import extract_document, extract_text
    from timeline.itinerary import build_itinerary
    from timeline.model import DateSpan, Document, Evidence, Extraction, Itinerary, Stop, Trip, Unknown

# Each public name is imported from its module on first use (PEP 562), so that `import timeline.cli`
# or `import timeline.model` does not load the reader, the exporters and their dependencies.
_SOURCES = {
    "Article": "timeline.article",
    "ArticleError": "timeline.errors",
    "DateSpan": "timeline.model",
    "Document": "timeline.model",
    "Evidence": "timeline.model",
    "Extraction": "timeline.model",
    "Itinerary": "timeline.model",
    "Stop": "timeline.model",
    "TimelineError": "timeline.errors",
    "Trip": "timeline.model",
    "Unknown": "timeline.model",
    "build_itinerary": "timeline.itinerary",
    "extract_document": "timeline.extract",
    "extract_text": "timeline.extract",
    "from_json": "timeline.export",
    "to_geojson": "timeline.export",
    "to_json": "timeline.export",
    "with_published": "timeline.cli",
}

__all__ = [
    "Article",
    "ArticleError",
    "DateSpan",
    "Document",
    "Evidence",
    "Extraction",
    "Itinerary",
    "Stop",
    "TimelineError",
    "Trip",
    "Unknown",
    "build_itinerary",
    "extract_document",
    "extract_text",
    "from_json",
    "to_geojson",
    "to_json",
    "with_published",
]


def __dir__() -> list[str]:
    return list(__all__)


@functools.cache
def _version() -> str:
    """The installed distribution's version (read on first use, so importing stays cheap)."""
    from importlib import metadata

    try:
        return metadata.version("news-itinerary")
    except metadata.PackageNotFoundError:
        # installed under another distribution name, or run from a source tree that was never installed
        for name in metadata.packages_distributions().get("timeline", []):
            return metadata.version(name)
        return "0+unknown"


def __getattr__(name: str) -> typing.Any:
    if name == "__version__":
        return _version()
    source = _SOURCES.get(name)
    if source is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(importlib.import_module(source), name)
    globals()[name] = value  # later look-ups are plain attribute reads
    return value
