"""The eleventh round of catalog sources (scripts/catalog/sources_round11.py): its name rules
on excerpts of the packages it reads, and what the committed files hold from them."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round11
from rules import Fact

# The opening of gymnasium-robotics 1.4.2's envs/maze/ant_maze_v5.py (module docstring).
ANT_MAZE_MODULE = """\
A maze environment with the Gymnasium Ant agent (https://github.com/Farama-Foundation/Gymnasium/blob/main/gymnasium/envs/mujoco/ant_v5.py).

The code is inspired by the D4RL repository hosted on GitHub (https://github.com/Farama-Foundation/D4RL), published in the paper
'D4RL: Datasets for Deep Data-Driven Reinforcement Learning' by Justin Fu, Aviral Kumar, Ofir Nachum, George Tucker, Sergey Levine.

Original Author of the code: Justin Fu
"""  # noqa: E501

# An excerpt of the docstring of gymnasium-robotics 1.4.2's AntMazeEnv.
ANT_MAZE_CLASS = """\
### Description

This environment was refactored from the [D4RL](https://github.com/Farama-Foundation/D4RL) repository, introduced by Justin Fu, Aviral Kumar, Ofir Nachum, George Tucker, and Sergey Levine
in ["D4RL: Datasets for Deep Data-Driven Reinforcement Learning"](https://arxiv.org/abs/2004.07219).

The tasks found in the `AntMaze` environments are the same as the ones in the `PointMaze` environments. However, in this case the agent is the Ant quadruped.
"""  # noqa: E501


def test_a_cited_paper_whose_title_is_data_sets_names_the_suite() -> None:
    assert sources_round11.cited_dataset_suites(ANT_MAZE_MODULE) == ["D4RL"]
    # the class docstring cites it in double quotes, a Markdown link around it; once each
    assert sources_round11.cited_dataset_suites(ANT_MAZE_CLASS + ANT_MAZE_MODULE) == ["D4RL"]
    assert sources_round11.cited_dataset_suites(
        "published in 'ToolBench: A Benchmark for Tool Use'"
    ) == ["ToolBench"]


def test_a_cited_paper_about_something_else_names_nothing() -> None:
    suites = sources_round11.cited_dataset_suites
    # a subtitle that is not data sets
    assert (
        suites(
            "'Multi-Goal Reinforcement Learning: Challenging Robotics Environments and "
            "Request for Research'"
        )
        == []
    )
    assert suites("'MuJoCo: A physics engine for model-based control'") == []
    # a plain word before the colon is not a name
    assert suites("'Gymnasium: Datasets of environments'") == []
    # an unquoted title is not a citation
    assert suites("D4RL: Datasets for Deep Data-Driven Reinforcement Learning") == []


def test_a_class_docstring_names_its_environment_groups() -> None:
    assert sources_round11.environment_groups(ANT_MAZE_CLASS) == ["AntMaze", "PointMaze"]


def test_a_single_environment_a_file_or_an_id_is_no_group() -> None:
    groups = sources_round11.environment_groups
    # the singular names one registered environment
    assert groups("This environment is the same as the `HandReach` environment.") == []
    # a file, an id, one word
    assert groups("see the `point_maze` environments") == []
    assert groups("the `AntMaze_UMaze-v4` environments") == []
    assert groups("the `Maze` environments") == []


def test_a_model_module_docstring_gives_the_long_form_of_its_abbreviation() -> None:
    long_form = sources_round11.module_long_form
    assert long_form(
        "volo",
        """ Vision OutLOoker (VOLO) implementation

Papers:
* `VOLO: Vision Outlooker for Visual Recognition` - https://arxiv.org/abs/2106.13112
""",
    ) == ("VOLO", "Vision OutLOoker")
    assert long_form("xcit", "Cross-Covariance Image Transformer (XCiT) in PyTorch") == (
        "XCiT",
        "Cross-Covariance Image Transformer",
    )
    assert long_form("pit", "Pooling-based Vision Transformer (PiT) in PyTorch") == (
        "PiT",
        "Pooling-based Vision Transformer",
    )


def test_a_parenthesis_that_is_not_the_module_gives_no_long_form() -> None:
    long_form = sources_round11.module_long_form
    # a variant, not the module's architecture
    assert long_form("nasnet", "NasNet-A (Large) nasnetalarge implementation grabbed") is None
    # an abbreviation other than the module's name
    assert long_form("vision_transformer", "Vision Transformer (ViT) in PyTorch") is None
    assert long_form("vision_transformer_hybrid", "Hybrid Vision Transformer (ViT) in") is None


def test_a_model_module_docstring_names_the_architectures_it_implements() -> None:
    implemented = sources_round11.module_implemented_models
    assert implemented(
        "repghost",
        """
An implementation of RepGhostNet Model as defined in:
* `RepGhost: A Hardware-Efficient Ghost Module via Re-parameterization` - https://arxiv.org/abs/2211.06088
""",
    ) == ["RepGhostNet"]
    assert implemented(
        "ghostnet", "An implementation of GhostNet & GhostNetV2 Models as defined in: Papers:"
    ) == ["GhostNet", "GhostNetV2"]


def test_an_architecture_that_is_not_the_module_is_not_taken() -> None:
    implemented = sources_round11.module_implemented_models
    # a name the module's name does not start
    assert implemented("repghost", "An implementation of ResNet Model as defined in:") == []
    # more than one word, or a sentence that does not open the docstring
    assert implemented("ghostnet", "An implementation of Ghost Net Model as defined in:") == []
    assert implemented("ghostnet", "Hacked together. An implementation of GhostNet Model as "
                                   "defined in:") == []  # fmt: skip


def test_an_acronym_written_with_its_year_gets_the_spaced_spelling() -> None:
    assert sources_round11.spaced_year("ICDAR2015") == "ICDAR 2015"
    assert sources_round11.spaced_year("KITTI2012") == "KITTI 2012"
    assert sources_round11.spaced_year("VOT2018") == "VOT 2018"


def test_a_number_that_is_no_year_or_a_name_not_in_capitals_gets_nothing() -> None:
    spaced = sources_round11.spaced_year
    for name in ("Places365", "COCO80", "CoNLL2003", "FER-2013", "ICDAR 2015", "CIFAR10",
                 "ICDAR20155", "IC2015", "ICDAR2015 SCUT-CTW1500"):  # fmt: skip
        assert spaced(name) is None, name


def test_the_spaced_spelling_joins_the_stating_package_s_fact() -> None:
    stated = [
        Fact("dataset", "dataset", "ICDAR2015", "mmocr 1.0.1: configs/a.yml dataset", task="OCR"),
        Fact("dataset", "dataset", "ICDAR2015", "mmocr 1.0.1: configs/b.yml dataset"),
        Fact("dataset", "dataset", "KDD2010", "tensorflow-datasets 4.9.10: list_builders()"),
        # the linker reads "KITTI 2015" as an edition of KITTI, which the catalog knows
        Fact("dataset", "dataset", "KITTI2015", "mmflow 0.5.2: configs/d.yml dataset"),
        Fact("model", "family", "YOLO2020", "mmdet 3.3.0: configs/c.yml Collections"),
    ]
    (fact,) = sources_round11.spaced_year_facts(stated, sources_round11.OPENMMLAB, {"kitti"})
    assert (fact.name, fact.aliases, fact.task) == ("ICDAR2015", ["ICDAR 2015"], "OCR")
    assert fact.source == "mmocr 1.0.1: configs/a.yml dataset"


# An excerpt of carla 0.9.16's package description.
CARLA_DESCRIPTION = """\
This is the Python package for the CARLA Python API used for controlling and communicating-with [CARLA](https://carla.org) - The open-source simulator for autonomous driving research.

For more information, refer to the [Guide for getting started with CARLA](https://carla.readthedocs.io/en/latest/getting_started/).
"""  # noqa: E501


def test_a_package_description_names_the_simulator_it_links() -> None:
    assert sources_round11.described_simulator(CARLA_DESCRIPTION) == "CARLA"
    assert (
        sources_round11.described_simulator(
            "[AirSim](https://github.com/microsoft/AirSim) - An open-source simulator for drones"
        )
        == "AirSim"
    )


def test_a_link_to_something_else_names_no_simulator() -> None:
    described = sources_round11.described_simulator
    # the guide's link, a link not followed by a description of a simulator
    assert described(CARLA_DESCRIPTION.split("\n\n", 1)[1]) is None
    assert described("[CARLA](https://carla.org) - The Python API of the server.") is None
    # a plain word as the link's text
    assert described("[Simulator](https://x.org) - The open-source simulator.") is None


def test_the_committed_files_hold_the_eleventh_round(catalog: Catalog) -> None:
    # gymnasium-robotics: the D4RL suite, apart from its data sets ("antmaze-umaze-v0")
    (d4rl,) = catalog.lookup("D4RL")
    assert "gymnasium-robotics 1.4.2" in catalog.entries[d4rl].source
    assert catalog.lookup("antmaze-umaze-v0") != [d4rl]
    # the environment groups, apart from the versioned d4rl data sets
    (antmaze,) = catalog.lookup("AntMaze")
    assert "AntMazeEnv docstring" in catalog.entries[antmaze].source
    assert catalog.lookup("antmaze-umaze-v2") != [antmaze]
    assert catalog.lookup("PointMaze")
    # timm: VOLO with its long form, which the linker matches without case
    assert catalog.lookup("VOLO") == catalog.lookup("Vision OutLOoker")
    assert "timm 1.0.31: models/volo.py" in catalog.entries[catalog.lookup("VOLO")[0]].source
    # XCiT joins mmpretrain's entry rather than becoming a second one
    (xcit,) = catalog.lookup("XCiT")
    assert "mmpretrain" in catalog.entries[xcit].source
    assert "models/xcit.py" in catalog.entries[xcit].source
    # RepGhostNet, a family of its own beside timm's repghostnet_* architectures
    (repghost,) = catalog.lookup("RepGhostNet")
    assert "models/repghost.py" in catalog.entries[repghost].source
    assert catalog.lookup("GhostNet") != [repghost]
    # the spaced spellings of OpenMMLab's acronym-and-year data sets, each on its entry
    assert catalog.lookup("ICDAR 2015") == catalog.lookup("ICDAR2015")
    assert catalog.lookup("ICDAR 2015") != catalog.lookup("ICDAR 2013")
    # but not KITTI's: the linker reads "KITTI 2012" as an edition of KITTI
    assert catalog.lookup("KITTI 2012") != catalog.lookup("KITTI2012")
    # carla: the CARLA simulator, in that spelling only
    (carla,) = catalog.lookup("CARLA")
    assert "carla 0.9.16: package description" in catalog.entries[carla].source
