"""No audio device, no sound library, no speech engine, an engine that never answers: the
session always runs on, and the settings show one calm notice (never an error dialog)."""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footdrop_gui.cues import tones as tones_module
from footdrop_gui.cues.audio_check import AudioProblem
from footdrop_gui.cues.coach import Coach
from footdrop_gui.cues.speech import SpeechStatus, Voice
from footdrop_gui.ui.sound_settings import SoundSettingsDialog
from tests.cues.conftest import RecordingTones, SessionFactory, heard

HERE = Path(__file__).parent


def _has_libspeechd() -> bool:
    try:
        ctypes.CDLL("libspeechd.so.2")
    except OSError:
        return False
    return True


needs_speechd = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not _has_libspeechd(),
    reason="speech-dispatcher's library (libspeechd2) is not installed",
)


class NeverAnswers:
    """A speech host whose engine never comes up (as speech-dispatcher can hang)."""

    def __init__(self) -> None:
        self.on_ready: Callable[[list[Voice], Voice | None], None] = lambda v, c: None
        self.on_failed: Callable[[str], None] = lambda reason: None
        self.said: list[str] = []
        self.stopped = False

    def start(
        self, engine: str, system_locale: str, saved: Voice | None, level: float, rate: float
    ) -> None:
        pass

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        pass

    def apply(self, level: float, rate: float) -> None:
        pass

    def use_voice(self, voice: Voice) -> None:
        pass

    def speaking(self) -> bool:
        return False

    def shutdown(self) -> None:
        self.stopped = True


@pytest.fixture
def make(qapp: QApplication, settings_file: Path) -> Iterator[Callable[..., Coach]]:
    made: list[Coach] = []

    def build(**options: object) -> Coach:
        coach = Coach(settings_file, **options)  # type: ignore[arg-type]
        made.append(coach)
        return coach

    yield build
    for coach in made:
        coach.unfollow()
        coach.shutdown()


def run_to_the_end(qtbot: QtBot, coach: Coach, exercise: str, seconds: float) -> None:
    sessions = SessionFactory(qtbot, coach)
    s = sessions(exercise)
    s.run(seconds)
    assert s.controller.engine.finished  # the session ran to its end, summary and all


def test_no_audio_output_runs_silently_with_a_calm_notice(
    qtbot: QtBot, make: Callable[..., Coach], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tones_module, "find_audio_problem", lambda: AudioProblem.NO_OUTPUT)
    coach = make(speech_engine="mock")
    coach.start_engines()
    assert coach.outputs.status_text() == "Sound is off: this computer has no audio output."
    assert coach.outputs.speech_status is SpeechStatus.OFF  # no speech engine started for no one
    run_to_the_end(qtbot, coach, "toe-lifts", 75)
    assert heard(coach) == []
    dialog = SoundSettingsDialog(coach)
    qtbot.addWidget(dialog)
    assert dialog.notice.text() == coach.outputs.status_text()
    assert not dialog.tones_box.isEnabled() and not dialog.voice_choice.isEnabled()


def test_a_missing_sound_library_runs_silently(
    qtbot: QtBot, make: Callable[..., Coach], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without libpulse, PySide6.QtMultimedia (and so QtTextToSpeech) cannot be imported."""
    monkeypatch.setattr(tones_module, "find_audio_problem", lambda: None)
    for module in ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech"):
        monkeypatch.setitem(sys.modules, module, None)  # importing it now fails
    for module in ("footdrop_gui.cues.qt_tones", "footdrop_gui.cues.qt_speech"):
        monkeypatch.delitem(sys.modules, module, raising=False)
    coach = make(speech_engine="mock")
    coach.start_engines()
    assert coach.outputs.status_text() == (
        "Sound is off: the sound library (libpulse) is not installed."
    )
    run_to_the_end(qtbot, coach, "calf-stretch", 135)
    assert heard(coach) == []


def test_no_speech_engine_keeps_the_tones(
    qtbot: QtBot, make: Callable[..., Coach], tones: RecordingTones
) -> None:
    coach = make(tones=tones, speech_engine="no-such-engine")
    coach.start_engines()
    assert coach.outputs.speech_status is SpeechStatus.NO_ENGINE
    assert coach.outputs.status_text() == (
        "The spoken coach is off: no speech engine is installed. You will still hear the tones."
    )
    run_to_the_end(qtbot, coach, "calf-stretch", 135)
    assert {kind for _, kind, _ in heard(coach)} == {"tone"}
    assert heard(coach)[:3] == [
        (0, "tone", "phase-start"),
        (7, "tone", "last-three"),
        (8, "tone", "last-three"),
    ]
    assert len(tones.played) == len(heard(coach))


def test_an_engine_that_never_answers_falls_back_to_tones(
    qtbot: QtBot, make: Callable[..., Coach], tones: RecordingTones
) -> None:
    host = NeverAnswers()
    coach = make(tones=tones, speech=host, speech_engine="mock", speech_timeout=0.05)
    coach.start_engines()
    assert coach.outputs.speech_status is SpeechStatus.STARTING
    assert coach.outputs.status_text() == ""  # nothing to worry about while it starts
    with qtbot.waitSignal(coach.status_changed, timeout=2000):
        pass
    assert coach.outputs.speech_status is SpeechStatus.NO_ANSWER
    assert "did not answer" in coach.outputs.status_text()
    run_to_the_end(qtbot, coach, "toe-lifts", 75)
    assert host.said == [] and len(tones.played) > 20
    # Should the engine answer after all, the voice joins in.
    host.on_ready([Voice("Bob", "en_GB")], Voice("Bob", "en_GB"))
    assert coach.outputs.voice_available() and coach.outputs.status_text() == ""
    coach.shutdown()
    assert host.stopped


@needs_speechd
def test_a_speech_server_that_fails_is_reported(
    qtbot: QtBot,
    make: Callable[..., Coach],
    tones: RecordingTones,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path / 'nobody-here.sock'}")
    monkeypatch.setenv("SPEECHD_CMD", "/bin/false")  # and no server is started for it
    coach = make(tones=tones, speech_engine="speechd")
    coach.start_engines()
    qtbot.waitUntil(lambda: coach.outputs.speech_status is SpeechStatus.FAILED, timeout=5000)
    assert "could not start" in coach.outputs.status_text()
    run_to_the_end(qtbot, coach, "toe-lifts", 75)


@needs_speechd
def test_a_speech_server_that_never_answers_never_freezes_the_window(tmp_path: Path) -> None:
    """For real: speech-dispatcher's address is a socket that accepts and never replies.

    Run in a child process: the engine's thread stays stuck inside libspeechd until it is
    terminated at shutdown, which a test process should not have to live with.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(HERE / "hanging_speech_app.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["status"] == "no-answer"
    assert report["finished"] is True  # the session ran to its end on tones
    assert report["tones"] > 20
    assert report["longest_gap"] < 0.25  # the GUI thread never waited for the engine
    assert "QThread: Destroyed while thread is still running" not in done.stderr
