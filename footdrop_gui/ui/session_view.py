"""The follow-along screen: read from across the room, worked with one key.

A view only: it shows a SessionDisplay and emits signals; the controller decides what to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.session_display import SessionDisplay
from footdrop_gui.ui.countdown_label import CountdownLabel
from footdrop_gui.ui.illustration import IllustrationView
from footdrop_gui.ui.theme import scaled_font

PAUSED_TEXT = "PAUSED · press Space to carry on"


def _big_button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setMinimumSize(120, 56)
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = QLabel()
        self.title.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.side = QLabel()
        self.side.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.side.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.side.setAccessibleName("Which foot")

        self.banner = QLabel()
        self.banner.setObjectName("pausedBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.away_continue_button = QPushButton("Carry on")
        self.away_restart_button = QPushButton("Restart this exercise")
        for button in (self.away_continue_button, self.away_restart_button):
            button.setMinimumHeight(52)
            button.setFont(scaled_font(self.font(), 1.2, bold=True))
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
        self.notice.setObjectName("pausedBanner")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.picture = IllustrationView()
        self.countdown = CountdownLabel()
        self.phase = QLabel()
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase.setWordWrap(True)
        self.phase.setFont(scaled_font(self.font(), 2.0, bold=True))
        self.where = QLabel()
        self.where.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.next_up = QLabel()
        self.next_up.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.next_up.setFont(scaled_font(self.font(), 1.2))

        middle = QHBoxLayout()
        middle.addWidget(self.picture, 5)
        middle.addWidget(self.countdown, 4)
        details = QHBoxLayout()
        details.addWidget(self.where, 1)
        details.addWidget(self.next_up, 1)

        self.exercise_bar = QProgressBar()
        self.session_bar = QProgressBar()
        self.exercise_caption = QLabel("This exercise")
        self.session_caption = QLabel("Whole session")
        bars = QHBoxLayout()
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

        self.back_button = _big_button("◀  Back", "Do the last rep again (Left arrow)")
        self.pause_button = _big_button("Pause", "Pause or carry on (Space)")
        self.pause_button.setObjectName("primaryButton")
        self.pause_button.setMinimumWidth(220)
        self.skip_button = _big_button("Skip  ▶", "Move on to the next step (Right arrow)")
        self.end_button = _big_button("End", "Stop the session (Escape)")
        self.fullscreen_button = _big_button("Full screen", "Fill the whole screen (F11)")
        controls = QHBoxLayout()
        for button in (self.back_button, self.pause_button, self.skip_button):
            button.setFont(scaled_font(self.font(), 1.2, bold=True))
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.fullscreen_button)
        controls.addWidget(self.end_button)
        self.back_button.clicked.connect(self.back_requested)
        self.pause_button.clicked.connect(self.pause_toggled)
        self.skip_button.clicked.connect(self.skip_requested)
        self.end_button.clicked.connect(self.end_requested)
        self.fullscreen_button.clicked.connect(self.fullscreen_toggled)

        # While paused, the banner takes the title's place in the header, so nothing else
        # moves and the volume control at the header's end stays in reach.
        self.header = QWidget()
        self._header_row = QHBoxLayout(self.header)
        self._header_row.setContentsMargins(0, 0, 0, 0)
        self._header_row.addWidget(self.title, 1)
        self._header_row.addWidget(self.banner, 1)
        self._header_row.addWidget(self.side)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 10)
        layout.addWidget(self.header)
        layout.addWidget(self.away_box)
        layout.addWidget(self.notice)
        layout.addLayout(middle, 1)
        layout.addWidget(self.phase)
        layout.addLayout(details)
        layout.addLayout(bars)
        layout.addWidget(line)
        layout.addLayout(controls)
        self._add_keys()
        self._paused = False

    def _add_keys(self) -> None:
        """Every command has a key; they work whenever the session screen is showing."""
        keys = (
            (Qt.Key.Key_Space, self.pause_toggled),
            (Qt.Key.Key_Left, self.back_requested),
            (Qt.Key.Key_Right, self.skip_requested),
            (Qt.Key.Key_Escape, self.end_requested),
            (Qt.Key.Key_F11, self.fullscreen_toggled),
        )
        for key, signal in keys:
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(signal)
            self.addAction(action)

    def show_display(self, d: SessionDisplay) -> None:
        self.title.setText(d.title)
        self.side.setText(d.side)
        self.countdown.setText(d.countdown)
        if d.phase != self.phase.text():
            self.phase.setText(d.phase)
            # Screen readers hear each new phase once, never every second.
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.phase, d.phase))
        self.where.setText(d.where)
        self.next_up.setText(d.next_up)
        self.exercise_bar.setValue(round(d.exercise_progress * 1000))
        self.session_bar.setValue(round(d.session_progress * 1000))
        self.session_caption.setText(f"Whole session · {d.session_left}")
        self.picture.set_exercise(d.exercise_id)
        self.picture.set_frame(d.blend, d.mirrored, d.show_motion)
        self.picture.setAccessibleName(f"Drawing of {d.title}, {d.side.lower()}")
        if d.paused != self._paused:
            self._paused = d.paused
            self.pause_button.setText("Carry on" if d.paused else "Pause")
            self.countdown.setEnabled(not d.paused)
            if not self.away_box.isVisible():
                self._show_banner(PAUSED_TEXT if d.paused else None)

    def add_to_header(self, widget: QWidget) -> None:
        """A compact control beside the title (the sound volume)."""
        self._header_row.addWidget(widget)

    def show_notice(self, text: str) -> None:
        """A calm, lasting note (e.g. progress could not be saved); the session goes on."""
        self.notice.setText(text)
        self.notice.show()

    def _show_banner(self, text: str | None) -> None:
        self.banner.setText(text or "")
        self.banner.setVisible(text is not None)
        self.title.setVisible(text is None)
        self.side.setVisible(text is None)

    def ask_about_absence(self, minutes_text: str) -> None:
        self._show_banner(f"You were away {minutes_text}. Carry on, or start this exercise again?")
        self.away_box.show()
        self.away_continue_button.setFocus()

    def clear_absence(self) -> None:
        self.away_box.hide()
        self._show_banner(PAUSED_TEXT if self._paused else None)
        self.setFocus()
