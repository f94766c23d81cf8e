"""Is a reminder due now? Worked out afresh from the wall clock, the settings and the history.

Nothing here counts down: every run (a systemd timer, a login, the open app's minute check)
asks again with the current time, so a suspend, a reboot or a clock change can neither lose
nor double a reminder. The one memory is the reminder state (the last time reminded, a
snooze, "not today"), kept by storage in the data folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from footdrop_gui.core.translation import Plurals, translate

ReminderText = Plurals("ReminderText")  # sentences with a count (see Plurals)
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SNOOZE = timedelta(minutes=30)
DEFAULT_MESSAGE = "Time for your foot exercises"  # as settings.ini keeps it: always English


def default_message() -> str:
    """DEFAULT_MESSAGE in the person's language, as a notification or the dialog shows it."""
    return translate("ReminderText", "Time for your foot exercises")


@dataclass(frozen=True)
class ReminderSettings:
    """What the person chose in View -> Reminders (or `footdrop reminders on`)."""

    enabled: bool = False
    days: frozenset[int] = frozenset(range(7))  # 0 is Monday
    times: tuple[time, ...] = (time(18, 0),)  # one or two a day
    quiet_start: time | None = None  # no reminder from quiet_start to quiet_end
    quiet_end: time | None = None
    message: str = DEFAULT_MESSAGE


@dataclass(frozen=True)
class ReminderState:
    """What happened with reminders lately (read from and written to a small state file)."""

    reminded_at: datetime | None = None  # the reminder time last sent (a slot or a snooze end)
    snoozed_until: datetime | None = None
    not_today: date | None = None


@dataclass(frozen=True)
class Today:
    """The day's exercise, from the history: enough to decide, and to say something kind."""

    finished: bool = False  # a session done in full today
    started: bool = False  # some exercise today, not finished
    last_seven: int = 0  # days with exercise among the 7 before today
    streak: int = 0  # days in a row with exercise, up to yesterday


@dataclass(frozen=True)
class Decision:
    due: bool
    reason: str  # in plain words, for --dry-run and the settings dialog
    slot: datetime | None = None  # the reminder time this decision is about
    can_snooze: bool = True  # at most one snooze a day


def _clock(moment: time) -> str:
    return moment.strftime("%H:%M")


def in_quiet_hours(settings: ReminderSettings, moment: time) -> bool:
    start, end = settings.quiet_start, settings.quiet_end
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end  # across midnight, e.g. 21:00 to 08:00


def slots_on(settings: ReminderSettings, day: date) -> list[datetime]:
    """The reminder times on a day, in order (none on a day that is not chosen)."""
    if day.weekday() not in settings.days:
        return []
    return sorted(datetime.combine(day, t) for t in set(settings.times))


def snoozed_today(state: ReminderState, today: date) -> bool:
    return state.snoozed_until is not None and state.snoozed_until.date() == today


def decide(
    settings: ReminderSettings, state: ReminderState, today: Today, now: datetime
) -> Decision:
    """Whether to remind the person now, and why (or why not)."""
    can_snooze = not snoozed_today(state, now.date())
    if not settings.enabled:
        return Decision(False, translate("ReminderText", "Reminders are off."))
    if today.finished:
        return Decision(False, translate("ReminderText", "You have done your exercises today."))
    if state.not_today == now.date():
        return Decision(False, translate("ReminderText", "You said “not today”."))
    if state.snoozed_until is not None and snoozed_today(state, now.date()):
        if now < state.snoozed_until:
            waiting = translate("ReminderText", "You asked to wait until {time}.")
            return Decision(False, waiting.format(time=_clock(state.snoozed_until.time())))
        if state.reminded_at is None or state.reminded_at < state.snoozed_until:
            return _unless_quiet(settings, now, state.snoozed_until, can_snooze=False)
    slots = slots_on(settings, now.date())
    if not slots:
        return Decision(False, translate("ReminderText", "Today is not one of your reminder days."))
    passed = [slot for slot in slots if slot <= now]
    if not passed:
        later = translate("ReminderText", "Your reminder today is at {time}.")
        return Decision(False, later.format(time=_clock(slots[0].time())))
    latest = passed[-1]
    if state.reminded_at is not None and state.reminded_at >= latest:
        already = translate("ReminderText", "You were reminded at {time} already.")
        return Decision(False, already.format(time=_clock(state.reminded_at.time())), latest)
    return _unless_quiet(settings, now, latest, can_snooze)


def _unless_quiet(
    settings: ReminderSettings, now: datetime, slot: datetime, can_snooze: bool
) -> Decision:
    if in_quiet_hours(settings, now.time()):
        quiet = translate("ReminderText", "It is your quiet time: no reminder now.")
        return Decision(False, quiet, slot, can_snooze)
    reason = translate("ReminderText", "It is past {time} and you have not exercised yet today.")
    return Decision(True, reason.format(time=_clock(slot.time())), slot, can_snooze)


def next_reminder(
    settings: ReminderSettings, state: ReminderState, today: Today, now: datetime
) -> datetime | None:
    """The next time a reminder may come (after now), or None when reminders are off."""
    if not settings.enabled or not settings.days or not settings.times:
        return None
    skip_today = today.finished or state.not_today == now.date()
    if not skip_today and state.snoozed_until is not None and state.snoozed_until > now:
        return state.snoozed_until
    for offset in range(8):
        day = now.date() + timedelta(days=offset)
        if offset == 0 and skip_today:
            continue
        for slot in slots_on(settings, day):
            if slot > now and not in_quiet_hours(settings, slot.time()):
                return slot
    return None


def when_in_words(moment: datetime, now: datetime) -> str:
    """'today at 18:00', 'tomorrow at 09:00', 'on Friday at 18:00'."""
    days = (moment.date() - now.date()).days
    if days == 0:
        words = translate("ReminderText", "today at {time}")
    elif days == 1:
        words = translate("ReminderText", "tomorrow at {time}")
    else:
        words = (
            translate("ReminderText", "on Monday at {time}"),
            translate("ReminderText", "on Tuesday at {time}"),
            translate("ReminderText", "on Wednesday at {time}"),
            translate("ReminderText", "on Thursday at {time}"),
            translate("ReminderText", "on Friday at {time}"),
            translate("ReminderText", "on Saturday at {time}"),
            translate("ReminderText", "on Sunday at {time}"),
        )[moment.weekday()]
    return words.format(time=_clock(moment.time()))


def notification_text(
    settings: ReminderSettings, today: Today, minutes: int | None
) -> tuple[str, str]:
    """The notification's title and body: plain and kind, never a telling-off."""
    chosen = settings.message.strip()
    title = default_message() if chosen in ("", DEFAULT_MESSAGE) else chosen
    if minutes:
        title = ReminderText.tr("{message} (about %n minutes)", None, minutes).format(message=title)
    if today.started:
        body = translate("ReminderText", "You made a start today. Carry on when you are ready.")
    elif today.streak >= 2:
        body = ReminderText.tr("You have exercised %n days in a row.", None, today.streak)
    elif today.last_seven >= 1:
        body = ReminderText.tr("You exercised on %n of the last 7 days.", None, today.last_seven)
    else:
        body = translate("ReminderText", "A few minutes now keeps your ankles moving.")
    return title, body
