"""Routine files: a round trip keeps everything, and anything wrong is refused with its place."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footdrop_gui import bundled
from footdrop_gui.core.routine import UNSAVED, Routine, RoutineEntry, RoutineError, default_entry
from footdrop_gui.core.routine_file import (
    MAX_BYTES,
    parse_routine_file,
    routine_to_file,
)
from footdrop_gui.storage.routine_files import (
    RoutineFileError,
    read_routine_file,
    save_routine_file,
)

CATALOG = bundled.catalog()


def sample() -> Routine:
    toe = CATALOG.get("toe-lifts")
    band = CATALOG.get("band-dorsiflexion-standing")
    return Routine(
        UNSAVED,
        "From my therapist",
        "Morning routine",
        (
            default_entry(toe),
            RoutineEntry(
                band.id,
                band.prescription.__class__(**{**band.prescription.__dict__, "reps": 12}),
                affected_extra_sets=1,
                affected_extra_hold=2,
                band_level=2,
                limits={"reps": 15, "band_level": 3},
            ),
        ),
    )


def as_data(routine: Routine) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(routine_to_file(routine, CATALOG))
    return data


def refused(data: Any) -> str:
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(RoutineError) as caught:
        parse_routine_file(text, CATALOG, "mine.json")
    return str(caught.value)


def test_a_routine_survives_the_round_trip() -> None:
    for routine in (sample(), Routine(UNSAVED, "No description", "", sample().entries)):
        again = parse_routine_file(routine_to_file(routine, CATALOG), CATALOG, "mine.json")
        assert again == routine


def test_the_documented_example_reads() -> None:
    example = Path(__file__).parents[2] / "docs" / "examples" / "daily-routine.json"
    routine = parse_routine_file(example.read_text(encoding="utf-8"), CATALOG, example.name)
    assert routine.name
    assert len(routine.entries) >= 5


def test_missing_values_take_the_catalog_default() -> None:
    data = {"format": "footdrop-routine", "version": 1, "name": "Short", "entries": [
        {"exercise": "calf-stretch", "hold_seconds": 45}
    ]}  # fmt: skip
    (entry,) = parse_routine_file(json.dumps(data), CATALOG, "x.json").entries
    assert (entry.prescription.hold_seconds, entry.prescription.sets) == (45, 3)


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (lambda d: d.update(version=2), "mine.json: version: 2 is not supported"),
        (lambda d: d.update(format="recipe"), "mine.json: format: expected 'footdrop-routine'"),
        (lambda d: d.pop("name"), "mine.json: name: is missing"),
        (lambda d: d.update(entries=[]), "mine.json: entries: needs at least one exercise"),
        (lambda d: d.update(entries="toe-lifts"), "entries: expected a list"),
        (lambda d: d["entries"][1].update(exercise="moonwalk"), "entries[2].exercise: 'moonwalk'"),
        (lambda d: d["entries"][1].update(reps=40), "entries[2].reps: 40 is above the maximum 20"),
        (lambda d: d["entries"][1].update(reps=2), "entries[2].reps: 2 is below the minimum 5"),
        (lambda d: d["entries"][1].update(reps="ten"), "entries[2].reps: expected a whole number"),
        (lambda d: d["entries"][1].update(reps=10.5), "entries[2].reps: expected a whole number"),
        (lambda d: d["entries"][1].update(reps=True), "entries[2].reps: expected a whole number"),
        (lambda d: d["entries"][1].update(duration_seconds=60), "duration_seconds: is not a known"),
        (lambda d: d["entries"][0].update(band_level=2), "Toe lifts does not use a band"),
        (lambda d: d["entries"][1].update(band_level=9), "band_level: 9 is above the maximum 6"),
        (lambda d: d["entries"][1]["limits"].update(reps=11), "limits.reps: 11 is below"),
        (lambda d: d["entries"][1]["affected_side"].update(extra_sets=9), "extra_sets: 9 is above"),
        (lambda d: d["entries"][1].update(sides="left"), "entries[2].sides: 'left' is not one of"),
    ],
)
def test_each_mistake_is_refused_with_its_place(breakage: Any, message: str) -> None:
    data = as_data(sample())
    breakage(data)
    assert message in refused(data)


def test_broken_json_names_the_line() -> None:
    assert refused('{\n "format": "footdrop-routine",,\n}').startswith(
        "mine.json: not valid JSON (line 2"
    )


def test_duplicate_keys_nan_and_infinity_are_refused() -> None:
    assert "appears twice" in refused('{"name": "a", "name": "b"}')
    text = routine_to_file(sample(), CATALOG).replace('"reps": 12', '"reps": NaN')
    assert "NaN is not a number" in refused(text)


def test_huge_and_deeply_nested_files_are_refused_before_parsing() -> None:
    assert "larger than" in refused(" " * (MAX_BYTES + 1))
    assert "nested more than" in refused("[" * 100_000 + "]" * 100_000)


ANY_CHARACTER = st.characters(exclude_categories=()) | st.characters(
    min_codepoint=0xD800, max_codepoint=0xDFFF
)  # any Unicode, lone surrogates (which no file can hold as UTF-8) included
ANY_TEXT = st.text(ANY_CHARACTER, max_size=20)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(ANY_TEXT, children, max_size=6)
    ),
    max_leaves=30,
)
FIELDS = [
    "format", "version", "name", "description", "entries", "exercise", "reps", "sets",
    "hold_seconds", "band_level", "limits", "affected_side", "sides", "extra_sets",
]  # fmt: skip
HUGE_NUMBER = "\x00huge\x00"  # replaced by thousands of digits once the file is text


@st.composite
def mutated_files(draw: st.DrawFn) -> str:
    """A valid file with one field replaced by something arbitrary (text in any Unicode, a
    number of any size), or arbitrary JSON."""
    if draw(st.booleans()):
        return json.dumps(draw(json_values))
    data = as_data(sample())
    target: Any = data if draw(st.booleans()) else draw(st.sampled_from(data["entries"]))
    value = draw(json_values | st.just(HUGE_NUMBER))
    target[draw(st.sampled_from(FIELDS))] = value
    digits = draw(st.integers(1, 6000))
    text = json.dumps(data, ensure_ascii=draw(st.booleans()))
    return text.replace(json.dumps(HUGE_NUMBER), draw(st.sampled_from(["", "-"])) + "7" * digits)


ANY_FILE = mutated_files() | st.text(ANY_CHARACTER, max_size=200)


def check_accepted(routine: Routine) -> None:
    """Whatever is accepted fits the catalog's ranges."""
    for entry in routine.entries:
        exercise = CATALOG.get(entry.exercise_id)
        for name, allowed in exercise.ranges.items():
            assert getattr(entry.prescription, name) in allowed


