"""Opening and saving routine files in the window: a hostile file gives one calm message and
adds nothing, and a save that cannot happen says so."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.core.program import Side
from footdrop_gui.core.routine import UNSAVED, Routine, default_entry
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.routine_store import RoutineStore
from footdrop_gui.ui.routines_view import RoutinesView
from tests.hostile_files import CASES, Case

CATALOG = bundled.catalog()


@pytest.fixture
def page(qapp: QApplication, qtbot: QtBot, journal: Journal) -> RoutinesView:
    view = RoutinesView(RoutineStore(journal, CATALOG), bundled.routines(), CATALOG,
                        lambda: Side.LEFT)  # fmt: skip
    qtbot.addWidget(view)
    view.refresh()
    return view


REFUSED = [c for c in CASES if c.words is not None]


@pytest.mark.parametrize("case", REFUSED, ids=[c.label for c in REFUSED])
def test_a_hostile_file_adds_nothing_and_says_why(
    case: Case, page: RoutinesView, warnings: list[tuple[str, str]], tmp_path: Path
) -> None:
    assert page.open_file(case.make(tmp_path)) is None
    ((_title, text),) = warnings
    assert "Nothing was added" in text and case.words is not None and case.words in text
    assert len(text) < 600
    assert page.list.count() == len(bundled.routines())


def test_a_save_that_cannot_happen_says_so(
    page: RoutinesView, warnings: list[tuple[str, str]], tmp_path: Path
) -> None:
    broken = Routine(UNSAVED, "Mine \ud800", "", (default_entry(CATALOG.get("toe-lifts")),))
    assert not page.save_file(broken, tmp_path / "mine.json")
    os.mkfifo(tmp_path / "pipe.json")
    assert not page.save_file(bundled.routines()[0], tmp_path / "pipe.json")
    assert [title for title, _ in warnings] == ["Not saved", "Not saved"]
    assert "broken character" in warnings[0][1] and "named pipe" in warnings[1][1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "pipe.json"]
