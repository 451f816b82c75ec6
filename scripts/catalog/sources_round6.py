"""Readers of a sixth round of packages (requirements-read-more.txt), in sources.py's style.

- litgpt: the checkpoints of `config.py`'s `configs`, each a config's `hf_config` (a Hub
  organisation and name), attached to the catalog family its name starts with. The module
  imports only `yaml` and `typing_extensions` and builds its list in loops (`falcon-7b{}`
  formatted with "-instruct"), so it is run alone (`runpy`), as d4rl's `infos.py` is, never
  imported as the `litgpt` package;
- diffusers: the model each `pipelines/*/pipeline_*.py` `<Name>Pipeline` class's docstring
  says it generates with ("Pipeline for text-to-image generation using PixArt-Alpha.", "The
  Qwen-Image-Edit pipeline for image editing."), where that name spells the class's start;
  the Hub ids of its `from_pretrained("...")` examples only confirm hand-written ids;
- torchgeo: the remote-sensing data set each `datasets.__all__` class's docstring opens with
  ("LEVIR-CD dataset.", "Million-AID Dataset."), one word spelling the class name;
- schnetpack: the atomistic networks of `representation/*.py` and the data sets of
  `datasets/*.py` whose docstring opens with the class's own name ("PaiNN - polarizable
  interaction neural network", "QM7-X a comprehensive dataset", "ISO17 benchmark data set");
- inspect-evals: the benchmark each `<eval>/eval.yaml` title names before its subtitle
  ("GPQA: Graduate-Level STEM Knowledge Challenge", "BIG-Bench Extra Hard");
- sacrebleu: the test sets of its registry `dataset/__init__.py` (`wmt22`, `iwslt17`,
  `multi30k/2016`), read through `ast`, each release named as the registry's descriptions
  spell it ("WMT22").

The name rules are the pure functions at the top, tested on excerpts in
`tests/test_catalog_more.py`; docs/catalog.md ("A sixth round of sources") states them.
"""

from __future__ import annotations

import ast
import re
import runpy
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import sources
import sources_more
from rules import Fact, norm, opening_name, separated_spellings, spelled_in, split_camel_digits
from sources_more import definitions

# A checkpoint's size as litgpt's Hub names write it: "7b", "1.4b", "135M", "8x22B", "30B".
_SIZE = re.compile(r"(?:\d+x)?\d+(?:\.\d+)?[BbMm]")
# A bare version right after a family's name ("Llama-3.1-8B" after "Llama"): the name is a
# later release of that family, not one of its checkpoints.
_VERSION = re.compile(r"v?\d{1,3}(?:\.\d+)*")

# Names this round's packages state that the catalog must not take from them, beside
# rules.DENY and sources_more.DENY_MORE; docs/catalog.md lists each with its reason.
DENY_ROUND6 = {
    "Flux2 Klein KV": "diffusers' Flux2 Klein pipeline with a key-value cache, no model apart",
    "ADVANCE": "torchgeo's: the word in capitals",
    "DOTA": "torchgeo's: also the game, which papers write DOTA 2; the hand-written DOTAv1.0 stays",
    "OpenStreetMap": "torchgeo's: the map service, named as a source of map data",
    "PRISMA": "torchgeo's: also the PRISMA reporting guideline of systematic reviews",
    "Sentinel-1": "torchgeo's: the satellite mission, whose imagery papers name, not a data set",
    "Sentinel-2": "torchgeo's: the satellite mission, whose imagery papers name, not a data set",
    "FORTRESS": "inspect-evals': the word in capitals",
    "SAD": "inspect-evals': the word in capitals, and seasonal affective disorder",
    "MASK": "inspect-evals': the word in capitals (masks, masked modelling)",
    "APE": "inspect-evals': the word in capitals, and absolute pose error and other terms",
    "ANIMA": "inspect-evals': the word in capitals",
    "O-NET": "inspect-evals': also the O*NET occupational database",
    "TAC": "inspect-evals': also the Text Analysis Conference and other abbreviations",
    "Tau2": "inspect-evals': papers write tau2-bench; tau2 alone is a symbol",
    "GDM Dangerous Capabilities": "inspect-evals': a suite named by its organisation's "
    "initials, not a name papers write",
    "Agentic Misalignment": "inspect-evals': two words naming the problem it studies, "
    "which papers write for the problem",
    "Sycophancy Eval": "inspect-evals': the phrase names any evaluation of sycophancy",
    "WorldSense": "inspect-evals': two published benchmarks share the name (grounded "
    "reasoning, 2023; omni-modal video understanding, 2025)",
    "AIR Bench": "inspect-evals': AIR-Bench is also the audio-language benchmark",
    "GLM-Image": "transformers states it as a checkpoint with its Hub id; a diffusers family "
    "of the same name would leave both out (a name two generated entries share)",
}


