"""The report's figures from plain rows: periods, adherence, flags, planned doses, changes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from footdrop_gui import bundled
from footdrop_gui.core.program import Entry, Side
from footdrop_gui.core.progression import DECLINE_WAIT
from footdrop_gui.core.report_numbers import (
    Period,
    adherence,
    default_period,
    dose_changes,
    flag_reasons,
    planned_doses,
)

TODAY = date(2026, 11, 30)
CATALOG = bundled.catalog()


@dataclass(frozen=True)
class Row:
    started_at: datetime
    status: str = "finished"
    planned_reps: int = 10
    done_reps: int = 10
    pain_before: int | None = None
    pain_after: int | None = None
    id: int = 1
    title: str = "Toe lifts"
    ended_at: datetime | None = None


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10).astimezone()


def test_the_period_runs_from_the_last_visit_before_today_or_four_weeks() -> None:
    assert default_period(TODAY, []) == Period(date(2026, 11, 3), TODAY)
    assert default_period(TODAY, []).days == 28
    visits = [date(2026, 10, 1), date(2026, 11, 12), TODAY]  # today's visit starts the next
    assert default_period(TODAY, visits) == Period(date(2026, 11, 12), TODAY)


def test_days_planned_start_with_the_first_session_ever() -> None:
    period = Period(date(2026, 11, 1), TODAY)
    rows = [
        Row(at(date(2026, 11, 21))),
        Row(at(date(2026, 11, 21)), status="ended-early", done_reps=4),
        Row(at(date(2026, 11, 25)), done_reps=9),  # finished, but short of the plan
        Row(at(date(2026, 11, 26)), done_reps=0, status="ended-early"),  # nothing done
    ]
    result = adherence(rows, period, date(2026, 11, 21))
    assert (result.days_done, result.days_planned) == (2, 10)
    assert (result.sessions_full, result.sessions_partly) == (1, 3)


def test_sessions_are_flagged_for_high_pain_rising_pain_or_ending_early() -> None:
    day = at(TODAY)
    assert flag_reasons(Row(day, pain_before=7, pain_after=5)) == ("pain 7 of 10",)
    assert flag_reasons(Row(day, pain_before=2, pain_after=3)) == ("pain rose from 2 to 3",)
    assert flag_reasons(Row(day, status="partial")) == ("ended early",)
    assert flag_reasons(Row(day, pain_before=6, pain_after=6)) == ()
    assert flag_reasons(Row(day, pain_before=None, pain_after=9)) == ("pain 9 of 10",)


def test_planned_doses_count_each_foot_and_the_affected_foots_extra_set() -> None:
    band = CATALOG.get("band-dorsiflexion-seated")
    p = band.prescription
    plain = planned_doses([Entry(band, p)], Side.LEFT)
    assert plain[("band-dorsiflexion-seated", "left")][:2] == (p.sets * p.reps, p.sets)
    extra = planned_doses([Entry(band, p, affected_extra_sets=1)], Side.LEFT)
    assert extra[("band-dorsiflexion-seated", "left")][1] == p.sets + 1
    assert extra[("band-dorsiflexion-seated", "right")][1] == p.sets
    held = plain[("band-dorsiflexion-seated", "right")][2]
    assert held == p.sets * p.reps * p.hold_seconds


def test_steps_taken_and_declined_in_the_period() -> None:
    toe = CATALOG.get("toe-lifts")
    more = replace(toe.prescription, reps=toe.prescription.reps + 2)
    plans = [
        (date(2026, 10, 20), [Entry(toe, toe.prescription)]),
        (date(2026, 11, 10), [Entry(toe, toe.prescription)]),
        (date(2026, 11, 12), [Entry(toe, more)]),
    ]
    declined = [("toe-lifts", "hold_seconds", date(2026, 11, 20) + DECLINE_WAIT)]
    changes = dose_changes(plans, declined, Period(date(2026, 11, 1), TODAY))
    assert [(c.day, c.field, c.before, c.after) for c in changes] == [
        (date(2026, 11, 12), "reps", toe.prescription.reps, toe.prescription.reps + 2),
        (date(2026, 11, 20), "hold_seconds", None, None),
    ]
    assert dose_changes(plans, declined, Period(TODAY - timedelta(days=2), TODAY)) == []


def test_a_saved_plan_keeps_the_affected_foots_extras_and_band() -> None:
    import json

    from footdrop_gui.core.program import compile_program
    from footdrop_gui.core.report_numbers import entries_from_plan
    from footdrop_gui.storage.journal import plan_json

    band = CATALOG.get("band-dorsiflexion-seated")
    entry = Entry(
        band, band.prescription, affected_extra_sets=1, affected_extra_hold=2, band_level=3
    )
    saved = json.loads(plan_json(compile_program([entry], Side.LEFT)))["entries"]
    assert entries_from_plan(saved, CATALOG) == [entry]
    saved[0].update(band_level=99, affected_extra_sets=50)  # a file edited by hand
    assert entries_from_plan(saved, CATALOG)[0].band_level is None
    assert entries_from_plan(saved, CATALOG)[0].affected_extra_sets == 3
