"""Freeze the blind set: record the sha256 of its texts, sources and labels.

Development-time tool, run once when the blind labels are imported (docs/evaluation.md):

    python scripts/gold/freeze.py tests/gold/blind

Writes FROZEN.sha256 in the `sha256sum` format (so `sha256sum -c FROZEN.sha256` checks it
by hand too) over every file of the set that is data: papers.txt, sources.tsv, labels.jsonl
and the double labellings under agreement/. The score log (SCORES.md) and the floor
(FLOOR.json) are not frozen: they record what was measured, and grow. tests/test_gold.py
fails when a frozen file changes or a new data file appears.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

MANIFEST = "FROZEN.sha256"
NOT_FROZEN = frozenset({MANIFEST, "SCORES.md", "FLOOR.json"})


def frozen_files(folder: Path) -> list[Path]:
    """The set's data files, relative to `folder`, in a fixed order."""
    return sorted(
        path.relative_to(folder)
        for path in folder.rglob("*")
        if path.is_file() and path.name not in NOT_FROZEN
    )


def manifest(folder: Path) -> str:
    """The FROZEN.sha256 text for the files of `folder` as they are now."""
    lines = []
    for relative in frozen_files(folder):
        digest = hashlib.sha256((folder / relative).read_bytes()).hexdigest()
        lines.append(f"{digest}  {relative.as_posix()}\n")
    return "".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    text = manifest(args.folder)
    (args.folder / MANIFEST).write_text(text, encoding="utf-8")
    print(text, end="")


if __name__ == "__main__":
    main()
