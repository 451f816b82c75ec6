"""Neo4j as users meet it: concurrent builds, URIs pasted from elsewhere,
and the oldest driver citegraph allows.

Real `citegraph` processes against the session's real Neo4j 5.26 server; the builds whose
server goes away midway reach it through a proxy that cuts their connections
(tests/outage_proxy.py). The test of a port that answers HTTP is in test_neo4j_server.py,
on the HTTP port of the session's server (the Neo4j Browser's).
"""

from __future__ import annotations

import importlib.metadata
import json
import logging
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import neo4j
import pytest

from citegraph.graph import locking
from citegraph.graph.errors import StoreError
from citegraph.graph.memory_store import NetworkxStore
from citegraph.graph.neo4j_store import Neo4jStore
from citegraph.graph.records import Edge, EdgeType, Evidence, Method, Model, Paper, Role, SourceRef
from tests.conftest import citegraph_in_process, neo4j_cli_args, neo4j_driver_floor
from tests.neo4j_server import Auth, SchemaRule, wipe_database
from tests.outage_proxy import OutageProxy

CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))
SOURCES = Path(__file__).resolve().parent / "fixtures" / "sources"
SCHEMES = "use neo4j://, neo4j+s://, bolt:// or bolt+s://"

pytestmark = pytest.mark.neo4j


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return subprocess.run(
        [CITEGRAPH, *args], capture_output=True, text=True, timeout=900, check=False,
        env={**clean, **(env or {})},
    )  # fmt: skip


