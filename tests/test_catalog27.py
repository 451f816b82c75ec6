"""The twenty-seventh round of catalog sources (scripts/catalog/sources_round27.py): the rules on
excerpts of the packages read (crfm-helm, opencompass, fiftyone), what the committed files
hold, and that sizes and releases stay apart."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round27
from rules import norm

# The families known before the round, as build_catalog passes them (norm -> name).
_KNOWN = "Llama-2 Llama-3 Qwen1.5 Qwen2 Qwen2.5 Gemma-2 GPT DBRX Mistral InternLM2 WizardLM"
_FAMILIES = {norm(name): name for name in _KNOWN.split()}


def test_a_helm_display_name_keeps_its_size_apart() -> None:
    name = sources_round27.helm_display_name
    # crfm-helm 0.5.16 config/model_metadata.yaml display_name values
    assert name("Llama 2 (70B)") == ("Llama 2", "70B")
    assert name("GPT-4 (0314)") == ("GPT-4", None)
    assert name("Claude 4 Sonnet (20250514, extended thinking)") == ("Claude 4 Sonnet", None)
    assert name("Mixtral (8x22B)") == ("Mixtral", "8x22B")
    assert name("Llama 4 Maverick (17Bx128E) Instruct FP8") == (
        "Llama 4 Maverick Instruct FP8",
        "17Bx128E",
    )
    assert name("SEA-LION 7B") == ("SEA-LION 7B", "7B")
    assert name("Jais-family-1p3b-chat") == ("Jais-family-1p3b-chat", "1p3b")
    assert name("PhoGPT 7B5 Instruct") == ("PhoGPT 7B5 Instruct", "7B5")
    assert name("Llama 3.1 8b Instruct on Amazon Bedrock.") is None
    assert name("GPT-4o mini Transcribe + GPT-4o (2024-11-20)") is None
    spelling = sources_round27.display_spelling
    assert spelling("Llama 2 Chat", "7B") == "Llama 2 Chat 7B"
    assert spelling("SEA-LION 7B", "7B") is None
    assert spelling("GPT-4", None) is None


def test_a_sized_checkpoint_is_a_release_of_a_known_family() -> None:
    checkpoint = sources_round27.sized_checkpoint
    assert checkpoint("Qwen2-57B-A14B-Instruct", _FAMILIES) == ("Qwen2-57B-A14B-Instruct", "Qwen2")
    assert checkpoint("llama-2-70b", _FAMILIES) == ("llama-2-70b", "Llama-2")
    assert checkpoint("internlm2-chat-7b-sft", _FAMILIES) == ("internlm2-chat-7b-sft", "InternLM2")
    assert checkpoint("WizardLM-13B-V1.2", _FAMILIES) == ("WizardLM-13B-V1.2", "WizardLM")
    # Another model made from the family (continued pre-training, a fine-tune by others, a
    # vision-language sibling whose family is not known): no lineage is stated.
    assert checkpoint("gemma2-9b-cpt-sea-lionv3-base", _FAMILIES) is None
    assert checkpoint("llama-3-typhoon-v1.5x-70b-instruct", _FAMILIES) is None
    assert checkpoint("gpt-neoxt-chat-base-20b", _FAMILIES) is None
    assert checkpoint("qwen2.5-vl-7b-instruct", _FAMILIES) is None
    # litgpt's rule: a version after the family, no size, a second family.
    assert checkpoint("Llama-3.1-8B", {norm("Llama"): "Llama"}) is None
    assert checkpoint("dbrx-instruct", _FAMILIES) is None
    assert checkpoint("mistral-7b-wizardlm", _FAMILIES) is None


def test_an_unsized_release_of_a_family_is_no_family() -> None:
    release = sources_round27.release_of
    assert release(["DBRX", "Instruct"], _FAMILIES) == "DBRX"
    assert release(["Reka", "Core", "20240415"], {norm("Reka-Core"): "Reka-Core"}) == "Reka-Core"
    # A version after the family names a model of its own; so does a word not a qualifier.
    assert release(["GPT", "4.5"], _FAMILIES) is None
    assert release(["Mistral", "Large", "2"], _FAMILIES) is None
    assert release(["Quyen", "Pro", "Max"], _FAMILIES) is None


def test_hub_ids_are_stated_repos_and_one_per_name() -> None:
    assert sources_round27.hub_id("meta-llama/Llama-2-7b-hf") == "meta-llama/Llama-2-7b-hf"
    for value in ("./models/mixtral/mixtral-8x7b-32kseqlen", "gpt-4", "Bailing-Lite-1116", None):
        assert sources_round27.hub_id(value) is None
    hubs = {norm("Mistral-7B-v0.2"): "unsloth/Mistral-7B-v0.2"}
    one = sources_round27.one_hub
    assert one("Mistral-7B-v0.2", "mistral-community/Mistral-7B-v0.2", hubs) is None
    assert one("Mistral-7B-v0.2", "unsloth/Mistral-7B-v0.2", hubs) == "unsloth/Mistral-7B-v0.2"
    assert one("Qwen2-0.5B", "Qwen/Qwen2-0.5B", hubs) == "Qwen/Qwen2-0.5B"
    assert one("Qwen2-0.5B", None, hubs) is None


def test_a_zoo_docstring_names_its_data_set() -> None:
    name = sources_round27.zoo_dataset_name
    # fiftyone 1.22.1 zoo/datasets/base.py and tf.py class docstrings
    assert name("caltech101", "The Caltech-101 dataset of images.") == ("Caltech-101", [])
    assert name("lfw", "Labeled Faces in the Wild is a public benchmark for face "
                "verification.") == ("Labeled Faces in the Wild", [])  # fmt: skip
    doc = "Families in the Wild is a public benchmark for recognizing families. FIW is ..."
    assert name("fiw", doc) == ("Families in the Wild", ["FIW"])
    assert name("sama-coco", "Sama-COCO is a large-scale object detection ...") == ("Sama-COCO", [])
    assert name("coco-2014", "COCO is a large-scale object detection dataset. ... the COCO "
                "2014 dataset ...") == ("COCO 2014", [])  # fmt: skip
    assert name("quickstart", "A small dataset with ground truth bounding boxes.") is None
    assert name("imagenet-sample", "A small sample of images from the ImageNet 2012 "
                "dataset.") is None  # fmt: skip


def test_denied_names_have_reasons() -> None:
    for name, reason in sources_round27.DENY_ROUND27.items():
        assert name and len(reason) > 20, name


def test_the_committed_files_hold_the_twenty_seventh_round(catalog: Catalog) -> None:
    for name, source in (
        ("Qwen1.5-7B-Chat", "crfm-helm 0.5.16: config/model_metadata.yaml qwen/qwen1.5-7b-chat"),
        ("InternLM2-Chat-20B", "opencompass 0.5.4: configs/models/hf_internlm/"),
        ("GPT-4.5", "crfm-helm 0.5.16: config/model_metadata.yaml openai/gpt-4.5"),
        ("Sama-COCO", "fiftyone 1.22.1: zoo/datasets/base.py SamaCOCODataset"),
        ("BDD100K", "fiftyone 1.22.1: zoo/datasets/base.py BDD100KDataset"),
    ):
        (found,) = catalog.lookup(name)
        assert source in catalog.entries[found].source, name
    (chat,) = catalog.lookup("Qwen1.5-7B-Chat")
    assert catalog.entries[chat].hf_id == "Qwen/Qwen1.5-7B-Chat"
    # HELM's display spelling with its size is an alias of the same checkpoint.
    assert catalog.lookup("Qwen1.5 Chat 7B") == (chat,)
    # An earlier source's repo stays the entry's Hub id (one_hub).
    (mistral,) = catalog.lookup("Mistral-7B-v0.2")
    assert catalog.entries[mistral].hf_id == "unsloth/Mistral-7B-v0.2"
    for name in ("MedLM", "Neurips Local", "DBRX Instruct", "gemma2-9b-cpt-sea-lionv3-base",
                 "gpt-neoxt-chat-base-20b", "quickstart"):  # fmt: skip
        assert not catalog.lookup(name), name


def test_sizes_and_releases_stay_apart(catalog: Catalog, linker: Linker) -> None:
    (small,) = catalog.lookup("Qwen1.5-7B-Chat")
    (large,) = catalog.lookup("Qwen1.5-14B-Chat")
    (base,) = catalog.lookup("Qwen1.5-32B")
    (chat32,) = catalog.lookup("Qwen1.5-32B-Chat")
    assert len({small, large, base, chat32}) == 4
    (gpt45,) = catalog.lookup("GPT-4.5")
    (gpt4,) = catalog.lookup("GPT-4")
    assert gpt45 != gpt4
    text = "We fine-tune Qwen1.5-14B-Chat and compare with GPT-4.5 on BDD100K."
    by_surface = names_by_surface(linker, text)
    assert by_surface["Qwen1.5-14B-Chat"] == "Qwen1.5-14B-Chat"
    assert by_surface["GPT-4.5"] == "GPT-4.5"
    assert by_surface["BDD100K"] == "BDD100K"
