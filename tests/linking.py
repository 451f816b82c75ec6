"""Helpers the linker's tests share: a paper from a text, what a linker finds in it, and a
linker over a small catalog of invented names (so a test shows a rule, not the catalog)."""

from __future__ import annotations

from pathlib import Path

from citegraph.graph import ids
from citegraph.graph.records import Paper, SourceRef
from citegraph.linker import Linker
from citegraph.linker.catalog import load_files


def paper(abstract: str, title: str = "A Study") -> Paper:
    """A listed paper with this title and abstract, from line 7 of a dump."""
    return Paper(
        id=ids.paper_id(title=title),
        title=title,
        abstract=abstract,
        sources=(SourceRef(path="dump.txt", line=7),),
    )


def found(linker: Linker, abstract: str, title: str = "A Study") -> set[str]:
    """The ids of everything the linker links in the paper."""
    return {m.entity_id for m in linker.link(paper(abstract, title)).mentions}


def small_linker(folder: Path, catalog_toml: str) -> Linker:
    """A linker over one catalog file with these entries, written into `folder`."""
    path = folder / "small.toml"
    path.write_text(catalog_toml, encoding="utf-8")
    return Linker(load_files(path))
