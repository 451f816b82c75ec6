"""Readers of a fifteenth round (requirements-read-round15.txt), for model and data-set names
labelled papers use that the catalog lacked, in sources.py's style.

- pycox (new): the survival models and event-time data sets its package description lists
  in a bullet's parenthesised list ("- survival models: (Logistic-Hazard, DeepHit, DeepSurv,
  Cox-Time, MTLR, etc.)", "- event-time datasets (SUPPORT, METABRIC, KKBox, etc)");
- ultralytics (read since the first round for the header and `scales:` comments of its
  `cfg/models` files): the sized models a file without per-scale summary comments names by
  its `scales:` comment ("i.e. 'model=yolov5n.yaml' will call yolov5.yaml with scale 'n'"),
  one per scale key of the file: YOLOv5n to YOLOv5x;
- lm-eval (read since the first round for its task configurations' `dataset_path`): the
  translation tasks whose prompt names both languages ("English phrase: {{translation["en"]}}
  ... French phrase:" in `tasks/translation/wmt14_en-fr.yaml`), each a language pair of the
  data set the catalog names by the task's Hub id ("WMT14" for `wmt/wmt14`): "WMT14
  English-French".

The name rules are the pure functions at the top, tested in `tests/test_catalog_round15.py`;
docs/catalog.md ("A fifteenth round of sources") states them.
"""

from __future__ import annotations

import re
from pathlib import Path

import sources
import sources_more
import sources_round13
import sources_round14
from rules import Fact, norm, ultralytics_names

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; docs/catalog.md lists each with its reason.
DENY_ROUND15: dict[str, str] = {
    # pycox's data set (the SUPPORT study of seriously ill patients): kept as a cased alias
    # by the guard, but "SUPPORT" is also the word in capitals (headings, "SUPPORT VECTOR").
    "SUPPORT": "an ordinary word written in capitals",
}


# Denied by an earlier round (sources_round14._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round14._denied, DENY_ROUND15)


# A name: words, digits and the separators names use; no "*", "[", "(" or "/".
_NAME = re.compile(r"[A-Za-z][\w.+'-]*(?: [\w.+'-]+){0,3}")
_BULLET = re.compile(r"^[-*] ([A-Za-z][\w -]*?):? \(([^()]*)\)\s*$", re.MULTILINE)


def bullet_list(description: str, plural: str) -> list[str]:
    """The names a package description lists in parentheses after a bullet's words ending in
    `plural` ("- survival models: (Logistic-Hazard, DeepHit, etc.)" for "models"; "-
    event-time datasets (SUPPORT, METABRIC, KKBox, etc)" for "datasets"), each once, "etc."
    dropped. Other bullets ("- evaluation criteria (concordance, Brier score, etc.)") and
    lists in running text name nothing."""
    found: list[str] = []
    for words, items in _BULLET.findall(description):
        if words.split()[-1] != plural:
            continue
        for item in items.split(","):
            name = item.strip()
            if name.rstrip(".") == "etc" or not _NAME.fullmatch(name) or name in found:
                continue
            found.append(name)
    return found


_SCALE_CALL = re.compile(r"'model=([\w.-]+)\.yaml' will call ([\w.-]+)\.yaml with scale '(\w+)'")
_SCALE_KEY = re.compile(r"^  (\w+): \[[^\]]*\]", re.MULTILINE)
_SUMMARY = re.compile(r"^\s+\w+: \[[^\]]*\]\s*# \S+ summary\b", re.MULTILINE)


def scale_call_names(stem: str, name: str, text: str) -> list[str]:
    """The sized models an ultralytics configuration file (`<stem>.yaml`, describing `name`)
    names by its `scales:` comment, "i.e. 'model=yolov5n.yaml' will call yolov5.yaml with
    scale 'n'": the scale inserted in the file name where the example puts it, for each scale
    key the file lists, in the header name's spelling ("YOLOv5n" ... "YOLOv5x";
    "YOLOv8n-cls" for yolov8-cls.yaml). Only where the header name is the whole file name
    (yolov5-p6.yaml, "YOLOv5", names nothing), where the example is not the file itself
    (rtdetr-l.yaml) and where no scale line has a summary comment of its own (the first
    round reads those: "n: [...] # YOLOv8n summary: ...")."""
    call = _SCALE_CALL.search(text)
    if not call or call.group(2) != stem or norm(name) != norm(stem) or _SUMMARY.search(text):
        return []
    example, scale = call.group(1), call.group(3)
    places = [i for i in range(1, len(stem) + 1) if stem[:i] + scale + stem[i:] == example]
    if not places:
        return []
    # The header name's spelling of the file name up to that place ("YOLOv8" of "YOLOv8-cls").
    cuts = [k for k in range(1, len(name) + 1) if norm(name[:k]) == norm(stem[: places[0]])]
    if not cuts:
        return []
    cut = cuts[0]
    block = text.split("scales:", 1)[1].split("\n\n", 1)[0]
    return [name[:cut] + key + name[cut:] for key in _SCALE_KEY.findall(block)]


