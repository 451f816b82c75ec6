"""The forty-ninth round of catalog sources (scripts/catalog/sources_round49.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round38
import sources_round49


def test_the_models_three_summaries_name() -> None:
    # equiformer-pytorch 0.5.4, nnunetv2 2.8.1 and laser-encoders 0.0.2 package Summaries
    summary = "Equiformer - SE3/E3 Graph Attention Transformer for Molecules and Proteins"
    assert sources_round38.summary_package_model(summary, "equiformer-pytorch") == "Equiformer"
    subject = sources_round49.summary_subject
    text = "nnU-Net is a framework for out-of-the box image segmentation."
    assert subject(text, "nnunetv2") == "nnU-Net"
    assert subject(text, "monai") is None
    assert subject("Allegro is an open-source code for building ...", "nequip-allegro") is None
    acronym = sources_round49.summary_acronym
    text = ("LASER  Language-Agnostic SEntence Representations is a toolkit to calculate "
            "multilingual sentence embeddings")  # fmt: skip
    long_form = "Language-Agnostic SEntence Representations"
    assert acronym(text, "laser-encoders") == ("LASER", long_form)
    assert acronym(text, "muse-as-service") is None
    assert acronym("LASER Language Agnostic Sentence Tool is a toolkit", "laser") is None


def test_the_model_a_folder_implements() -> None:
    # pypots 1.5 <task>/<folder>/__init__.py docstrings
    implemented = sources_round49.implementation_of
    doc = ("\nThe implementation of CSDI for the partially-observed time-series imputation "
           "task.\n\nRefer to the paper ...")  # fmt: skip
    assert implemented(doc, "csdi") == "CSDI"
    assert implemented(doc, "crossformer") is None
    assert implemented("The package of the partially-observed time-series imputation model "
                       "GRU-D.", "grud") is None  # round 36's wording  # fmt: skip
    assert sources_round49._denied("Time-LLM")  # the first round denied TimeLLM


def test_a_class_named_by_an_initial_and_a_name() -> None:
    # schnetpack 2.1.1 datasets/rmd17.py
    initialled = sources_round49.initialled_class
    doc = ("\n    Revised MD17 benchmark data set for molecular dynamics of small molecules\n"
           "    containing molecular forces.\n")  # fmt: skip
    assert initialled("rMD17", doc) == ("rMD17", "Revised MD17")
    assert initialled("MD17", doc) is None
    assert initialled("MD17", "MD17 benchmark data set for molecular dynamics") is None


def test_an_mteb_task_named_without_its_type() -> None:
    # mteb 2.26.24 tasks/multichoice/eng/nextqa.py
    assert sources_round49.typed_task_stem("NExTQAVideoCentricQA", "VideoCentricQA") == "NExTQA"
    assert sources_round49.typed_task_stem("UCF101", "VideoClassification") == "UCF101"
    citation = "@inproceedings{xiao2021next,\n  title = {NExT-QA: Next Phase of Question-Answering"
    import sources_round19

    assert sources_round19.titled_task("NExTQA", citation) == "NExT-QA"


def test_the_reviewed_words_of_the_round() -> None:
    for word in ("Mimi", "Depth Anything", "Depth Anything V2"):
        assert rules.REVIEWED_MODEL_WORDS[word].strip(), word


def test_the_committed_files_hold_the_forty_ninth_round(catalog: Catalog) -> None:
    expected = {
        "equiformer-pytorch": ("Equiformer",),
        "nnunetv2": ("nnU-Net",),
        "laser-encoders": ("LASER",),
        "pypots": ("CSDI", "TEFN"),
        "schnetpack": ("rMD17",),
        "mteb": ("NExT-QA",),
        "transformers": ("Mimi", "Depth Anything", "Depth Anything V2"),
    }
    assert_stated_by(catalog, expected)
    assert catalog.lookup("Revised MD17") == catalog.lookup("rMD17")
    assert catalog.lookup("Language-Agnostic SEntence Representations") == catalog.lookup("LASER")
    assert not catalog.lookup("laser")  # cased: the word is not the encoder
    assert not catalog.lookup("mimi")
    assert not catalog.lookup("Time-LLM")


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("Equiformer", "EquiformerV2"), ("rMD17", "MD17"),
                           ("Depth Anything V2", "Depth Anything"), ("nnU-Net", "U-Net"),
                           ("CSDI", "CSAI")])  # fmt: skip
    text = ("We compare with Mimi Codec, use DepthAnythingV2 depths, a modified Equiformer, "
            "a light-weight nnU-Net, LASER embeddings and CSDI, and evaluate on MD17, rMD17 "
            "and NExT-QA.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"Mimi": "Mimi", "DepthAnythingV2": "Depth Anything V2",
                "Equiformer": "Equiformer", "nnU-Net": "nnU-Net", "LASER": "LASER",
                "CSDI": "CSDI", "MD17": "MD17", "rMD17": "rMD17", "NExT-QA": "NExT-QA"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
