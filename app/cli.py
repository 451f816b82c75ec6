"""The `citegraph` command: thin click commands over one library call each.

The library raises `CitegraphError`; this module alone decides how users see it: one
`Error: ...` line on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click
from tqdm import tqdm

from citegraph import __version__, exporting, pipeline
from citegraph.graph.errors import CitegraphError
from citegraph.graph.store import Stats
from citegraph.linker import LinkResult

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(command: F) -> F:
    """Turn library errors into click's `Error: ...` + exit 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CitegraphError as error:
            raise click.ClickException(str(error)) from None

    return wrapper  # type: ignore[return-value]


def graph_option(command: F) -> F:
    """`--graph FILE`, spelled the same on every command that reads a saved graph."""
    return click.option(
        "--graph",
        "graph_path",
        default=pipeline.DEFAULT_GRAPH,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="Graph file written by `citegraph build`.",
    )(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="citegraph")
def cli() -> None:
    """Build and query a knowledge graph of ML papers, models, datasets and code."""


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--out",
    "-o",
    default=pipeline.DEFAULT_GRAPH,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Graph file to create, or to merge into when it exists.",
)
@click.option("--skip-bad", is_flag=True, help="Skip unreadable files, report them, go on.")
@reports_errors
def build(files: tuple[str, ...], out: str, skip_bad: bool) -> None:
    """Read paper listings from FILES into the graph file.

    Formats are recognised from content. Building the same files again changes nothing;
    a bad file stops the build and leaves the graph file untouched, unless --skip-bad.

    Example: citegraph build examples/data/hf-papers/*.txt --out graph.json
    """
    with _progress(files, "build") as bar:
        report = pipeline.build(files, out, skip_bad=skip_bad, on_progress=bar.update)
    for error in report.skipped:
        click.echo(f"Skipped {error}", err=True)
    nodes, edges = report.stats["nodes"], report.stats["edges"]
    skipped = f", {len(report.skipped)} skipped" if skip_bad else ""
    click.echo(
        f"{report.output}: {nodes['Paper']} papers, {nodes['Model']} models, "
        f"{nodes['Dataset']} datasets, {nodes['Repo']} repos, {sum(edges.values())} edges "
        f"({report.listings} listings from {_plural(report.files_read, 'file')}{skipped})"
    )


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    show_default=True,
    help="JSON Lines file to write (written whole or not at all); - is standard output.",
)
@click.option("--skip-bad", is_flag=True, help="Skip unreadable files, report them, go on.")
@reports_errors
def extract(files: tuple[str, ...], out: str, skip_bad: bool) -> None:
    """Link the papers in FILES and print their mentions as JSON Lines.

    One object per paper: {"paper": {"id", "title", "source"}, "mentions": [{"type",
    "entity_id", "name", "surface", "role", "span", "score", "method"}]}. Spans index
    the paper's title and abstract joined by a blank line. Nothing is stored.

    Example: citegraph extract examples/data/hf-papers/000_8b469dd44731cff1.txt | head -1
    """
    skipped: list[str] = []
    with _progress(files, "extract") as bar:
        results = pipeline.extract(
            files,
            skip_bad=skip_bad,
            on_progress=bar.update,
            on_skip=lambda e: skipped.append(str(e)),
        )
        lines = (
            json.dumps(extraction_json(result), ensure_ascii=False) + "\n" for result in results
        )
        count = write_lines(out, lines)
    for error in skipped:
        click.echo(f"Skipped {error}", err=True)
    if out != "-":
        click.echo(f"{out}: {_plural(count, 'paper')}", err=True)


def extraction_json(result: LinkResult) -> dict[str, Any]:
    """The JSON Lines object `citegraph extract` prints for one paper."""
    paper = result.paper
    return {
        "paper": {
            "id": paper.id,
            "title": paper.title,
            "source": str(paper.sources[0]) if paper.sources else None,
        },
        "mentions": [
            {
                "type": m.entity_type,
                "entity_id": m.entity_id,
                "name": m.name,
                "surface": m.surface,
                "role": m.role.value,
                "span": list(m.span),
                "score": m.score,
                "method": m.method.value,
            }
            for m in result.mentions
        ],
    }


def write_lines(out: str, lines: Iterator[str]) -> int:
    """Write lines to stdout, or atomically to a file; returns how many were written."""
    count = 0
    if out == "-":
        for line in lines:
            click.echo(line, nl=False)
            count += 1
        return count
    target = Path(out)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(line)
                count += 1
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return count


