"""Is there anything to play sound through? Asked before QtMultimedia is touched.

On Linux, QtMultimedia talks to a PulseAudio server (PipeWire provides one on most desktops).
Without one, Qt prints warnings and every sound fails; without the libpulse library, importing
QtMultimedia fails outright. Both are found out here cheaply (a library lookup and a few file
checks), so the app can run silently with a calm notice instead.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path

from footdrop_gui.core.translation import translate


class AudioProblem(StrEnum):
    NO_OUTPUT = "no-output"
    NO_LIBRARY = "no-library"


def audio_notice(problem: AudioProblem) -> str:
    """The calm words shown when there is no sound, in the chosen language."""
    if problem is AudioProblem.NO_OUTPUT:
        return translate("SoundNotice", "Sound is off: this computer has no audio output.")
    return translate(
        "SoundNotice", "Sound is off: the sound library (libpulse) is not installed."
    )


def library_loads(library: str) -> bool:
    """Whether a shared library can be loaded here (probed without importing Qt's modules)."""
    import ctypes  # when sound starts, not with the window (2 ms)

    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def pulse_server_sockets(env: Mapping[str, str]) -> list[Path]:
    """Where a local PulseAudio (or PipeWire-Pulse) server listens, in libpulse's order."""
    places: list[Path] = []
    if env.get("PULSE_RUNTIME_PATH"):
        places.append(Path(env["PULSE_RUNTIME_PATH"]) / "native")
    if env.get("XDG_RUNTIME_DIR"):
        places.append(Path(env["XDG_RUNTIME_DIR"]) / "pulse" / "native")
    places.append(Path("/run/user") / str(os.getuid()) / "pulse" / "native")
    places.append(Path("/var/run/pulse/native"))  # a system-wide server
    return places


def find_audio_problem(
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    loads: Callable[[str], bool] = library_loads,
    exists: Callable[[Path], bool] = Path.exists,
    which: Callable[[str], str | None] = shutil.which,
    is_root: bool | None = None,
) -> AudioProblem | None:
    """A reason sound cannot work here, or None when it may (Qt then has the last word)."""
    if not platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    if not loads("libpulse.so.0"):
        return AudioProblem.NO_LIBRARY
    if env.get("PULSE_SERVER"):
        return None
    if any(exists(path) for path in pulse_server_sockets(env)):
        return None
    root = os.geteuid() == 0 if is_root is None else is_root
    if not root and which("pulseaudio"):
        return None  # libpulse may start a server on demand (never for root)
    return AudioProblem.NO_OUTPUT
