"""A row of buttons and one label that flows onto more rows when the window is too narrow.

On a wide window they share one row. When that row does not fit (a small screen, large
text) the later ones move down a row, so the label keeps room to read instead of wrapping
one word a line, and the window never has to be wider than the widest part.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

LABEL_CHARACTERS = 22  # the least room the label needs on a row before it is moved down


class TopBar(QWidget):
    """Groups of widgets in order, flowed into rows (a group stays together); the label takes
    what is left of its row."""

    def __init__(
        self, groups: tuple[tuple[QWidget, ...], ...], label: QLabel, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._groups, self._label = groups, label
        self._parts = tuple(part for group in groups for part in group)
        self._rows: list[QHBoxLayout] = []
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._arrangement: list[list[QWidget]] = []
        self._arrange(self._flow(10**6))

    def _want(self, widget: QWidget) -> int:
        if widget is self._label:  # room for its text on two lines, or a short line at least
            metrics = self._label.fontMetrics()
            return max(
                metrics.horizontalAdvance(self._label.text()) * 3 // 5,
                metrics.averageCharWidth() * LABEL_CHARACTERS,
            )
        return widget.sizeHint().width()

    def _group_want(self, group: tuple[QWidget, ...]) -> int:
        return sum(self._want(part) for part in group) + self._column.spacing() * (len(group) - 1)

    def _flow(self, width: int) -> list[list[QWidget]]:
        """Fill each row from the left while the next group fits."""
        spacing = self._column.spacing()
        rows: list[list[QWidget]] = [[]]
        used = 0
        for group in self._groups:
            need = self._group_want(group) + (spacing if rows[-1] else 0)
            if rows[-1] and used + need > width:
                rows.append([])
                need, used = self._group_want(group), 0
            rows[-1].extend(group)
            used += need
        return rows

    def _arrange(self, rows: list[list[QWidget]]) -> None:
        if rows == self._arrangement:
            return
        self._arrangement = rows
        for row in self._rows:
            for part in self._parts:
                row.removeWidget(part)
            self._column.removeItem(row)
            row.deleteLater()
        self._rows = []
        for parts in rows:
            row = QHBoxLayout()
            for part in parts:
                row.addWidget(part, 1 if part is self._label else 0)
            if self._label not in parts:
                row.addStretch(1)
            self._column.addLayout(row)
            self._rows.append(row)
        self.updateGeometry()

    def row_count(self) -> int:
        return len(self._arrangement)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest group: the bar flows onto more rows rather than widen."""
        widest = max(
            self._want(p) // 2 if p is self._label else self._group_want(g)
            for g in self._groups
            for p in g
        )
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self._flow(event.size().width()))
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        """A new text size changes the parts' widths: flow them again."""
        if event.type() == QEvent.Type.LayoutRequest and self.width() > 0:
            self._arrange(self._flow(self.width()))
        return super().event(event)
