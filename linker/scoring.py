"""Precision, recall and F1 of the linker against a hand-labelled gold file.

The gold file (tests/gold/linking.jsonl, format in docs/annotation-guideline.md) names each
entity by its canonical name. Names are turned into ids the way a reader would: the catalog
entry whose name or alias it is, else the slug id an introduced entity gets, so the score
measures the linker's decisions, not spelling.

Run: `python -m citegraph.linker.scoring tests/gold/linking.jsonl` (from the repository root,
where the gold file's `file` paths resolve).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from citegraph.graph import ids
from citegraph.graph.errors import InputError
from citegraph.graph.records import Paper, Role
from citegraph.loaders import daily_papers

from .catalog import load_catalog
from .policy import Linker

TYPES = ("model", "dataset", "repo")


@dataclass
class Counts:
    """True positives, false positives and false negatives of one measured class."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: set[str], gold: set[str]) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)


@dataclass
class Report:
    """Scores per entity type and for the builds_on role, with the errors behind them."""

    papers: int = 0
    by_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    builds_on: Counts = field(default_factory=Counts)
    role_agreement: Counts = field(default_factory=Counts)  # tp = same role, fn = other role
    errors: list[str] = field(default_factory=list)

    def table(self) -> str:
        rows = [f"{'':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        named = [*self.by_type.items(), ("builds_on", self.builds_on)]
        for name, c in named:
            rows.append(
                f"{name:<12}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
            )
        agree = self.role_agreement
        rows.append(f"role agreement on found entities: {agree.tp}/{agree.tp + agree.fn}")
        rows.append(f"papers: {self.papers}")
        return "\n".join(rows)

    def as_dict(self) -> dict[str, dict[str, float]]:
        named = {**self.by_type, "builds_on": self.builds_on}
        return {
            name: {"precision": c.precision, "recall": c.recall, "f1": c.f1}
            for name, c in named.items()
        }


def gold_entity_id(linker: Linker, entity_type: str, name: str) -> str:
    """The id the gold label `name` denotes: by alias, spelling variant, or introduced slug."""
    if entity_type == "repo":
        host, _, path = name.partition(":")
        if host == "hf" and path.startswith("datasets/"):
            return ids.hosted_id("dataset", "hf", path.removeprefix("datasets/"))
        if host == "hf" and not path.startswith("spaces/"):
            return ids.hosted_id("model", "hf", path)
        if host == "modelscope":
            return ids.hosted_id("model", host, path)
        return ids.repo_id(host, path)
    known = [i for i in linker.catalog.lookup(name) if i.startswith(f"{entity_type}:")]
    if len(known) == 1:
        return known[0]
    whole = [c for c in linker.index.candidates(name) if (c.start, c.end) == (0, len(name))]
    variants = {
        h.entity_id for c in whole for h in c.hits if h.entity_id.startswith(f"{entity_type}:")
    }
    if len(variants) == 1:
        return variants.pop()
    return ids.model_id(name=name) if entity_type == "model" else ids.dataset_id(name=name)


def score(gold_path: str | os.PathLike[str], linker: Linker | None = None) -> Report:
    """Link every gold paper and compare with its labels."""
    linker = linker or Linker(load_catalog())
    report = Report()
    papers = _papers_by_id(_gold_files(gold_path))
    with open(gold_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            gold = json.loads(line)
            paper = papers.get(gold["paper_id"])
            if paper is None:
                raise InputError(str(gold_path), number, f"paper {gold['paper_id']} not found")
            report.papers += 1
            _compare(linker, paper, gold, report)
    return report


def _compare(linker: Linker, paper: Paper, gold: dict, report: Report) -> None:
    expected: dict[str, tuple[str, str, str]] = {}
    for label in gold["entities"]:
        entity_id = gold_entity_id(linker, label["type"], label["name"])
        expected[entity_id] = (label["type"], label["role"], label["name"])
    result = linker.link(paper)
    # Links to Hub models/datasets found through a URL are labelled as repos in the gold file.
    found = {
        m.entity_id: (
            "repo" if m.method.value == "pattern" and ":hf:" in m.entity_id else m.entity_type,
            m.role.value,
            m.surface,
        )
        for m in result.mentions
    }
    for entity_type in TYPES:
        predicted = {i for i, (t, _, _) in found.items() if t == entity_type}
        wanted = {i for i, (t, _, _) in expected.items() if t == entity_type}
        report.by_type[entity_type].add(predicted, wanted)
        for missing in sorted(wanted - predicted):
            report.errors.append(
                f"FN {entity_type} {expected[missing][2]!r} ({missing}) in {paper.title[:60]!r}"
            )
        for extra in sorted(predicted - wanted):
            report.errors.append(
                f"FP {entity_type} {found[extra][2]!r} ({extra}) in {paper.title[:60]!r}"
            )
    report.builds_on.add(
        {i for i, (_, role, _) in found.items() if role == Role.BUILDS_ON},
        {i for i, (_, role, _) in expected.items() if role == Role.BUILDS_ON},
    )
    for entity_id in found.keys() & expected.keys():
        if found[entity_id][1] == expected[entity_id][1]:
            report.role_agreement.tp += 1
        else:
            report.role_agreement.fn += 1
            surface, role, wanted = found[entity_id][2], found[entity_id][1], expected[entity_id][1]
            report.errors.append(
                f"ROLE {surface!r}: {role} != gold {wanted} in {paper.title[:60]!r}"
            )


def _gold_files(gold_path: str | os.PathLike[str]) -> list[str]:
    with open(gold_path, encoding="utf-8") as handle:
        return sorted({json.loads(line)["file"] for line in handle if line.strip()})


def _papers_by_id(files: Iterable[str]) -> dict[str, Paper]:
    papers: dict[str, Paper] = {}
    for path in files:
        for paper in daily_papers.load(path):
            papers.setdefault(paper.id, paper)
    return papers


def main(argv: list[str] | None = None) -> None:
    """Print the score table (and with --errors, every miss and false link)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    report = score(args.gold)
    print(report.table())
    if args.errors:
        print("\n".join(report.errors))


if __name__ == "__main__":
    main()
