"""A version of a model family the catalog numbers by version, which the catalog lacks:
"Zorbo 5" beside the catalog's Zorbo 2 and Zorbo 3 is another model, linked under the name
as written. Versions still agree: it is never Zorbo 2, 3 or the family."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Method, Role
from citegraph.linker import Linker
from tests.linking import found, paper, small_linker_fixture

small = small_linker_fixture(
    """
version = "2026.11.0"

[[family]]
key = "zorbo"
name = "Zorbo"
kind = "llm"
source = "test fixture"

[[family]]
key = "zorbo-2"
name = "Zorbo 2"
kind = "llm"
source = "test fixture"

[[family]]
key = "zorbo-3"
name = "Zorbo 3"
kind = "llm"
source = "test fixture"

[[family]]
key = "quuxa"
name = "Quuxa"
kind = "llm"
source = "test fixture"

[[family]]
key = "quuxa-1"
name = "Quuxa-1"
kind = "llm"
source = "test fixture"
"""
)


@pytest.mark.parametrize(
    ("written", "entity_id"),
    [
        ("Zorbo 5", "model:zorbo-5"),
        ("Zorbo-5", "model:zorbo-5"),
        ("Zorbo 3.5", "model:zorbo-3.5"),
        ("Zorbo5-32B", "model:zorbo5-32b"),
        ("Zorbo 5 70B", "model:zorbo-5-70b"),
        ("Zorbo-5-32B-Instruct", "model:zorbo-5-32b-instruct"),
        ("Zorbo-5-mini", "model:zorbo-5-mini"),
        ("Zorbo 5 Pro", "model:zorbo-5-pro"),
        ("Zorbov4", "model:zorbov4"),
    ],
)
def test_an_unlisted_version_of_a_numbered_family_is_its_own_model(
    small: Linker, written: str, entity_id: str
) -> None:
    (mention,) = small.link(paper(f"We fine-tune {written} on our data.")).mentions
    assert (mention.entity_id, mention.surface) == (entity_id, written)
    assert mention.method == Method.PATTERN
    assert mention.score < 1.0  # lower than an alias match
    rules = Linker(small.catalog, role_models={})
    (ruled,) = rules.link(paper(f"We fine-tune {written} on our data.")).mentions
    assert ruled.role == Role.BUILDS_ON  # the role its context gives, as for any name


def test_a_listed_version_is_the_catalogs(small: Linker) -> None:
    assert found(small, "We fine-tune Zorbo 3 on our data.") == {"model:zorbo-3"}


@pytest.mark.parametrize(
    "abstract",
    [
        "We compare with Zorbo-5o.",  # a letter after the version: another name, end unknown
        "We compare with Zorbo-5x-large.",
        "We compare with Zorbo-5-turbo-x.",
        "We compare with Zorbo 2024 models.",  # a year, not a version
        "We compare with Zorbo-110.",  # a depth (DepthVariants' rule), not a version
        "We compare with XZorbo 5.",  # inside a longer word
        "We compare with Quuxa-2.",  # a family with one listed version is not numbered
    ],
)
def test_no_version_is_guessed_where_the_name_goes_on_or_is_no_version(
    small: Linker, abstract: str
) -> None:
    assert found(small, abstract) == set()


def test_an_unlisted_version_is_no_lineage_claim(small: Linker) -> None:
    result = small.link(paper("We fine-tune Zorbo 5 on our data."))
    assert {(e.source, e.type.value, e.target) for e in result.edges} == {
        ("paper:title:a-study", "MENTIONS", "model:zorbo-5")
    }


def test_what_follows_a_listed_version_is_not_this_rules(small: Linker) -> None:
    # "GPT-4-0613": a date after a catalog version is the scan's and the longer-name rule's
    # to read; this rule only names versions the catalog lacks.
    assert "model:zorbo-3-0613" not in found(small, "We compare with Zorbo 3-0613.")
