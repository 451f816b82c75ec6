"""Readers of a twentieth round (requirements-read-round20.txt), for model and data-set names
labelled papers use that the catalog lacked, in sources.py's style; four packages are new
(DeepPurpose, keras-unet-collection, biopython, demucs), the others were installed by earlier
rounds.

- allennlp-models (read since the fourth round): the CoNLL shared tasks its files name by
  year ("the CoNLL 2012 dataset" in the coreference model card, "the CoNLL-2005 Shared Task"
  in srl-eval.pl, "the official CONLL 2005 perl script" in srl.py, "the CoNLL 2011/2012
  shared tasks" in common/ontonotes.py): a data set "CoNLL-<year>" per year, the spellings
  stated its aliases; the year tells each from the others (CoNLL-2003, CoNLL-2014, ...);
- mmaction2 (read since the second round): a model its package description's table links by
  its config folder where the link text writes the folder's "plus" as "+" in brackets
  ("R(2+1)D" linking `configs/recognition/r2plus1d/README.md`): an alias of the family the
  folder's metafile names (`R2Plus1D`);
- monai (read since the first round): a `networks.nets` class whose docstring quotes its
  paper's title, where the words before the title's colon spell the class name (`norm`) and
  differ from it ('"Attention U-Net: Learning Where to Look for the Pancreas"' in
  `AttentionUnet`): that spelling, an alias of the class's family;
- DeepPurpose (new): the data sets the acknowledgement of `DeepPurpose/dataset.py` names with
  where they are hosted ("The KIBA dataset can be found in https://..."): data sets of
  modality graph (drug-target interaction).

- biopython (new): the database a class attribute `<ABBR>_REF` cites by a title whose words
  before the colon have those initials (`PDBList.PDB_REF`: "The Protein Data Bank: a
  computer-based archival file for macromolecular structures."): a data set by the long
  form, the abbreviation a cased alias;
- demucs (new): the models its package description's comparison table links in the
  "Model" column ("| [Wave-U-Net][waveunet] | waveform | no | 3.2 | ..."): families of kind
  audio;
- keras-unet-collection (new): the networks its package Summary lists as implemented ("The
  Tensorflow, Keras implementation of U-net, V-net, ..., R2U-net, ..., and Swin-UNET with
  optional ImageNet-trained backbones."), with the spellings the docstrings of the builders
  `models.py` exports open with ("Recurrent Residual (R2) U-Net" of `r2_unet_2d`: "R2U-Net"
  and the long form, which names the entry): families of kind vision.

The name rules are the pure functions at the top, tested in `tests/test_catalog20.py`;
docs/catalog.md ("A twentieth round of sources") states them.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
from pathlib import Path

import sources
import sources_more
import sources_round19
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND20: dict[str, str] = {
    # DeepPurpose's dataset.py acknowledgement
    "Davis": "a surname before it is a data set ('Davis et al.'), capitalised either way; "
    "DAVIS is also the video object segmentation benchmark",
    # demucs' package description comparison table
    "Band-Spit RNN": "a misspelling of Band-Split RNN (the table's link is arXiv 2209.15174)",
}


# Denied by an earlier round (sources_round19._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round19._denied, DENY_ROUND20)


# "the CoNLL 2012 dataset", "the CoNLL-2005 Shared Task", "official CONLL 2005 perl script",
# "the CoNLL 2011/2012 shared tasks".
_SHARED_TASK = re.compile(
    r"\b(CoNLL|CONLL|Conll)([- ])(\d{4})(?:/(\d{4}))?\s+"
    r"(?:[Ss]hared [Tt]asks?|dataset|perl script)\b"
)


def shared_task_years(text: str) -> list[tuple[str, str]]:
    """The CoNLL shared tasks a text names by year, with the dataset, shared task or its perl
    script: ("CoNLL-<year>", the spelling as written) per year, in order, each once; "CoNLL
    2011/2012 shared tasks" names both years (the second spelled like the first). A year
    without those words after it ("CoNLL-2003 NER dataset", "Conll2000") names nothing."""
    found: list[tuple[str, str]] = []
    for word, sep, year, second in _SHARED_TASK.findall(text):
        for y in (year, second):
            if y and (f"CoNLL-{y}", f"{word}{sep}{y}") not in found:
                found.append((f"CoNLL-{y}", f"{word}{sep}{y}"))
    return found


def plus_spelled(folder: str, text: str) -> bool:
    """Whether a link text writes a config folder's name with "+" for its "plus" and
    brackets around the sum ("R(2+1)D" for `r2plus1d`), case and separators aside."""
    if "+" not in text:
        return False
    spelled = text.replace("+", "plus").replace("(", "").replace(")", "")
    return norm(spelled) == norm(folder) and re.fullmatch(r"[\w()+-]+", text) is not None


_QUOTED_TITLE = re.compile(r'"([A-Z][\w -]{1,40}?):\s')


def quoted_title_name(class_name: str, doc: str) -> str | None:
    """The name a class docstring's quoted paper title gives before its colon, when it
    spells the class name (`norm`) and differs from it ('"Attention U-Net: Learning Where
    to Look for the Pancreas"' in `AttentionUnet` -> "Attention U-Net"); otherwise nothing."""
    for found in _QUOTED_TITLE.finditer(doc):
        name = found.group(1).strip()
        if norm(name) == norm(class_name) and name != class_name:
            return name
    return None


_ACKNOWLEDGED = re.compile(
    r"^The (\S+(?: \S+){0,3}?) [Dd]ataset (?:is hosted in|can be found in) https?://", re.M
)


def acknowledged_datasets(doc: str) -> list[str]:
    """The data sets an acknowledgement names with where they are hosted ("The KIBA dataset
    can be found in https://...", "The BindingDB dataset is hosted in https://..."), in
    order; other lines ("The COVID-19 Dataset including SARS-CoV, ...") name nothing."""
    return _ACKNOWLEDGED.findall(doc)


_SUMMARY_LIST = re.compile(r"^Summary: .*?\bimplementation of (.+?) with\b", re.M)


def summary_models(metadata: str) -> list[str]:
    """The models a package Summary lists as implemented ("The Tensorflow, Keras
    implementation of U-net, V-net, ..., TransUNET, and Swin-UNET with optional ...
    backbones."), in order."""
    found = _SUMMARY_LIST.search(metadata)
    if not found:
        return []
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+", found.group(1))
    return [item.strip() for item in items if item.strip()]


_BRACKETED = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+){0,3}) \(([A-Z][A-Za-z0-9]{0,5})\) (\S+)")


