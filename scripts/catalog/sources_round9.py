"""Readers of a ninth round of packages (requirements-read-round9.txt), for data sets and
models labelled papers name that the catalog lacked, in sources.py's style.

- dcase_util: the TUT and TAU acoustic-scene and sound-event data sets of its
  `datasets/*.py` classes, named by the class docstring's first line ("TUT Acoustic scenes
  2017 development dataset") and spelled as the `dataset_meta` title of the same class
  writes them ("TUT Acoustic Scenes 2017, development dataset");
- muspy: the symbolic-music data sets its `datasets/*.py` modules name in `_NAME` ("Lakh
  MIDI Dataset");
- matgl: the materials networks its `models/*.py` classes' docstrings name in their first
  line ("PyG implementation of the M3GNet model.", "CHGNet model.");
- alignn: the models the heading of its package description's introduction names ("#
  ALIGNN & ALIGNN-FF (Introduction)"), with the long form the next paragraph gives ("The
  Atomistic Line Graph Neural Network ([paper](...))");
- ultralytics (read since the first round for its `cfg/models` YAMLs): the model classes of
  `models/*/model.py` whose docstring opens with the class's name and calls it a model
  ("FastSAM model interface for Segment Anything tasks.", "YOLO-World object detection
  model.");
- coqui-tts (read since the first round for its `.models.json`): the model classes of
  `TTS/tts/models/*.py` and `TTS/vocoder/models/*.py` whose docstring opens with the
  class's name and calls it a model or cites its paper ("Tacotron as in
  https://arxiv.org/abs/1703.10135", "🐸 🌊 WaveGrad 🌊 model.").

The name rules are the pure functions at the top, tested in `tests/test_catalog_round9.py`;
docs/catalog.md ("A ninth round of sources") states them.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
from collections.abc import Callable
from pathlib import Path

import sources
import sources_more
import sources_round8
from rules import Fact, norm
from sources_more import definitions
from sources_round7 import opening_class_name
from sources_round8 import named_model

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; docs/catalog.md lists each with its reason.
DENY_ROUND9 = {
    "Hymnal": "muspy's hymn-tune data set: 'hymnal' is an ordinary word (a hymn book) papers "
    "write in other senses",
    "Music21 Corpus": "muspy's wrapper of the corpus the music21 library ships: papers write "
    "music21 for the library, not a data set",
}

# "TUT Acoustic scenes 2017 development dataset", "TAU Urban Acoustic Scenes 2019 Mobile
# Leaderboard dataset": a name, the split, "dataset".
_DCASE_DOC = re.compile(
    r"(.+?) (?:development|evaluation|leaderboard|features) dataset$", re.IGNORECASE
)
# "TUT Acoustic Scenes 2017, development dataset", "..., public leaderboard dataset".
_DCASE_TITLE = re.compile(r"([^,]+), [\w ]*dataset$")


# Denied by an earlier round (sources_round8._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round8._denied, DENY_ROUND9)


def dcase_dataset_name(class_name: str, doc: str, title: str | None) -> str | None:
    """The data set a dcase_util class is: the name its `dataset_meta` title gives ("TUT
    Acoustic Scenes 2017, development dataset") or, failing that, its docstring's first line
    ("TUT Sound events 2017 development dataset": a name, the split development,
    evaluation, leaderboard or features, "dataset"), whichever, read without case and
    separators, is the class name without its split (`TUTAcousticScenes_2017`). So a copied
    title or docstring naming another data set is not used (dcase_util 0.2.20's
    `TUTSoundEvents_2017_*` classes carry the 2016 title, its `TUTRareSoundEvents_2017_*`
    classes the docstring of TUT Acoustic scenes 2017), and "Task 5, Monitoring of ...,
    development set", "DBR (Dog, Bird and Rain) dataset", "TUT SED Synthetic 2016" and
    "DCASE2013 Acoustic scenes 2013" (`DCASE2013_Scenes_*`) name nothing."""
    stem = norm(re.sub(r"_?(?:Development|Evaluation|Leaderboard|Features)Set$", "", class_name))
    first = doc.strip().splitlines()[0].strip() if doc.strip() else ""
    candidates = [
        match.group(1)
        for match in (_DCASE_TITLE.match(title or ""), _DCASE_DOC.match(first))
        if match
    ]
    return next((name for name in candidates if norm(name) == stem), None)


def dataset_meta_title(node: ast.ClassDef) -> str | None:
    """The 'title' of the dict a dcase_util class's `__init__` assigns to
    `kwargs['dataset_meta']`, read through `ast`."""
    for sub in ast.walk(node):
        if not (isinstance(sub, ast.Assign) and isinstance(sub.value, ast.Dict)):
            continue
        target = sub.targets[0]
        if not (isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant)):
            continue
        if target.slice.value != "dataset_meta":
            continue
        for key, value in zip(sub.value.keys, sub.value.values, strict=True):
            if (
                isinstance(key, ast.Constant)
                and key.value == "title"
                and isinstance(value, ast.Constant)
                and isinstance(value.value, str)
            ):
                return value.value
    return None


def muspy_dataset_name(value: str) -> str | None:
    """The data set a muspy module's `_NAME` names, " Dataset" dropped ("Lakh MIDI Dataset"
    -> "Lakh MIDI", "MAESTRO Dataset" -> "MAESTRO"); a name with "Database" keeps it ("NES
    Music Database", "Nottingham Database"): that word is part of the name."""
    name = re.sub(r"\s+[Dd]ataset$", "", value.strip())
    return name or None


# "CHGNet model.", "PyG implementation of the M3GNet model.", "PyG implementation of
# MEGNet.", "The main TensorNet model. The official implementation ...".
_MATGL_MODEL = re.compile(
    r"^(?:The main |PyG implementation of (?:the )?)?([A-Z][\w-]*)(?: model)?\b"
)


def matgl_model_name(class_name: str, doc: str) -> str | None:
    """The model a matgl class is: its docstring's first line is "<Name> model.", "The
    main <Name> model", "PyG implementation of the <Name> model." or "PyG implementation of
    <Name>.", the name spelled as the class is; "SO(3)-equivariant representation ..."
    (`SO3Net`) and "Model that transforms the target ..." (`TransformedTargetModel`) name
    nothing."""
    first = doc.strip().splitlines()[0].strip() if doc.strip() else ""
    match = _MATGL_MODEL.match(first)
    if not match or match.group(1) != class_name:
        return None
    rest = first[match.end() :]
    said_model = " model" in match.group(0) or first.startswith("PyG implementation of")
    return class_name if said_model and re.match(r"[.\s(]|$", rest) else None


# "# ALIGNN & ALIGNN-FF (Introduction)"
_INTRO_HEADING = re.compile(r"^# (.+?) \(Introduction\)\s*$", re.MULTILINE)


def introduced_models(description: str) -> list[tuple[str, str | None]]:
    """(name, long form) of each model the heading of a package description's introduction
    names ("# ALIGNN & ALIGNN-FF (Introduction)"), the names joined by "&"; the long form is
    the capitalised words the paragraph after the heading gives, read as an acronym of the
    name ("The Atomistic Line Graph Neural Network ([paper](...))" for ALIGNN: A-LI-G-N-N),
    for the first name only."""
    heading = _INTRO_HEADING.search(description)
    if not heading:
        return []
    names = [n.strip() for n in heading.group(1).split("&") if n.strip()]
    paragraph = description[heading.end() :].strip().split("\n\n", 1)[0]
    long_form = None
    spelled = re.match(r"The ((?:[A-Z][a-z]+ )+[A-Z][a-z]+) \(", paragraph)
    if spelled and names and _is_acronym(names[0], spelled.group(1)):
        long_form = spelled.group(1)
    return [(name, long_form if i == 0 else None) for i, name in enumerate(names)]


def _is_acronym(acronym: str, words: str) -> bool:
    """Whether `acronym` is read from `words` taking one or more leading letters of each
    word in order ("ALIGNN" from "Atomistic LIne Graph Neural Network")."""

    def read(letters: str, rest: list[str]) -> bool:
        if not rest:
            return not letters
        word = rest[0].casefold()
        return any(
            letters[:k] == word[:k] and read(letters[k:], rest[1:])
            for k in range(1, min(len(word), len(letters)) + 1)
        )

    return read(acronym.casefold(), words.split())


def coqui_model_class(class_name: str, doc: str) -> str | None:
    """The model a coqui-tts class is: its docstring, leading symbols dropped ("🐸 🌊
    WaveGrad 🌊 model."), opens with the class's name (`opening_class_name`, read without
    case and separators: "OverFlow TTS model." for `Overflow`), and its first line calls
    it a model or cites its paper with "as in <arXiv link>" ("Tacotron as in
    https://arxiv.org/abs/1703.10135"). "AlignTTS with modified duration predictor.",
    "Base class shared by Tacotron and Tacotron2" and "HiFiGAN Periodic Discriminator"
    name nothing."""
    text = re.sub(r"^[^\w]+", "", doc.strip())
    name = opening_class_name(class_name, text)
    first = text.splitlines()[0] if text else ""
    if not name:
        return None
    cited = re.search(r"\bas in https?://arxiv\.org/", first)
    return name if cited or re.search(r"\bmodel\b", first) else None


# -- readers ------------------------------------------------------------------------------------


def dcase_util_facts() -> list[Fact]:
    """The acoustic-scene and sound-event data sets of dcase_util's `datasets/*.py` classes
    (`dcase_dataset_name`), read through `ast`, cited by the first class naming each and
    where in it the name is read (its `dataset_meta` title or its docstring); kind dataset,
    modality audio."""
    v, root = sources._package("dcase_util", "dcase_util")
    seen: set[str] = set()
    facts: list[Fact] = []
    for path in sorted((root / "datasets").glob("*.py")):
        for node, doc in definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            title = dataset_meta_title(node)
            name = dcase_dataset_name(node.name, doc, title)
            if not name or norm(name) in seen or _denied(name, node.name):
                continue
            seen.add(norm(name))
            read = "dataset_meta title" if name in (title or "") else "docstring"
            where = f"{v}: datasets/{path.name} {node.name} {read}"
            facts.append(Fact("dataset", "dataset", name, where, kind="dataset",
                              modality="audio"))  # fmt: skip
    return facts


def muspy_facts() -> list[Fact]:
    """The symbolic-music data sets muspy's `datasets/*.py` modules name in `_NAME`
    (`muspy_dataset_name`), read through `ast`; kind dataset, modality audio."""
    v, root = sources._package("muspy", "muspy")
    facts: list[Fact] = []
    for path in sorted((root / "datasets").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)):
                continue
            if getattr(node.targets[0], "id", None) != "_NAME":
                continue
            name = muspy_dataset_name(str(node.value.value))
            if not name or _denied(name):
                continue
            where = f"{v}: datasets/{path.name} _NAME {node.value.value!r}"
            facts.append(Fact("dataset", "dataset", name, where, kind="dataset",
                              modality="audio"))  # fmt: skip
    return facts


