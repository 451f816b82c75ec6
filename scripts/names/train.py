"""Train the name detector (linker/name_model.py) on labelled papers; write its weights.

Development-time tool (docs/evaluation.md, "The name detector"); needs scikit-learn (the
`test` extra):

    python scripts/names/train.py TRAIN_LABELS... --validate VALIDATION_LABELS... \
        --out linker/name_model.json

Every labelled paper is read by the linker without a detector; each name-shaped word it
leaves unlinked (`Linker.name_candidates`, the words the detector is asked about at run
time) is one example, labelled `dataset` or `model` when a label of the paper spells it so
(`own` for a model labelled `introduces`), else `none`. A multinomial logistic regression
(scikit-learn, lbfgs, one thread: the same labels give the same bytes, a test checks it)
is fitted on the training papers; features seen in fewer than MIN_COUNT examples get no
weight.

The thresholds, one per type, are chosen on the validation papers, never trained on: the
lowest probability (on a 0.05 grid) at which the words of that type it would link there
are right at least PRECISION of the time (a wrong link is worse than a missing one). The
report gives every threshold's figures. No blind set (tests/gold/blind, blind2) is ever an input.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from citegraph import evaluation
from citegraph.linker import Linker, load_catalog
from citegraph.linker.name_model import CLASSES, NameModel

ROUND = 5  # digits kept in the shipped weights: bytes stable across platforms
REGULARISATION = 0.3  # C (grid below, docs/evaluation.md)
MIN_COUNT = 5
PRECISION = 0.8
GRID = tuple(round(0.05 * step, 2) for step in range(6, 19))  # 0.30 ... 0.90


@dataclass(frozen=True)
class Example:
    paper: str
    surface: str
    features: frozenset[str]
    label: str


def examples(label_files: list[Path], linker: Linker) -> list[Example]:
    """One example per name-shaped word the detector-less linker leaves in each paper."""
    found: list[Example] = []
    for path in label_files:
        gold = evaluation.read_gold(path)
        papers = evaluation._papers_by_id(evaluation._resolve(path, g.file) for g in gold)
        for item in gold:
            paper = papers[item.paper_id]
            spelled: dict[str, str] = {}
            for entity in item.entities:
                if entity.type in ("model", "dataset"):
                    own = entity.type == "model" and entity.role == "introduces"
                    for surface in entity.surfaces:
                        spelled.setdefault(surface, "own" if own else entity.type)
            for candidate in linker.name_candidates(paper):
                label = spelled.get(candidate.surface, "none")
                found.append(Example(paper.id, candidate.surface, candidate.features, label))
    return found


def fit(data: list[Example]) -> NameModel:
    """The logistic regression over the examples' features, as shipped weights."""
    counts = Counter(feature for example in data for feature in example.features)
    rows = [{f: 1 for f in sorted(e.features) if counts[f] >= MIN_COUNT} for e in data]
    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform(rows)
    model = LogisticRegression(C=REGULARISATION, max_iter=5000)
    with threadpool_limits(1):
        model.fit(matrix, [e.label for e in data])
    if tuple(model.classes_) != CLASSES:
        raise SystemExit(f"training labels {list(model.classes_)} lack one of {list(CLASSES)}")
    weights = {
        str(name): tuple(round(float(value), ROUND) for value in model.coef_[:, column])
        for column, name in enumerate(vectoriser.get_feature_names_out())
    }
    weights = {name: row for name, row in weights.items() if any(row)}
    bias = tuple(round(float(value), ROUND) for value in model.intercept_)
    return NameModel(bias=bias, weights=weights, thresholds={"dataset": 1.0, "model": 1.0})


def threshold_figures(model: NameModel, data: list[Example]) -> dict[str, dict[str, Any]]:
    """Per type, at each threshold of the grid: the words it would link as that type right
    (labelled so), wrong (no label, or the other type) and the words labelled that type."""
    scored = []
    for example in data:
        kind, probability, _ = model.likelier_type(example.features)
        label = "model" if example.label == "own" else example.label
        scored.append((kind, probability, label))
    figures: dict[str, dict[str, Any]] = {}
    for kind in ("dataset", "model"):
        labelled = sum(1 for _, _, label in scored if label == kind)
        rows = figures[kind] = {}
        for threshold in GRID:
            said = [label for k, p, label in scored if k == kind and p >= threshold]
            right = sum(1 for label in said if label == kind)
            wrong = len(said) - right
            precision = right / len(said) if said else 1.0
            rows[f"{threshold:.2f}"] = {
                "right": right, "wrong": wrong, "labelled": labelled,
                "precision": round(precision, 3),
            }  # fmt: skip
    return figures


def choose_thresholds(figures: dict[str, dict[str, Any]]) -> dict[str, float]:
    """Per type, the lowest threshold whose precision reaches PRECISION and links a word;
    the most precise one when none does."""
    chosen = {}
    for kind, rows in figures.items():
        reaching = [t for t, row in rows.items() if row["precision"] >= PRECISION and row["right"]]
        if reaching:
            chosen[kind] = float(reaching[0])
        else:
            chosen[kind] = float(max(rows, key=lambda t: (rows[t]["precision"], -float(t))))
    return chosen


def _files(paths: list[Path]) -> list[dict[str, str]]:
    return [
        {"file": str(path), "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
        for path in paths
    ]


def train(label_files: list[Path], validation_files: list[Path]) -> dict[str, Any]:
    """The shipped JSON: weights, threshold, the files and the figures they came from."""
    # Built from the catalog, not the compiled cache: the cached linker loads the shipped
    # weights, which this script is about to replace (and which may be of an older shape).
    linker = Linker(load_catalog(), learned_names=False)
    data = examples(label_files, linker)
    model = fit(data)
    report: dict[str, Any] = {
        "examples": len(data),
        "by_label": dict(sorted(Counter(e.label for e in data).items())),
        "training": threshold_figures(model, data),
    }
    if validation_files:
        held_out = examples(validation_files, linker)
        report["validation_examples"] = len(held_out)
        report["validation"] = threshold_figures(model, held_out)
        thresholds = choose_thresholds(report["validation"])
    else:
        thresholds = choose_thresholds(report["training"])
    report["thresholds"] = thresholds
    model = NameModel(bias=model.bias, weights=model.weights, thresholds=thresholds)
    return {
        "version": 1,
        "trained_on": _files(label_files),
        "validated_on": _files(validation_files),
        "report": report,
        "model": model.to_json(),
    }


def is_blind(path: Path) -> bool:
    """Whether `path` is in a blind set's folder (tests/gold/blind, blind2, ...)."""
    return any(part.startswith("blind") for part in path.parts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="+", type=Path)
    parser.add_argument(
        "--validate", nargs="+", type=Path, default=[],
        help="label files whose papers choose the threshold (never trained on)",
    )  # fmt: skip
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if any(is_blind(path) for path in [*args.labels, *args.validate]):
        raise SystemExit("a blind set is never trained or validated on")
    if set(args.labels) & set(args.validate):
        raise SystemExit("a validation file cannot be a training file too")
    result = train(args.labels, args.validate)
    args.out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    json.dump(result["report"], sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
