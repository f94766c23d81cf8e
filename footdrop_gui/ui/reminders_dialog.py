"""View -> Reminders…: on or off, which days, one or two times, quiet hours, what to say.

Saving writes the settings and the schedule at once (the same as `footdrop reminders on`),
and the dialog says in words when the next reminder will come.
"""

from __future__ import annotations

import dataclasses
from datetime import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.reminder_due import DEFAULT_MESSAGE, ReminderSettings, default_message
from footdrop_gui.reminders.check import look
from footdrop_gui.reminders.command import apply
from footdrop_gui.reminders.schedule import ScheduleError
from footdrop_gui.reminders.settings import ReminderStore
from footdrop_gui.ui.theme import scaled_font

CONTROL_HEIGHT = 44
MESSAGE_LENGTH = 80  # a notification title: a line, not a letter
translate = QCoreApplication.translate


def _time_edit(value: time | None, fallback: time) -> QTimeEdit:
    chosen = value or fallback
    edit = QTimeEdit(QTime(chosen.hour, chosen.minute))
    edit.setDisplayFormat("HH:mm")
    edit.setMinimumHeight(CONTROL_HEIGHT)
    return edit


def _time_of(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class RemindersDialog(QDialog):
    """The reminder settings; Save applies them (files and timer) and closes."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        current = ReminderStore(data_dir).load()
        self.setWindowTitle(translate("RemindersDialog", "Reminders"))
        heading = QLabel(translate("RemindersDialog", "Daily reminders"))
        heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.enabled = QCheckBox(translate("RemindersDialog", "Remind me to do my exercises"))
        self.enabled.setMinimumHeight(CONTROL_HEIGHT)
        self.enabled.setChecked(current.enabled)
        explain = QLabel(
            translate(
                "RemindersDialog",
                "A message appears on your screen at the times you choose, even when the app is "
                "closed, unless you have already exercised that day.",
            )
        )
        explain.setWordWrap(True)

        self.day_buttons: list[QCheckBox] = []
        days = QHBoxLayout()
        locale = QLocale()  # Monday first, as the schedule counts the days
        tip = translate("RemindersDialog", "Remind me on {day}")  # the day in full
        for number in range(7):
            word = locale.dayName(number + 1, QLocale.FormatType.ShortFormat)
            button = QCheckBox(word)
            button.setChecked(number in current.days)
            button.setMinimumHeight(CONTROL_HEIGHT)
            button.setToolTip(tip.format(day=locale.dayName(number + 1)))
            self.day_buttons.append(button)
            days.addWidget(button)
        days.addStretch(1)

        self.first_time = _time_edit(current.times[0], time(18, 0))
        self.second_on = QCheckBox(translate("RemindersDialog", "and again at"))
        self.second_on.setMinimumHeight(CONTROL_HEIGHT)
        self.second_on.setChecked(len(current.times) > 1)
        self.second_time = _time_edit(
            current.times[-1] if len(current.times) > 1 else None, time(20, 0)
        )
        self.quiet_on = QCheckBox(translate("RemindersDialog", "Quiet hours, from"))
        self.quiet_on.setMinimumHeight(CONTROL_HEIGHT)
        self.quiet_on.setChecked(current.quiet_start is not None)
        self.quiet_start = _time_edit(current.quiet_start, time(21, 0))
        self.quiet_end = _time_edit(current.quiet_end, time(8, 0))
        # The default is shown as the placeholder, in the person's language, not as typed text.
        self.message = QLineEdit("" if current.message == DEFAULT_MESSAGE else current.message)
        self.message.setMaxLength(MESSAGE_LENGTH)
        self.message.setPlaceholderText(default_message())
        self.message.setMinimumHeight(CONTROL_HEIGHT)

        self.quiet_to = QLabel(
            translate("RemindersDialog", "to", "quiet hours, from 21:00 to 08:00")
        )
        named: tuple[tuple[QWidget, str], ...] = (
            (self.first_time, translate("RemindersDialog", "Reminder time")),
            (self.second_time, translate("RemindersDialog", "Second reminder time")),
            (self.quiet_start, translate("RemindersDialog", "Quiet hours start")),
            (self.quiet_end, translate("RemindersDialog", "Quiet hours end")),
            (self.message, translate("RemindersDialog", "What the reminder says")),
        )
        for field, name in named:
            field.setAccessibleName(name)
        grid = QGridLayout()
        rows: list[tuple[str, list[QWidget]]] = [
            (
                translate("RemindersDialog", "At", "remind me at 18:00"),
                [self.first_time, self.second_on, self.second_time],
            ),
            ("", [self.quiet_on, self.quiet_start, self.quiet_to, self.quiet_end]),
        ]
        grid.addWidget(QLabel(translate("RemindersDialog", "Days")), 0, 0)
        grid.addLayout(days, 0, 1)
        for row, (label, widgets) in enumerate(rows, start=1):
            line = QHBoxLayout()
            for widget in widgets:
                line.addWidget(widget)
            line.addStretch(1)
            grid.addWidget(QLabel(label), row, 0)
            grid.addLayout(line, row, 1)
        grid.addWidget(QLabel(translate("RemindersDialog", "Say", "what the reminder says")), 3, 0)
        grid.addWidget(self.message, 3, 1)

        self.next_label = QLabel()
        self.next_label.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            translate("RemindersDialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("primaryButton")
        self.save_button.setMinimumHeight(48)
        self.save_button.setDefault(True)
        cancel = buttons.addButton(
            translate("RemindersDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setMinimumHeight(48)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.enabled)
        layout.addWidget(explain)
        layout.addLayout(grid)
        layout.addWidget(self.next_label)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        for box in (self.enabled, self.second_on, self.quiet_on, *self.day_buttons):
            box.toggled.connect(self._refresh)
        for edit in (self.first_time, self.second_time, self.quiet_start, self.quiet_end):
            edit.timeChanged.connect(self._refresh)
        self._refresh()

    def chosen(self) -> ReminderSettings:
        times = {_time_of(self.first_time)}
        if self.second_on.isChecked():
            times.add(_time_of(self.second_time))
        quiet = self.quiet_on.isChecked()
        return ReminderSettings(
            enabled=self.enabled.isChecked(),
            days=frozenset(n for n, b in enumerate(self.day_buttons) if b.isChecked()),
            times=tuple(sorted(times)),
            quiet_start=_time_of(self.quiet_start) if quiet else None,
            quiet_end=_time_of(self.quiet_end) if quiet else None,
            message=self.message.text().strip() or DEFAULT_MESSAGE,
        )

    def _refresh(self) -> None:
        settings = self.chosen()
        on = settings.enabled
        for widget in (
            *self.day_buttons,
            self.first_time,
            self.second_on,
            self.quiet_on,
            self.message,
        ):
            widget.setEnabled(on)
        self.second_time.setEnabled(on and self.second_on.isChecked())
        self.quiet_start.setEnabled(on and self.quiet_on.isChecked())
        self.quiet_end.setEnabled(on and self.quiet_on.isChecked())
        self.quiet_to.setEnabled(on and self.quiet_on.isChecked())
        self.save_button.setEnabled(not on or bool(settings.days))
        if on and not settings.days:
            self.next_label.setText(translate("RemindersDialog", "Choose at least one day."))
            return
        situation = dataclasses.replace(look(self._data_dir), settings=settings)
        self.next_label.setText(situation.next_in_words())

    def save(self) -> None:
        try:
            apply(self._data_dir, self.chosen())
        except ScheduleError as exc:
            problem = translate("RemindersDialog", "Your reminders could not be set up. {reason}")
            self.problem.setText(problem.format(reason=exc))
            self.problem.show()
            return
        self.accept()
