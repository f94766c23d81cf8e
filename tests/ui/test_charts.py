"""The hand-drawn progress charts: round ticks, readable dates, the series drawn in the
palette's colours, a legend in words, tooltips in plain words, and calm empty charts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from footdrop_gui.ui.chart_canvas import (
    NO_DATA,
    SERIES_COLORS,
    ChartCanvas,
    Point,
    Series,
    date_ticks,
    nice_ticks,
)
from footdrop_gui.ui.history_charts import DayReps, PainPoint, ProgressCharts
from footdrop_gui.ui.theme import build_palette
from tests.helpers.languages import translated

LIGHT, DARK = SERIES_COLORS[False], SERIES_COLORS[True]
TUESDAY = date(2026, 11, 3)
MONDAY = date(2026, 11, 2)


def eight_px_a_letter(text: str) -> float:
    return 8.0 * len(text)


# -- nice ticks -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("top", "most", "ticks"),
    [
        (10, 5, [0, 2, 4, 6, 8, 10]),
        (10, 2, [0, 5, 10]),
        (42, 5, [0, 10, 20, 30, 40, 50]),
        (42, 4, [0, 20, 40, 60]),
        (198.5, 4, [0, 50, 100, 150, 200]),
        (3, 8, [0, 1, 2, 3]),
        (0, 5, [0, 1]),  # nothing yet: still a scale to draw
        (0.4, 5, [0, 1]),  # whole things only: no 0.1 steps
    ],
)
def test_nice_ticks_are_round_numbers_from_zero(top: float, most: int, ticks: list[int]) -> None:
    assert nice_ticks(top, most) == ticks


@given(st.floats(min_value=0, max_value=1e6), st.integers(min_value=1, max_value=12))
def test_nice_ticks_cover_the_data_in_few_round_steps(top: float, most: int) -> None:
    ticks = nice_ticks(top, most)
    step = ticks[1] - ticks[0]
    assert ticks[0] == 0
    assert ticks[-1] >= top
    assert len(ticks) - 1 <= most
    assert all(b - a == step for a, b in pairwise(ticks))
    assert str(step).strip("0") in ("1", "2", "5")


# -- date ticks -------------------------------------------------------------------------
def test_a_fortnight_with_room_labels_every_day() -> None:
    ticks = date_ticks(MONDAY, MONDAY + timedelta(days=13), 70, eight_px_a_letter)
    assert [label for _, label in ticks][:3] == ["2 Nov", "3 Nov", "4 Nov"]
    assert len(ticks) == 14


def test_months_of_days_are_labelled_on_mondays() -> None:
    ticks = date_ticks(date(2026, 8, 20), date(2026, 11, 27), 11, eight_px_a_letter)
    assert ticks[0] == (date(2026, 8, 24), "24 Aug")
    assert {day.weekday() for day, _ in ticks} == {0}
    assert {(b[0] - a[0]).days for a, b in pairwise(ticks)} == {7}


def test_dates_over_new_year_carry_the_year() -> None:
    ticks = date_ticks(date(2025, 11, 20), date(2026, 2, 10), 3, eight_px_a_letter)
    assert ticks == [
        (date(2025, 12, 1), "Dec 2025"),
        (date(2026, 1, 1), "Jan 2026"),
        (date(2026, 2, 1), "Feb 2026"),
    ]


def test_ten_years_are_labelled_by_year() -> None:
    ticks = date_ticks(date(2016, 11, 25), date(2026, 11, 24), 0.3, eight_px_a_letter)
    assert [label for _, label in ticks] == [str(year) for year in range(2017, 2027)]


def test_a_single_day_is_labelled() -> None:
    assert date_ticks(TUESDAY, TUESDAY, 900, eight_px_a_letter) == [(TUESDAY, "3 Nov")]


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)),
    st.integers(min_value=0, max_value=5000),
    st.floats(min_value=0.05, max_value=200),
)
def test_date_labels_stay_in_range_and_never_touch(first: date, days: int, px: float) -> None:
    last = first + timedelta(days=days)
    ticks = date_ticks(first, last, px, eight_px_a_letter)
    assert all(first <= day <= last for day, _ in ticks)
    for (a, label), (b, _) in pairwise(ticks):
        assert (b - a).days * px >= eight_px_a_letter(label)


# -- drawing ----------------------------------------------------------------------------
def colour_count(image: QImage, colour: str, area: QRectF) -> int:
    """How many pixels inside `area` are exactly `colour`."""
    pixels = image.convertToFormat(QImage.Format.Format_RGB32)  # one 0xffRRGGBB word each
    words = memoryview(pixels.constBits()).cast("I")
    row = pixels.bytesPerLine() // 4
    box = area.toAlignedRect().intersected(pixels.rect())
    target = QColor(colour).rgb()
    return sum(
        words[y * row + box.left() : y * row + box.right() + 1].tolist().count(target)
        for y in range(box.top(), box.bottom() + 1)
    )


def grab(chart: ChartCanvas) -> QImage:
    return chart.grab().toImage()


def no_tip(_index: int) -> str:
    return "a point"


def line(name: str, colour: int, values: list[float], style: Qt.PenStyle) -> Series:
    points = [Point(TUESDAY.toordinal() + day + 0.5, v) for day, v in enumerate(values)]
    return Series(name, colour, points, no_tip, style)


@pytest.fixture
def chart(qapp: QApplication, qtbot: QtBot) -> Iterator[ChartCanvas]:
    canvas = ChartCanvas("Reps per day", "reps")
    qtbot.addWidget(canvas)
    canvas.setPalette(build_palette(False))
    canvas.resize(640, 300)
    yield canvas


def test_each_series_is_drawn_in_its_colour_inside_the_plot(chart: ChartCanvas) -> None:
    chart.set_data(
        [
            line("Left foot", 0, [10, 20, 30, 25], Qt.PenStyle.SolidLine),
            line("Right foot", 1, [5, 5, 5, 5], Qt.PenStyle.DashLine),
        ],
        "summary",
    )
    image = grab(chart)
    plot = chart.plot_area()
    assert colour_count(image, LIGHT[0], plot) > 100
    assert colour_count(image, LIGHT[1], plot) > 100
    assert colour_count(image, LIGHT[2], image.rect().toRectF()) == 0  # no third series
    assert QColor(image.pixel(QPoint(2, 2))) == QColor("#ffffff")  # on Base, not Window


def test_a_single_point_shows_as_a_marker(chart: ChartCanvas) -> None:
    chart.set_data([line("Both feet", 2, [12], Qt.PenStyle.DotLine)], "summary")
    image = grab(chart)
    plot = chart.plot_area()
    assert colour_count(image, LIGHT[2], plot) >= 20  # a round dot about 8 pixels across


def test_the_legend_names_each_foot_in_words_above_the_plot(
    qapp: QApplication, qtbot: QtBot
) -> None:
    reps: list[DayReps] = [
        (TUESDAY, "toe-lifts", side, 10, 20.0) for side in ("left", "right", "both")
    ]
    charts = ProgressCharts(str.capitalize)
    qtbot.addWidget(charts)
    charts.setPalette(build_palette(False))
    charts.show_data([(MONDAY, 30.0)], reps, [])
    assert charts.reps.legend_names() == ["Left foot", "Right foot", "Both feet"]
    assert charts.held.legend_names() == ["Left foot", "Right foot", "Both feet"]
    charts.reps.resize(900, 300)
    image = grab(charts.reps)
    above = QRectF(0, 0, 900, charts.reps.plot_area().top() - 4)
    for colour in LIGHT:  # each entry's line sample, beside its words
        assert colour_count(image, colour, above) > 10
    assert charts.minutes.legend_names() == []  # one bar series: the title names it


def test_a_narrow_chart_wraps_its_legend_above_the_plot(chart: ChartCanvas) -> None:
    chart.set_data(
        [
            line("Left foot", 0, [10, 20], Qt.PenStyle.SolidLine),
            line("Right foot", 1, [5, 5], Qt.PenStyle.DashLine),
            line("Both feet", 2, [8, 9], Qt.PenStyle.DotLine),
        ],
        "summary",
    )
    wide_top = chart.plot_area().top()
    chart.resize(330, 300)
    assert chart.plot_area().top() > wide_top  # a second legend row pushes the plot down


def point_on_screen(chart: ChartCanvas, value: float) -> QPointF:
    """Where a chart's only day (or bar) stands: the middle of the plot, at its value."""
    plot = chart.plot_area()
    return QPointF(plot.center().x(), plot.bottom() - plot.height() * value / chart.y_range()[1])


