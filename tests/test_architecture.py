"""The import directions docs/architecture.md states hold in the source folders.

The doc's "Import directions" table is the rule, so the page and the code cannot drift: this
walks every module's syntax tree (imports at module level, inside functions and under
`TYPE_CHECKING`; absolute and relative), maps each imported `citegraph...` module to the folder
it is installed from (`pyproject.toml`'s `package-dir`), and names each import the table does
not allow. A syntax walk rather than import-linter: the rule is six rows, and reading them
from the doc is what keeps the doc true.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "architecture.md"
_HEADING = "### Import directions"
_FOLDER = re.compile(r"`([\w.-]+)/`")


def package_folders(pyproject: Path) -> dict[str, str]:
    """Installed package name -> source folder, e.g. `citegraph.graph` -> `graph`."""
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return dict(config["tool"]["setuptools"]["package-dir"])


def allowed_imports(doc: str) -> dict[str, set[str]]:
    """Folder -> the other folders it may import, from the table under the heading."""
    if _HEADING not in doc:
        raise AssertionError(f"{DOC.name} has no {_HEADING!r} section")
    section = doc.split(_HEADING, 1)[1].split("\n#", 1)[0]
    allowed: dict[str, set[str]] = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 2:
            continue
        folders = _FOLDER.findall(cells[0])
        if len(folders) == 1:
            allowed[folders[0]] = set(_FOLDER.findall(cells[1]))
    if not allowed:
        raise AssertionError(f"no folder rows under {_HEADING!r} in {DOC.name}")
    return allowed


def imported_modules(source: str, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, absolute dotted name) of everything `module` imports, relative imports resolved.

    `from a import b` yields `a.b`: `b` may be a module, and the folder of `a.b` is found by
    its longest package prefix whether it is one or not.
    """
    parts = module.split(".")
    package = parts if is_package else parts[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                prefix = ".".join([*base, *([node.module] if node.module else [])])
            else:
                prefix = node.module or ""
            for alias in node.names:
                yield node.lineno, f"{prefix}.{alias.name}"


def folder_of(name: str, packages: Mapping[str, str]) -> str | None:
    """The source folder a dotted module name comes from; None outside citegraph."""
    owners = [p for p in packages if name == p or name.startswith(p + ".")]
    return packages[max(owners, key=len)] if owners else None


def violations(
    root: Path, packages: Mapping[str, str], allowed: Mapping[str, set[str]]
) -> tuple[int, list[str]]:
    """(modules checked, one line per import the table forbids)."""
    checked = 0
    problems = []
    for package, folder in sorted(packages.items(), key=lambda item: item[1]):
        for path in sorted((root / folder).rglob("*.py")):
            relative = path.relative_to(root / folder).with_suffix("").parts
            is_package = relative[-1] == "__init__"
            module = ".".join([package, *(relative[:-1] if is_package else relative)])
            checked += 1
            source = path.read_text(encoding="utf-8")
            for line, name in imported_modules(source, module, is_package):
                target = folder_of(name, packages)
                if target is None or target == folder or target in allowed.get(folder, ()):
                    continue
                where = path.relative_to(root).as_posix()
                problems.append(
                    f"{where}:{line} imports {name} ({target}/), which {folder}/ may not import"
                )
    return checked, problems


def test_every_package_folder_has_a_row() -> None:
    folders = set(package_folders(REPO / "pyproject.toml").values())
    stated = allowed_imports(DOC.read_text(encoding="utf-8"))
    assert set(stated) == folders
    assert all(set(targets) <= folders for targets in stated.values())


def test_the_table_says_what_the_guide_says() -> None:
    """Loaders, linker, queries and exports see graph only; graph sees nothing; app all."""
    stated = allowed_imports(DOC.read_text(encoding="utf-8"))
    assert stated["graph"] == set()
    for folder in ("loaders", "linker", "queries", "exports"):
        assert stated[folder] == {"graph"}, folder
    assert stated["app"] == set(stated) - {"app"}


def test_imports_follow_the_stated_directions() -> None:
    packages = package_folders(REPO / "pyproject.toml")
    allowed = allowed_imports(DOC.read_text(encoding="utf-8"))
    checked, problems = violations(REPO, packages, allowed)
    assert checked > 50  # the walk saw the source tree, not an empty folder
    assert problems == []


def test_each_kind_of_forbidden_import_is_named(tmp_path: Path) -> None:
    packages = {"citegraph": "app", "citegraph.graph": "graph", "citegraph.linker": "linker"}
    allowed = {"app": {"graph", "linker"}, "graph": set(), "linker": {"graph"}}
    files = {
        "graph/__init__.py": "",
        "graph/ids.py": "from . import records\nfrom .records import Paper\n",
        "graph/records.py": "import citegraph.linker.policy\n",
        "graph/store.py": "from citegraph import linker\nfrom citegraph import cli\n",
        "graph/sub/__init__.py": "from ...linker import policy\nfrom .. import ids\n",
        "linker/__init__.py": "from citegraph.graph.records import Paper\n",
        "linker/policy.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n"
            "    from citegraph.pipeline import build\n"
            "def late():\n"
            "    from .. import evaluation\n"
        ),
        "app/__init__.py": "",
        "app/cli.py": "from citegraph.graph import ids\nfrom citegraph.linker import policy\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")

    checked, problems = violations(tmp_path, packages, allowed)

    assert checked == len(files)
    assert problems == [
        "graph/records.py:1 imports citegraph.linker.policy (linker/), which graph/ may not import",
        "graph/store.py:1 imports citegraph.linker (linker/), which graph/ may not import",
        "graph/store.py:2 imports citegraph.cli (app/), which graph/ may not import",
        "graph/sub/__init__.py:1 imports citegraph.linker.policy (linker/), "
        "which graph/ may not import",
        "linker/policy.py:3 imports citegraph.pipeline.build (app/), which linker/ may not import",
        "linker/policy.py:5 imports citegraph.evaluation (app/), which linker/ may not import",
    ]
