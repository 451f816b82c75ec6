"""Readers of a sixty-second round (requirements-read-round62.txt), in sources.py's style.
A proactive round: names papers use and the catalog lacked, from a vision-language evaluation
kit, a materials-discovery benchmark, fairchem's data packages and an audio benchmark's
evaluation kit, where a package states them. Five distributions are new, all installed
without their dependencies: ms-vlmeval 0.0.20 (ModelScope's packaging of OpenCompass'
VLMEvalKit, whose `vlmeval` is on no PyPI distribution of its own), matbench-discovery 1.3.1,
fairchem-data-odac 0.1.0, fairchem-data-omat 0.2.0, heareval 2021.1.3. Every place is read as
files (the package description and summary, module source through `ast`), never imported.

- ms-vlmeval: the benchmarks its description's news lists as "Supported Benchmarks: **<Name>,
  <Name>, ...**" and names one by one as "Supported [**<Name>**](<url>) ... benchmark", each
  kept where an identifier of the kit's `vlmeval/dataset` modules (a module's file name, a
  class name, a key of a class's literal `DATASET_URL`) read without case and separators is
  the name, the name with "Dataset", or begins with the name and a separator
  (`supported_benchmarks`, `kit_identifiers`: "MM-IFEval" of `mmifeval.py`, "VL-RewardBench"
  of `vl_rewardbench.py`, "VisOnlyQA" of the key 'VisOnlyQA-VLMEvalKit'; "ChaXiv", a typo of
  CharXiv, and "Spatial457 Benchmark" have none).
- matbench-discovery: the benchmark the description's paragraph opens with, "<Name> is a|an
  ...", two or more capitalised words read without case and separators the distribution's
  name (`opening_benchmark`: "Matbench Discovery is an [interactive leaderboard](...)").
- fairchem-data-odac, fairchem-data-omat: the data set the description's first level-1
  heading names, "# <Name> Dataset", the name one word of capitals and digits whose letters
  read without case are the distribution's last part (`headed_dataset`: "# ODAC23 Dataset",
  "# OMat24 Dataset").
- heareval: the benchmark its summary gives as an acronym with its long form,
  "<Long Form> (<ACR>) <year> -- ...", the long form's capitalised initials spelling the
  acronym, where the description links "[<ACR> Benchmark](<url>)" (`linked_acronym`:
  "Holistic Evaluation of Audio Representations (HEAR) 2021 -- Evaluation Kit" and "[HEAR
  Benchmark](https://hearbenchmark.com)").

docs/catalog.md ("A sixty-second round of sources") states the rules, and what was looked
at and not read.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import sources
import sources_more
import sources_round61
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND62: dict[str, str] = {
    # ms-vlmeval's description "Supported Benchmarks: **..., Physics, ...**" (class Physics).
    "Physics": "the science's name, which every physics paper writes; VLMEvalKit's "
    "Physics (physics-yale) benchmark is no name papers cite alone",
    # ms-vlmeval's description "Supported Benchmarks: **..., MOAT, ...**" (class MOAT).
    "MOAT": "also MOAT, the vision backbone of alternating mobile convolution and attention "
    "(Yang et al., 2022), and the word",
}

# Denied by an earlier round (round 61's `_denied`, which asks the rounds before it) or by
# this one.
_denied = sources_more.denial(sources_round61._denied, DENY_ROUND62)


# -- name rules (pure) ------------------------------------------------------------------------


def supported_benchmarks(description: str) -> list[str]:
    """The benchmarks a description's news names: each item of a bold list "Supported
    Benchmarks: **<Name>, <Name>, ...**" (commas, full-width ones too), and each
    "Supported [**<Name>**](<url>)" whose line calls it a benchmark, in the order written:
    "Supported Benchmarks: **MMMU-Pro, WeMath**" -> ["MMMU-Pro", "WeMath"]; "Supported
    [**PhyX**](https://phyx-bench.github.io/), a benchmark ..." -> ["PhyX"]; "Supported
    [**OvisU1**](...), thanks to ..." -> []."""
    names: list[str] = []
    for line in description.splitlines():
        for block in re.findall(r"Supported Benchmarks: \*\*(.+?)\*\*", line):
            names += [n.strip() for n in re.split("[,\uff0c]", block) if n.strip()]
        for name, rest in re.findall(r"Supported \[\*\*([^*\]]+)\*\*\]\([^)\s]+\)(.*)", line):
            if re.search(r"\bbenchmark\b", rest):
                names.append(name.strip())
    return list(dict.fromkeys(names))


def kit_identifiers(path_stem: str, source: str) -> list[str]:
    """The identifiers a dataset module gives: its file name, its class names and the keys
    of every literal `DATASET_URL` dict it assigns: ("image_vqa", "class MMVet(...):\\n
    DATASET_URL = {'MMVet': ..., 'MMVet_Hard': ...}") -> ["image_vqa", "MMVet", "MMVet_Hard"]."""
    found = [path_stem]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            found.append(node.name)
        elif (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "DATASET_URL" for t in node.targets)
            and isinstance(node.value, ast.Dict)
        ):
            found += [k.value for k in node.value.keys
                      if isinstance(k, ast.Constant) and isinstance(k.value, str)]  # fmt: skip
    return found


