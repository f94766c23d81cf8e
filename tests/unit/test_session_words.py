"""Every word a session shows or says (other than the catalog's own) goes through the translator,
as whole sentences: a pseudo-language that wraps each message in [[...]] must wrap all of them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from footdrop_gui import bundled
from footdrop_gui.core.describe import describe_prescription
from footdrop_gui.core.engine import SessionEngine
from footdrop_gui.core.program import Entry, Side, StepKind, compile_program
from footdrop_gui.core.session_display import DisplayModel, away_text
from footdrop_gui.core.translation import use_translator
from footdrop_gui.cues.script import Channels, announcement, carrying_on, moments, shorter
from tests.helpers.fake_clock import FakeClock

CATALOG = bundled.catalog()
# A step's own instruction comes from the catalog (translated there, not here).
CATALOG_WORDS = (StepKind.HOLD, StepKind.RELEASE, StepKind.TIMED)


def wrapped(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return "[[" + (text.replace("%n", str(n)) if n >= 0 else text) + "]]"


@pytest.fixture
def pseudo() -> Iterator[None]:
    use_translator(wrapped)
    yield
    use_translator(None)


def session(*ids: str) -> SessionEngine:
    entries = [Entry(CATALOG.get(i), CATALOG.get(i).prescription) for i in ids]
    return SessionEngine(compile_program(entries, Side.LEFT), FakeClock())


@pytest.mark.usefixtures("pseudo")
def test_every_line_of_the_session_screen_is_a_translated_sentence() -> None:
    engine = session("band-dorsiflexion-seated", "ankle-circles", "achilles-stretch")
    model = DisplayModel(engine)
    engine.start()
    seen: set[str] = set()
    while True:
        d = model.snapshot()
        texts = [d.side, d.next_up, d.session_left, d.where]
        if engine.step.kind not in CATALOG_WORDS:
            texts.append(d.phase)
        for text in texts:
            if text:
                assert text.startswith("[[") and text.endswith("]]"), text
                seen.add(text)
        if engine.finished:
            break
        engine.skip_step()
    # Sides, limbs, sets and reps, rests, side and direction changes were all on screen.
    for part in (
        "Left foot",
        "Right leg",
        "Set 2 of 3 · Rep 1 of 10",
        "Rest, ",
        "Switch to your",
        "Now the other way: [[counterclockwise",
        "Next exercise: ",
    ):
        assert any(part in text for text in seen), part


@pytest.mark.usefixtures("pseudo")
def test_the_coach_says_whole_translated_sentences() -> None:
    program = session("band-dorsiflexion-seated", "epsom-salt-soak").program
    speaking = Channels(tones=True, voice=True)
    said: list[str] = []
    for step in program.steps:
        if step.kind is StepKind.MOVE:
            continue  # counted aloud: "2", "3", ...
        rep_said = step.kind is StepKind.HOLD and step.rep_number > 1  # "Rep 2. Pull ..."
        own_words = step.kind not in CATALOG_WORDS or rep_said or step.kind is StepKind.TIMED
        said += announcement(step)[:1] if own_words else []  # else the catalog's instruction
        said += carrying_on(step)[:1]
        said += [m.text for m in moments(step, speaking) if not m.text.isdigit()]
    held = [s for s in said if s.startswith("[[Rep ")]
    assert held and all("]]" in s for s in held)
    assert "[[Well done. You have finished.]]" in said
    assert any(s.startswith("[[Set 2 of 3 is next") for s in said)
    assert all(s.startswith("[[") for s in said), [s for s in said if not s.startswith("[[")]


@pytest.mark.usefixtures("pseudo")
def test_doses_and_times_are_translated_sentences() -> None:
    for exercise in CATALOG.exercises:
        text = describe_prescription(exercise.prescription)
        assert text.startswith("[[") and text.endswith("]]"), text
    assert away_text(90) == "[[%n minutes]]".replace("%n", "2")


def test_the_coach_cuts_a_long_line_at_the_languages_own_small_words() -> None:
    english = "against|into|toward|towards|behind|under|on|with|slowly"

    def german(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "gegen|unter|mit|langsam" if text == english else text

    use_translator(german)
    try:
        forms = shorter("Ziehen Sie die Zehen gegen das Band hoch")
    finally:
        use_translator(None)
    assert forms == ["Ziehen Sie die Zehen gegen das Band hoch", "Ziehen Sie die Zehen", "Ziehen"]
    # and English keeps its own list
    assert shorter("Pull your toes up against the band")[1] == "Pull your toes up"
