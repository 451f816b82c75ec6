"""Readers of a thirty-sixth round (requirements-read-round36.txt), in sources.py's style. Like
the thirtieth, thirty-fourth and thirty-fifth rounds it was asked for names papers use that the
catalog lacked; each place below is still read whole, and every name it states that passes the
guard is taken. All packages are read as files and package metadata, never imported.

- pypots (new): the model each `<task>/<folder>/__init__.py` docstring says the package is of
  (`package_model`: "The package of the partially-observed time-series imputation model
  GRU-D.", the name read without case and separators being the folder's, `grud`).
- torchrec (new): a model class named by the initials of the quoted paper title its docstring
  says it is from (`title_initials_model`: class DLRM, 'Recsys model from "Deep Learning
  Recommendation Model for Personalization and Recommendation Systems"').
- weaver-core (new): the model a `nn/model/*.py` module docstring is headed by, with the
  paper it cites by a quoted title that opens with the name (`paper_headed_model`: "Particle
  Transformer (ParT)" / 'Paper: "Particle Transformer for Jet Tagging"').
- crfm-helm (the twenty-seventh round's pin): a quoted paper title "<Name>: <subtitle>" in a
  scenario's docstring, where the name is the GitHub repository the same docstring links, a
  model or a data set as the subtitle says (`repo_titled_name`: '"AttnGAN: Fine-Grained Text
  to Image Generation with Attentional Generative Adversarial Networks"' with
  "https://github.com/taoxugit/AttnGAN").
- clearvoice (new) and sgmse (new): the data sets a description links to their Papers with
  Code page (`pwc_linked_datasets`: "[VoiceBank+DEMAND](https://paperswithcode.com/dataset/
  demand)"), and the data sets a description says checkpoints were trained on
  (`trained_on_datasets`: "trained on the VoiceBank-DEMAND and WSJ0-CHiME3 datasets"); a name
  read before, "+" and "-" alike, joins it.
- espnet (the eighth round's pin): the hyphenated spellings an encoder module gives the model
  its class is named for (`hyphenated_spellings`: "# x-vector, ..." and "X-vector encoder."
  in `espnet2/spk/encoder/xvector_encoder.py`, of Xvector), reviewed words (rules.py).
- tensorflow-datasets (the first round's pin): the network a builder's citation title says
  the paper works with (`title_network`: "Get To The Point: Summarization with
  Pointer-Generator Networks" -> Pointer-Generator Network, the title's plural an alias),
  reviewed phrases (rules.py).
- torch-geometric (the first round's pin): the models its description lists by a link to an
  example script with their paper (`example_linked_models`: "- **[SEAL](.../examples/
  seal_link_pred.py)** from Zhang and Chen: [Link Prediction Based on ...](...)").

The name rules are the pure functions at the top, tested in `tests/test_catalog36.py`;
docs/catalog.md ("A thirty-sixth round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round33
import sources_round35
from rules import Fact, norm, opening_name

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND36: dict[str, str] = {
    "FiLM": "pypots' FiLM (Frequency improved Legendre Memory model); papers write FiLM for "
    "feature-wise linear modulation, a conditioning layer, far more often",
    "FITS": "pypots' FITS forecaster; FITS is also the astronomy image format, and the word in "
    "capitals",
    "BTTF": "pypots' Bayesian temporal tensor factorisation, a factorisation method, not a "
    "neural network",
    "TRMF": "pypots' temporal regularised matrix factorisation, a factorisation method, not a "
    "neural network",
    "RevIN_SCINet": "pypots' SCINet with RevIN normalisation, a combination of a model and a "
    "normalisation, not a published model of its own",
    "M-RNN": "pypots' multi-directional RNN for imputation (Yoon et al.); folded, the name is "
    "also Mao et al.'s multimodal RNN for image captioning, written m-RNN",
}


# Denied by an earlier round (sources_round35._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round35._denied, DENY_ROUND36)


# -- name rules (pure) ------------------------------------------------------------------------

_PACKAGE_MODEL = re.compile(r"The package of the [\w\s-]+? model (?P<name>[A-Za-z][\w+-]*)\.")


def package_model(doc: str, folder: str) -> str | None:
    """The model a package folder's docstring says the package is of, where the name read
    without case and separators is the folder's: ("The package of the partially-observed
    time-series imputation model GRU-D.", "grud") -> "GRU-D". A "method" ("... imputation
    method LOCF.") is none, nor a name another folder's docstring was copied with ("model
    Transformer." in `crossformer`)."""
    return opening_name(doc, _PACKAGE_MODEL, folder)  # its one group is "name"


