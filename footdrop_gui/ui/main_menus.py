"""The main window's menu bar: File, Session, View and Help, with their keys.

Entries that would leave a running session (another session, History, Routines...) are off
while one runs; the window turns them off and on again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from footdrop_gui import APP_NAME
from footdrop_gui.core.routine import Routine
from footdrop_gui.ui.appearance import Appearance
from footdrop_gui.ui.language_menu import LanguageMenu
from footdrop_gui.ui.settings import AppSettings

if TYPE_CHECKING:
    from footdrop_gui.ui.first_run import Questions

translate = QCoreApplication.translate


class MenuHost(Protocol):
    """What the menus ask the main window to do."""

    @property
    def questions(self) -> Questions: ...  # built once the window is on screen

    def open_routine_file(self) -> None: ...
    def close(self) -> bool: ...
    def start_routine(self, routine: Routine) -> None: ...
    def daily_routine(self) -> Routine: ...
    def show_routines(self) -> None: ...
    def start_chosen_exercise(self) -> None: ...
    def toggle_full_screen(self) -> None: ...
    def show_history(self) -> None: ...
    def log_visit(self) -> None: ...
    def show_library(self) -> None: ...
    def show_backups(self, message: str | None = None) -> None: ...
    def open_sound_settings(self) -> None: ...
    def show_reminders(self) -> None: ...
    def show_report_dialog(self) -> None: ...
    def show_handout_dialog(self) -> None: ...
    def focus_search(self) -> None: ...
    def show_about(self) -> None: ...


@dataclass(frozen=True)
class MainMenus:
    session_actions: list[QAction]  # off while a session runs
    back_action: QAction  # on only where there is a way back (History, Routines)
    appearance: Appearance


def build_menus(
    bar: QMenuBar,
    host: MenuHost,
    routines: tuple[Routine, ...],
    settings: AppSettings,
) -> MainMenus:
    file_menu = bar.addMenu(translate("MainMenus", "&File"))
    item(
        file_menu,
        translate("MainMenus", "&Open a routine file…"),
        host.open_routine_file,
        QKeySequence.StandardKey.Open,
    )
    item(file_menu, translate("MainMenus", "&Report for my therapist…"), host.show_report_dialog)
    item(
        file_menu,
        translate("MainMenus", "&Print my routine…"),
        host.show_handout_dialog,
        QKeySequence.StandardKey.Print,
    )
    file_menu.addSeparator()
    item(file_menu, translate("MainMenus", "&Quit"), host.close, QKeySequence.StandardKey.Quit)

    session_menu = bar.addMenu(translate("MainMenus", "&Session"))
    daily = item(
        session_menu,
        translate("MainMenus", "Start my daily routine"),
        lambda: host.start_routine(host.daily_routine()),
        QKeySequence("Ctrl+R"),
    )
    session_actions = [daily]
    for routine in routines:
        # English and Spanish lower the name inside the sentence; German keeps {name} as is.
        text = translate("MainMenus", "Start “{routine}”")
        action = session_menu.addAction(
            text.format(routine=routine.name)
        )
        action.setToolTip(routine.description)
        action.triggered.connect(lambda _checked=False, r=routine: host.start_routine(r))
        session_actions.append(action)
    session_actions += [
        item(
            session_menu,
            translate("MainMenus", "Your &routines…"),
            host.show_routines,
            QKeySequence("Ctrl+Shift+R"),
        ),
        item(
            session_menu,
            translate("MainMenus", "Start the chosen exercise"),
            host.start_chosen_exercise,
            QKeySequence("Ctrl+Return"),
            QKeySequence("Ctrl+Enter"),
        ),
    ]
    session_menu.addSeparator()
    fullscreen = item(
        session_menu,
        translate("MainMenus", "&Full screen"),
        host.toggle_full_screen,
        QKeySequence("F11"),
    )
    fullscreen.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    view_menu = bar.addMenu(translate("MainMenus", "&View"))
    session_actions += [
        item(
            view_menu,
            translate("MainMenus", "Your &history"),
            host.show_history,
            QKeySequence("Ctrl+H"),
        ),
        item(
            view_menu,
            translate("MainMenus", "&Log a therapy visit…"),
            host.log_visit,
            QKeySequence("Ctrl+L"),
        ),
    ]
    back = item(
        view_menu,
        translate("MainMenus", "&Back to exercises"),
        host.show_library,
        QKeySequence(Qt.Key.Key_Escape),
    )
    back.setEnabled(False)
    session_actions.append(
        item(view_menu, translate("MainMenus", "&Backups of your history…"), host.show_backups)
    )
    view_menu.addSeparator()
    item(view_menu, translate("MainMenus", "&Sound and voice…"), host.open_sound_settings)
    item(
        view_menu,
        translate("MainMenus", "Which foot is &affected…"),
        lambda: host.questions.ask_affected_side(),
    )
    item(view_menu, translate("MainMenus", "&Reminders…"), host.show_reminders)
    item(
        view_menu,
        translate("MainMenus", "&Find an exercise"),
        host.focus_search,
        QKeySequence.StandardKey.Find,
    )
    appearance = Appearance(settings, view_menu)
    LanguageMenu(settings, view_menu, host.close, in_session=lambda: not daily.isEnabled())

    help_menu = bar.addMenu(translate("MainMenus", "&Help"))
    item(
        help_menu,
        translate("MainMenus", "&Safety advice"),
        lambda: host.questions.show_safety_notice(first_run=False),
    )
    about = translate("MainMenus", "&About {app}").format(app=APP_NAME)
    item(help_menu, about, host.show_about, QKeySequence.StandardKey.HelpContents)
    return MainMenus(session_actions, back, appearance)


def item(
    menu: QMenu, text: str, do: Callable[[], object], *keys: QKeySequence | QKeySequence.StandardKey
) -> QAction:
    """One entry: its words, what it does (never with the "checked" argument), its keys."""
    action = menu.addAction(text)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(lambda _checked=False: do())
    return action
