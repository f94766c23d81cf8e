"""Progress charts: minutes per week, reps and hold time per exercise and foot, and pain.

A thin layer over ChartCanvas: it turns the journal's rows into series, tooltips in plain
words and a summary for screen readers. Each foot has its own line style and a word in the
legend, never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.progress import local_day
from footdrop_gui.core.translation import Plurals
from footdrop_gui.ui.chart_canvas import ChartCanvas, Point, Series
from footdrop_gui.ui.local_dates import clock, short_date, weekday_date

# A legend's or a table's words for each foot, and the same words inside a sentence.
FOOT_LABELS = {
    "left": QT_TRANSLATE_NOOP("ProgressCharts", "Left foot"),
    "right": QT_TRANSLATE_NOOP("ProgressCharts", "Right foot"),
    "both": QT_TRANSLATE_NOOP("ProgressCharts", "Both feet"),
}
FOOT_IN_TEXT = {
    "left": QT_TRANSLATE_NOOP("ProgressCharts", "left foot"),
    "right": QT_TRANSLATE_NOOP("ProgressCharts", "right foot"),
    "both": QT_TRANSLATE_NOOP("ProgressCharts", "both feet"),
}
FOOT_STYLES = {
    "left": Qt.PenStyle.SolidLine,
    "right": Qt.PenStyle.DashLine,
    "both": Qt.PenStyle.DotLine,
}
FOOT_COLORS = {"left": 0, "right": 1, "both": 2}  # indexes into chart_canvas.SERIES_COLORS

DayReps = tuple[date, str, str, int, float]
PainPoint = tuple[datetime, int | None, int | None]


def _tr(text: object) -> str:
    """One of the charts' marked strings (QT_TRANSLATE_NOOP) in the person's language."""
    return QCoreApplication.translate("ProgressCharts", str(text))


def foot_label(side: str) -> str:
    """ "Left foot"; an unknown side as it was saved."""
    return _tr(FOOT_LABELS[side]) if side in FOOT_LABELS else side


ChartCounts = Plurals("ChartCounts")  # the charts' counted phrases (see Plurals)


def counted(value: float, counts: bool) -> str:
    """ "24 reps" or "30 seconds held": whole numbers, as people count them."""
    whole = round(value)
    if counts:
        return ChartCounts.tr("%n reps", None, whole)
    return ChartCounts.tr("%n seconds held", None, whole)


def spans_years(days: Sequence[date]) -> bool:
    """Whether dates need their year to be told apart ("3 Nov 2025", "3 Nov 2026")."""
    return bool(days) and min(days).year != max(days).year


def day_tips(
    days: list[date], values: list[float], counts: bool, foot: str, with_year: bool
) -> Callable[[int], str]:
    """One foot's tooltips: "Tue 3 Nov: 24 reps, left foot"."""

    def tip(index: int) -> str:
        return QCoreApplication.translate("ProgressCharts", "{day}: {amount}, {foot}").format(
            day=weekday_date(days[index], with_year),
            amount=counted(values[index], counts),
            foot=_tr(FOOT_IN_TEXT[foot]),
        )

    return tip


def pain_tips(
    rated: list[tuple[datetime, int]], before: bool, with_year: bool
) -> Callable[[int], str]:
    """ "Tue 3 Nov at 09:30: pain 4 of 10, before exercise"."""
    words = (
        QCoreApplication.translate(
            "ProgressCharts", "{day} at {time}: pain {value} of 10, before exercise"
        )
        if before
        else QCoreApplication.translate(
            "ProgressCharts", "{day} at {time}: pain {value} of 10, after exercise"
        )
    )

    def tip(index: int) -> str:
        when, value = rated[index]
        day = weekday_date(local_day(when), with_year)
        return words.format(day=day, time=clock(when), value=value)

    return tip


