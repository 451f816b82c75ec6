"""Shared fixtures: the bundled dumps, and small real graphs built through the store."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from citegraph.graph.memory_store import NetworkxStore
from citegraph.synthetic import synthetic_store

REPO = Path(__file__).resolve().parent.parent
DUMPS_DIR = REPO / "examples" / "data" / "hf-papers"


@pytest.fixture(scope="session")
def bundled_dumps() -> list[Path]:
    """The four bundled dumps, in name order."""
    dumps = sorted(DUMPS_DIR.glob("*.txt"))
    assert len(dumps) == 4, f"expected 4 bundled dumps in {DUMPS_DIR}"
    return dumps



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
