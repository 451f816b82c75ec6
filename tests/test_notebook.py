"""`citegraph.open(...)`, the Python entry point, and the example notebook that uses it.

The API must answer exactly what the CLI answers (same rows as `citegraph query --json`,
same page as `citegraph export html`), on a file and on a real Neo4j; the notebook is run
cell by cell on a real kernel so that it cannot drift from the code.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import citegraph
from citegraph import analytics, api, pipeline
from citegraph.graph.errors import CitegraphError, StoreError
from citegraph.queries import QueryError
from citegraph.rows import Rows
from citegraph.sources import Neo4jSettings
from citegraph.synthetic import synthetic_store

from .browser import chromium, offline_page
from .conftest import DUMPS_DIR, citegraph_in_process

# On one pytest-xdist worker, so that `browser` (a Chromium) and `bundled_graph` (a build) are
# made once, not once per worker.
pytestmark = pytest.mark.xdist_group("notebook")

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK = REPO / "examples" / "explore.ipynb"
CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))
SIMILAR_SEED = "Large Language Models with Controllable Working Memory"


@pytest.fixture(scope="module")
def bundled_graph(bundled_graph_file: Path) -> Path:
    """The README's graph: the four bundled dumps built into one file."""
    return bundled_graph_file


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CITEGRAPH, *args], capture_output=True, text=True, check=False)


def _cli_rows(graph: Path, name: str, params: dict[str, str]) -> list[dict[str, Any]]:
    """`citegraph query NAME --json`'s rows, the command run in this process (half a second of
    CPU less per query; `citegraph query` as a process is test_queries.py's)."""
    flags = [flag for key, value in params.items() for flag in ("-p", f"{key}={value}")]
    rows: list[dict[str, Any]] = json.loads(
        citegraph_in_process("query", name, *flags, "--graph", str(graph), "--json")
    )
    return rows


# Each query once, with Python values where the CLI takes text (True for exact=true).
QUERY_CASES = [
    ("builds-on", {"model": "T5"}, {"model": "T5"}),
    ("builds-on", {"model": "Llama 2", "min_confidence": 0.7},
     {"model": "Llama 2", "min_confidence": "0.7"}),
    ("lineage", {"model": "Flan-T5"}, {"model": "Flan-T5"}),
    ("shared-base-model", {"exact": True}, {"exact": "true"}),
    ("co-mentioned", {"entity": "T5", "type": "dataset"}, {"entity": "T5", "type": "dataset"}),
    ("top-entities", {"type": "model"}, {"type": "model"}),
    ("similar-papers", {"paper": SIMILAR_SEED}, {"paper": SIMILAR_SEED}),
    ("path", {"source": "Flan-T5", "target": "MIMIC-III"},
     {"source": "Flan-T5", "target": "MIMIC-III"}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "params", "cli_params"), QUERY_CASES)
def test_query_rows_are_the_cli_json_rows(
    bundled_graph: Path, name: str, params: dict[str, Any], cli_params: dict[str, str]
) -> None:
    rows = citegraph.open(bundled_graph).query(name, **params)
    assert isinstance(rows, Rows) and rows
    assert json.loads(json.dumps(rows)) == _cli_rows(bundled_graph, name, cli_params)
    assert (rows.query, rows.params) == (name, cli_params)


def test_query_names_limit_and_errors(bundled_graph: Path) -> None:
    graph = citegraph.open(bundled_graph)
    assert graph.query("builds_on", model="T5", limit=3) == graph.query("builds-on", model="T5")[:3]
    assert graph.query("lineage", model="Flan-T5", declared=None) == graph.query(
        "lineage", model="Flan-T5"
    )
    with pytest.raises(QueryError, match=r"^unknown query 'nope'; choose one of: "):
        graph.query("nope")
    with pytest.raises(QueryError, match=r"^query builds-on needs --param model=\.\.\."):
        graph.query("builds-on")
    with pytest.raises(QueryError, match=r"^query lineage has no parameter colour"):
        graph.query("lineage", model="T5", colour="red")
    with pytest.raises(QueryError, match=r"^parameter exact must be true or false"):
        graph.query("shared-base-model", exact="maybe")


