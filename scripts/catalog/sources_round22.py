"""Readers of a twenty-second round (requirements-read-round22.txt), in sources.py's style:
registries and docstrings that name models and data sets the labelled papers of dev11 use
and the catalog lacked (AlphaZero, LSTM-FCN, Implicit Quantile Networks, ActivityNet
Captions, Foursquare), with every other name the same places state that passes the guard.

- lightzero (new): `lzero/policy/*.py`, a class `<Stem>Policy` whose docstring reads "The
  policy class for <Name>" where <Name> spells the stem (`norm`): "The policy class for
  Gumbel MuZero proposed in the paper ..." of `GumbelMuZeroPolicy` (`policy_class_name`);
  model families of kind other (planning agents);
- sktime (new): the classes of `networks/**` and `classification/deep_learning/**` whose
  docstring's first sentence names the network its class stem spells (`norm`), as
  "Implementation of <Name> network from", "<Name> classifier/network/Deep Learning
  Classifier" or "<Long Form> (<Name>)" (`network_name`): "Implementation of LSTM-FCN
  network from Karim et al (2019)" of `LSTMFCNNetworkTorch`; model families of kind other;
- gluonts (read since the third round, `<Name>Estimator` classes only): a class docstring
  "<Long Form> from the paper ``<ABBR> for ...``" whose long form ends in a model head noun
  and whose paper title opens with its initials ("Implicit Quantile Network from the paper
  ``IQN for Distributional Reinforcement Learning``"; `paper_abbreviated`); a model family
  by the long form, the initials an alias, and the module text's plural of the long form
  ("... with Implicit Quantile Networks") an alias;
- mteb (read since the first round): a task whose Hub copy is a split of a data set, its
  path's name `<Name words>_<split>` ("mteb/ActivityNet_Captions_val2"), and whose
  description says it is taken "from <Name words>" ("... from ActivityNet Captions.";
  `split_named`): a data set by that name, without the split's Hub id;
- recbole (read since the first round): a collection's subsets that url.yaml ships merged
  and not merged under a file name writing the subset in capitals (`foursquare-nyc-merged`:
  `Foursquare/merged/foursquare_NYC.zip`; `capital_subset`): "Foursquare NYC", "Foursquare
  TKY"; data sets. The collection "Foursquare" itself, read since the first round and left
  out by the guard (the company), enters rules.REVIEWED_DATASET_WORDS cased only;
- isanlp-rst (new): the corpora `universal_parser/data_manager.py`'s `DataManager`
  docstring lists for its `corpus` parameter (":param corpus: str - from {'GUM', 'RST-DT',
  'RuRSTB', 'RST-DT-tr',}"; `listed_corpora`), machine-translated copies (`-tr`) left out;
  data sets of modality text.

The name rules are the pure functions at the top, tested in `tests/test_catalog22.py`;
docs/catalog.md ("A twenty-second round of sources") states them.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round21
from rules import MODEL_HEAD_NOUNS, Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND22: dict[str, str] = {
    # lightzero's policies
    "MuZeroRNNFullObs": "lightzero's own variant of MuZero (an RNN on full observations), a "
    "class name no paper writes",
    "GumbelAlphaZero": "lightzero's class spelling; its docstring names no paper, and papers "
    "write the Gumbel variants with a space (Gumbel MuZero is read)",
    # sktime's networks
    "CNN": "sktime's CNNClassifier: the generic convolutional neural network",
    "FCN": "sktime's FCNClassifier: any fully convolutional network (denied for "
    "mmsegmentation too)",
    "MLP": "sktime's MLPClassifier: the generic multi-layer perceptron",
    "GRU": "sktime's GRUClassifier: the generic recurrent unit",
    "TapNet": "also TAP-Net (Tracking Any Point, 2022) and the few-shot TapNet (task-adaptive "
    "projection, 2019): one name, three models",
    "MACNN": "also MA-CNN, the multi-attention CNN of fine-grained recognition (2017)",
    "LTSF-DLinear": "sktime's spelling; the paper (Zeng et al., 2023) and its readers write "
    "DLinear",
    "LTSF-NLinear": "sktime's spelling; the paper and its readers write NLinear",
    "LTSF-Transformer": "sktime's wrapper of a vanilla Transformer forecaster, no model's name",
    "cINN": "the conditional invertible neural network, a class of models",
    # isanlp-rst's corpora
    "GUM": "the word in capitals; the Georgetown University Multilayer corpus is written so "
    "only beside discourse parsing",
}


# Denied by an earlier round (sources_round21._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round21._denied, DENY_ROUND22)


_POLICY = re.compile(r"The policy class for ([A-Z][\w-]*(?: [A-Z][\w-]*)*)")


def policy_class_name(class_name: str, doc: str) -> str | None:
    """The agent a lightzero policy class is for, as its docstring spells it, when that
    spells the class's stem: "Gumbel MuZero" from `GumbelMuZeroPolicy`'s "The policy class
    for Gumbel MuZero proposed in ..."; "LightZero RandomPolicy" of `LightZeroRandomPolicy`
    is no agent (the stem is "LightZeroRandom")."""
    if not class_name.endswith("Policy"):
        return None
    found = _POLICY.search(" ".join(doc.split()))
    if not found or norm(found.group(1)) != norm(class_name[: -len("Policy")]):
        return None
    return found.group(1)


_STEM_SUFFIXES = ("Torch", "Classifier", "Regressor", "Forecaster", "Network")
_IMPLEMENTATION = re.compile(r"Implementation of ([A-Za-z][\w-]*) network from\b")
_HEADED = re.compile(
    r"([A-Za-z][\w-]*) (?:network|classifier|Forecaster|Deep Learning Classifier)\b"
)
# A long form names a network when it ends so ("Time-aware absolute positional encoding
# (tAPE)" names a part).
_NETWORK_HEADS = frozenset({"Network", "Net", "Classifier"})
_LONG_FORM = re.compile(r"([A-Z][\w-]*(?: [\w-]+){1,6}) \(([A-Za-z][\w-]*)\)")


def _stem(class_name: str) -> str:
    for suffix in _STEM_SUFFIXES:
        if class_name.endswith(suffix) and class_name != suffix:
            class_name = class_name[: -len(suffix)]
    return class_name


def network_name(class_name: str, doc: str) -> tuple[str, list[str]] | None:
    """The network an sktime class's docstring names in its first sentence, when the name
    spells the class's stem (the class name without `Torch`, `Classifier`, `Network`):
    ("LSTM-FCN", []) from "Implementation of LSTM-FCN network from Karim et al (2019)" of
    `LSTMFCNNetworkTorch`; ("InceptionTime", []) from "InceptionTime Deep Learning
    Classifier."; ("CNTC", ["Contextual Time-series Neural Classifier"]) from "Contextual
    Time-series Neural Classifier (CNTC), as described in [1]." of `CNTCClassifier`."""
    first = re.split(r"(?<=\.)\s", " ".join(doc.split()), maxsplit=1)[0]
    stem = norm(_stem(class_name))
    for pattern in (_IMPLEMENTATION, _HEADED):
        found = pattern.match(first)
        if found and norm(found.group(1)) == stem:
            return found.group(1), []
    found = _LONG_FORM.match(first)
    if found and norm(found.group(2)) == stem and found.group(1).split()[-1] in _NETWORK_HEADS:
        return found.group(2), [found.group(1)]
    return None


