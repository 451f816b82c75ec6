"""Readers of a twenty-first round (requirements-read-round21.txt): whole registries and
documented lists that packages read by earlier rounds ship and the catalog read only in part,
in sources.py's style. No package is new.

- flair (read since the fourth round, `datasets/sequence_labeling.py` only): the corpora its
  other data-set modules initialise. `datasets/biomedical.py` and `relation_extraction.py`
  open their `__init__` docstrings as `sequence_labeling.py` does ("Initialize the JNLPBA
  corpus.", `sources_more.flair_corpus_name`); `document_classification.py`,
  `entity_linking.py` and `ocr.py` say "Instantiates" or name a corpus type before the word
  corpus ("Instantiates WASSA-2017 anger emotion-intensity corpus.", "Initialize ZELDA Entity
  Linking corpus.", `instantiated_corpus`), and the word-sense corpora `entity_linking.py`
  provides "in UFSAC" give their long form in brackets ("Initialize MASC (Manually Annotated
  Sub-Corpus) provided in UFSAC.", `ufsac_corpus`): data sets of modality text;
- torch-geometric (read since the first round, one name per class or its quoted names): a
  class docstring whose first sentence names two networks joined by "and" ("The Amazon
  Computers and Amazon Photo networks from the ...", `paired_networks`): each a data set of
  modality graph, the class its match key only where the names share its name.

- torch-geometric, its second part: the names a class docstring's `name (str)` argument
  lists as its options (the `:obj:` option "Peptides-func" in `LRGBDataset`; `name_options`),
  each a data set of modality graph with the class and option as its source; the class's
  first sentence did not name them (`sources.torch_geometric_dataset_facts` reads only that
  sentence).

Gymnasium's registered environments (read since the second round) whose names are ordinary
words (Hopper, Swimmer, Reacher, Pusher, Pendulum) enter through rules.REVIEWED_DATASET_WORDS,
cased only, with their versioned ids.

The name rules are the pure functions at the top, tested in `tests/test_catalog21.py`;
docs/catalog.md ("A twenty-first round of sources") states them.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round20
from rules import Fact

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND21: dict[str, str] = {
    # flair's datasets/biomedical.py
    "miRNA": "a class of molecules (microRNA) before it is flair's corpus of that name",
    "CLL": "chronic lymphocytic leukaemia in a clinical abstract; flair's cell-line corpus is "
    "rarely written so",
    "CDR": "complementarity-determining region, clinical dementia rating, call detail record; "
    "the BioCreative V corpus papers write BC5CDR (catalogued)",
    "FSU": "Florida State University; flair's FSU PRGE corpus is rarely written so",
    "SCAU": "flair's ScaiCorpus docstring misspells SCAI (the class and its URL say SCAI)",
    "DECA": "DECA is also the 3D face model (Detailed Expression Capture and Animation, 2021)",
    "CRAFT": "CRAFT is also the scene-text detector (Character Region Awareness for Text, "
    "2019) that OCR papers write",
    "OSIRIS": "OSIRIS-REx, the NASA mission, and the Egyptian god in other text",
    "Variome": "a genomics term (the variants of a population) before it is flair's corpus",
    "Biosemantics": "a theory of meaning in philosophy (Millikan) and a research group's name",
    "CHEBI": "papers write ChEBI for the database (Chemical Entities of Biological Interest) "
    "the corpus is named after",
    "CEMP": "carbon-enhanced metal-poor stars in astronomy",
    "HUNER": "flair's HunerDataset is the base class of the HUNER re-splits of the corpora "
    "above, a tool of Weber et al. (2020), not one corpus",
    # flair's datasets/entity_linking.py, document_classification.py
    "BigBio": "flair's BIGBIO_NER_CORPUS is the base class of corpora read through the BigBIO "
    "framework, not one corpus",
    "BioNLP": "flair's BioNLPCorpus is the base class of the BioNLP shared tasks' corpora; "
    "papers write BioNLP for the workshop",
    "NCBI": "the institute: flair's NCBI_DISEASE initialises 'the NCBI disease corpus' "
    "(NCBI Disease, catalogued)",
    "ITTB": "flair's NEL_ENGLISH_IITB docstring misspells IITB (the class name)",
    # torch-geometric's `name` options
    "ACM": "the Association for Computing Machinery, which papers name as publisher; "
    "HGBDataset's ACM graph is written with the benchmark",
    "ALKANE": "a class of hydrocarbons: folded, 'alkane' in chemistry text",
    "LINUX": "the operating system",
    "MOOC": "a massive open online course, in education text",
    "TSP": "the travelling salesman problem, which graph papers write TSP for",
    "Reddit": "the forum before it is a corpus; flair's is the Reddit entity-linking corpus",
    "YAHOO": "the company; flair's class is Yahoo Answers (catalogued)",
    "Stackoverflow": "the question-and-answer site before it is a corpus",
}


# Denied by an earlier round (sources_round20._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round20._denied, DENY_ROUND21)


# "Instantiates WASSA-2017 anger emotion-intensity corpus.", "Initialize ZELDA Entity Linking
# corpus.", "Instantiates the SROIE corpus with perfect ocr boxes.", "Instantiates GermEval
# 2018 Offensive Language Classification Corpus."
_INSTANTIATED = re.compile(
    r"(?:Instantiates?|Initiali[sz]es?) (?:the )?"
    r"((?:[A-Z][\w.-]*|\d{4})(?: (?:[A-Z][\w.-]*|\d{4}))*?)"
    r"(?: Entity Linking| Offensive Language Classification| (?:Question )?Classification"
    r"|( (?:[a-z]+[ -])*[a-z]+))? (?:[Cc]orpus|dataset)\b"
)


def instantiated_corpus(doc: str) -> str | None:
    """The corpus a flair `__init__` docstring says it instantiates or initialises, written as
    a name (words starting with a capital, or a year): "WASSA-2017" from "Instantiates
    WASSA-2017 anger emotion-intensity corpus.", "ZELDA" from "Initialize ZELDA Entity
    Linking corpus."; the corpus type between name and "corpus" ("Entity Linking",
    "Classification", lower-case words) is not part of it. A name with "_" (an identifier)
    or without a capital ("twitter sentiment corpus") names nothing."""
    found = _INSTANTIATED.match(" ".join(doc.split()))
    if not found:
        return None
    name, described = found.groups()
    # "SentEval Stanford sentiment treebank dataset": before lower-case words that say what
    # the corpus is, only one word is its name ("WASSA-2017 anger emotion-intensity corpus").
    if described and " " in name:
        return None
    if "_" in name or not any(ch.isupper() for ch in name) or name in {"Corpus", "Dataset"}:
        return None
    return name


_UFSAC = re.compile(
    r"Initiali[sz]e ([A-Z][\w-]*(?: [A-Z][\w-]*)*)(?: \(([A-Z][^()]+)\))? provided in UFSAC\b"
)


def ufsac_corpus(doc: str) -> tuple[str, list[str]] | None:
    """A word-sense corpus flair provides "in UFSAC", with the long form its docstring gives
    in brackets as an alias: ("MASC", ["Manually Annotated Sub-Corpus"]) from "Initialize
    MASC (Manually Annotated Sub-Corpus) provided in UFSAC."; ("Train-O-Matic", []) from
    "Initialize Train-O-Matic provided in UFSAC."."""
    found = _UFSAC.match(" ".join(doc.split()))
    if not found:
        return None
    return found.group(1), [found.group(2)] if found.group(2) else []


_PAIRED = re.compile(
    r"The ((?:[A-Z][\w-]*)(?: [A-Z][\w-]*){0,2}) and ((?:[A-Z][\w-]*)(?: [A-Z][\w-]*){0,2}) "
    r"(?:networks|datasets|graphs) from\b"
)


def paired_networks(class_name: str, doc: str) -> list[str]:
    """The two networks a torch-geometric class docstring's first sentence names joined by
    "and" ("The Amazon Computers and Amazon Photo networks from the ..." in `Amazon`), when
    both start with the class name (one loader, two data sets); otherwise nothing."""
    first = re.split(r"(?<=\.)\s", doc.strip(), maxsplit=1)[0]
    found = _PAIRED.match(" ".join(first.split()))
    if not found:
        return []
    names = list(found.groups())
    if not all(n.split()[0] == class_name and n != class_name for n in names):
        return []
    return names


_NAME_ARGUMENT = re.compile(
    r"\bname \(str\): (.{0,400}?)(?= \w+ \((?:str|callable|bool|int|float)\b|$)"
)


def name_options(doc: str) -> list[str]:
    """The names a torch-geometric docstring's `name (str)` argument lists as its options, in
    order (":obj:`"PascalVOC-SP"`, :obj:`"COCO-SP"`, ..." in `LRGBDataset`); an argument
    without quoted options ("The name of the dataset.") lists nothing."""
    found = _NAME_ARGUMENT.search(" ".join(doc.split()))
    return re.findall(r':obj:`"([^"`]+)"`', found.group(1)) if found else []


def flair_more_facts() -> list[Fact]:
    """The corpora flair's data-set modules other than `sequence_labeling.py` initialise
    (`sources_more.flair_corpus_name`, `instantiated_corpus`, `ufsac_corpus`), read through
    `ast`: data sets of modality text, one per name, each with the classes that state it."""
    v, root = sources._package("flair", "flair")
    by_name: dict[str, Fact] = {}
    for path in sorted((root / "datasets").glob("*.py")):
        if path.name in {"sequence_labeling.py", "__init__.py", "base.py"}:
            continue
        for node, _ in sources_more.classes(path):
            init = [f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"]
            doc = (ast.get_docstring(init[0]) or "") if init else ""
            name, aliases = ufsac_corpus(doc) or (None, [])
            name = name or sources_more.flair_corpus_name(doc, node.name)
            name = name or instantiated_corpus(doc)
            if not name or _denied(name):
                continue
            where = f"{v}: datasets/{path.name} {node.name}.__init__ docstring"
            fact = by_name.get(name)
            if fact is None:
                by_name[name] = Fact("dataset", "dataset", name, where,
                                     aliases=[a for a in aliases if not _denied(a)],
                                     kind="dataset", modality="text")  # fmt: skip
            elif where not in fact.source.split("; "):
                fact.source = f"{fact.source}; {where}"
    return [by_name[name] for name in sorted(by_name)]


def pyg_paired_facts() -> list[Fact]:
    """The networks torch-geometric's data-set classes name in pairs (`paired_networks`):
    data sets of modality graph."""
    v, root = sources._package("torch-geometric", "torch_geometric")
    facts: list[Fact] = []
    for path in sorted((root / "datasets").glob("*.py")):
        for node, doc in sources_more.classes(path):
            for name in paired_networks(node.name, doc):
                if _denied(name):
                    continue
                where = f"{v}: datasets.{node.name} docstring"
                facts.append(Fact("dataset", "dataset", name, where, kind="dataset",
                                  modality="graph"))  # fmt: skip
    return facts


def pyg_name_option_facts() -> list[Fact]:
    """The data sets torch-geometric's classes list as the options of their `name` argument
    (`name_options`): data sets of modality graph, "_" written "-" ("Cora_ML" -> "Cora-ML")."""
    v, root = sources._package("torch-geometric", "torch_geometric")
    facts: list[Fact] = []
    for path in sorted((root / "datasets").glob("*.py")):
        for node, doc in sources_more.classes(path):
            for option in name_options(doc):
                name = option.replace("_", "-")
                where = f"{v}: datasets.{node.name} docstring name {option!r}"
                aliases = [option] if option != name else []
                fact = Fact("dataset", "dataset", name, where, aliases=aliases, kind="dataset",
                            modality="graph")  # fmt: skip
                sources_more.append_new_fact(facts, _denied, fact, option)
    return facts
