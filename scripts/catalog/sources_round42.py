"""Readers of a forty-second round (requirements-read-round42.txt), in sources.py's style.
Three packages are new, read as files (module source through `ast`) and package metadata,
never imported.

- grakel (new): the TU Dortmund graph-classification benchmarks its data-set module lists by
  name, the keys of `datasets/base.py`'s `dataset_metadata` (`tu_dataset_name`: "NCI1",
  "PTC_MR" -> "PTC-MR" with the key an alias, "IMDB-BINARY"); the TU splits of Tox21's
  assays ("Tox21_AHR") are tasks of the catalogued Tox21, not data sets apart.
- torchmeta (new): the few-shot data set each loader class in `datasets/**/*.py` names in
  its docstring's opening, "The <Name> dataset" (`few_shot_dataset_name`: "The Mini-Imagenet
  dataset, introduced in [1].", "The CIFAR-FS dataset", "Pascal5i dataset [1]."), the name
  read without case and separators being the class's, or the class the initials of its
  words and its number ("The Fewshot-CIFAR100 dataset" of FC100, an alias then).
- stanza (new): the named-entity corpora its NER preparation script's docstring cites by a
  paper title that opens with the corpus's name, "<Name>: <title>", the title naming a data
  set, resource or named entities (`titled_ner_corpus`: "HiNER: A Large Hindi Named Entity
  Recognition Dataset", "MasakhaNER: Named Entity Recognition for African Languages").

The name rules are the pure functions at the top, tested in `tests/test_catalog42.py`;
docs/catalog.md ("A forty-second round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round41
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND42: dict[str, str] = {
    "AIDS": "grakel's AIDS antiviral screen graphs; in capitals AIDS is the disease, which "
    "medical and epidemiological abstracts name far more often",
    "COX2": "grakel's cyclooxygenase-2 inhibitor graphs; COX2 (COX-2) is the enzyme itself "
    "in every biomedical and drug-discovery text",
    "DHFR": "grakel's dihydrofolate reductase inhibitor graphs; DHFR is the enzyme itself, a "
    "classic drug target biomedical texts name",
    "ER_MD": "grakel's estrogen-receptor distance graphs; its spellings 'ER MD' and 'ER-MD' are "
    "two abbreviations (the estrogen receptor or emergency room, molecular dynamics)",
    "SYNTHETIC": "grakel's synthetic graphs of Feragen et al.; in capitals the word marks any "
    "synthetic setting or data, and titles set in capitals write it",
    "FINGERPRINT": "grakel's fingerprint graphs; in capitals the word names molecular and "
    "device fingerprints, methods and titles set in capitals",
    "MSRC_9": "grakel's graphs of MSRC images; MSRC-9 names the Microsoft Research Cambridge "
    "image set's 9-class segmentation benchmark, which vision papers mean",
    "MSRC_21": "grakel's graphs of MSRC images; MSRC-21 names the Microsoft Research Cambridge "
    "21-class segmentation benchmark, which vision papers mean",
    # Found by scoring the read sets: a dumps-rest paper's SynthIE (its synthetic
    # information-extraction data and models) linked this set.
    "Synthie": "grakel's Synthie, a set of synthetic graphs; matched in any case the name is "
    "SynthIE, the synthetic information-extraction data and models of another paper",
    "PlantsMargin": "torchmeta's identifier for OpenML's One Hundred Plants (margin); papers "
    "write the long name, not the class",
    "PlantsShape": "torchmeta's identifier for OpenML's One Hundred Plants (shape)",
    "PlantsTexture": "torchmeta's identifier for OpenML's One Hundred Plants (texture)",
    "Bach": "torchmeta's Bach Choral Harmony set (OpenML); capitalised the word is the "
    "composer, whom music-generation abstracts name",
    "KIND": "stanza's Italian NER corpus (Paccosi and Palmero Aprosio, LREC 2022); in capitals "
    "the word is any 'KIND' of a title set in capitals or a heading",
}


# Denied by an earlier round (sources_round41._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round41._denied, DENY_ROUND42)


# -- name rules (pure) ------------------------------------------------------------------------

# grakel's TU splits of the Tox21 challenge's assays ("Tox21_AHR", "Tox21_p53"): each is one
# task of the Tox21 data set the catalog has, as an OpenMMLab "-Track1" is a part of its set.
_TU_TASK_OF = ("Tox21",)


def tu_dataset_name(key: str) -> tuple[str, list[str]] | None:
    """The name and aliases of a TU Dortmund data set grakel's `dataset_metadata` lists under
    `key`, "_" written "-" as papers write the sets and the key kept as an alias (papers copy
    it too): "PTC_MR" -> ("PTC-MR", ["PTC_MR"]); "NCI1" -> ("NCI1", []); "IMDB-BINARY" ->
    ("IMDB-BINARY", []). A key of an assay of a catalogued data set ("Tox21_AHR") gives
    none."""
    if any(key.startswith(f"{whole}_") for whole in _TU_TASK_OF):
        return None
    name = key.replace("_", "-")
    return name, [key] if name != key else []


def metadata_keys(module_source: str, variable: str) -> list[str]:
    """The string keys of the dict literal a module assigns to `variable` at its top level,
    in their order: `dataset_metadata = {"AIDS": {...}, "BZR": {...}}` -> ["AIDS", "BZR"]."""
    for node in ast.parse(module_source).body:
        if (
            isinstance(node, ast.Assign)
            and any(getattr(t, "id", "") == variable for t in node.targets)
            and isinstance(node.value, ast.Dict)
        ):
            return [k.value for k in node.value.keys
                    if isinstance(k, ast.Constant) and isinstance(k.value, str)]  # fmt: skip
    return []


def initials_of(name: str) -> str:
    """The class name a data-set name's initials make, each word's first letter and the last
    word's trailing number: "Fewshot-CIFAR100" -> "FC100"; "Caltech-UCSD Birds" -> "CUB"."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    number = re.search(r"\d+$", words[-1]) if words else None
    return "".join(w[0] for w in words) + (number[0] if number else "")


