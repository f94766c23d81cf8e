"""What the coach plays and says for each step, worked out from the program alone (no Qt).

The rules, in plain words:

- At each phase change a soft tone plays (one per change: "session done" over "paused" over
  "exercise done" over "rest over" over "phase start"), and the new step is announced in its
  own words.
- An announcement must end before the next phase begins. When the full phrase would not, a
  shorter one is said ("Pull and hold against the band" becomes "Pull and hold", then "Pull");
  when nothing fits, nothing is said. Speech never runs behind the timer.
- The last three seconds of a hold are counted aloud ("3", "2", "1"); other long steps (getting
  ready, rests, side switches, timed soaks) get soft pips instead. A count is dropped, never
  delayed: when it would start late, with under 0.7 s left, or while an announcement is still
  being spoken (an announcement may cut off a count, never the reverse). A countdown never
  starts at "1".
- On a short hold the count is kept and the words shrink to end before it ("Rep 4. Lift your
  toes and hold" becomes "Lift", then "2", "1"). Only the first rep of a set, where the person
  learns what to do, keeps its whole instruction at the count's expense.
- A pause, an absence and an early end are heard: a soft falling tone and a few calm words
  ("Paused", "You were away. Press Space to carry on", "Well done, that's the session");
  carrying on plays the step tone and says "Carrying on" with as much of the step as fits.
- A new phrase cuts off the one before at once (Skip, Back, End): nothing is said late.
- Quiet mode keeps only the tones at phase changes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from footdrop_gui.core.describe import duration
from footdrop_gui.core.engine import EventKind
from footdrop_gui.core.program import Side, Step, StepKind
from footdrop_gui.core.translation import translate

# A phrase ends at least this long before the moment that follows it.
MARGIN_SECONDS = 0.15
# A count needs at least this long left in the step to start.
COUNT_MIN_LEFT = 0.7
# A count or pip found this late (a slow tick) is dropped rather than said late.
LATE_SECONDS = 0.3
# Numbers counted aloud (and pipped) at the end of a step.
LAST_NUMBERS = (3, 2, 1)
# Steps at least this long get pips in their last three seconds.
PIP_MIN_SECONDS = 5
# "Set 2 of 3 is next" comes this long before a rest ends; "1 minute left" in a long soak.
SET_HEADS_UP_SECONDS = 6
MINUTE_HEADS_UP_SECONDS = 60
# Speech timing estimate (fitted to espeak-ng through speech-dispatcher, a little cautious):
# characters per second at normal rate, and the start-up time as a number of characters.
CHARS_PER_SECOND = 15.0
LEAD_CHARS = 5


class Tone(StrEnum):
    """The app's tones; each is resources/sounds/<value>.wav (made by make_tones)."""

    LAST_THREE = "last-three"
    PHASE_START = "phase-start"
    PAUSED = "paused"
    REST_OVER = "rest-over"
    EXERCISE_DONE = "exercise-done"
    SESSION_DONE = "session-done"


class Priority(IntEnum):
    """Who may cut off whom: a higher priority may interrupt a lower one, never the reverse."""

    COUNT = 1
    HEADS_UP = 2
    ANNOUNCEMENT = 3


class MomentKind(StrEnum):
    COUNT = "count"
    PIP = "pip"
    HEADS_UP = "heads-up"


@dataclass(frozen=True)
class Moment:
    """A cue inside a step, due a fixed time before the step ends."""

    before_end: float
    kind: MomentKind
    text: str = ""


@dataclass(frozen=True)
class Channels:
    """What may sound right now (settings, availability and mute already combined)."""

    tones: bool
    voice: bool
    quiet: bool = False

    @property
    def speaking(self) -> bool:
        return self.voice and not self.quiet


def paused_words() -> str:
    return translate("SpokenCue", "Paused")


def away_words() -> str:
    return translate("SpokenCue", "You were away. Press Space to carry on")


