"""The app's own tones, made from sine waves: soft, short, and with no click at either end.

Each note rises and falls with a raised-cosine fade (25 ms), so the wave starts and ends at
zero and the loudspeaker never jumps. Peaks stay below -6 dBFS, so nothing clips. Pitches
differ enough to tell the cues apart without looking. The shipped files in resources/sounds/
are exactly what this script writes (a test compares them), so change a tone here and run:

    python -m footdrop_gui.cues.make_tones
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44100
FADE_SECONDS = 0.025
FULL_SCALE = 32767
SOUNDS_DIR = Path(__file__).resolve().parents[2] / "resources" / "sounds"


@dataclass(frozen=True)
class Note:
    hertz: float
    seconds: float
    gap_after: float = 0.0


@dataclass(frozen=True)
class ToneSpec:
    name: str
    notes: tuple[Note, ...]
    peak_dbfs: float
    what: str


# Levels: at the default volumes (tones and voice both at 70 %) each tone is about as loud as
# the spoken coach (espeak-ng through speech-dispatcher), within 1.5 dB on an A-weighted
# measure (tests/cues/test_loudness.py records both); the pip is as loud as the words, so it
# is heard across a room. Ordered softest first: the first sound of a session (phase start,
# played softer still) is never the loudest. A short pip needs a higher peak than a long
# note to sound as loud.
TONES: tuple[ToneSpec, ...] = (
    ToneSpec("last-three", (Note(520.0, 0.15),), -7.5, "a short pip in each of the last 3 s"),
    ToneSpec("phase-start", (Note(660.0, 0.25),), -9.0, "a new step begins"),
    ToneSpec(
        "paused",
        (Note(587.33, 0.18, 0.04), Note(440.0, 0.26)),
        -8.0,
        "the session stops: paused, away, or ended early (two falling notes)",
    ),
    ToneSpec("rest-over", (Note(784.0, 0.30),), -9.5, "the rest is over: work again"),
    ToneSpec(
        "exercise-done",
        (Note(660.0, 0.18, 0.05), Note(880.0, 0.26)),
        -9.0,
        "an exercise is finished (two rising notes)",
    ),
    ToneSpec(
        "session-done",
        (Note(523.25, 0.20, 0.04), Note(659.25, 0.20, 0.04), Note(783.99, 0.40)),
        -8.5,
        "the session is finished (three rising notes)",
    ),
)
TONE_NAMES = tuple(spec.name for spec in TONES)
# The real-audio test plays this tone and checks the recording's pitch against it.
TEST_TONE = "phase-start"
TEST_TONE_HERTZ = 660.0


def spec(name: str) -> ToneSpec:
    return next(s for s in TONES if s.name == name)


def file_name(name: str) -> str:
    return f"{name}.wav"


def samples(tone: ToneSpec) -> list[int]:
    """16-bit samples of a tone: sine notes with raised-cosine fades, separated by silence."""
    peak = FULL_SCALE * 10 ** (tone.peak_dbfs / 20)
    fade = round(FADE_SECONDS * SAMPLE_RATE)
    out: list[int] = []
    for note in tone.notes:
        count = round(note.seconds * SAMPLE_RATE)
        step = 2 * math.pi * note.hertz / SAMPLE_RATE
        for i in range(count):
            edge = min(i, count - 1 - i)
            gain = 0.5 - 0.5 * math.cos(math.pi * edge / fade) if edge < fade else 1.0
            out.append(round(peak * gain * math.sin(step * i)))
        out.extend([0] * round(note.gap_after * SAMPLE_RATE))
    # A little silence at the end so no output device cuts the fade short.
    out.extend([0] * round(0.02 * SAMPLE_RATE))
    return out


def render(tone: ToneSpec) -> bytes:
    """The tone as a mono 16-bit WAV file (deterministic: same bytes on every machine)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        data = samples(tone)
        out.writeframes(struct.pack(f"<{len(data)}h", *data))
    return buffer.getvalue()


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for tone in TONES:
        path = folder / file_name(tone.name)
        path.write_bytes(render(tone))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the app's tones as WAV files.")
    parser.add_argument("--out", type=Path, default=SOUNDS_DIR, help="folder (resources/sounds)")
    args = parser.parse_args(argv)
    for path in write_all(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
