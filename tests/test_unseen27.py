"""Sized checkpoints the catalog lacks (from the read collection round dev16): a name with
a parameter count in billions after its hyphen is a model wherever it stands ("outperforms
Meditron-70B (68.9%)"), and the title's head at a size is the paper's own model ("JMLR-13B"
under "JMLR: ..."). Counts in millions ("MovieLens-1M") and the catalog's names are not
taken. And a name a PDF's line end broke after its hyphen ("MobileNet- v2", "MIT- BIH") is
read whole, by the catalog too. Names invented for the tests."""

from __future__ import annotations

import re

import pytest

from citegraph.graph.records import Role
from citegraph.linker import Linker
from citegraph.linker.candidates import at_broken_hyphens_original, joined_at_broken_hyphens
from citegraph.linker.policy import linked_text
from tests.linking import paper


def _models(linker: Linker, abstract: str, title: str = "A Study") -> dict[str, Role]:
    return {
        m.surface: m.role
        for m in linker.link(paper(abstract, title)).mentions
        if m.entity_id.startswith("model:")
    }


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "Our model outperforms fine-tuning Zorbitron-70B (68.9%) on medical questions.",
            {"Zorbitron-70B"},
        ),
        ("We compare with Quuxa-1.5B and report gains.", {"Quuxa-1.5B"}),
    ],
)
def test_a_sized_checkpoint_is_a_model(linker: Linker, abstract: str, expected: set[str]) -> None:
    assert expected <= set(_models(linker, abstract))


@pytest.mark.parametrize(
    "abstract",
    [
        "We train on Zorblens-1M and report recall.",  # millions: a data set's size
        "Our GPU-8B cluster is fast.",  # a generic word's count
    ],
)
def test_no_sized_checkpoint(linker: Linker, abstract: str) -> None:
    assert _models(linker, abstract) == {}


def test_the_title_head_at_a_size_is_introduced(linker: Linker) -> None:
    abstract = "Our results show that ZMLR-13B (70.5%) outperforms Zorbitron-70B (68.9%)."
    roles = _models(linker, abstract, title="ZMLR: Joint Zorb Retrieval Training")
    assert roles["ZMLR-13B"] is Role.INTRODUCES
    assert roles["Zorbitron-70B"] is not Role.INTRODUCES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("like MobileNet- v2 and MNAS", "like MobileNet-v2 and MNAS"),
        ("from the MIT- BIH and AI2- THOR data", "from the MIT-BIH and AI2-THOR data"),
        # lower case after the break: no name's; a hanging hyphen stays
        ("image seg- mentation", "image seg- mentation"),
        ("GPT- and BERT-style models", "GPT- and BERT-style models"),
        ("the PASCAL- and COCO- datasets", "the PASCAL- and COCO- datasets"),
    ],
)
def test_a_word_broken_after_its_hyphen_is_read_whole(text: str, expected: str) -> None:
    joined, removed = joined_at_broken_hyphens(text)
    assert joined == expected
    for match in re.finditer(r"\S+", joined):  # each word maps back to its written span
        start, end = at_broken_hyphens_original(removed, *match.span())
        assert text[start:end].replace("- ", "-") == match.group()


def test_a_catalog_name_broken_after_its_hyphen_is_linked(linker: Linker) -> None:
    abstract = "It suits mobile networks like MobileNet- v2 and others."
    mentions = {m.name: m for m in linker.link(paper(abstract)).mentions}
    text = linked_text(paper(abstract))
    start, end = mentions["MobileNetV2"].span
    assert text[start:end] == mentions["MobileNetV2"].surface == "MobileNet- v2"


def test_a_sized_checkpoint_after_a_clause_is_a_model_not_a_dataset(linker: Linker) -> None:
    mentions = linker.link(paper("On both datasets, Zorb-7B achieves the best accuracy.")).mentions
    assert [m.entity_id for m in mentions] == ["model:zorb-7b"]
