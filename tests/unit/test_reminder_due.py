"""Whether a reminder is due, over days, quiet hours, snooze, "not today", a missed day and
a clock that jumps forward (a suspend): always from the wall clock, never a countdown."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from footdrop_gui.core.reminder_due import (
    ReminderSettings,
    ReminderState,
    Today,
    decide,
    next_reminder,
    notification_text,
    when_in_words,
)

ON = ReminderSettings(enabled=True, times=(time(18, 0),))
NOTHING = ReminderState()
NOT_DONE = Today()
SUNDAY = date(2026, 11, 29)


def at(hour: int, minute: int = 0, day: date = SUNDAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_due_once_the_time_has_come_and_not_before() -> None:
    assert not decide(ON, NOTHING, NOT_DONE, at(17, 59)).due
    due = decide(ON, NOTHING, NOT_DONE, at(18, 0))
    assert due.due and due.slot == at(18, 0) and due.can_snooze
    assert "18:00" in due.reason


def test_off_means_never() -> None:
    decision = decide(replace(ON, enabled=False), NOTHING, NOT_DONE, at(19))
    assert not decision.due and "off" in decision.reason


def test_not_due_once_the_day_is_done_but_due_after_a_partial_session() -> None:
    assert not decide(ON, NOTHING, Today(finished=True), at(19)).due
    assert decide(ON, NOTHING, Today(started=True), at(19)).due


def test_only_on_the_chosen_days() -> None:
    weekdays = replace(ON, days=frozenset(range(5)))
    decision = decide(weekdays, NOTHING, NOT_DONE, at(19))  # a Sunday
    assert not decision.due and "not one of your reminder days" in decision.reason
    assert decide(weekdays, NOTHING, NOT_DONE, at(19, day=date(2026, 11, 30))).due


def test_reminded_once_per_time_never_twice() -> None:
    first = decide(ON, NOTHING, NOT_DONE, at(18, 0))
    state = ReminderState(reminded_at=first.slot)
    again = decide(ON, state, NOT_DONE, at(18, 5))
    assert not again.due and "already" in again.reason


def test_two_times_a_day_give_a_second_chance() -> None:
    twice = replace(ON, times=(time(9, 0), time(18, 0)))
    state = ReminderState(reminded_at=at(9, 0))
    assert not decide(twice, state, NOT_DONE, at(12)).due
    assert decide(twice, state, NOT_DONE, at(18, 1)).slot == at(18, 0)


def test_a_suspend_over_the_time_reminds_once_on_waking() -> None:
    # The computer slept from 17:50 to 21:10: the first look after waking sees 21:10.
    assert not decide(ON, NOTHING, NOT_DONE, at(17, 50)).due
    woke = decide(ON, NOTHING, NOT_DONE, at(21, 10))
    assert woke.due and woke.slot == at(18, 0)
    state = ReminderState(reminded_at=woke.slot)
    assert not decide(ON, state, NOT_DONE, at(21, 11)).due


def test_a_clock_moved_back_does_not_remind_again() -> None:
    state = ReminderState(reminded_at=at(18, 0))
    assert not decide(ON, state, NOT_DONE, at(17, 0)).due
    assert not decide(ON, state, NOT_DONE, at(18, 0)).due


def test_a_missed_day_is_not_caught_up_the_next_morning() -> None:
    # Reminded on Saturday, nothing done; on Sunday morning nothing is due before 18:00.
    state = ReminderState(reminded_at=at(18, day=date(2026, 11, 28)))
    morning = decide(ON, state, NOT_DONE, at(9))
    assert not morning.due and "18:00" in morning.reason
    assert decide(ON, state, NOT_DONE, at(18)).due


def test_quiet_hours_hold_a_late_reminder_back() -> None:
    quiet = replace(ON, quiet_start=time(21, 0), quiet_end=time(8, 0))
    # Woke from a suspend at 22:30: the 18:00 reminder would come in the quiet time.
    decision = decide(quiet, NOTHING, NOT_DONE, at(22, 30))
    assert not decision.due and "quiet" in decision.reason
    assert decide(quiet, NOTHING, NOT_DONE, at(20, 59)).due
    early = replace(quiet, times=(time(7, 0),))  # quiet hours run across midnight
    assert "quiet" in decide(early, NOTHING, NOT_DONE, at(7, 30)).reason
    assert decide(early, NOTHING, NOT_DONE, at(8, 0)).due


def test_snooze_waits_thirty_minutes_then_reminds_once_and_only_once_a_day() -> None:
    state = ReminderState(reminded_at=at(18), snoozed_until=at(18, 30))
    waiting = decide(ON, state, NOT_DONE, at(18, 10))
    assert not waiting.due and "18:30" in waiting.reason
    back = decide(ON, state, NOT_DONE, at(18, 30))
    assert back.due and back.slot == at(18, 30) and not back.can_snooze
    after = replace(state, reminded_at=back.slot)
    assert not decide(ON, after, NOT_DONE, at(18, 45)).due
    # The next day the snooze is there again.
    assert decide(ON, after, NOT_DONE, at(18, day=date(2026, 11, 30))).can_snooze


def test_a_snooze_over_a_suspend_fires_when_the_computer_wakes() -> None:
    state = ReminderState(reminded_at=at(18), snoozed_until=at(18, 30))
    assert decide(ON, state, NOT_DONE, at(20, 15)).due


def test_not_today_is_quiet_until_tomorrow() -> None:
    state = ReminderState(reminded_at=at(18), not_today=SUNDAY)
    decision = decide(replace(ON, times=(time(9), time(18))), state, NOT_DONE, at(19))
    assert not decision.due and "not today" in decision.reason
    assert decide(ON, state, NOT_DONE, at(18, day=date(2026, 11, 30))).due


def test_next_reminder_in_words() -> None:
    assert next_reminder(ON, NOTHING, NOT_DONE, at(9)) == at(18)
    tomorrow = next_reminder(ON, NOTHING, Today(finished=True), at(9))
    assert tomorrow is not None and when_in_words(tomorrow, at(9)) == "tomorrow at 18:00"
    weekdays = replace(ON, days=frozenset({4}))  # Fridays
    friday = next_reminder(weekdays, NOTHING, NOT_DONE, at(19))
    assert friday is not None and when_in_words(friday, at(19)) == "on Friday at 18:00"
    snoozed = ReminderState(snoozed_until=at(18, 30))
    assert next_reminder(ON, snoozed, NOT_DONE, at(18, 5)) == at(18, 30)
    assert next_reminder(replace(ON, enabled=False), NOTHING, NOT_DONE, at(9)) is None


def test_the_words_are_kind_and_say_how_long() -> None:
    title, body = notification_text(ON, Today(last_seven=5), 28)
    assert title == "Time for your foot exercises (about 28 minutes)"
    assert body == "You exercised on 5 of the last 7 days."
    assert "3 days in a row" in notification_text(ON, Today(streak=3, last_seven=3), 28)[1]
    assert "made a start" in notification_text(ON, Today(started=True), None)[1]
    mine = replace(ON, message="Foot time, Mary")
    assert notification_text(mine, NOT_DONE, None)[0] == "Foot time, Mary"
    for today in (NOT_DONE, Today(last_seven=1), Today(streak=9)):
        words = " ".join(notification_text(ON, today, 28)).lower()
        assert "!" not in words and "missed" not in words and "should" not in words