def builder_spellings(first_line: str) -> list[str]:
    """The spellings of a model a builder function's docstring opens with, before "with an
    optional ... backbone": the text itself ("ResUNet-a"), or for a long form with its
    bracketed abbreviation before the head ("Recurrent Residual (R2) U-Net") the
    abbreviation joined to the head and the long form without it ("R2U-Net", "Recurrent
    Residual U-Net")."""
    text = re.split(r"\s+with an optional\b", first_line.strip())[0].strip().rstrip(".")
    found = _BRACKETED.fullmatch(text)
    if found:
        words, abbreviation, head = found.groups()
        return [abbreviation + head, f"{words} {head}"]
    return [text] if text else []


def referenced_database(attribute: str, reference: str) -> tuple[str, str] | None:
    """(long form, abbreviation) when a class attribute `<ABBR>_REF` holds a reference whose
    title names, before its colon, "The <Long Form>" with those initials: `PDB_REF`, "The
    Protein Data Bank: a computer-based archival file for macromolecular structures." ->
    ("Protein Data Bank", "PDB"). Otherwise nothing."""
    if not re.fullmatch(r"[A-Z]{2,6}_REF", attribute):
        return None
    found = re.match(r"\s*The ((?:[A-Z][a-z]+ ){1,5}[A-Z][a-z]+):", reference)
    if not found:
        return None
    abbreviation = attribute.removesuffix("_REF")
    initials = "".join(word[0] for word in found.group(1).split())
    return (found.group(1), abbreviation) if initials == abbreviation else None


