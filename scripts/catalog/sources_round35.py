"""Readers of a thirty-fifth round (requirements-read-round35.txt), in sources.py's style. Like
the thirtieth and thirty-fourth rounds it was asked for names papers use that the catalog
lacked; each place below is still read whole, and every name it states that passes the guard
is taken. All packages are read as files and package metadata, never imported (torchdrug and
proteinworkshop declare Python < 3.11 and are installed with `--ignore-requires-python` for
that reason only).

- mmhuman3d (the thirty-fourth round's pin): the "Supported methods:" list of its description,
  each ticked linked item with its venue and year (`supported_items`, the thirty-fourth
  round's list rule under another heading): HMR, SPIN, VIBE, HybrIK, PARE, ExPose, PyMAF-X,
  CLIFF; the optimisation-based fits, the loss and the refiners around any estimator are
  denied (below).
- demucs (the twentieth round's pin): the package's own models its description links to
  their arXiv paper (`paper_linked_models`: "[Hybrid Transformer Demucs][htdemucs]" with
  "[htdemucs]: https://arxiv.org/abs/2211.08553"), the reference key an alias where the
  description lists it as a model ("- `htdemucs`: first version of Hybrid Transformer Demucs").
- torchdrug (new): the short names `models/__init__.py` gives published models under its
  "# alias" comment (`alias_models`: `GearNet = GeometryAwareRelationalGraphNeuralNetwork`,
  whose docstring reads "Geometry Aware Relational Graph Neural Network proposed in ...").
- proteinworkshop (new): the "Name" column of the model tables under its description's
  "## Models" heading (`model_table_names`: "| `GearNet`| [Zhang et al.](...) | ✓").
- hear21passt (new): the model its description's first heading names as the package's
  (`heading_model`: "# PaSST package for HEAR 2021 ...", the package's name ending "passt").
- soundnet (new): the model its summary names as the package (`summary_model`: "sound
  classification with SoundNet").
- keras-hub (the fourth round's pin): a `Backbone` class named by the abbreviation its
  docstring opens with (`abbreviated_backbone`: "A Multimodal Diffusion Transformer (MMDiT)
  model." of class MMDiT).
- gym-torcs (new): the environment its `__init__.py` registers (`Torcs-v0`), named as the
  package's modules spell it most often with capitals (`frequent_spelling`: "TORCS").
- torch-eyepacs (new): the data sets its summary names (`summary_datasets`: "Dataset class for
  PyTorch and the EyePACS & EyeQ datasets").
- magenta (new): the model each `models/<folder>/__init__.py` docstring imports
  (`imported_model`: "Imports Onsets and Frames model."), and the data set a
  `..._create_dataset_<key>.py` module is named for, as the module spells the key with capitals
  (`dataset_module_name`: `onsets_frames_transcription_create_dataset_maps.py`, "MAPS files").
- torchaudio and asteroid (read since the first round): the spelling a torchaudio data set's
  citation key gives its name with a version (`cited_spelling`: "*MUSDB_HQ* :cite:`MUSDB18HQ`
  dataset."), and the data sets asteroid's data-class docstrings list with their download
  link, with their other spellings in the same docstring (`linked_list_names`: "- MUSDB18 HQ:
  https://zenodo.org/record/3338373", "MUSDB18-HQ"), a name read before joining it.

The name rules are the pure functions at the top, tested in `tests/test_catalog35.py`;
docs/catalog.md ("A thirty-fifth round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import re
from collections import Counter

import sources
import sources_more
import sources_round33
import sources_round34
from rules import Fact, norm, separated_spellings

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND35: dict[str, str] = {
    "SMPLify": "mmhuman3d's optimisation-based fitting of SMPL to keypoints, a method with no "
    "trained network",
    "SMPLify-X": "mmhuman3d's optimisation-based fitting of SMPL-X, a method with no trained "
    "network",
    "BalancedMSE": "mmhuman3d's Balanced MSE, a regression loss",
    "DeciWatch": "mmhuman3d's sampling-denoising-recovering framework around any pose "
    "estimator, not a model of its own",
    "SmoothNet": "mmhuman3d's refiner of any estimator's outputs, as CorrectAndSmooth is denied",
    "EGNN": "proteinworkshop's E(n)-equivariant graph network; papers write EGNN for the kind "
    "of E(n)-equivariant layers as often as for Satorras et al.'s network (the read dev sets' "
    "two uses are not labelled)",
    "Music VAE": "magenta's MusicVAE as its music_vae folder's docstring spells it; folded, "
    "'a music VAE' is the generic phrase",
    "NFP": "torchdrug's Neural Fingerprints; NFP is also the non-functional property and other "
    "acronyms",
}


# Denied by an earlier round (sources_round34._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round34._denied, DENY_ROUND35)


# -- name rules (pure) ------------------------------------------------------------------------

_LIST_ITEM = re.compile(r"^- \[x\] \[(?P<name>[^\]\n]+)\]\([^)\s]+\) \([^)]*'\d{4}\)$")


def supported_items(description: str, heading: str) -> list[str]:
    """The names of a description's list under `heading` ("Supported methods:"), each a ticked
    linked item with its venue and year ("- [x] [HMR](https://...) (CVPR'2018)" -> "HMR"), in
    order and each once; the list ends at the next heading-like line or `</details>`. An item
    joining two names with a slash is not one name."""
    names: list[str] = []
    inside = False
    for line in description.splitlines():
        line = line.strip()
        if line == heading:
            inside = True
        elif inside and (line == "</details>" or line.endswith(":")):
            break
        elif (
            inside
            and (found := _LIST_ITEM.match(line))
            and "/" not in found["name"]
            and found["name"] not in names
        ):
            names.append(found["name"])
    return names


_REFERENCE = re.compile(r"^\[(?P<key>[\w-]+)\]: (?P<url>\S+)$", re.M)


def paper_linked_models(description: str, package: str) -> list[tuple[str, list[str]]]:
    """(name, aliases) of the package's own models a description links to their arXiv paper
    by a reference-style link whose text names the package ("[Hybrid Transformer
    Demucs][htdemucs]" with "[htdemucs]: https://arxiv.org/abs/2211.08553"). The reference key
    is an alias where the description lists it as a model ("- `htdemucs`: first version of
    ..."). Links to a repository, or whose text does not name the package ("[our
    paper][htdemucs]", "[D3Net][d3net]"), name nothing here."""
    papers = {
        m["key"]: m["url"]
        for m in _REFERENCE.finditer(description)
        if m["url"].startswith("https://arxiv.org/abs/")
    }
    found: list[tuple[str, list[str]]] = []
    for text, key in re.findall(r"\[([^\]\n]+)\]\[([\w-]+)\]", description):
        if key not in papers or package.casefold() not in text.casefold():
            continue
        if not re.fullmatch(r"[A-Z][\w-]*(?: [A-Z][\w-]*)*", text):
            continue
        listed = re.search(rf"^- `{re.escape(key)}`:", description, re.M)
        if all(text != name for name, _ in found):
            found.append((text, [key] if listed else []))
    return found


def alias_models(module_source: str, docs: dict[str, str]) -> list[tuple[str, str]]:
    """(short name, class) of each assignment `Short = LongClass` after a module's "# alias"
    comment, where the class's docstring names a published model ("<Long form> proposed in
    `<paper>`_") and the short name is coined (a capital after its first letter):
    "GearNet = GeometryAwareRelationalGraphNeuralNetwork" -> ("GearNet", ...). A class whose
    docstring does not say "proposed in" ("Neural Fingerprints from ...") names none."""
    marker = module_source.find("# alias")
    if marker < 0:
        return []
    pairs = []
    for node in ast.parse(module_source[marker:]).body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Name)
        ):
            short, cls = node.targets[0].id, node.value.id
            first = docs.get(cls, "").strip().split("\n\n", 1)[0]
            if " proposed in" in first and sources_round33.coined(short):
                pairs.append((short, cls))
    return pairs


