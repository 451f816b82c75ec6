"""Readers of a thirteenth round (requirements-read-round13.txt), for data sets (and a few
checkpoints) labelled papers name that the catalog lacked, in sources.py's style. One
package is new (avalanche-lib); the others are read since earlier rounds, here for other
text of the same pinned versions.

- pyannote.audio (read since the eighth round for its model classes): the benchmark table of
  its package description, whose first column links each diarization data set to its page
  ("| [DIHARD 3](https://catalog.ldc.upenn.edu/LDC2022S14) ([full](...)) | 21.4 | ...");
- avalanche-lib (new): the continual-learning benchmarks `benchmarks/classic/*.py` functions
  name in a docstring that opens "Creates a <Name> benchmark." ("Creates a Rotated MNIST
  benchmark.");
- mmaction2 (read since the first round for its metafiles): the table of supported data sets
  in its package description, each linking its preparation guide `tools/data/<folder>/README.md`
  ("<a href=\".../tools/data/thumos14/README.md\">THUMOS14</a>"), where the folder spells the
  name (case and separators aside);
- pytorchcv (read since the fourth round for `models/*.py`): the builder functions whose
  docstring names the network with the data set it is trained for or its configuration
  before "model from '<paper>'" ("ResNet-56 model for CIFAR-10 from 'Deep Residual Learning
  ...'", "ResNeXt-26 (16x4d) model from '...'"), which the fourth round's pattern
  ("<Name> model from '") did not take: checkpoints of the family the fourth round documents.

The name rules are the pure functions at the top, tested in `tests/test_catalog_round13.py`;
docs/catalog.md ("A thirteenth round of sources") states them.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import sources
import sources_more
import sources_round12
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; docs/catalog.md lists each with its reason.
DENY_ROUND13: dict[str, str] = {
    "ActivityNet": "mmaction2's data-set table links one guide for the collection, but papers "
    "name its parts (ActivityNet Captions, ActivityNet v1.3, which the catalog has); tried: "
    "a false link where a paper's data set is ActivityNet Captions",
}


# Denied by an earlier round (sources_round12._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round12._denied, DENY_ROUND13)


# A data set's name: words, digits and the separators names use; no "*", "[", "(" or "/".
_NAME = re.compile(r"[A-Za-z][\w.+'-]*(?: [\w.+'-]+){0,3}")
_TABLE_ROW = re.compile(r"^\|\s*\[([^\]]+)\]\((https?://[^)\s]+)\)", re.MULTILINE)


def benchmark_table_names(description: str) -> list[str]:
    """The data sets a package description's benchmark table names: the link text that opens a
    row of a Markdown table whose header cell starts with "Benchmark" ("| [AMI](https://...)
    (IHM) | 18.8 |"), each once, in order. Links elsewhere (a row's second link, prose) and
    texts that are no name ("`legacy` (3.1)") name nothing."""
    found: list[str] = []
    for table in re.split(r"\n(?=\| *Benchmark\b)", description)[1:]:
        rows = table.split("\n\n", 1)[0]
        for match in _TABLE_ROW.finditer(rows):
            name = match.group(1).strip()
            if _NAME.fullmatch(name) and name not in found:
                found.append(name)
    return found


_CREATES = re.compile(r"Creates an? ([A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) benchmark\.")


def created_benchmark(doc: str) -> str | None:
    """The benchmark an avalanche `benchmarks/classic` function's docstring names in its first
    sentence, "Creates a Rotated MNIST benchmark." -> "Rotated MNIST"; every word capitalised.
    "Creates a CL benchmark using the CIFAR10 dataset." (a description: a benchmark built from
    CIFAR-10, no name of its own) and "Creates a Domain-Incremental benchmark for CLEAR" (a
    setting) name nothing."""
    text = " ".join(doc.split())
    match = _CREATES.match(text)
    if not match or match.group(1) in {"CL", "Domain-Incremental", "Class-Incremental"}:
        return None
    return match.group(1)


_GUIDE_LINK = re.compile(r'<a href="[^"]*/tools/data/([\w-]+)/README\.md">([^<]+)</a>')


def guide_linked_names(description: str) -> list[str]:
    """The data sets mmaction2's package description lists by linking their preparation guides
    (`tools/data/<folder>/README.md`), where the folder spells the link text, case and
    separators aside ("thumos14" -> "THUMOS14", "ava_kinetics" -> "AVA-Kinetics"); each once.
    A guide shared by several entries (`skeleton`: "PoseC3D-UCF101"), a folder named otherwise
    (`gym`: "FineGYM", `mit`: "Moments in Time") and marked texts ("JHMDB*",
    "Kinetics-[400/600/700]") name nothing."""
    found: list[str] = []
    for folder, text in _GUIDE_LINK.findall(description):
        name = text.strip()
        if _NAME.fullmatch(name) and norm(name) == norm(folder) and name not in found:
            found.append(name)
    return found


_QUALIFIED_BUILDER = re.compile(
    r"([A-Za-z][\w+-]*[A-Za-z\d+]) (?:\([\w.-]+\) )?models? (?:for [\w.+-]+ )?from '"
)


def qualified_builder_model(doc: str) -> str | None:
    """The network a pytorchcv builder's docstring names before a data set it is trained for
    or a configuration in parentheses: "ResNet-56 model for CIFAR-10 from 'Deep Residual
    ..." -> "ResNet-56", "ResNeXt-26 (16x4d) model from '...'" -> "ResNeXt-26"; a name with a
    capital. pytorchcv's own untrained depths ("experimental model") and the plain "<Name>
    model from '" the fourth round reads name nothing here."""
    first = " ".join(doc.split())
    match = _QUALIFIED_BUILDER.match(first)
    if not match or not any(ch.isupper() for ch in match.group(1)):
        return None
    if "experimental model" in first or not re.search(r"\) model| for ", match.group(0)):
        return None  # untrained depths; a plain "<Name> model from" is the fourth round's
    return match.group(1)


def pyannote_benchmark_facts() -> list[Fact]:
    """The diarization data sets pyannote.audio's package description benchmarks its pipelines
    on (`benchmark_table_names`), data sets of modality speech."""
    return description_facts(
        "pyannote.audio", "pyannote", benchmark_table_names, "benchmark table", _denied,
        kind="dataset", modality="speech", task="Speaker diarization",
    )  # fmt: skip


def description_facts(
    package: str,
    module: str,
    names: Callable[[str], Iterable[str]],
    what: str,
    denied: Callable[[str], bool],
    *,
    entity: str = "dataset",
    level: str = "dataset",
    **fields: str,
) -> list[Fact]:
    """One fact (a data set unless `entity` and `level` say otherwise) for each name `names`
    reads from `package`'s description (the long description its metadata ships), citing the
    version and `what` part of the text holds it ("benchmark table", "test set"); names
    `denied` are left out."""
    v, _ = sources._package(package, module)
    description = sources.description(package)
    return [
        Fact(entity, level, name, f"{v}: package description {what} '{name}'", **fields)
        for name in names(description)
        if not denied(name)
    ]


def avalanche_facts() -> list[Fact]:
    """The continual-learning benchmarks avalanche-lib's `benchmarks/classic` functions name
    (`created_benchmark`), of kind benchmark; once per name."""
    v, root = sources._package("avalanche-lib", "avalanche")
    folder = root / "benchmarks" / "classic"
    facts: list[Fact] = []
    for path, node, docstring in documented(sorted(folder.glob("*.py")), ast.FunctionDef):
        name = created_benchmark(docstring)
        if name:
            where = f"{v}: {path.relative_to(root.parent).as_posix()} {node.name} docstring"
            fact = Fact("dataset", "dataset", name, where, kind="benchmark")
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


_Node = TypeVar("_Node", bound=ast.AST)


def documented(paths: Iterable[Path], node_type: type[_Node]) -> Iterator[tuple[Path, _Node, str]]:
    """The module-level functions or classes (`node_type`) of the Python files `paths`, read
    through `ast` (nothing is imported), with their docstrings ("" without one)."""
    for path in paths:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, node_type):
                yield path, node, ast.get_docstring(node) or ""


