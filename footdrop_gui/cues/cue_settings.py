"""Sound and voice preferences, kept in the [sound] group of the data folder's settings.ini.

The same file as the app's other settings (ui/settings.py); QSettings objects on one file in
one process see each other's changes at once, so the two never disagree.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_FILE = "settings.ini"
# Equal volumes sound equally loud (the tones are made to match the voice), so the defaults match.
DEFAULT_TONE_VOLUME = 70
DEFAULT_VOICE_VOLUME = 70
DEFAULT_OVERALL_VOLUME = 100
VOLUME_STEP = 10
# Speaking rates offered, from -1 (slowest) to 1 (fastest); 0 is the engine's normal pace.
RATES: tuple[tuple[str, float], ...] = (
    ("Slower", -0.4),
    ("A little slower", -0.2),
    ("Normal", 0.0),
    ("A little faster", 0.2),
)


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return default


def _int(value: object, default: int, low: int = 0, high: int = 100) -> int:
    try:
        number = int(str(value))
    except ValueError:
        return default
    return max(low, min(high, number))


def _float(value: object, default: float, low: float = -1.0, high: float = 1.0) -> float:
    try:
        number = float(str(value))
    except ValueError:
        return default
    return default if math.isnan(number) else max(low, min(high, number))


class CueSettings:
    """Typed access to the sound settings; every change is written at once."""

    def __init__(self, settings_path: Path) -> None:
        path = settings_path / SETTINGS_FILE if settings_path.is_dir() else settings_path
        self._store = QSettings(str(path), QSettings.Format.IniFormat)
        self.save_failed = False  # a change could not be written (the window says so once)

    @property
    def path(self) -> Path:
        return Path(self._store.fileName())

    def _get(self, key: str, default: object) -> object:
        value: object = self._store.value(f"sound/{key}", default)
        return value

    def _set(self, key: str, value: object) -> None:
        self._store.setValue(f"sound/{key}", value)
        self._store.sync()
        self.save_failed = self.save_failed or self._store.status() == QSettings.Status.AccessError

    @property
    def tones_on(self) -> bool:
        return _bool(self._get("tones_on", True), True)

    @tones_on.setter
    def tones_on(self, value: bool) -> None:
        self._set("tones_on", value)

    @property
    def voice_on(self) -> bool:
        return _bool(self._get("voice_on", True), True)

    @voice_on.setter
    def voice_on(self, value: bool) -> None:
        self._set("voice_on", value)

    @property
    def quiet(self) -> bool:
        """Quiet mode: only a tone at each phase change (no voice, no pips)."""
        return _bool(self._get("quiet", False), False)

    @quiet.setter
    def quiet(self, value: bool) -> None:
        self._set("quiet", value)

    @property
    def overall_volume(self) -> int:
        """The session screen's volume (0-100): scales both the tones and the voice."""
        return _int(self._get("volume", DEFAULT_OVERALL_VOLUME), DEFAULT_OVERALL_VOLUME)

    @overall_volume.setter
    def overall_volume(self, value: int) -> None:
        self._set("volume", max(0, min(100, int(value))))

    @property
    def tone_volume(self) -> int:
        return _int(self._get("tone_volume", DEFAULT_TONE_VOLUME), DEFAULT_TONE_VOLUME)

    @tone_volume.setter
    def tone_volume(self, value: int) -> None:
        self._set("tone_volume", max(0, min(100, int(value))))

    @property
    def voice_volume(self) -> int:
        return _int(self._get("voice_volume", DEFAULT_VOICE_VOLUME), DEFAULT_VOICE_VOLUME)

    @voice_volume.setter
    def voice_volume(self, value: int) -> None:
        self._set("voice_volume", max(0, min(100, int(value))))

    @property
    def rate(self) -> float:
        return _float(self._get("rate", 0.0), 0.0)

    @rate.setter
    def rate(self, value: float) -> None:
        self._set("rate", max(-1.0, min(1.0, float(value))))

    @property
    def voice(self) -> tuple[str, str] | None:
        """The chosen voice as (name, locale such as "en_GB"); None: the locale's own voice."""
        name = str(self._get("voice", "") or "")
        locale = str(self._get("voice_locale", "") or "")
        return (name, locale) if name and locale else None

    @voice.setter
    def voice(self, value: tuple[str, str] | None) -> None:
        name, locale = value if value is not None else ("", "")
        self._store.setValue("sound/voice", name)
        self._set("voice_locale", locale)

    @property
    def engine(self) -> str:
        """The speech engine's name ("" lets the app choose the platform's own)."""
        return str(self._get("engine", "") or "")

    @engine.setter
    def engine(self, value: str) -> None:
        self._set("engine", value)
