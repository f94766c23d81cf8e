"""A save that fails for real (another program holds the history file) is told calmly and
keeps what the person entered; every page refreshes from the one change signal."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.core.program import Side
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.routine_store import RoutineStore
from footdrop_gui.ui.history_view import HistoryView
from footdrop_gui.ui.history_writes import ROUTINES, SESSIONS, HistoryWrites
from footdrop_gui.ui.routine_editor import RoutineEditor
from footdrop_gui.ui.routines_view import RoutinesView
from tests.storage.sessions import program, run_session

CATALOG = bundled.catalog()


@pytest.fixture
def held(journal: Journal) -> Iterator[sqlite3.Connection]:
    """Another program writing to the history file, until the test lets go."""
    journal.connection.execute("PRAGMA busy_timeout = 50")  # not the usual seconds of waiting
    other = sqlite3.connect(journal.path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    other.close()


@pytest.fixture
def writes(qapp: QApplication) -> Iterator[HistoryWrites]:
    made = HistoryWrites()
    yield made
    made.deleteLater()


@pytest.fixture
def history(qtbot: QtBot, journal: Journal, writes: HistoryWrites) -> HistoryView:
    view = HistoryView(journal, CATALOG, writes=writes)
    qtbot.addWidget(view)
    view.refresh()
    return view


def test_a_visit_that_cannot_be_saved_says_why_and_stays_in_the_form(
    history: HistoryView,
    journal: Journal,
    held: sqlite3.Connection,
    warnings: list[tuple[str, str]],
) -> None:
    visits = history.visits
    visits.when.setDate(QDate(2026, 11, 18))
    visits.note.setText("Walking practice")
    visits.add_button.click()
    ((title, text),) = warnings
    assert title == "Not saved"
    assert text.startswith("Your visit could not be saved.")
    assert "Wait a minute, then try again" in text and "still on screen: nothing is lost" in text
    assert "sqlite" not in text.lower() and "database is locked" not in text
    assert visits.note.text() == "Walking practice"  # nothing typed is lost
    assert visits.table.rowCount() == 0 and journal.visits() == []

    held.rollback()  # the other program lets go: the same press now saves
    visits.add_button.click()
    assert [v.note for v in journal.visits()] == ["Walking practice"]
    assert visits.table.rowCount() == 1 and visits.note.text() == ""


def test_a_routine_edit_that_cannot_be_saved_opens_again_with_the_edit(
    qtbot: QtBot,
    journal: Journal,
    writes: HistoryWrites,
    warnings: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = RoutineStore(journal, CATALOG)
    mine = store.add(bundled.routines()[0])
    page = RoutinesView(store, bundled.routines(), CATALOG, lambda: Side.LEFT, writes=writes)
    qtbot.addWidget(page)
    page.refresh()
    page.select(mine)
    journal.connection.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(journal.path, isolation_level=None, timeout=0)
    names: list[str] = []

    def edit_and_save(editor: RoutineEditor) -> int:
        """The person renames the routine and presses Save; the first time the file is held."""
        if not names:
            editor.name.setText("Morning, shorter")
            other.execute("BEGIN EXCLUSIVE")
        else:
            other.rollback()
        names.append(editor.name.text())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(RoutineEditor, "exec", edit_and_save)
    page.edit()
    other.close()
    assert names == ["Morning, shorter", "Morning, shorter"]  # opened again, edit kept
    assert [title for title, _ in warnings] == ["Not saved"]
    assert warnings[0][1].startswith("Your changes to the routine could not be saved.")
    assert store.get(mine).routine.name == "Morning, shorter"
    assert page.list.currentItem().text() == "Morning, shorter  ★ my daily routine"


def test_every_page_refreshes_from_one_change_signal(
    qtbot: QtBot, journal: Journal, writes: HistoryWrites, history: HistoryView
) -> None:
    store = RoutineStore(journal, CATALOG)
    page = RoutinesView(store, bundled.routines(), CATALOG, lambda: Side.LEFT, writes=writes)
    qtbot.addWidget(page)
    page.refresh()
    before = page.list.count()
    store.add(bundled.routines()[1])  # saved elsewhere (another page, a restored backup)
    assert page.list.count() == before  # pages do not poll
    writes.changed.emit(ROUTINES)
    assert page.list.count() == before + 1
    history_rows = history.model.rowCount()
    run_session(journal, program("toe-lifts"), 30)
    writes.changed.emit(SESSIONS)
    assert history.model.rowCount() == history_rows + 1
