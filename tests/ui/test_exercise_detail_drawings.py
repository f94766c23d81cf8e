"""The chosen exercise's two drawings appear beside the list, on screen, without a click."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.ui.exercise_detail import ExerciseDetail


def inked_on_screen(view: QWidget) -> float:
    """Share of the view's pixels, as the window last showed them (not repainted for the
    test), whose colour differs from its background."""
    window = view.window()
    shot = window.screen().grabWindow(window.winId()).toImage()
    corner = view.mapTo(window, QPoint(0, 0))
    if shot.width() < corner.x() + view.width() or shot.height() < corner.y() + view.height():
        return 0.0  # the window's first frame is not there yet
    background = shot.pixelColor(corner.x() + 1, corner.y() + 1)
    points = [
        (corner.x() + x, corner.y() + y)
        for x in range(0, view.width(), 4)
        for y in range(0, view.height(), 4)
    ]
    return sum(shot.pixelColor(x, y) != background for x, y in points) / len(points)


def test_both_drawings_of_the_chosen_exercise_appear_once_the_window_shows(
    qtbot: QtBot,
) -> None:
    catalog = bundled.catalog()
    detail = ExerciseDetail(catalog)
    qtbot.addWidget(detail)
    detail.show_exercise(catalog.exercises[0])
    detail.resize(760, 640)  # inside the offscreen screen (800x800)
    detail.show()
    qtbot.waitExposed(detail)
    qtbot.waitUntil(
        lambda: min(inked_on_screen(detail.start_view), inked_on_screen(detail.end_view)) > 0.05
    )
