"""The twelfth round of catalog sources (scripts/catalog/sources_round12.py): its name rules
on excerpts of the packages it reads, and what the committed files hold from them."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round12

# The openings of two classes of diffusers 0.42.1's pipelines/deprecated/ (audioldm, musicldm):
# MusicLDM's description follows a class attribute, so it is no docstring.
AUDIOLDM = '''\
class AudioLDMPipeline(DeprecatedPipelineMixin, DiffusionPipeline, StableDiffusionMixin):
    r"""
    Pipeline for text-to-audio generation using AudioLDM.

    This model inherits from [`DiffusionPipeline`].
    """

    _last_supported_version = "0.33.1"
'''
MUSICLDM = '''\
class MusicLDMPipeline(DeprecatedPipelineMixin, DiffusionPipeline, StableDiffusionMixin):
    _last_supported_version = "0.33.1"
    r"""
    Pipeline for text-to-audio generation using MusicLDM.

    This model inherits from [`DiffusionPipeline`].
    """
'''
DANCE = '''\
class DanceDiffusionPipeline(DeprecatedPipelineMixin, DiffusionPipeline):
    r"""
    Pipeline for audio generation.
    """
'''
ATTRIBUTES_ONLY = """\
class AmusedPipeline(DeprecatedPipelineMixin, DiffusionPipeline):
    _last_supported_version = "0.33.1"
    image_processor: VaeImageProcessor
"""


def test_a_deprecated_pipeline_names_its_model_in_its_description() -> None:
    assert sources_round12.deprecated_pipeline_model(AUDIOLDM) == "AudioLDM"
    # the description after `_last_supported_version`, which ast.get_docstring does not see
    assert sources_round12.deprecated_pipeline_model(MUSICLDM) == "MusicLDM"
    node = ast.parse(MUSICLDM).body[0]
    assert isinstance(node, ast.ClassDef)
    assert ast.get_docstring(node) is None
    assert sources_round12.class_description(node).strip().startswith("Pipeline for text-to")


def test_a_pipeline_without_a_named_model_names_nothing() -> None:
    assert sources_round12.deprecated_pipeline_model(DANCE) is None
    assert sources_round12.deprecated_pipeline_model(ATTRIBUTES_ONLY) is None
    node = ast.parse(ATTRIBUTES_ONLY).body[0]
    assert isinstance(node, ast.ClassDef)
    assert sources_round12.class_description(node) == ""


# mmpretrain 1.2.0's models/backbones/lenet.py LeNet5 docstring (opening).
LENET = """`LeNet5 <https://en.wikipedia.org/wiki/LeNet>`_ backbone.

    Args:
"""


def test_a_backbone_linked_to_its_article_is_named_by_the_article() -> None:
    assert sources_round12.article_backbone("LeNet5", LENET) == "LeNet"
    alexnet = "`AlexNet <https://en.wikipedia.org/wiki/AlexNet>`__ backbone.\n\n    Args:"
    assert sources_round12.article_backbone("AlexNet", alexnet) == "AlexNet"


def test_an_article_that_is_not_the_class_or_not_first_names_nothing() -> None:
    assert sources_round12.article_backbone("ResNet", LENET) is None
    hog = "`HOG <https://en.wikipedia.org/wiki/Histogram_of_oriented_gradients>`_ backbone."
    assert sources_round12.article_backbone("HOGGenerator", hog) is None
    assert sources_round12.article_backbone("LeNet5", "A backbone.\n\n" + LENET) is None


def test_a_reranker_class_names_the_model_its_name_spells() -> None:
    assert sources_round12.reranker_family("MonoT5Reranker", "MonoT5") == "MonoT5"
    assert sources_round12.reranker_family("FLANT5Reranker", "FLAN-T5") == "FLAN-T5"
    # a description, a name that is not the class's, a class that is not a reranker
    assert sources_round12.reranker_family("LlamaReranker", "LLAMA-Based") is None
    assert sources_round12.reranker_family("MonoT5Reranker", "BGE") is None
    assert sources_round12.reranker_family("MonoT5Wrapper", "MonoT5") is None
    assert sources_round12.reranker_family("MonoT5Reranker", None) is None


FAMILIES = {"bge": "BGE", "din": "DIN", "bert": "BERT", "monot5": "MonoT5"}


def test_a_registry_model_whose_reference_is_its_hub_page_joins_its_family() -> None:
    assert sources_round12.registry_checkpoint(
        "BAAI/bge-en-icl", "https://huggingface.co/BAAI/bge-en-icl", True, FAMILIES
    ) == ("bge-en-icl", "BGE")
    assert sources_round12.registry_checkpoint(
        "castorini/monot5-3b-msmarco-10k",
        "https://huggingface.co/castorini/monot5-3b-msmarco-10k/",
        True,
        FAMILIES,
    ) == ("monot5-3b-msmarco-10k", "MonoT5")


def test_a_registry_model_is_not_taken_without_its_hub_page_a_family_or_open_weights() -> None:
    page = "https://huggingface.co/{}"
    checkpoint = sources_round12.registry_checkpoint
    # a family that only starts the name's first part, or is the whole name
    for hf_id in ("judicialmind/dinghy-law-0.6b-v1", "x/BERTA", "x/bert"):
        assert checkpoint(hf_id, page.format(hf_id), True, FAMILIES) is None
    # a reference to another page, closed weights, no organisation, a test fixture
    assert (
        sources_round12.registry_checkpoint(
            "BAAI/bge-en-icl", "https://arxiv.org/abs/2409.15700", True, FAMILIES
        )
        is None
    )
    assert (
        sources_round12.registry_checkpoint(
            "BAAI/bge-en-icl", page.format("BAAI/bge-en-icl"), False, FAMILIES
        )
        is None
    )
    assert sources_round12.registry_checkpoint("bge-en-icl", None, True, FAMILIES) is None
    fixture = "hf-internal-testing/bge-tiny"
    assert checkpoint(fixture, page.format(fixture), True, FAMILIES) is None


# torch-geometric 2.8.1's nn/models/tgn.py TGNMemory docstring (opening), espnet 202511's
# espnet2/s2st/synthesizer/translatotron2.py DurationPredictor docstring.
TGN = """The Temporal Graph Network (TGN) memory model from the
    `"Temporal Graph Networks for Deep Learning on Dynamic Graphs"
    <https://arxiv.org/abs/2006.10637>`_ paper.
