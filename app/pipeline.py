"""The build pipeline: sources -> records -> store. The composition root's library half.

Only this module and the CLI see loaders, graph and queries together; everything else depends
on the record model alone.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from citegraph import loaders
from citegraph.graph.errors import InputError
from citegraph.graph.memory_store import NetworkxStore
from citegraph.graph.records import Paper
from citegraph.graph.store import Stats

log = logging.getLogger(__name__)

DEFAULT_GRAPH = "graph.json"


@dataclass
class BuildReport:
    """What a build read, skipped and wrote; the CLI turns it into the summary line."""

    output: Path
    files_read: int = 0
    listings: int = 0
    skipped: list[InputError] = field(default_factory=list)
    stats: Stats = field(default_factory=dict)


def input_size(paths: Iterable[str | os.PathLike[str]]) -> int:
    """Total bytes of the inputs that exist, for a progress bar's total."""
    total = 0
    for path in paths:
        try:
            total += os.path.getsize(path)
        except OSError:
            continue
    return total


def build(
    paths: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str] = DEFAULT_GRAPH,
    *,
    skip_bad: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> BuildReport:
    """Read every source file into the graph file at `output`, merging with what it holds.

    All-or-nothing per file: a file's records are collected before any reaches the store, so
    a file that fails half-way adds nothing. Without `skip_bad` the first bad file raises
    `InputError` and `output` is left exactly as it was; with it, bad files are reported in
    `BuildReport.skipped`. Records of one file are held at once; they all end up in the
    graph anyway, so memory stays bounded by the graph, not by the input.
    """
    store = NetworkxStore(output).open()
    report = BuildReport(output=Path(output))
    for path in paths:
        try:
            records = list(loaders.load(path, on_progress=on_progress))
        except InputError as error:
            if not skip_bad:
                raise
            log.info("skipping %s", error)
            report.skipped.append(error)
            continue
        report.files_read += 1
        report.listings += sum(1 for record in records if isinstance(record, Paper))
        store.upsert_nodes(records)
    store.save()
    report.stats = store.stats()
    return report


def stats(graph: str | os.PathLike[str] = DEFAULT_GRAPH) -> Stats:
    """Node counts by label and edge counts by type of a saved graph."""
    return NetworkxStore(graph).open(create=False).stats()
