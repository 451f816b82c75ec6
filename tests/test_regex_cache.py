"""The linker's compiled patterns kept between processes (linker/regex_cache.py): every
pattern it hands out is what `re.compile` makes, a warm process compiles none, and a
damaged or unwritable cache only costs the compiling."""

from __future__ import annotations

import _sre
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import citegraph.linker  # noqa: F401 - imports every module that compiles patterns
from citegraph.linker import regex_cache

# A fresh interpreter: import the linker, save its patterns as loading the compiled
# catalog does (or load it: `compiled_linker()`), and report what the pattern cache did.
_PROBE = """
import json, sys
from citegraph.linker import regex_cache
from citegraph.linker.cache import compiled_linker
compiled_linker() if sys.argv[1] == "catalog" else regex_cache.save()
print(json.dumps({"compiled": regex_cache.compiled_from_source(),
                  "patterns": regex_cache.patterns_in_use()}))
"""


def _probe(cache: Path, then: str = "save") -> dict[str, int]:
    env = {**os.environ, "CITEGRAPH_CACHE_DIR": str(cache)}
    run = subprocess.run(
        [sys.executable, "-c", _PROBE, then],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.splitlines()[-1])


def test_every_pattern_handed_out_is_what_re_compile_makes() -> None:
    kept = regex_cache.arguments_in_use()
    assert len(kept) > 400  # the linker's modules compile about 500 patterns
    for (pattern, flags), arguments in kept.items():
        assert _sre.compile(*arguments) == re.compile(pattern, flags), pattern[:80]


@pytest.mark.slow
def test_a_warm_process_compiles_no_pattern(tmp_path: Path) -> None:
    first = _probe(tmp_path)
    assert first["compiled"] == first["patterns"] > 400
    assert regex_cache.cache_file(tmp_path).exists()
    assert _probe(tmp_path) == {"compiled": 0, "patterns": first["patterns"]}


@pytest.mark.slow
def test_loading_the_compiled_catalog_keeps_the_patterns_beside_it() -> None:
    # the session's cache folder (tests/conftest.py), whose compiled catalog is warm
    folder = Path(os.environ["CITEGRAPH_CACHE_DIR"])
    _probe(folder, then="catalog")
    assert regex_cache.cache_file(folder).exists()
    assert _probe(folder, then="catalog")["compiled"] == 0


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped"])
def test_a_damaged_file_is_compiled_again_and_rewritten(tmp_path: Path, damage: str) -> None:
    _probe(tmp_path)
    path = regex_cache.cache_file(tmp_path)
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"not a cache file")
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    else:
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :])
    again = _probe(tmp_path)
    assert again["compiled"] == again["patterns"] > 400  # all compiled, nothing trusted
    assert _probe(tmp_path)["compiled"] == 0  # and the file was rewritten whole


@pytest.mark.slow
def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    cold = _probe(blocker / "cache")  # the folder cannot be made: compiled, not saved
    assert cold["compiled"] == cold["patterns"] > 400
    assert _probe(blocker / "cache")["compiled"] == cold["patterns"]


def test_bytes_and_compiled_patterns_go_to_re_compile() -> None:
    compiled = regex_cache.compile(r"(?P<name>Zorb)\d+", re.IGNORECASE)
    assert compiled == re.compile(r"(?P<name>Zorb)\d+", re.IGNORECASE)
    already = re.compile("x")
    assert regex_cache.compile(already) is already  # as re.compile returns a Pattern
    assert regex_cache.compile(b"bytes") == re.compile(b"bytes")
