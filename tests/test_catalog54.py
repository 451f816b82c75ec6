"""The fifty-fourth round of catalog sources (scripts/catalog/sources_round54.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package and version), the denial, and guard pairs for names a neighbour could be confused
with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round54


def test_the_edition_a_builder_module_opens_with() -> None:
    # tensorflow-datasets 4.9.10 video/davis/davis.py, object_detection/coco_captions.py
    edition = sources_round54.edition_module
    assert edition("davis", "DAVIS 2017 dataset for video object segmentation.") == "DAVIS 2017"
    assert edition("coco_captions", "COCO 2014 dataset with captions.") is None
    assert edition("davis", "The DAVIS video object segmentation dataset.") is None
    assert edition("davis", "DAVIS 2017 video object segmentation benchmark.") is None


def test_the_database_a_class_opens_with_by_its_initials() -> None:
    # schnetpack 2.1.1 datasets/materials_project.py MaterialsProject
    database = sources_round54.initialled_database
    doc = ("\n    Materials Project (MP) database of bulk crystals.\n    This class adds "
           "convenient functions to download Materials Project data into\n")  # fmt: skip
    assert database("MaterialsProject", doc) == "Materials Project"
    assert database("OrganicMaterials", doc) is None  # not the class's name
    assert database("MaterialsProject", "Materials Project (MPD) database.") is None
    assert database("MaterialsProject", "Materials Project database of crystals.") is None


def test_the_model_an_encoder_gives_its_reference_for() -> None:
    # openspeech-core 0.4.0 encoders/transformer_transducer_encoder.py, transformer_encoder.py
    model = sources_round54.reference_title_model
    doc = ("Converts the audio signal to encoder feature vector\n\n    Reference:\n        Qian "
           "Zhang et al.: Transformer Transducer: A Streamable Speech Recognition Model with "
           "Transformer Encoders and RNN-T Loss\n        https://arxiv.org/abs/...")  # fmt: skip
    assert model("TransformerTransducerEncoder", doc) == "Transformer Transducer"
    assert model("TransformerTransducer", doc) is None  # no encoder or decoder
    assert model("ConformerEncoder", doc) is None  # another model's paper
    doc = "Reference:\n        Anmol Gulati et al: Conformer: Convolution-augmented Transformer"
    assert model("ConformerEncoder", doc) == "Conformer"
    doc = "Reference:\n        Ashish Vaswani et al.: Attention Is All You Need"
    assert model("TransformerEncoder", doc) is None


def test_the_long_form_an_initialled_summary_gives() -> None:
    # ggnn 0.0.7.post45 and ofa 0.1.0.post202307202001 package metadata Summaries
    long_form = sources_round54.summary_long_form
    words = "Gated Graph Neural Networks"
    assert long_form(words, "ggnn") == ("GGNN", words)
    summary = "Once for All: Train One Network and Specialize it for Efficient Deployment."
    assert long_form(summary, "ofa") is None  # its words end in "All", no run the linker reads
    assert long_form(words, "gcn") is None


def test_the_committed_files_hold_the_fifty_fourth_round(catalog: Catalog) -> None:
    expected = {
        "tensorflow-datasets": ("DAVIS 2017",),
        "schnetpack": ("Materials Project",),
    }
    assert_stated_by(catalog, expected)
    versions = {
        "DAVIS 2017": "tensorflow-datasets 4.9.10: video/davis/davis.py module docstring",
        "Materials Project": "schnetpack 2.1.1: datasets/materials_project.py MaterialsProject",
    }
    for name, source in versions.items():
        (found,) = catalog.lookup(name)
        assert catalog.entries[found].source.startswith(source), (name, source)
    # both names are ordinary words in lower case: kept cased ("Davis 2017" cites a paper)
    for name in versions:
        (found,) = catalog.lookup(name)
        assert name in catalog.entries[found].cased_aliases, name
    assert "Materials Project" in rules.REVIEWED_DATASET_WORDS
    # GGNN states ggnn's Summary words as its long form, never as an alias
    (ggnn,) = catalog.lookup("GGNN")
    assert catalog.entries[ggnn].long_forms == ("Gated Graph Neural Networks",)
    assert not catalog.lookup("Gated Graph Neural Networks")
    # Conformer gains openspeech's reference as a source
    (conformer,) = catalog.lookup("Conformer")
    assert "openspeech-core 0.4.0: encoders/conformer_encoder.py ConformerEncoder" in (
        catalog.entries[conformer].source
    )
    # openspeech states the Transformer Transducer, but the round denies it: a cased entry
    # links the words inside a paper's longer name ("Context-Aware Transformer Transducer")
    assert sources_round54._denied("Transformer Transducer")
    assert not catalog.lookup("Transformer Transducer")


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("DAVIS 2017", "DAVIS 2016"), ("Materials Project", "JARVIS"),
                           ("GGNN", "GNN")])  # fmt: skip
    assert not catalog.lookup("Davis")  # round 20's denial (a surname) stands
    text = ("We report 86.3 J&F on DAVIS 2017 validation, train on the Materials Project "
            "database, and encode graphs with a Gated Graph Neural Network.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface.get("DAVIS 2017") == "DAVIS 2017"
    assert by_surface.get("Materials Project") == "Materials Project"
    assert by_surface.get("Gated Graph Neural Network") == "GGNN"
    # a citation and lower-case words name neither data set
    text = ("As Davis 2017 showed, the materials project of the lab and a gated graph neural "
            "network differ.")  # fmt: skip
    assert not names_by_surface(linker, text)
    # a paper's own model whose long form spells other initials is no GGNN
    by_surface = names_by_surface(linker, "Music is recommended with Gated Graph Neural "
                                          "Networks (GNNs) over metadata.")  # fmt: skip
    assert "GGNN" not in by_surface.values()
