"""Readers of a fifty-fifth round (requirements-read-round55.txt), in sources.py's style.
Asked for names the linker missed on read papers (the gold sets dev56 and dev57); each is
taken only where a package states it. Two distributions are new, read as package metadata:
MMSA 2.2.1 (THUIAR's multimodal sentiment analysis framework) and NiftyNet 0.6.0 (the
NiftyNet Consortium's medical imaging platform, its last release). The other places are in
packages earlier rounds pinned (speechbrain 1.1.2, recbole 1.2.1, crfm-helm 0.5.16), read
as files (module source through `ast`), never imported.

- MMSA: the data sets its description says the framework supports, "Supports <N> <words>
  datasets: [<A>](<url>), [<B>](<url>), and [<C>](<url>).", the count the number of links
  (`supported_datasets`: MOSI, MOSEI, CH-SIMS).
- NiftyNet: the networks its description lists as implemented, "Implementation of recent
  networks (<A>, <B>, ...)" (`implemented_networks`: HighRes3DNet, 3D U-net, V-net,
  DeepMedic; 3D U-net and V-net join the entries already generated).
- speechbrain: the model a class's docstring says the class implements, "This function
  implements <Class> (<Name>).", where the name is written again in the docstring (the
  paper it cites) (`implements_named`: SincConv's "(SincNet)", the reference "Speaker
  Recognition from raw waveform with SincNet").
- recbole: the model a class's docstring opens with by its long form, whose initials ("&"
  not counted) spell the class's name, where the round's earlier rounds deny that acronym
  (`denied_acronym_long_form`: DCN's "Deep & Cross Network replaces the wide part ...",
  DCN being denied as Deformable Convolutional Networks); the model is then named by its
  words, as round 52 named the Value-Decomposition Network.
- crfm-helm: the data sets a scenario docstring's quoted abstract says the paper constructs,
  "we construct <N> new datasets: <A> and <B>." (`constructed_datasets`: MedBulletsScenario's
  "JAMA Clinical Challenge and Medbullets").

docs/catalog.md ("A fifty-fifth round of sources") states the rules, and what was looked at
and not read.
"""

from __future__ import annotations

import re

import sources
import sources_more
import sources_round54
from rules import Fact

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason. None so far.
DENY_ROUND55: dict[str, str] = {}

# Denied by an earlier round (round 54's `_denied`, which asks the rounds before it) or by
# this one.
_denied = sources_more.denial(sources_round54._denied, DENY_ROUND55)

_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.casefold())


# -- name rules (pure) ------------------------------------------------------------------------


def supported_datasets(description: str) -> list[str]:
    """The data sets a description says the package supports, "Supports <N> <words>
    datasets: [<A>](<url>), [<B>](<url>), and [<C>](<url>).", where N is the number of
    links: "Supports 3 MSA datasets: [MOSI](...), [MOSEI](...), and [CH-SIMS](...)." ->
    ["MOSI", "MOSEI", "CH-SIMS"]; a count that disagrees gives none."""
    text = " ".join(description.split())
    found = re.search(r"\bSupports (\w+) (?:[\w-]+ ){0,2}datasets: ((?:[^.]|\.(?! ))+)\.", text)
    if not found:
        return []
    names = re.findall(r"\[([^\]]+)\]\([^)\s]+\)", found[2])
    return names if names and _count(found[1]) == len(names) else []


def implemented_networks(description: str) -> list[str]:
    """The networks a description lists as implemented, "Implementation of recent networks
    (<A>, <B>, ...)": "Implementation of recent networks (HighRes3DNet, 3D U-net, V-net,
    DeepMedic)" -> the four names."""
    found = re.search(r"\bImplementation of (?:recent |several )?networks \(([^()]+)\)",
                      " ".join(description.split()))  # fmt: skip
    if not found:
        return []
    return [name.strip() for name in found[1].split(",") if name.strip()]


def implements_named(class_name: str, doc: str) -> str | None:
    """The model a docstring says its class implements, "This function implements <Class>
    (<Name>).", where the name is written again after that sentence (the paper it cites):
    ("SincConv", "This function implements SincConv (SincNet). M. Ravanelli, Y. Bengio,
    'Speaker Recognition from raw waveform with SincNet'") -> "SincNet"."""
    text = " ".join(doc.split())
    found = re.match(r"This (?:function|class|module) implements (\w+) \(([A-Z][\w-]+)\)\.",
                     text)  # fmt: skip
    if not found or found[1] != class_name:
        return None
    rest = text[found.end() :]
    return found[2] if re.search(rf"\b{re.escape(found[2])}\b", rest) else None


def _initials(words: str) -> str:
    return "".join(w[0] for w in words.split() if w != "&")


