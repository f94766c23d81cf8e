"""Phase-change timing and CPU of a running session, beside a bare PySide6 window.

Runs twelve 5-second holds with the real monotonic clock on the real session screen
(offscreen), and records how late each phase change reached the screen after its true time.
CPU is the process's CPU time per hold, as a percentage of one core. The baseline is a bare
window whose label is updated by a 10 Hz timer, measured in a child process in the same run.

Usage: python benchmarks/session_timing.py [--baseline]   (prints JSON results)
"""

from __future__ import annotations

import itertools
import json
import statistics
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

HOLDS = 12
HOLD_SECONDS = 5
WINDOW = (1280, 800)


def measure_baseline(samples: int = 6) -> dict[str, float]:
    """A bare window updating a label ten times a second: CPU per 5 s, median."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    label = QLabel("0")
    label.resize(*WINDOW)
    label.show()
    count = [0]

    def update() -> None:
        count[0] += 1
        label.setText(str(count[0]))

    timer = QTimer()
    timer.timeout.connect(update)
    timer.start(100)
    marks = [(time.process_time(), time.monotonic())]

    def sample() -> None:
        marks.append((time.process_time(), time.monotonic()))
        if len(marks) > samples:
            app.quit()

    sampler = QTimer()
    sampler.timeout.connect(sample)
    sampler.start(HOLD_SECONDS * 1000)
    app.exec()
    return {"cpu_percent": statistics.median(cpu_percentages(marks))}


def cpu_percentages(marks: list[tuple[float, float]]) -> list[float]:
    """CPU time between successive (cpu, wall) marks, as a percentage of one core."""
    return [100 * (c2 - c1) / (w2 - w1) for (c1, w1), (c2, w2) in itertools.pairwise(marks)]


def measure_session() -> dict[str, object]:
    from footdrop_gui.bundled import catalog
    from footdrop_gui.core.catalog import Mode, Prescription
    from footdrop_gui.core.clock import MonotonicClock
    from footdrop_gui.core.engine import Event, EventKind
    from footdrop_gui.core.program import Entry, Program, Step, StepKind
    from footdrop_gui.startup.application import create_application
    from footdrop_gui.ui.session_controller import SessionController
    from footdrop_gui.ui.session_view import SessionView
    from footdrop_gui.ui.summary_view import SummaryView

    app = create_application(sys.argv[:1])
    exercise = catalog().get("toe-lifts")
    dose = Prescription(Mode.REPS, sets=1, reps=HOLDS, hold_seconds=HOLD_SECONDS)
    steps = [
        Step(StepKind.HOLD, HOLD_SECONDS, "Hold", exercise.id, 0, rep_number=n, rep_count=HOLDS)
        for n in range(1, HOLDS + 1)
    ]
    program = Program((Entry(exercise, dose),), (*steps, Step(StepKind.DONE, 0, "Done")))
    view, summary = SessionView(), SummaryView()
    view.resize(*WINDOW)
    view.show()
    clock = MonotonicClock()
    controller = SessionController(program, clock, view, summary, confirm_end=lambda: True)
    lateness_ms: list[float] = []
    cpu_marks: list[tuple[float, float]] = []

    def on_events(events: list[Event]) -> None:
        seen = time.monotonic()
        for event in events:
            if event.kind is EventKind.STEP_STARTED:
                true_time = start + event.at
                lateness_ms.append(1000 * (seen - true_time))
                cpu_marks.append((time.process_time(), seen))

    controller.events_happened.connect(on_events)
    controller.summary_shown.connect(app.quit)
    start = 0.0

    def begin() -> None:
        nonlocal start
        start = clock.now()  # read just before the engine's own start: lateness errs high
        controller.start()

    QTimer.singleShot(0, begin)
    app.exec()
    cpu = cpu_percentages(cpu_marks)
    changes = lateness_ms[1:]  # the first event is the start itself
    return {
        "lateness_max_ms": max(changes),
        "lateness_median_ms": statistics.median(changes),
        "early": sum(1 for late in changes if late < 0),
        "cpu_percent": statistics.median(cpu),
    }


if __name__ == "__main__":
    result = measure_baseline() if "--baseline" in sys.argv else measure_session()
    print(json.dumps(result))
