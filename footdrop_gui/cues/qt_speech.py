"""QTextToSpeech on its own thread, so the GUI thread never waits for the speech engine.

Creating the speech-dispatcher engine blocks for about 1.6 s (it lists every voice of every
module), and it can block for good when the speech server never answers. PySide keeps the
Python lock through that call, so creating it from Python on any thread would freeze the GUI.
Instead a QTextToSpeech with no engine ("none") is made on a speech thread that runs a Qt event
loop, and setEngine() is invoked there as a queued call: the slow part runs in C++ while the
loop has let go of the Python lock. Everything else crosses threads through queued signals.

The speech thread is a daemon Python thread (not a QThread) and its objects are children of
its event dispatcher (owned by Qt, not Python). So when an engine is stuck for good, nothing
ever has to destroy it: no QThread object to delete ("destroyed while still running"), no
engine destructor to run (libspeechd can deadlock in it), and the process still exits. A
healthy engine is closed on its own thread at shutdown.
"""

from __future__ import annotations

import atexit
import threading
import weakref
from collections.abc import Callable

from PySide6.QtCore import (
    Q_ARG,
    QAbstractEventDispatcher,
    QEventLoop,
    QLocale,
    QMetaObject,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtTextToSpeech import QTextToSpeech

from footdrop_gui.cues.speech import Voice, choose_voice, plain_voices, wanted_locales
from footdrop_gui.language import current as current_language

# How long a healthy speech thread gets to close its engine at shutdown.
STOP_WAIT_SECONDS = 2.0
_LIVE: weakref.WeakSet[QtSpeech] = weakref.WeakSet()


def available_engines() -> list[str]:
    return list(QTextToSpeech.availableEngines())


def system_locale_name() -> str:
    return QLocale.system().name()


class _Worker(QObject):
    """Lives on the speech thread with the QTextToSpeech it owns."""

    started = Signal(object, object)  # list[Voice], the chosen Voice (or None)
    failed = Signal(str)

    def __init__(self, engine: str, system: str, saved: Voice | None, level: float, rate: float):
        super().__init__()
        self.tts = QTextToSpeech("none", self)  # no engine yet: created on the thread
        self._engine = engine
        self._system = system
        self._saved = saved
        self._level = level
        self._rate = rate
        self._normal = 1.0

    @Slot()
    def finish_start(self) -> None:
        """Runs on the speech thread right after the queued setEngine()."""
        tts = self.tts
        if tts.engine() != self._engine or tts.state() is QTextToSpeech.State.Error:
            self.failed.emit(tts.errorString() or "the engine did not start")
            return
        # The engine's own loudness counts as 100%: the settings only ever make it softer.
        self._normal = tts.volume() if tts.volume() > 0 else 1.0
        voices: list[Voice] = []
        locales = [loc.name() for loc in tts.availableLocales()]
        language = current_language()  # the screens' language: the coach speaks it too
        for locale in wanted_locales(self._system, locales, language):
            tts.setLocale(QLocale(locale))
            found = [Voice(v.name(), locale) for v in tts.availableVoices()]
            voices += plain_voices(found)
        chosen = choose_voice(voices, self._system, self._saved, language)
        if chosen is not None:
            self._use(chosen)
        self.apply(self._level, self._rate)
        self.started.emit(voices, chosen)

    def _use(self, voice: Voice) -> None:
        tts = self.tts
        if tts.locale().name() != voice.locale:
            tts.setLocale(QLocale(voice.locale))
        for candidate in tts.availableVoices():
            if candidate.name() == voice.name:
                tts.setVoice(candidate)
                return

    @Slot(float, float)
    def apply(self, level: float, rate: float) -> None:
        self._level, self._rate = level, rate
        self.tts.setVolume(max(0.0, min(1.0, level)) * self._normal)
        self.tts.setRate(max(-1.0, min(1.0, rate)))

    @Slot(str, str)
    def use_voice(self, name: str, locale: str) -> None:
        self._use(Voice(name, locale))


class QtSpeech(QObject):
    """The GUI thread's side: sends requests to the speech thread, hears back by signals."""

    _say = Signal(str)
    _stop = Signal()
    _apply = Signal(float, float)
    _voice = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_ready: Callable[[list[Voice], Voice | None], None] = lambda voices, chosen: None
        self.on_failed: Callable[[str], None] = lambda reason: None
        self._thread: threading.Thread | None = None
        self._worker: _Worker | None = None
        self._loop: QEventLoop | None = None
        self._speaking = False
        self._healthy = False
        self.utterances = 0  # how many phrases the engine has begun (tests watch this)
        _LIVE.add(self)

    def start(
        self, engine: str, system_locale: str, saved: Voice | None, level: float, rate: float
    ) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._run,
            args=(engine, system_locale, saved, level, rate),
            name="footdrop-speech",
            daemon=True,
        )
        self._thread.start()

    def _run(
        self, engine: str, system_locale: str, saved: Voice | None, level: float, rate: float
    ) -> None:
        """The speech thread: its objects, its connections, then its event loop."""
        loop = QEventLoop()
        worker = _Worker(engine, system_locale, saved, level, rate)
        # Owned by Qt from here on (see the module's docstring): never deleted by Python.
        dispatcher = QAbstractEventDispatcher.instance()
        worker.setParent(dispatcher)
        loop.setParent(dispatcher)
        tts = worker.tts
        # Requests: C++ slots where possible, so the speech thread runs no Python for them.
        self._say.connect(tts.say)
        self._stop.connect(tts.stop)
        self._apply.connect(worker.apply)
        self._voice.connect(worker.use_voice)
        # Answers, queued back to the GUI thread.
        worker.started.connect(self._started)
        worker.failed.connect(self._failed)
        tts.stateChanged.connect(self._state_changed)
        tts.aboutToSynthesize.connect(self._utterance_began)
        self._worker, self._loop = worker, loop
        QMetaObject.invokeMethod(
            tts, "setEngine", Qt.ConnectionType.QueuedConnection, Q_ARG(str, engine)
        )
        QMetaObject.invokeMethod(worker, "finish_start", Qt.ConnectionType.QueuedConnection)
        loop.exec()  # lets go of the Python lock while Qt runs the engine

    @Slot(object, object)
    def _started(self, voices: list[Voice], chosen: Voice | None) -> None:
        self._healthy = True
        self.on_ready(voices, chosen)

    @Slot(str)
    def _failed(self, reason: str) -> None:
        self.on_failed(reason)

    @Slot(QTextToSpeech.State)
    def _state_changed(self, state: QTextToSpeech.State) -> None:
        self._speaking = state is QTextToSpeech.State.Speaking

    @Slot(int)
    def _utterance_began(self, _id: int) -> None:
        self.utterances += 1

    # Requests go only to an engine that started: a failed speech-dispatcher engine tries to
    # reconnect (and start a server) on every call, and a stuck one would queue them forever.
    def say(self, text: str) -> None:
        if self._healthy:
            self._say.emit(text)

    def stop(self) -> None:
        if self._healthy:
            self._stop.emit()

    def apply(self, level: float, rate: float) -> None:
        if self._healthy:
            self._apply.emit(level, rate)

    def use_voice(self, voice: Voice) -> None:
        if self._healthy:
            self._voice.emit(voice.name, voice.locale)

    def speaking(self) -> bool:
        return self._speaking

    def shutdown(self) -> None:
        """Close a healthy engine on its thread and end the thread; a broken one is let be."""
        thread, worker, loop = self._thread, self._worker, self._loop
        self._thread = self._worker = self._loop = None
        if thread is None or worker is None or loop is None or not self._healthy:
            return  # stuck or broken: the daemon thread ends with the process
        worker.deleteLater()  # on the speech thread, before its loop ends: closes the engine
        QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)
        thread.join(STOP_WAIT_SECONDS)


@atexit.register
def _shutdown_all() -> None:
    """Close engines still open at exit (before PySide's own clean-up, registered earlier)."""
    for speech in list(_LIVE):
        speech.shutdown()