def few_shot_dataset_name(cls: str, doc: str) -> tuple[str, list[str]] | None:
    """The data set a torchmeta loader class's docstring opens by naming, "(The) <Name>
    dataset", with the class name as an alias where it is the name's initials: ("MiniImagenet",
    "The Mini-Imagenet dataset, introduced in [1].") -> ("Mini-Imagenet", []); ("CIFARFS",
    "The CIFAR-FS dataset, ...") -> ("CIFAR-FS", []); ("FC100", "The Fewshot-CIFAR100
    dataset, ...") -> ("Fewshot-CIFAR100", ["FC100"]); ("Pascal5i", "Pascal5i dataset [1].")
    -> ("Pascal5i", []). Another name ("The Letter Image Recognition Dataset" of Letter) or
    another opening gives none."""
    text = " ".join(doc.split())
    found = re.match(r"(?:The )?([A-Z][\w-]*(?: [A-Z][\w-]*)*) dataset\b", text)
    if not found:
        return None
    name = found[1]
    if norm(name) == norm(cls):
        return name, []
    if len(cls) > 1 and initials_of(name) == cls:
        return name, [cls]
    return None


# The words a paper title's subtitle uses of a corpus: "... Recognition Dataset", "A Named
# Entity Resource for Danish", "Annotating Named Entities for Norwegian".
_CORPUS_TITLE = re.compile(r"\b(?:[Dd]ataset|[Cc]orpus|[Rr]esource|Named Entit(?:y|ies))\b")


