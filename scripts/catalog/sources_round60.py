"""Readers of a sixtieth round (requirements-read-round60.txt), in sources.py's style.
Names the linker missed on read papers (the gold sets dev62-dev65), where a package states
them. Four distributions are new, all installed without their dependencies: neuraloperator
2.0.0 (the NeuralOperator library of the FNO's authors), nisqa 2.0.post2 (the NISQA
authors' release), muq 0.1.0 (Tencent AI Lab's MuQ release) and patchnetvlad 0.1.8 (the
Patch-NetVLAD authors' release). The other places are in packages earlier rounds pinned
(timm, torchrl). Every place is read as files (module source through `ast`, the package
metadata's summary and description), never imported.

- neuraloperator: the model a class `neuralop/models/__init__.py` imports names in its
  docstring's first paragraph (`neural_operator`): an opening "<Name>: <Long Form>", or a
  long form "<Long Form> (<Name>)", or a long form ending in "Neural Operator" whose words'
  initials with "NO" spell the class (the long form is kept where its initials spell the
  name), the name read without case and separators being the class's ("N-Dimensional
  Fourier Neural Operator. The FNO learns ..." of FNO; "Tucker Tensorized Fourier Neural
  Operator (TFNO)."; "GINO: Geometry-informed Neural Operator"; "Codomain Attention Neural
  Operators (CoDA-NO)" of CODANO); and a model a module makes with `partialclass("<Name>",
  ...)` whose module docstring opens "<Name> - <Long Form>" (`partial_model`: SFNO,
  "SFNO - Spherical Fourier Neural Operator").
- timm: the sized checkpoint a registered model function's docstring opens with,
  "<Family>[- ]<size> [distilled ]model", where the function is named "<family>_<size>_..."
  and the family read without case and separators is the function's first part
  (`sized_docstring`: "DeiT-tiny model @ 224x224 from paper" of deit_tiny_patch16_224 ->
  DeiT-Tiny with the size letter "DeiT-T", as the first round's `arch_names` names
  ConViT-Small "ConViT-S").
- torchrl: the network a class of `modules/models/model_based.py` is a part of, where the
  class is named "<ACR><Part>" and its docstring calls the acronym a network ("Rollout the
  RSSM network.", "The prior network of the RSSM.") and cites an arXiv reference
  (`part_of_network`: RSSM).
- nisqa: the model a package summary names, "<Name> - <long form>", where the name read
  without case is the distribution's and the description says "<Name> is a deep learning
  model" (`summary_model`: NISQA).
- muq: the models its description lists as released, "the following models are released:"
  then "- **<Name>**: A ... model ..." items (`released_models`: MuQ, MuQ-MuLan).
- patchnetvlad: the model a `models/*.py` class's docstring opens with, "<Class> layer
  implementation", where the package summary names its own model "<Prefix>-<Class>: ..."
  (`base_layer`: NetVLAD, the VLAD layer's network Patch-NetVLAD extends).

docs/catalog.md ("A sixtieth round of sources") states the rules, and what was looked at
and not read.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import sources
import sources_more
import sources_round59
from rules import SIZE_LETTERS, Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND60: dict[str, str] = {
    # neuraloperator models/fnogno.py "FNOGNO: Fourier/Geometry Neural Operator - maps from a
    # regular N-d grid to an arbitrary query point cloud."
    "FNOGNO": "neuraloperator's composite of an FNO and a graph neural operator, a class "
    "identifier papers do not name (they write FNO and GNO)",
}

# Denied by an earlier round (round 59's `_denied`, which asks the rounds before it) or by
# this one.
_denied = sources_more.denial(sources_round59._denied, DENY_ROUND60)


# -- name rules (pure) ------------------------------------------------------------------------


def initials(long_form: str) -> set[str]:
    """The readings of a long form's initials, lower case: each word's first letter, or each
    hyphen part's ("Geometry-informed Neural Operator" -> {"gno", "gino"}; "U-Shaped
    Neural Operator" -> {"uno", "usno"})."""
    words = long_form.replace("/", " ").split()
    by_word = "".join(w[0] for w in words)
    by_part = "".join(p[0] for w in words for p in w.split("-") if p)
    return {by_word.casefold(), by_part.casefold()}


