"""How `citegraph show` looks on a terminal: a card as aligned, wrapped plain text.

The library hands over JSON-ready dicts (`citegraph.queries.show`); `--json` prints them as
they are, and this module turns them into text a person reads top to bottom.
"""

from __future__ import annotations

import textwrap
from typing import Any

from citegraph.queries.show import Shown

WIDTH = 100
# Paper properties in the order a reader wants them; the rest follow alphabetically.
_PAPER_FIELDS = ("arxiv_id", "published_on", "published_text", "authors_count", "organisation",
                 "upvotes")  # fmt: skip
_HIDDEN = {"title", "title_key", "abstract", "sources", "name"}


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