def ended_words() -> str:
    return translate("SpokenCue", "Well done, that's the session")


def _cut_points() -> re.Pattern[str]:
    """Where a phrase can be cut to its essential words ("Rest, 30 seconds" -> "Rest"): a colon,
    a comma, or before one of the language's own small words ("against the band")."""
    words = translate(
        "SpokenCue",
        "against|into|toward|towards|behind|under|on|with|slowly",
        "Words, separated by |, before which a spoken instruction may be cut short when time "
        "is short (Pull your toes up | against the band). Translate as a list for your language.",
    )
    alternatives = [rf" {re.escape(word.strip())}\b" for word in words.split("|") if word.strip()]
    return re.compile("|".join([":", ",", *alternatives]))


def speech_seconds(text: str, rate: float = 0.0) -> float:
    """About how long a phrase takes to say at a rate between -1 (slow) and 1 (fast).

    Digits count extra (a number is said as a word). Measured on espeak-ng: 15 characters a
    second at rate 0, twice that at 0.5, and 0.7 times that at -0.5, plus a start-up delay.
    """
    rate = max(-1.0, min(1.0, rate))
    speed = CHARS_PER_SECOND * (1 + 2 * rate if rate >= 0 else 1 + 0.6 * rate)
    digits = sum(c.isdigit() for c in text)
    return (len(text) + 2 * digits + LEAD_CHARS) / speed


def fit(variants: Sequence[str], seconds: float, rate: float = 0.0) -> str | None:
    """The first (fullest) variant that can be said within seconds, or None."""
    for text in variants:
        if speech_seconds(text, rate) <= seconds - MARGIN_SECONDS:
            return text
    return None


def shorter(text: str) -> list[str]:
    """The text, then its essential words, then its first word (the action): no repeats."""
    forms = [text]
    cut = _cut_points().search(text)
    if cut is not None and cut.start() > 0:
        forms.append(text[: cut.start()].strip())
    first = text.split()[0].strip(".,:;!?¡¿") if text.split() else ""
    if first:
        forms.append(first)
    return _unique(forms)


def _unique(items: Sequence[str]) -> list[str]:
    """Non-empty items in order, each once."""
    return [item for item in dict.fromkeys(items) if item]


def announcement(step: Step, limb: str = "foot") -> list[str]:
    """What to say when a step begins, fullest first (see fit())."""
    text = step.text
    kind = step.kind
    if kind is StepKind.GET_READY and step.side is not Side.BOTH:
        return _unique([_side_first(text, step.side, limb), *shorter(text)])
    if kind is StepKind.HOLD and step.rep_count > 1 and step.rep_number > 1:
        rep = translate("SpokenCue", "Rep {rep}. {words}")
        forms = shorter(text)
        with_rep = [rep.format(rep=step.rep_number, words=form) for form in forms[:2]]
        return _unique([*with_rep, *forms[1:]])
    if kind is StepKind.MOVE and step.rep_number > 1:
        return [str(step.rep_number)]  # counting the movements: "2", "3", ...
    if kind is StepKind.TIMED:
        timed = translate("SpokenCue", "{words}. {duration}.")
        return _unique([timed.format(words=text, duration=duration(step.seconds)), *shorter(text)])
    if kind is StepKind.DONE:
        return _unique([text, translate("SpokenCue", "Well done")])
    return shorter(text)


def _side_first(text: str, side: Side, limb: str) -> str:
    """Which side comes first ("... Right foot first."): one whole sentence per side and limb."""
    if limb == "leg":
        if side is Side.LEFT:
            first = translate("SpokenCue", "{words}. Left leg first.")
        else:
            first = translate("SpokenCue", "{words}. Right leg first.")
    elif side is Side.LEFT:
        first = translate("SpokenCue", "{words}. Left foot first.")
    else:
        first = translate("SpokenCue", "{words}. Right foot first.")
    return first.format(words=text)


