"""Every shipped ``queries/*.cypher`` file, exactly as shipped, in the Neo4j clients users run.

The contract test (test_queries_contract.py) runs each file's text through the Python driver;
users instead paste the file into the Neo4j Browser or run it with cypher-shell, after the
``:param name => value`` lines of its header. These tests do exactly that, on the bundled
example graph, and compare the rows each client shows with ``citegraph query NAME --json``
for the same parameters (on the graph file the server was loaded from):

* **cypher-shell** 5.26.0 (``org.neo4j.shell.Main`` from Maven Central) runs every installed
  file in one session, each after ``:params clear`` and its header's ``:param name => value``
  lines, against the session's test Neo4j (the harness, or CITEGRAPH_TEST_NEO4J_URI with its
  credentials); and the README's command, ``--file`` with ``-P 'name => value'`` per
  ``:param`` line, on the README's example file, which must show the same rows.
* **Neo4j Browser** 5.24.0 (``org.neo4j.client:neo4j-browser`` from Maven Central) is served
  by a Neo4j harness of our own, the session's (tests/conftest.py): its HTTP connector on, the
  Browser jar on its classpath, so Neo4j's ``Neo4jBrowserModule`` serves the jar's
  ``browser/`` resources at ``/browser`` exactly as a packaged server does. Always a harness,
  even with CITEGRAPH_TEST_NEO4J_URI (then a private one): an external server may serve no
  Browser or another version. Its Bolt port is fixed and advertised, so the HTTP discovery
  document the Browser reads names it and the connect form comes pre-filled with
  ``neo4j://127.0.0.1:PORT``; the test picks
  "No authentication" (the harness runs without auth) and connects, like a user. Headless
  Chromium (Debian's, via playwright) then pastes each ``:param`` line and the whole file into
  the editor from the clipboard, runs them with Ctrl+Enter, reads the result table's cells
  (the Browser prints them as JSON) and saves a screenshot in the test's tmp dir. Requests
  that would leave the machine (Google Fonts, Sentry, usage statistics) are aborted.

Columns citegraph computes in Python after the Cypher rows come back (top-entities' PageRank,
as its .cypher file says) are the only difference allowed. Missing Java, Maven or Chromium is
an error, never a skip.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack
from importlib import resources
from pathlib import Path
from typing import Any

import neo4j
import pytest

from citegraph.queries import QUERIES, NamedQuery
from tests import neo4j_clients
from tests.browser import chromium
from tests.conftest import citegraph_in_process
from tests.neo4j_clients import (
    browser_jar,
    header_params,
    parse_literal,
    parse_plain,
    run_cypher_shell,
    run_cypher_shell_session,
)
from tests.neo4j_server import Auth, HarnessServer, SchemaRule, free_port, wipe_database

pytestmark = pytest.mark.neo4j

# Columns citegraph adds in Python (NamedQuery.post_process); the .cypher files say so.
COMPUTED_IN_PYTHON = {"top-entities": {"pagerank"}}
QUERY_IDS = list(QUERIES)
# How the Browser's error frames name the failure, e.g. Neo.ClientError.Statement.SyntaxError.
NEO4J_ERROR_CODE = re.compile(r"\bNeo\.\w+Error\.\w+")


def neo4j_args(uri: str, auth: Auth) -> list[str]:
    args = ["--neo4j-uri", uri]
    if auth:
        args += ["--neo4j-user", auth[0], "--neo4j-password", auth[1]]
    return args


def shipped_cypher(query: NamedQuery) -> AbstractContextManager[Path]:
    """The .cypher file as installed with citegraph, i.e. what users find and paste."""
    return resources.as_file(resources.files("citegraph.queries") / query.cypher_file)


def cli_value(literal: str) -> str | None:
    """A header's Cypher literal as `citegraph query -p` takes it; None: leave it unset."""
    value = parse_literal(literal)
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def expected_rows(
    query: NamedQuery, params: list[tuple[str, str]], graph: Path, columns: list[str]
) -> list[dict[str, Any]]:
    """`citegraph query NAME --json` for the header's parameters, cut to the client's columns."""
    cli_params = []
    for name, literal in params:
        value = cli_value(literal)
        if value is not None:
            cli_params += ["-p", f"{name}={value}"]
    # In this process: the query command's own output, without a process start (half a
    # second of CPU, twice per query); `citegraph query` as a process is test_queries.py's.
    rows = json.loads(citegraph_in_process("query", query.name, "--json", "--graph", str(graph),
                                           *cli_params))  # fmt: skip
    assert rows, f"{query.name} answers nothing for its header's parameters: a weak case"
    extra = set(rows[0]) - set(columns)
    assert extra == COMPUTED_IN_PYTHON.get(query.name, set()), (
        f"citegraph's columns {sorted(rows[0])} vs the client's {columns}"
    )
    return [{column: row[column] for column in columns} for row in rows]


