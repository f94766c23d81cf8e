"""A page that scrolls when the window is too small for it (a small screen, large text)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(page: QWidget, name: str = "") -> QScrollArea:
    """page inside a frameless scroll area that gives it all the room there is.

    A page of text is named and takes the keyboard focus, so the arrow keys scroll it; a page
    of controls does not (Tab goes to its controls, and the area follows them).
    """
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setAccessibleName(name)
    area.setFocusPolicy(Qt.FocusPolicy.StrongFocus if name else Qt.FocusPolicy.NoFocus)
    return area
