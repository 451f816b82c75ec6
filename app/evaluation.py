"""Linking quality against hand-labelled gold files: precision, recall and F1 per entity type
and for the `builds_on` role, with every error listed.

Gold files (format in docs/annotation-guideline.md, section 4) name each entity the way the
paper writes it. A label is turned into the set of ids a reader would accept for it: the
catalog entry that one of its names or spellings is an alias of, and the slug id an entity
the catalog lacks gets from those names. So the score measures the linker's decisions, not
spelling, and it is the same for a catalog entity and for a name found by a pattern.

This lives in the composition root because it needs both the loaders (to read the papers
the labels refer to) and the linker; the linker itself never imports a loader.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citegraph.graph import ids
from citegraph.graph.errors import InputError
from citegraph.graph.records import BUILDS_ON_MIN_CONFIDENCE, Mention, Paper, Role
from citegraph.linker import Linker
from citegraph.loaders import daily_papers
from citegraph.loaders.files import open_source

TYPES = ("model", "dataset", "repo")
_HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*")
_DATASET_HEAD_WORD = re.compile(
    r"\s+(?:dataset|data\s+set|corpus|database|benchmark|challenge|shared\s+task)$", re.I
)
ROLES = tuple(role.value for role in Role)
# A hyphen or a space between a name's letters and the number after them: "ResNet38",
# "ResNet-38" and "ResNet 38" are one name to a reader (the number itself must agree).
_LETTERS_THEN_NUMBER = re.compile(r"(?<=[A-Za-z])[-\s]?(?=\d)")
# A size word or a parameter count ending a model label: "UniSpeech-SAT Large", "Gemma 2B".
_SIZE_ENDING = re.compile(
    r"[-\s](?P<size>(?:base|large|small|tiny|medium|huge|giant|mini|xl|xxl)|\d+(?:\.\d+)?[BMKT])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class GoldEntity:
    """One labelled entity of a paper: its type, usual name, spellings in the text, role."""

    type: str
    name: str
    surfaces: tuple[str, ...]
    role: str


@dataclass(frozen=True)
class GoldPaper:
    """The labels of one paper and where its text is."""

    paper_id: str
    title: str
    file: str
    line: int
    entities: tuple[GoldEntity, ...]
    notes: str = ""


def read_gold(path: str | os.PathLike[str]) -> list[GoldPaper]:
    """Every labelled paper of a gold file; a malformed line is an InputError naming it."""
    papers = []
    name, handle = open_source(path)
    with handle:
        for number, raw_line in enumerate(handle, 1):
            try:
                line = raw_line.decode("utf-8")
            except UnicodeDecodeError:
                raise InputError(name, number, "not UTF-8 text") from None
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                papers.append(_gold_paper(raw))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise InputError(name, number, f"bad gold label: {exc}") from None
    return papers


def _gold_paper(raw: dict[str, Any]) -> GoldPaper:
    entities = []
    for item in raw["entities"]:
        if item["type"] not in TYPES:
            raise ValueError(f"unknown type {item['type']!r}")
        if item["role"] not in ROLES:
            raise ValueError(f"unknown role {item['role']!r}")
        if item["type"] == "repo":
            # "nrgit.example.org/owner/name" names no host the guideline counts: a ValueError
            # here, so the file and line are named instead of the scorer failing later.
            repo_label_id(item["name"])
        surfaces = tuple(item.get("surfaces") or ([item["surface"]] if item.get("surface") else []))
        entities.append(GoldEntity(item["type"], item["name"], surfaces, item["role"]))
    return GoldPaper(
        paper_id=raw["paper_id"],
        title=raw["title"],
        file=raw["file"],
        line=int(raw["line"]),
        entities=tuple(entities),
        notes=raw.get("notes") or "",
    )


@dataclass
class Counts:
    """True positives, false positives and false negatives of one measured class."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self


@dataclass
class Report:
    """Scores per entity type and for builds_on, the role confusion, and every error."""

    papers: int = 0
    by_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    builds_on: Counts = field(default_factory=Counts)
    # (gold role, predicted role) -> count, over entities both sides found
    roles: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @classmethod
    def total(cls, reports: Iterable[Report]) -> Report:
        """Several gold files' reports as one: papers, counts, role agreement and errors
        added up (the figures of all the files' papers scored together)."""
        total = cls()
        for report in reports:
            total.papers += report.papers
            for entity_type, counts in report.by_type.items():
                total.by_type[entity_type] += counts
            total.builds_on += report.builds_on
            total.roles.update(report.roles)
            total.errors.extend(report.errors)
        return total

    def rows(self) -> dict[str, Counts]:
        return {**self.by_type, "builds_on": self.builds_on}

    def table(self) -> str:
        lines = [f"{'':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for name, c in self.rows().items():
            lines.append(
                f"{name:<12}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                f"{c.tp:>6}{c.fp:>6}{c.fn:>6}"
            )
        same = sum(n for (gold, found), n in self.roles.items() if gold == found)
        lines.append(f"role agreement on found entities: {same}/{sum(self.roles.values())}")
        lines.append(f"papers: {self.papers}")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "papers": self.papers,
            **{
                name: {
                    "precision": c.precision,
                    "recall": c.recall,
                    "f1": c.f1,
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                }
                for name, c in self.rows().items()
            },
            "roles": {f"{gold}->{found}": n for (gold, found), n in sorted(self.roles.items())},
        }