_TABLE_NAME = re.compile(r"^\|\s*`(?P<name>[^`|]+)`\s*\|\s*\[[^\]]+\]\(https?://[^)]+\)\s*\|", re.M)


def model_table_names(description: str) -> list[str]:
    """The names the tables under a description's "## Models" heading give in their first
    column, in backticks with a linked source ("| `GearNet`| [Zhang et al.](https://...) |
    ✓" -> "GearNet"), in order; tables under other headings ("## Datasets") are not read."""
    found = re.search(r"^## Models\s*$(?P<body>.*?)(?=^## )", description, re.M | re.S)
    if not found:
        return []
    names: list[str] = []
    for row in _TABLE_NAME.finditer(found["body"]):
        if row["name"].strip() not in names:
            names.append(row["name"].strip())
    return names


def heading_model(description: str, package: str) -> str | None:
    """The model a description's first heading names as the package's: "# PaSST package for
    HEAR 2021 ..." of hear21passt -> "PaSST" (the name, with a capital after its first letter,
    is how the package's name ends, read without case)."""
    found = re.search(r"^# (\S+) package\b", description, re.M)
    if not found or not sources_round33.coined(found[1]):
        return None
    name = found[1]
    return name if norm(package).endswith(norm(name)) else None


def summary_model(summary: str, package: str) -> str | None:
    """The model a summary names as the package: "sound classification with SoundNet" of
    soundnet -> "SoundNet" (a word with a capital after its first letter that is the package's
    name, read without case)."""
    for word in re.findall(r"[A-Za-z][\w-]*", summary):
        if norm(word) == norm(package) and sources_round33.coined(word):
            return word
    return None


