"""The journal writes as things happen, survives a kill, and reads the history back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from footdrop_gui.core.progress import local_day
from footdrop_gui.storage.journal import Journal, Rating, TherapyVisit
from tests.storage.sessions import program, run_session


def test_every_rep_and_set_is_saved_with_planned_and_actual_time(journal: Journal) -> None:
    session = run_session(journal, program("band-dorsiflexion-standing"), 10 + 5 * 10 + 2)
    rows = journal.activities(session)
    kinds = [r.kind for r in rows]
    assert kinds == ["rep"] * 10 + ["set"]
    first = rows[0]
    assert (first.exercise_id, first.side, first.set_number, first.rep_number) == (
        "band-dorsiflexion-standing",
        "right",
        1,
        1,
    )
    assert (first.planned_seconds, first.actual_seconds, first.hold_seconds) == (5, 5, 3)
    (listed,) = journal.sessions()
    assert (listed.status, listed.done_reps, listed.planned_reps) == ("ended-early", 10, 60)


def test_a_finished_session_is_marked_finished(journal: Journal) -> None:
    run_session(journal, program("calf-stretch"), 200)
    (listed,) = journal.sessions()
    assert (listed.status, listed.done_reps, listed.planned_reps) == ("finished", 3, 3)
    assert journal.unfinished() == []




def test_a_session_killed_between_reps_keeps_every_committed_rep(data_dir: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "tests.storage.recording_child", str(data_dir), "--pause"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        assert child.stdout.readline().split() == ["opened", "False"]
        for expected in range(1, 6):
            assert child.stdout.readline().split()[1] == str(expected)
            if expected < 5:
                child.stdin.write("\n")
                child.stdin.flush()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    journal, notice = Journal.open(data_dir)
    try:
        assert notice is None
        (unfinished,) = journal.unfinished()
        assert (unfinished.title, unfinished.done_reps, unfinished.status) == (
            "Toe lifts",
            5,
            "running",
        )
        point = journal.resume_point(unfinished.id)
        assert point.next_step == 11  # the hold of rep 6 (get ready, then hold + lower per rep)
        assert point.plan[0]["exercise"] == "toe-lifts"
        journal.keep_as_partial(unfinished.id)
        assert journal.unfinished() == []
        assert journal.sessions()[0].status == "partial"
    finally:
        journal.close()


def test_ratings_round_trip_and_can_be_edited(journal: Journal) -> None:
    session = run_session(journal, program("toe-lifts"), 30)
    assert journal.rating(session) is None
    journal.set_rating(session, Rating(pain_before=4, pain_after=2, effort="about-right"))
    assert journal.rating(session) == Rating(4, 2, "about-right", "")
    journal.set_rating(session, Rating(pain_before=4, pain_after=3, note="Left ankle stiff"))
    assert journal.rating(session) == Rating(4, 3, None, "Left ankle stiff")
    assert (journal.sessions()[0].pain_before, journal.sessions()[0].pain_after) == (4, 3)
    with pytest.raises(ValueError, match="effort must be one of"):
        journal.set_rating(session, Rating(effort="brutal"))


def test_therapy_visits_round_trip_newest_first(journal: Journal) -> None:
    journal.add_visit(TherapyVisit(date(2026, 10, 1), "First visit"))
    journal.add_visit(TherapyVisit(date(2026, 11, 5), "Gait training", "Can I use a band?"))
    visits = journal.visits()
    assert [(v.visit_date, v.note, v.questions) for v in visits] == [
        (date(2026, 11, 5), "Gait training", "Can I use a band?"),
        (date(2026, 10, 1), "First visit", ""),
    ]


def test_deleting_can_be_undone_until_purged(journal: Journal) -> None:
    session = run_session(journal, program("toe-lifts"), 30)
    journal.delete_session(session)
    assert journal.sessions() == []
    journal.restore_session(session)
    assert [s.id for s in journal.sessions()] == [session]
    journal.delete_session(session)
    assert journal.purge_deleted() == 1
    journal.restore_session(session)
    assert journal.sessions() == []
    assert journal.activities(session) == []  # its reps went with it


def test_chart_series_come_per_day_exercise_and_foot(journal: Journal) -> None:
    run_session(journal, program("band-dorsiflexion-standing"), 10 + 5 * 10 + 30 + 5 * 10 + 1)
    (started,) = journal.sessions()
    journal.set_rating(started.id, Rating(pain_before=3, pain_after=2))
    (row,) = journal.daily_reps()  # on the day the session started, as in the calendar
    assert row == (local_day(started.started_at), "band-dorsiflexion-standing", "right", 20, 60.0)
    ((_, before, after),) = journal.pain_series()
    assert (before, after) == (3, 2)
