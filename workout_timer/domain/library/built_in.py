"""The words of what ships with the app, in the language in use: the catalogue's exercises and the built-in
routines, translated as they are loaded (`common.content` keeps the catalogues, docs/translating.md says why).

Each function walks one kind of file's texts and asks `say(context, english)` for each; `./dev i18n extract`
walks the same way with a `say` that writes the texts down, so the catalogue and the loader never disagree on
a text's place. A user's own routine is never walked: it stays in its author's words. It still shows a
catalogue exercise it names by id in the language in use, because that exercise's words are the catalogue's.
"""

from __future__ import annotations

from dataclasses import replace

from workout_timer.domain.common.content import Translate, key
from workout_timer.domain.routines.routine import Catalogue, Exercise, ExerciseStep, RestStep, Routine, Step

EQUIPMENT = "equipment"
"""The context of every piece of equipment the shipped files name: the same words wherever they are."""
TAGS = "tags"
"""The first part of a tag's context, "tags:warm-up": the tags are one vocabulary for every shipped routine, each
word translated once (lower case, as the routine format keeps tags)."""
CATALOGUE_FILE = "exercises"
"""The catalogue's file name without `.yaml`, the first part of its texts' contexts."""


def exercise(found: Exercise, say: Translate, file: str = CATALOGUE_FILE, within: str = "") -> Exercise:
    """An exercise in the language of `say`: its name, description, instructions, form cues, mistakes, caution
    and equipment.

    `within` is the key path of the exercises' block in a routine file ("exercises." inside a routine's own)."""
    place = f"{within}{found.id}."

    def words(field: str, text: str) -> str:
        return say(key(file, place + field), text)

    return replace(
        found,
        name=words("name", found.name),
        description=None if found.description is None else words("description", found.description),
        instructions=tuple(words("instructions", text) for text in found.instructions),
        cues=tuple(words("cues", text) for text in found.cues),
        mistakes=tuple(words("mistakes", text) for text in found.mistakes),
        caution=None if found.caution is None else words("caution", found.caution),
        equipment=equipment(found.equipment, say),
    )


def equipment(found: tuple[str, ...], say: Translate) -> tuple[str, ...]:
    """Equipment in the language of `say`: one vocabulary for every shipped file ("mat", "wall"), so each word
    is translated once; a choice is written whole ("kettlebell or dumbbell")."""
    return tuple(say(EQUIPMENT, item) for item in found)


def tags(found: tuple[str, ...], say: Translate) -> tuple[str, ...]:
    """A shipped routine's tags in the language of `say` ("warm-up" is "aufwärmen"), in lower case as the routine
    format keeps them."""
    return tuple(tag_word(tag, say) for tag in found)


def tag_word(tag: str, say: Translate) -> str:
    """One tag in the language of `say`; a word the shipped routines do not use as a tag stays as it is."""
    return say(key(TAGS, tag), tag).lower()


def catalogue(found: Catalogue, say: Translate) -> dict[str, Exercise]:
    """The whole exercise catalogue in the language of `say`."""
    return {exercise_id: exercise(each, say) for exercise_id, each in found.items()}


def routine(found: Routine, say: Translate) -> Routine:
    """A built-in routine in the language of `say`: its name, description, tags, equipment, its own exercises, and
    its steps' notes, circuits' names and spoken cues. The catalogue's exercises it uses come translated already."""
    file = found.id
    own = {each.id: (each, exercise(each, say, file, "exercises.")) for each in found.exercises}

    def mine(each: Exercise) -> Exercise:
        original, translated = own.get(each.id, (None, None))
        return translated if translated is not None and original == each else each

    def words(path: str, text: str | None) -> str | None:
        return None if text is None else say(key(file, path), text)

    def step(each: Step) -> Step:
        if isinstance(each, ExerciseStep):
            cues = tuple(replace(cue, say=say(key(file, "steps.cues.say"), cue.say)) for cue in each.cues)
            return replace(each, exercise=mine(each.exercise), note=words("steps.note", each.note), cues=cues)
        if isinstance(each, RestStep):
            return replace(each, note=words("steps.note", each.note))
        return replace(each, steps=tuple(step(inner) for inner in each.steps), name=words("steps.name", each.name))

    return replace(
        found,
        name=say(key(file, "name"), found.name),
        description=words("description", found.description),
        tags=tags(found.tags, say),
        equipment=equipment(found.equipment, say),
        exercises=tuple(translated for _original, translated in own.values()),
        steps=tuple(step(each) for each in found.steps),
        variants=tuple(mine(each) for each in found.variants),
    )
