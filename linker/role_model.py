"""The role classifier at run time: logistic regression weights, applied in plain Python.

The weights are trained by `scripts/roles/train.py` (scikit-learn, deterministic) on the
labelled dev papers and the older gold samples, and shipped as package data
(`role_model.json`, a few thousand numbers). Applying them is a sum of the weights of a
mention's features and a softmax: no scikit-learn, no numpy, nothing downloaded.

A model's `builds_on` is decided by its own probability against a threshold chosen for
precision (a wrong `builds_on` is worse than a missing one): one threshold when the cue
rules also say builds_on (the classifier backs or vetoes them), another when they do not
(it finds what they miss). The other roles go by the highest probability. The probability
of the role given is the edge's `confidence`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

from citegraph.graph.records import Role

WEIGHTS_FILE = "role_model.json"
# The feature saying the cue rules decided builds_on for the entity (role_features.py).
RULES_SAY_BUILDS_ON = "strongest=builds_on"
# The paper feature of a survey, review, tutorial or position paper (role_features.py): by
# the guideline such a paper builds on nothing it discusses ("A Survey of GPT-3 Family
# Large Language Models Including ChatGPT and GPT-4"), whatever its words suggest.
SURVEY = "survey"
# The paper feature of an evaluation study (role_features.py): a paper that examines others'
# models, changes none of their weights and presents no model or system of its own builds
# on none of them ("models evaluated, probed or analysed as they are").
EVALUATION_STUDY = "evaluation_study"
# The paper feature of a study that examines models and presents something of its own but
# no model (role_features.py): a builds_on there needs the cue rules' say-so.
EXAMINES_MODELS = "examines_models"
# Paper features under which the classifier never says builds_on.
BUILDS_ON_NOTHING = (SURVEY, EVALUATION_STUDY)
# The mention feature of a name that begins with the title's head ("UL2 20B" in the
# abstract of "UL2: Unifying Language Learning Paradigms"; role_features.py): the paper's
# own model, so never builds_on. The cue rules already drop their builds_on there; without
# this the classifier put it back from the words around the name ("the UL2 20B model
# achieves ..." reads like a base model's sentence).
TITLES_OWN = "titles_own"
# The entity feature of a model every mention of which the cue rules read as the direct
# object of a comparison ("outperforming 175B GPT-3", "tripling the performance of
# T5-XXL"; roles.compares_directly, role_features.entity_features): the rules are sure it
# is a baseline, so the classifier may not make it builds_on from the words around it.
ONLY_COMPARED = "only_compared"


def builds_on_nothing(features: Collection[str]) -> bool:
    """Whether the paper's features say it builds on none of the models it names."""
    return any(feature in features for feature in BUILDS_ON_NOTHING)


def may_say_builds_on(features: Collection[str]) -> bool:
    """Whether an entity with these features may be builds_on at all: never in a paper that
    builds on nothing, nor when a mention of it is the title's own name or every mention a
    comparison's object, and only with the cue rules' say-so in one that examines
    models."""
    if builds_on_nothing(features) or TITLES_OWN in features or ONLY_COMPARED in features:
        return False
    return EXAMINES_MODELS not in features or RULES_SAY_BUILDS_ON in features


