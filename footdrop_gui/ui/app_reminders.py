"""While the app is open, it gives the reminders itself (the timer's `footdrop remind` then
stays quiet), and where the desktop has a tray it shows an icon with Start, Show and Quit.

The same Reminder as the headless command decides and notifies, looking at the wall clock
each minute; "Start now" starts the daily routine in this window instead of a new app.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from footdrop_gui import APP_NAME
from footdrop_gui.reminders.notifier import DesktopNotifier
from footdrop_gui.reminders.remind import LOOK_EVERY_MS, Reminder
from footdrop_gui.ui.illustration import app_icon

translate = QCoreApplication.translate


class AppReminders(QObject):
    """The open app's reminders and tray icon (the icon only where a tray exists).

    in_session tells whether a session is running; start_daily starts the daily routine
    unless one is.
    """

    def __init__(
        self,
        window: QWidget,
        data_dir: Path,
        in_session: Callable[[], bool],
        start_daily: Callable[[], None],
        bus: QDBusConnection | None = None,
        look_every_ms: int = LOOK_EVERY_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._in_session = in_session
        self._start_daily = start_daily
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = self._make_tray()
        self.reminder = Reminder(
            data_dir,
            DesktopNotifier(bus, parent=self),
            keep_watching=True,
            start_app=lambda _folder: self.start_daily(),
            look_every_ms=look_every_ms,
            fallback=self._tray_message,
            hold_back=self._in_use,
        )
        self._timer = QTimer(self, interval=look_every_ms)
        self._timer.timeout.connect(self.reminder.look)  # every day, while the app is open
        self._timer.start()

    def _in_use(self) -> bool:
        """The person is using the app right now (a session, or its window): no reminder."""
        return self._in_session() or self._window.isActiveWindow()

    def start_daily(self) -> bool:
        self.show_window()
        self._start_daily()
        return True

    def show_window(self) -> None:
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(APP_NAME)
        menu = QMenu(self._window)
        menu.addAction(translate("AppReminders", "Start my daily routine"), self.start_daily)
        menu.addAction(translate("AppReminders", "Show"), self.show_window)
        menu.addSeparator()
        menu.addAction(translate("AppReminders", "Quit"), self._window.close)
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_activated)
        tray.messageClicked.connect(self.start_daily)
        tray.show()
        return tray

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def _tray_message(self, title: str, body: str) -> bool:
        if self.tray is None or not QSystemTrayIcon.supportsMessages():
            return False
        text = translate("AppReminders", "{message}\nClick here to start.").format(message=body)
        self.tray.showMessage(title, text, app_icon())
        return True
