"""The build pipeline: sources -> records -> store. The composition root's library half.

Only this module and the CLI see loaders, graph and queries together; everything else depends
on the record model alone. Reading a stored graph (stats, queries) lives in `reading`, which
imports no loader and no linker, so that those commands start fast.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from citegraph import loaders
from citegraph.defaults import DEFAULT_GRAPH
from citegraph.graph import locking
from citegraph.graph.errors import InputError
from citegraph.graph.records import Edge, Node, Paper
from citegraph.graph.store import GraphStore, Stats
from citegraph.linker import Linker, LinkResult
from citegraph.linker.cache import compiled_linker
from citegraph.parallel import ParallelLinker
from citegraph.reports import BuildReport
from citegraph.sources import GraphSource, Neo4jSettings

if TYPE_CHECKING:
    from citegraph.queries import NamedQuery, Row
    from citegraph.queries.show import Shown

log = logging.getLogger(__name__)

# Papers linked and written together; bounds memory while keeping Neo4j batches large.
_LINK_CHUNK = 5000
_R = TypeVar("_R")


def input_size(paths: Iterable[str | os.PathLike[str]]) -> int:
    """Total bytes of the inputs that exist (folders: the files read in them), for a
    progress bar's total."""
    total = 0
    for path in loaders.source_files(paths):
        try:
            total += os.path.getsize(path)
        except OSError:
            continue
    return total


def build(
    paths: Sequence[str | os.PathLike[str]],
    output: GraphSource = DEFAULT_GRAPH,
    *,
    skip_bad: bool = False,
    on_progress: Callable[[int], None] | None = None,
    linker: Linker | None = None,
    jobs: int = 1,
    lock_timeout: float | None = None,
) -> BuildReport:
    """Read every source file into the graph at `output` (a file or Neo4j), merging.

    All-or-nothing per file: a file's records are collected before any reaches the store, so
    a file that fails half-way adds nothing. Without `skip_bad` the first bad file raises
    `InputError`; a graph file is then left exactly as it was (it is only written, atomically,
    at the end), and Neo4j holds the files before it, which a re-run completes. With
    `skip_bad`, bad files are reported in `BuildReport.skipped`. Records of one file are held
    at once; they all end up in the graph anyway, so memory stays bounded by the graph.

    `jobs` > 1 links papers in that many worker processes; the graph is the same. A folder
    among `paths` stands for the files in it (see `loaders.source_files`).

    A graph file is locked from reading it to renaming the new one over it, so concurrent
    builds into one file wait for each other (at most `lock_timeout` seconds) and each merges
    on top of what the one before wrote (see `graph.locking`).
    """
    # networkx only where a graph file is written: `extract` links without it.
    from citegraph.graph.memory_store import NetworkxStore

    linker = linker or compiled_linker()
    if not isinstance(output, Neo4jSettings):
        own = {Path(output).resolve(), locking.lock_path(output).resolve()}
        paths = list(loaders.source_files(paths, exclude=own))
    else:
        paths = list(loaders.source_files(paths))
    # Workers start before any store connection exists, so none is copied into them.
    with _linking(linker, jobs) as parallel, _frozen_as_written():
        if isinstance(output, Neo4jSettings):
            with output.open() as neo4j_store:
                report = _build_into(neo4j_store, paths, skip_bad, on_progress, linker, parallel)
                report.output = str(output)
                report.stats = neo4j_store.stats()
            return report
        with locking.writing(output, lock_timeout):
            store = NetworkxStore(output).open()
            report = _build_into(store, paths, skip_bad, on_progress, linker, parallel)
            store.save()
    report.output = str(output)
    report.stats = store.stats()
    return report


@contextmanager
def _frozen_as_written() -> Iterator[None]:
    """Let `_build_into` move what it has written out of the cyclic GC's sight.

    The graph only grows during a build, and every full collection walks all of it: at 100k
    papers 31 full collections took a fifth of the build's CPU time, more at 1M. Frozen
    objects are still freed by reference counting; only cycles wait for the unfreeze at the
    end. Objects the caller froze before stay frozen.
    """
    already_frozen = gc.get_freeze_count() > 0
    try:
        yield
    finally:
        if not already_frozen:
            gc.unfreeze()


