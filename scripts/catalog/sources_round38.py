"""Readers of a thirty-eighth round (requirements-read-round38.txt), in sources.py's style.
Like the thirtieth and thirty-fourth to thirty-seventh rounds it was asked for names papers use
that the catalog lacked; each place below is still read whole, and every name it states that
passes the guard is taken. All packages are read as files and package metadata, never
imported.

- ultralytics (the first round's pin): the data set a `cfg/datasets/*.yaml` header comment
  names with the file's stem in brackets (`header_abbreviated_dataset`: "# Tsinghua-Tencent
  100K (TT100K) dataset https://..." of `TT100K.yaml`).
- tensorflow-datasets (the first round's pin): the data set a `ranking/` builder's
  description opens with, named by the builder class as its first word and the initials of
  the rest (`initialled_opening`: "The Yahoo Learning to Rank Challenge dataset" of
  `YahooLTRC`).
- rax (new): the data set an example module's docstring trains on (`example_dataset`:
  "Example of training a neural ranking model on MSLR-WEB30K.").
- ciftify (new): the project its summary names with its abbreviation (`summary_project`:
  "The tools of the Human Connectome Project (HCP) adapted for ...").
- performer-pytorch, reformer-pytorch, parler-tts (new): the model each summary names as the
  package (`summary_package_model`: "Performer - Pytorch", "Reformer, the Efficient
  Transformer, Pytorch"; `summary_appositive_model`: "... training Parler-TTS, a high-quality
  text-to-speech model.").
- mmdet3d (the first round's pin): a model class whose docstring opens with its own name
  linked to its arXiv paper (`arxiv_linked_class`: "`VoxelNet <https://arxiv.org/abs/
  1711.06396>`_ for 3D detection." of VoxelNet).
- allennlp-models (the fourth round's pin): the abbreviation a model card's display name
  gives its model type (`card_abbreviation`: "Neural Module Network (NMN)").
- deepchem (the fourth round's pin): a name a docstring cites by a reference whose quoted
  title spells it out in brackets (`cited_abbreviation`: "the discriminator module in ORGAN
  [1]" / '.. [1] ... "Objective-reinforced generative adversarial networks (ORGAN) for
  sequence generation models."').

transformers' Reformer and Informer model types (read since the first round) and
performer-pytorch's Performer pass the guard as reviewed words (rules.REVIEWED_MODEL_WORDS),
and the seventeenth round's denial of nltk's Europarl is lifted (docs/catalog.md).

The name rules are the pure functions at the top, tested in `tests/test_catalog38.py`;
docs/catalog.md ("A thirty-eighth round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import re
from pathlib import Path

import sources
import sources_more
import sources_round37
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND38: dict[str, str] = {
    "HCP": "ciftify's abbreviation of the Human Connectome Project; papers write HCP for "
    "healthcare professionals and hexagonal close-packed crystals too, and the catalog's "
    "HCPAge, HCPGender, ... are torch-geometric's graphs built from it",
}


# Denied by an earlier round (sources_round37._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round37._denied, DENY_ROUND38)


# -- name rules (pure) ------------------------------------------------------------------------

# A name: capitalised words, digits and the separators names use.
_NAME = re.compile(r"[A-Z][\w.'-]*(?: [\w.'-]+){0,5}")


def header_abbreviated_dataset(stem: str, header: str) -> tuple[str, list[str]] | None:
    """(name, [abbreviation]) of a data-set config's header comment "# <Name> (<STEM>)
    dataset ...", where the bracketed abbreviation is the file's stem as written:
    ("TT100K", "# Tsinghua-Tencent 100K (TT100K) dataset https://... by Tsinghua University")
    -> ("Tsinghua-Tencent 100K", ["TT100K"]); "# COCO 2017 dataset ..." names none."""
    found = re.match(r"# (.+?) \(([^()]+)\) dataset\b", header.strip())
    if not found or found[2] != stem or not _NAME.fullmatch(found[1]):
        return None
    return found[1], [found[2]]


def initialled_opening(class_name: str, description: str) -> str | None:
    """The data set a description opens with, "The <Name> dataset", where the builder class
    is the name's first word and the initials of the others: ("YahooLTRC", "The Yahoo
    Learning to Rank Challenge dataset (also called "C14") is ...") -> "Yahoo Learning to
    Rank Challenge"; "The Istella datasets are ..." (plural) names none."""
    found = re.match(r"\s*The ([A-Z][\w-]*(?: [\w-]+){0,6}?) dataset\b", description)
    if not found:
        return None
    first, *rest = found[1].split()
    initials = "".join(word[0] for word in rest).upper()
    return found[1] if first + initials == class_name else None


