"""Shared fixtures. Qt runs offscreen, and any Qt warning fails the test (pyproject)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from pathlib import Path
from typing import Any

import pytest

from footdrop_gui import bundled


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, private data folder for each test."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def catalog_data() -> dict[str, Any]:
    """The shipped catalog as plain JSON data, for tests that break it on purpose."""
    text = bundled.resource(bundled.CATALOG_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