def _linking(linker: Linker, jobs: int) -> AbstractContextManager[ParallelLinker | None]:
    return ParallelLinker(linker, jobs, parts="graph") if jobs > 1 else nullcontext()


def _build_into(
    store: GraphStore,
    paths: Sequence[str | os.PathLike[str]],
    skip_bad: bool,
    on_progress: Callable[[int], None] | None,
    linker: Linker,
    parallel: ParallelLinker | None = None,
) -> BuildReport:
    report = BuildReport(output="")
    files = _read_files(paths, skip_bad, on_progress, report)
    if parallel is None:
        for records in files:
            write_records(store, records, linker)
            gc.freeze()  # see _frozen_as_written
        return report
    # One file ahead: the next file is read and queued for linking before this one is
    # written, so the workers link while this process parses and writes.
    queued: deque[tuple[list[object], Iterator[LinkResult]]] = deque()

    def write_oldest() -> None:
        ready, linked = queued.popleft()
        write_records(store, ready, linker, linked=linked)
        gc.freeze()  # see _frozen_as_written

    try:
        for records in files:
            queued.append((records, parallel.submit(_titled(records))))
            if len(queued) > 1:
                write_oldest()
    except InputError:
        # A bad file found while reading ahead stops the build after the files before it,
        # as in a serial build.
        while queued:
            write_oldest()
        raise
    while queued:
        write_oldest()
    return report


def _read_files(
    paths: Sequence[str | os.PathLike[str]],
    skip_bad: bool,
    on_progress: Callable[[int], None] | None,
    report: BuildReport,
) -> Iterator[list[object]]:
    """Each good file's records, whole; bad files raise or are recorded as skipped."""
    for path in paths:
        try:
            records: list[object] = list(loaders.load(path, on_progress=on_progress))
        except InputError as error:
            if not skip_bad:
                raise
            log.info("skipping %s", error)
            report.skipped.append(error)
            continue
        report.files_read += 1
        # A paper known only by the arXiv id a model card cites is no listing.
        report.listings += sum(1 for r in records if isinstance(r, Paper) and r.title)
        yield records


def write_records(
    store: GraphStore,
    records: Iterable[object],
    linker: Linker,
    *,
    linked: Iterator[LinkResult] | None = None,
) -> None:
    """Upsert source records and every paper's links, in store-sized batches.

    Papers are linked a chunk at a time and each chunk is written as a few large batches
    (papers, then entity nodes, then edges), never one transaction per paper: that is the
    difference between per-row and batched loading in Neo4j. Edges the source itself
    declares (structured sources) go last, when every node they join exists. Papers known
    only by an arXiv id (no title, no abstract) have no text to link.

    `linked`, when given, are the results of linking the titled papers (in order), as
    `ParallelLinker.submit` gives them; otherwise `linker` links them here.
    """
    records = list(records)
    store.upsert_nodes(r for r in records if isinstance(r, Node) and not isinstance(r, Paper))
    papers = [r for r in records if isinstance(r, Paper)]
    if linked is None:
        linked = map(linker.link, _titled(papers))
    for start in range(0, len(papers), _LINK_CHUNK):
        chunk = papers[start : start + _LINK_CHUNK]
        results = list(islice(linked, len(_titled(chunk))))
        store.upsert_nodes(chunk)
        # Catalog entities (and their lineage) come with every paper naming them, as the
        # same record objects: writing each once per chunk spares the stores most merges.
        store.upsert_nodes(_once(node for result in results for node in result.nodes))
        store.upsert_edges(_once(edge for result in results for edge in result.edges))
    store.upsert_edges(r for r in records if isinstance(r, Edge))


def _titled(records: Iterable[object]) -> list[Paper]:
    return [r for r in records if isinstance(r, Paper) and r.title]