def title_initials_model(class_name: str, doc: str) -> str | None:
    """The class's name where its docstring says it is a model from a quoted paper title whose
    first words' initials spell the name: DLRM, 'Recsys model from "Deep Learning
    Recommendation Model for Personalization and Recommendation Systems"' -> "DLRM" (D, L, R,
    M). A class named otherwise ("DLRM_Projection", 'modified from the original model from
    "..."') or a title that spells another name gives none."""
    if not re.fullmatch(r"[A-Z]{3,6}", class_name):
        return None
    text = " ".join(doc.split())
    found = re.search(r'\bmodel from "([^"]+)"', text)
    if not found or "modified from" in text[: found.start() + len("model from")]:
        return None
    words = found[1].split()[: len(class_name)]
    if len(words) < len(class_name) or not all(w[:1].isupper() for w in words):
        return None
    return class_name if "".join(w[0] for w in words) == class_name else None


def paper_headed_model(doc: str) -> tuple[str, list[str]] | None:
    """(name, aliases) of a module docstring headed by a model's name, with an abbreviation
    in brackets, and citing the paper by a quoted title that opens with the name:
    'Particle Transformer (ParT)\\n\\nPaper: "Particle Transformer for Jet Tagging" - ...' ->
    ("Particle Transformer", ["ParT"]); "ParticleNet" with 'Paper: "ParticleNet: Jet Tagging
    via Particle Clouds"' -> ("ParticleNet", []). A heading with no "Paper:" line (ParticleNeXt,
    "An improved version of ParticleNet") names none."""
    lines = doc.strip().splitlines()
    if not lines:
        return None
    head = re.fullmatch(r"([A-Z][\w-]*(?: [A-Z][\w-]*)*)(?: \(([\w-]+)\))?", lines[0].strip())
    paper = re.search(r'^Paper: "([^"]+)"', doc, re.M)
    if not head or not paper:
        return None
    name = head[1]
    if not re.match(rf"{re.escape(name)}\b", paper[1]):
        return None
    return name, [head[2]] if head[2] else []


_MODEL_WORDS = re.compile(r"\b(?:Networks?|Models?)\b")
_DATASET_WORDS = re.compile(r"\b(?:Dataset|Benchmark|Corpus)\b", re.I)


def repo_titled_name(doc: str) -> tuple[str, str] | None:
    """(name, "model" or "dataset") of a quoted paper title "<Name>: <subtitle>" in a
    docstring that also links the GitHub repository named <Name>, the subtitle saying which it
    is ("... Generative Adversarial Networks", "... Language Model": a model; "A Dataset for
    ...": a data set; both or neither: none). '"AttnGAN: Fine-Grained Text to Image Generation
    with Attentional Generative Adversarial Networks"' with https://github.com/taoxugit/AttnGAN
    -> ("AttnGAN", "model")."""
    text = " ".join(doc.split())
    repos = {r.casefold() for r in re.findall(r"github\.com/[\w.-]+/([\w.-]+)", text)}
    for found in re.finditer(r'"([A-Z][\w.+-]*): ([A-Z][^"]*)"', text):
        if found[1].casefold() not in repos:
            continue
        is_model = bool(_MODEL_WORDS.search(found[2]))
        is_dataset = bool(_DATASET_WORDS.search(found[2]))
        if is_model != is_dataset:
            return found[1], "model" if is_model else "dataset"
    return None


def pwc_linked_datasets(description: str) -> list[str]:
    """The data sets a description links to their Papers with Code data-set page, by the link
    text, in order and each once: "[VoiceBank+DEMAND](https://paperswithcode.com/dataset/demand)"
    -> "VoiceBank+DEMAND"; a text of several words ("[this dataset](...)") names none."""
    names: list[str] = []
    for name in re.findall(r"\[([^\]\s]+)\]\(https?://paperswithcode\.com/dataset/[^)\s]+\)",
                           description):  # fmt: skip
        if name not in names:
            names.append(name)
    return names


def trained_on_datasets(description: str) -> list[str]:
    """The data sets a description says checkpoints were trained on, "trained on the <A> and
    <B> datasets", each one coined word: "... trained on the VoiceBank-DEMAND and WSJ0-CHiME3
    datasets" -> ["VoiceBank-DEMAND", "WSJ0-CHiME3"]; "trained on our WSJ0-REVERB dataset"
    (the authors' own) names none."""
    names: list[str] = []
    for found in re.finditer(r"\btrained on the ([\w+-]+(?:, [\w+-]+)*(?: and [\w+-]+)?) "
                             r"datasets?\b", description):  # fmt: skip
        for name in re.split(r", | and ", found[1]):
            if sources_round33.coined(name.replace("+", "-")) and name not in names:
                names.append(name)
    return names


def plus_key(name: str) -> str:
    """The identity of a data set's name where "+" joins like "-": "VoiceBank+DEMAND" and
    "VoiceBank-DEMAND" are one name."""
    return norm(name.replace("+", "-"))