class ProgressCharts(QWidget):
    """The four charts; the exercise chooser picks whose reps and hold times to show."""

    def __init__(self, exercise_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = exercise_name
        self._reps: list[DayReps] = []
        self.minutes = ChartCanvas(self.tr("Minutes of exercise per week"), self.tr("minutes"))
        self.reps = ChartCanvas(self.tr("Reps per day"), self.tr("reps"))
        self.held = ChartCanvas(self.tr("Seconds held per day"), self.tr("seconds"))
        self.pain = ChartCanvas(self.tr("Pain, 0 to 10"), self.tr("pain"), y_top=10)
        for chart in (self.minutes, self.reps, self.held, self.pain):
            # The page scrolls: each chart keeps its comfortable height rather than its least.
            chart.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Exercise to show"))
        self.chooser.setMinimumHeight(40)
        self.chooser.currentIndexChanged.connect(self._draw_exercise)
        self.empty = QLabel(self.tr("Your charts appear here after your first session."))
        chooser_row = QHBoxLayout()
        chooser_row.addWidget(QLabel(self.tr("Show reps for")))
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
            return self.tr("Week of {day}: %n minutes", "", round(minutes)).format(
                day=short_date(week, with_year)
            )

        # Each bar stands over the middle of its week, first day to last.
        bars = [Point(week.toordinal() + 3.5, minutes) for week, minutes in weekly]
        summary = ""
        if weekly:
            latest = self.tr("%n minutes", "", round(weekly[-1][1]))
            summary = self.tr("Minutes per week, %n weeks, latest {minutes}", "", len(weekly))
            summary = summary.format(minutes=latest)
        self.minutes.set_data([Series(self.tr("Minutes"), 0, bars, tip, bar_width=6)], summary)

    def _draw_exercise(self) -> None:
        exercise_id = self.chooser.currentData()
        rows = [r for r in self._reps if r[1] == exercise_id]
        with_year = spans_years([r[0] for r in rows])
        for chart, counts in ((self.reps, True), (self.held, False)):
            series = []
            summary = []
            if rows:
                summary.append(
                    self.tr("{chart} of {exercise}").format(
                        chart=chart.accessibleName(), exercise=self._name(exercise_id)
                    )
                )
            for side in FOOT_LABELS:
                mine = [(day, reps, held) for day, _, foot, reps, held in rows if foot == side]
                if not mine:
                    continue
                label = foot_label(side)
                days = [day for day, _, _ in mine]
                values = [float(reps if counts else held) for _, reps, held in mine]
                tip = day_tips(days, values, counts, side, with_year)
                # Midday: each day's point stands over its date.
                points = [Point(d.toordinal() + 0.5, v) for d, v in zip(days, values, strict=True)]
                series.append(Series(label, FOOT_COLORS[side], points, tip, FOOT_STYLES[side]))
                line = self.tr("{foot}: %n days, latest {amount} on {day}", "", len(days))
                summary.append(
                    line.format(
                        foot=label,
                        amount=counted(values[-1], counts),
                        day=weekday_date(days[-1], with_year),
                    )
                )
            chart.set_data(series, self.tr(". ").join(summary))

    def _draw_pain(self, pain: list[PainPoint]) -> None:
        with_year = spans_years([local_day(when) for when, _, _ in pain])
        befores = [(when, before) for when, before, _ in pain if before is not None]
        afters = [(when, after) for when, _, after in pain if after is not None]
        series = []
        for label, color, style, rated, is_before in (
            (self.tr("Before"), 1, Qt.PenStyle.DashLine, befores, True),
            (self.tr("After"), 0, Qt.PenStyle.SolidLine, afters, False),
        ):
            # The time of day too: two sessions on one day stay apart.
            points = [
                Point(when.toordinal() + (when.hour + when.minute / 60) / 24, value)
                for when, value in rated
            ]
            tips = pain_tips(rated, is_before, with_year)
            series.append(Series(label, color, points, tips, style))
        summary = ""
        if pain:
            when, before, after = pain[-1]
            if before is not None and after is not None:
                words = self.tr(
                    "Pain, 0 to 10, %n sessions rated, latest {before} before and {after} after "
                    "exercise, on {day}",
                    "",
                    len(pain),
                )
            elif before is not None:
                words = self.tr(
                    "Pain, 0 to 10, %n sessions rated, latest {before} before exercise, on {day}",
                    "",
                    len(pain),
                )
            else:
                words = self.tr(
                    "Pain, 0 to 10, %n sessions rated, latest {after} after exercise, on {day}",
                    "",
                    len(pain),
                )
            day = weekday_date(local_day(when), with_year)
            summary = words.format(before=before, after=after, day=day)
        self.pain.set_data(series, summary)
