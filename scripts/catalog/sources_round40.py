"""Readers of a fortieth round (requirements-read-round40.txt), in sources.py's style.
Like the thirtieth and thirty-fourth to thirty-ninth rounds it was asked for names papers use
that the catalog lacked; each place below is still read whole, and every name it states that
passes the guard is taken. One package is new (psb2); the others are read anew at the version
an earlier round pins, as files and package metadata, never imported.

- timm (the first round's pin): the architecture family a `models/*.py` module docstring's
  first line names as the module (`module_family_name`: "ResNeSt Models" of `resnest.py`,
  "EdgeNeXt" of `edgenext.py`), where the first round had only the module's checkpoints
  (`resnest50d`). A family whose name is one word with a capital inside also gives
  `sources.timm_facts` its stem's spelling, so that timm's architectures of that stem
  (`resnest50d`, `resnest269e`) and their pretrained tags are the family's checkpoints.
- lhotse (the first round's pin): the spelling with a Roman numeral a recipe module's
  docstring gives the corpus its module names with a number (`roman_numbered_corpus`: "About
  the DIHARD III corpus" of `recipes/dihard3.py`), an alias of that corpus.
- psb2 (new): the benchmark suite its summary names, "Utilities for sampling the datasets of
  <NAME>." (`summary_dataset_of`: PSB2).
- mteb (the first round's pin): the spelling a model module's citation title opens with, where
  read without case and separators it is a model family known so far (`titled_family`:
  "Audio Flamingo 3: Advancing Audio Intelligence ..." of transformers' AudioFlamingo3), an
  alias of that family.

The name rules are the pure functions at the top, tested in `tests/test_catalog40.py`;
docs/catalog.md ("A fortieth round of sources") states them, and what was looked at and not
read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sources
import sources_more
import sources_round39
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND40: dict[str, str] = {}


# Denied by an earlier round (sources_round39._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round39._denied, DENY_ROUND40)


# -- name rules (pure) ------------------------------------------------------------------------

# "ResNeSt Models", "ConViT Model", "MambaOut models for image classification.", "VoVNet (V1 &
# V2)", "EdgeNeXt": a name (words with a capital, or a name and its version) opening the line.
_FAMILY_LINE = re.compile(
    r"([A-Z][A-Za-z0-9]*|[a-z][A-Z][A-Za-z0-9]*)((?:[ -](?!Models?\b)[A-Z][A-Za-z0-9]*)*)"
    r"(?: [Mm]odels?\b.*| \([^)]*\))?"
)


def module_family_name(module: str, doc: str) -> str | None:
    """The architecture family a model module's docstring's first line names, where the name
    read without case and separators is the module's name: ("resnest", "ResNeSt Models") ->
    "ResNeSt"; ("convit", "ConViT Model") -> "ConViT"; ("mambaout", "MambaOut models for image
    classification.") -> "MambaOut"; ("swin_transformer_v2", "Swin Transformer V2") -> "Swin
    Transformer V2". A line naming another thing ("PyTorch ResNet" of `resnet.py`, "Res2Net
    and Res2NeXt" of `res2net.py`, "RegNet X, Y, Z, and more") or the module's name in lower
    case only gives none."""
    lines = doc.strip().splitlines()
    first = lines[0].strip() if lines else ""
    found = _FAMILY_LINE.fullmatch(first)
    if not found:
        return None
    name = found[1] + found[2]
    if not any(ch.isupper() for ch in name) or norm(name) != norm(module):
        return None
    return name


def grouping_stem(name: str) -> str | None:
    """The lower-case stem under which `sources.timm_facts` files a timm architecture to a
    family of this name (the letters its identifiers open with), for a name of one word with a
    capital after its first letter: "ResNeSt" -> "resnest", "LeViT" -> "levit", "VGG" ->
    "vgg"; "Visformer" (a capitalised word), "MambaOut"'s stem aside, "Swin Transformer V2"
    (several words) and "CSATv2" (a digit) give none."""
    if not re.fullmatch(r"[A-Za-z]+", name) or not any(ch.isupper() for ch in name[1:]):
        return None
    return name.casefold()


_ROMAN = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def roman_numbered_corpus(module: str, doc: str) -> str | None:
    """The spelling with a Roman numeral a recipe module's docstring gives the corpus the
    module names with a number, "<NAME> <numeral>" where the name and the numeral's value
    spell the module ("dihard3", "About the DIHARD III corpus ...") -> "DIHARD III"; a module
    without a number at its end, or a docstring without that spelling, gives none."""
    found = re.fullmatch(r"([a-z][a-z_]*?)_?(\d+)", module)
    if not found:
        return None
    stem, number = found[1], int(found[2])
    for match in re.finditer(r"\b([A-Z][A-Za-z]+) ([IVX]+)\b", doc):
        if norm(match[1]) == norm(stem) and _ROMAN.get(match[2]) == number:
            return f"{match[1]} {match[2]}"
    return None


def summary_dataset_of(summary: str) -> str | None:
    """The benchmark a summary names as the one whose data sets the package samples,
    "... the datasets of <NAME>.", the name one word with a capital and a digit or capitals:
    "Utilities for sampling the datasets of PSB2." -> "PSB2"."""
    found = re.search(r"\bthe datasets of ([A-Z][A-Z0-9-]*[A-Z0-9])\.?$", summary.strip())
    return found[1] if found and len(found[1]) > 2 else None


def titled_family(title: str, families: dict[str, str]) -> tuple[str, str] | None:
    """(family, spelling) where a citation title opens with a name, "<Name>: <subtitle>",
    that read without case and separators is a model family known so far (`families`, norm ->
    name), spelled otherwise: ("Audio Flamingo 3: Advancing Audio Intelligence ...",
    {"audioflamingo3": "AudioFlamingo3"}) -> ("AudioFlamingo3", "Audio Flamingo 3"); the
    family's own spelling and a title naming no known family give none."""
    found = re.match(r"\s*([A-Z][\w.-]*(?: [\w.-]+){0,4}):\s", title)
    if not found:
        return None
    family = families.get(norm(found[1]))
    if family is None or family == found[1]:
        return None
    return family, found[1]


# -- readers ----------------------------------------------------------------------------------


def timm_family_facts() -> tuple[list[Fact], dict[str, str]]:
    """The families timm's `models/*.py` module docstrings name on their first line
    (`module_family_name`: ResNeSt, EdgeNeXt, ConViT, ...), kind vision, and the stems
    (`grouping_stem`: "resnest" -> "ResNeSt") under which `sources.timm_facts` files the
    architectures of those families as their checkpoints."""
    v, root = sources._package("timm", "timm")
    facts: list[Fact] = []
    stems: dict[str, str] = {}
    for path in sorted((root / "models").glob("*.py")):
        if path.stem.startswith("_"):
            continue
        doc = sources_more.module_docstring(path)
        name = module_family_name(path.stem, doc)
        if not name:
            continue
        fact = Fact("model", "family", name, f"{v}: models/{path.name} module docstring",
                    kind="vision")  # fmt: skip
        stem = grouping_stem(name)
        # Only a family kept here files architectures under its stem.
        if sources_more.append_new_fact(facts, _denied, fact) and stem:
            stems[stem] = name
    return facts, stems


def lhotse_roman_facts() -> list[Fact]:
    """The corpora lhotse's `recipes/*.py` docstrings spell with a Roman numeral for their
    module's number (`roman_numbered_corpus`: DIHARD III of `dihard3`), each a fact named as
    the first round names the recipe's corpus (the module's name), so that the spelling joins
    that entry as an alias."""
    return lhotse_recipe_facts(roman_numbered_corpus, _denied)


def lhotse_recipe_facts(
    spelling_of: Callable[[str, str], str | None], denied: Callable[[str, str], bool]
) -> list[Fact]:
    """A fact per lhotse recipe (`recipes/*.py`) whose module docstring gives its corpus a
    spelling (`spelling_of(module name, docstring)`), named as the first round names the
    recipe's corpus (the module's name) with that spelling as an alias, unless `denied`.
    The fortieth round reads Roman numerals with it, the forty-fifth quoted READMEs."""
    v, root = sources._package("lhotse", "lhotse")
    facts: list[Fact] = []
    for path in sorted((root / "recipes").glob("*.py")):
        doc = sources_more.module_docstring(path)
        spelling = spelling_of(path.stem, doc)
        if not spelling or denied(spelling, path.stem):
            continue
        facts.append(Fact("dataset", "dataset", path.stem,
                          f"{v}: recipes/{path.name} module docstring", aliases=[spelling],
                          kind="dataset"))  # fmt: skip
    return facts


def psb2_facts() -> list[Fact]:
    """The benchmark suite psb2's summary names (`summary_dataset_of`: PSB2), task program
    synthesis."""
    name = summary_dataset_of(sources.summary("psb2"))
    if not name or _denied(name):
        return []
    return [Fact("dataset", "dataset", name,
                 f"{sources.source_label('psb2')}: package metadata Summary", kind="benchmark",
                 task="program synthesis")]  # fmt: skip


def mteb_titled_family_facts(known: list[Fact]) -> list[Fact]:
    """The spellings mteb's `models/model_implementations/*.py` citation titles give the model
    families of `known` (the facts read so far; `titled_family`: "Audio Flamingo 3" of
    transformers' AudioFlamingo3), each an alias of that family, of its kind."""
    families = {norm(f.name): f.name for f in known if f.type == "model" and f.level == "family"}
    kinds = {f.name: f.kind for f in known if f.type == "model" and f.level == "family"}
    v, root = sources._package("mteb", "mteb")
    folder = root / "models" / "model_implementations"
    facts: list[Fact] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for title in re.findall(r"\btitle\s*=\s*\{+([^{}]+)\}", text):
            found = titled_family(" ".join(title.split()), families)
            if not found or _denied(found[1]) or norm(found[1]) in seen:
                continue
            family, spelling = found
            seen.add(norm(spelling))
            facts.append(Fact("model", "family", family,
                              f"{v}: models/model_implementations/{path.name} citation title",
                              aliases=[spelling], kind=kinds[family]))  # fmt: skip
    return facts
