"""Recall round 22, the rules that add links in the role classifier's training sets (so
linker/role_model.json is re-trained after them), each with invented names."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker

from .linking import found, small_linker, small_linker_fixture

_CATALOG = """
version = "2026.12.0"

[[family]]
key = "zorbilla"
name = "Zorbilla"
kind = "llm"
source = "test fixture"

[[family]]
key = "zorbnet"
name = "ZorbNet"
kind = "vision"
source = "test fixture"

[[dataset]]
key = "flimset"
name = "FlimSet"
kind = "dataset"
source = "test fixture"
"""


small = small_linker_fixture(_CATALOG)


# -- a short head hyphenated before a catalog model's name makes a variant the catalog lacks --


@pytest.mark.parametrize(
    "text, entity",
    [
        # A Unicode non-breaking hyphen, as PDFs write it.
        ("A detection system based on the x\u2011ZorbNet architecture.", "model:x-zorbnet"),
        ("We compare LS-Zorbilla with Zorbilla on FlimSet.", "model:ls-zorbilla"),
        ("We train Clinical Zorbilla Embeddings (C-Zorbilla) on FlimSet.", "model:c-zorbilla"),
    ],
)
def test_a_short_head_before_a_catalog_model_names_a_variant(
    small: Linker, text: str, entity: str
) -> None:
    assert entity in found(small, text)


@pytest.mark.parametrize(
    "text, unwanted",
    [
        # A head the paper spells out in lower case describes the model.
        (
            "Few audio-visual (AV) works exist. We compare the AV-ZorbNet with others.",
            "model:av-zorbnet",
        ),
        # The paper's own method, its title's head, a part named in passing.
        (
            "We propose a novel framework, called DCP-Zorbilla. DCP-Zorbilla beats Zorbilla.",
            "model:dcp-zorbilla",
        ),
        ("We add a plug-and-play spatial attention zorbnet (SA-ZorbNet).", "model:sa-zorbnet"),
        # A longer head or a lower-case word is a compound, not a variant's name.
        ("We compare Mask-ZorbNet and pre-Zorbilla models.", "model:mask-zorbnet"),
        ("We compare Mask-ZorbNet and pre-Zorbilla models.", "model:pre-zorbilla"),
    ],
)
def test_other_compounds_of_a_catalog_model_are_not_variants(
    small: Linker, text: str, unwanted: str
) -> None:
    assert unwanted not in found(small, text)


def test_a_compound_heading_the_title_is_left_to_the_introductions(small: Linker) -> None:
    title = "QZ-Zorbilla: A Framework for Editing"
    abstract = "We show that QZ-Zorbilla edits images well, using Zorbilla as its backbone."
    assert "model:qz-zorbilla" not in found(small, abstract, title)


# -- a catalog model's plain-word name in lower case, shortened in brackets, names it -----

_PLAIN_CATALOG = """
version = "2026.12.0"

[[family]]
key = "zorb-transformer"
name = "ZoT"
aliases = ["Zorb Transformer"]
kind = "vision"
source = "test fixture"

[[family]]
key = "quilted-networks"
name = "Quilted Networks"
cased_aliases = ["Quilted Network", "Quilted Networks"]
kind = "vision"
source = "test fixture"

[[family]]
key = "gqm"
name = "GQM"
aliases = ["General Quilt Model"]
kind = "llm"
source = "test fixture"
"""



@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Linker:
    return small_linker(tmp_path_factory.mktemp("plain"), _PLAIN_CATALOG)


@pytest.mark.parametrize(
    "text, entity",
    [
        # The model's own short name (its plural) in brackets.
        ("Our study spans six architectures, including zorb transformers (ZoTs).", "model:zot"),
        # The first letters of its name in brackets.
        ("Methods such as the quilted networks (QUILT) work well.", "model:quilted-networks"),
    ],
)
def test_a_lower_case_catalog_name_shortened_in_brackets_names_it(
    plain: Linker, text: str, entity: str
) -> None:
    assert entity in found(plain, text)


@pytest.mark.parametrize(
    "text",
    [
        # Another short form: the phrase is a class, not the catalog's model.
        "We build general quilt models (QMs) for text.",
        # No short form: a phrase of plain words in lower case stays a phrase.
        "We compare zorb transformers and quilted networks on images.",
    ],
)
def test_a_lower_case_phrase_without_its_short_form_is_no_name(plain: Linker, text: str) -> None:
    assert found(plain, text) == set()


# -- an unnamed introduction's noun phrase goes on past its first head noun ---------------


def test_a_technique_whose_phrase_starts_with_a_model_noun_is_no_model(small: Linker) -> None:
    title = "ZorbEdit: Instant text-based image editing"
    abstract = "We introduce an encoder based iterative inversion technique for Zorbilla."
    assert "model:zorbedit" not in found(small, abstract, title)


def test_a_model_phrase_going_on_with_a_participle_is_still_a_model(small: Linker) -> None:
    title = "ZorbLM: Lessons Learned"
    abstract = "We present a language model pre-trained on FlimSet and compare it with Zorbilla."
    assert "model:zorblm" in found(small, abstract, title)


def test_the_plural_of_a_longer_name_linked_before_is_that_name(small: Linker) -> None:
    text = (
        "These models become a Zorbilla-MoE with more capacity. Any dense model can be "
        "turned into Zorbilla-MoEs."
    )
    linked = found(small, text)
    assert "model:zorbilla-moe" in linked
    assert "model:zorbilla-moes" not in linked
