"""The entity catalog: the knowledge-base layer of the linker (scispacy style).

The catalog is data (`catalog/models.toml`, `catalog/datasets.toml`), not Python, so that
facts can be reviewed, diffed and versioned apart from code. This module only loads and
validates it and answers three questions the matcher needs: which entity is this id
(`entries`), which surface texts name which entity and with what case rule (`aliases()`),
and what an entity is derived from (`lineage`).

Validation is strict because aliases drive exact matching: one wrong alias links every paper
that writes it to the wrong node. Every problem is an `InputError` naming the file and the
line of the offending entry, so a contributor can fix the TOML without reading this code.
"""

from __future__ import annotations

import errno
import logging
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from citegraph.graph import ids
from citegraph.graph.errors import InputError
from citegraph.graph.records import Dataset, Edge, EdgeType, Model, SourceRef

from . import regex_cache
from .packed import PackedMap

log = logging.getLogger(__name__)

# Hand-written files first: generated ones attach checkpoints to their families and confirm
# their facts, so those must already be loaded.
HAND_FILES = ("models.toml", "datasets.toml")
GENERATED_FILES = ("generated-models.toml", "generated-datasets.toml")
SHIPPED_FILES = HAND_FILES + GENERATED_FILES
# Records must not depend on where the package is installed, so shipped entries cite this
# stable label instead of a site-packages path.
_PACKAGE_LABEL = "citegraph.linker:catalog/"

Relation = Literal["finetune", "derived", "distill", "adapter", "quantized", "merge"]
ModelKind = Literal[
    "llm",
    "encoder",
    "seq2seq",
    "embedding",
    "vision",
    "speech",
    "audio",
    "diffusion",
    "multimodal",
    "molecule",
    "other",
]
# "source": a place data is drawn from (Wikipedia), which the guideline counts as a dataset
# only where the text names it as data ("the Wikipedia corpus"); policy reads the kind.
DatasetKind = Literal["dataset", "benchmark", "source"]
Modality = Literal[
    "text",
    "code",
    "image",
    "video",
    "audio",
    "speech",
    "multimodal",
    "graph",
    "molecule",
    "tabular",
    "knowledge-base",
    "embodied",
]

_KEY = r"^[a-z0-9][a-z0-9.+-]*$"
_HF_ID = r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"
_VERSION = r"^\d{4}\.\d{1,2}\.\d+$"
# A generated fact names the package, its version and where in it the fact was read:
# "transformers 5.5.4: MODEL_NAMES_MAPPING['llama']".
_GENERATED_SOURCE = regex_cache.compile(r"^[A-Za-z0-9_.-]+ \d[A-Za-z0-9.+-]*: \S")

# Lower-case English words (and ML generics) that are also entity names. Matching them
# case-insensitively would link "we opt to..." to OPT or "a palm tree" to PaLM, so such
# names must go in `cased_aliases`. Not a dictionary: the names we have actually met.
ORDINARY_WORDS = frozenset(
    """
    a an the it is are be one two all any base large small medium tiny huge mini chat instruct
    model models data dataset datasets benchmark corpus text code vision speech audio image
    llm llms lm lms gpt transformer transformers encoder decoder agent
    opt bloom palm falcon phi pile whisper alpaca vicuna llama mistral zephyr orca dolly koala
    guanaco pythia mamba claude gemini bard gopher chinchilla flamingo codex minerva galactica
    sparrow grok gato parti sora aya jamba olmo yi command
    glue swag arc race math drop record cb kilt lama scrolls ruler bold snips helm pope paws
    fever atomic zinc lima clip blip sam dino yolo electra albert ernie pegasus bark tulu
    persimmon mercury hermes glove lamp squad cola elmo dit canine
    """.split()  # noqa: SIM905 - a word list reads better as text than as 120 quoted items
)


class Link(NamedTuple):
    """One lineage step: `target` is a parent of the entity, via `type` (and `relation`)."""

    target: str
    type: EdgeType
    relation: str | None


