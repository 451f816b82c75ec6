"""Rules from the fourteenth collection round's errors (tests/gold/dev14, read after
its as-found score): a builds_on cue after a list governs every item of the list, as a cue
before it does ("(e.g., ZorbRec, Quux and QuuxRec) can be integrated as the base
encoder"); one checkpoint written with its parts in two orders is one entity
("Llama-3.1-Instruct-405B" and the catalog's "Llama-3.1-405B-Instruct"); and an acronym the
text defines as a measure or an operation in Title Case ("Mean Absolute Error (MAE)",
"Wavelet Transform (WT)") is neither a model nor a dataset there. From dev15 (read after
its as-found score): a part of the paper's system that uses a model builds on it ("The
encoder part of the model uses ResNet"), "The resulting model, eSEN," introduces it, and
models a later sentence fine-tunes as a group ("By fine-tuning these models") are built
on."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker
from citegraph.linker.roles import Sentences, list_tail, mention_role
from tests.linking import paper


def _rule_roles(text: str, names: list[str]) -> list[str]:
    """The cue rules' role of each name (the classifier decides later, from these cues)."""
    sentences = Sentences(text)
    return [
        mention_role(sentences, text.index(n), text.index(n) + len(n), "model").value
        for n in names
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Methods (e.g., ZorbA, ZorbB, and ZorbC) can be integrated as the base encoder of ours.",
        "ZorbA, ZorbB and ZorbC are used as the backbone of our framework.",
    ],
)
def test_a_cue_after_a_list_governs_every_item(text: str) -> None:
    assert _rule_roles(text, ["ZorbA", "ZorbB", "ZorbC"]) == ["builds_on"] * 3


def test_a_based_list_is_not_spread() -> None:
    # "X, Y and Z based models" are as often baselines: the cue stays with its neighbour
    text = "We compare ZorbA, ZorbB and ZorbC based models with ours."
    assert _rule_roles(text, ["ZorbA", "ZorbB"]) == ["mentions", "mentions"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("(e.g., ZorbA, ZorbB, and ZorbC) can be", "ZorbA", "(e.g., ZorbA, ZorbB, and ZorbC)"),
        ("ZorbA, ZorbB and ZorbC serve as", "ZorbB", "ZorbA, ZorbB and ZorbC"),
        # a list ends only after an item: "and the proposed" is no item
        ("ZorbA and the proposed model", "ZorbA", "ZorbA"),
        ("ZorbA, a baseline, is used", "ZorbA", "ZorbA"),
        ("ZorbA is used", "ZorbA", "ZorbA"),
    ],
)
def test_list_tail(text: str, name: str, expected: str) -> None:
    sentences = Sentences(text)
    end = text.index(name) + len(name)
    assert text[: list_tail(sentences, end)].endswith(expected)


def test_one_checkpoint_in_two_orders_is_one_entity(linker: Linker) -> None:
    abstract = (
        "Open models such as Llama-3.1-Instruct-405B are capable. We distil the "
        "Llama-3.1-405B-Instruct teacher into the Llama-3.1-8B-Instruct student."
    )
    names = [m.name for m in linker.link(paper(abstract)).mentions]
    assert sorted(names) == ["Llama-3.1-405B-Instruct", "Llama-3.1-8B-Instruct"]


@pytest.mark.parametrize(
    ("abstract", "acronym"),
    [
        (
            "Mean Absolute Error (MAE), Mean Squared Error (MSE) and Root Mean Squared Error "
            "(RMSE) are calculated to validate the model.",
            "MAE",
        ),
        ("We evaluate with the Word Error Rate (WER) and the Character Error Rate (CER).", "WER"),
    ],
)
def test_an_acronym_defined_as_a_measure_is_no_entity(
    linker: Linker, abstract: str, acronym: str
) -> None:
    assert acronym not in {m.name for m in linker.link(paper(abstract)).mentions}


def test_the_masked_autoencoder_is_still_found(linker: Linker) -> None:
    abstract = "We pre-train a Masked Autoencoder (MAE) on ImageNet and fine-tune it."
    assert "MAE" in {m.name for m in linker.link(paper(abstract)).mentions}


@pytest.mark.parametrize(
    "text",
    [
        "The encoder part of the model uses ZorbNet to extract global features of the image.",
        "Our decoder uses ZorbNet with two extra attention layers.",
    ],
)
def test_a_part_of_the_papers_system_that_uses_a_model_builds_on_it(text: str) -> None:
    # dev15: "The encoder part of the model uses ResNet to extract global features"
    assert _rule_roles(text, ["ZorbNet"]) == ["builds_on"]


def test_another_systems_part_that_uses_a_model_is_no_cue() -> None:
    assert _rule_roles("Their encoder uses ZorbNet.", ["ZorbNet"]) == ["mentions"]


@pytest.mark.parametrize(
    "abstract",
    [
        "We improve upon expressive models. The resulting model, ZorbSEN, provides strong results.",
        "The proposed model, ZorbSEN, outperforms the baselines on three benchmarks.",
    ],
)
def test_the_resulting_model_is_introduced(abstract: str) -> None:
    from citegraph.linker.introduced import find_introductions

    text = f"A Study\n\n{abstract}"
    found = [(i.name, i.entity_type) for i in find_introductions(text, len("A Study"))]
    assert found == [("ZorbSEN", "model")]


@pytest.mark.parametrize(
    "abstract",
    [
        "This study applies foundation models, DINOv2, MAE, VMamba and CoCa, to X-rays. We "
        "explore them on four datasets. By fine-tuning these models we reach strong results.",
        "We study BERT and RoBERTa on reading comprehension. The goal is a better recipe. "
        "Hyperparameters are searched to fine-tune the models on DuoRC.",
    ],
)
def test_models_a_later_sentence_fine_tunes_as_a_group_have_the_cue(
    linker: Linker, abstract: str
) -> None:
    from citegraph.linker.policy import _ANAPHORIC_CUE

    found = linker._found(paper(abstract))
    models = [item for item in found if item.entity_type == "model"]
    assert len(models) >= 2
    assert all(_ANAPHORIC_CUE in item.features for item in models)
    assert all(item.role.value == "builds_on" for item in models)


@pytest.mark.parametrize(
    "abstract",
    [
        # one model: "these models" points at no group of names
        "BERT is strong. By fine-tuning these models we reach strong results.",
        # compared ones stay compared
        "Our model outperforms BERT and RoBERTa. By fine-tuning these models we gain 2%.",
        # no change of weights
        "We study BERT and RoBERTa. By probing these models we find gaps.",
    ],
)
def test_no_group_cue(linker: Linker, abstract: str) -> None:
    from citegraph.linker.policy import _ANAPHORIC_CUE

    found = linker._found(paper(abstract))
    assert not any(_ANAPHORIC_CUE in item.features for item in found)
