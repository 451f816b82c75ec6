"""Readers of a thirty-first round (requirements-read-round31.txt), in sources.py's style: the
models and data sets whole registries and model tables of packages not read before state,
read as files and package metadata, never imported. Like the twenty-eighth and twenty-ninth
rounds it is not driven by a list of wanted names: every name the places below state that
passes the guard is taken.

- chronos-forecasting, uni2ts, timesfm, swebench: the Hugging Face repos each package
  description links (`hub_links`), named as the link text names the repo (`linked_name`: the
  text is the id, and the repo's name is the name, "amazon/chronos-bolt-tiny"; the text spells
  the repo's name, "Chronos-2", "SWE-bench Lite"; or, for a model, the text's words are words
  of the repo's name in order, and the repo's name is the name with a coined text an alias,
  "Moirai-MoE-Small" of `moirai-moe-1.0-R-small`, "small" of `moirai-1.1-R-small` no alias).
  A model's families are the names the description's bold bullets give where a linked repo is
  named by them ("- **Chronos-Bolt**: A patch-based variant of Chronos."; `bullet_families`)
  and the names its paper links give ("[Moirai-MoE Paper](https://arxiv.org/...)";
  `paper_families`); a linked model named by a family is that family's Hub id, any other a
  checkpoint of the longest family its name opens with (`family_of`, families known before
  too: "timesfm-3.0-pytorch" of darts' TimesFM 3.0), or, with none, of the name before a
  trailing size ("SWE-Llama 13b" of SWE-Llama; `sized_family`). A linked data set the text
  names by a long form and the repo's abbreviation ("Large-scale Open Time Series Archive
  (LOTSA data)" of `Salesforce/lotsa_data`; `abbreviated_link`) is named by the abbreviation,
  the long form an alias.
- salesforce-lavis: the models and data sets its description's task table lists in its
  "Supported Models" and "Supported Datasets" columns (`table_names`: each comma-separated
  item that is one coined word, "ALBEF", "A-OKVQA"; "SBU ConceptualCaptions" and
  "customized" are not), the data sets of a video row (a task naming video) modality video,
  the others image.
- evalscope: the benchmarks its adapters register (`BenchmarkMeta(pretty_name=...)`), each
  pretty name that is a name (`benchmark_name`: no parenthesis, underscore or lower-case word,
  "GSM8K", "MMLU-Pro"; "SWE-bench_Lite", "BhashaBench-V1 (Finance)", "JevBench public subset"
  are not), with the `hf_dataset_id` the adapter loads where no other adapter loads it; the
  Hub ids of the others confirm hand-written ids.

The name rules are the pure functions at the top, tested in `tests/test_catalog31.py`;
docs/catalog.md ("A thirty-first round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round30
from rules import Fact, norm

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND31: dict[str, str] = {
    "STS-B Decision": "evalscope's decision view of STS-B (`stsb`), not a data set of its own",
    "Toolathlon Official Service Wrapper": "evalscope's wrapper of the Toolathlon service, not "
    "a data set",
    "PerspectiveGap Prompt Writing": "a sub-task of evalscope's PerspectiveGap, not a data set "
    "of its own",
    "PerspectiveGap Role Assignment": "a sub-task of evalscope's PerspectiveGap, not a data set "
    "of its own",
    "DrivelologyBinaryClassification": "a sub-task of evalscope's Drivelology, not a data set "
    "of its own",
    "DrivelologyMultilabelClassification": "a sub-task of evalscope's Drivelology, not a data "
    "set of its own",
    "DrivelologyNarrativeSelection": "a sub-task of evalscope's Drivelology, not a data set of "
    "its own",
    "DrivelologyNarrativeWriting": "a sub-task of evalscope's Drivelology, not a data set of "
    "its own",
    "VLMs Are Biased": "evalscope's benchmark named by a sentence: matched in any case it "
    "links the claim 'VLMs are biased' wherever a paper makes it",
    "FRAMES": "evalscope's FRAMES benchmark; the word 'frames' in capitals, a candidate "
    "wherever a video paper writes frames (on a read dev set its span made 'I-frames' read as "
    "a data set)",
    "SWE-Llama": "swebench's description links the SWE-bench paper's own fine-tuned models; "
    "catalogued, the paper's 'our fine-tuned model SWE-Llama' reads as a model it builds on, "
    "which a read dev set labels introduced (its 7b and 13b checkpoints go with it)",
    "AMC": "evalscope's AMC 2022-2024 problems; the three capitals are also automatic "
    "modulation classification and more, and AMC 2023 (AMC23) is in the catalog by its year",
}


# Denied by an earlier round (sources_round30._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round30._denied, DENY_ROUND31)


# -- name rules (pure) ------------------------------------------------------------------------

_LINK = re.compile(r"\[(?P<text>[^\]\n]+)\]\((?P<url>https://huggingface\.co/[^)\s]+)\)")
_HUB_URL = re.compile(r"https://huggingface\.co/(?P<datasets>datasets/)?(?P<id>[\w.-]+/[\w.-]+?)/?")
# Hugging Face paths that are pages, not repos.
_NOT_REPOS = {"collections", "spaces", "docs", "papers", "blog", "datasets", "models"}


def hub_links(description: str) -> list[tuple[str, str, bool]]:
    """(text, Hub id, is a data set) of each markdown link a description makes to a Hugging
    Face model or data-set repo, in order; the text without a leading emoji, backticks or
    quotes ('💿 SWE-bench' -> 'SWE-bench'). Links to collections, spaces and docs are not
    repos."""
    found = []
    for link in _LINK.finditer(description):
        url = _HUB_URL.fullmatch(link.group("url"))
        if not url:
            continue
        hub = url.group("id")
        if hub.split("/", 1)[0] in _NOT_REPOS:
            continue
        text = re.sub(r"^[^\w(]+", "", link.group("text")).strip("`\"' ")
        found.append((text.replace('"', ""), hub, bool(url.group("datasets"))))
    return found


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.split(r"[-_\s]+", text) if w]


def linked_name(text: str, hub: str, model: bool) -> tuple[str, list[str]] | None:
    """(name, aliases) a link's text gives the repo it links: the repo's name where the text
    is the id ("amazon/chronos-t5-tiny" -> "chronos-t5-tiny"); the text where it spells the
    repo's name ("SWE-bench Lite" of `SWE-bench_Lite`); for a model, the repo's name where
    the text's words are words of it in order, a coined text of more than one word an alias
    ("Moirai-MoE-Small" of `moirai-moe-1.0-R-small`; "small" of `moirai-1.1-R-small`, none).
    A text with a parenthesis ("SWE-Llama 13b (PEFT)"), or that names the repo otherwise
    ("BM25 Retrieval 13K" of `SWE-bench_bm25_13K`, "dataset"), gives nothing."""
    repo = hub.split("/", 1)[1]
    if text == hub:
        return repo, []
    if "(" in text or ")" in text:
        return None
    if norm(text) == norm(repo):
        return text, []
    words, parts = _words(text), iter(_words(repo))
    if model and words and all(word in parts for word in words):
        coined = len(words) > 1 and any(ch.isupper() for ch in text)
        return repo, [text] if coined else []
    return None


_BULLET = re.compile(r"^[-*] \*\*(?P<name>[^*\s]+)\*\*:", re.MULTILINE)


def bullet_families(description: str, repos: list[str]) -> list[str]:
    """The names of a description's bold bullets ("- **Chronos-Bolt**: A patch-based ...")
    that name a linked repo or open its name ("chronos-bolt-tiny"), in order; a bullet of a
    date ("**20 Oct 2025**") or a name no repo has is not a family."""
    found = []
    for bullet in _BULLET.finditer(description):
        name = bullet.group("name")
        spelled = name.casefold()
        named = any(
            r.casefold() == spelled or r.casefold().startswith(spelled + "-") for r in repos
        )
        if named and name not in found:
            found.append(name)
    return found


_PAPER = re.compile(r"\[(?P<name>[A-Z][\w.-]*) Paper\]\(https://arxiv\.org/abs/[\d.]+\)")


def paper_families(description: str) -> list[str]:
    """The models a description's paper links name ("[Moirai-MoE Paper](https://arxiv.org/
    abs/2410.10469)" -> "Moirai-MoE"), each once, in order."""
    found: list[str] = []
    for name in _PAPER.findall(description):
        if name not in found:
            found.append(name)
    return found


