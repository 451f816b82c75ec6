"""The sixty-first round of catalog sources (scripts/catalog/sources_round61.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package and version), the denials, and guard pairs for names a neighbour could be confused
with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round61


def test_robustbench_corruption_sets_and_title() -> None:
    # robustbench 1.1.1 data.py and its description
    source = (
        "CORRUPTIONS_DIR_NAMES: Dict[BenchmarkDataset, str] = {\n"
        '    BenchmarkDataset.cifar_10: {ThreatModel.corruptions: "CIFAR-10-C"},\n'
        '    BenchmarkDataset.cifar_100: {ThreatModel.corruptions: "CIFAR-100-C"},\n'
        '    BenchmarkDataset.imagenet: {ThreatModel.corruptions: "ImageNet-C",\n'
        '                                ThreatModel.corruptions_3d: "ImageNet-3DCC"}\n'
        "}\n"
        'ZENODO_CORRUPTIONS_LINKS = {BenchmarkDataset.cifar_10: ("2535967", {"CIFAR-10-C.tar"})}\n'
    )
    assert sources_round61.corruption_sets(source) == [
        "CIFAR-10-C", "CIFAR-100-C", "ImageNet-C", "ImageNet-3DCC"]  # fmt: skip
    assert sources_round61.corruption_sets("CORRUPTIONS = ('fog', 'snow')\n") == []
    title = sources_round61.titled_name
    description = "```\n# not a heading\n```\n# RobustBench: a standardized adversarial robustness"
    assert title("robustbench", description) == "RobustBench"
    assert title("robustbench", "# The RobustBench leaderboard\n# RobustBench: x") is None
    assert title("autoattack", "# RobustBench: a standardized benchmark") is None


def test_whisper_checkpoints() -> None:
    # openai-whisper 20250625 whisper/__init__.py _MODELS (URLs shortened)
    models = {
        "tiny.en": "https://x/d3dd/tiny.en.pt",
        "large-v1": "https://x/e4b8/large-v1.pt",
        "large-v3": "https://x/e5b1/large-v3.pt",
        "large": "https://x/e5b1/large-v3.pt",
        "large-v3-turbo": "https://x/aff2/large-v3-turbo.pt",
        "turbo": "https://x/aff2/large-v3-turbo.pt",
    }
    assert sources_round61.whisper_checkpoints(models) == [
        ("Whisper-tiny.en", [], "tiny.en"),
        ("Whisper-large-v1", [], "large-v1"),
        ("Whisper-large-v3", ["Whisper-large"], "large-v3"),
        ("Whisper-large-v3-turbo", ["Whisper-turbo"], "large-v3-turbo"),
    ]
    # the package's "large" (large-v3's file) is denied as an alias: the catalog's
    # Whisper-large is the first large checkpoint
    assert sources_round61._denied("Whisper-large")
    assert sources_round61._denied("Whisper-large-v1")  # Whisper-large's twin
    assert not sources_round61._denied("Whisper-turbo")


def test_matbench_benchmark_and_tasks() -> None:
    # matbench 0.6 bench.py and matbench_v0.1_dataset_metadata.json
    doc = "The core class for benchmarking with Matbench.\n\n    MatbenchBenchmark is capable"
    assert sources_round61.benchmark_class("matbench", "MatbenchBenchmark", doc) == "Matbench"
    assert sources_round61.benchmark_class("matbench", "MatbenchTask", doc) is None
    assert sources_round61.benchmark_class("matbench", "OtherBenchmark", doc) is None
    metadata = {
        "matbench_dielectric": {"task_type": "regression", "n_samples": 4764},
        "matbench_glass": {"task_type": "classification"},
        "version": "0.1",
        "other_task": {"task_type": "regression"},
    }
    assert sources_round61.benchmark_tasks("matbench", metadata) == [
        ("matbench_dielectric", "regression"), ("matbench_glass", "classification")]  # fmt: skip


def test_jarvis_databases_and_downloads() -> None:
    # jarvis-tools 2026.6.12 db/webpages.py and db/figshare.py get_db_info
    doc = "Get content of JARVIS-DFT and JARVIS-FF webpages."
    assert sources_round61.prefixed_names("jarvis", doc) == ["JARVIS-DFT", "JARVIS-FF"]
    assert sources_round61.prefixed_names("jarvis", "Jarvis-DFT data") == []
    obtained = sources_round61.obtained_name
    assert obtained("qmof", "qmof_db.json", "Obtaining QMOF dataset 20k...") == "QMOF"
    assert obtained("hmof", "hmof_db_9_18_2021.json", "Obtaining hMOF dataset 137k...") == "hMOF"
    assert obtained("hopv", "hopv_15.json", "Obtaining HOPV15 dataset 4.5k...") == "HOPV15"
    assert obtained("cccbdb", "cccbdb.json", "Obtaining CCCBDB dataset 1333...") == "CCCBDB"
    # a message naming no one word of the key's or file's letters
    assert obtained("dft_3d", "jdft_3d-9-24-2025.json", "Obtaining 3D dataset 94k ...") is None
    assert obtained("jff", "jff-7-24-2021.json", "Obtaining JARVIS-FF 2k ...") is None
    assert obtained("twod_matpd", "twodmatpd.json", "Obtaining 2DMatPedia dataset 6k...") is None
    assert obtained("ramandb", "ramandb.json", "Obtaining Raman dataset 5k...") is None
    # identifiers without a capital
    message = "Obtaining m3gnet_mpf dataset 168917..."
    assert obtained("m3gnet_mpf", "m3gnet_mpf.json", message) is None
    assert obtained("mlearn", "mlearn.json", "Obtaining mlearn dataset 1730...") is None
    for name in ("COD", "arXiv", "OCPall", "OCP100k", "QETB"):
        assert sources_round61._denied(name), name


def test_habitat_loaded_and_anchored_datasets() -> None:
    # habitat-lab 0.3.320260507 datasets/eqa/mp3d_eqa_dataset.py
    doc = "Class inherited from Dataset that loads Matterport3D\n    Embodied Question Answering"
    assert sources_round61.loaded_dataset("Matterport3dDatasetV1", doc) == "Matterport3D"
    assert sources_round61.loaded_dataset("ObjectNavDatasetV1", doc) is None
    assert sources_round61.loaded_dataset("Matterport3dEpisode", doc) is None
    # read and denied: its mentions on the read sets are false links
    assert sources_round61._denied("Matterport3D")
    # habitat-baselines' description
    text = ("you need the [ReplicaCAD dataset](https://github.com/facebookresearch/habitat-sim/"
            "blob/main/DATASETS.md#replicacad). [Gibson PointGoal Navigation Dataset]"
            "(/README.md#datasets)")  # fmt: skip
    assert sources_round61.anchored_dataset(text) == ["ReplicaCAD"]


def test_the_model_a_distribution_is_named_for() -> None:
    libs = '"nnUNet/3d_fullres/Task251_TotalSegmentator_part1_organs_1139subj",'
    named = sources_round61.named_model
    assert named("TotalSegmentator", "totalsegmentator", libs) == "TotalSegmentator"
    assert named("totalsegmentator", "totalsegmentator", libs) is None
    assert named("TotalSegmentator", "totalsegmentator", '"Task251_Organs"') is None
    assert named("TotalSegmentator", "totalseg", libs) is None  # another import name


def test_the_committed_files_hold_the_sixty_first_round(catalog: Catalog) -> None:
    expected = {
        "robustbench": ("CIFAR-10-C", "CIFAR-100-C", "ImageNet-3DCC", "RobustBench"),
        "openai-whisper": ("Whisper-tiny.en", "Whisper-medium.en", "Whisper-large-v3-turbo"),
        "matbench": ("Matbench", "matbench_mp_gap", "matbench_dielectric", "matbench_steels"),
        "jarvis-tools": ("JARVIS-DFT", "JARVIS-FF", "QMOF", "hMOF", "C2DB", "HOPV15", "CCCBDB"),
        "habitat-baselines": ("ReplicaCAD",),
        "TotalSegmentator": ("TotalSegmentator",),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    versions = {
        "CIFAR-10-C": "robustbench 1.1.1: data.py CORRUPTIONS_DIR_NAMES 'CIFAR-10-C'",
        "Whisper-large-v3-turbo": "openai-whisper 20250625: whisper/__init__.py "
        "_MODELS['large-v3-turbo']",
        "Matbench": "matbench 0.6: bench.py MatbenchBenchmark docstring",
        "JARVIS-DFT": "jarvis-tools 2026.6.12: db/webpages.py Webpage docstring",
        "ReplicaCAD": "habitat-baselines 0.3.320260507: package description link",
        "TotalSegmentator": "TotalSegmentator 2.18.0: package metadata Name",
    }
    for name, source in versions.items():
        (found,) = catalog.lookup(name)
        assert catalog.entries[found].source.startswith(source), (name, source)
    # the Whisper checkpoints are the hand-written family's
    (turbo,) = catalog.lookup("Whisper-large-v3-turbo")
    (whisper,) = catalog.lookup("Whisper")
    assert whisper in catalog.ancestors(turbo)
    # ImageNet-C is hand-written: robustbench confirms it, a generated entry joins, or not
    (imagenet_c,) = catalog.lookup("ImageNet-C")
    assert not catalog.entries[imagenet_c].generated
    # denied or left out
    for name in (
        "COD",
        "arXiv",
        "OCPall",
        "OCP100k",
        "QETB",
        "m3gnet_mpf",
        "mlearn",
        "Matterport3D",
        "Whisper-large-v1",
    ):
        assert not catalog.lookup(name), name
    # "Whisper-turbo" would drop the version the checkpoint's name has (the generator's rule)
    assert not catalog.lookup("Whisper-turbo")
    (large,) = catalog.lookup("Whisper-large")
    assert large != catalog.lookup("Whisper-large-v3")[0]


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("CIFAR-10-C", "CIFAR-10"), ("CIFAR-100-C", "CIFAR-100"),
                           ("ImageNet-3DCC", "ImageNet-C"), ("Whisper-large-v3-turbo",
                           "Whisper-large-v3"), ("Whisper-tiny.en", "Whisper-tiny"),
                           ("JARVIS-DFT", "JARVIS-FF"), ("matbench_mp_gap", "Matbench"),
                           ("ReplicaCAD", "Replica")])  # fmt: skip
    text = ("We evaluate robustness on CIFAR-10-C and ImageNet-3DCC with RobustBench, train "
            "rearrangement agents on ReplicaCAD scenes, predict band gaps on matbench_mp_gap "
            "and JARVIS-DFT, and transcribe with Whisper-large-v3-turbo.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface.get("CIFAR-10-C") == "CIFAR-10-C"
    assert by_surface.get("ImageNet-3DCC") == "ImageNet-3DCC"
    assert by_surface.get("RobustBench") == "RobustBench"
    assert by_surface.get("ReplicaCAD") == "ReplicaCAD"
    assert by_surface.get("matbench_mp_gap") == "matbench_mp_gap"
    assert by_surface.get("JARVIS-DFT") == "JARVIS-DFT"
    assert by_surface.get("Whisper-large-v3-turbo") == "Whisper-large-v3-turbo"
    # the words the cased names are made of link nothing
    plain = ("We whisper of large turbo engines; the cod fishery posted on arXiv, and the "
             "Matterport3D Simulator renders scenes.")  # fmt: skip
    assert not {"Whisper-turbo", "Whisper-large-v3-turbo", "COD", "Matterport3D"} & set(
        names_by_surface(linker, plain).values())  # fmt: skip