_NO_OPENING = re.compile(r"([\w-]+): ((?:[\w/-]+ )*?Neural Operators?)\b")
_NO_BRACKETED = re.compile(r"((?:[\w/-]+ )*?Neural Operators?) \(([^()]+)\)")
_NO_WORDS = re.compile(r"((?:[A-Z][\w-]* )+)Neural Operators?\b")


def neural_operator(class_name: str, doc: str) -> tuple[str, list[str]] | None:
    """(name, long forms) of the neural operator a neuraloperator class's docstring names in
    its first paragraph, the name read without case and separators being the class's:
    ("GINO", "GINO: Geometry-informed Neural Operator - learns ...") -> ("GINO",
    ["Geometry-informed Neural Operator"]); ("CODANO", "Codomain Attention Neural
    Operators (CoDA-NO)") -> ("CoDA-NO", ["Codomain Attention Neural Operators"]);
    ("FNO", "N-Dimensional Fourier Neural Operator. The FNO learns ...") -> ("FNO",
    ["Fourier Neural Operator"]); ("TFNO", "Tucker Tensorized Fourier Neural Operator
    (TFNO).") -> ("TFNO", []) (its initials spell TTFNO); ("LocalNO", "N-Dimensional Local
    Fourier Neural Operator.") -> None."""
    first = " ".join(doc.strip().split("\n\n")[0].split())
    key = norm(class_name)
    found = _NO_OPENING.match(first)
    if found and norm(found[1]) == key:
        long_form = found[2]
        return found[1], [long_form] if key in initials(long_form) else []
    for found in _NO_BRACKETED.finditer(first):
        if norm(found[2]) == key:
            words = found[1].split()
            for start in range(len(words)):
                long_form = " ".join(words[start:])
                if key in initials(long_form):
                    return found[2], [long_form]
            return found[2], []
    for found in _NO_WORDS.finditer(first):
        words = found[1].split()
        for start in range(len(words)):
            long_form = " ".join([*words[start:], "Neural", "Operator"])
            if key in initials(long_form):
                return class_name, [long_form]
    return None


def partial_model(module_doc: str, module_source: str) -> tuple[str, list[str]] | None:
    """(name, long forms) of the model a module makes with `partialclass("<Name>", ...)`,
    where its docstring opens "<Name> - <Long Form>" and the long form's initials spell the
    name: ('SFNO - Spherical Fourier Neural Operator\\nReplaces ...', 'SFNO =
    partialclass("SFNO", FNO, ...)') -> ("SFNO", ["Spherical Fourier Neural Operator"])."""
    found = re.match(r"\s*([\w-]+) - ([^\n]+)", module_doc)
    if not found or f'partialclass("{found[1]}"' not in module_source:
        return None
    long_form = found[2].strip()
    return found[1], [long_form] if norm(found[1]) in initials(long_form) else []


def sized_docstring(function: str, doc: str) -> tuple[str, str, list[str]] | None:
    """(family, checkpoint, aliases) of the sized checkpoint a timm model function's
    docstring opens with, "<Family>[- ]<size> [distilled ]model", where the function is
    "<family>_<size>_..." and the family read without case and separators is its first
    part: ("deit_tiny_patch16_224", "DeiT-tiny model @ 224x224 from paper (...)") ->
    ("DeiT", "DeiT-Tiny", ["DeiT-T"]); ("deit_base_patch16_384", "DeiT base model @
    384x384") -> ("DeiT", "DeiT-Base", ["DeiT-B"]); ("deit3_small_patch16_224", "DeiT-3 small
    model @ 224x224") -> None (the family "DeiT-3" is deit3's, a name of its own)."""
    sizes = "|".join(SIZE_LETTERS)
    found = re.match(rf"([A-Za-z][\w.]*?)[- ]({sizes}) (?:distilled )?model\b",
                     " ".join(doc.split()))  # fmt: skip
    if not found:
        return None
    family, size = found[1], found[2]
    parts = function.split("_")
    if len(parts) < 3 or parts[1] != size or norm(family) != parts[0]:
        return None
    return family, f"{family}-{size.capitalize()}", [f"{family}-{SIZE_LETTERS[size]}"]


