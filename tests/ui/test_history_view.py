"""The History page: list and detail, streaks, calendar, charts, visits, delete and undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.storage.journal import Journal, Rating, TherapyVisit
from footdrop_gui.ui.history_view import HistoryView
from footdrop_gui.ui.rating_form import RatingForm
from footdrop_gui.ui.settings import TEXT_SCALES
from footdrop_gui.ui.theme import CALENDAR_MARK, Scheme, apply_scheme, apply_text_scale
from footdrop_gui.ui.visits_view import VisitForm
from tests.storage.sessions import program, run_session

SESSION_DAY = date(2026, 11, 20)  # the day tests.storage.sessions saves on


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    """Sessions start on SESSION_DAY at 09:00."""
    opened, _ = Journal.open(data_dir, now=lambda: datetime(2026, 11, 20, 9, 0))
    yield opened
    opened.close()


@pytest.fixture
def history(qapp: QApplication, qtbot: QtBot, journal: Journal) -> Iterator[HistoryView]:
    run_session(journal, program("calf-stretch"), 200)
    second = run_session(journal, program("toe-lifts"), 10 + 5 * 4)
    journal.set_rating(second, Rating(pain_before=4, pain_after=3))
    view = HistoryView(journal, bundled.catalog(), today=lambda: SESSION_DAY)
    qtbot.addWidget(view)
    view.resize(1024, 560)
    view.refresh()
    view.show()
    yield view


def cell(view: HistoryView, row: int, column: int) -> str:
    return str(view.model.data(view.model.index(row, column)))


def test_sessions_are_listed_newest_first_with_what_was_done(history: HistoryView) -> None:
    assert history.model.rowCount() == 2
    assert cell(history, 0, 1) == "Toe lifts (ended early)"
    assert cell(history, 0, 3) == "4 of 12"
    assert cell(history, 0, 4) == "4 → 3"
    assert cell(history, 1, 1) == "Calf stretch"
    assert cell(history, 1, 3) == "3 of 3"
    assert history.streak.text() == "Days in a row: 1 now, 1 at most"


def test_at_the_largest_text_a_sessions_heading_is_never_cut_off(
    history: HistoryView, qapp: QApplication, qtbot: QtBot
) -> None:
    apply_text_scale(qapp, TEXT_SCALES[-1])
    try:
        history.resize(1024, 400)  # the room it has in a 1024 x 600 window at that text size
        history.table.selectRow(0)
        qtbot.waitUntil(lambda: bool(history.detail_when.text()))
        QApplication.processEvents()
        for label in (history.detail_title, history.detail_when, history.detail_rating):
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    finally:
        apply_text_scale(qapp, TEXT_SCALES[0])


def test_choosing_a_session_shows_every_rep(history: HistoryView) -> None:
    history.table.selectRow(1)
    assert history.detail_title.text() == "Calf stretch"
    assert history.detail_when.text().startswith("Friday 20 November 2026 at ")
    group = history.detail.topLevelItem(0)
    assert group.text(0) == "Calf stretch, both feet"
    lines = [group.child(i).text(0) for i in range(group.childCount())]
    assert lines[:2] == ["Rep 1: held 30 seconds", "Set 1 done, 30 seconds"]
    assert history.detail_rating.text() == "Not rated."


def answer_question(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_delete_asks_first_and_can_be_undone(
    history: HistoryView, qtbot: QtBot, journal: Journal
) -> None:
    history.table.selectRow(0)
    answer_question(QMessageBox.StandardButton.No)
    history.delete_selected()
    assert history.model.rowCount() == 2
    answer_question(QMessageBox.StandardButton.Yes)
    history.delete_selected()
    assert history.model.rowCount() == 1
    assert history.undo_bar.isVisible()
    undo_keys = [s.key() for s in history.findChildren(QShortcut)]
    assert QKeySequence(QKeySequence.StandardKey.Undo) in undo_keys  # Ctrl+Z does the same
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert history.model.rowCount() == 2
    assert not history.undo_bar.isVisible()
    assert cell(history, 0, 1) == "Toe lifts (ended early)"


def test_how_it_went_can_be_edited(history: HistoryView, journal: Journal) -> None:
    history.table.selectRow(1)

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        form = dialog.findChild(RatingForm)
        assert form is not None
        form.pain_before.setValue(2)
        form.effort.button(0).setChecked(True)
        form.note.setPlainText("Easy today")
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    history.edit_rating()
    session = journal.sessions()[1]
    assert journal.rating(session.id) == Rating(2, None, "easy", "Easy today")
    assert "felt easy" in history.detail_rating.text()


def test_calendar_marks_the_days_with_sessions(history: HistoryView) -> None:
    marked = history.calendar.dateTextFormat(QDate(2026, 11, 20))
    assert marked.fontWeight() == 700
    assert history.calendar.dateTextFormat(QDate(2026, 11, 19)).fontWeight() != 700
    history.calendar.setSelectedDate(QDate(2026, 11, 20))
    assert "Calf stretch (3 of 3 reps)" in history.day_text.text()


def test_progress_charts_are_made_when_their_tab_opens(history: HistoryView) -> None:
    assert history.charts is None
    history.tabs.setCurrentWidget(history.charts_scroll)
    assert history.charts is not None
    names = [history.charts.chooser.itemText(i) for i in range(history.charts.chooser.count())]
    assert names == ["Calf stretch", "Toe lifts"]
    assert history.charts.chooser.currentText() == "Toe lifts"  # the one done most
    assert not history.charts.empty.isVisible()


def test_a_therapy_visit_is_added_and_listed(history: HistoryView, journal: Journal) -> None:
    visits = history.visits
    visits.when.setDate(QDate(2026, 11, 18))
    visits.note.setText("Walking practice")
    visits.questions.setPlainText("Should I try the standing band pull?")
    visits.add_button.click()
    assert visits.table.rowCount() == 1
    assert visits.table.item(0, 0).text() == "Wed 18 Nov 2026"
    assert visits.table.item(0, 2).text() == "Should I try the standing band pull?"
    assert journal.visits()[0].note == "Walking practice"
    assert history.calendar.dateTextFormat(QDate(2026, 11, 18)).fontUnderline()
    history.calendar.setSelectedDate(QDate(2026, 11, 18))
    assert history.day_text.text() == "Therapy visit: Walking practice"


def test_an_empty_history_says_so(qapp: QApplication, qtbot: QtBot, journal: Journal) -> None:
    view = HistoryView(journal, bundled.catalog())
    qtbot.addWidget(view)
    view.refresh()
    assert view.streak.text() == "No sessions yet."
    assert not view.delete_button.isEnabled()


def test_a_visit_can_be_changed_and_deleted_after_a_question(
    history: HistoryView, journal: Journal
) -> None:
    journal.add_visit(TherapyVisit(date(2026, 11, 18), "Walking practice"))
    journal.add_visit(TherapyVisit(date(2026, 11, 11), "First visit"))
    history.refresh()
    visits = history.visits
    assert not visits.change_button.isEnabled()  # nothing chosen yet
    visits.table.selectRow(0)

    def correct() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        (form,) = dialog.findChildren(VisitForm)
        assert form.note.text() == "Walking practice"
        form.when.setDate(QDate(2026, 11, 19))
        form.note.setText("Walking practice with a stick")
        dialog.accept()

    QTimer.singleShot(0, correct)
    visits.change_button.click()
    assert [(v.visit_date, v.note) for v in journal.visits()] == [
        (date(2026, 11, 19), "Walking practice with a stick"),
        (date(2026, 11, 11), "First visit"),
    ]
    assert visits.table.item(0, 1).text() == "Walking practice with a stick"
    assert history.calendar.dateTextFormat(QDate(2026, 11, 19)).fontUnderline()
    assert not history.calendar.dateTextFormat(QDate(2026, 11, 18)).fontUnderline()

    visits.table.selectRow(1)
    answer_question(QMessageBox.StandardButton.No)
    visits.delete_button.click()
    assert len(journal.visits()) == 2  # "No" keeps it
    answer_question(QMessageBox.StandardButton.Yes)
    visits.delete_button.click()
    assert [v.note for v in journal.visits()] == ["Walking practice with a stick"]
    assert visits.table.rowCount() == 1


def test_exercised_days_are_marked_with_a_solid_square(
    history: HistoryView, qapp: QApplication
) -> None:
    apply_scheme(qapp, Scheme.LIGHT)
    mark = history.calendar.dateTextFormat(QDate(2026, 11, 20))
    assert mark.background().color().alpha() == 255  # solid, not a faint tint
    assert mark.background().color().name() == CALENDAR_MARK[(False, False)][0]
    apply_scheme(qapp, Scheme.CONTRAST)  # switched while History is open
    mark = history.calendar.dateTextFormat(QDate(2026, 11, 20))
    assert mark.background().color().name() == CALENDAR_MARK[(True, True)][0]
    apply_scheme(qapp, Scheme.LIGHT)
