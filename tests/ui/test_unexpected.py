"""An error nobody expected, while the app runs: one calm message, the details on stderr."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from footdrop_gui.startup.run import Startup
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.unexpected import QUIET_FOR_S, UnexpectedProblems


def failure() -> ValueError:
    try:
        raise ValueError("a bug in a click")
    except ValueError as error:
        return error


@pytest.fixture
def messages(qtbot: QtBot) -> Iterator[list[str]]:
    """The messages shown, each read and closed as a person would."""
    shown: list[str] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(f"{box.windowTitle()}: {box.text()}")
            box.accept()

    watcher = QTimer()
    watcher.timeout.connect(read)
    watcher.start(10)
    yield shown
    watcher.stop()


def test_an_unexpected_error_is_told_calmly_once_with_the_details_on_stderr(
    qtbot: QtBot, messages: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    now = [1000.0]
    problems = UnexpectedProblems(window, lambda error: False, clock=lambda: now[0])
    error = failure()
    problems.hook(ValueError, error, error.__traceback__)
    qtbot.waitUntil(lambda: len(messages) == 1)
    title, text = messages[0].split(": ", 1)
    assert title == "Something went wrong"
    assert "may not have happened" in text and "Everything already saved" in text
    assert "Traceback" not in text and "ValueError" not in text
    assert "ValueError: a bug in a click" in capsys.readouterr().err
    now[0] += QUIET_FOR_S / 2  # the same error again, soon: not a second message
    problems.hook(ValueError, error, error.__traceback__)
    qtbot.wait(50)
    assert len(messages) == 1
    assert "a bug in a click" in capsys.readouterr().err  # still written down
    now[0] += QUIET_FOR_S
    problems.hook(ValueError, error, error.__traceback__)
    qtbot.waitUntil(lambda: len(messages) == 2)


def test_an_error_explained_otherwise_or_ctrl_c_gets_no_message(
    qtbot: QtBot, messages: list[str]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    problems = UnexpectedProblems(window, lambda error: isinstance(error, ValueError))
    error = failure()
    problems.hook(ValueError, error, error.__traceback__)
    problems.hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    qtbot.wait(50)
    assert messages == []


def test_the_running_app_installs_it_and_a_test_run_keeps_its_own(
    qapp: QApplication,
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = AppSettings(data_dir)
    settings.acknowledge_safety()
    settings.affected_side = "left"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    ours = sys.excepthook
    plain = Startup(qapp, data_dir, settings)
    plain.begin()
    qtbot.waitUntil(lambda: plain.loaded is not None)
    assert plain.loaded is not None
    window = plain.loaded.window
    qtbot.waitUntil(lambda: "runner" in vars(window))  # greeted: the first frame is long gone
    assert sys.excepthook is ours
    window.close()
    plain.close()
    app_like = Startup(qapp, data_dir, settings, report_unexpected=True)
    app_like.begin()
    qtbot.waitUntil(lambda: app_like.loaded is not None)
    qtbot.waitUntil(  # once the library is on screen
        lambda: isinstance(getattr(sys.excepthook, "__self__", None), UnexpectedProblems)
    )
    assert app_like.loaded is not None
    qtbot.waitUntil(lambda: "runner" in vars(app_like.loaded.window))
    app_like.loaded.window.close()
    app_like.close()
