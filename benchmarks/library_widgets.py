"""The library's widgets with none of the app behind them: a floor for the clickable library.

What any PySide6 app that shows this screen pays, however quick its own code: a small window
painted first, then a main window with a menu bar (4 menus, 20 entries with keys), three
buttons over a splitter, a search box and a list of 3 headings and 15 rows with 72x54
pictures, and a scrolling page of wrapped text with a button, as the app's library has. No
catalog, history, settings, drawings, sound or translations. benchmarks/first_paint_probe.py
times it as it times the app (kind "widgets"), to show how much of the app's figure is Qt's.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

TEXT = "Sit with both feet flat on the floor and lift your toes, keeping your heels down. " * 3


def library_window() -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("Foot Drop Exercises")
    for menu_name in ("&File", "&Session", "&View", "&Help"):
        menu = window.menuBar().addMenu(menu_name)
        for n in range(5):
            action = QAction(f"Entry {n}…", window)
            action.setShortcut(QKeySequence(f"Ctrl+{menu_name[1]}{n}"))
            menu.addAction(action)
    search = QLineEdit(placeholderText="Search exercises")
    search.setClearButtonEnabled(True)
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    tree.setIconSize(QPixmap(72, 54).size())
    tree.setWordWrap(True)
    picture = QPixmap(72, 54)
    picture.fill(QColor("#cfe3f0"))
    icon = QIcon(picture)
    for heading_name in ("STRENGTH", "STRETCHES", "CARE"):
        heading = QTreeWidgetItem([heading_name])
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        tree.addTopLevelItem(heading)
        for n in range(5):
            row = QTreeWidgetItem([f"{heading_name.title()} exercise {n}"])
            row.setIcon(0, icon)
            row.setToolTip(0, TEXT)
            heading.addChild(row)
    tree.expandAll()
    left = QWidget()
    left_column = QVBoxLayout(left)
    left_column.addWidget(search)
    left_column.addWidget(tree, 1)
    page = QWidget()
    right_column = QVBoxLayout(page)
    title = QLabel("Toe lifts")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.8)
    font.setBold(True)
    title.setFont(font)
    right_column.addWidget(title)
    for _ in range(6):
        right_column.addWidget(QLabel(TEXT, wordWrap=True))
    right_column.addWidget(QPushButton("Start"), 0, Qt.AlignmentFlag.AlignLeft)
    scroller = QScrollArea(widgetResizable=True)
    scroller.setWidget(page)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(scroller)
    splitter.setSizes([340, 900])
    central = QWidget()
    column = QVBoxLayout(central)
    top = QHBoxLayout()
    for words in ("Start my daily routine", "Your routines", "Your history"):
        top.addWidget(QPushButton(words))
    top.addWidget(QLabel("Daily routine, about 25 minutes"))
    column.addLayout(top)
    column.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.resize(1280, 800)
    return window


class TwoWindows(QLabel):
    """A small window painted first; the library's widgets built once it is on screen."""

    def __init__(self) -> None:
        super().__init__("Opening your exercises…")
        self.resize(1280, 800)
        self.window: QMainWindow | None = None

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        if self.window is None:
            QTimer.singleShot(0, self._open)

    def _open(self) -> None:
        if self.window is None:
            self.window = library_window()
            self.window.show()
            self.hide()


def run() -> None:
    app = QApplication(sys.argv[:1])
    first = TwoWindows()
    first.show()
    app.exec()
