"""The forty-eighth round of catalog sources (scripts/catalog/sources_round48.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round48


def test_the_family_a_versioned_zoo_class_opens_with() -> None:
    # fiftyone 1.22.1 zoo/datasets/base.py ActivityNet100Dataset, Kinetics7002020Dataset, ...
    family = sources_round48.version_family
    doc = "ActivityNet is a large-scale video dataset for human activity\n    understanding"
    assert family("activitynet-100", doc) == "ActivityNet"
    assert family("kinetics-700-2020", "Kinetics is a collection of ...") == "Kinetics"
    assert family("open-images-v6", "Open Images V6 is a dataset of ...") is None
    assert family("kitti-multiview", "KITTI contains a suite of vision tasks") is None
    assert family("activitynet", doc) is None  # no version number


def test_a_stated_version_gets_its_family_as_parent() -> None:
    keys = {"activitynet": "activitynet", "activitynet100": "activitynet-100"}
    fact = rules.Fact("dataset", "dataset", "ActivityNet 100", "x", version_of="ActivityNet")
    assert rules.version_parent(fact, keys) == "activitynet"
    assert rules.version_parent(rules.Fact("dataset", "dataset", "ActivityNet 100", "x"),
                                keys) is None  # fmt: skip
    assert rules.version_parent(rules.Fact("dataset", "dataset", "ActivityNet", "x",
                                           version_of="ActivityNet"), keys) is None  # fmt: skip


def test_the_benchmark_a_description_cites() -> None:
    # tensorflow-datasets 4.9.10 rl_unplugged/rlu_control_suite/rlu_control_suite.py
    cited = sources_round48.cited_subject
    text = ("\nDeepMind Control Suite [Tassa et al., 2018](https://arxiv.org/abs/1801.00690)\n"
            "is a set of control tasks implemented in MuJoCo")  # fmt: skip
    assert cited(text) == "DeepMind Control Suite"
    assert cited("The datasets follow the [RLDS format](https://github.com/google-research/"
                 "rlds) ...") is None  # fmt: skip


def test_the_bold_subject_and_its_heading_abbreviation() -> None:
    # PyTDC 1.1.15 package description
    text = ("## Built on the Therapeutic Data Commons (TDC)\n\nArtificial intelligence is ... "
            "**Therapeutics Data Commons** is a coordinated initiative to access ...")  # fmt: skip
    assert sources_round48.bold_subject(text) == "Therapeutics Data Commons"
    assert sources_round48.bold_subject("**panns_inference** provides an easy ...") is None
    found = sources_round48.heading_abbreviation(text, "Therapeutics Data Commons")
    assert found == ("Therapeutic Data Commons", "TDC")
    assert sources_round48.heading_abbreviation(text, "Open Graph Benchmark") is None


def test_the_tile_encoder_a_comment_names() -> None:
    # tiatoolbox 2.1.3 models/architecture/vanilla.py timm_arch_dict
    encoder = sources_round48.tile_encoder
    assert encoder("    # Prov-GigaPath tile encoder: https://huggingface.co/prov-gigapath/"
                   "prov-gigapath", "prov-gigapath") == "Prov-GigaPath"  # fmt: skip
    assert encoder("# UNI2-h tile encoder: https://huggingface.co/MahmoodLab/UNI2-h",
                   "UNI2") == "UNI2"  # fmt: skip
    assert encoder("# HO-mini tile encoder: https://huggingface.co/bioptimus/H0-mini",
                   "H0-mini") is None  # fmt: skip
    assert encoder("# Kaiko tile encoder:", "kaiko") == "Kaiko"  # the guard decides


def test_the_model_a_description_titles_and_a_message_spells() -> None:
    # panns-inference 0.1.1 description; espnet 202511 avhubert_encoder.py
    text = ("are trained from PANNs: Large-Scale Pretrained Audio Neural Networks for Audio "
            "Pattern Recognition: https://github.com/...")  # fmt: skip
    assert sources_round48.titled_package_model(text, "panns-inference") == "PANNs"
    assert sources_round48.titled_package_model(text, "audiocraft") is None
    spelled = sources_round48.pretrained_spelling
    message = "Training from scratch without \\\n   using pre-trained AV-HuBERT model"
    assert spelled(message, ["AVHubertModel", "ResEncoder"]) == "AV-HuBERT"
    assert spelled(message, ["HubertModel"]) is None


def test_denied_names_chain_to_the_earlier_rounds() -> None:
    assert all(reason.strip() for reason in sources_round48.READMIT_ROUND48.values())
    assert not sources_round48._denied("ActivityNet")  # taken again (round 13 denied it)
    for name in ("ISPRS", "Decomposable Attention", "VAD", "IWSLT'18", "HTC", "FPN"):
        assert sources_round48._denied(name), name


def test_the_committed_files_hold_the_forty_eighth_round(catalog: Catalog) -> None:
    expected = {
        "fiftyone": ("ActivityNet",),
        "tensorflow-datasets": ("DeepMind Control Suite",),
        "PyTDC": ("Therapeutics Data Commons",),
        "tiatoolbox": ("UNI", "UNI2", "Virchow", "Virchow2", "Prov-GigaPath"),
        "panns-inference": ("PANNs",),
        "espnet": ("AV-HuBERT",),
    }
    assert_stated_by(catalog, expected)
    (family,) = catalog.lookup("ActivityNet")
    for version in ("ActivityNet 100", "ActivityNet 200"):
        (found,) = catalog.lookup(version)
        assert family in [link.target for link in catalog.lineage.get(found, ())], version
    assert catalog.lookup("TDC") == catalog.lookup("Therapeutics Data Commons")
    assert not catalog.lookup("uni")  # cased: "UNI" only as written


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("ActivityNet", "ActivityNet Captions"),
                           ("ActivityNet", "ActivityNet v1.3"), ("ActivityNet", "ActivityNet 100"),
                           ("UNI", "UNI2"), ("Virchow", "Virchow2"), ("AV-HuBERT", "HuBERT"),
                           ("PANNs", "PANN")])  # fmt: skip
    text = ("We evaluate on ActivityNet and ActivityNet Captions, use PANNs and AV-HuBERT "
            "features, compare UNI2, Virchow2 and Prov-GigaPath, and use the Therapeutics Data "
            "Commons.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"ActivityNet": "ActivityNet", "ActivityNet Captions": "ActivityNet Captions",
                "PANNs": "PANNs", "AV-HuBERT": "AV-HuBERT", "UNI2": "UNI2",
                "Virchow2": "Virchow2", "Prov-GigaPath": "Prov-GigaPath",
                "Therapeutics Data Commons": "Therapeutics Data Commons"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
