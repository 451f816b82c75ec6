"""Readers of a twenty-ninth round (requirements-read-round29.txt), in sources.py's style: a
tabular foundation model's releases, the time-series archives aeon lists, the multi-agent
environments PettingZoo documents, and the data-set Hub ids lerobot lists, read as files
and never imported. Like the twenty-first and twenty-eighth rounds it is not driven by a gold
set's errors: every name the places below state that passes the guard is taken.

- tabpfn: the model its summary names ("TabPFN: Foundation model for tabular data"), and
  each release of its `ModelVersion` enum (`constants.py`, "v2", "v2.5", "v3.5-fast"),
  named as the package description spells "TabPFN-<version>" ("TabPFN-2.5",
  "TabPFN-3.5-Fast"; `release_name`), the enum's own "TabPFN v2.5" an alias; its Hub id
  the repo `model_loading.py`'s `ModelSource.get_*` for that release loads
  (`Prior-Labs/tabpfn_2_5`), where one repo serves one release: TabPFN-2's classifier and
  regressor are two repos (each a checkpoint named by its Hub id only), and TabPFN-3.5 and
  TabPFN-3.5-Fast share one, so neither gets it (an id names one entry).
- aeon: the data sets of the archives `datasets/tsc_datasets.py` and `tser_datasets.py`
  list (`UCR2019`, the 128 UCR data sets; `UEA`, the 30 UEA ones; `tser_monash` and
  `tser_soton`, the regression archive and its extension), each a name only where it is
  coined (`coined_name`: a digit or a capital after its first letter, no "_": "ECG200",
  "FordA", "ElectricDevices"; "Coffee", "Beef", "Wafer", "Adiac" are words or read as
  words, and are left out; a regression data set needs a digit or an acronym,
  "BIDMC32HR", as its name describes the target, "ZincConcentration"); and the archives
  the module's references title (`archive_titles`: "The UCR Time Series Archive", with
  the docstring's "UCR archive" an alias). The forecasting archive's ids
  (`tsf_datasets.py`, "m4_monthly_dataset") are identifiers, not names.
- pettingzoo: the environments of its own families (classic, butterfly, sisl; the Atari ones
  are ale-py's games) whose module docstring opens with a markdown title and makes the
  environment (`make("aec", "classic/hanabi-v5")`): the title is the name
  (`environment_title`: "Hanabi", "Leduc Hold'em", "Multiwalker"); modality embodied.
- lerobot: the `lerobot/<name>` Hub ids of `available_datasets_per_env` and
  `available_real_world_datasets` (`__init__.py`): identifiers ("aloha_sim_insertion_human"),
  not names, so they only confirm a hand-written data set's Hub id.

The name rules are the pure functions at the top, tested in `tests/test_catalog29.py`;
docs/catalog.md ("A twenty-ninth round of sources") states them, and what was looked at and
not read (torchdrug, procgen).
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round28
from rules import Fact

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND29: dict[str, str] = {
    "BME": "aeon's UCR data set; in capitals also biomedical engineering",
    "CBF": "aeon's Cylinder-Bell-Funnel data set; in capitals also cerebral blood flow",
    "UMD": "aeon's UCR data set; in capitals also the University of Maryland",
    "LSST": "aeon's UEA data set of LSST light curves; the name is the telescope survey's",
    "PLAID": "aeon's UCR data set; also ColBERT's PLAID engine and the word in capitals",
    "AtrialFibrillation": "aeon's UEA data set; written as its words (the linker's camel-case "
    "spelling) it is the condition every ECG paper names",
    "SyntheticControl": "aeon's UCR data set; written as its words it is the causal-inference "
    "method",
    "MotorImagery": "aeon's UEA data set; written as its words it is the EEG paradigm",
    "FaceDetection": "aeon's UEA data set; written as its words it is the vision task",
    "MedicalImages": "aeon's UCR data set; written as its words, any paper's medical images",
    "FingerMovements": "aeon's UEA data set; written as its words, what EEG papers decode",
    "LiveFuelMoistureContent": "aeon's TSER data set; written as its words, the ecological "
    "variable papers on wildfire name",
    "HandMovementDirection": "aeon's UEA data set; written as its words, what EEG papers decode",
    "EthanolConcentration": "aeon's UEA data set; written as its words, what spectroscopy "
    "papers measure",
    "ChlorineConcentration": "aeon's UCR data set; written as its words, what water-quality "
    "papers measure",
    "EthanolLevel": "aeon's UCR data set; written as its words, a measured quantity",
    "StarLightCurves": "aeon's UCR data set; written as its words, any astronomy paper's light "
    "curves of stars",
    "ERing": "aeon's UEA data set; matched in any case, 'ering' is what a PDF's lost ligature "
    "leaves of a word ('o ering' for 'offering'), which linked it on a read dev set",
    "KAZ": "pettingzoo's abbreviation of Knights Archers Zombies, a three-letter string "
    "(a name, an abbreviation) that would link in any case",
}


# Denied by an earlier round (sources_round28._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round28._denied, DENY_ROUND29)


# -- name rules (pure) ------------------------------------------------------------------------


def release_name(description: str, version: str, model: str = "TabPFN") -> str | None:
    """The name a package description gives a release: "<model>-<number>" as written there,
    for the version id "v<number>" ("TabPFN-2.5" for "v2.5", "TabPFN-3.5-Fast" for
    "v3.5-fast", the description's capitals kept); None when the description never writes it."""
    if not version.startswith("v"):
        return None
    wanted = f"{model}-{version[1:]}"
    for spelled in re.findall(rf"{re.escape(model)}-[\w.-]*[\w]", description):
        if spelled.casefold() == wanted.casefold():
            return spelled
    return None


def coined_name(name: str, strict: bool = False) -> bool:
    """A data set's name that is no word: it has a digit or a capital after its first letter
    ("ECG200", "FordA", "ElectricDevices", "PEMS-SF"), and no "_" (an identifier,
    "Covid3Month_disc"). "Coffee", "Wafer", "Adiac", "Mallat" are words or read as one (a
    surname) and name nothing alone. `strict` asks for a digit or an acronym (two capitals in
    a row: "BIDMC32HR", "IEEEPPG", "PPGDalia"), for the regression archive, whose names
    describe the target ("ZincConcentration", "WindTurbinePower"): written as their words,
    as the linker also reads a camel-case name, those are what other fields measure."""
    if "_" in name or not name[:1].isalpha():
        return False
    if any(ch.isdigit() for ch in name):
        return True
    if strict:
        return re.search(r"[A-Z]{2}", name) is not None
    return any(ch.isupper() for ch in name[1:])


_ARCHIVE_TITLE = re.compile(r"\*The (?P<title>(?P<head>[A-Z]{2,}) [^*]*?Archive)(?:, \d{4})?\*")


def archive_titles(doc: str) -> list[tuple[str, list[str]]]:
    """The archives a module docstring's references title, with the short name the docstring
    writes ("UCR Time Series Archive" of "*The UCR Time Series Archive*", with "UCR
    archive"; "UEA Multivariate Time Series Classification Archive" of "*The UEA
    Multivariate Time Series Classification Archive, 2018*", with "UEA archive")."""
    text = " ".join(doc.split())
    found: list[tuple[str, list[str]]] = []
    for match in _ARCHIVE_TITLE.finditer(text):
        short = f"{match.group('head')} archive"
        aliases = [short] if re.search(rf"\b{short}\b", text) else []
        found.append((match.group("title"), aliases))
    return found


_TITLE = re.compile(r"^# (?P<title>[^\n(]+?)\s*(?:\('(?P<abbr>[A-Z]+)'\))?\s*$")


def environment_title(doc: str, family: str) -> tuple[str, list[str]] | None:
    """The environment a PettingZoo module docstring documents: its markdown title ("#
    Hanabi"), with an abbreviation it gives in quotes ("# Knights Archers Zombies ('KAZ')"),
    where the docstring makes an environment of `family` (`make("aec", "classic/go-v5")`)."""
    lines = doc.strip().splitlines()
    if not lines or not re.search(rf'make\("aec", "{family}/[a-z_]+-v\d+"\)', doc):
        return None
    found = _TITLE.match(lines[0])
    if not found:
        return None
    return found.group("title"), [found.group("abbr")] if found.group("abbr") else []


# -- readers ----------------------------------------------------------------------------------


def _enum_values(path, class_name: str) -> list[tuple[str, str]]:
    """(member, value) of a string enum class in a module file."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return [
                (item.targets[0].id, item.value.value)
                for item in node.body
                if isinstance(item, ast.Assign)
                and isinstance(item.targets[0], ast.Name)
                and isinstance(item.value, ast.Constant)
                and isinstance(item.value.value, str)
            ]
    return []


def _model_sources(path) -> dict[str, set[str]]:
    """`ModelSource.get_<...>` classmethod -> the repo ids it returns (`repo_id="..."`)."""
    found: dict[str, set[str]] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef) and node.name.startswith("get_"):
            for call in ast.walk(node):
                for keyword in getattr(call, "keywords", []):
                    if keyword.arg == "repo_id" and isinstance(keyword.value, ast.Constant):
                        found.setdefault(node.name, set()).add(keyword.value.value)
    return found


def tabpfn_facts() -> list[Fact]:
    """TabPFN and its releases, as the module docstring above says; model families of kind
    other, TabPFN-2's two repos checkpoints named by their Hub id only."""
    v, root = sources._package("tabpfn", "tabpfn")
    summary = sources.summary("tabpfn")
    facts: list[Fact] = []
    if summary.startswith("TabPFN:") and not _denied("TabPFN"):
        facts.append(Fact("model", "family", "TabPFN", f"{v}: package metadata Summary",
                          kind="other"))  # fmt: skip
    description = sources.description("tabpfn")
    repos = _model_sources(root / "model_loading.py")
    by_repo: dict[str, list[str]] = {}
    for getters in repos.items():
        for repo in getters[1]:
            by_repo.setdefault(repo, []).append(getters[0])
    for member, value in _enum_values(root / "constants.py", "ModelVersion"):
        name = release_name(description, value)
        if not name or _denied(name):
            continue
        suffix = member.lower().removeprefix("v")  # V3_5_FAST -> 3_5_fast
        getters = sorted(g for g in repos if g.endswith(f"_v{suffix}"))
        stated = sorted({repo for g in getters for repo in repos[g]})
        where = f"{v}: constants.py ModelVersion.{member} {value!r}, package description {name!r}"
        # One repo per release, and one release per repo (TabPFN-3.5 and TabPFN-3.5-Fast
        # load from one repo, so it names neither).
        own = [
            repo for repo in stated
            if all(g.endswith(f"_v{suffix}") for g in by_repo[repo])
        ]  # fmt: skip
        hf_id = own[0] if len(stated) == 1 and own else None
        facts.append(Fact("model", "family", name, where, aliases=[f"TabPFN {value}"],
                          hf_id=hf_id, kind="other"))  # fmt: skip
        if len(stated) > 1:
            for repo in stated:
                getter = next(g for g in getters if repo in repos[g])
                source = f"{v}: model_loading.py ModelSource.{getter} repo_id={repo!r}"
                facts.append(Fact("model", "checkpoint", repo.split("/", 1)[1], source,
                                  hf_id=repo, family=name, kind="other",
                                  by_hub_id_only=True))  # fmt: skip
    return facts


_ARCHIVE_LISTS = {
    "tsc_datasets.py": {"UCR2019": "time series classification",
                        "UEA": "multivariate time series classification"},
    "tser_datasets.py": {"tser_monash": "time series extrinsic regression",
                         "tser_soton": "time series extrinsic regression"},
}  # fmt: skip
# The lists whose names describe a regression target: only a digit or an acronym coins them.
_STRICT_LISTS = {"tser_monash", "tser_soton"}


def aeon_facts() -> list[Fact]:
    """The coined names of aeon's archive lists and the archives its references title; data
    sets with their task, no modality (time series is none of the catalog's)."""
    v, root = sources._package("aeon", "aeon")
    by_name: dict[str, Fact] = {}
    for module, lists in _ARCHIVE_LISTS.items():
        path = root / "datasets" / module
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.Assign):
                continue
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            listed = next((t for t in targets if t in lists), None)
            if listed is None or not isinstance(node.value, ast.List | ast.Dict):
                continue
            items = node.value.elts if isinstance(node.value, ast.List) else node.value.keys
            for item in items:
                if not isinstance(item, ast.Constant) or not isinstance(item.value, str):
                    continue
                name = item.value
                if not coined_name(name, listed in _STRICT_LISTS) or _denied(name):
                    continue
                where = f"{v}: datasets/{module} {listed} {name!r}"
                sources_more.add_fact(by_name, "dataset", "dataset", name, where, "dataset",
                                      task=lists[listed])  # fmt: skip
        doc = ast.get_docstring(tree) or ""
        for title, aliases in archive_titles(doc):
            if _denied(title, *aliases):
                continue
            where = f"{v}: datasets/{module} module docstring references"
            sources_more.add_fact(by_name, "dataset", "dataset", title, where, "benchmark",
                                  aliases=aliases, task="time series classification")  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def pettingzoo_facts() -> list[Fact]:
    """The environments of PettingZoo's classic, butterfly and sisl families named by their
    module docstring's title (`environment_title`); benchmarks, modality embodied."""
    v, root = sources._package("pettingzoo", "pettingzoo")
    by_name: dict[str, Fact] = {}
    for family in ("butterfly", "classic", "sisl"):
        for path in sorted((root / family).rglob("*.py")):
            doc = sources_more.module_docstring(path)
            titled = environment_title(doc, family)
            if titled is None:
                continue
            name, aliases = titled
            aliases = [a for a in aliases if not _denied(a)]
            if _denied(name):
                continue
            where = f"{v}: {path.relative_to(root).as_posix()} module docstring title"
            sources_more.add_fact(by_name, "dataset", "dataset", name, where, "benchmark",
                                  aliases=aliases, modality="embodied")  # fmt: skip
    return [by_name[name] for name in sorted(by_name)]


def lerobot_dataset_hub_ids(stated: dict[str, dict[str, str]]) -> None:
    """The `lerobot/<name>` Hub ids lerobot's `__init__.py` lists as data sets, recorded in
    `stated`: they confirm a hand-written data set's Hub id, never make an entry."""
    v, root = sources._package("lerobot", "lerobot")
    tree = ast.parse((root / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if not isinstance(node, ast.Assign):
            continue
        target = getattr(node.targets[0], "id", "")
        if target not in ("available_datasets_per_env", "available_real_world_datasets"):
            continue
        for constant in ast.walk(node.value):
            value = getattr(constant, "value", None)
            if isinstance(value, str) and re.fullmatch(r"lerobot/[\w.-]+", value):
                where = f"{v}: __init__.py {target}"
                stated.setdefault("dataset", {}).setdefault(value.casefold(), where)
