"""Itineraries drawn for people to look at: a folium map, an HTML timeline, both linked.

>>> from timeline.model import Itinerary
>>> page = render_page(Itinerary(()), tiles=None)
>>> page.startswith("<!DOCTYPE html>")
True
"""

from timeline.rendering.map import map_html, render_map
from timeline.rendering.timeline import render_page, render_timeline

__all__ = ["map_html", "render_map", "render_page", "render_timeline"]


def __dir__() -> list[str]:
    return list(__all__)