def titled_ner_corpus(docstring: str) -> list[str]:
    """The corpora a docstring cites by a paper title on a line of its own that opens with the
    corpus's name, "<Name>: <title>", the name one word (hyphens inside) with a capital after
    its first letter and the title naming a data set, corpus, resource or named entities:
    "  - HiNER: A Large Hindi Named Entity Recognition Dataset" -> "HiNER"; "DaNE: A Named
    Entity Resource for Danish" -> "DaNE"; "L3Cube-MahaNER: A Marathi Named Entity Recognition
    Dataset and BERT models" -> "L3Cube-MahaNER". Notes ("TODO: update ..."), links
    ("Afrikaans: https://..."), a line that describes ("ArmTDP-NER: The corpus was developed
    by ...", no title) and a name without an inner capital give none."""
    names: list[str] = []
    for line in docstring.splitlines():
        found = re.fullmatch(r"\s*(?:- )?([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*): ([A-Z].*)", line)
        if not found or not re.search(r"[A-Z]", found[1][1:]):
            continue
        title = found[2]
        if title.startswith("The ") or not _CORPUS_TITLE.search(title):
            continue
        if found[1] not in names:
            names.append(found[1])
    return names


# -- readers ----------------------------------------------------------------------------------


def grakel_facts() -> list[Fact]:
    """The TU Dortmund graph-classification benchmarks grakel's `datasets/base.py` lists in
    `dataset_metadata` (`tu_dataset_name`: NCI1, NCI109, PTC-MR, ENZYMES, Mutagenicity,
    COLLAB), each with the key as an alias where "_" is written "-"; modality graph."""
    v, root = sources._package("grakel", "grakel")
    text = (root / "datasets" / "base.py").read_text(encoding="utf-8")
    facts: list[Fact] = []
    for key in metadata_keys(text, "dataset_metadata"):
        named = tu_dataset_name(key)
        if not named or _denied(named[0], key):
            continue
        name, aliases = named
        source = f"{v}: datasets/base.py dataset_metadata['{key}']"
        facts.append(Fact("dataset", "dataset", name, source, aliases=aliases, kind="dataset",
                          modality="graph", task="graph classification"))  # fmt: skip
    return facts


def torchmeta_facts() -> list[Fact]:
    """The few-shot data sets torchmeta's loader classes name in their docstrings' openings
    (`few_shot_dataset_name`: Mini-Imagenet, Tiered-Imagenet, CIFAR-FS, Fewshot-CIFAR100 with
    FC100, Double MNIST, Pascal5i), each with the class name as a match key; modality image
    (TCGA, a gene-expression set, none)."""
    v, root = sources._package("torchmeta", "torchmeta")
    facts: list[Fact] = []
    for path in sorted((root / "datasets").rglob("*.py")):
        where = path.relative_to(root).as_posix()
        for node, doc in sources_more.definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            named = few_shot_dataset_name(node.name, doc)
            if not named or _denied(named[0], node.name):
                continue
            name, aliases = named
            keys = [node.name] if node.name != name and node.name not in aliases else []
            modality = None if name == "TCGA" else "image"
            facts.append(Fact("dataset", "dataset", name, f"{v}: {where} {node.name} docstring",
                              aliases=aliases, match_keys=keys, kind="dataset",
                              modality=modality, task="few-shot learning"))  # fmt: skip
    return facts


def stanza_ner_facts() -> list[Fact]:
    """The named-entity corpora stanza's `utils/datasets/ner/prepare_ner_dataset.py` docstring
    cites by a titled paper (`titled_ner_corpus`: HiNER, DaNE, NorNE, MasakhaNER, SiNER);
    modality text, task named entity recognition."""
    v, root = sources._package("stanza", "stanza")
    path = root / "utils" / "datasets" / "ner" / "prepare_ner_dataset.py"
    doc = sources_more.module_docstring(path)
    return [Fact("dataset", "dataset", name,
                 f"{v}: utils/datasets/ner/prepare_ner_dataset.py docstring '{name}:'",
                 kind="dataset", modality="text", task="named entity recognition")
            for name in titled_ner_corpus(doc) if not _denied(name)]  # fmt: skip
