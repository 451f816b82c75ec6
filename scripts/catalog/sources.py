"""Readers of the metadata packages ship: one function per source, each returning Facts.

Each reader also records every Hub id its package states (`Stated`), including ids that
make no entry of their own (a `from_pretrained("...")` example), so that hand-written Hub
ids can be confirmed. Only metadata is read: nothing here downloads a model or a data set
(build_catalog.py sets the offline switches before importing these packages).
"""

from __future__ import annotations

import csv
import importlib.metadata
import re
from pathlib import Path

from rules import _SUB_MODEL, DENY, Fact, arch_names, hub_name, norm, short_vit, split_camel_digits

Stated = dict[str, dict[str, str]]  # entity type -> folded Hub id -> source
_ID = r"[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*"
_HUB_LINK = re.compile(rf"\[({_ID})\]\(https://huggingface\.co/({_ID})/?\)")
_FROM_PRETRAINED = re.compile(rf"""from_pretrained\(\s*["']({_ID})["']""")
_CHECKPOINT_FOR_DOC = re.compile(rf"""_CHECKPOINT_FOR_DOC\s*=\s*["']({_ID})["']""")
# Hub organisations and names of test fixtures, not released models.
_NOT_RELEASED = re.compile(r"^(?:hf-internal-testing|hf-tiny-model-private)/|random|dummy|tiny-")
_NAMESPACED = re.compile(r"^[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*$")


def version(package: str) -> str:
    return importlib.metadata.version(package)


def _state(stated: Stated, type_: str, hf_id: str, source: str) -> None:
    stated.setdefault(type_, {}).setdefault(hf_id.casefold(), source)


# -- models -----------------------------------------------------------------------------------

# First match wins: the most specific kind of a model type (MODEL_FOR_<name>_MAPPING_NAMES).
_KIND_MAPPINGS = (
    ("multimodal", ("IMAGE_TEXT_TO_TEXT", "MULTIMODAL_LM")),
    ("speech", ("CTC", "SPEECH_SEQ_2_SEQ", "TEXT_TO_WAVEFORM")),
    ("audio", ("AUDIO_CLASSIFICATION",)),
    ("seq2seq", ("SEQ_TO_SEQ_CAUSAL_LM",)),
    ("llm", ("CAUSAL_LM",)),
    ("encoder", ("MASKED_LM",)),
    ("vision", ("IMAGE_CLASSIFICATION", "OBJECT_DETECTION", "IMAGE", "DEPTH_ESTIMATION",
                "SEMANTIC_SEGMENTATION")),
)  # fmt: skip


def transformers_facts(stated: Stated) -> tuple[list[Fact], dict[str, str]]:
    """Model families (MODEL_NAMES_MAPPING), the checkpoint each configuration docstring
    names, and every Hub id the modelling code uses in an example. Also returns the display
    names, which give other sources their capitalisation ("resnet" -> "ResNet")."""
    import transformers
    from transformers.models.auto import modeling_auto
    from transformers.models.auto.configuration_auto import CONFIG_MAPPING, MODEL_NAMES_MAPPING

    v = f"transformers {transformers.__version__}"
    kinds: dict[str, str] = {}
    for kind, mappings in _KIND_MAPPINGS:
        for mapping in mappings:
            for model_type in getattr(modeling_auto, f"MODEL_FOR_{mapping}_MAPPING_NAMES", {}):
                kinds.setdefault(model_type, kind)
    facts: list[Fact] = []
    for model_type, display in MODEL_NAMES_MAPPING.items():
        if model_type in DENY or _SUB_MODEL.search(model_type.replace("-", "_")):
            continue
        facts.append(
            Fact("model", "family", display, f"{v}: MODEL_NAMES_MAPPING[{model_type!r}]",
                 match_keys=[model_type], kind=kinds.get(model_type, "other"))
        )  # fmt: skip
        if model_type not in CONFIG_MAPPING:
            continue
        config = CONFIG_MAPPING[model_type]
        for _, hf_id in _HUB_LINK.findall(config.__doc__ or ""):
            source = f"{v}: {config.__name__} docstring"
            _state(stated, "model", hf_id, source)
            if _NOT_RELEASED.search(hf_id):
                continue
            facts.append(
                Fact("model", "checkpoint", hub_name(hf_id), source, hf_id=hf_id,
                     family=display, kind=kinds.get(model_type, "other"))
            )  # fmt: skip
    root = Path(transformers.__file__).parent / "models"
    for path in sorted(root.glob("*/*.py")):
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(root.parent).as_posix()
        for hf_id in _FROM_PRETRAINED.findall(text):
            _state(stated, "model", hf_id, f"{v}: {where} from_pretrained example")
        for hf_id in _CHECKPOINT_FOR_DOC.findall(text):
            _state(stated, "model", hf_id, f"{v}: {where} _CHECKPOINT_FOR_DOC")
    casing = {
        norm(display): display
        for display in MODEL_NAMES_MAPPING.values()
        if re.fullmatch(r"[A-Za-z]+", display)
    }
    return facts, casing


