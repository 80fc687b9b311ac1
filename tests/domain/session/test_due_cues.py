"""The cues of the segment under way: released in order, spoken ones early by the voice's lead, stale ones let go,
and a replanned segment saying its countdown again and nothing else twice."""

from __future__ import annotations

import pytest

from workout_timer.domain.session.cues import Cue, CueKind
from workout_timer.domain.session.due_cues import STALE_AFTER, DueCues

BEEP = Cue(1, 27.0, CueKind.COUNTDOWN, "")
HALFWAY = Cue(1, 15.0, CueKind.HALFWAY, "Halfway.", 0.6)
START = Cue(1, 0.0, CueKind.ANNOUNCE, "Plank.", 0.5)


def test_spoken_cues_go_out_early_by_the_lead_but_never_before_the_start() -> None:
    cues = DueCues(speech_lead=0.3)
    cues.begin([BEEP, HALFWAY, START])
    assert cues.release(HALFWAY) == pytest.approx(14.7)
    assert cues.release(START) == 0.0 and cues.release(BEEP) == 27.0  # the tone leads at the start; beeps on time
    assert cues.next_release() == 0.0
    assert cues.due(100.0, 100.0, 100.0) == [(START, True)]
    assert cues.next_release() == pytest.approx(14.7)
    assert cues.due(100.0, 114.69, 114.69) == []
    assert cues.due(100.0, 114.7, 114.7) == [(HALFWAY, True)]
    assert cues.due(100.0, 127.0, 127.0) == [(BEEP, True)] and not cues.waiting and cues.next_release() is None


def test_a_negative_lead_counts_as_none() -> None:
    assert DueCues(speech_lead=-1.0).release(HALFWAY) == 15.0


def test_a_cue_come_too_late_is_let_go_and_one_just_late_enough_is_said() -> None:
    cues = DueCues()
    cues.begin([HALFWAY, BEEP])
    assert cues.due(0.0, 15.0 + STALE_AFTER + 0.5, 15.0 + STALE_AFTER + 0.5) == [(HALFWAY, False)]
    assert cues.due(0.0, 27.0 + STALE_AFTER, 27.0 + STALE_AFTER) == [(BEEP, True)]


def test_a_replanned_segment_says_its_countdown_again_and_nothing_else_twice() -> None:
    cues = DueCues()
    cues.begin([START, HALFWAY, BEEP])
    assert cues.due(0.0, 0.0, 0.0) == [(START, True)]
    assert cues.due(0.0, 16.0, 16.0) == [(HALFWAY, True)]
    longer = [START, Cue(1, 20.0, CueKind.HALFWAY, "Halfway.", 0.6), Cue(1, 37.0, CueKind.COUNTDOWN, "")]
    cues.replan([*longer, BEEP], elapsed=16.0)  # ten seconds more: halfway moves on, but was said
    assert cues.due(0.0, 100.0, 37.0) == [(BEEP, False), (longer[2], True)]
    cues.begin([START])  # a new segment: nothing said in it yet
    cues.replan([START, Cue(1, 5.0, CueKind.COUNTDOWN, "")], elapsed=-1.0)
    assert [cue for cue, _ in cues.due(0.0, 5.0, 5.0)] == [START, Cue(1, 5.0, CueKind.COUNTDOWN, "")]


def test_a_cue_said_first_goes_before_all_that_wait_and_clear_leaves_none() -> None:
    cues = DueCues()
    cues.begin([HALFWAY])
    easier = Cue(1, 5.0, CueKind.ANNOUNCE, "Easier now: knee plank.", 1.2)
    cues.say_first(easier)
    assert cues.next_release() == 5.0
    cues.clear()
    assert not cues.waiting and cues.due(0.0, 100.0, 100.0) == []
