"""Readers of a further round of packages (requirements-read-more.txt), in sources.py's style.

Each package is installed without its dependencies and read as files (module source through
`ast`), never imported. The name rules are the pure functions at the top, so the tests run
them on excerpts in the project's own venv; the readers below apply them to the packages:

- pytorchcv: its model classes, each named by its docstring's "<Name> model from '<paper>'",
  and the builder functions "<Name>-<depth> model from '<paper>'" of such a family;
- segmentation-models-pytorch: the architecture each `decoders/*/model.py` class documents
  ("`U-Net++`__ is a fully convolution neural network ...");
- torchxrayvision: the data set each `*_Dataset` class's docstring names ("PadChest dataset");
- torchreid: the data set each `data/datasets/{image,video}` class's docstring names
  ("DukeMTMC-reID."), and the `reid/models` networks whose docstring opens with the long form
  their name abbreviates ("Omni-Scale Network." for OSNet);
- allennlp-models: the model each `modelcards/*.json` card's description says it implements
  ("This is an implementation of the BiDAF model ...");
- keras-hub: the model each `src/models/*/*_backbone.py` `<Name>Backbone` class is, spelled
  as its docstring's first sentence spells it ("GPT-NeoX core network");
- flair: the corpus each `datasets/sequence_labeling.py` class's `__init__` docstring
  initialises ("Initialize the CleanCoNLL corpus.");
- pyod: its neural-network detectors, the class named like its `models/<module>.py` where the
  module describes a neural network ("DeepSVDD", "AnoGAN", "AnomalyTransformer");
- dgllife: the model each `model/model_zoo` class's docstring introduces ("MGCN is introduced
  in `<paper>`", "Weisfeiler-Lehman Network (WLN) for ...", "DGMG model `<paper>`");
- deepchem: the data set each MoleculeNet loader `molnet/load_function/*.py` `load_<name>`
  opens its docstring with ("Load QM7 dataset").

A fifth round (2026-12):

- dgl: the data set each `data/*.py` `<Name>Dataset` class's docstring opens with ("ICEWS18
  dataset for temporal graph", "Wiki-CS is a Wikipedia-based dataset"), one word spelling
  the class's `<Name>`;
- kornia: the local-feature networks of `feature/**/*.py` whose class docstring names the
  class as a detector, descriptor, matcher or model ("ALIKED local feature detector",
  "using the DISK method", "from the paper \"LoFTR: ...");
- minihack: its own `register(id="MiniHack-...")` ids in `envs/*.py`, as minigrid's are read;
- mujoco, minihack, alfworld: the platform the package summary opens with ("MuJoCo Physics
  Simulator", "ALFWorld - Aligning ...").

docs/catalog.md ("Generated catalog", "A fourth round of sources") states the rules.
"""

from __future__ import annotations

import ast
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import sources
from rules import DENY, Fact, norm, separated_spellings, split_camel_digits, versioned_env_id

# Names these packages document that the catalog must not take from them, beside rules.DENY:
# methods, names several published networks share, and ordinary words in capitals. Kept here,
# not in rules.DENY, because other packages state some of them for another entity (SpeechBrain's
# ContextNet is the speech model), which must stay. docs/catalog.md lists them.
DENY_MORE = {
    "DARTS": "a neural architecture search method, not one network",
    "SimplePose": "pytorchcv's name for Simple Baselines; 'Simple Pose' is another paper",
    "ContextNet": "pytorchcv's is a segmentation network; the catalog's is the speech model",
    "SINet": "also the camouflaged object detection network and others",
    "SparseNet": "several published networks and sparse-coding models share the name",
    "ESNet": "several published networks share the name",
    "DPN": "also the Deep Parsing Network and other networks",
    "PAN": "also the Path Aggregation Network and the pixel aggregation network",
    "BRAX": "also Brax, the physics engine RL papers name",
    "PCB": "also printed circuit boards",
    "GRID": "the word in capitals, and the GRID audio-visual speech corpus",
    "MARS": "the word in capitals, and other data sets and methods named MARS",
    "NCI": "names the National Cancer Institute",
    "Masakhane": "the research community; its NER data set is MasakhaNER",
    "WkiAnn": "a misspelling of WikiANN in flair's docstring",
    "AudioAE": "pyod's own log-mel autoencoder detector, no published network",
    "GUIDE": "the word in capitals",
    "DIF": "also differential item functioning and other abbreviations",
    "NF": "also normalizing flows and other abbreviations",
    "MPNN": "the message passing neural network framework papers name generically",
    "MGCN": "several published multi-graph convolutional networks share the name",
    "VAE": "keras-hub's VAE is the generic variational autoencoder of latent diffusion",
    "PPB": "also parts per billion",
    "CLUSTER": "dgl's: the word in capitals (a synthetic SBM benchmark)",
    "PATTERN": "dgl's: the word in capitals (a synthetic SBM benchmark)",
    "Minesweeper": "dgl's: also the game",
    "QM9Edge": "dgl's own edge-featured loader of QM9, no data set apart",
    "BGS": "also the British Geological Survey and other abbreviations",
    "AM": "also amplitude modulation and other abbreviations",
}