def part_of_network(class_name: str, doc: str) -> str | None:
    """The network a class named "<ACR><Part>" is a part of, where its docstring's first
    line calls the acronym a network ("Rollout the RSSM network.", "The prior network of
    the RSSM.") and the docstring cites an arXiv reference: ("RSSMRollout", "Rollout the RSSM
    network. ... Reference: https://arxiv.org/abs/1811.04551") -> "RSSM"; a class whose
    docstring names no reference (RSSMRolloutV3's "Roll out the DreamerV3 RSSM over a
    sequence.") -> None."""
    found = re.match(r"([A-Z]{3,})[A-Z][a-z]", class_name)
    if not found or not re.search(r"Reference: https?://arxiv\.org/abs/\d{4}\.\d{4,5}", doc):
        return None
    acronym = found[1]
    first = doc.strip().splitlines()[0] if doc.strip() else ""
    said = (rf"\bthe {acronym} network\b", rf"\bnetwork of the {acronym}\b")
    return acronym if any(re.search(p, first) for p in said) else None


def summary_model(distribution: str, summary: str, description: str) -> tuple[str, str] | None:
    """(name, long form) of the model a summary names, "<Name> - <long form>", where the
    name read without case is the distribution's and the description says "<Name> is a deep
    learning model": ("nisqa", "NISQA - Non-Intrusive Speech Quality and TTS Naturalness
    Assessment", "... NISQA is a deep learning model/framework for speech quality
    prediction.") -> ("NISQA", "Non-Intrusive Speech Quality and TTS Naturalness
    Assessment")."""
    found = re.fullmatch(r"([\w-]+) - (.+)", summary.strip())
    if not found or found[1].casefold() != distribution.casefold():
        return None
    if not re.search(rf"\b{re.escape(found[1])} is a deep learning model\b", description):
        return None
    return found[1], found[2]


def released_models(description: str) -> list[str]:
    """The models a description lists as released, "the following models are released:"
    then "- **<Name>**: A ... model ..." items: "... the following models are released:\\n\\n-
    **MuQ**: A large music foundation model pre-trained ...\\n- **MuQ-MuLan**: A music-text
    joint embedding model ..." -> ["MuQ", "MuQ-MuLan"]."""
    found = re.search(r"the following models are released:\s*\n((?:\s*- .*\n?)+)", description)
    if not found:
        return []
    return re.findall(r"^\s*- \*\*([\w-]+)\*\*: An? [^\n]*?\bmodel\b", found[1], re.MULTILINE)


def base_layer(summary: str, class_name: str, doc: str) -> str | None:
    """The network a package's own model extends, where a class's docstring opens "<Class>
    layer implementation" and the package summary names its model "<Prefix>-<Class>: ...":
    ("Patch-NetVLAD: An open-source Python implementation of the CVPR2021 paper", "NetVLAD",
    "NetVLAD layer implementation") -> "NetVLAD"; ("...", "PatchNetVLAD", "...") -> None."""
    found = re.match(r"([\w-]+): ", summary)
    if not found or not found[1].endswith(f"-{class_name}"):
        return None
    return class_name if re.match(rf"{class_name} layer implementation\b", doc.strip()) else None


# -- readers ----------------------------------------------------------------------------------


