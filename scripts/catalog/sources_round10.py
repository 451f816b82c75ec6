"""Readers of a tenth round of packages (requirements-read-round10.txt), for data sets
labelled papers name that the catalog lacked, in sources.py's style.

- evalplus: the extended benchmarks its package description lists ("- ✨ **MBPP+**: 35x
  more tests than the original MBPP!"), each with the identifier its `data/*.py` module
  gives the same benchmark (`get_dataset_metadata("MbppPlus", ...)` beside
  `completeness_check("MBPP+", plus)`);
- tensorflow-datasets (read since the first round for `list_builders()`): the OPUS
  sub-corpora its `opus` builder names (`SubDataset(name="OpenSubtitles", ...)`);
- lhotse (read since the first round for its recipe modules' names): the long form a
  recipe module's docstring opens with before the corpus's abbreviation ("Multilingual
  LibriSpeech (MLS) dataset is ...", "Multi-Domain Cantonese Corpus (MDCC), ...").

The name rules are the pure functions at the top, tested in `tests/test_catalog_round10.py`;
docs/catalog.md ("A tenth round of sources") states them.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round9
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; docs/catalog.md lists each with its reason.
DENY_ROUND10 = {
    "Framework": "an evalplus bullet ('**Framework**: our packages/images/tools ...'): an "
    "ordinary word, not a benchmark",
    "GNOME": "an OPUS sub-corpus of tensorflow-datasets: papers write GNOME for the desktop "
    "software, not the corpus of its translations",
    "KDE4": "an OPUS sub-corpus of tensorflow-datasets: papers write KDE for the desktop "
    "software (and kernel density estimation), not the corpus",
    "PHP": "an OPUS sub-corpus of tensorflow-datasets: papers write PHP for the programming "
    "language",
    "Ubuntu": "an OPUS sub-corpus of tensorflow-datasets (Ubuntu localization files): papers "
    "write Ubuntu for the operating system and for the Ubuntu Dialogue Corpus",
    "OpenOffice": "an OPUS sub-corpus of tensorflow-datasets: papers write OpenOffice for "
    "the office software",
}


# Denied by an earlier round (sources_round9._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round9._denied, DENY_ROUND10)


# "- ✨ **MBPP+**: 35x more tests than the original MBPP!"
_EVALPLUS_BULLET = re.compile(r"^\s*[-*]\s+\W*\*\*([^*]+)\*\*:\s*(.+)$", re.MULTILINE)


def extended_benchmarks(description: str) -> list[str]:
    """The benchmarks a package description's bullets name as extending another: a bold
    name whose text compares it with "the original <Base>", the name being the base's name
    and a suffix ("**HumanEval+**: 80x more tests than the original HumanEval!"). "**EvalPerf**:
    evaluating the efficiency ..." and "**Framework**: our packages ..." name none."""
    found = []
    for name, text in _EVALPLUS_BULLET.findall(description):
        base = re.search(r"\bthe original ([A-Z][\w-]*)", text)
        if base and name.startswith(base.group(1)) and name != base.group(1):
            found.append(name.strip())
    return found


def evalplus_identifiers(source: str) -> dict[str, str]:
    """Benchmark name -> the identifier one `evalplus/data/*.py` module gives it: the first
    string argument of its `completeness_check(...)` call ("MBPP+") and of its
    `get_dataset_metadata(...)` call ("MbppPlus"), read through `ast`; {} unless the module
    has exactly one of each."""
    calls: dict[str, list[str]] = {"completeness_check": [], "get_dataset_metadata": []}
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id in calls and node.args and isinstance(node.args[0], ast.Constant):
            calls[node.func.id].append(str(node.args[0].value))
    names, ids = set(calls["completeness_check"]), set(calls["get_dataset_metadata"])
    if len(names) != 1 or len(ids) != 1:
        return {}
    return {names.pop(): ids.pop()}


def opus_subsets(source: str) -> list[str]:
    """The `name=` of each `SubDataset(...)` a tensorflow-datasets OPUS builder module
    defines, read through `ast`, in order."""
    names = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "SubDataset"):
            continue
        for kw in node.keywords:
            if kw.arg == "name" and isinstance(kw.value, ast.Constant):
                names.append(str(kw.value.value))
    return names


# -- readers ------------------------------------------------------------------------------------