def example_dataset(doc: str) -> str | None:
    """The data set an example module's docstring trains on, a coined name with a digit:
    "Example of training a neural ranking model on MSLR-WEB30K." -> "MSLR-WEB30K"; "Example
    of using segmentation for ..." names none."""
    found = re.match(r"Example of training an? [\w -]+? on ([A-Z][A-Za-z-]*\d[\w-]*)\b", doc)
    return found[1] if found else None


def summary_project(summary: str) -> tuple[str, list[str]] | None:
    """(name, [abbreviation]) of the project a summary names, "the <Name> (<ABBR>)", the
    abbreviation the initials of the name's words: "The tools of the Human Connectome Project
    (HCP) adapted for ..." -> ("Human Connectome Project", ["HCP"])."""
    found = re.search(r"\bthe ((?:[A-Z][a-z]+ ){1,5}[A-Z][a-z]+) \(([A-Z]{2,6})\)", summary)
    if not found or "".join(word[0] for word in found[1].split()) != found[2]:
        return None
    return found[1], [found[2]]


def summary_package_model(summary: str, package: str) -> str | None:
    """The model a summary opens with, before " - " or ", ", where the name read without case
    is the package's without its "-pytorch" suffix: ("Performer - Pytorch",
    "performer-pytorch") -> "Performer"; ("Reformer, the Efficient Transformer, Pytorch",
    "reformer-pytorch") -> "Reformer"; another package's name gives none."""
    found = re.match(r"([A-Z][\w-]*)(?: - |, )", summary.strip())
    stem = re.sub(r"[-_]pytorch$", "", package)
    return found[1] if found and norm(found[1]) == norm(stem) else None


def summary_appositive_model(summary: str, package: str) -> str | None:
    """The model a summary names as the package, "<Name>, a <...> model", the name read
    without case and separators being the package's: ("Toolkit for using and training
    Parler-TTS, a high-quality text-to-speech model.", "parler-tts") -> "Parler-TTS"."""
    found = re.search(r"\b([A-Z][\w-]*), an? [\w -]+? model\.?$", summary.strip())
    return found[1] if found and norm(found[1]) == norm(package) else None


_ARXIV_LINKED = re.compile(r"`([^`<]+?) <https?://arxiv\.org/abs/[\d.]+(?:v\d+)?>`_")


def arxiv_linked_class(class_name: str, doc: str) -> str | None:
    """The class's own name where its docstring opens with that name linked to an arXiv
    paper: ("VoxelNet", "`VoxelNet <https://arxiv.org/abs/1711.06396>`_ for 3D detection.")
    -> "VoxelNet"; "`FCOS3D <...>`_" of FCOSMono3D and "`DLA backbone <...>`_" of DLANet
    (another name) give none."""
    found = _ARXIV_LINKED.match(doc.strip())
    return found[1] if found and norm(found[1]) == norm(class_name) else None


def card_abbreviation(card: dict) -> tuple[str, list[str]] | None:
    """(abbreviation, [model type]) where a model card's display name is its model type with
    the abbreviation of its words' initials in brackets: "Neural Module Network (NMN)" of
    model type "Neural Module Network" -> ("NMN", ["Neural Module Network"]); a display name
    without one ("BiDAF") gives none."""
    model_type = (card.get("model_details") or {}).get("model_type")
    display = card.get("display_name")
    if not isinstance(model_type, str) or not isinstance(display, str):
        return None
    found = re.fullmatch(r"(.+) \(([A-Z]{2,6})\)", display.strip())
    if not found or found[1] != model_type.strip():
        return None
    initials = "".join(word[0] for word in re.split(r"[\s-]+", found[1]) if word).upper()
    return (found[2], [found[1]]) if initials == found[2] else None