def _once(records: Iterable[_R]) -> Iterator[_R]:
    """Each record object once (by identity: equal records from different papers stay)."""
    seen: set[int] = set()
    for record in records:
        if id(record) not in seen:
            seen.add(id(record))
            yield record


def extract(
    paths: Sequence[str | os.PathLike[str]],
    *,
    skip_bad: bool = False,
    on_progress: Callable[[int], None] | None = None,
    on_skip: Callable[[InputError], None] | None = None,
    linker: Linker | None = None,
    jobs: int = 1,
) -> Iterator[LinkResult]:
    """Link every paper in the sources, once per paper id, streaming.

    Unlike `build`, results stream out as they are made, so a bad file found late has
    already let earlier papers through; with `skip_bad` the rest of a bad file is skipped
    and `on_skip` is told. `jobs` > 1 links in that many worker processes: the mentions and
    their order are the same, and only the mentions are shipped back (the results' `nodes`
    and `edges` are empty; `build` is the way to store them).
    """
    linker = linker or compiled_linker()
    papers = _unique_papers(paths, skip_bad, on_progress, on_skip)
    if jobs <= 1:
        yield from map(linker.link, papers)
        return
    with ParallelLinker(linker, jobs, parts="mentions") as parallel:
        yield from parallel.link_stream(papers)


def _unique_papers(
    paths: Sequence[str | os.PathLike[str]],
    skip_bad: bool,
    on_progress: Callable[[int], None] | None,
    on_skip: Callable[[InputError], None] | None,
) -> Iterator[Paper]:
    # 8-byte digests rather than the ids themselves keep this set small for huge inputs.
    seen: set[bytes] = set()
    for path in loaders.source_files(paths):
        try:
            for record in loaders.load(path, on_progress=on_progress):
                if not isinstance(record, Paper) or not record.title:
                    continue
                digest = hashlib.blake2b(record.id.encode(), digest_size=8).digest()
                if digest not in seen:
                    seen.add(digest)
                    yield record
        except InputError as error:
            if not skip_bad:
                raise
            if on_skip is not None:
                on_skip(error)


def stats(source: GraphSource = DEFAULT_GRAPH) -> Stats:
    """Node counts by label and edge counts by type (see `reading.stats`)."""
    from citegraph import reading  # networkx and the queries: not needed to link

    return reading.stats(source)


def query(
    name: str, source: GraphSource, given: dict[str, str], limit: int | None = None
) -> tuple[NamedQuery, list[Row]]:
    """Run a named query on a graph file or Neo4j (see `reading.query`)."""
    from citegraph import reading

    return reading.query(name, source, given, limit)


def show(source: GraphSource, text: str) -> Shown:
    """The card of the paper or entity `text` names (see `reading.show`)."""
    from citegraph import reading

    return reading.show(source, text)


def push(graph: str | os.PathLike[str], target: Neo4jSettings) -> Stats:
    """Load a saved graph into Neo4j (merging, like a build); returns Neo4j's stats after."""
    from citegraph.graph.memory_store import NetworkxStore

    saved = NetworkxStore(graph).open(create=False)
    with target.open() as store:
        store.add_redirects(saved.redirects)  # later builds into Neo4j merge like the file's
        store.upsert_nodes(saved.node_records())
        store.upsert_edges(saved.edge_records())
        return store.stats()


def pull(
    source: Neo4jSettings, graph: str | os.PathLike[str], *, lock_timeout: float | None = None
) -> Stats:
    """Write the Neo4j graph to a graph file, replacing the file (atomically).

    The write lock keeps a build into the same file from renaming its graph over this one
    (or this one over its) unseen.
    """
    from citegraph.graph.memory_store import NetworkxStore

    with source.open() as store:
        pulled = NetworkxStore.from_graph(store.to_networkx())
    with locking.writing(graph, lock_timeout):
        pulled.save(graph)
    return pulled.stats()


__all__ = [
    "DEFAULT_GRAPH",
    "BuildReport",
    "build",
    "extract",
    "input_size",
    "pull",
    "push",
    "query",
    "show",
    "stats",
    "write_records",
]
