"""The JS/CSS the rendered pages load, where each comes from, and how to inline it.

One table serves three users: the pages (``assets="cdn"`` links the CDN URL,
the same URLs folium 0.20 uses), ``scripts/vendor_assets.py`` (copies the npm
release file and its licence into ``vendor/``), and the browser tests (answer
each CDN request from the npm file, so they need no network).
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from typing import Literal

from attrs import frozen

__all__ = ["ASSETS", "Asset", "asset_tags", "script_text", "vendored_text"]


@frozen
class Asset:
    """One JS or CSS file of an npm release.

    Attributes:
        name: a short key.
        kind: ``"js"`` or ``"css"``.
        package: the npm package name.
        version: the npm version (the CDN URL's version).
        cdn_root: the CDN URL of the folder that ``npm_root`` names in the package.
        npm_root: that folder inside the npm package (``"dist/"`` or ``""``).
        file: the file name in the npm package.
        cdn_file: the file name on the CDN, where it differs (``.min.js``).
        licence: the licence file inside the npm package.
    """

    name: str
    kind: Literal["js", "css"]
    package: str
    version: str
    cdn_root: str
    npm_root: str
    file: str
    cdn_file: str = ""
    licence: str = "LICENSE"

    @property
    def url(self) -> str:
        """The CDN URL."""
        return self.cdn_root + (self.cdn_file or self.file)

    @property
    def npm_path(self) -> str:
        """The path below ``node_modules``."""
        return f"{self.package}/{self.npm_root}{self.file}"

    @property
    def vendored(self) -> str:
        """The path below ``timeline/rendering/vendor``."""
        return f"{self.package}/{self.file}"


_JSDELIVR = "https://cdn.jsdelivr.net/npm/"
_LEAFLET = f"{_JSDELIVR}leaflet@1.9.3/dist/"

ASSETS: dict[str, Asset] = {
    a.name: a
    for a in (
        Asset("leaflet_css", "css", "leaflet", "1.9.3", _LEAFLET, "dist/", "leaflet.css"),
        Asset("leaflet", "js", "leaflet", "1.9.3", _LEAFLET, "dist/", "leaflet.js"),
        Asset(
            "textpath",
            "js",
            "leaflet-textpath",
            "1.2.3",
            f"{_JSDELIVR}leaflet-textpath@1.2.3/",
            "",
            "leaflet.textpath.js",
            cdn_file="leaflet.textpath.min.js",
        ),
        Asset(
            "polylineoffset",
            "js",
            "leaflet-polylineoffset",
            "1.1.1",
            f"{_JSDELIVR}leaflet-polylineoffset@1.1.1/",
            "",
            "leaflet.polylineoffset.js",
            cdn_file="leaflet.polylineoffset.min.js",
        ),
        Asset(
            "timeline",
            "js",
            "leaflet.timeline",
            "1.6.0",
            f"{_JSDELIVR}leaflet.timeline@1.6.0/dist/",
            "dist/",
            "leaflet.timeline.js",
            cdn_file="leaflet.timeline.min.js",
        ),
        Asset(
            "markercluster_css",
            "css",
            "leaflet.markercluster",
            "1.1.0",
            "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/",
            "dist/",
            "MarkerCluster.css",
            licence="MIT-LICENCE.txt",
        ),
        Asset(
            "markercluster_default_css",
            "css",
            "leaflet.markercluster",
            "1.1.0",
            "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/",
            "dist/",
            "MarkerCluster.Default.css",
            licence="MIT-LICENCE.txt",
        ),
        Asset(
            "markercluster",
            "js",
            "leaflet.markercluster",
            "1.1.0",
            "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/",
            "dist/",
            "leaflet.markercluster.js",
            licence="MIT-LICENCE.txt",
        ),
    )
}
"""Every asset a page may use, in load order (CSS first, Leaflet before its plugins)."""


@cache
def vendored_text(asset: Asset) -> str:
    """The vendored copy of ``asset`` shipped in the package.

    Raises:
        FileNotFoundError: the package was built without ``vendor/`` (run
            ``python scripts/vendor_assets.py``).
    """
    root = importlib.resources.files("timeline.rendering") / "vendor"
    return (root / asset.vendored).read_text(encoding="utf-8")


def script_text(text: str) -> str:
    """Code safe inside a ``<script>`` element: a literal ``</script`` would end it early."""
    return text.replace("</script", "<\\/script")


def asset_tags(names: list[str], mode: Literal["cdn", "inline"]) -> str:
    """The ``<link>``/``<script>`` tags for ``names`` (CDN) or their inlined text."""
    tags = []
    for asset in ASSETS.values():
        if asset.name not in names:
            continue
        if mode == "cdn":
            if asset.kind == "css":
                tags.append(f'<link rel="stylesheet" href="{asset.url}"/>')
            else:
                tags.append(f'<script src="{asset.url}"></script>')
        elif asset.kind == "css":
            tags.append(f"<style>/* {asset.package} {asset.version} */\n{vendored_text(asset)}\n</style>")
        else:
            text = script_text(vendored_text(asset))
            tags.append(f"<script>/* {asset.package} {asset.version} */\n{text}\n</script>")
    return "\n".join(tags)