def identified(name: str, identifiers: list[str]) -> str | None:
    """The first identifier that spells `name`: read without case and separators the name,
    the name and "Dataset", or beginning with the name followed by a separator:
    ("MM-IFEval", ["mmifeval"]) -> "mmifeval"; ("MMMU-Pro", ["MMMUProDataset"]) ->
    "MMMUProDataset"; ("VisOnlyQA", ["VisOnlyQA-VLMEvalKit"]) -> "VisOnlyQA-VLMEvalKit";
    ("ChaXiv", ["CharXiv"]) -> None."""
    key = norm(name)
    for ident in identifiers:
        if norm(ident) in (key, key + "dataset"):
            return ident
        head = re.match(r"([^_\-]+)[_\-]", ident)
        if head and norm(head[1]) == key:
            return ident
    return None


def opening_benchmark(distribution: str, description: str) -> str | None:
    """The name a description's paragraph opens with, "<Name> is a|an ...", two or more
    capitalised words read without case and separators the distribution's name:
    ("matbench-discovery", "...\\n\\nMatbench Discovery is an [interactive leaderboard](...)")
    -> "Matbench Discovery"."""
    for paragraph in re.split(r"\n\s*\n", description):
        found = re.match(r"([A-Z][\w-]*(?: [A-Z][\w-]*)+) is an? ", paragraph.strip())
        if found and norm(found[1]) == norm(distribution):
            return found[1]
    return None


def headed_dataset(part: str, description: str) -> str | None:
    """The data set a description's first level-1 heading names, "# <Name> Dataset", the
    name one word of letters and digits with a capital whose letters read without case are
    `part`: ("odac", "# ODAC23 Dataset") -> "ODAC23"; ("omat", "# OMat24 Dataset") ->
    "OMat24"; ("oc", "# Open-Catalyst-Dataset") -> None."""
    line = sources_more.first_title(description)
    found = re.fullmatch(r"# ([A-Z][A-Za-z]*\d+) Dataset", line.strip()) if line else None
    if not found or re.sub(r"\d", "", found[1]).casefold() != part.casefold():
        return None
    return found[1]