class Alias(NamedTuple):
    """A surface text naming one entity; `case_sensitive` says how the matcher must compare."""

    text: str
    entity_id: str
    case_sensitive: bool


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


def _check_alias_texts(values: tuple[str, ...]) -> tuple[str, ...]:
    for value in values:
        if not value.strip():
            raise ValueError("empty alias")
        if value != value.strip() or "  " in value:
            raise ValueError(f"alias {value!r} has stray whitespace")
    return values


def _occurs_as_token(part: str, name: str) -> bool:
    """Whether `part` appears in `name` not glued to other letters or digits.

    `XL` must not be found inside `XXL`, nor `7B` inside `17B`: that is what lets a size
    check catch a checkpoint filed under the wrong size.
    """
    pattern = rf"(?<![A-Za-z0-9]){re.escape(part)}(?![A-Za-z0-9])"
    return re.search(pattern, name, flags=re.IGNORECASE) is not None


class _Named(_Strict):
    key: Annotated[str, Field(pattern=_KEY)]
    name: Annotated[str, Field(min_length=1)]
    aliases: tuple[str, ...] = ()
    cased_aliases: tuple[str, ...] = ()
    # Long forms of an acronym name a source states and the matcher never matches as
    # aliases ("Graph Isomorphism Network" of GIN): the linker finds a Title Case run
    # spelling a model's acronym only where the entry states such a long form (or an alias
    # spells it), and a run of other words with those initials names another model.
    long_forms: tuple[str, ...] = ()
    note: str | None = None

    _check_aliases = field_validator("aliases", "cased_aliases", "long_forms")(_check_alias_texts)

    @field_validator("name")
    @classmethod
    def _name_clean(cls, value: str) -> str:
        _check_alias_texts((value,))
        return value


class CheckpointEntry(_Named):
    """A concrete released model (one size, one version) of a family."""

    size: str | None = None
    version: str | None = None
    hf_id: Annotated[str, Field(pattern=_HF_ID)] | None = None
    # A Hub id written by hand that no machine-checkable source states: kept for a reviewer,
    # never used for the entity's id or its node's hf_id.
    unverified_hf_id: Annotated[str, Field(pattern=_HF_ID)] | None = None
    derived_from: tuple[str, ...] = ()
    relation: Relation | None = None
    source: Annotated[str, Field(min_length=1)] | None = None  # defaults to the family's
    # Papers cite these weights by their Hub repository, not by writing the name in prose
    # (timm's "resnet50.a1_in1k"): no text alias, so only a Hub link names the entity.
    by_hub_id_only: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> CheckpointEntry:
        if self.by_hub_id_only and self.hf_id is None:
            raise ValueError("by_hub_id_only needs an hf_id")
        for field in ("size", "version"):
            value = getattr(self, field)
            if value is not None and not _occurs_as_token(value, self.name):
                raise ValueError(f"{field} {value!r} contradicts name {self.name!r}")
        _check_relation(self.derived_from, self.relation)
        return self