def timm_facts(stated: Stated, casing: dict[str, str]) -> list[Fact]:
    """Architectures with pretrained weights, and each pretrained tag with its Hub id."""
    import timm
    from timm.models import get_pretrained_cfg

    v = f"timm {timm.__version__}"
    names = timm.list_models(pretrained=True)
    archs = sorted({name.split(".", 1)[0] for name in names})
    shorts: dict[str, list[str]] = {}
    for arch in archs:
        short = short_vit(arch)
        if short:
            shorts.setdefault(short[0], []).append(arch)
    facts: list[Fact] = []
    family_of: dict[str, str] = {}
    for arch in archs:
        source = f"{v}: list_models(pretrained=True) {arch!r}"
        stem = re.match(r"[a-z]+", arch)
        family = casing.get(stem.group(0)) if stem else None
        short = short_vit(arch)
        if short and len(shorts[short[0]]) == 1:
            name, aliases = short[0], [arch]
        else:
            derived, aliases = arch_names(arch, casing)
            name = derived or arch
            if derived:
                aliases = [*aliases, arch]
        if family is None:
            facts.append(Fact("model", "family", name, source, aliases=aliases,
                              match_keys=[arch], kind="vision"))  # fmt: skip
            family_of[arch] = name
        else:
            facts.append(Fact("model", "checkpoint", name, source, aliases=aliases,
                              match_keys=[arch], family=family, kind="vision"))  # fmt: skip
            family_of[arch] = family
    for name in names:
        cfg = get_pretrained_cfg(name)
        hf_id = (cfg.hf_hub_id or "").strip("/") if cfg else ""
        if not _NAMESPACED.match(hf_id):
            continue
        source = f"{v}: get_pretrained_cfg({name!r}).hf_hub_id"
        _state(stated, "model", hf_id, source)
        facts.append(
            Fact("model", "checkpoint", hub_name(hf_id), source, hf_id=hf_id,
                 family=family_of[name.split(".", 1)[0]], kind="vision", by_hub_id_only=True,
                 note=f"pretrained weights of the timm architecture {name.split('.', 1)[0]}")
        )  # fmt: skip
    return facts


def open_clip_facts(stated: Stated) -> list[Fact]:
    """Each (architecture, pretrained tag) pair open_clip lists, with its Hub id."""
    import open_clip

    v = f"open_clip_torch {version('open_clip_torch')}"
    facts = [
        Fact("model", "family", "OpenCLIP", f"{v}: package metadata Summary/README title",
             match_keys=["open_clip"], kind="multimodal")
    ]  # fmt: skip
    pairs = open_clip.list_pretrained()
    for arch in sorted({arch for arch, _ in pairs}):
        vit = re.fullmatch(r"ViT-([A-Za-z]+)-(\d+)", arch)
        name = f"ViT-{vit.group(1)}/{vit.group(2)}" if vit else arch
        facts.append(
            Fact("model", "checkpoint", name, f"{v}: list_pretrained() architecture {arch!r}",
                 aliases=[arch] if vit else [], match_keys=[arch], family="OpenCLIP",
                 kind="multimodal")
        )  # fmt: skip
    for arch, tag in pairs:
        cfg = open_clip.get_pretrained_cfg(arch, tag)
        hf_id = str(cfg.get("hf_hub", "")).strip("/")
        if not _NAMESPACED.match(hf_id):
            continue
        source = f"{v}: get_pretrained_cfg({arch!r}, {tag!r})['hf_hub']"
        _state(stated, "model", hf_id, source)
        keys = []
        vit = re.fullmatch(r"ViT-([A-Za-z]+)-(\d+)", arch)
        if tag == "openai" and vit:
            # open_clip's `openai` tag is OpenAI's released CLIP weights.
            keys.append(f"CLIP ViT-{vit.group(1)}/{vit.group(2)}")
        facts.append(
            Fact("model", "checkpoint", hub_name(hf_id), source, hf_id=hf_id,
                 match_keys=keys, family="OpenCLIP", kind="multimodal",
                 note=f"open_clip model {arch!r}, pretrained tag {tag!r}")
        )  # fmt: skip
    return facts


def torchvision_model_facts(casing: dict[str, str]) -> list[Fact]:
    import torchvision

    v = f"torchvision {torchvision.__version__.split('+')[0]}"
    facts = []
    for arch in sorted(torchvision.models.list_models()):
        source = f"{v}: models.list_models() {arch!r}"
        vit = re.fullmatch(r"vit_([bhl])_(\d+)", arch)
        if vit:
            name, aliases = f"ViT-{vit.group(1).upper()}/{vit.group(2)}", [arch]
        else:
            derived, aliases = arch_names(arch, casing)
            name = derived or arch
            if derived:
                aliases = [*aliases, arch]
        stem = re.match(r"[a-z]+", arch)
        family = casing.get(stem.group(0)) if stem else None
        if family is None:
            facts.append(Fact("model", "family", name, source, aliases=aliases,
                              match_keys=[arch], kind="vision"))  # fmt: skip
        else:
            facts.append(Fact("model", "checkpoint", name, source, aliases=aliases,
                              match_keys=[arch], family=family, kind="vision"))  # fmt: skip
    return facts