def _denied(*names: str) -> bool:
    return any(name in DENY or name in DENY_MORE for name in names)


def denial(earlier: Callable[..., bool], deny: Mapping[str, str]) -> Callable[..., bool]:
    """A round's test of whether the catalog must not take a name: denied by an earlier
    round (`earlier`, which asks the rounds before it) or by this round's own list `deny`
    (name -> reason). Each round's `_denied` is one of these, chained to the round before."""

    def denied(*names: str) -> bool:
        return earlier(*names) or any(name in deny for name in names)

    return denied


# -- name rules (pure) ------------------------------------------------------------------------

# "DIA-ResNet model from 'DIANet: ...'": one name, then "model from" and the quoted paper. A
# class "for CIFAR", "(converted)", "with average downsampling", or several names joined by
# "/" or "&" is not matched: those are variants or groups, not one published network.
_PYTORCHCV_MODEL = re.compile(r"([A-Za-z][\w+-]*[A-Za-z\d+]) models? from '")


def pytorchcv_model(doc: str) -> str | None:
    """The network a pytorchcv class or builder docstring names, or None."""
    first = " ".join(doc.split())
    match = _PYTORCHCV_MODEL.match(first)
    if not match or not any(ch.isupper() for ch in match.group(1)):
        return None
    if "experimental model" in first:
        return None  # pytorchcv's own untrained depths, no published network
    return match.group(1)


def pytorchcv_checkpoint(name: str, families: set[str]) -> str | None:
    """The family a builder's name belongs to: "SE-ResNet-50" -> "SE-ResNet" when that
    family was documented; only a depth or a version after a hyphen is a checkpoint."""
    match = re.fullmatch(r"(.+)-([A-Za-z]?\d+[a-z]?)", name)
    if match and match.group(1) in families:
        return match.group(1)
    return None


def smp_architecture(doc: str) -> str | None:
    """The first reference a segmentation-models-pytorch decoder class documents
    ("`U-Net++`__ is ...", "Implementation of `PAN`__ (Pyramid Attention Network)")."""
    match = re.search(r"`([^`\s]+)`__", doc)
    return match.group(1) if match else None


def xray_dataset_name(doc: str) -> tuple[str, list[str]] | None:
    """(name, aliases) from a torchxrayvision data-set docstring's first line: the words
    before "dataset", without a parenthesised note, a ", <description>" or a lower-case
    description after the first word; at most two words, the first then an institution in
    capitals whose data set the second word names ("NIH ChestX-ray14" -> alias
    "ChestX-ray14"). "RSNA Pneumonia Detection Challenge dataset" names no single word."""
    first = doc.strip().splitlines()[0] if doc.strip() else ""
    first = re.sub(r"\s*\([^)]*\)\s*$", "", first)
    match = re.fullmatch(r"(.+?) dataset", first)
    if not match:
        return None
    text = match.group(1).split(", ", 1)[0]
    words = text.split()
    if len(words) > 1 and all(w[:1].islower() for w in words[1:]):
        words = words[:1]
    if len(words) > 2 or not words[0][:1].isupper():
        return None
    if len(words) == 2:
        if not re.fullmatch(r"[A-Z]{2,}", words[0]):
            return None
        return " ".join(words), [words[1]]
    return words[0], []


