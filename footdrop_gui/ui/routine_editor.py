"""Editing a routine: its exercises, their order, and each one's dose within the allowed range.

Values outside an exercise's range are refused at the field with a message giving the range;
the total time updates as you type; closing with unsaved changes always asks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.catalog import Catalog, Mode, Sides
from footdrop_gui.core.describe import describe_prescription, duration
from footdrop_gui.core.program import Side, compile_program
from footdrop_gui.core.routine import (
    BAND_LEVELS,
    MAX_AFFECTED_EXTRA_HOLD,
    MAX_AFFECTED_EXTRA_SETS,
    Routine,
    RoutineEntry,
    adjustable_fields,
    band_colour,
    default_entry,
)
from footdrop_gui.ui.dialogs import accept_cancel, fit_to_screen
from footdrop_gui.ui.illustration import thumbnail_icon
from footdrop_gui.ui.scroll_page import scrolling
from footdrop_gui.ui.theme import is_dark, relative_font

SECONDS = QT_TRANSLATE_NOOP("RoutineEditor", "seconds")
# Each dose field's label and unit, marked here and translated where shown.
FIELD_LABELS = {
    "sets": (QT_TRANSLATE_NOOP("RoutineEditor", "Sets"), ""),
    "reps": (QT_TRANSLATE_NOOP("RoutineEditor", "Reps"), ""),
    "hold_seconds": (QT_TRANSLATE_NOOP("RoutineEditor", "Hold"), SECONDS),
    "release_seconds": (QT_TRANSLATE_NOOP("RoutineEditor", "Lower"), SECONDS),
    "cadence_seconds": (QT_TRANSLATE_NOOP("RoutineEditor", "Each movement"), SECONDS),
    "rest_seconds": (QT_TRANSLATE_NOOP("RoutineEditor", "Rest between sets"), SECONDS),
    "duration_seconds": (QT_TRANSLATE_NOOP("RoutineEditor", "How long"), SECONDS),
}
ICON = QSize(64, 48)


MOVE_UP, MOVE_DOWN = QKeySequence("Alt+Up"), QKeySequence("Alt+Down")


def key_names(keys: QKeySequence) -> str:
    """A shortcut as the person's keyboard labels it, in their language ("Alt+Nach oben")."""
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


class RangeSpinBox(QSpinBox):
    """A whole-number field that says why it refuses a value outside its range."""

    refused = Signal(str)

    def __init__(self, label: str, low: int, high: int, unit: str = "") -> None:
        super().__init__()
        self.setRange(low, high)
        self.setMinimumHeight(40)
        self.setMinimumWidth(120)
        self.setAccessibleName(label)
        if unit:
            self.setSuffix(f" {unit}")
            why = self.tr("{label} must be between {low} and {high} {unit}.")
            allowed = self.tr("Allowed: {low} to {high} {unit}")
        else:
            why = self.tr("{label} must be between {low} and {high}.")
            allowed = self.tr("Allowed: {low} to {high}")
        self._why = why.format(label=label, low=low, high=high, unit=unit)
        self.setToolTip(allowed.format(low=low, high=high, unit=unit))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        digits = text.removesuffix(self.suffix()).strip()
        too_far = digits.isdigit() and not self.minimum() <= int(digits) <= self.maximum()
        if too_far and len(digits) >= len(str(self.minimum())):
            self.refused.emit(self._why)
            return QValidator.State.Invalid, text, pos
        return super().validate(text, pos)


