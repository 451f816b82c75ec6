"""The compiled catalog: built once, loaded after, rebuilt whenever its inputs change."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from citegraph import loaders, pipeline
from citegraph.cli import extraction_json
from citegraph.graph import ids
from citegraph.graph.records import Paper
from citegraph.linker import Linker, cache, linked_text, load_catalog
from citegraph.linker.cache import compiled_linker, default_cache_dir, load_compiled
from citegraph.linker.candidates import lower_same_length
from citegraph.linker.catalog import build_catalog
from citegraph.linker.packed import PackedMap
from tests.conftest import DUMPS_DIR

pytestmark = [
    pytest.mark.slow,  # compiles the catalog several times
    # On one pytest-xdist worker, so that `uncached` (a linker from the catalog) and
    # `compiled_file` are made once, not once per worker.
    pytest.mark.xdist_group("linker-cache"),
]

TEXT = "We fine-tune Llama-2-7b and compare with GPT-4 on GLUE and SQuAD 2.0 and ZorbQA."


def mentions(linker: Linker) -> list[object]:
    paper = Paper(id=ids.paper_id(title="A Study"), title="A Study", abstract=TEXT)
    return linker.link(paper).mentions


SMALL = '[[dataset]]\nkey = "zorbqa"\nname = "ZorbQA"\nkind = "benchmark"\nsource = "mine"\n'


# Built once per module: a linker made from the catalog without any cache (what every
# cached linker must equal), and a first run's compile of the shipped catalog, whose file
# tests needing "a cache that exists" copy instead of compiling the catalog again (about
# 3 s of CPU each).
@pytest.fixture(scope="module")
def uncached() -> Linker:
    return Linker(load_catalog())


@dataclass(frozen=True)
class FirstRun:
    folder: Path  # READ ONLY: tests copy `file` into folders of their own
    file: Path  # the one compiled catalog the run left there
    linker: Linker  # what the compiling call returned


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> FirstRun:
    """`compiled_linker` in an empty cache folder, as a first run calls it."""
    folder = tmp_path_factory.mktemp("compiled")
    linker = compiled_linker(cache_dir=folder)
    (cached,) = folder.glob("linker-*.pickle")
    return FirstRun(folder, cached, linker)


@pytest.fixture(scope="module")
def compiled_file(first_run: FirstRun) -> Path:
    return first_run.file


def with_compiled_file(folder: Path, compiled_file: Path) -> Path:
    """`folder` as a cache folder that a first run has filled; the copy's path."""
    copy = folder / compiled_file.name
    shutil.copyfile(compiled_file, copy)
    return copy


# The tests of what a cache does with a file it cannot use (broken, damaged, unwritable)
# compile a one-entry catalog (`SMALL`) through `load_compiled`, the function
# `compiled_linker` calls for the shipped files: the rebuild path does not depend on the
# catalog's size, and compiling the shipped catalog cost ~2.5 s of CPU in each of six tests.
SMALL_SOURCES = [("mine.toml", SMALL)]


def load_small(cache_dir: Path) -> Linker:
    return load_compiled(SMALL_SOURCES, shipped=0, cache_dir=cache_dir)


@pytest.fixture(scope="module")
def small_uncached() -> Linker:
    return Linker(build_catalog(SMALL_SOURCES, shipped=0))


@pytest.fixture(scope="module")
def small_compiled_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("small-compiled")
    load_small(folder)
    (cached,) = folder.glob("linker-*.pickle")
    return cached


def inside_a_packed_record(data: bytes) -> int:
    """The offset of the middle byte of a compiled catalog file's largest out-of-band buffer
    (the packed records, unpickled only when a paper names them): damage there leaves the
    outer pickle loadable. The layout is cache.py's: magic, crc32, the number of buffers and
    their lengths (8 bytes each), the buffers, the main pickle."""
    at = len(cache._MAGIC) + 4
    count = int.from_bytes(data[at : at + 4], "big")
    lengths = [
        int.from_bytes(data[at + 4 + 8 * i : at + 12 + 8 * i], "big") for i in range(count)
    ]
    start = at + 4 + 8 * count
    largest = max(range(count), key=lengths.__getitem__)
    return start + sum(lengths[:largest]) + lengths[largest] // 2


