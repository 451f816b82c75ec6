"""Readers of a thirtieth round (requirements-read-round30.txt), in sources.py's style: names
seen in recently read evaluation papers that the catalog lacked, each read from a package
that states it, as files and package metadata, never imported. Unlike the twenty-eighth and
twenty-ninth rounds it starts from a list of names (music source separation, tabular
synthesizers, face recognition, aspect-based sentiment, document VQA, SegFormer's encoders,
word2vec's algorithms, a medical LLM, a video data set), and reads only the places that state
them, taking every name such a place states that passes the guard.

- musdb, dsdtools: the music separation data set each package is for: the one its summary
  names with a digit ("Python parser for the SIGSEP MUSDB18 dataset"; `summary_dataset`),
  or the one its shipped configuration is for, as the config's header spells the file's
  stem ("# SISEC DSD100 MUS Task Configuration" of `configs/dsd100.yaml`; `header_name`).
- sdv: the synthesizers `single_table/__init__.py` exports (`<Model>Synthesizer`), each
  model a coined name (`synthesizer_model`: CopulaGAN; CTGAN and TVAE, which the
  twenty-sixth round took, gain a source).
- mmsegmentation: the encoders SegFormer's metafile lists as architectures beside the
  collection (`collection_backbones`: MIT-B0 ... MIT-B5 of `configs/segformer/metafile.yaml`).
- mmaction2: the data sets its annotation tool's split parsers name
  (`tools/data/parse_file_list.py`: "splits of Something-Something V1 dataset";
  `split_dataset`).
- pyabsa: the aspect-polarity data sets of `APCDatasetList` named by a domain and a SemEval
  year (`year_domain_name`: Laptop14, Restaurant14), with the SemEval group noted.
- facenet-pytorch: the training data sets of its description's model table
  (`training_datasets`: VGGFace2, CASIA-Webface), a reference title's spelling of one an
  alias ("_CASIAWebface: Learning Face Representation from Scratch_").
- lmms-eval, mmpretrain: InfographicVQA, the `dataset_name` lmms-eval's infovqa task group
  loads, with the spelling `vmcbench/utils.py` gives that group ("InfoVQA") an alias
  (`group_spellings`); mmpretrain's multimodal data-set classes (`datasets/__init__.py`)
  named as their docstring spells the whole class name (round 28's `class_named_dataset`).
- crfm-helm: the sized models of a family no source named before, whose description opens
  with the display name's "<base>-<size>" (`described_checkpoint`: "Meditron-7B is a 7
  billion parameter model ..." of "Meditron (7B)"): the family and the checkpoint.
- keras-hub: the spelling a model folder's class docstrings give a family known by the
  folder's name (`folder_spelling`: "GPT-OSS" in `models/gpt_oss/`, of transformers'
  GptOss), an alias.
- gensim: the algorithms its word2vec module docstring says the word2vec family includes
  ("The word2vec algorithms include skip-gram and CBOW models"; `included_models`).

The name rules are the pure functions at the top, tested in `tests/test_catalog30.py`;
docs/catalog.md ("A thirtieth round of sources") states them and what was looked for and not
found.
"""

from __future__ import annotations

import ast
import re
from collections import Counter

import sources
import sources_more
import sources_round26
import sources_round27
import sources_round28
import sources_round29
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND30: dict[str, str] = {
    "GaussianCopula": "sdv's GaussianCopulaSynthesizer; written as its words (the linker's "
    "camel-case reading) it is the Gaussian copula of statistics, which any paper on a "
    "multivariate model names",
    "DayZ": "sdv's DayZSynthesizer; also the video game",
    "Flickr30k Caption": "mmpretrain's captioning view of Flickr30k (`Flickr30kCaption`), "
    "not a data set of its own",
    "COCO Caption": "mmpretrain's captioning view of COCO (`COCOCaption`), not a data set of "
    "its own",
    "COCO Retrieval": "mmpretrain's retrieval view of COCO (`COCORetrieval`), not a data set "
    "of its own",
    "Flickr30k Retrieval": "mmpretrain's retrieval view of Flickr30k (`Flickr30kRetrieval`), "
    "not a data set of its own",
}


# Denied by an earlier round (sources_round29._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round29._denied, DENY_ROUND30)


