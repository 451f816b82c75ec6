"""Readers of a twenty-sixth round (requirements-read-round26.txt), in sources.py's style. Like
the twenty-first and twenty-third rounds, not driven by a gold set's errors: it reads the
registries and docstrings of packages the catalog had not read (tabular synthesis, an efficient
transformer, EEG decoding, prognostics) and takes every name they state that passes the guard,
so that papers nobody here has read find more names. Every package is read as files (`ast`,
package metadata), never imported.

- synthcity: its plugin registry. Each `plugins/**/plugin_*.py` class `<Stem>Plugin` is a
  generator; it names a model where the first sentence of its docstring (after the
  `inheritance-diagram` directive) spells `<Stem>`, case and separators aside
  (`docstring_spelling`: "RadialGAN PyTorch implementation: ...", "PATE-GAN: Generating
  Synthetic Data with ...", "Synthetic time series generation using TimeGAN."); the spelling is
  the name, kept when it has a capital inside a word (`inner_capital`: not "Bayesian
  Network" or "Normalizing Flows", generic classes). Plugins whose docstring says only what
  they do ("Conditional Tabular GAN implementation." of `CTGANPlugin`) name nothing.
- ctgan, realtabformer, linformer: the class the distribution is named after
  (`namesake_class`: `CTGAN` of ctgan, `REaLTabFormer` of realtabformer, `Linformer` of
  linformer, the name as the class spells it), and a class of ctgan's synthesizer modules
  whose docstring's first sentence spells its own name with a capital inside a word
  (`inner_capital`; `TVAE`: "TVAE."; not `Generator` or `Decoder`).
- be-great: a class of `great.py` whose docstring opens with its name (`GReaT`: "GReaT Class").
- sdv: a synthesizer class documented as "Model wrapping ``<Name>`` model" (`wrapped_model`:
  CTGAN and TVAE, one more source of ctgan's entries).
- braindecode: the classes `models/__init__.py` imports, when the first sentence of the
  docstring spells the class name ("EEG Conformer from Song et al (2022)", "EEG-DINO from
  Wang et al.", "Medformer from ..." of `MEDFormer`; `docstring_spelling`); the spelling is the
  name, the class a match key. The data-set classes of `datasets/*.py` by the same rule on the
  class name ("Temple University Hospital (TUH) Abnormal EEG Corpus." of `TUHAbnormal` gives
  "TUH Abnormal"), or, where the first sentence does not spell it, the module text's spelling
  of the class name with separators (`rules.separated_spellings`: "CHB-MIT" of `CHBMIT`).
- moabb: the data-set classes whose docstring's first sentence spells the class name with
  separators and a capital inside a word ("BNCI 2014-001 Motor Imagery dataset." of
  `BNCI2014_001`, "MAMEM 1" of `MAMEM1`; not the author-year classes, "Wang 2016"); where
  the docstring says the data set is "commonly referred to as" a name, that name instead
  (`referred_names`: "BCI Competition IV Dataset 2a" of `BNCI2014_001`; the two share no
  number, so neither can be the other's alias).
- medmnist (read since the first round for its own data sets): the source data sets its
  `INFO` descriptions name (`source_data_sets`: "The DermaMNIST is based on the HAM10000",
  "a dataset (NCT-CRC-HE-100K)", "Liver Tumor Segmentation Benchmark (LiTS)").
- rul-datasets: the data sets `reader/__init__.py`'s docstring lists in bold (`bold_listed`:
  "* **FEMTO** (PRONOSTIA) Bearing Dataset"; a parenthesised other name right after the bold
  one is an alias, and so is the name after an organisation's acronym in a reader module's
  docstring, `owner_prefixed`: "The NASA C-MAPSS Turbofan Degradation dataset").

The name rules are the pure functions at the top, tested in `tests/test_catalog26.py`;
docs/catalog.md ("A twenty-sixth round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import re

import rules
import sources
import sources_more
import sources_round25
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND26: dict[str, str] = {
    "DGCNN": "braindecode's DGCNN is Song et al.'s (2018) EEG graph network; the catalog's "
    "DGCNN (mmdet3d) is the Dynamic Graph CNN for point clouds, which the name would confirm",
    "DANCE": "braindecode's DANCE (Levy et al., 2026) is also Saito et al.'s domain-adaptation "
    "method (2020) and the word in capitals",
    "SyncNet": "braindecode's SyncNet (Li et al., 2017, EEG) is also the lip-sync network of "
    "Chung and Zisserman (2016), which papers on talking faces cite far more",
    "LUNA": "braindecode's LUNA (an EEG foundation model) is also the LUNA16 lung-nodule "
    "challenge and the word in capitals",
    "NMT": "braindecode's NMT Scalp EEG Dataset; in capitals NMT is every paper's neural "
    "machine translation",
    "Image AdsGAN": "synthcity's image variant of its own AdsGAN plugin; no paper names a model so",
    "BIDS": "the Brain Imaging Data Structure, a file format, not a data set",
    "BIOT": "braindecode's BIOT (Yang et al., 2023); the linker matches it in any case, and "
    "physics-informed papers write Biot (the Biot number, Biot's poroelastic equations)",
    "PBT": "braindecode's Patched Brain Transformer; in capitals PBT is every paper's "
    "population-based training",
}


# Denied by an earlier round (sources_round25._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round25._denied, DENY_ROUND26)


_STRIP = "()[]{}.,:;*`\"'"


def first_sentence(doc: str) -> str:
    """The first sentence of a docstring's first paragraph that is not a reST directive or
    field (".. inheritance-diagram:: ...", ":parts: 1", ":bdg-success:`Convolution`")."""
    for paragraph in re.split(r"\n\s*\n", doc):
        text = " ".join(paragraph.split())
        if not text or text.startswith((".. ", ":")):
            continue
        return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return ""


def docstring_spelling(stem: str, doc: str) -> str | None:
    """The spelling the first sentence of a docstring gives a class's stem, case and
    separators aside: a run of one to five words (brackets and punctuation around each
    dropped) with a capital whose key is the stem's ("EEG Conformer" for `EEGConformer`,
    "PATE-GAN" for `PATEGAN`, "TUH Abnormal" of "Temple University Hospital (TUH) Abnormal EEG
    Corpus." for `TUHAbnormal`); None where the sentence does not spell it ("Conditional Tabular
    GAN implementation." for `CTGAN`). Digits and "+" count: `CTABGANPlus` is not "CTAB-GAN+"
    and "CTAB-GAN+" is not `CTABGAN`."""
    key = norm(stem)
    if len(key) < 3:
        return None
    words = [w.strip(_STRIP) for w in first_sentence(doc).split()]
    for start in range(len(words)):
        for end in range(start + 1, min(start + 5, len(words)) + 1):
            run = words[start:end]
            if not all(run):
                break
            text = " ".join(run)
            if norm(text) == key and any(ch.isupper() for ch in text):
                return text
    return None


def inner_capital(name: str) -> bool:
    """Whether a word of the name has a capital after its first letter ("PrivBayes", "TVAE",
    "GReaT"), which tells a coined name from ordinary words ("Bayesian Network", "Normalizing
    Flows", "Decoder")."""
    return any(re.search(r"\w[A-Z]", word) for word in name.split())


def namesake_class(distribution: str, class_names: list[str]) -> str | None:
    """The class a distribution is named after, case and separators aside, with a capital
    (`REaLTabFormer` of realtabformer, `CTGAN` of ctgan, `Linformer` of linformer); None
    when no class is (`be-great` has `GReaT`, which its name does not spell)."""
    for name in class_names:
        if norm(name) == norm(distribution) and any(ch.isupper() for ch in name):
            return name
    return None


_WRAPPED = re.compile(r"^Model wrapping ``([A-Za-z][\w+-]*)`` model\b")


def wrapped_model(doc: str) -> str | None:
    """The model an sdv synthesizer's docstring says it wraps: "Model wrapping ``CTGAN``
    model." -> "CTGAN"; None for "Model wrapping ``copulas.multivariate.GaussianMultivariate``
    copula." (a library class, not a model)."""
    found = _WRAPPED.match(" ".join(doc.split()))
    return found.group(1) if found else None


_BOLD_ITEM = re.compile(r"^\s*[*-] \*\*([^*]+)\*\*(?: \(([^)]+)\))?", re.MULTILINE)


def bold_listed(doc: str) -> list[tuple[str, list[str]]]:
    """The names a module docstring's bullet list writes in bold, each with the other name in
    parentheses right after it: "* **FEMTO** (PRONOSTIA) Bearing Dataset" -> ("FEMTO",
    ["PRONOSTIA"]), "* **C-MAPSS** Turbofan Degradation Dataset" -> ("C-MAPSS", [])."""
    return [
        (name.strip(), [other.strip()] if other else []) for name, other in _BOLD_ITEM.findall(doc)
    ]


def owner_prefixed(text: str, name: str) -> list[str]:
    """The spellings of a name a module's text writes after an organisation's acronym, a
    word in capitals ("The NASA C-MAPSS Turbofan Degradation dataset" -> "NASA C-MAPSS");
    papers name the data set so, and the linker would otherwise read the pair as a name of
    its own. The name must stand whole (not "NASA C-MAPSS2")."""
    found = re.findall(rf"\b([A-Z]{{2,}}) {re.escape(name)}(?![\w+-])", text)
    return sorted({f"{owner} {name}" for owner in found})


_REFERRED = re.compile(r'commonly referred to as "([A-Z][^"]{2,60})"')


def referred_names(doc: str) -> list[str]:
    """The names a docstring says a data set is commonly referred to by: 'This dataset is
    commonly referred to as "BCI Competition IV Dataset 2b".' -> ["BCI Competition IV Dataset
    2b"]."""
    return _REFERRED.findall(" ".join(doc.split()))


_CODED = r"[A-Z][\w-]*(?:\d|[a-z-][A-Z])[\w-]*"
_BASED_ON = re.compile(rf"\b(?:is based on|[Ww]e use) the ({_CODED})\b")
_DATASET_PAREN = re.compile(rf"\bdataset \(({_CODED})\)")
_LONG_PAREN = re.compile(r"\b((?:[A-Z][a-z]+ ){2,5})\(([A-Z][A-Za-z]{2,})\)")


def source_data_sets(description: str) -> list[tuple[str, list[str]]]:
    """The source data sets a medmnist description names, each with its long form: a coded
    name (a digit or a capital inside) after "is based on the" or "We use the" ("The DermaMNIST
    is based on the HAM10000, ...", "based on the DeepDRiD challenge", "We use the BBBC051"), a
    coded name in parentheses after "dataset" ("a dataset (NCT-CRC-HE-100K)"), or an
    abbreviation in parentheses after the capitalised words whose initials it spells, a final
    "Benchmark", "Dataset" or "Challenge" aside ("Liver Tumor Segmentation Benchmark (LiTS)");
    not "a prior dataset of 5,856 pediatric chest X-Ray images" (no name)."""
    text = " ".join(description.split())
    found: list[tuple[str, list[str]]] = []
    for name in _BASED_ON.findall(text) + _DATASET_PAREN.findall(text):
        found.append((name, []))
    for long_form, abbreviation in _LONG_PAREN.findall(text):
        words = long_form.split()
        initials = "".join(w[0] for w in words)
        capitals = "".join(ch for ch in abbreviation if ch.isupper())
        if capitals in {initials, initials[:-1] if words[-1] in _SUFFIXES else initials}:
            found.append((abbreviation, [" ".join(words)]))
    seen: set[str] = set()
    return [(n, a) for n, a in found if not (n in seen or seen.add(n))]


_SUFFIXES = {"Benchmark", "Dataset", "Challenge"}


def _module_classes(path) -> list[tuple[ast.ClassDef, str]]:
    return sources_more.classes(path)


def synthcity_facts() -> list[Fact]:
    """The generators synthcity's plugin classes name (`docstring_spelling` of the class name
    without "Plugin"): model families."""
    v, root = sources._package("synthcity", "synthcity")
    by_name: dict[str, Fact] = {}
    for path in sorted((root / "plugins").rglob("plugin_*.py")):
        for node, doc in _module_classes(path):
            if not node.name.endswith("Plugin"):
                continue
            stem = node.name[: -len("Plugin")]
            name = docstring_spelling(stem, doc)
            if not name or not inner_capital(name) or _denied(name, stem):
                continue
            where = f"{v}: {path.relative_to(root).as_posix()} {node.name} docstring"
            sources_more.add_fact(by_name, "model", "family", name, where, "other",
                                  match_keys=[stem])  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def tabular_facts() -> list[Fact]:
    """The models ctgan, realtabformer, linformer (`namesake_class`), ctgan's synthesizers and
    be-great's class (`docstring_spelling` of the whole class name) and sdv's wrappers
    (`wrapped_model`) name: model families, one per name with every place that states it."""
    by_name: dict[str, Fact] = {}
    for distribution, top, modules in (
        ("ctgan", "ctgan", ["synthesizers/ctgan.py", "synthesizers/tvae.py"]),
        ("realtabformer", "realtabformer", ["realtabformer.py"]),
        ("linformer", "linformer", ["linformer.py"]),
        ("be-great", "be_great", ["great.py"]),
    ):
        v, root = sources._package(distribution, top)
        for module in modules:
            found = _module_classes(root / module)
            names = [node.name for node, _ in found]
            namesake = namesake_class(distribution, names)
            for node, doc in found:
                if node.name == namesake:
                    name, how = node.name, "class named as the distribution"
                else:
                    spelled = docstring_spelling(node.name, doc)
                    if spelled != node.name or not inner_capital(spelled):
                        continue
                    name, how = spelled, "docstring"
                if _denied(name):
                    continue
                where = f"{v}: {module} {node.name} {how}"
                sources_more.add_fact(by_name, "model", "family", name, where, "other")
    v, root = sources._package("sdv", "sdv")
    for path in sorted((root / "single_table").glob("*.py")):
        for node, doc in _module_classes(path):
            name = wrapped_model(doc)
            if not name or _denied(name):
                continue
            where = f"{v}: single_table/{path.name} {node.name} docstring"
            sources_more.add_fact(by_name, "model", "family", name, where, "other")
    return [by_name[name] for name in sorted(by_name)]


def _imported_classes(init_path) -> set[str]:
    tree = ast.parse(init_path.read_text(encoding="utf-8"))
    return {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


def braindecode_facts() -> tuple[list[Fact], list[Fact]]:
    """The models braindecode's exported model classes and the data sets its data-set
    classes spell in their first sentence (`docstring_spelling`), or, for a data set, its
    module spells with separators (`rules.separated_spellings`)."""
    v, root = sources._package("braindecode", "braindecode")
    models: dict[str, Fact] = {}
    exported = _imported_classes(root / "models" / "__init__.py")
    for path in sorted((root / "models").glob("*.py")):
        for node, doc in _module_classes(path):
            if node.name not in exported:
                continue
            name = docstring_spelling(node.name, doc)
            if not name or _denied(name, node.name):
                continue
            where = f"{v}: models/{path.name} {node.name} docstring"
            keys = [node.name] if node.name != name else []
            models[name] = Fact("model", "family", name, where, match_keys=keys, kind="other")
    datasets: dict[str, Fact] = {}
    for path in sorted((root / "datasets").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for node, doc in _module_classes(path):
            if node.name.startswith("_") or node.name.endswith("Dataset") or not doc:
                continue
            name = docstring_spelling(node.name, doc)
            how = "docstring"
            if not name:
                spellings = rules.separated_spellings(text, node.name)
                if not spellings:
                    continue
                name, how = spellings[0], "module text"
            if _denied(name, node.name):
                continue
            where = f"{v}: datasets/{path.name} {node.name} {how}"
            keys = [node.name] if node.name != name else []
            datasets[name] = Fact("dataset", "dataset", name, where, match_keys=keys,
                                  kind="dataset")  # fmt: skip
    return [models[n] for n in sorted(models)], [datasets[n] for n in sorted(datasets)]


def rul_datasets_facts() -> list[Fact]:
    """The data sets rul-datasets' reader package lists in bold (`bold_listed`)."""
    v, root = sources._package("rul-datasets", "rul_datasets")
    init = root / "reader" / "__init__.py"
    doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
    modules = "\n".join(
        sources_more.module_docstring(path)
        for path in sorted((root / "reader").glob("*.py"))
    )
    facts = []
    for name, others in bold_listed(doc):
        if _denied(name, *others):
            continue
        where = f"{v}: reader/__init__.py module docstring list"
        prefixed = owner_prefixed(modules, name)
        if prefixed:
            where += f"; {v}: reader module docstrings {', '.join(map(repr, prefixed))}"
        facts.append(Fact("dataset", "dataset", name, where, aliases=others + prefixed,
                          kind="dataset"))  # fmt: skip
    return facts


def moabb_facts() -> list[Fact]:
    """The data sets moabb's data-set classes spell with separators in their first sentence
    (`docstring_spelling` other than the class name, with a capital inside a word: "BNCI
    2014-001 Motor Imagery dataset." of `BNCI2014_001`; author-year classes such as
    `Wang2016`, "Wang 2016", are left out); a class whose docstring says the data set is
    commonly referred to by a name (`referred_names`) is named by it instead ("BCI
    Competition IV Dataset 2a" of `BNCI2014_001`): the two spellings share no number, so one
    cannot be the other's alias (rule 3), and papers use the second."""
    v, root = sources._package("moabb", "moabb")
    facts: dict[str, Fact] = {}
    for path in sorted((root / "datasets").rglob("*.py")):
        for node, doc in _module_classes(path):
            name = docstring_spelling(node.name, doc)
            if not name or name == node.name or not inner_capital(name):
                continue
            referred = [o for o in referred_names(doc) if not _denied(o)]
            if referred:
                # The name papers use; the BNCI spelling cannot be its alias (rule 3: an
                # alias keeps every number of the name), so the class stays a match key.
                name = referred[0]
            if _denied(name, node.name):
                continue
            where = f"{v}: {path.relative_to(root).as_posix()} {node.name} docstring"
            facts[name] = Fact("dataset", "dataset", name, where, match_keys=[node.name],
                               kind="dataset")  # fmt: skip
    return [facts[n] for n in sorted(facts)]


def medmnist_source_facts() -> list[Fact]:
    """The data sets medmnist's `INFO` descriptions say its data sets are built from
    (`source_data_sets`): data sets, with their long form as an alias."""
    v, root = sources._package("medmnist", "medmnist")
    tree = ast.parse((root / "info.py").read_text(encoding="utf-8"))
    info = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "INFO" for t in node.targets)
    )
    facts: dict[str, Fact] = {}
    for key, entry in sorted(info.items()):
        for name, long_forms in source_data_sets(entry.get("description", "")):
            if _denied(name, *long_forms):
                continue
            where = f"{v}: info.INFO[{key!r}]['description']"
            sources_more.add_fact(facts, "dataset", "dataset", name, where, "dataset",
                                  aliases=long_forms, modality="image")  # fmt: skip
    return [facts[n] for n in sorted(facts)]