_MODEL_TABLE_ROW = re.compile(r"^\| \[([^\]]+)\]\[\w+\]\s*\|", re.M)


def compared_models(description: str) -> list[str]:
    """The models a package description's comparison table links in its first column
    ("| [Wave-U-Net][waveunet] | waveform | ..." under "| Model | Domain | ..."), in order,
    each once; a table whose header does not start with "Model", bold rows (the package's
    own models) and names with a bracketed version ("Demucs (v2)") name nothing."""
    header = re.search(r"^\| Model\s*\|.*\n\|[-| ]+\|\n((?:\|.*\|\n?)+)", description, re.M)
    if not header:
        return []
    found: list[str] = []
    for name in _MODEL_TABLE_ROW.findall(header.group(1)):
        name = name.strip()
        if "(" not in name and name not in found:
            found.append(name)
    return found


def allennlp_conll_facts() -> list[Fact]:
    """The CoNLL shared tasks allennlp-models' Python modules, model cards and tools name by
    year (`shared_task_years`): benchmarks of modality text, the spellings stated aliases."""
    v, root = sources._package("allennlp-models", "allennlp_models")
    by_name: dict[str, Fact] = {}
    paths = sorted(p for p in root.rglob("*") if p.suffix in {".py", ".json", ".pl"})
    for path in paths:
        relative = path.relative_to(root).as_posix()
        for name, spelling in shared_task_years(path.read_text(encoding="utf-8")):
            if _denied(name):
                continue
            fact = by_name.setdefault(name, Fact("dataset", "dataset", name, "", kind="benchmark",
                                                 modality="text"))  # fmt: skip
            where = f"{v}: {relative} '{spelling}'"
            if where not in fact.source.split("; "):
                fact.source = f"{fact.source}; {where}" if fact.source else where
            if spelling != name and spelling not in fact.aliases:
                fact.aliases.append(spelling)
    return [by_name[name] for name in sorted(by_name)]


def mmaction2_plus_facts() -> list[Fact]:
    """The spellings with "+" mmaction2's model table links a config folder by
    (`plus_spelled`): aliases of the family the folder's metafile.yml names (its first
    Collection), kind vision."""
    v, root = sources._package("mmaction2", "mmaction")
    description = sources.description("mmaction2")
    facts: list[Fact] = []
    for link in re.finditer(r'href="[^"]*/configs/([\w-]+)/([\w-]+)/README\.md">([^<]+)</a>',
                            description):  # fmt: skip
        area, folder, text = link.groups()
        if not plus_spelled(folder, text.strip()) or _denied(text.strip()):
            continue
        metafile = root / ".mim" / "configs" / area / folder / "metafile.yml"
        collection = re.search(r"^Collections:\s*\n\s*-\s*Name:\s*(\S+)", metafile.read_text(
            encoding="utf-8"), re.M) if metafile.exists() else None  # fmt: skip
        if not collection:
            continue
        where = f"{v}: package description model table '{text.strip()}' (configs/{area}/{folder})"
        facts.append(Fact("model", "family", collection.group(1), where,
                          aliases=[text.strip()], kind="vision"))  # fmt: skip
    return facts


def monai_title_facts() -> list[Fact]:
    """The spellings monai's `networks.nets` classes' quoted paper titles give their names
    (`quoted_title_name`): aliases of the class's family (sources.monai_facts; the same
    name key), kind vision."""
    v, root = sources._package("monai", "monai")
    facts: list[Fact] = []
    for path in sorted((root / "networks" / "nets").glob("*.py")):
        for node, doc in sources_more.classes(path):
            name = quoted_title_name(node.name, doc)
            if not name or _denied(name, node.name):
                continue
            where = f"{v}: networks.nets.{node.name} docstring quoted title"
            facts.append(Fact("model", "family", name, where, match_keys=[node.name],
                              kind="vision"))  # fmt: skip
    return facts