def family_of(name: str, families: dict[str, str]) -> str | None:
    """The family (by norm -> name) whose key is the longest that opens the name's key, a
    digit not followed by another ("chronos-bolt-tiny" -> Chronos-Bolt, not Chronos;
    "timesfm-3.0-pytorch" -> TimesFM 3.0; "chronos-20b" is not of Chronos-2)."""
    key = norm(name)
    best = None
    for family_key, family in families.items():
        if not family_key or family_key == key or not key.startswith(family_key):
            continue
        following = key[len(family_key)]
        if family_key[-1].isdigit() and following.isdigit():
            continue
        if best is None or len(family_key) > len(best[0]):
            best = (family_key, family)
    return best[1] if best else None


def sized_family(name: str) -> str | None:
    """The name before a trailing parameter count, where it is coined: "SWE-Llama 13b" ->
    "SWE-Llama"; "chronos-t5-tiny" (no count) and "Llama 7b" (a word before it) -> None."""
    found = re.fullmatch(r"(?P<base>.+?)[-\s]\d+(?:\.\d+)?[bBmM]", name)
    if not found:
        return None
    base = found.group("base")
    return base if "-" in base and any(ch.isupper() for ch in base) else None


_ABBREVIATED = re.compile(
    r"(?P<long>[A-Z][\w-]*(?: [A-Z][\w-]*)+) \((?P<abbr>[A-Z]{2,})(?: data)?\)"
)


