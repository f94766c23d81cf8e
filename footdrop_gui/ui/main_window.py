"""The main window: the exercise library beside the chosen exercise's details."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui import APP_NAME
from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.clock import Clock, MonotonicClock
from footdrop_gui.core.describe import duration
from footdrop_gui.core.program import Entry, compile_program
from footdrop_gui.core.routine import Routine
from footdrop_gui.cues.coach import Coach
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.routine_store import RoutineStore
from footdrop_gui.ui.dialogs import tell
from footdrop_gui.ui.exercise_detail import ExerciseDetail
from footdrop_gui.ui.exercise_list import ExerciseList
from footdrop_gui.ui.session_run import SessionRunner
from footdrop_gui.ui.settings import TEXT_SCALES, AppSettings
from footdrop_gui.ui.side_question import SideQuestion, side_for
from footdrop_gui.ui.theme import Scheme, apply_scheme, apply_text_scale, relative_font
from footdrop_gui.ui.top_bar import TopBar
from footdrop_gui.ui.window_place import place_window

if TYPE_CHECKING:
    from footdrop_gui.ui.history_view import HistoryView
    from footdrop_gui.ui.routines_view import RoutinesView
    from footdrop_gui.ui.session_controller import SessionController

# The session, history and routines screens, and the dialogs, are imported where they are
# first used rather than here: the library is on screen sooner (see opening.py).


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
        self.coach = Coach(settings.path, parent=self)
        self.setWindowTitle(APP_NAME)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_scale(app, settings.text_scale)  # before any heading takes its size

        self.library = ExerciseList(catalog)
        self.detail = ExerciseDetail(catalog)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.library.setMinimumWidth(260)
        self.detail.setMinimumWidth(480)
        self.routine_store = RoutineStore(journal, catalog)
        self.daily_button = QPushButton("▶  Start my daily routine")
        self.daily_button.setObjectName("primaryButton")
        self.daily_button.setAccessibleName("Start my daily routine")
        relative_font(self.daily_button, 1.3, bold=True)
        self.daily_button.setMinimumHeight(56)
        self.daily_button.clicked.connect(lambda: self.start_routine(self.daily_routine()))
        self.daily_length = QLabel(wordWrap=True)  # a long routine name wraps on a small screen
        self.routines_button = QPushButton("Your routines")
        self.routines_button.setMinimumHeight(56)
        relative_font(self.routines_button, 1.15)
        self.routines_button.setToolTip("Make your own routine, or open one from your therapist")
        self.routines_button.clicked.connect(self.show_routines)
        self.history_button = QPushButton("Your history")
        self.history_button.setMinimumHeight(56)
        relative_font(self.history_button, 1.15)
        self.history_button.setToolTip("Look back at your sessions and progress (Ctrl+H)")
        self.history_button.clicked.connect(self.show_history)
        library_page = QWidget()
        self.top_bar = TopBar(
            (
                (self.daily_button,),
                (self.daily_length,),
                (self.routines_button, self.history_button),  # these two stay together
            ),
            self.daily_length,
            library_page,
        )
        page_layout = QVBoxLayout(library_page)
        page_layout.setContentsMargins(12, 12, 12, 0)
        page_layout.addWidget(self.top_bar)
        page_layout.addWidget(self.splitter, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(library_page)
        self.library_page = library_page
        self._history: HistoryView | None = None  # pages built on first use: a quicker start
        self._routines_page: RoutinesView | None = None
        self.runner = SessionRunner(
            journal,
            catalog,
            self.routine_store,
            self.coach,
            self._clock,
            self.pages,
            lambda: side_for(self._settings.affected_side),
            self,
        )
        self.runner.opened.connect(self._session_opened)
        self.runner.finished.connect(self._session_finished)
        self.runner.full_screen_toggled.connect(self.toggle_full_screen)
        self._start_daily = False  # once greeted: `footdrop --start daily`
        self._refresh_daily()
        self.setCentralWidget(self.pages)

        self.library.exercise_selected.connect(self._show_exercise)
        self.detail.start_requested.connect(self.start_exercise)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
        self.detail.visit_requested.connect(self.log_visit)
        tab_order = (
            self.daily_button,
            self.routines_button,
            self.history_button,
            self.library.search,
            self.library.tree,
            self.detail.start_button,
            self.detail.scroller,
        )
        for before, after in pairwise(tab_order):
            QWidget.setTabOrder(before, after)
        self.pages.currentChanged.connect(self._page_changed)
        self._build_menus()
        self._restore_layout()
        first = settings.last_exercise
        if first not in {e.id for e in catalog.exercises}:
            first = catalog.exercises[0].id
        self.library.select(first)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        open_file = file_menu.addAction("&Open a routine file…")
        open_file.setShortcut(QKeySequence.StandardKey.Open)
        open_file.triggered.connect(self._open_routine_file)
        file_menu.addSeparator()
        quit_action = file_menu.addAction("&Quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        session_menu = self.menuBar().addMenu("&Session")
        self.session_actions: list[QAction] = []
        daily = session_menu.addAction("Start my daily routine")
        daily.setShortcut(QKeySequence("Ctrl+R"))
        daily.triggered.connect(lambda: self.start_routine(self.daily_routine()))
        self.session_actions.append(daily)
        for routine in self._routines:
            action = session_menu.addAction(f"Start {routine.name.lower()}")
            action.setToolTip(routine.description)
            action.triggered.connect(lambda _checked=False, r=routine: self.start_routine(r))
            self.session_actions.append(action)
        routines_action = session_menu.addAction("Your &routines…")
        routines_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        routines_action.triggered.connect(self.show_routines)
        self.session_actions.append(routines_action)
        start_one = session_menu.addAction("Start the chosen exercise")
        start_one.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        start_one.triggered.connect(self.detail.start_button.click)
        self.session_actions.append(start_one)
        session_menu.addSeparator()
        fullscreen = session_menu.addAction("&Full screen")
        fullscreen.setShortcut(QKeySequence("F11"))
        fullscreen.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        fullscreen.triggered.connect(self.toggle_full_screen)

        view_menu = self.menuBar().addMenu("&View")
        history = view_menu.addAction("Your &history")
        history.setShortcut(QKeySequence("Ctrl+H"))
        history.triggered.connect(self.show_history)
        self.session_actions.append(history)
        visit = view_menu.addAction("&Log a therapy visit…")
        visit.setShortcut(QKeySequence("Ctrl+L"))
        visit.triggered.connect(self.log_visit)
        self.session_actions.append(visit)
        self.back_action = view_menu.addAction("&Back to exercises")
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_action.setEnabled(False)  # only on History and Routines (see _page_changed)
        self.back_action.triggered.connect(self.show_library)
        backups = view_menu.addAction("&Backups of your history…")
        backups.triggered.connect(lambda: self.show_backups())
        self.session_actions.append(backups)
        view_menu.addSeparator()
        sound = view_menu.addAction("&Sound and voice…")
        sound.triggered.connect(self.open_sound_settings)
        side = view_menu.addAction("Which foot is &affected…")
        side.triggered.connect(self.ask_affected_side)
        reminders = view_menu.addAction("&Reminders…")
        reminders.triggered.connect(self.show_reminders)
        find = view_menu.addAction("&Find an exercise")
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        look = view_menu.addMenu("&Appearance")
        group = QActionGroup(self)
        labels = {
            Scheme.SYSTEM: "Like my computer",
            Scheme.LIGHT: "Light",
            Scheme.DARK: "Dark",
            Scheme.CONTRAST: "High contrast",
        }
        self.scheme_actions: dict[Scheme, QAction] = {}
        for scheme, label in labels.items():
            action = look.addAction(label)
            action.setCheckable(True)
            action.setChecked(scheme is self._settings.scheme)
            action.triggered.connect(lambda _checked=False, s=scheme: self.set_scheme(s))
            group.addAction(action)
            self.scheme_actions[scheme] = action
        self._build_text_size_menu(view_menu)

        help_menu = self.menuBar().addMenu("&Help")
        safety = help_menu.addAction("&Safety advice")
        safety.triggered.connect(lambda: self.show_safety_notice(first_run=False))
        about = help_menu.addAction(f"&About {APP_NAME}")
        about.setShortcut(QKeySequence.StandardKey.HelpContents)
        about.triggered.connect(self.show_about)

    def _build_text_size_menu(self, view_menu: QMenu) -> None:
        """View -> Text size: Normal, Large, Largest, with the usual zoom keys."""
        sizes = view_menu.addMenu("&Text size")
        group = QActionGroup(self)
        self.text_size_actions: dict[float, QAction] = {}
        names = ("&Normal", "&Large", "Lar&gest")
        keys = ("Ctrl+0", "", "")
        for scale, name, key in zip(TEXT_SCALES, names, keys, strict=True):
            action = sizes.addAction(name)
            action.setCheckable(True)
            action.setChecked(scale == self._settings.text_scale)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, s=scale: self.set_text_scale(s))
            group.addAction(action)
            self.text_size_actions[scale] = action
        sizes.addSeparator()
        for name, keys_, step in (
            ("&Bigger text", ("Ctrl++", "Ctrl+="), 1),
            ("&Smaller text", ("Ctrl+-",), -1),
        ):
            action = sizes.addAction(name)
            action.setShortcuts([QKeySequence(k) for k in keys_])
            action.triggered.connect(lambda _checked=False, s=step: self.step_text_scale(s))

    def set_text_scale(self, scale: float) -> None:
        """A new text size for every screen and dialog at once, kept for the next start."""
        self._settings.text_scale = scale
        self.text_size_actions[scale].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_scale(app, scale)

    def step_text_scale(self, step: int) -> None:
        here = TEXT_SCALES.index(self._settings.text_scale)
        self.set_text_scale(TEXT_SCALES[min(max(here + step, 0), len(TEXT_SCALES) - 1)])

    def log_visit(self) -> None:
        """History's therapy visits, ready to note one."""
        if self.session is None:
            self.show_history()
            self.history.tabs.setCurrentWidget(self.history.visits_page)
            self.history.visits.note.setFocus()

    def _page_changed(self) -> None:
        page = self.pages.currentWidget()
        back = page is not None and page in (self._history, self._routines_page)
        self.back_action.setEnabled(back)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def start_exercise(self, exercise_id: str) -> None:
        exercise = self._catalog.get(exercise_id)
        self.runner.start(exercise.name, [Entry(exercise, exercise.prescription)])

    def start_routine(self, routine: object) -> None:
        assert isinstance(routine, Routine)
        mine = routine.id.removeprefix("mine-")
        own = int(mine) if mine.isdigit() else None
        self.runner.start(routine.name, routine.program_entries(self._catalog), own_routine=own)

    @property
    def session(self) -> SessionController | None:
        """The session running now, if any."""
        return self.runner.controller

    def _session_opened(self) -> None:
        for action in self.session_actions:
            action.setEnabled(False)

    def _session_finished(self) -> None:
        self.pages.setCurrentWidget(self.library_page)
        for action in self.session_actions:
            action.setEnabled(True)
        if self.isFullScreen():
            self.showNormal()
        self.library.tree.setFocus()

    @property
    def history(self) -> HistoryView:
        if self._history is None:
            from footdrop_gui.ui.history_view import HistoryView

            self._history = HistoryView(self.journal, self._catalog)
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
        self.daily_length.setText(f"{routine.name}, about {duration(60 * round(seconds / 60))}")
        self.daily_button.setToolTip(f"Start “{routine.name}” (Ctrl+R)")

    def show_routines(self) -> None:
        if self.session is None:
            self.routines_page.refresh()
            self._show_page(self.routines_page)

    def _open_routine_file(self) -> None:
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

    def set_scheme(self, scheme: Scheme) -> None:
        self._settings.scheme = scheme
        self.scheme_actions[scheme].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._settings.last_dark = apply_scheme(app, scheme)

    def _on_system_scheme_changed(self) -> None:
        if self._settings.scheme is Scheme.SYSTEM:
            self.set_scheme(Scheme.SYSTEM)

    def _show_exercise(self, exercise_id: str) -> None:
        self.detail.show_exercise(self._catalog.get(exercise_id))
        self._settings.last_exercise = exercise_id

    def show_safety_notice(self, first_run: bool) -> None:
        from footdrop_gui.ui.dialogs import SafetyNotice

        dialog = SafetyNotice(self._catalog, first_run, self)
        if dialog.exec() == SafetyNotice.DialogCode.Accepted:
            self._settings.acknowledge_safety()

    def show_safety_notice_if_needed(self) -> None:
        if not self._settings.safety_acknowledged:
            self.show_safety_notice(first_run=True)

    def ask_affected_side(self) -> None:
        question = SideQuestion(self._settings.affected_side, self)
        if question.exec() == SideQuestion.DialogCode.Accepted:
            self._settings.affected_side = question.choice()

    def open_sound_settings(self) -> None:
        from footdrop_gui.ui.sound_settings import SoundSettingsDialog

        SoundSettingsDialog(self.coach, self).exec()
        self.tell_settings_problem()

    def tell_settings_problem(self) -> None:
        """Settings that cannot be read or kept are said once, not met as questions that
        silently come back at every start."""
        said = self._settings.notice(self.coach.settings.save_failed)
        if said:
            tell(self, "Your settings", said)

    def show_reminders(self) -> None:
        from footdrop_gui.ui.reminders_dialog import RemindersDialog

        RemindersDialog(self._data_dir, self).exec()

    def show_about(self) -> None:
        from footdrop_gui.ui.dialogs import AboutDialog

        AboutDialog(self._catalog, self._data_dir, self).exec()

    def _restore_layout(self) -> None:
        place_window(self, self._settings.window_geometry)
        splitter = self._settings.splitter_state
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([340, 900])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None and self.session.running:
            self.session.request_end()
            if self.session.running:
                event.ignore()
                return
        if self.isFullScreen():
            self.showNormal()
        self._settings.window_geometry = self.saveGeometry()
        self._settings.splitter_state = self.splitter.saveState()
        self._settings.sync()
        super().closeEvent(event)

    def show_backups(self, message: str | None = None) -> None:
        """The backups of the history, and a way back to one (a message offers the newest)."""
        from footdrop_gui.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.journal.connection, self._data_dir, message, parent=self)
        dialog.restored.connect(self._after_restore)
        dialog.exec()

    def _after_restore(self) -> None:
        self._refresh_daily()
        if self._history is not None:
            self._history.refresh()
        if self._routines_page is not None:
            self._routines_page.refresh()

    def schedule_first_run(self, notice: str | None = None, damaged: bool = False) -> None:
        """Once the window is on screen: safety notice, any history notice (with the backups
        when the history was damaged), unfinished session."""
        from footdrop_gui.ui.app_reminders import AppReminders

        self.app_reminders = AppReminders(self, self._data_dir)  # and the tray icon, if any

        def greet() -> None:
            self.tell_settings_problem()
            self.show_safety_notice_if_needed()
            if self._settings.affected_side is None:
                self.ask_affected_side()
            self.tell_settings_problem()  # saving the answers may be what failed
            if notice and damaged:
                self.show_backups(notice)
            elif notice:
                tell(self, "About your history", notice)
            self.runner.offer_unfinished()
            if self._start_daily and self.session is None:
                self.start_routine(self.daily_routine())

        QTimer.singleShot(0, greet)

    def start_daily_when_greeted(self) -> None:
        """Start the daily routine once the first-run questions are answered (a reminder's
        "Start now"); a session carried on from last time comes first."""
        self._start_daily = True
