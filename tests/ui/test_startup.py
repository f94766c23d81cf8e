"""Start-up as a person meets it: a window at once, then the library in the same place."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footdrop_gui.commands import export_history
from footdrop_gui.startup.loading_window import LoadingWindow
from footdrop_gui.startup.run import Startup
from footdrop_gui.storage.backups import backup_now
from footdrop_gui.storage.db import open_store
from footdrop_gui.storage.errors import OpenProblem
from footdrop_gui.storage.journal import Journal, TherapyVisit
from footdrop_gui.ui.backups_dialog import BackupsDialog
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import Scheme, apply_scheme, build_palette, is_dark
from tests.reliability.world import files, program_holding


@pytest.fixture
def settings(data_dir: Path) -> AppSettings:
    """Someone who has used the app before: no first-run questions to answer."""
    chosen = AppSettings(data_dir)
    chosen.acknowledge_safety()
    chosen.affected_side = "left"
    return chosen


@pytest.fixture
def startups(qapp: QApplication, data_dir: Path, settings: AppSettings) -> Iterator[list[Startup]]:
    """Start-ups made by a test, in the palette it chose first (as run_app does)."""
    made: list[Startup] = []
    yield made
    for startup in made:
        if startup.loaded is not None:
            startup.loaded.window.close()
            startup.loaded.journal.close()
    apply_scheme(qapp, Scheme.LIGHT)


@pytest.fixture
def startup(
    qapp: QApplication, data_dir: Path, settings: AppSettings, startups: list[Startup]
) -> Startup:
    startups.append(Startup(qapp, data_dir, settings))
    return startups[0]


@pytest.fixture
def exits(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The exit codes the app asks for; the test's own event loops keep running."""
    asked: list[int] = []
    monkeypatch.setattr(qapp, "exit", asked.append)
    return asked


def loading_window(qapp: QApplication) -> LoadingWindow | None:
    shown = [w for w in qapp.topLevelWidgets() if isinstance(w, LoadingWindow) and w.isVisible()]
    return shown[0] if shown else None


def test_the_loading_window_is_painted_then_the_library_opens_in_its_place(
    qapp: QApplication, qtbot: QtBot, startup: Startup
) -> None:
    startup.begin()
    first = loading_window(qapp)
    assert first is not None and first.windowTitle() == "Foot Drop Exercises"
    place = QRect(first.geometry())
    qtbot.waitUntil(lambda: startup.loaded is not None)
    assert startup.loaded is not None
    window = startup.loaded.window
    assert window.isVisible() and window.library.tree.topLevelItemCount() > 0
    assert window.geometry() == place
    assert loading_window(qapp) is None


