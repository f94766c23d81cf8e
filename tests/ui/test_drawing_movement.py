"""On the session screen the drawing moves at the exercise's tempo, and only then redraws often.

A hold eases into the end pose over its first second ("lift"), a release eases back over its
whole length ("lower slowly, 2 seconds"); circles swing with the cadence. Between movements
the screen's single timer waits for the next whole second, so a still picture costs nothing.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from footdrop_gui import bundled
from footdrop_gui.core.program import Entry, compile_program
from footdrop_gui.ui.illustration import (
    POSE_END,
    POSE_MID,
    POSE_START,
    IllustrationView,
    pose_layers,
)
from footdrop_gui.ui.session_controller import ANIMATION_FRAME_MS, SessionController
from footdrop_gui.ui.session_view import SessionView
from footdrop_gui.ui.summary_view import SummaryView
from tests.helpers.fake_clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _session(qapp: QApplication, clock: FakeClock, exercise_id: str) -> SessionController:
    exercise = bundled.catalog().get(exercise_id)
    program = compile_program([Entry(exercise, exercise.prescription)])
    controller = SessionController(
        program, clock, SessionView(), SummaryView(), confirm_end=lambda: True
    )
    controller.start()
    return controller


def _at(controller: SessionController, clock: FakeClock, seconds: float) -> float:
    """Move the clock on (a tick at least every second, as the timer does) and read the pose."""
    while seconds > 1e-9:
        step = min(1.0, seconds)
        clock.advance(step)
        controller.refresh()
        seconds -= step
    return controller._view.picture.frame()[0]


def test_a_rep_lifts_over_a_second_holds_still_then_lowers_at_the_release_tempo(
    qapp: QApplication, clock: FakeClock
) -> None:
    toe_lifts = _session(qapp, clock, "toe-lifts")  # hold 3 s, lower 2 s
    assert _at(toe_lifts, clock, 10) == 0.0  # get ready over: the lift begins
    assert _at(toe_lifts, clock, 0.5) == pytest.approx(0.5)
    assert _at(toe_lifts, clock, 0.5) == 1.0
    assert _at(toe_lifts, clock, 2.0) == 1.0  # held still; the release starts from here
    lowering = [_at(toe_lifts, clock, 0.25) for _ in range(7)]  # through the 2 s release
    assert lowering == sorted(lowering, reverse=True) and len(set(lowering)) == 7
    assert 0.0 < lowering[-1] < 0.05 and 0.95 < lowering[0] < 1.0
    assert _at(toe_lifts, clock, 0.25) == 0.0  # the next lift starts from the floor


def test_the_screen_redraws_often_only_while_the_drawing_moves(
    qapp: QApplication, clock: FakeClock
) -> None:
    calf = _session(qapp, clock, "calf-stretch")  # a 30 s hold
    assert calf._timer.interval() > ANIMATION_FRAME_MS  # getting ready: a still picture
    _at(calf, clock, 10.0)
    assert 0 < calf._timer.interval() <= ANIMATION_FRAME_MS  # leaning into the stretch
    _at(calf, clock, 1.2)
    assert calf._timer.interval() == 800  # held: wait for the countdown's next number
    _at(calf, clock, 20.0)
    assert calf._timer.interval() > ANIMATION_FRAME_MS


def test_a_drawing_with_an_in_between_pose_moves_through_it(qapp: QApplication) -> None:
    svg = QSvgRenderer(QByteArray(bundled.illustration_svg("ankle-circles")))
    assert svg.elementExists(POSE_MID)
    assert pose_layers(svg, 0.0) == [(POSE_START, 1.0), (POSE_MID, 0.0)]
    assert pose_layers(svg, 0.5) == [(POSE_START, 0.0), (POSE_MID, 1.0)]
    assert pose_layers(svg, 0.75) == [(POSE_MID, 0.5), (POSE_END, 0.5)]
    assert pose_layers(svg, 1.0) == [(POSE_MID, 0.0), (POSE_END, 1.0)]


def test_what_two_poses_share_stays_solid_while_the_drawing_moves(qapp: QApplication) -> None:
    """Half way between poses the leg that does not move must not turn see-through."""
    frames = {blend: _view_image("toe-lifts", blend) for blend in (0.0, 0.25, 0.5)}
    start, between, mid = frames[0.0], frames[0.25], frames[0.5]
    shared = changed = 0
    for y in range(0, start.height(), 3):
        for x in range(0, start.width(), 3):
            if start.pixel(x, y) == mid.pixel(x, y) and start.pixelColor(x, y).alpha() == 255:
                shared += 1
                changed += _distance(start.pixelColor(x, y), between.pixelColor(x, y)) > 8
    assert shared > 1000
    assert changed / shared < 0.01


def _view_image(exercise_id: str, blend: float) -> QImage:
    view = IllustrationView()
    view.resize(400, 300)
    view.set_exercise(exercise_id)
    view.set_frame(blend, show_motion=False)
    image = QImage(view.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    view.render(image)
    return image


def _distance(a: QColor, b: QColor) -> int:
    return max(
        abs(a.red() - b.red()),
        abs(a.green() - b.green()),
        abs(a.blue() - b.blue()),
        abs(a.alpha() - b.alpha()),
    )
