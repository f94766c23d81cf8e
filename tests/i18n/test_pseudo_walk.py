"""Every word on every screen goes through a translator.

A pseudo-language wraps each string in [[...]] (Qt's own strings too), and the exercise
content is wrapped the same way; then every screen and dialog is walked. A word with a Latin
letter outside [[...]] was never translated: the test names its widget and the text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication, QWidget

from footdrop_gui import APP_NAME
from footdrop_gui.language import shipped_languages
from footdrop_gui.ui.language_menu import native_name
from tests.i18n.conftest import OpenIn
from tests.i18n.pseudo import PseudoTranslator, pseudo_content, untranslated
from tests.i18n.texts import shown_texts
from tests.i18n.walk import walk

# Dates and numbers are QLocale's: in Greek they cannot pass for English words left behind.
GREEK = QLocale("el_GR")


def not_translatable(text: str, data_dir: str) -> str:
    """``text`` less what is rightly the same in every language: the app's own name (a
    product name, also the menu entry's and the installer's, which are not in the .ts files),
    the data folder's path, and each language's name in its own words (View -> Language)."""
    if text in {native_name(code) for code in shipped_languages()}:
        return ""
    return text.replace(APP_NAME, "").replace(data_dir, "")


def test_every_screen_shows_only_translated_words(
    open_in: OpenIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog, routines = pseudo_content()
    app = open_in([PseudoTranslator()], GREEK, catalog, routines)
    found: dict[tuple[str, str], str] = {}
    screens: list[str] = []

    def visit(screen: str, top: QWidget) -> None:
        screens.append(screen)
        for widget, text in shown_texts(top):
            if untranslated(not_translatable(text, str(app.data_dir))):
                found.setdefault((widget, text), screen)

    walk(app.window, app.clock, catalog, routines, monkeypatch, visit)
    assert len(screens) > 40, screens  # the walk reached the app, not just its first page
    report = [f"{screen}: {widget}: {text!r}" for (widget, text), screen in found.items()]
    assert not report, f"{len(report)} untranslated:\n" + "\n".join(report)


def test_the_wrapper_survives_placeholders_and_plurals(qapp: QApplication) -> None:
    """What the walk relies on: a wrapped sentence is still filled in, a name wrapped inside a
    wrapped sentence counts as translated, and QLocale's Greek dates never look English."""
    pseudo = PseudoTranslator()
    QCoreApplication.installTranslator(pseudo)
    try:
        sentence = QCoreApplication.translate("Ctx", "Set {set} of {sets}").format(set=1, sets=3)
        plural = QCoreApplication.translate("Ctx", "%n reps left", None, 2)
    finally:
        QCoreApplication.removeTranslator(pseudo)
    assert (sentence, plural) == ("[[Set 1 of 3]]", "[[2 reps left]]")
    assert not untranslated("[[Start [[Toe lifts]]]] 2:30")
    assert untranslated("Start [[Toe lifts]]")
    assert untranslated("[[Toe lifts]], clockwise")
    assert not untranslated(GREEK.toString(QDate(2026, 11, 30), QLocale.FormatType.LongFormat))
