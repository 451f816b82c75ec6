"""The role classifier at run time: logistic regression weights, applied in plain Python.

The weights are trained by `scripts/roles/train.py` (scikit-learn, deterministic) on the
labelled dev papers and the older gold samples, and shipped as package data
(`role_model.json`, a few thousand numbers). Applying them is a sum of the weights of a
mention's features and a softmax: no scikit-learn, no numpy, nothing downloaded.

A model's `builds_on` is decided by its own probability against a threshold chosen for
precision (a wrong `builds_on` is worse than a missing one); the other roles by the highest
probability. The probability of the role given is the edge's `confidence`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from itertools import repeat
from typing import Any

from citegraph.graph.records import Role

WEIGHTS_FILE = "role_model.json"


@dataclass(frozen=True)
class RoleModel:
    """One entity type's classifier: classes, bias and per-feature weights."""

    entity_type: str
    classes: tuple[Role, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    builds_on_threshold: float | None = None

    @cached_property
    def _columns(self) -> tuple[dict[str, float], ...]:
        """The weights by class, one dict each: summing a class's weights over a feature set
        is then one `map` in C instead of a Python loop per feature and class."""
        return tuple(
            {feature: row[index] for feature, row in self.weights.items() if row[index]}
            for index in range(len(self.classes))
        )

    def probabilities(self, features: Collection[str]) -> dict[Role, float]:
        """P(role | features) for every class."""
        scores = [
            bias + sum(map(column.get, features, repeat(0.0, len(features))))
            for bias, column in zip(self.bias, self._columns, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {role: value / total for role, value in zip(self.classes, exps, strict=True)}

    def decide(self, features: Collection[str]) -> tuple[Role, float]:
        """The role and its probability (the edge's confidence)."""
        probabilities = self.probabilities(features)
        threshold = self.builds_on_threshold
        if threshold is not None and Role.BUILDS_ON in probabilities:
            builds_on = probabilities.pop(Role.BUILDS_ON)
            if builds_on >= threshold:
                return Role.BUILDS_ON, round(builds_on, 4)
        role = max(probabilities, key=probabilities.__getitem__)
        return role, round(probabilities[role], 4)

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": [role.value for role in self.classes],
            "bias": list(self.bias),
            "weights": {feature: list(row) for feature, row in sorted(self.weights.items())},
            "builds_on_threshold": self.builds_on_threshold,
        }

    @classmethod
    def from_json(cls, entity_type: str, raw: Mapping[str, Any]) -> RoleModel:
        return cls(
            entity_type=entity_type,
            classes=tuple(Role(value) for value in raw["classes"]),
            bias=tuple(raw["bias"]),
            weights={feature: tuple(row) for feature, row in raw["weights"].items()},
            builds_on_threshold=raw.get("builds_on_threshold"),
        )


def load_role_models(text: str | None = None) -> dict[str, RoleModel]:
    """The shipped classifiers by entity type ("model", "dataset"); `text` for tests/tools."""
    if text is None:
        text = resources.files("citegraph.linker").joinpath(WEIGHTS_FILE).read_text("utf-8")
    raw = json.loads(text)
    return {kind: RoleModel.from_json(kind, body) for kind, body in raw["models"].items()}
