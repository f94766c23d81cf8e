"""Choosing the speech engine and voice, and the calm words for when there is no voice.

No QtTextToSpeech here: that module needs QtMultimedia (and so libpulse), so it is imported
only when the engine is started (footdrop_gui.cues.qt_speech), after the window is shown.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from footdrop_gui.core.translation import translate
from footdrop_gui.cues.audio_check import library_loads

# The platforms' own engines, best first; Qt's "mock" engine is for tests only.
PREFERRED_ENGINES = ("speechd", "flite", "winrt", "sapi", "darwin", "macos", "android", "ios")
TEST_ENGINE = "mock"
# Libraries an engine's plug-in needs; without them Qt cannot even load the plug-in.
ENGINE_LIBRARIES = {"speechd": "libspeechd.so.2"}
# Words that name a country in voice names ("English (America)", "... English (United States)").
_TERRITORY_WORDS = {
    "US": ("america", "united states", "(us)"),
    "GB": ("great britain", "united kingdom", "british", "(uk)"),
    "IE": ("ireland", "irish"),
    "AU": ("australia",),
    "CA": ("canada",),
    "NZ": ("new zealand",),
    "IN": ("india",),
    "ZA": ("south africa",),
}
# For English words on a system in another language: an English voice all the same.
FALLBACK_LOCALES = ("en_US", "en_GB")


class SpeechStatus(StrEnum):
    OFF = "off"  # not started (voice switched off, or no sound at all)
    STARTING = "starting"
    READY = "ready"
    NO_ENGINE = "no-engine"
    FAILED = "failed"
    NO_ANSWER = "no-answer"
    NO_VOICE = "no-voice"  # the engine has no voice for the app's language


def speech_notice(status: SpeechStatus) -> str | None:
    """The calm words shown when the voice is off against the settings (None: nothing to say)."""
    if status is SpeechStatus.NO_ENGINE:
        return translate(
            "SoundNotice",
            "The spoken coach is off: no speech engine is installed. You will still hear the "
            "tones.",
        )
    if status is SpeechStatus.FAILED:
        return translate(
            "SoundNotice",
            "The spoken coach is off: the speech engine could not start. You will still hear "
            "the tones.",
        )
    if status is SpeechStatus.NO_ANSWER:
        return translate(
            "SoundNotice",
            "The spoken coach is off: the speech engine did not answer. You will still hear "
            "the tones.",
        )
    if status is SpeechStatus.NO_VOICE:
        return translate(
            "SoundNotice",
            "The spoken coach is off: this computer has no voice for your language. You will "
            "still hear the tones.",
        )
    return None


@dataclass(frozen=True)
class Voice:
    name: str
    locale: str  # "en_GB"

    @property
    def label(self) -> str:
        return self.name


class SpeechHost(Protocol):
    """A speech engine running off the GUI thread; it reports back through two callbacks.

    on_ready(voices, chosen) once the engine is up (possibly after the coach gave up
    waiting), or on_failed(reason) when it cannot start. Both are called on the GUI thread.
    """

    on_ready: Callable[[list[Voice], Voice | None], None]
    on_failed: Callable[[str], None]

    def start(
        self, engine: str, system_locale: str, saved: Voice | None, level: float, rate: float
    ) -> None: ...

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def apply(self, level: float, rate: float) -> None:
        """Volume as a fraction of the engine's normal loudness, and rate from -1 to 1."""
        ...

    def use_voice(self, voice: Voice) -> None: ...

    def speaking(self) -> bool:
        """True while the engine says it is speaking."""
        ...

    def shutdown(self) -> None: ...


def pick_engine(
    available: Sequence[str], configured: str = "", loads: Callable[[str], bool] = library_loads
) -> str | None:
    """The engine to use: the configured one if present, else the platform's own best."""
    if configured:
        return configured if configured in available and _usable(configured, loads) else None
    for name in [*PREFERRED_ENGINES, *available]:
        if name in available and name != TEST_ENGINE and _usable(name, loads):
            return name
    return None


def _usable(engine: str, loads: Callable[[str], bool]) -> bool:
    library = ENGINE_LIBRARIES.get(engine)
    return library is None or not sys.platform.startswith("linux") or loads(library)


def language_of(locale: str) -> str:
    """The language part of a voice's locale: "es" for es_ES or es-419."""
    return locale.split("_")[0].split("-")[0].lower()


def _territory(locale: str) -> str:
    parts = locale.replace("-", "_").split("_")
    return parts[1].upper() if len(parts) > 1 else ""


def wanted_locales(
    system_locale: str, available: Sequence[str], language: str = "en"
) -> list[str]:
    """Locales whose voices speak the app's language: the system's own first. Another
    language's voice would mangle the words, so none is better (English keeps its old
    fallback to the system's voice, for systems with no English voice at all)."""
    own = [loc for loc in available if language_of(loc) == language]
    order = [system_locale, *(FALLBACK_LOCALES if language == "en" else ()), *own]
    wanted = [loc for loc in dict.fromkeys(order) if loc in own]
    if not wanted and language == "en" and system_locale in available:
        wanted = [system_locale]
    return wanted


def plain_voices(voices: Sequence[Voice]) -> list[Voice]:
    """Voices without speech-dispatcher's "+variant" copies (unless that is all there is)."""
    plain = [v for v in voices if "+" not in v.name]
    return plain or list(voices)


def choose_voice(
    voices: Sequence[Voice], system_locale: str, saved: Voice | None = None, language: str = "en"
) -> Voice | None:
    """The saved voice if it still exists; else the system locale's own voice.

    Not simply the engine's first voice (speech-dispatcher's first is often a language the
    person does not speak): the best locale is the system's if it is in the app's language,
    then (for English) American and British English. Within it, a voice named after the
    country wins ("English (America)" for en_US), then the first plain voice.
    """
    if saved is not None and saved in voices and language_of(saved.locale) == language:
        return saved  # a voice chosen for another language would mangle this one's words
    for locale in wanted_locales(system_locale, [v.locale for v in voices], language):
        here = plain_voices([v for v in voices if v.locale == locale])
        words = _TERRITORY_WORDS.get(_territory(locale), ())
        named = [v for v in here if any(w in v.name.lower() for w in words)]
        if named or here:
            return (named or here)[0]
    return None
