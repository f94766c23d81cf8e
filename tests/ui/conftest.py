"""Fixtures shared by the window's tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The warnings a page shows (title, text), in place of the modal boxes."""
    shown: list[tuple[str, str]] = []

    def warn(_parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return shown
