"""When to play which tone and say which words in one session: pure, with no sound and no Qt.

The engine's events and its clock (elapsed()) come in; what to sound comes out, as Play, Say
and Hush, each at a program time. The coach performs them on the tones and the voice, so this
timing can be tested and changed without an audio device. script.py decides the words.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from footdrop_gui.core.engine import Event, EventKind, SessionEngine, State
from footdrop_gui.core.program import Step, StepKind
from footdrop_gui.cues.script import (
    COUNT_MIN_LEFT,
    LATE_SECONDS,
    MARGIN_SECONDS,
    Channels,
    Moment,
    MomentKind,
    Priority,
    Tone,
    announcement,
    away_words,
    boundary_tone,
    carrying_on,
    count_lead,
    ended_words,
    fit,
    moments,
    paused_words,
    speech_seconds,
)

_EPSILON = 1e-6


@dataclass(frozen=True)
class Play:
    """Play a tone now; the first of a session is played softer."""

    tone: Tone
    at: float
    first: bool = False


@dataclass(frozen=True)
class Say:
    """Say words now (cutting off what is being said first when cut), over by ends."""

    text: str
    at: float
    deadline: float
    ends: float
    cut: bool = False


@dataclass(frozen=True)
class Hush:
    """Stop what is being said."""


Sound = Play | Say | Hush


class CuePlanner:
    """The cues of one session: counts and pips at fixed times before a step ends, words at
    each step, calm words at a pause or an end; a late cue is dropped, never said late."""

    def __init__(
        self,
        engine: SessionEngine,
        channels: Callable[[], Channels],
        rate: Callable[[], float],
        speaking: Callable[[], bool],
    ) -> None:
        self._engine = engine
        self._channels = channels
        self._rate = rate
        self._speaking = speaking  # the voice's own word that it is still speaking
        self._limbs = {
            e.exercise.id: "leg" if e.exercise.category == "stretch" else "foot"
            for e in engine.program.entries
        }
        self._index: int | None = None
        self._step_end = 0.0
        self._pending: list[Moment] = []
        self._counted = False
        self._busy_until = -math.inf
        self._busy_priority: Priority | None = None
        self._first_sound = True
        self._out: list[Sound] = []

    def on_events(self, events: list[Event]) -> list[Sound]:
        """What the engine's latest events sound like."""
        engine = self._engine
        if not events:
            return []
        kinds = {e.kind for e in events}
        now = engine.elapsed()
        done = next((e for e in events if e.kind is EventKind.SESSION_DONE), None)
        early = done is not None and done.ended_early
        # Pause and away both come as PAUSED (away with the time away); the state tells them apart.
        paused = any(e.kind is EventKind.PAUSED or e.away_seconds > 0 for e in events)
        if engine.state is not State.RUNNING:
            self._pending = []
            self._index = engine.index
            if done is not None or paused:
                self._play_for(boundary_tone(kinds | {EventKind.PAUSED}, None, None, early), now)
            if done is not None and not early:
                self._announce(engine.program.steps[-1], now, math.inf)
            elif early or paused:
                away = engine.state is State.AWAY
                words = ended_words() if early else away_words() if away else paused_words()
                self._say_now(words, now)
            else:
                self._hush()  # moved while paused: said when the person carries on
            return self._take()
        resumed = EventKind.RESUMED in kinds
        if any(e.kind is EventKind.STEP_STARTED and e.index == engine.index for e in events):
            ended = engine.program.steps[self._index] if self._index is not None else None
        elif resumed:
            ended = None
        else:
            return self._take()
        self._index = engine.index
        self._step_end = engine.step_start(engine.index) + engine.step.seconds
        self._counted = False
        self._plan(engine.step, now)
        self._play_for(boundary_tone(kinds, ended, engine.step), now)
        deadline = self._words_deadline(engine.step, whole=not resumed)
        self._announce(engine.step, now, deadline, resumed)
        return self._take()

    def poll(self) -> list[Sound]:
        """Whatever is due now."""
        engine = self._engine
        if engine.state is not State.RUNNING or engine.index != self._index:
            return []  # the engine's events will report the step change
        now = engine.elapsed()
        while self._pending and self._due(self._pending[0]) <= now + _EPSILON:
            moment = self._pending.pop(0)
            if now - self._due(moment) <= LATE_SECONDS:  # a late cue is dropped, not said late
                self._perform(moment, now)
        return self._take()

    def wait(self) -> float | None:
        """Seconds until the next cue is due; None when nothing is due while it runs."""
        if not self._pending or self._engine.state is not State.RUNNING:
            return None
        return self._due(self._pending[0]) - self._engine.elapsed()

    def replan(self) -> None:
        """The channels changed (mute, settings, a voice came): plan the step's rest anew."""
        engine = self._engine
        if engine.state is State.RUNNING and self._index == engine.index:
            self._plan(engine.step, engine.elapsed())

    def hush(self) -> list[Sound]:
        """Stop the words being said, if any."""
        self._hush()
        return self._take()

    def _hush(self) -> None:
        if self._busy_priority is not None:
            self._out.append(Hush())
        self._busy_until = -math.inf
        self._busy_priority = None

    def _take(self) -> list[Sound]:
        out, self._out = self._out, []
        return out

    def _say_now(self, words: str, now: float) -> None:
        """Calm words for a pause, an absence or an early end (cutting off what was said)."""
        speaking = self._channels().speaking
        if not (speaking and self._say(words, Priority.ANNOUNCEMENT, now, math.inf)):
            self._hush()

    def _words_deadline(self, step: Step, whole: bool) -> float:
        """When a step's words must be over: before its count (see script.count_lead)."""
        return self._step_end - count_lead(step, self._channels(), whole_instruction=whole)

    def _plan(self, step: Step, now: float) -> None:
        """The step's counts, pips and heads-ups still to come."""
        ahead = [m for m in moments(step, self._channels()) if self._due(m) > now + _EPSILON]
        self._pending = ahead

    def _due(self, moment: Moment) -> float:
        return self._step_end - moment.before_end

    def _perform(self, moment: Moment, now: float) -> None:
        left = self._step_end - now
        ch = self._channels()
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
        """The priority of what is still being said (by the estimate or the voice), if any."""
        speaking = now < self._busy_until - _EPSILON or self._speaking()
        return self._busy_priority if speaking else None

    def _play_for(self, tone: Tone | None, now: float) -> None:
        if tone is not None:
            self._play(tone, now)

    def _play(self, tone: Tone, now: float) -> None:
        if self._channels().tones:
            self._out.append(Play(tone, now, first=self._first_sound))
            self._first_sound = False

    def _announce(self, step: Step, now: float, deadline: float, resumed: bool = False) -> None:
        """Say a step's words, shortened to fit before deadline; stale speech stops anyway."""
        if not self._channels().speaking:
            self._hush()
            return
        limb = self._limbs.get(step.exercise_id or "", "foot")
        if step.kind is StepKind.DONE:
            deadline = math.inf
        variants = carrying_on(step, limb) if resumed else announcement(step, limb)
        if not self._say_first_fitting(variants, now, deadline):
            self._hush()

    def _say_first_fitting(self, variants: Sequence[str], now: float, deadline: float) -> bool:
        text = fit(variants, deadline - now, self._rate())
        return text is not None and self._say(text, Priority.ANNOUNCEMENT, now, deadline)

    def _say(self, text: str, priority: Priority, now: float, deadline: float) -> bool:
        seconds = speech_seconds(text, self._rate())
        if now + seconds > deadline - MARGIN_SECONDS + _EPSILON:
            return False  # it would still be speaking when its moment has passed
        step_words = priority is Priority.ANNOUNCEMENT and self._busy_priority is not None
        # Cut the old phrase first. After Skip the program time has jumped, so the estimate
        # cannot tell it is still being said, and an engine that has not yet reported it
        # speaking queues the new phrase behind it (speech-dispatcher does): a second late.
        cut = step_words or self._busy(now) is not None
        self._out.append(Say(text, now, deadline, now + seconds, cut))
        self._busy_until = now + seconds
        self._busy_priority = priority
        return True
