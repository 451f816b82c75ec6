"""The sixty-second round of catalog sources (scripts/catalog/sources_round62.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package and version), the denials, and guard pairs for names a neighbour could be confused
with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round62


def test_vlmeval_supported_benchmarks() -> None:
    # ms-vlmeval 0.0.20's description (news items, shortened)
    description = (
        "- **[2025-07-07]** Supported [**SeePhys**](https://seephys.github.io/), which is a "
        "full spectrum multimodal benchmark for evaluating physics reasoning\n"
        "- **[2025-07-02]** Supported [**OvisU1**](https://huggingface.co/AIDC-AI/Ovis-U1-3B), "
        "thanks to [**liyang-7**](https://github.com/liyang-7)\n"
        "- **[2025-05-24]** Supported Models: **InternVL3 Series, Kimi-VL**. Supported "
        "Benchmarks: **HLE-Bench, MMVP, MM-IFEval, ChaXiv\uff0cMedXpertQA, Physics**. See\n"
        "- **[2025-02-20]** Supported Benchmarks: **MMMU-Pro, WeMath, 3DSRBench, CC-OCR**.\n"
    )
    assert sources_round62.supported_benchmarks(description) == [
        "SeePhys", "HLE-Bench", "MMVP", "MM-IFEval", "ChaXiv", "MedXpertQA", "Physics",
        "MMMU-Pro", "WeMath", "3DSRBench", "CC-OCR"]  # fmt: skip
    source = (
        "class MMVet(ImageBaseDataset):\n"
        "    TYPE = 'VQA'\n"
        "    DATASET_URL = {'MMVet': 'https://x/MMVet.tsv', 'MMVet_Hard': 'https://x/H.tsv'}\n"
        "class CharXiv(ImageBaseDataset):\n"
        "    pass\n"
    )
    identifiers = sources_round62.kit_identifiers("image_vqa", source)
    assert identifiers == ["image_vqa", "MMVet", "CharXiv", "MMVet", "MMVet_Hard"]
    identified = sources_round62.identified
    kit = ["mmifeval", "MMMUProDataset", "VisOnlyQA-VLMEvalKit", "_3DSRBench", "CCOCRDataset"]
    assert identified("MM-IFEval", kit) == "mmifeval"
    assert identified("MMMU-Pro", kit) == "MMMUProDataset"
    assert identified("VisOnlyQA", kit) == "VisOnlyQA-VLMEvalKit"
    assert identified("3DSRBench", kit) == "_3DSRBench"
    assert identified("CC-OCR", kit) == "CCOCRDataset"
    # a typo of CharXiv and a name of two words no identifier spells
    assert identified("ChaXiv", [*kit, "CharXiv"]) is None
    assert identified("Spatial457 Benchmark", [*kit, "Spatial457"]) is None
    assert identified("Video", ["video_mmlu"]) == "video_mmlu"  # a prefix before a separator


def test_opening_heading_and_acronym_rules() -> None:
    # matbench-discovery 1.3.1's description
    description = (
        "<h1>\n  Matbench Discovery\n</h1>\n\n> Disclaimer: We evaluate ...\n\n"
        "Matbench Discovery is an [interactive leaderboard](https://x) and associated ..."
    )
    opening = sources_round62.opening_benchmark
    assert opening("matbench-discovery", description) == "Matbench Discovery"
    assert opening("matbench", description) is None
    # fairchem-data-odac 0.1.0, fairchem-data-omat 0.2.0, fairchem-data-oc 1.0.2
    headed = sources_round62.headed_dataset
    assert headed("odac", "# ODAC23 Dataset\n\nTo download the ODAC23 dataset") == "ODAC23"
    assert headed("omat", "# OMat24 Dataset\n\n> [!CAUTION]") == "OMat24"
    assert headed("oc", "[![CircleCI](x)](y)\n\n# Open-Catalyst-Dataset\n") is None
    assert headed("omol", "# ODAC23 Dataset") is None
    # heareval 2021.1.3's summary and description
    summary = "Holistic Evaluation of Audio Representations (HEAR) 2021 -- Evaluation Kit"
    linked = "Evaluation kit for the [HEAR Benchmark](https://hearbenchmark.com) using tasks"
    assert sources_round62.linked_acronym(summary, linked) == (
        "HEAR", "Holistic Evaluation of Audio Representations")  # fmt: skip
    assert sources_round62.linked_acronym(summary, "the HEAR benchmark") is None
    assert sources_round62.linked_acronym("Holistic Audio (HEAR) kit", linked) is None


def test_the_committed_files_hold_the_sixty_second_round(catalog: Catalog) -> None:
    expected = {
        "ms-vlmeval": ("MMVP", "MM-IFEval", "WeMath", "NaturalBench", "VisOnlyQA", "PhyX",
                       "SeePhys", "3DSRBench", "CC-OCR", "VL-RewardBench", "Video-MMLU"),
        "matbench-discovery": ("Matbench Discovery",),
        "fairchem-data-odac": ("ODAC23",),
        "heareval": ("HEAR",),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    versions = {
        "MMVP": "ms-vlmeval 0.0.20: package description 'Supported Benchmarks' 'MMVP'",
        "Matbench Discovery": "matbench-discovery 1.3.1: package description",
        "ODAC23": "fairchem-data-odac 0.1.0: package description heading",
        "HEAR": "heareval 2021.1.3: package summary",
    }
    for name, source in versions.items():
        (found,) = catalog.lookup(name)
        assert catalog.entries[found].source.startswith(source), (name, source)
    # OMat24 was fairchem-core's OMAT24; the data package's heading adds a source to it
    (omat,) = catalog.lookup("OMat24")
    assert "fairchem-data-omat 0.2.0" in catalog.entries[omat].source
    # denied or left out
    for name in ("Physics", "MOAT", "ChaXiv", "Spatial457 Benchmark"):
        assert not catalog.lookup(name), name


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("Matbench Discovery", "Matbench"), ("MMMU-Pro", "MMMU"),
                           ("Video-MMLU", "MMLU"), ("MM-IFEval", "IFEval"),
                           ("ODAC23", "OC20")])  # fmt: skip
    text = (
        "We rank interatomic potentials on Matbench Discovery, evaluate vision-language "
        "models on MMVP, WeMath and NaturalBench, and audio encoders on HEAR."
    )
    by_surface = names_by_surface(linker, text)
    assert by_surface.get("Matbench Discovery") == "Matbench Discovery"
    assert by_surface.get("MMVP") == "MMVP"
    assert by_surface.get("WeMath") == "WeMath"
    assert by_surface.get("NaturalBench") == "NaturalBench"
    assert by_surface.get("HEAR") == "HEAR"
    plain = "Students hear physics lectures beside the castle moat."
    assert not {"HEAR", "Physics", "MOAT"} & set(names_by_surface(linker, plain).values())
