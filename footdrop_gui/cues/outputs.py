"""The tones and the voice the coach sounds through: started late, never hanging, and silent
with a calm notice where this computer cannot play sound or speak."""

from __future__ import annotations

import importlib
import math
from contextlib import ExitStack
from types import ModuleType
from typing import TypedDict, Unpack

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from footdrop_gui.cues.audio_check import AudioProblem, audio_notice
from footdrop_gui.cues.cue_settings import CueSettings
from footdrop_gui.cues.script import voice_level
from footdrop_gui.cues.speech import SpeechHost, SpeechStatus, Voice, pick_engine, speech_notice
from footdrop_gui.cues.tones import SilentTones, TonePlayer, open_tones

# Give the speech engine this long to start before falling back to tones (it normally takes
# about 2 s; it still takes over if it answers later).
SPEECH_START_TIMEOUT = 8.0


class Backends(TypedDict, total=False):
    """Stand-ins (tests) or choices for the back-ends; left out, the real ones are found."""

    tones: TonePlayer
    speech: SpeechHost
    speech_engine: str  # a speech engine's name, before the one in the settings
    system_locale: str
    speech_timeout: float


class SoundOutputs(QObject):
    """The tone player and the speech engine (on its own thread, with a timeout)."""

    status_changed = Signal()
    voices_changed = Signal()  # the voice is ready: its voices are known

    def __init__(
        self, settings: CueSettings, parent: QObject | None = None, **given: Unpack[Backends]
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tones = given.get("tones")
        self.speech = given.get("speech")
        self._files = ExitStack()
        self._engine_name = given.get("speech_engine")
        self._system_locale = given.get("system_locale")
        self._speech_timeout = given.get("speech_timeout", SPEECH_START_TIMEOUT)
        self._speech_status = SpeechStatus.OFF
        self._speech_reason = ""
        self._voices: list[Voice] = []
        self.voice: Voice | None = None
        self.started = False
        self._audio_problem: str | None = None
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.timeout.connect(self._speech_did_not_answer)

    def start(self) -> None:
        """Open the tones and start the speech engine; only cheap work, nothing can hang."""
        if self.started:
            return
        self.started = True
        if self.tones is None:
            self.tones = open_tones(self, self._files)
            if isinstance(self.tones, SilentTones):  # no sound at all: no voice either
                self._audio_problem = self.tones.problem()
        if self.settings.voice_on:
            self.start_speech()
        self.status_changed.emit()

    def start_speech(self) -> None:
        if self._speech_status is not SpeechStatus.OFF or self._audio_problem is not None:
            return
        backend = self._speech_backend()
        if backend is None:
            return
        if self.speech is None:
            self.speech = backend.QtSpeech(self)
        available: list[str] = backend.available_engines()
        configured = self._engine_name if self._engine_name is not None else self.settings.engine
        engine = pick_engine(available, configured)
        if engine is None or self.speech is None:
            self._set_speech(SpeechStatus.NO_ENGINE)
            return
        self.speech.on_ready = self._speech_ready
        self.speech.on_failed = self._speech_failed
        saved = self.settings.voice
        system = self._system_locale or backend.system_locale_name()
        self._set_speech(SpeechStatus.STARTING)
        self._give_up.start(math.ceil(self._speech_timeout * 1000))
        self.speech.start(
            engine,
            system,
            Voice(*saved) if saved else None,
            self.voice_level(),
            self.settings.rate,
        )

    def _speech_backend(self) -> ModuleType | None:
        try:
            return importlib.import_module("footdrop_gui.cues.qt_speech")
        except ImportError:  # QtTextToSpeech needs QtMultimedia, which needs libpulse
            self._audio_problem = audio_notice(AudioProblem.NO_LIBRARY)
            self.tones = SilentTones(self._audio_problem)
            return None

    def _set_speech(self, status: SpeechStatus, reason: str = "") -> None:
        self._speech_status = status
        self._speech_reason = reason
        if status is not SpeechStatus.STARTING:
            self._give_up.stop()
        self.status_changed.emit()

    def _speech_ready(self, voices: list[Voice], chosen: Voice | None) -> None:
        self._voices = list(voices)
        self.voice = chosen
        # No voice speaks the app's language here: tones only, and the sound settings say so.
        self._set_speech(SpeechStatus.READY if chosen is not None else SpeechStatus.NO_VOICE)
        self.voices_changed.emit()

    def _speech_failed(self, reason: str) -> None:
        self._set_speech(SpeechStatus.FAILED, reason)

    @Slot()
    def _speech_did_not_answer(self) -> None:
        if self._speech_status is SpeechStatus.STARTING:
            self._set_speech(SpeechStatus.NO_ANSWER)  # tones go on; a late answer still counts

    def shutdown(self) -> None:
        """Stop speaking and end the speech thread (safe to call twice)."""
        self._give_up.stop()
        if self.speech is not None:
            self.speech.stop()
            self.speech.shutdown()
        self._files.close()

    @property
    def speech_status(self) -> SpeechStatus:
        return self._speech_status

    @property
    def speech_detail(self) -> str:
        """The speech engine's own words when it failed (for the notice's tooltip)."""
        return self._speech_reason

    @property
    def voices(self) -> list[Voice]:
        return list(self._voices)

    def sound_available(self) -> bool:
        """False when this computer has no sound at all (then there is no voice either)."""
        return self._audio_problem is None

    def voice_available(self) -> bool:
        return self._speech_status is SpeechStatus.READY

    def tones_work(self) -> bool:
        return self.tones is not None and self.tones.problem() is None

    def speaking(self) -> bool:
        """The engine's own word that it is still speaking."""
        return self.speech is not None and self.speech.speaking()

    def status_text(self) -> str:
        """A calm notice when sound or voice cannot work here; "" when all is well."""
        if self._audio_problem is not None:
            return self._audio_problem
        notices = []
        problem = self.tones.problem() if self.tones is not None else None
        if problem:
            notices.append(problem)
        speech = speech_notice(self._speech_status)
        if self.settings.voice_on and speech is not None:
            notices.append(speech)
        return " ".join(notices)

    def voice_level(self) -> float:
        return voice_level(self.settings.voice_volume, self.settings.overall_volume)

    def use_voice(self, voice: Voice) -> None:
        if self.speech is not None and self.voice_available():
            self.voice = voice
            self.speech.use_voice(voice)

    def apply_voice(self) -> None:
        """The voice's level and rate from the settings, at once."""
        if self.speech is not None and self.voice_available():
            self.speech.apply(self.voice_level(), self.settings.rate)
