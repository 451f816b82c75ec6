"""Score the role classifier's two `builds_on` thresholds with the scorer users' figures come from.

Development-time tool (docs/evaluation.md, "The thresholds scored by the scorer"):

    python scripts/roles/score_thresholds.py tests/gold/dev7/labels.jsonl \
        tests/gold/dev12/labels.jsonl ... [--weights linker/role_model.json] [--json OUT]

`scripts/roles/train.py --validate` picks the pair (keep, rescue) on a proxy: the models the
rules-only linker finds, each example's pooled features, counted in numpy. What users get
is the whole linker's output scored by `app/evaluation.py`, and the two can disagree by
enough to reverse a comparison (run 67: the proxy said more precise at equal F1, the scorer
thirteen right `builds_on` fewer for four wrong ones). This tool links the validation
papers once per pair of the grid with the given weights and that pair, scores each with
`evaluation.score` (a `builds_on` counts when its confidence reaches the lesser threshold,
the queries' default for that pair) and prints every pair's figures and the pair with the
widest margin over both of the issue's targets, builds_on precision 0.75 and F1 0.65 (the
rule of train.py's `validate_thresholds`). Ties go to the higher precision, then to the
higher thresholds. It never reads a blind set; it writes nothing but the optional JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from citegraph import evaluation
from citegraph.linker.cache import compiled_linker
from citegraph.linker.role_model import load_role_models, load_rule_confidence

TARGET_PRECISION = 0.75
TARGET_F1 = 0.65
# keep from 0.40 to 0.90, rescue from keep to keep + 0.15: the region every run since run
# 61 chose in (docs/evaluation.md); each pair links every validation paper once.
KEEPS = tuple(round(0.05 * step, 2) for step in range(8, 19))
RESCUE_STEPS = (0.0, 0.05, 0.1, 0.15)


@dataclass(frozen=True)
class PairScore:
    """What the linker says about `builds_on` on the validation papers at one pair."""

    keep: float
    rescue: float
    counts: evaluation.Counts

    @property
    def margin(self) -> float:
        """How far the pair clears the nearer of the two targets (negative: misses one)."""
        return min(self.counts.precision - TARGET_PRECISION, self.counts.f1 - TARGET_F1)


def grid() -> list[tuple[float, float]]:
    """Every (keep, rescue) pair scored."""
    return [
        (keep, round(keep + step, 2))
        for keep in KEEPS
        for step in RESCUE_STEPS
        if keep + step < 0.999
    ]


def score_pairs(
    label_files: list[Path], weights_text: str, pairs: list[tuple[float, float]]
) -> list[PairScore]:
    """Each pair's `builds_on` counts over all label files, linking with the whole linker."""
    if any(part.startswith("blind") for path in label_files for part in path.parts):
        raise SystemExit("score_thresholds: a blind set is never an input")
    shipped = load_role_models(weights_text)
    rule_confidence = load_rule_confidence(weights_text)
    compiled = compiled_linker()  # the catalog compiled once (linker/cache.py)
    scores = []
    for keep, rescue in pairs:
        # These weights and their own rule confidences, the model's thresholds the pair's.
        linker = compiled.with_roles(
            {
                kind: dataclasses.replace(model, builds_on_keep=keep, builds_on_threshold=rescue)
                if kind == "model"
                else model
                for kind, model in shipped.items()
            },
            rule_confidence,
        )
        total = evaluation.Counts()
        for path in label_files:
            report = evaluation.score(path, linker, min_confidence=min(keep, rescue))
            total += report.builds_on
        scores.append(PairScore(keep, rescue, total))
    return scores


def best(scores: list[PairScore]) -> PairScore:
    """The widest margin over both targets; then the higher precision, higher thresholds."""
    return max(scores, key=lambda s: (round(s.margin, 6), s.counts.precision, s.keep, s.rescue))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", nargs="+", type=Path, help="validation label files")
    parser.add_argument("--weights", type=Path, default=Path("linker/role_model.json"))
    parser.add_argument("--json", type=Path, help="write every pair's figures here")
    args = parser.parse_args(argv)
    scores = score_pairs(args.labels, args.weights.read_text(encoding="utf-8"), grid())
    for s in scores:
        print(f"keep {s.keep:.2f} rescue {s.rescue:.2f}  {_figures(s)}")
    chosen = best(scores)
    print(f"widest margin: keep {chosen.keep:.2f} rescue {chosen.rescue:.2f}  {_figures(chosen)}")
    if args.json:
        rows = [
            {"keep": s.keep, "rescue": s.rescue, "margin": round(s.margin, 4)}
            | dataclasses.asdict(s.counts)
            for s in scores
        ]
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


def _figures(score: PairScore) -> str:
    c = score.counts
    return (
        f"{c.tp:4d} / {c.fp:3d} / {c.fn:3d}  P {c.precision:.3f} R {c.recall:.3f}"
        f" F1 {c.f1:.3f}  margin {score.margin:+.3f}"
    )


if __name__ == "__main__":
    sys.exit(main())
