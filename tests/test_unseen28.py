"""From the read collection round dev17 (read after its as-found scores): a coined name in
mixed case after "a <adjective>" before a dataset head is one dataset ("on a challenging
EgoNLQ benchmark"), where an acronym in capitals there says a kind of data ("a public TBQA
dataset"); audio features (MFCC), the generic "GenAI", an imitation-learning algorithm
(DAgger) and an institution (NIH) are never a model's or a data set's name; a name a PDF's
lost space glued to a function word ("pruning theBERT model") is the catalog's. Names
invented for the tests."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker
from tests.linking import paper


def _linked(linker: Linker, abstract: str) -> dict[str, str]:
    return {m.surface: m.entity_id for m in linker.link(paper(abstract)).mentions}


def test_a_mixed_case_name_after_a_and_an_adjective_is_one_dataset(linker: Linker) -> None:
    linked = _linked(linker, "We run extensive experiments on a challenging ZorbNLQ benchmark.")
    assert linked == {"ZorbNLQ": "dataset:zorbnlq"}


@pytest.mark.parametrize(
    "abstract",
    [
        "We evaluate it on HotpotQA, a public ZBQA dataset, and a ZIDI dataset.",
        "Input features are MFCC and MFCCs of each frame; GenAI tools help.",
        "Diffusion Meets DAgger: we train on NIH data.",
    ],
)
def test_kinds_features_algorithms_and_institutions_are_no_entities(
    linker: Linker, abstract: str
) -> None:
    linked = _linked(linker, abstract)
    assert not any(s in linked for s in ("ZBQA", "ZIDI", "MFCC", "MFCCs", "GenAI", "DAgger", "NIH"))


def test_a_name_a_lost_space_glued_to_a_function_word_is_linked(linker: Linker) -> None:
    linked = _linked(linker, "We apply it to pruning theBERT model and to ofLLaMA weights.")
    assert linked == {"BERT": "model:bert", "LLaMA": "model:llama"}


def test_names_starting_in_lower_case_are_not_split(linker: Linker) -> None:
    linked = _linked(linker, "We compare mT5 and xLSTM, and an adoptGPT word is no name.")
    assert linked == {"mT5": "model:mt5", "xLSTM": "model:xlstm"}
