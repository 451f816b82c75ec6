"""Turn collected abstracts into the dev and blind gold sets, split at random before labelling.

Development-time tool, run once when a set is collected (docs/evaluation.md):

    python scripts/gold/make_sets.py COLLECTED.jsonl... --out tests/gold --packets DIR
    python scripts/gold/make_sets.py COLLECTED.jsonl... --out tests/gold --packets DIR \
        --single dev2 --exclude tests/gold/dev/papers.txt tests/gold/blind/papers.txt

Input lines are `{"title", "abstract", "url", "arxiv_id", "year", "area", "query"}` as the
collectors wrote them. Papers already in the bundled dumps, repeated papers (same title key or
arXiv id) and abstracts shorter than 400 characters are dropped; the rest are shuffled with a
fixed seed and cut in two halves, dev and blind. Each set is written as `papers.txt` (Daily
Papers layout, so the shipped loader reads it) and `sources.tsv` (title, page, arXiv id, year,
area). `--packets` receives the labelling inputs: one `{"n", "title", "abstract"}` per paper
and set, and the random 40 blind papers that two more annotators label independently.
The split is made here, by the seed, before anyone has labelled or linked a paper.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

from citegraph.graph import ids
from citegraph.loaders import daily_papers

SEED = 20261202
DOUBLE_LABELLED = 40
MIN_ABSTRACT = 400


def _one_line(text: str) -> str:
    return " ".join(text.split())


def collect(paths: list[Path], bundled: set[str]) -> list[dict]:
    """Unique, usable collected papers, in input order."""
    seen_titles: set[str] = set()
    seen_arxiv: set[str] = set()
    kept: list[dict] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            title, abstract = _one_line(item["title"]), _one_line(item["abstract"])
            key = ids.title_key(title)
            arxiv = ids.normalize_arxiv_id(item.get("arxiv_id") or "") or ""
            reason = None
            if key in bundled:
                reason = "in the bundled dumps or an earlier gold set"
            elif key in seen_titles or (arxiv and arxiv in seen_arxiv):
                reason = "repeated"
            elif len(abstract) < MIN_ABSTRACT:
                reason = "abstract too short"
            if reason:
                print(f"{path}:{number}: dropped ({reason}): {title[:70]}", file=sys.stderr)
                continue
            seen_titles.add(key)
            if arxiv:
                seen_arxiv.add(arxiv)
            kept.append({**item, "title": title, "abstract": abstract, "arxiv_id": arxiv})
    return kept


def write_set(papers: list[dict], folder: Path) -> None:
    """papers.txt in the Daily Papers layout (title, blank line, abstract) and sources.tsv."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "papers.txt").open("w", encoding="utf-8") as out:
        out.write("Daily Papers\n\n")
        for paper in papers:
            out.write(f"{paper['title']}\n\n{paper['abstract']}\n\n")
    with (folder / "sources.tsv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["title", "page", "arxiv_id", "year", "area"])
        for paper in papers:
            writer.writerow(
                [paper["title"], paper["url"], paper["arxiv_id"], paper.get("year") or "",
                 paper.get("area") or ""]
            )  # fmt: skip
    loaded = list(daily_papers.load(folder / "papers.txt"))
    if [p.title for p in loaded] != [p["title"] for p in papers]:
        raise SystemExit(f"{folder}/papers.txt does not load back as written")


def write_packet(papers: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for number, paper in enumerate(papers, 1):
            out.write(
                json.dumps(
                    {"n": number, "title": paper["title"], "abstract": paper["abstract"]},
                    ensure_ascii=False,
                )
                + "\n"
            )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("collected", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("tests/gold"))
    parser.add_argument("--packets", type=Path, required=True)
    parser.add_argument("--bundled", nargs="*", type=Path,
                        default=sorted(Path("examples/data/hf-papers").glob("*.txt")))  # fmt: skip
    parser.add_argument("--exclude", nargs="*", type=Path, default=[],
                        help="gold sets (papers.txt) whose papers a new collection must skip")
    parser.add_argument("--single", metavar="NAME",
                        help="write every paper to one set NAME (a later training round) "
                        "instead of splitting into dev and blind")  # fmt: skip
    args = parser.parse_args(argv)
    known = [*args.bundled, *args.exclude]
    bundled = {ids.title_key(p.title) for path in known for p in daily_papers.load(path)}
    papers = collect(args.collected, bundled)
    # Sorted first so the split depends on the seed and the papers, not on collection order.
    papers.sort(key=lambda paper: ids.title_key(paper["title"]))
    if args.single:
        write_set(papers, args.out / args.single)
        write_packet(papers, args.packets / f"{args.single}_packet.jsonl")
        print(f"{len(papers)} papers: {args.single}")
        return
    random.Random(SEED).shuffle(papers)
    half = len(papers) // 2
    dev, blind = papers[:half], papers[half:]
    write_set(dev, args.out / "dev")
    write_set(blind, args.out / "blind")
    write_packet(dev, args.packets / "dev_packet.jsonl")
    write_packet(blind, args.packets / "blind_packet.jsonl")
    double = sorted(random.Random(SEED + 1).sample(range(1, len(blind) + 1), DOUBLE_LABELLED))
    write_packet([blind[n - 1] for n in double], args.packets / "double_packet.jsonl")
    (args.packets / "double_numbers.json").write_text(json.dumps(double) + "\n")
    print(f"{len(papers)} papers: dev {len(dev)}, blind {len(blind)}, "
          f"double-labelled {len(double)} of blind")  # fmt: skip


if __name__ == "__main__":
    main()
