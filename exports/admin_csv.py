"""CSV files in the `neo4j-admin database import full` format, plus the command to run.

Loading through the driver (UNWIND batches) is right for incremental builds; the offline
importer is what loads millions of nodes in minutes. It reads one header per file with
typed columns (`id:ID`, `:LABEL`, `upvotes:int`, `aliases:string[]`, `:START_ID`,
`:END_ID`, `:TYPE`), so there is one nodes file per label and one relationships file per
type: every file then has one column set and no ragged rows.

Papers merged from a title id into an arXiv id keep the old id as a `(:Redirect {id, to})`
node (nodes_Redirect.csv), as a Bolt load does, so later builds into the imported database
still land on the merged paper.

`citegraph bulk` writes the same format in partitions: each label or type as a header file
plus part files written independently by different workers (`write_parts`); the columns
then cannot come from the data, so they come from the record model (`node_columns`).
"""

from __future__ import annotations

import csv
import os
import shlex
import types
import typing
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from citegraph.graph import atomic
from citegraph.graph.records import NODE_CLASSES, NodeLabel

from .errors import ExportError

ARRAY_DELIMITER = ";"  # neo4j-admin's default --array-delimiter
REDIRECT_LABEL = "Redirect"  # as graph.neo4j_store writes them
_INT32 = range(-(2**31), 2**31)


@dataclass(frozen=True)
class CsvExport:
    """The files written and the import command that loads them."""

    directory: Path
    node_files: list[str]
    relationship_files: list[str]
    command: str


def write_admin_csv(
    graph: nx.MultiDiGraph, directory: str | os.PathLike[str], *, database: str = "neo4j"
) -> CsvExport:
    """Write nodes_<Label>.csv, rels_<TYPE>.csv and import.sh into `directory`."""
    out = Path(directory)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a directory")
    nodes_by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node, attrs in graph.nodes(data=True):
        props = {k: v for k, v in attrs.items() if k not in ("id", "type")}
        nodes_by_label[str(attrs.get("type", "Node"))].append({"id": str(node), **props})
    rels_by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        rel_type = str(attrs.get("type", "RELATED"))
        props = {k: v for k, v in attrs.items() if k != "type"}
        # networkx keys are "<TYPE>:<record key>"; Neo4j keeps the record key as a property.
        props["key"] = str(key).removeprefix(f"{rel_type}:")
        rels_by_type[rel_type].append({"start": str(source), "end": str(target), **props})

    node_files, rel_files = [], []
    try:
        redirects = graph.graph.get("redirects") or {}
        if redirects:
            node_files.append(_write_redirects(out, redirects))
        for label, rows in sorted(nodes_by_label.items()):
            name = f"nodes_{label}.csv"
            columns = _typed_columns(rows, skip=("id",))
            header = ["id:ID", ":LABEL", *(typed for _, typed in columns)]
            body = ([row["id"], label, *(_cell(row.get(c)) for c, _ in columns)] for row in rows)
            _write_csv(out / name, header, body)
            node_files.append(name)
        for rel_type, rows in sorted(rels_by_type.items()):
            name = f"rels_{rel_type}.csv"
            columns = _typed_columns(rows, skip=("start", "end"))
            header = [":START_ID", ":END_ID", ":TYPE", *(typed for _, typed in columns)]
            body = (
                [row["start"], row["end"], rel_type, *(_cell(row.get(c)) for c, _ in columns)]
                for row in rows
            )
            _write_csv(out / name, header, body)
            rel_files.append(name)
        command = import_command(node_files, rel_files, database=database)
        atomic.write_text(out / "import.sh", _script(command), executable=True)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write: {exc.strerror or exc}") from None
    return CsvExport(out, node_files, rel_files, command)


