"""Physical-therapy visits: a date, what happened, and questions to ask next time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.storage.journal import Journal, TherapyVisit


class VisitsView(QWidget):
    """The list of visits, newest first, and a form to add one."""

    added = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(("Date", "What happened", "Questions for next time"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAccessibleName("Therapy visits")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.when = QDateEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd MMMM yyyy")
        self.when.setMinimumHeight(44)
        self.note = QLineEdit(placeholderText="For example: walking practice, new band")
        self.questions = QPlainTextEdit()
        self.questions.setPlaceholderText("Questions to ask your therapist next time")
        self.questions.setTabChangesFocus(True)
        self.questions.setMaximumHeight(80)
        self.add_button = QPushButton("Add this visit")
        self.add_button.setMinimumHeight(44)
        self.add_button.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow("Date", self.when)
        form.addRow("What happened", self.note)
        form.addRow("Questions", self.questions)
        form.addRow("", self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)

    def refresh(self) -> None:
        visits = self._journal.visits()
        self.table.setRowCount(len(visits))
        for number, visit in enumerate(visits):
            cells = (visit.visit_date.strftime("%a %d %b %Y"), visit.note, visit.questions)
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.when.setDate(QDate.currentDate())

    def add(self) -> None:
        picked = self.when.date().toPython()
        assert isinstance(picked, date)
        self._journal.add_visit(
            TherapyVisit(picked, self.note.text().strip(), self.questions.toPlainText().strip())
        )
        self.note.clear()
        self.questions.clear()
        self.added.emit()