def test_the_second_load_comes_from_the_cache_and_links_the_same(
    first_run: FirstRun, uncached: Linker
) -> None:
    # The first load is `first_run`'s (shared: a compile of the shipped catalog apiece
    # cost ~3 s of CPU), which left exactly one compiled file in its empty folder.
    stamp = first_run.file.stat().st_mtime_ns
    second = compiled_linker(cache_dir=first_run.folder)
    assert first_run.file.stat().st_mtime_ns == stamp  # read, not rewritten
    assert mentions(second) == mentions(first_run.linker) == mentions(uncached)


def test_a_user_catalog_file_is_another_compiled_catalog(
    tmp_path: Path, compiled_file: Path
) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[dataset]]\nkey = "zorbqa"\nname = "ZorbQA"\nkind = "benchmark"\nsource = "mine"\n',
        encoding="utf-8",
    )
    cache = tmp_path / "cache"
    cache.mkdir()
    with_compiled_file(cache, compiled_file)  # the shipped catalog, compiled by a run before
    linker = compiled_linker([extra], cache_dir=cache)
    assert len(list(cache.glob("linker-*.pickle"))) == 2
    assert "dataset:zorbqa" in {m.entity_id for m in mentions(linker)}
    extra.write_text(extra.read_text().replace("ZorbQA", "ZorbQB"), encoding="utf-8")
    compiled_linker([extra], cache_dir=cache)
    assert len(list(cache.glob("linker-*.pickle"))) == 3  # changed content, new key


def test_a_broken_cache_file_is_rebuilt(
    tmp_path: Path, small_uncached: Linker, small_compiled_file: Path
) -> None:
    cached = with_compiled_file(tmp_path, small_compiled_file)
    cached.write_bytes(b"not a pickle")
    linker = load_small(tmp_path)
    assert mentions(linker) == mentions(small_uncached)
    assert cached.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    linker = load_small(blocked / "cache")
    assert mentions(linker)
    assert os.environ.get("CITEGRAPH_CACHE_DIR")  # tests never use the user's home


# -- the compiled form: cold and warm runs, laziness, damage, concurrency ------------------


def cli_extract(cache: Path, *args: str) -> bytes:
    run = subprocess.run(
        [sys.executable, "-m", "citegraph", "extract", str(DUMPS_DIR), *args],
        env={**os.environ, "CITEGRAPH_CACHE_DIR": str(cache)},
        capture_output=True,
        check=True,
        timeout=600,
    )
    return run.stdout


def test_extract_is_byte_identical_cold_warm_and_uncached(tmp_path: Path, uncached: Linker) -> None:
    cache = tmp_path / "cache"
    cold = cli_extract(cache)
    (compiled,) = cache.glob("linker-*.pickle")
    stamp = compiled.stat().st_mtime_ns
    warm = cli_extract(cache)
    assert compiled.stat().st_mtime_ns == stamp  # the warm run read it
    without_cache = "".join(
        json.dumps(extraction_json(result), ensure_ascii=False) + "\n"
        for result in pipeline.extract([DUMPS_DIR], linker=uncached)
    ).encode()
    assert cold == warm == without_cache
    assert cold.count(b"\n") > 400


def test_a_warm_load_unpickles_only_the_records_a_paper_names(
    tmp_path: Path, compiled_file: Path, uncached: Linker
) -> None:
    with_compiled_file(tmp_path, compiled_file)
    warm = compiled_linker(cache_dir=tmp_path)
    entries, lineage = warm.catalog.entries, warm.catalog.lineage
    assert isinstance(entries, PackedMap) and isinstance(lineage, PackedMap)
    assert entries.unpacked == lineage.unpacked == 0
    found = mentions(warm)
    assert found
    assert 0 < entries.unpacked < 50 < len(entries)
    assert len(list(entries.values())) == len(entries) == entries.unpacked
    (chat,) = warm.catalog.lookup("Llama-2-7B-Chat")
    assert warm.catalog.ancestors(chat) == uncached.catalog.ancestors(chat) != ()
    assert 0 < lineage.unpacked < 50 < len(lineage)


