"""A small org.freedesktop.Notifications service for tests, written with QtDBus.

Run it inside a private session bus (`dbus-run-session -- python fake_notifications.py LOG
CONTROL [ANSWER]`): it takes the well-known name, prints "ready <bus address>", writes each
Notify call as one JSON line to LOG, and emits ActionInvoked (or, for "close",
NotificationClosed) when a line "<id> <action>" appears in CONTROL (the test writes it).
With ANSWER it answers every notification so at once, as a person clicking a button.
Calls are matched by signature as a real server does (susssasa{sv}i), so a wrong type fails.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@ClassInfo({"D-Bus Interface": SERVICE})
class FakeNotifications(QObject):
    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, log: Path, control: Path, answer: str) -> None:
        super().__init__()
        self._answer = answer
        self._log = log
        self._control = control
        self._next_id = 0
        self._handled = 0
        self._poll = QTimer(self, interval=20)
        self._poll.timeout.connect(self._read_control)
        self._poll.start()

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        expire_timeout: int,
    ) -> int:
        self._next_id += 1
        record = {
            "id": self._next_id,
            "app_name": app_name,
            "replaces_id": replaces_id,
            "app_icon": app_icon,
            "summary": summary,
            "body": body,
            "actions": actions,
            "hints": sorted(hints),
            "expire_timeout": expire_timeout,
        }
        with self._log.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")
        if self._answer:
            number = self._next_id
            QTimer.singleShot(50, lambda: self._emit(number, self._answer))
        return self._next_id

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body", "persistence"]

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:
        self.NotificationClosed.emit(notification_id, 3)

    def _read_control(self) -> None:
        if not self._control.exists():
            return
        lines = self._control.read_text(encoding="utf-8").splitlines()
        for line in lines[self._handled :]:
            number, _, action = line.partition(" ")
            self._emit(int(number), action)
        self._handled = len(lines)

    def _emit(self, number: int, action: str) -> None:
        if action == "close":
            self.NotificationClosed.emit(number, 2)
        else:
            self.ActionInvoked.emit(number, action)


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    answer = sys.argv[3] if len(sys.argv) > 3 else ""
    service = FakeNotifications(Path(sys.argv[1]), Path(sys.argv[2]), answer)
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllSignals
    )
    if not bus.registerObject(PATH, service, options) or not bus.registerService(SERVICE):
        sys.stderr.write(f"fake notifications: {bus.lastError().message()}\n")
        return 1
    print(f"ready {os.environ['DBUS_SESSION_BUS_ADDRESS']}", flush=True)
    gone = QTimer(interval=50)  # the bus ended (dbus-run-session is over): so does the fake
    gone.timeout.connect(lambda: bus.isConnected() or app.quit())
    gone.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