def pycox_facts() -> tuple[list[Fact], list[Fact]]:
    """The survival models and event-time data sets pycox's package description lists
    (`bullet_list`): model families of kind other; data sets of modality tabular, task
    survival analysis."""
    models = sources_round13.description_facts(
        "pycox", "pycox", lambda text: bullet_list(text, "models"), "survival models", _denied,
        entity="model", level="family", kind="other",
    )  # fmt: skip
    datasets = sources_round13.description_facts(
        "pycox", "pycox", lambda text: bullet_list(text, "datasets"), "event-time datasets",
        _denied, kind="dataset", modality="tabular", task="survival analysis",
    )  # fmt: skip
    return models, datasets


def ultralytics_scale_call_facts() -> list[Fact]:
    """The sized models ultralytics' `cfg/models` files name by their `scales:` comment
    (`scale_call_names`), checkpoints of the model the header comment names (which the first
    round reads)."""
    v, root = sources._package("ultralytics", "ultralytics")
    folder = root / "cfg" / "models"
    facts: list[Fact] = []
    for path in sorted(folder.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        name, _ = ultralytics_names(path.stem, text)
        if not name:
            continue
        where = f"{v}: cfg/models/{path.relative_to(folder).as_posix()} scales comment"
        for checkpoint in scale_call_names(path.stem, name, text):
            fact = Fact("model", "checkpoint", checkpoint, where, family=name, kind="vision")
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


_PHRASE_PROMPT = re.compile(r'(\w+) phrase: \{\{translation\["(\w+)"\]\}\}\s+(\w+) phrase:')
_TARGET = re.compile(r'\s*\{\{translation\["(\w+)"\]\}\}\s*')


def translation_pair(config: dict[str, object], names: dict[str, str]) -> str | None:
    """The language pair an lm-eval translation task (`config`, its YAML) evaluates, named
    as "<data set> <source language>-<target language>" ("WMT14 English-French"): the
    prompt must name both languages ("English phrase: {{translation["en"]}}\n\nFrench
    phrase:"), the target be the second language's text (`{{translation["fr"]}}`), the task
    id end with the two codes in that order (`wmt14-en-fr`), and `names` (folded Hub id ->
    the catalog's name) name the task's `dataset_path` (`wmt/wmt14` -> "WMT14"). Other
    prompts and data sets the catalog does not name give nothing."""
    text, target = config.get("doc_to_text"), config.get("doc_to_target")
    task, hub = config.get("task"), config.get("dataset_path")
    if not all(isinstance(v, str) for v in (text, target, task, hub)):
        return None
    prompt = _PHRASE_PROMPT.fullmatch(str(text).strip())
    out = _TARGET.fullmatch(str(target))
    dataset = names.get(str(hub).casefold())
    if not prompt or not out or not dataset:
        return None
    source_language, source, target_language = prompt.groups()
    if not str(task).endswith(f"-{source}-{out.group(1)}"):
        return None
    return f"{dataset} {source_language}-{target_language}"


def lm_eval_translation_facts(names: dict[str, str]) -> list[Fact]:
    """The language pairs of lm-eval's translation tasks (`translation_pair`), data sets of
    kind benchmark, modality text, task machine translation, the task id a match key.
    `names`: folded Hub id -> the catalog's name for it (hand-written entries)."""
    import lm_eval
    import yaml

    v = f"lm-eval {sources.version('lm_eval')}"
    root = Path(lm_eval.__file__).parent / "tasks"
    facts: list[Fact] = []
    for path in sorted(root.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "phrase: {{translation[" not in text:
            continue
        config = yaml.safe_load(text)
        name = translation_pair(config, names) if isinstance(config, dict) else None
        if name:
            where = f"{v}: {path.relative_to(root.parent).as_posix()} doc_to_text"
            fields = {"kind": "benchmark", "modality": "text", "task": "machine translation"}
            fact = Fact("dataset", "dataset", name, where, match_keys=[config["task"]], **fields)
            sources_more.append_new_fact(facts, _denied, fact)
    return facts
