"""A reminder's "Start now" opens the app with `--start daily`: the daily routine starts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footdrop_gui.__main__ import build_parser
from footdrop_gui.startup.run import Startup
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
            lambda: startup.loaded is not None and startup.loaded.window.session is not None
        )
        assert startup.loaded is not None
        window = startup.loaded.window
        assert window.pages.currentWidget() is not window.library_page
        (session,) = window.journal.sessions()
        assert session.title == window.daily_routine().name
    finally:
        if startup.loaded is not None:
            if startup.loaded.window.session is not None:
                startup.loaded.window.session.end_now()  # so closing does not stop to ask
            startup.loaded.window.close()
            startup.loaded.journal.close()
        apply_scheme(qapp, Scheme.LIGHT)
