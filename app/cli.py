"""The `citegraph` command: thin click commands over one library call each.

The library raises `CitegraphError`; this module alone decides how users see it: one
`Error: ...` line on stderr and exit status 1, never a traceback.

Each command imports the library modules it calls inside its own body: importing them all
here made every command, `--help` included, load the Neo4j driver, pyvis, Dask, pydantic and
the linker first (1.2-1.5 s). tests/test_startup.py checks what each command imports.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import click

from citegraph import __version__, rendering
from citegraph.defaults import DEFAULT_GRAPH, DEFAULT_PARTITIONS, available_cpus
from citegraph.graph.atomic import atomic_open
from citegraph.graph.errors import CitegraphError
from citegraph.graph.neo4j_uri import check_uri
from citegraph.graph.store import DEFAULT_RETRY_SECONDS, Stats
from citegraph.sources import GraphSource, Neo4jSettings

if TYPE_CHECKING:
    from tqdm import tqdm

    from citegraph.linker import Linker, LinkResult
    from citegraph.reports import BuildReport

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


def _neo4j_options(command: F) -> F:
    """The `--neo4j-*` options; the connection's default to the standard NEO4J_* variables."""
    options = [
        click.option("--neo4j-uri", envvar="NEO4J_URI", show_envvar=True, metavar="URI",
                     help="Use this Neo4j server (bolt:// or neo4j://) instead of a file."),
        click.option("--neo4j-user", envvar="NEO4J_USERNAME", show_envvar=True, metavar="USER",
                     help="Neo4j user (default neo4j when a password is given)."),
        click.option("--neo4j-password", envvar="NEO4J_PASSWORD", show_envvar=True,
                     metavar="PW", help="Neo4j password."),
        click.option("--neo4j-database", envvar="NEO4J_DATABASE", show_envvar=True,
                     metavar="DB", help="Neo4j database (default: the server's default)."),
        click.option("--neo4j-retry", type=click.FloatRange(min=0), metavar="SECONDS",
                     default=DEFAULT_RETRY_SECONDS, show_default=True,
                     help="Retry transient Neo4j failures (deadlocks, a restarting server) "
                     "for up to this long."),
    ]  # fmt: skip
    for option in reversed(options):
        command = option(command)
    return command


def _neo4j_settings(params: dict[str, Any]) -> Neo4jSettings | None:
    uri = params.pop("neo4j_uri")
    user, password = params.pop("neo4j_user"), params.pop("neo4j_password")
    database = params.pop("neo4j_database")
    retry_seconds = params.pop("neo4j_retry")
    if not uri:
        return None
    if password and not user:
        user = "neo4j"
    return Neo4jSettings(
        uri=uri, user=user, password=password, database=database, retry_seconds=retry_seconds
    )


def _usable(settings: Neo4jSettings) -> Neo4jSettings:
    """The settings a command will connect with, their URI checked now: an unusable one is
    one error line before the command imports its pipeline or the Neo4j driver (half a
    second), not after."""
    try:
        check_uri(settings.uri)
    except CitegraphError as error:
        raise click.ClickException(str(error)) from None
    return settings


def _choose(file_param: str, params: dict[str, Any]) -> GraphSource:
    """A file or Neo4j: an explicit --neo4j-uri wins over the default file, and an explicit
    file wins over NEO4J_URI from the environment; both given explicitly is an error."""
    ctx = click.get_current_context()
    file_value = params.pop(file_param)
    settings = _neo4j_settings(params)
    explicit = click.core.ParameterSource.COMMANDLINE
    file_given = ctx.get_parameter_source(file_param) == explicit
    if settings is None:
        return file_value
    if file_given and ctx.get_parameter_source("neo4j_uri") == explicit:
        raise click.UsageError("give a graph file or --neo4j-uri, not both")
    return file_value if file_given else _usable(settings)


