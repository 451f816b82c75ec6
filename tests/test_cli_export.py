"""`citegraph export ...` through click, asserting what users read."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from citegraph.cli import cli


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_export_html(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    code, stdout, _ = _run("export", "html", "--graph", str(graph_file), "-o", str(out))
    assert code == 0
    assert stdout == f"{out}: 41 nodes, 76 edges (browser layout)\n"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_export_html_max_nodes_says_what_it_dropped(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    code, stdout, _ = _run(
        "export", "html", "--graph", str(graph_file), "-o", str(out), "--max-nodes", "10"
    )
    assert code == 0
    lines = stdout.splitlines()
    assert lines[0].startswith(f"{out}: 10 nodes, ")
    assert lines[1] == (
        "Dropped 31 of 41 nodes (2 Dataset, 4 Model, 22 Paper, 3 Repo) and 63 edges "
        "to stay within --max-nodes 10"
    )
    assert "Dropped 31 of 41 nodes" in out.read_text(encoding="utf-8")  # status line too


def test_export_html_focus_by_title(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    code, stdout, _ = _run(
        "export", "html", "--graph", str(graph_file), "-o", str(out), "--focus", "Llama-1-7b"
    )
    assert code == 0, stdout
    assert "<title>citegraph: Llama-1-7b (depth 1)</title>" in out.read_text(encoding="utf-8")


def test_export_html_unknown_focus_is_an_error(graph_file: Path, tmp_path: Path) -> None:
    code, stdout, stderr = _run(
        "export",
        "html",
        "--graph",
        str(graph_file),
        "-o",
        str(tmp_path / "v.html"),
        "--focus",
        "paper:arxiv:9999.99999",
    )
    assert code == 1 and stdout == ""
    assert stderr == "Error: paper:arxiv:9999.99999: no node with this id, title or name\n"
    assert not (tmp_path / "v.html").exists()


def test_export_missing_graph_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    code, _, stderr = _run("export", "gexf", "--graph", str(missing), "-o", str(tmp_path / "g"))
    assert code == 1
    assert stderr == f"Error: {missing}: no such graph file (run `citegraph build` first)\n"


def test_export_graphml_and_gexf(graph_file: Path, tmp_path: Path) -> None:
    for fmt, name in (("graphml", "g.graphml"), ("gexf", "g.gexf")):
        out = tmp_path / name
        code, stdout, _ = _run("export", fmt, "--graph", str(graph_file), "-o", str(out))
        assert code == 0
        assert stdout == f"{out}: {'GraphML' if fmt == 'graphml' else 'GEXF'} written\n"
        assert out.stat().st_size > 0


def test_export_csv_prints_the_import_command(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "neo"
    code, stdout, _ = _run("export", "csv", "--graph", str(graph_file), "-o", str(out))
    assert code == 0
    assert stdout.splitlines() == [
        f"{out}: 6 CSV files and import.sh written",
        "Load into an empty, stopped database from that directory with:",
        "  neo4j-admin database import full --nodes=nodes_Dataset.csv --nodes=nodes_Model.csv "
        "--nodes=nodes_Paper.csv --nodes=nodes_Repo.csv --relationships=rels_HAS_CODE.csv "
        "--relationships=rels_MENTIONS.csv '--array-delimiter=;' --multiline-fields=true neo4j",
    ]


def test_every_export_command_has_help_ending_with_an_example() -> None:
    for name in ("html", "graphml", "gexf", "csv"):
        code, stdout, _ = _run("export", name, "--help")
        assert code == 0
        assert "Example: citegraph export " + name in " ".join(stdout.split())
