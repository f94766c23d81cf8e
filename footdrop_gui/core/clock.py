"""Clocks: the only source of time for sessions, so tests can drive time without sleeping
(tests/helpers/fake_clock.py: a clock that moves only when told).

Remaining time is always a deadline minus ``now()``; nothing counts ticks. ``slept()`` tells how
long the machine was suspended in total (a monotonic clock stops during suspend on Linux and
macOS, the boot-time clock does not), so a session can notice that the person was away.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a monotonic scale: never goes back, unaffected by wall-clock changes."""
        ...

    def slept(self) -> float:
        """Total seconds the machine has been suspended so far (0 where it cannot be known)."""
        ...


class MonotonicClock:
    """The real clock: time.monotonic, and CLOCK_BOOTTIME where the system has it."""

    def __init__(self) -> None:
        self._has_boottime = hasattr(time, "CLOCK_BOOTTIME")
        self._base = self._gap()

    def now(self) -> float:
        return time.monotonic()

    def _gap(self) -> float:
        if not self._has_boottime:
            return 0.0
        return time.clock_gettime(time.CLOCK_BOOTTIME) - time.monotonic()

    def slept(self) -> float:
        return max(0.0, self._gap() - self._base)
