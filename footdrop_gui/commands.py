"""Sub-commands that print and exit (no window): for scripts, therapists and support."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TextIO

from footdrop_gui import bundled
from footdrop_gui.core.catalog import CatalogError
from footdrop_gui.core.describe import describe_prescription, duration
from footdrop_gui.core.program import Entry, Program, Step, compile_program
from footdrop_gui.core.routine import Routine, RoutineError
from footdrop_gui.core.routine_file import parse_routine_file
from footdrop_gui.storage import routine_files
from footdrop_gui.storage.db import HISTORY_FILE, HistoryError
from footdrop_gui.storage.export import ExportError
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.paths import resolve_data_dir

BAD_INPUT = 2


def list_exercises(as_json: bool, out: TextIO, err: TextIO) -> int:
    """Print every exercise id, name and default prescription (the ids routine files use)."""
    try:
        catalog = bundled.catalog()
    except CatalogError as exc:
        err.write(f"footdrop: the exercise catalog is damaged: {exc}\n")
        return 1
    if as_json:
        rows = [
            {
                "id": e.id,
                "name": e.name,
                "category": e.category,
                "variant_of": e.variant_of,
                "prescription": e.prescription.as_dict(),
                "ranges": {k: [r.low, r.high] for k, r in e.ranges.items()},
            }
            for e in catalog.exercises
        ]
        json.dump(rows, out, indent=2)
        out.write("\n")
        return 0
    id_width = max(len(e.id) for e in catalog.exercises)
    name_width = max(len(e.name) for e in catalog.exercises)
    for e in catalog.exercises:
        out.write(
            f"{e.id:<{id_width}}  {e.name:<{name_width}}  {describe_prescription(e.prescription)}\n"
        )
    return 0


class RoutineFileError(ValueError):
    """A routine file named on the command line cannot be read or is not valid."""


def read_routine_file(path: Path) -> Routine:
    """The routine in a file, or RoutineFileError with one line saying what is wrong."""
    try:
        text = routine_files.read_routine_file(path)
        return parse_routine_file(text, bundled.catalog(), routine_files.display_name(path))
    except (routine_files.RoutineFileError, RoutineError) as exc:
        raise RoutineFileError(str(exc)) from exc


class UnknownIdError(LookupError):
    """An id on the command line is neither an exercise nor a routine."""


def resolve_entries(ids: list[str]) -> list[Entry]:
    """Exercises, routines and routine files (paths ending .json), in the order given."""
    catalog, routines = bundled.catalog(), {r.id: r for r in bundled.routines()}
    entries: list[Entry] = []
    for item in ids:
        if item.endswith(".json"):
            entries += read_routine_file(Path(item)).program_entries(catalog)
        elif item in routines:
            entries += routines[item].program_entries(catalog)
        elif item in {e.id for e in catalog.exercises}:
            exercise = catalog.get(item)
            entries.append(Entry(exercise, exercise.prescription))
        else:
            raise UnknownIdError(item)
    return entries


def step_row(step: Step) -> dict[str, object]:
    return {
        "kind": step.kind.value,
        "exercise": step.exercise_id,
        "side": step.side.value,
        "set": step.set_number or None,
        "rep": step.rep_number or None,
        "seconds": step.seconds,
        "text": step.text,
    }


def print_plan(ids: list[str], as_json: bool, out: TextIO, err: TextIO) -> int:
    """Preview a session: every step with its time, and the total."""
    try:
        program = compile_program(resolve_entries(ids))
    except UnknownIdError as exc:
        err.write(
            f"footdrop: '{exc.args[0]}' is not an exercise or routine id "
            "(see 'footdrop exercises')\n"
        )
        return BAD_INPUT
    except RoutineFileError as exc:
        err.write(f"footdrop: {exc}\n")
        return BAD_INPUT
    except (CatalogError, RoutineError) as exc:
        err.write(f"footdrop: the built-in content is damaged: {exc}\n")
        return 1
    if as_json:
        rows = [step_row(step) for step in program.steps]
        json.dump({"total_seconds": program.total_seconds, "steps": rows}, out, indent=2)
        out.write("\n")
    else:
        _write_plan_table(program, out)
    return 0


def _write_plan_table(program: Program, out: TextIO) -> None:
    clock = 0
    for step in program.steps:
        where = []
        if step.set_count > 1:
            where.append(f"set {step.set_number} of {step.set_count}")
        if step.rep_count > 1 and step.rep_number:
            where.append(f"rep {step.rep_number} of {step.rep_count}")
        if step.side.value != "both":
            where.append(f"{step.side.value} side")
        detail = f"  ({', '.join(where)})" if where else ""
        out.write(f"{clock // 60:3d}:{clock % 60:02d}  {step.text}{detail}  [{step.seconds} s]\n")
        clock += step.seconds
    out.write(f"Total: {duration(program.total_seconds)}\n")


def export_history(data_dir_arg: str | None, file: str, out: TextIO, err: TextIO) -> int:
    """Save the history as CSV; a clear one-line error if it cannot be read or written."""
    data_dir = resolve_data_dir(data_dir_arg)
    if not (data_dir / HISTORY_FILE).exists():
        err.write(f"footdrop: there is no history yet in {data_dir}: nothing to export\n")
        return 1
    try:
        journal, _ = Journal.open(data_dir)
    except (HistoryError, sqlite3.Error) as exc:
        err.write(f"footdrop: {exc}\n")
        return 1
    try:
        rows = journal.export_csv(Path(file))
    except ExportError as exc:
        err.write(f"footdrop: {exc}\n")
        return 1
    finally:
        journal.close()
    out.write(f"Saved {rows} rows to {file}\n")
    return 0