@dataclass(frozen=True)
class Found:
    """What the linker says about one entity of a paper, as the scorer sees it."""

    entity_id: str
    type: str
    role: str
    surface: str
    confidence: float | None = None


def found_entities(mentions: Iterable[Mention]) -> list[Found]:
    """The linker's entities; Hub model/dataset links found as URLs count as repos (a
    bare Hub id written as a name, "facebook/wav2vec2-large", names the model)."""
    return [
        Found(
            m.entity_id,
            "repo" if _is_url(m.surface) and _on_the_hub(m.entity_id) else m.entity_type,
            m.role.value,
            m.surface,
            getattr(m, "confidence", None),  # older linkers' mentions have none
        )
        for m in mentions
    ]


def _is_url(surface: str) -> bool:
    return any(host in surface.lower() for host in ("huggingface.co", "hf.co/", "modelscope."))


def _says_builds_on(found: Found, min_confidence: float) -> bool:
    """builds_on as the queries that rest on it see it: confident enough, or unscored."""
    if found.role != Role.BUILDS_ON:
        return False
    return found.confidence is None or found.confidence >= min_confidence


def label_ids(linker: Linker, entity: GoldEntity) -> frozenset[str]:
    """The ids a reader accepts for a label: by catalog alias, spelling variant, or slug."""
    if entity.type == "repo":
        return frozenset({repo_label_id(entity.name)})
    accepted: set[str] = set()
    prefix = f"{entity.type}:"
    make = ids.model_id if entity.type == "model" else ids.dataset_id
    for text in dict.fromkeys((entity.name, *entity.surfaces)):
        known = [i for i in linker.catalog.lookup(text) if i.startswith(prefix)]
        if not known and entity.type == "model":
            # "an Inception network" labelled "Inception": the catalog names the network
            # with its head noun ("Inception network"), the label without it.
            known = [i for i in linker.catalog.lookup(f"{text} network") if i.startswith(prefix)]
        accepted.update(known)
        if not known:
            whole = [c for c in linker.index.candidates(text) if (c.start, c.end) == (0, len(text))]
            accepted.update(
                h.entity_id for c in whole for h in c.hits if h.entity_id.startswith(prefix)
            )
        accepted.add(make(name=text))
        if entity.type == "model" and (sized := _sized_label(linker, text)) is not None:
            # "UniSpeech-SAT Large": the linker names a size of a catalog family the
            # catalog lacks by the family's catalog name ("UniSpeechSat Large").
            accepted.add(sized)
        if _LETTERS_THEN_NUMBER.search(text):
            # The id of the same name spelled with the number joined on or hyphenated: an
            # unseen name's id is made from its spelling ("model:resnet-38" for a depth the
            # linker names "ResNet-38"), which a label may write "ResNet38".
            accepted.add(make(name=_LETTERS_THEN_NUMBER.sub("", text)))
            accepted.add(make(name=_LETTERS_THEN_NUMBER.sub("-", text)))
        if _HUB_ID.fullmatch(text):
            # "facebook/wav2vec2-large" written as a name names that Hub repository.
            accepted.add(ids.hosted_id(entity.type, "hf", text))
        if entity.type == "dataset":
            # "Forest Trail dataset" names the Forest Trail dataset: a reader accepts the name
            # without the head noun an annotator kept to make a descriptive name read as one.
            bare = _DATASET_HEAD_WORD.sub("", text)
            if bare and bare != text:
                accepted.add(make(name=bare))
    return frozenset(accepted)


def _sized_label(linker: Linker, text: str) -> str | None:
    """The id the linker gives a size written after a catalog model's name (its catalog
    name and the size, a numeric size upper-cased), when the label's text is one."""
    for match in _SIZE_ENDING.finditer(text):
        if match.end() != len(text):
            continue
        family = [i for i in linker.catalog.lookup(text[: match.start()]) if i.startswith("model:")]
        if len(family) != 1:
            return None
        size = match.group("size")
        size = size.upper() if size[:1].isdigit() else size
        return ids.model_id(name=f"{linker.catalog.entries[family[0]].name} {size}")
    return None


