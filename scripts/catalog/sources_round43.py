"""Readers of a forty-third round (requirements-read-round43.txt), in sources.py's style.
Three packages are new, read as files (module source through `ast`, JSON) and package
metadata, never imported.

- earth2studio (new; NVIDIA's AI weather and climate inference toolkit): the weather and
  climate models its `models/px`, `models/dx` and `models/da` packages export, each named by
  its class's docstring opening (`weather_model_name`: "FuXi weather model ...", "ACE2-ERA5
  prognostic model wrapper.", "FourCastNet global prognostic model." of FCN, "Deep learning
  weather prediction (DLWP) prognostic model."), the families two or more classes' docstrings
  open with (`shared_stems`: "GraphCast operational model", "GraphCast Small 1.0 degree
  model"); and the data sets its `data` package's sources name (`reanalysis_name`: "ERA5
  reanalysis data ..."; `repository_name`: "Provided by the WeatherBench2 data repository." of
  WB2ERA5; `abbreviated_class`: "International Best Track Archive for Climate Stewardship
  (IBTrACS) data source.").
- phmd (new; a library of industrial prognostics and health management data sets): each
  `metadata/<KEY>.json` file's key where the file's designation or description writes it
  (`written_key`: "The XJTU-SY bearing dataset", "The N-CMAPSS dataset") or where it is the
  initials of the file's publisher (`publisher_initials`: CWRU of "Case Western Reserve
  University").
- recommenders (new; Microsoft's Recommenders utilities): the recommendation models whose
  class docstrings open by naming the class and cite a paper (`cited_model_name`: "NRMS
  model(Neural News Recommendation with Multi-Head Self-Attention) ...", "DKN model (Deep
  Knowledge-Aware Network) :Citation: ...").

The name rules are the pure functions at the top, tested in `tests/test_catalog43.py`;
docs/catalog.md ("A forty-third round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import sources
import sources_more
import sources_round42
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND43: dict[str, str] = {
    "Atlas": "earth2studio's Atlas weather model; the word is any atlas (brain, cell and "
    "anatomical atlases, ATLAS the CERN experiment), which papers name far more often",
    "Aurora": "earth2studio's wrapper of Microsoft's Aurora; capitalised the word also names "
    "Amazon Aurora (the database), the polar light and several other systems",
    "Climate Net": "earth2studio's ClimateNet diagnostic model (its docstring writes 'Climate "
    "Net'); ClimateNet is first the expert-labelled data set of tropical cyclones and "
    "atmospheric rivers (Prabhat et al.) the model was trained on",
    "Persistence": "earth2studio's persistence forecast, a testing baseline; an ordinary word",
    "Identity": "earth2studio's identity diagnostic, used for testing; an ordinary word",
    "GFS": "earth2studio's Global Forecast System source (its docstring spells it 'global "
    "forecast service'); GFS is also the Google File System, and the forecast model's output "
    "rather than one data set",
    "IFS": "earth2studio's ECMWF Integrated Forecasting System source; in capitals IFS is also "
    "the iterated function system and other abbreviations, and the forecast model's output "
    "rather than one data set",
    # Found by scoring the read sets: dev35's MS-nowcasting paper compares with HRRR, the
    # physics-based forecast model, which its label leaves out as no data set.
    "HRRR": "earth2studio's High-Resolution Rapid Refresh source; HRRR is NOAA's numerical "
    "forecast model, which nowcasting papers compare with as a baseline more often than they "
    "train on its analyses",
    "ISD": "earth2studio's NOAA Integrated Surface Database; three capitals with other "
    "meanings (information-seeking dialogue, instance-specific distillation)",
    "IMS": "phmd's IMS bearing set (Center for Intelligent Maintenance Systems); in capitals IMS "
    "is also the IP Multimedia Subsystem, ion mobility spectrometry and many other systems",
    "MFPT": "phmd's MFPT Society bearing set; MFPT is also the mean first passage time of "
    "physics and stochastic-process papers",
    "GRU": "recommenders' GRU sequential recommender; GRU is the gated recurrent unit, a "
    "generic layer (denied as tsai's and torch-geometric's classes before)",
}


# Denied by an earlier round (sources_round42._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round42._denied, DENY_ROUND43)


# -- name rules (pure) ------------------------------------------------------------------------


def exported_classes(init_source: str) -> list[tuple[str, str]]:
    """The (module, class) pairs a package's `__init__.py` imports, in their order:
    "from earth2studio.models.px.fuxi import FuXi" -> ("earth2studio.models.px.fuxi", "FuXi");
    "from .healda import HealDA" -> (".healda", "HealDA"). Lower-case names (functions) are
    left out."""
    pairs: list[tuple[str, str]] = []
    for node in ast.parse(init_source).body:
        if isinstance(node, ast.ImportFrom) and node.module:
            module = "." * node.level + node.module
            pairs += [(module, a.name) for a in node.names if a.name[:1].isupper()]
    return pairs


# The words a docstring opens with that may spell a name: capitalised words (hyphens and
# digits inside) and numbers, "FuXi", "ACE2-ERA5", "GraphCast Small", "WeatherNext 2 Cyclones".
_OPENING_WORDS = re.compile(r"(?:[A-Z][A-Za-z0-9-]*|\d+)(?: (?:[A-Z][A-Za-z0-9-]*|\d+))*")


def capitals_of(name: str) -> str:
    """The capital letters and digits of a name, as a class abbreviates it: "FourCastNet" ->
    "FCN"; "FourCastNet 3" -> "FCN3"; "WeatherBench2" -> "WB2"."""
    return "".join(c for c in name if c.isupper() or c.isdigit())


def weather_model_name(cls: str, doc: str) -> str | None:
    """The model an earth2studio class's docstring opens by naming: the opening's first words
    that, read without case and separators, are the class's ("FuXi weather model ..." of FuXi;
    "ACE2-ERA5 prognostic model wrapper." of ACE2ERA5; "GraphCast Small 1.0 degree model" of
    GraphCastSmall), or whose capitals and digits are the class name ("FourCastNet global
    prognostic model." of FCN; "FourCastNet 3 advances ..." of FCN3), or the class itself where
    the opening is its long form followed by it in parentheses ("Deep learning weather
    prediction (DLWP) prognostic model." of DLWP). Another opening ("GraphCast operational
    model" of GraphCastOperational, "Pangu Weather 24 hour model" of Pangu24) gives none."""
    text = " ".join(doc.split())
    found = _OPENING_WORDS.match(text)
    if found:
        words = found[0].split(" ")
        for k in range(len(words), 0, -1):
            if norm(" ".join(words[:k])) == norm(cls):
                return " ".join(words[:k])
        first = words[0]
        if re.search(r"[a-z]", first) and len(capitals_of(first)) > 1:
            for k in (2, 1):
                name = " ".join(words[:k])
                if len(words) >= k and (k == 1 or words[1].isdigit()) and capitals_of(name) == cls:
                    return name
    if re.match(r"(?:[A-Za-z][\w/-]* ){1,8}\(" + re.escape(cls) + r"\)", text):
        return cls
    return None


def shared_stems(openings: dict[str, str]) -> list[str]:
    """The families two or more exported classes share: a first word with a capital after its
    first letter that opens each one's docstring (before a space) and begins each one's class
    name ({"GraphCastOperational": "GraphCast operational model", "GraphCastSmall":
    "GraphCast Small 1.0 degree model"} -> ["GraphCast"]). "Aurora" (no inner capital) and a
    first word only one class opens with ("FuXi-S2S global ...") make none."""
    by_word: dict[str, int] = {}
    for cls, doc in openings.items():
        words = " ".join(doc.split()).split(" ")
        first = words[0]
        if len(words) > 1 and re.fullmatch(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*", first) \
                and cls.startswith(first):  # fmt: skip
            by_word[first] = by_word.get(first, 0) + 1
    return sorted(word for word, count in by_word.items() if count >= 2)


def reanalysis_name(doc: str) -> str | None:
    """The reanalysis an earth2studio data source's docstring opens by naming: "ERA5
    reanalysis data served from the Climate Data Store (CDS)." -> "ERA5". Another opening
    ("Earthmover ERA5 0.25 degree reanalysis data source.") gives none."""
    found = re.match(r"([A-Z][A-Z0-9-]*\d) reanalysis data\b", " ".join(doc.split()))
    return found[1] if found else None


def repository_name(cls: str, doc: str) -> str | None:
    """The data repository an earth2studio data source says provides its data, "Provided by
    the <Name> data repository." or "provided by <Name>,", kept where the class name starts
    with the name's capitals and digits: ("WB2ERA5", "... Provided by the WeatherBench2 data
    repository.") -> "WeatherBench2"."""
    text = " ".join(doc.split())
    found = re.search(r"[Pp]rovided by (?:the )?([A-Z][A-Za-z]*[A-Z][A-Za-z]*\d*)\b", text)
    if found and len(capitals_of(found[1])) > 1 and cls.startswith(capitals_of(found[1])):
        return found[1]
    return None


def abbreviated_class(cls: str, doc: str) -> str | None:
    """The class name where an earth2studio data source's docstring (before its Parameters)
    writes it in parentheses after a long form of capitalised words: ("IBTrACS",
    "International Best Track Archive for Climate Stewardship (IBTrACS) data source.") ->
    "IBTrACS"; ("CMIP6", "... the Coupled Model Inter-comparison Project Phase 6 (CMIP6)
    archive") -> "CMIP6". A parenthesis that is not the class's ("(GHCN-D)" of GHCNDaily)
    gives none."""
    text = " ".join(doc.split("Parameters\n")[0].split())
    pattern = r"\b[A-Z][\w/'-]*(?: (?:[A-Za-z][\w/'-]*|\d+)){0,8} \(" + re.escape(cls) + r"\)"
    return cls if re.search(pattern, text) else None


def written_key(key: str, text: str) -> str | None:
    """The spelling a phmd metadata file's text gives its key, read without case and
    separators, with a capital: ("NCMAPSS", "The N-CMAPSS dataset, constructed ...") ->
    "N-CMAPSS"; ("XJTU-SY", "XJTU-SY Bearing dataset") -> "XJTU-SY"; ("CURVES", "Learning
    curves ...") -> None (no capital)."""
    for word in re.findall(r"[A-Za-z0-9][\w-]*[A-Za-z0-9]|[A-Za-z0-9]", text):
        if norm(word) == norm(key) and re.search(r"[A-Z]", word):
            return word
    return None


def publisher_initials(key: str, publisher: str) -> bool:
    """Whether a phmd key is the initials of its publisher's capitalised words: ("CWRU",
    "Case Western Reserve University") -> True; ("JNUB", "Jiangnan University") -> False."""
    words = re.findall(r"[A-Z][a-z]+", publisher)
    return len(words) > 1 and "".join(w[0] for w in words) == key


def cited_model_name(cls: str, doc: str) -> str | None:
    """The recommendation model a recommenders class's docstring opens by naming, "<Name>
    model" (or "Model"), the name read without case and separators being the class's without
    a "Model" suffix, or the class itself after its long form in parentheses, kept only where
    the docstring cites a paper (":Citation:", or a year its reference gives before any
    "Attributes:" or "Args:" section, "... Proceedings of the 2019 Conference"): ("NRMSModel", "NRMS
    model(Neural News Recommendation with Multi-Head Self-Attention) ...") -> "NRMS";
    ("SSEPT", "SSE-PT Model :Citation: ...") -> "SSE-PT"; ("NCF", "Neural Collaborative
    Filtering (NCF) implementation :Citation: ...") -> "NCF"; ("StandardVAE", "Standard
    Variational Autoencoders (VAE) for Collaborative Filtering implementation.") -> None."""
    text = " ".join(doc.split())
    head = re.split(r"\b(?:Attributes|Args):", text)[0]
    if ":Citation:" not in text and not re.search(r"\b(?:19|20)\d\d\b", head):
        return None
    stem = cls[: -len("Model")] if cls.endswith("Model") and len(cls) > 5 else cls
    found = re.match(r"([A-Za-z][\w-]*(?: [A-Z][\w-]*)?) [Mm]odel\b", text)
    if found and norm(found[1]) == norm(stem):
        return found[1]
    if re.match(r"(?:[A-Z][\w-]* ){1,6}\(" + re.escape(cls) + r"\)", text):
        return cls
    return None


# -- readers ----------------------------------------------------------------------------------


def _class_docs(
    root: Path, package: str, pairs: list[tuple[str, str]]
) -> dict[str, tuple[str, str]]:
    """class -> (its module's path under the package root, docstring), for the (module, class)
    pairs an `__init__.py` imports; relative modules are read from `package`'s folder."""
    out: dict[str, tuple[str, str]] = {}
    for module, cls in pairs:
        if module.startswith("."):
            module = f"{package}.{module.lstrip('.')}"
        path = root.parent / (module.replace(".", "/") + ".py")
        if not path.exists():
            continue
        for node, doc in sources_more.definitions(path):
            if isinstance(node, ast.ClassDef) and node.name == cls:
                out[cls] = (path.relative_to(root).as_posix(), doc)
    return out


def earth2studio_model_facts() -> list[Fact]:
    """The weather and climate models earth2studio's `models/px`, `models/dx` and `models/da`
    export, named by their docstrings' openings (`weather_model_name`: FuXi, FengWu,
    FourCastNet, DLWP, AIFS, StormCast-CONUS) and the families two or more of them open with
    (`shared_stems`: GraphCast, StormCast, CorrDiff), a named model beginning with a family's
    name being its checkpoint ("GraphCast Small"); kind other."""
    v, root = sources._package("earth2studio", "earth2studio")
    docs: dict[str, tuple[str, str]] = {}
    for part in ("px", "dx", "da"):
        init = root / "models" / part / "__init__.py"
        docs.update(_class_docs(root, f"earth2studio.models.{part}",
                                exported_classes(init.read_text(encoding="utf-8"))))  # fmt: skip
    # The class each family is cited by: the first (by name) whose docstring opens with it.
    stems = {s: next(c for c in sorted(docs) if c.startswith(s) and docs[c][1].startswith(s))
             for s in shared_stems({c: d for c, (_, d) in docs.items()})}  # fmt: skip
    facts: list[Fact] = []
    for stem, cls in stems.items():
        if not _denied(stem):
            facts.append(Fact("model", "family", stem, f"{v}: {docs[cls][0]} {cls} docstring",
                              kind="other"))  # fmt: skip
    for cls, (where, doc) in sorted(docs.items()):
        # The name only: a class identifier is no alias here (FCN, the class of FourCastNet,
        # is denied as the fully convolutional network's abbreviation).
        name = weather_model_name(cls, doc)
        if not name or _denied(name) or any(norm(f.name) == norm(name) for f in facts):
            continue
        source = f"{v}: {where} {cls} docstring"
        family = next((s for s in stems if name.startswith((f"{s} ", f"{s}-"))), None)
        if family:
            facts.append(Fact("model", "checkpoint", name, source, family=family, kind="other"))
        else:
            facts.append(Fact("model", "family", name, source, kind="other"))
    return facts


def earth2studio_dataset_facts() -> list[Fact]:
    """The data sets earth2studio's `data` sources name: the reanalysis a docstring opens with
    (`reanalysis_name`: ERA5), the data repository that provides one (`repository_name`:
    WeatherBench2), a class written in parentheses after its long form (`abbreviated_class`:
    IBTrACS, MRMS, CMIP6); task weather and climate."""
    v, root = sources._package("earth2studio", "earth2studio")
    init = root / "data" / "__init__.py"
    pairs = exported_classes(init.read_text(encoding="utf-8"))
    docs = _class_docs(root, "earth2studio.data", pairs)
    facts: list[Fact] = []
    for cls, (where, doc) in sorted(docs.items()):
        for name in (reanalysis_name(doc), repository_name(cls, doc), abbreviated_class(cls, doc)):
            if not name or _denied(name) or any(f.name == name for f in facts):
                continue
            facts.append(Fact("dataset", "dataset", name, f"{v}: {where} {cls} docstring",
                              kind="dataset", task="weather and climate"))  # fmt: skip
    return facts


def phmd_facts(earlier: list[Fact]) -> list[Fact]:
    """The prognostics and health management data sets phmd's `metadata/<KEY>.json` files
    describe, by the key where the file's designation or description writes it (`written_key`:
    XJTU-SY, N-CMAPSS, PRONOSTIA) or where it is its publisher's initials
    (`publisher_initials`: CWRU); task the file's tasks (fault diagnosis, prognosis). A
    spelling an earlier round's data set has as an alias joins that data set under its name
    (PRONOSTIA, rul-datasets' alias of its FEMTO set: the FEMTO-ST bearing set of the IEEE PHM
    2012 challenge, which phmd's designation names too), instead of being a second entry."""
    v, root = sources._package("phmd", "phmd")
    alias_of = {norm(a): f.name for f in earlier if f.type == "dataset" for a in f.aliases}
    facts: list[Fact] = []
    for path in sorted((root / "metadata").glob("*.json")):
        meta = json.loads(path.read_text(encoding="utf-8"))
        key = path.stem
        text = f"{meta.get('designation', '')} || {meta.get('description', '')}"
        name = written_key(key, text)
        if not name and publisher_initials(key, meta.get("publisher", "")):
            name = key
        if not name or _denied(name, key):
            continue
        tasks = ", ".join(t.casefold() for t in meta.get("tasks", {}))
        task = f"{meta.get('application', '').casefold()} {tasks}".strip() or None
        keys = [key] if norm(key) == norm(name) and key != name else []
        aliases: list[str] = []
        if norm(name) in alias_of:
            name, aliases = alias_of[norm(name)], [name]
        facts.append(Fact("dataset", "dataset", name, f"{v}: metadata/{path.name}",
                          aliases=aliases, match_keys=keys, kind="dataset", task=task))  # fmt: skip
    return facts


def recommenders_facts() -> list[Fact]:
    """The recommendation models recommenders' `models/**/*.py` classes name in cited
    docstrings (`cited_model_name`: NRMS, NAML, LSTUR, NPA, DKN, SSE-PT, xDeepFM, LightGCN),
    the class name a match key; kind other."""
    v, root = sources._package("recommenders", "recommenders")
    facts: list[Fact] = []
    for path in sorted((root / "models").rglob("*.py")):
        where = path.relative_to(root).as_posix()
        for node, doc in sources_more.definitions(path):
            if not isinstance(node, ast.ClassDef):
                continue
            name = cited_model_name(node.name, doc)
            if not name or _denied(name, node.name) or any(f.name == name for f in facts):
                continue
            keys = [node.name] if node.name != name else []
            facts.append(Fact("model", "family", name, f"{v}: {where} {node.name} docstring",
                              match_keys=keys, kind="other"))  # fmt: skip
    return facts
