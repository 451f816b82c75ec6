"""`citegraph bulk` on a local Dask cluster gives the graph a single-process build gives.

The cluster is a real one (a Dask LocalCluster of two worker processes on 127.0.0.1), not
an in-process stand-in: the linker, the file parts and the buckets all cross process
boundaries as they would between machines. Dask is a test dependency, so this never skips.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from distributed import Client

from bench import corpus
from citegraph import distributed, pipeline
from citegraph.graph.errors import InputError
from citegraph.graph.memory_store import NetworkxStore
from citegraph.reports import BuildReport
from citegraph.sources import Neo4jSettings
from tests.neo4j_server import GuestFactory, neo4j_admin

pytestmark = [
    pytest.mark.slow,  # every test runs a Dask LocalCluster
    # On one pytest-xdist worker, so that the module's cluster, corpus, build and bulk run
    # are made once, not once per worker.
    pytest.mark.xdist_group("distributed"),
]

CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))
SOURCES = Path(__file__).resolve().parent / "fixtures" / "sources"


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with distributed.dask_client(None, 2) as client:
        yield client


@pytest.fixture(scope="module")
def inputs(bundled_dumps: list[Path], tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Text dumps of every layout and every structured source, so that papers listed by
    title meet their arXiv twins from other files (the redirects)."""
    folder = tmp_path_factory.mktemp("corpus")
    corpus.write_corpus(folder, 1500, per_file=400)
    return [
        *map(str, bundled_dumps),
        *map(str, corpus.corpus_files(folder)),
        *map(str, sorted(SOURCES.iterdir())),
    ]


