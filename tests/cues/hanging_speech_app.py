"""Child process for test_fallbacks: a speech server that accepts and never answers.

Starts the coach with speech-dispatcher pointed at a silent socket, checks that the GUI thread
keeps ticking (a 10 ms timer), lets the coach give up on the voice, runs a toe-lift session on
tones alone, shuts down, and prints one JSON line.
Usage: hanging_speech_app.py WORK_DIR
"""

from __future__ import annotations

import itertools
import json
import os
import socket
import sys
import time
from pathlib import Path

work = Path(sys.argv[1])
work.mkdir(parents=True, exist_ok=True)
address = work / "silent.sock"
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(str(address))
server.listen(8)  # accepts connections into its backlog; never reads, never replies
os.environ["SPEECHD_ADDRESS"] = f"unix_socket:{address}"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from footdrop_gui import bundled  # noqa: E402
from footdrop_gui.core.program import Entry, compile_program  # noqa: E402
from footdrop_gui.cues.coach import Coach  # noqa: E402
from footdrop_gui.cues.script import Tone  # noqa: E402
from footdrop_gui.ui.session_controller import SessionController  # noqa: E402
from footdrop_gui.ui.session_view import SessionView  # noqa: E402
from footdrop_gui.ui.summary_view import SummaryView  # noqa: E402
from tests.helpers.fake_clock import FakeClock  # noqa: E402


class CountingTones:
    def __init__(self) -> None:
        self.count = 0

    def play(self, tone: Tone, gain: float) -> None:
        self.count += 1

    def problem(self) -> str | None:
        return None


app = QApplication([])
tones = CountingTones()
coach = Coach(work / "settings.ini", tones=tones, speech_engine="speechd", speech_timeout=1.0)
ticks: list[float] = [time.monotonic()]
ticker = QTimer()
ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
ticker.start(10)
coach.start_engines()
QTimer.singleShot(1800, app.quit)
app.exec()
ticker.stop()
gaps = [b - a for a, b in itertools.pairwise(ticks)]

exercise = bundled.catalog().get("toe-lifts")
clock = FakeClock()
view, summary = SessionView(), SummaryView()
controller = SessionController(
    compile_program([Entry(exercise, exercise.prescription)]), clock, view, summary, lambda: True
)
coach.follow(controller)
controller.start()
for _ in range(150):
    clock.advance(0.5)
    controller.refresh()
    coach.poll()
report = {
    "status": coach.outputs.speech_status.value,
    "notice": coach.outputs.status_text(),
    "finished": controller.engine.finished,
    "tones": tones.count,
    "longest_gap": max(gaps),
}
coach.unfollow()
coach.shutdown()
print(json.dumps(report), flush=True)
