"""Prepare a collection round for collector helpers, then assemble their packets into sets.

Development-time tool (docs/evaluation.md, "Collecting a new set"):

    python scripts/gold/packets.py prepare FOLDER
    python scripts/gold/packets.py assemble dev42 FOLDER d42a d42b --drop d42a:13

`prepare` writes into FOLDER what a collector may see: the brief
(scripts/gold/collector_brief.md with FOLDER filled in; each collector is told its packet
name and areas), the annotation guideline, the packet checker and `skip_titles.txt`, every
title of the bundled dumps and of every gold set, blind ones included (titles only).

`assemble` joins the packets in the order given into `tests/gold/SET/` (papers.txt and
sources.tsv, as scripts/gold/make_sets.py writes them, in collection order), drops the
papers `--drop PACKET:N` names (a query that named a model) and any title already known or
repeated, renumbers the labels and imports them with scripts/gold/import_labels.py, which
checks every label against the text.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from citegraph.graph import ids
from citegraph.loaders import daily_papers

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import import_labels  # noqa: E402 - development scripts beside this one
from make_sets import _one_line, write_packet, write_set  # noqa: E402


def known_titles(leave_out: str = "") -> list[str]:
    """Every title of the bundled dumps and the gold sets (the skip list), but the set
    `leave_out` (the one being assembled again)."""
    titles: set[str] = set()
    dumps = sorted((ROOT / "examples/data/hf-papers").glob("*.txt"))
    sets = [
        p for p in sorted((ROOT / "tests/gold").glob("*/papers.txt")) if p.parent.name != leave_out
    ]
    for path in [*dumps, *sets]:
        titles.update(_one_line(paper.title) for paper in daily_papers.load(path))
    for path in sorted((ROOT / "tests/gold").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                titles.add(_one_line(json.loads(line)["title"]))
    return sorted(titles)


def prepare(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    brief = (HERE / "collector_brief.md").read_text("utf-8").replace("FOLDER", str(folder))
    (folder / "BRIEF.md").write_text(brief, "utf-8")
    shutil.copy(ROOT / "docs/annotation-guideline.md", folder / "GUIDELINE.md")
    shutil.copy(HERE / "check_packet.py", folder / "check_packet.py")
    titles = known_titles()
    (folder / "skip_titles.txt").write_text("\n".join(titles) + "\n", "utf-8")
    print(f"{folder}: brief, guideline, checker and {len(titles)} titles to skip")


def assemble(name: str, folder: Path, packets: list[str], drop: set[str], out: Path) -> None:
    known = {ids.title_key(title) for title in known_titles(leave_out=name)}
    papers: list[dict] = []
    labels: list[dict] = []
    for packet in packets:
        lines = (folder / packet / "collected.jsonl").read_text("utf-8").splitlines()
        collected = [json.loads(line) for line in lines if line.strip()]
        labelled = {}
        for line in (folder / packet / "labels.jsonl").read_text("utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                labelled[item["n"]] = item
        for number, item in enumerate(collected, 1):
            title = _one_line(item["title"])
            key = ids.title_key(title)
            if f"{packet}:{number}" in drop or key in known:
                print(f"{packet}:{number}: dropped: {title[:70]}", file=sys.stderr)
                continue
            known.add(key)
            arxiv = ids.normalize_arxiv_id(item.get("arxiv_id") or "") or ""
            papers.append({**item, "title": title, "abstract": _one_line(item["abstract"]),
                           "arxiv_id": arxiv})  # fmt: skip
            labels.append({**labelled[number], "n": len(papers)})
    write_set(papers, out / name)
    work = folder / name
    work.mkdir(exist_ok=True)
    write_packet(papers, work / "packet_all.jsonl")
    rows = "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    (work / "labels_all.jsonl").write_text(rows, "utf-8")
    import_labels.main([
        str(work / "packet_all.jsonl"), str(work / "labels_all.jsonl"),
        "--papers", str(out / name / "papers.txt"), "--out", str(out / name / "labels.jsonl"),
        # where the set lives once copied into the repository, not where it was assembled:
        # a gold file must score from any clone
        "--file-as", f"tests/gold/{name}/papers.txt",
    ])  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    prepared = commands.add_parser("prepare")
    prepared.add_argument("folder", type=Path)
    assembled = commands.add_parser("assemble")
    assembled.add_argument("name")
    assembled.add_argument("folder", type=Path)
    assembled.add_argument("packets", nargs="+")
    assembled.add_argument("--drop", action="append", default=[], metavar="PACKET:N")
    assembled.add_argument("--out", type=Path, default=Path("tests/gold"))
    args = parser.parse_args(argv)
    if args.command == "prepare":
        prepare(args.folder)
    else:
        assemble(args.name, args.folder, args.packets, set(args.drop), args.out)


if __name__ == "__main__":
    main()
