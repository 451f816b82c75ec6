"""Readers of a sixty-first round (requirements-read-round61.txt), in sources.py's style.
A proactive round: names papers use and the catalog lacked, from robustness, materials-science
and embodied-AI benchmarks and from a speech model's and a segmentation model's packages,
where a package states them. Seven distributions are new, all installed without their
dependencies: robustbench 1.1.1, openai-whisper 20250625, matbench 0.6, jarvis-tools
2026.6.12, habitat-lab and habitat-baselines 0.3.320260507, TotalSegmentator 2.18.0. Every
place is read as files (module source through `ast`, JSON shipped in the package, the package
metadata), never imported.

- robustbench: the corrupted test sets `data.py`'s literal `CORRUPTIONS_DIR_NAMES` names, the
  folder each benchmark data set's corruptions are read from (`corruption_sets`: CIFAR-10-C,
  CIFAR-100-C, ImageNet-C, ImageNet-3DCC); and the benchmark its description is titled by, a
  level-1 heading "<Name>: <subtitle>" whose name read without case and separators is the
  import name (`titled_name`: "# RobustBench: a standardized adversarial robustness
  benchmark").
- openai-whisper: the checkpoints `whisper/__init__.py`'s literal `_MODELS` table names, each
  key a checkpoint "Whisper-<key>" of the Whisper family; a key whose download file is
  another key's (`turbo` of `large-v3-turbo.pt`) is that key's alias, not a checkpoint of its
  own (`whisper_checkpoints`).
- matbench: the benchmark a `<Name>Benchmark` class's docstring opens with, "The core class
  for benchmarking with <Name>.", the name read without case the import name
  (`benchmark_class`: Matbench); and the tasks of the benchmark's dataset metadata file
  `matbench_v0.1_dataset_metadata.json`, each key as written, where the key begins with the
  import name and an underscore (`benchmark_tasks`: matbench_dielectric, matbench_mp_gap).
- jarvis-tools: the databases a class docstring names as "<PREFIX>-<PART>", where the prefix
  read without case is the distribution's first part (`prefixed_names`: db/webpages.py's
  "Get content of JARVIS-DFT and JARVIS-FF webpages."); and the data sets
  `db/figshare.py`'s `get_db_info` table names in its download messages, "Obtaining <Name>
  [dataset] <size>", where the name read without case and separators is the table's key or
  its file's stem (`obtained_name`: 'qmof' "Obtaining QMOF dataset 20k...", 'hopv'
  with 'hopv_15.json' "Obtaining HOPV15 dataset 4.5k...").
- habitat-lab: the data set a dataset class's docstring names, "... loads <Name> ...", where
  the class is "<Name>Dataset..." read without case (`loaded_dataset`: Matterport3dDatasetV1's
  "loads Matterport3D Embodied Question Answering dataset" -> Matterport3D, denied below).
- habitat-baselines: the data sets its description links as "[<Name> dataset](<url>#<anchor>)",
  the anchor the name read without case and separators (`anchored_dataset`: "[ReplicaCAD
  dataset](https://github.com/facebookresearch/habitat-sim/blob/main/DATASETS.md#replicacad)").
- TotalSegmentator: the model a distribution is named for, where its metadata `Name` has a
  capital inside a word and the nnU-Net task identifiers its `libs.py` downloads carry that
  name ("Task251_TotalSegmentator_part1_organs_1139subj") (`named_model`).

docs/catalog.md ("A sixty-first round of sources") states the rules, and what was looked
at and not read.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import re

import sources
import sources_more
import sources_round60
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND61: dict[str, str] = {
    # openai-whisper's `_MODELS["large"]`, which downloads large-v3.pt.
    "Whisper-large": "the package's 'large' now loads large-v3; the catalog's Whisper-large is "
    "the first large checkpoint (the Hub's openai/whisper-large), which an alias would merge "
    "with large-v3",
    # habitat-lab datasets/eqa/mp3d_eqa_dataset.py Matterport3dDatasetV1 "... loads Matterport3D
    # Embodied Question Answering dataset".
    "Matterport3D": "on the read sets its only mentions are false links: dev24's 'Matterport3D "
    "Simulator' (a simulator, which the labelling guideline counts as a tool), and dev45's "
    "'Habitat-Matterport3D dataset (HM3D)', where the entry inside the long form splits it "
    "from its acronym",
    # openai-whisper's `_MODELS["large-v1"]`, the first large checkpoint's file.
    "Whisper-large-v1": "the first large checkpoint, which the catalog has as Whisper-large (the "
    "Hub's openai/whisper-large); a second entry would be its twin",
    # jarvis-tools db/figshare.py: 'cod' "Obtaining COD dataset 431k".
    "COD": "the Crystallography Open Database in JARVIS' table; in capitals also the fish, "
    "cash on delivery and camouflaged object detection's COD10K",
    # jarvis-tools db/figshare.py: 'arXiv' "Obtaining arXiv dataset 1.8 million...".
    "arXiv": "the preprint server, which every paper cites; JARVIS' table of its abstracts is "
    "one of many",
    # jarvis-tools db/figshare.py: 'ocp_all' "Obtaining OCPall dataset 510214...".
    "OCPall": "JARVIS' label of its copy of the Open Catalyst Project's data (OC20, which the "
    "catalog has); no paper writes it",
    # jarvis-tools db/figshare.py: 'ocp100k' "Obtaining OCP100k dataset 149886...".
    "OCP100k": "JARVIS' label of its 100k sample of the Open Catalyst Project's data (OC20, "
    "which the catalog has); no paper writes it",
    # jarvis-tools db/figshare.py: 'qe_tb' "Obtaining QETB dataset 860k...".
    "QETB": "JARVIS' label of its Quantum ESPRESSO tight-binding set; papers name the "
    "ThreeBodyTB data otherwise",
}

# Denied by an earlier round (round 60's `_denied`, which asks the rounds before it) or by
# this one. (Round 60 was written on another branch at the same time; chained to it when
# the two were merged.)
_denied = sources_more.denial(sources_round60._denied, DENY_ROUND61)


# -- name rules (pure) ------------------------------------------------------------------------


def corruption_sets(source: str) -> list[str]:
    """The folder names a module's literal `CORRUPTIONS_DIR_NAMES` dict gives, a dict per
    benchmark data set of threat model -> folder, in the order written:
    'CORRUPTIONS_DIR_NAMES = {BenchmarkDataset.cifar_10: {ThreatModel.corruptions:
    "CIFAR-10-C"}, ...}' -> ["CIFAR-10-C", ...]."""
    for node in ast.parse(source).body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if not (isinstance(target, ast.Name) and target.id == "CORRUPTIONS_DIR_NAMES"):
            continue
        if not isinstance(node.value, ast.Dict):
            return []
        names: list[str] = []
        for inner in node.value.values:
            if isinstance(inner, ast.Dict):
                names += [v.value for v in inner.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str)]  # fmt: skip
        return list(dict.fromkeys(names))
    return []


