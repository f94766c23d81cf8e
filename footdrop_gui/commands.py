"""Sub-commands that print and exit (no window): for scripts, therapists and support."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from footdrop_gui import bundled
from footdrop_gui.core.catalog import CatalogError
from footdrop_gui.core.describe import describe_prescription, duration
from footdrop_gui.core.program import Entry, Program, Step, compile_program
from footdrop_gui.core.routine import Routine, RoutineError
from footdrop_gui.core.routine_file import parse_routine_file
from footdrop_gui.core.translation import Plurals, translate
from footdrop_gui.storage import routine_files
from footdrop_gui.storage.backups import RestoreError, backup_now, list_copies, restore
from footdrop_gui.storage.db import (
    BACKUP_DIR,
    HISTORY_FILE,
    SET_ASIDE_DIR,
    HistoryOpenError,
    Opened,
    OpenProblem,
    open_store,
)
from footdrop_gui.storage.errors import HistoryWriteError
from footdrop_gui.storage.export import (
    ExportError,
    export_csv,
    export_sessions_csv,
    export_visits_csv,
)
from footdrop_gui.storage.instance_lock import AlreadyRunningError, InstanceLock
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.paths import resolve_data_dir
from footdrop_gui.storage.snapshot import CopyError

Commands = Plurals("Commands")  # sentences with a count (see Plurals)
BAD_INPUT = 2


def _say(stream: TextIO, words: str) -> None:
    """One line for the person, after the program's name (as every command-line tool does)."""
    stream.write(f"footdrop: {words}\n")


def list_exercises(as_json: bool, out: TextIO, err: TextIO) -> int:
    """Print every exercise id, name and default prescription (the ids routine files use)."""
    try:
        catalog = bundled.catalog()
    except CatalogError as exc:
        _say(
            err,
            translate("Commands", "the exercise catalog is damaged: {reason}").format(reason=exc),
        )
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
    catalog, routines = bundled.catalog(), {r.ref.key: r for r in bundled.routines()}
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
        words = translate(
            "Commands", "'{id}' is not an exercise or routine id (see 'footdrop exercises')"
        )
        _say(err, words.format(id=exc.args[0]))
        return BAD_INPUT
    except RoutineFileError as exc:
        _say(err, str(exc))
        return BAD_INPUT
    except (CatalogError, RoutineError) as exc:
        _say(
            err,
            translate("Commands", "the built-in content is damaged: {reason}").format(reason=exc),
        )
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
        where = _where(step)
        detail = f"  ({', '.join(where)})" if where else ""
        seconds = translate("Commands", "[{seconds} s]").format(seconds=step.seconds)
        out.write(f"{clock // 60:3d}:{clock % 60:02d}  {step.text}{detail}  {seconds}\n")
        clock += step.seconds
    total = translate("Commands", "Total: {duration}").format(
        duration=duration(program.total_seconds)
    )
    out.write(f"{total}\n")


def _where(step: Step) -> list[str]:
    """Where a step is in its exercise: each a phrase of its own, listed in brackets."""
    where = []
    if step.set_count > 1:
        where.append(
            translate("Commands", "set {set} of {sets}").format(
                set=step.set_number, sets=step.set_count
            )
        )
    if step.rep_count > 1 and step.rep_number:
        where.append(
            translate("Commands", "rep {rep} of {reps}").format(
                rep=step.rep_number, reps=step.rep_count
            )
        )
    if step.side.value == "left":
        where.append(translate("Commands", "left side"))
    elif step.side.value == "right":
        where.append(translate("Commands", "right side"))
    return where


@contextmanager
def _history(data_dir: Path, repair: bool = False) -> Iterator[Opened]:
    """The history for a command: as its one writer while the app is closed (the app cannot
    start meanwhile), or only reading beside the open app. Raises HistoryOpenError."""
    try:
        lock: InstanceLock | None = InstanceLock.acquire(data_dir)
    except AlreadyRunningError:
        lock = None
    try:
        opened = open_store(data_dir, repair=repair, owner=lock is not None)
        try:
            yield opened
        finally:
            opened.conn.close()
    finally:
        if lock is not None:
            lock.release()


def _problem(exc: HistoryOpenError | HistoryWriteError, err: TextIO) -> int:
    _say(err, str(exc))
    return exc.kind.exit_code


EXPORTS = {"reps": export_csv, "sessions": export_sessions_csv, "visits": export_visits_csv}


def export_history(
    data_dir_arg: str | None, file: str, out: TextIO, err: TextIO, what: str = "reps"
) -> int:
    """Save the history as CSV; a clear one-line error if it cannot be read or written.

    A damaged history is reported (and left where it is, for the app to set aside and offer a
    backup): never a file with no rows and success."""
    data_dir = resolve_data_dir(data_dir_arg)
    if data_dir.is_dir() and not (data_dir / HISTORY_FILE).exists():
        nothing = translate("Commands", "there is no history yet in {folder}: nothing to export")
        _say(err, nothing.format(folder=data_dir))
        return 1
    try:
        with _history(data_dir) as opened:
            rows = EXPORTS[what](opened.conn, Path(file))
    except HistoryOpenError as exc:
        return _problem(exc, err)
    except ExportError as exc:
        _say(err, str(exc))
        return 1
    out.write(Commands.tr("Saved %n rows to {file}", None, rows).format(file=file) + "\n")
    return 0


