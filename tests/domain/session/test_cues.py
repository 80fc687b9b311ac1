"""The cue plan: what is said and beeped, when, and never two voices at once."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings

from tests.conftest import FIXTURES
from tests.strategies import routines, to_yaml
from workout_timer import resources
from workout_timer.domain.library.library import Library
from workout_timer.domain.routines.loading import load_routine, load_routine_text
from workout_timer.domain.routines.routine import Catalogue, Routine
from workout_timer.domain.routines.timeline import Phase, build_timeline
from workout_timer.domain.session.cues import (
    COUNTDOWN,
    GAP,
    CueKind,
    CuePlan,
    plan_cues,
    plan_segment,
    speech_seconds,
)

Load = Callable[[str], Routine]


def check_plan(plan: CuePlan) -> None:
    """The guarantees the plan makes, whatever the routine."""
    timeline = plan.timeline
    speech = sorted((c for c in plan.cues if c.is_speech), key=plan.offset)
    for first, second in itertools.pairwise(speech):
        assert plan.offset(first) + first.speech + GAP <= plan.offset(second) + 1e-6, (first, second)
    for cue in plan.cues:
        if cue.segment == len(timeline):
            assert cue.kind is CueKind.FINISH
            continue
        segment = timeline[cue.segment]
        assert 0 <= cue.at <= segment.estimate
        if cue.is_speech and cue.kind is not CueKind.ANNOUNCE and cue.kind is not CueKind.SWITCH:
            assert cue.at + cue.speech <= segment.estimate + 1e-6
        beeps = [c for c in plan.for_segment(cue.segment) if c.kind is CueKind.COUNTDOWN]
        if cue.is_speech and beeps:
            assert cue.at + cue.speech + GAP <= beeps[0].at + 1e-6, cue
    for segment in timeline.segments:
        if segment.phase in (Phase.WORK, Phase.PREPARE, Phase.REST) and segment.estimate >= 2.5:
            kinds = [c.kind for c in plan.for_segment(segment.index)]
            assert CueKind.ANNOUNCE in kinds, segment
    assert plan.cues[-1].kind is CueKind.FINISH


def test_the_opening_of_the_documented_example(catalogue: Catalogue) -> None:
    plan = plan_cues(build_timeline(load_routine(FIXTURES / "valid" / "issue-example.yaml", catalogue)))
    opening = [(round(plan.offset(c), 2), c.kind.value, c.text) for c in plan.cues if plan.offset(c) < 61]
    assert opening == [
        (0.0, "announce", "Get ready."),
        (1.42, "next-up", "First up: Plank, set 1 of 3."),
        (7.0, "countdown", "3"),
        (8.0, "countdown", "2"),
        (9.0, "countdown", "1"),
        (10.0, "announce", "Plank, set 1 of 3, 30 seconds."),
        (17.0, "form", "Squeeze your glutes"),
        (25.0, "halfway", "Halfway."),
        (37.0, "countdown", "3"),
        (38.0, "countdown", "2"),
        (39.0, "countdown", "1"),
        (40.0, "announce", "Rest, 20 seconds."),
        (41.93, "next-up", "Next up: Plank, set 2 of 3."),
        (57.0, "countdown", "3"),
        (58.0, "countdown", "2"),
        (59.0, "countdown", "1"),
        (60.0, "announce", "Plank, set 2 of 3, 30 seconds."),
    ]
    check_plan(plan)


def test_rep_counts_follow_the_tempo_and_end_with_the_last_rep(catalogue: Catalogue) -> None:
    plan = plan_cues(build_timeline(load_routine(FIXTURES / "valid" / "issue-example.yaml", catalogue)))
    bird_dog_left = plan.for_segment(11)
    counts = [c for c in bird_dog_left if c.kind is CueKind.REP_COUNT]
    assert [c.text for c in counts] == [str(n) for n in range(1, 11)]
    assert [round(b.at - a.at, 6) for a, b in itertools.pairwise(counts)] == [4.0] * 9  # tempo 4, no drift
    assert counts[-1].at + counts[-1].speech + GAP <= 40
    announcement = bird_dog_left[0]
    assert announcement.text == "Bird dog, left side."  # short enough to finish before "1"
    assert announcement.speech + GAP <= counts[0].at
    assert not [c for c in bird_dog_left if c.kind is CueKind.COUNTDOWN]  # the counts are the countdown


def test_a_waiting_rep_step_gets_its_announcement_and_a_form_cue(catalogue: Catalogue) -> None:
    plan = plan_cues(build_timeline(load_routine(FIXTURES / "valid" / "issue-example.yaml", catalogue)))
    assert [(c.at, c.kind.value, c.text) for c in plan.for_segment(15)] == [
        (0.0, "announce", "Push-up, 12 reps, at your own pace."),
        (6.0, "form", "One straight line"),
    ]


def test_switch_round_and_routine_cues(catalogue: Catalogue) -> None:
    plan = plan_cues(build_timeline(load_routine(FIXTURES / "valid" / "issue-example.yaml", catalogue)))
    assert plan.for_segment(8)[0].text == "Switch sides."
    assert plan.for_segment(17)[0].text == "Round 1 of 2. Glute bridge, 40 seconds."
    assert plan.for_segment(23)[0].text == "Round 2 of 2. Glute bridge, 40 seconds."
    wall_angel = [(c.at, c.kind.value, c.text) for c in plan.for_segment(29) if c.kind is CueKind.ROUTINE]
    assert wall_angel == [(10.0, "routine", "Keep your lower back against the wall")]
    assert plan.cues[-1].text == "Workout complete. Well done."
    assert plan.offset(plan.cues[-1]) == 756


def test_a_short_segment_gets_a_shorter_announcement(load: Load) -> None:
    routine = load(
        "version: 1\nname: t\ndefaults: {prepare: 0}\nsteps:\n  - {exercise: single-leg-bridge, duration: 4, sides: left}\n"
    )
    cues = plan_cues(build_timeline(routine)).for_segment(0)
    assert cues[0].text == "Single-leg bridge, left."  # shorter, and still the side
    assert cues[0].speech <= 4


@pytest.mark.parametrize(
    ("locale", "left", "right"),
    [("en_GB", "Clamshells, left.", "Clamshells, right."), ("de_DE", "Muschel, links.", "Muschel, rechts.")],
)
def test_a_quick_one_sided_step_names_its_side_however_short_its_announcement(
    locale: str, left: str, right: str
) -> None:
    """Clamshells at a rep every 2 s: no time for "left side" before the first count, but never the name alone."""
    from workout_timer.domain.common import language

    try:
        language.use(locale)
        entry = Library(resources.routines_dir(), None, resources.catalogue_path()).find("core-for-runners")
        assert entry is not None and entry.routine is not None
        timeline = build_timeline(entry.routine)
        plan = plan_cues(timeline)
        clamshells = [s for s in timeline if s.exercise is not None and s.exercise.id == "clamshell" and s.side]
        said = [plan.for_segment(s.index)[0].text for s in clamshells if s.phase.value == "work"]
    finally:
        language.use("en_GB")
    assert said == [left, right]


def test_a_colliding_cue_moves_within_its_window_or_is_dropped(load: Load) -> None:
    routine = load(
        "version: 1\nname: t\ndefaults: {prepare: 0}\nsteps:\n"
        "  - exercise: plank\n    duration: 40\n    cues:\n"
        "      - {at: 19, say: Breathe out slowly and keep your hips level with your shoulders}\n"
    )
    cues = plan_cues(build_timeline(routine)).for_segment(0)
    own = next(c for c in cues if c.kind is CueKind.ROUTINE)
    halfway = [c for c in cues if c.kind is CueKind.HALFWAY]
    assert own.at == 19  # higher priority keeps its place
    assert not halfway or halfway[0].at >= own.at + own.speech + GAP  # moved after it, within 2 s, or dropped


def test_an_extension_replans_the_segment_with_its_new_end(load: Load) -> None:
    routine = load("version: 1\nname: t\ndefaults: {prepare: 0}\nsteps:\n  - {exercise: plank, duration: 30}\n")
    timeline = build_timeline(routine)
    longer = plan_segment(timeline, 0, 40)
    assert [c.at for c in longer if c.kind is CueKind.COUNTDOWN] == [37, 38, 39]
    assert next(c.at for c in longer if c.kind is CueKind.HALFWAY) == 20


def test_speech_estimates_grow_with_the_words() -> None:
    assert speech_seconds("Halfway.") < speech_seconds("Side plank, left side, 20 seconds.")
    assert speech_seconds("45") > speech_seconds("5")
    assert 2 < speech_seconds("Side plank, left side, 20 seconds.") < 4.5
    assert COUNTDOWN == 3


def test_every_built_in_routine_keeps_the_guarantees() -> None:
    library = Library(resources.routines_dir(), None, resources.catalogue_path())
    for entry in library.entries():
        assert entry.routine is not None, entry.problems
        check_plan(plan_cues(build_timeline(entry.routine)))


@settings(max_examples=150, deadline=None)
@given(routines())
def test_any_routine_keeps_the_guarantees(catalogue: Catalogue, data: dict[str, object]) -> None:
    routine = load_routine_text(to_yaml(data), "generated.yaml", catalogue, "generated")
    check_plan(plan_cues(build_timeline(routine)))


ENGLISH_CUE_WORDS = {
    "get", "ready", "first", "next", "up", "rest", "switch", "sides", "side", "left", "right", "halfway", "round",
    "of", "set", "workout", "complete", "well", "done", "moving", "on", "at", "your", "own", "pace",
    "second", "seconds", "minute", "minutes", "rep", "reps",
    "Get", "First", "Next", "Rest", "Switch", "Halfway", "Round", "Workout", "Well", "Moving",
}  # fmt: skip
"""Every English word the cue plan's own wording uses, as it is written there (German nouns are capitalised:
"Minute" is German, "minute" English). The exercises' names and form cues are content, translated with the
catalogue."""


def test_every_built_in_routines_cue_plan_speaks_german_keeps_the_guarantees_and_counts_right() -> None:
    from workout_timer.domain.common import language

    library = Library(resources.routines_dir(), None, resources.catalogue_path())
    language.use("de_DE")
    for entry in library.entries():
        assert entry.routine is not None, entry.problems
        plan = plan_cues(build_timeline(entry.routine))
        check_plan(plan)  # German words are longer: the estimates grow with them, and nothing overlaps
        content = sorted(
            {text for s in plan.timeline.segments for text in (s.exercise.name if s.exercise else "", s.note or "")},
            key=len,  # the longest first: "Side plank" before "Plank"
            reverse=True,
        )
        own = {CueKind.FORM, CueKind.ROUTINE, CueKind.COUNTDOWN}
        for cue in (c for c in plan.cues if c.kind not in own):
            words = cue.text
            for name in content:
                words = words.replace(name, "")
            assert not ENGLISH_CUE_WORDS & set(re.findall(r"[A-Za-z]+", words)), cue.text
            assert not re.search(r"\b1 (Sekunden|Minuten|Wiederholungen)\b", cue.text), cue.text
            assert not re.search(r"\b([02-9]|\d\d+) (Sekunde|Minute|Wiederholung)\b", cue.text), cue.text


def test_every_built_in_routines_cue_plan_in_german_has_no_word_of_the_english_plan() -> None:
    """The exercises' names, form cues and a routine's own cues too: what a German voice says of the content."""
    from workout_timer.domain.common import language

    def spoken_words() -> set[str]:
        library = Library(resources.routines_dir(), None, resources.catalogue_path())
        found: set[str] = set()
        for entry in library.entries():
            assert entry.routine is not None, entry.problems
            plan = plan_cues(build_timeline(entry.routine))
            check_plan(plan)
            found.update(word for cue in plan.cues for word in re.findall(r"[A-Za-zÄÖÜäöüß]+", cue.text))
        return found

    english = spoken_words()
    assert {"Plank", "glutes", "Squeeze", "Keep"} <= english
    language.use("de_DE")
    german = spoken_words()
    assert {"Unterarmstütz", "Gesäß", "anspannen"} <= german
    assert english & german == set()
