"""The handout for the chair: a routine on paper, one page per exercise, in large print.

Each page has the exercise's drawing (where it starts and where it ends, as on the screen),
its dose from the routine, what to hold on to, the steps and what to take care with; big
enough to read from a chair with the sheet on a table or the floor.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)

from footdrop_gui.core.catalog import Catalog, Exercise, Mode
from footdrop_gui.core.routine import Routine, RoutineEntry, describe_entry
from footdrop_gui.ui.illustration import paint_frame, renderer
from footdrop_gui.ui.report.objects import Paint, Pictures
from footdrop_gui.ui.report.pages import Built, new_document

BODY_POINTS = 16
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
DRAWING = QSizeF(290, 200)  # each of the two poses, side by side across the page
STYLE = """
h1 { font-size: 28pt; margin-top: 0px; margin-bottom: 4px; }
h2 { font-size: 20pt; margin-top: 6px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 6px; }
li { margin-bottom: 6px; }
.dose { font-size: 19pt; font-weight: bold; }
.small { font-size: 13pt; }
"""


def title_of(routine: Routine) -> str:
    return QCoreApplication.translate("Handout", "My exercises: {routine}").format(
        routine=routine.name
    )


def pose(exercise_id: str, blend: float, label: str) -> Paint:
    """One pose of the exercise's drawing in a light frame, with its word under it."""

    def paint(painter: QPainter) -> None:
        area = QRectF(0, 0, DRAWING.width() - 12, DRAWING.height() - 34)
        painter.setPen(QPen("#777777"))
        painter.drawRoundedRect(area.adjusted(1, 1, -1, -1), 8, 8)
        paint_frame(painter, renderer(exercise_id, False), area.adjusted(8, 8, -8, -8), blend)
        font = painter.font()
        font.setPixelSize(22)
        painter.setFont(font)
        painter.setPen(QPen("#000000"))
        painter.drawText(QRectF(0, area.bottom() + 4, area.width(), 30), CENTRE, label)

    return paint


def build_handout(routine: Routine, catalog: Catalog) -> Built:
    doc = new_document(BODY_POINTS)
    doc.setDefaultStyleSheet(STYLE)
    pictures = Pictures(doc)
    cursor = QTextCursor(doc)
    shown = [
        (entry, catalog.get(entry.exercise_id))
        for entry in routine.entries
        if entry.exercise_id in {e.id for e in catalog.exercises}
        and catalog.get(entry.exercise_id).prescription.mode is not Mode.APPOINTMENT
    ]
    for number, (entry, exercise) in enumerate(shown, start=1):
        if number > 1:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        start = cursor.position()
        cursor.insertHtml(_top(routine, entry, exercise, number, len(shown)))
        if number > 1:  # every exercise after the first starts a new page
            first = QTextCursor(doc.findBlock(start))
            shape = first.blockFormat()
            shape.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            first.setBlockFormat(shape)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        start_words = QCoreApplication.translate("Handout", "Start")
        then_words = QCoreApplication.translate("Handout", "Then")
        pictures.insert(cursor, DRAWING, pose(exercise.id, 0.0, start_words))
        pictures.insert(cursor, DRAWING, pose(exercise.id, 1.0, then_words))
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())  # words below, not beside
        cursor.insertHtml(_rest(exercise))
    if not shown:
        nothing = QCoreApplication.translate(
            "Handout", "This routine has no exercises to do at home."
        )
        cursor.insertHtml(f"<h1>{escape(routine.name)}</h1><p>{nothing}</p>")
    return doc, pictures


def _top(routine: Routine, entry: RoutineEntry, exercise: Exercise, number: int, count: int) -> str:
    """Which exercise of how many, its name and its dose."""
    which = QCoreApplication.translate("Handout", "{routine}: exercise {number} of {count}")
    which = which.format(routine=escape(routine.name), number=number, count=count)
    return (
        f"<p class='small'>{which}</p>"
        f"<h1>{escape(exercise.name)}</h1>"
        f"<p class='dose'>{escape(describe_entry(entry))}</p>"
    )


def _rest(exercise: Exercise) -> str:
    parts = []
    if exercise.support:
        hold = QCoreApplication.translate("Handout", "Hold on to: {support}")
        parts.append(f"<p class='dose'>{hold.format(support=escape(exercise.support))}</p>")
    how = QCoreApplication.translate("Handout", "How to do it")
    parts.append(f"<h2>{how}</h2><ol>")
    parts += [f"<li>{escape(step)}</li>" for step in exercise.steps]
    parts.append("</ol>")
    if exercise.cautions:
        care = QCoreApplication.translate("Handout", "Take care")
        parts.append(f"<h2>{care}</h2><ul>")
        parts += [f"<li>{escape(caution)}</li>" for caution in exercise.cautions]
        parts.append("</ul>")
    return "".join(parts)
