"""Fixtures for the coach: a session on a fake clock, a recording tone player, Qt's mock voice.

QtMultimedia and QtTextToSpeech are imported here, while tests are collected: loading them
prints notices about optional libraries (PipeWire), which must not land inside a test, where
any Qt warning fails it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6 import QtMultimedia, QtTextToSpeech  # noqa: F401  (loaded early on purpose)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.core.program import Entry, compile_program
from footdrop_gui.cues.coach import Coach
from footdrop_gui.cues.script import Tone
from footdrop_gui.cues.speech import Voice
from footdrop_gui.ui.session_controller import SessionController
from footdrop_gui.ui.session_view import SessionView
from footdrop_gui.ui.summary_view import SummaryView
from tests.helpers.fake_clock import FakeClock


class RecordingTones:
    """A tone player that only writes down what it was asked to play."""

    def __init__(self) -> None:
        self.played: list[tuple[Tone, float]] = []

    def play(self, tone: Tone, gain: float) -> None:
        self.played.append((tone, gain))

    def problem(self) -> str | None:
        return None


@dataclass
class Session:
    """A session driven by a fake clock, as its screen would be (no real time passes)."""

    controller: SessionController
    clock: FakeClock
    coach: Coach
    view: SessionView

    def run(self, seconds: float, step: float = 0.5) -> None:
        """Time passes: the controller and the coach wake as their timers would."""
        steps = round(seconds / step)
        for _ in range(steps):
            self.clock.advance(step)
            self.controller.refresh()
            self.coach.poll()

    @property
    def now(self) -> float:
        return self.controller.engine.elapsed()


@dataclass
class SessionFactory:
    qtbot: QtBot
    coach: Coach
    sessions: list[Session] = field(default_factory=list)

    def __call__(self, exercise_id: str) -> Session:
        catalog = bundled.catalog()
        exercise = catalog.get(exercise_id)
        program = compile_program([Entry(exercise, exercise.prescription)])
        clock = FakeClock()
        view, summary = SessionView(), SummaryView()
        self.qtbot.addWidget(view)
        self.qtbot.addWidget(summary)
        controller = SessionController(program, clock, view, summary, lambda: True)
        self.coach.follow(controller)
        session = Session(controller, clock, self.coach, view)
        self.sessions.append(session)
        controller.start()
        return session


def said(coach: Coach) -> list[tuple[float, str]]:
    return [(c.at, c.what) for c in coach.history if c.kind == "say"]


def heard(coach: Coach) -> list[tuple[float, str, str]]:
    """Everything played and said, in order: (program seconds, "tone"/"say", what)."""
    return [(c.at, c.kind, c.what) for c in coach.history]


@pytest.fixture
def tones() -> RecordingTones:
    return RecordingTones()


@pytest.fixture
def settings_file(data_dir: Path) -> Path:
    return data_dir / "settings.ini"


def make_coach(
    qtbot: QtBot, settings_file: Path, tones: RecordingTones, locale: str = "en_GB"
) -> Coach:
    coach = Coach(settings_file, tones=tones, speech_engine="mock", system_locale=locale)
    coach.start_engines()
    qtbot.waitUntil(coach.outputs.voice_available, timeout=5000)
    return coach


@pytest.fixture
def coach(
    qapp: QApplication, qtbot: QtBot, settings_file: Path, tones: RecordingTones
) -> Iterator[Coach]:
    """A coach with Qt's mock speech engine (on its own thread) and recorded tones."""
    made = make_coach(qtbot, settings_file, tones)
    yield made
    made.unfollow()
    made.shutdown()
    with contextlib.suppress(RuntimeError):
        made.deleteLater()


@pytest.fixture
def session(qtbot: QtBot, coach: Coach) -> SessionFactory:
    return SessionFactory(qtbot, coach)


def mock_voices() -> list[Voice]:
    return [Voice("Bob", "en_GB"), Voice("Anne", "en_GB")]
