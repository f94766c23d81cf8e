"""settings.ini as a hostile world leaves it: garbage, huge, a pipe, a folder, wrong types,
or a file that cannot be written. The app starts, the answers are kept where they can be,
and the person is told once, in words, when they cannot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.cues.cue_settings import CueSettings
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui import first_run
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.settings import AppSettings
from tests.hostile_files import SETTINGS_CASES, SettingsCase

UNWRITABLE = Path("/sys")  # a folder no one can add a file to, not even root


def read_everything(settings: AppSettings) -> None:
    """Every preference the app reads at start, as it reads them."""
    cues = CueSettings(settings.path)
    for name in ("window_geometry", "splitter_state", "last_exercise", "safety_acknowledged",
                 "affected_side", "scheme", "last_dark"):  # fmt: skip
        getattr(settings, name)
    settings.opening_dark()
    for name in ("tones_on", "voice_on", "quiet", "overall_volume", "tone_volume",
                 "voice_volume", "rate", "voice", "engine"):  # fmt: skip
        getattr(cues, name)


@pytest.mark.qt_log_ignore("QVariant::load: unknown user type")  # Qt's own word on @Variant(
@pytest.mark.parametrize("case", SETTINGS_CASES, ids=[c.label for c in SETTINGS_CASES])
def test_a_bad_settings_file_never_stops_the_app_and_answers_are_kept(
    qapp: QApplication, case: SettingsCase, tmp_path: Path
) -> None:
    path = case.make(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    settings = AppSettings(tmp_path)
    read_everything(settings)
    settings.acknowledge_safety()
    settings.affected_side = "left"
    text = (tmp_path / "settings.ini").read_text(encoding="utf-8", errors="replace")
    assert "acknowledged_version=1" in text and "affected_side=left" in text
    notice = settings.notice()
    asides = list(tmp_path.glob("settings.ini.unreadable-*"))
    if case.set_aside is not None:
        assert bool(asides) == case.set_aside
    if asides:
        (aside,) = asides
        assert notice is not None and f"kept, unchanged, at {aside}" in notice
        if before is not None:
            assert aside.read_bytes() == before
    else:
        assert notice is None
    assert settings.notice() is None  # said once


def test_settings_that_cannot_be_saved_are_said_once(qapp: QApplication) -> None:
    settings = AppSettings(UNWRITABLE)
    read_everything(settings)
    settings.acknowledge_safety()
    notice = settings.notice()
    assert notice is not None and "could not be saved" in notice and "read-only" in notice
    assert settings.notice() is None


@pytest.fixture
def greeted(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[list[str]]:  # fmt: skip
    """What the person meets at the first start when settings cannot be saved, in order."""
    met: list[str] = []
    window = MainWindow(
        bundled.catalog(), bundled.routines(), AppSettings(UNWRITABLE), data_dir, journal
    )
    qtbot.addWidget(window)

    def said(_parent: object, title: str, text: str) -> None:
        met.append(f"{title}: {text}")

    monkeypatch.setattr(first_run, "tell", said)
    monkeypatch.setattr(
        window.questions, "show_safety_notice_if_needed", lambda: met.append("safety")
    )
    monkeypatch.setattr(window.questions, "ask_affected_side", lambda: met.append("which foot"))
    window.schedule_first_run()
    qtbot.waitUntil(lambda: "which foot" in met)
    yield met


def test_the_first_questions_never_come_back_without_a_word(greeted: list[str]) -> None:
    assert len(greeted) == 3
    assert greeted[0].startswith("Your settings: Your settings could not be saved")
    assert greeted[1:] == ["safety", "which foot"]
