"""View -> Language: System default, then each shipped language named in its own words.

A choice is saved at once; the app then opens again in the new language (every screen, the
exercises and the coach's voice change together), after asking, and never during a session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from footdrop_gui.bundled import content_language
from footdrop_gui.language import (
    ENGLISH,
    RESTART_PROPERTY,
    SYSTEM,
    shipped_languages,
    translation_file,
    ui_file,
)
from footdrop_gui.language import current as current_language
from footdrop_gui.ui import dialogs
from footdrop_gui.ui.settings import AppSettings

# Each language's screen file names the language in its own words ("Español", "Deutsch"):
# the translator writes it as the translation of this word.
OWN_NAME = str(QT_TRANSLATE_NOOP("LanguageName", "English"))


def native_name(code: str) -> str:
    """A language as its speakers write it, from its own screen file (else from QLocale)."""
    if code == ENGLISH:
        return OWN_NAME
    translator = QTranslator()
    if translator.load(str(translation_file(ui_file(code)))):
        name = translator.translate("LanguageName", OWN_NAME)
        if name:
            return name
    name = QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


class LanguageMenu(QObject):
    """The submenu and what a choice does."""

    def __init__(
        self,
        settings: AppSettings,
        view_menu: QMenu,
        close_window: Callable[[], bool],
        in_session: Callable[[], bool],
    ) -> None:
        super().__init__(view_menu)
        self._settings = settings
        self._close_window = close_window
        self._in_session = in_session
        self._parent = view_menu
        menu = view_menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        choices = [(SYSTEM, QCoreApplication.translate("LanguageMenu", "System default"))]
        choices += [(code, native_name(code)) for code in shipped_languages()]
        for code, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == settings.language)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        """Save the choice; open the app again in it now if the person agrees."""
        if code == self._settings.language:
            return
        self._settings.language = code
        window = self._parent.window()
        title = QCoreApplication.translate("LanguageMenu", "Language")
        if self._in_session():
            later = QCoreApplication.translate(
                "LanguageMenu",
                "Your choice is saved. The new language is used the next time you open the app.",
            )
            dialogs.tell(window, title, later)
            return
        question = QCoreApplication.translate(
            "LanguageMenu",
            "The new language is used when the app opens again. Open the app again now?",
        )
        if dialogs.ask(window, title, question):
            restart_after_close(self._close_window)


def restart_after_close(close_window: Callable[[], bool]) -> None:
    """Close the window the usual way (history saved, lock released), then start again."""
    app = QCoreApplication.instance()
    if app is None:
        return
    app.setProperty(RESTART_PROPERTY, True)
    if not close_window():  # it stayed open (a session was ended or kept): no restart
        app.setProperty(RESTART_PROPERTY, False)


def show_language_note(window: QMainWindow) -> None:
    """When the exercises could not be had in the chosen language, say so calmly at the
    bottom of the window (the rest of the app still speaks it; the details are in the log)."""
    chosen = current_language()
    if content_language() == chosen:
        return
    note = QCoreApplication.translate(
        "LanguageMenu",
        "The exercises are shown in English: their texts in {language} could not be read.",
    )
    window.statusBar().showMessage(note.format(language=native_name(chosen)))
