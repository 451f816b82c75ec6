"""Extraction and linking on a Dask cluster, written as neo4j-admin import partitions.

`citegraph bulk` is the past-one-machine path: every input file is read and linked by a Dask
worker with the same loaders and linker a local build uses, and the graph comes out as
header + part CSV files that `neo4j-admin database import full` loads into an empty
database. Its result is the graph `citegraph build` makes from the same files (the tests load
both into Neo4j and compare them), because it applies the same merge rules, only in another
order, which they are built not to depend on (`graph.store.merge_properties`):

1. **map** (one task per input file): load, link, and pre-merge the file's nodes by id and
   edges by (source, target, type, key). A bad file fails the run with its `Error:` line,
   or, with `skip_bad`, is left out, as in a build;
2. **redirects**: a paper listed by title and given an arXiv id by another source is one
   node. Each file reports, per title key, the few of its papers that can change who holds
   the key (`graph.identity.FileTitles`); the driver places them file by file in input
   order with the stores' `PaperIndex` (`identity.redirects_across_files`), which gives the
   redirects; only these small maps travel;
3. **shuffle**: each file's nodes and edges, with ids redirected, are split into
   `partitions` buckets by a stable hash of the node id (edges: of their endpoints and key);
4. **reduce** (one task per bucket): merge what every file put in that bucket and write the
   bucket's part files; headers and import.sh are written by the caller.

Partitions are files a node or relationship appears in exactly once, so neo4j-admin needs no
`--skip-duplicate-nodes`. The workers must see the input files and the output folder at
the same paths as the caller (a shared filesystem on a real cluster).
"""

from __future__ import annotations

import os
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from citegraph import loaders
from citegraph.defaults import DEFAULT_PARTITIONS
from citegraph.exports import admin_csv
from citegraph.graph import identity
from citegraph.graph.errors import CitegraphError, InputError
from citegraph.graph.records import Edge, Node, NodeLabel, Paper
from citegraph.graph.store import merge_properties
from citegraph.linker import Linker
from citegraph.linker.cache import compiled_linker
from citegraph.reports import BuildReport

if TYPE_CHECKING:
    from distributed import Client


NodeKey = str
EdgeKey = tuple[str, str, str, str]  # source, target, type, key
Props = dict[str, Any]


class DistributedError(CitegraphError):
    """The engine is missing or the cluster cannot be reached."""


@dataclass
class FilePart:
    """What one input file contributes: pre-merged nodes and edges, and its title index."""

    index: int
    path: str
    nodes: dict[NodeKey, Props] = field(default_factory=dict)
    edges: dict[EdgeKey, Props] = field(default_factory=dict)
    titles: identity.FileTitles = field(default_factory=identity.FileTitles)
    listings: int = 0
    # (path, line, reason) of a bad file: data rather than the exception, which must
    # cross process boundaries.
    error: tuple[str, int, str] | None = None


# -- the pure stages (any engine, or none, can run them) ------------------------------------


def link_file(index: int, path: str, linker: Linker) -> FilePart:
    """Map: one file's records and links, merged by id (all-or-nothing, like a build)."""
    part = FilePart(index, path)
    try:
        records = list(loaders.load(path))
    except InputError as error:
        part.error = (error.path, error.line, error.reason)
        return part
    papers = [r for r in records if isinstance(r, Paper)]
    part.listings = sum(1 for paper in papers if paper.title)
    nodes: list[Node] = [r for r in records if isinstance(r, Node)]
    edges: list[Edge] = [r for r in records if isinstance(r, Edge)]
    for paper in papers:
        if paper.title:
            result = linker.link(paper)
            nodes.extend(result.nodes)
            edges.extend(result.edges)
    for paper in papers:
        part.titles.add(paper.id, paper.title_key)
    seen: set[int] = set()
    for node in nodes:
        if id(node) not in seen:  # catalog records come once per paper naming them
            seen.add(id(node))
            props = node.to_properties()
            part.nodes[node.id] = merge_properties(part.nodes.get(node.id, {}), props)
    for edge in edges:
        if id(edge) not in seen:
            seen.add(id(edge))
            slot = (edge.source, edge.target, edge.type.value, edge.key)
            part.edges[slot] = merge_properties(part.edges.get(slot, {}), edge.to_properties())
    return part


def title_redirects(parts: Iterable[FilePart]) -> dict[str, str]:
    """The title ids that merge into an arXiv paper, from the files' title events (files by
    index: input order)."""
    ordered = sorted(parts, key=lambda part: part.index)
    return identity.redirects_across_files(part.titles.events for part in ordered)


def split_part(
    part: FilePart, redirects: dict[str, str], partitions: int
) -> list[tuple[dict[NodeKey, Props], dict[EdgeKey, Props]]]:
    """Shuffle: the file's nodes and edges, ids redirected, in `partitions` buckets."""
    buckets: list[tuple[dict[NodeKey, Props], dict[EdgeKey, Props]]] = [
        ({}, {}) for _ in range(partitions)
    ]
    for node_id, props in part.nodes.items():
        node_id = redirects.get(node_id, node_id)
        nodes = buckets[_bucket(node_id, partitions)][0]
        merged = merge_properties(nodes.get(node_id, {}), _without_id(props))
        merged["id"] = node_id
        nodes[node_id] = merged
    for (source, target, edge_type, key), props in part.edges.items():
        slot = (redirects.get(source, source), redirects.get(target, target), edge_type, key)
        edges = buckets[_bucket("\0".join(slot), partitions)][1]
        edges[slot] = merge_properties(edges.get(slot, {}), props)
    return buckets


