"""Readers of a twenty-fourth round (requirements-read-round24.txt), in sources.py's style, for
data sets the labelled papers of dev13 use and the catalog lacked (RWTH-PHOENIX 2014 T, the
Semantic Boundaries Dataset), taking every other name the same places state that passes the
guard.

- sign-language-datasets (new): the module docstring of each builder,
  `datasets/<name>/<name>.py`, whose first line opens with a name before ": " or " - "
  ("RWTH-PHOENIX 2014 T: Parallel Corpus of Sign Language Video, Gloss and Translation",
  "ASL Citizen - A Community-Sourced Dataset ..."; `titled_corpus`); data sets.
- torchvision (first round): a class of `datasets/*.py` whose docstring opens with a link
  titled by a long form of capitalised words ending in "Dataset"
  ("`Semantic Boundaries Dataset <http://...>`_" of `SBDataset`), the class name its
  initials and "Dataset" (`linked_long_form`); a reviewed word (rules.py), cased.

The name rules are the pure functions at the top, tested in `tests/test_catalog24.py`;
docs/catalog.md ("A twenty-fourth round of sources") states them.
"""

from __future__ import annotations

import re

import sources
import sources_more
import sources_round23
from rules import Fact

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND24: dict[str, str] = {
    "SBD": "torchvision's and keras-hub's short form of the Semantic Boundaries Dataset, but "
    "papers also write SBD for sentence boundary detection (in capitals, so a cased alias "
    "does not tell them apart); the long form is kept",
    "WMT-SLT": "sign-language-datasets' data of the WMT shared task on sign language "
    "translation: the name is the shared task's, each year's data its own",
}

_WORD = re.compile(r"^(?:[A-Z0-9][\w.+\-]*|v\d[\w.]*)$")


# Denied by an earlier round (sources_round23._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round23._denied, DENY_ROUND24)


def titled_corpus(first_line: str) -> str | None:
    """The name a builder module's docstring opens with, before ": " or " - ", each word
    capitalised, a digit or a version ("RWTH-PHOENIX 2014 T" of "RWTH-PHOENIX 2014 T: Parallel
    Corpus ...", "ASL Citizen" of "ASL Citizen - A Community-Sourced Dataset ..."), a leading
    "The" dropped ("Sem-Lex Benchmark"); None for "asl-signs dataset for Google - ..." or a
    line with no title ("bsl_corpus dataset.")."""
    line = " ".join(first_line.split())
    found = re.match(r"^(.+?)(?:: | - )\S", line)
    if not found:
        return None
    name = found.group(1)
    if name.startswith("The "):
        name = name[len("The "):]
    words = name.split()
    if not 1 <= len(words) <= 5 or not all(_WORD.match(w) for w in words):
        return None
    return name


def linked_long_form(class_name: str, doc: str) -> str | None:
    """The long form a torchvision data-set class's docstring opens with as a link's title,
    three or more capitalised words ending in "Dataset", whose initials the class name is
    before "Dataset" ("Semantic Boundaries Dataset" of `SBDataset`, "`Semantic Boundaries
    Dataset <http://...>`_"); None for a short name ("`MNIST <...>`_ Dataset."), a title with
    an abbreviation in parentheses, or a class named otherwise (`OxfordIIITPet`, "`Oxford-IIIT
    Pet Dataset <...>`_", is catalogued by its class name)."""
    found = re.match(r"^`([^`<]+?)\s*<https?://[^>]+>`_", doc.strip())
    if not found:
        return None
    words = found.group(1).split()
    if words[:1] == ["The"]:
        words = words[1:]
    if len(words) < 3 or words[-1] != "Dataset" or not all(_WORD.match(w) for w in words):
        return None
    if class_name != "".join(w[0] for w in words[:-1]) + "Dataset":
        return None
    return " ".join(words)


def sign_language_facts() -> list[Fact]:
    """The corpora sign-language-datasets' builder modules name (`titled_corpus`): data sets,
    one per name with every module that states it."""
    v, root = sources._package("sign-language-datasets", "sign_language_datasets")
    by_name: dict[str, Fact] = {}
    for folder in sorted(p for p in (root / "datasets").iterdir() if p.is_dir()):
        path = folder / f"{folder.name}.py"
        if not path.is_file():
            continue
        doc = sources_more.module_docstring(path)
        name = titled_corpus(doc.splitlines()[0] if doc else "")
        if not name or _denied(name):
            continue
        where = f"{v}: datasets/{folder.name}/{folder.name}.py module docstring"
        sources_more.add_fact(by_name, "dataset", "dataset", name, where, "dataset")
    return [by_name[name] for name in sorted(by_name)]


def torchvision_long_form_facts() -> list[Fact]:
    """The data sets torchvision's classes name by a long form (`linked_long_form`), the
    class a match key."""
    return sources_more.class_docstring_facts(
        "torchvision", "torchvision", "datasets/*.py", _denied, linked_long_form,
        lambda name, where, cls: Fact("dataset", "dataset", name, where, match_keys=[cls],
                                      kind="dataset"),
    )  # fmt: skip
