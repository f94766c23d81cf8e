"""The exact tones and words of whole sets, spoken through Qt's mock speech engine.

Sessions run on a fake clock; the coach's history says what was played and said and when,
the recording tone player what was played, and the mock engine confirms it was asked to say
every phrase. Times are program seconds from the start of the session.
"""

from __future__ import annotations

from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from footdrop_gui.core.program import StepKind
from footdrop_gui.cues.coach import Coach
from footdrop_gui.cues.qt_speech import QtSpeech
from footdrop_gui.cues.script import MARGIN_SECONDS, Tone, speech_seconds
from tests.cues.conftest import RecordingTones, Session, SessionFactory, heard

PIP, START, REST_OVER = "last-three", "phase-start", "rest-over"
Heard = list[tuple[float, str, str]]


def tone(at: float, name: str) -> tuple[float, str, str]:
    return (at, "tone", name)


def say(at: float, text: str) -> tuple[float, str, str]:
    return (at, "say", text)


def pips(end: float) -> Heard:
    return [tone(end - 3, PIP), tone(end - 2, PIP), tone(end - 1, PIP)]


def count(end: float) -> Heard:
    return [say(end - 3, "3"), say(end - 2, "2"), say(end - 1, "1")]


def get_ready(text: str) -> Heard:
    return [tone(0, START), say(0, text), *pips(10)]


def finished(at: float) -> Heard:
    return [tone(at, "session-done"), say(at, "Well done. You have finished.")]


def check_nothing_late(session: Session) -> None:
    """Every phrase ends before its step does; counts come exactly on their second."""
    engine = session.controller.engine
    starts = [engine.step_start(i) for i in range(len(engine.program.steps))]
    speaking_until = -1.0
    for cue in session.coach.history:
        if cue.kind != "say":
            continue
        index = max(i for i, s in enumerate(starts) if s <= cue.at)
        step = engine.program.steps[index]
        end = starts[index] + step.seconds if step.kind is not StepKind.DONE else float("inf")
        assert cue.at + speech_seconds(cue.what) <= end - MARGIN_SECONDS + 1e-9, cue
        if cue.what in ("1", "2", "3"):
            assert cue.at == end - int(cue.what), cue  # on the second, never late
            assert cue.at >= speaking_until, cue  # a count never cuts off an announcement
        else:
            speaking_until = cue.at + speech_seconds(cue.what)


def check_mock_engine_heard_everything(qtbot: QtBot, coach: Coach) -> None:
    speech = cast(QtSpeech, coach.outputs.speech)
    phrases = sum(1 for cue in coach.history if cue.kind == "say")
    qtbot.waitUntil(lambda: speech.utterances == phrases, timeout=5000)


def test_a_toe_lift_set(
    session: SessionFactory, coach: Coach, tones: RecordingTones, qtbot: QtBot
) -> None:
    s = session("toe-lifts")
    s.run(75)
    expected = [
        *get_ready("Get ready: Toe lifts"),
        tone(10, REST_OVER),
        say(10, "Lift your toes and hold"),  # the first rep: the whole instruction, no count
        tone(13, START),
        say(13, "Lower your toes"),
    ]
    for rep in range(2, 13):  # the 3 s hold keeps its count: the words shrink to "Lift"
        at = 10 + 5 * (rep - 1)
        expected += [
            tone(at, START),
            say(at, "Lift"),
            say(at + 1, "2"),
            say(at + 2, "1"),
            tone(at + 3, START),
            say(at + 3, "Lower your toes"),
        ]
    expected += finished(70)
    assert heard(coach) == expected
    assert s.controller.engine.finished
    assert [t for t, _ in tones.played] == [
        Tone(name) for _, kind, name in expected if kind == "tone"
    ]
    check_nothing_late(s)
    check_mock_engine_heard_everything(qtbot, coach)


def band_set(start: float, first_tone: str) -> Heard:
    """Ten 2 s pulls: "Pull your toes up against the band" would not end in time, nor would
    it with the rep number, so each pull is cued with its essential words."""
    heard_here: Heard = []
    for rep in range(1, 11):
        at = start + 4 * (rep - 1)
        words = "Pull your toes up"
        heard_here += [
            tone(at, first_tone if rep == 1 else START),
            say(at, words),
            tone(at + 2, START),
            say(at + 2, "Lower your foot slowly"),
        ]
    return heard_here


