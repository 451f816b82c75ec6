"""How results look: query rows as a table, JSON, JSON Lines, CSV or TSV, and `citegraph
show` cards as aligned, wrapped plain text.

The library hands over JSON-ready dicts (query rows, `citegraph.queries.show` cards); this
module alone decides how they are written, so every command spells a format the same way.
"""

from __future__ import annotations

import csv
import io
import json
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from citegraph.graph.display import display_name

if TYPE_CHECKING:  # `query` renders rows without the lookup (and rapidfuzz) `show` needs
    from citegraph.queries.show import Shown

WIDTH = 100
FORMATS = ("table", "json", "jsonl", "csv", "tsv")
# `-o FILE` without --format writes what the file's extension says.
_BY_SUFFIX = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
              ".tsv": "tsv"}  # fmt: skip
# Table cells longer than this are cut (unless --wide): a table should fit a terminal.
CELL_WIDTH = 60
# Paper properties in the order a reader wants them; the rest follow alphabetically.
_PAPER_FIELDS = ("arxiv_id", "published_on", "published_text", "authors_count", "organisation",
                 "upvotes")  # fmt: skip
_HIDDEN = {"title", "title_key", "abstract", "sources", "name"}


# -- query rows ------------------------------------------------------------------------------


def format_for(output: str, chosen: str | None) -> str:
    """The format to write: the one chosen, else the output file's extension's, else table."""
    if chosen is not None:
        return chosen
    return _BY_SUFFIX.get(Path(output).suffix.lower(), "table") if output != "-" else "table"


def render_rows(
    rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: str, *, wide: bool = False
) -> Iterator[str]:
    """Rows in one of `FORMATS`, as chunks of text each ending in a newline.

    The table shows the query's `columns`, lists joined by "; ", long cells cut unless
    `wide`. JSON and JSON Lines are the rows as they are. CSV and TSV hold every field,
    the table's columns first; a list or object is one cell of JSON text, so nothing is lost
    and a spreadsheet still shows it.
    """
    if fmt == "table":
        yield render_table(rows, columns, width=None if wide else CELL_WIDTH) + "\n"
    elif fmt == "json":
        yield json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    elif fmt == "jsonl":
        for row in rows:
            yield json.dumps(row, ensure_ascii=False) + "\n"
    elif fmt in ("csv", "tsv"):
        yield from _delimited(rows, columns, "," if fmt == "csv" else "\t")
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def _delimited(
    rows: list[dict[str, Any]], columns: tuple[str, ...], delimiter: str
) -> Iterator[str]:
    fields = list(columns or ())
    for row in rows:
        fields.extend(key for key in row if key not in fields)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    for values in ([fields], ([_flat(row.get(f)) for f in fields] for row in rows)):
        for line in values:
            writer.writerow(line)
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render_table(
    rows: list[dict[str, Any]], columns: tuple[str, ...], width: int | None = CELL_WIDTH
) -> str:
    """Rows as an aligned text table; nested lists are joined, cells longer than `width`
    cut (None: never)."""
    if not rows:
        return "(no rows)"
    columns = columns or tuple(rows[0])
    cells = [[_cell(row.get(column), width) for column in columns] for row in rows]
    widths = [
        max(len(column), *(len(line[i]) for line in cells)) for i, column in enumerate(columns)
    ]
    lines = ["  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.extend(
        "  ".join(value.ljust(w) for value, w in zip(line, widths, strict=True)).rstrip()
        for line in cells
    )
    return "\n".join(lines)


def _cell(value: Any, width: int | None) -> str:
    if isinstance(value, list):
        parts = [
            display_name(item) if isinstance(item, dict)
            else str(item)
            for item in value
        ]  # fmt: skip
        text = "; ".join(parts)
    elif isinstance(value, float):
        text = f"{value:.4f}"
    else:
        text = "" if value is None else str(value)
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


# -- show cards -------------------------------------------------------------------------------


def render_shown(shown: Shown) -> str:
    """One card, or the list of matches to choose from."""
    if shown.card is None:
        return _render_matches(shown)
    card = shown.card
    lines = [f"{card['type']}  {card['name']}", *_properties(card)]
    if card["type"] == "Paper":
        lines.extend(_paper_sections(card))
    else:
        lines.extend(_entity_sections(card))
    lines.extend(_other_section(card))
    return "\n".join(lines)


