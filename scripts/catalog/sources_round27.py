"""Readers of a twenty-seventh round (requirements-read-round27.txt), in sources.py's style:
two broad evaluation harnesses whose registries name the language models papers evaluate,
a data-set zoo and a task registry, read as files (YAML, JSON and Python source through
`ast`), never imported. Every name a reader finds that passes the guard is taken; a Hub id
only where the package states it.

- crfm-helm (Stanford HELM): `helm/config/model_metadata.yaml` lists every model the harness
  evaluates, each with its `name` ("meta/llama-2-7b"), `display_name` ("Llama 2 (7B)") and
  `creator_organization_name`; `helm/config/model_deployments.yaml` states a Hub id for
  some of them (`pretrained_model_name_or_path` of a Hugging Face client). A model whose
  Hub name (or, with none stated, whose HELM name) is a sized checkpoint of a family known
  so far, by litgpt's rule (`sources_round6.litgpt_checkpoint`: a family's name, no bare
  version after it, a size, no second family), is that checkpoint, its display name with
  the size ("Llama 2 70B", `display_spelling`) an alias. A model whose display name has no
  size (`helm_display_name`: the name without the bracketed release date, snapshot or
  setting, "GPT-4 (0314)" -> "GPT-4") is a family; a sized display name of no known family
  is no entry (a size says it is a checkpoint, and no family states its lineage).
  Display names of a hosting ("... on Amazon Bedrock") or a pipeline of two models
  ("GPT-4o mini Transcribe + GPT-4o") name no model. Kind: diffusion for
  TEXT_TO_IMAGE_MODEL_TAG, multimodal for a vision- or audio-language tag, else llm.
  The Hub ids HELM's scenarios load (`load_dataset("...")`) only confirm hand-written
  data-set ids (`stated`): a scenario's `name` is an identifier ("babi_qa"), not a name.
- opencompass: the model configs `opencompass/configs/models/**/*.py` (`dict(abbr=...,
  path='<org>/<repo>')`): a Hub repo path is a sized checkpoint of a family known so far by
  the same litgpt rule, with its Hub id; `abbr` is a match key. Paths to local folders
  ("./models/...") and API model names ("gpt-4") state no Hub id and are not read. The
  dataset configs' `path=` values are mostly opencompass' own mirrors ("opencompass/mmlu"),
  and the folder names identifiers ("ARC_c", "FewCLUE_bustm"); the `<org>/<repo>` paths
  among them only confirm hand-written data-set ids (`stated`).

- fiftyone: the data-set zoo's classes (`fiftyone/zoo/datasets/{base,tf,torch}.py`, each a
  `name` property returning the zoo's identifier, "coco-2017", "fiw") and their docstrings.
  The data set is the subject of the docstring's first sentence ("Families in the Wild is a
  public benchmark ...", "The Caltech-101 dataset of images."; `zoo_dataset_name`), kept
  when it spells the identifier, case and separators aside, or its initials do ("fiw"),
  the identifier as the docstring spells it then an alias ("FIW"); otherwise the
  docstring's own spelling of the identifier (`rules.spelled_in`), if any. The samples
  ("quickstart", "imagenet-sample": "A small dataset ...") spell nothing and name nothing.
  The model zoo's manifests (`zoo/models/manifest-*.json`) name models by zoo identifiers
  ("yolov8s-seg-coco-torch"), not names; the Hub ids their `name_or_path` states only
  confirm hand-written model ids (`stated`).

- lighteval: the task registry's `LightevalTaskConfig(..., hf_repo="<org>/<repo>")` literals
  (`lighteval/tasks/**/*.py`): the task names are identifiers ("arc:easy",
  "mmlu:abstract_algebra"), not names, so the Hub ids only confirm hand-written data-set
  ids (`stated`).

The name rules are the pure functions at the top, tested in `tests/test_catalog27.py`;
docs/catalog.md ("A twenty-seventh round of sources") states them and what was skipped.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import sources
import sources_more
import sources_round6
import sources_round26
from rules import Fact, norm, spelled_in

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND27: dict[str, str] = {
    "Simple Model 1": "HELM's test model (simple/model1), not a published model",
    "Neurips Local": "HELM's placeholder for a locally served NeurIPS challenge model",
    "Lit-GPT": "HELM's entry for a model served by litgpt, a framework, not one model",
    "MedLM": "HELM's google/medlm-medium and -large, an API of Google's; the name is as "
    "much other papers' own medical language models ('MedLM: Exploring Language Models for "
    "Medical Question Answering Systems' is not Google's)",
}

_SIZE = re.compile(r"(?:\d+x)?\d+(?:[.p]\d+)?[BbMm](?:x\d+E|\d+)?")
# The words a release adds to its model's name: a tuning, a serving, a precision, a context
# length, a snapshot or a size. A word after a family's name that is none of these names
# another model ("cpt-sea-lionv3", "typhoon", "neoxt", "vl", "iml"): a derivative or a
# sibling, whose lineage the package does not state.
_QUALIFIER = re.compile(
    r"(?:instruct|chat|base|it|hf|turbo|lite|vision|python|math|sft|dpo|rlhf|fp8|fp16|fp32|"
    r"bf16|int4|int8|awq|gptq|tput|thinking|mix|preview|\d+k(?:seqlen)?|a\d+(?:\.\d+)?b|"
    r"\d+e|v?\d+(?:\.\d+)*|(?:\d+x)?\d+(?:[.p]\d+)?[bm](?:\d+)?)",
    re.IGNORECASE,
)
_HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*")


# Denied by an earlier round (sources_round26._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round26._denied, DENY_ROUND27)


def helm_display_name(display: str) -> tuple[str, str | None] | None:
    """(base, size) of a HELM display name: the bracketed parts dropped, a bracketed size
    kept apart ("Llama 2 (70B)" -> ("Llama 2", "70B"); "GPT-4 (0314)" -> ("GPT-4", None);
    "Claude 4 Sonnet (20250514, extended thinking)" -> ("Claude 4 Sonnet", None)); a size
    written inside the name is the size too ("SEA-LION 7B" -> ("SEA-LION 7B", "7B")). None
    for a display name of a hosting ("Mistral Small on Amazon Bedrock") or of two models
    joined by "+"."""
    text = display.strip().rstrip(".")
    size = None
    for part in re.findall(r"\(([^()]*)\)", text):
        if _SIZE.fullmatch(part.strip()):
            size = part.strip()
    base = " ".join(re.sub(r"\([^()]*\)", " ", text).split())
    if not base or "+" in base or re.search(r"\bon\b", base):
        return None
    if size is None:
        inner = [w for w in re.split(r"[\s\-]+", base) if _SIZE.fullmatch(w)]
        size = inner[0] if inner else None
    return base, size


def display_spelling(base: str, size: str | None) -> str | None:
    """The display name with its bracketed size written after it ("Llama 2 70B"), or None
    when the size is already in the name or there is none."""
    if size is None or size in re.split(r"[\s\-]+", base):
        return None
    return f"{base} {size}"


def release_of(words: list[str], families: dict[str, str]) -> str | None:
    """The known family a name's words are a release of: the longest run of its first
    words (joined by "-", as `rules.norm` reads them) that is a family's name, every word
    after it a release qualifier (`_QUALIFIER`: "Instruct", "Chat", "FP8", "0528", "70b").
    ["DBRX", "Instruct"] -> "DBRX"; ["llama3", "8b", "cpt", "sea", "lionv2", "base"] -> None
    ("cpt" names another model made from Llama 3); None when a bare version follows the
    family ("GPT-4.5" is no release of GPT, as in litgpt's rule) or no family comes first."""
    for end in range(len(words) - 1, 0, -1):
        family = families.get(norm("-".join(words[:end])))
        if family is not None:
            rest = words[end:]
            if sources_round6._VERSION.fullmatch(rest[0]):
                return None  # a version names a model of its own ("GPT-4.5" is not GPT)
            return family if all(_QUALIFIER.fullmatch(w) for w in rest) else None
    return None


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-_]+", text) if w]


