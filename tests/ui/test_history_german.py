"""History, charts, routines, routine files and the report in German and Spanish: the
words come from translations/footdrop_*.ts, the dates and week starts from QLocale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from unicodedata import normalize

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.core.program import Side
from footdrop_gui.core.routine import RoutineError
from footdrop_gui.core.routine_file import parse_routine_file
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.routine_store import RoutineStore
from footdrop_gui.ui.history_charts import ProgressCharts
from footdrop_gui.ui.history_view import HistoryView
from footdrop_gui.ui.local_dates import first_weekday
from footdrop_gui.ui.report.command import save_report
from footdrop_gui.ui.routines_view import RoutinesView
from tests.helpers.languages import translated
from tests.report.pdf_text import words
from tests.storage.sessions import program, run_session

FRIDAY = date(2026, 11, 20)


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    with translated("de", tmp_path):
        yield


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    opened, _ = Journal.open(data_dir, now=lambda: datetime(2026, 11, 20, 9, 0))
    yield opened
    opened.close()


def test_the_history_speaks_german_with_german_dates(
    german: None, qtbot: QtBot, journal: Journal
) -> None:
    run_session(journal, program("toe-lifts"), 10 + 5 * 4)
    view = HistoryView(journal, bundled.catalog(), today=lambda: FRIDAY)
    qtbot.addWidget(view)
    view.refresh()
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == ["Einheiten", "Kalender", "Fortschritt", "Therapie-Termine"]
    model = view.model
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Datum"
    assert model.data(model.index(0, 0)) == "Fr., 20. Nov. 2026"
    assert model.data(model.index(0, 3)) == "4 von 12"
    assert view.streak.text() == "Tage in Folge: jetzt 1, höchstens 1"
    assert view.detail_title.text() == "Toe lifts"
    assert view.detail_when.text().startswith("Freitag, 20. November 2026 um ")
    assert view.back_button.text() == "Zurück zu den Übungen"


def test_chart_tips_count_in_german_plurals(german: None, qtbot: QtBot) -> None:
    charts = ProgressCharts({"toe-lifts": "Toe lifts"}.__getitem__)
    qtbot.addWidget(charts)
    tuesday = date(2026, 11, 3)
    reps = [(tuesday, "toe-lifts", "right", 1, 0.0), (tuesday, "toe-lifts", "left", 2, 0.0)]
    charts.show_data([(tuesday - timedelta(days=1), 5.0)], reps, [])
    assert charts.reps.legend_names() == ["Linker Fuß", "Rechter Fuß"]
    assert charts.reps.accessibleDescription() == (
        "Wiederholungen pro Tag: Toe lifts. Linker Fuß: 1 Tag, zuletzt 2 Wiederholungen am "
        "Di., 3. Nov.. Rechter Fuß: 1 Tag, zuletzt 1 Wiederholung am Di., 3. Nov."
    )


def test_weeks_start_where_the_person_lives(qapp: QApplication, tmp_path: Path) -> None:
    with translated("de", tmp_path):
        assert first_weekday() == 0  # Montag
    with translated("en", tmp_path):
        assert first_weekday() == 6  # Sunday in the United States


def test_a_broken_routine_file_is_explained_in_german(german: None) -> None:
    text = '{"format": "footdrop-routine", "version": 1, "name": "Mein Plan", "entries": []}'
    with pytest.raises(RoutineError) as error:
        parse_routine_file(text, bundled.catalog(), "plan.json")
    assert str(error.value) == "plan.json: entries: braucht mindestens eine Übung"


def test_routines_speak_german(german: None, qtbot: QtBot, journal: Journal) -> None:
    view = RoutinesView(
        RoutineStore(journal, bundled.catalog()),
        bundled.routines(),
        bundled.catalog(),
        lambda: Side.LEFT,
    )
    qtbot.addWidget(view)
    view.refresh()
    assert view.buttons["daily"].text() == "Als Tagesplan nutzen"
    assert view.list.item(0).text().endswith("  (mitgeliefert)")
    assert "Mitgelieferte Pläne lassen sich nicht ändern" in view.about.text()


def test_the_report_is_printed_in_german(
    german: None, journal: Journal, data_dir: Path, tmp_path: Path
) -> None:
    run_session(journal, program("toe-lifts"), 10 + 5 * 4)
    target = tmp_path / "bericht.pdf"
    pages = save_report(journal, data_dir, target, (FRIDAY - timedelta(days=6), FRIDAY), FRIDAY)
    text = normalize("NFKC", words(target))  # "ﬁ" ligatures back to letters
    assert "Übungsbericht" in text and "Wie oft" in text and "Grafiken" in text
    assert "Samstag, 14. November 2026 bis Freitag, 20. November 2026 (7 Tage)" in text
    assert f"Seite {pages} von {pages}" in text
