"""The follow-along screen: read from across the room, worked with one key.

A view only: it shows a SessionDisplay and emits signals; the controller decides what to show.
Where room runs out (a small screen, large text) it reflows: the drawing shrinks first, then
the secondary lines (progress bars, what comes next) go; the countdown and the Pause/Skip/End
row always stay.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.session_display import PhaseKind, SessionDisplay
from footdrop_gui.ui.countdown_label import CountdownLabel
from footdrop_gui.ui.font_roles import FontRole, FontRoles, follow_text_size, window_height
from footdrop_gui.ui.illustration import IllustrationView
from footdrop_gui.ui.phase_colors import phase_colors
from footdrop_gui.ui.theme import scheme_name

# Text sizes: x body text, and the share of the window's height they may take. The
# instruction, what comes next and the rep/set are at least 1/20 of the window's height, to
# be read from a chair; the caps keep every row on a 960 x 540 screen at the largest text.
TITLE = FontRole(1.6, bold=True, most=1 / 15)
INSTRUCTION = FontRole(2.0, bold=True, least=1 / 20, most=1 / 12)
DETAIL = FontRole(1.5, bold=True, least=1 / 20, most=1 / 16)
NEXT = FontRole(1.2, least=1 / 20, most=1 / 16)
BUTTON = FontRole(1.2, bold=True, most=1 / 18)
# The rows other than the drawing and countdown may take this share of the window's height;
# past it the secondary lines make way for the countdown.
ROWS_SHARE = 0.62


def _big_button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setMinimumSize(112, 56)
    # Buttons never take focus, so Space always means pause/resume whatever was clicked last.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class SessionView(QWidget):
    """Countdown, phase, rep/set/side, progress, what comes next, and the session's controls."""

    pause_toggled = Signal()
    back_requested = Signal()
    skip_requested = Signal()
    end_requested = Signal()
    fullscreen_toggled = Signal()
    away_continue = Signal()
    away_restart = Signal()
    # Every announcement sent to screen readers (pause, carry on, away, each new phase), in
    # words: for anything else that wants to follow them.
    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fonts = FontRoles(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.side = QLabel()
        self.side.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.side.setAccessibleName(self.tr("Which foot"))
        self._fonts.add(TITLE, self.title, self.side)

        # Paused, or away: a big band in the instruction's place, seen from the chair.
        self.banner = QLabel()
        self.banner.setObjectName("pausedBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._fonts.add(INSTRUCTION, self.banner)
        self.away_continue_button = QPushButton(self.tr("Carry on"))
        self.away_restart_button = QPushButton(self.tr("Restart this exercise"))
        for button in (self.away_continue_button, self.away_restart_button):
            button.setMinimumHeight(52)
        self._fonts.add(BUTTON, self.away_continue_button, self.away_restart_button)
        self.away_continue_button.setObjectName("primaryButton")
        self.away_continue_button.clicked.connect(self.away_continue)
        self.away_restart_button.clicked.connect(self.away_restart)
        self.away_box = QWidget()
        away_row = QHBoxLayout(self.away_box)
        away_row.setContentsMargins(0, 0, 0, 0)
        away_row.addStretch(1)
        away_row.addWidget(self.away_continue_button)
        away_row.addWidget(self.away_restart_button)
        away_row.addStretch(1)
        self.away_box.hide()
        self.notice = QLabel()
        self.notice.setObjectName("noticeBanner")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.picture = IllustrationView()
        # The drawing gives way first: it asks for no room of its own.
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(64, 48)
        self.countdown = CountdownLabel()
        # The phase as a full-width colour band (work, rest, switch side, done) with its words.
        self.phase = QLabel()
        self.phase.setObjectName("phaseBand")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase.setWordWrap(True)
        self.phase.setAccessibleName(self.tr("What to do"))
        self._phase_kind: PhaseKind | None = None
        self._fonts.add(INSTRUCTION, self.phase)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self._fonts.add(DETAIL, self.where)
        self.next_up = QLabel()
        self.next_up.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.next_up.setWordWrap(True)
        self._fonts.add(NEXT, self.next_up)

        self._middle = QHBoxLayout()
        self._middle.addWidget(self.picture, 5)
        self._middle.addWidget(self.countdown, 4)
        details = QHBoxLayout()
        details.addWidget(self.where, 1)
        details.addWidget(self.next_up, 1)

        self.exercise_bar = QProgressBar()
        self.session_bar = QProgressBar()
        self.exercise_caption = QLabel(self.tr("This exercise"))
        self.session_caption = QLabel(self.tr("Whole session"))
        self.bars = QWidget()
        bars = QHBoxLayout(self.bars)
        bars.setContentsMargins(0, 0, 0, 0)
        for caption, bar in (
            (self.exercise_caption, self.exercise_bar),
            (self.session_caption, self.session_bar),
        ):
            bar.setRange(0, 1000)
            bar.setTextVisible(False)
            bar.setFixedHeight(14)
            bar.setAccessibleName(caption.text())
            bars.addWidget(caption)
            bars.addWidget(bar, 1)
            bars.addSpacing(16)

        self.back_button = _big_button(
            self.tr("◀  Back"), self.tr("Do the last rep again (Left arrow)")
        )
        self.back_button.setAccessibleName(self.tr("Back"))
        self.pause_button = _big_button(self.tr("Pause"), self.tr("Pause or carry on (Space)"))
        self.pause_button.setObjectName("primaryButton")
        self.pause_button.setMinimumWidth(200)
        self.skip_button = _big_button(
            self.tr("Skip  ▶"), self.tr("Move on to the next step (Right arrow)")
        )
        self.skip_button.setAccessibleName(self.tr("Skip"))
        self.end_button = _big_button(self.tr("End"), self.tr("Stop the session (Escape)"))
        self.fullscreen_button = _big_button(
            self.tr("Full screen"), self.tr("Fill the whole screen (F11)")
        )
        # Pause/Skip/End never leave the screen: when the row is too wide for the window,
        # Full screen and End move to a row of their own.
        self._controls = QHBoxLayout()
        self._controls_more = QHBoxLayout()
        self._controls_more.addStretch(1)
        for button in (self.back_button, self.pause_button, self.skip_button):
            self._controls.addWidget(button)
        self._controls.addStretch(1)
        self._controls.addWidget(self.fullscreen_button)
        self._controls.addWidget(self.end_button)
        self._fonts.add(
            BUTTON,
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.fullscreen_button,
            self.end_button,
        )
        self.back_button.clicked.connect(self.back_requested)
        self.pause_button.clicked.connect(self.pause_toggled)
        self.skip_button.clicked.connect(self.skip_requested)
        self.end_button.clicked.connect(self.end_requested)
        self.fullscreen_button.clicked.connect(self.fullscreen_toggled)

        self.header = QWidget()
        self._header_row = QHBoxLayout(self.header)
        self._header_row.setContentsMargins(0, 0, 0, 0)
        self._header_row.addWidget(self.title, 1)
        self._header_row.addWidget(self.side)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        self._rows = layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 10)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addLayout(self._middle, 1)
        layout.addWidget(self.phase)
        layout.addWidget(self.banner)
        layout.addWidget(self.away_box)
        layout.addLayout(details)
        layout.addWidget(self.bars)
        layout.addWidget(line)
        layout.addLayout(self._controls)
        layout.addLayout(self._controls_more)
        self._add_keys()
        self._paused = False
        self._widest = ""
        self._two_rows = False
        # Give way when room runs out, in this order (after the drawing, which always does).
        self._secondary: tuple[QWidget, ...] = (self.bars, self.next_up, self.where)
        follow_text_size(self._reflow)

    def _add_keys(self) -> None:
        """Every command has a key; they work whenever the session screen is showing."""
        keys = (
            (Qt.Key.Key_Space, self.pause_toggled),
            (Qt.Key.Key_Left, self.back_requested),
            (Qt.Key.Key_Right, self.skip_requested),
            (Qt.Key.Key_Escape, self.end_requested),
        )  # F11 is the main window's, everywhere (one definition, so never ambiguous)
        for key, signal in keys:
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(signal)
            self.addAction(action)

    def show_display(self, d: SessionDisplay) -> None:
        if d.title != self.title.text() or d.side != self.side.text():
            self.title.setText(d.title)
            self.side.setText(d.side)
            self._reflow()  # a long name may wrap to a second line
            # {side_lower} is "right foot" (English writes it in small letters here), {side}
            # is "Right foot": a language whose nouns keep their capitals uses {side}.
            drawing = self.tr("Drawing of {exercise}, {side_lower}")
            self.picture.setAccessibleName(
                drawing.format(exercise=d.title, side=d.side, side_lower=d.side.lower())
            )
        self.countdown.set_widest(d.countdown_widest)
        self.countdown.setText(d.countdown)
        if d.countdown_widest != self._widest:
            self._widest = d.countdown_widest
            self._share_middle()
        if d.phase_kind is not self._phase_kind:
            self._phase_kind = d.phase_kind
            self._paint_phase()
        if d.phase != self.phase.text():
            self.phase.setText(d.phase)
            self._reflow()
            # Screen readers hear each new phase once, never every second.
            self.announce(d.phase)
        if d.where != self.where.text():
            emptied_or_filled = bool(d.where) != bool(self.where.text())
            self.where.setText(d.where)
            if emptied_or_filled:  # none: "Next" has the whole line
                self._reflow()
        self.next_up.setText(d.next_up)
        self.exercise_bar.setValue(round(d.exercise_progress * 1000))
        self.session_bar.setValue(round(d.session_progress * 1000))
        left = self.tr("Whole session · {time_left}").format(time_left=d.session_left)
        self.session_caption.setText(left)
        self.picture.set_exercise(d.exercise_id)
        self.picture.set_frame(d.blend, d.mirrored, d.show_motion)
        if d.paused != self._paused:
            self._paused = d.paused
            self.pause_button.setText(self.tr("Carry on") if d.paused else self.tr("Pause"))
            self.countdown.setEnabled(not d.paused)
            if not self.away_box.isVisible():
                self._show_banner(self._paused_text() if d.paused else None)
                self.announce(self._paused_text() if d.paused else self.tr("Carrying on."))

    def _paused_text(self) -> str:
        return self.tr("PAUSED. Press Space to carry on.")

    def announce(self, text: str) -> None:
        """Tell screen readers (and whoever listens to announced) what just happened."""
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))
        self.announced.emit(text)

    def add_to_header(self, widget: QWidget) -> None:
        """A compact control beside the title (the sound volume)."""
        self._header_row.addWidget(widget)

    def show_notice(self, text: str) -> None:
        """A calm, lasting note (e.g. progress could not be saved); the session goes on."""
        self.notice.setText(text)
        self._rearrange({self.notice: True})

    def _show_banner(self, text: str | None) -> None:
        """Paused or away: the big banner takes the instruction band's place."""
        self.banner.setText(text or "")
        self._rearrange({self.banner: text is not None, self.phase: text is None})

    def ask_about_absence(self, minutes_text: str) -> None:
        question = self.tr("You were away {time}. Carry on, or start this exercise again?")
        question = question.format(time=minutes_text)
        self.banner.setText(question)
        self._rearrange({self.phase: False, self.banner: True, self.away_box: True})
        self.away_continue_button.setFocus()
        self.announce(question)

    def clear_absence(self) -> None:
        self._rearrange({self.away_box: False})
        self._show_banner(self._paused_text() if self._paused else None)
        self.setFocus()

    # -- looks and room ------------------------------------------------------------------
    def _paint_phase(self) -> None:
        """The band's colour for this phase, in the current scheme's table."""
        if self._phase_kind is None:
            return
        background, text = phase_colors(scheme_name(self.palette()))[self._phase_kind]
        self.phase.setStyleSheet(
            f"QLabel#phaseBand {{ background: {background}; color: {text};"
            " border-radius: 8px; padding: 6px 12px; }"
        )

    def _share_middle(self) -> None:
        """Minutes and seconds need more width than seconds: the drawing gives it up."""
        long_number = len(self._widest) > 2
        self._middle.setStretch(0, 2 if long_number else 5)
        self._middle.setStretch(1, 3 if long_number else 4)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_phase()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.window().installEventFilter(self)  # to name the Full screen button truly
        self._name_full_screen()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window() and event.type() == QEvent.Type.WindowStateChange:
            self._name_full_screen()
        return super().eventFilter(watched, event)

    def _name_full_screen(self) -> None:
        full = self.window().isFullScreen()
        if full:
            self.fullscreen_button.setText(self.tr("Leave full screen"))
            tip = self.tr("Back to a window (F11)")
        else:
            self.fullscreen_button.setText(self.tr("Full screen"))
            tip = self.tr("Fill the whole screen (F11)")
        self.fullscreen_button.setToolTip(tip)
        self._reflow()  # the longer name may need the second row

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._reflow()
        super().resizeEvent(event)

    def _reflow(self) -> None:
        """Sizes for this window and text size; move or drop what does not fit."""
        self._fonts.apply()
        self._fit_title()
        # A long name wraps rather than being squeezed when the window is short.
        self.header.setMinimumHeight(max(0, self.header.heightForWidth(max(1, self._room_wide()))))
        one_row = sum(b.sizeHint().width() for b in self._all_buttons()) + 8 * 12
        two_rows = one_row > self._room_wide()
        if two_rows != self._two_rows:
            self._two_rows = two_rows
            target = self._controls_more if two_rows else self._controls
            for button in (self.fullscreen_button, self.end_button):
                target.addWidget(button)
        # The secondary lines come back, most useful first, while the rows leave the countdown
        # its share; hidden first, so the window never grows past the screen on the way.
        for secondary in self._secondary:
            secondary.setVisible(False)
        room_high = self.height() - (self.window().height() - window_height(self))
        rows, budget = self._rows_height(), ROWS_SHARE * room_high
        for secondary in reversed(self._secondary):
            if isinstance(secondary, QLabel) and not secondary.text():
                continue  # nothing to show
            rows += self._extra_height(secondary)
            if rows > budget or secondary.minimumSizeHint().width() > self._room_wide():
                break
            secondary.setVisible(True)

    def _fit_title(self) -> None:
        """A smaller title when one long word (a German compound) would not fit the width."""
        font = self.title.font()
        while self.header.minimumSizeHint().width() > self._room_wide() and font.pixelSize() > 16:
            font.setPixelSize(font.pixelSize() - 2)
            self.title.setFont(font)

    def _room_wide(self) -> int:
        """Never wider than the screen, even before the window manager has made it fit."""
        return min(self.width(), self.screen().availableGeometry().width()) - 40

    def _rearrange(self, visible: dict[QWidget, bool]) -> None:
        """Show and hide parts, hiding first: the window never grows past the screen."""
        for widget, shown in visible.items():
            if not shown:
                widget.setVisible(False)
        for secondary in self._secondary:
            secondary.setVisible(False)
        for widget, shown in visible.items():
            if shown:
                widget.setVisible(True)
        self._reflow()

    def _extra_height(self, secondary: QWidget) -> int:
        """How much taller the rows get when a secondary line is shown."""
        width = max(1, self.width() - 40)
        if secondary is self.next_up and self.where.isVisibleTo(self):  # they share a row
            half = width // 2
            return max(0, self.next_up.heightForWidth(half) - self.where.heightForWidth(half))
        if isinstance(secondary, QLabel):
            return secondary.heightForWidth(width) + self._rows.spacing()
        return secondary.sizeHint().height() + self._rows.spacing()

    def _all_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.fullscreen_button,
            self.end_button,
        )

    def _rows_height(self) -> int:
        """The height every row but the drawing and countdown asks for at this width."""
        layout = self._rows
        width = max(1, self.width() - 40)
        total = 0
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None or item.layout() is self._middle or item.isEmpty():
                continue
            hint = item.sizeHint().height()
            if item.hasHeightForWidth():
                hint = item.heightForWidth(width)
            total += hint + layout.spacing()
        return total
