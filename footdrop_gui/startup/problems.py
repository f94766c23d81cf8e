"""Why the app cannot open, told in plain words: on stderr always, in a dialog on a screen."""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from footdrop_gui import APP_NAME
from footdrop_gui.ui.theme import Scheme, apply_scheme

HEADLESS_PLATFORMS = ("offscreen", "minimal")
UNEXPECTED = str(  # translated when said
    QT_TRANSLATE_NOOP(
        "StartupProblem",
        "Something unexpected stopped it from opening. Please try again; if it keeps "
        "happening, ask someone to run 'footdrop --self-test' and pass on what it says.",
    )
)


class StartupProblem(Exception):
    """Why the app cannot open, in words for the person using it, and the exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def report_startup_problem(app: QApplication, message: str) -> None:
    """Say why the app cannot start: on stderr always, and in a dialog on a real screen."""
    message = QCoreApplication.translate("StartupProblem", message)  # UNEXPECTED; others are
    sys.stderr.write(f"footdrop: {message}\n")  # already in the person's language
    if QGuiApplication.platformName() not in HEADLESS_PLATFORMS:
        from PySide6.QtWidgets import QMessageBox  # only ever needed here: not at every start

        apply_scheme(app, Scheme.SYSTEM)
        cannot = QCoreApplication.translate("StartupProblem", "{app} cannot start.")
        QMessageBox.critical(None, APP_NAME, f"{cannot.format(app=APP_NAME)}\n\n{message}")