def linked_acronym(summary: str, description: str) -> tuple[str, str] | None:
    """(acronym, long form) of a summary "<Long Form> (<ACR>) ...", the initials of the long
    form's capitalised words spelling the acronym, where the description links
    "[<ACR> Benchmark](<url>)": ("Holistic Evaluation of Audio Representations (HEAR) 2021
    -- Evaluation Kit", "... [HEAR Benchmark](https://hearbenchmark.com) ...") -> ("HEAR",
    "Holistic Evaluation of Audio Representations")."""
    found = re.match(r"((?:[A-Z][a-z]+|of|for|the|and)(?: (?:[A-Z][a-z]+|of|for|the|and))+) "
                     r"\(([A-Z]{2,})\)", summary.strip())  # fmt: skip
    if not found:
        return None
    long_form, acronym = found[1], found[2]
    if "".join(w[0] for w in long_form.split() if w[0].isupper()) != acronym:
        return None
    if not re.search(rf"\[{acronym} Benchmark\]\(\S+\)", description):
        return None
    return acronym, long_form


# -- readers ----------------------------------------------------------------------------------


def _kit_identifiers(root: Path) -> list[str]:
    """Every identifier of ms-vlmeval's `vlmeval/dataset` modules (`kit_identifiers`), in
    the modules' sorted order."""
    found: list[str] = []
    for path in sorted((root / "dataset").rglob("*.py")):
        found += kit_identifiers(path.stem, path.read_text(encoding="utf-8"))
    return found


def vlmeval_facts() -> list[Fact]:
    """The benchmarks ms-vlmeval's description lists as supported (`supported_benchmarks`),
    kept where a `vlmeval/dataset` identifier spells them (`identified`); benchmarks of
    modality image (the kit's video benchmarks too: they are read frame by frame)."""
    v, root = sources._package("ms-vlmeval", "vlmeval")
    identifiers = _kit_identifiers(root)
    facts: list[Fact] = []
    for name in supported_benchmarks(sources.description("ms-vlmeval")):
        ident = identified(name, identifiers)
        if ident is None:
            continue
        where = (f"{v}: package description 'Supported Benchmarks' '{name}' and "
                 f"vlmeval/dataset '{ident}'")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, Fact(
            "dataset", "dataset", name, where, kind="benchmark", modality="image",
            task="vision-language evaluation"))  # fmt: skip
    return facts


def matbench_discovery_facts() -> list[Fact]:
    """The benchmark matbench-discovery's description opens a paragraph with
    (`opening_benchmark`: Matbench Discovery); modality molecule, as Matbench."""
    label = sources.source_label("matbench-discovery")
    name = opening_benchmark("matbench-discovery", sources.description("matbench-discovery"))
    facts: list[Fact] = []
    if name:
        where = f"{label}: package description '{name} is an ...'"
        sources_more.append_new_fact(facts, _denied, Fact(
            "dataset", "dataset", name, where, kind="benchmark", modality="molecule",
            task="crystal stability prediction"))  # fmt: skip
    return facts


def fairchem_data_facts() -> list[Fact]:
    """The data sets fairchem's data packages' descriptions are headed by (`headed_dataset`:
    ODAC23, OMat24); data sets of modality molecule."""
    facts: list[Fact] = []
    for distribution in ("fairchem-data-odac", "fairchem-data-omat"):
        label = sources.source_label(distribution)
        part = distribution.rsplit("-", 1)[1]
        name = headed_dataset(part, sources.description(distribution))
        if name:
            where = f"{label}: package description heading '# {name} Dataset'"
            fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="molecule")
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def heareval_facts() -> list[Fact]:
    """The benchmark heareval's summary and description name (`linked_acronym`: HEAR, with
    its long form, which the linker reads to tie the acronym to it); a benchmark of modality
    audio."""
    label = sources.source_label("heareval")
    found = linked_acronym(sources.summary("heareval"), sources.description("heareval"))
    facts: list[Fact] = []
    if found:
        name, long_form = found
        where = (f"{label}: package summary '{long_form} ({name})' and description "
                 f"'[{name} Benchmark](...)'")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, Fact(
            "dataset", "dataset", name, where, long_forms=[long_form], kind="benchmark",
            modality="audio", task="audio representation evaluation"), long_form)  # fmt: skip
    return facts