# -- name rules (pure) ------------------------------------------------------------------------

_SUMMARY_DATASET = re.compile(r"\bthe (?:[A-Z]+ )?(?P<name>[A-Z][\w-]*\d[\w-]*) dataset\b")


def summary_dataset(summary: str) -> str | None:
    """The data set a package summary says the package is for, named with a digit: "Python
    parser for the SIGSEP MUSDB18 dataset" -> "MUSDB18" (the organiser in capitals before it
    dropped); "Python tools for the Demixing Secrets Dataset (DSD)" names no digit, None."""
    found = _SUMMARY_DATASET.search(summary)
    return found.group("name") if found else None


def header_name(header: str, stem: str) -> str | None:
    """The word of a config file's header comment that is the file's stem, case aside, as the
    header spells it: "# SISEC DSD100 MUS Task Configuration" of `dsd100.yaml` -> "DSD100"."""
    for word in header.lstrip("#").split():
        if word.casefold() == stem.casefold() and any(ch.isupper() for ch in word):
            return word
    return None


def synthesizer_model(class_name: str) -> str | None:
    """The model an sdv synthesizer class is named for: `CopulaGANSynthesizer` ->
    "CopulaGAN"; a coined name only (a capital after its first letter, as round 26's
    `inner_capital`); `Synthesizer` alone, or a class named otherwise, names nothing."""
    if not class_name.endswith("Synthesizer"):
        return None
    model = class_name.removesuffix("Synthesizer")
    return model if model and sources_round26.inner_capital(model) else None


def collection_backbones(metafile: dict) -> list[str]:
    """The architectures an OpenMMLab metafile's models list beside their collection's own
    name, each once, in order: SegFormer's "MIT-B0" ... "MIT-B5" beside "Segformer"."""
    collections = {norm(c["Name"]) for c in metafile.get("Collections") or []}
    found: list[str] = []
    for model in metafile.get("Models") or []:
        for name in (model.get("Metadata") or {}).get("Architecture") or []:
            if norm(name) not in collections and name not in found:
                found.append(name)
    return found


_SPLIT_DATASET = re.compile(r"splits of (?P<name>[A-Z][\w-]*(?: [A-Z0-9][\w-]*)*) dataset\b")


def split_dataset(doc: str) -> str | None:
    """The data set a split parser's docstring names: '"train", "val", "test" splits of
    Something-Something V1 dataset.' -> "Something-Something V1"; words with a capital or a
    digit before "dataset"."""
    found = _SPLIT_DATASET.search(" ".join(doc.split()))
    return found.group("name") if found else None


def year_domain_name(name: str) -> bool:
    """An aspect-based sentiment set named by a domain and the SemEval year's two digits
    ("Laptop14", "Restaurant16"); "MAMS", "Twitter", "ARTS_Laptop14" (an identifier) and
    "SemEval2016Task5" are not."""
    return re.fullmatch(r"[A-Z][a-z]+\d{2}", name) is not None


_TABLE_ROW = re.compile(r"^\|(?P<cells>.*)\|\s*$")
_TITLE = re.compile(r"\b_(?P<name>[A-Z][\w-]*\w):")


def training_datasets(description: str) -> list[tuple[str, list[str]]]:
    """The data sets a description's markdown table lists in a "Training dataset" column,
    each once, with the spelling an italic reference title gives the same name, separators
    aside, as an alias: "CASIA-Webface" with "_CASIAWebface: Learning ..._"."""
    names: list[str] = []
    column = None
    for line in description.splitlines():
        row = _TABLE_ROW.match(line.strip())
        if not row:
            column = None
            continue
        cells = [c.strip() for c in row.group("cells").split("|")]
        if column is None:
            column = cells.index("Training dataset") if "Training dataset" in cells else None
            continue
        if column < len(cells) and re.search(r"[A-Za-z]", cells[column]):
            name = cells[column]
            if not set(name) <= {"-", ":", " "} and name not in names:
                names.append(name)
    titles = _TITLE.findall(description)
    return [(name, sorted({t for t in titles if norm(t) == norm(name) and t != name}))
            for name in names]  # fmt: skip


