"""A fake desktop notification service on a private bus (dbus-run-session), per test."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection

FAKE = Path(__file__).with_name("fake_notifications.py")
_names = itertools.count()


@dataclass
class FakeNotifications:
    """The running fake: what it was asked to show, and a way to press its buttons."""

    bus: QDBusConnection
    log: Path
    control: Path

    def calls(self) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines()]

    def press(self, action: str) -> None:
        """The person presses a button (or closes it, with "close") on the last notification."""
        with self.control.open("a") as handle:
            handle.write(f"{self.calls()[-1]['id']} {action}\n")


def start_fake(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        ["dbus-run-session", "--", sys.executable, str(FAKE), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,  # its own process group: the bus and the fake end together
    )
    assert process.stdout is not None
    line = process.stdout.readline().split()
    assert line[:1] == ["ready"], "the fake notification service did not start"
    return process, line[1]


def stop_fake(process: subprocess.Popen[str]) -> None:
    """End dbus-run-session, its bus daemon and the fake (terminating only the first would
    leave the other two running)."""
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=10)
    if process.stdout is not None:
        process.stdout.close()


@pytest.fixture
def notifications(tmp_path: Path, qapp: object) -> Iterator[FakeNotifications]:
    log, control = tmp_path / "notify.jsonl", tmp_path / "control"
    process, address = start_fake(tmp_path, str(log), str(control))
    name = f"footdrop-test-{next(_names)}"
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected()
    try:
        yield FakeNotifications(bus, log, control)
    finally:
        QDBusConnection.disconnectFromBus(name)
        stop_fake(process)
