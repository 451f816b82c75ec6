"""An HTML view of a graph as a notebook shows it: inline, offline, sandboxed.

The page is the one `citegraph export html` writes (vis-network inlined, no network
request, a Content-Security-Policy). Jupyter shows it in an `<iframe srcdoc=...>`: the page
keeps its own document, so its script and styles neither reach nor depend on the notebook's,
and it needs no server or file beside the notebook. `sandbox="allow-scripts"` gives the
frame an opaque origin, so even a script that escaping had missed could not touch the
notebook.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

from citegraph.graph import atomic


@dataclass(frozen=True)
class GraphView:
    """A rendered page: `_repr_html_` for Jupyter, `save()` for a file."""

    html: str
    title: str
    nodes: int
    edges: int
    note: str = ""
    height: int = 600

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
            f'title="{html.escape(self.title, quote=True)}" sandbox="allow-scripts" '
            f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #ddd">'
            "</iframe>"
        )

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the page as a standalone file (atomically), like `citegraph export html`."""
        return atomic.write_text(path, self.html)

    def __repr__(self) -> str:
        note = f"; {self.note}" if self.note else ""
        return f"<GraphView {self.title!r}: {self.nodes} nodes, {self.edges} edges{note}>"


__all__ = ["GraphView"]