def matgl_facts() -> list[Fact]:
    """The materials networks of matgl's `models/*.py` classes (`matgl_model_name`), read
    through `ast`; kind molecule."""
    v, root = sources._package("matgl", "matgl")
    paths = sorted((root / "models").glob("*.py"))
    return _class_model_facts(v, root, "", paths, matgl_model_name, "molecule")


def alignn_facts() -> list[Fact]:
    """The models alignn's package description introduces (`introduced_models`); kind
    molecule."""
    dist = importlib.metadata.distribution("alignn")
    v = f"alignn {dist.version}"
    description = sources.description("alignn")
    facts: list[Fact] = []
    for name, long_form in introduced_models(description):
        if _denied(name):
            continue
        where = f"{v}: package description '(Introduction)' heading"
        aliases = [long_form] if long_form else []
        facts.append(Fact("model", "family", name, where, aliases=aliases, kind="molecule"))
    return facts


def ultralytics_model_facts() -> list[Fact]:
    """The models of ultralytics' `models/*/model.py` classes whose docstring opens with the
    class's name and whose first line calls it a model (`sources_round8.named_model`:
    "FastSAM model interface ...", "YOLOE object detection and segmentation model.");
    "YOLO-NAS model" (`NAS`), "Interface for Baidu's RT-DETR model" (`RTDETR`) and "SAM
    (Segment Anything Model) interface class" (no lower-case "model") name nothing here;
    kind vision."""
    v, root = sources._package("ultralytics", "ultralytics")
    paths = sorted((root / "models").glob("*/model.py"))
    return _class_model_facts(v, root, "", paths, named_model, "vision")


