"""The words and numbers of the session screen: time left that is steady and honest."""

from __future__ import annotations

import itertools

from footdrop_gui import bundled
from footdrop_gui.core.engine import SessionEngine
from footdrop_gui.core.program import Entry, Prescription, compile_program
from footdrop_gui.core.session_display import DisplayModel, TimeLeft, left_text
from tests.helpers.fake_clock import FakeClock

CATALOG = bundled.catalog()


def test_time_left_counts_down_one_minute_at_a_time_and_never_goes_up() -> None:
    left = TimeLeft()
    shown = [left.minutes(seconds) for seconds in range(30 * 60, -1, -1)]
    assert shown == sorted(shown, reverse=True)
    assert all(a - b in (0, 1) for a, b in itertools.pairwise(shown))
    assert shown[0] == 30 and shown[-1] == 0


def test_less_than_a_minute_only_when_it_is_true() -> None:
    left = TimeLeft()
    words = {s: left_text(left.minutes(s)) for s in range(150, -1, -1)}
    assert words[61] == "about 1 min left"  # not "about 2 min" two seconds before the end
    assert words[60] == "about 1 min left"
    assert words[59] == "less than a minute left"
    assert all(("less than" in text) == (s < 60) for s, text in words.items())


def test_a_back_near_a_boundary_does_not_flicker() -> None:
    left = TimeLeft()
    assert left.minutes(152) == 3  # 2.53 min
    assert left.minutes(148) == 3  # just under 2.5: within the margin, it stays
    assert left.minutes(152) == 3
    assert left.minutes(140) == 2  # well past the boundary
    assert left.minutes(151) == 2  # back a little: still 2
    assert left.minutes(200) == 3  # back a whole rep set: the words follow


def test_the_screen_shows_time_left_that_only_goes_down_as_time_passes() -> None:
    clock = FakeClock()
    toe = CATALOG.get("toe-lifts")
    engine = SessionEngine(compile_program([Entry(toe, toe.prescription)]), clock)
    model = DisplayModel(engine)
    engine.start()
    seen = []
    while not engine.finished:
        seen.append(model.snapshot().session_left)
        clock.advance(1)
        engine.tick()
    changes = [b for a, b in itertools.pairwise(seen) if a != b]
    assert changes == ["less than a minute left"]  # 70 s: "about 1 min", then the truth


def test_a_long_soak_fits_its_countdown_to_its_starting_value() -> None:
    soak = CATALOG.get("epsom-salt-soak")
    dose = Prescription(soak.prescription.mode, duration_seconds=30 * 60)
    clock = FakeClock()
    engine = SessionEngine(compile_program([Entry(soak, dose)]), clock)
    model = DisplayModel(engine)
    engine.start()
    for _ in range(11):  # get ready, then the first second of the soak
        clock.advance(1)
        engine.tick()
    shown = model.snapshot()
    assert (shown.countdown, shown.countdown_widest) == ("29:59", "30:00")