# Denied by an earlier round (sources_more._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_more._denied, DENY_ROUND6)


def litgpt_checkpoint(hub_name: str, families: dict[str, str]) -> tuple[str, str] | None:
    """(checkpoint name, family) for a litgpt Hub name, or None.

    `families` maps the folded key (`rules.norm`) of each catalog family's name and aliases
    to the name. The family is the longest run of the name's hyphen-separated words that is
    a family's name ("Llama-2" in "Llama-2-7b-chat-hf", "CodeLlama" in "CodeLlama-7b-hf");
    the word after it must not be a bare version ("Llama-3.1-8B" is not a checkpoint of
    LLaMA when no family "Llama 3.1" is known) and a later word must be a size ("7b",
    "8x22B"): a name without one ("phi-2", "Mistral-Large-Instruct-2407") is a release, not
    a sized checkpoint. A trailing "-hf" (weights converted to transformers' format) is not
    part of the name papers write: "CodeLlama-7b-Python-hf" -> "CodeLlama-7b-Python".
    A name with a second family's name after the first ("DeepSeek-R1-Distill-Llama-8B",
    "stablelm-zephyr-3b") is a derivative of one trained like the other: attaching it to
    either would state a weight lineage litgpt does not, so it is no checkpoint.
    """
    name = re.sub(r"-(?:hf|HF)$", "", hub_name)
    words = name.split("-")
    for end in range(len(words) - 1, 0, -1):
        family = families.get(norm("-".join(words[:end])))
        if family is None:
            continue
        rest = words[end:]
        if _VERSION.fullmatch(rest[0]) or not any(_SIZE.fullmatch(w) for w in rest):
            return None
        if any(
            norm("-".join(rest[i:j])) in families
            for i in range(len(rest))
            for j in range(i + 1, len(rest) + 1)
        ):
            return None  # names a second family: a derivative, whose lineage is not stated
        return name, family
    return None


def sacrebleu_test_set(key: str, descriptions: Iterable[str]) -> str | None:
    """The test set a sacrebleu registry key names: its part before "/" ("wmt21/B" ->
    "wmt21"), spelled as the registry's descriptions spell it with a capital ("WMT21",
    "Multi30k", "mTEDx"), else as the key. Only names with a digit or a capital inside are
    kept; the registry's keys are short lower-case identifiers otherwise."""
    release = key.split("/", 1)[0]
    spelling = spelled_in("\n".join(descriptions), release)
    name = spelling or release
    return name if re.search(r"\d", name) or name[1:] != name[1:].lower() else None


# "Pipeline for text-to-image generation using PixArt-Alpha.", "Combined Pipeline for ...
# using Kandinsky", "... using [Sana](https://...)", "The Flux Kontext pipeline for ...".
_PIPELINE_MODEL = re.compile(
    r"^(?:Combined )?Pipeline for [^.]*? using (?:the )?\[?([A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*)*)"
    r"|^The ([A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*)*) pipeline for "
)


