"""A session's whole life in one place: start or carry on, record, cue, end, summary, progression.

MainWindow chooses what to run and the self-test runs a short session of its own; both go
through SessionRunner, so the wiring of screen, engine, history and coach exists once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import QMessageBox, QSizePolicy, QStackedWidget, QWidget

from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.clock import Clock
from footdrop_gui.core.program import Entry, Program, Side, compile_program
from footdrop_gui.cues.coach import Coach
from footdrop_gui.storage.errors import HistoryWriteError
from footdrop_gui.storage.journal import HistoryReplaced, Journal, Rating, ResumePoint
from footdrop_gui.storage.routine_store import RoutineStore
from footdrop_gui.ui.dialogs import tell
from footdrop_gui.ui.history_writes import SESSIONS, HistoryWrites

if TYPE_CHECKING:
    from footdrop_gui.ui.session_controller import SessionController
    from footdrop_gui.ui.summary_view import SummaryView

# The session screens are imported when the first session starts, not with the window: the
# library is on screen sooner (see startup/load_library.py).


class SessionRunner(QObject):
    """Runs one session at a time on the window's pages, from its start to its summary."""

    opened = Signal()  # a session's screen is up
    finished = Signal()  # its summary was closed; the library is back
    full_screen_toggled = Signal()
    save_failed = Signal(str)  # a rep could not be written (the session goes on)

    def __init__(
        self,
        journal: Journal,
        catalog: Catalog,
        routine_store: RoutineStore,
        coach: Coach,
        clock: Clock,
        pages: QStackedWidget,
        side: Callable[[], Side],
        writes: HistoryWrites,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._journal = journal
        self._catalog = catalog
        self._routine_store = routine_store
        self._coach = coach
        self._clock = clock
        self._pages = pages
        self._side = side
        self._window = window
        self._writes = writes  # saving how it went: the one door, with its calm message
        self.controller: SessionController | None = None
        self.summary: SummaryView | None = None
        self.session_id: int | None = None
        self._own_routine: int | None = None
        self._session_pages: list[QWidget] = []
        self._page_policies: dict[QWidget, QSizePolicy] = {}

    def start(
        self,
        title: str,
        entries: list[Entry],
        resume: ResumePoint | None = None,
        own_routine: int | None = None,
    ) -> None:
        """Start entries (or carry on from resume); own_routine may earn a step more after."""
        if self.controller is None:
            self.run(title, compile_program(entries, self._side()), resume)
            self._own_routine = own_routine if self.controller else None

    def run(self, title: str, program: Program, resume: ResumePoint | None = None) -> None:
        """Show the session screen and run program, saving and cueing it as it goes."""
        if self.controller is not None:
            return
        from footdrop_gui.ui.session_controller import SessionController
        from footdrop_gui.ui.session_recorder import SessionRecorder
        from footdrop_gui.ui.session_view import SessionView
        from footdrop_gui.ui.sound_settings import VolumeControl
        from footdrop_gui.ui.summary_view import SummaryView

        try:
            if resume is None:
                session_id = self._journal.start_session(title, program)
            else:
                session_id = resume.session_id
        except HistoryReplaced:
            return  # the window says what was found, with the backups (check_history_later)
        except HistoryWriteError as exc:
            tell(
                self._window,
                self.tr("The session cannot start"),
                self.tr("Your history could not be written to. {error}").format(error=exc),
            )
            return
        view, summary = SessionView(), SummaryView()
        self._session_pages = [view, summary]
        for page in self._session_pages:
            self._pages.addWidget(page)
        self._session_pages_only(True)
        controller = SessionController(program, self._clock, view, summary, self.confirm_end)
        recorder = SessionRecorder(self._journal, session_id, program, self._clock, controller)
        self.controller, self.summary, self.session_id = controller, summary, session_id
        controller.events_happened.connect(recorder.on_events)
        recorder.save_failed.connect(view.show_notice)
        recorder.save_failed.connect(self.save_failed)
        view.fullscreen_toggled.connect(self.full_screen_toggled)
        view.add_to_header(VolumeControl(self._coach, view))
        self._coach.follow(controller)
        controller.summary_shown.connect(lambda: self._show(summary))
        controller.closed.connect(self._close)
        self.opened.emit()
        self._show(view)
        controller.start(resume.next_step if resume else 0)

    def offer_unfinished(self) -> None:
        """A session that never ended (a crash, a power cut): carry on, or keep what was done."""
        unfinished = self._journal.unfinished()
        if not unfinished:
            return
        latest, *older = unfinished
        for stale in older:
            self._journal.keep_as_partial(stale.id)
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Your last session did not finish"))
        locale, started = QLocale(), latest.started_at
        # The date's pattern is the translator's (QLocale's names): "Monday 30 November".
        date_shown = QDate(started.year, started.month, started.day)
        day = locale.toString(date_shown, self.tr("dddd dd MMMM"))
        time = locale.toString(QTime(started.hour, started.minute), self.tr("HH:mm"))
        box.setText(
            self.tr("“{title}”, started {day} at {time}, did not finish.").format(
                title=latest.title, day=day, time=time
            )
        )
        box.setInformativeText(
            self.tr(
                "You had done {done} of %n reps. "
                "Carry on where it stopped, or keep what you did as a part-done session?",
                "",
                latest.planned_reps,
            ).format(done=latest.done_reps)
        )
        carry_on = box.addButton(self.tr("Carry on"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep what I did"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(carry_on)
        box.setEscapeButton(keep)
        box.exec()
        from footdrop_gui.core.report_numbers import entries_from_plan  # not on the start path

        point = self._journal.resume_point(latest.id)
        entries = entries_from_plan(point.plan, self._catalog)
        if box.clickedButton() is carry_on and entries:
            self.start(latest.title, entries, resume=point)
        else:
            self._journal.keep_as_partial(latest.id)

    def offer_progression(self, routine_id: int, today: date | None = None) -> None:
        """After a session of your own routine: suggest one step more where it is earned."""
        from footdrop_gui.core.progression import DECLINE_WAIT, suggest

        today = today or date.today()
        stored = self._routine_store.get(routine_id)
        for number, entry in enumerate(stored.routine.entries):
            exercise = self._catalog.get(entry.exercise_id)
            suggestion = suggest(
                entry,
                exercise,
                self._journal.exercise_outcomes(exercise.id),
                self._journal.declined_until(exercise.id),
                today,
            )
            if suggestion is None:
                continue
            box = QMessageBox(self._window)
            box.setWindowTitle(self.tr("Ready for a little more?"))
            box.setText(suggestion.text)
            box.setInformativeText(self.tr("You can change it back in Your routines at any time."))
            yes = box.addButton(
                self.tr("Yes, update my routine"), QMessageBox.ButtonRole.AcceptRole
            )
            later = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(later)
            box.exec()
            if box.clickedButton() is yes:
                entries = list(stored.routine.entries)
                entries[number] = suggestion.apply(entry)
                updated = replace(stored.routine, entries=tuple(entries))
                self._routine_store.save(routine_id, updated)
            else:
                self._journal.decline(exercise.id, suggestion.field, today + DECLINE_WAIT)
            return  # one suggestion at a time

    def confirm_end(self) -> bool:
        """Ask before ending a session; the default answer keeps it going."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("End the session?"))
        box.setText(self.tr("End this session now?"))
        box.setInformativeText(self.tr("The reps you have done so far are kept."))
        end = box.addButton(self.tr("End session"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is end

    def _show(self, page: QWidget) -> None:
        self._pages.setCurrentWidget(page)
        page.setFocus()

    def _session_pages_only(self, on: bool) -> None:
        """During a session only its pages set the window's least size (they fit any screen)."""
        ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for index in range(self._pages.count()):
            page = self._pages.widget(index)
            if page is None or page in self._session_pages:
                continue
            if on:
                self._page_policies[page] = page.sizePolicy()
            page.setSizePolicy(ignored if on else self._page_policies.pop(page, page.sizePolicy()))

    def _close(self) -> None:
        """The summary was closed: keep how it went, take the pages down, maybe offer more."""
        if self.controller is None or self.summary is None or self.session_id is None:
            return
        rating = self.summary.rating.rating()
        if rating != Rating():
            with self._writes.saving(self._window, self.tr("How it went"), SESSIONS):
                self._journal.set_rating(self.session_id, rating)
        self.finished.emit()  # the window shows the library first: no other page flashes up
        for page in self._session_pages:
            self._pages.removeWidget(page)
            page.deleteLater()
        self._session_pages = []
        self._session_pages_only(False)
        self.controller = self.summary = self.session_id = None
        if self._own_routine is not None:
            self.offer_progression(self._own_routine)
            self._own_routine = None