_FROM_PAPER = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+){1,4}) from the paper ``([A-Z]+) ")


def paper_abbreviated(doc: str) -> tuple[str, str] | None:
    """The model a gluonts class docstring names as "<Long Form> from the paper ``<ABBR> ...``"
    when its paper's title opens with the initials of the long form, whose last word is a
    model head noun: ("Implicit Quantile Network", "IQN") from "Implicit Quantile Network from
    the paper ``IQN for Distributional Reinforcement Learning``"; "Implicit Quantile Layer
    from the paper ``IQN ...``" names a layer (IQL is not the title's IQN)."""
    found = _FROM_PAPER.match(" ".join(doc.split()))
    if not found:
        return None
    long_form, abbreviation = found.groups()
    words = long_form.split()
    if words[-1] not in MODEL_HEAD_NOUNS or "".join(w[0] for w in words) != abbreviation:
        return None
    return long_form, abbreviation


def split_named(path: str, description: str) -> str | None:
    """The data set an mteb task's Hub copy is a split of: the words of the path's name
    before its last `_` part, spaced, when the description says the task is taken "from"
    them ("ActivityNet Captions" of "mteb/ActivityNet_Captions_val2" and "... from
    ActivityNet Captions."); names of one word, or without a capital, name nothing."""
    parts = path.rsplit("/", 1)[-1].split("_")
    if len(parts) < 3:
        return None
    name = " ".join(parts[:-1])
    if not all(p[:1].isupper() for p in parts[:-1]):
        return None
    text = " ".join(description.split())
    return name if re.search(rf"\bfrom (?:the )?{re.escape(name)}\b", text) else None