def reid_dataset_name(doc: str) -> str | None:
    """The name a torchreid data-set class's docstring opens with ("DukeMTMC-reID.",
    "PRID (single-shot version of prid-2011)"): one word, with a capital."""
    first = doc.strip().splitlines()[0] if doc.strip() else ""
    match = re.fullmatch(r"([A-Za-z][\w-]*[A-Za-z\d])(?:\.| \([^)]*\))", first.strip())
    if not match or not any(ch.isupper() for ch in match.group(1)):
        return None
    return match.group(1)


# "Load QM7 dataset", "Loads the ChEMBL25 dataset, ...", "Load SAMPL(FreeSolv) dataset".
_MOLNET_LOADER = re.compile(r"Loads? (?:the )?([A-Za-z][\w-]*[A-Za-z\d])(?:\([^)]*\))? datasets?\b")


def molnet_dataset_name(doc: str) -> str | None:
    """The data set a deepchem `molnet` loader's docstring opens with, or None where the
    docstring calls it an in-house data set (Merck's, not public) or a template."""
    first = " ".join(doc.split())
    match = _MOLNET_LOADER.match(first)
    if not match or re.search(r"in-house|template", first):
        return None
    name = match.group(1)
    return name if any(ch.isupper() for ch in name) else None


def allennlp_card_model(card: dict) -> str | None:
    """The model an allennlp-models model card implements: its description's "implementation
    of the <Name> model" or "implements the <Name> model", where <Name> is the card's
    registered model name written with capitals ("BiDAF" for `bidaf`, "ESIM" for `esim`)."""
    registered = card.get("registered_model_name") or ""
    details = card.get("model_details") or {}
    description = " ".join(str(details.get("description") or "").split())
    for name in re.findall(r"(?:implementation of|implements) the (\S+) model\b", description):
        if norm(name) == norm(registered) and any(ch.isupper() for ch in name):
            return name
    return None


def keras_hub_backbone(class_name: str, doc: str) -> str | None:
    """The model a keras-hub `<Name>Backbone` class is: its docstring's first sentence's
    spelling of <Name> (separators and case may differ: "GPT-NeoX" for `GPTNeoXBackbone`,
    "BLIP-2" for `BLIP2Backbone`), else <Name> where the sentence writes it as is. A class
    whose sentence never writes its name (`GptOssBackbone`: "A GPT-style Transformer") or a
    name with `_` names nothing."""
    stem = class_name.removesuffix("Backbone")
    if stem == class_name or "_" in stem or not stem:
        return None
    first = " ".join(doc.strip().split("\n\n")[0].split()) if doc.strip() else ""
    for word in re.findall(r"[A-Za-z][\w.+-]*[A-Za-z\d]", first):
        if norm(word) == norm(stem) and any(ch.isupper() for ch in word):
            return word
    return None


# "Initialize the CleanCoNLL corpus.", "Initialize the MultiCoNer V2 corpus for the ...".
_FLAIR_CORPUS = re.compile(
    r"(?:Download and )?Initiali[sz]e the ([A-Za-z][\w.-]*[A-Za-z\d](?: V\d+)?)(?: NER)? "
    r"(?:corpus|dataset)\b(?: for ([A-Z][a-z]+)\b)?"
)


def flair_corpus_name(doc: str, class_name: str) -> str | None:
    """The corpus a flair data-set class's `__init__` docstring initialises, written as a
    name (a capital, no `_`: "WEIBO_NER" or "twitter_ner" are identifiers, not names). A
    class named after a language the docstring's corpus is "for" (`CONLL_03_GERMAN`: "the
    CoNLL-03 corpus for German") is one language's part of another release: it names nothing."""
    match = _FLAIR_CORPUS.match(" ".join(doc.split()))
    if not match or "_" in match.group(1) or not any(ch.isupper() for ch in match.group(1)):
        return None
    if match.group(2) and class_name.endswith("_" + match.group(2).upper()):
        return None
    return match.group(1)


# Words by which a pyod module or detector docstring describes a neural network.
_NEURAL = re.compile(
    r"[Nn]eural [Nn]etwork|Generative Adversarial Network|[Aa]uto ?[Ee]ncoder|\bGCN\b"
    r"|\bGAT(?:Conv)?\b|\bLSTM\b|\bTransformer\b"
)


