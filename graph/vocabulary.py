"""The closed sets every layer names: node labels, relationship types, roles, methods.

Kept apart from the record models (`records.py`) because stores, queries and exports need
these names without the records: importing pydantic and building the models is a large part
of a command's start-up, and `citegraph stats` or `query` on a saved graph never makes a
record. `records` re-exports everything here, so either import path names the same objects.
"""

from __future__ import annotations

from enum import StrEnum


class NodeLabel(StrEnum):
    """Node types; the value is both the networkx `type` attribute and the Neo4j label."""

    PAPER = "Paper"
    MODEL = "Model"
    DATASET = "Dataset"
    REPO = "Repo"


class EdgeType(StrEnum):
    """Relationship types; a closed set so Cypher never interpolates user text as a type."""

    MENTIONS = "MENTIONS"  # Paper -> Model/Dataset, with a role and evidence
    HAS_CODE = "HAS_CODE"  # Paper -> Repo
    BASED_ON = "BASED_ON"  # Model -> Model (finetune, adapter, quantized, merge, derived)
    VARIANT_OF = "VARIANT_OF"  # checkpoint Model -> family Model; dataset version -> dataset
    CITES = "CITES"  # Model/Dataset -> Paper that describes it
    TRAINED_ON = "TRAINED_ON"  # Model -> Dataset


class Role(StrEnum):
    """What a paper does with an entity it mentions."""

    BUILDS_ON = "builds_on"
    INTRODUCES = "introduces"
    EVALUATES_ON = "evaluates_on"
    COMPARES_WITH = "compares_with"
    MENTIONS = "mentions"


class Method(StrEnum):
    """How a link was made: declared by a structured source, or inferred from text."""

    EXACT = "exact"
    FUZZY = "fuzzy"
    PATTERN = "pattern"
    DECLARED = "declared"


# The role confidence a `builds_on` link needs before queries that rest on it (builds-on,
# shared-base-model) count it, unless a query is given `min_confidence`. It is the lower of
# the role classifier's two thresholds (keep and rescue), which the training script picks on
# validation papers neither the weights nor a rule came from: the most precise pair whose
# builds_on F1 there reaches 0.65 (scripts/roles/train.py, docs/evaluation.md; a test checks
# the two agree); a link without a confidence (declared by a structured source, or decided
# by the cue rules) always counts.
BUILDS_ON_MIN_CONFIDENCE = 0.65
