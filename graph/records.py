"""The one record contract passed between loaders, linker, stores, queries and exports.

Records are frozen and reject unknown fields so that a typo in a loader fails loudly instead
of silently dropping data. Stores never see records' Python shapes: they persist the flat
property dicts of `to_properties()` (scalars and lists of scalars), which is exactly what both
a networkx node-link file and a Neo4j node can hold, so the two stores cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from . import identity, ids
from .vocabulary import BUILDS_ON_MIN_CONFIDENCE as BUILDS_ON_MIN_CONFIDENCE
from .vocabulary import EdgeType, Method, NodeLabel, Role

# Characters that text copied from PDFs and web pages carries and that no reader sees as
# part of a word: a soft hyphen ("Mis\u00adtral" is typeset "Mistral"), zero-width spaces and
# joiners, a byte-order mark, ligatures ("\ufb01ne-tune" is "fine-tune"), full-width ASCII.
# Left in, they hide a name from every alias and its cue from the role patterns; nothing
# else in a paper's text means anything by them.
_PLAIN = str.maketrans(
    {"\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
     "\ufeff": None, "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
     "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
    | {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
)  # fmt: skip


def plain_text(text: str) -> str:
    """`text` without the invisible characters, ligatures and full-width letters of `_PLAIN`:
    what a paper's title and abstract hold, so that spans index the text the linker read."""
    return text if text.isascii() else text.translate(_PLAIN)