@cli.command()
@graph_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@reports_errors
def stats(graph_path: str, as_json: bool) -> None:
    """Count nodes by label and edges by relationship type.

    Example: citegraph stats --graph graph.json --json
    """
    counts = pipeline.stats(graph_path)
    if as_json:
        click.echo(json.dumps(counts, indent=2))
    else:
        click.echo(_stats_table(counts))


def _progress(files: tuple[str, ...], label: str) -> tqdm:
    """A bar over the input bytes on stderr, shown only when stderr is a terminal."""
    return tqdm(
        total=pipeline.input_size(files),
        unit="B",
        unit_scale=True,
        desc=label,
        disable=None,  # off when stderr is not a terminal
        file=sys.stderr,
        leave=False,
    )


@cli.group()
def export() -> None:
    """Write the graph as an HTML view or for other tools (Gephi, neo4j-admin)."""


def output_option(command: F) -> F:
    """`-o/--output FILE`, required: exports never overwrite a default path by surprise."""
    return click.option(
        "--output",
        "-o",
        "output",
        required=True,
        type=click.Path(dir_okay=False),
        help="File to write (replaced atomically).",
    )(command)


@export.command("html")
@graph_option
@output_option
@click.option("--focus", metavar="ID_OR_TITLE", help="Only this node's neighbourhood.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=0),
              help="Hops around --focus.")
@click.option("--max-nodes", type=click.IntRange(min=1),
              help="Keep only the N most connected nodes.")
@reports_errors
def export_html(
    graph_path: str, output: str, focus: str | None, depth: int, max_nodes: int | None
) -> None:
    """Write one self-contained HTML file to explore the graph in a browser.

    The file works offline (vis-network is inlined; it makes no network request), shows a
    legend with per-type filters, a search box and tooltips. Above 1,000 nodes the layout is
    computed before writing and physics is off, so large views open at once.

    Example: citegraph export html --graph graph.json -o graph.html --max-nodes 2000
    """
    view, _, dropped = exporting.export_html(
        graph_path, output, focus=focus, depth=depth, max_nodes=max_nodes
    )
    layout = "precomputed layout" if view.precomputed_layout else "browser layout"
    click.echo(f"{output}: {view.nodes} nodes, {view.edges} edges ({layout})")
    if dropped:
        click.echo(dropped)


@export.command("graphml")
@graph_option
@output_option
@reports_errors
def export_graphml(graph_path: str, output: str) -> None:
    """Write the graph as GraphML (yEd, Cytoscape, Gephi, networkx).

    Attributes are scalars: lists are JSON text, missing values are left out.

    Example: citegraph export graphml --graph graph.json -o graph.graphml
    """
    path = exporting.export_graphml(graph_path, output)
    click.echo(f"{path}: GraphML written")


@export.command("gexf")
@graph_option
@output_option
@reports_errors
def export_gexf(graph_path: str, output: str) -> None:
    """Write the graph as GEXF for Gephi.

    Attributes are scalars: lists are JSON text, missing values are left out; the
    relationship type is the edge label.

    Example: citegraph export gexf --graph graph.json -o graph.gexf
    """
    path = exporting.export_gexf(graph_path, output)
    click.echo(f"{path}: GEXF written")


@export.command("csv")
@graph_option
@click.option("--output", "-o", "output", required=True,
              type=click.Path(file_okay=False), help="Directory for the CSV files.")
@reports_errors
def export_csv(graph_path: str, output: str) -> None:
    """Write CSV files for `neo4j-admin database import full`, and an import.sh.

    One nodes_<Label>.csv per label and one rels_<TYPE>.csv per relationship type, with
    typed headers (id:ID, :LABEL, upvotes:int, sources:string[], :START_ID, :END_ID, :TYPE).

    Example: citegraph export csv --graph graph.json -o neo4j-import/
    """
    result = exporting.export_csv(graph_path, output)
    files = len(result.node_files) + len(result.relationship_files)
    click.echo(f"{result.directory}: {_plural(files, 'CSV file')} and import.sh written")
    click.echo("Load into an empty, stopped database from that directory with:")
    click.echo(f"  {result.command}")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _stats_table(counts: Stats) -> str:
    width = max(len(name) for section in counts.values() for name in section)
    lines = []
    for title, section in (("Nodes", counts["nodes"]), ("Edges", counts["edges"])):
        lines.append(f"{title} ({sum(section.values())})")
        lines.extend(f"  {name:<{width}}  {count:>8}" for name, count in section.items())
    return "\n".join(lines)


def main(prog_name: str | None = None) -> None:
    """Console-script entry point."""
    cli(prog_name=prog_name or "citegraph")
