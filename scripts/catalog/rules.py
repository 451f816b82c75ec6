"""The generator's rules: names and aliases from package identifiers, guards, merging.

Pure Python with no third-party imports, so the tests run these rules in the project's own
venv; the packages that supply the facts are read only by `sources.py` (docs/catalog.md,
"Generated catalog").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# A word whose zipf frequency in English (wordfreq) is at least this is an ordinary word:
# "git" 3.4, "race" 5.1, "arc" 4.2, and also "arxiv" 2.3, "quora" 2.5, "radon" 2.9, which
# would link every mention of the site or the element; "bert" is 3.5 too, which is why an
# ordinary alias is still kept cased when its documented form has capitals ("BERT", "GIT").
ORDINARY_ZIPF = 2.0

# Names a package lists that papers use for a method or a generic class, not for one model
# or dataset. A reason per entry; docs/catalog.md shows the list.
DENY = {
    # transformers model types
    "auto": "the Auto* classes, not a model",
    "rag": "retrieval-augmented generation is a method papers name generically",
    "encoder-decoder": "a generic composite of any encoder and decoder",
    "vision-encoder-decoder": "a generic composite of any vision encoder and text decoder",
    "speech-encoder-decoder": "a generic composite of any speech encoder and text decoder",
    "vision-text-dual-encoder": "a generic composite of any vision and text encoder",
    "time_series_transformer": "'Time Series Transformer' names a class of models",
    "decision_transformer": "'Decision Transformer' is also a method papers name generically",
    "timm_wrapper": "a wrapper around any timm model",
    "timm_backbone": "a wrapper around any timm model",
    "gpt-sw3": "an alias model type that reuses GPT-2's configuration",
    # torchvision dataset classes that are utilities, not data sets
    "VisionDataset": "the base class of torchvision's data sets",
    "ImageFolder": "loads any folder of images",
    "DatasetFolder": "loads any folder of files",
    "FakeData": "random images for tests",
    "LSUNClass": "one category of LSUN, a helper of the LSUN class",
    "wrap_dataset_for_transforms_v2": "a function, not a data set",
}

# Sub-configurations of composite models (a CLIP text tower) are not models papers name.
_SUB_MODEL = re.compile(r"_(?:text|vision|audio|speech|image|video)(?:_model|_encoder)?$|_encoder$")

# ML generics: as aliases they would link every paper that uses the word.
GENERIC_TERMS = frozenset(
    """
    transformer transformers encoder decoder model models network resnet-like baseline
    mixture mixture-of-experts moe attention diffusion backbone classifier tokenizer
    """.split()  # noqa: SIM905 - a word list reads better as text
)

SIZE_LETTERS = {
    "tiny": "T",
    "small": "S",
    "base": "B",
    "medium": "M",
    "large": "L",
    "xlarge": "XL",
    "huge": "H",
    "giant": "g",
}


@dataclass
class Fact:
    """One entity as a package states it, before merging with the hand-written catalog."""

    type: str  # model | dataset
    level: str  # family | checkpoint | dataset
    name: str
    source: str  # "package version: where"
    aliases: list[str] = field(default_factory=list)
    match_keys: list[str] = field(default_factory=list)  # identifiers, never aliases
    hf_id: str | None = None
    family: str | None = None  # checkpoints: a match key of their family's Fact
    kind: str = "other"
    modality: str | None = None
    task: str | None = None
    note: str | None = None
    confirm_only: bool = False  # may confirm a hand-written entry, never becomes one
    by_hub_id_only: bool = False  # the entry gets no text alias (see linker/catalog.py)


@dataclass
class HandEntry:
    """What the generator needs of a hand-written entry."""

    type: str
    key: str
    level: str
    name: str
    aliases: list[str]  # the name, aliases and cased aliases as written
    hf_id: str | None
    unverified_hf_id: str | None
    family: str | None = None  # checkpoints: their family's key


def norm(text: str) -> str:
    """Identity key: case, spaces, hyphens and underscores do not matter; digits do."""
    return re.sub(r"[\s\-_]+", "", text.casefold())


def digit_runs(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def hub_name(hf_id: str) -> str:
    """The name part of a Hub id ("google-bert/bert-base-uncased" -> "bert-base-uncased")."""
    return hf_id.split("/", 1)[1]


def split_camel_digits(name: str) -> str | None:
    """"CIFAR10" -> "CIFAR-10", "Places365" -> "Places-365": trailing digits get a hyphen."""
    match = re.fullmatch(r"([A-Za-z]*[A-Za-z])(\d+)", name)
    if not match or len(match.group(1)) < 2:
        return None
    return f"{match.group(1)}-{match.group(2)}"


def arch_names(arch: str, casing: dict[str, str]) -> tuple[str | None, list[str]]:
    """A display name and aliases for a timm/torchvision architecture identifier.

    `casing` maps a lower-case family stem to its documented spelling ("resnet" ->
    "ResNet"), taken from the hand catalog and transformers' display names. Without one the
    identifier itself is the only name. Every digit of the identifier is kept, except the
    input resolution of ViT-style names, which `short_vit` handles.
    """
    match = re.fullmatch(r"([a-z]+)(\d+)", arch)
    if match and match.group(1) in casing:
        stem = casing[match.group(1)]
        return f"{stem}-{match.group(2)}", [f"{stem}{match.group(2)}"]
    match = re.fullmatch(r"([a-z]+(?:v\d)?)_(tiny|small|base|medium|large|xlarge|huge|giant)", arch)
    if match and match.group(1) in casing:
        stem = casing[match.group(1)]
        size = match.group(2)
        return f"{stem}-{size.capitalize()}", [f"{stem}-{SIZE_LETTERS[size]}"]
    match = re.fullmatch(r"([a-z]+)_(b\d|l\d|v2_[sml])", arch)
    if match and match.group(1) in casing:
        stem = casing[match.group(1)]
        return f"{stem}-{match.group(2).upper().replace('_', '-')}", []
    return None, []


_VIT = re.compile(r"vit_(tiny|small|base|large|huge|giant)_patch(\d+)_(\d+)")


def short_vit(arch: str) -> tuple[str, str] | None:
    """("ViT-B/16", "base-16") for vit_base_patch16_224: the form papers write."""
    match = _VIT.fullmatch(arch)
    if not match:
        return None
    size, patch, _ = match.groups()
    return f"ViT-{SIZE_LETTERS[size]}/{patch}", f"{size}-{patch}"


@dataclass
class Guard:
    """Decides whether a surface form may be an alias, and with which case rule."""

    zipf: Callable[[str], float]
    ordinary_words: frozenset[str]

    def classify(self, text: str) -> str | None:
        """"folded", "cased" or None (left out) for one alias text.

        Ordinary means: the text, or every word of it ("sentiment_analysis", "Entity
        Recognition"), is an ordinary English word or an ML generic. Such a text is kept only
        where capitals inside a word tell the name from the words ("GIT", "ReCoRD"), and
        then only in that spelling; "Bark" is also the word at the start of a sentence.
        """
        if not any(ch.isalpha() for ch in text):
            return None
        if len(text) < 3 and not any(ch.isdigit() for ch in text):
            return None
        if text.casefold() in GENERIC_TERMS:
            return None
        words = [w for w in re.split(r"[\s\-_/]+", text) if w]
        lettered = [w for w in words if not w.isdigit()]
        if not all(self._ordinary(w) for w in lettered):
            return "folded"
        if any(ch.isupper() for w in lettered for ch in w[1:]):
            return "cased"
        return None

    def _ordinary(self, word: str) -> bool:
        lowered = word.casefold()
        return (
            lowered in self.ordinary_words
            or lowered in GENERIC_TERMS
            or self.zipf(lowered) >= ORDINARY_ZIPF
        )


@dataclass
class Result:
    """What the generator writes: new entries, confirmations, and what it left out."""

    entries: list[dict[str, object]] = field(default_factory=list)
    confirms: list[dict[str, object]] = field(default_factory=list)
    skipped: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def merge_facts(facts: Iterable[Fact]) -> list[Fact]:
    """Facts two sources state about one entity become one: same Hub id, or same type,
    level and name key. Sources are kept in order, aliases and keys unioned."""
    merged: list[Fact] = []
    by_hub: dict[str, Fact] = {}
    by_name: dict[tuple[str, str, str], Fact] = {}
    for fact in facts:
        name_key = (fact.type, fact.level, norm(fact.name))
        into = by_hub.get(fact.hf_id.casefold()) if fact.hf_id else None
        if into is None:
            into = by_name.get(name_key)
            if into is not None and into.hf_id and fact.hf_id:
                into = None  # two Hub repos under one name: kept apart (and then dropped)
        if into is None:
            merged.append(fact)
            if fact.hf_id:
                by_hub[fact.hf_id.casefold()] = fact
            by_name.setdefault(name_key, fact)
            continue
        for source in fact.source.split("; "):
            if source not in into.source.split("; "):
                into.source += "; " + source
        into.aliases += [
            a for a in (fact.name, *fact.aliases) if a not in into.aliases and a != into.name
        ]
        into.match_keys += [k for k in fact.match_keys if k not in into.match_keys]
        into.confirm_only = into.confirm_only and fact.confirm_only
        if into.hf_id is None and fact.hf_id:
            into.hf_id = fact.hf_id
            by_hub[fact.hf_id.casefold()] = into
    return merged


_LEVEL_ORDER = {"family": 0, "checkpoint": 1, "dataset": 2}


def slug(text: str) -> str:
    value = re.sub(r"[^a-z0-9.+]+", "-", text.casefold()).strip("-.+")
    return value or "x"


def plan(
    facts: Iterable[Fact],
    hand: list[HandEntry],
    stated: dict[str, dict[str, str]],
    guard: Guard,
) -> Result:
    """Merge package facts with the hand catalog: confirmations for what it has, new
    entries (with guarded aliases) for what it lacks.

    `stated` is, per entity type, every Hub id a source states (folded id -> source), also
    those that make no entry (a `from_pretrained` example), for confirming hand Hub ids.
    """
    result = Result()
    ordered = sorted(
        merge_facts(facts),
        key=lambda f: (f.type, _LEVEL_ORDER[f.level], norm(f.name), f.name, f.hf_id or ""),
    )
    by_norm: dict[tuple[str, str], list[HandEntry]] = defaultdict(list)
    by_hub: dict[tuple[str, str], HandEntry] = {}
    hand_folded: set[str] = set()
    used_keys: set[tuple[str, str]] = set()
    for entry in hand:
        used_keys.add((entry.type, entry.key))
        for text in entry.aliases:
            hand_folded.add(text.casefold())
            if entry not in by_norm[(entry.type, norm(text))]:
                by_norm[(entry.type, norm(text))].append(entry)
        for hub in (entry.hf_id, entry.unverified_hf_id):
            if hub:
                by_hub[(entry.type, hub.casefold())] = entry
    hf_confirmed: set[tuple[str, str]] = set()
    # norm of a family's name, alias or match key -> its catalog key
    family_key: dict[str, str] = {}
    hand_families = {e.key for e in hand if e.type == "model" and e.level == "family"}
    for entry in hand:
        if entry.key in hand_families and entry.type == "model":
            for text in entry.aliases:
                family_key.setdefault(norm(text), entry.key)

    def confirm(entry: HandEntry, field_: str, value: str, fact: Fact, hub: str | None) -> None:
        row: dict[str, object] = {
            "type": entry.type,
            "entry": entry.key,
            "field": field_,
            "value": value,
            "source": fact.source,
        }
        if hub:
            row["stated_hf_id"] = hub
        result.confirms.append(row)

    new: list[tuple[Fact, dict[str, object]]] = []
    for fact in ordered:
        texts = [fact.name, *fact.aliases, *fact.match_keys]
        hub_match = by_hub.get((fact.type, fact.hf_id.casefold())) if fact.hf_id else None
        named: dict[str, tuple[HandEntry, str]] = {}
        for text in texts:
            for entry in by_norm.get((fact.type, norm(text)), ()):
                alias = next(a for a in entry.aliases if norm(a) == norm(text))
                named.setdefault(entry.key, (entry, alias))
        target = hub_match
        if target is None and len(named) > 1:
            result.skipped["names several hand-written entries"].append(fact.name)
            continue
        if target is None and named:
            target = next(iter(named.values()))[0]
        if target is not None:
            parent = target.key if target.level == "family" else target.family
            if fact.level == "family" and parent and target.type == "model":
                for text in [fact.name, *fact.match_keys]:
                    family_key.setdefault(norm(text), parent)
            if target.key in named:
                other_hub = None
                hub_of_target = target.hf_id or target.unverified_hf_id
                if fact.hf_id and (hub_of_target or "").casefold() != fact.hf_id.casefold():
                    other_hub = fact.hf_id
                confirm(target, "name", named[target.key][1], fact, other_hub)
            if fact.hf_id and hub_match is target:
                hub = target.hf_id or target.unverified_hf_id
                assert hub is not None
                stating = Fact(fact.type, fact.level, fact.name,
                               stated.get(fact.type, {}).get(hub.casefold(), fact.source))
                confirm(target, "hf_id", hub, stating, None)
                hf_confirmed.add((target.type, target.key))
            continue
        if fact.confirm_only:
            result.skipped["confirms nothing (confirmation-only fact)"].append(fact.name)
            continue
        row = _new_entry(fact, guard, hand_folded, result)
        if row is None:
            continue
        key = slug(fact.name)
        candidate, number = key, 2
        while (fact.type, candidate) in used_keys:
            candidate, number = f"{key}-{number}", number + 1
        used_keys.add((fact.type, candidate))
        row["key"] = candidate
        if fact.level == "family":
            for text in [fact.name, *fact.match_keys]:
                family_key.setdefault(norm(text), candidate)
        new.append((fact, row))
    # Checkpoints attach to their family; one whose family made no entry is left out.
    attached: list[tuple[Fact, dict[str, object]]] = []
    for fact, row in new:
        if fact.level == "checkpoint":
            parent = family_key.get(norm(fact.family or ""))
            if parent is None:
                result.skipped["family not in the catalog"].append(fact.name)
                continue
            row["family"] = parent
        attached.append((fact, row))
    family_aliases = {
        text.casefold()
        for fact, row in attached
        if fact.level == "family"
        for text in _row_aliases(row)
    } | {
        text.casefold()
        for entry in hand
        if entry.type == "model" and entry.level == "family"
        for text in entry.aliases
    }
    kept = _resolve_clashes(attached, family_aliases, result)
    live_families = hand_families | {
        str(row["key"]) for fact, row in kept if fact.level == "family"
    }
    for fact, row in kept:
        if fact.level == "checkpoint" and row["family"] not in live_families:
            result.skipped["family not in the catalog"].append(fact.name)
            continue
        result.entries.append(row)
    for entry in hand:
        hub = entry.hf_id or entry.unverified_hf_id
        if hub is None or (entry.type, entry.key) in hf_confirmed:
            continue
        source = stated.get(entry.type, {}).get(hub.casefold())
        if source:
            result.confirms.append(
                {"type": entry.type, "entry": entry.key, "field": "hf_id", "value": hub,
                 "source": source}
            )  # fmt: skip
            hf_confirmed.add((entry.type, entry.key))
    result.confirms = sorted(
        {(str(r["type"]), str(r["entry"]), str(r["field"]), str(r["value"])): r
         for r in result.confirms}.values(),
        key=lambda r: (str(r["type"]), str(r["entry"]), str(r["field"]), str(r["source"])),
    )  # fmt: skip
    result.entries.sort(
        key=lambda r: (str(r["_type"]), _LEVEL_ORDER[str(r["_level"])], str(r["key"]))
    )
    return result


def _row_aliases(row: dict[str, object]) -> list[str]:
    return [str(row["name"]), *row["aliases"], *row["cased_aliases"]]  # type: ignore[misc]


def _new_entry(
    fact: Fact, guard: Guard, hand_folded: set[str], result: Result
) -> dict[str, object] | None:
    """The entry's TOML fields with guarded aliases, or None when its name is unsafe."""
    name_rule = guard.classify(fact.name)
    if name_rule is None:
        result.skipped["name is an ordinary word or generic term"].append(fact.name)
        return None
    if fact.name.casefold() in hand_folded:
        result.skipped["name is a hand-written alias of another kind of entity"].append(fact.name)
        return None
    folded: list[str] = []
    cased: list[str] = [fact.name] if name_rule == "cased" else []
    seen = {fact.name.casefold()}
    needed = sorted(digit_runs(fact.name))
    for alias in fact.aliases:
        if alias.casefold() in seen or alias.casefold() in hand_folded:
            continue
        have = digit_runs(alias)
        if any(have.count(d) < needed.count(d) for d in needed):
            continue  # would drop a size or version the name has
        rule = guard.classify(alias)
        if rule is None:
            continue
        seen.add(alias.casefold())
        (cased if rule == "cased" else folded).append(alias)
    row: dict[str, object] = {
        "_type": fact.type,
        "_level": fact.level,
        "name": fact.name,
        "aliases": sorted(folded),
        "cased_aliases": sorted(cased),
        "source": fact.source,
    }
    if fact.level in ("family", "dataset"):
        row["kind"] = fact.kind
    if fact.modality:
        row["modality"] = fact.modality
    if fact.task:
        row["task"] = fact.task
    if fact.hf_id:
        row["hf_id"] = fact.hf_id
    if fact.note:
        row["note"] = fact.note
    if fact.by_hub_id_only and fact.hf_id:
        row["by_hub_id_only"] = True
    return row


def _resolve_clashes(
    rows: list[tuple[Fact, dict[str, object]]], family_aliases: set[str], result: Result
) -> list[tuple[Fact, dict[str, object]]]:
    """An alias two new entries share is kept only where it is the entry's name; a name two
    entries share drops both. A checkpoint never takes a family's alias."""
    owners: dict[str, list[int]] = defaultdict(list)
    names: dict[str, list[int]] = defaultdict(list)
    for index, (_, row) in enumerate(rows):
        names[str(row["name"]).casefold()].append(index)
        for text in _row_aliases(row):
            if index not in owners[text.casefold()]:
                owners[text.casefold()].append(index)
    dropped: set[int] = set()
    for text, indexes in names.items():
        if len(indexes) > 1:
            dropped.update(indexes)
            result.skipped["name shared by several generated entries"].append(text)
    kept = []
    for index, (fact, row) in enumerate(rows):
        if index in dropped:
            continue
        if fact.level == "checkpoint" and str(row["name"]).casefold() in family_aliases:
            result.skipped["checkpoint named like a family"].append(str(row["name"]))
            continue
        for field_ in ("aliases", "cased_aliases"):
            row[field_] = [
                text
                for text in row[field_]  # type: ignore[attr-defined]
                if len(owners[text.casefold()]) == 1
                and not (fact.level == "checkpoint" and text.casefold() in family_aliases)
            ]
        kept.append((fact, row))
    return kept


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(value)


_FIELD_ORDER = (
    "key", "family", "type", "entry", "field", "value", "name", "aliases", "cased_aliases",
    "kind", "modality", "task", "hf_id", "by_hub_id_only", "stated_hf_id", "source", "note",
)  # fmt: skip


def inline(row: dict[str, object]) -> str:
    parts = []
    for name in _FIELD_ORDER:
        value = row.get(name)
        if value is None or value == [] or value is False:
            continue
        parts.append(f"{name} = {toml_value(value)}")
    return "  { " + ", ".join(parts) + " },"


def render(
    header: str, version: str, tables: dict[str, list[dict[str, object]]]
) -> str:
    """A generated catalog file: arrays of one-line inline tables, in a fixed order."""
    lines = [header.rstrip(), "", f'version = "{version}"',
             'generated_by = "scripts/catalog/build_catalog.py"', ""]  # fmt: skip
    for name, rows in tables.items():
        if not rows:
            continue
        lines.append(f"{name} = [")
        lines.extend(inline(row) for row in rows)
        lines.extend(["]", ""])
    return "\n".join(lines)
