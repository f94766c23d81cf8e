"""A private PulseAudio server with a null sink, and a recording of what a child process plays.

Used by the real-audio tests, and run on its own to print the loudness of the app's cues:

    .venv/bin/python -m tests.cues.null_sink

The server is started here (and stopped by its process id afterwards); the sink's monitor is
recorded with `parec` while a child script runs the app's own coach against it.
speech-dispatcher starts itself for the child (its autospawn), inside the same private
XDG_RUNTIME_DIR, and is stopped by its pid file.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
RATE = 48000
SINK = "footdrop_test"
PACKAGES = "pulseaudio pulseaudio-utils"
HAVE_PULSEAUDIO = bool(shutil.which("pulseaudio") and shutil.which("parec"))


@dataclass
class Recording:
    samples: list[float]  # -1..1, mono, RATE per second
    report: dict[str, object]  # the child's last line of output (JSON)
    folder: Path

    def window(self, start: float, end: float) -> list[float]:
        return self.samples[max(0, int(start * RATE)) : int(end * RATE)]


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


def wait_for(check: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def private_env(folder: Path) -> dict[str, str]:
    """An environment whose sound server and speech server are this folder's own."""
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
    return env


def record(folder: Path, script: str, *args: str) -> Recording:
    """Run tests/cues/<script> with args against a null sink and record what it plays."""
    env = private_env(folder)
    socket = Path(env["PULSE_RUNTIME_PATH"]) / "native"
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
            [sys.executable, str(HERE / script), str(folder), *args],
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
        return Recording(samples, report, folder)
    finally:
        if recorder is not None:
            stop(recorder)
        speechd = Path(env["XDG_RUNTIME_DIR"]) / "speech-dispatcher"
        stop_pid_file(speechd / "pid" / "speech-dispatcher.pid")
        stop(server)


@contextlib.contextmanager
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="footdrop-null-sink-") as name:
        yield Path(name)


def main() -> int:
    from tests.cues.loudness import cue_levels

    with scratch() as folder:
        recording = record(folder, "play_cues.py", "all")
    plain = cue_levels(recording, weighted=False)
    print(f"{'cue (default volume settings)':48} {'A-weighted':>10} {'unweighted':>10}  (dBFS)")
    for label, level in cue_levels(recording).items():
        print(f"{label:48} {level:10.1f} {plain[label]:10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
