"""The cue timing on its own: engine events and a fake clock in, what to sound out; no Qt."""

from __future__ import annotations

import math
import subprocess
import sys

from footdrop_gui import bundled
from footdrop_gui.core.engine import SessionEngine
from footdrop_gui.core.program import Entry, compile_program
from footdrop_gui.cues.cue_plan import CuePlanner, Hush, Play, Say, Sound
from footdrop_gui.cues.script import Channels, Tone
from tests.helpers.fake_clock import FakeClock


def toe_lifts(channels: Channels) -> tuple[SessionEngine, FakeClock, CuePlanner, list[Sound]]:
    exercise = bundled.catalog().get("toe-lifts")
    clock = FakeClock()
    engine = SessionEngine(compile_program([Entry(exercise, exercise.prescription)]), clock)
    plan = CuePlanner(engine, lambda: channels, lambda: 0.0, lambda: False)  # normal rate
    return engine, clock, plan, plan.on_events(engine.start(0))


def run(engine: SessionEngine, clock: FakeClock, plan: CuePlanner, seconds: float) -> list[Sound]:
    out: list[Sound] = []
    for _ in range(round(seconds / 0.5)):
        clock.advance(0.5)
        out += plan.on_events(engine.tick())
        out += plan.poll()
    return out


def test_a_session_starts_with_a_soft_tone_and_its_first_words() -> None:
    _, _, plan, first = toe_lifts(Channels(tones=True, voice=True))
    assert first[0] == Play(Tone.PHASE_START, 0.0, first=True)
    assert isinstance(first[1], Say) and first[1].text.startswith("Get ready")
    assert plan.wait() == 7.0  # the pips before the get-ready ends


def test_the_count_comes_on_its_seconds_and_a_pause_cuts_the_words() -> None:
    engine, clock, plan, _ = toe_lifts(Channels(tones=True, voice=True))
    heard = run(engine, clock, plan, 18)  # get ready (10 s), hold 3 s, lower 2 s, hold 3 s
    counts = [(s.at, s.text) for s in heard if isinstance(s, Say) and s.text in "321"]
    assert counts == [(16.0, "2"), (17.0, "1")]  # the first holds' words leave no room
    paused = plan.on_events(engine.pause())  # as "Lower your toes" is being said
    (words,) = [s for s in paused if isinstance(s, Say)]
    assert (words.text, words.at, words.deadline, words.cut) == ("Paused", 18.0, math.inf, True)
    assert plan.wait() is None  # nothing is due while paused


def test_without_a_voice_only_tones_are_planned_and_nothing_is_hushed() -> None:
    engine, clock, plan, first = toe_lifts(Channels(tones=True, voice=False))
    heard = first + run(engine, clock, plan, 30)
    assert heard and all(isinstance(s, Play) for s in heard)
    assert not any(isinstance(s, Hush) for s in heard)


def test_the_timing_loads_no_qt() -> None:
    code = "import sys, footdrop_gui.cues.cue_plan; print(any('PySide6' in m for m in sys.modules))"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert loaded.stdout.strip() == "False", loaded.stderr
