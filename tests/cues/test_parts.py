"""The pieces without a session: the tone files, phrase shortening, voice and engine choice."""

from __future__ import annotations

import io
import itertools
import math
import struct
import wave
from pathlib import Path

import pytest

from footdrop_gui import bundled
from footdrop_gui.core.engine import EventKind
from footdrop_gui.core.program import Side, Step, StepKind
from footdrop_gui.cues import make_tones
from footdrop_gui.cues.audio_check import AudioProblem, find_audio_problem
from footdrop_gui.cues.script import (
    Channels,
    MomentKind,
    Tone,
    announcement,
    boundary_tone,
    carrying_on,
    count_lead,
    fit,
    moments,
    shorter,
    speech_seconds,
)
from footdrop_gui.cues.speech import Voice, choose_voice, pick_engine, wanted_locales


def wav_samples(data: bytes) -> tuple[int, list[int]]:
    with wave.open(io.BytesIO(data)) as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
        frames = w.readframes(w.getnframes())
        return w.getframerate(), list(struct.unpack(f"<{len(frames) // 2}h", frames))


def crossings_hertz(samples: list[int], rate: int) -> float:
    """Pitch from zero crossings over the part louder than half the peak."""
    peak = max(abs(s) for s in samples)
    loud = [i for i, s in enumerate(samples) if abs(s) > peak / 2]
    part = samples[loud[0] : loud[-1]]
    flips = sum(1 for a, b in itertools.pairwise(part) if (a < 0) != (b < 0))
    return flips / 2 / (len(part) / rate)


def test_the_shipped_tones_are_what_the_generator_makes() -> None:
    for name in make_tones.TONE_NAMES:
        shipped = bundled.resource("sounds", make_tones.file_name(name)).read_bytes()
        assert shipped == make_tones.render(make_tones.spec(name)), name
    assert {t.value for t in Tone} == set(make_tones.TONE_NAMES)


