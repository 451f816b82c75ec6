"""Readers of a seventh round of packages (requirements-read-more.txt), in sources.py's style.

- fairchem-core: the pretrained checkpoints its `models/pretrained_models.json` lists
  ("GemNet-OC-S2EF-OC20-All+MD", "EquiformerV2-31M-OMAT24-MP-sAlex"): each key names the
  network before the task it was trained for and the data sets after it. The networks
  become families and the data sets whose name carries its two-digit year ("OC20", "OC22")
  data sets; the checkpoints themselves, identifiers papers do not write, make nothing.
  Model classes whose docstring opens with their own name, comma or space ("GemNet-T,
  triplets-only variant of GemNet" for `GemNetT`) add that spelling;
- darts: the forecasting model each `models/forecasting/*.py` `<Name>Model` class's
  `__init__` docstring names in its first sentence ("An implementation of the N-HiTS
  model", "Chronos-2 Model for zero-shot forecasting", "TiRex foundation model for ...",
  "Temporal Fusion Transformers (TFT) for ..."), where that name spells the class's.

The name rules are the pure functions at the top, tested in `tests/test_catalog_round7.py`;
docs/catalog.md ("A seventh round of sources") states them.
"""

from __future__ import annotations

import ast
import json
import re

import sources
import sources_more
import sources_round6
from rules import Fact, norm, opening_name
from sources_more import definitions
from sources_round6 import named_classes

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; docs/catalog.md lists each with its reason.
DENY_ROUND7 = {
    "SCN": "fairchem-core's Spherical Channel Network: SCN is also the suprachiasmatic "
    "nucleus, sparse coding networks and other abbreviations; eSCN stays",
    "T0": "darts' T0 forecasting model of The Forecasting Company: T0 is the hand-written "
    "BigScience T0 language model, which the name would confirm",
    "SPICE": "torchmd-net's: SPICE is also the image-captioning metric papers report",
    "MACEOFF": "torchmd-net's data set of the MACE-OFF paper: papers write MACE-OFF for the "
    "force field (a model), which the folded name would link as this data set",
    "DrugBank": "torchmd-net's COMP6 subset of 837 DrugBank molecules: papers naming DrugBank "
    "mean the drug database, another entity",
}

# The tasks fairchem's checkpoints were trained for (Open Catalyst's S2EF, S2EFS, IS2RE and
# "force-only" S2EF): the words after the network's name.
_TASK = re.compile(r"S2EFS?|IS2RE|force")
# A data set named with its two-digit year, as the Open Catalyst releases are ("OC20").
_DATED_DATASET = re.compile(r"[A-Z][A-Za-z]*\d{2}")


# Denied by an earlier round (sources_round6._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round6._denied, DENY_ROUND7)


def fairchem_checkpoint_names(key: str) -> tuple[str, list[str]] | None:
    """(network, data sets) a fairchem `pretrained_models.json` key names, or None.

    The network is the key's first hyphen-separated word, with the second where that is a
    variant's one or two letters ("GemNet-dT", "GemNet-OC"); sizes ("31M"), hyperparameters
    ("L6", "Lay12", "t4"), "Large" and "DeNS" after it are configurations. The data sets are
    the words after the task ("S2EF", "S2EFS", "IS2RE", "force-only"), or after the sizes
    and configurations where no task is written ("EquiformerV2-31M-OMAT24-MP-sAlex"), split
    at "+" and "->" ("OC20+OC22", "OC20->OC22"), kept where the name ends in a two-digit
    year ("OC20", "OMAT24"): "MP", "ODAC", "OAM", "sAlex", "All", "2M" and "MD" are splits,
    sizes, abbreviations or names papers write otherwise (ODAC23, Materials Project)."""
    words = key.split("-")
    if not re.fullmatch(r"[A-Za-z][\w+]*", words[0]) or len(words) < 2:
        return None
    network = words[0]
    rest = words[1:]
    if re.fullmatch(r"[A-Za-z]{1,2}", rest[0]) and not _TASK.fullmatch(rest[0]):
        network, rest = f"{network}-{rest[0]}", rest[1:]
    tasks = [i for i, word in enumerate(rest) if _TASK.fullmatch(word)]
    tail = rest[tasks[0] + 1 :] if tasks else rest
    datasets: list[str] = []
    for word in tail:
        for part in re.split(r"\+|->|>", word):
            if _DATED_DATASET.fullmatch(part) and part not in datasets:
                datasets.append(part)
    return network, datasets


def opening_class_name(class_name: str, doc: str) -> str | None:
    """The name a model class's docstring opens with, where that word is the class's name
    read without case and separators ("GemNet-T, triplets-only variant of GemNet" for
    `GemNetT`, "PaiNN model based on ..." for `PaiNN`); "Equivariant Spherical Channel
    Network" (`eSCN`) and "Wrapper around ... SchNet" (`SchNetWrap`) name nothing."""
    return opening_name(doc, r"([A-Za-z][\w+-]*[\w+])(?:[,\s]|$)", class_name)


# "An implementation of the N-HiTS model, as presented in [1]_.", "Chronos-2 Model for
# zero-shot forecasting.", "TimesFM 3.0 foundation model for ...", "Temporal Convolutional
# Network Model (TCN).", "Time-Series Mixer (TSMixer): An All-MLP Architecture ...".
_FORECASTER = re.compile(
    r"^An implementation of the ([A-Z][\w.+-]*) model\b"
    r"|^([A-Z][\w.+-]*(?: \d[\d.]*)?) (?:foundation )?[Mm]odel for "
    r"|^[A-Z][\w-]*(?: [\w-]+){1,7} \(([A-Z][\w-]*)\)[.:]? "
)


