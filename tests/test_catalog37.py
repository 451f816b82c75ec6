"""The thirty-seventh round of catalog sources (scripts/catalog/sources_round37.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round37


def test_the_data_set_a_scenario_docstring_opens_with() -> None:
    # crfm-helm 0.5.16 scenario docstrings, abridged
    opening = sources_round37.scenario_opening_dataset
    doc = ("\n    The Hateful Memes Challenge and Dataset is a competition and open source dataset "
           "designed to\n    measure progress")  # fmt: skip
    assert opening("HatefulMemesScenario", doc) == "Hateful Memes"
    assert opening("BoolQScenario", "The BoolQ dataset is from the paper:") == "BoolQ"
    assert opening("MMLUProScenario", "The MMLU-Pro dataset is an advanced version") == "MMLU-Pro"
    # The class's own name, another name, a class that is no scenario: none.
    assert opening("OpinionsQAScenario", "The OpinionsQAScenario dataset is from the paper") is None
    assert opening("LSATScenario", "The LSAT Logical Reasoning dataset is") is None
    assert opening("HatefulMemes", doc) is None


def test_the_name_a_subset_description_gives_its_identifier() -> None:
    # ir_datasets 0.6.3 docs/disks45.yaml, docs/wapo.yaml
    named = sources_round37.subset_named
    assert named("nocr/trec7", "\n<p>\nThe TREC 7 Adhoc Retrieval track.\n</p>") == "TREC 7"
    assert named("v2/trec-news-2018", "<p>The TREC News 2018 track.</p>") == "TREC News 2018"
    assert (
        named("nocr/trec-robust-2004/fold1", "<p>The TREC Robust 2004 track, fold 1.</p>") is None
    )
    assert named("nocr/trec7", "<p>A version of the TREC 7 track.</p>") is None


def test_the_data_set_a_knowledge_graph_archive_is_named_for() -> None:
    # recbole 1.2.1 properties/dataset/kg_url.yaml
    archive = sources_round37.kg_archive_name
    url = "https://recbole.s3-accelerate.amazonaws.com/KGDatasets/Amazon-book-KG.zip"
    assert archive(url) == "Amazon-book"
    assert archive(".../KGDatasets/LFM-1b-KG.zip") == "LFM-1b"
    assert archive(".../ProcessedDatasets/Amazon_Books/amazon-books.zip") is None


def test_a_class_named_by_its_abbreviation() -> None:
    # torchaudio 2.11.1 models/rnnt.py
    abbreviated = sources_round37.abbreviated_class
    doc = "torchaudio.models.RNNT()\n\n    Recurrent neural network transducer (RNN-T) model."
    assert abbreviated("RNNT", doc) == "RNN-T"
    assert abbreviated("RNNT", "Recurrent neural network transducer (RNNT) model.") is None
    assert abbreviated("Conformer", doc) is None


def test_a_class_originated_from_a_cited_paper() -> None:
    # deepchem 2.8.0 models/torch_models/text_cnn.py, abridged
    originated = sources_round37.originated_class
    doc = ("A 1D convolutional neural network for both classification and regression tasks.\n"
           "    Reimplementation of the discriminator module in ORGAN [1] .\n    Originated from "
           "[2].\n    References\n    ----------\n    .. [1]  Guimaraes, Gabriel Lima, et al. "
           '"Objective-reinforced generative adversarial networks ..." arXiv (2017).\n    .. [2] '
           'Kim, Yoon. "Convolutional neural networks for sentence classification."')  # fmt: skip
    assert originated("TextCNN", doc) == "TextCNN"
    assert originated("Textcnn", doc) is None  # no capital inside: no coined name
    assert originated("TextCNN", doc.replace("Originated from [2]", "See [2]")) is None
    assert originated("TextCNN", doc.replace('"Convolutional', "Convolutional").replace(
        'classification."', "classification.")) is None  # fmt: skip


def test_what_three_packages_name_as_themselves() -> None:
    game = sources_round37.summary_game
    assert game("Super Mario Bros. for Gymnasium", "gym-super-mario-bros") == "Super Mario Bros."
    assert game("Super Mario Bros. for OpenAI Gym", "gym-zelda") is None
    heading = sources_round37.heading_titled_model
    description = "# TernausNet: U-Net with VGG11 Encoder Pre-Trained on ImageNet\n\nTernausNet is"
    assert heading(description, "ternausnet") == "TernausNet"
    assert heading("# Citing TernausNet\n", "ternausnet") is None
    assert heading("# UNet: a network\n", "ternausnet") is None
    assert rules.summary_name("OGBench: Benchmarking Offline Goal-Conditioned RL") == (
        "OGBench", [])  # fmt: skip


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round37.DENY_ROUND37.values())
    # Chained to the earlier rounds' lists: SBD (round 24), TCN (first round), FiLM (36).
    assert sources_round37._denied("NaturalQA") and sources_round37._denied("SBD")
    assert sources_round37._denied("TCN") and sources_round37._denied("FiLM")
    for name in ("Hateful Memes", "Super Mario Bros.", "Amazon-book"):
        assert rules.REVIEWED_DATASET_WORDS[name].strip(), name


def test_the_committed_files_hold_the_thirty_seventh_round(catalog: Catalog) -> None:
    expected = {
        "easyfsl": ("miniImageNet", "tieredImageNet"),
        "crfm-helm": ("Hateful Memes", "LMentry", "TwitterAAE", "BLUEX"),
        "ir_datasets": ("TREC 7", "TREC 8", "TREC Robust 2005", "TREC News 2018"),
        "torchaudio": ("RNN-T",),
        "deepchem": ("TextCNN",),
        "ogbench": ("OGBench",),
        "gym-super-mario-bros": ("Super Mario Bros.",),
        "ternausnet": ("TernausNet",),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    # Joined, not new: recbole's Amazon-book is torch-geometric's AmazonBook.
    (found,) = catalog.lookup("Amazon-book")
    entry = catalog.entries[found]
    assert entry.name == "AmazonBook" and "recbole " in entry.source
    # Left out: the denied names, and RNN-T's class name (the "RNNT-loss" of dev3).
    for name in ("NaturalQA", "DecodingTrustToxicityPrompts", "LSAT", "RNNT", "SBD"):
        assert not catalog.lookup(name), name


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    pairs = [("miniImageNet", "tieredImageNet"), ("TREC 7", "TREC 8"), ("RNN-T", "RNN"),
             ("TextCNN", "TextRCNN"), ("TernausNet", "U-Net"), ("OGBench", "OGB")]  # fmt: skip
    assert_apart(catalog, pairs)
    for absent in ("TREC 9", "miniImageNet2", "Super Mario Bros. 3", "Hateful", "RNN-T2"):
        assert not catalog.lookup(absent), absent
    text = ("We train on miniImageNet and OGBench, play Super Mario Bros. and search TREC-7 and "
            "TREC-8. A TernausNet segments; an RNN-T transcribes; TextCNN classifies the Hateful "
            "Memes dataset and Amazon-book.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    for surface, name in (("miniImageNet", "miniImageNet"), ("OGBench", "OGBench"),
                          ("Super Mario Bros.", "Super Mario Bros."), ("TREC-7", "TREC 7"),
                          ("TREC-8", "TREC 8"), ("TernausNet", "TernausNet"), ("RNN-T", "RNN-T"),
                          ("TextCNN", "TextCNN"), ("Hateful Memes", "Hateful Memes"),
                          ("Amazon-book", "AmazonBook")):  # fmt: skip
        assert by_surface.get(surface) == name, (surface, by_surface)
    # The words behind the capitals link nothing.
    plain = "Detecting hateful memes on a super console with an amazon book; the rnnt loss."
    assert names_by_surface(linker, plain) == {}