"""
NAT = "Non-Attentive Tacotron (NAT) Duration Predictor module."


def test_a_part_names_the_model_it_belongs_to() -> None:
    assert sources_round12.component_model("TGNMemory", TGN, set()) == (
        "TGN",
        "Temporal Graph Network",
    )
    assert sources_round12.component_model("DurationPredictor", NAT, {"tacotron"}) == (
        "NAT",
        "Non-Attentive Tacotron",
    )
    prenet = "Non-Attentive Tacotron (NAT) Prenet."
    assert sources_round12.component_model("Prenet", prenet, {"tacotron"}) == (
        "NAT",
        "Non-Attentive Tacotron",
    )


def test_a_loss_a_layer_or_another_class_names_no_model() -> None:
    # not called a model, and the long form ends with no known family
    assert sources_round12.component_model("DurationPredictor", NAT, set()) is None
    bpr = "The Bayesian Personalized Ranking (BPR) loss."
    assert sources_round12.component_model("BPRLoss", bpr, {"tacotron"}) is None
    gau = "Gated Attention Unit (GAU) Encoder."
    assert sources_round12.component_model("GAUEncoder", gau, {"tacotron"}) is None
    # the part is not the class
    assert sources_round12.component_model("TGN", TGN, set()) is None
    assert sources_round12.component_model("Decoder", NAT, {"tacotron"}) is None


def test_denied_names_have_reasons() -> None:
    assert set(sources_round12.DENY_ROUND12) == {"BTC", "ConvLSTM", "NAT", "FollowIR"}
    assert all(reason for reason in sources_round12.DENY_ROUND12.values())


def test_the_committed_files_hold_the_twelfth_round(catalog: Catalog) -> None:
    # diffusers' deprecated pipelines
    (audioldm,) = catalog.lookup("AudioLDM")
    assert "pipelines/deprecated/audioldm" in catalog.entries[audioldm].source
    assert audioldm not in catalog.lookup("AudioLDM2")
    assert catalog.lookup("MusicLDM")
    # torchgeo's long forms; ConvLSTM and BTC denied
    (farseg,) = catalog.lookup("FarSeg")
    assert "torchgeo 0.8.1: models/farseg.py" in catalog.entries[farseg].source
    assert not catalog.lookup("ConvLSTM")
    assert not catalog.lookup("BTC")
    # mmpretrain's LeNet
    (lenet,) = catalog.lookup("LeNet")
    assert "mmpretrain 1.2.0: models/backbones/lenet.py" in catalog.entries[lenet].source
    # mteb: MonoT5, and bge-en-icl with its Hub id, a checkpoint of BGE
    (monot5,) = catalog.lookup("MonoT5")
    assert "MonoT5Reranker.name" in catalog.entries[monot5].source
    (icl,) = catalog.lookup("bge-en-icl")
    assert catalog.entries[icl].hf_id == "BAAI/bge-en-icl"
    assert catalog.entries[icl].level == "checkpoint"
    # parts naming their model: TGN; the Non-Attentive Tacotron, without "NAT"
    assert "TGNMemory docstring" in catalog.entries[catalog.lookup("TGN")[0]].source
    assert catalog.lookup("Non-Attentive Tacotron")
    (nat,) = catalog.lookup("Non-Attentive Tacotron")
    assert nat not in catalog.lookup("NAT")
