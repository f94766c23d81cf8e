"""Text sizes derived from the app's body font, kept in step with the text size and the window.

A screen names each label's role once (how much bigger than body text, and what share of
the window's height it may take); the sizes are worked out again whenever the app's text
size changes (View -> Text size sets the application font at run time) or the window is
resized, so a label never keeps a size made for another text size or another screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget


@dataclass(frozen=True)
class FontRole:
    """factor x body text, bold or not, kept between shares of the window's height (pixels)."""

    factor: float
    bold: bool = False
    least: float = 0.0  # at least this share of the window's height (read from a chair)
    most: float = 1.0  # at most this share, so the screen still fits at the largest text


def role_font(base: QFont, role: FontRole, window_height: int) -> QFont:
    font = QFont(base)
    font.setBold(role.bold)
    wanted = QFontInfo(base).pixelSize() * role.factor
    lowest, highest = role.least * window_height, role.most * window_height
    font.setPixelSize(max(1, round(min(max(wanted, lowest), max(highest, lowest)))))
    return font


def follow_text_size(slot: Callable[[], None]) -> None:
    """Call slot (a widget's method) whenever the app's font changes: the text size setting.

    The application's fontChanged signal, not the ApplicationFontChange event: with a
    stylesheet installed, Qt sends that event to top-level windows only.
    """
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.fontChanged.connect(slot)  # a widget's own method: disconnected when it goes


class FontRoles:
    """The roles of one screen's labels; apply() sizes them all for the current window."""

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self._roles: list[tuple[QWidget, FontRole]] = []

    def add(self, role: FontRole, *widgets: QWidget) -> None:
        for widget in widgets:
            self._roles.append((widget, role))
            widget.setFont(role_font(QApplication.font(), role, self._height()))

    def apply(self) -> None:
        base, height = QApplication.font(), self._height()
        for widget, role in self._roles:
            font = role_font(base, role, height)
            if font != widget.font():
                widget.setFont(font)

    def _height(self) -> int:
        return window_height(self._owner)


def window_height(widget: QWidget) -> int:
    """The height sizes are shared out from: the window's, never more than its screen's."""
    window = widget.window()
    height = window.height() if window.isVisible() else widget.height()
    return min(height, widget.screen().availableGeometry().height())
