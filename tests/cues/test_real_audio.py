"""Real sound: a private PulseAudio server with a null sink records what the app plays.

The test starts `pulseaudio` itself (stopping it by its process id afterwards), records the
sink's monitor with `parec`, runs the app's own coach in a child process (play_through_app.py:
the settings dialog's "Try it", a tone and then a spoken phrase), and checks the recording: not
silent, and the tone at its known pitch (counted here, and by sox when it is installed).
Skipped, with the reason, only where PulseAudio is not installed.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import math
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from footdrop_gui.cues.make_tones import TEST_TONE_HERTZ

HERE = Path(__file__).parent
RATE = 48000
SINK = "footdrop_test"
PACKAGES = "pulseaudio pulseaudio-utils"

HAVE_PULSEAUDIO = bool(shutil.which("pulseaudio") and shutil.which("parec"))
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not HAVE_PULSEAUDIO,
    reason=f"PulseAudio is not installed (Debian packages: {PACKAGES})",
)


@dataclass
class Recording:
    samples: list[float]  # -1..1, mono, RATE per second
    report: dict[str, object]
    folder: Path

    def window(self, start: float, end: float) -> list[float]:
        return self.samples[int(start * RATE) : int(end * RATE)]


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


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def stop_pid_file(path: Path) -> None:
    """speech-dispatcher starts itself (as a daemon) for the app; stop it by its pid."""
    with contextlib.suppress(OSError, ValueError):
        os.kill(int(path.read_text().strip()), signal.SIGTERM)


def wait_for(check: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(check) and check():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Recording]:
    folder = tmp_path_factory.mktemp("real-audio")
    runtime = folder / "xdg"
    runtime.mkdir(mode=0o700)
    socket = folder / "pulse" / "native"
    socket.parent.mkdir()
    env = dict(
        os.environ,
        HOME=str(folder),
        XDG_RUNTIME_DIR=str(runtime),  # a private speech-dispatcher, too
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_CACHE_HOME=str(folder / "cache"),
        PULSE_RUNTIME_PATH=str(socket.parent),
        PULSE_SERVER=f"unix:{socket}",
        QT_QPA_PLATFORM="offscreen",
    )
    for name in ("SPEECHD_ADDRESS", "SPEECHD_CMD", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    log = (folder / "pulseaudio.log").open("wb")
    server = subprocess.Popen(
        [
            "pulseaudio",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "-n",
            "--use-pid-file=no",
            "--disable-shm=yes",
            f"--load=module-null-sink sink_name={SINK} rate={RATE} channels=1",
            f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    log.close()  # the server has its own copy
    recorder: subprocess.Popen[bytes] | None = None
    try:
        up = wait_for(
            lambda: subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0,
            10,
        )
        assert up, (folder / "pulseaudio.log").read_text(errors="replace")
        raw = folder / "monitor.raw"
        sink = raw.open("wb")
        recorder = subprocess.Popen(
            [
                "parec",
                f"--device={SINK}.monitor",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=20",
            ],
            env=env,
            stdout=sink,
            stderr=subprocess.DEVNULL,
        )
        sink.close()
        app = subprocess.run(
            [sys.executable, str(HERE / "play_through_app.py"), str(folder)],
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
        assert app.returncode == 0, app.stderr
        report = json.loads(app.stdout.strip().splitlines()[-1])
        time.sleep(0.3)  # the last of the sound reaches the monitor
        stop(recorder)
        data = raw.read_bytes()
        count = len(data) // 2
        samples = [s / 32768 for s in struct.unpack(f"<{count}h", data[: count * 2])]
        yield Recording(samples, report, folder)
    finally:
        if recorder is not None:
            stop(recorder)
        stop_pid_file(runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid")
        stop(server)


def onset(samples: list[float], level: float = 0.01) -> float:
    first = next((i for i, x in enumerate(samples) if abs(x) > level), None)
    assert first is not None, "the recording is silent"
    return first / RATE


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
