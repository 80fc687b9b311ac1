"""The cue plan: what is said or beeped during a session, and exactly when.

Cues are anchored to segments (`at` seconds after the segment starts) so that pauses, skips and
extensions move them with their segment. The plan is laid out once per segment by these rules:

1. Speech is placed by priority, highest first: finish, announcements and "switch sides", the
   routine's own cues, rep counts, "next up" and "halfway", form cues.
2. Each speech cue has an estimated length (see `speech_seconds`). A cue may be moved within its own
   window (for example "halfway" up to 2 s either way, a form cue up to 6 s later) to a moment when
   nothing else is being said; if no such moment exists it is dropped. Announcements never move;
   if a long one does not fit a short segment, a shorter wording is used (one side's step still names its side).
3. The countdown beeps (3, 2, 1 before the end of a timed segment of 4 s or more) are kept clear:
   no speech may run into them. A beep that an announcement would overlap is dropped instead.
4. Speech ends before its segment does, so cues of neighbouring segments cannot overlap; a last
   pass over the whole plan drops the lower-priority cue of any pair that still would.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property

from workout_timer.domain.common.language import N_, Words, spoken
from workout_timer.domain.common.plurals import counted
from workout_timer.domain.routines.durations import spoken_duration
from workout_timer.domain.routines.timeline import Phase, Segment, Timeline

GAP = 0.25
"""Silence kept between two spoken cues, and between speech and the first countdown beep."""
COUNTDOWN = 3
"""Beeps in the last seconds of a timed segment."""
MIN_COUNTDOWN_SEGMENT = 4.0
HALFWAY_FROM = 20.0
"""Work segments at least this long get a "halfway" cue."""
FORM_FROM = 15.0
"""Timed work segments at least this long get a form cue."""
WAITING_FORM_AT = 6.0


class CueKind(StrEnum):
    ANNOUNCE = "announce"
    NEXT_UP = "next-up"
    SWITCH = "switch"
    HALFWAY = "halfway"
    COUNTDOWN = "countdown"
    REP_COUNT = "rep-count"
    FORM = "form"
    ROUTINE = "routine"
    FINISH = "finish"
    MOVE_ON = "move-on"


PRIORITY = {
    CueKind.FINISH: 6,
    CueKind.ANNOUNCE: 5,
    CueKind.SWITCH: 5,
    CueKind.MOVE_ON: 5,
    CueKind.ROUTINE: 4,
    CueKind.REP_COUNT: 3,
    CueKind.NEXT_UP: 2,
    CueKind.HALFWAY: 2,
    CueKind.FORM: 1,
    CueKind.COUNTDOWN: 0,
}
WINDOW = {
    CueKind.ROUTINE: (0.0, 3.0),
    CueKind.NEXT_UP: (0.0, 10.0),
    CueKind.HALFWAY: (-2.0, 2.0),
    CueKind.FORM: (0.0, 6.0),
}
"""How far (earlier, later) a cue may move to find silence; kinds not listed never move."""


@dataclass(frozen=True)
class Cue:
    """One thing to say or beep, `at` seconds into segment `segment`.

    The finish cue belongs to the segment after the last one (index == len(timeline)).
    `speech` is the estimated time it takes to say; a beep has 0.
    """

    segment: int
    at: float
    kind: CueKind
    text: str
    speech: float = 0.0

    @property
    def priority(self) -> int:
        return PRIORITY[self.kind]

    @property
    def is_speech(self) -> bool:
        return self.kind is not CueKind.COUNTDOWN


def speech_seconds(text: str) -> float:
    """A cautious estimate of how long a text takes to say at a normal rate (about 2.8 words/s).

    Numbers count as the words they are read as ("45" is "forty-five").
    """
    words = 0.0
    for token in re.findall(r"[\w'-]+", text):
        if token.isdigit():
            words += 1 if len(token) == 1 or int(token) % 10 == 0 or int(token) < 20 else 2
        else:
            words += 1 + max(0, len(token) - 8) / 8  # long words take longer
    pauses = len(re.findall(r"[.,:;]", text)) * 0.15
    return round(0.3 + 0.36 * words + pauses, 2)


@dataclass(frozen=True)
class CuePlan:
    """Every cue of a session, grouped by segment, in time order within each segment."""

    timeline: Timeline
    cues: tuple[Cue, ...]

    @cached_property
    def _by_segment(self) -> dict[int, tuple[Cue, ...]]:
        grouped: dict[int, list[Cue]] = {}
        for cue in self.cues:
            grouped.setdefault(cue.segment, []).append(cue)
        return {index: tuple(cues) for index, cues in grouped.items()}

    def for_segment(self, index: int) -> tuple[Cue, ...]:
        return self._by_segment.get(index, ())

    def offset(self, cue: Cue) -> float:
        """Nominal time of a cue from the session start."""
        timeline = self.timeline
        start = timeline.total if cue.segment >= len(timeline) else timeline.offsets[cue.segment]
        return start + cue.at


def plan_cues(timeline: Timeline, words: Words | None = None) -> CuePlan:
    """Every cue of `timeline`, in `words` (the cues' language now, unless given)."""
    words = words or spoken()
    cues = [cue for index in range(len(timeline)) for cue in plan_segment(timeline, index, words=words)]
    cues.append(finish_cue(timeline, words))
    return CuePlan(timeline, _clear_across_segments(timeline, cues))


def finish_cue(timeline: Timeline, words: Words | None = None) -> Cue:
    text = (words or spoken()).gettext("Workout complete. Well done.")
    return Cue(len(timeline), 0.0, CueKind.FINISH, text, speech_seconds(text))


MOVE_ON_NOTICE = 5
"""Seconds of warning before a step at your own pace moves on by itself."""


def moving_on_cue(segment: Segment, words: Words | None = None) -> Cue:
    """ "Moving on in 5", five seconds before a step at your own pace moves on by itself. Said by the
    engine, not planned: the step's time is its estimate in the plan, and it may move on well after."""
    assert segment.move_on is not None
    text = (words or spoken()).gettext("Moving on in {seconds}.").format(seconds=MOVE_ON_NOTICE)
    return Cue(segment.index, max(0.0, segment.move_on - MOVE_ON_NOTICE), CueKind.MOVE_ON, text, speech_seconds(text))


def plan_segment(
    timeline: Timeline, index: int, length: float | None = None, words: Words | None = None
) -> tuple[Cue, ...]:
    """The cues of one segment, laid out by the rules above, in `words` (the cues' language now, unless given: a
    session keeps the words it began in).

    `length` overrides the segment's own duration (after an extension). For a segment that waits for
    Done its estimate bounds the plan.
    """
    words = words or spoken()
    segment = timeline[index]
    if length is None:
        length = segment.estimate
    has_countdown = not segment.waits and segment.tempo is None and length >= MIN_COUNTDOWN_SEGMENT
    speech_end = length - (COUNTDOWN if has_countdown else 0) - GAP
    wanted = sorted(_wanted(timeline, segment, length, words), key=lambda v: -v[0].priority)
    counts = [v[0] for v in wanted if v[0].kind is CueKind.REP_COUNT]
    # A counted rep step's announcement must be over before the first count.
    announce_end = min(speech_end, counts[0].at - GAP) if counts else speech_end
    placed: list[Cue] = []
    for variants in wanted:
        cue = _place(variants, placed, announce_end if variants[0].kind in _FIXED else speech_end)
        if cue is not None:
            placed.append(cue)
    beeps = []
    if has_countdown:
        spoken_until = max((c.at + c.speech + GAP for c in placed), default=0.0)
        for number in range(COUNTDOWN, 0, -1):
            at = length - number
            if at >= spoken_until:
                beeps.append(Cue(index, at, CueKind.COUNTDOWN, str(number)))
    return tuple(sorted(placed + beeps, key=lambda c: (c.at, -c.priority)))


_FIXED = (CueKind.ANNOUNCE, CueKind.SWITCH)


def _place(variants: list[Cue], placed: list[Cue], speech_end: float) -> Cue | None:
    """The first wording and moment in the cue's window when it can be said without overlap.

    Announcements never move: the longest wording that ends by `speech_end` is used, or else the
    shortest wording, which then takes precedence over the countdown beeps it would overlap.
    """
    first = variants[0]
    if first.kind in _FIXED:
        free = [cue for cue in variants if _free(cue, placed)]
        fitting = [cue for cue in free if cue.at + cue.speech <= speech_end]
        return fitting[0] if fitting else (free[-1] if free else None)
    earliest, latest = WINDOW.get(first.kind, (0.0, 0.0))
    starts = [first.at] + [c.at + c.speech + GAP for c in placed] + [c.at - GAP - first.speech for c in placed]
    for at in sorted(set(starts), key=lambda t: (abs(t - first.at), t)):
        if not first.at + earliest - 1e-9 <= at <= first.at + latest + 1e-9 or at < 0:
            continue
        cue = replace(first, at=round(at, 3))
        if cue.at + cue.speech <= speech_end and _free(cue, placed):
            return cue
    return None


def _free(cue: Cue, placed: list[Cue]) -> bool:
    return all(cue.at + cue.speech + GAP <= other.at or other.at + other.speech + GAP <= cue.at for other in placed)


def _clear_across_segments(timeline: Timeline, cues: list[Cue]) -> tuple[Cue, ...]:
    plan = CuePlan(timeline, tuple(cues))
    speech = sorted((c for c in cues if c.is_speech), key=plan.offset)
    dropped: set[int] = set()
    last: Cue | None = None
    for cue in speech:
        if last is not None and plan.offset(last) + last.speech + GAP > plan.offset(cue):
            loser = cue if cue.priority < last.priority else last
            dropped.add(id(loser))
            if loser is last:
                last = cue
            continue
        last = cue
    return tuple(c for c in cues if id(c) not in dropped)


# -- what each segment wants said ----------------------------------------------------------


def _cue(segment: Segment, at: float, kind: CueKind, text: str) -> Cue:
    return Cue(segment.index, at, kind, text, speech_seconds(text))


def _wanted(timeline: Timeline, segment: Segment, length: float, words: Words) -> Iterator[list[Cue]]:
    """Each wanted cue as a list of wordings, longest first (most cues have one)."""
    upcoming = timeline.next_work(segment.index)
    if segment.phase is Phase.PREPARE:
        yield [_cue(segment, 0, CueKind.ANNOUNCE, words.gettext("Get ready."))]
        if upcoming is not None:
            text = words.gettext("First up: {name}.").format(name=describe(upcoming, words))
            yield [_cue(segment, 0, CueKind.NEXT_UP, text)]
    elif segment.phase is Phase.REST:
        rest = spoken_duration(length, words)
        wordings = [words.gettext("Rest, {length}.").format(length=rest), words.gettext("Rest.")]
        if segment.note:
            wordings.insert(0, words.gettext("Rest, {length}. {note}").format(length=rest, note=segment.note))
        yield [_cue(segment, 0, CueKind.ANNOUNCE, text) for text in wordings]
        if upcoming is not None:
            text = words.gettext("Next up: {name}.").format(name=describe(upcoming, words))
            yield [_cue(segment, 0, CueKind.NEXT_UP, text)]
    elif segment.phase is Phase.SWITCH:
        switch = (words.gettext("Switch sides."), words.gettext("Switch."))
        yield [_cue(segment, 0, CueKind.SWITCH, text) for text in switch]
    else:
        yield from _work(timeline, segment, length, words)


def _work(timeline: Timeline, segment: Segment, length: float, words: Words) -> Iterator[list[Cue]]:
    assert segment.exercise is not None
    name = segment.exercise.name
    side = words.gettext(SIDES[segment.side]) if segment.side else ""
    amount = spoken_duration(length, words) if segment.reps is None else counted(segment.reps, "rep", "reps", words)
    if segment.waits:
        amount = words.gettext("{amount}, at your own pace").format(amount=amount)
    opening = ""
    if segment.round and segment.rounds and segment.rounds > 1 and _first_of_round(timeline, segment):
        opening = words.gettext("Round {round} of {rounds}.").format(round=segment.round, rounds=segment.rounds) + " "
    # Shorter and shorter, to fit before the first count; one side's step always names its side, as the next-up,
    # the screen and the screen reader do: the runner hears which side, whatever else is left out.
    short_side = words.gettext(SHORT_SIDES[segment.side]) if segment.side else ""
    wordings = [
        f"{opening}{describe(segment, words)}, {amount}.",
        f"{name}{side}, {amount}.",
        f"{name}{side}.",
        f"{name}{short_side}.",
    ]
    yield [_cue(segment, 0, CueKind.ANNOUNCE, text) for text in dict.fromkeys(wordings)]

    if segment.tempo is not None and segment.reps is not None:
        for number in range(1, segment.reps + 1):
            text = str(number)
            at = number * segment.tempo - speech_seconds(text) - GAP  # said as the rep completes
            yield [_cue(segment, max(0.0, at), CueKind.REP_COUNT, text)]
    elif length >= HALFWAY_FROM and not segment.waits:
        yield [_cue(segment, length / 2, CueKind.HALFWAY, words.gettext("Halfway."))]

    form = segment.exercise.cues
    if form and segment.tempo is None:
        turn = ((segment.set or 1) - 1) * 2 + (1 if segment.side == "right" else 0)
        text = form[turn % len(form)]
        if segment.waits:
            yield [_cue(segment, WAITING_FORM_AT, CueKind.FORM, text)]
        elif length >= FORM_FROM:
            yield [_cue(segment, math.floor(length * 0.25), CueKind.FORM, text)]

    for own in segment.cues:
        if own.at < length:
            yield [_cue(segment, own.at, CueKind.ROUTINE, own.say)]


def _first_of_round(timeline: Timeline, segment: Segment) -> bool:
    for earlier in reversed(timeline.segments[: segment.index]):
        if earlier.phase is Phase.WORK:
            return earlier.round != segment.round
    return True


def describe(segment: Segment, words: Words | None = None) -> str:
    """How a work segment is named aloud and in "next up": "Side plank, left side, set 2 of 3"."""
    assert segment.exercise is not None
    words = words or spoken()
    side = words.gettext(SIDES[segment.side]) if segment.side else ""
    sets = ""
    if segment.sets and segment.sets > 1:
        sets = words.gettext(", set {set} of {sets}").format(set=segment.set, sets=segment.sets)
    return f"{segment.exercise.name}{side}{sets}"


SIDES = {"left": N_(", left side"), "right": N_(", right side")}
"""What follows an exercise's name on one side; said in the cues' language."""
# Translators: what follows an exercise's name on one side when time is short ("Clamshells, left."), in the cues.
SHORT_SIDES = {"left": N_(", left"), "right": N_(", right")}
"""The same, shorter, for a step's announcement that must be over before its first count."""