def darts_model_name(class_name: str, doc: str) -> str | None:
    """The model a darts `<Name>Model` class implements, as its `__init__` docstring's
    first sentence names it ("An implementation of the TiDE model", "PatchTST-FM Model for
    zero-shot forecasting", "TiRex foundation model for", a long form's "(N-BEATS)"), kept
    only where the name, read without case and separators and with a version's "." as
    darts' class names write it ("2p5") or a trailing ".0" dropped, is the class name
    before "Model": "Recurrent Neural Network Model (RNNs)", "Transformer model" and
    "Naive combination model" name nothing."""
    if not class_name.endswith("Model"):
        return None
    first = " ".join(doc.split()) + " "
    match = _FORECASTER.match(first)
    if not match:
        return None
    name = next(g for g in match.groups() if g).rstrip(".")
    stem = norm(class_name[: -len("Model")])
    spellings = {norm(name).replace(".", "p"), norm(re.sub(r"\.0$", "", name))}
    return name if stem in spellings else None


def torchmd_name(class_name: str, doc: str, kind: str) -> str | None:
    """The network ("TensorNet's architecture.") or data set ("S66x8 Benchmark.",
    "WaterBox dataset from [1]_.") a torchmd-net class's docstring opens with, where the
    name, read without case and separators, is the class's: "Equivariant Transformer's
    architecture" (`TorchMD_ET`), "Tripeptide Benchmark" (`Tripeptides`), "The ACE
    dataset" and "ANI Molecular Dynamics (ANI-MD) Benchmark" name nothing."""
    pattern = r"(\S+)'s architecture\." if kind == "model" else r"(\S+) (?:dataset\b|Benchmark\.)"
    return opening_name(doc, pattern, class_name)


# -- readers ------------------------------------------------------------------------------------


def fairchem_facts() -> tuple[list[Fact], list[Fact]]:
    """(networks, data sets) of fairchem-core's pretrained checkpoints
    (`fairchem_checkpoint_names`) and its model classes' docstrings (`opening_class_name`);
    kind molecule, modality molecule. A network's spellings that differ in case only
    ("Gemnet-OC", "GemNet-OC") are one family named as most keys spell it."""
    v, root = sources._package("fairchem-core", "fairchem/core")
    listing = root / "models" / "pretrained_models.json"
    keys = sorted(json.loads(listing.read_text(encoding="utf-8")))
    spellings: dict[str, dict[str, list[str]]] = {}
    dataset_keys: dict[str, str] = {}
    for key in keys:
        found = fairchem_checkpoint_names(key)
        if found is None:
            continue
        network, datasets = found
        spellings.setdefault(norm(network), {}).setdefault(network, []).append(key)
        for dataset in datasets:
            dataset_keys.setdefault(dataset, key)
    models: list[Fact] = []
    for by_spelling in spellings.values():
        name = max(sorted(by_spelling), key=lambda s: len(by_spelling[s]))
        if _denied(name):
            continue
        where = f"{v}: models/pretrained_models.json {by_spelling[name][0]!r}"
        models.append(Fact("model", "family", name, where, kind="molecule"))
    known = {norm(f.name) for f in models}
    for path in sorted((root / "models").rglob("*.py")):
        for node, doc in definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            name = opening_class_name(node.name, doc)
            if not name or norm(name) in known or _denied(name, node.name):
                continue
            known.add(norm(name))
            where = f"{v}: models/{path.relative_to(root / 'models')} {node.name} docstring"
            models.append(Fact("model", "family", name, where, kind="molecule"))
    datasets = [
        Fact(
            "dataset",
            "dataset",
            name,
            f"{v}: models/pretrained_models.json {key!r}",
            kind="dataset",
            modality="molecule",
        )
        for name, key in sorted(dataset_keys.items())
        if not _denied(name)
    ]
    return models, datasets


def darts_facts() -> list[Fact]:
    """The forecasting models of darts' `models/forecasting/*.py` classes
    (`darts_model_name`), read through `ast`; kind other, as neuralforecast's."""
    v, root = sources._package("darts", "darts")
    facts: list[Fact] = []
    for path in sorted((root / "models" / "forecasting").glob("*.py")):
        for node, _ in definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            init = next(
                (f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"),
                None,
            )
            name = darts_model_name(node.name, ast.get_docstring(init) or "" if init else "")
            if not name or _denied(name, node.name):
                continue
            where = f"{v}: models/forecasting/{path.name} {node.name}.__init__ docstring"
            facts.append(Fact("model", "family", name, where, kind="other"))
    return facts


def torchmd_facts() -> tuple[list[Fact], list[Fact]]:
    """(networks, data sets) of torchmd-net's `models` and `datasets` modules
    (`torchmd_name`), read through `ast`; kind molecule, modality molecule."""
    v, root = sources._package("torchmd-net", "torchmdnet")
    found: dict[str, list[Fact]] = {"model": [], "dataset": []}
    folders = (("model", "models"), ("dataset", "datasets"))
    for kind, name, place in named_classes(root, folders, torchmd_name, _denied):
        where = f"{v}: {place}"
        if kind == "model":
            found[kind].append(Fact("model", "family", name, where, kind="molecule"))
        else:
            found[kind].append(
                Fact("dataset", "dataset", name, where, kind="dataset", modality="molecule")
            )
    return found["model"], found["dataset"]
