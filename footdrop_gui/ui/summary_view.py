"""The end-of-session summary: what was done, per exercise and side, and the time it took."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.describe import duration
from footdrop_gui.core.program import Side
from footdrop_gui.core.summary import SummaryRow
from footdrop_gui.ui.font_roles import FontRole, FontRoles, follow_text_size
from footdrop_gui.ui.rating_form import RatingForm

# Rows the table always has room for (the page scrolls on a small screen; longer tables
# scroll inside themselves).
ROWS_ALWAYS_SHOWN = 6


class SummaryView(QWidget):
    """Shown when a session ends; "Back to exercises" (Enter) returns to the library."""

    closed = Signal()
    announced = Signal(str)  # the end of the session, in words, as told to screen readers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts = FontRoles(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self._fonts.add(FontRole(2.0, bold=True, most=1 / 12), self.heading)
        self.time_taken = QLabel()
        self.time_taken.setWordWrap(True)
        self._fonts.add(FontRole(1.2, most=1 / 18), self.time_taken)
        columns = (
            self.tr("Exercise"),
            self.tr("Side"),
            self.tr("Reps"),
            self.tr("Sets"),
            self.tr("Time held"),
        )
        self.table = QTableWidget(0, len(columns))
        # One Tab stop: Tab goes on to how it went, not through every cell.
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("What you did"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rating_heading = QLabel(
            self.tr("How did it go? You can skip this, or change it later.")
        )
        self.rating_heading.setWordWrap(True)
        self._fonts.add(FontRole(1.15, bold=True, most=1 / 18), self.rating_heading)
        self.rating = RatingForm()
        self.done_button = QPushButton(self.tr("Back to exercises"))
        self.done_button.setObjectName("primaryButton")
        self._fonts.add(FontRole(1.3, bold=True, most=1 / 16), self.done_button)
        self.done_button.setMinimumHeight(56)
        self.done_button.setDefault(True)
        self.done_button.setToolTip(
            self.tr("Save how it went and return to the exercise library")
        )
        self.done_button.clicked.connect(self.closed)
        # On a small screen the summary scrolls; "Back to exercises" stays in sight below it.
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 16, 24, 8)
        column.addWidget(self.heading)
        column.addWidget(self.time_taken)
        column.addWidget(self.table, 1)
        column.addWidget(self.rating_heading)
        column.addWidget(self.rating)
        self.scroller = QScrollArea()
        self.scroller.setWidget(content)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 24, 16)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        follow_text_size(self._resize_text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._resize_text()
        super().resizeEvent(event)

    def _resize_text(self) -> None:
        self._fonts.apply()

    def show_summary(self, rows: list[SummaryRow], seconds: float, ended_early: bool) -> None:
        if ended_early:
            self.heading.setText(self.tr("Session ended"))
        else:
            self.heading.setText(self.tr("Well done! Session complete"))
        took = self.tr("Time taken: {duration}. What you did is shown below.")
        self.time_taken.setText(took.format(duration=duration(round(seconds))))
        side_names = {Side.LEFT: self.tr("Left"), Side.RIGHT: self.tr("Right")}
        side_names[Side.BOTH] = self.tr("Both")
        done_of = self.tr("{done} of {planned}")
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (
                row.name,
                side_names[row.side],
                done_of.format(done=row.reps_done, planned=row.reps_planned),
                done_of.format(done=row.sets_done, planned=row.sets_planned),
                duration(row.hold_seconds) if row.hold_seconds else self.tr("none"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        shown = min(len(rows), ROWS_ALWAYS_SHOWN)
        rows_height = sum(self.table.rowHeight(row) for row in range(shown))
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height() + rows_height + frame
        )
        self.done_button.setFocus()
        heading = self.heading.text()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, heading))
        self.announced.emit(heading)
