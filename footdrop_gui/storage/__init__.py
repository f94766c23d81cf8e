"""Files on disk: the history database, backups, routine files and where they all live.

sqlite3 and files only, never Qt; a failure is raised as one of storage's own errors
(errors.py), so no other layer needs to know SQLite.
"""
