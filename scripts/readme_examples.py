"""Regenerate the README's example outputs from the bundled data, or check them.

An example this script owns is a fenced block without an info string whose command lines
(`$ ...`) all run `citegraph query` or `citegraph show` and which elides nothing (no line
that is just `...`): each command is run on a graph built from the bundled dumps
(examples/data/hf-papers/*.txt), and the lines after it, up to the next command, become what
it prints (standard output, then standard error). Other blocks (abridged cards, builds of
files the reader has, `cat`) are left as written.

    python scripts/readme_examples.py           # rewrite README.md
    python scripts/readme_examples.py --check   # change nothing; exit 1 naming stale examples

The docs test runs the check, so an answer that changes (a catalog entry, a linker rule)
fails until the README shows it.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DUMPS = ROOT / "examples" / "data" / "hf-papers"
OWNED = ("citegraph query ", "citegraph show ")


@dataclass(frozen=True)
class Example:
    """A generated block: its body's line range in the file (0-based, end excluded)."""

    first: int
    end: int
    commands: tuple[str, ...]


def examples(text: str) -> list[Example]:
    """The blocks of `text` this script owns, in order."""
    from markdown_it import MarkdownIt

    found = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type != "fence" or token.info or token.map is None or token.level:
            continue
        lines = token.content.splitlines()
        commands = tuple(line[2:] for line in lines if line.startswith("$ "))
        if not commands or not all(command.startswith(OWNED) for command in commands):
            continue
        if any(line.strip() in ("...", "…") for line in lines):
            continue
        start, end = token.map
        found.append(Example(start + 1, end - 1, commands))
    return found


def regenerate(text: str, run: Callable[[str], str]) -> str:
    """`text` with every owned example's output replaced by what `run(command)` prints."""
    lines = text.splitlines(keepends=True)
    for example in reversed(examples(text)):
        body = []
        for command in example.commands:
            body.append(f"$ {command}\n")
            body.extend(f"{line}\n" for line in run(command).splitlines())
        lines[example.first : example.end] = body
    return "".join(lines)


@contextmanager
def bundled_runner() -> Iterator[Callable[[str], str]]:
    """Runs a command line in a folder holding `graph.json` built from the bundled dumps,
    in this process (click's test runner): the commands' default graph is that file."""
    from click.testing import CliRunner

    from citegraph import pipeline
    from citegraph.cli import cli

    with tempfile.TemporaryDirectory() as folder:
        pipeline.build(sorted(DUMPS.glob("*.txt")), Path(folder) / "graph.json")
        runner = CliRunner()

        def run(command: str) -> str:
            argv = shlex.split(command)[1:]
            here = Path.cwd()
            os.chdir(folder)
            try:
                result = runner.invoke(cli, argv, catch_exceptions=False)
            finally:
                os.chdir(here)
            return result.stdout + result.stderr

        yield run


def stale(old: str, new: str) -> list[str]:
    """The commands of the examples whose output differs between `old` and `new`."""
    new_lines = new.splitlines()
    differing = []
    for before, after in zip(examples(old), examples(new), strict=True):
        if old.splitlines()[before.first : before.end] != new_lines[after.first : after.end]:
            differing.append(f"README.md:{before.first + 1}: {'; '.join(before.commands)}")
    return differing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    text = README.read_text(encoding="utf-8")
    with bundled_runner() as run:
        new = regenerate(text, run)
    if args.check:
        differing = stale(text, new)
        for line in differing:
            print(f"stale example: {line}", file=sys.stderr)
        return 1 if differing else 0
    if new != text:
        README.write_text(new, encoding="utf-8")
    print(f"README.md: {len(examples(new))} examples regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
