"""Screenshots of the session screens in a real window, driven by a fake clock.

Run under a real X server: `xvfb-run -s '-screen 0 1280x800x24' .venv/bin/python
docs/screenshots/shoot.py`. Each state (hold, rest, side change, paused, away, summary) is
reached exactly, at 1280x800 and 1024x600, light and dark, and saved beside this file; so
are the opening window shown at start-up, the library, history and routines, the main window
and session screen in Spanish and German (`language_states`, or alone: `shoot.py languages`),
and the first page of the therapist's report and of the handout (pdftoppm, from
poppler-utils).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from footdrop_gui import bundled
from footdrop_gui.core.program import Side
from footdrop_gui.language import ENGLISH, shipped_languages
from footdrop_gui.startup.application import create_application
from footdrop_gui.startup.loading_window import LoadingWindow
from footdrop_gui.storage.journal import Journal
from footdrop_gui.translators import apply_language
from footdrop_gui.ui.dialogs import SafetyNotice
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.routine_editor import RoutineEditor
from footdrop_gui.ui.settings import TEXT_SCALES, AppSettings
from footdrop_gui.ui.side_question import SideQuestion
from footdrop_gui.ui.theme import Scheme, apply_scheme

OUT = Path(__file__).parent
sys.path.insert(0, str(OUT.parent.parent / "benchmarks"))
sys.path.insert(0, str(OUT.parent.parent))
from history_data import fill  # noqa: E402  (a tool beside the benchmarks)

from tests.helpers.fake_clock import FakeClock  # noqa: E402  (time moves only when told)
from tests.helpers.session_time import run_for  # noqa: E402

DAILY = list(bundled.routines()[0].exercise_ids)
SIZES = ((1280, 800), (1024, 600))




def shoot(window: QWidget, name: str, scheme: Scheme, size: tuple[int, int]) -> None:
    QApplication.processEvents()
    path = OUT / f"{name}-{scheme.value}-{size[0]}x{size[1]}.png"
    window.grab().save(str(path))
    print(path)


def session_states(window: MainWindow, clock: FakeClock, snap: Callable[[str], None]) -> None:
    """Band pulls: 10 s get ready, sets of 10 reps of 4 s, 30 s rests, then the left foot."""
    window.start_exercise("band-dorsiflexion-seated")
    run_for(window, clock, 10 + 4 * 3 + 1.4)  # rep 4, holding
    snap("session-hold")
    run_for(window, clock, 50 - 23.4 + 6.2)  # into the first rest
    snap("session-rest")
    run_for(window, clock, 190 - 56.2 + 2.3)  # switching to the left foot
    snap("session-switch-side")
    run_for(window, clock, 10 - 2.3 + 1.5)  # left foot, holding
    window.session.toggle_pause()  # type: ignore[union-attr]
    snap("session-paused")
    window.session.toggle_pause()  # type: ignore[union-attr]
    clock.suspend(12 * 60)
    run_for(window, clock, 0.5)
    snap("session-away")
    window.session._restart_after_absence()  # type: ignore[union-attr]
    run_for(window, clock, 60)
    window.session.end_now()  # type: ignore[union-attr]  # as if "End session" was confirmed
    snap("session-summary")


def library_states(window: MainWindow, snap: Callable[[str], None]) -> None:
    """The library with two redrawn exercises: one standing (with its support), a band pull."""
    for exercise_id in ("heel-lifts", "band-dorsiflexion-seated"):
        window.library.select(exercise_id)
        snap(f"library-{exercise_id}")


def soak_states(window: MainWindow, clock: FakeClock, snap: Callable[[str], None]) -> None:
    """A 30-minute Epsom salt soak at 29:59 and 19:59: minutes and seconds, never clipped."""
    from dataclasses import replace

    from footdrop_gui.core.routine import UNSAVED, Routine, default_entry

    entry = default_entry(bundled.catalog().get("epsom-salt-soak"))
    entry = replace(entry, prescription=replace(entry.prescription, duration_seconds=30 * 60))
    window.start_routine(Routine(UNSAVED, "A long soak", "", (entry,)))
    run_for(window, clock, 10 + 1)
    snap("session-soak-2959")
    run_for(window, clock, 600)
    snap("session-soak-1959")
    window.session.end_now()  # type: ignore[union-attr]
    window.session.closed.emit()  # type: ignore[union-attr]  # Back to exercises


def history_states(window: MainWindow, snap: Callable[[str], None]) -> None:
    """The History page's four tabs, with a few months of made-up sessions."""
    window.show_history()
    window.history.table.selectRow(2)
    for index, name in enumerate(("sessions", "calendar", "progress", "visits")):
        window.history.tabs.setCurrentIndex(index)
        snap(f"history-{name}")
    window.history.tabs.setCurrentIndex(0)
    window.show_library()


