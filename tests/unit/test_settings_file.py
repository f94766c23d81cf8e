"""One table of settings.ini's keys: the app's, the sound's and the reminders' settings all
write only keys from it, at once, in the file people already have."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from footdrop_gui.core.reminder_due import ReminderSettings
from footdrop_gui.cues.cue_settings import CueSettings
from footdrop_gui.reminders.settings import ReminderStore
from footdrop_gui.settings_file import DEFAULTS, SettingsFile
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import Scheme


def written(data_dir: Path) -> dict[str, str]:
    """What another program reading settings.ini now finds (nothing waits in memory)."""
    text = (data_dir / "settings.ini").read_text(encoding="utf-8")
    found, group = {}, ""
    for line in text.splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif "=" in line:
            key, _, value = line.partition("=")
            found[f"{group}/{key}"] = value
    return found


def test_every_change_is_written_at_once_under_the_tables_keys(tmp_path: Path) -> None:
    app, sound, reminders = AppSettings(tmp_path), CueSettings(tmp_path), ReminderStore(tmp_path)
    app.window_geometry = QByteArray(b"geometry")
    app.splitter_state = QByteArray(b"splitter")
    app.last_exercise = "toe-lifts"
    app.acknowledge_safety()
    app.affected_side = "left"
    app.scheme = Scheme.DARK
    app.last_dark = True
    app.text_scale = 1.3
    app.report_name = "Smith, Ann"
    app.language = "de"
    sound.tones_on, sound.voice_on, sound.quiet = False, False, True
    sound.overall_volume, sound.tone_volume, sound.voice_volume = 50, 40, 30
    sound.rate, sound.voice, sound.engine = -0.2, ("Anne", "en_GB"), "mock"
    reminders.save(ReminderSettings(True, frozenset({0}), (time(9),), time(22), time(7), "Go"))
    assert set(written(tmp_path)) == set(DEFAULTS)  # every key, and only the table's
    again = AppSettings(tmp_path)
    assert (again.scheme, again.text_scale, again.affected_side) == (Scheme.DARK, 1.3, "left")
    assert again.language == "de"
    assert again.report_name == "Smith, Ann"
    assert CueSettings(tmp_path).voice == ("Anne", "en_GB")
    assert ReminderStore(tmp_path).load().quiet_start == time(22)


def test_an_empty_file_reads_as_the_defaults(tmp_path: Path) -> None:
    assert ReminderStore(tmp_path).load() == ReminderSettings()
    sound = CueSettings(tmp_path)
    assert (sound.tone_volume, sound.voice_volume, sound.overall_volume) == (70, 70, 100)
    assert AppSettings(tmp_path).scheme is Scheme.SYSTEM


def test_people_s_existing_files_keep_their_values(tmp_path: Path) -> None:
    old = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    old.setValue("window/geometry", QByteArray(b"\x01\x02"))
    old.setValue("sound/volume", 60)
    old.setValue("reminders/days", "mon,fri")
    old.sync()
    del old
    assert AppSettings(tmp_path).window_geometry == QByteArray(b"\x01\x02")
    assert CueSettings(tmp_path).overall_volume == 60
    assert ReminderStore(tmp_path).load().days == frozenset({0, 4})


def test_a_key_outside_the_table_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        SettingsFile(tmp_path / "settings.ini").set("sound/volumee", 3)


def test_a_value_the_file_already_holds_is_not_written_again(tmp_path: Path) -> None:
    """Every start sets the last exercise and scheme as they were: no wait for the disk."""
    settings = SettingsFile(tmp_path / "settings.ini")
    settings.set("library/last_exercise", "toe-lifts")
    written = (tmp_path / "settings.ini").stat().st_ino
    settings.set("library/last_exercise", "toe-lifts")
    assert (tmp_path / "settings.ini").stat().st_ino == written
    settings.set("library/last_exercise", "heel-lifts")
    assert (tmp_path / "settings.ini").stat().st_ino != written
    assert SettingsFile(tmp_path / "settings.ini").text("library/last_exercise") == "heel-lifts"
