"""Recall round 22 of the linker's general rules, each with invented names."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker

from .linking import found, paper, small_linker_fixture

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
checkpoint = [{ key = "zorbnet-20", name = "ZorbNet-20", size = "20" }]

[[family]]
key = "tessel"
name = "Tessel"
cased_aliases = ["Tessel"]
kind = "audio"
source = "test fixture"

[[family]]
key = "quux-r-cnn"
name = "Quux R-CNN"
kind = "vision"
source = "test fixture"

[[dataset]]
key = "zrbx"
name = "ZRBX"
cased_aliases = ["ZRBX"]
kind = "dataset"
source = "test fixture"

[[dataset]]
key = "qorb-midi"
name = "Qorb MIDI"
cased_aliases = ["Qorb MIDI"]
kind = "dataset"
source = "test fixture"

[[dataset]]
key = "flimset"
name = "FlimSet"
kind = "dataset"
source = "test fixture"
"""


small = small_linker_fixture(_CATALOG)


# -- a Title Case word after a catalog dataset's acronym goes on with its name -------------


@pytest.mark.parametrize(
    "text",
    [
        "We show the policy handles perturbations in both FlimSet and Acme's ZRBX Sim.",
        "Closed-loop results in the ZRBX Sim simulator show fewer collisions.",
    ],
)
def test_a_title_case_word_after_a_dataset_acronym_is_part_of_its_name(
    small: Linker, text: str
) -> None:
    linked = found(small, text)
    assert "dataset:zrbx-sim" in linked
    assert "dataset:zrbx" not in linked


@pytest.mark.parametrize(
    "text",
    [
        # A lower-case word, a measure in capitals: the acronym's own name.
        "We report results on ZRBX images and on FlimSet.",
        "We report ZRBX AP and FlimSet accuracy for Zorbilla.",
        # A sentence's next word is no part of it.
        "We fine-tune Zorbilla on ZRBX. The results are strong.",
    ],
)
def test_other_words_after_a_dataset_acronym_leave_it_alone(small: Linker, text: str) -> None:
    linked = found(small, text)
    assert "dataset:zrbx" in linked
    assert not any(entity.startswith("dataset:zrbx-") for entity in linked)


def test_a_longer_name_of_several_title_case_words_is_not_cut_after_one(small: Linker) -> None:
    # "ZRBX Multimodal Translation Task" is read whole by the part rules, or not at all; the
    # rule here never takes its first word alone.
    text = "Our system took part in the ZRBX Multimodal Translation Task with Zorbilla."
    assert "dataset:zrbx-multimodal" not in found(small, text)


# -- a data format or a sensor is no dataset's name -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We propose a novel LiDAR dataset collected by a 128 layer LiDAR in urban scenes.",
        "Through training on a 23-hour piano MIDI dataset, Zorbilla beats three baselines.",
        "We release a large RGB-D dataset and evaluate Zorbilla on FlimSet.",
    ],
)
def test_a_data_format_or_sensor_before_a_dataset_noun_is_no_name(
    small: Linker, text: str
) -> None:
    assert found(small, text) <= {"model:zorbilla", "dataset:flimset"}


def test_a_catalog_dataset_holding_a_format_word_still_links(small: Linker) -> None:
    assert "dataset:qorb-midi" in found(small, "We train Zorbilla on the Qorb MIDI dataset.")


# -- a hyphen left hanging after a name: the name goes on, unread -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A lost superscript ("FlimSet-20^i"): not FlimSet itself.
        "Experiments on the Qorb- and FlimSet- datasets show gains for Zorbilla.",
        "Zorbilla is evaluated on FlimSet- benchmarks of few-shot segmentation.",
    ],
)
def test_a_name_with_a_hanging_hyphen_before_a_word_is_not_linked(
    small: Linker, text: str
) -> None:
    assert "dataset:flimset" not in found(small, text)


def test_a_hanging_hyphen_sharing_a_suffix_keeps_the_name(small: Linker) -> None:
    # "FlimSet- and ZRBX-based splits": the hyphen shares "-based", FlimSet is named.
    assert "dataset:flimset" in found(small, "We train Zorbilla on FlimSet- and ZRBX-based splits.")


# -- "we call / name / term this <model or dataset> X": the paper names what it described --


@pytest.mark.parametrize(
    "text, entity",
    [
        ("We call our model ZorbSpeech, and it beats Zorbilla on FlimSet.", "model:zorbspeech"),
        ("We refer to the resulting model as ZorbLM. It is fast.", "model:zorblm"),
        ("We name this dataset FlimBench and release it.", "dataset:flimbench"),
        (
            "We propose a general architecture with layer-wise supervision. We term this "
            "architecture zorbly supervised GNNs (or ZSGNNs for short).",
            "model:zsgnns",
        ),
        (
            "We term this network zorb gated unit (ZGU), trained on FlimSet.",
            "model:zgu",
        ),
    ],
)
def test_a_name_given_to_this_model_or_dataset_is_introduced(
    small: Linker, text: str, entity: str
) -> None:
    assert entity in found(small, text)


