"""The thirty-ninth round of catalog sources (scripts/catalog/sources_round39.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round39


def test_the_models_a_description_lists() -> None:
    # pytorchcv 0.0.74 METADATA, "## List of implemented models"
    listed = sources_round39.listed_model
    line = ("- FCN-8s (['Fully Convolutional Networks for Semantic Segmentation']"
            "(https://arxiv.org/abs/1411.4038))")  # fmt: skip
    assert listed(line) == ("FCN-8s", "Fully Convolutional Networks for Semantic Segmentation")
    licensed = (
        "- ProPainter (['ProPainter: Improving Propagation and Transformer for Video "
        "Inpainting'](https://arxiv.org/pdf/2309.03897)) ([LICENSE](https://x/LICENSE))"
    )
    assert listed(licensed)[0] == "ProPainter"  # type: ignore[index]
    for grouped in (
        "- VGG/BN-VGG (['Very Deep Convolutional Networks'](https://arxiv.org/abs/1409.1556))",
        "- ResNeSt(A) (['ResNeSt: Split-Attention Networks'](https://arxiv.org/abs/2004.08955))",
        "- Lightweight OpenPose (['Real-time 2D Multi-Person Pose'](https://arxiv.org/abs/1))",
        "- resnet (['Deep Residual Learning'](https://arxiv.org/abs/1512.03385))",
        "- FCN-8s",
    ):
        assert listed(grouped) is None, grouped


def test_the_data_set_a_first_line_names_in_several_words() -> None:
    # torchgeo 0.8.1 datasets/inria.py, cdl.py, vhr10.py, levircd.py
    joined = sources_round39.joined_dataset_name
    doc = "Inria Aerial Image Labeling Dataset.\n\n    The `Inria Aerial Image Labeling <...>`__"
    assert joined("InriaAerialImageLabeling", doc) == "Inria Aerial Image Labeling"
    assert joined("LandCoverAIGeo", "LandCover.ai Geo dataset.") == "LandCover.ai Geo"
    assert joined("CDL", "Cropland Data Layer (CDL) dataset.") is None
    assert joined("VHR10", "NWPU VHR-10 dataset.") is None
    assert joined("LEVIRCD", "LEVIR-CD dataset.") is None  # one word: the sixth round's rule
    assert joined("InriaAerial", doc) is None


def test_the_collection_a_docstring_names_with_a_dashed_long_form() -> None:
    # aeon 1.6.0 datasets/monster_loader.py load_monster_dataset docstring
    dashed = sources_round39.dashed_long_form
    doc = ("Load a Monster dataset from Hugging Face Hub.\n\n     MONSTER\u2014 the MONash "
           "Scalable Time Series Evaluation Repository,\n     introduced in [1]_, is a "
           "collection")  # fmt: skip
    assert dashed(doc) == ("MONSTER", ["MONash Scalable Time Series Evaluation Repository"])
    assert dashed(doc.replace("MONSTER\u2014", "MONSTERS\u2014")) is None  # an S the capitals lack
    assert dashed(doc.replace("Repository", "Collection")) is None
    assert dashed("Load the MONSTER datasets.") is None


def test_the_platform_a_docstring_links_to_its_own_repository() -> None:
    # gymnasium-robotics 1.4.2 envs/adroit_hand/adroit_door.py, franka_kitchen/kitchen_env.py
    linked = sources_round39.repository_linked_name
    doc = ("The environment is based on the [Adroit manipulation platform](https://github.com/"
           "vikashplus/Adroit), a 28 degree of freedom system. See [D4RL](https://github.com/"
           "Farama-Foundation/D4RL), [Adroit](https://github.com/vikashplus/Adroit).")  # fmt: skip
    assert linked(doc) == ["Adroit", "D4RL"]
    other = "[Relay Policy Learning](https://github.com/google-research/relay-policy-learning)"
    assert linked(other) == []
    assert linked("[MuJoCo](https://mujoco.org/)") == []


def test_the_policy_a_class_names_as_its_papers_title() -> None:
    # lerobot 0.4.4 policies/diffusion/modeling_diffusion.py, vqbet/modeling_vqbet.py,
    # act/modeling_act.py
    titled = sources_round39.titled_policy
    doc = ('Diffusion Policy as per "Diffusion Policy: Visuomotor Policy Learning via Action '
           'Diffusion"\n    (paper: https://huggingface.co/papers/2303.04137)')  # fmt: skip
    assert titled(doc) == "Diffusion Policy"
    assert titled('VQ-BeT Policy as per "Behavior Generation with Latent Actions"') is None
    act = "Action Chunking Transformer Policy as per Learning Fine-Grained Bimanual Manipulation"
    assert titled(act) is None
    assert titled('Diffusion Policy as per "Consistency Policy: Accelerated ..."') is None


def test_the_platform_a_description_defines() -> None:
    # mani-skill 3.0.1, mani-skill2 0.5.3, safety-gymnasium 1.0.0 METADATA; d4rl's Adroit README
    defined = sources_round39.defined_platform
    maniskill = ("# ManiSkill 3\n\nManiSkill is an open-source framework for robot simulation"
                 "\nInstallation of ManiSkill is extremely simple")  # fmt: skip
    assert defined(maniskill) == "ManiSkill"
    safety = "Safety-Gymnasium is a highly scalable and customizable Safe Reinforcement Learning"
    assert defined(safety) == "Safety-Gymnasium"
    assert defined("ManiSkill2 is a unified benchmark for learning") == "ManiSkill2"
    assert defined("Adroit is a 28 degree of freedom system") is None  # no capital inside
    assert defined("Installation of ManiSkill is extremely simple") is None


def test_the_database_a_table_row_links_first() -> None:
    # proteinworkshop 0.2.5 METADATA, "## Datasets" tables
    linked = sources_round39.linked_source_database
    row = ("| `astral`| [SCOPe](https://scop.berkeley.edu/) domain structures       |  "
           "[SCOPe/ASTRAL](https://scop.berkeley.edu/)      | | 1 - 2.2 Gb |")  # fmt: skip
    assert linked(row) == "SCOPe"
    assert linked("| `cath`| [CATH](https://www.cathdb.info/) 4.2 40% split | x |") == "CATH"
    afdb = ("| `afdb_rep_v4`| Representative structures identified from the [AlphaFold "
            "database](https://alphafold.com/) by ... |")  # fmt: skip
    assert linked(afdb) is None
    assert linked("| Name      | Description   | Source |") is None
    go = "| `go-bp` | Gene Ontology prediction (Biological Process) | [Gligorijevic](https://x) |"
    assert linked(go) is None


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round39.DENY_ROUND39.values())
    assert sources_round39._denied("RiR") and sources_round39._denied("NIN")
    # Chained to the earlier rounds' lists: HCP (38), FPN (first round), SimplePose (more).
    assert sources_round39._denied("HCP") and sources_round39._denied("FPN")
    assert sources_round39._denied("SimplePose")
    assert rules.REVIEWED_MODEL_WORDS["Diffusion Policy"].strip()
    for name in ("Adroit", "Safety-Gymnasium"):
        assert rules.REVIEWED_DATASET_WORDS[name].strip(), name


def test_the_committed_files_hold_the_thirty_ninth_round(catalog: Catalog) -> None:
    expected = {
        "pytorchcv": ("FCN-8s", "NASNet", "QuartzNet", "ZFNet", "CondenseNet", "FractalNet",
                      "FD-MobileNet", "SPNASNet", "RoR-3", "WRN-1bit", "ResDrop-ResNet",
                      "Shake-Shake-ResNet", "ShakeDrop-ResNet", "ProPainter"),
        "torchgeo": ("Inria Aerial Image Labeling", "BRIGHT DFC2025", "LandCover.ai Geo",
                     "SustainBench Crop Yield", "CMS Global Mangrove Canopy",
                     "NASA Marine Debris", "Western USA Live Fuel Moisture"),
        "aeon": ("MONSTER", "MONash Scalable Time Series Evaluation Repository"),
        "gymnasium-robotics": ("Adroit",),
        "lerobot": ("Diffusion Policy",),
        "mani-skill": ("ManiSkill",),
        "safety-gymnasium": ("Safety-Gymnasium",),
        "proteinworkshop": ("SCOPe", "CATH", "ESMAtlas"),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    # Sources added to entries already there: D4RL (gymnasium-robotics' link), ManiSkill2
    # (its description), FastSCNN (pytorchcv's spelling Fast-SCNN, an alias).
    (d4rl,) = catalog.lookup("D4RL")
    assert "AdroitHandDoorEnv docstring" in catalog.entries[d4rl].source
    (maniskill2,) = catalog.lookup("ManiSkill2")
    assert "mani-skill2 0.5.3: package metadata Description" in catalog.entries[maniskill2].source
    assert catalog.lookup("Fast-SCNN") == catalog.lookup("FastSCNN")
    # Left out: the denied names, ordinary words the guard leaves out, a class name that is
    # only a match key, and spellings no package states.
    for name in ("RiR", "NIN", "Forest Damage", "Open Buildings", "Canadian Building Footprints",
                 "ForestDamage", "InriaAerialImageLabeling", "ResNeSt(A)", "VGG/BN-VGG",
                 "Lightweight OpenPose", "adroit", "diffusion policy", "SCOP", "Safety Gym",
                 "Monster", "ACT", "VQ-BeT"):  # fmt: skip
        assert not catalog.lookup(name), name


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    pairs = [("ManiSkill", "ManiSkill2"), ("ManiSkill", "ManiSkill3"), ("ManiSkill2", "ManiSkill3"),
             ("Safety-Gymnasium", "SafetyPointGoal1"), ("Adroit", "AdroitHandDoor"),
             ("Adroit", "D4RL"), ("MONSTER", "UCR Time Series Archive"), ("SCOPe", "CATH"),
             ("CATH", "CASP12"), ("Inria Aerial Image Labeling", "LandCover.ai"),
             ("LandCover.ai Geo", "LandCover.ai"), ("FCN-8s", "FCN-16s"), ("NASNet", "PNASNet"),
             ("NASNet", "SPNASNet"), ("ZFNet", "AlexNet"), ("WRN-1bit", "WRN"),
             ("FD-MobileNet", "MobileNet"), ("CondenseNet", "DenseNet"),
             ("ShakeDrop-ResNet", "Shake-Shake-ResNet"), ("RoR-3", "ResNet"),
             ("Diffusion Policy", "DiT")]  # fmt: skip
    assert_apart(catalog, pairs)
    for absent in ("ManiSkill1", "RoR-2", "FCN-4s", "WRN-2bit", "MONSTER 2", "Safety-Gym"):
        assert not catalog.lookup(absent), absent
    text = ("We train Diffusion Policy on ManiSkill, Adroit and Safety Gymnasium tasks, segment "
            "the Inria Aerial Image Labeling dataset with FCN-8s and NASNet, transcribe with "
            "QuartzNet, classify MONSTER series and fold SCOPe and CATH domains.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"Diffusion Policy": "Diffusion Policy", "ManiSkill": "ManiSkill",
                "Adroit": "Adroit", "Safety Gymnasium": "Safety-Gymnasium",
                "Inria Aerial Image Labeling": "Inria Aerial Image Labeling", "FCN-8s": "FCN-8s",
                "NASNet": "NASNet", "QuartzNet": "QuartzNet", "MONSTER": "MONSTER",
                "SCOPe": "SCOPe", "CATH": "CATH"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
    # The words behind the capitals and the reviewed words in lower case link nothing.
    plain = ("An adroit team trained a diffusion policy for safety in a gymnasium; the scope "
             "of the monster study was set by a cath lab.")  # fmt: skip
    assert names_by_surface(linker, plain) == {}