def test_the_bytes_and_the_str_automaton_find_the_same(uncached: Linker) -> None:
    """ASCII texts are scanned as bytes, the rest as str (offsets in characters): two
    automata over one key list, which must find the same keys at the same places, in the
    same order, wherever a text could go either way."""
    index = uncached.index
    texts = [
        lower_same_length(linked_text(record))
        for path in sorted(DUMPS_DIR.iterdir())
        for record in loaders.load(path)
        if isinstance(record, Paper) and record.title
    ]
    ascii_texts = [text for text in texts if text.isascii()]
    assert len(ascii_texts) > 100
    for text in ascii_texts:
        by_bytes = index._automaton(True).find_matches_as_indexes(text.encode(), overlapping=True)
        by_str = index._automaton(False).find_matches_as_indexes(text, overlapping=True)
        assert by_bytes == by_str
        assert by_bytes  # every abstract holds some key (a cue word at least)


@pytest.mark.parametrize("damage", ["flip", "truncate", "old-format", "empty"])
def test_a_damaged_compiled_catalog_is_rebuilt_not_fatal(
    tmp_path: Path, damage: str, small_uncached: Linker, small_compiled_file: Path
) -> None:
    cached = with_compiled_file(tmp_path, small_compiled_file)
    data = bytearray(cached.read_bytes())
    if damage == "flip":  # inside a packed record: the outer pickle would still load
        data[inside_a_packed_record(data)] ^= 0xFF
    elif damage == "truncate":
        del data[len(data) // 3 :]
    elif damage == "old-format":
        data = bytearray(pickle.dumps(small_uncached))
    else:
        data = bytearray()
    cached.write_bytes(bytes(data))
    linker = load_small(tmp_path)
    assert mentions(linker) == mentions(small_uncached)
    assert cached.read_bytes() != bytes(data)  # rewritten whole
    assert mentions(load_small(tmp_path)) == mentions(linker)


def test_a_changed_catalog_is_compiled_anew(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_compiled([("mine.toml", SMALL)], shipped=0, cache_dir=cache)
    changed = SMALL.replace('source = "mine"', 'aliases = ["Zorb-QA v1"]\nsource = "mine"')
    second = load_compiled([("mine.toml", changed)], shipped=0, cache_dir=cache)
    assert len(list(cache.glob("linker-*.pickle"))) == 2
    assert first.catalog.lookup("Zorb-QA v1") == ()
    assert second.catalog.lookup("Zorb-QA v1") == ("dataset:zorbqa",)
    again = load_compiled([("mine.toml", changed)], shipped=0, cache_dir=cache)
    assert again.catalog.lookup("zorb-qa V1") == ("dataset:zorbqa",)
    assert len(list(cache.glob("linker-*.pickle"))) == 2


def test_concurrent_first_runs_all_succeed_and_leave_one_whole_file(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    script = (
        "import sys; from citegraph.linker.cache import load_compiled; "
        f"linker = load_compiled([('mine.toml', {SMALL!r})], shipped=0, cache_dir=sys.argv[1]); "
        "print(linker.catalog.lookup('ZorbQA'))"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(cache)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    outputs = [run.communicate(timeout=300)[0].strip() for run in runs]
    assert [run.returncode for run in runs] == [0] * 4
    assert outputs == ["('dataset:zorbqa',)"] * 4
    # One whole compiled catalog and no temporary file. A process that compiled the linker's
    # patterns itself (no earlier test warmed the run's pattern cache: this test alone)
    # keeps them beside it too (regex_cache), which is no temporary file either.
    names = sorted(p.name for p in cache.iterdir())
    assert len([name for name in names if name.startswith("linker-")]) == 1, names
    assert all(name.startswith(("linker-", "patterns-")) for name in names), names
    warm = load_compiled([("mine.toml", SMALL)], shipped=0, cache_dir=cache)
    assert warm.catalog.lookup("zorbqa") == ("dataset:zorbqa",)


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITEGRAPH_CACHE_DIR", "/somewhere/else")
    assert default_cache_dir() == Path("/somewhere/else")
    monkeypatch.delenv("CITEGRAPH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    assert default_cache_dir() == Path("/xdg/citegraph")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir() == Path.home() / ".cache" / "citegraph"
