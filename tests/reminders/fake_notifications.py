"""A small org.freedesktop.Notifications service for tests, written with QtDBus.

Run it inside a private session bus (dbus-run-session): it takes the well-known name,
writes each Notify call as one JSON line to the file named on the command line, and emits
ActionInvoked for a notification when a line "<id> <action>" appears in a control file
(the test writes it). Signatures are checked as a real server checks them (susssasa{sv}i).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@ClassInfo({"D-Bus Interface": SERVICE})
class FakeNotifications(QObject):
    ActionInvoked = Signal("uint", str)  # noqa: N815 (D-Bus names)
    NotificationClosed = Signal("uint", "uint")  # noqa: N815

    def __init__(self, log: Path, control: Path) -> None:
        super().__init__()
        self._log = log
        self._control = control
        self._next_id = 0
        self._handled = 0
        self._poll = QTimer(self, interval=20)
        self._poll.timeout.connect(self._read_control)
        self._poll.start()

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(  # noqa: N802, PLR0913
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
        return self._next_id

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:  # noqa: N802
        return ["actions", "body", "persistence"]

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:  # noqa: N802
        self.NotificationClosed.emit(notification_id, 3)

    def _read_control(self) -> None:
        if not self._control.exists():
            return
        lines = self._control.read_text(encoding="utf-8").splitlines()
        for line in lines[self._handled :]:
            number, _, action = line.partition(" ")
            if action == "close":
                self.NotificationClosed.emit(int(number), 2)
            else:
                self.ActionInvoked.emit(int(number), action)
        self._handled = len(lines)


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    service = FakeNotifications(Path(sys.argv[1]), Path(sys.argv[2]))
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllSignals
    )
    if not bus.registerObject(PATH, service, options) or not bus.registerService(SERVICE):
        sys.stderr.write(f"fake notifications: {bus.lastError().message()}\n")
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