class _AliasedOption(click.Option):
    """An option whose old spellings (`hidden_aliases`) still work but are not shown.

    A second, hidden option for the old spelling would be another parameter: click would
    not report the value as given on the command line, and `_choose` (file or Neo4j) relies
    on that. Here the old spelling is one more name of the same parameter, left out of
    `--help` and of error messages.
    """

    def __init__(self, *args: Any, hidden_aliases: Sequence[str] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.hidden_aliases = frozenset(hidden_aliases)

    @contextmanager
    def _shown_names(self) -> Iterator[None]:
        every = self.opts
        self.opts = [name for name in every if name not in self.hidden_aliases]
        try:
            yield
        finally:
            self.opts = every

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        with self._shown_names():
            return super().get_help_record(ctx)

    def get_error_hint(self, ctx: click.Context | None) -> str:
        with self._shown_names():
            return super().get_error_hint(ctx)


def output_option(help_text: str, **options: Any) -> Callable[[F], F]:
    """`-o/--output`: where a command writes, spelled the same on every command.

    `--out`, the spelling `build` and `extract` had, is kept as a hidden alias so that
    scripts written for it go on working. `options` are click's (type, default, required).
    """
    return click.option(
        "--output",
        "-o",
        "--out",
        "output",
        cls=_AliasedOption,
        hidden_aliases=("--out",),
        help=help_text,
        **options,
    )


def files_argument(command: F) -> F:
    """FILES...: source files or folders, checked by the loaders (one `Error:` line each)."""
    return click.argument("files", nargs=-1, required=True, type=click.Path(readable=False))(
        command
    )


def skip_bad_option(command: F) -> F:
    """`--skip-bad`: on every command that reads source files."""
    return click.option(
        "--skip-bad", is_flag=True, help="Skip unreadable files, report them, go on."
    )(command)


def json_option(help_text: str) -> Callable[[F], F]:
    """`--json`: machine-readable output instead of text."""
    return click.option("--json", "as_json", is_flag=True, help=help_text)


def param_option(help_text: str) -> Callable[[F], F]:
    """`-p/--param KEY=VALUE` (repeatable): a named query's parameters."""
    return click.option(
        "--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help=help_text
    )


def graph_file_option(help_text: str) -> Callable[[F], F]:
    """`--graph FILE`: the graph file a command reads or writes."""
    return click.option(
        "--graph",
        "graph_path",
        default=DEFAULT_GRAPH,
        show_default=True,
        type=click.Path(dir_okay=False),
        help=help_text,
    )


def jobs_option(command: F) -> F:
    """`--jobs N`: link in N worker processes; the output is the same as with one."""
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        help="Link papers in N worker processes (same output as 1).",
    )(command)


def lock_timeout_option(command: F) -> F:
    """`--lock-timeout SECONDS`: how long to wait for another writer of the same graph file."""
    return click.option(
        "--lock-timeout",
        type=click.FloatRange(min=0),
        default=None,
        metavar="SECONDS",
        help="Wait at most this long for another command writing the same graph file "
        "(default: wait until it is done).",
    )(command)


def catalog_option(command: F) -> F:
    """`--catalog FILE.toml` (repeatable): the user's own catalog entries, on every command
    that links."""
    return click.option(
        "--catalog",
        "catalogs",
        multiple=True,
        metavar="FILE.toml",
        type=click.Path(dir_okay=False, readable=False),
        help="Your own catalog entries (the shipped TOML format, checked by the same rules; "
        "they may name shipped keys in lineage, never redefine them). Repeatable.",
    )(command)


def _linker(catalogs: tuple[str, ...]) -> Linker | None:
    """The linker for the shipped catalog plus the user's files; None lets the pipeline
    use the shipped one."""
    if not catalogs:
        return None
    from citegraph.linker.cache import compiled_linker

    return compiled_linker(catalogs)


def graph_source_options(command: F) -> F:
    """`--graph FILE` or `--neo4j-*`: where the graph is read from, the same on every command.

    The command receives one `source` argument: a file path or `Neo4jSettings`.
    """

    @functools.wraps(command)
    def wrapper(*args: Any, **params: Any) -> Any:
        params["source"] = _choose("graph_path", params)
        return command(*args, **params)

    wrapper = graph_file_option("Graph file written by `citegraph build`.")(_neo4j_options(wrapper))
    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="citegraph")
def cli() -> None:
    """Build and query a knowledge graph of ML papers, models, datasets and code."""


