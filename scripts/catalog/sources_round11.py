"""Readers of an eleventh round (requirements-read-round11.txt), for names labelled papers use
that the catalog lacked, in sources.py's style. No new package: both are read since earlier
rounds, here for other text of the same pinned versions.

- gymnasium-robotics (read since the first rounds for its `register(id=...)` environments):
  the data-set suite its modules' docstrings cite by a paper whose title names it as data
  sets ("published in the paper 'D4RL: Datasets for Deep Data-Driven Reinforcement
  Learning'"), and the environment groups its environment classes' docstrings name in code
  spans ("The tasks found in the `AntMaze` environments are the same as ...");
- timm (read since the first round for `list_models()`): the long form a model module's
  docstring opens with before the architecture's abbreviation, the abbreviation being the
  module's name ("Vision OutLOoker (VOLO) implementation" in `volo.py`).

The name rules are the pure functions at the top, tested in `tests/test_catalog_round11.py`;
docs/catalog.md ("An eleventh round of sources") states them.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

import sources
import sources_more
import sources_round10
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; docs/catalog.md lists each with its reason.
DENY_ROUND11: dict[str, str] = {}


# Denied by an earlier round (sources_round10._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round10._denied, DENY_ROUND11)


# "published in the paper\n'D4RL: Datasets for Deep Data-Driven Reinforcement Learning'":
# a quoted paper title whose head is a name and whose subtitle opens with "Datasets" or
# "A Benchmark"/"Benchmarks".
_DATASET_PAPER = re.compile(
    r"""['"`]([A-Z][A-Za-z0-9+-]*[A-Z0-9][A-Za-z0-9+-]*): """
    r"""(?:Datasets?|Benchmarks?|A (?:Benchmark|Dataset|Suite))\b[^'"`]*['"`]"""
)


def cited_dataset_suites(doc: str) -> list[str]:
    """The names a docstring gives data sets through the title of a paper it cites: a quoted
    title "<Name>: Datasets for ..." (or "...: A Benchmark for ...", "...: Benchmarks ..."),
    the name having a capital or digit after its first letter ("D4RL", not "Gymnasium");
    in order, once each. A title whose subtitle is not data sets ("'Multi-Goal Reinforcement
    Learning: Challenging Robotics Environments ...'") names none."""
    found: list[str] = []
    for name in _DATASET_PAPER.findall(" ".join(doc.split())):
        if name not in found:
            found.append(name)
    return found


# "The tasks found in the `AntMaze` environments are the same as the ones in the
# `PointMaze` environments."
_ENV_GROUP = re.compile(r"\b[Tt]he `([A-Z][a-z]+(?:[A-Z][a-z]+)+)` environments\b")


def environment_groups(doc: str) -> list[str]:
    """The environment groups a class docstring names: a CamelCase name in a code span
    followed by the plural "environments" ("the `AntMaze` environments"), in order, once
    each. The singular ("the `HandReach` environment") names one environment, which the
    package registers under its own id, and a name in lower case or with digits (a file,
    an id) is not a group's name."""
    found: list[str] = []
    for name in _ENV_GROUP.findall(" ".join(doc.split())):
        if name not in found:
            found.append(name)
    return found


def module_long_form(module: str, doc: str) -> tuple[str, str] | None:
    """(abbreviation, long form) where a model module's docstring opens with an
    architecture's long form and its abbreviation in parentheses, the abbreviation being the
    module's name read without case and separators ("Vision OutLOoker (VOLO) implementation"
    in `volo.py` -> ("VOLO", "Vision OutLOoker")): the tenth round's rule for lhotse's
    recipe modules (`sources_round10.recipe_long_form`), read on another package's
    modules. "NasNet-A (Large) ..." in `nasnet.py` and "Vision Transformer (ViT) in
    PyTorch" in `vision_transformer.py` give nothing (the parenthesis is not the module)."""
    return sources_round10.recipe_long_form(module, doc)