def hyphenated_spellings(text: str, name: str) -> list[str]:
    """The spellings of a one-word model name that a module's text writes with a hyphen, in
    any case, singular, in the order first met: "Xvector" in "# x-vector, cross checked ...
    X-vector encoder. ... X-vectors: Robust ..." -> ["x-vector", "X-vector"]. Identifiers
    (`xvector_encoder`) and spellings without a hyphen are other words."""
    found: list[str] = []
    for word in re.findall(r"(?<![\w-])[A-Za-z]+-[A-Za-z]+(?![\w-])", text):
        single = word[:-1] if word.endswith("s") else word
        if norm(single) == norm(name) and single not in found:
            found.append(single)
    return found


def title_network(title: str) -> tuple[str, str] | None:
    """(name, spelling) of the network a paper title says the work is done with, a hyphenated
    title-case compound before "Network(s)": the name in the singular, the spelling as the
    title writes it. "Get To The Point: Summarization with Pointer-Generator Networks" ->
    ("Pointer-Generator Network", "Pointer-Generator Networks"); "with Graph Neural Networks"
    (no hyphenated compound) names none."""
    text = " ".join(title.split())
    found = re.search(r"\bwith ((?:[A-Z][a-z]+-)+[A-Z][a-z]+) (Networks?)\b", text)
    return (f"{found[1]} Network", f"{found[1]} {found[2]}") if found else None


_EXAMPLE_ITEM = re.compile(
    r"^- \*\*\[(?P<name>[^\]\n]+)\]\(https://github\.com/[^)\s]+/examples/[\w/]+\.py\)\*\* "
    r"from [^:\n]+: \[[^\]\n]+\]\(https?://[^)\s]+\)",
    re.M,
)


def example_linked_models(description: str) -> list[str]:
    """The models a description's list links to an example script with their paper: "-
    **[SEAL](https://github.com/.../examples/seal_link_pred.py)** from Zhang and Chen: [Link
    Prediction Based on Graph Neural Networks](https://arxiv.org/pdf/1802.09691.pdf)" ->
    "SEAL"; items linked to the API documentation are the first round's classes."""
    return [m["name"] for m in _EXAMPLE_ITEM.finditer(description)]


# -- readers ----------------------------------------------------------------------------------


def pypots_facts() -> list[Fact]:
    """The models pypots' task folders are the package of (`package_model`), each once (the
    first task folder that names it, in path order): families of kind other, noted as
    partially-observed time series."""
    v, root = sources._package("pypots", "pypots")
    by_name: dict[str, Fact] = {}
    for path in sorted(root.glob("*/*/__init__.py")):
        doc = sources_more.module_docstring(path)
        name = package_model(doc, path.parent.name)
        if not name or _denied(name) or norm(name) in by_name:
            continue
        where = f"{v}: {path.relative_to(root).as_posix()} docstring"
        by_name[norm(name)] = Fact("model", "family", name, where, kind="other",
                                   note="partially-observed time series")  # fmt: skip
    return list(by_name.values())


def torchrec_facts() -> list[Fact]:
    """The models of torchrec's `models/*.py` named by their paper title's initials
    (`title_initials_model`: DLRM): families of kind other (recommendation)."""
    v, root = sources._package("torchrec", "torchrec")
    facts = []
    for path in sorted((root / "models").glob("*.py")):
        for node, doc in sources_more.definitions(path):
            name = title_initials_model(node.name, doc) if isinstance(node, ast.ClassDef) else None
            if name and not _denied(name):
                where = f"{v}: models/{path.name} {node.name} docstring"
                facts.append(Fact("model", "family", name, where, kind="other",
                                  note="recommendation"))  # fmt: skip
    return facts


def weaver_facts() -> list[Fact]:
    """The models weaver-core's `nn/model/*.py` modules are headed by (`paper_headed_model`):
    families of kind other, noted as jet tagging."""
    v, root = sources._package("weaver-core", "weaver")
    facts = []
    for path in sorted((root / "nn" / "model").glob("*.py")):
        doc = sources_more.module_docstring(path)
        found = paper_headed_model(doc)
        if found and not _denied(found[0], *found[1]):
            where = f"{v}: nn/model/{path.name} module docstring"
            facts.append(Fact("model", "family", found[0], where, aliases=found[1],
                              kind="other", note="jet tagging"))  # fmt: skip
    return facts


