"""One app per data folder, so the history has one writer: a lock held by the kernel.

The lock is taken on an open file (app.lock) with flock (LockFileEx on Windows). The kernel
releases it when the process ends in any way, crash and power cut included, so a lock can
never be left behind; what the file contains (the holder's process id, for whoever looks) is
never trusted, so an empty or garbage file - from a full disk or an older version - cannot
lock the person out.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from footdrop_gui.storage.errors import HistoryOpenError, OpenProblem, classify

LOCK_FILE = "app.lock"
# A reminder asking is_held() holds the lock for microseconds: a start then tries again.
_TRIES = 3
_RETRY_SECONDS = 0.02


class AlreadyRunningError(HistoryOpenError):
    """Another copy of the app already uses this data folder."""

    def __init__(self, path: Path) -> None:
        super().__init__(OpenProblem.ALREADY_OPEN, path)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _lock_soon(fd: int) -> bool:
    """The lock, tried a few times a moment apart: another copy that really runs keeps it."""
    for attempt in range(_TRIES):
        if _try_lock(fd):
            return True
        if attempt + 1 < _TRIES:
            time.sleep(_RETRY_SECONDS)
    return False


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def is_held(data_dir: Path) -> bool:
    """True while a copy of the app holds the folder's lock (asked of the kernel, never of
    the file's contents). The probe's own lock lasts microseconds; an app starting in that
    instant tries again (see InstanceLock.acquire)."""
    try:
        fd = os.open(data_dir / LOCK_FILE, os.O_RDONLY)
    except OSError:
        return False  # no lock file: no app has ever run here, or it cannot be read
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)
        return False
    finally:
        os.close(fd)


class InstanceLock:
    """Held from acquire() until release() or the end of the process."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, data_dir: Path) -> InstanceLock:
        """Take the folder's lock, or raise AlreadyRunningError if another copy holds it."""
        path = data_dir / LOCK_FILE
        try:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except PermissionError:  # a file left by another user can still be locked
                fd = os.open(path, os.O_RDONLY)
        except OSError as exc:
            raise classify(exc, path) from exc
        if not _lock_soon(fd):
            os.close(fd)
            raise AlreadyRunningError(path)
        if sys.platform != "win32":  # only for whoever looks; a full disk here does not matter
            try:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
            except OSError:
                pass
        return cls(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the file releases the lock
            self._fd = None
