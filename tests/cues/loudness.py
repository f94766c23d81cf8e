"""How loud a recorded cue is, as heard: A-weighted level over its active part, in dBFS.

A-weighting (IEC 61672) follows the ear's lower sensitivity to low and very high pitches, so a
low voice and a mid-pitched tone compare fairly. The level is the mean power of the 50 ms
blocks that are within 10 dB of the loudest block: the sound itself, not the silence around
it or the gaps between words (the same idea as EBU R128's relative gate, on blocks short
enough for a 0.12 s pip). 0 dBFS is a full-scale sine before weighting at 1 kHz.
"""

from __future__ import annotations

import cmath
import math
from collections.abc import Sequence

from tests.cues.null_sink import RATE, Recording

BLOCK_SECONDS = 0.05
HOP_SECONDS = 0.005  # blocks overlap, so where a short pip falls on the grid does not matter
RELATIVE_GATE_DB = -10.0
SILENCE_DB = -70.0
# The analogue A-weighting curve: four zeros at 0 Hz, poles at these frequencies (two double).
_POLES_HZ = (20.598997, 20.598997, 107.65265, 737.86223, 12194.217, 12194.217)

Biquad = tuple[tuple[float, float, float], tuple[float, float, float]]


def _a_weighting(rate: int) -> tuple[list[Biquad], float]:
    """The curve as three biquads (bilinear transform), and the gain that makes 1 kHz 0 dB."""
    poles = [(2 * rate - 2 * math.pi * f) / (2 * rate + 2 * math.pi * f) for f in _POLES_HZ]
    zeros = [1.0, 1.0, 1.0, 1.0, -1.0, -1.0]  # 0 Hz, and the two the transform adds at Nyquist
    sections: list[Biquad] = []
    for i in (0, 2, 4):
        z1, z2, p1, p2 = zeros[i], zeros[i + 1], poles[i], poles[i + 1]
        sections.append(((1.0, -(z1 + z2), z1 * z2), (1.0, -(p1 + p2), p1 * p2)))
    z = cmath.exp(2j * math.pi * 1000 / rate)
    response = 1.0 + 0j
    for zero, pole in zip(zeros, poles, strict=True):
        response *= (z - zero) / (z - pole)
    return sections, 1 / abs(response)


_SECTIONS, _GAIN = _a_weighting(RATE)


def a_weighted(samples: Sequence[float]) -> list[float]:
    out = [x * _GAIN for x in samples]
    for (b0, b1, b2), (_, a1, a2) in _SECTIONS:
        s1 = s2 = 0.0
        for i, x in enumerate(out):
            y = b0 * x + s1
            s1 = b1 * x - a1 * y + s2
            s2 = b2 * x - a2 * y
            out[i] = y
    return out


def level_dbfs(samples: Sequence[float], weighted: bool = True) -> float:
    """The A-weighted (or plain) level of the active part of samples (dBFS; -inf if silent)."""
    signal = a_weighted(samples) if weighted else samples
    size, hop = round(BLOCK_SECONDS * RATE), round(HOP_SECONDS * RATE)
    energy = [0.0]
    for x in signal:
        energy.append(energy[-1] + x * x)
    powers = [  # x2: a full-scale sine is 0 dB
        2 * (energy[i + size] - energy[i]) / size for i in range(0, len(signal) - size + 1, hop)
    ]
    loud = [p for p in powers if p > 10 ** (SILENCE_DB / 10)]
    if not loud:
        return -math.inf
    gate = max(loud) * 10 ** (RELATIVE_GATE_DB / 10)
    active = [p for p in loud if p >= gate]
    return 10 * math.log10(sum(active) / len(active))


def onset(samples: Sequence[float], level: float = 0.01) -> float:
    """Seconds to the first sample louder than level."""
    first = next((i for i, x in enumerate(samples) if abs(x) > level), None)
    assert first is not None, "the recording is silent"
    return first / RATE


def cue_windows(recording: Recording) -> list[tuple[str, float, float]]:
    """Each cue that sounded alone as (label, start, end) in recording seconds.

    The child reported when each cue began; its first cue is lined up with the recording's
    first sound. A cue's window runs until the next cue begins; cues that began together
    (a step's tone and its words) overlap and are left out.
    """
    cues = recording.report["cues"]
    assert isinstance(cues, list) and cues, recording.report
    times = [float(c["t"]) for c in cues]
    shift = onset(recording.samples) - times[0] - 0.02
    windows = []
    for i, cue in enumerate(cues):
        start = times[i]
        together = [j for j, t in enumerate(times) if j != i and abs(t - start) < 0.1]
        if together:
            continue
        end = times[i + 1] if i + 1 < len(cues) else start + 1.0
        where = "alone" if cue.get("alone") else f"at {float(cue['at']):.0f} s in the session"
        label = f"{cue['kind']} {cue['what']} ({where})"
        windows.append((label, start + shift, end + shift - 0.05))
    return windows


def cue_levels(recording: Recording, weighted: bool = True) -> dict[str, float]:
    """The A-weighted (or plain) level of every cue that sounded alone, by label."""
    return {
        label: level_dbfs(recording.window(start, end), weighted)
        for label, start, end in cue_windows(recording)
    }