def start(*args: str) -> subprocess.Popen[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return subprocess.Popen(
        [CITEGRAPH, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=clean
    )


# What the builds wrote is read back by the commands run in this process
# (conftest.citegraph_in_process): 22 `citegraph` processes a run before, each half a second
# of CPU to start; so are the reference builds the others are compared with. The builds under
# test stay processes, and so does the floor driver's query.
def pulled(neo4j_cli: list[str], target: Path) -> bytes:
    citegraph_in_process("pull", *neo4j_cli, "--graph", str(target))
    return target.read_bytes()


def answers(neo4j_cli: list[str]) -> tuple[dict, str, str]:
    """Stats and two query answers: what the issue compares between graphs."""
    stats = citegraph_in_process("stats", "--json", *neo4j_cli)
    top = citegraph_in_process("query", "top-entities", "--json", *neo4j_cli)
    together = citegraph_in_process(
        "query", "co-mentioned", "-p", "entity=T5", "--json", *neo4j_cli
    )
    return json.loads(stats), top, together


def retry_lines_only(stderr: str, uri: str) -> bool:
    return all(re.fullmatch(rf"Neo4j at {re.escape(uri)}: .+; retry \d+ in [\d.]+ s", line)
               for line in stderr.splitlines())  # fmt: skip


# -- concurrent builds ------------------------------------------------------------------------


def test_three_concurrent_overlapping_builds_end_in_the_graph_of_one_serial_build(
    neo4j_cli: list[str],
    neo4j_driver: neo4j.Driver,
    _store_schema: frozenset[SchemaRule],
    bundled_dumps: list[Path],
    tmp_path: Path,
) -> None:
    inputs = [str(p) for p in [*bundled_dumps, *sorted(SOURCES.iterdir())]]
    # Each build shares files with both others: the same papers, models and edges are merged
    # by three transactions at once, the contention that deadlocks without retries.
    third = len(inputs) // 3 + 1
    groups = [[inputs[(start + i) % len(inputs)] for i in range(third * 2)]
              for start in (0, third, 2 * third)]  # fmt: skip
    assert set().union(*groups) == set(inputs)

    builds = [start("build", *group, *neo4j_cli) for group in groups]
    outcomes = [(b.wait(timeout=900), *b.communicate()) for b in builds]
    for code, _, stderr in outcomes:
        assert code == 0, stderr
        assert retry_lines_only(stderr, neo4j_cli[1]), stderr
    concurrent = pulled(neo4j_cli, tmp_path / "concurrent.json"), answers(neo4j_cli)

    wipe_database(neo4j_driver, keep=_store_schema)  # see the neo4j_driver fixture
    citegraph_in_process("build", *inputs, *neo4j_cli)  # the reference: one build, alone
    serial = pulled(neo4j_cli, tmp_path / "serial.json"), answers(neo4j_cli)

    assert concurrent[1] == serial[1]  # stats and query answers
    assert concurrent[0] == serial[0]  # and the whole graph, every property of every element


def test_builds_that_create_the_schema_at_once_all_succeed(
    neo4j_driver: neo4j.Driver, neo4j_uri: str, neo4j_auth: Auth
) -> None:
    """`CREATE ... IF NOT EXISTS` only skips a rule that existed when it started: of two
    creates racing on an empty database, the slower one is told "an equivalent index already
    exists" (seen in CI, three builds at once). Every round wipes the schema and lets eight
    stores create it at the same moment; none may fail, and the schema must be complete."""
    user, password = neo4j_auth or (None, None)
    stores = [Neo4jStore(neo4j_uri, user=user, password=password).connect() for _ in range(8)]
    try:
        for _ in range(5):
            wipe_database(neo4j_driver)
            with ThreadPoolExecutor(max_workers=len(stores)) as pool:
                list(pool.map(lambda store: store.ensure_schema(), stores))
    finally:
        for store in stores:
            store.close()
    records, _, _ = neo4j_driver.execute_query(
        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"
    )
    names = {record["name"] for record in records}
    assert {"paper_id", "model_id", "redirect_id", "paper_title_key"} <= names


def test_concurrent_writers_of_one_node_and_edge_lose_no_property(
    neo4j_driver: neo4j.Driver, neo4j_uri: str, neo4j_auth: Auth
) -> None:
    """Each write reads the stored properties, merges and writes back: two writers that read
    before either wrote would each drop the other's update. Eight writers at once add 25
    sources each to one model, and give one edge an ever smaller source line (the merge
    keeps the smallest); every source must be there and the smallest line must win."""
    user, password = neo4j_auth or (None, None)
    model = Model(id="model:llama", name="LLaMA")
    paper = Paper(id="paper:arxiv:2302.13971", title="LLaMA", arxiv_id="2302.13971")

    def one_writer(writer: int) -> None:
        with Neo4jStore(neo4j_uri, user=user, password=password).connect() as store:
            for n in reversed(range(25)):
                source = SourceRef(path=f"writer-{writer}.txt", line=n + 1)
                store.upsert_nodes([model.model_copy(update={"sources": (source,)}), paper])
                store.upsert_edges([Edge(
                    source=paper.id, target=model.id, type=EdgeType.MENTIONS, key="0",
                    role=Role.BUILDS_ON,
                    evidence=Evidence(surface="LLaMA", span=(0, 5), score=1.0,
                                      method=Method.EXACT, source=source),
                )])  # fmt: skip

    with Neo4jStore(neo4j_uri, user=user, password=password).connect() as store:
        store.ensure_schema()
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(one_writer, range(8)))
    with Neo4jStore(neo4j_uri, user=user, password=password).connect() as store:
        graph = store.to_networkx()
    wanted = sorted(f"writer-{w}.txt:{n + 1}" for w in range(8) for n in range(25))
    assert sorted(graph.nodes[model.id]["sources"]) == wanted
    [(_, _, edge)] = graph.edges(data=True)
    assert (edge["source_file"], edge["source_line"]) == ("writer-0.txt", 1)


def test_a_refused_statement_is_one_error_and_not_retried(
    neo4j_driver: neo4j.Driver, neo4j_uri: str, neo4j_auth: Auth, caplog: pytest.LogCaptureFixture
) -> None:
    user, password = neo4j_auth or (None, None)
    store = Neo4jStore(neo4j_uri, user=user, password=password).connect()
    try:
        with caplog.at_level(logging.WARNING), pytest.raises(StoreError) as refused:
            store.query("RETURN 1 +")
    finally:
        store.close()
    assert str(refused.value).startswith(f"Neo4j at {neo4j_uri} refused a query: ")
    assert "\n" not in str(refused.value)
    assert not caplog.records  # a syntax error is not transient


def test_pull_waits_for_a_writer_of_its_graph_file(neo4j_cli: list[str], tmp_path: Path) -> None:
    graph = tmp_path / "graph.json"
    with locking.writing(graph):
        result = run("pull", *neo4j_cli, "--graph", str(graph), "--lock-timeout", "0.5")
    assert result.returncode == 1
    assert result.stderr.endswith(
        f"Error: {graph}: still locked by another writer (pid {os.getpid()}) after 0.5 s; "
        "nothing was written\n"
    )
    assert not graph.exists()
    assert run("pull", *neo4j_cli, "--graph", str(graph)).returncode == 0


# -- URIs -------------------------------------------------------------------------------------


def test_the_floor_driver_is_the_one_running(driver_env: dict[str, str]) -> None:
    version = subprocess.run(
        [sys.executable, "-c", "import neo4j; print(neo4j.__version__)"],
        capture_output=True, text=True, check=True, env={**os.environ, **driver_env},
    ).stdout.strip()  # fmt: skip
    wanted = neo4j_driver_floor() if driver_env else importlib.metadata.version("neo4j")
    assert version == wanted


@pytest.fixture
def listener() -> Iterator[tuple[socket.socket, int]]:
    """A port that accepts connections and records whether anyone came."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        sock.setblocking(False)
        yield sock, sock.getsockname()[1]


@pytest.mark.parametrize(
    "template, problem, example",
    [
        ("127.0.0.1:{port}", "the URI has no scheme", "bolt://127.0.0.1:7687"),
        ("http://127.0.0.1:{port}", "http:// is a web address (the Neo4j Browser's); "
         "Neo4j speaks Bolt", "bolt://127.0.0.1:7687"),
        ("https://127.0.0.1:{port}/browser/", "https:// is a web address (the Neo4j "
         "Browser's); Neo4j speaks Bolt", "bolt://127.0.0.1:7687"),
        ("ftp://127.0.0.1:{port}", "ftp:// is not a Neo4j URI scheme", "bolt://127.0.0.1:7687"),
        ("bolt://", "the URI names no host", "bolt://localhost:7687"),
    ],
    ids=["no scheme", "http", "https", "ftp", "no host"],
)
def test_an_unusable_uri_is_one_line_before_any_connection(
    template: str,
    problem: str,
    example: str,
    driver_env: dict[str, str],
    listener: tuple[socket.socket, int],
    tmp_path: Path,
) -> None:
    sock, port = listener
    uri = template.format(port=port)
    expected = f"Error: cannot connect to Neo4j at {uri}: {problem}; {SCHEMES} (e.g. {example})\n"
    (tmp_path / "papers.txt").write_text("A Title\nAn abstract about T5.\n", encoding="utf-8")
    for args in (["stats"], ["build", str(tmp_path / "papers.txt")], ["pull"]):
        result = run(*args, "--neo4j-uri", uri, env=driver_env)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", expected), args
    with pytest.raises(BlockingIOError):
        sock.accept()  # nobody connected


def test_the_floor_driver_builds_and_reads_the_same_graph(
    neo4j_cli: list[str], neo4j_driver: neo4j.Driver, _store_schema: frozenset[SchemaRule],
    floor_driver: Path, bundled_dumps: list[Path], tmp_path: Path,
) -> None:  # fmt: skip
    floor = {"PYTHONPATH": str(floor_driver)}
    inputs = [*map(str, bundled_dumps[:2]), str(SOURCES / "papers.jsonl")]
    result = run("build", *inputs, *neo4j_cli, env=floor)
    assert result.returncode == 0, result.stderr
    read_by_floor = run("query", "top-entities", "--json", *neo4j_cli, env=floor)
    assert read_by_floor.returncode == 0, read_by_floor.stderr
    built_by_floor = pulled(neo4j_cli, tmp_path / "floor.json"), answers(neo4j_cli)

    wipe_database(neo4j_driver, keep=_store_schema)  # see the neo4j_driver fixture
    citegraph_in_process("build", *inputs, *neo4j_cli)  # with the installed driver, as here
    built_by_newest = pulled(neo4j_cli, tmp_path / "newest.json"), answers(neo4j_cli)
    assert built_by_floor == built_by_newest
    assert read_by_floor.stdout == built_by_newest[1][1]


# -- `citegraph build` while its server goes away ---------------------------------------------
# The server goes away behind a proxy (tests/outage_proxy.py) that closes the build's
# connections and refuses new ones, what the build sees when the server's process dies; the
# session's server, warm, then takes the build again. Before, each of these tests killed a
# private server and started a new JVM (its start and first build: 15-25 s of CPU each).
# That a killed server keeps every committed transaction is test_neo4j_server.py's.


# The builds under an outage link this many papers made from the bundled ones, and their
# proxy cuts when they have sent CUT_AFTER times the corpus's bytes. A build of such a dump
# sends its papers in one transaction, about 1.4 times the dump's bytes (the text and the
# property names), then its entities and edges, about 2.0 times in all (measured on 300 and
# 600 papers, 2026-12-07): the cut lands after the papers are committed and before the
# build is done, on any box. Each test checks both, so a change of what a build sends shows
# as a failure naming the figures, not as a test that proves nothing. Before, the tests cut
# when they saw papers in the database, racing the build, and needed 1,500 and 3,000 papers
# for the build to lose that race reliably (28 s of the suite's wall clock; 2026-12-07).
OUTAGE_PAPERS = 500
CUT_AFTER = 1.7


@dataclass(frozen=True)
class Corpus:
    dump: Path
    reference: Path

    @property
    def cut_at(self) -> int:
        """Bytes a build of the dump sends before its proxy cuts."""
        return int(self.dump.stat().st_size * CUT_AFTER)


@pytest.fixture(scope="module")
def outage_corpus(bundled_dumps: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """A dump of OUTAGE_PAPERS distinct listings made from the bundled ones, and the graph an
    uninterrupted embedded build of it makes: what a build through a lost or restarted
    server must converge to. READ ONLY."""
    from bench.corpus import write_repeated

    folder = tmp_path_factory.mktemp("outage-corpus")
    corpus = write_repeated(bundled_dumps, folder / "corpus.txt", OUTAGE_PAPERS)
    reference = folder / "reference.json"
    citegraph_in_process("build", str(corpus), "--out", str(reference))  # a file: no server
    return Corpus(corpus, reference)


def _cut_mid_build(server: OutageProxy, corpus: Corpus, driver: neo4j.Driver) -> None:
    """Wait for the proxy's cut, and check it landed mid-build: papers committed, not all."""
    assert server.was_cut.wait(timeout=300), (
        f"the build sent {server.sent} bytes and no more, under the cut at {corpus.cut_at} "
        f"({CUT_AFTER} times the dump): lower CUT_AFTER"
    )
    papers = driver.execute_query("MATCH (p:Paper) RETURN count(p) AS n")[0][0]["n"]
    assert papers, f"the cut at {corpus.cut_at} bytes came before the papers were committed"


def _stats_json(*args: str) -> dict:
    return json.loads(citegraph_in_process("stats", "--json", *args))


def _same_graph(want_file: Path, got_file: Path) -> None:
    """Property for property: nothing lost or doubled."""
    want = NetworkxStore(want_file).open().graph
    got = NetworkxStore(got_file).open().graph
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
    assert sorted(got.edges(keys=True, data=True)) == sorted(want.edges(keys=True, data=True))


def test_an_interrupted_load_converges_to_the_uninterrupted_graph(
    neo4j_driver: neo4j.Driver, neo4j_uri: str, neo4j_auth: Auth, outage_corpus: Corpus,
    tmp_path: Path,
) -> None:  # fmt: skip
    with OutageProxy(neo4j_uri) as server:
        # The server does not come back: retried for a second (0.2 s, then 0.4 s later),
        # then one Error: line.
        uri = server.uri
        cli = neo4j_cli_args(uri, neo4j_auth)
        server.cut_after(outage_corpus.cut_at)
        build = start("build", str(outage_corpus.dump), *cli, "--neo4j-retry", "1")
        _cut_mid_build(server, outage_corpus, neo4j_driver)
        _, stderr = build.communicate(timeout=300)
        assert build.returncode == 1, "the build finished though its server went away"
        *retries, error = stderr.splitlines()
        assert retries and all(line.startswith(f"Neo4j at {uri}: ") for line in retries)
        assert error.startswith(f"Error: lost connection to Neo4j at {uri}: ")
        assert error.endswith(f"(still failing after {len(retries)} retries in 1 s)")

        server.restore()  # the server is back on the same port
        again = run("build", str(outage_corpus.dump), *cli)
        assert again.returncode == 0, again.stderr
        assert _stats_json(*cli) == _stats_json("--graph", str(outage_corpus.reference))
        pulled_file = tmp_path / "pulled.json"
        pulled(cli, pulled_file)
    _same_graph(outage_corpus.reference, pulled_file)


def test_a_build_finishes_after_its_server_restarts_midway(
    neo4j_driver: neo4j.Driver, neo4j_uri: str, neo4j_auth: Auth, outage_corpus: Corpus,
    tmp_path: Path,
) -> None:  # fmt: skip
    with OutageProxy(neo4j_uri) as server:
        # The build keeps its URI, as it does through a real server's restart.
        uri = server.uri
        cli = neo4j_cli_args(uri, neo4j_auth)
        server.cut_after(outage_corpus.cut_at)  # no shutdown: connections close under the build
        build = start("build", str(outage_corpus.dump), *cli)
        _cut_mid_build(server, outage_corpus, neo4j_driver)
        assert build.poll() is None, "the build ended at the cut; it should wait for the server"
        time.sleep(_RESTART_SECONDS)  # connections refused while the server starts again
        server.restore()
        stdout, stderr = build.communicate(timeout=900)

        assert build.returncode == 0, stderr
        assert stdout.startswith(f"{uri}: ")
        assert stderr, "no retry was logged"
        assert retry_lines_only(stderr, uri), stderr
        graph = tmp_path / "pulled.json"
        assert pulled(cli, graph)
    assert citegraph_in_process("stats", "--json", "--graph", str(graph)) == (
        citegraph_in_process("stats", "--json", "--graph", str(outage_corpus.reference))
    )
    # Property for property: nothing was lost or doubled by the retried transactions.
    _same_graph(outage_corpus.reference, graph)


# How long the port refuses connections in the restart test: long enough for the build to
# meet refused connects and back off a few times (0.2 s, then doubling), well inside its
# default retry time.
_RESTART_SECONDS = 2.0
