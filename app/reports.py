"""What a load of source files read, skipped and wrote: one report for `build` and `bulk`.

Both commands read the same files with the same loaders and linker and end in the same
summary, so they share one record of it; the CLI prints it with one function. Only `bulk`
has an import command to show (its output is neo4j-admin partitions, not a graph yet).
This module imports nothing heavy: the CLI's summary and both pipelines use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from citegraph.graph.errors import InputError
from citegraph.graph.store import Stats, empty_stats


@dataclass
class BuildReport:
    """Files read and skipped, listings found and what ended up in the output.

    `output` is where the graph went as the caller named it (a graph file, a Neo4j URI or the
    partitions' folder); `import_command` is the neo4j-admin command that loads a `bulk`
    folder into an empty database, and None after a `build`, whose graph is ready to query.
    """

    output: str
    files_read: int = 0
    listings: int = 0
    skipped: list[InputError] = field(default_factory=list)
    stats: Stats = field(default_factory=empty_stats)
    import_command: str | None = None


__all__ = ["BuildReport"]