@cli.command()
@files_argument
@output_option(
    "Graph file to create, or to merge into when it exists.",
    default=DEFAULT_GRAPH,
    show_default=True,
    type=click.Path(dir_okay=False),
)
@_neo4j_options
@skip_bad_option
@jobs_option
@lock_timeout_option
@catalog_option
@reports_errors
def build(
    files: tuple[str, ...],
    skip_bad: bool,
    jobs: int,
    lock_timeout: float | None,
    catalogs: tuple[str, ...],
    **params: Any,
) -> None:
    """Read paper listings from FILES into the graph file, or into Neo4j.

    A folder among FILES stands for every file in it (recursively, sorted, hidden files
    skipped). Formats are recognised from content. Building the same files again changes nothing;
    a bad file stops the build and leaves the graph file untouched, unless --skip-bad.
    With --neo4j-uri the graph is written straight into that Neo4j database. A build into a
    file that another command is writing waits for it, then merges on top of its result.
    --catalog adds your own models and datasets to the shipped catalog; a bad entry stops
    the build before anything is read, naming its file and line.

    Example: citegraph build examples/data/hf-papers/*.txt -o graph.json
    """
    output = _choose("output", params)
    from citegraph import pipeline

    linker = _linker(catalogs)
    with _progress(files, "build") as bar:
        report = pipeline.build(
            files, output, skip_bad=skip_bad, on_progress=bar.update, jobs=jobs,
            lock_timeout=lock_timeout, linker=linker,
        )  # fmt: skip
    _print_report(report, skip_bad)


@cli.command()
@files_argument
@output_option(
    "JSON Lines file to write (written whole or not at all); - is standard output.",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    show_default=True,
)
@skip_bad_option
@jobs_option
@catalog_option
@reports_errors
def extract(
    files: tuple[str, ...], output: str, skip_bad: bool, jobs: int, catalogs: tuple[str, ...]
) -> None:
    """Link the papers in FILES (or in folders, recursively) and print their mentions as JSON Lines.

    One object per paper: {"paper": {"id", "title", "source"}, "mentions": [{"type",
    "entity_id", "name", "surface", "role", "span", "score", "method"}]}. Spans index
    the paper's title and abstract joined by a blank line. Nothing is stored. --catalog
    adds your own catalog entries, as for build.

    Example: citegraph extract examples/data/hf-papers/000_8b469dd44731cff1.txt | head -1
    """
    from citegraph import pipeline

    skipped: list[str] = []
    linker = _linker(catalogs)
    with _progress(files, "extract") as bar:
        results = pipeline.extract(
            files,
            skip_bad=skip_bad,
            on_progress=bar.update,
            on_skip=lambda e: skipped.append(str(e)),
            jobs=jobs,
            linker=linker,
        )
        lines = (
            json.dumps(extraction_json(result), ensure_ascii=False) + "\n" for result in results
        )
        count = write_lines(output, lines)
    for error in skipped:
        click.echo(f"Skipped {error}", err=True)
    if output != "-":
        click.echo(f"{output}: {_plural(count, 'paper')}", err=True)


@cli.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--errors", is_flag=True, help="Also list every miss, false link and wrong role.")
@json_option("Print the scores as JSON.")
@reports_errors
def score(gold: tuple[str, ...], errors: bool, as_json: bool) -> None:
    """Score the linker against hand-labelled GOLD files (docs/annotation-guideline.md).

    Prints precision, recall and F1 per entity type and for the builds_on role, and how the
    roles of the entities both sides found agree. Label files refer to the papers' text
    files by path, resolved from the current folder or beside the label file. With several
    files, their total follows (under "total" in --json): the figures of all their papers.

    Example: citegraph score tests/gold/dev/labels.jsonl --errors
    """
    from citegraph import evaluation
    from citegraph.linker.cache import compiled_linker
    from citegraph.loaders import source_files

    linker = compiled_linker()
    # A folder of label files is every file in it, as for the inputs of build.
    reports = {path: evaluation.score(path, linker) for path in source_files(gold)}
    total = evaluation.Report.total(reports.values()) if len(reports) > 1 else None
    if as_json:
        scores = {p: r.as_dict() for p, r in reports.items()}
        if total is not None:
            scores["total"] = total.as_dict()
        click.echo(json.dumps(scores, indent=2))
        return
    for path, report in reports.items():
        click.echo(f"{path}\n{report.table()}")
        if errors:
            click.echo("\n".join(report.errors))
    if total is not None:
        click.echo(f"total of {len(reports)} files\n{total.table()}")


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
    with atomic_open(out, "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line)
            count += 1
    return count


@cli.command()
@graph_source_options
@json_option("Print JSON instead of a table.")
@reports_errors
def stats(source: GraphSource, as_json: bool) -> None:
    """Count nodes by label and edges by relationship type.

    Example: citegraph stats --graph graph.json --json
    """
    from citegraph import reading

    counts = reading.stats(source)
    if as_json:
        click.echo(json.dumps(counts, indent=2))
    else:
        click.echo(_stats_table(counts))


class _NoProgress:
    """The bar when stderr is no terminal: tqdm would draw nothing there, and importing it
    (and sizing the inputs for its total) is a noticeable part of a short command's run."""

    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: float | None = 1) -> None:
        """Nothing to show."""


