"""The exercise catalog: frozen dataclasses, parsed and validated from the catalog's JSON text.

The catalog is data so that content can change without touching code; validation is strict
so that a mistake in the file is caught at load time with a message naming the file, the
exercise and the field, instead of surfacing later as a wrong timer.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from footdrop_gui.core.validation import Reader, ValidationError

SCHEMA_VERSION = 1


class CatalogError(ValueError):
    """The catalog file is unreadable or breaks a rule; the message says where."""


class Mode(StrEnum):
    """How a session runs an exercise."""

    REPS = "reps"
    CADENCE = "cadence"
    TIMED = "timed"
    APPOINTMENT = "appointment"


class Sides(StrEnum):
    """Both feet at once, or one foot then the other."""

    TOGETHER = "together"
    EACH = "each"


class Posture(StrEnum):
    """How the person is placed for the exercise, as the drawing shows it.

    Standing matters for safety: foot drop affects balance, so a standing exercise must name
    something sturdy to hold (its ``support``), and its drawing must show it.
    """

    SITTING = "sitting"
    STANDING = "standing"
    LYING = "lying"


INT_FIELDS = (
    "sets",
    "reps",
    "hold_seconds",
    "release_seconds",
    "cadence_seconds",
    "rest_seconds",
    "duration_seconds",
)
# Fields that may be zero ("straight on"); every other count or time must be at least 1.
ZERO_ALLOWED = frozenset({"release_seconds", "rest_seconds"})

MODE_FIELDS: Mapping[Mode, frozenset[str]] = {
    Mode.REPS: frozenset(
        {"sets", "reps", "hold_seconds", "release_seconds", "rest_seconds", "sides"}
    ),
    Mode.CADENCE: frozenset(
        {"sets", "reps", "cadence_seconds", "rest_seconds", "sides", "directions"}
    ),
    Mode.TIMED: frozenset({"duration_seconds", "sides"}),
    Mode.APPOINTMENT: frozenset(),
}
MODE_CUES: Mapping[Mode, frozenset[str]] = {
    Mode.REPS: frozenset({"hold", "release"}),
    Mode.CADENCE: frozenset({"move"}),
    Mode.TIMED: frozenset({"timed"}),
    Mode.APPOINTMENT: frozenset(),
}
CUE_NAMES = ("hold", "release", "move", "timed")


@dataclass(frozen=True)
class Range:
    """Inclusive bounds a routine may set a prescription field to."""

    low: int
    high: int

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int) and self.low <= value <= self.high

    def __str__(self) -> str:
        return f"{self.low}-{self.high}"


@dataclass(frozen=True)
class Prescription:
    """A dose of one exercise; fields the mode does not use stay at their zero default."""

    mode: Mode
    sets: int = 0
    reps: int = 0
    hold_seconds: int = 0
    release_seconds: int = 0
    cadence_seconds: int = 0
    rest_seconds: int = 0
    duration_seconds: int = 0
    sides: Sides = Sides.TOGETHER
    directions: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The fields this mode uses, in the catalog file's own form."""
        used = MODE_FIELDS[self.mode]
        out: dict[str, Any] = {"mode": self.mode.value}
        out.update({name: getattr(self, name) for name in INT_FIELDS if name in used})
        if "sides" in used:
            out["sides"] = self.sides.value
        if "directions" in used:
            out["directions"] = list(self.directions)
        return out


@dataclass(frozen=True)
class Cues:
    """Short phrases the session screen and voice say for each phase."""

    hold: str = ""
    release: str = ""
    move: str = ""
    timed: str = ""


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    description: str


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    category: str
    variant_of: str | None
    summary: str
    position: str
    equipment: tuple[str, ...]
    muscles: tuple[str, ...]
    steps: tuple[str, ...]
    easier: tuple[str, ...]
    harder: tuple[str, ...]
    cautions: tuple[str, ...]
    cues: Cues
    prescription: Prescription
    ranges: Mapping[str, Range] = field(default_factory=dict)
    posture: Posture = Posture.SITTING
    support: str | None = None  # what to hold for balance; always set when standing

    @property
    def is_timed_session(self) -> bool:
        """False for entries that are logged rather than followed with a timer."""
        return self.prescription.mode is not Mode.APPOINTMENT


@dataclass(frozen=True)
class Catalog:
    source_title: str
    source_note: str
    about: tuple[str, ...]
    safety: tuple[str, ...]
    categories: tuple[Category, ...]
    exercises: tuple[Exercise, ...]

    def get(self, exercise_id: str) -> Exercise:
        """The exercise with this id; KeyError names it when unknown."""
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)

    def category(self, category_id: str) -> Category:
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    def grouped(self) -> Iterator[tuple[Category, tuple[Exercise, ...]]]:
        """Categories in display order, each with its exercises (empty ones skipped)."""
        for category in self.categories:
            members = tuple(e for e in self.exercises if e.category == category.id)
            if members:
                yield category, members