def abbreviated_backbone(class_name: str, doc: str) -> tuple[str, str] | None:
    """(name, long form) of a class whose docstring opens "A <Long Form> (<class>) model.":
    "A Multimodal Diffusion Transformer (MMDiT) model." of MMDiT -> ("MMDiT", "Multimodal
    Diffusion Transformer"); any other opening, or another abbreviation, names nothing."""
    found = re.match(r"An? ([A-Z][\w-]*(?: [A-Z][\w-]*)+) \(([\w-]+)\) model\.", doc.strip())
    if not found or found[2] != class_name:
        return None
    return found[2], found[1]


def frequent_spelling(texts: list[str], key: str) -> str | None:
    """The spelling with a capital, as a whole word, that the texts give `key` most often
    (ties: the first met): "TORCS" seven times, "Torcs" three -> "TORCS"; identifiers
    (`TorcsEnv`, `torcs_env`) are other words."""
    counts: Counter[str] = Counter()
    for text in texts:
        for word in re.findall(r"(?<![\w.])[A-Za-z]+(?![\w])", text):
            if word.casefold() == key.casefold() and word != word.lower():
                counts[word] += 1
    return counts.most_common(1)[0][0] if counts else None


def summary_datasets(summary: str) -> list[str]:
    """The data sets a summary names as "the <A> & <B> datasets" or "the <A> dataset", each
    one coined word: "Dataset class for PyTorch and the EyePACS & EyeQ datasets, ..." ->
    ["EyePACS", "EyeQ"]."""
    found = re.search(r"\bthe ([\w-]+(?: (?:&|and) [\w-]+)*) datasets?\b", summary)
    if not found:
        return []
    names = re.split(r" (?:&|and) ", found[1])
    return names if all(sources_round33.coined(n) for n in names) else []


def cited_spelling(doc: str) -> tuple[str, str] | None:
    """(name, spelling) where a data-set docstring's citation key spells its emphasised name
    with a version: "*MUSDB_HQ* :cite:`MUSDB18HQ` dataset." -> ("MUSDB_HQ", "MUSDB18HQ"). The
    key must have a capital and a digit, and its letters must be the name's (read without case
    and separators): "*LJSpeech-1.1* :cite:`ljspeech17`" and "*GTZAN*
    :cite:`tzanetakis_essl_cook_2001`" give none."""
    found = re.match(r"\*([^*\n]+)\* :cite:`([^`]+)`", doc.strip())
    if not found:
        return None
    name, key = found.groups()
    if not re.search(r"\d", key) or key == key.lower() or norm(key) == norm(name):
        return None
    letters = re.sub(r"\d", "", norm(key))
    return (name, key) if letters == re.sub(r"\d", "", norm(name)) else None


def linked_list_names(doc: str) -> list[tuple[str, list[str]]]:
    """(name, spellings) of the data sets a docstring lists with a download link ("- MUSDB18
    HQ: https://zenodo.org/record/3338373" -> "MUSDB18 HQ"), with the docstring's other
    spellings of the name that only differ in separators ("MUSDB18-HQ"). A line without the
    colon ("- MUSDB18     https://...") names nothing."""
    found = []
    for name in re.findall(r"^\s*- ([A-Z][\w.-]*(?: [\w.-]+)*): https?://\S+$", doc, re.M):
        others = [s for s in separated_spellings(doc, name) if s != name]
        found.append((name, others))
    return found


def imported_model(doc: str) -> str | None:
    """The model a package folder's `__init__.py` docstring says it imports: "Imports Onsets
    and Frames model." -> "Onsets and Frames"; "Imports SVG VAE." (no "model") and "Import of
    Score2Perf problem module." name none."""
    found = re.fullmatch(r"Imports ([A-Z][\w-]*(?: [\w-]+)*) model\.", doc.strip())
    return found[1] if found else None


