"""The `citegraph` command as users run it: a real process, real exit codes, exact messages."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # runs the citegraph command in subprocesses

CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CITEGRAPH, *args], capture_output=True, text=True, cwd=cwd, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def built(bundled_graph_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's `citegraph build` of the bundled dumps, copied: tests here build into it."""
    graph = tmp_path_factory.mktemp("built") / "graph.json"
    shutil.copyfile(bundled_graph_file, graph)
    return graph


def test_build_prints_a_one_line_summary_and_no_progress_when_piped(
    bundled_dumps: list[Path], tmp_path: Path
) -> None:
    graph = tmp_path / "g.json"
    result = run("build", *map(str, bundled_dumps), "--out", str(graph))
    assert result.returncode == 0
    assert result.stdout == (
        f"{graph}: 436 papers, 279 models, 173 datasets, 80 repos, 980 edges "
        "(447 listings from 4 files)\n"
    )
    assert result.stderr == ""


def test_build_defaults_to_graph_json_in_the_current_folder(
    bundled_dumps: list[Path], tmp_path: Path
) -> None:
    result = run("build", str(bundled_dumps[1]), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "graph.json").exists()
    assert run("stats", "--json", cwd=tmp_path).returncode == 0


def test_stats_json_counts_by_label_and_type(built: Path) -> None:
    result = run("stats", "--graph", str(built), "--json")
    assert result.returncode == 0
    counts = json.loads(result.stdout)
    assert counts["nodes"] == {"Paper": 436, "Model": 279, "Dataset": 173, "Repo": 80}
    assert set(counts["edges"]) == {
        "MENTIONS", "HAS_CODE", "BASED_ON", "VARIANT_OF", "CITES", "TRAINED_ON",
    }  # fmt: skip


def test_stats_table(built: Path) -> None:
    result = run("stats", "--graph", str(built))
    assert result.returncode == 0
    assert result.stdout.splitlines()[:2] == ["Nodes (968)", "  Paper            436"]


def test_building_twice_changes_nothing(bundled_dumps: list[Path], built: Path) -> None:
    before = built.read_bytes()
    result = run("build", *map(str, reversed(bundled_dumps)), "--out", str(built))
    assert result.returncode == 0
    assert built.read_bytes() == before


