"""Loading the library, once the loading window is on screen: catalog, history, main window.

Kept apart from run.py so that everything heavy (the window's modules, the drawings, SQLite)
is imported only after the loading window has been painted.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from footdrop_gui import bundled
from footdrop_gui.core.catalog import CatalogError
from footdrop_gui.core.routine import RoutineError
from footdrop_gui.startup.problems import StartupProblem
from footdrop_gui.storage.db import HISTORY_FILE, HistoryError, HistoryOpenError, open_store
from footdrop_gui.storage.errors import met_in_file
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.later_check import LaterCheck
from footdrop_gui.ui.first_frame import AfterFirstFrame
from footdrop_gui.ui.illustration import app_icon
from footdrop_gui.ui.language_menu import show_language_note
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import apply_scheme

# The daily backup waits until the library has been on screen a moment: never on the start path.
BACKUP_AFTER_MS = 3000


@dataclass(frozen=True)
class LoadedApp:
    """What start-up hands over: the main window and the history it writes to (closed when
    the app ends)."""

    window: MainWindow
    journal: Journal


def load_main_window(
    app: QApplication, data_dir: Path, settings: AppSettings, check_later: bool = True
) -> LoadedApp:
    """Load the catalog and history, show the main window, then start sound and greet."""
    try:
        catalog = bundled.catalog()
        routines = bundled.routines()
    except (CatalogError, RoutineError) as exc:
        raise StartupProblem(str(exc)) from exc
    try:  # a damaged file is set aside; any other problem refused
        opened = open_store(data_dir, check_later=check_later)
    except HistoryOpenError as exc:
        raise StartupProblem(str(exc), exc.kind.exit_code) from exc
    # Unchecked (storage/later_check.py): checked on a thread while the library shows.
    later = LaterCheck(data_dir / HISTORY_FILE) if opened.unchecked else None
    journal = Journal(opened.conn, check=later)
    try:
        if not opened.unchecked:
            journal.purge_deleted()  # else once the check says the file is sound
        settings.last_dark = apply_scheme(app, settings.scheme)  # it used last time's
        window = MainWindow(catalog, routines, settings, data_dir, journal)
    except BaseException as exc:
        journal.close()
        if opened.unchecked and met_in_file(exc):  # the first screen's reads met the damage
            return load_main_window(app, data_dir, settings, check_later=False)
        raise
    if opened.unchecked:
        window.check_history_later()
    window.show()
    AfterFirstFrame(window, lambda: app.setWindowIcon(app_icon()))  # Qt's SVG plugin: 2 ms
    show_language_note(window)  # exercises in English when their translation failed
    window.schedule_first_run(opened.notice, damaged=opened.damaged is not None)
    QTimer.singleShot(BACKUP_AFTER_MS, window, lambda: daily_backup(journal, data_dir))
    return LoadedApp(window, journal)


def daily_backup(journal: Journal, data_dir: Path) -> None:
    """The day's checked copy of the history; after a failure, the next start tries again."""
    from footdrop_gui.storage.backups import backup_if_due  # 3 s later: not on the start path

    with suppress(HistoryError, OSError):  # a CopyError is an OSError
        backup_if_due(journal.connection, data_dir, datetime.now())
