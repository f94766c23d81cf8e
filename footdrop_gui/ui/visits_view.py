"""Physical-therapy visits: a date, what happened, and questions to ask next time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
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
from footdrop_gui.ui.dialogs import ask, save_dialog
from footdrop_gui.ui.history_writes import KEPT, VISITS, HistoryWrites
from footdrop_gui.ui.local_dates import day_month_year, edit_format, list_date


class VisitForm(QWidget):
    """The date, what happened and the questions of one visit (to add one, or to change one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = QDateEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(edit_format())
        self.when.setMinimumHeight(44)
        self.when.setAccessibleName(self.tr("Date of the visit"))
        self.note = QLineEdit(placeholderText=self.tr("For example: walking practice, new band"))
        self.note.setAccessibleName(self.tr("What happened"))
        self.questions = QPlainTextEdit()
        self.questions.setPlaceholderText(self.tr("Questions to ask your therapist next time"))
        self.questions.setAccessibleName(self.tr("Questions for next time"))
        self.questions.setTabChangesFocus(True)
        self.questions.setMaximumHeight(80)
        rows = QFormLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows.addRow(self.tr("Date"), self.when)
        rows.addRow(self.tr("What happened"), self.note)
        rows.addRow(self.tr("Questions"), self.questions)

    def show_visit(self, visit: TherapyVisit) -> None:
        day = visit.visit_date
        self.when.setDate(QDate(day.year, day.month, day.day))
        self.note.setText(visit.note)
        self.questions.setPlainText(visit.questions)

    def visit(self) -> TherapyVisit:
        picked = self.when.date().toPython()
        assert isinstance(picked, date)
        return TherapyVisit(picked, self.note.text().strip(), self.questions.toPlainText().strip())

    def clear(self) -> None:
        self.note.clear()
        self.questions.clear()
        self.when.setDate(QDate.currentDate())


class VisitsView(QWidget):
    """The list of visits, newest first, with a form to add one; a visit can be changed or
    deleted (after a question)."""

    def __init__(
        self, journal: Journal, writes: HistoryWrites, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._writes = writes  # its changes refresh the page that holds this list
        self._visits: list[TherapyVisit] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            (self.tr("Date"), self.tr("What happened"), self.tr("Questions for next time"))
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Therapy visits"))
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.itemActivated.connect(lambda _item: self.change_selected())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.setToolTip(self.tr("Correct the chosen visit"))
        self.change_button.clicked.connect(self.change_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Remove the chosen visit (it asks first)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.form = VisitForm()
        self.when, self.note, self.questions = self.form.when, self.form.note, self.form.questions
        self.add_button = QPushButton(self.tr("Add this visit"))
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        for button in (self.change_button, self.delete_button, self.add_button):
            button.setMinimumHeight(44)
        row.addWidget(self.change_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addLayout(row)
        self._update_buttons()

    def refresh(self) -> None:
        self._visits = self._journal.visits()
        self.table.setRowCount(len(self._visits))
        for number, visit in enumerate(self._visits):
            cells = (list_date(visit.visit_date), visit.note, visit.questions)
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.when.setDate(QDate.currentDate())
        self._update_buttons()

    def selected(self) -> TherapyVisit | None:
        row = self.table.currentRow()
        return self._visits[row] if 0 <= row < len(self._visits) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.change_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def add(self) -> None:
        with self._writes.saving(self, self.tr("Your visit"), VISITS, KEPT) as saved:
            self._journal.add_visit(self.form.visit())
        if saved:
            self.form.clear()

    def change_selected(self) -> None:
        visit = self.selected()
        if visit is None:
            return
        form = VisitForm()
        form.show_visit(visit)
        dialog = save_dialog(self, self.tr("Change this visit"), form)
        while dialog.exec() == QDialog.DialogCode.Accepted:  # a failed save opens it again
            changed = self.tr("Your change to the visit")
            with self._writes.saving(self, changed, VISITS, KEPT) as saved:
                self._journal.change_visit(replace(form.visit(), id=visit.id))
            if saved:
                return

    def delete_selected(self) -> None:
        visit = self.selected()
        if visit is None or visit.id is None:
            return
        question = (
            self.tr("Delete the visit of {day} (“{note}”)? This cannot be undone.")
            if visit.note
            else self.tr("Delete the visit of {day}? This cannot be undone.")
        )
        day = day_month_year(visit.visit_date)
        if ask(self, self.tr("Delete this visit?"), question.format(day=day, note=visit.note)):
            with self._writes.saving(self, self.tr("Deleting the visit"), VISITS):
                self._journal.delete_visit(visit.id)
