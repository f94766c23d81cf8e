"""Sound and voice preferences: the [sound] keys of settings.ini (see settings_file.py).

QSettings objects on one file in one process see each other's changes at once, so this and
the app's other settings never disagree.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from footdrop_gui.settings_file import SettingsFile, settings_path

VOLUME_STEP = 10
# Speaking rates offered, from -1 (slowest) to 1 (fastest); 0 is the engine's normal pace.
# The sound settings translate the names when they show them.
RATES: tuple[tuple[str, float], ...] = (
    (str(QT_TRANSLATE_NOOP("SoundSettingsDialog", "Slower")), -0.4),
    (str(QT_TRANSLATE_NOOP("SoundSettingsDialog", "A little slower")), -0.2),
    (str(QT_TRANSLATE_NOOP("SoundSettingsDialog", "Normal")), 0.0),
    (str(QT_TRANSLATE_NOOP("SoundSettingsDialog", "A little faster")), 0.2),
)


class CueSettings:
    """Typed access to the sound settings; every change is written at once."""

    def __init__(self, place: Path) -> None:
        self._file = SettingsFile(settings_path(place))

    @property
    def path(self) -> Path:
        return self._file.path

    @property
    def save_failed(self) -> bool:
        """A change could not be written (the window says so once)."""
        return self._file.save_failed

    @property
    def tones_on(self) -> bool:
        return self._file.flag("sound/tones_on")

    @tones_on.setter
    def tones_on(self, value: bool) -> None:
        self._file.set("sound/tones_on", value)

    @property
    def voice_on(self) -> bool:
        return self._file.flag("sound/voice_on")

    @voice_on.setter
    def voice_on(self, value: bool) -> None:
        self._file.set("sound/voice_on", value)

    @property
    def quiet(self) -> bool:
        """Quiet mode: only a tone at each phase change (no voice, no pips)."""
        return self._file.flag("sound/quiet")

    @quiet.setter
    def quiet(self, value: bool) -> None:
        self._file.set("sound/quiet", value)

    @property
    def overall_volume(self) -> int:
        """The session screen's volume (0-100): scales both the tones and the voice."""
        return self._file.number("sound/volume")

    @overall_volume.setter
    def overall_volume(self, value: int) -> None:
        self._file.set("sound/volume", max(0, min(100, int(value))))

    @property
    def tone_volume(self) -> int:
        return self._file.number("sound/tone_volume")

    @tone_volume.setter
    def tone_volume(self, value: int) -> None:
        self._file.set("sound/tone_volume", max(0, min(100, int(value))))

    @property
    def voice_volume(self) -> int:
        return self._file.number("sound/voice_volume")

    @voice_volume.setter
    def voice_volume(self, value: int) -> None:
        self._file.set("sound/voice_volume", max(0, min(100, int(value))))

    @property
    def rate(self) -> float:
        return self._file.fraction("sound/rate")

    @rate.setter
    def rate(self, value: float) -> None:
        self._file.set("sound/rate", max(-1.0, min(1.0, float(value))))

    @property
    def voice(self) -> tuple[str, str] | None:
        """The chosen voice as (name, locale such as "en_GB"); None: the locale's own voice."""
        name = self._file.text("sound/voice")
        locale = self._file.text("sound/voice_locale")
        return (name, locale) if name and locale else None

    @voice.setter
    def voice(self, value: tuple[str, str] | None) -> None:
        name, locale = value if value is not None else ("", "")
        self._file.set_many({"sound/voice": name, "sound/voice_locale": locale})

    @property
    def engine(self) -> str:
        """The speech engine's name ("" lets the app choose the platform's own)."""
        return self._file.text("sound/engine")

    @engine.setter
    def engine(self, value: str) -> None:
        self._file.set("sound/engine", value)
