"""Readers of a fifty-third round (requirements-read-round53.txt), in sources.py's style.
Asked for names the linker missed on read papers (the gold sets dev52 and dev53); each is
taken only where a package states it. Three distributions are new (nemo_toolkit 1.23.0,
allin1 and drugbank_downloader), read as files or package metadata and never imported; the
other places are in packages earlier rounds pinned (biopython 1.88, ir_datasets 0.6.3,
keras-hub 0.32.0), read as files.

- nemo_toolkit: the models its `collections/tts/models/*.py` classes are, a docstring
  opening "<Name> model (https://arxiv.org/abs/...)" where the class is `<Name>Model`, the
  name read without case and separators (`arxiv_model`: WaveGlow of WaveGlowModel; HiFi-GAN,
  FastPitch and UnivNet of theirs).
- allin1: the data set a description says its models are trained on, "trained on the
  [<Name>](<url>)", the link's last path segment the name read without case and separators
  (`trained_on_linked`: Harmonix Set, linked to .../harmonixset).
- drugbank_downloader: the database a Summary says the package downloads, "A tool for ...
  downloading ... <Name> data", the package's name "<name>_downloader"
  (`downloaded_data`: DrugBank).
- biopython: the database a `Bio/*/__init__.py` module docstring says its code works with
  data from, "Code to work with data from the <Name> database.", the docstring's reference
  giving the long form, "<Name>: <Long Form>." whose initials spell the name
  (`database_module`: KEGG, "Kyoto Encyclopedia of Genes and Genomes").
- ir_datasets: the TREC tracks a `docs/*.yaml` edition's description names with its year,
  "The TREC <Words> Track <year> ... benchmark." (`trec_track`: TREC Web Track, TREC
  Terabyte Track, TREC Genomics Track).
- keras-hub: the model a class docstring says the class is based on, "based on the <Long
  Form> (<ACR>)", the long form's initials the acronym (`based_on_acronym`: USM, "Universal
  Speech Model", of Gemma4AudioEncoder).

docs/catalog.md ("A fifty-third round of sources") states the rules, and what was looked at
and not read.
"""

from __future__ import annotations

import re

import sources
import sources_more
import sources_round52
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND53: dict[str, str] = {
    "USM": "keras-hub's Gemma4AudioEncoder docstring ('based on the Universal Speech Model "
    "(USM)'); in image-processing papers USM is unsharp masking, which a cased entry would "
    "link as this speech model (a wrong link is worse than a missed one); the one read "
    "paper that names the model (dev52's USM-Lite) is not worth that risk",
}

# Names an earlier round denied as another package's homonym of the entity papers mean, which
# a place this round reads states as that entity; each with the denial it answers.
ALLOWED_ROUND53: dict[str, str] = {
    "DrugBank": "round 7 denied torchmd-net's COMP6 subset of 837 DrugBank molecules because "
    "'papers naming DrugBank mean the drug database, another entity'; drugbank_downloader's "
    "Summary states that database ('downloading and extracting DrugBank data'); torchmd-net's "
    "subset stays denied in round 7's reader",
}


def _earlier_denied(*names: str) -> bool:
    """Denied by an earlier round (round 52's `_denied`, which asks the rounds before it),
    unless every name is one this round allows again (ALLOWED_ROUND53)."""
    return sources_round52._denied(*names) and not all(n in ALLOWED_ROUND53 for n in names)


# Denied by an earlier round or by this one.
_denied = sources_more.denial(_earlier_denied, DENY_ROUND53)


# -- name rules (pure) ------------------------------------------------------------------------

_WORDS = r"[A-Z][\w-]*(?: [A-Z][\w-]*)*"  # Title Case words: "Harmonix Set", "Web"


def _initials(words: str) -> str:
    """The capitals' initials of a long form, its short joining words ("of", "and") left
    out: "Kyoto Encyclopedia of Genes and Genomes" -> "KEGG"."""
    return "".join(w[0] for w in re.split(r"[\s-]+", words) if w and w[0].isupper())