def _imported_names(path: Path) -> set[str]:
    """The names a package `__init__.py` imports from its modules (`from .fno import TFNO,
    FNO`), in a `try:` block too."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level >= 1
        for alias in node.names
    }


def neuraloperator_facts() -> list[Fact]:
    """The neural operators neuraloperator's `models` package imports, named by their
    classes' docstrings (`neural_operator`: FNO, TFNO, UNO, UQNO, GINO, CoDA-NO) or by a
    module's `partialclass` and docstring (`partial_model`: SFNO); model families of kind
    other, noted as neural operators, their long forms aliases."""
    v, root = sources._package("neuraloperator", "neuralop")
    folder = root / "models"
    exported = _imported_names(folder / "__init__.py")
    facts: list[Fact] = []
    note = "a neural operator (learns maps between function spaces, for PDEs)"
    for path in sorted(folder.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        module_doc = ast.get_docstring(ast.parse(source)) or ""
        found_in_module: list[tuple[tuple[str, list[str]], str]] = []
        partial = partial_model(module_doc, source)
        if partial and partial[0] in exported:
            found_in_module.append((partial, f"{v}: models/{path.name} module docstring"))
        for node, doc in sources_more.classes(path):
            found = neural_operator(node.name, doc) if node.name in exported else None
            if found:
                found_in_module.append((found, f"{v}: models/{path.name} {node.name} docstring"))
        for (name, long_forms), where in found_in_module:
            fact = Fact("model", "family", name, where, aliases=long_forms, kind="other",
                        note=note)  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def timm_sized_facts() -> list[Fact]:
    """The sized checkpoints timm's registered model functions' docstrings open with
    (`sized_docstring`: DeiT-Tiny, DeiT-Small, DeiT-Base, BEiT-Base, BEiT-Large, EVA-Large),
    each with its size letter as an alias, a checkpoint of the family named there (read
    before; one whose family made no entry is left out by the merge); kind vision."""
    v, root = sources._package("timm", "timm")
    facts: list[Fact] = []
    for path in sorted((root / "models").glob("*.py")):
        for node, doc in sources_more.definitions(path):
            found = sized_docstring(node.name, doc) if isinstance(node, ast.FunctionDef) else None
            if not found:
                continue
            family, name, aliases = found
            where = f"{v}: models/{path.name} {node.name} docstring"
            fact = Fact("model", "checkpoint", name, where, aliases=aliases, family=family,
                        kind="vision")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact, *aliases)
    return facts


def torchrl_network_facts() -> list[Fact]:
    """The networks torchrl's model-based modules are parts of (`part_of_network`: RSSM);
    a model family of kind other, noted as a world model's latent dynamics."""
    return sources_more.class_docstring_facts(
        "torchrl", "torchrl", "modules/models/model_based.py", _denied, part_of_network,
        lambda name, where, _: Fact("model", "family", name, where, kind="other",
                                    note="a recurrent state-space world model (PlaNet, "
                                    "Dreamer)"),
    )  # fmt: skip


def nisqa_facts() -> list[Fact]:
    """The model nisqa's summary names (`summary_model`: NISQA); a family of kind speech,
    noted as a speech-quality predictor."""
    label = sources.source_label("nisqa")
    found = summary_model("nisqa", sources.summary("nisqa"), sources.description("nisqa"))
    if not found or _denied(found[0]):
        return []
    return [Fact("model", "family", found[0], f"{label}: package metadata Summary and "
                 "description", kind="speech",
                 note="a non-intrusive speech-quality (MOS) predictor")]  # fmt: skip


def muq_facts() -> list[Fact]:
    """The models muq's description lists as released (`released_models`: MuQ, MuQ-MuLan);
    families of kind audio, noted as music representation models."""
    label = sources.source_label("muq")
    facts: list[Fact] = []
    for name in released_models(sources.description("muq")):
        fact = Fact("model", "family", name, f"{label}: package description 'the following "
                    f"models are released' '{name}'", kind="audio",
                    note="a music representation model")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def patchnetvlad_facts() -> list[Fact]:
    """The network patchnetvlad's own model extends (`base_layer`: NetVLAD of
    models/netvlad.py); a family of kind vision, noted as place recognition."""
    summary = sources.summary("patchnetvlad")
    return sources_more.class_docstring_facts(
        "patchnetvlad", "patchnetvlad", "models/*.py", _denied,
        lambda name, doc: base_layer(summary, name, doc),
        lambda name, where, _: Fact("model", "family", name, where, kind="vision",
                                    note="a VLAD-pooling network for visual place "
                                    "recognition"),
    )  # fmt: skip
