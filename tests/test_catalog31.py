"""The thirty-first round of catalog sources (scripts/catalog/sources_round31.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round31


def test_the_hub_links_of_a_description() -> None:
    # chronos-forecasting 2.3.2, uni2ts 2.0.0 and swebench 5.0.2 package descriptions, abridged
    description = (
        "| [`amazon/chronos-bolt-tiny`](https://huggingface.co/amazon/chronos-bolt-tiny) |\n"
        "- [Chronos-2](https://huggingface.co/amazon/chronos-2) released.\n"
        "[Models](https://huggingface.co/collections/amazon/chronos-models-65f1791d)\n"
        "[Leaderboard](https://huggingface.co/spaces/Salesforce/GIFT-Eval)\n"
        "| [💿 SWE-bench Lite](https://huggingface.co/datasets/SWE-bench/SWE-bench_Lite) |\n"
    )
    assert sources_round31.hub_links(description) == [
        ("amazon/chronos-bolt-tiny", "amazon/chronos-bolt-tiny", False),
        ("Chronos-2", "amazon/chronos-2", False),
        ("SWE-bench Lite", "SWE-bench/SWE-bench_Lite", True),
    ]


def test_a_link_names_its_repo_by_its_text_or_the_repo() -> None:
    named = sources_round31.linked_name
    assert named("amazon/chronos-t5-tiny", "amazon/chronos-t5-tiny", True) == (
        "chronos-t5-tiny", [])  # fmt: skip
    assert named("Chronos-2", "amazon/chronos-2", True) == ("Chronos-2", [])
    assert named("SWE-bench Lite", "SWE-bench/SWE-bench_Lite", False) == ("SWE-bench Lite", [])
    assert named("Moirai-MoE-Small", "Salesforce/moirai-moe-1.0-R-small", True) == (
        "moirai-moe-1.0-R-small", ["Moirai-MoE-Small"])  # fmt: skip
    assert named("small", "Salesforce/moirai-1.1-R-small", True) == ("moirai-1.1-R-small", [])
    # Texts that name the repo otherwise, or a variant in parentheses, give nothing.
    assert named("BM25 Retrieval 13K", "princeton-nlp/SWE-bench_bm25_13K", False) is None
    assert named("dataset", "SWE-bench/SWE-bench_Multimodal", False) is None
    assert named("SWE-Llama 13b (PEFT)", "princeton-nlp/SWE-Llama-13b-peft", True) is None
    assert named("Moirai-MoE-Small", "Salesforce/moirai-moe-1.0-R-small", False) is None


def test_families_are_bullets_and_paper_links_that_name_the_repos() -> None:
    description = (
        "- **20 Oct 2025**: released.\n"
        "- **Chronos-2**: Our latest model.\n"
        "- **Chronos-Bolt**: A patch-based variant of Chronos.\n"
        "- **Chronos**: The original Chronos family.\n"
        "- **fev**: a benchmarking package.\n"
    )
    repos = ["chronos-2", "chronos-bolt-tiny", "chronos-t5-tiny"]
    assert sources_round31.bullet_families(description, repos) == [
        "Chronos-2", "Chronos-Bolt", "Chronos"]  # fmt: skip
    papers = ("[Moirai Paper](https://arxiv.org/abs/2402.02592), [Moirai Salesforce Blog]"
              "(https://blog.example/moirai/), "
              "[Moirai-MoE Paper](https://arxiv.org/abs/2410.10469)")  # fmt: skip
    assert sources_round31.paper_families(papers) == ["Moirai", "Moirai-MoE"]


def test_a_checkpoint_is_of_the_longest_family_its_name_opens_with() -> None:
    families = {"chronos": "Chronos", "chronosbolt": "Chronos-Bolt", "chronos2": "Chronos-2",
                "timesfm3.0": "TimesFM 3.0", "timesfm": "TimesFm"}  # fmt: skip
    family = sources_round31.family_of
    assert family("chronos-bolt-tiny", families) == "Chronos-Bolt"
    assert family("chronos-t5-tiny", families) == "Chronos"
    assert family("chronos-2-small", families) == "Chronos-2"
    assert family("chronos-20b", families) == "Chronos"  # not Chronos-2
    assert family("timesfm-3.0-pytorch", families) == "TimesFM 3.0"
    assert sources_round31.sized_family("SWE-Llama 13b") == "SWE-Llama"
    assert sources_round31.sized_family("chronos-t5-tiny") is None
    assert sources_round31.sized_family("Llama 7b") is None


def test_a_long_form_link_is_named_by_its_abbreviation() -> None:
    # uni2ts 2.0.0 package description
    text = "Large-scale Open Time Series Archive (LOTSA data)"
    assert sources_round31.abbreviated_link(text, "Salesforce/lotsa_data") == (
        "LOTSA", ["Large-scale Open Time Series Archive"])  # fmt: skip
    assert sources_round31.abbreviated_link(text, "Salesforce/other") is None
    assert sources_round31.abbreviated_link("Open Time Series (LOTSA)", "x/lotsa") is None


def test_the_coined_items_of_a_table_column() -> None:
    # salesforce-lavis 1.0.2 package description, abridged
    description = (
        "| Tasks | Supported Models | Supported Datasets |\n"
        "| :---: | :---: | :---: |\n"
        "| Image-text Pre-training | ALBEF, BLIP | COCO, VisualGenome, SBU ConceptualCaptions |\n"
        "| Video-text Retrieval | BLIP, ALPRO | MSRVTT, DiDeMo |\n"
        "| Multimodal Feature Extraction | ALBEF, CLIP | customized |\n"
        "| Text-to-image Generation | [COMING SOON] | |\n"
    )
    assert sources_round31.table_names(description, "Supported Models") == [
        ("ALBEF", "Image-text Pre-training"), ("BLIP", "Image-text Pre-training"),
        ("ALPRO", "Video-text Retrieval"), ("CLIP", "Multimodal Feature Extraction")]  # fmt: skip
    assert [n for n, _ in sources_round31.table_names(description, "Supported Datasets")] == [
        "COCO", "VisualGenome", "MSRVTT", "DiDeMo"]  # fmt: skip


def test_a_benchmark_pretty_name_that_is_a_name() -> None:
    # evalscope 1.14.1 benchmarks/*/ BenchmarkMeta pretty_name
    name = sources_round31.benchmark_name
    for pretty in ("GSM8K", "MMLU-Pro", "OpenAI MRCR", "olmOCR-Bench", "AIME-2024"):
        assert name(pretty) == pretty
    for pretty in ("SWE-bench_Lite", "BhashaBench-V1 (Finance)", "JevBench public subset",
                   "τ-bench", "$OneMillion-Bench", "RewardBench v1 (pairwise)"):  # fmt: skip
        assert name(pretty) is None, pretty


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round31.DENY_ROUND31.values())
    assert sources_round31._denied("AMC") and sources_round31._denied("GaussianCopula")


def test_the_committed_files_hold_the_thirty_first_round(catalog: Catalog) -> None:
    expected = {
        "chronos-forecasting": ("Chronos", "Chronos-2", "Chronos-Bolt"),
        "uni2ts": ("Moirai", "Moirai-MoE", "moirai-moe-1.0-R-small", "moirai-1.1-R-base", "LOTSA"),
        "timesfm": ("timesfm-3.0-pytorch",),
        "swebench": ("SWE-bench Lite", "SWE-bench Multimodal"),
        "salesforce-lavis": ("ALBEF", "ALPRO", "VGD-GPT", "AVSD", "VisDial", "A-OKVQA"),
        "evalscope": ("BabyVision", "OCRBench", "MMStar", "SuperGPQA", "HallusionBench",
                      "SimpleQA", "GPQA-Diamond"),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    (chronos2,) = catalog.lookup("Chronos-2")
    assert catalog.entries[chronos2].hf_id == "amazon/chronos-2"
    (small,) = catalog.lookup("moirai-moe-1.0-R-small")
    assert catalog.entries[small].hf_id == "Salesforce/moirai-moe-1.0-R-small"
    assert [link.target for link in catalog.lineage[small]] == ["model:moirai-moe"]
    # The link's text "Moirai-MoE-Small" lacks the release the repo's name has (1.0): the
    # generator's digit rule keeps it from being an alias.
    assert not catalog.lookup("Moirai-MoE-Small")
    # LOTSA's long form is ordinary words to the guard, left out (its "LOTSA Data" is kept).
    assert catalog.lookup("LOTSA Data") == catalog.lookup("LOTSA")
    assert not catalog.lookup("Large-scale Open Time Series Archive")
    # A repo linked for a data set a source named before does not change its id.
    assert catalog.lookup("SWE-bench Verified") == ("dataset:swe-bench-verified",)
    (pytorch,) = catalog.lookup("timesfm-3.0-pytorch")
    assert [link.target for link in catalog.lineage[pytorch]] == ["model:timesfm-3.0"]
    # evalscope's spellings join the entries read before: one AIME 2024, one InfographicVQA.
    assert catalog.lookup("AIME-2024") == catalog.lookup("AIME 2024")
    assert catalog.lookup("InfoVQA") == catalog.lookup("InfographicVQA")
    # Left out: the denied names and evalscope's adapters for a user's own data.
    for word in ("AMC", "VLMs Are Biased", "STS-B Decision", "General-QA", "Data-Collection",
                 "DrivelologyNarrativeWriting", "Toolathlon Official Service Wrapper",
                 "FRAMES", "SWE-Llama", "SWE-Llama 13b"):  # fmt: skip
        assert not catalog.lookup(word), word


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    # The Chronos generations, the Moirai releases and sizes and the SWE-bench variants are
    # each their own entry; evalscope's Indic versions are not the originals.
    pairs = [("Chronos", "Chronos-2"), ("Chronos", "Chronos-Bolt"),
             ("Chronos-2", "Chronos-Bolt"),
             ("Moirai", "Moirai-MoE"), ("moirai-1.1-R-small", "moirai-1.1-R-base"),
             ("Moirai-2.0-R-small", "moirai-1.1-R-small"),
             ("moirai-moe-1.0-R-small", "moirai-moe-1.0-R-base"),
             ("SWE-bench", "SWE-bench Lite"), ("SWE-bench Lite", "SWE-bench Verified"),
             ("SWE-bench Multimodal", "SWE-bench"),
             ("GSM8K", "GSM8K-Indic"), ("BoolQ", "BoolQ-Indic"), ("HMMT25", "HMMT26"),
             ("OCRBench", "OCRBench-v2"), ("MMMU", "MMMU-PRO"), ("ALBEF", "BLIP")]  # fmt: skip
    assert_apart(catalog, pairs)
    text = ("We compare Chronos-Bolt, Chronos-2 and Moirai-MoE on LOTSA, and evaluate "
            "agents on SWE-bench Lite; ALBEF is tested on VisDial and BabyVision.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface["Chronos-Bolt"] == "Chronos-Bolt"
    assert by_surface["Chronos-2"] == "Chronos-2"
    assert by_surface["Moirai-MoE"] == "Moirai-MoE"
    assert by_surface["LOTSA"] == "LOTSA"
    assert by_surface["SWE-bench Lite"] == "SWE-bench Lite"
    assert by_surface["ALBEF"] == "ALBEF"
    assert by_surface["VisDial"] == "VisDial"
    # The denied names link nothing in plain text.
    plain = ("VLMs are biased toward text; AMC signals are classified; the I-frames and "
             "residual frames are encoded.")  # fmt: skip
    assert names_by_surface(linker, plain) == {}
