"""Rewrite the bundled-data counts quoted in README.md and tests/test_cli.py.

The counts of the README's example output (papers, models, datasets, repos, edges) change
whenever the catalog or the linker does; this builds the bundled dumps and puts the real
numbers in both places, so they never drift apart:

    python scripts/readme_counts.py
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from citegraph import pipeline

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    dumps = sorted((ROOT / "examples" / "data" / "hf-papers").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        graph = Path(folder) / "graph.json"
        pipeline.build(dumps, graph)
        stats = pipeline.stats(graph)
    nodes, edges = stats["nodes"], stats["edges"]
    summary = (
        f"{nodes['Paper']} papers, {nodes['Model']} models, {nodes['Dataset']} datasets, "
        f"{nodes['Repo']} repos, {sum(edges.values())} edges"
    )
    node_json = ", ".join(f'"{label}": {count}' for label, count in nodes.items())
    edge_json = ", ".join(f'"{label}": {count}' for label, count in edges.items())
    replacements = [
        (rf"{nodes['Paper']} papers, \d+ models, \d+ datasets, \d+ repos, \d+ edges", summary),
        (r'\{"nodes": \{"Paper": \d+[^}]*\}', '{"nodes": {' + node_json + "}"),
        (r'"edges": \{"MENTIONS": \d+[^}]*\}', '"edges": {' + edge_json + "}"),
        (r'counts\["nodes"\] == \{"Paper": \d+[^}]*\}', 'counts["nodes"] == {' + node_json + "}"),
        (r'"Nodes \(\d+\)"', f'"Nodes ({sum(nodes.values())})"'),
    ]
    for name in ("README.md", "tests/test_cli.py"):
        path = ROOT / name
        text = path.read_text(encoding="utf-8")
        for pattern, new in replacements:
            text = re.sub(pattern, new, text)
        path.write_text(text, encoding="utf-8")
    print(summary)


if __name__ == "__main__":
    main()
