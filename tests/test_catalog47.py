"""The forty-seventh round of catalog sources (scripts/catalog/sources_round47.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round47


def test_the_environment_a_summary_says_provides_an_interface() -> None:
    # sinergym 3.12.2 package metadata Summary
    named = sources_round47.summary_interface_name
    summary = ("Sinergym provides a Gymnasium-based interface to interact with building "
               "simulations. This allows control in simulation time ...")  # fmt: skip
    assert named(summary, "sinergym") == "Sinergym"
    assert named(summary, "gymnasium") is None
    assert named("A collection of utilities for Detection and ...", "dcase_util") is None


def test_the_model_a_class_says_it_implements() -> None:
    # allennlp-models 2.10.1 generation/models/copynet_seq2seq.py, pair_classification/models
    implemented = sources_round47.implemented_model
    copynet = ("This is an implementation of [CopyNet](https://api.semanticscholar.org/"
               "CorpusID:8174613).\nCopyNet is a sequence-to-sequence model")  # fmt: skip
    assert implemented("CopyNetSeq2Seq", copynet) == "CopyNet"
    bimpm = ("This `Model` implements BiMPM model described in [Bilateral Multi-Perspective "
             "Matching for Natural Language Sentences](https://arxiv.org/abs/...)")  # fmt: skip
    assert implemented("BiMpm", bimpm) == "BiMPM"
    assert implemented("ComposedSeq2Seq", bimpm) is None  # another class's model
    assert implemented("BidafEnsemble", "This class ensembles the output from multiple BiDAF "
                       "models.") is None  # fmt: skip


def test_the_data_set_a_loader_opens_with() -> None:
    # mmsegmentation 1.2.2 datasets/coco_stuff.py, levir.py, dark_zurich.py
    loader = sources_round47.loader_dataset
    doc = "COCO-Stuff dataset.\n\n    In segmentation map annotation for COCO-Stuff, ..."
    assert loader("COCOStuffDataset", doc) == "COCO-Stuff"
    assert loader("LEVIRCDDataset", "ISPRS dataset.") is None
    assert loader("DarkZurichDataset", "DarkZurichDataset dataset.") is None
    assert loader("COCOStuff", doc) is None  # no "Dataset" suffix


def test_the_spelling_a_citation_title_gives() -> None:
    # tensorflow-datasets 4.9.10 ranking/yahoo_ltrc/yahoo_ltrc.py _CITATION
    citation = ("@inproceedings{chapelle2011yahoo,\n  title={Yahoo! learning to rank challenge "
                "overview},\n  author={Chapelle, Olivier and Chang, Yi},")  # fmt: skip
    spelled = sources_round47.citation_spelling
    name = "Yahoo Learning to Rank Challenge"
    assert spelled(name, citation) == "Yahoo! Learning to Rank Challenge"
    assert spelled(name, "title={Yahoo learning to rank challenge}") is None  # no new spelling
    assert spelled(name, "title={Learning to rank with gradient boosted trees}") is None


def test_denied_names_chain_to_the_earlier_rounds() -> None:
    assert all(reason.strip() for reason in sources_round47.DENY_ROUND47.values())
    # This round's, and the earlier rounds' lists: VAD (45), IWSLT'18 (44), HTC and FPN (first).
    for name in ("ISPRS", "Decomposable Attention", "VAD", "IWSLT'18", "HTC", "FPN"):
        assert sources_round47._denied(name), name


def test_the_committed_files_hold_the_forty_seventh_round(catalog: Catalog) -> None:
    expected = {
        "enformer-pytorch": ("Enformer",),
        "sinergym": ("Sinergym",),
        "allennlp-models": ("CopyNet", "BiMPM"),
        "mmsegmentation": ("COCO-Stuff", "LIP", "REFUGE", "Chase_db1"),
        "tensorflow-datasets": ("Yahoo! Learning to Rank Challenge",),
    }
    assert_stated_by(catalog, expected)
    assert not catalog.lookup("ISPRS")
    assert not catalog.lookup("decomposable attention")
    # The citation's spelling joins round 38's entry; the "!" alias is cased.
    assert catalog.lookup("Yahoo! Learning to Rank Challenge") == catalog.lookup(
        "Yahoo Learning to Rank Challenge")  # fmt: skip
    assert not catalog.lookup("yahoo! learning to rank challenge")


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("COCO-Stuff", "COCO-Stuff 10k"), ("COCO-Stuff", "COCO-Stuff 164k"),
                           ("COCO-Stuff", "COCO"), ("Enformer", "Transformer"),
                           ("CopyNet", "Pointer-Generator")])  # fmt: skip
    text = ("We compare CopyNet and BiMPM, predict expression with Enformer, train agents in "
            "Sinergym and evaluate on COCO-Stuff.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"CopyNet": "CopyNet", "BiMPM": "BiMPM", "Enformer": "Enformer",
                "Sinergym": "Sinergym", "COCO-Stuff": "COCO-Stuff"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