def test_sound_and_the_first_questions_come_just_after_the_library_is_on_screen(
    qapp: QApplication, qtbot: QtBot, startup: Startup, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The coach, the session runner and the questions are built after the window's first
    frame (about 10 ms sooner on screen), then without anything being asked for; so is the
    app's icon."""
    import footdrop_gui.ui.main_window as main_window

    qapp.setWindowIcon(QIcon())

    painted: list[bool] = []
    real_after = main_window.AfterFirstFrame

    def watched(window: QWidget, then: Callable[[], None]) -> object:
        painted.append(bool({"coach", "runner", "questions"} & set(vars(window))))  # built?
        return real_after(window, then)

    monkeypatch.setattr(main_window, "AfterFirstFrame", watched)
    startup.begin()
    qtbot.waitUntil(lambda: startup.loaded is not None)
    assert startup.loaded is not None
    window = startup.loaded.window
    assert painted == [False]
    qtbot.waitUntil(lambda: {"coach", "runner", "questions"} <= set(vars(window)))
    qtbot.waitUntil(lambda: window.coach.outputs.started, timeout=3000)
    assert not qapp.windowIcon().isNull() and not window.windowIcon().isNull()


def test_work_put_off_to_the_first_frame_is_done_even_if_it_never_comes(
    qapp: QApplication, qtbot: QtBot
) -> None:
    """A window never painted (started minimised) still gets its sound and questions."""
    from footdrop_gui.ui.first_frame import AT_LATEST_MS, AfterFirstFrame

    hidden = QWidget()
    done: list[str] = []
    AfterFirstFrame(hidden, lambda: done.append("done"))
    qtbot.wait(AT_LATEST_MS // 2)
    assert done == []
    qtbot.waitUntil(lambda: done == ["done"], timeout=AT_LATEST_MS * 2)
    shown = QWidget()
    qtbot.addWidget(shown)
    AfterFirstFrame(shown, lambda: done.append("painted"))
    shown.show()
    qtbot.waitUntil(lambda: done[-1] == "painted", timeout=AT_LATEST_MS // 2)


def test_a_second_call_to_open_does_not_open_a_second_window(
    qapp: QApplication, qtbot: QtBot, startup: Startup
) -> None:
    startup.begin()
    qtbot.waitUntil(lambda: startup.loaded is not None)
    first = startup.loaded
    startup.open_main_window()  # the fallback timer firing after the paint already opened it
    assert startup.loaded is first


def test_the_loading_window_uses_the_colours_seen_last_time(
    qapp: QApplication,
    qtbot: QtBot,
    data_dir: Path,
    settings: AppSettings,
    startups: list[Startup],
) -> None:
    settings.last_dark = True  # dark last time, and the scheme follows the computer
    qapp.setStyleSheet("")  # as at a real start: the stylesheet comes with the main window
    qapp.setPalette(build_palette(settings.opening_dark()))
    startups.append(Startup(qapp, data_dir, settings))
    startup = startups[0]
    startup.begin()
    first = loading_window(qapp)
    assert first is not None and is_dark(first.palette())
    qtbot.waitUntil(lambda: startup.loaded is not None)
    # The offscreen "computer" is light: the window follows it, and that is remembered.
    assert not is_dark(qapp.palette())
    assert settings.last_dark is False
    settings.scheme = Scheme.DARK
    assert settings.opening_dark()


def test_a_history_from_a_newer_version_is_reported_and_the_app_closes_calmly(
    qapp: QApplication,
    qtbot: QtBot,
    startup: Startup,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    exits: list[int],
) -> None:
    with sqlite3.connect(data_dir / "history.sqlite3") as newer:
        newer.execute("PRAGMA user_version = 99")
    startup.begin()
    qtbot.waitUntil(lambda: loading_window(qapp) is None)
    assert startup.loaded is None
    message = capsys.readouterr().err
    assert "newer version" in message.lower()
    assert "Traceback" not in message
    assert exits == [OpenProblem.NEWER.exit_code]  # each problem has its own code (was 1)


def test_a_history_another_program_is_writing_is_reported_and_left_alone(
    qapp: QApplication,
    qtbot: QtBot,
    startup: Startup,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    exits: list[int],
) -> None:
    open_store(data_dir).conn.close()
    with program_holding(data_dir / "history.sqlite3", "BEGIN EXCLUSIVE"):
        before = files(data_dir)
        startup.begin()
        qtbot.waitUntil(lambda: loading_window(qapp) is None, timeout=10000)
        assert files(data_dir) == before
    assert startup.loaded is None
    message = capsys.readouterr().err
    assert "Another program is saving to your exercise history" in message
    assert exits == [OpenProblem.BUSY.exit_code]


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> QTimer:
    """Act on the next modal window of that kind (it runs its own event loop)."""
    timer = QTimer()
    timer.setInterval(10)

    def check() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, kind):
            timer.stop()
            act(shown)

    timer.timeout.connect(check)
    timer.start()
    return timer


def test_a_damaged_history_is_told_at_the_next_start_with_the_newest_good_backup(
    qapp: QApplication, qtbot: QtBot, startup: Startup, data_dir: Path
) -> None:
    conn = open_store(data_dir).conn
    conn.execute("INSERT INTO therapy_visits (visit_date) VALUES ('2026-11-01')")
    backup_now(conn, data_dir, datetime(2026, 11, 20, 8, 0))
    conn.close()
    (data_dir / "history.sqlite3").write_bytes(b"SQLite format 3\0" + b"\x13" * 6000)
    out, err = io.StringIO(), io.StringIO()
    exported = export_history(str(data_dir), str(data_dir.parent / "out.csv"), out, err)
    assert exported == OpenProblem.CORRUPT.exit_code and "damaged" in err.getvalue()
    assert not (data_dir / "set-aside").exists()  # the command line moves nothing
    seen: list[tuple[str, str, bool]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        chosen = dialog.chosen()
        assert chosen is not None
        seen.append((dialog.message.text(), chosen.kind.value, dialog.restore_button.isEnabled()))
        dialog.accept()

    watcher = when_modal(BackupsDialog, look)
    startup.begin()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    watcher.stop()
    ((message, kind, can_restore),) = seen
    assert "damaged" in message and "kept, unchanged" in message
    assert "newest good backup is from Friday 20 November 2026" in message
    assert (kind, can_restore) == ("Backup", True)


def test_the_daily_backup_is_made_after_the_library_is_on_screen(
    qtbot: QtBot, startup: Startup, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import footdrop_gui.startup.load_library as load_library

    made = load_library.daily_backup
    on_screen: list[bool] = []

    def spy(journal: Journal, folder: Path) -> None:
        if folder == data_dir:  # not a window left by an earlier test
            on_screen.append(startup.loaded is not None and startup.loaded.window.isVisible())
        made(journal, folder)

    monkeypatch.setattr(load_library, "BACKUP_AFTER_MS", 0)
    monkeypatch.setattr(load_library, "daily_backup", spy)
    startup.begin()
    backups = data_dir / "backups"
    qtbot.waitUntil(lambda: backups.exists() and any(backups.glob("history-*.sqlite3")))
    assert on_screen == [True]  # not on the start path: once the library was on screen


def test_nothing_heavy_is_loaded_before_the_loading_window_is_painted(data_dir: Path) -> None:
    """The window, drawings, history and sound modules wait until the first paint."""
    script = textwrap.dedent(
        f"""
        import sys
        from footdrop_gui.startup import run
        qt = run.create_application(sys.argv[:1])
        settings = run.AppSettings(__import__("pathlib").Path({str(data_dir)!r}))
        startup = run.Startup(qt, settings.path.parent, settings)
        startup.loading_window.show()
        run.AfterFirstFrame(
            startup.loading_window, lambda: print(sorted(sys.modules)) or qt.exit(0)
        )
        qt.exec()
        """
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    for heavy in (
        "footdrop_gui.ui.main_window",
        "footdrop_gui.ui.exercise_list",
        "footdrop_gui.storage.journal",
        "footdrop_gui.cues.coach",
        "sqlite3",
        "PySide6.QtSvg",
        "PySide6.QtMultimedia",
        "PySide6.QtTextToSpeech",
    ):
        assert f"'{heavy}'" not in loaded, heavy
    assert "'footdrop_gui.startup.loading_window'" in loaded


def test_an_unexpected_failure_while_opening_is_reported_calmly(
    qapp: QApplication,
    qtbot: QtBot,
    startup: Startup,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    exits: list[int],
) -> None:
    import footdrop_gui.startup.load_library as load_library

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(load_library, "load_main_window", broken)
    startup.begin()
    qtbot.waitUntil(lambda: loading_window(qapp) is None)
    assert startup.loaded is None
    said = capsys.readouterr().err
    assert "footdrop: Something unexpected stopped it from opening" in said
    assert "RuntimeError: a bug" in said  # the details, for whoever helps (stderr only)
    assert exits == [1]


def test_reminders_and_the_tray_start_once_the_library_is_on_screen(
    qtbot: QtBot, startup: Startup
) -> None:
    startup.begin()
    qtbot.waitUntil(lambda: startup.loaded is not None)
    assert startup.loaded is not None
    window = startup.loaded.window
    assert window.isVisible() and not hasattr(window, "app_reminders")  # not on the start path
    qtbot.waitUntil(lambda: hasattr(window, "app_reminders"))


def years_of_visits_then_damage(data_dir: Path) -> bytes:
    """A long history, closed cleanly, then one page the library does not read broken (a
    fault of the disk): its header still looks whole, so only the full check can tell."""
    conn = open_store(data_dir).conn
    conn.executemany(
        "INSERT INTO therapy_visits (visit_date, note) VALUES (?, ?)",
        [(f"20{16 + day % 10}-01-01", "Walked to the shop. " * 20) for day in range(3000)],
    )
    conn.close()
    history = data_dir / "history.sqlite3"
    damaged = bytearray(history.read_bytes())
    page_size = int.from_bytes(damaged[16:18], "big")
    damaged[len(damaged) - 3 * page_size] = 0x7F  # not a page type SQLite knows
    history.write_bytes(bytes(damaged))
    return bytes(damaged)


def set_aside_bytes(data_dir: Path) -> list[bytes]:
    folder = data_dir / "set-aside"
    return [p.read_bytes() for p in folder.glob("history.sqlite3.damaged-*") if p.is_file()]


def test_damage_found_after_the_library_shows_is_set_aside_untouched_and_told(
    qtbot: QtBot, startup: Startup, data_dir: Path
) -> None:
    damaged = years_of_visits_then_damage(data_dir)
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        seen.append(dialog.message.text())
        dialog.accept()

    watcher = when_modal(BackupsDialog, look)
    startup.begin()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    watcher.stop()
    assert startup.loaded is not None and startup.loaded.window.isVisible()
    ((message,),) = [seen]
    assert "damaged" in message and "kept, unchanged" in message
    assert set_aside_bytes(data_dir) == [damaged]  # every byte as it was: never written to
    assert startup.loaded.journal.visits() == []  # a new history, ready for today's session


def test_a_session_started_before_the_check_has_spoken_waits_and_is_stopped_by_damage(
    qtbot: QtBot, startup: Startup, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The damage is said as at start, with the backups offered; the session waits."""
    from footdrop_gui.ui.main_window import MainWindow

    damaged = years_of_visits_then_damage(data_dir)
    monkeypatch.setattr(MainWindow, "check_history_later", lambda self: None)  # not yet begun
    said: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        said.append(dialog.message.text())
        dialog.accept()

    startup.begin()
    qtbot.waitUntil(lambda: startup.loaded is not None)
    assert startup.loaded is not None
    window = startup.loaded.window
    watcher = when_modal(BackupsDialog, read)
    window.detail.start_button.click()
    qtbot.waitUntil(lambda: bool(said))
    watcher.stop()
    ((message,),) = [said]
    assert "damaged" in message and "kept, unchanged" in message
    assert window.session is None and window.pages.currentWidget() is window.library_page
    assert set_aside_bytes(data_dir) == [damaged]
    startup.loaded.journal.add_visit(TherapyVisit(date(2026, 11, 30)))  # the new one writes
    assert len(startup.loaded.journal.visits()) == 1


def test_a_change_saved_before_the_check_has_spoken_is_kept_on_screen_and_backups_offered(
    qtbot: QtBot, startup: Startup, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any write, not only a session's start: not saved (their words still on screen), then
    the damage said as at start, with the backups."""
    from PySide6.QtWidgets import QMessageBox

    from footdrop_gui.ui.history_writes import KEPT, VISITS
    from footdrop_gui.ui.main_window import MainWindow

    damaged = years_of_visits_then_damage(data_dir)
    monkeypatch.setattr(MainWindow, "check_history_later", lambda self: None)  # not yet begun
    said: list[str] = []

    def read(box: QWidget) -> None:
        said.append(box.text() if isinstance(box, QMessageBox) else box.message.text())
        box.accept()

    startup.begin()
    qtbot.waitUntil(lambda: startup.loaded is not None)
    assert startup.loaded is not None
    window = startup.loaded.window
    watchers = [when_modal(QMessageBox, read), when_modal(BackupsDialog, read)]
    with window.writes.saving(window, "Your visit", VISITS, KEPT) as saved:
        window.journal.add_visit(TherapyVisit(date(2026, 11, 30), "new insoles"))
    qtbot.waitUntil(lambda: len(said) == 2)
    for watcher in watchers:
        watcher.stop()
    assert not saved
    not_saved, backups = said  # one after the other, never one over the other
    assert not_saved.startswith("Your visit could not be saved.") and "nothing is lost" in not_saved
    assert "damaged" in backups and "kept, unchanged" in backups
    assert set_aside_bytes(data_dir) == [damaged]
    with window.writes.saving(window, "Your visit", VISITS, KEPT) as saved:
        window.journal.add_visit(TherapyVisit(date(2026, 11, 30), "new insoles"))
    assert saved and len(window.journal.visits()) == 1


def test_a_read_that_meets_the_damage_before_the_check_has_spoken_is_said_as_damage(
    qtbot: QtBot,
    startup: Startup,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Not "something went wrong": the damaged file is set aside and said as at start."""
    from footdrop_gui.ui.main_window import MainWindow
    from footdrop_gui.ui.unexpected import UnexpectedProblems

    damaged = years_of_visits_then_damage(data_dir)
    monkeypatch.setattr(MainWindow, "check_history_later", lambda self: None)  # not yet begun
    startup.begin()
    qtbot.waitUntil(lambda: startup.loaded is not None)
    assert startup.loaded is not None
    window, journal = startup.loaded.window, startup.loaded.journal
    problems = UnexpectedProblems(window, journal.damage_explains)
    with pytest.raises(sqlite3.DatabaseError) as met:
        journal.visits()  # History's list of visits reads the broken page
    said: list[str] = []
    watcher = when_modal(BackupsDialog, lambda d: said.append(d.message.text()) or d.accept())
    problems.hook(type(met.value), met.value, met.value.__traceback__)
    qtbot.waitUntil(lambda: bool(said))
    watcher.stop()
    assert "damaged" in said[0] and "kept, unchanged" in said[0]
    assert set_aside_bytes(data_dir) == [damaged]
    assert journal.visits() == []  # the new history reads
    assert "malformed" in capsys.readouterr().err  # the details, for whoever helps