def group_spellings(spellings: list[str], groups: dict[str, str]) -> dict[str, list[str]]:
    """The spellings a module gives task groups, by the data set each group loads: a spelling
    that is a group's id, case and separators aside, and differs from the data set's name
    ("InfoVQA" of the group `infovqa`, which loads "InfographicVQA"); a spelling that is the
    data set's own name ("DocVQA" of `docvqa`) adds nothing."""
    found: dict[str, list[str]] = {}
    for spelled in spellings:
        dataset = groups.get(norm(spelled))
        if dataset and norm(dataset) != norm(spelled):
            found.setdefault(dataset, []).append(spelled)
    return found


def class_spelling(class_name: str, doc: str) -> tuple[str, list[str]] | None:
    """The name a data-set class's docstring spells the whole class name with (round 28's
    `class_named_dataset`, the spelling's key the class name's): "OCR-VQA" of `OCRVQA`;
    a spelling that only parts the class name's words ("Infographic VQA" of
    `InfographicVQA`) makes the class name the name and the spelling an alias."""
    for spelled in sources_round28.class_named_dataset(class_name, doc):
        if norm(spelled) != norm(class_name):
            continue
        if " " in spelled and spelled.replace(" ", "") == class_name:
            return class_name, [spelled]
        return spelled, []
    return None


def described_checkpoint(display: str, description: str) -> tuple[str, str] | None:
    """(family, checkpoint) of a HELM model whose description opens with its display name's
    "<base>-<size>": "Meditron (7B)" and "Meditron-7B is a 7 billion parameter model ..." ->
    ("Meditron", "Meditron-7B"); None when the description opens otherwise."""
    parsed = sources_round27.helm_display_name(display)
    if parsed is None or parsed[1] is None or parsed[1] in parsed[0]:
        return None
    base, size = parsed
    spelled = f"{base}-{size}"
    if not re.match(rf"{re.escape(spelled)}\b(?![-.])", description.strip()):
        return None
    return base, spelled


def folder_spelling(folder: str, docs: list[str]) -> str | None:
    """The spelling with a hyphen that a model folder's docstrings give the folder's name,
    case and separators aside, most often (first on a tie): "GPT-OSS" of `gpt_oss` in "A
    GPT-OSS transformer decoder layer."; None when no docstring writes one."""
    key = norm(folder)
    counts: Counter[str] = Counter()
    for doc in docs:
        for word in re.findall(r"[A-Za-z][\w-]*[A-Za-z\d]", doc):
            if "-" in word and norm(word) == key and any(ch.isupper() for ch in word):
                counts[word] += 1
    return counts.most_common(1)[0][0] if counts else None


def preset_spelling(preset: str, folder: str, description: str) -> str | None:
    """The size a keras-hub preset id gives after its model folder's name ("mit_b0_ade20k_512"
    of `mit`: "b0"), written after the model's name as the preset's description spells it
    ("MiT (MixTransformer) model with 8 transformer blocks." -> "MiT") and in capitals:
    "MiT-B0"; None when the description does not open with the folder's name or no size
    follows it."""
    size = re.match(rf"{re.escape(folder)}_([a-z]\d+)_", preset)
    words = description.split()
    if not size or not words or words[0].casefold() != folder.casefold():
        return None
    return f"{words[0]}-{size.group(1).upper()}"


_INCLUDE = re.compile(r"The (?P<family>\w+) algorithms include (?P<list>[^.]*?) models\b")


def included_models(doc: str) -> tuple[str, list[str]] | None:
    """(family, models) of "The word2vec algorithms include skip-gram and CBOW models":
    ("word2vec", ["skip-gram", "CBOW"])."""
    found = _INCLUDE.search(" ".join(doc.split()))
    if not found:
        return None
    models = [m.strip() for m in re.split(r",\s*|\s+and\s+", found.group("list")) if m.strip()]
    return found.group("family"), models


# -- readers ----------------------------------------------------------------------------------


