"""The report for a therapist: what was done in a period, beside what was planned.

Every figure comes from core/report_numbers.py, the functions the History screen uses; the
charts are the History screen's own (ProgressCharts and ChartCanvas), drawn onto the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QSizeF, Qt
from PySide6.QtGui import QPainter, QTextBlockFormat, QTextCharFormat, QTextCursor

from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.describe import duration
from footdrop_gui.core.program import Side
from footdrop_gui.core.report_numbers import (
    Period,
    ReportNumbers,
    default_period,
    dose_field_words,
    effort_words,
    report_numbers,
)
from footdrop_gui.core.routine import Routine, band_text, describe_entry
from footdrop_gui.core.translation import Plurals
from footdrop_gui.storage.journal import TherapyVisit
from footdrop_gui.storage.report_reads import HistoryRows
from footdrop_gui.ui.chart_canvas import ChartCanvas, Point, Series
from footdrop_gui.ui.history_charts import FOOT_LABELS, ProgressCharts, foot_label
from footdrop_gui.ui.local_dates import clock, first_weekday, full_date, short_date, weekday_date
from footdrop_gui.ui.report.objects import Paint, Pictures
from footdrop_gui.ui.report.pages import LAYOUT_DPI, Built, new_document, paper_palette

translate = QCoreApplication.translate  # the report's words: context "TherapistReport"

BODY_POINTS = 12
CHART_SIZE = QSizeF(640, 250)
EFFORT_STYLES = {
    "easy": (0, Qt.PenStyle.SolidLine),
    "about-right": (2, Qt.PenStyle.DotLine),
    "hard": (1, Qt.PenStyle.DashLine),
}
STYLE = """
h1 { font-size: 20pt; margin-bottom: 2px; }
h2 { font-size: 15pt; margin-top: 0px; margin-bottom: 6px; }
.gap { font-size: 8pt; margin: 0px; }
p { margin-top: 2px; margin-bottom: 6px; }
th { background-color: #e4e9ee; text-align: left; }
.big { font-size: 15pt; }
"""
# A small empty paragraph before each heading rather than a margin: Qt can leave a heading's
# margin at the foot of one page and its words across the next.
GAP = "<p class='gap'>&nbsp;</p>"
TABLE = (
    '<table border="1" cellspacing="0" cellpadding="5" width="100%" style="border-color: #777;">'
)


@dataclass(frozen=True)
class ReportInput:
    """What one report shows: its numbers and the words around them."""

    numbers: ReportNumbers
    visits: list[TherapyVisit]  # in the period, oldest first
    routine: Routine
    affected: str | None
    name: str
    made_on: date


def gather(
    rows: HistoryRows,
    catalog: Catalog,
    routine: Routine,
    affected: str | None,
    name: str,
    today: date,
    first: date | None = None,
    last: date | None = None,
) -> ReportInput:
    """The report's input for a period: from `first` (by default the last visit before
    `last`, or four weeks) to `last` (by default today)."""
    end = last or today
    period = default_period(end, [v.visit_date for v in rows.visits])
    if first is not None:
        period = Period(first, end)
    side = {"left": Side.LEFT, "right": Side.RIGHT}.get(affected or "", Side.BOTH)
    numbers = report_numbers(
        period,
        rows.sessions,
        (rows.daily_reps, rows.daily_sets),
        rows.plans,
        (rows.efforts, rows.notes),
        rows.declined,
        catalog,
        side,
        first_weekday(),
    )
    visits = sorted((v for v in rows.visits if v.visit_date in period), key=lambda v: v.visit_date)
    return ReportInput(numbers, visits, routine, affected, name.strip(), today)


ReportCounts = Plurals("ReportCounts")  # the report's counted phrases (see Plurals)


def long_date(day: date) -> str:
    """ "Wednesday 2 September 2026"."""
    return full_date(day)


def day_text(day: date, weekday: bool = False, year: bool = True) -> str:
    """ "Wed 2 Sep 2026": no leading zero, as people write dates."""
    return weekday_date(day, year) if weekday else short_date(day, year)


def affected_words(side: str) -> str:
    """Which foot foot drop affects, as the report's sentence says it."""
    words = {
        "left": translate("TherapistReport", "the left foot"),
        "right": translate("TherapistReport", "the right foot"),
        "both": translate("TherapistReport", "both feet"),
        "unsure": translate("TherapistReport", "not sure which foot"),
    }
    return words.get(side, side)


