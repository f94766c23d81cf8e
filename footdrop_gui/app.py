"""Start-up: resolve the data folder, build the QApplication, show the main window."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from footdrop_gui import APP_NAME, __version__, bundled
from footdrop_gui.core.catalog import CatalogError
from footdrop_gui.core.routine import RoutineError
from footdrop_gui.storage.db import HistoryError
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.paths import DataDirError, ensure_data_dir, resolve_data_dir
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import Scheme, apply_base_style, apply_scheme

HEADLESS_PLATFORMS = ("offscreen", "minimal")


def app_icon() -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(bundled.icon_svg()), "SVG")
    return QIcon(pixmap)


def create_application(argv: list[str]) -> QApplication:
    app = QApplication(argv)
    app.setApplicationName("footdrop")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("footdrop")
    app.setWindowIcon(app_icon())
    apply_base_style(app)
    return app


def report_startup_problem(app: QApplication, message: str) -> None:
    """Say why the app cannot start: on stderr always, and in a dialog on a real screen."""
    sys.stderr.write(f"footdrop: {message}\n")
    if QGuiApplication.platformName() not in HEADLESS_PLATFORMS:
        apply_scheme(app, Scheme.SYSTEM)
        QMessageBox.critical(None, APP_NAME, f"{APP_NAME} cannot start.\n\n{message}")


class AlreadyRunningError(RuntimeError):
    """Another copy of the app already uses this data folder."""


def hold_single_instance(data_dir: Path) -> QLockFile:
    """One app per data folder, so the history has one writer; a stale lock (crash) is taken."""
    lock = QLockFile(str(data_dir / "app.lock"))
    lock.setStaleLockTime(0)  # stale means: its process is gone
    if not lock.tryLock(100):
        raise AlreadyRunningError(
            f"{APP_NAME} is already open. Look for its window (it may be minimised); "
            "only one copy can run at a time."
        )
    return lock


def run_app(data_dir_arg: str | None) -> int:
    """Open the window and run until it closes; problems are shown calmly, never as tracebacks."""
    app = create_application(sys.argv[:1])
    try:
        data_dir = ensure_data_dir(resolve_data_dir(data_dir_arg))
        lock = hold_single_instance(data_dir)
        catalog = bundled.catalog()
        routines = bundled.routines()
        journal, notice = Journal.open(data_dir)
    except (DataDirError, CatalogError, RoutineError, HistoryError, AlreadyRunningError) as exc:
        report_startup_problem(app, str(exc))
        return 1
    except sqlite3.Error as exc:
        report_startup_problem(app, f"Your exercise history could not be opened ({exc}).")
        return 1
    try:
        journal.purge_deleted()
        settings = AppSettings(data_dir)
        apply_scheme(app, settings.scheme)
        window = MainWindow(catalog, routines, settings, data_dir, journal)
        window.show()
        window.coach.start_engines_later()  # after the first paint, off the start-up path
        window.schedule_first_run(notice)
        return app.exec()
    finally:
        journal.close()
        lock.unlock()