def pyod_detector(module: str, class_name: str, text: str) -> str | None:
    """The detector a pyod `models/<module>.py` is, where it is a neural network: the class
    named like its module (`deep_svdd` -> `DeepSVDD`, `pyg_dominant` -> `DOMINANT`), kept
    only when the module's docstrings describe a neural network (`_NEURAL`); the many
    classical detectors (LOF, ABOD, IForest...) are algorithms, not networks."""
    stem = re.sub(r"^(?:pyg|ts)_", "", module)
    if norm(class_name) != norm(stem) or not _NEURAL.search(text):
        return None
    return class_name.replace("_", "-")


def reid_model_name(class_name: str, doc: str) -> str | None:
    """A torchreid model class whose docstring cites its paper ("Reference:") and opens with
    the long form its name abbreviates: the capitals of the class name are the initials of
    the first line's words ("Omni-Scale Network." for OSNet, "Multi-Level Factorisation
    Net." for MLFN). "Residual network." (ResNet) or "Neural Architecture Search (NAS)."
    (NASNetAMobile) describe, they do not spell the name."""
    if "Reference" not in doc:
        return None
    first = doc.strip().splitlines()[0].rstrip(".")
    initials = "".join(w[0] for w in re.split(r"[\s-]+", first) if w).upper()
    capitals = "".join(ch for ch in class_name if ch.isupper())
    return class_name if len(capitals) > 1 and initials == capitals else None


def dgllife_model_name(doc: str) -> str | None:
    """The model a dgllife model-zoo class's docstring introduces: "<Name> is introduced in
    `<paper>`" ("MGCN is introduced in ..."), "<Long Form> (<Name>) for ..." ("Weisfeiler-Lehman
    Network (WLN) for Reaction Center Prediction"), or "<Name> model `<paper>`" (DGMG)."""
    text = " ".join(doc.split())
    for pattern in (
        r"(?:^|\. )([A-Za-z][\w-]*[A-Za-z\d]) (?:is|was first) introduced in `",
        r"^[A-Z][\w-]*(?: [A-Z][\w-]*)* \(([A-Z][\w-]*)\) for ",
        r"^([A-Za-z][\w-]*[A-Za-z\d]) model `",
    ):
        match = re.search(pattern, text)
        if match and any(ch.isupper() for ch in match.group(1)):
            return match.group(1)
    return None


# "ICEWS18 dataset for temporal graph", "BA-SHAPES dataset from `GNNExplainer ...`",
# "Wiki-CS is a Wikipedia-based dataset for ...".
_DGL_DATASET = re.compile(
    r"([A-Za-z][\w-]*[A-Za-z\d])(?: is an? (?:[\w-]+ )*?)? ?[Dd]ataset(?: (?:for|from)\b|\.|$)"
)


def dgl_dataset_name(class_name: str, doc: str) -> str | None:
    """The data set a dgl `<Name>Dataset` class's docstring opens with: one word, with a
    capital, that spells `<Name>` (separators and case may differ, a plural `s` may be
    added: "BA-SHAPES" for `BAShapeDataset`). Base classes ("Datasets introduced in"),
    descriptions ("Fake News Graph Classification dataset", "Protein-Protein Interaction
    dataset" for PPI) and several words ("Karate Club", "MNIST superpixel") name nothing."""
    stem = class_name.removesuffix("Dataset")
    if stem == class_name or not stem:
        return None
    first = " ".join(doc.split())
    match = _DGL_DATASET.match(first)
    if not match or not any(ch.isupper() for ch in match.group(1)):
        return None
    name = match.group(1)
    return name if norm(name) in (norm(stem), norm(stem) + "s") else None


def kornia_feature_model(class_name: str, doc: str) -> str | None:
    """The network a kornia `feature` class is, named as the class is: its docstring writes
    the class name (NFKC, so "SOLD²" is SOLD2; case and "." may differ: "DeDode", "Key.Net")
    as a local feature detector, extractor, descriptor, matcher or model definition, as a
    method used ("using the DISK method") or as its paper's title ("paper \"LoFTR: ...").
    Helpers, blocks and wrappers ("LightGlue-based matcher") do not write it so."""
    if class_name.startswith("_") or "_" in class_name:
        return None
    text = " ".join(unicodedata.normalize("NFKC", doc).split())
    for spelling in re.findall(
        r"(?:^|\bthe |using the |paper \")([A-Za-z][\w.]*[A-Za-z\d])(?: (?:sparse and semi-dense )?"
        r"local feature (?:detector|extractor)| descriptors| matcher| model definition| method|:)",
        text,
    ):
        if norm(spelling.replace(".", "")) == norm(class_name):
            return class_name
    return None


