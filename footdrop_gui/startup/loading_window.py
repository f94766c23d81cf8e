"""The window that answers a double-click at once, while the library loads behind it.

Loading Python, Qt's widgets, the drawings and the history takes a moment (longer on an old
computer); without a sign of life people click the icon again. This window has the main
window's title, place and colours and one calm line of text, and nothing else, so it is on
screen almost as soon as Qt is. The main window then opens over it, in the same place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from footdrop_gui import APP_NAME
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import scaled_font
from footdrop_gui.ui.window_place import place_window


class LoadingWindow(QWidget):
    """The app's name and "Opening your exercises…", where the main window will be.

    Plain widgets only: naming any of Qt's enums here (alignment, window flags) would build
    Qt's whole namespace of enums first, about 20 ms.
    """

    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        name = QLabel(APP_NAME)
        name.setFont(scaled_font(self.font(), 1.6, bold=True))
        note = QLabel(QCoreApplication.translate("LoadingWindow", "Opening your exercises…"))
        note.setFont(scaled_font(self.font(), 1.2))
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(name)
        column.addWidget(note)
        column.addStretch(2)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        place_window(self, settings.window_geometry)
