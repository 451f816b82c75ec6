"""Readers of a thirty-seventh round (requirements-read-round37.txt), in sources.py's style.
Like the thirtieth and thirty-fourth to thirty-sixth rounds it was asked for names papers use
that the catalog lacked; each place below is still read whole, and every name it states that
passes the guard is taken. All packages are read as files and package metadata, never
imported.

- easyfsl (the sixteenth round's pin): the data sets its description links to their Papers
  with Code page (round 36's `pwc_linked_datasets`: "**[miniImageNet](https://
  paperswithcode.com/dataset/miniimagenet)**").
- crfm-helm (the twenty-seventh round's pin): the data set a scenario class's docstring opens
  with, where the name is the class's without "Scenario" (`scenario_opening_dataset`: "The
  Hateful Memes Challenge and Dataset is ..." of HatefulMemesScenario).
- ir-datasets (the seventeenth round's pin): the collection a documentation file's subset
  describes by its identifier's name (`subset_named`: "nocr/trec7" / "The TREC 7 Adhoc
  Retrieval track.").
- recbole (the first round's pin): the data set a knowledge-graph archive is named for
  (`kg_archive_name`: "KGDatasets/Amazon-book-KG.zip" -> "Amazon-book").
- torchaudio (the first round's pin): a model class named by the bracketed abbreviation its
  docstring gives ("Recurrent neural network transducer (RNN-T) model." of class RNNT:
  `abbreviated_class`).
- deepchem (the fourth round's pin): a model class its docstring says originated from a
  reference (`originated_class`: TextCNN, "Originated from [2]." / "[2] Kim, Yoon.
  "Convolutional neural networks for sentence classification."").
- ogbench, gym-super-mario-bros, ternausnet (new): the benchmark ogbench's summary names
  (rules.summary_name: "OGBench: Benchmarking ..."), the game gym-super-mario-bros' summary
  names as the package (`summary_game`: "Super Mario Bros. for Gymnasium"), the model
  ternausnet's first heading names as the package (`heading_titled_model`: "# TernausNet:
  U-Net with VGG11 Encoder ...").

The name rules are the pure functions at the top, tested in `tests/test_catalog37.py`;
docs/catalog.md ("A thirty-seventh round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round33
import sources_round36
from rules import Fact, norm, summary_name

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND37: dict[str, str] = {
    "DecodingTrustToxicityPrompts": "HELM's class name for DecodingTrust's toxicity prompts "
    '("The DecodingTrustToxicityPrompts dataset is from the paper"), an identifier no paper '
    "writes; the benchmark is DecodingTrust",
    "NaturalQA": "HELM's shorthand for Natural Questions (\"The NaturalQA dataset is from the "
    'paper"); the entry would be named by it, as O365 is denied for Objects365',
    "LSAT": "HELM's LSAT logical-reasoning set; papers write LSAT for the Law School Admission "
    'Test itself ("scores in the 90th percentile on the LSAT") far more often',
}


# Denied by an earlier round (sources_round36._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round36._denied, DENY_ROUND37)


# -- name rules (pure) ------------------------------------------------------------------------


def _letters(text: str) -> str:
    """A name's identity without case and punctuation: "Super Mario Bros." -> "supermariobros"."""
    return re.sub(r"[\W_]+", "", text.casefold())


_OPENING = re.compile(r"The ((?:[A-Z][\w-]*|\d+)(?: (?:[A-Z][\w-]*|\d+))*?)(?: Challenge and)? "
                      r"(?:[Dd]ataset|[Cc]orpus|[Bb]enchmark)\b")  # fmt: skip


def scenario_opening_dataset(class_name: str, doc: str) -> str | None:
    """The data set a scenario class's docstring opens with, "The <Name> [Challenge and]
    Dataset/dataset ...", where the name read without case and separators is the class's
    without "Scenario": ("HatefulMemesScenario", "The Hateful Memes Challenge and Dataset is
    a competition ...") -> "Hateful Memes"; "The OpinionsQAScenario dataset" (the class's own
    name), "The LSAT dataset" of LSATQAScenario and another opening name none."""
    stem = class_name.removesuffix("Scenario")
    found = _OPENING.match(" ".join(doc.split()))
    if stem == class_name or not found or found[1].endswith("Scenario"):
        return None
    return found[1] if _letters(found[1]) == _letters(stem) else None


def subset_named(subset: str, desc: str) -> str | None:
    """The name a subset's description gives it, where its first words after "The" read
    without case and separators are the subset identifier's last part: ("nocr/trec7", "<p>
    The TREC 7 Adhoc Retrieval track. </p>") -> "TREC 7"; ("trec-robust-2004/fold1", "...")
    and a description naming something else give none."""
    text = re.sub(r"<[^>]+>", " ", desc)
    found = re.match(r"\s*The ((?:[A-Z][\w-]*|\d+)(?: (?:[A-Z][\w-]*|\d+)){0,3})\b", text)
    if not found:
        return None
    key = _letters(subset.rsplit("/", 1)[-1])
    words = found[1].split()
    for count in range(1, len(words) + 1):
        name = " ".join(words[:count])
        if _letters(name) == key:
            return name
    return None


