"""One desktop notification over D-Bus (org.freedesktop.Notifications), with its buttons.

Every Linux desktop (GNOME, KDE, Xfce, ...; X11 or Wayland) runs this service. The call goes
through a QDBusInterface because the spec's replaces_id is an unsigned int, which a Python
int only becomes when Qt marshals it from the method's introspected signature.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
APP_ID = "footdrop"  # the desktop entry and icon name the packages install
CALL_TIMEOUT_MS = 5000  # a hung notification service must not hang the reminder
NEVER_EXPIRE = 0  # the reminder stays until the person answers or closes it


class DesktopNotifier(QObject):
    """Shows a notification and reports which button was pressed, or that it was closed."""

    action = Signal(str)  # the action key of a button of our notification
    closed = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._id = 0
        self._listening = False

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> bool:
        """Show (or replace) our notification; False when no notification service answers."""
        if not self._bus.isConnected():
            return False
        service = QDBusInterface(SERVICE, PATH, SERVICE, self._bus)
        if not service.isValid():
            return False
        service.setTimeout(CALL_TIMEOUT_MS)
        self._listen()
        flat = [part for key, label in actions for part in (key, label)]
        answer = QMetaObject.invokeMethod(
            service,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG(str, APP_ID),
            Q_ARG("uint", self._id),
            Q_ARG(str, APP_ID),
            Q_ARG(str, title),
            Q_ARG(str, body),
            Q_ARG("QStringList", flat),
            Q_ARG("QVariantMap", {"desktop-entry": APP_ID}),
            Q_ARG(int, NEVER_EXPIRE),
        )
        self._id = int(answer) if isinstance(answer, int) else 0
        return self._id != 0

    def close(self) -> None:
        """Take our notification away (after it was answered in another way)."""
        if self._id:
            service = QDBusInterface(SERVICE, PATH, SERVICE, self._bus)
            if service.isValid():
                service.setTimeout(CALL_TIMEOUT_MS)
                QMetaObject.invokeMethod(
                    service,
                    "CloseNotification",
                    Qt.ConnectionType.DirectConnection,
                    Q_ARG("uint", self._id),
                )

    def _listen(self) -> None:
        if self._listening:
            return
        self._listening = True
        for signal, slot in (
            ("ActionInvoked", "_on_action(uint,QString)"),
            ("NotificationClosed", "_on_closed(uint,uint)"),
        ):
            self._bus.connect(SERVICE, PATH, SERVICE, signal, self, SLOT(slot))  # type: ignore[call-overload]

    @Slot("uint", str)
    def _on_action(self, notification_id: int, key: str) -> None:
        if notification_id == self._id and self._id:
            self.action.emit(key)

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, _reason: int) -> None:
        if notification_id == self._id and self._id:
            self._id = 0
            self.closed.emit()