def diffusers_pipeline_model(class_name: str, doc: str) -> str | None:
    """The model a diffusers `<Name>Pipeline` class generates with, as its docstring's
    first sentence names it ("using PixArt-Alpha", "The Qwen-Image-Edit pipeline"), kept
    only where that name, read without case and separators, is the start of the class name
    (`PixArtAlphaPipeline`): "using ErnieImageTransformer2DModel" (a class),
    "using Kandinsky 5.0" (`Kandinsky5T2IPipeline`) or "using Cosmos Predict2"
    (`Cosmos2TextToImagePipeline`) do not spell the class and name nothing; so do "a latent
    consistency model" and "stable unCLIP", which are not written as names."""
    if not class_name.endswith("Pipeline"):
        return None
    first = " ".join(doc.strip().split("\n\n")[0].split()) if doc.strip() else ""
    match = _PIPELINE_MODEL.match(first)
    if not match:
        return None
    name = (match.group(1) or match.group(2)).rstrip(".")
    return name if norm(class_name).startswith(norm(name)) else None


# "LEVIR-CD dataset.", "Million-AID Dataset.": one word, then "dataset." and nothing else.
_TORCHGEO_DATASET = re.compile(r"([A-Za-z][\w.+-]*[\w+]) [Dd]ataset\.")


def torchgeo_dataset_name(class_name: str, doc: str) -> str | None:
    """The data set a torchgeo `datasets` class's docstring's first line names: one word
    before "dataset." that spells the class name (case, separators and "." aside:
    "LandCover.ai" for `LandCoverAI`, "GID-15" for `GID15`). Base classes ("Abstract base
    class for ..."), subsets ("Subset of EuroSAT ..."), descriptions ("Cropland Data Layer
    (CDL) dataset.", "Sentinel 2 imagery from ...") and names of several words
    ("BRIGHT DFC2025", "NWPU VHR-10") name nothing."""
    first = doc.strip().splitlines()[0].strip() if doc.strip() else ""
    match = _TORCHGEO_DATASET.fullmatch(first)
    if not match or not any(ch.isupper() for ch in match.group(1)):
        return None
    name = match.group(1)
    return name if norm(name.replace(".", "")) == norm(class_name) else None


def schnetpack_name(class_name: str, doc: str, kind: str) -> str | None:
    """The network or data set a schnetpack class is, where its docstring opens with the
    class's name (case and separators aside: "QM7-X" for `QM7X`, "tmQM" for `TMQM`) and its
    first sentence calls it what `kind` says: for "model", an architecture or a network and
    the docstring cites references ("SchNet architecture for ...", "PaiNN - polarizable
    interaction neural network"); for "dataset", a data set, database or benchmark.
    Blocks ("PaiNN interaction block" for `PaiNNInteraction`), long forms ("Materials
    Project (MP) database", "Revised MD17 ...") and descriptions name nothing."""
    name = opening_name(doc, r"([A-Za-z][\w-]*[A-Za-z\d])\b", class_name)
    if not name:
        return None
    text = " ".join(doc.split())
    first = re.split(r"\.(?:\s|$)", text, maxsplit=1)[0]
    if kind == "model":
        described = re.search(r"\barchitecture\b|\bnetwork\b", first) and "Reference" in text
    else:
        described = re.search(r"\bdata ?set\b|\bdatabase\b|\bbenchmark\b", first)
    return name if described else None


# A benchmark's name: words, digits and the separators names use; no "/", "_", "*" or "(".
_EVAL_NAME = re.compile(r"[\w.+'-]+(?: [\w.+'-]+){0,3}")


def eval_title_name(title: str) -> tuple[str, list[str]] | None:
    """(name, aliases) of the benchmark an inspect-evals `eval.yaml` title names: the part
    before ": " or " - " ("GPQA: Graduate-Level ...", "InstrumentalEval - Evaluating ..."),
    or the whole title ("BIG-Bench Extra Hard"); a trailing "(<ABBR>)" is an alias
    ("Uganda Cultural and Cognitive Benchmark (UCCB)"). One to four words of name
    characters, one with a capital: two names ("SimpleQA/SimpleQA Verified"), identifiers
    (`CyberSecEval_2`) and symbols ("V*Bench", "∞Bench") name nothing."""
    head = re.split(r": | - ", " ".join(title.split()), maxsplit=1)[0].strip()
    aliases: list[str] = []
    found = re.fullmatch(r"(.+?) \(([A-Z0-9][A-Za-z0-9-]*)\)", head)
    if found:
        head, aliases = found.group(1), [found.group(2)]
    if not _EVAL_NAME.fullmatch(head) or not re.search(r"[A-Z]", head) or "_" in head:
        return None
    return head, aliases


