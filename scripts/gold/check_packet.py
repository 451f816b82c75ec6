"""Check a collector's packet folder before it is assembled into a gold set.

Development-time tool, copied beside the collector brief (scripts/gold/collector_brief.md)
into the collection folder, so a collector runs it with the system Python alone:

    python3 FOLDER/check_packet.py FOLDER/PACKET

Reads PACKET/collected.jsonl and PACKET/labels.jsonl and prints every problem it finds:
missing fields, titles on FOLDER/skip_titles.txt (earlier sets, compared without case,
spaces or punctuation) or repeated, abstracts under 400 characters, labels of a type or role
the guideline does not allow, surfaces that are not in the text, papers without a label
line. It imports nothing of citegraph: the collector sees only the brief and the guideline.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

FIELDS = ("title", "abstract", "url", "arxiv_id", "year", "area", "query")
TYPES = {"model", "dataset", "repo"}
ROLES = {"introduces", "builds_on", "evaluates_on", "compares_with", "mentions"}
FORBIDDEN = {("dataset", "builds_on"), ("dataset", "compares_with"), ("model", "evaluates_on")}
MIN_ABSTRACT = 400


def key(title: str) -> str:
    """A title without case, spaces or punctuation."""
    return re.sub(r"[^0-9a-z]+", "", unicodedata.normalize("NFKC", title).casefold())


def one_line(text: str) -> str:
    return " ".join(text.split())


def problems(folder: Path) -> list[str]:
    """Every problem of the packet in `folder`, as FILE:LINE: reason."""
    found: list[str] = []
    skip_file = folder.parent / "skip_titles.txt"
    skip = {key(t) for t in skip_file.read_text("utf-8").splitlines() if t.strip()}
    collected: list[dict] = []
    seen: set[str] = set()
    for number, line in enumerate((folder / "collected.jsonl").read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"collected.jsonl:{number}"
        item = json.loads(line)
        found += [f"{where}: missing field {field}" for field in FIELDS if field not in item]
        title_key = key(item.get("title", ""))
        if title_key in skip:
            found.append(f"{where}: the title is on the skip list: {item['title'][:70]}")
        if title_key in seen:
            found.append(f"{where}: repeated title")
        seen.add(title_key)
        if len(one_line(item.get("abstract", ""))) < MIN_ABSTRACT:
            found.append(f"{where}: abstract shorter than {MIN_ABSTRACT} characters")
        collected.append(item)
    labels_path = folder / "labels.jsonl"
    if not labels_path.exists():
        return [*found, "labels.jsonl: missing"]
    labelled: set[int] = set()
    for number, line in enumerate(labels_path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"labels.jsonl:{number}"
        item = json.loads(line)
        paper = item.get("n")
        if not isinstance(paper, int) or not 1 <= paper <= len(collected):
            found.append(f"{where}: n={paper!r} is not a line of collected.jsonl")
            continue
        labelled.add(paper)
        text = f"{one_line(collected[paper - 1]['title'])}\n\n"
        text += one_line(collected[paper - 1]["abstract"])
        for entity in item.get("entities", []):
            kind, role, name = entity.get("type"), entity.get("role"), entity.get("name")
            if kind not in TYPES or role not in ROLES or (kind, role) in FORBIDDEN:
                found.append(f"{where}: {name!r}: type/role {kind}/{role} is not allowed")
            if kind == "repo":
                continue
            if not entity.get("surfaces"):
                found.append(f"{where}: {name!r} has no surfaces")
            found += [
                f"{where}: surface {surface!r} of {name!r} is not in the text"
                for surface in entity.get("surfaces") or []
                if surface not in text
            ]
    missing = sorted(set(range(1, len(collected) + 1)) - labelled)
    if missing:
        found.append(f"labels.jsonl: no line for papers {missing}")
    return found


def main() -> None:
    folder = Path(sys.argv[1])
    found = problems(folder)
    print("\n".join(found))
    papers = (folder / "collected.jsonl").read_text("utf-8").count("\n")
    print(f"{papers} papers, {len(found)} problems")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
