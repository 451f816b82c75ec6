"""Readers of a forty-seventh round (requirements-read-round47.txt), in sources.py's style.
Asked for names the linker missed on read papers; each is taken only where a package states
it. Two distributions are new (enformer-pytorch, sinergym), read as package metadata; the
other places are in packages earlier rounds pinned (allennlp-models 2.10.1, the fourth round;
mmsegmentation 1.2.2, the first round), read as files (module source through `ast`); none is
imported.

- enformer-pytorch: the model its summary opens with, "Enformer - Pytorch", by round 38's
  `summary_package_model` (the name, read without case, is the package's without
  "-pytorch").
- sinergym: the environment its summary names as the package providing a Gymnasium-based
  interface, "Sinergym provides a Gymnasium-based interface to interact with building
  simulations." (`summary_interface_name`).
- allennlp-models: the model a `*/models/*.py` class's docstring says it implements, named
  as the class is ("This is an implementation of [CopyNet](...)" of CopyNetSeq2Seq; "This
  `Model` implements BiMPM model described in [...]" of BiMpm) (`implemented_model`).
- tensorflow-datasets: the spelling a ranking builder's `_CITATION` title gives the data set
  round 38 reads from its `_DESCRIPTION`, "title={Yahoo! learning to rank challenge
  overview}" of "Yahoo Learning to Rank Challenge" (`citation_spelling`): an alias, cased as
  the description writes the name.
- mmsegmentation: the data set a `datasets/*.py` loader's docstring opens with, "COCO-Stuff
  dataset." of COCOStuffDataset, where the name read without case and separators is the
  class's without its "Dataset" suffix (`loader_dataset`).

docs/catalog.md ("A forty-seventh round of sources") states the rules, and what was looked at
and not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round38
import sources_round46
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND47: dict[str, str] = {
    "ISPRS": "mmsegmentation's ISPRSDataset (\"ISPRS dataset.\", the Vaihingen loader): ISPRS "
    "is the International Society for Photogrammetry and Remote Sensing, whose benchmarks "
    "papers name by their cities (Vaihingen, Potsdam), not a data set",
    "Decomposable Attention": "allennlp-models' DecomposableAttention (\"implements the "
    "Decomposable Attention model described in [A Decomposable Attention Model for Natural "
    "Language Inference]\"): two ordinary words the guard does not hold back, matched in any "
    "case, and in lower case papers write them for the mechanism",
}


# Denied by an earlier round (sources_round46._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round46._denied, DENY_ROUND47)


# -- name rules (pure) ------------------------------------------------------------------------


def summary_interface_name(summary: str, package: str) -> str | None:
    """The name a summary gives the package as what provides an interface, "<Name> provides
    a <...> interface", the name read without case and separators being the package's:
    ("Sinergym provides a Gymnasium-based interface to interact with building simulations.",
    "sinergym") -> "Sinergym"; another package's name gives none."""
    found = re.match(r"([A-Z][\w-]*) provides an? [\w-]+ interface\b", summary.strip())
    return found[1] if found and norm(found[1]) == norm(package) else None


def implemented_model(class_name: str, doc: str) -> str | None:
    """The model a class's docstring says it implements, where the class is named after it:
    "This is an implementation of [<Name>](<link>)" with the class's name starting with the
    name (read without case and separators), or "implements (the) <Name> model described in
    [<paper>]" with the name being the class's: ("CopyNetSeq2Seq", "This is an
    implementation of [CopyNet](https://api.semanticscholar.org/CorpusID:8174613).") ->
    "CopyNet"; ("BiMpm", "This `Model` implements BiMPM model described in [Bilateral ...]")
    -> "BiMPM"; ("BidafEnsemble", "This class ensembles ... BiDAF models.") -> None."""
    text = " ".join(doc.split())
    found = re.match(r"This is an implementation of \[([A-Z][\w-]*)\]\(https?://", text)
    if found and norm(class_name).startswith(norm(found[1])):
        return found[1]
    found = re.search(
        r"\bimplements (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*)*) model described in \[", text
    )
    if found and norm(found[1]) == norm(class_name):
        return found[1]
    return None


def loader_dataset(class_name: str, doc: str) -> str | None:
    """The data set a loader's docstring opens with, "<Name> dataset.", the name read without
    case and separators being the class's without its "Dataset" suffix: ("COCOStuffDataset",
    "COCO-Stuff dataset.\\n\\nIn segmentation map ...") -> "COCO-Stuff";
    ("LEVIRCDDataset", "ISPRS dataset.") -> None (another class's text);
    ("DarkZurichDataset", "DarkZurichDataset dataset.") -> None."""
    first = doc.strip().split("\n", 1)[0].strip()
    found = re.fullmatch(r"([A-Z][\w+-]*(?: [A-Z][\w+-]*)*) dataset\.", first)
    stem = re.sub(r"Dataset$", "", class_name)
    if not found or stem == class_name or norm(found[1]) != norm(stem):
        return None
    return found[1]


