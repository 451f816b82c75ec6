"""Readers of a fifty-seventh round (requirements-read-round57.txt), in sources.py's style.
Asked for names the linker missed on read papers (the gold sets dev58 and dev59); each is
taken only where a package states it. One distribution is new, read as package metadata:
clinica 0.12.0 (the ARAMIS lab's platform for clinical neuroimaging studies). The other
places are in packages earlier rounds pinned (mirdata 1.0.0, lhotse 1.33.0, audiocraft
1.3.0, lerobot 0.4.4), read as files (module source through `ast`, a Markdown template
shipped in the package), never imported.

- clinica: the data sets its description says it converts into BIDS, "[<ACR>: <Long
  Form>](<url>)" items after "convert publicly available neuroimaging datasets into BIDS,
  namely:" (`converted_datasets`: ADNI, AIBL, NIFD, OASIS, OASIS-3; HABS denied below), the
  long form an alias where its words' initials spell the acronym ("Alzheimer's Disease
  Neuroimaging Initiative" of ADNI).
- mirdata: the data set a loader module's docstring says its data set is a subset of,
  "<Loader> is a [<kind>] subset of the <Name> dataset", where the loader's name begins with
  that name and the docstring also says "<Name> is a dataset of ..." (`subset_of`: MedleyDB of
  medleydb_melody.py and medleydb_pitch.py).
- lhotse: the corpus a recipe module's docstring opens with, "The data preparation recipe
  for the <Name>.", the name's first word read without case the module's name
  (`recipe_corpus`: "AMI Meeting Corpus" of ami.py, an alias of AMI, which pyannote.audio
  gives; "ICSI Meeting Corpus" of icsi.py, named by its words, ICSI being the institute).
- audiocraft: the model a residual block's class docstring says it is from, "Residual block
  from <Name> model.", the class's name beginning with that name (`block_from_model`: SEANet of
  SEANetResnetBlock).
- lerobot: the policies its model-card template heads in bold with the name and the
  identifier, "**<Name> (<Identifier>)**", where the name in Unicode compatibility form (NFKC,
  "π₀" -> "π0"), its π read "pi", is the identifier read without case and separators
  (`bold_policy`: "π₀ (Pi0)", "π₀.₅ (Pi05)"); the name and its compatibility form are
  aliases of the identifier's entry (Pi0 joins transformers' PI0).

docs/catalog.md ("A fifty-seventh round of sources") states the rules, and what was looked
at and not read.
"""

from __future__ import annotations

import re
import unicodedata

import sources
import sources_more
import sources_round56
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND57: dict[str, str] = {
    # clinica's "[HABS: Harvard Aging Brain Study](...)": folded, the acronym would link
    # every "harmful algal blooms (HABs)" of an environmental paper.
    "HABS": "also harmful algal blooms (HABs), which environmental papers abbreviate so",
    # lhotse's icsi.py "... recorded at International Computer Science Institute (ICSI)":
    # the corpus is named by its words, as the earlier rounds' denial of the `icsi` recipe
    # says.
    "ICSI": "names the institute (International Computer Science Institute); the corpus is "
    "the ICSI Meeting Corpus",
}

# Denied by an earlier round (round 56's `_denied`, which asks the rounds before it) or by
# this one.
_denied = sources_more.denial(sources_round56._denied, DENY_ROUND57)


# -- name rules (pure) ------------------------------------------------------------------------


def _initials_spell(acronym: str, long_form: str) -> bool:
    """Whether a long form's initials spell an acronym (its letters, case ignored): those of
    its capitalised words ("Open Access Series of Imaging Studies" -> OASIS) or of all its
    words ("Neuroimaging in Frontotemporal Dementia" -> NIFD)."""
    letters = "".join(ch for ch in acronym if ch.isalpha()).upper()
    words = [w for w in re.split(r"[\s,]+", long_form) if w and w != "&"]
    capitalised = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0] for w in words).upper()
    return letters in (capitalised, every)


