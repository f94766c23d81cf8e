"""A word-wrapped label that a crowded layout may not squeeze below its wrapped height.

Qt sizes a page from each part's minimum, and a wrapped label's minimum is one line: with
large text on a small screen its second line was cut off while a list below it kept its
room. This label asks for the height its words need at its width, so the list gives way.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WholeLabel(QLabel):
    """A QLabel with word wrap on, always as tall as its wrapped text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(event.size().width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
