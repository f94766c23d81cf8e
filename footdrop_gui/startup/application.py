"""The QApplication, named and with its body font, as every start builds it (the app, the
self-test, the benchmarks and the screenshots)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from footdrop_gui import APP_NAME, __version__
from footdrop_gui.ui.theme import STYLE_ARGS, apply_body_font


def create_application(argv: list[str]) -> QApplication:
    app = QApplication([*argv, *STYLE_ARGS])
    app.setApplicationName("footdrop")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("footdrop")
    apply_body_font(app)
    return app
