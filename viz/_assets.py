"""The scripts and stylesheets a page inlines, read from the installed pyvis package.

pyvis ships vis-network's JavaScript and CSS inside its wheel; we read them at run
time so that a page needs no network at all (pyvis's own ``in_line`` mode still
links Bootstrap from a CDN).  Nothing is downloaded.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

__all__ = ["vis_network_js", "vis_network_css", "AssetError", "script_text", "style_text"]

#: vis-network versions we know pyvis to ship, newest first.
_VERSIONS = ("vis-9.1.2", "vis-9.0.4")


class AssetError(RuntimeError):
    """The installed pyvis does not ship the vis-network files we inline."""


def vis_network_js() -> str:
    """vis-network's standalone JavaScript, ready to sit inside a ``<script>`` element."""
    return script_text(_SOURCE_MAP.sub("", _read("vis-network.min.js")))


def vis_network_css() -> str:
    """vis-network's stylesheet (its images are data: URIs), ready for a ``<style>`` element."""
    return style_text(_read("vis-network.css"))


_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=\S*\s*$", re.MULTILINE)
_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)
_STYLE_END = re.compile(r"</(style)", re.IGNORECASE)


def script_text(js: str) -> str:
    """JavaScript that cannot close its ``<script>`` element early.

    >>> script_text('a = "</script>";')
    'a = "<\\\\/script>";'
    """
    return _SCRIPT_END.sub(r"<\\/\1", js).replace("<!--", "<\\!--")


def style_text(css: str) -> str:
    """CSS that cannot close its ``<style>`` element early."""
    return _STYLE_END.sub(r"<\\/\1", css)


@cache
def _read(name: str) -> str:
    try:
        lib = resources.files("pyvis").joinpath("templates", "lib")
    except ModuleNotFoundError:
        raise AssetError("pyvis is not installed; pip install pyvis") from None
    for version in _VERSIONS:
        f = lib.joinpath(version, name)
        if f.is_file():
            return f.read_text(encoding="utf-8")
    raise AssetError(f"the installed pyvis ships no {name} under templates/lib (looked for "
                     f"{', '.join(_VERSIONS)})")
