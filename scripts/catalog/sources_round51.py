"""Readers of a fifty-first round (requirements-read-round51.txt), in sources.py's style.
Asked for names the linker missed on read papers (the gold sets dev48 and dev49); each is
taken only where a package states it. Two distributions are new (ofa, ggnn), read as package
metadata; the other places are in packages earlier rounds pinned (mteb 2.26.24,
torch-geometric 2.8.1, espnet 202511, lhotse 1.33.0, nnunetv2 2.8.1), read as files; none is
imported.

- ofa, ggnn: the model a Summary names by the words whose initials spell the package's name,
  the name before a colon or the whole Summary (`initialled_summary`: "Once for All: Train
  One Network and Specialize it for Efficient Deployment." of ofa, "Gated Graph Neural
  Networks" of ggnn); the acronym in capitals is the name (GGNN) and the words an alias,
  unless the acronym names another entry (OFA, denied below), when the words are the name.
- mteb: the data set a task's citation title quotes, 'The "<Name>" <words> data set'
  (`quoted_title_dataset`: Covers80), and the model a task's citation title names before a
  colon, "<Name>: <words> Representation Learning using <words> Transformers"
  (`representation_title`: SPECTER, cited by the SciDocs tasks).
- torch-geometric: the graph a data set's docstring says it is a subset of, "a subset of the
  <Name> (<Initials>)", the capitals of the name spelling the initials (`subset_of`:
  Microsoft Academic Graph, of OGB_MAG); the initials are not kept (below).
- espnet: the models a docstring points to papers for, "refer to the following papers:"
  then lines "<Name>: https://arxiv.org/..." (`paper_lines`: SA-EEND, EEND-EDA, of
  espnet2/diar/espnet_model.py).
- lhotse: the challenges' databases a recipe's module docstring lists, a line naming a
  database and "... Challenge (<Name> <year>)" (`challenge_databases`: ASVspoof 2015, of
  recipes/vctk.py; ASVspoof 2019, read there too, denied below).
- nnunetv2: the yearly challenge data sets its dataset_conversion scripts convert,
  `task_name = "<Name><year>"` in `Dataset<NNN>_<Name><yy>.py`, the file naming the same
  year (`conversion_task`: BraTS2018, BraTS2019, BraTS2021, KiTS2023), the year also
  hyphenated ("BraTS-2019", `rules.split_camel_digits`).

docs/catalog.md ("A fifty-first round of sources") states the rules, and what was looked at
and not read.
"""

from __future__ import annotations

import re
from pathlib import Path

import sources
import sources_more
import sources_round50
from rules import Fact, split_camel_digits

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND51: dict[str, str] = {
    "OFA": "ofa's Summary initials ('Once for All'); the hand-written catalog's OFA is "
    "Alibaba's unified multimodal model (One For All), and a second OFA would make the "
    "capitals ambiguous; the MIT network is kept by its words",
    "MAG": "torch-geometric's OGB_MAG docstring initials ('Microsoft Academic Graph (MAG)'); "
    "in capitals it is as often the Multimodal Adaptation Gate of MAG-BERT (multimodal "
    "sentiment papers) or a magnitude, so the cased initials would link those to the graph",
    "ASVspoof 2019": "lhotse's recipes/vctk.py module docstring ('ASVspoof 2019: The 3rd ... "
    "Challenge database'); papers evaluate on its logical or physical access part ('ASVspoof "
    "2019 LA'), which no package read states, and a first run of the round linked "
    "'ASVspoof2019 logical access' (dev5) to the whole challenge, swallowing the part",
}

# Denied by an earlier round (round 50's `_denied`, which asks the rounds before it) or by
# this one.
_denied = sources_more.denial(sources_round50._denied, DENY_ROUND51)


# -- name rules (pure) ------------------------------------------------------------------------


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", words) if w)


def initialled_summary(summary: str, package: str) -> tuple[str, str] | None:
    """(acronym, words) where a Summary names a model by words whose initials spell the
    package's name: the words before a colon, or else the whole Summary (a final full stop
    aside), each word capitalised or a short joining word: ("Gated Graph Neural Networks",
    "ggnn") -> ("GGNN", "Gated Graph Neural Networks"); ("Once for All: Train One Network and
    Specialize it for Efficient Deployment.", "ofa") -> ("OFA", "Once for All");
    ("End-to-End Neural Diarization", "eend") -> None (the hyphenated words spell "etend")."""
    text = " ".join(summary.split()).removesuffix(".")
    words = text.split(":", 1)[0].strip()
    if not re.fullmatch(r"[A-Z][\w-]*(?: (?:[A-Z][\w-]*|for|of|and|in|to))+", words):
        return None
    if _initials(words).casefold() != package.casefold():
        return None
    return package.upper(), words


