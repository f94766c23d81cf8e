"""Why the history file could not be opened, told apart, so only real damage sets it aside.

A locked, busy, read-only, full, unreadable or missing place is a problem of the moment or of
the computer, not of the file: the file stays exactly where it is, and the person is told in
plain words what happened and what to do. Each kind has its own exit code on the command line.
"""

from __future__ import annotations

import errno
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

from footdrop_gui.core.translation import translate


class OpenProblem(Enum):
    """A kind of problem; the value is the command line's exit code for it."""

    CORRUPT = 10
    NEWER = 11
    BUSY = 12
    LOCKED = 13
    READ_ONLY = 14
    NO_SPACE = 15
    NO_PERMISSION = 16
    MISSING_FOLDER = 17
    DISK_ERROR = 18
    ALREADY_OPEN = 19

    @property
    def exit_code(self) -> int:
        return self.value

    @property
    def short_words(self) -> str:
        """A few words for the kind, as `footdrop --help` lists the exit codes."""
        words = {
            OpenProblem.CORRUPT: translate("HistoryErrors", "corrupt"),
            OpenProblem.NEWER: translate("HistoryErrors", "newer"),
            OpenProblem.BUSY: translate("HistoryErrors", "busy"),
            OpenProblem.LOCKED: translate("HistoryErrors", "locked"),
            OpenProblem.READ_ONLY: translate("HistoryErrors", "read only"),
            OpenProblem.NO_SPACE: translate("HistoryErrors", "no space"),
            OpenProblem.NO_PERMISSION: translate("HistoryErrors", "no permission"),
            OpenProblem.MISSING_FOLDER: translate("HistoryErrors", "missing folder"),
            OpenProblem.DISK_ERROR: translate("HistoryErrors", "disk error"),
            OpenProblem.ALREADY_OPEN: translate("HistoryErrors", "already open"),
        }
        return words[self]


def open_words(kind: OpenProblem) -> str:
    """What happened, then what to do, for a kind ({path}: the history file; {folder}: its
    folder), in the person's language: looked up when a message is made, never at import."""
    words = {
        OpenProblem.CORRUPT: translate(
            "HistoryErrors",
            "Your exercise history file is damaged and cannot be read. "
            "Open the app to have it kept aside safely and to choose a good copy from your "
            "backups.",
        ),
        OpenProblem.NEWER: translate(
            "HistoryErrors",
            "Your exercise history was saved by a newer version of this app. "
            "Please install the newer version. The file was not changed: {path}",
        ),
        OpenProblem.BUSY: translate(
            "HistoryErrors",
            "Another program is saving to your exercise history file right now "
            "(perhaps a backup or file-sharing program). Wait a minute, then try again. "
            "Nothing was changed.",
        ),
        OpenProblem.LOCKED: translate(
            "HistoryErrors",
            "Another program has locked your exercise history file, so it cannot be read. "
            "Close programs that may use it (a backup, a file-sharing program or a database "
            "tool), or restart the computer, then try again. Nothing was changed.",
        ),
        OpenProblem.READ_ONLY: translate(
            "HistoryErrors",
            "Your exercise history can be read but not saved to: the file, a file beside it or "
            "its folder is read-only ({folder}). Ask someone to make that folder writable for you "
            "again, then try again. Nothing was changed.",
        ),
        OpenProblem.NO_SPACE: translate(
            "HistoryErrors",
            "The disk is full, so your exercises could not be saved. Free some space (empty the "
            "wastebasket, remove large files you do not need), then try again. Nothing was lost.",
        ),
        OpenProblem.NO_PERMISSION: translate(
            "HistoryErrors",
            "You are not allowed to open your exercise history file ({path}). This happens when "
            "it was made by another user of this computer. Ask someone to give the folder back "
            "to you, then try again. Nothing was changed.",
        ),
        OpenProblem.MISSING_FOLDER: translate(
            "HistoryErrors",
            "The folder of your exercise history is not there ({folder}). If it is on a USB stick "
            "or a network drive, connect it, then try again.",
        ),
        OpenProblem.DISK_ERROR: translate(
            "HistoryErrors",
            "The computer could not read or save your exercise history file just now. Restart the "
            "computer and try again; if it keeps happening, the disk may be failing: ask someone "
            "to copy your data folder ({folder}) somewhere safe. Nothing was changed.",
        ),
        OpenProblem.ALREADY_OPEN: translate(
            "HistoryErrors",
            "Foot Drop Exercises is already open with this history. Look for its window (it may "
            "be minimised); only one copy can use it at a time.",
        ),
    }
    return words[kind]