@pytest.fixture
def charts(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[ProgressCharts]:
    with translated("en", tmp_path):  # "1 rep", "1 day", "1 session" are English's plural forms
        made = ProgressCharts({"toe-lifts": "Toe lifts", "heel-lifts": "Heel lifts"}.__getitem__)
        qtbot.addWidget(made)
        made.setPalette(build_palette(False))
        made.resize(900, 1400)
        yield made


def test_hovering_a_point_says_what_it_was_in_words(charts: ProgressCharts) -> None:
    charts.show_data([(MONDAY, 42.0)], [(TUESDAY, "toe-lifts", "left", 24, 48.0)], [])
    assert charts.reps.tip_at(point_on_screen(charts.reps, 24)) == "Tue 3 Nov: 24 reps, left foot"
    assert (
        charts.held.tip_at(point_on_screen(charts.held, 48))
        == "Tue 3 Nov: 48 seconds held, left foot"
    )
    assert charts.minutes.tip_at(point_on_screen(charts.minutes, 20)) == (
        "Week of 2 Nov: 42 minutes"
    )
    assert charts.reps.tip_at(charts.reps.plot_area().topLeft() + QPointF(30, 0)) == ""
    assert charts.reps.tip_at(QPointF(2, 2)) == ""  # the title, not a point


def test_a_tooltip_event_shows_the_words(
    charts: ProgressCharts, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    # The offscreen platform warns when a real tooltip window is raised: note the words instead.
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, _widget: shown.append(text))
    charts.show_data([(MONDAY, 1.0)], [(TUESDAY, "toe-lifts", "right", 1, 5.0)], [])
    where = point_on_screen(charts.reps, 1).toPoint()
    for spot in (where, QPoint(2, 2)):
        event = QHelpEvent(QEvent.Type.ToolTip, spot, charts.reps.mapToGlobal(spot))
        QApplication.sendEvent(charts.reps, event)
    assert shown == ["Tue 3 Nov: 1 rep, right foot"]


def test_pain_tooltips_give_the_time_and_which_rating(charts: ProgressCharts) -> None:
    pain: list[PainPoint] = [(datetime(2026, 11, 3, 12, 0), 4, None)]
    charts.show_data([(MONDAY, 1.0)], [], pain)
    assert charts.pain.legend_names() == ["Before"]
    assert (
        charts.pain.tip_at(point_on_screen(charts.pain, 4))
        == "Tue 3 Nov at 12:00: pain 4 of 10, before exercise"
    )


def test_pain_is_always_on_a_scale_of_0_to_10(charts: ProgressCharts) -> None:
    assert charts.pain.y_range() == (0, 10)
    charts.show_data([(MONDAY, 1.0)], [], [(datetime(2026, 11, 3, 9, 30), 2, 1)])
    assert charts.pain.y_range() == (0, 10)
    charts.pain.resize(900, 600)
    assert charts.pain.y_range() == (0, 10)


def test_the_exercise_done_most_is_shown_and_can_be_changed(charts: ProgressCharts) -> None:
    reps: list[DayReps] = [
        (TUESDAY, "heel-lifts", "both", 5, 0.0),
        (TUESDAY, "toe-lifts", "left", 20, 40.0),
    ]
    charts.show_data([(MONDAY, 10.0)], reps, [])
    assert charts.chooser.currentText() == "Toe lifts"
    assert charts.reps.legend_names() == ["Left foot"]
    charts.chooser.setCurrentIndex(charts.chooser.findText("Heel lifts"))
    assert charts.reps.legend_names() == ["Both feet"]
    assert charts.reps.accessibleDescription() == (
        "Reps per day of Heel lifts. Both feet: 1 day, latest 5 reps on Tue 3 Nov"
    )


def test_charts_describe_their_data_for_screen_readers(charts: ProgressCharts) -> None:
    weekly = [(MONDAY - timedelta(weeks=11 - n), 30.0 + n) for n in range(12)]
    pain: list[PainPoint] = [(datetime(2026, 11, 3, 9, 30), 5, 3)]
    charts.show_data(weekly, [], pain)
    assert charts.minutes.accessibleName() == "Minutes of exercise per week"
    assert charts.minutes.accessibleDescription() == (
        "Minutes per week, 12 weeks, latest 41 minutes"
    )
    assert charts.pain.accessibleDescription() == (
        "Pain, 0 to 10, 1 session rated, latest 5 before and 3 after exercise, on Tue 3 Nov"
    )
    assert charts.reps.accessibleDescription() == NO_DATA


def test_empty_charts_say_no_data_yet_calmly(charts: ProgressCharts) -> None:
    charts.show_data([], [], [])
    assert not charts.empty.isHidden()
    for chart in (charts.minutes, charts.reps, charts.held, charts.pain):
        assert not chart.has_data()
        assert chart.accessibleDescription() == NO_DATA
        chart.resize(640, 300)
        image = grab(chart)
        everywhere = image.rect().toRectF()
        assert all(colour_count(image, colour, everywhere) == 0 for colour in LIGHT)
        words = build_palette(False).color(QPalette.ColorRole.PlaceholderText).name()
        assert colour_count(image, words, chart.plot_area()) > 10  # "No data yet", drawn
    assert charts.reps.tip_at(charts.reps.plot_area().center()) == ""


def test_the_dark_palette_draws_in_the_dark_colours(chart: ChartCanvas) -> None:
    chart.set_data([line("Left foot", 0, [10, 20, 30], Qt.PenStyle.SolidLine)], "summary")
    assert colour_count(grab(chart), LIGHT[0], chart.plot_area()) > 100
    chart.setPalette(build_palette(True))
    image = grab(chart)
    assert colour_count(image, DARK[0], chart.plot_area()) > 100
    assert colour_count(image, LIGHT[0], image.rect().toRectF()) == 0
    assert QColor(image.pixel(QPoint(2, 2))) == QColor("#15191d")  # the dark Base


def test_a_resized_chart_fills_its_new_width(chart: ChartCanvas) -> None:
    chart.set_data([line("Left foot", 0, [10, 10, 10, 10], Qt.PenStyle.SolidLine)], "summary")
    grab(chart)
    chart.resize(1000, 300)
    image = grab(chart)
    plot = chart.plot_area()
    beyond_the_old_width = QRectF(QPointF(640, plot.top()), plot.bottomRight())
    assert colour_count(image, LIGHT[0], beyond_the_old_width) > 100


@pytest.mark.parametrize("width", [1200, 4000])  # thin lines; and 2 px lines, over a pixel apart
def test_ten_years_of_daily_points_are_drawn(chart: ChartCanvas, width: int) -> None:
    """Ten years of days: every line reaches the plot (`make bench` times this page)."""
    days = [TUESDAY - timedelta(days=n) for n in range(3650, 0, -1)]
    chart.resize(width, 320)
    chart.set_data(
        [
            Series(
                name,
                colour,
                [Point(day.toordinal() + 0.5, (day.toordinal() * k) % 31) for day in days],
                no_tip,
                style,
            )
            for name, colour, k, style in (
                ("Left foot", 0, 7, Qt.PenStyle.SolidLine),
                ("Right foot", 1, 11, Qt.PenStyle.DashLine),
            )
        ],
        "summary",
    )
    image = grab(chart)
    plot = chart.plot_area()
    assert colour_count(image, LIGHT[1], QRectF(plot.left(), plot.top(), 300, plot.height())) > 100
    assert chart.tip_at(chart.plot_area().center()) in ("", "a point")
