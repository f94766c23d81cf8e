"""The app in another language, with a seeded history: what the i18n walks look at."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.routine import Routine
from footdrop_gui.core.translation import use_translator
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import Scheme, apply_body_font, apply_scheme, apply_text_scale
from tests.helpers.fake_clock import FakeClock
from tests.helpers.languages import qt_translate
from tests.i18n.walk import seed_history

SMALL_SCREEN = (1024, 600)


@dataclass
class LanguageApp:
    window: MainWindow
    clock: FakeClock
    catalog: Catalog
    routines: tuple[Routine, ...]
    data_dir: Path


OpenIn = Callable[[list[QTranslator], QLocale, Catalog, tuple[Routine, ...]], LanguageApp]


@pytest.fixture
def open_in(qapp: QApplication, qtbot: QtBot, data_dir: Path) -> Iterator[OpenIn]:
    """Opens the main window with these translators installed, QLocale's default set, the
    catalog in that language and a history saved in it; all undone afterwards."""
    opened: list[tuple[list[QTranslator], MainWindow, Journal]] = []
    before = QLocale()

    def open_window(translators: list[QTranslator], locale: QLocale, catalog: Catalog,
                    routines: tuple[Routine, ...]) -> LanguageApp:
        for translator in translators:
            QCoreApplication.installTranslator(translator)
        use_translator(qt_translate)
        QLocale.setDefault(locale)
        apply_body_font(qapp)
        apply_scheme(qapp, Scheme.LIGHT)
        journal, _ = Journal.open(data_dir)
        seed_history(journal, catalog)
        settings = AppSettings(data_dir)
        settings.acknowledge_safety()
        clock = FakeClock()
        window = MainWindow(catalog, routines, settings, data_dir, journal, clock)
        window.resize(*SMALL_SCREEN)
        window.show()
        qtbot.waitExposed(window)
        opened.append((translators, window, journal))
        return LanguageApp(window, clock, catalog, routines, data_dir)

    yield open_window
    for translators, window, journal in opened:
        if window.session is not None:
            window.session.end_now()
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        journal.close()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    use_translator(None)
    QLocale.setDefault(before)
    apply_text_scale(qapp, 1.0)
