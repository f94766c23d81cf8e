"""Every page and dialog fits a small 1024 x 600 screen, at the app's 14 pt text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.core.program import Side
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.dialogs import AboutDialog, SafetyNotice
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.routine_editor import RoutineEditor
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.side_question import SideQuestion
from footdrop_gui.ui.theme import Scheme, apply_body_font, apply_scheme

# The room a window has on a 1024 x 600 screen, less a panel and its title bar.
ROOM = (1024, 560)
CATALOG = bundled.catalog()


@pytest.fixture
def window(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, journal: Journal
) -> Iterator[MainWindow]:
    apply_body_font(qapp)
    apply_scheme(qapp, Scheme.LIGHT)
    settings = AppSettings(data_dir)
    settings.acknowledge_safety()
    win = MainWindow(CATALOG, bundled.routines(), settings, data_dir, journal)
    qtbot.addWidget(win)
    yield win


PAGES: dict[str, Callable[[MainWindow], QWidget]] = {
    "library": lambda w: w.library_page,
    "history": lambda w: w.history,
    "routines": lambda w: w.routines_page,
}
DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "routine editor": lambda w: RoutineEditor(bundled.routines()[0], CATALOG, Side.LEFT, w),
    "safety notice": lambda w: SafetyNotice(CATALOG, True, w),
    "about": lambda w: AboutDialog(CATALOG, Path.home(), w),
    "affected foot": lambda w: SideQuestion(None, w),
}


@pytest.mark.parametrize("page", PAGES)
def test_each_page_fits(window: MainWindow, page: str) -> None:
    window.show_library()
    PAGES[page](window)  # made, and so part of the window's minimum size
    hint = window.minimumSizeHint()
    assert hint.width() <= ROOM[0] and hint.height() <= ROOM[1], page


@pytest.mark.parametrize("dialog", DIALOGS)
def test_each_dialog_fits(window: MainWindow, dialog: str) -> None:
    made = DIALOGS[dialog](window)
    hint = made.minimumSizeHint()
    assert hint.width() <= ROOM[0] and hint.height() <= ROOM[1], dialog
    made.deleteLater()