def mmaction2_guide_facts() -> list[Fact]:
    """The video data sets mmaction2's package description links preparation guides for
    (`guide_linked_names`), modality video."""
    return description_facts(
        "mmaction2", "mmaction", guide_linked_names, "data-set table", _denied,
        kind="dataset", modality="video",
    )  # fmt: skip


def pytorchcv_qualified_facts() -> list[Fact]:
    """Checkpoints from pytorchcv's builders (`qualified_builder_model`) of a family the
    fourth round documents (`sources_more.pytorchcv_checkpoint`: "ResNet-56" of ResNet), one
    per name, every builder's name a match key (`resnet56_cifar10`, `resnet56_cifar100`)."""
    v, root = sources._package("pytorchcv", "pytorchcv")
    families = {f.name for f in sources_more.pytorchcv_facts() if f.level == "family"}
    found: dict[str, Fact] = {}
    for path in sorted((root / "models").glob("*.py")):
        for node, doc in sources_more.definitions(path):
            if isinstance(node, ast.ClassDef):
                continue
            name = qualified_builder_model(doc)
            family = sources_more.pytorchcv_checkpoint(name, families) if name else None
            if not name or not family or _denied(name, node.name):
                continue
            if name in found:
                found[name].match_keys.append(node.name)
                continue
            where = f"{v}: models/{path.name} {node.name} docstring"
            found[name] = Fact("model", "checkpoint", name, where, match_keys=[node.name],
                               family=family, kind="vision")  # fmt: skip
    return list(found.values())