class FamilyEntry(_Named):
    """A model family: what papers name without a size ("Llama 2", "T5")."""

    organisation: str | None = None
    kind: ModelKind
    source: Annotated[str, Field(min_length=1)]
    hf_id: Annotated[str, Field(pattern=_HF_ID)] | None = None
    unverified_hf_id: Annotated[str, Field(pattern=_HF_ID)] | None = None
    derived_from: tuple[str, ...] = ()
    relation: Relation | None = None
    checkpoint: tuple[CheckpointEntry, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> FamilyEntry:
        _check_relation(self.derived_from, self.relation)
        return self


class DatasetEntry(_Named):
    """A dataset or benchmark; `parent` links a version to its family (SQuAD 2.0 -> SQuAD)."""

    kind: DatasetKind
    modality: Modality | None = None
    task: str | None = None
    hf_id: Annotated[str, Field(pattern=_HF_ID)] | None = None
    unverified_hf_id: Annotated[str, Field(pattern=_HF_ID)] | None = None
    parent: str | None = None
    # Membership in a suite (SST-2 in GLUE) is not a version; kept as data for the linker,
    # not turned into graph edges because the record contract has no edge type for it.
    part_of: tuple[str, ...] = ()
    source: Annotated[str, Field(min_length=1)]


class AttachedCheckpoint(CheckpointEntry):
    """A checkpoint of a family defined elsewhere (`[[checkpoint]]`, `family = "<key>"`).

    The generator uses it to add a released checkpoint a package names to a hand-written
    family without rewriting that family.
    """

    family: Annotated[str, Field(pattern=_KEY)]
    source: Annotated[str, Field(min_length=1)]


class Confirmation(_Strict):
    """A hand-written fact that a package states too (`[[confirm]]`, written by the generator).

    `field = "hf_id"`: the package states the entry's Hub id, which is what lets a shipped
    hand-written entry keep `hf_id`. `field = "name"`: a package names the same entity
    (`value` is the name or alias it matched); `stated_hf_id` is the Hub id that source gives
    for it when that differs from the entry's, kept for a reviewer and not used.
    """

    type: Literal["model", "dataset"]
    entry: Annotated[str, Field(pattern=_KEY)]
    field: Literal["name", "hf_id"]
    value: Annotated[str, Field(min_length=1)]
    source: Annotated[str, Field(min_length=1)]
    stated_hf_id: Annotated[str, Field(pattern=_HF_ID)] | None = None


class CatalogFile(_Strict):
    """One TOML file. Shipped files split models and datasets; a user file may hold both."""

    version: Annotated[str, Field(pattern=_VERSION)] | None = None
    # Set in files the generator writes: then every entry's source must name a package and
    # its version ("timm 1.0.31: ...").
    generated_by: str | None = None
    ambiguous_aliases: tuple[str, ...] = ()
    family: tuple[FamilyEntry, ...] = ()
    checkpoint: tuple[AttachedCheckpoint, ...] = ()
    dataset: tuple[DatasetEntry, ...] = ()
    confirm: tuple[Confirmation, ...] = ()


def _check_relation(derived_from: tuple[str, ...], relation: str | None) -> None:
    if derived_from and relation is None:
        raise ValueError("derived_from needs a relation")
    if relation is not None and not derived_from:
        raise ValueError("relation given without derived_from")


class Entry(_Strict):
    """A catalog entity after loading: what the matcher and the graph see."""

    id: str
    key: str
    type: Literal["model", "dataset"]
    level: Literal["family", "checkpoint", "dataset"]
    name: str
    aliases: tuple[str, ...]  # compared case-insensitively
    cased_aliases: tuple[str, ...]  # compared exactly
    long_forms: tuple[str, ...] = ()  # never matched (see _Named.long_forms)
    hf_id: str | None = None
    unverified_hf_id: str | None = None
    size: str | None = None
    version: str | None = None
    kind: str
    organisation: str | None = None
    modality: str | None = None
    task: str | None = None
    part_of: tuple[str, ...] = ()
    source: str
    # Package facts that state this hand-written entry too (from `[[confirm]]` tables).
    confirmed_by: tuple[str, ...] = ()
    generated: bool = False  # from a generated file
    by_hub_id_only: bool = False  # no text alias: only its Hub id names it
    note: str | None = None
    where: SourceRef

    def all_aliases(self) -> Iterator[tuple[str, bool]]:
        """(text, case_sensitive) for every surface form, the canonical name included."""
        for text in self.aliases:
            yield text, False
        for text in self.cased_aliases:
            yield text, True


class Catalog:
    """Entities by id, aliases, and lineage; built by `load_catalog`, immutable afterwards."""

    def __init__(
        self,
        entries: Mapping[str, Entry],
        lineage: Mapping[str, tuple[Link, ...]],
        ambiguous: Mapping[str, tuple[str, ...]],
        version: str,
    ) -> None:
        self.entries: Mapping[str, Entry] = dict(entries)
        self.lineage: Mapping[str, tuple[Link, ...]] = dict(lineage)
        # Deliberately shared aliases (declared in `ambiguous_aliases`): folded text -> ids.
        self.ambiguous: Mapping[str, tuple[str, ...]] = dict(ambiguous)
        self.version = version
        exact: dict[str, set[str]] = defaultdict(set)
        folded: dict[str, set[str]] = defaultdict(set)
        for text, entity_id, cased in self.aliases():
            (exact[text] if cased else folded[text.casefold()]).add(entity_id)
        # Tuples, not sets: a compiled catalog unpickles tuples of strings several times
        # faster, and every start of a linking command pays for it.
        self._exact = {text: tuple(sorted(found)) for text, found in exact.items()}
        self._folded = {text: tuple(sorted(found)) for text, found in folded.items()}

    def __len__(self) -> int:
        return len(self.entries)

    def __getstate__(self) -> dict[str, object]:
        """Pickled with its entries and lineage packed: they are unpickled one by one when
        looked up (see `packed.PackedMap`), so loading a compiled catalog does not grow with
        it (the lineage's ~3,900 links were half the objects a warm load still made)."""
        state = self.__dict__.copy()
        state["entries"] = PackedMap.pack(self.entries)
        state["lineage"] = PackedMap.pack(self.lineage)
        return state

    def aliases(self) -> Iterator[Alias]:
        """Every (alias text, entity id, case_sensitive), the canonical names included."""
        for entry in self.entries.values():
            if entry.by_hub_id_only:
                continue
            for text, cased in entry.all_aliases():
                yield Alias(text, entry.id, cased)

    def lookup(self, text: str) -> tuple[str, ...]:
        """Ids whose alias is exactly `text` under that alias's case rule (sorted)."""
        exact, folded = self._exact.get(text, ()), self._folded.get(text.casefold(), ())
        if not exact or not folded:
            return exact or folded
        return tuple(sorted({*exact, *folded}))

    def by_key(self, type_: Literal["model", "dataset"], key: str) -> Entry:
        """The entry with catalog key `key`; keys are what lineage and tests refer to."""
        for entry in self.entries.values():
            if entry.type == type_ and entry.key == key:
                return entry
        raise KeyError(f"{type_} {key!r}")

    def ancestors(self, entity_id: str) -> tuple[str, ...]:
        """All lineage ancestors, nearest first: a mention of Vicuna-7B builds on Llama 2."""
        seen: list[str] = []
        frontier = [link.target for link in self.lineage.get(entity_id, ())]
        while frontier:
            current = frontier.pop(0)
            if current in seen:
                continue
            seen.append(current)
            frontier.extend(link.target for link in self.lineage.get(current, ()))
        return tuple(seen)

    def to_records(self) -> Iterator[Model | Dataset | Edge]:
        """Model/Dataset nodes (origin="catalog") then VARIANT_OF and BASED_ON edges."""
        for entry in self.entries.values():
            common: dict[str, Any] = {
                "id": entry.id,
                "name": entry.name,
                "hf_id": entry.hf_id,
                "aliases": tuple(text for text, _ in entry.all_aliases()),
                "origin": "catalog",
                "sources": (entry.where,),
            }
            if entry.type == "model":
                yield Model(size=entry.size, **common)
            else:
                yield Dataset(**common)
        for entity_id, links in self.lineage.items():
            for link in links:
                yield Edge(
                    source=entity_id, target=link.target, type=link.type, relation=link.relation
                )


def load_catalog(extra: Iterable[str | Path] = ()) -> Catalog:
    """Load the shipped catalog plus user catalog files (same TOML format) and validate all.

    Extra files may add entries and refer to shipped keys in lineage, but may not redefine
    a shipped key or reuse one of its aliases: silently overriding a fact is how a graph
    ends up with two Llama 2 nodes.
    """
    return build_catalog(catalog_sources(extra), shipped=len(SHIPPED_FILES))


def catalog_sources(extra: Iterable[str | Path] = ()) -> list[tuple[str, str]]:
    """(label, text) of the shipped catalog files, then of the user's `extra` files: what a
    catalog is built from, and what the compiled-catalog cache is keyed on."""
    package = resources.files("citegraph.linker").joinpath("catalog")
    sources: list[tuple[str, str]] = [
        (_PACKAGE_LABEL + name, package.joinpath(name).read_text(encoding="utf-8"))
        for name in SHIPPED_FILES
    ]
    for path in extra:
        sources.append((str(path), _read_user_file(str(path))))
    return sources


def _read_user_file(name: str) -> str:
    """A user's catalog file as text; one that cannot be read is an error about the file
    (no line), worded as for any input file."""
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError(name, None, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, None, "a folder, not a catalog file") from None
    except OSError as exc:
        reason = "permission denied" if exc.errno == errno.EACCES else exc.strerror or str(exc)
        raise InputError(name, None, f"cannot read: {reason}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(name, line, "not UTF-8 text") from None


def load_files(*paths: str | Path) -> Catalog:
    """A catalog from the given files only (no shipped data): for tests and tools."""
    sources = [(str(path), Path(path).read_text(encoding="utf-8")) for path in paths]
    return build_catalog(sources, shipped=0)


def build_catalog(sources: list[tuple[str, str]], *, shipped: int) -> Catalog:
    """Validate parsed files together: keys, lineage and aliases are checked across files.

    The first `shipped` sources are the shipped files: they must carry one version, and a
    Hub id in a shipped hand-written file must be confirmed by a generated `[[confirm]]`.
    """
    builder = _Builder()
    versions: set[str] = set()
    for index, (path, text) in enumerate(sources):
        parsed = _parse(path, text)
        if index < shipped:
            if parsed.version is None:
                raise InputError(path, 1, "shipped catalog file has no version")
            versions.add(parsed.version)
        builder.add_file(
            path, text, parsed, hand_shipped=index < shipped and parsed.generated_by is None
        )
    if len(versions) > 1:
        raise InputError(sources[0][0], 1, f"shipped files disagree on version: {sorted(versions)}")
    return builder.finish(version=versions.pop() if versions else "unversioned")


class _Lines:
    """Line numbers of `key = "..."` in a file: tomllib reports none for semantic errors."""

    def __init__(self, text: str, field: str = "key") -> None:
        pattern = regex_cache.compile(rf'(?:^|[{{,])\s*{field}\s*=\s*"([^"]*)"')
        self._lines: dict[str, list[int]] = defaultdict(list)
        for number, line in enumerate(text.splitlines(), start=1):
            for match in pattern.finditer(line):
                self._lines[match.group(1)].append(number)

    def of(self, key: str, occurrence: int = 0) -> int:
        found = self._lines.get(key, [])
        if not found:
            return 0
        return found[min(occurrence, len(found) - 1)]


def _parse(path: str, text: str) -> CatalogFile:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise InputError(path, int(match.group(1)) if match else 0, f"bad TOML: {exc}") from None
    try:
        return CatalogFile.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = error["loc"]
        key = _innermost_key(raw, loc)
        where = ".".join(str(part) for part in loc)
        line = _Lines(text).of(key) if key else 0
        reason = f"{where}: {error['msg']}" + (f" (entry {key!r})" if key else "")
        raise InputError(path, line, reason) from None


def _innermost_key(raw: Any, loc: tuple[Any, ...]) -> str | None:
    """The `key` of the deepest table on a validation error's path, to find its line."""
    key = None
    node = raw
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("key"), str):
            key = node["key"]
    return key


class _Pending(NamedTuple):
    entry: Entry
    path: str
    line: int
    parents: tuple[tuple[str, EdgeType, str | None], ...]  # (key, edge type, relation)


class _Confirm(NamedTuple):
    item: Confirmation
    path: str
    line: int


class _Builder:
    """Accumulates entries from several files, then resolves lineage and aliases."""

    def __init__(self) -> None:
        self.pending: list[_Pending] = []
        self.keys: dict[tuple[str, str], _Pending] = {}
        self.ids: dict[str, _Pending] = {}
        self.ambiguous: dict[str, tuple[str, int]] = {}
        self.confirms: list[_Confirm] = []
        self.hand_shipped: list[_Pending] = []  # their Hub ids need a confirmation

    def add_file(self, path: str, text: str, parsed: CatalogFile, *, hand_shipped: bool) -> None:
        lines = _Lines(text)
        seen: dict[str, int] = defaultdict(int)
        generated = parsed.generated_by is not None

        def line_of(key: str) -> int:
            line = lines.of(key, seen[key])
            seen[key] += 1
            return line

        def add(pending: _Pending | None) -> None:
            if pending is None:
                return
            if generated and not _GENERATED_SOURCE.match(pending.entry.source):
                raise InputError(
                    path,
                    pending.line,
                    f"generated entry {pending.entry.key!r} has source "
                    f"{pending.entry.source!r}, which names no package and version",
                )
            if hand_shipped:
                self.hand_shipped.append(pending)

        for alias in parsed.ambiguous_aliases:
            self.ambiguous.setdefault(alias.casefold(), (path, 1))
        for family in parsed.family:
            family_line = line_of(family.key)
            family_id = ids.model_id(hf_id=family.hf_id, name=family.name)
            family_extra = {"kind": family.kind, "organisation": family.organisation}
            add(
                self._add(
                    path,
                    family_line,
                    family,
                    "model",
                    "family",
                    family_id,
                    parents=tuple(
                        (k, EdgeType.BASED_ON, family.relation) for k in family.derived_from
                    ),
                    extra={
                        **family_extra,
                        "hf_id": family.hf_id,
                        "unverified_hf_id": family.unverified_hf_id,
                        "source": family.source,
                        "generated": generated,
                    },
                )
            )
            for ckpt in family.checkpoint:
                add(self._add_checkpoint(path, line_of(ckpt.key), ckpt, family.key, generated))
        for ckpt in parsed.checkpoint:
            add(self._add_checkpoint(path, line_of(ckpt.key), ckpt, ckpt.family, generated))
        for data in parsed.dataset:
            parents = ((data.parent, EdgeType.VARIANT_OF, None),) if data.parent else ()
            add(
                self._add(
                    path,
                    line_of(data.key),
                    data,
                    "dataset",
                    "dataset",
                    ids.dataset_id(hf_id=data.hf_id, name=data.name),
                    parents=parents,
                    extra={
                        "kind": data.kind,
                        "modality": data.modality,
                        "task": data.task,
                        "hf_id": data.hf_id,
                        "unverified_hf_id": data.unverified_hf_id,
                        "part_of": data.part_of,
                        "source": data.source,
                        "generated": generated,
                    },
                )
            )
        entry_lines = _Lines(text, "entry")
        confirm_seen: dict[str, int] = defaultdict(int)
        for confirm in parsed.confirm:
            line = entry_lines.of(confirm.entry, confirm_seen[confirm.entry])
            confirm_seen[confirm.entry] += 1
            if generated and not _GENERATED_SOURCE.match(confirm.source):
                raise InputError(
                    path, line, f"confirmation of {confirm.entry!r} names no package and version"
                )
            self.confirms.append(_Confirm(confirm, path, line))

    def _add_checkpoint(
        self, path: str, line: int, ckpt: CheckpointEntry, family_key: str, generated: bool
    ) -> _Pending:
        family = self.keys.get(("model", family_key))
        if family is None or family.entry.level != "family":
            raise InputError(
                path, line, f"checkpoint {ckpt.key!r} belongs to unknown family {family_key!r}"
            )
        parents = (
            (family_key, EdgeType.VARIANT_OF, None),
            *((k, EdgeType.BASED_ON, ckpt.relation) for k in ckpt.derived_from),
        )
        return self._add(
            path,
            line,
            ckpt,
            "model",
            "checkpoint",
            ids.model_id(hf_id=ckpt.hf_id, name=ckpt.name),
            parents=parents,
            extra={
                "kind": family.entry.kind,
                "organisation": family.entry.organisation,
                "hf_id": ckpt.hf_id,
                "unverified_hf_id": ckpt.unverified_hf_id,
                "size": ckpt.size,
                "version": ckpt.version,
                "source": ckpt.source or family.entry.source,
                "generated": generated,
                "by_hub_id_only": ckpt.by_hub_id_only,
            },
        )

    def _add(
        self,
        path: str,
        line: int,
        item: _Named,
        type_: Literal["model", "dataset"],
        level: Literal["family", "checkpoint", "dataset"],
        entity_id: str,
        *,
        parents: tuple[tuple[str, EdgeType, str | None], ...],
        extra: dict[str, Any],
    ) -> _Pending:
        if (type_, item.key) in self.keys:
            first = self.keys[(type_, item.key)]
            raise InputError(
                path,
                line,
                f"duplicate {type_} key {item.key!r} (first at {first.path}:{first.line})",
            )
        if entity_id in self.ids:
            first = self.ids[entity_id]
            raise InputError(
                path,
                line,
                f"entry {item.key!r} has the same id {entity_id!r} as {first.entry.key!r} "
                f"({first.path}:{first.line})",
            )
        cased = list(item.cased_aliases)
        insensitive = ([] if item.name in cased else [item.name]) + list(item.aliases)
        seen_folded: set[str] = set()
        for text in insensitive:
            if text.casefold() in seen_folded:
                raise InputError(path, line, f"alias {text!r} listed twice in {item.key!r}")
            seen_folded.add(text.casefold())
        for text in cased:
            if text.casefold() in seen_folded or cased.count(text) > 1:
                raise InputError(path, line, f"alias {text!r} listed twice in {item.key!r}")
        for text in insensitive:
            if text.casefold() in ORDINARY_WORDS:
                raise InputError(
                    path,
                    line,
                    f"alias {text!r} of {item.key!r} is an ordinary word; "
                    "list it in cased_aliases so only that spelling matches",
                )
        where = SourceRef(path=path, line=line)
        entry = Entry(
            id=entity_id,
            key=item.key,
            type=type_,
            level=level,
            name=item.name,
            aliases=tuple(insensitive),
            cased_aliases=item.cased_aliases,
            long_forms=item.long_forms,
            note=item.note,
            where=where,
            **extra,
        )
        pending = _Pending(entry, path, line, parents)
        self.keys[(type_, item.key)] = pending
        self.ids[entity_id] = pending
        self.pending.append(pending)
        return pending

    def finish(self, *, version: str) -> Catalog:
        lineage: dict[str, tuple[Link, ...]] = {}
        for item in self.pending:
            links = []
            for key, edge_type, relation in item.parents:
                parent = self.keys.get((item.entry.type, key))
                if parent is None:
                    raise InputError(
                        item.path, item.line, f"{item.entry.key!r} refers to unknown key {key!r}"
                    )
                if parent.entry.id == item.entry.id:
                    raise InputError(item.path, item.line, f"{key!r} is its own parent")
                links.append(Link(parent.entry.id, edge_type, relation))
            for key in item.entry.part_of:
                if ("dataset", key) not in self.keys:
                    raise InputError(
                        item.path, item.line, f"{item.entry.key!r} is part of unknown key {key!r}"
                    )
            if links:
                lineage[item.entry.id] = tuple(links)
        self._check_cycles(lineage)
        ambiguous = self._check_aliases()
        confirmed = self._check_confirmations()
        entries = {}
        for item in self.pending:
            entry = item.entry
            if entry.id in confirmed:
                entry = entry.model_copy(update={"confirmed_by": tuple(confirmed[entry.id])})
            entries[entry.id] = entry
        for text, owners in ambiguous.items():
            log.info(
                "catalog alias %r deliberately names %d entities: %s",
                text,
                len(owners),
                ", ".join(owners),
            )
        return Catalog(entries, lineage, ambiguous, version)

    def _check_confirmations(self) -> dict[str, list[str]]:
        """Each confirmation must still match its entry, and shipped Hub ids need one.

        A stale confirmation (the entry was renamed or its Hub id changed) is an error, so
        a fact cannot keep a source that no longer states it.
        """
        confirmed: dict[str, list[str]] = defaultdict(list)
        hf_confirmed: set[str] = set()
        for confirm, path, line in self.confirms:
            target = self.keys.get((confirm.type, confirm.entry))
            if target is None:
                raise InputError(
                    path, line, f"confirmation of unknown {confirm.type} key {confirm.entry!r}"
                )
            entry = target.entry
            if confirm.field == "hf_id":
                if confirm.value != entry.hf_id:
                    raise InputError(
                        path,
                        line,
                        f"confirms hf_id {confirm.value!r} of {entry.key!r}, whose hf_id is "
                        f"{entry.hf_id!r}; re-run scripts/catalog/build_catalog.py",
                    )
                hf_confirmed.add(entry.id)
            else:
                names = {text.casefold() for text, _ in entry.all_aliases()}
                if confirm.value.casefold() not in names:
                    raise InputError(
                        path,
                        line,
                        f"confirms name {confirm.value!r}, which is no alias of {entry.key!r}; "
                        "re-run scripts/catalog/build_catalog.py",
                    )
            confirmed[entry.id].append(f"{confirm.field}: {confirm.source}")
        for item in self.hand_shipped:
            if item.entry.hf_id is not None and item.entry.id not in hf_confirmed:
                raise InputError(
                    item.path,
                    item.line,
                    f"hf_id {item.entry.hf_id!r} of {item.entry.key!r} is stated by no source "
                    "the catalog generator reads; write it as unverified_hf_id (docs/catalog.md)",
                )
        return confirmed

    def _check_cycles(self, lineage: Mapping[str, tuple[Link, ...]]) -> None:
        state: dict[str, int] = {}  # 1 = on the current path, 2 = done

        def visit(node: str) -> None:
            state[node] = 1
            for link in lineage.get(node, ()):
                if state.get(link.target) == 1:
                    item = self.ids[node]
                    raise InputError(item.path, item.line, f"lineage cycle through {node!r}")
                if link.target not in state:
                    visit(link.target)
            state[node] = 2

        for node in lineage:
            if node not in state:
                visit(node)

    def _check_aliases(self) -> dict[str, tuple[str, ...]]:
        """Reject an alias that could match two entities unless declared ambiguous.

        A case-insensitive alias collides with any alias of another entity that folds to the
        same text; two cased aliases collide only when identical, so "Bloom" the cased name
        of one entity and "BLOOM" of another would not (the matcher tells them apart).
        """
        folded: dict[str, list[_Pending]] = defaultdict(list)
        exact: dict[str, list[_Pending]] = defaultdict(list)
        cased_by_fold: dict[str, list[_Pending]] = defaultdict(list)
        for item in self.pending:
            if item.entry.by_hub_id_only:
                continue
            for text in item.entry.aliases:
                folded[text.casefold()].append(item)
            for text in item.entry.cased_aliases:
                exact[text].append(item)
                cased_by_fold[text.casefold()].append(item)
        clashes: list[tuple[str, list[_Pending]]] = []
        for text, owners in folded.items():
            clashes.append((text, owners + cased_by_fold.get(text, [])))
        clashes.extend((text.casefold(), owners) for text, owners in exact.items())
        ambiguous: dict[str, tuple[str, ...]] = {}
        for text, owners in clashes:
            if len(owners) < 2:
                continue
            distinct = list({item.entry.id: item for item in owners}.values())
            if len(distinct) < 2:
                continue
            if text in self.ambiguous:
                ambiguous[text] = tuple(sorted(item.entry.id for item in distinct))
                continue
            first, second = distinct[0], distinct[1]
            raise InputError(
                second.path,
                second.line,
                f"alias {text!r} names both {first.entry.key!r} ({first.path}:{first.line}) "
                f"and {second.entry.key!r}; remove one or declare it in ambiguous_aliases",
            )
        for text, (path, line) in self.ambiguous.items():
            if text not in ambiguous:
                raise InputError(
                    path, line, f"ambiguous alias {text!r} is not shared by two entries"
                )
        return ambiguous
