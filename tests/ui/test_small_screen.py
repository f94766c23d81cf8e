"""Every page and dialog fits a small screen, at every text size, and nothing is cut off.

The rooms are what a window has (less a panel and its title bar) on a 1024 x 600 screen, on
1280 x 800 at 150 % (QT_SCALE_FACTOR=1.5: 853 x 533 logical), on 1920 x 1080 at 200 % (960 x
540 logical), and on 1280 x 800 with 144-dpi fonts (text half as big again: font factor 1.5).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.core.program import Side
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.dialogs import AboutDialog, SafetyNotice, save_dialog
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.rating_form import RatingForm
from footdrop_gui.ui.routine_editor import ExercisePicker, RoutineEditor
from footdrop_gui.ui.settings import TEXT_SCALES, AppSettings
from footdrop_gui.ui.side_question import SideQuestion
from footdrop_gui.ui.theme import Scheme, apply_body_font, apply_scheme, apply_text_scale
from footdrop_gui.ui.visits_view import VisitForm

ROOMS = {
    "1024x600": ((1024, 560), 1.0),
    "1280x800 at 150%": ((853, 493), 1.0),
    "1920x1080 at 200%": ((960, 500), 1.0),
    "1280x800 with 144-dpi fonts": ((1280, 760), 1.5),
}
ROOM = ROOMS["1024x600"][0]
CATALOG = bundled.catalog()


@pytest.fixture
def window(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, journal: Journal
) -> Iterator[MainWindow]:
    apply_body_font(qapp)
    apply_scheme(qapp, Scheme.LIGHT)
    settings = AppSettings(data_dir)
    settings.acknowledge_safety()
    win = MainWindow(CATALOG, bundled.routines(), settings, data_dir, journal)
    yield win
    # Gone for good before the next test: every text-size change reaches every widget alive.
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_text_scale(qapp, 1.0)


PAGES: dict[str, Callable[[MainWindow], QWidget]] = {
    "library": lambda w: w.library_page,
    "history": lambda w: w.history,
    "routines": lambda w: w.routines_page,
}
DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "routine editor": lambda w: RoutineEditor(bundled.routines()[0], CATALOG, Side.LEFT, w),
    "exercise picker": lambda w: ExercisePicker(CATALOG, w),
    "safety notice": lambda w: SafetyNotice(CATALOG, True, w),
    "about": lambda w: AboutDialog(CATALOG, Path.home(), w),
    "affected foot": lambda w: SideQuestion(None, w),
    "how it went": lambda w: save_dialog(w, "How it went", QLabel("Daily routine"), RatingForm()),
    "change a visit": lambda w: save_dialog(w, "Change this visit", VisitForm()),
}


def at_size(qapp: QApplication, room: str, scale: float) -> tuple[int, int]:
    (width, height), font_factor = ROOMS[room]
    apply_text_scale(qapp, scale * font_factor)
    return width, height


@pytest.mark.parametrize("scale", TEXT_SCALES)
@pytest.mark.parametrize("room", ROOMS)
@pytest.mark.parametrize("page", PAGES)
def test_each_page_fits(
    window: MainWindow, qapp: QApplication, page: str, room: str, scale: float
) -> None:
    width, height = at_size(qapp, room, scale)
    window.show_library()
    PAGES[page](window)  # made, and so part of the window's minimum size
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, (page, hint)


@pytest.mark.parametrize("scale", TEXT_SCALES)
@pytest.mark.parametrize("room", ROOMS)
@pytest.mark.parametrize("dialog", DIALOGS)
def test_each_dialog_fits(
    window: MainWindow, qapp: QApplication, dialog: str, room: str, scale: float
) -> None:
    width, height = at_size(qapp, room, scale)
    made = DIALOGS[dialog](window)
    hint = made.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, (dialog, hint)
    made.deleteLater()


@pytest.mark.parametrize("page", PAGES)
def test_no_button_is_cut_off_at_the_largest_text(
    window: MainWindow, qapp: QApplication, qtbot: QtBot, page: str
) -> None:
    """Shown at 1024 x 560 with the largest text: every button whole, inside the window."""
    window.menus.appearance.set_text_scale(TEXT_SCALES[-1])
    window.show()
    window.resize(*ROOM)
    {"library": window.show_library, "history": window.show_history}.get(
        page, window.show_routines
    )()
    qtbot.waitUntil(lambda: window.size().width() == ROOM[0])
    assert (window.width(), window.height()) == ROOM
    shown = window.pages.currentWidget()

    def cut_off() -> list[str]:
        """Buttons outside the window or smaller than their text needs."""
        cut = []
        for button in shown.findChildren(QAbstractButton):
            if not button.isVisibleTo(shown) or not button.text():
                continue
            corner = button.mapTo(window, button.rect().bottomRight())
            inside = corner.x() < window.width() and corner.y() < window.height()
            whole = button.size().expandedTo(button.minimumSizeHint()) == button.size()
            if not (inside and whole):
                cut.append(button.text())
        return cut

    qtbot.waitUntil(lambda: not cut_off())  # once the layouts have settled


def test_the_routine_name_never_wraps_one_word_a_line(window: MainWindow, qtbot: QtBot) -> None:
    window.menus.appearance.set_text_scale(TEXT_SCALES[-1])
    window.show()
    window.resize(*ROOM)
    qtbot.waitUntil(lambda: window.size().width() == ROOM[0])
    qtbot.waitUntil(lambda: window.library_page.top_bar.row_count() >= 2)  # the buttons moved down
    label = window.library_page.daily_length
    lines = label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing()
    assert lines <= len(label.text().split()) / 2  # at least two words a line


@pytest.mark.parametrize("scale", [TEXT_SCALES[0], TEXT_SCALES[-1]])
def test_the_safety_notice_scrolls_and_waits_until_the_end_is_seen(
    window: MainWindow, qapp: QApplication, qtbot: QtBot, scale: float
) -> None:
    window.menus.appearance.set_text_scale(scale)
    notice = SafetyNotice(CATALOG, True, window)
    qtbot.addWidget(notice)
    notice.setMaximumSize(600, 260 if scale == 1.0 else 400)  # as a small screen would
    notice.show()
    qtbot.waitUntil(lambda: notice.scroller.verticalScrollBar().maximum() > 0)
    bar = notice.scroller.verticalScrollBar()
    assert not notice.accept_button.isEnabled()
    assert notice.more.isVisible()
    bar.setValue(bar.maximum() // 2)
    assert not notice.accept_button.isEnabled()
    bar.setValue(bar.maximum())  # the last point on screen
    assert notice.accept_button.isEnabled()
    assert not notice.more.isVisible()
    bar.setValue(0)  # once read, it stays read
    assert notice.accept_button.isEnabled()
    assert notice.height() <= ROOM[1]