def deeppurpose_facts() -> list[Fact]:
    """The data sets DeepPurpose's dataset.py acknowledgement names (`acknowledged_datasets`),
    read as a file: data sets of modality graph."""
    v, root = sources._package("DeepPurpose", "DeepPurpose")
    path: Path = root / "dataset.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    strings = [n.value.value for n in tree.body
               if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)
               and isinstance(n.value.value, str)]  # fmt: skip
    facts: list[Fact] = []
    for doc in strings:
        for name in acknowledged_datasets(doc):
            where = f"{v}: dataset.py acknowledgement '{name}'"
            fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="graph")
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def keras_unet_collection_facts() -> list[Fact]:
    """The segmentation networks keras-unet-collection's package Summary lists
    (`summary_models`), with the spellings the docstrings of the builders `models.py`
    exports give them (`builder_spellings`, where one spells the listed name, `norm`, or
    is its long form): families of kind vision."""
    v, root = sources._package("keras-unet-collection", "keras_unet_collection")
    metadata = importlib.metadata.distribution("keras-unet-collection").read_text("METADATA")
    exported = re.findall(r"^from keras_unet_collection\.(\w+) import (\w+)$",
                          (root / "models.py").read_text(encoding="utf-8"), re.M)  # fmt: skip
    spellings: list[tuple[str, list[str]]] = []
    for module, function in exported:
        tree = ast.parse((root / f"{module}.py").read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == function:
                doc = (ast.get_docstring(node) or "").strip()
                if doc:
                    spellings.append((f"{module}.py {function}", builder_spellings(
                        doc.splitlines()[0])))  # fmt: skip
    facts: list[Fact] = []
    for name in summary_models(metadata or ""):
        if _denied(name) or not re.fullmatch(r"[\w^+ -]+", name):
            continue
        where = [f"{v}: package Summary '{name}'"]
        aliases: list[str] = []
        for place, spelled in spellings:
            if any(norm(s) == norm(name) for s in spelled):
                where.append(f"{v}: {place} docstring")
                aliases += [s for s in spelled if s != name and s not in aliases]
        kept = [a for a in [name, *aliases] if not _denied(a)]
        # A long form (the last of a bracketed line's spellings) names the entry: the
        # abbreviation's digits ("R2") are not a version the long form would drop.
        long_forms = [a for a in kept if " " in a and norm(a) != norm(name)]
        first = long_forms[0] if long_forms else name
        facts.append(Fact("model", "family", first, "; ".join(where),
                          aliases=[a for a in kept if a != first], kind="vision"))  # fmt: skip
    return facts


def biopython_reference_facts() -> list[Fact]:
    """The databases biopython's classes cite in `<ABBR>_REF` attributes
    (`referenced_database`), read through `ast`: data sets of modality molecule."""
    v, root = sources._package("biopython", "Bio")
    facts: list[Fact] = []
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "_REF = " not in text:
            continue
        for node in ast.walk(ast.parse(text)):
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            target, value = node.targets[0], node.value
            if not (isinstance(target, ast.Name) and isinstance(value, ast.Constant)
                    and isinstance(value.value, str)):  # fmt: skip
                continue
            found = referenced_database(target.id, value.value)
            if not found:
                continue
            where = f"{v}: {path.relative_to(root.parent).as_posix()} {target.id}"
            # The alias is denied with the name: a fact whose alias is refused is not taken.
            fact = Fact("dataset", "dataset", found[0], where, aliases=[found[1]],
                        kind="dataset", modality="molecule")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact, found[1])
    return facts


def demucs_table_facts() -> list[Fact]:
    """The source-separation models demucs' package description compares against
    (`compared_models`): families of kind audio."""
    v, _ = sources._package("demucs", "demucs")
    description = sources.description("demucs")
    return [
        Fact(
            "model", "family", name, f"{v}: package description model table '{name}'", kind="audio"
        )
        for name in compared_models(description)
        if not _denied(name)
    ]
