"""While the app is open it reminds by itself, once; the headless command then stays quiet;
"Start now" starts the daily routine in the open window; a tray icon where there is a tray."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.reminders.remind import run_remind
from footdrop_gui.startup.run import hold_single_instance
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.app_reminders import AppReminders
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import Scheme, apply_scheme
from tests.reminders.conftest import FakeNotifications

NEVER_MS = 24 * 60 * 60 * 1000


@pytest.fixture
def window(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, journal: Journal
) -> Iterator[MainWindow]:
    (data_dir / "settings.ini").write_text("[reminders]\nenabled=true\ntimes=00:00\n")
    made = MainWindow(
        bundled.catalog(), bundled.routines(), AppSettings(data_dir), data_dir, journal
    )
    qtbot.addWidget(made)
    made.show()
    yield made
    apply_scheme(qapp, Scheme.LIGHT)


# The offscreen test platform cannot raise a window; that notice is about the platform.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_open_app_reminds_once_and_start_now_starts_here(
    window: MainWindow, data_dir: Path, notifications: FakeNotifications, qtbot: QtBot
) -> None:
    reminders = AppReminders(
        window,
        data_dir,
        lambda: window.session is not None,
        window.start_daily_now,
        notifications.bus,
        look_every_ms=NEVER_MS,
    )
    reminders.reminder.look()
    assert notifications.calls() == []  # the person is looking at the app: no need
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    reminders.reminder.look()
    reminders.reminder.look()
    (call,) = notifications.calls()
    assert call["summary"].startswith("Time for your foot exercises")
    notifications.press("start")
    qtbot.waitUntil(lambda: window.session is not None, timeout=5000)
    (session,) = window.journal.sessions()
    assert session.title == window.daily_routine().name
    window.session.end_now()  # so closing the window does not stop to ask


def test_the_headless_command_stays_quiet_while_the_app_is_open(data_dir: Path) -> None:
    (data_dir / "settings.ini").write_text("[reminders]\nenabled=true\ntimes=00:00\n")
    lock = hold_single_instance(data_dir)
    try:
        out = io.StringIO()
        assert run_remind(str(data_dir), False, False, out, io.StringIO()) == 0
    finally:
        lock.release()
    assert out.getvalue() == "No reminder from here: the app is open and reminds you itself.\n"


# Offscreen has no tray: Qt's stand-in icon notes that it cannot follow the tray window.
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_a_tray_icon_with_start_show_and_quit_only_where_there_is_a_tray(
    window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: no tray, no icon
    def reminders() -> AppReminders:
        return AppReminders(
            window, data_dir, lambda: False, window.start_daily_now, look_every_ms=NEVER_MS
        )

    assert reminders().tray is None
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    tray = reminders().tray
    assert tray is not None
    menu = tray.contextMenu()
    assert menu is not None
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels == ["Start my daily routine", "Show", "Quit"]
