"""Shared fixtures. Qt runs offscreen, and any Qt warning fails the test (pyproject)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from PySide6.QtWidgets import QApplication

from footdrop_gui import bundled
from footdrop_gui.core.translation import use_translator
from footdrop_gui.storage.journal import Journal
from tests.helpers.languages import qt_translate, translators

# Set before pytest-qt creates the QApplication: a 1280x800 offscreen screen
# (the default one is 800x600, smaller than the app's minimum size).
_SCREEN = Path(__file__).with_name("offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"


# The suite reads English whatever this computer's language (LANGUAGE comes first: see
# footdrop_gui/language.py); tests of other languages say theirs.
os.environ["LANGUAGE"] = "en"

# Property tests: a quick run while working, the full count in CI (.ci/run sets CI=true);
# HYPOTHESIS_PROFILE=ci (or dev) chooses either by name.
settings.register_profile("dev", max_examples=200)
settings.register_profile("ci", max_examples=5000)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


@pytest.fixture(scope="session")
def qapp(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[QApplication]:
    """pytest-qt's application, speaking English as the app does: with footdrop_en's plural
    forms ("1 rep", "2 reps") installed and core's words routed through Qt."""
    english = translators("en", tmp_path_factory.mktemp("english"))  # alive while installed
    for translator in english:
        qapp.installTranslator(translator)
    use_translator(qt_translate)
    yield qapp


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, private data folder for each test."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    """The history journal of the test's data folder."""
    opened, _ = Journal.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def catalog_data() -> dict[str, Any]:
    """The shipped catalog as plain JSON data, for tests that break it on purpose."""
    text = bundled.resource(bundled.CATALOG_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
