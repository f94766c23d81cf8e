"""A person's own routines, kept in the database in the routine-file format.

Storing the same JSON a therapist's file uses means one format, one validator: a stored
routine is read back through the same checks as an imported file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.routine import Routine, RoutineError, RoutineRef
from footdrop_gui.core.routine_file import parse_routine_file, routine_to_file
from footdrop_gui.storage.journal import Journal


@dataclass(frozen=True)
class StoredRoutine:
    id: int
    routine: Routine
    is_daily: bool


class RoutineStore:
    """Create, rename, duplicate, delete (with undo), reorder and choose the daily routine."""

    def __init__(self, journal: Journal, catalog: Catalog) -> None:
        self._journal = journal
        self._catalog = catalog

    def all(self) -> list[StoredRoutine]:
        """In their order; a row this version cannot read is left out, never changed."""
        rows = self._journal.connection.execute(
            "SELECT id, routine_json, is_daily FROM routines WHERE deleted = 0 "
            "ORDER BY position, id"
        ).fetchall()
        kept = []
        for row in rows:
            try:
                routine = parse_routine_file(row["routine_json"], self._catalog, "routine")
            except RoutineError:
                continue
            kept.append(
                StoredRoutine(
                    row["id"],
                    replace(routine, ref=RoutineRef.mine(row["id"])),
                    bool(row["is_daily"]),
                )
            )
        return kept

    def get(self, routine_id: int) -> StoredRoutine:
        for stored in self.all():
            if stored.id == routine_id:
                return stored
        raise KeyError(routine_id)

    def daily(self) -> StoredRoutine | None:
        return next((s for s in self.all() if s.is_daily), None)

    def add(self, routine: Routine) -> int:
        """Store a routine at the end of the list; the first one becomes the daily routine."""
        text = routine_to_file(routine, self._catalog)
        with self._journal.transaction() as db:
            first = db.execute("SELECT COUNT(*) FROM routines WHERE deleted = 0").fetchone()[0] == 0
            cursor = db.execute(
                "INSERT INTO routines (position, routine_json, is_daily) VALUES ("
                "(SELECT COALESCE(MAX(position), 0) + 1 FROM routines), ?, ?)",
                (text, int(first)),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def save(self, routine_id: int, routine: Routine) -> None:
        text = routine_to_file(routine, self._catalog)
        with self._journal.transaction() as db:
            db.execute("UPDATE routines SET routine_json = ? WHERE id = ?", (text, routine_id))

    def rename(self, routine_id: int, name: str) -> None:
        self.save(routine_id, replace(self.get(routine_id).routine, name=name))

    def duplicate(self, routine_id: int) -> int:
        original = self.get(routine_id).routine
        return self.add(replace(original, name=f"{original.name} (copy)"))

    def delete(self, routine_id: int) -> None:
        """Hide it (undo brings it back); it is removed for good on the next start."""
        self._set_deleted(routine_id, True)

    def restore(self, routine_id: int) -> None:
        self._set_deleted(routine_id, False)

    def _set_deleted(self, routine_id: int, deleted: bool) -> None:
        with self._journal.transaction() as db:
            db.execute("UPDATE routines SET deleted = ? WHERE id = ?", (int(deleted), routine_id))

    def move(self, routine_id: int, offset: int) -> None:
        """Move up (-1) or down (+1) by swapping places with the neighbour."""
        order = [s.id for s in self.all()]
        here = order.index(routine_id)
        there = here + offset
        if not 0 <= there < len(order):
            return
        order[here], order[there] = order[there], order[here]
        with self._journal.transaction() as db:
            db.executemany(
                "UPDATE routines SET position = ? WHERE id = ?",
                [(position, rid) for position, rid in enumerate(order, start=1)],
            )

    def set_daily(self, routine_id: int | None) -> None:
        """Mark one routine as the daily one; None leaves the built-in daily routine in charge."""
        with self._journal.transaction() as db:
            db.execute("UPDATE routines SET is_daily = COALESCE(id = ?, 0)", (routine_id,))
