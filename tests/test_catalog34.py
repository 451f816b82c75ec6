"""The thirty-fourth round of catalog sources (scripts/catalog/sources_round34.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round34


def test_a_loader_class_names_the_file_it_loads() -> None:
    # darts 0.48.1 datasets/datasets.py
    loaded = sources_round34.loaded_dataset
    assert loaded("ETTh1Dataset", "ETTh1.csv") == "ETTh1"
    assert loaded("ETTm2Dataset", "ETTm2.csv") == "ETTm2"
    assert loaded("ILINetDataset", "ILINet.csv") == "ILINet"
    # Another file, one capitalised word, or no loader at all: nothing.
    assert loaded("ETTh1Dataset", "ETTh2.csv") is None
    assert loaded("AirPassengersDataset", "air_passengers.csv") is None
    assert loaded("ElectricityDataset", "Electricity.csv") is None
    assert loaded("DatasetLoaderCSV", "ETTh1.csv") is None


def test_an_environment_class_registered_twice_names_its_group() -> None:
    # minigrid 3.2.0 __init__.py, abridged
    registered = [
        ("MiniGrid-DoorKey-5x5-v0", "minigrid.envs:DoorKeyEnv"),
        ("MiniGrid-DoorKey-8x8-v0", "minigrid.envs:DoorKeyEnv"),
        ("MiniGrid-MultiRoom-N2-S4-v0", "minigrid.envs:MultiRoomEnv"),
        ("MiniGrid-MultiRoom-N6-v0", "minigrid.envs:MultiRoomEnv"),
        ("MiniGrid-KeyCorridorS3R1-v0", "minigrid.envs:KeyCorridorEnv"),
        ("MiniGrid-KeyCorridorS3R2-v0", "minigrid.envs:KeyCorridorEnv"),
        ("MiniGrid-FourRooms-v0", "minigrid.envs:FourRoomsEnv"),
        ("BabyAI-GoToRedBall-v0", "minigrid.envs.babyai:GoToRedBall"),
        ("BabyAI-GoToRedBallGrey-v0", "minigrid.envs.babyai:GoToRedBallGrey"),
    ]
    assert sources_round34.class_environments(registered) == [
        ("MiniGrid-DoorKey", "DoorKey"), ("MiniGrid-MultiRoom", "MultiRoom")]  # fmt: skip


def test_the_supported_datasets_list_of_a_description() -> None:
    # mmhuman3d 0.11.0 package description, abridged
    description = (
        "Supported methods:\n\n- [x] [HMR](https://akanazawa.github.io/hmr/) (CVPR'2018)\n\n"
        "Supported datasets:\n\n<details open>\n<summary>(click to collapse)</summary>\n\n"
        "- [x] [3DPW](https://virtualhumans.mpi-inf.mpg.de/3DPW/) (ECCV'2018)\n"
        "- [x] [Human3.6M](http://vision.imar.ro/human3.6m/description.php) (TPAMI'2014)\n"
        "- [x] [Penn Action](http://dreamdragon.github.io/PennAction/) (ICCV'2012)\n"
        "- [x] [Stirling/ESRC-Face3D](http://pics.psych.stir.ac.uk/ESRC/index.htm) (FG'2018)\n"
        "\n</details>\n\n- [x] [SPIN](https://www.seas.upenn.edu/) (ICCV'2019)\n"
    )
    assert sources_round34.supported_datasets(description) == [
        "3DPW", "Human3.6M", "Penn Action"]  # fmt: skip
    methods = "Supported methods:\n- [x] [HMR](https://hmr/) (CVPR'2018)"
    assert sources_round34.supported_datasets(methods) == []


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round34.DENY_ROUND34.values())
    # Chained to the earlier rounds' lists.
    assert sources_round34._denied("EFT") and sources_round34._denied("Trento")
    assert not sources_round34._denied("Europarl")  # lifted in the thirty-eighth round


def test_the_committed_files_hold_the_thirty_fourth_round(catalog: Catalog) -> None:
    expected = {
        "darts": ("ETTh1", "ETTh2", "ETTm1", "ETTm2", "ILINet"),
        "minigrid": ("MiniGrid-MultiRoom", "MultiRoom", "DoorKey", "GoToDoor", "PutNear"),
        "mmhuman3d": ("3DPW", "MPI-INF-3DHP", "AMASS", "SURREAL", "UP3D",
                      "InstaVariety", "GTA-Human", "LSP-Extended"),
        "mani-skill2": ("ManiSkill2",),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    (doorkey,) = catalog.lookup("DoorKey")
    assert catalog.entries[doorkey].name == "MiniGrid-DoorKey"
    # Joined, not new: mmhuman3d's spellings of data sets read before.
    for name in ("Human3.6M", "MPII", "CrowdPose", "PoseTrack18"):
        (found,) = catalog.lookup(name)
        assert "mmhuman3d " in catalog.entries[found].source, name
    # Left out: the denied acronyms, the slashed pair, the classes of ordinary words.
    for word in ("EFT", "LSP", "Stirling/ESRC-Face3D", "Empty", "Fetch"):
        for found in catalog.lookup(word):
            source = catalog.entries[found].source
            assert "mmhuman3d " not in source and "entry_point" not in source, word


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    # The four ETT files are four data sets: hour and minute, the two transformers apart.
    pairs = [("ETTh1", "ETTh2"), ("ETTh1", "ETTm1"), ("ETTm1", "ETTm2"),
             ("ManiSkill2", "ManiSkill3"), ("MiniGrid-MultiRoom", "MiniGrid-DoorKey"),
             ("3DPW", "MPI-INF-3DHP"), ("LSP-Extended", "LSPET")]  # fmt: skip
    assert_apart(catalog, pairs)
    for absent in ("ETTh3", "ETTm", "ETT", "ManiSkill4", "3DPW2"):
        assert not catalog.lookup(absent), absent
    # ManiSkill alone is mani-skill's description's framework since the thirty-ninth round
    # (docs/catalog.md), an entry apart from ManiSkill2 and ManiSkill3.
    assert catalog.lookup("ManiSkill") not in (catalog.lookup("ManiSkill2"),
                                               catalog.lookup("ManiSkill3"))  # fmt: skip
    text = ("We forecast on ETTh1, ETTh2, ETTm1 and ETTm2, and on ILINet. Agents are trained "
            "on MiniGrid DoorKey and MultiRoom, and on ManiSkill2. We evaluate on 3DPW and "
            "MPI-INF-3DHP, training with AMASS and SURREAL.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    for name in ("ETTh1", "ETTh2", "ETTm1", "ETTm2", "ILINet", "ManiSkill2", "3DPW",
                 "MPI-INF-3DHP", "AMASS", "SURREAL"):  # fmt: skip
        assert by_surface[name] == name, name
    assert by_surface["MiniGrid DoorKey"] == "MiniGrid-DoorKey"
    assert by_surface["MultiRoom"] == "MiniGrid-MultiRoom"
    # The words behind the capitals, and the acronyms denied, link nothing.
    plain = ("Agents amass rewards in a surreal agora; the EFT fits and the LSP server are "
             "left out. Fetch the key to open the empty room.")  # fmt: skip
    assert names_by_surface(linker, plain) == {}
