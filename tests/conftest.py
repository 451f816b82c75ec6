"""Shared fixtures: small real graphs built through the record model and the store."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from citegraph.graph.memory_store import NetworkxStore
from citegraph.synthetic import synthetic_store

XSS_TITLE = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script> Hostile </script>'
XSS_ID = "paper:arxiv:2401.00025"  # the first planted paper of synthetic_store(40, ...)


@pytest.fixture
def store() -> NetworkxStore:
    """40 nodes of every type, plus one paper whose title is an XSS payload."""
    return synthetic_store(40, extra_titles=(XSS_TITLE,))


@pytest.fixture
def graph(store: NetworkxStore) -> nx.MultiDiGraph:
    return store.graph


@pytest.fixture
def graph_file(store: NetworkxStore, tmp_path: Path) -> Path:
    return store.save(tmp_path / "graph.json")
