"""German, the longest of the app's languages, fits every screen of a 1024 x 600 display.

The German screen file is compiled in the test (pyside6-lrelease into a temporary folder), so
nothing depends on a build step; Qt's own German (qtbase_de.qm) comes with it, and the
exercises' German texts are applied as the app applies them. Entries not yet translated show
in English, which is what a person would see too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.helpers.languages import catalog_texts, content_with, translators
from tests.i18n.clipping import clipped
from tests.i18n.conftest import SMALL_SCREEN, OpenIn
from tests.i18n.walk import walk

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def test_german_fits_every_screen_at_1024_by_600(
    open_in: OpenIn, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    catalog, routines = content_with(catalog_texts("de"))
    app = open_in(translators("de", tmp_path), GERMAN, catalog, routines)
    room = QSize(*SMALL_SCREEN)
    found: dict[str, str] = {}
    screens: list[str] = []

    def visit(screen: str, top: QWidget) -> None:
        screens.append(screen)
        if top is not app.window:  # a window manager fits a dialog to the small screen
            top.resize(top.size().boundedTo(room))
        QApplication.processEvents()
        least = top.minimumSizeHint()
        if room.expandedTo(least) != room:
            found.setdefault(f"{type(top).__name__} needs at least {least.width()} x "
                             f"{least.height()}", screen)
        for problem in clipped(top):
            found.setdefault(problem, screen)

    assert (app.window.width(), app.window.height()) == SMALL_SCREEN
    walk(app.window, app.clock, catalog, routines, monkeypatch, visit)
    assert len(screens) > 40, screens
    report = [f"{screen}: {problem}" for problem, screen in found.items()]
    assert not report, f"{len(report)} do not fit:\n" + "\n".join(report)


def test_a_cut_label_button_and_header_are_each_named(qtbot: QtBot) -> None:
    """The check can fail: words wider than their widget are reported."""
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    label, button = QLabel("Oberschenkelrückseite dehnen"), QPushButton("Überspringen")
    table = QTableWidget(1, 1)
    table.setHorizontalHeaderLabels(["Wiederholungen"])
    table.horizontalHeader().resizeSection(0, 20)
    for widget in (label, button, table):
        widget.setMaximumWidth(40)
        layout.addWidget(widget)
    top.show()
    QApplication.processEvents()
    found = list(clipped(top))
    assert [problem.split(" needs")[0] for problem in found] == [
        "QLabel 'Oberschenkelrückseite dehnen'",
        "QPushButton 'Überspringen'",
        "QHeaderView 'Wiederholungen'",
    ]
