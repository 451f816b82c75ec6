"""Finding nodes by what people call them: exact names, whole words, then close spellings.

`citegraph show TEXT` and every query's "no model called X" error use these. The rules, in
order, are the catalog linker's applied to look-ups: an exact name decides; a name containing
TEXT as whole words (`DSPy` in "DSPy: Compiling Declarative ...") is a match; rapidfuzz only
ranks what is left as suggestions, it never decides (`GPT-9` suggests GPT-4, it does not
become GPT-4).

Both stores hand the same `Entry` list to these functions (built from a networkx graph or
from the store's paged reads), so suggestions and matches are identical on networkx and Neo4j.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx
from rapidfuzz import fuzz, process, utils

from citegraph.graph.display import display_name

if TYPE_CHECKING:
    from citegraph.graph.store import GraphStore

ALL_LABELS = ("Paper", "Model", "Dataset", "Repo")
# Below this rapidfuzz WRatio a spelling is too far off to suggest.
SUGGESTION_CUTOFF = 75.0
_NAME_FIELDS = ("name", "title", "path", "hf_id")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Entry:
    """One node as look-ups see it: id, label, display name and every name it answers to."""

    id: str
    label: str
    display: str
    names: tuple[str, ...]


def entry_from_properties(node_id: str, props: dict[str, Any]) -> Entry:
    """The look-up entry of a node, from the properties either store holds."""
    names = [props.get(field) for field in _NAME_FIELDS]
    names.extend(props.get("aliases") or ())
    kept = tuple(dict.fromkeys(n for n in names if isinstance(n, str) and n))
    display = display_name(props, node_id)
    return Entry(id=node_id, label=str(props.get("type", "")), display=display, names=kept)


def networkx_entries(graph: nx.MultiDiGraph, labels: Iterable[str] = ALL_LABELS) -> list[Entry]:
    """Look-up entries of the nodes with these labels, in id order."""
    wanted = set(labels)
    return sorted(
        (
            entry_from_properties(node_id, attrs)
            for node_id, attrs in graph.nodes(data=True)
            if attrs.get("type") in wanted
        ),
        key=lambda entry: entry.id,
    )


def store_entries(store: GraphStore, labels: Iterable[str] = ALL_LABELS) -> list[Entry]:
    """The same entries read through the store protocol: names only, not whole nodes
    (on Neo4j, not the whole graph either)."""
    entries = []
    for label in sorted(set(labels) & set(ALL_LABELS)):
        for node_id, props in store.nodes(label, properties=(*_NAME_FIELDS, "aliases")):
            entries.append(entry_from_properties(node_id, props))
    return sorted(entries, key=lambda entry: entry.id)


def words(text: str) -> tuple[str, ...]:
    """Lower-cased words of a name, punctuation dropped: "Flan-T5 XL" -> (flan, t5, xl)."""
    return tuple(_WORD.findall(text.casefold()))


def exact(text: str, entries: Iterable[Entry]) -> list[Entry]:
    """Entries whose id is `text` or with a name equal to it in any case."""
    folded = text.casefold()
    return [
        entry
        for entry in entries
        if entry.id == text or any(name.casefold() == folded for name in entry.names)
    ]


def containing(text: str, entries: Iterable[Entry]) -> list[Entry]:
    """Entries with a name that holds `text` as whole words, best first.

    Whole words keep digits honest: "T5" is found in "Flan-T5 XL" but not in "mT5", and
    "Llama 2" not in "Llama 3". Best first means the name closest to `text` overall.
    """
    wanted = words(text)
    if not wanted:
        return []
    found = []
    for entry in entries:
        matching = [name for name in entry.names if _holds(words(name), wanted)]
        if matching:
            found.append((_closeness(text, matching), entry))
    found.sort(key=lambda pair: (-pair[0], pair[1].display.casefold(), pair[1].id))
    return [entry for _, entry in found]


def suggestions(text: str, entries: list[Entry], limit: int = 3) -> list[Entry]:
    """The entries a user most likely meant by `text`: whole-word matches, then spellings
    rapidfuzz puts at or above `SUGGESTION_CUTOFF`, each node once."""
    chosen = containing(text, entries)[:limit]
    if len(chosen) >= limit:
        return chosen
    taken = {entry.id for entry in chosen}
    names = [(name, entry) for entry in entries if entry.id not in taken for name in entry.names]
    scored = process.extract(
        text, [name for name, _ in names], scorer=fuzz.WRatio, processor=utils.default_process,
        score_cutoff=SUGGESTION_CUTOFF, limit=None,
    )  # fmt: skip
    # WRatio admits a name (it forgives a short text inside a long title); the plain ratio
    # of the whole strings ranks them, so "GPT-9" puts GPT-4 before GPT and ChatGPT.
    best: dict[str, tuple[tuple[float, float], Entry]] = {}
    for name, score, index in scored:
        entry = names[index][1]
        rank = (fuzz.ratio(text, name, processor=utils.default_process), score)
        if entry.id not in best or rank > best[entry.id][0]:
            best[entry.id] = (rank, entry)
    ranked = sorted(
        best.values(), key=lambda pair: (-pair[0][0], -pair[0][1], pair[1].display.casefold(),
                                         pair[1].id),
    )  # fmt: skip
    return chosen + [entry for _, entry in ranked[: limit - len(chosen)]]


def did_you_mean(text: str, entries: list[Entry]) -> str:
    """`; did you mean 'A', 'B' or 'C'?` for an error message, or "" with nothing close."""
    shown = [repr(entry.display) for entry in suggestions(text, entries)]
    if not shown:
        return ""
    listed = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"
    return f"; did you mean {listed}?"


def _holds(name: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    width = len(wanted)
    return any(name[i : i + width] == wanted for i in range(len(name) - width + 1))


def _closeness(text: str, names: list[str]) -> float:
    return max(fuzz.ratio(text, name, processor=utils.default_process) for name in names)
