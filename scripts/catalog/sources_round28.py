"""Readers of a twenty-eighth round (requirements-read-round28.txt), in sources.py's style: the
registries of data sets and models that domain packages of audio, temporal graphs, therapeutics,
pathology, medical imaging and distribution shift keep, read as files and never imported.
Like the twenty-first and twenty-third rounds it is not driven by a gold set's errors: every
name the places below state that passes the guard is taken, so that papers in those fields find
more names.

- soundata and mirdata: each data-set loader module `datasets/<id>.py` opens its docstring with
  the data set's name, "ESC-50 Dataset Loader", "TAU Urban Acoustic Scenes 2019 Loader",
  "Jazz Trio Database (JTD) Loader" (`loader_title`): the loaders are how the packages
  document which data sets they cover, and the title is the name as the data set's authors
  write it. A lower-case title ("cante100 Loader", "beatport_key Dataset Loader") names the
  data set only where the module's text also spells it with a capital (`module_spelling`).
  Data sets, modality audio.
- torch-geometric-temporal: the recurrent and attention graph networks of `nn/**` and the data
  sets of `dataset/*`. A class exported by its `nn` package whose docstring quotes its paper's
  title is that paper's model when the title names it before ":" as the class does ("GC-LSTM:
  Graph Convolution Embedded LSTM ..." of `GCLSTM`; the class's variants `EvolveGCNH` and
  `EvolveGCNO` of "EvolveGCN: ..." are the paper's EvolveGCN-H and EvolveGCN-O), when the
  title opens with a long form whose initials are the class name ("Diffusion Convolutional
  Recurrent Neural Network: ..." of `DCRNN`), or when the docstring opens "An implementation
  of the <...> Cell/Unit/Network(s)/Memory" (`GConvGRU`, "Chebyshev Graph Convolutional Gated
  Recurrent Unit Cell"; `temporal_model`): these are the networks papers on traffic and
  epidemic forecasting compare, under the class names the library made current. A
  `<Name>DatasetLoader` class exported by `dataset` is the data set its module's text spells
  `<Name>` as, with a capital and separators where it writes them (`METRLADatasetLoader` ->
  METR-LA; `module_spelling`). Model families of kind other; data sets, modality graph.
- PyTDC: the data-set ids of `tdc/metadata.py`'s `*_dataset_names` lists (its task
  registry), each kept where the package's source spells it with a capital (`scpdb` ->
  scPDB, `dude` -> DUD-E; `module_spelling`); TDC's own names with "_" (`Caco2_Wang`) are
  identifiers, not names. Data sets, modality molecule.
- tiatoolbox: `data/pretrained_model.yaml`, the registry of its pretrained models: the data
  set each was trained on (`dataset:`, else the key's part after its last "-",
  `hovernet_fast-pannuke`), spelled with a capital in the package's source (PanNuke, CoNSeP);
  and each model's `architecture.class`, named as its module spells the class (`HoVerNet`,
  a `Model` suffix dropped; `module_spelling`), the generic `CNNModel` and `UNetModel` aside.
  Data sets of modality image; model families of kind vision.
- torchio and wilds: a data-set class (torchio's `datasets` exports, wilds' `<Name>Dataset`
  classes) whose docstring's first paragraph writes a name before "(challenge) dataset",
  with lower-case description words allowed between ("The CAMELYON17-WILDS histopathology
  dataset", "the original CAMELYON17 dataset", "CT-RATE dataset.", "EPISURG is a clinical
  dataset"), kept where the name's
  words contain the class name's CamelCase parts in order (`class_named_dataset`). Data sets,
  modality image (torchio) or none (wilds spans modalities).

The name rules are the pure functions at the top, tested in `tests/test_catalog28.py`;
docs/catalog.md ("A twenty-eighth round of sources") states them, and what was looked at and
not read (torchdrug, learn2learn, robustbench).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import sources
import sources_more
import sources_round27
from rules import Fact, _word_runs, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND28: dict[str, str] = {
    "Compmuic IAMMS": "mirdata's compmusic_iamms loader title, a misspelling of CompMusic; no "
    "paper writes it so",
    "Hainsworth": "mirdata's beat-tracking data set is named by its author's surname; the name "
    "alone would link every citation of Hainsworth's papers",
    "Kumar": "tiatoolbox's hovernet_original-kumar names the data set by its author's surname; "
    "the name alone would link every author called Kumar",
    "OED": "tiatoolbox's hovernetplus-oed (oral epithelial dysplasia); in capitals also the "
    "Oxford English Dictionary and optimal experimental design",
    "TAP": "PyTDC's developability data set (Therapeutic Antibody Profiler); in capitals also a "
    "word and other methods' acronym",
    "hERG": "PyTDC's toxicity data sets are named after the hERG potassium channel, which papers "
    "name as a drug target, not a data set",
    "DALI": "mirdata's singing-voice data set; in ML papers DALI is as often NVIDIA's data-loading "
    "library, which the name would link",
    "BAF": "mirdata's loader title; in capitals also the B-allele frequency and other acronyms",
    "ENCODE": "wilds' transcription-factor data set from the ENCODE project; in capitals also the "
    "encoding step of pseudo-code listings (ENCODE(x))",
    "OGB-molpcba": "wilds' respelling of ogbg-molpcba, which ogb names",
    "DCASE23 Task 4B": "soundata's loader for a DCASE challenge task; papers name the task, and "
    "its data set by its own name",
    "DCASE 2023 Task-6A": "soundata's loader for a DCASE challenge task (its data is Clotho)",
    "DCASE 2023 Task-6B": "soundata's loader for a DCASE challenge task (its data is Clotho)",
}


# Denied by an earlier round (sources_round27._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round27._denied, DENY_ROUND28)


_LOADER = re.compile(r"^(?P<name>.+?)(?: [Dd]ataset)? [Ll]oader\.?$")
_ABBREVIATED = re.compile(r"^(?P<long>.+?) \((?P<abbr>[A-Z][A-Za-z0-9-]+)\)(?P<rest>(?: \S+)*)$")


def loader_title(first_line: str) -> tuple[str, list[str]] | None:
    """The data set a loader module's docstring title names, with its long form as an alias:
    "ESC-50" of "ESC-50 Dataset Loader", "TAU Urban Acoustic Scenes 2019" of "TAU Urban
    Acoustic Scenes 2019 Loader"; "<Long> (<ABBR>) <rest>" gives "<ABBR> <rest>" and the long
    form ("STARSS 2022" and "Sony-TAu Realistic Spatial Soundscapes 2022"). None for a title
    without a capital or a digit-free lower-case id ("cante100", "beatport_key": see
    `module_spelling`), with "_" ("DCASE23_Task2"), or not a loader's."""
    found = _LOADER.match(first_line.strip())
    if not found:
        return None
    name = found.group("name").strip()
    if "_" in name or not any(ch.isupper() for ch in name):
        return None
    abbreviated = _ABBREVIATED.match(name)
    if abbreviated:
        rest = abbreviated.group("rest")
        return abbreviated.group("abbr") + rest, [abbreviated.group("long") + rest]
    return name, []


