"""Readers of a nineteenth round (requirements-read-round19.txt), for model and data-set names
labelled papers use that the catalog lacked, in sources.py's style; one package is new
(mlx-lm), the others were installed by earlier rounds.

- tensorflow-datasets (read since the first round): the display name a builder's class
  docstring gives the data set ("NYU Depth V2 Dataset." of `nyu_depth_v2`, "NEWSROOM
  Dataset." of `newsroom`, "DatasetBuilder for the ProteinNet dataset." of `protein_net`),
  where it spells the builder's id (the same letters and digits), for the builders whose id
  the guard leaves out as ordinary words; the display name then names the entry, the id is a
  match key;
- mteb (read since the first round): a task whose citation's title gives its name before a
  colon ("FSD50K: An Open Dataset of Human-Labeled Sound Events" of the task `FSD50K`, whose
  Hub copy is a subsample named `fsd50k_mini`): the data set by that name;
- open_clip (read since the first round): the class a `<prefix>_model.py` module defines
  that spells the prefix of model configurations (`CoCa` in `coca_model.py`, configurations
  `coca_ViT-B-32`, ...): a model family;
- allennlp-models (read since the fourth round): the `model_type` a model card states
  ("SpanBERT" of `coref-spanbert.json`), one word;
- mlx-lm (new): the model class a `models/<model_type>.py` module defines, `<Name>Model`,
  where <Name> spells the module's model type with capitals inside a word ("OpenELM" of
  `OpenELMModel` in `openelm.py`): a model family;
- ale-py (read since the first round for its games): the platform its package Summary
  names with its abbreviation ("The Arcade Learning Environment (ALE) - a platform for AI
  research."), with the console its description says the games are for ("Atari 2600") and
  its keyword ("atari", as the description capitalises it): one data set, its names kept as
  written (rules.REVIEWED_DATASET_WORDS).

The name rules are the pure functions at the top, tested in `tests/test_catalog19.py`;
docs/catalog.md ("A nineteenth round of sources") states them.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import re
from collections.abc import Callable

import sources
import sources_more
import sources_round18
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND19: dict[str, str] = {
    # tensorflow-datasets builder docstrings
    "CycleGAN": "the model's name; tfds' `cycle_gan` is the image pairs the paper used",
    # mteb tasks' citation titles
    "INSTRUCTIR": "also InstructIR, the image-restoration model (2024): a folded alias would "
    "link the model as this benchmark",
    # mlx-lm model classes
    "DeepseekV32": "a class spelling of DeepSeek-V3.2 that loses the version's dot (3.2, not 32)",
    # allennlp-models model cards' model_type
    "Seq2Seq": "a generic class (sequence-to-sequence model), not one model",
    "Seq2SeqEncoder": "allennlp's generic encoder interface, not a model",
    "BiLSTM": "a generic class (bidirectional LSTM), not one model",
}


# Denied by an earlier round (sources_round18._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round18._denied, DENY_ROUND19)


# "NYU Depth V2 Dataset.", "DatasetBuilder for the ProteinNet dataset.", "The PlantVillage
# dataset of healthy and unhealthy leaves.", "OpinionAbstracts Dataset Builder."
_BUILDER_DOC = re.compile(r"(?:DatasetBuilder for )?(?:[Tt]he )?(.+?)\s+[Dd]ataset\b")
_DISPLAY = re.compile(r"[A-Za-z][\w.'-]*(?: [\w.'-]+){0,5}")


def builder_display_name(builder: str, doc: str) -> str | None:
    """The display name a tfds builder's class docstring gives its data set: the words
    before "dataset" in its first line, after "DatasetBuilder for" and "the", where they
    spell the builder id (`norm`: case, spaces, hyphens and underscores aside) and differ
    from it ("NYU Depth V2" for `nyu_depth_v2`). A docstring spelling another text ("Base MS
    Coco dataset." of `coco`), the id itself ("DatasetBuilder for race dataset.") or a class
    name ("BeeDataset") names nothing."""
    lines = doc.strip().splitlines()
    found = _BUILDER_DOC.match(lines[0].strip()) if lines else None
    if not found:
        return None
    name = found.group(1).strip()
    if name == builder or name.endswith("Dataset") or not _DISPLAY.fullmatch(name):
        return None
    return name if norm(name) == norm(builder) else None


_TITLE = re.compile(r"\btitle\s*=\s*[{\"]+\s*([^:{}\"]+?)\s*:")


def titled_task(task_name: str, citation: str) -> str | None:
    """The task's name when its citation's title gives it before a colon ("FSD50K: An Open
    Dataset of Human-Labeled Sound Events" for the task `FSD50K`), as the title spells it;
    otherwise nothing."""
    found = _TITLE.search(citation or "")
    if not found or norm(found.group(1)) != norm(task_name):
        return None
    return found.group(1)


def prefix_class(module_stem: str, classes: list[str], config_stems: list[str]) -> str | None:
    """The class a `<prefix>_model.py` module defines whose name spells the prefix of model
    configuration files `<prefix>_*.json` (`CoCa` in `coca_model.py` for `coca_ViT-B-32`);
    a module with no such class or configuration (`timm_model.py`: `TimmModel`) names
    nothing."""
    if not module_stem.endswith("_model"):
        return None
    prefix = module_stem.removesuffix("_model")
    if not any(stem.startswith(prefix + "_") for stem in config_stems):
        return None
    return next((c for c in classes if c.casefold() == prefix.casefold()), None)


_ONE_WORD = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*")


def card_model_type(card: dict) -> str | None:
    """An allennlp-models card's `model_details.model_type` when it is one word with a capital
    inside ("SpanBERT", "BiDAF"); phrases ("RoBERTa large", "Neural Module Network") name
    nothing."""
    value = (card.get("model_details") or {}).get("model_type")
    if not isinstance(value, str) or not _ONE_WORD.fullmatch(value.strip()):
        return None
    return value.strip()


_SUMMARY = re.compile(
    r"^Summary: (?:The )?([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){1,4}) \(([A-Z]{2,6})\)", re.MULTILINE
)
_CONSOLE = re.compile(r"\bfor (Atari \d{4}) games\b")


def platform_names(metadata: str) -> tuple[str, list[str]] | None:
    """The platform ale-py's package metadata names: the Summary's name and its
    parenthesised abbreviation ("The Arcade Learning Environment (ALE) - ..."), with the
    console the description says its games are for ("for Atari 2600 games") and the
    console's maker where the Keywords list it ("atari", written "Atari" as the description
    does). Metadata without such a Summary names nothing."""
    found = _SUMMARY.search(metadata)
    if not found:
        return None
    aliases = [found.group(2)]
    console = _CONSOLE.search(metadata)
    if console:
        aliases.append(console.group(1))
        keywords = re.search(r"^Keywords: (.*)$", metadata, re.MULTILINE)
        maker = console.group(1).split()[0]
        if keywords and maker.casefold() in keywords.group(1).casefold().split(","):
            aliases.append(maker)
    return found.group(1), aliases


_CAMEL_INSIDE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]|[A-Z]{3}")


def model_class_name(module_stem: str, classes: list[str]) -> str | None:
    """The name an mlx-lm model module's `<Name>Model` class gives the module's model type,
    when <Name> spells the type (`norm`) and has capitals inside a word ("OpenELM" of
    `OpenELMModel` in `openelm.py`, "MiniCPM"); a name in plain title case ("Gemma",
    "Laguna") tells nothing the type does not, and names nothing here."""
    for cls in classes:
        name = cls.removesuffix("Model")
        if cls.endswith("Model") and name and norm(name) == norm(module_stem):
            return name if _CAMEL_INSIDE.search(name) else None
    return None


def tfds_display_facts(dropped: Callable[[str], bool]) -> list[Fact]:
    """The display names tensorflow-datasets' builder docstrings give (`builder_display_name`)
    for the builders whose id `dropped` (the guard) leaves out: data sets named by them, the
    id a match key. Put before `sources.tfds_facts()`'s, so that the display name names the
    merged entry."""
    import tensorflow_datasets as tfds

    v, root = sources._package("tensorflow-datasets", "tensorflow_datasets")
    facts: list[Fact] = []
    for builder in sorted(tfds.list_builders(with_community_datasets=False)):
        if not dropped(builder):
            continue
        relative = f"datasets/{builder}/{builder}_dataset_builder.py"
        path = root / relative
        if not path.exists():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ClassDef) and node.name == "Builder"):
                continue
            name = builder_display_name(builder, ast.get_docstring(node) or "")
            if not name or _denied(name, builder):
                continue
            facts.append(Fact("dataset", "dataset", name, f"{v}: {relative} Builder docstring",
                              match_keys=[builder], kind="dataset"))  # fmt: skip
    return facts


def mteb_titled_facts() -> list[Fact]:
    """The data sets mteb's tasks are named for by their citation's title (`titled_task`):
    benchmarks, by name only (a task's Hub copy may be a subsample)."""
    import mteb

    v = f"mteb {sources.version('mteb')}"
    facts: list[Fact] = []
    for task in sorted(mteb.get_tasks(), key=lambda t: t.metadata.name):
        meta = task.metadata
        name = titled_task(meta.name, meta.bibtex_citation or "")
        if name:
            where = f"{v}: task {meta.name!r} bibtex_citation title"
            fact = Fact("dataset", "dataset", name, where, kind="benchmark", task=str(meta.type))
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def open_clip_class_facts() -> list[Fact]:
    """The model classes open_clip's `<prefix>_model.py` modules define for a configuration
    prefix (`prefix_class`): families of kind multimodal, the prefix a match key."""
    v, root = sources._package("open_clip_torch", "open_clip")
    stems = sorted(p.stem for p in (root / "model_configs").glob("*.json"))
    facts: list[Fact] = []
    for path in sorted(root.glob("*_model.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
        name = prefix_class(path.stem, classes, stems)
        if not name or _denied(name):
            continue
        where = f"{v}: {path.name} class {name!r} (model_configs {path.stem[:-6]}_*.json)"
        facts.append(Fact("model", "family", name, where, match_keys=[path.stem[:-6]],
                          kind="multimodal"))  # fmt: skip
    return facts


def allennlp_model_type_facts() -> list[Fact]:
    """The model types allennlp-models' cards state (`card_model_type`): families of
    kind other, as the fourth round's."""
    v, root = sources._package("allennlp-models", "allennlp_models")
    facts: list[Fact] = []
    for path in sorted((root / "modelcards").glob("*.json")):
        name = card_model_type(json.loads(path.read_text(encoding="utf-8")))
        if name:
            where = f"{v}: modelcards/{path.name} model_type"
            fact = Fact("model", "family", name, where, kind="other")
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def ale_platform_facts() -> list[Fact]:
    """The platform ale-py's package metadata names (`platform_names`): a benchmark of
    modality embodied."""
    v, _ = sources._package("ale-py", "ale_py")
    found = platform_names(importlib.metadata.distribution("ale-py").read_text("METADATA") or "")
    if not found or _denied(found[0]):
        return []
    name, aliases = found
    kept = [a for a in aliases if not _denied(a)]
    return [Fact("dataset", "dataset", name, f"{v}: package metadata Summary", aliases=kept,
                 kind="benchmark", modality="embodied")]  # fmt: skip


def mlx_lm_facts() -> list[Fact]:
    """The models mlx-lm's model modules name (`model_class_name`): families of kind llm, the
    module's model type a match key."""
    v, root = sources._package("mlx-lm", "mlx_lm")
    facts: list[Fact] = []
    for path in sorted((root / "models").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
        name = model_class_name(path.stem, classes)
        if name:
            where = f"{v}: models/{path.name} class '{name}Model'"
            fact = Fact("model", "family", name, where, match_keys=[path.stem], kind="llm")
            sources_more.append_new_fact(facts, _denied, fact)
    return facts
