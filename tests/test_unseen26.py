"""Unseen data sets in three more phrasings, from the read collection rounds (tests/gold/dev9,
dev13): a list after the colon that ends a plural head noun's clause ("two benchmark
datasets which require spatio-temporal reasoning: X and Y"), a name before a word that says
how the data is had ("the ZORBS public dataset"), and a name after the sentence's own "The"
("The Zorburg EEG dataset is used ..."); a compared model a comma and a description set
apart after a comparison verb ("can outperform ZorbSep, a recent ... model"); and a name of
two words inside a list of known datasets ("including SQuAD, Zorby Quotter, HotpotQA").
From dev14 and dev15 (read after their as-found scores): a catalog acronym's part before a
head noun ("KITTI Scene Flow dataset"), hours of a speech dataset ("Switchboard-300hr"),
citations inside a list ("ZorbNet [3], QuuxFormer [4]"), a coined name before a modality's
encoder or a backbone ("DeCLUTR text encoder")."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker
from tests.linking import names

TITLE = "Relational Zorbing for Video Question Answering"


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "We evaluate our module on two benchmark datasets which require spatio-temporal "
            "reasoning: ZGIF-QA and ZVQA. We achieve strong results on both.",
            {"ZGIF-QA", "ZVQA"},
        ),
        (
            "The system scores 56.1% mAP on the ZORBS public dataset, beating other analogues.",
            {"ZORBS"},
        ),
        (
            "The model separates seizures from background. The Zorburg EEG dataset is used "
            "to assess the classifier.",
            {"Zorburg EEG"},
        ),
    ],
)
def test_unseen_datasets(linker: Linker, abstract: str, expected: set[str]) -> None:
    assert names(linker, abstract, title=TITLE) == expected


@pytest.mark.parametrize(
    "abstract",
    [
        # a colon after a clause that is no dataset head's
        "We study two questions which matter: Zorb-7 and Zorb-8 differ.",
        # a singular head: no list follows its clause
        "We build a dataset which covers two cases: ZorbA and ZorbB.",
        # "public" before the head, but no name before it
        "We evaluate on a large public dataset of zorbs.",
    ],
)
def test_no_dataset(linker: Linker, abstract: str) -> None:
    assert names(linker, abstract, title=TITLE) == set()


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        # a comparison verb may stand before a model a comma and a description set apart
        (
            "A model we propose can outperform ZorbSep, a recent spectrogram-based deep "
            "learning model.",
            {"ZorbSep"},
        ),
        (
            "Our method surpasses ZorbVC, a conditional autoencoder based model, on speech.",
            {"ZorbVC"},
        ),
    ],
)
def test_compared_models_set_apart_by_a_comma(
    linker: Linker, abstract: str, expected: set[str]
) -> None:
    assert expected <= names(linker, abstract, title=TITLE)


def test_a_lower_case_word_before_the_name_may_still_start_it(linker: Linker) -> None:
    # "proposes implicit ZF-NADE, a ... model": "implicit" may be part of the name
    abstract = "This paper proposes implicit ZF-NADE, a neural autoregressive model for zorbs."
    assert "ZF-NADE" not in names(linker, abstract, title=TITLE)


def test_a_name_of_two_words_inside_a_list_of_known_datasets(linker: Linker) -> None:
    abstract = (
        "Experiments are conducted on a diverse range of datasets, including SQuAD, "
        "Zorby Quotter, HotpotQA, and MS MARCO, using models from 1B to 13B parameters."
    )
    assert "Zorby Quotter" in names(linker, abstract, title=TITLE)


@pytest.mark.parametrize(
    "abstract",
    [
        # one known neighbour does not say what the list holds
        "Experiments use datasets such as SQuAD, Zorby Quotter and Quux Data.",
        # a task's name is no dataset
        "We use benchmarks such as SQuAD, HotpotQA, Question Answering and MS MARCO.",
        # the list ends at its first item that is no name
        "We use datasets including SQuAD, HotpotQA, and text from Zorby Quotter.",
    ],
)
def test_no_multiword_name_in_the_list(linker: Linker, abstract: str) -> None:
    found = names(linker, abstract, title=TITLE)
    assert not {"Zorby Quotter", "Quux Data", "Question Answering"} & found


@pytest.mark.parametrize(
    ("abstract", "expected", "not_expected"),
    [
        # two Title Case words between a catalog acronym and a dataset head name its part
        (
            "We compare our model with existing solutions on KITTI Scene Flow dataset.",
            "KITTI Scene Flow",
            "KITTI",
        ),
        # without the head noun the words may be anything: KITTI stays
        ("We compare our model on KITTI Scene Flow Estimation tasks.", "KITTI", None),
    ],
)
def test_a_catalog_acronym_with_two_title_case_words_before_a_head(
    linker: Linker, abstract: str, expected: str, not_expected: str | None
) -> None:
    found = names(linker, abstract, title=TITLE)
    assert expected in found
    assert not_expected is None or not_expected not in found


def test_hours_of_a_speech_dataset_name_the_dataset(linker: Linker) -> None:
    # "Switchboard-300hr": so many hours of Switchboard, not another release of it
    abstract = (
        "Compression ratios of 12.8x were obtained over the baseline Switchboard-300hr "
        "Conformer and LibriSpeech-100hr fine-tuned models."
    )
    assert {"Switchboard", "LibriSpeech"} <= names(linker, abstract, title=TITLE)


def test_citations_inside_a_list_of_names(linker: Linker) -> None:
    abstract = "Our model outperforms baselines such as ZorbNet [3], QuuxFormer [4] and BERT [5]."
    assert {"ZorbNet", "QuuxFormer", "BERT"} <= names(linker, abstract, title=TITLE)


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("We train with a ResNet50 image encoder and DeZorbR text encoder.", {"DeZorbR"}),
        ("We use a ZorbNet backbone for detection.", {"ZorbNet"}),
        # classes and generic words before an encoder name no model
        ("We use a BERT-style encoder and a CNN encoder.", set()),
        ("The Transformer encoder and the LSTM encoder are compared.", set()),
    ],
)
def test_a_coined_name_before_an_encoder_or_backbone(
    linker: Linker, abstract: str, expected: set[str]
) -> None:
    found = names(linker, abstract, title=TITLE)
    assert expected <= found
    assert not {"BERT-style", "CNN", "Transformer", "LSTM"} & found