def titled_name(import_name: str, description: str) -> str | None:
    """The name a description's first level-1 Markdown heading outside fenced code gives
    before a colon, where it read without case and separators is the import name:
    ("robustbench", "# RobustBench: a standardized adversarial robustness benchmark") ->
    "RobustBench"; a heading of another name, or no colon -> None."""
    line = sources_more.first_title(description)
    found = re.match(r"# ([A-Za-z][\w-]*): \S", line) if line is not None else None
    return found[1] if found and norm(found[1]) == norm(import_name) else None


def _literal_dict(source: str, name: str) -> dict[str, object]:
    """The literal dict a module assigns to `name` at its top level ({} if none)."""
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and isinstance(node.value, ast.Dict)
        ):
            value = ast.literal_eval(node.value)
            return value if isinstance(value, dict) else {}
    return {}


def whisper_checkpoints(models: dict[str, object]) -> list[tuple[str, list[str], str]]:
    """(checkpoint, aliases, key) of each key of openai-whisper's `_MODELS` (key -> download
    URL), named "Whisper-<key>"; a key whose URL's file is another key's file ("turbo" ->
    ".../large-v3-turbo.pt") is that key's alias "Whisper-<key>" and no checkpoint:
    {"tiny.en": ".../tiny.en.pt", "large-v3-turbo": ".../large-v3-turbo.pt", "turbo":
    ".../large-v3-turbo.pt"} -> [("Whisper-tiny.en", [], "tiny.en"),
    ("Whisper-large-v3-turbo", ["Whisper-turbo"], "large-v3-turbo")]."""
    files = {k: str(url).rsplit("/", 1)[-1].removesuffix(".pt") for k, url in models.items()}
    found: list[tuple[str, list[str], str]] = []
    for key, stem in files.items():
        if stem != key and stem in files:
            continue
        aliases = [f"Whisper-{k}" for k, s in files.items() if s == key and k != key]
        found.append((f"Whisper-{key}", aliases, key))
    return found


