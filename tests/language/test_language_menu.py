"""View -> Language: each language in its own words; a choice is kept, and the app opens
again in it once the person agrees (never in the middle of a session)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.language import RESTART_PROPERTY
from footdrop_gui.startup.run import restart_command
from footdrop_gui.storage.journal import Journal
from footdrop_gui.translators import apply_language
from footdrop_gui.ui.language_menu import show_language_note
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.settings import AppSettings
from tests.language.conftest import forget_loaded_languages


@pytest.fixture
def window(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, journal: Journal, languages: Path
) -> Iterator[MainWindow]:
    settings = AppSettings(data_dir)
    settings.acknowledge_safety()
    made = MainWindow(bundled.catalog(), bundled.routines(), settings, data_dir, journal)
    qtbot.addWidget(made)
    made.show()
    yield made
    qapp.setProperty(RESTART_PROPERTY, False)


def language_actions(window: MainWindow) -> dict[str, QAction]:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    menu = next(a.menu() for a in view.actions() if a.text() == "&Language")
    return {action.text(): action for action in menu.actions()}


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_the_languages_are_named_in_their_own_words(window: MainWindow) -> None:
    actions = language_actions(window)
    assert list(actions) == ["System default", "English", "Español"]
    assert actions["System default"].isChecked()


def test_a_choice_is_kept_and_the_app_opens_again_if_the_person_agrees(
    window: MainWindow, qapp: QApplication, data_dir: Path
) -> None:
    seen: list[str] = []
    answer(QMessageBox.StandardButton.No, seen)
    language_actions(window)["Español"].trigger()
    assert seen == ["The new language is used when the app opens again. Open the app again now?"]
    assert AppSettings(data_dir).language == "es"
    assert window.isVisible() and not qapp.property(RESTART_PROPERTY)

    answer(QMessageBox.StandardButton.Yes, seen)
    language_actions(window)["English"].trigger()
    assert AppSettings(data_dir).language == "en"
    assert not window.isVisible() and qapp.property(RESTART_PROPERTY)


def test_during_a_session_the_choice_waits_for_the_next_start(
    window: MainWindow, qapp: QApplication, data_dir: Path
) -> None:
    for action in window.menus.session_actions:  # as while a session runs
        action.setEnabled(False)
    seen: list[str] = []
    answer(QMessageBox.StandardButton.Ok, seen)
    language_actions(window)["Español"].trigger()
    assert seen == [
        "Your choice is saved. The new language is used the next time you open the app."
    ]
    assert AppSettings(data_dir).language == "es"
    assert window.isVisible() and not qapp.property(RESTART_PROPERTY)


def test_the_app_opens_again_without_a_one_off_language_or_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    given = ["python", "/x/footdrop", "--lang", "de", "--data-dir", "/d", "--start=daily"]
    monkeypatch.setattr(sys, "orig_argv", given)
    assert restart_command() == [sys.executable, "/x/footdrop", "--data-dir", "/d"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["/opt/footdrop/footdrop", "--lang=es", "--start", "daily"])
    assert restart_command() == [sys.executable]


def test_exercises_that_could_not_be_translated_are_said_calmly(
    window: MainWindow, qapp: QApplication, languages: Path
) -> None:
    apply_language(qapp, "es")
    show_language_note(window)
    assert window.statusBar().currentMessage() == ""
    (languages / "catalog_es.json").write_text("{}", encoding="utf-8")
    forget_loaded_languages()
    apply_language(qapp, "es")
    show_language_note(window)
    assert window.statusBar().currentMessage() == (
        "The exercises are shown in English: their texts in Español could not be read."
    )
