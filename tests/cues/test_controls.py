"""Mute, volume, quiet mode, pausing, the volume buttons and the settings dialog."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from footdrop_gui.cues.coach import FIRST_SOUND_GAIN, Coach
from footdrop_gui.cues.cue_settings import CueSettings
from footdrop_gui.cues.make_tones import spec
from footdrop_gui.cues.qt_speech import QtSpeech
from footdrop_gui.cues.script import Tone
from footdrop_gui.cues.speech import SpeechStatus, Voice
from footdrop_gui.ui.settings import TEXT_SCALES, AppSettings
from footdrop_gui.ui.sound_settings import SoundSettingsDialog, VolumeControl
from footdrop_gui.ui.theme import apply_body_font, apply_text_scale
from tests.cues.conftest import RecordingTones, SessionFactory, heard, said


def engine_volume(coach: Coach) -> float:
    speech = cast(QtSpeech, coach.outputs.speech)
    assert speech._worker is not None
    return speech._worker.tts.volume()


def show_with_volume(qtbot: QtBot, coach: Coach, session: SessionFactory) -> VolumeControl:
    s = session.sessions[-1]
    control = VolumeControl(coach, s.view)
    assert isinstance(control, VolumeControl)
    s.view.layout().addWidget(control)
    s.view.resize(1024, 600)
    s.view.show()
    with qtbot.waitActive(s.view):
        s.view.activateWindow()
    s.view.setFocus()
    return control


def test_m_mutes_everything_at_once_and_again_brings_it_back(
    qtbot: QtBot, session: SessionFactory, coach: Coach, tones: RecordingTones
) -> None:
    s = session("calf-stretch")
    control = show_with_volume(qtbot, coach, session)
    s.run(10.5)  # holding; speaking "Lean into the wall and hold"
    before = len(coach.history)
    qtbot.keyClick(s.view, Qt.Key.Key_M)
    assert coach.muted
    assert control.mute_button.isChecked() and control.level.text() == "Muted"
    s.run(40)  # counts, the rest, its heads-up and pips: all silent
    assert len(coach.history) == before
    qtbot.keyClick(s.view, Qt.Key.Key_M)
    assert not coach.muted and control.mute_button.text() == "Mute"
    s.run(5)  # the end of the rest (50.5 s to 55 s), into the second hold
    assert heard(coach)[before:] == [
        (52.0, "tone", "last-three"),
        (53.0, "tone", "last-three"),
        (54.0, "tone", "last-three"),
        (55.0, "tone", "rest-over"),
        (55.0, "say", "Lean into the wall and hold"),
    ]


def test_muting_stops_the_voice_mid_phrase(
    qtbot: QtBot, session: SessionFactory, coach: Coach
) -> None:
    speech = cast(QtSpeech, coach.outputs.speech)
    session("calf-stretch")
    qtbot.waitUntil(speech.speaking, timeout=3000)  # the mock engine is saying "Get ready..."
    coach.toggle_mute()
    qtbot.waitUntil(lambda: not speech.speaking(), timeout=3000)


def test_the_volume_buttons_set_tones_and_voice_and_are_kept(
    qtbot: QtBot,
    session: SessionFactory,
    coach: Coach,
    tones: RecordingTones,
    settings_file: Path,
) -> None:
    s = session("calf-stretch")
    control = show_with_volume(qtbot, coach, session)
    normal = engine_volume(coach) / 0.7**2  # the mock engine's own loudness (voice at 70 %)
    for _ in range(5):
        qtbot.mouseClick(control.softer_button, Qt.MouseButton.LeftButton)
    assert control.level.text() == "50%"
    qtbot.waitUntil(lambda: engine_volume(coach) == pytest.approx(normal * (0.7 * 0.5) ** 2))
    tones.played.clear()
    s.run(10)
    assert tones.played[-1] == (Tone.REST_OVER, pytest.approx((0.7 * 0.5) ** 2))
    assert CueSettings(settings_file).overall_volume == 50
    for _ in range(6):
        qtbot.mouseClick(control.louder_button, Qt.MouseButton.LeftButton)
    assert control.level.text() == "100%" and not control.louder_button.isEnabled()


def test_volume_buttons_never_take_the_space_key_and_are_big(
    qtbot: QtBot, qapp: QApplication, session: SessionFactory, coach: Coach
) -> None:
    apply_body_font(qapp)  # 14 pt body text, as the app runs
    session("toe-lifts")
    control = show_with_volume(qtbot, coach, session)
    buttons = control.findChildren(QPushButton)
    assert len(buttons) == 3
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)
    assert all(b.height() >= 44 and b.width() >= 44 for b in buttons)
    assert all(b.accessibleName() for b in buttons)
    assert control.sizeHint().width() <= 1024 // 3  # compact: a third of a small screen
    assert session.sessions[-1].view.minimumSizeHint().width() <= 1024  # the screen still fits


def test_quiet_mode_keeps_only_the_tones_at_phase_changes(
    session: SessionFactory, coach: Coach
) -> None:
    coach.set_quiet(True)
    s = session("calf-stretch")
    s.run(60)
    assert heard(coach) == [
        (0.0, "tone", "phase-start"),
        (10.0, "tone", "rest-over"),
        (40.0, "tone", "phase-start"),
        (55.0, "tone", "rest-over"),
    ]


def test_voice_off_gives_pips_instead_of_the_count(session: SessionFactory, coach: Coach) -> None:
    coach.set_voice_on(False)
    s = session("calf-stretch")
    s.run(41)
    assert said(coach) == []
    assert [(at, what) for at, kind, what in heard(coach) if at >= 30] == [
        (37.0, "last-three"),
        (38.0, "last-three"),
        (39.0, "last-three"),
        (40.0, "phase-start"),
    ]


def test_tones_off_the_voice_counts_the_rest_too(session: SessionFactory, coach: Coach) -> None:
    coach.set_tones_on(False)
    s = session("calf-stretch")
    s.run(10)
    assert heard(coach) == [
        (0.0, "say", "Get ready: Calf stretch"),
        (7.0, "say", "3"),
        (8.0, "say", "2"),
        (9.0, "say", "1"),
        (10.0, "say", "Lean into the wall and hold"),
    ]


def test_the_first_sound_of_a_session_is_never_the_loudest(
    session: SessionFactory, coach: Coach, tones: RecordingTones
) -> None:
    s = session("band-dorsiflexion-seated")
    s.run(60)

    def loudness(tone: Tone, gain: float) -> float:
        return gain * 10 ** (spec(tone.value).peak_dbfs / 20)

    first, *rest = [loudness(t, g) for t, g in tones.played]
    assert tones.played[0] == (Tone.PHASE_START, pytest.approx(0.49 * FIRST_SOUND_GAIN))
    assert first < max(rest)
    assert first < min(loudness(t, g) for t, g in tones.played[1:] if t is Tone.PHASE_START)


def test_pause_silences_the_count_and_carrying_on_says_the_step_again(
    session: SessionFactory, coach: Coach
) -> None:
    s = session("calf-stretch")
    s.run(35)
    before = len(coach.history)
    s.controller.toggle_pause()
    assert heard(coach)[before:] == [(35.0, "tone", "paused"), (35.0, "say", "Paused")]
    before = len(coach.history)
    s.run(30)
    assert len(coach.history) == before  # no count while paused
    s.controller.toggle_pause()
    s.run(5)
    # The step tone, and words short enough to keep the whole count.
    assert heard(coach)[before:] == [
        (35.0, "tone", "phase-start"),
        (35.0, "say", "Carrying on"),
        (37.0, "say", "3"),
        (38.0, "say", "2"),
        (39.0, "say", "1"),
        (40.0, "tone", "phase-start"),
        (40.0, "say", "Rest, 15 seconds"),
    ]


def test_carrying_on_with_time_to_spare_says_the_step_too(
    session: SessionFactory, coach: Coach
) -> None:
    s = session("calf-stretch")
    s.run(12)
    s.controller.toggle_pause()
    before = len(coach.history)
    s.controller.toggle_pause()
    assert heard(coach)[before:] == [
        (12.0, "tone", "phase-start"),
        (12.0, "say", "Carrying on. Lean into the wall and hold"),
    ]


def test_being_away_is_said_and_carrying_on_starts_the_rep_again(
    session: SessionFactory, coach: Coach
) -> None:
    s = session("calf-stretch")
    s.run(20)
    before = len(coach.history)
    s.clock.advance(40)  # the app froze (or the computer slept) for 40 s
    s.controller.refresh()
    assert heard(coach)[before:] == [
        (20.0, "tone", "paused"),
        (20.0, "say", "You were away. Press Space to carry on"),
    ]
    before = len(coach.history)
    s.controller.toggle_pause()  # Space: the interrupted hold starts again
    assert heard(coach)[before:] == [
        (10.0, "tone", "phase-start"),
        (10.0, "say", "Carrying on. Lean into the wall and hold"),
    ]


@pytest.mark.parametrize("move", ["skip", "back", "end"])
@pytest.mark.parametrize("mid_phrase", [False, True], ids=["at-once", "mid-phrase"])
def test_skip_back_and_end_cut_the_sentence_at_once(
    qtbot: QtBot, session: SessionFactory, coach: Coach, move: str, mid_phrase: bool
) -> None:
    """The engine is told to stop the old phrase before the new one, so no engine can queue the
    new phrase behind it (speech-dispatcher does when it has not yet reported speaking)."""
    speech = cast(QtSpeech, coach.outputs.speech)
    assert speech._worker is not None
    states: list[QTextToSpeech.State] = []
    speech._worker.tts.stateChanged.connect(states.append)
    s = session("calf-stretch")  # saying "Get ready: Calf stretch"
    if mid_phrase:
        s.run(1)
        qtbot.waitUntil(speech.speaking, timeout=3000)
    if move == "skip":
        s.view.skip_requested.emit()
    elif move == "back":
        s.view.back_requested.emit()
    else:
        s.controller.end_now()
    new = {
        "skip": (10.0, "Lean into the wall and hold"),
        "back": (0.0, "Get ready: Calf stretch"),
        "end": (s.now, "Well done, that's the session"),
    }[move]
    assert said(coach)[-1] == new
    # The old phrase stops and the new one begins at once (well under a second).
    qtbot.waitUntil(lambda: speech.utterances == 2 and len(states) >= 3, timeout=1000)
    speaking, ready = QTextToSpeech.State.Speaking, QTextToSpeech.State.Ready
    assert states == [speaking, ready, speaking]


def test_an_early_end_is_said_calmly_without_the_finishing_chime(
    session: SessionFactory, coach: Coach
) -> None:
    s = session("toe-lifts")
    s.run(3)
    before = len(coach.history)
    s.controller.end_now()
    assert heard(coach)[before:] == [
        (3.0, "tone", "paused"),
        (3.0, "say", "Well done, that's the session"),
    ]


def test_pause_and_end_in_quiet_mode_give_only_the_tone(
    session: SessionFactory, coach: Coach
) -> None:
    coach.set_quiet(True)
    s = session("toe-lifts")
    s.run(3)
    s.controller.toggle_pause()
    s.controller.end_now()
    assert heard(coach)[-2:] == [(3.0, "tone", "paused"), (3.0, "tone", "paused")]


def test_sound_settings_are_kept_between_runs_beside_the_app_settings(
    coach: Coach, settings_file: Path
) -> None:
    coach.set_tones_on(False)
    coach.set_voice_on(False)
    coach.set_quiet(True)
    coach.set_tone_volume(30)
    coach.set_voice_volume(90)
    coach.set_overall_volume(80)
    coach.set_rate(-0.2)
    coach.set_voice(Voice("Anne", "en_GB"))
    again = CueSettings(settings_file.parent)  # the data folder works too
    assert (again.tones_on, again.voice_on, again.quiet) == (False, False, True)
    assert (again.tone_volume, again.voice_volume, again.overall_volume) == (30, 90, 80)
    assert again.rate == -0.2 and again.voice == ("Anne", "en_GB")
    assert AppSettings(settings_file.parent).path == again.path  # one settings file


def test_defaults_and_bad_values(settings_file: Path) -> None:
    fresh = CueSettings(settings_file)
    assert (fresh.tones_on, fresh.voice_on, fresh.quiet) == (True, True, False)
    assert (fresh.tone_volume, fresh.voice_volume, fresh.overall_volume) == (70, 70, 100)
    assert (fresh.rate, fresh.voice, fresh.engine) == (0.0, None, "")
    settings_file.write_text("[sound]\ntone_volume=loud\nrate=9\nquiet=maybe\n", encoding="utf-8")
    odd = CueSettings(settings_file)
    assert (odd.tone_volume, odd.rate, odd.quiet) == (70, 1.0, False)


def test_the_locale_voice_is_chosen_not_the_engines_first(
    qtbot: QtBot, qapp: QApplication, settings_file: Path, tones: RecordingTones
) -> None:
    from tests.cues.conftest import make_coach

    american = make_coach(qtbot, settings_file, tones, locale="en_US")
    try:
        assert american.outputs.voice == Voice("Charly", "en_US")  # the mock engine starts with Bob
        assert {v.locale for v in american.outputs.voices} == {"en_US", "en_GB"}
        assert american.outputs.voices[0].locale == "en_US"
    finally:
        american.shutdown()


def test_the_engines_start_only_once_the_window_is_up(
    qtbot: QtBot, qapp: QApplication, settings_file: Path, tones: RecordingTones
) -> None:
    coach = Coach(settings_file, tones=tones, speech_engine="mock")
    try:
        coach.start_engines_later(0)
        assert coach.outputs.speech_status is SpeechStatus.OFF  # nothing started before show()
        qtbot.waitUntil(coach.outputs.voice_available, timeout=5000)
    finally:
        coach.shutdown()


def test_the_settings_dialog_fits_a_small_screen(
    qtbot: QtBot, qapp: QApplication, coach: Coach
) -> None:
    apply_body_font(qapp)  # 14 pt body text, as the app runs
    dialog = SoundSettingsDialog(coach)
    qtbot.addWidget(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1000 and hint.height() <= 540  # inside 1024 x 600 with its frame


def test_at_the_largest_text_the_settings_dialog_still_fits_a_small_screen(
    qtbot: QtBot, qapp: QApplication, coach: Coach
) -> None:
    """Its groups go one above the other and the page scrolls; nothing is off the screen."""
    apply_body_font(qapp)
    apply_text_scale(qapp, TEXT_SCALES[-1])
    try:
        dialog = SoundSettingsDialog(coach)
        qtbot.addWidget(dialog)
        least = dialog.minimumSizeHint()
        assert least.width() <= 1000 and least.height() <= 540
    finally:
        apply_text_scale(qapp, TEXT_SCALES[0])


def test_the_settings_dialog(qtbot: QtBot, coach: Coach, settings_file: Path) -> None:
    dialog = SoundSettingsDialog(coach)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.notice.isVisible()  # all is well: no notice
    voices = [dialog.voice_choice.itemText(i) for i in range(dialog.voice_choice.count())]
    assert voices[0].startswith("Automatic") and "Anne (en_GB)" in voices
    dialog.voice_choice.setCurrentIndex(voices.index("Anne (en_GB)"))
    dialog.voice_choice.activated.emit(voices.index("Anne (en_GB)"))
    dialog.pace.activated.emit(0)
    dialog.quiet_box.setChecked(True)
    dialog.tone_volume.slider.setValue(40)
    saved = CueSettings(settings_file)
    assert saved.voice == ("Anne", "en_GB") and saved.rate == -0.4
    assert saved.quiet and saved.tone_volume == 40
    assert dialog.tone_volume.value.text() == "40%"
    for widget in (dialog.tones_box, dialog.voice_choice, dialog.pace, dialog.close_button):
        assert widget.height() >= 44
    assert dialog.overall.slider.height() >= 44
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