def test_the_generator_writes_every_tone(tmp_path: Path) -> None:
    assert make_tones.main(["--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        make_tones.file_name(n) for n in make_tones.TONE_NAMES
    )


@pytest.mark.parametrize("name", make_tones.TONE_NAMES)
def test_tones_are_soft_short_and_never_click(name: str) -> None:
    rate, samples = wav_samples(make_tones.render(make_tones.spec(name)))
    peak = max(abs(s) for s in samples)
    # At most -6 dBFS: room to spare, never clipping (their loudness is matched to the voice by
    # test_loudness.py, from a real recording).
    assert 20 * math.log10(peak / 32767) <= -6.0
    assert samples[0] == 0 and samples[-1] == 0
    # No click: the wave eases in and out (raised-cosine fades), so no sample jumps further
    # than the sine itself ever moves from one sample to the next.
    top = max(n.hertz for n in make_tones.spec(name).notes)
    steepest = peak * 2 * math.pi * top / rate
    assert max(abs(b - a) for a, b in itertools.pairwise(samples)) <= steepest + 1
    first_ms = samples[: rate // 1000]
    assert max(abs(s) for s in first_ms) < 0.01 * peak
    for note in make_tones.spec(name).notes:
        assert 0.1 <= note.seconds <= 0.4
    assert len(samples) / rate <= 1.0


def test_tone_pitches_tell_the_cues_apart() -> None:
    pitch = {
        name: crossings_hertz(wav_samples(make_tones.render(make_tones.spec(name)))[1], 44100)
        for name in ("last-three", "phase-start", "rest-over")
    }
    assert pitch["phase-start"] == pytest.approx(make_tones.TEST_TONE_HERTZ, rel=0.02)
    assert pitch["last-three"] == pytest.approx(520, rel=0.02)
    assert pitch["rest-over"] == pytest.approx(784, rel=0.02)
    done = make_tones.spec("session-done").notes
    assert [n.hertz for n in done] == sorted(n.hertz for n in done)  # rising
    assert len(done) == 3 and len(make_tones.spec("exercise-done").notes) == 2
    stopping = make_tones.spec("paused").notes  # pause, away, early end: two falling notes
    assert [n.hertz for n in stopping] == sorted((n.hertz for n in stopping), reverse=True)


def test_a_session_opens_with_a_tone_that_is_not_the_loudest() -> None:
    peaks = {s.name: s.peak_dbfs for s in make_tones.TONES}
    assert peaks["phase-start"] < max(peaks.values())


def test_phrases_shorten_to_their_essential_words() -> None:
    assert shorter("Pull and hold against the band") == [
        "Pull and hold against the band",
        "Pull and hold",
        "Pull",
    ]
    assert shorter("Rest, 30 seconds") == ["Rest, 30 seconds", "Rest"]
    assert shorter("Get ready: Toe lifts") == ["Get ready: Toe lifts", "Get ready", "Get"]
    assert shorter("Lower your toes") == ["Lower your toes", "Lower"]
    variants = shorter("Pull and hold against the band")
    assert fit(variants, 10) == "Pull and hold against the band"
    assert fit(variants, 2) == "Pull and hold"
    assert fit(variants, 1.0) == "Pull"
    assert fit(variants, 0.3) is None


def test_speech_estimates_follow_the_rate() -> None:
    slow, normal, fast = (speech_seconds("Lift your toes and hold", r) for r in (-0.5, 0, 0.5))
    assert slow > normal > fast
    assert normal == pytest.approx(1.9, abs=0.2)  # espeak-ng said it in 1.94 s
    assert speech_seconds("Rep 10") > speech_seconds("Rep AB")  # numbers take longer


def step(kind: StepKind, seconds: int, text: str, **more: object) -> Step:
    return Step(kind, seconds, text, "x", 0, **more)  # type: ignore[arg-type]


def test_announcements() -> None:
    ready = step(StepKind.GET_READY, 10, "Get ready: Heel lifts", side=Side.LEFT)
    assert announcement(ready, "leg")[0] == "Get ready: Heel lifts. Left leg first."
    hold = step(StepKind.HOLD, 3, "Rise up and hold", rep_number=4, rep_count=12)
    assert announcement(hold) == ["Rep 4. Rise up and hold", "Rep 4. Rise", "Rise"]
    soak = step(StepKind.TIMED, 900, "Keep the ice pack on the sore spot")
    assert announcement(soak)[:2] == [
        "Keep the ice pack on the sore spot. 15 minutes.",
        "Keep the ice pack on the sore spot",
    ]


def test_what_a_steps_last_seconds_sound_like() -> None:
    hold = step(StepKind.HOLD, 30, "Hold")
    voice_and_tones = Channels(tones=True, voice=True)
    assert [(m.before_end, m.kind) for m in moments(hold, voice_and_tones)] == [
        (3, MomentKind.COUNT),
        (2, MomentKind.COUNT),
        (1, MomentKind.COUNT),
    ]
    assert {m.kind for m in moments(hold, Channels(tones=True, voice=False))} == {MomentKind.PIP}
    assert moments(hold, Channels(tones=True, voice=True, quiet=True)) == []
    short_hold = step(StepKind.HOLD, 2, "Hold")
    assert [m.text for m in moments(short_hold, voice_and_tones)] == ["1"]
    assert moments(short_hold, Channels(tones=True, voice=False)) == []  # no pips under 5 s
    release = step(StepKind.RELEASE, 10, "Lower")
    assert moments(release, voice_and_tones) == []


def test_a_short_holds_words_end_before_its_count() -> None:
    both = Channels(tones=True, voice=True)
    later_rep = step(StepKind.HOLD, 3, "Lift your toes and hold", rep_number=2, rep_count=12)
    assert count_lead(later_rep, both, whole_instruction=True) == 2  # "2" comes 2 s before the end
    variants = announcement(later_rep)
    # 1 s for words before "2", at every pace: only the action word fits.
    for rate in (-0.4, 0.0, 0.2):
        assert fit(variants, 3 - count_lead(later_rep, both), rate) == "Lift"
    first_rep = step(StepKind.HOLD, 3, "Lift your toes and hold", rep_number=1, rep_count=12)
    assert count_lead(first_rep, both, whole_instruction=True) == 0  # learning what to do
    assert count_lead(first_rep, both, whole_instruction=False) == 2  # carrying on after a pause
    five = step(StepKind.HOLD, 5, "Pull and hold against the band", rep_number=4, rep_count=10)
    assert fit(announcement(five), 5 - count_lead(five, both)) == "Rep 4. Pull and hold"
    two = step(StepKind.HOLD, 2, "Pull and hold", rep_number=4, rep_count=10)
    assert count_lead(two, both) == 0  # a lone "1" is never counted: nothing to keep
    assert count_lead(later_rep, Channels(tones=True, voice=True, quiet=True)) == 0
    rest = step(StepKind.REST, 15, "Rest, 15 seconds")
    assert count_lead(rest, both, whole_instruction=True) == 0  # pips, not a count


def test_changes_of_state_have_their_tone_and_words() -> None:
    hold = step(StepKind.HOLD, 30, "Lean into the wall and hold")
    rest = step(StepKind.REST, 15, "Rest, 15 seconds")
    paused = {EventKind.PAUSED}
    assert boundary_tone(paused, None, None) is Tone.PAUSED
    assert boundary_tone({EventKind.SESSION_DONE}, None, None, early=True) is Tone.PAUSED
    assert boundary_tone({EventKind.SESSION_DONE}, None, None) is Tone.SESSION_DONE
    assert boundary_tone({EventKind.RESUMED}, None, hold) is Tone.PHASE_START
    assert boundary_tone({EventKind.STEP_STARTED}, rest, hold) is Tone.REST_OVER
    soak = step(StepKind.TIMED, 1200, "Soak your feet and relax")
    assert carrying_on(soak)[0] == "Carrying on. Soak your feet and relax"  # not "20 minutes"
    variants = carrying_on(hold)
    assert variants == [
        "Carrying on. Lean into the wall and hold",
        "Carrying on",
        "Lean into the wall and hold",
        "Lean",
    ]
    assert fit(variants, 10) == variants[0]
    assert fit(variants, 1.5) == "Carrying on"
    assert fit(variants, 1.0) == "Lean"


SPEECHD_LIKE = [
    Voice("Bishnupriya Manipuri", "bn_IN"),
    Voice("English (Caribbean)", "en_US"),
    Voice("English (America)", "en_US"),
    Voice("English (America)+Adam", "en_US"),
    Voice("English (Scotland)", "en_GB"),
    Voice("English (Great Britain)", "en_GB"),
    Voice("Deutsch", "de_DE"),
]


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("en_US", "English (America)"),
        ("en_GB", "English (Great Britain)"),
        ("C", "English (America)"),  # no locale: American English, not the first voice
        ("de_DE", "English (America)"),  # the app's words are English
    ],
)
def test_the_locales_voice_is_chosen(system: str, expected: str) -> None:
    chosen = choose_voice(SPEECHD_LIKE, system)
    assert chosen is not None and chosen.name == expected