def separation_dataset_facts() -> list[Fact]:
    """The music separation data sets musdb and dsdtools are for (module docstring): data
    sets, modality audio."""
    by_name: dict[str, Fact] = {}
    v, _ = sources._package("musdb", "musdb")
    name = summary_dataset(sources.summary("musdb"))
    if name and not _denied(name):
        sources_more.add_fact(by_name, "dataset", "dataset", name,
                              f"{v}: package metadata Summary", "dataset", modality="audio",
                              task="music source separation")  # fmt: skip
    v, root = sources._package("dsdtools", "dsdtools")
    for path in sorted((root / "configs").glob("*.yaml")):
        header = path.read_text(encoding="utf-8").splitlines()[0]
        name = header_name(header, path.stem)
        if name and not _denied(name):
            sources_more.add_fact(by_name, "dataset", "dataset", name,
                                  f"{v}: configs/{path.name} header comment", "dataset",
                                  modality="audio", task="music source separation")  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def sdv_synthesizer_facts() -> list[Fact]:
    """The models sdv's single-table synthesizers are named for (`synthesizer_model`): model
    families of kind other."""
    v, root = sources._package("sdv", "sdv")
    init = root / "single_table" / "__init__.py"
    by_name: dict[str, Fact] = {}
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__all__":
            for item in ast.literal_eval(node.value):
                name = synthesizer_model(item)
                if name and not _denied(name):
                    where = f"{v}: single_table/__init__.py __all__ {item!r}"
                    sources_more.add_fact(by_name, "model", "family", name, where, "other")
    return [by_name[name] for name in sorted(by_name)]


def segformer_backbone_facts() -> list[Fact]:
    """The encoders SegFormer's metafile lists (`collection_backbones`): model families of
    kind vision."""
    import yaml

    v, root = sources._package("mmsegmentation", "mmseg")
    path = root / ".mim" / "configs" / "segformer" / "metafile.yaml"
    metafile = yaml.safe_load(path.read_text(encoding="utf-8"))
    facts = []
    for name in collection_backbones(metafile):
        if not _denied(name):
            where = f"{v}: configs/segformer/metafile.yaml Architecture {name!r}"
            facts.append(Fact("model", "family", name, where, kind="vision"))
    return facts


def mmaction2_split_facts() -> list[Fact]:
    """The data sets mmaction2's split parsers name (`split_dataset`): data sets, modality
    video."""
    v, root = sources._package("mmaction2", "mmaction")
    path = root / ".mim" / "tools" / "data" / "parse_file_list.py"
    by_name: dict[str, Fact] = {}
    for node, doc in sources_more.definitions(path):
        name = split_dataset(doc)
        if name and not _denied(name):
            where = f"{v}: tools/data/parse_file_list.py {node.name} docstring"
            sources_more.add_fact(by_name, "dataset", "dataset", name, where, "dataset",
                                  modality="video")  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def _dataset_items(node: ast.ClassDef) -> list[tuple[str, list[str]]]:
    """(name, ids) of each `X = DatasetItem("<name>", <id or ids>)` in a class body."""
    found = []
    for item in node.body:
        call = getattr(item, "value", None)
        if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "DatasetItem":
            args = [ast.literal_eval(a) for a in call.args]
            ids = args[1] if isinstance(args[1], list) else [args[1]]
            found.append((args[0], ids))
    return found


def pyabsa_facts() -> list[Fact]:
    """pyabsa's aspect-polarity data sets named by a domain and a SemEval year
    (`year_domain_name`); data sets, modality text, those of its SemEval group noted."""
    v, root = sources._package("pyabsa", "pyabsa")
    module = "tasks/AspectPolarityClassification/dataset_utils/dataset_list.py"
    tree = ast.parse((root / module).read_text(encoding="utf-8"))
    by_name: dict[str, Fact] = {}
    for node in tree.body:
        if not (isinstance(node, ast.ClassDef) and node.name == "APCDatasetList"):
            continue
        items = _dataset_items(node)
        semeval = {i.split(".", 1)[-1] for name, ids in items if name == "SemEval" for i in ids}
        for name, _ in items:
            if not year_domain_name(name) or _denied(name):
                continue
            note = "in pyabsa's SemEval group" if name in semeval else None
            where = f"{v}: {module} APCDatasetList {name!r}"
            sources_more.add_fact(by_name, "dataset", "dataset", name, where, "dataset",
                                  modality="text", task="aspect polarity classification",
                                  note=note)  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def facenet_facts() -> list[Fact]:
    """The face data sets facenet-pytorch's description trains its models on
    (`training_datasets`): data sets, modality image."""
    v, _ = sources._package("facenet-pytorch", "facenet_pytorch")
    facts = []
    for name, aliases in training_datasets(sources.description("facenet-pytorch")):
        aliases = [a for a in aliases if not _denied(a)]
        if not _denied(name):
            where = f"{v}: package description model table 'Training dataset'"
            facts.append(Fact("dataset", "dataset", name, where, aliases=aliases, kind="dataset",
                              modality="image", task="face recognition"))  # fmt: skip
    return facts