def rest(start: float, next_set: int) -> Heard:
    return [
        tone(start, START),
        say(start, "Rest, 30 seconds"),
        say(start + 24, f"Set {next_set} of 3 is next"),
        *pips(start + 30),
    ]


def test_a_band_pull_with_sets_and_a_side_change(
    session: SessionFactory, coach: Coach, qtbot: QtBot
) -> None:
    s = session("band-dorsiflexion-seated")
    s.run(385)
    side = 10 + 3 * 40 + 2 * 30  # 190 s: get ready, then three sets of ten with two rests
    expected = [
        tone(0, START),
        say(0, "Get ready: Seated band pull. Right foot first."),
        *pips(10),
        *band_set(10, REST_OVER),
        *rest(50, 2),
        *band_set(80, REST_OVER),
        *rest(120, 3),
        *band_set(150, REST_OVER),
        tone(side, START),
        say(side, "Switch to your left foot"),
        *pips(side + 10),
        *band_set(side + 10, REST_OVER),
        *rest(side + 50, 2),
        *band_set(side + 80, REST_OVER),
        *rest(side + 120, 3),
        *band_set(side + 150, REST_OVER),
        *finished(2 * side),
    ]
    assert heard(coach) == expected
    check_nothing_late(s)
    check_mock_engine_heard_everything(qtbot, coach)


def test_a_stretch_is_counted_down_aloud(
    session: SessionFactory, coach: Coach, qtbot: QtBot
) -> None:
    s = session("calf-stretch")
    s.run(135)
    hold = "Lean into the wall and hold"
    expected = [
        *get_ready("Get ready: Calf stretch"),
        tone(10, REST_OVER),
        say(10, hold),
        *count(40),
        tone(40, START),
        say(40, "Rest, 15 seconds"),
        say(49, "Set 2 of 3 is next"),
        *pips(55),
        tone(55, REST_OVER),
        say(55, hold),
        *count(85),
        tone(85, START),
        say(85, "Rest, 15 seconds"),
        say(94, "Set 3 of 3 is next"),
        *pips(100),
        tone(100, REST_OVER),
        say(100, hold),
        *count(130),
        *finished(130),
    ]
    assert heard(coach) == expected
    check_nothing_late(s)
    check_mock_engine_heard_everything(qtbot, coach)


def test_a_timed_soak(session: SessionFactory, coach: Coach, qtbot: QtBot) -> None:
    s = session("epsom-salt-soak")
    s.run(1215, step=1.0)
    expected = [
        *get_ready("Get ready: Epsom salt soak"),
        tone(10, REST_OVER),
        say(10, "Soak your feet and relax. 20 minutes."),
        say(1150, "1 minute left"),
        *pips(1210),
        *finished(1210),
    ]
    assert heard(coach) == expected
    check_nothing_late(s)
    check_mock_engine_heard_everything(qtbot, coach)


def test_ankle_circles_are_counted_by_number(session: SessionFactory, coach: Coach) -> None:
    s = session("ankle-circles")
    s.run(10 + 3 * 3 - 1)  # three circles of 3 s
    assert [what for _, kind, what in heard(coach) if kind == "say"] == [
        "Get ready: Ankle circles. Right foot first.",
        "Circle your foot slowly, clockwise",
        "2",
        "3",
    ]


@pytest.mark.parametrize("rate", [-0.4, 0.0, 0.2])
def test_nothing_is_late_at_any_pace(session: SessionFactory, coach: Coach, rate: float) -> None:
    coach.set_rate(rate)
    s = session("band-dorsiflexion-standing")
    s.run(120)
    spoken = [cue for cue in coach.history if cue.kind == "say"]
    assert spoken
    for cue in spoken:
        assert cue.at + speech_seconds(cue.what, rate) <= cue.deadline - MARGIN_SECONDS + 1e-9
    # At every pace the 3 s holds after the first keep their count: "Pull", "2", "1".
    second_rep = [cue.what for cue in spoken if 15 <= cue.at < 18]
    assert second_rep == ["Pull", "2", "1"]