# -- readers ------------------------------------------------------------------------------------


def litgpt_facts(families: dict[str, str]) -> list[Fact]:
    """The checkpoints litgpt's `config.py` configures, with the Hub id each states; kind
    llm. `families` as for `litgpt_checkpoint`."""
    v, root = sources._package("litgpt", "litgpt")
    configs = runpy.run_path(str(root / "config.py"))["configs"]
    facts: list[Fact] = []
    for config in configs:
        hub = config.get("hf_config") or {}
        org, hub_name = hub.get("org"), hub.get("name")
        if not org or not hub_name:
            continue
        found = litgpt_checkpoint(hub_name, families)
        if found is None or _denied(found[0], hub_name):
            continue
        name, family = found
        hf_id = f"{org}/{hub_name}"
        where = f"{v}: config.py configs name={config['name']!r} hf_config"
        facts.append(Fact("model", "checkpoint", name, where, match_keys=[hub_name],
                          hf_id=hf_id, family=family, kind="llm"))  # fmt: skip
    return facts


def diffusers_facts(stated: dict[str, dict[str, str]]) -> list[Fact]:
    """The models diffusers' pipelines generate with (`diffusers_pipeline_model`), one
    family each, the module text's spellings that only add separators aliases
    ("Qwen-Image" for QwenImage); kind diffusion. The Hub ids its examples load
    (`from_pretrained("...")`) go to `stated`: a pipeline's examples load several releases
    and fine-tunes, so none is the family's own id; they only confirm hand-written ids."""
    v, root = sources._package("diffusers", "diffusers")
    facts: list[Fact] = []
    for path in sorted((root / "pipelines").glob("*/pipeline_*.py")):
        text = path.read_text(encoding="utf-8")
        where_example = f"{v}: pipelines/{path.parent.name}/{path.name} from_pretrained example"
        for hf_id in sources._FROM_PRETRAINED.findall(text):
            if not sources._NOT_RELEASED.search(hf_id):
                stated.setdefault("model", {}).setdefault(hf_id.casefold(), where_example)
        for node in ast.parse(text).body:
            if not isinstance(node, ast.ClassDef):
                continue
            name = diffusers_pipeline_model(node.name, ast.get_docstring(node) or "")
            if not name or _denied(name):
                continue
            where = f"{v}: pipelines/{path.parent.name}/{path.name} {node.name} docstring"
            aliases = separated_spellings(text, name)
            facts.append(Fact("model", "family", name, where, aliases=aliases, kind="diffusion"))
    return facts


def torchgeo_facts() -> list[Fact]:
    """The remote-sensing data sets of torchgeo's `datasets.__all__` classes
    (`torchgeo_dataset_name`), read through `ast`; modality image."""
    v, root = sources._package("torchgeo", "torchgeo")
    folder = root / "datasets"
    exported = set(sources._string_list(folder / "__init__.py", "__all__"))
    facts: list[Fact] = []
    for path in sorted(folder.glob("*.py")):
        for node, doc in definitions(path):
            if not isinstance(node, ast.ClassDef) or node.name not in exported:
                continue
            name = torchgeo_dataset_name(node.name, doc)
            if not name or _denied(name, node.name):
                continue
            aliases = [node.name] if node.name != name else []
            where = f"{v}: datasets/{path.name} {node.name} docstring"
            facts.append(Fact("dataset", "dataset", name, where, aliases=aliases,
                              kind="dataset", modality="image"))  # fmt: skip
    return facts


def named_classes(
    root: Path,
    folders: tuple[tuple[str, str], ...],
    namer: Callable[[str, str, str], str | None],
    denied: Callable[..., bool],
) -> Iterator[tuple[str, str, str]]:
    """(kind, name, place) of every top-level class in the modules of each (kind, folder)
    whose docstring `namer(class, docstring, kind)` reads a name from and `denied` lets
    through; place is "<folder>/<module> <class> docstring". Read with `ast`, in a fixed
    order (folders as given, modules sorted, classes as written), so the packages of
    atomistic networks (schnetpack, torchmd-net) are never imported."""
    for kind, folder in folders:
        for path in sorted((root / folder).glob("*.py")):
            for node, doc in definitions(path):
                if not isinstance(node, ast.ClassDef):
                    continue
                name = namer(node.name, doc, kind)
                if name and not denied(name, node.name):
                    yield kind, name, f"{folder}/{path.name} {node.name} docstring"