def title_of(data: ReportInput) -> str:
    if data.name:
        return translate("TherapistReport", "Exercise report for {name}").format(name=data.name)
    return translate("TherapistReport", "Exercise report")


def footer_of(data: ReportInput) -> str:
    period = data.numbers.period
    return translate("TherapistReport", "{title}, {first} to {last}").format(
        title=title_of(data), first=day_text(period.first), last=day_text(period.last)
    )


def ready_for_paper(chart: ChartCanvas) -> ChartCanvas:
    """A History chart on its own, in print colours, at the page's size and text size."""
    chart.setParent(None)
    chart.setPalette(paper_palette())
    font = chart.font()
    font.setPixelSize(round(BODY_POINTS * LAYOUT_DPI / 72))  # pixels: the page's, not a screen's
    chart.setFont(font)
    chart.resize(CHART_SIZE.toSize())
    return chart


def chart_painter(chart: ChartCanvas) -> Paint:
    def paint(painter: QPainter) -> None:
        chart.pen_scale = painter.device().logicalDpiX() / LAYOUT_DPI
        chart.paint(painter)

    return paint


def effort_chart(numbers: ReportNumbers) -> ChartCanvas:
    """Sessions rated easy, about right and hard, per week: one line each, in words too."""
    chart = ChartCanvas(
        translate("TherapistReport", "How hard it felt: sessions per week"),
        translate("TherapistReport", "sessions"),
    )
    series = []
    for effort, weeks in numbers.efforts.items():
        color, style = EFFORT_STYLES[effort]
        points = [Point(week.toordinal() + 3.5, count) for week, count in weeks]
        label = effort_words(effort)
        series.append(Series(label, color, points, _saying(label), style))
    chart.set_data(series, translate("TherapistReport", "Sessions per week by how hard they felt"))
    return chart


def _saying(words: str) -> Callable[[int], str]:
    return lambda _index: words


def build_report(data: ReportInput, catalog: Catalog) -> Built:
    doc = new_document(BODY_POINTS)
    doc.setDefaultStyleSheet(STYLE)
    doc.setMetaInformation(doc.MetaInformation.DocumentTitle, title_of(data))
    pictures = Pictures(doc)
    cursor = QTextCursor(doc)
    cursor.insertHtml(_heading(data, catalog))
    numbers = data.numbers
    if not numbers.sessions:
        heading = translate("TherapistReport", "No sessions in this period")
        words = translate(
            "TherapistReport",
            "No exercise sessions were saved in these dates. That is all right: sessions you do "
            "from now on will show here. Bring this sheet to your therapist anyway; it shows "
            "your routine and your visits.",
        )
        cursor.insertHtml(f"{GAP}<h2>{heading}</h2><p>{words}</p>")
    else:
        cursor.insertHtml(_adherence(numbers) + _exercise_table(numbers, data.routine, catalog))
        charts = ProgressCharts(lambda exercise_id: exercise_id)
        charts.show_data(numbers.minutes, [], numbers.pain)
        charts_heading = translate("TherapistReport", "Charts")
        cursor.insertHtml(f"{GAP}<h2>{charts_heading}</h2>")
        for chart in (charts.minutes, charts.pain, effort_chart(numbers)):
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            pictures.insert(cursor, CHART_SIZE, chart_painter(ready_for_paper(chart)))
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(_flags(numbers))
    cursor.insertHtml(_visits(data.visits) + _changes(numbers, catalog))
    return doc, pictures


