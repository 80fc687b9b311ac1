"""Everything the player screen says at one moment, worked out from the engine's snapshot.

The player widget only lays these strings out, so what it shows can be tested without a window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from workout_timer.domain.common.failures import as_sentence, with_note
from workout_timer.domain.common.language import _, ngettext, pgettext
from workout_timer.domain.common.plurals import counted, noun
from workout_timer.domain.figures.pose import Pose
from workout_timer.domain.routines.durations import format_clock, length_text
from workout_timer.domain.routines.ladders import ladder_of
from workout_timer.domain.routines.routine import Exercise
from workout_timer.domain.routines.timeline import Phase, Segment, Timeline
from workout_timer.domain.session.feel import easier_choice
from workout_timer.domain.session.snapshot import Snapshot, State
from workout_timer.domain.session.start_gate import Readiness


def voice_lost_words(reason: str, tones: Readiness) -> str:
    """The notice when the voice is lost: where the cues go now, true to whether the tones still play,
    then why (as the system said it, as a sentence)."""
    if tones in (Readiness.READY, Readiness.STARTING):
        where = _("The voice is unavailable, so cues show on screen; the tones still play.")
    else:
        where = _("The voice is unavailable, so cues show on screen only.")
    return f"{where} {as_sentence(reason)}".strip()


def tones_lost_words(reason: str) -> str:
    """The notice when the app's tones can't be played, with why."""
    return (_("The app's tones can't be played.") + " " + as_sentence(reason)).strip()


def no_easier_words(timeline: Timeline, snapshot: Snapshot) -> str | None:
    """What the runner is told when they ask for an easier version and there is none (on screen, and to a
    listening screen reader); None when there is one, or nothing runs."""
    if snapshot.segment is None or easier_choice(timeline, snapshot.index, snapshot.rating) is not None:
        return None
    exercise = timeline.exercise_at(snapshot.index)
    if exercise is None:
        return _("No exercise is left to make easier.")
    if len(ladder_of(exercise, {rung.id: rung for rung in timeline.routine.variants})) > 1:
        # Translators: said when E finds nothing easier; {name} is the exercise, the first rung of its ladder.
        return _("{name} is the easiest version.").format(name=exercise.name)
    return _("{name} has no easier version.").format(name=exercise.name)


def phase_title(phase: Phase, next_up: bool = False) -> str:
    """The phase's name over the exercise ("Work", "Rest"); with `next_up`, a rest or getting ready that shows
    the exercise to come ("Rest · next up")."""
    if phase is Phase.PREPARE:
        return _("Get ready · next up") if next_up else _("Get ready")
    if phase is Phase.REST:
        return pgettext("a rest step", "Rest · next up") if next_up else pgettext("a rest step", "Rest")
    if phase is Phase.SWITCH:
        return _("Switch sides")
    return pgettext("a phase of a session: the exercise itself", "Work")


@dataclass(frozen=True)
class Picture:
    """What an exercise's figure shows: its pose, which way round, at what pace, moving or still."""

    pose: Pose
    mirrored: bool
    tempo: float | None
    """Seconds per rep: one movement per rep, in step with the count. None: the pose's own pace."""
    live: bool
    """True while its work runs: the figure follows the step's time. False: a still picture."""


def picture_of(segment: Segment | None, live: bool = False) -> Picture | None:
    """The figure for a work segment, mirrored for the side the pose doesn't show."""
    if segment is None or segment.exercise is None or segment.exercise.pose is None:
        return None
    pose = segment.exercise.pose
    side = segment.side.value if segment.side else None
    return Picture(pose, pose.mirrored_for(side), segment.tempo, live)


@dataclass(frozen=True)
class PlayerText:
    phase: Phase | None
    phase_title: str
    name: str
    detail: str
    """Side, set and round: "Left side · Set 2 of 3"."""
    timer: str
    timer_template: str
    """The widest text the timer shows during this segment, so its size stays put while it counts."""
    caption: str
    step: str
    session_left: str
    next_up: str
    exercise: Exercise | None
    """Whose instructions to show: the current exercise, or the coming one during a rest."""
    waits: bool
    """A rep step that waits for Done."""
    paused: bool
    picture: Picture | None = None
    """The figure of the exercise the instructions are about; it moves with the work."""
    next_picture: Picture | None = None
    """A still figure of the exercise after this one, during work."""


def shown_seconds(seconds: float) -> int:
    """Whole seconds as a countdown shows them: 4.2 s left shows 5, and 0 only at the very end."""
    return max(0, math.ceil(seconds - 1e-9))


def countdown_text(seconds: float) -> str:
    """ "45" under a minute (bigger digits from across the room), else "1:30"."""
    whole = shown_seconds(seconds)
    return str(whole) if whole < 60 else format_clock(whole)