def kg_archive_name(url: str) -> str | None:
    """The data set a knowledge-graph archive's file is named for, "<Name>-KG.zip":
    ".../KGDatasets/Amazon-book-KG.zip" -> "Amazon-book"; another file name gives none."""
    found = re.search(r"/KGDatasets/([A-Za-z][\w.-]*?)-KG\.zip$", url)
    return found[1] if found else None


def abbreviated_class(class_name: str, doc: str) -> str | None:
    """The abbreviation a class's docstring gives the model the class is named for, where it
    is the class's name with separators: ("RNNT", "torchaudio.models.RNNT() Recurrent neural
    network transducer (RNN-T) model.") -> "RNN-T"; the class's own spelling ("(RNNT)") or
    another abbreviation gives none."""
    text = " ".join(doc.split())
    for found in re.finditer(r"\(([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)\) model\b", text):
        if found[1] != class_name and norm(found[1]) == norm(class_name):
            return found[1]
    return None


def originated_class(class_name: str, doc: str) -> str | None:
    """The class's name where its docstring says the model "Originated from [n]" and the
    reference [n] is a quoted paper title: ("TextCNN", "A 1D convolutional neural network
    ... Originated from [2]. ... .. [2] Kim, Yoon. "Convolutional neural networks for
    sentence classification." ...") -> "TextCNN". A class without a capital inside its name,
    or a reference with no quoted title, gives none."""
    if not sources_round33.coined(class_name):
        return None
    text = " ".join(doc.split())
    found = re.search(r"\bOriginated from \[(\d+)\]", text)
    if not found:
        return None
    reference = re.search(rf"\.\. \[{found[1]}\][^\[]*?\"[^\"]+\"", text)
    return class_name if reference else None


def summary_game(summary: str, package: str) -> str | None:
    """The game a summary names as the package's, "<Name> for Gymnasium" (or Gym), where the
    name read without case and punctuation is the package's without "gym": ("Super Mario
    Bros. for Gymnasium", "gym-super-mario-bros") -> "Super Mario Bros."."""
    found = re.match(r"([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*) for (?:Gymnasium|OpenAI Gym|Gym)\b",
                     summary.strip())  # fmt: skip
    if not found:
        return None
    key = _letters(re.sub(r"^gym[-_]?", "", package))
    return found[1] if _letters(found[1]) == key else None


def heading_titled_model(description: str, package: str) -> str | None:
    """The model a description's first heading titles the package by, "# <Name>: <subtitle>",
    where the name, with a capital after its first letter, is the package's name read without
    case: ("# TernausNet: U-Net with VGG11 Encoder ...", "ternausnet") -> "TernausNet"."""
    found = re.search(r"^# ([A-Za-z][\w-]*): ", description, re.M)
    if not found or not sources_round33.coined(found[1]):
        return None
    return found[1] if norm(found[1]) == norm(package) else None


# -- readers ----------------------------------------------------------------------------------


def easyfsl_linked_facts() -> list[Fact]:
    """The data sets easyfsl's description links to Papers with Code
    (`sources_round36.pwc_linked_datasets`: miniImageNet, tieredImageNet): data sets of
    modality image, task few-shot image classification."""
    v = sources.source_label("easyfsl")
    facts = []
    for name in sources_round36.pwc_linked_datasets(sources.description("easyfsl")):
        if not _denied(name):
            facts.append(Fact("dataset", "dataset", name,
                              f"{v}: package description Papers with Code link {name!r}",
                              kind="dataset", modality="image",
                              task="few-shot image classification"))  # fmt: skip
    return facts


def helm_opening_facts() -> list[Fact]:
    """The data sets HELM's scenario classes' docstrings open with
    (`scenario_opening_dataset`: Hateful Memes, BoolQ, QuAC, ...): data sets of modality image
    under `vision_language/`, else text."""
    v, root = sources._package("crfm-helm", "helm")
    scenarios = root / "benchmark" / "scenarios"
    facts: dict[str, Fact] = {}
    for path in sorted(scenarios.rglob("*.py")):
        image = "vision_language" in path.parts
        for node, doc in sources_more.definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            name = scenario_opening_dataset(node.name, doc)
            if not name or _denied(name) or norm(name) in facts:
                continue
            where = f"{v}: benchmark/scenarios/{path.relative_to(scenarios).as_posix()} " \
                    f"{node.name} docstring"  # fmt: skip
            facts[norm(name)] = Fact("dataset", "dataset", name, where, kind="dataset",
                                     modality="image" if image else "text")  # fmt: skip
    return list(facts.values())


_SUBSET = re.compile(r"^([\w./-]+):\s*\n\s+desc:\s*'(.*?)'", re.M | re.S)


