"""Readers of the metadata packages ship: one function per source, each returning Facts.

Each reader also records every Hub id its package states (`Stated`), including ids that
make no entry of their own (a `from_pretrained("...")` example), so that hand-written Hub
ids can be confirmed. Only metadata is read: nothing here downloads a model or a data set
(build_catalog.py sets the offline switches before importing these packages).
"""

from __future__ import annotations

import ast
import csv
import importlib.metadata
import re
import runpy
import sys
from pathlib import Path

from rules import (
    _SUB_MODEL,
    DENY,
    Fact,
    abbreviation_long_form,
    arch_names,
    benchmark_class,
    camel_words_name,
    class_dataset_name,
    coqui_model_name,
    documented_model,
    emphasised_name,
    esm_model,
    estimator_model,
    family_by_prefix,
    family_of_builder,
    gym_env_id,
    hub_name,
    implemented_model,
    instantiated_model,
    keras_application,
    kge_model_name,
    named_dataset,
    norm,
    openmmlab_dataset_name,
    openmmlab_is_model,
    pyg_dataset_names,
    pyg_model,
    pyg_operator_names,
    recbole_dataset_name,
    removed_model_types,
    separated_spellings,
    separation_model,
    short_vit,
    speechbrain_model,
    spelled_in,
    split_camel_digits,
    summary_name,
    torchtext_dataset_name,
    torchvision_task_model,
    ultralytics_names,
    versioned_env_id,
    versioned_model_in_docstring,
    video_dataset_names,
    video_model_name,
)

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


def source_label(distribution: str) -> str:
    """The "<distribution> <version>" a fact's `source` names the package it was read from
    by (the pin in a requirements-read file says the same)."""
    return f"{distribution} {importlib.metadata.version(distribution)}"


def description(distribution: str) -> str:
    """The long description a distribution's metadata ships (its README: the text after the
    METADATA headers), or "" for a package that ships none (`or ""`). Many packages list their
    models and data sets only there (a model table, a "Supported methods" list, links to the
    papers), so every round that reads such a list takes the text from this one reader. A
    payload that is not text (multipart) fails the assert rather than being read."""
    text = importlib.metadata.metadata(distribution).get_payload() or ""  # type: ignore[attr-defined]
    assert isinstance(text, str)
    return text


def summary(distribution: str) -> str:
    """The one-line Summary a distribution's metadata gives, "" for a package without one."""
    return importlib.metadata.metadata(distribution)["Summary"] or ""


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


# Builders of these modules name the model they build in their docstring ("Constructs a
# RetinaNet model with a ResNet-50-FPN backbone"); classification builders name only themselves.
_TV_TASK_MODULES = re.compile(r"^torchvision\.models\.(?:detection|segmentation|optical_flow)\.")


def torchvision_model_facts(casing: dict[str, str]) -> list[Fact]:
    """`models.list_models()`; a detection, segmentation or optical-flow builder is a
    checkpoint of the model its docstring names (`retinanet_resnet50_fpn` of RetinaNet)."""
    import torchvision
    from torchvision.models import get_model_builder

    v = f"torchvision {torchvision.__version__.split('+')[0]}"
    documented: dict[str, str] = {}
    task_archs = set()
    for arch in sorted(torchvision.models.list_models()):
        builder = get_model_builder(arch)
        if not _TV_TASK_MODULES.match(builder.__module__):
            continue
        task_archs.add(arch)
        name = torchvision_task_model(builder.__doc__ or "")
        if name and family_of_builder(arch, [name]) and name not in DENY:
            documented.setdefault(name, f"{v}: models.get_model_builder({arch!r}) docstring")
    facts = [
        Fact("model", "family", name, source, kind="vision")
        for name, source in sorted(documented.items())
    ]
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
        if arch in task_archs:
            family = family_of_builder(arch, documented)
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


# -- packages read as files (scripts/catalog/requirements-read.txt) ------------------------
# These are installed without their dependencies and never imported: their module source,
# YAML and JSON files are the metadata. Each reader names the file and the place it read.


def _package(distribution: str, top: str) -> tuple[str, Path]:
    """("<distribution> <version>", the folder of its top-level package), without importing."""
    dist = importlib.metadata.distribution(distribution)
    return f"{distribution} {dist.version}", Path(str(dist.locate_file(top)))


def _docstrings(paths: list[Path]) -> dict[str, str]:
    """Every class and top-level function in these modules -> its docstring (first wins)."""
    found: dict[str, str] = {}
    for path in sorted(paths):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef | ast.FunctionDef) and node.name not in found:
                found[node.name] = ast.get_docstring(node) or ""
    return found


