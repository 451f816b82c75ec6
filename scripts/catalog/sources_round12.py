"""Readers of a twelfth round (requirements-read-round12.txt), for names labelled papers use
that the catalog lacked, mostly models, in sources.py's style. No new package: all six are
read since earlier rounds, here for other text of the same pinned versions.

- diffusers (read since the sixth round for `pipelines/*/pipeline_*.py`): the pipelines
  diffusers keeps under `pipelines/deprecated/`, which that round's glob did not reach
  ("Pipeline for text-to-audio generation using AudioLDM."), read with the sixth round's
  rule; a deprecated pipeline's class may state `_last_supported_version` before its
  description, so the description is the class body's first string, not only its docstring;
- torchgeo (read since the sixth round for its data sets): the long form a `models/*.py`
  module docstring opens with before the architecture's abbreviation, the abbreviation being
  the module's name ("Convolutional Long Short-Term Memory (ConvLSTM) model." in
  `convlstm.py`), the eleventh round's rule for timm;
- mmpretrain (read since the second round for its metafiles): the architecture a backbone
  class's docstring links to its encyclopedia article ("`LeNet5
  <https://en.wikipedia.org/wiki/LeNet>`_ backbone."), the article's title being the start
  of the class's name;
- mteb (read since the first round for its tasks): the model a reranker wrapper class names
  in its `name` attribute (`MonoT5Reranker.name = "MonoT5"`), and the open-weight models its
  registry (`mteb.get_model_metas()`) lists under a Hub id that the entry's own `reference`
  repeats (`BAAI/bge-en-icl`, reference `https://huggingface.co/BAAI/bge-en-icl`), each a
  checkpoint of a family the catalog knows by the first part of its name;
- torch-geometric (read since the first round for `nn.models`) and espnet (since the eighth
  round): the model a class is a part of, where its docstring opens with that model's long
  form and abbreviation followed by the part ("The Temporal Graph Network (TGN) memory
  model" for `TGNMemory`, "Non-Attentive Tacotron (NAT) Duration Predictor module." for
  `DurationPredictor`).

The name rules are the pure functions at the top, tested in `tests/test_catalog_round12.py`;
docs/catalog.md ("A twelfth round of sources") states them.
"""

from __future__ import annotations

import ast
import re
from importlib.metadata import version

import sources
import sources_more
import sources_round6
import sources_round11
from rules import Fact, hub_name, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; docs/catalog.md lists each with its reason.
DENY_ROUND12: dict[str, str] = {
    "BTC": "torchgeo's 'Be The Change (BTC)' change-detection model; BTC is Bitcoin's "
    "ticker in every paper on cryptocurrencies, and the long form is ordinary words",
    "ConvLSTM": "torchgeo's 'Convolutional Long Short-Term Memory (ConvLSTM) model': a layer "
    "type papers name as a class of networks ('heavyweight ConvLSTM networks'), as LSTM, "
    "which the linker's NEVER_NAMES lists; tried: one link gained, one false link",
    "NAT": "espnet's 'Non-Attentive Tacotron (NAT)': papers write NAT for non-autoregressive "
    "translation and transformers far more often; the long form is the entry's name, without "
    "the abbreviation",
    "FollowIR": "mteb's FollowIRReranker names the FollowIR-7B reranker, but FollowIR is "
    "first the instruction-following retrieval benchmark mteb lists as tasks",
}


# Denied by an earlier round (sources_round11._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round11._denied, DENY_ROUND12)


def class_description(node: ast.ClassDef) -> str:
    """A class's description: its docstring, or else the first string statement of its body,
    which diffusers' deprecated pipelines write after a class attribute
    (`_last_supported_version = "0.33.1"` then `r\"\"\"Pipeline for text-to-audio generation
    using MusicLDM. ...\"\"\"`); "" when the body has no string statement."""
    doc = ast.get_docstring(node)
    if doc:
        return doc
    for statement in node.body:
        if (
            isinstance(statement, ast.Expr)
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        ):
            return statement.value.value
    return ""


def deprecated_pipeline_model(class_source: str) -> str | None:
    """The model a diffusers pipeline class generates with, as its description's first
    sentence names it (`class_description`, then the sixth round's
    `sources_round6.diffusers_pipeline_model`): "AudioLDM" for `AudioLDMPipeline`, "MusicLDM"
    for `MusicLDMPipeline` whose description follows `_last_supported_version`; None for
    "Pipeline for audio generation." or a class that is not a pipeline."""
    tree = ast.parse(class_source)
    node = next((n for n in tree.body if isinstance(n, ast.ClassDef)), None)
    if node is None:
        return None
    return sources_round6.diffusers_pipeline_model(node.name, class_description(node))


# "`LeNet5 <https://en.wikipedia.org/wiki/LeNet>`_ backbone.", "`AlexNet
# <https://en.wikipedia.org/wiki/AlexNet>`__ backbone."
_ARTICLE_BACKBONE = re.compile(
    r"^`[\w.-]+ <https?://en\.wikipedia\.org/wiki/([A-Za-z][A-Za-z0-9-]*)>`__? backbone\b"
)


