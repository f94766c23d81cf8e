"""Real sound: a private PulseAudio server with a null sink records what the app plays.

The test starts `pulseaudio` itself (tests/cues/null_sink.py), records the sink's monitor with
`parec`, runs the app's own coach in a child process (play_through_app.py:
the settings dialog's "Try it", a tone and then a spoken phrase), and checks the recording: not
silent, and the tone at its known pitch (counted here, and by sox when it is installed).
Skipped, with the reason, only where PulseAudio is not installed.
"""

from __future__ import annotations

import itertools
import math
import re
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from footdrop_gui.cues.make_tones import TEST_TONE_HERTZ
from tests.cues.loudness import onset
from tests.cues.null_sink import HAVE_PULSEAUDIO, PACKAGES, RATE, Recording, record

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not HAVE_PULSEAUDIO,
    reason=f"PulseAudio is not installed (Debian packages: {PACKAGES})",
)


def rms(part: list[float]) -> float:
    return math.sqrt(sum(x * x for x in part) / len(part)) if part else 0.0


def zero_crossing_hertz(part: list[float]) -> float:
    flips = sum(1 for a, b in itertools.pairwise(part) if (a < 0) != (b < 0))
    return flips / 2 / (len(part) / RATE)


def write_wav(path: Path, part: list[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(part)}h", *(round(x * 32767) for x in part)))


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Recording:
    return record(tmp_path_factory.mktemp("real-audio"), "play_through_app.py")


def test_a_tone_reaches_the_speakers_at_its_pitch(recording: Recording) -> None:
    assert recording.report["status"] in ("", None) or "spoken coach" in str(
        recording.report["status"]
    ), recording.report  # the tones work: at most the voice may be missing
    start = onset(recording.samples)
    tone = recording.window(start + 0.03, start + 0.21)  # inside the 0.25 s tone's fades
    assert 20 * math.log10(rms(tone)) > -45  # clearly not silence
    assert zero_crossing_hertz(tone) == pytest.approx(TEST_TONE_HERTZ, rel=0.05)
    sox = shutil.which("sox")
    if sox:
        path = recording.folder / "tone.wav"
        write_wav(path, tone)
        stat = subprocess.run([sox, str(path), "-n", "stat"], capture_output=True, text=True)
        found = re.search(r"Rough\s+frequency:\s+(\d+)", stat.stderr)
        assert found is not None, stat.stderr
        assert int(found.group(1)) == pytest.approx(TEST_TONE_HERTZ, rel=0.05)
    # Loading the sound (QtMultimedia) and starting the voice never held up the GUI thread.
    assert float(str(recording.report["longest_gap"])) < 0.5


def test_a_spoken_phrase_reaches_the_speakers(recording: Recording) -> None:
    if recording.report["speech"] != "ready":
        pytest.skip(
            "no speech engine here (Debian packages: speech-dispatcher "
            f"speech-dispatcher-espeak-ng espeak-ng): {recording.report['status']}"
        )
    assert recording.report["spoke"] is True
    start = onset(recording.samples)
    voice = recording.window(start + 0.5, len(recording.samples) / RATE)
    assert 20 * math.log10(rms(voice)) > -50, "the spoken phrase is missing from the recording"
    assert max(abs(x) for x in voice) > 0.05
