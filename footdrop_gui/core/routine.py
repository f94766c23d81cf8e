"""Routines: named lists of exercises, each with its own dose, run as one session.

Built-in routines come from a data file (every exercise at its default). A person's own
routines, and files from a therapist, set each entry's dose within the catalog's ranges,
extras for the affected foot, a band strength, and upper limits that progression respects.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from footdrop_gui.core.catalog import INT_FIELDS, MODE_FIELDS, Catalog, Exercise, Prescription
from footdrop_gui.core.describe import describe_prescription, duration
from footdrop_gui.core.program import Entry
from footdrop_gui.core.translation import Plurals, translate
from footdrop_gui.core.validation import Reader, ValidationError

ROUTINES_SCHEMA_VERSION = 1
# Resistance-band strengths, lightest first (colours differ by brand; the level is what counts).
BAND_LEVELS = ("yellow", "red", "green", "blue", "black", "silver")
MAX_AFFECTED_EXTRA_SETS = 3
MAX_AFFECTED_EXTRA_HOLD = 10


class RoutineError(ValueError):
    """A routine file is unreadable or breaks a rule; the message says where."""


def uses_band(exercise: Exercise) -> bool:
    return any("band" in item.lower() for item in exercise.equipment)


def band_colour(level: int) -> str:
    """A band level's colour in the person's language ("yellow" for level 1)."""
    colours = (
        translate("Routine", "yellow"),
        translate("Routine", "red"),
        translate("Routine", "green"),
        translate("Routine", "blue"),
        translate("Routine", "black"),
        translate("Routine", "silver"),
    )
    return colours[level - 1]


def band_text(level: int) -> str:
    """ "yellow band (level 1 of 6)"."""
    text = translate("Routine", "{colour} band (level {level} of {levels})")
    return text.format(colour=band_colour(level), level=level, levels=len(BAND_LEVELS))


@dataclass(frozen=True)
class RoutineEntry:
    exercise_id: str
    prescription: Prescription
    affected_extra_sets: int = 0
    affected_extra_hold: int = 0
    band_level: int | None = None
    limits: Mapping[str, int] = field(default_factory=dict)  # a therapist's upper limits


class RoutineKind(Enum):
    BUILT_IN = "built-in"  # from the app's own data file, known by its slug
    MINE = "mine"  # one of yours, known by its number in the history file
    UNSAVED = "unsaved"  # being made, copied or read from a file: not stored yet


@dataclass(frozen=True)
class RoutineRef:
    """Which routine this is: one small value, compared and passed whole, never parsed."""

    kind: RoutineKind
    key: str = ""  # the slug of a built-in routine, the stored number of one of yours

    @classmethod
    def built_in(cls, slug: str) -> RoutineRef:
        return cls(RoutineKind.BUILT_IN, slug)

    @classmethod
    def mine(cls, stored_id: int) -> RoutineRef:
        return cls(RoutineKind.MINE, str(stored_id))

    @property
    def stored_id(self) -> int | None:
        """The number of one of your routines in the history file (None for the others)."""
        return int(self.key) if self.kind is RoutineKind.MINE else None


UNSAVED = RoutineRef(RoutineKind.UNSAVED)


@dataclass(frozen=True)
class Routine:
    ref: RoutineRef
    name: str
    description: str
    entries: tuple[RoutineEntry, ...]

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        return tuple(e.exercise_id for e in self.entries)

    def program_entries(self, catalog: Catalog) -> list[Entry]:
        return [
            Entry(
                catalog.get(e.exercise_id),
                e.prescription,
                e.affected_extra_sets,
                e.affected_extra_hold,
                e.band_level,
            )
            for e in self.entries
        ]


def default_entry(exercise: Exercise) -> RoutineEntry:
    return RoutineEntry(
        exercise.id, exercise.prescription, band_level=1 if uses_band(exercise) else None
    )


def parse_routines(text: str, catalog: Catalog, source_name: str) -> tuple[Routine, ...]:
    """Built-in routines, checked against the catalog (every exercise id must exist)."""
    try:
        root = Reader(json.loads(text), source_name)
        root.allow_keys("schema_version", "routines")
        if root.integer("schema_version") != ROUTINES_SCHEMA_VERSION:
            root.fail("schema_version", f"expected {ROUTINES_SCHEMA_VERSION}")
        routines = []
        for r in root.children("routines"):
            routine_id = r.slug("id")
            r.name_as(f"routine '{routine_id}'")
            r.allow_keys("id", "name", "description", "exercises")
            ids = r.text_list("exercises", min_items=1)
            known = {e.id for e in catalog.exercises}
            for number, exercise_id in enumerate(ids, start=1):
                if exercise_id not in known:
                    r.fail(f"exercises[{number}]", f"'{exercise_id}' is not a known exercise")
            entries = tuple(default_entry(catalog.get(i)) for i in ids)
            routines.append(
                Routine(
                    RoutineRef.built_in(routine_id), r.text("name"), r.text("description"), entries
                )
            )
        return tuple(routines)
    except json.JSONDecodeError as exc:
        raise RoutineError(f"{source_name}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    except ValidationError as exc:
        raise RoutineError(str(exc)) from exc


def adjustable_fields(exercise: Exercise) -> list[str]:
    """The whole-second or count fields a person may change for this exercise."""
    used = MODE_FIELDS[exercise.prescription.mode]
    return [name for name in INT_FIELDS if name in used and name in exercise.ranges]


RoutineCounts = Plurals("RoutineCounts")  # a routine's counted phrases (see Plurals)


def _extras(sets: int, longer_hold: bool) -> str:
    """The affected foot's extra sets, and a longer hold if there is one."""
    if longer_hold:
        return RoutineCounts.tr(
            "{dose}; for the affected foot, %n extra sets and {hold} longer hold", None, sets
        )
    return RoutineCounts.tr("{dose}; for the affected foot, %n extra sets", None, sets)


def describe_entry(entry: RoutineEntry) -> str:
    """A routine's dose of one exercise: the prescription, the affected foot's extras, the band."""
    text = describe_prescription(entry.prescription)
    sets = entry.affected_extra_sets
    hold = duration(entry.affected_extra_hold)
    if sets:
        extras = _extras(sets, bool(entry.affected_extra_hold))
    elif entry.affected_extra_hold:
        extras = translate("Routine", "{dose}; for the affected foot, {hold} longer hold")
    else:
        extras = "{dose}"
    text = extras.format(dose=text, hold=hold)
    if entry.band_level is not None:
        text = translate("Routine", "{dose}; {band}").format(
            dose=text, band=band_text(entry.band_level)
        )
    return text