def helm_titled_facts() -> tuple[list[Fact], list[Fact]]:
    """(models, data sets) HELM's scenario docstrings name by a quoted title and the
    repository of that name (`repo_titled_name`); a model of kind vision in an image
    generation scenario, else other; a data set of modality text, or image in an image
    generation scenario."""
    v, root = sources._package("crfm-helm", "helm")
    scenarios = root / "benchmark" / "scenarios"
    models: list[Fact] = []
    datasets: list[Fact] = []
    for path in sorted(scenarios.rglob("*.py")):
        image = "image_generation" in path.parts
        for node, doc in sources_more.definitions(path):
            found = repo_titled_name(doc) if isinstance(node, ast.ClassDef) else None
            if not found or _denied(found[0]):
                continue
            where = f"{v}: benchmark/scenarios/{path.relative_to(scenarios).as_posix()} " \
                    f"{node.name} docstring quoted title"  # fmt: skip
            if found[1] == "model":
                models.append(Fact("model", "family", found[0], where,
                                   kind="vision" if image else "other"))  # fmt: skip
            else:
                datasets.append(Fact("dataset", "dataset", found[0], where, kind="dataset",
                                     modality="image" if image else "text"))  # fmt: skip
    return models, datasets


def speech_enhancement_facts(named: dict[str, str]) -> list[Fact]:
    """The data sets clearvoice's description links to Papers with Code
    (`pwc_linked_datasets`) and those sgmse's says checkpoints were trained on
    (`trained_on_datasets`); a name read before (`named`: norm -> that fact's name, or this
    reader's own, "+" and "-" alike: `plus_key`) joins it. Modality speech, task speech
    enhancement."""
    by_key: dict[str, Fact] = {}
    for distribution, rule, what in (
        ("clearvoice", pwc_linked_datasets, "Papers with Code link"),
        ("sgmse", trained_on_datasets, "'trained on'"),
    ):
        v = sources.source_label(distribution)
        for name in rule(sources.description(distribution)):
            if _denied(name):
                continue
            where = f"{v}: package description {what} {name!r}"
            key = plus_key(name)
            if key in by_key:
                fact = by_key[key]
                fact.source += f"; {where}"
                if name != fact.name and name not in fact.aliases:
                    fact.aliases.append(name)
                continue
            joined = named.get(norm(name), name)
            by_key[key] = Fact("dataset", "dataset", joined, where, kind="dataset",
                               aliases=[name] if joined != name else [], modality="speech",
                               task="speech enhancement")  # fmt: skip
    return list(by_key.values())


def espnet_spelling_facts(families: dict[str, str]) -> list[Fact]:
    """The hyphenated spellings espnet's speaker encoder modules give the model their class
    is named for (`hyphenated_spellings`: "x-vector", "X-vector" of XvectorEncoder), aliases
    of that model where a family read before has its name (`families`: norm -> name; the
    first round's Xvector, from speechbrain); kind audio. A class named for no model known
    before (MfaConformerEncoder) gives none."""
    v, root = sources._package("espnet", "espnet2")
    facts = []
    for path in sorted((root / "spk" / "encoder").glob("*_encoder.py")):
        text = path.read_text(encoding="utf-8")
        for node, _ in sources_more.definitions(path):
            if not isinstance(node, ast.ClassDef) or not node.name.endswith("Encoder"):
                continue
            name = families.get(norm(node.name.removesuffix("Encoder")))
            spellings = [
                s for s in hyphenated_spellings(text, name or "") if s.casefold() != name.casefold()
            ]
            if name and spellings and not _denied(name, *spellings):
                where = f"{v}: espnet2/spk/encoder/{path.name} {node.name} spellings"
                facts.append(Fact("model", "family", name, where, aliases=spellings,
                                  kind="audio"))  # fmt: skip
    return facts


def tfds_title_network_facts() -> list[Fact]:
    """The networks tensorflow-datasets' builder citations' titles say the work is done with
    (`title_network`: Pointer-Generator Network, of cnn_dailymail): families of kind
    seq2seq where the builder is a summarization one, else other."""
    v, root = sources._package("tensorflow-datasets", "tensorflow_datasets")
    facts: dict[str, Fact] = {}
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "_CITATION" not in text:
            continue
        for title in re.findall(r"\btitle\s*=\s*[{\"]+([^}\"]+)", text):
            found = title_network(title)
            if not found or _denied(*found) or norm(found[0]) in facts:
                continue
            name, spelling = found
            relative = path.relative_to(root).as_posix()
            kind = "seq2seq" if "summarization" in path.parts else "other"
            facts[norm(name)] = Fact("model", "family", name, f"{v}: {relative} _CITATION title",
                                     aliases=[spelling] if spelling != name else [],
                                     kind=kind)  # fmt: skip
    return list(facts.values())


def pyg_example_facts() -> list[Fact]:
    """The models torch-geometric's description lists with an example script and their paper
    (`example_linked_models`: SEAL): families of kind other."""
    v = sources.source_label("torch-geometric")
    facts = []
    for name in example_linked_models(sources.description("torch-geometric")):
        if not _denied(name):
            where = f"{v}: package description example link {name!r}"
            facts.append(Fact("model", "family", name, where, kind="other"))
    return facts