class Record(BaseModel):
    """Base of every record: immutable, strict about field names."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class SourceRef(Record):
    """A place in an input file (1-based line)."""

    path: str
    line: Annotated[int, Field(ge=0)]

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"

    @classmethod
    def parse(cls, text: str) -> SourceRef:
        """Inverse of `str()`; splits on the last colon because paths may contain colons."""
        path, _, line = text.rpartition(":")
        return cls(path=path, line=int(line))


class Node(Record):
    """Fields every node has. Subclasses set `label`."""

    label: ClassVar[NodeLabel]
    id: str
    sources: tuple[SourceRef, ...] = ()

    @field_validator("id")
    @classmethod
    def _id_matches_label(cls, value: str) -> str:
        if ids.label_of(value) != cls.label:
            raise ValueError(f"id {value!r} is not a {cls.label} id")
        return value

    def to_properties(self) -> dict[str, Any]:
        """Flat properties for a store: dates as ISO text, sources as `path:line` strings."""
        props: dict[str, Any] = {"type": self.label.value}
        for name, value in self:
            if value is None:
                continue
            if name == "sources":
                props[name] = sorted({str(ref) for ref in value})
            elif isinstance(value, dt.date):
                props[name] = value.isoformat()
            elif isinstance(value, tuple):
                props[name] = list(value)
            else:
                props[name] = value
        return props

    @classmethod
    def from_properties(cls, props: dict[str, Any]) -> Node:
        """Rebuild a record from what a store holds (the inverse of `to_properties`)."""
        fields = {k: v for k, v in props.items() if k != "type" and k in cls.model_fields}
        fields["sources"] = tuple(SourceRef.parse(s) for s in props.get("sources", ()))
        return cls.model_validate(fields)


class Paper(Node):
    """A paper as listed by a source. Several listings of one paper merge into one node."""

    label: ClassVar[NodeLabel] = NodeLabel.PAPER
    # Empty only for a paper known by its arXiv id alone (a model card citing it): the merge
    # rules never let an empty value overwrite, so the real title wins whenever it arrives.
    title: str = ""
    title_key: str = ""
    abstract: str = ""
    arxiv_id: str | None = None
    authors_count: Annotated[int, Field(ge=0)] | None = None
    organisation: str | None = None
    # The date the listing shows. Daily Papers omits the year for the current year, so the
    # raw text is kept beside the parsed date rather than guessing a year.
    published_on: dt.date | None = None
    published_text: str | None = None
    upvotes: Annotated[int, Field(ge=0)] | None = None

    @model_validator(mode="before")
    @classmethod
    def _derive_title_key(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("title") and not data.get("title_key"):
            data = {**data, "title_key": ids.title_key(plain_text(data["title"]))}
        return data

    @field_validator("title", "abstract")
    @classmethod
    def _plain(cls, value: str) -> str:
        return plain_text(value)

    @model_validator(mode="after")
    def _titled_or_arxiv(self) -> Paper:
        if not self.title and not identity.is_arxiv_id(self.id):
            raise ValueError("a paper without an arXiv id needs a title")
        return self


class Model(Node):
    """A model family, a checkpoint, or a model a paper introduces."""

    label: ClassVar[NodeLabel] = NodeLabel.MODEL
    name: str
    hf_id: str | None = None
    aliases: tuple[str, ...] = ()
    size: str | None = None
    origin: str | None = None  # where the entity came from: "catalog", "introduced", "hub"
    # Hub metadata (`/api/models/{id}`); `downloads` counts the last 30 days only.
    author: str | None = None
    pipeline_tag: str | None = None
    library_name: str | None = None
    downloads: Annotated[int, Field(ge=0)] | None = None
    likes: Annotated[int, Field(ge=0)] | None = None
    created_on: dt.date | None = None


class Dataset(Node):
    """A dataset or benchmark."""

    label: ClassVar[NodeLabel] = NodeLabel.DATASET
    name: str
    hf_id: str | None = None
    aliases: tuple[str, ...] = ()
    origin: str | None = None


class Repo(Node):
    """A code repository, normalised to `host` + `owner/name`."""

    label: ClassVar[NodeLabel] = NodeLabel.REPO
    host: Literal["github", "gitlab", "hf", "modelscope"]
    path: str
    url: str


class Evidence(Record):
    """Why an edge exists: the text that was matched, where, how, and how well."""

    surface: str
    span: tuple[int, int]
    score: Annotated[float, Field(ge=0.0, le=1.0)]
    method: Method
    source: SourceRef | None = None
    declared_by: str | None = None  # the structured source for method=declared


class Edge(Record):
    """A typed relationship between two node ids.

    `key` tells apart parallel edges of one type between the same two nodes (two mentions of
    one model in one abstract); it must be derived from the input, never random, so re-runs
    merge instead of duplicating.
    """

    source: str
    target: str
    type: EdgeType
    key: str = ""
    role: Role | None = None
    # How likely the role is right (the role classifier's probability); None where the
    # role was declared by a structured source or the edge has no role.
    confidence: Annotated[float, Field(ge=0.0, le=1.0)] | None = None
    relation: str | None = None
    official: bool | None = None
    evidence: Evidence | None = None

    def to_properties(self) -> dict[str, Any]:
        """Flat relationship properties (span as two ints).

        `key` is not among them: each store keeps it where it identifies the relationship
        (the networkx edge key; the property MERGE matches on in Neo4j).
        """
        props: dict[str, Any] = {"type": self.type.value}
        for name in ("role", "confidence", "relation", "official"):
            value = getattr(self, name)
            if value is not None:
                props[name] = value.value if isinstance(value, StrEnum) else value
        if self.evidence is not None:
            ev = self.evidence
            props.update(
                surface=ev.surface,
                span_start=ev.span[0],
                span_end=ev.span[1],
                score=ev.score,
                method=ev.method.value,
            )
            if ev.source is not None:
                props["source_file"] = ev.source.path
                props["source_line"] = ev.source.line
            if ev.declared_by is not None:
                props["declared_by"] = ev.declared_by
        return props


class Mention(Record):
    """One entity a paper's text names, as the linker decided it.

    `span` indexes into the paper's linked text, `title + "\n\n" + abstract`, so that an
    evidence span can be shown in context without storing the text twice.
    """

    entity_id: str
    entity_type: Literal["model", "dataset", "repo"]
    name: str
    surface: str
    span: tuple[int, int]
    score: Annotated[float, Field(ge=0.0, le=1.0)]
    method: Method
    role: Role
    confidence: Annotated[float, Field(ge=0.0, le=1.0)] | None = None


def edge_from_properties(source: str, target: str, key: str, props: dict[str, Any]) -> Edge:
    """Rebuild an Edge from a store's flat properties (the inverse of `Edge.to_properties`)."""
    evidence = None
    if "method" in props:
        where = None
        if props.get("source_file") is not None:
            where = SourceRef(path=props["source_file"], line=props.get("source_line", 0))
        evidence = Evidence(
            surface=props.get("surface", ""),
            span=(props.get("span_start", 0), props.get("span_end", 0)),
            score=props.get("score", 1.0),
            method=props["method"],
            source=where,
            declared_by=props.get("declared_by"),
        )
    return Edge(
        source=source,
        target=target,
        type=props["type"],
        key=key,
        role=props.get("role"),
        confidence=props.get("confidence"),
        relation=props.get("relation"),
        official=props.get("official"),
        evidence=evidence,
    )


NODE_CLASSES: dict[NodeLabel, type[Node]] = {
    cls.label: cls for cls in (Paper, Model, Dataset, Repo)
}