def dataset_module_name(stem: str, text: str) -> str | None:
    """The data set a `<prefix>_create_dataset_<key>` module is named for, as the module's text
    spells the key most often with capitals as a whole word (`frequent_spelling`):
    ("onsets_frames_transcription_create_dataset_maps", "... the un-zipped MAPS files ...")
    -> "MAPS"; a module without a key ("..._create_dataset") or that never spells it with
    capitals names none."""
    found = re.fullmatch(r"\w+_create_dataset_(?P<key>[a-z][a-z0-9]*)", stem)
    return frequent_spelling([text], found["key"]) if found else None


# -- readers ----------------------------------------------------------------------------------


def mmhuman3d_method_facts() -> list[Fact]:
    """The methods mmhuman3d's description lists as supported (`supported_items`): model
    families of kind vision, noted as 3D human pose and shape estimation."""
    v, _ = sources._package("mmhuman3d", "mmhuman3d")
    facts = []
    for name in supported_items(sources.description("mmhuman3d"), "Supported methods:"):
        if _denied(name):
            continue
        facts.append(Fact("model", "family", name,
                          f"{v}: package description 'Supported methods' {name!r}",
                          kind="vision", note="3D human pose and shape estimation"))  # fmt: skip
    return facts


def demucs_paper_facts() -> list[Fact]:
    """demucs' own models its description links to their paper (`paper_linked_models`):
    families of kind audio."""
    v, _ = sources._package("demucs", "demucs")
    facts = []
    for name, aliases in paper_linked_models(sources.description("demucs"), "Demucs"):
        if not _denied(name, *aliases):
            where = f"{v}: package description link [{name}]"
            facts.append(Fact("model", "family", name, where, aliases=aliases, kind="audio"))
    return facts


def _molecular(doc: str) -> bool:
    return bool(re.search(r"protein|molecul", doc.split("\n\n", 1)[0], re.I))


def torchdrug_facts() -> list[Fact]:
    """The published models torchdrug's `models/__init__.py` names in its alias section
    (`alias_models`): families of kind molecule where the paper its docstring cites is on
    proteins or molecules, else other."""
    v, root = sources._package("torchdrug", "torchdrug")
    models = root / "models"
    docs = {
        node.name: doc
        for path in sorted(models.glob("*.py"))
        for node, doc in sources_more.definitions(path)
    }
    source = (models / "__init__.py").read_text(encoding="utf-8")
    facts = []
    for short, cls in alias_models(source, docs):
        if _denied(short):
            continue
        kind = "molecule" if _molecular(docs[cls]) else "other"
        facts.append(Fact("model", "family", short, f"{v}: models/__init__.py {short} = {cls}",
                          match_keys=[cls], kind=kind))  # fmt: skip
    return facts


def proteinworkshop_facts() -> list[Fact]:
    """The encoders proteinworkshop's description tabulates under "## Models"
    (`model_table_names`): families of kind molecule."""
    v, _ = sources._package("proteinworkshop", "proteinworkshop")
    facts = []
    for name in model_table_names(sources.description("proteinworkshop")):
        if not _denied(name):
            where = f"{v}: package description 'Models' table {name!r}"
            facts.append(Fact("model", "family", name, where, kind="molecule"))
    return facts


def named_package_facts() -> list[Fact]:
    """The models hear21passt's first heading (`heading_model`) and soundnet's summary
    (`summary_model`) name as the package: families of kind audio."""
    facts = []
    v = sources.source_label("hear21passt")
    name = heading_model(sources.description("hear21passt"), "hear21passt")
    if name and not _denied(name):
        facts.append(Fact("model", "family", name, f"{v}: package description heading {name!r}",
                          kind="audio"))  # fmt: skip
    v = sources.source_label("soundnet")
    name = summary_model(sources.summary("soundnet"), "soundnet")
    if name and not _denied(name):
        facts.append(Fact("model", "family", name, f"{v}: package metadata Summary",
                          kind="audio"))  # fmt: skip
    return facts


def keras_hub_abbreviated_facts() -> list[Fact]:
    """keras-hub's `Backbone` classes named by the abbreviation their docstring opens with
    (`abbreviated_backbone`: MMDiT), the long form an alias; kind diffusion where the model
    folder is a diffusion model's (stable_diffusion_3), else other."""
    v, root = sources._package("keras-hub", "keras_hub")
    facts = []
    for path in sorted((root / "src" / "models").glob("*/*.py")):
        for node, doc in sources_more.definitions(path):
            bases = [getattr(b, "id", "") for b in getattr(node, "bases", [])]
            if not isinstance(node, ast.ClassDef) or "Backbone" not in bases:
                continue
            found = abbreviated_backbone(node.name, doc)
            if not found or _denied(found[0]):
                continue
            relative = path.relative_to(root).as_posix()
            kind = "diffusion" if "diffusion" in path.parent.name else "other"
            facts.append(Fact("model", "family", found[0], f"{v}: {relative} {node.name} docstring",
                              aliases=[found[1]], kind=kind))  # fmt: skip
    return facts


