"""What the therapist's report reads from the history besides what the History screen reads:
each session's plan, its rating's effort and note, and declined suggestions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from footdrop_gui.core.progress import local_day
from footdrop_gui.storage.journal import Journal, SessionRow, TherapyVisit


@dataclass(frozen=True)
class HistoryRows:
    """Every row a report is made from (the whole history; the report picks its period)."""

    sessions: list[SessionRow]  # newest first, as the History screen lists them
    daily_reps: list[tuple[date, str, str, int, float]]
    daily_sets: list[tuple[date, str, str, int, float]]
    plans: list[tuple[date, list[dict[str, Any]]]]  # each session's local day and plan
    efforts: list[tuple[datetime, str]]
    notes: dict[int, str]
    visits: list[TherapyVisit]
    declined: list[tuple[str, str, date]]  # exercise, field, offered again on


def read_history(journal: Journal) -> HistoryRows:
    conn = journal.connection
    plans = []
    parsed: dict[str, list[dict[str, Any]]] = {}  # most sessions share one plan's text
    for started, text in conn.execute(
        "SELECT started_at, plan_json FROM sessions WHERE deleted = 0"
    ):
        if text not in parsed:
            try:
                parsed[text] = list(json.loads(text)["entries"])
            except (ValueError, KeyError, TypeError):
                parsed[text] = []
        plans.append((local_day(datetime.fromisoformat(started)), parsed[text]))
    efforts, notes = [], {}
    for session, started, effort, note in conn.execute(
        "SELECT s.id, s.started_at, r.effort, r.note FROM ratings r "
        "JOIN sessions s ON s.id = r.session_id WHERE s.deleted = 0"
    ):
        if effort:
            efforts.append((datetime.fromisoformat(started).astimezone(), effort))
        if note:
            notes[session] = note
    declined = [
        (exercise, field, date.fromisoformat(until))
        for exercise, field, until in conn.execute(
            "SELECT exercise_id, field, until FROM declined_suggestions"
        )
    ]
    return HistoryRows(
        journal.sessions(),
        journal.daily_reps(),
        journal.daily_sets(),
        plans,
        efforts,
        notes,
        journal.visits(),
        declined,
    )
