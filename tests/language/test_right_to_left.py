"""Drawing code never assumes left-to-right text: under a right-to-left layout the right
foot is still the right foot (mirroring is a geometric choice) and the charts keep their
shape, tick numbers against the axis."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footdrop_gui.ui.chart_canvas import ChartCanvas, Point, Series
from footdrop_gui.ui.illustration import IllustrationView
from footdrop_gui.ui.theme import build_palette


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[Callable[[bool], None]]:
    def use(on: bool) -> None:
        qapp.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if on else Qt.LayoutDirection.LeftToRight
        )

    yield use
    use(False)


def both_ways(widget: QWidget, use: Callable[[bool], None]) -> tuple[QImage, QImage]:
    use(False)
    left_to_right = widget.grab().toImage()
    use(True)
    assert widget.layoutDirection() is Qt.LayoutDirection.RightToLeft
    widget.update()
    return left_to_right, widget.grab().toImage()


def test_the_right_foot_is_not_flipped_by_a_right_to_left_layout(
    qtbot: QtBot, right_to_left: Callable[[bool], None]
) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.set_exercise("toe-lifts")
    view.set_frame(0.0, mirrored=False)
    plain, flipped_layout = both_ways(view, right_to_left)
    assert plain == flipped_layout
    view.set_frame(0.0, mirrored=True)  # the left foot: a mirror image, by choice
    assert view.grab().toImage() != plain


def test_a_chart_keeps_its_shape_in_a_right_to_left_layout(
    qtbot: QtBot, right_to_left: Callable[[bool], None]
) -> None:
    chart = ChartCanvas("Reps per day", "reps")
    qtbot.addWidget(chart)
    chart.setPalette(build_palette(False))
    chart.resize(640, 300)
    points = [Point(739000 + day + 0.5, value) for day, value in enumerate([10, 20, 30])]
    chart.set_data([Series("Left foot", 0, points, lambda _i: "", Qt.PenStyle.SolidLine)], "")
    plain, flipped_layout = both_ways(chart, right_to_left)
    assert plain == flipped_layout
