"""Sound and voice settings, and the session screen's volume and mute buttons.

Big, plainly labelled controls; every change applies at once and is kept (no OK/Cancel to get
wrong). When this computer cannot play sound or speak, the dialog says so calmly at the top.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui import language
from footdrop_gui.cues.cue_settings import VOLUME_STEP, rates
from footdrop_gui.cues.speech import SpeechStatus, Voice, language_of
from footdrop_gui.ui.dialogs import fit_to_screen
from footdrop_gui.ui.scroll_page import scrolling
from footdrop_gui.ui.theme import scaled_font

if TYPE_CHECKING:
    from collections.abc import Callable

    from footdrop_gui.cues.coach import Coach

CONTROL_HEIGHT = 44
SESSION_BUTTON_HEIGHT = 56
MUTE_KEY = "M"
translate = QCoreApplication.translate


def percent(value: int) -> str:
    """A volume as the person reads it: "80%" (some languages put a space before the sign)."""
    return translate("SoundSettings", "{volume}%").format(volume=value)


class VolumeControl(QWidget):
    """Softer, volume, louder, and mute; the buttons never take focus (Space stays pause)."""

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._coach = coach
        self.softer_button = self._button(
            "\u2212", translate("VolumeControl", "Softer")
        )  # a minus sign
        self.louder_button = self._button("+", translate("VolumeControl", "Louder"))
        for small in (self.softer_button, self.louder_button):
            small.setFixedWidth(SESSION_BUTTON_HEIGHT)  # square, as big as the other buttons
        self.mute_button = self._button(
            translate("VolumeControl", "Mute"),
            translate("VolumeControl", "Mute or unmute the coach ({key})").format(key=MUTE_KEY),
        )
        self.mute_button.setCheckable(True)
        widths = []  # as wide as its longer label, so it never jumps or clips in any language
        for label in (translate("VolumeControl", "Unmute"), translate("VolumeControl", "Mute")):
            self.mute_button.setText(label)
            widths.append(self.mute_button.sizeHint().width())
        self.mute_button.setFixedWidth(max(widths))
        self.level = QLabel()
        self.level.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.level.setToolTip(translate("VolumeControl", "Volume"))
        longest = (percent(100), translate("VolumeControl", "Muted"))
        width = max(self.level.fontMetrics().horizontalAdvance(t) for t in longest)
        self.level.setMinimumWidth(width + 6)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for widget in (self.softer_button, self.level, self.louder_button, self.mute_button):
            row.addWidget(widget)
        self.softer_button.clicked.connect(lambda: self._step(-VOLUME_STEP))
        self.louder_button.clicked.connect(lambda: self._step(VOLUME_STEP))
        self.mute_button.clicked.connect(coach.toggle_mute)
        self.mute_action = QAction(translate("VolumeControl", "Mute"), self)
        self.mute_action.setShortcut(QKeySequence(MUTE_KEY))
        self.mute_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.mute_action.triggered.connect(coach.toggle_mute)
        # The key works wherever the session screen (the parent) has the focus.
        (parent or self).addAction(self.mute_action)
        coach.volume_changed.connect(self.refresh)
        coach.mute_changed.connect(self.refresh)
        coach.status_changed.connect(self.refresh)
        self.refresh()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumSize(CONTROL_HEIGHT + 4, SESSION_BUTTON_HEIGHT)
        button.setFont(scaled_font(self.font(), 1.2, bold=True))
        return button

    def _step(self, change: int) -> None:
        self._coach.set_overall_volume(self._coach.settings.overall_volume + change)

    @Slot()
    def refresh(self) -> None:
        coach = self._coach
        volume = coach.settings.overall_volume
        muted = coach.muted
        if muted:
            self.level.setText(translate("VolumeControl", "Muted"))
            self.level.setAccessibleName(translate("VolumeControl", "Muted"))
            self.mute_button.setText(translate("VolumeControl", "Unmute"))
        else:
            self.level.setText(percent(volume))
            spoken = translate("VolumeControl", "Volume {volume} percent")
            self.level.setAccessibleName(spoken.format(volume=volume))
            self.mute_button.setText(translate("VolumeControl", "Mute"))
        self.mute_button.setChecked(muted)
        self.softer_button.setEnabled(volume > 0)
        self.louder_button.setEnabled(volume < 100)
        notice = coach.outputs.status_text()
        self.setToolTip(notice)


class _VolumeSlider(QWidget):
    """A labelled 0-100 slider in steps of 10, with its value shown as a percentage."""

    def __init__(self, name: str, value: int, changed: Callable[[int], None]) -> None:
        super().__init__()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(VOLUME_STEP)
        self.slider.setPageStep(VOLUME_STEP)
        self.slider.setMinimumHeight(CONTROL_HEIGHT)
        self.slider.setMinimumWidth(200)
        self.slider.setAccessibleName(name)
        self.slider.setValue(value)
        self.value = QLabel()
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance(percent(100)) + 4)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.value)
        self._changed = changed
        self.slider.valueChanged.connect(self._moved)
        self._show(value)

    def _moved(self, value: int) -> None:
        self._show(value)
        self._changed(value)

    def _show(self, value: int) -> None:
        self.value.setText(percent(value))


class SoundSettingsDialog(QDialog):
    """Tones, voice, volumes, pace and quiet mode; a calm notice when sound cannot work."""

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._coach = coach
        settings = coach.settings
        self.setWindowTitle(translate("SoundSettingsDialog", "Sound and voice"))
        heading = QLabel(translate("SoundSettingsDialog", "Sound and voice"))
        heading.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.notice = QLabel()
        self.notice.setObjectName("soundNotice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(translate("SoundSettingsDialog", "Sound notice"))

        self.tones_box = self._check(
            translate("SoundSettingsDialog", "Play soft tones when the step changes"),
            settings.tones_on,
        )
        self.tones_box.toggled.connect(coach.set_tones_on)
        self.voice_box = self._check(
            translate("SoundSettingsDialog", "Say each step aloud"), settings.voice_on
        )
        self.voice_box.toggled.connect(coach.set_voice_on)
        self.quiet_box = self._check(
            translate("SoundSettingsDialog", "Quiet mode: only a soft tone when the step changes"),
            settings.quiet,
        )
        self.quiet_box.toggled.connect(coach.set_quiet)

        self.overall = _VolumeSlider(
            translate("SoundSettingsDialog", "Overall volume"),
            settings.overall_volume,
            coach.set_overall_volume,
        )
        self.tone_volume = _VolumeSlider(
            translate("SoundSettingsDialog", "Tones volume"),
            settings.tone_volume,
            coach.set_tone_volume,
        )
        self.voice_volume = _VolumeSlider(
            translate("SoundSettingsDialog", "Voice volume"),
            settings.voice_volume,
            coach.set_voice_volume,
        )
        self.voice_choice = QComboBox()
        self.voice_choice.setMinimumHeight(CONTROL_HEIGHT)
        self.voice_choice.setAccessibleName(translate("SoundSettingsDialog", "Voice"))
        self.voice_choice.activated.connect(self._voice_chosen)
        self.pace = QComboBox()
        self.pace.setMinimumHeight(CONTROL_HEIGHT)
        self.pace.setAccessibleName(translate("SoundSettingsDialog", "Speaking pace"))
        paces = rates()
        for label, rate in paces:
            self.pace.addItem(label, rate)
        nearest = min(range(len(paces)), key=lambda i: abs(paces[i][1] - settings.rate))
        self.pace.setCurrentIndex(nearest)
        self.pace.activated.connect(lambda index: coach.set_rate(paces[index][1]))

        tones = QGroupBox(translate("SoundSettingsDialog", "Tones"))
        tones_form = QFormLayout(tones)
        tones_form.addRow(self.tones_box)
        tones_form.addRow(translate("SoundSettingsDialog", "Volume"), self.tone_volume)
        voice = QGroupBox(translate("SoundSettingsDialog", "Voice"))
        voice_form = QFormLayout(voice)
        voice_form.addRow(self.voice_box)
        voice_form.addRow(translate("SoundSettingsDialog", "Volume"), self.voice_volume)
        voice_form.addRow(translate("SoundSettingsDialog", "Voice"), self.voice_choice)
        voice_form.addRow(translate("SoundSettingsDialog", "Pace"), self.pace)
        general = QFormLayout()
        general.addRow(translate("SoundSettingsDialog", "Overall volume"), self.overall)
        general.addRow(self.quiet_box)
        groups = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # side by side on a wide screen
        groups.addWidget(tones, 1, Qt.AlignmentFlag.AlignTop)
        groups.addWidget(voice, 1, Qt.AlignmentFlag.AlignTop)

        self.try_button = QPushButton(translate("SoundSettingsDialog", "Try it"))
        self.try_button.setToolTip(
            translate("SoundSettingsDialog", "Play a tone and say a short sentence")
        )
        self.try_button.setMinimumHeight(CONTROL_HEIGHT)
        self.try_button.clicked.connect(coach.try_sound)
        self.close_button = QPushButton(translate("SoundSettingsDialog", "Close"))
        self.close_button.setObjectName("primaryButton")
        self.close_button.setMinimumHeight(CONTROL_HEIGHT)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.try_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        page = QWidget()
        content = QVBoxLayout(page)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(heading)
        content.addWidget(self.notice)
        content.addLayout(general)
        content.addLayout(groups)
        content.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(page))  # large text on a small screen: it scrolls
        layout.addLayout(buttons)
        self.setStyleSheet(
            "QCheckBox::indicator { width: 24px; height: 24px; }"
            " QLabel#soundNotice { padding: 10px; border-radius: 8px;"
            " border: 2px solid palette(mid); }"
        )
        coach.status_changed.connect(self.refresh)
        coach.voices_changed.connect(self.refresh)
        self.refresh()
        room = self.screen().availableGeometry()
        if page.sizeHint().width() > room.width() - 80:  # too wide: one group above the other
            groups.setDirection(QBoxLayout.Direction.TopToBottom)
        wanted = page.sizeHint() + QSize(40, buttons.sizeHint().height() + 40)
        fit_to_screen(self, wanted)

    def _check(self, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(checked)
        box.setMinimumHeight(CONTROL_HEIGHT)
        return box

    @Slot()
    def refresh(self) -> None:
        coach = self._coach
        notice = coach.outputs.status_text()
        self.notice.setText(notice)
        self.notice.setToolTip(coach.outputs.speech_detail)
        self.notice.setVisible(bool(notice))
        sound = coach.outputs.sound_available()
        for widget in (
            self.tones_box,
            self.quiet_box,
            self.overall,
            self.tone_volume,
            self.try_button,
        ):
            widget.setEnabled(sound)
        voice_ready = coach.outputs.voice_available()
        self.voice_box.setEnabled(sound)
        self.voice_volume.setEnabled(sound)
        self.pace.setEnabled(sound)
        self._fill_voices(voice_ready)

    def _fill_voices(self, ready: bool) -> None:
        box = self.voice_choice
        box.clear()
        if not ready:
            starting = self._coach.outputs.speech_status is SpeechStatus.STARTING
            box.addItem(
                translate("SoundSettingsDialog", "Getting the voices ready…")
                if starting
                else translate("SoundSettingsDialog", "No voice available")
            )
            box.setEnabled(False)
            return
        box.setEnabled(True)
        box.addItem(
            translate("SoundSettingsDialog", "Automatic: the voice for your language"), None
        )
        saved = self._coach.settings.voice
        spoken = language.current()  # only voices that can say the app's words
        for voice in self._coach.outputs.voices:
            if language_of(voice.locale) != spoken:
                continue
            box.addItem(f"{voice.label} ({voice.locale})", voice)
            if saved == (voice.name, voice.locale):
                box.setCurrentIndex(box.count() - 1)

    def _voice_chosen(self, index: int) -> None:
        data = self.voice_choice.itemData(index)
        self._coach.set_voice(data if isinstance(data, Voice) else None)
