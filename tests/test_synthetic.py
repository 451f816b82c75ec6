"""The synthetic graphs used by the export tests and the bench, and the store they go through."""

from __future__ import annotations

from pathlib import Path

from citegraph.graph.memory_store import NetworkxStore
from citegraph.synthetic import synthetic_store


def test_synthetic_graph_has_every_type_and_is_deterministic() -> None:
    first, second = synthetic_store(200), synthetic_store(200)
    stats = first.stats()
    assert all(stats["nodes"][label] > 0 for label in ("Paper", "Model", "Dataset", "Repo"))
    assert stats["edges"]["MENTIONS"] > 0 and stats["edges"]["HAS_CODE"] > 0
    assert first.to_node_link() == second.to_node_link()


def test_edges_survive_save_and_open(tmp_path: Path) -> None:
    store = synthetic_store(30)
    path = store.save(tmp_path / "g.json")
    reopened = NetworkxStore(path).open(create=False)
    assert reopened.stats() == store.stats()
    edge = next(
        attrs for _, _, attrs in reopened.graph.edges(data=True) if attrs["type"] == "MENTIONS"
    )
    assert {"role", "surface", "span_start", "span_end", "score", "method"} <= set(edge)
    assert edge["source_file"] == "synthetic.txt"
