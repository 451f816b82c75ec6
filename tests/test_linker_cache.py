"""The compiled catalog: built once, loaded after, rebuilt whenever its inputs change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from citegraph.graph import ids
from citegraph.graph.records import Paper
from citegraph.linker import Linker, load_catalog
from citegraph.linker.cache import compiled_linker

pytestmark = pytest.mark.slow  # compiles the catalog several times

TEXT = "We fine-tune Llama-2-7b and compare with GPT-4 on GLUE and SQuAD 2.0 and ZorbQA."


def mentions(linker: Linker) -> list[object]:
    paper = Paper(id=ids.paper_id(title="A Study"), title="A Study", abstract=TEXT)
    return linker.link(paper).mentions


def test_the_second_load_comes_from_the_cache_and_links_the_same(tmp_path: Path) -> None:
    first = compiled_linker(cache_dir=tmp_path)
    (cached,) = tmp_path.glob("linker-*.pickle")
    stamp = cached.stat().st_mtime_ns
    second = compiled_linker(cache_dir=tmp_path)
    assert cached.stat().st_mtime_ns == stamp  # read, not rewritten
    assert mentions(second) == mentions(first) == mentions(Linker(load_catalog()))


def test_a_user_catalog_file_is_another_compiled_catalog(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[dataset]]\nkey = "zorbqa"\nname = "ZorbQA"\nkind = "benchmark"\nsource = "mine"\n',
        encoding="utf-8",
    )
    cache = tmp_path / "cache"
    compiled_linker(cache_dir=cache)
    linker = compiled_linker([extra], cache_dir=cache)
    assert len(list(cache.glob("linker-*.pickle"))) == 2
    assert "dataset:zorbqa" in {m.entity_id for m in mentions(linker)}
    extra.write_text(extra.read_text().replace("ZorbQA", "ZorbQB"), encoding="utf-8")
    compiled_linker([extra], cache_dir=cache)
    assert len(list(cache.glob("linker-*.pickle"))) == 3  # changed content, new key


def test_a_broken_cache_file_is_rebuilt(tmp_path: Path) -> None:
    compiled_linker(cache_dir=tmp_path)
    (cached,) = tmp_path.glob("linker-*.pickle")
    cached.write_bytes(b"not a pickle")
    linker = compiled_linker(cache_dir=tmp_path)
    assert mentions(linker) == mentions(Linker(load_catalog()))
    assert cached.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    linker = compiled_linker(cache_dir=blocked / "cache")
    assert mentions(linker)
    assert os.environ.get("CITEGRAPH_CACHE_DIR")  # tests never use the user's home
