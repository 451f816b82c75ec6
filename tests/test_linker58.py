"""Rules from the fifty-eighth and fifty-ninth collection rounds' false models (tests/gold/
dev58 and dev59, read sets from the thirty-fifth session on). A method's head noun right
before a preposition heads what an acronym names, whatever model the preposition's object
names: "a link prediction method for temporal heterogeneous networks (ZP-THN)", "an
accurate post-training quantization framework of diffusion models (ZPQ-DM)" introduce
methods, no models (a model's head there still decides nothing: "a Zorb Model with the
Placeholder (ZM-P)" stays as the rest of the rules read it). A head noun a gerund acts on
is not the description's head: "... sine functions for training BNNs, namely frequency
domain zorbation (FDZ)" calls FDZ nothing. A bracketed list after a description gives
examples of it, not its name ("a methodology for adapting ... models (mBERT, mZ5)"),
unless the description is the paper's own new one ("we release three new Zorbic
BERT-style models (ZABER, Char-ZABER, and QABER)"). A generic class with a direction, an
input unit or a dimension before it ("BiGRU", "BLSTM", "char-CNN", "1D-CNN") is never a
name, as the class alone is not. Names invented for the tests, except the catalog's mBERT
(and Multilingual BERT)."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Role
from citegraph.linker import Linker
from citegraph.linker.names import is_never_name
from tests.linking import paper


def _found(linker: Linker, text: str, title: str = "A Study") -> dict[str, tuple[str, Role]]:
    return {
        m.surface: (m.entity_id, m.role) for m in linker.link(paper(text, title)).mentions
    }


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "We study the link prediction problem in temporal heterogeneous networks and "
            "propose a link prediction method for temporal heterogeneous networks (ZP-THN) "
            "based on the information lifecycle.",
            "ZP-THN",
        ),
        (
            "In this paper, we propose an accurate post-training quantization framework of "
            "diffusion models (ZPQ-DM) for efficient image generation.",
            "ZPQ-DM",
        ),
        (
            "We propose a Zorb Prediction Framework for Graph Neural Networks (ZPF-GNN) that "
            "scales to large graphs.",
            "ZPF-GNN",
        ),
    ],
)
def test_a_method_head_before_a_preposition_names_no_model(
    linker: Linker, text: str, name: str
) -> None:
    assert name not in _found(linker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # The same shapes with a model's head before the preposition stay models.
        (
            "We propose a graph neural network for temporal heterogeneous graphs (ZGN-TH), "
            "trained end to end.",
            "ZGN-TH",
        ),
        (
            "We propose a novel detection network for aerial images (ZDNAI).",
            "ZDNAI",
        ),
    ],
)
def test_a_model_head_before_a_preposition_still_names_a_model(
    linker: Linker, text: str, name: str
) -> None:
    found = _found(linker, text)
    assert found[name][0].startswith("model:")
    assert found[name][1] is Role.INTRODUCES


def test_a_head_a_gerund_acts_on_does_not_say_what_the_name_is(linker: Linker) -> None:
    text = (
        "We propose to estimate the gradient of the sign function in the Fourier frequency "
        "domain using the combination of sine functions for training BNNs, namely "
        "frequency domain zorbation (FDZ). The proposed approach keeps the low frequencies."
    )
    assert "FDZ" not in _found(linker, text)


def test_a_bracketed_list_after_a_description_gives_examples_not_its_name(
    linker: Linker,
) -> None:
    text = (
        "We propose a methodology for adapting self-attentive transformer-based "
        "architecture models (mBERT, mZ5) for low-resource summarization."
    )
    found = _found(linker, text)
    assert found["mBERT"][0] == "model:mbert"
    assert found["mBERT"][1] is not Role.INTRODUCES


def test_a_bracketed_list_of_the_papers_new_models_introduces_them(linker: Linker) -> None:
    text = (
        "As a result, we release three new Zorbic BERT-style models (ZABER, Char-ZABER, "
        "and QABER), and two T5-style models."
    )
    found = _found(linker, text)
    assert found["ZABER"] == ("model:zaber", Role.INTRODUCES)


@pytest.mark.parametrize(
    "word",
    [
        "BiGRU", "Bi-LSTM", "BLSTM", "BGRU", "BRNN", "char-CNN", "1D-CNN", "3DCNN", "BiLSTMs",
        "DCNN", "FCNNs",
    ],
)
def test_a_generic_class_with_a_glued_modifier_is_never_a_name(word: str) -> None:
    """"BiGRU", "BLSTM", "char-CNN": the guideline's generic classes (GRU, LSTM, CNN) with a
    direction, an input unit or a dimension before them."""
    assert is_never_name(word)


@pytest.mark.parametrize("word", ["CharRNN", "CRNN", "ZorbLSTM", "BiLSTM-CRF-Zorb", "BERT"])
def test_a_name_built_on_a_class_word_stays_a_name(word: str) -> None:
    assert not is_never_name(word)


def test_a_modified_class_listed_beside_models_is_no_model(linker: Linker) -> None:
    text = (
        "We evaluate transformer based architectures like Multilingual BERT (mBERT) against "
        "neural based architectures such as BiGRU, CNN, and char-CNN."
    )
    found = _found(linker, text)
    assert "BiGRU" not in found and "char-CNN" not in found
    assert found["Multilingual BERT"][0] == "model:mbert"


def test_a_cited_author_after_a_catalog_acronym_is_no_part_of_its_name(linker: Linker) -> None:
    """"BEIR Thakur et al. (2021)": a page's text run together from a name and its citation;
    "NVIDIA DRIVE Sim" still goes on with the capitalised word."""
    text = (
        "Some text embedding benchmarks (e.g. MTEB Muennighoff et al. (2022), BEIR Thakur et "
        "al. (2021), and AIR-Bench Chen et al. (2024)) have been established."
    )
    found = _found(linker, text)
    assert found["BEIR"][0] == "dataset:beir"
    assert "BEIR Thakur" not in found
    assert _found(linker, "We run NVIDIA DRIVE Sim and report results.")["DRIVE Sim"][0] == (
        "dataset:drive-sim"
    )


def test_an_acronym_spelled_out_as_a_method_part_is_no_data_set(linker: Linker) -> None:
    """"Probabilistic Class Activation Map (PCAM) pooling": the catalog's PCam (PatchCamelyon)
    has no long form to compare with, but a map, a pooling or a module heads no data set."""
    text = (
        "We present Probabilistic Class Activation Map (PCAM) pooling, a novel global "
        "pooling operation for lesion localization."
    )
    assert "PCAM" not in _found(linker, text)


def test_a_data_set_before_style_names_a_convention(linker: Linker) -> None:
    """"MS COCO style overall AP", as "COCO-style AP" already did."""
    found = _found(linker, "We report MS COCO style AP on our data, then train on MS COCO.")
    assert [m for m in found if m == "MS COCO"] == ["MS COCO"]
    assert _found(linker, "We report MS COCO style AP on our own images.").get("MS COCO") is None


def test_an_introduced_long_form_is_what_its_head_before_a_preposition_says(
    linker: Linker,
) -> None:
    """"we propose a novel Conditional Diffusion model based on discrete Graph Structures
    (CDGS)": introduced, the head before the first preposition says model. Without the
    introducing words ("A Zorb Model with the Placeholder (ZM-P) generates ...") nothing."""
    text = (
        "To accomplish these goals, we propose a novel Conditional Zorbusion model based on "
        "discrete Graph Structures (CZGS) for molecular graph generation."
    )
    assert _found(linker, text)["CZGS"] == ("model:czgs", Role.INTRODUCES)
    text = "A Zorb Model with the Placeholder (ZM-P) generates a sentence with placeholders."
    assert "ZM-P" not in _found(linker, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "A small device with a UV light-emitting lamp and a 470 nm filter was built.",
        "The robot hand wears a sensor glove; a squad of drones carries a cola bottle.",
        "The canine teeth and the elmo doll were scanned.",
    ],
)
def test_a_mixed_case_name_in_lower_case_is_the_english_word(
    linker: Linker, sentence: str
) -> None:
    """LaMP, GloVe, SQuAD, CoLA, ELMo, CANINE: hand-written names that are English words in
    lower case match only as written (linker/catalog.py's ORDINARY_WORDS; dev61's "UV
    light-emitting lamp" linked LaMP)."""
    assert _found(linker, sentence) == {}


def test_the_names_still_link_as_written(linker: Linker) -> None:
    found = _found(
        linker,
        "We use Glove word vectors and ELMo, and evaluate on SQuAD, CoLA and the LaMP benchmark.",
    )
    assert {entity for entity, _ in found.values()} >= {
        "model:glove", "model:elmo", "dataset:squad", "dataset:cola", "dataset:lamp"
    }