def capital_subset(key: str, url: str) -> str | None:
    """A collection's subset a recbole url.yaml key names and its file writes in capitals:
    "Foursquare NYC" from `foursquare-nyc-merged` (`.../Foursquare/merged/foursquare_NYC.zip`);
    subsets the file writes in lower case (`ipinyou-click`) name nothing."""
    found = re.fullmatch(r"([a-z]+)-([a-z]+)-(?:not-)?merged", key)
    file = re.search(r"/ProcessedDatasets/([^/]+)/[^/]+/([^/]+)\.zip$", url)
    if not found or not file:
        return None
    collection, name = file.groups()
    subset = found.group(2).upper()
    if collection.casefold() != found.group(1) or name != f"{found.group(1)}_{subset}":
        return None
    return f"{collection} {subset}"


_CORPUS_PARAMETER = re.compile(r":param corpus: str\s*-\s*from \{([^}]*)\}")


def listed_corpora(doc: str) -> list[str]:
    """The corpora a docstring's `corpus` parameter lists, machine-translated copies (`-tr`)
    left out: ["GUM", "RST-DT", "RuRSTB"] from ":param corpus: str - from {'GUM', 'RST-DT',
    'RuRSTB', 'RST-DT-tr',}"."""
    found = _CORPUS_PARAMETER.search(doc)
    if not found:
        return []
    names = re.findall(r"'([^']+)'", found.group(1))
    return [n for n in names if not n.endswith("-tr")]


def lightzero_facts() -> list[Fact]:
    """The agents lightzero's policy classes are for (`policy_class_name`): model families of
    kind other."""
    v, root = sources._package("lightzero", "lzero")
    facts: list[Fact] = []
    for path in sorted((root / "policy").glob("*.py")):
        for node, doc in sources_more.classes(path):
            name = policy_class_name(node.name, doc)
            if not name or _denied(name, node.name[: -len("Policy")]):
                continue
            where = f"{v}: lzero/policy/{path.name} {node.name} docstring"
            facts.append(Fact("model", "family", name, where, match_keys=[node.name],
                              kind="other"))  # fmt: skip
    return facts


def sktime_facts() -> list[Fact]:
    """The networks sktime's deep-learning classes name (`network_name`): model families of
    kind other, one per name with every class that states it."""
    v, root = sources._package("sktime", "sktime")
    by_name: dict[str, Fact] = {}
    paths = [*(root / "networks").rglob("*.py"),
             *(root / "classification" / "deep_learning").rglob("*.py"),
             *(root / "forecasting").glob("*.py")]  # fmt: skip
    for path in sorted(paths):
        if "tests" in path.parts:
            continue
        for node, doc in sources_more.classes(path):
            found = network_name(node.name, doc)
            if not found or _denied(found[0]):
                continue
            name, aliases = found
            where = f"{v}: {path.relative_to(root).as_posix()} {node.name} docstring"
            fact = by_name.get(name)
            if fact is None:
                by_name[name] = Fact("model", "family", name, where, aliases=list(aliases),
                                     kind="other")  # fmt: skip
                continue
            if where not in fact.source.split("; "):
                fact.source = f"{fact.source}; {where}"
            fact.aliases += [a for a in aliases if a not in fact.aliases]
    return [by_name[name] for name in sorted(by_name)]


def gluonts_paper_facts() -> list[Fact]:
    """The models gluonts' class docstrings name with their paper's initials
    (`paper_abbreviated`): model families of kind other, the initials and the module text's
    plural of the long form aliases."""
    v, root = sources._package("gluonts", "gluonts")
    facts: list[Fact] = []
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "from the paper ``" not in text:
            continue
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.ClassDef):
                continue
            found = paper_abbreviated(ast.get_docstring(node) or "")
            if not found:
                continue
            long_form, abbreviation = found
            aliases = [abbreviation]
            if re.search(rf"\b{re.escape(long_form)}s\b", " ".join(text.split())):
                aliases.append(f"{long_form}s")
            where = f"{v}: {path.relative_to(root).as_posix()} {node.name} docstring"
            fact = Fact("model", "family", long_form, where, aliases=aliases,
                        match_keys=[node.name], kind="other")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact, abbreviation)
    return facts


