"""Readers of a thirty-second round (requirements-read-round32.txt), in sources.py's style: the
models and data sets whole tables and lists of packages not read before state, read as files
and package metadata, never imported. Like the thirty-first round it is not driven by a list
of wanted names: every name the places below state that passes the guard is taken.

- beir: the "Available Datasets" table of its package description, each row whose "Dataset"
  cell spells the data set its "BEIR-Name" cell names (`beir_row_name`: separators aside, the
  BEIR-Name is the name or ends with it, "Touche-2020" of ``webis-touche2020``; "FiQA-2018" of
  ``fiqa``, "DBPedia" of ``dbpedia-entity`` and "Signal-1M(RT)" are not). A name a source read
  before gave a data set joins that fact, its spelling an alias.
- pytorch-tabular: the linked models of its description's "Available Models" list
  (`listed_model`: the link's text is one coined word, "[TabTransformer](...)"; or a coined
  word before a colon, "[TabNet: Attentive Interpretable Tabular Learning](...)"; or a long
  form with the abbreviation its capitalised words' initials make, "[Gated Adaptive Network
  for Deep Automated Learning of Features (GANDALF)](...)", the long form an alias). A title
  of ordinary words ("Mixture Density Networks", "Gated Additive Tree Ensemble") names no
  model.
- nerfstudio: the data sets its download scripts' docstrings name (`downloaded_dataset`:
  "Download the Mill 19 dataset.", "Download a PhotoTourism dataset: ..."), where the name is
  coined ("EyefulTower", "sitcoms3D") or a capitalised word and a number ("Mill 19"); the
  lower-case subcommand spellings ("blender", "dnerf", "nerfstudio") are not names ("Mill 19"
  is taken, and left out by the guard: "mill" and a number are ordinary to it). Its
  methods are not models (docs/annotation-guideline.md) and are not read.

The name rules are the pure functions at the top, tested in `tests/test_catalog32.py`;
docs/catalog.md ("A thirty-second round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round31
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND32: dict[str, str] = {
    "Quora": "beir's Quora retrieval set is named by the website it was drawn from: "
    "catalogued, every mention of the site would read as the data set (Quora Question Pairs "
    "is in the catalog by its full name)",
    "Robust04": "beir's spelling of TREC Robust 2004, which ir_datasets gave the catalog; the "
    "digit rule keeps '04' from being that entry's alias, and an entry of its own would split "
    "one collection in two",
    "NODE": "pytorch-tabular's Neural Oblivious Decision Ensembles; in capitals also Neural "
    "ODE's abbreviation (its description states no abbreviation, denied in case a later "
    "reader takes one)",
    "GATE": "pytorch-tabular's Gated Additive Tree Ensemble; in capitals also the GATE "
    "text-engineering framework and the word 'gate'",
    "Mixture Density Networks": "a model class (pytorch-tabular's list), not one published model",
    "Denoising AutoEncoder": "a model class (pytorch-tabular's list), not one published model",
    "D-NeRF": "nerfstudio's download of the D-NeRF paper's scenes; D-NeRF is first that "
    "paper's method, which papers compare against: catalogued as a data set, the method's "
    "mentions would read as data",
    "NeRF-OSR": "nerfstudio's download of the NeRF-OSR paper's scenes; like D-NeRF, the name "
    "is first the paper's method",
}


# Denied by an earlier round (sources_round31._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round31._denied, DENY_ROUND32)


# -- name rules (pure) ------------------------------------------------------------------------

_TABLE_ROW = re.compile(r"^\|(?P<cells>.*)\|\s*$")


def table_rows(description: str, heading: str) -> list[dict[str, str]]:
    """The rows of the first markdown table after a heading line that ends with `heading`,
    each as column -> cell (stripped)."""
    rows: list[dict[str, str]] = []
    columns: list[str] | None = None
    after = False
    for line in description.splitlines():
        if not after:
            after = line.startswith("#") and line.rstrip().endswith(heading)
            continue
        row = _TABLE_ROW.match(line.strip())
        if not row:
            if columns is not None:
                break
            continue
        cells = [c.strip() for c in row.group("cells").split("|")]
        if columns is None:
            columns = cells
            continue
        if all(set(c) <= {"-", ":", " "} for c in cells):
            continue
        rows.append(dict(zip(columns, cells, strict=False)))
    return rows


def beir_row_name(dataset: str, beir_name: str) -> str | None:
    """The name a beir table row gives its data set: the "Dataset" cell where, separators
    aside, the "BEIR-Name" cell (backticks off) is it or ends with it ("NFCorpus" of
    ``nfcorpus``, "Touche-2020" of ``webis-touche2020``); "FiQA-2018" of ``fiqa``, "DBPedia"
    of ``dbpedia-entity`` and a cell with a parenthesis ("Signal-1M(RT)") give None."""
    if "(" in dataset or ")" in dataset or not dataset:
        return None
    beir = norm(beir_name.strip("` "))
    return dataset if beir and beir.endswith(norm(dataset)) else None


def _coined(word: str) -> bool:
    """One word that is a name: letters, digits and hyphens, a capital after its first letter
    or all capitals ("TabTransformer", "AutoInt", "DANETs"; "Networks" is not)."""
    return bool(re.fullmatch(r"[A-Za-z][\w-]*", word)) and any(ch.isupper() for ch in word[1:])


_LONG_FORM = re.compile(r"(?P<long>[A-Z][\w-]*(?: [\w-]+)+) \((?P<abbr>[A-Z]{2,})\)")


def listed_model(text: str) -> tuple[str, list[str]] | None:
    """(name, aliases) a linked list item's text gives: one coined word ("TabTransformer");
    a coined word before a colon ("TabNet: Attentive Interpretable Tabular Learning" ->
    TabNet); a long form with the abbreviation the initials of its capitalised words make
    ("Gated Adaptive Network for Deep Automated Learning of Features (GANDALF)" -> GANDALF,
    the long form an alias). "Mixture Density Networks" and "Neural Oblivious Decision
    Ensembles for Deep Learning on Tabular Data" give None."""
    text = text.strip()
    head = text.split(":", 1)[0].strip() if ":" in text else text
    if _coined(head) and " " not in head:
        return head, []
    found = _LONG_FORM.fullmatch(text)
    if found:
        long, abbr = found.group("long"), found.group("abbr")
        initials = "".join(word[0] for word in long.split() if word[0].isupper())
        if initials == abbr:
            return abbr, [long]
    return None


