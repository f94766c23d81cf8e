"""Pure-Python heart of the app: no Qt, no database, no file access.

Keeping it free of I/O makes every rule here testable with plain data and a fake clock.
"""
