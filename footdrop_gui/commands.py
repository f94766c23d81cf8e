"""Sub-commands that print and exit (no window): for scripts, therapists and support."""

from __future__ import annotations

import json
from typing import TextIO

from footdrop_gui import bundled
from footdrop_gui.core.catalog import CatalogError
from footdrop_gui.core.describe import describe_prescription


def list_exercises(as_json: bool, out: TextIO, err: TextIO) -> int:
    """Print every exercise id, name and default prescription (the ids routine files use)."""
    try:
        catalog = bundled.catalog()
    except CatalogError as exc:
        err.write(f"footdrop: the exercise catalog is damaged: {exc}\n")
        return 1
    if as_json:
        rows = [
            {
                "id": e.id,
                "name": e.name,
                "category": e.category,
                "variant_of": e.variant_of,
                "prescription": e.prescription.as_dict(),
                "ranges": {k: [r.low, r.high] for k, r in e.ranges.items()},
            }
            for e in catalog.exercises
        ]
        json.dump(rows, out, indent=2)
        out.write("\n")
        return 0
    id_width = max(len(e.id) for e in catalog.exercises)
    name_width = max(len(e.name) for e in catalog.exercises)
    for e in catalog.exercises:
        out.write(
            f"{e.id:<{id_width}}  {e.name:<{name_width}}  {describe_prescription(e.prescription)}\n"
        )
    return 0