def article_backbone(class_name: str, doc: str) -> str | None:
    """The architecture a backbone class's docstring opens by linking to its encyclopedia
    article: the article's title, kept where the class's name, read without case and
    separators, starts with it ("`LeNet5 <https://en.wikipedia.org/wiki/LeNet>`_ backbone."
    for `LeNet5` -> "LeNet"). An article that is not the class's ("...wiki/Kullback..."), a
    title with "_" or "%" (a phrase: "Histogram_of_oriented_gradients") or a docstring that
    does not open with the link gives nothing."""
    match = _ARTICLE_BACKBONE.match(" ".join(doc.split()))
    if not match:
        return None
    title = match.group(1)
    return title if norm(class_name).startswith(norm(title)) else None


def reranker_family(class_name: str, name: object) -> str | None:
    """The model an mteb reranker wrapper class names in its `name` attribute, kept where
    the class is `<Name>Reranker` with that name read without case and separators
    (`MonoT5Reranker`, name "MonoT5" -> "MonoT5"; `FLANT5Reranker`, "FLAN-T5" -> "FLAN-T5").
    `LlamaReranker`'s "LLAMA-Based" (a description) and a name that is not a string give
    nothing."""
    if not isinstance(name, str) or not class_name.endswith("Reranker"):
        return None
    stem = class_name[: -len("Reranker")]
    return name if stem and norm(name) == norm(stem) else None


def registry_checkpoint(
    hf_id: str, reference: str | None, open_weights: bool | None, families: dict[str, str]
) -> tuple[str, str] | None:
    """(name, family) of a model mteb's registry lists: the Hub id's name part, where the
    entry has open weights and its `reference` is that Hub id's page
    (`https://huggingface.co/BAAI/bge-en-icl` for "BAAI/bge-en-icl"), and the name's first
    part (up to the first "-", "_" or space) is a family the catalog knows (`families`: name
    keys -> family name): "bge-en-icl" -> ("bge-en-icl", "BGE"). A family that only starts
    the first part ("dinghy-law-0.6b-v1" is not DIN's, "BERTA" not BERT's), a name that is
    the family's alone, closed models (`openai/...` with an API page as reference), a
    reference to another page (a paper, a GitHub repository) and test fixtures
    (`_NOT_RELEASED`: "tiny-", "random") give None."""
    if not open_weights or "/" not in hf_id or sources._NOT_RELEASED.search(hf_id):
        return None
    if (reference or "").rstrip("/") != f"https://huggingface.co/{hf_id}":
        return None
    name = hub_name(hf_id)
    head = norm(re.split(r"[-_ ]", name, maxsplit=1)[0])
    if head == norm(name) or head not in families:
        return None
    return name, families[head]


# "The Temporal Graph Network (TGN) memory model from the ...", "Non-Attentive Tacotron (NAT)
# Duration Predictor module."
_COMPONENT = re.compile(
    r"^(?:The |A |An )?([A-Z][\w'-]*(?: (?:(?:for|of|with|and) )?[A-Z][\w'-]*)+) "
    r"\(([A-Z][A-Za-z0-9+-]*)\) ([A-Za-z][\w ]*?)( (?:module|model))?$"
)


def component_model(class_name: str, doc: str, families: set[str]) -> tuple[str, str] | None:
    """(abbreviation, long form) of the model a class is part of, where its docstring's first
    sentence opens with the model's long form and abbreviation in parentheses followed by
    the part the class is, the class's name being that part, with or without the
    abbreviation before it ("The Temporal Graph Network (TGN) memory model from ..." for
    `TGNMemory`; "Non-Attentive Tacotron (NAT) Duration Predictor module." for
    `DurationPredictor`). The sentence must call the part a model, or the long form must end
    with a family the catalog knows (`families`, name keys: "tacotron"): "Bayesian
    Personalized Ranking (BPR) loss" (`BPRLoss`) and "Gated Attention Unit (GAU) encoder"
    (`GAUEncoder`) name a loss and a layer, not a model."""
    text = " ".join(doc.split())
    first = re.split(r"(?<=\.)\s", text, maxsplit=1)[0] if text else ""
    first = re.split(r"\s(?:from|introduced in|proposed in)\b", first, maxsplit=1)[0]
    match = _COMPONENT.match(first.rstrip("."))
    if not match:
        return None
    long_form, abbreviation, part, called = match.groups()
    if norm(class_name) not in (norm(part), norm(abbreviation) + norm(part)):
        return None
    if called != " model" and norm(long_form.split()[-1]) not in families:
        return None
    return abbreviation, long_form


# -- readers ------------------------------------------------------------------------------------


