"""View -> Backups of your history: the copies, with dates and sessions, and a way back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.storage import backups
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.backups_dialog import BackupsDialog
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.settings import AppSettings
from tests.storage.sessions import program, run_session


def answer(text: str, seen: list[str]) -> None:
    """Press the button named text in the next message box; keep what it said."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        (button,) = [b for b in box.findChildren(QPushButton) if b.text() == text]
        button.click()

    QTimer.singleShot(0, click)


@pytest.fixture
def monday(journal: Journal, data_dir: Path) -> Path:
    """A history with one session backed up on Monday, then a second session."""
    run_session(journal, program("toe-lifts"), 30)
    made = backups.backup_now(journal.connection, data_dir, datetime(2026, 11, 23, 9, 15))
    run_session(journal, program("calf-stretch"), 30)
    return made


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal, data_dir: Path, monday: Path) -> Iterator[BackupsDialog]:
    made = BackupsDialog(journal, data_dir)
    qtbot.addWidget(made)
    yield made


def rows(dialog: BackupsDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.topLevelItem(i).text(c) for c in range(3)]  # type: ignore[union-attr]
        for i in range(table.topLevelItemCount())
    ]


def test_backups_are_listed_with_their_date_and_sessions(dialog: BackupsDialog) -> None:
    assert rows(dialog) == [["Monday 23 November 2026, 9:15", "Backup", "1 session"]]


def test_restore_asks_first_and_cancel_changes_nothing(
    dialog: BackupsDialog, journal: Journal
) -> None:
    seen: list[str] = []
    answer("Cancel", seen)
    dialog.restore_chosen()
    assert "Monday 23 November 2026" in seen[0] and "Nothing is deleted" in seen[0]
    assert len(journal.sessions()) == 2


def test_restore_goes_back_and_keeps_the_current_history_in_the_list(
    dialog: BackupsDialog, journal: Journal
) -> None:
    seen: list[str] = []
    answer("Restore", seen)
    dialog.restore_chosen()
    assert [s.title for s in journal.sessions()] == ["Toe lifts"]
    kinds = [row[1:] for row in rows(dialog)]
    assert ["Your history before a restore", "2 sessions"] in kinds
    assert "Done" in dialog.message.text()


def test_a_damaged_file_is_listed_and_cannot_be_restored(
    qtbot: QtBot, journal: Journal, data_dir: Path, monday: Path
) -> None:
    aside = data_dir / "set-aside"
    aside.mkdir()
    (aside / "history.sqlite3.damaged-20261124-080000").write_bytes(b"scrambled" * 500)
    made = BackupsDialog(journal, data_dir)
    qtbot.addWidget(made)
    assert rows(made)[0] == ["Tuesday 24 November 2026, 8:00", "Damaged file, set aside",
                             "cannot be read"]  # fmt: skip
    made.table.setCurrentItem(made.table.topLevelItem(0))
    assert not made.restore_button.isEnabled()
    made.table.setCurrentItem(made.table.topLevelItem(1))
    assert made.restore_button.isEnabled()


def test_make_a_copy_now_adds_one(dialog: BackupsDialog) -> None:
    dialog.make_copy()
    assert len(rows(dialog)) == 2 and rows(dialog)[0][2] == "2 sessions"


def test_the_menu_opens_the_backups(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, journal: Journal, monday: Path
) -> None:
    settings = AppSettings(data_dir)
    settings.acknowledge_safety()
    window = MainWindow(bundled.catalog(), bundled.routines(), settings, data_dir, journal)
    qtbot.addWidget(window)
    (action,) = [a for a in window.menus.session_actions if a.text() == "&Backups of your history…"]
    shown: list[int] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, BackupsDialog)
        shown.append(box.table.topLevelItemCount())
        box.accept()

    QTimer.singleShot(0, look)
    action.trigger()
    assert shown == [1]


def test_the_history_page_shows_a_restored_history(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, journal: Journal, monday: Path
) -> None:
    settings = AppSettings(data_dir)
    settings.acknowledge_safety()
    window = MainWindow(bundled.catalog(), bundled.routines(), settings, data_dir, journal)
    qtbot.addWidget(window)
    window.show_history()
    assert window.history.model.rowCount() == 2

    def restore_monday() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, BackupsDialog)
        answer("Restore", [])
        box.restore_chosen()
        box.accept()

    QTimer.singleShot(0, restore_monday)
    window.show_backups()
    assert window.history.model.rowCount() == 1


def test_the_dialog_fits_a_small_screen(dialog: BackupsDialog) -> None:
    hint = dialog.minimumSizeHint()
    assert max(hint.width(), dialog.minimumWidth()) <= 1024 and hint.height() <= 560
    for button in (dialog.backup_button, dialog.restore_button):
        assert button.minimumHeight() >= 44


def test_a_damage_message_without_a_good_backup_says_so(
    qtbot: QtBot, journal: Journal, data_dir: Path
) -> None:
    made = BackupsDialog(journal, data_dir, "Your history file was damaged.")
    qtbot.addWidget(made)
    assert "There is no good backup to go back to." in made.message.text()
    assert not made.restore_button.isEnabled()