class ExercisePicker(QDialog):
    """Choose an exercise to add, from the library with its drawings."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an exercise"))
        self.list = QListWidget()
        self.list.setIconSize(ICON)
        self.list.setAccessibleName(self.tr("Exercises you can add"))
        dark = is_dark(self.palette())
        for exercise in catalog.exercises:
            if not exercise.is_timed_session:
                continue
            item = QListWidgetItem(thumbnail_icon(exercise.id, ICON, dark, 1.0), exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setToolTip(exercise.summary)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(accept_cancel(self, self.tr("Add")))
        fit_to_screen(self, QSize(420, 520))

    def chosen(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""


class RoutineEditor(QDialog):
    """Edits a copy of a routine; `result_routine()` after Save."""

    def __init__(
        self, routine: Routine, catalog: Catalog, affected: Side, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit “{name}”").format(name=routine.name))
        self._catalog = catalog
        self._affected = affected
        self._entries = list(routine.entries)
        self._saved = routine
        self._description = routine.description
        self.name = QLineEdit(routine.name)
        self.name.setAccessibleName(self.tr("Routine name"))
        self.name.setMaxLength(80)
        self.name.textChanged.connect(self._refresh_total)
        self.total = QLabel()
        relative_font(self.total, 1.15, bold=True)
        self.message = QLabel()
        self.message.setObjectName("noticeBanner")
        self.message.setWordWrap(True)
        self.message.hide()

        self.list = QListWidget()
        self.list.setIconSize(ICON)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setAccessibleName(self.tr("Exercises in this routine, in order"))
        self.list.model().rowsMoved.connect(self._rows_moved)
        self.list.currentRowChanged.connect(self._show_entry)
        add = QPushButton(self.tr("Add an exercise…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        add.clicked.connect(self.add_exercise)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.up_button.setToolTip(key_names(MOVE_UP))
        self.down_button.setToolTip(key_names(MOVE_DOWN))
        self.remove_button.setToolTip(self.tr("Delete key"))
        QShortcut(MOVE_UP, self, lambda: self.move_current(-1))
        QShortcut(MOVE_DOWN, self, lambda: self.move_current(1))
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_current)
        list_buttons = QGridLayout()  # two by two: the dialog fits a 1024-wide screen
        for number, button in enumerate(
            (add, self.remove_button, self.up_button, self.down_button)
        ):
            button.setMinimumHeight(44)
            list_buttons.addWidget(button, number // 2, number % 2)

        self.entry_title = QLabel(wordWrap=True)
        relative_font(self.entry_title, 1.2, bold=True)
        self.entry_plan = QLabel()
        self.entry_plan.setWordWrap(True)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)
        right = QVBoxLayout()
        right.addWidget(self.entry_title)
        right.addWidget(self.entry_plan)
        right.addWidget(scrolling(self.form_host), 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)  # the fields need the room more than the names do

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("primaryButton")
        self.save_button.setMinimumHeight(48)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setMinimumHeight(48)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Name")))
        top.addWidget(self.name, 1)
        top.addSpacing(16)
        top.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(960, 560))
        self._fill_list()
        self.list.setCurrentRow(0)

    # -- the list ---------------------------------------------------------------------
    def _fill_list(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        dark = is_dark(self.palette())
        for entry in self._entries:
            exercise = self._catalog.get(entry.exercise_id)
            item = QListWidgetItem(thumbnail_icon(exercise.id, ICON, dark, 1.0), exercise.name)
            item.setToolTip(describe_prescription(entry.prescription))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(max(row, 0), len(self._entries) - 1))
        self._refresh_total()

    def _rows_moved(self, *_args: object) -> None:
        """After a drag, read the new order back from the list's items."""
        names = [self.list.item(i).text() for i in range(self.list.count())]
        remaining = list(self._entries)
        ordered = []
        for name in names:
            match = next(e for e in remaining if self._catalog.get(e.exercise_id).name == name)
            remaining.remove(match)
            ordered.append(match)
        self._entries = ordered
        self._refresh_total()

    def add_exercise(self) -> None:
        picker = ExercisePicker(self._catalog, self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen():
            self._entries.append(default_entry(self._catalog.get(picker.chosen())))
            self._fill_list()
            self.list.setCurrentRow(len(self._entries) - 1)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        if len(self._entries) == 1:
            self._say(self.tr("A routine needs at least one exercise."))
            return
        del self._entries[row]
        self._fill_list()

    def move_current(self, offset: int) -> None:
        row = self.list.currentRow()
        there = row + offset
        if row < 0 or not 0 <= there < len(self._entries):
            return
        self._entries[row], self._entries[there] = self._entries[there], self._entries[row]
        self._fill_list()
        self.list.setCurrentRow(there)

    # -- one entry's dose ------------------------------------------------------------------
    def _show_entry(self, row: int) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        if not 0 <= row < len(self._entries):
            return
        entry = self._entries[row]
        exercise = self._catalog.get(entry.exercise_id)
        self.entry_title.setText(exercise.name)
        self.entry_plan.setText(describe_prescription(entry.prescription))
        for name in adjustable_fields(exercise):
            label, unit = (_tr(words) if words else "" for words in FIELD_LABELS[name])
            allowed = exercise.ranges[name]
            box = RangeSpinBox(label, allowed.low, allowed.high, unit)
            box.setValue(getattr(entry.prescription, name))
            box.valueChanged.connect(lambda value, n=name: self._set_field(n, value))
            box.refused.connect(self._say)
            limits = self.tr("{label} ({low} to {high})")
            self.form.addRow(limits.format(label=label, low=allowed.low, high=allowed.high), box)
        if (
            exercise.prescription.mode is not Mode.TIMED
            or exercise.prescription.sides is Sides.EACH
        ):
            sides = QComboBox()
            sides.addItem(self.tr("One foot, then the other"), Sides.EACH.value)
            sides.addItem(self.tr("Both feet together"), Sides.TOGETHER.value)
            sides.setCurrentIndex(0 if entry.prescription.sides is Sides.EACH else 1)
            sides.setAccessibleName(self.tr("Feet"))
            sides.currentIndexChanged.connect(
                lambda _i, box=sides: self._set_sides(Sides(box.currentData()))
            )
            self.form.addRow(self.tr("Feet"), sides)
        if entry.band_level is not None:
            band = QComboBox()
            for level in range(1, len(BAND_LEVELS) + 1):
                colour = band_colour(level).capitalize()
                band.addItem(
                    self.tr("{colour} (level {level})").format(colour=colour, level=level), level
                )
            band.setCurrentIndex(entry.band_level - 1)
            band.setAccessibleName(self.tr("Band strength"))
            band.currentIndexChanged.connect(lambda i: self._set_entry(band_level=i + 1))
            self.form.addRow(self.tr("Band strength"), band)
        extra_sets = RangeSpinBox(self.tr("Extra sets"), 0, MAX_AFFECTED_EXTRA_SETS)
        extra_sets.setValue(entry.affected_extra_sets)
        extra_sets.valueChanged.connect(lambda v: self._set_entry(affected_extra_sets=v))
        extra_sets.refused.connect(self._say)
        self.form.addRow(self.tr("Extra sets for the affected foot"), extra_sets)
        if "hold_seconds" in exercise.ranges:
            extra_hold = RangeSpinBox(
                self.tr("Longer hold"), 0, MAX_AFFECTED_EXTRA_HOLD, _tr(SECONDS)
            )
            extra_hold.setValue(entry.affected_extra_hold)
            extra_hold.valueChanged.connect(lambda v: self._set_entry(affected_extra_hold=v))
            extra_hold.refused.connect(self._say)
            self.form.addRow(self.tr("Longer hold for the affected foot"), extra_hold)

    def _set_field(self, name: str, value: int) -> None:
        change: dict[str, Any] = {name: value}
        self._set_entry(prescription=replace(self._current().prescription, **change))

    def _set_sides(self, sides: Sides) -> None:
        self._set_entry(prescription=replace(self._current().prescription, sides=sides))

    def _current(self) -> RoutineEntry:
        return self._entries[self.list.currentRow()]

    def _set_entry(self, **changes: object) -> None:
        row = self.list.currentRow()
        self._entries[row] = replace(self._entries[row], **changes)  # type: ignore[arg-type]
        self.entry_plan.setText(describe_prescription(self._entries[row].prescription))
        self.message.hide()
        self._refresh_total()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- the whole routine -----------------------------------------------------------------
    def result_routine(self) -> Routine:
        return replace(self._saved, name=self.name.text().strip(), entries=tuple(self._entries))

    def _refresh_total(self) -> None:
        entries = self.result_routine().program_entries(self._catalog)
        seconds = compile_program(entries, self._affected).total_seconds
        total = duration(60 * max(1, round(seconds / 60)))
        self.total.setText(self.tr("Total: about {time}").format(time=total))

    def has_changes(self) -> bool:
        return self.result_routine() != self._saved

    def _save(self) -> None:
        if not self.name.text().strip():
            self._say(self.tr("Give the routine a name."))
            self.name.setFocus()
            return
        self.accept()

    def reject(self) -> None:
        """Cancel, Escape or closing the window: never lose changes without asking."""
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Save your changes?"),
                self.tr("You have changed this routine. Save the changes?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self._save()
                return
            if answer == QMessageBox.StandardButton.Cancel:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.isVisible():  # already finished with
            event.accept()
            return
        event.ignore()
        self.reject()


def _tr(text: object) -> str:
    """One of the editor's marked strings (QT_TRANSLATE_NOOP) in the person's language."""
    return QCoreApplication.translate("RoutineEditor", str(text))
