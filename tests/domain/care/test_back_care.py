"""Check-ins and the advice to see a doctor: the source material's rules, and how they are stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers.recording import recording
from workout_timer.domain.care.back_care import (
    TEN_WITHIN,
    CheckIn,
    Effort,
    Moment,
    PainKeys,
    Reason,
    WarningSign,
    advice,
    effort_key,
    sign_key,
)
from workout_timer.domain.common import language
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.store import MIGRATIONS, VERSION, HistoryStore
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.fresh_input import GUARD, QUIET, FreshInput, KeyTimes


def test_a_calm_day_gets_no_advice() -> None:
    assert advice(CheckIn(Moment.BEFORE, 3), [2, 4, 3]) is None
    assert advice(CheckIn(Moment.BEFORE), [5, 6]) is None  # skipped: nothing to say


def test_high_pain_points_to_a_doctor_and_a_gentle_routine() -> None:
    said = advice(CheckIn(Moment.BEFORE, 7), [])
    assert said is not None and said.reason is Reason.HIGH_PAIN and said.suggest_gentle
    assert "doctor" in said.text and "7 out of 10" in said.text


def test_pain_rising_over_three_check_ins() -> None:
    said = advice(CheckIn(Moment.AFTER, 5), [1, 3, 4])
    assert said is not None and said.reason is Reason.RISING_PAIN and "3, 4, 5" in said.text
    assert advice(CheckIn(Moment.AFTER, 5), [4, 4]) is None  # level is not rising
    assert advice(CheckIn(Moment.AFTER, 5), [4]) is None  # two are not yet a trend


def test_warning_signs_come_first_and_are_named() -> None:
    answer = CheckIn(Moment.BEFORE, 2, signs=frozenset({WarningSign.NUMBNESS, WarningSign.SPREADING}))
    said = advice(answer, [])
    assert said is not None and said.reason is Reason.WARNING_SIGNS
    assert "with pain spreading into an arm or leg, or numbness or tingling should" in said.text
    assert all(sign.label for sign in WarningSign)


def test_pain_is_zero_to_ten() -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        CheckIn(Moment.BEFORE, 11)


def test_check_ins_are_kept_with_their_session(tmp_path: Path, short_timeline: Timeline) -> None:
    store = HistoryStore(tmp_path / "history.sqlite")
    first, _record_first = recording(store, short_timeline)
    store.check_in(first, CheckIn(Moment.BEFORE, 4))
    store.check_in(first, CheckIn(Moment.AFTER, 3, Effort.TOO_EASY, frozenset({WarningSign.NAUSEA})))
    second, _record_second = recording(store, short_timeline)
    store.check_in(second, CheckIn(Moment.BEFORE))  # skipped the question
    store.check_in(None, CheckIn(Moment.BEFORE, 9))  # no history: nothing, quietly
    answers = [(session, answer) for session, _, answer in store.check_ins()]
    assert [session for session, _ in answers] == [first, first, second]
    assert answers[1][1] == CheckIn(Moment.AFTER, 3, Effort.TOO_EASY, frozenset({WarningSign.NAUSEA}))
    assert store.pain_so_far() == [4, 3]


def test_a_version_1_history_is_migrated_with_its_sessions(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    with sqlite3.connect(path) as db:  # a file as the first release wrote it
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute("PRAGMA user_version = 1")
        db.execute(
            "INSERT INTO sessions (routine_id, routine_name, timeline, started_at, ended_at, result, active_seconds)"
            " VALUES ('core', 'Core', '[]', 1.0, 601.0, 'completed', 600.0)"
        )
    store = HistoryStore(path)
    assert store.problem is None
    (old,) = store.sessions()
    assert old.routine_name == "Core" and old.active_seconds == 600.0
    assert old.work_seconds == 600.0  # the time exercised was not kept then: the active time is the best there is
    store.check_in(old.id, CheckIn(Moment.AFTER, 2))
    assert store.pain_so_far() == [2]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION


def test_the_gentle_routine_is_not_pointed_to_when_it_is_the_one() -> None:
    said = advice(CheckIn(Moment.BEFORE, 8), [], gentle_routine=True)
    assert said is not None and not said.suggest_gentle and "the routine you chose" in said.text
    said = advice(CheckIn(Moment.AFTER, 2, signs=frozenset({WarningSign.DIZZINESS})), [], gentle_routine=True)
    assert said is not None and not said.suggest_gentle and "the routine you just did" in said.text


def test_one_then_zero_makes_ten_within_a_second() -> None:
    clock = FakeClock()
    keys = PainKeys(clock)
    assert keys.press(1) == 1
    clock.advance(TEN_WITHIN)
    assert keys.press(0) == 10
    assert keys.press(0) == 0  # 10 then 0 is 0
    keys.press(1)
    clock.advance(TEN_WITHIN + 0.5)
    assert keys.press(0) == 0
    keys.press(1)
    keys.reset()  # a new question
    assert keys.press(0) == 0


def test_fresh_input_ignores_held_keys_and_keys_from_before() -> None:
    clock = FakeClock()
    fresh = FreshInput(clock)
    fresh.arm()
    assert not fresh.accepts(repeated=False)
    clock.advance(GUARD)
    assert fresh.accepts(repeated=False) and not fresh.accepts(repeated=True)
    fresh.arm()
    assert not fresh.accepts(repeated=False)


def test_fresh_input_knows_a_held_key_by_its_rhythm_when_it_is_not_marked() -> None:
    clock = FakeClock()
    fresh = FreshInput(clock, guard=0.0)
    assert fresh.accepts(repeated=False, key=1, stamp=10_000)  # pressed
    assert not fresh.accepts(repeated=False, key=1, stamp=10_033)  # repeating, unmarked
    assert not fresh.accepts(repeated=False, key=1, stamp=10_066)
    assert fresh.accepts(repeated=False, key=2, stamp=10_070)  # another key is its own
    assert fresh.accepts(repeated=False, key=1, stamp=10_066 + 300)  # let go, pressed again
    assert fresh.accepts(repeated=False, key=1) and fresh.accepts(repeated=False, key=1)  # no time known: no guess


def test_a_key_carried_over_from_the_screen_before_answers_nothing_until_it_rests() -> None:
    """→ pressed every 0.6 s on the player, and on as the check-in appears: slower than the guard time, but no
    answer; a key the player was not given is one as soon as the guard time is over."""
    clock, keys = FakeClock(), KeyTimes()
    player, check_in = FreshInput(clock, guard=0.0, keys=keys), FreshInput(clock, keys=keys)
    right, four = 1, 2
    for beat in range(5):
        assert player.accepts(repeated=False, key=right, stamp=10_000 + 600 * beat)
        player.released(right, 10_080 + 600 * beat)
    check_in.arm()
    for beat in range(5, 9):
        clock.advance(0.6)
        assert not check_in.accepts(repeated=False, key=right, stamp=10_000 + 600 * beat)
    assert check_in.accepts(repeated=False, key=four, stamp=15_000)
    rested = 10_000 + 600 * 8 + 80 + int(QUIET * 1000)
    assert check_in.accepts(repeated=False, key=right, stamp=rested)  # it rested: an answer, and from then on
    assert check_in.accepts(repeated=False, key=right, stamp=rested + 300)


@pytest.mark.parametrize("code", language.shipped())
def test_each_language_gives_the_check_in_one_letter_a_key(code: str) -> None:
    """The answers to "How hard was that?" and the warning signs share one screen: each has a letter of its own,
    A to Z, in every language (German's come from its own words: "Zu leicht" is L)."""
    language.use(code)
    letters = [effort_key(effort) for effort in Effort] + [sign_key(sign) for sign in WarningSign]
    assert all(len(letter) == 1 and "A" <= letter <= "Z" for letter in letters), letters
    assert len(set(letters)) == len(letters), letters
    if code == "de":
        assert (effort_key(Effort.TOO_EASY), sign_key(WarningSign.NUMBNESS)) == ("L", "T")