def backup_list(data_dir_arg: str | None, out: TextIO, err: TextIO) -> int:
    """Every backup and set-aside file, newest first, with its date and sessions."""
    data_dir = resolve_data_dir(data_dir_arg)
    if not data_dir.is_dir():
        return _problem(HistoryOpenError(OpenProblem.MISSING_FOLDER, data_dir / HISTORY_FILE), err)
    copies = list_copies(data_dir)
    if not copies:
        none = translate("Commands", "There are no backups yet in {folder}")
        out.write(none.format(folder=data_dir / BACKUP_DIR) + "\n")
    for copy in copies:
        if copy.sessions is None:
            line = translate("Commands", "{when}  {kind}, cannot be read: {path}")
        else:
            line = Commands.tr("{when}  {kind}, %n sessions: {path}", None, copy.sessions)
        when = f"{copy.taken_at:%Y-%m-%d %H:%M}"
        out.write(line.format(when=when, kind=copy.kind.words, path=copy.path) + "\n")
    return 0


def backup_now_command(data_dir_arg: str | None, out: TextIO, err: TextIO) -> int:
    """Make a checked copy of the history now (beside the open app too)."""
    data_dir = resolve_data_dir(data_dir_arg)
    try:
        with _history(data_dir) as opened:
            made = backup_now(opened.conn, data_dir, datetime.now())
    except HistoryOpenError as exc:
        return _problem(exc, err)
    except CopyError as exc:
        _say(err, translate("Commands", "{problem} Nothing was changed.").format(problem=exc))
        return 1
    saved = translate("Commands", "Saved a checked copy of your history to {path}")
    out.write(saved.format(path=made) + "\n")
    return 0


def _find_copy(data_dir: Path, name: str) -> Path:
    """A path as given, or a name from 'footdrop backup list' in the backups or set-aside folder."""
    given = Path(name).expanduser()
    if given.exists():
        return given
    for folder in (BACKUP_DIR, SET_ASIDE_DIR):
        if (data_dir / folder / name).exists():
            return data_dir / folder / name
    return given


def backup_restore(data_dir_arg: str | None, file: str, out: TextIO, err: TextIO) -> int:
    """Put a backup in place of the history, the current one kept aside first."""
    data_dir = resolve_data_dir(data_dir_arg)
    source = _find_copy(data_dir, file)
    if not source.is_file():
        missing = translate("Commands", "there is no file {file} (see 'footdrop backup list')")
        _say(err, missing.format(file=file))
        return BAD_INPUT
    try:
        lock = InstanceLock.acquire(data_dir)
    except HistoryOpenError as exc:
        return _problem(exc, err)
    try:
        opened = open_store(data_dir, repair=True)  # the person asked: a damaged one goes aside
        try:
            kept = restore(opened.conn, data_dir, source)
        finally:
            opened.conn.close()
    except (HistoryOpenError, HistoryWriteError) as exc:
        return _problem(exc, err)
    except RestoreError as exc:
        _say(err, str(exc))
        return BAD_INPUT
    except CopyError as exc:
        unchanged = translate("Commands", "{problem} Your history was not changed.")
        _say(err, unchanged.format(problem=exc))
        return 1
    finally:
        lock.release()
    now = translate("Commands", "Your history is now the copy {name}.")
    out.write(now.format(name=source.name) + "\n")
    for earlier in [opened.damaged, kept]:
        if earlier is not None:
            was = translate("Commands", "The history you had was kept at {path}")
            out.write(was.format(path=earlier) + "\n")
    return 0


def report_pdf(
    data_dir_arg: str | None,
    file: str,
    period: tuple[date | None, date | None],
    out: TextIO,
    err: TextIO,
) -> int:
    """The report for a therapist as a PDF (only reading, beside the open app too)."""
    from footdrop_gui.ui.report.command import save_report  # Qt only for this command

    first, last = period
    if first is not None and last is not None and first > last:
        _say(err, translate("Commands", "--from must be on or before --to"))
        return BAD_INPUT
    data_dir = resolve_data_dir(data_dir_arg)
    today = date.today()
    pages, status = _with_history(
        data_dir, lambda journal: save_report(journal, data_dir, Path(file), period, today), err
    )
    if pages:
        saved = Commands.tr("Saved your report (%n pages) to {file}", None, pages)
        out.write(saved.format(file=file) + "\n")
    return status


def handout_pdf(
    data_dir_arg: str | None, file: str, routine: str | None, out: TextIO, err: TextIO
) -> int:
    """A routine on paper (your daily one unless named), one page per exercise, as a PDF."""
    from footdrop_gui.ui.report.command import UnknownRoutineError, save_handout

    data_dir = resolve_data_dir(data_dir_arg)
    try:
        pages, status = _with_history(
            data_dir, lambda journal: save_handout(journal, Path(file), routine), err
        )
    except UnknownRoutineError as exc:
        words = translate("Commands", "there is no routine '{routine}' (choose one of: {choices})")
        _say(err, words.format(routine=routine, choices=exc.args[0]))
        return BAD_INPUT
    if pages:
        saved = Commands.tr("Saved your routine (%n pages) to {file}", None, pages)
        out.write(saved.format(file=file) + "\n")
    return status


def _with_history(
    data_dir: Path, make: Callable[[Journal | None], int], err: TextIO
) -> tuple[int, int]:
    """(pages, exit status) of make() given the history, open only for reading; None when
    there is none yet (a report or handout is still made, and no history file)."""
    try:
        if not (data_dir / HISTORY_FILE).exists():
            return make(None), 0
        with _history(data_dir) as opened:
            return make(Journal(opened.conn)), 0
    except HistoryOpenError as exc:
        return 0, _problem(exc, err)
    except ExportError as exc:
        _say(err, str(exc))
        return 0, 1