def routine_states(
    window: MainWindow, snap: Callable[[str], None], grab: Callable[[QWidget, str], None]
) -> None:
    """The routines page, the editor and the first-run side question."""
    answer_next_question("Yes")  # make the opened routine the daily one
    window.routines_page.open_file(OUT.parent / "examples" / "daily-routine.json")
    window.show_routines()
    window.routines_page.list.setCurrentRow(2)
    snap("routines")
    stored = window.routine_store.all()[0]
    editor = RoutineEditor(stored.routine, window._catalog, Side.LEFT, window)
    editor.show()
    editor.list.setCurrentRow(5)  # the band pull: band strength and extras
    grab(editor, "routine-editor")
    editor.hide()
    editor.deleteLater()
    question = SideQuestion(None, window)
    question.show()
    grab(question, "side-question")
    question.hide()
    question.deleteLater()
    window.show_library()


def reminder_states(window: MainWindow, grab: Callable[[QWidget, str], None]) -> None:
    """View -> Reminders…, turned on with a second time and quiet hours (shown, not saved)."""
    from footdrop_gui.ui.reminders_dialog import RemindersDialog

    dialog = RemindersDialog(window._data_dir, window)
    dialog.enabled.setChecked(True)
    dialog.second_on.setChecked(True)
    dialog.quiet_on.setChecked(True)
    dialog.show()
    grab(dialog, "reminders")
    dialog.hide()
    dialog.deleteLater()


def answer_next_question(label: str) -> None:
    """Press a button of the question that is about to open."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            next(b for b in box.buttons() if b.text().replace("&", "") == label).click()

    QTimer.singleShot(0, press)


def readable_states(app: QApplication) -> None:
    """At 1024x600 with the largest text, in each scheme: library, History, Routines, the
    safety notice (scrolled to its end), the routine editor, and every session state."""
    size = (1024, 600)
    for scheme in (Scheme.LIGHT, Scheme.DARK, Scheme.CONTRAST):
        apply_scheme(app, scheme)
        data_dir = Path(tempfile.mkdtemp())
        settings = AppSettings(data_dir)
        settings.acknowledge_safety()
        settings.text_scale = TEXT_SCALES[-1]
        journal, _ = Journal.open(data_dir)
        fill(journal._conn, 40, date.today() - timedelta(days=1), DAILY, days_off=0.15)
        clock = FakeClock()
        window = MainWindow(
            bundled.catalog(), bundled.routines(), settings, data_dir, journal, clock
        )
        window.resize(*size)
        window.show()
        for name, page in (("library", window.show_library), ("routines", window.show_routines)):
            page()
            shoot(window, f"{name}-largest", scheme, size)
        window.show_history()
        for index, name in enumerate(("sessions", "calendar", "progress", "visits")):
            window.history.tabs.setCurrentIndex(index)
            shoot(window, f"history-{name}-largest", scheme, size)
        notice = SafetyNotice(bundled.catalog(), True, window)
        notice.setMaximumSize(size[0], size[1] - 40)
        notice.show()
        shoot(notice, "safety-largest", scheme, size)
        bar = notice.scroller.verticalScrollBar()
        bar.setValue(bar.maximum())
        shoot(notice, "safety-read-largest", scheme, size)
        notice.hide()
        editor = RoutineEditor(bundled.routines()[0], bundled.catalog(), Side.LEFT, window)
        editor.show()
        shoot(editor, "routine-editor-largest", scheme, size)
        editor.hide()

        def snap(name: str, w: MainWindow = window, s: Scheme = scheme) -> None:
            shoot(w, f"{name}-largest", s, size)

        window.show_library()
        session_states(window, clock, snap)
        window.session.closed.emit()  # type: ignore[union-attr]  # Back to exercises
        soak_states(window, clock, snap)
        window.close()
        journal.close()


def paper_pages() -> None:
    """Page 1 of the therapist's report and of the handout, for three realistic months."""
    from footdrop_gui.storage.journal import Rating, TherapyVisit
    from footdrop_gui.ui.report.command import save_handout, save_report

    data_dir = Path(tempfile.mkdtemp())
    settings = AppSettings(data_dir)
    settings.affected_side = "left"
    settings.report_name = "Ann Example"
    journal, _ = Journal.open(data_dir)
    today = date.today()
    fill(journal._conn, 90, today, DAILY, days_off=0.15)
    newest = journal.sessions()
    journal.set_rating(newest[3].id, Rating(5, 7, "hard", "Calf cramped on the second set."))
    journal.add_visit(
        TherapyVisit(today - timedelta(days=20), "Checked my toe lifts.", "Can I try a green band?")
    )
    period = (today - timedelta(days=89), today)
    for name, make in (
        ("report", lambda pdf: save_report(journal, data_dir, pdf, period, today)),
        ("handout", lambda pdf: save_handout(journal, pdf, None)),
    ):
        pdf = data_dir / f"{name}.pdf"
        make(pdf)
        page = OUT / f"{name}-page1"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, page],
            check=True,
        )
        print(page.with_suffix(".png"))
    journal.close()


