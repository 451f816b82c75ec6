"""Readers of a thirty-fourth round, in sources.py's style: two packages the generator already
pins, read in places not read before, as files (through `ast`), never imported. Each place
is read whole: every name it states that passes the guard is taken.

- darts (read since the seventh round for its models, at its pin): the data sets of its
  `datasets/datasets.py` loader classes whose class is named for the file they load
  (`loaded_dataset`: `ETTh1Dataset` loads "ETTh1.csv" -> "ETTh1"), where that name is coined;
  "AirPassengersDataset" loads "air_passengers.csv" and "ElectricityDataset" "Electricity.csv"
  (one capitalised word): neither is read.
- minigrid (read since the first round for its ids, at its pin): the environment its
  `__init__.py` registers two or more ids of through one class (`class_environments`:
  `register(id="MiniGrid-DoorKey-5x5-v0", entry_point="minigrid.envs:DoorKeyEnv")` and three
  more -> "MiniGrid-DoorKey"), the class's name an alias where it is coined ("DoorKey",
  "MultiRoom"); "EmptyEnv" and "FetchEnv" are named by ordinary words and are not read.

The name rules are the pure functions at the top, tested in `tests/test_catalog34.py`;
docs/catalog.md ("A thirty-fourth round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import sources
import sources_more
import sources_round33
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND34: dict[str, str] = {
    "EFT": "mmhuman3d's pseudo-ground-truth fits of Exemplar Fine-Tuning, first the method's "
    "name; in capitals also effective field theory",
    "LSP": "mmhuman3d's Leeds Sports Pose; in capitals also the Language Server Protocol and "
    "other methods' acronyms (label-specific, least-squares problems)",
}


# Denied by an earlier round (sources_round33._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round33._denied, DENY_ROUND34)


# -- name rules (pure) ------------------------------------------------------------------------


def loaded_dataset(class_name: str, file_name: str) -> str | None:
    """The data set a `<Name>Dataset` loader class names, where it loads `<Name>.csv` and
    <Name> is coined: ("ETTh1Dataset", "ETTh1.csv") -> "ETTh1"; ("AirPassengersDataset",
    "air_passengers.csv") and ("ElectricityDataset", "Electricity.csv") -> None."""
    if not class_name.endswith("Dataset"):
        return None
    name = class_name.removesuffix("Dataset")
    if file_name != f"{name}.csv":
        return None
    return name if sources_round33.coined(name) else None


def class_environments(registered: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(group, class name) of each environment class minigrid registers two or more ids of
    under its own name, from (id, entry point) pairs: ("MiniGrid-DoorKey-5x5-v0",
    "minigrid.envs:DoorKeyEnv") and ("MiniGrid-DoorKey-8x8-v0", ...) -> ("MiniGrid-DoorKey",
    "DoorKey"). Ids of the class under another name ("MiniGrid-KeyCorridorS3R1-v0" of
    KeyCorridorEnv) do not count; the groups come in the order first registered."""
    counts: dict[tuple[str, str], int] = {}
    for env_id, entry_point in registered:
        found = re.fullmatch(r"[\w.]+:(?P<name>[A-Za-z]\w*?)Env", entry_point)
        prefix = re.match(r"(?P<prefix>[A-Za-z]+)-", env_id)
        if not found or not prefix:
            continue
        name = found.group("name")
        group = f"{prefix.group('prefix')}-{name}"
        if env_id.startswith(group + "-"):
            counts[(group, name)] = counts.get((group, name), 0) + 1
    return [pair for pair, count in counts.items() if count >= 2]


# -- readers ----------------------------------------------------------------------------------


