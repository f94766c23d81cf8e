"""The second half of start-up, once the opening window is on screen: catalog, history, window.

Kept apart from app.py so that everything heavy (the window's modules, the drawings, SQLite)
is imported only after the opening window has been painted.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from footdrop_gui import bundled
from footdrop_gui.core.catalog import CatalogError
from footdrop_gui.core.routine import RoutineError
from footdrop_gui.storage.db import HistoryError
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.illustration import app_icon
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import apply_scheme


class StartupProblem(Exception):
    """Why the app cannot open, in words for the person using it."""


@dataclass(frozen=True)
class OpenWindow:
    """The main window and the history it writes to (closed when the app ends)."""

    window: MainWindow
    journal: Journal


def open_main_window(app: QApplication, data_dir: Path, settings: AppSettings) -> OpenWindow:
    """Load the catalog and history, show the main window, then start sound and greet."""
    try:
        catalog = bundled.catalog()
        routines = bundled.routines()
        journal, notice = Journal.open(data_dir)
    except (CatalogError, RoutineError, HistoryError) as exc:
        raise StartupProblem(str(exc)) from exc
    except sqlite3.Error as exc:
        raise StartupProblem(f"Your exercise history could not be opened ({exc}).") from exc
    try:
        journal.purge_deleted()
        app.setWindowIcon(app_icon())
        settings.last_dark = apply_scheme(app, settings.scheme)  # it used last time's
        window = MainWindow(catalog, routines, settings, data_dir, journal)
    except BaseException:
        journal.close()
        raise
    window.show()
    window.coach.start_engines_later()  # after the first paint, off the start-up path
    window.schedule_first_run(notice)
    return OpenWindow(window, journal)
