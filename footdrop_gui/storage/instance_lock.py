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
from pathlib import Path

from footdrop_gui.storage.errors import HistoryOpenError, OpenProblem, classify

LOCK_FILE = "app.lock"


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
        if not _try_lock(fd):
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