def sized_checkpoint(repo: str, families: dict[str, str]) -> tuple[str, str] | None:
    """(checkpoint name, family) of a Hub or HELM repo name: litgpt's rule
    (`sources_round6.litgpt_checkpoint`), and every word after the family a release
    qualifier (`release_of`): "Qwen2-57B-A14B-Instruct" of Qwen2, not
    "gemma2-9b-cpt-sea-lionv3-base" of Gemma 2 nor "qwen2.5-vl-7b-instruct" of Qwen2.5
    (another model, whose family is not known)."""
    found = sources_round6.litgpt_checkpoint(repo, families)
    if found is None or release_of(found[0].split("-"), families) is None:
        return None
    return found


def one_hub(name: str, hf: str | None, hubs: dict[str, str]) -> str | None:
    """The Hub id a checkpoint fact may carry: `hf`, unless a fact read before names the
    same checkpoint with another repo (`hubs`: folded name -> Hub id, updated here). Two
    repos under one name would drop both entries; the later statement joins the first as
    one more source of the name ("Mistral-7B-v0.2": litgpt's unsloth/ repo first,
    opencompass' mistral-community/ repo second)."""
    if hf is None:
        return None
    first = hubs.setdefault(norm(name), hf)
    return hf if first.casefold() == hf.casefold() else None


