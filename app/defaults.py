"""Defaults the CLI shows in `--help`, kept apart from the modules that apply them.

`citegraph --help` (and `stats`, `query`) must start without importing the linker, Dask or
the Neo4j driver; reading a default from the module that uses it would import all of that.
"""

from __future__ import annotations

import os

# The graph file commands read and write when given none.
DEFAULT_GRAPH = "graph.json"
# Part files per label and relationship type that `citegraph bulk` writes.
DEFAULT_PARTITIONS = 8


def available_cpus() -> int:
    """CPUs this process may run on (the affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
