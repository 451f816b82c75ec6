"""Recall/precision round 17 of the linker's general rules, each with invented names."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker
from citegraph.linker.candidates import without_markup
from citegraph.linker.introduced import find_introductions

from .linking import found, paper, small_linker_fixture

_CATALOG = """
version = "2026.11.0"

[[family]]
key = "zorbilla"
name = "Zorbilla"
kind = "llm"
source = "test fixture"

[[family]]
key = "quuxnet"
name = "QuuxNet"
kind = "vision"
source = "test fixture"

[[dataset]]
key = "flimset"
name = "FlimSet"
kind = "dataset"
source = "test fixture"
"""


small = small_linker_fixture(_CATALOG)


# -- a model's name before "approach", "scaling law", "optimal", "instruction tuning" ----------


@pytest.mark.parametrize(
    "text",
    [
        "Our method is based on the popular QuuxNet approach for self-supervised learning.",
        "We propose a new law that modifies the Zorbilla scaling law to use sparse counts.",
        'Scaling is usually studied in the compute-optimal regime ("Zorbilla optimal").',
        "Finally, we apply Zorbilla instruction tuning to our 20B model.",
    ],
)
def test_a_models_name_before_its_method_or_law_is_not_the_model(small: Linker, text: str) -> None:
    assert not any(i.startswith("model:") for i in found(small, text))


@pytest.mark.parametrize(
    "text, entity",
    [
        ("We fine-tune Zorbilla on FlimSet and report results.", "model:zorbilla"),
        ("Our approach outperforms QuuxNet, a strong baseline.", "model:quuxnet"),
        ("Zorbilla approaches human accuracy on FlimSet.", "model:zorbilla"),  # the verb
        ("We study how Zorbilla scales with data.", "model:zorbilla"),
        ("Results on FlimSet approach the ceiling.", "dataset:flimset"),  # a dataset keeps it
    ],
)
def test_the_model_and_datasets_stay_linked_elsewhere(
    small: Linker, text: str, entity: str
) -> None:
    assert entity in found(small, text)


# -- "To pre-train Zorbo, we assembled a corpus": the comma ends the verb's clause ------------


def _introduced(title: str, abstract: str) -> set[tuple[str, str]]:
    text = f"{title}\n\n{abstract}"
    return {(i.name, i.entity_type) for i in find_introductions(text, len(title))}


@pytest.mark.parametrize(
    "abstract, expected",
    [
        (
            "We introduce ZorbLM, a Portuguese decoder LLM. To pre-train ZorbLM, we assembled "
            "a text corpus of 35B tokens.",
            {("ZorbLM", "model")},
        ),
        ("To evaluate ZorbNet-7, we build a new benchmark of 500 tasks.", set()),
        ("After training QuuxFormer, they collect a large dataset of dialogues.", set()),
    ],
)
def test_a_clause_after_the_verbs_object_says_nothing_of_it(
    abstract: str, expected: set[tuple[str, str]]
) -> None:
    assert _introduced("A Study", abstract) == expected


@pytest.mark.parametrize(
    "abstract, expected",
    [
        ("We release ZorbSet, a dataset of 10k dialogues.", {("ZorbSet", "dataset")}),
        ("We train ZorbLM, a 7B language model, on web text.", {("ZorbLM", "model")}),
        ("We present ZorbNet, an efficient network for retrieval.", {("ZorbNet", "model")}),
    ],
)
def test_a_description_after_the_comma_still_introduces(
    abstract: str, expected: set[tuple[str, str]]
) -> None:
    assert _introduced("A Study", abstract) == expected


# -- LaTeX accents inside a name: "Gl\'orIA", "T\"ULU" ----------------------------------------


def test_a_latex_accent_inside_a_name_reads_as_its_letter() -> None:
    text = 'We introduce Zorb\\\'orIA and T\\"ULU-7B. A \\"quoted\\" word, BERT\\\'s layers.'
    read = without_markup(text)
    assert len(read) == len(text)  # spans still index the original
    assert "  ZorborIA and" in read and "  TULU-7B." in read
    assert '\\"quoted\\"' in read and "BERT\\'s" in read  # no accent: left as written


def test_an_accented_name_is_linked_and_introduced(small: Linker) -> None:
    assert "model:zorbilla" in found(small, "We fine-tune Zorbill\\'a on FlimSet.")
    mentions = small.link(paper("We introduce Gl\\'orbIA, a robust Portuguese decoder LLM."))
    assert [(m.surface, m.entity_type) for m in mentions.mentions] == [("GlorbIA", "model")]


# -- "X: Towards ...", "X: leveraging ...": the title says what X aims at or does -----------


_PLAIN_ABSTRACT = "In this paper, we study the robustness of graph networks to attacks."


@pytest.mark.parametrize(
    "title",
    [
        "ZorbDefense: Towards Robust Graph Convolutional Networks",
        "ZorbDefense: Toward Robust Graph Convolutional Networks",
        "ZorbCD: leveraging foundation vision models with a refine-and-fuse framework",
        "ZorbCD: Leveraging Foundation Vision Models for Change Detection",
    ],
)
def test_a_title_head_before_an_aim_or_a_verb_phrase_is_not_a_model(title: str) -> None:
    assert _introduced(title, _PLAIN_ABSTRACT) == set()


@pytest.mark.parametrize(
    "title, name",
    [
        ("ZorbLM: A Pretrained Language Model for Legal Text", "ZorbLM"),
        ("QuuxNet: Towards Precise Binary Neural Networks", "QuuxNet"),  # a network's shape
        ("ZorbGAN: Content-Parsing Generative Adversarial Networks for Faces", "ZorbGAN"),
    ],
)
def test_a_title_head_a_model_describes_is_still_introduced(title: str, name: str) -> None:
    assert _introduced(title, _PLAIN_ABSTRACT) == {(name, "model")}


# -- a title's head is not the abstract's model when the abstract names it otherwise ---------


def test_a_title_head_does_not_take_a_model_the_abstract_names_otherwise() -> None:
    found = _introduced(
        "ZorbLan: Bridging Vision and Language by Multi-Modal Pre-Training",
        "We develop a two-tower pre-training model called QuuxVL, trained on 30M pairs.",
    )
    assert ("ZorbLan", "model") not in found and ("QuuxVL", "model") in found


def test_a_title_head_keeps_the_model_its_versions_name() -> None:
    found = _introduced(
        "ZorbGAN++: Realistic Image Synthesis with Stacked Networks",
        "First, we propose a two-stage generative adversarial network architecture, "
        "ZorbGAN-v1, for text-to-image synthesis.",
    )
    assert ("ZorbGAN++", "model") in found


def test_a_title_head_names_the_abstracts_unnamed_model() -> None:
    found = _introduced(
        "ZorbLM: Realistic Text Synthesis", "We propose a new language model for synthesis."
    )
    assert found == {("ZorbLM", "model")}


# -- a longer name after a catalog model's: the model the text names --------------------------


def _models(linker: Linker, abstract: str, title: str = "A Study") -> set[str]:
    return {
        m.surface for m in linker.link(paper(abstract, title)).mentions if m.entity_type == "model"
    }


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("A 7B ZorbPRM surpasses Zorbilla-Math-PRM-72B on FlimSet.", "Zorbilla-Math-PRM-72B"),
        ("It outperforms specialized models, including QuuxNet-Primus-Base.",
         "QuuxNet-Primus-Base"),
        ("Results improve over the single-task QuuxNet-CRF model.", "QuuxNet-CRF"),
        ("Debiasing significantly improves Zorbilla Sonnet 4 by 3 points.", "Zorbilla Sonnet 4"),
    ],
)  # fmt: skip
def test_a_longer_name_after_a_catalog_models_is_that_model(
    small: Linker, abstract: str, name: str
) -> None:
    assert _models(small, abstract) == {name}


@pytest.mark.parametrize(
    "abstract",
    [
        "BART-style Zorbilla-L-w-CTs achieved a better simplicity score.",  # "w": no name part
        "Code is at https://github.com/zorb/Zorbilla-Code-Repo for all.",  # inside a link
        "We propose Zorbilla-Layout, a novel document pre-training framework.",  # a method
        "Scores of Zorbilla-based systems rise.",  # a modifier, not a name
    ],
)
def test_no_longer_model_where_the_parts_are_no_name(small: Linker, abstract: str) -> None:
    assert not any(m.startswith("Zorbilla-") for m in _models(small, abstract))


def test_the_plural_of_the_titles_model_is_not_another_model(small: Linker) -> None:
    found = _models(
        small,
        "We convert any dense model into Zorbilla-MoEs, which route tokens.",
        title="Zorbilla-MoE: A Sparse Language Model for Retrieval",
    )
    assert "Zorbilla-MoEs" not in found


# -- "Net" after a capital is a network's name too: "CheXNet", "AVENet", "EEGNet" -------------


def test_a_capital_before_net_is_network_shaped_in_a_title() -> None:
    found = _introduced(
        "ZORBNet: Disentangling Features by Approximating Average Features",
        "To fit the average feature, we then design the ZORBNet to take features as input.",
    )
    assert found == {("ZORBNet", "model")}


def test_a_title_head_the_abstract_calls_a_framework_stays_no_model() -> None:
    found = _introduced(
        "ZORBNet: 3D Front-View Proposal Generation",
        "We propose a novel framework called ZORBNet for 3D front-view proposal generation.",
    )
    assert ("ZORBNet", "model") not in found


def test_a_capital_before_net_names_the_architecture_a_model_is_based_on(small: Linker) -> None:
    assert "ZEEGNet" in _models(small, "We build a deep model based on the ZEEGNet architecture.")


@pytest.mark.parametrize(
    "text",
    [
        "We re-purpose a QuuxNet like architecture for detection.",
        "Zorbilla like models are expensive to serve.",
    ],
)
def test_a_models_name_before_like_and_a_model_noun_is_a_class(small: Linker, text: str) -> None:
    assert not any(i.startswith("model:") for i in found(small, text))


def test_a_model_before_like_elsewhere_stays_the_model(small: Linker) -> None:
    text = "Models such as Zorbilla, like others, fail on FlimSet."
    assert "model:zorbilla" in found(small, text)


# -- a capitalised word before a catalog model starts a longer name ("Open Sora") ------------


def test_a_capitalised_word_before_a_model_and_models_after_is_a_longer_model(
    small: Linker,
) -> None:
    text = "Experiments on pretrained models, including QuuxNet and Open Zorbilla models, help."
    assert _models(small, text) == {"QuuxNet", "Open Zorbilla"}


def test_a_capitalised_word_before_a_model_starts_a_name_the_model_is_not(small: Linker) -> None:
    text = "We follow a novel but simple approach, Constrained Zorbilla (CZ), for new words."
    assert "model:zorbilla" not in found(small, text)


@pytest.mark.parametrize(
    "text",
    [
        "We transfer the English Zorbilla model to four languages.",  # a language
        "Results of Google Zorbilla improve.",  # an organisation
        "Training is costly. Zorbilla models are large.",  # a sentence's first word
        "It was fine-tuned (Zorbilla and QuuxNet) on FlimSet.",  # after a bracket
    ],
)
def test_a_model_after_a_language_organisation_or_sentence_start_stays(
    small: Linker, text: str
) -> None:
    assert "model:zorbilla" in found(small, text)


# -- a participle after the description's head ends its noun phrase ---------------------------


@pytest.mark.parametrize(
    "abstract, expected",
    [
        (
            "Using this pipeline, we construct Zorb-rebench, a public dataset comprising over "
            "21,000 interactive Python-based software tasks, suitable for training agents.",
            {("Zorb-rebench", "dataset")},
        ),
        (
            "We release ZorbLM, a language model trained on 2T tokens of coding tasks.",
            {("ZorbLM", "model")},
        ),
        (
            "We present ZorbFlow, a framework leveraging large language models for planning.",
            {("ZorbFlow", "method")},
        ),
    ],
)
def test_a_participle_ends_the_description_at_its_head(
    abstract: str, expected: set[tuple[str, str]]
) -> None:
    assert _introduced("A Study", abstract) == expected