def hub_id(value: object) -> str | None:
    """A Hub repository id ("<org>/<repo>"), not a local path ("./models/x") or a bare
    API model name ("gpt-4")."""
    if isinstance(value, str) and _HUB_ID.fullmatch(value) and not value.startswith("."):
        return value
    return None


_SUBJECT = re.compile(
    r"^(?:The )?((?:[A-Z0-9][\w.-]*|in|of|the)(?: (?:[A-Z0-9][\w.-]*|in|of|the)){0,5})"
    r"(?: \([A-Z0-9]+\))? (?:is|are|contains|dataset|database)\b"
)


def zoo_dataset_name(zoo_name: str, doc: str) -> tuple[str, list[str]] | None:
    """(name, aliases) of a fiftyone zoo data set: the subject of its docstring's first
    sentence when it spells the zoo identifier, case and separators aside ("The Caltech-101
    dataset of images." of "caltech101"), or when its capitalised words' initials are the
    identifier ("Families in the Wild is a public benchmark ..." of "fiw"; the identifier as
    the docstring spells it, "FIW", an alias); otherwise the docstring's spelling of the
    identifier (`rules.spelled_in`: "Kinetics 700-2020"), or None ("A small dataset with
    ground truth ..." of "quickstart")."""
    text = " ".join(doc.split())
    found = _SUBJECT.match(text)
    if found:
        subject = found.group(1)
        if norm(subject) == norm(zoo_name):
            return subject, []
        words = subject.split()
        spelled = {
            "".join(w[0] for w in words if w[:1].isupper()).casefold(),
            "".join(w[0] for w in words if w not in ("the", "of")).casefold(),
        }
        if len(norm(zoo_name)) >= 3 and norm(zoo_name) in spelled:
            spelling = spelled_in(text, zoo_name)
            return subject, [spelling] if spelling else []
    spelling = spelled_in(text, zoo_name)
    return (spelling, []) if spelling else None


def _helm_kind(tags: list[str]) -> str:
    if "TEXT_TO_IMAGE_MODEL_TAG" in tags:
        return "diffusion"
    if "VISION_LANGUAGE_MODEL_TAG" in tags or "AUDIO_LANGUAGE_MODEL_TAG" in tags:
        return "multimodal"
    return "llm"


