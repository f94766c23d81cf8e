"""Reading and saving routine files: the one door between a file on disk and the parser.

A file name can point at anything: a named pipe or a device would block a plain open() for
ever and freeze the window, a huge file would fill memory, and text saved in another
encoding would fail deep in the parser. So the file is looked at (stat) before it is
opened, opened without blocking, read only up to the size limit, and decoded here with a
plain-words reason when that fails. The window and `footdrop plan FILE` both come here, so
they refuse the same files with the same words.
"""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from pathlib import Path

from footdrop_gui.core.routine_file import MAX_BYTES
from footdrop_gui.core.translation import translate
from footdrop_gui.core.validation import shown

# Byte-order marks, longest first (UTF-32's little-endian one begins with UTF-16's).
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


class RoutineFileError(Exception):
    """A routine file cannot be read or saved; the message says why, in plain words."""


def display_name(path: Path) -> str:
    """The file's name as a message shows it (never a whole huge or unprintable name)."""
    return shown(path.name or str(path), 60)


def _refuse_kind(mode: int, name: str) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        words = translate("RoutineFiles", "{name} is a folder, not a routine file.")
    elif stat.S_ISFIFO(mode):
        words = translate("RoutineFiles", "{name} is a named pipe, not a routine file.")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        words = translate("RoutineFiles", "{name} is a device, not a routine file.")
    elif stat.S_ISSOCK(mode):
        words = translate("RoutineFiles", "{name} is a socket, not a routine file.")
    else:
        words = translate("RoutineFiles", "{name} is not an ordinary file, so it was not opened.")
    raise RoutineFileError(words.format(name=name))


def _os_reason(exc: OSError, name: str, saving: bool) -> RoutineFileError:
    reason = exc.strerror or translate("RoutineFiles", "system error")
    if isinstance(exc, FileNotFoundError) and not saving:
        words = translate("RoutineFiles", "There is no file called {name}.")
    elif isinstance(exc, FileNotFoundError):
        words = translate("RoutineFiles", "The folder to save {name} in does not exist.")
    elif isinstance(exc, PermissionError) and not saving:
        words = translate("RoutineFiles", "You do not have permission to read {name}.")
    elif isinstance(exc, PermissionError):
        words = translate("RoutineFiles", "You do not have permission to save {name}.")
    elif not saving:
        words = translate("RoutineFiles", "Could not read {name} ({reason}).")
    else:
        words = translate("RoutineFiles", "Could not save {name} ({reason}).")
    return RoutineFileError(words.format(name=name, reason=reason))


def _too_large(name: str) -> RoutineFileError:
    return RoutineFileError(
        translate(
            "RoutineFiles",
            "{name} is too large to be a routine file (they are at most {size} KB).",
        ).format(name=name, size=MAX_BYTES // 1024)
    )


def read_routine_file(path: Path) -> str:
    """The text of a routine file, or RoutineFileError: never blocks, never reads a lot."""
    name = display_name(path)
    try:
        _refuse_kind(os.stat(path).st_mode, name)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise _os_reason(exc, name, saving=False) from exc
    try:
        with os.fdopen(fd, "rb") as handle:
            _refuse_kind(os.fstat(handle.fileno()).st_mode, name)  # swapped after the stat?
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _os_reason(exc, name, saving=False) from exc
    if len(data) > MAX_BYTES:
        raise _too_large(name)
    return decoded(data, name)


def decoded(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is fine); any other encoding explained in words."""
    for bom, encoding in WIDE_BOMS:
        if data.startswith(bom):
            raise _wide(name, encoding)
    wide = _unmarked_wide(data[:4])
    if wide:
        raise _wide(name, wide)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RoutineFileError(
            translate(
                "RoutineFiles",
                "{name} is not saved as UTF-8 text (byte {byte} cannot be read; it may "
                "be saved in an older encoding such as Windows-1252). Save it as UTF-8 and try "
                "again.",
            ).format(name=name, byte=exc.start + 1)
        ) from exc


def _unmarked_wide(head: bytes) -> str | None:
    """UTF-16 or UTF-32 without a mark, told by the zero bytes around its first character
    (a routine file starts with '{' or a space, which those encodings pad with zeros)."""
    zeros = tuple(byte == 0 for byte in head)
    if zeros in ((False, True, True, True), (True, True, True, False)):
        return "UTF-32"
    if zeros[:2] in ((False, True), (True, False)):
        return "UTF-16"
    return None


def _wide(name: str, encoding: str) -> RoutineFileError:
    return RoutineFileError(
        translate(
            "RoutineFiles", "{name} is saved as {encoding}; save it as UTF-8 and try again."
        ).format(name=name, encoding=encoding)
    )


def save_routine_file(text: str, target: Path) -> None:
    """Write a routine file whole or not at all (a temporary file renamed into place)."""
    name = display_name(target)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RoutineFileError(
            translate(
                "RoutineFiles",
                "{name} was not saved: the routine's name or description has a broken "
                "character. Rename the routine and save it again.",
            ).format(name=name)
        ) from exc
    try:
        if target.exists() or target.is_symlink():
            _refuse_kind(os.stat(target).st_mode, name)
        folder = target.parent
        handle, temporary = tempfile.mkstemp(prefix=".footdrop-routine-", dir=folder)
    except OSError as exc:
        raise _os_reason(exc, name, saving=True) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise _os_reason(exc, name, saving=True) from exc
