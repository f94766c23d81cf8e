"""Routines: named lists of exercises run as one session (built-in ones come from a data file)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.program import Entry
from footdrop_gui.core.validation import Reader, ValidationError

ROUTINES_SCHEMA_VERSION = 1


class RoutineError(ValueError):
    """A routine file is unreadable or breaks a rule; the message says where."""


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    description: str
    exercise_ids: tuple[str, ...]

    def entries(self, catalog: Catalog) -> list[Entry]:
        """Each exercise at its default prescription."""
        return [Entry(catalog.get(i), catalog.get(i).prescription) for i in self.exercise_ids]


def parse_routines(text: str, catalog: Catalog, source_name: str) -> tuple[Routine, ...]:
    """Built-in routines, checked against the catalog (every exercise id must exist)."""
    try:
        root = Reader(json.loads(text), source_name)
        root.allow_keys("schema_version", "routines")
        if root.integer("schema_version") != ROUTINES_SCHEMA_VERSION:
            root.fail("schema_version", f"expected {ROUTINES_SCHEMA_VERSION}")
        routines = []
        for r in root.children("routines"):
            routine_id = r.slug("id")
            r.name_as(f"routine '{routine_id}'")
            r.allow_keys("id", "name", "description", "exercises")
            ids = r.text_list("exercises", min_items=1)
            known = {e.id for e in catalog.exercises}
            for number, exercise_id in enumerate(ids, start=1):
                if exercise_id not in known:
                    r.fail(f"exercises[{number}]", f"'{exercise_id}' is not a known exercise")
            routines.append(Routine(routine_id, r.text("name"), r.text("description"), ids))
        return tuple(routines)
    except json.JSONDecodeError as exc:
        raise RoutineError(f"{source_name}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    except ValidationError as exc:
        raise RoutineError(str(exc)) from exc
