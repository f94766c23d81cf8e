"""The shipped catalog holds every exercise of the source, with the documented defaults,
and a broken catalog is refused with a message naming the file, the exercise and the field."""

from __future__ import annotations

import json
from typing import Any

import pytest

from footdrop_gui import bundled
from footdrop_gui.core.catalog import CatalogError, Mode, Sides, parse_catalog

# The ids of ../shared/docs/CONTENT.md, plus the towel curl (the harder toe lift).
EXPECTED_IDS = {
    "toe-lifts",
    "towel-toe-curls",
    "heel-lifts",
    "ankle-circles",
    "band-dorsiflexion-seated",
    "band-dorsiflexion-standing",
    "tennis-ball-massage",
    "epsom-salt-soak",
    "ice-pack",
    "rest-elevated",
    "calf-stretch",
    "achilles-stretch",
    "hamstring-stretch",
    "quadriceps-stretch",
    "physical-therapy",
}
CATEGORIES = ["strength", "mobility", "massage", "soak", "cold", "rest", "stretch", "therapy"]


def test_catalog_has_every_exercise_of_the_source() -> None:
    catalog = bundled.catalog()
    assert {e.id for e in catalog.exercises} == EXPECTED_IDS
    assert [c.id for c in catalog.categories] == CATEGORIES
    assert len(catalog.safety) == 5


@pytest.mark.parametrize(
    ("exercise_id", "expected"),
    [
        ("toe-lifts", dict(sets=1, reps=12, hold_seconds=3, release_seconds=2)),
        ("heel-lifts", dict(sets=1, reps=12, hold_seconds=3)),
        ("ankle-circles", dict(reps=10, cadence_seconds=3, sides=Sides.EACH)),
        ("band-dorsiflexion-seated", dict(sets=3, reps=10, rest_seconds=30, sides=Sides.EACH)),
        ("band-dorsiflexion-standing", dict(sets=3, reps=10, hold_seconds=3, rest_seconds=30)),
        ("tennis-ball-massage", dict(duration_seconds=180, sides=Sides.EACH)),
        ("epsom-salt-soak", dict(duration_seconds=20 * 60)),
        ("ice-pack", dict(duration_seconds=15 * 60)),
        ("rest-elevated", dict(duration_seconds=10 * 60)),
        ("calf-stretch", dict(sets=3, reps=1, hold_seconds=30)),
        ("achilles-stretch", dict(sets=2, hold_seconds=30, sides=Sides.EACH)),
        ("hamstring-stretch", dict(sets=3, hold_seconds=30)),
        ("quadriceps-stretch", dict(sets=2, hold_seconds=30, sides=Sides.EACH)),
    ],
)
def test_default_prescriptions_follow_the_content_table(
    exercise_id: str, expected: dict[str, Any]
) -> None:
    prescription = bundled.catalog().get(exercise_id).prescription
    for name, value in expected.items():
        assert getattr(prescription, name) == value, name


def test_ice_can_never_be_set_past_twenty_minutes() -> None:
    ice = bundled.catalog().get("ice-pack")
    assert ice.ranges["duration_seconds"].high == 20 * 60


def test_physical_therapy_is_logged_not_timed() -> None:
    therapy = bundled.catalog().get("physical-therapy")
    assert therapy.prescription.mode is Mode.APPOINTMENT
    assert not therapy.is_timed_session


def test_every_standing_exercise_warns_about_balance() -> None:
    for exercise in bundled.catalog().exercises:
        if exercise.position.lower().startswith("stand"):
            assert any("sturdy" in c for c in exercise.cautions), exercise.id


def _exercise(data: dict[str, Any], exercise_id: str) -> dict[str, Any]:
    entry: dict[str, Any] = next(e for e in data["exercises"] if e["id"] == exercise_id)
    return entry


def _refused(data: dict[str, Any]) -> str:
    with pytest.raises(CatalogError) as caught:
        parse_catalog(json.dumps(data), "catalog.json")
    return str(caught.value)


def test_a_default_outside_its_range_names_file_exercise_and_field(
    catalog_data: dict[str, Any],
) -> None:
    _exercise(catalog_data, "toe-lifts")["prescription"]["reps"] = 40
    assert _refused(catalog_data) == (
        "catalog.json: exercise 'toe-lifts': prescription.reps: "
        "40 is outside its allowed range 5-30"
    )


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (lambda e: e.pop("steps"), "exercise 'heel-lifts': steps: is missing"),
        (lambda e: e.update(name=7), "exercise 'heel-lifts': name: expected text, found a number"),
        (lambda e: e.update(steps=[]), "exercise 'heel-lifts': steps: needs at least 1"),
        (lambda e: e.update(cautions=["ok", ""]), "heel-lifts': cautions[2]: expected text"),
        (lambda e: e.update(category="dance"), "category: 'dance' is not one of"),
        (lambda e: e.update(hodl=3), "exercise 'heel-lifts': hodl: is not a known field"),
        (lambda e: e.update(variant_of="nope"), "variant_of: 'nope' is not another exercise"),
        (lambda e: e.update(id="Heel Lifts"), "id: 'Heel Lifts' must be lower-case words"),
        (lambda e: e["prescription"].update(mode="dance"), "prescription.mode: 'dance' is not"),
        (lambda e: e["prescription"].update(hold_seconds=True), "hold_seconds: expected a whole"),
        (lambda e: e["prescription"].update(sets=0), "prescription.sets: 0 is below the minimum 1"),
        (lambda e: e["prescription"].update(sides="left"), "prescription.sides: 'left' is not"),
        (lambda e: e["prescription"].update(cadence_seconds=3), "cadence_seconds: is not a known"),
        (lambda e: e["cues"].pop("hold"), "exercise 'heel-lifts': cues.hold: is missing"),
        (lambda e: e["ranges"].update(reps=[30, 5]), "ranges.reps: the minimum 30 is above"),
        (lambda e: e["ranges"].update(reps=[5]), "ranges.reps: expected [minimum, maximum]"),
        (lambda e: e.pop("posture"), "exercise 'heel-lifts': posture: is missing"),
        (lambda e: e.update(posture="kneeling"), "posture: 'kneeling' is not one of"),
        (
            lambda e: e.update(support=None),
            "exercise 'heel-lifts': support: a standing exercise must name something sturdy",
        ),
        (lambda e: e.update(support=""), "exercise 'heel-lifts': support: is empty"),
    ],
)
def test_broken_entries_are_refused_with_their_place(
    catalog_data: dict[str, Any], breakage: Any, message: str
) -> None:
    breakage(_exercise(catalog_data, "heel-lifts"))
    refusal = _refused(catalog_data)
    assert refusal.startswith("catalog.json: ")
    assert message in refusal


def test_duplicate_ids_are_refused(catalog_data: dict[str, Any]) -> None:
    catalog_data["exercises"].append(dict(_exercise(catalog_data, "toe-lifts")))
    assert "the id 'toe-lifts' is used twice" in _refused(catalog_data)


def test_wrong_schema_version_is_refused(catalog_data: dict[str, Any]) -> None:
    catalog_data["schema_version"] = 2
    assert _refused(catalog_data) == (
        "catalog.json: schema_version: 2 is not supported (expected 1)"
    )


def test_invalid_json_names_the_line() -> None:
    with pytest.raises(CatalogError, match=r"^catalog.json: not valid JSON \(line 2"):
        parse_catalog('{\n  "schema_version": ,\n}', "catalog.json")


def test_not_an_object_at_all() -> None:
    with pytest.raises(CatalogError, match="expected an object, found a list"):
        parse_catalog("[]", "catalog.json")
