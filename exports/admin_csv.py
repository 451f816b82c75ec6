"""CSV files in the `neo4j-admin database import full` format, plus the command to run.

Loading through the driver (UNWIND batches) is right for incremental builds; the offline
importer is what loads millions of nodes in minutes. It reads one header per file with
typed columns (`id:ID`, `:LABEL`, `upvotes:int`, `aliases:string[]`, `:START_ID`,
`:END_ID`, `:TYPE`), so there is one nodes file per label and one relationships file per
type: every file then has one column set and no ragged rows.
"""

from __future__ import annotations

import csv
import os
import shlex
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from citegraph.graph import atomic

from .errors import ExportError

ARRAY_DELIMITER = ";"  # neo4j-admin's default --array-delimiter
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
        atomic.write_text(out / "import.sh", _script(command))
        (out / "import.sh").chmod(0o755)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write: {exc.strerror or exc}") from None
    return CsvExport(out, node_files, rel_files, command)


def import_command(node_files: list[str], rel_files: list[str], *, database: str) -> str:
    """The neo4j-admin 5 command that loads the files (run from their directory)."""
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
