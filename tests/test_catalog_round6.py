"""The sixth round of catalog sources (scripts/catalog/sources_round6.py): its name rules on
excerpts of the packages it reads, and what the committed files hold from them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round6

# Folded family names and aliases -> family name, as build_catalog passes them.
FAMILIES = {
    rules.norm(text): name
    for name, texts in {
        "LLaMA": ["LLaMA", "Llama"],
        "Llama 2": ["Llama 2", "Llama-2"],
        "Code Llama": ["Code Llama", "CodeLlama"],
        "Qwen2.5": ["Qwen2.5"],
        "DeepSeek-R1": ["DeepSeek-R1"],
        "StableLM": ["StableLM"],
        "Zephyr": ["Zephyr"],
        "Mixtral": ["Mixtral"],
    }.items()
    for text in texts
}


@pytest.mark.parametrize(
    ("hub_name", "expected"),
    [
        ("Llama-2-7b-chat-hf", ("Llama-2-7b-chat", "Llama 2")),
        ("CodeLlama-7b-Python-hf", ("CodeLlama-7b-Python", "Code Llama")),
        ("Qwen2.5-Math-7B-Instruct", ("Qwen2.5-Math-7B-Instruct", "Qwen2.5")),
        ("Mixtral-8x22B-Instruct-v0.1", ("Mixtral-8x22B-Instruct-v0.1", "Mixtral")),
        # a later release of a family the catalog does not know is not LLaMA's checkpoint
        ("Llama-3.1-8B", None),
        # no size: a release, not a sized checkpoint
        ("Qwen2.5-Turbo", None),
        ("StableLM-Instruct", None),
        # a second family after the first: a derivative whose lineage litgpt does not state
        ("DeepSeek-R1-Distill-Llama-8B", None),
        ("stablelm-zephyr-3b", None),
        # no known family at all
        ("salamandra-7b", None),
    ],
)  # fmt: skip
def test_litgpt_checkpoints_join_the_family_they_are_named_after(
    hub_name: str, expected: tuple[str, str] | None
) -> None:
    assert sources_round6.litgpt_checkpoint(hub_name, FAMILIES) == expected


def test_sacrebleu_test_sets_are_spelled_as_the_registry_writes_them() -> None:
    descriptions = [
        "Official evaluation data for WMT22.",
        "Official evaluation data.",
        "2016 flickr test set of Multi30k dataset",
        "mTEDx evaluation data",
    ]
    assert sources_round6.sacrebleu_test_set("wmt22", descriptions) == "WMT22"
    wmt21 = ["Official evaluation data for WMT21 with reference B."]
    assert sources_round6.sacrebleu_test_set("wmt21/B", wmt21) == "WMT21"
    assert sources_round6.sacrebleu_test_set("wmt15", descriptions) == "wmt15"
    assert sources_round6.sacrebleu_test_set("multi30k/2016", descriptions) == "Multi30k"
    assert sources_round6.sacrebleu_test_set("mtedx/test", descriptions) == "mTEDx"
    assert sources_round6.sacrebleu_test_set("wikipedia", ["Wikipedia pages"]) is None


@pytest.mark.parametrize(
    ("class_name", "doc", "name"),
    [
        ("PixArtAlphaPipeline", "Pipeline for text-to-image generation using PixArt-Alpha.\n\n"
         "This model inherits from ...", "PixArt-Alpha"),
        ("KandinskyCombinedPipeline", "Combined Pipeline for text-to-image generation using "
         "Kandinsky\n\nArgs: ...", "Kandinsky"),
        ("SanaSprintPipeline", "Pipeline for text-to-image generation using "
         "[SANA-Sprint](https://huggingface.co/papers/2503.09641).", "SANA-Sprint"),
        ("QwenImageEditPipeline", "The Qwen-Image-Edit pipeline for image editing.",
         "Qwen-Image-Edit"),
        ("StableDiffusionXLControlNetPipeline", "Pipeline for text-to-image generation using "
         "Stable Diffusion XL with ControlNet guidance.", "Stable Diffusion XL"),
        # a class, another spelling of the version, a description: not the class's name
        ("ErnieImagePipeline", "Pipeline for text-to-image generation using "
         "ErnieImageTransformer2DModel.", None),
        ("Kandinsky5T2IPipeline", "Pipeline for text-to-image generation using Kandinsky 5.0.",
         None),
        ("LatentConsistencyModelPipeline", "Pipeline for text-to-image generation using a "
         "latent consistency model.", None),
        ("StableUnCLIPPipeline", "Pipeline for text-to-image generation using stable unCLIP.",
         None),
        ("DDIMPipeline", "Pipeline for image generation.", None),
        ("FluxTransformer2DModel", "The Flux pipeline for text-to-image generation.", None),
    ],
)  # fmt: skip
def test_diffusers_pipelines_name_the_model_they_generate_with(
    class_name: str, doc: str, name: str | None
) -> None:
    assert sources_round6.diffusers_pipeline_model(class_name, doc) == name


def test_torchgeo_data_sets_are_one_word_spelling_their_class() -> None:
    name = sources_round6.torchgeo_dataset_name
    assert name("LEVIRCD", "LEVIR-CD dataset.\n\n    The LEVIR-CD dataset ...") == "LEVIR-CD"
    assert name("LandCoverAI", "LandCover.ai dataset.") == "LandCover.ai"
    assert name("MillionAID", "Million-AID Dataset.") == "Million-AID"
    # another name than the class's, descriptions, base classes, several words
    assert name("RESISC45", "NWPU-RESISC45 dataset.") is None
    assert name("CDL", "Cropland Data Layer (CDL) dataset.") is None
    assert name("LEVIRCDBase", "Abstract base class for the LEVIRCD datasets.") is None
    assert name("BRIGHTDFC2025", "BRIGHT DFC2025 dataset.") is None
    assert name("EuroSAT100", "Subset of EuroSAT containing only 100 images.") is None


def test_schnetpack_names_are_classes_their_docstring_opens_with() -> None:
    name = sources_round6.schnetpack_name
    doc = "SchNet architecture for learning representations ...\n\nReferences: .. [#schnet1]"
    assert name("SchNet", doc, "model") == "SchNet"
    assert (
        name("PaiNN", "PaiNN - polarizable interaction neural network\n\nReferences:", "model")
        == "PaiNN"
    )
    assert name("PaiNNInteraction", "PaiNN interaction block for modeling ...", "model") is None
    assert name("SchNet", "SchNet architecture for learning ...", "model") is None  # no reference
    assert name("QM7X", "QM7-X a comprehensive dataset of > 40 properties.", "dataset") == "QM7-X"
    assert name("TMQM", "tmQM database of Ballcells 2020 of ...", "dataset") == "tmQM"
    assert name("ISO17", "ISO17 benchmark data set for molecular dynamics.", "dataset") == "ISO17"
    assert name("rMD17", "Revised MD17 benchmark data set for ...", "dataset") is None
    assert (
        name("MaterialsProject", "Materials Project (MP) database of bulk ...", "dataset") is None
    )


def test_inspect_evals_benchmarks_are_what_a_title_names_before_its_subtitle() -> None:
    name = sources_round6.eval_title_name
    assert name("GPQA: Graduate-Level STEM Knowledge Challenge") == ("GPQA", [])
    assert name("AIME 2025: Problems from the American ...") == ("AIME 2025", [])
    assert name("InstrumentalEval - Evaluating the Paperclip Maximizer: ...") == (
        "InstrumentalEval",
        [],
    )
    assert name("BIG-Bench Extra Hard") == ("BIG-Bench Extra Hard", [])
    assert name("Needle in a Haystack (NIAH): In-Context Retrieval ...") == (
        "Needle in a Haystack",
        ["NIAH"],
    )
    # two names, identifiers, symbols, no capital
    assert name("SimpleQA/SimpleQA Verified: Measuring short-form factuality") is None
    assert name("CyberSecEval_2: Cybersecurity Risk and Vulnerability Evaluation") is None
    assert name("V*Bench: A Visual QA Benchmark") is None
    assert name("b3: Backbone Breaker Benchmark") is None  # no capital: also vitamin B3
    assert name("the art of saying no") is None


def test_the_committed_files_hold_the_sixth_round(catalog: Catalog) -> None:
    assert catalog.lookup("Qwen3-4B") == ("model:hf:Qwen/Qwen3-4B",)
    assert catalog.lookup("CodeLlama-7b-Python") == ("model:hf:codellama/CodeLlama-7b-Python-hf",)
    assert catalog.lookup("WMT22") == ("dataset:wmt22",)
    assert catalog.lookup("WMT17") == ("dataset:wmt17",)
    # guard pairs stay apart: sizes and releases are separate entries
    assert catalog.lookup("Qwen3-4B") != catalog.lookup("Qwen3-14B")
    assert catalog.lookup("WMT14") != catalog.lookup("WMT17")
    # derivatives named after two families are not generated
    assert catalog.lookup("DeepSeek-R1-Distill-Llama-8B") == ()
    assert catalog.lookup("PixArt-Sigma") == ("model:pixart-sigma",)
    assert catalog.lookup("CogVideoX") == ("model:cogvideox",)
    # ordinary words stay out: the pipelines named Latte, Wan, Allegro, Marigold
    assert all("diffusers" not in catalog.entries[e].source for e in catalog.lookup("Latte"))
    # GLM-Image stays transformers' checkpoint with its Hub id
    assert catalog.lookup("GLM-Image") == ("model:hf:zai-org/GLM-Image",)
    assert catalog.lookup("LEVIR-CD") == ("dataset:levir-cd",)
    assert catalog.lookup("xView2") == ("dataset:xview2",)
    # denied: the game, the satellite mission, the reporting guideline, the map service
    for denied in ("DOTA", "Sentinel-2", "PRISMA", "OpenStreetMap", "ADVANCE"):
        assert all("torchgeo" not in catalog.entries[e].source for e in catalog.lookup(denied))
    assert catalog.lookup("PaiNN") == ("model:painn",)
    assert catalog.lookup("ANI-1") == ("dataset:ani1",)
    assert catalog.lookup("MD22") != catalog.lookup("MD17")
    assert catalog.lookup("SWE-bench Verified") == ("dataset:swe-bench-verified",)
    assert catalog.lookup("SWE-bench Verified") != catalog.lookup("SWE-bench")
    assert catalog.lookup("AIME 2025") == ("dataset:aime-2025",)
    for denied in ("Sycophancy Eval", "WorldSense", "MASK", "SAD"):
        assert all("inspect-evals" not in catalog.entries[e].source for e in catalog.lookup(denied))
    qwen = catalog.entries[catalog.lookup("Qwen3-4B")[0]]
    assert "litgpt 0.5.13: config.py" in qwen.source