def abbreviated_link(text: str, hub: str) -> tuple[str, list[str]] | None:
    """(abbreviation, [long form]) of a link text that spells a long form and the
    abbreviation its words' initials make, where the repo's name opens with the abbreviation:
    "Large-scale Open Time Series Archive (LOTSA data)" of `Salesforce/lotsa_data` ->
    ("LOTSA", ["Large-scale Open Time Series Archive"])."""
    found = _ABBREVIATED.fullmatch(text)
    if not found:
        return None
    long, abbr = found.group("long"), found.group("abbr")
    initials = "".join(word[0] for word in long.split())
    if initials.upper() != abbr or not norm(hub.split("/", 1)[1]).startswith(abbr.casefold()):
        return None
    return abbr, [long]


_TABLE_ROW = re.compile(r"^\|(?P<cells>.*)\|\s*$")


def table_names(description: str, column: str) -> list[tuple[str, str]]:
    """(name, the row's first cell) of each comma-separated item of a markdown table's column
    that is one coined word (a capital, no space): "ALBEF, BLIP" -> ALBEF, BLIP; "SBU
    ConceptualCaptions", "customized" and "[COMING SOON]" are not; each name once, with its
    first row."""
    found: list[tuple[str, str]] = []
    index = None
    for line in description.splitlines():
        row = _TABLE_ROW.match(line.strip())
        if not row:
            index = None
            continue
        cells = [c.strip() for c in row.group("cells").split("|")]
        if index is None:
            index = cells.index(column) if column in cells else None
            continue
        if index >= len(cells) or set(cells[index]) <= {"-", ":", " "}:
            continue
        for item in cells[index].split(","):
            item = item.strip()
            coined = re.fullmatch(r"[A-Za-z][\w-]*", item) and any(ch.isupper() for ch in item)
            if coined and item not in [name for name, _ in found]:
                found.append((item, cells[0]))
    return found


def benchmark_name(pretty: str) -> str | None:
    """An evalscope pretty name that is a name: no parenthesis, underscore or "$", and no word
    all in lower case ("GSM8K", "MMLU-Pro", "OpenAI MRCR", "olmOCR-Bench"); "SWE-bench_Lite",
    "BhashaBench-V1 (Finance)", "JevBench public subset", "τ-bench" -> None."""
    if re.search(r"[()_$]", pretty) or not pretty[:1].isascii():
        return None
    for word in pretty.split():
        if word.isalpha() and word.islower():
            return None
        if not any(ch.isupper() or ch.isdigit() for ch in word):
            return None
    return pretty


