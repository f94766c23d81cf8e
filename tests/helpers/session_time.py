"""Session time passing on the fake clock, as the session screen's timer would see it."""

from __future__ import annotations

from footdrop_gui.ui.main_window import MainWindow
from tests.helpers.fake_clock import FakeClock


def run_for(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Time passes; the running session refreshes once a second, as its timer does."""
    assert window.session is not None
    while seconds > 0:
        step = min(1.0, seconds)
        clock.advance(step)
        seconds -= step
        window.session.refresh()