def carrying_on(step: Step, limb: str = "foot") -> list[str]:
    """What to say on carrying on after a pause, fullest first (see fit())."""
    variants = announcement(step, limb)
    if step.kind is StepKind.TIMED:
        variants = variants[1:]  # "20 minutes" is no longer true part of the way through
    words = translate("SpokenCue", "Carrying on. {words}")
    full = [words.format(words=variants[0])] if variants else []
    return _unique([*full, translate("SpokenCue", "Carrying on"), *variants])


def _minute_left() -> str:
    return translate("SpokenCue", "1 minute left")


def last_three(step: Step, channels: Channels) -> MomentKind | None:
    """How a step's last three seconds sound: counted aloud, pipped, or not at all."""
    if channels.quiet or step.kind in (StepKind.RELEASE, StepKind.MOVE, StepKind.DONE):
        return None
    counts = channels.voice and (step.kind is StepKind.HOLD or not channels.tones)
    if counts and step.seconds > 1:
        return MomentKind.COUNT
    if channels.tones and step.seconds >= PIP_MIN_SECONDS:
        return MomentKind.PIP
    return None


def moments(step: Step, channels: Channels) -> list[Moment]:
    """The cues inside a step, earliest first."""
    found: list[Moment] = []
    if channels.speaking:
        if step.kind is StepKind.REST and step.set_count > 1 and step.seconds >= 10:
            text = translate("SpokenCue", "Set {set} of {sets} is next").format(
                set=step.set_number + 1, sets=step.set_count
            )
            found.append(Moment(SET_HEADS_UP_SECONDS, MomentKind.HEADS_UP, text))
        if step.kind is StepKind.TIMED and step.seconds >= 2 * MINUTE_HEADS_UP_SECONDS:
            found.append(Moment(MINUTE_HEADS_UP_SECONDS, MomentKind.HEADS_UP, _minute_left()))
    style = last_three(step, channels)
    if style is not None:
        for number in LAST_NUMBERS:
            if number < step.seconds:  # never at the step's own start
                found.append(Moment(number, style, str(number)))
    return sorted(found, key=lambda m: -m.before_end)


def count_lead(step: Step, channels: Channels, whole_instruction: bool = False) -> float:
    """How long before a step ends its words must be over so that its count is heard.

    0 when there is no count to keep (a lone "1" is never said) or when the step's whole
    instruction matters more: the start of a first rep, or of any step that is not a hold.
    """
    if whole_instruction and (step.kind is not StepKind.HOLD or step.rep_number <= 1):
        return 0.0
    counts = [m.before_end for m in moments(step, channels) if m.kind is MomentKind.COUNT]
    return max(counts) if len(counts) > 1 else 0.0


def boundary_tone(
    kinds: Collection[EventKind], ended: Step | None, started: Step | None, early: bool = False
) -> Tone | None:
    """The one tone for a batch of events at a change (None: stay silent).

    started is the step that began or carried on after a pause; ended the one before it.
    """
    if EventKind.SESSION_DONE in kinds:
        return Tone.PAUSED if early else Tone.SESSION_DONE
    if EventKind.PAUSED in kinds:
        return Tone.PAUSED
    if started is None:
        return None
    if EventKind.EXERCISE_DONE in kinds:
        return Tone.EXERCISE_DONE
    if ended is not None and not ended.is_work and started.is_work:
        return Tone.REST_OVER
    return Tone.PHASE_START


def tone_gain(tone_volume: int, overall: int) -> float:
    """A 0-100 volume as the linear gain a sound player takes (square law, roughly as heard)."""
    level = max(0, min(100, tone_volume)) / 100 * max(0, min(100, overall)) / 100
    return level * level


def voice_level(voice_volume: int, overall: int) -> float:
    """A 0-100 volume as a fraction of the speech engine's own normal loudness (square law,
    as for the tones: at 70 % the voice is about as loud as the engine's everyday level, not
    the maximum that speech-dispatcher starts at)."""
    return tone_gain(voice_volume, overall)