@pytest.fixture(scope="module")
def bundled_graph(bundled_graph_file: Path) -> Path:
    """The bundled example graph, built by the CLI as the README's main command does."""
    return bundled_graph_file


@pytest.fixture(scope="module")
def session_server(
    bundled_graph: Path, neo4j_uri: str, neo4j_auth: Auth, _store_schema: frozenset[SchemaRule]
) -> tuple[str, Auth]:
    """The session's Neo4j holding exactly the bundled graph, pushed by the CLI (in this
    process: `citegraph push` as a process is test_cli_neo4j.py's)."""
    with neo4j.GraphDatabase.driver(neo4j_uri, auth=neo4j_auth) as driver:
        wipe_database(driver, keep=_store_schema)  # see the neo4j_driver fixture
    citegraph_in_process("push", "--graph", str(bundled_graph), *neo4j_args(neo4j_uri, neo4j_auth))
    return neo4j_uri, neo4j_auth


def test_every_query_ships_a_cypher_file_with_its_parameters() -> None:
    shipped = {
        entry.name
        for entry in resources.files("citegraph.queries").iterdir()
        if entry.name.endswith(".cypher")
    }
    assert shipped == {query.cypher_file for query in QUERIES.values()}
    for query in QUERIES.values():
        given = {name for name, _ in header_params(query.cypher)}
        assert given, f"{query.cypher_file} has no `:param` lines in its header"
        assert given <= {param.name for param in query.params}, query.cypher_file


def test_cypher_shell_plain_output_is_read_back_into_values() -> None:
    # The forms cypher-shell 5.26 prints, checked by hand on a real server: only the quote
    # is escaped, a backslash and a newline stay raw, map keys are bare, NULL/TRUE upper case.
    printed = (
        "id, name, list, map, n\n"
        '"a, \\"b\\"", "two\nlines", [1, 2.5, NULL, "x,y"], {title: "T", id: "p"}, 1.0E-5\n'
        '"c\\d", "", [], {}, TRUE\n'
    )
    columns, rows = parse_plain(printed)
    assert columns == ["id", "name", "list", "map", "n"]
    assert rows == [
        {"id": 'a, "b"', "name": "two\nlines", "list": [1, 2.5, None, "x,y"],
         "map": {"title": "T", "id": "p"}, "n": 1e-5},
        {"id": "c\\d", "name": "", "list": [], "map": {}, "n": True},
    ]  # fmt: skip
    assert parse_plain("") == ([], [])
    with pytest.raises(ValueError, match="2 values under 1 columns"):
        parse_plain("a\n1, 2\n")


def test_header_params_are_the_lines_a_user_pastes() -> None:
    cypher = '// q: what\n//\n//   :param model => "Llama 2"\n//   :param min => 0.05\nMATCH (n)'
    assert header_params(cypher) == [("model", '"Llama 2"'), ("min", "0.05")]
    assert [cli_value(v) for v in ('"Llama 2"', "0.05", "false", "null")] == [
        "Llama 2", "0.05", "false", None,
    ]  # fmt: skip


def test_missing_mvn_or_java_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(neo4j_clients, "CLASSPATH_CACHE", tmp_path / "classpath.txt")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RuntimeError, match="`mvn` was not found on PATH"):
        browser_jar()
    with pytest.raises(RuntimeError, match="`java` was not found on PATH"):
        run_cypher_shell("bolt://127.0.0.1:1", None, tmp_path / "q.cypher", [])