@dataclass(frozen=True)
class RoleModel:
    """One entity type's classifier: classes, bias and per-feature weights."""

    entity_type: str
    classes: tuple[Role, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    builds_on_threshold: float | None = None
    # The threshold when the cue rules say builds_on (their decision is the feature
    # RULES_SAY_BUILDS_ON): the classifier then only vetoes, and may do so at a lower
    # probability than it needs to say builds_on on its own. None: the same threshold.
    builds_on_keep: float | None = None

    @cached_property
    def _packed(self) -> tuple[dict[str, complex], ...]:
        """The weights as logits relative to the first class, two classes per complex
        number (real part, imaginary part).

        Softmax does not change when every logit moves by the same amount, so k classes
        need k-1 numbers per feature; packed in pairs, one C-level `sum(map(...))` over the
        active features adds two classes at once. Summing per class and feature in Python
        cost four times as much, and this runs for every linked model.
        """
        first = 0
        packed = []
        for pair in range(1, len(self.classes), 2):
            second = pair + 1 if pair + 1 < len(self.classes) else None
            packed.append(
                {
                    feature: complex(
                        row[pair] - row[first], row[second] - row[first] if second else 0.0
                    )
                    for feature, row in self.weights.items()
                }
            )
        return tuple(packed)

    @cached_property
    def _packed_bias(self) -> tuple[complex, ...]:
        bias = self.bias
        return tuple(
            complex(bias[pair] - bias[0], bias[pair + 1] - bias[0] if pair + 1 < len(bias) else 0)
            for pair in range(1, len(bias), 2)
        )

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The features with a weight: intersecting a feature set with it first (in C)
        leaves only the few that count to be summed."""
        return frozenset(self.weights)

    def _probabilities(self, features: Collection[str]) -> list[float]:
        """P(class | features), in the order of `classes`."""
        active = self.vocabulary.intersection(features)
        logits = [0.0]
        for bias, packed in zip(self._packed_bias, self._packed, strict=True):
            total = sum(map(packed.__getitem__, active), bias)
            logits.append(total.real)
            logits.append(total.imag)
        del logits[len(self.classes) :]
        top = max(logits)
        exps = [math.exp(logit - top) for logit in logits]
        total_exp = sum(exps)
        return [value / total_exp for value in exps]

    def probabilities(self, features: Collection[str]) -> dict[Role, float]:
        """P(role | features) for every class."""
        return dict(zip(self.classes, self._probabilities(features), strict=True))

    @cached_property
    def _builds_on_index(self) -> int | None:
        if self.builds_on_threshold is None or Role.BUILDS_ON not in self.classes:
            return None
        return self.classes.index(Role.BUILDS_ON)

    @property
    def min_builds_on(self) -> float | None:
        """The least probability at which this model ever says builds_on: the default
        `min_confidence` of the queries that rest on builds_on, so that every builds_on
        the linker writes counts by default."""
        thresholds = [t for t in (self.builds_on_threshold, self.builds_on_keep) if t is not None]
        return min(thresholds) if thresholds else None

    def decide(self, features: Collection[str]) -> tuple[Role, float]:
        """The role and its probability (the edge's confidence)."""
        probabilities = self._probabilities(features)
        builds_on = self._builds_on_index
        if builds_on is not None and not may_say_builds_on(features):
            probabilities[builds_on] = -1.0
        elif builds_on is not None:
            threshold = self.builds_on_threshold
            if self.builds_on_keep is not None and RULES_SAY_BUILDS_ON in features:
                threshold = self.builds_on_keep
            if probabilities[builds_on] >= threshold:  # type: ignore[operator]
                return Role.BUILDS_ON, round(probabilities[builds_on], 4)
            probabilities[builds_on] = -1.0  # below the threshold: never the answer
        best = max(range(len(probabilities)), key=probabilities.__getitem__)
        return self.classes[best], round(probabilities[best], 4)

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": [role.value for role in self.classes],
            "bias": list(self.bias),
            "weights": {feature: list(row) for feature, row in sorted(self.weights.items())},
            "builds_on_threshold": self.builds_on_threshold,
            "builds_on_keep": self.builds_on_keep,
        }

    @classmethod
    def from_json(cls, entity_type: str, raw: Mapping[str, Any]) -> RoleModel:
        return cls(
            entity_type=entity_type,
            classes=tuple(Role(value) for value in raw["classes"]),
            bias=tuple(raw["bias"]),
            weights={feature: tuple(row) for feature, row in raw["weights"].items()},
            builds_on_threshold=raw.get("builds_on_threshold"),
            builds_on_keep=raw.get("builds_on_keep"),
        )


def _shipped(text: str | None) -> dict[str, Any]:
    if text is None:
        text = resources.files("citegraph.linker").joinpath(WEIGHTS_FILE).read_text("utf-8")
    return json.loads(text)


def load_role_models(text: str | None = None) -> dict[str, RoleModel]:
    """The shipped classifiers by entity type ("model", "dataset"); `text` for tests/tools."""
    raw = _shipped(text)
    return {kind: RoleModel.from_json(kind, body) for kind, body in raw["models"].items()}


RuleConfidence = Mapping[str, Mapping[str, float]]  # entity type -> role -> confidence


def load_rule_confidence(text: str | None = None) -> RuleConfidence:
    """How often a role the rules decide (no classifier) was right on the labelled papers,
    by entity type and role: the confidence such an edge carries.

    Measured by the training script with the rules-only linker: of the entities it linked
    with that type and role, the share a label names with the same role (smoothed by one
    right and one wrong). So `introduces` on a model, `evaluates_on` on a dataset or a
    repository's role carry how far a user can trust them, like a classifier's role does.
    """
    return _shipped(text).get("rule_confidence", {})
