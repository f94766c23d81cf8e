"""The spoken coach: follows a session's events and plays its tones and words in time.

One entry point for the app:

    coach = Coach(settings.path, parent=window)      # settings.ini (or the data folder)
    window.show(); coach.start_engines_later()       # sound and speech start after show()
    coach.follow(controller)                         # each new SessionController, before start()
    view.add_to_header(coach.volume_widget(view))  # -, volume, +, Mute; M mutes
    coach.open_settings(window)                      # the Sound and voice dialog

Timing comes from the session engine alone (its elapsed() and step boundaries), so tests drive
the coach with the engine's fake clock. Counts and pips are due at fixed times before a step
ends; a precise single-shot timer wakes poll() for the next one. What was played and said,
with when and by when it had to be over, is kept in history.
"""

from __future__ import annotations

import importlib
import math
from collections import deque
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from footdrop_gui.core.engine import Event, EventKind, SessionEngine, State
from footdrop_gui.core.program import Step, StepKind
from footdrop_gui.cues.audio_check import NOTICES as AUDIO_NOTICES
from footdrop_gui.cues.audio_check import AudioProblem
from footdrop_gui.cues.cue_settings import CueSettings
from footdrop_gui.cues.script import (
    AWAY_WORDS,
    COUNT_MIN_LEFT,
    ENDED_WORDS,
    LATE_SECONDS,
    MARGIN_SECONDS,
    PAUSED_WORDS,
    Channels,
    Moment,
    MomentKind,
    Priority,
    Tone,
    announcement,
    boundary_tone,
    carrying_on,
    count_lead,
    fit,
    moments,
    speech_seconds,
    tone_gain,
    voice_level,
)
from footdrop_gui.cues.speech import (
    NOTICES as SPEECH_NOTICES,
)
from footdrop_gui.cues.speech import (
    SpeechHost,
    SpeechStatus,
    Voice,
    pick_engine,
)
from footdrop_gui.cues.tones import SilentTones, TonePlayer, open_tones

if TYPE_CHECKING:
    from footdrop_gui.ui.session_controller import SessionController

# Give the speech engine this long to start before falling back to tones (it normally takes
# about 2 s; it still takes over if it answers later).
SPEECH_START_TIMEOUT = 8.0
# After the window is shown, wait this long so its first frame is painted before sound starts.
START_DELAY_MS = 250
# The first tone of a session is played this much softer: it is never the loudest sound.
FIRST_SOUND_GAIN = 0.7
TRY_PHRASE = "This is how your coach sounds."
HISTORY_LENGTH = 2000
_EPSILON = 1e-6


@dataclass(frozen=True)
class Cue:
    """One thing the coach played or said, in program seconds."""

    at: float
    kind: str  # "tone" or "say"
    what: str
    level: float = 0.0  # tone gain, or voice level
    deadline: float = math.inf  # the moment it had to be over by (say)
    ends: float = 0.0  # when it is expected to be over (say)


