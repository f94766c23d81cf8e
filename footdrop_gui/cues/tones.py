"""Playing the app's tones, or explaining calmly why they cannot be played.

QtMultimedia is imported only when tones are opened (after the window is shown): it needs
libpulse on Linux, and a missing library must leave the app running, silent, not broken.
"""

from __future__ import annotations

import importlib
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject

from footdrop_gui import bundled
from footdrop_gui.cues.audio_check import AudioProblem, audio_notice, find_audio_problem
from footdrop_gui.cues.script import Tone


class TonePlayer(Protocol):
    """Plays one of the app's tones at a linear gain between 0 and 1."""

    def play(self, tone: Tone, gain: float) -> None: ...

    def problem(self) -> str | None:
        """A calm notice when the tones cannot be heard; None when they work."""
        ...


class SilentTones:
    """Used when there is no sound: plays nothing and says why."""

    def __init__(self, notice: str) -> None:
        self._notice = notice

    def play(self, tone: Tone, gain: float) -> None:
        pass

    def problem(self) -> str | None:
        return self._notice


def tone_files(stack: ExitStack) -> dict[Tone, Path]:
    """Real file paths for the shipped tones (kept valid while stack is open)."""
    from footdrop_gui.cues.make_tones import file_name  # with the sound, not the window

    return {
        tone: stack.enter_context(resources.as_file(bundled.resource("sounds", file_name(tone))))
        for tone in Tone
    }


def open_tones(parent: QObject, stack: ExitStack) -> TonePlayer:
    """The Qt tone player, or a silent one with the reason when this computer has no sound."""
    problem = find_audio_problem()
    if problem is not None:
        return SilentTones(audio_notice(problem))
    try:
        backend = importlib.import_module("footdrop_gui.cues.qt_tones")
    except ImportError:  # libQt6Multimedia needs libpulse.so.0
        return SilentTones(audio_notice(AudioProblem.NO_LIBRARY))
    player: TonePlayer = backend.QtTones(tone_files(stack), parent)
    return player