def _letters(text: str) -> str:
    """Letters and digits only, without case: "Yahoo!" -> "yahoo"."""
    return re.sub(r"[\W_]+", "", text.casefold())


def citation_spelling(name: str, citation: str) -> str | None:
    """The spelling a BibTeX `title={...}` gives a data set, where the title, a closing
    "overview" dropped, reads as the name without case and punctuation but is written
    otherwise; cased word by word as the name, the title's punctuation kept:
    ("Yahoo Learning to Rank Challenge", "title={Yahoo! learning to rank challenge
    overview},") -> "Yahoo! Learning to Rank Challenge"; a title spelling the name as it is,
    or another title, -> None."""
    found = re.search(r"\btitle\s*=\s*\{+([^{}]+)\}", citation)
    if not found:
        return None
    title = re.sub(r"\s+overview$", "", found[1].strip(), flags=re.IGNORECASE)
    words, named = title.split(), name.split()
    if len(words) != len(named) or _letters(title) != _letters(name):
        return None
    spelled = []
    for word, cased in zip(words, named, strict=True):
        if _letters(word) != _letters(cased) or not word.casefold().startswith(cased.casefold()):
            return None
        spelled.append(cased + word[len(cased):])
    spelling = " ".join(spelled)
    return spelling if spelling != name else None


# -- readers ----------------------------------------------------------------------------------


def summary_facts() -> list[Fact]:
    """The model enformer-pytorch's summary opens with (round 38's `summary_package_model`:
    Enformer; a family of kind other) and the environment sinergym's summary names
    (`summary_interface_name`: Sinergym; a data set of modality embodied, as the platforms
    earlier rounds read from summaries are)."""
    facts: list[Fact] = []
    package = "enformer-pytorch"
    sources_more.append_named_facts(
        facts, _denied, sources_round38.summary_package_model(sources.summary(package), package),
        "model", "family", f"{sources.source_label(package)}: package metadata Summary",
        kind="other")  # fmt: skip
    package = "sinergym"
    sources_more.append_named_facts(
        facts, _denied, summary_interface_name(sources.summary(package), package),
        "dataset", "dataset", f"{sources.source_label(package)}: package metadata Summary",
        kind="benchmark", modality="embodied", task="building energy control")  # fmt: skip
    return facts


def allennlp_implemented_facts() -> list[Fact]:
    """The models allennlp-models' `*/models/*.py` classes say they implement, named as the
    class is (`implemented_model`: CopyNet of CopyNetSeq2Seq, BiMPM of BiMpm, Biattentive
    Classification Network); families of kind other, the class a match key."""
    return sources_more.class_docstring_facts(
        "allennlp-models", "allennlp_models", "*/models/*.py", _denied, implemented_model,
        lambda name, where, cls: Fact("model", "family", name, where, match_keys=[cls],
                                      kind="other"),
        also_denied=lambda _, cls: [cls],
    )  # fmt: skip


def mmseg_loader_facts() -> list[Fact]:
    """The data sets mmsegmentation's `datasets/*.py` loaders open their docstring with
    (`loader_dataset`: COCO-Stuff of COCOStuffDataset; ADE20K, Cityscapes, DRIVE, STARE...
    confirm what the catalog has); modality image, task semantic segmentation."""
    return sources_more.class_docstring_facts(
        "mmsegmentation", "mmseg", "datasets/*.py", _denied, loader_dataset,
        lambda name, where, _: Fact("dataset", "dataset", name, where, kind="dataset",
                                    modality="image", task="semantic segmentation"),
    )  # fmt: skip


def tfds_citation_facts() -> list[Fact]:
    """The spellings tensorflow-datasets' `ranking/*/*.py` builders' `_CITATION` titles give
    the data sets round 38 reads from their `_DESCRIPTION` (`citation_spelling`: "Yahoo!
    Learning to Rank Challenge" of YahooLTRC): a fact of that name with the spelling as an
    alias, which joins round 38's entry."""
    v, root = sources._package("tensorflow-datasets", "tensorflow_datasets")
    facts: list[Fact] = []
    ranking = {f.match_keys[0]: f for f in sources_round38.tfds_ranking_facts() if f.match_keys}
    for path in sorted((root / "ranking").glob("*/*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        citation = sources_round38._assigned_string(tree, "_CITATION")
        for node in tree.body:
            read = ranking.get(node.name) if isinstance(node, ast.ClassDef) else None
            spelling = citation_spelling(read.name, citation) if read else None
            if read and spelling and not _denied(spelling):
                where = f"{v}: ranking/{path.relative_to(root / 'ranking').as_posix()} " \
                        f"{node.name} _CITATION title"  # fmt: skip
                fact = Fact("dataset", "dataset", read.name, where, aliases=[spelling],
                            kind="dataset", task="learning to rank")  # fmt: skip
                sources_more.append_new_fact(facts, _denied, fact)
    return facts