def arxiv_model(class_name: str, doc: str) -> str | None:
    """The model a class's docstring opens by naming with its arXiv paper, "<Name> model
    (https://arxiv.org/abs/...)", where the class is `<Name>Model` read without case and
    separators: ("WaveGlowModel", "WaveGlow model (https://arxiv.org/abs/1811.00002) that is
    used to generate audio from mel spectrogram.") -> "WaveGlow"; ("HiFiGanModel", "HiFi-GAN
    model (https://arxiv.org/abs/2010.05646) ...") -> "HiFi-GAN"."""
    pattern = r"([A-Z][\w-]*) model \(https?://arxiv\.org/abs/[\d.]+\)"
    found = re.match(pattern, " ".join(doc.split()))
    if not found or norm(class_name) != norm(found[1]) + "model":
        return None
    return found[1]


def trained_on_linked(description: str) -> list[str]:
    """The data sets a description says models are trained on by a link, "trained on the
    [<Name>](<url>)", the URL's last path segment the name read without case and separators:
    ("The models are trained on the [Harmonix Set](https://github.com/urinieto/harmonixset)
    with 8-fold cross-validation.") -> ["Harmonix Set"]; a link to a paper gives none."""
    names: list[str] = []
    pattern = rf"\btrained on the \[({_WORDS})\]\((https?://[^)\s]+)\)"
    for found in re.finditer(pattern, " ".join(description.split())):
        segment = found[2].rstrip("/").rsplit("/", 1)[-1]
        if norm(segment) == norm(found[1]) and found[1] not in names:
            names.append(found[1])
    return names


def downloaded_data(summary: str, package: str) -> str | None:
    """The database a Summary says a "<name>_downloader" package downloads, "A tool for ...
    downloading ... <Name> data", the name the package's first part read without case and
    separators: ("A tool for reproducibly downloading and extracting DrugBank data",
    "drugbank_downloader") -> "DrugBank"."""
    found = re.match(r"A tool for [\w ]*\bdownloading\b[\w ]* ([A-Z][\w-]*) data\b", summary)
    if not found or norm(package) != norm(found[1]) + "downloader":
        return None
    return found[1]


def database_module(doc: str) -> tuple[str, list[str]] | None:
    """(name, long forms) of the database a module docstring says its code works with data
    from, "Code to work with data from the <Name> database.", with the long form its
    reference gives, "<Name>: <Long Form>." whose capitals' initials spell the name:
    ("Code to work with data from the KEGG database. References: Kanehisa, M. and Goto, S.;
    KEGG: Kyoto Encyclopedia of Genes and Genomes. Nucleic Acids Res. ...") -> ("KEGG",
    ["Kyoto Encyclopedia of Genes and Genomes"])."""
    text = " ".join(doc.split())
    found = re.match(r"Code to work with data from the ([A-Z][\w-]*) database\.", text)
    if not found:
        return None
    name = found[1]
    long_forms = [
        m[1]
        for m in re.finditer(rf"\b{re.escape(name)}: ([A-Z][a-z]+(?: [A-Za-z]+)+)\.", text)
        if _initials(m[1]) == name
    ]
    return name, long_forms


def trec_track(text: str) -> list[str]:
    """The TREC tracks a description names an edition of with its year, "The TREC <Words>
    Track <year> ... benchmark.": ("The TREC Web Track 2009 ad-hoc ranking benchmark.") ->
    ["TREC Web Track"]; "The TREC Conversational Assistance Track (CAsT) is a benchmark"
    names no edition and gives none."""
    names: list[str] = []
    pattern = r"\bThe (TREC (?:[A-Z][\w-]* )+Track) (?:19|20)\d\d\b[\w ,-]*\bbenchmark\b"
    for found in re.finditer(pattern, " ".join(text.split())):
        if found[1] not in names:
            names.append(found[1])
    return names


