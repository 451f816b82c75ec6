"""The fortieth round of catalog sources (scripts/catalog/sources_round40.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round40


def test_the_family_a_module_docstring_names() -> None:
    # timm 1.0.31 models/*.py module docstrings' first lines
    named = sources_round40.module_family_name
    assert named("resnest", "ResNeSt Models\n\nPaper: `ResNeSt: Split-Attention Networks`") == (
        "ResNeSt"
    )
    assert named("convit", "ConViT Model\n\n@article{d2021convit,") == "ConViT"
    assert named("edgenext", "EdgeNeXt\n\nPaper: `EdgeNeXt: Efficiently Amalgamated`") == (
        "EdgeNeXt"
    )
    assert named("mambaout", "MambaOut models for image classification.") == "MambaOut"
    assert named("vovnet", "VoVNet (V1 & V2)") == "VoVNet"
    assert named("iformer", "iFormer") == "iFormer"
    assert named("swin_transformer_v2", "Swin Transformer V2") == "Swin Transformer V2"
    for module, line in (
        ("resnet", "PyTorch ResNet"),
        ("res2net", "Res2Net and Res2NeXt"),
        ("regnet", "RegNet X, Y, Z, and more"),
        ("gcvit", "Global Context ViT"),
        ("resnest", "resnest"),  # no capital: the module's name, not a spelling of it
        ("resnest", ""),
    ):
        assert named(module, line) is None, line


def test_the_stem_a_family_files_timms_architectures_under() -> None:
    stem = sources_round40.grouping_stem
    assert stem("ResNeSt") == "resnest"
    assert stem("LeViT") == "levit"
    assert stem("VGG") == "vgg"
    for name in ("Visformer", "Twins", "Swin Transformer V2", "CSATv2", "EfficientFormer-V2"):
        assert stem(name) is None, name


def test_the_roman_numeral_a_recipe_docstring_spells() -> None:
    # lhotse 1.33.0 recipes/dihard3.py module docstring
    roman = sources_round40.roman_numbered_corpus
    doc = "About the DIHARD III corpus\n\n    The DIHARD III corpus consists of ..."
    assert roman("dihard3", doc) == "DIHARD III"
    assert roman("dihard2", doc) is None  # the numeral is not the module's number
    assert roman("dihard", doc) is None
    assert roman("chime6", "The CHiME-6 corpus") is None


def test_a_roman_numeral_keeps_the_version_an_alias_must_not_drop() -> None:
    assert rules.numbers_written("DIHARD III") == ["3"]
    assert rules.numbers_written("CASP14") == ["14"]
    # Only a word of its own in capitals: not "XLNet", "VIT", "ViT-X" or "Vision".
    for text in ("XLNet", "ViT-X", "Vision", "Mix", "LIVE"):
        assert rules.numbers_written(text) == [], text


def test_the_benchmark_a_summary_names() -> None:
    # psb2 1.1.2 Summary
    named = sources_round40.summary_dataset_of
    assert named("Utilities for sampling the datasets of PSB2.") == "PSB2"
    assert named("Utilities for sampling the datasets of the benchmark.") is None
    assert named("A library for PSB2.") is None


def test_the_spelling_a_citation_title_gives_a_family() -> None:
    # mteb 2.26.24 models/model_implementations/audio_flamingo.py citation
    titled = sources_round40.titled_family
    families = {"audioflamingo3": "AudioFlamingo3"}
    title = "Audio Flamingo 3: Advancing Audio Intelligence with Fully Open Large Audio"
    assert titled(title, families) == ("AudioFlamingo3", "Audio Flamingo 3")
    assert titled("AudioFlamingo3: Advancing ...", families) is None  # the family's spelling
    assert titled("Audio Flamingo 2: An Audio-Language Model", families) is None
    assert titled("Advancing audio intelligence", families) is None


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round40.DENY_ROUND40.values())
    # Chained to the earlier rounds' lists: RiR (39), HCP (38), FPN (first round).
    assert sources_round40._denied("RiR") and sources_round40._denied("HCP")
    assert sources_round40._denied("FPN")


def test_the_committed_files_hold_the_fortieth_round(catalog: Catalog) -> None:
    expected = {
        "timm": ("ResNeSt", "EdgeNeXt", "ConViT", "CrossViT", "MambaOut", "RepViT", "SHViT"),
        "psb2": ("PSB2",),
    }
    assert_stated_by(catalog, expected)
    # timm's architectures of a family's stem are its checkpoints now.
    (resnest,) = catalog.lookup("ResNeSt")
    (resnest50d,) = catalog.lookup("resnest50d")
    assert [link.target for link in catalog.lineage[resnest50d]] == [resnest]
    # Spellings added to entries already there: DIHARD III (lhotse's recipe docstring),
    # Audio Flamingo 3 (mteb's citation title).
    assert catalog.lookup("DIHARD III") == catalog.lookup("dihard3")
    (dihard3,) = catalog.lookup("DIHARD III")
    assert "recipes/dihard3.py module docstring" in catalog.entries[dihard3].source
    assert catalog.lookup("Audio Flamingo 3") == catalog.lookup("AudioFlamingo3")
    # Left out: spellings no package states.
    for name in ("DIHARD II", "Audio Flamingo 2", "VGGNet", "YOLOv2", "CXR-BERT", "MuseNet",
                 "PSB1", "Karel"):  # fmt: skip
        assert not catalog.lookup(name), name


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    pairs = [
        ("ResNeSt", "ResNet"),
        ("ResNeSt", "ResNeXt"),
        ("EdgeNeXt", "ConvNeXt"),
        ("ConViT", "ViT"),
        ("CrossViT", "ViT"),
        ("RepViT", "RepVGG"),
        ("DIHARD III", "RAMC"),
        ("Audio Flamingo 3", "Flamingo"),
        ("PSB2", "HumanEval"),
    ]
    assert_apart(catalog, pairs)
    for absent in ("DIHARD IV", "Audio Flamingo 4", "PSB3"):
        assert not catalog.lookup(absent), absent
    text = ("We compare the ResNeSt and EdgeNeXt backbones, diarize DIHARD III, prompt Audio "
            "Flamingo 3 and synthesise programs of PSB2.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"ResNeSt": "ResNeSt", "EdgeNeXt": "EdgeNeXt", "DIHARD III": "dihard3",
                "Audio Flamingo 3": "AudioFlamingo3", "PSB2": "PSB2"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
