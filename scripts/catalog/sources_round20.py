"""Readers of a twentieth round (requirements-read-round20.txt), for model and data-set names
labelled papers use that the catalog lacked, in sources.py's style; one package is new
(DeepPurpose), the others were installed by earlier rounds.

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

The name rules are the pure functions at the top, tested in `tests/test_catalog20.py`;
docs/catalog.md ("A twentieth round of sources") states them.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
from pathlib import Path

import sources
import sources_round19
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND20: dict[str, str] = {
    # DeepPurpose's dataset.py acknowledgement
    "Davis": "a surname before it is a data set ('Davis et al.'), capitalised either way; "
    "DAVIS is also the video object segmentation benchmark",
}


def _denied(*names: str) -> bool:
    """Denied by an earlier round (sources_round19._denied and the rounds it asks) or by this
    one."""
    return sources_round19._denied(*names) or any(n in DENY_ROUND20 for n in names)


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
    description = importlib.metadata.distribution("mmaction2").metadata.get_payload()
    assert isinstance(description, str)
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
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            name = quoted_title_name(node.name, ast.get_docstring(node) or "")
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
            if _denied(name) or any(f.name == name for f in facts):
                continue
            where = f"{v}: dataset.py acknowledgement '{name}'"
            facts.append(Fact("dataset", "dataset", name, where, kind="dataset",
                              modality="graph"))  # fmt: skip
    return facts
