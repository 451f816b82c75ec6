"""Shared fixtures: the bundled Daily Papers dumps are the real-world test data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DUMPS_DIR = REPO / "examples" / "data" / "hf-papers"


@pytest.fixture(scope="session")
def bundled_dumps() -> list[Path]:
    """The four bundled dumps, in name order."""
    dumps = sorted(DUMPS_DIR.glob("*.txt"))
    assert len(dumps) == 4, f"expected 4 bundled dumps in {DUMPS_DIR}"
    return dumps
