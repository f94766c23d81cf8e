"""Child process for the loudness test: the app's own coach plays its tones and a session.

Runs the real Coach (QSoundEffect tones, QTextToSpeech voice) at the default sound settings
against whatever PulseAudio server PULSE_SERVER names. With "all", every tone is played first
(as a session plays it: no first-sound softening). Then a real session is followed from its
first rest, on the real clock moved on over the silent stretches: the rest is announced (with
the session's first tone), "Set 2 of 3 is next" is said alone, and the get-ready pips sound in
its last three seconds. Prints one JSON line: each cue with when it started (monotonic
seconds) and what it was.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from footdrop_gui import bundled
from footdrop_gui.core.clock import MonotonicClock
from footdrop_gui.core.engine import State
from footdrop_gui.core.program import Entry, StepKind, compile_program
from footdrop_gui.cues.coach import Coach
from footdrop_gui.cues.script import Tone
from footdrop_gui.cues.speech import SpeechStatus
from footdrop_gui.ui.session_controller import SessionController
from footdrop_gui.ui.session_view import SessionView
from footdrop_gui.ui.summary_view import SummaryView

TONE_SPACING = 0.9  # seconds between the tones played one by one (each is under 0.7 s)


class JumpClock(MonotonicClock):
    """The real clock, moved on by hand over stretches where nothing is heard."""

    def __init__(self) -> None:
        super().__init__()
        self.offset = 0.0

    def now(self) -> float:
        return super().now() + self.offset


work = Path(sys.argv[1])
every_tone = sys.argv[2:] == ["all"]
app = QApplication([])
coach = Coach(work / "settings.ini", speech_timeout=15.0)
clock = JumpClock()
exercise = bundled.catalog().get("calf-stretch")
program = compile_program([Entry(exercise, exercise.prescription)])
rest = next(i for i, s in enumerate(program.steps) if s.kind is StepKind.REST)
rest_start = sum(s.seconds for s in program.steps[:rest])
view, summary = SessionView(), SummaryView()
controller = SessionController(program, clock, view, summary, lambda: True)
coach.follow(controller)
cues: list[dict[str, object]] = []
report: dict[str, object] = {"cues": cues}
began = time.monotonic()
tones_left = list(Tone) if every_tone else []
state = {"next_tone": 0.0, "spoke": False}


def ready() -> bool:
    if coach.outputs.speech_status in (SpeechStatus.STARTING, SpeechStatus.OFF):
        return time.monotonic() - began > 20
    effects = getattr(coach.outputs.tones, "_effects", {})
    return all(e.status() == e.Status.Ready for e in effects.values())


def note_new_cues() -> None:
    alone = controller.engine.state is State.READY  # played one by one, before the session
    for cue in list(coach.history)[len(cues) :]:
        cues.append({"t": time.monotonic(), "kind": cue.kind, "what": cue.what})
        cues[-1].update(at=cue.at, alone=alone)


def program_time() -> float:
    return controller.engine.elapsed()


def jump_to(target: float) -> None:
    """Move the clock on to program time target (the silent part of the rest)."""
    controller.refresh()
    clock.offset += target - program_time()
    controller.refresh()
    coach.poll()


def quiet_after_speaking() -> bool:
    host = coach.outputs.speech
    speaking = host is not None and host.speaking()
    state["spoke"] = bool(state["spoke"]) or speaking
    return bool(state["spoke"]) and not speaking


def step() -> None:
    """A small state machine on a timer: the tones one by one, then the session's rest."""
    note_new_cues()
    now = time.monotonic()
    if "speech" not in report:
        if ready():
            report["speech"] = coach.outputs.speech_status.value
            report["status"] = coach.outputs.status_text()
            state["next_tone"] = now
        return
    if tones_left:
        if now >= state["next_tone"]:
            coach._play(tones_left.pop(0), 0.0, gain=1.0)
            state["next_tone"] = now + TONE_SPACING
        return
    if controller.engine.state is State.READY:
        if now >= state["next_tone"]:
            controller.start(rest)
        return
    at = program_time()
    heads_up = rest_start + 9  # "Set 2 of 3 is next", 6 s before the 15 s rest ends
    if at < heads_up - 1 and quiet_after_speaking():
        state["spoke"] = False
        jump_to(heads_up - 0.2)
    elif heads_up < at < heads_up + 2.5 and quiet_after_speaking():
        state["spoke"] = False
        jump_to(heads_up + 2.8)  # just before the pips at 3, 2 and 1 s before the rest ends
    elif at > heads_up + 5.4:  # after the last pip, before the next step's tone
        app.quit()


poll = QTimer()
poll.timeout.connect(step)
poll.start(10)
coach.start_engines()
QTimer.singleShot(60_000, app.quit)
app.exec()
coach.unfollow()
coach.shutdown()
print(json.dumps(report), flush=True)