@pytest.mark.parametrize(
    "text",
    [
        # A method is no entity, whatever its name.
        "We call this approach ZorbAlign and apply it to Zorbilla on FlimSet.",
        "We term our method ZorbFactorNet, which first factorizes Zorbilla.",
        # Not the paper's naming: "they".
        "They call this model ZorbOld in their report, which we evaluate on FlimSet.",
    ],
)
def test_a_name_given_to_a_method_or_by_others_is_not_introduced(
    small: Linker, text: str
) -> None:
    assert found(small, text) <= {"model:zorbilla", "dataset:flimset"}


# -- a width multiplier or a ResNet backbone after a network's name is a variant of it -----


@pytest.mark.parametrize(
    "text, entity",
    [
        ("Ours surpasses ZorbNet 0.5\u00d7 by 2.5% top-1 on FlimSet.", "model:zorbnet-0.5"),
        ("Our network surpasses ZorbNet 1.4x on FlimSet.", "model:zorbnet-1.4x"),
        ("We gain 3.5 AP using a Quux R-CNN R-50 over a vanilla one.", "model:quux-r-cnn-r-50"),
        ("We gain 3.5 AP using a Quux R-CNN R101 student.", "model:quux-r-cnn-r101"),
    ],
)  # fmt: skip
def test_a_width_or_backbone_after_a_network_names_its_variant(
    small: Linker, text: str, entity: str
) -> None:
    assert entity in found(small, text)


@pytest.mark.parametrize(
    "text",
    [
        # A speed-up is no width, nor is a multiplier of 2 or more.
        "Our network runs ZorbNet 1.5x faster on FlimSet.",
        "Our network is ZorbNet 2.5x smaller in memory.",
        "Compared with ZorbNet 3x, ours is better.",
    ],
)
def test_other_numbers_after_a_network_name_no_variant(small: Linker, text: str) -> None:
    assert not any(e.startswith("model:zorbnet-") for e in found(small, text))


def test_a_backbone_with_more_after_it_is_not_read_as_one(small: Linker) -> None:
    # "R-50-FPN" goes on past the backbone: the family is named, no "R-50" variant.
    linked = found(small, "We gain 3.5 AP over Quux R-CNN R-50-FPN on FlimSet.")
    assert "model:quux-r-cnn" in linked
    assert not any(e.startswith("model:quux-r-cnn-") for e in linked)


# -- a list of depths after a network's depth names that network's other depths ----------


@pytest.mark.parametrize(
    "text, entities",
    [
        (
            "We quantize ZorbNet-20, 32, 44 and 56 on FlimSet.",
            {"model:zorbnet-20", "model:zorbnet-32", "model:zorbnet-44", "model:zorbnet-56"},
        ),
        ("We quantize ZorbNet-20/32 on FlimSet.", {"model:zorbnet-20", "model:zorbnet-32"}),
    ],
)
def test_depths_listed_after_a_networks_depth_are_its_networks(
    small: Linker, text: str, entities: set[str]
) -> None:
    assert entities <= found(small, text)


@pytest.mark.parametrize(
    "text, unwanted",
    [
        # A count, a number of layers, a number before a noun: no depth of the network.
        ("We prune ZorbNet-20, 3 of which are shallow.", "model:zorbnet-3"),
        ("We use ZorbNet-20 and 32 layers on FlimSet.", "model:zorbnet-32"),
        ("We train ZorbNet-20 and 34 other networks.", "model:zorbnet-34"),
    ],
)
def test_other_numbers_after_a_networks_depth_are_not_depths(
    small: Linker, text: str, unwanted: str
) -> None:
    linked = found(small, text)
    assert "model:zorbnet-20" in linked
    assert unwanted not in linked


# -- a description's head in capitals, or with a phrase of what it is for, before the name --


@pytest.mark.parametrize(
    "text, entity",
    [
        (
            "We present the first-ever LLM in geoscience, ZorbK2, alongside its resources.",
            "model:zorbk2",
        ),
        ("We release a new LLM, ZorbMed, for clinics, and test it on FlimSet.", "model:zorbmed"),
        (
            "We introduce a new benchmark for legal reasoning, ZorbLaw, and evaluate Zorbilla.",
            "dataset:zorblaw",
        ),
    ],
)
def test_a_name_set_off_after_its_description_is_introduced(
    small: Linker, text: str, entity: str
) -> None:
    assert entity in found(small, text)


