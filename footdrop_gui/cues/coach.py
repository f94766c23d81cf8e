"""The spoken coach: follows a session's events and plays its tones and words in time.

One entry point for the app:

    coach = Coach(settings.path, parent=window)      # settings.ini (or the data folder)
    window.show(); coach.start_engines_later()       # sound and speech start after show()
    coach.follow(session)                            # each new session, before it starts
    ui.sound_settings.VolumeControl(coach, view)   # -, volume, +, Mute; M mutes
    ui.sound_settings.SoundSettingsDialog(coach)     # the Sound and voice dialog

Timing comes from the session engine alone (its elapsed() and step boundaries), so tests drive
the coach with the engine's fake clock: cue_plan.py decides what is due when, outputs.py
holds the tones and the voice, and a precise single-shot timer wakes poll() for the next
cue. What was played and said, with when and by when it had to be over, is kept in history.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Unpack

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, SignalInstance, Slot

from footdrop_gui.core.engine import Event, SessionEngine
from footdrop_gui.core.translation import translate
from footdrop_gui.cues.cue_plan import CuePlanner, Hush, Play, Say, Sound
from footdrop_gui.cues.cue_settings import CueSettings
from footdrop_gui.cues.outputs import Backends, SoundOutputs
from footdrop_gui.cues.script import Channels, Tone, tone_gain
from footdrop_gui.cues.speech import Voice

# After the window is shown, wait this long so its first frame is painted before sound starts.
START_DELAY_MS = 250
# The first tone of a session is played this much softer: it is never the loudest sound.
FIRST_SOUND_GAIN = 0.7
HISTORY_LENGTH = 2000


class FollowedSession(Protocol):
    """What the coach follows: a running session's engine and its signals (in ui, the
    SessionController); cues never imports ui."""

    @property
    def engine(self) -> SessionEngine: ...
    @property
    def events_happened(self) -> SignalInstance: ...  # list[Event]
    @property
    def closed(self) -> SignalInstance: ...
    @property
    def destroyed(self) -> SignalInstance: ...


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
        self, settings_path: Path, parent: QObject | None = None, **given: Unpack[Backends]
    ) -> None:
        super().__init__(parent)
        self.settings = CueSettings(settings_path)
        self.outputs = SoundOutputs(self.settings, self, **given)
        self.outputs.status_changed.connect(self.status_changed)
        self.outputs.voices_changed.connect(self.voices_changed)
        self.outputs.voices_changed.connect(self._replan)
        self.history: deque[Cue] = deque(maxlen=HISTORY_LENGTH)
        self._muted = False
        self._session: FollowedSession | None = None
        self._plan: CuePlanner | None = None
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

    def start_engines_later(self, delay_ms: int = START_DELAY_MS) -> None:
        """Start sound and speech once the window is on screen (call after show())."""
        QTimer.singleShot(delay_ms, self, self.start_engines)

    @Slot()
    def start_engines(self) -> None:
        self.outputs.start()

    @Slot()
    def shutdown(self) -> None:
        """Stop speaking and end the speech thread (at quit; safe to call twice)."""
        self._timer.stop()
        self.outputs.shutdown()

    @property
    def muted(self) -> bool:
        return self._muted

    def channels(self) -> Channels:
        s = self.settings
        return Channels(
            tones=s.tones_on and not self._muted and self.outputs.tones_work(),
            voice=s.voice_on and not self._muted and self.outputs.voice_available(),
            quiet=s.quiet,
        )

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
        self.outputs.apply_voice()
        self.volume_changed.emit(volume)

    def set_tone_volume(self, volume: int) -> None:
        self.settings.tone_volume = volume

    def set_voice_volume(self, volume: int) -> None:
        self.settings.voice_volume = volume
        self.outputs.apply_voice()

    def set_rate(self, rate: float) -> None:
        self.settings.rate = rate
        self.outputs.apply_voice()

    def set_tones_on(self, on: bool) -> None:
        self.settings.tones_on = on
        self._replan()
        self.status_changed.emit()

    def set_voice_on(self, on: bool) -> None:
        self.settings.voice_on = on
        if on and self.outputs.started:
            self.outputs.start_speech()
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
        """A voice from the voices, or None for the locale's own voice."""
        self.settings.voice = (voice.name, voice.locale) if voice is not None else None
        if voice is not None:
            self.outputs.use_voice(voice)

    def try_sound(self) -> None:
        """Play a tone, then say a short phrase, at the current settings (the dialog's button)."""
        ch = self.channels()
        if ch.tones:
            self._play(Tone.PHASE_START, 0.0, gain=1.0)
        if ch.voice:
            self._try_timer.start(600 if ch.tones else 0)

    @Slot()
    def _say_try_phrase(self) -> None:
        if self.outputs.speech is not None and self.channels().voice:
            self.outputs.speech.say(translate("SpokenCue", "This is how your coach sounds."))

    # -- following a session -------------------------------------------------------------
    def follow(self, session: FollowedSession) -> None:
        """Play and say the cues of this session (replaces any session followed before)."""
        self.unfollow()
        self._session = session
        self._plan = CuePlanner(
            session.engine, self.channels, lambda: self.settings.rate, self.outputs.speaking
        )
        session.events_happened.connect(self._on_events)
        session.closed.connect(self.unfollow)
        session.destroyed.connect(self._session_gone)

    @Slot()
    def unfollow(self) -> None:
        """Stop following the current session (its summary was closed)."""
        session = self._session
        self._session_gone()
        if session is not None:
            session.events_happened.disconnect(self._on_events)
            session.closed.disconnect(self.unfollow)
            session.destroyed.disconnect(self._session_gone)

    @Slot()
    def _session_gone(self) -> None:
        self._silence()
        self._session = None
        self._plan = None
        self._timer.stop()

    @Slot(list)
    def _on_events(self, events: list[Event]) -> None:
        if self._plan is not None:
            self._sound(self._plan.on_events(events))

    @Slot()
    def poll(self) -> None:
        """Play or say whatever is due now (the timer calls this; tests may too)."""
        if self._plan is not None:
            self._sound(self._plan.poll())

    def _replan(self) -> None:
        if self._plan is not None:
            self._plan.replan()
            self._schedule()

    def _schedule(self) -> None:
        wait = self._plan.wait() if self._plan is not None else None
        if wait is None:
            self._timer.stop()
        else:
            self._timer.start(max(0, math.ceil(wait * 1000 - 1e-6)))

    def _silence(self) -> None:
        if self._plan is not None:
            self._sound(self._plan.hush(), schedule=False)

    def _sound(self, sounds: list[Sound], schedule: bool = True) -> None:
        """Perform what the plan decided, on the tones and the voice."""
        speech = self.outputs.speech
        for sound in sounds:
            if isinstance(sound, Play):
                self._play(sound.tone, sound.at, FIRST_SOUND_GAIN if sound.first else 1.0)
            elif isinstance(sound, Say) and speech is not None:
                if sound.cut:
                    speech.stop()
                speech.say(sound.text)
                level = self.outputs.voice_level()
                self.history.append(
                    Cue(sound.at, "say", sound.text, level, sound.deadline, sound.ends)
                )
            elif isinstance(sound, Hush) and speech is not None:
                speech.stop()
        if schedule:
            self._schedule()

    def _play(self, tone: Tone, now: float, gain: float) -> None:
        if self.outputs.tones is None or not self.channels().tones:
            return
        gain *= tone_gain(self.settings.tone_volume, self.settings.overall_volume)
        self.outputs.tones.play(tone, gain)
        self.history.append(Cue(now, "tone", tone.value, gain))
