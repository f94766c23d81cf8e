"""Start-up: resolve and hold the data folder, paint the loading window, then load the library
into the main window in its place.

The loading window is painted before anything heavy is imported (see load_library.py), so a
double-click is answered at once; the library, history and sound follow as soon as it is on
screen, in a main window opened in the same place.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from footdrop_gui.language import RESTART_PROPERTY
from footdrop_gui.startup.application import create_application
from footdrop_gui.startup.loading_window import LoadingWindow
from footdrop_gui.startup.problems import UNEXPECTED, StartupProblem, report_startup_problem
from footdrop_gui.storage.errors import HistoryOpenError
from footdrop_gui.storage.instance_lock import AlreadyRunningError, InstanceLock
from footdrop_gui.storage.paths import DataDirError, ensure_data_dir, resolve_data_dir
from footdrop_gui.translators import apply_language, language_for
from footdrop_gui.ui.first_frame import AfterFirstFrame
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import build_palette

if TYPE_CHECKING:
    from footdrop_gui.startup.load_library import LoadedApp


__all__ = ["AlreadyRunningError", "hold_single_instance"]


def hold_single_instance(data_dir: Path) -> InstanceLock:
    """One app per data folder, so the history has one writer (a kernel lock: see
    storage/instance_lock.py); raises AlreadyRunningError while another copy holds it."""
    return InstanceLock.acquire(data_dir)


class Startup:
    """The loading window first; the main window once that has been painted."""

    def __init__(
        self,
        app: QApplication,
        data_dir: Path,
        settings: AppSettings,
        start_daily: bool = False,
        report_unexpected: bool = False,
    ) -> None:
        self._app = app
        self._start_daily = start_daily  # `footdrop --start daily` (a reminder's "Start now")
        # The app's own word on errors nobody expected (ui/unexpected.py); tests keep theirs.
        self._report_unexpected = report_unexpected
        self._data_dir = data_dir
        self._settings = settings
        self.loading_window: LoadingWindow | None = LoadingWindow(settings)
        self.loaded: LoadedApp | None = None

    def begin(self) -> None:
        """Show the loading window; the main window follows its first frame (or opens anyway
        after a second, when it is never painted: a minimised start, a compositor that holds
        it back)."""
        if self.loading_window is not None:
            self.loading_window.show()
            AfterFirstFrame(self.loading_window, self.open_main_window)

    def open_main_window(self) -> None:
        if self.loading_window is None:
            return  # already opened
        loading_window, self.loading_window = self.loading_window, None
        # Imported here, once the loading window is on screen: these take a moment.
        from footdrop_gui.startup.load_library import load_main_window

        try:
            self.loaded = load_main_window(self._app, self._data_dir, self._settings)
        except StartupProblem as exc:
            self._give_up(loading_window, str(exc), exc.exit_code)
            return
        except Exception:  # a bug: the details on stderr for whoever helps, calm words on screen
            traceback.print_exc()
            self._give_up(loading_window, UNEXPECTED)
            return
        if self._report_unexpected:
            AfterFirstFrame(self.loaded.window, self._catch_unexpected)
        if self._start_daily:
            self.loaded.window.start_daily_when_greeted()
        loading_window.close()  # the main window is shown over it first, so there is no gap

    def _catch_unexpected(self) -> None:
        """The app's own word on errors nobody expected, once the library is on screen."""
        from footdrop_gui.ui.unexpected import UnexpectedProblems

        if self.loaded is not None:
            loaded = self.loaded
            UnexpectedProblems(loaded.window, loaded.journal.damage_explains).install()

    def _give_up(self, loading_window: LoadingWindow, message: str, exit_code: int = 1) -> None:
        report_startup_problem(self._app, message)
        self._app.exit(exit_code)
        loading_window.close()

    def close(self) -> None:
        """Close the history cleanly (its -wal copied in and removed), once the window is gone."""
        if self.loaded is not None:
            self.loaded.journal.close()


def run_app(
    data_dir_arg: str | None, start_daily: bool = False, language: str | None = None
) -> int:
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
    apply_language(app, language_for(data_dir, language))
    app.setPalette(build_palette(settings.opening_dark()))  # the stylesheet comes with the window
    startup = Startup(app, data_dir, settings, start_daily, report_unexpected=True)
    try:
        startup.begin()
        status = app.exec()
    finally:
        startup.close()
        lock.release()
    if app.property(RESTART_PROPERTY):  # View -> Language: the history is closed and the lock free
        os.execv(sys.executable, restart_command())
    return status


def restart_command() -> list[str]:
    """This app's command line again, without a one-off --lang or --start."""
    frozen = getattr(sys, "frozen", False)
    given = sys.argv[1:] if frozen else sys.orig_argv[1:]
    kept: list[str] = []
    skip = False
    for arg in given:
        if skip or arg.split("=", 1)[0] in ("--lang", "--start"):
            skip = not skip and "=" not in arg
            continue
        kept.append(arg)
    return [sys.executable, *kept]
