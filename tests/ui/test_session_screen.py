"""The session screen as a person follows it: driven by a fake clock and the keyboard.

Also what makes it readable from a chair: a countdown never cut, plain names for every
control, announcements for screen readers, keys, text sizes changed at run time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.core.engine import State
from footdrop_gui.core.session_display import PhaseKind, countdown_text
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.session_controller import ANIMATION_FRAME_MS
from footdrop_gui.ui.session_view import SessionView
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.sound_settings import VolumeControl
from footdrop_gui.ui.summary_view import SummaryView
from footdrop_gui.ui.theme import MIN_BODY_POINTS, Scheme, apply_body_font, apply_scheme
from tests.helpers.fake_clock import FakeClock
from tests.helpers.session_time import run_for


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, clock: FakeClock, journal: Journal
) -> Iterator[MainWindow]:
    apply_body_font(qapp)
    apply_scheme(qapp, Scheme.LIGHT)
    settings = AppSettings(data_dir)
    settings.acknowledge_safety()
    win = MainWindow(bundled.catalog(), bundled.routines(), settings, data_dir, journal, clock)
    win.resize(1024, 600)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.session is not None:
        win.session.end_now()  # so closing the window does not stop to ask
    win.close()
    win.deleteLater()


def view_of(window: MainWindow) -> SessionView:
    page = window.pages.currentWidget()
    assert isinstance(page, SessionView)
    return page




def answer_next_box(button_text: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r}")

    QTimer.singleShot(0, click)


def start_from_detail(window: MainWindow, qtbot: QtBot, exercise_id: str) -> SessionView:
    window.library.select(exercise_id)
    qtbot.mouseClick(window.detail.start_button, Qt.MouseButton.LeftButton)
    return view_of(window)


def test_start_shows_get_ready_then_the_first_hold(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "toe-lifts")
    assert view.title.text() == "Toe lifts"
    assert (view.countdown.text(), view.phase.text()) == ("10", "Get ready: Toe lifts")
    assert view.next_up.text() == "Next: Lift your toes and hold"
    assert view.picture.frame() == (0.0, False, True)  # start pose, arrow shown
    run_for(window, clock, 10)
    assert (view.countdown.text(), view.phase.text()) == ("3", "Lift your toes and hold")
    assert view.where.text() == "Rep 1 of 12"
    assert view.side.text() == "Both feet"
    assert view.picture.frame() == (0.0, False, False)  # the toes start to lift...
    run_for(window, clock, 1)
    assert view.picture.frame() == (1.0, False, False)  # ...and are held up after a second
    run_for(window, clock, 2)
    assert (view.countdown.text(), view.phase.text()) == ("2", "Lower your toes")
    assert view.picture.frame()[0] == 1.0  # lowering starts from the held pose...
    run_for(window, clock, 2)
    assert view.picture.frame()[0] == 0.0  # ...and ends down, as the next lift begins


def test_countdown_digits_are_a_quarter_of_the_window_high(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = start_from_detail(window, qtbot, "toe-lifts")
    digits = QFontMetrics(view.countdown.font()).tightBoundingRect("8").height()
    assert digits >= window.height() / 4
    assert view.countdown.height() >= digits


def test_space_pauses_unmistakably_and_time_stands_still(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "calf-stretch")
    run_for(window, clock, 15)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.session is not None and window.session.engine.state is State.PAUSED
    assert view.banner.isVisible() and "PAUSED" in view.banner.text()
    assert view.pause_button.text() == "Carry on"
    volume = view.header.findChild(VolumeControl)
    assert volume is not None and volume.isVisible()  # the sound can still be turned down
    clock.advance(120)
    window.session.refresh()
    assert view.countdown.text() == "25"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not view.banner.isVisible()
    run_for(window, clock, 1)
    assert view.countdown.text() == "24"


def test_arrow_keys_skip_and_go_back(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    view = start_from_detail(window, qtbot, "toe-lifts")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.phase.text() == "Lift your toes and hold"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert (view.phase.text(), view.where.text()) == ("Lift your toes and hold", "Rep 2 of 12")
    run_for(window, clock, 2.5)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert (view.countdown.text(), view.where.text()) == ("3", "Rep 2 of 12")


def test_side_change_is_called_and_the_drawing_turns_to_the_left_foot(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "tennis-ball-massage")
    assert view.side.text() == "Right foot"
    assert view.picture.accessibleName() == "Drawing of Tennis ball massage, right foot"
    run_for(window, clock, 10 + 180)
    assert (view.phase.text(), view.side.text()) == ("Switch to your left foot", "Left foot")
    assert view.picture.frame()[1] is True  # mirrored
    assert view.picture.accessibleName() == "Drawing of Tennis ball massage, left foot"
    run_for(window, clock, 10)
    assert view.countdown.text() == "3:00"


def test_ankle_circles_move_in_time_with_the_cadence(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "ankle-circles")
    run_for(window, clock, 10)
    assert window.session is not None
    blends = []
    for _ in range(6):
        clock.advance(0.5)
        window.session.refresh()
        blends.append(view.picture.frame()[0])
    assert blends == pytest.approx([0.25, 0.75, 1.0, 0.75, 0.25, 0.0])
    assert 0 < window.session._timer.interval() <= ANIMATION_FRAME_MS  # frames while moving


def test_timer_waits_for_the_next_whole_second(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    start_from_detail(window, qtbot, "calf-stretch")
    assert window.session is not None
    clock.advance(0.3)
    window.session.refresh()
    assert window.session._timer.interval() == 700
    window.session.toggle_pause()
    assert not window.session._timer.isActive()  # nothing runs while paused


def test_escape_asks_first_and_keep_going_keeps_going(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "toe-lifts")
    answer_next_box("Keep going")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.session is not None
    assert window.session.engine.state is State.RUNNING
    assert window.pages.currentWidget() is view


def test_ending_shows_a_summary_and_returns_to_the_library(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "band-dorsiflexion-seated")
    run_for(window, clock, 10 + 4 * 10 + 5)  # set 1 done, resting
    answer_next_box("End session")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    summary = window.pages.currentWidget()
    assert isinstance(summary, SummaryView)
    assert summary.heading.text() == "Session ended"
    cells = [
        [summary.table.item(r, c).text() for c in range(summary.table.columnCount())]
        for r in range(summary.table.rowCount())
    ]
    assert cells == [
        ["Seated band pull", "Right", "10 of 30", "1 of 3", "20 seconds"],
        ["Seated band pull", "Left", "0 of 30", "0 of 3", "none"],
    ]
    qtbot.keyClick(summary.done_button, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.library_page
    assert window.session is None


SMALL_SCREEN_WINDOW = (1024, 560)  # a 1024 x 600 screen, less a panel and the title bar


@pytest.mark.parametrize("state", ["paused", "away", "summary"])
def test_a_small_screen_keeps_the_whole_session_in_sight(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, state: str
) -> None:
    window.resize(*SMALL_SCREEN_WINDOW)
    view = start_from_detail(window, qtbot, "band-dorsiflexion-seated")
    run_for(window, clock, 10 + 4 * 3 + 1)
    if state == "paused":
        qtbot.keyClick(view, Qt.Key.Key_Space)
        assert view.banner.isVisible()
    elif state == "away":
        clock.suspend(12 * 60)
        run_for(window, clock, 0.5)
        assert view.away_box.isVisible()
    else:
        answer_next_box("End session")
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert (window.width(), window.height()) == SMALL_SCREEN_WINDOW  # it did not grow
    if state == "summary":
        summary = view_of_summary(window)
        done = summary.done_button.mapTo(window, summary.done_button.rect().bottomRight())
        assert window.rect().contains(done)  # "Back to exercises" is on screen
    else:
        needed = QFontMetrics(view.countdown.font()).height()
        assert needed <= view.countdown.height()  # the number is whole, never clipped
        buttons = view.pause_button.mapTo(window, view.pause_button.rect().bottomRight())
        assert window.rect().contains(buttons)


def test_daily_routine_starts_from_the_big_button(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.library_page.daily_button, Qt.MouseButton.LeftButton)
    view = view_of(window)
    assert view.phase.text() == "Get ready: Calf stretch"
    assert "Next: " in view.next_up.text()


def test_away_asks_to_carry_on_or_restart(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "toe-lifts")
    run_for(window, clock, 10 + 5 + 1)  # rep 2, holding
    clock.suspend(12 * 60)
    run_for(window, clock, 0.5)
    assert "You were away 12 minutes" in view.banner.text()
    assert view.away_box.isVisible()
    qtbot.mouseClick(view.away_restart_button, Qt.MouseButton.LeftButton)
    assert view.phase.text() == "Get ready: Toe lifts"
    assert not view.away_box.isVisible() and not view.banner.isVisible()
    assert window.session is not None and window.session.engine.state is State.RUNNING


def test_space_after_an_absence_carries_on_with_the_rep(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "toe-lifts")
    run_for(window, clock, 10 + 5 + 1)
    clock.advance(60)  # the app was frozen for a minute
    run_for(window, clock, 0.5)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert (view.phase.text(), view.where.text(), view.countdown.text()) == (
        "Lift your toes and hold",
        "Rep 2 of 12",
        "3",
    )


def test_closing_mid_session_asks_first(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    start_from_detail(window, qtbot, "toe-lifts")
    answer_next_box("Keep going")
    window.close()
    assert window.isVisible()
    answer_next_box("End session")
    window.close()
    assert not window.isVisible()


def test_session_buttons_never_take_the_space_key(window: MainWindow, qtbot: QtBot) -> None:
    view = start_from_detail(window, qtbot, "toe-lifts")
    buttons: list[QPushButton] = [view.back_button, view.pause_button, view.skip_button]
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)
    assert all(b.minimumHeight() >= 44 for b in buttons)


def test_each_rep_is_saved_as_it_happens(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, journal: Journal
) -> None:
    start_from_detail(window, qtbot, "toe-lifts")
    run_for(window, clock, 10 + 5 * 3)
    (session,) = journal.sessions()
    assert (session.title, session.status, session.done_reps) == ("Toe lifts", "running", 3)
    run_for(window, clock, 5 * 9)
    assert journal.sessions()[0].status == "finished"
    assert journal.sessions()[0].done_reps == 12


def unfinished_toe_lifts(journal: Journal, reps_done: int) -> int:
    """A session saved up to rep N, as a crash would leave it."""
    from tests.storage.sessions import program, run_session

    return run_session(journal, program("toe-lifts"), 10 + 5 * reps_done, end=False)


def test_an_unfinished_session_can_be_carried_on(window: MainWindow, journal: Journal) -> None:
    unfinished_toe_lifts(journal, reps_done=4)
    answer_next_box("Carry on")
    window.runner.offer_unfinished()
    view = view_of(window)
    assert (view.phase.text(), view.where.text()) == ("Lift your toes and hold", "Rep 5 of 12")
    assert len(journal.sessions()) == 1  # the same session goes on


def test_an_unfinished_session_can_be_kept_as_it_is(window: MainWindow, journal: Journal) -> None:
    unfinished_toe_lifts(journal, reps_done=4)
    answer_next_box("Keep what I did")
    window.runner.offer_unfinished()
    assert window.session is None
    (kept,) = journal.sessions()
    assert (kept.status, kept.done_reps) == ("partial", 4)


def test_a_failed_save_is_reported_and_the_session_goes_on(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, journal: Journal
) -> None:
    view = start_from_detail(window, qtbot, "toe-lifts")
    journal._conn.execute("PRAGMA query_only = ON")  # every write now fails
    run_for(window, clock, 10 + 5 + 1)
    assert view.notice.isVisible()
    assert "could not be saved" in view.notice.text()
    assert view.where.text() == "Rep 2 of 12"
    journal._conn.execute("PRAGMA query_only = OFF")


def test_how_it_went_is_saved_from_the_summary(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, journal: Journal
) -> None:
    start_from_detail(window, qtbot, "calf-stretch")
    run_for(window, clock, 140)
    summary = window.pages.currentWidget()
    assert isinstance(summary, SummaryView)
    summary.rating.pain_before.setValue(5)
    summary.rating.pain_after.setValue(3)
    qtbot.mouseClick(summary.done_button, Qt.MouseButton.LeftButton)
    session = journal.sessions()[0]
    assert (session.pain_before, session.pain_after) == (5, 3)


def test_history_opens_from_the_library_and_comes_back(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    start_from_detail(window, qtbot, "toe-lifts")
    run_for(window, clock, 80)
    qtbot.mouseClick(view_of_summary(window).done_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.history
    assert window.history.model.rowCount() == 1
    qtbot.mouseClick(window.history.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.library_page


def view_of_summary(window: MainWindow) -> SummaryView:
    page = window.pages.currentWidget()
    assert isinstance(page, SummaryView)
    return page


def three_good_toe_lift_sessions(journal: Journal) -> None:
    from footdrop_gui.storage.journal import Rating
    from tests.storage.sessions import program, run_session

    for _ in range(3):
        session = run_session(journal, program("toe-lifts"), 80)
        journal.set_rating(session, Rating(3, 2, "about-right"))


def test_progression_is_offered_and_accepted(window: MainWindow, journal: Journal) -> None:
    from footdrop_gui.core.routine import UNSAVED, Routine, default_entry

    toe = bundled.catalog().get("toe-lifts")
    mine = window.routine_store.add(Routine(UNSAVED, "Mine", "", (default_entry(toe),)))
    three_good_toe_lift_sessions(journal)
    answer_next_box("Yes, update my routine")
    window.runner.offer_progression(mine)
    assert window.routine_store.get(mine).routine.entries[0].prescription.reps == 14


def test_a_declined_suggestion_waits_a_week_in_the_app(
    window: MainWindow, journal: Journal
) -> None:
    from datetime import date, timedelta

    from footdrop_gui.core.routine import UNSAVED, Routine, default_entry

    toe = bundled.catalog().get("toe-lifts")
    mine = window.routine_store.add(Routine(UNSAVED, "Mine", "", (default_entry(toe),)))
    three_good_toe_lift_sessions(journal)
    answer_next_box("Not now")
    window.runner.offer_progression(mine, today=date(2026, 11, 25))
    assert window.routine_store.get(mine).routine.entries[0].prescription.reps == 12
    assert journal.declined_until("toe-lifts") == date(2026, 11, 25) + timedelta(days=7)


# Plain words only: a screen reader reads "black left-pointing triangle" for ◀.
PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ,.'?!()%:-]*")


@pytest.fixture
def text_scale(qapp: QApplication) -> Iterator[Callable[[float], None]]:
    """Change the app's text size as View -> Text size does; put it back afterwards."""
    before = QFont(qapp.font())

    def set_scale(scale: float) -> None:
        font = QFont(qapp.font())
        font.setPointSizeF(MIN_BODY_POINTS * scale)
        qapp.setFont(font)
        QApplication.processEvents()

    yield set_scale
    qapp.setFont(before)
    QApplication.processEvents()


