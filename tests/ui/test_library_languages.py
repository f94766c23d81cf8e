"""The main window, its menus, the backups and the settings notices in Spanish and German,
from the shipped .ts files compiled as the build does."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from footdrop_gui.storage import backups
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.backups_dialog import BackupsDialog
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.settings import TEXT_SCALES, AppSettings
from footdrop_gui.ui.theme import apply_text_scale
from tests.helpers.languages import catalog_texts, content_with, translated
from tests.storage.sessions import program, run_session

TRANSLATIONS = Path(__file__).parents[2] / "translations"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture(params=["es", "de"])
def language(qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    with translated(request.param, tmp_path):
        yield request.param


@pytest.fixture
def window(qtbot: QtBot, language: str, data_dir: Path, journal: Journal) -> MainWindow:
    catalog, routines = content_with(catalog_texts(language))  # the exercises in it too
    made = MainWindow(catalog, routines, AppSettings(data_dir), data_dir, journal)
    qtbot.addWidget(made)
    return made


def menus(window: MainWindow) -> list[QMenu]:
    found = [action.menu() for action in window.menuBar().actions()]
    return [menu for menu in found if isinstance(menu, QMenu)]


def test_the_menus_and_the_first_page_speak_the_language(window: MainWindow, language: str) -> None:
    titles = [menu.title() for menu in menus(window)]
    assert (
        titles
        == {
            "es": ["&Archivo", "&Sesión", "&Ver", "Ay&uda"],
            "de": ["&Datei", "&Einheit", "&Ansicht", "&Hilfe"],
        }[language]
    )
    page = window.library_page
    assert (
        page.daily_button.text()
        == {
            "es": "▶  Empezar mi rutina diaria",
            "de": "▶  Meinen Tagesplan starten",
        }[language]
    )
    assert window.library.search.placeholderText() in ("Buscar ejercicios", "Übungen suchen")
    assert window.detail.start_button.text() in ("Empezar", "Starten")


def test_every_menu_keeps_one_key_letter_per_entry(window: MainWindow) -> None:
    """Alt and a letter reaches one entry: no two entries of a menu share their & letter."""
    bars = [[action.text() for action in window.menuBar().actions()]]
    submenus = [m for menu in menus(window) for a in menu.actions() if (m := a.menu())]
    for menu in [*menus(window), *(m for m in submenus if isinstance(m, QMenu))]:
        bars.append([action.text() for action in menu.actions() if action.text()])
    for texts in bars:
        letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
        assert len(letters) == len(set(letters)), texts


def test_backups_show_the_date_and_the_count_in_the_language(
    qtbot: QtBot, language: str, journal: Journal, data_dir: Path
) -> None:
    run_session(journal, program("toe-lifts"), 30)
    run_session(journal, program("calf-stretch"), 30)
    backups.backup_now(journal.connection, data_dir, datetime(2026, 11, 23, 9, 15))
    dialog = BackupsDialog(journal, data_dir)
    qtbot.addWidget(dialog)
    row = [dialog.table.topLevelItem(0).text(c) for c in range(3)]  # type: ignore[union-attr]
    assert (
        row
        == {
            "es": ["lunes 23 de noviembre de 2026, 9:15", "Copia de seguridad", "2 sesiones"],
            "de": ["Montag, 23. November 2026, 9:15 Uhr", "Sicherung", "2 Einheiten"],
        }[language]
    )


def test_a_settings_notice_is_worded_when_said_in_the_language_chosen_by_then(
    qapp: QApplication, tmp_path: Path
) -> None:
    """The settings are read before the language is known (it may be one of them)."""
    (tmp_path / "settings.ini").write_bytes(b"[you\naffected_side=left\n")  # a broken section
    settings = AppSettings(tmp_path)
    with translated("de", tmp_path):
        notice = settings.notice()
    assert notice is not None and notice.startswith("Ihre Einstellungsdatei konnte nicht gelesen")


def test_every_exercise_name_is_shown_whole_at_the_largest_text(
    window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    """Spanish and German names are longer: each wraps beside its picture, never cut short."""
    apply_text_scale(qapp, TEXT_SCALES[-1])
    try:
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        tree = window.library.tree
        wrapped = 0
        for exercise in window._catalog.exercises:
            item = window.library._items[exercise.id]
            row = tree.visualItemRect(item)
            room = QRect(0, 0, row.width() - tree.iconSize().width() - 12, 10_000)
            flags = Qt.TextFlag.TextWordWrap
            needed = QFontMetrics(tree.font()).boundingRect(room, flags, exercise.name)
            assert row.height() >= needed.height(), exercise.name
            wrapped += needed.height() > QFontMetrics(tree.font()).height()
        assert wrapped  # some names are longer than the list is wide: the case that matters
    finally:
        apply_text_scale(qapp, TEXT_SCALES[0])