def check_refusal(message: str, source: str) -> None:
    """A refusal names its file, quotes no value whole and can be printed anywhere."""
    assert source in message
    assert len(message) < 400
    message.encode("utf-8")


# The number of examples comes from the hypothesis profile (tests/conftest.py): a quick
# one while working, the full count in CI.
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_FILE)
def test_no_file_ever_crashes_the_reader(text: str) -> None:
    try:
        routine = parse_routine_file(text, CATALOG, "any.json")
    except RoutineError as exc:
        check_refusal(str(exc), "any.json")
        return
    check_accepted(routine)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252"]


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_FILE, encoding=st.sampled_from(ENCODINGS))
def test_no_file_on_disk_ever_crashes_opening_or_saving(text: str, encoding: str) -> None:
    """Through the real path: bytes on disk, read, parsed, and what is accepted saved again
    and read back the same."""
    with tempfile.TemporaryDirectory(prefix="footdrop-routine-") as folder:
        path = Path(folder) / "any.json"
        path.write_bytes(text.encode(encoding, "surrogatepass" if "utf" in encoding else "replace"))
        try:
            routine = parse_routine_file(read_routine_file(path), CATALOG, "any.json")
        except (RoutineFileError, RoutineError) as exc:
            check_refusal(str(exc), "any.json")
            return
        check_accepted(routine)
        saved = Path(folder) / "saved.json"
        save_routine_file(routine_to_file(routine, CATALOG), saved)
        assert parse_routine_file(read_routine_file(saved), CATALOG, "saved.json") == routine
