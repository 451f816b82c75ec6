"""The forty-fifth round of catalog sources (scripts/catalog/sources_round45.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round45


def test_the_versions_a_docstring_lists_by_slashes() -> None:
    # torchvision 0.29.2 datasets/kinetics.py Kinetics docstring
    doc = ("`Generic Kinetics <https://www.deepmind.com/open-source/kinetics>`_\n    dataset.\n\n"
           "    Kinetics-400/600/700 are action recognition video datasets.")  # fmt: skip
    assert sources_round45.slashed_versions("Kinetics", doc) == [
        "Kinetics-400",
        "Kinetics-600",
        "Kinetics-700",
    ]
    assert sources_round45.slashed_versions("HMDB51", doc) == []
    assert sources_round45.slashed_versions("Kinetics", "Kinetics-400 dataset.") == []


def test_the_data_set_an_anomalib_module_opens_with() -> None:
    # anomalib 2.7.0 data/datasets/<kind>/*.py module docstrings
    named = sources_round45.module_dataset
    assert named("mvtecad", "MVTec AD Dataset.\n\nThis module provides ...") == ("MVTec AD", [])
    assert named("mvtecad2", "MVTec AD 2 Dataset.") == ("MVTec AD 2", [])
    assert named("mvtec_loco", "MVTec LOCO AD Dataset (CC BY-NC-SA 4.0).") == ("MVTec LOCO AD", [])
    assert named("mvtec_3d", "MVTec 3D-AD Datamodule.") == ("MVTec 3D-AD", [])
    assert named("visa", "Visual Anomaly (VisA) Dataset.") == ("VisA", ["Visual Anomaly"])
    assert named("shanghaitech", "ShanghaiTech Campus Dataset.") == ("ShanghaiTech Campus", [])
    # A name the module's does not begin, or no data set named.
    assert named("avenue", "CUHK Avenue Dataset.") is None
    assert named("folder", "Custom Folder Dataset.") is None
    assert named("datumaro", "Dataloader for Datumaro format.") is None


def test_the_corpus_a_recipe_quotes_the_readme_of() -> None:
    # lhotse 1.33.0 recipes/tedlium2.py and recipes/tedlium.py module docstrings
    doc = "The following are the original TED-LIUM 2 README contents.\n\nThis is the..."
    assert sources_round45.readme_corpus("tedlium2", doc) == "TED-LIUM 2"
    doc = "The following are the original TED-LIUM 3 README contents."
    assert sources_round45.readme_corpus("tedlium", doc) is None


def test_the_data_sets_split_choices_are_given_for() -> None:
    # mmaction2 1.2.0 datasets/pose_dataset.py PoseDataset docstring
    doc = ("split (str, optional): The dataset split used. For UCF101 and\n"
           "    HMDB51, allowed choices are 'train1', 'test1'. For NTURGB+D, allowed choices\n"
           "    are 'xsub_train', 'xsub_val'. For NTURGB+D 120, allowed choices are\n"
           "    'xsub_train'. For FineGYM, allowed choices are 'train', 'val'.")  # fmt: skip
    assert sources_round45.split_datasets(doc) == [
        "UCF101",
        "HMDB51",
        "NTURGB+D",
        "NTURGB+D 120",
        "FineGYM",
    ]


def test_effdet_names_its_detector_and_checkpoints() -> None:
    # effdet 0.4.1 package metadata: Summary and description headings
    assert sources_round45.summary_for_framework("EfficientDet for PyTorch") == "EfficientDet"
    assert sources_round45.summary_for_framework("Library for PyTorch") is None
    description = ("# EfficientDet (PyTorch)\n## Results\n#### EfficientDet-D0\n"
                   "Latest training run with .336 for D0\n##### TF-EfficientDet-D7\n"
                   "##### TF EfficientDet-D3\n##### TF-EfficientDet-D7X\n"
                   "#### EfficientDet-D0\n")  # fmt: skip
    assert sources_round45.heading_checkpoints("EfficientDet", description) == [
        "EfficientDet-D0",
        "EfficientDet-D7",
        "EfficientDet-D3",
        "EfficientDet-D7X",
    ]


def test_the_model_an_s3prl_hubconf_names() -> None:
    # s3prl 0.4.18 upstream/<folder>/hubconf.py header comments
    header = "# -*- coding: utf-8 -*- #\n#   Synopsis     [ the {} torch hubconf ]\n"
    named = sources_round45.hubconf_synopsis
    assert named("byol_a", header.format("BYOL-A")) == "BYOL-A"
    assert named("vggish", header.format("VGGish")) == "VGGish"
    assert named("apc", header.format("apc")) is None  # the identifier, in lower case
    assert named("multires_hubert", header.format("Multiresolution HuBERT")) is None
    assert named("wav2vec2", header.format("wav2vec 2.0")) is None


def test_the_embedding_a_dcase_extractor_describes() -> None:
    # dcase_util 0.2.20 features/features.py extractor classes
    source = (
        "class OpenL3Extractor(EmbeddingExtractor):\n"
        '    """OpenL3 Embedding extractor class"""\n'
        "    label = 'openl3'\n"
        "    description = 'OpenL3 (embedding)'\n"
        "class MelExtractor(SpectralFeatureExtractor):\n"
        "    description = 'Mel band energy (Librosa)'\n"
    )
    classes = [n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)]
    assert [sources_round45.embedding_description(c) for c in classes] == ["OpenL3", None]


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round45.DENY_ROUND45.values())
    for name in ("VAD", "BTech", "TorchOpenL3"):
        assert sources_round45._denied(name), name
    # Chained to the earlier rounds' lists: IWSLT'18 (44), AIDS (42), FPN (first round).
    assert sources_round45._denied("IWSLT'18") and sources_round45._denied("AIDS")
    assert sources_round45._denied("FPN")


def test_the_committed_files_hold_the_forty_fifth_round(catalog: Catalog) -> None:
    expected = {
        "torchvision": ("Kinetics", "Kinetics-600"),
        "anomalib": ("MVTec AD", "MVTecAD", "MVTec AD 2", "MVTec LOCO AD", "MVTec 3D-AD",
                     "VisA", "MPDD", "Real-IAD", "ShanghaiTech Campus", "UCSD Pedestrian",
                     "Kolektor Surface-Defect"),
        "lhotse": ("TED-LIUM 2",),
        "mmaction2": ("NTURGB+D", "NTURGB+D 120"),
        "effdet": ("EfficientDet", "EfficientDet-D0", "EfficientDet-D3", "EfficientDet-D7"),
        "transformers": ("Moonshine",),
        "s3prl": ("BYOL-A", "VGGish", "MAE-AST"),
        "dcase_util": ("OpenL3", "EdgeL3"),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    # Left out: denied names and spellings the guard keeps out.
    for name in ("VAD", "BTech", "TorchOpenL3", "Visa", "Visual Anomaly"):
        found = catalog.lookup(name)
        assert not any(
            "anomalib " in catalog.entries[e].source or "dcase_util " in catalog.entries[e].source
            for e in found
        ), name
    # Matched as written: the words stay words.
    assert not catalog.lookup("kinetics") and not catalog.lookup("moonshine")


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    pairs = [
        ("Kinetics", "Kinetics-400"),
        ("Kinetics-600", "Kinetics-700"),
        ("Kinetics-600", "Kinetics"),
        ("MVTec AD 2", "MVTec AD"),
        ("MVTec LOCO AD", "MVTec AD"),
        ("MVTec 3D-AD", "MVTec AD"),
        ("NTURGB+D 120", "NTURGB+D"),
        ("TED-LIUM 2", "TED-LIUM"),
        ("EfficientDet-D3", "EfficientDet"),
        ("EfficientDet-D7X", "EfficientDet-D7"),
        ("BYOL-A", "BYOL"),
        ("VGGish", "VGG"),
        ("OpenL3", "EdgeL3"),
    ]
    assert_apart(catalog, pairs)
    text = ("We compare EfficientDet-D3 with VGGish, OpenL3 and BYOL-A embeddings, fine-tune "
            "Moonshine, and evaluate on Kinetics, MVTec-AD and TED-LIUM2.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"EfficientDet-D3": "EfficientDet-D3", "VGGish": "VGGish", "OpenL3": "OpenL3",
                "BYOL-A": "BYOL-A", "Moonshine": "Moonshine", "Kinetics": "Kinetics",
                "MVTec-AD": "MVTec AD", "TED-LIUM2": "tedlium2"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
    # The words in lower case, and another data set named with the stem, link none of them.
    text = "We model reaction kinetics and evaluate on Skeleton-Kinetics."
    assert "Kinetics" not in names_by_surface(linker, text).values()
