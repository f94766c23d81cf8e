"""The reminder as a person meets it: one notification when it is due, none when it is not,
and each button doing what it says, with the time moved by hand (never slept)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from footdrop_gui.core.reminder_due import ReminderSettings
from footdrop_gui.reminders.notifier import DesktopNotifier
from footdrop_gui.reminders.remind import Reminder
from footdrop_gui.reminders.settings import ReminderStore
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.reminder_state import read_state, write_state
from tests.reminders.conftest import FakeNotifications
from tests.storage.sessions import program, run_session

EVENING = ReminderSettings(enabled=True, times=(time(18, 0),))
SUNDAY = datetime(2026, 11, 29)
NEVER_MS = 24 * 60 * 60 * 1000  # the minute timer never fires here: the tests look by hand


class Wall:
    """The wall clock, moved by hand (a jump forward is what a suspend looks like)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


class Run:
    """A reminder run on the fake bus, with what it started."""

    def __init__(
        self, data_dir: Path, fake: FakeNotifications, wall: Wall, catch_up: bool = False
    ) -> None:
        self.started: list[Path] = []
        self.notifier = DesktopNotifier(fake.bus)
        self.reminder = Reminder(
            data_dir,
            self.notifier,
            keep_watching=catch_up,
            now=wall,
            start_app=lambda folder: self.started.append(folder) is None,
            look_every_ms=NEVER_MS,
        )

    def shown_and_answered(self, fake: FakeNotifications, qtbot: QtBot, action: str) -> None:
        """It reminds now, and the person presses a button (or closes it)."""
        self.reminder.look()
        signal = self.reminder.done if action == "close" else self.notifier.action
        with qtbot.waitSignal(signal, timeout=5000):
            fake.press(action)


@pytest.fixture
def wall() -> Wall:
    return Wall(SUNDAY.replace(hour=18, minute=1))


@pytest.fixture
def evening(data_dir: Path) -> Path:
    ReminderStore(data_dir).save(EVENING)
    return data_dir


def test_due_one_kind_notification_with_three_buttons(
    evening: Path, notifications: FakeNotifications, wall: Wall
) -> None:
    run = Run(evening, notifications, wall)
    run.reminder.look()
    (call,) = notifications.calls()
    assert call["summary"] == "Time for your foot exercises (about 28 minutes)"
    assert call["body"] == "A few minutes now keeps your ankles moving."
    assert call["actions"] == [
        "start", "Start now", "later", "In 30 minutes", "not-today", "Not today"
    ]  # fmt: skip
    assert (call["app_name"], call["app_icon"]) == ("footdrop", "footdrop")
    assert read_state(evening).reminded_at == SUNDAY.replace(hour=18)
    run.reminder.look()  # a second look while it shows: nothing more
    Run(evening, notifications, wall).reminder.look()  # nor from another run
    assert len(notifications.calls()) == 1


def test_a_second_time_replaces_a_first_reminder_left_unanswered(
    data_dir: Path, notifications: FakeNotifications, wall: Wall
) -> None:
    ReminderStore(data_dir).save(replace(EVENING, times=(time(18, 0), time(20, 0))))
    run = Run(data_dir, notifications, wall)
    run.reminder.look()
    wall.moment = SUNDAY.replace(hour=20)  # still showing, its process still waiting
    run.reminder.look()
    first, second = notifications.calls()
    assert (first["replaces_id"], second["replaces_id"]) == (0, first["id"])
    assert read_state(data_dir).reminded_at == SUNDAY.replace(hour=20)


def test_start_now_opens_the_app_on_the_daily_routine(
    evening: Path, notifications: FakeNotifications, wall: Wall, qtbot: QtBot
) -> None:
    run = Run(evening, notifications, wall)
    run.shown_and_answered(notifications, qtbot, "start")
    assert run.started == [evening]


def test_not_due_before_the_time_nor_once_done_today(
    evening: Path, notifications: FakeNotifications, wall: Wall
) -> None:
    early = Run(evening, notifications, Wall(SUNDAY.replace(hour=17)))
    early.reminder.look()
    assert early.reminder.finished and notifications.calls() == []
    journal, _ = Journal.open(evening, now=lambda: SUNDAY.replace(hour=10))
    run_session(journal, program("calf-stretch"), 200)
    journal.close()
    done = Run(evening, notifications, wall)
    done.reminder.look()
    assert done.reminder.finished and notifications.calls() == []


