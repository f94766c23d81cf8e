"""`footdrop --self-test`: check that this copy of the app works, from source or installed.

It uses the app's own code all the way: the QApplication as the app builds it (its icon is an
SVG, so the SVG image plug-in must load), the shipped catalog and routines, every drawing in
both colour schemes, the main window, a real 3-second session (real clock, session screen,
journal) on a throw-away data folder, and the History charts. It then reports whether sound
and speech can work on this computer. Sound or speech being unavailable is reported, not a
failure (many computers have no speech engine); a missing plug-in or file is a failure.

Without a display (no $DISPLAY or $WAYLAND_DISPLAY), it runs on Qt's offscreen platform.
Exit status: 0 when everything worked, 1 when something failed (each failure is printed).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import QEventLoop, QMessageLogContext, QSize, Qt, QTimer, QtMsgType
from PySide6.QtCore import qInstallMessageHandler as install_message_handler
from PySide6.QtGui import QGuiApplication, QImage, QImageReader
from PySide6.QtWidgets import QApplication

from footdrop_gui import APP_NAME, __version__, bundled
from footdrop_gui.core.catalog import Catalog, Mode, Prescription
from footdrop_gui.core.clock import MonotonicClock
from footdrop_gui.core.program import Entry, Milestone, Program, Step, StepKind
from footdrop_gui.cues.audio_check import audio_notice, find_audio_problem
from footdrop_gui.cues.make_tones import file_name
from footdrop_gui.cues.script import Tone
from footdrop_gui.cues.speech import ENGINE_LIBRARIES, pick_engine
from footdrop_gui.storage.journal import Journal

SESSION_SECONDS = 3
SESSION_TIMEOUT_SECONDS = 20
SESSION_SLACK_SECONDS = 1.5  # the 3 s session must end within this much of its planned time
THUMBNAIL = QSize(160, 120)
# Qt notices that say nothing about this app (the offscreen platform cannot resize to fit).
QUIET = frozenset({"This plugin does not support propagateSizeHints()"})


@dataclass
class Report:
    out: TextIO
    failures: list[str] = field(default_factory=list)

    def ok(self, what: str, detail: str) -> None:
        self.out.write(f"  ok    {what}: {detail}\n")
        self.out.flush()

    def info(self, what: str, detail: str) -> None:
        self.out.write(f"  info  {what}: {detail}\n")
        self.out.flush()

    def fail(self, what: str, detail: str) -> None:
        self.failures.append(f"{what}: {detail}")
        self.out.write(f"  FAIL  {what}: {detail}\n")
        self.out.flush()


def choose_platform(env: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """Run offscreen when there is no display to open a window on (Linux and BSDs)."""
    if sys.platform in ("win32", "darwin") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    env["QT_QPA_PLATFORM"] = "offscreen"
    return "offscreen"


def wait(seconds: float, until: Callable[[], bool] = lambda: False) -> bool:
    """Run the event loop for up to `seconds`, or until `until()` is true; returns until()."""
    loop = QEventLoop()
    deadline = time.monotonic() + seconds
    poll = QTimer()
    poll.setInterval(20)

    def check() -> None:
        if until() or time.monotonic() >= deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    check()
    if not until() and time.monotonic() < deadline:
        loop.exec()
    poll.stop()
    return until()


@contextmanager
def python_errors(report: Report) -> Iterator[list[str]]:
    """Exceptions raised inside Qt callbacks (which Qt only prints) are failures too."""
    seen: list[str] = []
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        seen.append("".join(traceback.format_exception(kind, error, tb)).strip())

    sys.excepthook = hook
    try:
        yield seen
    finally:
        sys.excepthook = previous
        for text in seen:
            report.fail("error inside the app", text.splitlines()[-1])
            sys.stderr.write(text + "\n")


@contextmanager
def qt_messages() -> Iterator[list[str]]:
    """Collect Qt's warnings, to be shown after the results."""
    seen: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) and message not in QUIET:
            seen.append(message)

    install_message_handler(handler)
    try:
        yield seen
    finally:
        install_message_handler(None)


# -- the checks --------------------------------------------------------------------------------
def check_application(app: QApplication, report: Report, forced: str | None) -> None:
    from footdrop_gui.ui.illustration import app_icon

    where = "the installed bundle" if getattr(sys, "frozen", False) else "source"
    platform = QGuiApplication.platformName()
    note = " (no display found)" if forced else ""
    report.ok("app", f"{APP_NAME} {__version__} from {where}, Qt platform {platform}{note}")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        report.fail("SVG", "Qt's SVG image plug-in is missing: the icon and drawings cannot load")
    elif (icon := app_icon()).isNull():
        report.fail("icon", "the app icon (icons/footdrop.svg) did not load")
    else:
        app.setWindowIcon(icon)
        report.ok("icon", "loaded from icons/footdrop.svg")