def _csv_loaders(path: Path) -> list[tuple[str, str]]:
    """(class name, first string constant ending ".csv") of each top-level class of a module."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.ClassDef):
            continue
        files = [n.value for n in ast.walk(node)
                 if isinstance(n, ast.Constant) and isinstance(n.value, str)
                 and n.value.endswith(".csv")]  # fmt: skip
        if files:
            found.append((node.name, files[0]))
    return found


def darts_dataset_facts() -> list[Fact]:
    """The data sets darts' loader classes name (`loaded_dataset`): kind dataset, task time
    series forecasting."""
    v, root = sources._package("darts", "darts")
    by_name: dict[str, Fact] = {}
    for class_name, file_name in _csv_loaders(root / "datasets" / "datasets.py"):
        name = loaded_dataset(class_name, file_name)
        if name is None or _denied(name):
            continue
        where = f"{v}: datasets/datasets.py {class_name} {file_name!r}"
        sources_more.add_fact(by_name, "dataset", "dataset", name, where, "dataset",
                              task="time series forecasting")  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def _registered(path: Path) -> list[tuple[str, str]]:
    """(id, entry point) of each `register(id=..., entry_point=...)` call of a module."""
    pairs = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "register":
            kw = {
                k.arg: k.value.value
                for k in node.keywords
                if isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)
            }
            if "id" in kw and "entry_point" in kw:
                pairs.append((kw["id"], kw["entry_point"]))
    return pairs


def minigrid_class_facts() -> list[Fact]:
    """The environments minigrid registers through one class (`class_environments`):
    benchmarks of modality embodied, as the first round's groups (the spaced spelling an
    alias), the class's coined name an alias (a group read before gains it)."""
    v, root = sources._package("minigrid", "minigrid")
    registered = _registered(root / "__init__.py")
    facts: list[Fact] = []
    for group, name in class_environments(registered):
        # A class named by ordinary words (EmptyEnv, FetchEnv) adds nothing to its group.
        if not sources_round33.coined(name) or _denied(group, name):
            continue
        first = next(i for i, e in registered if i.startswith(group + "-"))
        where = f"{v}: __init__.py register(id={first!r}, entry_point='minigrid.envs:{name}Env')"
        facts.append(Fact("dataset", "dataset", group, where,
                          aliases=[name, group.replace("-", " ")],
                          kind="benchmark", modality="embodied"))  # fmt: skip
    return facts


# -- a new package: mmhuman3d -----------------------------------------------------------------

_SUPPORTED_ITEM = re.compile(r"^- \[x\] \[(?P<name>[^\]\n]+)\]\([^)\s]+\) \([^)]*'\d{4}\)$")


def supported_datasets(description: str) -> list[str]:
    """The names of a description's "Supported datasets:" list, each a ticked linked item with
    its venue and year ("- [x] [3DPW](https://...) (ECCV'2018)" -> "3DPW"), in order; the
    list ends at the next heading-like line or `</details>`. An item joining two names with a
    slash ("Stirling/ESRC-Face3D") is not one name."""
    names: list[str] = []
    inside = False
    for line in description.splitlines():
        line = line.strip()
        if line == "Supported datasets:":
            inside = True
        elif inside and (line == "</details>" or line.endswith(":")):
            break
        elif inside and (found := _SUPPORTED_ITEM.match(line)) and "/" not in found["name"]:
            names.append(found["name"])
    return names


def mmhuman3d_facts(named: dict[str, str]) -> list[Fact]:
    """The data sets of mmhuman3d's description list (`supported_datasets`), of kind dataset,
    modality image, task 3D human pose and shape estimation; a name a source read before gave
    a data set (`named`: norm -> that fact's name) joins it, its spelling an alias."""
    v, _ = sources._package("mmhuman3d", "mmhuman3d")
    by_name: dict[str, Fact] = {}
    for name in supported_datasets(sources.description("mmhuman3d")):
        if _denied(name):
            continue
        joined = named.get(norm(name), name)
        where = f"{v}: package description 'Supported datasets' {name!r}"
        sources_more.add_fact(by_name, "dataset", "dataset", joined, where, "dataset",
                              aliases=[name] if joined != name else [], modality="image",
                              task="3D human pose and shape estimation")  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def mani_skill2_facts() -> list[Fact]:
    """The benchmark mani-skill2's summary names ("ManiSkill2: A Unified Benchmark for
    Generalizable Manipulation Skills"), as the first round's mani-skill summary (ManiSkill3)."""
    return [f for f in sources._summary_platform("mani-skill2") if not _denied(f.name)]
