"""Progress charts: minutes per week, reps and hold time per exercise and foot, and pain.

Drawn with pyqtgraph (Qt Charts is deprecated), in the app's palette, with date axes.
Each foot has its own line and a word in the legend, never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from footdrop_gui.ui.theme import is_dark, scaled_font

FOOT_LABELS = {"left": "Left foot", "right": "Right foot", "both": "Both feet"}
FOOT_STYLES = {
    "left": Qt.PenStyle.SolidLine,
    "right": Qt.PenStyle.DashLine,
    "both": Qt.PenStyle.DotLine,
}
SERIES_COLORS = {False: ("#2a6a87", "#a8701c", "#5b6b7a"), True: ("#6cb1d1", "#e0a84a", "#a3aeb8")}

DayReps = tuple[date, str, str, int, float]
PainPoint = tuple[datetime, int | None, int | None]


def stamp(day: date | datetime) -> float:
    moment = day if isinstance(day, datetime) else datetime.combine(day, time(12))
    return moment.timestamp()


class Chart(pg.PlotWidget):  # type: ignore[misc]
    """A titled plot with a date axis, in the palette's colours."""

    def __init__(self, title: str, unit: str) -> None:
        super().__init__(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.setMinimumHeight(220)
        self.setMenuEnabled(False)
        self.getPlotItem().setTitle(title)
        self.getPlotItem().setLabel("left", unit)
        self.getPlotItem().showGrid(x=False, y=True, alpha=0.25)
        self.legend = self.getPlotItem().addLegend(offset=(10, 10))

    def apply_palette(self, window: QColor, text: QColor, font: QFont) -> None:
        self.setBackground(window)
        item = self.getPlotItem()
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(text)
            axis.setTextPen(text)
            axis.setStyle(tickFont=font)
        item.titleLabel.setText(
            item.titleLabel.text, color=text.name(), size=f"{font.pointSize()}pt"
        )
        self.legend.setLabelTextColor(text)


class ProgressCharts(QWidget):
    """The three charts; the exercise chooser picks whose reps to show."""

    def __init__(self, exercise_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = exercise_name
        self._reps: list[DayReps] = []
        self.minutes = Chart("Minutes of exercise per week", "minutes")
        self.reps = Chart("Reps per day", "reps")
        self.held = Chart("Seconds held per day", "seconds")
        self.pain = Chart("Pain, 0 to 10", "pain")
        self.pain.getPlotItem().setYRange(0, 10)
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

    def _colors(self) -> tuple[str, ...]:
        return SERIES_COLORS[is_dark(self.palette())]

    def _style(self) -> None:
        palette = self.palette()
        font = scaled_font(self.font(), 0.85)
        for chart in (self.minutes, self.reps, self.held, self.pain):
            chart.apply_palette(
                palette.color(palette.ColorRole.Base), palette.color(palette.ColorRole.Text), font
            )

    def show_data(
        self, weekly: list[tuple[date, float]], reps: list[DayReps], pain: list[PainPoint]
    ) -> None:
        self._style()
        self.empty.setVisible(not weekly)
        colors = self._colors()
        self.minutes.clear()
        if weekly:
            xs = [stamp(week) + 3.5 * 86400 for week, _ in weekly]
            bars = pg.BarGraphItem(
                x=xs, height=[m for _, m in weekly], width=6 * 86400, brush=colors[0], pen=None
            )
            self.minutes.addItem(bars)
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
        self.pain.clear()
        for column, (label, color) in enumerate((("Before", colors[1]), ("After", colors[0]))):
            points = [
                (stamp(when), values[column])
                for when, *values in pain
                if values[column] is not None
            ]
            if points:
                self.pain.plot(
                    [x for x, _ in points],
                    [y for _, y in points],
                    name=label,
                    pen=pg.mkPen(color, width=3),
                    symbol="o",
                    symbolBrush=color,
                    symbolSize=8,
                )

    def _draw_exercise(self) -> None:
        exercise_id = self.chooser.currentData()
        colors = self._colors()
        for chart, column in ((self.reps, 3), (self.held, 4)):
            chart.clear()
            for number, side in enumerate(("left", "right", "both")):
                rows = [r for r in self._reps if r[1] == exercise_id and r[2] == side]
                if rows:
                    pen = pg.mkPen(colors[number % 3], width=3, style=FOOT_STYLES[side])
                    chart.plot(
                        [stamp(r[0]) for r in rows],
                        [r[column] for r in rows],
                        name=FOOT_LABELS[side],
                        pen=pen,
                        symbol="o",
                        symbolSize=6,
                        symbolBrush=colors[number % 3],
                    )
