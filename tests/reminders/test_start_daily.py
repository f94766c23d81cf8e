"""A reminder's "Start now" opens the app with `--start daily`: the daily routine starts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footdrop_gui.__main__ import build_parser
from footdrop_gui.app import Startup
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import Scheme, apply_scheme


def test_start_daily_opens_the_window_on_the_daily_routine(
    qapp: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    assert build_parser().parse_args(["--start", "daily"]).start == "daily"
    settings = AppSettings(data_dir)
    settings.acknowledge_safety()
    settings.affected_side = "left"
    startup = Startup(qapp, data_dir, settings, start_daily=True)
    startup.begin()
    try:
        qtbot.waitUntil(
            lambda: startup.opened is not None and startup.opened.window.session is not None
        )
        assert startup.opened is not None
        window = startup.opened.window
        assert window.pages.currentWidget() is not window.library_page
        (session,) = window.journal.sessions()
        assert session.title == window.daily_routine().name
    finally:
        if startup.opened is not None:
            if startup.opened.window.session is not None:
                startup.opened.window.session.end_now()  # so closing does not stop to ask
            startup.opened.window.close()
            startup.opened.journal.close()
        apply_scheme(qapp, Scheme.LIGHT)