def _progress(files: tuple[str, ...], label: str) -> tqdm | _NoProgress:
    """A bar over the input bytes on stderr, shown only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return _NoProgress()
    from tqdm import tqdm

    from citegraph import pipeline

    return tqdm(
        total=pipeline.input_size(files),
        unit="B",
        unit_scale=True,
        desc=label,
        disable=None,  # off when stderr is not a terminal
        file=sys.stderr,
        leave=False,
    )


@cli.command()
@click.argument("name", required=False)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
@param_option("A query parameter.")
@graph_source_options
@click.option(
    "--format",
    "output_format",
    type=click.Choice(rendering.FORMATS),
    help="table (default), json, jsonl (a row per line), csv or tsv; with -o the default "
    "follows the file's extension (.json, .jsonl, .csv, .tsv).",
)
@json_option("Print JSON rows (--format json).")
@click.option("--wide", is_flag=True, help="Do not cut long table cells.")
@output_option(
    "Write the rows to FILE (written whole or not at all) instead of standard output.",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
)
@click.option("--limit", type=click.IntRange(min=1), help="At most N rows.")
@reports_errors
def query(
    name: str | None,
    list_queries: bool,
    params: tuple[str, ...],
    source: GraphSource,
    output_format: str | None,
    as_json: bool,
    wide: bool,
    output: str,
    limit: int | None,
) -> None:
    """Answer a named question about the graph (file or Neo4j).

    `citegraph query --list` shows the queries; each also ships as a .cypher file for the
    Neo4j Browser (see the README). Rows print as a table, or as JSON, JSON Lines, CSV or
    TSV for other tools (nested values are JSON text in CSV and TSV cells).

    Example: citegraph query builds-on --param model="Llama 2" --format csv -o llama2.csv
    """
    from citegraph import reading
    from citegraph.queries import QUERIES

    if list_queries:
        width = max(len(q) for q in QUERIES)
        for named in QUERIES.values():
            click.echo(f"{named.name:<{width}}  {named.description}")
        return
    if name is None:
        raise click.UsageError(f"name a query: {', '.join(QUERIES)} (or use --list)")
    if as_json and output_format not in (None, "json"):
        raise click.UsageError(f"--json and --format {output_format} exclude each other")
    from citegraph import rendering

    chosen = "json" if as_json else rendering.format_for(output, output_format)
    named, rows = reading.query(name, source, _parse_params(params), limit)
    lines = rendering.render_rows(rows, named.columns, chosen, wide=wide)
    write_lines(output, lines)
    if output != "-":
        click.echo(f"{output}: {_plural(len(rows), 'row')} ({chosen})", err=True)


@cli.command()
@click.argument("text")
@graph_source_options
@json_option("Print the card as JSON.")
@reports_errors
def show(text: str, source: GraphSource, as_json: bool) -> None:
    """Show everything the graph knows about one paper, model, dataset or repo.

    TEXT is an id, a title, a name, an alias or a Hub id (any case), or words of one:
    `DSPy` finds "DSPy: Compiling Declarative Language Model Calls...". A paper shows its
    metadata, sources and every link with role, confidence and evidence (the words around
    it); an entity its lineage and the papers linking to it, by role. When TEXT matches
    several nodes they are listed, best first; when it matches none, the error suggests
    the closest names.

    Example: citegraph show "Flan-T5"
    """
    from citegraph import reading, rendering

    shown = reading.show(source, text)
    if as_json:
        if shown.card is not None:
            payload: Any = shown.card
        else:
            payload = {"matches": [{"id": e.id, "type": e.label, "name": e.display}
                                   for e in shown.matches], "more": shown.more}  # fmt: skip
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        click.echo(rendering.render_shown(shown))


def _parse_params(items: tuple[str, ...]) -> dict[str, str]:
    given = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.UsageError(f"--param takes KEY=VALUE, not {item!r}")
        given[key.strip()] = value
    return given


@cli.group()
def export() -> None:
    """Write the graph as an HTML view or for other tools (Gephi, neo4j-admin)."""


@export.command("html")
@graph_source_options
@output_option(
    "File to write (replaced atomically).", required=True, type=click.Path(dir_okay=False)
)
@click.option("--focus", metavar="ID_OR_TITLE", help="Only this node's neighbourhood.")
@click.option(
    "--depth", default=1, show_default=True, type=click.IntRange(min=0), help="Hops around --focus."
)
@click.option(
    "--max-nodes", type=click.IntRange(min=1), help="Keep only the N most connected nodes."
)
@click.option("--query", "query_name", metavar="NAME", help="Only what a named query answers.")
@param_option("A --query parameter.")
@reports_errors
def export_html(
    source: GraphSource,
    output: str,
    focus: str | None,
    depth: int,
    max_nodes: int | None,
    query_name: str | None,
    params: tuple[str, ...],
) -> None:
    """Write one self-contained HTML file to explore the graph in a browser.

    The file works offline (vis-network is inlined; it makes no network request), shows a
    legend with per-type filters, a search box and tooltips. Above 300 nodes the layout is
    computed before writing and physics is off, so large views open at once. --query shows
    only the nodes a named query answers with (and what links them).

    Example: citegraph export html -o t5.html --query builds-on --param model=T5
    """
    from citegraph import exporting

    if params and query_name is None:
        raise click.UsageError("--param needs --query")
    view, _, dropped = exporting.export_html(
        source, output, focus=focus, depth=depth, max_nodes=max_nodes,
        query=query_name, params=_parse_params(params),
    )  # fmt: skip
    layout = "precomputed layout" if view.precomputed_layout else "browser layout"
    click.echo(f"{output}: {view.nodes} nodes, {view.edges} edges ({layout})")
    if dropped:
        click.echo(dropped)


@export.command("graphml")
@graph_source_options
@output_option(
    "File to write (replaced atomically).", required=True, type=click.Path(dir_okay=False)
)
@reports_errors
def export_graphml(source: GraphSource, output: str) -> None:
    """Write the graph as GraphML (yEd, Cytoscape, Gephi, networkx).

    Attributes are scalars: lists are JSON text, missing values are left out.

    Example: citegraph export graphml --graph graph.json -o graph.graphml
    """
    from citegraph import exporting

    path = exporting.export_graphml(source, output)
    click.echo(f"{path}: GraphML written")


@export.command("gexf")
@graph_source_options
@output_option(
    "File to write (replaced atomically).", required=True, type=click.Path(dir_okay=False)
)
@reports_errors
def export_gexf(source: GraphSource, output: str) -> None:
    """Write the graph as GEXF for Gephi.

    Attributes are scalars: lists are JSON text, missing values are left out; the
    relationship type is the edge label.

    Example: citegraph export gexf --graph graph.json -o graph.gexf
    """
    from citegraph import exporting

    path = exporting.export_gexf(source, output)
    click.echo(f"{path}: GEXF written")


@export.command("csv")
@graph_source_options
@output_option("Directory for the CSV files.", required=True, type=click.Path(file_okay=False))
@reports_errors
def export_csv(source: GraphSource, output: str) -> None:
    """Write CSV files for `neo4j-admin database import full`, and an import.sh.

    One nodes_<Label>.csv per label and one rels_<TYPE>.csv per relationship type, with
    typed headers (id:ID, :LABEL, upvotes:int, sources:string[], :START_ID, :END_ID, :TYPE).

    Example: citegraph export csv --graph graph.json -o neo4j-import/
    """
    from citegraph import exporting

    result = exporting.export_csv(source, output)
    files = len(result.node_files) + len(result.relationship_files)
    click.echo(f"{result.directory}: {_plural(files, 'CSV file')} and import.sh written")
    _print_import_command(result.command)


@cli.command()
@files_argument
@output_option(
    "Directory for the CSV partitions and import.sh.",
    required=True,
    type=click.Path(file_okay=False),
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    envvar="DASK_SCHEDULER_ADDRESS",
    show_envvar=True,
    help="Dask scheduler to run on, e.g. tcp://10.0.0.5:8786 (default: local workers).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=available_cpus,
    show_default="the CPUs of this machine",
    help="Worker processes of the local cluster (without --scheduler).",
)
@click.option(
    "--partitions",
    type=click.IntRange(min=1),
    default=DEFAULT_PARTITIONS,
    show_default=True,
    help="Part files per label and relationship type.",
)
@skip_bad_option
@catalog_option
@reports_errors
def bulk(
    files: tuple[str, ...],
    output: str,
    scheduler: str | None,
    workers: int,
    partitions: int,
    skip_bad: bool,
    catalogs: tuple[str, ...],
) -> None:
    """Link FILES on a Dask cluster and write partitions for neo4j-admin import.

    Each file is read and linked by a Dask worker (the same loaders and linker as build);
    the graph comes out as header + part CSV files per label and relationship type, and
    an import.sh for `neo4j-admin database import full`. Loaded into an empty database it
    is the graph `citegraph build` makes from the same files. Without --scheduler a local
    cluster runs on 127.0.0.1; with one, the workers must see FILES and the output
    directory at the same paths. --catalog adds your own catalog entries, as for build.
    Needs the `distributed` extra.

    Example: citegraph bulk dumps/*.txt -o neo4j-import/ --scheduler tcp://10.0.0.5:8786
    """
    from citegraph import distributed

    linker = _linker(catalogs)  # a bad catalog entry stops the command before any worker starts
    with distributed.dask_client(scheduler, workers) as client:
        report = distributed.bulk(
            files, output, client=client, partitions=partitions, skip_bad=skip_bad,
            linker=linker,
        )  # fmt: skip
    _print_report(report, skip_bad)


def _print_report(report: BuildReport, skip_bad: bool) -> None:
    """The summary of `build` and `bulk`: skipped files on stderr, then one line of counts,
    and for `bulk` the command that loads its partitions."""
    for error in report.skipped:
        click.echo(f"Skipped {error}", err=True)
    skipped = f", {len(report.skipped)} skipped" if skip_bad else ""
    click.echo(
        f"{report.output}: {_counts_line(report.stats)} "
        f"({report.listings} listings from {_plural(report.files_read, 'file')}{skipped})"
    )
    if report.import_command is not None:
        _print_import_command(report.import_command)


def _print_import_command(command: str) -> None:
    click.echo("Load into an empty, stopped database from that directory with:")
    click.echo(f"  {command}")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


@cli.command()
@graph_file_option("Graph file to load.")
@_neo4j_options
@reports_errors
def push(graph_path: str, **params: Any) -> None:
    """Load a saved graph file into Neo4j, merging with what the database holds.

    Example: citegraph push --graph graph.json --neo4j-uri bolt://localhost:7687
    """
    target = _required_neo4j(params)
    from citegraph import pipeline

    counts = pipeline.push(graph_path, target)
    click.echo(f"{target}: {_counts_line(counts)}")


@cli.command()
@graph_file_option("Graph file to write (replaced atomically).")
@_neo4j_options
@lock_timeout_option
@reports_errors
def pull(graph_path: str, lock_timeout: float | None, **params: Any) -> None:
    """Write the graph held in Neo4j to a graph file, replacing the file.

    Example: citegraph pull --neo4j-uri bolt://localhost:7687 --graph graph.json
    """
    source = _required_neo4j(params)
    from citegraph import pipeline

    counts = pipeline.pull(source, graph_path, lock_timeout=lock_timeout)
    click.echo(f"{graph_path}: {_counts_line(counts)}")


def _required_neo4j(params: dict[str, Any]) -> Neo4jSettings:
    settings = _neo4j_settings(params)
    if settings is None:
        raise click.UsageError("--neo4j-uri (or NEO4J_URI) is required")
    return _usable(settings)


def _counts_line(counts: Stats) -> str:
    nodes, edges = counts["nodes"], counts["edges"]
    return (
        f"{nodes['Paper']} papers, {nodes['Model']} models, {nodes['Dataset']} datasets, "
        f"{nodes['Repo']} repos, {sum(edges.values())} edges"
    )


def _stats_table(counts: Stats) -> str:
    width = max(len(name) for section in counts.values() for name in section)
    lines = []
    for title, section in (("Nodes", counts["nodes"]), ("Edges", counts["edges"])):
        lines.append(f"{title} ({sum(section.values())})")
        lines.extend(f"  {name:<{width}}  {count:>8}" for name, count in section.items())
    return "\n".join(lines)


def main(prog_name: str | None = None) -> None:
    """Console-script entry point."""
    # Library warnings (waiting for a lock, retrying a Neo4j write) are news for the user,
    # one plain line each on stderr; stdout stays the command's result.
    citegraph_log = logging.getLogger("citegraph")
    shown = logging.StreamHandler(sys.stderr)
    shown.setFormatter(logging.Formatter("%(message)s"))
    citegraph_log.addHandler(shown)
    citegraph_log.setLevel(logging.WARNING)
    citegraph_log.propagate = False
    # The Neo4j driver logs connection failures itself; users get our one `Error:` line.
    neo4j_log = logging.getLogger("neo4j")
    neo4j_log.addHandler(logging.NullHandler())
    neo4j_log.propagate = False
    cli(prog_name=prog_name or "citegraph")