@pytest.fixture(scope="module")
def built(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> NetworkxStore:
    path = tmp_path_factory.mktemp("built") / "graph.json"
    pipeline.build(inputs, path)
    return NetworkxStore(path).open(create=False)


@pytest.fixture(scope="module")
def bulked(
    inputs: list[str], client: Client, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, BuildReport]:
    out = tmp_path_factory.mktemp("bulk") / "parts"
    return out, distributed.bulk(inputs, out, client=client, partitions=3)


def test_the_partitions_hold_exactly_the_built_graph(
    built: NetworkxStore, bulked: tuple[Path, BuildReport]
) -> None:
    out, report = bulked
    nodes, edges, redirects = read_partitions(out)
    want = built.to_node_link()
    assert nodes == {node["id"]: node for node in want["nodes"]}
    assert edges == {(e["source"], e["target"], e["key"]): e for e in want["edges"]}
    assert redirects == built.redirects and redirects  # title ids met their arXiv twins
    assert report.stats == built.stats()
    # Partitions: every label and type is split over the buckets, no row is in two.
    assert len(list(out.glob("nodes_Paper.part-*.csv"))) == 3


def test_a_bad_file_fails_the_run_by_name_or_is_skipped(
    inputs: list[str], client: Client, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00binary")
    with pytest.raises(InputError, match=r"bad.txt:1: binary data"):
        distributed.bulk([inputs[0], str(bad)], tmp_path / "out", client=client)
    assert not list((tmp_path / "out").glob("*.part-*.csv"))
    report = distributed.bulk([inputs[0], str(bad)], tmp_path / "out", client=client, skip_bad=True)
    assert [str(error) for error in report.skipped] == [
        f"{bad}:1: binary data (NUL byte); expected a text or JSON source"
    ]
    assert report.files_read == 1


def test_bulk_command_prints_the_import_command(inputs: list[str], tmp_path: Path) -> None:
    result = subprocess.run(
        [CITEGRAPH, "bulk", *inputs[:2], "-o", str(tmp_path / "out"), "--workers", "2"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "papers" in result.stdout.splitlines()[0]
    assert "neo4j-admin database import full" in result.stdout
    assert (tmp_path / "out" / "import.sh").exists()


def test_bulk_and_build_print_one_summary(bundled_dumps: list[Path], tmp_path: Path) -> None:
    """One report, one printer: the same files give the same counts line; bulk adds the
    command that loads its folder. `--out` is the old spelling of `-o`, still accepted."""
    files = [str(path) for path in bundled_dumps[:2]]
    built = subprocess.run(
        [CITEGRAPH, "build", *files, "--out", str(tmp_path / "g.json")],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    bulked = subprocess.run(
        [CITEGRAPH, "bulk", *files, "--out", str(tmp_path / "parts"), "--workers", "1"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    assert bulked.returncode == 0, bulked.stderr
    counts = built.stdout.removeprefix(f"{tmp_path / 'g.json'}: ")
    assert counts.endswith("(105 listings from 2 files)\n")
    [summary, load, command] = bulked.stdout.splitlines()
    assert f"{summary}\n" == f"{tmp_path / 'parts'}: {counts}"
    assert load == "Load into an empty, stopped database from that directory with:"
    assert command.startswith("  neo4j-admin database import full --nodes=")
    # Dask may log to stderr (an event loop slow on a busy machine); no file was skipped.
    assert built.stderr == ""
    assert "Skipped" not in bulked.stderr


@pytest.mark.neo4j
def test_the_partitions_bulk_load_into_neo4j_as_the_built_graph(
    built: NetworkxStore,
    bulked: tuple[Path, BuildReport],
    neo4j_guest_factory: GuestFactory,
    tmp_path: Path,
) -> None:
    out, _ = bulked
    data_dir = tmp_path / "neo4j"
    neo4j_admin(data_dir, ["sh", str(out / "import.sh")])
    server = neo4j_guest_factory(data_dir)
    settings = Neo4jSettings(uri=server.uri, user=None, password=None, database=None)
    pulled = tmp_path / "pulled.json"
    pipeline.pull(settings, pulled)
    assert NetworkxStore(pulled).open(create=False).to_node_link() == built.to_node_link()


def read_partitions(
    out: Path,
) -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str, str], dict[str, Any]], dict[str, str]]:
    """Nodes, edges and redirects of a bulk output, typed by its headers (as neo4j-admin)."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    redirects: dict[str, str] = {}
    for header in sorted(out.glob("*.header.csv")):
        columns = next(csv.reader(header.open(encoding="utf-8")))
        stem = header.name.removesuffix(".header.csv")
        for part in sorted(out.glob(f"{stem}.part-*.csv")):
            with part.open(encoding="utf-8", newline="") as handle:
                for row in csv.reader(handle):
                    values = _typed(columns, row)
                    if stem.startswith("nodes_"):
                        label = values.pop(":LABEL")
                        nodes[values["id"]] = {**values, "type": label}
                    else:
                        source, target = values.pop(":START_ID"), values.pop(":END_ID")
                        rel_type = values.pop(":TYPE")
                        key = f"{rel_type}:{values.pop('key', '')}"
                        edges[(source, target, key)] = {
                            **values, "type": rel_type, "source": source, "target": target,
                            "key": key,
                        }  # fmt: skip
    redirect_file = out / "nodes_Redirect.csv"
    if redirect_file.exists():
        with redirect_file.open(encoding="utf-8", newline="") as handle:
            for row in list(csv.reader(handle))[1:]:
                redirects[row[0]] = row[2]
    return nodes, edges, dict(sorted(redirects.items()))


def _typed(columns: list[str], row: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column, cell in zip(columns, row, strict=True):
        if cell == "":
            continue  # neo4j-admin stores no property for an empty field
        name, _, kind = column.partition(":")
        name = name or column
        if kind in ("ID", "LABEL", "START_ID", "END_ID", "TYPE"):
            values[name if kind == "ID" else column] = cell
        elif kind.endswith("[]"):
            values[name] = cell.split(";")
        elif kind in ("long", "int"):
            values[name] = int(cell)
        elif kind == "double":
            values[name] = float(cell)
        elif kind == "boolean":
            values[name] = cell == "true"
        else:
            values[name] = cell
    return values
