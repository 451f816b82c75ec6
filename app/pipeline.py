"""The build pipeline: sources -> records -> store. The composition root's library half.

Only this module and the CLI see loaders, graph and queries together; everything else depends
on the record model alone.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from citegraph import loaders
from citegraph.graph.errors import InputError
from citegraph.graph.memory_store import NetworkxStore
from citegraph.graph.records import Paper
from citegraph.graph.store import GraphStore, Stats
from citegraph.linker import Linker, LinkResult, load_catalog

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
    linker: Linker | None = None,
) -> BuildReport:
    """Read every source file into the graph file at `output`, merging with what it holds.

    All-or-nothing per file: a file's records are collected before any reaches the store, so
    a file that fails half-way adds nothing. Without `skip_bad` the first bad file raises
    `InputError` and `output` is left exactly as it was; with it, bad files are reported in
    `BuildReport.skipped`. Records of one file are held at once; they all end up in the
    graph anyway, so memory stays bounded by the graph, not by the input.
    """
    linker = linker or Linker(load_catalog())
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
        write_records(store, records, linker)
    store.save()
    report.stats = store.stats()
    return report


def write_records(store: GraphStore, records: Iterable[object], linker: Linker) -> None:
    """Upsert source records, then every paper's links (entity nodes before their edges)."""
    records = list(records)
    store.upsert_nodes(r for r in records if not isinstance(r, Paper))
    papers = [r for r in records if isinstance(r, Paper)]
    store.upsert_nodes(papers)
    for paper in papers:
        result = linker.link(paper)
        store.upsert_nodes(result.nodes)
        store.upsert_edges(result.edges)


def extract(
    paths: Sequence[str | os.PathLike[str]],
    *,
    skip_bad: bool = False,
    on_progress: Callable[[int], None] | None = None,
    on_skip: Callable[[InputError], None] | None = None,
    linker: Linker | None = None,
) -> Iterator[LinkResult]:
    """Link every paper in the sources, once per paper id, streaming.

    Unlike `build`, results stream out as they are made, so a bad file found late has
    already let earlier papers through; with `skip_bad` the rest of a bad file is skipped
    and `on_skip` is told.
    """
    linker = linker or Linker(load_catalog())
    seen: set[str] = set()
    for path in paths:
        try:
            for record in loaders.load(path, on_progress=on_progress):
                if isinstance(record, Paper) and record.id not in seen:
                    seen.add(record.id)
                    yield linker.link(record)
        except InputError as error:
            if not skip_bad:
                raise
            if on_skip is not None:
                on_skip(error)


def stats(graph: str | os.PathLike[str] = DEFAULT_GRAPH) -> Stats:
    """Node counts by label and edge counts by type of a saved graph."""
    return NetworkxStore(graph).open(create=False).stats()