def language_states(app: QApplication) -> None:
    """The library and a session in every shipped language, light, at both sizes
    (library-es-light-1024x600.png ...); English again afterwards."""
    for code in shipped_languages()[1:]:
        apply_language(app, code)
        apply_scheme(app, Scheme.LIGHT)
        for size in SIZES:
            data_dir = Path(tempfile.mkdtemp())
            settings = AppSettings(data_dir)
            settings.acknowledge_safety()
            journal, _ = Journal.open(data_dir)
            clock = FakeClock()
            window = MainWindow(
                bundled.catalog(), bundled.routines(), settings, data_dir, journal, clock
            )
            window.resize(*size)
            window.show()
            window.library.select("toe-lifts")
            shoot(window, f"library-{code}", Scheme.LIGHT, size)
            window.start_exercise("band-dorsiflexion-seated")
            run_for(window, clock, 10 + 4 * 3 + 1.4)
            shoot(window, f"session-hold-{code}", Scheme.LIGHT, size)
            window.session.end_now()  # type: ignore[union-attr]
            window.close()
            journal.close()
    apply_language(app, ENGLISH)


def main() -> int:
    app = create_application(sys.argv[:1])
    if sys.argv[1:] == ["languages"]:
        language_states(app)
        return 0
    for size in SIZES:
        for scheme in (Scheme.LIGHT, Scheme.DARK):
            apply_scheme(app, scheme)
            data_dir = Path(tempfile.mkdtemp())
            settings = AppSettings(data_dir)
            settings.acknowledge_safety()
            opening = LoadingWindow(settings)
            opening.resize(*size)
            opening.show()
            shoot(opening, "opening", scheme, size)
            opening.close()
            clock = FakeClock()
            journal, _ = Journal.open(data_dir)
            fill(journal._conn, 100, date.today() - timedelta(days=1), DAILY, days_off=0.15)
            window = MainWindow(
                bundled.catalog(), bundled.routines(), settings, data_dir, journal, clock
            )
            window.resize(*size)
            window.show()

            def snap(
                name: str, w: MainWindow = window, s: Scheme = scheme, z: tuple[int, int] = size
            ) -> None:
                shoot(w, name, s, z)

            def grab_dialog(
                dialog: QWidget, name: str, s: Scheme = scheme, z: tuple[int, int] = size
            ) -> None:
                shoot(dialog, name, s, z)

            routine_states(window, snap, grab_dialog)
            library_states(window, snap)
            reminder_states(window, grab_dialog)
            history_states(window, snap)
            session_states(window, clock, snap)
            window.session.closed.emit()  # type: ignore[union-attr]  # Back to exercises
            soak_states(window, clock, snap)
            window.close()
            journal.close()
    readable_states(app)
    language_states(app)
    paper_pages()
    return 0


if __name__ == "__main__":
    sys.exit(main())