def schnetpack_facts() -> tuple[list[Fact], list[Fact]]:
    """(models, data sets) of schnetpack's `representation` and `datasets` modules
    (`schnetpack_name`); kind molecule, modality molecule. A data set's name with trailing
    digits also gets a hyphen (`ANI1` -> `ANI-1`), as torchvision's `CIFAR10` does."""
    v, root = sources._package("schnetpack", "schnetpack")
    found: dict[str, list[Fact]] = {"model": [], "dataset": []}
    folders = (("model", "representation"), ("dataset", "datasets"))
    for kind, name, place in named_classes(root, folders, schnetpack_name, _denied):
        where = f"{v}: {place}"
        if kind == "model":
            found[kind].append(Fact("model", "family", name, where, kind="molecule"))
            continue
        hyphenated = split_camel_digits(name)
        found[kind].append(Fact("dataset", "dataset", name, where,
                                aliases=[hyphenated] if hyphenated else [],
                                kind="dataset", modality="molecule"))  # fmt: skip
    return found["model"], found["dataset"]


def inspect_evals_facts(stated: dict[str, dict[str, str]]) -> list[Fact]:
    """The benchmarks of inspect-evals' `<eval>/eval.yaml` titles (`eval_title_name`), read
    as YAML; kind benchmark. The Hub data sets an eval fetches (`external_assets` of type
    huggingface) are often re-uploads (BBH from `Joschka/big_bench_hard`), not the
    benchmark's own release, so they only go to `stated`, confirming a hand-written id."""
    import yaml  # the catalog venv has it (lm-eval's task files are YAML too)

    v, root = sources._package("inspect-evals", "inspect_evals")
    facts: list[Fact] = []
    for path in sorted(root.glob("*/eval.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        where = f"{v}: {path.parent.name}/eval.yaml"
        for asset in data.get("external_assets") or []:
            source = str(asset.get("source") or "")
            if asset.get("type") == "huggingface" and sources._NAMESPACED.match(source):
                stated.setdefault("dataset", {}).setdefault(
                    source.casefold(), f"{where} external_assets"
                )
        found = eval_title_name(str(data.get("title") or ""))
        if not found or _denied(found[0]):
            continue
        name, aliases = found
        facts.append(Fact("dataset", "dataset", name, f"{where} title", aliases=aliases,
                          kind="benchmark"))  # fmt: skip
    return facts


def sacrebleu_facts() -> list[Fact]:
    """The translation test sets of sacrebleu's registry (`DATASETS` in
    `dataset/__init__.py`); modality text, task machine translation."""
    v, root = sources._package("sacrebleu", "sacrebleu")
    tree = ast.parse((root / "dataset" / "__init__.py").read_text(encoding="utf-8"))
    registry: dict[str, str] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)):
            continue
        if not any(getattr(t, "id", "") == "DATASETS" for t in node.targets):
            continue
        for key, value in zip(node.value.keys, node.value.values, strict=True):
            if not isinstance(key, ast.Constant) or not isinstance(value, ast.Call):
                continue
            registry[str(key.value)] = next(
                (str(kw.value.value) for kw in value.keywords
                 if kw.arg == "description" and isinstance(kw.value, ast.Constant)), "",
            )  # fmt: skip
    descriptions = [registry[key] for key in sorted(registry)]
    facts: dict[str, Fact] = {}
    for key in sorted(registry):
        name = sacrebleu_test_set(key, descriptions)
        release = key.split("/", 1)[0]
        if not name or release in facts or _denied(name, release):
            continue
        where = f"{v}: dataset/__init__.py DATASETS[{key!r}]"
        facts[release] = Fact("dataset", "dataset", name, where, match_keys=[release],
                              kind="benchmark", modality="text",
                              task="machine translation")  # fmt: skip
    return list(facts.values())