def _heading(data: ReportInput, catalog: Catalog) -> str:
    period = data.numbers.period
    dates = ReportCounts.tr("{first} to {last} (%n days)", None, period.days)
    made = translate("TherapistReport", "Made on {day} by Foot Drop Exercises.")
    lines = [
        f"<h1>{escape(title_of(data))}</h1>",
        "<p class='big'>"
        + dates.format(first=long_date(period.first), last=long_date(period.last))
        + "</p>",
        f"<p>{made.format(day=long_date(data.made_on))}</p>",
    ]
    if data.affected:
        affects = translate("TherapistReport", "Foot drop affects: <b>{foot}</b>.")
        lines.append(f"<p>{affects.format(foot=affected_words(data.affected))}</p>")
    in_use = translate("TherapistReport", "Routine in use: {routine}")
    lines.append(f"{GAP}<h2>{in_use.format(routine=escape(data.routine.name))}</h2>")
    lines.append(
        _table(translate("TherapistReport", "Exercise"), translate("TherapistReport", "Dose"))
    )
    for entry in data.routine.entries:
        name = _name(entry.exercise_id, catalog)
        dose = describe_entry(entry)
        lines.append(f"<tr><td>{escape(name)}</td><td>{escape(dose)}</td></tr>")
    lines.append("</table>")
    return "".join(lines)


def _name(exercise_id: str, catalog: Catalog) -> str:
    try:
        return catalog.get(exercise_id).name
    except KeyError:
        return exercise_id


def _table(*headers: str) -> str:
    """A ruled table whose header row is printed again on each page it runs onto."""
    cells = "".join(f"<th>{header}</th>" for header in headers)
    return f"{TABLE}<thead><tr>{cells}</tr></thead>"


def _time(seconds: float) -> str:
    """Whole minutes from a minute up: a therapist reads "113 minutes" faster."""
    if seconds < 60:
        return duration(round(seconds))
    return ReportCounts.tr("%n minutes", None, round(seconds / 60))


def _percent(part: float, whole: float) -> str:
    """ " (75%)" after a count; nothing where there was nothing to do."""
    if not whole:
        return ""
    return translate("TherapistReport", " ({percent}%)").format(percent=round(100 * part / whole))


def _adherence(numbers: ReportNumbers) -> str:
    a = numbers.adherence
    heading = translate("TherapistReport", "How often")
    days = translate("TherapistReport", "Days with a session: <b>{done} of {planned}</b>{percent}")
    days = days.format(
        done=a.days_done, planned=a.days_planned, percent=_percent(a.days_done, a.days_planned)
    )
    sessions = translate(
        "TherapistReport",
        "Sessions done in full: <b>{full}</b>; done in part: <b>{partly}</b> (of {sessions}).",
    )
    sessions = sessions.format(
        full=a.sessions_full, partly=a.sessions_partly, sessions=numbers.sessions
    )
    return f"{GAP}<h2>{heading}</h2><p class='big'>{days}</p><p class='big'>{sessions}</p>"


def _exercise_table(numbers: ReportNumbers, routine: Routine, catalog: Catalog) -> str:
    """Done of planned for each exercise and foot, in the routine's order."""
    heading = translate("TherapistReport", "Each exercise, done of planned")
    rows = [
        f"{GAP}<h2>{heading}</h2>",
        _table(
            translate("TherapistReport", "Exercise"),
            translate("TherapistReport", "Foot"),
            translate("TherapistReport", "Reps"),
            translate("TherapistReport", "Sets"),
            translate("TherapistReport", "Time held"),
        ),
    ]
    of = translate("TherapistReport", "{done} of {planned}")
    order = [entry.exercise_id for entry in routine.entries]
    feet = list(FOOT_LABELS)
    for total in sorted(
        numbers.exercises,
        key=lambda t: (order.index(t.exercise_id) if t.exercise_id in order else len(order),
                       t.exercise_id, feet.index(t.side) if t.side in feet else 0),
    ):  # fmt: skip
        (reps, sets, held), (reps_asked, sets_asked, held_asked) = total.done, total.planned
        held_text = of.format(done=_time(held), planned=_time(held_asked)) if held_asked else "-"
        rows.append(
            f"<tr><td>{escape(_name(total.exercise_id, catalog))}</td>"
            f"<td>{foot_label(total.side)}</td>"
            f"<td>{of.format(done=reps, planned=reps_asked)}{_percent(reps, reps_asked)}</td>"
            f"<td>{of.format(done=sets, planned=sets_asked)}</td><td>{held_text}</td></tr>"
        )
    rows.append("</table>")
    return "".join(rows)