def document_vqa_facts() -> list[Fact]:
    """The data set lmms-eval's infovqa group loads with the spelling its vmcbench task gives
    the group (`group_spellings`), then mmpretrain's multimodal data-set classes
    (`class_spelling`): data sets, modality image for mmpretrain's."""
    by_name: dict[str, Fact] = {}
    v, root = sources._package("lmms-eval", "lmms_eval")
    tasks = root / "tasks"
    groups: dict[str, str] = {}
    for folder in sorted(p for p in tasks.iterdir() if p.is_dir()):
        template = folder / f"_default_template_{folder.name}_yaml"
        if not template.is_file():
            continue
        text = template.read_text(encoding="utf-8")
        loaded = re.search(r"^dataset_name: *(\S+)", text, re.MULTILINE)
        if loaded:
            groups[norm(folder.name)] = loaded.group(1)
    tree = ast.parse((tasks / "vmcbench" / "utils.py").read_text(encoding="utf-8"))
    spellings: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == (
            "datasets_category_map"
        ):
            spellings = list(ast.literal_eval(node.value))
    for dataset, aliases in sorted(group_spellings(spellings, groups).items()):
        aliases = [a for a in aliases if not _denied(a)]
        if _denied(dataset):
            continue
        folder = next(f for f, d in groups.items() if d == dataset)
        where = (f"{v}: tasks/{folder}/_default_template_{folder}_yaml dataset_name; "
                 f"{v}: tasks/vmcbench/utils.py datasets_category_map")  # fmt: skip
        sources_more.add_fact(by_name, "dataset", "dataset", dataset, where, "benchmark",
                              aliases=aliases)  # fmt: skip
    v, root = sources._package("mmpretrain", "mmpretrain")
    folder = root / "datasets"
    exported = _multimodal_classes(folder / "__init__.py")
    for path in sorted(folder.glob("*.py")):
        for node, doc in sources_more.classes(path):
            if node.name not in exported:
                continue
            spelled = class_spelling(node.name, doc)
            if spelled is None or _denied(spelled[0], *spelled[1]):
                continue
            name, aliases = spelled
            where = f"{v}: datasets/{path.name} {node.name} docstring"
            sources_more.add_fact(by_name, "dataset", "dataset", name, where, "dataset",
                                  aliases=aliases, modality="image")  # fmt: skip
            if aliases and by_name[name].aliases != aliases:
                by_name[name].aliases += [a for a in aliases if a not in by_name[name].aliases]
    return [by_name[name] for name in sorted(by_name)]


