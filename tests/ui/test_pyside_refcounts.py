"""The Qt binding must not leak references to None, True or False.

PySide6 6.12.0 loses one reference to None per void method call. On Python 3.11 None is not
immortal, so a session that repaints for a few minutes crashes with "deallocating None".
This guards the pinned PySide6 range in pyproject.toml.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_none_and_booleans_alive(qapp: QApplication) -> None:
    label = QLabel("12")
    pixmap = QPixmap(20, 20)
    counts = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(500):
        label.setText("11")
        label.update()
        painter = QPainter(pixmap)
        painter.setOpacity(0.5)
        painter.end()
        label.isVisible()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    # Allow small drift from the interpreter itself; a leak loses hundreds here.
    assert all(abs(a - b) < 50 for a, b in zip(after, counts, strict=True)), (counts, after)
