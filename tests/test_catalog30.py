"""The thirtieth round of catalog sources (scripts/catalog/sources_round30.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round30


def test_a_package_is_for_the_data_set_its_summary_or_config_names() -> None:
    # musdb 0.4.3 and dsdtools 0.1.3 package metadata Summary; dsdtools' configs/dsd100.yaml
    assert sources_round30.summary_dataset("Python parser for the SIGSEP MUSDB18 dataset") == (
        "MUSDB18"
    )
    summary = "Python tools for the Demixing Secrets Dataset (DSD)"
    assert sources_round30.summary_dataset(summary) is None
    header = sources_round30.header_name
    assert header("# SISEC DSD100 MUS Task Configuration", "dsd100") == "DSD100"
    assert header("# SISEC MUS Task Configuration", "dsd100") is None


def test_a_synthesizer_is_named_for_a_coined_model() -> None:
    model = sources_round30.synthesizer_model
    # sdv 2.0.0 single_table/__init__.py __all__
    assert model("CopulaGANSynthesizer") == "CopulaGAN"
    assert model("TVAESynthesizer") == "TVAE"
    assert model("GaussianCopulaSynthesizer") == "GaussianCopula"  # then denied
    assert model("Synthesizer") is None
    assert model("BaseSingleTableSynthesizer") == "BaseSingleTable"  # not exported
    assert model("CTGAN") is None


def test_the_encoders_are_the_architectures_beside_the_collection() -> None:
    # mmsegmentation 1.2.2 configs/segformer/metafile.yaml, abridged
    metafile = {
        "Collections": [{"Name": "Segformer"}],
        "Models": [
            {"Metadata": {"Architecture": ["MIT-B0", "Segformer"]}},
            {"Metadata": {"Architecture": ["MIT-B5", "Segformer"]}},
            {"Metadata": {"Architecture": ["MIT-B0", "Segformer"]}},
        ],
    }
    assert sources_round30.collection_backbones(metafile) == ["MIT-B0", "MIT-B5"]
    # keras-hub 0.32.0 src/models/mit/mit_presets.py
    spelled = sources_round30.preset_spelling
    description = "MiT (MixTransformer) model with 8 transformer blocks."
    assert spelled("mit_b0_ade20k_512", "mit", description) == "MiT-B0"
    assert spelled("mit_b5_cityscapes_1024", "mit", description) == "MiT-B5"
    assert spelled("resnet_50_imagenet", "resnet", "ResNet model with 50 layers.") is None
    assert spelled("mit_b0_ade20k_512", "mit", "A model.") is None


def test_the_named_splits_and_sets() -> None:
    # mmaction2 1.2.0 tools/data/parse_file_list.py
    doc = """Parse Something-Something dataset V1 into "train", "val" splits.

    Returns:
        list: "train", "val", "test" splits of Something-Something V1 dataset.
    """
    assert sources_round30.split_dataset(doc) == "Something-Something V1"
    assert sources_round30.split_dataset("Parse the splits.") is None
    # pyabsa 2.4.2 APCDatasetList
    year = sources_round30.year_domain_name
    assert year("Laptop14") and year("Restaurant16")
    for name in ("MAMS", "Twitter", "ARTS_Laptop14", "SemEval2016Task5", "Restaurant"):
        assert not year(name), name


def test_the_training_data_sets_of_a_model_table() -> None:
    # facenet-pytorch 2.6.0 package description, excerpts
    description = """|Model name|LFW accuracy (as listed [here](...))|Training dataset|