def test_a_saved_voice_wins_while_it_exists() -> None:
    saved = Voice("English (Scotland)", "en_GB")
    assert choose_voice(SPEECHD_LIKE, "en_US", saved) == saved
    assert choose_voice(SPEECHD_LIKE, "en_US", Voice("Gone", "en_US")) == SPEECHD_LIKE[2]
    assert wanted_locales("en_GB", ["de_DE", "en_US", "en_GB"]) == ["en_GB", "en_US"]
    assert wanted_locales("fr_FR", ["fr_FR"]) == ["fr_FR"]
    assert choose_voice([], "en_US") is None


def test_the_engine_is_the_platforms_own_never_the_test_one() -> None:
    assert pick_engine(["mock", "speechd"], loads=lambda lib: True) == "speechd"
    assert pick_engine(["mock", "speechd"], loads=lambda lib: False) is None  # no libspeechd
    assert pick_engine(["mock"]) is None
    assert pick_engine(["mock", "speechd"], "mock") == "mock"
    assert pick_engine(["speechd"], "flite") is None


def test_no_audio_server_or_library_is_found_out_before_qt_is_asked(tmp_path: Path) -> None:
    socket = tmp_path / "pulse" / "native"

    def probe(env: dict[str, str], loads: bool = True, root: bool = True) -> AudioProblem | None:
        return find_audio_problem(
            env,
            platform="linux",
            loads=lambda lib: loads,
            exists=lambda path: path == socket,
            which=lambda name: "/usr/bin/pulseaudio",
            is_root=root,
        )

    assert probe({}, loads=False) is AudioProblem.NO_LIBRARY
    assert probe({}) is AudioProblem.NO_OUTPUT  # root: libpulse never starts a server
    assert probe({}, root=False) is None  # a user's libpulse may start one on demand
    assert probe({"XDG_RUNTIME_DIR": str(tmp_path)}) is None
    assert probe({"PULSE_SERVER": "unix:/somewhere"}) is None
    assert find_audio_problem({}, platform="win32") is None  # Qt decides elsewhere