def mteb_split_facts() -> list[Fact]:
    """The data sets mteb's tasks take a split of (`split_named`): data sets by name, no Hub
    id (the task's copy is one split)."""
    import mteb

    v = f"mteb {sources.version('mteb')}"
    facts: list[Fact] = []
    for task in sorted(mteb.get_tasks(), key=lambda t: t.metadata.name):
        meta = task.metadata
        name = split_named(str((meta.dataset or {}).get("path") or ""), meta.description or "")
        if name:
            where = f"{v}: task {meta.name!r} description and metadata.dataset['path']"
            modality = "video" if "video" in (meta.modalities or []) else None
            fact = Fact("dataset", "dataset", name, where, kind="dataset", modality=modality)
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def recbole_subset_facts() -> list[Fact]:
    """The subsets recbole's url.yaml files write in capitals (`capital_subset`): data sets,
    one per subset with both keys (merged, not merged) as its source."""
    v, root = sources._package("recbole", "recbole")
    text = (root / "properties" / "dataset" / "url.yaml").read_text(encoding="utf-8")
    by_name: dict[str, Fact] = {}
    for key, url in re.findall(r"^([\w.-]+):\s*(\S+)\s*$", text, flags=re.MULTILINE):
        name = capital_subset(key, url)
        if not name or _denied(name):
            continue
        where = f"{v}: properties/dataset/url.yaml {key!r}"
        if name in by_name:
            by_name[name].source = f"{by_name[name].source}; {where}"
        else:
            by_name[name] = Fact("dataset", "dataset", name, where, kind="dataset")
    return [by_name[name] for name in sorted(by_name)]


def _initials(long_form: str) -> str:
    """The letters a long form's acronym takes: a capitalised word's first letter, a word in
    capitals whole ("RST Discourse Treebank" -> "RSTDT"); lower-case words give none."""
    return "".join(w if w.isupper() else w[0] for w in long_form.split() if w[:1].isupper())


def registry_corpus(text: str) -> tuple[str, list[str]] | None:
    """A corpus as dipo's registry names it, the bracketed form an alias where one is the
    acronym of the other (`_initials`): ("RST Discourse Treebank", ["RST-DT"]) from "RST
    Discourse Treebank (RST-DT)"; ("GCDT", ["Georgetown Chinese Discourse Treebank"]) from
    "GCDT (Georgetown Chinese Discourse Treebank)"; ("GUM 12.1.0", []) from "GUM 12.1.0
    (Georgetown University Multilayer corpus)", the long form naming no release; a name
    without brackets as written."""
    text = " ".join(text.split())
    found = re.fullmatch(r"(.+?) \(([^()]+)\)", text)
    if not found:
        return (text, []) if text else None
    name, bracketed = found.groups()
    letters = re.sub(r"[^A-Za-z]", "", bracketed if " " not in bracketed else name.split()[0])
    long_form = name if " " not in bracketed else bracketed
    if _initials(long_form) != letters:
        return name, []
    if " " not in bracketed:
        return name, [bracketed]
    return name, [] if " " in name else [bracketed]


def rst_corpus_facts() -> list[Fact]:
    """The discourse corpora dipo's model-card registry names (`registry_corpus`), then those
    isanlp-rst's DataManager lists (`listed_corpora`), which join dipo's where one names the
    other (isanlp's "RST-DT" is dipo's alias of the RST Discourse Treebank): data sets of
    modality text."""
    facts: list[Fact] = []
    v, root = sources._package("dipo", "dipo")
    path = root / "rst" / "parsers" / "hfhub" / "datasets.py"
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.AnnAssign | ast.Assign) and node.value is not None):
            continue
        target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
        if getattr(target, "id", "") != "DATASETS":
            continue
        for key, entry in ast.literal_eval(node.value).items():
            found = registry_corpus(entry.get("name", ""))
            if not found or _denied(found[0]):
                continue
            where = f"{v}: rst/parsers/hfhub/datasets.py DATASETS[{key!r}]['name']"
            facts.append(Fact("dataset", "dataset", found[0], where,
                              aliases=[a for a in found[1] if not _denied(a)],
                              kind="dataset", modality="text"))  # fmt: skip
    v, root = sources._package("isanlp-rst", "isanlp_rst")
    path = root / "universal_parser" / "data_manager.py"
    where = f"{v}: universal_parser/data_manager.py DataManager.__init__ docstring"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.FunctionDef) and node.name == "__init__"):
            continue
        for name in listed_corpora(ast.get_docstring(node) or ""):
            if _denied(name):
                continue
            same = [f for f in facts if norm(name) in {norm(t) for t in [f.name, *f.aliases]}]
            if same:
                if where not in same[0].source.split("; "):
                    same[0].source = f"{same[0].source}; {where}"
                continue
            facts.append(Fact("dataset", "dataset", name, where, kind="dataset",
                              modality="text"))  # fmt: skip
    return facts
