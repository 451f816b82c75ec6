"""Readers of an eighth round of packages (requirements-read-more.txt), speech and audio, in
sources.py's style.

- parallel-wavegan: the vocoders its package description says it implements ("This
  repository provides ... implementations of the following models:", each a link to its
  arXiv paper), other spellings the description links to the same paper ("Multi-band
  MelGAN" for "Multiband-MelGAN") and the generator classes' docstrings ("Style MelGAN
  generator module." for `StyleMelGANGenerator`) add aliases; the corpora of its
  "following recipes are supported" list are data sets;
- espnet: the model each `espnet2/tts`, `espnet2/gan_tts`, `espnet2/asr/encoder`,
  `espnet2/svs`, `espnet2/gan_svs` and `espnet2/spk/encoder` class's docstring opens with
  ("FastSpeech module for end-to-end text-to-speech.", "JETS module (generator +
  discriminator).", "E-Branchformer encoder module.", "WaveNet with global conditioning.",
  "RawNet3 encoder."), where the name spells the class's;
- audiocraft: the models whose class docstring opens "<Name> main model" or "<Name> model"
  spelling the class (MusicGen, AudioGen, MAGNeT, Encodec), and the Hub checkpoints its
  `get_pretrained` docstring lists ("- facebook/musicgen-small (300M), text to music");
- pyannote.audio: the models of `models/**/*.py` whose docstring opens with the class's
  name and calls it a model ("PyanNet segmentation model").

The name rules are the pure functions at the top, tested in `tests/test_catalog_round8.py`;
docs/catalog.md ("An eighth round of sources") states them.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round7
from rules import Fact, norm, opening_name, separated_spellings
from sources_more import definitions
from sources_round7 import opening_class_name

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; docs/catalog.md lists each with its reason.
DENY_ROUND8 = {
    "YesNo": "parallel-wavegan's debugging recipe (the yes/no corpus of Kaldi): papers write "
    "yes-no and yes/no for questions, which the folded name would link",
    "PQMF": "espnet's pseudo-QMF filter bank (a signal-processing block of Multi-band MelGAN), "
    "not a model",
    "CSD": "parallel-wavegan's Children's Song Dataset: CSD is also a common abbreviation "
    "(charge density, cross-domain, ...) papers write for other things",
}

# "- [Parallel WaveGAN](https://arxiv.org/abs/1910.11480)": a list item linking a paper.
_ARXIV_LINK = re.compile(r"\[([^\]]+)\]\(https?://arxiv\.org/abs/(\d{4}\.\d{4,5})\)")
# "- [LJSpeech](https://keithito.com/LJ-Speech-Dataset/): English female speaker".
_RECIPE = re.compile(r"- \[([^\]]+)\]\([^)]*\): ")


# Denied by an earlier round (sources_round7._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round7._denied, DENY_ROUND8)


def _list_after(description: str, opening: str) -> list[str]:
    """The lines of the Markdown list that follows the line containing `opening`, up to the
    first line that is neither a list item nor blank after the list began."""
    lines = description.splitlines()
    start = next((i for i, line in enumerate(lines) if opening in line), None)
    if start is None:
        return []
    items: list[str] = []
    for line in lines[start + 1 :]:
        if line.startswith("- "):
            items.append(line)
        elif items or line.strip():
            break
    return items


def described_models(description: str) -> list[tuple[str, str, list[str]]]:
    """(name, arXiv id, aliases) of each model a package description lists after
    "implementations of the following models:" as a link to its arXiv paper; the aliases are
    the other texts anywhere in the description that link the same paper ("[Multi-band
    MelGAN](https://arxiv.org/abs/2005.05106) is available!"), most frequent first."""
    found: list[tuple[str, str, list[str]]] = []
    links = _ARXIV_LINK.findall(description)
    for item in _list_after(description, "implementations of the following models:"):
        match = _ARXIV_LINK.search(item)
        if not match:
            continue
        name, paper = match.groups()
        counts: dict[str, int] = {}
        for text, other in links:
            if other == paper and text != name:
                counts[text] = counts.get(text, 0) + 1
        aliases = [t for t, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
        found.append((name, paper, aliases))
    return found


def recipe_corpora(description: str) -> list[str]:
    """The corpora a package description lists after "the following recipes are supported"
    ("- [LJSpeech](https://...): English female speaker"), Markdown escapes and a trailing
    "/" dropped; names written as identifiers ("Oniku_kurumi_utagoe_db") are not names."""
    found: list[str] = []
    for item in _list_after(description, "the following recipes are supported"):
        match = _RECIPE.match(item)
        if not match:
            continue
        name = match.group(1).replace("\\_", "_").rstrip("/")
        if "_" not in name and name not in found:
            found.append(name)
    return found


def generator_name(class_name: str, doc: str) -> str | None:
    """The model a `<Name>Generator` class's docstring names ("Style MelGAN generator
    module." for `StyleMelGANGenerator`, "HiFiGAN generator module."), where that name,
    read without case and separators, is the class name before "Generator": "Discrete
    Symbol HiFiGAN generator module." names the class, not a published model, and is kept
    only by that rule's spelling, which `DENY_ROUND8` may refuse."""
    if not class_name.endswith("Generator"):
        return None
    return opening_name(doc, r"(.+?) [Gg]enerator module\.", class_name[: -len("Generator")])


# "FastSpeech module for end-to-end text-to-speech.", "JETS module (generator +
# discriminator).", "Branchformer encoder module.", "Parallel WaveGAN Generator module.",
# "WaveNet with global conditioning.", "Transformer-TTS module."
_ESPNET_MODULE = re.compile(
    r"([A-Z][\w-]*(?: [A-Z][\w-]*)*?)(?: (?:[Ee]ncoder|[Gg]enerator))?"
    r"(?: module\b| with |(?<=ncoder)\.)"
)


def espnet_model_name(class_name: str, doc: str, module: str) -> str | None:
    """The model an ESPnet class's docstring opens with: a name in capitalised words before
    "module", "encoder module", "generator module", "with" or "encoder." ("RawNet3 encoder.
    Extracts frame-level ..."), kept where the name, read without case and separators, is
    the class name without its "Encoder" or "Generator" (or that with "TTS" after it:
    `Transformer` in espnet2/tts is "Transformer-TTS"), and the class's module is named
    after it (`hifigan.py`, `e_branchformer_encoder.py`): the blocks beside a model
    ("Reference encoder module." in `style_encoder.py`, "Conv2d module" in `upsample.py`,
    "TADEResBlock module."), parts ("Posterior encoder module in VITS.", "Generator module
    in JETS.", "Decoder module of Spectrogram prediction network.") and "FairSeq Hubert
    encoder module" (`hubert_encoder.py`) name nothing."""
    text = " ".join(doc.split())
    match = _ESPNET_MODULE.match(text)
    # "Posterior encoder module in VITS.", "Decoder module of Spectrogram prediction network.":
    # parts of a model; "TADEResBlock module.": a block.
    if not match or match.group(1).endswith("Block"):
        return None
    if re.match(r"\s*(?:in|of) ", text[match.end() :]):
        return None
    name = match.group(1)
    stem = norm(re.sub(r"(?:Encoder|Generator)$", "", class_name))
    if norm(module.removesuffix("_encoder")) != stem:
        return None
    return name if norm(name) in {stem, stem + "tts"} else None


def audiocraft_model_name(class_name: str, doc: str) -> str | None:
    """The model an audiocraft class's docstring opens with, "<Name> main model" or "<Name>
    model", where the name, read without case and separators, is the class name or the
    class name before "Model" ("MusicGen main model with convenient generation API.",
    "Encodec model operating on the raw waveform." for `EncodecModel`); "Base generative
    model" and "Transformer-based language model" name nothing."""
    match = re.match(r"([A-Z][\w-]*) (?:main )?model\b", " ".join(doc.split()))
    if not match:
        return None
    name = match.group(1)
    spellings = {norm(class_name), norm(class_name.removesuffix("Model"))}
    return name if norm(name) in spellings else None


# "- facebook/musicgen-small (300M), text to music," and "- facebook/encodec_24khz (https:...".
_LISTED_HUB_ID = re.compile(r"^\s*- ([\w.-]+/[\w.-]+) \(", re.MULTILINE)


def listed_hub_ids(doc: str) -> list[str]:
    """The Hub ids a `get_pretrained` docstring lists, one per "- <org>/<name> (" line."""
    return _LISTED_HUB_ID.findall(doc)


def named_model(class_name: str, doc: str) -> str | None:
    """The model a pyannote.audio class is: its docstring opens with the class's name
    (`opening_class_name`) and its first line calls it a model ("PyanNet segmentation
    model", "ToTaToNet joint speaker diarization and speech separation model");
    "Self-Supervised Representation for Speaker Segmentation" (`SSeRiouSS`) names
    nothing."""
    name = opening_class_name(class_name, doc)
    first = doc.strip().splitlines()[0] if doc.strip() else ""
    return name if name and re.search(r"\bmodel\b", first) else None


# -- readers ------------------------------------------------------------------------------------


def parallel_wavegan_facts() -> tuple[list[Fact], list[Fact]]:
    """(vocoders, corpora) of parallel-wavegan: the models its package description lists
    (`described_models`) with the aliases the description and its generator classes
    (`generator_name`) give them; the recipe corpora (`recipe_corpora`); kind speech,
    modality speech."""
    v, root = sources._package("parallel-wavegan", "parallel_wavegan")
    description = sources.description("parallel-wavegan")
    generators: dict[str, tuple[str, str]] = {}
    for path in sorted((root / "models").glob("*.py")):
        for node, doc in definitions(path):
            name = generator_name(node.name, doc) if isinstance(node, ast.ClassDef) else None
            if name:
                generators.setdefault(norm(name), (name, f"models/{path.name} {node.name}"))
    models: list[Fact] = []
    for name, paper, aliases in described_models(description):
        if _denied(name, *aliases):
            continue
        where = f"{v}: package description (arXiv:{paper})"
        spelled = generators.get(norm(name))
        if spelled and spelled[0] != name:
            aliases = [*aliases, spelled[0]]
            where += f"; {v}: {spelled[1]} docstring"
        models.append(Fact("model", "family", name, where, aliases=aliases, kind="speech"))
    datasets = [
        Fact(
            "dataset",
            "dataset",
            name,
            f"{v}: package description recipe {name!r}",
            kind="dataset",
            modality="speech",
        )
        for name in recipe_corpora(description)
        if not _denied(name)
    ]
    return models, datasets


def espnet_facts() -> list[Fact]:
    """The text-to-speech and singing models, vocoders, speech and speaker encoders of
    espnet's `espnet2/{tts,gan_tts,svs,gan_svs}/*/*.py` and `espnet2/{asr,spk}/encoder/*.py`
    classes (`espnet_model_name`), read through `ast`; kind speech. The module text's spellings
    that only add separators are aliases ("HiFi-GAN" for HiFiGAN)."""
    v, root = sources._package("espnet", "espnet2")
    paths = [
        *sorted((root / "tts").glob("*/*.py")),
        *sorted((root / "gan_tts").glob("*/*.py")),
        *sorted((root / "asr" / "encoder").glob("*.py")),
        *sorted((root / "svs").glob("*/*.py")),
        *sorted((root / "gan_svs").glob("*/*.py")),
        *sorted((root / "spk" / "encoder").glob("*.py")),
    ]
    seen: set[str] = set()
    facts: list[Fact] = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for node, doc in definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            name = espnet_model_name(node.name, doc, path.stem)
            if not name or norm(name) in seen or _denied(name, node.name):
                continue
            seen.add(norm(name))
            where = f"{v}: espnet2/{path.relative_to(root)} {node.name} docstring"
            aliases = separated_spellings(text, name)
            facts.append(Fact("model", "family", name, where, aliases=aliases, kind="speech"))
    return facts


def audiocraft_facts(stated: dict[str, dict[str, str]]) -> list[Fact]:
    """The audio generation models of audiocraft's `models/*.py` classes
    (`audiocraft_model_name`), kind audio, and the Hub checkpoints each class's own
    `get_pretrained` docstring lists (`listed_hub_ids`), named by their Hub name. Every Hub
    id a `get_pretrained` docstring lists goes to `stated` too (the base class's list names
    Encodec's checkpoints)."""
    v, root = sources._package("audiocraft", "audiocraft")
    facts: list[Fact] = []
    for path in sorted((root / "models").glob("*.py")):
        for node, doc in definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            method = next(
                (f for f in node.body
                 if isinstance(f, ast.FunctionDef) and f.name == "get_pretrained"), None,
            )  # fmt: skip
            hub_ids = listed_hub_ids(ast.get_docstring(method) or "") if method else []
            where_list = f"{v}: models/{path.name} {node.name}.get_pretrained docstring"
            for hf_id in hub_ids:
                stated.setdefault("model", {}).setdefault(hf_id.casefold(), where_list)
            name = audiocraft_model_name(node.name, doc)
            if not name or _denied(name, node.name):
                continue
            where = f"{v}: models/{path.name} {node.name} docstring"
            facts.append(Fact("model", "family", name, where, kind="audio"))
            for hf_id in hub_ids:
                hub_name = hf_id.split("/", 1)[1]
                if _denied(hub_name):
                    continue
                facts.append(Fact("model", "checkpoint", hub_name, where_list, hf_id=hf_id,
                                  family=name, kind="audio"))  # fmt: skip
    return facts


def pyannote_facts() -> list[Fact]:
    """The speaker segmentation and separation models of pyannote.audio's
    `models/**/*.py` classes (`named_model`), read through `ast`; kind speech."""
    v, root = sources._package("pyannote.audio", "pyannote/audio")
    facts: list[Fact] = []
    for path in sorted((root / "models").rglob("*.py")):
        for node, doc in definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            name = named_model(node.name, doc)
            if not name or _denied(name, node.name):
                continue
            where = f"{v}: models/{path.relative_to(root / 'models')} {node.name} docstring"
            facts.append(Fact("model", "family", name, where, kind="speech"))
    return facts