def test_open_fails_now_with_the_cli_message(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    with pytest.raises(StoreError) as raised:
        citegraph.open(missing)
    result = _cli("stats", "--graph", str(missing))
    assert result.stderr.strip() == f"Error: {raised.value}"
    with pytest.raises(StoreError, match=r"http:// is a web address .* bolt://"):
        citegraph.open("http://localhost:7474")
    with pytest.raises(CitegraphError, match="user, password and database are for a Neo4j URI"):
        citegraph.open(missing, password="secret")


def test_rows_to_pandas(bundled_graph: Path) -> None:
    graph = citegraph.open(bundled_graph)
    rows = graph.query("lineage", model="Flan-T5")
    frame = rows.to_pandas()
    assert list(frame.columns) == list(rows[0])
    assert frame.to_dict("records") == list(rows)
    first = rows[:2]
    assert isinstance(first, Rows) and (first.query, first.params) == (rows.query, rows.params)
    assert first.to_pandas().equals(frame.head(2))
    assert rows[0] == next(iter(rows)) and isinstance(rows[0], dict)
    same = graph.query("lineage", model="Flan-T5", as_frame=True)
    assert same.equals(frame)
    table = rows._repr_html_()
    assert table.startswith("<table><caption>lineage</caption>") and "Flan-T5-XL" in table


def test_rows_html_escapes_titles() -> None:
    rows = Rows([{"title": "<script>alert(1)</script>", "papers": [{"title": "a & b"}]}])
    assert "<script>" not in rows._repr_html_()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rows._repr_html_()
    assert "<td>a &amp; b</td>" in rows._repr_html_()


def test_to_pandas_without_pandas_says_what_to_install(bundled_graph: Path) -> None:
    # `sys.modules["pandas"] = None` is how Python itself marks a module as absent: the
    # import fails with ImportError exactly as in an environment without pandas.
    script = (
        "import sys; sys.modules['pandas'] = None\n"
        "import citegraph\n"
        "from citegraph.rows import NotInstalledError\n"
        f"rows = citegraph.open({str(bundled_graph)!r}).query('lineage', model='T5')\n"
        "try:\n    rows.to_pandas()\nexcept NotInstalledError as error:\n    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "to_pandas() needs pandas, which is not installed: "
        "pip install pandas (or pip install 'citegraph[notebook]')"
    )


def test_show_is_the_export_page_in_a_sandboxed_iframe(bundled_graph: Path, tmp_path: Path) -> None:
    view = citegraph.open(bundled_graph).show("builds-on", model="T5")
    exported = tmp_path / "t5.html"
    result = _cli("export", "html", "--graph", str(bundled_graph), "-o", str(exported),
                  "--query", "builds-on", "-p", "model=T5")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert view.html == exported.read_text("utf-8")
    assert f"{view.nodes} nodes, {view.edges} edges" in result.stdout

    frame = view._repr_html_()
    match = re.fullmatch(r'<iframe srcdoc="([^"]*)" title="[^"]*" sandbox="allow-scripts" '
                         r'style="[^"]*"></iframe>', frame)  # fmt: skip
    assert match is not None, frame[:200]
    assert html.unescape(match.group(1)) == view.html
    assert view.save(tmp_path / "saved.html").read_text("utf-8") == view.html


def test_show_rows_focus_and_limits(bundled_graph: Path) -> None:
    graph = citegraph.open(bundled_graph)
    rows = graph.query("builds-on", model="T5", limit=2)
    assert graph.show(rows).html == graph.show("builds_on", model="T5").html
    focused = graph.show(focus="T5", max_nodes=20)
    assert focused.nodes == 20
    assert focused.note.startswith("Dropped 29 of 49 nodes")
    whole = graph.show()
    nx_graph = graph.networkx()
    assert (whole.nodes, whole.edges) == (nx_graph.number_of_nodes(), nx_graph.number_of_edges())
    with pytest.raises(CitegraphError, match="parameters model need a query to show"):
        graph.show(model="T5")
    with pytest.raises(CitegraphError, match="do not say which query"):
        graph.show(Rows([{"id": "model:t5"}]))


def test_analytics_are_the_analytics_module(bundled_graph: Path) -> None:
    graph = citegraph.open(bundled_graph)
    nx_graph = analytics.open_graph(bundled_graph)
    ranked = graph.analytics.pagerank("Model", limit=5)
    assert [(row["id"], row["pagerank"]) for row in ranked] == analytics.pagerank(
        nx_graph, "Model"
    )[:5]
    assert ranked[0] == {"id": "model:t5", "type": "Model", "name": "T5",
                         "pagerank": ranked[0]["pagerank"]}  # fmt: skip

    groups = analytics.communities(analytics.paper_projection(nx_graph))
    clusters = graph.analytics.communities()
    assert [{m["id"] for m in row["members"]} for row in clusters] == groups
    assert [row["size"] for row in clusters] == [len(group) for group in groups]
    assert any("T5" in row["around"] for row in clusters[:3])  # a research cluster around T5
    datasets = graph.analytics.communities("Dataset", limit=1)
    assert all(m["id"].startswith("dataset:") for m in datasets[0]["members"])

    similar = graph.analytics.similar_papers(SIMILAR_SEED, limit=2)
    assert similar == graph.query("similar-papers", paper=SIMILAR_SEED, limit=2)
    assert similar[0]["shared"] == ["PaLM", "T5"]


def test_networkx_is_read_again_when_the_file_changes(tmp_path: Path) -> None:
    path = synthetic_store(40).save(tmp_path / "graph.json")
    graph = citegraph.open(path)
    first = graph.networkx()
    assert graph.networkx() is first  # unchanged file: not read again
    synthetic_store(80).save(path)
    assert graph.networkx().number_of_nodes() > first.number_of_nodes()
    assert graph.stats() == pipeline.stats(path)


def test_open_without_a_source_follows_the_cli(
    bundled_graph: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert api.DEFAULT_GRAPH == pipeline.DEFAULT_GRAPH
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.chdir(bundled_graph.parent)
    assert citegraph.open().source == "graph.json"
    monkeypatch.setenv("NEO4J_URI", "bolt://db.example:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "pw")
    monkeypatch.delenv("NEO4J_USERNAME", raising=False)
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    settings = api._neo4j_settings("bolt://db.example:7687", None, None, None, None)
    assert settings == Neo4jSettings("bolt://db.example:7687", user="neo4j", password="pw")


def test_import_citegraph_loads_nothing_heavy(bundled_graph: Path) -> None:
    script = (
        "import sys, citegraph\n"
        "heavy = ('neo4j', 'pyvis', 'dask', 'pandas', 'networkx', 'pydantic')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        f"rows = citegraph.open({str(bundled_graph)!r}).query('lineage', model='T5')\n"
        # Not yet neo4j (nor pandas, which the driver imports when present): reading a
        # file still goes through sources.py's import of the Neo4j store.
        "print(sorted(m for m in ('pyvis', 'dask') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["[]", "[]"]


def test_public_modules_declare_all_and_ship_py_typed() -> None:
    import importlib

    for module_name in ("citegraph", "citegraph.api", "citegraph.rows", "citegraph.views",
                        "citegraph.analytics", "citegraph.exporting", "citegraph.pipeline",
                        "citegraph.sources", "citegraph.queries"):  # fmt: skip
        module = importlib.import_module(module_name)
        assert module.__all__, module_name
        missing = [name for name in module.__all__ if not hasattr(module, name)]
        assert not missing, f"{module_name}.__all__ names {missing}"
    assert resources.files("citegraph").joinpath("py.typed").is_file()


@pytest.mark.neo4j
def test_open_a_neo4j_uri(
    neo4j_driver: object,
    neo4j_uri: str,
    neo4j_auth: tuple[str, str] | None,
    bundled_graph: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    user, password = neo4j_auth or (None, None)
    pipeline.push(bundled_graph, Neo4jSettings(neo4j_uri, user=user, password=password))
    for name in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    on_file = citegraph.open(bundled_graph)
    on_server = citegraph.open(neo4j_uri, user=user, password=password)
    assert isinstance(on_server.source, Neo4jSettings)

    rows = on_server.query("builds-on", model="T5")
    assert rows == on_file.query("builds-on", model="T5")
    flags = ["--neo4j-uri", neo4j_uri] + (["--neo4j-user", user, "--neo4j-password", password]
                                          if user and password else [])  # fmt: skip
    cli = citegraph_in_process("query", "builds-on", "-p", "model=T5", "--json", *flags)
    assert json.loads(json.dumps(rows)) == json.loads(cli)
    assert on_server.stats() == on_file.stats()
    assert on_server.networkx().number_of_nodes() == on_file.networkx().number_of_nodes()
    # PageRank reads only the links it ranks from the server, and ranks as the file does.
    assert on_server.analytics.pagerank("Model", limit=8) == on_file.analytics.pagerank(
        "Model", limit=8
    )
    assert on_server.analytics.pagerank() == on_file.analytics.pagerank()
    assert (
        on_server.show("lineage", model="Flan-T5").nodes
        == on_file.show("lineage", model="Flan-T5").nodes
    )

    # With no source, NEO4J_URI (and the other NEO4J_* variables) are used, as by the CLI.
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    if user and password:
        monkeypatch.setenv("NEO4J_USERNAME", user)
        monkeypatch.setenv("NEO4J_PASSWORD", password)
    assert citegraph.open().query("lineage", model="Flan-T5") == on_file.query(
        "lineage", model="Flan-T5"
    )


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail("browser tests need apt 'chromium' in CI")
        pytest.skip("needs /usr/bin/chromium")
    with chromium() as context:
        yield context


@pytest.mark.browser
def test_inline_view_draws_offline_in_chromium(
    browser: object, bundled_graph: Path, tmp_path: Path
) -> None:
    """The notebook output, as Jupyter inserts it into its page, draws the graph in its
    frame without a single network request."""
    view = citegraph.open(bundled_graph).show("builds-on", model="T5")
    host = tmp_path / "notebook-output.html"
    host.write_text(f"<!doctype html><title>output</title>{view._repr_html_()}", "utf-8")
    with offline_page(browser) as offline:
        offline.page.goto(host.resolve().as_uri())
        frame = offline.page.frames[1]
        frame.wait_for_function("() => window.citegraphView && window.citegraphView.ready")
        drawn = frame.evaluate("() => citegraphView.network.body.data.nodes.length")
        assert drawn == view.nodes
        assert offline.requests == [host.resolve().as_uri()]
        offline.page.screenshot(path=str(tmp_path / "inline.png"))


@pytest.mark.slow
def test_example_notebook_runs_and_shows_what_it_says(
    bundled_dumps: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import nbformat
    from nbclient import NotebookClient

    committed = nbformat.read(NOTEBOOK, as_version=4)
    # Committed without outputs: no 800 kB views in the repository, no stale answers.
    assert all(not cell.get("outputs") for cell in committed.cells if cell.cell_type == "code")

    # Run where the notebook lives, as a user would, but with the graph it builds kept in
    # a temporary folder: the data folder is linked in beside a copy.
    shutil.copy(NOTEBOOK, tmp_path / NOTEBOOK.name)
    (tmp_path / "data").symlink_to(DUMPS_DIR.parent, target_is_directory=True)
    notebook = nbformat.read(tmp_path / NOTEBOOK.name, as_version=4)
    # The kernel's connection file and IPython's profile go to the test's folder, not home.
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "jupyter-runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": tmp_path}}
    ).execute()
    assert (tmp_path / "graph.json").is_file()

    outputs = {cell.source: cell.outputs for cell in notebook.cells if cell.cell_type == "code"}

    def output(starts: str, mime: str = "text/plain") -> str:
        (source,) = [s for s in outputs if s.startswith(starts)]
        texts = [o.get("data", {}).get(mime) or o.get("text", "") for o in outputs[source]]
        return "".join(texts)

    assert "'Paper': 436" in output("from pathlib import Path")
    lineage = output('g.query("lineage"', "text/html")
    assert lineage.startswith("<table>") and "Flan-T5-XL" in lineage
    assert re.search(r"^T5\s+\d+$", output('t5 = g.query("builds-on"'), re.MULTILINE)
    assert "base_model" in output("groups = ") and "T5" in output("groups = ")
    for cell in ('g.show("lineage"', "view = g.show(t5)"):
        assert output(cell, "text/html").startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    assert re.search(r"^0\s+model:t5\s+Model\s+T5", output("g.analytics.pagerank"), re.MULTILINE)
    assert "T5" in output("clusters = ")
    assert "Distilling Step-by-Step!" in output("g.analytics.similar_papers")
    assert output("import networkx as nx").startswith("436 papers, ")


def test_readme_python_example_runs(bundled_graph: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's "Python and notebooks" example, run as written on the bundled graph."""
    readme = (REPO / "README.md").read_text("utf-8")
    section = readme.split("\n## Python and notebooks\n", 1)[1].split("\n## ", 1)[0]
    (example,) = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.chdir(bundled_graph.parent)  # the example opens graph.json
    names: dict[str, Any] = {}
    exec(compile(example, "README.md", "exec"), names)
    assert len(names["rows"]) == 5 and names["rows"].query == "builds-on"
