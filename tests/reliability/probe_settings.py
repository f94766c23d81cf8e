"""Bad settings.ini files: every shape a crash, a full disk, another program or a person can
leave, each tried over two real starts of the app's settings (separate processes).

Held when both starts finish quickly without a traceback, and either the first start's
answers (safety notice read, which foot) are there at the second, or both starts told the
person in words that settings cannot be saved.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.hostile_files import SETTINGS_CASES
from tests.reliability.someone_else import hand_over, lock, protect, run, scratch

NAME = "bad settings.ini"
START = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from footdrop_gui.cues.cue_settings import CueSettings
from footdrop_gui.ui.settings import AppSettings
app = QCoreApplication([])
settings = AppSettings(Path(sys.argv[1]))
cues = CueSettings(settings.path)
seen = [settings.window_geometry, settings.splitter_state, settings.last_exercise,
        settings.scheme, settings.last_dark, settings.opening_dark(), cues.tones_on,
        cues.voice_on, cues.quiet, cues.overall_volume, cues.tone_volume, cues.voice_volume,
        cues.rate, cues.voice, cues.engine]
asked = not settings.safety_acknowledged or settings.affected_side is None
if sys.argv[2] == "answer":
    settings.acknowledge_safety()
    settings.affected_side = "left"
    cues.overall_volume = 80
print(json.dumps({"asked": asked, "notice": settings.notice(cues.save_failed)}))
"""
Make = Callable[[Path], object]


def _bytes(data: bytes) -> Make:
    return lambda folder: (folder / "settings.ini").write_bytes(data)


def _answered(folder: Path) -> None:
    (folder / "settings.ini").write_text("[you]\naffected_side=right\n")


def _random_shapes(count: int) -> list[tuple[str, Make]]:
    """Garbage of many kinds: raw bytes, and INI-like text with wrong types and odd keys."""
    chance = random.Random(13)
    pieces = ["[", "]", "=", "\n", "\\", "@Variant(", "@ByteArray(", "@Invalid()", ",", '"',
              "\x00", "\xff", "é", "\ud800", "safety", "you", "sound", "affected_side",
              "acknowledged_version", "volume", "rate", "nan", "-1e999", "9" * 5000,
              " "]  # fmt: skip
    shapes: list[tuple[str, Make]] = []
    for number in range(count):
        if number % 2:
            data = chance.randbytes(chance.randrange(0, 8192))
        else:
            text = "".join(chance.choice(pieces) for _ in range(chance.randrange(1, 400)))
            data = text.encode("utf-8", "surrogatepass")
        shapes.append((f"random shape {number + 1}", _bytes(data)))
    return shapes


def cases() -> list[tuple[str, Make, Callable[[Path], None] | None]]:
    """(label, what to leave in the data folder, what to do to it afterwards)."""
    found: list[tuple[str, Make, Callable[[Path], None] | None]] = [
        (c.label, c.make, None) for c in SETTINGS_CASES
    ]
    found += [(label, make, None) for label, make in _random_shapes(30)]
    found += [
        ("read-only file", _answered, lambda f: protect(f / "settings.ini", 0o444)),
        ("unreadable file", _answered, lambda f: protect(f / "settings.ini", 0o000)),
        ("read-only folder, no file", lambda f: None, lock),
        ("read-only folder, garbage file", _bytes(b"[you\n\x00\xff"), lock),
        ("read-only folder, named pipe", lambda f: os.mkfifo(f / "settings.ini"), lock),
        ("read-only folder, huge file", _bytes(b"k=v\n" * 400_000), lock),
    ]
    return found


def start(folder: Path, data: Path, mode: str) -> tuple[dict[str, object] | None, str]:
    try:
        done = run(["-c", START, str(data), mode], timeout=30, home=folder)
    except subprocess.TimeoutExpired:
        return None, "hung for 30 s"
    if done.returncode != 0 or "Traceback" in done.stderr:
        return None, f"exit {done.returncode}: {done.stderr.strip()[-300:]}"
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result, ""


def try_case(make: Make, after: Callable[[Path], None] | None) -> str:
    """'' when the case held, else what went wrong."""
    with scratch() as folder:
        data = folder / "data"
        data.mkdir()
        make(data)
        hand_over(folder)
        if after is not None:
            after(data)
        first, problem = start(folder, data, "answer")
        if first is None:
            return f"first start: {problem}"
        second, problem = start(folder, data, "look")
        if second is None:
            return f"second start: {problem}"
        if not second["asked"]:
            return ""
        if first["notice"] and second["notice"]:
            return ""  # asked again, but told why each time
        return "the first questions came back without a word"


def probe() -> tuple[int, int, list[str]]:
    tried = held = 0
    failures = []
    for label, make, after in cases():
        tried += 1
        problem = try_case(make, after)
        if problem:
            failures.append(f"{label}: {problem}")
        else:
            held += 1
    return tried, held, failures
