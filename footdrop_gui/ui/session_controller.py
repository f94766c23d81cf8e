"""Wires a running session to its screen: one precise timer asks the engine "what now?".

The timer is set for the moment the countdown's number next changes (or a short frame
interval while the drawing moves), so the screen redraws only when what it shows changes.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from footdrop_gui.core.clock import Clock
from footdrop_gui.core.engine import Event, EventKind, SessionEngine, State
from footdrop_gui.core.program import Program
from footdrop_gui.core.session_display import DisplayModel, away_text
from footdrop_gui.core.summary import SessionTally
from footdrop_gui.ui.session_view import SessionView
from footdrop_gui.ui.summary_view import SummaryView

# 12.5 frames a second while the drawing moves between poses: smooth enough to follow from a
# chair, and half the CPU of 25 (make bench: CPU during a hold, with a lift in each).
ANIMATION_FRAME_MS = 80


class SessionController(QObject):
    """Runs one session: engine, timer, screen and summary."""

    events_happened = Signal(list)  # list[Event], for sound and history to follow along
    summary_shown = Signal()
    closed = Signal()

    def __init__(
        self,
        program: Program,
        clock: Clock,
        view: SessionView,
        summary: SummaryView,
        confirm_end: Callable[[], bool],
    ) -> None:
        super().__init__(view)
        self.engine = SessionEngine(program, clock)
        self._clock = clock
        self._display = DisplayModel(self.engine)
        self._tally = SessionTally(program)
        self._view = view
        self._summary = summary
        self._confirm_end = confirm_end
        self._started_at = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        view.pause_toggled.connect(self.toggle_pause)
        view.back_requested.connect(lambda: self._command(self.engine.back))
        view.skip_requested.connect(lambda: self._command(self.engine.skip_step))
        view.end_requested.connect(self.request_end)
        view.away_continue.connect(self._continue_after_absence)
        view.away_restart.connect(self._restart_after_absence)
        summary.closed.connect(self.closed)

    @property
    def running(self) -> bool:
        return self.engine.state is not State.FINISHED

    def start(self, from_step: int = 0) -> None:
        self._started_at = self._clock.now()
        self._handle(self.engine.start(from_step))
        self.refresh()

    def refresh(self) -> None:
        """Ask the engine what happened, show it, and set the timer for the next change."""
        self._handle(self.engine.tick())
        if self.engine.finished:
            self._timer.stop()
            return
        self._view.show_display(self._display.snapshot())
        if self.engine.state is State.RUNNING:
            wait = self._display.seconds_to_next_change()
            if self._display.drawing_moves():
                wait = min(wait, ANIMATION_FRAME_MS / 1000)
            self._timer.start(max(1, math.ceil(wait * 1000 - 1e-6)))  # float noise
        else:
            self._timer.stop()

    def toggle_pause(self) -> None:
        """Space: pause, carry on, or (after an absence) carry on with the rep again."""
        if self.engine.state is State.RUNNING:
            self._command(self.engine.pause)
        elif self.engine.state is State.PAUSED:
            self._command(self.engine.resume)
        elif self.engine.state is State.AWAY:
            self._continue_after_absence()

    def request_end(self) -> None:
        """Confirm before ending; the session waits (paused) while the person decides."""
        if self.engine.finished:
            return
        was_running = self.engine.state is State.RUNNING
        if was_running:
            self._handle(self.engine.pause())
        if self._confirm_end():
            self.end_now()
        elif was_running:
            self._command(self.engine.resume)
        else:
            self.refresh()

    def end_now(self) -> None:
        """End without asking (after the person confirmed); what was done is kept."""
        self._command(self.engine.end)

    def _command(self, command: Callable[[], list[Event]]) -> None:
        self._handle(command())
        self.refresh()

    def _continue_after_absence(self) -> None:
        self._view.clear_absence()
        self._command(self.engine.resume)

    def _restart_after_absence(self) -> None:
        self._view.clear_absence()
        self._handle(self.engine.restart_exercise())
        self._command(self.engine.resume)

    def _handle(self, events: list[Event]) -> None:
        if not events:
            return
        for event in events:
            self._tally.record(event)
            if event.went_away:
                self._view.ask_about_absence(away_text(event.away_seconds))
            elif event.kind is EventKind.SESSION_DONE:
                self._summary.show_summary(
                    self._tally.rows(), self._clock.now() - self._started_at, event.ended_early
                )
                self.summary_shown.emit()
        self.events_happened.emit(events)
