"""citegraph: a knowledge graph of ML papers and the models, datasets and code they mention.

From Python or a notebook, start at `citegraph.open("graph.json")` (or a Neo4j URI): it
returns an `OpenGraph` with `.query()`, `.show()`, `.networkx()` and `.analytics`
(`citegraph.api`). Subpackages: `citegraph.graph` (record model and stores),
`citegraph.loaders` (source formats), `citegraph.queries` (named queries);
`citegraph.pipeline` and `citegraph.cli` are the composition root that wires them together.

Importing this package imports nothing else: `open` loads the API on its first call, so a
script or a CLI command pays only for what it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import os

    from citegraph.api import OpenGraph
    from citegraph.sources import Neo4jSettings

__version__ = "0.1.0"


def open(  # shadows the builtin on purpose: `citegraph.open(...)`
    source: str | os.PathLike[str] | Neo4jSettings | None = None, **options: Any
) -> OpenGraph:
    """The graph in a file or a Neo4j database; see `citegraph.api.open` for the options.

    Example: citegraph.open("graph.json").query("builds-on", model="T5")
    """
    from citegraph import api

    return api.open(source, **options)


__all__ = ["__version__", "open"]
