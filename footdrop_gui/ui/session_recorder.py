"""Saves a running session to the journal as its events arrive.

A failed write (a full disk, a removed drive) must never stop the session: it is reported
once, in plain words, and the session carries on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from footdrop_gui.core.activity import ActivityLog
from footdrop_gui.core.clock import Clock
from footdrop_gui.core.engine import Event, EventKind
from footdrop_gui.core.program import Program
from footdrop_gui.storage.errors import HistoryWriteError
from footdrop_gui.storage.journal import Journal


class SessionRecorder(QObject):
    """Writes each completed rep, hold, set or timed activity, and the session's end."""

    save_failed = Signal(str)

    def __init__(
        self, journal: Journal, session_id: int, program: Program, clock: Clock, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.session_id = session_id
        self._journal = journal
        self._log = ActivityLog(program, clock)
        self._failed = False

    def on_events(self, events: list[Event]) -> None:
        try:
            for activity in self._log.on_events(events):
                self._journal.record(self.session_id, activity)
            for event in events:
                if event.kind is EventKind.SESSION_DONE:
                    self._journal.end_session(self.session_id, event.ended_early)
        except HistoryWriteError as exc:
            if not self._failed:
                self._failed = True
                self.save_failed.emit(
                    self.tr(
                        "Your progress could not be saved. {error} The session carries on."
                    ).format(error=exc)
                )