@pytest.fixture(scope="module")
def cypher_shell_rows(
    session_server: tuple[str, Auth], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """(columns, rows) cypher-shell shows for each installed file, by file name: all files
    in one cypher-shell session, as a user runs one after another (one JVM, not seven)."""
    uri, auth = session_server
    with ExitStack() as stack:
        files = [(stack.enter_context(shipped_cypher(query)), header_params(query.cypher))
                 for query in QUERIES.values()]  # fmt: skip
        script = tmp_path_factory.mktemp("cypher-shell") / "session.cypher"
        return run_cypher_shell_session(uri, auth, files, script)


# One worker runs them all under pytest-xdist: `session_server` wipes the worker's database
# and pushes the bundled graph, once per worker that runs any of these tests.
@pytest.mark.xdist_group("cypher-shell")
@pytest.mark.parametrize("name", QUERY_IDS)
def test_cypher_shell_gives_the_rows_of_citegraph_query(
    name: str,
    cypher_shell_rows: dict[str, tuple[list[str], list[dict[str, Any]]]],
    bundled_graph: Path,
) -> None:
    query = QUERIES[name]
    columns, rows = cypher_shell_rows[query.cypher_file]
    assert columns, f"cypher-shell printed no rows for {query.cypher_file}"
    assert rows == expected_rows(query, header_params(query.cypher), bundled_graph, columns)


@pytest.mark.xdist_group("cypher-shell")
def test_cypher_shell_runs_a_file_with_its_parameters_as_the_readme_shows(
    session_server: tuple[str, Auth],
    cypher_shell_rows: dict[str, tuple[list[str], list[dict[str, Any]]]],
) -> None:
    """The README's command: `-P 'name => value'` per `:param` line and `-f` on the file as
    installed, in a cypher-shell of its own; the same rows as the file showed in the
    session above."""
    query = QUERIES["lineage"]  # the README's example
    uri, auth = session_server
    with shipped_cypher(query) as path:
        shown = run_cypher_shell(uri, auth, path, header_params(query.cypher))
    assert shown == cypher_shell_rows[query.cypher_file]
    assert shown[1]


# -- Neo4j Browser ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser_server(
    bundled_graph: Path,
    _neo4j_harness: HarnessServer | None,
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[HarnessServer]:
    """A harness serving the Neo4j Browser at /browser, holding exactly the bundled graph:
    the session's harness, which conftest starts with the Browser's jar for these tests
    (`session_server` wipes it and pushes the graph), or with CITEGRAPH_TEST_NEO4J_URI a
    harness of this module's own, since an external server may serve no Browser or another
    version."""
    if _neo4j_harness is not None:
        request.getfixturevalue("session_server")
        yield _neo4j_harness
        return
    server = HarnessServer(
        tmp_path_factory.mktemp("neo4j-browser"),
        http=True,
        bolt_port=free_port(),
        extra_classpath=[browser_jar()],
    )
    server.start()
    try:
        citegraph_in_process("push", "--graph", str(bundled_graph), "--neo4j-uri", server.uri)
        yield server
    finally:
        server.stop()


class NeoBrowser:
    """A Neo4j Browser tab driven the way a user drives it: paste, Ctrl+Enter, read."""

    def __init__(self, page: Any, timeout_s: float = 60.0) -> None:
        self.page = page
        self.timeout_s = timeout_s

    def frames(self) -> Any:
        return self.page.locator("[data-testid=frame]")

    def paste_and_run(self, text: str) -> None:
        self.page.evaluate("text => navigator.clipboard.writeText(text)", text)
        self.page.click("[data-testid=activeEditor]")
        self.page.keyboard.press("Control+V")
        self.page.keyboard.press("Control+Enter")

    def run_expecting_frames(self, text: str, count: int) -> Any:
        """Run `text` and return its frame (the newest, at the top of the stream)."""
        self.paste_and_run(text)
        self.until(lambda: self.frames().count() == count, f"{count} frames after {text[:60]!r}")
        return self.frames().first

    def clear(self) -> None:
        self.paste_and_run(":clear")
        self.until(lambda: self.frames().count() == 0, "an empty stream after :clear")

    def result_table(self, frame: Any) -> tuple[list[str], list[dict[str, Any]]]:
        """The frame's table, once its status bar says the query completed."""
        status = frame.locator("[data-testid=frameStatusbar]")

        def finished() -> bool:
            text = status.inner_text() if status.count() else ""
            if "completed after" in text:
                return True
            if NEO4J_ERROR_CODE.search(frame.inner_text()):
                raise AssertionError(f"the Browser reports an error:\n{frame.inner_text()}")
            return False

        self.until(finished, "the query's status bar to say it completed")
        # The first header cell is the row-number column.
        columns = frame.locator(".relatable__table-header-row th").all_inner_texts()[1:]
        cells = frame.locator(".relatable__table-body-row").evaluate_all(
            "rows => rows.map(row => [...row.querySelectorAll('td[role=cell]')]"
            ".map(cell => cell.innerText))"
        )
        rows = [
            dict(zip(columns, [json.loads(cell) for cell in line], strict=True)) for line in cells
        ]
        # The table may show fewer rows than the query streamed (the Browser's max rows).
        streamed = re.search(r"streaming (\d+) records?", status.inner_text())
        assert streamed and int(streamed[1]) == len(rows), status.inner_text()
        return columns, rows

    def wait_for_text(self, frame: Any, text: str) -> None:
        self.until(lambda: text in frame.inner_text(), f"{text!r} in the frame")

    def until(self, condition: Any, what: str) -> None:
        deadline = time.monotonic() + self.timeout_s
        while time.monotonic() < deadline:
            if condition():
                return
            time.sleep(0.2)
        raise AssertionError(f"timed out after {self.timeout_s:.0f}s waiting for {what}")


@pytest.fixture(scope="module")
def neo_browser(browser_server: HarnessServer) -> Iterator[NeoBrowser]:
    """The Browser served by `browser_server`, connected to it through its connect form."""
    origin = browser_server.http_uri
    bolt_address = browser_server.uri.removeprefix("bolt://")
    with ExitStack() as stack:
        context = stack.enter_context(chromium())
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
        page = context.new_page()
        # Only the server itself: fonts, Sentry and usage statistics must not leave the box.
        page.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith(origin + "/") else route.abort()
            ),
        )
        page.goto(f"{origin}/browser/")
        address = page.locator("[data-testid=boltaddress]")
        address.wait_for(timeout=60_000)
        # Pre-filled from the server's discovery document, i.e. served by this very server.
        assert page.input_value("[data-testid=bolt-scheme-select]") == "neo4j://"
        assert address.input_value() == bolt_address
        page.select_option("[data-testid=authenticationMethod]", "NO_AUTH")
        page.click("[data-testid=connect]")
        browser = NeoBrowser(page)
        # The connect frame says either "You are connected to ..." or, when the Browser has
        # learnt that the server runs without auth, "... server auth is disabled"; which one
        # depends on a race inside the Browser, and both mean the connection works.
        stream = page.locator("[data-testid=stream]")
        browser.until(
            lambda: any(
                said in stream.inner_text()
                for said in ("You are connected to", "server auth is disabled")
            ),
            "the connect frame to report a working connection",
        )
        yield browser


