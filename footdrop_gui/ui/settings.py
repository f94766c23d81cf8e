"""The user's preferences, kept in settings.ini inside the data folder.

Keeping them beside the history (not in the system registry or ~/.config) means --data-dir
gives a fully separate profile, which tests and people sharing a computer both rely on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from footdrop_gui.ui.theme import Scheme

SAFETY_NOTICE_VERSION = 1
AFFECTED_CHOICES = ("left", "right", "both", "unsure")
TEXT_SCALES = (1.0, 1.3, 1.6)  # View -> Text size: Normal, Large, Largest


class AppSettings:
    """Typed access to the few preferences the app keeps between runs."""

    def __init__(self, data_dir: Path) -> None:
        self._store = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self._store.fileName())

    def sync(self) -> None:
        self._store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._store.setValue("window/splitter", value)

    @property
    def last_exercise(self) -> str | None:
        value = self._store.value("library/last_exercise")
        return value if isinstance(value, str) and value else None

    @last_exercise.setter
    def last_exercise(self, exercise_id: str) -> None:
        self._store.setValue("library/last_exercise", exercise_id)

    @property
    def safety_acknowledged(self) -> bool:
        """True once the user confirmed the current safety notice (a new one is shown again)."""
        return str(self._store.value("safety/acknowledged_version", "0")) == str(
            SAFETY_NOTICE_VERSION
        )

    def acknowledge_safety(self) -> None:
        self._store.setValue("safety/acknowledged_version", SAFETY_NOTICE_VERSION)
        self._store.sync()

    @property
    def affected_side(self) -> str | None:
        """left, right, both or unsure; None until the person has answered."""
        value = self._store.value("you/affected_side")
        return value if value in AFFECTED_CHOICES else None

    @affected_side.setter
    def affected_side(self, value: str) -> None:
        self._store.setValue("you/affected_side", value)
        self._store.sync()

    @property
    def scheme(self) -> Scheme:
        value = str(self._store.value("appearance/scheme", Scheme.SYSTEM.value))
        return Scheme(value) if value in Scheme._value2member_map_ else Scheme.SYSTEM

    @scheme.setter
    def scheme(self, value: Scheme) -> None:
        self._store.setValue("appearance/scheme", value.value)

    @property
    def last_dark(self) -> bool:
        """Whether the app was dark when last shown: the opening window's colours.

        Asking the desktop for its scheme costs ~20 ms at start-up, so the opening window uses what
        was seen last time; the main window then asks for real.
        """
        return str(self._store.value("appearance/last_dark", "false")).lower() == "true"

    @last_dark.setter
    def last_dark(self, value: bool) -> None:
        self._store.setValue("appearance/last_dark", "true" if value else "false")

    def opening_dark(self) -> bool:
        """The opening window's scheme: the user's choice, or for SYSTEM the last one seen."""
        return self.last_dark if self.scheme is Scheme.SYSTEM else self.scheme is not Scheme.LIGHT

    @property
    def text_scale(self) -> float:
        """The text size: one of TEXT_SCALES (Normal if the file says anything else)."""
        try:
            value = float(str(self._store.value("appearance/text_scale", "1.0")))
        except ValueError:
            return TEXT_SCALES[0]
        return value if value in TEXT_SCALES else TEXT_SCALES[0]

    @text_scale.setter
    def text_scale(self, value: float) -> None:
        self._store.setValue("appearance/text_scale", value)
        self._store.sync()
