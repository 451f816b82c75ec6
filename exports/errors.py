"""Errors of the exports, under citegraph's one exception root."""

from __future__ import annotations

from citegraph.graph.errors import CitegraphError


class ExportError(CitegraphError):
    """An export cannot be made as asked (unknown focus node, unwritable output...)."""
