"""A person's routines: create, rename, duplicate, delete with undo, reorder, the daily one."""

from __future__ import annotations

from datetime import date

import pytest

from footdrop_gui import bundled
from footdrop_gui.core.routine import UNSAVED, Routine, RoutineRef, default_entry
from footdrop_gui.storage.journal import Journal, Rating
from footdrop_gui.storage.routine_store import RoutineStore
from tests.storage.sessions import program, run_session

CATALOG = bundled.catalog()


def routine(name: str, *ids: str) -> Routine:
    return Routine(UNSAVED, name, "", tuple(default_entry(CATALOG.get(i)) for i in ids))


@pytest.fixture
def store(journal: Journal) -> RoutineStore:
    return RoutineStore(journal, CATALOG)


def names(store: RoutineStore) -> list[str]:
    return [s.routine.name for s in store.all()]


def test_create_rename_duplicate_and_the_first_is_daily(store: RoutineStore) -> None:
    first = store.add(routine("Morning", "toe-lifts", "calf-stretch"))
    store.add(routine("Evening", "epsom-salt-soak"))
    assert names(store) == ["Morning", "Evening"]
    daily = store.daily()
    assert daily is not None and daily.id == first
    store.rename(first, "Mornings")
    copy = store.duplicate(first)
    assert names(store) == ["Mornings", "Evening", "Mornings (copy)"]
    assert store.get(copy).routine.exercise_ids == ("toe-lifts", "calf-stretch")
    assert store.get(copy).routine.ref == RoutineRef.mine(copy)  # one value, no "mine-7" text
    assert store.get(copy).routine.ref.stored_id == copy
    store.set_daily(copy)
    assert [s.is_daily for s in store.all()] == [False, False, True]


def test_reordering_moves_one_place_and_stops_at_the_ends(store: RoutineStore) -> None:
    ids = [store.add(routine(n, "toe-lifts")) for n in ("A", "B", "C")]
    store.move(ids[2], -1)
    assert names(store) == ["A", "C", "B"]
    store.move(ids[0], -1)
    assert names(store) == ["A", "C", "B"]
    store.move(ids[0], +1)
    assert names(store) == ["C", "A", "B"]


def test_delete_can_be_undone_until_purged(store: RoutineStore, journal: Journal) -> None:
    kept = store.add(routine("Keep", "toe-lifts"))
    gone = store.add(routine("Gone", "toe-lifts"))
    store.delete(gone)
    assert names(store) == ["Keep"]
    store.restore(gone)
    assert names(store) == ["Keep", "Gone"]
    store.delete(gone)
    journal.purge_deleted()
    store.restore(gone)
    assert [s.id for s in store.all()] == [kept]


def test_saved_doses_come_back_exactly(store: RoutineStore) -> None:
    from dataclasses import replace

    toe = default_entry(CATALOG.get("toe-lifts"))
    changed = replace(toe, prescription=replace(toe.prescription, reps=20), affected_extra_sets=1)
    saved = store.add(Routine(UNSAVED, "Mine", "", (changed,)))
    assert store.get(saved).routine.entries == (changed,)


def test_outcomes_tell_a_full_session_from_a_short_one(journal: Journal) -> None:
    full = run_session(journal, program("calf-stretch"), 200)
    journal.set_rating(full, Rating(3, 2, "easy"))
    run_session(journal, program("calf-stretch"), 50)
    short, complete = journal.exercise_outcomes("calf-stretch")
    assert (short.complete, complete.complete) == (False, True)
    assert (complete.effort, complete.pain_before, complete.pain_after) == ("easy", 3, 2)


def test_a_declined_suggestion_is_remembered(journal: Journal) -> None:
    assert journal.declined_until("toe-lifts") is None
    journal.decline("toe-lifts", "reps", date(2026, 12, 2))
    assert journal.declined_until("toe-lifts") == date(2026, 12, 2)


def test_the_band_used_is_kept_with_the_session(journal: Journal) -> None:
    from dataclasses import replace

    from footdrop_gui.core.program import compile_program

    band = default_entry(CATALOG.get("band-dorsiflexion-seated"))
    mine = Routine(UNSAVED, "Bands", "", (replace(band, band_level=3),))
    session = journal.start_session("Bands", compile_program(mine.program_entries(CATALOG)))
    assert journal.session_bands(session) == {"band-dorsiflexion-seated": 3}
