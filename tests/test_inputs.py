"""What the commands read: folders, missing and unreadable files, patterns that matched nothing;
and the exit codes the README promises (0 done, 1 bad input or failure, 2 usage).

Real `citegraph` processes on real files and folders, a real shell for the glob.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import citegraph_in_process

pytestmark = pytest.mark.slow  # runs the citegraph command in subprocesses

CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))
SOURCES = Path(__file__).resolve().parent / "fixtures" / "sources"
README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def run(*args: str, cwd: Path | None = None, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CITEGRAPH, *args], capture_output=True, text=True, timeout=300, check=False, cwd=cwd,
        **kwargs,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.fixture
def tree(bundled_dumps: list[Path], tmp_path: Path) -> Path:
    """A folder of inputs as people keep them: nested, no extensions, hidden clutter."""
    root = tmp_path / "inputs"
    (root / "b" / "deeper").mkdir(parents=True)
    (root / "a").mkdir()
    shutil.copy(bundled_dumps[0], root / "b" / "deeper" / "dump-without-extension")
    shutil.copy(bundled_dumps[3], root / "a" / "dump.txt")
    shutil.copy(SOURCES / "papers.jsonl", root / "b" / "papers.data")
    # Hidden files and folders are not read: each of these would stop a build.
    (root / ".swp").write_bytes(b"\x00\x01 editor swap file")
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (root / "b" / ".notes.txt").write_text("not a dump\n")
    return root


def test_a_folder_reads_every_visible_file_in_it_recursively_and_sorted(
    tree: Path, tmp_path: Path
) -> None:
    listed = [tree / "a" / "dump.txt", tree / "b" / "deeper" / "dump-without-extension",
              tree / "b" / "papers.data"]  # fmt: skip
    by_files = run("build", *map(str, listed), "--out", str(tmp_path / "files.json"))
    by_folder = run("build", str(tree), "--out", str(tmp_path / "folder.json"))
    assert by_folder.returncode == 0, by_folder.stderr
    assert by_folder.stdout.split(" (")[1] == by_files.stdout.split(" (")[1]
    assert "from 3 files" in by_folder.stdout
    assert (tmp_path / "folder.json").read_bytes() == (tmp_path / "files.json").read_bytes()
    # extract streams in the same (sorted) order as the listed files.
    extracted = run("extract", f"{tree}/")
    assert extracted.returncode == 0, extracted.stderr
    assert extracted.stdout == run("extract", *map(str, listed)).stdout


def test_the_bundled_data_folder_builds_like_its_files(
    bundled_dumps: list[Path], tmp_path: Path
) -> None:
    folder = run("build", f"{bundled_dumps[0].parent}/", "--out", str(tmp_path / "a.json"))
    files = run("build", *map(str, bundled_dumps), "--out", str(tmp_path / "b.json"))
    assert folder.returncode == 0, folder.stderr
    assert folder.stdout.split(": ", 1)[1] == files.stdout.split(": ", 1)[1]
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_a_build_into_the_folder_it_reads_does_not_read_its_own_graph(tree: Path) -> None:
    first = run("build", str(tree), "--out", str(tree / "graph.json"))
    assert first.returncode == 0, first.stderr
    again = run("build", str(tree), "--out", str(tree / "graph.json"))
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout


def test_an_empty_folder_is_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / ".hidden").mkdir(parents=True)
    (empty / ".hidden" / "x.txt").write_text("Title\nAbstract\n")
    result = run("build", str(empty), "--out", str(tmp_path / "g.json"))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: {empty}: a folder with no files to read (hidden files are skipped)\n"
    )
    assert not (tmp_path / "g.json").exists()


def test_a_pattern_that_matched_nothing_is_one_line_without_a_line_number(
    tmp_path: Path,
) -> None:
    """The shell passes an unmatched glob on as it was typed (bash without nullglob)."""
    result = subprocess.run(
        ["bash", "-c", f'"{CITEGRAPH}" build data/*.txt --out g.json'],
        capture_output=True, text=True, cwd=tmp_path, timeout=300, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "Error: data/*.txt: no file matches this pattern\n"
    assert not (tmp_path / "g.json").exists()


def test_a_missing_file_is_one_line_without_a_line_number(
    bundled_dumps: list[Path], tmp_path: Path
) -> None:
    graph = tmp_path / "g.json"
    citegraph_in_process("build", str(bundled_dumps[3]), "--out", str(graph))  # the set-up
    before = graph.read_bytes()
    missing = tmp_path / "nope.txt"
    result = run("build", str(bundled_dumps[0]), str(missing), "--out", str(graph))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"Error: {missing}: no such file\n"
    assert graph.read_bytes() == before
    extracted = run("extract", str(missing))
    assert (extracted.returncode, extracted.stderr) == (1, f"Error: {missing}: no such file\n")
    skipped = run("build", str(missing), str(bundled_dumps[3]), "--out", str(graph), "--skip-bad")
    assert skipped.returncode == 0
    assert skipped.stderr == f"Skipped {missing}: no such file\n"


def _without_root_file_access() -> dict[str, object]:
    """Root reads every file whatever its mode: drop the two capabilities that let it
    (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) from the command's bounding set, so the file's
    mode decides, as it does for everyone else."""
    if os.geteuid() != 0:
        return {}
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop, cap_dac_override, cap_dac_read_search = 24, 1, 2

    def drop_capabilities() -> None:
        for capability in (cap_dac_override, cap_dac_read_search):
            if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return {"preexec_fn": drop_capabilities}


def test_an_unreadable_file_is_one_line_without_a_line_number(
    bundled_dumps: list[Path], tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    shutil.copy(bundled_dumps[3], secret)
    secret.chmod(0)
    result = run(
        "build", str(secret), "--out", str(tmp_path / "g.json"), **_without_root_file_access()
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"Error: {secret}: cannot read: permission denied\n"


@pytest.mark.parametrize(
    "args",
    [
        ["build"],  # FILES missing
        ["build", "--no-such-option", "x.txt"],
        ["no-such-command"],
        ["stats", "--graph", "g.json", "--neo4j-uri", "bolt://127.0.0.1:1"],  # both sources
        ["query", "builds-on", "--param", "model"],  # not KEY=VALUE
        ["query"],  # no query named
        ["export", "html", "--param", "model=T5", "-o", "x.html"],  # --param without --query
        ["build", "x.txt", "--lock-timeout", "-1"],
        ["push"],  # no Neo4j named
    ],
    ids=lambda args: " ".join(args),
)
def test_usage_errors_exit_2(args: list[str], tmp_path: Path) -> None:
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Error: " in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["build", "missing.txt"], "Error: missing.txt: no such file"),
        (["build", "bad.txt"], "Error: bad.txt:1: binary data (NUL byte); expected a text or"),
        (["stats"], "Error: graph.json: no such graph file (run `citegraph build` first)"),
        (["query", "no-such-query", "--graph", "bad.txt"], "Error: unknown query 'no-such-query'"),
        (["score", "bad.txt"], "Error: bad.txt:1: not UTF-8 text"),
        (["score", "missing.jsonl"], "Error: missing.jsonl: no such file"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else "",
)
def test_bad_input_exits_1_with_one_line(args: list[str], message: str, tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\xff\xfe")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr


def test_success_exits_0(bundled_dumps: list[Path], tmp_path: Path) -> None:
    assert run("build", str(bundled_dumps[3]), cwd=tmp_path).returncode == 0
    assert run("stats", cwd=tmp_path).returncode == 0


def test_the_readme_states_the_exit_codes() -> None:
    section = README.split("### Exit status", 1)[1].split("\n#", 1)[0]
    for code, meaning in (("0", "success"), ("1", "bad input"), ("2", "usage")):
        assert f"| {code} |" in section and meaning in section.lower(), code