# -- datasets ---------------------------------------------------------------------------------


def torchvision_dataset_facts() -> list[Fact]:
    import torchvision

    v = f"torchvision {torchvision.__version__.split('+')[0]}"
    facts = []
    for name in sorted(torchvision.datasets.__all__):
        if name in DENY or not name[:1].isupper():
            continue
        hyphenated = split_camel_digits(name)
        facts.append(
            Fact("dataset", "dataset", hyphenated or name, f"{v}: datasets.__all__ {name!r}",
                 aliases=[name] if hyphenated else [], kind="dataset")
        )  # fmt: skip
    return facts


def _yaml_field(text: str, field: str) -> str | None:
    match = re.search(rf"^{field}:\s*['\"]?([^'\"#\s]+)", text, flags=re.MULTILINE)
    return match.group(1) if match else None


def lm_eval_facts(stated: Stated) -> list[Fact]:
    """A dataset per Hub id a task config reads (`dataset_path`); config names written in
    capitals (`dataset_name: ARC-Easy`) may only confirm hand-written entries."""
    import lm_eval

    v = f"lm-eval {version('lm_eval')}"
    root = Path(lm_eval.__file__).parent / "tasks"

    def fields(path: Path, depth: int = 0) -> dict[str, str | None]:
        text = path.read_text(encoding="utf-8", errors="replace")
        found = {f: _yaml_field(text, f) for f in ("dataset_path", "dataset_name", "task")}
        include = _yaml_field(text, "include")
        if include and depth < 3 and (path.parent / include).is_file():
            inherited = fields(path.parent / include, depth + 1)
            for key in ("dataset_path", "dataset_name"):
                found[key] = found[key] or inherited[key]
        return found

    by_path: dict[str, list[tuple[str, Path]]] = {}
    facts: list[Fact] = []
    for path in sorted(root.rglob("*.yaml")):
        found = fields(path)
        hub = found["dataset_path"]
        if not hub or not _NAMESPACED.match(hub):
            continue
        where = path.relative_to(root.parent).as_posix()
        by_path.setdefault(hub, []).append((where, path))
        _state(stated, "dataset", hub, f"{v}: {where} dataset_path")
        config = found["dataset_name"]
        if config and re.search(r"[A-Z]", config) and re.search(r"[a-z]", config):
            facts.append(
                Fact("dataset", "dataset", config, f"{v}: {where} dataset_name",
                     kind="benchmark", confirm_only=True)
            )  # fmt: skip
    for hub, files in sorted(by_path.items()):
        where, path = files[0]
        name = hub_name(hub)
        readme = path.parent / "README.md"
        if readme.is_file():
            title = re.search(r"^#\s+(.+?)\s*$", readme.read_text(encoding="utf-8"), re.M)
            if title and norm(title.group(1)) == norm(name):
                name = title.group(1)  # the README's capitalisation of the same name
        facts.append(
            Fact("dataset", "dataset", name, f"{v}: {where} dataset_path", hf_id=hub,
                 kind="benchmark", modality="text")
        )  # fmt: skip
    return facts


def mteb_facts(stated: Stated) -> list[Fact]:
    import mteb

    v = f"mteb {version('mteb')}"
    facts = []
    for task in sorted(mteb.get_tasks(), key=lambda t: t.metadata.name):
        meta = task.metadata
        hub = str((meta.dataset or {}).get("path") or "")
        if not _NAMESPACED.match(hub):
            continue
        source = f"mteb {version('mteb')}: task {meta.name!r} metadata.dataset['path']"
        _state(stated, "dataset", hub, source)
        name = hub_name(hub)
        stem = meta.name.removesuffix(str(meta.type)) if meta.type else meta.name
        stem = stem.rstrip(" -_")
        if stem and norm(stem) == norm(name):
            name = stem  # the task's capitalisation of the same name
        modalities = list(getattr(meta, "modalities", []) or [])
        facts.append(
            Fact("dataset", "dataset", name, source, hf_id=hub, kind="benchmark",
                 modality="text" if modalities == ["text"] else None, task=str(meta.type))
        )  # fmt: skip
    del v
    return facts


def tfds_facts() -> list[Fact]:
    import tensorflow_datasets as tfds

    v = f"tensorflow-datasets {tfds.__version__}"
    return [
        Fact("dataset", "dataset", name, f"{v}: list_builders() {name!r}", kind="dataset")
        for name in sorted(tfds.list_builders(with_community_datasets=False))
    ]


def ogb_facts() -> list[Fact]:
    import ogb

    v = f"ogb {version('ogb')}"
    facts = []
    for table in ("nodeproppred", "linkproppred", "graphproppred"):
        path = Path(ogb.__file__).parent / table / "master.csv"
        with path.open(encoding="utf-8") as handle:
            header = next(csv.reader(handle))
        for name in sorted(h for h in header if h.startswith("ogb")):
            facts.append(
                Fact("dataset", "dataset", name, f"{v}: {table}/master.csv column {name!r}",
                     kind="benchmark", modality="graph")
            )  # fmt: skip
    return facts