def converted_datasets(description: str) -> list[tuple[str, str | None]]:
    """(acronym, long form or None) of each data set a description says the package
    converts, "[<ACR>: <Long Form>](<url>)" items after "convert publicly available
    neuroimaging datasets into BIDS, namely:", the long form kept where its initials spell
    the acronym: "[ADNI: Alzheimer's Disease Neuroimaging Initiative](...)" -> ("ADNI",
    "Alzheimer's Disease Neuroimaging Initiative"); "[OASIS-3: Longitudinal Neuroimaging,
    Clinical, and Cognitive Dataset ...](...)" -> ("OASIS-3", None), a title."""
    found = re.search(r"\bconvert publicly available [\w ]*datasets\s+into\s+BIDS, namely:\s*\n"
                      r"((?:\s*- \[[^\]]+\]\([^)\s]+\)\s*\n)+)", description)  # fmt: skip
    if not found:
        return []
    named: list[tuple[str, str | None]] = []
    for acronym, long_form in re.findall(r"- \[([A-Z][A-Z\d-]+): ([^\]]+)\]", found[1]):
        named.append((acronym, long_form if _initials_spell(acronym, long_form) else None))
    return named


def subset_of(doc: str) -> str | None:
    """The data set a loader's docstring says its data set is a subset of: the docstring
    opens with "<Loader> Dataset Loader", says "<Loader> is a [<kind>] subset of the <Name>
    dataset" (the loader's name as the heading writes it, case aside), the loader's name
    begins with that name, and the docstring also says "<Name> is a dataset of": ("MedleyDB
    melody Dataset Loader ... MedleyDB melody is a subset of the MedleyDB dataset ...
    MedleyDB is a dataset of annotated, royalty-free multitrack recordings.") -> "MedleyDB"."""
    text = " ".join(doc.split())
    heading = re.match(r"(\S.*?) Dataset Loader\b", text)
    if not heading:
        return None
    loader = re.escape(heading[1])
    found = re.search(rf"(?i:{loader}) is a (?:[\w-]+ )?subset of the ([A-Z][\w-]*) dataset\b",
                      text)  # fmt: skip
    if not found or not norm(heading[1]).startswith(norm(found[1])):
        return None
    name = found[1]
    return name if re.search(rf"\b{re.escape(name)} is a dataset of\b", text) else None


def recipe_corpus(module: str, doc: str) -> tuple[str, str] | None:
    """(the name's first word, the name) of the corpus a recipe module's docstring opens
    with, "The data preparation recipe for the <Name>.", where that first word read without
    case is the module's name: ("ami", "The data preparation recipe for the AMI Meeting
    Corpus.") -> ("AMI", "AMI Meeting Corpus"); a recipe named otherwise gives none."""
    found = re.match(r"The data preparation recipe for the ((?:[A-Z][\w-]*)(?: [A-Z][\w-]*)+)\.",
                     " ".join(doc.split()))  # fmt: skip
    if not found:
        return None
    first = found[1].split()[0]
    return (first, found[1]) if first.casefold() == module.casefold() else None


def block_from_model(class_name: str, doc: str) -> str | None:
    """The model a residual block's docstring says it is from, "Residual block from <Name>
    model.", where the class's name begins with that name: ("SEANetResnetBlock", "Residual
    block from SEANet model.") -> "SEANet"."""
    found = re.match(r"Residual block from ([A-Z][\w-]*) model\.", " ".join(doc.split()))
    if not found or not class_name.startswith(found[1]) or class_name == found[1]:
        return None
    return found[1]


def bold_policy(line: str) -> tuple[str, list[str]] | None:
    """(identifier, [name, its compatibility form]) of a bold heading "**<Name>
    (<Identifier>)**" (" Policy" may follow the parentheses), where the name in Unicode
    compatibility form (NFKC), its π read "pi" and its dots dropped, is the identifier read
    without case and separators: "**π₀ (Pi0)**" -> ("Pi0", ["π₀", "π0"]); "**π₀.₅ (Pi05)
    Policy**" -> ("Pi05", ["π₀.₅", "π0.5"])."""
    found = re.fullmatch(r"\*\*(\S+) \((\w+)\)(?: Policy)?\*\*", line.strip())
    if not found:
        return None
    name, identifier = found[1], found[2]
    compatible = unicodedata.normalize("NFKC", name)
    if norm(compatible.replace("π", "pi").replace(".", "")) != norm(identifier):
        return None
    return identifier, [name] + ([compatible] if compatible != name else [])