def _string_list(path: Path, variable: str) -> list[str]:
    """The literal list (or tuple) of strings a module assigns to `variable` (`__all__ =
    [...]`, torchgeo's `__all__ = (...)`)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and any(getattr(t, "id", None) == variable for t in node.targets)
            and isinstance(node.value, (ast.List, ast.Tuple))
        ):
            return [ast.literal_eval(e) for e in node.value.elts]
    raise SystemExit(f"{path}: no list {variable}")


def _first_sentence(doc: str) -> str:
    return re.split(r"(?<=\.)\s", doc.strip(), maxsplit=1)[0]


def torch_geometric_model_facts() -> list[Fact]:
    """`nn.models` classes their docstring calls a model or network, and the model names
    `nn.conv` layers give themselves ("The GraphSAGE operator")."""
    v, root = _package("torch-geometric", "torch_geometric")
    facts = []
    models = root / "nn" / "models"
    docs = _docstrings(list(models.rglob("*.py")))
    for name in _string_list(models / "__init__.py", "__all__"):
        if name in DENY or not name[:1].isupper():
            continue
        found = pyg_model(name, docs.get(name, ""))
        if found:
            facts.append(Fact("model", "family", found[0], f"{v}: nn.models.{name} docstring",
                              aliases=found[1], match_keys=[name], kind="other"))  # fmt: skip
    conv = root / "nn" / "conv"
    docs = _docstrings(list(conv.rglob("*.py")))
    for name in _string_list(conv / "__init__.py", "__all__"):
        for model in pyg_operator_names(docs.get(name, "")):
            if model not in DENY:
                facts.append(Fact("model", "family", model, f"{v}: nn.conv.{name} docstring",
                                  kind="other"))  # fmt: skip
    return facts


def torch_geometric_dataset_facts() -> list[Fact]:
    """The data sets of `datasets.__all__` (graph data), and MoleculeNet's `names`."""
    v, root = _package("torch-geometric", "torch_geometric")
    folder = root / "datasets"
    docs = _docstrings(list(folder.glob("*.py")))
    classes = [
        name
        for group in ("homo_datasets", "hetero_datasets", "hyper_datasets", "synthetic_datasets")
        for name in _string_list(folder / "__init__.py", group)
    ]
    facts = []
    for cls in sorted(classes):
        if cls in DENY:
            continue
        names = pyg_dataset_names(cls, docs.get(cls, ""))
        for name in names:
            if name in DENY:
                continue
            facts.append(Fact("dataset", "dataset", name, f"{v}: datasets.{cls} docstring",
                              match_keys=[cls] if len(names) == 1 else [], kind="dataset",
                              modality="graph"))  # fmt: skip
    tree = ast.parse((folder / "molecule_net.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "names":
            assert isinstance(node.value, ast.Dict)
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                assert isinstance(key, ast.Constant) and isinstance(value, ast.Tuple)
                name = ast.literal_eval(value.elts[0])
                if name not in DENY:
                    facts.append(
                        Fact("dataset", "dataset", name,
                             f"{v}: datasets.MoleculeNet.names[{key.value!r}]",
                             match_keys=[key.value], kind="dataset", modality="graph")
                    )  # fmt: skip
    return facts


def recbole_model_facts() -> list[Fact]:
    """One model per `properties/model/<Model>.yaml` (RecBole's model registry)."""
    v, root = _package("recbole", "recbole")
    facts = []
    for path in sorted((root / "properties" / "model").glob("*.yaml")):
        if path.stem in DENY:
            continue
        facts.append(Fact("model", "family", path.stem.replace("_", "-"),
                          f"{v}: properties/model/{path.name}", match_keys=[path.stem],
                          kind="other"))  # fmt: skip
    return facts


def recbole_dataset_facts() -> list[Fact]:
    """Collections and releases named by `properties/dataset/url.yaml` (rules.py)."""
    v, root = _package("recbole", "recbole")
    text = (root / "properties" / "dataset" / "url.yaml").read_text(encoding="utf-8")
    facts = []
    for key, url in re.findall(r"^([\w.-]+):\s*(\S+)\s*$", text, flags=re.MULTILINE):
        source = f"{v}: properties/dataset/url.yaml {key!r}"
        collection = re.search(r"/ProcessedDatasets/([^/]+)/", url)
        if collection:
            facts.append(Fact("dataset", "dataset", collection.group(1), source,
                              kind="dataset"))  # fmt: skip
        found = recbole_dataset_name(key, url)
        if found and found[0] != (collection.group(1) if collection else None):
            facts.append(Fact("dataset", "dataset", found[0], source, aliases=found[1],
                              match_keys=[key], kind="dataset"))  # fmt: skip
    return facts


def neuralforecast_facts() -> list[Fact]:
    """The forecasting models of `models.__all__`, with the long form their docstring
    gives ("Temporal Fusion Transformer" for TFT)."""
    v, root = _package("neuralforecast", "neuralforecast")
    models = root / "models"
    docs = _docstrings(list(models.glob("*.py")))
    facts = []
    for name in _string_list(models / "__init__.py", "__all__"):
        if name in DENY:
            continue
        long_form = abbreviation_long_form(docs.get(name, ""), name)
        facts.append(Fact("model", "family", name, f"{v}: models.__all__ {name!r}",
                          aliases=[long_form] if long_form else [], match_keys=[name],
                          kind="other"))  # fmt: skip
    return facts


def torchaudio_facts() -> tuple[list[Fact], list[Fact]]:
    """Models whose class docstring names them ("Tacotron2 model from ..."), and data sets
    whose class docstring opens with their name in emphasis ("*LibriSpeech* ...")."""
    v, root = _package("torchaudio", "torchaudio")
    models: list[Fact] = []
    docs = _docstrings(list((root / "models").rglob("*.py")))
    for cls in _string_list(root / "models" / "__init__.py", "__all__"):
        name = documented_model(docs.get(cls, ""))
        if name:
            aliases = [a for a in (cls, split_camel_digits(name)) if a and a != name]
            models.append(Fact("model", "family", name, f"{v}: models.{cls} docstring",
                               aliases=aliases, match_keys=[cls], kind="audio"))  # fmt: skip
    datasets: list[Fact] = []
    docs = _docstrings(list((root / "datasets").glob("*.py")))
    for cls in _string_list(root / "datasets" / "__init__.py", "__all__"):
        found = emphasised_name(docs.get(cls, ""))
        if found:
            datasets.append(Fact("dataset", "dataset", found[0], f"{v}: datasets.{cls} docstring",
                                 aliases=found[1], match_keys=[cls], kind="dataset"))  # fmt: skip
    return models, datasets


def lhotse_facts() -> list[Fact]:
    """One corpus per recipe module (`lhotse/recipes/<corpus>.py`), named as the module's
    text spells it ("voxceleb" -> "VoxCeleb"), else by the module name."""
    v, root = _package("lhotse", "lhotse")
    facts = []
    for path in sorted((root / "recipes").glob("*.py")):
        module = path.stem
        if module.startswith("_") or module == "utils" or module in DENY:
            continue
        name = spelled_in(path.read_text(encoding="utf-8"), module) or module
        facts.append(Fact("dataset", "dataset", name, f"{v}: recipes/{path.name}",
                          aliases=[module] if module != name else [], match_keys=[module],
                          kind="dataset"))  # fmt: skip
    return facts


_MONAI_LEAD = re.compile(
    r"(?:Reimplementation of )?([A-Z][\w+-]*(?: [A-Z][\w+-]*)*?)"
    r"(?: model| network)?(?: class)? (?:based on|from)\b"
)
_MONAI_PART = re.compile(
    r"(?:Layer|Block|Output|Pooler|Attention|Discriminator|Merging(?:V\d)?|Register|Features"
    r"|Encoder|PreTrainedModel)$"
)


def monai_facts() -> tuple[list[Fact], list[Fact]]:
    """`networks.nets` classes whose docstring cites their paper, named as the docstring
    writes them ("Swin UNETR based on ..."); the data sets of `apps.datasets`."""
    v, root = _package("monai", "monai")
    nets = root / "networks" / "nets"
    exported = set(re.findall(r"\b\w+\b", (nets / "__init__.py").read_text(encoding="utf-8")))
    models: list[Fact] = []
    for path in sorted(nets.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef) or node.name not in exported:
                continue
            doc = ast.get_docstring(node) or ""
            if node.name in DENY or _MONAI_PART.search(node.name):
                continue
            if not re.search(r"arxiv\.org|doi\.org|https?://", doc):
                continue
            lead = _MONAI_LEAD.match(doc)
            # The docstring's spelling only where it adds separators ("Swin UNETR"), not
            # where it only changes case ("Densenet" for DenseNet).
            spelled = lead.group(1) if lead else ""
            same = norm(spelled) == norm(node.name) and spelled.casefold() != node.name.casefold()
            name = spelled if same else node.name
            models.append(Fact("model", "family", name, f"{v}: networks.nets.{node.name} docstring",
                               aliases=[node.name] if node.name != name else [],
                               match_keys=[node.name], kind="vision"))  # fmt: skip
    datasets: list[Fact] = []
    docs = _docstrings([root / "apps" / "datasets.py"])
    for cls, doc in sorted(docs.items()):
        if not re.fullmatch(r"[A-Z]\w+Dataset", cls):
            continue
        stem = cls.removesuffix("Dataset")
        named = re.search(r"data of ([A-Z][\w ]+?) (?:challenge|dataset)\b", doc)
        name = named.group(1) if named else stem
        datasets.append(Fact("dataset", "dataset", name, f"{v}: apps.datasets.{cls} docstring",
                             match_keys=[stem], kind="dataset", modality="image"))  # fmt: skip
    return models, datasets


def medmnist_facts() -> list[Fact]:
    """MedMNIST (the HOMEPAGE's spelling) and each data set of `INFO` by its python_class."""
    v, root = _package("medmnist", "medmnist")
    tree = ast.parse((root / "info.py").read_text(encoding="utf-8"))
    values = {
        t.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    homepage = ast.literal_eval(values["HOMEPAGE"]).rstrip("/").rsplit("/", 1)[1]
    facts = [Fact("dataset", "dataset", homepage, f"{v}: info.HOMEPAGE", kind="benchmark",
                  modality="image")]  # fmt: skip
    for key, info in sorted(ast.literal_eval(values["INFO"]).items()):
        facts.append(Fact("dataset", "dataset", info["python_class"],
                          f"{v}: info.INFO[{key!r}]['python_class']", match_keys=[key],
                          kind="dataset", modality="image", task=info.get("task")))  # fmt: skip
    return facts


def pytorchvideo_facts() -> tuple[list[Fact], list[Fact]]:
    """Hub models named by their docstring ("SlowFast R50 model architecture") and their
    families; data sets named by the docstrings of `data` classes that load a data set."""
    v, root = _package("pytorchvideo", "pytorchvideo")
    models: list[Fact] = []
    families: dict[str, str] = {}
    for path in sorted((root / "models" / "hub").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            found = video_model_name(node.name, ast.get_docstring(node) or "")
            if not found:
                continue
            source = f"{v}: models.hub.{node.name} docstring"
            families.setdefault(found[1], source)
            models.append(Fact("model", "checkpoint", found[0], source, match_keys=[node.name],
                               family=found[1], kind="vision"))  # fmt: skip
    for family, source in sorted(families.items()):
        models.append(Fact("model", "family", family, source, kind="vision"))
    datasets: list[Fact] = []
    for path in sorted((root / "data").glob("*.py")):
        for cls, doc in sorted(_docstrings([path]).items()):
            # Path helpers ("Hmdb51LabeledVideoPaths") only pre-process a data set.
            if not cls[:1].isupper() or cls.endswith("Paths"):
                continue
            if not re.search(r"[Dd]ata ?set", _first_sentence(doc)):
                continue
            source = f"{v}: data.{cls} docstring"
            for name, aliases in video_dataset_names(_first_sentence(doc)):
                datasets.append(Fact("dataset", "dataset", name, source, aliases=aliases,
                                     kind="dataset", modality="video"))  # fmt: skip
    return models, datasets


def ultralytics_facts() -> list[Fact]:
    """The model each `cfg/models` YAML describes (header comment) and the scaled models
    its `scales:` comments name ("YOLOv8n")."""
    v, root = _package("ultralytics", "ultralytics")
    folder = root / "cfg" / "models"
    facts = []
    for path in sorted(folder.rglob("*.yaml")):
        where = path.relative_to(folder).as_posix()
        name, scaled = ultralytics_names(path.stem, path.read_text(encoding="utf-8"))
        if not name:
            continue
        facts.append(Fact("model", "family", name, f"{v}: cfg/models/{where} header comment",
                          kind="vision"))  # fmt: skip
        for checkpoint in scaled:
            if norm(checkpoint) != norm(name):
                facts.append(Fact("model", "checkpoint", checkpoint,
                                  f"{v}: cfg/models/{where} scales comment", family=name,
                                  kind="vision"))  # fmt: skip
    return facts


# -- second round (2026.12): detection, pose, video, RL environments, speech, proteins ----


def openmmlab_facts() -> tuple[list[Fact], list[Fact]]:
    """Models and data sets of the OpenMMLab model zoos (mmdet, mmsegmentation, mmpose,
    mmaction2, mmagic, mmocr, mmdet3d, mmflow; mmpretrain, mmyolo, mmtrack, mmrotate), from
    the metafiles their wheels ship in `.mim/configs`: each Collection's `Name` that the
    package files as a model (rules.openmmlab_is_model), and the data sets its models are
    trained and evaluated on (`Training Data`, `Results: Dataset`)."""
    # PyYAML comes with transformers (requirements.txt); these metafiles nest too deeply
    # for the one-field regex the lm-eval reader uses.
    import yaml

    models: list[Fact] = []
    datasets: list[Fact] = []
    for distribution, top in (("mmdet", "mmdet"), ("mmsegmentation", "mmseg"),
                              ("mmpose", "mmpose"), ("mmaction2", "mmaction"),
                              ("mmagic", "mmagic"), ("mmocr", "mmocr"),
                              ("mmdet3d", "mmdet3d"), ("mmflow", "mmflow"),
                              ("mmpretrain", "mmpretrain"), ("mmyolo", "mmyolo"),
                              ("mmtrack", "mmtrack"), ("mmrotate", "mmrotate")):  # fmt: skip
        v, root = _package(distribution, top)
        # The classes that decide what a Collection is: mmdet's detectors, mmpretrain's
        # self-supervised pre-training algorithms (methods, rules.openmmlab_is_model).
        deciding = {"mmdet": ("models", "detectors"), "mmpretrain": ("models", "selfsup")}
        detectors = _string_list(root.joinpath(*deciding[top], "__init__.py"), "__all__") if (
            top in deciding) else []  # fmt: skip
        configs = root / ".mim" / "configs"
        seen_models: set[str] = set()
        seen_data: dict[str, str] = {}
        for path in sorted(configs.rglob("*.y*ml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or not ("Collections" in data or "Models" in data):
                continue
            where = f"configs/{path.relative_to(configs).as_posix()}"
            for collection in data.get("Collections") or ():
                if not isinstance(collection, dict):
                    continue
                name = str(collection.get("Name") or "").strip()
                code = collection.get("Code") or {}
                code = code[0] if isinstance(code, list) and code else code
                code_url = str(code.get("URL", "")) if isinstance(code, dict) else ""
                readme = str(collection.get("README") or "")
                if not name or name in seen_models or name in DENY:
                    continue
                if not openmmlab_is_model(top, name, code_url, readme, detectors):
                    continue
                seen_models.add(name)
                models.append(Fact("model", "family", name, f"{v}: {where} Collections {name!r}",
                                   kind="vision"))  # fmt: skip
            rows = []
            for table in (data.get("Collections"), data.get("Models")):
                rows += table if isinstance(table, list) else [table] if table else []
            for row in rows:
                if not isinstance(row, dict):
                    continue
                metadata = row.get("Metadata") or {}
                values = metadata.get("Training Data") if isinstance(metadata, dict) else None
                values = values if isinstance(values, list) else [values]
                results = row.get("Results") or []
                results = results if isinstance(results, list) else [results]
                tasks = [r.get("Task") for r in results if isinstance(r, dict)]
                values += [r.get("Dataset") for r in results if isinstance(r, dict)]
                for value in values:
                    name = openmmlab_dataset_name(str(value)) if value else None
                    if name and name not in DENY and name not in seen_data:
                        seen_data[name] = where
                        task = next((str(t) for t in tasks if t), None)
                        datasets.append(
                            Fact("dataset", "dataset", name, f"{v}: {where} dataset {name!r}",
                                 kind="dataset", task=task,
                                 modality="video" if top == "mmaction" else None)
                        )  # fmt: skip
    return models, datasets


def gymnasium_facts() -> list[Fact]:
    """The environments Gymnasium registers (`register(id="HalfCheetah-v4", ...)` in
    `envs/__init__.py`): the environment and each versioned id papers report on."""
    v, root = _package("gymnasium", "gymnasium")
    tree = ast.parse((root / "envs" / "__init__.py").read_text(encoding="utf-8"))
    facts: list[Fact] = []
    named: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "register"):
            continue
        env_id = next((ast.literal_eval(k.value) for k in node.keywords if k.arg == "id"), None)
        found = gym_env_id(env_id) if isinstance(env_id, str) else None
        if not found or found[0] in DENY:
            continue
        environment, versioned = found
        source = f"{v}: envs/__init__.py register(id={env_id!r})"
        if environment not in named:
            named.add(environment)
            facts.append(Fact("dataset", "dataset", environment, source, kind="benchmark",
                              modality="embodied"))  # fmt: skip
        facts.append(Fact("dataset", "dataset", versioned, source, kind="benchmark",
                          modality="embodied"))  # fmt: skip
    return facts


def ale_facts() -> list[Fact]:
    """The Arcade Learning Environment (its summary's name) and the Atari games ale-py
    registers (`registration.py` `legacy_games`, named by its own `rom_id_to_name`)."""
    v, root = _package("ale-py", "ale_py")
    summary = importlib.metadata.metadata("ale-py")["Summary"]
    facts = []
    found = summary_name(summary)
    if found:
        facts.append(Fact("dataset", "dataset", found[0], f"{v}: package metadata Summary",
                          aliases=found[1], kind="benchmark", modality="embodied"))  # fmt: skip
    tree = ast.parse((root / "registration.py").read_text(encoding="utf-8"))
    games: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "legacy_games":
            games = [ast.literal_eval(e) for e in node.value.elts]  # type: ignore[attr-defined]
    for rom in sorted(games):
        facts.append(Fact("dataset", "dataset", camel_words_name(rom),
                          f"{v}: registration.py legacy_games {rom!r}", match_keys=[rom],
                          kind="benchmark", modality="embodied"))  # fmt: skip
    return facts


def vizdoom_facts() -> list[Fact]:
    """ViZDoom, as its package summary names the platform papers report results on."""
    return _summary_platform("vizdoom")


def _keras_exports(path: Path) -> list[tuple[str, str]]:
    """(function name, first exported name) of each `@keras_export(...)` function."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for decorator in node.decorator_list:
            if isinstance(decorator, ast.Call) and getattr(decorator.func, "id", "") == (
                "keras_export"
            ):
                names = [ast.literal_eval(a) for a in decorator.args]
                flat = [n for a in names for n in (a if isinstance(a, list) else [a])]
                found.extend((node.name, n) for n in flat)
    return found


def keras_facts(casing: dict[str, str]) -> tuple[list[Fact], list[Fact]]:
    """The architectures `keras.applications` exports (Xception, InceptionV3, NASNetLarge)
    and the data sets `keras.datasets` loads (one module each)."""
    v, root = _package("keras", "keras")
    models: list[Fact] = []
    seen: set[str] = set()
    for path in sorted((root / "src" / "applications").glob("*.py")):
        if path.stem.endswith("_test"):
            continue
        for _, export in _keras_exports(path):
            name = keras_application(export)
            if not name or name in seen or name in DENY:
                continue
            seen.add(name)
            source = f"{v}: src/applications/{path.name} keras_export({export!r})"
            family = family_by_prefix(name, casing)
            if family is None or norm(family) == norm(name):
                models.append(Fact("model", "family", name, source, match_keys=[name],
                                   kind="vision"))  # fmt: skip
            else:
                models.append(Fact("model", "checkpoint", name, source, match_keys=[name],
                                   family=family, kind="vision"))  # fmt: skip
    datasets: list[Fact] = []
    for path in sorted((root / "src" / "datasets").glob("*.py")):
        if path.stem.startswith("_") or path.stem.endswith("_utils") or path.stem.endswith("_test"):
            continue
        if path.stem in DENY:
            continue
        datasets.append(Fact("dataset", "dataset", path.stem, f"{v}: src/datasets/{path.name}",
                             match_keys=[path.stem], kind="dataset"))  # fmt: skip
    return models, datasets


def speechbrain_facts() -> list[Fact]:
    """The models SpeechBrain's `lobes/models` implement: a module's class of its own name
    (Xvector, ECAPA_TDNN, Tacotron2) or a module "<Name> implementation." (Conformer), with
    the separated spellings its text uses ("X-vector")."""
    v, root = _package("speechbrain", "speechbrain")
    folder = root / "lobes" / "models"
    facts = []
    for path in sorted(folder.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
        name = speechbrain_model(path.stem, ast.get_docstring(tree) or "", classes)
        if not name or name in DENY or path.stem in DENY:
            continue
        where = path.relative_to(root).as_posix()
        facts.append(Fact("model", "family", name, f"{v}: {where}",
                          aliases=separated_spellings(text, name), match_keys=[path.stem],
                          kind="audio"))  # fmt: skip
    return facts


def fair_esm_facts() -> list[Fact]:
    """The protein language models fair-esm's `pretrained.py` loads (`esm2_t33_650M_UR50D`):
    their families (ESM-2, ESM-1b, ESM-MSA-1b ...), and each loader as a checkpoint named
    "<family> <size>" where that is one loader's ("ESM-2 650M"), else by the loader. ESMFold
    is its loaders' (`esmfold_v1`) docstring's name."""
    v, root = _package("fair-esm", "esm")
    tree = ast.parse((root / "pretrained.py").read_text(encoding="utf-8"))
    functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    parsed = {f.name: esm_model(f.name) for f in functions}
    sized: dict[str, list[str]] = {}
    for function, found in parsed.items():
        if found and not found[2]:
            sized.setdefault(f"{found[0]} {found[1]}", []).append(function)
    facts: list[Fact] = []
    families: dict[str, str] = {}
    for function, found in sorted(parsed.items()):
        if not found or found[2]:  # seeds of an ensemble (esm1v_..._3) are not models apart
            continue
        family, size, _ = found
        source = f"{v}: pretrained.{function}"
        families.setdefault(family, source)
        short = f"{family} {size}"
        name, aliases = (short, [function]) if len(sized[short]) == 1 else (function, [])
        facts.append(Fact("model", "checkpoint", name, source, aliases=aliases,
                          match_keys=[function], family=family, kind="molecule"))  # fmt: skip
    for family, source in sorted(families.items()):
        facts.append(Fact("model", "family", family, source, kind="molecule"))
    for function in functions:
        doc = ast.get_docstring(function) or ""
        named = versioned_model_in_docstring(function.name, doc)
        if named:
            facts.append(
                Fact(
                    "model",
                    "family",
                    named,
                    f"{v}: pretrained.{function.name} docstring",
                    kind="molecule",
                )
            )
            break
    return facts


def torchtext_facts() -> list[Fact]:
    """The data sets torchtext's `datasets.DATASETS` registry loads (torchtext 0.18.0)."""
    v, root = _package("torchtext", "torchtext")
    tree = ast.parse((root / "datasets" / "__init__.py").read_text(encoding="utf-8"))
    keys: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "DATASETS":
            assert isinstance(node.value, ast.Dict)
            keys = [ast.literal_eval(k) for k in node.value.keys if k is not None]
    facts = []
    for key in sorted(keys):
        if key in DENY:
            continue
        name, aliases = torchtext_dataset_name(key)
        facts.append(Fact("dataset", "dataset", name, f"{v}: datasets.DATASETS[{key!r}]",
                          aliases=aliases, match_keys=[key], kind="dataset",
                          modality="text"))  # fmt: skip
    return facts


def coqui_tts_facts() -> tuple[list[Fact], list[Fact]]:
    """Coqui TTS's released models (`TTS/.models.json`): a model named by its description
    ("FastPitch model trained on ..."), and the data sets those descriptions name for their
    key ("ljspeech" -> "LJSpeech")."""
    import json

    v, root = _package("coqui-tts", "TTS")
    table = json.loads((root / ".models.json").read_text(encoding="utf-8"))
    models: list[Fact] = []
    descriptions: dict[str, list[str]] = {}
    seen: set[str] = set()
    for group, languages in sorted(table.items()):
        for language, by_dataset in sorted(languages.items()):
            for dataset, entries in sorted(by_dataset.items()):
                for model_id, info in sorted(entries.items()):
                    description = str(info.get("description") or "")
                    descriptions.setdefault(dataset, []).append(description)
                    name = coqui_model_name(model_id, description)
                    if not name or name in seen or name in DENY or model_id in DENY:
                        continue
                    seen.add(name)
                    where = f"{group}/{language}/{dataset}/{model_id}"
                    models.append(Fact("model", "family", name,
                                       f"{v}: .models.json {where!r} description",
                                       kind="speech"))  # fmt: skip
    datasets: list[Fact] = []
    for dataset, texts in sorted(descriptions.items()):
        if dataset in DENY:
            continue
        spelled = next((s for s in (coqui_model_name(dataset, t) for t in texts) if s), None)
        if spelled:
            datasets.append(Fact("dataset", "dataset", spelled,
                                 f"{v}: .models.json dataset {dataset!r}", match_keys=[dataset],
                                 kind="dataset", modality="speech"))  # fmt: skip
    return models, datasets


def transformers_removed_facts(stated: Stated) -> list[Fact]:
    """Model types transformers 5 removed (models/deprecated/ of the last 4.x release,
    installed apart by requirements-older.txt and read as files): their documented names
    (`MODEL_NAMES_MAPPING`), kinds (`MODEL_FOR_*_MAPPING_NAMES`) and the Hub checkpoints
    their configuration docstrings link."""
    from transformers.models.auto.configuration_auto import MODEL_NAMES_MAPPING

    older = Path(sys.prefix) / "older"
    (dist,) = [d for d in importlib.metadata.distributions(path=[str(older)])
               if d.metadata["Name"] == "transformers"]  # fmt: skip
    v = f"transformers {dist.version}"
    auto = older / "transformers" / "models" / "auto"

    def literal_tables(path: Path) -> dict[str, dict[str, object]]:
        tables = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                value = node.value
                if isinstance(value, ast.Call) and value.args:  # OrderedDict([...])
                    value = value.args[0]
                try:
                    tables[node.targets[0].id] = dict(ast.literal_eval(value))
                except (ValueError, TypeError, SyntaxError):
                    continue
        return tables

    config = literal_tables(auto / "configuration_auto.py")
    deprecated = []
    for node in ast.parse((auto / "configuration_auto.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == (
            "DEPRECATED_MODELS"
        ):
            deprecated = ast.literal_eval(node.value)
    removed = removed_model_types(
        {str(k): str(d) for k, d in config["MODEL_NAMES_MAPPING"].items()},
        MODEL_NAMES_MAPPING.keys(),
        deprecated,
    )
    modeling = literal_tables(auto / "modeling_auto.py")
    kinds: dict[str, str] = {}
    for kind, mappings in _KIND_MAPPINGS:
        for mapping in mappings:
            for model_type in modeling.get(f"MODEL_FOR_{mapping}_MAPPING_NAMES", {}):
                kinds.setdefault(str(model_type), kind)
    facts: list[Fact] = []
    folder = older / "transformers" / "models" / "deprecated"
    for model_type, display in sorted(removed.items()):
        if model_type in DENY:
            continue
        kind = kinds.get(model_type, "other")
        facts.append(Fact("model", "family", display,
                          f"{v}: MODEL_NAMES_MAPPING[{model_type!r}]", match_keys=[model_type],
                          kind=kind))  # fmt: skip
        module = model_type.replace("-", "_")
        for path in sorted((folder / module).glob("configuration_*.py")):
            where = path.relative_to(older / "transformers").as_posix()
            for _, hf_id in _HUB_LINK.findall(path.read_text(encoding="utf-8")):
                source = f"{v}: {where} docstring"
                _state(stated, "model", hf_id, source)
                if _NOT_RELEASED.search(hf_id):
                    continue
                facts.append(Fact("model", "checkpoint", hub_name(hf_id), source, hf_id=hf_id,
                                  family=display, kind=kind))  # fmt: skip
    return facts


def _summary_platform(distribution: str) -> list[Fact]:
    """The platform or benchmark a package's summary names (AI2-THOR, ManiSkill3, NLE,
    ViZDoom, MuJoCo)."""
    v = source_label(distribution)
    found = summary_name(summary(distribution))
    if not found:
        return []
    return [Fact("dataset", "dataset", found[0], f"{v}: package metadata Summary",
                 aliases=found[1], kind="benchmark", modality="embodied")]  # fmt: skip


def _registered_ids(path: Path) -> list[str]:
    """String ids a module registers: `register(id="X-v0", ...)` calls and
    `@register_env("X-v1", ...)` decorators, in file order."""
    ids: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name == "register":
            ids += [
                k.value.value
                for k in node.keywords
                if k.arg == "id"
                and isinstance(k.value, ast.Constant)
                and isinstance(k.value.value, str)
            ]
        elif name == "register_env" and node.args and isinstance(node.args[0], ast.Constant):
            ids.append(str(node.args[0].value))
    return ids


def rl_suite_facts() -> list[Fact]:
    """Embodied and RL benchmarks: D4RL's data sets (`infos.DATASET_URLS`); MiniGrid's and
    BabyAI's registered ids; ManiSkill's registered tasks (`@register_env`); PySC2's
    mini-games (`maps/mini_games.py`); the platforms the package summaries of ai2thor,
    mani-skill and nle name. D4RL itself is named nowhere but in environment variables."""
    facts: list[Fact] = []
    v, root = _package("d4rl", "d4rl")
    # infos.py imports nothing and only builds tables; its loops add the ids papers use
    # most (halfcheetah-medium-v2), so it is run on its own, not parsed.
    infos = runpy.run_path(str(root / "infos.py"))
    for key in sorted(infos["DATASET_URLS"]):
        if versioned_env_id(key) and key not in DENY:
            facts.append(Fact("dataset", "dataset", key, f"{v}: infos.DATASET_URLS[{key!r}]",
                              kind="dataset", modality="embodied"))  # fmt: skip
    v, root = _package("minigrid", "minigrid")
    collections: dict[str, str] = {}
    for env_id in _registered_ids(root / "__init__.py"):
        if not versioned_env_id(env_id) or env_id in DENY:
            continue
        source = f"{v}: __init__.py register(id={env_id!r})"
        collections.setdefault(env_id.split("-", 1)[0], source)
        facts.append(Fact("dataset", "dataset", env_id, source, kind="benchmark",
                          modality="embodied"))  # fmt: skip
    for prefix, source in sorted(collections.items()):
        facts.append(Fact("dataset", "dataset", prefix, source, kind="benchmark",
                          modality="embodied"))  # fmt: skip
    v, root = _package("mani-skill", "mani_skill")
    named: set[str] = set()
    for path in sorted((root / "envs").rglob("*.py")):
        where = path.relative_to(root).as_posix()
        for env_id in _registered_ids(path):
            found = gym_env_id(env_id)
            if not found or found[0] in DENY or found[1] in named:
                continue
            named.add(found[1])
            source = f"{v}: {where} register_env({env_id!r})"
            for name in dict.fromkeys(found):
                facts.append(Fact("dataset", "dataset", name, source, kind="benchmark",
                                  modality="embodied"))  # fmt: skip
    v, root = _package("PySC2", "pysc2")
    tree = ast.parse((root / "maps" / "mini_games.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "mini_games":
            for game in ast.literal_eval(node.value):
                facts.append(Fact("dataset", "dataset", game,
                                  f"{v}: maps/mini_games.py mini_games {game!r}",
                                  kind="benchmark", modality="embodied"))  # fmt: skip
    for distribution in ("ai2thor", "mani-skill", "nle"):
        facts += _summary_platform(distribution)
    return facts


# -- third round (2026.12): KG embeddings, CTR, forecasting, separation, robotics suites ---


def _imported_names(path: Path) -> list[str]:
    """The names a package's `__init__.py` imports from its own modules (`from .deepfm
    import DeepFM`), in file order: the public classes of a package with no `__all__`."""
    names: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            names += [alias.asname or alias.name for alias in node.names]
    return names


def pykeen_facts() -> tuple[list[Fact], list[Fact]]:
    """PyKEEN's knowledge-graph embedding models (`models.__all__` classes whose docstring
    reads "An implementation of <name> from ...") and knowledge graphs (`datasets.__all__`
    classes whose docstring opens "The <name> dataset"); modality graph."""
    v, root = _package("pykeen", "pykeen")
    models: list[Fact] = []
    docs = _docstrings(list((root / "models").rglob("*.py")))
    for cls in _string_list(root / "models" / "__init__.py", "__all__"):
        found = kge_model_name(cls, docs.get(cls, "")) if cls not in DENY else None
        if found:
            models.append(Fact("model", "family", found[0], f"{v}: models.{cls} docstring",
                               aliases=found[1], match_keys=[cls], kind="other"))  # fmt: skip
    datasets: list[Fact] = []
    docs = _docstrings(list((root / "datasets").rglob("*.py")))
    for cls in _string_list(root / "datasets" / "__init__.py", "__all__"):
        found = named_dataset(cls, docs.get(cls, "")) if cls not in DENY else None
        if found and found[0] not in DENY:
            datasets.append(Fact("dataset", "dataset", found[0], f"{v}: datasets.{cls} docstring",
                                 aliases=found[1], match_keys=[cls], kind="dataset",
                                 modality="graph"))  # fmt: skip
    return models, datasets


def deepctr_facts() -> list[Fact]:
    """DeepCTR-Torch's click-through-rate models: the classes `models/__init__.py` imports
    whose docstring opens "Instantiates the ... architecture" (DeepFM, xDeepFM, DIN, DIEN)."""
    v, root = _package("deepctr-torch", "deepctr_torch")
    docs = _docstrings(list((root / "models").rglob("*.py")))
    facts = []
    for cls in _imported_names(root / "models" / "__init__.py"):
        name = instantiated_model(cls, docs.get(cls, "")) if cls not in DENY else None
        if name:
            facts.append(Fact("model", "family", name, f"{v}: models.{cls} docstring",
                              match_keys=[cls], kind="other"))  # fmt: skip
    return facts


def gluonts_facts() -> list[Fact]:
    """GluonTS's forecasting models: each `<Name>Estimator` class (torch and mxnet) whose
    docstring spells `<Name>` and cites the model's paper (DeepAR, GPVAR, LSTNet,
    iTransformer)."""
    v, root = _package("gluonts", "gluonts")
    facts = []
    paths = sorted([*(root / "torch" / "model").rglob("*.py"),
                    *(root / "mx" / "model").rglob("*.py")])  # fmt: skip
    named: set[str] = set()
    for path in paths:
        where = path.relative_to(root).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef) or node.name in DENY:
                continue
            name = estimator_model(node.name, ast.get_docstring(node) or "")
            if name and name not in DENY and norm(name) not in named:
                named.add(norm(name))
                facts.append(Fact("model", "family", name, f"{v}: {where} {node.name} docstring",
                                  match_keys=[node.name.removesuffix("Estimator")],
                                  kind="other"))  # fmt: skip
    return facts


def asteroid_facts() -> tuple[list[Fact], list[Fact]]:
    """Asteroid's source-separation models (`models.__all__` classes whose docstring names
    them: "ConvTasNet separation model") and the data sets its `data.__all__` classes load,
    as their docstring spells them (WHAM, LibriMix, MUSDB18); modality speech."""
    v, root = _package("asteroid", "asteroid")
    models: list[Fact] = []
    docs = _docstrings(list((root / "models").rglob("*.py")))
    for cls in _string_list(root / "models" / "__init__.py", "__all__"):
        name = separation_model(docs.get(cls, "")) if cls not in DENY else None
        if name and name not in DENY:
            models.append(Fact("model", "family", name, f"{v}: models.{cls} docstring",
                               aliases=[cls] if cls != name else [], kind="audio"))  # fmt: skip
    datasets: list[Fact] = []
    docs = _docstrings(list((root / "data").rglob("*.py")))
    for cls in _string_list(root / "data" / "__init__.py", "__all__"):
        name = class_dataset_name(cls, docs.get(cls, "")) if cls not in DENY else None
        if name and name not in DENY:
            datasets.append(Fact("dataset", "dataset", name, f"{v}: data.{cls} docstring",
                                 kind="dataset", modality="speech"))  # fmt: skip
    return models, datasets


def tabnet_facts() -> list[Fact]:
    """TabNet, the model pytorch-tabnet's summary says it implements."""
    v, _ = _package("pytorch-tabnet", "pytorch_tabnet")
    name = implemented_model(summary("pytorch-tabnet"))
    return [Fact("model", "family", name, f"{v}: package metadata Summary",
                 kind="other")] if name else []  # fmt: skip


def robotics_suite_facts() -> list[Fact]:
    """Meta-World's benchmarks (`Benchmark` classes whose docstring reads "The MT10
    benchmark."; "Meta-World" itself, which its description names, is two ordinary words)
    and the environments Gymnasium-Robotics registers (`register(id=...)` in `__init__.py`:
    FetchReach, HandManipulateBlock, AdroitHandDoor, FrankaKitchen; the `{suffix}` of an
    f-string id is its dense-reward variant, left out); modality embodied."""
    facts: list[Fact] = []
    v, root = _package("metaworld", "metaworld")
    tree = ast.parse((root / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            name = benchmark_class(node.name, ast.get_docstring(node) or "")
            if name and name not in DENY:
                facts.append(Fact("dataset", "dataset", name, f"{v}: {node.name} docstring",
                                  kind="benchmark", modality="embodied"))  # fmt: skip
    v, root = _package("gymnasium-robotics", "gymnasium_robotics")
    named: set[str] = set()
    for node in ast.walk(ast.parse((root / "__init__.py").read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "register"):
            continue
        value = next((k.value for k in node.keywords if k.arg == "id"), None)
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            env_id = value.value
        elif isinstance(value, ast.JoinedStr):
            env_id = "".join(
                str(part.value) if isinstance(part, ast.Constant)
                else "" if getattr(part.value, "id", "") == "suffix" else "{}"
                for part in value.values
            )  # fmt: skip
        else:
            continue
        environment = env_id.split("-", 1)[0]
        found = gym_env_id(env_id) or (
            (environment, None) if re.fullmatch(r"[A-Z][A-Za-z0-9]*", environment) else None
        )
        if not found or found[0] in DENY:
            continue
        source = f"{v}: __init__.py register(id={env_id!r})"
        for name in found:
            if name and name not in named:
                named.add(name)
                facts.append(Fact("dataset", "dataset", name, source, kind="benchmark",
                                  modality="embodied"))  # fmt: skip
    return facts


def safety_gymnasium_facts() -> list[Fact]:
    """The environments Safety-Gymnasium registers, from `__init__.py` read as source: each
    `__register_helper(env_id=...)` id, and the ids its `__combine(<tasks>, robots)` calls
    build as `f"{PREFIX}{robot}{task}-{VERSION}"` from the literal task dicts and
    `ROBOT_NAMES` (SafetyPointGoal1-v0); the Vision and Debug variants that helper also
    registers are left out. Each gives the environment and the versioned id, as Gymnasium's
    do; modality embodied."""
    v, root = _package("safety-gymnasium", "safety_gymnasium")
    path = root / "__init__.py"
    names: dict[str, object] = {}
    ids: list[tuple[str, str]] = []  # (id, where)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                names[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            call, function = node.value, getattr(node.value.func, "id", "")
            if function == "__combine":
                tasks, robots = (getattr(a, "id", "") for a in call.args[:2])
                assert robots == "robots", robots  # robots = ROBOT_NAMES
                for task in names[tasks]:  # type: ignore[union-attr]
                    for robot in names["ROBOT_NAMES"]:  # type: ignore[union-attr]
                        env_id = f"{names['PREFIX']}{robot}{task}-{names['VERSION']}"
                        ids.append((env_id, f"__combine({tasks}, robots) {env_id!r}"))
            elif function == "__register_helper":
                for keyword in call.keywords:
                    if keyword.arg == "env_id" and isinstance(keyword.value, ast.Constant):
                        env_id = str(keyword.value.value)
                        ids.append((env_id, f"__register_helper(env_id={env_id!r})"))
    facts: list[Fact] = []
    named: set[str] = set()
    for env_id, where in ids:
        found = gym_env_id(env_id)
        if not found or found[0] in DENY:
            continue
        for name in found:
            if name not in named:
                named.add(name)
                facts.append(Fact("dataset", "dataset", name, f"{v}: __init__.py {where}",
                                  kind="benchmark", modality="embodied"))  # fmt: skip
    return facts
