"""Readers of a seventeenth round (requirements-read-round17.txt), for data-set and model names
labelled papers use that the catalog lacked, in sources.py's style.

- ir_datasets (new): the display name of each collection its documentation files give
  (`docs/<collection>.yaml`, the `_` entry's `pretty_name`: "pretty_name: 'CORD-19'"), the
  words before a parenthesised qualifier ("MSMARCO (passage)" -> "MSMARCO", "HC4 (HLTCOE
  CLIR Common-Crawl Collection)" -> "HC4"), each once; names with a colon (the Touché task
  titles) name nothing;
- nltk (new): the corpus a corpus-reader module is named for, from its header comment ("#
  Natural Language Toolkit: PropBank Corpus Reader" in `corpus/reader/propbank.py`), where the
  module's file name spells that name ("propbank"; "Europarl" for `corpus/europarl_raw.py`);
  a header naming a format or an operation ("Tagged Corpus Reader" in `tagged.py`) is dropped
  by the guard or listed in DENY_ROUND17;
- ultralytics (read since the first round): the data sets its package description links to
  its data-set documentation pages ("[COCO Keypoints val2017](https://docs.ultralytics.com/
  datasets/pose/coco) dataset"), a split word dropped ("val2017"), the texts of links to the
  same page one data set ("COCO-Pose" beside "COCO Keypoints");
- espnet (read since the eighth round for its model classes): the name a paper title gives
  its system before a colon, in the docstrings' reStructuredText link targets (".. _`Deep
  Voice 3: Scaling Text-to-Speech with Convolutional Sequence Learning`:"): Deep Voice 3,
  FastSpeech 2, ...;
- controlnet-aux (new): the model a detector class's docstring says it uses ("A class for
  detecting human poses in images using the Openpose model." of `OpenposeDetector`): Openpose.

The name rules are the pure functions at the top, tested in `tests/test_catalog17.py`;
docs/catalog.md ("A seventeenth round of sources") states them.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import sources
import sources_more
import sources_round16
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND17: dict[str, str] = {
    # ir_datasets collections
    "Vaswani": "a person's name: 'Vaswani et al.' cites the Transformer paper",
    "ANTIQUE": "an ordinary word written in capitals",
    "BRIGHT": "an ordinary word written in capitals",
    "CODEC": "an ordinary word written in capitals (audio codecs)",
    "CSL": "an abbreviation of many things (sign languages, loss functions)",
    "SARA": "a person's name in capitals",
    "GOV": "an abbreviation of 'government' (.gov)",
    "NYT": "names the newspaper far more often than the corpus",
    "Highwire": "the publisher HighWire Press",
    "Medline": "the bibliographic database, not the IR collection",
    "Washington Post": "names the newspaper far more often than the corpus",
    "Clinical Trials": "ordinary words",
    # nltk corpus readers named for a file format or a series of shared tasks
    "CONLL": "the conference's shared tasks, each a data set of its own (CoNLL-2003 ...)",
    "XML": "a file format",
    "IPI PAN": "the institute (Polish Academy of Sciences) that made the corpus",
    "Aligned": "a file format (aligned sentences), not a corpus",
    "Chunked": "a file format (chunked text), not a corpus",
    "Dependency": "a file format (dependency trees), not a corpus",
    "Plaintext": "a file format (plain text), not a corpus",
    "String Category": "a file format (string and category lines), not a corpus",
    "Tagged": "a file format (tagged text), not a corpus",
    "Toolbox": "the Toolbox program's file format, and an ordinary word",
    "Twitter": "the site, not a corpus",
    "Word List": "a file format (one word a line), not a corpus",
    "PubMed Central": "the archive of articles, not the IR collection",
    # espnet's titled link targets
    "Zoneout": "a regularisation method, not a model",
    "WORLD": "the vocoder's name is the ordinary word written in capitals",
    # "Europarl" was denied here until the thirty-eighth round: in dev3's "documents from TED,
    # News and Europarl" linking it makes the linker's list rule take TED and News as data
    # sets (two false links); dev25 labels it too, and the corpus is one papers train on
    # (docs/catalog.md, thirty-eighth round).
}


# Denied by an earlier round (sources_round16._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round16._denied, DENY_ROUND17)


_PRETTY = re.compile(r"""^_:\s*\n\s+pretty_name:\s*(['"])(.+?)\1""")
# A name: words, digits and the separators names use; no ":" (task titles).
_NAME = re.compile(r"[A-Za-z][\w.'-]*(?: [\w.'-]+){0,5}")


def pretty_name(text: str) -> str | None:
    """The display name an ir_datasets documentation file gives its collection: the first
    entry `_`'s `pretty_name`, without a parenthesised qualifier ("MSMARCO (passage)" ->
    "MSMARCO"). A name with a colon or other punctuation ("Touché 2020 Task 1: Argument
    Retrieval ...") and a file that does not open with `_` name nothing."""
    found = _PRETTY.match(text)
    if not found:
        return None
    name = found.group(2).split(" (", 1)[0].strip()
    return name if _NAME.fullmatch(name) else None


_HEADER = re.compile(r"# Natural Language Toolkit: (.+?) (?:Corpus )?Readers?\s*$")


def corpus_reader_name(stem: str, first_line: str) -> str | None:
    """The corpus an nltk reader module (file name `stem`) is named for: its header comment
    "# Natural Language Toolkit: <Name> Corpus Reader(s)" (or "<Name> Reader"), where `stem`
    spells <Name> at its start, separators aside ("propbank" for "PropBank", "europarl_raw" for
    "Europarl", "sinica_treebank" for "Sinica Treebank"). A header another file name does
    not spell ("Penn Treebank Reader" in bracket_parse.py) names nothing."""
    found = _HEADER.fullmatch(first_line.strip())
    if not found:
        return None
    name = found.group(1).strip()
    if not _NAME.fullmatch(name) or not norm(stem).startswith(norm(name)):
        return None
    return name


_USES_MODEL = re.compile(r"\busing the ([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) model\.")


def detector_model(class_name: str, doc: str) -> str | None:
    """The model a controlnet-aux detector class (`<Something>Detector`) says it uses: the
    capitalised name in its docstring's "using the <Name> model." ("A class for detecting
    human poses in images using the Openpose model." -> "Openpose"). Other classes and
    docstrings name nothing."""
    if not class_name.endswith("Detector"):
        return None
    found = _USES_MODEL.search(" ".join(doc.split()))
    return found.group(1) if found else None


_DATASET_LINK = re.compile(r"\[([^\]]+)\]\((https://docs\.ultralytics\.com/datasets/[\w/-]+)[#)]")
_SPLIT_WORDS = re.compile(r"\s+(?:val|train|test)\w*(?:\s+images)?$")


def linked_datasets(description: str) -> list[tuple[str, list[str]]]:
    """(name, aliases) for each data-set documentation page ultralytics' package description
    links to, in the order first linked: the first link text, a split word dropped ("COCO
    Keypoints val2017" -> "COCO Keypoints"; "DOTAv1 val images" -> "DOTAv1"), and the other
    link texts to the same page ("COCO-Pose") as aliases. A page's anchor (`#dota-v10`) is
    part of the page, so links to two anchors of one page are two data sets."""
    pages: dict[str, list[str]] = {}
    for text, url in _DATASET_LINK.findall(description):
        name = _SPLIT_WORDS.sub("", " ".join(text.split()))
        if not _NAME.fullmatch(name):
            continue
        names = pages.setdefault(url, [])
        if name not in names:
            names.append(name)
    return [(names[0], names[1:]) for names in pages.values()]


_TITLE_TARGET = re.compile(r"^\s*\.\. _`([^`:]+): ([^`]+)`:", re.MULTILINE)
# A system's name before the title's colon: one to four words, the first capitalised.
_SYSTEM = re.compile(r"[A-Z][\w-]*(?: [\w-]+){0,3}")


def titled_systems(text: str) -> list[str]:
    """The names paper titles give their system before a colon, in reStructuredText link
    targets (".. _`Deep Voice 3: Scaling Text-to-Speech with ...`:" -> "Deep Voice 3"), each
    once. A title with no colon ("Highway Networks") or a long phrase before it names
    nothing."""
    found: list[str] = []
    for name, _title in _TITLE_TARGET.findall(text):
        name = " ".join(name.split())
        if _SYSTEM.fullmatch(name) and name not in found:
            found.append(name)
    return found


def ir_datasets_facts() -> list[Fact]:
    """The collections ir_datasets' documentation files name (`pretty_name`): data sets of
    modality text, task information retrieval, the file name a match key."""
    v, root = sources._package("ir_datasets", "ir_datasets")
    facts: list[Fact] = []
    for path in sorted((root / "docs").glob("*.yaml")):
        name = pretty_name(path.read_text(encoding="utf-8"))
        if name:
            fact = Fact("dataset", "dataset", name, f"{v}: docs/{path.name} pretty_name",
                        match_keys=[path.stem], kind="dataset", modality="text",
                        task="information retrieval")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def nltk_facts() -> list[Fact]:
    """The corpora nltk's corpus-reader modules are named for (`corpus_reader_name`): data
    sets of modality text."""
    v, root = sources._package("nltk", "nltk")
    folder = root / "corpus"
    facts: list[Fact] = []
    for path in sorted([*folder.glob("*.py"), *(folder / "reader").glob("*.py")]):
        lines = path.read_text(encoding="utf-8").splitlines()
        name = corpus_reader_name(path.stem, lines[0]) if lines else None
        if name:
            where = f"{v}: {Path(path).relative_to(root).as_posix()} header comment"
            fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="text")
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def controlnet_aux_facts() -> list[Fact]:
    """The models controlnet-aux's detector classes say they use (`detector_model`):
    families of kind vision."""
    v, root = sources._package("controlnet-aux", "controlnet_aux")
    facts: list[Fact] = []
    for path in sorted(root.glob("*/__init__.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            name = detector_model(node.name, ast.get_docstring(node) or "")
            if name:
                where = f"{v}: {path.relative_to(root).as_posix()} {node.name} docstring"
                fact = Fact("model", "family", name, where, kind="vision")
                sources_more.append_new_fact(facts, _denied, fact)
    return facts


def ultralytics_dataset_facts() -> list[Fact]:
    """The data sets ultralytics' package description links to (`linked_datasets`), of kind
    dataset, modality image."""
    v, _ = sources._package("ultralytics", "ultralytics")
    facts: list[Fact] = []
    for name, aliases in linked_datasets(sources.description("ultralytics")):
        kept = [a for a in aliases if not _denied(a)]
        where = f"{v}: package description dataset link '{name}'"
        fact = Fact("dataset", "dataset", name, where, aliases=kept, kind="dataset",
                    modality="image")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def espnet_titled_facts() -> list[Fact]:
    """The systems espnet's docstring link targets name by their paper's title
    (`titled_systems`): families of kind speech (merged by name with the eighth round's)."""
    v, root = sources._package("espnet", "espnet")
    top = root.parent
    facts: list[Fact] = []
    for folder in ("espnet", "espnet2"):
        for path in sorted((top / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8", errors="replace")
            if ".. _`" not in text:
                continue
            for name in titled_systems(text):
                where = f"{v}: {path.relative_to(top).as_posix()} link target '{name}: ...'"
                fact = Fact("model", "family", name, where, kind="speech")
                sources_more.append_new_fact(facts, _denied, fact)
    return facts
