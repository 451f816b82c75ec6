"""Readers of a forty-fifth round (requirements-read-round45.txt), in sources.py's style.
Asked for names the linker missed on read papers; each is taken only where a package states
it. Three distributions are new (anomalib, effdet, s3prl), read as files (module source
through `ast`, comments) and package metadata; the rest are places in packages earlier rounds
pinned; none is imported.

- torchvision (the first round's pin): the versions its `Kinetics` docstring lists by a
  slash after the class's name, "Kinetics-400/600/700 are action recognition video
  datasets." (`slashed_versions`), and the class itself as their family: Kinetics, with
  Kinetics-400 (hand-written), Kinetics-600 and Kinetics-700.
- anomalib (new): the data set each `data/datasets/<kind>/<module>.py` module docstring
  opens with, "MVTec AD Dataset.", "Visual Anomaly (VisA) Dataset.", where the name (or its
  parenthesised abbreviation) read without case and separators begins with the module's
  (`module_dataset`), with the datamodule class of the same name in another spelling as an
  alias (`MVTecAD`).
- lhotse (the first round's pin): the corpus a recipe module's docstring quotes the README
  of, "The following are the original TED-LIUM 2 README contents." of `tedlium2`, where the
  name read without case and separators is the module's (`readme_corpus`), an alias of the
  recipe's corpus.
- mmaction2 (round 2's pin): the data sets `PoseDataset`'s docstring gives split choices
  for, "For NTURGB+D, allowed choices are ...", "For NTURGB+D 120, ..." (`split_datasets`).
- effdet (new): the detector its summary names, "EfficientDet for PyTorch"
  (`summary_for_framework`), and its checkpoints, the description's result headings
  "#### EfficientDet-D0", "##### TF-EfficientDet-D7" (`heading_checkpoints`).
- s3prl (new): the upstream model each `upstream/<folder>/hubconf.py` header comment names,
  "#   Synopsis     [ the BYOL-A torch hubconf ]", where the name, written with a capital,
  read without case and separators is the folder's (`hubconf_synopsis`).
- dcase_util (round 9's pin): the embedding models its feature extractors describe,
  `description = 'OpenL3 (embedding)'` (`embedding_description`).

docs/catalog.md ("A forty-fifth round of sources") states the rules, and what was looked at
and not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round40
import sources_round44
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND45: dict[str, str] = {
    "VAD": "anomalib's VAD (Valeo Anomaly Dataset); in capitals VAD is voice activity "
    "detection in every speech text, and video anomaly detection in vision ones",
    "BTech": "anomalib's BTech (beanTech anomaly detection) set, which papers write BTAD; "
    "BTech is also the Bachelor of Technology degree",
    "TorchOpenL3": "dcase_util's extractor of the PyTorch port of OpenL3 (the torchopenl3 "
    "package), the same model as OpenL3, not a model of its own",
}


# Denied by an earlier round (sources_round44._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round44._denied, DENY_ROUND45)


# -- name rules (pure) ------------------------------------------------------------------------


def _flat(doc: str) -> str:
    return " ".join(doc.split())


def slashed_versions(cls: str, doc: str) -> list[str]:
    """The versions a docstring lists by slashes after the class's name and a hyphen,
    "<Class>-<n>/<n>/<n> are ... datasets": ("Kinetics", "Kinetics-400/600/700 are action
    recognition video datasets.") -> ["Kinetics-400", "Kinetics-600", "Kinetics-700"]; a
    list after another name gives none."""
    found = re.search(rf"\b{re.escape(cls)}-(\d+(?:/\d+)+) (?:are|is)\b[^.]*\bdatasets?\b",
                      _flat(doc))  # fmt: skip
    return [f"{cls}-{number}" for number in found[1].split("/")] if found else []


def module_dataset(stem: str, module_doc: str) -> tuple[str, list[str]] | None:
    """(name, aliases) of the data set a module's docstring opens with, "<Name> Dataset." or
    "<Name> Datamodule.", where the name read without case and separators begins with the
    module's name; a name that ends in an abbreviation in parentheses is that abbreviation,
    its long form an alias: ("mvtecad", "MVTec AD Dataset.") -> ("MVTec AD", []);
    ("visa", "Visual Anomaly (VisA) Dataset.") -> ("VisA", ["Visual Anomaly"]);
    ("folder", "Custom Folder Dataset.") -> None."""
    first = module_doc.strip().split("\n", 1)[0]
    found = re.match(r"(.+?) (?:Dataset|Datamodule)\b", first)
    if not found:
        return None
    name, aliases = found[1], []
    abbreviated = re.fullmatch(r"(.+?) \(([A-Za-z][\w-]*)\)", name)
    if abbreviated:
        name, aliases = abbreviated[2], [abbreviated[1]]
    return (name, aliases) if norm(name).startswith(norm(stem)) else None


def readme_corpus(stem: str, module_doc: str) -> str | None:
    """The corpus a recipe module's docstring quotes the README of, where its name read
    without case and separators is the module's: ("tedlium2", "The following are the
    original TED-LIUM 2 README contents.") -> "TED-LIUM 2"; ("tedlium", "... the original
    TED-LIUM 3 README contents.") -> None (the module is named for the corpus, not release 3)."""
    found = re.search(r"\bthe original (.+?) README contents\b", _flat(module_doc))
    return found[1] if found and norm(found[1]) == norm(stem) else None


def split_datasets(doc: str) -> list[str]:
    """The data sets a docstring gives split choices for, "For <A> and <B>, allowed choices
    are ...": ("For UCF101 and HMDB51, allowed choices are ... For NTURGB+D, allowed choices
    are ... For NTURGB+D 120, ...") -> ["UCF101", "HMDB51", "NTURGB+D", "NTURGB+D 120"]."""
    names: list[str] = []
    for found in re.finditer(r"\bFor ([A-Z][\w+-]*(?: \d+)?(?: and [A-Z][\w+-]*(?: \d+)?)*), "
                             r"allowed choices (?:are|is)\b", _flat(doc)):  # fmt: skip
        names += [n for n in found[1].split(" and ") if n not in names]
    return names


def summary_for_framework(summary: str) -> str | None:
    """The model a package's summary names for a framework, "<Name> for PyTorch", one word
    with a capital inside: "EfficientDet for PyTorch" -> "EfficientDet"; "Library for
    PyTorch" -> None."""
    found = re.fullmatch(r"([A-Z][a-z]+[A-Z]\w*) for (?:PyTorch|Pytorch|TensorFlow|JAX)",
                         summary.strip())  # fmt: skip
    return found[1] if found else None


def heading_checkpoints(family: str, description: str) -> list[str]:
    """The checkpoints of `family` a description's headings name, "<Family>-<Variant>", after
    an optional "TF" and a separator (the ported weights of the same model): ("EfficientDet",
    "#### EfficientDet-D0", "##### TF-EfficientDet-D7", "##### TF EfficientDet-D3") ->
    ["EfficientDet-D0", "EfficientDet-D7", "EfficientDet-D3"], in order, each once."""
    names: list[str] = []
    pattern = rf"^#{{2,6}} (?:TF[- ])?({re.escape(family)}-[A-Z]\d+[A-Z]?)\s*$"
    for found in re.finditer(pattern, description, flags=re.MULTILINE):
        if found[1] not in names:
            names.append(found[1])
    return names


def hubconf_synopsis(folder: str, text: str) -> str | None:
    """The model an s3prl hubconf module's header comment names, "#   Synopsis     [ the
    <Name> torch hubconf ]", written with a capital and, read without case and separators,
    the folder's name: ("byol_a", "... [ the BYOL-A torch hubconf ]") -> "BYOL-A";
    ("apc", "... [ the apc torch hubconf ]") -> None (the identifier, in lower case)."""
    found = re.search(r"^#\s*Synopsis\s*\[ the (.+?) torch hubconf \]", text, flags=re.MULTILINE)
    if not found or not re.search(r"[A-Z]", found[1]):
        return None
    return found[1] if norm(found[1]) == norm(folder) else None


def embedding_description(node: ast.ClassDef) -> str | None:
    """The model a feature extractor class describes as its embedding, `description =
    '<Name> (embedding)'`: "OpenL3 (embedding)" -> "OpenL3"; "MFCC (Librosa)" -> None."""
    for statement in node.body:
        if (
            isinstance(statement, ast.Assign)
            and any(getattr(t, "id", None) == "description" for t in statement.targets)
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        ):
            found = re.fullmatch(r"([A-Z][\w-]*) \(embedding\)", statement.value.value)
            return found[1] if found else None
    return None


# -- readers ----------------------------------------------------------------------------------


def torchvision_kinetics_facts() -> list[Fact]:
    """The Kinetics versions torchvision's `datasets/kinetics.py` `Kinetics` docstring lists
    (`slashed_versions`: Kinetics-400, -600, -700), and the class as their family (Kinetics);
    modality video, task action recognition."""
    v, root = sources._package("torchvision", "torchvision")
    facts: list[Fact] = []
    for node, doc in sources_more.classes(root / "datasets" / "kinetics.py"):
        versions = slashed_versions(node.name, doc)
        for name in [node.name, *versions] if versions else []:
            fact = Fact("dataset", "dataset", name,
                        f"{v}: datasets/kinetics.py {node.name} docstring", kind="dataset",
                        modality="video", task="action recognition")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


_ANOMALIB_KINDS = {
    "image": ("image", "anomaly detection"),
    "video": ("video", "video anomaly detection"),
    "depth": ("image", "3D anomaly detection"),
}


def anomalib_facts() -> list[Fact]:
    """The anomaly-detection data sets anomalib's `data/datasets/<kind>/*.py` module
    docstrings open with (`module_dataset`: MVTec AD, VisA, ShanghaiTech Campus), with the
    datamodule class `data/datamodules/<kind>/<module>.py` defines under the same name in
    another spelling as an alias (MVTecAD); modality and task by the folder."""
    v, root = sources._package("anomalib", "anomalib")
    facts: list[Fact] = []
    for kind, (modality, task) in _ANOMALIB_KINDS.items():
        for path in sorted((root / "data" / "datasets" / kind).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            found = module_dataset(path.stem, ast.get_docstring(tree) or "")
            if not found:
                continue
            name, aliases = found
            module = root / "data" / "datamodules" / kind / path.name
            classes = [n.name for n, _ in sources_more.classes(module)] if module.exists() else []
            aliases += [c for c in classes if norm(c) == norm(name) and c != name]
            where = f"{v}: data/datasets/{kind}/{path.name} module docstring"
            fact = Fact("dataset", "dataset", name, where, aliases=aliases, kind="dataset",
                        modality=modality, task=task)  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact, *aliases)
    return facts


def lhotse_readme_facts() -> list[Fact]:
    """The corpora lhotse's `recipes/*.py` docstrings quote the README of under their
    module's name (`readme_corpus`: TED-LIUM 2 of `tedlium2`), each a fact named as the first
    round names the recipe's corpus (the module's name), so the spelling joins that entry as
    an alias (as the fortieth round's Roman numerals do)."""
    return sources_round40.lhotse_recipe_facts(readme_corpus, _denied)


def mmaction_split_facts() -> list[Fact]:
    """The data sets mmaction2's `datasets/pose_dataset.py` `PoseDataset` docstring gives
    split choices for (`split_datasets`: NTURGB+D, NTURGB+D 120; UCF101 and HMDB51 are read
    before); modality video, task skeleton-based action recognition."""
    v, root = sources._package("mmaction2", "mmaction")
    facts: list[Fact] = []
    for node, doc in sources_more.classes(root / "datasets" / "pose_dataset.py"):
        for name in split_datasets(doc):
            fact = Fact("dataset", "dataset", name,
                        f"{v}: datasets/pose_dataset.py {node.name} docstring '{name}'",
                        kind="dataset", modality="video",
                        task="skeleton-based action recognition")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def effdet_facts() -> list[Fact]:
    """The detector effdet's summary names (`summary_for_framework`: EfficientDet) and the
    checkpoints its description's result headings name (`heading_checkpoints`:
    EfficientDet-D0 ... EfficientDet-D7X); kind vision, noted as object detection."""
    label = sources.source_label("effdet")
    family = summary_for_framework(sources.summary("effdet"))
    if not family or _denied(family):
        return []
    facts = [Fact("model", "family", family, f"{label}: package metadata Summary",
                  kind="vision", note="object detection")]  # fmt: skip
    for name in heading_checkpoints(family, sources.description("effdet")):
        fact = Fact("model", "checkpoint", name, f"{label}: package description heading "
                    f"'{name}'", family=family, kind="vision")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def s3prl_facts() -> list[Fact]:
    """The upstream models s3prl's `upstream/<folder>/hubconf.py` header comments name
    (`hubconf_synopsis`: BYOL-A, VGGish, MAE-AST; HuBERT, WavLM and UniSpeech-SAT confirm
    entries read before); kind audio, noted as an audio representation."""
    v, root = sources._package("s3prl", "s3prl")
    facts: list[Fact] = []
    for path in sorted((root / "upstream").glob("*/hubconf.py")):
        folder = path.parent.name
        name = hubconf_synopsis(folder, path.read_text(encoding="utf-8"))
        if name:
            fact = Fact("model", "family", name,
                        f"{v}: upstream/{folder}/hubconf.py header comment 'Synopsis'",
                        match_keys=[folder], kind="audio",
                        note="audio representation (an s3prl upstream)")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact, folder)
    return facts


def dcase_embedding_facts() -> list[Fact]:
    """The embedding models dcase_util's `features/features.py` extractor classes describe
    (`embedding_description`: OpenL3, EdgeL3); kind audio, noted as an audio embedding."""
    v, root = sources._package("dcase_util", "dcase_util")
    facts: list[Fact] = []
    for node, _ in sources_more.classes(root / "features" / "features.py"):
        name = embedding_description(node)
        if name:
            fact = Fact("model", "family", name,
                        f"{v}: features/features.py {node.name} description", kind="audio",
                        note="audio embedding")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts
