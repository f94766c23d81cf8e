"""Routine files for therapists: a routine as JSON with a format name and version.

Files come from outside, so reading is defensive: size and nesting are checked before
parsing, duplicate keys, NaN and infinities are refused, and every value must fit the
catalog's ranges. Anything wrong is reported with its place, and nothing is imported.
The format is documented in docs/routine-files.md.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from footdrop_gui.core.catalog import Catalog, Exercise, Mode, Prescription, Sides
from footdrop_gui.core.routine import (
    BAND_LEVELS,
    MAX_AFFECTED_EXTRA_HOLD,
    MAX_AFFECTED_EXTRA_SETS,
    UNSAVED,
    Routine,
    RoutineEntry,
    RoutineError,
    adjustable_fields,
    uses_band,
)
from footdrop_gui.core.translation import translate
from footdrop_gui.core.validation import Reader, ValidationError, shown

FORMAT_NAME = "footdrop-routine"
FORMAT_VERSION = 1
MAX_BYTES = 256 * 1024
MAX_DEPTH = 8
MAX_ENTRIES = 60


def _nesting_depth(text: str) -> int:
    """How deeply brackets nest, outside strings (checked before json, which recurses)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise RoutineError(
                translate("RoutineFile", "the field '{key}' appears twice").format(key=key)
            )
        result[key] = value
    return result


def _no_constants(name: str) -> float:
    raise RoutineError(
        translate("RoutineFile", "{name} is not a number this app accepts").format(name=name)
    )


def load_json(text: str, source_name: str) -> Any:
    """Parse untrusted JSON within the size and nesting limits."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        too_big = translate("RoutineFile", "{file}: the file is larger than {size} KB")
        raise RoutineError(too_big.format(file=source_name, size=MAX_BYTES // 1024))
    if _nesting_depth(text) > MAX_DEPTH:
        too_deep = translate(
            "RoutineFile", "{file}: the file is nested more than {depth} levels deep"
        )
        raise RoutineError(too_deep.format(file=source_name, depth=MAX_DEPTH))
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        broken = translate(
            "RoutineFile", "{file}: not valid JSON (line {line}, column {column}: {problem})"
        )
        raise RoutineError(
            broken.format(file=source_name, line=exc.lineno, column=exc.colno, problem=exc.msg)
        ) from exc
    except RoutineError as exc:
        raise RoutineError(f"{source_name}: {exc}") from exc
    except ValueError as exc:  # Python refuses to read integers of more than 4,300 digits
        too_long = translate("RoutineFile", "{file}: a number is far too long to be read")
        raise RoutineError(too_long.format(file=source_name)) from exc


def _saveable(reader: Reader, key: str, value: str) -> str:
    """Text that can be kept and written back: a lone surrogate (an escape such as \\ud800
    on its own) is refused now, rather than accepted and then failing when saved."""
    if any(0xD800 <= ord(char) <= 0xDFFF for char in value):
        broken = translate(
            "RoutineFile", "'{value}' contains a broken character that cannot be saved"
        )
        reader.fail(key, broken.format(value=shown(value)))
    return value


def parse_routine_file(text: str, catalog: Catalog, source_name: str) -> Routine:
    """A routine from a file's text, or RoutineError naming the place of the first problem."""
    data = load_json(text, source_name)
    try:
        return _read_routine(Reader(data, source_name), catalog)
    except ValidationError as exc:
        raise RoutineError(str(exc)) from exc


