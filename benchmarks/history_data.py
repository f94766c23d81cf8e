"""Made-up but realistic history: daily sessions with gaps, ratings and therapy visits.

Used by `make bench` (ten years of daily sessions) and by the screenshot script (a few
months). It writes in bulk, in one transaction: a tool's shortcut, not the app's way.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, datetime, time, timedelta

from footdrop_gui import bundled
from footdrop_gui.core.activity import rep_kind
from footdrop_gui.core.program import Entry, Milestone, compile_program
from footdrop_gui.storage.journal import plan_json

EFFORTS = ("easy", "about-right", "about-right", "hard")


def fill(
    conn: sqlite3.Connection,
    days: int,
    end: date,
    exercise_ids: list[str],
    days_off: float = 0.18,
    seed: int = 7,
) -> tuple[int, int]:
    """Sessions of the given exercises on the `days` days up to `end`, but for days off.

    Returns (sessions, reps) written. Pain eases slowly over the period, as hoped.
    """
    catalog = bundled.catalog()
    program = compile_program(
        [Entry(catalog.get(i), catalog.get(i).prescription) for i in exercise_ids]
    )
    title = "Daily foot-drop routine" if len(exercise_ids) > 3 else "Morning exercises"
    plan = plan_json(program)
    planned_reps = sum(Milestone.REP in s.completes for s in program.steps)
    rng = random.Random(seed)
    sessions = reps = 0
    conn.execute("BEGIN")
    for offset in range(days, 0, -1):
        day = end - timedelta(days=offset - 1)
        if rng.random() < days_off:
            continue  # a day off
        start = datetime.combine(day, time(9)) + timedelta(minutes=rng.randint(0, 150))
        moment = start.astimezone()
        ended_early = rng.random() < 0.1
        last_step = len(program.steps) if not ended_early else rng.randint(5, len(program.steps))
        rows = []
        for index, step in enumerate(program.steps[:last_step]):
            moment += timedelta(seconds=step.seconds + rng.uniform(0, 0.4))
            kinds = []
            if Milestone.REP in step.completes:
                kinds.append(rep_kind(program, index))
            if Milestone.SET in step.completes:
                kinds.append("set")
            for kind in kinds:
                # a rep that ends with its release was held during the step before
                hold_step = program.steps[index - 1] if kind == "rep" else step
                held = 0 if kind in ("set", "move") else hold_step.seconds
                planned = step.seconds + (hold_step.seconds if kind == "rep" else 0)
                rows.append(
                    (
                        index, kind, step.exercise_id, step.side.value, step.set_number,
                        0 if kind == "set" else step.rep_number, planned,
                        planned + rng.uniform(0, 0.4), held,
                        (moment - timedelta(seconds=step.seconds)).isoformat(),
                        moment.isoformat(),
                    )
                )  # fmt: skip
        cursor = conn.execute(
            "INSERT INTO sessions (title, plan_json, planned_reps, planned_seconds, started_at, "
            "ended_at, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                title, plan, planned_reps, program.total_seconds,
                start.astimezone().isoformat(), moment.isoformat(),
                "ended-early" if ended_early else "finished",
            ),
        )  # fmt: skip
        session = cursor.lastrowid
        conn.executemany(
            "INSERT INTO activities (session_id, step_index, kind, exercise_id, side, set_number, "
            "rep_number, planned_seconds, actual_seconds, hold_seconds, started_at, ended_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(session, *row) for row in rows],
        )
        reps += sum(1 for row in rows if row[1] != "set")
        sessions += 1
        progress = 1 - offset / days
        if rng.random() < 0.7:
            before = max(0, min(10, round(6 - 4 * progress + rng.gauss(0, 1))))
            after = max(0, before - rng.choice((0, 1, 1, 2)))
            conn.execute(
                "INSERT INTO ratings (session_id, pain_before, pain_after, effort, note) "
                "VALUES (?, ?, ?, ?, ?)",
                (session, before, after, rng.choice(EFFORTS), ""),
            )
        if offset % 14 == 0:
            conn.execute(
                "INSERT INTO therapy_visits (visit_date, note, questions) VALUES (?, ?, ?)",
                (day.isoformat(), "Walking practice and a check of my exercises", ""),
            )
    conn.execute("COMMIT")
    return sessions, reps
