"""What a node is called wherever a person reads it: query rows, analytics, export labels.

One rule so that a node is named the same in a table, a view and a CSV: a paper by its title,
a model or dataset by its name, a repo by its path, and by its id when it has none of these
(a paper listed without a title). No record carries more than one of title, name and path, so
the order only decides which empty value is skipped. The Cypher files spell the same rule as
`coalesce(n.name, n.title, n.path)` (or `coalesce(e.name, e.path)` where only entities match).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

NAME_PROPERTIES = ("name", "title", "path")


def display_name(attrs: Mapping[str, Any], node_id: str | None = None) -> str:
    """The node's title, name or path, else its id (`node_id`, or the `id` among `attrs`)."""
    for key in NAME_PROPERTIES:
        value = attrs.get(key)
        if value:
            return str(value)
    return node_id if node_id is not None else str(attrs.get("id", ""))
