"""`footdrop remind`: look once, notify if a reminder is due, act on the person's answer.

Run by the systemd timer at the chosen times (and after boot for a time missed while the
computer was off), or at login with --catch-up where there is no systemd. After a snooze, or
with --catch-up while a reminder time is still to come today, it stays and looks again each
minute, asking the wall clock every time: a suspend or a clock change only means the next
look sees a later time.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from footdrop_gui.core.reminder_due import SNOOZE, next_reminder
from footdrop_gui.core.translation import translate
from footdrop_gui.reminders.check import Situation, app_is_open, look, reminder_text
from footdrop_gui.reminders.launch import start_daily_routine
from footdrop_gui.storage.paths import resolve_data_dir
from footdrop_gui.storage.reminder_state import read_state, write_state

if TYPE_CHECKING:
    from footdrop_gui.reminders.notifier import DesktopNotifier

START, LATER, NOT_TODAY = "start", "later", "not-today"
LOOK_EVERY_MS = 60_000
GIVE_UP_AFTER_MS = 3 * 60 * 60 * 1000  # an unanswered reminder does not keep a process forever


def actions_for(situation: Situation) -> list[tuple[str, str]]:
    actions = [(START, translate("ReminderText", "Start now"))]
    if situation.decision.can_snooze:
        actions.append((LATER, translate("ReminderText", "In 30 minutes")))
    return [*actions, (NOT_TODAY, translate("ReminderText", "Not today"))]


class Reminder(QObject):
    """Looks, notifies, and handles the answer; says `done` when there is nothing left to do."""

    done = Signal()

    def __init__(
        self,
        data_dir: Path,
        notifier: DesktopNotifier,
        keep_watching: bool,
        now: Callable[[], datetime] = datetime.now,
        start_app: Callable[[Path], bool] = start_daily_routine,
        look_every_ms: int = LOOK_EVERY_MS,
        fallback: Callable[[str, str], bool] | None = None,
        hold_back: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._notifier = notifier
        self._keep_watching = keep_watching
        self._now = now
        self._start_app = start_app
        self._fallback = fallback  # e.g. the tray icon's message, where D-Bus has no service
        self._hold_back = hold_back  # not now (the app is open, or in use): look again later
        self._showing = False
        self.finished = False
        self.no_service = False  # no notification service answered: nothing could be shown
        self.log: list[str] = []  # what happened, for the caller to print
        notifier.action.connect(self._on_action)
        notifier.closed.connect(self._on_closed)
        self._timer = QTimer(self, interval=look_every_ms)
        self._timer.timeout.connect(self.look)
        self._give_up = QTimer(self, singleShot=True, interval=GIVE_UP_AFTER_MS)
        self._give_up.timeout.connect(self._finish)

    def look(self) -> None:
        if self._hold_back():
            self._timer.start()
            return
        situation = look(self._data_dir, self._now)
        if situation.decision.due:  # a later time while one still shows: it replaces it
            self._notify(situation)
        elif not self._showing and not self._worth_waiting(situation):
            self._finish()
            return
        if not self._timer.isActive():
            self._timer.start()

    def _notify(self, situation: Situation) -> None:
        title, body = reminder_text(situation, self._data_dir)
        if not self._notifier.show(title, body, actions_for(situation)):
            if self._fallback is not None and self._fallback(title, body):
                shown = translate("ReminderText", "Reminded in the app: {title}. {body}")
                self.log.append(shown.format(title=title, body=body))
                self._write(reminded_at=situation.decision.slot)
                return
            self.no_service = True
            self.log.append(
                translate("ReminderText", "No notification service answered on this desktop.")
            )
            self._finish()
            return
        shown = translate("ReminderText", "Reminded: {title}. {body}")
        self.log.append(shown.format(title=title, body=body))
        self._showing = True
        self._write(reminded_at=situation.decision.slot)
        self._give_up.start()

    def _worth_waiting(self, situation: Situation) -> bool:
        """Stay while a snooze runs, or (at login) while a reminder time is still to come today."""
        upcoming = next_reminder(
            situation.settings, situation.state, situation.today, situation.now
        )
        if upcoming is None or upcoming.date() != situation.now.date():
            return False
        snoozed = situation.state.snoozed_until == upcoming
        return snoozed or self._keep_watching

    def _on_action(self, key: str) -> None:
        self._showing = False
        self._give_up.stop()
        moment = self._now()
        if key == START:
            if not self._start_app(self._data_dir):
                self.log.append(translate("ReminderText", "The app could not be opened."))
            self.log.append(translate("ReminderText", "Starting your daily routine."))
        elif key == NOT_TODAY:
            self._write(not_today=moment.date())
            self.log.append(translate("ReminderText", "No more reminders today."))
        elif key == LATER:
            self._write(snoozed_until=moment + SNOOZE)
            self.log.append(translate("ReminderText", "Reminding you again in 30 minutes."))
            self._notifier.close()
            self.look()
            return
        self._notifier.close()
        self._finish()

    def _on_closed(self) -> None:
        if self._showing:
            self._showing = False
            self._give_up.stop()
            self.look()  # closing it is an answer too: it goes quiet unless a time is to come

    def _write(self, **changes: object) -> None:
        state = read_state(self._data_dir)
        write_state(self._data_dir, dataclasses.replace(state, **changes))  # type: ignore[arg-type]

    def _finish(self) -> None:
        self._timer.stop()
        self._give_up.stop()
        if not self.finished:
            self.finished = True
            self.done.emit()


def run_remind(
    data_dir_arg: str | None, dry_run: bool, catch_up: bool, out: TextIO, err: TextIO
) -> int:
    """The `footdrop remind` command; 0 unless something is broken (a reminder not due is fine)."""
    data_dir = resolve_data_dir(data_dir_arg)
    if not data_dir.is_dir():
        off = translate(
            "ReminderText", "No reminder: reminders are off (the app has not been used here yet)."
        )
        out.write(f"{off}\n")
        return 0
    situation = look(data_dir)
    if dry_run:
        return _dry_run(situation, data_dir, out)
    app = QCoreApplication.instance() or QCoreApplication(["footdrop"])
    if app_is_open(data_dir):
        open_app = translate(
            "ReminderText", "No reminder from here: the app is open and reminds you itself."
        )
        out.write(f"{open_app}\n")
        return 0
    from footdrop_gui.reminders.notifier import DesktopNotifier  # QtDBus: not for --dry-run

    reminder = Reminder(
        data_dir,
        DesktopNotifier(),
        keep_watching=catch_up,
        hold_back=lambda: app_is_open(data_dir),  # opened while this one waits: it reminds
    )
    reminder.done.connect(app.quit)
    reminder.look()
    if not reminder.finished:
        app.exec()
    for line in reminder.log:
        out.write(f"{line}\n")
    if reminder.no_service:
        words = translate(
            "ReminderText", "no desktop notification service answered; no reminder was shown"
        )
        err.write(f"footdrop: {words}\n")
        return 1
    if not reminder.log:
        words = translate("ReminderText", "No reminder now. {reason} {next}")
        out.write(words.format(reason=situation.decision.reason, next=situation.next_in_words()))
        out.write("\n")
    return 0


def _dry_run(situation: Situation, data_dir: Path, out: TextIO) -> int:
    decision = situation.decision
    if decision.due:
        title, body = reminder_text(situation, data_dir)
        buttons = ", ".join(label for _, label in actions_for(situation))
        would = translate("ReminderText", "Would remind you now: {reason}")
        out.write(would.format(reason=decision.reason) + "\n")
        listed = translate("ReminderText", "Buttons: {buttons}").format(buttons=buttons)
        out.write(f"  {title}\n  {body}\n  {listed}\n")
    else:
        not_now = translate("ReminderText", "No reminder now: {reason}")
        out.write(not_now.format(reason=decision.reason) + "\n")
    out.write(f"{situation.next_in_words()}\n")
    return 0