def import_command(node_files: list[str], rel_files: list[str], *, database: str) -> str:
    """The neo4j-admin 5 command that loads the files (run from their directory).

    An entry may be a comma-separated group: a header file and its part files.
    """
    parts = ["neo4j-admin", "database", "import", "full"]
    parts += [f"--nodes={name}" for name in node_files]
    parts += [f"--relationships={name}" for name in rel_files]
    parts += [f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true", database]
    return shlex.join(parts)


def _script(command: str) -> str:
    return (
        "#!/bin/sh\n"
        "# Bulk-load these files into an EMPTY, STOPPED Neo4j 5 database (neo4j-admin must be\n"
        "# on PATH). The database name is the last argument; edit it to load another one.\n"
        "set -eu\n"
        'cd "$(dirname "$0")"\n'
        f"{command}\n"
    )


def _typed_columns(rows: list[dict[str, Any]], *, skip: Iterable[str]) -> list[tuple[str, str]]:
    """(property, `property:type` header) for every property any row has, sorted."""
    names = sorted({name for row in rows for name in row} - set(skip))
    return [(name, f"{name}:{_column_type([row.get(name) for row in rows])}") for name in names]


def _column_type(values: list[Any]) -> str:
    present = [v for v in values if v is not None and v != "" and v != []]
    if not present:
        return "string"
    if all(isinstance(v, list) for v in present):
        items = [item for v in present for item in v]
        return f"{_scalar_type(items)}[]"
    if any(isinstance(v, list) for v in present):
        return "string"
    return _scalar_type(present)


def _scalar_type(values: list[Any]) -> str:
    if values and all(isinstance(v, bool) for v in values):
        return "boolean"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int" if all(v in _INT32 for v in values) else "long"
    if values and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _cell(value: Any) -> str:
    """One CSV field; arrays joined by the delimiter, which is replaced inside elements
    because neo4j-admin has no escape for it."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_scalar_text(v).replace(ARRAY_DELIMITER, ",") for v in value)
    return _scalar_text(value)


def _scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write_csv(path: Path, header: list[str], rows: Iterable[list[str]]) -> None:
    with atomic.atomic_open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _write_redirects(out: Path, redirects: dict[str, str]) -> str:
    name = f"nodes_{REDIRECT_LABEL}.csv"
    rows = ([old, REDIRECT_LABEL, new] for old, new in sorted(redirects.items()))
    _write_csv(out / name, ["id:ID", ":LABEL", "to"], rows)
    return name


# -- partitions -----------------------------------------------------------------------------

# Relationship properties as `Edge.to_properties` gives them, plus the record key.
EDGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("confidence", "double"), ("declared_by", "string"), ("key", "string"), ("method", "string"),
    ("official", "boolean"), ("relation", "string"), ("role", "string"),
    ("score", "double"), ("source_file", "string"), ("source_line", "long"),
    ("span_end", "long"), ("span_start", "long"), ("surface", "string"),
)  # fmt: skip


def node_columns(label: str) -> list[tuple[str, str]]:
    """(property, neo4j-admin type) of every property a node of `label` can have, sorted."""
    fields = NODE_CLASSES[NodeLabel(label)].model_fields
    return sorted(
        (name, _field_type(info.annotation)) for name, info in fields.items() if name != "id"
    )


def _field_type(annotation: Any) -> str:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):  # X | None
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    if typing.get_origin(annotation) is typing.Annotated:  # constrained: Annotated[int, ...]
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is tuple:
        return "string[]"  # aliases, and sources as `path:line` text
    if annotation is bool:
        return "boolean"
    if annotation is int:
        return "long"
    if annotation is float:
        return "double"
    return "string"  # text, dates as ISO text, enums and literals


def prepare_directory(out: Path) -> None:
    """Create `out`, or empty it of earlier partitions (neo4j-admin would load them too)."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a directory")
    try:
        out.mkdir(parents=True, exist_ok=True)
        for stale in [*out.glob("*.part-*.csv"), *out.glob("*.header.csv")]:
            stale.unlink()
        (out / f"nodes_{REDIRECT_LABEL}.csv").unlink(missing_ok=True)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write: {exc.strerror or exc}") from None


def write_parts(
    out: Path,
    bucket: int,
    nodes: Iterable[tuple[str, str, dict[str, Any]]],
    edges: Iterable[tuple[str, str, str, str, dict[str, Any]]],
) -> dict[str, int]:
    """Write one bucket's rows, without headers, as nodes_<Label>.part-<bucket>.csv and
    rels_<TYPE>.part-<bucket>.csv; returns how many rows each label and type got.

    `nodes` are (label, id, properties); `edges` (type, source, target, key, properties).
    """
    counts: dict[str, int] = defaultdict(int)
    node_rows: dict[str, list[list[str]]] = defaultdict(list)
    for label, node_id, props in nodes:
        columns = node_columns(label)
        _check_columns(props, {name for name, _ in columns} | {"id", "type"}, label)
        node_rows[label].append([node_id, label, *(_cell(props.get(c)) for c, _ in columns)])
    rel_rows: dict[str, list[list[str]]] = defaultdict(list)
    known = {name for name, _ in EDGE_COLUMNS} | {"type"}
    for rel_type, source, target, key, props in edges:
        _check_columns(props, known, rel_type)
        values = {**props, "key": key}
        rel_rows[rel_type].append(
            [source, target, rel_type, *(_cell(values.get(c)) for c, _ in EDGE_COLUMNS)]
        )
    try:
        for prefix, grouped in (("nodes", node_rows), ("rels", rel_rows)):
            for name, rows in grouped.items():
                path = out / f"{prefix}_{name}.part-{bucket:05d}.csv"
                with atomic.atomic_open(path, "w", encoding="utf-8", newline="") as handle:
                    csv.writer(handle).writerows(rows)
                counts[name] += len(rows)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write: {exc.strerror or exc}") from None
    return dict(counts)


def write_part_headers(
    out: Path, redirects: dict[str, str], *, database: str = "neo4j"
) -> CsvExport:
    """Write the header of every label and type that has part files, the redirects, and
    import.sh loading them all."""
    node_groups, rel_groups = [], []
    try:
        if redirects:
            node_groups.append(_write_redirects(out, redirects))
        for label in NodeLabel:
            parts = sorted(p.name for p in out.glob(f"nodes_{label.value}.part-*.csv"))
            if parts:
                header = f"nodes_{label.value}.header.csv"
                typed = [f"{name}:{kind}" for name, kind in node_columns(label.value)]
                _write_csv(out / header, ["id:ID", ":LABEL", *typed], [])
                node_groups.append(",".join([header, *parts]))
        for rel_type in sorted({p.name.split(".")[0][5:] for p in out.glob("rels_*.part-*.csv")}):
            parts = sorted(p.name for p in out.glob(f"rels_{rel_type}.part-*.csv"))
            header = f"rels_{rel_type}.header.csv"
            typed = [f"{name}:{kind}" for name, kind in EDGE_COLUMNS]
            _write_csv(out / header, [":START_ID", ":END_ID", ":TYPE", *typed], [])
            rel_groups.append(",".join([header, *parts]))
        command = import_command(node_groups, rel_groups, database=database)
        atomic.write_text(out / "import.sh", _script(command), executable=True)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write: {exc.strerror or exc}") from None
    return CsvExport(out, node_groups, rel_groups, command)


def _check_columns(props: dict[str, Any], known: set[str], what: str) -> None:
    unknown = set(props) - known
    if unknown:  # a record field added without a column would be lost silently
        raise ExportError(f"{what}: no CSV column for {', '.join(sorted(unknown))}")