def loader_id(first_line: str) -> str | None:
    """The lower-case id a loader title gives where it has no capital ("cante100" of
    "cante100 Loader", "beatport_key" of "beatport_key Dataset Loader")."""
    found = _LOADER.match(first_line.strip())
    if not found or any(ch.isupper() for ch in found.group("name")):
        return None
    return found.group("name").strip()


def module_spelling(text: str, identifier: str) -> str | None:
    """How a package's text spells an identifier, with a capital: the most frequent run of up
    to four words whose letters and digits are the identifier's, case and separators aside,
    code identifiers (with "_") and the identifier itself not counted ("METR-LA" for `METRLA`,
    "scPDB" for `scpdb`, "DUD-E" for `dude`); ties go to the spelling with separators."""
    key = norm(identifier)
    counts: dict[str, int] = {}
    for spelling in _word_runs(text):
        if norm(spelling) != key or "_" in spelling or spelling == identifier:
            continue
        if any(ch.isupper() for ch in spelling):
            counts[spelling] = counts.get(spelling, 0) + 1
    if not counts:
        return None
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]


_QUOTED = re.compile(r'`"([^"]+)"\s*<[^>]+>`_')
_IMPLEMENTATION = re.compile(
    r"^An implementation of the (?:the )?(?P<long>[A-Z][\w-]*(?: [A-Z][\w-]*)*) "
    r"(?:Cell|Unit|Network|Networks|Memory)\b"
)