def merge_bucket(
    pieces: Iterable[tuple[dict[NodeKey, Props], dict[EdgeKey, Props]]],
) -> tuple[dict[NodeKey, Props], dict[EdgeKey, Props]]:
    """Reduce: one bucket's nodes and edges from every file, merged."""
    nodes: dict[NodeKey, Props] = {}
    edges: dict[EdgeKey, Props] = {}
    for piece_nodes, piece_edges in pieces:
        for node_id, props in piece_nodes.items():
            nodes[node_id] = merge_properties(nodes.get(node_id, {}), props)
        for slot, props in piece_edges.items():
            edges[slot] = merge_properties(edges.get(slot, {}), props)
    return nodes, edges


def write_bucket(
    pieces: Iterable[tuple[dict[NodeKey, Props], dict[EdgeKey, Props]]],
    bucket: int,
    directory: str,
) -> dict[str, int]:
    """Merge one bucket and write its part files; returns rows per label and type."""
    nodes, edges = merge_bucket(pieces)
    return admin_csv.write_parts(
        Path(directory),
        bucket,
        ((props["type"], node_id, props) for node_id, props in sorted(nodes.items())),
        (
            (edge_type, source, target, key, props)
            for (source, target, edge_type, key), props in sorted(edges.items())
        ),
    )


def _bucket(text: str, partitions: int) -> int:
    # crc32, not hash(): string hashes differ between processes.
    return zlib.crc32(text.encode()) % partitions


def _without_id(props: Props) -> Props:
    return {name: value for name, value in props.items() if name != "id"}


# -- on Dask ------------------------------------------------------------------------------


def bulk(
    paths: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    client: Client,
    partitions: int = DEFAULT_PARTITIONS,
    skip_bad: bool = False,
    linker: Linker | None = None,
) -> BuildReport:
    """Link `paths` on the Dask cluster of `client`; write neo4j-admin partitions to `output`.

    Without `skip_bad` the first bad file (in input order) raises its `InputError` and no
    part file is written; with it, bad files are reported and left out.
    """
    out = Path(output).resolve()
    admin_csv.prepare_directory(out)
    # One copy of the linker per worker, sent once, instead of one per task. Scattered
    # under fresh keys (hash=False): a content-hashed key is the same for the same linker
    # or an equal dict in the run before on this client, whose release of that key can
    # reach the workers after this run's scatter and drop its data ("lost dependencies").
    [shared_linker] = client.scatter([linker or compiled_linker()], broadcast=True, hash=False)
    names = [os.fspath(Path(path).resolve()) for path in loaders.source_files(paths)]
    mapped = client.map(link_file, range(len(names)), names, linker=shared_linker, pure=False)
    summaries = client.map(_summary, mapped, pure=False)
    report = BuildReport(output=os.fspath(output))
    titled: list[FilePart] = []
    for future in summaries:  # in input order: the first bad file is the one a build names
        index, listings, error, title_events = future.result()
        if error is not None:
            if not skip_bad:
                client.cancel([*mapped, *summaries])
                raise InputError(*error)
            report.skipped.append(InputError(*error))
            continue
        report.files_read += 1
        report.listings += listings
        titled.append(
            FilePart(index, names[index], titles=identity.FileTitles(events=title_events))
        )
    redirects = title_redirects(titled)
    [shared_redirects] = client.scatter([redirects], broadcast=True, hash=False)
    splits = client.map(
        split_part, mapped, redirects=shared_redirects, partitions=partitions, pure=False
    )
    del mapped, summaries  # the workers may drop each file's part once it is split
    written = [
        client.submit(
            write_bucket,
            [client.submit(_piece, split, bucket, pure=False) for split in splits],
            bucket,
            str(out),
            pure=False,
        )
        for bucket in range(partitions)
    ]
    counts: dict[str, int] = defaultdict(int)
    for bucket_counts in client.gather(written):
        for name, rows in bucket_counts.items():
            counts[name] += rows
    export = admin_csv.write_part_headers(out, redirects)
    report.import_command = export.command
    labels = {label.value for label in NodeLabel}
    for name, rows in counts.items():
        report.stats["nodes" if name in labels else "edges"][name] = rows
    return report


def _summary(part: FilePart) -> tuple[int, int, tuple[str, int, str] | None, dict]:
    return part.index, part.listings, part.error, part.titles.events


def _piece(
    split: list[tuple[dict[NodeKey, Props], dict[EdgeKey, Props]]], bucket: int
) -> tuple[dict[NodeKey, Props], dict[EdgeKey, Props]]:
    return split[bucket]


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the Dask scheduler at `scheduler`, or of a new cluster of `workers`
    processes on this machine, listening on loopback only."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DistributedError(
            "citegraph bulk needs Dask distributed: pip install 'citegraph[distributed]'"
        ) from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as error:
            raise DistributedError(
                f"cannot reach the Dask scheduler at {scheduler}: {error}"
            ) from None
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        yield client
