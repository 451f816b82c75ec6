"""Turn an annotator's output into a gold label file, checking it against the texts.

Development-time tool (docs/evaluation.md):

    python scripts/gold/import_labels.py PACKET.jsonl LABELS.jsonl --papers PAPERS.txt \
        --out tests/gold/dev/labels.jsonl [--annotator NAME]

PACKET is what the annotator was given (`{"n", "title", "abstract"}` per paper), LABELS what
they wrote (`{"n", "entities", "notes"}`). Every label must name a paper of PAPERS (a Daily
Papers dump) by its title, have an allowed type and role, and spellings that occur in the
text; an error names the label file, the line and what is wrong. `--reuse GOLD` takes the
paper id, file and line from an existing gold file instead (for relabelled older samples).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from citegraph import evaluation
from citegraph.graph import ids
from citegraph.loaders import daily_papers

TYPES = {"model", "dataset", "repo"}
ROLES = {"introduces", "builds_on", "evaluates_on", "compares_with", "mentions"}
FORBIDDEN = {("dataset", "builds_on"), ("dataset", "compares_with"), ("model", "evaluates_on")}


def check_entities(entities: list[dict], text: str, where: str) -> list[dict]:
    """The entities in gold-file form; SystemExit naming `where` on the first problem."""
    cleaned = []
    for entity in entities:
        kind, role = entity.get("type"), entity.get("role")
        if kind not in TYPES or role not in ROLES or (kind, role) in FORBIDDEN:
            raise SystemExit(f"{where}: bad type/role {kind}/{role} for {entity.get('name')!r}")
        surfaces = [s for s in entity.get("surfaces") or [] if s]
        missing = [s for s in surfaces if s not in text]
        if missing:
            raise SystemExit(f"{where}: {entity['name']!r}: not in the text: {missing}")
        if kind == "repo":
            try:
                evaluation.repo_label_id(entity["name"])
            except ValueError as exc:
                raise SystemExit(f"{where}: {entity['name']!r}: not a repository: {exc}") from None
        item = {"type": kind, "name": entity["name"], "role": role}
        if kind != "repo":
            item["surfaces"] = surfaces or [entity["name"]]
        if entity.get("evidence"):
            item["evidence"] = entity["evidence"]
        cleaned.append(item)
    return cleaned


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packet", type=Path)
    parser.add_argument("labels", type=Path)
    parser.add_argument("--papers", type=Path, help="the Daily Papers dump the packet came from")
    parser.add_argument(
        "--file-as",
        help="the papers file's path to record (repository-relative, where the set will live;"
        " default: --papers as given)",
    )
    parser.add_argument("--reuse", type=Path, help="an existing gold file, in packet order")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--annotator", default="")
    args = parser.parse_args(argv)
    packet = [json.loads(line) for line in args.packet.read_text("utf-8").splitlines() if line]
    labels = {}
    for number, line in enumerate(args.labels.read_text("utf-8").splitlines(), 1):
        if line.strip():
            item = json.loads(line)
            labels[item["n"]] = (number, item)
    if set(labels) != {item["n"] for item in packet}:
        raise SystemExit(f"{args.labels}: labels for {sorted(labels)} do not match the packet")
    if args.reuse:
        reused = [json.loads(line) for line in args.reuse.read_text("utf-8").splitlines() if line]
        where_of = {ids.title_key(item["title"]): item for item in reused}
    else:
        papers = {ids.title_key(p.title): p for p in daily_papers.load(args.papers)}
    with args.out.open("w", encoding="utf-8") as out:
        for item in packet:
            number, label = labels[item["n"]]
            key = ids.title_key(item["title"])
            text = f"{item['title']}\n\n{item['abstract']}"
            if args.reuse:
                old = where_of[key]
                paper_id, file, line = old["paper_id"], old["file"], old["line"]
            else:
                paper = papers[key]
                file = args.file_as or str(args.papers)
                paper_id, line = paper.id, paper.sources[0].line
            entities = check_entities(label["entities"], text, f"{args.labels}:{number}")
            record = {"paper_id": paper_id, "title": item["title"], "file": file, "line": line,
                      "entities": entities}  # fmt: skip
            if label.get("notes"):
                record["notes"] = label["notes"]
            if args.annotator:
                record["annotator"] = args.annotator
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{args.out}: {len(packet)} papers")


if __name__ == "__main__":
    main()