def temporal_model(class_name: str, doc: str) -> list[tuple[str, list[str]]]:
    """The models a torch-geometric-temporal class is, with aliases, from its docstring:
    the name its quoted paper title gives before ":" when it spells the class name, case and
    separators aside ("GC-LSTM" for `GCLSTM`, alias the class), or the class name without a
    last capital ("EvolveGCN" for `EvolveGCNH`: then both "EvolveGCN" and the variant
    "EvolveGCN-H"); the class name when the title opens with a long form whose initials spell
    it ("Diffusion Convolutional Recurrent Neural Network: ..." of `DCRNN`, the long form an
    alias) or when the docstring opens "An implementation of the ... Cell" (or Unit, Network,
    Networks, Memory; `GConvGRU`). Nothing for a layer, block or mechanism, nor for a class
    with no quoted title."""
    text = " ".join(doc.split())
    titles = _QUOTED.findall(text)
    if not titles or not re.fullmatch(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*", class_name):
        return []
    for title in titles:
        head, colon, _ = title.partition(":")
        head = head.strip()
        if colon and " " not in head and norm(head) == norm(class_name):
            aliases = [class_name] if head != class_name else []
            return [(head, aliases)]
        variant = class_name[len(head) :]
        if (
            colon
            and " " not in head
            and re.fullmatch(r"[A-Z]", variant or "-")
            and (norm(head) == norm(class_name[: len(head)]))
        ):
            return [(head, []), (f"{head}-{variant}", [class_name])]
        words = re.findall(r"[A-Za-z]+", head) if colon else []
        initials = "".join(w[0] for w in words)
        if words and all(w[0].isupper() for w in words) and initials == class_name:
            return [(class_name, [" ".join(head.split())])]
    if _IMPLEMENTATION.match(text) and not re.search(r"\d$", class_name):
        return [(class_name, [])]
    return []


_DATASET_PHRASE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<name>(?:[A-Za-z0-9][\w.:+-]* ){0,6}?[A-Za-z0-9][\w.:+-]*)"
    r"(?P<description>(?: [a-z][a-z0-9/-]*| /)*) (?:challenge )?dataset\b"
)
_NAME_WORD = re.compile(r"[A-Za-z0-9][\w.:+-]*")
_NOT_NAME_WORDS = {"The", "A", "This", "Full", "Dataset"}


def _camel_parts(class_name: str) -> list[str]:
    return re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+|\d+", class_name)


def class_named_dataset(class_name: str, doc: str) -> list[str]:
    """The data sets a data-set class's docstring names in its first paragraph: a run of
    words each with a capital or a digit, before "dataset" or "challenge dataset", lower-case
    description words allowed between ("The CAMELYON17-WILDS histopathology dataset", "the
    original CAMELYON17 dataset", "CT-RATE dataset.", "RSNA 2022 Cervical Spine Fracture
    Detection dataset", "[EPISURG ](...) is a clinical dataset"), kept where its words contain
    the class name's CamelCase parts in order, case aside (`Camelyon17Dataset`, `CtRate`,
    `RSNACervicalSpineFracture`); markdown links are read as their text. A leading "The",
    "A", "This" or "Full" is dropped, and a run stops at "Dataset" ("... Yelp Open Dataset
    This dataset")."""
    stem = re.sub(r"Dataset$", "", class_name)
    parts = [p.casefold() for p in _camel_parts(stem)]
    if not parts:
        return []
    paragraph = doc.split("\n\n")[0]
    paragraph = re.sub(r"\[([^\]]+?)\s*\]\([^)]*\)", r"\1", paragraph)
    text = " ".join(paragraph.split())
    found: list[str] = []
    for sentence in re.split(r"(?<=\.) ", text):
        for match in _DATASET_PHRASE.finditer(sentence):
            words = match.group("name").split()
            # The run of name words ending before "dataset": each with a capital or a digit.
            run: list[str] = []
            for word in reversed(words):
                if not (_NAME_WORD.fullmatch(word) and re.search(r"[A-Z0-9]", word)):
                    break
                if word in _NOT_NAME_WORDS:  # "... Yelp Open Dataset This dataset ..."
                    break
                run.insert(0, word)
            name = " ".join(run).rstrip(".:")
            if not name or name in found:
                continue
            haystack = norm(name)
            position = 0
            for part in parts:
                position = haystack.find(part, position)
                if position < 0:
                    break
                position += len(part)
            else:
                found.append(name)
    return found