def _render_matches(shown: Shown) -> str:
    count = len(shown.matches) + shown.more
    lines = [f"{count} nodes match {shown.text!r}; show one by its id:"]
    width = max(len(entry.label) for entry in shown.matches)
    for entry in shown.matches:
        lines.append(f"  {entry.label:<{width}}  {_cut(entry.display, 70):<70}  {entry.id}")
    if shown.more:
        lines.append(f"  ... and {shown.more} more")
    return "\n".join(line.rstrip() for line in lines)


def _properties(card: dict[str, Any]) -> list[str]:
    props = card["properties"]
    order = [*_PAPER_FIELDS, *sorted(set(props) - set(_PAPER_FIELDS))]
    rows = [("id", card["id"])]
    rows.extend((key, _value(props[key])) for key in order if key in props and key not in _HIDDEN)
    rows.append(("sources", "; ".join(props.get("sources", [])) or "-"))
    width = max(len(key) for key, _ in rows)
    lines = [_wrapped(f"  {key:<{width}}  ", text) for key, text in rows]
    if props.get("abstract"):
        lines.append("")
        lines.append(textwrap.fill(props["abstract"], WIDTH, initial_indent="  ",
                                   subsequent_indent="  "))  # fmt: skip
    return lines


def _paper_sections(card: dict[str, Any]) -> list[str]:
    links = card["links"]
    lines = ["", f"Links ({len(links)})"]
    if not links:
        lines.append("  (none)")
    for link in links:
        role = link["role"] or link["type"]
        lines.append(f"  {role:<14} {link['label']:<8} {link['name']}  {link['id']}".rstrip())
        lines.extend(_evidence_lines(link["confidence"], link["evidence"], indent=" " * 17))
    return lines


def _entity_sections(card: dict[str, Any]) -> list[str]:
    lines = []
    if card["type"] != "Repo":
        lineage = card["lineage"]
        lines += ["", f"Lineage ({len(lineage)})"]
        if not lineage:
            lines.append("  (none)")
        width = max((len(row["name"]) for row in lineage), default=0)
        for row in lineage:
            how = ", ".join(str(row[key]) for key in ("relation", "declared_by") if row.get(key))
            lines.append(
                f"  {row['direction']:<10}  {row['distance']:>2}  {row['name']:<{width}}  "
                f"{row['id']}" + (f"  ({how})" if how else "")
            )
    papers = card["papers"]
    total = sum(len(rows) for rows in papers.values())
    lines += ["", f"Papers linking to it ({total})"]
    if not papers:
        lines.append("  (none)")
    for role, rows in papers.items():
        lines.append(f"  {role} ({len(rows)})")
        for row in rows:
            lines.append(_wrapped("    ", f"{row['title'] or '(no title)'}  {row['id']}"))
            lines.extend(_evidence_lines(row["confidence"], row["evidence"], indent=" " * 6))
    return lines


def _other_section(card: dict[str, Any]) -> list[str]:
    other = card["other"]
    if not other:
        return []
    lines = ["", f"Other relationships ({len(other)})"]
    for row in other:
        arrow = f"-[{row['type']}]->" if row["direction"] == "out" else f"<-[{row['type']}]-"
        line = f"  {arrow} {row['label']} {row['name']}  {row['id']}"
        evidence = row["evidence"]
        if evidence and evidence.get("declared_by"):
            line += f"  (declared by {evidence['declared_by']})"
        lines.append(_wrapped("", line))
    return lines


def _evidence_lines(confidence: float | None, evidence: dict[str, Any] | None,
                    indent: str) -> list[str]:  # fmt: skip
    facts = []
    if confidence is not None:
        facts.append(f"confidence {confidence:.2f}")
    if evidence is not None:
        if evidence["method"] == "declared":
            facts.append(f"declared by {evidence['declared_by']}: {evidence['surface']!r}")
        else:
            start, end = evidence["span"]
            facts.append(f"{evidence['method']} {evidence['surface']!r} at {start}-{end}")
        if evidence["source"]:
            facts.append(evidence["source"])
    lines = [_wrapped(indent, " · ".join(facts))] if facts else []
    if evidence is not None and evidence.get("context"):
        lines.append(_wrapped(indent, f'"{evidence["context"]}"'))
    return lines


def _wrapped(indent: str, text: str) -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent,
                         subsequent_indent=" " * len(indent), break_on_hyphens=False,
                         break_long_words=False)  # fmt: skip


def _value(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(item) for item in value) or "-"
    return str(value)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