class HistoryError(Exception):
    """The history file cannot be used; the message says what happened and what to do."""


class HistoryOpenError(HistoryError):
    """The history could not be opened, for a reason of one kind; the files were left alone
    (unless the kind is CORRUPT and the caller asked for damaged files to be set aside)."""

    def __init__(self, kind: OpenProblem, path: Path, detail: str = "") -> None:
        self.kind = kind
        self.path = path
        self.detail = detail
        super().__init__(open_words(kind).format(path=path, folder=path.parent))


class NewerVersionError(HistoryOpenError):
    """The file was written by a newer version of the app; it is left as it is."""

    def __init__(self, path: Path, version: int, latest: int) -> None:
        super().__init__(OpenProblem.NEWER, path, f"format {version}; this version reads {latest}")


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_KINDS = {
    3: OpenProblem.NO_PERMISSION,  # SQLITE_PERM
    5: OpenProblem.BUSY,  # SQLITE_BUSY
    6: OpenProblem.LOCKED,  # SQLITE_LOCKED
    8: OpenProblem.READ_ONLY,  # SQLITE_READONLY
    11: OpenProblem.CORRUPT,  # SQLITE_CORRUPT
    13: OpenProblem.NO_SPACE,  # SQLITE_FULL
    23: OpenProblem.NO_PERMISSION,  # SQLITE_AUTH
    26: OpenProblem.CORRUPT,  # SQLITE_NOTADB
}
_SQLITE_IOERR = 10
_SQLITE_CANTOPEN = 14
# Extended I/O codes that mean a lock could not be taken or read, not a failing disk.
_SQLITE_IOERR_LOCKS = {
    _SQLITE_IOERR | (n << 8) for n in (8, 9, 14, 15)
}  # UNLOCK, RDLOCK, CHECKRESERVEDLOCK, LOCK

_ERRNO_KINDS = {
    errno.EACCES: OpenProblem.NO_PERMISSION,
    errno.EPERM: OpenProblem.NO_PERMISSION,
    errno.ENOENT: OpenProblem.MISSING_FOLDER,
    errno.ENOTDIR: OpenProblem.MISSING_FOLDER,
    errno.ENOSPC: OpenProblem.NO_SPACE,
    errno.EDQUOT: OpenProblem.NO_SPACE,
    errno.EFBIG: OpenProblem.NO_SPACE,
    errno.EROFS: OpenProblem.READ_ONLY,
}


