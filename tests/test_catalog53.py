"""The fifty-third round of catalog sources (scripts/catalog/sources_round53.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package and version), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round7
import sources_round53


def test_the_models_tts_classes_name_with_their_paper() -> None:
    # nemo_toolkit 1.23.0 collections/tts/models/waveglow.py, hifigan.py
    model = sources_round53.arxiv_model
    doc = ("WaveGlow model (https://arxiv.org/abs/1811.00002) that is used to generate audio "
           "from mel spectrogram.")  # fmt: skip
    assert model("WaveGlowModel", doc) == "WaveGlow"
    doc = "\n    HiFi-GAN model (https://arxiv.org/abs/2010.05646) that is used to generate audio"
    assert model("HifiGanModel", doc) == "HiFi-GAN"
    assert model("VocoderModel", doc) is None  # not the class's name
    assert model("WaveGlowModel", "WaveGlow model that is used to generate audio.") is None


def test_the_data_set_models_are_trained_on_by_a_link() -> None:
    # allin1 1.1.0 package description
    text = ("## Available Models\nThe models are trained on the [Harmonix Set](https://github."
            "com/urinieto/harmonixset) with 8-fold cross-validation.\nFor more details, please "
            "refer to the [paper](http://arxiv.org/abs/2307.16425).")  # fmt: skip
    assert sources_round53.trained_on_linked(text) == ["Harmonix Set"]
    assert sources_round53.trained_on_linked("trained on the [Paper](https://x/abs/1)") == []


def test_the_database_a_downloader_downloads() -> None:
    # drugbank_downloader 0.2.1 package metadata Summary
    summary = "A tool for reproducibly downloading and extracting DrugBank data"
    assert sources_round53.downloaded_data(summary, "drugbank_downloader") == "DrugBank"
    assert sources_round53.downloaded_data(summary, "chembl_downloader") is None
    assert sources_round53.downloaded_data("A DrugBank parser", "drugbank_downloader") is None
    # round 7 denied torchmd-net's COMP6 subset so named; this round allows the database
    assert sources_round7._denied("DrugBank")
    assert not sources_round53._denied("DrugBank")


def test_the_database_a_module_works_with() -> None:
    # biopython 1.88 Bio/KEGG/__init__.py module docstring
    doc = ("Code to work with data from the KEGG database.\n\nReferences:\nKanehisa, M. and "
           "Goto, S.; KEGG: Kyoto Encyclopedia of Genes and Genomes.\nNucleic Acids Res. 28, "
           "29-34 (2000).\n\nURL: http://www.genome.ad.jp/kegg/\n")  # fmt: skip
    assert sources_round53.database_module(doc) == (
        "KEGG",
        ["Kyoto Encyclopedia of Genes and Genomes"],
    )
    assert sources_round53.database_module("Code to work with GenBank files.") is None


def test_the_trec_tracks_editions_belong_to() -> None:
    # ir_datasets 0.6.3 docs/clueweb09.yaml, docs/trec-cast.yaml
    text = ("desc: '\n<p>\nThe TREC Web Track 2009 ad-hoc ranking benchmark. Contains 50 "
            "queries with deep relevance judgments.\n</p>\n' ... The TREC Web Track 2010 "
            "ad-hoc ranking benchmark.")  # fmt: skip
    assert sources_round53.trec_track(text) == ["TREC Web Track"]
    text = "The TREC Conversational Assistance Track (CAsT) is a benchmark for Conversational"
    assert sources_round53.trec_track(text) == []


def test_the_model_a_class_is_based_on() -> None:
    # keras-hub 0.32.0 src/models/gemma4/gemma4_audio_encoder.py Gemma4AudioEncoder
    doc = "Audio encoder for Gemma4 based on the Universal Speech Model (USM).\n\n    Encodes"
    assert sources_round53.based_on_acronym(doc) == ("USM", "Universal Speech Model")
    assert sources_round53.based_on_acronym("based on the Vision Transformer (ViT)") is None
    assert sources_round53.based_on_acronym("based on the Universal Speech Model.") is None


def test_the_committed_files_hold_the_fifty_third_round(catalog: Catalog) -> None:
    expected = {
        "nemo_toolkit": ("WaveGlow",),
        "allin1": ("Harmonix Set",),
        "drugbank_downloader": ("DrugBank",),
        "biopython": ("KEGG",),
        "ir_datasets": ("TREC Web Track", "TREC Terabyte Track", "TREC Genomics Track"),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    versions = {
        "WaveGlow": "nemo_toolkit 1.23.0: nemo/collections/tts/models/waveglow.py WaveGlowModel",
        "Harmonix Set": "allin1 1.1.0: package description 'Available Models'",
        "DrugBank": "drugbank_downloader 0.2.1: package metadata Summary",
        "KEGG": "biopython 1.88: Bio/KEGG/__init__.py module docstring",
        "TREC Web Track": "ir_datasets 0.6.3: docs/clueweb09.yaml edition description",
    }
    for name, source in versions.items():
        (found,) = catalog.lookup(name)
        assert catalog.entries[found].source.startswith(source), (name, source)
    (hifigan,) = catalog.lookup("HiFi-GAN")  # coqui-tts stated it first
    assert "nemo_toolkit 1.23.0: nemo/collections/tts/models/hifigan.py" in (
        catalog.entries[hifigan].source
    )
    assert catalog.lookup("waveglow") == catalog.lookup("WaveGlow")
    # keras-hub states USM, but the round denies it: in image papers USM is unsharp masking
    assert not catalog.lookup("USM")


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("TREC Web Track", "TREC"), ("TREC Web Track", "TREC Terabyte Track"),
                           ("WaveGlow", "Glow-TTS"), ("KEGG", "DrugBank")])  # fmt: skip
    text = ("We use drug features from DrugBank, PharmGKB and KEGG, and a Tacotron2 acoustic "
            "model with a waveglow vocoder; results on the Harmonix Set.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface.get("DrugBank") == "DrugBank"
    assert by_surface.get("KEGG") == "KEGG"
    assert by_surface.get("waveglow") == "WaveGlow"
    assert by_surface.get("Harmonix Set") == "Harmonix Set"