def _module_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def audio_loader_facts() -> list[Fact]:
    """The data sets soundata's and mirdata's loader modules are titled by (`loader_title`),
    or, for a lower-case title, spelled as in the module's text (`module_spelling`): data
    sets, modality audio, one per name with every module that states it."""
    by_name: dict[str, Fact] = {}
    for distribution in ("soundata", "mirdata"):
        v, root = sources._package(distribution, distribution)
        for path in sorted((root / "datasets").glob("*.py")):
            text = _module_text(path)
            doc = ast.get_docstring(ast.parse(text)) or ""
            first = doc.split("\n", 1)[0]
            titled = loader_title(first)
            if titled is None:
                identifier = loader_id(first)
                spelled = module_spelling(text, identifier) if identifier else None
                titled = (spelled, []) if spelled else None
            if titled is None or _denied(titled[0], *titled[1]):
                continue
            name, aliases = titled
            where = f"{v}: datasets/{path.name} module docstring"
            sources_more.add_fact(by_name, "dataset", "dataset", name, where, "dataset",
                                  aliases=list(aliases), modality="audio")  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def _exported(init: Path) -> set[str]:
    """The names a package's `__init__.py` imports from its modules."""
    names: set[str] = set()
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            names.update(alias.asname or alias.name for alias in node.names)
    return names


def temporal_graph_facts() -> tuple[list[Fact], list[Fact]]:
    """torch-geometric-temporal's networks (`temporal_model`, classes its `nn` subpackages
    export) and data sets (`<Name>DatasetLoader` classes `dataset` exports, named as the
    module spells `<Name>`): model families of kind other, data sets of modality graph."""
    v, root = sources._package("torch-geometric-temporal", "torch_geometric_temporal")
    models: dict[str, Fact] = {}
    for init in sorted((root / "nn").glob("*/__init__.py")):
        exported = _exported(init)
        for path in sorted(init.parent.glob("*.py")):
            for node, doc in sources_more.classes(path):
                if node.name not in exported:
                    continue
                for name, aliases in temporal_model(node.name, doc):
                    if _denied(name, *aliases):
                        continue
                    where = f"{v}: nn/{init.parent.name}/{path.name} {node.name} docstring"
                    sources_more.add_fact(models, "model", "family", name, where, "other",
                                          aliases=list(aliases),
                                          match_keys=[node.name])  # fmt: skip
    datasets: dict[str, Fact] = {}
    exported = _exported(root / "dataset" / "__init__.py")
    for path in sorted((root / "dataset").glob("*.py")):
        text = _module_text(path)
        try:
            tree = ast.parse(text)
        except SyntaxError:  # dataset/download.py does not parse in 0.56.2; it names none
            continue
        for node in tree.body:
            if not isinstance(node, ast.ClassDef) or node.name not in exported:
                continue
            if not node.name.endswith("DatasetLoader"):
                continue
            name = module_spelling(text, node.name[: -len("DatasetLoader")])
            if not name or _denied(name):
                continue
            where = f"{v}: dataset/{path.name} {node.name} module text"
            sources_more.add_fact(datasets, "dataset", "dataset", name, where, "dataset")
            datasets[name].modality = "graph"
    return [models[n] for n in sorted(models)], [datasets[n] for n in sorted(datasets)]


# PyTDC's lists that are not data sets: test fixtures and the oracles' paired sets.
_TDC_NOT_DATASETS = ("test_single_pred_dataset_names", "test_multi_pred_dataset_names",
                     "molgenpaired_dataset_names")  # fmt: skip


def tdc_facts() -> list[Fact]:
    """The data sets of PyTDC's `*_dataset_names` lists spelled with a capital in the
    package's source (`module_spelling`): data sets, modality molecule."""
    v, root = sources._package("PyTDC", "tdc")
    text = "\n".join(_module_text(p) for p in sorted(root.rglob("*.py")))
    by_name: dict[str, Fact] = {}
    for node in ast.parse((root / "metadata.py").read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.List)):
            continue
        target = getattr(node.targets[0], "id", "")
        if not target.endswith("_dataset_names") or target in _TDC_NOT_DATASETS:
            continue
        for element in node.value.elts:
            if not isinstance(element, ast.Constant) or not isinstance(element.value, str):
                continue
            name = module_spelling(text, element.value)
            if not name or _denied(name):
                continue
            where = f"{v}: metadata.py {target} {element.value!r}"
            sources_more.add_fact(by_name, "dataset", "dataset", name, where, "dataset")
            by_name[name].modality = "molecule"
    return [by_name[name] for name in sorted(by_name)]


