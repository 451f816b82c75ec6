"""One spelling per flag: shared options are spelled the same on every command, and `--out`
(the old spelling of `build` and `extract`) still works wherever `-o/--output` does."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from citegraph.cli import cli


def _commands(group: click.Group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    for name, command in sorted(group.commands.items()):
        path = f"{prefix}{name}"
        if isinstance(command, click.Group):
            yield from _commands(command, f"{path} ")
        else:
            yield path, command


COMMANDS = dict(_commands(cli))
WRITING = sorted(
    path
    for path, command in COMMANDS.items()
    if any(param.name == "output" for param in command.params)
)


def _shown_options(path: str) -> list[str]:
    """The option lines of the command's --help."""
    result = CliRunner().invoke(cli, [*path.split(), "--help"])
    assert result.exit_code == 0, result.output
    options = result.output.split("Options:\n", 1)[1]
    return [line.strip() for line in options.splitlines() if line.startswith("  -")]


def test_every_command_that_writes_takes_output() -> None:
    assert WRITING == [
        "build", "bulk", "export csv", "export gexf", "export graphml", "export html",
        "extract", "query",
    ]  # fmt: skip


@pytest.mark.parametrize("path", WRITING)
def test_output_is_spelled_one_way_and_out_is_a_hidden_alias(path: str) -> None:
    [output] = [param for param in COMMANDS[path].params if param.name == "output"]
    assert sorted(output.opts) == ["--out", "--output", "-o"]
    shown = _shown_options(path)
    assert any(line.startswith("-o, --output ") for line in shown), shown
    assert not any("--out " in line or "--out," in line for line in shown), shown


def test_each_option_name_has_one_spelling_on_every_command() -> None:
    spellings: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for command in COMMANDS.values():
        for param in command.params:
            if isinstance(param, click.Option):
                spellings[param.name or ""].add(tuple(sorted(param.opts + param.secondary_opts)))
    assert {name: opts for name, opts in spellings.items() if len(opts) > 1} == {}


def test_a_missing_output_names_the_shown_spellings_only(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "graphml", "--graph", str(tmp_path / "g.json")])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == "Error: Missing option '--output' / '-o'."


@pytest.mark.parametrize("spelling", ["-o", "--output", "--out"])
def test_every_spelling_of_output_writes_the_same_file(
    spelling: str, graph_file: Path, tmp_path: Path
) -> None:
    written = tmp_path / f"graph{spelling}.graphml"
    result = CliRunner().invoke(
        cli, ["export", "graphml", "--graph", str(graph_file), spelling, str(written)]
    )
    assert result.exit_code == 0, result.output
    assert result.output == f"{written}: GraphML written\n"
    reference = tmp_path / "reference.graphml"
    CliRunner().invoke(cli, ["export", "graphml", "--graph", str(graph_file), "-o", str(reference)])
    assert written.read_bytes() == reference.read_bytes()


@pytest.mark.parametrize("spelling", ["-o", "--output", "--out"])
def test_query_rows_go_to_the_file_under_every_spelling(
    spelling: str, graph_file: Path, tmp_path: Path
) -> None:
    rows = tmp_path / "rows.csv"
    args = ["query", "top-entities", "-p", "type=model", "--graph", str(graph_file)]
    result = CliRunner().invoke(cli, [*args, spelling, str(rows)])
    assert result.exit_code == 0, result.output
    shown = CliRunner().invoke(cli, [*args, "--format", "csv"])
    assert rows.read_text(encoding="utf-8") == shown.output
