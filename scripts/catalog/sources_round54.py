"""Readers of a fifty-fourth round (requirements-read-round54.txt), in sources.py's style.
Asked for names the linker missed on read papers (the gold sets dev54 and dev55); each is
taken only where a package states it. No distribution is new: the places are in packages
earlier rounds pinned (tensorflow-datasets 4.9.10, schnetpack 2.1.1, openspeech-core 0.4.0,
ggnn 0.0.7.post45), read as files (module source through `ast`) or package metadata, never
imported.

- tensorflow-datasets: the yearly edition a builder module's docstring opens with, "<Name>
  <year> dataset ...", where the name read without case and separators is the module's
  (`edition_module`: "DAVIS 2017 dataset for video object segmentation." of
  video/davis/davis.py).
- schnetpack: the database a `datasets/*.py` class's docstring opens with by its long form
  and initials, "<Long Form> (<ACR>) database", the long form read without case and
  separators the class's name and its capitals the initials (`initialled_database`:
  "Materials Project (MP) database of bulk crystals." of MaterialsProject; the initials are
  not read).
- openspeech-core: the model an encoder's or decoder's docstring gives its reference paper
  for, "Reference: <Author> et al.: <Name>: <Subtitle>", the name read without case and
  separators the class's without "Encoder"/"Decoder" (`reference_title_model`: Transformer
  Transducer of TransformerTransducerEncoder, denied below; Conformer of ConformerEncoder).
- ggnn: the long form round 51's initialled Summary gives GGNN ("Gated Graph Neural
  Networks", `sources_round51.initialled_summary`), a run linker/long_forms.py reads by its
  initials, so stated as the entry's `long_forms` (`summary_long_form`), never an alias.

docs/catalog.md ("A fifty-fourth round of sources") states the rules, and what was looked
at and not read.
"""

from __future__ import annotations

import re

import sources
import sources_longforms
import sources_more
import sources_round51
import sources_round53
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND54: dict[str, str] = {
    "Transformer Transducer": "openspeech-core's TransformerTransducerEncoder and Decoder "
    "docstrings ('Reference: Qian Zhang et al.: Transformer Transducer: A Streamable Speech "
    "Recognition Model ...'); the guard leaves the words out as ordinary, and they are not "
    "made a reviewed word: a cased trial entry linked the words inside dev42's longer name "
    "'Context-Aware Transformer Transducer (CATT)', the paper's own model, as often as it "
    "found the model named alone (dev54); denied, so that a later reviewed word does not "
    "bring it back",
}

# Denied by an earlier round (round 53's `_denied`, which asks the rounds before it) or by
# this one.
_denied = sources_more.denial(sources_round53._denied, DENY_ROUND54)


# -- name rules (pure) ------------------------------------------------------------------------


def edition_module(module: str, doc: str) -> str | None:
    """The yearly edition a module's docstring opens with, "<Name> <year> dataset ...",
    where the name read without case and separators is the module's (file stem):
    ("davis", "DAVIS 2017 dataset for video object segmentation.") -> "DAVIS 2017";
    ("coco_captions", "COCO 2014 dataset ...") -> None (another module's name)."""
    found = re.match(r"([A-Z][\w-]*) ((?:19|20)\d\d) dataset\b", " ".join(doc.split()))
    if not found or norm(found[1]) != norm(module):
        return None
    return f"{found[1]} {found[2]}"


def initialled_database(class_name: str, doc: str) -> str | None:
    """The database a class's docstring opens with by its long form and initials, "<Long
    Form> (<ACR>) database", the long form read without case and separators the class's name
    and its capitals the initials: ("MaterialsProject", "Materials Project (MP) database of
    bulk crystals.") -> "Materials Project"; the initials are not returned."""
    pattern = r"([A-Z][\w-]*(?: [A-Z][\w-]*)+) \(([A-Z]{2,})\) database\b"
    found = re.match(pattern, " ".join(doc.split()))
    if not found or norm(found[1]) != norm(class_name):
        return None
    if "".join(ch for ch in found[1] if ch.isupper()) != found[2]:
        return None
    return found[1]


