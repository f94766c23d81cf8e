"""`footdrop report pdf` and `footdrop handout pdf`: the same pages as the window makes,
from the command line. Qt is started without a window (offscreen where there is no display)."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from footdrop_gui import bundled
from footdrop_gui.core.routine import Routine, RoutineKind
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.report_reads import HistoryRows, read_history
from footdrop_gui.storage.routine_store import RoutineStore
from footdrop_gui.ui.report import handout
from footdrop_gui.ui.report.pages import write_pdf
from footdrop_gui.ui.report.therapist import build_report, footer_of, gather, title_of
from footdrop_gui.ui.settings import AppSettings

NO_HISTORY = HistoryRows([], [], [], [], [], {}, [], [])


def ensure_app() -> QApplication:
    """The one QApplication (the charts are the History screen's widgets, never shown)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(sys.argv[:1])


def daily_routine(journal: Journal | None) -> Routine:
    """The routine marked as daily, or the built-in daily routine."""
    if journal is not None:
        stored = RoutineStore(journal, bundled.catalog()).daily()
        if stored is not None:
            return stored.routine
    return bundled.routines()[0]


class UnknownRoutineError(LookupError):
    """The routine named on the command line is not one of the person's or the built-in ones."""


def find_routine(journal: Journal | None, wanted: str | None) -> Routine:
    """The daily routine, or one named by a built-in routine's id or by any routine's name."""
    if wanted is None:
        return daily_routine(journal)
    known = list(bundled.routines())
    if journal is not None:
        known += [s.routine for s in RoutineStore(journal, bundled.catalog()).all()]
    for routine in known:
        built_in = routine.ref.kind is RoutineKind.BUILT_IN and wanted == routine.ref.key
        if built_in or wanted.lower() == routine.name.lower():
            return routine
    raise UnknownRoutineError(", ".join(_called(r) for r in known))


def _called(routine: Routine) -> str:
    """How a routine can be asked for: a built-in one by its id, one of yours by its name."""
    return routine.ref.key if routine.ref.kind is RoutineKind.BUILT_IN else f"'{routine.name}'"


def save_handout(journal: Journal | None, destination: Path, wanted: str | None) -> int:
    """Write the handout of a routine; returns its pages. Raises ExportError or
    UnknownRoutineError."""
    ensure_app()
    routine = find_routine(journal, wanted)
    title = handout.title_of(routine)
    build = lambda: handout.build_handout(routine, bundled.catalog())  # noqa: E731
    return write_pdf(destination, build, title, title)


def save_report(
    journal: Journal | None,
    data_dir: Path,
    destination: Path,
    period: tuple[date | None, date | None],
    today: date,
) -> int:
    """Write the therapist's report; returns its pages. Raises ExportError."""
    ensure_app()
    rows = read_history(journal) if journal is not None else NO_HISTORY
    settings = AppSettings(data_dir)
    catalog = bundled.catalog()
    data = gather(
        rows,
        catalog,
        daily_routine(journal),
        settings.affected_side,
        settings.report_name,
        today,
        *period,
    )
    title, footer = title_of(data), footer_of(data)
    return write_pdf(destination, lambda: build_report(data, catalog), title, footer)
