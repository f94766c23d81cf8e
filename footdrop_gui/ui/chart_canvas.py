"""A small hand-drawn chart of lines or bars over dates, in the app's palette.

Drawn with QPainter rather than a plotting library: the History page needs four plain
charts, and pyqtgraph brought numpy, OpenBLAS and QtOpenGL (~52 MB) into the bundle. Each
series becomes paths (or bars) in data units (days, values) when its data changes; a paint
only draws them through a transform, so ten years of daily points repaint quickly.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QToolTip, QWidget

from footdrop_gui.ui.local_dates import first_weekday, month_label, short_date
from footdrop_gui.ui.theme import is_dark, scaled_font

# Blue, amber and slate, for light and dark palettes. Each series also has its own words in
# the legend and its own line style: colour never carries the meaning alone.
SERIES_COLORS = {False: ("#2a6a87", "#a8701c", "#5b6b7a"), True: ("#6cb1d1", "#e0a84a", "#a3aeb8")}
NO_DATA = QT_TRANSLATE_NOOP("ChartCanvas", "No data yet")

MARGIN = 12.0  # around the whole chart
EDGE = 10.0  # between the plot's frame and its first and last point, so markers show whole
LABEL_GAP = 16.0  # the least space between two date labels
DOT = 8.0  # marker diameter, in pixels
DOT_SPACING = 10.0  # markers only where points are at least this far apart on average
HIT = 12.0  # how near (pixels) the pointer must be to a point for its tooltip
# Line widths by the least average spacing of points (pixels): thick while each point shows;
# thin where several points share a pixel, a band that a wide pen would only blot (and draw
# slowly). The legend's samples always use the widest, to be seen.
LINE_WIDTHS = ((DOT_SPACING, 3.0), (1.0, 2.0), (0.0, 1.0))
# Segments per path: Qt strokes a wide pen along one long zigzag path in time that grows
# much faster than its length (~0.5 s for 3,650 points); short runs take ~15 ms in all.
PIECE = 8
SAMPLE = 36.0  # the legend's line sample


def nice_ticks(top: float, most: int) -> list[int]:
    """Whole-number ticks from 0 up to at least `top`, at most `most` steps of 1, 2 or 5 times
    a power of ten: round numbers are quicker to read than exact ones. Every chart counts
    whole things (minutes, reps, seconds, pain points), so a step is never below 1."""
    top = max(top, 1.0)
    most = max(most, 1)
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            steps = math.ceil(top / step)
            if steps <= most:
                return list(range(0, steps * step + 1, step))
        magnitude *= 10


def no_data() -> str:
    return QCoreApplication.translate("ChartCanvas", str(NO_DATA))


class _Step(NamedTuple):
    unit: str  # "day", "week", "month" or "year"
    size: int  # how many units a step spans


_STEPS = tuple(
    _Step(unit, size)
    for unit, sizes in (
        ("day", (1, 2)),
        ("week", (1, 2)),
        ("month", (1, 2, 3, 6)),
        ("year", (1, 2, 5, 10, 20, 50, 100)),
    )
    for size in sizes
)
_SHORTEST_DAYS = {"day": 1, "week": 7, "month": 28, "year": 365}


def _step_dates(first: date, last: date, step: _Step, week_start: int = 0) -> Iterator[date]:
    """The dates of one kind of step between first and last: days, first days of weeks
    (`week_start`, Monday 0), firsts of months or New Year's Days, on round numbers (every
    3rd month starts in January, and so on)."""
    if step.unit in ("day", "week"):
        day = first
        if step.unit == "week":
            day += timedelta(days=(week_start - first.weekday()) % 7)
        while day <= last:
            yield day
            day += timedelta(days=step.size * (7 if step.unit == "week" else 1))
    elif step.unit == "month":
        index = first.year * 12 + first.month - 1 + (first.day > 1)  # the next first of a month
        index += -(index % 12) % step.size
        while (day := date(index // 12, index % 12 + 1, 1)) <= last:
            yield day
            index += step.size
    else:
        year = first.year + ((first.month, first.day) > (1, 1))
        year += -year % step.size
        while year <= last.year:
            yield date(year, 1, 1)
            year += step.size


def _label(day: date, unit: str, with_year: bool) -> str:
    if unit == "year":
        return str(day.year)
    if unit == "month":
        return month_label(day, with_year)
    return short_date(day, with_year)


def date_ticks(
    first: date,
    last: date,
    px_per_day: float,
    text_width: Callable[[str], float],
    week_start: int = 0,
) -> list[tuple[date, str]]:
    """The dates to label under an axis from `first` to `last`: the finest steps (days,
    weeks starting on `week_start`, months, years) whose labels fit side by side without
    touching. Labels carry the year when the dates span more than one year."""
    with_year = first.year != last.year
    for step in _STEPS:
        shortest = _SHORTEST_DAYS[step.unit] * step.size * px_per_day
        if shortest < text_width(_label(first, step.unit, with_year)) + LABEL_GAP:
            continue  # cannot fit: do not list ten years of days to find that out
        days = list(_step_dates(first, last, step, week_start))
        if not days:
            continue
        labels = [_label(day, step.unit, with_year) for day in days]
        widest = max(text_width(label) for label in labels)
        closest = min(((b - a).days for a, b in pairwise(days)), default=math.inf)
        if closest * px_per_day >= widest + LABEL_GAP:
            return list(zip(days, labels, strict=True))
    return []


class Point(NamedTuple):
    x: float  # a day as date.toordinal(), plus the part of the day gone for a time
    y: float


@dataclass(frozen=True)
class Series:
    name: str  # the legend's words ("Left foot")
    color: int  # an index into SERIES_COLORS
    points: Sequence[Point]  # in date order
    # The tooltip's words for the point at an index: made only when asked, as ten years of
    # daily points would otherwise mean thousands of sentences no one reads.
    tip: Callable[[int], str]
    style: Qt.PenStyle = Qt.PenStyle.SolidLine
    bar_width: float = 0.0  # in days; above 0 the points are drawn as bars centred on them


@dataclass(frozen=True)
class _Prepared:
    """A series made ready to draw once per data change, in data units (days from the chart's
    origin, values): its line in short runs, or its bars; its markers; and its x values, for
    finding a hovered point."""

    series: Series
    xs: list[float]
    pieces: list[QPainterPath]
    bars: list[QRectF]
    dots: QPolygonF


@dataclass(frozen=True)
class _Geometry:
    """Where everything goes at one size and font; made again when either changes."""

    size: QSize
    plot: QRectF
    to_pixels: QTransform
    y_ticks: list[int]
    x_ticks: list[tuple[float, float, str]]  # pixel x of the tick, of its label's left, label
    legend: list[tuple[QPointF, int]]  # where each entry's sample starts; which series
    dotted: list[bool]  # whether each series shows its markers
    line_width: float
    # Per series, where each piece starts in its dash pattern (in pen widths), so dashes run
    # on from one piece to the next; empty for solid lines and bars.
    dash_offsets: list[list[float]]


class ChartCanvas(QWidget):
    """A titled chart with a y-axis unit, horizontal grid, date labels, a legend in words and
    a tooltip for each point or bar. `y_top` fixes the top of the scale (pain is 0 to 10)."""

    def __init__(
        self, title: str, unit: str, y_top: float | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._unit = unit
        self._y_top = y_top
        self._series: list[_Prepared] = []
        self._origin = 0
        self._x_range = (0.0, 1.0)
        self._geometry: _Geometry | None = None
        # Lines and markers are drawn in device pixels; on a 600-dpi page this scale keeps
        # them as wide as on a 96-dpi screen.
        self.pen_scale = 1.0
        self.setAccessibleName(title)
        self.setAccessibleDescription(no_data())

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 220)

    # -- data ---------------------------------------------------------------------------
    def set_data(self, series: Sequence[Series], summary: str) -> None:
        """Show these series; `summary` describes them for a screen reader."""
        shown = [s for s in series if s.points]
        self._origin = math.floor(min((p.x for s in shown for p in s.points), default=0.0))
        self._series = [self._prepare(s) for s in shown]
        if shown:
            self._x_range = (
                min(self._left_edge(s) for s in shown) - self._origin,
                max(self._right_edge(s) for s in shown) - self._origin,
            )
        self.setAccessibleDescription(summary if shown else no_data())
        self._geometry = None
        self.update()

    def _prepare(self, series: Series) -> _Prepared:
        xs = [p.x - self._origin for p in series.points]
        spots = [QPointF(x, p.y) for x, p in zip(xs, series.points, strict=True)]
        if series.bar_width:
            half = series.bar_width / 2
            bars = [
                QRectF(x - half, 0.0, series.bar_width, p.y)
                for x, p in zip(xs, series.points, strict=True)
            ]
            return _Prepared(series, xs, [], bars, QPolygonF())
        pieces = []
        for start in range(0, max(len(spots) - 1, 1), PIECE):
            piece = QPainterPath(spots[start])
            for spot in spots[start + 1 : start + PIECE + 1]:
                piece.lineTo(spot)
            pieces.append(piece)
        return _Prepared(series, xs, pieces, [], QPolygonF(spots))

    @staticmethod
    def _left_edge(series: Series) -> float:
        first = series.points[0].x
        return first - series.bar_width / 2 if series.bar_width else math.floor(first)

    @staticmethod
    def _right_edge(series: Series) -> float:
        last = series.points[-1].x
        return last + series.bar_width / 2 if series.bar_width else math.floor(last) + 1

    def has_data(self) -> bool:
        return bool(self._series)

    def legend_names(self) -> list[str]:
        """The legend's entries: every line, in drawing order (a bar chart's title names it)."""
        return [p.series.name for p in self._series if not p.series.bar_width]

    def y_range(self) -> tuple[float, float]:
        """The scale's bottom and top at the current size (more room, finer steps)."""
        ticks = self._layout().y_ticks
        return (ticks[0], ticks[-1])

    def plot_area(self) -> QRectF:
        """Where the data is drawn, inside the axes."""
        return self._layout().plot

    # -- layout -------------------------------------------------------------------------
    def _title_font(self) -> QFont:
        return scaled_font(self.font(), 1.1, bold=True)

    def _layout(self) -> _Geometry:
        # Sizes are compared rather than trusting resizeEvent: a hidden widget gets its resize
        # event only when shown, and a chart can be asked where things are before that.
        if self._geometry is None or self._geometry.size != self.size():
            self._geometry = self._measure()
        return self._geometry

    def _measure(self) -> _Geometry:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        width, height = float(self.width()), float(self.height())
        top = MARGIN + QFontMetricsF(self._title_font()).height() + 6
        legend, rows = self._place_legend(metrics, top, width)
        plot_top = top + max(rows, 1) * line + line / 2 + 4
        plot_bottom = height - MARGIN - line - 6
        most = max(1, int((plot_bottom - plot_top) // (line * 1.4)))
        highest = max((p.y for s in self._series for p in s.series.points), default=10.0)
        y_ticks = nice_ticks(self._y_top if self._y_top is not None else highest, most)
        gutter = max(metrics.horizontalAdvance(str(tick)) for tick in y_ticks) + 10
        plot = QRectF(
            QPointF(MARGIN + gutter, plot_top), QPointF(width - MARGIN, max(plot_bottom, plot_top))
        )
        low, high = self._x_range
        x_scale = max(plot.width() - 2 * EDGE, 1.0) / (high - low)
        y_scale = plot.height() / y_ticks[-1]
        to_pixels = QTransform(
            x_scale, 0.0, 0.0, -y_scale, plot.left() + EDGE - low * x_scale, plot.bottom()
        )
        x_ticks = self._place_dates(low, high, x_scale, to_pixels, metrics) if self._series else []
        spacing = [  # pixels between a series' points, on average
            (p.xs[-1] - p.xs[0]) * x_scale / (len(p.xs) - 1) if len(p.xs) > 1 else math.inf
            for p in self._series
        ]
        dotted = [gap >= DOT_SPACING for gap in spacing]
        line_width = next(
            width for least, width in LINE_WIDTHS if min(spacing, default=math.inf) >= least
        )
        dash_offsets = [
            self._dash_offsets(p, to_pixels, line_width)
            if p.series.style != Qt.PenStyle.SolidLine
            else []
            for p in self._series
        ]
        return _Geometry(
            self.size(), plot, to_pixels, y_ticks, x_ticks, legend, dotted, line_width, dash_offsets
        )

    @staticmethod
    def _dash_offsets(prepared: _Prepared, to_pixels: QTransform, line_width: float) -> list[float]:
        """How far along the line (in pen widths, as Qt counts dashes) each piece starts."""
        x_scale, y_scale = to_pixels.m11(), to_pixels.m22()
        offsets, run = [], 0.0
        points = prepared.series.points
        for index in range(len(prepared.pieces)):
            offsets.append(run / line_width)
            start = index * PIECE
            for i in range(start, min(start + PIECE, len(points) - 1)):
                run += math.hypot(
                    (prepared.xs[i + 1] - prepared.xs[i]) * x_scale,
                    (points[i + 1].y - points[i].y) * y_scale,
                )
        return offsets

    def _place_dates(
        self, low: float, high: float, x_scale: float, to_pixels: QTransform, metrics: QFontMetricsF
    ) -> list[tuple[float, float, str]]:
        """Date labels centred under their ticks, kept inside the chart; one that would then
        crowd its neighbour is left out rather than drawn over it."""
        first = date.fromordinal(self._origin + math.floor(low))
        last = date.fromordinal(self._origin + math.ceil(high) - 1)
        bars = [p for p in self._series if p.series.bar_width]
        placed: list[tuple[float, float, str]] = []
        ticks = date_ticks(first, last, x_scale, metrics.horizontalAdvance, first_weekday())
        for day, label in ticks:
            x = day.toordinal() + 0.5 - self._origin
            for prepared in bars:  # a date under a bar labels the whole bar: its middle
                half = prepared.series.bar_width / 2
                index = bisect_left(prepared.xs, x - half)
                if index < len(prepared.xs) and prepared.xs[index] - x <= half:
                    x = prepared.xs[index]
            pixel = to_pixels.map(QPointF(x, 0.0)).x()
            text_width = metrics.horizontalAdvance(label)
            left = min(
                max(pixel - text_width / 2, MARGIN / 2), self.width() - MARGIN / 2 - text_width
            )
            if placed and left < placed[-1][1] + metrics.horizontalAdvance(placed[-1][2]) + 8:
                continue
            placed.append((pixel, left, label))
        return placed

    def _place_legend(
        self, metrics: QFontMetricsF, top: float, width: float
    ) -> tuple[list[tuple[QPointF, int]], int]:
        """Legend entries right-aligned on the unit's row, wrapping onto more rows when the
        chart is narrow: above the plot, so the legend never covers the data."""
        rows: list[list[tuple[float, int]]] = [[]]
        room = width - 2 * MARGIN - metrics.horizontalAdvance(self._unit) - 2 * LABEL_GAP
        used = 0.0
        for index, prepared in enumerate(self._series):
            if prepared.series.bar_width:
                continue
            entry = SAMPLE + 8 + metrics.horizontalAdvance(prepared.series.name)
            if rows[-1] and used + LABEL_GAP + entry > room:
                rows.append([])
                room, used = width - 2 * MARGIN, 0.0
            used += (LABEL_GAP if rows[-1] else 0.0) + entry
            rows[-1].append((entry, index))
        placed = []
        for number, row in enumerate(rows):
            x = width - MARGIN - sum(entry for entry, _ in row) - LABEL_GAP * (len(row) - 1)
            for entry, index in row:
                placed.append((QPointF(x, top + number * metrics.height()), index))
                x += entry + LABEL_GAP
        return placed, len(rows) if placed else 0

    # -- drawing ------------------------------------------------------------------------
    def _colors(self) -> tuple[str, ...]:
        return SERIES_COLORS[is_dark(self.palette())]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw the chart at the painter's place: the widget, or a printed page's spot for it
        (QWidget.render would turn it into pixels on a printer)."""
        geometry = self._layout()
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Every label is placed by geometry (dates under their day): each reads in its own
        # direction, not the layout's, so "3 Nov" never turns into "Nov 3" right-to-left.
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetricsF(self.font())
        title_font = self._title_font()
        title_metrics = QFontMetricsF(title_font)
        painter.setFont(title_font)
        painter.setPen(text)
        # Text in boxes with alignment flags: a right-to-left painter puts it at the other edge.
        leading = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        across = self.width() - 2 * MARGIN
        painter.drawText(
            QRectF(MARGIN, MARGIN, across, title_metrics.height()), leading, self._title
        )
        painter.setFont(self.font())
        unit_top = MARGIN + title_metrics.height() + 6
        painter.drawText(QRectF(MARGIN, unit_top, across, metrics.height()), leading, self._unit)
        self._draw_legend(painter, geometry, metrics, text)
        self._draw_axes(painter, geometry, metrics, palette)
        if not self._series:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(geometry.plot, Qt.AlignmentFlag.AlignCenter, no_data())
            return
        painter.save()
        painter.setTransform(geometry.to_pixels, combine=True)
        colors = self._colors()
        for prepared, dotted, offsets in zip(
            self._series, geometry.dotted, geometry.dash_offsets, strict=True
        ):
            color = QColor(colors[prepared.series.color])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRects(prepared.bars)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            width = geometry.line_width * self.pen_scale
            pen = self._line_pen(color, width, prepared.series.style)
            pen.setCosmetic(True)  # widths and dashes in pixels, whatever the scale
            for number, piece in enumerate(prepared.pieces):
                if offsets:
                    pen.setDashOffset(offsets[number])
                painter.setPen(pen)
                painter.drawPath(piece)
            if dotted:
                painter.setPen(self._dot_pen(color, self.pen_scale))
                painter.drawPoints(prepared.dots)
        painter.restore()

    @staticmethod
    def _line_pen(color: QColor, width: float, style: Qt.PenStyle) -> QPen:
        """Round ends and corners: the pieces of a line meet without a seam."""
        return QPen(color, width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)

    @staticmethod
    def _dot_pen(color: QColor, scale: float = 1.0) -> QPen:
        """A wide round-capped pen: each point it draws is a round marker DOT pixels across."""
        pen = QPen(color, DOT * scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setCosmetic(True)
        return pen

    def _draw_legend(
        self, painter: QPainter, geometry: _Geometry, metrics: QFontMetricsF, text: QColor
    ) -> None:
        colors = self._colors()
        for start, index in geometry.legend:
            prepared, dotted = self._series[index], geometry.dotted[index]
            color = QColor(colors[prepared.series.color])
            middle = start.y() + metrics.height() / 2
            painter.setPen(self._line_pen(color, LINE_WIDTHS[0][1], prepared.series.style))
            painter.drawLine(QPointF(start.x(), middle), QPointF(start.x() + SAMPLE, middle))
            if dotted:
                painter.setPen(self._dot_pen(color, self.pen_scale))
                painter.drawPoint(QPointF(start.x() + SAMPLE / 2, middle))
            painter.setPen(text)
            name = prepared.series.name
            box = QRectF(
                start.x() + SAMPLE + 8, start.y(), metrics.horizontalAdvance(name), metrics.height()
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)

    def _draw_axes(
        self, painter: QPainter, geometry: _Geometry, metrics: QFontMetricsF, palette: QPalette
    ) -> None:
        """Grid lines at the y ticks, the baseline, the left axis and the date labels."""
        plot = geometry.plot
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        for tick in geometry.y_ticks:
            y = round(plot.bottom() - plot.height() * tick / geometry.y_ticks[-1]) + 0.5
            painter.setPen(QPen(text if tick == 0 else grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            box = QRectF(
                MARGIN, y - metrics.height() / 2, plot.left() - MARGIN - 8, metrics.height()
            )
            # Against the axis whatever the text direction: a right-to-left layout reads
            # AlignRight as "leading" and would push the numbers away from the axis.
            against_axis = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight
            painter.drawText(box, against_axis | Qt.AlignmentFlag.AlignVCenter, str(tick))
        axis = round(plot.left()) + 0.5
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(axis, plot.top()), QPointF(axis, plot.bottom()))
        baseline = round(plot.bottom()) + 0.5
        for x, left, label in geometry.x_ticks:
            painter.drawLine(QPointF(x, baseline), QPointF(x, baseline + 5))
            box = QRectF(left, baseline + 6, metrics.horizontalAdvance(label), metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    # -- events -------------------------------------------------------------------------
    def tip_at(self, pos: QPointF) -> str:
        """What the point or bar under `pos` shows, in words; "" where there is none."""
        geometry = self._layout()
        if not geometry.plot.adjusted(-HIT, -HIT, HIT, HIT).contains(pos):
            return ""
        to_data, _ = geometry.to_pixels.inverted()
        x = to_data.map(pos).x()
        reach = HIT / geometry.to_pixels.m11()
        nearest, found = HIT * HIT, None
        for prepared in reversed(self._series):  # the one drawn on top first
            series = prepared.series
            if series.bar_width:
                half = max(series.bar_width / 2, reach / 3)
                start = bisect_left(prepared.xs, x - half)
                if start < len(prepared.xs) and abs(prepared.xs[start] - x) <= half:
                    return series.tip(start)
                continue
            for index in range(
                bisect_left(prepared.xs, x - reach), bisect_right(prepared.xs, x + reach)
            ):
                spot = geometry.to_pixels.map(QPointF(prepared.xs[index], series.points[index].y))
                distance = (spot.x() - pos.x()) ** 2 + (spot.y() - pos.y()) ** 2
                if distance < nearest:
                    nearest, found = distance, (series, index)
        return found[0].tip(found[1]) if found else ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._geometry = None
        super().changeEvent(event)
