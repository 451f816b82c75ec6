"""`--jobs N`: linking in worker processes writes exactly what a serial run writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import neo4j
import pytest

from bench import corpus
from citegraph import pipeline
from citegraph.graph.memory_store import NetworkxStore
from citegraph.parallel import ParallelLinker
from citegraph.sources import Neo4jSettings
from tests.conftest import citegraph_in_process
from tests.linking import small_linker

pytestmark = [
    pytest.mark.slow,  # starts linking worker processes
    # On one pytest-xdist worker, so that `inputs` (a generated corpus of 2,500 papers) is written
    # once, not once per worker.
    pytest.mark.xdist_group("parallel"),
]

CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))
SOURCES = Path(__file__).resolve().parent / "fixtures" / "sources"


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([CITEGRAPH, *args], capture_output=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def inputs(bundled_dumps: list[Path], tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Bundled dumps, every structured source (title -> arXiv merges) and a generated
    corpus of all three layouts: more chunks than workers, files of several sizes."""
    folder = tmp_path_factory.mktemp("corpus")
    corpus.write_corpus(folder, 2500, per_file=700)
    return [
        *map(str, bundled_dumps),
        *map(str, corpus.corpus_files(folder)),
        *map(str, sorted(SOURCES.iterdir())),
    ]


@pytest.fixture(scope="module")
def serial_graph(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph file a serial `build` of `inputs` writes, the reference of the parallel
    builds below (read only; built once for the module, not once per test). The command runs
    in this process: the parallel runs are the processes under test."""
    serial = tmp_path_factory.mktemp("serial") / "serial.json"
    citegraph_in_process("build", *inputs, "--out", str(serial))
    return serial


def test_extract_jobs_writes_the_same_bytes(inputs: list[str], tmp_path: Path) -> None:
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"
    citegraph_in_process("extract", *inputs, "-o", str(serial))  # the reference, as above
    result = run("extract", *inputs, "-o", str(parallel), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert parallel.read_bytes() == serial.read_bytes()
    assert serial.read_bytes().count(b"\n") > 2500


def test_build_jobs_writes_the_same_graph_file(
    inputs: list[str], serial_graph: Path, tmp_path: Path
) -> None:
    parallel = tmp_path / "parallel.json"
    result = run("build", *inputs, "--out", str(parallel), "-j", "3")
    assert result.returncode == 0, result.stderr
    assert parallel.read_bytes() == serial_graph.read_bytes()


def test_a_bad_file_stops_a_parallel_run_where_a_serial_run_stops(
    bundled_dumps: list[Path], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"A title\nAn abstract that goes on.\n\xff\xfe broken\n")
    files = [str(bundled_dumps[0]), str(bad), str(bundled_dumps[1])]
    runs = [run("extract", *files, *jobs) for jobs in ([], ["--jobs", "2"])]
    assert runs[0].returncode == runs[1].returncode == 1
    assert runs[0].stdout == runs[1].stdout  # the papers before the bad line, in order
    assert runs[0].stderr == runs[1].stderr
    assert runs[0].stdout.count(b"\n") > 50
    skipping = [run("extract", "--skip-bad", *files, *jobs) for jobs in ([], ["--jobs", "2"])]
    assert skipping[0].returncode == skipping[1].returncode == 0
    assert (skipping[0].stdout, skipping[0].stderr) == (skipping[1].stdout, skipping[1].stderr)

    graph = tmp_path / "graph.json"
    for jobs in ([], ["--jobs", "2"]):
        result = run("build", *files, "--out", str(graph), *jobs)
        assert result.returncode == 1
        assert b"bad.txt:3: not UTF-8" in result.stderr
        assert not graph.exists()


def test_the_workers_link_with_the_callers_linker(tmp_path: Path) -> None:
    """A linker of the caller's own catalog links in the workers too (not a default one).

    Its catalog is the one entry the shipped catalog lacks (GreaseLM), without the shipped
    files: a worker linking with the default linker would find the shipped entities and miss
    GreaseLM all the same, and building the shipped catalog as well took 2.5 s of CPU."""
    linker = small_linker(
        tmp_path,
        '[[family]]\nkey = "greaselm"\nname = "GreaseLM"\nkind = "llm"\nsource = "test"\n',
    )
    dump = next(corpus.DUMPS.glob("002_*.txt"))
    serial = [result.mentions for result in pipeline.extract([dump], linker=linker)]
    with ParallelLinker(linker, 2, chunk_papers=16) as parallel:
        papers = [result.paper for result in pipeline.extract([dump], linker=linker)]
        linked = [result.mentions for result in parallel.link_stream(iter(papers))]
    assert linked == serial
    assert any(m.entity_id == "model:greaselm" and m.method.value == "exact"
               for mentions in linked for m in mentions)  # fmt: skip


@pytest.fixture(scope="module")
def bundled_inputs(bundled_dumps: list[Path]) -> list[str]:
    """The bundled dumps (436 papers: three chunks, more than two workers) and every
    structured source (title -> arXiv merges)."""
    return [*map(str, bundled_dumps), *map(str, sorted(SOURCES.iterdir()))]


@pytest.mark.neo4j
def test_build_jobs_into_neo4j_gives_the_serial_graph(
    bundled_inputs: list[str],
    neo4j_driver: neo4j.Driver,
    neo4j_uri: str,
    neo4j_auth: tuple[str, str] | None,
    tmp_path: Path,
) -> None:
    # On the bundled inputs rather than `inputs`: what workers link is the same whatever the
    # store (the file tests above take the 2,936 papers), and writing those to Neo4j cost
    # ~10 s of the server's CPU a run (2026-12-07).
    serial = tmp_path / "serial.json"
    citegraph_in_process("build", *bundled_inputs, "--out", str(serial))
    settings = Neo4jSettings(
        uri=neo4j_uri,
        user=neo4j_auth[0] if neo4j_auth else None,
        password=neo4j_auth[1] if neo4j_auth else None,
    )
    pipeline.build(bundled_inputs, settings, jobs=2)
    pulled = tmp_path / "pulled.json"
    pipeline.pull(settings, pulled)
    assert (
        NetworkxStore(pulled).open(create=False).to_node_link()
        == NetworkxStore(serial).open(create=False).to_node_link()
    )