def quoted_title_dataset(title: str) -> str | None:
    """The data set a citation title quotes, 'The "<Name>" <words> data set':
    ('The "Covers80" cover song data set') -> "Covers80"; a title quoting a name before
    other words ('The "Something Something" Video Database for ...') gives none."""
    found = re.fullmatch(r'The "([^"]+)" [\w -]*\bdata ?set', " ".join(title.split()))
    return found[1] if found else None


def representation_title(title: str) -> str | None:
    """The model a citation title names before a colon, the title saying it learns
    representations with Transformers, "<Name>: <words> Representation Learning using <words>
    Transformers": ("SPECTER: Document-level Representation Learning using
    Citation-informed Transformers") -> "SPECTER"; ("C-Pack: Packed Resources For General
    Chinese Embeddings") -> None."""
    found = re.fullmatch(
        r"([A-Z][\w-]*): [\w -]*Representation Learning using [\w -]*Transformers",
        " ".join(title.split()),
    )
    return found[1] if found else None


def subset_of(doc: str) -> tuple[str, str] | None:
    """(name, initials) of what a docstring says its data is a subset of, "a subset of the
    <Name> (<Initials>)", the capitals of the name spelling the initials: (":obj:`ogbn-mag`
    is a heterogeneous graph composed of a subset of the Microsoft Academic Graph (MAG).")
    -> ("Microsoft Academic Graph", "MAG"); "a subset of the ImageNet dataset" gives none."""
    found = re.search(
        r"\ba subset of the ([A-Z][\w-]*(?: [A-Z][\w-]*)+) \(([A-Z]{2,})\)", " ".join(doc.split())
    )
    if not found or "".join(ch for ch in found[1] if ch.isupper()) != found[2]:
        return None
    return found[1], found[2]


def paper_lines(doc: str) -> list[str]:
    """The models a docstring points to papers for, "refer to the following papers:" then
    lines "<Name>: https://arxiv.org/...": ("For the details about SA-EEND and EEND-EDA,
    refer to the following papers:\\n SA-EEND: https://arxiv.org/pdf/1909.06247.pdf\\n
    EEND-EDA: https://arxiv.org/pdf/2005.09921.pdf") -> ["SA-EEND", "EEND-EDA"]."""
    _, found, rest = doc.partition("refer to the following papers:")
    if not found:
        return []
    names: list[str] = []
    for line in rest.splitlines():
        line = line.strip()
        if not line:
            continue
        hit = re.match(r"([A-Z][\w-]*): https?://arxiv\.org/", line)
        if not hit:
            break
        names.append(hit[1])
    return names


def challenge_databases(doc: str) -> list[str]:
    """The challenges' databases a docstring lists, a line that names a database and ends
    "... Challenge (<Name> <year>)" (a link may follow): ("- ASVspoof 2019: The 3rd Automatic
    Speaker Verification Spoofing and Countermeasures Challenge database. This database has
    been used in the 3rd ... Challenge (ASVspoof 2019) https://doi.org/...") ->
    ["ASVspoof 2019"]; a challenge without a year gives none."""
    names: list[str] = []
    for line in doc.splitlines():
        if "database" not in line.casefold():
            continue
        for name in re.findall(r"\bChallenge \(([A-Za-z][\w-]* (?:19|20)\d\d)\)", line):
            if name not in names:
                names.append(name)
    return names


def conversion_task(file_stem: str, task_name: str) -> str | None:
    """The yearly data set an nnU-Net conversion script converts, `task_name =
    "<Name><year>"` in `Dataset<NNN>_<Name><yy or year>.py`: ("Dataset043_BraTS19",
    "BraTS2019") -> "BraTS2019"; ("Dataset220_KiTS2023", "KiTS2023") -> "KiTS2023";
    ("Dataset221_AutoPETII_2023", "AutoPETII_2023") -> None (not a name and a year)."""
    task = re.fullmatch(r"([A-Z][A-Za-z]+)((?:19|20)(\d\d))", task_name)
    file = re.fullmatch(r"Dataset\d{3}_([A-Za-z]+?)(\d{2}|\d{4})", file_stem)
    if not task or not file or file[1] != task[1]:
        return None
    return task_name if file[2] in (task[2], task[3]) else None


# -- readers ----------------------------------------------------------------------------------


