"""The docs keep up with the code: every command has help, an example and a README entry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from citegraph.cli import cli
from citegraph.queries import QUERIES

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    for name, command in sorted(group.commands.items()):
        path = f"{prefix}{name}"
        yield path, command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{path} ")


COMMANDS = list(_commands(cli))


@pytest.mark.parametrize("path, command", COMMANDS, ids=[path for path, _ in COMMANDS])
def test_every_command_has_help_with_an_example(path: str, command: click.Command) -> None:
    help_text = (command.help or "").strip()
    assert help_text, f"`citegraph {path}` has no help"
    if not isinstance(command, click.Group):
        assert help_text.splitlines()[-1].strip().startswith("Example: citegraph "), path


@pytest.mark.parametrize("path", [path for path, _ in COMMANDS])
def test_every_command_is_in_the_readme(path: str) -> None:
    assert f"`citegraph {path}" in README, f"README.md does not document `citegraph {path}`"


def test_readme_has_both_fresh_machine_commands() -> None:
    assert "<!-- main-command -->" in README and "<!-- test-command -->" in README


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_query_has_a_description_cypher_file_and_readme_entry(name: str) -> None:
    query = QUERIES[name]
    assert len(query.description) > 20
    cypher = query.cypher  # read from the installed package
    assert "MATCH" in cypher and f"// {name}:" in cypher
    for param in query.params:
        assert f"${param.name}" in cypher, f"{query.cypher_file} does not use ${param.name}"
        assert f":param {param.name} =>" in cypher, f"{query.cypher_file} header lacks :param"
    assert f"`{name}`" in README, f"README.md does not document the {name} query"


def test_every_test_the_reliability_section_names_exists() -> None:
    section = README.split("## Reliability", 1)[1].split("\n## ", 1)[0]
    named = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", section)
    assert len(named) >= 20
    root = Path(__file__).resolve().parent.parent
    for path, test in named:
        assert re.search(rf"^def {test}\(", (root / path).read_text(), re.M), f"{path}::{test}"
