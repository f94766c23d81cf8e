"""Pips, tones and words at matched loudness, measured from a real recording.

The app's own coach plays through a PulseAudio null sink (tests/cues/null_sink.py runs
play_cues.py): every tone one by one, then a real session's rest, where "Set 2 of 3 is next" is
said alone and the get-ready pips sound in its last three seconds, all at the default volumes.
Each cue's A-weighted level over its active part (tests/cues/loudness.py) is compared with the
spoken line: a pip softer than the words is lost across a room, a tone much louder startles.
To print the figures: .venv/bin/python -m tests.cues.null_sink
"""

from __future__ import annotations

import shutil
import statistics
import sys

import pytest

from tests.cues.loudness import cue_levels
from tests.cues.null_sink import HAVE_PULSEAUDIO, PACKAGES, Recording, record

SPEECH_PACKAGES = "speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
MATCHED_DB = 3.0

pytestmark = [
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or not HAVE_PULSEAUDIO,
        reason=f"PulseAudio is not installed (Debian packages: {PACKAGES})",
    ),
    pytest.mark.skipif(
        shutil.which("speech-dispatcher") is None,
        reason=f"no speech engine is installed (Debian packages: {SPEECH_PACKAGES})",
    ),
]


@pytest.fixture(scope="module")
def levels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    recording: Recording = record(tmp_path_factory.mktemp("loudness"), "play_cues.py", "all")
    # Installed, so it must work: a voice that cannot start here is a failure, not a skip.
    assert recording.report["speech"] == "ready", recording.report
    return cue_levels(recording)


def spoken(levels: dict[str, float]) -> float:
    (line,) = [level for label, level in levels.items() if label.startswith("say Set 2 of 3")]
    return line


def test_the_get_ready_pips_are_as_loud_as_the_words(levels: dict[str, float]) -> None:
    pips = [level for label, level in levels.items() if "last-three (at" in label]
    assert len(pips) == 3, levels  # the session's pips at 3, 2 and 1 s before the rest ends
    words = spoken(levels)
    assert words > -30, levels  # the voice was heard, at an everyday level
    # The middle one of the three: a busy machine can clip one pip short (an underrun).
    assert abs(statistics.median(pips) - words) <= MATCHED_DB, levels
    assert min(pips) > words - 2 * MATCHED_DB, levels  # none of them lost


def test_no_tone_is_lost_or_startles_beside_the_words(levels: dict[str, float]) -> None:
    alone = {label: level for label, level in levels.items() if "(alone)" in label}
    assert len(alone) == 6, levels  # every tone, played as a session plays it
    words = spoken(levels)
    for level in alone.values():
        assert abs(level - words) <= MATCHED_DB, levels
