"""Start-up: resolve the data folder, show the opening window, then open the main window.

The opening window is painted before anything heavy is imported (see opening.py), so a
double-click is answered at once; the library, history and sound follow as soon as it is on
screen, in a main window opened in the same place.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from footdrop_gui import APP_NAME, __version__
from footdrop_gui.storage.errors import HistoryOpenError
from footdrop_gui.storage.instance_lock import AlreadyRunningError, InstanceLock
from footdrop_gui.storage.paths import DataDirError, ensure_data_dir, resolve_data_dir
from footdrop_gui.ui.opening_window import OpeningWindow
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import STYLE_ARGS, Scheme, apply_body_font, apply_scheme, build_palette

if TYPE_CHECKING:
    from footdrop_gui.opening import OpenWindow

HEADLESS_PLATFORMS = ("offscreen", "minimal")
# If the opening window is never painted (a minimised start, a compositor that holds it
# back), the main window opens anyway after this long.
OPEN_ANYWAY_MS = 1000
UNEXPECTED = (
    "Something unexpected stopped it from opening. Please try again; if it keeps happening, "
    "ask someone to run 'footdrop --self-test' and pass on what it says."
)


def create_application(argv: list[str]) -> QApplication:
    app = QApplication([*argv, *STYLE_ARGS])
    app.setApplicationName("footdrop")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("footdrop")
    apply_body_font(app)
    return app


def report_startup_problem(app: QApplication, message: str) -> None:
    """Say why the app cannot start: on stderr always, and in a dialog on a real screen."""
    sys.stderr.write(f"footdrop: {message}\n")
    if QGuiApplication.platformName() not in HEADLESS_PLATFORMS:
        from PySide6.QtWidgets import QMessageBox  # only ever needed here: not at every start

        apply_scheme(app, Scheme.SYSTEM)
        QMessageBox.critical(None, APP_NAME, f"{APP_NAME} cannot start.\n\n{message}")


__all__ = ["AlreadyRunningError", "hold_single_instance"]


def hold_single_instance(data_dir: Path) -> InstanceLock:
    """One app per data folder, so the history has one writer (a kernel lock: see
    storage/instance_lock.py); raises AlreadyRunningError while another copy holds it."""
    return InstanceLock.acquire(data_dir)


class Startup:
    """The opening window first; the main window once that has been painted."""

    def __init__(
        self, app: QApplication, data_dir: Path, settings: AppSettings, start_daily: bool = False
    ) -> None:
        self._app = app
        self._start_daily = start_daily  # `footdrop --start daily` (a reminder's "Start now")
        self._data_dir = data_dir
        self._settings = settings
        self._stand_in: OpeningWindow | None = OpeningWindow(settings)
        self._stand_in.painted.connect(lambda: QTimer.singleShot(0, self.open_window))
        self.opened: OpenWindow | None = None

    def begin(self) -> None:
        if self._stand_in is not None:
            self._stand_in.show()
        QTimer.singleShot(OPEN_ANYWAY_MS, self.open_window)

    def open_window(self) -> None:
        if self._stand_in is None:
            return  # already opened (it was painted, then the fallback timer fired)
        stand_in, self._stand_in = self._stand_in, None
        # Imported here, once the opening window is on screen: these take a moment.
        from footdrop_gui.opening import StartupProblem, open_main_window

        try:
            self.opened = open_main_window(self._app, self._data_dir, self._settings)
        except StartupProblem as exc:
            self._give_up(stand_in, str(exc), exc.exit_code)
            return
        except Exception:  # a bug: the details on stderr for whoever helps, calm words on screen
            traceback.print_exc()
            self._give_up(stand_in, UNEXPECTED)
            return
        if self._start_daily:
            self.opened.window.start_daily_when_greeted()
        stand_in.close()  # the main window is shown over it first, so there is no gap

    def _give_up(self, stand_in: OpeningWindow, message: str, exit_code: int = 1) -> None:
        report_startup_problem(self._app, message)
        self._app.exit(exit_code)
        stand_in.close()

    def close(self) -> None:
        """Close the history cleanly (its -wal copied in and removed), once the window is gone."""
        if self.opened is not None:
            self.opened.journal.close()


def run_app(data_dir_arg: str | None, start_daily: bool = False) -> int:
    """Open the window and run until it closes; problems are shown calmly, never as tracebacks."""
    app = create_application(sys.argv[:1])
    try:
        data_dir = ensure_data_dir(resolve_data_dir(data_dir_arg))
        lock = hold_single_instance(data_dir)
    except DataDirError as exc:
        report_startup_problem(app, str(exc))
        return 1
    except HistoryOpenError as exc:  # already open, or the folder cannot be used
        report_startup_problem(app, str(exc))
        return exc.kind.exit_code
    settings = AppSettings(data_dir)
    app.setPalette(build_palette(settings.opening_dark()))  # the stylesheet comes with the window
    startup = Startup(app, data_dir, settings, start_daily)
    try:
        startup.begin()
        return app.exec()
    finally:
        startup.close()
        lock.release()
