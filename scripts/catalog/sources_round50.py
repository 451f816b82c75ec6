"""Readers of a fiftieth round (requirements-read-round50.txt), in sources.py's style.
Asked for names the linker missed on read papers (the gold sets dev46 and dev47); each is
taken only where a package states it. Two distributions are new (bioacoustics-model-zoo,
sylber), read as files (module source through `ast`) and package metadata; the other places
are in packages earlier rounds pinned (torchio 1.2.1, mmdet 3.3.0, mteb 2.26.24,
tensorflow-datasets 4.9.10, espnet 202511), read as files or package metadata; none is
imported.

- bioacoustics-model-zoo: the model a registered class's docstring (the class's or its
  `__init__`'s) says it loads, "load <Class> ...", the name being the class's own
  (`loaded_class`: "load BirdNET global bird classification CNN" of `BirdNET`, "load Perch
  (aka Google Bird Vocalization Classifier) ..." of `Perch`, the "aka" an alias); and the
  collections the same docstrings say a model was trained on, "It was trained on recordings
  from <Name>( and <Name>)." (`recordings_from`: Xeno Canto, iNaturalist Sounds).
- sylber: the model its Summary names before the title of its paper, quoted (round 48's
  `titled_package_model`: 'Python code for "Sylber: Syllabic Embedding Representation of
  Speech from Raw Audio"').
- torchio: the architecture a transform's docstring calls canonical, cited to its authors,
  "the canonical <Name> from [<Author> et al.](<url>)" (`canonical_cited`: 3D U-Net, Çiçek
  et al.).
- mmdet: the model a box coder's docstring follows the practice of, linked to its arXiv paper,
  "Following the practice in `<Name> <https://arxiv.org/abs/...>`_" (`practice_linked`:
  R-CNN; FSAF, read before, gains the source).
- mteb: the model a `models/model_implementations/<stem>_models.py` module is named after,
  where a citation title of the module opens with that name, "<Name>: <subtitle>", the name
  read without case and separators being the module's stem (`titled_module`: "data2vec: A
  General Framework for Self-supervised Learning ..." of data2vec_models.py).
- tensorflow-datasets: the benchmark a builder's `CITATIONS.bib` title names, "<Name>
  Benchmark for <purpose>", where the builder's README says what the corpus is for in the
  same words (`benchmark_title`: "One Billion Word Benchmark for Measuring Progress in
  Statistical Language Modeling" of lm1b, whose README reads "A benchmark corpus to be used
  for measuring progress in statistical language modeling"); aliases of the builder's entry.
- espnet: the data set its description calls a benchmark, "<Name>, which is one the most
  widely used benchmark dataset for <task>." (`widely_used_benchmark`: WSJ0-2mix).

docs/catalog.md ("A fiftieth round of sources") states the rules, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import sources
import sources_more
import sources_round48
import sources_round49
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND50: dict[str, str] = {
    "AST": "mteb's ast_model.py citation title ('AST: Audio Spectrogram Transformer'); the "
    "hand-written catalog has the model as Audio Spectrogram Transformer (key ast) without "
    "the acronym, which in capitals is as often the abstract syntax tree of code papers, and "
    "a generated AST would be a second entry of the same model",
    "VISTA": "mteb's vista_models.py citation title ('VISTA: Visualized Text Embedding For "
    "Universal Multi-Modal Retrieval'); the capitals of an ordinary word, a ready acronym for "
    "any project (monai's VISTA3D is another model), so that the cased entry would link every "
    "VISTA to this embedding model",
}

# Denied by an earlier round (round 49's `_denied`, which asks the rounds before it) or by
# this one.
_denied = sources_more.denial(sources_round49._denied, DENY_ROUND50)


# -- name rules (pure) ------------------------------------------------------------------------


def loaded_class(class_name: str, doc: str) -> tuple[str, list[str]] | None:
    """(name, aliases) where a model class's docstring opens "load <Name> ...", the name
    being the class's own as written, and an "(aka <Other Name>)" after it an alias:
    ("BirdNET", "load BirdNET global bird classification CNN") -> ("BirdNET", []);
    ("Perch", "load Perch (aka Google Bird Vocalization Classifier) from TensorFlow Hub")
    -> ("Perch", ["Google Bird Vocalization Classifier"]); ("Perch2", "load Perch v2.0 from
    TensorFlow Hub") -> None (the words are not the class's name)."""
    text = " ".join(doc.split())
    found = re.match(r"load (\S+)(?: \(aka ([A-Z][\w-]*(?: [A-Z][\w-]*)*)\))?", text)
    if not found or found[1] != class_name:
        return None
    return found[1], [found[2]] if found[2] else []


_NAME = r"[a-z]*[A-Z][\w-]*(?: [A-Z][\w-]*)*"


def recordings_from(doc: str) -> list[str]:
    """The collections a model docstring says the model was trained on, "It was trained on
    recordings from <Name>( and <Name>).", each name capitalised words: "It was trained on
    recordings from Xeno Canto and iNaturalist Sounds." -> ["Xeno Canto", "iNaturalist
    Sounds"]; "trained on a large set of annotated bird vocalizations" gives none."""
    text = " ".join(doc.split())
    found = re.search(rf"\btrained on recordings from ({_NAME})(?: and ({_NAME}))?\.", text)
    if not found:
        return []
    return [name for name in (found[1], found[2]) if name]


def canonical_cited(doc: str) -> str | None:
    """The architecture a docstring calls canonical, cited to its authors by a link, "the
    canonical <Name> from [<Author> et al.](<url>)": ("For example, the canonical 3D U-Net
    from [Çiçek et al. ](https://link.springer.com/chapter/...)", ) -> "3D U-Net"; a name
    without the linked citation gives none."""
    text = " ".join(doc.split())
    found = re.search(
        r"\bthe canonical ((?:\d\w* )?[A-Z][\w-]*) from \[\w+ et al\. ?\]\(https?://", text
    )
    return found[1] if found else None


_PRACTICE = re.compile(r"\bFollowing the practice in `([^`<]+?) <https?://arxiv\.org/abs/[\d.]+>`_")


def practice_linked(doc: str) -> str | None:
    """The model a docstring follows the practice of, linked to its arXiv paper, "Following
    the practice in `<Name> <https://arxiv.org/abs/...>`_": ("Following the practice in
    `R-CNN <https://arxiv.org/abs/1311.2524>`_, this coder encodes bbox ...") -> "R-CNN";
    "Following the practice in R-CNN [1]_" (no link) gives none."""
    found = _PRACTICE.search(" ".join(doc.split()))
    return found[1].strip() if found else None


def titled_module(title: str, module_stem: str) -> str | None:
    """The name a citation title opens with, "<Name>: <subtitle>", where the name read
    without case and separators is a module's stem (its file name without "_model(s)"):
    ("data2vec: A General Framework for Self-supervised Learning in Speech, Vision and
    Language", "data2vec") -> "data2vec"; ("C-Pack: Packaged Resources ...", "bge") -> None."""
    found = re.match(r"\s*([\w.-]+(?: [\w.-]+){0,3}):\s", " ".join(title.split()))
    return found[1] if found and norm(found[1]) == norm(module_stem) else None


def module_stem(file_name: str) -> str:
    """An mteb model module's stem: "data2vec_models.py" -> "data2vec", "ast_model.py" ->
    "ast", "e5_v.py" -> "e5_v"."""
    return re.sub(r"_models?$", "", file_name.removesuffix(".py"))


def benchmark_title(title: str, readme: str) -> str | None:
    """The benchmark a citation title names, "<Name> Benchmark for <purpose>", where the
    builder's README says what the corpus is for in the same words (case aside): ("One
    Billion Word Benchmark for Measuring Progress in Statistical Language Modeling", "A
    benchmark corpus to be used for measuring progress in statistical language modeling.")
    -> "One Billion Word"; ("Natural Questions: a Benchmark for Question Answering
    Research", ...) -> None (a title naming something else before "Benchmark")."""
    found = re.fullmatch(r"([A-Z][\w-]*(?: [A-Z][\w-]*)*) Benchmark for (.+)", " ".join(
        title.split()))  # fmt: skip
    if not found:
        return None
    purpose = found[2].casefold()
    return found[1] if purpose in " ".join(readme.split()).casefold() else None


def widely_used_benchmark(description: str) -> tuple[str, str] | None:
    """(name, task) where a description calls a data set one of the most widely used
    benchmarks for a task, "<Name>, which is one (of) the most widely used benchmark
    dataset(s) for <task>.", the name with a digit: ("We list results from three different
    models on WSJ0-2mix, which is one the most widely used benchmark dataset for speech
    separation.") -> ("WSJ0-2mix", "speech separation")."""
    found = re.search(
        r"\b([A-Z][\w-]*\d[\w-]*), which is one (?:of )?the most widely used benchmark "
        r"datasets? for ([a-z][a-z ]+)\.",
        " ".join(description.split()),
    )
    return (found[1], found[2]) if found else None


# -- readers ----------------------------------------------------------------------------------


def _registered_classes(path: Path) -> list[tuple[ast.ClassDef, str]]:
    """A module's top-level classes decorated `@register_bmz_model`, each with the docstring
    it opens with, or else its `__init__`'s (BirdNET documents itself there)."""
    found: list[tuple[ast.ClassDef, str]] = []
    for node, doc in sources_more.classes(path):
        names = {getattr(d, "id", getattr(d, "attr", "")) for d in node.decorator_list}
        if "register_bmz_model" not in names:
            continue
        if not doc:
            init = next((n for n in node.body if isinstance(n, ast.FunctionDef)
                         and n.name == "__init__"), None)  # fmt: skip
            doc = ast.get_docstring(init) or "" if init else ""
        found.append((node, doc))
    return found


def bmz_facts() -> tuple[list[Fact], list[Fact]]:
    """(models, data sets) bioacoustics-model-zoo's registered model classes state: the model
    a class says it loads (`loaded_class`: BirdNET, Perch, YAMNet), a family of kind audio,
    and the collections a class's model was trained on (`recordings_from`: Xeno Canto,
    iNaturalist Sounds), data sets of modality audio."""
    v, root = sources._package("bioacoustics-model-zoo", "bioacoustics_model_zoo")
    models: list[Fact] = []
    datasets: list[Fact] = []
    for path in sorted(root.glob("*.py")):
        for node, doc in _registered_classes(path):
            where = f"{v}: {path.name} {node.name} docstring"
            found = loaded_class(node.name, doc)
            if found:
                fact = Fact("model", "family", found[0], where, aliases=found[1],
                            kind="audio", note="bioacoustic classifier")  # fmt: skip
                sources_more.append_new_fact(models, _denied, fact)
            for name in recordings_from(doc):
                fact = Fact("dataset", "dataset", name, where, kind="dataset",
                            modality="audio")  # fmt: skip
                sources_more.append_new_fact(datasets, _denied, fact)
    return models, datasets


def sylber_facts() -> list[Fact]:
    """The model sylber's Summary names before its paper's quoted title (round 48's
    `titled_package_model`: Sylber); a family of kind speech."""
    package = "sylber"
    name = sources_round48.titled_package_model(sources.summary(package), package)
    if not name:
        return []
    fact = Fact("model", "family", name,
                f"{sources.source_label(package)}: package metadata Summary '{name}:'",
                kind="speech", note="syllabic speech representation")  # fmt: skip
    facts: list[Fact] = []
    sources_more.append_new_fact(facts, _denied, fact)
    return facts


def torchio_canonical_facts() -> list[Fact]:
    """The architectures torchio's `transforms/**/*.py` class docstrings call canonical,
    cited to their authors (`canonical_cited`: 3D U-Net); families of kind vision."""
    return sources_more.class_docstring_facts(
        "torchio", "torchio", "transforms/**/*.py", _denied, lambda _, doc: canonical_cited(doc),
        lambda name, where, _: Fact("model", "family", name, where, kind="vision",
                                    note="volumetric segmentation network"),
    )  # fmt: skip


def mmdet_practice_facts() -> list[Fact]:
    """The models mmdet's `models/task_modules/coders/*.py` class docstrings follow the
    practice of, linked to their arXiv papers (`practice_linked`: R-CNN, FSAF); families of
    kind vision."""
    return sources_more.class_docstring_facts(
        "mmdet", "mmdet", "models/task_modules/coders/*.py", _denied,
        lambda _, doc: practice_linked(doc),
        lambda name, where, _: Fact("model", "family", name, where, kind="vision",
                                    note="object detection"),
    )  # fmt: skip


def mteb_titled_module_facts() -> list[Fact]:
    """The models mteb's `models/model_implementations/*.py` modules are named after, where a
    citation title of the module opens with the module's stem (`titled_module`: data2vec of
    data2vec_models.py); families of kind embedding (mteb runs them as embedding models),
    each once."""
    v, root = sources._package("mteb", "mteb")
    folder = root / "models" / "model_implementations"
    facts: list[Fact] = []
    for path in sorted(folder.glob("*.py")):
        stem = module_stem(path.name)
        text = path.read_text(encoding="utf-8")
        for title in re.findall(r"\btitle\s*=\s*\{+([^{}]+)\}", text):
            name = titled_module(title, stem)
            if name:
                where = f"{v}: models/model_implementations/{path.name} citation title"
                fact = Fact("model", "family", name, where, kind="embedding")
                sources_more.append_new_fact(facts, _denied, fact)
                break
    return facts


def tfds_benchmark_title_facts() -> list[Fact]:
    """The benchmark a tensorflow-datasets builder's `datasets/<builder>/CITATIONS.bib` title
    names where its README states the same purpose (`benchmark_title`: "One Billion Word
    Benchmark" of lm1b): a fact named by the builder (which joins the first round's entry of
    that builder) with the title's "<Name> Benchmark" and "<Name>" as aliases."""
    v, root = sources._package("tensorflow-datasets", "tensorflow_datasets")
    facts: list[Fact] = []
    for path in sorted((root / "datasets").glob("*/CITATIONS.bib")):
        readme = path.parent / "README.md"
        if not readme.exists():
            continue
        text = path.read_text(encoding="utf-8")
        titles = re.findall(r"\btitle\s*=\s*\{([^{}]+)\}", text)
        name = benchmark_title(titles[0], readme.read_text(encoding="utf-8")) if titles else None
        if name:
            builder = path.parent.name
            where = f"{v}: datasets/{builder}/CITATIONS.bib title"
            fact = Fact("dataset", "dataset", builder, where,
                        aliases=[f"{name} Benchmark", name], kind="benchmark",
                        modality="text")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def espnet_benchmark_facts() -> list[Fact]:
    """The data set espnet's description calls one of the most widely used benchmarks for a
    task (`widely_used_benchmark`: WSJ0-2mix, speech separation); a data set of modality
    speech."""
    package = "espnet"
    found = widely_used_benchmark(sources.description(package))
    if not found:
        return []
    name, task = found
    fact = Fact("dataset", "dataset", name,
                f"{sources.source_label(package)}: package description 'SE results'",
                kind="dataset", modality="speech", task=task)  # fmt: skip
    facts: list[Fact] = []
    sources_more.append_new_fact(facts, _denied, fact)
    return facts
