"""Run in a child process: a real 30-minute soak session at one screen, each text size.

QT_SCALE_FACTOR and QT_FONT_DPI are read once, when Qt starts, so each screen setting needs a
fresh process (tests/ui/test_session_sizes.py starts one per setting). The text size is the
app's own setting: the application font at 14 pt x 1.0, 1.3 and 1.6, changed at run time in
the same window, as View -> Text size does. Prints one JSON object: what went wrong where.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.ui.session_size_probe
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea

from footdrop_gui import bundled
from footdrop_gui.core.routine import UNSAVED, Routine, default_entry
from footdrop_gui.startup.application import create_application
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.session_view import SessionView
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.summary_view import SummaryView
from footdrop_gui.ui.theme import MIN_BODY_POINTS, Scheme, apply_scheme
from tests.helpers.fake_clock import FakeClock
from tests.helpers.session_time import run_for

TEXT_SCALES = (1.0, 1.3, 1.6)
TITLE_BAR = 40  # a window manager's title bar and a panel take this much of the screen
SOAK_SECONDS = 30 * 60


def set_text_scale(app: QApplication, scale: float) -> None:
    """What View -> Text size does: the application font, then the stylesheet again."""
    font = QFont(app.font())
    font.setPointSizeF(MIN_BODY_POINTS * scale)
    app.setFont(font)
    apply_scheme(app, Scheme.LIGHT)


def problems_in(window: MainWindow, room: QRect, state: str) -> list[str]:
    """What a person would see wrong: a window past the screen, a cut button or number."""
    QApplication.processEvents()
    found = []
    if not room.contains(window.frameGeometry()):
        found.append(f"{state}: window {window.frameGeometry().getRect()} past {room.getRect()}")
    page = window.pages.currentWidget()
    assert page is not None
    inside = window.rect()
    scrolled = [area.widget() for area in page.findChildren(QScrollArea)]
    for button in page.findChildren(QAbstractButton):
        # What a page scrolls to is reachable: it is the scroller that must be in sight.
        if button.isVisibleTo(window) and not any(w.isAncestorOf(button) for w in scrolled):
            where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
            if not inside.contains(where):
                found.append(f"{state}: {button.text()!r} at {where.getRect()} is cut off")
    if isinstance(page, SessionView):
        found += countdown_problems(page, state)
        for needed in (page.pause_button, page.skip_button, page.end_button, page.countdown):
            if not needed.isVisibleTo(window):
                found.append(f"{state}: {needed.accessibleName() or needed.text()} is hidden")
    elif isinstance(page, SummaryView) and not page.done_button.isVisibleTo(window):
        found.append(f"{state}: Back to exercises is hidden")
    return found


def countdown_problems(view: SessionView, state: str) -> list[str]:
    label = view.countdown
    metrics = QFontMetrics(label.font())
    text, room = label.text(), label.contentsRect()
    wide = max(metrics.horizontalAdvance(text), metrics.boundingRect(text).width())
    if wide > room.width() or metrics.height() > room.height():
        return [
            f"{state}: {text!r} needs {wide}x{metrics.height()}, has {room.width()}x{room.height()}"
        ]
    return []




def one_text_scale(app: QApplication, scale: float) -> list[str]:
    set_text_scale(app, scale)
    screen = app.primaryScreen().availableGeometry()
    room = screen.adjusted(0, TITLE_BAR, 0, 0)
    data_dir = Path(tempfile.mkdtemp())
    settings = AppSettings(data_dir)
    settings.acknowledge_safety()
    journal, _ = Journal.open(data_dir)
    clock = FakeClock()
    window = MainWindow(bundled.catalog(), bundled.routines(), settings, data_dir, journal, clock)
    window.show()
    soak = bundled.catalog().get("epsom-salt-soak")
    entry = default_entry(soak)
    entry = replace(entry, prescription=replace(entry.prescription, duration_seconds=SOAK_SECONDS))
    window.start_routine(Routine(UNSAVED, "A long soak", "", (entry,)))
    window.setGeometry(room)  # the window manager fits the window to the screen
    found: list[str] = []

    def check(state: str, shown: str | None = None) -> None:
        found.extend(problems_in(window, room, state))
        view = window.pages.currentWidget()
        if shown is not None and isinstance(view, SessionView) and view.countdown.text() != shown:
            found.append(f"{state}: shows {view.countdown.text()!r}, not {shown!r}")

    run_for(window, clock, 10 + 1)
    check("soak at 29:59", "29:59")
    run_for(window, clock, 600)
    check("soak at 19:59", "19:59")
    assert window.session is not None
    window.session.toggle_pause()
    check("paused")
    window.session.toggle_pause()
    clock.suspend(12 * 60)
    run_for(window, clock, 0.5)
    check("away")
    window.session.toggle_pause()  # carry on
    window.session.end_now()  # as if "End session" was confirmed
    check("summary")
    window.session.closed.emit()  # Back to exercises
    window.close()
    journal.close()
    return found


def main() -> int:
    app = create_application(sys.argv[:1])
    size = app.primaryScreen().availableGeometry().size()
    problems = {str(scale): one_text_scale(app, scale) for scale in TEXT_SCALES}
    print(json.dumps({"screen": [size.width(), size.height()], "problems": problems}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
