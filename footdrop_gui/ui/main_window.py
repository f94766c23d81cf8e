"""The main window: the exercise library beside the chosen exercise's details."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from footdrop_gui import APP_NAME
from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.clock import Clock, MonotonicClock
from footdrop_gui.core.program import Entry, compile_program
from footdrop_gui.core.routine import Routine
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.paths import cache_dir
from footdrop_gui.storage.routine_store import RoutineStore
from footdrop_gui.ui.first_frame import AfterFirstFrame
from footdrop_gui.ui.history_writes import HistoryWrites
from footdrop_gui.ui.later_damage import LaterDamage
from footdrop_gui.ui.library_page import LibraryPage
from footdrop_gui.ui.main_menus import build_menus
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.side_question import side_for
from footdrop_gui.ui.theme import apply_text_scale
from footdrop_gui.ui.thumbnails import Thumbnails
from footdrop_gui.ui.window_place import place_window

if TYPE_CHECKING:
    from footdrop_gui.cues.coach import Coach
    from footdrop_gui.ui.first_run import Questions
    from footdrop_gui.ui.history_view import HistoryView
    from footdrop_gui.ui.routines_view import RoutinesView
    from footdrop_gui.ui.session_controller import SessionController
    from footdrop_gui.ui.session_run import SessionRunner

# The session, history and routines screens, the dialogs, and even the coach and the first
# questions are imported where they are first used rather than here: the library is on screen
# sooner (see startup/load_library.py). The coach, the session runner and the questions are
# built just after the window's first frame (or when first asked for).
REMINDERS_AFTER_MS = 1000  # the open app's reminders and tray icon start after the first paint


class MainWindow(QMainWindow):
    """Choose an exercise on the left, read about it on the right."""

    def __init__(
        self,
        catalog: Catalog,
        routines: tuple[Routine, ...],
        settings: AppSettings,
        data_dir: Path,
        journal: Journal,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._routines = routines
        self._settings = settings
        self._data_dir = data_dir
        self.journal = journal
        self._clock = clock or MonotonicClock()
        self.setWindowTitle(APP_NAME)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_scale(app, settings.text_scale)  # before any heading takes its size

        self.library_page = LibraryPage(catalog, thumbnails=Thumbnails(cache_dir(data_dir)))
        self.library, self.detail = self.library_page.library, self.library_page.detail
        self.routine_store = RoutineStore(journal, catalog)
        self.writes = HistoryWrites(self)  # every page saves through it and refreshes on it
        self._later_damage = LaterDamage(journal, self.writes, self.show_backups, self)
        self.writes.changed.connect(lambda _part: self._refresh_daily())
        self.library_page.daily_button.clicked.connect(
            lambda: self.start_routine(self.daily_routine())
        )
        self.library_page.routines_button.clicked.connect(self.show_routines)
        self.library_page.history_button.clicked.connect(self.show_history)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library_page)
        self._history: HistoryView | None = None  # pages built on first use: a quicker start
        self._routines_page: RoutinesView | None = None
        self._start_daily = False  # once greeted: `footdrop --start daily`
        self._refresh_daily()
        self.setCentralWidget(self.pages)

        self.library.exercise_selected.connect(self._show_exercise)
        self.detail.start_requested.connect(self.start_exercise)
        self.detail.visit_requested.connect(self.log_visit)
        self.pages.currentChanged.connect(self._page_changed)
        self.menus = build_menus(self.menuBar(), self, routines, settings)
        self._restore_layout()
        self.library_page.open_on(settings.last_exercise)

    @cached_property
    def coach(self) -> Coach:
        """Tones and the spoken coach."""
        from footdrop_gui.cues.coach import Coach

        return Coach(self._settings.path, parent=self)

    @cached_property
    def questions(self) -> Questions:
        """The safety advice, which foot, and settings that cannot be kept."""
        from footdrop_gui.ui.first_run import Questions

        return Questions(self._settings, self.coach.settings, self._catalog, self)

    @cached_property
    def runner(self) -> SessionRunner:
        """Runs the sessions on this window's pages."""
        from footdrop_gui.ui.session_run import SessionRunner

        runner = SessionRunner(
            self.journal,
            self._catalog,
            self.routine_store,
            self.coach,
            self._clock,
            self.pages,
            lambda: side_for(self._settings.affected_side),
            self.writes,
            self,
        )
        runner.opened.connect(self._session_opened)
        runner.finished.connect(self._session_finished)
        runner.full_screen_toggled.connect(self.toggle_full_screen)
        return runner

    def log_visit(self) -> None:
        """History's therapy visits, ready to note one."""
        if self.session is None:
            self.show_history()
            self.history.tabs.setCurrentWidget(self.history.visits_page)
            self.history.visits.note.setFocus()

    def _page_changed(self) -> None:
        page = self.pages.currentWidget()
        back = page is not None and page in (self._history, self._routines_page)
        self.menus.back_action.setEnabled(back)

    def toggle_full_screen(self) -> None:
        (self.showNormal if self.isFullScreen() else self.showFullScreen)()

    def start_chosen_exercise(self) -> None:
        self.detail.start_button.click()

    def start_exercise(self, exercise_id: str) -> None:
        exercise = self._catalog.get(exercise_id)
        self.runner.start(exercise.name, [Entry(exercise, exercise.prescription)])

    def start_routine(self, routine: Routine) -> None:
        entries = routine.program_entries(self._catalog)
        self.runner.start(routine.name, entries, own_routine=routine.ref.stored_id)

    @property
    def session(self) -> SessionController | None:
        """The session running now, if any."""
        return self.runner.controller

    def _session_opened(self) -> None:
        for action in self.menus.session_actions:
            action.setEnabled(False)

    def _session_finished(self) -> None:
        self.pages.setCurrentWidget(self.library_page)
        for action in self.menus.session_actions:
            action.setEnabled(True)
        if self.isFullScreen():
            self.showNormal()
        self.library.tree.setFocus()

    @property
    def history(self) -> HistoryView:
        if self._history is None:
            from footdrop_gui.ui.history_view import HistoryView

            self._history = HistoryView(self.journal, self._catalog, writes=self.writes)
            self._history.closed.connect(self.show_library)
            self.pages.addWidget(self._history)
        return self._history

    @property
    def routines_page(self) -> RoutinesView:
        if self._routines_page is None:
            from footdrop_gui.ui.routines_view import RoutinesView

            self._routines_page = RoutinesView(
                self.routine_store,
                self._routines,
                self._catalog,
                lambda: side_for(self._settings.affected_side),
                writes=self.writes,
            )
            self._routines_page.start_requested.connect(self.start_routine)
            self._routines_page.closed.connect(self.show_library)
            self.pages.addWidget(self._routines_page)
        return self._routines_page

    def daily_routine(self) -> Routine:
        """The routine marked as mine daily, or the built-in daily routine."""
        stored = self.routine_store.daily()
        return stored.routine if stored else self._routines[0]

    def _refresh_daily(self) -> None:
        routine = self.daily_routine()
        entries = routine.program_entries(self._catalog)
        seconds = compile_program(entries, side_for(self._settings.affected_side)).total_seconds
        self.library_page.show_daily(routine.name, seconds)

    def show_routines(self) -> None:
        if self.session is None:
            self.routines_page.refresh()
            self._show_page(self.routines_page)

    def open_routine_file(self) -> None:
        self.show_routines()
        self.routines_page.import_file()

    def show_history(self) -> None:
        if self.session is None:
            self.history.refresh()
            self._show_page(self.history)

    def show_library(self) -> None:
        self._refresh_daily()
        self.pages.setCurrentWidget(self.library_page)
        self.library.tree.setFocus()

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        page.setFocus()

    def focus_search(self) -> None:
        self.library.search.setFocus()
        self.library.search.selectAll()

    def _show_exercise(self, exercise_id: str) -> None:
        self.detail.show_exercise(self._catalog.get(exercise_id))
        self._settings.last_exercise = exercise_id

    def open_sound_settings(self) -> None:
        from footdrop_gui.ui.sound_settings import SoundSettingsDialog

        SoundSettingsDialog(self.coach, self).exec()
        self.questions.tell_settings_problem()

    def show_reminders(self) -> None:
        from footdrop_gui.ui.reminders_dialog import RemindersDialog

        RemindersDialog(self._data_dir, self).exec()

    def show_about(self) -> None:
        from footdrop_gui.ui.dialogs import AboutDialog

        AboutDialog(self._catalog, self._data_dir, self).exec()

    def _restore_layout(self) -> None:
        place_window(self, self._settings.window_geometry)
        splitter = self._settings.splitter_state
        if splitter is None or not self.library_page.splitter.restoreState(splitter):
            self.library_page.splitter.setSizes([340, 900])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None and self.session.running:
            self.session.request_end()
            if self.session.running:
                event.ignore()
                return
        if self.isFullScreen():
            self.showNormal()
        self._settings.window_geometry = self.saveGeometry()
        self._settings.splitter_state = self.library_page.splitter.saveState()
        self._settings.sync()
        super().closeEvent(event)

    def check_history_later(self) -> None:
        """The full check of a history opened without it, while the library shows; a write
        before its verdict waits for it (ui/later_damage.py)."""
        self._later_damage.start_check()

    def show_backups(self, message: str | None = None) -> None:
        """The backups of the history, and a way back to one (a message offers the newest)."""
        from footdrop_gui.ui.backups_dialog import BackupsDialog

        if self.journal.settle_check():  # a restore writes: checked first
            return  # damaged: said next, with the backups (ui/later_damage.py)
        BackupsDialog(self.journal, self._data_dir, message, self, self.writes).exec()

    def show_report_dialog(self) -> None:
        from footdrop_gui.ui.report.dialog import ReportDialog  # QtPrintSupport when asked

        daily = self.daily_routine()
        ReportDialog(self.journal, self._catalog, daily, self._settings, date.today(), self).exec()

    def show_handout_dialog(self) -> None:
        from footdrop_gui.ui.report.dialog import HandoutDialog

        daily = self.daily_routine()
        others = [*self._routines, *(stored.routine for stored in self.routine_store.all())]
        choices = [daily, *(r for r in others if r.ref != daily.ref)]
        HandoutDialog(choices, self._catalog, self).exec()

    def schedule_first_run(self, notice: str | None = None, damaged: bool = False) -> None:
        """Once the window is on screen: sound and speech start, then the safety notice, any
        history notice (with the backups when the history was damaged), unfinished session."""

        def greet() -> None:
            self.coach.start_engines_later()
            self.questions.greet(notice, damaged, self.show_backups)
            self.runner.offer_unfinished()
            if self._start_daily:
                self.start_daily_now()

        AfterFirstFrame(self, greet)
        QTimer.singleShot(REMINDERS_AFTER_MS, self, self._start_reminders)

    def _start_reminders(self) -> None:
        """Reminders while the app is open, and the tray icon, if any: once the library is
        on screen (they reach D-Bus, which takes a moment)."""
        from footdrop_gui.ui.app_reminders import AppReminders

        self.app_reminders = AppReminders(
            self, self._data_dir, lambda: self.session is not None, self.start_daily_now
        )

    def start_daily_now(self) -> None:
        """The daily routine, unless a session is running already."""
        if self.session is None:
            self.start_routine(self.daily_routine())

    def start_daily_when_greeted(self) -> None:
        """Start the daily routine once the first-run questions are answered (a reminder's
        "Start now"); a session carried on from last time comes first."""
        self._start_daily = True
