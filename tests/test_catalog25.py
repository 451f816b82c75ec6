"""The twenty-fifth round of catalog sources (scripts/catalog/sources_round25.py): the rules on
excerpts of the packages read, what the committed files hold, and that the linker links the
new names in invented sentences, with guard pairs for the names a neighbour could be confused
with."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from citegraph.linker import Catalog, Linker

from .linking import names, names_by_surface, paper

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round25

_PIPELINES = ["StableDiffusionInstructPix2PixPipeline"]


def test_a_licence_header_credits_the_model_its_pipeline_spells() -> None:
    credited = sources_round25.credited_model
    # diffusers 0.42.1 pipelines/**/pipeline_*.py, first "# Copyright" line
    header = "# Copyright 2025 The InstructPix2Pix Authors and The HuggingFace Team. All rights"
    assert credited(header, _PIPELINES) == "InstructPix2Pix"
    assert credited("# Copyright 2025 Pix2Pix Zero Authors and The HuggingFace Team.",
                    ["StableDiffusionPix2PixZeroPipeline"]) == "Pix2Pix Zero"  # fmt: skip
    assert credited("# Copyright 2026 The HuggingFace Team and SANA-WM Authors.",
                    ["SanaWMPipeline"]) == "SANA-WM"  # fmt: skip
    # Two credited, the module's class spells the first only.
    two = "# Copyright 2025 DiffEdit Authors and Pix2Pix Zero Authors and The HuggingFace Team."
    assert credited(two, ["StableDiffusionDiffEditPipeline"]) == "DiffEdit"
    # Refused: the class does not spell the credited name, a team, no pipeline class.
    assert credited("# Copyright 2025 MultiDiffusion Authors and The HuggingFace Team.",
                    ["StableDiffusionPanoramaPipeline"]) is None  # fmt: skip
    assert credited("# Copyright 2025 TIME Authors and The HuggingFace Team.",
                    ["StableDiffusionModelEditingPipeline"]) is None  # fmt: skip
    assert credited("# Copyright 2022 The Music Spectrogram Diffusion Authors.",
                    ["SpectrogramDiffusionPipeline"]) is None  # fmt: skip
    assert credited("# Copyright 2025 The Intel Labs Team Authors and the HuggingFace Team.",
                    ["StableDiffusionLDM3DPipeline"]) is None  # fmt: skip
    assert credited("# Copyright 2026 The HuggingFace Team. All rights reserved.",
                    ["StableDiffusionPipeline"]) is None  # fmt: skip
    assert credited(header, ["InstructPix2PixOutput"]) is None


def test_a_quoted_title_spells_the_long_form_of_an_acronym() -> None:
    long_form = sources_round25.title_long_form
    # torch-geometric 2.8.1 nn/models/basic_gnn.py quoted titles
    assert long_form("GAT", "Graph Attention Networks") == "Graph Attention Network"
    assert long_form("GAT", "How Attentive are Graph Attention Networks?") == (
        "Graph Attention Network"
    )
    assert long_form("GCN", "Semi-supervised Classification with Graph Convolutional "
                     "Networks") == "Graph Convolutional Network"  # fmt: skip
    # What the rule refuses: initials that spell another acronym, no head noun, a run
    # longer than the acronym ("Signed ..."), two letters from a word that is not the last
    # before the head noun, a lower-case run, an acronym of two letters.
    assert long_form("GIN", "How Powerful are Graph Neural Networks?") is None
    assert long_form("PNA", "Principal Neighbourhood Aggregation for Graph Nets") is None
    assert long_form("GCN", "Signed Graph Convolutional Network") is None
    assert long_form("GRAN", "Graph Attention Networks") is None
    assert long_form("GAT", "graph attention networks") is None
    assert long_form("GN", "Graph Networks") is None
    assert long_form("VGAE", "Variational Graph Auto-Encoders") is None
    assert long_form("TGN", "Temporal Graph Networks for Deep Learning on Dynamic Graphs") == (
        "Temporal Graph Network"
    )


def test_a_quoted_title_spells_the_model_its_class_is_part_of() -> None:
    spelling = sources_round25.titled_class_spelling
    # openspeech-core 0.4.0 modules/deepspeech2_extractor.py
    doc = ('DeepSpeech2 extractor for automatic speech recognition described in\n    "Deep '
           'Speech 2: End-to-End Speech Recognition in English and Mandarin" paper')  # fmt: skip
    assert spelling("DeepSpeech2Extractor", doc) == "Deep Speech 2"
    assert spelling("DeepSpeech2", doc) is None  # no CamelCase word to drop
    assert spelling("JasperEncoder", doc) is None
    assert spelling("DeepSpeech2Extractor", "DeepSpeech2 extractor.") is None


def test_a_fetcher_names_the_database_that_provides_it() -> None:
    provided = sources_round25.provided_by_database
    # scipy 1.17.1 datasets/_fetchers.py electrocardiogram
    doc = (
        "The provided signal is an excerpt (19:35 to 24:35) from the `record 208`_\n"
        "(lead MLII) provided by the MIT-BIH Arrhythmia Database [1]_ on\nPhysioNet [2]_."
    )
    assert provided(doc) == "MIT-BIH Arrhythmia Database"
    assert provided("The image is provided by PhysioNet.") is None
    assert provided("provided by the authors of the dataset") is None


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round25.DENY_ROUND25.values())
    assert {"TIME", "SANA"} <= set(sources_round25.DENY_ROUND25)


def test_a_long_form_the_linker_finds_by_its_initials_is_left_to_it() -> None:
    found = sources_round25.found_by_initials
    assert found("GCN", "Graph Convolutional Network")
    assert not found("GAT", "Graph Attention Network")


def test_the_long_form_enters_only_as_a_reviewed_word() -> None:
    # Every word a generic modifier: the guard takes it only as a reviewed word (rules.py).
    guard = rules.Guard(zipf=lambda word: 5.0, ordinary_words=frozenset())
    assert "Graph Attention Network" in rules.REVIEWED_MODEL_WORDS
    assert guard.classify("Graph Attention Network", model=True) is not None
    assert guard.classify("Graph Attention Layer", model=True) is None


def test_the_committed_files_hold_the_twenty_fifth_round(catalog: Catalog) -> None:
    for name in ("InstructPix2Pix", "Pix2Pix Zero", "GLIGEN", "DiffEdit", "AuraFlow",
                 "SANA-Video", "SANA-WM"):  # fmt: skip
        (found,) = catalog.lookup(name)
        assert "licence header" in catalog.entries[found].source, name
    (gat,) = catalog.lookup("GAT")
    assert "nn.models.GAT docstring paper title 'Graph Attention Networks'" in (
        catalog.entries[gat].source
    )
    assert catalog.lookup("Graph Attention Network") == (gat,)
    # Not an alias: linker/long_forms.py finds it by its initials (and honours brackets).
    assert not catalog.lookup("Graph Convolutional Network")
    (speech,) = catalog.lookup("Deep Speech 2")
    assert speech in catalog.lookup("Deep Speech2")
    (mitbih,) = catalog.lookup("MIT-BIH Arrhythmia Database")
    assert "scipy" in catalog.entries[mitbih].source
    for word in ("TIME", "SANA", "MultiDiffusion"):
        assert not catalog.lookup(word), word


def test_the_new_names_are_linked_in_sentences(linker: Linker) -> None:
    text = ("We edit photographs with InstructPix2Pix and Pix2Pix Zero, and compare layouts "
            "with GLIGEN. Deep Speech 2 is "
            "trained on speech.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface["InstructPix2Pix"] == "InstructPix2Pix"
    assert by_surface["Pix2Pix Zero"] == "Pix2Pix Zero"
    assert by_surface["GLIGEN"] == "GLIGEN"
    assert by_surface["Deep Speech 2"] == "Deep Speech2"
    assert names_by_surface(linker, "We train a Graph Convolutional Network.") == {
        "Graph Convolutional Network": "GCN"
    }


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    # InstructPix2Pix, Pix2Pix Zero and Pix2Pix are three models; Deep Speech 2 is not the
    # first DeepSpeech (torchaudio's); GAT is not a GAN.
    (instruct,) = catalog.lookup("InstructPix2Pix")
    (zero,) = catalog.lookup("Pix2Pix Zero")
    (pix2pix,) = catalog.lookup("Pix2Pix")
    assert len({instruct, zero, pix2pix}) == 3
    (speech2,) = catalog.lookup("Deep Speech 2")
    assert speech2 not in catalog.lookup("DeepSpeech")
    (gat,) = catalog.lookup("GAT")
    assert gat not in catalog.lookup("GAN")
    assert names_by_surface(linker, "We study Pix2Pix for translation.").get("Pix2Pix") == "Pix2Pix"
    # A longer Title Case run is another network's name; lower case is the words.
    assert "GAT" not in names(linker, "We propose a Heterogeneous Graph Attention Network.")
    assert "GAT" not in names(linker, "Each graph attention network layer attends to "
                              "neighbours.")  # fmt: skip
    assert "SANA-Video" not in names(linker, "Sana video clips were recorded.")


@pytest.mark.parametrize(
    ("title", "abstract", "linked"),
    [
        ("Sentiment Classification with Graph Attention Networks", "We study it.", True),
        ("Learning on Graphs", "We employ variations of Graph Attention Networks here.", True),
        # the end of the paper's own longer name, in a title or after a hyphenated word
        ("Heterogeneous Graph Attention Network", "We study it.", False),
        ("Contextualized Graph Attention Network for Recommendation", "We study it.", False),
        ("Learning on Graphs", "We propose a Heterophily-Aware Graph Attention Network.", False),
    ],
)
def test_the_long_form_is_gat_unless_a_longer_name_ends_in_it(
    linker: Linker, title: str, abstract: str, linked: bool
) -> None:
    found = {m.entity_id for m in linker.link(paper(abstract, title)).mentions}
    assert ("model:gat" in found) is linked
