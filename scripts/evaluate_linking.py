"""Linking quality on every gold set, with the baselines, in one run: the README's table.

    python scripts/evaluate_linking.py                 # tuning, held-out and dev samples
    python scripts/evaluate_linking.py --blind         # also the blind sets (logged, see below)
    python scripts/evaluate_linking.py --json out.json

Linkers scored by the same scorer (app/evaluation.py) on the same papers:

* `citegraph`: this checkout's linker (catalog, patterns, role classifier);
* `rules-2026-11`: the rule-only linker as released before the blind evaluation (commit
  BASELINE_COMMIT), run from a `git archive` of that commit in a subprocess, so that its
  own catalog and rules are measured, not today's;
* `gazetteer`: exact, case-insensitive matching of today's catalog aliases (no spelling
  variants, no patterns) with eight cue words for `builds_on` — the "small gazetteer"
  every comparison should beat.

Agreement between the two independent annotators of each blind set's 40 double-labelled
papers is scored by the same rules (one annotator as gold, the other as predictions): the
ceiling.

The blind sets are the frozen folders tests/gold/blind* (each with its FROZEN.sha256; a set
is scored only once it is frozen). Every run with `--blind` appends each set's scores to
that set's SCORES.md with the commit, so that every blind score ever taken is on record, not
only the best one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from citegraph import evaluation
from citegraph.graph.records import Mention, Method, Paper, Role
from citegraph.linker import Linker, linked_text, load_catalog
from citegraph.linker.repos import find_repo_links

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
BASELINE_COMMIT = "f42fea2"
SETS = {
    "tuning": GOLD / "linking.jsonl",
    "held-out": GOLD / "heldout.jsonl",
    "dev": GOLD / "dev" / "labels.jsonl",
    "dev2": GOLD / "dev2" / "labels.jsonl",
}
# blind: 226 papers, frozen 2026-12-03; blind2: drawn 2026-12-06 after a classifier
# choice had seen one blind figure (docs/evaluation.md, "A second blind set").
BLIND_SETS = ("blind", "blind2")
ROWS = ("model", "dataset", "repo", "builds_on")

# -- the gazetteer baseline -------------------------------------------------------------------

GAZETTEER_CUES = (
    "fine-tune", "fine-tuned", "finetune", "based on", "built on", "initialized from",
    "distilled from", "backbone",
)  # fmt: skip


class Gazetteer:
    """Whole-word alias lookup over the catalog, and cue words for builds_on."""

    def __init__(self, linker: Linker) -> None:
        self.linker = linker
        folded: dict[str, set[str]] = {}
        cased: dict[str, set[str]] = {}
        for alias in linker.catalog.aliases():
            target = cased if alias.case_sensitive else folded
            key = alias.text if alias.case_sensitive else alias.text.casefold()
            target.setdefault(key, set()).add(alias.entity_id)
        self.folded, self.cased = folded, cased
        longest = max(len(text.split()) for text in [*folded, *cased])
        self.max_words = min(longest, 6)

    def link(self, paper: Paper) -> list[Mention]:
        text = linked_text(paper)
        tokens = list(re.finditer(r"[\w.+\-/]+", text))
        mentions: dict[str, Mention] = {}
        index = 0
        while index < len(tokens):
            for width in range(self.max_words, 0, -1):
                if index + width > len(tokens):
                    continue
                start, end = tokens[index].start(), tokens[index + width - 1].end()
                surface = text[start:end].rstrip(".")
                end = start + len(surface)
                ids = self.cased.get(surface, set()) | self.folded.get(surface.casefold(), set())
                if len(ids) == 1:
                    (entity_id,) = ids
                    kind = entity_id.split(":", 1)[0]
                    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
                    before = text[sentence + 1 : start].lower()
                    role = Role.EVALUATES_ON if kind == "dataset" else Role.MENTIONS
                    if kind == "model" and any(cue in before for cue in GAZETTEER_CUES):
                        role = Role.BUILDS_ON
                    mentions.setdefault(
                        entity_id,
                        Mention(entity_id=entity_id, entity_type=kind, name=surface,
                                surface=surface, span=(start, end), score=1.0,
                                method=Method.EXACT, role=role),
                    )  # fmt: skip
                    index += width - 1
                    break
            index += 1
        for link in find_repo_links(text):
            mentions.setdefault(
                link.entity_id,
                Mention(entity_id=link.entity_id, entity_type=link.entity_type, name=link.path,
                        surface=text[link.start : link.end], span=(link.start, link.end),
                        score=1.0, method=Method.PATTERN, role=Role.MENTIONS),
            )  # fmt: skip
        return list(mentions.values())


# -- the rule-only linker of the last release ---------------------------------------------------

_PACKAGES = {"app": "citegraph", "graph": "citegraph/graph", "loaders": "citegraph/loaders",
             "linker": "citegraph/linker", "queries": "citegraph/queries",
             "exports": "citegraph/exports"}  # fmt: skip

_RUNNER = """
import json, sys
from citegraph.graph import records
# The release predates role confidences: every builds_on it says counts.
records.BUILDS_ON_MIN_CONFIDENCE = getattr(records, "BUILDS_ON_MIN_CONFIDENCE", 0.0)
from citegraph import evaluation
from citegraph.linker import Linker, load_catalog
linker = Linker(load_catalog())
out = {path: evaluation.score(path, linker).as_dict() for path in sys.argv[1:]}
print(json.dumps(out))
"""


def score_release(commit: str, gold_files: list[Path]) -> dict[str, dict[str, Any]]:
    """Scores of the linker at `commit`, by today's scorer, in a separate interpreter."""
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "tree"
        tree.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, *_PACKAGES],
            check=True, capture_output=True,
        ).stdout  # fmt: skip
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        site = Path(folder) / "site"
        for source, target in _PACKAGES.items():
            (site / target).parent.mkdir(parents=True, exist_ok=True)
            (tree / source).rename(site / target)
        # Today's scorer reads the labels the same way for every linker.
        (site / "citegraph" / "evaluation.py").write_bytes(
            (ROOT / "app" / "evaluation.py").read_bytes()
        )
        result = subprocess.run(
            [sys.executable, "-c", _RUNNER, *map(str, gold_files)],
            capture_output=True, text=True, cwd=ROOT,
            env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
        if result.returncode != 0:
            raise SystemExit(f"the {commit} linker failed:\n{result.stderr}")
        return json.loads(result.stdout)


# -- agreement ------------------------------------------------------------------------------


def frozen_blind_sets() -> dict[str, Path]:
    """The blind sets that are frozen (a FROZEN.sha256 beside their labels), by name."""
    return {
        name: GOLD / name
        for name in BLIND_SETS
        if (GOLD / name / "FROZEN.sha256").exists() and (GOLD / name / "labels.jsonl").exists()
    }


def agreement(linker: Linker, folder: Path) -> dict[str, dict[str, Any]]:
    """Agreement between annotators on a blind set's double-labelled papers, each pair
    scored with one as gold and the other as predictions: the two independent annotators
    (annotator_x, annotator_y), and each of them against the set's own labels of the same
    papers (the first annotator)."""
    files = {path.stem: path for path in sorted((folder / "agreement").glob("*.jsonl"))}
    if len(files) < 2:
        return {}
    labellings = {name: evaluation.read_gold(path) for name, path in files.items()}
    first_ids = {item.paper_id for item in next(iter(labellings.values()))}
    labellings["blind"] = [
        g for g in evaluation.read_gold(folder / "labels.jsonl") if g.paper_id in first_ids
    ]
    x, y = list(files)[:2]
    results = {}
    for gold_name, other_name in ((x, y), ("blind", x), ("blind", y)):
        other = {g.paper_id: g for g in labellings[other_name]}
        report = evaluation.Report()
        for item in labellings[gold_name]:
            found = [
                evaluation.Found(
                    sorted(evaluation.label_ids(linker, e))[0] if e.type != "repo"
                    else next(iter(evaluation.label_ids(linker, e))),
                    e.type, e.role, e.name,
                )
                for e in other[item.paper_id].entities
            ]  # fmt: skip
            evaluation.compare(linker, item, found, report, item.title, min_confidence=0.0)
        results[f"{gold_name} vs {other_name}"] = report.as_dict()
    return results


def table(results: dict[str, dict[str, dict[str, Any]]]) -> str:
    columns = list(results)
    lines = ["| | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for row in ROWS:
        cells = []
        for column in columns:
            r = results[column].get(row)
            cells.append(
                f"{r['precision']:.3f} / {r['recall']:.3f} / **{r['f1']:.3f}**" if r else "-"
            )
        lines.append(f"| {row} P / R / F1 | " + " | ".join(cells) + " |")
    lines.append("| papers | " + " | ".join(str(results[c]["papers"]) for c in columns) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", action="store_true", help="also score the blind sets (logged)")
    parser.add_argument("--json", type=Path, help="write every score as JSON")
    parser.add_argument("--note", default="", help="what this blind scoring is for (logged)")
    args = parser.parse_args(argv)
    sets = {name: path for name, path in SETS.items() if path.exists()}
    blind_sets = frozen_blind_sets() if args.blind else {}
    for name, folder in blind_sets.items():
        sets[name] = folder / "labels.jsonl"
    linker = Linker(load_catalog())
    gazetteer = Gazetteer(linker)
    release = score_release(BASELINE_COMMIT, list(sets.values()))
    results: dict[str, dict[str, dict[str, Any]]] = {}
    for name, path in sets.items():
        results[f"{name}: citegraph"] = evaluation.score(path, linker).as_dict()
        results[f"{name}: rules-2026-11"] = release[str(path)]
        by_gazetteer = evaluation.score(path, linker, link=gazetteer.link)
        results[f"{name}: gazetteer"] = by_gazetteer.as_dict()
    for set_name, folder in blind_sets.items():
        for name, scores in agreement(linker, folder).items():
            prefix = "agreement" if set_name == "blind" else f"{set_name} agreement"
            results[f"{prefix}: {name}"] = scores
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    if args.blind:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "app", "linker", "graph"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        state = " (uncommitted changes)" if dirty else ""
        note = f": {args.note}" if args.note else ""
        when = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC"
        for set_name, folder in blind_sets.items():
            scored = {k: v for k, v in results.items() if k.split(":")[0] == set_name}
            with (folder / "SCORES.md").open("a", encoding="utf-8") as log:
                log.write(f"\n## {when}, commit {commit}{state}{note}\n\n{table(scored)}\n")


if __name__ == "__main__":
    main()