def _read_routine(root: Reader, catalog: Catalog) -> Routine:
    root.allow_keys("format", "version", "name", "description", "entries")
    if root.text("format") != FORMAT_NAME:
        root.fail(
            "format",
            translate("RoutineFile", "expected '{format}' (this is not a routine file)").format(
                format=FORMAT_NAME
            ),
        )
    version = root.integer("version")
    if version != FORMAT_VERSION:
        unknown = translate("RoutineFile", "{version} is not supported (this app reads version 1)")
        root.fail("version", unknown.format(version=shown(version)))
    name = _saveable(root, "name", root.text("name"))
    if len(name) > 80:
        root.fail("name", translate("RoutineFile", "is longer than 80 characters"))
    description = _saveable(root, "description", root.optional_text("description") or "")
    readers = root.children("entries")
    if not readers:
        root.fail("entries", translate("RoutineFile", "needs at least one exercise"))
    if len(readers) > MAX_ENTRIES:
        root.fail(
            "entries",
            translate("RoutineFile", "has more than {most} exercises").format(most=MAX_ENTRIES),
        )
    entries = tuple(_read_entry(r, catalog) for r in readers)
    return Routine(UNSAVED, name, description, entries)


def _read_entry(r: Reader, catalog: Catalog) -> RoutineEntry:
    exercise_id = r.slug("exercise")
    try:
        exercise = catalog.get(exercise_id)
    except KeyError:
        unknown = translate("RoutineFile", "'{exercise}' is not an exercise this app knows")
        r.fail("exercise", unknown.format(exercise=shown(exercise_id)))
    fields = adjustable_fields(exercise)
    r.allow_keys("exercise", *fields, "sides", "affected_side", "band_level", "limits")
    values: dict[str, Any] = {}
    for name in fields:
        allowed = exercise.ranges[name]
        default = getattr(exercise.prescription, name)
        values[name] = r.integer(name, allowed.low, allowed.high) if name in r else default
    prescription = _with_values(exercise, values, r)
    extra_sets = extra_hold = 0
    if "affected_side" in r:
        extras = r.child("affected_side")
        extras.allow_keys("extra_sets", "extra_hold_seconds")
        if "extra_sets" in extras:
            extra_sets = extras.integer("extra_sets", 0, MAX_AFFECTED_EXTRA_SETS)
        if "extra_hold_seconds" in extras:
            extra_hold = extras.integer("extra_hold_seconds", 0, MAX_AFFECTED_EXTRA_HOLD)
    band = None
    if uses_band(exercise):
        band = r.integer("band_level", 1, len(BAND_LEVELS)) if "band_level" in r else 1
    elif "band_level" in r:
        r.fail(
            "band_level",
            translate("RoutineFile", "{exercise} does not use a band").format(
                exercise=exercise.name
            ),
        )
    limits: dict[str, int] = {}
    if "limits" in r:
        caps = r.child("limits")
        caps.allow_keys(*fields, *(["band_level"] if band is not None else []))
        for name in caps:
            if name == "band_level":
                limits[name] = caps.integer(name, band or 1, len(BAND_LEVELS))
                continue
            allowed = exercise.ranges[name]
            limits[name] = caps.integer(name, values[name], allowed.high)
    return RoutineEntry(exercise.id, prescription, extra_sets, extra_hold, band, limits)


def _with_values(exercise: Exercise, values: dict[str, Any], r: Reader) -> Prescription:
    sides = exercise.prescription.sides
    if "sides" in r:
        sides = Sides(r.choice("sides", [s.value for s in Sides]))
    return replace(exercise.prescription, sides=sides, **values)


def routine_to_file(routine: Routine, catalog: Catalog) -> str:
    """The routine as a file's text (every adjustable value written out)."""
    entries = []
    for entry in routine.entries:
        exercise = catalog.get(entry.exercise_id)
        item: dict[str, Any] = {"exercise": entry.exercise_id}
        for name in adjustable_fields(exercise):
            item[name] = getattr(entry.prescription, name)
        if exercise.prescription.mode is not Mode.APPOINTMENT:
            item["sides"] = entry.prescription.sides.value
        if entry.affected_extra_sets or entry.affected_extra_hold:
            item["affected_side"] = {
                "extra_sets": entry.affected_extra_sets,
                "extra_hold_seconds": entry.affected_extra_hold,
            }
        if entry.band_level is not None:
            item["band_level"] = entry.band_level
        if entry.limits:
            item["limits"] = dict(entry.limits)
        entries.append(item)
    document: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    document["name"] = routine.name
    if routine.description:
        document["description"] = routine.description
    document["entries"] = entries
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
