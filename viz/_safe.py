"""Putting untrusted text from documents into HTML pages without letting it run.

Labels, aliases and quotes come from documents: a label may contain ``<script>``
or ``"onmouseover=``.  Markup is escaped by Jinja2's autoescape; data for the
page's script travels as JSON inside a ``<script type="application/json">``
element, with every character that could end that element or break a JavaScript
string escaped.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

__all__ = ["json_for_script"]

_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_script(data: Any) -> Markup:
    """JSON text that is safe inside a ``<script>`` element.

    >>> str(json_for_script({"label": "</script><b>&"}))
    '{"label": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=False, separators=(",", ":") if _big(data) else None)
    for ch, esc in _UNSAFE.items():
        text = text.replace(ch, esc)
    return Markup(text)


def _big(data: Any) -> bool:
    return isinstance(data, dict) and len(data.get("nodes", ())) > 500
