"""Saving the history from the window into a place that cannot take it: one calm message that
says what to do, never a traceback, and no half-written file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.history_view import HistoryView
from tests.storage.sessions import program, run_session


@pytest.mark.parametrize(
    ("place", "words"),
    [
        ("/sys/history.csv", "Cannot write to /sys ("),  # no one may add a file there
        ("/dev/null", "it is not an ordinary file"),
        ("{tmp}/missing/history.csv", "Cannot write to"),
    ],
)
def test_a_place_that_cannot_take_the_file_is_explained(
    qapp: QApplication, qtbot: QtBot, journal: Journal, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, place: str, words: str,
) -> None:  # fmt: skip
    run_session(journal, program("toe-lifts"), 30)
    view = HistoryView(journal, bundled.catalog())
    qtbot.addWidget(view)
    target = place.format(tmp=tmp_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (target, ""))
    said: list[tuple[str, str]] = []

    def warn(_parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
        said.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    view.export()
    ((title, text),) = said
    assert title == "Not saved" and words in text and "Try another folder" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
