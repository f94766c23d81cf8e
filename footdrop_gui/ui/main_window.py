"""The main window: the exercise library beside the chosen exercise's details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

from footdrop_gui import APP_NAME
from footdrop_gui.core.catalog import Catalog
from footdrop_gui.ui.dialogs import AboutDialog, SafetyNotice
from footdrop_gui.ui.exercise_detail import ExerciseDetail
from footdrop_gui.ui.exercise_list import ExerciseList
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import Scheme, apply_scheme

DEFAULT_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    """Choose an exercise on the left, read about it on the right."""

    def __init__(
        self, catalog: Catalog, settings: AppSettings, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._settings = settings
        self._data_dir = data_dir
        self.setWindowTitle(APP_NAME)

        self.library = ExerciseList(catalog)
        self.detail = ExerciseDetail(catalog)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.library.setMinimumWidth(260)
        self.detail.setMinimumWidth(480)
        self.setCentralWidget(self.splitter)
        self.splitter.setContentsMargins(12, 12, 12, 0)
        self.statusBar().setSizeGripEnabled(True)

        self.library.exercise_selected.connect(self._show_exercise)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
        QWidget.setTabOrder(self.library.search, self.library.tree)
        QWidget.setTabOrder(self.library.tree, self.detail.start_button)
        QWidget.setTabOrder(self.detail.start_button, self.detail.scroller)
        self._build_menus()
        self._restore_layout()
        first = settings.last_exercise
        if first not in {e.id for e in catalog.exercises}:
            first = catalog.exercises[0].id
        self.library.select(first)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = file_menu.addAction("&Quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        view_menu = self.menuBar().addMenu("&View")
        find = view_menu.addAction("&Find an exercise")
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        look = view_menu.addMenu("&Appearance")
        group = QActionGroup(self)
        labels = {
            Scheme.SYSTEM: "Like my computer",
            Scheme.LIGHT: "Light",
            Scheme.DARK: "Dark",
        }
        self.scheme_actions: dict[Scheme, QAction] = {}
        for scheme, label in labels.items():
            action = look.addAction(label)
            action.setCheckable(True)
            action.setChecked(scheme is self._settings.scheme)
            action.triggered.connect(lambda _checked=False, s=scheme: self.set_scheme(s))
            group.addAction(action)
            self.scheme_actions[scheme] = action

        help_menu = self.menuBar().addMenu("&Help")
        safety = help_menu.addAction("&Safety advice")
        safety.triggered.connect(lambda: self.show_safety_notice(first_run=False))
        about = help_menu.addAction(f"&About {APP_NAME}")
        about.setShortcut(QKeySequence.StandardKey.HelpContents)
        about.triggered.connect(self.show_about)

    def focus_search(self) -> None:
        self.library.search.setFocus()
        self.library.search.selectAll()

    def set_scheme(self, scheme: Scheme) -> None:
        self._settings.scheme = scheme
        self.scheme_actions[scheme].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_scheme(app, scheme)

    def _on_system_scheme_changed(self) -> None:
        if self._settings.scheme is Scheme.SYSTEM:
            self.set_scheme(Scheme.SYSTEM)

    def _show_exercise(self, exercise_id: str) -> None:
        self.detail.show_exercise(self._catalog.get(exercise_id))
        self._settings.last_exercise = exercise_id

    def show_safety_notice(self, first_run: bool) -> None:
        dialog = SafetyNotice(self._catalog, first_run, self)
        if dialog.exec() == SafetyNotice.DialogCode.Accepted:
            self._settings.acknowledge_safety()

    def show_safety_notice_if_needed(self) -> None:
        if not self._settings.safety_acknowledged:
            self.show_safety_notice(first_run=True)

    def show_about(self) -> None:
        AboutDialog(self._catalog, self._data_dir, self).exec()

    def _restore_layout(self) -> None:
        geometry = self._settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_geometry()
        splitter = self._settings.splitter_state
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([340, 900])

    def _default_geometry(self) -> None:
        """1280x800, or 90% of a smaller screen, centred."""
        screen = QGuiApplication.primaryScreen()
        width, height = DEFAULT_SIZE
        if screen is not None:
            area = screen.availableGeometry()
            width = min(width, int(area.width() * 0.9))
            height = min(height, int(area.height() * 0.9))
            self.resize(width, height)
            self.move(area.center() - self.rect().center())
        else:
            self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.window_geometry = self.saveGeometry()
        self._settings.splitter_state = self.splitter.saveState()
        self._settings.sync()
        super().closeEvent(event)

    def schedule_first_run(self) -> None:
        """Ask for the safety acknowledgement once the window is on screen."""
        QTimer.singleShot(0, self.show_safety_notice_if_needed)