def test_not_today_means_no_more_today_but_again_tomorrow(
    evening: Path, notifications: FakeNotifications, wall: Wall, qtbot: QtBot
) -> None:
    run = Run(evening, notifications, wall)
    run.shown_and_answered(notifications, qtbot, "not-today")
    assert read_state(evening).not_today == SUNDAY.date()
    wall.moment = SUNDAY.replace(hour=21)
    Run(evening, notifications, wall).reminder.look()
    assert len(notifications.calls()) == 1
    wall.moment = SUNDAY.replace(hour=18) + timedelta(days=1)
    Run(evening, notifications, wall).reminder.look()
    assert len(notifications.calls()) == 2


def test_in_30_minutes_reminds_once_more_and_offers_no_second_snooze(
    evening: Path, notifications: FakeNotifications, wall: Wall, qtbot: QtBot
) -> None:
    run = Run(evening, notifications, wall)
    run.shown_and_answered(notifications, qtbot, "later")
    assert read_state(evening).snoozed_until == wall.moment + timedelta(minutes=30)
    assert not run.reminder.finished  # it stays to look again
    wall.moment += timedelta(minutes=29)
    run.reminder.look()
    assert len(notifications.calls()) == 1
    wall.moment += timedelta(minutes=1)
    run.reminder.look()
    second = notifications.calls()[-1]
    assert len(notifications.calls()) == 2
    assert "later" not in second["actions"] and "start" in second["actions"]


def test_a_suspend_across_the_time_reminds_once_on_waking(
    evening: Path, notifications: FakeNotifications, qtbot: QtBot
) -> None:
    wall = Wall(SUNDAY.replace(hour=17, minute=50))
    run = Run(evening, notifications, wall, catch_up=True)
    run.reminder.look()
    assert notifications.calls() == [] and not run.reminder.finished  # waits for 18:00
    wall.moment = SUNDAY.replace(hour=21, minute=10)  # the computer slept until now
    run.reminder.look()
    run.reminder.look()
    assert len(notifications.calls()) == 1
    with qtbot.waitSignal(run.reminder.done, timeout=5000):
        notifications.press("close")  # dismissed: nothing more today
    wall.moment += timedelta(minutes=5)
    Run(evening, notifications, wall).reminder.look()
    assert len(notifications.calls()) == 1


def test_quiet_hours_hold_it_back(data_dir: Path, notifications: FakeNotifications) -> None:
    ReminderStore(data_dir).save(replace(EVENING, quiet_start=time(21), quiet_end=time(8)))
    run = Run(data_dir, notifications, Wall(SUNDAY.replace(hour=22, minute=30)))
    run.reminder.look()
    assert notifications.calls() == [] and run.reminder.finished


def test_the_day_after_a_missed_day_reminds_kindly(
    evening: Path, notifications: FakeNotifications, wall: Wall
) -> None:
    for days_ago in (4, 3, 2):  # exercised, then missed yesterday
        journal, _ = Journal.open(evening, now=lambda d=days_ago: wall.moment - timedelta(days=d))
        run_session(journal, program("calf-stretch"), 200)
        journal.close()
    write_state(evening, replace(read_state(evening), reminded_at=SUNDAY - timedelta(hours=6)))
    Run(evening, notifications, wall).reminder.look()
    (call,) = notifications.calls()
    assert call["body"] == "You exercised on 3 of the last 7 days."


def test_with_no_notification_service_it_says_so(evening: Path, wall: Wall, tmp_path: Path) -> None:
    name = "footdrop-test-nobody"
    bus = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", name)
    try:
        run = Run(evening, FakeNotifications(bus, tmp_path / "x", tmp_path / "y"), wall)
        run.reminder.look()
    finally:
        QDBusConnection.disconnectFromBus(name)
    assert run.reminder.finished
    assert run.reminder.log == ["No notification service answered on this desktop."]
    assert read_state(evening).reminded_at is None  # so the next look tries again