def _on_the_hub(entity_id: str) -> bool:
    """Whether the id names a model or dataset hosted on Hugging Face or ModelScope
    (`model:hf:...`, `model:modelscope:...`): the guideline labels their URLs as repos, and
    `repo_label_id` reads such a label as that id."""
    hosted_parts = getattr(ids, "hosted_parts", None)
    if hosted_parts is None:
        # scripts/evaluate_linking.py scores older releases with this scorer; their ids
        # module predates `hosted_parts` but spells Hub ids the same way.
        return ":hf:" in entity_id or ":modelscope:" in entity_id
    hosted = hosted_parts(entity_id)
    return hosted is not None and hosted[0] in ("hf", "modelscope")


def repo_label_id(name: str) -> str:
    """The id a repo label names ("github:owner/name", "hf:datasets/owner/name"); a
    ValueError for a name that is no repository of a host the guideline counts."""
    # A label copies the text's URL; a PDF's dot above for an underscore is the underscore
    # (linker/repos.py reads it so: no repository name holds the dot above).
    host, _, path = name.replace("\u02d9", "_").partition(":")
    if host == "hf" and path.startswith("datasets/"):
        return ids.hosted_id("dataset", "hf", path.removeprefix("datasets/"))
    if host == "hf" and not path.startswith("spaces/"):
        return ids.hosted_id("model", "hf", path)
    if host == "modelscope":
        return ids.hosted_id("model", host, path)
    return ids.repo_id(host, path)


def compare(
    linker: Linker,
    gold: GoldPaper,
    found: list[Found],
    report: Report,
    title: str,
    min_confidence: float = BUILDS_ON_MIN_CONFIDENCE,
) -> None:
    """Add one paper's agreement with its labels to `report`.

    A `builds_on` counts as said when its confidence reaches `min_confidence`, the default
    of the queries that rest on it: the score is that of what users get.
    """
    report.papers += 1
    short = title[:60]
    matched: list[tuple[GoldEntity, Found]] = []
    for entity_type in TYPES:
        labels = [(e, label_ids(linker, e)) for e in gold.entities if e.type == entity_type]
        predicted = [f for f in found if f.type == entity_type]
        unused = {f.entity_id: f for f in predicted}
        counts = report.by_type[entity_type]
        for entity, accepted in labels:
            hit = next((i for i in unused if i in accepted), None)
            if hit is None:
                counts.fn += 1
                report.errors.append(f"FN {entity_type} {entity.name!r} in {short!r}")
                continue
            counts.tp += 1
            matched.append((entity, unused.pop(hit)))
        for extra in unused.values():
            counts.fp += 1
            report.errors.append(
                f"FP {entity_type} {extra.surface!r} ({extra.entity_id}) in {short!r}"
            )
    matched_found = {id(f) for _, f in matched}
    for entity, item in matched:
        report.roles[entity.role, item.role] += 1
        if entity.role != item.role:
            report.errors.append(
                f"ROLE {item.surface!r}: {item.role} != gold {entity.role} in {short!r}"
            )
        wanted, said = entity.role == Role.BUILDS_ON, _says_builds_on(item, min_confidence)
        report.builds_on.tp += wanted and said
        report.builds_on.fp += said and not wanted
        report.builds_on.fn += wanted and not said
    # builds_on said of an entity with no label at all, or a labelled one never found
    report.builds_on.fp += sum(
        1 for f in found if _says_builds_on(f, min_confidence) and id(f) not in matched_found
    )
    found_labels = {id(e) for e, _ in matched}
    report.builds_on.fn += sum(
        1 for e in gold.entities if e.role == Role.BUILDS_ON and id(e) not in found_labels
    )


def score(
    gold_path: str | os.PathLike[str],
    linker: Linker,
    *,
    link: Any = None,
    min_confidence: float = BUILDS_ON_MIN_CONFIDENCE,
) -> Report:
    """Link every paper of a gold file and compare with its labels.

    `link` (paper -> mentions) replaces the linker's own decisions, so that another linker
    (a baseline, an older release) is scored by the same rules on the same papers; the
    linker is still used to read labels.
    """
    report = Report()
    gold = read_gold(gold_path)
    papers = _papers_by_id(_resolve(gold_path, g.file) for g in gold)
    for number, item in enumerate(gold, 1):
        paper = papers.get(item.paper_id)
        if paper is None:
            raise InputError(str(gold_path), number, f"paper {item.paper_id} not found")
        mentions = link(paper) if link is not None else linker.link(paper).mentions
        compare(linker, item, found_entities(mentions), report, paper.title, min_confidence)
    return report


def _resolve(gold_path: str | os.PathLike[str], file: str) -> Path:
    """A gold file's `file` path: as given (from the repository root), else beside the gold
    file's ancestors, so the scores do not depend on the working directory."""
    candidate = Path(file)
    if candidate.exists():
        return candidate
    for folder in Path(gold_path).resolve().parents:
        if (folder / file).exists():
            return folder / file
    return candidate


def _papers_by_id(files: Iterator[Path]) -> dict[str, Paper]:
    papers: dict[str, Paper] = {}
    for path in sorted(set(files)):
        for paper in daily_papers.load(path):
            papers.setdefault(paper.id, paper)
    return papers
