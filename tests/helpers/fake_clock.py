"""A clock for tests: time passes only when a test says so, never by sleeping.

It keeps footdrop_gui.core.clock.Clock's protocol, so the engine, the session screen and the
recorder run on it exactly as on the real MonotonicClock.
"""

from __future__ import annotations


class FakeClock:
    """A clock that moves only when told: advance() for time passing, suspend() for sleep."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self._slept = 0.0

    def now(self) -> float:
        return self._now

    def slept(self) -> float:
        return self._slept

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self._now += seconds

    def suspend(self, seconds: float) -> None:
        """The machine sleeps: the monotonic clock stands still, the sleep total grows."""
        self._slept += seconds
