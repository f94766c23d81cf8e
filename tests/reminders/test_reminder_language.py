"""Reminders in the person's language: the reasons, the days and times, the notification with
its buttons, and the plural counts, through a pseudo-language that wraps every sentence and
through the shipped Spanish and German translations compiled as the app loads them."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from footdrop_gui import commands
from footdrop_gui.core.reminder_due import (
    ReminderSettings,
    ReminderState,
    Today,
    decide,
    notification_text,
    when_in_words,
)
from footdrop_gui.core.translation import use_translator
from footdrop_gui.reminders.check import Situation
from footdrop_gui.reminders.command import describe
from footdrop_gui.reminders.settings import ReminderStore, SettingsValueError, parse_days
from footdrop_gui.storage.reminder_state import read_state
from tests.helpers.pseudo_words import pseudo_language, untranslated
from tests.reminders.conftest import FakeNotifications
from tests.reminders.test_notify import Run, Wall

ON = ReminderSettings(enabled=True, times=(time(18, 0),))
SUNDAY = date(2026, 11, 29)
TRANSLATIONS = Path(__file__).parents[2] / "translations"


def at(hour: int, minute: int = 0, day: date = SUNDAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_every_reason_and_day_is_said_in_the_language() -> None:
    quiet = replace(ON, quiet_start=time(17, 0), quiet_end=time(23, 0))
    cases = [
        (replace(ON, enabled=False), ReminderState(), Today(), at(19)),
        (ON, ReminderState(), Today(finished=True), at(19)),
        (ON, ReminderState(not_today=SUNDAY), Today(), at(19)),
        (ON, ReminderState(snoozed_until=at(19, 30)), Today(), at(19)),
        (replace(ON, days=frozenset({0})), ReminderState(), Today(), at(19)),
        (ON, ReminderState(), Today(), at(9)),
        (ON, ReminderState(reminded_at=at(18)), Today(), at(19)),
        (quiet, ReminderState(), Today(), at(19)),
        (ON, ReminderState(), Today(), at(19)),
    ]
    with pseudo_language():
        reasons = [decide(*case).reason for case in cases]
        days = [when_in_words(at(18, day=SUNDAY + timedelta(days=n)), at(9)) for n in range(8)]
        looks = (cases[0], cases[-1], (quiet, ReminderState(), Today(), at(9)))
        nexts = [Situation(c[3], c[0], c[1], c[2], decide(*c)).next_in_words() for c in looks]
        described = [describe(ON), describe(replace(quiet, days=frozenset({0, 2})))]
    assert len(set(reasons)) == len(cases)
    assert len(set(days)) == 8 and days[5] == "[[on Friday at 18:00]]"
    assert nexts[2] == "[[Next: none.]]"  # every time falls in the quiet hours
    for words in [*reasons, *days, *nexts, *described]:
        assert words.startswith("[[") and untranslated(words) == "", words
    assert described[1] == "[[{days} at {times}; quiet from {start} to {end}]]".format(
        days="[[Mon]], [[Wed]]", times="18:00", start="17:00", end="23:00"
    )


def test_typed_days_and_times_are_refused_in_the_language() -> None:
    with pseudo_language(), pytest.raises(SettingsValueError) as refused:
        parse_days("someday")
    assert untranslated(str(refused.value), "someday", "mon, tue, wed, thu, fri, sat, sun") == ""


def test_the_notification_and_its_buttons_in_the_language(
    data_dir: Path, notifications: FakeNotifications, qtbot: QtBot
) -> None:
    ReminderStore(data_dir).save(ON)
    with pseudo_language():
        run = Run(data_dir, notifications, Wall(at(18, 1)))
        run.shown_and_answered(notifications, qtbot, "later")
    (call,) = notifications.calls()
    assert call["summary"].startswith("[[[[Time for your foot exercises]] (about ")
    assert untranslated(call["summary"]) == untranslated(call["body"]) == ""
    labels = call["actions"][1::2]
    assert labels == ["[[Start now]]", "[[In 30 minutes]]", "[[Not today]]"]
    assert run.reminder.log and all(untranslated(line) == "" for line in run.reminder.log)
    assert read_state(data_dir).snoozed_until == at(18, 31)


@pytest.fixture
def language(qapp: QCoreApplication, tmp_path: Path) -> Iterator[Callable[[str], None]]:
    """Load a shipped translation the way the app does: lrelease's .qm in a QTranslator,
    plugged into core.translation."""
    translators: list[QTranslator] = []

    def load(code: str) -> None:
        compiled = tmp_path / f"footdrop_{code}.qm"
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run(
            [str(lrelease), str(TRANSLATIONS / f"footdrop_{code}.ts"), "-qm", str(compiled)],
            check=True,
            capture_output=True,
        )
        for old in translators:
            qapp.removeTranslator(old)
        translator = QTranslator()
        assert translator.load(str(compiled))
        assert qapp.installTranslator(translator)
        translators.append(translator)
        use_translator(lambda c, text, d, n: QCoreApplication.translate(c, text, d, n))

    yield load
    for translator in translators:
        qapp.removeTranslator(translator)
    use_translator(None)


def test_counts_take_the_right_plural_in_spanish_and_german(
    language: Callable[[str], None],
) -> None:
    language("es")
    assert notification_text(ON, Today(), 1)[0] == (
        "Es hora de sus ejercicios para los pies (alrededor de 1 minuto)"
    )
    assert notification_text(ON, Today(streak=3), 28) == (
        "Es hora de sus ejercicios para los pies (unos 28 minutos)",
        "Ha hecho ejercicio 3 días seguidos.",
    )
    assert ON.message == "Time for your foot exercises"  # kept in English in settings.ini
    mine = replace(ON, message="Mis pies, María")
    assert notification_text(mine, Today(), None)[0] == "Mis pies, María"  # as typed
    language("de")
    assert notification_text(ON, Today(streak=2), 1) == (
        "Zeit für Ihre Fußübungen (etwa 1 Minute)",
        "Sie haben 2 Tage in Folge geübt.",
    )
    assert commands.Commands.tr("Saved %n rows to {file}", None, 1) == (
        "%n Zeile in {file} gespeichert".replace("%n", "1")
    )
    assert commands.Commands.tr("Saved %n rows to {file}", None, 12).startswith("12 Zeilen")
    assert decide(ON, ReminderState(), Today(), at(19)).reason == (
        "Es ist nach 18:00, und Sie haben heute noch nicht geübt."
    )