# "An implementation of RepGhostNet Model as defined in:", "An implementation of GhostNet &
# GhostNetV2 Models as defined in:"
_IMPLEMENTED = re.compile(r"^An implementation of ([A-Z][\w& ]*?) Models? as defined in\b")


def module_implemented_models(module: str, doc: str) -> list[str]:
    """The architectures a model module's docstring opens by saying it implements ("An
    implementation of RepGhostNet Model as defined in: ..." in `repghost.py` -> ["RepGhostNet"];
    "GhostNet & GhostNetV2 Models" -> both), each a single CamelCase word that starts with the
    module's name read without case and separators, in order. A name that is not the
    module's ("An implementation of ResNet Model ..." in `repghost.py`) or a sentence that
    does not open the docstring gives nothing."""
    match = _IMPLEMENTED.match(" ".join(doc.split()))
    if not match:
        return []
    found = []
    for name in (part.strip() for part in match.group(1).split("&")):
        if re.fullmatch(r"[A-Z][A-Za-z0-9]*", name) and norm(name).startswith(norm(module)):
            found.append(name)
    return found


# The distributions whose metafiles sources.openmmlab_facts reads, as a fact's source opens.
OPENMMLAB = tuple(
    f"{d} "
    for d in ("mmdet", "mmsegmentation", "mmpose", "mmaction2", "mmagic", "mmocr", "mmdet3d",
              "mmflow", "mmpretrain", "mmyolo", "mmtrack", "mmrotate")
)  # fmt: skip

# "ICDAR2015", "KITTI2012": an acronym in capitals and a year, written together.
_ACRONYM_YEAR = re.compile(r"([A-Z]{3,})((?:19|20)\d\d)")


def spaced_year(name: str) -> str | None:
    """The spelling with a space of a data-set name that writes an acronym in capitals and a
    year together, as the OpenMMLab metafiles do ("ICDAR2015" -> "ICDAR 2015", which is how
    papers write the competition's data set); None for any other name: a number that is not
    a year ("VOC2007" is a year, "Places365" and "COCO80" are not), an acronym not in
    capitals ("CoNLL2003"), a name already spaced or hyphenated ("FER-2013")."""
    match = _ACRONYM_YEAR.fullmatch(name)
    return f"{match.group(1)} {match.group(2)}" if match else None


# "... communicating-with [CARLA](https://carla.org) - The open-source simulator for
# autonomous driving research."
_DESCRIBED_SIMULATOR = re.compile(
    r"\[([A-Z][\w-]*(?:[A-Z]|\d)[\w-]*)\]\(https?://[^)\s]+\) [-\u2013\u2014:] "
    r"(?:The|An?) (?:[\w-]+ ){0,3}(?:simulator|simulation platform|benchmark)\b"
)


def described_simulator(description: str) -> str | None:
    """The simulator a package description names as one: a linked name (a capital inside
    it, or a digit) followed by " - The ... simulator" ("[CARLA](https://carla.org) - The
    open-source simulator for autonomous driving research" -> "CARLA"), or "... benchmark";
    None where the link names something else ("[Guide for getting started with CARLA](...)")
    or no simulator is described."""
    match = _DESCRIBED_SIMULATOR.search(" ".join(description.split()))
    return match.group(1) if match else None


# -- readers ------------------------------------------------------------------------------------


