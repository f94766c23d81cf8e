"""The main window's top bar: Start, the daily routine's name and length, Routines, History.

On a wide window they share one row. When that row does not fit (a small screen, large
text) Routines and History move to a second row, so the routine's name keeps room to read
instead of wrapping one word a line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

NAME_CHARACTERS = 22  # the room the routine's name needs beside Start before it wraps


class TopBar(QWidget):
    def __init__(
        self, start: QPushButton, name: QLabel, others: tuple[QPushButton, ...], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._start, self._name, self._others = start, name, others
        self._first, self._second = QHBoxLayout(), QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._first)
        layout.addLayout(self._second)
        self._first.addWidget(start)
        self._first.addWidget(name, 1)
        self._second.addStretch(1)
        self._one_row: bool | None = None
        self._arrange(True)

    def _name_room(self) -> int:
        return self._name.fontMetrics().averageCharWidth() * NAME_CHARACTERS

    def one_row_width(self) -> int:
        widths = [w.sizeHint().width() for w in (self._start, *self._others)]
        return sum(widths) + self._name_room() + self._first.spacing() * len(widths)

    def _arrange(self, one_row: bool) -> None:
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for button in self._others:
            (self._second if one_row else self._first).removeWidget(button)
        for number, button in enumerate(self._others):
            if one_row:
                self._first.addWidget(button)
            else:
                self._second.insertWidget(number, button)
        self.updateGeometry()

    def is_one_row(self) -> bool:
        return bool(self._one_row)

    def minimumSizeHint(self) -> QSize:
        """As narrow as two rows allow: the bar rearranges itself rather than widen the window."""
        spacing = self._first.spacing()
        two_rows = max(
            self._start.minimumSizeHint().width() + spacing + self._name_room() // 2,
            sum(b.minimumSizeHint().width() + spacing for b in self._others),
        )
        return QSize(two_rows, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width() >= self.one_row_width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        """A new text size changes the buttons' widths: arrange again for the new sizes."""
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange(self.width() >= self.one_row_width())
        return super().event(event)