# -- readers ----------------------------------------------------------------------------------


def clinica_dataset_facts() -> list[Fact]:
    """The data sets clinica's description says it converts into BIDS (`converted_datasets`:
    ADNI, AIBL, NIFD, OASIS, OASIS-3), a long form whose initials spell the acronym an alias;
    data sets of modality image, task neuroimaging."""
    facts: list[Fact] = []
    where = f"{sources.source_label('clinica')}: package description 'convert publicly " \
            "available neuroimaging datasets into BIDS'"  # fmt: skip
    for acronym, long_form in converted_datasets(sources.description("clinica")):
        fact = Fact("dataset", "dataset", acronym, where, aliases=[long_form] if long_form else [],
                    kind="dataset", modality="image", task="neuroimaging")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def mirdata_subset_facts() -> list[Fact]:
    """The data sets mirdata's loader modules say their data set is a subset of
    (`subset_of`: MedleyDB); data sets of modality audio, cited to the first module read."""
    v, root = sources._package("mirdata", "mirdata")
    facts: list[Fact] = []
    for path in sorted((root / "datasets").glob("*.py")):
        doc = sources_more.module_docstring(path)
        name = subset_of(doc)
        if name:
            where = f"{v}: datasets/{path.name} module docstring"
            fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="audio")
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def lhotse_recipe_corpus_facts() -> list[Fact]:
    """The corpora lhotse's recipe modules' docstrings open with (`recipe_corpus`), each a
    fact named by the name's first word as the docstring spells it, with the name as an alias
    (so that it joins that corpus's entry: AMI Meeting Corpus of AMI); a first word an earlier
    round or this one denies (ICSI, the institute) leaves the whole name the name. Data sets
    of modality speech."""
    v, root = sources._package("lhotse", "lhotse")
    facts: list[Fact] = []
    for path in sorted((root / "recipes").glob("*.py")):
        doc = sources_more.module_docstring(path)
        found = recipe_corpus(path.stem, doc)
        if not found or _denied(found[1]):
            continue
        first, name = found
        where = f"{v}: recipes/{path.name} module docstring"
        if _denied(first):
            fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="speech")
        else:
            fact = Fact("dataset", "dataset", first, where, aliases=[name], kind="dataset",
                        modality="speech")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def audiocraft_block_facts() -> list[Fact]:
    """The models audiocraft's `modules/*.py` residual blocks say they are from
    (`block_from_model`: SEANet of SEANetResnetBlock); families of kind audio."""
    return sources_more.class_docstring_facts(
        "audiocraft", "audiocraft", "modules/*.py", _denied, block_from_model,
        lambda name, where, _: Fact("model", "family", name, where, kind="audio",
                                    note="the encoder-decoder architecture EnCodec builds on"),
    )  # fmt: skip


def lerobot_policy_facts() -> list[Fact]:
    """The policies lerobot's model-card template heads in bold (`bold_policy`: Pi0 with
    "π₀" and "π0", joining transformers' PI0; Pi05 with "π₀.₅" and "π0.5"); families of kind
    multimodal."""
    v, root = sources._package("lerobot", "lerobot")
    path = root / "templates" / "lerobot_modelcard_template.md"
    facts: list[Fact] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        found = bold_policy(line)
        if found:
            identifier, names = found
            where = f"{v}: templates/{path.name} '{line.strip().strip('*')}'"
            fact = Fact("model", "family", identifier, where, aliases=names, kind="multimodal",
                        note="a vision-language-action model (Physical Intelligence)")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact, *names)
    return facts