| :- | :-: | -: |
|[20180408-102900](https://.../20180408-102900-casia-webface.pt) (111MB)|0.9905|CASIA-Webface|
|[20180402-114759](https://.../20180402-114759-vggface2.pt) (107MB)|0.9965|VGGFace2|

1. Q. Cao, ... _VGGFace2: A dataset for recognising face across pose and age_, 2018.
1. D. Yi, ... _CASIAWebface: Learning Face Representation from Scratch_, arXiv:1411.7923."""
    assert sources_round30.training_datasets(description) == [
        ("CASIA-Webface", ["CASIAWebface"]),
        ("VGGFace2", []),
    ]


def test_a_group_spelling_is_an_alias_of_the_data_set_it_loads() -> None:
    # lmms-eval 0.7.3: tasks/<group>/_default_template_<group>_yaml dataset_name, and the keys
    # of tasks/vmcbench/utils.py datasets_category_map
    groups = {"infovqa": "InfographicVQA", "docvqa": "DocVQA"}
    spellings = ["DocVQA", "InfoVQA", "ChartQA"]
    assert sources_round30.group_spellings(spellings, groups) == {"InfographicVQA": ["InfoVQA"]}
    # mmpretrain 1.2.0 datasets/infographic_vqa.py and ocr_vqa.py
    spelled = sources_round30.class_spelling
    assert spelled("InfographicVQA", "Infographic VQA dataset.\n\nArgs: ...") == (
        "InfographicVQA",
        ["Infographic VQA"],
    )
    assert spelled("OCRVQA", "OCR-VQA dataset.") == ("OCR-VQA", [])
    assert spelled("COCOVQA", "VQAv2 dataset.") is None  # another name: not this rule's


def test_a_described_checkpoint_and_a_folder_spelling() -> None:
    # crfm-helm 0.5.16 config/model_metadata.yaml
    described = sources_round30.described_checkpoint
    assert described("Meditron (7B)", "Meditron-7B is a 7 billion parameter model adapted") == (
        "Meditron",
        "Meditron-7B",
    )
    assert described("Meditron (7B)", "A medical model.") is None
    assert described("gpt-oss-20b", "gpt-oss-20b is an open-weight language model") is None
    # keras-hub 0.32.0 src/models/gpt_oss/ docstrings
    docs = ["A GPT-OSS transformer decoder layer.", "Gpt-Oss conversion script.",
            "described in the GPT-OSS paper"]  # fmt: skip
    assert sources_round30.folder_spelling("gpt_oss", docs) == "GPT-OSS"
    assert sources_round30.folder_spelling("gemma", ["A Gemma backbone."]) is None
    # gensim 4.4.0 models/word2vec.py module docstring
    doc = "The word2vec algorithms include skip-gram and CBOW models, using either\nhierarchical"
    assert sources_round30.included_models(doc) == ("word2vec", ["skip-gram", "CBOW"])


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round30.DENY_ROUND30.values())
    assert {"GaussianCopula", "DayZ", "COCO Retrieval"} <= set(sources_round30.DENY_ROUND30)


def test_the_committed_files_hold_the_thirtieth_round(catalog: Catalog) -> None:
    expected = {
        "dsdtools": ("DSD100",),
        "musdb": ("MUSDB18",),
        "sdv": ("CopulaGAN", "CTGAN", "TVAE"),
        "mmsegmentation": ("MIT-B0", "MiT-B0", "MiT-B3", "MIT-B5"),
        "mmaction2": ("Something-Something V1",),
        "pyabsa": ("Laptop14", "Restaurant14", "Restaurant15", "Restaurant16"),
        "facenet-pytorch": ("VGGFace2", "CASIA-WebFace", "CASIAWebface"),
        "lmms-eval": ("InfographicVQA", "InfoVQA"),
        "mmpretrain": ("OCR-VQA", "NoCaps", "Infographic VQA"),
        "crfm-helm": ("Meditron", "Meditron-7B"),
        "keras-hub": ("GPT-OSS", "RQ-VAE", "RWKV-7", "MiT-B0"),
        "gensim": ("CBOW",),
    }
    assert_stated_by(catalog, expected)
    assert catalog.lookup("GPT-OSS") == catalog.lookup("GptOss")
    assert catalog.lookup("MiT-B0") == catalog.lookup("MIT-B0")
    (meditron_7b,) = catalog.lookup("Meditron-7B")
    assert [link.target for link in catalog.lineage[meditron_7b]] == ["model:meditron"]
    # Left out: the denied names, and "skip-gram", a generic term to the guard.
    for word in ("GaussianCopula", "Gaussian Copula", "DayZ", "COCO Retrieval",
                 "Flickr30k Retrieval", "Skip-gram", "Restaurant"):  # fmt: skip
        assert not catalog.lookup(word), word


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    # Each encoder size is its own entry; Something-Something V1 is not v2; the SemEval years
    # and domains are apart; VGGFace2 is not LFW; DSD100 is not MUSDB18; CopulaGAN is not
    # CTGAN; Meditron-7B is not Meditron; InfographicVQA is not DocVQA.
    encoders = {catalog.lookup(f"MiT-B{size}")[0] for size in range(6)}
    assert len(encoders) == 6
    pairs = [("Something-Something V1", "Something-Something v2"),
             ("Laptop14", "Restaurant14"), ("Restaurant14", "Restaurant16"),
             ("VGGFace2", "LFW"), ("DSD100", "MUSDB18"), ("CopulaGAN", "CTGAN"),
             ("Meditron-7B", "Meditron"), ("InfographicVQA", "DocVQA"),
             ("GPT-OSS", "gpt-oss-20b"), ("CBOW", "word2vec")]  # fmt: skip
    for one, other in pairs:
        assert catalog.lookup(one) != catalog.lookup(other), (one, other)
    text = ("SegFormer with a MiT-B0 encoder is fine-tuned on InfoVQA; we also report "
            "Laptop14 and Restaurant14, CopulaGAN and CTGAN samples, VGGFace2 and "
            "DSD100.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface["MiT-B0"] == "MIT-B0"
    assert by_surface["InfoVQA"] == "InfographicVQA"
    assert by_surface["Laptop14"] == "Laptop14"
    assert by_surface["Restaurant14"] == "Restaurant14"
    assert by_surface["CopulaGAN"] == "CopulaGAN"
    assert by_surface["VGGFace2"] == "VGGFace2"
    assert by_surface["DSD100"] == "DSD100"
    # The denied and guarded words link nothing in plain text.
    plain = ("A Gaussian copula models the dependence; we train with skip-gram negative "
             "sampling on restaurant reviews and played DayZ.")  # fmt: skip
    assert names_by_surface(linker, plain) == {}