class Coach(QObject):
    """Tones and a spoken coach for sessions; silent (with a calm notice) where sound fails."""

    status_changed = Signal()
    volume_changed = Signal(int)
    mute_changed = Signal(bool)
    voices_changed = Signal()

    def __init__(
        self,
        settings_path: Path,
        parent: QObject | None = None,
        *,
        tones: TonePlayer | None = None,
        speech: SpeechHost | None = None,
        speech_engine: str | None = None,
        system_locale: str | None = None,
        speech_timeout: float = SPEECH_START_TIMEOUT,
    ) -> None:
        super().__init__(parent)
        self.settings = CueSettings(settings_path)
        self.history: deque[Cue] = deque(maxlen=HISTORY_LENGTH)
        self._files = ExitStack()
        self._tones = tones
        self._speech = speech
        self._engine_name = speech_engine
        self._system_locale = system_locale
        self._speech_timeout = speech_timeout
        self._speech_status = SpeechStatus.OFF
        self._speech_reason = ""
        self._voices: list[Voice] = []
        self._voice: Voice | None = None
        self._muted = False
        self._started = False
        self._audio_problem: str | None = None
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.timeout.connect(self._speech_did_not_answer)
        # Following a session
        self._controller: SessionController | None = None
        self._engine: SessionEngine | None = None
        self._limbs: dict[str, str] = {}
        self._index: int | None = None
        self._step_end = 0.0
        self._pending: list[Moment] = []
        self._counted = False
        self._busy_until = -math.inf
        self._busy_priority: Priority | None = None
        self._first_sound = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)
        self._try_timer = QTimer(self)
        self._try_timer.setSingleShot(True)
        self._try_timer.timeout.connect(self._say_try_phrase)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- starting the engines ------------------------------------------------------------
    def start_engines_later(self, delay_ms: int = START_DELAY_MS) -> None:
        """Start sound and speech once the window is on screen (call after show())."""
        QTimer.singleShot(delay_ms, self, self.start_engines)

    @Slot()
    def start_engines(self) -> None:
        """Open the tones and start the speech engine (on its own thread, with a timeout).

        Only cheap work happens here on the GUI thread; nothing here can hang.
        """
        if self._started:
            return
        self._started = True
        if self._tones is None:
            self._tones = open_tones(self, self._files)
            if isinstance(self._tones, SilentTones):  # no sound at all: no voice either
                self._audio_problem = self._tones.problem()
        if self.settings.voice_on:
            self._start_speech()
        self.status_changed.emit()

    def _start_speech(self) -> None:
        if self._speech_status is not SpeechStatus.OFF or self._audio_problem is not None:
            return
        backend = self._speech_backend()
        if backend is None:
            return
        if self._speech is None:
            self._speech = backend.QtSpeech(self)
        available: list[str] = backend.available_engines()
        configured = self._engine_name if self._engine_name is not None else self.settings.engine
        engine = pick_engine(available, configured)
        if engine is None or self._speech is None:
            self._set_speech(SpeechStatus.NO_ENGINE)
            return
        self._speech.on_ready = self._speech_ready
        self._speech.on_failed = self._speech_failed
        saved = self.settings.voice
        system = self._system_locale or backend.system_locale_name()
        self._set_speech(SpeechStatus.STARTING)
        self._give_up.start(math.ceil(self._speech_timeout * 1000))
        self._speech.start(
            engine,
            system,
            Voice(*saved) if saved else None,
            self._voice_level(),
            self.settings.rate,
        )

    def _speech_backend(self) -> ModuleType | None:
        try:
            return importlib.import_module("footdrop_gui.cues.qt_speech")
        except ImportError:  # QtTextToSpeech needs QtMultimedia, which needs libpulse
            self._audio_problem = AUDIO_NOTICES[AudioProblem.NO_LIBRARY]
            self._tones = SilentTones(self._audio_problem)
            return None

    def _set_speech(self, status: SpeechStatus, reason: str = "") -> None:
        self._speech_status = status
        self._speech_reason = reason
        if status is not SpeechStatus.STARTING:
            self._give_up.stop()
        self.status_changed.emit()

    def _speech_ready(self, voices: list[Voice], chosen: Voice | None) -> None:
        self._voices = list(voices)
        self._voice = chosen
        self._set_speech(SpeechStatus.READY)
        self.voices_changed.emit()
        self._replan()

    def _speech_failed(self, reason: str) -> None:
        self._set_speech(SpeechStatus.FAILED, reason)

    @Slot()
    def _speech_did_not_answer(self) -> None:
        if self._speech_status is SpeechStatus.STARTING:
            self._set_speech(SpeechStatus.NO_ANSWER)  # tones go on; a late answer still counts

    @Slot()
    def shutdown(self) -> None:
        """Stop speaking and end the speech thread (at quit; safe to call twice)."""
        self._timer.stop()
        self._give_up.stop()
        if self._speech is not None:
            self._speech.stop()
            self._speech.shutdown()
        self._files.close()

    # -- what can be heard ---------------------------------------------------------------
    @property
    def speech_status(self) -> SpeechStatus:
        return self._speech_status

    @property
    def speech_detail(self) -> str:
        """The speech engine's own words when it failed (for the notice's tooltip)."""
        return self._speech_reason

    @property
    def speech_host(self) -> SpeechHost | None:
        """The speech engine's host (None until started)."""
        return self._speech

    @property
    def voices(self) -> list[Voice]:
        return list(self._voices)

    @property
    def voice(self) -> Voice | None:
        return self._voice

    @property
    def muted(self) -> bool:
        return self._muted

    def sound_available(self) -> bool:
        """False when this computer has no sound at all (then there is no voice either)."""
        return self._audio_problem is None

    def voice_available(self) -> bool:
        return self._speech_status is SpeechStatus.READY

    def status_text(self) -> str:
        """A calm notice when sound or voice cannot work here; "" when all is well."""
        if self._audio_problem is not None:
            return self._audio_problem
        notices = []
        problem = self._tones.problem() if self._tones is not None else None
        if problem:
            notices.append(problem)
        if self.settings.voice_on and self._speech_status in SPEECH_NOTICES:
            notices.append(SPEECH_NOTICES[self._speech_status])
        return " ".join(notices)

    def channels(self) -> Channels:
        s = self.settings
        tones_work = self._tones is not None and self._tones.problem() is None
        return Channels(
            tones=s.tones_on and not self._muted and tones_work,
            voice=s.voice_on and not self._muted and self.voice_available(),
            quiet=s.quiet,
        )

    def _voice_level(self) -> float:
        return voice_level(self.settings.voice_volume, self.settings.overall_volume)

    # -- settings changes (the dialog and the session screen call these) ------------------
    def toggle_mute(self) -> None:
        self.set_muted(not self._muted)

    def set_muted(self, muted: bool) -> None:
        if muted == self._muted:
            return
        self._muted = muted
        if muted:
            self._silence()
        self.mute_changed.emit(muted)
        self._replan()

    def set_overall_volume(self, volume: int) -> None:
        volume = max(0, min(100, volume))
        self.settings.overall_volume = volume
        self._apply_voice()
        self.volume_changed.emit(volume)

    def set_tone_volume(self, volume: int) -> None:
        self.settings.tone_volume = volume

    def set_voice_volume(self, volume: int) -> None:
        self.settings.voice_volume = volume
        self._apply_voice()

    def set_rate(self, rate: float) -> None:
        self.settings.rate = rate
        self._apply_voice()

    def set_tones_on(self, on: bool) -> None:
        self.settings.tones_on = on
        self._replan()
        self.status_changed.emit()

    def set_voice_on(self, on: bool) -> None:
        self.settings.voice_on = on
        if on and self._started:
            self._start_speech()
        elif not on:
            self._silence()
        self._replan()
        self.status_changed.emit()

    def set_quiet(self, quiet: bool) -> None:
        self.settings.quiet = quiet
        if quiet:
            self._silence()
        self._replan()

    def set_voice(self, voice: Voice | None) -> None:
        """A voice from voices, or None for the locale's own voice."""
        self.settings.voice = (voice.name, voice.locale) if voice is not None else None
        if voice is not None and self._speech is not None and self.voice_available():
            self._voice = voice
            self._speech.use_voice(voice)

    def _apply_voice(self) -> None:
        if self._speech is not None and self.voice_available():
            self._speech.apply(self._voice_level(), self.settings.rate)

    def try_sound(self) -> None:
        """Play a tone, then say a short phrase, at the current settings (the dialog's button)."""
        ch = self.channels()
        if ch.tones:
            self._play(Tone.PHASE_START, 0.0, first_gain=False)
        if ch.voice:
            self._try_timer.start(600 if ch.tones else 0)

    @Slot()
    def _say_try_phrase(self) -> None:
        if self._speech is not None and self.channels().voice:
            self._speech.say(TRY_PHRASE)

    def volume_widget(self, parent: QWidget | None = None) -> QWidget:
        """The session screen's volume and mute buttons; M mutes while parent has focus."""
        from footdrop_gui.ui.sound_settings import VolumeControl  # ui builds on cues

        return VolumeControl(self, parent)

    def open_settings(self, parent: QWidget | None = None) -> None:
        """Show the Sound and voice dialog (modal); changes apply and are kept at once."""
        from footdrop_gui.ui.sound_settings import SoundSettingsDialog

        SoundSettingsDialog(self, parent).exec()

    # -- following a session -------------------------------------------------------------
    def follow(self, controller: SessionController) -> None:
        """Play and say the cues of this session (replaces any session followed before)."""
        self.unfollow()
        self._controller = controller
        self._engine = controller.engine
        self._limbs = {
            e.exercise.id: "leg" if e.exercise.category == "stretch" else "foot"
            for e in controller.engine.program.entries
        }
        self._index = None
        self._first_sound = True
        controller.events_happened.connect(self._on_events)
        controller.closed.connect(self.unfollow)
        controller.destroyed.connect(self._controller_gone)

    @Slot()
    def unfollow(self) -> None:
        """Stop following the current session (its summary was closed)."""
        controller = self._controller
        self._controller_gone()
        if controller is not None:
            controller.events_happened.disconnect(self._on_events)
            controller.closed.disconnect(self.unfollow)
            controller.destroyed.disconnect(self._controller_gone)

    @Slot()
    def _controller_gone(self) -> None:
        if self._controller is not None:
            self._silence()
        self._controller = None
        self._engine = None
        self._pending = []
        self._timer.stop()

    @Slot(list)
    def _on_events(self, events: list[Event]) -> None:
        engine = self._engine
        if engine is None or not events:
            return
        kinds = {e.kind for e in events}
        now = engine.elapsed()
        done = next((e for e in events if e.kind is EventKind.SESSION_DONE), None)
        early = done is not None and done.ended_early
        # Pause and away both come as PAUSED (away with the time away); the state tells them apart.
        paused = any(e.kind is EventKind.PAUSED or e.away_seconds > 0 for e in events)
        if engine.state is not State.RUNNING:
            self._pending = []
            self._timer.stop()
            self._index = engine.index
            if done is not None or paused:
                self._play_for(boundary_tone(kinds | {EventKind.PAUSED}, None, None, early), now)
            if done is not None and not early:
                self._announce(engine.program.steps[-1], now, math.inf)
            elif early or paused:
                away = engine.state is State.AWAY
                self._say_now(ENDED_WORDS if early else AWAY_WORDS if away else PAUSED_WORDS, now)
            else:
                self._silence()  # moved while paused: said when the person carries on
            return
        resumed = EventKind.RESUMED in kinds
        if any(e.kind is EventKind.STEP_STARTED and e.index == engine.index for e in events):
            ended = engine.program.steps[self._index] if self._index is not None else None
        elif resumed:
            ended = None
        else:
            self._schedule()
            return
        self._index = engine.index
        self._enter_step(engine, now)
        self._play_for(boundary_tone(kinds, ended, engine.step), now)
        deadline = self._words_deadline(engine.step, whole=not resumed)
        self._announce(engine.step, now, deadline, resumed)
        self._schedule()

    def _say_now(self, words: str, now: float) -> None:
        """Calm words for a pause, an absence or an early end (cutting off what was said)."""
        speaking = self.channels().speaking
        if not (speaking and self._say(words, Priority.ANNOUNCEMENT, now, math.inf)):
            self._silence()

    def _words_deadline(self, step: Step, whole: bool) -> float:
        """When a step's words must be over: before its count (see script.count_lead)."""
        return self._step_end - count_lead(step, self.channels(), whole_instruction=whole)

    def _enter_step(self, engine: SessionEngine, now: float) -> None:
        index = engine.index
        self._step_end = engine.step_start(index) + engine.step.seconds
        self._counted = False
        self._plan(engine.step, now)

    def _plan(self, step: Step, now: float) -> None:
        """The step's counts, pips and heads-ups still to come."""
        ahead = [m for m in moments(step, self.channels()) if self._due(m) > now + _EPSILON]
        self._pending = ahead

    def _replan(self) -> None:
        engine = self._engine
        if engine is None or engine.state is not State.RUNNING or self._index != engine.index:
            return
        self._plan(engine.step, engine.elapsed())
        self._schedule()

    def _due(self, moment: Moment) -> float:
        return self._step_end - moment.before_end

    def _schedule(self) -> None:
        engine = self._engine
        if engine is None or not self._pending or engine.state is not State.RUNNING:
            self._timer.stop()
            return
        wait = self._due(self._pending[0]) - engine.elapsed()
        self._timer.start(max(0, math.ceil(wait * 1000 - _EPSILON)))

    @Slot()
    def poll(self) -> None:
        """Play or say whatever is due now (the timer calls this; tests may too)."""
        engine = self._engine
        if engine is None or engine.state is not State.RUNNING or engine.index != self._index:
            return  # the session controller will report the step change
        now = engine.elapsed()
        while self._pending and self._due(self._pending[0]) <= now + _EPSILON:
            moment = self._pending.pop(0)
            if now - self._due(moment) <= LATE_SECONDS:  # a late cue is dropped, not said late
                self._perform(moment, now)
        self._schedule()

    def _perform(self, moment: Moment, now: float) -> None:
        left = self._step_end - now
        ch = self.channels()
        if moment.kind is MomentKind.PIP:
            if ch.tones and not ch.quiet:
                self._play(Tone.LAST_THREE, now)
            return
        if not ch.speaking:
            return
        busy = self._busy(now)
        if moment.kind is MomentKind.COUNT:
            starts_count = moment.text != "1" or self._counted  # never a lone "1"
            if busy in (None, Priority.COUNT) and left >= COUNT_MIN_LEFT and starts_count:
                self._counted |= self._say(moment.text, Priority.COUNT, now, self._step_end)
            return
        if busy is None:  # heads-up: only into silence, and over before the counting starts
            self._say(moment.text, Priority.HEADS_UP, now, self._step_end - 3)

    def _busy(self, now: float) -> Priority | None:
        """The priority of what is still being said (by the estimate or the engine), if any."""
        speaking = now < self._busy_until - _EPSILON
        if self._speech is not None and self._speech.speaking():
            speaking = True
        return self._busy_priority if speaking else None

    # -- sounding --------------------------------------------------------------------------
    def _play_for(self, tone: Tone | None, now: float) -> None:
        if tone is not None:
            self._play(tone, now)

    def _play(self, tone: Tone, now: float, first_gain: bool = True) -> None:
        if self._tones is None or not self.channels().tones:
            return
        gain = tone_gain(self.settings.tone_volume, self.settings.overall_volume)
        if first_gain and self._first_sound:
            gain *= FIRST_SOUND_GAIN
        self._first_sound = False
        self._tones.play(tone, gain)
        self.history.append(Cue(now, "tone", tone.value, gain))

    def _announce(self, step: Step, now: float, deadline: float, resumed: bool = False) -> None:
        """Say a step's words, shortened to fit before deadline; stale speech stops anyway."""
        if not self.channels().speaking:
            self._silence()
            return
        limb = self._limbs.get(step.exercise_id or "", "foot")
        if step.kind is StepKind.DONE:
            deadline = math.inf
        variants = carrying_on(step, limb) if resumed else announcement(step, limb)
        if not self._say_first_fitting(variants, now, deadline):
            self._silence()

    def _say_first_fitting(self, variants: Sequence[str], now: float, deadline: float) -> bool:
        text = fit(variants, deadline - now, self.settings.rate)
        return text is not None and self._say(text, Priority.ANNOUNCEMENT, now, deadline)

    def _say(self, text: str, priority: Priority, now: float, deadline: float) -> bool:
        if self._speech is None:
            return False
        seconds = speech_seconds(text, self.settings.rate)
        if now + seconds > deadline - MARGIN_SECONDS + _EPSILON:
            return False  # it would still be speaking when its moment has passed
        step_words = priority is Priority.ANNOUNCEMENT and self._busy_priority is not None
        if step_words or self._busy(now) is not None:
            # Cut the old phrase now. After Skip the program time has jumped, so the estimate
            # cannot tell it is still being said, and an engine that has not yet reported it
            # speaking queues the new phrase behind it (speech-dispatcher does): a second late.
            self._speech.stop()
        self._speech.say(text)
        self._busy_until = now + seconds
        self._busy_priority = priority
        self.history.append(
            Cue(now, "say", text, self._voice_level(), deadline=deadline, ends=now + seconds)
        )
        return True

    def _silence(self) -> None:
        if self._busy_priority is not None and self._speech is not None:
            self._speech.stop()
        self._busy_until = -math.inf
        self._busy_priority = None