@pytest.mark.browser
# One worker runs them all under pytest-xdist: Chromium and the bundled graph's push into
# that worker's session harness are module fixtures, made once per worker that runs any of
# these tests.
@pytest.mark.xdist_group("neo4j-browser")
@pytest.mark.parametrize("name", QUERY_IDS)
def test_neo4j_browser_shows_the_rows_of_citegraph_query(
    name: str, neo_browser: NeoBrowser, bundled_graph: Path, tmp_path: Path
) -> None:
    query = QUERIES[name]
    params = header_params(query.cypher)
    with shipped_cypher(query) as path:
        text = path.read_text(encoding="utf-8")
    neo_browser.clear()
    for count, (param, literal) in enumerate(params, start=1):
        frame = neo_browser.run_expecting_frames(f":param {param} => {literal}", count)
        # The Browser echoes the parameter it set, as JSON.
        neo_browser.wait_for_text(frame, f'"{param}":')
    frame = neo_browser.run_expecting_frames(text, len(params) + 1)
    columns, rows = neo_browser.result_table(frame)
    screenshot = tmp_path / f"neo4j-browser-{name}.png"
    neo_browser.page.screenshot(path=screenshot)
    assert screenshot.read_bytes().startswith(b"\x89PNG")
    assert columns, f"the Browser shows no table for {query.cypher_file}"
    assert rows == expected_rows(query, params, bundled_graph, columns)