def cited_abbreviation(doc: str) -> list[str]:
    """The names a docstring cites by a numbered reference, "<NAME> [n]", where reference
    [n]'s quoted title spells the name out in brackets, its letters the initials of the words
    before it: ("Reimplementation of the discriminator module in ORGAN [1] . ... .. [1]
    Guimaraes, ... "Objective-reinforced generative adversarial networks (ORGAN) for sequence
    generation models." ...") -> ["ORGAN"]. Each name once, in the order cited."""
    text = " ".join(doc.split())
    found: list[str] = []
    for cited in re.finditer(r"\b([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*) \[(\d+)\]", text):
        name, number = cited.groups()
        reference = re.search(rf"\.\. \[{number}\][^\[]*?\"([^\"]+)\"", text)
        spelled = reference and re.search(rf"((?:[\w]+[ -]){{1,8}})\({re.escape(name)}\)",
                                          reference[1])  # fmt: skip
        if not spelled or name in found:
            continue
        words = [w for w in re.split(r"[ -]+", spelled[1]) if w]
        if any("".join(w[0] for w in words[i:]).upper() == name for i in range(len(words))):
            found.append(name)
    return found


# -- readers ----------------------------------------------------------------------------------


def ultralytics_header_facts() -> list[Fact]:
    """The data sets ultralytics' `cfg/datasets/*.yaml` header comments (the comment lines each
    file opens with) name with the file's stem in brackets (`header_abbreviated_dataset`:
    Tsinghua-Tencent 100K, TT100K): data sets of modality image, task object detection, the
    abbreviation an alias."""
    v, root = sources._package("ultralytics", "ultralytics")
    facts: list[Fact] = []
    for path in sorted((root / "cfg" / "datasets").glob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines()
        # The header: the comment lines the file opens with, blank lines aside (a licence
        # line, then the data set's line, then its documentation link).
        end = next((i for i, line in enumerate(lines) if line.strip() and line[0] != "#"),
                   len(lines))  # fmt: skip
        header = [line for line in lines[:end] if line.strip()]
        found = next((f for f in (header_abbreviated_dataset(path.stem, line) for line in header)
                      if f), None)  # fmt: skip
        if not found or _denied(found[0]):
            continue
        name, aliases = found
        facts.append(Fact("dataset", "dataset", name,
                          f"{v}: cfg/datasets/{path.name} header comment",
                          aliases=[a for a in aliases if not _denied(a)], kind="dataset",
                          modality="image", task="object detection"))  # fmt: skip
    return facts


def _assigned_string(tree: ast.Module, variable: str) -> str:
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(getattr(t, "id", None) == variable for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    return ""


def tfds_ranking_facts() -> list[Fact]:
    """The data sets tensorflow-datasets' `ranking/*/*.py` builders' descriptions open with,
    named by the builder class (`initialled_opening`: Yahoo Learning to Rank Challenge of
    YahooLTRC): data sets, task learning to rank, the class a match key."""
    v, root = sources._package("tensorflow-datasets", "tensorflow_datasets")
    facts: list[Fact] = []
    for path in sorted((root / "ranking").glob("*/*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        description = _assigned_string(tree, "_DESCRIPTION")
        for node in tree.body:
            name = initialled_opening(node.name, description) if isinstance(
                node, ast.ClassDef) else None  # fmt: skip
            if name and not _denied(name) and all(f.name != name for f in facts):
                where = f"{v}: ranking/{path.relative_to(root / 'ranking').as_posix()} " \
                        f"{node.name} _DESCRIPTION"  # fmt: skip
                facts.append(Fact("dataset", "dataset", name, where, match_keys=[node.name],
                                  kind="dataset", task="learning to rank"))  # fmt: skip
    return facts


def rax_example_facts() -> list[Fact]:
    """The data sets rax's example modules train on (`example_dataset`: MSLR-WEB10K,
    MSLR-WEB30K), read from the files rax installs (its wheel puts `examples/` at the top of
    site-packages, a folder other packages share): data sets, task learning to rank."""
    dist = importlib.metadata.distribution("rax")
    v = f"rax {dist.version}"
    facts: list[Fact] = []
    files = sorted(str(f) for f in dist.files or [] if re.fullmatch(r"examples/\w+/\w+\.py",
                                                                     str(f)))  # fmt: skip
    for file in files:
        path = Path(str(dist.locate_file(file)))
        doc = sources_more.module_docstring(path)
        name = example_dataset(doc)
        if name and not _denied(name) and all(f.name != name for f in facts):
            facts.append(Fact("dataset", "dataset", name, f"{v}: {file} module docstring",
                              kind="dataset", task="learning to rank"))  # fmt: skip
    return facts


def ciftify_project_facts() -> list[Fact]:
    """The project ciftify's summary names (`summary_project`: Human Connectome Project; its
    abbreviation HCP is denied): a data set of modality image, task neuroimaging."""
    found = summary_project(sources.summary("ciftify"))
    if not found or _denied(found[0]):
        return []
    name, aliases = found
    where = f"{sources.source_label('ciftify')}: package metadata Summary"
    return [Fact("dataset", "dataset", name, where,
                 aliases=[a for a in aliases if not _denied(a)], kind="dataset",
                 modality="image", task="neuroimaging")]  # fmt: skip


def summary_model_facts() -> list[Fact]:
    """The models performer-pytorch's and reformer-pytorch's summaries open with
    (`summary_package_model`: Performer, Reformer; families of kind other) and parler-tts'
    summary names as the package (`summary_appositive_model`: Parler-TTS, kind speech)."""
    facts: list[Fact] = []
    for package in ("performer-pytorch", "reformer-pytorch"):
        name = summary_package_model(sources.summary(package), package)
        if name and not _denied(name):
            facts.append(Fact("model", "family", name,
                              f"{sources.source_label(package)}: package metadata Summary",
                              kind="other"))  # fmt: skip
    name = summary_appositive_model(sources.summary("parler-tts"), "parler-tts")
    if name and not _denied(name):
        facts.append(Fact("model", "family", name,
                          f"{sources.source_label('parler-tts')}: package metadata Summary",
                          kind="speech", note="text-to-speech"))  # fmt: skip
    return facts


def mmdet3d_linked_facts() -> list[Fact]:
    """The model classes of mmdet3d's `models/**/*.py` whose docstring opens with their own
    name linked to an arXiv paper (`arxiv_linked_class`: VoxelNet, ImVoteNet, ImVoxelNet):
    families of kind vision, noted as 3D object detection."""
    v, root = sources._package("mmdet3d", "mmdet3d")
    models = root / "models"
    facts: list[Fact] = []
    for path in sorted(models.rglob("*.py")):
        for node, doc in sources_more.definitions(path):
            name = arxiv_linked_class(node.name, doc) if isinstance(node, ast.ClassDef) else None
            if name and not _denied(name) and all(f.name != name for f in facts):
                where = f"{v}: models/{path.relative_to(models).as_posix()} {node.name} docstring"
                facts.append(Fact("model", "family", name, where, kind="vision",
                                  note="3D object detection"))  # fmt: skip
    return facts


def allennlp_card_facts() -> list[Fact]:
    """The abbreviations allennlp-models' cards' display names give their model types
    (`card_abbreviation`: NMN, "Neural Module Network" an alias the guard decides on):
    families of kind other, as the nineteenth round's model types."""
    v, root = sources._package("allennlp-models", "allennlp_models")
    facts: list[Fact] = []
    for path in sorted((root / "modelcards").glob("*.json")):
        found = card_abbreviation(json.loads(path.read_text(encoding="utf-8")))
        if not found:
            continue
        name, aliases = found
        kept = [a for a in aliases if not _denied(a)]
        where = f"{v}: modelcards/{path.name} display_name"
        fact = Fact("model", "family", name, where, aliases=kept, kind="other")
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def deepchem_cited_facts() -> list[Fact]:
    """The names deepchem's `models/**/*.py` docstrings cite by a reference that spells them
    out (`cited_abbreviation`: ORGAN, from TextCNN's docstring): families of kind other."""
    v, root = sources._package("deepchem", "deepchem")
    models = root / "models"
    facts: dict[str, Fact] = {}
    for path in sorted(models.rglob("*.py")):
        for node, doc in sources_more.definitions(path):
            for name in cited_abbreviation(doc):
                if _denied(name) or norm(name) in facts:
                    continue
                where = f"{v}: models/{path.relative_to(models).as_posix()} {node.name} " \
                        f"docstring reference"  # fmt: skip
                facts[norm(name)] = Fact("model", "family", name, where, kind="other")
    return list(facts.values())