def helm_model_facts(
    families: dict[str, str], stated: sources.Stated, hubs: dict[str, str]
) -> list[Fact]:
    """HELM's models (module docstring): sized checkpoints of known families, with the Hub
    id a deployment states (`one_hub`), and families named by unsized display names."""
    import yaml

    v, root = sources._package("crfm-helm", "helm")
    config = root / "config"
    models = yaml.safe_load((config / "model_metadata.yaml").read_text(encoding="utf-8"))
    deployments = yaml.safe_load((config / "model_deployments.yaml").read_text(encoding="utf-8"))
    deployed: dict[str, set[str]] = {}  # HELM model name -> the Hub ids its deployments load
    for deployment in deployments["model_deployments"]:
        args = (deployment.get("client_spec") or {}).get("args") or {}
        hub = hub_id(args.get("pretrained_model_name_or_path"))
        if hub:
            deployed.setdefault(deployment["model_name"], set()).add(hub)
            where = f"{v}: config/model_deployments.yaml {deployment['name']}"
            stated.setdefault("model", {}).setdefault(hub.casefold(), where)
    checkpoints: list[Fact] = []
    by_name: dict[str, Fact] = {}
    for model in models["models"]:
        helm_name, display = model["name"], str(model.get("display_name") or "")
        parsed = helm_display_name(display)
        if parsed is None or _denied(parsed[0], display):
            continue
        base, size = parsed
        stated_hubs = sorted(deployed.get(helm_name, ()))
        hf = stated_hubs[0] if len(stated_hubs) == 1 else None
        repo = hf.split("/", 1)[1] if hf else helm_name.split("/", 1)[-1]
        org = model.get("creator_organization_name")
        note = f"creator organisation (HELM): {org}" if org else None
        kind = _helm_kind(list(model.get("tags") or ()))
        where = f"{v}: config/model_metadata.yaml {helm_name} display_name {display!r}"
        found = sized_checkpoint(repo, families)
        if found is not None and hf is None and norm(found[0]) not in hubs:
            # HELM's own id of a model no deployment loads from the Hub
            # ("meta/llama-3.1-405b-instruct") only joins a checkpoint a source read before
            # names so ("qwen/qwen1.5-7b-chat"); as a new entry it stood beside the one of
            # its real spelling (litgpt's "Meta-Llama-3.1-405B-Instruct").
            found = None
        if found is not None and not _denied(found[0], repo):
            spelled = display_spelling(base, size)
            checkpoints.append(Fact("model", "checkpoint", found[0], where,
                                    aliases=[spelled] if spelled else [], match_keys=[repo],
                                    hf_id=one_hub(found[0], hf, hubs), family=found[1],
                                    kind=kind, note=note))  # fmt: skip
        elif size is None:
            fact = by_name.get(base)
            if fact is None:
                by_name[base] = Fact("model", "family", base, where, kind=kind, note=note)
            else:
                fact.source += f"; {where}"
    # An unsized name that is a release of a family (known so far, or another unsized HELM
    # name) is no family of its own: "DBRX Instruct", "Reka-Core-20240415".
    named = dict(families)
    for name in by_name:
        named.setdefault(norm(name), name)
    kept = [by_name[n] for n in sorted(by_name) if release_of(_words(n), named) is None]
    return kept + checkpoints


