"""The one place exports make graph text safe for their format.

Paper titles and abstracts are scraped text: a title may well contain `<script>` or an
`onerror=` attribute. HTML exports never put such text into markup; it travels as JSON inside
a script element (so only the script-closing sequences need escaping) and reaches the page
through `textContent`. GraphML and GEXF readers (Gephi) accept scalar attributes only, so
lists become JSON text and missing values are left out rather than written as "None".
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from typing import Any

Scalar = str | int | float | bool

# In a <script> element the HTML parser ends the script at `</script` and changes state at
# `<!--`; escaping every `<`, `>` and `&` as \uXXXX keeps the JSON identical for JSON.parse
# and meaningless to the HTML parser. U+2028/U+2029 are escaped for old JS engines.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def script_json(data: Any) -> str:
    """JSON text safe to place between `<script type="application/json">` tags."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)


def markup_text(text: str) -> str:
    """Text escaped for HTML markup (element content and quoted attributes)."""
    return html.escape(text, quote=True)


def excerpt(text: str, limit: int) -> str:
    """At most `limit` characters of `text`, whitespace collapsed, cut at a word with `…`."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] or flat[: limit - 1]
    return cut + "…"


def scalar_attrs(attrs: Mapping[str, Any]) -> dict[str, Scalar]:
    """Attributes a GraphML/GEXF reader accepts: scalars kept, lists JSON, None dropped."""
    clean: dict[str, Scalar] = {}
    for name, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, bool | int | float | str):
            clean[name] = value
        elif isinstance(value, list | tuple | set | dict):
            items = sorted(value) if isinstance(value, set) else value
            clean[name] = json.dumps(items, ensure_ascii=False)
        else:
            clean[name] = str(value)
    return clean