def _flags(numbers: ReportNumbers) -> str:
    heading = translate("TherapistReport", "Sessions to look at")
    heading = f"{GAP}<h2>{heading}</h2>"
    if not numbers.flags:
        none = translate(
            "TherapistReport",
            "None: no pain of 7 or more, no pain rising during a session, and no session "
            "ended early.",
        )
        return f"{heading}<p>{none}</p>"
    which = translate(
        "TherapistReport",
        "Pain of 7 or more, pain rising during a session, or a session ended early.",
    )
    rows = [
        f"{heading}<p>{which}</p>",
        _table(
            translate("TherapistReport", "When"),
            translate("TherapistReport", "Session"),
            translate("TherapistReport", "Why"),
            translate("TherapistReport", "Note"),
        ),
    ]
    at = translate("TherapistReport", "{day} {time}")
    comma = translate("TherapistReport", ", ")
    for flag in numbers.flags:
        day = day_text(flag.started_at, weekday=True, year=False)
        when = at.format(day=day, time=clock(flag.started_at))
        rows.append(
            f"<tr><td>{when}</td><td>{escape(flag.title)}</td>"
            f"<td>{escape(comma.join(flag.reasons))}</td><td>{escape(flag.note)}</td></tr>"
        )
    rows.append("</table>")
    return "".join(rows)


def _visits(visits: list[TherapyVisit]) -> str:
    heading = translate("TherapistReport", "Therapy visits")
    heading = f"{GAP}<h2>{heading}</h2>"
    if not visits:
        none = translate("TherapistReport", "No visits noted in this period.")
        return f"{heading}<p>{none}</p>"
    rows = [
        heading,
        _table(
            translate("TherapistReport", "Date"),
            translate("TherapistReport", "Note"),
            translate("TherapistReport", "Questions for next time"),
        ),
    ]
    for visit in visits:
        rows.append(
            f"<tr><td>{day_text(visit.visit_date, weekday=True)}</td><td>{escape(visit.note)}</td>"
            f"<td>{escape(visit.questions)}</td></tr>"
        )
    rows.append("</table>")
    return "".join(rows)


def _changes(numbers: ReportNumbers, catalog: Catalog) -> str:
    heading = translate("TherapistReport", "Steps up in the dose")
    lines = [f"{GAP}<h2>{heading}</h2>"]
    if not numbers.changes:
        no_change = translate("TherapistReport", "No change of dose in this period.")
        return f"{lines[0]}<p>{no_change}</p>"
    lines.append("<ul>")
    item = translate("TherapistReport", "{day}: {exercise}, {change}")
    for change in numbers.changes:
        name, what = escape(_name(change.exercise_id, catalog)), dose_field_words(change.field)
        if change.before is None:
            declined = translate(
                "TherapistReport", "a step up in {what} was offered and declined (“Not now”)"
            )
            text = declined.format(what=what)
        elif change.field == "band_level":
            assert change.after is not None
            text = translate("TherapistReport", "band from {before} to {after}").format(
                before=band_text(change.before), after=band_text(change.after)
            )
        else:
            text = translate("TherapistReport", "{what} from {before} to {after}").format(
                what=what, before=change.before, after=change.after
            )
        day = day_text(change.day, weekday=True, year=False)
        lines.append(f"<li>{item.format(day=day, exercise=name, change=text)}</li>")
    lines.append("</ul>")
    return "".join(lines)
