"""Readers of a twenty-fifth round (requirements-read-round25.txt), in sources.py's style, for
names the labelled papers of the read dev sets use and the catalog lacked (InstructPix2Pix,
"Graph Attention Network", "Deep Speech 2", the MIT-BIH Arrhythmia Database), taking every
other name the same places state that passes the guard. No package is new: each is read
anew at the version an earlier round pins.

- diffusers: the licence header of a pipeline module, "# Copyright 2025 The InstructPix2Pix
  Authors and The HuggingFace Team.", credits the authors of a model by its name; the name
  is kept when a `*Pipeline` class the module defines spells it, case and separators aside
  (`StableDiffusionInstructPix2PixPipeline`; `credited_model`); model families of kind
  diffusion. "MultiDiffusion Authors" over `StableDiffusionPanoramaPipeline`, "TIME
  Authors" over `StableDiffusionModelEditingPipeline` name nothing.
- torch-geometric: the paper titles an `nn.models` class named by an acronym quotes in its
  docstring's first paragraph ("`\\"Graph Attention Networks\\" <https://...>`_" of `GAT`);
  a run of capitalised words ending in "Network(s)" whose letters spell the acronym
  (`title_long_form`) is its long form, an alias in the singular, unless its initials and
  "N" spell the acronym (`found_by_initials`: the linker's long-form rule finds those).
  "Graph Attention Network", all generic modifiers, passes the guard only as a reviewed,
  cased word (rules.REVIEWED_MODEL_WORDS).
- openspeech-core: a quoted paper title "<Name>: ..." in a class docstring, the name
  spelling the class name without its last CamelCase word ("Deep Speech 2: End-to-End
  Speech Recognition ..." of `DeepSpeech2Extractor`; `titled_class_spelling`): the
  paper's spelling of the model, which joins the entry of that name.
- scipy: a `datasets` fetcher's docstring naming where its data comes from, "provided by
  the MIT-BIH Arrhythmia Database" (`provided_by_database`); data sets.

The name rules are the pure functions at the top, tested in `tests/test_catalog25.py`;
docs/catalog.md ("A twenty-fifth round of sources") states them, and what was looked for
and not found in a well-kept package.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round24
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND25: dict[str, str] = {
    "TIME": "diffusers' header of the model-editing pipeline credits 'TIME Authors' (Text-to-"
    "Image Model Editing); in capitals the word is also every paper's column of run times, "
    "and the class does not spell it anyway",
    "SANA": "diffusers' header of pipeline_sana.py credits 'SANA Authors'; in capitals the "
    "word is also a sentence-initial or shouted 'sana' and an acronym of other methods; "
    "SANA-Sprint and SANA-Video, hyphenated, are kept",
}


# Denied by an earlier round (sources_round24._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round24._denied, DENY_ROUND25)


_NAME = r"[A-Z0-9][\w.+-]*(?: [A-Z0-9][\w.+-]*){0,2}"
_CREDITED = re.compile(rf"(?:^# Copyright [\d-]+ |\band |, )(?:The )?({_NAME}) Authors\b")


def credited_model(header_line: str, pipeline_classes: list[str]) -> str | None:
    """The model a diffusers licence header credits the authors of, kept when a `*Pipeline`
    class of the module spells it, case and separators aside, after a prefix
    ("InstructPix2Pix" of "# Copyright 2025 The InstructPix2Pix Authors and The HuggingFace
    Team." over `StableDiffusionInstructPix2PixPipeline`); None for a team ("The HuggingFace
    Team", "Stanford University Team"), "Music Spectrogram Diffusion" over
    `SpectrogramDiffusionPipeline` or "MultiDiffusion" over `StableDiffusionPanoramaPipeline`.
    A header crediting two ("DiffEdit Authors and Pix2Pix Zero Authors") yields the first
    the classes spell."""
    bodies = [norm(c[: -len("Pipeline")]) for c in pipeline_classes if c.endswith("Pipeline")]
    for found in _CREDITED.finditer(header_line):
        name = found.group(1)
        if "Team" in name.split() or not any(ch.isupper() for ch in name):
            continue
        key = norm(name)
        if len(key) >= 3 and any(key in body for body in bodies):
            return name
    return None


_QUOTED_TITLE = re.compile(r'`"([^"]+)"\s*<https?://[^>]+>`_')
_HEAD = re.compile(r"^Networks?$")


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether the words spell the acronym: each word gives its initial, or the last word
    before the head noun gives its first two letters; the head noun ("Network(s)") gives its
    initial or nothing."""
    *body, head = words
    initials = "".join(w[0] for w in body).upper()
    candidates = {initials + "N", initials}
    if body and len(body[-1]) >= 2:
        candidates.add("".join(w[0] for w in body[:-1]).upper() + body[-1][:2].upper())
    return acronym in candidates and bool(_HEAD.match(head))


def title_long_form(acronym: str, title: str) -> str | None:
    """The long form a quoted paper title gives an acronym class name: the whole run of two
    to five capitalised words ending in "Network" or "Networks" (no capitalised word before
    it), each word giving its initial and the head noun its initial or nothing, or the last
    word before the head noun its first two letters; returned in the singular. "Graph
    Attention Network" for `GAT` from "Graph Attention Networks" (G, AT) and from "How
    Attentive are Graph Attention Networks?"; "Graph Convolutional Network" for `GCN` from
    "Semi-supervised Classification with Graph Convolutional Networks" (G, C, N). None for
    `GIN` and "How Powerful are Graph Neural Networks?" (GNN), for `PNA` and "Principal
    Neighbourhood Aggregation for Graph Nets" (no "Network"), for a run that spells it only
    in part ("Signed Graph Convolutional Network" is not GCN: the whole run is read), and for
    an acronym of fewer than three capitals."""
    if not re.fullmatch(r"[A-Z]{3,6}", acronym):
        return None
    tokens = re.findall(r"[\w-]+|[^\w\s]", title)
    runs: list[list[str]] = []
    current: list[str] = []
    for token in tokens:
        if re.fullmatch(r"[A-Z][A-Za-z]*", token):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    for run in runs:
        if 2 <= len(run) <= 5 and _HEAD.match(run[-1]) and _spells(acronym, run):
            return " ".join([*run[:-1], "Network"])
    return None


def found_by_initials(acronym: str, long_form: str) -> bool:
    """Whether the linker's long-form rule (linker/long_forms.py) already finds the long form
    by its initials and "N" ("Graph Convolutional Network" is GCN): such a long form is left
    to that rule, which also leaves a run the text names otherwise in brackets ("Graph
    Convolutional Network (ZorbGCN)") to the paper; an alias would link it regardless."""
    return "".join(w[0] for w in long_form.split()[:-1]) + "N" == acronym


_CAMEL_WORD = re.compile(r"[A-Z][a-z]+$")


def titled_class_spelling(class_name: str, doc: str) -> str | None:
    """The spelling a quoted paper title "<Name>: <subtitle>" gives the model a class is a
    part of, where the name spells the class name without its last CamelCase word, case and
    separators aside: "Deep Speech 2" of `DeepSpeech2Extractor` ('described in "Deep Speech
    2: End-to-End Speech Recognition in English and Mandarin" paper'); None for a title
    naming another model or with no name before ":"."""
    stem = _CAMEL_WORD.sub("", class_name)
    if not stem or stem == class_name:
        return None
    text = " ".join(doc.split())
    for found in re.finditer(r'"([A-Z][\w.+-]*(?: [A-Za-z0-9][\w.+-]*){0,3}): [A-Z]', text):
        if norm(found.group(1)) == norm(stem):
            return found.group(1)
    return None


_PROVIDED = re.compile(r"provided by the ((?:[A-Z0-9][\w-]*\s){1,4}(?:Database|Dataset))\b")


def provided_by_database(doc: str) -> str | None:
    """The database a data fetcher's docstring says its data is "provided by": two to five
    capitalised words ending in "Database" or "Dataset" ("MIT-BIH Arrhythmia Database" of
    scipy's `electrocardiogram`, "provided by the MIT-BIH Arrhythmia Database [1]_ on
    PhysioNet"); None for a provider that is not so named ("provided by PhysioNet")."""
    found = _PROVIDED.search(" ".join(doc.split()))
    return " ".join(found.group(1).split()) if found else None


def diffusers_credited_facts() -> list[Fact]:
    """The models diffusers' pipeline modules credit the authors of (`credited_model`):
    model families of kind diffusion, one per name with every module that states it."""
    v, root = sources._package("diffusers", "diffusers")
    by_name: dict[str, Fact] = {}
    for path in sorted((root / "pipelines").rglob("pipeline_*.py")):
        text = path.read_text(encoding="utf-8")
        header = next((line for line in text.splitlines() if line.startswith("# Copyright")), "")
        classes = [node.name for node, _ in sources_more.classes(path)]
        name = credited_model(header, classes)
        if not name or _denied(name):
            continue
        where = f"{v}: {path.relative_to(root).as_posix()} licence header '{name} Authors'"
        sources_more.add_fact(by_name, "model", "family", name, where, "diffusion")
    return [by_name[name] for name in sorted(by_name)]


def pyg_title_long_form_facts() -> list[Fact]:
    """The long forms the paper titles torch-geometric's acronym-named `nn.models` classes
    quote spell (`title_long_form`): the acronym's family, the long form its alias."""
    v, root = sources._package("torch-geometric", "torch_geometric")
    models = root / "nn" / "models"
    exported = set(sources._string_list(models / "__init__.py", "__all__"))
    by_name: dict[str, Fact] = {}
    for path in sorted(models.glob("*.py")):
        for node, doc in sources_more.classes(path):
            if node.name not in exported or _denied(node.name):
                continue
            first = " ".join(doc.split("\n\n")[0].split())
            for title in _QUOTED_TITLE.findall(first):
                long_form = title_long_form(node.name, title)
                if not long_form or _denied(long_form) or found_by_initials(node.name, long_form):
                    continue
                where = f"{v}: nn.models.{node.name} docstring paper title {title!r}"
                fact = by_name.get(node.name)
                if fact is None:
                    by_name[node.name] = Fact("model", "family", node.name, where,
                                              aliases=[long_form], match_keys=[node.name],
                                              kind="other")  # fmt: skip
                elif long_form in fact.aliases:
                    fact.source += f"; {where}"
    return [by_name[name] for name in sorted(by_name)]


def openspeech_titled_facts() -> list[Fact]:
    """The spellings the paper titles openspeech-core's classes quote give their model
    (`titled_class_spelling`): model families of kind speech, joining the entry of that name
    ("Deep Speech 2" joins "Deep Speech2", which the model class's docstring writes)."""
    v, root = sources._package("openspeech-core", "openspeech")
    by_name: dict[str, Fact] = {}
    for path in sorted(root.rglob("*.py")):
        for node, doc in sources_more.classes(path):
            name = titled_class_spelling(node.name, doc)
            if not name or _denied(name, node.name):
                continue
            where = f"{v}: {path.relative_to(root).as_posix()} {node.name} docstring paper title"
            sources_more.add_fact(by_name, "model", "family", name, where, "speech")
    return [by_name[name] for name in sorted(by_name)]


def scipy_dataset_facts() -> list[Fact]:
    """The databases scipy's `datasets` fetchers say their data is provided by
    (`provided_by_database`): data sets."""
    v, root = sources._package("scipy", "scipy")
    facts: list[Fact] = []
    for path in sorted((root / "datasets").glob("_*.py")):
        for node, doc in sources_more.definitions(path):
            if not isinstance(node, ast.FunctionDef):
                continue
            name = provided_by_database(doc)
            if name:
                where = f"{v}: datasets/{path.name} {node.name} docstring"
                fact = Fact("dataset", "dataset", name, where, kind="dataset")
                sources_more.append_new_fact(facts, _denied, fact)
    return facts