def coqui_model_facts() -> list[Fact]:
    """The text-to-speech models and vocoders of coqui-tts' `TTS/tts/models/*.py` and
    `TTS/vocoder/models/*.py` classes (`coqui_model_class`), read through `ast`; kind
    speech."""
    v, root = sources._package("coqui-tts", "TTS")
    paths = [
        path
        for folder in ("tts/models", "vocoder/models")
        for path in sorted((root / folder).glob("*.py"))
    ]
    return _class_model_facts(v, root, "TTS/", paths, coqui_model_class, "speech")


def _class_model_facts(
    v: str,
    root: Path,
    prefix: str,
    paths: list[Path],
    rule: Callable[[str, str], str | None],
    kind: str,
) -> list[Fact]:
    """Model families a package's classes state: each class in `paths` (files under
    `root`, read through `ast`) from whose name and docstring `rule` reads a model's name,
    unless a deny list refuses the name or the class; cited as "<v>: <prefix><file under
    root> <class> docstring"."""
    facts: list[Fact] = []
    for path in paths:
        for node, doc in definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            name = rule(node.name, doc)
            if not name or _denied(name, node.name):
                continue
            where = f"{v}: {prefix}{path.relative_to(root).as_posix()} {node.name} docstring"
            facts.append(Fact("model", "family", name, where, kind=kind))
    return facts
