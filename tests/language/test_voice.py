"""The coach speaks the screens' language with a voice for it; where the computer has none,
tones only and a calm note (Qt's mock engine has English, Norwegian and Finnish voices)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footdrop_gui import language
from footdrop_gui.cues.coach import Coach
from footdrop_gui.cues.speech import SpeechStatus, Voice, choose_voice
from footdrop_gui.ui.sound_settings import SoundSettingsDialog
from tests.cues.conftest import RecordingTones

SPEECHD_LIKE = [
    Voice("English (America)", "en_US"),
    Voice("Spanish (Latin America)", "es_419"),
    Voice("Spanish (Spain)", "es_ES"),
    Voice("Spanish (Spain)+Alicia", "es_ES"),
    Voice("German", "de_DE"),
]


@pytest.mark.parametrize(
    ("system", "app_language", "expected"),
    [
        ("es_MX", "es", "Spanish (Latin America)"),  # any Spanish voice, in the engine's order
        ("es_ES", "es", "Spanish (Spain)"),  # the system's own first
        ("en_US", "de", "German"),
        ("de_DE", "en", "English (America)"),
    ],
)
def test_the_voice_speaks_the_apps_language(system: str, app_language: str, expected: str) -> None:
    chosen = choose_voice(SPEECHD_LIKE, system, language=app_language)
    assert chosen is not None and chosen.name == expected


def test_no_voice_for_the_language_means_none_rather_than_a_foreign_one() -> None:
    assert choose_voice(SPEECHD_LIKE, "fr_FR", language="fr") is None
    saved_english = Voice("English (America)", "en_US")
    spanish_only = [v for v in SPEECHD_LIKE if v.locale.startswith("es")]
    assert choose_voice(spanish_only, "es_ES", saved_english, "es") == SPEECHD_LIKE[2]


def test_a_voice_saved_for_english_is_not_kept_for_spanish() -> None:
    saved_english = next(v for v in SPEECHD_LIKE if v.locale.startswith("en"))
    chosen = choose_voice(SPEECHD_LIKE, "es_ES", saved_english, "es")
    assert chosen is not None and chosen.locale.startswith("es")
    assert choose_voice(SPEECHD_LIKE, "es_ES", saved_english, "en") == saved_english


@pytest.fixture
def speaking(qapp: QApplication, data_dir: Path) -> Iterator[Coach]:
    coach = Coach(
        data_dir / "settings.ini", tones=RecordingTones(), speech_engine="mock", system_locale="C"
    )
    yield coach
    coach.shutdown()
    with contextlib.suppress(RuntimeError):
        coach.deleteLater()


def test_a_language_with_a_voice_is_spoken_in_it(
    speaking: Coach, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "_current", "fi")
    speaking.start_engines()
    qtbot.waitUntil(speaking.outputs.voice_available, timeout=5000)
    assert speaking.outputs.voice is not None and speaking.outputs.voice.locale == "fi_FI"
    assert speaking.outputs.status_text() == ""


def test_a_language_without_a_voice_gets_tones_and_a_calm_note(
    speaking: Coach, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "_current", "es")
    speaking.start_engines()
    outputs = speaking.outputs
    qtbot.waitUntil(lambda: outputs.speech_status is SpeechStatus.NO_VOICE, timeout=5000)
    assert not outputs.voice_available() and outputs.tones_work()
    assert outputs.status_text() == (
        "The spoken coach is off: this computer has no voice for your language. "
        "You will still hear the tones."
    )


def test_the_sound_settings_offer_only_voices_that_speak_the_language(
    speaking: Coach, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "_current", "es")
    spanish = next(v for v in SPEECHD_LIKE if v.locale.startswith("es"))
    speaking.outputs._speech_ready(list(SPEECHD_LIKE), spanish)  # the engine's answer
    dialog = SoundSettingsDialog(speaking)
    qtbot.addWidget(dialog)
    offered = [dialog.voice_choice.itemData(i) for i in range(dialog.voice_choice.count())]
    voices = [voice for voice in offered if voice is not None]  # not "Automatic"
    assert spanish in voices and all(voice.locale.startswith("es") for voice in voices)