def parse_catalog(text: str, source_name: str = "catalog.json") -> Catalog:
    """Parse and validate catalog JSON; raise CatalogError naming file, exercise and field."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            f"{source_name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    try:
        return _read_catalog(Reader(data, source_name))
    except ValidationError as exc:
        raise CatalogError(str(exc)) from exc


def _read_catalog(root: Reader) -> Catalog:
    root.allow_keys("schema_version", "source", "about", "safety", "categories", "exercises")
    version = root.integer("schema_version")
    if version != SCHEMA_VERSION:
        root.fail("schema_version", f"{version} is not supported (expected {SCHEMA_VERSION})")
    source = root.child("source")
    source.allow_keys("title", "note")
    categories = tuple(
        Category(c.text("id"), c.text("name"), c.text("description"))
        for c in root.children("categories")
    )
    _require_unique(root, "categories", [c.id for c in categories])
    category_ids = {c.id for c in categories}
    readers = root.children("exercises")
    exercises = tuple(_read_exercise(r, category_ids) for r in readers)
    _require_unique(root, "exercises", [e.id for e in exercises])
    known = {e.id for e in exercises}
    for exercise, reader in zip(exercises, readers, strict=True):
        if exercise.variant_of is not None and exercise.variant_of not in known - {exercise.id}:
            reader.fail("variant_of", f"'{exercise.variant_of}' is not another exercise's id")
    return Catalog(
        source_title=source.text("title"),
        source_note=source.text("note"),
        about=root.text_list("about", min_items=1),
        safety=root.text_list("safety", min_items=1),
        categories=categories,
        exercises=exercises,
    )


def _require_unique(reader: Reader, key: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            reader.fail(key, f"the id '{item_id}' is used twice")
        seen.add(item_id)


def _read_exercise(r: Reader, category_ids: set[str]) -> Exercise:
    exercise_id = r.slug("id")
    r.name_as(f"exercise '{exercise_id}'")
    r.allow_keys(
        "id",
        "name",
        "category",
        "variant_of",
        "summary",
        "position",
        "equipment",
        "muscles",
        "steps",
        "easier",
        "harder",
        "cautions",
        "cues",
        "prescription",
        "ranges",
        "posture",
        "support",
    )
    category = r.text("category")
    if category not in category_ids:
        r.fail("category", f"'{category}' is not one of {', '.join(sorted(category_ids))}")
    dose = r.child("prescription")
    prescription = _read_prescription(dose)
    posture = Posture(r.choice("posture", [p.value for p in Posture]))
    support = r.optional_text("support")
    if posture is Posture.STANDING and support is None:
        r.fail("support", "a standing exercise must name something sturdy to hold")
    return Exercise(
        id=exercise_id,
        name=r.text("name"),
        category=category,
        variant_of=r.optional_text("variant_of"),
        summary=r.text("summary"),
        position=r.text("position"),
        equipment=r.text_list("equipment"),
        muscles=r.text_list("muscles"),
        steps=r.text_list("steps", min_items=1),
        easier=r.text_list("easier"),
        harder=r.text_list("harder"),
        cautions=r.text_list("cautions", min_items=1),
        cues=_read_cues(r.child("cues"), prescription.mode),
        prescription=prescription,
        ranges=_read_ranges(r.child("ranges"), prescription, dose),
        posture=posture,
        support=support,
    )


def prescription_from_data(data: Any, where: str) -> Prescription:
    """A prescription from its JSON form (as stored with a session or in a routine file)."""
    try:
        return _read_prescription(Reader(data, where))
    except ValidationError as exc:
        raise CatalogError(str(exc)) from exc


def _read_prescription(r: Reader) -> Prescription:
    mode = Mode(r.choice("mode", [m.value for m in Mode]))
    used = MODE_FIELDS[mode]
    r.allow_keys("mode", *used)
    values: dict[str, Any] = {}
    for name in INT_FIELDS:
        if name in used:
            values[name] = r.integer(name, minimum=0 if name in ZERO_ALLOWED else 1)
    if "sides" in used:
        values["sides"] = Sides(r.choice("sides", [s.value for s in Sides]))
    if "directions" in used:
        values["directions"] = r.text_list("directions", min_items=1)
    return Prescription(mode=mode, **values)


def _read_cues(r: Reader, mode: Mode) -> Cues:
    r.allow_keys(*CUE_NAMES)
    needed = MODE_CUES[mode]
    return Cues(
        **{
            name: r.text(name) if name in needed else (r.optional_text(name) or "")
            for name in CUE_NAMES
        }
    )


def _read_ranges(r: Reader, prescription: Prescription, dose: Reader) -> dict[str, Range]:
    adjustable = MODE_FIELDS[prescription.mode] & set(INT_FIELDS)
    r.allow_keys(*adjustable)
    ranges: dict[str, Range] = {}
    for name in sorted(r):
        low, high = r.int_pair(name)
        if low > high:
            r.fail(name, f"the minimum {low} is above the maximum {high}")
        ranges[name] = Range(low, high)
        default = getattr(prescription, name)
        if default not in ranges[name]:
            dose.fail(name, f"{default} is outside its allowed range {ranges[name]}")
    return ranges