def check_catalog(report: Report) -> Catalog | None:
    try:
        catalog = bundled.catalog()
        routines = bundled.routines()
    except Exception as exc:  # CatalogError, RoutineError, a missing file: all are failures
        report.fail("catalog", f"{type(exc).__name__}: {exc}")
        return None
    report.ok("catalog", f"{len(catalog.exercises)} exercises, {len(routines)} routines")
    return catalog


def check_illustrations(catalog: Catalog, report: Report) -> None:
    from footdrop_gui.ui.illustration import POSE_END, POSE_START, pose_pixmap, renderer

    problems: list[str] = []
    for exercise in catalog.exercises:
        for dark in (False, True):
            try:
                svg = renderer(exercise.id, dark)
            except OSError as exc:
                problems.append(f"{exercise.id}: {exc}")
                break
            if not svg.isValid():
                problems.append(f"{exercise.id}: not a readable SVG")
                break
            if not (svg.elementExists(POSE_START) and svg.elementExists(POSE_END)):
                problems.append(f"{exercise.id}: no '{POSE_START}'/'{POSE_END}' poses")
                break
            for blend in (0.0, 1.0):
                image = pose_pixmap(exercise.id, THUMBNAIL, dark, blend).toImage()
                if is_blank(image):
                    problems.append(f"{exercise.id}: pose drawn empty")
    if problems:
        report.fail("illustrations", "; ".join(problems))
    else:
        count = len(catalog.exercises)
        report.ok("illustrations", f"{count} drawings, both poses, light and dark")


def is_blank(image: QImage) -> bool:
    blank = QImage(image.size(), image.format())
    blank.setDevicePixelRatio(image.devicePixelRatio())
    blank.fill(Qt.GlobalColor.transparent)
    return image == blank


def check_sounds(report: Report) -> None:
    missing = []
    names = [tone.value for tone in Tone]
    for name in names:
        node = bundled.resource("sounds", file_name(name))
        if not node.is_file() or node.read_bytes()[:4] != b"RIFF":
            missing.append(f"{name}.wav")
    if missing:
        report.fail("sounds", "missing or unreadable: " + ", ".join(missing))
    else:
        report.ok("sounds", f"{len(names)} tones in sounds/")


def three_second_program(catalog: Catalog) -> Program:
    """One hold of SESSION_SECONDS that completes a rep, a set and the exercise, then done."""
    exercise = next((e for e in catalog.exercises if e.prescription.mode is Mode.REPS), None)
    exercise = exercise or catalog.exercises[0]
    dose = Prescription(Mode.REPS, sets=1, reps=1, hold_seconds=SESSION_SECONDS)
    hold = Step(
        StepKind.HOLD,
        SESSION_SECONDS,
        exercise.cues.hold,
        exercise.id,
        0,
        set_number=1,
        set_count=1,
        rep_number=1,
        rep_count=1,
        completes=frozenset(Milestone),
    )
    done = Step(StepKind.DONE, 0, "Well done. You have finished.")
    return Program((Entry(exercise, dose),), (hold, done))


def check_window_and_session(catalog: Catalog, app: QApplication, report: Report) -> None:
    from footdrop_gui.ui.main_window import MainWindow
    from footdrop_gui.ui.settings import AppSettings
    from footdrop_gui.ui.theme import apply_scheme

    data_dir = Path(tempfile.mkdtemp(prefix="footdrop-self-test-"))
    journal: Journal | None = None
    try:
        journal, _notice = Journal.open(data_dir)
        settings = AppSettings(data_dir)
        apply_scheme(app, settings.scheme)
        window = MainWindow(catalog, bundled.routines(), settings, data_dir, journal)
        window.show()
        if not wait(10, window.isVisible):
            report.fail("window", "the main window did not appear")
            return
        wait(0.2)
        report.ok("window", f"shown at {window.width()}x{window.height()}")

        program = three_second_program(catalog)
        clock = MonotonicClock()  # the window's own clock: a real one
        save_problems: list[str] = []
        window.runner.save_failed.connect(save_problems.append)
        started = clock.now()
        window.runner.run("Self-test", program)
        controller, session_id = window.runner.controller, window.runner.session_id
        if controller is None or session_id is None:
            report.fail("session", "the session did not start")
            return
        ended: list[float] = []
        controller.summary_shown.connect(lambda: ended.append(clock.now()))
        if not wait(SESSION_TIMEOUT_SECONDS, lambda: bool(ended)):
            report.fail("session", f"a {SESSION_SECONDS} s session did not finish")
            return
        took = ended[0] - started
        wait(0.2)
        check_journal(journal, session_id, took, save_problems, report)

        if window.runner.summary is not None:
            window.runner.summary.done_button.click()  # back to the library, as a person would
        window.show_history()
        window.history.tabs.setCurrentWidget(window.history.charts_scroll)  # hand-drawn charts
        wait(0.5)
        if window.history.charts is None:
            report.fail("history", "the progress charts were not made")
        else:
            report.ok("history", "session list and progress charts drawn")
        window.close()
        wait(0.1)
    finally:
        if journal is not None:
            journal.close()
        shutil.rmtree(data_dir, ignore_errors=True)


