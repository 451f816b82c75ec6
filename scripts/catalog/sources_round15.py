"""Readers of a fifteenth round (requirements-read-round15.txt), for model and data-set names
labelled papers use that the catalog lacked, in sources.py's style.

- pycox (new): the survival models and event-time data sets its package description lists
  in a bullet's parenthesised list ("- survival models: (Logistic-Hazard, DeepHit, DeepSurv,
  Cox-Time, MTLR, etc.)", "- event-time datasets (SUPPORT, METABRIC, KKBox, etc)");
- ultralytics (read since the first round for the header and `scales:` comments of its
  `cfg/models` files): the sized models a file without per-scale summary comments names by
  its `scales:` comment ("i.e. 'model=yolov5n.yaml' will call yolov5.yaml with scale 'n'"),
  one per scale key of the file: YOLOv5n to YOLOv5x.

The name rules are the pure functions at the top, tested in `tests/test_catalog_round15.py`;
docs/catalog.md ("A fifteenth round of sources") states them.
"""

from __future__ import annotations

import re

import sources
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


def _denied(*names: str) -> bool:
    """Denied by an earlier round (sources_round14._denied and the rounds it asks) or by this
    one."""
    return sources_round14._denied(*names) or any(n in DENY_ROUND15 for n in names)


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
            if _denied(checkpoint) or any(f.name == checkpoint for f in facts):
                continue
            facts.append(Fact("model", "checkpoint", checkpoint, where, family=name, kind="vision"))
    return facts