def initialled_summary_facts() -> list[Fact]:
    """The models ofa's and ggnn's Summaries name by their initials (`initialled_summary`):
    GGNN (alias Gated Graph Neural Networks), a family of kind other (graph networks), and
    Once for All (its initials denied), a family of kind vision."""
    facts: list[Fact] = []
    for package, kind, note in (("ofa", "vision", "once-for-all network (NAS supernet)"),
                                ("ggnn", "other", "gated graph neural network")):  # fmt: skip
        found = initialled_summary(sources.summary(package), package)
        if not found:
            continue
        acronym, words = found
        where = f"{sources.source_label(package)}: package metadata Summary '{words}'"
        if _denied(acronym):
            fact = Fact("model", "family", words, where, kind=kind, note=note)
        else:
            fact = Fact("model", "family", acronym, where, aliases=[words], kind=kind, note=note)
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def _mteb_titles(path: Path) -> list[str]:
    return re.findall(r"\btitle\s*=\s*\{+([^{}]+)\}", path.read_text(encoding="utf-8"))


def mteb_title_facts() -> tuple[list[Fact], list[Fact]]:
    """(models, data sets) mteb's `tasks/**/*.py` citation titles name: the model a title
    names as learning representations with Transformers (`representation_title`: SPECTER), a
    family of kind embedding, and the data set a title quotes (`quoted_title_dataset`:
    Covers80), a data set of modality audio; each once, from the first module (sorted)."""
    v, root = sources._package("mteb", "mteb")
    models: list[Fact] = []
    datasets: list[Fact] = []
    for path in sorted((root / "tasks").rglob("*.py")):
        where = f"{v}: {path.relative_to(root).as_posix()} citation title"
        for title in _mteb_titles(path):
            name = representation_title(title)
            if name:
                fact = Fact("model", "family", name, where, kind="embedding",
                            note="scientific document embedding")  # fmt: skip
                sources_more.append_new_fact(models, _denied, fact)
            name = quoted_title_dataset(title)
            if name:
                fact = Fact("dataset", "dataset", name, where, kind="dataset",
                            modality="audio", task="cover song identification")  # fmt: skip
                sources_more.append_new_fact(datasets, _denied, fact)
    return models, datasets


def pyg_subset_facts() -> list[Fact]:
    """The graphs torch-geometric's `datasets/*.py` class docstrings say a data set is a
    subset of (`subset_of`: Microsoft Academic Graph); data sets of modality graph, the
    initials left out (MAG, denied)."""
    return sources_more.class_docstring_facts(
        "torch-geometric", "torch_geometric", "datasets/*.py", _denied,
        lambda _, doc: subset_of(doc),
        lambda found, where, _: Fact("dataset", "dataset", found[0], where, kind="dataset",
                                     modality="graph"),
    )  # fmt: skip


def espnet_paper_facts() -> list[Fact]:
    """The models espnet2's `diar/*.py` class docstrings point to papers for (`paper_lines`:
    SA-EEND, EEND-EDA); families of kind speech."""
    return sources_more.class_docstring_facts(
        "espnet", "espnet2", "diar/*.py", _denied, lambda _, doc: paper_lines(doc),
        lambda name, where, _: Fact("model", "family", name, where, kind="speech",
                                    note="end-to-end neural speaker diarization"),
        shown_under="espnet2/",
    )  # fmt: skip


def lhotse_challenge_facts() -> list[Fact]:
    """The challenges' databases lhotse's `recipes/*.py` module docstrings list
    (`challenge_databases`: ASVspoof 2015; ASVspoof 2019 denied); data sets of modality
    speech."""
    v, root = sources._package("lhotse", "lhotse")
    facts: list[Fact] = []
    for path in sorted((root / "recipes").glob("*.py")):
        doc = sources_more.module_docstring(path)
        for name in challenge_databases(doc):
            where = f"{v}: recipes/{path.name} module docstring"
            fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="speech",
                        task="spoofing detection")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def nnunet_conversion_facts() -> list[Fact]:
    """The yearly challenge data sets nnunetv2's `dataset_conversion/Dataset*.py` scripts
    convert (`conversion_task`: BraTS2019, KiTS2023), with the year hyphenated as papers
    write it ("BraTS-2019", `rules.split_camel_digits` as in earlier rounds); data sets of
    modality image."""
    v, root = sources._package("nnunetv2", "nnunetv2")
    facts: list[Fact] = []
    for path in sorted((root / "dataset_conversion").glob("Dataset*.py")):
        text = path.read_text(encoding="utf-8")
        for task_name in re.findall(r"^\s*task_name = \"([^\"]+)\"", text, flags=re.M):
            name = conversion_task(path.stem, task_name)
            if name:
                where = f"{v}: dataset_conversion/{path.name} task_name"
                hyphenated = split_camel_digits(name)  # "BraTS2019" -> "BraTS-2019"
                fact = Fact("dataset", "dataset", name, where,
                            aliases=[hyphenated] if hyphenated else [], kind="dataset",
                            modality="image", task="medical image segmentation")  # fmt: skip
                sources_more.append_new_fact(facts, _denied, fact)
    return facts
