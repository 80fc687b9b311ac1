"""The editor's words for the values a routine file takes: a level, a kind of exercise, the sides, moving on.

The file keeps its own words (`beginner`, `core`, `both`: the same in every language); the editor shows them in
the language in use, from these tables, and writes the file's word back."""

from __future__ import annotations

from typing import Any

from workout_timer.domain.common.language import N_, _
from workout_timer.domain.routines.routine import Kind, Level

LEVELS = {
    Level.BEGINNER: N_("Beginner"),
    Level.INTERMEDIATE: N_("Intermediate"),
    Level.ADVANCED: N_("Advanced"),
}
KINDS = {
    Kind.WARM_UP: N_("Warm-up"),
    Kind.CORE: N_("Core"),
    Kind.STRENGTH: N_("Strength"),
    Kind.STRETCH: N_("Stretch"),
    Kind.MOBILITY: N_("Mobility"),
}


def level_choices() -> list[tuple[str, str | None]]:
    """The level box's choices: not said, then each level, with the file's word for it."""
    return [(_("Not said"), None), *((_(LEVELS[level]), level.value) for level in Level)]


def kind_word(kind: Kind) -> str:
    """ "Core", "Rumpf": a kind of exercise as the editor and the picker name it."""
    return _(KINDS[kind])


def side_choices() -> list[tuple[str, str | None]]:
    """The sides box's choices, with the file's word for each."""
    return [
        (_("As usual for the exercise"), None),
        (_("Both sides, left then right"), "both"),
        (_("Left side only"), "left"),
        (_("Right side only"), "right"),
        (_("No sides"), "none"),
    ]


def move_on_choices() -> list[tuple[str, Any]]:
    """What a step at your own pace does when Done is not pressed; a time typed in the file is a choice of its own."""
    return [
        (_("As the app's setting says (Session menu)"), None),
        (_("Yes, a while after the step's estimate"), True),
        (_("No, each step waits for Done"), False),
    ]


def move_on_after(time: str) -> str:
    """The choice for a time written in the file: "Yes, 2m after the step starts"."""
    return _("Yes, {time} after the step starts").format(time=time)
