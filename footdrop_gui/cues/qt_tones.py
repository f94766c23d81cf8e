"""Tones through QSoundEffect (imported lazily by tones.open_tones: it needs QtMultimedia)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from footdrop_gui.core.translation import translate
from footdrop_gui.cues.audio_check import AudioProblem, audio_notice
from footdrop_gui.cues.script import Tone


class QtTones:
    """One preloaded QSoundEffect per tone, all on the default audio output."""

    def __init__(self, files: dict[Tone, Path], parent: QObject) -> None:
        self._problem: str | None = None
        self._effects: dict[Tone, QSoundEffect] = {}
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull() or not QMediaDevices.audioOutputs():
            self._problem = audio_notice(AudioProblem.NO_OUTPUT)
            return
        for tone, path in files.items():
            effect = QSoundEffect(device, parent)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.statusChanged.connect(self._check)
            self._effects[tone] = effect

    def _check(self) -> None:
        if any(e.status() is QSoundEffect.Status.Error for e in self._effects.values()):
            self._problem = translate(
                "SoundNotice", "Sound is off: the tones could not be played on this computer."
            )

    def play(self, tone: Tone, gain: float) -> None:
        effect = self._effects.get(tone)
        if effect is None or effect.status() is not QSoundEffect.Status.Ready:
            return  # not loaded (yet), or failed: a missed tone is better than a late one
        effect.setVolume(max(0.0, min(1.0, gain)))
        effect.play()

    def problem(self) -> str | None:
        return self._problem