# -- readers ----------------------------------------------------------------------------------


# The packages whose descriptions' Hub links are read, with the kind their models are and
# the data sets' kind and task.
_HUB_PACKAGES = {
    "chronos-forecasting": ("chronos", "other", None),
    "uni2ts": ("uni2ts", "other", ("dataset", "time series forecasting")),
    "timesfm": ("timesfm", "other", None),
    "swebench": ("swebench", "llm", ("benchmark", "software engineering")),
}


def hub_link_facts(
    known: dict[str, str], named: dict[str, str], stated: dict[str, dict[str, str]]
) -> tuple[list[Fact], list[Fact]]:
    """(models, data sets) the Hub links of the descriptions of `_HUB_PACKAGES` name, as the
    module docstring says; `known` the model families known before (norm -> name). A data set
    a source read before names (`named`, norm -> name) is not given the linked repo (an entry
    keeps the id it has: inspect-evals' SWE-bench Verified); the repo is recorded in
    `stated`, to confirm a hand-written id."""
    models: list[Fact] = []
    datasets: dict[str, Fact] = {}
    for distribution, (top, kind, dataset_kind) in _HUB_PACKAGES.items():
        v, _ = sources._package(distribution, top)
        description = sources.description(distribution)
        # A data set a link names by its abbreviation first: it names the entry.
        links = sorted(
            hub_links(description),
            key=lambda link: not (link[2] and abbreviated_link(link[0], link[1])),
        )
        repos = [hub.split("/", 1)[1] for _, hub, is_data in links if not is_data]
        own = bullet_families(description, repos) + paper_families(description)
        own = [name for name in dict.fromkeys(own) if not _denied(name)]
        families = {norm(name): name for name in own}
        family_facts = {
            name: Fact("model", "family", name, f"{v}: package description {name!r}", kind=kind)
            for name in own
        }  # fmt: skip
        checkpoints: dict[str, Fact] = {}
        for text, hub, is_data in links:
            where = f"{v}: package description link {hub!r}"
            if is_data:
                spelled = linked_name(text, hub, model=False) or abbreviated_link(text, hub)
                if spelled is None or dataset_kind is None or _denied(spelled[0], *spelled[1]):
                    continue
                name, aliases = spelled
                # Another name of a repo named before is its alias ("LOTSA Data" of LOTSA).
                linked = f"link {hub!r}"
                same = next((f for f in datasets.values() if linked in f.source), None)
                if same is not None:
                    same.aliases += [a for a in [name, *aliases]
                                     if a != same.name and a not in same.aliases]  # fmt: skip
                    continue
                stated.setdefault("dataset", {}).setdefault(hub.casefold(), where)
                own = None if norm(name) in named else hub
                kind_, task = dataset_kind
                datasets[name] = Fact("dataset", "dataset", name, where, aliases=aliases,
                                      hf_id=own, kind=kind_, task=task)  # fmt: skip
                continue
            spelled = linked_name(text, hub, model=True)
            if spelled is None or _denied(spelled[0], *spelled[1]):
                continue
            name, aliases = spelled
            if norm(name) in families:
                fact = family_facts[families[norm(name)]]
                fact.hf_id = fact.hf_id or hub
                if where not in fact.source:
                    fact.source += f"; {where}"
                continue
            if name in checkpoints:
                checkpoints[name].aliases += [
                    a for a in aliases if a not in checkpoints[name].aliases
                ]
                continue
            family = family_of(name, families) or family_of(name, known)
            if family is None:
                family = sized_family(name)
                if family is None or _denied(family):
                    continue
                if family not in family_facts:
                    family_facts[family] = Fact("model", "family", family,
                                                f"{v}: package description link text {text!r}",
                                                kind=kind)  # fmt: skip
                    families[norm(family)] = family
            checkpoints[name] = Fact("model", "checkpoint", name, where, aliases=aliases,
                                     hf_id=hub, family=family, kind=kind)  # fmt: skip
        models += list(family_facts.values()) + list(checkpoints.values())
    return models, [datasets[name] for name in sorted(datasets)]


