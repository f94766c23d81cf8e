"""settings.ini in the data folder: every key the app keeps, with its default, in one table,
and one way to read and write them (each change is written at once).

ui/settings.py (window, appearance, the first questions), cues/cue_settings.py (sound and
voice) and reminders/settings.py (reminders) are typed views over this one file. It needs only
QtCore, so the headless `footdrop remind` can use it without widgets. QSettings, not
configparser in storage/: the file is Qt's ini format (the window's geometry is stored as
@ByteArray(...), an unquoted "a,b" is a list), and people's files must keep working as they are.

Keeping the file beside the history (not in the registry or ~/.config) means --data-dir gives
a fully separate profile, which tests and people sharing a computer both rely on.
"""

from __future__ import annotations

import math
import stat
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from footdrop_gui.core.reminder_due import DEFAULT_MESSAGE

SETTINGS_FILE = "settings.ini"
MAX_SETTINGS_BYTES = 1024 * 1024  # a few hundred bytes in use; more is not a settings file
# Equal volumes sound equally loud (the tones are made to match the voice), so the defaults match.
DEFAULT_TONE_VOLUME = 70
DEFAULT_VOICE_VOLUME = 70

# Every key of settings.ini and its default. The names are the file's: never rename one, or
# people's choices are lost at the next start.
DEFAULTS: dict[str, object] = {
    "window/geometry": None,
    "window/splitter": None,
    "library/last_exercise": "",
    "safety/acknowledged_version": "0",
    "you/affected_side": "",
    "report/name": "",
    "appearance/scheme": "system",
    "appearance/last_dark": False,
    "appearance/text_scale": 1.0,
    "appearance/language": "system",  # or a language code: es, de (footdrop_gui/language.py)
    "sound/tones_on": True,
    "sound/voice_on": True,
    "sound/quiet": False,
    "sound/volume": 100,
    "sound/tone_volume": DEFAULT_TONE_VOLUME,
    "sound/voice_volume": DEFAULT_VOICE_VOLUME,
    "sound/rate": 0.0,
    "sound/voice": "",
    "sound/voice_locale": "",
    "sound/engine": "",
    "reminders/enabled": False,
    "reminders/days": "mon,tue,wed,thu,fri,sat,sun",
    "reminders/times": "18:00",
    "reminders/quiet_start": "",
    "reminders/quiet_end": "",
    "reminders/message": DEFAULT_MESSAGE,
}


def settings_path(place: Path) -> Path:
    """The settings file of a data folder (or the file itself)."""
    return place / SETTINGS_FILE if place.is_dir() else place


def usable(path: Path) -> bool:
    """Missing, or an ordinary file of a sane size that Qt can read without blocking."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size <= MAX_SETTINGS_BYTES


class SettingsFile:
    """Typed reads (a value damaged by hand reads as its default) and writes, synced at once."""

    def __init__(self, path: Path) -> None:
        self._store = QSettings(str(path), QSettings.Format.IniFormat)
        self.save_failed = False  # a change could not be written (the window says so once)

    @property
    def path(self) -> Path:
        return Path(self._store.fileName())

    def readable(self) -> bool:
        return self._store.status() == QSettings.Status.NoError

    def writable(self) -> bool:
        return self._store.isWritable()

    def sync(self) -> None:
        self._store.sync()
        # FormatError here only says stray lines were dropped as the file was written again
        self.save_failed |= self._store.status() == QSettings.Status.AccessError

    def set(self, key: str, value: object) -> None:
        self.set_many({key: value})

    def set_many(self, values: dict[str, object]) -> None:
        """Write these keys together (one write of the file); a value the file already holds
        is not written again (every start sets the last exercise and scheme as they were, and
        each write waits for the disk)."""
        changed = False
        for key, value in values.items():
            if key not in DEFAULTS:  # a typo would write a key that nothing ever reads
                raise KeyError(f"{key} is not a key of {SETTINGS_FILE}")
            if not self._holds(key, value):
                self._store.setValue(key, value)
                changed = True
        if changed:
            self.sync()

    def _holds(self, key: str, value: object) -> bool:
        """The file has exactly this value (of this type: b"left" is not "left")."""
        if not self._store.contains(key):
            return False
        held = self._store.value(key)
        return type(held) is type(value) and held == value

    def value(self, key: str) -> object:
        value: object = self._store.value(key, DEFAULTS[key])
        return value

    def text(self, key: str) -> str:
        """The value as text (an unquoted 'a,b' in the file comes back as a list)."""
        value = self.value(key)
        if isinstance(value, list):
            return ",".join(str(v) for v in value)
        return "" if value is None else str(value)

    def flag(self, key: str) -> bool:
        value, default = self.value(key), DEFAULTS[key]
        assert isinstance(default, bool)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return default

    def number(self, key: str, low: int = 0, high: int = 100) -> int:
        default = DEFAULTS[key]
        assert isinstance(default, int)
        try:
            number = int(str(self.value(key)))
        except ValueError:
            return default
        return max(low, min(high, number))

    def fraction(self, key: str, low: float = -1.0, high: float = 1.0) -> float:
        default = DEFAULTS[key]
        assert isinstance(default, float)
        try:
            number = float(str(self.value(key)))
        except ValueError:
            return default
        return default if math.isnan(number) else max(low, min(high, number))

    def raw_bytes(self, key: str) -> QByteArray | None:
        value = self.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