def benchmark_class(import_name: str, class_name: str, doc: str) -> str | None:
    """The benchmark a "<Name>Benchmark" class's docstring opens with, "The core class for
    benchmarking with <Name>.", the name read without case the class's prefix and the
    import name: ("matbench", "MatbenchBenchmark", "The core class for benchmarking with
    Matbench.") -> "Matbench"."""
    if not class_name.endswith("Benchmark"):
        return None
    found = re.match(r"The core class for benchmarking with ([A-Z][\w-]*)\.", doc.strip())
    if not found or norm(found[1]) != norm(class_name.removesuffix("Benchmark")):
        return None
    return found[1] if norm(found[1]) == norm(import_name) else None


def benchmark_tasks(import_name: str, metadata: dict[str, object]) -> list[tuple[str, str]]:
    """(task, task type) of each key of a benchmark's dataset metadata that begins with the
    import name and an underscore, as written: ("matbench", {"matbench_dielectric":
    {"task_type": "regression", ...}}) -> [("matbench_dielectric", "regression")]."""
    found: list[tuple[str, str]] = []
    for key, value in metadata.items():
        if key.startswith(f"{import_name}_") and isinstance(value, dict):
            found.append((key, str(value.get("task_type", ""))))
    return found


def prefixed_names(prefix: str, doc: str) -> list[str]:
    """The names a docstring writes as "<PREFIX>-<Part>" in the prefix's capitals, where the
    prefix read without case is `prefix`: ("jarvis", "Get content of JARVIS-DFT and
    JARVIS-FF webpages.") -> ["JARVIS-DFT", "JARVIS-FF"]."""
    names = re.findall(rf"\b({re.escape(prefix.upper())}-[A-Z][A-Za-z\d]*)\b", doc)
    return list(dict.fromkeys(names))


def obtained_name(key: str, filename: str, message: str) -> str | None:
    """The data set a JARVIS download message names, "Obtaining <Name> [dataset] <size>",
    one word with a capital (`m3gnet_mpf`, `foundry_ml_exp_bandgaps` are identifiers, not
    names), where the name read without case and separators is the table's key or its
    file's stem: ("qmof", "qmof_db.json", "Obtaining QMOF dataset 20k...") -> "QMOF";
    ("hopv", "hopv_15.json", "Obtaining HOPV15 dataset 4.5k...") -> "HOPV15"; ("dft_3d",
    "jdft_3d-9-24-2025.json", "Obtaining 3D dataset 94k ...") -> None."""
    found = re.match(r"Obtaining (\S+) (?:dataset ?)?[\d.]+(?:k|mil| million)?\b", message)
    if not found:
        return None
    name = found[1]
    if not re.search(r"[A-Z]", name):
        return None
    stem = filename.removesuffix(".json")
    return name if norm(name) in (norm(key), norm(stem)) else None


def loaded_dataset(class_name: str, doc: str) -> str | None:
    """The data set a dataset class's docstring says it loads, "... loads <Name> ...", where
    the class is "<Name>Dataset..." read without case: ("Matterport3dDatasetV1", "Class
    inherited from Dataset that loads Matterport3D Embodied Question Answering dataset.")
    -> "Matterport3D"."""
    prefix = re.match(r"([A-Z]\w*?)Dataset", class_name)
    found = re.search(r"\bloads ([A-Z][\w-]*)", " ".join(doc.split()))
    if not prefix or not found or norm(found[1]) != norm(prefix[1]):
        return None
    return found[1]