def gymnasium_robotics_facts() -> list[Fact]:
    """The data-set suites gymnasium-robotics' `envs/**/*.py` module docstrings cite by
    paper (`cited_dataset_suites`: D4RL), and the environment groups its environment
    classes' docstrings name (`environment_groups`: AntMaze, PointMaze); kind benchmark,
    modality embodied."""
    v, root = sources._package("gymnasium-robotics", "gymnasium_robotics")
    facts: list[Fact] = []
    named: set[str] = set()

    def add(name: str, source: str) -> None:
        """The first statement of a name makes its fact."""
        if name in named or _denied(name):
            return
        named.add(name)
        facts.append(Fact("dataset", "dataset", name, f"{v}: {source}",
                          kind="benchmark", modality="embodied"))  # fmt: skip

    for path in sorted((root / "envs").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(root).as_posix()
        for name in cited_dataset_suites(ast.get_docstring(tree) or ""):
            add(name, f"{where} module docstring (cited paper '{name}: ...')")
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for name in environment_groups(ast.get_docstring(node) or ""):
                    add(name, f"{where} {node.name} docstring")
    return facts


def timm_long_form_facts() -> list[Fact]:
    """The architectures timm's `models/*.py` module docstrings open with by long form and
    abbreviation (`module_long_form`), each a family named by the abbreviation as the
    docstring spells it (so that it is one entry with what other packages state under that
    name: mmpretrain's XCiT) with the long form as an alias; kind vision."""
    return long_form_module_facts("timm", "timm", _denied)


def long_form_module_facts(distribution: str, top: str, denied: Callable[..., bool]) -> list[Fact]:
    """A package's `models/*.py` modules whose docstrings open with a long form and its
    abbreviation (`module_long_form`): one vision family per module, named by the
    abbreviation, the long form an alias; `denied` is the asking round's deny test."""
    v, root = sources._package(distribution, top)
    facts: list[Fact] = []
    for path in sorted((root / "models").glob("*.py")):
        doc = sources_more.module_docstring(path)
        found = module_long_form(path.stem, doc)
        if not found or denied(*found):
            continue
        abbreviation, long_form = found
        facts.append(Fact("model", "family", abbreviation,
                          f"{v}: models/{path.name} module docstring", aliases=[long_form],
                          kind="vision"))  # fmt: skip
    return facts


def timm_implemented_facts() -> list[Fact]:
    """The architectures timm's `models/*.py` module docstrings open by saying they implement
    (`module_implemented_models`: RepGhostNet), each a family; kind vision."""
    v, root = sources._package("timm", "timm")
    facts: list[Fact] = []
    for path in sorted((root / "models").glob("*.py")):
        doc = sources_more.module_docstring(path)
        for name in module_implemented_models(path.stem, doc):
            if not _denied(name):
                facts.append(Fact("model", "family", name,
                                  f"{v}: models/{path.name} module docstring",
                                  kind="vision"))  # fmt: skip
    return facts


def spaced_year_facts(facts: list[Fact], readers: tuple[str, ...], known: set[str]) -> list[Fact]:
    """For each data set a package of `readers` states under an acronym-and-year name
    (`spaced_year`: mmocr's "ICDAR2015"), a fact of the same name, source and kind whose
    alias is the spaced spelling, so that the merge joins it to that entry; once per name.
    Not where the acronym alone is a name the catalog knows (`known`, name keys: "kitti"):
    there the linker already reads "KITTI 2015" as that data set's edition, a variant of
    KITTI, which an alias would replace by a separate entry."""
    found: list[Fact] = []
    seen: set[str] = set()
    for fact in facts:
        spaced = spaced_year(fact.name)
        if (
            fact.type != "dataset"
            or not spaced
            or fact.name in seen
            or not fact.source.startswith(readers)
            or norm(spaced.split()[0]) in known
            or _denied(fact.name, spaced)
        ):
            continue
        seen.add(fact.name)
        found.append(Fact("dataset", "dataset", fact.name, fact.source, aliases=[spaced],
                          kind=fact.kind, modality=fact.modality, task=fact.task))  # fmt: skip
    return found


def carla_facts() -> list[Fact]:
    """The simulator carla's package description names (`described_simulator`: CARLA), a
    benchmark of modality embodied, as the earlier rounds take MuJoCo and AI2-THOR from
    their summaries."""
    v, _ = sources._package("carla", "carla")
    description = sources.description("carla")
    name = described_simulator(description)
    if not name or _denied(name):
        return []
    return [Fact("dataset", "dataset", name, f"{v}: package description", kind="benchmark",
                 modality="embodied")]  # fmt: skip
