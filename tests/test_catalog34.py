"""The thirty-fourth round of catalog sources (scripts/catalog/sources_round34.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import names_by_surface

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


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round34.DENY_ROUND34.values())
    # Chained to the earlier rounds' lists.
    assert sources_round34._denied("Trento")
    assert sources_round34._denied("Europarl")


def test_the_committed_files_hold_the_thirty_fourth_round(catalog: Catalog) -> None:
    expected = {
        "darts": ("ETTh1", "ETTh2", "ETTm1", "ETTm2", "ILINet"),
        "minigrid": ("MiniGrid-MultiRoom", "MultiRoom", "DoorKey", "GoToDoor", "PutNear"),
    }  # fmt: skip
    for package, names in expected.items():
        for name in names:
            (found,) = catalog.lookup(name)
            entry = catalog.entries[found]
            assert entry.generated and f"{package} " in entry.source, (name, entry.source)
    (doorkey,) = catalog.lookup("DoorKey")
    assert catalog.entries[doorkey].name == "MiniGrid-DoorKey"
    # Left out: the classes of ordinary words.
    for word in ("Empty", "Fetch"):
        for found in catalog.lookup(word):
            assert "entry_point" not in catalog.entries[found].source, word


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    # The four ETT files are four data sets: hour and minute, the two transformers apart.
    pairs = [("ETTh1", "ETTh2"), ("ETTh1", "ETTm1"), ("ETTm1", "ETTm2"),
             ("MiniGrid-MultiRoom", "MiniGrid-DoorKey")]  # fmt: skip
    for one, other in pairs:
        assert catalog.lookup(one), one
        assert catalog.lookup(one) != catalog.lookup(other), (one, other)
    for absent in ("ETTh3", "ETTm", "ETT"):
        assert not catalog.lookup(absent), absent
    text = ("We forecast on ETTh1, ETTh2, ETTm1 and ETTm2, and on ILINet. Agents are trained "
            "on MiniGrid DoorKey and MultiRoom.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    for name in ("ETTh1", "ETTh2", "ETTm1", "ETTm2", "ILINet"):
        assert by_surface[name] == name, name
    assert by_surface["MiniGrid DoorKey"] == "MiniGrid-DoorKey"
    assert by_surface["MultiRoom"] == "MiniGrid-MultiRoom"
    # The words of the classes not read link nothing.
    plain = "Fetch the key to open the empty room, then put it near the door."
    assert names_by_surface(linker, plain) == {}
