"""Readers of an eighteenth round (requirements-read-round18.txt), for model and data-set names
labelled papers use that the catalog lacked, in sources.py's style.

- torchrl (new): the world models its loss modules train, a class `<Name>ModelLoss` whose
  docstring opens "<Name> Model Loss." or "<Name> World Model Loss." and speaks of a "world
  model" ("Dreamer Model Loss. Computes the loss of the dreamer world model."): Dreamer,
  DreamerV3;
- openspeech-core (new): the speech recognisers its model classes implement, a class
  `<Stem>Model` in `openspeech/models/<folder>/model.py` whose docstring opens "<Name> model
  with configurable ..." ("Listen, Attend and Spell model with configurable encoder and
  decoder.") or "<Name>: <paper title>" where the class name spells <Name> at its start
  ("Jasper: An End-to-End Convolutional Neural Acoustic Model" of `Jasper5x3Model`); the
  class stem's words, spaced, an alias when they are <Name>'s capitalised words
  ("ListenAttendSpell" -> "Listen Attend Spell");
- neuralprocesses (new): the models its package description's example code constructs, a
  comment "# Construct a <Name>." ("# Construct a ConvCNP.");
- paddlenlp (new): the pretrained transformers of `paddlenlp/transformers/<folder>/
  modeling.py`, a class docstring opening "The bare <Name> Model" ("The bare TinyBERT Model
  transformer outputting raw hidden-states.");
- mmagic (read since the second round): a model registered under an acronym that is the
  initials of its class name's words (`@MODELS.register_module('ADM')` over `class
  AblatedDiffusionModel`): the acronym, the spaced class name an alias;
- tensorflow-datasets (read since the first round): the builder configs the ProteinNet
  builder's README writes in capitals ("casp12" of `protein_net`, whose README writes
  "CASP assessments") -> "CASP12";
- minigrid (read since the second round): the environment groups its registered ids share,
  the id without its size, variant and version ("MiniGrid-DoorKey-5x5-v0" ->
  "MiniGrid-DoorKey"), when two or more ids share the group; its spaced spelling an alias
  ("MiniGrid DoorKey").

The name rules are the pure functions at the top, tested in `tests/test_catalog18.py`;
docs/catalog.md ("An eighteenth round of sources") states them.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import sources
import sources_more
import sources_round17
from rules import Fact

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND18: dict[str, str] = {
    # mmagic's acronym registry keys
    "SPE": "a positional embedding (a model's part), and an acronym of many other things",
    # paddlenlp's bare models
    "Nystromformer": "transformers' Nyströmformer, which the catalog has; the key without the "
    "umlaut would be a second entry of one id",
    # cornac's models table: acronyms of many other things, ordinary words in capitals,
    # generic algorithms and baselines (docs/annotation-guideline.md: methods are not models)
    "RPG": "role-playing games, and many other things",
    "TIGER": "an ordinary word written in capitals",
    "LETTER": "an ordinary word written in capitals",
    "EASE": "an ordinary word written in capitals",
    "AMR": "Abstract Meaning Representation, antimicrobial resistance",
    "CTR": "click-through rate",
    "CDR": "cross-domain recommendation, clinical dementia rating",
    "COE": "an acronym of many things (chain of embedding, cost of energy)",
    "HFT": "high-frequency trading",
    "HPF": "a high-pass filter",
    "MCF": "an acronym of many things (multi-commodity flow, ...)",
    "CDL": "an acronym of many things (contrastive dictionary learning, ...)",
    "CVAE": "the conditional variational autoencoder, a generic class",
    "VMF": "the von Mises-Fisher distribution",
    "EFM": "an acronym of many things (elastic foundation model, ...)",
    "GMF": "an acronym of many things (Gaussian mixture filter, ...)",
    "PCRL": "an acronym of several models (protein, point cloud representation learning)",
    "MLP": "the generic network class",
    "NMF": "non-negative matrix factorisation, a generic method",
    "SVD": "singular value decomposition, a generic method",
    "FM": "factorisation machines and frequency modulation, a generic method",
    "MF": "matrix factorisation, a generic method",
    "PMF": "probabilistic matrix factorisation, and the probability mass function",
    "MMMF": "maximum-margin matrix factorisation, a generic method",
    "WMF": "weighted matrix factorisation, a generic method",
    "SKM": "spherical k-means, a clustering algorithm",
    "BPR": "Bayesian personalised ranking, a loss and training method",
    "WBPR": "a weighting of the BPR training method",
    "VEBPR": "a sampler for the BPR training method",
    "SBPR": "a variant of the BPR training method",
    "ItemKNN": "a nearest-neighbour baseline",
    "UserKNN": "a nearest-neighbour baseline",
    "GlobalAvg": "a baseline (the global average)",
    "MostPop": "a baseline (the most popular items)",
    "SPop": "a baseline (session popularity)",
    "GPTop": "a baseline (globally popular items)",
}


# Denied by an earlier round (sources_round17._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round17._denied, DENY_ROUND18)


def camel_words(name: str) -> list[str]:
    """A CamelCase identifier's words, a run of capitals one word ("AblatedDiffusionModel" ->
    Ablated, Diffusion, Model; "DeepSpeech2" -> Deep, Speech2; "ProgressiveGrowingGAN" ->
    Progressive, Growing, GAN)."""
    return re.findall(r"[A-Z]+[0-9]*(?![a-z])|[A-Z][a-z0-9]*", name)


_WORLD_MODEL_LOSS = re.compile(r"([A-Z][\w-]*) (?:World )?Model Loss\.")


def world_model(class_name: str, doc: str) -> str | None:
    """The model a torchrl loss class trains the world model of: `<Name>ModelLoss` whose
    docstring opens "<Name> Model Loss." or "<Name> World Model Loss." and speaks of a world
    model ("Dreamer Model Loss. Computes the loss of the dreamer world model." ->
    "Dreamer"). An actor or value loss, or a loss of another class name, names nothing."""
    found = _WORLD_MODEL_LOSS.match(doc.strip())
    if not found or class_name != f"{found.group(1)}ModelLoss":
        return None
    return found.group(1) if "world model" in " ".join(doc.split()).casefold() else None


_CONFIGURABLE = re.compile(r"([A-Z][\w-]*(?:,? (?:and )?[A-Z][\w-]*){0,3}) model with configurable")
_TITLED = re.compile(r"([A-Z][\w-]*): [A-Z]")


def speech_model(class_name: str, doc: str) -> tuple[str, list[str]] | None:
    """(name, aliases) of the recogniser an openspeech model class implements: a docstring
    opening "<Name> model with configurable ..." ("Listen, Attend and Spell model with
    configurable encoder and decoder."), or "<Name>: <Title>" where the class name starts
    with <Name> ("Jasper: An End-to-End ..." of `Jasper5x3Model`). The class stem's words,
    spaced, are an alias when they are the name's capitalised words ("Listen Attend
    Spell"). A docstring of another form ("Conformer encoder + LSTM decoder.", "A Speech
    Transformer model.") names nothing."""
    if not class_name.endswith("Model"):
        return None
    first = " ".join(doc.split())
    found = _CONFIGURABLE.match(first)
    if found:
        name = found.group(1)
    else:
        titled = _TITLED.match(first)
        if not titled or not class_name.startswith(titled.group(1)):
            return None
        name = titled.group(1)
    stem = camel_words(class_name[: -len("Model")])
    capitalised = [w.strip(",") for w in name.split() if w[0].isupper()]
    aliases = []
    if len(capitalised) > 1 and stem == capitalised and " ".join(stem) != name:
        aliases.append(" ".join(stem))
    return name, aliases


_CONSTRUCT = re.compile(r"^\s*# Construct an? ([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\.\s*$",
                        re.MULTILINE)  # fmt: skip


def constructed_models(description: str) -> list[str]:
    """The models a package description's example code constructs, its comments "# Construct
    a <Name>." where <Name> is one word with an inner capital ("# Construct a ConvCNP." ->
    "ConvCNP"), each once; "# Construct a model." names nothing."""
    return list(dict.fromkeys(_CONSTRUCT.findall(description)))


_BARE = re.compile(r"The bare ([A-Z][\w.-]*) Model\b")


def bare_model(doc: str) -> str | None:
    """The model a paddlenlp class docstring opening "The bare <Name> Model ..." names ("The
    bare TinyBERT Model transformer outputting raw hidden-states." -> "TinyBERT")."""
    found = _BARE.match(" ".join(doc.split()))
    return found.group(1) if found else None


def initials_acronym(acronym: str, class_name: str) -> str | None:
    """The spaced class name when a registry key is the initials of its words ("ADM" and
    `AblatedDiffusionModel` -> "Ablated Diffusion Model"); else None ("SPE2d" and
    `SinusoidalPositionalEmbedding`)."""
    words = camel_words(class_name)
    if len(words) < 2 or "".join(w[0] for w in words) != acronym:
        return None
    return " ".join(words)


def capitalised_configs(configs: list[str], readme: str) -> list[str]:
    """The builder configs "<word><digits>" whose word the README writes in capitals as a
    word of its own ("casp12", with "CASP assessments" in the README -> "CASP12")."""
    found = []
    for config in configs:
        parts = re.fullmatch(r"([a-z]+)(\d+)", config)
        if parts and re.search(rf"\b{parts.group(1).upper()}\b", readme):
            found.append(parts.group(1).upper() + parts.group(2))
    return found


_SIZED = re.compile(
    r"((?:MiniGrid|BabyAI)(?:-[A-Z][A-Za-z]*)+?)(?:-Random)?-\d+x\d+(?:-[\w]+)*-v\d+"
)


def env_groups(env_ids: list[str]) -> list[str]:
    """The groups of MiniGrid and BabyAI ids registered in several grid sizes, the id before
    its size ("MiniGrid-DoorKey-5x5-v0", "MiniGrid-DoorKey-8x8-v0" -> "MiniGrid-DoorKey";
    "MiniGrid-Dynamic-Obstacles-Random-6x6-v0" -> "MiniGrid-Dynamic-Obstacles"), in order of
    first id; a group of one id is that id, already an entry."""
    counts: dict[str, int] = {}
    for env_id in env_ids:
        found = _SIZED.fullmatch(env_id)
        if found:
            counts[found.group(1)] = counts.get(found.group(1), 0) + 1
    return [group for group, n in counts.items() if n > 1]


_MODEL_ROW = re.compile(r"^\|[^|]*\| \[([^\]]+)\]\(cornac/models/(\w+)\)", re.MULTILINE)
_PAREN_NAME = re.compile(r"\(([A-Za-z][A-Za-z0-9 -]*?)[^\x00-\x7f]?\)$")
_COLON_NAME = re.compile(r"([A-Z][A-Za-z0-9]*): ")


def model_table_names(description: str) -> list[tuple[str, str]]:
    """(name, folder) of each row of cornac's models table ("| 2021 | [Bilateral Variational
    Autoencoder for Collaborative Filtering (BiVAECF)](cornac/models/bivaecf), ..."): the
    parenthesised name at the end of the link text, a trailing modifier letter dropped
    ("EASEᴿ" -> "EASE"), or the name before a title's colon ("LightGCN: Simplifying ...");
    a row of neither form ("Baseline Only") names nothing."""
    start = description.find("## Models")
    if start < 0:
        return []
    end = description.find("\n## ", start + 5)
    section = description[start : end if end > 0 else None]
    found: list[tuple[str, str]] = []
    for text, folder in _MODEL_ROW.findall(section):
        named = _PAREN_NAME.search(text) or _COLON_NAME.match(text)
        if named and (named.group(1), folder) not in found:
            found.append((named.group(1), folder))
    return found


def cornac_facts() -> list[Fact]:
    """The recommendation models cornac's package description tabulates
    (`model_table_names`): families."""
    v, _ = sources._package("cornac", "cornac")
    facts: list[Fact] = []
    for name, folder in model_table_names(sources.description("cornac")):
        where = f"{v}: package description models table '{name}' (cornac/models/{folder})"
        sources_more.append_new_fact(facts, _denied, Fact("model", "family", name, where))
    return facts


def torchrl_facts() -> list[Fact]:
    """The world models torchrl's loss modules train (`world_model`): families."""
    v, root = sources._package("torchrl", "torchrl")
    facts: list[Fact] = []
    for path in sorted((root / "objectives").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            name = world_model(node.name, ast.get_docstring(node) or "")
            if name:
                where = f"{v}: objectives/{path.name} {node.name} docstring"
                sources_more.append_new_fact(facts, _denied, Fact("model", "family", name, where))
    return facts


def openspeech_facts() -> list[Fact]:
    """The speech recognisers openspeech's model classes implement (`speech_model`):
    families of kind speech."""
    v, root = sources._package("openspeech-core", "openspeech")
    facts: list[Fact] = []
    for path in sorted((root / "models").glob("*/model.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            found = speech_model(node.name, ast.get_docstring(node) or "")
            if found:
                where = f"{v}: models/{path.parent.name}/model.py {node.name} docstring"
                aliases = [a for a in found[1] if not _denied(a)]
                fact = Fact("model", "family", found[0], where, aliases=aliases, kind="speech")
                sources_more.append_new_fact(facts, _denied, fact)
    return facts


def neuralprocesses_facts() -> list[Fact]:
    """The models neuralprocesses' package description constructs (`constructed_models`):
    families."""
    v, _ = sources._package("neuralprocesses", "neuralprocesses")
    return [
        Fact("model", "family", name, f"{v}: package description '# Construct a {name}.'")
        for name in constructed_models(sources.description("neuralprocesses"))
        if not _denied(name)
    ]


def paddlenlp_facts() -> list[Fact]:
    """The pretrained transformers paddlenlp's modeling modules name (`bare_model`): families
    of kind encoder."""
    v, root = sources._package("paddlenlp", "paddlenlp")
    facts: list[Fact] = []
    for path in sorted((root / "transformers").glob("*/modeling.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            name = bare_model(ast.get_docstring(node) or "")
            if name:
                where = f"{v}: transformers/{path.parent.name}/modeling.py {node.name} docstring"
                fact = Fact("model", "family", name, where, kind="encoder")
                sources_more.append_new_fact(facts, _denied, fact)
    return facts


def _registered_keys(node: ast.ClassDef) -> list[str]:
    """The string keys a class's decorators `@X.register_module('KEY')` give it."""
    keys = []
    for deco in node.decorator_list:
        if (
            isinstance(deco, ast.Call)
            and getattr(deco.func, "attr", "") == "register_module"
            and deco.args
            and isinstance(deco.args[0], ast.Constant)
            and isinstance(deco.args[0].value, str)
        ):
            keys.append(deco.args[0].value)
    return keys


def mmagic_acronym_facts() -> list[Fact]:
    """The models mmagic registers under their initials (`initials_acronym`): families of
    kind diffusion when the module is filed under a diffusion folder, else other."""
    v, root = sources._package("mmagic", "mmagic")
    facts: list[Fact] = []
    for path in sorted((root / "models" / "editors").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for key in _registered_keys(node):
                spaced = initials_acronym(key, node.name)
                if not spaced:
                    continue
                where = f"{v}: {path.relative_to(root).as_posix()} register_module({key!r})"
                kind = "diffusion" if "diffusion" in path.as_posix() else "other"
                aliases = [spaced] if not _denied(spaced) else []
                fact = Fact("model", "family", key, where, aliases=aliases, kind=kind)
                sources_more.append_new_fact(facts, _denied, fact)
    return facts


def _builder_configs(path: Path) -> list[str]:
    """The names of a tfds builder's `BuilderConfig(name='...')` calls, in file order."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "BuilderConfig":
            names += [
                k.value.value
                for k in node.keywords
                if k.arg == "name" and isinstance(k.value, ast.Constant)
            ]
    return names


def tfds_protein_net_facts() -> list[Fact]:
    """The CASP rounds tensorflow-datasets' ProteinNet builder configs name
    (`capitalised_configs`): benchmarks, as fair-esm's CASP14. ProteinNet itself is
    tensorflow-datasets' `protein_net`, which the guard leaves out as ordinary words."""
    v, root = sources._package("tensorflow-datasets", "tensorflow_datasets")
    folder = root / "datasets" / "protein_net"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    facts: list[Fact] = []
    builder = folder / "protein_net_dataset_builder.py"
    for config in capitalised_configs(_builder_configs(builder), readme):
        if _denied(config):
            continue
        where = f"{v}: datasets/protein_net/protein_net_dataset_builder.py BuilderConfig"
        facts.append(Fact("dataset", "dataset", config, f"{where} {config.lower()!r}",
                          kind="benchmark"))  # fmt: skip
    return facts


def minigrid_group_facts() -> list[Fact]:
    """The environment groups minigrid's registered ids share (`env_groups`): benchmarks of
    modality embodied, the spaced spelling an alias."""
    v, root = sources._package("minigrid", "minigrid")
    ids = sources._registered_ids(root / "__init__.py")
    facts: list[Fact] = []
    for group in env_groups(ids):
        if _denied(group):
            continue
        first = next(i for i in ids if i.startswith(group + "-"))
        spaced = group.replace("-", " ")
        facts.append(Fact("dataset", "dataset", group, f"{v}: __init__.py register(id={first!r})",
                          aliases=[spaced], kind="benchmark", modality="embodied"))  # fmt: skip
    return facts
