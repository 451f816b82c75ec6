"""Readers of a fifty-eighth round (requirements-read-round58.txt), in sources.py's style.
A proactive source first: tabular benchmarks that papers name and the catalog lacked, as the
dataset loaders of scikit-learn and catboost state them; then names the linker missed on
read papers (the gold sets dev60 and dev61), where a package states them. One distribution
is new, catboost 1.2.10 (Yandex's gradient-boosting library); scikit-learn 1.9.1 is the pin
the generator environment had (round 42 installed it as a dependency of the packages read,
never pinned it), restated here. Every place is read as files (module source through `ast`,
reStructuredText and Markdown files shipped in the package), never imported.

- scikit-learn: the data set a downloading loader (`datasets/_*.py`'s `fetch_<id>`
  functions; the bundled toy sets' `load_*` are not read) names in its docstring's first
  line, "Load the <Name> dataset|data-set ...", where the name read without case and
  separators is the loader's id ("Load the California housing dataset (regression)." of
  `fetch_california_housing`), or its first word is ("Load the RCV1 multilabel dataset" of
  `fetch_rcv1` -> RCV1); a name the loader's id does not spell ("covertype" of
  `fetch_covtype`) is taken only in the spelling of the UCI repository page the loader's
  description (`datasets/descr/<id>.rst`) links, when that page's name read without case is
  the name (`uci_spelling`: "Covertype"). A long form with its acronym, "Load the Labeled
  Faces in the Wild (LFW) people dataset", gives the acronym, where the acronym is the id's
  first part and the long form's initials spell it (`loader_dataset`); a description title
  spelling the name otherwise ("California Housing dataset") gives an alias (`descr_title`).
- catboost: the data set a loader function's docstring quotes, 'Download "<name>" [1] data
  set', in the spelling of the UCI repository page its reference links, as above
  ('Download "higgs" [1] data set ... [1]: https://archive.ics.uci.edu/ml/datasets/HIGGS' ->
  HIGGS); a quoted name no such page spells ("epsilon", a LIBSVM page; "Adult Data Set",
  whose page is "Adult") gives nothing.
- torch-geometric: the pair of numbered data sets a class docstring opens with, "The
  <Name><N>/<M> datasets from ...", each of which the docstring also writes whole
  (`numbered_pair`: "The ModelNet10/40 datasets" of datasets/modelnet.py -> ModelNet10,
  ModelNet40).
- torch-geometric: the model a layer's docstring names by its paper's title, "The <Name>
  layer from the `"<Name>" <url>`_ paper", the class being "<Name>Conv" (`titled_layer`:
  Point Transformer of PointTransformerConv).
- tensorflow-datasets: the data set a builder folder's README.md opens with, "<Name> is a
  ...", where the name is two or more capitalised words and read without case and
  separators is the folder's id (`readme_opening`: "Wake Vision is a large, high-quality
  dataset ..." of datasets/wake_vision).

docs/catalog.md ("A fifty-eighth round of sources") states the rules, and what was looked
at and not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round57
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND58: dict[str, str] = {
    # catboost's datasets.py 'Download "epsilon" [1] data set': the Greek letter's name, which
    # every paper writes for a constant or a tolerance; no UCI page spells it (not read).
    "epsilon": "catboost's LIBSVM data set; the Greek letter's name, written for a constant "
    "or tolerance in most papers",
}

# Denied by an earlier round (round 57's `_denied`, which asks the rounds before it) or by
# this one.
_denied = sources_more.denial(sources_round57._denied, DENY_ROUND58)

_UCI_PAGE = re.compile(r"archive\.ics\.uci\.edu/ml/datasets/([A-Za-z][\w+-]*)")


# -- name rules (pure) ------------------------------------------------------------------------


def uci_spelling(name: str, text: str) -> str | None:
    """The spelling of the UCI repository page a text links whose name, read without case
    and separators, is `name`: ("covertype", "... <https://archive.ics.uci.edu/ml/datasets/
    Covertype>`__") -> "Covertype"; ("higgs", ".../datasets/HIGGS") -> "HIGGS"; a page of
    another name gives None."""
    for page in _UCI_PAGE.findall(text):
        if norm(page) == norm(name):
            return page
    return None


def loader_dataset(function: str, doc: str) -> tuple[str, list[str]] | None:
    """(name, aliases) of the data set a scikit-learn loader's docstring names in its first
    line, "Load the <Name> dataset|data-set ...", where `function` is "fetch_<id>" and the
    name read without case and separators is the id, or the name's first word is:
    ("fetch_california_housing", "Load the California housing dataset (regression).") ->
    ("California housing", []); ("fetch_rcv1", "Load the RCV1 multilabel dataset") ->
    ("RCV1", []). "<Long Form> (<ACR>) ..." gives the acronym, where the acronym read without
    case is the id's first part and the initials of the long form's capitalised words spell
    it: ("fetch_lfw_people", "Load the Labeled Faces in the Wild (LFW) people dataset") ->
    ("LFW", []); the long form is not taken as an alias (fiftyone's zoo states it as a name
    of its own, and the guard leaves it out as ordinary words)."""
    if not function.startswith("fetch_"):
        return None
    ident = function.removeprefix("fetch_")
    first = doc.strip().split("\n\n")[0]
    found = re.match(r"Load the (.+?) (?:dataset|data-set)\b", " ".join(first.split()))
    if not found:
        return None
    name = found[1]
    acronym = re.fullmatch(r"((?:[A-Z][\w-]*|in|the|of) ?)+ \(([A-Z][A-Z\d]+)\)(?: \w+)?", name)
    if acronym:
        long_form = name[: name.index(" (")]
        initials = "".join(w[0] for w in long_form.split() if w[0].isupper())
        short = acronym[2]
        if initials == short and ident.split("_")[0] == short.casefold():
            return short, []
        return None
    if norm(name) == norm(ident):
        return name, []
    if norm(name.split()[0]) == norm(ident) and len(name.split()) > 1:
        return name.split()[0], []
    return None


def descr_title(rst: str) -> str | None:
    """The data set a loader description's heading names, its first underlined line without
    a leading "The" and a trailing "dataset": "California Housing dataset\n----" ->
    "California Housing"; "The Olivetti faces dataset\n----" -> "Olivetti faces"."""
    found = re.search(r"^(\S[^\n]*)\n-{3,}\n", rst, re.MULTILINE)
    if not found:
        return None
    title = re.sub(r"^The ", "", found[1].strip())
    return re.sub(r" (?:text |face recognition )?dataset$", "", title)


def quoted_dataset(doc: str) -> str | None:
    """The name a catboost loader's docstring quotes, 'Download "<name>" [1] data set' or
    'Download "<name>" [1] from ...', in the spelling of the UCI page it links
    (`uci_spelling`): 'Download "higgs" [1] data set ... [1]:
    https://archive.ics.uci.edu/ml/datasets/HIGGS' -> "HIGGS"."""
    found = re.match(r'Download "([^"]+)" \[1\]', doc.strip())
    return uci_spelling(found[1], doc) if found else None


def numbered_pair(doc: str) -> list[str]:
    """The numbered data sets a docstring opens with as a pair, "The <Name><N>/<M> datasets
    ...", each kept where the docstring also writes it whole: "The ModelNet10/40 datasets
    from ... * - ModelNet10 ... * - ModelNet40" -> ["ModelNet10", "ModelNet40"]."""
    text = " ".join(doc.split())
    found = re.match(r"The ([A-Z][A-Za-z]*[A-Za-z])(\d+)/(\d+) datasets\b", text)
    if not found:
        return []
    names = [found[1] + found[2], found[1] + found[3]]
    return [n for n in names if len(re.findall(rf"\b{n}\b", text)) >= 1 + (n == names[0])]


def titled_layer(class_name: str, doc: str) -> str | None:
    """The model a layer's docstring names by the title of the paper it is from, "The <Name>
    layer from the `"<Name>" <url>`_ paper", where the class is "<Name>Conv" with the name's
    spaces dropped: ("PointTransformerConv", 'The Point Transformer layer from the `"Point
    Transformer" <https://arxiv.org/abs/2012.09164>`_ paper.') -> "Point Transformer"."""
    found = re.match(r'The ([A-Z][\w-]*(?: [A-Z][\w-]*)*) layer from the `"([^"]+)"',
                     " ".join(doc.split()))  # fmt: skip
    if not found or found[1] != found[2]:
        return None
    return found[1] if class_name == found[1].replace(" ", "") + "Conv" else None


def readme_opening(ident: str, readme: str) -> str | None:
    """The name a builder's README opens with, "<Name> is a ...", where the name is two or
    more capitalised words and read without case and separators is the builder's id:
    ("wake_vision", "Wake Vision is a large, high-quality dataset ...") -> "Wake Vision";
    ("race", "Race is a ...") -> None (one word)."""
    found = re.match(r"([A-Z][\w-]*(?: [A-Z][\w-]*)+) is an? ", " ".join(readme.split()))
    if not found or norm(found[1]) != norm(ident):
        return None
    return found[1]


# -- readers ----------------------------------------------------------------------------------


def sklearn_loader_facts() -> list[Fact]:
    """The data sets scikit-learn's downloading loaders name (`loader_dataset`; a name the
    id does not spell in the UCI page's spelling the loader's description links,
    `uci_spelling`): California housing, Covertype, LFW, Olivetti faces, RCV1,
    and the 20 newsgroups and kddcup99 the catalog has. Data sets, cited to the loader."""
    v, root = sources._package("scikit-learn", "sklearn")
    facts: list[Fact] = []
    for path in sorted((root / "datasets").glob("_*.py")):
        for node, doc in sources_more.definitions(path):
            if not isinstance(node, ast.FunctionDef) or not node.name.startswith("fetch_"):
                continue
            where = f"{v}: datasets/{path.name} {node.name} docstring"
            found = loader_dataset(node.name, doc)
            if not found:
                first = re.match(r"Load the (\S+) dataset\b", doc.strip())
                descr = root / "datasets" / "descr" / f"{node.name.removeprefix('fetch_')}.rst"
                spelled = first and descr.is_file() and uci_spelling(
                    first[1], descr.read_text(encoding="utf-8"))  # fmt: skip
                if not spelled:
                    continue
                found = (spelled, [])
                where += f" and descr/{descr.name} UCI page"
            name, aliases = found
            descr = root / "datasets" / "descr" / f"{node.name.removeprefix('fetch_')}.rst"
            title = descr_title(descr.read_text(encoding="utf-8")) if descr.is_file() else None
            if title and title != name and norm(title) == norm(name):
                aliases = [*aliases, title]
                where += f" and descr/{descr.name} title"
            fact = Fact("dataset", "dataset", name, where, aliases=aliases, kind="dataset")
            sources_more.append_new_fact(facts, _denied, fact, *aliases)
    return facts


def catboost_dataset_facts() -> list[Fact]:
    """The data sets catboost's `datasets.py` loaders quote in the UCI page's spelling
    (`quoted_dataset`: HIGGS); data sets of modality tabular."""
    v, root = sources._package("catboost", "catboost")
    path = root / "datasets.py"
    facts: list[Fact] = []
    for node, doc in sources_more.definitions(path):
        name = quoted_dataset(doc) if isinstance(node, ast.FunctionDef) else None
        if name:
            where = f"{v}: datasets.py {node.name} docstring"
            fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="tabular")
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def pyg_numbered_facts() -> list[Fact]:
    """The numbered pairs torch-geometric's data-set classes open with (`numbered_pair`:
    ModelNet10, ModelNet40); data sets (modality graph, as the ModelNet entry torch-geometric
    gave)."""
    return sources_more.class_docstring_facts(
        "torch-geometric", "torch_geometric", "datasets/*.py", _denied,
        lambda _, doc: numbered_pair(doc),
        lambda name, where, _: Fact("dataset", "dataset", name, where, kind="dataset",
                                    modality="graph"),
    )  # fmt: skip


def pyg_titled_layer_facts() -> list[Fact]:
    """The models torch-geometric's layers name by their paper's title (`titled_layer`:
    Point Transformer of `nn/conv/point_transformer_conv.py`); families of kind vision."""
    return sources_more.class_docstring_facts(
        "torch-geometric", "torch_geometric", "nn/conv/*.py", _denied, titled_layer,
        lambda name, where, _: Fact("model", "family", name, where, kind="vision",
                                    note="a point-cloud network of vector self-attention "
                                    "layers"),
    )  # fmt: skip


def tfds_readme_facts() -> list[Fact]:
    """The data sets tensorflow-datasets' builder READMEs open with (`readme_opening`: Wake
    Vision); data sets."""
    v, root = sources._package("tensorflow-datasets", "tensorflow_datasets")
    facts: list[Fact] = []
    for path in sorted((root / "datasets").glob("*/README.md")):
        name = readme_opening(path.parent.name, path.read_text(encoding="utf-8"))
        if name:
            where = f"{v}: datasets/{path.parent.name}/README.md"
            sources_more.append_new_fact(facts, _denied, Fact("dataset", "dataset", name, where,
                                                              kind="dataset"))  # fmt: skip
    return facts
