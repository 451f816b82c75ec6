"""Readers of a forty-sixth round (requirements-read-round46.txt), in sources.py's style.
Asked for names the linker missed on read papers; each is taken only where a package states
it. No distribution is new: the places are in packages earlier rounds pinned (s3prl 0.4.18,
round 45; mmdet 3.3.0, round 2), read as files (module source through `ast`, header
comments); none is imported.

- s3prl: the model an upstream's `hubconf.py` entry function's one-line docstring names,
  where that line read without case and separators is the function's name and has a capital
  ("def distilhubert(...): \"\"\"DistilHuBERT\"\"\"", `entry_docstring_model`); and the
  model a module's header comment names before the title of its arXiv paper, "# LightHuBERT:
  Lightweight and Configurable ... (https://arxiv.org/pdf/2203.15610.pdf)", where the name
  read without case and separators is the upstream folder's (`header_paper_model`).
- mmdet: the long form a detector class's CamelCase name spells where its docstring links
  the initials of those words to an arXiv paper, "class HybridTaskCascade: Implementation of
  `HTC <https://arxiv.org/abs/1901.07518>`_" -> "Hybrid Task Cascade" (`class_long_form`;
  HTC itself is denied since the first round, the phone maker).

docs/catalog.md ("A forty-sixth round of sources") states the rules, and what was looked at
and not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round45
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason. None so far.
DENY_ROUND46: dict[str, str] = {}


# Denied by an earlier round (sources_round45._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round45._denied, DENY_ROUND46)


# -- name rules (pure) ------------------------------------------------------------------------


def entry_docstring_model(function: str, doc: str) -> str | None:
    """The model a hubconf entry function's docstring names, a single line that read without
    case and separators is the function's name and has a capital: ("distilhubert",
    "DistilHuBERT") -> "DistilHuBERT"; ("distilhubert_base", "DistilHuBERT Base\\nDefault
    model in ...") -> None (two lines); ("hubert", "The default model - Base") -> None."""
    line = doc.strip()
    if not line or "\n" in line or not re.search(r"[A-Z]", line):
        return None
    return line if norm(line) == norm(function) else None


def header_paper_model(folder: str, text: str) -> str | None:
    """The model a module's header comment names before its paper's title and arXiv link,
    "# <Name>: <Title> (https://arxiv.org/...)", where the name read without case and
    separators is the folder's: ("lighthubert", "# LightHuBERT: Lightweight and ... BERT
    (https://arxiv.org/pdf/2203.15610.pdf)") -> "LightHuBERT"; another folder's name -> None."""
    for line in text.splitlines()[:5]:
        found = re.match(r"#\s*([A-Z][\w-]*):\s+\S.*\(https?://arxiv\.org/\S+\)\s*$", line)
        if found and norm(found[1]) == norm(folder):
            return found[1]
    return None


def camel_words(name: str) -> list[str]:
    """The words of a CamelCase class name: "HybridTaskCascade" -> ["Hybrid", "Task",
    "Cascade"]; "YOLACT" -> ["YOLACT"]."""
    return re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+", name)


def class_long_form(cls: str, doc: str) -> str | None:
    """The long form a class's CamelCase name spells where its docstring opens by linking the
    initials of those words to an arXiv paper: ("HybridTaskCascade", "Implementation of `HTC
    <https://arxiv.org/abs/1901.07518>`_") -> "Hybrid Task Cascade"; ("FCOS", "Implementation
    of `FCOS <...>`_") -> None (one word, no long form)."""
    found = re.match(r"Implementation of `([A-Z][A-Za-z0-9-]*) <https?://arxiv\.org/", doc.strip())
    words = camel_words(cls)
    if not found or len(words) < 2 or "".join(w[0] for w in words) != found[1]:
        return None
    return " ".join(words)


# -- readers ----------------------------------------------------------------------------------


def s3prl_named_facts() -> list[Fact]:
    """The upstream models s3prl names in an entry function's docstring
    (`entry_docstring_model`: DistilHuBERT of `distiller/hubconf.py`) or in a module's header
    comment before its paper (`header_paper_model`: LightHuBERT of `lighthubert/`; WavLM's
    confirms the entry read before); kind audio, noted as an audio representation, as round
    45's s3prl facts are."""
    v, root = sources._package("s3prl", "s3prl")
    facts: list[Fact] = []
    upstream = root / "upstream"
    for path in sorted(upstream.glob("*/hubconf.py")):
        for node, doc in sources_more.definitions(path):
            function = isinstance(node, ast.FunctionDef)
            name = entry_docstring_model(node.name, doc) if function else None
            if name:
                where = f"{v}: upstream/{path.parent.name}/hubconf.py {node.name} docstring"
                fact = Fact("model", "family", name, where, match_keys=[node.name], kind="audio",
                            note="audio representation (an s3prl upstream)")  # fmt: skip
                sources_more.append_new_fact(facts, _denied, fact, node.name)
    for path in sorted(upstream.rglob("*.py")):
        folder = path.relative_to(upstream).parts[0]
        name = header_paper_model(folder, path.read_text(encoding="utf-8"))
        if name and not any(f.name == name for f in facts):
            where = f"{v}: upstream/{path.relative_to(upstream).as_posix()} header comment"
            fact = Fact("model", "family", name, where, kind="audio",
                        note="audio representation (an s3prl upstream)")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def mmdet_long_form_facts() -> list[Fact]:
    """The detectors mmdet's `models/detectors/*.py` classes spell in CamelCase where the
    docstring links their initials to an arXiv paper (`class_long_form`: Hybrid Task Cascade
    of `HybridTaskCascade`, "Implementation of `HTC <...>`_"); kind vision, noted as an mmdet
    detector."""
    return sources_more.class_docstring_facts(
        "mmdet", "mmdet", "models/detectors/*.py", _denied, class_long_form,
        lambda name, where, _: Fact("model", "family", name, where, kind="vision",
                                    note="an mmdet detector"),
    )  # fmt: skip