def reference_title_model(class_name: str, doc: str) -> str | None:
    """The model a docstring gives its reference paper for, "Reference: <Author> et al.:
    <Name>: <Subtitle>", where the name read without case and separators is the class's
    without its "Encoder" or "Decoder": ("TransformerTransducerEncoder", "... Reference: Qian
    Zhang et al.: Transformer Transducer: A Streamable Speech Recognition Model with
    Transformer Encoders and RNN-T Loss") -> "Transformer Transducer"; ("TransformerEncoder",
    "Reference: Ashish Vaswani et al.: Attention Is All You Need") -> None."""
    stem = re.sub(r"(?:Encoder|Decoder)$", "", class_name)
    if stem == class_name:
        return None
    pattern = r"\bReference:? [A-Z][\w.' -]*? et al\.?: ([A-Z][\w-]*(?: [A-Z][\w-]*)*): [A-Z]"
    found = re.search(pattern, " ".join(doc.split()))
    if not found or norm(found[1]) != norm(stem):
        return None
    return found[1]


def summary_long_form(summary: str, package: str) -> tuple[str, str] | None:
    """(acronym, long form) where a Summary names a model by words whose initials spell the
    package's name (`sources_round51.initialled_summary`) and linker/long_forms.py reads
    such a run by its initials (`sources_longforms.read_by_the_linker`, the last word
    "Network(s)" or "Transformer"): ("Gated Graph Neural Networks", "ggnn") -> ("GGNN",
    "Gated Graph Neural Networks"); ("Once for All: Train One Network and Specialize it for
    Efficient Deployment.", "ofa") -> None (its words end in "All")."""
    found = sources_round51.initialled_summary(summary, package)
    if not found or not sources_longforms.read_by_the_linker(found[1]):
        return None
    return found


# -- readers ----------------------------------------------------------------------------------


def tfds_edition_facts() -> list[Fact]:
    """The yearly editions tensorflow-datasets' builder modules open their docstring with
    (`edition_module`: DAVIS 2017 of video/davis/davis.py); data sets, the modules read in
    path order, tests left out."""
    v, root = sources._package("tensorflow-datasets", "tensorflow_datasets")
    facts: list[Fact] = []
    for path in sorted(root.rglob("*.py")):
        if path.name.endswith("_test.py") or path.name == "__init__.py":
            continue
        doc = sources_more.module_docstring(path)
        name = edition_module(path.stem, doc)
        if name:
            where = f"{v}: {path.relative_to(root).as_posix()} module docstring"
            fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="video",
                        task="video object segmentation")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def schnetpack_database_facts() -> list[Fact]:
    """The databases schnetpack's `datasets/*.py` classes open their docstring with by long
    form and initials (`initialled_database`: Materials Project); data sets of modality
    molecule."""
    return sources_more.class_docstring_facts(
        "schnetpack", "schnetpack", "datasets/*.py", _denied, initialled_database,
        lambda name, where, _: Fact("dataset", "dataset", name, where, kind="dataset",
                                    modality="molecule", note="database of bulk crystals"),
        shown_under="",
    )  # fmt: skip


def openspeech_reference_facts() -> list[Fact]:
    """The models openspeech-core's encoders and decoders give their reference paper for
    (`reference_title_model`: Conformer; Transformer Transducer, denied); families of kind
    speech."""
    v, root = sources._package("openspeech-core", "openspeech")
    facts: list[Fact] = []
    for folder in ("encoders", "decoders"):
        for path in sorted((root / folder).glob("*.py")):
            for node, doc in sources_more.classes(path):
                name = reference_title_model(node.name, doc)
                if name:
                    where = f"{v}: {folder}/{path.name} {node.name} docstring reference"
                    fact = Fact("model", "family", name, where, kind="speech")
                    sources_more.append_new_fact(facts, _denied, fact)
    return facts


def summary_long_form_facts() -> list[Fact]:
    """The long forms ggnn's initialled Summary gives its model, read by linker/long_forms.py
    (`summary_long_form`: GGNN's "Gated Graph Neural Networks"), stated as the entry's
    `long_forms`: a fact of the acronym, which joins round 51's entry of that name."""
    facts: list[Fact] = []
    for package, kind in (("ofa", "vision"), ("ggnn", "other")):
        found = summary_long_form(sources.summary(package), package)
        if not found:
            continue
        acronym, words = found
        where = f"{sources.source_label(package)}: package metadata Summary '{words}'"
        fact = Fact("model", "family", acronym, where, long_forms=[words], kind=kind)
        sources_more.append_new_fact(facts, _denied, fact)
    return facts
