"""The history schema, as an ordered list of migrations (index n takes version n to n+1).

Never edit a released migration: add a new one. Each keeps a small database file of its
version under tests/data/ so upgrades from every earlier version stay tested.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _v1(conn: sqlite3.Connection) -> None:
    """Sessions, what was done in them (one row per rep, hold, set or timed activity),
    ratings, and physical-therapy visits."""
    conn.execute(
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            plan_json TEXT NOT NULL,
            planned_reps INTEGER NOT NULL,
            planned_seconds INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'finished', 'ended-early', 'partial')),
            deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            step_index INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('rep', 'hold', 'move', 'timed', 'set')),
            exercise_id TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
            set_number INTEGER NOT NULL,
            rep_number INTEGER NOT NULL,
            planned_seconds REAL NOT NULL,
            actual_seconds REAL NOT NULL,
            hold_seconds REAL NOT NULL DEFAULT 0,
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            interrupted INTEGER NOT NULL DEFAULT 0 CHECK (interrupted IN (0, 1))
        )
        """
    )
    conn.execute("CREATE INDEX activities_by_session ON activities (session_id, step_index)")
    conn.execute("CREATE INDEX sessions_by_start ON sessions (started_at)")
    conn.execute(
        """
        CREATE TABLE ratings (
            session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
            pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
            pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
            effort TEXT CHECK (effort IN ('easy', 'about-right', 'hard')),
            note TEXT NOT NULL DEFAULT ''
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE therapy_visits (
            id INTEGER PRIMARY KEY,
            visit_date TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            questions TEXT NOT NULL DEFAULT ''
        )
        """
    )


def _v2(conn: sqlite3.Connection) -> None:
    """A person's own routines (kept in the routine-file format), the reps planned for each
    exercise of a session (so progression can tell a session done in full), and declined
    suggestions to do more."""
    conn.execute(
        """
        CREATE TABLE routines (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            routine_json TEXT NOT NULL,
            is_daily INTEGER NOT NULL DEFAULT 0 CHECK (is_daily IN (0, 1)),
            deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE session_exercises (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            exercise_id TEXT NOT NULL,
            planned_reps INTEGER NOT NULL,
            PRIMARY KEY (session_id, exercise_id)
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE declined_suggestions (
            exercise_id TEXT NOT NULL,
            field TEXT NOT NULL,
            until TEXT NOT NULL,
            PRIMARY KEY (exercise_id, field)
        )
        """
    )


MIGRATIONS: list[Migration] = [_v1, _v2]