def player_text(timeline: Timeline, snapshot: Snapshot) -> PlayerText:
    segment = snapshot.segment
    paused = snapshot.state is State.PAUSED
    # Translators: the time left in the whole session, at the player's top right; {length} is "14:13".
    left = _("{length} left").format(length=length_text(snapshot.session_left, timeline.is_estimate))
    if segment is None:
        return PlayerText(None, "", "", "", "", "", "", "", left, "", None, False, paused)
    coming = segment if segment.phase is Phase.WORK else timeline.next_work(segment.index)
    exercise = segment.exercise if segment.phase is Phase.SWITCH else (coming.exercise if coming else None)
    ending = segment.phase in (Phase.PREPARE, Phase.REST)  # a rest with no work after it closes the session
    # Translators: shown in the exercise's place in the last rest, when no exercise comes after it.
    name = exercise.name if exercise else (_("Well done") if ending else "")
    next_up = segment.phase in (Phase.PREPARE, Phase.REST) and coming is not None
    title = phase_title(segment.phase, next_up)
    timer, template, caption = _timer(segment, snapshot)
    if paused:  # said as large as the phase, readable from the mat: not only a colour and a small line
        # Translators: the player's heading while the session is paused (not a rest); "next up" while it shows the
        # exercise to come.
        title = _("Paused · next up") if next_up else _("Paused")
        # Translators: under the paused timer; Space is the key.
        caption = _("Paused · Space to go on")
    number = timeline.work_number(segment.index)
    following = timeline.next_work(segment.index)
    return PlayerText(
        phase=segment.phase,
        phase_title=title,
        name=name,
        detail=_detail(segment, coming),
        timer=timer,
        timer_template=template,
        caption=caption,
        step=_("Step {number} of {steps}").format(number=number, steps=timeline.work_count)
        if timeline.work_count
        else "",
        session_left=left,
        next_up=_next_up(segment, following),
        exercise=exercise,
        waits=segment.waits,
        paused=paused,
        picture=picture_of(coming, live=segment.phase is Phase.WORK),
        next_picture=picture_of(following) if segment.phase is Phase.WORK else None,
    )


def _timer(segment: Segment, snapshot: Snapshot) -> tuple[str, str, str]:
    """The big number and the words under it: whatever the user counts by is the biggest thing on screen.

    Own-pace rep steps show the reps to do, counted rep steps the rep being done ("2", "of 6 · 19 s
    left"), and holds, rests and the rest the seconds left.
    """
    if segment.duration is None:  # waits for Done: show the target
        reps = str(segment.reps or 0)
        # Translators: under the number of reps to do; Enter is the key, {time} the time the step has taken.
        caption = ngettext(
            "rep · Enter when done · {time}",
            "reps · Enter when done · {time}",
            segment.reps or 0,
        ).format(time=format_clock(snapshot.elapsed))
        return reps, "0" * len(reps), caption
    length = snapshot.length if snapshot.length is not None else segment.duration
    whole = shown_seconds(snapshot.remaining or 0.0)
    if segment.reps is not None and snapshot.rep is not None and segment.phase is Phase.WORK:
        if whole < 60:
            # Translators: under the rep being done ("2"): of how many, and the seconds the step has left.
            caption = ngettext("of {reps} · {n} second left", "of {reps} · {n} seconds left", whole)
        else:
            # Translators: under the rep being done ("2"): of how many, and the time the step has left ("1:30").
            caption = _("of {reps} · {clock} left")
        return (
            str(snapshot.rep),
            "0" * len(str(segment.reps)),
            caption.format(reps=segment.reps, n=whole, clock=format_clock(whole)),
        )
    template = "0:00" if shown_seconds(length) >= 60 else "00"
    if shown_seconds(length) >= 600:
        template = "00:00"
    return countdown_text(whole), template, noun(whole, "second", "seconds") if whole < 60 else ""


def _detail(segment: Segment, coming: Segment | None) -> str:
    if segment.phase is Phase.SWITCH:
        if coming is None or coming.side is None:
            return ""
        return _("Left side next") if coming.side.value == "left" else _("Right side next")
    shown = segment if segment.phase is Phase.WORK else coming
    if shown is None:
        return segment.note or ""
    parts = [part[0].upper() + part[1:] for part in _place(shown)]
    if shown.reps is not None and segment.phase is not Phase.WORK:
        parts.append(counted(shown.reps, "rep", "reps"))
    place = " · ".join(parts)
    # the author's own note on the step ("Slow and sleepy"), while it is coming and while it runs: a sentence of its own
    return with_note(place, shown.note) if place else shown.note or ""


def _next_up(segment: Segment, following: Segment | None) -> str:
    if segment.phase is not Phase.WORK:
        return segment.note or ""
    if following is None or following.exercise is None:
        return _("Next up: the finish")
    name = following.exercise.name
    if following.side is None:
        # Translators: under the exercise being done; {name} is the next exercise's name.
        return _("Next up: {name}").format(name=name)
    if following.side.value == "left":
        return _("Next up: {name}, left side").format(name=name)
    return _("Next up: {name}, right side").format(name=name)


def segment_label(segment: Segment) -> str:
    """One line for a list of segments: "Plank · left side · set 2 of 3", "Rest", "Switch sides"; a rest's note as a
    sentence of its own ("Rest. Have a drink of water.")."""
    if segment.phase is not Phase.WORK or segment.exercise is None:
        return with_note(phase_title(segment.phase), segment.note)
    parts = [segment.exercise.name, *_place(segment)]
    if segment.reps is not None:
        parts.append(counted(segment.reps, "rep", "reps"))
    return " · ".join(parts)


def _place(segment: Segment) -> list[str]:
    """Where a work segment stands: "left side", "set 2 of 3", "round 1 of 2"."""
    parts = []
    if segment.side is not None:
        parts.append(_("left side") if segment.side.value == "left" else _("right side"))
    if segment.sets and segment.sets > 1:
        # Translators: one of the parts of a step's place: "left side · set 2 of 3 · round 1 of 2".
        parts.append(_("set {set} of {sets}").format(set=segment.set, sets=segment.sets))
    if segment.rounds and segment.rounds > 1:
        parts.append(_("round {round} of {rounds}").format(round=segment.round, rounds=segment.rounds))
    return parts