def evalplus_facts() -> list[Fact]:
    """The extended benchmarks evalplus's package description lists (`extended_benchmarks`),
    each named by the identifier its `data/*.py` module gives it (`evalplus_identifiers`:
    "MbppPlus") with the description's spelling ("MBPP+") as an alias; kind benchmark,
    modality text."""
    v, root = sources._package("evalplus", "evalplus")
    description = sources.description("evalplus")
    ids: dict[str, tuple[str, str]] = {}
    for path in sorted((root / "data").glob("*.py")):
        for name, ident in evalplus_identifiers(path.read_text(encoding="utf-8")).items():
            ids[name] = (ident, path.name)
    facts: list[Fact] = []
    for name in extended_benchmarks(description):
        if _denied(name):
            continue
        ident, module = ids.get(name, (None, None))
        where = f"{v}: package description 'About' list"
        if not ident:
            facts.append(Fact("dataset", "dataset", name, where, kind="benchmark",
                              modality="text"))  # fmt: skip
            continue
        # Named by its identifier, so that it is one entry with what other packages state
        # under that identifier (lm-eval's `evalplus/mbppplus`), the description's spelling
        # an alias.
        where += f", data/{module} get_dataset_metadata({ident!r})"
        facts.append(Fact("dataset", "dataset", ident, where, aliases=[name], kind="benchmark",
                          modality="text"))  # fmt: skip
    return facts


def tfds_opus_facts() -> list[Fact]:
    """The OPUS sub-corpora tensorflow-datasets' `datasets/opus/opus_dataset_builder.py`
    names (`opus_subsets`); kind dataset, modality text."""
    v, root = sources._package("tensorflow-datasets", "tensorflow_datasets")
    path = root / "datasets" / "opus" / "opus_dataset_builder.py"
    facts: list[Fact] = []
    for name in opus_subsets(path.read_text(encoding="utf-8")):
        if _denied(name):
            continue
        where = f"{v}: datasets/opus/opus_dataset_builder.py SubDataset(name={name!r})"
        facts.append(Fact("dataset", "dataset", name, where, kind="dataset", modality="text"))
    return facts


# "Multilingual LibriSpeech (MLS) dataset is ...", "Multi-Domain Cantonese Corpus (MDCC),
# consists of ...": capitalised words (lower-case joining words inside), the abbreviation
# in parentheses.
_LONG_FORM = re.compile(
    r"^(?:The )?((?:[A-Z][\w-]*)(?: (?:of|for|and|[A-Z][\w-]*))*) \(([A-Z][\w-]*)\)"
)


def recipe_long_form(module: str, doc: str) -> tuple[str, str] | None:
    """(abbreviation, long form) where a recipe module's docstring opens with a corpus's
    long form and its abbreviation in parentheses, the abbreviation being the module's
    name read without case and separators ("Multilingual LibriSpeech (MLS) dataset is ..."
    in `mls.py` -> ("MLS", "Multilingual LibriSpeech")); "About the eval2000 corpus ..." and
    a parenthesis naming something else ("(LDC)", "(RIRs)") give nothing."""
    first = " ".join(doc.strip().split())
    match = _LONG_FORM.match(first)
    if not match or norm(match.group(2)) != norm(module):
        return None
    return match.group(2), match.group(1)


def lhotse_long_form_facts() -> list[Fact]:
    """The long forms lhotse's recipe modules' docstrings give their corpora
    (`recipe_long_form`), each a fact named by the abbreviation as the docstring spells it
    (so that it is one entry with the first round's corpus of that recipe) with the long
    form as an alias; an abbreviation an earlier round denies ("MLS") leaves the long form
    the name. Kind dataset."""
    v, root = sources._package("lhotse", "lhotse")
    facts: list[Fact] = []
    for path in sorted((root / "recipes").glob("*.py")):
        doc = sources_more.module_docstring(path)
        found = recipe_long_form(path.stem, doc)
        if not found or _denied(found[1]):
            continue
        abbreviation, long_form = found
        where = f"{v}: recipes/{path.name} module docstring"
        if _denied(abbreviation, path.stem):
            facts.append(Fact("dataset", "dataset", long_form, where, kind="dataset"))
        else:
            facts.append(Fact("dataset", "dataset", abbreviation, where, aliases=[long_form],
                              kind="dataset"))  # fmt: skip
    return facts