def test_a_name_after_a_phrase_with_a_capital_is_not_the_description(small: Linker) -> None:
    # "a model on FlimSet, ZorbSet ...": the list goes on from the phrase's own name.
    text = "We train a model on FlimSet, ZorbSet and more, and compare it with Zorbilla."
    assert "model:zorbset" not in found(small, text)


# -- "a model of our own, X": the paper's model ---------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("We provide a model of our own, ZorbRoBERTa, that rivals Zorbilla.", "model:zorbroberta"),
        ("We build a small benchmark of our own, ZorbTest, beside FlimSet.", "dataset:zorbtest"),
        # "our own" before a description keeps the other "our" patterns.
        ("We fine-tune Zorbilla on our own dataset, ZorbData, and on FlimSet.", "dataset:zorbdata"),
    ],
)  # fmt: skip
def test_a_model_or_dataset_of_our_own_is_introduced(
    small: Linker, text: str, entity: str
) -> None:
    assert entity in found(small, text)


def test_a_method_of_our_own_is_no_model(small: Linker) -> None:
    text = "We apply a method of our own, ZorbAlign, to Zorbilla on FlimSet."
    assert "model:zorbalign" not in found(small, text)


# -- an image size glued to a catalog dataset's name is that dataset at that size ----------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("Ours matches a 250-step sampler in 40% less time on FlimSet256.", "dataset:flimset256"),
        ("We train Zorbilla on FlimSet64 and report FID.", "dataset:flimset64"),
    ],
)  # fmt: skip
def test_an_image_size_glued_to_a_dataset_names_its_variant(
    small: Linker, text: str, entity: str
) -> None:
    linked = found(small, text)
    assert entity in linked
    assert "dataset:flimset" not in linked


def test_a_number_glued_to_a_model_is_no_dataset_size(small: Linker) -> None:
    assert not any(e.startswith("dataset:") for e in found(small, "We train Zorbilla256 today."))


# -- a name starting in lower case before a capital, described before a dataset head -------


def test_a_mixed_case_name_described_before_a_dataset_head_is_a_dataset(small: Linker) -> None:
    text = "We show its effectiveness on the qbXiv summarization dataset with Zorbilla."
    assert "dataset:qbxiv-summarization" in found(small, text)


@pytest.mark.parametrize(
    "text",
    [
        # A plain lower-case word is no name; a plural head names many datasets.
        "We show its effectiveness on the qbxiv summarization dataset with Zorbilla.",
        "We show its effectiveness on the qbXiv summarization datasets with Zorbilla.",
    ],
)
def test_other_lower_case_words_before_a_dataset_head_stay_unlinked(
    small: Linker, text: str
) -> None:
    assert found(small, text) == {"model:zorbilla"}


# -- a one-word name capitalised in the title, in lower case in the abstract: the word ------


def test_a_title_cased_word_the_abstract_writes_in_lower_case_is_not_the_model(
    small: Linker,
) -> None:
    title = "Better Retrosynthesis via Molecular Tessel Information"
    abstract = "Methods overlook 3D tessel information; we integrate molecular tessel data."
    assert "model:tessel" not in found(small, abstract, title)


@pytest.mark.parametrize(
    "abstract",
    [
        "We fine-tune Tessel on FlimSet and beat Zorbilla.",
        # Not written in the abstract at all: the title alone decides.
        "We fine-tune a speech model on FlimSet and beat Zorbilla.",
        # Only the plural in lower case: no evidence the title's word is the common noun.
        "We study tessels and fine-tune it on FlimSet.",
    ],
)
def test_a_title_name_the_abstract_does_not_write_in_lower_case_stays(
    small: Linker, abstract: str
) -> None:
    assert "model:tessel" in found(small, abstract, "Speech Synthesis with Tessel")


# -- a capitalised release word after a model's name is a variant of it --------------------


@pytest.mark.parametrize(
    "text, entity, name",
    [
        ("We synthesize samples using Zorbilla Turbo guided by prompts.", "model:zorbilla-turbo",
         "Zorbilla Turbo"),
        ("We compare with Zorbilla-Pro on FlimSet.", "model:zorbilla-pro", "Zorbilla-Pro"),
    ],
)  # fmt: skip
def test_a_release_word_after_a_model_names_its_variant(
    small: Linker, text: str, entity: str, name: str
) -> None:
    mentions = {m.entity_id: m.name for m in small.link(paper(text)).mentions}
    assert mentions.get(entity) == name
    assert "model:zorbilla" not in mentions


def test_a_release_word_in_lower_case_is_a_word_of_the_sentence(small: Linker) -> None:
    # "turbo" in lower case is no release's name: the version rule drops the family there
    # as before, and no variant is made.
    linked = found(small, "We run Zorbilla turbo mode on FlimSet.")
    assert not any(e.startswith("model:zorbilla-") for e in linked)