def helm_dataset_hub_ids(stated: sources.Stated) -> None:
    """The Hub ids HELM's scenario modules load (`load_dataset("<id>"`): they confirm
    hand-written data-set ids only."""
    v, root = sources._package("crfm-helm", "helm")
    folder = root / "benchmark" / "scenarios"
    for path in sorted(folder.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for hub in re.findall(r"load_dataset\(\s*[\"']([^\"']+)[\"']", text):
            where = f"{v}: benchmark/scenarios/{path.relative_to(folder).as_posix()} load_dataset"
            stated.setdefault("dataset", {}).setdefault(hub.casefold(), where)


def _config_dicts(path: Path) -> list[dict[str, str]]:
    """The string keywords of every `dict(...)` call in an opencompass config module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "dict":
            found.append({
                k.arg: k.value.value for k in node.keywords
                if k.arg and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)
            })  # fmt: skip
    return found


def opencompass_model_facts(
    families: dict[str, str], stated: sources.Stated, hubs: dict[str, str]
) -> list[Fact]:
    """opencompass' model configs (module docstring): the sized checkpoints of known
    families their Hub paths name, with the Hub id; kind llm."""
    v, root = sources._package("opencompass", "opencompass")
    folder = root / "configs" / "models"
    facts: list[Fact] = []
    for path in sorted(folder.rglob("*.py")):
        for config in _config_dicts(path):
            hf = hub_id(config.get("path"))
            if not hf:
                continue
            where = f"{v}: configs/models/{path.relative_to(folder).as_posix()} path={hf!r}"
            stated.setdefault("model", {}).setdefault(hf.casefold(), where)
            repo = hf.split("/", 1)[1]
            found = sized_checkpoint(repo, families)
            if found is None or _denied(found[0], repo):
                continue
            keys = [repo] + ([config["abbr"]] if config.get("abbr") else [])
            facts.append(Fact("model", "checkpoint", found[0], where, match_keys=keys,
                              hf_id=one_hub(found[0], hf, hubs), family=found[1],
                              kind="llm"))  # fmt: skip
    return facts


def opencompass_dataset_hub_ids(stated: sources.Stated) -> None:
    """The `<org>/<repo>` paths opencompass' dataset configs load: they confirm hand-written
    data-set ids only."""
    v, root = sources._package("opencompass", "opencompass")
    folder = root / "configs" / "datasets"
    for path in sorted(folder.rglob("*.py")):
        for config in _config_dicts(path):
            hf = hub_id(config.get("path"))
            if hf and not hf.casefold().startswith("opencompass/"):
                where = f"{v}: configs/datasets/{path.relative_to(folder).as_posix()} path"
                stated.setdefault("dataset", {}).setdefault(hf.casefold(), where)


def _returned_name(node: ast.ClassDef) -> str | None:
    """The literal a class's `name` property returns."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "name":
            for sub in ast.walk(item):
                if isinstance(sub, ast.Return) and isinstance(sub.value, ast.Constant):
                    return str(sub.value.value)
    return None


def fiftyone_dataset_facts() -> list[Fact]:
    """The data sets of fiftyone's zoo classes (`zoo_dataset_name`), one per name with
    every module that states it; modality image (video for a video zoo class)."""
    v, root = sources._package("fiftyone", "fiftyone")
    folder = root / "zoo" / "datasets"
    by_name: dict[str, Fact] = {}
    for module in ("base.py", "tf.py", "torch.py"):
        for node in ast.parse((folder / module).read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            zoo_name = _returned_name(node)
            if not zoo_name:
                continue
            found = zoo_dataset_name(zoo_name, ast.get_docstring(node) or "")
            if found is None or _denied(found[0], zoo_name):
                continue
            name, aliases = found
            where = f"{v}: zoo/datasets/{module} {node.name} name={zoo_name!r} docstring"
            fact = by_name.get(name)
            if fact is None:
                by_name[name] = Fact("dataset", "dataset", name, where, aliases=aliases,
                                     kind="dataset")  # fmt: skip
            elif where.split(": ", 1)[1] not in fact.source:
                fact.source += f"; {where}"
    return [by_name[name] for name in sorted(by_name)]


def fiftyone_model_hub_ids(stated: sources.Stated) -> None:
    """The Hub ids fiftyone's model-zoo manifests state (`name_or_path`): they confirm
    hand-written model ids only."""
    v, root = sources._package("fiftyone", "fiftyone")
    for path in sorted((root / "zoo" / "models").glob("manifest-*.json")):
        for model in json.loads(path.read_text(encoding="utf-8"))["models"]:
            config = (model.get("default_deployment_config_dict") or {}).get("config") or {}
            hub = hub_id(config.get("name_or_path"))
            if hub:
                where = f"{v}: zoo/models/{path.name} {model['base_name']} name_or_path"
                stated.setdefault("model", {}).setdefault(hub.casefold(), where)


def lighteval_dataset_hub_ids(stated: sources.Stated) -> None:
    """The Hub ids lighteval's task configs state as a literal `hf_repo="<org>/<repo>"`:
    they confirm hand-written data-set ids only."""
    v, root = sources._package("lighteval", "lighteval")
    folder = root / "tasks"
    for path in sorted(folder.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for value in re.findall(r"\bhf_repo=[\"']([^\"']+)[\"']", text):
            hub = hub_id(value)
            if hub:
                where = f"{v}: tasks/{path.relative_to(folder).as_posix()} hf_repo"
                stated.setdefault("dataset", {}).setdefault(hub.casefold(), where)
