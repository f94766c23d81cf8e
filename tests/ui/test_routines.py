"""Routines as a person shapes them: copy, edit in range, reorder, import, the daily one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.core.program import Side
from footdrop_gui.core.routine import UNSAVED, Routine, default_entry
from footdrop_gui.core.routine_file import parse_routine_file
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.routine_store import RoutineStore
from footdrop_gui.ui.routine_editor import RangeSpinBox, RoutineEditor
from footdrop_gui.ui.routines_view import RoutinesView
from footdrop_gui.ui.side_question import SideQuestion, side_for

CATALOG = bundled.catalog()
BUILTINS = bundled.routines()


@pytest.fixture
def store(journal: Journal) -> RoutineStore:
    return RoutineStore(journal, CATALOG)


@pytest.fixture
def page(qapp: QApplication, qtbot: QtBot, store: RoutineStore) -> RoutinesView:
    view = RoutinesView(store, BUILTINS, CATALOG, lambda: Side.LEFT)
    qtbot.addWidget(view)
    view.refresh()
    view.show()
    return view


def texts(page: RoutinesView) -> list[str]:
    return [page.list.item(i).text() for i in range(page.list.count())]


def answer(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_built_in_routines_are_read_only_templates_to_copy(page: RoutinesView) -> None:
    assert texts(page) == [f"{r.name}  (built in)" for r in BUILTINS]
    assert not page.buttons["edit"].isEnabled()
    assert not page.buttons["delete"].isEnabled()
    assert "make a copy" in page.about.text()
    answer(QMessageBox.StandardButton.Yes)  # asked whether the copy becomes the daily one
    page.buttons["copy"].click()
    assert texts(page)[-1] == "Daily foot-drop routine (my copy)  ★ my daily routine"
    assert page.buttons["edit"].isEnabled()


def test_a_copy_becomes_the_daily_routine_only_when_you_say_so(
    page: RoutinesView, store: RoutineStore
) -> None:
    asked: list[str] = []

    def say_no() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, say_no)
    page.buttons["copy"].click()
    assert "daily routine" in asked[0]
    assert store.daily() is None  # the big Start button still runs the built-in routine
    assert texts(page)[-1] == "Daily foot-drop routine (my copy)"
    page.list.setCurrentRow(0)
    page.buttons["copy"].click()  # a second copy: nothing to ask, and its own name
    assert texts(page)[-1] == "Daily foot-drop routine (my copy) (2)"
    assert store.daily() is None


def test_delete_asks_and_undo_brings_it_back(page: RoutinesView, store: RoutineStore) -> None:
    store.add(Routine(UNSAVED, "Mine", "", (default_entry(CATALOG.get("toe-lifts")),)))
    page.refresh()
    page.list.setCurrentRow(2)
    answer(QMessageBox.StandardButton.Yes)
    page.buttons["delete"].click()
    assert len(texts(page)) == 2 and page.undo_bar.isVisible()
    page.undo_button.click()
    assert texts(page)[-1].startswith("Mine")


def test_reorder_and_choose_the_daily_routine(page: RoutinesView, store: RoutineStore) -> None:
    for name in ("A", "B"):
        store.add(Routine(UNSAVED, name, "", (default_entry(CATALOG.get("toe-lifts")),)))
    page.refresh()
    page.list.setCurrentRow(3)  # B
    page.buttons["up"].click()
    assert [t.split()[0] for t in texts(page)[2:]] == ["B", "A"]
    page.buttons["daily"].click()
    daily = store.daily()
    assert daily is not None and daily.routine.name == "B"


def test_importing_a_good_file_adds_it_and_a_bad_one_adds_nothing(
    page: RoutinesView, store: RoutineStore, tmp_path: Path
) -> None:
    example = Path(__file__).parents[2] / "docs" / "examples" / "daily-routine.json"
    answer(QMessageBox.StandardButton.No)  # not the daily routine
    assert page.open_file(example) is not None
    assert [s.routine.name for s in store.all()] == ["Daily foot-drop routine"]
    assert str(example) in page.notice.text() and page.notice.isVisible()
    bad = tmp_path / "bad.json"
    data = json.loads(example.read_text())
    data["entries"][2]["reps"] = 99
    bad.write_text(json.dumps(data))
    shown: list[str] = []

    def read_message() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_message)
    assert page.open_file(bad) is None
    assert "Nothing was added" in shown[0] and "entries[3].reps: 99 is above" in shown[0]
    assert len(store.all()) == 1


def test_export_writes_a_file_that_reads_back(page: RoutinesView, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert page.save_file(BUILTINS[0], target)
    assert page.notice.isVisible()
    assert page.notice.text() == f"Saved “{BUILTINS[0].name}” as {target}"
    again = parse_routine_file(target.read_text(), CATALOG, "out.json")
    assert again.exercise_ids == BUILTINS[0].exercise_ids


@pytest.fixture
def editor(qapp: QApplication, qtbot: QtBot) -> Iterator[RoutineEditor]:
    routine = Routine(
        UNSAVED, "Mine", "", tuple(default_entry(CATALOG.get(i)) for i in ("toe-lifts", "ice-pack"))
    )
    dialog = RoutineEditor(routine, CATALOG, Side.LEFT)
    dialog.show()
    yield dialog
    dialog.hide()  # finished with: closing it then asks nothing
    dialog.close()
    dialog.deleteLater()


def fields(editor: RoutineEditor) -> dict[str, RangeSpinBox]:
    return {box.accessibleName(): box for box in editor.form_host.findChildren(RangeSpinBox)}


def test_each_field_has_the_catalog_range(editor: RoutineEditor) -> None:
    boxes = fields(editor)
    toe = CATALOG.get("toe-lifts")
    for name, label in (("reps", "Reps"), ("hold_seconds", "Hold"), ("sets", "Sets")):
        allowed = toe.ranges[name]
        assert (boxes[label].minimum(), boxes[label].maximum()) == (allowed.low, allowed.high)
    editor.list.setCurrentRow(1)
    ice = fields(editor)["How long"]
    assert ice.maximum() == 1200  # never past 20 minutes


def test_a_value_out_of_range_is_refused_with_the_range(
    editor: RoutineEditor, qtbot: QtBot
) -> None:
    reps = fields(editor)["Reps"]
    reps.lineEdit().selectAll()
    qtbot.keyClicks(reps, "99")  # 9 is fine, 99 is not
    assert reps.value() == 9
    assert editor.message.isVisible()
    assert editor.message.text() == "Reps must be between 5 and 30."


def test_total_time_follows_the_changes(editor: RoutineEditor) -> None:
    before = editor.total.text()
    fields(editor)["Reps"].setValue(30)
    assert editor.total.text() != before
    assert editor.result_routine().entries[0].prescription.reps == 30


def test_reorder_with_the_keyboard_and_remove(editor: RoutineEditor, qtbot: QtBot) -> None:
    editor.list.setCurrentRow(1)
    qtbot.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.result_routine().exercise_ids == ("ice-pack", "toe-lifts")
    editor.remove_current()
    assert editor.result_routine().exercise_ids == ("toe-lifts",)
    editor.remove_current()  # the last one stays, with a reason
    assert editor.message.text() == "A routine needs at least one exercise."


def test_unsaved_changes_are_never_lost_silently(editor: RoutineEditor) -> None:
    fields(editor)["Reps"].setValue(20)
    answer(QMessageBox.StandardButton.Cancel)
    editor.reject()
    assert editor.isVisible()  # still editing
    answer(QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()


def test_the_side_question_saves_the_choice(qapp: QApplication, qtbot: QtBot) -> None:
    question = SideQuestion(None)
    qtbot.addWidget(question)
    assert question.choice() == "unsure"
    question.group.button(0).setChecked(True)
    assert question.choice() == "left"
    assert (side_for("left"), side_for("unsure"), side_for(None)) == (
        Side.LEFT,
        Side.BOTH,
        Side.BOTH,
    )


def _choose(label: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.text()} {box.informativeText()}")
        (button,) = [b for b in box.buttons() if b.text() == label]
        button.click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(
    ("choice", "names", "steps"),
    [
        ("Replace mine", ["Daily foot-drop routine"], 9),
        ("Keep both", ["Daily foot-drop routine", "Daily foot-drop routine (2)"], 1),
        ("Cancel", ["Daily foot-drop routine"], 1),
    ],
)
def test_a_file_with_the_name_of_one_of_yours_asks_first(
    page: RoutinesView,
    store: RoutineStore,
    choice: str,
    names: list[str],
    steps: int,
) -> None:
    example = Path(__file__).parents[2] / "docs" / "examples" / "daily-routine.json"
    mine = store.add(
        Routine(UNSAVED, "Daily foot-drop routine", "", (default_entry(CATALOG.get("toe-lifts")),))
    )
    page.refresh()
    seen: list[str] = []
    _choose(choice, seen)
    added = page.open_file(example)
    assert "You already have a routine called “Daily foot-drop routine”" in seen[0]
    assert "Daily foot-drop routine (2)" in seen[0]  # says what "keep both" would call it
    assert [s.routine.name for s in store.all()] == names
    assert len(store.get(mine).routine.entries) == steps  # replaced, or left as it was
    assert (added is None) == (choice == "Cancel")
    assert store.daily() is not None and store.daily().id == mine  # still your daily one


def test_tab_reads_the_page_in_order(page: RoutinesView, qtbot: QtBot) -> None:
    page.list.setFocus()
    order = []
    for _ in range(4):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order[0] is page.list
    assert order[1].accessibleName() == "About this routine"
    assert order[2:] == [page.buttons["start"], page.buttons["copy"]]  # Edit is off: built in