def anchored_dataset(description: str) -> list[str]:
    """The data sets a description links as "[<Name> dataset](<url>#<anchor>)", the anchor
    the name read without case and separators: "[ReplicaCAD dataset](https://github.com/
    facebookresearch/habitat-sim/blob/main/DATASETS.md#replicacad)" -> ["ReplicaCAD"]."""
    found = re.findall(r"\[([A-Z][\w-]*) dataset\]\([^)#\s]*#([\w-]+)\)", description)
    return list(dict.fromkeys(n for n, anchor in found if norm(n) == norm(anchor)))


def named_model(name: str, import_name: str, libs_source: str) -> str | None:
    """The model a distribution is named for: its metadata `Name` with a capital inside a
    word, the import name read without case, where the nnU-Net task identifiers its source
    names carry it ("Task251_<Name>_part1_organs_1139subj"): ("TotalSegmentator",
    "totalsegmentator", '"nnUNet/3d_fullres/Task251_TotalSegmentator_part1_organs_1139subj"')
    -> "TotalSegmentator"."""
    if not re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", name) or norm(name) != norm(import_name):
        return None
    return name if re.search(rf"\bTask\d+_{re.escape(name)}_", libs_source) else None


# -- readers ----------------------------------------------------------------------------------


def robustbench_facts() -> list[Fact]:
    """The corrupted test sets robustbench's `data.py` names (`corruption_sets`: CIFAR-10-C,
    CIFAR-100-C, ImageNet-C, ImageNet-3DCC), data sets of modality image; and the benchmark
    its description is titled by (`titled_name`: RobustBench), modality image."""
    v, root = sources._package("robustbench", "robustbench")
    facts: list[Fact] = []
    for name in corruption_sets((root / "data.py").read_text(encoding="utf-8")):
        where = f"{v}: data.py CORRUPTIONS_DIR_NAMES '{name}'"
        sources_more.append_new_fact(facts, _denied, Fact(
            "dataset", "dataset", name, where, kind="dataset", modality="image",
            task="corruption robustness"))  # fmt: skip
    title = titled_name("robustbench", sources.description("robustbench"))
    if title:
        where = f"{v}: package description heading '{title}'"
        sources_more.append_new_fact(facts, _denied, Fact(
            "dataset", "dataset", title, where, kind="benchmark", modality="image",
            task="adversarial robustness"))  # fmt: skip
    return facts


def whisper_facts() -> list[Fact]:
    """The checkpoints openai-whisper's `_MODELS` table names (`whisper_checkpoints`), of the
    Whisper family; kind speech."""
    v, root = sources._package("openai-whisper", "whisper")
    models = _literal_dict((root / "__init__.py").read_text(encoding="utf-8"), "_MODELS")
    facts: list[Fact] = []
    for name, aliases, key in whisper_checkpoints(models):
        aliases = [a for a in aliases if not _denied(a)]
        where = f"{v}: whisper/__init__.py _MODELS['{key}']"
        fact = Fact("model", "checkpoint", name, where, aliases=aliases, family="Whisper",
                    kind="speech")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def matbench_facts() -> list[Fact]:
    """The benchmark matbench's `bench.py` class opens with (`benchmark_class`: Matbench) and
    the tasks of its v0.1 dataset metadata (`benchmark_tasks`); modality molecule, as the
    catalog files the Materials Project."""
    v, root = sources._package("matbench", "matbench")
    facts: list[Fact] = []
    for node, doc in sources_more.classes(root / "bench.py"):
        name = benchmark_class("matbench", node.name, doc)
        if name:
            where = f"{v}: bench.py {node.name} docstring"
            sources_more.append_new_fact(facts, _denied, Fact(
                "dataset", "dataset", name, where, kind="benchmark", modality="molecule",
                task="materials property prediction"))  # fmt: skip
    path = root / "matbench_v0.1_dataset_metadata.json"
    metadata = json.loads(path.read_text(encoding="utf-8"))
    for name, task_type in benchmark_tasks("matbench", metadata):
        where = f"{v}: matbench_v0.1_dataset_metadata.json '{name}'"
        sources_more.append_new_fact(facts, _denied, Fact(
            "dataset", "dataset", name, where, kind="benchmark", modality="molecule",
            task=task_type or None))  # fmt: skip
    return facts


