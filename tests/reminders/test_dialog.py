"""View -> Reminders…: the choices are saved, scheduled, and the next reminder said in words."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from footdrop_gui.reminders import schedule
from footdrop_gui.reminders.settings import ReminderStore
from footdrop_gui.ui.reminders_dialog import RemindersDialog


@pytest.fixture(autouse=True)
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "config"


def test_turning_on_saves_schedules_and_says_when(qtbot: QtBot, data_dir: Path) -> None:
    dialog = RemindersDialog(data_dir)
    qtbot.addWidget(dialog)
    assert not dialog.enabled.isChecked() and not dialog.first_time.isEnabled()
    assert dialog.next_label.text() == "Next: none (reminders are off)."
    dialog.enabled.setChecked(True)
    for button in dialog.day_buttons[5:]:  # weekdays only
        button.setChecked(False)
    dialog.first_time.setTime(QTime(9, 30))
    dialog.second_on.setChecked(True)
    dialog.second_time.setTime(QTime(18, 0))
    dialog.quiet_on.setChecked(True)
    dialog.message.setText("Foot time")
    assert dialog.next_label.text().startswith("Next: ")
    assert "none" not in dialog.next_label.text()
    dialog.save_button.click()
    assert dialog.result() == RemindersDialog.DialogCode.Accepted
    saved = ReminderStore(data_dir).load()
    assert saved.enabled and saved.days == frozenset(range(5))
    assert saved.times == (time(9, 30), time(18, 0))
    assert (saved.quiet_start, saved.quiet_end, saved.message) == (time(21), time(8), "Foot time")
    assert schedule.installed() is not None
    again = RemindersDialog(data_dir)
    qtbot.addWidget(again)
    assert again.second_on.isChecked() and again.second_time.time() == QTime(18, 0)
    again.enabled.setChecked(False)
    again.save_button.click()
    assert schedule.installed() is None and not ReminderStore(data_dir).load().enabled


def test_no_day_chosen_cannot_be_saved(qtbot: QtBot, data_dir: Path) -> None:
    dialog = RemindersDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.enabled.setChecked(True)
    for button in dialog.day_buttons:
        button.setChecked(False)
    assert not dialog.save_button.isEnabled()
    assert dialog.next_label.text() == "Choose at least one day."


def test_a_problem_is_said_calmly_and_the_dialog_stays(
    qtbot: QtBot, data_dir: Path, config: Path
) -> None:
    entry = config / "autostart" / "footdrop-reminder.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nName=Mine\n")
    dialog = RemindersDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.enabled.setChecked(True)
    dialog.save_button.click()
    assert dialog.result() != RemindersDialog.DialogCode.Accepted
    assert dialog.problem.text().startswith("Your reminders could not be set up.")
    assert "Traceback" not in dialog.problem.text()