def test_f11_fills_the_screen_in_a_session_and_in_the_library(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(window.library.tree, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(window.library.tree, Qt.Key.Key_F11)
    assert not window.isFullScreen()
    view = start_from_detail(window, qtbot, "toe-lifts")
    qtbot.keyClick(view, Qt.Key.Key_F11)  # once defined twice: "Ambiguous shortcut overload"
    assert window.isFullScreen()
    assert view.fullscreen_button.text() == "Leave full screen"
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert not window.isFullScreen()
    assert view.fullscreen_button.text() == "Full screen"


# Start values whose countdown has each shape: "9", "10", "1:00", "9:59", "10:00", "60:00".
STARTS = (9, 59, 60, 599, 600, 1200, 3600)


@pytest.mark.parametrize("size", [(1024, 560), (1280, 760), (800, 500)])
@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_every_number_a_session_can_show_fits_its_countdown(
    window: MainWindow,
    qtbot: QtBot,
    text_scale: Callable[[float], None],
    size: tuple[int, int],
    scale: float,
) -> None:
    text_scale(scale)
    view = start_from_detail(window, qtbot, "toe-lifts")
    window.resize(*size)
    QApplication.processEvents()
    label = view.countdown
    for start in STARTS:
        label.set_widest(countdown_text(start))
        metrics = QFontMetrics(label.font())
        room = label.contentsRect()
        assert metrics.height() <= room.height()
        for seconds in range(start, 0, -1):
            text = countdown_text(seconds)
            wide = max(metrics.horizontalAdvance(text), metrics.boundingRect(text).width())
            assert wide <= room.width(), (text, size, scale)


def test_the_countdown_holds_its_size_through_a_step(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "tennis-ball-massage")
    run_for(window, clock, 10 + 1)  # 2:59 of a 3:00 massage
    size = view.countdown.font().pixelSize()
    run_for(window, clock, 120)  # 0:59: fewer digits, the same size
    assert view.countdown.text() == "59"
    assert view.countdown.font().pixelSize() == size


def interactive(page: QWidget) -> list[QWidget]:
    """Controls a person uses (a table's header and a page's scroll bar belong to another)."""
    kinds = (QAbstractButton, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QAbstractSlider)
    parts = (QHeaderView, QScrollBar)
    return [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, kinds) and not isinstance(w, parts) and w.isVisibleTo(page)
    ]


def spoken_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    return widget.text() if isinstance(widget, QAbstractButton) else ""


def test_every_control_of_the_session_and_summary_has_a_plain_name(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "toe-lifts")
    clock.suspend(12 * 60)
    run_for(window, clock, 0.5)  # the away question's buttons too
    names = {spoken_name(w) for w in interactive(view)}
    answer_next_box("End session")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    names |= {spoken_name(w) for w in interactive(view_of_summary(window))}
    assert {"Back", "Skip", "End", "Full screen", "Carry on", "Restart this exercise"} <= names
    assert {"Back to exercises", "Pain before, 0 to 10", "What you did"} <= names
    assert all(PLAIN_NAME.fullmatch(name) for name in names), sorted(names)


def test_pause_carry_on_away_phases_and_the_end_are_announced(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "toe-lifts")
    heard: list[str] = []
    view.announced.connect(heard.append)
    summary = window.runner.summary
    assert isinstance(summary, SummaryView)
    summary.announced.connect(heard.append)
    run_for(window, clock, 10)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    clock.suspend(5 * 60)
    run_for(window, clock, 0.5)
    qtbot.mouseClick(view.away_continue_button, Qt.MouseButton.LeftButton)
    answer_next_box("End session")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert heard == [
        "Lift your toes and hold",
        "PAUSED. Press Space to carry on.",
        "Carrying on.",
        "You were away 5 minutes. Carry on, or start this exercise again?",
        "Carrying on.",
        "Session ended",
    ]


def test_paused_and_away_are_shown_big_in_the_instruction_place(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "toe-lifts")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.banner.isVisible() and not view.phase.isVisible()
    assert view.banner.font().pixelSize() >= window.height() / 20
    assert view.banner.width() > window.width() * 0.9  # across the whole screen


def test_a_new_text_size_resizes_the_session_and_summary_at_once(
    window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
    text_scale: Callable[[float], None],
) -> None:
    window.resize(1280, 760)
    view = start_from_detail(window, qtbot, "toe-lifts")
    summary = window.runner.summary
    assert isinstance(summary, SummaryView)
    before = [w.font().pixelSize() for w in (view.title, view.phase, summary.heading)]
    text_scale(1.3)
    after = [w.font().pixelSize() for w in (view.title, view.phase, summary.heading)]
    assert all(b < a for b, a in zip(before, after, strict=True)), (before, after)
    text_scale(1.0)
    assert [w.font().pixelSize() for w in (view.title, view.phase, summary.heading)] == before


def test_instruction_next_and_rep_are_a_twentieth_of_the_window_high(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    window.resize(1280, 760)
    view = start_from_detail(window, qtbot, "toe-lifts")
    run_for(window, clock, 10)
    QApplication.processEvents()
    for label in (view.phase, view.next_up, view.where):
        assert label.isVisible()
        assert label.font().pixelSize() >= window.height() / 20, label.text()


def test_the_phase_band_changes_colour_with_the_phase(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    view = start_from_detail(window, qtbot, "calf-stretch")
    styles = [view.phase.styleSheet()]  # get ready (rest)
    run_for(window, clock, 10)
    styles.append(view.phase.styleSheet())  # hold (work)
    run_for(window, clock, 30)
    styles.append(view.phase.styleSheet())  # rest
    assert styles[0] != styles[1] and styles[0] == styles[2]


def test_the_summary_table_is_one_tab_stop_before_how_it_went(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    start_from_detail(window, qtbot, "toe-lifts")
    run_for(window, clock, 80)
    summary = view_of_summary(window)
    summary.table.setFocus()
    order = [summary.table]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
        if order[-1] is summary.done_button:
            break
    rating = summary.rating
    assert order[1:3] == [rating.pain_before, rating.pain_after]
    assert order[-1] is summary.done_button
    assert len(order) <= 8  # table, two pains, three answers, note, Back


def test_a_freeze_in_a_hold_is_not_saved_as_exercise(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, journal: Journal
) -> None:
    from footdrop_gui.ui.history_view import activity_text

    view = start_from_detail(window, qtbot, "calf-stretch")
    run_for(window, clock, 10 + 1)  # 1 s into a 30 s hold
    clock.advance(40)  # the app froze for 40 s
    run_for(window, clock, 0.5)
    assert view.away_box.isVisible()
    answer_next_box("End session")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    summary = view_of_summary(window)
    assert summary.table.item(0, 4).text() == "none"
    (session,) = journal.sessions()
    lines = [activity_text(a) for a in journal.activities(session.id)]
    assert lines == ["Rep 1: 1 second (interrupted)"]  # not "41 seconds"


def test_the_phase_band_follows_a_change_to_dark_or_high_contrast(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    from footdrop_gui.ui.phase_colors import phase_colors

    view = start_from_detail(window, qtbot, "calf-stretch")
    light = phase_colors("light")[PhaseKind.REST][0]
    assert light in view.phase.styleSheet()
    window.menus.appearance.set_scheme(Scheme.DARK)
    QApplication.processEvents()
    assert phase_colors("dark")[PhaseKind.REST][0] in view.phase.styleSheet()
    window.menus.appearance.set_scheme(Scheme.CONTRAST)
    QApplication.processEvents()
    assert phase_colors("high-contrast")[PhaseKind.REST][0] in view.phase.styleSheet()
    window.menus.appearance.set_scheme(Scheme.LIGHT)