def torcs_facts() -> list[Fact]:
    """The environment gym-torcs registers (`Torcs-v0`), named by the spelling its modules
    give it most often with capitals (`frequent_spelling`): a benchmark of modality embodied,
    as the catalog files simulators (CARLA)."""
    v, root = sources._package("gym-torcs", "gym_torcs")
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.py"))]
    facts = []
    for env_id in sources._registered_ids(root / "__init__.py"):
        base = re.sub(r"-v\d+$", "", env_id)
        name = frequent_spelling(texts, base)
        if name and not _denied(name):
            where = f"{v}: __init__.py register(id={env_id!r}), modules' spelling {name!r}"
            facts.append(Fact("dataset", "dataset", name, where, kind="benchmark",
                              modality="embodied"))  # fmt: skip
    return facts


def eyepacs_facts() -> list[Fact]:
    """The data sets torch-eyepacs' summary names (`summary_datasets`): data sets of modality
    image (fundus photographs)."""
    v = sources.source_label("torch-eyepacs")
    summary = sources.summary("torch-eyepacs")
    facts = []
    for name in summary_datasets(summary):
        if not _denied(name):
            where = f"{v}: package metadata Summary {name!r}"
            facts.append(Fact("dataset", "dataset", name, where, kind="dataset", modality="image"))
    return facts


def torchaudio_cited_facts() -> list[Fact]:
    """The spelling a torchaudio data set's citation key gives its name (`cited_spelling`):
    an alias of the data set the first round read from the same docstring."""
    v, root = sources._package("torchaudio", "torchaudio")
    facts = []
    for path in sorted((root / "datasets").glob("*.py")):
        for node, doc in sources_more.definitions(path):
            found = cited_spelling(doc)
            if isinstance(node, ast.ClassDef) and found and not _denied(*found):
                facts.append(Fact("dataset", "dataset", found[0],
                                  f"{v}: datasets.{node.name} docstring :cite:`{found[1]}`",
                                  aliases=[found[1]], match_keys=[node.name],
                                  kind="dataset"))  # fmt: skip
    return facts


def asteroid_linked_facts(named: dict[str, str]) -> list[Fact]:
    """The data sets asteroid's data-class docstrings list with a download link
    (`linked_list_names`); a name read before (`named`: norm -> that fact's name) joins it,
    its spellings aliases. Modality audio."""
    v, root = sources._package("asteroid", "asteroid")
    by_name: dict[str, Fact] = {}
    for path in sorted((root / "data").glob("*.py")):
        for node, doc in sources_more.definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            for name, others in linked_list_names(doc):
                if _denied(name, *others):
                    continue
                joined = named.get(norm(name), name)
                aliases = [a for a in [name, *others] if a != joined]
                where = f"{v}: data/{path.name} {node.name} docstring {name!r}"
                sources_more.add_fact(by_name, "dataset", "dataset", joined, where, "dataset",
                                      aliases=aliases, modality="audio")  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def magenta_facts() -> tuple[list[Fact], list[Fact]]:
    """(models, data sets) magenta states: the model each `models/<folder>/__init__.py`
    docstring imports (`imported_model`), families of kind audio (the folders' models are
    music models); the data set a `models/*/..._create_dataset_<key>.py` module is named for
    (`dataset_module_name`: MAPS), modality audio, task music transcription."""
    v, root = sources._package("magenta", "magenta")
    models: list[Fact] = []
    for path in sorted((root / "models").glob("*/__init__.py")):
        name = imported_model(sources_more.module_docstring(path))
        if name and not _denied(name):
            where = f"{v}: models/{path.parent.name}/__init__.py docstring"
            models.append(Fact("model", "family", name, where, kind="audio"))
    datasets: list[Fact] = []
    for path in sorted((root / "models").glob("*/*_create_dataset_*.py")):
        name = dataset_module_name(path.stem, path.read_text(encoding="utf-8"))
        if name and not _denied(name):
            where = f"{v}: models/{path.parent.name}/{path.name} {name!r}"
            datasets.append(Fact("dataset", "dataset", name, where, kind="dataset",
                                 modality="audio", task="music transcription"))  # fmt: skip
    return models, datasets