def test_random_bytes_are_refused_by_name_and_the_graph_is_untouched(
    built: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "random.bin"
    bad.write_bytes(bytes(range(256)) * 4)
    before = built.read_bytes()
    result = run("build", str(bad), "--out", str(built))
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: {bad}:1: binary data (NUL byte); expected a text or JSON source\n"
    )
    assert result.stdout == ""
    assert built.read_bytes() == before


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "1: empty file"),
        (b"Title\nAbstract \xe9t\xe9.\n", "2: not UTF-8 text (byte 0xe9 at column 10)"),
        (b"just one line\n", "1: no paper listings found (a title line followed by an abstract)"),
    ],
)
def test_bad_files_fail_with_one_error_line(
    built: Path, tmp_path: Path, content: bytes, reason: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = built.read_bytes()
    result = run("build", str(bad), "--out", str(built))
    assert (result.returncode, result.stderr) == (1, f"Error: {bad}:{reason}\n")
    assert built.read_bytes() == before


def test_a_bad_file_after_good_ones_still_writes_nothing(
    bundled_dumps: list[Path], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    graph = tmp_path / "g.json"
    result = run("build", str(bundled_dumps[0]), str(bad), "--out", str(graph))
    assert result.returncode == 1
    assert not graph.exists()


def test_skip_bad_reports_and_goes_on(bundled_dumps: list[Path], tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    graph = tmp_path / "g.json"
    result = run("build", str(bad), str(bundled_dumps[0]), "--out", str(graph), "--skip-bad")
    assert result.returncode == 0
    assert result.stderr == (
        f"Skipped {bad}:1: binary data (NUL byte); expected a text or JSON source\n"
    )
    alone = run("build", str(bundled_dumps[0]), "--out", str(tmp_path / "alone.json"))
    counts = alone.stdout.split(": ", 1)[1].split(" (")[0]  # what the good file alone gives
    assert counts.startswith("55 papers, ")
    assert result.stdout == f"{graph}: {counts} (55 listings from 1 file, 1 skipped)\n"


def test_stats_on_a_missing_graph(tmp_path: Path) -> None:
    result = run("stats", "--graph", str(tmp_path / "none.json"))
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: {tmp_path / 'none.json'}: no such graph file (run `citegraph build` first)\n"
    )


def test_python_dash_m_behaves_the_same(built: Path) -> None:
    module = subprocess.run(
        [sys.executable, "-m", "citegraph", "stats", "--graph", str(built), "--json"],
        capture_output=True, text=True, check=False, env={**os.environ, "PYTHONSAFEPATH": "1"},
    )  # fmt: skip
    assert module.returncode == 0
    assert module.stdout == run("stats", "--graph", str(built), "--json").stdout


def test_progress_bar_shows_on_a_terminal(bundled_dumps: list[Path], tmp_path: Path) -> None:
    main_side, terminal_side = os.openpty()
    # A fresh pseudo-terminal is 0 columns wide, and a bar 0 columns wide is empty.
    fcntl.ioctl(terminal_side, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        [CITEGRAPH, "build", *map(str, bundled_dumps), "--out", str(tmp_path / "g.json")],
        stdout=subprocess.DEVNULL, stderr=terminal_side,
    )  # fmt: skip
    os.close(terminal_side)
    shown = b""
    try:
        while chunk := os.read(main_side, 65536):
            shown += chunk
    except OSError:  # EIO: the terminal's other side is closed, the command is done
        pass
    finally:
        os.close(main_side)
    assert process.wait(timeout=120) == 0
    assert b"build:" in shown and b"641k" in shown  # the bar counts input bytes


# -- --catalog: the user's own entries -----------------------------------------------------------

OUR_MODELS = """\
[[family]]
key = "zorbanet"
name = "ZorbaNet"
kind = "llm"
source = "our lab"
derived_from = ["t5"]
relation = "finetune"
checkpoint = [
  { key = "zorbanet-7b", name = "ZorbaNet-7B", size = "7B" },
]
"""
OUR_DATASETS = """\
[[dataset]]
key = "discharge-notes"
name = "DischargeNotes"
kind = "dataset"
source = "our lab"
"""
CLINICAL_PAPER = """\
Tuning a Clinical Model

We fine-tune ZorbaNet-7B on DischargeNotes and compare it with T5.
"""


# Module-scoped, so that its files keep their paths: the compiled catalog is keyed on the
# user files' paths and texts, and the bulk test then loads what the extract test compiled
# (the shipped catalog plus these files, ~2.5 s of CPU) instead of compiling it again. The
# tests that use it run on one pytest-xdist worker (their group) for the same reason.
@pytest.fixture(scope="module")
def our_catalog(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    tmp_path = tmp_path_factory.mktemp("our-catalog")
    paper = tmp_path / "papers.txt"
    paper.write_text(CLINICAL_PAPER, encoding="utf-8")
    models, datasets = tmp_path / "models.toml", tmp_path / "datasets.toml"
    models.write_text(OUR_MODELS, encoding="utf-8")
    datasets.write_text(OUR_DATASETS, encoding="utf-8")
    return paper, models, datasets


def _linked(result: subprocess.CompletedProcess[str]) -> list[tuple[str, str]]:
    assert result.returncode == 0, result.stderr
    return [(m["entity_id"], m["role"]) for m in json.loads(result.stdout)["mentions"]]


@pytest.mark.xdist_group("user-catalog")
def test_extract_and_build_link_the_users_own_catalog_entries(
    our_catalog: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    paper, models, datasets = map(str, our_catalog)
    # Without the user's catalog, only T5 is the catalog's; the sized ZorbaNet-7B is found
    # as an unseen name, by its pattern.
    plain = json.loads(run("extract", paper).stdout)["mentions"]
    assert {m["entity_id"]: m["method"] for m in plain} == {
        "model:zorbanet-7b": "pattern", "model:t5": "exact",
    }  # fmt: skip
    mine = _linked(run("extract", paper, "--catalog", models, "--catalog", datasets))
    assert ("model:zorbanet-7b", "builds_on") in mine
    assert {"dataset:dischargenotes", "model:t5"} <= {entity for entity, _ in mine}
    graph = tmp_path / "g.json"
    built = run("build", paper, "--catalog", models, "--catalog", datasets, "--out", str(graph))
    assert built.returncode == 0, built.stderr
    lineage = run("query", "lineage", "-p", "model=ZorbaNet-7B", "--graph", str(graph), "--json")
    assert [(row["name"], row["relation"]) for row in json.loads(lineage.stdout)] == [
        ("ZorbaNet", "variant"), ("T5", "finetune"),
    ]  # fmt: skip
    card = run("show", "ZorbaNet", "--graph", str(graph), "--json")
    assert json.loads(card.stdout)["properties"]["sources"] == [f"{models}:2"]


@pytest.mark.xdist_group("user-catalog")
@pytest.mark.slow  # a Dask cluster
def test_bulk_links_the_users_own_catalog_entries(
    our_catalog: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    paper, models, datasets = map(str, our_catalog)
    out = tmp_path / "import"
    result = run("bulk", paper, "--catalog", models, "--catalog", datasets, "-o", str(out),
                 "--workers", "1")  # fmt: skip
    assert result.returncode == 0, result.stderr
    nodes = "".join(path.read_text(encoding="utf-8") for path in out.glob("nodes_*.csv"))
    assert "model:zorbanet-7b" in nodes and "dataset:dischargenotes" in nodes


@pytest.mark.xdist_group("user-catalog")
@pytest.mark.parametrize("command", ["build", "extract", "bulk"])
def test_a_bad_catalog_file_stops_the_command_with_its_place(
    command: str, our_catalog: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    paper, models, _ = our_catalog
    clash = tmp_path / "clash.toml"
    clash.write_text('[[family]]\nkey = "t5"\nname = "T5 again"\nkind = "llm"\nsource = "x"\n',
                     encoding="utf-8")  # fmt: skip
    graph = tmp_path / "g.json"
    out = {"build": ["--out", str(graph)], "bulk": ["-o", str(graph)]}.get(command, [])
    result = run(command, str(paper), "--catalog", str(models), "--catalog", str(clash), *out)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"Error: {clash}:2: duplicate model key 't5' (first at ")
    assert not graph.exists()
    missing = run(command, str(paper), "--catalog", str(tmp_path / "nope.toml"), *out)
    assert (missing.returncode, missing.stderr) == (
        1, f"Error: {tmp_path / 'nope.toml'}: no such file\n"
    )  # fmt: skip