def diffusers_deprecated_facts() -> list[Fact]:
    """The models diffusers' deprecated pipelines generate with
    (`pipelines/deprecated/*/pipeline_*.py`, `deprecated_pipeline_model`), one family each,
    as the sixth round's `diffusers_facts` takes the others, the module text's spellings
    that only add separators aliases; kind diffusion."""
    v, root = sources._package("diffusers", "diffusers")
    facts: list[Fact] = []
    for path in sorted((root / "pipelines" / "deprecated").glob("*/pipeline_*.py")):
        text = path.read_text(encoding="utf-8")
        for node in ast.parse(text).body:
            if not isinstance(node, ast.ClassDef):
                continue
            name = sources_round6.diffusers_pipeline_model(node.name, class_description(node))
            if not name or _denied(name):
                continue
            where = (f"{v}: pipelines/deprecated/{path.parent.name}/{path.name} "
                     f"{node.name} description")  # fmt: skip
            aliases = sources_round6.separated_spellings(text, name)
            facts.append(Fact("model", "family", name, where, aliases=aliases, kind="diffusion"))
    return facts


def torchgeo_long_form_facts() -> list[Fact]:
    """The architectures torchgeo's `models/*.py` module docstrings open with by long form
    and abbreviation (`sources_round11.module_long_form`), each a family named by the
    abbreviation with the long form as an alias; kind vision (round 11's reader of timm)."""
    return sources_round11.long_form_module_facts("torchgeo", "torchgeo", _denied)


def mmpretrain_article_facts() -> list[Fact]:
    """The architectures mmpretrain's `models/backbones/*.py` classes link to their
    encyclopedia article (`article_backbone`: LeNet, AlexNet), each a family; kind vision."""
    v, root = sources._package("mmpretrain", "mmpretrain")
    facts: list[Fact] = []
    for path in sorted((root / "models" / "backbones").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            name = article_backbone(node.name, ast.get_docstring(node) or "")
            if name and not _denied(name):
                where = f"{v}: models/backbones/{path.name} {node.name} docstring"
                facts.append(Fact("model", "family", name, where, kind="vision"))
    return facts


def mteb_reranker_facts() -> list[Fact]:
    """The models mteb's reranker wrapper classes name (`reranker_family`: MonoT5, BGE,
    FLAN-T5, Mistral), read through `ast` from `models/model_implementations/*.py`, each a
    family; kind llm."""
    v, root = sources._package("mteb", "mteb")
    facts: list[Fact] = []
    for path in sorted((root / "models" / "model_implementations").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            for statement in node.body:
                if (
                    isinstance(statement, ast.AnnAssign)
                    and getattr(statement.target, "id", "") == "name"
                    and isinstance(statement.value, ast.Constant)
                ):
                    name = reranker_family(node.name, statement.value.value)
                    if name and not _denied(name):
                        where = f"{v}: models/model_implementations/{path.name} {node.name}.name"
                        facts.append(Fact("model", "family", name, where, kind="llm"))
    return facts


def mteb_registry_facts(families: dict[str, str]) -> list[Fact]:
    """The open-weight models mteb's registry lists under a Hub id its reference repeats
    (`registry_checkpoint`), each a checkpoint of the family its name starts with, with that
    Hub id; kind llm. `families`: name keys -> family names, as for litgpt's checkpoints."""
    import mteb

    v = f"mteb {version('mteb')}"
    facts: list[Fact] = []
    for meta in sorted(mteb.get_model_metas(), key=lambda m: m.name or ""):
        if not meta.name:
            continue
        found = registry_checkpoint(meta.name, meta.reference, meta.open_weights, families)
        if found is None or _denied(found[0], meta.name):
            continue
        name, family = found
        where = f"{v}: model registry {meta.name!r} reference"
        facts.append(Fact("model", "checkpoint", name, where, hf_id=meta.name, family=family,
                          kind="llm"))  # fmt: skip
    return facts


def component_model_facts(families: set[str]) -> list[Fact]:
    """The models torch-geometric's `nn/models/*.py` and espnet's `espnet2/**/*.py` classes
    are parts of (`component_model`: TGN for `TGNMemory`, Non-Attentive Tacotron for
    espnet's Translatotron 2 `DurationPredictor`), each a family named by the abbreviation
    with the long form as an alias, or by the long form where the abbreviation is denied
    (NAT); once per name. Kind other (torch-geometric, as the first round's models) or
    speech (espnet)."""
    facts: list[Fact] = []
    named: set[str] = set()
    for distribution, top, folder, kind in (
        ("torch-geometric", "torch_geometric", "nn/models", "other"),
        ("espnet", "espnet2", "", "speech"),
    ):
        v, root = sources._package(distribution, top)
        base = root / folder if folder else root
        for path in sorted(base.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.ClassDef):
                    continue
                found = component_model(node.name, ast.get_docstring(node) or "", families)
                if not found or _denied(found[1]):
                    continue
                abbreviation, long_form = found
                name, aliases = (
                    (long_form, []) if _denied(abbreviation) else (abbreviation, [long_form])
                )
                if name in named:
                    continue
                named.add(name)
                where = f"{v}: {path.relative_to(root.parent).as_posix()} {node.name} docstring"
                facts.append(Fact("model", "family", name, where, aliases=aliases, kind=kind))
    return facts
