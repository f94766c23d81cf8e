"""Progress charts: minutes per week, reps and hold time per exercise and foot, and pain.

A thin layer over ChartCanvas: it turns the journal's rows into series, tooltips in plain
words and a summary for screen readers. Each foot has its own line style and a word in the
legend, never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.progress import local_day
from footdrop_gui.ui.chart_canvas import ChartCanvas, Point, Series, short_date

FOOT_LABELS = {"left": "Left foot", "right": "Right foot", "both": "Both feet"}
FOOT_STYLES = {
    "left": Qt.PenStyle.SolidLine,
    "right": Qt.PenStyle.DashLine,
    "both": Qt.PenStyle.DotLine,
}
FOOT_COLORS = {"left": 0, "right": 1, "both": 2}  # indexes into chart_canvas.SERIES_COLORS
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

DayReps = tuple[date, str, str, int, float]
PainPoint = tuple[datetime, int | None, int | None]


def day_words(day: date, with_year: bool) -> str:
    """ "Tue 3 Nov" (with the year where the chart spans more than one)."""
    return f"{WEEKDAYS[day.weekday()]} {short_date(day, with_year)}"


def amount(value: float, one: str, many: str) -> str:
    """ "1 rep", "24 reps": whole numbers, as people count them."""
    whole = round(value)
    return f"{whole} {one if whole == 1 else many}"


def spans_years(days: Sequence[date]) -> bool:
    """Whether dates need their year to be told apart ("3 Nov 2025", "3 Nov 2026")."""
    return bool(days) and min(days).year != max(days).year


def day_tips(
    days: list[date], values: list[float], unit: tuple[str, str], foot: str, with_year: bool
) -> Callable[[int], str]:
    """One foot's tooltips: "Tue 3 Nov: 24 reps, left foot"."""

    def tip(index: int) -> str:
        return f"{day_words(days[index], with_year)}: {amount(values[index], *unit)}, {foot}"

    return tip


def pain_tips(
    rated: list[tuple[datetime, int]], label: str, with_year: bool
) -> Callable[[int], str]:
    """ "Tue 3 Nov at 09:30: pain 4 of 10, before exercise"."""

    def tip(index: int) -> str:
        when, value = rated[index]
        return (
            f"{day_words(local_day(when), with_year)} at {when:%H:%M}: "
            f"pain {value} of 10, {label.lower()} exercise"
        )

    return tip


class ProgressCharts(QWidget):
    """The four charts; the exercise chooser picks whose reps and hold times to show."""

    def __init__(self, exercise_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = exercise_name
        self._reps: list[DayReps] = []
        self.minutes = ChartCanvas("Minutes of exercise per week", "minutes")
        self.reps = ChartCanvas("Reps per day", "reps")
        self.held = ChartCanvas("Seconds held per day", "seconds")
        self.pain = ChartCanvas("Pain, 0 to 10", "pain", y_top=10)
        for chart in (self.minutes, self.reps, self.held, self.pain):
            # The page scrolls: each chart keeps its comfortable height rather than its least.
            chart.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.chooser = QComboBox()
        self.chooser.setAccessibleName("Exercise to show")
        self.chooser.setMinimumHeight(40)
        self.chooser.currentIndexChanged.connect(self._draw_exercise)
        self.empty = QLabel("Your charts appear here after your first session.")
        chooser_row = QHBoxLayout()
        chooser_row.addWidget(QLabel("Show reps for"))
        chooser_row.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.minutes)
        layout.addLayout(chooser_row)
        layout.addWidget(self.reps)
        layout.addWidget(self.held)
        layout.addWidget(self.pain)

    def show_data(
        self, weekly: list[tuple[date, float]], reps: list[DayReps], pain: list[PainPoint]
    ) -> None:
        self.empty.setVisible(not weekly)
        self._draw_minutes(weekly)
        self._reps = reps
        totals: dict[str, int] = {}
        for row in reps:
            totals[row[1]] = totals.get(row[1], 0) + row[3]
        chosen = self.chooser.currentData() or max(totals, key=totals.__getitem__, default=None)
        exercises = sorted(totals, key=self._name)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for exercise_id in exercises:
            self.chooser.addItem(self._name(exercise_id), exercise_id)
        if chosen in exercises:
            self.chooser.setCurrentIndex(exercises.index(chosen))
        self.chooser.blockSignals(False)
        self._draw_exercise()
        self._draw_pain(pain)

    def _draw_minutes(self, weekly: list[tuple[date, float]]) -> None:
        with_year = spans_years([week for week, _ in weekly])

        def tip(index: int) -> str:
            week, minutes = weekly[index]
            return f"Week of {short_date(week, with_year)}: {amount(minutes, 'minute', 'minutes')}"

        # Each bar stands over the middle of its week, Monday to Sunday.
        bars = [Point(week.toordinal() + 3.5, minutes) for week, minutes in weekly]
        summary = ""
        if weekly:
            summary = (
                f"Minutes per week, {amount(len(weekly), 'week', 'weeks')}, "
                f"latest {amount(weekly[-1][1], 'minute', 'minutes')}"
            )
        self.minutes.set_data([Series("Minutes", 0, bars, tip, bar_width=6)], summary)

    def _draw_exercise(self) -> None:
        exercise_id = self.chooser.currentData()
        rows = [r for r in self._reps if r[1] == exercise_id]
        with_year = spans_years([r[0] for r in rows])
        for chart, one, many, counts in (
            (self.reps, "rep", "reps", True),
            (self.held, "second held", "seconds held", False),
        ):
            series = []
            summary = [f"{chart.accessibleName()} of {self._name(exercise_id)}"] if rows else []
            for side, label in FOOT_LABELS.items():
                mine = [(day, reps, held) for day, _, foot, reps, held in rows if foot == side]
                if not mine:
                    continue
                days = [day for day, _, _ in mine]
                values = [float(reps if counts else held) for _, reps, held in mine]
                tip = day_tips(days, values, (one, many), label.lower(), with_year)
                # Midday: each day's point stands over its date.
                points = [Point(d.toordinal() + 0.5, v) for d, v in zip(days, values, strict=True)]
                series.append(Series(label, FOOT_COLORS[side], points, tip, FOOT_STYLES[side]))
                summary.append(
                    f"{label}: {amount(len(days), 'day', 'days')}, latest "
                    f"{amount(values[-1], one, many)} on {day_words(days[-1], with_year)}"
                )
            chart.set_data(series, ". ".join(summary))

    def _draw_pain(self, pain: list[PainPoint]) -> None:
        with_year = spans_years([local_day(when) for when, _, _ in pain])
        befores = [(when, before) for when, before, _ in pain if before is not None]
        afters = [(when, after) for when, _, after in pain if after is not None]
        series = []
        for label, color, style, rated in (
            ("Before", 1, Qt.PenStyle.DashLine, befores),
            ("After", 0, Qt.PenStyle.SolidLine, afters),
        ):
            # The time of day too: two sessions on one day stay apart.
            points = [
                Point(when.toordinal() + (when.hour + when.minute / 60) / 24, value)
                for when, value in rated
            ]
            series.append(Series(label, color, points, pain_tips(rated, label, with_year), style))
        summary = ""
        if pain:
            when, before, after = pain[-1]
            said = [
                f"{v} {word}" for v, word in ((before, "before"), (after, "after")) if v is not None
            ]
            summary = (
                f"Pain, 0 to 10, {amount(len(pain), 'session', 'sessions')} rated, "
                f"latest {' and '.join(said)} exercise, on {day_words(local_day(when), with_year)}"
            )
        self.pain.set_data(series, summary)
