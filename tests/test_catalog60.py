"""The sixtieth round of catalog sources (scripts/catalog/sources_round60.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package and version), the denials, and guard pairs for names a neighbour could be confused
with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round60


def test_the_initials_of_a_long_form() -> None:
    assert sources_round60.initials("Geometry-informed Neural Operator") == {"gno", "gino"}
    assert sources_round60.initials("U-Shaped Neural Operator") == {"uno", "usno"}
    assert "fno" in sources_round60.initials("Fourier Neural Operator")


def test_the_neural_operator_a_class_names() -> None:
    # neuraloperator 2.0.0 neuralop/models/*.py class docstrings
    named = sources_round60.neural_operator
    assert named("FNO", "N-Dimensional Fourier Neural Operator. The FNO learns a mapping\n"
                 "    between") == ("FNO", ["Fourier Neural Operator"])  # fmt: skip
    assert named("TFNO", "Tucker Tensorized Fourier Neural Operator (TFNO).\n\n    TFNO is") == (
        "TFNO", ["Tensorized Fourier Neural Operator"])  # fmt: skip
    assert named("GINO", "\n    GINO: Geometry-informed Neural Operator - learns a mapping") == (
        "GINO", ["Geometry-informed Neural Operator"])  # fmt: skip
    assert named("CODANO", "Codomain Attention Neural Operators (CoDA-NO) \n    It uses") == (
        "CoDA-NO", [])  # fmt: skip
    assert named("UNO", "U-Shaped Neural Operator\n\n    The architecture is") == (
        "UNO", ["U-Shaped Neural Operator"])  # fmt: skip
    assert named("UQNO", "Uncertainty Quantification Neural Operator\n\n    UQNO") == (
        "UQNO", ["Uncertainty Quantification Neural Operator"])  # fmt: skip
    # a class the docstring does not name, or names by a long form of other initials
    assert named("LocalNO", "N-Dimensional Local Fourier Neural Operator. The LocalNO") is None
    assert named("BaseModel", "Based class for all Models") is None
    # the partial class of sfno.py
    partial = sources_round60.partial_model
    sfno = 'SFNO = partialclass("SFNO", FNO, factorization="dense")'
    assert partial("SFNO - Spherical Fourier Neural Operator\nReplaces the default", sfno) == (
        "SFNO", ["Spherical Fourier Neural Operator"])  # fmt: skip
    assert partial("SFNO - Spherical Fourier Neural Operator", "SFNO = FNO") is None


def test_the_sized_checkpoint_a_docstring_opens_with() -> None:
    # timm 1.0.31 models/*.py registered functions
    sized = sources_round60.sized_docstring
    assert sized("deit_tiny_patch16_224", "DeiT-tiny model @ 224x224 from paper (...).") == (
        "DeiT", "DeiT-Tiny", ["DeiT-T"])  # fmt: skip
    assert sized("deit_small_distilled_patch16_224", "DeiT-small distilled model @ 224x224") == (
        "DeiT", "DeiT-Small", ["DeiT-S"])  # fmt: skip
    assert sized("deit_base_patch16_384", "DeiT base model @ 384x384 from paper") == (
        "DeiT", "DeiT-Base", ["DeiT-B"])  # fmt: skip
    assert sized("eva_large_patch14_196", "EVA-large model https://arxiv.org/abs/2211.07636") == (
        "EVA", "EVA-Large", ["EVA-L"])  # fmt: skip
    # DeiT-3 is deit3's own family; a docstring of another function's size names nothing
    assert sized("deit3_small_patch16_224", "DeiT-3 small model @ 224x224 from paper") is None
    assert sized("deit_small_patch16_224", "DeiT-tiny model @ 224x224") is None
    assert sized("vit_small_patch16_224", "ViT-Small (ViT-S/16)") is None


def test_the_network_a_part_and_a_summary_name() -> None:
    # torchrl 0.14.1 modules/models/model_based.py
    part = sources_round60.part_of_network
    ref = "\n\n    Reference: https://arxiv.org/abs/1811.04551\n"
    assert part("RSSMRollout", "Rollout the RSSM network." + ref) == "RSSM"
    assert part("RSSMPrior", "The prior network of the RSSM.\n\n    This network" + ref) == "RSSM"
    assert part("RSSMRolloutV3", "Roll out the DreamerV3 RSSM over a sequence.") is None
    assert part("RSSMRollout", "Rollout the RSSM network.") is None
    assert part("ObsEncoder", "Observation encoder network." + ref) is None
    # nisqa 2.0.post2 Summary and description
    summary = sources_round60.summary_model
    said = "**Speech Quality Prediction:**\nNISQA is a deep learning model/framework for speech"
    assert summary("nisqa", "NISQA - Non-Intrusive Speech Quality and TTS Naturalness "
                   "Assessment", said) == (
        "NISQA", "Non-Intrusive Speech Quality and TTS Naturalness Assessment")  # fmt: skip
    assert summary("nisqa", "NISQA - Non-Intrusive Speech Quality", "A toolkit.") is None
    assert summary("speechmos", "MOS (Mean Opinion Score) models for evaluating audio", "") is None


def test_the_released_models_and_the_base_layer() -> None:
    # muq 0.1.0 description
    released = sources_round60.released_models
    text = (
        "In this repo, the following models are released:\n\n- **MuQ**: A large music "
        "foundation model pre-trained via Self-Supervised Learning (SSL).\n- **MuQ-MuLan**: "
        "A music-text joint embedding model trained via contrastive learning.\n\n## Overview"
    )
    assert released(text) == ["MuQ", "MuQ-MuLan"]
    assert released("- **MuQ**: A large music foundation model") == []
    # patchnetvlad 0.1.8 models/netvlad.py and its Summary
    base = sources_round60.base_layer
    summary = "Patch-NetVLAD: An open-source Python implementation of the CVPR2021 paper"
    assert base(summary, "NetVLAD", "NetVLAD layer implementation") == "NetVLAD"
    assert base(summary, "PatchNetVLAD", "PatchNetVLAD layer implementation") is None
    assert base("NetVLAD: a layer", "NetVLAD", "NetVLAD layer implementation") is None


def test_the_committed_files_hold_the_sixtieth_round(catalog: Catalog) -> None:
    expected = {
        "neuraloperator": ("FNO", "Fourier Neural Operator", "TFNO", "UNO", "UQNO", "GINO",
                           "CoDA-NO", "SFNO"),
        "timm": ("DeiT-Tiny", "DeiT-T", "DeiT-Small", "DeiT-S", "BEiT-Base", "BEiT-L",
                 "EVA-Large"),
        "torchrl": ("RSSM",),
        "nisqa": ("NISQA",),
        "muq": ("MuQ", "MuQ-MuLan"),
        "patchnetvlad": ("NetVLAD",),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    versions = {
        "FNO": "neuraloperator 2.0.0: models/fno.py FNO docstring",
        "SFNO": "neuraloperator 2.0.0: models/sfno.py module docstring",
        "DeiT-T": "timm 1.0.31: models/deit.py deit_tiny_patch16_224 docstring",
        "RSSM": "torchrl 0.14.1: modules/models/model_based.py RSSMRollout docstring",
        "NISQA": "nisqa 2.0.post2: package metadata Summary and description",
        "MuQ-MuLan": "muq 0.1.0: package description 'the following models are released'",
        "NetVLAD": "patchnetvlad 0.1.8: models/netvlad.py NetVLAD docstring",
    }
    for name, source in versions.items():
        (found,) = catalog.lookup(name)
        assert catalog.entries[found].source.startswith(source), (name, source)
    # the sized checkpoints are DeiT's, and DeiT-Base confirms the hand-written DeiT-B
    rows = (Path(__file__).resolve().parent.parent / "linker" / "catalog"
            / "generated-models.toml").read_text(encoding="utf-8")  # fmt: skip
    assert '{ key = "deit-tiny", family = "deit", name = "DeiT-Tiny"' in rows
    assert '{ key = "deit-small", family = "deit", name = "DeiT-Small"' in rows
    assert catalog.lookup("DeiT-Base") == catalog.lookup("DeiT-B")
    # denied: FNOGNO (a class identifier); GAE stays denied (the round lifted the first
    # round's denial; the lead restored it: also generalized advantage estimation in RL)
    assert sources_round60._denied("FNOGNO")
    assert not catalog.lookup("FNOGNO")
    assert not catalog.lookup("GAE") and not catalog.lookup("Graph Auto-Encoder")
    # not read: Patch-NetVLAD (dev62 calls it a method), DNSMOS (a metric, dev38)
    assert not catalog.lookup("Patch-NetVLAD")
    assert not catalog.lookup("DNSMOS")


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("TFNO", "FNO"), ("SFNO", "FNO"), ("DeiT-T", "DeiT"),
                           ("DeiT-S", "DeiT-B"), ("MuQ-MuLan", "MuQ"),
                           ("BEiT-L", "BEiT")])  # fmt: skip
    text = ("We train Fourier neural operator (FNO) and GINO models, quantise 2-bit "
            "DeiT-T/DeiT-S/Swin-T, learn a Recurrent State-Space Model (RSSM), compare "
            "with NISQA, embed music with MuQ and MuQ-MuLan, pool with NetVLAD and encode "
            "graphs with a graph autoencoder.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert "FNO" in by_surface.values()
    assert by_surface.get("GINO") == "GINO"
    assert by_surface.get("DeiT-T") == "DeiT-Tiny"
    assert by_surface.get("DeiT-S") == "DeiT-Small"
    assert by_surface.get("NISQA") == "NISQA"
    assert by_surface.get("MuQ") == "MuQ"
    assert by_surface.get("MuQ-MuLan") == "MuQ-MuLan"
    assert by_surface.get("NetVLAD") == "NetVLAD"
    assert "RSSM" in by_surface.values()
    # a generic graph autoencoder, advantage estimation spelled out, and the card game
    plain = ("We build a shallow graph auto-encoder; the policy uses generalized advantage "
             "estimation (GAE). We played uno with Gino.")  # fmt: skip
    assert not {"GAE", "UNO", "GINO"} & set(names_by_surface(linker, plain).values())
    # "DeiT-S" is kept as written: folded it would be "DeiTs", the family's plural
    assert rules.SIZE_S_SUFFIX.fullmatch("DeiT-S")
    assert '"deit-small", family = "deit", name = "DeiT-Small", cased_aliases = ["DeiT-S"]' in (
        Path(__file__).resolve().parent.parent / "linker" / "catalog" / "generated-models.toml"
    ).read_text(encoding="utf-8")
    plurals = names_by_surface(linker, "We prune ViTs, DeiTs and ConvNeXts.")
    assert plurals.get("DeiTs") != "DeiT-Small"
    assert plurals.get("ConvNeXts") != "ConvNeXt-Small"
    assert names_by_surface(linker, "We prune ConvNeXt-S.").get("ConvNeXt-S") == "ConvNeXt-Small"
