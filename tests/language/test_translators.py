"""The chosen language at work: Qt's words, the app's words, dates, the exercises."""

from __future__ import annotations

import json
import logging
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from footdrop_gui import bundled, language
from footdrop_gui.core.translation import translate
from footdrop_gui.translators import apply_language, locale_for
from tests.language.conftest import LRELEASE, PREFIX

CANCEL = QDialogButtonBox.StandardButton.Cancel


def cancel_text() -> str:
    box = QDialogButtonBox(CANCEL)
    text = box.button(CANCEL).text()
    box.deleteLater()
    return text


def test_spanish_loads_qts_own_words_the_apps_words_and_the_locale(
    qapp: QApplication, languages: Path
) -> None:
    assert apply_language(qapp, "es") == "es"
    assert cancel_text() == "Cancelar"
    assert translate("LanguageMenu", "System default") == "Predeterminado del sistema"
    assert QLocale().toString(date(2026, 11, 30), "MMMM") == "noviembre"
    assert QLocale().firstDayOfWeek().name == "Monday"
    assert apply_language(qapp, "en") == "en"
    assert cancel_text() == "Cancel"
    assert translate("LanguageMenu", "System default") == "System default"


def test_a_language_whose_screens_are_not_built_falls_back_to_english_calmly(
    qapp: QApplication, languages: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (languages / "footdrop_es.qm").unlink()
    with caplog.at_level(logging.WARNING):
        assert apply_language(qapp, "es") == "en"
    assert cancel_text() == "Cancel"
    assert [r.getMessage() for r in caplog.records] == [
        "The es screens are not built (run make): showing English"
    ]
    assert bundled.catalog().get("toe-lifts").name == "Toe lifts"


def test_the_exercises_and_routines_come_in_the_chosen_language(
    qapp: QApplication, languages: Path
) -> None:
    apply_language(qapp, "es")
    exercise = bundled.catalog().get("toe-lifts")
    assert exercise.name.startswith(PREFIX)
    assert all(step.startswith(PREFIX) for step in exercise.steps)
    assert exercise.id == "toe-lifts"  # ids are never translated
    assert all(r.name.startswith(PREFIX) for r in bundled.routines())
    assert bundled.language_note() is None


@pytest.mark.parametrize(
    ("damage", "note"),
    [
        (lambda data: data["texts"].popitem(), "catalog_es.json: missing key"),
        (lambda data: data["texts"]["exercises.toe-lifts.name"].update(en="Old"), "is stale"),
        (lambda data: data.clear(), "expected"),
    ],
)
def test_a_damaged_or_stale_exercise_file_means_english_exercises_and_a_note(
    qapp: QApplication, languages: Path, damage: object, note: str
) -> None:
    path = languages / "catalog_es.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    damage(data)  # type: ignore[operator]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert apply_language(qapp, "es") == "es"  # the screens are still Spanish
    assert bundled.catalog().get("toe-lifts").name == "Toe lifts"
    assert bundled.content_language() == "en"
    assert note in (bundled.language_note() or "")
    assert language.current() == "es"


def test_english_says_1_rep_and_2_reps_from_its_plural_only_file(
    qapp: QApplication, languages: Path
) -> None:
    (languages / "footdrop_en.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        '<context><name>Ctx</name><message numerus="yes"><source>%n reps left</source>'
        "<translation><numerusform>%n rep left</numerusform>"
        "<numerusform>%n reps left</numerusform></translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([str(LRELEASE), "-silent", str(languages / "footdrop_en.ts")], check=True)
    apply_language(qapp, "en")
    assert translate("Ctx", "%n reps left", None, 1) == "1 rep left"
    assert translate("Ctx", "%n reps left", None, 2) == "2 reps left"


def test_the_systems_own_locale_is_kept_when_it_speaks_the_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for system, code, expected in [
        ("es_MX", "es", "es_MX"),
        ("en_GB", "en", "en_GB"),
        ("C", "en", "C"),
        ("en_GB", "de", "de_DE"),
        ("C", "es", "es_ES"),
    ]:
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda s=system: QLocale(s)))
        assert locale_for(code).name() == expected