# -- readers ------------------------------------------------------------------------------------


_package = sources._package  # ("<distribution> <version>", its folder), without importing


def first_title(description: str) -> str | None:
    """The first level-1 Markdown heading of a package description ("# ..." at a line's
    start) outside fenced code blocks, as written ("# Procgen Benchmark"), or None. Rounds 59
    and 61 read a benchmark's or a package's name from it."""
    fenced = False
    for line in description.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if not fenced and line.startswith("# "):
            return line
    return None


def module_docstring(path: Path) -> str:
    """A module file's own docstring ("" for none), read through `ast`, never imported: what
    the rounds' readers of recipe, loader and builder modules read a name from."""
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""


def definitions(path: Path) -> list[tuple[ast.ClassDef | ast.FunctionDef, str]]:
    """The top-level classes and functions of a module file with their docstrings ("" for
    none), in the order written; read through `ast`, so the package is never imported."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node, ast.get_docstring(node) or "")
        for node in tree.body
        if isinstance(node, ast.ClassDef | ast.FunctionDef)
    ]


def add_fact(
    by_name: dict[str, Fact],
    fact_type: str,
    level: str,
    name: str,
    where: str,
    kind: str,
    **fields: Any,
) -> None:
    """A fact stated at `where`: a new one (with `fields`, Fact's other attributes), or one
    more source of the fact a place read before stated under the same name (a name is one
    entry, all its sources listed; the later statement's fields are not taken)."""
    if name in by_name:
        by_name[name].source += f"; {where}"
    else:
        by_name[name] = Fact(fact_type, level, name, where, kind=kind, **fields)


def append_new_fact(
    facts: list[Fact], denied: Callable[..., bool], fact: Fact, *also_denied: str
) -> bool:
    """Append `fact` unless the round's `denied` refuses its name (or one of `also_denied`,
    the other spellings it was read under, which would bring the refused entity back) or a
    fact of that name is already in `facts`. Unlike `add_fact`, a later place that states
    the name again adds no source: these readers cite the first place only. True when
    appended, for a reader that records more about the facts it keeps."""
    if denied(fact.name, *also_denied) or any(f.name == fact.name for f in facts):
        return False
    facts.append(fact)
    return True


def classes(path: Path) -> list[tuple[ast.ClassDef, str]]:
    """The top-level classes of a module file with their docstrings, as `definitions`."""
    return [(node, doc) for node, doc in definitions(path) if isinstance(node, ast.ClassDef)]


def _each(found: Any) -> list[Any]:
    """What a name rule found as a list: None or "" nothing, a list each of its items,
    anything else (a name, a tuple of a name and its spellings) one finding."""
    if isinstance(found, list):
        return found
    return [found] if found else []


def append_named_facts(
    facts: list[Fact],
    denied: Callable[..., bool],
    found: str | list[str] | None,
    fact_type: str,
    level: str,
    where: str,
    **fields: Any,
) -> None:
    """Append a fact of each name a rule `found` (a name, a list of names, or None), all
    cited to `where` and with `fields` (Fact's other attributes), as `append_new_fact`
    does: the rounds' readers of one place, such as a package's metadata Summary."""
    for name in _each(found):
        append_new_fact(facts, denied, Fact(fact_type, level, name, where, **fields))


def class_docstring_facts(
    distribution: str,
    import_name: str,
    pattern: str,
    denied: Callable[..., bool],
    read: Callable[[str, str], Any],
    make_fact: Callable[[Any, str, str], Fact],
    *,
    shown_under: str = "",
    also_denied: Callable[[Any, str], Iterable[str]] | None = None,
) -> list[Fact]:
    """The facts the top-level classes' docstrings state in a package's files matching
    `pattern` (below its `import_name` folder, read in path order, never imported):
    `read(class name, docstring)` is a round's name rule (None for nothing, a list for
    several findings), `make_fact(found, where, class name)` the fact of each finding, cited
    as "<distribution> <version>: <shown_under><path> <Class> docstring". Each is appended
    as `append_new_fact` does, `also_denied(found, class name)` the other spellings it was
    read under."""
    v, root = sources._package(distribution, import_name)
    facts: list[Fact] = []
    for path in sorted(root.glob(pattern)):
        shown = f"{v}: {shown_under}{path.relative_to(root).as_posix()}"
        for node, doc in classes(path):
            for found in _each(read(node.name, doc)):
                fact = make_fact(found, f"{shown} {node.name} docstring", node.name)
                spellings = also_denied(found, node.name) if also_denied else ()
                append_new_fact(facts, denied, fact, *spellings)
    return facts


def pytorchcv_facts() -> list[Fact]:
    """Families from the model classes of `pytorchcv/models/*.py`, checkpoints from the
    builder functions of a documented family ("SE-ResNet-50")."""
    v, root = _package("pytorchcv", "pytorchcv")
    families: list[Fact] = []
    builders: list[tuple[str, str, str]] = []
    for path in sorted((root / "models").glob("*.py")):
        for node, doc in definitions(path):
            name = pytorchcv_model(doc)
            if not name or _denied(name, node.name):
                continue
            where = f"{v}: models/{path.name} {node.name} docstring"
            if isinstance(node, ast.ClassDef):
                # The class name where it only drops the docstring's separators (SEResNet).
                same = norm(node.name) == norm(name) and node.name != name
                aliases = [node.name] if same else []
                families.append(
                    Fact("model", "family", name, where, aliases=aliases, kind="vision")
                )
            else:
                builders.append((name, node.name, where))
    documented = {fact.name for fact in families}
    checkpoints = []
    for name, function, where in builders:
        family = pytorchcv_checkpoint(name, documented)
        if family and not _denied(name):
            checkpoints.append(Fact("model", "checkpoint", name, where, match_keys=[function],
                                    family=family, kind="vision"))  # fmt: skip
    return families + checkpoints


def smp_facts() -> list[Fact]:
    """The architecture each `decoders/<name>/model.py` class documents; its docstring's
    spellings that only add separators are aliases ("MA-Net" for MAnet)."""
    v, root = _package("segmentation-models-pytorch", "segmentation_models_pytorch")
    facts: list[Fact] = []
    for path in sorted((root / "decoders").glob("*/model.py")):
        for node, doc in definitions(path):
            name = smp_architecture(doc) if isinstance(node, ast.ClassDef) else None
            if not name or _denied(name, node.name):
                continue
            aliases = separated_spellings(doc, name)
            if norm(node.name) == norm(name) and node.name != name:
                aliases.append(node.name)
            where = f"{v}: decoders/{path.parent.name}/model.py {node.name} docstring"
            facts.append(Fact("model", "family", name, where, aliases=aliases, kind="vision"))
    return facts


def torchxrayvision_facts() -> list[Fact]:
    """The data sets the `*_Dataset` classes of `datasets.py` name; modality image."""
    v, root = _package("torchxrayvision", "torchxrayvision")
    facts: list[Fact] = []
    for node, doc in definitions(root / "datasets.py"):
        if not isinstance(node, ast.ClassDef) or not node.name.endswith("_Dataset"):
            continue
        found = xray_dataset_name(doc)
        if not found or _denied(found[0]):
            continue
        name, aliases = found
        facts.append(Fact("dataset", "dataset", name, f"{v}: datasets.{node.name} docstring",
                          aliases=aliases, kind="dataset", modality="image"))  # fmt: skip
    return facts


_REID = "person re-identification"


def torchreid_facts() -> list[Fact]:
    """The person re-identification data sets of `reid/data/datasets/{image,video}`, and the
    re-ID networks of `reid/models` (`reid_model_name`)."""
    v, root = _package("torchreid", "torchreid")
    facts: list[Fact] = []
    for path in sorted((root / "reid" / "models").glob("*.py")):
        for node, doc in definitions(path):
            name = reid_model_name(node.name, doc) if isinstance(node, ast.ClassDef) else None
            if name and not _denied(name):
                where = f"{v}: reid/models/{path.name} {node.name} docstring"
                facts.append(Fact("model", "family", name, where, kind="vision"))
    for kind in ("image", "video"):
        for path in sorted((root / "reid" / "data" / "datasets" / kind).glob("*.py")):
            for node, doc in definitions(path):
                name = reid_dataset_name(doc) if isinstance(node, ast.ClassDef) else None
                if not name or _denied(name, node.name):
                    continue
                aliases = [node.name] if norm(node.name) == norm(name) else []
                hyphenated = split_camel_digits(name)  # "Market1501" -> "Market-1501"
                aliases += [hyphenated] if hyphenated else []
                where = f"{v}: reid/data/datasets/{kind}/{path.name} {node.name} docstring"
                facts.append(Fact("dataset", "dataset", name, where, aliases=aliases,
                                  kind="dataset", modality=kind, task=_REID))  # fmt: skip
    return facts


def deepchem_facts() -> list[Fact]:
    """The data sets of deepchem's MoleculeNet loaders (`molnet/load_function/*.py`
    `load_<name>` functions); modality molecule, except the BBBC cell images."""
    v, root = _package("deepchem", "deepchem")
    facts: list[Fact] = []
    for path in sorted((root / "molnet" / "load_function").glob("*.py")):
        for node, doc in definitions(path):
            if not isinstance(node, ast.FunctionDef) or not node.name.startswith("load_"):
                continue
            name = molnet_dataset_name(doc)
            if not name or _denied(name):
                continue
            modality = "image" if path.stem.startswith("bbbc") else "molecule"
            where = f"{v}: molnet/load_function/{path.name} {node.name} docstring"
            facts.append(Fact("dataset", "dataset", name, where, kind="dataset",
                              modality=modality))  # fmt: skip
    return facts


def allennlp_models_facts() -> list[Fact]:
    """The models the `modelcards/*.json` of allennlp-models implement; modality text."""
    v, root = _package("allennlp-models", "allennlp_models")
    facts: list[Fact] = []
    for path in sorted((root / "modelcards").glob("*.json")):
        name = allennlp_card_model(json.loads(path.read_text(encoding="utf-8")))
        if name and not _denied(name):
            where = f"{v}: modelcards/{path.name} model_details.description"
            facts.append(Fact("model", "family", name, where, kind="other"))
    return facts


_HF_PRESET = re.compile(r"""from_preset\(\s*["']hf://([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)["']""")


def keras_hub_facts(stated: dict[str, dict[str, str]]) -> list[Fact]:
    """The model each `src/models/*/*_backbone.py` `<Name>Backbone` class is (keras-hub's
    presets are named after the package's own identifiers, not as papers write them). The
    Hub ids its `from_preset("hf://<id>")` examples load are recorded in `stated` (they only
    confirm a hand-written Hub id, as transformers' examples do)."""
    v, root = _package("keras-hub", "keras_hub")
    for path in sorted((root / "src" / "models").glob("*/*.py")):
        where = f"{v}: src/models/{path.parent.name}/{path.name} from_preset example"
        for hf_id in _HF_PRESET.findall(path.read_text(encoding="utf-8")):
            stated.setdefault("model", {}).setdefault(hf_id.casefold(), where)
    facts: list[Fact] = []
    for path in sorted((root / "src" / "models").glob("*/*_backbone.py")):
        for node, doc in definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            name = keras_hub_backbone(node.name, doc)
            if not name or _denied(name):
                continue
            stem = node.name.removesuffix("Backbone")
            where = f"{v}: src/models/{path.parent.name}/{path.name} {node.name} docstring"
            facts.append(Fact("model", "family", name, where,
                              aliases=[stem] if stem != name else [], kind="other"))  # fmt: skip
    return facts


def flair_facts() -> list[Fact]:
    """The NER and tagging corpora of flair's `datasets/sequence_labeling.py`, named by their
    `__init__` docstrings; modality text."""
    v, root = _package("flair", "flair")
    facts: list[Fact] = []
    for node, _ in definitions(root / "datasets" / "sequence_labeling.py"):
        if not isinstance(node, ast.ClassDef):
            continue
        init = [f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"]
        doc = (ast.get_docstring(init[0]) or "") if init else ""
        name = flair_corpus_name(doc, node.name)
        if not name or _denied(name):
            continue
        where = f"{v}: datasets/sequence_labeling.py {node.name}.__init__ docstring"
        facts.append(Fact("dataset", "dataset", name, where, kind="dataset", modality="text"))
    return facts


def pyod_facts() -> list[Fact]:
    """pyod's neural-network detectors (`pyod_detector`); the module text's spellings that
    only add separators are aliases ("AE-1SVM", "Anomaly Transformer")."""
    v, root = _package("pyod", "pyod")
    facts: list[Fact] = []
    for path in sorted((root / "models").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        module_doc = ast.get_docstring(ast.parse(text)) or ""
        for node, doc in definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            name = pyod_detector(path.stem, node.name, module_doc + "\n" + doc)
            if not name or _denied(name, node.name):
                continue
            where = f"{v}: models/{path.name} {node.name} docstring"
            facts.append(Fact("model", "family", name, where,
                              aliases=separated_spellings(module_doc + "\n" + doc, name),
                              kind="other"))  # fmt: skip
    return facts


def dgllife_facts() -> list[Fact]:
    """The models dgllife's `model/model_zoo/*.py` classes introduce; kind molecule."""
    v, root = _package("dgllife", "dgllife")
    facts: list[Fact] = []
    for path in sorted((root / "model" / "model_zoo").glob("*.py")):
        for node, doc in definitions(path):
            name = dgllife_model_name(doc) if isinstance(node, ast.ClassDef) else None
            if name and not _denied(name):
                where = f"{v}: model/model_zoo/{path.name} {node.name} docstring"
                facts.append(Fact("model", "family", name, where, kind="molecule"))
    return facts


def dgl_facts() -> list[Fact]:
    """The graph data sets of dgl's `data/*.py` `<Name>Dataset` classes; modality graph."""
    v, root = _package("dgl", "dgl")
    facts: list[Fact] = []
    for path in sorted((root / "data").glob("*.py")):
        for node, doc in definitions(path):
            name = dgl_dataset_name(node.name, doc) if isinstance(node, ast.ClassDef) else None
            if not name or _denied(name, node.name):
                continue
            stem = node.name.removesuffix("Dataset")
            where = f"{v}: data/{path.name} {node.name} docstring"
            facts.append(Fact("dataset", "dataset", name, where,
                              aliases=[stem] if norm(stem) == norm(name) and stem != name else [],
                              kind="dataset", modality="graph"))  # fmt: skip
    return facts


def kornia_facts() -> list[Fact]:
    """The local-feature networks of kornia's `feature/**/*.py` (`kornia_feature_model`);
    kind vision."""
    v, root = _package("kornia", "kornia")
    facts: list[Fact] = []
    for path in sorted((root / "feature").glob("**/*.py")):
        for node, doc in definitions(path):
            name = kornia_feature_model(node.name, doc) if isinstance(node, ast.ClassDef) else None
            if name and not _denied(name):
                where = f"{v}: feature/{path.relative_to(root / 'feature')} {node.name} docstring"
                facts.append(Fact("model", "family", name, where, kind="vision"))
    return facts


def embodied_facts() -> list[Fact]:
    """MiniHack's own registered ids (`envs/*.py` `register(id="MiniHack-...")`; the
    MiniGrid ids it re-registers are minigrid's), and the platforms the summaries of mujoco,
    minihack and alfworld open with; modality embodied."""
    v, root = _package("minihack", "minihack")
    facts: list[Fact] = []
    for path in sorted((root / "envs").glob("*.py")):
        for env_id in sources._registered_ids(path):
            if env_id.startswith("MiniHack-") and versioned_env_id(env_id) and not _denied(env_id):
                facts.append(Fact("dataset", "dataset", env_id,
                                  f"{v}: envs/{path.name} register(id={env_id!r})",
                                  kind="benchmark", modality="embodied"))  # fmt: skip
    for distribution in ("alfworld", "minihack", "mujoco"):
        facts += [f for f in sources._summary_platform(distribution) if not _denied(f.name)]
    return facts


def more_facts(stated: dict[str, dict[str, str]]) -> tuple[list[Fact], list[Fact]]:
    """(model facts, data-set facts) of every package this module reads; Hub ids a package
    states without making an entry go to `stated` (sources.Stated)."""
    models = pytorchcv_facts() + smp_facts() + allennlp_models_facts() + keras_hub_facts(stated)
    models += pyod_facts() + dgllife_facts() + kornia_facts()
    reid = torchreid_facts()
    models += [fact for fact in reid if fact.type == "model"]
    datasets = torchxrayvision_facts() + [fact for fact in reid if fact.type == "dataset"]
    datasets += deepchem_facts() + flair_facts() + dgl_facts() + embodied_facts()
    return models, datasets
