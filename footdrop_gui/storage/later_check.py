"""The full check of a history opened without it (db.open_store(check_later=True)).

A ten-year history takes ~130 ms to check, which the person would wait for before the library
shows. So the check runs on a thread of its own, on a read-only connection, once the library
is on screen; the journal waits for its verdict before its first write, so a damaged file is
still never written to, and is set aside and reported as at start (db.start_anew).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from footdrop_gui.storage.db import full_check
from footdrop_gui.storage.errors import HistoryOpenError


class LaterCheck:
    """One full check, run once on a thread; verdict() waits for it."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._problem: HistoryOpenError | None = None
        self._thread: threading.Thread | None = None

    def start(self, done: Callable[[], None] = lambda: None) -> None:
        """Begin the check; done() is called on the check's thread when it has a verdict."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, args=(done,), daemon=True)
            self._thread.start()

    def _run(self, done: Callable[[], None]) -> None:
        self._problem = full_check(self._path)
        with suppress(RuntimeError):  # the window it tells may be gone already
            done()

    def verdict(self) -> HistoryOpenError | None:
        """The damage found, or None; waits for the check (running it here if never started)."""
        if self._thread is None:
            self._problem = full_check(self._path)
        else:
            self._thread.join()
        return self._problem
