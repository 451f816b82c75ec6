"""The thirty-eighth round of catalog sources (scripts/catalog/sources_round38.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round17
import sources_round38


def test_the_data_set_a_config_header_names_with_the_file_stem() -> None:
    # ultralytics 8.4.190 cfg/datasets/TT100K.yaml, COCO.yaml, VisDrone.yaml
    header = sources_round38.header_abbreviated_dataset
    line = ("# Tsinghua-Tencent 100K (TT100K) dataset https://cg.cs.tsinghua.edu.cn/traffic-sign/ "
            "by Tsinghua University")  # fmt: skip
    assert header("TT100K", line) == ("Tsinghua-Tencent 100K", ["TT100K"])
    assert header("TT100K2", line) is None  # the bracket is another file's stem
    assert header("coco", "# COCO 2017 dataset https://cocodataset.org by Microsoft") is None
    assert header("VisDrone", "# VisDrone2019-DET dataset https://github.com/VisDrone") is None
    assert header("TT100K", "# Documentation: https://cg.cs.tsinghua.edu.cn/") is None


def test_the_data_set_a_ranking_description_opens_with() -> None:
    # tensorflow-datasets 4.9.10 ranking/yahoo_ltrc/yahoo_ltrc.py, ranking/istella/istella.py
    opening = sources_round38.initialled_opening
    yahoo = '\nThe Yahoo Learning to Rank Challenge dataset (also called "C14") is a\n'
    assert opening("YahooLTRC", yahoo) == "Yahoo Learning to Rank Challenge"
    assert opening("YahooLTRCConfig", yahoo) is None
    assert opening("Istella", "\nThe Istella datasets are three large-scale datasets") is None
    assert opening("MslrWeb", "\nMSLR-WEB are two large-scale Learning-to-Rank datasets") is None


def test_the_data_set_an_example_trains_on() -> None:
    # rax 0.4.0 examples/*/main.py module docstrings
    example = sources_round38.example_dataset
    doc = "Example of training a neural ranking model on MSLR-WEB30K.\n\nUsage with example"
    assert example(doc) == "MSLR-WEB30K"
    approx = "Example of training a linear model on MSLR-WEB10K with approximate metrics."
    assert example(approx) == "MSLR-WEB10K"
    assert example("Example of using segmentation for efficient packing of lists.") is None
    assert example("Example of training a model on our data.") is None


def test_the_project_a_summary_names_with_its_abbreviation() -> None:
    # ciftify 2.3.3 package Summary
    project = sources_round38.summary_project
    summary = "The tools of the Human Connectome Project (HCP) adapted for working with non-HCP"
    assert project(summary) == ("Human Connectome Project", ["HCP"])
    assert project("The tools of the Human Connectome Project (HMP) adapted") is None
    assert project("Tools for connectome data (HCP)") is None


def test_the_model_a_summary_names_as_the_package() -> None:
    opening = sources_round38.summary_package_model
    assert opening("Performer - Pytorch", "performer-pytorch") == "Performer"
    assert opening("Reformer, the Efficient Transformer, Pytorch", "reformer-pytorch") == "Reformer"
    assert opening("Performer - Pytorch", "linformer") is None
    assert opening("Learning-to-Rank using JAX.", "rax") is None
    appositive = sources_round38.summary_appositive_model
    summary = "Toolkit for using and training Parler-TTS, a high-quality text-to-speech model."
    assert appositive(summary, "parler-tts") == "Parler-TTS"
    assert appositive(summary, "parler") is None
    assert appositive("Toolkit for Parler-TTS, a toolkit.", "parler-tts") is None


def test_a_class_linked_to_its_paper_by_its_own_name() -> None:
    # mmdet3d 1.4.0 models/detectors/voxelnet.py, fcos_mono3d.py; models/backbones/dla.py
    linked = sources_round38.arxiv_linked_class
    assert linked("VoxelNet", "`VoxelNet <https://arxiv.org/abs/1711.06396>`_ for 3D detection.")
    assert linked("FCOSMono3D", "`FCOS3D <https://arxiv.org/abs/2104.10956>`_ for ...") is None
    assert linked("DLANet", "`DLA backbone <https://arxiv.org/abs/1707.06484>`_.") is None
    assert linked("VoxelNet", "VoxelNet using `dynamic voxelization <https://x>`_.") is None


def test_the_abbreviation_a_model_card_gives_its_model_type() -> None:
    # allennlp-models 2.10.1 modelcards/rc-nmn.json, abridged
    card = {"display_name": "Neural Module Network (NMN)",
            "model_details": {"model_type": "Neural Module Network"}}  # fmt: skip
    assert sources_round38.card_abbreviation(card) == ("NMN", ["Neural Module Network"])
    bidaf = {"display_name": "BiDAF", "model_details": {"model_type": "BiDAF"}}
    assert sources_round38.card_abbreviation(bidaf) is None
    other = {"display_name": "Neural Module Network (MMN)",
             "model_details": {"model_type": "Neural Module Network"}}  # fmt: skip
    assert sources_round38.card_abbreviation(other) is None


def test_a_name_a_docstring_cites_by_a_reference_that_spells_it_out() -> None:
    # deepchem 2.8.0 models/torch_models/text_cnn.py, abridged
    cited = sources_round38.cited_abbreviation
    doc = (
        "Reimplementation of the discriminator module in ORGAN [1] .\n    Originated from "
        '[2].\n    .. [1]  Guimaraes, Gabriel Lima, et al. "Objective-reinforced generative '
        'adversarial networks (ORGAN) for sequence generation models." arXiv (2017).\n'
        '    .. [2] Kim, Yoon. "Convolutional neural networks for sentence classification."'
    )
    assert cited(doc) == ["ORGAN"]
    assert cited(doc.replace("(ORGAN)", "")) == []
    assert cited(doc.replace("in ORGAN [1]", "in [1]")) == []
    assert cited(doc.replace("Objective-reinforced", "Score-reinforced")) == []


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round38.DENY_ROUND38.values())
    # Chained to the earlier rounds' lists: FPN (first round), NaturalQA (37), SBD (24).
    assert sources_round38._denied("HCP") and sources_round38._denied("FPN")
    assert sources_round38._denied("NaturalQA") and sources_round38._denied("SBD")
    # The seventeenth round's denial of Europarl is lifted.
    assert not sources_round38._denied("Europarl")
    assert "Europarl" not in sources_round17.DENY_ROUND17
    for word in ("Reformer", "Performer", "Informer"):
        assert rules.REVIEWED_MODEL_WORDS[word].strip(), word
    assert rules.REVIEWED_DATASET_WORDS["Yahoo Learning to Rank Challenge"].strip()


def test_the_committed_files_hold_the_thirty_eighth_round(catalog: Catalog) -> None:
    expected = {
        "nltk": ("Europarl",),
        "ultralytics": ("Tsinghua-Tencent 100K", "TT100K"),
        "tensorflow-datasets": ("Yahoo Learning to Rank Challenge",),
        "rax": ("MSLR-WEB10K", "MSLR-WEB30K"),
        "ciftify": ("Human Connectome Project",),
        "performer-pytorch": ("Performer",),
        "reformer-pytorch": ("Reformer",),
        "transformers": ("Reformer", "Informer"),
        "parler-tts": ("Parler-TTS",),
        "mmdet3d": ("VoxelNet",),
        "allennlp-models": ("NMN",),
        "deepchem": ("ORGAN",),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    # mmdet3d's other arXiv-linked classes gain the source; they were its metafiles' already.
    for name in ("ImVoteNet", "ImVoxelNet"):
        (found,) = catalog.lookup(name)
        assert "models/detectors/" in catalog.entries[found].source, name
    # Left out: the denied abbreviation, the long form the guard finds ordinary, the lower-case
    # words, and spellings no package states.
    for name in ("HCP", "Neural Module Network", "reformer", "performer", "organ",
                 "PointPillar", "Cornell Newsroom", "TED Talks"):  # fmt: skip
        assert not catalog.lookup(name), name


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    pairs = [("MSLR-WEB10K", "MSLR-WEB30K"), ("VoxelNet", "ImVoxelNet"), ("Reformer", "Performer"),
             ("Informer", "Autoformer"), ("Performer", "Linformer"), ("Reformer", "Longformer"),
             ("Human Connectome Project", "HCPAge"), ("Parler-TTS", "VITS"),
             ("Europarl", "TED-LIUM"), ("ORGAN", "TextCNN"), ("NMN", "MMN")]  # fmt: skip
    assert_apart(catalog, pairs)
    for absent in ("MSLR-WEB20K", "Tsinghua-Tencent 200K", "TT100K-2", "Parler-TTS 2", "NMN2"):
        assert not catalog.lookup(absent), absent
    text = ("We compare Reformer, Performer and Informer, detect signs on Tsinghua-Tencent 100K "
            "with VoxelNet, rank MSLR-WEB30K, generate speech with Parler-TTS, train on Europarl "
            "and the Human Connectome Project, and compare ORGAN and NMN.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    for name in ("Reformer", "Performer", "Informer", "Tsinghua-Tencent 100K", "VoxelNet",
                 "MSLR-WEB30K", "Parler-TTS", "Europarl", "Human Connectome Project", "ORGAN",
                 "NMN"):  # fmt: skip
        assert by_surface.get(name) == name, (name, by_surface)
    # The words behind the capitals link nothing.
    plain = ("A reformer and a top performer met an informer; the organ of a patient was "
             "segmented in multi-organ CT.")  # fmt: skip
    assert names_by_surface(linker, plain) == {}