def ir_datasets_subset_facts() -> list[Fact]:
    """The collections ir_datasets' documentation files' subsets are described by their
    identifier's name (`subset_named`: TREC 7, TREC 8 of `docs/disks45.yaml`): data sets of
    modality text, task information retrieval, the identifier a match key."""
    v, root = sources._package("ir_datasets", "ir_datasets")
    facts: dict[str, Fact] = {}
    for path in sorted((root / "docs").glob("*.yaml")):
        for subset, desc in _SUBSET.findall(path.read_text(encoding="utf-8")):
            name = subset_named(subset, desc)
            if not name or _denied(name) or norm(name) in facts:
                continue
            facts[norm(name)] = Fact(
                "dataset",
                "dataset",
                name,
                f"{v}: docs/{path.name} {subset!r} desc",
                match_keys=[subset.rsplit("/", 1)[-1]],
                kind="dataset",
                modality="text",
                task="information retrieval",
            )
    return list(facts.values())


def recbole_kg_facts(named: dict[str, str]) -> list[Fact]:
    """The data sets recbole's knowledge-graph archives are named for (`kg_archive_name`:
    Amazon-book), each once; a name read before (`named`: norm -> that fact's name) joins it,
    its spelling an alias where it differs (torch-geometric's AmazonBook gains "Amazon-book";
    LFM-1b and MovieLens are recbole's own). Kind dataset, task recommendation."""
    v, root = sources._package("recbole", "recbole")
    text = (root / "properties" / "dataset" / "kg_url.yaml").read_text(encoding="utf-8")
    facts: dict[str, Fact] = {}
    for key, url in re.findall(r"^([\w.-]+):\s*(\S+)\s*$", text, flags=re.MULTILINE):
        name = kg_archive_name(url)
        if not name or _denied(name) or norm(name) in facts:
            continue
        joined = named.get(norm(name), name)
        facts[norm(name)] = Fact("dataset", "dataset", joined,
                                 f"{v}: properties/dataset/kg_url.yaml {key!r}",
                                 aliases=[name] if joined != name else [],
                                 kind="dataset", task="recommendation")  # fmt: skip
    return list(facts.values())


def torchaudio_abbreviated_facts() -> list[Fact]:
    """The models torchaudio's `models.__all__` classes are named for by the abbreviation
    their docstring gives (`abbreviated_class`: RNN-T of RNNT), the class name a match key
    only ("RNNT-loss" names the loss, dev3):
    families of kind speech."""
    v, root = sources._package("torchaudio", "torchaudio")
    docs = sources._docstrings(list((root / "models").rglob("*.py")))
    facts = []
    for cls in sources._string_list(root / "models" / "__init__.py", "__all__"):
        name = abbreviated_class(cls, docs.get(cls, ""))
        if name and not _denied(name, cls):
            facts.append(Fact("model", "family", name, f"{v}: models.{cls} docstring",
                              match_keys=[cls], kind="speech"))  # fmt: skip
    return facts


def deepchem_originated_facts() -> list[Fact]:
    """The model classes of deepchem's `models/torch_models/*.py` whose docstring says they
    originated from a cited paper (`originated_class`: TextCNN, from Kim 2014), a wrapper
    class's "Model" suffix dropped (TextCNNModel is TextCNN): families of kind other."""
    v, root = sources._package("deepchem", "deepchem")
    facts: dict[str, Fact] = {}
    for path in sorted((root / "models" / "torch_models").glob("*.py")):
        for node, doc in sources_more.definitions(path):
            name = originated_class(node.name, doc) if isinstance(node, ast.ClassDef) else None
            # TextCNNModel wraps TextCNN (deepchem's TorchModel around the network): one model.
            name = name.removesuffix("Model") if name else None
            if name and not _denied(name) and norm(name) not in facts:
                where = f"{v}: models/torch_models/{path.name} {node.name} docstring"
                facts[norm(name)] = Fact("model", "family", name, where, kind="other")
    return list(facts.values())


def named_package_facts() -> tuple[list[Fact], list[Fact]]:
    """(models, data sets) three new packages name as themselves: ogbench's summary
    (rules.summary_name: OGBench, a benchmark of modality embodied), gym-super-mario-bros'
    summary (`summary_game`: Super Mario Bros., a benchmark of modality embodied), ternausnet's
    first heading (`heading_titled_model`: TernausNet, a family of kind vision)."""
    models: list[Fact] = []
    datasets: list[Fact] = []
    found = summary_name(sources.summary("ogbench"))
    if found and not _denied(found[0], *found[1]):
        datasets.append(Fact("dataset", "dataset", found[0],
                             f"{sources.source_label('ogbench')}: package metadata Summary",
                             aliases=found[1], kind="benchmark", modality="embodied",
                             task="offline goal-conditioned reinforcement learning"))  # fmt: skip
    package = "gym-super-mario-bros"
    name = summary_game(sources.summary(package), package)
    if name and not _denied(name):
        datasets.append(Fact("dataset", "dataset", name,
                             f"{sources.source_label(package)}: package metadata Summary",
                             kind="benchmark", modality="embodied"))  # fmt: skip
    name = heading_titled_model(sources.description("ternausnet"), "ternausnet")
    if name and not _denied(name):
        where = f"{sources.source_label('ternausnet')}: package description heading {name!r}"
        models.append(Fact("model", "family", name, where, kind="vision",
                           note="image segmentation"))  # fmt: skip
    return models, datasets
