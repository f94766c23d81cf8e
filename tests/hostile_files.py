"""Routine files as a hostile world hands them over: each case makes one in a folder and
names the words the refusal must contain (None: the file must be accepted).

Shared by tests/storage/test_routine_files.py and the reliability probe, so the unit tests
and `make reliability` try the same files.
"""

from __future__ import annotations

import codecs
import json
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from footdrop_gui.core.routine_file import MAX_BYTES

GOOD = {
    "format": "footdrop-routine",
    "version": 1,
    "name": "From my therapist",
    "entries": [{"exercise": "toe-lifts", "reps": 12}],
}
GOOD_TEXT = json.dumps(GOOD)
LONGEST_QUOTE = 120  # no message may quote more than this of any one value


def _raw(text: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "routine.json"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        return path

    return make


def _bytes(data: bytes, name: str = "routine.json") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.json"
    os.mkfifo(path)
    return path


def _socket(folder: Path) -> Path:
    path = folder / "s.json"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays
    return path


def _link_to_fifo(folder: Path) -> Path:
    link = folder / "link.json"
    link.symlink_to(_fifo(folder))
    return link


def _device(device: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        link = folder / "device.json"
        link.symlink_to(device)
        return link

    return make


def _folder(folder: Path) -> Path:
    path = folder / "folder.json"
    path.mkdir()
    return path


def _sparse(folder: Path) -> Path:
    path = folder / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(10 * 1024**3)  # 10 GB that take no room
    return path


def _loop(folder: Path) -> Path:
    path = folder / "loop.json"
    path.symlink_to(path)
    return path


def _with_name(text: str) -> str:
    return GOOD_TEXT.replace('"From my therapist"', text)


@dataclass(frozen=True)
class Case:
    label: str
    make: Callable[[Path], Path]
    words: str | None  # what the refusal says; None when the file is fine


# fmt: off
CASES = (
    Case("named pipe", _fifo, "is a named pipe"),
    Case("link to a named pipe", _link_to_fifo, "is a named pipe"),
    Case("socket", _socket, "is a socket"),
    Case("device /dev/zero", _device("/dev/zero"), "is a device"),
    Case("device /dev/null", _device("/dev/null"), "is a device"),
    Case("device /dev/tty", _device("/dev/tty"), "is a device"),
    Case("folder", _folder, "is a folder"),
    Case("missing file", lambda folder: folder / "gone.json", "There is no file"),
    Case("link to itself", _loop, "Could not read"),
    Case("just over the size limit", _raw(" " * MAX_BYTES + GOOD_TEXT), "too large"),
    Case("10 GB sparse file", _sparse, "too large"),
    Case("empty file", _raw(""), "not valid JSON"),
    Case("zero bytes", _bytes(b"\x00" * 64), "not valid JSON"),
    Case("UTF-16 with a mark", _bytes(GOOD_TEXT.encode("utf-16")), "saved as UTF-16"),
    Case("UTF-16 LE, no mark", _bytes(GOOD_TEXT.encode("utf-16-le")), "saved as UTF-16"),
    Case("UTF-16 BE, no mark", _bytes(GOOD_TEXT.encode("utf-16-be")), "saved as UTF-16"),
    Case("UTF-32 with a mark", _bytes(GOOD_TEXT.encode("utf-32")), "saved as UTF-32"),
    Case("UTF-32 BE, no mark", _bytes(GOOD_TEXT.encode("utf-32-be")), "saved as UTF-32"),
    Case("Latin-1", _bytes(_with_name('"Café"').encode("latin-1")), "not saved as UTF-8"),
    Case("UTF-8 with a mark", _bytes(codecs.BOM_UTF8 + GOOD_TEXT.encode()), None),
    Case("random bytes", _bytes(bytes(range(1, 256)) * 8), "not saved as UTF-8"),
    Case("5,000-digit number", _raw(GOOD_TEXT.replace("12", "9" * 5000)), "far too long"),
    Case("4,000-digit number", _raw(GOOD_TEXT.replace("12", "9" * 4000)), "above the maximum"),
    Case("-5,000-digit version", _raw(GOOD_TEXT.replace(": 1,", ": -1" + "1" * 5000 + ",")),
         "far too long"),
    Case("lone surrogate in the name", _raw(_with_name('"Mine \\ud800"')), "broken character"),
    Case("lone surrogate raw in the name", _raw(_with_name('"Mine \ud800"')), "not saved as UTF-8"),
    Case("lone surrogate in a key", _raw(GOOD_TEXT.replace('"name"', '"\\udfff"')), "not a known"),
    Case("huge exercise id", _raw(GOOD_TEXT.replace("toe-lifts", "a" * 200_000)), "not an"),
    Case("huge key", _raw(GOOD_TEXT.replace('"reps"', '"' + "k" * 200_000 + '"')), "not a known"),
    Case("huge name", _raw(_with_name('"' + "n" * 200_000 + '"')), "longer than 80"),
    Case("control characters", _raw(_with_name('"\\u0007\\u001b[2J"')), None),
    Case("deep nesting", _raw("[" * 50_000 + "]" * 50_000), "nested more than"),
    Case("new line in the file name", _bytes(GOOD_TEXT.encode(), "two\nlines.json"), None),
    Case("undecodable file name", _bytes(b"\xff", os.fsdecode(b"\xff\xfe.json")),
         "not saved as UTF-8"),
    Case("300-character file name", _bytes(b"\xff", "n" * 250 + ".json"), "not saved as UTF-8"),
)
# fmt: on


def _settings_bytes(data: bytes) -> Callable[[Path], Path]:
    return _bytes(data, "settings.ini")


def _settings_fifo(folder: Path) -> Path:
    os.mkfifo(folder / "settings.ini")
    return folder / "settings.ini"


def _settings_folder(folder: Path) -> Path:
    (folder / "settings.ini").mkdir()
    return folder / "settings.ini"


def _settings_loop(folder: Path) -> Path:
    (folder / "settings.ini").symlink_to(folder / "settings.ini")
    return folder / "settings.ini"


WRONG_TYPES = b"""[window]
geometry=hello
splitter=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x18)
[library]
last_exercise=@Invalid()
[safety]
acknowledged_version=1, 2, 3
[you]
affected_side=@ByteArray(left)
[appearance]
scheme=%s
last_dark=maybe
[sound]
tones_on=@Variant(garbage
volume=%s
tone_volume=-1e999
voice_volume=nan
rate=inf
voice=1, 2
engine=@Rect(1 2 3 4)
""" % (b"x" * 5000, b"9" * 5000)


@dataclass(frozen=True)
class SettingsCase:
    label: str
    make: Callable[[Path], Path]
    set_aside: bool | None  # kept under another name (None: as Qt finds it)


# fmt: off
SETTINGS_CASES = (
    SettingsCase("empty", _settings_bytes(b""), False),
    SettingsCase("binary garbage", _settings_bytes(bytes(range(256)) * 16), None),
    SettingsCase("broken section", _settings_bytes(b"[you\naffected_side=left\n"), True),
    SettingsCase("zero bytes", _settings_bytes(b"\x00" * 4096), False),
    SettingsCase("UTF-16", _settings_bytes("[you]\naffected_side=left\n".encode("utf-16")), False),
    SettingsCase("wrong types", _settings_bytes(WRONG_TYPES), False),
    SettingsCase("huge", _settings_bytes(b"[a]\n" + b"k=v\n" * 600_000), True),
    SettingsCase("named pipe", _settings_fifo, True),
    SettingsCase("folder", _settings_folder, True),
    SettingsCase("link to itself", _settings_loop, True),
)
# fmt: on