def _db_info(source: str) -> list[tuple[str, str, str]]:
    """(key, file name, message) of each entry of the literal dict `get_db_info` builds in
    jarvis-tools' `db/figshare.py`: key -> [url, file name, message, reference, ...]."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and node.name == "get_db_info":
            table = next((n for n in ast.walk(node) if isinstance(n, ast.Dict)), None)
            if table is None:
                return []
            rows: list[tuple[str, str, str]] = []
            for key, value in zip(table.keys, table.values, strict=True):
                if not (isinstance(key, ast.Constant) and isinstance(value, ast.List)):
                    continue
                texts = [e.value if isinstance(e, ast.Constant) else "" for e in value.elts]
                if len(texts) >= 3:
                    rows.append((str(key.value), str(texts[1]), str(texts[2])))
            return rows
    return []


def jarvis_facts() -> list[Fact]:
    """The databases jarvis-tools' `db/webpages.py` class docstring names (`prefixed_names`:
    JARVIS-DFT, JARVIS-FF) and the data sets its `db/figshare.py` download table names
    (`obtained_name`: QMOF, hMOF, C2DB, HOPV15, CCCBDB); data sets of modality molecule."""
    v, root = sources._package("jarvis-tools", "jarvis")
    facts: list[Fact] = []
    for node, doc in sources_more.classes(root / "db" / "webpages.py"):
        for name in prefixed_names("jarvis", doc):
            where = f"{v}: db/webpages.py {node.name} docstring"
            sources_more.append_new_fact(
                facts,
                _denied,
                Fact("dataset", "dataset", name, where, kind="dataset", modality="molecule"),
            )
    rows = _db_info((root / "db" / "figshare.py").read_text(encoding="utf-8"))
    for key, filename, message in rows:
        name = obtained_name(key, filename, message)
        if name:
            where = f"{v}: db/figshare.py get_db_info '{key}'"
            sources_more.append_new_fact(
                facts,
                _denied,
                Fact("dataset", "dataset", name, where, kind="dataset", modality="molecule"),
            )
    return facts


def habitat_facts() -> list[Fact]:
    """The data set a habitat-lab dataset class loads (`loaded_dataset`: Matterport3D, denied)
    and habitat-baselines' anchored data-set links (`anchored_dataset`: ReplicaCAD); data sets
    of modality embodied."""
    v, root = sources._package("habitat-lab", "habitat")
    facts: list[Fact] = []
    for path in sorted((root / "datasets").rglob("*.py")):
        for node, doc in sources_more.classes(path):
            name = loaded_dataset(node.name, doc)
            if name:
                where = f"{v}: {path.relative_to(root).as_posix()} {node.name} docstring"
                fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="embodied")
                sources_more.append_new_fact(facts, _denied, fact)
    baselines = sources.source_label("habitat-baselines")
    for name in anchored_dataset(sources.description("habitat-baselines")):
        where = f"{baselines}: package description link '[{name} dataset](...)'"
        fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="embodied")
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def totalsegmentator_facts() -> list[Fact]:
    """The model TotalSegmentator's distribution is named for (`named_model`), kind vision."""
    v, root = sources._package("TotalSegmentator", "totalsegmentator")
    name = importlib.metadata.metadata("TotalSegmentator")["Name"]
    found = named_model(name, "totalsegmentator", (root / "libs.py").read_text(encoding="utf-8"))
    facts: list[Fact] = []
    if found:
        where = f"{v}: package metadata Name and libs.py nnU-Net task identifiers"
        sources_more.append_new_fact(
            facts,
            _denied,
            Fact(
                "model",
                "family",
                found,
                where,
                kind="vision",
                note="an nnU-Net model segmenting anatomical structures in CT and MR images",
            ),
        )
    return facts
