"""Readers of a thirty-third round (requirements-read-round33.txt), in sources.py's style: the
models and data sets the descriptions of three packages not read before state, read as package
metadata, never imported. Like the thirty-second round it is not driven by a list of wanted
names: every name the places below state that passes the guard is taken.

- donut-python: the model its description names in bold with the long form its bold letters
  spell (`bold_acronym`: "**Donut** 🍩, **Do**cume**n**t **u**nderstanding **t**ransformer"),
  where the package summary ends with that long form ("OCR-free Document Understanding
  Transformer"); "**SynthDoG** 🐶, **Synth**etic **Do**cument **G**enerator" spells its
  generator, which the summary does not name, and is not a model. The data sets the first
  column of its task table links by one coined word (`task_dataset`: "[CORD](...) (Document
  Parsing)", "[RVL-CDIP](...) (Document Classification)"; "Train Ticket" and "DocVQA Task1"
  are not one word), and the data-set repos it links by their repo's name (`named_repo`:
  "[`synthdog-en`](https://huggingface.co/datasets/naver-clova-ix/synthdog-en)").
- ghost-hsi: the data sets its description calls standard (`standard_datasets`: "Standard
  datasets (Indian Pines, Pavia University, Salinas Valley) are available from ..."), and the
  one it bundles (`ghost/data/__init__.py`: "the bundled Indian Pines dataset").
- rs-fusion-datasets: the "Dataset" column of its description's table, each cell's link text
  or text (`table_dataset`: "[Houston 2013](...)", "Trento", "[MUUFL](...)").
- torchrl (read since the eighteenth round, at its pin): the environments its wrapper classes
  in `envs/libs/*.py` name by one coined word (`wrapped_environment`: "SMACv2 (StarCraft
  Multi-Agent Challenge v2) environment wrapper.", "LIBERO environment wrapper."), the long
  form in parentheses an alias where its initials and version spell the name; "Google Brax
  environment wrapper." and "Meltingpot environment wrapper." are not one coined word.

The name rules are the pure functions at the top, tested in `tests/test_catalog33.py`;
docs/catalog.md ("A thirty-third round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import re

import sources
import sources_more
import sources_round32
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND33: dict[str, str] = {
    "Trento": "rs-fusion-datasets' hyperspectral and LiDAR scene of Trento; catalogued by the "
    "city's name, every 'University of Trento' would read as the data set",
    "Augsburg": "rs-fusion-datasets' hyperspectral and SAR scene of Augsburg; the city's name "
    "(the University of Augsburg)",
    "Berlin": "rs-fusion-datasets' hyperspectral and SAR scene of Berlin; the city's name "
    "(TU Berlin, the Berlin Declaration)",
}


# Denied by an earlier round (sources_round32._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round32._denied, DENY_ROUND33)


# -- name rules (pure) ------------------------------------------------------------------------

_BOLD_ACRONYM = re.compile(
    r"\*\*(?P<name>[A-Z][A-Za-z]+)\*\*[^,\n]*, (?P<long>(?:[\w*]+ ){0,6}[\w*]+)"
)


def bold_acronym(text: str) -> tuple[str, str] | None:
    """(name, long form) of a bold name followed, after a comma, by a long form whose bold
    letters spell it: "**Donut** 🍩, **Do**cume**n**t **u**nderstanding **t**ransformer, is
    ..." -> ("Donut", "Document understanding transformer"). A long form whose bold letters
    spell another name, or with none, gives None."""
    found = _BOLD_ACRONYM.search(text)
    if not found:
        return None
    name, long = found.group("name"), found.group("long")
    words = long.split()
    # The long form ends with the last word that holds a bold part.
    last = max((i for i, w in enumerate(words) if "**" in w), default=-1)
    if last < 0:
        return None
    spelled = "".join(re.findall(r"\*\*([^*]+)\*\*", " ".join(words[: last + 1])))
    if spelled.casefold() != name.casefold():
        return None
    return name, " ".join(words[: last + 1]).replace("**", "")


def summary_names(summary: str, long: str) -> bool:
    """Whether a package summary ends with the long form, case aside ("OCR-free Document
    Understanding Transformer" ends with "Document understanding transformer")."""
    return bool(long) and " ".join(summary.split()).casefold().endswith(long.casefold())


_CELL_LINK = re.compile(r"^\[(?P<text>[^\]\n]+)\]\([^)\s]+\)")


def cell_name(cell: str) -> str:
    """A table cell's link text, or the cell's text where it links nothing: "[CORD](https://
    ...) (Document Parsing)" -> "CORD"; "Trento" -> "Trento"."""
    found = _CELL_LINK.match(cell.strip())
    return found.group("text").strip() if found else cell.strip()


def coined(word: str) -> bool:
    """One word that is a name: letters, digits and hyphens, with a capital after its first
    letter ("CORD", "RVL-CDIP", "MUUFL"; "Trento" and "Train Ticket" are not)."""
    return bool(re.fullmatch(r"[A-Za-z][\w-]*", word)) and any(ch.isupper() for ch in word[1:])


def task_dataset(cell: str) -> str | None:
    """The data set a task-table cell links by one coined word, "[CORD](...) (Document
    Parsing)" -> "CORD"; "[Train Ticket](...)" and "[DocVQA Task1](...)" -> None."""
    if not _CELL_LINK.match(cell.strip()):
        return None
    name = cell_name(cell)
    return name if coined(name) else None


_REPO_LINK = re.compile(
    r"\[`?(?P<text>[\w.-]+)`?\]\(https://huggingface\.co/datasets/(?P<id>[\w.-]+/[\w.-]+)\)"
)


def named_repo(description: str) -> list[tuple[str, str]]:
    """(name, Hub id) of each data-set repo a description links by the repo's own name:
    "[`synthdog-en`](https://huggingface.co/datasets/naver-clova-ix/synthdog-en)" ->
    ("synthdog-en", "naver-clova-ix/synthdog-en"); "[CORD dataset link](...cord-v2)" names it
    otherwise and gives nothing."""
    return [(link.group("text"), link.group("id")) for link in _REPO_LINK.finditer(description)
            if link.group("text") == link.group("id").split("/", 1)[1]]  # fmt: skip


_STANDARD = re.compile(r"Standard datasets \((?P<names>[^)]+)\)")


def standard_datasets(text: str) -> list[str]:
    """The names of a "Standard datasets (A, B, C)" list, in order: "Standard datasets (Indian
    Pines, Pavia University, Salinas Valley) are available from ..." -> the three names."""
    found = _STANDARD.search(" ".join(text.split()))
    if not found:
        return []
    return [name.strip() for name in found.group("names").split(",") if name.strip()]


_BUNDLED = re.compile(r"the bundled (?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)*) dataset")


def bundled_dataset(doc: str) -> str | None:
    """The data set a docstring says the package bundles: "Return (data_path, gt_path) for the
    bundled Indian Pines dataset." -> "Indian Pines"."""
    found = _BUNDLED.search(" ".join(doc.split()))
    return found.group("name") if found else None


def table_dataset(cell: str) -> str | None:
    """The data set a "Dataset" cell names: its link text or text, where that is a name (a
    capital first): "[Houston 2013](...)" -> "Houston 2013"; "Trento" -> "Trento"."""
    name = cell_name(cell)
    return name if name[:1].isupper() else None


_WRAPPER = re.compile(r"(?P<name>[A-Za-z][\w-]*)(?: \((?P<long>[^)]+)\))? environment wrapper\b")


def spelled_by_initials(name: str, long: str) -> bool:
    """Whether the capitals that open a long form's words (hyphenated parts apart), and a
    trailing version, spell the name: "StarCraft Multi-Agent Challenge v2" spells SMACv2;
    "Minecraft" does not spell CraftGround."""
    words = [w for w in re.split(r"[\s-]+", long) if w]
    version = words.pop() if words and re.fullmatch(r"v\d+", words[-1]) else ""
    initials = "".join(w[0] for w in words if w[0].isupper())
    return len(initials) > 1 and initials + version == name


def wrapped_environment(doc: str) -> tuple[str, list[str]] | None:
    """(name, aliases) of the environment a wrapper's docstring names by one coined word:
    "SMACv2 (StarCraft Multi-Agent Challenge v2) environment wrapper." -> ("SMACv2",
    ["StarCraft Multi-Agent Challenge v2"]); "CraftGround (Minecraft) environment wrapper." ->
    ("CraftGround", []); "Google Brax environment wrapper.", "Meltingpot environment
    wrapper." -> None."""
    text = " ".join(doc.split())
    found = _WRAPPER.match(text)
    if not found or not coined(found.group("name")):
        return None
    name, long = found.group("name"), found.group("long") or ""
    return name, [long] if spelled_by_initials(name, long) else []


# -- readers ----------------------------------------------------------------------------------


def donut_facts() -> tuple[list[Fact], list[Fact]]:
    """(models, data sets) of donut-python's description: the model its bold long form and
    its summary name (`bold_acronym`, `summary_names`), a model family of kind multimodal; the
    data sets its task table links (`task_dataset`) and the data-set repos it links by name
    (`named_repo`), of kind dataset, modality image, task document understanding."""
    v, _ = sources._package("donut-python", "donut")
    description = sources.description("donut-python")
    summary = sources.summary("donut-python")
    models: dict[str, Fact] = {}
    for line in description.splitlines():
        found = bold_acronym(line)
        if found is None or not summary_names(summary, found[1]) or _denied(found[0]):
            continue
        name, long = found
        where = f"{v}: package description bold long form {name!r}"
        sources_more.add_fact(models, "model", "family", name, where, "multimodal", aliases=[long])
    datasets: dict[str, Fact] = {}
    for row in sources_round32.table_rows(description, "Pre-trained Models and Web Demos"):
        name = task_dataset(row.get("Task", ""))
        if name is None or _denied(name):
            continue
        where = f"{v}: package description task table {name!r}"
        sources_more.add_fact(datasets, "dataset", "dataset", name, where, "dataset",
                              modality="image", task="document understanding")  # fmt: skip
    for name, hub in named_repo(description):
        if _denied(name):
            continue
        where = f"{v}: package description link {hub!r}"
        sources_more.add_fact(datasets, "dataset", "dataset", name, where, "dataset",
                              hf_id=hub, modality="image",
                              task="document understanding")  # fmt: skip
    return list(models.values()), [datasets[name] for name in sorted(datasets)]


def ghost_facts() -> list[Fact]:
    """The data sets ghost-hsi's description calls standard (`standard_datasets`) and the one
    its data module bundles (`bundled_dataset`), of kind dataset, modality image, task
    hyperspectral image segmentation."""
    v, root = sources._package("ghost-hsi", "ghost")
    by_name: dict[str, Fact] = {}
    found = [(name, "package description 'Standard datasets'") for name in
             standard_datasets(sources.description("ghost-hsi"))]  # fmt: skip
    for node, doc in sources_more.definitions(root / "data" / "__init__.py"):
        name = bundled_dataset(doc)
        if name:
            found.append((name, f"data/__init__.py {node.name} docstring"))
    for name, place in found:
        if _denied(name):
            continue
        sources_more.add_fact(by_name, "dataset", "dataset", name, f"{v}: {place} {name!r}",
                              "dataset", modality="image",
                              task="hyperspectral image segmentation")  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def rs_fusion_facts(named: dict[str, str]) -> list[Fact]:
    """The data sets of rs-fusion-datasets' description table (`table_dataset`), of kind
    dataset, modality image, task hyperspectral and LiDAR/SAR classification; a name a source
    read before gave a data set (`named`: norm -> that fact's name) joins it."""
    v, _ = sources._package("rs-fusion-datasets", "rs_fusion_datasets")
    description = sources.description("rs-fusion-datasets")
    by_name: dict[str, Fact] = {}
    for row in sources_round32.table_rows(description, "rs-fusion-datasets"):
        name = table_dataset(row.get("Dataset", ""))
        if name is None or _denied(name) or named.get(norm(name), name) in by_name:
            continue  # a name the table gives twice (two mirrors of Houston 2013) cited once
        where = f"{v}: package description table 'Dataset' {name!r}"
        sources_round32.add_joined_dataset(
            by_name, named, name, where, "dataset", modality="image",
            task="hyperspectral and LiDAR/SAR classification",
        )
    return [by_name[name] for name in sorted(by_name)]


def torchrl_environment_facts() -> list[Fact]:
    """The environments torchrl's wrapper classes name (`wrapped_environment`), data sets of
    kind benchmark, modality embodied, as the catalog files simulators and suites."""
    v, root = sources._package("torchrl", "torchrl")
    by_name: dict[str, Fact] = {}
    for path in sorted((root / "envs" / "libs").glob("*.py")):
        module = path.relative_to(root).as_posix()
        for node, doc in sources_more.definitions(path):
            found = wrapped_environment(doc)
            if found is None or _denied(found[0], *found[1]):
                continue
            name, aliases = found
            if name in by_name:
                continue  # the wrapper and the Env built by name say it twice: cited once
            where = f"{v}: {module} {node.name} docstring {name!r}"
            sources_more.add_fact(by_name, "dataset", "dataset", name, where, "benchmark",
                                  aliases=aliases, modality="embodied")  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]