_LIST_LINK = re.compile(r"^[-*] \[(?P<text>[^\]\n]+)\]\((?P<url>[^)\s]+)\)", re.MULTILINE)


def section(description: str, heading: str) -> str:
    """The text under a markdown heading that ends with `heading`, to the next heading of
    its level or higher."""
    lines = description.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("#") and line.rstrip().endswith(heading):
            level = len(line) - len(line.lstrip("#"))
            body = []
            for other in lines[i + 1 :]:
                hashes = len(other) - len(other.lstrip("#"))
                if other.startswith("#") and hashes <= level:
                    break
                body.append(other)
            return "\n".join(body)
    return ""


_DOWNLOAD = re.compile(r"Download (?:the|a) (?P<name>[A-Za-z][\w-]*(?: \d+)?) dataset\b")


def downloaded_dataset(doc: str) -> str | None:
    """The data set a download docstring names where it is a name: "Download the Mill 19
    dataset." -> "Mill 19"; "Download a PhotoTourism dataset: ..." -> "PhotoTourism";
    "Download the blender dataset." and "Download the dnerf dataset." -> None."""
    found = _DOWNLOAD.match(" ".join(doc.split()))
    if not found:
        return None
    name = found.group("name")
    if " " in name:
        word = name.split()[0]
        return name if word[0].isupper() and word[1:].islower() and word.isalpha() else None
    return name if _coined(name) else None


# -- readers ----------------------------------------------------------------------------------


def beir_facts(named: dict[str, str]) -> list[Fact]:
    """The data sets of beir's "Available Datasets" table (`beir_row_name`), of kind
    benchmark, modality text, task information retrieval. A name a source read before gave a
    data set (`named`: norm -> that fact's name) joins it, its spelling an alias where it
    differs (beir's "Climate-FEVER" of mteb's ClimateFEVER)."""
    v, _ = sources._package("beir", "beir")
    description = sources.description("beir")
    by_name: dict[str, Fact] = {}
    for row in table_rows(description, "Available Datasets"):
        name = beir_row_name(row.get("Dataset", ""), row.get("BEIR-Name", ""))
        if name is None or _denied(name):
            continue
        where = f"{v}: package description table 'Available Datasets' {name!r}"
        add_joined_dataset(by_name, named, name, where, "benchmark", modality="text",
                           task="information retrieval")  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def add_joined_dataset(
    by_name: dict[str, Fact], named: dict[str, str], name: str, where: str, kind: str,
    **facts: str,
) -> None:
    """Add a data set a package's table names, joined to the fact an earlier source gave the
    same name (`named`: norm -> that fact's name), its own spelling an alias where it
    differs ("Climate-FEVER" of mteb's ClimateFEVER)."""
    joined = named.get(norm(name), name)
    aliases = [name] if joined != name else []
    sources_more.add_fact(by_name, "dataset", "dataset", joined, where, kind, aliases=aliases,
                          **facts)  # fmt: skip


def pytorch_tabular_facts() -> list[Fact]:
    """The model families pytorch-tabular's "Available Models" list links (`listed_model`),
    of kind other."""
    v, _ = sources._package("pytorch-tabular", "pytorch_tabular")
    listed = section(sources.description("pytorch-tabular"), "Available Models")
    by_name: dict[str, Fact] = {}
    for link in _LIST_LINK.finditer(listed):
        found = listed_model(link.group("text"))
        if found is None or _denied(found[0], *found[1]):
            continue
        name, aliases = found
        where = f"{v}: package description 'Available Models' {name!r}"
        sources_more.add_fact(by_name, "model", "family", name, where, "other", aliases=aliases)
    return list(by_name.values())


def nerfstudio_facts() -> list[Fact]:
    """The data sets nerfstudio's download scripts' class and method docstrings name
    (`downloaded_dataset`), of kind dataset, modality image, task novel view synthesis (the
    package's task)."""
    v, root = sources._package("nerfstudio", "nerfstudio")
    by_name: dict[str, Fact] = {}
    for path in sorted((root / "scripts" / "downloads").glob("*.py")):
        module = path.relative_to(root).as_posix()
        for node, doc in sources_more.definitions(path):
            for where_in, text in [(node.name, doc), *_method_docs(node)]:
                name = downloaded_dataset(text)
                if name is None or _denied(name):
                    continue
                where = f"{v}: {module} {where_in} docstring {name!r}"
                sources_more.add_fact(by_name, "dataset", "dataset", name, where, "dataset",
                                      modality="image",
                                      task="novel view synthesis")  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def _method_docs(node: ast.AST) -> list[tuple[str, str]]:
    """("Class.method", docstring) of each method of a class."""
    if not isinstance(node, ast.ClassDef):
        return []
    return [(f"{node.name}.{item.name}", ast.get_docstring(item) or "") for item in node.body
            if isinstance(item, ast.FunctionDef)]  # fmt: skip
