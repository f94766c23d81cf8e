"""The app's own preferences in settings.ini (window, appearance, the first questions).

The file is the person's, and it can be anything: garbage (Qt then never writes it again),
huge, a named pipe (reading it would freeze the start), or a file that cannot be written. A
file that cannot be read is set aside (kept, renamed) and fresh settings start; settings that
cannot be saved are told once, in words, instead of the first questions silently returning
at every start. The keys and their defaults are in settings_file.py, with the sound's and the
reminders'.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication

from footdrop_gui.settings_file import SETTINGS_FILE, SettingsFile, usable
from footdrop_gui.ui.theme import Scheme

SAFETY_NOTICE_VERSION = 1
AFFECTED_CHOICES = ("left", "right", "both", "unsure")


def cannot_save(path: Path) -> str:
    return QCoreApplication.translate(
        "AppSettings",
        "Your settings could not be saved in {path}. The app works, but it will ask its "
        "first questions again each time it starts, and forget your choices. To fix this, "
        "make sure that file and its folder can be changed (they may be read-only, or the "
        "disk may be full), or ask someone who helps you with your computer.",
    ).format(path=path)


def set_aside(aside: Path) -> str:
    return QCoreApplication.translate(
        "AppSettings",
        "Your settings file could not be read, so the app started with fresh settings "
        "and asks its first questions again. The old file was kept, unchanged, at {path}.",
    ).format(path=aside)


TEXT_SCALES = (1.0, 1.3, 1.6)  # View -> Text size: Normal, Large, Largest


class AppSettings:
    """Typed access to the few preferences the app keeps between runs."""

    def __init__(self, data_dir: Path, now: datetime | None = None) -> None:
        # The words are made when said, in the language chosen by then.
        self._problem: Callable[[], str] | None = None
        self._told = False
        path = data_dir / SETTINGS_FILE
        file = SettingsFile(path) if usable(path) else None
        if file is None or not file.readable():
            del file  # Qt keeps the file open and cached while an object uses it
            path = self._set_aside(path, now or datetime.now())
            file = SettingsFile(path)
        self._file = file
        if self._problem is None and not file.writable():
            self._problem = lambda: cannot_save(path)

    def _set_aside(self, path: Path, now: datetime) -> Path:
        """Keep an unreadable settings file under another name and start afresh; where that
        cannot be done, settings live in a temporary file for this run (and it is said)."""
        aside = path.with_name(f"{path.name}.unreadable-{now:%Y%m%d-%H%M%S}")
        try:
            path.rename(aside)
        except OSError:
            self._problem = lambda: cannot_save(path)
            return Path(tempfile.mkdtemp(prefix="footdrop-settings-")) / SETTINGS_FILE
        self._problem = lambda: set_aside(aside)
        return path

    @property
    def path(self) -> Path:
        return self._file.path

    def sync(self) -> None:
        self._file.sync()

    def notice(self, sound_unsaved: bool = False) -> str | None:
        """What the person should be told about their settings file, once per run."""
        if (sound_unsaved or self._file.save_failed) and self._problem is None:
            path = self.path
            self._problem = lambda: cannot_save(path)
        if self._told or self._problem is None:
            return None
        self._told = True
        return self._problem()

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._file.raw_bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._file.set("window/geometry", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._file.raw_bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._file.set("window/splitter", value)

    @property
    def last_exercise(self) -> str | None:
        return self._file.text("library/last_exercise") or None

    @last_exercise.setter
    def last_exercise(self, exercise_id: str) -> None:
        self._file.set("library/last_exercise", exercise_id)

    @property
    def safety_acknowledged(self) -> bool:
        """True once the user confirmed the current safety notice (a new one is shown again)."""
        return self._file.text("safety/acknowledged_version") == str(SAFETY_NOTICE_VERSION)

    def acknowledge_safety(self) -> None:
        self._file.set("safety/acknowledged_version", SAFETY_NOTICE_VERSION)

    @property
    def language(self) -> str:
        """"system", or the code of the language chosen in View -> Language."""
        return self._file.text("appearance/language") or "system"

    @language.setter
    def language(self, code: str) -> None:
        self._file.set("appearance/language", code)

    @property
    def affected_side(self) -> str | None:
        """left, right, both or unsure; None until the person has answered."""
        value = self._file.text("you/affected_side")
        return value if value in AFFECTED_CHOICES else None

    @affected_side.setter
    def affected_side(self, value: str) -> None:
        self._file.set("you/affected_side", value)

    @property
    def report_name(self) -> str:
        """The name to print on the therapist's report ("" for none)."""
        value = self._file.value("report/name")
        if isinstance(value, list):  # an unquoted comma in a hand-edited file
            value = ", ".join(str(part) for part in value)
        return str(value or "")[:80]

    @report_name.setter
    def report_name(self, value: str) -> None:
        self._file.set("report/name", value.strip()[:80])

    @property
    def scheme(self) -> Scheme:
        value = self._file.text("appearance/scheme")
        return Scheme(value) if value in Scheme._value2member_map_ else Scheme.SYSTEM

    @scheme.setter
    def scheme(self, value: Scheme) -> None:
        self._file.set("appearance/scheme", value.value)

    @property
    def last_dark(self) -> bool:
        """Whether the app was dark when last shown: the opening window's colours.

        Asking the desktop for its scheme costs ~20 ms at start-up, so the opening window uses what
        was seen last time; the main window then asks for real.
        """
        return self._file.flag("appearance/last_dark")

    @last_dark.setter
    def last_dark(self, value: bool) -> None:
        self._file.set("appearance/last_dark", "true" if value else "false")

    def opening_dark(self) -> bool:
        """The opening window's scheme: the user's choice, or for SYSTEM the last one seen."""
        return self.last_dark if self.scheme is Scheme.SYSTEM else self.scheme is not Scheme.LIGHT

    @property
    def text_scale(self) -> float:
        """The text size: one of TEXT_SCALES (Normal if the file says anything else)."""
        value = self._file.fraction("appearance/text_scale", low=-math.inf, high=math.inf)
        return value if value in TEXT_SCALES else TEXT_SCALES[0]

    @text_scale.setter
    def text_scale(self, value: float) -> None:
        self._file.set("appearance/text_scale", value)
