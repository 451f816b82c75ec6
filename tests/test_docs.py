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


# -- the README renders as written --------------------------------------------------------------

DOCS = sorted((Path(__file__).resolve().parent.parent / "docs").glob("*.md"))


def unclosed_fences(text: str) -> list[str]:
    """`LINE: reason` for each fenced code block that is never closed.

    Parsed by a CommonMark parser rather than by counting backticks. A fence left open runs
    on until the next bare fence line, which is usually the *closing* line of a later block:
    the rest of the page up to there turns into code, and the later block's opening line
    (```sh) shows inside it. So a fence is unclosed when it runs on to the end of the
    document, or when it holds a line that opens another fence with an info string.
    """
    from markdown_it import MarkdownIt

    lines = text.splitlines()
    problems = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type != "fence" or token.map is None:
            continue
        start, end = token.map
        opened = f"{start + 1}: the {token.markup}{token.info} fence opened here is never closed"
        closing = lines[end - 1].lstrip(" >").rstrip() if end - 1 > start else ""
        if len(closing) < len(token.markup) or set(closing) != {token.markup[0]}:
            problems.append(opened)
            continue
        for number in range(start + 1, end - 1):
            inner = lines[number].strip()
            if _opens_fence(inner, token.markup):
                problems.append(f"{opened}: it runs on over the {inner} fence of line {number + 1}")
                break
    return problems


def _opens_fence(line: str, markup: str) -> bool:
    """A line like ```sh: the same fence characters, at least as many, then an info string."""
    run = len(line) - len(line.lstrip(markup[0]))
    return run >= len(markup) and bool(line[run:].strip())


@pytest.mark.parametrize("path", ["README.md", *(f"docs/{p.name}" for p in DOCS)])
def test_every_code_fence_is_closed(path: str) -> None:
    text = (Path(__file__).resolve().parent.parent / path).read_text(encoding="utf-8")
    assert unclosed_fences(text) == [], path


def test_an_unclosed_fence_is_found() -> None:
    """The check above can fail: drop the research_map example's closing fence and the
    Neo4j walk-through turns into code, which the parser reports at the opening line."""
    example = README.index("$ python examples/research_map.py")
    opening = README.rindex("```", 0, example)
    closing = README.index("\n```\n", example)
    broken = README[:closing] + README[closing + 4 :]
    line = README.count("\n", 0, opening) + 1
    walk_through = broken.count("\n", 0, broken.index("```sh\nexport NEO4J_PASSWORD")) + 1
    assert unclosed_fences(broken) == [
        f"{line}: the ``` fence opened here is never closed: it runs on over the ```sh fence "
        f"of line {walk_through}"
    ]
    # Left open at the end of a page, it runs on to the end.
    assert unclosed_fences("text\n\n```sh\nmake test\n") == [
        "3: the ```sh fence opened here is never closed"
    ]
    from markdown_it import MarkdownIt

    def headings(text: str) -> list[str]:
        tokens = MarkdownIt("commonmark").parse(text)
        return [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]

    assert "Neo4j walk-through" in headings(README)
    assert "Neo4j walk-through" not in headings(broken)


# -- the README's example outputs are what the commands print -----------------------------------


@pytest.fixture(scope="module")
def regenerated() -> tuple[object, str]:
    """scripts/readme_examples.py's module and the README as it would rewrite it."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parent.parent / "scripts" / "readme_examples.py"
    spec = importlib.util.spec_from_file_location("readme_examples", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    with module.bundled_runner() as run:
        return module, module.regenerate(README, run)


@pytest.mark.slow
def test_readme_examples_show_what_the_commands_print(regenerated: tuple[object, str]) -> None:
    module, new = regenerated
    assert len(module.examples(README)) >= 9  # every named query's example, and more
    assert module.stale(README, new) == [], "run: python scripts/readme_examples.py"


def test_a_stale_readme_example_is_named(regenerated: tuple[object, str]) -> None:
    module, new = regenerated
    command = "$ citegraph query top-entities -p type=model --limit 4"
    # Change GPT-4's paper count, whatever it is today, in the example's output.
    count = re.search(r"^Model  GPT-4 +(\d+) ", README, re.MULTILINE)
    assert count is not None
    wrong = str(int(count.group(1)) + 1).ljust(len(count.group(1)))
    tampered = README[: count.start(1)] + wrong + README[count.end(1) :]
    assert tampered != README
    line = README.splitlines().index(command) + 1
    assert module.stale(tampered, new) == [f"README.md:{line}: {command[2:]}"]