def check_journal(
    journal: Journal, session_id: int, took: float, problems: list[str], report: Report
) -> None:
    if problems:
        report.fail("journal", problems[0])
        return
    rows = {row.id: row for row in journal.sessions()}
    row = rows.get(session_id)
    if row is None:
        report.fail("journal", "the session is not in the history")
        return
    holds = [a for a in journal.activities(session_id) if a.kind != "set" and not a.interrupted]
    held = sum(a.hold_seconds for a in holds)
    if row.status != "finished" or row.done_reps != 1 or held != SESSION_SECONDS:
        report.fail(
            "journal",
            f"expected a finished session with 1 rep held {SESSION_SECONDS} s; found "
            f"status {row.status!r}, {row.done_reps} reps, {held:g} s held",
        )
        return
    if not SESSION_SECONDS - 0.05 <= took <= SESSION_SECONDS + SESSION_SLACK_SECONDS:
        report.fail("session", f"a {SESSION_SECONDS} s hold took {took:.2f} s")
        return
    report.ok(
        "session",
        f"{SESSION_SECONDS} s hold ran in {took:.2f} s; the journal saved it "
        f"(1 rep, {held:g} s held, finished)",
    )


def check_sound(report: Report) -> None:
    """Is there a sound output, and does QtMultimedia's FFmpeg backend load?"""
    found = find_audio_problem()  # the app's own check, made before it touches QtMultimedia
    problem = None if found is None else audio_notice(found)
    try:
        from PySide6.QtMultimedia import QMediaDevices, QMediaFormat
    except ImportError as exc:
        report.info("sound", f"off: QtMultimedia cannot load here ({exc})")
        return
    decodes = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if QMediaFormat.FileFormat.Wave not in decodes:
        report.fail("sound", "QtMultimedia's FFmpeg backend is missing: no tone could play")
        return
    report.ok("media backend", f"loaded, decodes {len(decodes)} file formats including WAV")
    if problem is not None:
        report.info("sound", problem)
        return
    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        report.info("sound", "off: this computer has no audio output")
        return
    default = QMediaDevices.defaultAudioOutput().description()
    report.info("sound", f"available: {len(outputs)} output(s), default {default!r}")


def check_speech(report: Report) -> None:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        report.info("speech", f"off: QtTextToSpeech cannot load here ({exc})")
        return
    engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
    if not engines:
        report.fail("speech", "no speech plug-in is installed with the app")
        return
    chosen = pick_engine(engines)  # the app's own choice (it never starts the engine here)
    if chosen is None:
        needs = ", ".join(
            f"{e} needs {ENGINE_LIBRARIES[e]}" for e in engines if e in ENGINE_LIBRARIES
        )
        report.info("speech", f"off: no usable engine (plug-ins: {', '.join(engines)}; {needs})")
    else:
        report.info("speech", f"available: engine {chosen!r} (plug-ins: {', '.join(engines)})")


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each, and return the exit status."""
    report = Report(out or sys.stdout)
    forced = choose_platform()
    report.out.write(f"{APP_NAME} self-test\n")
    from footdrop_gui.startup.application import create_application

    with qt_messages() as messages:
        app = QApplication.instance() or create_application(sys.argv[:1])
        assert isinstance(app, QApplication)
        with python_errors(report):
            check_application(app, report, forced)
            catalog = check_catalog(report)
            if catalog is not None:
                check_illustrations(catalog, report)
                check_sounds(report)
                check_window_and_session(catalog, app, report)
            check_sound(report)
            check_speech(report)
    for message in dict.fromkeys(messages):
        report.out.write(f"  qt    {message}\n")
    if report.failures:
        report.out.write(f"self-test FAILED: {len(report.failures)} problem(s)\n")
        return 1
    report.out.write("self-test passed\n")
    return 0


if __name__ == "__main__":
    sys.exit(run_self_test())