def access_problem(path: Path) -> OpenProblem | None:
    """What the file system says about the file and its companions, without changing them."""
    folder = path.parent
    if not folder.is_dir():
        return OpenProblem.MISSING_FOLDER
    if not os.access(folder, os.X_OK) or (path.exists() and not os.access(path, os.R_OK)):
        return OpenProblem.NO_PERMISSION
    companions = [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")]
    if any(p.exists() and not os.access(p, os.W_OK) for p in companions):
        return OpenProblem.READ_ONLY
    if not os.access(folder, os.W_OK):
        return OpenProblem.READ_ONLY
    return None


def _disk_full(path: Path) -> OpenProblem | None:
    """SQLite reports some failed writes as plain I/O errors: a full disk, or a limit on the
    size of files this program may write (ulimit -f), is a cause it does not name."""
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return None
    if free < 1_000_000:
        return OpenProblem.NO_SPACE
    if sys.platform != "win32":
        import resource

        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        if limit != resource.RLIM_INFINITY and path.exists():
            largest = max(Path(f"{path}{s}").stat().st_size
                          for s in ("", "-wal") if Path(f"{path}{s}").exists())  # fmt: skip
            if largest + 1_000_000 > limit:
                return OpenProblem.NO_SPACE
    return None


def met_in_file(exc: BaseException) -> bool:
    """An error SQLite raised reading the history (perhaps met damage the check had not yet
    looked for), as opposed to one of the app's own."""
    import sqlite3  # as in classify()

    return isinstance(exc, sqlite3.Error | UnicodeDecodeError)


def classify(exc: BaseException, path: Path) -> HistoryOpenError:
    """The kind of an error raised while opening path (sqlite3 or the file system)."""
    import sqlite3  # here, not above: the start-up path imports this module before its first paint

    if isinstance(exc, HistoryOpenError):
        return exc
    detail = str(exc)
    if isinstance(exc, UnicodeDecodeError):  # SQLite's words quoting bytes of a broken schema
        return HistoryOpenError(OpenProblem.CORRUPT, path, detail)
    if isinstance(exc, OSError) and exc.errno is None and exc.__cause__ is not None:
        return classify(exc.__cause__, path)  # e.g. a backup copy that failed in SQLite
    if isinstance(exc, OSError):
        code = exc.errno if exc.errno is not None else -1
        return HistoryOpenError(_ERRNO_KINDS.get(code, OpenProblem.DISK_ERROR), path, detail)
    if isinstance(exc, sqlite3.Error):
        extended = getattr(exc, "sqlite_errorcode", None)
        if extended is None:
            return HistoryOpenError(access_problem(path) or OpenProblem.DISK_ERROR, path, detail)
        primary = extended & 0xFF
        if extended in _SQLITE_IOERR_LOCKS:
            return HistoryOpenError(OpenProblem.LOCKED, path, detail)
        if primary in (_SQLITE_CANTOPEN, _SQLITE_IOERR, 3):
            seen = access_problem(path) or (_disk_full(path) if primary == _SQLITE_IOERR else None)
            if seen is not None:
                return HistoryOpenError(seen, path, detail)
        if primary in _SQLITE_KINDS:
            return HistoryOpenError(_SQLITE_KINDS[primary], path, detail)
        return HistoryOpenError(OpenProblem.DISK_ERROR, path, detail)
    raise exc


def write_words(kind: OpenProblem) -> str:
    """What happened to a change that could not be saved, then what to do, for a kind; the
    words for kinds not listed here are DISK_ERROR's."""
    words = {
        OpenProblem.BUSY: translate(
            "HistoryErrors",
            "Another program was saving to your exercise history file at the same moment "
            "(perhaps a backup or file-sharing program). Wait a minute, then try again.",
        ),
        OpenProblem.LOCKED: translate(
            "HistoryErrors",
            "Another program has locked your exercise history file. Close programs that may use "
            "it (a backup, a file-sharing program or a database tool), then try again.",
        ),
        OpenProblem.READ_ONLY: translate(
            "HistoryErrors",
            "Your exercise history file or its folder has become read-only ({folder}). Ask "
            "someone to make that folder writable for you again, then try again.",
        ),
        OpenProblem.NO_SPACE: translate(
            "HistoryErrors",
            "The disk is full. Free some space (empty the wastebasket, remove large files you do "
            "not need), then try again.",
        ),
        OpenProblem.NO_PERMISSION: translate(
            "HistoryErrors",
            "You are no longer allowed to change your exercise history file ({path}). Ask someone "
            "to give the folder back to you, then try again.",
        ),
        OpenProblem.CORRUPT: translate(
            "HistoryErrors",
            "Your exercise history file is damaged. Close the app and open it again: it will keep "
            "the damaged file aside and offer your backups.",
        ),
        OpenProblem.DISK_ERROR: translate(
            "HistoryErrors",
            "The computer could not save to your exercise history file just now. Try again; if it "
            "keeps happening, restart the computer.",
        ),
    }
    return words.get(kind, words[OpenProblem.DISK_ERROR])


class HistoryWriteError(HistoryError):
    """A change could not be saved, for a reason of one kind; the transaction was rolled back,
    so the history is as it was before the change."""

    def __init__(self, kind: OpenProblem, path: Path, detail: str = "") -> None:
        self.kind = kind
        self.path = path
        self.detail = detail
        super().__init__(write_words(kind).format(path=path, folder=path.parent))


def write_error(exc: BaseException, path: Path) -> HistoryWriteError:
    """The kind of an error raised while writing to path, told apart as classify() does."""
    if isinstance(exc, HistoryWriteError):
        return exc
    return HistoryWriteError(classify(exc, path).kind, path, str(exc))


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Raise storage's own HistoryWriteError for any SQLite error inside the block (a file
    error keeps its own type: callers tell the person about those already)."""
    import sqlite3  # as in classify(): not on the start-up path

    try:
        yield
    except sqlite3.Error as exc:
        raise write_error(exc, path) from exc