def opening_long_form(class_name: str, doc: str) -> str | None:
    """The long form a class's docstring opens with, capitalised words ("&" may join them)
    whose initials spell the class's name: ("DCN", "Deep & Cross Network replaces the wide
    part in Wide&Deep with cross network, ...") -> "Deep & Cross Network"; ("FM",
    "Factorization Machine considers ...") -> "Factorization Machine"."""
    found = re.match(r"((?:[A-Z][\w-]*|&)(?: (?:[A-Z][\w-]*|&))+) ", " ".join(doc.split()))
    if not found or found[1].endswith(" &"):
        return None
    return found[1] if _initials(found[1]) == class_name else None


def denied_acronym_long_form(class_name: str, doc: str) -> str | None:
    """`opening_long_form` where the acronym (the class's name) is denied, so that the model
    is named by its words: DCN's "Deep & Cross Network" (DCN is also Deformable
    Convolutional Networks); DIN's "Deep Interest Network" is None (DIN is an entry, and its
    long form is stated there)."""
    long_form = opening_long_form(class_name, doc)
    return long_form if long_form and _denied(class_name) else None


def constructed_datasets(doc: str) -> list[str]:
    """The data sets a docstring's quoted abstract says the paper constructs, "we construct
    <N> new datasets: <A> and <B>.": "... we construct two new datasets: JAMA Clinical
    Challenge and Medbullets. ..." -> ["JAMA Clinical Challenge", "Medbullets"]."""
    text = " ".join(doc.split())
    found = re.search(r"\b[Ww]e construct (\w+) new datasets: ([^.:;]+)\.", text)
    if not found:
        return []
    names = [n.strip() for n in re.split(r", and |, | and ", found[2]) if n.strip()]
    if _count(found[1]) != len(names):
        return []
    return names if all(re.fullmatch(r"[A-Z][\w-]*(?: [A-Z][\w-]*)*", n) for n in names) else []


# -- readers ----------------------------------------------------------------------------------


def _metadata_where(distribution: str) -> str:
    return f"{sources.source_label(distribution)}: package description"


def mmsa_dataset_facts() -> list[Fact]:
    """The data sets MMSA's description says the framework supports (`supported_datasets`:
    MOSI, MOSEI, CH-SIMS); data sets of modality multimodal, task multimodal sentiment
    analysis."""
    facts: list[Fact] = []
    where = f"{_metadata_where('MMSA')} 'Supports 3 MSA datasets'"
    for name in supported_datasets(sources.description("MMSA")):
        fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="multimodal",
                    task="multimodal sentiment analysis")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def niftynet_network_facts() -> list[Fact]:
    """The networks NiftyNet's description lists as implemented (`implemented_networks`:
    DeepMedic, HighRes3DNet; 3D U-net and V-net join the generated 3D U-Net and V-Net);
    families of kind vision."""
    facts: list[Fact] = []
    where = f"{_metadata_where('NiftyNet')} 'Implementation of recent networks'"
    for name in implemented_networks(sources.description("NiftyNet")):
        sources_more.append_new_fact(facts, _denied, Fact("model", "family", name, where,
                                                          kind="vision"))  # fmt: skip
    return facts


def speechbrain_implements_facts() -> list[Fact]:
    """The models speechbrain's `nnet/*.py` classes say they implement (`implements_named`:
    SincNet of SincConv); families of kind speech."""
    return sources_more.class_docstring_facts(
        "speechbrain", "speechbrain", "nnet/*.py", _denied, implements_named,
        lambda name, where, _: Fact("model", "family", name, where, kind="speech"),
    )  # fmt: skip


def recbole_long_form_facts() -> list[Fact]:
    """The models recbole's `model/**/*.py` classes open their docstring with by a long form
    whose acronym is denied (`denied_acronym_long_form`: Deep & Cross Network of DCN);
    families of kind other, named by the words. The guard matches "Deep & Cross Network" in
    any case (the "&" is no ordinary word, as in round 23's "Gated Deep & Cross Network") and
    leaves FM's "Factorization Machine" out as ordinary words."""
    return sources_more.class_docstring_facts(
        "recbole", "recbole", "model/**/*.py", _denied, denied_acronym_long_form,
        lambda name, where, _: Fact("model", "family", name, where, kind="other",
                                    note="click-through rate prediction model"),
    )  # fmt: skip


def helm_constructed_facts() -> list[Fact]:
    """The data sets crfm-helm's scenario docstrings quote a paper constructing
    (`constructed_datasets`: JAMA Clinical Challenge and Medbullets of MedBulletsScenario);
    benchmarks of modality text, task medical question answering."""
    return sources_more.class_docstring_facts(
        "crfm-helm", "helm", "benchmark/scenarios/*.py", _denied,
        lambda _, doc: constructed_datasets(doc),
        lambda name, where, _: Fact("dataset", "dataset", name, where, kind="benchmark",
                                    modality="text", task="medical question answering"),
        shown_under="",
    )  # fmt: skip
