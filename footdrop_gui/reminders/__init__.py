"""Daily reminders: deciding (core/reminder_due.py), notifying over D-Bus, and scheduling.

Everything here runs with QtCore and QtDBus only, so `footdrop remind` starts fast and
needs no display; the settings dialog and tray icon live in ui/.
"""