def _multimodal_classes(init) -> set[str]:
    """The class names mmpretrain's `datasets/__init__.py` adds with `__all__.extend([...])`
    (its multimodal data sets)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(init.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", "") == "extend"
            and getattr(node.func.value, "id", "") == "__all__"
        ):
            found |= set(ast.literal_eval(node.args[0]))
    return found


def helm_described_facts(families: dict[str, str]) -> list[Fact]:
    """HELM's sized models of a family not known so far whose description opens with the
    checkpoint's name (`described_checkpoint`): the family and the checkpoint, with the Hub
    id one deployment states; kind as HELM's tags say."""
    import yaml

    v, root = sources._package("crfm-helm", "helm")
    config = root / "config"
    models = yaml.safe_load((config / "model_metadata.yaml").read_text(encoding="utf-8"))
    deployments = yaml.safe_load((config / "model_deployments.yaml").read_text(encoding="utf-8"))
    deployed: dict[str, set[str]] = {}
    for deployment in deployments["model_deployments"]:
        args = (deployment.get("client_spec") or {}).get("args") or {}
        hub = sources_round27.hub_id(args.get("pretrained_model_name_or_path"))
        if hub:
            deployed.setdefault(deployment["model_name"], set()).add(hub)
    by_name: dict[str, Fact] = {}
    facts: list[Fact] = []
    for model in models["models"]:
        helm_name, display = model["name"], str(model.get("display_name") or "")
        found = described_checkpoint(display, str(model.get("description") or ""))
        if found is None or norm(found[0]) in families or _denied(*found):
            continue
        family, checkpoint = found
        kind = sources_round27._helm_kind(list(model.get("tags") or ()))
        org = model.get("creator_organization_name")
        note = f"creator organisation (HELM): {org}" if org else None
        where = f"{v}: config/model_metadata.yaml {helm_name} display_name {display!r}"
        if family not in by_name:
            by_name[family] = Fact("model", "family", family, where, kind=kind, note=note)
        hubs = sorted(deployed.get(helm_name, ()))
        where = f"{v}: config/model_metadata.yaml {helm_name} description"
        facts.append(Fact("model", "checkpoint", checkpoint, where,
                          match_keys=[helm_name.split("/", 1)[-1]],
                          hf_id=hubs[0] if len(hubs) == 1 else None, family=family,
                          kind=kind, note=note))  # fmt: skip
    return [by_name[name] for name in sorted(by_name)] + facts


def keras_hub_spelling_facts(families: dict[str, str]) -> list[Fact]:
    """The spelling keras-hub's model folders' docstrings give a family known so far by the
    folder's name (`folder_spelling`), where no name of the family spells it so: a fact
    named by it, which joins the family as an alias."""
    v, root = sources._package("keras-hub", "keras_hub")
    facts = []
    for folder in sorted(p for p in (root / "src" / "models").iterdir() if p.is_dir()):
        family = families.get(norm(folder.name))
        if family is None:
            continue
        docs = [doc for path in sorted(folder.glob("*.py"))
                for _, doc in sources_more.definitions(path)]  # fmt: skip
        spelled = folder_spelling(folder.name, docs)
        if spelled is None or spelled == family or _denied(spelled):
            continue
        where = f"{v}: src/models/{folder.name}/ class docstrings {spelled!r}"
        facts.append(Fact("model", "family", spelled, where, kind="other"))
    return facts


def keras_hub_preset_facts(known: set[str]) -> list[Fact]:
    """The sized names keras-hub's presets spell (`preset_spelling`) of a model a source read
    before names, separators and case aside ("MiT-B0" of mmsegmentation's "MIT-B0"): facts
    that join it as aliases, never new entries."""
    v, root = sources._package("keras-hub", "keras_hub")
    by_name: dict[str, Fact] = {}
    for path in sorted((root / "src" / "models").glob("*/*_presets.py")):
        folder = path.parent.name
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = getattr(node, "targets", [None])[0]
            if getattr(target, "id", "") != "backbone_presets_with_weights":
                continue
            for preset, config in ast.literal_eval(node.value).items():
                description = str((config.get("metadata") or {}).get("description") or "")
                spelled = preset_spelling(preset, folder, description)
                if spelled is None or norm(spelled) not in known or _denied(spelled):
                    continue
                where = f"{v}: src/models/{folder}/{path.name} {preset!r} description"
                sources_more.add_fact(by_name, "model", "family", spelled, where, "other")
    return [by_name[name] for name in sorted(by_name)]


def gensim_facts() -> list[Fact]:
    """The algorithms gensim's word2vec module docstring says the word2vec family includes
    (`included_models`): model families of kind embedding, the family noted."""
    v, root = sources._package("gensim", "gensim")
    doc = ast.get_docstring(ast.parse((root / "models" / "word2vec.py").read_text("utf-8")))
    found = included_models(doc or "")
    if found is None:
        return []
    family, models = found
    facts = []
    for name in models:
        spelled = name[:1].upper() + name[1:]  # "skip-gram" as a name: "Skip-gram"
        if _denied(name, spelled):
            continue
        where = f"{v}: models/word2vec.py module docstring"
        facts.append(Fact("model", "family", spelled, where, kind="embedding",
                          note=f"one of the {family} algorithms (gensim)"))  # fmt: skip
    return facts
