"""Helpers the linker's tests share: a paper from a text, what a linker finds in it, and a
linker over a small catalog of invented names (so a test shows a rule, not the catalog)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from citegraph.graph import ids
from citegraph.graph.records import Paper, Role, SourceRef
from citegraph.linker import Linker
from citegraph.linker.catalog import Catalog, load_files
from citegraph.linker.roles import Sentences, mention_role


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


def names(linker: Linker, abstract: str, title: str = "A Study") -> set[str]:
    """The names of everything the linker links in the paper (the catalog rounds' tests)."""
    return {m.name for m in linker.link(paper(abstract, title)).mentions}


def names_by_surface(linker: Linker, abstract: str, title: str = "A Study") -> dict[str, str]:
    """The name each linked surface is linked to: which entry a spelling reached."""
    return {m.surface: m.name for m in linker.link(paper(abstract, title)).mentions}


def ids_by_surface(linker: Linker, abstract: str, title: str = "A Study") -> dict[str, str]:
    """The entity id each linked surface is linked to."""
    return {m.surface: m.entity_id for m in linker.link(paper(abstract, title)).mentions}


def assert_stated_by(catalog: Catalog, expected: dict[str, tuple[str, ...]]) -> None:
    """Each name looks up one generated entry whose source is that package (the catalog
    rounds' tests: `{"package": ("Name", ...)}`)."""
    for package, names in expected.items():
        for name in names:
            (found,) = catalog.lookup(name)
            entry = catalog.entries[found]
            assert entry.generated and f"{package} " in entry.source, (name, entry.source)


def assert_apart(catalog: Catalog, pairs: list[tuple[str, str]]) -> None:
    """The first name of each pair looks up an entry, and not the second's (the catalog
    rounds' guard pairs: a new name and the neighbour it could be confused with)."""
    for one, other in pairs:
        assert catalog.lookup(one), one
        assert catalog.lookup(one) != catalog.lookup(other), (one, other)


def small_linker(folder: Path, catalog_toml: str) -> Linker:
    """A linker over one catalog file with these entries, written into `folder`."""
    path = folder / "small.toml"
    path.write_text(catalog_toml, encoding="utf-8")
    return Linker(load_files(path))


def small_linker_fixture(catalog_toml: str) -> Callable[..., Linker]:
    """A module-scoped fixture `small`: a linker over this catalog, built once per module.

    Assign it in a test module (`small = small_linker_fixture(_CATALOG)`)."""

    @pytest.fixture(scope="module", name="small")
    def small(tmp_path_factory: pytest.TempPathFactory) -> Linker:
        return small_linker(tmp_path_factory.mktemp("catalog"), catalog_toml)

    return small


def rule_role(text: str, name: str, *, last: bool = False) -> Role:
    """The cue rules' role for the first (or, with `last`, the last) mention of model `name`."""
    start = text.rindex(name) if last else text.index(name)
    return mention_role(Sentences(text), start, start + len(name), "model")


# A catalog of one invented model family, for tests whose names are all unseen (the
# linker's patterns, not the catalog, must find them).
ONE_FAMILY_CATALOG = """
version = "2026.11.0"

[[family]]
key = "quuxnet"
name = "QuuxNet"
kind = "vision"
source = "test fixture"
"""


def introduced(abstract: str, title: str) -> list[tuple[str, str]]:
    """The models and data sets the introduction patterns say the paper introduces, as
    (name, type) in text order: the introduction tests' one reading of find_introductions."""
    from citegraph.linker.introduced import find_introductions

    text = f"{title}\n\n{abstract}"
    return [
        (i.name, i.entity_type)
        for i in find_introductions(text, len(title))
        if i.entity_type != "method" and i.introduces
    ]
