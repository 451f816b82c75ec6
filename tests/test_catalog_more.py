"""The fourth round of catalog sources (scripts/catalog/sources_more.py): its name rules on
excerpts of the packages it reads, and what the committed files hold from them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_more


@pytest.mark.parametrize(
    ("doc", "name"),
    [
        ("DIA-ResNet model from 'DIANet: Dense-and-Implicit Attention Network,'\n"
         "    https://arxiv.org/abs/1905.10671.", "DIA-ResNet"),
        ("VGG models from 'Very Deep Convolutional Networks ...,' https://...", "VGG"),
        ("SE-ResNet-50 model from 'Squeeze-and-Excitation Networks,' https://...", "SE-ResNet-50"),
        # variants, groups, pytorchcv's own untrained depths and layers name no network
        ("DenseNet model for CIFAR from 'Densely Connected Convolutional Networks,'", None),
        ("CondenseNet model (converted) from 'CondenseNet: ...,'", None),
        ("Jasper/DR/QuartzNet model from 'Jasper: ...,'", None),
        ("DRN-C&D model from 'Dilated Residual Networks,'", None),
        ("ResNet-14 model from 'Deep Residual Learning ...,' https://... It's an experimental "
         "model.", None),
        ("Single-Path NASNet model from 'Single-Path NAS: ...,'", None),
        ("3x3 depthwise version of the standard convolution layer.", None),
    ],
)  # fmt: skip
def test_pytorchcv_names_are_what_the_docstring_calls_a_model(doc: str, name: str | None) -> None:
    assert sources_more.pytorchcv_model(doc) == name


def test_pytorchcv_builders_are_checkpoints_of_a_documented_family() -> None:
    families = {"SE-ResNet", "ResNet", "EfficientNet"}
    assert sources_more.pytorchcv_checkpoint("SE-ResNet-50", families) == "SE-ResNet"
    assert sources_more.pytorchcv_checkpoint("EfficientNet-B0", families) == "EfficientNet"
    assert sources_more.pytorchcv_checkpoint("SE-PreResNet-50", families) is None
    assert sources_more.pytorchcv_checkpoint("ResNet", families) is None


def test_smp_architectures_are_the_documented_reference() -> None:
    doc = "`U-Net++`__ is a fully convolution neural network for image semantic segmentation."
    assert sources_more.smp_architecture(doc) == "U-Net++"
    assert sources_more.smp_architecture("Implementation of `PAN`__ (Pyramid ...).") == "PAN"
    assert sources_more.smp_architecture("\n    Unet is a fully convolution ...") is None


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ("NIH ChestX-ray14 dataset\n\n    Paper: ...", ("NIH ChestX-ray14", ["ChestX-ray14"])),
        ("PadChest dataset\n    Hospital San Juan", ("PadChest", [])),
        ("CheXpert dataset (Stanford)\n", ("CheXpert", [])),
        ("BRAX, Brazilian labeled chest X-ray dataset", ("BRAX", [])),
        ("Object-CXR foreign object detection dataset", ("Object-CXR", [])),
        ("RSNA Pneumonia Detection Challenge dataset", None),
        ("TBX11K Tuberculosis X-ray dataset", None),
        ("OpenI / Indiana University chest X-ray collection", None),
        ("NLM Tuberculosis datasets (Montgomery County & Shenzhen)", None),
    ],
)  # fmt: skip
def test_xray_data_sets_are_named_by_the_docstrings_first_line(
    doc: str, expected: tuple[str, list[str]] | None
) -> None:
    assert sources_more.xray_dataset_name(doc) == expected


def test_reid_data_sets_are_the_name_the_docstring_opens_with() -> None:
    assert sources_more.reid_dataset_name("DukeMTMC-reID.\n\n    Reference: ...") == "DukeMTMC-reID"
    assert sources_more.reid_dataset_name("PRID (single-shot version of prid-2011)\n") == "PRID"
    assert sources_more.reid_dataset_name("Base class of image dataset.") is None
    assert sources_more.reid_dataset_name("dataset.") is None


@pytest.mark.parametrize(
    ("doc", "name"),
    [
        ("Load QM7 dataset\n\n    QM7 is a subset of GDB-13 ...", "QM7"),
        ("Loads the ChEMBL25 dataset, featurizes it, and does a split.", "ChEMBL25"),
        ("Load SAMPL(FreeSolv) dataset\n\n    The Free Solvation Database ...", "SAMPL"),
        ("Load HOPV datasets. Does not do train/test split", "HOPV"),
        ("Loads Kinase datasets, does not do train/test split\n\n    The Kinase dataset is an "
         "in-house dataset from Merck ...", None),
        ("Load mydataset.\n\n    This is a template for adding a function ...", None),
        ("Load zinc15.\n\n    ZINC15 is a dataset of ...", None),
    ],
)  # fmt: skip
def test_molnet_data_sets_are_the_name_a_loader_opens_with(doc: str, name: str | None) -> None:
    assert sources_more.molnet_dataset_name(doc) == name


def test_keras_hub_backbones_are_named_as_their_docstring_spells_them() -> None:
    name = sources_more.keras_hub_backbone
    assert name("GPTNeoXBackbone", "GPT-NeoX core network with hyperparameters.") == "GPT-NeoX"
    assert name("PARSeqBackbone", "Scene Text Detection with PARSeq.") == "PARSeq"
    assert name("GptOssBackbone", "A GPT-style Transformer with a Mixture of Experts.") is None
    assert name("Qwen3_5Backbone", "The Qwen3.5 Transformer core architecture.") is None
    assert name("MiTBackbone", "") is None
    assert name("VideoPrismEncoder", "VideoPrism encoder.") is None


def test_flair_corpora_are_what_an_init_docstring_initialises() -> None:
    name = sources_more.flair_corpus_name
    assert name("Initialize the CleanCoNLL corpus.\n\nArgs: ...", "CLEANCONLL") == "CleanCoNLL"
    assert name("Initialize the MultiCoNer V2 corpus for the Semeval2023 workshop.",
                "NER_MULTI_CONER_V2") == "MultiCoNer V2"  # fmt: skip
    assert name("Initialize the CoNLL-2000 corpus for English chunking.", "CONLL_2000") == (
        "CoNLL-2000"
    )
    # one language's part of another release; identifiers; lower-case names
    assert name("Initialize the CoNLL-03 corpus for German. This is ...", "CONLL_03_GERMAN") is None
    assert name("Initialize the WEIBO_NER corpus. The first time ...", "NER_CHINESE_WEIBO") is None
    assert name("Initialize the eng corpus of the MIT Movie Corpus.", "NER_ENGLISH_MOVIE") is None


def test_pyod_detectors_are_taken_only_where_the_module_describes_a_network() -> None:
    detector = sources_more.pyod_detector
    doc = "Deep One-Class Classifier with AutoEncoder (AE) is a type of neural networks"
    assert detector("deep_svdd", "DeepSVDD", doc) == "DeepSVDD"
    assert detector("pyg_dominant", "DOMINANT", "DOMINANT: GCN autoencoder ...") == "DOMINANT"
    assert detector("deep_svdd", "InnerDeepSVDD", doc) is None  # a part, not the detector
    # classical detectors are algorithms, not networks
    assert detector("lof", "LOF", "Local Outlier Factor (LOF).") is None
    scan = "SCAN: Structural Clustering Algorithm for Networks."
    assert detector("pyg_scan", "SCAN", scan) is None


def test_reid_models_are_names_their_docstring_spells_out() -> None:
    name = sources_more.reid_model_name
    assert name("OSNet", "Omni-Scale Network.\n\n    Reference:\n        - Zhou et al.") == "OSNet"
    assert name("MLFN", "Multi-Level Factorisation Net.\n\n    Reference: Chang et al.") == "MLFN"
    assert name("NASNetAMobile", "Neural Architecture Search (NAS).\n\n    Reference:") is None
    assert name("MuDeep", "Multiscale deep neural network.\n\n    Reference: Qian") is None
    assert name("OSNet", "Omni-Scale Network.") is None  # no paper cited


def test_dgllife_models_are_what_a_docstring_introduces() -> None:
    name = sources_more.dgllife_model_name
    assert name("PAGTN model for regression. PAGTN is introduced in `Path-Augmented ...") == (
        "PAGTN"
    )
    assert name("Weisfeiler-Lehman Network (WLN) for Reaction Center Prediction.") == "WLN"
    assert name("DGMG model `Learning Deep Generative Models of Graphs <...>`__") == "DGMG"
    assert name("Two-layer MLP for regression or soft classification.") is None


def test_keras_hub_states_the_hub_ids_its_examples_load() -> None:
    example = 'embedder = TextEmbedder.from_preset(\n        "hf://BAAI/bge-m3",\n    )'
    assert sources_more._HF_PRESET.findall(example) == ["BAAI/bge-m3"]
    assert sources_more._HF_PRESET.findall('from_preset("bert_base_en")') == []


def test_denied_names_stay_out_and_other_packages_entries_stay(catalog: Catalog) -> None:
    # SpeechBrain's ContextNet is the speech model; pytorchcv's segmentation ContextNet
    # neither replaces it nor joins it.
    (contextnet,) = catalog.lookup("ContextNet")
    assert "pytorchcv" not in catalog.entries[contextnet].source
    denied = ("DARTS", "SimplePose", "PAN", "BRAX", "GRID", "NCI", "PPB", "VAE", "Masakhane")
    denied += ("DIF", "PCB", "NF", "MPNN", "MGCN")
    for name in denied:
        assert all(
            "pytorchcv" not in catalog.entries[e].source
            and "torchxrayvision" not in catalog.entries[e].source
            and "torchreid" not in catalog.entries[e].source
            and "segmentation-models-pytorch" not in catalog.entries[e].source
            and "deepchem" not in catalog.entries[e].source
            and "keras-hub" not in catalog.entries[e].source
            and "flair" not in catalog.entries[e].source
            and "pyod" not in catalog.entries[e].source
            and "dgllife" not in catalog.entries[e].source
            for e in catalog.lookup(name)
        ), name


def test_the_committed_files_hold_the_fourth_round(catalog: Catalog) -> None:
    assert catalog.lookup("DIA-ResNet") == ("model:dia-resnet",)
    assert catalog.lookup("SE-ResNet-50") == ("model:se-resnet-50",)
    assert catalog.lookup("LinkNet") == ("model:linknet",)
    assert catalog.lookup("MA-Net") == ("model:manet",)
    assert catalog.lookup("ChestX-ray14") == ("dataset:nih-chestx-ray14",)
    assert catalog.lookup("DukeMTMC-reID") == ("dataset:dukemtmc-reid",)
    assert catalog.lookup("VIPeR") == ("dataset:viper",)
    assert catalog.lookup("viper") == ()  # the snake: the name is kept only as cased
    assert catalog.lookup("BiDAF") == ("model:bidaf",)
    assert catalog.lookup("ESIM") == ("model:esim",)
    assert catalog.lookup("esim") == ()  # an eSIM card: a domain term, kept only as written
    assert catalog.lookup("QM7") == ("dataset:qm7",)
    assert catalog.lookup("VideoPrism") == ("model:videoprism",)
    assert catalog.lookup("MultiCoNER") == ("dataset:multiconer",)
    assert catalog.lookup("Deep SVDD") == ("model:deepsvdd",)
    assert catalog.lookup("OSNet") == ("model:osnet",)
    assert "pyod" not in catalog.entries[catalog.lookup("CoLA")[0]].source  # the data set


def test_allennlp_cards_name_only_their_own_registered_model() -> None:
    details = {"description": "This is an implementation of the BiDAF model with GloVe."}
    card = {"registered_model_name": "bidaf", "model_details": details}
    assert sources_more.allennlp_card_model(card) == "BiDAF"
    roberta = {"description": "This class implements the RoBERTa model for SNLI."}
    card = {"registered_model_name": "basic_classifier", "model_details": roberta}
    assert sources_more.allennlp_card_model(card) is None


def test_dgl_dataset_names_spell_their_class() -> None:
    name = sources_more.dgl_dataset_name
    assert name("ICEWS18Dataset", "ICEWS18 dataset for temporal graph") == "ICEWS18"
    assert name("TreeCycleDataset", "TREE-CYCLES dataset from `GNNExplainer ...`") == "TREE-CYCLES"
    assert name("WikiCSDataset", "Wiki-CS is a Wikipedia-based dataset for node ...") == "Wiki-CS"
    assert name("PPIDataset", "Protein-Protein Interaction dataset for inductive ...") is None
    assert name("FakeNewsDataset", "Fake News Graph Classification dataset.") is None
    assert name("KarateClubDataset", "Karate Club dataset for Node Classification") is None
    assert name("GeomGCNDataset", "Datasets introduced in `Geom-GCN: ...`") is None
    assert name("CoraBinary", "A mini-dataset for binary classification task using Cora.") is None


def test_kornia_feature_models_are_named_as_networks() -> None:
    name = sources_more.kornia_feature_model
    assert name("ALIKED", "ALIKED local feature detector and descriptor.") == "ALIKED"
    assert name("DISK", "nn.Module which detects ... using the DISK method.") == "DISK"
    assert name("DeDoDe", "nn.Module which ... using the DeDode method.") == "DeDoDe"
    assert name("KeyNet", "Key.Net model definition -- local feature detector.") == "KeyNet"
    assert name("SOLD2", 'nn.Module, which ... from the paper "SOLD²: Self-supervised') == "SOLD2"
    assert name("LightGlue", "Implement the LightGlue matcher for sparse features.") == "LightGlue"
    assert name("LightGlueMatcher", "LightGlue-based matcher in kornia API.") is None
    assert name("HardNet", "Module, which computes HardNet descriptors of patches.") is None
    assert name("SOLD2_detector", 'nn.Module ... the paper "SOLD²: Self-supervised') is None


def test_summary_title_names() -> None:
    def name(summary: str) -> str | None:  # the name alone: these summaries give no alias
        found = rules.summary_name(summary)
        return found[0] if found else None

    assert name("MuJoCo Physics Simulator") == "MuJoCo"
    assert name("MiniHack The Planet: A Sandbox for Open-Ended RL Research") == "MiniHack"
    assert name("ALFWorld - Aligning Text and Embodied Environments") == "ALFWorld"
    assert name("Microsoft Textworld - A Text-based Learning Environment.") is None
    assert name("robosuite: A Modular Simulation Framework") is None
    assert name("A differentiable physics engine written in JAX.") is None


def test_the_committed_files_hold_the_fifth_round(catalog: Catalog) -> None:
    assert catalog.lookup("LoFTR") == ("model:loftr",)
    assert catalog.lookup("DeDoDe") == ("model:dedode",)
    assert catalog.lookup("MiniHack-Room-5x5-v0") == ("dataset:minihack-room-5x5-v0",)
    assert catalog.lookup("MuJoCo") == ("dataset:mujoco",)
    assert catalog.lookup("TREE-CYCLES") == ("dataset:tree-cycles",)
    assert catalog.lookup("Minesweeper") == ()


def test_a_reader_appends_a_name_once_and_never_a_denied_one() -> None:
    denied = sources_more.denial(lambda *names: False, {"Transformer": "a method", "T": "a letter"})
    facts: list[rules.Fact] = []

    def append(name: str, source: str, *also: str) -> bool:
        return sources_more.append_new_fact(facts, denied, rules.Fact("model", "family", name,
                                                                       source), *also)  # fmt: skip

    assert append("TabNet", "first place")
    assert not append("TabNet", "second place")  # the first place is cited, no second source
    assert append("TABNET", "third place")  # another spelling is another fact here
    assert not append("Transformer", "a denied name")
    assert not append("Temporal Network", "a denied spelling it was read under", "T")
    assert [(f.name, f.source) for f in facts] == [("TabNet", "first place"),
                                                   ("TABNET", "third place")]  # fmt: skip