_GENERIC_TIA_CLASSES = {"CNNModel", "UNetModel", "EfficientUNetTissueMaskModel"}


def tiatoolbox_facts() -> tuple[list[Fact], list[Fact]]:
    """tiatoolbox's pretrained-model registry (`data/pretrained_model.yaml`): the data sets its
    models were trained on, spelled with a capital in the package's source, and the
    architectures named as their module spells the class (`module_spelling`); model
    families of kind vision, data sets of modality image."""
    import yaml

    v, root = sources._package("tiatoolbox", "tiatoolbox")
    registry = yaml.safe_load((root / "data" / "pretrained_model.yaml").read_text("utf-8"))
    text = "\n".join(_module_text(p) for p in sorted(root.rglob("*.py")))
    datasets: dict[str, Fact] = {}
    models: dict[str, Fact] = {}
    for key in sorted(registry):
        entry = registry[key]
        # The key's part after its one "-" names the data set where no `dataset:` does
        # ("hovernet_fast-pannuke"); "resnet34-idars-msi" names a prediction target.
        suffix = key.split("-")[1] if key.count("-") == 1 and "_" not in key.split("-")[1] else None
        stated = entry.get("dataset") or suffix
        name = module_spelling(text, stated) if stated else None
        if name and not _denied(name):
            where = f"{v}: data/pretrained_model.yaml {key}"
            sources_more.add_fact(datasets, "dataset", "dataset", name, where, "dataset")
            datasets[name].modality = "image"
        module, _, class_name = entry.get("architecture", {}).get("class", "").rpartition(".")
        if not class_name or class_name in _GENERIC_TIA_CLASSES:
            continue
        path = root / "models" / "architecture" / f"{module}.py"
        if not path.exists():
            continue
        stem = re.sub(r"(?<=[A-Za-z])Model$", "", class_name)
        own = _module_text(path)
        spelled = module_spelling(own, stem) or (stem if re.search(rf"\b{stem}\b", own) else None)
        if not spelled or _denied(spelled, class_name):
            continue
        where = f"{v}: data/pretrained_model.yaml {key} architecture {class_name}"
        if spelled in models:
            if f" {key} " not in models[spelled].source:
                models[spelled].source += f"; {where}"
            continue
        aliases = (
            [class_name] if class_name != spelled and norm(class_name) == norm(spelled) else []
        )
        models[spelled] = Fact("model", "family", spelled, where, aliases=aliases,
                               match_keys=[class_name], kind="vision")  # fmt: skip
    return [models[n] for n in sorted(models)], [datasets[n] for n in sorted(datasets)]


def _class_dataset_facts(
    distribution: str,
    top: str,
    paths: list[Path],
    exported: set[str] | None,
    modality: str | None,
    root: Path,
) -> dict[str, Fact]:
    v, _ = sources._package(distribution, top)
    by_name: dict[str, Fact] = {}
    for path in paths:
        for node, doc in sources_more.classes(path):
            if exported is not None and node.name not in exported:
                continue
            if exported is None and not node.name.endswith("Dataset"):
                continue
            for name in class_named_dataset(node.name, doc):
                if _denied(name, node.name):
                    continue
                where = f"{v}: {path.relative_to(root).as_posix()} {node.name} docstring"
                sources_more.add_fact(by_name, "dataset", "dataset", name, where, "dataset")
                by_name[name].modality = modality
    return by_name


def class_dataset_facts() -> list[Fact]:
    """The data sets torchio's `datasets` classes and wilds' `<Name>Dataset` classes name in
    their docstrings (`class_named_dataset`): data sets, modality image for torchio's."""
    _, torchio_root = sources._package("torchio", "torchio")
    folder = torchio_root / "datasets"
    exported = _exported(folder / "__init__.py")
    facts = _class_dataset_facts("torchio", "torchio", sorted(folder.rglob("*.py")), exported,
                                 "image", torchio_root)  # fmt: skip
    _, wilds_root = sources._package("wilds", "wilds")
    wilds = _class_dataset_facts("wilds", "wilds",
                                 sorted((wilds_root / "datasets").glob("*_dataset.py")), None,
                                 None, wilds_root)  # fmt: skip
    for name, fact in wilds.items():
        if name in facts:
            facts[name].source += f"; {fact.source}"
        else:
            facts[name] = fact
    return [facts[name] for name in sorted(facts)]