def lavis_facts() -> tuple[list[Fact], list[Fact]]:
    """(models, data sets) of salesforce-lavis' task table (`table_names`): model families of
    kind multimodal; data sets of modality video in a row whose task names video, else
    image."""
    v, _ = sources._package("salesforce-lavis", "lavis")
    description = sources.description("salesforce-lavis")
    models: dict[str, Fact] = {}
    for name, task in table_names(description, "Supported Models"):
        if not _denied(name):
            where = f"{v}: package description task table 'Supported Models' ({task})"
            sources_more.add_fact(models, "model", "family", name, where, "multimodal")
    datasets: dict[str, Fact] = {}
    for name, task in table_names(description, "Supported Datasets"):
        if not _denied(name):
            where = f"{v}: package description task table 'Supported Datasets' ({task})"
            modality = "video" if "video" in task.casefold() else "image"
            sources_more.add_fact(datasets, "dataset", "dataset", name, where, "dataset",
                                  modality=modality)  # fmt: skip
    return list(models.values()), [datasets[name] for name in sorted(datasets)]


def _benchmark_metas(path) -> list[dict[str, object]]:
    """The literal keyword arguments of each `BenchmarkMeta(...)` call in a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "BenchmarkMeta":
            meta = {}
            for keyword in node.keywords:
                try:
                    meta[keyword.arg] = ast.literal_eval(keyword.value)
                except ValueError:
                    continue
            found.append(meta)
    return found


def evalscope_facts(stated: dict[str, dict[str, str]], known: dict[str, str]) -> list[Fact]:
    """The benchmarks evalscope's adapters register, each pretty name that is a name
    (`benchmark_name`), with the `hf_dataset_id` it loads where no other adapter loads it;
    every `hf_dataset_id` recorded in `stated`, to confirm hand-written ids. Data sets of kind
    benchmark. A pretty name that is, separators aside, a name or alias a source read before
    gave a data set (`known`: norm -> that fact's name) joins it, its spelling an alias and
    without the Hub id (evalscope's mirror of AIME 2024 is not a second AIME 2024; its
    "InfoVQA" is InfographicVQA's alias, not an entry of its own)."""
    v, root = sources._package("evalscope", "evalscope")
    metas = []
    for path in sorted((root / "benchmarks").rglob("*.py")):
        for meta in _benchmark_metas(path):
            if isinstance(meta.get("pretty_name"), str):
                metas.append((path.relative_to(root).as_posix(), meta))
    loaders: dict[str, int] = {}
    for _, meta in metas:
        hub = meta.get("hf_dataset_id")
        if isinstance(hub, str) and re.fullmatch(r"[\w.-]+/[\w.-]+", hub):
            loaders[hub.casefold()] = loaders.get(hub.casefold(), 0) + 1
    by_name: dict[str, Fact] = {}
    for module, meta in metas:
        # The adapters for a user's own data ("general_qa", the data collection): formats.
        adapter = meta.get("name")
        if not isinstance(adapter, str) or adapter.startswith("general"):
            continue
        pretty = str(meta["pretty_name"])
        hub = meta.get("hf_dataset_id")
        hub = hub if isinstance(hub, str) and hub.casefold() in loaders else None
        if hub:
            where = f"{v}: {module} BenchmarkMeta hf_dataset_id"
            stated.setdefault("dataset", {}).setdefault(hub.casefold(), where)
        name = benchmark_name(pretty)
        if name is None or _denied(name):
            continue
        where = f"{v}: {module} BenchmarkMeta pretty_name {pretty!r}"
        own_hub = hub if hub and loaders[hub.casefold()] == 1 else None
        if norm(name) in known:
            joined = known[norm(name)]
            aliases = [name] if name != joined else []
            sources_more.add_fact(by_name, "dataset", "dataset", joined, where, "benchmark",
                                  aliases=aliases)  # fmt: skip
            continue
        if name in by_name:
            by_name[name].source += f"; {where}"
            by_name[name].hf_id = None  # two adapters of one name: no one id
            continue
        by_name[name] = Fact("dataset", "dataset", name, where, hf_id=own_hub, kind="benchmark")
    return [by_name[name] for name in sorted(by_name)]
