"""Where the main window goes: where the user left it, or a comfortable default size."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = (1280, 800)


def place_window(window: QWidget, saved: QByteArray | None) -> None:
    """The saved geometry if it still fits a screen, else 1280x800 (90% of a smaller screen)."""
    if saved is not None and window.restoreGeometry(saved):
        return
    width, height = DEFAULT_SIZE
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    window.resize(min(width, int(area.width() * 0.9)), min(height, int(area.height() * 0.9)))
    window.move(area.center() - window.rect().center())