def based_on_acronym(doc: str) -> tuple[str, str] | None:
    """(acronym, long form) of the model a docstring says the class is based on, "based on
    the <Long Form> (<ACR>)", the long form's initials the acronym: ("Audio encoder for
    Gemma4 based on the Universal Speech Model (USM).") -> ("USM", "Universal Speech
    Model")."""
    found = re.search(r"\bbased on the ([A-Z][\w-]*(?: [A-Z][\w-]*)+) \(([A-Z]{2,})\)",
                      " ".join(doc.split()))  # fmt: skip
    if not found or _initials(found[1]) != found[2]:
        return None
    return found[2], found[1]


# -- readers ----------------------------------------------------------------------------------


def nemo_model_facts() -> list[Fact]:
    """The models nemo_toolkit's `collections/tts/models/*.py` classes are (`arxiv_model`:
    WaveGlow, HiFi-GAN, FastPitch, UnivNet); families of kind speech."""
    return sources_more.class_docstring_facts(
        "nemo_toolkit", "nemo", "collections/tts/models/*.py", _denied, arxiv_model,
        lambda name, where, _: Fact("model", "family", name, where, kind="speech",
                                    note="text-to-speech"),
        shown_under="nemo/",
    )  # fmt: skip


def _metadata_where(package: str, what: str) -> str:
    return f"{sources.source_label(package)}: package {what}"


def package_metadata_facts() -> list[Fact]:
    """The data sets the new distributions' metadata states: allin1's training set (Harmonix
    Set) and drugbank_downloader's database (DrugBank)."""
    datasets: list[Fact] = []
    add = sources_more.append_named_facts
    add(datasets, _denied, trained_on_linked(sources.description("allin1")),
        "dataset", "dataset", _metadata_where("allin1", "description 'Available Models'"),
        kind="dataset", modality="audio", task="music structure analysis")  # fmt: skip
    add(datasets, _denied,
        downloaded_data(sources.summary("drugbank_downloader"), "drugbank_downloader"),
        "dataset", "dataset", _metadata_where("drugbank_downloader", "metadata Summary"),
        kind="dataset", modality="molecule", note="drug and drug-target database")  # fmt: skip
    return datasets


def biopython_database_facts() -> list[Fact]:
    """The databases biopython's `Bio/*/__init__.py` module docstrings say their code works
    with data from (`database_module`: KEGG), with the long form their reference gives as an
    alias; data sets of kind dataset."""
    v, root = sources._package("biopython", "Bio")
    facts: list[Fact] = []
    for path in sorted(root.glob("*/__init__.py")):
        doc = sources_more.module_docstring(path)
        found = database_module(doc)
        if found:
            name, long_forms = found
            where = f"{v}: Bio/{path.parent.name}/__init__.py module docstring"
            fact = Fact("dataset", "dataset", name, where, aliases=long_forms, kind="dataset",
                        note="biological pathways, genes and compounds database")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def ir_datasets_track_facts() -> list[Fact]:
    """The TREC tracks ir_datasets' documentation files name editions of (`trec_track`: TREC
    Web Track, TREC Terabyte Track, TREC Genomics Track); benchmarks of modality text."""
    v, root = sources._package("ir_datasets", "ir_datasets")
    facts: list[Fact] = []
    for path in sorted((root / "docs").glob("*.yaml")):
        for name in trec_track(path.read_text(encoding="utf-8")):
            fact = Fact("dataset", "dataset", name, f"{v}: docs/{path.name} edition description",
                        kind="benchmark", modality="text",
                        task="information retrieval")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def keras_hub_based_on_facts() -> list[Fact]:
    """The models keras-hub's `src/models/**/*.py` class docstrings say a class is based on
    (`based_on_acronym`: USM, "Universal Speech Model", of Gemma4AudioEncoder); families of
    kind speech, the long form an alias."""
    return sources_more.class_docstring_facts(
        "keras-hub", "keras_hub", "src/models/**/*.py", _denied,
        lambda _, doc: based_on_acronym(doc),
        lambda found, where, _: Fact("model", "family", found[0], where, aliases=[found[1]],
                                     kind="speech", note="speech encoder"),
        shown_under="",
    )  # fmt: skip
