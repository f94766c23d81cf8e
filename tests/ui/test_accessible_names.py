"""Every control a person can reach has a name a screen reader can say, in words only."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.core.program import Side
from footdrop_gui.storage.journal import Journal, TherapyVisit
from footdrop_gui.ui.dialogs import AboutDialog, SafetyNotice, save_dialog
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.rating_form import RatingForm
from footdrop_gui.ui.routine_editor import ExercisePicker, RoutineEditor
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.side_question import SideQuestion
from footdrop_gui.ui.theme import Scheme, apply_body_font, apply_scheme
from footdrop_gui.ui.visits_view import VisitForm

CATALOG = bundled.catalog()
INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)


@pytest.fixture
def window(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, journal: Journal
) -> Iterator[MainWindow]:
    apply_body_font(qapp)
    apply_scheme(qapp, Scheme.LIGHT)
    journal.add_visit(TherapyVisit(date(2026, 11, 18), "Walking practice"))
    win = MainWindow(CATALOG, bundled.routines(), AppSettings(data_dir), data_dir, journal)
    qtbot.addWidget(win)
    yield win


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def reachable(root: QWidget) -> list[QWidget]:
    """The controls Tab or a click can reach (scroll areas that take focus count too)."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.window() is not root.window():
            continue  # not a Tab stop, or in a pop-up list (named by its box)
        if isinstance(widget, INTERACTIVE) or (
            isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QAbstractItemView)
        ):
            if widget.parent() is not None and isinstance(widget.parent(), QAbstractSpinBox):
                continue  # a spin box's own line edit: the spin box is named
            found.append(widget)
    return found


def symbols(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) in ("So", "Sm", "Sk"))


SCREENS: dict[str, Callable[[MainWindow], QWidget]] = {
    "library": lambda w: w.library_page,
    "history": lambda w: w.history,
    "routines": lambda w: w.routines_page,
    "routine editor": lambda w: RoutineEditor(bundled.routines()[0], CATALOG, Side.LEFT, w),
    "exercise picker": lambda w: ExercisePicker(CATALOG, w),
    "safety notice": lambda w: SafetyNotice(CATALOG, True, w),
    "about": lambda w: AboutDialog(CATALOG, Path.home(), w),
    "affected foot": lambda w: SideQuestion(None, w),
    "how it went": lambda w: save_dialog(w, "How it went", RatingForm()),
    "change a visit": lambda w: save_dialog(w, "Change this visit", VisitForm()),
}


@pytest.mark.parametrize("screen", SCREENS)
def test_every_control_has_a_name_in_words(window: MainWindow, screen: str) -> None:
    root = SCREENS[screen](window)
    if screen == "history":
        window.history.refresh()
    controls = reachable(root)
    assert controls, screen
    unnamed = [type(w).__name__ + ":" + w.objectName() for w in controls if not spoken_name(w)]
    assert not unnamed, f"{screen}: {unnamed}"
    with_symbols = {spoken_name(w): symbols(spoken_name(w)) for w in controls}
    assert not {name: s for name, s in with_symbols.items() if s}, screen
