"""Child process for test_real_audio: the app's own coach plays a tone and says a phrase.

Runs the real Coach (QSoundEffect tones, QTextToSpeech voice) against whatever PulseAudio
server PULSE_SERVER names, presses the settings dialog's "Try it" (a tone, then a phrase), waits
for the voice to finish and prints one JSON line about what happened.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from footdrop_gui.cues.coach import Coach
from footdrop_gui.cues.speech import SpeechStatus

work = Path(sys.argv[1])
app = QApplication([])
coach = Coach(work / "settings.ini", speech_timeout=15.0)
ticks = [time.monotonic()]
ticker = QTimer()
ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
ticker.start(10)
report: dict[str, object] = {}
began = time.monotonic()
state = {"spoke": False}


def waited() -> float:
    return time.monotonic() - began


def settled() -> bool:
    starting = (SpeechStatus.STARTING, SpeechStatus.OFF)
    return coach.outputs.speech_status not in starting or waited() > 20


def tones_loaded() -> bool:
    effects = getattr(coach.outputs.tones, "_effects", {})
    return bool(effects) and all(e.status() == e.Status.Ready for e in effects.values())


def step() -> None:
    """A small state machine on a timer: wait for the engines, try the sound, wait for it."""
    if "tried_at" not in report:
        if settled() and (tones_loaded() or waited() > 20):
            report["status"] = coach.outputs.status_text()
            report["speech"] = coach.outputs.speech_status.value
            report["voice"] = coach.outputs.voice.name if coach.outputs.voice else None
            report["tried_at"] = time.monotonic()
            coach.try_sound()
        return
    host = coach.outputs.speech
    if host is not None and host.speaking():
        state["spoke"] = True
    since = time.monotonic() - float(str(report["tried_at"]))
    voice_done = not coach.outputs.voice_available() or (state["spoke"] and not host.speaking())
    if (voice_done and since > 1.5) or since > 12:
        report["spoke"] = state["spoke"]
        app.quit()


poll = QTimer()
poll.timeout.connect(step)
poll.start(20)
coach.start_engines()
app.exec()
gaps = [b - a for a, b in itertools.pairwise(ticks)]
report["longest_gap"] = max(gaps)
coach.shutdown()
print(json.dumps(report), flush=True)
