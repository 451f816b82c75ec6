"""Readers of a fourteenth round (requirements-read-round14.txt), for model and data-set names
labelled papers use that the catalog lacked, in sources.py's style. No package is new: every
one is read since an earlier round, here for other text of the same pinned versions.

- mmaction2 (read since the first round for its metafiles): the table of supported models in
  its package description, each linking its config folder's README
  `configs/<area>/<folder>/README.md` ("<a href=\".../skeleton/stgcn/README.md\">ST-GCN</a>"),
  where the folder spells the name (case and separators aside), as the thirteenth round reads
  the data-set table;
- mmdet (read since the first round for its metafiles): detector classes (`models/detectors`)
  whose docstring opens by linking the paper under the class's own name ("Implementation of
  `GFL <https://arxiv.org/abs/2006.04388>`_" in `class GFL`);
- larq-zoo (new): the binarized networks its `literature` and `sota` builder functions
  instantiate, named by the docstring's first sentence ("Instantiates the XNOR-Net
  architecture.") where the name spells the function's (case and separators aside);
- fair-esm (read since the first round for its pretrained loaders): the test sets of the
  comparison table in its package description (the cells of the row headed "Test set":
  "CASP14", "CAMEO (Apr-Jun 2022)").

The name rules are the pure functions at the top, tested in `tests/test_catalog_round14.py`;
docs/catalog.md ("A fourteenth round of sources") states them.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round13
from rules import Fact, norm, opening_name

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; docs/catalog.md lists each with its reason.
DENY_ROUND14: dict[str, str] = {
    # mmdet's detector class: Label Assignment Distillation, a training method (no model by
    # the guideline), and "LAD" is as often the left anterior descending artery of cardiology
    # papers or a language acquisition device.
    "LAD": "a distillation method's initials, and an abbreviation other fields use",
}


# Denied by an earlier round (sources_round13._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round13._denied, DENY_ROUND14)


# A name: words, digits and the separators names use; no "*", "[", "(" or "/".
_NAME = re.compile(r"[A-Za-z][\w.+'-]*(?: [\w.+'-]+){0,3}")
# A model's name may open with a digit ("2s-AGCN"), never be one.
_MODEL_NAME = re.compile(r"(?=\d*[A-Za-z])[\w][\w.+'-]*(?: [\w.+'-]+){0,3}")
_CONFIG_LINK = re.compile(r'<a href="[^"]*/configs/[\w-]+/([\w-]+)/README\.md">([^<]+)</a>')


def config_linked_names(description: str) -> list[str]:
    """The models mmaction2's package description lists by linking their config folder's
    README (`configs/<area>/<folder>/README.md`), where the folder spells the link text, case
    and separators aside ("stgcn" -> "ST-GCN", "2s-agcn" -> "2s-AGCN"); each once. A folder
    named otherwise (`swin`: "VideoSwin", `i3d`: "I3D Non-Local", `resnet`: "MultiModality:
    Audio") and the data-set guides (`tools/data/...`) name nothing."""
    found: list[str] = []
    for folder, text in _CONFIG_LINK.findall(description):
        name = text.strip()
        if _MODEL_NAME.fullmatch(name) and norm(name) == norm(folder) and name not in found:
            found.append(name)
    return found


_IMPLEMENTATION = re.compile(r"Implementation of `([^`<]+?) <https?://arxiv\.org/[^>]+>`_")


def implemented_detector(class_name: str, doc: str) -> str | None:
    """The detector an mmdet class's docstring names by linking its paper, when the link text
    is the class's own name (case and separators aside): "Implementation of `GFL
    <https://arxiv.org/abs/2006.04388>`_" in `GFL` -> "GFL". A link text naming something else
    ("`Instances as Queries <...>`_" in `QueryInst`) and links to other sites name nothing."""
    return opening_name(doc, _IMPLEMENTATION, class_name)


_CELL = re.compile(r"<td[^>]*>(?:<span[^>]*>)?([^<]*)(?:</span>)?</td>")


def test_set_row(description: str) -> list[str]:
    """The test sets of an HTML table's row headed "Test set" (fair-esm's comparison table),
    each once, a parenthesised period dropped ("CAMEO (Apr-Jun 2022)" -> "CAMEO"). Other rows
    (a model's scores) name nothing."""
    for row in re.findall(r"<tr>(.*?)</tr>", description, re.DOTALL):
        cells = [c.strip() for c in _CELL.findall(row)]
        if not cells or cells[0] != "Test set":
            continue
        found: list[str] = []
        for cell in cells[1:]:
            name = re.sub(r"\s*\([^)]*\)$", "", cell)
            if _NAME.fullmatch(name) and name not in found:
                found.append(name)
        return found
    return []


_INSTANTIATES = re.compile(r"Instantiates the ([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?) architecture\.")


def instantiated_architecture(function_name: str, doc: str) -> str | None:
    """The network a larq-zoo builder's docstring names in its first sentence, "Instantiates
    the <Name> architecture.", when the name spells the function's (case and separators
    aside): "Instantiates the XNOR-Net architecture." in `XNORNet` -> "XNOR-Net". A depth
    written apart ("the BinaryDenseNet 28 architecture": a checkpoint of a family no package
    names) and other sentences ("Instantiates the BNN version of the Real-to-Binary network
    ...") name nothing."""
    name = opening_name(doc, _INSTANTIATES, function_name)
    return None if name and re.search(r" \d", name) else name


def mmaction2_model_table_facts() -> list[Fact]:
    """The video models mmaction2's package description lists (`config_linked_names`),
    families of kind vision."""
    return sources_round13.description_facts(
        "mmaction2", "mmaction", config_linked_names, "model table", _denied,
        entity="model", level="family", kind="vision",
    )  # fmt: skip


def mmdet_detector_facts() -> list[Fact]:
    """The detectors mmdet's `models/detectors/*.py` classes implement (`implemented_detector`),
    read through `ast`; families of kind vision."""
    v, root = sources._package("mmdet", "mmdet")
    facts: list[Fact] = []
    detectors = sorted((root / "models" / "detectors").glob("*.py"))
    for path, node, docstring in sources_round13.documented(detectors, ast.ClassDef):
        name = implemented_detector(node.name, docstring)
        if name:
            where = f"{v}: models/detectors/{path.name} {node.name} docstring"
            fact = Fact("model", "family", name, where, kind="vision")
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def larq_zoo_facts() -> list[Fact]:
    """The binarized networks of larq-zoo's `literature/*.py` and `sota/*.py` builder
    functions (`instantiated_architecture`), read through `ast`; families of kind vision, the
    function's name a match key."""
    v, root = sources._package("larq-zoo", "larq_zoo")
    facts: list[Fact] = []
    builders = sorted([*(root / "literature").glob("*.py"), *(root / "sota").glob("*.py")])
    for path, node, docstring in sources_round13.documented(builders, ast.FunctionDef):
        name = instantiated_architecture(node.name, docstring)
        if not name or _denied(name, node.name):
            continue
        where = f"{v}: {path.relative_to(root.parent).as_posix()} {node.name} docstring"
        facts.append(Fact("model", "family", name, where, match_keys=[node.name], kind="vision"))
    return facts


def fair_esm_test_set_facts() -> list[Fact]:
    """The protein-structure test sets fair-esm's package description compares models on
    (`test_set_row`); kind benchmark."""
    return sources_round13.description_facts(
        "fair-esm", "esm", test_set_row, "test set", _denied, kind="benchmark"
    )
