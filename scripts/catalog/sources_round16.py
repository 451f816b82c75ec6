"""Readers of a sixteenth round (requirements-read-round16.txt), for model names made of
ordinary words that the guard now keeps as written (rules.head_noun_name,
rules.REVIEWED_MODEL_WORDS), in sources.py's style.

- miditok (new): the models its tokenizers' docstrings cite by name, authors and link
  ("`Music Transformer (Huang et al.) <https://openreview.net/forum?id=rJe4ShAcF7>`_"), when
  the name ends in a model head noun: Music Transformer, Pop Music Transformer;
- easyfsl (new): the methods its package description lists as links to their modules
  ("- [Prototypical Networks](easyfsl/methods/prototypical_networks.py)"), when the name ends
  in a model head noun;
- flair (read since the fourth round for its corpora): the embeddings its package description
  says it proposed ("our proposed [Flair embeddings](https://www.aclweb.org/...)"): Flair;
- mmpose (read since the second round): a backbone class `<Stem>Net` whose docstring gives
  the paper's title naming "<Stem> Networks" ("HourglassNet backbone. Stacked Hourglass
  Networks for Human Pose Estimation."): the class name and "<Stem> Network(s)" as aliases of
  the family "<Stem>" (Hourglass), which the second round reads.

- mteb (read since the first round; its model registry since the twelfth): a model the
  registry lists with open weights under a Hub id its reference repeats, whose name part is
  one word, and that at least two other registry entries are `adapted_from`: a family of
  its own, with that Hub id (LaBSE), so that the twelfth round's reader takes the
  checkpoints adapted from it (LaBSE-en-ru).

A head-noun name's other grammatical number is an alias too ("Prototypical Network"). The
name rules are the pure functions at the top, tested in `tests/test_catalog_round16.py`;
docs/catalog.md ("A sixteenth round of sources") states them.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re

import sources
import sources_more
import sources_round15
from rules import Fact, head_noun_name

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; docs/catalog.md lists each with its reason.
DENY_ROUND16: dict[str, str] = {}


# Denied by an earlier round (sources_round15._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round15._denied, DENY_ROUND16)


def number_variants(name: str) -> list[str]:
    """The other grammatical number of a head-noun name's last word ("Prototypical Networks"
    -> "Prototypical Network", "Hourglass Network" -> "Hourglass Networks"); none for "Net"
    and "Transformer" names (papers write "Music Transformer" for the one model)."""
    head, _, last = name.rpartition(" ")
    if not head:
        return []
    if last == "Networks":
        return [f"{head} Network"]
    if last == "Network":
        return [f"{head} Networks"]
    return []


_CITED = re.compile(r"`([A-Z][^`<>()]*?) \(([^()`]*?)\) <(https?://[^>\s]+)>`_")


def cited_models(doc: str) -> list[str]:
    """The names a docstring cites as "`<Name> (<authors>) <link>`_" that end in a model head
    noun (`rules.head_noun_name`), each once; a cited paper title ("This time with feeling")
    or a name of another form ("MT3", "PopMAG") names nothing here."""
    found: list[str] = []
    for name, _authors, _link in _CITED.findall(doc):
        name = " ".join(name.split())
        if head_noun_name(name) and name not in found:
            found.append(name)
    return found


_METHOD_LINK = re.compile(r"^- \[([^\]]+)\]\(easyfsl/methods/\w+\.py\)\s*$", re.MULTILINE)


def linked_methods(description: str) -> list[str]:
    """easyfsl's bulleted links to its method modules whose text is a head-noun name
    ("- [Prototypical Networks](easyfsl/methods/prototypical_networks.py)"); other bullets and
    names of another form ("SimpleShot", "FEAT", "Fine-Tune") name nothing here."""
    return [n for n in _METHOD_LINK.findall(description) if head_noun_name(n)]


_PROPOSED = re.compile(r"our proposed \[([A-Z]\w+) embeddings\]\((https?://[^)\s]+)\)")


def proposed_embeddings(description: str) -> list[str]:
    """The embeddings a package description says it proposed, with a link to the paper ("our
    proposed [Flair embeddings](https://www.aclweb.org/anthology/C18-1139/)" -> "Flair")."""
    return list(dict.fromkeys(m.group(1) for m in _PROPOSED.finditer(description)))


def backbone_title_aliases(class_name: str, doc: str) -> tuple[str, list[str]] | None:
    """(family, aliases) for a backbone class `<Stem>Net` whose docstring opens
    "<Class> backbone." and whose next paragraph, the paper's title, names "<Stem> Networks"
    ("HourglassNet backbone.\\n\\nStacked Hourglass Networks for Human Pose Estimation."):
    ("Hourglass", ["HourglassNet", "Hourglass Network", "Hourglass Networks"]). Any other
    docstring names nothing."""
    stem = class_name.removesuffix("Net")
    if stem == class_name or not stem.isalpha():
        return None
    paragraphs = [p.strip() for p in doc.split("\n\n")]
    if len(paragraphs) < 2 or paragraphs[0] != f"{class_name} backbone.":
        return None
    if not re.search(rf"(?<![\w-]){re.escape(stem)} Networks\b", paragraphs[1]):
        return None
    return stem, [class_name, f"{stem} Network", f"{stem} Networks"]


# A registry model others are adapted from is a base model papers name when at least this
# many registry entries say so.
ADAPTED_FROM_MIN = 2


def adapted_base(
    hf_id: str, reference: str | None, open_weights: bool | None, adapted: int
) -> str | None:
    """The family name of a model mteb's registry lists: the Hub id's name part, where the
    entry has open weights, its `reference` is that Hub id's page, the name part is one word
    of letters and digits ("LaBSE"), and `adapted` (the number of registry entries
    `adapted_from` it) is at least ADAPTED_FROM_MIN. Else None."""
    if not open_weights or "/" not in hf_id or adapted < ADAPTED_FROM_MIN:
        return None
    if (reference or "").rstrip("/") != f"https://huggingface.co/{hf_id}":
        return None
    name = hf_id.rsplit("/", 1)[1]
    return name if re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", name) else None


def mteb_base_facts() -> list[Fact]:
    """The base models of mteb's registry (`adapted_base`): families of kind embedding with
    their Hub id."""
    import mteb

    v = f"mteb {importlib.metadata.version('mteb')}"
    metas = sorted((m for m in mteb.get_model_metas() if m.name), key=lambda m: m.name)
    adapted: dict[str, int] = {}
    for meta in metas:
        base = getattr(meta, "adapted_from", None)
        if base:
            adapted[base] = adapted.get(base, 0) + 1
    facts: list[Fact] = []
    for meta in metas:
        name = adapted_base(meta.name, meta.reference, meta.open_weights, adapted.get(meta.name, 0))
        if name is None or _denied(name, meta.name):
            continue
        where = f"{v}: model registry {meta.name!r} reference and adapted_from"
        facts.append(Fact("model", "family", name, where, hf_id=meta.name, kind="embedding"))
    return facts


def miditok_facts() -> list[Fact]:
    """The models miditok's tokenizer docstrings cite (`cited_models`): families of kind
    audio."""
    v, root = sources._package("miditok", "miditok")
    facts: list[Fact] = []
    for path in sorted((root / "tokenizations").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            doc = ast.get_docstring(node) or ""
            for name in cited_models(doc):
                where = f"{v}: tokenizations/{path.name} {node.name} docstring '{name}'"
                fact = Fact("model", "family", name, where, kind="audio")
                sources_more.append_new_fact(facts, _denied, fact)
    return facts


def easyfsl_facts() -> list[Fact]:
    """The methods easyfsl's package description links (`linked_methods`): families of kind
    vision, with their other number as an alias."""
    v, _ = sources._package("easyfsl", "easyfsl")
    return [
        Fact(
            "model", "family", name, f"{v}: package description methods '{name}'",
            aliases=number_variants(name), kind="vision",
        )
        for name in linked_methods(sources.description("easyfsl"))
        if not _denied(name)
    ]


def flair_embedding_facts() -> list[Fact]:
    """The embeddings flair's package description says it proposed (`proposed_embeddings`):
    families of kind encoder."""
    v, _ = sources._package("flair", "flair")
    return [
        Fact(
            "model", "family", name, f"{v}: package description proposed '{name} embeddings'",
            kind="encoder",
        )
        for name in proposed_embeddings(sources.description("flair"))
        if not _denied(name)
    ]


def mmpose_backbone_facts() -> list[Fact]:
    """The title aliases of mmpose's backbone classes (`backbone_title_aliases`), on the
    family the class's stem names (merged with the second round's fact by name)."""
    v, root = sources._package("mmpose", "mmpose")
    folder = root / "models" / "backbones"
    facts: list[Fact] = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            found = backbone_title_aliases(node.name, ast.get_docstring(node) or "")
            if found is None or _denied(found[0]):
                continue
            family, aliases = found
            where = f"{v}: models/backbones/{path.name} {node.name} docstring"
            facts.append(Fact("model", "family", family, where, aliases=aliases, kind="vision"))
    return facts
