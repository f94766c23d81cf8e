"""Every screen and dialog of the app, reached as a person reaches them, for checks that look
at each one (tests/i18n: untranslated words, German text that does not fit).

``walk`` calls ``visit(screen, top_level_widget)`` once per screen state. Modal dialogs and
message boxes are caught where the app runs them (exec, the QMessageBox and QFileDialog
shortcuts): each is shown, visited, then answered with its "no"/"cancel" answer, so the walk
never blocks and never changes the fixture's history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from footdrop_gui.core.activity import ActivityLog
from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.engine import SessionEngine, State
from footdrop_gui.core.program import Entry, Side, StepKind, compile_program
from footdrop_gui.core.routine import UNSAVED, Routine, default_entry
from footdrop_gui.storage.errors import HistoryWriteError, OpenProblem
from footdrop_gui.storage.journal import Journal, Rating, TherapyVisit
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.routine_editor import ExercisePicker, RoutineEditor
from footdrop_gui.ui.side_question import SideQuestion
from tests.helpers.fake_clock import FakeClock

Visit = Callable[[str, QWidget], None]

# What the person typed, in the fixture: Greek, so it is never mistaken for English left
# untranslated (tests/i18n/pseudo.py counts Latin letters only).
USER_NOTE = "Σημείωση"
SESSION_DAY = datetime(2026, 11, 20, 9, 0)


def seed_history(journal: Journal, catalog: Catalog) -> None:
    """Three sessions (one ended early, one rated) and two therapy visits, saved as the app
    saves them, in the language of ``catalog`` (a session keeps the title it was run with)."""
    for exercise_id, seconds in (("calf-stretch", 200), ("toe-lifts", 30), ("heel-lifts", 10**4)):
        exercise = catalog.get(exercise_id)
        program = compile_program([Entry(exercise, exercise.prescription)])
        clock = FakeClock()
        engine = SessionEngine(program, clock)
        log = ActivityLog(program, clock, wall=lambda: SESSION_DAY)
        session = journal.start_session(exercise.name, program)
        engine.start()
        left = seconds
        while left > 0 and not engine.finished:
            clock.advance(1)
            left -= 1
            for activity in log.on_events(engine.tick()):
                journal.record(session, activity)
        journal.end_session(session, ended_early=not engine.finished)
        journal.set_rating(session, Rating(pain_before=4, pain_after=3, note=USER_NOTE))
    journal.add_visit(TherapyVisit(date(2026, 11, 18), USER_NOTE))
    journal.add_visit(TherapyVisit(date(2026, 11, 11), USER_NOTE))


@contextmanager
def caught_modals(monkeypatch: pytest.MonkeyPatch, visit: Visit) -> Iterator[None]:
    """Every modal the app runs is visited and answered "no" instead of waiting for a click."""

    def show_and_visit(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        visit(f"{type(dialog).__name__} “{dialog.windowTitle()}”", dialog)
        dialog.hide()
        dialog.deleteLater()
        return int(QDialog.DialogCode.Rejected.value)

    def static_box(icon: QMessageBox.Icon, answer: QMessageBox.StandardButton) -> Any:
        def box(parent: QWidget | None, title: str, text: str, *buttons: Any,
                **_default: Any) -> QMessageBox.StandardButton:
            shown = QMessageBox(icon, title, text, parent=parent)
            if buttons:
                shown.setStandardButtons(buttons[0])
            show_and_visit(shown)
            return answer

        return box

    Icon, Button = QMessageBox.Icon, QMessageBox.StandardButton
    monkeypatch.setattr(QDialog, "exec", show_and_visit)
    monkeypatch.setattr(QMessageBox, "exec", show_and_visit)
    monkeypatch.setattr(QMessageBox, "question", static_box(Icon.Question, Button.No))
    monkeypatch.setattr(QMessageBox, "information", static_box(Icon.Information, Button.Ok))
    monkeypatch.setattr(QMessageBox, "warning", static_box(Icon.Warning, Button.Ok))
    monkeypatch.setattr(QMessageBox, "critical", static_box(Icon.Critical, Button.Ok))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))
    yield


def settle() -> None:
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def visit_tabs(name: str, window: QWidget, tabs: QTabWidget, visit: Visit) -> None:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        visit(f"{name}, tab {index + 1}", window)
    tabs.setCurrentIndex(0)


def walk(window: MainWindow, clock: FakeClock, catalog: Catalog, routines: tuple[Routine, ...],
         monkeypatch: pytest.MonkeyPatch, visit: Visit) -> None:
    """Visit every screen and dialog of ``window`` (shown, with a seeded history)."""
    with caught_modals(monkeypatch, visit):
        settle()
        visit("library", window)
        for exercise in catalog.exercises:
            window.library.select(exercise.id)
            settle()
            visit(f"library: {exercise.id}", window)
        walk_history(window, visit)
        walk_routines(window, catalog, routines, visit)
        walk_dialogs(window, catalog, visit)
        walk_session(window, clock, catalog, routines, monkeypatch, visit)
        walk_errors(window, catalog, monkeypatch)


def walk_history(window: MainWindow, visit: Visit) -> None:
    window.show_history()
    history = window.history
    history.table.selectRow(0)
    settle()
    history.visits.table.selectRow(0)
    visit_tabs("history", window, history.tabs, visit)
    history.edit_rating()  # the "how it went" dialog
    history.delete_selected()  # asks first; the walk answers no
    history.visits.change_selected()
    history.visits.delete_selected()
    history.export()
    window.show_library()


def walk_routines(window: MainWindow, catalog: Catalog, routines: tuple[Routine, ...],
                  visit: Visit) -> None:
    window.show_routines()
    page = window.routines_page
    for row in range(page.list.count()):
        page.list.setCurrentRow(row)
        settle()
        visit(f"routines: row {row}", window)
    page.list.setCurrentRow(0)
    page.edit()
    page.copy()
    page.export()
    page.import_file()
    for dialog in (RoutineEditor(routines[0], catalog, Side.LEFT, window),
                   ExercisePicker(catalog, window)):
        dialog.exec()
    window.show_library()


def walk_dialogs(window: MainWindow, catalog: Catalog, visit: Visit) -> None:
    window.questions.show_safety_notice(first_run=True)
    window.questions.show_safety_notice(first_run=False)
    SideQuestion(None, window).exec()
    window.questions.ask_affected_side()
    window.open_sound_settings()
    window.show_reminders()
    window.show_backups()
    window.show_report_dialog()
    window.show_handout_dialog()
    window.show_about()
    window.log_visit()
    settle()
    visit("log a therapy visit", window)
    window.open_routine_file()
    window.show_library()


def every_exercise(catalog: Catalog, routines: tuple[Routine, ...]) -> Routine:
    """One session through every exercise of the catalog, named like the daily routine: two
    sets of two reps at most, so every kind of step shows (rests and side changes too) and
    the walk stays quick."""
    entries = []
    for exercise in catalog.exercises:
        entry = default_entry(exercise)
        dose = entry.prescription
        short = replace(dose, sets=min(dose.sets, 2), reps=min(dose.reps, 2))
        entries.append(replace(entry, prescription=short))
    return Routine(UNSAVED, routines[0].name, "", tuple(entries))


def walk_session(window: MainWindow, clock: FakeClock, catalog: Catalog,
                 routines: tuple[Routine, ...], monkeypatch: pytest.MonkeyPatch,
                 visit: Visit) -> None:
    """Each kind of step of each exercise (skipped through with the Right arrow), paused,
    away, the question before ending, the summary, and a rating that cannot be saved."""
    window.start_routine(every_exercise(catalog, routines))
    session = window.session
    assert session is not None
    view = window.pages.currentWidget()
    seen: set[tuple[str, StepKind, Side]] = set()
    visited: set[str] = set()
    while not session.engine.finished:
        step = session.engine.step
        clock.advance(0.5)
        session.refresh()
        key = (step.exercise_id or "", step.kind, step.side)
        if key not in seen:
            seen.add(key)
            visit(f"session: {key[0]} {step.kind} {step.side}", window)
        if len(seen) == 3 and "session: paused" not in visited:
            visited.add("session: paused")
            walk_session_states(window, clock, visit)
        QTest.keyClick(view, Qt.Key.Key_Right)
    settle()
    visit("session: summary", window)
    summary = window.runner.summary
    assert summary is not None
    summary.rating.pain_before.setValue(3)
    monkeypatch.setattr(window.journal, "set_rating", refuse)
    summary.done_button.click()  # "not saved", then back to the library
    settle()


def walk_session_states(window: MainWindow, clock: FakeClock, visit: Visit) -> None:
    session = window.session
    assert session is not None
    session.toggle_pause()
    visit("session: paused", window)
    session.toggle_pause()
    clock.suspend(12 * 60)
    clock.advance(0.5)
    session.refresh()
    assert session.engine.state is State.AWAY
    visit("session: away", window)
    session.toggle_pause()
    session.request_end()  # the question is visited; the walk keeps going
    session.refresh()


FULL_DISK = HistoryWriteError(OpenProblem.NO_SPACE, Path("/nonexistent/history.sqlite3"))


def refuse(*_args: object, **_kwargs: object) -> None:
    raise FULL_DISK


def walk_errors(window: MainWindow, catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    """A session that did not finish last time (a power cut), and what a person sees when the
    history cannot be written to: no session can start."""
    exercise = catalog.exercises[0]
    window.journal.start_session(exercise.name,
                                 compile_program([Entry(exercise, exercise.prescription)]))
    window.runner.offer_unfinished()  # visited; no answer keeps what was done
    monkeypatch.setattr(window.journal, "start_session", refuse)
    window.start_exercise(catalog.exercises[0].id)
